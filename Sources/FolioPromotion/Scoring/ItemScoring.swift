import FolioCore
import Foundation

/// Scores records of rulebook items (R-T3 communities, R-T4, R-T6, R-S1, R-S2) and applies
/// the per-semester or per-year caps, one figure per record plus one per cap applied.
enum ItemScoring {
    static func figure(for record: ItemRecord, rule: ItemRule) -> Figure {
        var value: Points
        let arithmetic: ItemArithmetic
        switch rule.measure {
        case .each:
            value = rule.points * record.count
            arithmetic = record.count == 1 ? .single(points: rule.points) : .each(points: rule.points, count: record.count)
        case .perHour:
            let hours = record.hours ?? 0
            value = rule.points * hours
            arithmetic = .perHour(points: rule.points, hours: hours)
        case .upTo:
            let granted = min(record.granted ?? 0, rule.points)
            value = granted
            arithmetic = .upTo(granted: granted, cap: rule.points)
        case .menteeBands:
            let mentees = record.mentees ?? 0
            let band = rule.menteeBands.last { mentees >= $0.from }
            value = band?.points ?? 0
            arithmetic = .mentees(count: mentees, points: value)
        }
        var split: Points?
        if rule.splittable, let share = record.share, share != 1 {
            value *= share
            split = share
        }
        // A semester's item names its semester, so repeated items read apart (issue 14).
        return Figure(value, rules: [rule.rule], sources: [record.location],
                      .item(label: rule.name, semester: record.semester, arithmetic: arithmetic, share: split, value: value))
    }

    /// The figures of the records, and one negative figure for each period whose total of one
    /// item exceeds the item's cap (e.g. committee seats "最高核給 3").
    static func figures(for records: [(record: ItemRecord, rule: ItemRule, period: ItemPeriod)]) -> [Figure] {
        var result: [Figure] = []
        var groups: [ItemGroup: [(ItemRecord, ItemRule, Figure)]] = [:]
        var order: [ItemGroup] = []
        for (record, rule, period) in records {
            let figure = figure(for: record, rule: rule)
            result.append(figure)
            let key = ItemGroup(item: rule.id, period: period)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((record, rule, figure))
        }
        for key in order {
            guard let group = groups[key], let rule = group.first?.1, let cap = rule.capPerPeriod else { continue }
            let sum = Decimal.sum(group.map(\.2.value))
            if sum > cap {
                result.append(Figure(cap - sum, rules: [rule.rule], sources: group.map(\.0.location),
                                     .itemCapExceeded(label: rule.name, period: key.period, sum: sum, cap: cap, deducted: sum - cap)))
            }
        }
        return result
    }

    /// One item in one period: the records its cap applies to together.
    private struct ItemGroup: Hashable {
        var item: String
        var period: ItemPeriod
    }
}
