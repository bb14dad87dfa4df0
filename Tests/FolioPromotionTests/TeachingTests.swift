import FolioCore
import FolioPromotion
import Foundation
import Testing

@Suite("Teaching score (article 6 §1, 附表一)")
struct TeachingTests {
    func teaching(_ records: TeachingRecords, rulebook: Rulebook = Fixture.rulebook()) -> Assessment {
        var dossier = Fixture.dossier()
        dossier.teaching = records
        return Fixture.assess(dossier, rulebook)
    }

    func semester(_ text: String) -> Semester { Semester(parsing: text)! }

    @Test func rT1_checklistItemsAnsweredYes() {
        // 課程規劃 items 1 and 3: 7 + 6 = 13; 班級經營 all four: 5×4 = 20. A = 33; × 20% = 6.6.
        let a = teaching(TeachingRecords(ability: [AbilityAnswer(dimension: "course_planning", yes: [1, 3], location: Fixture.loc(3, "d.yaml")),
                                                   AbilityAnswer(dimension: "classroom_management", yes: [1, 2, 3, 4], location: Fixture.loc(4, "d.yaml"))]))
        let ability = a.indicator(.ability)
        #expect(ability.lines.map(\.value) == [13, 20])
        #expect(ability.capped == 33)
        #expect(ability.weighted.value == Fixture.d(6.6))
        #expect(ability.lines[0].rules == ["R-T1"])
        #expect(ability.lines[0].sources == [Fixture.loc(3, "d.yaml")])
    }

    @Test func rT2_bandsByScaleOfTheAcademicYear() {
        // 6-point scale (AY ≥ 101): 5.40 → 20, 5.39 → 15, 4.80 → 10, 4.50 → 5, 4.49 → 0. Sum 50 × 15% = 7.5.
        let averages = [("112-1", 5.40), ("112-2", 5.39), ("113-1", 4.80), ("113-2", 4.50), ("114-1", 4.49)]
        let records = averages.enumerated().map { EvaluationRecord(semester: semester($0.element.0), average: Fixture.d($0.element.1), location: Fixture.loc($0.offset + 10, "d.yaml")) }
        let a = teaching(TeachingRecords(evaluations: records))
        #expect(a.indicator(.evaluation).lines.map(\.value) == [20, 15, 10, 5, 0])
        #expect(a.indicator(.evaluation).weighted.value == Fixture.d(7.5))
    }

    @Test func rT2_fivePointScaleUpToAcademicYear100() {
        // AY 100 uses the 5-point scale: 4.25 → 15; AY 101 uses the 6-point scale: 4.25 → 0.
        let scales = Fixture.rulebook().teaching.evaluation
        #expect(scales.scale(for: 100)?.band(for: Fixture.d(4.25))?.points == 15)
        #expect(scales.scale(for: 101)?.band(for: Fixture.d(4.25)) == nil)
    }

    @Test func rT3_growthMultiplesDeductionsAndCommunities() {
        // base 4: 12 (3×) → 13; 8 (2×) → 6.5; 6 (1.5×) → 3; 5 (1.25×) → 0; 3 (< base) → −6; 0 (none) → −12.
        // community convener granted 25. A = 13 + 6.5 + 3 + 0 − 6 − 12 + 25 = 29.5; × 15% = 4.425.
        let points = [12.0, 8, 6, 5, 3, 0]
        let terms = ["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"]
        let growth = zip(terms, points).enumerated().map { GrowthRecord(semester: semester($0.element.0), points: Fixture.d($0.element.1), base: 4, location: Fixture.loc($0.offset + 1, "d.yaml")) }
        let community = ItemRecord(item: "community_convener", semester: semester("113-1"), granted: 25, location: Fixture.loc(20, "d.yaml"))
        let a = teaching(TeachingRecords(growth: growth, items: [community]))
        let indicator = a.indicator(.growth)
        #expect(indicator.lines.map(\.value) == [13, Fixture.d(6.5), 3, 0, -6, -12, 25])
        #expect(indicator.raw == Fixture.d(29.5))
        #expect(indicator.weighted.value == Fixture.d(4.425))
        #expect(indicator.weighted.rules.contains("I-6"))
    }

    @Test func rT4_specialPerformanceWithPlansAndShares() {
        // plan convener (深耕) 2 half-years: 10 × 2 = 20; outstanding award 50; distance co-teacher share 1/4: 20 × 0.25 = 5.
        // A = 75; × 10% = 7.5.
        let items = [
            ItemRecord(item: "plan_convener", semester: semester("111-1"), count: 2, plan: "higher_education_sprout", location: Fixture.loc(1, "d.yaml")),
            ItemRecord(item: "outstanding_teaching_award", semester: semester("112-2"), location: Fixture.loc(2, "d.yaml")),
            ItemRecord(item: "distance_course_coteacher", semester: semester("113-1"), share: Fixture.d(0.25), location: Fixture.loc(3, "d.yaml")),
        ]
        let a = teaching(TeachingRecords(items: items))
        #expect(a.indicator(.special).lines.map(\.value) == [20, 50, 5])
        #expect(a.indicator(.special).weighted.value == Fixture.d(7.5))
    }

