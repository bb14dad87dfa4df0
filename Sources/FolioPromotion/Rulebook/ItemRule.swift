import FolioCore
import Foundation

/// One line of a points table whose records are counted, timed or granted: a PBL case,
/// a committee seat, a mentoring duty. Every number comes from the rulebook file.
public struct ItemRule: Sendable, Hashable {
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// points × count (count defaults to 1): "每案", "每次", "每學期".
        case each
        /// points × hours: "每小時".
        case perHour = "per_hour"
        /// the points granted, between 0 and `points`: "最高核給 N 分" (R-S3).
        case upTo = "up_to"
        /// points from the number of mentees, by `menteeBands` (R-S1, 註一).
        case menteeBands = "mentee_bands"
    }

    public var id: String
    public var rule: String
    public var label: String
    /// The label's English from the rulebook (`label_en`); nil where English was not required.
    public var labelEnglish: String?
    public var points: Points
    public var measure: Measure
    /// The points are split by the record's share (co-teachers by hours, hosts equally).
    public var splittable: Bool
    /// Cap per semester (teaching) or per academic year (service), e.g. 3 for committee seats.
    public var capPerPeriod: Points?
    /// The item is a role in a school-level teaching plan and names the plan (R-T4 註).
    public var requiresPlan: Bool
    public var menteeBands: [CountBand]
    /// R-T6 only: a record is required for every semester of the window (`count: 0` for a semester
    /// without the activity), so a forgotten semester is an error rather than a silent 0.
    public var everySemester: Bool
    public var location: SourceLocation

    public init(id: String, rule: String, label: String, points: Points, measure: Measure = .each,
                splittable: Bool = false, capPerPeriod: Points? = nil, requiresPlan: Bool = false,
                menteeBands: [CountBand] = [], everySemester: Bool = false, labelEnglish: String? = nil,
                location: SourceLocation = .file("rulebook")) {
        self.id = id
        self.rule = rule
        self.label = label
        self.points = points
        self.measure = measure
        self.splittable = splittable
        self.capPerPeriod = capPerPeriod
        self.requiresPlan = requiresPlan
        self.menteeBands = menteeBands
        self.everySemester = everySemester
        self.labelEnglish = labelEnglish
        self.location = location
    }

    /// The label in both languages, for wording (`.named(x.name)`).
    public var name: LocalizedText { LocalizedText(label, english: labelEnglish) }
}

/// "16 or fewer → 5, 17 or more → 6": points from a count, by its lowest bound.
public struct CountBand: Sendable, Hashable {
    public var from: Int
    public var points: Points

    public init(from: Int, points: Points) {
        self.from = from
        self.points = points
    }
}

/// "NT$500,000 up to 1,000,000 → 40": points from an amount; `upTo` false means up to any amount.
public struct AmountBand: Sendable, Hashable {
    public var from: Decimal
    /// Exclusive upper bound; nil for the open top band.
    public var below: Decimal?
    public var points: Points
    /// "最高核給 N 分": the band grants at most `points` (I-7).
    public var atMost: Bool

    public init(from: Decimal, below: Decimal?, points: Points, atMost: Bool = false) {
        self.from = from
        self.below = below
        self.points = points
        self.atMost = atMost
    }

    public func contains(_ amount: Decimal) -> Bool {
        amount >= from && (below.map { amount < $0 } ?? true)
    }
}
