import FolioCore
import Foundation
import Testing
@testable import FolioSite

@Suite struct TableCSVTests {
    static func records(_ text: String) throws -> [CSVRecord] {
        try CSVReader.records(text, file: "t.csv").get()
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let records = try Self.records("計畫編號,金額,說明\r\nA1,\"1,200,000\",\"他說\"\"好\"\"\"\r\nA2,5,\"兩行\n說明\"\r\nA3,6,末\r\n")
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[1].fields.map(\.text) == ["A1", "1,200,000", "他說\"好\""])
        // Columns count Unicode scalars from 1: `A1,` is 3 scalars, so the quoted amount starts at 4.
        #expect(records[1].fields.map(\.column) == [1, 4, 16])
        #expect(records[2].fields[2].text == "兩行\n說明")
        #expect(records[3].fields.map(\.text) == ["A3", "6", "末"])
    }

    @Test func blankLinesAndEmptyRecordsAreSkipped() throws {
        let records = try Self.records("a,b\n\n1,2\n,\n")
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        guard case .failure(let error) = CSVReader.records("a,b\n1,\"2\n3,4\n", file: "t.csv") else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(error.diagnostic.description == "t.csv:2:3: error: this quoted field is never closed; add the closing \" (a quote inside a field is written \"\")")
    }

    @Test func textAfterAClosingQuoteIsReported() {
        guard case .failure(let error) = CSVReader.records("a,b\n\"1\"x,2\n", file: "t.csv") else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(error.diagnostic.location == SourceLocation(file: "t.csv", line: 2, column: 4))
    }

    /// 學號,姓名,證照名稱,證照級別 / B11110001,陳怡君,室內配線丙級技術士,丙級 / B11110002,林家豪,機械加工乙級技術士,乙級
    /// saved as Big5 (CP950) with CRLF, as Excel on Traditional Chinese Windows writes it.
    static let big5: [UInt8] = [
        0xBE, 0xC7, 0xB8, 0xB9, 0x2C, 0xA9, 0x6D, 0xA6, 0x57, 0x2C, 0xC3, 0xD2, 0xB7, 0xD3, 0xA6, 0x57, 0xBA, 0xD9, 0x2C, 0xC3,
        0xD2, 0xB7, 0xD3, 0xAF, 0xC5, 0xA7, 0x4F, 0x0D, 0x0A, 0x42, 0x31, 0x31, 0x31, 0x31, 0x30, 0x30, 0x30, 0x31, 0x2C, 0xB3,
        0xAF, 0xA9, 0xC9, 0xA7, 0x67, 0x2C, 0xAB, 0xC7, 0xA4, 0xBA, 0xB0, 0x74, 0xBD, 0x75, 0xA4, 0xFE, 0xAF, 0xC5, 0xA7, 0xDE,
        0xB3, 0x4E, 0xA4, 0x68, 0x2C, 0xA4, 0xFE, 0xAF, 0xC5, 0x0D, 0x0A, 0x42, 0x31, 0x31, 0x31, 0x31, 0x30, 0x30, 0x30, 0x32,
        0x2C, 0xAA, 0x4C, 0xAE, 0x61, 0xBB, 0xA8, 0x2C, 0xBE, 0xF7, 0xB1, 0xF1, 0xA5, 0x5B, 0xA4, 0x75, 0xA4, 0x41, 0xAF, 0xC5,
        0xA7, 0xDE, 0xB3, 0x4E, 0xA4, 0x68, 0x2C, 0xA4, 0x41, 0xAF, 0xC5, 0x0D, 0x0A,
    ]
    static let utf8Text = "學號,姓名,證照名稱,證照級別\r\nB11110001,陳怡君,室內配線丙級技術士,丙級\r\nB11110002,林家豪,機械加工乙級技術士,乙級\r\n"

    @Test func big5IsDetectedAndDecoded() throws {
        let decoded = try CSVReader.decode(Data(Self.big5), declared: nil).get()
        #expect(decoded.encoding == .big5)
        #expect(decoded.text == Self.utf8Text)
    }

    @Test func utf8WithAndWithoutBOMDecodeAlike() throws {
        let plain = try CSVReader.decode(Data(Self.utf8Text.utf8), declared: nil).get()
        let bom = try CSVReader.decode(Data([0xEF, 0xBB, 0xBF] + Array(Self.utf8Text.utf8)), declared: nil).get()
        #expect(plain.encoding == .utf8 && bom.encoding == .utf8)
        #expect(plain.text == Self.utf8Text && bom.text == Self.utf8Text)
    }

    @Test func big5DeclaredAsUTF8IsAnErrorOnItsFirstLine() {
        #expect(throws: CSVReader.DecodingProblem.notUTF8(line: 1)) { try CSVReader.decode(Data(Self.big5), declared: .utf8).get() }
    }

    @Test func bytesThatAreNeitherAreAnErrorOnTheirLine() {
        // Line 2 holds 0xFF 0xFF, which is neither UTF-8 nor a Big5 character.
        let bytes = Array("a,b\n".utf8) + [0xFF, 0xFF] + Array(",c\n".utf8)
        #expect(throws: CSVReader.DecodingProblem.notBig5(line: 2)) { try CSVReader.decode(Data(bytes), declared: nil).get() }
    }
}
