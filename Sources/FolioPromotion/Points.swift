import Foundation

/// Points are exact decimals: 0.5-point items and IF×5 (IF has three decimals) stay exact.
public typealias Points = Decimal

extension Decimal {
    /// Parses a plain decimal literal ("25.615", "-0.5") exactly, without going through Double.
    public init?(exactly text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
              trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              trimmed.filter({ $0 == "." }).count <= 1,
              let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
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
        let value = rounded(2)
        var text = NSDecimalNumber(decimal: value).stringValue
        if text == "-0" { text = "0" }
        return text
    }

    public var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }

    public static func sum<S: Sequence>(_ values: S) -> Decimal where S.Element == Decimal {
        values.reduce(0, +)
    }
}
