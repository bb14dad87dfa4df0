import FolioCore
import Foundation

/// Article 6 §2: per academic year, the items' points with caps and deductions, summed.
public struct ServiceScore: Sendable, Hashable {
    public struct Year: Sendable, Hashable {
        public var academicYear: Int
        public var lines: [Figure]
        public var subtotal: Points
    }

    public var years: [Year]
    public var total: Figure

    public init(dossier: Dossier, rulebook: Rulebook, windows: Windows) {
        var years: [Year] = []
        for year in dossier.service.sorted(by: { $0.academicYear < $1.academicYear }) {
            // The full record: a year before the last 5 academic years is listed at 0, with the reason (issue 13).
            if let reason = windows.outsideService(year.academicYear) {
                years.append(Year(academicYear: year.academicYear, lines: [
                    Figure(0, rules: ["R-S1", "R-S2"], sources: [year.location],
                           .serviceYearListed(academicYear: year.academicYear, items: year.items.count), reason: reason),
                ], subtotal: 0))
                continue
            }
            let records = year.items.compactMap { record -> (record: ItemRecord, rule: ItemRule, period: ItemPeriod)? in
                guard let rule = rulebook.service.items.first(where: { $0.id == record.item }) else { return nil }
                return (record, rule, .academicYear(year.academicYear))
            }
            let lines = ItemScoring.figures(for: records)
            years.append(Year(academicYear: year.academicYear, lines: lines, subtotal: Decimal.sum(lines.map(\.value))))
        }
        self.years = years
        let total = Decimal.sum(years.map(\.subtotal))
        let parts = years.filter { windows.outsideService($0.academicYear) == nil }.map { YearSubtotal(academicYear: $0.academicYear, subtotal: $0.subtotal) }
        self.total = Figure(total, rules: ["R-S1", "R-S2", "R-S3"], sources: dossier.service.map(\.location),
                            .serviceTotal(years: parts, total: total))
    }
}
