import FolioCore
import FolioTestSupport
import Foundation
import Testing

/// Issue 12: on the English committee pages every figure line, total, count reason and claim reason
/// reads in English; the only Chinese left in them is school or rulebook data, marked `lang="zh-Hant"`.
@Suite struct EnglishFigurePagesTests {
    @Test func englishDossierPagesWordFiguresInEnglish() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try Tools.run(Tools.folio.path, ["build", "--output", "site-en", "--language", "en"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        // Every English page of the committee tree, wherever the build puts it.
        let pages = workspace.snapshot("site-en").filter { $0.key.hasPrefix("committee/") && $0.key.hasSuffix(".html") }
            .map { (path: $0.key, html: String(decoding: $0.value, as: UTF8.self)) }
            .filter { $0.html.contains("<html lang=\"en\"") && $0.html.contains("class=\"figure-line\"") }
        #expect(pages.count >= 4, "the four example dossiers")
        var checked = 0
        for page in pages {
            for piece in Self.pieces(of: page.html) {
                let unmarked = piece.replacingOccurrences(of: #"<span lang="zh-Hant">[^<]*</span>"#, with: "", options: .regularExpression)
                #expect(!unmarked.containsCJK, "\(page.path): \(piece)")
                checked += 1
            }
        }
        // 4 dossiers, each with dozens of figure lines.
        #expect(checked > 200)
        let lin = try #require(pages.first { $0.path.hasSuffix("lin-yijun.html") }?.html)
        // R-R9: 12 counted papers out of 13, 619 points.
        #expect(lin.contains("12 papers counted, 619 points in total") || lin.contains("Research score = papers 619 + undergraduate projects 20 + patents 15"))
        #expect(lin.contains("Ranked 1: counted (at most 15 papers count)"))
    }

    /// The engine's words on a page: each figure line's text before its rule ids, each total, each count reason.
    static func pieces(of html: String) -> [String] {
        let patterns = [#"<li class="figure-line">(.*?)<span class="rule">"#, #"<p class="figure-total">(.*?)<span class="rule">"#,
                        #"<span class="count-reason">(.*?)</span></td>"#, #"<span class="claim-reason">(.*?)</span>"#]
        return patterns.flatMap { pattern -> [String] in
            let regex = try! NSRegularExpression(pattern: pattern)
            return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
                Range(match.range(at: 1), in: html).map { String(html[$0]) }
            }
        }
    }
}
