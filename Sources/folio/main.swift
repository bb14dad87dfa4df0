import ArgumentParser

// Minimal root to run `folio score` on this branch; the lead's main.swift replaces it
// and adds `Score.self` to its subcommands.
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Folio: static report sites for the planning document and committee dossiers.",
        subcommands: [Score.self]
    )
}

Folio.main()
