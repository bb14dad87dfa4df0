import Foundation

/// The page each named destination of a PDF lands on, read from the PDF itself.
///
/// Chromium has no CSS `target-counter()`, so a table of contents cannot number itself. But for
/// every element that a link of the document points at (`<a href="#indicator-1">`), Chromium's PDF
/// writer (Skia) records a named destination in the catalog's `/Dests` dictionary:
/// `/indicator-1 [12 0 R /XYZ 36 770 0]`, where `12 0 R` is the page object. The page's position
/// in the page tree (`/Pages` → `/Kids`, nested) is its page number. Skia writes these
/// dictionaries uncompressed; only the content streams are compressed.
enum PDFDestinations {
    /// Page numbers (1-based) by destination name; empty when the PDF has no `/Dests`.
    static func pageNumbers(in pdf: Data) -> [String: Int] {
        // ISO Latin 1 maps every byte to one character, so offsets and binary streams survive.
        guard let text = String(data: pdf, encoding: .isoLatin1) else { return [:] }
        let objects = dictionaries(text)
        guard let catalog = objects.values.first(where: { $0.contains("/Type /Catalog") }),
              let root = reference(after: "/Pages", in: catalog) else { return [:] }
        var pages: [Int: Int] = [:]
        var count = 0
        func walk(_ number: Int, depth: Int) {
            guard depth < 64, let object = objects[number] else { return }
            if object.range(of: "/Type\\s*/Pages\\b", options: .regularExpression) != nil {
                for kid in references(in: array(after: "/Kids", in: object) ?? "") { walk(kid, depth: depth + 1) }
            } else if object.range(of: "/Type\\s*/Page\\b", options: .regularExpression) != nil {
                count += 1
                pages[number] = count
            }
        }
        walk(root, depth: 0)

        guard let destsNumber = reference(after: "/Dests", in: catalog), let dests = objects[destsNumber] else { return [:] }
        var result: [String: Int] = [:]
        let entry = try! NSRegularExpression(pattern: "/([^\\s/\\[\\]<>()%]+)\\s*\\[\\s*(\\d+)\\s+\\d+\\s+R")
        for match in entry.matches(in: dests, range: NSRange(dests.startIndex..., in: dests)) {
            guard let nameRange = Range(match.range(at: 1), in: dests), let pageRange = Range(match.range(at: 2), in: dests),
                  let object = Int(dests[pageRange]), let page = pages[object] else { continue }
            result[decodeName(String(dests[nameRange]))] = page
        }
        return result
    }

    /// Each object's dictionary text (`N 0 obj << … >>`, cut before its stream), by object number.
    private static func dictionaries(_ text: String) -> [Int: String] {
        let start = try! NSRegularExpression(pattern: "(?:^|[\\r\\n])(\\d+) 0 obj\\b")
        var result: [Int: String] = [:]
        let matches = start.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for (index, match) in matches.enumerated() {
            guard let numberRange = Range(match.range(at: 1), in: text), let number = Int(text[numberRange]),
                  let bodyStart = Range(match.range, in: text)?.upperBound else { continue }
            let limit = index + 1 < matches.count ? (Range(matches[index + 1].range, in: text)?.lowerBound ?? text.endIndex) : text.endIndex
            var body = text[bodyStart..<limit]
            if let stream = body.range(of: "stream") { body = body[..<stream.lowerBound] }
            if let end = body.range(of: "endobj") { body = body[..<end.lowerBound] }
            result[number] = String(body)
        }
        return result
    }

    private static func reference(after key: String, in object: String) -> Int? {
        guard let range = object.range(of: "\(key)\\s+(\\d+)\\s+\\d+\\s+R", options: .regularExpression) else { return nil }
        return references(in: String(object[range])).first
    }

    private static func array(after key: String, in object: String) -> String? {
        guard let range = object.range(of: "\(key)\\s*\\[[^\\]]*\\]", options: .regularExpression) else { return nil }
        return String(object[range])
    }

    private static func references(in text: String) -> [Int] {
        let pattern = try! NSRegularExpression(pattern: "(\\d+)\\s+\\d+\\s+R")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).flatMap { Int(text[$0]) }
        }
    }

    /// A PDF name's `#xx` escapes decoded (`/a#2Db` is `a-b`).
    private static func decodeName(_ name: String) -> String {
        guard name.contains("#") else { return name }
        var bytes: [UInt8] = []
        var index = name.startIndex
        while index < name.endIndex {
            let character = name[index]
            if character == "#", let end = name.index(index, offsetBy: 3, limitedBy: name.endIndex),
               let byte = UInt8(name[name.index(after: index)..<end], radix: 16) {
                bytes.append(byte)
                index = end
            } else {
                bytes.append(contentsOf: Array(String(character).utf8))
                index = name.index(after: index)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
