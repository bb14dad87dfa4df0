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

    /// Thousands grouped with ',', at most `maxFractionDigits` decimals and at least
    /// `minFractionDigits`, a minus sign (−) unless the number shows as zero. Put together on bytes:
    /// charts and provenance pages write tens of thousands of figures (issue 15).
    static func grouped(_ value: Double, maxFractionDigits: Int, minFractionDigits: Int = 0) -> String {
        let text = Array(FixedDecimals.text(abs(value), decimals: maxFractionDigits).utf8)
        let point = text.firstIndex(of: UInt8(ascii: ".")) ?? text.count
        var fractionEnd = text.count
        while fractionEnd - (point + 1) > minFractionDigits, text[fractionEnd - 1] == UInt8(ascii: "0") { fractionEnd -= 1 }
        var number: [UInt8] = []
        number.reserveCapacity(text.count + text.count / 3 + 1)
        for index in 0..<point {
            if index > 0, (point - index) % 3 == 0 { number.append(UInt8(ascii: ",")) }
            number.append(text[index])
        }
        if fractionEnd > point + 1 {
            number.append(UInt8(ascii: "."))
            number += text[(point + 1)..<fractionEnd]
        }
        let isZero = !number.contains { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: ".") }
        let written = String(decoding: number, as: UTF8.self)
        return value < 0 && !isZero ? "−" + written : written
    }
}
