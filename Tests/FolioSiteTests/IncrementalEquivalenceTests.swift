import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// After every kind of edit, the tree `folio serve` leaves (its BuildSession's rebuild) is byte for
/// byte the tree a fresh full build of the same input writes: statements, pages, narratives, YAML,
/// tables and templates.
@Suite struct IncrementalEquivalenceTests {
    /// Two pages besides the example content, so that page edits have something to edit.
    static func workspaceWithPages() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("content/pages/report.md", "---\ntitle: 成果報告\ndate: 115/03/01\n---\n初稿。\n")
        try workspace.write("content/pages/notice.md", "---\ntitle: 公告\ndate: 115/02/01\n---\n內容。\n")
        return workspace
    }

    /// Builds the same content and templates afresh into `fresh/` (no earlier output, no spare
    /// folder) and expects `site/` to hold exactly the same files with exactly the same bytes.
    static func expectSameAsAFreshFullBuild(_ workspace: Workspace, _ step: String) throws {
        for folder in ["fresh", ".fresh.spare"] where FileManager.default.fileExists(atPath: workspace.path(folder)) {
            try workspace.remove(folder)
        }
        var options = workspace.options
        options.output = workspace.path("fresh")
        _ = try SiteBuilder.build(options)
        let incremental = workspace.snapshot("site"), full = workspace.snapshot("fresh")
        #expect(incremental.count > 70, "\(step)")
        #expect(incremental.keys.sorted() == full.keys.sorted(), "\(step)")
        #expect(incremental.keys.filter { incremental[$0] != full[$0] }.sorted() == [], "\(step)")
    }

    @Test func markdownEditsOnTheIncrementalPathEqualAFullBuild() throws {
        let workspace = try Self.workspaceWithPages()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        try Self.expectSameAsAFreshFullBuild(workspace, "first build")

        // A statement, a page's body and title, and a narrative, edited at once.
        let statement = "content/dossiers/115-1/lin-yijun/statement.md"
        try workspace.write(statement, "# 升等自述\n\n本人專長為**分子診斷**。\n")
        try workspace.write("content/pages/report.md", "---\ntitle: 期末成果報告\ndate: 115/03/01\n---\n定稿。\n")
        try workspace.write("content/narratives/1-3.md", "本校今年\n新增證照輔導專班。\n")
        let report = try session.rebuild(changed: [workspace.path(statement), workspace.path("content/pages/report.md"),
                                                    workspace.path("content/narratives/1-3.md")])
        #expect(report.incremental)
        // The dossier page; the page and the public index (its title changed), each in both languages
        // (the page has no English, so its English pages show it in Chinese); indicator 1 in three
        // trees, in Chinese only (the English pages show 1-3.en.md).
        #expect(report.written == ["committee/dossiers/115-1/lin-yijun.html", "committee/en/dossiers/115-1/lin-yijun.html",
                                   "committee/indicators/01.html", "internal/indicators/01.html",
                                   "public/en/pages/index.html", "public/en/pages/report.html",
                                   "public/indicators/01.html", "public/pages/index.html", "public/pages/report.html"])
        #expect(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html").contains("<p>本人專長為<strong>分子診斷</strong>。</p>"))
        #expect(try workspace.read("site/public/pages/index.html").contains("期末成果報告"))
        try Self.expectSameAsAFreshFullBuild(workspace, "markdown edits")
    }

    @Test func aPageMovedToAnotherAudienceEqualsAFullBuild() throws {
        let workspace = try Self.workspaceWithPages()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        #expect(try workspace.read("site/public/pages/index.html").contains("成果報告"))
        // The report becomes an internal page: it must leave the public tree, its index included.
        try workspace.write("content/pages/report.md", "---\ntitle: 成果報告\ndate: 115/03/01\naudience: internal\n---\n初稿。\n")
        let report = try session.rebuild(changed: [workspace.path("content/pages/report.md")])
        // Every page of both trees shows the pages' navigation: the whole site is rebuilt.
        #expect(!report.incremental)
        #expect(report.written.contains("public/pages/report.html"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/pages/report.html")))
        #expect(try !workspace.read("site/public/pages/index.html").contains("成果報告"))
        #expect(try workspace.read("site/internal/pages/index.html").contains("成果報告"))
        try Self.expectSameAsAFreshFullBuild(workspace, "audience change")
    }

    @Test func yamlTableAndFileEditsEqualAFullBuild() throws {
        let workspace = try Self.workspaceWithPages()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()

        // Indicator 8's 116 target; 林怡君's 112-1 evaluation; one 4-8-1 award row of the example tables.
        let indicator = "content/indicators/08.yaml"
        try workspace.write(indicator, try workspace.read(indicator).replacingOccurrences(of: "116: 22.9", with: "116: 22.7"))
        let dossier = "content/dossiers/115-1/lin-yijun/dossier.yaml"
        try workspace.write(dossier, try workspace.read(dossier)
            .replacingOccurrences(of: "{semester: 112-1, average: 5.45}", with: "{semester: 112-1, average: 4.90}"))
        let table = "content/tables/4-8-1_114-2.csv"
        var rows = try workspace.read(table).components(separatedBy: "\n")
        let awarded = try #require(rows.indices.first { $0 > 0 && rows[$0].contains(",金牌,") })
        rows[awarded] = rows[awarded].replacingOccurrences(of: ",金牌,", with: ",參賽,")
        try workspace.write(table, rows.joined(separator: "\n"))

        // A page added and another removed.
        try workspace.write("content/pages/added.md", "---\ntitle: 新增頁面\n---\n新內容。\n")
        try workspace.remove("content/pages/notice.md")

        let report = try session.rebuild(changed: [workspace.path(indicator), workspace.path(dossier), workspace.path(table),
                                                    workspace.path("content/pages/added.md"), workspace.path("content/pages/notice.md")])
        #expect(!report.incremental)
        // 112-1 at 4.90 scores 10, not 20: evaluation 105 − 10 = 95 (below the cap of 100) × 15% = 14.25,
        // so teaching 84.05 − 15 + 14.25 = 83.3.
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(page.contains("<span class=\"score-label\">教學計分</span> <strong class=\"score-value\">83.3</strong>"))
        // 1-2 loses one award: 301 − 1 = 300; in 114-2, 162 − 1 = 161 rows counted and 47 + 1 = 48 excluded.
        let provenance = try workspace.read("site/internal/provenance/1-2-114.html")
        #expect(provenance.contains("114 年 實際值：<strong>300 人次"))
        #expect(provenance.contains("採計 161 列，排除 48 列"))
        #expect(report.written.contains("committee/dossiers/115-1/index.html"))
        #expect(report.written.contains("public/indicators/08.html"))
        #expect(report.written.contains("internal/provenance/1-2-114.html"))
        #expect(report.written.contains("public/pages/added.html") && report.written.contains("public/pages/notice.html"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/pages/notice.html")))
        try Self.expectSameAsAFreshFullBuild(workspace, "YAML, table and page-file edits")
    }

    @Test func templateLabelAndAssetEditsEqualAFullBuild() throws {
        let workspace = try Self.workspaceWithPages()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()

        let layout = "templates/layout.mustache", line = "templates/partials/figure-line.mustache"
        let labels = "templates/labels/zh-Hant.yaml", css = "templates/assets/folio.css"
        try workspace.write(layout, try workspace.read(layout)
            .replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer\" data-edited>"))
        try workspace.write(line, try workspace.read(line).replacingOccurrences(of: "<li class=\"figure-line\">", with: "<li class=\"figure-line edited\">"))
        try workspace.write(labels, try workspace.read(labels)
            .replacingOccurrences(of: "generated-by: 本網站由 Folio 產生", with: "generated-by: 本網站由 Folio 自動產生"))
        try workspace.write(css, try workspace.read(css) + "\n.edited { outline: 1px solid; }\n")

        let report = try session.rebuild(changed: [workspace.path(layout), workspace.path(line), workspace.path(labels), workspace.path(css)])
        #expect(!report.incremental)
        let pages = workspace.snapshot("site").keys.filter { $0.hasSuffix(".html") }
        #expect(Set(report.written.filter { $0.hasSuffix(".html") }) == Set(pages))
        #expect(report.written.contains("public/assets/folio.css") && report.written.contains("committee/assets/folio.css"))
        let dossierPage = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(dossierPage.contains("<li class=\"figure-line edited\">") && dossierPage.contains("本網站由 Folio 自動產生"))
        try Self.expectSameAsAFreshFullBuild(workspace, "template, label and asset edits")
    }
}
