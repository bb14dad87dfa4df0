import FolioCore
import FolioPromotion
import Foundation
import Testing

/// Issue 13: the review levels and the committee vote (at least two thirds of those present), in exact integers.
@Suite("Review levels and votes (issue 13)")
struct VotesTests {
    static let rule = Shipped.current.committee.vote

    @Test func theShippedRuleIsTwoThirdsOfThosePresent() {
        #expect(Self.rule == VoteRule(numerator: 2, denominator: 3, base: .present))
        #expect(Shipped.current.committee.levels.map(\.id) == ["department", "college", "university"])
        #expect(Shipped.rulebook(.before).committee == Shipped.current.committee)
    }

    @Test(arguments: [
        // 9 present: 6 × 3 = 18 = 2 × 9, exactly two thirds → passes; 5 × 3 = 15 < 18 fails. Needed ⌈18 ÷ 3⌉ = 6.
        (9, 6, true, 6), (9, 5, false, 6),
        // 15 present: 10 × 3 = 30 = 30 passes; 9 × 3 = 27 < 30 fails. Needed 10.
        (15, 10, true, 10), (15, 9, false, 10),
        // 7 present: two thirds is 4.67; 5 × 3 = 15 ≥ 14 passes, 4 × 3 = 12 < 14 fails. Needed ⌈14 ÷ 3⌉ = 5.
        (7, 5, true, 5), (7, 4, false, 5),
    ])
    func twoThirdsAtItsBoundary(present: Int, agree: Int, passes: Bool, needed: Int) {
        #expect(Self.rule.passes(agree: agree, present: present, members: nil) == passes)
        #expect(Self.rule.needed(present: present, members: nil) == needed)
    }

    @Test func ofAllMembers() {
        // 2/3 of 13 members: 26 ÷ 3 = 8.67 → 9 needed, whatever the attendance; 8 of 9 present fails (24 < 26).
        let members = VoteRule(numerator: 2, denominator: 3, base: .members)
        #expect(members.needed(present: 9, members: 13) == 9)
        #expect(!members.passes(agree: 8, present: 9, members: 13))
        #expect(members.passes(agree: 9, present: 9, members: 13))
    }

    static func meeting(_ level: String, present: Int, _ votes: [VoteRecord], line: Int = 1) -> LevelMeeting {
        LevelMeeting(level: level, committee: "c", meeting: "m", date: Fixture.date("115/10/20"), members: nil, present: present, votes: votes,
                     location: Fixture.loc(line, "meetings.yaml"))
    }

    static func vote(_ applicant: String, _ agree: Int, _ disagree: Int, _ decision: VoteRecord.Decision, line: Int) -> VoteRecord {
        VoteRecord(applicant: applicant, agree: agree, disagree: disagree, invalid: 0, decision: decision, location: Fixture.loc(line, "meetings.yaml"))
    }

    @Test func theMeetingsAreCheckedAgainstTheRuleAndTheOrderOfLevels() {
        let meetings = RoundMeetings(meetings: [
            Self.meeting("department", present: 9, [Self.vote("a", 6, 3, .pass, line: 3), Self.vote("b", 5, 4, .pass, line: 4),
                                                    Self.vote("c", 6, 4, .pass, line: 5), Self.vote("x", 9, 0, .pass, line: 6)]),
            Self.meeting("college", present: 15, [Self.vote("a", 10, 5, .pass, line: 9), Self.vote("b", 12, 3, .pass, line: 10),
                                                  Self.vote("d", 12, 3, .pass, line: 11)], line: 8),
            Self.meeting("senate", present: 3, [Self.vote("a", 3, 0, .pass, line: 14)], line: 13),
        ])
        let rules = Shipped.current.committee
        let problems = meetings.check(applicants: ["a", "b", "c", "d"]) { _ in rules }.map(\.description)
        #expect(problems == [
            // b: 5 × 3 = 15 < 18, so 'pass' contradicts the votes.
            "meetings.yaml:4:1: error: decision 'pass' but 5 agreed, and 2/3 of the 9 present needs 6: the decision is 'fail'; correct the votes or the decision",
            // c: 6 + 4 = 10 votes, 9 present.
            "meetings.yaml:5:1: error: 10 votes (agree 6 + disagree 4 + invalid 0) but 9 present; correct the counts",
            "meetings.yaml:6:1: error: no applicant 'x' in this round; use the applicant's folder name (a, b, c, d)",
            // b passed nowhere (its department decision is wrong, and recorded as pass); d has no department vote.
            "meetings.yaml:11:1: error: d is voted on at college, but department (系教評會初審) has no vote on them; record the department meeting first",
            "meetings.yaml:13:1: error: unknown review level 'senate'; the rulebook's levels are department, college, university",
        ])
        // a: department 6 of 9, college 10 of 15, both exactly two thirds.
        #expect(meetings.result("a", level: "college", rules: rules)?.passes == true)
        #expect(meetings.result("a", level: "college", rules: rules)?.needed == 10)
    }
}
