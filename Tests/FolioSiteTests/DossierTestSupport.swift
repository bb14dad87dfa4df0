import FolioCore
import FolioPromotion
import FolioSite
import Foundation

/// Shared helpers for the dossier tests: the package root, the bundled rulebooks, scratch folders.
enum DossierTestSupport {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("content/dossiers/115-1/\(name)").path
    }

    static func fixture(_ path: String) -> String {
        packageRoot.appendingPathComponent("Tests/DossierFixtures/\(path)").path
    }

    static func shelf() throws -> RulebookShelf { try RulebookLoader.bundledShelf() }

    /// Writes an applicant folder `<tmp>/<round>/<name>/` with the given files; returns its path.
    static func folder(yaml: String, csv: String? = papersHeader, statement: String? = "# 自述\n") throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("folio-\(UUID().uuidString)/115-1/applicant")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        try yaml.write(to: base.appendingPathComponent("dossier.yaml"), atomically: true, encoding: .utf8)
        if let csv { try csv.write(to: base.appendingPathComponent("papers.csv"), atomically: true, encoding: .utf8) }
        if let statement { try statement.write(to: base.appendingPathComponent("statement.md"), atomically: true, encoding: .utf8) }
        return base.path
    }

    static let papersHeader = "date,title,journal,type,author_position,corresponding,equal_contribution,percentile,impact_factor,index,university_name,rank_held,representative\n"

    /// A valid promotion dossier (line numbers matter to the tests: `service:` is line 10).
    static let validYAML = """
    applicant: 測試者
    department: 醫學檢驗生物技術學系
    application: promotion
    current_rank: assistant_professor
    current_rank_since: 109/08/01
    applied_rank: associate_professor
    application_date: 115/09/15
    external_review: [80]
    transfers: []
    service:
      - year: 113
        items:
          - {item: department_chair}

    """

    /// Loading diagnostics as printed, with the scratch folder replaced by `D`.
    static func diagnostics(_ folder: String, shelf: RulebookShelf) -> [String] {
        do {
            _ = try DossierLoader.load(folder: folder, shelf: shelf)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: folder, with: "D") }
        } catch {
            return ["\(error)"]
        }
    }
}
