import Foundation
import ZIPFoundation

/// The parts of an Office Open XML workbook (.xlsx) that Folio reads: the sheet list, which file
/// holds each sheet, the date system, and which cell styles show dates. Every part is read with
/// `XMLScanner`.
struct XLSXPackage {
    struct Sheet {
        var name: String
        var part: String
        var isHidden: Bool
    }

    private let archive: Archive
    let sheets: [Sheet]
    let date1904: Bool
    /// Cell style index (`s`) → how its dates are shown, for the styles that are dates.
    let dateStyles: [Int: ExcelDate.Style]

    /// From the file, not from memory: ZIPFoundation's in-memory archive traps when a damaged
    /// directory points past the end (found by fuzzing); its file archive reports it.
    init(_ url: URL) throws(SpreadsheetProblem) {
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw SpreadsheetProblem("the file starts like a zip archive (an .xlsx workbook) but its directory cannot be read, so it is damaged or cut short; download or save it again")
        }
        guard archive.first(where: { _ in true }) != nil else {
            throw SpreadsheetProblem("the file starts like a zip archive (an .xlsx workbook) but its directory cannot be read, so it is damaged or cut short; download or save it again")
        }
        guard archive["xl/workbook.xml"] != nil else {
            if archive["content.xml"] != nil {
                throw SpreadsheetProblem("this is an OpenDocument spreadsheet (.ods), which Folio does not read; save it as an Excel workbook (.xlsx)")
            }
            throw SpreadsheetProblem("this zip archive is not an Excel workbook (it has no xl/workbook.xml); if it is a download of several exports, unzip it and list each file")
        }
        let workbook = try Self.elements(Self.part("xl/workbook.xml", in: archive))
        var relations: [Element] = []
        if archive["xl/_rels/workbook.xml.rels"] != nil { relations = try Self.elements(Self.part("xl/_rels/workbook.xml.rels", in: archive)) }
        var targets: [String: String] = [:]
        for relation in relations where relation.name == "Relationship" {
            if let id = relation.attributes["Id"], let target = relation.attributes["Target"] { targets[id] = target }
        }
        var sheets: [Sheet] = []
        for sheet in workbook where sheet.name == "sheet" {
            guard let name = sheet.attributes["name"] else { continue }
            guard let id = sheet.attributes.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value,
                  let target = targets[id] else {
                throw SpreadsheetProblem("the workbook lists the sheet '\(name)' but not the part that holds it; it is damaged, save it again from Excel")
            }
            let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            sheets.append(Sheet(name: name, part: part, isHidden: sheet.attributes["state"].map { $0 != "visible" } ?? false))
        }
        self.sheets = sheets
        date1904 = workbook.first { $0.name == "workbookPr" }?.attributes["date1904"].map { $0 == "1" || $0 == "true" } ?? false
        dateStyles = try archive["xl/styles.xml"] == nil ? [:] : Self.dateStyles(Self.elements(Self.part("xl/styles.xml", in: archive)))
    }

    /// The bytes of a part; a part the workbook names but lacks, or cannot inflate, is damage.
    func part(_ path: String) throws(SpreadsheetProblem) -> [UInt8]? {
        guard archive[path] != nil else { return nil }
        return try Self.part(path, in: archive)
    }

    private static func part(_ path: String, in archive: Archive) throws(SpreadsheetProblem) -> [UInt8] {
        guard let entry = archive[path] else { throw SpreadsheetProblem("the workbook names the part \(path) but lacks it; it is damaged, save it again from Excel") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, 1 << 30)))
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        } catch {
            throw SpreadsheetProblem("the workbook's part \(path) cannot be unpacked (\(error)); the file is damaged, download or save it again")
        }
        return bytes
    }

    // MARK: Small parts

    struct Element {
        var name: String
        /// By qualified name (`r:id`), values unescaped.
        var attributes: [String: String]
        var parent: String?
    }

    /// Every element of a part, with its attributes and its parent's name. (Foundation's
    /// `XMLParser` was used here first; on Linux it traps on some damaged attributes, which a
    /// fuzzed workbook found, so these parts go through `XMLScanner` as well.)
    private static func elements(_ bytes: [UInt8]) throws(SpreadsheetProblem) -> [Element] {
        var scanner = XMLScanner(bytes)
        var elements: [Element] = []
        var path: [String] = []
        do {
            while let token = try scanner.next() {
                switch token {
                case .start(let name, let attributes, let selfClosing):
                    let local = String(decoding: scanner.raw(name), as: UTF8.self)
                    var values: [String: String] = [:]
                    for (key, value) in scanner.attributes(in: attributes) { values[key] = value }
                    elements.append(Element(name: local, attributes: values, parent: path.last))
                    if !selfClosing { path.append(local) }
                case .end:
                    guard !path.isEmpty else { throw XMLScanner.Malformed(offset: 0) }
                    path.removeLast()
                case .text, .cdata:
                    break
                }
            }
        } catch {
            throw SpreadsheetProblem("the workbook's XML is malformed; it is damaged, save it again from Excel")
        }
        guard path.isEmpty, !elements.isEmpty else {
            throw SpreadsheetProblem("the workbook's XML is malformed or cut short; it is damaged, save it again from Excel")
        }
        return elements
    }

    /// `cellXfs` lists each cell style's number format: a built-in id or one of `numFmts`.
    private static func dateStyles(_ styles: [Element]) -> [Int: ExcelDate.Style] {
        var custom: [Int: ExcelDate.Style?] = [:]
        for format in styles where format.name == "numFmt" {
            if let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"] {
                custom[id] = ExcelDate.style(formatCode: code)
            }
        }
        var result: [Int: ExcelDate.Style] = [:]
        for (index, style) in styles.filter({ $0.name == "xf" && $0.parent == "cellXfs" }).enumerated() {
            guard let id = style.attributes["numFmtId"].flatMap(Int.init) else { continue }
            if let dateStyle = custom[id] ?? ExcelDate.style(builtIn: id) { result[index] = dateStyle }
        }
        return result
    }
}
