import FolioCore
import Foundation

/// The committees a round passes through and the vote each needs, as the rulebook states them:
/// 系教評會 初審 → 院教評會 複審 → 校教評會.
public struct CommitteeRules: Sendable, Hashable {
    public var levels: [ReviewLevel]
    public var vote: VoteRule

    public init(levels: [ReviewLevel], vote: VoteRule) {
        self.levels = levels
        self.vote = vote
    }

    public func level(_ id: String) -> ReviewLevel? { levels.first { $0.id == id } }

    /// The level before `id`, nil for the first.
    public func previous(_ id: String) -> ReviewLevel? {
        guard let index = levels.firstIndex(where: { $0.id == id }), index > 0 else { return nil }
        return levels[index - 1]
    }
}

public struct ReviewLevel: Sendable, Hashable {
    /// `department`, `college`, `university`: the key meeting files use.
    public var id: String
    /// 系教評會初審.
    public var label: String
    /// "Department Faculty Evaluation Committee (first review)"; nil where English was not required.
    public var labelEnglish: String?

    public init(id: String, label: String, labelEnglish: String? = nil) {
        self.id = id
        self.label = label
        self.labelEnglish = labelEnglish
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }

}

/// "At least numerator/denominator of those present (or of all members) agree", in exact integers.
public struct VoteRule: Sendable, Hashable {
    public enum Base: String, Sendable, Hashable, CaseIterable { case present, members }

    public var numerator: Int
    public var denominator: Int
    public var base: Base

    public init(numerator: Int, denominator: Int, base: Base) {
        self.numerator = numerator
        self.denominator = denominator
        self.base = base
    }

    /// The fewest agreeing votes that pass: ⌈numerator × base ÷ denominator⌉, in integers (two thirds of 9 is 6).
    public func needed(present: Int, members: Int?) -> Int {
        let count = base == .present ? present : (members ?? present)
        let product = numerator * count
        return product / denominator + (product % denominator == 0 ? 0 : 1)
    }

    /// agree ÷ base ≥ numerator ÷ denominator, compared as agree × denominator ≥ numerator × base: no rounding.
    public func passes(agree: Int, present: Int, members: Int?) -> Bool {
        agree * denominator >= numerator * (base == .present ? present : (members ?? present))
    }
}

/// One meeting of one level: who attended and how each applicant's vote went.
public struct LevelMeeting: Sendable, Hashable {
    public var level: String
    /// 醫學檢驗生物技術學系教師評審委員會.
    public var committee: String
    /// 115 學年度第 1 學期第 2 次會議.
    public var meeting: String
    public var date: RocDate
    /// All members of the committee, when the rule counts them (`members`); optional otherwise.
    public var members: Int?
    /// 出席.
    public var present: Int
    public var votes: [VoteRecord]
    public var location: SourceLocation

    public init(level: String, committee: String, meeting: String, date: RocDate, members: Int?, present: Int, votes: [VoteRecord],
                location: SourceLocation) {
        self.level = level
        self.committee = committee
        self.meeting = meeting
        self.date = date
        self.members = members
        self.present = present
        self.votes = votes
        self.location = location
    }
}

/// 同意, 不同意, 廢票 for one applicant, and the decision the meeting recorded.
public struct VoteRecord: Sendable, Hashable {
    public enum Decision: String, Sendable, Hashable, CaseIterable { case pass, fail }

    /// The applicant's folder name in the round.
    public var applicant: String
    public var agree: Int
    public var disagree: Int
    public var invalid: Int
    public var decision: Decision
    public var location: SourceLocation

    public init(applicant: String, agree: Int, disagree: Int, invalid: Int, decision: Decision, location: SourceLocation) {
        self.applicant = applicant
        self.agree = agree
        self.disagree = disagree
        self.invalid = invalid
        self.decision = decision
        self.location = location
    }
}

