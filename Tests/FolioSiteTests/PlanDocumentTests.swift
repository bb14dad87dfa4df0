import FolioTestSupport
import FolioPlan
import Foundation
import Testing
@testable import FolioSite

/// `folio pdf --plan` through the real binary and Debian's chromium, read back with poppler-utils as
/// a reader (and a print shop) would: the cover, a table of contents whose page numbers are where
/// the parts really start, the ministry's order, running headers, page numbers, and fonts.
@Suite struct PlanDocumentTests {
    static var canPrint: Bool { PrintTests.canPrint && (Tools.has("pdffonts") || Tools.isCI) }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The indicators of the example plan in the ministry's order (national school: all 15).
    static func indicators() throws -> [Indicator] {
        let sink = DiagnosticSink()
        let content = try #require(ContentLoader.load(contentFolder: Workspace.packageRoot.appendingPathComponent("content"),
                                                      displayRoot: "content", sink: sink))
        return PlanRules.applicableIndicators(content.catalog, content.plan.school.ownership)
    }

    /// Printed once; each part of the document is then read as its reader would.
    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func thePlanPrintsAsADocument() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["pdf", "--plan"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        // The site is written in zh-Hant and English: each language's plan beside its pages.
        #expect(result.stdout == "Wrote 2 PDFs:\n  site/public/pdf/plan.pdf\n  site/public/en/pdf/plan.pdf\n")
        let pdf = workspace.path("site/public/pdf/plan.pdf")
        // The public home links it (on screen); the English home links the English plan.
        #expect(try workspace.read("site/public/index.html").contains("<a href=\"pdf/plan.pdf\" type=\"application/pdf\">下載計畫書 PDF</a>"))
        #expect(try workspace.read("site/public/en/index.html").contains("<a href=\"pdf/plan.pdf\" type=\"application/pdf\">Download the plan as a PDF</a>"))
        // Only the public tree holds it.
        #expect(!workspace.snapshot("site/internal").keys.contains { $0.hasSuffix(".pdf") })
        #expect(!workspace.snapshot("site/committee").keys.contains { $0.hasSuffix(".pdf") })
        try tableOfContentsNamesThePagesWhereEachIndicatorStarts(pdf)
        try everyPageButTheCoverHasTheRunningHeaderAndItsNumber(pdf)
        try fontsAreEmbeddedTrueTypeNotType3(pdf)
        try holdsNothingConfidential(pdf, workspace: workspace)
        let english = workspace.path("site/public/en/pdf/plan.pdf")
        try theEnglishContentsNameThePagesWhereEachIndicatorStarts(english)
        try fontsAreEmbeddedTrueTypeNotType3(english)
        try holdsNothingConfidential(english, workspace: workspace)
    }

    func tableOfContentsNamesThePagesWhereEachIndicatorStarts(_ pdf: String) throws {
        let pages = try PrintTests.pageCount(pdf)
        // A cover, the contents, the overview, and at least a page for each of the 15 indicators.
        #expect((18...60).contains(pages), "\(pages) pages")
        #expect(try Tools.run("pdfinfo", ["-f", "1", "-l", "\(pages)", pdf]).stdout
            .split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains("size:") }.allSatisfy { $0.contains("594.96 x 841.92 pts (A4)") })

        // The contents (page 2): every indicator, numbered, in the ministry's order, with its page.
        let indicators = try Self.indicators()
        #expect(indicators.count == 15)
        let contents = Self.lines(try PrintTests.text(pdf, page: 2))
        var starts: [Int] = []
        for indicator in indicators {
            let line = try #require(contents.first { $0.hasPrefix("\(indicator.number) \(indicator.name)") }, "indicator \(indicator.number) is not in the contents")
            let page = try #require(line.split(separator: " ").last.flatMap { Int($0) }, "\(line)")
            starts.append(page)
        }
        #expect(starts == starts.sorted() && Set(starts).count == starts.count, "\(starts)")
        for section in ["面向一 教學創新精進", "面向二 善盡社會責任", "面向三 產學合作連結", "面向四 提升高教公共性"] {
            #expect(contents.contains { $0.hasPrefix(section) }, "\(section)")
        }
        #expect(contents.contains { $0.hasPrefix("各指標達成概況") } && contents.contains { $0.hasPrefix("量化衡量方式一覽") })

        // Each indicator starts where the contents say: its heading and running header are on that
        // page, and the page before still belongs to the part before it.
        for (indicator, start) in zip(indicators, starts) {
            let header = "高等教育深耕計畫（第二期）計畫書 · 指標 \(indicator.number) \(indicator.name)"
            let heading = "指標 \(indicator.number) \(indicator.name)"
            let page = try PrintTests.text(pdf, page: start, layout: false)
            #expect(Self.lines(page).first == header, "page \(start): \(Self.lines(page).first ?? "")")
            // The running header names it on every page of the indicator; its heading is on the first only.
            #expect(page.components(separatedBy: heading).count - 1 == 2, "page \(start) lacks the heading of indicator \(indicator.number)")
            let before = try PrintTests.text(pdf, page: start - 1, layout: false)
            #expect(!before.contains(heading), "indicator \(indicator.number) starts before page \(start)")
        }
        // The table of every measure runs over several pages, its column headings repeated on each.
        let measuresLine = try #require(contents.first { $0.hasPrefix("量化衡量方式一覽") })
        let measuresStart = try #require(measuresLine.split(separator: " ").last.flatMap { Int($0) })
        #expect(starts[0] - measuresStart >= 2, "the table of every measure fits one page: \(measuresStart)–\(starts[0])")
        for page in measuresStart..<starts[0] {
            let text = try PrintTests.text(pdf, page: page)
            #expect(text.contains("衡量方式") && text.contains("目標值") && text.contains("實際值") && text.contains("達成率"), "page \(page) has no column headings")
        }
        // Indicator 1 (three measures, their charts and how they were computed) takes at most 3 pages.
        #expect(starts[1] - starts[0] <= 3, "indicator 1 takes \(starts[1] - starts[0]) pages")
    }

    func everyPageButTheCoverHasTheRunningHeaderAndItsNumber(_ pdf: String) throws {
        let pages = try PrintTests.pageCount(pdf)
        let cover = try PrintTests.text(pdf, page: 1)
        for fact in ["國立嵐山科技大學", "高等教育深耕計畫（第二期）計畫書", "計畫期程", "114–116 年度", "資料截止日", "115/09/30"] {
            #expect(cover.contains(fact), "the cover lacks \(fact)")
        }
        #expect(!cover.contains("第 1 頁"))
        for page in 2...pages {
            let text = try PrintTests.text(pdf, page: page, layout: false)
            #expect(Self.lines(text).first?.hasPrefix("高等教育深耕計畫（第二期）計畫書 · ") == true, "page \(page): \(Self.lines(text).first ?? "")")
            #expect(text.contains("第 \(page) 頁，共 \(pages) 頁"), "page \(page)")
            // Public: nothing marked confidential, no navigation.
            #expect(!text.contains("機密") && !text.contains("跳至主要內容"), "page \(page)")
        }
    }

    /// Every font is embedded, and none is Type 3 (which print shops and archives handle badly).
    func fontsAreEmbeddedTrueTypeNotType3(_ pdf: String) throws {
        let fonts = try PDFFonts.read(pdf)
        #expect(!fonts.isEmpty)
        #expect(fonts.filter { $0.type.hasPrefix("Type 3") }.isEmpty, "\(fonts)")
        #expect(fonts.allSatisfy { $0.embedded }, "\(fonts)")
        #expect(fonts.contains { $0.name.hasSuffix("cwTeXMing") && $0.type == "CID TrueType" }, "\(fonts)")
    }

    /// Made from the public pages alone: no personal row, no applicant, no internal link.
    func holdsNothingConfidential(_ pdf: String, workspace: Workspace) throws {
        let text = try PrintTests.text(pdf, layout: false)
        try workspace.write("pdf-text/plan.txt", text)
        let personal = try ExampleTablesTests.personalValues()
        #expect(ExampleTablesTests.personalValuesFound(in: "pdf-text", of: workspace, among: personal) == [])
        let (names, titles, _) = try DossierTreeTests.exampleDossierValues()
        #expect((names + titles).filter { text.contains($0) } == [])
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        #expect(!raw.contains("internal/") && !raw.contains("committee/") && !raw.contains("file://"))
    }

    /// `folio pdf` alone prints the plan besides the committee's PDFs.
    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func pdfWithoutOptionsPrintsThePlanAndTheCommittee() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        // One applicant keeps the test quick: the plan, one dossier and the round's packet.
        // (Its meetings.yaml votes on the applicants removed, so it goes too: no minutes in the packet.)
        for slug in ["chen-zhiming", "wu-jianhong", "huang-shufen"] { try workspace.remove("content/dossiers/115-1/\(slug)") }
        try workspace.remove("content/dossiers/115-1/meetings.yaml")
        let result = try Tools.run(Tools.folio.path, ["pdf"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        // Each language its own PDFs, the English under en/ of the tree its pages are in.
        let pdfs = ["site/public/pdf/plan.pdf", "site/public/en/pdf/plan.pdf",
                    "site/committee/pdf/115-1/lin-yijun.pdf", "site/committee/pdf/115-1/115-1-packet.pdf",
                    "site/committee/en/pdf/115-1/lin-yijun.pdf", "site/committee/en/pdf/115-1/115-1-packet.pdf"]
        #expect(result.stdout == "Wrote 6 PDFs:\n" + pdfs.map { "  \($0)\n" }.joined())
        // The committee's PDFs: fonts embedded, none Type 3.
        for pdf in pdfs.filter({ $0.hasPrefix("site/committee/") }) {
            let fonts = try PDFFonts.read(workspace.path(pdf))
            #expect(!fonts.isEmpty && fonts.allSatisfy { $0.embedded && !$0.type.hasPrefix("Type 3") }, "\(pdf): \(fonts)")
        }
        // The English packet reads in English: its running header, verdict and page numbers.
        let packet = workspace.path("site/committee/en/pdf/115-1/115-1-packet.pdf")
        let packetPages = try PrintTests.pageCount(packet)
        let english = PlanDocumentTests.flattened(try PrintTests.text(packet, layout: false))
        for words in ["Review round 115-1", "Verdict: Meets the requirements", "Confidential · for the committee only", "Page 1 of \(packetPages)", "Page \(packetPages) of \(packetPages)"] {
            #expect(english.contains(words), "the English packet lacks \(words)")
        }
        #expect(!english.contains("第 1 頁") && !english.contains("機密 ·") && !english.contains("符合規定"))
        #expect(PlanDocumentTests.flattened(try PrintTests.text(workspace.path("site/committee/en/pdf/115-1/lin-yijun.pdf"), layout: false)).contains("Verdict: Meets the requirements"))
        // The English pages link their own PDFs, as the zh-Hant pages link theirs.
        #expect(try workspace.read("site/committee/en/dossiers/115-1/lin-yijun.html").contains("<a href=\"../../pdf/115-1/lin-yijun.pdf\" type=\"application/pdf\">Download the PDF</a>"))
        #expect(try workspace.read("site/committee/en/dossiers/115-1/index.html").contains("<a href=\"../../pdf/115-1/115-1-packet.pdf\" type=\"application/pdf\">Download the meeting packet PDF"))
        #expect(try workspace.read("site/committee/dossiers/115-1/index.html").contains("<a href=\"../../pdf/115-1/115-1-packet.pdf\" type=\"application/pdf\">下載會議資料 PDF"))

        // Nothing changed: a second `folio pdf` prints nothing (every page's fingerprint is the one
        // printed) and keeps each PDF byte for byte (Chromium stamps each printing with its time).
        let printed = try pdfs.map { try #require(FileManager.default.contents(atPath: workspace.path($0))) }
        let again = try Tools.run(Tools.folio.path, ["pdf"], in: workspace.root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "Kept 6 PDFs whose page has not changed since it was printed (--force prints again):\n" + pdfs.map { "  \($0)\n" }.joined())
        #expect(!again.stderr.contains("Printing"), "\(again.stderr)")
        #expect(try pdfs.map { try #require(FileManager.default.contents(atPath: workspace.path($0))) } == printed)
        #expect(try workspace.read("site/committee/en/dossiers/115-1/lin-yijun.html").contains("Download the PDF"))
    }

    /// A build swaps in a whole new site; the PDFs `folio pdf` printed stay in it, linked from their
    /// pages, while the page each was printed from is unchanged, and leave with their link once it changes.
    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func printedPDFsStayLinkedUntilTheirPageChanges() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let printing = try Tools.run(Tools.folio.path, ["pdf", "--applicant", "lin-yijun"], in: workspace.root)
        #expect(printing.status == 0, "\(printing.stderr)")
        let pdf = "site/committee/pdf/115-1/lin-yijun.pdf"
        let printed = try #require(FileManager.default.contents(atPath: workspace.path(pdf)))
        let link = "<p class=\"pdf-link screen-only\"><a href=\"../../pdf/115-1/lin-yijun.pdf\" type=\"application/pdf\">下載 PDF</a></p>"
        #expect(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html").contains(link))
        // Another dossier, and the docket (no packet was printed), link nothing.
        #expect(!(try workspace.read("site/committee/dossiers/115-1/huang-shufen.html")).contains("pdf-link"))
        #expect(!(try workspace.read("site/committee/dossiers/115-1/index.html")).contains("pdf-link"))

        // A build that changes nothing of the dossier keeps the PDF, byte for byte, and its link.
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.contents(atPath: workspace.path(pdf)) == printed)
        #expect(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html").contains(link))
        #expect(!workspace.snapshot("site/public").keys.contains { $0.hasSuffix(".pdf") })
        #expect(!workspace.snapshot("site/internal").keys.contains { $0.hasSuffix(".pdf") })

        // A link planted in place of the PDF is never followed into the new site.
        let outside = workspace.path("outside.pdf")
        try workspace.write("outside.pdf", "%PDF-1.4 not the committee's")
        try FileManager.default.removeItem(atPath: workspace.path(pdf))
        try FileManager.default.createSymbolicLink(atPath: workspace.path(pdf), withDestinationPath: outside)
        #expect(try Tools.run(Tools.folio.path, ["build"], in: workspace.root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.path(pdf)))
        #expect(!(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")).contains("pdf-link"))

        // Printed again, then the statement edited: the PDF no longer shows the page, so it goes.
        #expect(try Tools.run(Tools.folio.path, ["pdf", "--applicant", "lin-yijun"], in: workspace.root).status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.path(pdf)))
        let statement = try workspace.read("content/dossiers/115-1/lin-yijun/statement.md")
        try workspace.write("content/dossiers/115-1/lin-yijun/statement.md", statement + "\n補充一段說明。\n")
        #expect(try Tools.run(Tools.folio.path, ["build"], in: workspace.root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.path(pdf)))
        #expect(!(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")).contains("pdf-link"))
    }

    /// The preview keeps a printed PDF and its link while it is current, and drops both after an
    /// edit that changes the PDF's page, as `folio build` would.
    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func thePreviewDropsAPDFWhosePageChanged() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        #expect(try Tools.run(Tools.folio.path, ["pdf", "--applicant", "lin-yijun"], in: workspace.root).status == 0)
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let pdf = workspace.path("site/committee/pdf/115-1/lin-yijun.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf))
        #expect(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html").contains("pdf-link"))
        let statement = "content/dossiers/115-1/lin-yijun/statement.md"
        try workspace.write(statement, try workspace.read(statement) + "\n補充一段說明。\n")
        let report = try session.rebuild(changed: [workspace.path(statement)])
        #expect(!report.incremental)
        #expect(!FileManager.default.fileExists(atPath: pdf))
        #expect(!(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")).contains("pdf-link"))
    }

    /// The page tree is walked in order through nested /Pages nodes, and #-escaped names decoded:
    /// pages 7 0 R, 9 0 R (under node 5) and 11 0 R are pages 1, 2 and 3.
    @Test func destinationsAreReadFromThePageTree() {
        let pdf = """
        %PDF-1.4
        1 0 obj
        <</Type /Catalog
        /Pages 3 0 R
        /Dests 12 0 R>>
        endobj
        3 0 obj
        <</Type /Pages
        /Count 3
        /Kids [5 0 R 11 0 R]>>
        endobj
        5 0 obj
        <</Type /Pages
        /Count 2
        /Kids [7 0 R 9 0 R]>>
        endobj
        7 0 obj
        <</Type /Page
        /Parent 5 0 R>>
        endobj
        9 0 obj
        <</Type /Page
        /Parent 5 0 R>>
        endobj
        11 0 obj
        <</Type /Page
        /Parent 3 0 R>>
        endobj
        12 0 obj
        <</overview [7 0 R /XYZ 6 776 0]
        /indicator-1 [11 0 R /XYZ 6 776 0]
        /a#2Db [9 0 R /XYZ 6 700 0]>>
        endobj
        """
        #expect(PDFDestinations.pageNumbers(in: Data(pdf.utf8)) == ["overview": 1, "indicator-1": 3, "a-b": 2])
        #expect(PDFDestinations.pageNumbers(in: Data("%PDF-1.4\n".utf8)) == [:])
    }

    @Test func aDataAsOfDateIsCheckedLikeEveryDate() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let school = try workspace.read("content/school.yaml")
        try workspace.write("content/school.yaml", school.replacingOccurrences(of: "data_as_of: 115/09/30", with: "data_as_of: 115/13/40"))
        let result = try Tools.run(Tools.folio.path, ["check"], in: workspace.root)
        #expect(result.status == 1)
        let line = try #require(school.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("data_as_of") }) + 1
        #expect(result.stderr.contains("content/school.yaml:\(line):15: error: '115/13/40' is not a date; write it as 115/07/09, 115.07.09, 1150709 or 2026-07-09"), "\(result.stderr)")
    }

    /// A confidential tree's home says whose it is in its <title>; the committee's own pages (rounds,
    /// dockets, dossiers) carry the committee's title in their header, not the plan's.
    @Test func confidentialHomesAndCommitteePagesSayWhoseTheyAre() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let plan = "高等教育深耕計畫（第二期）計畫書"
        let titles = try ["public", "internal", "committee"].map { tree in
            let page = try workspace.read("site/\(tree)/index.html")
            return String(try #require(page.range(of: "<title>[^<]*</title>", options: .regularExpression).map { page[$0] }))
        }
        #expect(titles == ["<title>\(plan) · 國立嵐山科技大學</title>",
                           "<title>內部查核版（機密） · \(plan) · 國立嵐山科技大學</title>",
                           "<title>教師評審委員會版（機密） · \(plan) · 國立嵐山科技大學</title>"])
        let committeeHeader = "<p class=\"site-title\"><a href=\"../../dossiers/index.html\">教師評審委員會 · 升等及新聘審查</a></p>"
        for page in ["dossiers/115-1/lin-yijun.html", "dossiers/115-1/index.html"] {
            let html = try workspace.read("site/committee/\(page)")
            #expect(html.contains(committeeHeader), "\(page)")
            #expect(!html.contains("<p class=\"site-title\"><a href=\"../../index.html\">\(plan)</a></p>"), "\(page)")
        }
        // So do a review level's docket and its minutes, one folder deeper.
        for page in ["dossiers/115-1/levels/college.html", "dossiers/115-1/minutes/college.html"] {
            let html = try workspace.read("site/committee/\(page)")
            #expect(html.contains("<p class=\"site-title\"><a href=\"../../../dossiers/index.html\">教師評審委員會 · 升等及新聘審查</a></p>"), "\(page)")
        }
        // The plan's own pages keep the plan's title, in every tree.
        #expect(try workspace.read("site/committee/indicators/01.html").contains("<p class=\"site-title\"><a href=\"../index.html\">\(plan)</a></p>"))
    }

    /// 資料截止日 is on every page of the three trees.
    @Test func theDataAsOfDateIsOnEveryPage() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        var pages = 0
        for tree in ["public", "internal", "committee"] {
            for (path, data) in workspace.snapshot("site/\(tree)") where path.hasSuffix(".html") {
                pages += 1
                // 115/09/30 is 30 September 2026 (115 + 1911): the English pages write it so.
                let line = path.hasPrefix("en/") ? "Data as of 30 Sep 2026" : "資料截止日 115/09/30"
                #expect(String(decoding: data, as: UTF8.self).contains("<p class=\"data-as-of\">\(line)</p>"), "\(tree)/\(path)")
            }
        }
        #expect(pages == 2 * 86)
    }
}

/// `pdffonts` as rows: name, type, embedded.
enum PDFFonts {
    struct Font: CustomStringConvertible {
        var name: String
        var type: String
        var embedded: Bool
        var description: String { "\(name) (\(type)\(embedded ? "" : ", not embedded"))" }
    }

    static func read(_ pdf: String) throws -> [Font] {
        let output = try Tools.run("pdffonts", [pdf]).stdout
        let lines = output.split(separator: "\n").map(String.init)
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("---") }) else { return [] }
        // Columns are fixed-width: name (37), type (18), encoding (17), then emb.
        return lines[(rule + 1)...].map { line in
            let characters = Array(line)
            func column(_ from: Int, _ length: Int) -> String {
                guard from < characters.count else { return "" }
                return String(characters[from..<min(from + length, characters.count)]).trimmingCharacters(in: .whitespaces)
            }
            return Font(name: column(0, 37), type: column(37, 18), embedded: column(72, 4) == "yes")
        }
    }
}
