import ArgumentParser
import FolioCore
import FolioSite
import Foundation

/// `folio score PATH [--json]`: one applicant's scores and verdicts in the terminal.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score one promotion or hiring dossier and print its tables and verdicts.",
        discussion: """
        PATH is an applicant folder inside a review round, e.g. content/dossiers/115-1/lin-yijun,
        holding dossier.yaml, papers.csv and statement.md (see the README, Dossiers).
        The dossier is scored by the rulebook version in force on its application date:
        teaching (附表一), service, research (best 15 papers), and every requirement of
        articles 3 to 5 with pass/fail and, when failing, what is missing. Every figure
        cites its rule id (R-…, I-…) and the file:line it came from.
        Bad input prints every problem as path:line:column and exits with status 1.
        """
    )

    @Argument(help: "The applicant folder (with dossier.yaml and papers.csv).")
    var path: String

    @Flag(name: .long, help: "Print JSON instead of tables: totals, requirements with pass/fail and shortfall, each paper's points.")
    var json = false

    func run() throws {
        do {
            let result = try ScoreReport.run(folder: path, format: json ? .json : .terminal)
            for warning in result.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
            print(result.output, terminator: "")
        } catch let error as DiagnosticsError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data("\(count) error\(count == 1 ? "" : "s"); nothing scored.\n".utf8))
            throw ExitCode.failure
        }
    }
}
