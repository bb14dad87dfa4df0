import FolioCore

/// The plan phase as the catalog states it (第二期) in the page's language: English reads
/// "Phase 2" (label `plan-phase`); a phase written otherwise is shown as written, marked as Chinese.
enum PhaseWording {
    static let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// The phase's number in 第N期, Chinese or Arabic numeral; nil for any other spelling.
    static func number(_ phase: String) -> Int? {
        guard phase.hasPrefix("第"), phase.hasSuffix("期") else { return nil }
        let inner = phase.dropFirst().dropLast()
        if let value = Int(inner) { return value }
        guard inner.count == 1, let numeral = inner.first else { return nil }
        return numerals[numeral]
    }

    /// HTML: 第二期 on a zh-Hant page; Phase 2 on an English one.
    static func html(_ phase: String, wording: Wording) -> String {
        guard wording.language == .en, let number = number(phase) else {
            return wording.html(key: "plan-value", ["value": .text(phase)])
        }
        return wording.html(key: "plan-phase", ["number": .count(number), "phase": .text(phase)])
    }
}
