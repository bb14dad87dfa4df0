import FolioCore
import FolioPromotion
import Foundation
import Testing

/// Every decided interpretation (I-1 … I-13) in both of its settings, through YAML: the shipped
/// rulebook as it is, and the same text with that one setting changed and loaded again.
@Suite("Interpretations in both settings, through the shipped YAML")
struct InterpretationTests {
    typealias Edit = Shipped.Edit

    static func changed(_ edits: Edit...) throws -> Rulebook {
        try Shipped.load(Shipped.text(.current, edits: edits), file: Shipped.Version.current.fileName)
    }

    static func points(_ paper: Paper, _ rulebook: Rulebook, kind: ApplicationKind = .promotion) -> Decimal {
        Fixture.assess(Fixture.dossier(kind: kind, papers: [paper]), rulebook).research.papers[0].points.value
    }

    @Test func i1_bandBoundariesAndTopGroups() throws {
        // Shipped: p = 10 is in the top 10% (「10%(含)內」): 30 × 3 = 90, and meets「1 篇，排名前 10%」.
        let p10 = Fixture.paper(1, percentile: 10, rank: .lecturer)
        let shipped = Shipped.current
        #expect(Self.points(p10, shipped, kind: .newHire) == 90)
        // Read "10%" as exclusive instead: p = 10 falls in 10%–20%: 25 × 3 = 75, and not in the top 10%.
        let exclusive = try Self.changed(
            Edit("{id: top10, label: \"前10%\", label_en: \"Top 10%\", upper: 10, upper_inclusive: true,", "{id: top10, label: \"前10%\", label_en: \"Top 10%\", upper: 10, upper_inclusive: false,"),
            Edit("lower: 10, lower_inclusive: false, upper: 20,", "lower: 10, lower_inclusive: true, upper: 20,"),
            Edit("{id: top10, label: \"前10%\", label_en: \"Top 10%\", up_to: 10, inclusive: true}", "{id: top10, label: \"前10%\", label_en: \"Top 10%\", up_to: 10, inclusive: false}"))
        #expect(Self.points(p10, exclusive, kind: .newHire) == 75)
        func assistant(_ rulebook: Rulebook) -> [Bool]? {
            Fixture.assess(Fixture.dossier(applied: .assistantProfessor, current: .lecturer, papers: [p10]), rulebook)
                .requirement("R-P3")?.alternatives.prefix(2).map(\.pass)
        }
        // R-P3 assistant: [3 with 1 in the top 40%, 1 in the top 10%].
        #expect(assistant(shipped) == [false, true])
        #expect(assistant(exclusive) == [false, false])
    }

    @Test func i2_impactFactorLargerOfBandAndFormula() throws {
        #expect(Shipped.current.interpretations.impactRule == .largerOfBandAndFormula)
        // IF 5.5, top 10% (p 8), second author: max(18, 5.5 × 3 = 16.5) = 18 × 3 = 54.
        let paper = Fixture.paper(1, percentile: 8, impact: 5.5, position: 2)
        #expect(Self.points(paper, Shipped.current) == 54)
        // formula_only: 16.5 × 3 = 49.5.
        #expect(Self.points(paper, try Self.changed(.setting("impact_factor_points", "formula_only"))) == Fixture.d(49.5))
    }

    @Test func i3_pointsAreBaseTimesTypeTimesFactor() {
        // No setting: the formula. Second author, 10–20% (p 15): 15 × short report 2 × two equal authors 0.8 = 24.
        let score = Fixture.assess(Fixture.dossier(papers: [Fixture.paper(1, percentile: 15, impact: 4, type: .shortReport, position: 2, equal: 2)]),
                                   Shipped.current).research.papers[0]
        #expect([score.base, score.multiplier, score.equalContributionFactor] == [15, 2, Fixture.d(0.8)])
        #expect(score.points.value == 24)
        #expect(score.points.rules == ["R-R1", "I-1", "R-R2", "R-R4", "I-3"])
    }

