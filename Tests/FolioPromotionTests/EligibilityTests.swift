import FolioCore
import FolioPromotion
import Foundation
import Testing

@Suite("Eligibility (articles 3 to 5)")
struct EligibilityTests {
    /// Main papers for a promotion to associate professor, natural/biomedical: first-author SCI originals dated 113/01/01.
    func main(_ percentiles: [Double?], impacts: [Double?]? = nil, rank: Rank = .assistantProfessor) -> [Paper] {
        percentiles.enumerated().map { index, p in Fixture.paper(index + 1, percentile: p, impact: impacts?[index], rank: rank) }
    }

    @Test func rC1_departmentsAndTheMovedCategory() {
        let rulebook = Fixture.rulebook()
        #expect(rulebook.category(ofDepartment: "物理治療學系") == .rehabilitationManagement)
        #expect(rulebook.category(ofDepartment: "公共衛生學系") == .naturalBiomedical)
        // A moved teacher meets the other category's paper conditions: 4 rehabilitation main papers, 2 SCI → R-P5 passes,
        // while R-P3 (5 with 1 in the top 40%) would fail; teaching and service stay in the original category.
        var dossier = Fixture.dossier(papers: main([70, 70, 70, 70]))
        dossier.paperConditionsCategory = .rehabilitationManagement
        let a = Fixture.assess(dossier)
        #expect(a.category == .naturalBiomedical)
        #expect(a.requirement("R-P5")?.status == .pass)
        #expect(a.notes.contains { $0.rules == ["R-C1"] })
    }

    @Test func rC2_aPromotionGoesToTheNextRank() {
        let a = Fixture.assess(Fixture.dossier(applied: .professor, current: .assistantProfessor))
        #expect(a.requirement("R-C2")?.status == .fail)
        #expect(a.requirement("R-C2")?.shortfallText == "升等須由現職升至上一級（副教授）")
        #expect(Fixture.assess(Fixture.dossier()).requirement("R-C2")?.status == .pass)
    }

    @Test func rD1_mainPaperConditions() {
        // Only the first paper is a main paper: the others are second author, short report, not under the
        // university's name, before the 5-year window (110/09/15), or published as lecturer.
        let papers = [
            Fixture.paper(1),
            Fixture.paper(2, position: 2),
            Fixture.paper(3, type: .shortReport),
            Fixture.paper(4, university: false),
            Fixture.paper(5, date: "110/09/14"),
            Fixture.paper(6, rank: .lecturer),
        ]
        let a = Fixture.assess(Fixture.dossier(papers: papers))
        #expect(a.mainPapers.filter(\.isMain).map(\.paper.location) == [Fixture.loc(1)])
        #expect(a.mainPapers[1].reasonTexts == ["非第一或通訊作者"])
        #expect(a.mainPapers[2].reasonTexts == ["短篇報告不列主論文"])
        #expect(a.mainPapers[3].reasonTexts == ["非以本校名義發表"])
        #expect(a.mainPapers[4].reasonTexts == ["不在主論文期間 110/09/15–115/09/15 內"])
        #expect(a.mainPapers[5].reasonTexts == ["非升等前一級任內發表"])
        // New hires are exempt from the university's name and the rank (R-D1「新聘教師不受此限」).
        let hire = Fixture.assess(Fixture.dossier(kind: .newHire, applied: .assistantProfessor, papers: [Fixture.paper(1, university: false, rank: nil)]))
        #expect(hire.mainPapers[0].isMain)
    }

    @Test func rD2_representativeWork() {
        // An equal-contribution paper with IF 4 may not be representative; with IF 10 it may.
        var paper = Fixture.paper(1, impact: 4, equal: 2)
        paper.representative = true
        let a = Fixture.assess(Fixture.dossier(papers: [paper]))
        #expect(a.requirement("R-D2")?.status == .fail)
        paper.impactFactor = 10
        #expect(Fixture.assess(Fixture.dossier(papers: [paper])).requirement("R-D2")?.status == .pass)
        // No main paper at all: fails with the concrete shortfall.
        let none = Fixture.assess(Fixture.dossier(papers: [Fixture.paper(1, position: 2)]))
        #expect(none.requirement("R-D2")?.shortfallText == "尚缺 1 篇可作代表著作之主論文（第一或通訊作者；同等貢獻者須 IF ≥ 10）")
    }

