import ArgumentParser
import FolioCore
import FolioSite
import Foundation

/// `folio import PATH…`: downloaded school-database exports into content/tables/ and tables.yaml.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import downloaded school-database exports into content/tables/ and content/tables.yaml.",
        discussion: """
        Takes the zip the school database downloads (member names in Big5 or UTF-8), folders or \
        files (.xls, .xlsx, .csv, HTML "Excel"). Each file's table and period are recognised from its \
        name (table4_8_2, 表4-8-2, 4-8-2_114-1, 114學年度第1學期, 114_S1) or its title row; it is copied \
        to content/tables/<table>_<period> and listed in tables.yaml, whose comments and edits are \
        kept. One line per file says what it was recognised as, or why not and how to fix it. \
        Importing the same download again changes nothing. Then the tables are checked as a build \
        reads them: a value Folio does not know is reported with the values: line to add.
        """
    )

    @Argument(help: ArgumentHelp("Downloaded zips, folders or export files.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The content folder.", valueName: "folder"))
    var content = "content"

    func run() throws {
        let report = TableImport.run(paths, contentFolder: URL(fileURLWithPath: content), displayRoot: content)
        for line in report.lines { print(line) }
        DiagnosticPrinter.print(report.diagnostics)
        if report.failed > 0 || report.diagnostics.hasErrors {
            var parts: [String] = []
            if report.failed > 0 { parts.append("\(report.failed) file\(report.failed == 1 ? "" : "s") not imported") }
            if report.diagnostics.hasErrors { parts.append("the tables have \(DiagnosticPrinter.summary(report.diagnostics)); fix them before folio build") }
            DiagnosticPrinter.printError(parts.joined(separator: "; ") + ".")
            throw ExitCode.failure
        }
        print("The tables in \(content)/ are ready for folio build.")
    }
}
