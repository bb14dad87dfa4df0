import FolioTestSupport
import FolioCore
import Foundation
import Testing
@testable import FolioSite

@Suite struct PlanPageTests {
    @Test func buildsTheOverviewAndFifteenIndicatorPages() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let report = try SiteBuilder.build(workspace.options)
        // Public: the overview and 15 indicator pages; internal: the same and 18 provenance pages;
        // committee: the same 16, the rounds' home, one docket and four dossiers, the 5 docs, a docket
        // per review level (3) and the minutes of the two levels that met; a 404 page in each tree,
        // and the public tree's search page; every page in zh-Hant at the root and in English under en/.
        #expect(report.pageCount == 2 * (16 + 16 + 18 + 22 + 5 + 3 + 2 + 3 + 1))
        #expect(workspace.snapshot("site/public").keys.filter { $0.hasSuffix(".html") }.count == 2 * (16 + 2))
        let home = try workspace.read("site/public/index.html")
        #expect(home.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"))
        // Every quantitative ministry measure (25) and custom measure (5) has a row in the overview table.
        #expect(home.components(separatedBy: "<tr id=\"row-").count - 1 == 30)
        for page in 1...15 {
            let html = try workspace.read("site/public/indicators/\(page < 10 ? "0" : "")\(page).html")
            #expect(html.contains("lang=\"zh-Hant\""))
            #expect(html.contains("aria-current=\"page\""))
        }
    }

    @Test func overviewShowsRatesAndStates() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let home = try workspace.read("site/public/index.html")
        let row81 = try #require(Self.row("8-1", in: home))
        // 生師比 114: target 23.5, actual 23.4 (computed from 表4-2 and 表1-1) → 23.5 ÷ 23.4 = 100.4%, met.
        // Its rule rounds to two decimals (catalog `decimals: 2`), so the figures show two: 23.50, 23.40.
        let cells = row81.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let target = try #require(cells.firstIndex(of: "<td class=\"num\">23.50</td>"))
        #expect(cells[target + 1] == "<td class=\"num computed\">23.40<span class=\"computed-mark\" title=\"由校務資料庫表冊計算\">＊</span></td>")
        #expect(row81.contains("<span class=\"rate\">100.4%</span> <span class=\"state-label\">達成</span>"))
        // 2-1 114: actual 39.8% against a target of 41% → 39.8 ÷ 41 = 97.1%, not met.
        let row21 = try #require(Self.row("2-1", in: home))
        #expect(row21.contains("<span class=\"rate\">97.1%</span> <span class=\"state-label\">未達成</span>"))
        #expect(row21.contains("39.8%"))
    }

    static func row(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<tr id=\"row-\(id)\"") else { return nil }
        guard let end = html.range(of: "</tr>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func aScriptInANarrativeNeverReachesThePage() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/narratives/1-3.md", """
        本校推動證照輔導。<script>alert("pwned")</script>

        <script src="https://evil.example/x.js"></script>
        """)
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/public/indicators/01.html")
        #expect(page.contains("本校推動證照輔導。"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("evil.example"))
        // What stood between inline tags is left as inert, escaped text.
        #expect(page.contains("<!-- raw HTML omitted -->alert(“pwned”)<!-- raw HTML omitted -->"))
    }

    @Test func aCJKSoftBreakInANarrativeBecomesNoSpace() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/narratives/1-3.md", "本校推動\n證照輔導。\n")
        _ = try SiteBuilder.build(workspace.options)
        #expect(try workspace.read("site/public/indicators/01.html").contains("<p>本校推動證照輔導。</p>"))
    }

    @Test func englishPagesUseEnglishNamesAndLang() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        var options = workspace.options
        options.language = .en
        _ = try SiteBuilder.build(options)
        let home = try workspace.read("site/public/index.html")
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("National Lanshan University of Science and Technology"))
        #expect(home.contains("Student–teacher ratio") || home.contains("Student-teacher ratio"))
    }

    /// Every page passes HTML Tidy without errors (warnings about newer ARIA attributes aside).
    @Test(.enabled(if: Tools.has("tidy") || Tools.isCI, "needs Debian's tidy (apt-get install tidy)"))
    func everyPageIsValidHTML() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let pages = workspace.snapshot("site/public").keys.filter { $0.hasSuffix(".html") }.sorted()
        // Each tree's pages and its 404 page; the public tree's search page; in zh-Hant and in English (en/).
        #expect(pages.count == 2 * (16 + 2))
        let internalPages = workspace.snapshot("site/internal").keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(internalPages.count == 2 * (16 + 18 + 1))
        let committeePages = workspace.snapshot("site/committee").keys.filter { $0.hasSuffix(".html") }.sorted()
        // The committee's: the plan's 16, the rounds' home, docket and four dossiers, the 5 docs, the 404 page,
        // a docket per review level (3) and the minutes of the two levels that met.
        #expect(committeePages.count == 2 * (16 + 6 + 5 + 1 + 3 + 2))
        for page in pages.map({ "public/\($0)" }) + internalPages.map({ "internal/\($0)" }) + committeePages.map({ "committee/\($0)" }) {
            let result = try Tools.run("tidy", ["-errors", "-quiet", workspace.path("site/\(page)")])
            // tidy exits 0 when clean, 1 for warnings only, 2 for errors.
            #expect(result.status < 2, "\(page): \(result.stderr)")
        }
    }
}
