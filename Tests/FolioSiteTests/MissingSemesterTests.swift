import FolioCore
import FolioPromotion
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Issue 16 from the files' end: the example dossier with a semester deleted, `excluded_semesters`
/// as written in dossier.yaml, I-14 in the shipped rulebooks, and what the page and `folio score` show.
@Suite("Missing and excluded semesters in dossier.yaml (issue 16, I-14)")
struct MissingSemesterTests {
    let shelf: RulebookShelf
    init() throws { shelf = try DossierTestSupport.shelf() }

    static let example = DossierTestSupport.example("lin-yijun")

    static func exampleYAML() throws -> String {
        try String(contentsOfFile: "\(example)/dossier.yaml", encoding: .utf8)
    }

    static func examplePapers() throws -> String {
        try String(contentsOfFile: "\(example)/papers.csv", encoding: .utf8)
    }

    /// The example with `edit` applied, in a scratch applicant folder.
    static func editedExample(_ edit: (String) -> String) throws -> String {
        let yaml = try exampleYAML()
        let edited = edit(yaml)
        #expect(edited != yaml, "the edit must change the example")
        return try DossierTestSupport.folder(yaml: edited, csv: try examplePapers())
    }

    static func removing(_ line: String) -> (String) -> String {
        { $0.replacingOccurrences(of: line + "\n", with: "") }
    }

    /// The example with 113-1 excluded (abroad): its R-T2, R-T3 and R-T5 lines removed and its two R-T3/R-T6
    /// items moved to 113-2; with `earlier`, records for 111-2 added (what extend_window asks for).
    static func abroadIn1131(earlier: Bool) -> (String) -> String {
        { yaml in
            var text = yaml
                .replacingOccurrences(of: "    - {semester: 113-1, average: 5.20}\n", with: earlier ? "    - {semester: 111-2, average: 5.45}\n" : "")
                .replacingOccurrences(of: "    - {semester: 113-1, points: 6, base: 4}\n", with: earlier ? "    - {semester: 111-2, points: 12, base: 4}\n" : "")
                .replacingOccurrences(of: "    - {semester: 113-1, syllabus: on_time, grades: on_time}\n",
                                      with: earlier ? "    - {semester: 111-2, syllabus: on_time, grades: on_time}\n" : "")
                .replacingOccurrences(of: "{item: community_member, semester: 113-1", with: "{item: community_member, semester: 113-2")
                .replacingOccurrences(of: "{item: graduate_research, semester: 113-1", with: "{item: graduate_research, semester: 113-2")
            text = text.replacingOccurrences(of: "external_review: [82, 80, 79, 78, 74]   # R-G2: 4 of 5 at or above 78\n", with: """
                external_review: [82, 80, 79, 78, 74]   # R-G2: 4 of 5 at or above 78
                excluded_semesters:
                  - {semester: 113-1, reason: 出國進修, note: 約翰霍普金斯大學訪問學者}

                """)
            return text
        }
    }

    /// The shipped rulebooks with I-14 set to `shrink`.
    static func shrinkShelf() throws -> RulebookShelf {
        let folder = DossierTestSupport.packageRoot.appendingPathComponent("Sources/FolioSite/Resources/rulebooks")
        let sink = DiagnosticSink()
        var versions: [Rulebook] = []
        for name in ["kmu-health-2020-07-23.yaml", "kmu-health-before-2020-07-23.yaml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let shrink = text.replacingOccurrences(of: "  excluded_semesters: extend_window\n", with: "  excluded_semesters: shrink\n")
            #expect(shrink != text)
            if let rulebook = RulebookLoader.load(shrink, file: name, sink: sink) { versions.append(rulebook) }
        }
        #expect(sink.diagnostics.map(\.description) == [])
        return RulebookShelf(versions)
    }

    // MARK: A deleted line is an error at its list

