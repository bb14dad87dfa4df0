import FolioCore

/// The English a school gives for its own content, beside the Chinese: `responsible_unit_en`,
/// a custom measure's `definition_en`, `numerator_en` and `denominator_en`, and narratives as
/// `1-3.en.md` beside `1-3.md`. Whatever is missing shows in Chinese on the English pages,
/// marked `lang="zh-Hant"` and said to be untranslated.
public struct SchoolEnglish: Sendable {
    /// `responsible_unit_en` by measure id (ministry and custom measures).
    public var responsibleUnits: [String: String] = [:]
    /// `responsible_units_en` of school.yaml: a unit's English name by its Chinese name.
    public var unitNames: [String: String] = [:]
    /// A custom measure's English texts by measure id.
    public var customMeasures: [String: CustomMeasureEnglish] = [:]
    /// English narratives by the path of their Chinese narrative (`narratives/1-3.md`).
    public var narratives: [String: String] = [:]

    /// The path of a Chinese Markdown file's English variant: `narratives/1-3.md` → `narratives/1-3.en.md`.
    public static func variantPath(of path: String) -> String {
        String(path.dropLast(".md".count)) + englishSuffix
    }

    public static let englishSuffix = ".en.md"

    /// Whether a Markdown file is an English variant (`1-3.en.md`), never a document of its own.
    public static func isVariant(_ path: String) -> Bool { path.hasSuffix(englishSuffix) }

    /// The Chinese file a variant belongs to: `narratives/1-3.en.md` → `narratives/1-3.md`.
    public static func chinesePath(of variant: String) -> String {
        String(variant.dropLast(englishSuffix.count)) + ".md"
    }
}

public struct CustomMeasureEnglish: Sendable {
    /// `unit_en`, written `singular|plural` as the catalog's units are (`participant|participants`).
    public var unit: String?
    public var definition: String?
    public var numerator: String?
    public var denominator: String?
}
