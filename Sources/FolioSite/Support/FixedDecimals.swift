import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `String(format: "%.*f", decimals, value)`, worked out from the rounded integer where that is
/// certain and otherwise by the C library's formatter itself. Foundation's
/// `String(format:)` builds and parses a format string and a CFString for every number: a
/// thirtieth of a dossier-heavy build went to the figures of the charts' descriptions and the
/// provenance pages (issue 15). Foundation formats `%f` with the same C library, so the text is
/// the same (`RenderingFastPathsTests`).
enum FixedDecimals {
    static func text(_ value: Double, decimals: Int) -> String {
        if let text = roundedText(value, decimals: decimals) { return text }
        let capacity = 400
        guard (0...20).contains(decimals), value.magnitude < 1e300 || !value.isFinite else {
            return String(format: "%.\(decimals)f", value)
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            let written = withVaList([Int32(decimals), value]) { vsnprintf(buffer.baseAddress, capacity, "%.*f", $0) }
            guard written > 0, written < capacity else { return String(format: "%.\(decimals)f", value) }
            return String(cString: buffer.baseAddress!)
        }
    }

    private static let powersOfTen: [Double] = (0...9).map { pow(10, Double($0)) }

    /// The same text without the C library, when it is certain: `value × 10^decimals` is rounded to
    /// an integer, which is exact unless the product lies within its own rounding error of a tie
    /// (x.5); those, and large or odd values, are left to `vsnprintf`, which rounds the exact binary
    /// value. `printf`'s `%f` cost about ten thousand instructions a figure.
    private static func roundedText(_ value: Double, decimals: Int) -> String? {
        guard value.isFinite, decimals >= 0, decimals < powersOfTen.count else { return nil }
        let scaled = value.magnitude * powersOfTen[decimals]
        guard scaled < 1e15 else { return nil }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        // One rounding of the product is at most half an ulp off; keep a whole ulp from the tie.
        guard abs(fraction - 0.5) > scaled.ulp + 1e-300 else { return nil }
        var digits = Array(String(UInt64(fraction > 0.5 ? whole + 1 : whole)).utf8)
        if digits.count <= decimals { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals + 1 - digits.count), at: 0) }
        if decimals > 0 { digits.insert(UInt8(ascii: "."), at: digits.count - decimals) }
        // `%f` writes the sign of a negative value however it rounds: -0.001 is "-0.00".
        if value.sign == .minus { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }
}
