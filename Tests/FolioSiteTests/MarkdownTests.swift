import Testing
@testable import FolioSite

@Suite struct MarkdownTests {
    @Test func rawHTMLAndScriptsNeverReachThePage() {
        let html = Markdown.html("""
        本校推動**實作教學**。

        <script>alert('x')</script>

        段落內 <img src=x onerror=alert(1)> 圖片，[連結](javascript:alert(1))。
        """)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<strong>實作教學</strong>"))
    }

    @Test func softBreakBetweenCJKCharactersDisappears() {
        // "本校" + soft break + "推動" must read 本校推動, not 本校 推動.
        #expect(Markdown.html("本校\n推動實作教學。") == "<p>本校推動實作教學。</p>\n")
        // Full-width punctuation counts as CJK too.
        #expect(Markdown.html("完成研習，\n並回饋教學。") == "<p>完成研習，並回饋教學。</p>\n")
    }

    @Test func softBreakInsideEmphasisBetweenCJKDisappears() {
        #expect(Markdown.html("**教學\n創新**") == "<p><strong>教學創新</strong></p>\n")
        #expect(Markdown.html("推動*教學*\n創新") == "<p>推動<em>教學</em>創新</p>\n")
    }

    @Test func softBreakBetweenLatinWordsIsKept() {
        #expect(Markdown.html("English\nwords") == "<p>English\nwords</p>\n")
        // Between a Chinese and a Latin word the break stays (a browser shows a space there).
        #expect(Markdown.html("採用 PBL\n教學") == "<p>採用 PBL\n教學</p>\n")
    }

    @Test func listsAndHeadingsRender() {
        let html = Markdown.html("### 具體作法\n\n- 第一項\n- 第二項\n")
        #expect(html == "<h3>具體作法</h3>\n<ul>\n<li>第一項</li>\n<li>第二項</li>\n</ul>\n")
    }
}
