import Foundation

// Foundation's `Decimal` on Linux compares two values by aligning them through variable-length
// integer arrays, about 80 ns, and divides to 38 digits, about 4 µs. Scoring a dossier made over a
// thousand comparisons and a dozen divisions: about a third of loading the dossiers (issue 15).
// What follows keeps every result exact and lets the common cases skip that arithmetic.
// `PercentileBounds` repeats `PercentileBand.contains` on stand-ins; `PointsOrderTests` holds the two
// to the same answers.

extension Decimal {
    /// The value in millionths, when it has at most six decimals and is below 10^8 in size; nil
    /// otherwise. Read through its `Double`, whose error there is far below half a millionth (as
    /// `wholeHundredths`): Foundation builds the `Double` from the integer digits and at most six
    /// divisions by ten, each within half a unit in the last place.
    var millionths: Int64? {
        guard !isNaN, exponent >= -6 else { return nil }
        let double = NSDecimalNumber(decimal: self).doubleValue
        guard abs(double) < 1e8 else { return nil }
        return Int64((double * 1e6).rounded())
    }

    /// The value divided by 10^`places`, exactly, by moving its decimal point: `x / 100` without
    /// Foundation's long division.
    func movingPointLeft(_ places: Int) -> Decimal {
        guard !isNaN, exponent - places > -100 else { return self / pow(10, places) }
        return Decimal(sign: sign, exponent: exponent - places, significand: significand)
    }
}

/// A points value with an integer stand-in, for code that compares the same values many times
/// (sorting papers by points, placing a percentile in a band). Orders exactly as `Decimal` does.
struct OrderedPoints: Comparable, Sendable {
    let value: Points
    let millionths: Int64?

    init(_ value: Points) {
        self.value = value
        self.millionths = value.millionths
    }

    static func < (a: OrderedPoints, b: OrderedPoints) -> Bool {
        if let x = a.millionths, let y = b.millionths { return x < y }
        return a.value < b.value
    }

    static func == (a: OrderedPoints, b: OrderedPoints) -> Bool {
        if let x = a.millionths, let y = b.millionths { return x == y }
        return a.value == b.value
    }
}

/// A value stored beside the fields it is worked out from, left out of equality and hashing: the
/// fields themselves already say whether two values are the same.
struct DerivedFromFields<Value: Sendable>: Hashable, Sendable {
    var value: Value

    static func == (_: Self, _: Self) -> Bool { true }
    func hash(into _: inout Hasher) {}
}
