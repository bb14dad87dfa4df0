import FolioCore
import Foundation

extension Dossier {
    /// The checks that need the rulebook in force: department, items, windows, duplicates.
    /// Value-level checks (a percentile of 140, an author position of 0) belong to the loader.
    public func validate(against rulebook: Rulebook) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func error(_ location: SourceLocation, _ message: String) { problems.append(.error(location, message)) }
        let windows = Windows(dossier: self, rulebook: rulebook)

        if rulebook.category(ofDepartment: department) == nil {
            let known = rulebook.conditions.departments.keys.sorted()
            error(location(of: "department"), "unknown department '\(department)'; write one of \(known.joined(separator: "、")) (R-C1)")
        }
        if kind == .promotion {
            if currentRank == nil { error(location, "a promotion needs 'current_rank': add the rank held now") }
            if currentRankSince == nil { error(location, "a promotion needs 'current_rank_since': add the date the current rank was reached, e.g. 110/08/01") }
            if let since = currentRankSince, since > applicationDate {
                error(location(of: "current_rank_since"), "current_rank_since \(since) is after the application date \(applicationDate); correct one of them")
            }
        }
        for record in pregnancyOrBirth where record.date > applicationDate {
            error(record.location, "pregnancy or birth date \(record.date) is after the application date \(applicationDate); correct the date")
        }

        let panel = rulebook.conditions.externalReviewPanel
        if rulebook.interpretations.reviewAggregate == .nOfM, externalReview.count > panel.reviewers, let extra = externalReview.dropFirst(panel.reviewers).first {
            error(extra.location, "\(externalReview.count) external review marks, but the rulebook sends a dossier to \(panel.reviewers) reviewers (R-G2); remove the extra marks")
        }

        problems += boundProblems()
        validateTeaching(windows: windows, rulebook: rulebook, error: error)
        validateService(windows: windows, rulebook: rulebook, error: error)
        validateResearch(windows: windows, rulebook: rulebook, error: error)
        problems += semesterCoverage(windows: windows, rulebook: rulebook)

