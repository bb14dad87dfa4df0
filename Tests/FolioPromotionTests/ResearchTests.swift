import FolioCore
import FolioPromotion
import Foundation
import Testing

@Suite("Research score (article 6 §3)")
struct ResearchTests {
    func research(_ papers: [Paper], rulebook: Rulebook = Fixture.rulebook(), kind: ApplicationKind = .promotion) -> ResearchScore {
        Fixture.assess(Fixture.dossier(kind: kind, papers: papers), rulebook).research
    }

    func points(_ paper: Paper, rulebook: Rulebook = Fixture.rulebook()) -> Decimal {
        research([paper], rulebook: rulebook).papers[0].points.value
    }

    @Test func rR1_bandsByAuthorPosition() {
        // 20–40% band: first 20 × 3 = 60, second 12 × 3 = 36, third 4 × 3 = 12, fifth 2 × 3 = 6,
        // corresponding fifth author counts as first: 60.
        #expect(points(Fixture.paper(1, percentile: 30)) == 60)
        #expect(points(Fixture.paper(1, percentile: 30, position: 2)) == 36)
        #expect(points(Fixture.paper(1, percentile: 30, position: 3)) == 12)
        #expect(points(Fixture.paper(1, percentile: 30, position: 5)) == 6)
        #expect(points(Fixture.paper(1, percentile: 30, position: 5, corresponding: true)) == 60)
    }

    @Test func i1_bandBoundaries() {
        // p = 10 → top 10% (30); 10.01 → 10–20% (25); 20 → 20–40% (20); 40 → 15; 60 → 10; 80 → 5. All × 3.
        let values = [10, 10.01, 20, 40, 60, 80, 100].map { points(Fixture.paper(1, percentile: $0)) }
        #expect(values == [90, 75, 60, 45, 30, 15, 15])
    }

    @Test func rR1_flatRowForEIAndTaiwanJournals() {
        // EI first author 5 × 3 = 15; Taiwan OT journal second author 3 × 3 = 9; TSSCI without percentile 5 × 3 = 15.
        #expect(points(Fixture.paper(1, percentile: nil, index: .ei)) == 15)
        #expect(points(Fixture.paper(1, percentile: nil, position: 2, index: .tjot)) == 9)
        #expect(points(Fixture.paper(1, percentile: nil, index: .tssci)) == 15)
    }

    @Test func rR1_i2_impactFactorAboveFiveTakesTheLarger() {
        // IF 6.2, top 10%, first: max(30, 6.2 × 5 = 31) = 31 × 3 = 93.
        #expect(points(Fixture.paper(1, percentile: 8, impact: 6.2)) == 93)
        // IF 5.5, top 10%, second: max(18, 5.5 × 3 = 16.5) = 18 × 3 = 54.
        #expect(points(Fixture.paper(1, percentile: 8, impact: 5.5, position: 2)) == 54)
        // IF 5.123, 60–80%, other author: max(1, 5.123 × 0.5 = 2.5615) × 3 = 7.6845, exact.
        #expect(points(Fixture.paper(1, percentile: 70, impact: 5.123, position: 4)) == Decimal(string: "7.6845"))
        // IF exactly 5 is not "IF > 5": 20–40% first author 60.
        #expect(points(Fixture.paper(1, percentile: 30, impact: 5)) == 60)
        // formula_only: IF 6.2 top 10% first = 31 × 3 = 93 as well, but IF 5.5 second author = 16.5 × 3 = 49.5.
        let formulaOnly = Fixture.rulebook(interpretations: Interpretations(impactRule: .formulaOnly))
        #expect(points(Fixture.paper(1, percentile: 8, impact: 5.5, position: 2), rulebook: formulaOnly) == Fixture.d(49.5))
    }

    @Test func rR2_typeMultipliers() {
        // 40–60% first author 15: original/invited review ×3 = 45; short report, general review, editorial ×2 = 30; case report, letter ×1 = 15.
        let types: [(PaperType, Decimal)] = [(.original, 45), (.invitedReview, 45), (.shortReport, 30), (.generalReview, 30),
                                             (.editorial, 30), (.caseReport, 15), (.letter, 15)]
        for (type, expected) in types {
            #expect(points(Fixture.paper(1, percentile: 50, type: type)) == expected)
        }
    }

