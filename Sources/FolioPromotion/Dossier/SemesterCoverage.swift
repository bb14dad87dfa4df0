import FolioCore
import Foundation

/// A per-semester indicator scores only the semesters it has records for, so a forgotten line
/// would change a committee's figure without a word (issue 16). Once the teaching form is in use,
/// every semester of "近 6 學期" needs its record in R-T2, R-T3, R-T5 and in the R-T6 items the
/// rulebook marks `every_semester`, unless `excluded_semesters` leaves it out (I-14).
extension Dossier {
    public func semesterCoverage(windows: Windows, rulebook: Rulebook) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func error(_ location: SourceLocation, _ message: String) { problems.append(.error(location, message)) }
        checkExclusions(windows: windows, rulebook: rulebook, error: error)
        checkRecordsInExcludedSemesters(windows: windows, rulebook: rulebook, error: error)
        if teachingFormInUse(rulebook) { checkMissingSemesters(windows: windows, rulebook: rulebook, error: error) }
        return problems
    }

    /// The form is in use once any per-semester list is written. A dossier without one (a new hire
    /// from outside, who fills in no 附表一) is not asked for records it cannot have.
    func teachingFormInUse(_ rulebook: Rulebook) -> Bool {
        let lists: [TeachingList] = [.evaluations, .growth, .admin]
        let everySemester = Set(rulebook.teaching.everySemesterItems.map(\.id))
        return lists.contains { teaching.listLocations[$0] != nil }
            || !teaching.evaluations.isEmpty || !teaching.growth.isEmpty || !teaching.admin.isEmpty
            || teaching.items.contains { everySemester.contains($0.item) }
    }

    private func checkExclusions(windows: Windows, rulebook: Rulebook, error: (SourceLocation, String) -> Void) {
        var first: [Semester: SourceLocation] = [:]
        let setting = rulebook.interpretations.excludedSemesterWindow.rawValue
        for exclusion in excludedSemesters {
            if let earlier = first[exclusion.semester] {
                error(exclusion.location, "excluded semester \(exclusion.semester) is listed twice (first at line \(earlier.line)); keep one")
                continue
            }
            first[exclusion.semester] = exclusion.location
            if !windows.recentSpan.contains(exclusion.semester) {
                error(exclusion.location, "excluded semester \(exclusion.semester) is outside the teaching window \(windows.recentWindowText) counted back from the application date \(applicationDate) (I-14: \(setting)), so it changes nothing; remove it or correct the semester")
            }
        }
    }

    private func checkRecordsInExcludedSemesters(windows: Windows, rulebook: Rulebook, error: (SourceLocation, String) -> Void) {
        let excluded = Dictionary(windows.recentExcluded.map { ($0.semester, $0.location) }, uniquingKeysWith: { a, _ in a })
        func check(_ semester: Semester?, _ what: String, _ location: SourceLocation) {
            guard let semester, let exclusion = excluded[semester] else { return }
            error(location, "\(what) has a record for \(semester), which excluded_semesters leaves out of the window (line \(exclusion.line)); remove the record, or the exclusion if the teacher taught that semester")
        }
        for record in teaching.evaluations { check(record.semester, label(.evaluation, rulebook), record.location) }
        for record in teaching.growth { check(record.semester, label(.growth, rulebook), record.location) }
        for record in teaching.admin { check(record.semester, label(.admin, rulebook), record.location) }
        let recentItems = rulebook.teaching.growth.items + rulebook.teaching.college.items
        for record in teaching.items {
            guard let rule = recentItems.first(where: { $0.id == record.item }) else { continue }
            check(record.semester, "\(rule.label) ('\(rule.id)')", record.location)
        }
    }

    private func checkMissingSemesters(windows: Windows, rulebook: Rulebook, error: (SourceLocation, String) -> Void) {
        let window = windows.recentWindowText
        let teachingLocation = location(of: "teaching")
        let orExclude = "or list it under excluded_semesters with the reason"

        func report(_ list: TeachingList, _ what: String, recorded: Set<Semester>, fix: (Semester) -> String) {
            let missing = windows.recentSemesters.filter { !recorded.contains($0) }
            guard let firstMissing = missing.first else { return }
            guard let listLocation = teaching.listLocations[list] else {
                let semesters = missing.map(\.description).joined(separator: ", ")
                error(teachingLocation, "\(what) has no records for \(semesters) (window \(window)); add '\(list.rawValue):' under teaching with one record per semester, e.g. \(fix(firstMissing)), or list the semesters not taught under excluded_semesters with the reason")
                return
            }
            for semester in missing {
                error(listLocation, "\(what) has no record for \(semester) (window \(window)); add \(fix(semester)), \(orExclude)")
            }
        }

        let evaluation = rulebook.teaching.evaluation
        report(.evaluations, label(.evaluation, rulebook), recorded: Set(teaching.evaluations.map(\.semester))) { semester in
            let lowest = evaluation.scale(for: semester.academicYear)?.bands.map(\.atLeast).min()
            return "'- {semester: \(semester), average: …}' with the semester's valid weighted average"
                + (lowest.map { " (R-T2 scores an average below \($0.pointsText) as 0)" } ?? "")
        }
        let none = rulebook.teaching.growth.none
        report(.growth, label(.growth, rulebook), recorded: Set(teaching.growth.map(\.semester))) { semester in
            let base = nearestBase(to: semester).map(\.pointsText) ?? "…"
            return "'- {semester: \(semester), points: 0, base: \(base)}' if the teacher took part in nothing (R-T3 scores it \(Self.signed(none)))"
        }
        report(.admin, label(.admin, rulebook), recorded: Set(teaching.admin.map(\.semester))) { semester in
            "'- {semester: \(semester), syllabus: on_time, grades: on_time}' as the registrar's record of that semester shows (R-T5)"
        }
        for rule in rulebook.teaching.everySemesterItems {
            let recorded = Set(teaching.items.filter { $0.item == rule.id }.compactMap(\.semester))
            report(.items, "\(rule.label) ('\(rule.id)')", recorded: recorded) { semester in
                "'- {item: \(rule.id), semester: \(semester), count: 0}' if there was none that semester (\(rule.rule) marks it every_semester)"
            }
        }
    }

    /// The base of the growth record nearest in time, the earlier one on a tie: the likeliest base of a missing semester.
    private func nearestBase(to semester: Semester) -> Points? {
        func index(_ s: Semester) -> Int { s.academicYear * 2 + s.term }
        return teaching.growth.min { a, b in
            let da = abs(index(a.semester) - index(semester)), db = abs(index(b.semester) - index(semester))
            return da != db ? da < db : a.semester < b.semester
        }?.base
    }

    private func label(_ kind: TeachingIndicator, _ rulebook: Rulebook) -> String {
        rulebook.teaching.indicator(kind)?.label ?? kind.rule
    }

    /// −12 with a minus sign, as the form prints it.
    static func signed(_ points: Points) -> String {
        points < 0 ? "−\((-points).pointsText)" : points.pointsText
    }
}
