import FolioTestSupport
import FolioPromotion
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import FolioSite

/// `folio pdf` through Debian's chromium, checked with poppler-utils as a reader would: the totals
/// are printed, every page carries the running header and 「第 N 頁，共 M 頁」.
@Suite struct PrintTests {
    static var canPrint: Bool { (Tools.has("chromium") && Tools.has("pdftotext") && Tools.has("pdfinfo")) || Tools.isCI }

    static func pageCount(_ pdf: String) throws -> Int {
        let info = try Tools.run("pdfinfo", [pdf])
        let line = try #require(info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    }

    static func text(_ pdf: String, page: Int? = nil, layout: Bool = true) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try Tools.run("pdftotext", range + (layout ? ["-layout"] : []) + [pdf, "-"]).stdout
    }

    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func aDossierPrintsWithItsTotalsAndTheRunningHeaderOnEveryPage() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["pdf", "--applicant", "lin-yijun"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        // The site is written in zh-Hant and English: the English dossier under the committee tree's en/.
        #expect(result.stdout == "Wrote 2 PDFs:\n  site/committee/pdf/115-1/lin-yijun.pdf\n  site/committee/en/pdf/115-1/lin-yijun.pdf\n")
        let pdf = workspace.path("site/committee/pdf/115-1/lin-yijun.pdf")
        let pages = try Self.pageCount(pdf)
        #expect((3...30).contains(pages))
        #expect(try Tools.run("pdfinfo", [pdf]).stdout.contains("594.96 x 841.92 pts (A4)"))

        let assessment = try ScoreReport.assess(folder: workspace.path("content/dossiers/115-1/lin-yijun"))
        let whole = try Self.text(pdf)
        for total in [assessment.teaching.total, assessment.service.total, assessment.research.total] {
            #expect(whole.contains(total.value.pointsText), "\(total.explanation)")
        }
        #expect(whole.contains("教學計分 = 100×20% + 100×15% + 51×15% + 67×10% + 90×20% + 83.5×20% = 84.05"))
        for page in 1...pages {
            let text = try Self.text(pdf, page: page)
            #expect(text.contains("林怡君（醫學檢驗生物技術學系）升等 助理教授 → 副教授 · 審查梯次 115-1"), "page \(page)")
            #expect(text.contains("機密 · 僅供委員會審議使用"), "page \(page)")
            #expect(text.contains("第 \(page) 頁，共 \(pages) 頁"), "page \(page)")
            // No navigation on paper.
            #expect(!text.contains("共同績效指標"), "page \(page)")
        }
        // 機密 once on the first page (the margin box; the site header's mark is not printed), and the
        // collapsed list of papers that are not main papers printed open: paper cannot be clicked.
        #expect(try Self.text(pdf, page: 1).components(separatedBy: "機密").count - 1 == 1)
        let lines = try Self.text(pdf, layout: false).split(separator: "\n").map(String.init)
        let others = try #require(lines.firstIndex(of: "未列主論文之論文"))
        #expect(others + 1 < lines.count && lines[others + 1].contains("）："), "the list under 未列主論文之論文 did not print: \(lines[others + 1])")
        // The PDFs belong to the committee: nothing of them in the public tree.
        #expect(!workspace.snapshot("site/public").keys.contains { $0.hasSuffix(".pdf") })

        // The English dossier: its running header, mark and page numbers in English on every page.
        let english = workspace.path("site/committee/en/pdf/115-1/lin-yijun.pdf")
        let englishPages = try Self.pageCount(english)
        for page in 1...englishPages {
            // In content-stream order (-raw): the header and the mark each wrap in their margin boxes,
            // which -layout would interleave line by line.
            let raw = try Tools.run("pdftotext", ["-raw", "-f", "\(page)", "-l", "\(page)", english, "-"]).stdout
            let text = PlanDocumentTests.flattened(raw)
            // A CSS string cannot mark a Chinese name as Chinese: the English header names the applicant by the dossier's folder.
            #expect(text.hasPrefix("lin-yijun (Department of Medical Laboratory Science and Biotechnology), Promotion: Assistant Professor → Associate Professor · Review round 115-1 Confidential · for the committee only"), "page \(page): \(text.prefix(200))")
            #expect(text.contains("Page \(page) of \(englishPages)"), "page \(page)")
            // (The applicant's statement stays in Chinese, marked so: the page frame is what must be English.)
            #expect(!text.contains("第 \(page) 頁") && !text.contains("機密 ·"), "page \(page)")
        }
    }

