import FolioCore
import Foundation

/// Scores records of rulebook items (R-T3 communities, R-T4, R-T6, R-S1, R-S2) and applies
/// the per-semester or per-year caps, one figure per record plus one per cap applied.
enum ItemScoring {
    static func figure(for record: ItemRecord, rule: ItemRule, extraNote: String? = nil) -> Figure {
        var value: Points
        var words: String
        switch rule.measure {
        case .each:
            value = rule.points * record.count
            words = record.count == 1 ? "\(rule.points.pointsText)" : "\(rule.points.pointsText) × \(record.count.pointsText)"
        case .perHour:
            let hours = record.hours ?? 0
            value = rule.points * hours
            words = "\(rule.points.pointsText) × \(hours.pointsText) 小時"
        case .upTo:
            let granted = min(record.granted ?? 0, rule.points)
            value = granted
            words = "核給 \(granted.pointsText)（上限 \(rule.points.pointsText)）"
        case .menteeBands:
            let mentees = record.mentees ?? 0
            let band = rule.menteeBands.last { mentees >= $0.from }
            value = band?.points ?? 0
            words = "導生 \(mentees) 名 → \(value.pointsText)"
        }
        if rule.splittable, let share = record.share, share != 1 {
            value *= share
            words += " × 比例 \(share.pointsText)"
        }
        // A semester's item names its semester, so repeated items read apart (issue 14).
        let period = record.semester.map { "（\($0)）" } ?? ""
        var text = "\(rule.label)\(period)：\(words) = \(value.pointsText)"
        if let extraNote { text += "；\(extraNote)" }
        return Figure(value, rules: [rule.rule], sources: [record.location], text)
    }

    /// The figures of the records, and one negative figure for each period whose total of one
    /// item exceeds the item's cap (e.g. committee seats "最高核給 3").
    static func figures(for records: [(record: ItemRecord, rule: ItemRule, period: String)]) -> [Figure] {
        var result: [Figure] = []
        var groups: [String: [(ItemRecord, ItemRule, Figure)]] = [:]
        var order: [String] = []
        for (record, rule, period) in records {
            let figure = figure(for: record, rule: rule)
            result.append(figure)
            let key = "\(rule.id)@\(period)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((record, rule, figure))
        }
        for key in order {
            guard let group = groups[key], let rule = group.first?.1, let cap = rule.capPerPeriod else { continue }
            let sum = Decimal.sum(group.map(\.2.value))
            if sum > cap {
                let period = String(key.split(separator: "@").last ?? "")
                result.append(Figure(cap - sum, rules: [rule.rule], sources: group.map(\.0.location),
                                     "\(rule.label)：\(period) 合計 \(sum.pointsText) 超過上限 \(cap.pointsText)，減 \((sum - cap).pointsText)"))
            }
        }
        return result
    }
}
