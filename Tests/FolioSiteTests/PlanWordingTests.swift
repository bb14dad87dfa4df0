import FolioCore
import FolioPlan
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// The plan's typed values (row reasons, counting rules, calculations, breakdowns, periods) are
/// worded from both label files, and the English pages read as English.
@Suite struct PlanWordingTests {
    static let languages: [SiteLanguage] = [.zhHant, .en]

    static func wording(_ language: SiteLanguage) throws -> Wording {
        Wording(labels: try WordingTests.labels(language), language: language)
    }

    /// The school data a value passes as written (`.text`): the only Chinese an English sentence may hold.
    static func data(_ parameters: [String: WordingValue]) -> [String] {
        parameters.values.flatMap { value -> [String] in
            switch value {
            case .text(let text): [text]
            case .worded(_, let inner): data(inner)
            case .list(let values): data(Dictionary(uniqueKeysWithValues: values.enumerated().map { ("\($0.offset)", $0.element) }))
            default: []
            }
        }
    }

    /// A sentence is fully worded: not empty, no `{` left, no label key left unresolved, and in
    /// English no CJK outside the data passed.
    static func expectWorded(_ words: String, _ language: SiteLanguage, data: [String], _ what: String) {
        #expect(!words.isEmpty, "\(language) \(what)")
        #expect(!words.contains("{") && !words.contains("}"), "\(language) \(what): \(words)")
        #expect(!words.contains("plan-") && !words.contains("row-reason-") && !words.contains("table-"), "\(language) \(what): \(words)")
        if language == .en {
            let own = data.reduce(words) { $0.replacingOccurrences(of: $1, with: "") }
            #expect(!own.containsCJK, "en \(what): \(words)")
        }
    }

    @Test func everyRowReasonAndItsGroupAreWordedInBothLanguages() throws {
        for language in Self.languages {
            let wording = try Self.wording(language)
            for reason in RowReason.examples {
                #expect(wording.labels[reason.labelKey(prefix: "row-reason")] != nil, "\(language) \(reason.code)")
                #expect(wording.labels[reason.labelKey(prefix: "row-reason") + "-group"] != nil, "\(language) \(reason.code)-group")
                let data = Self.data(reason.parameters)
                Self.expectWorded(wording.words(reason, prefix: "row-reason"), language, data: data, reason.code)
                Self.expectWorded(wording.words(key: reason.labelKey(prefix: "row-reason") + "-group", reason.parameters),
                                  language, data: data, reason.code + "-group")
            }
        }
    }

    @Test func everyComputedMeasureHasItsRuleInBothLanguages() throws {
        for language in Self.languages {
            let wording = try Self.wording(language)
            for computation in MeasureComputations.all {
                let rule = CountingRule(computation.measureID)
                #expect(wording.labels[rule.labelKey(prefix: "plan-rule")] != nil, "\(language) \(computation.measureID)")
                Self.expectWorded(wording.words(rule, prefix: "plan-rule"), language, data: [], "rule \(computation.measureID)")
            }
        }
    }

    @Test func calculationsVocabularyAndTablesAreWordedInBothLanguages() throws {
        for language in Self.languages {
            let wording = try Self.wording(language)
            for calculation in FigureCalculation.examples {
                Self.expectWorded(wording.words(calculation, prefix: "plan-calculation"), language, data: [], calculation.code)
            }
            for (word, code) in PlanVocabulary.codes {
                #expect(wording.labels["plan-word-\(code)"] != nil, "\(language) \(word)")
                Self.expectWorded(wording.text(PlanVocabulary.term(word)), language, data: [], word)
            }
            for period in [ReportingPeriod.semester(year: 114, term: 2), .academicYear(114), .calendarYear(114)] {
                Self.expectWorded(wording.text(period.wording), language, data: [], "\(period)")
            }
            for what in CountedOnce.allCases {
                Self.expectWorded(wording.words(RowReason.alreadyCounted(what, first: SourceLocation(file: "a.csv", line: 2, column: 1)),
                                                prefix: "row-reason"), language, data: ["a.csv:2"], what.rawValue)
            }
            for course in CourseKind.allCases {
                Self.expectWorded(wording.words(RowReason.courseNotFlagged(course), prefix: "row-reason"), language, data: [], course.rawValue)
            }
            for cap in PartTimeCap.allCases {
                let calculation = FigureCalculation.cappedRatio(weighted: "1", fullTime: 1, partTime: 1, partTimeEquivalent: "1", cap: cap, ratio: "1")
                Self.expectWorded(wording.words(calculation, prefix: "plan-calculation"), language, data: [], cap.rawValue)
            }
            for schema in TableSchemas.all {
                Self.expectWorded(wording.text(.term("table-\(schema.id)")), language, data: [], schema.id)
            }
        }
    }

