import FolioCore
import FolioPlan
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text encodings a school-database export comes in: UTF-8 (with or without a BOM), or
/// Big5 as Excel on Traditional Chinese Windows saves it (code page 950).
enum TableEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case big5 = "big5"
}

/// One field of a CSV record and the column (1-based, in Unicode scalars) where it starts.
struct CSVField: Equatable {
    var text: String
    var column: Int
    /// Control characters and byte-order marks the field held, where they were; in `text`
    /// each is replaced by U+FFFD.
    var forbidden: [ForbiddenCharacters.Found] = []
    /// Set when the field starts on another line than its record (a cell of an HTML table).
    var line: Int? = nil
}

/// One CSV record and the line (1-based) where it starts.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [CSVField]
    /// Set for a spreadsheet row: then `line` is the row number (see `SourceLocation.sheet`).
    var sheet: String? = nil

    var isBlank: Bool { fields.allSatisfy { CellText.trim($0.text).isEmpty } }
}

/// Folio's one CSV reader (school-database exports, publication lists): decoding, then RFC 4180
/// records with line and column numbers for diagnostics.
enum CSVReader {
    enum DecodingProblem: Error, Equatable {
        /// Bytes that are not Big5 (CP950), at this 1-based line.
        case notBig5(line: Int)
        /// The file declared UTF-8 is not.
        case notUTF8(line: Int)
        /// The file declared Big5 is not Big5 but valid UTF-8.
        case isUTF8
    }

    /// The file's text. With no `declared` encoding, valid UTF-8 is UTF-8 and anything else is
    /// read as Big5 (CP950). A UTF-8 byte-order mark is dropped.
    static func decode(_ data: Data, declared: TableEncoding?) -> Result<(text: String, encoding: TableEncoding), DecodingProblem> {
        if declared != .big5 {
            if var text = String(validatingUTF8Data: data) {
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                return .success((text, .utf8))
            }
            if declared == .utf8 {
                return .failure(.notUTF8(line: line(ofByte: firstInvalidUTF8Byte(data), in: data)))
            }
        }
        switch convertFromCP950(data) {
        case .success(let text): return .success((text, .big5))
        case .failure(let offset):
            if declared == .big5, String(validatingUTF8Data: data) != nil { return .failure(.isUTF8) }
            return .failure(.notBig5(line: line(ofByte: offset, in: data)))
        }
    }