    @Test func rT4_usrPlanCountsOnlyInThe2020Version() {
        // A USR sub-project member for 2 semesters: 4 × 2 = 8 under the 2020 rulebook, 0 before it.
        let record = ItemRecord(item: "plan_subproject_member", semester: semester("113-1"), count: 2, plan: "usr", location: Fixture.loc(1, "d.yaml"))
        #expect(teaching(TeachingRecords(items: [record])).indicator(.special).raw == 8)
        let old = teaching(TeachingRecords(items: [record]), rulebook: Fixture.rulebook(usr: false)).indicator(.special)
        #expect(old.raw == 0)
        #expect(old.lines.first?.explanation == .planNotListed(label: Fixture.rulebook().teaching.special.items.first { $0.id == "plan_subproject_member" }!.name, plan: "usr"))
    }

    @Test func rT5_punctualityPerSemester() {
        // on time + on time = 20; on time + late = 0; late + on time + correction = −10; excused + on time = 20.
        // A = 20 + 0 − 10 + 20 = 30; × 20% = 6.
        let records = [
            AdminRecord(semester: semester("112-1"), syllabus: .onTime, grades: .onTime, gradeCorrection: false, location: Fixture.loc(1, "d.yaml")),
            AdminRecord(semester: semester("112-2"), syllabus: .onTime, grades: .late, gradeCorrection: false, location: Fixture.loc(2, "d.yaml")),
            AdminRecord(semester: semester("113-1"), syllabus: .late, grades: .onTime, gradeCorrection: true, location: Fixture.loc(3, "d.yaml")),
            AdminRecord(semester: semester("113-2"), syllabus: .excused, grades: .onTime, gradeCorrection: false, location: Fixture.loc(4, "d.yaml")),
        ]
        let a = teaching(TeachingRecords(admin: records))
        #expect(a.indicator(.admin).lines.map(\.value) == [20, 0, -10, 20])
        #expect(a.indicator(.admin).weighted.value == 6)
    }

    @Test func rT6_perCasePerHourAndPerSemesterCap() {
        // PBL cases 3 × 10 = 30; international scholar 4 h split between 2 hosts: 4 × 1 × 0.5 = 2;
        // bridging material 7 h + 6 h in 113-1 = 13 > 10 → −3. A = 30 + 2 + 7 + 6 − 3 = 42; × 20% = 8.4.
        let items = [
            ItemRecord(item: "pbl_case", semester: semester("112-1"), count: 3, location: Fixture.loc(1, "d.yaml")),
            ItemRecord(item: "international_scholar", semester: semester("112-2"), hours: 4, share: Fixture.d(0.5), location: Fixture.loc(2, "d.yaml")),
            ItemRecord(item: "bridging_material", semester: semester("113-1"), hours: 7, location: Fixture.loc(3, "d.yaml")),
            ItemRecord(item: "bridging_material", semester: semester("113-1"), hours: 6, location: Fixture.loc(4, "d.yaml")),
        ]
        let college = teaching(TeachingRecords(items: items)).indicator(.college)
        #expect(college.raw == 42)
        #expect(college.lines.last?.value == -3)
        #expect(college.lines.last?.sources == [Fixture.loc(3, "d.yaml"), Fixture.loc(4, "d.yaml")])
        #expect(college.weighted.value == Fixture.d(8.4))
    }

    @Test func i6_indicatorCappedAtOneHundredFromAboveOnly() {
        // 7 semesters' worth is impossible (window 6), so cap with 6 × 20 = 120 → 100 × 15% = 15,
        // and a negative growth indicator stays negative: 2 semesters with none → −24 × 15% = −3.6.
        let evaluations = ["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"].enumerated().map {
            EvaluationRecord(semester: semester($0.element), average: 6, location: Fixture.loc($0.offset + 1, "d.yaml"))
        }
        let growth = ["112-1", "112-2"].enumerated().map { GrowthRecord(semester: semester($0.element), points: 0, base: 4, location: Fixture.loc($0.offset + 10, "d.yaml")) }
        let a = teaching(TeachingRecords(evaluations: evaluations, growth: growth))
        #expect(a.indicator(.evaluation).raw == 120)
        #expect(a.indicator(.evaluation).capped == 100)
        #expect(a.indicator(.evaluation).weighted.value == 15)
        #expect(a.indicator(.growth).weighted.value == Fixture.d(-3.6))
        // With the floor set to zero (a committee's other reading of I-6) growth contributes 0.
        let zero = teaching(TeachingRecords(growth: growth), rulebook: Fixture.rulebook(interpretations: Interpretations(indicatorFloor: .zero)))
        #expect(zero.indicator(.growth).weighted.value == 0)
    }

    @Test func teachingTotalIsTheSumOfWeightedIndicators() {
        // ability 100 × 20% = 20; admin 2 semesters × 20 = 40 × 20% = 8. Total 28.
        let ability = ["course_planning": [1, 2, 3], "teaching_content": [1, 2, 3], "teaching_methods": [1, 2, 3],
                       "classroom_management": [1, 2, 3, 4], "assessment": [1, 2, 3]].map { AbilityAnswer(dimension: $0.key, yes: $0.value, location: Fixture.loc(1, "d.yaml")) }
        let admin = ["113-1", "113-2"].map { AdminRecord(semester: semester($0), syllabus: .onTime, grades: .onTime, gradeCorrection: false, location: Fixture.loc(2, "d.yaml")) }
        #expect(teaching(TeachingRecords(ability: ability, admin: admin)).teaching.total.value == 28)
    }
}
