import FolioPlan
import Foundation

/// Numbers as the planning office writes them: grouped thousands, no trailing zeros, % attached.
enum Formatting {
    /// `decimals`, when the measure's rule states them, fixes the digits shown (23.40); otherwise
    /// up to two, trailing zeros dropped.
    static func figure(_ value: Double?, unit: String?, decimals: Int? = nil) -> String {
        guard let value else { return "—" }
        let number = grouped(value, maxFractionDigits: decimals ?? 2, minFractionDigits: decimals ?? 0)
        return isPercent(unit) ? "\(number)%" : number
    }

    /// Achievement rate with one decimal: 103.5%.
    static func rate(_ rate: Double) -> String {
        grouped((rate * 1000).rounded() / 10, maxFractionDigits: 1, minFractionDigits: 1) + "%"
    }

    static func isPercent(_ unit: String?) -> Bool { unit == "%" || unit == "％" }

    static func grouped(_ value: Double, maxFractionDigits: Int, minFractionDigits: Int = 0) -> String {
        let text = String(format: "%.\(maxFractionDigits)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var digits = parts.count > 1 ? String(parts[1]) : ""
        while digits.count > minFractionDigits && digits.hasSuffix("0") { digits.removeLast() }
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let number = groups.joined(separator: ",") + (digits.isEmpty ? "" : ".\(digits)")
        let isZero = !number.contains { $0 != "0" && $0 != "," && $0 != "." }
        return value < 0 && !isZero ? "−\(number)" : number
    }
}
