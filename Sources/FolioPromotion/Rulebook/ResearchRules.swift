import FolioCore
import Foundation

/// Article 6 §3: papers, student grants, patents, transfers, industry projects.
public struct ResearchRules: Sendable, Hashable {
    /// "近七年" (R-D3 and article 6 §3).
    public var windowYears: Int
    /// R-R9.
    public var maxCountedPapers: Int
    /// R-R1 rank bands by percentile (I-1), best first, contiguous.
    public var bands: [PercentileBand] {
        didSet { bandBounds = DerivedFromFields(value: bands.map(PercentileBounds.init)) }
    }
    /// The bands' bounds with integer stand-ins, worked out once rather than for every paper.
    private var bandBounds: DerivedFromFields<[PercentileBounds]>
    /// R-R1 first row: IF above `impactAbove` scores IF × coefficient by author position.
    public var impactAbove: Points
    public var impactCoefficients: AuthorPoints
    /// R-R1 last row: thesis, EI, Taiwan OT/PT/medical-education journals.
    public var flatRow: AuthorPoints
    public var flatRowIndexes: [PaperIndex]
    /// Indexes whose papers are placed in a band by their percentile; SCI and SSCI must give one.
    public var rankedIndexes: [PaperIndex]
    /// R-R2.
    public var typeMultipliers: [PaperType: Points]
    /// R-R3: journal names that are KJMS, the band they score as, how many papers.
    public var kjmsJournalNames: [String] {
        didSet { kjmsKeys = Set(kjmsJournalNames.map(Self.journalKey)) }
    }
    /// The names as `isKJMS` compares them, worked out once rather than for every paper.
    private var kjmsKeys: Set<String>
    public var kjmsBand: String
    public var kjmsMaxPapers: Int
    /// R-R4.
    public var equalContribution: [EqualContributionRule]
    /// R-R5.
    public var studentGrantPoints: Points
    public var studentGrantCapPerYear: Points
    /// R-R6, by country code.
    public var patentPoints: [String: Points]
    public var patentOtherCountries: Points
    /// R-R7.
    public var transferBands: [AmountBand]
    /// R-R8.
    public var industryBands: [AmountBand]

    public init(windowYears: Int, maxCountedPapers: Int, bands: [PercentileBand], impactAbove: Points,
                impactCoefficients: AuthorPoints, flatRow: AuthorPoints, flatRowIndexes: [PaperIndex],
                rankedIndexes: [PaperIndex], typeMultipliers: [PaperType: Points], kjmsJournalNames: [String],
                kjmsBand: String, kjmsMaxPapers: Int, equalContribution: [EqualContributionRule],
                studentGrantPoints: Points, studentGrantCapPerYear: Points, patentPoints: [String: Points],
                patentOtherCountries: Points, transferBands: [AmountBand], industryBands: [AmountBand]) {
        self.windowYears = windowYears
        self.maxCountedPapers = maxCountedPapers
        self.bands = bands
        self.bandBounds = DerivedFromFields(value: bands.map(PercentileBounds.init))
        self.impactAbove = impactAbove
        self.impactCoefficients = impactCoefficients
        self.flatRow = flatRow
        self.flatRowIndexes = flatRowIndexes
        self.rankedIndexes = rankedIndexes
        self.typeMultipliers = typeMultipliers
        self.kjmsJournalNames = kjmsJournalNames
        self.kjmsKeys = Set(kjmsJournalNames.map(Self.journalKey))
        self.kjmsBand = kjmsBand
        self.kjmsMaxPapers = kjmsMaxPapers
        self.equalContribution = equalContribution
        self.studentGrantPoints = studentGrantPoints
        self.studentGrantCapPerYear = studentGrantCapPerYear
        self.patentPoints = patentPoints
        self.patentOtherCountries = patentOtherCountries
        self.transferBands = transferBands
        self.industryBands = industryBands
    }

    public func band(forPercentile p: Points) -> PercentileBand? {
        let percentile = OrderedPoints(p)
        return bandBounds.value.firstIndex { $0.contains(percentile) }.map { bands[$0] }
    }

    public func band(id: String) -> PercentileBand? { bands.first { $0.id == id } }

    public func isKJMS(_ journal: String) -> Bool {
        kjmsKeys.contains(Self.journalKey(journal))
    }

    /// A journal's name lowercased, without white space.
    private static func journalKey(_ name: String) -> String {
        name.withoutWhitespaceLowercased
    }
}

/// Points by author position: first or corresponding, second, third, other.
public struct AuthorPoints: Sendable, Hashable {
    public var firstOrCorresponding: Points
    public var second: Points
    public var third: Points
    public var other: Points

