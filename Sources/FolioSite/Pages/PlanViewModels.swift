
/// Ready-to-lay-out values for the planning-document templates: every number is
/// formatted and every state decided here, so templates never compute.

struct LayoutView {
    var lang: String
    var title: String
    /// Relative path from the page to the tree's root ("" or "../").
    var root: String
    var siteTitle: String
    var schoolName: String
    /// 資料截止日 (`plan.data_as_of`), formatted for the page's language; nil when school.yaml has none.
    var dataAsOf: String?
    /// The name in the header's title line: the plan's title, or the committee's own on its pages.
    var headerTitle: String
    var headerHref: String
    /// The rendered `partials/nav` template.
    var navigation: String
    var body: String
    var labels: [String: String]
    var confidential: Bool
    /// 機密 mark in words for this tree's readers (committee, or internal with personal data).
    var confidentialLabel: String
    /// A `<style media="print">` element for printed pages (dossiers, dockets); markup made in Swift.
    var printStyle: String?
    var baseHref: String?
    /// `confidential` on confidential trees, `wide` on pages of wide tables (the navigation goes below).
    var bodyClass: String?
    /// What the page is about, for `<meta name="description">` and Open Graph.
    var description: String
    var ogLocale: String
    /// The page's published address: public tree with `plan.base_url` only.
    var ogURL: String?
    /// The search page, from the header's search box: public tree only.
    var searchHref: String?
    /// True on pages Pagefind indexes (`data-pagefind-body`): the public tree's content pages.
    var indexed: Bool
    var openData: [DataLinkView]
    var hasOpenData: Bool
    /// "zh-Hant" where an English page shows the school's Chinese name or plan title (no `name_en`, `title_en`).
    var schoolNameLang: String?
    var siteTitleLang: String?
    var headerTitleLang: String?
    /// The way from the page to its tree's root, where the assets are (one set for every language).
    var treeRoot: String
    /// `<link rel="alternate" hreflang>`: every language's page and `x-default`; empty when one language is written.
    var alternates: [AlternateLinkView]
    /// The header's language switch: the page in each other language.
    var languageSwitch: [LanguageSwitchLinkView]
}

/// A link to one of the open-data files (CSV, JSON).
struct DataLinkView {
    var href: String
    var label: String
    var last: Bool
}

/// A link to a printed PDF of the page (`folio pdf`), shown on screen above the page's body.
struct PDFLinkView {
    var href: String
    var label: String
}

struct NavView {
    var root: String
    var hasPages: Bool
    var hasDossiers: Bool
    var sections: [NavSectionView]
    var labels: [String: String]
}

struct NavSectionView {
    var name: String
    var indicators: [NavItemView]
}

struct NavItemView {
    var number: Int
    var name: String
    var href: String
    var current: Bool
}

struct YearHeaderView {
    var year: Int
    /// The plan year as a table heads it: 114 年; AY 114 (2025–26) in English.
    var text: String
}

/// One plan year of one measure: target, actual, rate and state.
struct YearCellView {
    var year: Int
    var target: String
    var actual: String
    var rate: String
    /// "met", "not-met", "pending" or "none": a CSS class and the key of its label.
    var state: String
    var stateLabel: String
    /// True when the actual was computed from the school-database tables.
    var computed: Bool
    /// The provenance page of a computed actual: internal tree only.
    var href: String?
}

struct MeasureRowView {
    var indicatorNumber: Int
    var indicatorHref: String
    var id: String
    var name: String
    var unit: String
    /// HTML: the unit in the page's language (English plural, person-times); untranslated Chinese marked.
    var unitName: String
    var direction: String
    var lowerIsBetter: Bool
    var isCustom: Bool
    var responsibleUnit: String
    /// "zh-Hant" when an English page shows the unit's Chinese name (no `responsible_unit_en`).
    var responsibleUnitLang: String?
    var baseline: String
    var years: [YearCellView]
}

struct IndicatorCardView {
    var number: Int
    var name: String
    var href: String
    var sdgs: [SDGView]
    var met: Int
    var notMet: Int
    var pending: Int
    var qualitative: Int
    /// "met", "not-met" or "pending": the indicator's overall state in the latest reported year.
    var state: String
    var stateLabel: String
    /// Each quantitative measure's state in its latest reported year, in words and a symbol.
    var measures: [MeasureChipView]
}

