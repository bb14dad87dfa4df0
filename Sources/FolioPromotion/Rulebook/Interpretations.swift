import Foundation
/// The decided readings where the rules are silent or ambiguous (I-1 … I-9, and the
/// further ones this engine needed, I-10 … I-15). Each is a setting of the rulebook file,
/// so a committee that reads a rule differently changes it in one place.
public struct Interpretations: Sendable, Hashable {
    /// I-2: IF > 5 scores the larger of band and formula, or the formula alone.
    public enum ImpactRule: String, Sendable, Hashable, CaseIterable { case largerOfBandAndFormula = "larger_of_band_and_formula", formulaOnly = "formula_only" }
    /// I-4: which papers are the counted 15.
    public enum CountedPapers: String, Sendable, Hashable, CaseIterable { case mostPoints = "most_points", mostRecent = "most_recent" }
    /// I-6: whether an indicator may go below zero.
    public enum IndicatorFloor: String, Sendable, Hashable, CaseIterable { case none, zero }
    /// I-7: what an "up to N" industry band grants when the dossier records nothing.
    public enum UpToDefault: String, Sendable, Hashable, CaseIterable { case full, zero }
    /// I-9: whether and how an industry project stands in for a missing grant.
    public enum StandIn: String, Sendable, Hashable, CaseIterable { case whenShortLeastCost = "when_short_least_research_cost", never }
    /// I-13: how the external review marks must reach the pass line: at least N of the M reviewers
    /// (`ConditionRules.externalReviewPanel`, the university's form), every mark, or their mean.
    public enum ReviewAggregate: String, Sendable, Hashable, CaseIterable { case nOfM = "n_of_m", everyMark = "every_mark", mean }
    /// I-14: what a semester listed under `excluded_semesters` does to "近 6 學期" (R-T2, R-T3, R-T5, R-T6):
    /// the window reaches one semester further back for each one left out, keeping its count of
    /// semesters, or it keeps its span and simply counts fewer semesters.
    public enum ExcludedSemesterWindow: String, Sendable, Hashable, CaseIterable { case extendWindow = "extend_window", shrink }

    /// I-2.
    public var impactRule: ImpactRule
    /// I-4.
    public var countedPapers: CountedPapers
    /// I-5: the type multiplier of a degree thesis.
    public var thesisMultiplier: Points
    /// I-6.
    public var indicatorFloor: IndicatorFloor
    /// I-7.
    public var industryUpToDefault: UpToDefault
    /// I-8: a semester or academic year counts once it has ended on or before the application date.
    public var includeUnfinishedPeriod: Bool
    /// I-9.
    public var standIn: StandIn
    /// I-10: new hires are exempt from "while at the previous rank" for research papers too.
    public var newHireRankExemptForResearch: Bool
    /// I-11: the KJMS paper scores the better of its own band and the KJMS band.
    public var kjmsBetterOfOwnBand: Bool
    /// I-12: the degree thesis (R-P1) counts toward "of which N SCI/SSCI/EI".
    public var thesisCountsAsSciSsciEi: Bool
    /// I-13.
    public var reviewAggregate: ReviewAggregate
    /// I-14.
    public var excludedSemesterWindow: ExcludedSemesterWindow
    /// I-15: the degree thesis of R-P1 is held to the main papers' 5-year window (R-D1) too.
    /// The rules are silent; by default it is not: R-P1 makes it a main paper because the applicant
    /// applies with the degree, whenever the degree was earned.
    public var thesisWithinMainPaperWindow: Bool

    public init(impactRule: ImpactRule = .largerOfBandAndFormula, countedPapers: CountedPapers = .mostPoints,
                thesisMultiplier: Points = 1, indicatorFloor: IndicatorFloor = .none, industryUpToDefault: UpToDefault = .full,
                includeUnfinishedPeriod: Bool = false, standIn: StandIn = .whenShortLeastCost,
                newHireRankExemptForResearch: Bool = true, kjmsBetterOfOwnBand: Bool = true,
                thesisCountsAsSciSsciEi: Bool = true, reviewAggregate: ReviewAggregate = .nOfM,
                excludedSemesterWindow: ExcludedSemesterWindow = .extendWindow, thesisWithinMainPaperWindow: Bool = false) {
        self.impactRule = impactRule
        self.countedPapers = countedPapers
        self.thesisMultiplier = thesisMultiplier
        self.indicatorFloor = indicatorFloor
        self.industryUpToDefault = industryUpToDefault
        self.includeUnfinishedPeriod = includeUnfinishedPeriod
        self.standIn = standIn
        self.newHireRankExemptForResearch = newHireRankExemptForResearch
        self.kjmsBetterOfOwnBand = kjmsBetterOfOwnBand
        self.thesisCountsAsSciSsciEi = thesisCountsAsSciSsciEi
        self.reviewAggregate = reviewAggregate
        self.excludedSemesterWindow = excludedSemesterWindow
        self.thesisWithinMainPaperWindow = thesisWithinMainPaperWindow
    }
}
