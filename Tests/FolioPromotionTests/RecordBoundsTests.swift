import FolioCore
import FolioPromotion
import Foundation
import Testing

/// A dossier's numbers within sane bounds, and scoring that cannot trap on huge ones.
@Suite struct RecordBoundsTests {
    func semester(_ text: String) -> Semester { Semester(parsing: text)! }

    @Test func aHugeCountIsAnErrorNamingItsBound() {
        var dossier = Fixture.dossier()
        dossier.teaching.items = [ItemRecord(item: "outstanding_teaching_award", semester: semester("112-2"),
                                             count: Decimal(string: "9223372036854775807")!, location: Fixture.loc(4, "d.yaml"))]
        #expect(dossier.boundProblems().map(\.description) == [
            "d.yaml:4:1: error: 'count' of teaching item 'outstanding_teaching_award' is 9223372036854775807, beyond the bound of 10,000 for how many times; correct it (0 to 10,000)",
        ])
        // validate(against:) reports it too.
        #expect(dossier.validate(against: Fixture.rulebook()).map(\.message).contains(dossier.boundProblems()[0].message))
    }

    @Test func valuesAtTheirBoundsPass() {
        var dossier = Fixture.dossier()
        dossier.teaching.items = [ItemRecord(item: "outstanding_teaching_award", semester: semester("112-2"), count: 10_000,
                                             location: Fixture.loc(1, "d.yaml"))]
        dossier.teachingHours = [TeachingHourRecord(academicYear: 113, weekly: 168, reduction: 0, abroad: false, location: Fixture.loc(2, "d.yaml"))]
        dossier.transfers = [Transfer(title: "T", date: Fixture.date("113/01/01"), amount: 10_000_000_000, share: 1, location: Fixture.loc(3, "d.yaml"))]
        dossier.studiedAbroadYears = 100
        #expect(dossier.boundProblems().isEmpty)
    }

    @Test func negativesAndAmountsBeyondTenBillionAreErrors() {
        var dossier = Fixture.dossier(papers: [Fixture.paper(5, impact: 1500, position: 20_000)])
        dossier.teachingHours = [TeachingHourRecord(academicYear: 113, weekly: -1, reduction: 169, abroad: false, location: Fixture.loc(2, "d.yaml"))]
        dossier.industry = [IndustryProject(title: "P", closed: Fixture.date("113/01/01"), amount: 20_000_000_000, share: 1,
                                            principalInvestigator: true, externalFunder: true, location: Fixture.loc(3, "d.yaml"))]
        #expect(dossier.boundProblems().map(\.description) == [
            "d.yaml:2:1: error: 'weekly' of the teaching hours of 113 is negative (-1); write hours a week (0 to 168)",
            "d.yaml:2:1: error: 'reduction' of the teaching hours of 113 is 169, beyond the bound of 168 for hours a week; correct it (0 to 168)",
            "papers.csv:5:1: error: 'author_position' of paper 'paper 5' is 20000, beyond the bound of 10,000 for an author position; correct it (0 to 10,000)",
            "papers.csv:5:1: error: 'impact_factor' of paper 'paper 5' is 1500, beyond the bound of 1,000 for an impact factor; correct it (0 to 1,000)",
            "d.yaml:3:1: error: 'amount' of industry project 'P' is 20000000000, beyond the bound of 10,000,000,000 for an amount in NT$; correct it (0 to 10,000,000,000)",
        ])
    }

    @Test func scoringAHugeCountDoesNotOverflow() {
        // Validation bypassed: 50 × 9223372036854775807 = 461168601842738790350 in Decimal (an Int would trap),
        // capped at the indicator's 100, × 10% = 10.
        var dossier = Fixture.dossier()
        dossier.teaching.items = [ItemRecord(item: "outstanding_teaching_award", semester: semester("112-2"),
                                             count: Decimal(string: "9223372036854775807")!, location: Fixture.loc(1, "d.yaml"))]
        let special = Fixture.assess(dossier).indicator(.special)
        #expect(special.lines.map(\.value) == [Decimal(string: "461168601842738790350")!])
        #expect(special.weighted.value == 10)
    }
}
