import FolioCore
import Foundation

/// 委員審核: the committee's decisions on one dossier (`review.yaml` beside `dossier.yaml`).
public struct Review: Sendable, Hashable {
    public var corrections: [Correction]
    public var location: SourceLocation

    public init(corrections: [Correction], location: SourceLocation) {
        self.corrections = corrections
        self.location = location
    }
}

/// One record corrected by the committee, with why, at which meeting and when.
public struct Correction: Sendable, Hashable {
    public enum Change: Sendable, Hashable, Worded {
        /// The journal's rank the committee found (I-1), for a paper.
        case percentile(Points)
        /// The author position the committee found, for a paper.
        case authorPosition(Int)
        /// The record does not count at all.
        case disallowed
        /// What the committee grants for an "up to" item.
        case granted(Points)

        public var code: String {
            switch self {
            case .percentile: "percentile"
            case .authorPosition: "author_position"
            case .disallowed: "disallowed"
            case .granted: "granted"
            }
        }

        public var parameters: [String: WordingValue] { value.map { ["value": .number($0)] } ?? [:] }

        /// The value in language-neutral digits, for `--json`'s `value`.
        public var value: String? {
            switch self {
            case .percentile(let p): p.pointsText
            case .authorPosition(let n): "\(n)"
            case .disallowed: nil
            case .granted(let g): g.pointsText
            }
        }
    }

    /// The record corrected: its file's name and line, as the pages cite it (`papers.csv:4`, `dossier.yaml:52`).
    public var record: RecordReference
    public var change: Change
    public var reason: String
    public var meeting: String
    public var date: RocDate
    public var location: SourceLocation

    public init(record: RecordReference, change: Change, reason: String, meeting: String, date: RocDate, location: SourceLocation) {
        self.record = record
        self.change = change
        self.reason = reason
        self.meeting = meeting
        self.date = date
        self.location = location
    }
}

/// A record named by its file and line: `papers.csv:4`.
public struct RecordReference: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public init?(parsing text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let line = Int(parts[1]), line >= 1, !parts[0].isEmpty else { return nil }
        self.init(file: String(parts[0]), line: line)
    }

    public var description: String { "\(file):\(line)" }

    public func names(_ location: SourceLocation) -> Bool {
        location.line == line && URL(fileURLWithPath: location.file).lastPathComponent == file
    }
}

extension Dossier {
    /// The dossier as the committee verified it: every correction applied to its record. A correction
    /// that names no record, or a change the record cannot take, is an error at the correction.
    public func applying(_ review: Review) -> (dossier: Dossier, problems: [Diagnostic]) {
        var d = self
        var problems: [Diagnostic] = []
        var disallowedPapers: Set<SourceLocation> = []
        func error(_ correction: Correction, _ message: String) { problems.append(.error(correction.location, message)) }
        for correction in review.corrections {
            let ref = correction.record
            if let index = d.papers.firstIndex(where: { ref.names($0.location) }) {
                switch correction.change {
                case .percentile(let p): d.papers[index].percentile = p
                case .authorPosition(let n): d.papers[index].authorPosition = n
                case .disallowed: disallowedPapers.insert(d.papers[index].location)
                case .granted: error(correction, "\(ref) is a paper; 'granted' applies to an \"up to\" teaching or service item: use percentile, author_position or disallowed")
                }
                continue
            }
            if let index = d.teaching.items.firstIndex(where: { ref.names($0.location) }) {
                apply(correction, to: &d.teaching.items[index], error: error)
                if case .disallowed = correction.change { d.teaching.items.remove(at: index) }
                continue
            }
            if let year = d.service.firstIndex(where: { $0.items.contains { ref.names($0.location) } }),
               let index = d.service[year].items.firstIndex(where: { ref.names($0.location) }) {
                apply(correction, to: &d.service[year].items[index], error: error)
                if case .disallowed = correction.change { d.service[year].items.remove(at: index) }
                continue
            }
            let others: [SourceLocation] = d.studentGrants.map(\.location) + d.patents.map(\.location) + d.transfers.map(\.location)
                + d.industry.map(\.location) + d.grants.map(\.location)
            if others.contains(where: { ref.names($0) }) {
                guard case .disallowed = correction.change else {
                    error(correction, "\(ref) is a grant, patent, transfer or industry project; only 'disallowed' applies to it")
                    continue
                }
                d.studentGrants.removeAll { ref.names($0.location) }
                d.patents.removeAll { ref.names($0.location) }
                d.transfers.removeAll { ref.names($0.location) }
                d.industry.removeAll { ref.names($0.location) }
                d.grants.removeAll { ref.names($0.location) }
                continue
            }
            error(correction, "no record of this dossier is at \(ref); name a paper by its papers.csv line or a record by its dossier.yaml line, as the dossier page's source link shows it")
        }
        d.papers.removeAll { disallowedPapers.contains($0.location) }
        return (d, problems)
    }

    private func apply(_ correction: Correction, to record: inout ItemRecord, error: (Correction, String) -> Void) {
        switch correction.change {
        case .granted(let g): record.granted = g
        case .disallowed: break
        case .percentile, .authorPosition:
            error(correction, "\(correction.record) is a teaching or service item; \(correction.change.code) applies to a paper: use granted or disallowed")
        }
    }
}
