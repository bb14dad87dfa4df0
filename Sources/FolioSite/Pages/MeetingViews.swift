import FolioCore
import FolioPromotion
import Foundation

/// Shapes a round's meetings into docket columns and minutes drafts; the engine (`RoundMeetings`,
/// `VoteRule`) decides every count and decision, this only words them.
struct MeetingViews {
    let round: String
    /// The round's dossiers in the docket's order.
    let entries: [DossierEntry]
    let labels: [String: String]
    var language: SiteLanguage = .zhHant

    private var words: Wording { Wording(labels: labels, language: language) }
    private func label(_ key: String) -> String { labels[key] ?? key }

    var meetings: RoundMeetings? { entries.first?.meetings }
    /// The levels of the round: those of its first dossier's rulebook (validation checks every vote by its own).
    var committee: CommitteeRules? { entries.first?.rulebook.committee }

    static func levelPath(_ round: String, _ level: String) -> String { "\(DossierPages.folder)/\(round)/levels/\(level).html" }
    static func minutesPath(_ round: String, _ level: String) -> String { "\(DossierPages.folder)/\(round)/minutes/\(level).html" }

    /// Levels with at least one meeting recorded.
    var heldLevels: [ReviewLevel] {
        guard let meetings, let committee else { return [] }
        return committee.levels.filter { level in meetings.meetings.contains { $0.level == level.id } }
    }

    func cell(_ entry: DossierEntry, level: String) -> LevelCellView {
        guard let result = meetings?.result(entry.slug, level: level, rules: entry.rulebook.committee) else {
            return LevelCellView(voted: false, verdict: VerdictView(state: "na", symbol: label("committee-na-symbol"), label: label("not-voted")), votes: "", meeting: "")
        }
        let r = result.record
        let votes = label("votes-summary")
            .replacingOccurrences(of: "{agree}", with: "\(r.agree)").replacingOccurrences(of: "{disagree}", with: "\(r.disagree)")
            .replacingOccurrences(of: "{invalid}", with: "\(r.invalid)").replacingOccurrences(of: "{present}", with: "\(result.meeting.present)")
            .replacingOccurrences(of: "{needed}", with: "\(result.needed)")
        return LevelCellView(voted: true, verdict: decision(r.decision), votes: votes,
                             meeting: words.html(key: "committee-meeting", ["committee": .text(result.meeting.committee),
                                                                             "meeting": .text(result.meeting.meeting), "date": .date(result.meeting.date)]))
    }

    func decision(_ decision: VoteRecord.Decision) -> VerdictView {
        decision == .pass ? VerdictView(state: "pass", symbol: "✓", label: label("decision-pass"))
            : VerdictView(state: "fail", symbol: "✗", label: label("decision-fail"))
    }

    /// The applicants a level reviews: all at the first level; at a later one, those the previous level passed.
    func applicants(at level: String) -> [DossierEntry] {
        guard let committee, let previous = committee.previous(level) else { return entries }
        return entries.filter { meetings?.result($0.slug, level: previous.id, rules: $0.rulebook.committee)?.record.decision == .pass }
    }

    var voteRuleText: String {
        guard let vote = committee?.vote else { return "" }
        return label("vote-rule-\(vote.base.rawValue)").replacingOccurrences(of: "{fraction}", with: "\(vote.numerator)/\(vote.denominator)")
    }

    func minutes(_ level: ReviewLevel, printPage: String, docketHref: String, href: (String) -> String) -> MinutesView {
        let committee = committee!
        let previous = committee.previous(level.id)
        let held = (meetings?.meetings ?? []).filter { $0.level == level.id }
        let views = held.map { meeting in
            let items = meeting.votes.compactMap { record -> (DossierEntry, VoteRecord)? in
                entries.first { $0.slug == record.applicant }.map { ($0, record) }
            }.enumerated().map { number, pair in
                let (entry, record) = pair
                let result = VoteResult(meeting: meeting, record: record, rule: entry.rulebook.committee.vote)
                let views = DossierViews(entry: entry, labels: labels, chartID: "minutes", language: language)
                let bases = Dictionary(views.totalBases.map { ($0.rule, $0.bases) }, uniquingKeysWith: { a, _ in a })
                return MinutesItemView(
                    number: number + 1, applicant: words.dataHTML(entry.dossier.applicant), department: words.dataHTML(language.pick(localized: entry.rulebook.departmentName(entry.dossier.department))),
                    application: words.application(entry.dossier),
                    departmentAndApplication: words.html(key: "committee-department-application",
                                                         ["department": .named(entry.rulebook.departmentName(entry.dossier.department)),
                                                          "application": .worded(key: "committee-application-\(entry.dossier.kind.rawValue)",
                                                                                 parameters: Wording.application(entry.dossier))]),
                    href: href(entry.slug),
                    teaching: bases["R-G3"]!, service: bases["R-G4"]!, research: bases["R-G5"]!,
                    rulesVerdict: DossierViews.overall(entry.decidingPasses, labels: labels),
                    rulesBasis: label(entry.verified == nil ? "basis-computed" : "basis-verified"),
                    previous: previous.map { cell(entry, level: $0.id) }, previousLabel: previous.map(words.level),
                    present: meeting.present, agree: record.agree, disagree: record.disagree, invalid: record.invalid,
                    needed: result.needed, decision: decision(record.decision))
            }
            let attendance = label(meeting.members == nil ? "attendance" : "attendance-members")
                .replacingOccurrences(of: "{present}", with: "\(meeting.present)")
                .replacingOccurrences(of: "{members}", with: "\(meeting.members ?? 0)")
            return MinutesMeetingView(committee: words.dataHTML(meeting.committee), meeting: words.dataHTML(meeting.meeting), date: words.text(.date(meeting.date)),
                                      attendance: attendance, agenda: items)
        }
        return MinutesView(round: round, level: words.level(level), title: "\(label("round")) \(round) · \(words.level(level)) · \(label("minutes"))",
                           anchor: "minutes-\(round)-\(level.id)", printPage: printPage, docketHref: docketHref, meetings: views,
                           voteRule: voteRuleText, labels: labels)
    }
}
