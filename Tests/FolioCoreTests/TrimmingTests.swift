import FolioCore
import Foundation
import Testing

/// `trimmed(_:)` replaces Foundation's `trimmingCharacters(in:)` for speed (issue 15), so it must give
/// exactly what Foundation gives, on the texts Folio trims: cells, dates, and whole JSON reports.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "\t\n\r\n", "115/07/09", "  115/07/09\t", "\u{3000}林怡君\u{3000}", "\u{00A0}25.615\u{00A0}",
        "{\n  \"a\" : 1\n}\n", " 👩‍🔬 Study \u{1F600} ", "a b", "\u{FEFF}x\u{FEFF}", "\u{2003}\u{2028}x\u{2029}\u{85}",
        " e\u{301} ", "\r\n", "x\r\n", "\u{200B}x\u{200B}",
    ]

    @Test(arguments: [CharacterSet.whitespaces, .whitespacesAndNewlines])
    func givesWhatFoundationGives(set: CharacterSet) {
        for text in Self.samples {
            #expect(text.trimmed(set) == text.trimmingCharacters(in: set), "'\(text.debugDescription)'")
            // Equal as strings is not enough where canonical equivalence hides a difference: compare the scalars.
            #expect(Array(text.trimmed(set).unicodeScalars) == Array(text.trimmingCharacters(in: set).unicodeScalars))
        }
    }
}
