import FolioCore
import Foundation

/// Reads YAML into Folio's models while remembering where every value came from.
///
/// Each accessor reports a wrongly typed or missing value to the sink with the node's
/// `path:line:column` and returns nil, so a load goes on and reports every problem at once.
public struct YAMLValue {
    public let node: YAMLNode
    public let file: String
    public let sink: DiagnosticSink
    /// The key path of the collection holding this value, and this value's place in it. The
    /// path is put together only when asked for (a message, or a collection's children): 500
    /// dossiers made a text for each of their values (issue 15).
    private let parentPath: String
    private let place: Place

    private enum Place {
        case root
        case key(String)
        case index(Int)
    }

    private init(node: YAMLNode, file: String, sink: DiagnosticSink, parentPath: String, place: Place) {
        self.node = node
        self.file = file
        self.sink = sink
        self.parentPath = parentPath
        self.place = place
    }

    /// The key path from the document root, e.g. `measures[2].targets`, used in messages.
    public var path: String {
        switch place {
        case .root: return ""
        case .key(let key): return parentPath.isEmpty ? key : "\(parentPath).\(key)"
        case .index(let index): return "\(parentPath)[\(index)]"
        }
    }

    public var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Parses a whole file. Syntax errors are reported with their position and yield nil.
    public static func parse(_ text: String, file: String, sink: DiagnosticSink) -> YAMLValue? {
        // A control character is reported at its place; the rest is read with it replaced.
        let text = ForbiddenCharacters.report(text, file: file, sink: sink)
        do {
            // Folio reads every scalar's type itself (with its own messages): the composer resolves
            // no tags, so every plain scalar stays text.
            guard let node = try YAMLComposer.compose(text) else {
                sink.error(.file(file), "the file is empty; it needs a mapping of keys, see the README's content format")
                return nil
            }
            return YAMLValue(node: node, file: file, sink: sink, parentPath: "", place: .root)
        } catch {
            let location = YAMLValue.location(of: error, file: file)
            if error.isSyntaxError, let quote = UnclosedQuote.culprit(in: text, failedAtLine: location.line) {
                sink.error(SourceLocation(file: file, line: quote.line, column: quote.column),
                           "invalid YAML: this quoted value is never closed on its line; add the closing \(quote.mark) (write \(quote.mark == "\"" ? "\\\"" : "''") for a quote inside it)")
            } else {
                sink.error(location, "invalid YAML: \(YAMLValue.summary(of: error))")
            }
            return nil
        }
    }

    /// The value under `key` of this mapping, whose path is `path` (worked out once by the caller).
    func child(_ node: YAMLNode, key: String, path: String) -> YAMLValue {
        YAMLValue(node: node, file: file, sink: sink, parentPath: path, place: .key(key))
    }

    public var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        if scalar.style == .plain {
            switch scalar.string {
            case "", "~", "null", "Null", "NULL": return true
            default: break
            }
        }
        return scalar.tag == YAMLNode.nullTag
    }

    private var describedKind: String {
        switch node {
        case .scalar(let s): return "the scalar '\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }

    func typeError(_ expected: String, hint: String = "") {
        let name = path.isEmpty ? "the document" : "'\(path)'"
        sink.error(location, "\(name) must be \(expected), found \(describedKind)\(hint.isEmpty ? "" : "; \(hint)")")
    }

    // MARK: Scalars

    /// Any scalar as text (numbers too, as written).
    public func string(_ expected: String = "text") -> String? {
        guard case .scalar(let scalar) = node, !isNull else { typeError(expected); return nil }
        return scalar.string
    }

    public func nonEmptyString(_ expected: String = "non-empty text") -> String? {
        guard let text = string(expected) else { return nil }
        let trimmed = text.trimmed(.whitespacesAndNewlines)
        guard !trimmed.isEmpty else { typeError(expected); return nil }
        return trimmed
    }

    public func int(_ expected: String = "a whole number") -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string) else {
            typeError(expected); return nil
        }
        return value
    }

    public func double(_ expected: String = "a number") -> Double? {
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              let value = Double(scalar.string.withoutUnderscores), value.isFinite else {
            typeError(expected); return nil
        }
        return value
    }

    public func bool() -> Bool? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { typeError("true or false"); return nil }
        switch scalar.string {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default: typeError("true or false"); return nil
        }
    }

    /// One of a fixed set of words, with the choices listed when it is not.
    public func oneOf<T>(_ choices: KeyValuePairs<String, T>) -> T? {
        guard let word = string("one of \(choices.map(\.key).joined(separator: ", "))") else { return nil }
        if let match = choices.first(where: { $0.key == word }) { return match.value }
        let names = choices.map { "'\($0.key)'" }.joined(separator: ", ")
        sink.error(location, "'\(path)' must be one of \(names), found '\(word)'")
        return nil
    }

    public func date() -> RocDate? {
        guard let text = string("a date") else { return nil }
        guard let date = RocDate(parsing: text) else {
            sink.error(location, "'\(text)' is not a date; write it as 115/07/09, 115.07.09, 1150709 or 2026-07-09")
            return nil
        }
        return date
    }

    // MARK: Collections

    public func list() -> [YAMLValue]? {
        guard case .sequence(let sequence) = node else { typeError("a list"); return nil }
        let path = path
        return sequence.nodes.enumerated().map { index, item in
            YAMLValue(node: item, file: file, sink: sink, parentPath: path, place: .index(index))
        }
    }

    public func mapping() -> YAMLMapping? {
        guard case .mapping(let mapping) = node else { typeError("a mapping of keys to values"); return nil }
        return YAMLMapping(value: self, pairs: mapping.pairs)
    }
}

