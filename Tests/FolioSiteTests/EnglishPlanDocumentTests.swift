import FolioTestSupport
import FolioPlan
import Foundation
import Testing
@testable import FolioSite

/// The English plan document (`site/public/en/pdf/plan.pdf`), printed by `thePlanPrintsAsADocument`
/// beside the zh-Hant one and read back as an international reader would.
extension PlanDocumentTests {
    /// The plan's English title, as school.yaml's `title_en` gives it: the first part of every running header.
    static let englishPlanTitle = "Higher Education Sprout Project, phase 2 — plan"

    /// pdftotext's text with every run of white space one space: a long running header wraps in its margin box.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func theEnglishContentsNameThePagesWhereEachIndicatorStarts(_ pdf: String) throws {
        let pages = try PrintTests.pageCount(pdf)
        #expect((18...60).contains(pages), "\(pages) pages")

        // The cover, in English: the school, the title, AY 114–116 (114 + 1911 = 2025 to 116 + 1912 = 2028).
        let cover = Self.flattened(try PrintTests.text(pdf, page: 1))
        for fact in ["National Lanshan University of Science and Technology", Self.englishPlanTitle, "AY 114–116 (2025–2028)", "Data as of 30 Sep 2026"] {
            #expect(cover.contains(fact), "the English cover lacks \(fact): \(cover)")
        }

        // The contents (page 2): English headings, each indicator with the page it starts on.
        let indicators = try Self.indicators()
        let contents = Self.lines(try PrintTests.text(pdf, page: 2))
        #expect(contents.contains { $0.hasPrefix("Indicators at a glance") } && contents.contains { $0.hasPrefix("All quantitative measures") })
        for section in ["Part 1", "Part 2", "Part 3", "Part 4"] {
            #expect(contents.contains { $0.hasPrefix(section + " ") }, "\(section)")
        }
        var starts: [Int] = []
        for indicator in indicators {
            let line = try #require(contents.first { $0.hasPrefix("\(indicator.number) \(indicator.nameEn)") }, "indicator \(indicator.number) is not in the English contents")
            starts.append(try #require(line.split(separator: " ").last.flatMap { Int($0) }, "\(line)"))
        }
        #expect(starts == starts.sorted() && Set(starts).count == starts.count, "\(starts)")

        // Each indicator starts where the contents say: its English running header and heading are on that page, not the one before.
        for (indicator, start) in zip(indicators, starts) {
            let heading = "Indicator \(indicator.number) \(indicator.nameEn)"
            let page = Self.flattened(try PrintTests.text(pdf, page: start, layout: false))
            #expect(page.hasPrefix("\(Self.englishPlanTitle) · \(heading)"), "page \(start): \(page.prefix(160))")
            #expect(page.components(separatedBy: heading).count - 1 == 2, "page \(start) lacks the heading of indicator \(indicator.number)")
            let before = Self.flattened(try PrintTests.text(pdf, page: start - 1, layout: false))
            #expect(!before.contains(heading), "indicator \(indicator.number) starts before page \(start)")
        }

        // Every page but the cover: the English running header and "Page N of M" (the label page-numbers of en.yaml).
        for page in 2...pages {
            let text = Self.flattened(try PrintTests.text(pdf, page: page, layout: false))
            #expect(text.hasPrefix("\(Self.englishPlanTitle) · "), "page \(page): \(text.prefix(120))")
            #expect(text.contains("Page \(page) of \(pages)") && !text.contains("頁"), "page \(page)")
        }
    }
}
