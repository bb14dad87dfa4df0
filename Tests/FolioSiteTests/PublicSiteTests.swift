import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// What a public disclosure site has: robots.txt and sitemap.xml, a 404 page, a favicon, a
/// description and Open Graph tags on every page, and the plan's figures as open data.
@Suite struct PublicSiteTests {
    static let base = "https://sprout.lanshan.example.edu.tw/"

    @Test func robotsAndSitemapFollowBaseURLAndConfidentialTreesForbidCrawlers() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        #expect(try workspace.read("site/public/robots.txt") == "User-agent: *\nAllow: /\nSitemap: \(Self.base)sitemap.xml\n")
        for tree in ["internal", "committee"] {
            #expect(try workspace.read("site/\(tree)/robots.txt") == "User-agent: *\nDisallow: /\n")
            #expect(!FileManager.default.fileExists(atPath: workspace.path("site/\(tree)/sitemap.xml")))
        }
        // The overview and the 15 indicator pages, each at its published address; not 404 or search.
        let sitemap = try workspace.read("site/public/sitemap.xml")
        let locations = sitemap.components(separatedBy: "<loc>").dropFirst().map { $0.components(separatedBy: "</loc>")[0] }
        // ... in zh-Hant and in English (en/): 32.
        #expect(locations.count == 32)
        #expect(locations.first == Self.base + "index.html")
        #expect(locations.contains(Self.base + "indicators/08.html"))
        #expect(!sitemap.contains("404.html") && !sitemap.contains("search.html"))
        for location in locations {
            let path = String(location.dropFirst(Self.base.count))
            #expect(FileManager.default.fileExists(atPath: workspace.path("site/public/\(path)")), "\(location)")
        }
        if Tools.has("xmllint") {
            let lint = try Tools.run("xmllint", ["--noout", workspace.path("site/public/sitemap.xml")])
            #expect(lint.status == 0, "\(lint.stderr)")
        }
    }

    @Test func withoutBaseURLThereIsNoSitemapAndTheBuildSaysSo() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let school = try workspace.read("content/school.yaml")
        try workspace.write("content/school.yaml", school.replacingOccurrences(of: "  base_url: \(Self.base)\n", with: ""))
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root, environment: ["FOLIO_PAGEFIND": "off", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No sitemap.xml: set plan.base_url in school.yaml"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/sitemap.xml")))
        #expect(try workspace.read("site/public/robots.txt") == "User-agent: *\nAllow: /\n")
        #expect(try !workspace.read("site/public/index.html").contains("og:url"))
    }

    @Test func aBaseURLThatIsNotAnAbsoluteWebAddressIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        for (value, _) in [("ftp://files.example.edu.tw/", "scheme"), ("sprout/index", "relative"), ("https://x.example.edu.tw/?a=1", "query")] {
            let school = try workspace.read("content/school.yaml")
            let line = school.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  base_url:") }!
            var lines = school.components(separatedBy: "\n")
            lines[line] = "  base_url: \(value)"
            try workspace.write("content/school.yaml", lines.joined(separator: "\n"))
            // school.yaml line 9 is `  base_url: …`; the value starts at column 13.
            #expect(workspace.check().filter { $0.severity == .error }.map(\.description) == [
                "content/school.yaml:9:13: error: 'plan.base_url' must be the absolute http or https address where site/public/ is published, e.g. https://www.example.edu.tw/sprout/; '\(value)' is not",
            ])
        }
    }

    @Test func everyPageHasAFaviconDescriptionAndOpenGraphTags() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let site = workspace.snapshot("site")
        let pages = site.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count == 172)
        for page in pages {
            let html = String(decoding: site[page]!, as: UTF8.self)
            let root = PageLayout.root(of: String(page.drop { $0 != "/" }.dropFirst()))
            let isNotFound = page.hasSuffix("/404.html")
            if !isNotFound {
                #expect(html.contains("<link rel=\"icon\" href=\"\(root)assets/favicon.svg\" type=\"image/svg+xml\">"), "\(page)")
            }
            #expect(html.contains("<meta name=\"description\" content=\""), "\(page)")
            #expect(html.contains("<meta property=\"og:title\" content=\""), "\(page)")
            let english = page.split(separator: "/").dropFirst().first == "en"
            #expect(html.contains("<meta property=\"og:locale\" content=\"\(english ? "en_US" : "zh_TW")\">"), "\(page)")
            // Published addresses only for the public tree.
            let publicPath = page.hasPrefix("public/") ? String(page.dropFirst("public/".count)) : nil
            if let publicPath {
                #expect(html.contains("<meta property=\"og:url\" content=\"\(Self.base)\(publicPath)\">"), "\(page)")
            } else {
                #expect(!html.contains("<meta property=\"og:url\""), "\(page)")
            }
        }
        for tree in ["public", "internal", "committee"] {
            #expect(site["\(tree)/assets/favicon.svg"]?.starts(with: Data("<svg".utf8)) == true)
        }
        // An indicator page is described by its policy goal's first paragraph.
        let eight = try workspace.read("site/public/indicators/08.html")
        #expect(eight.contains("<meta name=\"description\" content=\"師資結構與生師比為良好教學環境之一環"))
        // The 404 page is served at any depth: with base_url its links start at the published folder.
        let notFound = try workspace.read("site/public/404.html")
        #expect(notFound.contains("<link rel=\"stylesheet\" href=\"/assets/folio.css\">"))
        #expect(notFound.contains("<h1>找不到這個網頁</h1>"))
        #expect(!notFound.contains("data-pagefind-body"))
        #expect(try workspace.read("site/internal/404.html").contains("<link rel=\"stylesheet\" href=\"assets/folio.css\">"))
    }

    @Test func openDataHoldsEveryMeasureYearAsCSVWithBOMAndJSON() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let csvData = try #require(FileManager.default.contents(atPath: workspace.path("site/public/data/plan.csv")))
        #expect(csvData.starts(with: [0xEF, 0xBB, 0xBF]))
        let csv = String(decoding: csvData.dropFirst(3), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == OpenDataCSV.columns.joined(separator: ","))
        // 25 ministry and 5 custom quantitative measures, 3 plan years each.
        #expect(lines.count == 1 + 30 * 3)
        // 8-1 in 114: target 23.50, actual 23.40 computed from the tables (two decimals, as its rule
        // rounds); lower is better, so the rate is target ÷ actual = 23.50 ÷ 23.40 = 1.00427… → 100.4%.
        let row = try #require(lines.first { $0.hasPrefix("8,") && $0.contains(",8-1,") && $0.contains(",114,") })
        let fields = row.components(separatedBy: ",")
        let field = { (name: String) in fields[OpenDataCSV.columns.firstIndex(of: name)!] }
        #expect(field("target") == "23.50")
        #expect(field("actual") == "23.40")
        #expect(field("rate_percent") == "100.4")
        #expect(field("state") == "met")
        #expect(field("actual_source") == "computed")
        #expect(field("direction") == "lower")
        #expect(field("baseline") == "23.80")
        #expect(field("decimals") == "2")
        // 1-1's rule states no decimals: counts show as counted, 1486 and 1520, not 1486.00.
        let count = try #require(lines.first { $0.contains(",1-1,") && $0.contains(",114,") }).components(separatedBy: ",")
        let countField = { (name: String) in count[OpenDataCSV.columns.firstIndex(of: name)!] }
        #expect(countField("baseline") == "1486" && countField("target") == "1520" && countField("decimals") == "")

        // Each indicator's files hold its measures only, and every page links the plan's files.
        let eight = try workspace.read("site/public/data/indicator-08.json")
        #expect(eight.contains("\"id\" : \"8-1\"") && !eight.contains("\"id\" : \"1-1\""))
        let page = try workspace.read("site/public/indicators/08.html")
        #expect(page.contains("href=\"../data/indicator-08.csv\"") && page.contains("href=\"../data/plan.json\""))
        #expect(try workspace.read("site/public/index.html").contains("href=\"data/plan.csv\""))
        #expect(FileManager.default.fileExists(atPath: workspace.path("site/public/data/plan.schema.json")))
    }

    @Test(.enabled(if: Self.hasJSONSchema || Tools.isCI, "needs PyPI jsonschema (scripts/bootstrap --test)"))
    func theJSONValidatesAgainstTheSchemaInDocs() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let schema = Workspace.packageRoot.appendingPathComponent("docs/open-data.schema.json").path
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path("site/public/data"))
            .filter { $0.hasSuffix(".json") && $0 != OpenDataFiles.publishedSchema }.sorted()
        #expect(files.count == 16)
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path))):
                print(path, list(error.path), error.message)
        """
        let result = try Tools.run("python3", ["-c", script, schema] + files.map { workspace.path("site/public/data/\($0)") })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "")
        // And the schema refuses what it should: a state the pages never show.
        try workspace.write("bad.json", try workspace.read("site/public/data/indicator-08.json").replacingOccurrences(of: "\"state\" : \"met\"", with: "\"state\" : \"ok\""))
        let bad = try Tools.run("python3", ["-c", script, schema, workspace.path("bad.json")])
        #expect(bad.stdout.contains("'ok' is not one of"))
    }

    static var hasJSONSchema: Bool {
        (try? Tools.run("python3", ["-c", "import jsonschema"]).status) == 0
    }
}
