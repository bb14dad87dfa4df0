import FolioCore
import Foundation

/// Articles 3 to 5: what an applicant must reach, as data.
public struct ConditionRules: Sendable, Hashable {
    /// R-C1: department → category.
    public var departments: [String: ResearchCategory]
    /// R-D1: "五年內"; R-D3 is `ResearchRules.windowYears`.
    public var mainPaperWindowYears: Int
    public var mainPaperTypes: [PaperType]
    public var mainPaperIndexes: [ResearchCategory: [PaperIndex]]
    /// Indexes that satisfy "其中 N 篇以上為 SCI/SSCI/EI" (R-P5, R-P6).
    public var sciSsciEiIndexes: [PaperIndex]
    /// R-P2: IF in [from, through] counts as N papers; the last entry open-ended.
    public var impactEquivalence: [ImpactEquivalence]
    /// R-D2: an equal-contribution main paper may be representative only from this IF.
    public var representativeEqualContributionMinImpact: Points
    /// R-P3 … R-P6.
    public var paperConditions: [PaperConditionSet]
    /// "Top N%" as the paper conditions read it (I-1).
    public var topGroups: [TopGroup]
    /// R-P4, R-P6: minimum secondment.
    public var secondmentMinimumYears: Points
    /// R-G2.
    public var externalReviewPass: [Rank: Points]
    /// R-G2: how many reviewers a dossier is sent to and how many must pass (I-13 `n_of_m`).
    public var externalReviewPanel: ExternalReviewPanel
    /// R-G3 (promotion).
    public var teachingMinimum: [Rank: Points]
    /// R-G4 (promotion).
    public var serviceMinimum: [Rank: Points]
    /// R-G5: category → kind → rank → points.
    public var researchThresholds: [ResearchCategory: [ApplicationKind: [Rank: Points]]]
    /// R-G6.
    public var pregnancyExtensionYears: Int
    /// R-G7.
    public var grants: GrantRules
    /// R-G1.
    public var teachingHours: TeachingHourRules
    /// R-G8.
    public var physicianDegrees: [PhysicianDegreeRule]

    public init(departments: [String: ResearchCategory], mainPaperWindowYears: Int, mainPaperTypes: [PaperType],
                mainPaperIndexes: [ResearchCategory: [PaperIndex]], sciSsciEiIndexes: [PaperIndex],
                impactEquivalence: [ImpactEquivalence], representativeEqualContributionMinImpact: Points,
                paperConditions: [PaperConditionSet], topGroups: [TopGroup], secondmentMinimumYears: Points,
                externalReviewPass: [Rank: Points], externalReviewPanel: ExternalReviewPanel = ExternalReviewPanel(reviewers: 5, mustPass: 4),
                teachingMinimum: [Rank: Points], serviceMinimum: [Rank: Points],
                researchThresholds: [ResearchCategory: [ApplicationKind: [Rank: Points]]], pregnancyExtensionYears: Int,
                grants: GrantRules, teachingHours: TeachingHourRules, physicianDegrees: [PhysicianDegreeRule]) {
        self.departments = departments
        self.mainPaperWindowYears = mainPaperWindowYears
        self.mainPaperTypes = mainPaperTypes
        self.mainPaperIndexes = mainPaperIndexes
        self.sciSsciEiIndexes = sciSsciEiIndexes
        self.impactEquivalence = impactEquivalence
        self.representativeEqualContributionMinImpact = representativeEqualContributionMinImpact
        self.paperConditions = paperConditions
        self.topGroups = topGroups
        self.secondmentMinimumYears = secondmentMinimumYears
        self.externalReviewPass = externalReviewPass
        self.externalReviewPanel = externalReviewPanel
        self.teachingMinimum = teachingMinimum
        self.serviceMinimum = serviceMinimum
        self.researchThresholds = researchThresholds
        self.pregnancyExtensionYears = pregnancyExtensionYears
        self.grants = grants
        self.teachingHours = teachingHours
        self.physicianDegrees = physicianDegrees
    }

    public func topGroup(_ id: String) -> TopGroup? { topGroups.first { $0.id == id } }
}

/// "IF 10–20 counts as 2 papers".
public struct ImpactEquivalence: Sendable, Hashable {
    public var from: Points
    public var fromInclusive: Bool
    /// Inclusive upper bound; nil for open-ended.
    public var through: Points?
    public var papers: Int

    public init(from: Points, fromInclusive: Bool, through: Points?, papers: Int) {
        self.from = from
        self.fromInclusive = fromInclusive
        self.through = through
        self.papers = papers
    }

