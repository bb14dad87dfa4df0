/// Text made safe for SVG and HTML markup built in Swift (charts), where Mustache does not escape.
enum SVGText {
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// Coordinates with at most one decimal: 12.5, 40.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// An id fragment from a measure id: 1-1 → m1-1, 7-C1 → m7-C1.
    static func id(_ text: String) -> String {
        "m" + String(text.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }.map(Character.init))
    }
}
