import FolioTestSupport
import FolioCore
import Foundation
import Testing
@testable import FolioSite

/// The adversarial leak test of issue 9: the example content with narratives, pages, table
/// entries, dossier folders and template assets pointed at dossier files, table files, host files
/// and symbolic links inside and outside content/, built with the real `folio` binary. The build
/// must fail with every one of the right errors, leave the previous site as it was, and no file of
/// site/public/ may hold any confidential string (nor site/internal/ any dossier string).
@Suite struct LeakTests {
    /// Distinctive runs of each statement's text (between Markdown marks), six characters or more.
    static func statementFragments() throws -> [String] {
        let round = Workspace.packageRoot.appendingPathComponent("content/dossiers/115-1")
        var fragments: [String] = []
        for slug in try FileManager.default.contentsOfDirectory(atPath: round.path) where !slug.hasPrefix(".") && !slug.hasSuffix(".yaml") {
            let text = try String(contentsOf: round.appendingPathComponent("\(slug)/statement.md"), encoding: .utf8)
            fragments += text.split { "*_`#[]()<>!\n".contains($0) }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 6 }
            // The committee's reasons in review.yaml (委員審核) are as confidential as the statement.
            if let review = try? String(contentsOf: round.appendingPathComponent("\(slug)/review.yaml"), encoding: .utf8) {
                fragments += review.split(separator: "\n").compactMap { line in
                    line.range(of: "reason: ").map { String(line[$0.upperBound...]).trimmingCharacters(in: .whitespaces) }
                }
            }
        }
        return fragments
    }

    static let passwdMarker = "root:x:0:0"

    @Test func adversarialContentLeaksNothing() throws {
        let (names, titles, slugs) = try DossierTreeTests.exampleDossierValues()
        let fragments = try Self.statementFragments()
        #expect(names.count == 4 && titles.count > 40 && fragments.count > 20)
        let personal = try ExampleTablesTests.personalValues()
        #expect(personal.count > 10_000)

        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let good = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(good.status == 0, "\(good.stderr)")
        let before = workspace.snapshot("site")
        #expect(before.count > 70)

        let expected = try Self.makeAdversarial(workspace)
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(result.status == 1)
        let stderr = result.stderr.replacingOccurrences(of: workspace.root.path + "/", with: "")
        let errors = stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        for line in expected {
            #expect(errors.contains(line), "missing: \(line)")
        }
        // Every error is one the content asks for: no error quotes what it refused to read.
        #expect(errors.count == expected.count, "\(errors.filter { !expected.contains($0) })")
        #expect(stderr.contains("site/ was not changed."))
        #expect(workspace.snapshot("site") == before)

        let dossierStrings = names + titles + slugs + fragments + [Self.passwdMarker]
        #expect(DossierTreeTests.valuesFound(dossierStrings, under: "site/public", of: workspace) == [])
        #expect(DossierTreeTests.valuesFound(dossierStrings, under: "site/internal", of: workspace) == [])
        #expect(ExampleTablesTests.personalValuesFound(in: "site/public", of: workspace, among: personal) == [])
        // The search finds what is there: the committee tree holds the dossiers.
        #expect(DossierTreeTests.valuesFound(names, under: "site/committee", of: workspace) == Set(names))
        #expect(!errors.joined().contains(Self.passwdMarker))
    }

    /// Points every kind of input at what it must not read; the errors the build must give.
    static func makeAdversarial(_ workspace: Workspace) throws -> [String] {
        let outside = workspace.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("pages"), withIntermediateDirectories: true)
        let content = workspace.root.appendingPathComponent("content")
        let statement = try workspace.read("content/dossiers/115-1/wu-jianhong/statement.md")
        try workspace.write("outside/statement.md", statement)
        try workspace.write("outside/page.md", "---\ntitle: 公告\n---\n" + statement)
        try workspace.write("outside/pages/report.md", "---\ntitle: 報告\n---\n" + statement)
        try FileManager.default.copyItem(at: content.appendingPathComponent("tables/4-8-1_114-1.csv"), to: outside.appendingPathComponent("4-8-1.csv"))
        try FileManager.default.moveItem(at: content.appendingPathComponent("tables/4-6_114-2.csv"), to: outside.appendingPathComponent("4-6_114-2.csv"))
        try FileManager.default.copyItem(at: content.appendingPathComponent("dossiers/115-1/lin-yijun"), to: outside.appendingPathComponent("dossier"))

        // Narratives named by path: a statement, a paper list, a table, a host file.
        let named = [("01", "1-3", "dossiers/115-1/lin-yijun/statement.md", 17), ("05", "5-5", "dossiers/115-1/chen-zhiming/papers.csv", 24),
                     ("14", "14-2", "tables/4-8-1_114-1.csv", 12), ("15", "15-1", "../../../../etc/passwd", 7)]
        var errors: [String] = []
        for (file, measure, path, line) in named {
            try ConfinementTests.setNarrative(workspace, of: measure, in: file, to: path)
            errors.append("content/indicators/\(file).yaml:\(line):16: error: the narrative '\(path)' is outside content/narratives/: narratives are published, so Folio reads it only from there; move the file into content/narratives/ and write its path as 'narratives/<file name>' (relative to content/)")
        }
        // Narratives that are links: into dossiers/, out of content/, to a host file, into tables/.
        let linked = [("02", "2-3", "../dossiers/115-1/huang-shufen/statement.md", 16, "into content/dossiers/, outside content/narratives/: a link may point only inside its own folder"),
                      ("03", "3-3", outside.appendingPathComponent("statement.md").path, 16, "to outside/statement.md, outside content/: Folio reads nothing outside content/"),
                      ("04", "4-2", "/etc/passwd", 11, "to /etc/passwd, outside content/: Folio reads nothing outside content/"),
                      ("06", "6-3", "../tables/4-8-1_114-1.csv", 17, "into content/tables/, outside content/narratives/: a link may point only inside its own folder")]
        for (file, measure, target, line, why) in linked {
            try ConfinementTests.link(workspace, "content/narratives/\(measure).md", to: target)
            errors.append("content/indicators/\(file).yaml:\(line):16: error: the narrative content/narratives/\(measure).md is a symbolic link \(why); replace the link with a copy of the file")
        }
        // Pages that are links, and a linked folder of pages.
        let pages = [("leak", "../dossiers/115-1/chen-zhiming/statement.md", "into content/dossiers/, outside content/pages/: a link may point only inside its own folder"),
                     ("students", "../tables/4-8-2_114-1.csv", "into content/tables/, outside content/pages/: a link may point only inside its own folder"),
                     ("outside", outside.appendingPathComponent("page.md").path, "to outside/page.md, outside content/: Folio reads nothing outside content/")]
        for (name, target, why) in pages {
            try ConfinementTests.link(workspace, "content/pages/\(name).md", to: target)
            errors.append("content/pages/\(name).md:1:1: error: the file content/pages/\(name).md is a symbolic link \(why); replace the link with a copy of the file")
        }
        try ConfinementTests.link(workspace, "content/pages/linked", to: outside.appendingPathComponent("pages").path)
        errors.append("content/pages/linked:1:1: error: content/pages/linked is a symbolic link to a folder: Folio follows no linked folder, so that nothing outside content/pages/ is read; put the folder itself here")

        // Table entries: a dossier's paper list, a file outside content/, and links out of tables/.
        let manifest = try workspace.read("content/tables.yaml")
        #expect(manifest.split(separator: "\n", omittingEmptySubsequences: false).count == 36)   // 35 lines and the final newline
        try workspace.write("content/tables.yaml", manifest
            + "  - {file: dossiers/115-1/wu-jianhong/papers.csv, table: 1-12, period: 115年度}\n"
            + "  - {file: ../outside/4-8-1.csv, table: 4-8-1, period: 115-1}\n")
        for (line, path) in [(36, "dossiers/115-1/wu-jianhong/papers.csv"), (37, "../outside/4-8-1.csv")] {
            errors.append("content/tables.yaml:\(line):12: error: the export '\(path)' is outside content/tables/: exports name students and teachers, whose rows are shown only in the internal site, so Folio reads it only from there; move the file into content/tables/ and write its path as 'tables/<file name>' (relative to content/)")
        }
        try ConfinementTests.link(workspace, "content/tables/4-6_114-2.csv", to: outside.appendingPathComponent("4-6_114-2.csv").path)
        errors.append("content/tables.yaml:22:12: error: the export content/tables/4-6_114-2.csv is a symbolic link to outside/4-6_114-2.csv, outside content/: Folio reads nothing outside content/; replace the link with a copy of the file")
        try ConfinementTests.link(workspace, "content/tables/4-2-11_114.csv", to: "../dossiers/115-1/lin-yijun/papers.csv")
        errors.append("content/tables.yaml:24:12: error: the export content/tables/4-2-11_114.csv is a symbolic link into content/dossiers/, outside content/tables/: a link may point only inside its own folder; replace the link with a copy of the file")

        // A dossier folder linked from outside content/.
        try ConfinementTests.link(workspace, "content/dossiers/115-1/zz-linked", to: outside.appendingPathComponent("dossier").path)
        errors.append("content/dossiers/115-1/zz-linked:1:1: error: content/dossiers/115-1/zz-linked is a symbolic link to a folder: Folio follows no linked folder, so that nothing outside content/dossiers/115-1/ is read; put the folder itself here")

        // Template assets linked to a dossier and to a host file.
        try ConfinementTests.link(workspace, "templates/assets/leak.txt", to: content.appendingPathComponent("dossiers/115-1/lin-yijun/statement.md").path)
        errors.append("templates/assets/leak.txt:1:1: error: the asset templates/assets/leak.txt is a symbolic link to content/dossiers/115-1/lin-yijun/statement.md, outside templates/: Folio reads nothing outside templates/; replace the link with a copy of the file")
        try ConfinementTests.link(workspace, "templates/assets/passwd", to: "/etc/passwd")
        errors.append("templates/assets/passwd:1:1: error: the asset templates/assets/passwd is a symbolic link to /etc/passwd, outside templates/: Folio reads nothing outside templates/; replace the link with a copy of the file")
        return errors
    }
}
