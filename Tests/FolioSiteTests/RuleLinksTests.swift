import Foundation
import FolioTestSupport
import Testing
@testable import FolioSite

/// The byte scanner links exactly what the two regular expressions it replaced found.
@Suite struct RuleLinksTests {
    let docs = DocsSet(texts: [:], anchors: ["promotion-rules.md": ["R-R1", "R-T12", "R-C1"], "interpretations.md": ["I-11", "I-3"]])

    /// The regular-expression version, kept here as the statement of what must be linked.
    func reference(_ body: String, root: String) -> String {
        let spanPattern = try! NSRegularExpression(pattern: #"<(span|td) class="rule">([^<]*)</\1>"#)
        let idPattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9-])(R-[A-Z]+[0-9]+|I-[0-9]+)(?![A-Za-z0-9-])"#)
        var result = ""
        var last = body.startIndex
        for match in spanPattern.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
            guard let inner = Range(match.range(at: 2), in: body) else { continue }
            result += body[last..<inner.lowerBound]
            let text = String(body[inner])
            var at = text.startIndex
            for id in idPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let span = Range(id.range, in: text) else { continue }
                let name = String(text[span])
                let doc = RuleLinks.doc(of: name)
                result += text[at..<span.lowerBound]
                result += docs.anchors[doc]?.contains(name) == true
                    ? "<a href=\"\(root)\(DocsPages.folder)/\(DocsMarkdown.page(of: doc))#\(name)\">\(name)</a>" : name
                at = span.upperBound
            }
            result += text[at...]
            last = inner.upperBound
        }
        return result + body[last...]
    }

    @Test func linksKnownIDsInsideRuleMarksOnly() {
        let body = #"<p>R-R1</p><span class="rule">R-R1 · I-11 · R-X9</span><td class="rule">R-T12, I-3x</td><span class="rule">R-C1</td>"#
        // R-R1 outside a mark stays; R-X9 has no anchor; I-3x runs on into a letter; the last mark closes with the wrong tag.
        #expect(RuleLinks.link(body, root: "../") == #"<p>R-R1</p><span class="rule"><a href="../docs/promotion-rules.html#R-R1">R-R1</a> · <a href="../docs/interpretations.html#I-11">I-11</a> · R-X9</span><td class="rule"><a href="../docs/promotion-rules.html#R-T12">R-T12</a>, I-3x</td><span class="rule">R-C1</td>"#)
    }

    @Test func agreesWithTheRegularExpressionsOnRandomPages() {
        var random = SeededGenerator(seed: 1206)
        let pieces = [#"<span class="rule">"#, #"<td class="rule">"#, "</span>", "</td>", "<", "R-R1", "R-T12", "I-11", "I-3", "R-", "I-",
                      "R-C", "1", "x", "-", " · ", "林", "R-X9", "<b>", "é"]
        for _ in 0..<3000 {
            let body = (0..<random.next(below: 14)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            #expect(RuleLinks.link(body, root: "../../", docs: docs) == reference(body, root: "../../"), "\(body)")
        }
    }
}

extension RuleLinks {
    static func link(_ body: String, root: String) -> String {
        link(body, root: root, docs: DocsSet(texts: [:], anchors: ["promotion-rules.md": ["R-R1", "R-T12", "R-C1"], "interpretations.md": ["I-11", "I-3"]]))
    }
}

/// Links between the docs are made pages' links in one pass, as the per-doc replacements did.
@Suite struct DocsLinkTests {
    let docs = ["README.md", "promotion-rules.md", "interpretations.md", "rules.md"]

    func reference(_ html: String) -> String {
        docs.reduce(html) { html, doc in
            html.replacingOccurrences(of: "href=\"\(doc)#", with: "href=\"\(DocsMarkdown.page(of: doc))#")
                .replacingOccurrences(of: "href=\"\(doc)\"", with: "href=\"\(DocsMarkdown.page(of: doc))\"")
        }
    }

    @Test func linksDocsToTheirPages() {
        let html = #"<a href="promotion-rules.md#R-T3">R-T3</a> <a href="README.md">docs</a> <a href="rules.md.bak">x</a> href="other.md#a""#
        // README.md is the index page; a name that goes on (rules.md.bak) or no doc (other.md) stays.
        #expect(DocsMarkdown.linkingPages(html, docs: docs)
                == #"<a href="promotion-rules.html#R-T3">R-T3</a> <a href="index.html">docs</a> <a href="rules.md.bak">x</a> href="other.md#a""#)
    }

    @Test func agreesWithReplacingEachDocOnRandomHTML() {
        var random = SeededGenerator(seed: 36)
        let pieces = ["href=\"", "promotion-rules.md", "rules.md", "README.md", "#", "\"", "h", "ref", "林", " ", ".md", "interpretations.md"]
        for _ in 0..<3000 {
            let html = (0..<random.next(below: 12)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            #expect(DocsMarkdown.linkingPages(html, docs: docs) == reference(html), "\(html)")
        }
    }
}
