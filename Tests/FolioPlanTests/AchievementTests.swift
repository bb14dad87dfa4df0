import FolioPlan
import Testing

@Suite struct AchievementTests {
    @Test func higherIsBetterRateIsActualOverTarget() {
        // 1-1: actual 1,574 against a target of 1,520 → 1574 ÷ 1520 = 1.03553 → met.
        let achievement = Achievement.of(actual: 1574, target: 1520, direction: .higher)
        #expect(abs(achievement.rate! - 1.035526) < 1e-6)
        #expect(achievement.isMet == true)
    }

    @Test func lowerIsBetterRateIsTargetOverActual() {
        // 生師比 8-1: target 23.5, actual 23.4 → 23.5 ÷ 23.4 = 1.004274 → met (fewer students per teacher).
        let met = Achievement.of(actual: 23.4, target: 23.5, direction: .lower)
        #expect(abs(met.rate! - 1.004274) < 1e-6)
        #expect(met.isMet == true)
        // Actual 24.0 against 23.5 → 23.5 ÷ 24.0 = 0.979167 → not met.
        let missed = Achievement.of(actual: 24.0, target: 23.5, direction: .lower)
        #expect(abs(missed.rate! - 0.979167) < 1e-6)
        #expect(missed.isMet == false)
    }

    @Test func exactlyOnTargetIsMet() {
        #expect(Achievement.of(actual: 450, target: 450, direction: .higher) == .reported(rate: 1, met: true))
        #expect(Achievement.of(actual: 22.9, target: 22.9, direction: .lower) == .reported(rate: 1, met: true))
    }

    @Test func missingActualIsPendingAndMissingTargetIsNotComputable() {
        #expect(Achievement.of(actual: nil, target: 310, direction: .higher) == .pending)
        #expect(Achievement.of(actual: 300, target: nil, direction: .higher) == .notComputable)
        #expect(Achievement.of(actual: 0, target: 23.5, direction: .lower) == .notComputable)
    }
}
