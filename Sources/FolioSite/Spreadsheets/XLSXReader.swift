import FolioCore
import Foundation

/// Reads one sheet of an .xlsx workbook into records: shared and inline strings, numbers as
/// Excel shows them in General format, booleans, cached formula results, and date cells as
/// dates (see `ExcelDate`). A merged cell's value is in its top-left cell, as Excel stores it.
enum XLSXReader {
    /// The sheet named `sheet`, or the first visible one.
    static func records(_ url: URL, sheet wanted: String?) throws(SpreadsheetProblem) -> [CSVRecord] {
        let package = try XLSXPackage(url)
        let visible = package.sheets.filter { !$0.isHidden }
        guard let sheet = wanted.map({ name in package.sheets.first { $0.name == name } }) ?? visible.first ?? package.sheets.first else {
            if let wanted {
                throw SpreadsheetProblem("the workbook has no sheet '\(wanted)'; its sheets are \(package.sheets.map(\.name).joined(separator: ", ")); correct 'sheet:'", atSheetKey: true)
            }
            throw SpreadsheetProblem("the workbook lists no sheets; save it again from Excel")
        }
        let strings = try package.part("xl/sharedStrings.xml").map(sharedStrings) ?? []
        guard let part = try package.part(sheet.part) else {
            throw SpreadsheetProblem("the workbook names \(sheet.part) for the sheet '\(sheet.name)' but lacks it; it is damaged, save it again from Excel")
        }
        return try cells(part, sheet: sheet.name, strings: strings, package: package).records()
    }

