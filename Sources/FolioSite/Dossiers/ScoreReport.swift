import FolioCore
import FolioPromotion
import Foundation

/// What `folio score PATH [--json]` does, as a library call the tests can run.
public enum ScoreReport {
    public enum Format: Sendable { case terminal, json }

    /// Loads the applicant folder, scores it by the rulebook in force on its application date,
    /// and renders it. Throws `DiagnosticsError` with every problem of the input.
    public static func run(folder: String, format: Format, shelf: RulebookShelf? = nil) throws -> (output: String, warnings: [Diagnostic]) {
        let shelf = try shelf ?? RulebookLoader.bundledShelf()
        let loaded = try DossierLoader.load(folder: folder, shelf: shelf)
        let assessment = Assessment(dossier: loaded.dossier, rulebook: loaded.rulebook)
        switch format {
        case .terminal: return (TerminalReport.render(assessment), loaded.warnings)
        case .json: return (try JSONReport.render(assessment), loaded.warnings)
        }
    }

    public static func assess(folder: String, shelf: RulebookShelf? = nil) throws -> Assessment {
        let shelf = try shelf ?? RulebookLoader.bundledShelf()
        let loaded = try DossierLoader.load(folder: folder, shelf: shelf)
        return Assessment(dossier: loaded.dossier, rulebook: loaded.rulebook)
    }
}
