import ArgumentParser
import FolioCore
import FolioSite

/// `folio templates export DIR`: the bundled templates, to restyle from.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The bundled templates, labels and assets.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the bundled templates, labels and assets into DIR, to restyle from.",
            discussion: """
            A build uses the bundled templates, with the files of a templates/ folder (or --templates) \
            over them, file by file: keep only the files you change, e.g. templates/assets/folio.css. \
            Never overwrites a file: if any exists, nothing is copied.
            """
        )

        @Argument(help: "The folder to copy into, e.g. templates.")
        var folder: String

        func run() throws {
            try ExportRun.run { try BundledDefaults.exportTemplates(to: folder) }
        }
    }
}

/// `folio rules export DIR`: the bundled rulebooks and catalogs, to start a content's own from.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The bundled rulebooks and indicator catalogs.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the bundled rulebooks and catalogs into DIR/rulebooks and DIR/catalog.",
            discussion: """
            'folio rules export content' puts them where a build reads them: a file of \
            content/rulebooks/ replaces the bundled rulebook version of the same version id (or adds \
            a version), content/catalog/<id>.yaml the bundled catalog <id>, and content/cefr/conversions.yaml \
            the CEFR conversion table (7-2). Edit, then rebuild. \
            Never overwrites a file: if any exists, nothing is copied.
            """
        )

        @Argument(help: "The folder to copy into, e.g. content.")
        var folder: String

        func run() throws {
            try ExportRun.run { try BundledDefaults.exportRules(to: folder) }
        }
    }
}

enum ExportRun {
    static func run(_ export: () throws -> [String]) throws {
        do {
            let written = try export()
            for path in written { print(path) }
            print("\(written.count) file\(written.count == 1 ? "" : "s") written.")
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("\(DiagnosticPrinter.summary(error.diagnostics)); nothing was copied.")
            throw ExitCode.failure
        }
    }
}
