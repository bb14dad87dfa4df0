import FolioCore
import FolioPlan

/// The plan as a document (計畫書) for A4 portrait: a cover, a table of contents with page numbers,
/// the at-a-glance tables, then the ministry's sections and indicators in the catalog's order, each
/// indicator on its own pages under its own running header.
///
/// It is made from the public tree's view models and nothing else (no provenance rows, no dossiers),
/// which is what lets `folio pdf --plan` write it into `site/public/`.
///
/// It is made in one language: its labels, the catalog's texts, units and running headers are
/// those of the public pages in that language (`public/en/` for English beside a zh-Hant root).
struct PlanDocument {
    /// The plan pages as the public tree shows them in the document's language.
    let pages: PlanPages

    /// In `language`, the site's primary language when not given.
    init(site: LoadedSite, language: SiteLanguage? = nil) {
        let layout = site.layout(for: .public, in: language)
        pages = PlanPages(content: site.plan, templates: layout.templates, layout: layout)
    }

    var labels: [String: String] { pages.labels }
    var language: SiteLanguage { pages.language }
    var planTitle: String { language.pick(pages.plan.title, pages.plan.titleEn) }

    static let overviewAnchor = "overview"
    static let measuresAnchor = "all-measures"
    static func sectionAnchor(_ id: Int) -> String { "section-\(id)" }
    static func indicatorAnchor(_ number: Int) -> String { "indicator-\(number)" }

    /// Every anchor the table of contents points at, in the document's order.
    var anchors: [String] { toc(pageNumbers: [:]).map(\.anchor) }

    /// The document's HTML. `pageNumbers` (by anchor) fill the table of contents; the first printing
    /// has none and finds them (see `PlanPDF`).
    func html(pageNumbers: [String: Int], sink: DiagnosticSink) -> String? {
        let view = PlanDocumentView(lang: language.rawValue, title: planTitle,
                                    schoolName: language.pick(pages.plan.school.name, pages.plan.school.nameEn),
                                    printStyle: printStyle.element, cover: cover, toc: toc(pageNumbers: pageNumbers),
                                    overview: overview, sections: sections, labels: labels)
        return pages.templates.render(view, template: "plan-document", sink: sink)
    }

    // MARK: Parts

    private var cover: DocumentCoverView {
        let plan = pages.plan
        // Academic years 114–116 run from August 2025 (114 + 1911) to July 2028 (116 + 1912).
        let (first, last) = (plan.years.first ?? 0, plan.years.last ?? 0)
        let years = pages.wording.words(key: "plan-document-years", [
            "first": .number(String(first)), "last": .number(String(last)),
            "start": .number(String(first + 1911)), "end": .number(String(last + 1912)),
        ])
        return DocumentCoverView(catalogTitle: language.pick(pages.catalog.title, pages.catalog.titleEn),
                                 phase: pages.wording.dataHTML(language.pick(localized: pages.catalog.phaseText)), years: years, baselineYear: plan.baselineYear,
                                 baselineYearText: pages.wording.words(key: "plan-table-year", ["roc": .number(String(plan.baselineYear)), "year": .academicYear(plan.baselineYear)]),
                                 dataAsOf: pages.layout.dataAsOf)
    }

    /// 面向一 as the ministry's text numbers its sections (「計畫面向一至四」); Part 1 in English.
    private func sectionLabel(_ id: Int) -> String {
        (labels["section-number"] ?? "{n}").replacingOccurrences(of: "{n}", with: labels["numeral-\(id)"] ?? "\(id)")
    }

    private func toc(pageNumbers: [String: Int]) -> [TocEntryView] {
        let page = { (anchor: String) in pageNumbers[anchor].map(String.init) ?? "" }
        var entries = [
            TocEntryView(anchor: Self.overviewAnchor, number: "", title: labels["at-a-glance"] ?? "", page: page(Self.overviewAnchor), isSection: true),
            TocEntryView(anchor: Self.measuresAnchor, number: "", title: labels["all-measures"] ?? "", page: page(Self.measuresAnchor), isSection: true),
        ]
        for section in sections {
            entries.append(TocEntryView(anchor: section.anchor, number: section.number, title: section.name,
                                        page: page(section.anchor), isSection: true))
            for indicator in section.indicators {
                entries.append(TocEntryView(anchor: indicator.indicatorAnchor, number: "\(indicator.page.number)", title: indicator.page.name,
                                            page: page(indicator.indicatorAnchor), isSection: false))
            }
        }
        return entries
    }