    @Test func i4_theCountedFifteen() throws {
        #expect(Shipped.current.interpretations.countedPapers == .mostPoints)
        // 15 papers at 60–80% (10 × 3 = 30) dated 113/01/01–15, and a newer one at 80%+ (5 × 3 = 15).
        var papers = (1...15).map { Fixture.paper($0, percentile: 70, date: "113/01/\(String(format: "%02d", $0))") }
        papers.append(Fixture.paper(16, percentile: 90, date: "115/01/01"))
        // most_points: 15 × 30 = 450. most_recent: the newest 15 = 14 × 30 + 15 = 435.
        #expect(Fixture.assess(Fixture.dossier(papers: papers), Shipped.current).research.papersTotal.value == 450)
        #expect(Fixture.assess(Fixture.dossier(papers: papers), try Self.changed(.setting("counted_papers", "most_recent"))).research.papersTotal.value == 435)
    }

    @Test func i5_thesisMultiplier() throws {
        #expect(Shipped.current.interpretations.thesisMultiplier == 1)
        // A doctoral thesis on the flat row, first author 5: × 1 = 5; with thesis_multiplier 3 (as an original): 15.
        let thesis = Fixture.paper(1, percentile: nil, type: .doctoralThesis, index: .thesis, rank: nil)
        #expect(Self.points(thesis, Shipped.current, kind: .newHire) == 5)
        #expect(Self.points(thesis, try Self.changed(.setting("thesis_multiplier", "3")), kind: .newHire) == 15)
    }

    @Test func i6_indicatorFloor() throws {
        #expect(Shipped.current.interpretations.indicatorFloor == IndicatorFloorSetting.none)
        // Two semesters with no growth activity: −12 × 2 = −24 × 15% = −3.6; with the floor at zero: 0 × 15% = 0.
        var dossier = Fixture.dossier()
        dossier.teaching.growth = ["113-1", "113-2"].enumerated().map {
            GrowthRecord(semester: Semester(parsing: $0.element)!, points: 0, base: 4, location: Fixture.loc($0.offset + 1, "d.yaml"))
        }
        #expect(Fixture.assess(dossier, Shipped.current).indicator(.growth).weighted.value == Fixture.d(-3.6))
        #expect(Fixture.assess(dossier, try Self.changed(.setting("indicator_floor", "zero"))).indicator(.growth).weighted.value == 0)
    }

    typealias IndicatorFloorSetting = Interpretations.IndicatorFloor

    @Test func i7_industryUpToDefault() throws {
        #expect(Shipped.current.interpretations.industryUpToDefault == .full)
        // A new hire's NT$600,000 project is in「50 萬元以上未達 100 萬元 最高核給 7 分」: full → 7, zero → 0.
        var dossier = Fixture.dossier(kind: .newHire)
        dossier.industry = [IndustryProject(title: "c", closed: Fixture.date("113/01/01"), amount: 600_000, location: Fixture.loc(1, "d.yaml"))]
        #expect(Fixture.assess(dossier, Shipped.current).research.industry.map(\.value) == [7])
        #expect(Fixture.assess(dossier, try Self.changed(.setting("industry_up_to_default", "zero"))).research.industry.map(\.value) == [0])
    }

    @Test func i8_includeUnfinishedPeriod() throws {
        #expect(Shipped.current.interpretations.includeUnfinishedPeriod == false)
        // Applying 115/09/15: AY 115 has not ended, so service counts AY 110–114; a record for AY 115 is listed, not
        // counted (issue 13: the full record), with the reason.
        var dossier = Fixture.dossier()
        dossier.service = [ServiceYear(academicYear: 115, items: [ItemRecord(item: "department_chair", location: Fixture.loc(2, "d.yaml"))],
                                       location: Fixture.loc(1, "d.yaml"))]
        let excluding = Fixture.assess(dossier, Shipped.current)
        #expect(excluding.windows.serviceYears == [110, 111, 112, 113, 114])
        #expect(dossier.validate(against: Shipped.current).isEmpty)
        #expect(excluding.service.total.value == 0)
        #expect(excluding.service.years.first?.lines.map(\.reason) == [.outsideAcademicYears(count: 5, first: 110, last: 114)])
        // include_unfinished_period: true counts AY 111–115 and semesters 112-2…115-1: the chair scores 8.
        let including = try Self.changed(.setting("include_unfinished_period", "true"))
        let a = Fixture.assess(dossier, including)
        #expect(a.windows.serviceYears == [111, 112, 113, 114, 115])
        #expect(a.windows.recentSemesters.map(\.description) == ["112-2", "113-1", "113-2", "114-1", "114-2", "115-1"])
        #expect(dossier.validate(against: including).isEmpty)
        #expect(a.service.total.value == 8)
    }