/// A vote checked against the rule: how many agreeing votes were needed and whether the recorded decision follows.
public struct VoteResult: Sendable, Hashable {
    public var meeting: LevelMeeting
    public var record: VoteRecord
    public var needed: Int
    /// What the rule gives: agree ≥ needed.
    public var passes: Bool

    public init(meeting: LevelMeeting, record: VoteRecord, rule: VoteRule) {
        self.meeting = meeting
        self.record = record
        needed = rule.needed(present: meeting.present, members: meeting.members)
        passes = rule.passes(agree: record.agree, present: meeting.present, members: meeting.members)
    }
}

/// A round's meetings, level by level.
public struct RoundMeetings: Sendable, Hashable {
    public var meetings: [LevelMeeting]

    public init(meetings: [LevelMeeting]) { self.meetings = meetings }

    /// The vote on an applicant at a level, checked by `rules`.
    public func result(_ applicant: String, level: String, rules: CommitteeRules) -> VoteResult? {
        for meeting in meetings where meeting.level == level {
            if let record = meeting.votes.first(where: { $0.applicant == applicant }) {
                return VoteResult(meeting: meeting, record: record, rule: rules.vote)
            }
        }
        return nil
    }

    /// Every problem of the meetings: an unknown level or applicant, more votes than people present, a
    /// decision the votes do not give, an applicant voted on twice at a level, or at a level the previous
    /// one did not pass. `rules(applicant)` is the committee rules of that applicant's rulebook.
    public func check(applicants: Set<String>, rules: (String) -> CommitteeRules?) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        for meeting in meetings {
            if let members = meeting.members, meeting.present > members {
                problems.append(.error(meeting.location, "\(meeting.present) present but the committee has \(members) members; correct present or members"))
            }
            for record in meeting.votes {
                guard applicants.contains(record.applicant) else {
                    problems.append(.error(record.location, "no applicant '\(record.applicant)' in this round; use the applicant's folder name (\(applicants.sorted().joined(separator: ", ")))"))
                    continue
                }
                guard let committee = rules(record.applicant) else { continue }
                guard let level = committee.level(meeting.level) else {
                    problems.append(.error(meeting.location, "unknown review level '\(meeting.level)'; the rulebook's levels are \(committee.levels.map(\.id).joined(separator: ", "))"))
                    continue
                }
                let key = "\(record.applicant)@\(level.id)"
                if let first = seen[key] {
                    problems.append(.error(record.location, "\(record.applicant) is voted on twice at \(level.id) (first at line \(first.line)); keep one"))
                }
                seen[key] = record.location
                let cast = record.agree + record.disagree + record.invalid
                if cast > meeting.present {
                    problems.append(.error(record.location, "\(cast) votes (agree \(record.agree) + disagree \(record.disagree) + invalid \(record.invalid)) but \(meeting.present) present; correct the counts"))
                    continue
                }
                let checked = VoteResult(meeting: meeting, record: record, rule: committee.vote)
                if (record.decision == .pass) != checked.passes {
                    let base = committee.vote.base == .present ? "of the \(meeting.present) present" : "of the \(meeting.members ?? meeting.present) members"
                    problems.append(.error(record.location, "decision '\(record.decision.rawValue)' but \(record.agree) agreed, and \(committee.vote.numerator)/\(committee.vote.denominator) \(base) needs \(checked.needed): the decision is '\(checked.passes ? "pass" : "fail")'; correct the votes or the decision"))
                }
                if let previous = committee.previous(level.id) {
                    let before = self.result(record.applicant, level: previous.id, rules: committee)
                    if before == nil || before?.record.decision != .pass {
                        problems.append(.error(record.location, "\(record.applicant) is voted on at \(level.id), but \(previous.id) (\(previous.label)) \(before == nil ? "has no vote on them" : "did not pass them"); record the \(previous.id) meeting first"))
                    }
                }
            }
        }
        return problems
    }
}
