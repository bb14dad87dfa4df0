import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Typed values are worded from the label files, in either language, and both files say the same things.
@Suite struct WordingTests {
    static func labels(_ language: SiteLanguage) throws -> [String: String] {
        let folder = Workspace.packageRoot.appendingPathComponent("templates")
        let sources = TemplateSources(folder: folder, displayRoot: "templates")
        return try #require(TemplateSet.loadLabels(files: sources, path: "labels/\(language.rawValue).yaml", sink: DiagnosticSink()))
    }

    @Test func bothLabelFilesHaveTheSameKeys() throws {
        let chinese = Set(try Self.labels(.zhHant).keys), english = Set(try Self.labels(.en).keys)
        #expect(chinese.subtracting(english).sorted() == [], "keys only in zh-Hant.yaml")
        #expect(english.subtracting(chinese).sorted() == [], "keys only in en.yaml")
    }

    @Test func pluralFormsFollowTheCount() throws {
        let english = Wording(labels: ["rows": "{n} {n:row|rows}"], language: .en)
        #expect(english.words(key: "rows", ["n": .count(1)]) == "1 row")
        #expect(english.words(key: "rows", ["n": .count(2)]) == "2 rows")
        #expect(english.words(key: "rows", ["n": .count(0)]) == "0 rows")
    }

    @Test func datesAndYearsAreWordedPerLanguage() throws {
        let date = try #require(RocDate(rocYear: 114, month: 9, day: 30))
        let chinese = Wording(labels: try Self.labels(.zhHant), language: .zhHant)
        let english = Wording(labels: try Self.labels(.en), language: .en)
        #expect(chinese.text(.date(date)) == "114/09/30")
        // ROC 114 + 1911 = 2025.
        #expect(english.text(.date(date)) == "30 Sep 2025")
        // Academic year 114 runs from August 2025 to July 2026.
        #expect(english.text(.academicYear(114)) == "AY 114 (2025–26)")
        #expect(chinese.text(.academicYear(114)) == "114 學年度")
        #expect(english.text(.list([.text("a"), .text("b")])) == "a, b")
        #expect(chinese.text(.list([.text("甲"), .text("乙")])) == "甲、乙")
    }

    @Test func aPlaceholderWithoutItsParameterStaysVisible() {
        let wording = Wording(labels: ["k": "{known} and {unknown}"], language: .en)
        #expect(wording.words(key: "k", ["known": .number("3")]) == "3 and {unknown}")
    }

    @Test func nestedValuesAndTermsAreWordedFromTheirOwnLabels() {
        let wording = Wording(labels: ["outer": "because {why}", "inner": "{n} short", "rank-professor": "professor", "r": "to {rank}"],
                              language: .en)
        #expect(wording.words(key: "outer", ["why": .worded(key: "inner", parameters: ["n": .number("2.5")])]) == "because 2.5 short")
        #expect(wording.words(key: "r", ["rank": .term("rank-professor")]) == "to professor")
    }
}

extension WordingTests {
    @Test func pagesGetEscapedHTMLWithChineseDataMarked() {
        let english = Wording(labels: ["paper": "\"{title}\" by {who} <{n}>"], language: .en)
        let title = "深度學習 & more"
        // The label's quotes and angle brackets are escaped; the Chinese title is marked, the English name is not.
        #expect(english.html(key: "paper", ["title": .text(title), "who": .named(LocalizedText("王", english: "Wang")), "n": .count(2)])
                == "&quot;<span lang=\"zh-Hant\">深度學習 &amp; more</span>&quot; by Wang &lt;2&gt;")
        // An untranslated name falls back to the Chinese, marked as such.
        #expect(english.html(key: "paper", ["title": .text("T"), "who": .named(LocalizedText("王", english: nil)), "n": .count(1)])
                == "&quot;T&quot; by <span lang=\"zh-Hant\">王</span> &lt;1&gt;")
        let chinese = Wording(labels: ["paper": "「{title}」{who}"], language: .zhHant)
        #expect(chinese.html(key: "paper", ["title": .text("深度"), "who": .named(LocalizedText("王", english: "Wang"))]) == "「深度」王")
        #expect("Unit：人次".containsCJK && !"AY 114 (2025–26) · 30 Sep".containsCJK)
    }
}