/// One measure on an overview card: 1-1 ✓ 達成.
struct MeasureChipView {
    var id: String
    var year: String
    var state: String
    var symbol: String
    var stateLabel: String
}

struct SDGView {
    var number: Int
    var label: String
}

struct SectionCardsView {
    var name: String
    var indicators: [IndicatorCardView]
}

struct HomeView {
    var planTitle: String
    var schoolName: String
    var catalogTitle: String
    var phase: String
    var baselineYear: Int
    /// The baseline year as the measures table heads it: 113; AY 113 (2024–25) in English.
    var baselineYearText: String
    var years: [YearHeaderView]
    var yearCount: Int
    var sections: [SectionCardsView]
    var rows: [MeasureRowView]
    var labels: [String: String]
}

struct CustomMeasureView {
    var id: String
    var name: String
    var unit: String
    var direction: String
    /// The unit and which way is better, as HTML: 人次（越高越好）.
    var unitDirection: String
    var definition: String?
    var numerator: String?
    var denominator: String?
    var period: String?
    var responsibleUnit: String
    /// "zh-Hant" for each text an English page shows in Chinese (the school gave no English).
    var nameLang: String?
    var definitionLang: String?
    var numeratorLang: String?
    var denominatorLang: String?
    var responsibleUnitLang: String?
}

struct NarrativeView {
    var id: String
    var name: String
    var responsibleUnit: String
    var html: String
    var responsibleUnitLang: String?
    /// "zh-Hant" when an English page shows the Chinese narrative (no `1-3.en.md`), with a note saying so.
    var lang: String?
    var untranslatedNote: String?
}

struct LinkView {
    var href: String
    var label: String
}

struct IndicatorPageView {
    var number: Int
    var name: String
    var nameEn: String
    var sectionName: String
    var sdgs: [SDGView]
    var policyGoal: [String]
    var strategies: [String]
    var measurement: [String]
    var baselineYear: Int
    /// The baseline year as the measures table heads it: 113; AY 113 (2024–25) in English.
    var baselineYearText: String
    var years: [YearHeaderView]
    var rows: [MeasureRowView]
    var hasRows: Bool
    var customs: [CustomMeasureView]
    var hasCustoms: Bool
    var narratives: [NarrativeView]
    var charts: [ChartView]
    var hasCharts: Bool
    var figures: [FigureView]
    var hasFigures: Bool
    /// The internal tree links each computed figure to its rows; the public tree never does.
    var showsRows: Bool
    var previous: LinkView?
    var next: LinkView?
    var labels: [String: String]
}

/// A measure's target-and-actual chart: ready SVG markup and its caption in words.
struct ChartView {
    var id: String
    var name: String
    var svg: String
    var caption: String
}

/// How a computed actual was obtained: rule, sources with row counts, breakdowns, exclusions.
/// Counts only: the rows themselves are on the provenance page of the internal tree.
/// `value`, the sources', exclusions' and breakdowns' texts are ready HTML (school data inside
/// them is marked `lang="zh-Hant"` on English pages): templates place them with `{{{…}}}`.
struct FigureView {
    var id: String
    var name: String
    var year: Int
    /// The plan year as the page words it: 114 年, AY 114 (2025–26).
    var yearText: String
    var value: String
    var rule: String
    var calculation: String?
    var sources: [FigureSourceView]
    var breakdowns: [BreakdownView]
    var hasBreakdowns: Bool
    var exclusions: [ExclusionView]
    var hasExclusions: Bool
    var counted: String
    var excluded: String
    var provenanceHref: String?
}

/// One file read: 表4-8-2（114-1，a.csv）：採計 2 列，排除 1 列.
struct FigureSourceView {
    var line: String
}

struct BreakdownView {
    var caption: String
    var items: [BreakdownItemView]
}

struct BreakdownItemView {
    var label: String
    var value: String
}

/// One rule's excluded rows: 丙級證照不採計：37 列.
struct ExclusionView {
    var line: String
}
