import FolioCore
import FolioPromotion
import Foundation
import Testing

/// Issue 13: 申請人自評 (claimed) beside the computed figures, and 委員審核 (verified): the records with the
/// committee's corrections applied, scored again. Figures worked by hand on the shipped 2020 rulebook.
@Suite("Claimed and verified scores (issue 13)")
struct ClaimsAndReviewTests {
    static func correction(_ line: Int, _ change: Correction.Change, record: String = "d.yaml:1") -> Correction {
        Correction(record: RecordReference(parsing: record)!, change: change, reason: "r", meeting: "m", date: Fixture.date("115/10/20"),
                   location: Fixture.loc(line, "review.yaml"))
    }

    @Test func aClaimInAnotherBandSaysWhichBandItUsed() throws {
        // Percentile 25, first author, original: the rules band it 20%–40%, 20 × 3 = 60. The claim 75 is what 10%–20%
        // gives (25 × 3 = 75): the reason names both bands and the percentile.
        var paper = Fixture.paper(1, percentile: 25)
        paper.claimedPoints = 75
        let dossier = Fixture.dossier(papers: [paper])
        let claims = ClaimComparison(assessment: Fixture.assess(dossier), rulebook: Shipped.current)
        let line = try #require(claims.papers.first)
        #expect(line.claimed == 75 && line.computed == 60 && line.differs)
        #expect(line.reason == .bandDiffers(claimedBand: Fixture.band("10%–20%"), band: .percentile(band: Fixture.band("20%–40%")), percentile: 25))
        #expect(line.reason?.code == "claim_band_differs")
        #expect(line.reason?.parameters == ["claimed_band": .named(Fixture.band("10%–20%")), "band": .worded(key: "figure-band-percentile", parameters: ["band": .named(Fixture.band("20%–40%"))]),
                                             "percentile": .number("25")])
    }

    @Test func claimsAreSummedBesideTheComputedFigures() throws {
        // Paper 1: percentile 25 → 60, claimed 60 (agrees). Paper 2: percentile 50 (40%–60%, 15 × 3 = 45), claimed 50: no band
        // gives 50, so the reason is the difference, +5. Paper 3: dated 105/01/01, outside the 7-year window (108/09/15–):
        // 0, claimed 30 → not counted. Sums: claimed 60 + 50 + 30 = 140; computed 60 + 45 + 0 = 105.
        var papers = [Fixture.paper(1, percentile: 25), Fixture.paper(2, percentile: 50), Fixture.paper(3, percentile: 25, date: "105/01/01")]
        papers[0].claimedPoints = 60
        papers[1].claimedPoints = 50
        papers[2].claimedPoints = 30
        var dossier = Fixture.dossier(papers: papers)
        // Totals: research computed 60 + 45 = 105, claimed 140 (+35); teaching computed 0, claimed 0 (agrees).
        dossier.claimedTotals = ClaimedTotals(teaching: 0, research: 140, location: Fixture.loc(9, "d.yaml"))
        // An item: 校級教學優良教師 (excellent_teaching_award) is 40 under R-T4; claimed 50 → +10.
        var award = ItemRecord(item: "excellent_teaching_award", semester: Semester(parsing: "113-2")!, location: Fixture.loc(10, "d.yaml"))
        award.claimedPoints = 50
        dossier.teaching.items = [award]
        let a = Fixture.assess(dossier, Shipped.current)
        let claims = ClaimComparison(assessment: a, rulebook: Shipped.current)
        let byLine = Dictionary(uniqueKeysWithValues: claims.papers.map { ($0.sources[0].line, $0) })
        #expect(byLine[1]?.reason == nil && byLine[1]?.computed == 60)
        #expect(byLine[2]?.reason == .differs(by: 5) && byLine[2]?.computed == 45)
        #expect(byLine[2]?.reason?.parameters == ["difference": .number("+5")])
        #expect(byLine[3]?.reason == .notCounted && byLine[3]?.computed == 0)
        #expect(claims.papersClaimed == 140 && claims.papersComputed == 105)
        #expect(claims.items.map(\.claimed) == [50] && claims.items.map(\.computed) == [40])
        #expect(claims.items.first?.reason == .differs(by: 10))
        #expect(claims.totals.map(\.part) == [.teaching, .research])
        #expect(claims.totals.last?.reason == .differs(by: 35))
        #expect(claims.differences.count == 5)
    }

    @Test func aReviewChangesTheVerifiedScoreNotTheComputedOne() throws {
        // Paper at line 1, percentile 25, first author → 60. The committee finds percentile 45 (40%–60%: 15 × 3 = 45)
        // and author position 2 for paper 2 (percentile 25, 20%–40% second author 12 × 3 = 36, was 60).
        // Verified research 45 + 36 = 81; computed stays 60 + 60 = 120.
        let dossier = Fixture.dossier(papers: [Fixture.paper(1, percentile: 25), Fixture.paper(2, percentile: 25)])
        let review = Review(corrections: [Self.correction(3, .percentile(45), record: "papers.csv:1"),
                                          Self.correction(6, .authorPosition(2), record: "papers.csv:2")],
                            location: Fixture.loc(1, "review.yaml"))
        let (verified, problems) = dossier.applying(review)
        #expect(problems.isEmpty)
        #expect(Fixture.assess(dossier, Shipped.current).research.total.value == 120)
        #expect(Fixture.assess(verified, Shipped.current).research.total.value == 81)
    }

    @Test func aReviewChangesAVerdict() throws {
        // Lecturer → assistant professor needs research ≥ 300 (natural/biomedical). Five papers of the 10%–20% band, first
        // author, original: 25 × 3 = 75 each, 375 ≥ 300 passes. The committee disallows two (one a duplicate publication,
        // one not under the university's name): 3 × 75 = 225 < 300, 75 short.
        let papers = (1...5).map { Fixture.paper($0, percentile: 15, rank: .lecturer) }
        let dossier = Fixture.dossier(applied: .assistantProfessor, current: .lecturer, papers: papers)
        let review = Review(corrections: [Self.correction(2, .disallowed, record: "papers.csv:4"), Self.correction(5, .disallowed, record: "papers.csv:5")],
                            location: Fixture.loc(1, "review.yaml"))
        let computed = Fixture.assess(dossier, Shipped.current)
        #expect(computed.research.total.value == 375 && computed.requirement("R-G5")?.status == .pass)
        let verified = Fixture.assess(dossier.applying(review).dossier, Shipped.current)
        #expect(verified.research.total.value == 225)
        #expect(verified.requirement("R-G5")?.status == .fail)
        #expect(verified.requirement("R-G5")?.shortfallText == "研究計分尚差 75 分")
        #expect(!verified.passes)
    }

    @Test func aGrantedAmountAndADisallowedItem() throws {
        // Service 114: department chair 8 and 校務特殊貢獻 (school_contribution, up to 5) recorded 5 → 13. The committee grants
        // 2 for the contribution and disallows the chair: verified 2.
        let year = ServiceYear(academicYear: 114, items: [ItemRecord(item: "department_chair", location: Fixture.loc(20, "d.yaml")),
                                                          ItemRecord(item: "school_contribution", granted: 5, location: Fixture.loc(21, "d.yaml"))],
                               location: Fixture.loc(19, "d.yaml"))
        var dossier = Fixture.dossier()
        dossier.service = [year]
        let review = Review(corrections: [Self.correction(2, .granted(2), record: "d.yaml:21"), Self.correction(5, .disallowed, record: "d.yaml:20")],
                            location: Fixture.loc(1, "review.yaml"))
        #expect(Fixture.assess(dossier, Shipped.current).service.total.value == 13)
        #expect(Fixture.assess(dossier.applying(review).dossier, Shipped.current).service.total.value == 2)
    }

    @Test func aCorrectionNamingNoRecordOrTheWrongChangeIsAnError() {
        let dossier = Fixture.dossier(papers: [Fixture.paper(1)])
        let review = Review(corrections: [Self.correction(3, .percentile(10), record: "d.yaml:99"),
                                          Self.correction(6, .granted(3), record: "papers.csv:1")],
                            location: Fixture.loc(1, "review.yaml"))
        let problems = dossier.applying(review).problems.map(\.description)
        #expect(problems == [
            "review.yaml:3:1: error: no record of this dossier is at d.yaml:99; name a paper by its papers.csv line or a record by its dossier.yaml line, as the dossier page's source link shows it",
            "review.yaml:6:1: error: papers.csv:1 is a paper; 'granted' applies to an \"up to\" teaching or service item: use percentile, author_position or disallowed",
        ])
    }
}
