import FolioCore
import FolioPromotion
import Foundation

/// What `folio score PATH [--json]` does, as a library call the tests can run.
public enum ScoreReport {
    public enum Format: Sendable { case terminal, json }

    /// Loads the applicant folder, scores it by the rulebook in force on its application date,
    /// and renders it. Throws `DiagnosticsError` with every problem of the input.
    /// Without a shelf, the rulebooks are the bundled ones with those of the content folder the
    /// applicant folder is in (`content/rulebooks/`) over them.
    public static func run(folder: String, format: Format, shelf: RulebookShelf? = nil,
                           language: SiteLanguage = .zhHant) throws -> (output: String, warnings: [Diagnostic]) {
        let library = try shelf.map { RulebookLibrary(shelf: $0, replaced: [:]) } ?? library(forApplicant: folder)
        return try run(folder: folder, format: format, language: language, library: library, meetings: meetings(ofApplicant: folder))
    }

    /// `folio score --round`: every applicant folder of one round, scored on every core, each result in
    /// the order given. The rulebooks and the round's meetings.yaml are read once for the round, and each
    /// applicant gets exactly what `run(folder:format:)` would give it (the same output, or the same error).
    public static func runRound(folders: [String], format: Format,
                                language: SiteLanguage = .zhHant) -> [Result<(output: String, warnings: [Diagnostic]), any Error>] {
        guard let first = folders.first else { return [] }
        let roundLibrary = Result { try library(forApplicant: first) }
        let roundMeetings = meetings(ofApplicant: first)
        return Parallel.map(folders) { folder in
            Result { try run(folder: folder, format: format, language: language, library: roundLibrary.get(), meetings: roundMeetings) }
        }
    }

    private static func run(folder: String, format: Format, language: SiteLanguage, library: RulebookLibrary,
                            meetings: Result<RoundMeetings?, DiagnosticsError>) throws -> (output: String, warnings: [Diagnostic]) {
        let loaded = try DossierLoader.load(folder: folder, shelf: library.shelf)
        let assessment = loaded.assessment
        let origin = library.origin(of: loaded.rulebook)
        let applicant = URL(fileURLWithPath: folder.hasSuffix("/") ? String(folder.dropLast()) : folder).lastPathComponent
        let rules = loaded.rulebook.committee
        let levels = try meetings.get().map { meetings in rules.levels.compactMap { meetings.result(applicant, level: $0.id, rules: rules) } } ?? []
        let committee = CommitteeFigures(claims: ClaimComparison(assessment: assessment, rulebook: loaded.rulebook),
                                         review: loaded.review, verified: loaded.verified, levels: levels)
        switch format {
        case .terminal: return (TerminalReport.render(assessment, origin: origin, committee: committee, language: language), loaded.warnings)
        case .json: return (try JSONReport.render(assessment, origin: origin, committee: committee, language: language), loaded.warnings)
        }
    }

    /// The applicant's votes, level by level, from the round's `meetings.yaml` beside the applicant's folder
    /// (read inside the round's folder only); the whole round's checks are `folio build`'s and `folio check`'s.
    /// The round's meetings (nil without the file, or when it reads as no meetings), or its problems.
    static func meetings(ofApplicant folder: String) -> Result<RoundMeetings?, DiagnosticsError> {
        let base = URL(fileURLWithPath: folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
        let roundFolder = base.deletingLastPathComponent()
        let display = roundFolder.relativePath
        let files = ContentFiles(root: roundFolder, displayRoot: display)
        guard case .success(let text) = files.text("meetings.yaml") else { return .success(nil) }
        let sink = DiagnosticSink()
        let meetings = MeetingsReader(sink: sink).read(text, file: files.display("meetings.yaml"))
        return sink.hasErrors ? .failure(DiagnosticsError(sink.diagnostics)) : .success(meetings)
    }

    static func library(forApplicant folder: String) throws -> RulebookLibrary {
        let content = RulebookLibrary.contentFolder(ofApplicant: folder)
        return try RulebookLibrary.load(content: content.map { ContentFiles(root: URL(fileURLWithPath: $0), displayRoot: $0) })
    }

    public static func assess(folder: String, shelf: RulebookShelf? = nil) throws -> Assessment {
        let shelf = try shelf ?? library(forApplicant: folder).shelf
        let loaded = try DossierLoader.load(folder: folder, shelf: shelf)
        return Assessment(dossier: loaded.dossier, rulebook: loaded.rulebook)
    }
}

/// 申請人自評 and 委員審核 beside an assessment, for `folio score`.
public struct CommitteeFigures: Sendable {
    public var claims: ClaimComparison
    public var review: Review?
    public var verified: Assessment?
    /// The applicant's votes at each level that voted, from the round's meetings.yaml.
    public var levels: [VoteResult] = []
}
