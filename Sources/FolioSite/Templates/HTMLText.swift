/// Escapes text for HTML element content and attribute values, as Mustache's `{{…}}` does.
public enum HTMLText {
    /// `apostrophe` is how `'` is written: `&#39;` as Mustache writes it, `&apos;` in XML (the sitemap).
    public static func escape(_ text: String, apostrophe: String = "&#39;") -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return text }
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
