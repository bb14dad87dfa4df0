/// Ready-to-lay-out values for the committee's dossier pages and dockets: every number is
/// formatted, every verdict decided and every sort key set here, so templates never compute.

/// A figure the engine computed: its value, the arithmetic in words, the rule ids, and the input
/// records it came from (shown on demand).
struct FigureLineView {
    var value: String
    /// The arithmetic in the page's language, as HTML (Chinese school data marked on an English page).
    var explanation: String
    var rules: String
    var sources: [SourceRecordView]
    var hasSources: Bool
    /// The engine's typed reason for the value (a −12 for no participation), in the page's language.
    var reason: String? = nil
    /// 申請人自評 of the record this line scores, when the applicant claimed points for it.
    var claimed: String? = nil
    var claimDiffers: Bool = false
}

/// One input record a figure came from: `dossier.yaml:23` and, when known, that line's text.
struct SourceRecordView {
    var location: String
    var record: String?
    /// `zh-Hant` on an English page when the record, as the school wrote it, is Chinese.
    var recordLanguage: String? = nil
}

/// `pass`, `fail` or `na`: a CSS class; the symbol and the words say the same for print and screen readers.
struct VerdictView {
    var state: String
    var symbol: String
    var label: String
}

struct DossierPageView {
    /// `dossier-<slug>`: the article's id, a target for the packet's links.
    var anchor: String
    /// The named print page of this dossier (running header), see `PrintStyle`.
    var printPage: String
    var header: DossierHeaderView
    var verdict: VerdictView
    var scores: [ScoreCardView]
    var requirements: [RequirementRowView]
    var failing: [RequirementRowView]
    var hasFailing: Bool
    var paperConditions: PaperConditionsView?
    var teaching: TeachingFormView
    var ability: [AbilityDimensionView]
    var hasAbility: Bool
    var research: ResearchView
    var service: ServiceView
    var grants: GrantsView
    var notes: [FigureLineView]
    /// 自評與審核.
    var review: ReviewSectionView
    var statementHTML: String?
    var docketHref: String
    var labels: [String: String]
}

struct DossierHeaderView {
    var applicant: String
    var department: String
    var category: String
    /// The other category's paper conditions, when the committee so decided (R-C1).
    var paperConditionsCategory: String?
    /// 升等 助理教授 → 副教授, Promotion: Assistant Professor → Associate Professor.
    var application: String
    var round: String
    var applicationDate: String
    /// The rulebook as readers know it: its title and first day in force (its internal id stays in the file name).
    var rulebookTitle: String
    var rulebookInForce: String?
    /// The file the rulebook was read from, and the bundled file it replaced (content/rulebooks/).
    var rulebookFile: String
    var rulebookReplaces: String?
}

struct ScoreCardView {
    var label: String
    var rule: String
    /// The computed score, or 不適用 when the score is not required and nothing was recorded (a new hire).
    var value: String
    var notApplicable: Bool
    /// 申請人自評 and 委員審核 of the same score, when given.
    var claimed: String?
    var verified: String?
    var claimDiffers: Bool
    var verifiedDiffers: Bool
    /// The requirement's finding ("教學計分 82.35 ≥ 70"), or that the minimum does not apply.
    var detail: String
    var verdict: VerdictView
}

struct RequirementRowView {
    var id: String
    var label: String
    var verdict: VerdictView
    var detail: String
    var shortfall: String?
    var sources: [SourceRecordView]
    var hasSources: Bool
}

struct PaperConditionsView {
    var rule: String
    var alternatives: [AlternativeRowView]
    /// Main papers (R-D1) with their sources, and the papers left out with the reasons.
    var mainPapers: [MainPaperView]
    var mainCount: String
    var others: [MainPaperView]
    var hasOthers: Bool
}

struct AlternativeRowView {
    var rule: String
    var description: String
    var verdict: VerdictView
    var have: String
    /// What is missing, or why the alternative cannot be used.
    var note: String?
}

struct MainPaperView {
    var title: String
    var date: String
    var units: String?
    var reasons: String?
    var source: SourceRecordView
}

/// 附表一: per indicator A (points, capped at 100), B (weight), C = A × B, and the total.
struct TeachingFormView {
    /// 不適用, in words, when the score is not required and nothing was recorded (a new hire): no form is shown.
    var notApplicable: String?
    var rows: [TeachingRowView]
    var total: String
    var totalFigure: FigureLineView
    var chart: DossierChartView
    /// Present only when `excluded_semesters` left a semester out of the window (I-14).
    var window: TeachingWindowView?
}

/// I-14: the semesters counted for R-T2, R-T3, R-T5, R-T6, and those left out, with why.
struct TeachingWindowView {
    /// `111-2, 112-1, 112-2, 113-2, 114-1, 114-2`.
    var counted: String
    /// What the rulebook's I-14 setting did with the excluded semesters, in words.
    var setting: String
    var rule: String
    var excluded: [ExcludedSemesterView]
}

struct ExcludedSemesterView {
    var semester: String
    var reason: String
    var note: String?
    var source: SourceRecordView
}

struct TeachingRowView {
    var label: String
    var rule: String
    var points: String
    /// The uncapped sum, when the cap cut it ("原 112").
    var raw: String?
    var weight: String
    var weighted: String
    var lines: [FigureLineView]
    var hasLines: Bool
    var anchor: String
}

