import Foundation
import FolioCore

/// Points are exact decimals: 0.5-point items and IF×5 (IF has three decimals) stay exact.
public typealias Points = Decimal

extension Locale {
    /// Made once, not for every number read (issue 15).
    static let posix = Locale(identifier: "en_US_POSIX")
}

extension Decimal {
    /// Parses a plain decimal literal ("25.615", "-0.5") exactly, without going through Double.
    public init?(exactly text: String) {
        let trimmed = text.trimmedWhitespaces
        guard !trimmed.isEmpty,
              trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              trimmed.filter({ $0 == "." }).count <= 1,
              let value = Decimal(string: trimmed, locale: .posix) else { return nil }
        self = value
    }

    /// Rounded half away from zero to `places` decimals.
    public func rounded(_ places: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }

    /// At most two decimals, trailing zeros dropped: 25.615 → "25.62", 20.50 → "20.5", 30 → "30".
    public var pointsText: String {
        // A value with two decimals or fewer needs no rounding. `RenderingFastPathsTests` compares
        // the result with what `NSDecimalNumber` writes.
        let value = exponent >= -2 ? self : rounded(2)
        guard !value.isNaN else { return NSDecimalNumber(decimal: value).stringValue }
        if let hundredths = value.wholeHundredths { return Self.text(hundredths: hundredths) }
        let text = value.description
        return text == "-0" ? "0" : text
    }

    /// The value in hundredths, for a value of at most two decimals below ten billion: read through
    /// its `Double`, whose error there is far below half a hundredth. Foundation's `description`
    /// took 2 µs a figure, a thirtieth of a dossier-heavy build (issue 15).
    private var wholeHundredths: Int64? {
        let double = NSDecimalNumber(decimal: self).doubleValue
        guard abs(double) < 1e10 else { return nil }
        return Int64((double * 100).rounded())
    }

    /// `1234` → "12.34", `1230` → "12.3", `1200` → "12", `-5` → "-0.05".
    private static func text(hundredths: Int64) -> String {
        let whole = abs(hundredths) / 100, fraction = Int(abs(hundredths) % 100)
        let sign = hundredths < 0 ? "-" : ""
        switch fraction {
        case 0: return sign + String(whole)
        case let tenths where tenths % 10 == 0: return sign + String(whole) + "." + String(tenths / 10)
        case ..<10: return sign + String(whole) + ".0" + String(fraction)
        default: return sign + String(whole) + "." + String(fraction)
        }
    }

    /// A money amount with grouped thousands, at most two decimals: 600000 → "600,000" (issue 14).
    public var amountText: String {
        let text = pointsText
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count > 1 ? ".\(parts[1])" : "")
    }

    public var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }

    public static func sum<S: Sequence>(_ values: S) -> Decimal where S.Element == Decimal {
        values.reduce(0, +)
    }
}
