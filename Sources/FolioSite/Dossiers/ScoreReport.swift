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
    public static func run(folder: String, format: Format, shelf: RulebookShelf? = nil) throws -> (output: String, warnings: [Diagnostic]) {
        let library = try shelf.map { RulebookLibrary(shelf: $0, replaced: [:]) } ?? library(forApplicant: folder)
        let loaded = try DossierLoader.load(folder: folder, shelf: library.shelf)
        let assessment = loaded.assessment
        let origin = library.origin(of: loaded.rulebook)
        let committee = CommitteeFigures(claims: ClaimComparison(assessment: assessment, rulebook: loaded.rulebook),
                                         review: loaded.review, verified: loaded.verified,
                                         levels: try levels(ofApplicant: folder, rules: loaded.rulebook.committee))
        switch format {
        case .terminal: return (TerminalReport.render(assessment, origin: origin, committee: committee), loaded.warnings)
        case .json: return (try JSONReport.render(assessment, origin: origin, committee: committee), loaded.warnings)
        }
    }

    /// The applicant's votes, level by level, from the round's `meetings.yaml` beside the applicant's folder
    /// (read inside the round's folder only); the whole round's checks are `folio build`'s and `folio check`'s.
    static func levels(ofApplicant folder: String, rules: CommitteeRules) throws -> [VoteResult] {
        let base = URL(fileURLWithPath: folder.hasSuffix("/") ? String(folder.dropLast()) : folder)
        let roundFolder = base.deletingLastPathComponent()
        let display = roundFolder.relativePath
        let files = ContentFiles(root: roundFolder, displayRoot: display)
        guard case .success(let text) = files.text("meetings.yaml") else { return [] }
        let sink = DiagnosticSink()
        let meetings = MeetingsReader(sink: sink).read(text, file: files.display("meetings.yaml"))
        try sink.throwIfErrors()
        return rules.levels.compactMap { meetings?.result(base.lastPathComponent, level: $0.id, rules: rules) }
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
