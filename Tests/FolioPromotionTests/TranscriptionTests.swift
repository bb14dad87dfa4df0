import FolioCore
import FolioPromotion
import FolioSite
import Foundation
import Testing

/// The source's numbers, transcribed here from `spec/kmu-health-promotion-rules.source.txt`
/// (健康科學院專任教師新聘及升等計分細則, 109.07.23, and its 修正條文對照表) and not from the YAML,
/// compared entry by entry with each shipped rulebook as `RulebookLoader` loads it.
/// Each table names the article it comes from; the ids on the left are the rulebook's names for
/// the source's rows.
@Suite("Transcription: the shipped rulebooks hold the source's numbers")
struct TranscriptionTests {
    static let versions = Shipped.Version.allCases

    /// One row of a points table: the rulebook id, the source's points, how they are counted.
    struct Row: Equatable, CustomStringConvertible {
        var id: String
        var points: Decimal
        var measure: ItemRule.Measure = .each
        var split = false
        var cap: Decimal? = nil
        var plan = false
        var description: String { "\(id) \(points) \(measure.rawValue)\(split ? " split" : "")\(cap.map { " cap \($0)" } ?? "")\(plan ? " plan" : "")" }
    }

    static func rows(_ items: [ItemRule]) -> [Row] {
        items.map { Row(id: $0.id, points: $0.points, measure: $0.measure, split: $0.splittable, cap: $0.capPerPeriod, plan: $0.requiresPlan) }
    }

    /// Entry by entry: every source row is in the rulebook with the same numbers, and nothing else is.
    static func compare(_ expected: [Row], _ items: [ItemRule], _ version: Shipped.Version) {
        let loaded = rows(items)
        for row in expected {
            #expect(loaded.first { $0.id == row.id } == row, "\(version.rawValue): \(row.id)")
        }
        #expect(loaded.map(\.id) == expected.map(\.id), "\(version.rawValue): the rows and their order")
    }

    static func d(_ text: String) -> Decimal { Decimal(string: text)! }

    // MARK: Article 3 (common conditions)

    @Test(arguments: versions)
    func rG2_externalReviewPassMarks(version: Shipped.Version) {
        // 第 3 條第 2 款「講師級 70 分，助理教授級 75 分，副教授級 78 分，教授級 80 分」.
        let source: [Rank: Decimal] = [.lecturer: 70, .assistantProfessor: 75, .associateProfessor: 78, .professor: 80]
        #expect(Shipped.rulebook(version).conditions.externalReviewPass == source)
    }

    @Test(arguments: versions)
    func rG2_externalReviewPanel(version: Shipped.Version) {
        // Not in this college's text (第 3 條第 2 款 refers to 本校教師聘任及升等資格審定辦法): the university's form,
        // 「一次送五位，至少四位及格」 (issue 13), read as the I-13 setting n_of_m.
        #expect(Shipped.rulebook(version).conditions.externalReviewPanel == ExternalReviewPanel(reviewers: 5, mustPass: 4))
        #expect(Shipped.rulebook(version).interpretations.reviewAggregate == .nOfM)
    }

    @Test(arguments: versions)
    func rG3_rG4_teachingAndServiceMinima(version: Shipped.Version) {
        // 第 3 條第 3 款「教學計分分數需達 70 分以上」「教授及副教授需分別達 40 分與 30 分以上」.
        let conditions = Shipped.rulebook(version).conditions
        #expect(conditions.teachingMinimum == [.professor: 70, .associateProfessor: 70])
        #expect(conditions.serviceMinimum == [.professor: 40, .associateProfessor: 30])
    }

    @Test(arguments: versions)
    func rG5_researchThresholds(version: Shipped.Version) {
        // 第 3 條第 3 款 (一) 自然生物醫學類「教授 500 分，副教授 400 分，助理教授 300 分和講師 200 分以上」(promotion
        // and new hire alike); (二) 復健醫療管理科學類 升等 450/350/250/150, 新聘 450/350/150/50.
        let natural: [Rank: Decimal] = [.professor: 500, .associateProfessor: 400, .assistantProfessor: 300, .lecturer: 200]
        let source: [ResearchCategory: [ApplicationKind: [Rank: Decimal]]] = [
            .naturalBiomedical: [.promotion: natural, .newHire: natural],
            .rehabilitationManagement: [.promotion: [.professor: 450, .associateProfessor: 350, .assistantProfessor: 250, .lecturer: 150],
                                        .newHire: [.professor: 450, .associateProfessor: 350, .assistantProfessor: 150, .lecturer: 50]],
        ]
        let loaded = Shipped.rulebook(version).conditions.researchThresholds
        for (category, kinds) in source {
            for (kind, ranks) in kinds {
                for (rank, points) in ranks {
                    #expect(loaded[category]?[kind]?[rank] == points, "\(version.rawValue): \(category) \(kind) \(rank)")
                }
            }
        }
        #expect(loaded == source)
    }

