import Foundation

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
        // The scan reads the string's own buffer and notes where links go; the page is then put
        // together from pieces of itself, which need no new UTF-8 check. Copying the page into an
        // array, scanning it through slices and decoding the result was a thirtieth of a
        // dossier-heavy build (issue 15).
        var buffer = body
        let links = buffer.withUTF8 { bytes in ruleIDLinks(bytes, root: root, docs: docs) }
        guard !links.isEmpty else { return body }
        let utf8 = body.utf8
        func piece(_ from: Int, _ to: Int) -> Substring {
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
        }
        var result = ""
        result.reserveCapacity(utf8.count + links.count * 96)
        var last = 0
        for link in links {
            result += piece(last, link.id.lowerBound)
            result += link.html
            last = link.id.upperBound
        }
        result += piece(last, utf8.count)
        return result
    }

    /// Each rule id the docs have an anchor for, inside a rule span, with the link that replaces it.
    private static func ruleIDLinks(_ bytes: UnsafeBufferPointer<UInt8>, root: String, docs: DocsSet) -> [(id: Range<Int>, html: String)] {
        var links: [(id: Range<Int>, html: String)] = []
        // A dossier page shows a few dozen distinct ids hundreds of times: each id's link is made
        // once (nil: the docs have no anchor for it). Making each again was a thirtieth of a
        // dossier-heavy build (issue 15).
        var made: [String: String?] = [:]
        var index = 0
        let openers = Self.openers
        while let start = bytes.firstIndex(of: UInt8(ascii: "<"), from: index) {
            index = start + 1
            // Most tags are neither opener: the byte after '<' rules them out without a comparison.
            guard index < bytes.count, openers.contains(where: { $0.open[1] == bytes[index] }),
                  let opener = openers.first(where: { matches($0.open, in: bytes, at: start) }) else { continue }
            let innerStart = start + opener.open.count
            let innerEnd = bytes.firstIndex(of: UInt8(ascii: "<"), from: innerStart) ?? bytes.count
            guard matches(opener.close, in: bytes, at: innerEnd) else { continue }
            linkIDs(bytes, innerStart..<innerEnd, root: root, docs: docs, made: &made, into: &links)
            index = innerEnd + opener.close.count
        }
        return links
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + pattern.count <= bytes.count, let base = bytes.baseAddress else { return false }
        return pattern.withUnsafeBufferPointer { memcmp(base + start, $0.baseAddress!, pattern.count) == 0 }
    }

    private static func linkIDs(_ bytes: UnsafeBufferPointer<UInt8>, _ inner: Range<Int>, root: String, docs: DocsSet,
                                made: inout [String: String?], into links: inout [(id: Range<Int>, html: String)]) {
        let text = bytes[inner]
        var index = text.startIndex
        while index < text.endIndex {
            guard index == text.startIndex || !isIDCharacter(text[index - 1]), let end = idEnd(text, from: index) else {
                index += 1
                continue
            }
            let name = String(decoding: text[index..<end], as: UTF8.self)
            let link: String?
            if let known = made[name] {
                link = known
            } else {
                link = self.link(name, root: root, docs: docs)
                made[name] = link
            }
            if let link { links.append((index..<end, link)) }
            index = end
        }
    }

    /// The link to a rule id's place in the docs; nil when the docs have no anchor for it.
    private static func link(_ name: String, root: String, docs: DocsSet) -> String? {
        let doc = doc(of: name)
        guard docs.anchors[doc]?.contains(name) == true else { return nil }
        return "<a href=\"\(root)\(DocsPages.folder)/\(DocsMarkdown.page(of: doc))#\(name)\">\(name)</a>"
    }

    /// Where a rule id (`R-` capitals and digits, or `I-` digits) that starts at `start` ends, when
    /// it is followed by no letter, digit or '-'.
    private static func idEnd(_ text: Slice<UnsafeBufferPointer<UInt8>>, from start: Int) -> Int? {
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