    @Test func i9_industryStandIn() throws {
        #expect(Shipped.current.interpretations.standIn == .whenShortLeastCost)
        // Associate needs 1 grant and has none; an external NT$800,000 project (PI) stands in: R-G7 passes, R-R8 gives 0.
        var dossier = Fixture.dossier()
        dossier.industry = [IndustryProject(title: "x", closed: Fixture.date("113/06/30"), amount: 800_000, location: Fixture.loc(1, "d.yaml"))]
        let a = Fixture.assess(dossier, Shipped.current)
        #expect(a.requirement("R-G7")?.status == .pass)
        #expect(a.research.industry.isEmpty)
        // never: R-G7 fails one grant short, and the project scores 7 under R-R8.
        let never = Fixture.assess(dossier, try Self.changed(.setting("industry_stand_in", "never")))
        #expect(never.requirement("R-G7")?.shortfallText == "尚缺 1 件政府機構計畫主持人")
        #expect(never.research.industry.map(\.value) == [7])
    }

    @Test func i10_newHireRankExemption() throws {
        #expect(Shipped.current.interpretations.newHireRankExemptForResearch == true)
        // A new hire's paper published as lecturer: exempt → 20 × 3 = 60; not exempt → not scored.
        let paper = Fixture.paper(1, rank: .lecturer)
        #expect(Self.points(paper, Shipped.current, kind: .newHire) == 60)
        let strict = try Self.changed(.setting("new_hire_rank_exempt_for_research", "false"))
        let score = Fixture.assess(Fixture.dossier(kind: .newHire, papers: [paper]), strict).research.papers[0]
        #expect(score.points.value == 0)
        #expect(score.excludedBecause == .notAtPreviousRank(nil))
    }