    public init(_ first: Points, _ second: Points, _ third: Points, _ other: Points) {
        self.firstOrCorresponding = first
        self.second = second
        self.third = third
        self.other = other
    }

    public func value(for column: AuthorColumn) -> Points {
        switch column {
        case .firstOrCorresponding: firstOrCorresponding
        case .second: second
        case .third: third
        case .other: other
        }
    }

    public var all: [Points] { [firstOrCorresponding, second, third, other] }
}

public enum AuthorColumn: String, Sendable, Hashable, Codable {
    case firstOrCorresponding = "first_or_corresponding"
    case second, third, other
}

/// A rank band in a field: `p` from `above` (exclusive unless `lowerInclusive`) to `upTo`.
public struct PercentileBand: Sendable, Hashable {
    public var id: String
    public var label: String
    public var labelEnglish: String?
    /// Lower bound; nil for the best band (from 0).
    public var lower: Points?
    public var lowerInclusive: Bool
    /// Upper bound; nil for the last band (to 100).
    public var upper: Points?
    public var upperInclusive: Bool
    public var points: AuthorPoints
    public var location: SourceLocation

    public init(id: String, label: String, lower: Points?, lowerInclusive: Bool, upper: Points?, upperInclusive: Bool,
                points: AuthorPoints, labelEnglish: String? = nil, location: SourceLocation = .file("rulebook")) {
        self.id = id
        self.label = label
        self.labelEnglish = labelEnglish
        self.lower = lower
        self.lowerInclusive = lowerInclusive
        self.upper = upper
        self.upperInclusive = upperInclusive
        self.points = points
        self.location = location
    }

    public func contains(_ p: Points) -> Bool {
        let aboveLower = lower.map { lowerInclusive ? p >= $0 : p > $0 } ?? (p >= 0)
        let belowUpper = upper.map { upperInclusive ? p <= $0 : p < $0 } ?? (p <= 100)
        return aboveLower && belowUpper
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }
}

/// A band's bounds as `PercentileBand.contains` reads them, compared through integer stand-ins.
struct PercentileBounds: Sendable {
    let lower: OrderedPoints
    let lowerInclusive: Bool
    let upper: OrderedPoints
    let upperInclusive: Bool

    init(_ band: PercentileBand) {
        lower = OrderedPoints(band.lower ?? 0)
        lowerInclusive = band.lower == nil || band.lowerInclusive
        upper = OrderedPoints(band.upper ?? 100)
        upperInclusive = band.upper == nil || band.upperInclusive
    }

    func contains(_ p: OrderedPoints) -> Bool {
        (lowerInclusive ? p >= lower : p > lower) && (upperInclusive ? p <= upper : p < upper)
    }
}

/// R-R4: a share of the position's points when `minAuthors…maxAuthors` share first place.
public struct EqualContributionRule: Sendable, Hashable {
    public var minAuthors: Int
    public var maxAuthors: Int?
    public var factor: Points
    /// IF at or above which the full points are kept; nil when there is no such exception.
    public var fullFromImpact: Points?

    public init(minAuthors: Int, maxAuthors: Int?, factor: Points, fullFromImpact: Points?) {
        self.minAuthors = minAuthors
        self.maxAuthors = maxAuthors
        self.factor = factor
        self.fullFromImpact = fullFromImpact
    }

    public func applies(to size: Int) -> Bool {
        size >= minAuthors && (maxAuthors.map { size <= $0 } ?? true)
    }
}

/// Journal indexes a paper can be listed under.
public enum PaperIndex: String, Sendable, Hashable, CaseIterable, Codable {
    case sci = "SCI"
    case ssci = "SSCI"
    case ei = "EI"
    case tssci = "TSSCI"
    /// 台灣職能治療學會雜誌 (職能治療學會雜誌).
    case tjot = "TJOT"
    /// 台灣物理治療學會雜誌 (物理治療).
    case tjpt = "TJPT"
    /// 台灣醫學教育學會期刊.
    case tmej = "TMEJ"
    /// A degree thesis: no journal index.
    case thesis = "THESIS"
    case other = "OTHER"
}

/// Paper types with their multiplier (R-R2) and whether they can be main papers (R-D1).
public enum PaperType: String, Sendable, Hashable, CaseIterable, Codable {
    case original
    case invitedReview = "invited_review"
    case shortReport = "short_report"
    case generalReview = "general_review"
    case editorial
    case caseReport = "case_report"
    case letter
    case masterThesis = "master_thesis"
    case doctoralThesis = "doctoral_thesis"

    public var isThesis: Bool { self == .masterThesis || self == .doctoralThesis }
}
