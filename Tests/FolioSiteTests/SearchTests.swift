import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// `folio build` indexes the public tree with Pagefind, and the index answers Chinese queries
/// through Pagefind's own JavaScript in headless Chromium; the confidential trees get no index.
@Suite struct SearchTests {
    static var hasPagefind: Bool { SearchIndexer.command() != nil && (try? Tools.run("python3", ["-c", "import pagefind"]).status) == 0 }

    @Test(.enabled(if: (hasPagefind && SiteStandardsTests.hasBrowserTools) || Tools.isCI,
                   "needs PyPI pagefind[extended] (scripts/bootstrap), chromium, chromedriver and selenium (scripts/bootstrap --test)"))
    func searchingFindsThePagesAndOnlyInThePublicTree() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stdout.contains("Search is off"))
        #expect(FileManager.default.fileExists(atPath: workspace.path("site/public/pagefind/pagefind.js")))
        for tree in ["internal", "committee"] {
            #expect(!FileManager.default.fileExists(atPath: workspace.path("site/\(tree)/pagefind")))
            #expect(!FileManager.default.fileExists(atPath: workspace.path("site/\(tree)/search.html")))
        }
        let result = try Tools.run("python3", [SiteStandardsTests.driver, "search", workspace.path("site/public"), "證照", "生師比"])
        #expect(result.status == 0, "\(result.stderr)")
        let found = try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["found"] as? [String: Any])
        // 證照: indicator 1 (1-1 學生專業技術證照); 生師比: indicator 8 first, the measure's own page.
        let certificates = try #require(found["證照"] as? [String])
        #expect(certificates.contains("/indicators/01.html"), "\(certificates)")
        let ratio = try #require(found["生師比"] as? [String])
        #expect(ratio.first == "/indicators/08.html", "\(ratio)")
        // Only the public tree's 16 content pages are indexed (not its 404 or search page), and
        // every result is one of them.
        let entry = try workspace.read("site/public/pagefind/pagefind-entry.json")
        #expect(entry.contains("\"page_count\":16"), "\(entry)")
        for url in certificates + ratio {
            let path = url == "/" ? "index.html" : String(url.dropFirst())
            #expect(FileManager.default.fileExists(atPath: workspace.path("site/public/\(path)")), "\(url)")
        }
        // The search page and the header's box lead to it.
        #expect(try workspace.read("site/public/index.html").contains("<form class=\"site-search\" role=\"search\" action=\"search.html\" method=\"get\">"))
        #expect(try !workspace.read("site/internal/index.html").contains("site-search"))
    }

    @Test func withoutPagefindTheBuildSucceedsAndSaysSearchIsOff() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root,
                                  environment: ["FOLIO_PAGEFIND": "off", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.split(separator: "\n").filter { $0.hasPrefix("Search is off") } == ["Search is off: FOLIO_PAGEFIND=off."])
        // Without any Pagefind on PATH (and no python3 to run it), the line says how to install it.
        let bare = try Tools.run(Tools.folio.path, ["build"], in: workspace.root, environment: ["PATH": "/nonexistent"])
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout.split(separator: "\n").filter { $0.hasPrefix("Search is off") } == [
            "Search is off: Pagefind is not installed; pip install 'pagefind[extended]' (scripts/bootstrap does).",
        ])
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/pagefind")))
        // The search page is there, and says so when its script finds no index.
        #expect(try workspace.read("site/public/search.html").contains("id=\"search-off\" hidden>本網站未建立搜尋索引"))
    }

    @Test func aFailedIndexingFailsTheBuildAndLeavesThePreviousSite() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]
        let first = try Tools.run(Tools.folio.path, ["build"], in: workspace.root, environment: environment.merging(["FOLIO_PAGEFIND": "off"]) { $1 })
        #expect(first.status == 0, "\(first.stderr)")
        let before = workspace.snapshot("site")
        try workspace.write("content/narratives/1-3.md", "改過的敘述。\n")
        // A Pagefind that fails (exits 1) stands in for a broken installation.
        let second = try Tools.run(Tools.folio.path, ["build"], in: workspace.root, environment: environment.merging(["FOLIO_PAGEFIND": "/bin/false"]) { $1 })
        #expect(second.status == 1)
        #expect(second.stderr.contains("error: search indexing (Pagefind) failed with status 1"), "\(second.stderr)")
        #expect(second.stderr.hasSuffix("Build failed with 1 error; site/ was not changed.\n"), "\(second.stderr)")
        #expect(workspace.snapshot("site") == before)
    }
}
