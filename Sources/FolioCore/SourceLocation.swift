/// A place in an input file, as a compiler would cite it: `path:line:column`.
///
/// Lines and columns count from 1; a column counts Unicode scalars, as libyaml does.
/// A cell of a spreadsheet has a `sheet`: then `line` is its row, `column` its column (A = 1),
/// and it is cited as Excel does, `path:Sheet1!C12`. A binary file as a whole (a workbook that
/// cannot be opened) has line 0 and is cited as `path`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var sheet: String?

    public init(file: String, line: Int, column: Int = 1, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// The start of a file, for problems that belong to the file as a whole.
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    /// A file with no lines to point at (a workbook, an archive), for problems with all of it.
    public static func wholeFile(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 0, column: 0)
    }

    public var description: String {
        if let sheet { return "\(file):\(CellReference.sheetPrefix(sheet))\(CellReference.columnName(column))\(line)" }
        if line == 0 { return file }
        return "\(file):\(line):\(column)"
    }

    /// `path:line`, the short form used for provenance ("counted from rows.csv:12"); for a
    /// spreadsheet row, Excel's reference to the whole row, `path:Sheet1!12:12`.
    public var fileAndLine: String {
        if let sheet { return "\(file):\(CellReference.sheetPrefix(sheet))\(line):\(line)" }
        return "\(file):\(line)"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.sheet ?? "", a.line, a.column) < (b.file, b.sheet ?? "", b.line, b.column)
    }
}

/// Excel's A1 notation: column letters (A … Z, AA …) and sheet names as a reference prefix.
public enum CellReference {
    /// 1 → A, 26 → Z, 27 → AA, 703 → AAA.
    public static func columnName(_ column: Int) -> String {
        guard column > 0 else { return "A" }
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `Sheet1!`, or `'My sheet'!` when the name holds anything but letters, digits, `_` and `.`
    /// (a quote inside is doubled), as Excel writes it in a formula.
    public static func sheetPrefix(_ sheet: String) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { scalar in
            scalar == "_" || scalar == "." || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        return plain ? "\(sheet)!" : "'\(sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''"))'!"
    }
}