    /// Issue 13's repro: a new hire in 公共衛生學系 applying as assistant professor on 115/09/01 with one
    /// paper `113/01/01,K1,Kaohsiung Journal of Medical Sciences,original,1,SCI,30`.
    static func kjmsDossier() -> Dossier {
        let paper = Paper(date: Fixture.date("113/01/01"), title: "K1", journal: "Kaohsiung Journal of Medical Sciences", type: .original,
                          authorPosition: 1, percentile: 30, index: .sci, location: Fixture.loc(2))
        return Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "公共衛生學系", date: "115/09/01", papers: [paper])
    }

    @Test func i11_kjmsBetterOfOwnBand() throws {
        #expect(Shipped.current.interpretations.kjmsBetterOfOwnBand == true)
        let dossier = Self.kjmsDossier()
        #expect(dossier.validate(against: Shipped.current).isEmpty)
        // true: the better of its own band (20–40%: 20) and the KJMS band (40–60%: 15): 20 × 3 = 60.
        let better = Fixture.assess(dossier, Shipped.current).research.papers[0].points
        #expect(better.value == 60)
        #expect(better.rules == ["R-R1", "I-1", "R-R3", "I-11", "R-R2", "I-3"])
        #expect(better.explanation == .paper(base: .band(.percentile(band: Fixture.band("20%–40%")), column: .firstOrCorresponding, points: 20,
                                                        kjms: KJMSComparison(band: Fixture.band("40%–60%"), points: 15)),
                                            type: .original, multiplier: 3, contribution: nil, value: 60))
        // false (R-R3 literally): KJMS scores as 40–60%: 15 × 3 = 45.
        let literal = Fixture.assess(dossier, try Self.changed(.setting("kjms_better_of_own_band", "false"))).research.papers[0].points
        #expect(literal.value == 45)
        #expect(literal.rules == ["R-R1", "R-R3", "I-11", "R-R2", "I-3"])
        #expect(literal.explanation == .paper(base: .band(.kjms(band: Fixture.band("40%–60%")), column: .firstOrCorresponding, points: 15, kjms: nil),
                                             type: .original, multiplier: 3, contribution: nil, value: 45))
    }

    @Test func i11_oneKJMSPaperOnlyEvenUnderTheLiteralReading() throws {
        // Two KJMS papers at p 30 (own 20 × 3 = 60) under the literal reading: only one scores as 40–60% (45), the
        // other keeps its band (60): 105. Under the shipped reading neither is lowered: 120.
        var dossier = Self.kjmsDossier()
        dossier.papers.append(Paper(date: Fixture.date("114/01/01"), title: "K2", journal: "KJMS", type: .original, authorPosition: 1,
                                    percentile: 30, index: .sci, location: Fixture.loc(3)))
        #expect(Fixture.assess(dossier, Shipped.current).research.papersTotal.value == 120)
        let literal = Fixture.assess(dossier, try Self.changed(.setting("kjms_better_of_own_band", "false"))).research
        #expect(literal.papersTotal.value == 105)
        // The one lowered is the earlier line (a tie in the loss, 15 each).
        #expect(literal.papers.first { $0.paper.title == "K1" }?.points.value == 45)
    }

    @Test func i12_thesisCountsAsSciSsciEi() throws {
        #expect(Shipped.current.interpretations.thesisCountsAsSciSsciEi == true)
        // New hire, assistant, 職能治療學系, on a degree: thesis + 2 TJOT papers = 3 main papers.
        // true: the thesis is the「1 篇以上為 SCI/SSCI/EI」→ R-P5 passes; false: 1 SCI/SSCI/EI paper missing.
        var dossier = Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "職能治療學系",
                                      papers: [Fixture.paper(1, percentile: nil, type: .doctoralThesis, index: .thesis, rank: nil),
                                               Fixture.paper(2, percentile: nil, index: .tjot, rank: nil),
                                               Fixture.paper(3, percentile: nil, index: .tjot, rank: nil)])
        dossier.applyingWithDegree = true
        #expect(Fixture.assess(dossier, Shipped.current).requirement("R-P5")?.status == .pass)
        let strict = Fixture.assess(dossier, try Self.changed(.setting("thesis_counts_as_sci_ssci_ei", "false"))).requirement("R-P5")
        #expect(strict?.status == .fail)
        #expect(strict?.alternatives.first?.shortfallText == "尚缺 1 篇SCI/SSCI/EI 主論文")
    }

    @Test func i13_externalReviewAggregate() throws {
        #expect(Shipped.current.interpretations.reviewAggregate == .nOfM)
        // Associate (pass mark 78), marks 80 and 77: n_of_m has 1 of the 4 passes needed; every_mark fails on the 77;
        // mean (80 + 77) / 2 = 78.5 ≥ 78 passes.
        var dossier = Fixture.dossier()
        dossier.externalReview = [80, 77].map { ExternalMark(mark: $0, location: Fixture.loc(1, "d.yaml")) }
        #expect(Fixture.assess(dossier, Shipped.current).requirement("R-G2")?.status == .fail)
        let every = Fixture.assess(dossier, try Self.changed(.setting("external_review", "every_mark"))).requirement("R-G2")
        #expect(every?.shortfallText == "1 位審查人成績未達 78（77）")
        let mean = Fixture.assess(dossier, try Self.changed(.setting("external_review", "mean"))).requirement("R-G2")
        #expect(mean?.status == .pass)
        #expect(mean?.detailText == "外審平均 78.5 ≥ 78")
    }

    @Test func aSettingChangedInTheTextIsWhatTheLoaderReads() throws {
        // The edit helper changes exactly one line, and the loaded value follows it.
        let edit = Edit.setting("external_review", "mean")
        #expect(edit == Edit("  external_review: n_of_m", "  external_review: mean"))
        #expect(try Self.changed(edit).interpretations.reviewAggregate == .mean)
        #expect(throws: Shipped.LoadError.self) { try Self.changed(Edit("no such text", "x")) }
    }
}