    private static func sharedStrings(_ bytes: [UInt8]) throws(SpreadsheetProblem) -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        var current = ""
        var inText = false, inPhonetic = false
        var complete = false
        do {
            while let token = try scanner.next() {
                switch token {
                case .start(let name, _, let selfClosing):
                    if scanner.name(name, is: "si") {
                        current = ""
                        if selfClosing { strings.append("") }
                    } else if scanner.name(name, is: "t") {
                        inText = !selfClosing && !inPhonetic
                    } else if scanner.name(name, is: "rPh") {
                        inPhonetic = !selfClosing
                    }
                case .end(let name):
                    if scanner.name(name, is: "sst") { complete = true }
                    if scanner.name(name, is: "si") { strings.append(current) }
                    else if scanner.name(name, is: "t") { inText = false }
                    else if scanner.name(name, is: "rPh") { inPhonetic = false }
                case .text(let range): if inText { current += scanner.text(range) }
                case .cdata(let range): if inText { current += String(decoding: scanner.raw(range), as: UTF8.self) }
                }
            }
        } catch {
            complete = false
        }
        guard complete else {
            throw SpreadsheetProblem("the workbook's shared strings (xl/sharedStrings.xml) are malformed or cut short; it is damaged, save it again from Excel")
        }
        return strings
    }

    private enum Capture { case none, value, inline }

    private static func cells(_ bytes: [UInt8], sheet: String, strings: [String], package: XLSXPackage) throws(SpreadsheetProblem) -> SheetCells {
        var scanner = XMLScanner(bytes)
        var cells = SheetCells(sheet: sheet)
        var row = 0, column = 0
        var type: ArraySlice<UInt8> = [], style = 0
        var value: [UInt8] = [], inline = ""
        var capture = Capture.none
        var inInline = false, inPhonetic = false
        var complete = false
        do {
            while let token = try scanner.next() {
                switch token {
                case .start(let name, let attributes, let selfClosing):
                    if scanner.name(name, is: "c") {
                        if let reference = scanner.attribute("r", in: attributes) {
                            guard let address = CellAddress(scanner.raw(reference)) else {
                                throw SpreadsheetProblem("a cell of the sheet '\(sheet)' has the reference '\(scanner.text(reference))', which is not a cell; the file is damaged, save it again from Excel")
                            }
                            column = address.column
                            if address.row > 0 { row = address.row }
                        } else {
                            column += 1
                        }
                        guard column <= 16_384, (1...1_048_576).contains(row) else {
                            throw SpreadsheetProblem("the sheet '\(sheet)' has a cell beyond Excel's last row or column; the file is damaged, save it again from Excel")
                        }
                        type = scanner.attribute("t", in: attributes).map(scanner.raw) ?? []
                        style = scanner.attribute("s", in: attributes).flatMap { Int(String(decoding: scanner.raw($0), as: UTF8.self)) } ?? 0
                        value.removeAll(keepingCapacity: true)
                        inline = ""
                    } else if scanner.name(name, is: "sheetData") {
                        complete = complete || selfClosing
                    } else if scanner.name(name, is: "row") {
                        row = scanner.attribute("r", in: attributes).flatMap { Int(String(decoding: scanner.raw($0), as: UTF8.self)) } ?? min(row, 1_048_576) + 1
                        column = 0
                    } else if scanner.name(name, is: "v") {
                        capture = selfClosing ? .none : .value
                    } else if scanner.name(name, is: "is") {
                        inInline = !selfClosing
                    } else if scanner.name(name, is: "t") {
                        capture = inInline && !inPhonetic && !selfClosing ? .inline : .none
                    } else if scanner.name(name, is: "rPh") {
                        inPhonetic = !selfClosing
                    }
                case .end(let name):
                    if scanner.name(name, is: "c") {
                        let text = try cellText(type: type, style: style, value: value, inline: inline, strings: strings,
                                                package: package, sheet: sheet, at: CellAddress(row: row, column: column))
                        cells.set(row: row, column: column, text)
                    } else if scanner.name(name, is: "sheetData") {
                        complete = true
                    } else if scanner.name(name, is: "v") || scanner.name(name, is: "t") {
                        capture = .none
                    } else if scanner.name(name, is: "is") {
                        inInline = false
                    } else if scanner.name(name, is: "rPh") {
                        inPhonetic = false
                    }
                case .text(let range), .cdata(let range):
                    switch capture {
                    case .none: break
                    case .value: value.append(contentsOf: scanner.raw(range))
                    case .inline:
                        if case .cdata = token { inline += String(decoding: scanner.raw(range), as: UTF8.self) } else { inline += scanner.text(range) }
                    }
                }
            }
        } catch let problem as SpreadsheetProblem {
            throw problem
        } catch {
            complete = false
        }
        guard complete else {
            throw SpreadsheetProblem("the XML of the sheet '\(sheet)' is malformed or cut short; the file is damaged, save it again from Excel")
        }
        return cells
    }

    private static func cellText(type: ArraySlice<UInt8>, style: Int, value: [UInt8], inline: String, strings: [String],
                                 package: XLSXPackage, sheet: String, at address: CellAddress) throws(SpreadsheetProblem) -> String {
        switch String(decoding: type, as: UTF8.self) {
        case "s":
            guard let index = Int(String(decoding: value, as: UTF8.self)), strings.indices.contains(index) else {
                throw SpreadsheetProblem("this cell refers to shared string \(String(decoding: value, as: UTF8.self)), which the workbook lacks; the file is damaged, save it again from Excel",
                                         sheet: sheet, at: address)
            }
            return strings[index]
        case "inlineStr": return inline
        case "b": return value == [UInt8(ascii: "1")] ? "TRUE" : "FALSE"
        case "str", "e": return XMLScanner(value).text(0..<value.count)
        case "d":
            // An ISO 8601 date (strict Open XML): keep the date part.
            return String(String(decoding: value, as: UTF8.self).prefix(10))
        default:
            guard !value.isEmpty else { return "" }
            if let dateStyle = package.dateStyles[style], let serial = Double(String(decoding: value, as: UTF8.self)),
               let date = ExcelDate.text(serial: serial, style: dateStyle, date1904: package.date1904) {
                return date
            }
            return NumberText.general(value)
        }
    }
}

/// A number as Excel's General format shows it: at most 15 significant digits, no trailing zeros.
enum NumberText {
    static func general(_ raw: [UInt8]) -> String {
        // Most stored numbers are whole ("1303"): keep them as they are.
        if raw.count <= 15, raw.first != UInt8(ascii: "0") || raw.count == 1,
           raw.enumerated().allSatisfy({ (0x30...0x39).contains($0.element) || ($0.offset == 0 && $0.element == UInt8(ascii: "-") && raw.count > 1) }) {
            return String(decoding: raw, as: UTF8.self)
        }
        let text = String(decoding: raw, as: UTF8.self)
        guard let number = Double(text) else { return text }
        return general(number)
    }

    static func general(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        var text = String(format: "%.15g", number)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