extension YAMLValue {
    static func location(of error: YAMLError, file: String) -> SourceLocation {
        guard let mark = error.mark else { return .file(file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    static func summary(of error: YAMLError) -> String {
        switch error.kind {
        case .duplicateKeys(let keys):
            return "the key '\(keys.joined(separator: "', '"))' appears twice in one mapping; keep one"
        default:
            return error.problem
        }
    }
}

/// A YAML mapping that knows which keys its reader asked for, so that every other key,
/// a typo above all, is reported instead of silently dropped.
public final class YAMLMapping {
    public let value: YAMLValue
    private let pairs: [YAMLNode.Pair]
    /// Each pair's key as `YAMLNode.string` gives it, worked out once rather than at every lookup.
    private let keys: [String?]
    private var known: [String] = []
    /// The mapping's own path, the start of each child's.
    private lazy var path = value.path

    init(value: YAMLValue, pairs: [YAMLNode.Pair]) {
        self.value = value
        self.pairs = pairs
        keys = pairs.map { $0.key.string }
    }

    public var location: SourceLocation { value.location }

    /// Every key as written, in file order (for maps keyed by data, e.g. years).
    public var entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)] {
        let path = path
        return pairs.map { pair in
            let key = pair.key.string ?? ""
            let location = SourceLocation(file: value.file, line: pair.key.mark.line, column: pair.key.mark.column)
            return (key, location, value.child(pair.value, key: key, path: path))
        }
    }

    public func optional(_ key: String) -> YAMLValue? {
        known.append(key)
        guard let index = keys.firstIndex(where: { $0 == key }) else { return nil }
        let child = value.child(pairs[index].value, key: key, path: path)
        return child.isNull ? nil : child
    }

    public func required(_ key: String, _ what: String) -> YAMLValue? {
        if let child = optional(key) { return child }
        let owner = value.path.isEmpty ? "the file" : "'\(value.path)'"
        value.sink.error(location, "\(owner) is missing '\(key)': add \(what)")
        return nil
    }

    /// Reports keys that no reader asked for. Call after reading every key.
    public func rejectUnknownKeys() {
        for (pair, key) in zip(pairs, keys) {
            let key = key ?? ""
            guard !known.contains(key) else { continue }
            let location = SourceLocation(file: value.file, line: pair.key.mark.line, column: pair.key.mark.column)
            var message = "unknown key '\(key)'"
            if let guess = known.closest(to: key) { message += "; did you mean '\(guess)'?" } else {
                message += "; the keys allowed here are \(known.map { "'\($0)'" }.joined(separator: ", "))"
            }
            value.sink.error(location, message)
        }
    }
}

extension Array where Element == String {
    /// The element within a small edit distance of `word`, for "did you mean" hints.
    func closest(to word: String) -> String? {
        let scored = map { ($0, $0.editDistance(to: word)) }.filter { $0.1 <= Swift.max(1, word.count / 3) }
        return scored.min { $0.1 < $1.1 }?.0
    }
}

extension String {
    func editDistance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

// MARK: Exact numbers and word sets

extension YAMLValue {
    /// A plain number read exactly as written (no binary rounding): `0.5`, `25.615`, `-10`.
    public func decimal(_ expected: String = "a number") -> Decimal? {
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              let value = Decimal(exactlyWritten: scalar.string.withoutUnderscores) else {
            typeError(expected); return nil
        }
        return value
    }

