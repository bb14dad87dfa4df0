import FreeXL
import Foundation

/// Reads one sheet of a legacy Excel workbook (.xls, BIFF 2–8) through FreeXL (Debian's
/// libfreexl, which `scripts/bootstrap` installs). FreeXL converts text from the workbook's code
/// page (CP950 for Big5 Excel) to UTF-8 and tells date cells from their formats.
enum XLSReader {
    /// The sheet named `sheet`, or the first one. FreeXL reads from a path, not from memory.
    static func records(path: String, sheet wanted: String?) throws(SpreadsheetProblem) -> [CSVRecord] {
        var handle: UnsafeRawPointer?
        let status = freexl_open(path, &handle)
        defer { if handle != nil { freexl_close(handle) } }
        var password: UInt32 = 0
        if handle != nil, freexl_get_info(handle, UInt16(FREEXL_BIFF_PASSWORD), &password) == FREEXL_OK,
           password == UInt32(FREEXL_BIFF_OBFUSCATED) {
            throw SpreadsheetProblem(SpreadsheetReader.encryptedMessage)
        }
        guard status == FREEXL_OK, handle != nil else {
            throw SpreadsheetProblem("this legacy Excel workbook (.xls) cannot be read: \(describe(status)); download or save it again (as .xlsx if it still fails)")
        }
        var count: UInt32 = 0
        guard freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &count) == FREEXL_OK, count > 0 else {
            throw SpreadsheetProblem("this legacy Excel workbook (.xls) holds no sheet; save it again from Excel")
        }
        var names: [String] = []
        for index in 0..<min(count, UInt32(UInt16.max)) {
            var name: UnsafePointer<CChar>?
            let found = freexl_get_worksheet_name(handle, UInt16(index), &name) == FREEXL_OK
            names.append(found ? name.map { String(cString: $0) } ?? "Sheet\(index + 1)" : "Sheet\(index + 1)")
        }
        var index = 0
        if let wanted {
            guard let found = names.firstIndex(of: wanted) else {
                throw SpreadsheetProblem("the workbook has no sheet '\(wanted)'; its sheets are \(names.joined(separator: ", ")); correct 'sheet:'", atSheetKey: true)
            }
            index = found
        }
        guard freexl_select_active_worksheet(handle, UInt16(index)) == FREEXL_OK else {
            throw SpreadsheetProblem("the sheet '\(names[index])' of this .xls workbook cannot be read; the file is damaged, save it again")
        }
        var rows: UInt32 = 0
        var columns: UInt16 = 0
        guard freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK else {
            throw SpreadsheetProblem("the sheet '\(names[index])' of this .xls workbook cannot be read; the file is damaged, save it again")
        }
        var cells = SheetCells(sheet: names[index])
        for row in 0..<rows {
            for column in 0..<columns {
                var cell = FreeXL_CellValue()
                let result = freexl_get_cell_value(handle, row, column, &cell)
                guard result == FREEXL_OK else {
                    throw SpreadsheetProblem("this cell cannot be read (\(describe(result))); the file is damaged, save it again",
                                             sheet: names[index], at: CellAddress(row: Int(row) + 1, column: Int(column) + 1))
                }
                cells.set(row: Int(row) + 1, column: Int(column) + 1, text(cell))
            }
        }
        return try cells.records()
    }

    private static func text(_ cell: FreeXL_CellValue) -> String {
        switch Int32(cell.type) {
        case FREEXL_CELL_INT: return String(cell.value.int_value)
        case FREEXL_CELL_DOUBLE: return NumberText.general(cell.value.double_value)
        case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_TIME:
            return cell.value.text_value.map { String(cString: $0) } ?? ""
        case FREEXL_CELL_DATE, FREEXL_CELL_DATETIME:
            // `YYYY-MM-DD` (and ` HH:MM:SS`): the ISO date, which RocDate reads.
            return cell.value.text_value.map { String(String(cString: $0).prefix(10)) } ?? ""
        default: return ""
        }
    }

    private static func describe(_ status: Int32) -> String {
        switch status {
        case FREEXL_FILE_NOT_FOUND: return "it cannot be opened"
        case FREEXL_INSUFFICIENT_MEMORY: return "it does not fit in memory"
        case FREEXL_INVALID_CFBF_HEADER, FREEXL_CFBF_INVALID_SIGNATURE, FREEXL_CFBF_INVALID_SECTOR_SIZE:
            return "its compound-file header is broken"
        case FREEXL_CFBF_READ_ERROR, FREEXL_CFBF_SEEK_ERROR, FREEXL_CFBF_EMPTY_FAT_CHAIN, FREEXL_CFBF_ILLEGAL_FAT_ENTRY,
             FREEXL_INVALID_MINI_STREAM, FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
            return "it is damaged or cut short"
        case FREEXL_BIFF_INVALID_BOF, FREEXL_BIFF_WORKBOOK_NOT_FOUND: return "it holds no Excel workbook stream"
        case FREEXL_BIFF_INVALID_SST, FREEXL_BIFF_ILLEGAL_SST_INDEX: return "its table of strings is damaged"
        case FREEXL_INVALID_CHARACTER, FREEXL_UNSUPPORTED_CHARSET: return "its text is not in the code page it declares"
        case FREEXL_CRAFTED_FILE: return "it is severely damaged"
        default: return "FreeXL error \(status)"
        }
    }
}
