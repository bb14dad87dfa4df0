import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Numbers in dossiers and papers.csv are made from their digits since issue 15; each must be the
/// `Decimal` that Foundation's `Decimal(string:locale:)` made, byte for byte (its representation
/// decides how a figure is written, "1.5" and not "1.50").
@Suite struct DecimalReadingTests {
    static func bytes(_ value: Decimal) -> [UInt8] {
        var value = value
        return withUnsafeBytes(of: &value) { Array($0) }
    }

    static func foundation(_ text: String) -> Decimal? { Decimal(string: text, locale: Decimal.posixLocale) }

    @Test func numbersAreMadeAsFoundationMadeThem() throws {
        var random = SeededGenerator(seed: 1513)
        var made = 0
        for _ in 0..<20000 {
            let sign = ["", "-", "+"][random.next(below: 3)]
            let whole = String(repeating: "0", count: random.next(below: 3)) + String(random.next(below: 100_000))
            let decimals = String((0..<random.next(below: 8)).map { _ in Character(String(random.next(below: 10))) })
            let text = [sign + whole, sign + whole + "." + decimals, sign + "." + (decimals.isEmpty ? "5" : decimals),
                        sign + whole + "."][random.next(below: 4)]
            guard Decimal.isPlainNumber(text) else { continue }
            let expected = try #require(Self.foundation(text), "\(text)")
            if let fast = Decimal.fromDigits(text) {
                made += 1
                #expect(Self.bytes(fast) == Self.bytes(expected), "\(text): \(fast) against \(expected)")
            }
            #expect(Decimal(exactlyWritten: text).map(Self.bytes) == Self.bytes(expected), "\(text)")
        }
        #expect(made > 15000)
    }

    /// Worked cases: "1.50" is 15 × 10⁻¹ (written 1.5), "100" is 1 × 10²; a zero with decimals and
    /// a 19-digit number are left to Foundation.
    @Test func representationsAndTheCasesLeftToFoundation() {
        #expect(Decimal.fromDigits("1.50")?.description == "1.5")
        #expect(Decimal.fromDigits("1.50")?.exponent == -1)
        #expect(Decimal.fromDigits("100")?.exponent == 2)
        #expect(Decimal.fromDigits("-25.615") == Decimal(string: "-25.615"))
        #expect(Decimal.fromDigits("0.00") == nil)
        #expect(Decimal.fromDigits("0") == 0)
        #expect(Decimal.fromDigits("1234567890123456789") == nil)
        #expect(Decimal(exactlyWritten: "0.00").map(Self.bytes) == Self.foundation("0.00").map(Self.bytes))
        #expect(Decimal(exactlyWritten: "1e3") == nil)
    }
}
