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
    /// "近 6 學期" (R-T2, R-T3, R-T5, R-T6): the semesters counted, excluded semesters left out (I-14).
    public var recentSemesters: [Semester]
    /// The window's span, first to last semester, excluded semesters included: with I-14
    /// `extend_window` it reaches back one semester per exclusion, with `shrink` it is the plain window.
    public var recentSpan: [Semester]
    /// The `excluded_semesters` records inside the span, in semester order: the ones that took effect.
    public var recentExcluded: [ExcludedSemester]
    /// The rulebook's 「近 N 學期」.
    public var recentCount: Int
    /// The I-14 setting that made `recentSemesters` and `recentSpan`.
    public var excludedSemesterWindow: Interpretations.ExcludedSemesterWindow
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
    /// The length in years of `mainPapers` and `reference`, extension included: 「近 7 年」 or 9.
    public var mainPaperYears: Int
    public var referenceYears: Int
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
        let (counted, span) = Windows.recent(endingWith: last, count: rulebook.teaching.recentSemesters,
                                             excluding: Set(dossier.excludedSemesters.map(\.semester)),
                                             setting: settings.excludedSemesterWindow)
        var seen: Set<Semester> = []
        excludedSemesterWindow = settings.excludedSemesterWindow
        recentCount = rulebook.teaching.recentSemesters
        recentSemesters = counted
        recentSpan = span
        recentExcluded = dossier.excludedSemesters.sorted { $0.semester < $1.semester }
            .filter { span.contains($0.semester) && seen.insert($0.semester).inserted }
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
        mainPaperYears = rulebook.conditions.mainPaperWindowYears + (mainExtendedBy.isEmpty ? 0 : extensionYears)
        referenceYears = rulebook.research.windowYears + (referenceExtendedBy.isEmpty ? 0 : extensionYears)
        grants = DateWindow(start: date.adding(years: -rulebook.conditions.grants.windowYears), end: date)
    }

    static func semesters(endingWith last: Semester, count: Int) -> [Semester] {
        var result: [Semester] = []
        var semester: Semester? = last
        while result.count < count, let current = semester {
            result.insert(current, at: 0)
            semester = before(current)
        }
        return result
    }

    /// I-14: the counted semesters and the span they come from. `extend_window` walks back from
    /// `last` until `count` semesters are counted, skipping excluded ones; `shrink` keeps the plain
    /// window and drops the excluded ones from it.
    static func recent(endingWith last: Semester, count: Int, excluding excluded: Set<Semester>,
                       setting: Interpretations.ExcludedSemesterWindow) -> (counted: [Semester], span: [Semester]) {
        switch setting {
        case .shrink:
            let span = semesters(endingWith: last, count: count)
            return (span.filter { !excluded.contains($0) }, span)
        case .extendWindow:
            var counted: [Semester] = [], span: [Semester] = []
            var semester: Semester? = last
            while counted.count < count, let current = semester {
                span.insert(current, at: 0)
                if !excluded.contains(current) { counted.insert(current, at: 0) }
                semester = before(current)
            }
            return (counted, span)
        }
    }

    /// The semester before, or nil before academic year 1.
    private static func before(_ semester: Semester) -> Semester? {
        semester.term == 2 ? Semester(academicYear: semester.academicYear, term: 1) : Semester(academicYear: semester.academicYear - 1, term: 2)
    }

    /// `112-1…114-2`, and the excluded semesters inside it: `111-2…114-2 without 113-1`.
    public var recentWindowText: String {
        guard let first = recentSpan.first, let last = recentSpan.last else { return "—" }
        let excluded = recentExcluded.map(\.semester.description)
        return "\(first)…\(last)" + (excluded.isEmpty ? "" : " without \(excluded.joined(separator: ", "))")
    }

    /// The reason a record dated `date` is listed and not counted, or nil when it is in `reference`
    /// (article 6 §3「近七年」, R-D3).
    public func outsideReference(_ date: RocDate) -> FigureReason? {
        reference.contains(date) ? nil : .outsideWindow(years: referenceYears, from: reference.start, to: reference.end)
    }

    /// The reason a record of `semester` is listed and not counted, or nil when it is in `window`.
    public func outside(_ semester: Semester, of window: [Semester]) -> FigureReason? {
        guard let first = window.first, let last = window.last, !window.contains(semester) else { return nil }
        return .outsideSemesters(count: window.count, first: first, last: last)
    }

    /// The same for 「近 6 學期」: outside its span (an excluded semester inside it is I-14's, not this).
    public func outsideRecent(_ semester: Semester) -> FigureReason? {
        guard let first = recentSpan.first, let last = recentSpan.last, !recentSpan.contains(semester) else { return nil }
        return .outsideSemesters(count: recentCount, first: first, last: last)
    }

    /// The reason a service year is listed and not counted, or nil when it is one of `serviceYears`.
    public func outsideService(_ year: Int) -> FigureReason? {
        guard let first = serviceYears.first, let last = serviceYears.last, !serviceYears.contains(year) else { return nil }
        return .outsideAcademicYears(count: serviceYears.count, first: first, last: last)
    }
}
