import FolioCore
import FolioPlan
import Foundation

/// `folio import PATH…`: copies downloaded exports into `content/tables/` and lists each in
/// `content/tables.yaml`, one line of output per file. Importing the same download again
/// changes nothing.
public enum TableImport {
    public struct Report {
        /// One line per file: what it was recognised as and what was done, or why not and how to fix it.
        public var lines: [String]
        public var failed: Int
        /// The tables' own problems after the import (the `values:` lines Folio asks for, …).
        public var diagnostics: [Diagnostic]
    }

    public static func run(_ paths: [String], contentFolder: URL, displayRoot: String) -> Report {
        var report = Report(lines: [], failed: 0, diagnostics: [])
        let files = ContentFiles(root: contentFolder, displayRoot: displayRoot)
        let manifestPath = contentFolder.appendingPathComponent(TableManifest.file)
        let sink = DiagnosticSink()
        let existing = FileManager.default.fileExists(atPath: manifestPath.path) ? TableManifest.load(files, sink: sink).entries : []
        if sink.hasErrors {
            report.lines.append("\(files.display(TableManifest.file)): error: fix these problems first; nothing was imported")
            report.diagnostics = sink.diagnostics
            report.failed = 1
            return report
        }
        var manifestText = (try? String(contentsOf: manifestPath, encoding: .utf8)) ?? ManifestEditor.newFile
        var editor = ManifestEditor(manifestText)
        var entries = existing.map { (file: $0.file, table: $0.schema.id, period: $0.period, line: $0.fileLocation.line) }
        var added = 0
        for path in paths {
            let candidates: [ImportCandidate]
            switch ImportCandidates.expand(path) {
            case .success(let found): candidates = found
            case .failure(let problem):
                report.lines.append("\(problem.name): error: \(problem.message)")
                report.failed += 1
                continue
            }
            for candidate in candidates {
                let ext = (candidate.baseName as NSString).pathExtension.lowercased()
                guard ImportCandidates.exportExtensions.contains(ext) else {
                    report.lines.append("\(candidate.name): skipped: not a table export (Folio imports .xls, .xlsx, .csv and .htm/.html files)")
                    continue
                }
                guard let (schema, period) = recognise(candidate) else {
                    report.lines.append(unrecognised(candidate))
                    report.failed += 1
                    continue
                }
                let stored = "\(TableManifest.folder)/\(TableRecognizer.storedName(schema, period)).\(storedExtension(candidate.data, ext))"
                let target = contentFolder.appendingPathComponent(stored)
                let what = "表\(schema.id) \(schema.name), \(period)"
                let unchangedFile = FileManager.default.contents(atPath: target.path) == candidate.data
                if !unchangedFile {
                    do {
                        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try candidate.data.write(to: target, options: .atomic)
                    } catch {
                        report.lines.append("\(candidate.name): error: cannot write \(files.display(stored)): \(error.localizedDescription)")
                        report.failed += 1
                        continue
                    }
                }
                var action: String
                if let index = entries.firstIndex(where: { $0.table == schema.id && $0.period == period }) {
                    let old = entries[index].file
                    if old == stored {
                        action = unchangedFile ? "already imported, unchanged" : "replaced the file; tables.yaml unchanged"
                    } else if editor.replaceFile(line: entries[index].line, old: old, new: stored) {
                        entries[index].file = stored
                        action = "tables.yaml now lists it instead of \(old)"
                        // The replaced export is removed only where the confined reader places it, inside content/tables/.
                        if case .success(let resolved) = files.resolve(old, within: TableManifest.folder),
                           (try? FileManager.default.removeItem(atPath: resolved)) != nil {
                            action += ", which is removed"
                        }
                    } else {
                        action = "copied; edit the entry for \(old) in tables.yaml to \(stored) by hand"
                    }
                } else {
                    editor.append(file: stored, table: schema.id, period: period.description)
                    entries.append((stored, schema.id, period, 0))
                    added += 1
                    action = "added to tables.yaml"
                }
                report.lines.append("\(candidate.name): \(what) → \(files.display(stored)) (\(action))")
            }
        }
        if editor.changed {
            manifestText = editor.text
            do { try manifestText.write(to: manifestPath, atomically: true, encoding: .utf8) } catch {
                report.lines.append("\(files.display(TableManifest.file)): error: cannot write it: \(error.localizedDescription)")
                report.failed += 1
            }
        }
        // The imported tables as a build reads them: the values: lines Folio asks for, and any other problem.
        let check = DiagnosticSink()
        _ = TableLoader.load(files, planYears: [], sink: check)
        report.diagnostics = check.diagnostics.filter { $0.severity == .error }.sortedForReading()
        return report
    }

