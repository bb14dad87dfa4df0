import FolioCore
import FolioPromotion
import FolioTestSupport
import Foundation
import Mustache
import Testing
@testable import FolioSite

/// Rendering dossier pages (issue 15) now words points, fills labels, names source files and
/// escapes template values on bytes instead of through Foundation and Characters. Each must give
/// exactly what the routine it replaced gave: the old routine is kept here as the reference, and
/// both are run on many seeded random inputs.
@Suite struct RenderingFastPathsTests {
    // MARK: Points

    /// `pointsText` before: rounded, then written by `NSDecimalNumber`.
    static func referencePoints(_ value: Decimal) -> String {
        let text = NSDecimalNumber(decimal: value.rounded(2)).stringValue
        return text == "-0" ? "0" : text
    }

    @Test func pointsAreWrittenAsNSDecimalNumberWroteThem() {
        // 25.615 rounds half away from zero to 25.62; 20.50 drops its zero; -0.001 rounds to 0, not -0.
        #expect(Decimal(string: "25.615")!.pointsText == "25.62")
        #expect(Decimal(string: "20.50")!.pointsText == "20.5")
        #expect(Decimal(string: "-0.001")!.pointsText == "0")
        #expect(Decimal(string: "300")!.pointsText == "300")
        #expect(Decimal(string: "0.05")!.pointsText == "0.05")
        // Written from hundredths (below ten billion) and by Foundation above: 1234567.8 → "1234567.8",
        // -0.05 → "-0.05", 12 × 10^9 → "12000000000", 9999999999.99 stays exact.
        #expect(Decimal(string: "1234567.80")!.pointsText == "1234567.8")
        #expect(Decimal(string: "-0.05")!.pointsText == "-0.05")
        #expect(Decimal(sign: .plus, exponent: 9, significand: 12).pointsText == "12000000000")
        #expect(Decimal(string: "9999999999.99")!.pointsText == "9999999999.99")
        var random = SeededGenerator(seed: 1502)
        for _ in 0..<20000 {
            // Mantissas up to 19 digits and exponents from -12 to 12, both signs; some sums and products.
            let digits = String(random.next() % (random.next(below: 2) == 0 ? 100_000 : UInt64.max / 2))
            let exponent = random.next(below: 25) - 12
            var value = Decimal(string: (random.next(below: 2) == 0 ? "-" : "") + digits + "e\(exponent)")!
            switch random.next(below: 4) {
            case 0: value = value * Decimal(string: "1.025")!
            case 1: value = value + Decimal(string: "0.333")!
            default: break
            }
            #expect(value.pointsText == Self.referencePoints(value), "\(value)")
        }
        #expect(Decimal.nan.pointsText == Self.referencePoints(.nan))
    }

    // MARK: Labels

