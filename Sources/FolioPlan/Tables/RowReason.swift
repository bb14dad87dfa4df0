import FolioCore

/// Why a table row was left out of a figure, or how it was counted, as a typed value: the label
/// files (`templates/labels/<language>.yaml`, key `row-reason-<code>`) word it, with the
/// parameters in its `{placeholders}`, and `row-reason-<code>-group` words the count by reason.
///
/// The cases keep the export's own words (学制 四技, 語言 客語); `parameters` hands them to the
/// site as terms (`PlanVocabulary`) so each language words them.
public enum RowReason: Worded, Hashable {
    // Any table
    /// A 總計 / 合計 / 小計 row: counting it would count its rows twice.
    case totalRow
    /// A dated row outside its file's period (a 114-1 file holding a row of 114/07/15).
    case outsidePeriod(date: RocDate, period: ReportingPeriod)
    /// A second row of a key counted once (計畫編號, 教師編號, 學號, 專利證書號, 契約編號).
    case alreadyCounted(CountedOnce, first: SourceLocation)

    // 表1-8 (11-2)
    /// A co-investigator's row of a project; the project counts once, from its leader's row.
    case coInvestigator(project: String)
    /// An amendment (變更-增加經費 / 變更-刪減經費) applied to its project's row.
    case amendmentApplied(project: String, line: Int)
    /// An amendment whose project has no 原核定 row in the year's tables.
    case amendmentWithoutProject(project: String)
    /// Counted: the project's amount after its amendments: 1,000,000 + 200,000 − 50,000 = 1,150,000.
    case amendedAmount(calculation: String)
    /// The project's amount after its amendments is below NT$300,000.
    case amendedBelowThreshold(amount: String)
    /// A project without amendments whose approved amount is below NT$300,000.
    case belowThreshold(amount: String)
    /// A project type that is not an industry project (校內補助案).
    case notIndustryProject(kind: String)

    // 表1-12 (11-3)
    /// A patent not yet granted (申請中).
    case patentNotGranted(status: String)

    // 表4-8-2 (1-1), 表4-8-1 (1-2)
    /// A 丙級 certificate: a vocational high-school graduate's level.
    case thirdGradeCertificate
    /// Took part in a competition without an award.
    case noAward

    // 表1-1 (2-1)
    /// A part-time teacher: 技職法 §26 binds full-time teachers only.
    case partTimeTeacherLeftOut
    /// Counted: a full-time teacher who completed the half-year industry study (numerator and denominator).
    case industryStudyCompleted
    /// Counted: a full-time teacher who has not (denominator only).
    case industryStudyNotCompleted

    // 表3-5 (3-1, 3-2, 5-2, 10-1, 10-2), 表4-2-11 (5-3, 5-4)
    /// A course section without the measure's flag.
    case courseNotFlagged(CourseKind)
    /// A student who did not take the course the measure counts.
    case courseNotTaken(CourseKind)
    /// Counted: a row's students by sex, 男 23、女 12.
    case studentsBySex(male: Int, female: Int)

    // 表4-6 (4-1)
    /// 校際選課: not one of the four cross-domain types.
    case interSchoolCourse
    /// Counted: a row's type and sex, 雙主修・女.
    case crossDomainRow(type: String, sex: String)

    // 表4-2 (5-1, 8-1)
    /// A department whose 學科標準分類 broad field is not 05, 06 or 07.
    case notSTEMField(code: String)
    /// A row of students the ratio leaves out (外籍生, 延畢生, 休學生).
    case studentsLeftOut(status: String)
    /// Counted: a row's heads times its programme's weight, 四技 120 人 × 1.
    case weightedHeads(degree: String, heads: Int, weight: Int)
    /// Counted: the weighted heads of a row, with its 延修生 and full-year interns: (120 − 3 − 10 + 10 × 0.8) × 1 = 115.
    case weightedStudents(degree: String, calculation: String)

    // 表1-1 (8-1)
    /// Counted: a full-time teacher, 1.
    case fullTimeTeacher
    /// Counted: a part-time teacher, a quarter.
    case partTimeTeacherQuarter

    // 表15-17 (7-1)
    /// A course that is neither EGSP nor ESP.
    case notProfessionalEnglish