    /// glibc iconv from CP950 (Big5 with Microsoft's extensions) to UTF-8; on failure, the offset of the bad byte.
    private static func convertFromCP950(_ data: Data) -> Result<String, ByteOffset> {
        let descriptor = iconv_open("UTF-8", "CP950")
        guard let descriptor, Int(bitPattern: UnsafeRawPointer(descriptor)) != -1 else { return .failure(ByteOffset(0)) }
        defer { iconv_close(descriptor) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { bytes in
            for (index, byte) in bytes.enumerated() { input[index] = CChar(bitPattern: byte) }
        }
        var output = [CChar](repeating: 0, count: data.count * 4 + 16)
        var inputLeft = input.count
        var outputLeft = output.count
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                return iconv(descriptor, &inPointer, &inputLeft, &outPointer, &outputLeft)
            }
        }
        guard status != -1, inputLeft == 0 else { return .failure(ByteOffset(input.count - inputLeft)) }
        let bytes = output[0..<(output.count - outputLeft)].map { UInt8(bitPattern: $0) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    struct ByteOffset: Error {
        var value: Int
        init(_ value: Int) { self.value = value }
    }

    private static func firstInvalidUTF8Byte(_ data: Data) -> ByteOffset {
        var low = 0, high = data.count
        // The longest valid prefix, found by bisection (a cut inside a character is invalid too,
        // so this lands at most three bytes early, always on the right line or the one before).
        while low < high {
            let middle = (low + high + 1) / 2
            if String(validatingUTF8Data: data.prefix(middle)) != nil { low = middle } else { high = middle - 1 }
        }
        return ByteOffset(low)
    }

    private static func line(ofByte offset: ByteOffset, in data: Data) -> Int {
        data.prefix(offset.value).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    // MARK: Records

    /// RFC 4180 records: comma-separated, `"` quotes a field (`""` inside is one quote), a quoted
    /// field may hold commas and line breaks; LF or CRLF line ends. Blank lines are skipped.
    static func records(_ text: String, file: String) -> Result<[CSVRecord], CSVSyntaxError> {
        // Most files hold no control character: they are split on their UTF-8 bytes (every mark
        // CSV splits on is ASCII, and no byte of a longer character is), which is several times
        // faster than going scalar by scalar (issue 15). `CSVRecordsTests` compares the two.
        if !ForbiddenCharacters.mayHoldForbidden(text),
           let split = text.utf8.withContiguousStorageIfAvailable({ recordsOnBytes($0, file: file) }) {
            return split
        }
        return recordsByScalar(text, file: file)
    }

    /// `records` on the UTF-8 bytes of a text without forbidden characters.
    static func recordsOnBytes(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Result<[CSVRecord], CSVSyntaxError> {
        split(bytes, into: ByteField(), file: file)
    }

    /// `records` scalar by scalar, for a text that may hold forbidden characters: each is noted
    /// where it stands and replaced by U+FFFD.
    static func recordsByScalar(_ text: String, file: String) -> Result<[CSVRecord], CSVSyntaxError> {
        split(text.unicodeScalars, into: ScalarField(), file: file)
    }

    /// The one state machine both readings share: `Field` says what a unit is and how a field grows.
    private static func split<Units: Sequence, Field: CSVFieldText>(_ units: Units, into field: Field, file: String)
        -> Result<[CSVRecord], CSVSyntaxError> where Units.Element == Field.Unit {
        var field = field
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var line = 1, column = 1
        var recordLine = 1, fieldColumn = 1
        var inQuotes = false, wasQuoted = false
        var quoteLocation = SourceLocation(file: file, line: 1)
        var iterator = units.makeIterator()
        var pending = iterator.next()

        func endField() {
            fields.append(field.take(column: fieldColumn))
            wasQuoted = false
        }
        func endRecord() {
            endField()
            let record = CSVRecord(line: recordLine, fields: fields)
            if !record.isBlank { records.append(record) }
            fields = []
        }

        while let unit = pending {
            pending = iterator.next()
            if inQuotes {
                if unit == Field.quote {
                    if pending == Field.quote {
                        field.append(Field.quote, line: line, column: column)
                        pending = iterator.next()
                        column += 2
                        continue
                    }
                    inQuotes = false
                } else if unit == Field.lineFeed {
                    field.append(unit, line: line, column: column)
                    line += 1
                    column = 1
                    continue
                } else {
                    field.append(unit, line: line, column: column)
                }
                column += Field.width(unit)
                continue
            }
            switch unit {
            case Field.comma:
                endField()
                column += 1
                fieldColumn = column
            case Field.carriageReturn where pending == Field.lineFeed:
                column += 1
            case Field.lineFeed, Field.carriageReturn:
                endRecord()
                line += 1
                column = 1
                recordLine = line
                fieldColumn = 1
            case Field.quote where field.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                quoteLocation = SourceLocation(file: file, line: line, column: column)
                column += 1
            default:
                if wasQuoted {
                    return .failure(.textAfterClosingQuote(SourceLocation(file: file, line: line, column: column)))
                }
                field.append(unit, line: line, column: column)
                column += Field.width(unit)
            }
        }
        if inQuotes {
            return .failure(.unclosedQuote(quoteLocation))
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return .success(records)
    }
}

extension CSVReader {
    /// One error per control character or byte-order mark in the records, at its
    /// `file:line:column`, naming the column by the header row (the first record).
    static func forbiddenCharacterProblems(_ records: [CSVRecord], file: String) -> [Diagnostic] {
        let header = records.first?.fields.map { CellText.trim($0.text) } ?? []
        var found: [(found: ForbiddenCharacters.Found, location: SourceLocation, place: String)] = []
        for (recordIndex, record) in records.enumerated() {
            for (fieldIndex, field) in record.fields.enumerated() where !field.forbidden.isEmpty {
                let place = recordIndex == 0 ? " in the header row"
                    : fieldIndex < header.count ? " in the column '\(header[fieldIndex])'" : " in field \(fieldIndex + 1), beyond the header's columns"
                found += field.forbidden.map { ($0, SourceLocation(file: file, line: $0.line, column: $0.column), place) }
            }
        }
        return ForbiddenCharacters.diagnostics(found)
    }
}

/// A CSV file that cannot be split into records, with where and why.
struct CSVSyntaxError: Error {
    var diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    static func textAfterClosingQuote(_ location: SourceLocation) -> CSVSyntaxError {
        CSVSyntaxError(.error(location, "unexpected text after a closing quote; a quoted field must end right before a comma or the end of the line (write \"\" for a quote inside it)"))
    }

    static func unclosedQuote(_ location: SourceLocation) -> CSVSyntaxError {
        CSVSyntaxError(.error(location, "this quoted field is never closed; add the closing \" (a quote inside a field is written \"\")"))
    }
}

extension String {
    /// The text of `data` when it is valid UTF-8, else nil: the standard library's validating
    /// decoder, which checks and copies the bytes in bulk (the scalar-by-scalar decode it replaces
    /// was a tenth of reading a dossier's papers.csv, issue 15).
    init?(validatingUTF8Data data: some Collection<UInt8>) {
        guard let text = String(validating: data, as: UTF8.self) else { return nil }
        self = text
    }
}

/// A field's text as the CSV state machine builds it, unit by unit.
private protocol CSVFieldText {
    associatedtype Unit: Equatable
    static var quote: Unit { get }
    static var comma: Unit { get }
    static var lineFeed: Unit { get }
    static var carriageReturn: Unit { get }
    /// How many columns the unit moves on: a character counts one wherever it starts.
    static func width(_ unit: Unit) -> Int
    var isEmpty: Bool { get }
    mutating func append(_ unit: Unit, line: Int, column: Int)
    /// The field so far, and an empty one to go on with.
    mutating func take(column: Int) -> CSVField
}

/// A field of UTF-8 bytes, from a text known to hold no forbidden character.
private struct ByteField: CSVFieldText {
    static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    /// A continuation byte (10xxxxxx) is inside a character the column already counted.
    static func width(_ byte: UInt8) -> Int { byte & 0xC0 == 0x80 ? 0 : 1 }
    var bytes: [UInt8] = []
    var isEmpty: Bool { bytes.isEmpty }
    mutating func append(_ byte: UInt8, line: Int, column: Int) { bytes.append(byte) }
    mutating func take(column: Int) -> CSVField {
        defer { bytes.removeAll(keepingCapacity: true) }
        return CSVField(text: String(decoding: bytes, as: UTF8.self), column: column)
    }
}

/// A field of Unicode scalars; a forbidden one is noted where it stood and replaced by U+FFFD.
private struct ScalarField: CSVFieldText {
    static let quote: Unicode.Scalar = "\"", comma: Unicode.Scalar = ",", lineFeed: Unicode.Scalar = "\n", carriageReturn: Unicode.Scalar = "\r"
    static func width(_ scalar: Unicode.Scalar) -> Int { 1 }
    var scalars = String.UnicodeScalarView()
    var forbidden: [ForbiddenCharacters.Found] = []
    var isEmpty: Bool { scalars.isEmpty }
    mutating func append(_ scalar: Unicode.Scalar, line: Int, column: Int) {
        guard ForbiddenCharacters.isForbidden(scalar) else { scalars.append(scalar); return }
        forbidden.append(ForbiddenCharacters.Found(scalar: scalar, line: line, column: column))
        scalars.append(ForbiddenCharacters.replacement)
    }
    mutating func take(column: Int) -> CSVField {
        defer { self = ScalarField() }
        return CSVField(text: String(scalars), column: column, forbidden: forbidden)
    }
}
