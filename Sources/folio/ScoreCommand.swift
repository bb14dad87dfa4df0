import ArgumentParser
import FolioCore
import FolioSite
import Foundation

/// `folio score PATH [--json]` or `folio score --round R`: one applicant (or a round)'s scores and verdicts in the terminal.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score one promotion or hiring dossier and print its tables and verdicts.",
        discussion: """
        PATH is an applicant folder inside a review round, e.g. content/dossiers/115-1/lin-yijun,
        holding dossier.yaml, papers.csv and statement.md (see the README, Dossiers);
        --round 115-1 scores every applicant of content/dossiers/115-1 instead, one after another.
        The dossier is scored by the rulebook version in force on its application date:
        teaching (附表一), service, research (best 15 papers), and every requirement of
        articles 3 to 5 with pass/fail and, when failing, what is missing. Every figure
        cites its rule id (R-…, I-…) and the file:line it came from.
        Bad input prints every problem as path:line:column and exits with status 1.
        """
    )

    @Argument(help: "The applicant folder (with dossier.yaml and papers.csv).")
    var path: String?

    @Option(name: .long, help: ArgumentHelp("Score every applicant of this review round, e.g. 115-1 (the folder content/dossiers/115-1).", valueName: "round"))
    var round: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The content folder, for --round.", valueName: "folder"))
    var content = "content"

    @Flag(name: .long, help: "Print JSON instead of tables: totals, requirements with pass/fail and shortfall, each paper's points.")
    var json = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The language figures and reasons are worded in: zh-Hant (default) or en.", valueName: "language"))
    var language: SiteLanguage = .zhHant

    func run() throws {
        let folders: [String]
        switch (path, round) {
        case (nil, nil):
            fail("give an applicant folder, e.g. folio score \(content)/dossiers/115-1/lin-yijun, or a review round, e.g. folio score --round 115-1")
        case (.some, .some):
            fail("give an applicant folder or --round, not both")
        case (let path?, nil):
            folders = [try applicantFolder(path)]
        case (nil, let round?):
            let roundFolder = "\(content)/dossiers/\(round)"
            let applicants = RoundFolder.applicants(roundFolder)
            guard RoundFolder.isFolder(roundFolder) else {
                fail("there is no review round \(round): \(roundFolder) does not exist\(RoundFolder.roundsHint(content))")
            }
            guard !applicants.isEmpty else { fail("the review round \(roundFolder) has no applicant folder (one folder per applicant, each with dossier.yaml)") }
            folders = applicants.map { "\(roundFolder)/\($0)" }
        }
        var outputs: [String] = []
        var problems: [Diagnostic] = []
        var unscored = 0
        for result in ScoreReport.runRound(folders: folders, format: json ? .json : .terminal, language: language) {
            do {
                let result = try result.get()
                for warning in result.warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
                outputs.append(result.output)
            } catch let error as DiagnosticsError {
                problems += error.diagnostics
                unscored += 1
            }
        }
        if json && round != nil {
            print("[" + outputs.map { $0.trimmed(.whitespacesAndNewlines) }.joined(separator: ",\n") + "]")
        } else {
            print(outputs.joined(separator: "\n"), terminator: "")
        }
        if !problems.isEmpty {
            FileHandle.standardError.write(Data((DiagnosticsError(problems).description + "\n").utf8))
            let count = problems.filter { $0.severity == .error }.count
            let what = folders.count == 1 ? "nothing scored" : "\(unscored) of \(folders.count) applicants not scored"
            FileHandle.standardError.write(Data("\(count) error\(count == 1 ? "" : "s"); \(what).\n".utf8))
            throw ExitCode.failure
        }
    }

    /// The path if it is an applicant folder; otherwise a message saying what it is and what to type.
    private func applicantFolder(_ path: String) throws -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        guard FileManager.default.fileExists(atPath: trimmed) else {
            fail("\(trimmed) does not exist: give an applicant folder, e.g. \(content)/dossiers/115-1/lin-yijun")
        }
        guard RoundFolder.isFolder(trimmed) else {
            fail("\(trimmed) is a file: give the applicant folder that holds dossier.yaml, e.g. \(content)/dossiers/115-1/lin-yijun")
        }
        let applicants = RoundFolder.applicants(trimmed)
        if !FileManager.default.fileExists(atPath: "\(trimmed)/dossier.yaml"), !applicants.isEmpty {
            let round = URL(fileURLWithPath: trimmed).lastPathComponent
            fail("\(trimmed) is a review round, not an applicant folder: its applicants are \(applicants.joined(separator: ", ")); "
                + "score one with folio score \(trimmed)/\(applicants[0]), or all of them with folio score --round \(round)")
        }
        return trimmed
    }

    private func fail(_ message: String) -> Never {
        DiagnosticPrinter.printError("error: \(message)")
        Self.exit(withError: ExitCode.failure)
    }
}

/// A review round's folder: one folder per applicant, each holding dossier.yaml.
enum RoundFolder {
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The applicant folders (with a dossier.yaml) of a round, by name.
    static func applicants(_ round: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: round)) ?? [])
            .filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(round)/\($0)/dossier.yaml") }
            .sorted()
    }

    /// "; the rounds are 115-1, 115-2" when the dossiers folder has any.
    static func roundsHint(_ content: String) -> String {
        let rounds = ((try? FileManager.default.contentsOfDirectory(atPath: "\(content)/dossiers")) ?? [])
            .filter { !$0.hasPrefix(".") && isFolder("\(content)/dossiers/\($0)") }.sorted()
        return rounds.isEmpty ? "" : "; the rounds in \(content)/dossiers are \(rounds.joined(separator: ", "))"
    }
}
