import FolioCore
@testable import FolioPromotion
import FolioTestSupport
import Foundation
import Testing

/// The integer stand-ins that let scoring skip Foundation's decimal comparisons and divisions
/// (issue 15) must order and divide exactly as `Decimal` does.
@Suite struct PointsOrderTests {
    /// A decimal with up to 12 digits and from 9 decimals to 6 zeros, either sign; some made by
    /// arithmetic, so their digits are not always compacted as parsing leaves them.
    static func randomDecimal(_ random: inout SeededGenerator) -> Decimal {
        let digits = String(random.next() % [10, 1_000, 100_000, 1_000_000_000_000][random.next(below: 4)])
        let exponent = random.next(below: 16) - 9
        var value = Decimal(string: (random.next(below: 3) == 0 ? "-" : "") + digits + "e\(exponent)")!
        switch random.next(below: 5) {
        case 0: value = value * Decimal(string: "1.5")!
        case 1: value = value + Decimal(string: "0.25")!
        case 2: value = value / 3
        default: break
        }
        return value
    }

    @Test func millionthsAreExactOrAbsent() {
        // 25.615 is 25,615,000 millionths; -0.000001 is -1; 10^8 and more, seven decimals and NaN have none.
        #expect(Decimal(string: "25.615")!.millionths == 25_615_000)
        #expect(Decimal(string: "-0.000001")!.millionths == -1)
        #expect(Decimal(string: "99999999.999999")!.millionths == 99_999_999_999_999)
        #expect(Decimal(string: "100000000")!.millionths == nil)
        #expect(Decimal(string: "0.0000001")!.millionths == nil)
        #expect(Decimal.nan.millionths == nil)
        var random = SeededGenerator(seed: 1503)
        for _ in 0..<20000 {
            let value = Self.randomDecimal(&random)
            guard let millionths = value.millionths else { continue }
            #expect(Decimal(millionths) / 1_000_000 == value, "\(value)")
        }
    }

    @Test func orderedPointsOrderAsDecimalsDo() {
        var random = SeededGenerator(seed: 1504)
        var pairs = 0, bothWithStandIns = 0
        for _ in 0..<20000 {
            let a = Self.randomDecimal(&random)
            // Half the pairs are close or equal: the same value written another way, or a millionth off.
            let b = switch random.next(below: 4) {
            case 0: a * Decimal(string: "1.000")!
            case 1: a + Decimal(string: "0.000001")!
            default: Self.randomDecimal(&random)
            }
            let (x, y) = (OrderedPoints(a), OrderedPoints(b))
            #expect((x < y) == (a < b), "\(a) < \(b)")
            #expect((x == y) == (a == b), "\(a) == \(b)")
            #expect((x > y) == (a > b), "\(a) > \(b)")
            pairs += 1
            if x.millionths != nil && y.millionths != nil { bothWithStandIns += 1 }
        }
        // Most pairs were decided on their integers, so the fast path was what was tested.
        #expect(bothWithStandIns > pairs / 3)
    }

    @Test func movingThePointDividesExactly() {
        // 1,234.5 ÷ 100 = 12.345; -7 ÷ 100 = -0.07; 0 stays 0.
        #expect(Decimal(string: "1234.5")!.movingPointLeft(2) == Decimal(string: "12.345")!)
        #expect(Decimal(-7).movingPointLeft(2) == Decimal(string: "-0.07")!)
        #expect(Decimal(0).movingPointLeft(2) == 0)
        #expect(Decimal.nan.movingPointLeft(2).isNaN)
        var random = SeededGenerator(seed: 1505)
        for _ in 0..<20000 {
            // As scoring uses it: an indicator's points times its weight, in percent.
            let value = Self.randomDecimal(&random) * Decimal(random.next(below: 101))
            let moved = value.movingPointLeft(2), divided = value / 100
            #expect(moved == divided, "\(value)")
            #expect(moved.description == divided.description, "\(value)")
            #expect(moved.pointsText == divided.pointsText, "\(value)")
        }
    }

    @Test func percentileBandsAreFoundAsContainsFindsThem() {
        var rules = Shipped.current.research
        var random = SeededGenerator(seed: 1506)
        func check() {
            // Every tenth of a percent, every bound, and random hundredths.
            let bounds = rules.bands.flatMap { [$0.lower, $0.upper].compactMap { $0 } }
            let percentiles = (0...1000).map { Decimal($0) / 10 } + bounds
                + (0..<500).map { _ in Decimal(random.next(below: 10_001)) / 100 } + [-1, 101, .nan]
            for p in percentiles {
                #expect(rules.band(forPercentile: p)?.id == rules.bands.first { $0.contains(p) }?.id, "\(p)")
            }
        }
        check()
        // A band edited in place moves the stand-ins with it: the first band now ends at 7.5, exclusive.
        rules.bands[0].upper = Decimal(string: "7.5")!
        rules.bands[0].upperInclusive = false
        #expect(rules.band(forPercentile: Decimal(string: "7.5")!)?.id != rules.bands[0].id)
        #expect(rules.band(forPercentile: Decimal(string: "7.49")!)?.id == rules.bands[0].id)
        check()
    }
}
