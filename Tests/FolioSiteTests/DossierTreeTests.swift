import FolioTestSupport
import FolioCore
import Foundation
import Testing
@testable import FolioSite

/// The committee tree: which tree holds the dossiers, and that no other tree holds any of their data.
@Suite struct DossierTreeTests {
    /// What identifies the example dossiers, read from their files: every applicant's name, every
    /// paper title, and each applicant's folder name (which would show in a link).
    static func exampleDossierValues() throws -> (names: [String], titles: [String], slugs: [String]) {
        let round = Workspace.packageRoot.appendingPathComponent("content/dossiers/115-1")
        // The applicants' folders (the round's meetings.yaml is a file beside them).
        let slugs = try FileManager.default.contentsOfDirectory(atPath: round.path).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".yaml") }.sorted()
        var names: [String] = [], titles: [String] = []
        for slug in slugs {
            let yaml = try String(contentsOf: round.appendingPathComponent("\(slug)/dossier.yaml"), encoding: .utf8)
            let name = try #require(yaml.split(separator: "\n").first { $0.hasPrefix("applicant:") })
            names.append(name.dropFirst("applicant:".count).trimmingCharacters(in: .whitespaces))
            let csv = try String(contentsOf: round.appendingPathComponent("\(slug)/papers.csv"), encoding: .utf8)
            let rows = Self.csvRows(csv)
            let column = try #require(rows.first?.firstIndex(of: "title"))
            titles += rows.dropFirst().filter { $0.count > column && !$0[column].isEmpty }.map { $0[column] }
        }
        return (names, titles, slugs)
    }

    /// RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// The values found in any file under a folder, as written or as HTML escapes them.
    static func valuesFound(_ values: [String], under folder: String, of workspace: Workspace) -> Set<String> {
        let texts = workspace.snapshot(folder).map { String(decoding: $0.value, as: UTF8.self) }
        return Set(values.filter { value in
            let escaped = value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
                .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
            return texts.contains { $0.contains(value) || $0.contains(escaped) }
        })
    }

    @Test func noDossierDataReachesThePublicOrTheInternalTree() throws {
        let (names, titles, slugs) = try Self.exampleDossierValues()
        #expect(names.count == 4 && titles.count > 40)
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        for tree in ["site/public", "site/internal"] {
            #expect(Self.valuesFound(names + titles + slugs, under: tree, of: workspace) == [], "\(tree)")
            let files = workspace.snapshot(tree)
            #expect(!files.keys.contains { $0.hasPrefix("dossiers/") || $0.contains("committee") }, "\(tree)")
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                #expect(!text.contains("dossiers/"), "\(tree)/\(path) links to the dossiers")
                #expect(!text.contains("審查梯次") && !text.contains("會議審查總表"), "\(tree)/\(path) mentions the review")
            }
        }
        // The same search finds all of them in the committee tree: a misrouted page would be caught.
        #expect(Self.valuesFound(names + titles + slugs, under: "site/committee", of: workspace) == Set(names + titles + slugs))
        // And it does catch one: a dossier page copied into the public tree.
        try FileManager.default.copyItem(atPath: workspace.path("site/committee/dossiers/115-1/lin-yijun.html"),
                                         toPath: workspace.path("site/public/lin-yijun.html"))
        #expect(Self.valuesFound(names + titles, under: "site/public", of: workspace).contains("林怡君"))
    }

    @Test func everyCommitteePageIsMarkedConfidentialAndNoindex() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let both = workspace.snapshot("site/committee").filter { $0.key.hasSuffix(".html") }
        // Every page in English too, at the same path under en/ (checked in BilingualSiteTests); here the zh-Hant pages.
        let pages = both.filter { !$0.key.hasPrefix("en/") }
        #expect(Set(both.keys.filter { $0.hasPrefix("en/") }) == Set(pages.keys.map { "en/\($0)" }))
        // The plan (overview and 15 indicators, no provenance), the rounds' home, one docket, four dossiers, a docket
        // per review level and the minutes of the two levels that met, the project's docs the rule ids link to,
        // and the tree's 404 page.
        #expect(pages.keys.sorted() == ["404.html", "docs/content-format.html", "docs/index.html", "docs/indicator-rules.html",
                                        "docs/interpretations.html", "docs/promotion-rules.html",
                                        "dossiers/115-1/chen-zhiming.html", "dossiers/115-1/huang-shufen.html",
                                        "dossiers/115-1/index.html", "dossiers/115-1/levels/college.html",
                                        "dossiers/115-1/levels/department.html", "dossiers/115-1/levels/university.html",
                                        "dossiers/115-1/lin-yijun.html", "dossiers/115-1/minutes/college.html",
                                        "dossiers/115-1/minutes/department.html",
                                        "dossiers/115-1/wu-jianhong.html", "dossiers/index.html", "index.html"]
                + (1...15).map { "indicators/\($0 < 10 ? "0" : "")\($0).html" })
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<meta name=\"robots\" content=\"noindex, nofollow, noarchive\">"), "\(path)")
            #expect(html.contains("<p class=\"confidential-mark\">機密 · 僅供委員會審議使用</p>"), "\(path)")
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(html.contains("<a href=\"\(root)dossiers/index.html\">升等及新聘審查</a>"), "\(path)")
            #expect(!html.contains("provenance/"), "\(path)")
        }
        // The sorting script is a committee asset.
        #expect(FileManager.default.fileExists(atPath: workspace.path("site/committee/assets/committee/sort-table.js")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/assets/committee")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/internal/assets/committee")))
    }

    @Test func aDeletedDossierLeavesNoPageBehind() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        #expect(FileManager.default.fileExists(atPath: workspace.path("site/committee/dossiers/115-1/wu-jianhong.html")))
        try workspace.remove("content/dossiers/115-1/wu-jianhong")
        // The round's meetings name 吳建宏: a vote on an applicant who is gone is an error, so the meetings go too.
        try workspace.remove("content/dossiers/115-1/meetings.yaml")
        _ = try SiteBuilder.build(workspace.options)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/committee/dossiers/115-1/wu-jianhong.html")))
        #expect(Self.valuesFound(["吳建宏", "wu-jianhong"], under: "site", of: workspace) == [])
        // The whole round gone: no round folder, no home, no navigation entry.
        try FileManager.default.removeItem(atPath: workspace.path("content/dossiers"))
        _ = try SiteBuilder.build(workspace.options)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/committee/dossiers")))
        #expect(try !workspace.read("site/committee/index.html").contains("dossiers/index.html"))
    }

    @Test func aDeletedDossierLeavesNoPageBehindInThePreviewToo() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        try workspace.remove("content/dossiers/115-1/wu-jianhong")
        try workspace.remove("content/dossiers/115-1/meetings.yaml")
        let report = try session.rebuild(changed: [workspace.path("content/dossiers/115-1/wu-jianhong/dossier.yaml")])
        #expect(!report.incremental)
        #expect(report.written.contains("committee/dossiers/115-1/wu-jianhong.html"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/committee/dossiers/115-1/wu-jianhong.html")))
    }

    @Test func aStatementEditReRendersOnlyThatDossier() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        try workspace.write("content/dossiers/115-1/lin-yijun/statement.md", "# 升等自述\n\n本人專長為**分子診斷**。\n")
        let report = try session.rebuild(changed: [workspace.path("content/dossiers/115-1/lin-yijun/statement.md")])
        #expect(report.incremental)
        // The dossier page in both languages (the statement is shown as written in each).
        #expect(report.rendered == 2)
        #expect(report.written == ["committee/dossiers/115-1/lin-yijun.html", "committee/en/dossiers/115-1/lin-yijun.html"])
        #expect(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html").contains("<p>本人專長為<strong>分子診斷</strong>。</p>"))
    }

    @Test func everyBrokenDossierIsReportedInOneBuild() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        // A good build first: the site a failed build must leave exactly as it was.
        _ = try SiteBuilder.build(workspace.options)
        let before = workspace.snapshot("site")
        #expect(before.keys.contains("committee/dossiers/115-1/lin-yijun.html") && before.count > 70)
        for slug in ["lin-yijun", "wu-jianhong"] {
            let yaml = try workspace.read("content/dossiers/115-1/\(slug)/dossier.yaml")
                .replacingOccurrences(of: "\napplication_date:", with: "\napplication_dates:")
            try workspace.write("content/dossiers/115-1/\(slug)/dossier.yaml", yaml)
        }
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder.build(workspace.options) }
        // Both dossiers, each with both of its problems, in one run (line 8 holds application_date in each).
        let expected = ["lin-yijun", "wu-jianhong"].flatMap { slug in [
            "content/dossiers/115-1/\(slug)/dossier.yaml:2:1: error: the file is missing 'application_date': add the application date, e.g. 115/09/15",
            "content/dossiers/115-1/\(slug)/dossier.yaml:8:1: error: unknown key 'application_dates'; did you mean 'application_date'?",
        ] }
        #expect(error.diagnostics.map { workspace.relative($0).description }.sorted() == expected)
        #expect(workspace.check().map(\.description) == expected)
        #expect(workspace.snapshot("site") == before)
    }
}
