/// Ready-to-lay-out values for the planning-document templates: every number is
/// formatted and every state decided here, so templates never compute.

struct LayoutView {
    var lang: String
    var title: String
    /// Relative path from the page to the tree's root ("" or "../").
    var root: String
    var siteTitle: String
    var schoolName: String
    /// The rendered `partials/nav` template.
    var navigation: String
    var body: String
    var labels: [String: String]
    var confidential: Bool
}

struct NavView {
    var root: String
    var hasPages: Bool
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
}

struct MeasureRowView {
    var indicatorNumber: Int
    var indicatorHref: String
    var id: String
    var name: String
    var unit: String
    var direction: String
    var lowerIsBetter: Bool
    var isCustom: Bool
    var responsibleUnit: String
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
    var definition: String?
    var numerator: String?
    var denominator: String?
    var period: String?
    var responsibleUnit: String
}

struct NarrativeView {
    var id: String
    var name: String
    var responsibleUnit: String
    var html: String
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
    var years: [YearHeaderView]
    var rows: [MeasureRowView]
    var hasRows: Bool
    var customs: [CustomMeasureView]
    var hasCustoms: Bool
    var narratives: [NarrativeView]
    var previous: LinkView?
    var next: LinkView?
    var labels: [String: String]
}
