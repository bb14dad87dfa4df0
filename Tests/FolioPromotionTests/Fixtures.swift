import FolioCore
import FolioPromotion
import Foundation

/// The 2020 rulebook's numbers, built in Swift so the domain's tests need no YAML.
/// FolioSiteTests checks that the shipped YAML file loads to these same numbers.
enum Fixture {
    static let here = SourceLocation(file: "test", line: 1)

    static func item(_ id: String, _ rule: String, _ points: Decimal, _ measure: ItemRule.Measure = .each, split: Bool = false,
                     cap: Decimal? = nil, plan: Bool = false, bands: [CountBand] = []) -> ItemRule {
        ItemRule(id: id, rule: rule, label: id, points: points, measure: measure, splittable: split, capPerPeriod: cap,
                 requiresPlan: plan, menteeBands: bands)
    }

    static func rulebook(usr: Bool = true, interpretations: Interpretations = Interpretations()) -> Rulebook {
        let ability = [("course_planning", [7, 7, 6]), ("teaching_content", [7, 7, 6]), ("teaching_methods", [7, 7, 6]),
                       ("classroom_management", [5, 5, 5, 5]), ("assessment", [7, 7, 6])].map { id, points in
            AbilityDimension(id: id, label: id, cap: 20,
                             items: points.enumerated().map { AbilityItem(number: $0.offset + 1, label: "", points: Decimal($0.element)) })
        }
        let teaching = TeachingRules(
            indicators: [(TeachingIndicator.ability, 20), (.evaluation, 15), (.growth, 15), (.special, 10), (.admin, 20), (.college, 20)]
                .map { TeachingIndicatorRule(kind: $0.0, label: $0.0.rawValue, weightPercent: Decimal($0.1), cap: 100) },
            ability: ability,
            evaluation: EvaluationRules(scales: [
                EvaluationScale(label: "5-point", fromAcademicYear: nil, throughAcademicYear: 100,
                                bands: [(3.75, 5), (4.00, 10), (4.25, 15), (4.50, 20)].map { ScoreBand(atLeast: d($0.0), points: Decimal($0.1)) },
                                maximumAverage: 5),
                EvaluationScale(label: "6-point", fromAcademicYear: 101, throughAcademicYear: nil,
                                bands: [(4.50, 5), (4.80, 10), (5.10, 15), (5.40, 20)].map { ScoreBand(atLeast: d($0.0), points: Decimal($0.1)) },
                                maximumAverage: 6),
            ]),
            growth: GrowthRules(multiples: [ScoreBand(atLeast: d(1.5), points: 3), ScoreBand(atLeast: 2, points: d(6.5)), ScoreBand(atLeast: 3, points: 13)],
                                belowBase: -6, none: -12,
                                items: [item("community_convener", "R-T3", 25, .upTo), item("community_member", "R-T3", 15, .upTo)]),
            special: SpecialRules(windowYears: 5, items: [
                item("plan_convener", "R-T4", 10, plan: true), item("plan_subproject_member", "R-T4", 4, plan: true),
                item("outstanding_teaching_award", "R-T4", 50), item("excellent_teaching_award", "R-T4", 40),
                item("distance_course_coteacher", "R-T4", 20, split: true), item("credit_class", "R-T4", 10),
            ], plans: [NamedEntry(id: "higher_education_sprout", label: "深耕")] + (usr ? [NamedEntry(id: "usr", label: "USR")] : [])),
            admin: AdminRules(syllabusOnTime: 10, syllabusLate: -10, gradesOnTime: 10, gradesLate: -10, gradeCorrection: -10),
            college: CollegeRules(items: [
                item("pbl_case", "R-T6", 10), item("pbl_tutor", "R-T6", 3),
                item("international_scholar", "R-T6", 1, .perHour, split: true),
                item("bridging_material", "R-T6", 1, .perHour, cap: 10), item("college_teaching_award", "R-T6", 20),
            ]),
            recentSemesters: 6, weightMinimum: 10, weightMaximum: 30)
        var serviceItems = [
            item("undergraduate_mentor", "R-S1", 0, .menteeBands, bands: [CountBand(from: 0, points: 5), CountBand(from: 17, points: 6)]),
            item("graduate_mentor", "R-S1", 2), item("mentee_interviews", "R-S1", 1), item("mentoring_deeds", "R-S1", 2, .upTo),
            item("interviews_missed", "R-S1", -2), item("mentor_meeting_missed", "R-S1", d(-0.5)),
            item("mentor_training_missed", "R-S1", d(-0.5)), item("residential_college_mentor", "R-S1", 5, .upTo),
            item("department_chair", "R-S2", 8), item("committee_member", "R-S2", 1, cap: 3),
            item("school_contribution", "R-S2", 5, .upTo),
        ]
        if usr { serviceItems.append(item("usr_contribution", "R-S2", 5, .upTo)) }
        let bands = [
            PercentileBand(id: "top10", label: "前10%", lower: nil, lowerInclusive: true, upper: 10, upperInclusive: true, points: AuthorPoints(30, 18, 6, 3)),
            PercentileBand(id: "band10_20", label: "10%–20%", lower: 10, lowerInclusive: false, upper: 20, upperInclusive: false, points: AuthorPoints(25, 15, 5, d(2.5))),
            PercentileBand(id: "band20_40", label: "20%–40%", lower: 20, lowerInclusive: true, upper: 40, upperInclusive: false, points: AuthorPoints(20, 12, 4, 2)),
            PercentileBand(id: "band40_60", label: "40%–60%", lower: 40, lowerInclusive: true, upper: 60, upperInclusive: false, points: AuthorPoints(15, 9, 3, d(1.5))),
            PercentileBand(id: "band60_80", label: "60%–80%", lower: 60, lowerInclusive: true, upper: 80, upperInclusive: false, points: AuthorPoints(10, 6, 2, 1)),
            PercentileBand(id: "band80_100", label: "80%以上", lower: 80, lowerInclusive: true, upper: nil, upperInclusive: false, points: AuthorPoints(5, 3, 1, d(0.5))),
        ]
        let research = ResearchRules(
            windowYears: 7, maxCountedPapers: 15, bands: bands, impactAbove: 5, impactCoefficients: AuthorPoints(5, 3, 1, d(0.5)),
            flatRow: AuthorPoints(5, 3, 1, d(0.5)), flatRowIndexes: [.ei, .tjot, .tjpt, .tmej], rankedIndexes: [.sci, .ssci, .tssci],
            typeMultipliers: [.original: 3, .invitedReview: 3, .shortReport: 2, .generalReview: 2, .editorial: 2, .caseReport: 1, .letter: 1],
            kjmsJournalNames: ["Kaohsiung Journal of Medical Sciences", "KJMS"], kjmsBand: "band40_60", kjmsMaxPapers: 1,
            equalContribution: [EqualContributionRule(minAuthors: 2, maxAuthors: 2, factor: d(0.8), fullFromImpact: 6),
                                EqualContributionRule(minAuthors: 3, maxAuthors: 4, factor: d(0.6), fullFromImpact: 10),
                                EqualContributionRule(minAuthors: 5, maxAuthors: nil, factor: d(0.3), fullFromImpact: nil)],
            studentGrantPoints: 5, studentGrantCapPerYear: 10,
            patentPoints: ["ROC": 30, "JP": 60, "CA": 60, "CN": 60, "US": 80, "EU": 80], patentOtherCountries: 40,
            transferBands: [AmountBand(from: 250_000, below: 500_000, points: 30), AmountBand(from: 500_000, below: 1_000_000, points: 40),
                            AmountBand(from: 1_000_000, below: nil, points: 50)],
            industryBands: [AmountBand(from: 500_000, below: 1_000_000, points: 7, atMost: true),
                            AmountBand(from: 1_000_000, below: 2_000_000, points: 15), AmountBand(from: 2_000_000, below: 3_000_000, points: 20),
                            AmountBand(from: 3_000_000, below: 5_000_000, points: 30), AmountBand(from: 5_000_000, below: 10_000_000, points: 40),
                            AmountBand(from: 10_000_000, below: 30_000_000, points: 45), AmountBand(from: 30_000_000, below: nil, points: 50)])
        func set(_ rule: String, _ category: ResearchCategory, _ track: PaperConditionSet.Track, _ rank: Rank, _ alternatives: [PaperAlternative]) -> PaperConditionSet {
            PaperConditionSet(rule: rule, category: category, track: track, rank: rank, alternatives: alternatives)
        }
        let top40 = PaperAlternative.Group.top("top40"), top20 = PaperAlternative.Group.top("top20"), top10 = PaperAlternative.Group.top("top10")
        let professor = [PaperAlternative(papers: 7, ofWhich: 3, group: top40), PaperAlternative(papers: 5, ofWhich: 3, group: top20),
                         PaperAlternative(papers: 3, ofWhich: 3, group: top10)]
        let sets: [PaperConditionSet] = [
            set("R-P3", .naturalBiomedical, .standard, .professor, professor),
            set("R-P3", .naturalBiomedical, .standard, .associateProfessor, [PaperAlternative(papers: 5, ofWhich: 1, group: top40), PaperAlternative(papers: 4, ofWhich: 2, group: top20), PaperAlternative(papers: 2, ofWhich: 2, group: top10)]),
            set("R-P3", .naturalBiomedical, .standard, .assistantProfessor, [PaperAlternative(papers: 3, ofWhich: 1, group: top40), PaperAlternative(papers: 1, ofWhich: 1, group: top10)]),
            set("R-P3", .naturalBiomedical, .standard, .lecturer, [PaperAlternative(papers: 2)]),
            set("R-P4", .naturalBiomedical, .seconded, .professor, professor),
            set("R-P4", .naturalBiomedical, .seconded, .associateProfessor, [PaperAlternative(papers: 4, ofWhich: 1, group: top40), PaperAlternative(papers: 3, ofWhich: 2, group: top20), PaperAlternative(papers: 2, ofWhich: 2, group: top10)]),
            set("R-P4", .naturalBiomedical, .seconded, .assistantProfessor, [PaperAlternative(papers: 2, ofWhich: 1, group: top40), PaperAlternative(papers: 1, ofWhich: 1, group: top10)]),
            set("R-P4", .naturalBiomedical, .seconded, .lecturer, [PaperAlternative(papers: 2)]),
            set("R-P5", .rehabilitationManagement, .standard, .professor, [PaperAlternative(papers: 5, ofWhich: 3, group: .sciSsciEi)]),
            set("R-P5", .rehabilitationManagement, .standard, .associateProfessor, [PaperAlternative(papers: 4, ofWhich: 2, group: .sciSsciEi)]),
            set("R-P5", .rehabilitationManagement, .standard, .assistantProfessor, [PaperAlternative(papers: 3, ofWhich: 1, group: .sciSsciEi)]),
            set("R-P5", .rehabilitationManagement, .standard, .lecturer, [PaperAlternative(papers: 2, ofWhich: 1, group: .sciSsciEi)]),
            set("R-P6", .rehabilitationManagement, .seconded, .professor, [PaperAlternative(papers: 5, ofWhich: 3, group: .sciSsciEi)]),
            set("R-P6", .rehabilitationManagement, .seconded, .associateProfessor, [PaperAlternative(papers: 3, ofWhich: 1, group: .sciSsciEi)]),
            set("R-P6", .rehabilitationManagement, .seconded, .assistantProfessor, [PaperAlternative(papers: 2, ofWhich: 1, group: .sciSsciEi)]),
            set("R-P6", .rehabilitationManagement, .seconded, .lecturer, [PaperAlternative(papers: 2, ofWhich: 1, group: .sciSsciEi), PaperAlternative(papers: 2, ofWhich: 1, group: .masterThesis)]),
        ]
        let conditions = ConditionRules(
            departments: ["公共衛生學系": .naturalBiomedical, "醫學檢驗生物技術學系": .naturalBiomedical, "醫學影像暨放射科學系": .naturalBiomedical,
                          "物理治療學系": .rehabilitationManagement, "職能治療學系": .rehabilitationManagement, "醫務管理暨醫療資訊學系": .rehabilitationManagement],
            mainPaperWindowYears: 5, mainPaperTypes: [.original, .invitedReview],
            mainPaperIndexes: [.naturalBiomedical: [.sci, .ssci, .ei], .rehabilitationManagement: [.sci, .ssci, .ei, .tssci, .tjot, .tjpt]],
            sciSsciEiIndexes: [.sci, .ssci, .ei],
            impactEquivalence: [ImpactEquivalence(from: 10, fromInclusive: true, through: 20, papers: 2), ImpactEquivalence(from: 20, fromInclusive: false, through: nil, papers: 3)],
            representativeEqualContributionMinImpact: 10, paperConditions: sets,
            topGroups: [TopGroup(id: "top10", label: "前10%", upTo: 10, inclusive: true), TopGroup(id: "top20", label: "前20%", upTo: 20, inclusive: false),
                        TopGroup(id: "top40", label: "前40%", upTo: 40, inclusive: false)],
            secondmentMinimumYears: 2,
            externalReviewPass: [.lecturer: 70, .assistantProfessor: 75, .associateProfessor: 78, .professor: 80],
            teachingMinimum: [.professor: 70, .associateProfessor: 70], serviceMinimum: [.professor: 40, .associateProfessor: 30],
            researchThresholds: [
                .naturalBiomedical: [.promotion: [.professor: 500, .associateProfessor: 400, .assistantProfessor: 300, .lecturer: 200],
                                     .newHire: [.professor: 500, .associateProfessor: 400, .assistantProfessor: 300, .lecturer: 200]],
                .rehabilitationManagement: [.promotion: [.professor: 450, .associateProfessor: 350, .assistantProfessor: 250, .lecturer: 150],
                                            .newHire: [.professor: 450, .associateProfessor: 350, .assistantProfessor: 150, .lecturer: 50]],
            ],
            pregnancyExtensionYears: 2,
            grants: GrantRules(windowYears: 5, required: [.associateProfessor: 1, .professor: 2], standInMinimumAmount: 500_000, standInMaximum: 1),
            teachingHours: TeachingHourRules(standard: [.lecturer: 8, .assistantProfessor: 7, .associateProfessor: 7], recentYears: 3,
                                             physicianStandard: 4, physicianMinimumActual: 1),
            physicianDegrees: [
                PhysicianDegreeRule(kind: .newHire, rank: .assistantProfessor, degrees: [.master, .doctoralStudent, .doctoralCandidate, .doctorate]),
                PhysicianDegreeRule(kind: .promotion, rank: .associateProfessor, degrees: [.doctoralCandidate, .doctorate]),
                PhysicianDegreeRule(kind: .promotion, rank: .professor, degrees: [.doctorate], abroadYears: 1, fromDate: date("109/08/01")),
            ])
        return Rulebook(version: usr ? "kmu-health-2020-07-23" : "kmu-health-before-2020-07-23", title: "test",
                        inForceFrom: usr ? date("109/07/23") : nil, teaching: teaching,
                        service: ServiceRules(windowAcademicYears: 5, items: serviceItems), research: research,
                        conditions: conditions, interpretations: interpretations)
    }