    @Test(arguments: versions)
    func rG1_rG6_rG7_rG8_theOtherCommonConditions(version: Shipped.Version) {
        let conditions = Shipped.rulebook(version).conditions
        // 第 3 條第 1 款: lecturer 8, assistant 7, associate 7 hours; the last three years; physicians 4, at least 1 actual.
        #expect(conditions.teachingHours == TeachingHourRules(standard: [.lecturer: 8, .assistantProfessor: 7, .associateProfessor: 7],
                                                              recentYears: 3, physicianStandard: 4, physicianMinimumActual: 1))
        // 第 3 條第 4 款: 延長前述年限二年.
        #expect(conditions.pregnancyExtensionYears == 2)
        // 第 3 條第 5 款: 五年內; 副教授至少 1 件, 教授至少 2 件; 累計達新臺幣 50 萬元以上 … 至多可折抵 1 件.
        #expect(conditions.grants == GrantRules(windowYears: 5, required: [.associateProfessor: 1, .professor: 2],
                                                standInMinimumAmount: 500_000, standInMaximum: 1))
        // 第 3 條第 6 款: 新聘助理教授 碩士學位或博士生身份; 升等副教授 博士學位或博士候選人資格;
        // 自 109 年度 升等教授 博士學位或出國進修一年以上. (A doctoral candidate or doctorate is more than a doctoral student.)
        #expect(conditions.physicianDegrees == [
            PhysicianDegreeRule(kind: .newHire, rank: .assistantProfessor, degrees: [.master, .doctoralStudent, .doctoralCandidate, .doctorate]),
            PhysicianDegreeRule(kind: .promotion, rank: .associateProfessor, degrees: [.doctoralCandidate, .doctorate]),
            PhysicianDegreeRule(kind: .promotion, rank: .professor, degrees: [.doctorate], abroadYears: 1, fromDate: RocDate(parsing: "109/08/01")),
        ])
    }

    @Test(arguments: versions)
    func rC1_departmentsAndCategories(version: Shipped.Version) {
        // 第 2 條.
        #expect(Shipped.rulebook(version).conditions.departments == [
            "公共衛生學系": .naturalBiomedical, "醫學檢驗生物技術學系": .naturalBiomedical, "醫學影像暨放射科學系": .naturalBiomedical,
            "物理治療學系": .rehabilitationManagement, "職能治療學系": .rehabilitationManagement, "醫務管理暨醫療資訊學系": .rehabilitationManagement,
        ])
    }

    // MARK: Articles 4 and 5 (definitions, paper conditions)

    @Test(arguments: versions)
    func rD1_rD2_rP1_rP2_definitions(version: Shipped.Version) {
        let conditions = Shipped.rulebook(version).conditions
        // 第 4 條第 1 款: 五年內; 限原著及被邀寫之綜說.
        #expect(conditions.mainPaperWindowYears == 5)
        #expect(conditions.mainPaperTypes == [.original, .invitedReview])
        // 第 4 條第 2 款: I.F. ≥ 10.
        #expect(conditions.representativeEqualContributionMinImpact == 10)
        // 第 5 條: 介於 10-20 等同兩篇, 大於 20 等同三篇.
        #expect(conditions.impactEquivalence == [ImpactEquivalence(from: 10, fromInclusive: true, through: 20, papers: 2),
                                                 ImpactEquivalence(from: 20, fromInclusive: false, through: nil, papers: 3)])
        // 第 5 條第 1 款 主論文 (SCI/SSCI/EI 論文); 第 2 款 SCI/SSCI/EI/TSSCI/台灣職能治療學會雜誌/台灣物理治療學會雜誌.
        #expect(conditions.mainPaperIndexes == [.naturalBiomedical: [.sci, .ssci, .ei],
                                                .rehabilitationManagement: [.sci, .ssci, .ei, .tssci, .tjot, .tjpt]])
        #expect(conditions.sciSsciEiIndexes == [.sci, .ssci, .ei])
        // 「排名前 10%/20%/40%」 (I-1: top 10% inclusive).
        #expect(conditions.topGroups.map { [$0.id, $0.upTo.description, String($0.inclusive)] }
                == [["top10", "10", "true"], ["top20", "20", "false"], ["top40", "40", "false"]])
        // 「服務滿二年以上」.
        #expect(conditions.secondmentMinimumYears == 2)
    }

    typealias Alternative = (papers: Int, ofWhich: Int, group: PaperAlternative.Group)

    static func paperConditions(_ version: Shipped.Version, _ rule: String, _ category: ResearchCategory, _ track: PaperConditionSet.Track,
                                _ source: [Rank: [Alternative]]) {
        let sets = Shipped.rulebook(version).conditions.paperConditions.filter { $0.rule == rule }
        #expect(sets.count == 4, "\(version.rawValue): \(rule) has one set per rank")
        for (rank, alternatives) in source {
            let set = sets.first { $0.rank == rank }
            #expect(set?.category == category && set?.track == track, "\(version.rawValue): \(rule) \(rank)")
            #expect(set?.alternatives == alternatives.map { PaperAlternative(papers: $0.papers, ofWhich: $0.ofWhich, group: $0.group) },
                    "\(version.rawValue): \(rule) \(rank)")
        }
    }

    @Test(arguments: versions)
    func rP3_naturalMainPapers(version: Shipped.Version) {
        // 第 5 條第 1 款: 教授 7 篇其中 3 篇前 40% | 5 篇其中 3 篇前 20% | 3 篇皆前 10%; 副教授 5/1/40 | 4/2/20 | 2 皆 10;
        // 助理教授 3/1/40 | 1 篇前 10%; 講師 2 篇.
        Self.paperConditions(version, "R-P3", .naturalBiomedical, .standard, [
            .professor: [(7, 3, .top("top40")), (5, 3, .top("top20")), (3, 3, .top("top10"))],
            .associateProfessor: [(5, 1, .top("top40")), (4, 2, .top("top20")), (2, 2, .top("top10"))],
            .assistantProfessor: [(3, 1, .top("top40")), (1, 1, .top("top10"))],
            .lecturer: [(2, 0, .none)],
        ])
    }

    @Test(arguments: versions)
    func rP4_naturalSeconded(version: Shipped.Version) {
        // 外調 … 教授 as R-P3; 副教授 4/1/40 | 3/2/20 | 2 皆 10; 助理教授 2/1/40 | 1 篇前 10%; 講師 2 篇.
        Self.paperConditions(version, "R-P4", .naturalBiomedical, .seconded, [
            .professor: [(7, 3, .top("top40")), (5, 3, .top("top20")), (3, 3, .top("top10"))],
            .associateProfessor: [(4, 1, .top("top40")), (3, 2, .top("top20")), (2, 2, .top("top10"))],
            .assistantProfessor: [(2, 1, .top("top40")), (1, 1, .top("top10"))],
            .lecturer: [(2, 0, .none)],
        ])
    }

    @Test(arguments: versions)
    func rP5_rehabilitationMainPapers(version: Shipped.Version) {
        // 第 5 條第 2 款: 教授 5 篇其中 3 篇以上 SCI/SSCI/EI; 副教授 4/2; 助理教授 3/1; 講師 2/1.
        Self.paperConditions(version, "R-P5", .rehabilitationManagement, .standard, [
            .professor: [(5, 3, .sciSsciEi)], .associateProfessor: [(4, 2, .sciSsciEi)],
            .assistantProfessor: [(3, 1, .sciSsciEi)], .lecturer: [(2, 1, .sciSsciEi)],
        ])
    }

    @Test(arguments: versions)
    func rP6_rehabilitationSeconded(version: Shipped.Version) {
        // 外調或全勤服務於附設中和紀念醫院: 教授 5/3; 副教授 3/1; 助理教授 2/1; 講師「2 篇：SCI/SSCI/EI 或碩士論文 1 篇」
        // (read, as the rulebook's comment says, as 2 papers of which 1 SCI/SSCI/EI or 1 a master's thesis).
        Self.paperConditions(version, "R-P6", .rehabilitationManagement, .seconded, [
            .professor: [(5, 3, .sciSsciEi)], .associateProfessor: [(3, 1, .sciSsciEi)],
            .assistantProfessor: [(2, 1, .sciSsciEi)], .lecturer: [(2, 1, .sciSsciEi), (2, 1, .masterThesis)],
        ])
    }

    // MARK: Article 6 §1 (teaching, 附表一, 附表二)

    static func indicator(_ version: Shipped.Version, _ kind: TeachingIndicator) -> TeachingIndicatorRule? {
        Shipped.rulebook(version).teaching.indicator(kind)
    }

    @Test(arguments: versions)
    func rT1_teachingAbility(version: Shipped.Version) {
        // (一) 教學能力 權重 20%; 附表二: 課程規劃 7/7/6, 教學內容 7/7/6, 教學方法 7/7/6, 班級經營 5/5/5/5, 多元評量 7/7/6, each ≤ 20.
        let teaching = Shipped.rulebook(version).teaching
        #expect(Self.indicator(version, .ability)?.weightPercent == 20)
        #expect(Self.indicator(version, .ability)?.cap == 100)   // 附表一「此項指標的積分以 100 分為上限」
        let source: [(String, String, [Decimal])] = [("course_planning", "課程規劃", [7, 7, 6]), ("teaching_content", "教學內容", [7, 7, 6]),
                                                    ("teaching_methods", "教學方法", [7, 7, 6]), ("classroom_management", "班級經營", [5, 5, 5, 5]),
                                                    ("assessment", "多元評量", [7, 7, 6])]
        #expect(teaching.ability.map(\.id) == source.map(\.0))
        for (id, label, points) in source {
            let dimension = teaching.ability.first { $0.id == id }
            #expect(dimension?.label == label)
            #expect(dimension?.cap == 20, "\(version.rawValue): \(id)")
            #expect(dimension?.items.map(\.points) == points, "\(version.rawValue): \(id)")
        }
        // 「每一教學考核指標之權重比例不得低於 10%或大於 30%」; 「以近 6 學期為統計基準」.
        #expect([teaching.weightMinimum, teaching.weightMaximum] == [10, 30])
        #expect(teaching.recentSemesters == 6)
    }

    @Test(arguments: versions)
    func rT2_teachingEvaluation(version: Shipped.Version) {
        // (二) 權重 15%. 100 學年度(含)以前: 4.50 → 20, 4.25 → 15, 4.00 → 10, 3.75 → 5 (5-point scale);
        // 101 學年度(含)以後: 5.40 → 20, 5.10 → 15, 4.80 → 10, 4.50 → 5 (6-point scale).
        #expect(Self.indicator(version, .evaluation)?.weightPercent == 15)
        let scales = Shipped.rulebook(version).teaching.evaluation.scales
        #expect(scales.count == 2)
        #expect(scales.first?.throughAcademicYear == 100 && scales.first?.fromAcademicYear == nil)
        #expect(scales.last?.fromAcademicYear == 101 && scales.last?.throughAcademicYear == nil)
        #expect(scales.map(\.maximumAverage) == [5, 6])
        let source: [[(String, Decimal)]] = [[("4.50", 20), ("4.25", 15), ("4.00", 10), ("3.75", 5)],
                                            [("5.40", 20), ("5.10", 15), ("4.80", 10), ("4.50", 5)]]
        for (scale, bands) in zip(scales, source) {
            for (atLeast, points) in bands {
                #expect(scale.bands.first { $0.atLeast == Self.d(atLeast) }?.points == points, "\(version.rawValue): \(scale.label) \(atLeast)")
            }
            #expect(scale.bands.count == bands.count)
        }
    }

    @Test(arguments: versions)
    func rT3_teachingGrowth(version: Shipped.Version) {
        // (三) 權重 15%: 3 倍以上 13, 2 倍以上 6.5, 1.5 倍以上 3; 未達基本分數 −6; 未曾參與 −12;
        // 社群召集人 每次 25 分為上限, 社群參與人 每次 15 分為上限.
        #expect(Self.indicator(version, .growth)?.weightPercent == 15)
        let growth = Shipped.rulebook(version).teaching.growth
        let multiples = [("3", "13"), ("2", "6.5"), ("1.5", "3")]
        for (atLeast, points) in multiples {
            #expect(growth.multiples.first { $0.atLeast == Self.d(atLeast) }?.points == Self.d(points), "\(version.rawValue): \(atLeast)×")
        }
        #expect(growth.multiples.count == 3)
        #expect(growth.belowBase == -6)
        #expect(growth.none == -12)
        Self.compare([Row(id: "community_convener", points: 25, measure: .upTo), Row(id: "community_member", points: 15, measure: .upTo)],
                     growth.items, version)
    }

    @Test(arguments: versions)
    func rT4_specialPerformance(version: Shipped.Version) {
        // (四) 權重 10%, 取得前一等級教師資格後的近 5 年. Items 1–19 in the source's order.
        #expect(Self.indicator(version, .special)?.weightPercent == 10)
        let special = Shipped.rulebook(version).teaching.special
        #expect(special.windowYears == 5)
        Self.compare([
            Row(id: "plan_convener", points: 10, plan: true),            // 1. 各主軸計畫召集人 每學期/半年 10
            Row(id: "plan_deputy_convener", points: 8, plan: true),      // 2. 副召集人 8
            Row(id: "plan_subproject_pi", points: 6, plan: true),        // 3. 各子計畫主持人 6
            Row(id: "plan_subproject_member", points: 4, plan: true),    // 4. 各子計畫參與人 4
            Row(id: "outstanding_teaching_award", points: 50),           // 5. 校級教學傑出教師 每次 50
            Row(id: "excellent_teaching_award", points: 40),             // 6. 校級教學優良教師 每次 40
            Row(id: "moe_digital_course", points: 40),                   // 7. 教育部數位教材/課程認證 每案 40
            Row(id: "open_course", points: 35),                          // 8. 開放式課程/MOOCs 每門 35
            Row(id: "teaching_material_award", points: 35),              // 9. 本校優良教材獎 每案 35
            Row(id: "website_excellent", points: 30),                    // 10. 自建教學網站 極優 每件 30
            Row(id: "website_good", points: 25),                         // 11. 優等 每件 25
            Row(id: "career_material", points: 20),                      // 12. 生/職涯教材 每案 20
            Row(id: "distance_course_lead", points: 20),                 // 13. 遠距教學主負責 每科目 20
            Row(id: "distance_course_coteacher", points: 20, split: true),   // 14. 協同 20，依實際授課時數均分
            Row(id: "english_course_lead", points: 20),                  // 15. 全英語授課主負責 每科目 20
            Row(id: "english_course_coteacher", points: 20, split: true),    // 16. 協同 20，依時數均分
            Row(id: "service_learning_lead", points: 5),                 // 17. 服務學習主負責 每學期 5
            Row(id: "service_learning_coteacher", points: 4),            // 18. 服務學習協同 每學期 4
            Row(id: "credit_class", points: 10),                         // 19. 學分班與非學分班 每門 10
        ], special.items, version)
        // 註: the school-level plans; the 109.07.23 amendment adds 大學社會責任實踐計畫(USR 計畫).
        var plans = ["教學卓越計畫", "高東屏區域教學資源中心計畫", "公民素養陶塑計畫", "智慧生活創新創業育成計畫", "教師多元升等制度計畫",
                     "課程分流計畫", "學海築夢計畫", "高等教育深耕計畫"]
        if version == .current { plans.append("大學社會責任實踐計畫(USR 計畫)") }
        #expect(special.plans.map(\.label) == plans)
    }

    @Test(arguments: versions)
    func rT5_administrativeCooperation(version: Shipped.Version) {
        // (五) 權重 20%: 按時上傳課程大綱 +10, 按時繳交成績 +10, 未按時上傳 −10, 未按時繳交 −10, 成績更正 −10 (每學期).
        #expect(Self.indicator(version, .admin)?.weightPercent == 20)
        #expect(Shipped.rulebook(version).teaching.admin
                == AdminRules(syllabusOnTime: 10, syllabusLate: -10, gradesOnTime: 10, gradesLate: -10, gradeCorrection: -10))
    }

    @Test(arguments: versions)
    func rT6_collegeTeaching(version: Shipped.Version) {
        // (六) 權重 20%, in the source's order.
        #expect(Self.indicator(version, .college)?.weightPercent == 20)
        Self.compare([
            Row(id: "pbl_case", points: 10),                     // 編寫 PBL 教案 每案 10
            Row(id: "pbl_tutor", points: 3),                     // PBL tutor 每案 3
            Row(id: "osce_case", points: 10),                    // 執行 OSCE 教案 每案 10
            Row(id: "osce_examiner", points: 3),                 // OSCE 考官 每案 3
            Row(id: "clinical_internship", points: 4),           // 大學部臨床實習指導 每學期 4
            Row(id: "international_scholar", points: 1, measure: .perHour, split: true),   // 每小時 1，兩位以上平分
            Row(id: "graduate_research", points: 10),            // 指導研究生專題研究 每案 10
            Row(id: "nstc_summer_student", points: 20),          // 國科會暑期大專生 每案 20
            Row(id: "school_summer_student", points: 5),         // 校內暑期計畫 每案 5
            Row(id: "project_course_hours", points: 1, measure: .perHour),   // 專題課程授課 每小時 1
            Row(id: "abroad_visit", points: 10),                 // 帶學生出國 每案 10
            Row(id: "abroad_visit_advising", points: 5),         // 僅輔導而未同行 5
            Row(id: "domestic_visit", points: 5),                // 國內觀摩 每案 5
            Row(id: "conference_supervision", points: 10),       // 研討會及競賽 每案 10
            Row(id: "international_award", points: 50),          // 國際性獎項 50
            Row(id: "national_award", points: 40),               // 國內獎項 40
            Row(id: "school_award", points: 30),                 // 校內獎項 30
            Row(id: "service_learning_adviser", points: 10),     // 服務學習帶組 每學年每案 10
            Row(id: "bridging_material", points: 1, measure: .perHour, cap: 10),   // 每小時 1，每學期上限 10
            Row(id: "college_teaching_award", points: 20),       // 學院教學優良教師 每學年 20
        ], Shipped.rulebook(version).teaching.college.items, version)
    }

    // MARK: Article 6 §2 (guidance and service, 五年內, 每學年)

    static func serviceItems(_ version: Shipped.Version, _ rule: String) -> [ItemRule] {
        Shipped.rulebook(version).service.items.filter { $0.rule == rule }
    }

    @Test(arguments: versions)
    func rS1_guidance(version: Shipped.Version) {
        #expect(Shipped.rulebook(version).service.windowAcademicYears == 5)
        Self.compare([
            Row(id: "undergraduate_mentor", points: 0, measure: .menteeBands),   // 16(含)名以下 5, 17(含)名以上 6 (bands below)
            Row(id: "graduate_mentor", points: 2),
            Row(id: "mentee_interviews", points: 1),
            Row(id: "mentoring_deeds", points: 2, measure: .upTo),             // 最高核給 2 分
            Row(id: "interviews_missed", points: -2),                          // 扣減 2 分
            Row(id: "mentor_meeting_missed", points: Self.d("-0.5")),
            Row(id: "mentor_training_missed", points: Self.d("-0.5")),
            Row(id: "residential_college_mentor", points: 5, measure: .upTo),  // 書院導師 最高核給 5 分
            Row(id: "career_counselor", points: 4),
            Row(id: "psychological_counselor", points: 2),
            Row(id: "outstanding_mentor", points: 6),
            Row(id: "guidance_contribution", points: 5, measure: .upTo),
        ], Self.serviceItems(version, "R-S1"), version)
        let mentor = Self.serviceItems(version, "R-S1").first { $0.id == "undergraduate_mentor" }
        #expect(mentor?.menteeBands == [CountBand(from: 0, points: 5), CountBand(from: 17, points: 6)])
    }

    @Test(arguments: versions)
    func rS2_service(version: Shipped.Version) {
        var rows = [
            Row(id: "college_admin_teacher", points: 4),
            Row(id: "hospital_unit_head", points: 5),
            Row(id: "section_head", points: 7),
            Row(id: "department_chair", points: 8),
            Row(id: "hospital_vice_superintendent", points: 10),
            Row(id: "committee_member", points: 1, cap: 3),                    // 1 (最高核給3)
            Row(id: "school_contribution", points: 5, measure: .upTo),         // 最高核給5
        ]
        if version == .current { rows.append(Row(id: "usr_contribution", points: 5, measure: .upTo)) }   // 執行 USR 計畫 最高核給5分
        rows.append(Row(id: "external_post", points: 3, measure: .upTo))      // 最高核給3
        Self.compare(rows, Self.serviceItems(version, "R-S2"), version)
    }

    // MARK: Article 6 §3 (research)

    @Test(arguments: versions)
    func rR1_rR9_paperTable(version: Shipped.Version) {
        let research = Shipped.rulebook(version).research
        // 升等前一級教師任內且為近七年; 最高採計 15 篇.
        #expect(research.windowYears == 7)
        #expect(research.maxCountedPapers == 15)
        // IF>5: I.F.×5, ×3, ×1, ×0.5.
        #expect(research.impactAbove == 5)
        #expect(research.impactCoefficients == AuthorPoints(5, 3, 1, Self.d("0.5")))
        // 10%(含)內 30/18/6/3; 10%至20%(不含) 25/15/5/2.5; 20%至40%(不含) 20/12/4/2; 40%至60%(不含) 15/9/3/1.5;
        // 60%至80%(不含) 10/6/2/1; 80%以上 5/3/1/0.5.
        typealias Band = (lower: Decimal?, lowerInclusive: Bool, upper: Decimal?, upperInclusive: Bool, points: [String])
        let source: [Band] = [(nil, true, 10, true, ["30", "18", "6", "3"]), (10, false, 20, false, ["25", "15", "5", "2.5"]),
                              (20, true, 40, false, ["20", "12", "4", "2"]), (40, true, 60, false, ["15", "9", "3", "1.5"]),
                              (60, true, 80, false, ["10", "6", "2", "1"]), (80, true, nil, false, ["5", "3", "1", "0.5"])]
        #expect(research.bands.count == source.count)
        for (band, row) in zip(research.bands, source) {
            #expect(band.lower == row.lower && band.upper == row.upper && band.upperInclusive == row.upperInclusive, "\(version.rawValue): \(band.id)")
            if row.lower != nil { #expect(band.lowerInclusive == row.lowerInclusive, "\(version.rawValue): \(band.id)") }
            #expect(band.points.all == row.points.map(Self.d), "\(version.rawValue): \(band.id)")
        }
        // 學位論文/EI/台灣職能治療學會雜誌/台灣物理治療學會雜誌/台灣醫學教育學會期刊等: 5/3/1/0.5.
        #expect(research.flatRow == AuthorPoints(5, 3, 1, Self.d("0.5")))
        #expect(research.flatRowIndexes == [.ei, .tjot, .tjpt, .tmej])
        // The table is for (SCI/SSCI/TSSCI/EI論文); EI is on the flat row, the others by rank.
        #expect(research.rankedIndexes == [.sci, .ssci, .tssci])
    }

    @Test(arguments: versions)
    func rR2_typeMultipliers(version: Shipped.Version) {
        // 原著和被邀寫綜說 3 倍, 短篇報告、一般綜說和編輯評論 2 倍, 病例報告和期刊信函 1 倍.
        #expect(Shipped.rulebook(version).research.typeMultipliers
                == [.original: 3, .invitedReview: 3, .shortReport: 2, .generalReview: 2, .editorial: 2, .caseReport: 1, .letter: 1])
    }

    @Test(arguments: versions)
    func rR3_kjms(version: Shipped.Version) {
        // 高雄醫學科學雜誌(KJMS) 比照 … 40%至60% 等級計分(以一篇為限).
        let research = Shipped.rulebook(version).research
        let band = research.band(id: research.kjmsBand)
        #expect(band?.lower == 40 && band?.upper == 60)
        #expect(band?.points == AuthorPoints(15, 9, 3, Self.d("1.5")))
        #expect(research.kjmsMaxPapers == 1)
        #expect(research.isKJMS("Kaohsiung Journal of Medical Sciences"))
        #expect(research.isKJMS("高雄醫學科學雜誌"))
    }

    @Test(arguments: versions)
    func rR4_equalContribution(version: Shipped.Version) {
        // 兩位 80%, IF ≥ 6 100%; 三至四位 60%, IF ≥ 10 100%; 五位及以上 30%.
        #expect(Shipped.rulebook(version).research.equalContribution == [
            EqualContributionRule(minAuthors: 2, maxAuthors: 2, factor: Self.d("0.8"), fullFromImpact: 6),
            EqualContributionRule(minAuthors: 3, maxAuthors: 4, factor: Self.d("0.6"), fullFromImpact: 10),
            EqualContributionRule(minAuthors: 5, maxAuthors: nil, factor: Self.d("0.3"), fullFromImpact: nil),
        ])
    }

    @Test(arguments: versions)
    func rR5_studentGrants(version: Shipped.Version) {
        // 每題核給 5 分，每年至多 10 分.
        let research = Shipped.rulebook(version).research
        #expect(research.studentGrantPoints == 5)
        #expect(research.studentGrantCapPerYear == 10)
    }

    @Test(arguments: versions)
    func rR6_patents(version: Shipped.Version) {
        // 中華民國 30; 日本、加拿大、中國 60; 美國、歐盟 80; 其他國家 40.
        let research = Shipped.rulebook(version).research
        #expect(research.patentPoints == ["ROC": 30, "JP": 60, "CA": 60, "CN": 60, "US": 80, "EU": 80])
        #expect(research.patentOtherCountries == 40)
    }

    @Test(arguments: versions)
    func rR7_technologyTransfer(version: Shipped.Version) {
        // 25 萬元以上未達 50 萬元 30; 50 萬元以上未達 100 萬元 40; 100 萬元以上 50.
        #expect(Shipped.rulebook(version).research.transferBands == [
            AmountBand(from: 250_000, below: 500_000, points: 30), AmountBand(from: 500_000, below: 1_000_000, points: 40),
            AmountBand(from: 1_000_000, below: nil, points: 50),
        ])
    }

    @Test(arguments: versions)
    func rR8_industry(version: Shipped.Version) {
        // 50 萬–100 萬 最高核給 7; 100 萬–200 萬 15; 200 萬–300 萬 20; 300 萬–500 萬 30; 500 萬–1,000 萬 40;
        // 1,000 萬–3,000 萬 45; 3,000 萬元以上 50.
        #expect(Shipped.rulebook(version).research.industryBands == [
            AmountBand(from: 500_000, below: 1_000_000, points: 7, atMost: true), AmountBand(from: 1_000_000, below: 2_000_000, points: 15),
            AmountBand(from: 2_000_000, below: 3_000_000, points: 20), AmountBand(from: 3_000_000, below: 5_000_000, points: 30),
            AmountBand(from: 5_000_000, below: 10_000_000, points: 40), AmountBand(from: 10_000_000, below: 30_000_000, points: 45),
            AmountBand(from: 30_000_000, below: nil, points: 50),
        ])
    }

    // MARK: The two versions

    /// The rulebook with every source location cleared, so two files compare by their rules alone.
    static func withoutLocations(_ rulebook: Rulebook) -> Rulebook {
        var r = rulebook
        let here = SourceLocation.file("-")
        r.location = here
        for i in r.teaching.indicators.indices { r.teaching.indicators[i].location = here }
        for i in r.teaching.ability.indices { r.teaching.ability[i].location = here }
        for i in r.teaching.evaluation.scales.indices { r.teaching.evaluation.scales[i].location = here }
        for i in r.teaching.growth.items.indices { r.teaching.growth.items[i].location = here }
        for i in r.teaching.special.items.indices { r.teaching.special.items[i].location = here }
        for i in r.teaching.college.items.indices { r.teaching.college.items[i].location = here }
        for i in r.service.items.indices { r.service.items[i].location = here }
        for i in r.research.bands.indices { r.research.bands[i].location = here }
        for i in r.conditions.paperConditions.indices { r.conditions.paperConditions[i].location = here }
        return r
    }

    @Test func theTwoVersionsDifferExactlyInTheUSRItems() {
        let current = Self.withoutLocations(Shipped.current)
        var before = Self.withoutLocations(Shipped.before)
        #expect(current != before)
        // The 2020 version adds the USR plan to the note of R-T4 and the USR item to R-S2, and nothing else.
        #expect(Set(current.teaching.special.plans.map(\.id)).subtracting(before.teaching.special.plans.map(\.id)) == ["usr"])
        #expect(Set(current.service.items.map(\.id)).subtracting(before.service.items.map(\.id)) == ["usr_contribution"])
        var removed = current
        removed.teaching.special.plans.removeAll { $0.id == "usr" }
        removed.service.items.removeAll { $0.id == "usr_contribution" }
        // Apart from the names and the first day in force (109/07/23 against an open start).
        #expect(current.inForceFrom == RocDate(parsing: "109/07/23"))
        #expect(before.inForceFrom == nil)
        before.version = current.version
        before.title = current.title
        before.titleEnglish = current.titleEnglish
        before.inForceFrom = current.inForceFrom
        #expect(removed == before)
    }

    @Test func theTestsLoadTheFilesFolioShips() throws {
        // The texts read here from Sources/ are the ones the built folio carries in its bundle.
        let bundled = try RulebookLoader.bundledShelf().versions
        #expect(bundled == [Shipped.before, Shipped.current])
    }
}
