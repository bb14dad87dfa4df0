/// How one cell of a field is read: the school's own `values:` spellings first, then the
/// field's kind, with the spellings the school systems' exports are known to use.
extension TableField {
    /// The zero and "nothing" marks school systems print in empty cells.
    public static let zeroMarks: Set<String> = ["-", "－", "—", "–"] // input vocabulary
    public static let nothingMark = "無" // input vocabulary

    /// Each mark is one character: longer text is none, without hashing it (this runs per cell).
    public static func isZeroMark(_ text: String) -> Bool { text.utf8.count <= 3 && zeroMarks.contains(text) }
    static func isNothingMark(_ text: String) -> Bool { text.utf8.count == 3 && text == nothingMark }

    /// `values` are the school's spellings for this field (`values:` in content/tables.yaml).
    public func normalize(_ raw: String, values: [String: String] = [:]) -> FieldKind.Normalized {
        let text = CellText.trim(raw)
        if !values.isEmpty, let mapped = values[text] { return kind.normalize(mapped) }
        // An optional cell left empty holds nothing (a flag's empty cell is 否, as its kind says).
        if !isRequired && text.isEmpty && kind != .flag { return .value("") }
        switch kind {
        case .count:
            // A printed zero (`-`) is 0; an optional count left empty is nothing.
            if TableField.isZeroMark(text) { return .value("0") }
            if !isRequired && (text.isEmpty || TableField.isNothingMark(text)) { return .value("") }
            return kind.normalize(text)
        case .choice(let words):
            if !isRequired && (text.isEmpty || TableField.isNothingMark(text)) { return .value("") }
            if let word = choice(text, words) { return .value(word) }
            return .problem(unknownValue(text, words))
        case .text, .date:
            if !isRequired && TableField.isNothingMark(text) { return .value("") }
            return kind.normalize(text)
        default:
            return kind.normalize(text)
        }
    }

    /// The accepted word a cell means: itself, a known spelling, the label of a code-and-label
    /// cell (`D 日`, `B 學士`), or the word without its bracketed note (`四技(日)`).
    func choice(_ text: String, _ words: [String]) -> String? {
        for candidate in ChoiceSpelling.candidates(text) {
            if words.contains(candidate) { return candidate }
            if let word = spellings[candidate], words.contains(word) { return word }
        }
        return nil
    }

    private func unknownValue(_ text: String, _ words: [String]) -> String {
        let guess = words.first { text.contains($0) } ?? words.first { $0.contains(text) && !text.isEmpty } ?? words[0]
        return "'\(text)' is not a value Folio knows for this field; it accepts \(words.joined(separator: "、")). "
            + "If it means one of them, add this line under the export's entry in content/tables.yaml "
            + "(with the right word): values: {\(name): {\"\(text)\": \(guess)}}"
    }
}

/// The readings of a choice cell as exports spell it, most literal first.
enum ChoiceSpelling {
    static func candidates(_ text: String) -> [String] {
        var result = [text]
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        // A code and its label in one cell: `D 日`, `N 職`, `B 學士`.
        if parts.count == 2, parts[0].count <= 3, parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            result += [parts[1], parts[0]]
        }
        for candidate in result {
            let bare = withoutBracketedNote(candidate)
            if bare != candidate && !bare.isEmpty { result.append(bare) }
        }
        return result
    }

    /// `四技(日)` → `四技`, `學士班（日間）` → `學士班`.
    static func withoutBracketedNote(_ text: String) -> String {
        guard text.hasSuffix(")") || text.hasSuffix("）"), // input vocabulary
              let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return text } // input vocabulary
        return CellText.trim(String(text[..<open]))
    }
}
