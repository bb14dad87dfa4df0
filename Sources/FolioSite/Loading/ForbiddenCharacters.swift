import FolioCore
import Foundation

/// Characters no text input may hold: control characters other than tab and line ends (a NUL or
/// an escape is invisible in an editor and would reach the pages), and a byte-order mark anywhere
/// but the very start of a file (it comes from joining two files, and would become part of a value).
///
/// Readers report each one at its `file:line:column` and go on with the character replaced by
/// U+FFFD, so the rest of the file is still checked and the character itself reaches nothing.
enum ForbiddenCharacters {
    static let replacement: Unicode.Scalar = "\u{FFFD}"
    /// More in one file are summarised in one line (a binary file would otherwise flood the terminal).
    static let reportedPerFile = 10

    struct Found: Equatable {
        var scalar: Unicode.Scalar
        var line: Int
        var column: Int
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFEFF: return true
        default: return false
        }
    }

    /// What the character is, for a message: `a NUL character (U+0000)`.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(format: "%04X", scalar.value)
        switch scalar.value {
        case 0x00: return "a NUL character (\(code))"
        case 0xFEFF: return "a byte-order mark (\(code))"
        case 0x1B: return "an escape character (\(code))"
        default: return "the control character \(code)"
        }
    }

    /// How to fix it, the end of every message.
    static func fix(_ scalar: Unicode.Scalar) -> String {
        scalar.value == 0xFEFF
            ? "a byte-order mark may only begin a file (this one usually comes from joining two files): delete it"
            : "it is invisible in most editors, so delete the text around it and type it again (tab and line breaks are the only control characters allowed)"
    }

    /// Every forbidden character of a text (a BOM that begins it is its own), with its 1-based
    /// line and column in Unicode scalars (LF, CRLF and CR end a line, as YAML counts).
    static func find(in text: String) -> [Found] {
        mayHoldForbidden(text) ? scan(text) : []
    }

    /// False when no byte of the text can begin a forbidden character: one pass over the UTF-8
    /// bytes, where `scan` counts lines and columns scalar by scalar (most files hold none; issue 15).
    /// A BOM at the start makes it true: `scan` decides.
    static func mayHoldForbidden(_ text: String) -> Bool {
        // A native string's bytes are read from its buffer; the view's iterator is the fallback.
        if let found = text.utf8.withContiguousStorageIfAvailable({ mayHoldForbidden(bytes: $0) }) { return found }
        return mayHoldForbidden(bytes: text.utf8)
    }

    private static func mayHoldForbidden(bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x09, 0x0A, 0x0D: break
            case 0x00...0x1F, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true                        // U+0080–U+009F
            case 0xBF where previous == 0xBB && beforePrevious == 0xEF: return true     // U+FEFF
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// `find` scalar by scalar.
    static func scan(_ text: String) -> [Found] {
        var found: [Found] = []
        var line = 1, column = 1
        var previousWasCR = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        for scalar in scalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
                continue
            }
            if scalar == "\r" {
                line += 1
                column = 1
                continue
            }
            if isForbidden(scalar) { found.append(Found(scalar: scalar, line: line, column: column)) }
            column += 1
        }
        return found
    }

    /// The text with every forbidden character replaced by U+FFFD (columns stay where they were;
    /// a BOM that begins the text is kept, for the reader that drops it).
    static func screened(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for (index, scalar) in text.unicodeScalars.enumerated() {
            scalars.append(isForbidden(scalar) && !(index == 0 && scalar == "\u{FEFF}") ? replacement : scalar)
        }
        return String(scalars)
    }

    /// For Markdown, which is shown as written: reports the forbidden characters (when there is a
    /// sink) and tells whether there were any, so the caller uses no such file.
    static func rejects(_ text: String, file: String, sink: DiagnosticSink?) -> Bool {
        let found = find(in: text)
        if let sink, !found.isEmpty { report(text, file: file, sink: sink) }
        return !found.isEmpty
    }

    /// Reports every forbidden character of a file's text (at most `reportedPerFile`, then a count)
    /// and returns the text screened.
    @discardableResult
    static func report(_ text: String, file: String, sink: DiagnosticSink) -> String {
        let found = find(in: text)
        guard !found.isEmpty else { return text }
        sink.append(contentsOf: diagnostics(found.map { ($0, SourceLocation(file: file, line: $0.line, column: $0.column), "") }))
        return screened(text)
    }

    /// One error per character (`place` says where, e.g. " in the column '學號'"), capped per file.
    static func diagnostics(_ found: [(found: Found, location: SourceLocation, place: String)]) -> [Diagnostic] {
        var result = found.prefix(reportedPerFile).map { item in
            Diagnostic.error(item.location, "\(name(item.found.scalar))\(item.place) is not allowed in text; \(fix(item.found.scalar))")
        }
        if found.count > reportedPerFile, let next = found.dropFirst(reportedPerFile).first {
            result.append(.error(next.location,
                "\(found.count - reportedPerFile) more control characters or byte-order marks follow in this file; delete them all (is it a text file saved as UTF-8?)"))
        }
        return result
    }
}
