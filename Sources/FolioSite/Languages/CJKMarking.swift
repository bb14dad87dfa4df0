import Foundation

/// Marks the Chinese in HTML shown on a page of another language: each run of CJK text (ideographs
/// and CJK punctuation, with the digits, spaces and ASCII punctuation between them) of the text
/// between tags goes inside `<span lang="zh-Hant">`, so screen readers and translation tools know
/// it for Chinese (WCAG 3.1.2). The docs are written in both languages by design ("# 升等及新聘計分
///規則 Promotion and hiring rules"); this is how their English pages say which is which.
enum CJKMarking {
    private static let cjk = "[\\x{3000}-\\x{303F}\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{FF00}-\\x{FFEF}\\x{20000}-\\x{2FA1F}]"
    private static let run = try! NSRegularExpression(pattern: "\(cjk)+(?:[\\s0-9.,:;/%\\-–—~+=×#()\\[\\]]*\(cjk)+)*")

    /// The HTML with every CJK run of its text marked; tags and attribute values are left as they are.
    static func mark(_ html: String) -> String {
        guard html.containsCJK else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + html.utf8.count / 4)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            result += markText(rest[..<open])
            let close = rest[open...].firstIndex(of: ">").map { rest.index(after: $0) } ?? rest.endIndex
            result += rest[open..<close]
            rest = rest[close...]
        }
        return result + markText(rest)
    }

    private static func markText(_ text: Substring) -> String {
        let string = String(text)
        guard string.containsCJK else { return string }
        let whole = NSRange(string.startIndex..., in: string)
        return run.stringByReplacingMatches(in: string, range: whole, withTemplate: "<span lang=\"zh-Hant\">$0</span>")
    }

    /// The text without its Chinese, for a bilingual title on an English page ("升等及新聘計分規則
    /// Promotion and hiring rules" → "Promotion and hiring rules"); the whole text when nothing else is left.
    static func withoutCJK(_ text: String) -> String {
        let whole = NSRange(text.startIndex..., in: text)
        let stripped = run.stringByReplacingMatches(in: text, range: whole, withTemplate: "")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return stripped.isEmpty ? text : stripped
    }
}