    private static func recognise(_ candidate: ImportCandidate) -> (TableSchema, ReportingPeriod)? {
        let name = (candidate.baseName as NSString).deletingPathExtension
        var title: String?
        let found = TableRecognizer.table(in: name) ?? {
            title = titleText(candidate)
            return title.flatMap(TableRecognizer.table(in:))
        }()
        guard let (schema, matched) = found else { return nil }
        let rest = name.replacingOccurrences(of: matched, with: " ")
        if let period = TableRecognizer.period(in: rest, table: schema) { return (schema, period) }
        if title == nil { title = titleText(candidate) }
        guard let title, let period = TableRecognizer.period(in: title.replacingOccurrences(of: matched, with: " "), table: schema) else { return nil }
        return (schema, period)
    }

    private static func unrecognised(_ candidate: ImportCandidate) -> String {
        let name = (candidate.baseName as NSString).deletingPathExtension
        if let schema = (TableRecognizer.table(in: name) ?? titleText(candidate).flatMap(TableRecognizer.table(in:)))?.schema {
            return "\(candidate.name): error: 表\(schema.id), but for which period neither its name nor its title row says; rename it with the period (e.g. \(schema.id)_114-1 for 114學年度第1學期, \(schema.id)_114 for the year) and import it again"
        }
        return "\(candidate.name): error: neither its name nor its title row names a table Folio reads (e.g. 表4-8-2 or table4_8_2); rename it as 4-8-2_114-1 (table, then period) and import it again"
    }

    /// The first rows' text, where the title row is (`表4-8-2 學生技術證照資料表 114學年度第1學期`).
    private static func titleText(_ candidate: ImportCandidate) -> String? {
        let records: [CSVRecord]
        switch SpreadsheetFormat(detecting: candidate.data) {
        case .text:
            guard case .success(let decoded) = CSVReader.decode(candidate.data, declared: nil),
                  case .success(let parsed) = CSVReader.records(String(decoded.text.prefix(4_000)), file: candidate.name) else { return nil }
            records = parsed
        case .htmlTable:
            guard let parsed = try? HTMLTableReader.records(candidate.data) else { return nil }
            records = parsed
        case .zip, .compoundFile(encrypted: false):
            let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("folio-import-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: temporary) }
            guard (try? candidate.data.write(to: temporary)) != nil else { return nil }
            if case .zip = SpreadsheetFormat(detecting: candidate.data) {
                guard let parsed = try? XLSXReader.records(temporary, sheet: nil) else { return nil }
                records = parsed
            } else {
                guard let parsed = try? XLSReader.records(path: temporary.path, sheet: nil) else { return nil }
                records = parsed
            }
        default:
            return nil
        }
        return records.prefix(3).flatMap { $0.fields.map(\.text) }.joined(separator: " ")
    }

    /// What the file really is decides its extension (an "Excel" download that is HTML is kept as .html).
    private static func storedExtension(_ data: Data, _ given: String) -> String {
        switch SpreadsheetFormat(detecting: data) {
        case .zip: "xlsx"
        case .compoundFile: "xls"
        case .htmlTable: "html"
        case .text: "csv"
        case .spreadsheetML: given
        }
    }
}
