import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// One build writes both languages: zh-Hant at each tree's root, English under `en/`, every page
/// linking its counterpart; and the English pages show no Chinese that is not marked as Chinese.
@Suite(.serialized) struct BilingualSiteTests {
    static let trees = ["public", "internal", "committee"]
    static let base = "https://sprout.lanshan.example.edu.tw/"

    /// The example built once for the read-only tests of this suite.
    static let built: Workspace = {
        let workspace = try! Workspace()
        _ = try! SiteBuilder.build(workspace.options)
        return workspace
    }()

    static func files(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { item -> String? in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
        }.sorted()
    }

    /// Every file Folio writes under a tree's `en/`: HTML through the walker; the open data by its
    /// fields (the schema's Chinese originals `name`, `unit`, … beside their `_en` twins); any other
    /// text file line by line (XML or text cannot mark a language, so no Chinese may stand there at all).
    /// It prints each offending file with its count and first findings, so whoever owns the text
    /// can find it.
    @Test func englishFilesShowNoChineseOutsideElementsMarkedZhHant() throws {
        let workspace = Self.built
        var total = 0
        var report: [String] = []
        var scanned = 0
        for tree in Self.trees {
            let folder = workspace.path("site/\(tree)/en")
            let files = Self.files(under: folder)
            #expect(!files.isEmpty, "site/\(tree)/en has no files")
            var treeTotal = 0
            for file in files {
                guard let contents = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { continue }
                scanned += 1
                let findings = file.hasSuffix(".html") ? LanguageScan.html(contents)
                    : file.hasPrefix("data/") && file.hasSuffix(".json") ? LanguageScan.dataJSON(contents)
                    : file.hasPrefix("data/") && file.hasSuffix(".csv") ? LanguageScan.dataCSV(contents)
                    : LanguageScan.text(contents)
                let count = findings.reduce(0) { $0 + $1.count }
                guard count > 0 else { continue }
                treeTotal += count
                report.append("site/\(tree)/en/\(file): \(count) CJK characters unmarked\n    "
                              + findings.prefix(4).map(\.description).joined(separator: "\n    "))
            }
            report.append("site/\(tree)/en: \(treeTotal) unmarked CJK characters in total")
            total += treeTotal
        }
        #expect(scanned > 100)
        if total > 0 { print(report.joined(separator: "\n")) }
        #expect(total == 0, "\(total) CJK characters stand unmarked on the English pages; see the list printed above")
    }

    /// The walker itself must catch what it is for, or a clean scan means nothing.
    @Test func theScanFindsUnmarkedChineseAndPassesMarkedChinese() {
        // 機密 in text (2), 計畫 in a title attribute (2), 中 as a character reference (1), 頁 in a style (1): 6.
        let page = """
        <!DOCTYPE html><html lang="en"><head><style>@page { @top-left { content: "頁" } }</style></head>
        <body><p>機密 <a href="../中文/x.html" title="計畫">x</a></p><p>&#x4E2D;</p>
        <p lang="zh-Hant">中文 <span>仍是中文</span></p><br><img alt="" src="圖.png">
        <!-- 註解 --><script>var s = "腳本";</script><p>Done</p></body></html>
        """
        let findings = LanguageScan.html(page)
        #expect(findings.reduce(0) { $0 + $1.count } == 6, "\(findings)")
        #expect(LanguageScan.html("<html lang=\"zh-Hant\"><body><p>全部中文</p></body></html>").isEmpty)
        #expect(LanguageScan.text("{\"name\": \"Plan\"}\n{\"unit\": \"人次\"}").map(\.count) == [2])
    }

