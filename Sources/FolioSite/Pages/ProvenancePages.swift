import FolioCore
import FolioPlan
import Foundation
import Mustache

/// The rows behind every computed figure (P8): for each file read, the rows counted and the rows
/// excluded with the reason. These pages name students and teachers, so they are rendered for an
/// audience that may show source rows (the internal tree) and for no other.
struct ProvenancePages {
    let pages: PlanPages

    static func path(_ measureID: String, year: Int) -> String {
        "provenance/\(measureID)-\(year).html"
    }

    func specs() -> [PageSpec] {
        guard pages.audience.mayShowSourceRows else { return [] }
        return pages.content.figures.compactMap { figure -> PageSpec? in
            guard let measure = pages.catalog.measure(figure.measureID),
                  let indicator = pages.catalog.indicators.first(where: { $0.measures.contains { $0.id == measure.id } }) else { return nil }
            let path = ProvenancePages.path(figure.measureID, year: figure.year)
            return PageSpec.html(path) { sink in
                let view = pageView(figure, measure: measure, indicator: indicator)
                let title = pages.wording.words(key: "plan-provenance-page-title", [
                    "id": .text(figure.measureID), "roc": .number(String(figure.year)), "year": .academicYear(figure.year),
                    "title": .term("provenance-title"),
                ])
                return pages.page(path: path, title: title, body: pages.templates.render(view, template: "provenance", sink: sink),
                                  current: indicator.number, sink: sink)
            }
        }
    }

    private func pageView(_ figure: ComputedFigure, measure: CatalogMeasure, indicator: Indicator) -> ProvenancePageView {
        let summary = pages.figureView(figure, measure: measure, root: "../")
        let wording = pages.wording
        // The export's headers and cells are school data: on an English page, Chinese ones are marked as such.
        let marksChinese = pages.language == .en
        let rows = { (n: Int) in Formatting.grouped(Double(n), maxFractionDigits: 0) }
        // Thousands of rows share a handful of reasons: each is worded once.
        var reasons: [RowReason: String] = [:]
        func reasonHTML(_ reason: RowReason) -> String {
            if let worded = reasons[reason] { return worded }
            let worded = wording.html(reason, prefix: "row-reason")
            reasons[reason] = worded
            return worded
        }
        let files = figure.files.map { file -> ProvenanceFileView in
            let counted = figure.counted.filter { $0.row.location.file == file.file }
            let excluded = figure.excluded.filter { $0.row.location.file == file.file }
            // A column shows when some row has it: looked for field by field, stopping at the first row
            // that has it, not by gathering every field name of thousands of rows.
            let fields = file.schema.fields.filter { field in
                counted.contains { $0.row.fields[field.name] != nil } || excluded.contains { $0.row.fields[field.name] != nil }
            }
            let cells = { (row: TableRow) in fields.map { row[$0.name] } }
            // A workbook's rows are cited by sheet and row (`c.xlsx:Sheet1`, then the row numbers).
            let sheet = (counted.first?.row ?? excluded.first?.row)?.location.sheet
            let fileLabel = (file.file as NSString).lastPathComponent + (sheet.map { ":\($0)" } ?? "")
            return ProvenanceFileView(
                file: wording.html(key: "plan-value", ["value": .text(fileLabel)]), fileLabel: marksChinese && fileLabel.containsCJK ? nil : fileLabel, table: wording.html(key: "plan-table-title", [
                    "table": .worded(key: "table-citation", parameters: ["id": .number(file.schema.id)]), "name": .term("table-\(file.schema.id)"),
                ]),
                period: wording.html(key: "plan-value", ["value": file.period.wording]),
                columns: fields.map { ProvenanceColumnView(header: $0.defaultHeader, isChinese: marksChinese && $0.defaultHeader.containsCJK) },
                countedRows: SourceRowsMarkup.rows(markingChinese: marksChinese, counted.map { ($0.row.location.line, cells($0.row),
                                                                  $0.note.map(reasonHTML)
                                                                      ?? Formatting.grouped($0.contribution, maxFractionDigits: 2)) }),
                excludedRows: SourceRowsMarkup.rows(markingChinese: marksChinese, excluded.map { ($0.row.location.line, cells($0.row), reasonHTML($0.reason)) }),
                countedHeading: wording.words(key: "plan-rows-heading", ["label": .term("counted-rows"), "rows": .number(rows(counted.count))]),
                excludedHeading: wording.words(key: "plan-rows-heading", ["label": .term("excluded-rows"), "rows": .number(rows(excluded.count))]),
                hasExcluded: !excluded.isEmpty, hasCounted: !counted.isEmpty)
        }
        return ProvenancePageView(figure: summary, indicatorHref: "../" + PlanPages.indicatorPath(indicator.number) + "#computed",
                                  indicatorName: "\(indicator.number). \(pages.language.pick(indicator.name, indicator.nameEn))",
                                  files: files, labels: pages.labels)
    }
}

struct ProvenancePageView {
    var figure: FigureView
    var indicatorHref: String
    var indicatorName: String
    var files: [ProvenanceFileView]
    var labels: [String: String]
}

struct ProvenanceFileView {
    /// HTML: the file name (and sheet), which may be Chinese.
    var file: String
    /// The section's accessible name; nil on an English page when the file or sheet name is Chinese,
    /// which an attribute cannot mark as Chinese (the heading shows it, marked).
    var fileLabel: String?
    var table: String
    var period: String
    var columns: [ProvenanceColumnView]
    /// Ready `<tr>` markup (see `SourceRowsMarkup`).
    var countedRows: String
    var excludedRows: String
    /// 採計之資料列（2 列）, Counted rows (2 rows).
    var countedHeading: String
    var excludedHeading: String
    var hasExcluded: Bool
    var hasCounted: Bool
    /// "zh-Hant" on an English page: the export's own column headers are Chinese, as the school database writes them.
    var columnLang: String? = nil
}

/// A column of an export, headed as the export heads it.
struct ProvenanceColumnView {
    var header: String
    /// On an English page, a Chinese header is marked `lang="zh-Hant"`.
    var isChinese: Bool
}

/// The `<tr>` rows of a source-table listing.
///
/// A provenance page lists thousands of rows; rendered cell by cell through Mustache, whose
/// dynamic casts run per value, they were most of a build's time. The rows are therefore laid
/// out here, in one fixed shape (line number, cells, note), and the template places them. The
/// note is ready HTML (a worded reason, its school data marked as Chinese on English pages).
enum SourceRowsMarkup {
    static func rows(markingChinese: Bool = false, _ rows: [(line: Int, cells: [String], note: String)]) -> String {
        var html = ""
        html.reserveCapacity(rows.count * 160)
        // Appended piece by piece: an interpolation or a `+` made a string of its own for each of
        // tens of thousands of cells first (issue 15).
        for row in rows {
            html += "<tr><td class=\"num\">"
            html += String(row.line)
            html += "</td>"
            for cell in row.cells {
                html += markingChinese && cell.containsCJK ? "<td lang=\"zh-Hant\">" : "<td>"
                html += HTMLText.escape(cell)
                html += "</td>"
            }
            html += "<td>"
            html += row.note
            html += "</td></tr>\n"
        }
        return html
    }
}