    @Test func rD3_referencePapersWithinSevenYears() {
        // A paper of 108/09/15 (7 years before) is in the window; one of 108/09/14 is listed, not counted (the full
        // publication list, issue 13); one after the application date is an error.
        let inside = Fixture.assess(Fixture.dossier(papers: [Fixture.paper(1, date: "108/09/15", rank: nil)]))
        #expect(inside.windows.reference.start == Fixture.date("108/09/15"))
        let dossier = Fixture.dossier(papers: [Fixture.paper(7, date: "108/09/14")])
        #expect(dossier.validate(against: Fixture.rulebook()).isEmpty)
        let outside = Fixture.assess(dossier).research.papers[0]
        #expect(!outside.counted && outside.points.value == 0)
        #expect(outside.outsideWindow == .outsideWindow(years: 7, from: Fixture.date("108/09/15"), to: Fixture.date("115/09/15")))
        #expect(Fixture.dossier(papers: [Fixture.paper(7, date: "115/09/16")]).validate(against: Fixture.rulebook()).map(\.description)
                == ["papers.csv:7:1: error: paper 'paper 7' dated 115/09/16 is after the application date 115/09/15; correct the date"])
    }

    @Test func rP1_theThesisIsOneUnrankedMainPaper() {
        // New hire, assistant professor, rehabilitation: thesis + 2 TJOT papers = 3 main papers; the thesis counts as
        // SCI/SSCI/EI (I-12), so R-P5「3 篇，其中 1 篇以上為 SCI/SSCI/EI」passes.
        var dossier = Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "職能治療學系",
                                      papers: [Fixture.paper(1, percentile: nil, type: .doctoralThesis, index: .thesis, rank: nil),
                                               Fixture.paper(2, percentile: nil, index: .tjot, rank: nil),
                                               Fixture.paper(3, percentile: nil, index: .tjot, rank: nil)])
        dossier.applyingWithDegree = true
        #expect(Fixture.assess(dossier).requirement("R-P5")?.status == .pass)
        // Not applying on the degree: the thesis is not a main paper, 2 TJOT papers and no SCI: 1 SCI/SSCI/EI and 1 more paper missing.
        dossier.applyingWithDegree = false
        let failing = Fixture.assess(dossier).requirement("R-P5")
        #expect(failing?.status == .fail)
        #expect(failing?.alternatives.first?.shortfallText == "尚缺 1 篇SCI/SSCI/EI 主論文")
    }

    @Test func rP2_i5_highImpactPapersCountTwiceOrThrice() {
        // Associate, natural: IF 12 at p 5 counts as 2 papers in the top 10% → "2 篇，皆排名前10%" passes with one paper.
        let a = Fixture.assess(Fixture.dossier(papers: main([5], impacts: [12])))
        #expect(a.mainPapers[0].units == 2)
        #expect(a.requirement("R-P3")?.alternatives[2].pass == true)
        // IF 20 still counts 2; IF 20.1 counts 3.
        #expect(Fixture.assess(Fixture.dossier(papers: main([5], impacts: [20]))).mainPapers[0].units == 2)
        #expect(Fixture.assess(Fixture.dossier(papers: main([5], impacts: [20.1]))).mainPapers[0].units == 3)
    }

    @Test func rP3_everyAlternativeIsEvaluated() {
        // Professor, natural: 6 main papers, 2 in the top 40% (p 5, 18), 2 in the top 20%, 1 in the top 10%.
        let papers = main([5, 18, 45, 62, 50, 85], rank: .associateProfessor)
        let a = Fixture.assess(Fixture.dossier(applied: .professor, current: .associateProfessor, papers: papers))
        let requirement = a.requirement("R-P3")
        #expect(requirement?.status == .fail)
        #expect(requirement?.alternatives.map(\.shortfallText) == ["尚缺 1 篇前40%主論文", "尚缺 1 篇前20%主論文", "尚缺 2 篇前10%主論文",
                                                             "尚缺 1 篇前40%主論文", "尚缺 1 篇前20%主論文", "尚缺 2 篇前10%主論文"])
        #expect(requirement?.shortfall == .paperCondition(rule: "R-P3", alternative: PaperRequirement(papers: 7, ofWhich: 3, group: .top(percent: 40)),
                                                          missing: .moreInGroup(count: 1, group: .top(percent: 40))))
        #expect(requirement?.shortfallText == "尚缺 1 篇前40%主論文（R-P3「7 篇，其中 3 篇以上排名前40%」）")
        #expect(requirement?.shortfallEnglish == "1 more main paper in the top 40% (R-P3: 7 main papers, at least 3 of them in the top 40%)")
        // Assistant professor: one paper at p 10 (top 10% inclusive) suffices.
        let assistant = Fixture.assess(Fixture.dossier(applied: .assistantProfessor, current: .lecturer, papers: main([10], rank: .lecturer)))
        #expect(assistant.requirement("R-P3")?.status == .pass)
    }

    @Test func rP3_shortfallCountsBothTheGroupAndTheTotal() {
        // Associate: 2 main papers at 50%: "5 篇，其中 1 篇前40%" needs 1 in the top 40% and 2 more of any rank.
        let a = Fixture.assess(Fixture.dossier(papers: main([50, 50])))
        #expect(a.requirement("R-P3")?.alternatives[0].shortfallText == "尚缺 1 篇前40%主論文，另缺 2 篇主論文")
        #expect(a.requirement("R-P3")?.alternatives[0].shortfallEnglish == "1 more main paper in the top 40% and 2 more main papers")
    }

    @Test func rP4_rP7_secondedConditionsOnceOnly() {
        // Associate, natural, 4 main papers with one in the top 40%: R-P3 fails, R-P4「4 篇，其中 1 篇前40%」passes.
        var dossier = Fixture.dossier(papers: main([32, 48, 66, 52]))
        dossier.secondment = Secondment(basis: .seconded, years: 3, misconduct: false, usedBefore: false, location: Fixture.loc(9, "d.yaml"))
        #expect(Fixture.assess(dossier).requirement("R-P3")?.status == .pass)
        #expect(Fixture.assess(dossier).requirement("R-P3")?.detailText.contains("R-P4") == true)
        // R-P7: used before → the seconded alternatives are reported but unavailable.
        dossier.secondment?.usedBefore = true
        let used = Fixture.assess(dossier).requirement("R-P3")
        #expect(used?.status == .fail)
        #expect(used?.alternatives[3].pass == true)
        #expect(used?.alternatives[3].unavailableText == "外調論文條件已使用過（R-P7 限用一次）")
        // Less than two years seconded → unavailable too.
        dossier.secondment = Secondment(basis: .seconded, years: Fixture.d(1.5), misconduct: false, usedBefore: false, location: Fixture.loc(9, "d.yaml"))
        #expect(Fixture.assess(dossier).requirement("R-P3")?.alternatives[3].unavailableText == "外調 1.5 年，未滿 2 年")
    }

    @Test func rP5_rP6_rehabilitationCounts() {
        // Associate, rehabilitation: 3 main papers (1 SCI, 2 TSSCI): R-P5 (4 with 2 SCI) fails, R-P6 (3 with 1) passes
        // for a teacher serving full-time at the affiliated hospital.
        let papers = [Fixture.paper(1), Fixture.paper(2, percentile: nil, index: .tssci), Fixture.paper(3, percentile: nil, index: .tssci)]
        var dossier = Fixture.dossier(department: "物理治療學系", papers: papers)
        #expect(Fixture.assess(dossier).requirement("R-P5")?.shortfallText == "尚缺 1 篇SCI/SSCI/EI 主論文（R-P5「4 篇，其中 2 篇以上為 SCI/SSCI/EI」）")
        dossier.secondment = Secondment(basis: .fullTimeHospital, years: 5, misconduct: false, usedBefore: false, location: Fixture.loc(9, "d.yaml"))
        #expect(Fixture.assess(dossier).requirement("R-P5")?.status == .pass)
    }

    @Test func rG1_averageWeeklyHoursOfTheLastThreeYears() {
        // Years 112–114: 8, 6 (+0.5 reduction), abroad 114 (excluded) → (8 + 6.5) / 2 = 7.25 ≥ 7.
        var dossier = Fixture.dossier()
        dossier.teachingHours = [TeachingHourRecord(academicYear: 112, weekly: 8, location: Fixture.loc(1, "d.yaml")),
                                 TeachingHourRecord(academicYear: 113, weekly: 6, reduction: Fixture.d(0.5), location: Fixture.loc(2, "d.yaml")),
                                 TeachingHourRecord(academicYear: 114, weekly: 0, abroad: true, location: Fixture.loc(3, "d.yaml"))]
        #expect(Fixture.assess(dossier).requirement("R-G1")?.status == .pass)
        // Without the abroad exclusion: (8 + 6.5 + 5) / 3 = 6.5 < 7, short 0.5.
        dossier.teachingHours[2] = TeachingHourRecord(academicYear: 114, weekly: 5, location: Fixture.loc(3, "d.yaml"))
        #expect(Fixture.assess(dossier).requirement("R-G1")?.shortfallText == "平均每週授課時數尚差 0.5 小時")
        // Attending physicians: standard 4, and at least 1 actual hour each year.
        dossier.attendingPhysician = true
        dossier.teachingHours = [112, 113, 114].map { TeachingHourRecord(academicYear: $0, weekly: Fixture.d(0.5), reduction: 4, location: Fixture.loc(1, "d.yaml")) }
        #expect(Fixture.assess(dossier).requirement("R-G1")?.shortfallText == "主治醫師每週實際授課不得少於 1 小時")
    }

    @Test func rG2_externalReviewPassMarks() {
        // Associate: 78. Marks 80, 77 → one below (I-13 every_mark).
        var dossier = Fixture.dossier()
        dossier.externalReview = [80, 77].map { ExternalMark(mark: $0, location: Fixture.loc(1, "d.yaml")) }
        let every = Fixture.rulebook(interpretations: Interpretations(reviewAggregate: .everyMark))
        #expect(Fixture.assess(dossier, every).requirement("R-G2")?.shortfallText == "1 位審查人成績未達 78（77）")
        // I-13 mean: (80 + 77) / 2 = 78.5 ≥ 78 passes.
        let mean = Fixture.rulebook(interpretations: Interpretations(reviewAggregate: .mean))
        #expect(Fixture.assess(dossier, mean).requirement("R-G2")?.status == .pass)
    }

    /// R-G2 as the university's form reads it (I-13 n_of_m, the shipped setting): five reviewers, at least four at or
    /// above the pass mark of the rank applied for (associate: 78).
    @Test(arguments: [
        // 3/5: 80, 79, 78 reach 78; 77 and 70 do not → 3 < 4 fails, one more needed.
        ([80, 79, 78, 77, 70] as [Decimal], 3, false),
        // 4/5: 80, 79, 78, 78 reach 78 (78 is at the mark, so it passes); 77 does not → 4 ≥ 4 passes.
        ([80, 79, 78, 78, 77], 4, true),
        // 5/5: every mark reaches 78 → 5 ≥ 4 passes.
        ([80, 79, 78, 78, 90], 5, true),
    ])
    func rG2_atLeastFourOfFiveReviewers(marks: [Decimal], passing: Int, passes: Bool) throws {
        var dossier = Fixture.dossier()
        dossier.externalReview = marks.enumerated().map { ExternalMark(mark: $0.element, location: Fixture.loc($0.offset + 1, "d.yaml")) }
        let requirement = try #require(Fixture.assess(dossier, Shipped.current).requirement("R-G2"))
        #expect(requirement.status == (passes ? .pass : .fail))
        #expect(requirement.finding == .externalReviewPanel(marks: marks, passing: passing, returned: 5, reviewers: 5, mustPass: 4, passMark: 78))
        if !passes {
            #expect(requirement.shortfall == .reviewersNeeded(stillNeeded: max(4 - passing, 0), passMark: 78, mustPass: 4, reviewers: 5, outstanding: 0))
        }
    }

    @Test func rG2_fourMarksAtTheLineAlreadyPassWhileTheFifthIsOut() throws {
        // Four reviewers replied, all at 78: 4 ≥ 4 passes; the fifth mark cannot undo it.
        var dossier = Fixture.dossier()
        dossier.externalReview = [78, 78, 78, 78].map { ExternalMark(mark: $0, location: Fixture.loc(1, "d.yaml")) }
        let requirement = try #require(Fixture.assess(dossier, Shipped.current).requirement("R-G2"))
        #expect(requirement.status == .pass)
        #expect(requirement.finding == .externalReviewPanel(marks: [78, 78, 78, 78], passing: 4, returned: 4, reviewers: 5, mustPass: 4, passMark: 78))
        // Three replied, all passing: 3 < 4, two outstanding, one more pass needed.
        dossier.externalReview.removeLast()
        let pending = try #require(Fixture.assess(dossier, Shipped.current).requirement("R-G2"))
        #expect(pending.status == .fail)
        #expect(pending.shortfall == .reviewersNeeded(stillNeeded: 1, passMark: 78, mustPass: 4, reviewers: 5, outstanding: 2))
        #expect(pending.shortfallText == "尚須 1 位審查人達 78 分（5 位中至少 4 位；2 位尚未回覆）")
        #expect(pending.shortfallEnglish == "1 more reviewer must reach 78 (at least 4 of 5; 2 not yet replied)")
    }

    @Test func rG2_moreMarksThanReviewersIsAnError() {
        // Six marks for a panel of five: the sixth (line 6) is reported.
        var dossier = Fixture.dossier()
        dossier.externalReview = (1...6).map { ExternalMark(mark: 80, location: Fixture.loc($0, "d.yaml")) }
        let errors = dossier.validate(against: Shipped.current).filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains("d.yaml:6:1: error: 6 external review marks, but the rulebook sends a dossier to 5 reviewers (R-G2); remove the extra marks"))
    }

    @Test func rG3_rG4_teachingAndServiceMinimaForPromotionsOnly() {
        let a = Fixture.assess(Fixture.dossier())
        #expect(a.requirement("R-G3")?.shortfallText == "教學計分尚差 70 分")
        #expect(a.requirement("R-G4")?.shortfallText == "輔導與服務計分尚差 30 分")
        let hire = Fixture.assess(Fixture.dossier(kind: .newHire, applied: .associateProfessor))
        #expect(hire.requirement("R-G3")?.status == .notApplicable)
        #expect(hire.requirement("R-G4")?.status == .notApplicable)
    }

    @Test func rG5_researchThresholdsByCategoryAndKind() {
        // Rehabilitation new hire, assistant: 150. One 20–40% first-author original = 60: short 90.
        let a = Fixture.assess(Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "物理治療學系", papers: [Fixture.paper(1)]))
        #expect(a.requirement("R-G5")?.shortfallText == "研究計分尚差 90 分")
        #expect(a.requirement("R-G5")?.shortfallEnglish == "Research score: 90 points short")
        // Same paper, rehabilitation promotion to assistant: threshold 250, short 190.
        let b = Fixture.assess(Fixture.dossier(applied: .assistantProfessor, current: .lecturer, department: "物理治療學系", papers: [Fixture.paper(1, rank: .lecturer)]))
        #expect(b.requirement("R-G5")?.shortfallText == "研究計分尚差 190 分")
    }

    @Test func rG6_pregnancyExtendsThePaperWindowsByTwoYears() {
        // Childbirth on 112/03/10 (after reaching the rank, inside both windows): main 108/09/15–, reference 106/09/15–.
        var dossier = Fixture.dossier(papers: [Fixture.paper(1, date: "109/10/01")])
        dossier.pregnancyOrBirth = [DatedRecord(date: Fixture.date("112/03/10"), location: Fixture.loc(5, "d.yaml"))]
        let a = Fixture.assess(dossier)
        #expect(a.windows.mainPapers.start == Fixture.date("108/09/15"))
        #expect(a.windows.reference.start == Fixture.date("106/09/15"))
        #expect(a.mainPapers[0].isMain)   // 109/10/01 is a main paper only thanks to the extension
        #expect(a.notes.contains { $0.rules == ["R-G6"] })
        // Before reaching the rank (109/08/01) it does not extend.
        dossier.pregnancyOrBirth = [DatedRecord(date: Fixture.date("109/01/10"), location: Fixture.loc(5, "d.yaml"))]
        #expect(Fixture.assess(dossier).windows.mainPapers.start == Fixture.date("110/09/15"))
    }

    @Test func rG7_i9_grantsAndTheIndustryStandIn() {
        // Associate needs 1 grant: none, but an external 800,000 industry project (PI) stands in and leaves R-R8.
        var dossier = Fixture.dossier()
        dossier.industry = [IndustryProject(title: "x", closed: Fixture.date("113/06/30"), amount: 800_000, location: Fixture.loc(1, "d.yaml"))]
        let a = Fixture.assess(dossier)
        #expect(a.requirement("R-G7")?.status == .pass)
        #expect(a.grants.standIn?.title == "x")
        #expect(a.research.industry.isEmpty)
        // With a 2-year government grant there is no stand-in and the project scores 7.
        dossier.grants = [Grant(title: "g", agency: "國科會", start: Fixture.date("112/08/01"), end: Fixture.date("114/07/31"), location: Fixture.loc(2, "d.yaml"))]
        let b = Fixture.assess(dossier)
        #expect(b.grants.count == 2)
        #expect(b.grants.standIn == nil)
        #expect(b.research.industry.map(\.value) == [7])
        // I-9 "never": professor short of 2 grants with no stand-in.
        var professor = Fixture.dossier(applied: .professor, current: .associateProfessor)
        professor.industry = dossier.industry
        let never = Fixture.assess(professor, Fixture.rulebook(interpretations: Interpretations(standIn: .never)))
        #expect(never.requirement("R-G7")?.shortfallText == "尚缺 2 件政府機構計畫主持人")
    }

    @Test func i9_theStandInCostsTheFewestResearchPoints() {
        // Projects of 600,000 and 2,500,000: together 3,100,000 → 30. Removing the 600k leaves 2,500,000 → 20 (cost 10);
        // removing the 2.5M leaves 600,000 → 7 (cost 23). The 600k project stands in.
        var dossier = Fixture.dossier()
        dossier.industry = [IndustryProject(title: "big", closed: Fixture.date("113/06/30"), amount: 2_500_000, location: Fixture.loc(1, "d.yaml")),
                            IndustryProject(title: "small", closed: Fixture.date("114/06/30"), amount: 600_000, location: Fixture.loc(2, "d.yaml"))]
        let a = Fixture.assess(dossier)
        #expect(a.grants.standIn?.title == "small")
        #expect(a.research.industry.map(\.value) == [20])
    }

    @Test func rG8_physicianDegrees() {
        // Promotion to associate as an attending physician needs a doctorate or doctoral candidacy.
        var dossier = Fixture.dossier()
        dossier.attendingPhysician = true
        dossier.degree = .master
        #expect(Fixture.assess(dossier).requirement("R-G8")?.shortfallText == "須具博士候選人或博士")
        dossier.degree = .doctoralCandidate
        #expect(Fixture.assess(dossier).requirement("R-G8")?.status == .pass)
        // Promotion to professor from AY 109: a doctorate or a year abroad; a master with 1 year abroad passes.
        var professor = Fixture.dossier(applied: .professor, current: .associateProfessor)
        professor.attendingPhysician = true
        professor.degree = .master
        professor.studiedAbroadYears = 1
        #expect(Fixture.assess(professor).requirement("R-G8")?.status == .pass)
    }

    @Test func i8_windowsCountBackFromTheApplicationDate() {
        // 115/09/15: 115-1 has not ended, so the last 6 semesters are 112-1…114-2 and the years AY 110–114.
        let a = Fixture.assess(Fixture.dossier())
        #expect(a.windows.recentSemesters.map(\.description) == ["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"])
        #expect(a.windows.serviceYears == [110, 111, 112, 113, 114])
        // R-T4 looks back 10 semesters but only since the rank was reached (109/08/01): 110-1 … 114-2.
        #expect(a.windows.specialSemesters.first?.description == "110-1")
        // Applying on 116/02/10, 115-1 (ended 116/01/31) is the last semester.
        #expect(Fixture.assess(Fixture.dossier(date: "116/02/10")).windows.recentSemesters.last?.description == "115-1")
    }
}
