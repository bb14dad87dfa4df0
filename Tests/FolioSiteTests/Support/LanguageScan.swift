import Foundation

/// Finds the Chinese an English page shows unmarked: every CJK character of the page's text and
/// of its attributes people read (title, alt, aria-label, content, placeholders…) that is not
/// inside an element marked `lang="zh-Hant"` (the page's `<html lang>` counts too).
///
/// A small HTML walker: tags with their attributes, void elements, comments, `<script>` and
/// `<style>` as raw text (a style's running header is text a printed page shows), character
/// references decoded. A mismatched end tag closes the elements up to its own, as browsers do.
struct LanguageScan {
    struct Finding: CustomStringConvertible {
        var context: String
        var snippet: String
        var count: Int
        var description: String { "\(count)× in \(context): \(snippet)" }
    }

    /// Attributes that hold addresses or names for machines, never text for a reader.
    static let machineAttributes: Set<String> = ["href", "src", "action", "id", "for", "name", "class", "lang", "hreflang",
                                                 "datetime", "data-bundle", "rel", "type", "media", "style", "aria-labelledby",
                                                 "aria-describedby", "headers", "xmlns", "viewBox", "d", "points", "transform"]
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    static func cjkCount(_ text: String) -> Int { text.unicodeScalars.filter(isCJK).count }

    /// The unmarked Chinese of an HTML page.
    static func html(_ page: String) -> [Finding] {
        var findings: [Finding] = []
        // Each open element with the language in force inside it.
        var stack: [(name: String, lang: String?)] = []
        var language: String? { stack.last?.lang }
        func check(_ text: String, _ context: String, lang: String?) {
            let decoded = decodeReferences(text)
            let count = cjkCount(decoded)
            guard count > 0, lang?.lowercased() != "zh-hant" else { return }
            findings.append(Finding(context: context, snippet: String(decoded.trimmingCharacters(in: .whitespacesAndNewlines).prefix(80)), count: count))
        }
        var rest = Substring(page)
        while let open = rest.firstIndex(of: "<") {
            check(String(rest[..<open]), "<\(stack.last?.name ?? "document")>", lang: language)
            let afterOpen = rest.index(after: open)
            if rest[afterOpen...].hasPrefix("!--") {
                let end = rest[afterOpen...].range(of: "-->")?.upperBound ?? rest.endIndex
                rest = rest[end...]
                continue
            }
            let close = rest[open...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[afterOpen..<close]
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[close...]
            if tag.hasPrefix("!") || tag.hasPrefix("?") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
                if let index = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(index...) }
                continue
            }
            let (name, attributes) = parseTag(tag)
            let lang = attributes.first { $0.name == "lang" }?.value ?? language
            for attribute in attributes where !machineAttributes.contains(attribute.name) {
                check(attribute.value, "<\(name) \(attribute.name)>", lang: lang)
            }
            if name == "script" || name == "style" {
                let end = rest.range(of: "</\(name)", options: .caseInsensitive)?.lowerBound ?? rest.endIndex
                if name == "style" { check(String(rest[..<end]), "<style>", lang: lang) }
                rest = rest[end...]
                continue
            }
            if !voidElements.contains(name) && !tag.hasSuffix("/") { stack.append((name, lang)) }
        }
        check(String(rest), "<document>", lang: language)
        return findings
    }

    /// The fields of the open data that hold the Chinese original, as docs/open-data.schema.json
    /// declares: a data file states a text's language by its field (`name` beside `name_en`), as a
    /// page does with `lang`. Everything else, the `_en` twins included, must hold no Chinese.
    static let chineseDataFields: Set<String> = ["name", "unit", "responsible_unit", "indicator_name", "measure_name", "title", "phase"]

    /// The Chinese of an open-data JSON file outside its Chinese fields.
    static func dataJSON(_ contents: String) -> [Finding] {
        guard let data = contents.data(using: .utf8), let root = try? JSONSerialization.jsonObject(with: data) else { return text(contents) }
        var findings: [Finding] = []
        func walk(_ value: Any, key: String?, path: String) {
            if let object = value as? [String: Any] {
                for (name, child) in object.sorted(by: { $0.key < $1.key }) { walk(child, key: name, path: path + "." + name) }
            } else if let array = value as? [Any] {
                for (index, child) in array.enumerated() { walk(child, key: key, path: "\(path)[\(index)]") }
            } else if let string = value as? String, !chineseDataFields.contains(key ?? ""), cjkCount(string) > 0 {
                findings.append(Finding(context: path, snippet: String(string.prefix(80)), count: cjkCount(string)))
            }
        }
        walk(root, key: nil, path: "$")
        return findings
    }

    /// The Chinese of an open-data CSV file outside its Chinese columns (a cell holds no line break there).
    static func dataCSV(_ contents: String) -> [Finding] {
        let lines = contents.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
        var findings: [Finding] = []
        for (index, line) in lines.enumerated().dropFirst() {
            for (column, cell) in csvCells(line).enumerated() where column < header.count && !chineseDataFields.contains(header[column]) {
                let count = cjkCount(cell)
                if count > 0 { findings.append(Finding(context: "line \(index + 1) column \(header[column])", snippet: String(cell.prefix(80)), count: count)) }
            }
        }
        return findings
    }

    private static func csvCells(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" { if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false } }
                else { cell.append(character) }
            } else if character == "\"" { quoted = true }
            else if character == "," { cells.append(cell); cell = "" }
            else { cell.append(character) }
        }
        return cells + [cell]
    }

    /// The Chinese of a file that cannot mark its language (JSON, CSV, XML, text): every CJK character counts.
    static func text(_ contents: String) -> [Finding] {
        contents.split(separator: "\n").enumerated().compactMap { index, line in
            let count = cjkCount(String(line))
            return count == 0 ? nil : Finding(context: "line \(index + 1)", snippet: String(line.prefix(80)), count: count)
        }
    }

    private static func parseTag(_ tag: Substring) -> (String, [(name: String, value: String)]) {
        var rest = tag.drop { $0 == " " }
        let name = String(rest.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
        rest = rest.dropFirst(name.count)
        var attributes: [(String, String)] = []
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            guard !rest.isEmpty else { break }
            let attribute = String(rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }).lowercased()
            rest = rest.dropFirst(attribute.count).drop { $0.isWhitespace }
            guard rest.first == "=" else { attributes.append((attribute, "")); if attribute.isEmpty { rest = rest.dropFirst() }; continue }
            rest = rest.dropFirst().drop { $0.isWhitespace }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let body = rest.dropFirst()
                let end = body.firstIndex(of: quote) ?? body.endIndex
                attributes.append((attribute, String(body[..<end])))
                rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
            } else {
                let value = rest.prefix { !$0.isWhitespace }
                attributes.append((attribute, String(value)))
                rest = rest.dropFirst(value.count)
            }
        }
        return (name, attributes)
    }

    /// Numeric character references decoded (`&#x4E2D;` is 中), so none hides a character.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&#") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.range(of: "&#") {
            result += rest[..<amp.lowerBound]
            let body = rest[amp.upperBound...]
            guard let semicolon = body.firstIndex(of: ";") else { result += "&#"; rest = body; continue }
            let number = body[..<semicolon]
            let value = number.hasPrefix("x") || number.hasPrefix("X") ? UInt32(number.dropFirst(), radix: 16) : UInt32(number)
            if let value, let scalar = Unicode.Scalar(value) { result.unicodeScalars.append(scalar) } else { result += "&#" + number + ";" }
            rest = body[body.index(after: semicolon)...]
        }
        return result + rest
    }
}