    @Test func rR3_kjmsScoresAsFortyToSixtyForOnePaper() {
        // Two KJMS papers at 72% (60–80%: 10 × 3 = 30 each). One is raised to 40–60% (15 × 3 = 45). Total 75.
        let a = Fixture.paper(1, percentile: 72, journal: "Kaohsiung Journal of Medical Sciences")
        let b = Fixture.paper(2, percentile: 72, date: "114/01/01", journal: "KJMS")
        let score = research([a, b])
        #expect(score.papers.map(\.points.value).sorted() == [30, 45])
        #expect(score.papersTotal.value == 75)
        #expect(score.papers.contains { $0.points.rules.contains("R-R3") })
    }

    @Test func rR4_equalContributionFactors() {
        // 10–20% first author, 25 × 3 = 75. Two authors, IF 4: 75 × 0.8 = 60.
        // Two authors, IF 6 (≥ 6 keeps 100%; and IF > 5 gives max(25, 6 × 5 = 30) = 30): 30 × 3 × 1 = 90.
        // Three or four authors, IF 4: 75 × 0.6 = 45. Five authors, IF 12 (no exception): max(25, 60) = 60 × 3 × 0.3 = 54.
        #expect(points(Fixture.paper(1, percentile: 15, impact: 4, equal: 2)) == 60)
        #expect(points(Fixture.paper(1, percentile: 15, impact: 6, equal: 2)) == 90)   // IF 6 > 5: max(25, 30) = 30 × 3 × 1 = 90
        #expect(points(Fixture.paper(1, percentile: 15, impact: 4, equal: 3)) == 45)
        #expect(points(Fixture.paper(1, percentile: 15, impact: 4, equal: 4)) == 45)
        #expect(points(Fixture.paper(1, percentile: 15, impact: 12, equal: 5)) == 54)
    }

    @Test func rR5_studentGrantsFiveEachTenPerYear() {
        // AY 112: three grants → 15 capped 10; AY 113: one grant → 5. Total 15.
        var dossier = Fixture.dossier()
        dossier.studentGrants = ["112/08/01", "112/09/01", "113/03/01", "113/09/01"].enumerated().map {
            StudentGrant(title: "g\($0.offset)", start: Fixture.date($0.element), location: Fixture.loc($0.offset + 1, "d.yaml"))
        }
        let score = Fixture.assess(dossier).research
        #expect(score.studentGrants.map(\.value) == [10, 5])
        #expect(score.total.value == 15)
    }

    @Test func rR6_patentsByCountryTimesShare() {
        // US 80 × 0.5 = 40; JP 60 × 1 = 60; Germany (other) 40 × 0.25 = 10. Total 110.
        var dossier = Fixture.dossier()
        dossier.patents = [("US", 0.5), ("JP", 1), ("DE", 0.25)].enumerated().map {
            Patent(title: "p\($0.offset)", country: $0.element.0, granted: Fixture.date("113/01/01"), share: Fixture.d($0.element.1), location: Fixture.loc($0.offset + 1, "d.yaml"))
        }
        #expect(Fixture.assess(dossier).research.patents.map(\.value) == [40, 60, 10])
    }

    @Test func rR7_i7_transferBandOfTheTotalTimesWeightedShare() {
        // 300,000 (share 1) + 300,000 (share 0.5) = 600,000 → band 40.
        // Weighted share = (300,000 × 1 + 300,000 × 0.5) / 600,000 = 0.75 → 40 × 0.75 = 30.
        var dossier = Fixture.dossier()
        dossier.transfers = [(1.0), (0.5)].enumerated().map {
            Transfer(title: "t\($0.offset)", date: Fixture.date("113/01/01"), amount: 300_000, share: Fixture.d($0.element), location: Fixture.loc($0.offset + 1, "d.yaml"))
        }
        #expect(Fixture.assess(dossier).research.transfers.map(\.value) == [30])
        // Below NT$250,000 scores nothing.
        dossier.transfers = [Transfer(title: "small", date: Fixture.date("113/01/01"), amount: 249_999, location: Fixture.loc(1, "d.yaml"))]
        #expect(Fixture.assess(dossier).research.transfers.map(\.value) == [0])
    }

