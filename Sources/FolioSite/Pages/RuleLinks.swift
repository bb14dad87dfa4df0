/// Every rule id a committee page shows (`<span class="rule">R-R1 · I-11</span>`, or a
/// `<td class="rule">`, the templates' mark for rule ids) links to its
/// place in the published docs: `R-…` in promotion-rules, `I-…` in interpretations. Only an id
/// the docs have an anchor for is linked; the docs' anchors are read from the bundled docs.
///
/// The page is scanned once as bytes (a dossier page is about 95 KB and shows hundreds of ids).
/// It finds what the patterns `<(span|td) class="rule">([^<]*)</\1>` and, inside one,
/// `(?<![A-Za-z0-9-])(R-[A-Z]+[0-9]+|I-[0-9]+)(?![A-Za-z0-9-])` would (`RuleLinksTests`).
enum RuleLinks {
    /// The doc each kind of rule id is in.
    static func doc(of id: String) -> String { id.hasPrefix("I-") ? "interpretations.md" : "promotion-rules.md" }

    private static let openers: [(open: [UInt8], close: [UInt8])] = [
        (Array(#"<span class="rule">"#.utf8), Array("</span>".utf8)),
        (Array(#"<td class="rule">"#.utf8), Array("</td>".utf8)),
    ]

    /// `body` with each known rule id inside a rule span made a link; `root` leads to the tree's top.
    static func link(_ body: String, root: String, docs: DocsSet) -> String {
        let bytes = Array(body.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        var last = 0
        var index = 0
        while let start = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = start + 1
            guard let opener = openers.first(where: { bytes[start...].starts(with: $0.open) }) else { continue }
            let innerStart = start + opener.open.count
            let innerEnd = bytes[innerStart...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
            guard bytes[innerEnd...].starts(with: opener.close) else { continue }
            result += bytes[last..<innerStart]
            linkIDs(bytes[innerStart..<innerEnd], root: root, docs: docs, into: &result)
            last = innerEnd
            index = innerEnd + opener.close.count
        }
        guard last > 0 else { return body }
        result += bytes[last...]
        return String(decoding: result, as: UTF8.self)
    }

    private static func linkIDs(_ text: ArraySlice<UInt8>, root: String, docs: DocsSet, into result: inout [UInt8]) {
        var last = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            guard index == text.startIndex || !isIDCharacter(text[index - 1]), let end = idEnd(text, from: index) else {
                index += 1
                continue
            }
            let name = String(decoding: text[index..<end], as: UTF8.self)
            let doc = doc(of: name)
            result += text[last..<index]
            if docs.anchors[doc]?.contains(name) == true {
                result += Array("<a href=\"\(root)\(DocsPages.folder)/\(DocsMarkdown.page(of: doc))#\(name)\">\(name)</a>".utf8)
            } else {
                result += text[index..<end]
            }
            last = end
            index = end
        }
        result += text[last...]
    }

    /// Where a rule id (`R-` capitals and digits, or `I-` digits) that starts at `start` ends, when
    /// it is followed by no letter, digit or '-'.
    private static func idEnd(_ text: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard start + 2 < text.endIndex, text[start + 1] == UInt8(ascii: "-") else { return nil }
        var index = start + 2
        switch text[start] {
        case UInt8(ascii: "R"):
            let letters = index
            while index < text.endIndex, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(text[index]) { index += 1 }
            guard index > letters else { return nil }
        case UInt8(ascii: "I"): break
        default: return nil
        }
        let digits = index
        while index < text.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[index]) { index += 1 }
        guard index > digits, index == text.endIndex || !isIDCharacter(text[index]) else { return nil }
        return index
    }

    private static func isIDCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): true
        default: false
        }
    }
}