    public func contains(_ impact: Points) -> Bool {
        (fromInclusive ? impact >= from : impact > from) && (through.map { impact <= $0 } ?? true)
    }
}

/// "排名前 20%" as a percentile test: p < 20 (or p ≤ 10 for the top 10%).
public struct TopGroup: Sendable, Hashable {
    public var id: String
    public var label: String
    public var labelEnglish: String?
    public var upTo: Points
    public var inclusive: Bool

    public init(id: String, label: String, upTo: Points, inclusive: Bool, labelEnglish: String? = nil) {
        self.id = id
        self.label = label
        self.labelEnglish = labelEnglish
        self.upTo = upTo
        self.inclusive = inclusive
    }

    public func contains(_ p: Points) -> Bool { inclusive ? p <= upTo : p < upTo }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }
}

/// What the main papers must include, for one category, track and rank.
public struct PaperConditionSet: Sendable, Hashable {
    public enum Track: String, Sendable, Hashable, CaseIterable, Codable {
        case standard
        /// Seconded to an affiliated or partnered hospital ≥ 2 years, or (R-P6) full-time at 中和.
        case seconded
    }

    public var rule: String
    public var category: ResearchCategory
    public var track: Track
    public var rank: Rank
    public var alternatives: [PaperAlternative]
    public var location: SourceLocation

    public init(rule: String, category: ResearchCategory, track: Track, rank: Rank, alternatives: [PaperAlternative],
                location: SourceLocation = .file("rulebook")) {
        self.rule = rule
        self.category = category
        self.track = track
        self.rank = rank
        self.alternatives = alternatives
        self.location = location
    }
}

/// "5 篇，其中 3 篇排名前 20%": `papers` main papers, of which `ofWhich` in `group`.
public struct PaperAlternative: Sendable, Hashable {
    public enum Group: Sendable, Hashable {
        case none
        /// A `TopGroup` id (top10, top20, top40).
        case top(String)
        /// SCI/SSCI/EI papers.
        case sciSsciEi
        /// A master's thesis.
        case masterThesis
    }

    public var papers: Int
    public var ofWhich: Int
    public var group: Group

    public init(papers: Int, ofWhich: Int = 0, group: Group = .none) {
        self.papers = papers
        self.ofWhich = ofWhich
        self.group = group
    }
}

public struct GrantRules: Sendable, Hashable {
    public var windowYears: Int
    /// By rank applied for (promotion).
    public var required: [Rank: Int]
    /// I-9: an external industry project of at least this amount, PI only, may stand in.
    public var standInMinimumAmount: Decimal
    public var standInMaximum: Int

    public init(windowYears: Int, required: [Rank: Int], standInMinimumAmount: Decimal, standInMaximum: Int) {
        self.windowYears = windowYears
        self.required = required
        self.standInMinimumAmount = standInMinimumAmount
        self.standInMaximum = standInMaximum
    }
}

public struct TeachingHourRules: Sendable, Hashable {
    /// Weekly hours incl. reductions for administrative posts, by current rank.
    public var standard: [Rank: Points]
    public var recentYears: Int
    public var physicianStandard: Points
    public var physicianMinimumActual: Points

    public init(standard: [Rank: Points], recentYears: Int, physicianStandard: Points, physicianMinimumActual: Points) {
        self.standard = standard
        self.recentYears = recentYears
        self.physicianStandard = physicianStandard
        self.physicianMinimumActual = physicianMinimumActual
    }
}

/// R-G8: an attending physician applying as `kind` for `rank` needs one of `degrees`,
/// or `abroadYears` of study abroad when given; from `fromDate` when given.
public struct PhysicianDegreeRule: Sendable, Hashable {
    public var kind: ApplicationKind
    public var rank: Rank
    public var degrees: [DegreeLevel]
    public var abroadYears: Points?
    public var fromDate: RocDate?

    public init(kind: ApplicationKind, rank: Rank, degrees: [DegreeLevel], abroadYears: Points? = nil, fromDate: RocDate? = nil) {
        self.kind = kind
        self.rank = rank
        self.degrees = degrees
        self.abroadYears = abroadYears
        self.fromDate = fromDate
    }
}

/// R-G2 as the university's form has it: 「一次送五位，至少四位及格」.
public struct ExternalReviewPanel: Sendable, Hashable {
    public var reviewers: Int
    public var mustPass: Int

    public init(reviewers: Int, mustPass: Int) {
        self.reviewers = reviewers
        self.mustPass = mustPass
    }
}