    // 表4-8-3 (7-2)
    /// A language the ministry does not count as foreign (客語, 原住民語, 華語, 閩南語).
    case languageNotForeign(language: String)
    /// A result below CEFR A1.
    case belowA1
    /// Counted: a result's language group and CEFR level, 英語 B1.
    case cefrLevel(english: Bool, level: String)
    /// Counted: a test's own level or score converted to CEFR.
    case cefrConverted(test: String, result: String, level: String)
    /// A result with no CEFR level, of a test the conversion table does not know.
    case cefrTestUnknown(test: String, file: String)

    /// The label key's stem: `row-reason-<code>`; stable, the JSON and open data carry it.
    public var code: String {
        switch self {
        case .totalRow: "total-row"
        case .outsidePeriod: "outside-period"
        case .alreadyCounted: "already-counted"
        case .coInvestigator: "co-investigator"
        case .amendmentApplied: "amendment-applied"
        case .amendmentWithoutProject: "amendment-without-project"
        case .amendedAmount: "amended-amount"
        case .amendedBelowThreshold: "amended-below-threshold"
        case .belowThreshold: "below-threshold"
        case .notIndustryProject: "not-industry-project"
        case .patentNotGranted: "patent-not-granted"
        case .thirdGradeCertificate: "third-grade-certificate"
        case .noAward: "no-award"
        case .partTimeTeacherLeftOut: "part-time-teacher-left-out"
        case .industryStudyCompleted: "industry-study-completed"
        case .industryStudyNotCompleted: "industry-study-not-completed"
        case .courseNotFlagged: "course-not-flagged"
        case .courseNotTaken: "course-not-taken"
        case .studentsBySex: "students-by-sex"
        case .interSchoolCourse: "inter-school-course"
        case .crossDomainRow: "cross-domain-row"
        case .notSTEMField: "not-stem-field"
        case .studentsLeftOut: "students-left-out"
        case .weightedHeads: "weighted-heads"
        case .weightedStudents: "weighted-students"
        case .fullTimeTeacher: "full-time-teacher"
        case .partTimeTeacherQuarter: "part-time-teacher-quarter"
        case .notProfessionalEnglish: "not-professional-english"
        case .languageNotForeign: "language-not-foreign"
        case .belowA1: "below-a1"
        case .cefrLevel: "cefr-level"
        case .cefrConverted: "cefr-converted"
        case .cefrTestUnknown: "cefr-test-unknown"
        }
    }

    /// The values the label's `{placeholders}` take.
    public var parameters: [String: WordingValue] {
        switch self {
        case .totalRow, .thirdGradeCertificate, .noAward, .partTimeTeacherLeftOut, .industryStudyCompleted,
             .industryStudyNotCompleted, .interSchoolCourse, .fullTimeTeacher, .partTimeTeacherQuarter,
             .notProfessionalEnglish, .belowA1:
            [:]
        case .outsidePeriod(let date, let period):
            ["date": .date(date), "period": period.wording,
             "from": .date(period.dates.lowerBound), "to": .date(period.dates.upperBound)]
        case .alreadyCounted(let what, let first): ["what": what.term, "first": .text(first.fileAndLine)]
        case .coInvestigator(let project): ["project": .text(project)]
        case .amendmentApplied(let project, let line): ["project": .text(project), "line": .number(String(line))]
        case .amendmentWithoutProject(let project): ["project": .text(project)]
        case .amendedAmount(let calculation): ["calculation": .number(calculation)]
        case .amendedBelowThreshold(let amount), .belowThreshold(let amount): ["amount": .number(amount)]
        case .notIndustryProject(let kind): ["kind": PlanVocabulary.term(kind)]
        case .patentNotGranted(let status): ["status": PlanVocabulary.term(status)]
        case .courseNotFlagged(let course), .courseNotTaken(let course): ["course": course.term]
        case .studentsBySex(let male, let female): ["male": .count(male), "female": .count(female)]
        case .crossDomainRow(let type, let sex): ["type": PlanVocabulary.term(type), "sex": PlanVocabulary.term(sex)]
        case .notSTEMField(let code): ["code": .text(code)]
        case .studentsLeftOut(let status): ["status": PlanVocabulary.term(status)]
        case .weightedHeads(let degree, let heads, let weight):
            ["degree": PlanVocabulary.term(degree), "heads": .count(heads), "weight": .number(String(weight))]
        case .weightedStudents(let degree, let calculation): ["degree": PlanVocabulary.term(degree), "calculation": .number(calculation)]
        case .languageNotForeign(let language): ["language": PlanVocabulary.term(language)]
        case .cefrLevel(let english, let level):
            ["group": .term(english ? "plan-breakdown-english" : "plan-breakdown-other-languages"), "level": .text(level)]
        case .cefrConverted(let test, let result, let level): ["test": .text(test), "result": .text(result), "level": .text(level)]
        case .cefrTestUnknown(let test, let file): ["test": .text(test), "file": .text(file)]
        }
    }

