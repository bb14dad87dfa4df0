import Foundation
import FolioCore

public enum MeasureKind: String, Sendable {
    /// Has a baseline, yearly targets and actuals.
    case quantitative
    /// （質）: the school writes a narrative; there is no number.
    case qualitative
}

/// Which way a measure improves. 生師比 (8-1) is the ministry's one lower-is-better measure.
public enum Direction: String, Sendable {
    case higher
    case lower
}

/// A dimension a measure is reported in (分男女呈現, by CEFR level…).
public enum Breakdown: String, Sendable, CaseIterable {
    case sex
    case crossDomainType = "cross_domain_type"
    case cefrLevel = "cefr_level"
    case languageGroup = "language_group"
}

/// A ministry measure (部定衡量方式) as the catalog defines it.
public struct CatalogMeasure: Sendable {
    public var id: String
    public var name: String
    public var nameEn: String
    public var kind: MeasureKind
    public var unit: String?
    /// The English unit as written, `singular|plural` ("person-time|person-times") or one form ("%");
    /// see `englishUnit`. Nil for a qualitative measure, or where English was not required.
    public var unitEnglish: String?
    public var direction: Direction?
    public var source: String
    public var sourceEnglish: String?
    /// The school-database table the figure comes from (e.g. "4-8-2"), when there is one.
    public var sourceTable: String?
    public var breakdowns: [Breakdown]
    /// What the ministry does not count (丙級 certificates; 客語, 華語… for CEFR).
    public var excludes: [String]
    /// The English of `excludes`, item for item.
    public var excludesEnglish: [String]?
    public var note: String?
    public var noteEnglish: String?
    /// Decimals the measure's rule states (8-1 生師比: 2, so 23.40): figures show exactly these.
    /// Nil: as many as the figure has, at most two.
    public var decimals: Int?
    public var location: SourceLocation

    public init(id: String, name: String, nameEn: String, kind: MeasureKind, unit: String?,
                direction: Direction?, source: String, sourceTable: String?, breakdowns: [Breakdown],
                excludes: [String], note: String?, decimals: Int? = nil, unitEnglish: String? = nil,
                sourceEnglish: String? = nil, excludesEnglish: [String]? = nil, noteEnglish: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.kind = kind
        self.unit = unit
        self.direction = direction
        self.source = source
        self.sourceTable = sourceTable
        self.breakdowns = breakdowns
        self.excludes = excludes
        self.note = note
        self.decimals = decimals
        self.unitEnglish = unitEnglish
        self.sourceEnglish = sourceEnglish
        self.excludesEnglish = excludesEnglish
        self.noteEnglish = noteEnglish
        self.location = location
    }

    public var nameText: LocalizedText { LocalizedText(name, english: nameEn) }
    /// `nameEn` under the name the other English fields follow.
    public var nameEnglish: String { nameEn }
    /// The unit with its English in the plural form ("person-times"), for headings; `englishUnit`
    /// gives the form for a figure.
    public var unitText: LocalizedText? { unit.map { LocalizedText($0, english: englishUnit?.other) } }
    public var englishUnit: EnglishUnit? { unitEnglish.flatMap(EnglishUnit.init(parsing:)) }
    public var sourceText: LocalizedText { LocalizedText(source, english: sourceEnglish) }
    public var noteText: LocalizedText? { note.map { LocalizedText($0, english: noteEnglish) } }
    public var excludesText: [LocalizedText] { LocalizedText.paragraphs(excludes, english: excludesEnglish) }
}

/// An English unit in its singular and plural forms, written `singular|plural` in the catalog
/// ("project|projects"); a unit with one form ("%") is written once and is both.
public struct EnglishUnit: Sendable, Hashable {
    public var one: String
    public var other: String

    public init(one: String, other: String) {
        self.one = one
        self.other = other
    }

    /// Nil when the text is not one or two non-empty forms separated by `|`.
    public init?(parsing text: String) {
        let forms = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(forms.count), !forms.contains(where: \.isEmpty) else { return nil }
        self.init(one: forms[0], other: forms[forms.count - 1])
    }

    /// The form for a figure: the singular for exactly 1, the plural otherwise ("0 projects", "1.5 projects").
    public func form(for value: Decimal) -> String { value == 1 ? one : other }

    /// The unit as a label's plural placeholder, `{name:one|other}` (see the site's Wording).
    public func placeholder(_ name: String) -> String { "{\(name):\(one)|\(other)}" }
}