        var hourYears: [Int: SourceLocation] = [:]
        for record in teachingHours {
            if let first = hourYears[record.academicYear] {
                error(record.location, "teaching hours for academic year \(record.academicYear) are given twice (first at line \(first.line)); keep one")
            }
            hourYears[record.academicYear] = record.location
            if !windows.hourYears.contains(record.academicYear) {
                error(record.location, "teaching hours for academic year \(record.academicYear) are outside the last \(windows.hourYears.count) years (\(windows.hourYears.map(String.init).joined(separator: ", "))); remove the record or correct its year")
            }
        }
        return problems
    }

    /// A record of a semester that has not begun by the application date is impossible; one before
    /// the window is listed, not counted (the full record, issue 13), so it is no error.
    private func checkSemester(_ semester: Semester, what: String, location: SourceLocation,
                               error: (SourceLocation, String) -> Void) {
        guard semester.start > applicationDate else { return }
        error(location, "\(what) for semester \(semester) is after the application date \(applicationDate) (the semester begins \(semester.start)); correct its semester")
    }

    private func validateTeaching(windows: Windows, rulebook: Rulebook, error: (SourceLocation, String) -> Void) {
        let rules = rulebook.teaching
        var seen: Set<String> = []
        for answer in teaching.ability {
            guard let dimension = rules.ability.first(where: { $0.id == answer.dimension }) else {
                error(answer.location, "unknown teaching-ability dimension '\(answer.dimension)'; use one of \(rules.ability.map(\.id).joined(separator: ", ")) (附表二)") // quotes the input
                continue
            }
            if !seen.insert(answer.dimension).inserted {
                error(answer.location, "teaching-ability dimension '\(answer.dimension)' is given twice; keep one")
            }
            for number in answer.yes where !dimension.items.contains(where: { $0.number == number }) {
                error(answer.location, "'\(answer.dimension)' has items 1–\(dimension.items.count), not \(number); list the numbers of the items answered yes")
            }
            if Set(answer.yes).count != answer.yes.count {
                error(answer.location, "'\(answer.dimension)' lists an item twice; list each item answered yes once")
            }
        }
        func uniqueSemesters<T>(_ records: [T], _ what: String, semester: (T) -> Semester, location: (T) -> SourceLocation) {
            var first: [Semester: SourceLocation] = [:]
            for record in records {
                if let earlier = first[semester(record)] {
                    error(location(record), "\(what) for semester \(semester(record)) is given twice (first at line \(earlier.line)); keep one")
                }
                first[semester(record)] = first[semester(record)] ?? location(record)
                checkSemester(semester(record), what: what, location: location(record), error: error)
            }
        }
        uniqueSemesters(teaching.evaluations, "a teaching evaluation", semester: \.semester, location: \.location)
        uniqueSemesters(teaching.growth, "a teacher-growth record", semester: \.semester, location: \.location)
        uniqueSemesters(teaching.admin, "an administrative record", semester: \.semester, location: \.location)
        for record in teaching.evaluations {
            if let scale = rules.evaluation.scale(for: record.semester.academicYear), record.average > scale.maximumAverage {
                error(record.location, "average \(record.average.pointsText) is above the \(scale.label) maximum \(scale.maximumAverage.pointsText); correct the average")
            }
        }
        for record in teaching.growth where record.base <= 0 {
            error(record.location, "the required base of teacher-growth points must be positive, found \(record.base.pointsText); write the school's base for that semester")
        }

        let itemRules = rules.growth.items + rules.special.items + rules.college.items
        let allPlans = rules.special.plans.map(\.id)
        for record in teaching.items {
            guard let rule = itemRules.first(where: { $0.id == record.item }) else {
                var message = "unknown teaching item '\(record.item)'"
                if let guess = itemRules.map(\.id).closestMatch(to: record.item) { message += "; did you mean '\(guess)'?" }
                else { message += "; see the rulebook's teaching items (R-T3, R-T4, R-T6)" }
                error(record.location, message)
                continue
            }
            guard let semester = record.semester else {
                error(record.location, "teaching item '\(record.item)' needs 'semester', e.g. 113-1")
                continue
            }
            checkSemester(semester, what: "teaching item '\(record.item)'", location: record.location, error: error)
            checkMeasure(record, rule, error: error)
            if rule.requiresPlan && record.plan == nil {
                error(record.location, "teaching item '\(record.item)' is a role in a school teaching plan; add 'plan' (one of \(allPlans.joined(separator: ", ")))")
            }
        }
    }

    private func validateService(windows: Windows, rulebook: Rulebook, error: (SourceLocation, String) -> Void) {
        var years: [Int: SourceLocation] = [:]
        for year in service {
            if let first = years[year.academicYear] {
                error(year.location, "service for academic year \(year.academicYear) is given twice (first at line \(first.line)); merge the items into one year")
            }
            years[year.academicYear] = years[year.academicYear] ?? year.location
            // A year before the window is listed, not counted; one not begun by the application date is impossible.
            if year.academicYear > applicationDate.academicYear {
                error(year.location, "service for academic year \(year.academicYear) is after the application date \(applicationDate) (academic year \(applicationDate.academicYear)); correct the year")
            }
            for record in year.items {
                guard let rule = rulebook.service.items.first(where: { $0.id == record.item }) else {
                    var message = "unknown service item '\(record.item)' for rulebook \(rulebook.version)"
                    if let guess = rulebook.service.items.map(\.id).closestMatch(to: record.item) { message += "; did you mean '\(guess)'?" }
                    else { message += "; see the rulebook's service items (R-S1, R-S2)" }
                    error(record.location, message)
                    continue
                }
                checkMeasure(record, rule, error: error)
            }
        }
    }

    private func checkMeasure(_ record: ItemRecord, _ rule: ItemRule, error: (SourceLocation, String) -> Void) {
        switch rule.measure {
        case .upTo:
            if let granted = record.granted {
                if granted < 0 || granted > rule.points {
                    error(record.location, "'\(rule.id)' grants at most \(rule.points.pointsText) points (R-S3), found \(granted.pointsText); write the points granted, between 0 and \(rule.points.pointsText)")
                }
            } else {
                error(record.location, "'\(rule.id)' is an up-to item; add 'granted' with the points the committee granted (at most \(rule.points.pointsText))")
            }
        case .perHour:
            if record.hours == nil { error(record.location, "'\(rule.id)' is scored per hour; add 'hours'") }
        case .menteeBands:
            if record.mentees == nil { error(record.location, "'\(rule.id)' is scored by the number of mentees; add 'mentees' (the larger semester count)") }
        case .each:
            break
        }
        if record.share != nil && !rule.splittable {
            error(record.location, "'\(rule.id)' is not split between teachers; remove 'share'")
        }
    }

    private func validateResearch(windows: Windows, rulebook: Rulebook, error: (SourceLocation, String) -> Void) {
        // The full publication list (著作目錄): a record before its window is listed, not counted;
        // one dated after the application date is impossible.
        func inWindow(_ date: RocDate, _ what: @autoclosure () -> String, _ location: SourceLocation) {
            if date > applicationDate {
                error(location, "\(what()) dated \(date) is after the application date \(applicationDate); correct the date")
            }
        }
        var titles: [String: SourceLocation] = [:]
        for paper in papers {
            inWindow(paper.date, "paper '\(paper.title)'", paper.location)
            let key = paper.title.lettersAndDigitsLowercased
            if let first = titles[key] {
                error(paper.location, "paper '\(paper.title)' is listed twice (first at line \(first.line)); remove the duplicate row")
            } else {
                titles[key] = paper.location
            }
            if rulebook.research.rankedIndexes.contains(paper.index) && paper.index != .tssci && paper.percentile == nil && !paper.type.isThesis {
                error(paper.location, "a \(paper.index.rawValue) paper needs its journal's percentile in its field (I-1); fill the 'percentile' column (0–100, smaller is better)")
            }
        }
        for grant in studentGrants {
            inWindow(grant.start, "student grant '\(grant.title)'", grant.location)
        }
        for patent in patents {
            inWindow(patent.granted, "patent '\(patent.title)'", patent.location)
        }
        for transfer in transfers {
            inWindow(transfer.date, "technology transfer '\(transfer.title)'", transfer.location)
        }
        for project in industry {
            inWindow(project.closed, "industry project '\(project.title)'", project.location)
        }
        for grant in grants {
            if grant.end < grant.start {
                error(grant.location, "grant '\(grant.title)' ends (\(grant.end)) before it starts (\(grant.start)); correct the dates")
            } else if grant.start > applicationDate {
                error(grant.location, "grant '\(grant.title)' starts \(grant.start), after the application date \(applicationDate); correct the date")
            }
        }
    }
}

extension Array where Element == String {
    /// The element within a small edit distance of `word`, for "did you mean" hints.
    public func closestMatch(to word: String) -> String? {
        let scored = map { ($0, $0.distance(to: word)) }.filter { $0.1 <= Swift.max(1, word.count / 3) }
        return scored.min { $0.1 < $1.1 }?.0
    }
}

extension String {
    fileprivate func distance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