    /// The codes are part of the label keys a school's own label files use: renaming one breaks them.
    @Test func theCodesAreStable() {
        #expect(RowReason.examples.map(\.code) == [
            "total-row", "outside-period", "already-counted", "co-investigator", "amendment-applied", "amendment-without-project",
            "amended-amount", "amended-below-threshold", "below-threshold", "not-industry-project", "patent-not-granted",
            "third-grade-certificate", "no-award", "part-time-teacher-left-out", "industry-study-completed",
            "industry-study-not-completed", "course-not-flagged", "course-not-taken", "students-by-sex", "inter-school-course",
            "cross-domain-row", "not-stem-field", "students-left-out", "weighted-heads", "weighted-students", "full-time-teacher",
            "part-time-teacher-quarter", "not-professional-english", "language-not-foreign", "below-a1", "cefr-level",
            "cefr-converted", "cefr-test-unknown",
        ])
        #expect(FigureCalculation.examples.map(\.code) == ["share", "ratio", "capped-ratio"])
        #expect(CountedOnce.allCases.map(\.rawValue) == ["project", "teacher", "student", "patent", "contract"])
        #expect(CourseKind.allCases.map(\.rawValue) == ["innovative", "stem", "entrepreneurship", "programming", "micro-program"])
        #expect(CountingRule("11-2").labelKey(prefix: "plan-rule") == "plan-rule-11-2")
    }

    /// The zh-Hant wording is the text the pages showed before the reasons were typed.
    @Test func chineseWordingKeepsThePagesText() throws {
        let chinese = try Self.wording(.zhHant)
        let date = try #require(RocDate(rocYear: 114, month: 7, day: 15))
        #expect(chinese.words(RowReason.outsidePeriod(date: date, period: .semester(year: 114, term: 1)), prefix: "row-reason")
            == "日期 114/07/15 不在 114-1 期間（114/08/01–115/01/31）")
        let first = SourceLocation(file: "tables/3-5_114-1.csv", line: 2, column: 1)
        #expect(chinese.words(RowReason.alreadyCounted(.teacher, first: first), prefix: "row-reason")
            == "同一教師已計入（tables/3-5_114-1.csv:2），不重複計算")
        #expect(chinese.words(FigureCalculation.cappedRatio(weighted: "100", fullTime: 3, partTime: 8, partTimeEquivalent: "1",
                                                             cap: .third, ratio: "25"), prefix: "plan-calculation")
            == "100 ÷（3 + 8 ÷ 4 = 1（已達專任三分之一上限））= 25")
        #expect(chinese.text(ReportingPeriod.calendarYear(114).wording) == "114年度")
    }

    /// English: half-width punctuation, Gregorian years beside ROC ones, plural forms by the count.
    @Test func englishWordingReadsAsEnglish() throws {
        let english = try Self.wording(.en)
        let date = try #require(RocDate(rocYear: 114, month: 7, day: 15))
        // ROC 114 + 1911 = 2025; semester 1 of academic year 114 runs 1 Aug 2025 to 31 Jan 2026.
        #expect(english.words(RowReason.outsidePeriod(date: date, period: .semester(year: 114, term: 1)), prefix: "row-reason")
            == "Dated 15 Jul 2025, outside AY 114 (2025–26), semester 1 (1 Aug 2025 to 31 Jan 2026)")
        #expect(english.text(ReportingPeriod.calendarYear(114).wording) == "2025 (ROC 114)")
        #expect(english.words(RowReason.studentsBySex(male: 1, female: 2), prefix: "row-reason") == "1 man, 2 women")
        #expect(english.words(RowReason.weightedHeads(degree: "碩士班", heads: 15, weight: 2), prefix: "row-reason")
            == "Master's 15 students × 2")
        #expect(english.words(FigureCalculation.ratio(weighted: "209", fullTime: 8, partTime: 4, partTimeEquivalent: "1", ratio: "23.22"),
                              prefix: "plan-calculation") == "209 ÷ (8 + 4 ÷ 4 = 1) = 23.22")
        #expect(english.words(key: "plan-exclusion-line", ["reason": .text("x"), "rows": .number("1")]) == "x: 1 row")
        #expect(english.words(key: "plan-exclusion-line", ["reason": .text("x"), "rows": .number("1,234")]) == "x: 1,234 rows")
    }

    @Test func englishUnitsTakeTheFormOfTheirFigure() {
        let unit = LocalizedText("人次", english: "person-time|person-times")
        #expect(UnitWording.form(unit, for: 1, language: .en).english == "person-time")
        #expect(UnitWording.form(unit, for: 1486, language: .en).english == "person-times")
        #expect(UnitWording.form(unit, for: 0, language: .en).english == "person-times")
        #expect(UnitWording.form(LocalizedText("%", english: "%"), for: 1, language: .en).english == "%")
        #expect(UnitWording.form(unit, for: 1, language: .zhHant).english == nil)
    }

    /// The example built in English: each figure's sources and exclusions say "1 row" and "2 rows"
    /// as the count has it, and Folio's own text on the plan pages (the computed figures, the
    /// charts' captions, the provenance pages) has no full-width punctuation and no Chinese
    /// outside what is marked `lang="zh-Hant"`.
    @Test func theEnglishPlanPagesCountRowsAndUseHalfWidthPunctuation() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["build", "--output", "site", "--language", "en"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        let marked = try NSRegularExpression(pattern: #"<(span|td|th)[^>]*lang="zh-Hant"[^>]*>.*?</\1>"#)
        func own(_ html: String) -> String {
            marked.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "")
        }
        func parts(_ html: String, from start: String, to end: String) -> [String] {
            html.components(separatedBy: start).dropFirst().map { $0.components(separatedBy: end)[0] }
        }
        var oneRow = 0, manyRows = 0
        for tree in ["public", "internal"] {
            let indicators = try FileManager.default.contentsOfDirectory(atPath: workspace.path("site/\(tree)/indicators"))
            for name in indicators where name.hasSuffix(".html") {
                let page = try workspace.read("site/\(tree)/indicators/\(name)")
                let pieces = parts(page, from: "<section id=\"computed\"", to: "</section>")
                    + parts(page, from: "<figcaption>", to: "</figcaption>")
                for piece in pieces {
                    let text = own(piece)
                    #expect(!text.containsCJK, "\(tree)/\(name): \(text.prefix(300))")
                }
                for piece in parts(page, from: "<ul class=\"exclusions\">", to: "</ul>") + parts(page, from: "<ul class=\"sources\">", to: "</ul>") {
                    #expect(!piece.contains(" 1 rows") && !piece.contains(">1 rows"), "\(tree)/\(name)")
                    oneRow += piece.components(separatedBy: ": 1 row<").count - 1 + piece.components(separatedBy: " 1 row counted").count - 1
                    manyRows += try NSRegularExpression(pattern: #"[02-9] rows"#).numberOfMatches(in: piece, range: NSRange(piece.startIndex..., in: piece))
                }
            }
        }
        // The example excludes exactly one total row from 1-1 (and others), and many rows elsewhere.
        #expect(oneRow > 0 && manyRows > 0)
        let provenance = try workspace.read("site/internal/provenance/1-1-114.html")
        #expect(provenance.contains("Total and subtotal rows (they would count their rows twice): 1 row<"))
        // The page's own part (the layout around it is another's); an aria-label repeats the file's (school) name.
        let article = own(parts(provenance, from: "<article", to: "</article>")[0])
            .replacingOccurrences(of: #"aria-label="[^"]*""#, with: "", options: .regularExpression)
        #expect(!article.containsCJK, "\(article.prefix(500))")
    }
}
