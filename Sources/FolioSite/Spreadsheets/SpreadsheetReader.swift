import FolioCore
import Foundation

/// The one door from an export's bytes to table records, whatever the export really is (see
/// `SpreadsheetFormat`): workbooks and HTML tables are read here; text is left to `CSVReader`.
enum SpreadsheetReader {
    enum Outcome {
        /// Plain text: read it as CSV.
        case text
        case records([CSVRecord])
        /// Reported to the sink.
        case unreadable
    }

    static let encryptedMessage = "this workbook is encrypted (protected by a password to open), so Folio cannot read it; open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, then clear it) and save it again"

    static func read(_ data: Data, url: URL, entry: TableManifestEntry, file: String, sink: DiagnosticSink) -> Outcome {
        StageTimer.measure("read \(file)") { readDetected(data, url: url, entry: entry, file: file, sink: sink) }
    }

    private static func readDetected(_ data: Data, url: URL, entry: TableManifestEntry, file: String, sink: DiagnosticSink) -> Outcome {
        let format = SpreadsheetFormat(detecting: data)
        let hasSheets: Bool
        switch format {
        case .zip, .compoundFile: hasSheets = true
        default: hasSheets = false
        }
        if let sheet = entry.sheet, !hasSheets {
            sink.error(sheet.location, "\(file) is \(format == .htmlTable ? "an HTML table" : "a text (CSV) file"), which has no sheets; remove 'sheet:'")
            return .unreadable
        }
        do {
            switch format {
            case .text: return .text
            case .zip: return .records(try XLSXReader.records(url, sheet: entry.sheet?.value))
            case .compoundFile(encrypted: true): throw SpreadsheetProblem(encryptedMessage)
            case .compoundFile(encrypted: false): return .records(try XLSReader.records(path: url.path, sheet: entry.sheet?.value))
            case .htmlTable: return .records(try HTMLTableReader.records(data, encoding: entry.encoding))
            case .spreadsheetML:
                throw SpreadsheetProblem("this is an Excel 2003 XML Spreadsheet, which Folio does not read; open it in Excel and save it as an Excel workbook (.xlsx)")
            }
        } catch let problem as SpreadsheetProblem {
            let location = problem.cell.map { SourceLocation(file: file, line: $0.address.row, column: $0.address.column, sheet: $0.sheet) }
            if problem.atSheetKey, let key = entry.sheet {
                sink.error(key.location, "\(file): \(problem.message)")
            } else {
                sink.error(location ?? .wholeFile(file), problem.message)
            }
            return .unreadable
        } catch {
            sink.error(.wholeFile(file), "the export cannot be read: \(error)")
            return .unreadable
        }
    }
}
