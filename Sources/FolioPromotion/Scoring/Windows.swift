import FolioCore
import Foundation

/// A span of dates, both ends inclusive.
public struct DateWindow: Sendable, Hashable, CustomStringConvertible {
    public var start: RocDate
    public var end: RocDate

    public init(start: RocDate, end: RocDate) {
        self.start = start
        self.end = end
    }

    public func contains(_ date: RocDate) -> Bool { date >= start && date <= end }
    public var description: String { "\(start)–\(end)" }
}

/// The periods a dossier's records must fall in, counted back from its application date (I-8),
/// with the pregnancy extension (R-G6) applied to the paper windows.
public struct Windows: Sendable, Hashable {
    /// "近 6 學期" (R-T2, R-T3, R-T5, R-T6).
    public var recentSemesters: [Semester]
    /// R-T4: the last 5 years' semesters, since reaching the previous rank.
    public var specialSemesters: [Semester]
    /// Article 6 §2: the last 5 academic years.
    public var serviceYears: [Int]
    /// R-G1: the last 3 academic years.
    public var hourYears: [Int]
    /// R-D1, with any R-G6 extension.
    public var mainPapers: DateWindow
    /// R-D3 and article 6 §3, with any R-G6 extension.
    public var reference: DateWindow
    /// R-G7 (no extension: R-G6 names only the paper windows).
    public var grants: DateWindow
    /// The pregnancy records that extended the main or reference window.
    public var mainExtendedBy: [DatedRecord]
    public var referenceExtendedBy: [DatedRecord]

    public init(dossier: Dossier, rulebook: Rulebook) {
        let date = dossier.applicationDate
        let settings = rulebook.interpretations
        let promotion = dossier.kind == .promotion
        let rankSince = promotion ? dossier.currentRankSince : nil

        var last = Semester.containing(date)
        if !settings.includeUnfinishedPeriod && last.end > date { last = last.previous }
        recentSemesters = Windows.semesters(endingWith: last, count: rulebook.teaching.recentSemesters)
        specialSemesters = Windows.semesters(endingWith: last, count: rulebook.teaching.special.windowYears * 2)
            .filter { semester in rankSince.map { semester.end >= $0 } ?? true }

        var lastYear = date.academicYear
        if !settings.includeUnfinishedPeriod && RocDate(rocYear: lastYear + 1, month: 7, day: 31)! > date { lastYear -= 1 }
        serviceYears = Array((lastYear - rulebook.service.windowAcademicYears + 1)...lastYear)
        hourYears = Array((lastYear - rulebook.conditions.teachingHours.recentYears + 1)...lastYear)

        let extensionYears = rulebook.conditions.pregnancyExtensionYears
        func window(years: Int) -> (DateWindow, [DatedRecord]) {
            let plain = DateWindow(start: date.adding(years: -years), end: date)
            let extending = dossier.pregnancyOrBirth.filter { record in
                plain.contains(record.date) && (rankSince.map { record.date >= $0 } ?? true)
            }
            guard !extending.isEmpty else { return (plain, []) }
            return (DateWindow(start: date.adding(years: -(years + extensionYears)), end: date), extending)
        }
        (mainPapers, mainExtendedBy) = window(years: rulebook.conditions.mainPaperWindowYears)
        (reference, referenceExtendedBy) = window(years: rulebook.research.windowYears)
        grants = DateWindow(start: date.adding(years: -rulebook.conditions.grants.windowYears), end: date)
    }

    static func semesters(endingWith last: Semester, count: Int) -> [Semester] {
        var result: [Semester] = []
        var semester = last
        for _ in 0..<max(count, 0) {
            result.insert(semester, at: 0)
            semester = semester.previous
        }
        return result
    }

    public var recentSemestersText: String {
        guard let first = recentSemesters.first, let last = recentSemesters.last else { return "—" }
        return "\(first)–\(last)"
    }
}
