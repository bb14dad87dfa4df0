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
                let title = "\(figure.measureID) \(figure.year)\(pages.labels["year-suffix"] ?? "") · \(pages.labels["provenance-title"] ?? "")"
                return pages.page(path: path, title: title, body: pages.templates.render(view, template: "provenance", sink: sink),
                                  current: indicator.number, sink: sink)
            }
        }
    }

    private func pageView(_ figure: ComputedFigure, measure: CatalogMeasure, indicator: Indicator) -> ProvenancePageView {
        let summary = pages.figureView(figure, measure: measure, root: "../")
        let wording = RowReasonWording(labels: pages.labels)
        let markChinese = pages.language != .zhHant
        let files = figure.files.map { file -> ProvenanceFileView in
            let counted = figure.counted.filter { $0.row.location.file == file.file }
            let excluded = figure.excluded.filter { $0.row.location.file == file.file }
            let present = Set((counted.map(\.row) + excluded.map(\.row)).flatMap(\.fields.keys))
            let fields = file.schema.fields.filter { present.contains($0.name) }
            let cells = { (row: TableRow) in fields.map { row[$0.name] } }
            // A workbook's rows are cited by sheet and row (`c.xlsx:Sheet1`, then the row numbers).
            let sheet = (counted.first?.row ?? excluded.first?.row)?.location.sheet
            return ProvenanceFileView(
                file: (file.file as NSString).lastPathComponent + (sheet.map { ":\($0)" } ?? ""), table: "表\(file.schema.id) \(file.schema.name)",
                period: file.period.description, columns: fields.map(\.defaultHeader),
                countedRows: SourceRowsMarkup.rows(counted.map { ($0.row.location.line, cells($0.row),
                                                                  $0.typedNote.map(wording.text) ?? $0.note
                                                                      ?? Formatting.grouped($0.contribution, maxFractionDigits: 2)) }, markChinese: markChinese),
                excludedRows: SourceRowsMarkup.rows(excluded.map { ($0.row.location.line, cells($0.row), $0.typed.map(wording.text) ?? $0.reason) },
                                                    markChinese: markChinese),
                countedCount: Formatting.grouped(Double(counted.count), maxFractionDigits: 0),
                excludedCount: Formatting.grouped(Double(excluded.count), maxFractionDigits: 0),
                hasExcluded: !excluded.isEmpty, hasCounted: !counted.isEmpty,
                columnLang: markChinese ? SiteLanguage.zhHant.rawValue : nil)
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
    var file: String
    var table: String
    var period: String
    var columns: [String]
    /// Ready `<tr>` markup (see `SourceRowsMarkup`).
    var countedRows: String
    var excludedRows: String
    var countedCount: String
    var excludedCount: String
    var hasExcluded: Bool
    var hasCounted: Bool
    /// "zh-Hant" on an English page: the export's own column headers are Chinese, as the school database writes them.
    var columnLang: String? = nil
}

/// The `<tr>` rows of a source-table listing.
///
/// A provenance page lists thousands of rows; rendered cell by cell through Mustache, whose
/// dynamic casts run per value, they were most of a build's time. The rows are therefore laid
/// out here, in one fixed shape (line number, cells, note), and the template places them.
enum SourceRowsMarkup {
    /// `markChinese`: on a page of another language, a cell of Chinese school data (a department,
    /// a course name, as the export gives it) is marked `lang="zh-Hant"`; the note is the page's own words.
    static func rows(_ rows: [(line: Int, cells: [String], note: String)], markChinese: Bool = false) -> String {
        var html = ""
        html.reserveCapacity(rows.count * 160)
        for row in rows {
            html += "<tr><td class=\"num\">\(row.line)</td>"
            for cell in row.cells {
                html += markChinese && cell.containsCJK ? "<td lang=\"zh-Hant\">\(HTMLText.escape(cell))</td>" : "<td>\(HTMLText.escape(cell))</td>"
            }
            html += "<td>\(HTMLText.escape(row.note))</td></tr>\n"
        }
        return html
    }
}