    /// What rows of the same rule share, for counts by reason: the code, and the parameter the
    /// group's wording names (which key is counted once, which course, which language).
    public var group: String {
        switch self {
        case .alreadyCounted(let what, _): "\(code)/\(what.rawValue)"
        case .courseNotFlagged(let course), .courseNotTaken(let course): "\(code)/\(course.rawValue)"
        case .languageNotForeign(let language): "\(code)/\(language)"
        default: code
        }
    }

    /// One value of every case, for tests that word them all (a new case without an example does not compile).
    public static var examples: [RowReason] {
        let date = RocDate(rocYear: 114, month: 7, day: 15)!
        let first = SourceLocation(file: "content/tables/1-8-114.csv", line: 3, column: 1)
        let all: [RowReason] = [
            .totalRow, .outsidePeriod(date: date, period: .semester(year: 114, term: 1)), .alreadyCounted(.project, first: first),
            .coInvestigator(project: "MOST-114-001"), .amendmentApplied(project: "MOST-114-001", line: 3),
            .amendmentWithoutProject(project: "MOST-114-001"), .amendedAmount(calculation: "250,000 + 80,000 = 330,000"),
            .amendedBelowThreshold(amount: "250,000"), .belowThreshold(amount: "120,000"), .notIndustryProject(kind: "校內補助案"), // input vocabulary
            .patentNotGranted(status: "申請中"), .thirdGradeCertificate, .noAward, .partTimeTeacherLeftOut, // input vocabulary
            .industryStudyCompleted, .industryStudyNotCompleted, .courseNotFlagged(.stem), .courseNotTaken(.programming),
            .studentsBySex(male: 1, female: 2), .interSchoolCourse, .crossDomainRow(type: "雙主修", sex: "女"), // input vocabulary
            .notSTEMField(code: "03"), .studentsLeftOut(status: "外籍生"), .weightedHeads(degree: "四技", heads: 120, weight: 1), // input vocabulary
            .weightedStudents(degree: "碩士班", calculation: "(20 − 1) × 2 = 38"), .fullTimeTeacher, .partTimeTeacherQuarter, // input vocabulary
            .notProfessionalEnglish, .languageNotForeign(language: "客語"), .belowA1, .cefrLevel(english: true, level: "B1"), // input vocabulary
            .cefrConverted(test: "TOEIC", result: "785", level: "B2"), .cefrTestUnknown(test: "某檢定", file: "content/cefr/conversions.yaml"), // input vocabulary
        ]
        for reason in all {
            switch reason { // every case needs an example above
            case .totalRow, .outsidePeriod, .alreadyCounted, .coInvestigator, .amendmentApplied, .amendmentWithoutProject,
                 .amendedAmount, .amendedBelowThreshold, .belowThreshold, .notIndustryProject, .patentNotGranted,
                 .thirdGradeCertificate, .noAward, .partTimeTeacherLeftOut, .industryStudyCompleted, .industryStudyNotCompleted,
                 .courseNotFlagged, .courseNotTaken, .studentsBySex, .interSchoolCourse, .crossDomainRow, .notSTEMField,
                 .studentsLeftOut, .weightedHeads, .weightedStudents, .fullTimeTeacher, .partTimeTeacherQuarter,
                 .notProfessionalEnglish, .languageNotForeign, .belowA1, .cefrLevel, .cefrConverted, .cefrTestUnknown: break
            }
        }
        return all
    }
}

/// What a measure counts once per key; a repeat is excluded citing the first.
public enum CountedOnce: String, Sendable, Hashable, CaseIterable {
    case project, teacher, student, patent, contract

    var term: WordingValue { .term("plan-once-\(rawValue)") }
}

/// The course a measure's flag marks (表3-5, 表4-2-11).
public enum CourseKind: String, Sendable, Hashable, CaseIterable {
    case innovative, stem, entrepreneurship, programming
    case microProgram = "micro-program"

    var term: WordingValue { .term("plan-course-\(rawValue)") }
}
