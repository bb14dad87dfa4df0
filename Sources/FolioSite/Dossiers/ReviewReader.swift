import FolioCore
import FolioPromotion
import Foundation

/// Reads `review.yaml` (委員審核): the committee's corrections of one dossier's records, each with
/// its reason, meeting and date. Unknown keys are errors; which record a correction names is
/// checked when it is applied (`Dossier.applying`).
struct ReviewReader {
    let sink: DiagnosticSink

    func read(_ text: String, file: String) -> Review? {
        guard let root = YAMLValue.parse(text, file: file, sink: sink)?.mapping() else { return nil }
        let meeting = root.optional("meeting")?.nonEmptyString()
        let date = root.optional("date")?.date()
        let corrections = root.required("corrections", "the list of corrections (record, one change, reason)")?.list()?
            .compactMap { $0.mapping().flatMap { correction($0, meeting: meeting, date: date) } } ?? []
        root.rejectUnknownKeys()
        return Review(corrections: corrections, location: root.location)
    }

    private func correction(_ map: YAMLMapping, meeting defaultMeeting: String?, date defaultDate: RocDate?) -> Correction? {
        let recordValue = map.required("record", "the record corrected, as its page cites it, e.g. papers.csv:4 or dossier.yaml:52")
        let record = recordValue?.nonEmptyString().flatMap { text -> RecordReference? in
            if let reference = RecordReference(parsing: text) { return reference }
            sink.error(recordValue!.location, "'\(text)' does not name a record; write the file and line the dossier page's 來源 shows, e.g. papers.csv:4")
            return nil
        }
        var changes: [Correction.Change] = []
        if let value = map.optional("percentile"), let p = value.decimal() {
            if p < 0 || p > 100 { sink.error(value.location, "percentile \(p.pointsText) is outside 0–100; write the journal's rank as a percentage") }
            else { changes.append(.percentile(p)) }
        }
        if let value = map.optional("author_position"), let n = value.int() {
            if n < 1 || Decimal(n) > RecordBounds.count { sink.error(value.location, "author position must be a whole number from 1 (first author), found \(n)") }
            else { changes.append(.authorPosition(n)) }
        }
        if let value = map.optional("disallowed"), let flag = value.bool() {
            if flag { changes.append(.disallowed) }
            else { sink.error(value.location, "'disallowed: false' changes nothing; remove the correction or write 'disallowed: true'") }
        }
        if let value = map.optional("granted"), let g = value.decimal() {
            if g < 0 || g > RecordBounds.points { sink.error(value.location, "granted points must be 0 to \(RecordBounds.points.pointsText), found \(g.pointsText)") }
            else { changes.append(.granted(g)) }
        }
        let reason = map.required("reason", "why the committee corrected the record")?.nonEmptyString()
        let meetingValue = map.optional("meeting")
        let meeting = meetingValue?.nonEmptyString() ?? defaultMeeting
        let date = map.optional("date")?.date() ?? defaultDate
        map.rejectUnknownKeys()
        if meeting == nil && meetingValue == nil {
            sink.error(map.location, "this correction names no meeting; add 'meeting:' to it or at the top of review.yaml, e.g. 115 學年度第 2 次系教評會")
        }
        if date == nil { sink.error(map.location, "this correction has no date; add 'date:' to it or at the top of review.yaml, e.g. 115/10/20") }
        if changes.count != 1 {
            sink.error(map.location, changes.isEmpty
                ? "this correction changes nothing; give one of percentile, author_position, disallowed: true or granted"
                : "this correction makes \(changes.count) changes; write one correction per change (percentile, author_position, disallowed, granted)")
        }
        guard let record, let reason, let meeting, let date, changes.count == 1 else { return nil }
        return Correction(record: record, change: changes[0], reason: reason, meeting: meeting, date: date, location: map.location)
    }
}
