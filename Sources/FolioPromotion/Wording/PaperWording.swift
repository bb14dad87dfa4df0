import FolioCore
import Foundation

/// The band a paper is scored in, as the 級距 column shows it.
public enum PaperBand: Sendable, Hashable, Worded {
    /// A master's or doctoral thesis (I-5).
    case thesis
    /// R-R3: a KJMS paper scored as the rulebook's KJMS band.
    case kjms(band: LocalizedText)
    /// I-1: the percentile band of the journal's rank (the rulebook's label, e.g. 前10%).
    case percentile(band: LocalizedText)
    /// An index scored on the flat row (TSSCI, EI, …).
    case index(PaperIndex)
    /// An indexed journal with no percentile: the flat row.
    case unranked(PaperIndex)
    /// I-2: the impact-factor formula gave the base.
    case impactFactor(above: Points)

    public var code: String {
        switch self {
        case .thesis: "thesis"
        case .kjms: "kjms"
        case .percentile: "percentile"
        case .index: "index"
        case .unranked: "unranked"
        case .impactFactor: "impact_factor"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .thesis: [:]
        case .kjms(let band), .percentile(let band): ["band": .named(band)]
        case .index(let index), .unranked(let index): ["index": .number(index.rawValue)]
        case .impactFactor(let above): ["above": .figurePoints(above)]
        }
    }
}

/// A paper's base points before the type multiplier.
public indirect enum PaperBase: Sendable, Hashable, Worded {
    /// The band's points for the author column; `kjms` when the own band beat the KJMS band (I-11).
    case band(PaperBand, column: AuthorColumn, points: Points, kjms: KJMSComparison?)
    /// I-2: IF × the column's coefficient.
    case impact(impactFactor: Points, coefficient: Points, formula: Points)
    /// I-2 `larger_of_band_and_formula`: the larger of the band's points and the formula.
    case largerOf(band: PaperBase, impact: PaperBase, result: Points)

    public var code: String {
        switch self {
        case .band: "band"
        case .impact: "impact"
        case .largerOf: "larger_of"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .band(let band, let column, let points, let kjms):
            ["band": .worded(band, prefix: "figure-band"), "column": .term("figure-author-\(column.rawValue)"), "points": .figurePoints(points),
             "kjms": .optionalPart("figure-kjms-own-band", kjms.map { ["kjms_band": .named($0.band), "kjms_points": .figurePoints($0.points)] })]
        case .impact(let impactFactor, let coefficient, let formula):
            ["impact_factor": .figurePoints(impactFactor), "coefficient": .figurePoints(coefficient), "formula": .figurePoints(formula)]
        case .largerOf(let band, let impact, let result):
            ["band": .worded(band, prefix: "figure-base"), "impact": .worded(impact, prefix: "figure-base"), "result": .figurePoints(result)]
        }
    }
}

/// I-11: the KJMS band a paper's own band scored above.
public struct KJMSComparison: Sendable, Hashable {
    public var band: LocalizedText
    public var points: Points

    public init(band: LocalizedText, points: Points) {
        self.band = band
        self.points = points
    }
}

/// R-R4: co-first authors of equal contribution.
public enum EqualContribution: Sendable, Hashable, Worded {
    /// A journal's impact factor at or above `impactAtLeast` keeps the full points.
    case full(authors: Int, impactAtLeast: Points)
    /// The rulebook's factor for this many authors.
    case factor(authors: Int, factor: Points)

    public var code: String {
        switch self {
        case .full: "full"
        case .factor: "factor"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .full(let authors, let impact): ["authors": .count(authors), "impact": .figurePoints(impact)]
        case .factor(let authors, let factor): ["authors": .count(authors), "factor": .figurePoints(factor)]
        }
    }
}

/// Why a paper cannot be scored at all.
public enum PaperExclusion: Sendable, Hashable, Worded {
    /// Article 6 §3, R-D3: not within the last `years` years.
    case outsideWindow(years: Int, from: RocDate, to: RocDate)
    /// Article 6 §3: not published at the previous rank (`rank` is the current rank, when known).
    case notAtPreviousRank(Rank?)
    /// Not in SCI/SSCI/TSSCI/EI or a listed journal.
    case unindexed

    public var code: String {
        switch self {
        case .outsideWindow: "outside_window"
        case .notAtPreviousRank: "not_at_previous_rank"
        case .unindexed: "unindexed"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .outsideWindow(let years, let from, let to): ["years": .count(years), "from": .date(from), "to": .date(to)]
        case .notAtPreviousRank(let rank): ["rank": .figureRank(rank)]
        case .unindexed: [:]
        }
    }
}

/// R-R9, I-4: whether a paper is among the counted papers, and its place.
public enum PaperCount: Sendable, Hashable, Worded {
    case counted(place: Int, maximum: Int)
    case beyondMaximum(place: Int, maximum: Int)
    /// The paper cannot be scored (its `PaperExclusion` says why).
    case notScored

    public var code: String {
        switch self {
        case .counted: "counted"
        case .beyondMaximum: "beyond_maximum"
        case .notScored: "not_scored"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .counted(let place, let maximum), .beyondMaximum(let place, let maximum): ["place": .count(place), "maximum": .count(maximum)]
        case .notScored: [:]
        }
    }
}

/// R-R8: what the band of the credited amount awards.
public enum IndustryAward: Sendable, Hashable, Worded {
    /// The band's points.
    case full(points: Points)
    /// An "up to" band: what was granted, at most the band's points.
    case granted(points: Points, cap: Points)
    /// An "up to" band with nothing granted on record, read as 0 (I-7 `zero`).
    case notRecordedZero(cap: Points)
    /// An "up to" band with nothing granted on record, read as the band's points.
    case notRecordedFull(cap: Points)

    public var code: String {
        switch self {
        case .full: "full"
        case .granted: "granted"
        case .notRecordedZero: "not_recorded_zero"
        case .notRecordedFull: "not_recorded_full"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .full(let points): ["points": .figurePoints(points)]
        case .granted(let points, let cap): ["points": .figurePoints(points), "cap": .figurePoints(cap)]
        case .notRecordedZero(let cap), .notRecordedFull(let cap): ["cap": .figurePoints(cap)]
        }
    }
}
