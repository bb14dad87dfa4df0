import FolioCore

/// A cell's place in a sheet, 1-based, read from Excel's A1 notation (`C12`).
struct CellAddress: Equatable {
    var row: Int
    var column: Int

    /// `C12` → row 12, column 3; nil for anything else (a reference must be letters, then digits).
    init?(_ reference: some Collection<UInt8>) {
        var column = 0, row = 0
        var sawDigit = false
        for byte in reference {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        guard column > 0 else { return nil }
        self.row = sawDigit ? row : 0
        self.column = column
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}
