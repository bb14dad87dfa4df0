import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Content files are decoded by the standard library's validating initialiser since issue 15; it
/// must accept, refuse and strip exactly as Foundation's `String(data:encoding: .utf8)` did.
@Suite struct TextDecodingTests {
    /// The decoding before issue 15.
    static func reference(_ data: Data) -> String? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    @Test func filesAreDecodedAsFoundationDecodedThem() throws {
        // Pieces: ASCII, Chinese, a byte-order mark, a lone continuation byte, a truncated sequence, CRLF.
        let pieces: [[UInt8]] = [[0x61], Array("林".utf8), [0xEF, 0xBB, 0xBF], [0x80], [0xE6, 0x9E], [0x0D, 0x0A], [0xFF], Array("é".utf8)]
        var random = SeededGenerator(seed: 1509)
        var refused = 0
        for _ in 0..<3000 {
            let data = Data((0..<random.next(below: 8)).flatMap { _ in pieces[random.next(below: pieces.count)] })
            let decoded = try? ContentFiles.text(of: data).get()
            #expect(decoded == Self.reference(data), "\(Array(data))")
            if decoded == nil { refused += 1 }
        }
        #expect(refused > 100, "the random input should include invalid UTF-8")
        // Worked cases: one mark is dropped, and a second right after it too; a mark later stays.
        #expect(try ContentFiles.text(of: Data([0xEF, 0xBB, 0xBF, 0x61])).get() == "a")
        #expect(try ContentFiles.text(of: Data([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61])).get() == "a")
        #expect(try ContentFiles.text(of: Data([0x61, 0xEF, 0xBB, 0xBF])).get() == "a\u{FEFF}")
    }
}
