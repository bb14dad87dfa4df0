import FolioCore
import FolioPromotion
import Foundation

/// Reads a round's `meetings.yaml`: each level's meeting (系教評會, 院教評會, 校教評會) with its attendance
/// and the votes on each applicant. Unknown keys are errors; the votes are checked against the
/// rulebook's vote rule by `RoundMeetings.check`.
struct MeetingsReader {
    let sink: DiagnosticSink

    func read(_ text: String, file: String) -> RoundMeetings? {
        guard let root = YAMLValue.parse(text, file: file, sink: sink)?.mapping() else { return nil }
        let meetings = root.required("meetings", "the list of meetings, level by level")?.list()?
            .compactMap { $0.mapping().flatMap(meeting) } ?? []
        root.rejectUnknownKeys()
        return RoundMeetings(meetings: meetings)
    }

    private func count(_ map: YAMLMapping, _ key: String, _ what: String, required: Bool = true) -> Int? {
        guard let value = required ? map.required(key, what) : map.optional(key) else { return nil }
        guard let n = value.int() else { return nil }
        guard n >= 0, n <= 10_000 else {
            sink.error(value.location, "\(key) must be a whole number from 0 to 10000, found \(n)")
            return nil
        }
        return n
    }

    private func meeting(_ map: YAMLMapping) -> LevelMeeting? {
        let level = map.required("level", "the review level: department, college or university")?.nonEmptyString()
        let committee = map.required("committee", "the committee, e.g. 醫學檢驗生物技術學系教師評審委員會")?.nonEmptyString()
        let meeting = map.required("meeting", "the meeting, e.g. 115 學年度第 1 學期第 2 次會議")?.nonEmptyString()
        let date = map.required("date", "the meeting's date, e.g. 115/10/20")?.date()
        let members = count(map, "members", "", required: false)
        let present = count(map, "present", "how many members attended (出席)")
        let votes = map.required("votes", "the vote on each applicant")?.list()?.compactMap { $0.mapping().flatMap(vote) } ?? []
        map.rejectUnknownKeys()
        guard let level, let committee, let meeting, let date, let present else { return nil }
        return LevelMeeting(level: level, committee: committee, meeting: meeting, date: date, members: members, present: present,
                            votes: votes, location: map.location)
    }

    private func vote(_ map: YAMLMapping) -> VoteRecord? {
        let applicant = map.required("applicant", "the applicant's folder name, e.g. lin-yijun")?.nonEmptyString()
        let agree = count(map, "agree", "同意 votes")
        let disagree = count(map, "disagree", "不同意 votes")
        let invalid = count(map, "invalid", "廢票 (0 when none)")
        let decision = map.required("decision", "pass or fail, as the meeting decided")?.word(VoteRecord.Decision.self)
        map.rejectUnknownKeys()
        guard let applicant, let agree, let disagree, let invalid, let decision else { return nil }
        return VoteRecord(applicant: applicant, agree: agree, disagree: disagree, invalid: invalid, decision: decision, location: map.location)
    }
}
