import Foundation

/// A parameter of a typed reason, finding or note, kept typed until the site words it in a
/// language: a date reads 115/09/30 or 30 Sep 2026, a rank comes from the label files, a count
/// picks a plural form. The domain modules build no sentence; they hand these to the site.
public enum WordingValue: Sendable, Hashable {
    /// A number already written in language-neutral digits ("86.2", "600,000", "35%").
    case number(String)
    /// A whole count; a label's `{name:one|other}` picks its form by it.
    case count(Int)
    /// School data shown as written (a paper's title, an agency, a department): never translated.
    case text(String)
    /// A text the data gives in both languages (a rulebook item's label): the page's language is picked.
    case named(LocalizedText)
    /// A term worded from the label files by its key, e.g. "rank-professor".
    case term(String)
    case date(RocDate)
    /// An ROC academic year (學年度): 114 is August 2025 to July 2026.
    case academicYear(Int)
    /// A semester of an academic year: term 1 or 2.
    case semester(academicYear: Int, term: Int)
    /// Several values, joined in the language's way ("、" or ", ").
    case list([WordingValue])
    /// A typed sentence inside another, worded from its own label key.
    case worded(key: String, parameters: [String: WordingValue])

    /// A nested typed value, worded from `<prefix>-<code>`.
    public static func worded(_ value: some Worded, prefix: String) -> WordingValue {
        .worded(key: value.labelKey(prefix: prefix), parameters: value.parameters)
    }

    /// The value for programs (`--json`): numbers and text as strings, counts as integers,
    /// dates in ISO 8601, academic years as ROC numbers, lists as arrays.
    public var jsonValue: Any {
        switch self {
        case .number(let text), .text(let text), .term(let text): text
        case .count(let count): count
        case .named(let name): ["zh-Hant": name.chinese, "en": name.english ?? name.chinese]
        case .date(let date): String(format: "%04d-%02d-%02d", date.gregorianYear, date.month, date.day)
        case .academicYear(let year): year
        case .semester(let year, let term): "\(year)-\(term)"
        case .list(let values): values.map(\.jsonValue)
        case .worded(let key, let parameters): ["code": key, "parameters": parameters.mapValues(\.jsonValue)] as [String: Any]
        }
    }
}

/// A typed reason, finding or note: a stable code and its typed parameters. The site words it
/// from the label `<prefix>-<code with dashes>`, so a school rewords it without touching Swift,
/// and `--json` carries the code and parameters unchanged.
public protocol Worded: Sendable {
    /// A stable id (`outside_window`): part of the label key and of the JSON report.
    var code: String { get }
    var parameters: [String: WordingValue] { get }
}

extension Worded {
    /// The label key of this value under a prefix: "reason" + "outside_window" → "reason-outside-window".
    public func labelKey(prefix: String) -> String {
        prefix + "-" + code.hyphenated
    }
}

extension String {
    /// The text with each '_' and '.' made a '-', as label keys are spelled: "outside_window" →
    /// "outside-window". Built for every figure of a page, so without Foundation's search.
    public var hyphenated: String {
        guard utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }) else { return self }
        return String(decoding: utf8.map { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }
}
