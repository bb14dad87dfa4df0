import FolioCore
import FolioPromotion
import Foundation
import Testing

/// Issue 16: a semester missing from a per-semester list is an error, never a silent 0;
/// `excluded_semesters` leaves a semester out, and I-14 decides what the window does then.
/// The dossier is `Fixture.dossier()`: a promotion applying 115/09/15, so "近 6 學期" is 112-1…114-2.
@Suite("Semester coverage of the per-semester teaching indicators (issue 16, I-14)")
struct SemesterCoverageTests {
    static let file = "dossier.yaml"
    static func at(_ line: Int, _ column: Int = 5) -> FolioCore.SourceLocation { FolioCore.SourceLocation(file: file, line: line, column: column) }
    static func semester(_ text: String) -> Semester { Semester(parsing: text)! }
    static let window = ["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"]

    /// The fixture rulebook with the indicator labels as form 附表一 names them, `clinical_internship`
    /// (4 per semester) marked `every_semester` when asked, and the I-14 setting given.
    static func rulebook(_ setting: Interpretations.ExcludedSemesterWindow = .extendWindow, internshipEverySemester: Bool = false) -> Rulebook {
        var rulebook = Fixture.rulebook(interpretations: Interpretations(excludedSemesterWindow: setting))
        let labels: [TeachingIndicator: String] = [.ability: "教學能力", .evaluation: "教學評量", .growth: "教學成長", .special: "教學特殊表現",
                                                   .admin: "教學行政配合度", .college: "學院特色教學績效"]
        for index in rulebook.teaching.indicators.indices {
            rulebook.teaching.indicators[index].label = labels[rulebook.teaching.indicators[index].kind]!
        }
        // The shipped rulebook has the item already: it is replaced, so it stays defined once.
        rulebook.teaching.college.items.removeAll { $0.id == "clinical_internship" }
        rulebook.teaching.college.items.append(ItemRule(id: "clinical_internship", rule: "R-T6", label: "大學部臨床實習指導", points: 4,
                                                        everySemester: internshipEverySemester))
        return rulebook
    }

    /// Records in every given semester: evaluations at lines 10…, growth 20…, admin 30…; each list's key
    /// on the line before its first record (9:3, 19:3, 29:3), as the reader records it.
    static func records(_ semesters: [String], evaluations: [String: Double] = [:], growth: [String: Double] = [:],
                        admin: [String: (AdminRecord.Timeliness, AdminRecord.Timeliness, Bool)] = [:]) -> TeachingRecords {
        var records = TeachingRecords()
        for (offset, text) in semesters.enumerated() {
            let s = semester(text)
            records.evaluations.append(EvaluationRecord(semester: s, average: Fixture.d(evaluations[text] ?? 5.5), location: at(10 + offset)))
            records.growth.append(GrowthRecord(semester: s, points: Fixture.d(growth[text] ?? 12), base: 4, location: at(20 + offset)))
            let (syllabus, grades, correction) = admin[text] ?? (.onTime, .onTime, false)
            records.admin.append(AdminRecord(semester: s, syllabus: syllabus, grades: grades, gradeCorrection: correction, location: at(30 + offset)))
        }
        records.listLocations = [.evaluations: at(9, 3), .growth: at(19, 3), .admin: at(29, 3), .items: at(39, 3)]
        return records
    }

    static func dossier(_ teaching: TeachingRecords, excluded: [ExcludedSemester] = [], kind: ApplicationKind = .promotion) -> Dossier {
        var dossier = Fixture.dossier(kind: kind, applied: kind == .promotion ? .associateProfessor : .assistantProfessor)
        dossier.teaching = teaching
        dossier.excludedSemesters = excluded
        dossier.fieldLocations["teaching"] = at(8, 1)
        return dossier
    }

    static func errors(_ dossier: Dossier, _ rulebook: Rulebook = rulebook()) -> [String] {
        dossier.validate(against: rulebook).map(\.description)
    }

    static func without(_ semester: String, from list: [String]) -> [String] { list.filter { $0 != semester } }

    // MARK: A missing semester is an error at its list, naming the semester, the window and the fix

