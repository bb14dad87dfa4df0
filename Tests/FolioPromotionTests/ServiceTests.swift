import FolioCore
import FolioPromotion
import Foundation
import Testing

@Suite("Service score (article 6 §2)")
struct ServiceTests {
    func service(_ years: [ServiceYear], rulebook: Rulebook = Fixture.rulebook()) -> ServiceScore {
        var dossier = Fixture.dossier()
        dossier.service = years
        return Fixture.assess(dossier, rulebook).service
    }

    func item(_ id: String, count: Decimal = 1, granted: Decimal? = nil, mentees: Int? = nil, line: Int) -> ItemRecord {
        ItemRecord(item: id, count: count, granted: granted, mentees: mentees, location: Fixture.loc(line, "d.yaml"))
    }

    @Test func rS1_mentorBandsBonusesAndDeductions() {
        // 16 mentees → 5; interviews +1; missed meeting −0.5; missed training −0.5; deeds granted 1.5. Year = 6.5.
        // Next year 17 mentees → 6; not all interviewed −2. Year = 4. Total 10.5.
        let score = service([
            ServiceYear(academicYear: 112, items: [item("undergraduate_mentor", mentees: 16, line: 1), item("mentee_interviews", line: 2),
                                                   item("mentor_meeting_missed", line: 3), item("mentor_training_missed", line: 4),
                                                   item("mentoring_deeds", granted: Fixture.d(1.5), line: 5)], location: Fixture.loc(1, "d.yaml")),
            ServiceYear(academicYear: 113, items: [item("undergraduate_mentor", mentees: 17, line: 7), item("interviews_missed", line: 8)], location: Fixture.loc(6, "d.yaml")),
        ])
        #expect(score.years.map(\.subtotal) == [Fixture.d(6.5), 4])
        #expect(score.total.value == Fixture.d(10.5))
        #expect(score.years[0].lines[0].rules == ["R-S1"])
    }

    @Test func rS2_postsAndCommitteeSeatsCappedAtThreePerYear() {
        // chair 8; 5 committee seats → 5, capped at 3 (−2). Year = 11.
        let score = service([ServiceYear(academicYear: 114, items: [item("department_chair", line: 1), item("committee_member", count: 5, line: 2)], location: Fixture.loc(1, "d.yaml"))])
        #expect(score.years[0].lines.map(\.value) == [8, 5, -2])
        #expect(score.total.value == 11)
    }

    @Test func rS2_usrContributionOnlyInThe2020Version() {
        // The same record of a USR contribution (granted 4 of at most 5) under each shipped version: the 2020 rulebook
        // scores it 4; the one before 109.07.23 has no such item, so the dossier is refused with the item named.
        var dossier = Fixture.dossier()
        dossier.service = [ServiceYear(academicYear: 113, items: [item("usr_contribution", granted: 4, line: 2)], location: Fixture.loc(1, "d.yaml"))]
        #expect(dossier.validate(against: Shipped.current).isEmpty)
        #expect(Fixture.assess(dossier, Shipped.current).service.total.value == 4)
        let refused = dossier.validate(against: Shipped.before).map(\.description)
        #expect(refused.count == 1)
        #expect(refused.first?.hasPrefix("d.yaml:2:1: error: unknown service item 'usr_contribution' for rulebook kmu-health-before-2020-07-23") == true)
    }

    @Test func rS3_upToItemsNeverExceedTheirMaximum() {
        // Validation refuses granted 6 for "最高核給 5".
        var dossier = Fixture.dossier()
        dossier.service = [ServiceYear(academicYear: 113, items: [item("school_contribution", granted: 6, line: 9)], location: Fixture.loc(8, "d.yaml"))]
        let messages = dossier.validate(against: Fixture.rulebook()).map(\.description)
        #expect(messages == ["d.yaml:9:1: error: 'school_contribution' grants at most 5 points (R-S3), found 6; write the points granted, between 0 and 5"])
    }
}
