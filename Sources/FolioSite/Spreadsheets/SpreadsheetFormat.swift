import Foundation

/// What an export really is, told from its first bytes rather than its name: schools' "Excel"
/// downloads are often HTML, and a renamed file keeps its content.
enum SpreadsheetFormat: Equatable {
    /// Plain text: CSV, for `CSVReader`.
    case text
    /// A zip archive: an Office Open XML workbook (.xlsx), or some other zip.
    case zip
    /// An OLE2 compound file: a legacy Excel workbook (.xls, BIFF), or a password-protected
    /// .xlsx, which Excel stores encrypted inside one.
    case compoundFile(encrypted: Bool)
    /// An HTML page holding a `<table>`, as many school systems save "Excel" exports.
    case htmlTable
    /// Excel 2003's XML Spreadsheet (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`).
    case spreadsheetML

    init(detecting data: Data) {
        let head = data.prefix(8)
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .compoundFile(encrypted: data.range(of: SpreadsheetFormat.encryptionInfoName) != nil)
        } else {
            let start = data.prefix(4_096).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
            let lowered = start.first == UInt8(ascii: "<")
                ? Data(data.prefix(1 << 20).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }) : Data()
            if lowered.range(of: Data("urn:schemas-microsoft-com:office:spreadsheet".utf8)) != nil {
                self = .spreadsheetML
            } else if lowered.range(of: Data("<table".utf8)) != nil {
                self = .htmlTable
            } else {
                self = .text
            }
        }
    }

    /// The directory entry of the stream that holds an encrypted workbook's key data
    /// ([MS-OFFCRYPTO] 2.3.4), named in UTF-16LE.
    private static let encryptionInfoName = Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
}

/// Why a workbook cannot be read, and where (the file as a whole, or one cell).
struct SpreadsheetProblem: Error {
    var message: String
    /// nil: the file as a whole.
    var cell: (sheet: String, address: CellAddress)?
    /// The problem is the `sheet:` key's value (no such sheet), so it is reported there.
    var atSheetKey = false

    init(_ message: String, sheet: String? = nil, at address: CellAddress? = nil, atSheetKey: Bool = false) {
        self.message = message
        self.atSheetKey = atSheetKey
        if let sheet, let address { cell = (sheet, address) }
    }
}