    @Test func rR8_i7_industryOneBandForTheCreditedTotal() {
        // 1,500,000 + a clinical trial of 2,000,000 at 40% enrolment (800,000) = 2,300,000 → 20.
        // (A government grant is on file, so no project has to stand in for one under R-G7.)
        var dossier = Fixture.dossier()
        dossier.grants = [Grant(title: "g", agency: "國科會", start: Fixture.date("113/08/01"), end: Fixture.date("114/07/31"), location: Fixture.loc(9, "d.yaml"))]
        dossier.industry = [
            IndustryProject(title: "a", closed: Fixture.date("113/01/01"), amount: 1_500_000, location: Fixture.loc(1, "d.yaml")),
            IndustryProject(title: "b", closed: Fixture.date("114/01/01"), amount: 2_000_000, share: Fixture.d(0.4), location: Fixture.loc(2, "d.yaml")),
        ]
        #expect(Fixture.assess(dossier).research.industry.map(\.value) == [20])
        // 600,000 is in the "up to 7" band: 7 unless the committee granted less (here 4), or 0 under the zero default.
        dossier.industry = [IndustryProject(title: "c", closed: Fixture.date("113/01/01"), amount: 600_000, location: Fixture.loc(1, "d.yaml"))]
        dossier.kind = .newHire   // no grant requirement, so no stand-in
        dossier.currentRank = nil
        #expect(Fixture.assess(dossier).research.industry.map(\.value) == [7])
        dossier.industryBandGranted = 4
        #expect(Fixture.assess(dossier).research.industry.map(\.value) == [4])
        dossier.industryBandGranted = nil
        #expect(Fixture.assess(dossier, Fixture.rulebook(interpretations: Interpretations(industryUpToDefault: .zero))).research.industry.map(\.value) == [0])
    }

    @Test func rR9_i4_atMostFifteenPapersTheOnesWithMostPoints() {
        // 16 first-author originals: 15 at 60–80% (30 each) and one at 80%+ (15). The 15 worth 30 count: 450.
        var papers = (1...15).map { Fixture.paper($0, percentile: 70, date: "113/01/\(String(format: "%02d", $0))") }
        papers.append(Fixture.paper(16, percentile: 90, date: "115/01/01"))
        let score = research(papers)
        #expect(score.papersTotal.value == 450)
        #expect(score.papers.filter(\.counted).count == 15)
        let left = score.papers.first { !$0.counted }
        #expect(left?.paper.location == Fixture.loc(16))
        #expect(left?.countReason == .beyondMaximum(place: 16, maximum: 15))
        // Under "most recent" the newest paper (15 points) counts instead of the oldest 30: 14 × 30 + 15 = 435.
        let recent = research(papers, rulebook: Fixture.rulebook(interpretations: Interpretations(countedPapers: .mostRecent)))
        #expect(recent.papersTotal.value == 435)
    }

    @Test func i3_i5_thesisScoresOnTheFlatRowTimesOne() {
        // A doctoral thesis: 5 × 1 = 5 (I-5), and a paper's points are base × type × factor (I-3).
        let thesis = Fixture.paper(1, percentile: nil, type: .doctoralThesis, index: .thesis)
        let score = research([thesis], kind: .newHire)
        #expect(score.papers[0].points.value == 5)
        #expect(score.papers[0].points.rules.contains("I-5"))
        #expect(score.papers[0].points.rules.contains("I-3"))
    }

    @Test func papersOutsideThePreviousRankAreNotScored() {
        // A promotion counts papers "while at the previous rank": one published as lecturer scores 0, with the reason.
        let score = research([Fixture.paper(1, rank: .lecturer)])
        #expect(score.papers[0].points.value == 0)
        #expect(score.papers[0].counted == false)
        #expect(score.papers[0].excludedBecause == .notAtPreviousRank(.assistantProfessor))
        // I-10: a new hire's papers count whatever the rank held.
        #expect(research([Fixture.paper(1, rank: .lecturer)], kind: .newHire).papers[0].points.value == 60)
    }
}
