/// Why a table row was left out of a figure, or how it was counted, as a typed value: the label
/// files (`templates/labels/<language>.yaml`, key `row-reason-<code>`) word it, with the
/// parameters in its `{placeholders}`, and `row-reason-<code>-group` words the count by reason.
public enum RowReason: Sendable, Hashable {
    /// 表1-8: a co-investigator's row of a project; the project counts once, from its leader's row.
    case coInvestigator(project: String)
    /// 表1-8: an amendment (變更-增加經費 / 變更-刪減經費) applied to its project's row.
    case amendmentApplied(project: String, line: Int)
    /// 表1-8: an amendment whose project has no 原核定 row in the year's tables.
    case amendmentWithoutProject(project: String)
    /// 表1-8: the project's amount after its amendments: 1,000,000 + 200,000 − 50,000 = 1,150,000.
    case amendedAmount(calculation: String)
    /// 表1-8: the project's amount after its amendments is below NT$300,000.
    case amendedBelowThreshold(amount: String)
    /// 表1-8: a project type that is not an industry project (校內補助案).
    case notIndustryProject(kind: String)
    /// 表1-12: a patent not yet granted (申請中).
    case patentNotGranted(status: String)
    /// 表4-2: a row of students the ratio leaves out (外籍生, 延畢生, 休學生).
    case studentsLeftOut(status: String)
    /// 表4-2: the weighted heads of a row, with its 延修生 and full-year interns: (120 − 3 − 10 + 10 × 0.8) × 1 = 115.
    case weightedStudents(degree: String, calculation: String)
    /// 表4-8-3: a test's own level or score converted to CEFR.
    case cefrConverted(test: String, result: String, level: String)
    /// 表4-8-3: a result with no CEFR level, of a test the conversion table does not know.
    case cefrTestUnknown(test: String, file: String)

    /// The label key's stem: `row-reason-<code>`.
    public var code: String {
        switch self {
        case .coInvestigator: "co-investigator"
        case .amendmentApplied: "amendment-applied"
        case .amendmentWithoutProject: "amendment-without-project"
        case .amendedAmount: "amended-amount"
        case .amendedBelowThreshold: "amended-below-threshold"
        case .notIndustryProject: "not-industry-project"
        case .patentNotGranted: "patent-not-granted"
        case .studentsLeftOut: "students-left-out"
        case .weightedStudents: "weighted-students"
        case .cefrConverted: "cefr-converted"
        case .cefrTestUnknown: "cefr-test-unknown"
        }
    }

    /// The values the label's `{placeholders}` take.
    public var parameters: [(key: String, value: String)] {
        switch self {
        case .coInvestigator(let project): [("project", project)]
        case .amendmentApplied(let project, let line): [("project", project), ("line", String(line))]
        case .amendmentWithoutProject(let project): [("project", project)]
        case .amendedAmount(let calculation): [("calculation", calculation)]
        case .amendedBelowThreshold(let amount): [("amount", amount)]
        case .notIndustryProject(let kind): [("kind", kind)]
        case .patentNotGranted(let status): [("status", status)]
        case .studentsLeftOut(let status): [("status", status)]
        case .weightedStudents(let degree, let calculation): [("degree", degree), ("calculation", calculation)]
        case .cefrConverted(let test, let result, let level): [("test", test), ("result", result), ("level", level)]
        case .cefrTestUnknown(let test, let file): [("test", test), ("file", file)]
        }
    }
}