    /// Resolves a relative link of the page at `page` (a path under the site folder).
    static func resolve(_ href: String, from page: String) -> String {
        URL(fileURLWithPath: "/" + page).deletingLastPathComponent().appendingPathComponent(href).standardizedFileURL.path
            .trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[start.upperBound...].prefix { $0 != "\"" })
    }

    /// Every page of every tree exists in both languages, says its language on `<html>`, names both
    /// and `x-default` in `<link rel="alternate" hreflang>`, and its header switch leads to the
    /// counterpart (a relative link that resolves to the file, with `hreflang` and `lang`).
    @Test func everyPageLinksItsCounterpartInTheOtherLanguage() throws {
        let workspace = Self.built
        var checked = 0
        for tree in Self.trees {
            let site = workspace.path("site")
            let pages = Self.files(under: "\(site)/\(tree)").filter { $0.hasSuffix(".html") && !$0.hasPrefix("en/") && !$0.hasPrefix("pdf/") }
            #expect(pages.count > 15)
            for page in pages {
                let english = "en/\(page)"
                #expect(FileManager.default.fileExists(atPath: "\(site)/\(tree)/\(english)"), "no English counterpart of \(tree)/\(page)")
                for (path, lang, other, otherPath) in [(page, "zh-Hant", "en", english), (english, "en", "zh-Hant", page)] {
                    guard let html = try? String(contentsOfFile: "\(site)/\(tree)/\(path)", encoding: .utf8) else { continue }
                    #expect(html.contains("<html lang=\"\(lang)\">"), "\(tree)/\(path)")
                    // The public tree has plan.base_url: its alternates are absolute addresses.
                    let address = { (inTree: String) in tree == "public" ? Self.base + inTree : nil }
                    if let own = address(path), let counterpart = address(otherPath), let primary = address(page) {
                        #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(lang)\" href=\"\(own)\">"), "\(tree)/\(path)")
                        #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(counterpart)\">"), "\(tree)/\(path)")
                        #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(primary)\">"), "\(tree)/\(path)")
                    } else {
                        #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(other)\""), "\(tree)/\(path)")
                        #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\""), "\(tree)/\(path)")
                    }
                    let switchTag = html.components(separatedBy: "<p class=\"language-switch\"><a ").dropFirst().first?.prefix { $0 != ">" }
                    let tag = " " + String(switchTag ?? "")
                    #expect(Self.attribute("hreflang", in: tag) == other && Self.attribute("lang", in: tag) == other, "\(tree)/\(path): \(tag)")
                    // The 404 page is served at any address: its links start from the published folder.
                    guard path.hasSuffix("404.html") == false, let href = Self.attribute("href", in: tag) else { continue }
                    #expect(Self.resolve(href, from: "\(tree)/\(path)") == "\(tree)/\(otherPath)", "\(tree)/\(path): \(href)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }

    /// The sitemap lists every public page in both languages, each with both alternates and x-default.
    @Test func theSitemapNamesEveryPageInBothLanguages() throws {
        let sitemap = try Self.built.read("site/public/sitemap.xml")
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("""
              <url>
                <loc>\(Self.base)en/indicators/08.html</loc>
                <xhtml:link rel="alternate" hreflang="zh-Hant" href="\(Self.base)indicators/08.html"/>
                <xhtml:link rel="alternate" hreflang="en" href="\(Self.base)en/indicators/08.html"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="\(Self.base)indicators/08.html"/>
              </url>
            """))
        // 16 pages (the overview and 15 indicators) in two languages.
        #expect(sitemap.components(separatedBy: "<loc>").count - 1 == 32)
        #expect(!FileManager.default.fileExists(atPath: Self.built.path("site/public/en/sitemap.xml")))
        #expect(!FileManager.default.fileExists(atPath: Self.built.path("site/public/en/robots.txt")))
        // One search index per tree; the English search page loads it from the tree's root.
        let search = try Self.built.read("site/public/en/search.html")
        #expect(search.contains("data-bundle=\"../pagefind/\"") && search.contains("src=\"../assets/public/search.js\""))
        #expect(!FileManager.default.fileExists(atPath: Self.built.path("site/public/en/assets")))
    }

    /// The frame in English: the date as an English reader writes it, half-width punctuation.
    @Test func theEnglishFrameWritesDatesAndPunctuationInEnglish() throws {
        let english = try Self.built.read("site/public/en/index.html")
        // school.yaml: data_as_of: 115/09/30, which is 2026-09-30 (115 + 1911).
        #expect(english.contains("<p class=\"data-as-of\">Data as of 30 Sep 2026</p>"))
        #expect(english.contains("Open data: <a"))
        let chinese = try Self.built.read("site/public/index.html")
        #expect(chinese.contains("<p class=\"data-as-of\">資料截止日 115/09/30</p>"))
        #expect(chinese.contains("開放資料：<a"))
    }

    /// `languages: [zh-Hant]` in school.yaml writes no English: no `en/`, no switch, no alternates.
    @Test func languagesZhHantOnlyWritesNoEnglish() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let school = try workspace.read("content/school.yaml")
        try workspace.write("content/school.yaml", school.replacingOccurrences(of: "languages: [zh-Hant, en]", with: "languages: [zh-Hant]"))
        let report = try SiteBuilder.build(workspace.options)
        for tree in Self.trees {
            #expect(!FileManager.default.fileExists(atPath: workspace.path("site/\(tree)/en")), "\(tree)")
        }
        let home = try workspace.read("site/public/index.html")
        #expect(!home.contains("hreflang") && !home.contains("language-switch"))
        #expect(try !workspace.read("site/public/sitemap.xml").contains("xhtml:link"))
        let both = try Workspace()
        defer { both.cleanUp() }
        // Both languages write every page twice.
        #expect(try SiteBuilder.build(both.options).pageCount == 2 * report.pageCount)
    }

    /// `--language en` puts English at each tree's root and Chinese under `zh-hant/`.
    @Test func englishAsThePrimaryLanguageGoesToTheRoot() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        var options = workspace.options
        options.language = .en
        _ = try SiteBuilder.build(options)
        let home = try workspace.read("site/public/index.html")
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(Self.base)index.html\">"))
        #expect(home.contains("<link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"\(Self.base)zh-hant/index.html\">"))
        #expect(home.contains("href=\"zh-hant/index.html\" hreflang=\"zh-Hant\" lang=\"zh-Hant\">中文</a>"))
        let chinese = try workspace.read("site/committee/zh-hant/indicators/01.html")
        #expect(chinese.contains("<html lang=\"zh-Hant\">") && chinese.contains("href=\"../../assets/folio.css\""))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/en")))
        // English primary with English turned off cannot be: an error at the setting, nothing written.
        let school = try workspace.read("content/school.yaml")
        try workspace.write("content/school.yaml", school.replacingOccurrences(of: "languages: [zh-Hant, en]", with: "languages: [zh-Hant]"))
        #expect(throws: DiagnosticsError.self) { try SiteBuilder.build(options) }
        let problems = workspace.check(options)
        #expect(problems.contains { $0.location.file == "content/school.yaml" && $0.location.line == 13 && $0.message.contains("--language") }, "\(problems)")
    }

    /// (`languages:` is line 13 of the example's school.yaml, its value at column 12.)
    /// `languages` takes zh-Hant and en only, and must keep zh-Hant, the plan's own language.
    @Test func aWrongLanguagesSettingIsAnErrorAtItsLine() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let school = try workspace.read("content/school.yaml")
        for (value, message) in [("[zh-Hant, fr]", "must be one of 'zh-Hant', 'en', found 'fr'"), ("[en]", "'languages' must list zh-Hant")] {
            try workspace.write("content/school.yaml", school.replacingOccurrences(of: "languages: [zh-Hant, en]", with: "languages: \(value)"))
            let problems = workspace.check()
            #expect(problems.contains { $0.location.file == "content/school.yaml" && $0.location.line == 13 && $0.message.contains(message) }, "\(problems)")
        }
    }

    /// A narrative without its English (9-2 in the example) shows the Chinese on the English page,
    /// inside `lang="zh-Hant"`, with a note saying it is untranslated; a translated one shows its English.
    @Test func anUntranslatedNarrativeShowsTheChineseMarkedAndSaysSo() throws {
        let page = try Self.built.read("site/public/en/indicators/09.html")
        let untranslated = try #require(page.components(separatedBy: "id=\"measure-9-2\"").dropFirst().first)
        #expect(untranslated.contains("<p class=\"untranslated-note\">Not yet translated into English: the text below is the original Chinese.</p>"))
        #expect(untranslated.contains("<div class=\"prose\" lang=\"zh-Hant\">"))
        let translated = try #require(page.components(separatedBy: "id=\"measure-9-1\"").dropFirst().first?.components(separatedBy: "id=\"measure-9-2\"").first)
        #expect(!translated.contains("untranslated-note") && !translated.contains("<div class=\"prose\" lang="))
        #expect(LanguageScan.html(translated).isEmpty, "\(LanguageScan.html(translated))")
        // The Chinese page is as before: no note, no mark.
        let chinese = try Self.built.read("site/public/indicators/09.html")
        #expect(!chinese.contains("untranslated-note") && !chinese.contains("<div class=\"prose\" lang="))
    }

    /// A school's English for its own texts: unit names from school.yaml's `responsible_units_en`,
    /// a measure's own `responsible_unit_en` over it, and a unit with neither shown in Chinese, marked.
    @Test func responsibleUnitsShowTheirEnglishOrTheChineseMarked() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let school = try workspace.read("content/school.yaml")
        try workspace.write("content/school.yaml", school.replacingOccurrences(of: "  研究發展處實習就業組: Internship and Career Section, Office of Research and Development\n", with: ""))
        let indicator = try workspace.read("content/indicators/01.yaml")
        try workspace.write("content/indicators/01.yaml", indicator.replacingOccurrences(
            of: "    responsible_unit: 教務處\n", with: "    responsible_unit: 教務處\n    responsible_unit_en: Academic Affairs (quality of practice)\n"))
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/public/en/indicators/01.html")
        // 1-C1's unit lost its English: Chinese, marked.
        #expect(page.contains("<dd lang=\"zh-Hant\">研究發展處實習就業組</dd>"))
        // 1-1's unit from the glossary; 1-3's from its own responsible_unit_en.
        #expect(page.contains("General Affairs Section, Office of Academic Affairs"))
        #expect(page.contains("Academic Affairs (quality of practice)</p>"))
        let chinese = try workspace.read("site/public/indicators/01.html")
        #expect(!chinese.contains("Academic Affairs") && chinese.contains("研究發展處實習就業組"))
    }

    /// `1-3.en.md` is 1-3.md's English, never a narrative of its own; one without its Chinese file is an error.
    @Test func aStrayEnglishNarrativeIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/narratives/1-9.en.md", "An English narrative of no measure.\n")
        let problems = workspace.check()
        #expect(problems.contains { $0.location.file == "content/narratives/1-9.en.md"
            && $0.message.contains("content/narratives/1-9.md does not exist") }, "\(problems)")
    }
}

