import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// A CSV text without control characters is split on its UTF-8 bytes since issue 15; it must give
/// exactly the records, columns and errors the scalar-by-scalar reading gives.
@Suite struct CSVRecordsTests {
    enum Outcome: Equatable {
        case records([CSVRecord])
        case error(String)
    }

    static func outcome(_ result: Result<[CSVRecord], CSVSyntaxError>) -> Outcome {
        switch result {
        case .success(let records): .records(records)
        case .failure(let error): .error("\(error.diagnostic.location) \(error.diagnostic.message)")
        }
    }

    static func onBytes(_ text: String) -> Outcome {
        var text = text
        return outcome(text.withUTF8 { CSVReader.recordsOnBytes($0, file: "t.csv") })
    }

    @Test func bytesSplitAsScalarsSplit() {
        let pieces = ["a", "1", "林", "，", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "e\u{301}", "👩‍🔬", "x\"y"]
        var random = SeededGenerator(seed: 1511)
        var errors = 0, records = 0
        for _ in 0..<4000 {
            let text = (0..<random.next(below: 14)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let expected = Self.outcome(CSVReader.recordsByScalar(text, file: "t.csv"))
            #expect(Self.onBytes(text) == expected, "\(text.debugDescription)")
            if case .error = expected { errors += 1 } else { records += 1 }
        }
        #expect(errors > 200 && records > 200, "the random texts should give both records and errors")
    }

    /// Worked case: columns count characters, not bytes. `林,"a""b",x` — 林 is column 1 (3 bytes),
    /// the quoted field starts at column 3, and x at 3 + 6 + 1 = column 10.
    @Test func columnsCountCharacters() {
        guard case .records(let records) = Self.onBytes("林,\"a\"\"b\",x\n") else {
            Issue.record("expected records")
            return
        }
        #expect(records.map { $0.fields.map(\.text) } == [["林", "a\"b", "x"]])
        #expect(records.first?.fields.map(\.column) == [1, 3, 10])
    }

    /// A text with a control character goes the scalar way, which notes and replaces it.
    @Test func aControlCharacterIsStillFound() throws {
        let records = try CSVReader.records("a\u{7}b,c\n", file: "t.csv").get()
        #expect(records.first?.fields.first?.forbidden.map(\.column) == [2])
        #expect(records.first?.fields.first?.text == "a\u{FFFD}b")
    }
}