    /// The packet's sections in order: the docket, each dossier, each level's minutes draft.
    static let packetHeaders = ["審查梯次 115-1 · 會議審查總表", "黃淑芬（職能治療學系）", "林怡君（醫學檢驗生物技術學系）",
                                "審查梯次 115-1 · 系教評會初審 · 會議紀錄（草稿）", "審查梯次 115-1 · 院教評會複審 · 會議紀錄（草稿）"]

    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func aRoundPrintsAsOnePacketWithTheDocketFirst() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        // Two applicants keep the test quick: one dossier PDF each and the packet.
        try workspace.remove("content/dossiers/115-1/chen-zhiming")
        try workspace.remove("content/dossiers/115-1/wu-jianhong")
        // The round's meetings of the two left: both levels' minutes follow the dossiers in the packet.
        try workspace.write("content/dossiers/115-1/meetings.yaml", """
            meetings:
              - {level: department, committee: 系教評會, meeting: 第 2 次會議, date: 115/10/20, present: 9, votes: [{applicant: lin-yijun, agree: 7, disagree: 2, invalid: 0, decision: pass}, {applicant: huang-shufen, agree: 6, disagree: 3, invalid: 0, decision: pass}]}
              - {level: college, committee: 院教評會, meeting: 第 1 次會議, date: 115/11/10, present: 15, votes: [{applicant: lin-yijun, agree: 10, disagree: 5, invalid: 0, decision: pass}]}

            """)
        // The packet's order is the same in every language: zh-Hant alone keeps the test quick.
        let school = try workspace.read("content/school.yaml")
        try workspace.write("content/school.yaml", school.replacingOccurrences(of: "languages: [zh-Hant, en]", with: "languages: [zh-Hant]"))
        let result = try Tools.run(Tools.folio.path, ["pdf", "--round", "115-1"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let packet = workspace.path("site/committee/pdf/115-1/115-1-packet.pdf")
        let dossierPages = try ["huang-shufen", "lin-yijun"].map { try Self.pageCount(workspace.path("site/committee/pdf/115-1/\($0).pdf")) }
        let pages = try Self.pageCount(packet)
        #expect(pages > dossierPages.reduce(0, +))
        // The docket on a landscape page first, then each dossier under its own running header.
        #expect(try Tools.run("pdfinfo", ["-f", "1", "-l", "1", packet]).stdout.contains("841.92 x 594.96 pts (A4)"))
        var headers: [String] = []
        for page in 1...pages {
            let text = try Self.text(packet, page: page)
            #expect(text.contains("機密 · 僅供委員會審議使用") && text.contains("第 \(page) 頁，共 \(pages) 頁"), "page \(page)")
            // The running header is the page's first line (the top-left margin box).
            let first = try Self.text(packet, page: page, layout: false).split(separator: "\n").first.map(String.init) ?? ""
            let header = Self.packetHeaders.first { first.hasPrefix($0) }
            #expect(header != nil, "page \(page) has no running header")
            if let header, headers.last != header { headers.append(header) }
        }
        #expect(headers == Self.packetHeaders)
        // What only a screen can do (re-sorting by a column heading) is not offered on paper.
        let docket = try Self.text(packet, page: 1, layout: false).replacingOccurrences(of: "\n", with: "")
        #expect(docket.contains("點選姓名檢視完整資料") && !docket.contains("點選欄位標題可重新排序"))
    }

    /// A provenance page (personal data) printed from the browser as it is: 機密 and 「第 N 頁，共 M 頁」
    /// on every page, not on the first alone.
    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func aProvenancePagePrintsConfidentialOnEveryPage() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        let chromium = try #require(PDFPrinter.findChromium())
        let pdf = URL(fileURLWithPath: workspace.path("provenance.pdf"))
        try PDFPrinter(chromium: chromium).print(URL(fileURLWithPath: workspace.path("site/internal/provenance/2-1-114.html")), to: pdf)
        let pages = try Self.pageCount(pdf.path)
        #expect(pages > 3)
        for page in 1...pages {
            let text = try Self.text(pdf.path, page: page)
            #expect(text.contains("機密 · 內部查核用，含個人資料，不得公開"), "page \(page)")
            #expect(text.contains("第 \(page) 頁，共 \(pages) 頁"), "page \(page)")
        }
    }

    /// `folio pdf` keeps the output's lock from its build to its last PDF, so another build cannot
    /// swap the committee tree out from under Chromium: while it prints, the lock is taken.
    @Test(.enabled(if: canPrint, "needs Debian's chromium and poppler-utils (scripts/bootstrap --test)"))
    func printingHoldsTheOutputLockUntilTheLastPDF() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let printing = try BackgroundProcess(Tools.folio.path, ["pdf", "--applicant", "lin-yijun"], in: workspace.root)
        defer { printing.stop() }
        #expect(printing.waitFor("Printing site/committee/pdf/115-1/lin-yijun.pdf", seconds: 120))
        let lockFile = workspace.path(".site.lock")
        let descriptor = open(lockFile, O_RDWR)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        if printing.process.isRunning {
            #expect(flock(descriptor, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK, "folio pdf printed without holding .site.lock")
        }
        printing.process.waitUntilExit()
        #expect(printing.process.terminationStatus == 0, "\(printing.output)")
        // Once it is done, the lock is free again.
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
    }

    @Test func withoutChromiumTheErrorNamesThePackage() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["pdf"], in: workspace.root, environment: ["PATH": workspace.path("no-such-folder")])
        #expect(result.status == 1)
        #expect(result.stderr == "error: folio pdf needs Chromium: install Debian's 'chromium' package (apt-get install chromium)\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site")))
    }

    @Test func runningHeadersAreSafeCSSStrings() {
        #expect(PrintStyle.string("林\"x\\y</style>") == "\"林\\\"x\\\\y\\3C /style>\"")
        #expect(PrintStyle.pageNumberContent("第 {page} 頁，共 {pages} 頁") == "\"第 \" counter(page) \" 頁，共 \" counter(pages) \" 頁\"")
        #expect(PrintStyle.pageNumberContent("Page {page} of {pages}") == "\"Page \" counter(page) \" of \" counter(pages)")
    }
}
