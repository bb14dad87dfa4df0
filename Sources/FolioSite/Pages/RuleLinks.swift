import Foundation

/// Every rule id a committee page shows (`<span class="rule">R-R1 · I-11</span>`, or a
/// `<td class="rule">`, the templates' mark for rule ids) links to its
/// place in the published docs: `R-…` in promotion-rules, `I-…` in interpretations. Only an id
/// the docs have an anchor for is linked; the docs' anchors are read from the bundled docs.
enum RuleLinks {
    static let spanPattern = try! NSRegularExpression(pattern: #"<(span|td) class="rule">([^<]*)</\1>"#)
    static let idPattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9-])(R-[A-Z]+[0-9]+|I-[0-9]+)(?![A-Za-z0-9-])"#)

    /// The doc each kind of rule id is in.
    static func doc(of id: String) -> String { id.hasPrefix("I-") ? "interpretations.md" : "promotion-rules.md" }

    /// `body` with each known rule id inside a rule span made a link; `root` leads to the tree's top.
    static func link(_ body: String, root: String, docs: DocsSet) -> String {
        let range = NSRange(body.startIndex..., in: body)
        var result = ""
        var last = body.startIndex
        for match in spanPattern.matches(in: body, range: range) {
            guard let inner = Range(match.range(at: 2), in: body) else { continue }
            result += body[last..<inner.lowerBound]
            let text = String(body[inner])
            var linked = ""
            var at = text.startIndex
            for id in idPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let span = Range(id.range, in: text) else { continue }
                let name = String(text[span])
                let doc = doc(of: name)
                linked += text[at..<span.lowerBound]
                if docs.anchors[doc]?.contains(name) == true {
                    linked += "<a href=\"\(root)\(DocsPages.folder)/\(DocsMarkdown.page(of: doc))#\(name)\">\(name)</a>"
                } else {
                    linked += name
                }
                at = span.upperBound
            }
            result += linked + text[at...]
            last = inner.upperBound
        }
        return result + body[last...]
    }
}