    /// `Wording.fill` before: the template searched by Character and each placeholder split.
    static func referenceFill(_ template: String, _ parameters: [String: WordingValue], markup: Bool) -> String {
        func literal(_ text: Substring) -> String { markup ? HTMLText.escape(String(text)) : String(text) }
        func text(_ value: WordingValue) -> String {
            switch value {
            case .text(let text), .number(let text): markup ? HTMLText.escape(text) : text
            case .count(let count): String(count)
            default: "?"
            }
        }
        guard template.contains("{") else { return markup ? HTMLText.escape(template) : template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += literal(rest[..<open])
            // The one change made on purpose: a brace never closed is written once from there on.
            // It went on to write the text before it a second time ("ab{c" became "abab{c").
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let inside = rest[rest.index(after: open)..<close]
            let parts = inside.split(separator: ":", maxSplits: 1)
            if let name = parts.first, let value = parameters[String(name)] {
                if parts.count == 2 {
                    let forms = parts[1].split(separator: "|", omittingEmptySubsequences: false)
                    let one: Bool = switch value {
                    case .count(let count): count == 1
                    case .number(let text): text == "1"
                    default: false
                    }
                    result += literal(forms.count == 2 ? (one ? forms[0] : forms[1]) : parts[1])
                } else {
                    result += text(value)
                }
            } else {
                result += literal(rest[open...close])
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + literal(rest)
    }

    // MARK: Figures

    /// `Formatting.grouped` before: Foundation's `String(format:)`, then split, grouped and joined as Strings.
    static func referenceGrouped(_ value: Double, maxFractionDigits: Int, minFractionDigits: Int) -> String {
        let text = String(format: "%.\(maxFractionDigits)f", abs(value))
        let parts = text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var digits = parts.count > 1 ? String(parts[1]) : ""
        while digits.count > minFractionDigits && digits.hasSuffix("0") { digits.removeLast() }
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        let number = groups.joined(separator: ",") + (digits.isEmpty ? "" : ".\(digits)")
        let isZero = !number.contains { $0 != "0" && $0 != "," && $0 != "." }
        return value < 0 && !isZero ? "−\(number)" : number
    }

    @Test func figuresAreWrittenAsFoundationsFormatWroteThem() {
        // Worked: 1234567.891 at two decimals is 1,234,567.89; 0.125 rounds to even, 0.12; -0.004 shows
        // as 0 and takes no minus; 2.5 at no decimals is 2 (to even) and 3.5 is 4.
        #expect(Formatting.grouped(1_234_567.891, maxFractionDigits: 2) == "1,234,567.89")
        #expect(Formatting.grouped(0.125, maxFractionDigits: 2) == "0.12")
        #expect(Formatting.grouped(-0.004, maxFractionDigits: 2) == "0")
        #expect(Formatting.grouped(-1500, maxFractionDigits: 1, minFractionDigits: 1) == "−1,500.0")
        #expect(Formatting.grouped(2.5, maxFractionDigits: 0) == "2" && Formatting.grouped(3.5, maxFractionDigits: 0) == "4")
        var random = SeededGenerator(seed: 1505)
        var values: [Double] = [0, -0.0, .nan, -.nan, .infinity, -.infinity, 1e300, -1e301, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
                                0.5, 1.5, 0.005, 0.015, 999.995, 999_999.5, 1e15 + 0.5, 123_456_789_012.345]
        for _ in 0..<3000 {
            let magnitude = pow(10, Double(random.next(below: 16)) - 4)
            let fraction = Double(random.next(below: 1_000_000)) / 1_000_000
            values.append((random.next(below: 2) == 0 ? 1 : -1) * magnitude * fraction)
            // Values on a rounding boundary: n + 0.5 × 10^-d.
            values.append(Double(random.next(below: 100_000)) / 1000 + 0.0005)
        }
        for value in values {
            for decimals in [0, 1, 2, 3, 6] {
                #expect(FixedDecimals.text(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value) \(decimals)")
                let minimum = random.next(below: decimals + 1)
                #expect(Formatting.grouped(value, maxFractionDigits: decimals, minFractionDigits: minimum)
                        == Self.referenceGrouped(value, maxFractionDigits: decimals, minFractionDigits: minimum), "\(value) \(decimals) \(minimum)")
            }
        }
    }

    /// Open-data CSV fields are tested for quoting on bytes. The one change: a CRLF inside a field,
    /// one Character equal to neither "\r" nor "\n", went unquoted and split the record.
    @Test func openDataFieldsAreQuotedOnTheirBytes() {
        #expect(OpenDataCSV.quote("林怡君") == "林怡君")
        #expect(OpenDataCSV.quote("a,b") == "\"a,b\"")
        #expect(OpenDataCSV.quote("說 \"是\"") == "\"說 \"\"是\"\"\"")
        #expect(OpenDataCSV.quote("line\nbreak") == "\"line\nbreak\"")
        #expect(OpenDataCSV.quote("line\r\nbreak") == "\"line\r\nbreak\"")
        // A comma a combining mark extends is still a comma to a CSV reader.
        #expect(OpenDataCSV.quote("a,\u{301}b") == "\"a,\u{301}b\"")
    }

    @Test func labelsAreFilledAsTheCharacterSearchFilledThem() {
        let parameters: [String: WordingValue] = ["name": .text("林<怡>&君"), "n": .count(1), "rows": .count(2), "x": .number("1"),
                                                  "e\u{301}": .number("é")]
        // No lone combining mark: after a brace it made one Character with it, and the Character
        // search then missed the brace (see below).
        let pieces = ["{", "}", ":", "|", "name", "n", "rows", "x", "a", " ", "<", "&", "\"", "林", "e\u{301}", "👩‍🔬",
                      "{rows:row|rows}", "{n:row|rows}", "{name}", "{}", "{:x}", "{name:}", "{:}", "{x:one|other}", "{n:a|b|c}",
                      "{e\u{301}}", "{missing}", "\r\n"]
        // A Chinese page's labels: no span marks, so every value is escaped text.
        let wording = Wording(labels: ["k": ""], language: .zhHant)
        #expect(wording.fill("{rows} {rows:row|rows}, {n} {n:row|rows}", parameters) == "2 rows, 1 row")
        // The one difference: a combining mark right after a placeholder no longer hides its brace.
        #expect(wording.fill("{rows}\u{301}", parameters) == "2\u{301}")
        #expect(Self.referenceFill("{rows}\u{301}", parameters, markup: false) == "{rows}\u{301}")
        // A brace never closed: the text before it once, then the rest as written.
        #expect(wording.fill("ab {rows} c{d", parameters) == "ab 2 c{d")
        var random = SeededGenerator(seed: 1503)
        for _ in 0..<5000 {
            let template = (0..<random.next(below: 10)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            #expect(wording.fill(template, parameters) == Self.referenceFill(template, parameters, markup: false), "\(template.debugDescription)")
            let html = Wording(labels: ["k": template], language: .zhHant).html(key: "k", parameters)
            #expect(html == Self.referenceFill(template, parameters, markup: true), "\(template.debugDescription)")
        }
    }

    // MARK: Source files

    @Test func sourceFilesAreNamedAsURLNamedThem() {
        let pieces = ["content", "dossiers", "/", "/", "林怡君", "papers.csv", "dossier.yaml", ".", "..", " ", "e\u{301}", "a"]
        var random = SeededGenerator(seed: 1504)
        for _ in 0..<3000 {
            var file = (0..<random.next(below: 8)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            // Sources are files: the path never ends in "/" or names no file.
            while file.hasSuffix("/") { file.removeLast() }
            guard !file.isEmpty, file != ".", file != "..", !file.hasSuffix("/."), !file.hasSuffix("/..") else { continue }
            let location = SourceLocation(file: file, line: 7)
            #expect(location.shortFileAndLine == "\(URL(fileURLWithPath: file).lastPathComponent):7", "\(file.debugDescription)")
        }
    }

    // MARK: Template escaping

    /// swift-mustache 2.1.1's escaping: each Character looked up in a table.
    static func referenceEscape(_ text: String) -> String {
        let table: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]
        return text.map { table[$0] ?? String($0) }.joined()
    }

    /// The patched engine escapes `{{value}}` on bytes (Vendor/swift-mustache/FOLIO-PATCHES.md). It
    /// differs from the Character table only where a combining mark follows a special character,
    /// which it escapes too (the table left `<` + U+0338 as it was): safer, and tested here.
    @Test func templateValuesAreEscapedAsTheCharacterTableEscapedThem() throws {
        let template = try MustacheTemplate(string: "{{value}}|{{{value}}}|{{#value}}{{.}}{{/value}}")
        let pieces = ["<", ">", "&", "\"", "'", "a", "林", "e\u{301}", "👩‍🔬", "&amp;", " ", "\n", "\u{FEFF}", "/"]
        var random = SeededGenerator(seed: 1505)
        for _ in 0..<3000 {
            let value = (0..<random.next(below: 10)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let escaped = Self.referenceEscape(value)
            let expected = value.isEmpty ? "||" : "\(escaped)|\(value)|\(escaped)"
            #expect(template.render(["value": value]) == expected, "\(value.debugDescription)")
        }
        #expect(template.render(["value": "<\u{338}"]) == "&lt;\u{338}|<\u{338}|&lt;\u{338}")
    }

    /// Inside a section on a text, the text is the innermost object: `{{.}}` is the text, and any
    /// other name is found further down the stack, as upstream found it after reflecting the
    /// string and finding no children (patch 7).
    @Test func namesInsideASectionOnATextAreFoundInTheViewAround() throws {
        let template = try MustacheTemplate(string: "{{#date}}<time datetime=\"{{iso}}\">{{.}}</time>{{count}}{{/date}}|{{#missing}}x{{/missing}}")
        #expect(template.render(["date": "115/03/01", "iso": "2026-03-01", "count": 3] as [String: Any])
            == "<time datetime=\"2026-03-01\">115/03/01</time>3|")
        // A name the text cannot answer and no view holds renders nothing.
        #expect(template.render(["date": "x"] as [String: Any]) == "<time datetime=\"\">x</time>|")
    }

    // MARK: Sitemap escaping

    /// The sitemap's escaping before issue 15: five Foundation replacements, `&` first.
    static func referenceXMLEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&apos;")
    }

    @Test func sitemapAddressesAreEscapedAsTheFiveReplacementsEscapedThem() {
        let pieces = ["<", ">", "&", "\"", "'", "a", "/", "林", "e\u{301}", "&amp;", "?q=1", "%20", "👩‍🔬"]
        var random = SeededGenerator(seed: 1507)
        for _ in 0..<3000 {
            let value = (0..<random.next(below: 10)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            #expect(SiteFiles.escape(value) == Self.referenceXMLEscape(value), "\(value.debugDescription)")
        }
        // A worked case: 'a&b' → &apos;a&amp;b&apos; (XML's apostrophe, not HTML's &#39;).
        #expect(SiteFiles.escape("https://x.edu/?a=1&b='2'") == "https://x.edu/?a=1&amp;b=&apos;2&apos;")
    }

    /// A partial that starts an indented line indents each line it writes, and an empty token adds
    /// no indentation (patch 11 tests a token's output with `isEmpty`, not by counting Characters).
    @Test func anIndentedPartialIndentsEachLineItWrites() throws {
        let library = MustacheLibrary(templates: [
            "outer": try MustacheTemplate(string: "<ul>\n  {{> row}}\n</ul>"),
            "row": try MustacheTemplate(string: "<li>{{a}}</li>\n{{empty}}<li>林{{b}}</li>\n"),
        ])
        // Each line of the partial gets the two spaces before `{{> row}}`; `{{empty}}` renders
        // nothing, so it adds none of its own before the second line.
        #expect(library.render(["a": "1", "b": "2", "empty": ""] as [String: Any], withTemplate: "outer")
            == "<ul>\n  <li>1</li>\n  <li>林2</li>\n</ul>")
    }
}

