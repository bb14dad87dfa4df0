import FolioCore
import Foundation

/// A figure's arithmetic as a typed value: which computation it is, and every number of it.
/// The site words it from the label `figure-<code>` in the page's language, so "30 × 3 = 90"
/// is built from the parameters and never from a sentence made here.
public indirect enum FigureExplanation: Sendable, Hashable {
    // MARK: Items (R-T3 communities, R-T4, R-T6, R-S1, R-S2)

    /// One record of a rulebook item: its label, its semester when it has one, the arithmetic,
    /// the applicant's share when split, and the value.
    case item(label: LocalizedText, semester: Semester?, arithmetic: ItemArithmetic, share: Points?, value: Points)
    /// The records of one item in one period exceed the item's cap: the excess is deducted.
    case itemCapExceeded(label: LocalizedText, period: ItemPeriod, sum: Points, cap: Points, deducted: Points)
    /// A record of an item listed outside its window (the typed reason says which window).
    case itemListed(label: LocalizedText, semester: Semester)
    /// R-T4: the record names a plan the rulebook version does not list.
    case planNotListed(label: LocalizedText, plan: String)

    // MARK: Teaching (article 6 §1)

    /// Σ A×B over the six indicators.
    case teachingTotal(terms: [WeightedTerm], total: Points)
    /// One indicator: A (capped at the indicator's cap) × its weight.
    case indicator(label: LocalizedText, capped: Points, raw: Points, cap: Points, weightPercent: Points, weighted: Points)
    /// R-T1: the items answered yes in one dimension of 附表二, up to its cap.
    case ability(label: LocalizedText, items: [Int], points: [Points], value: Points)
    /// A semester's line that scores nothing for the figure's typed reason (outside the window, left out).
    case semester(Semester)
    /// R-T2: the academic year has no evaluation scale.
    case evaluationNoScale(semester: Semester)
    /// R-T2: the average reaches a band of the year's scale.
    case evaluation(semester: Semester, average: Points, scale: LocalizedText, atLeast: Points, value: Points)
    /// R-T2: the average is below every band (`lowest` is the lowest band, nil when the scale has none).
    case evaluationBelow(semester: Semester, average: Points, scale: LocalizedText, lowest: Points?, value: Points)
    /// R-T3: no activity, or below the base: the figure's typed reason says which deduction.
    case growthBelowBase(semester: Semester, points: Points, base: Points, value: Points)
    /// R-T3: the activity as a multiple of the base, and the band it reaches.
    case growthMultiple(semester: Semester, points: Points, base: Points, multiple: Points, atLeast: Points, value: Points)
    /// R-T3: a multiple of the base below every band.
    case growthNoBand(semester: Semester, points: Points, base: Points, multiple: Points)
    /// R-T5: syllabus and grades on time or late, and a grade correction.
    case admin(semester: Semester, syllabus: AdminRecord.Timeliness, syllabusPoints: Points,
               grades: AdminRecord.Timeliness, gradesPoints: Points, correction: Points?, value: Points)

    // MARK: Service (article 6 §2)

    /// A service year before the window, listed with its number of items.
    case serviceYearListed(academicYear: Int, items: Int)
    /// The subtotals of the years in the window, summed.
    case serviceTotal(years: [YearSubtotal], total: Points)

    // MARK: Research (article 6 §3)

    /// A paper's points: base × type multiplier × equal-contribution factor.
    case paper(base: PaperBase, type: PaperType, multiplier: Points, contribution: EqualContribution?, value: Points)
    /// A paper that cannot be scored at all.
    case paperNotScored(PaperExclusion)
    /// R-R9: the counted papers' points.
    case papersTotal(count: Int, points: Points)
    /// A record of the full publication list outside the window: listed, not scored.
    case recordListed(kind: ResearchRecordKind, title: String, date: RocDate)
    /// The research total: papers + student grants + patents + transfers + industry.
    case researchTotal(papers: Points, studentGrants: Points, patents: Points, transfers: Points, industry: Points, total: Points)
    /// R-R5: one academic year's student grants, at most the yearly cap.
    case studentGrants(academicYear: Int, count: Int, points: Points, cap: Points?, value: Points)
    /// R-R6: a patent granted before the previous rank.
    case patentNotAtPreviousRank(title: String)
    /// R-R6: the country's points × the applicant's share.
    case patent(title: String, country: String, countryPoints: Points, share: Points, value: Points)
    /// R-R7: the cumulative amount is below the lowest band.
    case transfersBelowBands(amount: Points)
    /// R-R7: the band of the cumulative amount × the amount-weighted share.
    case transfers(amount: Points, bandPoints: Points, share: Points, value: Points)
    /// R-R8: the credited amount is below the lowest band; `standIn` is the project standing in for a grant.
    case industryBelowBands(amount: Points, standIn: String?)
    /// R-R8: the band of the credited amount and what it awards.
    case industry(amount: Points, award: IndustryAward, standIn: String?)

    // MARK: Grants (R-G7, I-9)

    /// A grant with no project year in the window.
    case grantListed(title: String, agency: String, start: RocDate, end: RocDate, problems: [GrantProblem])
    /// A grant counted, one per project year in the window.
    case grantCounted(title: String, agency: String, start: RocDate, end: RocDate, years: Int)
    /// A grant that does not count, and why.
    case grantRefused(title: String, problems: [GrantProblem])
    /// I-9: the industry project standing in for one grant, and the R-R8 points it costs.
    case grantStandIn(title: String, amount: Points, cost: Points)
    /// I-9: a project that could stand in, not used (the figure's typed reason says why).
    case grantStandInUnused(title: String, amount: Points)

    // MARK: Notes

    /// I-8: the windows counted back from the application date.
    case windows(applicationDate: RocDate, semesters: Int, firstSemester: Semester?, lastSemester: Semester?,
                 serviceFirst: Int, serviceLast: Int, mainPapers: DateWindow, reference: DateWindow)
    /// R-G6: pregnancy or birth, and which paper windows it extended by `years`.
    case pregnancyExtension(dates: [RocDate], years: Int, mainExtended: Bool, referenceExtended: Bool)
    /// R-C1: the paper conditions of another category, by resolution.
    case paperConditionsCategory(ResearchCategory, scoredAs: ResearchCategory)
    /// I-9: the project standing in for a grant is left out of R-R8.
    case standInLeftOut(title: String)
    /// I-15: a thesis dated before the main papers' window, and whether the window binds it.
    case thesisBeforeWindow(date: RocDate, window: DateWindow, bound: Bool)
}

/// One indicator's capped points and weight in the teaching total: 20×30%.
public struct WeightedTerm: Sendable, Hashable {
    public var points: Points
    public var weightPercent: Points

    public init(points: Points, weightPercent: Points) {
        self.points = points
        self.weightPercent = weightPercent
    }
}

/// One academic year's service subtotal in the service total.
public struct YearSubtotal: Sendable, Hashable {
    public var academicYear: Int
    public var subtotal: Points

    public init(academicYear: Int, subtotal: Points) {
        self.academicYear = academicYear
        self.subtotal = subtotal
    }
}

/// The records of the full publication list other than papers.
public enum ResearchRecordKind: String, Sendable, Hashable, CaseIterable {
    case studentGrant = "student_grant"
    case patent
    case transfer
    case industry
}

/// Why a government grant does not count for R-G7.
public enum GrantProblem: String, Sendable, Hashable, CaseIterable {
    case notPrincipalInvestigator = "not_principal_investigator"
    case notPeerReviewed = "not_peer_reviewed"
    case commissioned
}