/// Content pages in English: `about.en.md` beside `about.md`, or the Chinese page, marked.
@Suite struct BilingualContentPageTests {
    @Test func aPageWithItsEnglishShowsItAndOneWithoutShowsTheChineseMarked() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/pages/report.md", "---\ntitle: 成果報告\ndate: 115/03/01\nsummary: 年度成果\n---\n初稿。\n")
        try workspace.write("content/pages/report.en.md", "---\ntitle: Annual report\nsummary: The year's results\n---\nA first draft.\n")
        try workspace.write("content/pages/notice.md", "---\ntitle: 公告\n---\n內容。\n")
        _ = try SiteBuilder.build(workspace.options)
        // report.en.md is report.md's English, never a page of its own.
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/pages/report.en.html")))
        let report = try workspace.read("site/public/en/pages/report.html")
        // 115/03/01 is 1 March 2026 (115 + 1911).
        #expect(report.contains("<h1>Annual report</h1>") && report.contains("<p>A first draft.</p>") && report.contains(">1 Mar 2026</time>"))
        #expect(!report.contains("untranslated-note"))
        let notice = try workspace.read("site/public/en/pages/notice.html")
        #expect(notice.contains("<h1 lang=\"zh-Hant\">公告</h1>"))
        #expect(notice.contains("<p class=\"untranslated-note\">Not yet translated into English: this page shows the original Chinese.</p>"))
        #expect(notice.contains("<div class=\"prose\" lang=\"zh-Hant\">\n<p>內容。</p>"))
        #expect(LanguageScan.html(notice).isEmpty && LanguageScan.html(report).filter { !$0.context.contains("style") }.isEmpty,
                "\(LanguageScan.html(notice))")
        let index = try workspace.read("site/public/en/pages/index.html")
        #expect(index.contains("<a href=\"report.html\">Annual report</a>") && index.contains("<a href=\"notice.html\" lang=\"zh-Hant\">公告</a>"))
        // The Chinese pages are the Chinese pages.
        #expect(try workspace.read("site/public/pages/report.html").contains("<h1>成果報告</h1>"))
        // An English page without its Chinese page is an error.
        try workspace.write("content/pages/orphan.en.md", "---\ntitle: Orphan\n---\nNo Chinese page.\n")
        #expect(workspace.check().contains { $0.location.file == "content/pages/orphan.en.md" && $0.message.contains("content/pages/orphan.md does not exist") })
    }
}
