import FolioCore
import FolioPromotion
import FolioSite
import Foundation
import Testing

@Suite("Dossier loading: every malformed value is an error at its file:line")
struct DossierLoadingTests {
    let shelf: RulebookShelf

    init() throws { shelf = try DossierTestSupport.shelf() }

    func errors(yaml: String = DossierTestSupport.validYAML, papers: String = "") throws -> [String] {
        let folder = try DossierTestSupport.folder(yaml: yaml, csv: DossierTestSupport.papersHeader + papers)
        return DossierTestSupport.diagnostics(folder, shelf: shelf)
    }

    /// One valid paper row (line 2 of papers.csv when first).
    static let goodRow = "113/01/01,A valid paper,J Test,original,1,no,,30,2.0,SCI,yes,assistant_professor,\n"

    @Test func aValidDossierLoads() throws {
        #expect(try errors(papers: DossierLoadingTests.goodRow) == [])
    }

    @Test func percentileOutsideZeroToHundred() throws {
        #expect(try errors(papers: "113/01/01,P,J,original,1,no,,140,2.0,SCI,yes,assistant_professor,\n")
                == ["D/papers.csv:2:30: error: percentile 140 is outside 0–100; write the journal's rank in its field as a percentage (smaller is better)"])
    }

    @Test func authorPositionZero() throws {
        #expect(try errors(papers: "113/01/01,P,J,original,0,no,,30,2.0,SCI,yes,assistant_professor,\n")
                == ["D/papers.csv:2:24: error: author position must be a whole number from 1 (first author), found '0'"])
    }

    @Test func unknownPaperType() throws {
        #expect(try errors(papers: "113/01/01,P,J,orginal,1,no,,30,2.0,SCI,yes,assistant_professor,\n")
                == ["D/papers.csv:2:15: error: unknown paper type 'orginal'; did you mean 'original'?"])
        #expect(try errors(papers: "113/01/01,P,J,poster,1,no,,30,2.0,SCI,yes,assistant_professor,\n")
                == ["D/papers.csv:2:15: error: unknown paper type 'poster'; use one of original, invited_review, short_report, general_review, editorial, case_report, letter, master_thesis, doctoral_thesis"])
    }

    @Test func unknownDepartment() throws {
        let yaml = DossierTestSupport.validYAML.replacingOccurrences(of: "醫學檢驗生物技術學系", with: "牙醫學系")
        #expect(try errors(yaml: yaml)
                == ["D/dossier.yaml:2:13: error: unknown department '牙醫學系'; write one of 公共衛生學系、物理治療學系、職能治療學系、醫務管理暨醫療資訊學系、醫學影像暨放射科學系、醫學檢驗生物技術學系 (R-C1)"])
    }

    @Test func negativeAmount() throws {
        let yaml = DossierTestSupport.validYAML.replacingOccurrences(of: "transfers: []", with: "transfers: [{title: T, date: 113/01/01, amount: -300000}]")
        #expect(try errors(yaml: yaml) == ["D/dossier.yaml:9:49: error: 'transfers[0].amount' is negative (-300000); an amount in NT$ cannot be below 0"])
    }

    @Test func serviceYearOutsideItsWindow() throws {
        // The full record (issue 13): a year before AY 110–114 is listed, not counted; one after the application's is an error.
        let before = DossierTestSupport.validYAML.replacingOccurrences(of: "- year: 113", with: "- year: 108")
        #expect(try errors(yaml: before) == [])
        let after = DossierTestSupport.validYAML.replacingOccurrences(of: "- year: 113", with: "- year: 116")
        #expect(try errors(yaml: after) == ["D/dossier.yaml:11:5: error: service for academic year 116 is after the application date 115/09/15 (academic year 115); correct the year"])
    }

    @Test func teachingSemesterOutsideItsWindow() throws {
        // 111-2 is before the window 112-1–114-2: listed, not counted, no error of its own (the semesters of the window
        // this list lacks are errors, MissingSemesterTests). 116-1 begins after the application date: an error.
        let before = DossierTestSupport.validYAML + "teaching:\n  evaluations:\n    - {semester: 111-2, average: 5.5}\n"
        #expect(try errors(yaml: before).filter { $0.contains("111-2") && !$0.contains("has no record") } == [])
        let after = DossierTestSupport.validYAML + "teaching:\n  evaluations:\n    - {semester: 116-1, average: 5.5}\n"
        #expect(try errors(yaml: after).filter { $0.contains("after the application date") }
                == ["D/dossier.yaml:16:7: error: a teaching evaluation for semester 116-1 is after the application date 115/09/15 (the semester begins 116/08/01); correct its semester"])
    }

    @Test func paperOutsideItsWindow() throws {
        // Before 108/09/15: listed, not counted (PublicationListTests); after 115/09/15: an error at its row.
        #expect(try errors(papers: "108/01/01,Old,J,original,1,no,,30,2.0,SCI,yes,assistant_professor,\n") == [])
        #expect(try errors(papers: "115/09/16,Later,J,original,1,no,,30,2.0,SCI,yes,assistant_professor,\n")
                == ["D/papers.csv:2:1: error: paper 'Later' dated 115/09/16 is after the application date 115/09/15; correct the date"])
    }

    @Test func duplicatedPaper() throws {
        let duplicate = "114/02/02,A Valid Paper.,J Test,original,2,no,,30,2.0,SCI,yes,assistant_professor,\n"
        #expect(try errors(papers: DossierLoadingTests.goodRow + duplicate)
                == ["D/papers.csv:3:1: error: paper 'A Valid Paper.' is listed twice (first at line 2); remove the duplicate row"])
    }

    @Test func unknownColumnAndUnknownKey() throws {
        let folder = try DossierTestSupport.folder(
            yaml: DossierTestSupport.validYAML + "appplicant_note: x\n",
            csv: DossierTestSupport.papersHeader.replacingOccurrences(of: ",representative", with: ",represntative"))
        #expect(DossierTestSupport.diagnostics(folder, shelf: shelf) == [
            "D/dossier.yaml:14:1: error: unknown key 'appplicant_note'; the keys allowed here are 'applicant', 'department', 'paper_conditions_category', 'application', 'current_rank', 'current_rank_since', 'applied_rank', 'application_date', 'applying_with_degree', 'degree', 'studied_abroad_years', 'attending_physician', 'secondment', 'pregnancy_or_birth', 'teaching_hours', 'external_review', 'teaching', 'excluded_semesters', 'service', 'grants', 'student_grants', 'patents', 'transfers', 'industry', 'industry_band_granted', 'claimed'",
            "D/papers.csv:1:131: error: unknown column 'represntative'; did you mean 'representative'?",
        ])
    }

    @Test func badDatesInEitherFormat() throws {
        #expect(try errors(papers: "113/13/01,P,J,original,1,no,,30,2.0,SCI,yes,assistant_professor,\n")
                == ["D/papers.csv:2:1: error: '113/13/01' is not a date; write it as 115/07/09, 115.07.09, 1150709 or 2026-07-09"])
        // ROC and ISO spellings of the same day load alike.
        #expect(try errors(papers: "1130101,P1,J,original,1,no,,30,2.0,SCI,yes,assistant_professor,\n2024-01-02,P2,J,original,1,no,,30,2.0,SCI,yes,assistant_professor,\n113.01.03,P3,J,original,1,no,,30,2.0,SCI,yes,assistant_professor,\n") == [])
    }

    @Test func everyErrorIsReportedAtOnce() throws {
        let rows = "113/01/01,P,J,original,0,no,,140,2.0,SCI,yes,assistant_professor,\n113/01/01,Q,J,poster,1,no,,30,-2,XYZ,yes,assistant_professor,\n"
        // Line 2: author position 0 (column 24), percentile 140 (column 30); line 3: type poster
        // (column 15), impact factor -2 (column 31), index XYZ (column 34). All five, in reading order.
        #expect(try errors(papers: rows) == [
            "D/papers.csv:2:24: error: author position must be a whole number from 1 (first author), found '0'",
            "D/papers.csv:2:30: error: percentile 140 is outside 0–100; write the journal's rank in its field as a percentage (smaller is better)",
            "D/papers.csv:3:15: error: unknown paper type 'poster'; use one of original, invited_review, short_report, general_review, editorial, case_report, letter, master_thesis, doctoral_thesis",
            "D/papers.csv:3:31: error: impact factor cannot be negative, found -2",
            "D/papers.csv:3:34: error: unknown index 'XYZ'; use one of SCI, SSCI, EI, TSSCI, TJOT, TJPT, TMEJ, THESIS, OTHER",
        ])
    }

    @Test func csvQuotingBOMAndLineNumbers() {
        let sink = DiagnosticSink()
        let text = "\u{FEFF}a,b\n1,\"x, \"\"quoted\"\"\nsecond line\"\n\n3,4\n"
        let table = CSVTable.read(Data(text.utf8), file: "t.csv", sink: sink)
        #expect(table?.header == ["a", "b"])
        #expect(table?.rows.map(\.line) == [2, 5])
        #expect(table?.rows.first?.fields == ["1", "x, \"quoted\"\nsecond line"])
        let broken = DiagnosticSink()
        _ = CSVTable.parse("a\n\"open\n", file: "t.csv", sink: broken)
        #expect(broken.diagnostics.map(\.description) == ["t.csv:2:1: error: this quoted field is never closed; add the closing \" (a quote inside a field is written \"\")"])
    }

    @Test func terminalColumnsCountCJKAsTwo() {
        #expect(TextTable.width(of: "教學能力") == 8)
        #expect(TextTable.width(of: "IF>5") == 4)
        #expect(TextTable.width(of: "前10%") == 5)
        var table = TextTable([("指標", .left), ("分數", .right)])
        table.add(["教學能力", "20"])
        table.add(["IF", "7.65"])
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(Set(lines.map { TextTable.width(of: $0) }).count == 1)   // every line ends at the same column
    }
}