    @Test func rT3_theIssuesExample() throws {
        // The issue: deleting 113-1 from growth scored 83.60 in silence (84.05 − 113-1's 3 × 15%).
        let folder = try Self.editedExample(Self.removing("    - {semester: 113-1, points: 6, base: 4}"))
        #expect(DossierTestSupport.diagnostics(folder, shelf: shelf) == [
            "D/dossier.yaml:33:3: error: 教學成長 has no record for 113-1 (window 112-1…114-2); add '- {semester: 113-1, points: 0, base: 4}' if the teacher took part in nothing (R-T3 scores it −12), or list it under excluded_semesters with the reason",
        ])
    }

    @Test func rT2_aDeletedEvaluation() throws {
        let folder = try Self.editedExample(Self.removing("    - {semester: 113-1, average: 5.20}"))
        #expect(DossierTestSupport.diagnostics(folder, shelf: shelf) == [
            "D/dossier.yaml:26:3: error: 教學評量 has no record for 113-1 (window 112-1…114-2); add '- {semester: 113-1, average: …}' with the semester's valid weighted average (R-T2 scores an average below 4.5 as 0), or list it under excluded_semesters with the reason",
        ])
    }

    @Test func rT5_aDeletedAdminRecord() throws {
        let folder = try Self.editedExample(Self.removing("    - {semester: 114-2, syllabus: on_time, grades: on_time}"))
        #expect(DossierTestSupport.diagnostics(folder, shelf: shelf) == [
            "D/dossier.yaml:40:3: error: 教學行政配合度 has no record for 114-2 (window 112-1…114-2); add '- {semester: 114-2, syllabus: on_time, grades: on_time}' as the registrar's record of that semester shows (R-T5), or list it under excluded_semesters with the reason",
        ])
    }

    @Test func theExampleDossiersAreComplete() throws {
        for name in ["lin-yijun", "chen-zhiming", "huang-shufen", "wu-jianhong"] {
            #expect(DossierTestSupport.diagnostics(DossierTestSupport.example(name), shelf: shelf) == [], "\(name)")
        }
    }

    // MARK: points: 0 scores −12, and the page says why

    @Test func rT3_zeroPointsScoresMinusTwelveOnThePage() throws {
        // 113-1 growth 6 (1.5× → 3) becomes 0 (→ −12): R-T3 A = 51 − 3 − 12 = 36, × 15% = 5.4 instead of 7.65;
        // teaching 84.05 − 2.25 = 81.8.
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let path = "content/dossiers/115-1/lin-yijun/dossier.yaml"
        try workspace.write(path, try workspace.read(path).replacingOccurrences(of: "{semester: 113-1, points: 6, base: 4}", with: "{semester: 113-1, points: 0, base: 4}"))
        let assessment = try ScoreReport.assess(folder: workspace.path("content/dossiers/115-1/lin-yijun"), shelf: shelf)
        #expect(assessment.teaching.indicators.first { $0.kind == .growth }?.raw == 36)
        #expect(assessment.teaching.total.value == Decimal(string: "81.8")!)
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(page.contains("113-1 0 / 基本分數 4 → -12 <span class=\"figure-reason\">未曾參與教師成長系列活動者每學期扣減（教學成長第 6 目）</span>"))
        // The below-base semester of the example (114-2: 3 < 4 → −6) says why too.
        #expect(page.contains("114-2 3 / 基本分數 4 → -6 <span class=\"figure-reason\">參與教師成長系列活動未達規定之基本分數者每學期扣減（教學成長第 5 目）</span>"))
    }

    // MARK: excluded_semesters under each I-14 setting

    @Test func i14_shippedRulebooksExtendTheWindow() throws {
        #expect(shelf.versions.map(\.interpretations.excludedSemesterWindow) == [.extendWindow, .extendWindow])
    }

    @Test func i14_extendWindow_theExampleAbroadIn1131() throws {
        // Window 111-2, 112-1, 112-2, 113-2, 114-1, 114-2 (113-1 out, 111-2 in).
        // R-T2 20+20+20+20+10+20 = 110 → capped 100 × 15% = 15; R-T3 13+13+6.5+13+6.5−6+15 = 61 × 15% = 9.15;
        // R-T5 20+20+20+0+10+20 = 90 × 20% = 18. R-T1 20, R-T4 6.7, R-T6 16.7 unchanged.
        // Teaching = 20 + 15 + 9.15 + 6.7 + 18 + 16.7 = 85.55.
        let folder = try Self.editedExample(Self.abroadIn1131(earlier: true))
        let a = try ScoreReport.assess(folder: folder, shelf: shelf)
        #expect(a.teaching.indicators.map(\.weighted.value) == [20, 15, Decimal(string: "9.15")!, Decimal(string: "6.7")!, 18, Decimal(string: "16.7")!])
        #expect(a.teaching.total.value == Decimal(string: "85.55")!)

        let terminal = try ScoreReport.run(folder: folder, format: .terminal, shelf: shelf).output
        #expect(terminal.contains("  不計入之學期（I-14 extend_window：不計入之學期由更早之學期遞補，採計學期數不變）：\n    • 113-1 出國進修或研究（約翰霍普金斯大學訪問學者）  \(folder)/dossier.yaml:19\n  採計學期：111-2, 112-1, 112-2, 113-2, 114-1, 114-2\n"))
        #expect(terminal.contains("    • 113-1；不計入本學期：出國進修或研究  [I-14] \(folder)/dossier.yaml:19"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(try ScoreReport.run(folder: folder, format: .json, shelf: shelf).output.utf8)) as? [String: Any])
        let window = try #require((json["teaching"] as? [String: Any])?["window"] as? [String: Any])
        #expect(window["semesters"] as? [String] == ["111-2", "112-1", "112-2", "113-2", "114-1", "114-2"])
        #expect(window["setting"] as? String == "extend_window")
        let excluded = try #require(window["excluded"] as? [[String: String]])
        #expect(excluded == [["semester": "113-1", "reason": "study_abroad", "note": "約翰霍普金斯大學訪問學者", "source": "\(folder)/dossier.yaml:19"]])
        #expect((json["totals"] as? [String: Double])?["teaching"] == 85.55)
    }

    @Test func i14_shrink_theExampleAbroadIn1131() throws {
        // Window 112-1, 112-2, 113-2, 114-1, 114-2: 5 semesters, nothing pro-rated.
        // R-T2 20+20+20+10+20 = 90 × 15% = 13.5; R-T3 13+6.5+13+6.5−6+15 = 48 × 15% = 7.2;
        // R-T5 20+20+0+10+20 = 70 × 20% = 14. Teaching = 20 + 13.5 + 7.2 + 6.7 + 14 + 16.7 = 78.1.
        let folder = try Self.editedExample(Self.abroadIn1131(earlier: false))
        let a = try ScoreReport.assess(folder: folder, shelf: try Self.shrinkShelf())
        #expect(a.windows.recentSemesters.map(\.description) == ["112-1", "112-2", "113-2", "114-1", "114-2"])
        #expect(a.teaching.indicators.map(\.weighted.value) == [20, Decimal(string: "13.5")!, Decimal(string: "7.2")!, Decimal(string: "6.7")!, 14, Decimal(string: "16.7")!])
        #expect(a.teaching.total.value == Decimal(string: "78.1")!)
        // The same folder under the shipped extend_window is short of 111-2, an error at each list.
        #expect(DossierTestSupport.diagnostics(folder, shelf: shelf).count == 3)
    }

    @Test func theDossierPageShowsTheExcludedSemester() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let path = "content/dossiers/115-1/lin-yijun/dossier.yaml"
        try workspace.write(path, Self.abroadIn1131(earlier: true)(try workspace.read(path)))
        // The edit moves dossier.yaml's lines, so the example's review.yaml would name other records: this test is not about it.
        try FileManager.default.removeItem(atPath: workspace.path("content/dossiers/115-1/lin-yijun/review.yaml"))
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(page.contains("<h3>不計入之學期 <span class=\"rule\"><a href=\"../../docs/interpretations.html#I-14\">I-14</a></span></h3>"))
        #expect(page.contains("<li>113-1：出國進修或研究（約翰霍普金斯大學訪問學者）"))
        #expect(page.contains("<p>採計學期：111-2, 112-1, 112-2, 113-2, 114-1, 114-2</p>"))
        #expect(page.contains("<p class=\"note\">不計入之學期由更早之學期遞補，採計學期數不變。</p>"))
        #expect(page.contains("113-1 <span class=\"figure-reason\">不計入本學期：出國進修或研究</span> <span class=\"rule\"><a href=\"../../docs/interpretations.html#I-14\">I-14</a></span>"))
        // The unedited example has no exclusion and shows no such block.
        let plain = try Workspace()
        defer { plain.cleanUp() }
        _ = try SiteBuilder.build(plain.options)
        #expect(!(try plain.read("site/committee/dossiers/115-1/lin-yijun.html")).contains("teaching-window"))
    }

    // MARK: Reading excluded_semesters

    func errors(_ excluded: String) throws -> [String] {
        let folder = try DossierTestSupport.folder(yaml: DossierTestSupport.validYAML + "excluded_semesters:\n" + excluded)
        return DossierTestSupport.diagnostics(folder, shelf: shelf)
    }

    @Test func excludedSemesterKeysAndReasonsAreChecked() throws {
        // validYAML ends at line 13; excluded_semesters: is line 14, its items from line 15.
        #expect(try errors("  - {semester: 113-1, reason: study_abroad, reson: x}\n")
                == ["D/dossier.yaml:15:45: error: unknown key 'reson'; did you mean 'reason'?"])
        #expect(try errors("  - {semester: 113-1, reason: study_abrod}\n")
                == ["D/dossier.yaml:15:31: error: 'excluded_semesters[0].reason' must be one of 'study_abroad', 'unpaid_leave', 'on_loan', 'parental_leave', 'other', found 'study_abrod'; did you mean 'study_abroad'?"])
        #expect(try errors("  - {semester: 113-1, reason: 其他}\n")
                == ["D/dossier.yaml:15:5: error: an excluded semester with reason 'other' needs 'note' saying what the reason is"])
        #expect(try errors("  - {reason: 借調}\n")
                == ["D/dossier.yaml:15:5: error: 'excluded_semesters[0]' is missing 'semester': add the semester not taught, e.g. 113-1"])
        // Chinese reasons are read as the ids; a semester inside the window is accepted.
        #expect(try errors("  - {semester: 113-1, reason: 借調}\n  - {semester: 113-2, reason: 育嬰留職停薪}\n  - {semester: 114-1, reason: other, note: 公傷假}\n") == [])
    }

    @Test func anExclusionOutsideTheWindowIsAnError() throws {
        #expect(try errors("  - {semester: 110-1, reason: unpaid_leave}\n")
                == ["D/dossier.yaml:15:5: error: excluded semester 110-1 is outside the teaching window 112-1…114-2 counted back from the application date 115/09/15 (I-14: extend_window), so it changes nothing; remove it or correct the semester"])
    }

    // MARK: The rulebook setting

    @Test func theRulebookLoaderReadsAndChecksI14() throws {
        let url = DossierTestSupport.packageRoot.appendingPathComponent("Sources/FolioSite/Resources/rulebooks/kmu-health-2020-07-23.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let settingLine = try #require(lines.firstIndex(of: "  excluded_semesters: extend_window")) + 1
        let mappingLine = try #require(lines.firstIndex { $0.hasPrefix("  impact_factor_points:") }) + 1

        let misspelt = DiagnosticSink()
        #expect(RulebookLoader.load(text.replacingOccurrences(of: "  excluded_semesters: extend_window\n", with: "  excluded_semesters: extend_windows\n"),
                                    file: "r.yaml", sink: misspelt) == nil)
        #expect(misspelt.diagnostics.map(\.description)
                == ["r.yaml:\(settingLine):23: error: 'interpretations.excluded_semesters' must be one of 'extend_window', 'shrink', found 'extend_windows'; did you mean 'extend_window'?"])

        let missing = DiagnosticSink()
        #expect(RulebookLoader.load(text.replacingOccurrences(of: "  excluded_semesters: extend_window\n", with: ""), file: "r.yaml", sink: missing) == nil)
        #expect(missing.diagnostics.map(\.description)
                == ["r.yaml:\(mappingLine):3: error: 'interpretations' is missing 'excluded_semesters': add I-14: extend_window or shrink"])

        let marked = DiagnosticSink()
        let planConvener = "{id: plan_convener, label: 校級教學計畫主軸計畫召集人, label_en: \"Convener of a main project of a university teaching plan\", points: 10, plan: true}"
        #expect(text.contains(planConvener))
        #expect(RulebookLoader.load(text.replacingOccurrences(of: planConvener, with: planConvener.replacingOccurrences(of: "plan: true}", with: "plan: true, every_semester: true}")),
                                    file: "r.yaml", sink: marked) == nil)
        #expect(marked.diagnostics.map(\.message)
                == ["'plan_convener' cannot be marked every_semester: only R-T6 items (window: the last 6 semesters) can require a record each semester; remove the mark"])

        let internship = DiagnosticSink()
        let rulebook = try #require(RulebookLoader.load(text.replacingOccurrences(of: "{id: clinical_internship, label: 大學部臨床實習指導, label_en: \"Supervision of undergraduate clinical internships\", points: 4}",
                                                                                  with: "{id: clinical_internship, label: 大學部臨床實習指導, label_en: \"Supervision of undergraduate clinical internships\", points: 4, every_semester: true}"),
                                                        file: "r.yaml", sink: internship))
        #expect(rulebook.teaching.everySemesterItems.map(\.id) == ["clinical_internship"])
    }
}
