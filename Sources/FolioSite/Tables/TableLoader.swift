import FolioCore
import FolioPlan
import Foundation

/// Reads every school-database export listed in `content/tables.yaml`.
///
/// Fails closed: an export in `content/tables/` that the list does not name, a listed file that
/// is missing, two files for the same table and period, or overlapping periods are errors, so
/// no rows are silently left out or counted twice.
enum TableLoader {
    static func load(_ files: ContentFiles, planYears: [Int], sink: DiagnosticSink) -> TableSet {
        let (entries, partTimeCapShare) = TableManifest.load(files, sink: sink)
        checkUnlisted(files, entries: entries, sink: sink)
        checkOverlaps(entries, sink: sink)
        for entry in entries where !planYears.contains(entry.period.planYear) {
            sink.warning(entry.periodLocation,
                "\(entry.period) counts towards \(entry.period.planYear), which is not a plan year (\(planYears.map(String.init).joined(separator: ", "))); its figures appear on no page")
        }
        var seen: [String: SourceLocation] = [:]
        let unique = entries.filter { entry in
            if let first = seen[entry.file] {
                sink.error(entry.location, "\(entry.file) is already listed at line \(first.line); list each export once")
                return false
            }
            seen[entry.file] = entry.location
            return true
        }
        let tables = Parallel.map(unique, reportingTo: sink) { entry, sink in
            StageTimer.measure("read and import \(entry.file)") { load(entry, files: files, sink: sink) }
        }
        return TableSet(tables.compactMap { $0 }, partTimeCapShare: partTimeCapShare)
    }

    private static func load(_ entry: TableManifestEntry, files: ContentFiles, sink: DiagnosticSink) -> TableFile? {
        let display = files.display(entry.file)
        let data: Data
        switch files.data(entry.file, within: TableManifest.folder) {
        case .success(let bytes): data = bytes
        case .failure(.missing):
            sink.error(entry.fileLocation, "the export \(display) does not exist; check the path (relative to the content folder) or remove the entry")
            return nil
        case .failure(let problem):
            sink.error(entry.fileLocation, files.explain(problem, entry.file, what: "the export",
                                                         reason: "exports name students and teachers, whose rows are shown only in the internal site"))
            return nil
        }
        // A workbook is opened by its path (ZIPFoundation reads a damaged zip safely only from a file):
        // the path the confined read just resolved, inside content/tables/.
        guard case .success(let resolved) = files.resolve(entry.file, within: TableManifest.folder) else { return nil }
        switch SpreadsheetReader.read(data, url: URL(fileURLWithPath: resolved), entry: entry, file: display, sink: sink) {
        case .text: break
        case .records(let records): return TableImporter.rows(records, entry: entry, file: display, sink: sink)
        case .unreadable: return nil
        }
        let text: String
        switch CSVReader.decode(data, declared: entry.encoding) {
        case .success(let decoded): text = decoded.text
        case .failure(.notUTF8(let line)):
            sink.error(SourceLocation(file: display, line: line), "the file is not valid UTF-8 as content/tables.yaml declares; save it as UTF-8 or set 'encoding: big5'")
            return nil
        case .failure(.isUTF8):
            sink.error(entry.location, "\(display) is UTF-8 text, not Big5 as its 'encoding: big5' says; remove 'encoding' from this entry (or write 'encoding: utf-8')")
            return nil
        case .failure(.notBig5(let line)):
            sink.error(SourceLocation(file: display, line: line), "the file is neither UTF-8 nor Big5 (CP950); save it from Excel as \"CSV UTF-8\"")
            return nil
        }
        switch CSVReader.records(text, file: display) {
        case .success(let records):
            sink.append(contentsOf: CSVReader.forbiddenCharacterProblems(records, file: display))
            return TableImporter.rows(records, entry: entry, file: display, sink: sink)
        case .failure(let error):
            sink.append(contentsOf: [error.diagnostic])
            return nil
        }
    }

    private static func checkUnlisted(_ files: ContentFiles, entries: [TableManifestEntry], sink: DiagnosticSink) {
        let listed = Set(entries.map(\.file))
        let kinds: Set<String> = ["csv", "xlsx", "xls", "htm", "html"]
        let exports = files.list(TableManifest.folder, extension: nil, sink: sink)
            .filter { kinds.contains(($0 as NSString).pathExtension.lowercased()) }
        for path in exports where !listed.contains(path) {
            sink.error(.file(files.display(path)),
                "this export is not listed in content/tables.yaml, so none of its rows would count; add an entry with its table and period, or move the file out of content/tables/")
        }
    }

    /// Within a table and plan year: semesters, or one academic or calendar year, never both,
    /// and no period twice.
    private static func checkOverlaps(_ entries: [TableManifestEntry], sink: DiagnosticSink) {
        var byKey: [String: [TableManifestEntry]] = [:]
        for entry in entries { byKey["\(entry.schema.id)|\(entry.period.planYear)", default: []].append(entry) }
        for group in byKey.values where group.count > 1 {
            for (index, entry) in group.enumerated() {
                guard let earlier = group[..<index].first(where: { overlaps($0.period, entry.period) }) else { continue }
                sink.error(entry.periodLocation,
                    "表\(entry.schema.id) for \(entry.period) overlaps \(earlier.file) (\(earlier.period)), so rows would count twice; list semesters or the whole year, not both")
            }
        }
    }

    private static func overlaps(_ a: ReportingPeriod, _ b: ReportingPeriod) -> Bool {
        if case .semester = a, case .semester = b { return a == b }
        return true
    }
}
