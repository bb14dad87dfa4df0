/// Keys that compare names loosely (a duplicate paper title, a KJMS journal), worked out on the
/// UTF-8 bytes when the text is ASCII: Character properties look every character up in the
/// Unicode tables, a tenth of validating a dossier's papers (issue 15). Other text takes the
/// Character path, as before.
extension String {
    /// `lowercased().filter { $0.isLetter || $0.isNumber }`.
    public var lettersAndDigitsLowercased: String {
        if let key = Self.asciiKey(self, keeping: { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x30 && $0 <= 0x39 }) { return key }
        return lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// `lowercased().filter { !$0.isWhitespace }`.
    public var withoutWhitespaceLowercased: String {
        // ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
        if let key = Self.asciiKey(self, keeping: { !($0 >= 0x09 && $0 <= 0x0D || $0 == 0x20) }) { return key }
        return lowercased().filter { !$0.isWhitespace }
    }

    /// The text's bytes lowercased and filtered by `keep`; nil when the text is not ASCII.
    private static func asciiKey(_ text: String, keeping keep: (UInt8) -> Bool) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if keep(lower) { bytes.append(lower) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
