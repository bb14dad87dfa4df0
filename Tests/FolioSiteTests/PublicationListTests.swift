import FolioCore
import FolioPromotion
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Issue 13, the full publication list: applicants submit their whole 著作目錄, so a record dated
/// before its window is listed, not counted, with the reason, on the dossier page, in `folio score`
/// and in `--json`; a record dated after the application date is still an error.
@Suite("The full publication list (issue 13)")
struct PublicationListTests {
    static let folder = "content/dossiers/115-1/lin-yijun"

    /// The example (applying 115/09/15: research window 108/09/15–115/09/15, service AY 110–114) with one record of
    /// each kind from before its window appended.
    static let oldPaper = "107/05/01,Early rifampicin resistance survey,Journal of Old Results,original,1,no,,8,,SCI,yes,assistant_professor,,\n"
    static let oldRecords = """

        transfers:
          - {title: 舊技轉授權, date: 107/11/30, amount: 600000, share: 1}

        industry:
          - {title: 舊產學計畫, closed: 107/06/30, amount: 800000, external_funder: true}

        """

    static func workspaceWithOldRecords() throws -> Workspace {
        let workspace = try Workspace()
        let yaml = "\(folder)/dossier.yaml", csv = "\(folder)/papers.csv"
        var text = try workspace.read(yaml)
        text = text.replacingOccurrences(of: "  - {title: 血糖機準確度之比較研究, start: 113/07/01}\n",
                                         with: "  - {title: 血糖機準確度之比較研究, start: 113/07/01}\n  - {title: 舊大專生計畫, start: 107/07/01}\n")
        text = text.replacingOccurrences(of: "  - {title: 結核菌抗藥性快速檢測套組, country: ROC, granted: 114/03/01, share: 0.5}\n",
                                         with: "  - {title: 結核菌抗藥性快速檢測套組, country: ROC, granted: 114/03/01, share: 0.5}\n  - {title: 舊專利, country: ROC, granted: 107/03/01, share: 1}\n")
        text = text.replacingOccurrences(of: "service:                   # 第 6 條第 2 項, per academic year\n",
                                         with: "service:                   # 第 6 條第 2 項, per academic year\n  - year: 108\n    items:\n      - {item: committee_member}\n")
        text = text.replacingOccurrences(of: "end: 114/07/31}\n", with: "end: 114/07/31}\n  - {title: 舊國科會計畫, agency: 國科會, start: 105/08/01, end: 106/07/31}\n")
        text += oldRecords
        try workspace.write(yaml, text)
        try workspace.write(csv, try workspace.read(csv) + oldPaper)
        return workspace
    }

