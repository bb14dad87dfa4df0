/// Escapes text for HTML element content and attribute values, as Mustache's `{{…}}` does.
public enum HTMLText {
    /// `apostrophe` is how `'` is written: `&#39;` as Mustache writes it, `&apos;` in XML (the sitemap).
    public static func escape(_ text: String, apostrophe: String = "&#39;") -> String {
        func special(_ byte: UInt8) -> Bool { byte == 38 || byte == 60 || byte == 62 || byte == 34 || byte == 39 }
        // Checked on the string's own buffer where it has one (every native string).
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? text.utf8.contains(where: special) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += apostrophe
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}
