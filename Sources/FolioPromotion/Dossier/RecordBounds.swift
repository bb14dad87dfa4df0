import FolioCore
import Foundation

/// The largest value a dossier's number can sensibly have. A value beyond its bound is a typing
/// slip (an extra digit, a pasted ID), never a real record, and would swamp the scores.
public enum RecordBounds {
    /// Counts of anything: times an item was done, mentees, an author position, a group size.
    public static let count: Decimal = 10_000
    /// Hours of an item (a workshop taught, a course designed).
    public static let hours: Decimal = 10_000
    /// Weekly teaching hours and their reduction: a week has 168 hours.
    public static let weeklyHours: Decimal = 168
    /// Points: teacher-growth points and base, a granted industry band.
    public static let points: Decimal = 10_000
    /// NT$ amounts of transfers and industry projects: NT$10,000,000,000 (10^10).
    public static let amount: Decimal = 10_000_000_000
    /// Years abroad or seconded: a career.
    public static let years: Decimal = 100
    /// A journal impact factor: the highest in any field is a few hundred.
    public static let impactFactor: Decimal = 1_000

    /// A whole number from 0 to this is inside every bound: the smallest bound, as an integer.
    /// Most counts are, and are checked without decimal arithmetic (issue 15).
    static let insideEveryBound: Int = NSDecimalNumber(decimal: [count, hours, weeklyHours, points, amount, years, impactFactor].min()!).intValue

    /// Whether a value is within `0...insideEveryBound`, decided on its millionths: most are, and
    /// are checked without Foundation's decimal comparisons (issue 15).
    static func isInsideEveryBound(_ value: Decimal) -> Bool {
        guard let millionths = value.millionths else { return false }
        return millionths >= 0 && millionths <= Int64(insideEveryBound) * 1_000_000
    }

    /// A value outside `0...maximum` (or not a finite number), as one error naming the field,
    /// the record, the bound and what to write instead.
    public static func problem(_ value: Decimal, _ field: String, of record: String, maximum: Decimal,
                               what: String, at location: SourceLocation) -> Diagnostic? {
        // Most values are in range: nothing is formatted for them (issue 15).
        if value.isFinite, !value.isNaN, value >= 0, value <= maximum { return nil }
        let range = "0 to \(grouped(maximum))"
        if value.isNaN || !value.isFinite {
            return .error(location, "'\(field)' of \(record) is not a usable number; write \(what) (\(range))")
        }
        if value < 0 {
            return .error(location, "'\(field)' of \(record) is negative (\(plain(value))); write \(what) (\(range))")
        }
        if value > maximum {
            return .error(location, "'\(field)' of \(record) is \(plain(value)), beyond the bound of \(grouped(maximum)) for \(what); correct it (\(range))")
        }
        return nil
    }

    /// Every number written exactly, without rounding: the value as typed.
    static func plain(_ value: Decimal) -> String { NSDecimalNumber(decimal: value).stringValue }

    /// 10000 → "10,000".
    static func grouped(_ value: Decimal) -> String {
        let digits = plain(value)
        guard !digits.contains("."), digits.count > 3 else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

extension Dossier {
    /// Every number of the dossier outside its sane range (`RecordBounds`), at its record.
    public func boundProblems() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // The record's name is built only for a value out of range (issue 15).
        func check(_ value: Decimal?, _ field: String, of record: @autoclosure () -> String, _ maximum: Decimal, _ what: String, _ location: SourceLocation) {
            guard let value, !RecordBounds.isInsideEveryBound(value), value.isNaN || !value.isFinite || value < 0 || value > maximum,
                  let problem = RecordBounds.problem(value, field, of: record(), maximum: maximum, what: what, at: location) else { return }
            problems.append(problem)
        }
        func check(_ value: Int?, _ field: String, of record: @autoclosure () -> String, _ maximum: Decimal, _ what: String, _ location: SourceLocation) {
            guard let value, !(0...RecordBounds.insideEveryBound).contains(value) else { return }
            check(Decimal(value), field, of: record(), maximum, what, location)
        }

        check(studiedAbroadYears, "studied_abroad_years", of: "the dossier", RecordBounds.years, "years", location(of: "studied_abroad_years"))
        check(industryBandGranted, "industry_band_granted", of: "the dossier", RecordBounds.points, "points", location(of: "industry_band_granted"))
        if let secondment {
            check(secondment.years, "years", of: "the secondment", RecordBounds.years, "years", secondment.location)
        }
        for record in teachingHours {
            func name() -> String { "the teaching hours of \(record.academicYear)" }
            check(record.weekly, "weekly", of: name(), RecordBounds.weeklyHours, "hours a week", record.location)
            check(record.reduction, "reduction", of: name(), RecordBounds.weeklyHours, "hours a week", record.location)
        }
        for record in teaching.growth {
            func name() -> String { "the teacher-growth record of \(record.semester)" }
            check(record.points, "points", of: name(), RecordBounds.points, "points", record.location)
            check(record.base, "base", of: name(), RecordBounds.points, "points", record.location)
        }
        let items = teaching.items.map { ($0, nil as Int?) } + service.flatMap { year in year.items.map { ($0, year.academicYear as Int?) } }
        for (record, year) in items {
            func name() -> String { year.map { "service item '\(record.item)' of \($0)" } ?? "teaching item '\(record.item)'" }
            check(record.count, "count", of: name(), RecordBounds.count, "how many times", record.location)
            check(record.hours, "hours", of: name(), RecordBounds.hours, "hours", record.location)
            check(record.mentees, "mentees", of: name(), RecordBounds.count, "a number of mentees", record.location)
        }
        for paper in papers {
            func name() -> String { "paper '\(paper.title)'" }
            check(paper.authorPosition, "author_position", of: name(), RecordBounds.count, "an author position", paper.location)
            check(paper.equalContribution, "equal_contribution", of: name(), RecordBounds.count, "a number of authors", paper.location)
            check(paper.impactFactor, "impact_factor", of: name(), RecordBounds.impactFactor, "an impact factor", paper.location)
        }
        for transfer in transfers {
            check(transfer.amount, "amount", of: "technology transfer '\(transfer.title)'", RecordBounds.amount, "an amount in NT$", transfer.location)
        }
        for project in industry {
            check(project.amount, "amount", of: "industry project '\(project.title)'", RecordBounds.amount, "an amount in NT$", project.location)
        }
        return problems
    }
}
