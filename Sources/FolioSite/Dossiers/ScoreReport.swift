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
                                         review: loaded.review, verified: loaded.verified)
        switch format {
        case .terminal: return (TerminalReport.render(assessment, origin: origin, committee: committee), loaded.warnings)
        case .json: return (try JSONReport.render(assessment, origin: origin, committee: committee), loaded.warnings)
        }
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
}
