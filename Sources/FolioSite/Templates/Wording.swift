import FolioCore
import Foundation

/// Words the domain's typed values in one language, from that language's label file.
///
/// A label is a template: `{name}` is replaced by the parameter `name`, worded for the language;
/// `{name:one|other}` picks a form by the parameter's count ("{rows} {rows:row|rows}"), so English
/// says "1 row" and "2 rows" while Chinese writes "{rows} 列".
struct Wording: Sendable {
    let labels: [String: String]
    let language: SiteLanguage

    func label(_ key: String) -> String { labels[key] ?? key }

    /// The value's sentence, from the label `<prefix>-<code>`.
    func words(_ value: some Worded, prefix: String) -> String {
        fill(label(value.labelKey(prefix: prefix)), value.parameters)
    }

    /// The sentence of a label key with its parameters.
    func words(key: String, _ parameters: [String: WordingValue]) -> String {
        fill(label(key), parameters)
    }

    /// The value's sentence as HTML for a page: the label's text escaped, and on an English page
    /// each piece of Chinese school data (a title, an untranslated name) inside `<span lang="zh-Hant">`.
    func html(_ value: some Worded, prefix: String) -> String {
        html(key: value.labelKey(prefix: prefix), value.parameters)
    }

    func html(key: String, _ parameters: [String: WordingValue]) -> String {
        Wording(labels: labels, language: language, markup: true).fill(label(key), parameters)
    }

    /// True while filling for a page: literal text is escaped and foreign data marked.
    private var markup = false

    init(labels: [String: String], language: SiteLanguage) {
        self.labels = labels
        self.language = language
    }

    private init(labels: [String: String], language: SiteLanguage, markup: Bool) {
        self.init(labels: labels, language: language)
        self.markup = markup
    }

    /// One parameter in words.
    func text(_ value: WordingValue) -> String {
        switch value {
        case .text(let text): data(text)
        case .named(let name): language == .en ? data(name.english ?? name.chinese) : data(name.chinese)
        case .number(let text): markup ? HTMLText.escape(text) : text
        case .count(let count): String(count)
        case .term(let key): markup ? HTMLText.escape(label(key)) : label(key)
        case .date(let date): dateText(date)
        case .academicYear(let year):
            fill(label("format-academic-year"), academicYearParameters(year))
        case .semester(let year, let term):
            fill(label("format-semester"), academicYearParameters(year).merging(["term": .count(term)]) { a, _ in a })
        case .list(let values): values.map(text).joined(separator: label("list-separator"))
        case .worded(let key, let parameters): words(key: key, parameters)
        }
    }

    /// School data as written; on an English page, Chinese data is marked as Chinese.
    private func data(_ text: String) -> String {
        guard markup else { return text }
        let escaped = HTMLText.escape(text)
        return language == .en && text.containsCJK ? "<span lang=\"zh-Hant\">\(escaped)</span>" : escaped
    }

    private func literal(_ text: Substring) -> String { markup ? HTMLText.escape(String(text)) : String(text) }

    /// Fills a label template; a placeholder naming no parameter is left as written, so a test sees it.
    /// Braces are found with `memchr` on the label's UTF-8 buffer: labels fill every figure of every
    /// dossier page, and searching by `Character` was a tenth of the whole build (issue 15). A `{`
    /// never closed is written as it is.
    func fill(_ template: String, _ parameters: [String: WordingValue]) -> String {
        fill(template) { parameters[String($0)] }
    }

    /// Fills a label template with the value `parameter` gives for each placeholder's name.
    private func fill(_ template: String, parameter: (Substring) -> WordingValue?) -> String {
        let utf8 = template.utf8
        func find(_ byte: UInt8, from start: Int) -> Int? { utf8.firstOffset(of: byte, from: start) }
        guard var open = find(UInt8(ascii: "{"), from: 0) else { return markup ? HTMLText.escape(template) : template }
        func piece(_ from: Int, _ to: Int) -> Substring {
            template[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
        }
        var result = ""
        var rest = 0
        while true {
            result += literal(piece(rest, open))
            rest = open
            guard let close = find(UInt8(ascii: "}"), from: open) else { break }
            let inside = piece(open + 1, close)
            // Most placeholders are a bare name; only a plural form ("{rows:row|rows}") is split.
            let parts = inside.utf8.contains(UInt8(ascii: ":")) ? inside.split(separator: ":", maxSplits: 1)
                : inside.isEmpty ? [] : [inside]
            if let name = parts.first, let value = parameter(name) {
                if parts.count == 2 {
                    let forms = parts[1].split(separator: "|", omittingEmptySubsequences: false)
                    result += literal(forms.count == 2 ? (isOne(value) ? forms[0] : forms[1]) : parts[1])
                } else {
                    result += text(value)
                }
            } else {
                result += literal(piece(open, close + 1))
            }
            rest = close + 1
            guard let next = find(UInt8(ascii: "{"), from: rest) else { break }
            open = next
        }
        return result + literal(piece(rest, utf8.count))
    }

    /// A date in the label `format-date`. Each part is made only when the format shows it, and no
    /// dictionary of parameters is built: a dossier page words hundreds of dates (issue 15).
    private func dateText(_ date: RocDate) -> String {
        fill(label("format-date")) { name in
            switch name {
            case "roc": .number(String(date.rocYear))
            case "year": .number(String(date.gregorianYear))
            case "mm": .number(twoDigits(date.month))
            case "dd": .number(twoDigits(date.day))
            case "d": .number(String(date.day))
            case "month": .number(monthName(date.month))
            default: nil
            }
        }
    }

    private func isOne(_ value: WordingValue) -> Bool {
        switch value {
        case .count(let count): count == 1
        case .number(let text): text == "1"
        case .list(let values): values.count == 1
        default: false
        }
    }

    private func academicYearParameters(_ year: Int) -> [String: WordingValue] {
        let start = year + 1911
        return ["roc": .number(String(year)), "start": .number(String(start)), "end": .number(twoDigits((start + 1) % 100))]
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    private func monthName(_ month: Int) -> String {
        let names = label("month-names").split(separator: ",").map { String($0).trimmed(.whitespaces) }
        return names.count == 12 ? names[month - 1] : String(month)
    }
}
