import ArgumentParser

@main
struct Folio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Builds a college's report site: the public planning document and the committee's confidential dossiers.",
        discussion: """
        Folio reads structured data (YAML, CSV) and Markdown narratives from a content folder, \
        checks them against the ministry's indicator catalog and the college's rulebook, and writes \
        a static HTML site. Problems are reported as path:line:column: error: message, all at once.
        """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Score.self, Serve.self, PDF.self, Templates.self, Rules.self],
        defaultSubcommand: nil
    )
}