/// 附表二: each dimension's items answered 是 or 否, with their points.
struct AbilityDimensionView {
    var label: String
    var items: [AbilityItemView]
    var subtotal: String
    var cap: String
    var source: SourceRecordView?
}

struct AbilityItemView {
    var number: Int
    var label: String
    var points: String
    var verdict: VerdictView
}

struct ResearchView {
    var papers: [PaperRowView]
    var hasPapers: Bool
    /// Whether the table has the 申請人自評 and 委員審核 columns.
    var hasClaims: Bool
    var hasReview: Bool
    var subtotals: [SubtotalRowView]
    var total: String
    var totalFigure: FigureLineView
    var groups: [FigureGroupView]
    var hasGroups: Bool
    var chart: DossierChartView?
}

struct PaperRowView {
    var number: Int
    var title: String
    var journal: String
    var date: String
    var type: String
    var author: String
    var band: String
    var base: String
    var multiplier: String
    var factor: String
    var points: String
    var counted: VerdictView
    var countReason: String
    var figure: FigureLineView
    /// 申請人自評 of this paper, highlighted with its reason when it differs from the computed points.
    var claimed: String?
    var claimDiffers: Bool
    var claimReason: String?
    /// 委員審核: the counted points with the committee's corrections (or 不予採計).
    var verified: String?
    var verifiedDiffers: Bool
}

struct SubtotalRowView {
    var label: String
    var rule: String
    var value: String
}

/// A titled list of figures: patents, transfers, industry, student grants, service items.
struct FigureGroupView {
    var title: String
    var lines: [FigureLineView]
}

struct ServiceView {
    /// As `TeachingFormView.notApplicable`.
    var notApplicable: String?
    var years: [ServiceYearView]
    var hasYears: Bool
    var total: String
    var totalFigure: FigureLineView
}

struct ServiceYearView {
    var year: String
    var lines: [FigureLineView]
    var subtotal: String
}

struct GrantsView {
    var lines: [FigureLineView]
    var hasLines: Bool
    var count: String
    var required: String?
}

/// An inline SVG chart and its words: `svg` is markup made in Swift, `caption` the same in text.
struct DossierChartView {
    var svg: String
    var caption: String
}

extension DossierChartView {
    /// A chart whose `<desc>` and caption say the same words, made once.
    init(_ caption: String, svg: (String) -> String) {
        self.init(svg: svg(caption), caption: caption)
    }
}

// MARK: Docket and the committee home

struct DocketView {
    var round: String
    var title: String
    /// The level this docket is for (院教評會複審), nil for the round's docket of every applicant.
    var level: String?
    /// The levels' decisions shown as columns: every level on the round's docket, the previous one on a level's.
    var levelColumns: [LevelColumnView]
    var hasLevels: Bool
    /// Links to each level's docket and minutes draft.
    var levelLinks: [LevelLinkView]
    var hasLevelLinks: Bool
    var summary: String
    var columns: [DocketColumnView]
    var rows: [DocketRowView]
    var printPage: String
    var anchor: String
    var homeHref: String
    /// The committee tree's sorting script (`assets/committee/sort-table.js`), relative to the page.
    var scriptHref: String
    var labels: [String: String]
}

struct DocketColumnView {
    var id: String
    var label: String
}

struct DocketRowView {
    var applicant: String
    var href: String
    var department: String
    var application: String
    var cells: [DocketCellView]
    var teaching: String
    var service: String
    var research: String
    var teachingSort: String
    var serviceSort: String
    var researchSort: String
    /// Each score claimed (申請人自評), computed and verified (委員審核), as the dossier page shows them.
    var teachingBases: ScoreBasesView
    var serviceBases: ScoreBasesView
    var researchBases: ScoreBasesView
    var verdict: VerdictView
    /// 委員審核's verdict, when the committee has reviewed the dossier (review.yaml).
    var verifiedVerdict: VerdictView?
    /// 0 for an applicant who meets every requirement, 1 otherwise: the default order.
    var verdictSort: Int
    /// The applicant's folder name, the default order within a verdict.
    var nameSort: String
    var levelCells: [LevelCellView] = []
    /// The row rendered by `partials/docket-row` (without its last line end): a docket shows it as
    /// it is, so an unchanged dossier's row is not rendered again in the preview (`DocketPage.view`).
    var html = ""
}

struct LevelLinkView {
    var label: String
    var docketHref: String
    var minutesHref: String?
}

struct DocketCellView {
    var verdict: VerdictView
    /// The shortfall of a failing requirement; the detail otherwise, as a tooltip.
    var shortfall: String?
    var detail: String
    var sort: Int
}

struct DossierHomeView {
    var rounds: [RoundSummaryView]
    var hasRounds: Bool
    var labels: [String: String]
}

struct RoundSummaryView {
    var round: String
    var href: String
    var summary: String
    var applicants: [RoundApplicantView]
}

struct RoundApplicantView {
    var applicant: String
    var href: String
    var department: String
    var application: String
    var verdict: VerdictView
}

/// The print packet of a round: its docket, then every dossier, one document.
struct PacketView {
    var docket: DocketView
    var dossiers: [DossierPageView]
    /// Each held level's minutes draft, after the dossiers.
    var minutes: [MinutesView]
    var labels: [String: String]
}
