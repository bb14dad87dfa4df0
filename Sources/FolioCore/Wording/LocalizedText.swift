/// A text that data gives in both languages: a rulebook item's label, a catalog goal, a unit.
/// `english` is nil where the school gave no translation; the English site then shows the
/// Chinese, marked as Chinese.
public struct LocalizedText: Sendable, Hashable {
    public var chinese: String
    public var english: String?

    public init(_ chinese: String, english: String?) {
        self.chinese = chinese
        self.english = english
    }
}

extension String {
    /// Whether the text holds a CJK ideograph or CJK punctuation, which an English page must mark
    /// with `lang="zh-Hant"`.
    public var containsCJK: Bool {
        unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FA1F: true
            default: false
            }
        }
    }
}

/// A literal is a text with no translation, as a school's own file gives it.
extension LocalizedText: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value, english: nil) }
}
