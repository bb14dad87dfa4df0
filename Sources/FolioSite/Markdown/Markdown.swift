import CMark
import Foundation

/// CommonMark to HTML through libcmark, in its safe mode: raw HTML and `javascript:` links
/// are omitted, so a narrative can never inject a script into a page.
public enum Markdown {
    /// `headingsBelow` is the level of the heading the text sits under on its page (1 under the
    /// page's `<h1>`, 2 under a section's `<h2>`): the text's `#` becomes one level below it, so a
    /// page keeps one `<h1>` and its outline.
    public static func html(_ markdown: String, headingsBelow level: Int = 0) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART
        guard let document = markdown.withCString({ cmark_parse_document($0, strlen($0), options) }) else { return "" }
        defer { cmark_node_free(document) }
        joinCJKLineBreaks(in: document)
        if level > 0 { shiftHeadings(in: document, by: level) }
        guard let buffer = cmark_render_html(document, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    static func shiftHeadings(in document: OpaquePointer, by shift: Int) {
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + Int32(shift)))
        }
    }

    /// Removes a soft line break that stands between two CJK characters. Chinese has no spaces
    /// between words, so a line wrapped mid-sentence in the source must not become a space on the page.
    static func joinCJKLineBreaks(in document: OpaquePointer) {
        var softBreaks: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK else { continue }
            softBreaks.append(node)
        }
        for node in softBreaks {
            guard let before = lastCharacter(before: node), let after = firstCharacter(after: node),
                  before.isCJK, after.isCJK else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private static func lastCharacter(before node: OpaquePointer) -> Unicode.Scalar? {
        var current = cmark_node_previous(node)
        while let candidate = current {
            if let literal = literalText(candidate) { return literal.unicodeScalars.last }
            current = cmark_node_last_child(candidate)
        }
        return nil
    }

    private static func firstCharacter(after node: OpaquePointer) -> Unicode.Scalar? {
        var current = cmark_node_next(node)
        while let candidate = current {
            if let literal = literalText(candidate) { return literal.unicodeScalars.first }
            current = cmark_node_first_child(candidate)
        }
        return nil
    }

    /// The text of a text or code node; nil for containers (emphasis, links), whose children are searched.
    private static func literalText(_ node: OpaquePointer) -> String? {
        let type = cmark_node_get_type(node)
        guard type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let pointer = cmark_node_get_literal(node) else { return nil }
        let text = String(cString: pointer)
        return text.isEmpty ? nil : text
    }
}

extension Unicode.Scalar {
    /// Han ideographs, kana, bopomofo, CJK and full-width punctuation: the scripts written without spaces.
    var isCJK: Bool {
        switch value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x31A0...0x31BF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }
}