    static func d(_ value: Double) -> Decimal { Decimal(string: String(value))! }
    static func date(_ text: String) -> RocDate { RocDate(parsing: text)! }
    static func loc(_ line: Int, _ file: String = "papers.csv") -> SourceLocation { SourceLocation(file: file, line: line) }

    /// A promotion from assistant to associate professor in 醫學檢驗生物技術學系, applying 115/09/15,
    /// assistant professor since 109/08/01: the windows are 112-1…114-2, AY 110–114, papers from 108/09/15.
    static func dossier(kind: ApplicationKind = .promotion, applied: Rank = .associateProfessor, current: Rank? = .assistantProfessor,
                        department: String = "醫學檢驗生物技術學系", date: String = "115/09/15", papers: [Paper] = []) -> Dossier {
        Dossier(round: "115-1", applicant: "測試", department: department, kind: kind, currentRank: kind == .promotion ? current : nil,
                currentRankSince: kind == .promotion ? Fixture.date("109/08/01") : nil, appliedRank: applied,
                applicationDate: Fixture.date(date), papers: papers)
    }

    /// A first-author SCI original paper at `percentile`, published 113/01/01 while assistant professor.
    static func paper(_ line: Int, percentile: Double? = 30, impact: Double? = nil, type: PaperType = .original, position: Int = 1,
                      corresponding: Bool = false, equal: Int = 1, index: PaperIndex = .sci, date: String = "113/01/01",
                      journal: String = "J", university: Bool = true, rank: Rank? = .assistantProfessor) -> Paper {
        Paper(date: Fixture.date(date), title: "paper \(line)", journal: journal, type: type, authorPosition: position,
              corresponding: corresponding, equalContribution: equal, percentile: percentile.map(d), impactFactor: impact.map(d),
              index: index, underUniversityName: university, rankHeld: rank, location: loc(line))
    }

    static func assess(_ dossier: Dossier, _ rulebook: Rulebook = Fixture.rulebook()) -> Assessment {
        Assessment(dossier: dossier, rulebook: rulebook)
    }
}

extension Assessment {
    func indicator(_ kind: TeachingIndicator) -> IndicatorScore { teaching.indicators.first { $0.kind == kind }! }
}