    @Test func recordsBeforeTheirWindowsAreListedNotCounted() throws {
        let workspace = try Self.workspaceWithOldRecords()
        defer { workspace.cleanUp() }
        let shelf = try DossierTestSupport.shelf()
        let original = try ScoreReport.assess(folder: DossierTestSupport.example("lin-yijun"), shelf: shelf)
        let a = try ScoreReport.assess(folder: workspace.path(Self.folder), shelf: shelf)

        // Nothing counts: every total is the example's. The old paper would score 30 × 3 = 90 (p 8, first author);
        // the transfer 600,000 and the project 800,000 would each reach a band; the student grant 5; the patent 80 × 1 = 80;
        // the AY 108 committee seat 1.
        #expect(a.research.total.value == original.research.total.value)
        #expect(a.research.papersTotal.value == original.research.papersTotal.value)
        #expect(a.service.total.value == original.service.total.value)
        #expect(a.passes == original.passes)
        let window = FigureReason.outsideWindow(years: 7, from: RocDate(parsing: "108/09/15")!, to: RocDate(parsing: "115/09/15")!)
        let paper = try #require(a.research.papers.first { $0.paper.title == "Early rifampicin resistance survey" })
        #expect(!paper.counted && paper.points.value == 0 && paper.outsideWindow == window && paper.pointsIfCounted == 90)
        #expect(a.research.studentGrants.last?.reason == window)
        #expect(a.research.patents.last?.reason == window)
        #expect(a.research.transfers.map(\.reason) == [window])
        #expect(a.research.industry.map(\.reason) == [window])
        let service = try #require(a.service.years.first)
        #expect(service.academicYear == 108 && service.subtotal == 0)
        #expect(service.lines.map(\.reason) == [.outsideAcademicYears(count: 5, first: 110, last: 114)])
        // A government grant with no project year in R-G7's 5 years (110/09/15–115/09/15): listed, the count unchanged.
        #expect(a.grants.count == original.grants.count)
        #expect(a.grants.lines.last?.reason == .outsideWindow(years: 5, from: RocDate(parsing: "110/09/15")!, to: RocDate(parsing: "115/09/15")!))

        // `folio score`: each listed with its reason.
        let terminal = TerminalReport.render(a)
        for line in [
            "    • 大專生研究計畫「舊大專生計畫」 107/07/01，不計分；不在近 7 年內 (108/09/15–115/09/15)  [R-R5] ",
            "    • 專利「舊專利」 107/03/01，不計分；不在近 7 年內 (108/09/15–115/09/15)  [R-R6] ",
            "    • 技轉「舊技轉授權」 107/11/30，不計分；不在近 7 年內 (108/09/15–115/09/15)  [R-R7] ",
            "    • 產學計畫「舊產學計畫」 107/06/30，不計分；不在近 7 年內 (108/09/15–115/09/15)  [R-R8] ",
            "    • 108 學年度（1 項）；不在近 5 學年度內 (110–114)  [R-S1, R-S2] ",
            "    • 「舊國科會計畫」（國科會，105/08/01–106/07/31）不計；不在近 5 年內 (110/09/15–115/09/15)  [R-G7] ",
            "    • Early rifampicin resistance survey：不計分：不在近 7 年內 (108/09/15–115/09/15)；不採計  [R-R1, I-1, R-R2, I-3] ",
        ] {
            #expect(terminal.contains(line), "\(line)")
        }

        // --json: the code and its parameters.
        let json = try JSONReport.render(a)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let research = try #require(root["research"] as? [String: Any])
        // Typed parameters (issue 12): the count an integer, the dates ISO 8601 (ROC 108 + 1911 = 2019).
        let parameters = ["years": 7, "from": "2019-09-15", "to": "2026-09-15"] as NSDictionary
        for key in ["student_grants", "patents", "transfers", "industry"] {
            let figure = try #require((research[key] as? [[String: Any]])?.last, "\(key)")
            #expect(figure["reason"] as? String == "outside_window", "\(key)")
            #expect(figure["reason_parameters"] as? NSDictionary == parameters, "\(key)")
            #expect(figure["value"] as? Double == 0, "\(key)")
        }
        let papers = try #require(research["papers"] as? [[String: Any]])
        let listed = try #require(papers.first { $0["title"] as? String == "Early rifampicin resistance survey" })
        #expect(listed["counted"] as? Bool == false)
        let notCounted = try #require(listed["not_counted"] as? [String: Any])
        #expect(notCounted["code"] as? String == "outside_window")
        #expect(notCounted["parameters"] as? NSDictionary == parameters)
        #expect(papers.filter { $0["not_counted"] != nil }.count == 1)
        let years = try #require((root["service"] as? [String: Any])?["years"] as? [[String: Any]])
        let line = try #require((years.first?["lines"] as? [[String: Any]])?.first)
        #expect(line["reason"] as? String == "outside_academic_years")
        #expect(line["reason_parameters"] as? NSDictionary == ["count": 5, "first": "110", "last": "114"] as NSDictionary)

        // The dossier page: the same reasons from the label files (each rule id linked to the published
        // rules), and the chart hatches the old paper's 90 as not counted.
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        for fragment in [
            "大專生研究計畫「舊大專生計畫」 107/07/01，不計分 <span class=\"figure-reason\">不在近 7 年內 (108/09/15–115/09/15)</span> <span class=\"rule\"><a href=\"../../docs/promotion-rules.html#R-R5\">R-R5</a></span>",
            "專利「舊專利」 107/03/01，不計分 <span class=\"figure-reason\">不在近 7 年內 (108/09/15–115/09/15)</span> <span class=\"rule\"><a href=\"../../docs/promotion-rules.html#R-R6\">R-R6</a></span>",
            "技轉「舊技轉授權」 107/11/30，不計分 <span class=\"figure-reason\">不在近 7 年內 (108/09/15–115/09/15)</span> <span class=\"rule\"><a href=\"../../docs/promotion-rules.html#R-R7\">R-R7</a></span>",
            "產學計畫「舊產學計畫」 107/06/30，不計分 <span class=\"figure-reason\">不在近 7 年內 (108/09/15–115/09/15)</span> <span class=\"rule\"><a href=\"../../docs/promotion-rules.html#R-R8\">R-R8</a></span>",
            "108 學年度（1 項） <span class=\"figure-reason\">不在近 5 學年度內 (110–114)</span> <span class=\"rule\"><a href=\"../../docs/promotion-rules.html#R-S1\">R-S1</a>, <a href=\"../../docs/promotion-rules.html#R-S2\">R-S2</a></span>",
            "<span class=\"count-reason\">不在近 7 年內 (108/09/15–115/09/15)</span>",
            "「舊國科會計畫」（國科會，105/08/01–106/07/31）不計 <span class=\"figure-reason\">不在近 5 年內 (110/09/15–115/09/15)</span> <span class=\"rule\"><a href=\"../../docs/promotion-rules.html#R-G7\">R-G7</a></span>",
        ] {
            #expect(page.contains(fragment), "\(fragment)")
        }
        // 107: no paper counted (0), one not counted, 90 hatched: its bar label reads 0+90.
        #expect(page.contains("107年 採計 0 篇 0、未採計 1 篇 90"))
        #expect(page.contains(">0+90<"))
    }

    @Test func aRecordAfterTheApplicationDateIsStillAnError() throws {
        // Dated 115/10/01, after the application date 115/09/15: impossible, so an error at its line (papers.csv line 15,
        // after the header and 13 papers); the student grant likewise at its dossier.yaml line.
        let yaml = try String(contentsOfFile: "\(DossierTestSupport.example("lin-yijun"))/dossier.yaml", encoding: .utf8)
            .replacingOccurrences(of: "  - {title: 血糖機準確度之比較研究, start: 113/07/01}\n",
                                  with: "  - {title: 血糖機準確度之比較研究, start: 113/07/01}\n  - {title: 未來計畫, start: 115/10/01}\n")
        let csv = try String(contentsOfFile: "\(DossierTestSupport.example("lin-yijun"))/papers.csv", encoding: .utf8)
            + "115/10/01,A paper from the future,Journal of Next Year,original,1,no,,8,,SCI,yes,assistant_professor,,\n"
        let folder = try DossierTestSupport.folder(yaml: yaml, csv: csv)
        #expect(DossierTestSupport.diagnostics(folder, shelf: try DossierTestSupport.shelf()) == [
            "D/dossier.yaml:98:5: error: student grant '未來計畫' dated 115/10/01 is after the application date 115/09/15; correct the date",
            "D/papers.csv:15:1: error: paper 'A paper from the future' dated 115/10/01 is after the application date 115/09/15; correct the date",
        ])
    }
}