    @Test func rT2_missingSemesterIsAnError() {
        var records = Self.records(Self.window)
        records.evaluations.removeAll { $0.semester == Self.semester("113-1") }
        #expect(Self.errors(Self.dossier(records)) == [
            "dossier.yaml:9:3: error: 教學評量 has no record for 113-1 (window 112-1…114-2); add '- {semester: 113-1, average: …}' with the semester's valid weighted average (R-T2 scores an average below 4.5 as 0), or list it under excluded_semesters with the reason",
        ])
    }

    @Test func rT3_missingSemesterIsAnError_theIssuesExample() {
        var records = Self.records(Self.window)
        records.growth.removeAll { $0.semester == Self.semester("113-1") }
        #expect(Self.errors(Self.dossier(records)) == [
            "dossier.yaml:19:3: error: 教學成長 has no record for 113-1 (window 112-1…114-2); add '- {semester: 113-1, points: 0, base: 4}' if the teacher took part in nothing (R-T3 scores it −12), or list it under excluded_semesters with the reason",
        ])
    }

    @Test func rT5_missingSemestersAreOneErrorEach() {
        var records = Self.records(Self.window)
        records.admin.removeAll { $0.semester == Self.semester("112-1") || $0.semester == Self.semester("114-2") }
        #expect(Self.errors(Self.dossier(records)) == [
            "dossier.yaml:29:3: error: 教學行政配合度 has no record for 112-1 (window 112-1…114-2); add '- {semester: 112-1, syllabus: on_time, grades: on_time}' as the registrar's record of that semester shows (R-T5), or list it under excluded_semesters with the reason",
            "dossier.yaml:29:3: error: 教學行政配合度 has no record for 114-2 (window 112-1…114-2); add '- {semester: 114-2, syllabus: on_time, grades: on_time}' as the registrar's record of that semester shows (R-T5), or list it under excluded_semesters with the reason",
        ])
    }

    @Test func rT6_anItemMarkedEverySemesterNeedsEachSemester() {
        // clinical_internship in 5 of the 6 semesters (113-2 missing); count 0 records a semester without it.
        var records = Self.records(Self.window)
        records.items = Self.without("113-2", from: Self.window).enumerated().map { offset, text in
            ItemRecord(item: "clinical_internship", semester: Self.semester(text), count: text == "112-1" ? 0 : 1, location: Self.at(40 + offset))
        }
        let marked = Self.rulebook(internshipEverySemester: true)
        #expect(Self.errors(Self.dossier(records), marked) == [
            "dossier.yaml:39:3: error: 大學部臨床實習指導 ('clinical_internship') has no record for 113-2 (window 112-1…114-2); add '- {item: clinical_internship, semester: 113-2, count: 0}' if there was none that semester (R-T6 marks it every_semester), or list it under excluded_semesters with the reason",
        ])
        // Unmarked (as in the shipped rulebooks) a semester without the activity is simply 0: 4 × (0+1+1+1+1) = 16.
        #expect(Self.errors(Self.dossier(records)) == [])
        #expect(Fixture.assess(Self.dossier(records), Self.rulebook()).indicator(.college).raw == 16)
    }

    @Test func everySemesterOnAnItemOutsideRT6IsARulebookError() {
        var rulebook = Self.rulebook()
        rulebook.teaching.special.items[0].everySemester = true
        // Placed at the item in the shipped YAML the rulebook was loaded from.
        #expect(rulebook.validate().map(\.message) == [
            "'plan_convener' cannot be marked every_semester: only R-T6 items (window: the last 6 semesters) can require a record each semester; remove the mark",
        ])
    }

    @Test func aListLeftOutAltogetherIsOneErrorAtTeaching() {
        var records = Self.records(Self.window)
        records.admin = []
        records.listLocations[.admin] = nil
        #expect(Self.errors(Self.dossier(records)) == [
            "dossier.yaml:8:1: error: 教學行政配合度 has no records for 112-1, 112-2, 113-1, 113-2, 114-1, 114-2 (window 112-1…114-2); add 'admin:' under teaching with one record per semester, e.g. '- {semester: 112-1, syllabus: on_time, grades: on_time}' as the registrar's record of that semester shows (R-T5), or list the semesters not taught under excluded_semesters with the reason",
        ])
    }

    @Test func withoutAnyPerSemesterListTheFormIsNotAskedFor() {
        // A new hire from outside fills in no 附表一: nothing is missing. A promotion without any list
        // scores 0 there and fails R-G3 in plain sight (tested in EligibilityTests).
        #expect(Self.errors(Self.dossier(TeachingRecords(), kind: .newHire)) == [])
        #expect(Self.errors(Self.dossier(TeachingRecords())) == [])
    }

    // MARK: points: 0 scores −12, with its reason

    @Test func rT3_zeroPointsScoresMinusTwelveAndSaysWhy() {
        // base 4: 12 (3×) → 13; 8 (2×) → 6.5; 0 → −12 (未曾參與); 6 (1.5×) → 3; 4 (1×) → 0; 3 (< base) → −6.
        // A = 13 + 6.5 − 12 + 3 + 0 − 6 = 4.5; × 15% = 0.675.
        let points: [String: Double] = ["112-1": 12, "112-2": 8, "113-1": 0, "113-2": 6, "114-1": 4, "114-2": 3]
        let a = Fixture.assess(Self.dossier(Self.records(Self.window, growth: points)), Self.rulebook())
        let growth = a.indicator(.growth)
        #expect(growth.lines.map(\.value) == [13, Fixture.d(6.5), -12, 3, 0, -6])
        #expect(growth.lines.map(\.reason) == [nil, nil, .growthNoParticipation, nil, nil, .growthBelowBase])
        #expect(growth.lines[2].explanation == .growthBelowBase(semester: Semester(parsing: "113-1")!, points: 0, base: 4, value: -12))
        #expect(growth.lines[2].sources == [Self.at(22)])
        #expect(growth.raw == Fixture.d(4.5))
        #expect(growth.weighted.value == Fixture.d(0.675))
    }

    // MARK: An excluded semester, under each I-14 setting

    /// 113-1 abroad. Per semester (R-T2 6-point bands; R-T3 base 4; R-T5 on time +10 each, late −10, correction −10;
    /// R-T6 clinical_internship 4, marked every_semester):
    ///
    /// | semester | average → R-T2 | growth → R-T3 | admin → R-T5 | R-T6 |
    /// |---|---|---|---|---|
    /// | 111-2 | 5.45 → 20 | 12 (3×) → 13 | on/on → 20 | 4 |
    /// | 112-1 | 5.20 → 15 | 8 (2×) → 6.5 | on/on → 20 | 4 |
    /// | 112-2 | 4.90 → 10 | 0 → −12 | on/late → 0 | 4 |
    /// | 113-1 | excluded | excluded | excluded | excluded |
    /// | 113-2 | 5.40 → 20 | 6 (1.5×) → 3 | on/on + correction → 10 | 4 |
    /// | 114-1 | 4.60 → 5 | 3 (< base) → −6 | on/on → 20 | 4 |
    /// | 114-2 | 5.10 → 15 | 16 (4×) → 13 | excused/on → 20 | 4 |
    static let abroad = ExcludedSemester(semester: semester("113-1"), reason: .studyAbroad, note: "訪問學者", location: at(5, 5))
    static let averages: [String: Double] = ["111-2": 5.45, "112-1": 5.20, "112-2": 4.90, "113-2": 5.40, "114-1": 4.60, "114-2": 5.10]
    static let growthPoints: [String: Double] = ["111-2": 12, "112-1": 8, "112-2": 0, "113-2": 6, "114-1": 3, "114-2": 16]
    static let adminMarks: [String: (AdminRecord.Timeliness, AdminRecord.Timeliness, Bool)] = [
        "111-2": (.onTime, .onTime, false), "112-1": (.onTime, .onTime, false), "112-2": (.onTime, .late, false),
        "113-2": (.onTime, .onTime, true), "114-1": (.onTime, .onTime, false), "114-2": (.excused, .onTime, false),
    ]

    static func abroadDossier(_ semesters: [String]) -> Dossier {
        var records = Self.records(semesters, evaluations: averages, growth: growthPoints, admin: adminMarks)
        records.items = semesters.enumerated().map { ItemRecord(item: "clinical_internship", semester: semester($0.element), location: at(40 + $0.offset)) }
        return dossier(records, excluded: [abroad])
    }

    @Test func i14_extendWindowReachesBackOneSemesterPerExclusion() {
        // The window keeps 6 semesters: 111-2, 112-1, 112-2, 113-2, 114-1, 114-2.
        // R-T2 20+15+10+20+5+15 = 85 × 15% = 12.75; R-T3 13+6.5−12+3−6+13 = 17.5 × 15% = 2.625;
        // R-T5 20+20+0+10+20+20 = 90 × 20% = 18; R-T6 6 × 4 = 24 × 20% = 4.8.
        // Teaching = 12.75 + 2.625 + 18 + 4.8 = 38.175 (ability and R-T4: none).
        let rulebook = Self.rulebook(.extendWindow, internshipEverySemester: true)
        let dossier = Self.abroadDossier(["111-2", "112-1", "112-2", "113-2", "114-1", "114-2"])
        #expect(Self.errors(dossier, rulebook) == [])
        let a = Fixture.assess(dossier, rulebook)
        #expect(a.windows.recentSemesters.map(\.description) == ["111-2", "112-1", "112-2", "113-2", "114-1", "114-2"])
        #expect(a.windows.recentExcluded == [Self.abroad])
        #expect(a.indicator(.evaluation).raw == 85)
        #expect(a.indicator(.evaluation).weighted.value == Fixture.d(12.75))
        #expect(a.indicator(.growth).raw == Fixture.d(17.5))
        #expect(a.indicator(.growth).weighted.value == Fixture.d(2.625))
        #expect(a.indicator(.admin).raw == 90)
        #expect(a.indicator(.admin).weighted.value == 18)
        #expect(a.indicator(.college).raw == 24)
        #expect(a.indicator(.college).weighted.value == Fixture.d(4.8))
        #expect(a.teaching.total.value == Fixture.d(38.175))
        // The excluded semester stands in its place among the lines, worth 0, with its typed reason.
        let line = a.indicator(.evaluation).lines[3]
        #expect(line.value == 0 && line.rules == ["I-14"] && line.reason == .semesterExcluded(.studyAbroad) && line.sources == [Self.at(5, 5)])
        #expect(a.indicator(.admin).lines.map(\.value) == [20, 20, 0, 0, 10, 20, 20])
    }

    @Test func i14_shrinkCountsFewerSemesters() {
        // The window keeps its span 112-1…114-2 and counts 5 semesters; nothing is pro-rated.
        // R-T2 15+10+20+5+15 = 65 × 15% = 9.75; R-T3 6.5−12+3−6+13 = 4.5 × 15% = 0.675;
        // R-T5 20+0+10+20+20 = 70 × 20% = 14; R-T6 5 × 4 = 20 × 20% = 4.
        // Teaching = 9.75 + 0.675 + 14 + 4 = 28.425 (9.75 less than with extend_window).
        let rulebook = Self.rulebook(.shrink, internshipEverySemester: true)
        let dossier = Self.abroadDossier(["112-1", "112-2", "113-2", "114-1", "114-2"])
        #expect(Self.errors(dossier, rulebook) == [])
        let a = Fixture.assess(dossier, rulebook)
        #expect(a.windows.recentSemesters.map(\.description) == ["112-1", "112-2", "113-2", "114-1", "114-2"])
        #expect(a.indicator(.evaluation).weighted.value == Fixture.d(9.75))
        #expect(a.indicator(.growth).weighted.value == Fixture.d(0.675))
        #expect(a.indicator(.admin).weighted.value == 14)
        #expect(a.indicator(.college).weighted.value == 4)
        #expect(a.teaching.total.value == Fixture.d(28.425))
    }

    @Test func i14_eachSettingListsOrRequiresTheOthersRecords() {
        // Under shrink, 111-2 is outside the window: listed at 0 with the reason, not an error (issue 13: the full
        // record); under extend_window, 111-2 is missing.
        let withEarlier = Self.abroadDossier(["111-2", "112-1", "112-2", "113-2", "114-1", "114-2"])
        let shrink = Self.rulebook(.shrink)
        #expect(Self.errors(withEarlier, shrink) == [])
        let outside = FigureReason.outsideSemesters(count: 6, first: Semester(parsing: "112-1")!, last: Semester(parsing: "114-2")!)
        let a = Fixture.assess(withEarlier, shrink)
        for kind in [TeachingIndicator.evaluation, .growth, .admin, .college] {   // evaluation, growth, admin and the R-T6 item of 111-2
            #expect(a.indicator(kind).lines.filter { $0.reason == outside }.map(\.value) == [0], "\(kind)")
        }
        let withoutEarlier = Self.abroadDossier(["112-1", "112-2", "113-2", "114-1", "114-2"])
        #expect(Self.errors(withoutEarlier, Self.rulebook(.extendWindow)).first
                == "dossier.yaml:9:3: error: 教學評量 has no record for 111-2 (window 111-2…114-2 without 113-1); add '- {semester: 111-2, average: …}' with the semester's valid weighted average (R-T2 scores an average below 4.5 as 0), or list it under excluded_semesters with the reason")
    }

    @Test func i14_theCapStillAppliesToTheSum() {
        // All six averages 6.0 → 20 each. extend_window: 6 × 20 = 120 → capped 100 × 15% = 15.
        // shrink (113-1 out): 5 × 20 = 100 → 15 as well: a full scorer loses nothing in R-T2; in R-T3 the
        // best possible falls from 6 × 13 = 78 to 5 × 13 = 65.
        let extend = Fixture.assess(Self.dossier(Self.records(["111-2", "112-1", "112-2", "113-2", "114-1", "114-2"],
                                                              evaluations: ["111-2": 6, "112-1": 6, "112-2": 6, "113-2": 6, "114-1": 6, "114-2": 6],
                                                              growth: ["111-2": 12, "112-1": 12, "112-2": 12, "113-2": 12, "114-1": 12, "114-2": 12]),
                                                 excluded: [Self.abroad]), Self.rulebook(.extendWindow))
        #expect(extend.indicator(.evaluation).raw == 120 && extend.indicator(.evaluation).capped == 100)
        #expect(extend.indicator(.growth).raw == 78)
        let shrink = Fixture.assess(Self.dossier(Self.records(["112-1", "112-2", "113-2", "114-1", "114-2"],
                                                              evaluations: ["112-1": 6, "112-2": 6, "113-2": 6, "114-1": 6, "114-2": 6]),
                                                 excluded: [Self.abroad]), Self.rulebook(.shrink))
        #expect(shrink.indicator(.evaluation).raw == 100 && shrink.indicator(.evaluation).weighted.value == 15)
        #expect(shrink.indicator(.growth).raw == 65)
    }

    // MARK: excluded_semesters itself

    @Test func twoExclusionsReachBackTwoSemesters() {
        // 112-2 and 113-1 out: extend_window counts 111-1, 111-2, 112-1, 113-2, 114-1, 114-2; shrink counts 4.
        let excluded = [ExcludedSemester(semester: Self.semester("112-2"), reason: .parentalLeave, location: Self.at(5)),
                        ExcludedSemester(semester: Self.semester("113-1"), reason: .parentalLeave, location: Self.at(6))]
        let extend = Windows(dossier: Self.dossier(TeachingRecords(), excluded: excluded), rulebook: Self.rulebook(.extendWindow))
        #expect(extend.recentSemesters.map(\.description) == ["111-1", "111-2", "112-1", "113-2", "114-1", "114-2"])
        #expect(extend.recentWindowText == "111-1…114-2 without 112-2, 113-1")
        let shrink = Windows(dossier: Self.dossier(TeachingRecords(), excluded: excluded), rulebook: Self.rulebook(.shrink))
        #expect(shrink.recentSemesters.map(\.description) == ["112-1", "113-2", "114-1", "114-2"])
        #expect(shrink.recentSpan.count == 6)
    }

    @Test func exclusionsMustBeInTheWindowOnceAndNotHaveRecords() {
        // 113-1 excluded but still recorded; 113-1 listed twice; 110-1 outside the window (it would change nothing).
        let records = Self.records(Self.window)
        let excluded = [Self.abroad,
                        ExcludedSemester(semester: Self.semester("113-1"), reason: .unpaidLeave, location: Self.at(6)),
                        ExcludedSemester(semester: Self.semester("110-1"), reason: .onLoan, location: Self.at(7))]
        #expect(Self.errors(Self.dossier(records, excluded: excluded)) == [
            "dossier.yaml:6:5: error: excluded semester 113-1 is listed twice (first at line 5); keep one",
            "dossier.yaml:7:5: error: excluded semester 110-1 is outside the teaching window 111-2…114-2 without 113-1 counted back from the application date 115/09/15 (I-14: extend_window), so it changes nothing; remove it or correct the semester",
            "dossier.yaml:12:5: error: 教學評量 has a record for 113-1, which excluded_semesters leaves out of the window (line 5); remove the record, or the exclusion if the teacher taught that semester",
            "dossier.yaml:22:5: error: 教學成長 has a record for 113-1, which excluded_semesters leaves out of the window (line 5); remove the record, or the exclusion if the teacher taught that semester",
            "dossier.yaml:32:5: error: 教學行政配合度 has a record for 113-1, which excluded_semesters leaves out of the window (line 5); remove the record, or the exclusion if the teacher taught that semester",
            "dossier.yaml:9:3: error: 教學評量 has no record for 111-2 (window 111-2…114-2 without 113-1); add '- {semester: 111-2, average: …}' with the semester's valid weighted average (R-T2 scores an average below 4.5 as 0), or list it under excluded_semesters with the reason",
            "dossier.yaml:19:3: error: 教學成長 has no record for 111-2 (window 111-2…114-2 without 113-1); add '- {semester: 111-2, points: 0, base: 4}' if the teacher took part in nothing (R-T3 scores it −12), or list it under excluded_semesters with the reason",
            "dossier.yaml:29:3: error: 教學行政配合度 has no record for 111-2 (window 111-2…114-2 without 113-1); add '- {semester: 111-2, syllabus: on_time, grades: on_time}' as the registrar's record of that semester shows (R-T5), or list it under excluded_semesters with the reason",
        ])
    }
}