    private var overview: DocumentOverviewView {
        var home = pages.homeView()
        // Links stay inside the document: a posted PDF must not point at files of this computer.
        home.sections = home.sections.map { section in
            var section = section
            section.indicators = section.indicators.map { card in
                var card = card
                card.href = "#" + Self.indicatorAnchor(card.number)
                return card
            }
            return section
        }
        home.rows = home.rows.map { row in
            var row = row
            row.indicatorHref = ""
            return row
        }
        return DocumentOverviewView(anchor: Self.overviewAnchor, measuresAnchor: Self.measuresAnchor,
                                    printPage: "overview", home: home)
    }

    private var sections: [DocumentSectionView] {
        let indicators = pages.indicators
        return pages.catalog.sections.compactMap { section in
            var members = indicators.enumerated().filter { $0.element.section == section.id }.map { index, indicator in
                var view = pages.indicatorView(indicator, index: index)
                view.rows = view.rows.map { row in
                    var row = row
                    row.indicatorHref = ""
                    return row
                }
                return DocumentIndicatorView(indicatorAnchor: Self.indicatorAnchor(indicator.number),
                                             printPage: PrintStyle.pageName("indicator", index: index), page: view)
            }
            // The section's heading opens its first indicator's first page.
            let opening = SectionOpeningView(anchor: Self.sectionAnchor(section.id), number: sectionLabel(section.id),
                                             name: language.pick(section.name, section.nameEn))
            if !members.isEmpty { members[0].opensSection = opening }
            guard !members.isEmpty else { return nil }
            return DocumentSectionView(anchor: Self.sectionAnchor(section.id), number: sectionLabel(section.id),
                                       name: language.pick(section.name, section.nameEn), indicators: members)
        }
    }

    /// The running header of each part: the plan's title, then the part or the indicator.
    private var printStyle: PrintStyle {
        var parts = [
            PrintStyle.Section(pageName: "cover", header: "", landscape: false, bare: true),
            PrintStyle.Section(pageName: "toc", header: "\(planTitle) · \(labels["toc"] ?? "")", landscape: false),
            PrintStyle.Section(pageName: "overview", header: "\(planTitle) · \(labels["at-a-glance"] ?? "")", landscape: false),
        ]
        for (index, indicator) in pages.indicators.enumerated() {
            parts.append(PrintStyle.Section(pageName: PrintStyle.pageName("indicator", index: index),
                                            header: "\(planTitle) · \(labels["indicator"] ?? "") \(indicator.number) \(language.pick(indicator.name, indicator.nameEn))",
                                            landscape: false))
        }
        return PrintStyle(sections: parts, mark: "", pageNumbers: labels["page-numbers"] ?? "{page} / {pages}")
    }
}

struct PlanDocumentView {
    var lang: String
    var title: String
    var schoolName: String
    /// A `<style media="print">` element made in Swift (PrintStyle).
    var printStyle: String
    var cover: DocumentCoverView
    var toc: [TocEntryView]
    var overview: DocumentOverviewView
    var sections: [DocumentSectionView]
    var labels: [String: String]
}

struct DocumentCoverView {
    var catalogTitle: String
    var phase: String
    var years: String
    var baselineYear: Int
    /// 113 年; AY 113 (2024–25) in English.
    var baselineYearText: String
    var dataAsOf: String?
}

struct TocEntryView {
    var anchor: String
    var number: String
    var title: String
    /// The page the part starts on, as printed at the foot of its pages; empty on the first printing.
    var page: String
    var isSection: Bool
}

struct DocumentOverviewView {
    var anchor: String
    var measuresAnchor: String
    var printPage: String
    var home: HomeView
}

struct DocumentSectionView {
    var anchor: String
    var number: String
    var name: String
    var indicators: [DocumentIndicatorView]
}

struct SectionOpeningView {
    var anchor: String
    var number: String
    var name: String
}

struct DocumentIndicatorView {
    var indicatorAnchor: String
    var opensSection: SectionOpeningView? = nil
    var printPage: String
    var page: IndicatorPageView
}
