import FolioCore
import FolioPromotion
import Foundation
import Testing

@Suite("Rulebook validation and versions")
struct RulebookTests {
    @Test func theShippedRulebooksAreSound() {
        #expect(Fixture.rulebook().validate().isEmpty)
        #expect(Fixture.rulebook(usr: false).validate().isEmpty)
    }

    @Test func aWeightOutsideTenToThirtyPercentIsAnError() {
        var rulebook = Fixture.rulebook()
        rulebook.teaching.indicators[0].weightPercent = 35   // 35 > 30; the sum becomes 115
        let messages = rulebook.validate().map(\.message)
        #expect(messages.contains("weight of 'ability' is 35%, outside 10%–30% (article 6 §1); choose a weight within the bounds"))
        #expect(messages.contains("teaching weights sum to 115%, not 100%; adjust the weights so they add up to 100"))
    }

    @Test func weightsMustSumToOneHundred() {
        var rulebook = Fixture.rulebook()
        rulebook.teaching.indicators[1].weightPercent = 10   // 20+10+15+10+20+20 = 95
        #expect(rulebook.validate().map(\.message) == ["teaching weights sum to 95%, not 100%; adjust the weights so they add up to 100"])
    }

    @Test func rankBandsMustBeContiguous() {
        var rulebook = Fixture.rulebook()
        rulebook.research.bands[2].lower = 25   // gap between 20 and 25
        #expect(rulebook.validate().contains { $0.message.hasPrefix("rank band 'band20_40' must start exactly where 'band10_20' ends") })
    }

    @Test func aBoundaryBelongsToExactlyOneBand() {
        var rulebook = Fixture.rulebook()
        rulebook.research.bands[1].lowerInclusive = true   // 10 would be in top10 and band10_20
        #expect(rulebook.validate().contains { $0.message.hasPrefix("rank band 'band10_20' must start exactly where 'top10' ends") })
    }

    @Test func amountBandsMustBeContiguous() {
        var rulebook = Fixture.rulebook()
        rulebook.research.industryBands[1].from = 1_100_000
        #expect(rulebook.validate().contains { $0.message.hasPrefix("industry bands must be contiguous and rising") })
    }

    @Test func checklistItemsMustAddUpToTheCap() {
        var rulebook = Fixture.rulebook()
        rulebook.teaching.ability[0].items[2].points = 5   // 7+7+5 = 19 ≠ 20
        #expect(rulebook.validate().map(\.message).contains("checklist items of 'course_planning' add up to 19, not its cap 20 (附表二); correct the item points"))
    }

    @Test func everyPaperConditionMustBeThere() {
        var rulebook = Fixture.rulebook()
        rulebook.conditions.paperConditions.removeAll { $0.rule == "R-P6" && $0.rank == .lecturer }
        #expect(rulebook.validate().map(\.message).contains("paper conditions for rehabilitation_management, seconded, lecturer must be given exactly once (R-P3 … R-P6)"))
    }

    @Test func theVersionInForceOnTheApplicationDateIsChosen() {
        let shelf = RulebookShelf([Fixture.rulebook(), Fixture.rulebook(usr: false)])
        #expect(shelf.validate().isEmpty)
        // 109/07/22 is the day before the amendment was promulgated; 109/07/23 is its first day.
        #expect(shelf.version(inForceOn: Fixture.date("109/07/22"))?.version == "kmu-health-before-2020-07-23")
        #expect(shelf.version(inForceOn: Fixture.date("109/07/23"))?.version == "kmu-health-2020-07-23")
        #expect(shelf.version(inForceOn: Fixture.date("115/09/15"))?.version == "kmu-health-2020-07-23")
    }

    @Test func twoOpenStartsAreAnError() {
        let shelf = RulebookShelf([Fixture.rulebook(usr: false), Fixture.rulebook(usr: false)])
        let messages = shelf.validate().map(\.message)
        #expect(messages.contains { $0.hasPrefix("exactly one rulebook version must have an open start") })
        #expect(messages.contains("rulebook version 'kmu-health-before-2020-07-23' appears twice; give each file its own version"))
    }

    @Test func theDossierSaysWhichVersionScoredIt() {
        let old = Fixture.assess(Fixture.dossier(date: "109/05/01"), Fixture.rulebook(usr: false))
        #expect(old.rulebookVersion == "kmu-health-before-2020-07-23")
    }
}
