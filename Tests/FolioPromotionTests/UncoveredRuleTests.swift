import FolioCore
import FolioPromotion
import Foundation
import Testing

/// Rules that no test exercised before, hand-worked on the shipped rulebooks.
@Suite("Rules with hand-worked cases on the shipped rulebooks")
struct UncoveredRuleTests {
    static let rulebook = Shipped.current

    static func assess(_ dossier: Dossier) -> Assessment { Fixture.assess(dossier, rulebook) }

    static func grant(_ title: String, line: Int, pi: Bool = true, peerReviewed: Bool = true, commissioned: Bool = false) -> Grant {
        Grant(title: title, agency: "國科會", start: Fixture.date("113/08/01"), end: Fixture.date("114/07/31"), principalInvestigator: pi,
              peerReviewed: peerReviewed, commissioned: commissioned, location: Fixture.loc(line, "d.yaml"))
    }

    @Test func rG7_onlyPeerReviewedNonCommissionedGrantsLedAsPI() {
        // Associate needs 1. Three one-year grants, each failing one condition, count 0: R-G7 fails one short.
        var dossier = Fixture.dossier()
        dossier.grants = [Self.grant("a", line: 1, peerReviewed: false), Self.grant("b", line: 2, commissioned: true), Self.grant("c", line: 3, pi: false)]
        let a = Self.assess(dossier)
        #expect(a.grants.count == 0)
        #expect(a.grants.lines.map(\.explanation) == [.grantRefused(title: "a", problems: [.notPeerReviewed]),
                                                 .grantRefused(title: "b", problems: [.commissioned]),
                                                 .grantRefused(title: "c", problems: [.notPrincipalInvestigator])])
        #expect(a.requirement("R-G7")?.shortfallText == "尚缺 1 件政府機構計畫主持人")
        // The same grant peer-reviewed, not commissioned, led as PI: 113/08/01–114/07/31 is 1 project year → passes.
        dossier.grants = [Self.grant("d", line: 4)]
        #expect(Self.assess(dossier).grants.count == 1)
        #expect(Self.assess(dossier).requirement("R-G7")?.status == .pass)
    }

    @Test func rG7_theStandInMustBeLedAsPIExternalAndAtLeastHalfAMillion() {
        // Associate, no grant. A project stands in only when led as PI, funded from outside, and ≥ NT$500,000.
        func standIn(amount: Decimal, pi: Bool = true, external: Bool = true) -> (Bool, Requirement.Status?) {
            var dossier = Fixture.dossier()
            dossier.industry = [IndustryProject(title: "x", closed: Fixture.date("113/06/30"), amount: amount, principalInvestigator: pi,
                                                externalFunder: external, location: Fixture.loc(1, "d.yaml"))]
            let a = Self.assess(dossier)
            return (a.grants.standIn != nil, a.requirement("R-G7")?.status)
        }
        #expect(standIn(amount: 500_000) == (true, .pass))
        #expect(standIn(amount: 499_999) == (false, .fail))
        #expect(standIn(amount: 800_000, pi: false) == (false, .fail))
        #expect(standIn(amount: 800_000, external: false) == (false, .fail))
    }

    @Test func rG8_newAssistantProfessorNeedsAMastersOrDoctoralStudy() {
        var dossier = Fixture.dossier(kind: .newHire, applied: .assistantProfessor)
        dossier.attendingPhysician = true
        dossier.degree = .bachelor
        #expect(Self.assess(dossier).requirement("R-G8")?.shortfallText == "須具碩士或博士生或博士候選人或博士")
        dossier.degree = .doctoralStudent
        #expect(Self.assess(dossier).requirement("R-G8")?.status == .pass)
        // Not a physician: the rule does not apply.
        dossier.attendingPhysician = false
        #expect(Self.assess(dossier).requirement("R-G8")?.status == .notApplicable)
    }

    @Test func rG8_theProfessorDegreeRuleAppliesFrom109_08_01() {
        // A physician with a master's degree and no year abroad, promoted to professor.
        func professor(on date: String) -> Requirement? {
            var dossier = Fixture.dossier(applied: .professor, current: .associateProfessor, date: date)
            dossier.currentRankSince = Fixture.date("104/08/01")
            dossier.attendingPhysician = true
            dossier.degree = .master
            return Self.assess(dossier).requirement("R-G8")
        }
        #expect(professor(on: "109/07/31")?.status == .notApplicable)
        #expect(professor(on: "109/07/31")?.detailText == "升等教授無學位規定")
        #expect(professor(on: "109/08/01")?.status == .fail)
        #expect(professor(on: "109/08/01")?.shortfallText == "須具博士，或出國進修 1 年以上")
    }

    @Test(arguments: [(Rank.lecturer, 70), (.assistantProfessor, 75), (.associateProfessor, 78), (.professor, 80)] as [(Rank, Decimal)])
    func rG2_everyRanksPassMark(rank: Rank, line: Decimal) {
        // Five reviewers, at least four at the line (I-13 n_of_m): four at the line and one 5 above passes; with two of
        // them half a point below, 3 of 5 pass, 3 < 4 fails, one more needed.
        var dossier = Fixture.dossier(kind: .newHire, applied: rank)
        dossier.externalReview = [line, line, line, line, line + 5].map { ExternalMark(mark: $0, location: Fixture.loc(1, "d.yaml")) }
        #expect(Self.assess(dossier).requirement("R-G2")?.status == .pass, "\(rank)")
        dossier.externalReview[0].mark = line - Fixture.d(0.5)
        dossier.externalReview[1].mark = line - Fixture.d(0.5)
        let failing = Self.assess(dossier).requirement("R-G2")
        #expect(failing?.status == .fail, "\(rank)")
        #expect(failing?.shortfall == .reviewersNeeded(stillNeeded: 1, passMark: line, mustPass: 4, reviewers: 5, outstanding: 0), "\(rank)")
    }

    @Test func rG4_professorNeedsFortyServicePoints() {
        // Department chair 8 a year for AY 110–114: 5 × 8 = 40 ≥ 40 passes; missing a mentor meeting once: 39.5, 0.5 short.
        var dossier = Fixture.dossier(applied: .professor, current: .associateProfessor)
        dossier.service = (110...114).map { ServiceYear(academicYear: $0, items: [ItemRecord(item: "department_chair", location: Fixture.loc($0, "d.yaml"))],
                                                      location: Fixture.loc($0, "d.yaml")) }
        #expect(Self.assess(dossier).requirement("R-G4")?.detailText == "輔導與服務計分 40 ≥ 40")
        dossier.service[0].items.append(ItemRecord(item: "mentor_meeting_missed", location: Fixture.loc(1, "d.yaml")))
        #expect(Self.assess(dossier).requirement("R-G4")?.shortfallText == "輔導與服務計分尚差 0.5 分")
        // The same 39.5 is enough for an associate professor (30).
        dossier.appliedRank = .associateProfessor
        dossier.currentRank = .assistantProfessor
        #expect(Self.assess(dossier).requirement("R-G4")?.status == .pass)
    }

    @Test func rP2_impactFactorExactlyTenAndTwenty() {
        // 「介於 10-20 等同兩篇」: 9.99 → 1, 10 → 2, 20 → 2, 20.001 → 3 (「大於 20 等同三篇」).
        let units = [9.99, 10, 20, 20.001].map { impact in
            Self.assess(Fixture.dossier(papers: [Fixture.paper(1, percentile: 5, impact: impact)])).mainPapers[0].units
        }
        #expect(units == [1, 2, 2, 3])
        // Associate: one paper at p 5 with IF exactly 10 is「2 篇，皆排名前 10%」.
        let a = Self.assess(Fixture.dossier(papers: [Fixture.paper(1, percentile: 5, impact: 10)]))
        #expect(a.requirement("R-P3")?.alternatives.map(\.pass).prefix(3) == [false, false, true])
    }

    @Test func rP4_misconductBarsTheSecondedConditions() {
        // Associate, natural, 4 main papers with 1 in the top 40%: only R-P4「4 篇，其中 1 篇前 40%」would pass.
        var dossier = Fixture.dossier(papers: [32, 48, 66, 52].enumerated().map { Fixture.paper($0.offset + 1, percentile: $0.element) })
        dossier.secondment = Secondment(basis: .seconded, years: 3, misconduct: true, usedBefore: false, location: Fixture.loc(9, "d.yaml"))
        let requirement = Self.assess(dossier).requirement("R-P3")
        #expect(requirement?.status == .fail)
        #expect(requirement?.alternatives[3].pass == true)
        #expect(requirement?.alternatives[3].unavailableText == "外調期間有不良事蹟或受處罰")
        dossier.secondment?.misconduct = false
        #expect(Self.assess(dossier).requirement("R-P3")?.status == .pass)
    }

    @Test func rP6_lecturerMastersThesisAlternative() throws {
        // New hire, lecturer, 物理治療學系, serving full-time at the hospital, on a master's degree: the thesis and one
        // TJPT paper are 2 main papers. With I-12 false the thesis is not SCI/SSCI/EI, so R-P5 (2, 1 SCI/SSCI/EI) and
        // R-P6's first alternative fail, and R-P6's「碩士論文 1 篇」alternative passes.
        let rulebook = try Shipped.rulebook(.current, .setting("thesis_counts_as_sci_ssci_ei", "false"))
        func lecturer(_ thesis: PaperType, seconded: Bool) -> Requirement? {
            var dossier = Fixture.dossier(kind: .newHire, applied: .lecturer, department: "物理治療學系",
                                          papers: [Fixture.paper(1, percentile: nil, type: thesis, index: .thesis, rank: nil),
                                                   Fixture.paper(2, percentile: nil, index: .tjpt, rank: nil)])
            dossier.applyingWithDegree = true
            if seconded {
                dossier.secondment = Secondment(basis: .fullTimeHospital, years: 3, misconduct: false, usedBefore: false, location: Fixture.loc(9, "d.yaml"))
            }
            return Fixture.assess(dossier, rulebook).requirement("R-P5")
        }
        #expect(lecturer(.masterThesis, seconded: true)?.alternatives.map(\.pass) == [false, false, true])
        #expect(lecturer(.masterThesis, seconded: true)?.status == .pass)
        // A doctoral thesis is not「碩士論文」; and without the hospital service the alternative is unavailable.
        #expect(lecturer(.doctoralThesis, seconded: true)?.status == .fail)
        #expect(lecturer(.masterThesis, seconded: false)?.status == .fail)
    }

    @Test func rR4_threeOrFourAuthorsAtImpactTen() {
        // 10–20% (p 15) first author. 3 authors, IF 10: max(25, 10 × 5 = 50) = 50 × 3 × 1 (IF ≥ 10) = 150.
        // 4 authors, IF 9.9: max(25, 49.5) = 49.5 × 3 × 0.6 = 89.1.
        func points(_ impact: Double, _ equal: Int) -> Decimal {
            Self.assess(Fixture.dossier(papers: [Fixture.paper(1, percentile: 15, impact: impact, equal: equal)])).research.papers[0].points.value
        }
        #expect(points(10, 3) == 150)
        #expect(points(10, 4) == 150)
        #expect(points(9.9, 4) == Fixture.d(89.1))
        // 5 authors never keep 100%: IF 30, max(25, 150) = 150 × 3 × 0.3 = 135.
        #expect(points(30, 5) == 135)
    }

    static func transfers(_ amounts: [(Decimal, Double)]) -> [Decimal] {
        var dossier = Fixture.dossier()
        dossier.transfers = amounts.enumerated().map {
            Transfer(title: "t\($0.offset)", date: Fixture.date("113/01/01"), amount: $0.element.0, share: Fixture.d($0.element.1),
                     location: Fixture.loc($0.offset + 1, "d.yaml"))
        }
        return Self.assess(dossier).research.transfers.map(\.value)
    }

    @Test func rR7_exactlyTwoHundredFiftyThousandAndTheFiftyBand() {
        // 「25 萬元以上」: exactly 250,000 → 30; 999,999 → 40; exactly 1,000,000 → 50.
        #expect(Self.transfers([(250_000, 1)]) == [30])
        #expect(Self.transfers([(999_999, 1)]) == [40])
        #expect(Self.transfers([(1_000_000, 1)]) == [50])
        // 600,000 (share 1) + 400,000 (share 0.5) = 1,000,000 → 50 × (600,000 + 200,000) / 1,000,000 = 50 × 0.8 = 40.
        #expect(Self.transfers([(600_000, 1), (400_000, 0.5)]) == [40])
    }

    @Test func rD1_caseReportsExcludedInvitedReviewsAccepted() {
        let a = Self.assess(Fixture.dossier(papers: [Fixture.paper(1, type: .caseReport), Fixture.paper(2, type: .invitedReview),
                                                     Fixture.paper(3, type: .letter)]))
        #expect(a.mainPapers.map(\.isMain) == [false, true, false])
        #expect(a.mainPapers[0].reasonTexts == ["病例報告不列主論文"])
        #expect(a.mainPapers[2].reasonTexts == ["期刊信函不列主論文"])
        // Case reports still score research points: 20–40% first author 20 × 1 = 20; the invited review 20 × 3 = 60.
        #expect(a.research.papers.sorted { $0.paper.location < $1.paper.location }.map(\.points.value) == [20, 60, 20])
    }

    @Test func rT4_aRecordBeforeTheCurrentRankIsRefused() {
        // Associate professor since 111/08/01, applying 115/09/15: R-T4 looks back 10 semesters (110-1…114-2) but
        // only since the rank was reached, so 111-1…114-2 (8 semesters). An award in 110-2 is listed at 0 with the
        // reason (issue 13: the full record); one in 111-1 scores 50 × 10% = 5.
        var dossier = Fixture.dossier()
        dossier.currentRankSince = Fixture.date("111/08/01")
        dossier.teaching.items = [ItemRecord(item: "outstanding_teaching_award", semester: Semester(parsing: "110-2"), location: Fixture.loc(3, "d.yaml"))]
        #expect(Self.assess(dossier).windows.specialSemesters.map(\.description).first == "111-1")
        #expect(dossier.validate(against: Self.rulebook).isEmpty)
        let listed = Self.assess(dossier).indicator(.special)
        #expect(listed.weighted.value == 0)
        #expect(listed.lines.map(\.reason) == [.outsideSemesters(count: 8, first: Semester(parsing: "111-1")!, last: Semester(parsing: "114-2")!)])
        dossier.teaching.items[0].semester = Semester(parsing: "111-1")
        #expect(dossier.validate(against: Self.rulebook).isEmpty)
        #expect(Self.assess(dossier).indicator(.special).weighted.value == 5)
    }
}