    /// One of an enumeration's raw values, listing the choices when it is not.
    public func word<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> T? where T.RawValue == String {
        let choices = T.allCases.map(\.rawValue)
        guard let text = string("one of \(choices.joined(separator: ", "))") else { return nil }
        if let value = T(rawValue: text) { return value }
        var message = "'\(path)' must be one of \(choices.map { "'\($0)'" }.joined(separator: ", ")), found '\(text)'"
        if let guess = choices.closest(to: text) { message += "; did you mean '\(guess)'?" }
        sink.error(location, message)
        return nil
    }
}

extension String {
    /// The text with every "_" removed (digit grouping, `1_000`), as `replacingOccurrences(of: "_", with: "")`
    /// gives it, without Foundation's NSString round trip when there is none to remove (issue 15).
    var withoutUnderscores: String {
        guard utf8.contains(UInt8(ascii: "_")) else { return self }
        return String(filter { $0 != "_" })
    }
}

extension Decimal {
    /// Made once, not for every number read (issue 15).
    static let posixLocale = Locale(identifier: "en_US_POSIX")

    /// Parses `12`, `-0.5`, `25.615` exactly; nil for anything else (`1e3`, `12a`, empty).
    init?(exactlyWritten raw: String) {
        let text = raw.trimmedWhitespaces
        guard Self.isPlainNumber(text) else { return nil }
        if let value = Self.fromDigits(text) {
            self = value
            return
        }
        guard let value = Decimal(string: text, locale: Decimal.posixLocale) else { return nil }
        self = value
    }

    /// A plain number (`isPlainNumber`) of at most 18 digits, made from its digits: the value and
    /// the representation `Decimal(string:locale:)` makes (`DecimalReadingTests` compares their
    /// bytes), in a seventh of the time (issue 15). nil for longer numbers, and for a zero written
    /// with decimals ("0.00"), whose exponent Foundation keeps: those are left to Foundation.
    static func fromDigits(_ text: String) -> Decimal? {
        var negative = false, afterPoint = false
        var significand: UInt64 = 0, exponent = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "+"): continue
            case UInt8(ascii: "."): afterPoint = true
            default:
                digits += 1
                guard digits <= 18 else { return nil }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                if afterPoint { exponent -= 1 }
            }
        }
        guard significand != 0 || exponent == 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    /// An optional sign, then ASCII digits with at most one ".", and at least one digit. Checked on
    /// the UTF-8 bytes: the Character checks it replaces looked up Unicode properties (issue 15).
    static func isPlainNumber(_ text: String) -> Bool {
        var digits = 0, points = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-") where index == 0, UInt8(ascii: "+") where index == 0: continue
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }
}
