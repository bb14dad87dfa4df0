import FolioCore
import FolioTestSupport
import Foundation
import Testing

/// Issue 12: built with `--language en`, the committee's requirements, dockets and minutes read in
/// English; the only Chinese left in them is school data (names, departments, titles, meetings),
/// marked `lang="zh-Hant"`.
@Suite struct EnglishCommitteePagesTests {
    /// The page's text outside Chinese-marked elements, without attributes and without the source
    /// records (`<details class="source">`, the records as written).
    static func unmarkedText(_ html: String) -> String {
        var text = html
        for pattern in [#"(?s)<(span|div) lang="zh-Hant">.*?</\1>"#, #"(?s)<details class="source">.*?</details>"#, #"<[^>]*>"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    static func element(_ html: String, from start: String, to end: String) throws -> String {
        let from = try #require(html.range(of: start), "no \(start)")
        let to = try #require(html.range(of: end, range: from.upperBound..<html.endIndex), "no \(end) after \(start)")
        return String(html[from.lowerBound..<to.upperBound])
    }

    @Test func requirementsDocketsAndMinutesHoldNoUnmarkedChinese() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try Tools.run(Tools.folio.path, ["build", "--language", "en"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        let round = "site/committee/dossiers/115-1"

        // 陳志明, associate professor to professor, has 6 main papers, 2 in the top 40%: R-P3 (7, 3 in the top 40%)
        // is the closest alternative, 1 paper in the top 40% short.
        let chen = try workspace.read("\(round)/chen-zhiming.html")
        #expect(chen.contains("<h1><span lang=\"zh-Hant\">陳志明</span> <span class=\"dossier-move\">Promotion: Associate Professor → Professor</span></h1>"))
        #expect(chen.contains("1 more main paper in the top 40% (R-P3: 7 main papers, at least 3 of them in the top 40%)"))
        #expect(chen.contains("Paper conditions (Natural and Biomedical Sciences, Professor)"))
        // The printed running header names the application in English (the name stays as written).
        #expect(chen.contains("chen-zhiming (Department of Public Health), Promotion: Associate Professor → Professor · Review round 115-1"))
        for (name, html) in [("chen-zhiming", chen), ("lin-yijun", try workspace.read("\(round)/lin-yijun.html")),
                             ("huang-shufen", try workspace.read("\(round)/huang-shufen.html")), ("wu-jianhong", try workspace.read("\(round)/wu-jianhong.html"))] {
            for part in [try Self.element(html, from: "<h1>", to: "</h1>"), try Self.element(html, from: "<table class=\"checklist\">", to: "</table>")] {
                let text = Self.unmarkedText(part)
                #expect(!text.containsCJK, "\(name): \(text.filter { String($0).containsCJK })")
            }
        }

        let docket = try workspace.read("\(round)/index.html")
        #expect(docket.contains("4 applicants, 3 meeting every requirement"))
        let table = Self.unmarkedText(try Self.element(docket, from: "<table class=\"docket-table\"", to: "</table>"))
        #expect(!table.containsCJK, "docket: \(table.filter { String($0).containsCJK })")
        #expect(docket.contains("Department Faculty Evaluation Committee (first review)"))

        let minutes = try workspace.read("\(round)/minutes/college.html")
        let body = Self.unmarkedText(try Self.element(minutes, from: "<main", to: "</main>"))
        #expect(!body.containsCJK, "minutes: \(body.filter { String($0).containsCJK })")
        // Dates read the English way: ROC 115/11/10 is 10 Nov 2026 (115 + 1911).
        #expect(minutes.contains("10 Nov 2026"))
    }
}
