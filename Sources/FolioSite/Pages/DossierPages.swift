import FolioCore
import FolioPromotion
import Foundation

/// The committee's pages: a home listing the review rounds, each round's docket, and a page per
/// dossier. They exist in the committee tree only; for any other audience `specs()` is empty.
struct DossierPages {
    static let folder = "dossiers"
    static let homePath = "\(folder)/index.html"

    let dossiers: [DossierEntry]
    let templates: TemplateSet
    let layout: PageLayout
    /// The PDFs `folio pdf` printed that are still current (paths in the committee tree,
    /// `pdf/115-1/lin-yijun.pdf`): their pages link to them.
    var pdfs: Set<String> = []
    var labels: [String: String] { templates.labels }
    var language: SiteLanguage { templates.language }
    private var words: Wording { Wording(labels: labels, language: language) }

    static func pdfPath(_ entry: DossierEntry) -> String { "pdf/\(entry.round)/\(entry.slug).pdf" }
    static func packetPath(_ round: String) -> String { "pdf/\(round)/\(round)-packet.pdf" }

    static func path(_ entry: DossierEntry) -> String { "\(folder)/\(entry.round)/\(entry.slug).html" }

    /// The rounds in order, each with its dossiers in the docket's order (one order for the
    /// docket, the committee home and the packet).
    var rounds: [(round: String, entries: [DossierEntry])] {
        Dictionary(grouping: dossiers, by: \.round).sorted { $0.key < $1.key }.map { ($0.key, DocketPage.ordered($0.value)) }
    }

    func specs() -> [PageSpec] {
        guard layout.audience == .committee, !dossiers.isEmpty else { return [] }
        // Which pages show a dossier's records: a record edit re-renders these only (`BuildSession`).
        var specs = [PageSpec.html(Self.homePath, sources: Set(dossiers.map(\.recordsSource))) { sink in
            layout.wrap(path: Self.homePath, title: labels["dossiers"] ?? "dossiers",
                        body: templates.render(homeView(), template: "dossiers", sink: sink), committeeHeader: true, sink: sink)
        }]
        for (round, entries) in rounds {
            let docketPath = DocketPage.path(round)
            let records = Set(entries.map(\.recordsSource))
            // The docket shows no Markdown: a statement edit never re-renders it.
            specs.append(PageSpec.html(docketPath, sources: records) { sink in
                let docket = DocketPage(round: round, entries: entries, labels: labels, language: language, up: layout.up)
                let view = docket.view(printPage: "docket", homeHref: "../index.html", rowHTML: rowHTML(sink)) { "\($0).html" }
                let body = linked(templates.render(view, template: "docket", sink: sink), at: docketPath)
                return layout.wrap(path: docketPath, title: docket.title,
                                   body: withPDFLink(body, Self.packetPath(round), label: "download-packet-pdf", at: docketPath, sink: sink),
                                   printStyle: printStyle([docketSection(round, page: "docket")]), wide: true, committeeHeader: true, sink: sink)
            })
            specs += levelSpecs(round: round, entries: entries, records: records)
            for entry in entries {
                specs.append(PageSpec.html(Self.path(entry), sources: [entry.statementSource, entry.recordsSource]) { sink in
                    dossierPage(entry, linkingPDF: pdfs.contains(Self.pdfPath(entry)), sink: sink)
                })
            }
        }
        return specs
    }

    /// A dossier's page; without `linkingPDF` exactly what its PDF is printed from (see `PrintedPDFs`).
    func dossierPage(_ entry: DossierEntry, linkingPDF: Bool = false, sink: DiagnosticSink) -> String? {
        let path = Self.path(entry)
        let view = DossierViews(entry: entry, labels: labels, chartID: "d1", language: language,
                                figureSentences: templates.figureSentences).page(docketHref: "index.html", printPage: "dossier")
        var body = linked(templates.render(view, template: "dossier", sink: sink), at: path)
        if linkingPDF { body = withPDFLink(body, Self.pdfPath(entry), label: "download-pdf", at: path, sink: sink) }
        return layout.wrap(path: path, title: title(entry), body: body,
                           printStyle: printStyle([dossierSection(entry, page: "dossier")]), wide: true, committeeHeader: true, sink: sink)
    }

    /// The body with a link to its printed PDF above it, when that PDF is current; screen only.
    private func withPDFLink(_ body: String?, _ pdf: String, label: String, at path: String, sink: DiagnosticSink) -> String? {
        guard let body, pdfs.contains(pdf) else { return body }
        let link = PDFLinkView(href: PageLayout.root(of: path) + pdf, label: labels[label] ?? pdf)
        return (templates.render(link, template: "partials/pdf-link", sink: sink) ?? "") + body
    }

    /// A round's print packet: its docket, then every dossier, as one HTML document that resolves its
    /// links as if it stood beside the docket (`baseHref`, the docket's folder in the built tree).
    /// Made only for `folio pdf`, never written into the site.
    func packet(round: String, baseHref: String, sink: DiagnosticSink) -> String? {
        // The dossiers follow the docket's default order: meeting every requirement first, then by name.
        guard let entries = rounds.first(where: { $0.round == round })?.entries else { return nil }
        let docket = DocketPage(round: round, entries: entries, labels: labels, language: language, up: layout.up)
        let docketView = docket.view(printPage: "docket", homeHref: "../index.html", rowHTML: rowHTML(sink)) { "#\(DossierViews.anchor($0))" }
        var sections = [docketSection(round, page: "docket")]
        var views: [DossierPageView] = []
        for (index, entry) in entries.enumerated() {
            let page = PrintStyle.pageName("dossier", index: index)
            sections.append(dossierSection(entry, page: page))
            views.append(DossierViews(entry: entry, labels: labels, chartID: "d\(index + 1)", language: language,
                                      figureSentences: templates.figureSentences)
                .page(docketHref: "#\(DocketPage.anchor(round))", printPage: page))
        }
        // Each held level's minutes draft follows the dossiers.
        let meetings = MeetingViews(round: round, entries: entries, labels: labels, language: language)
        let minutes = meetings.heldLevels.enumerated().map { index, level in
            let page = PrintStyle.pageName("minutes", index: index)
            sections.append(minutesSection(round, level: level, page: page))
            return meetings.minutes(level, printPage: page, docketHref: "#\(DocketPage.anchor(round))") { "#\(DossierViews.anchor($0))" }
        }
        let view = PacketView(docket: docketView, dossiers: views, minutes: minutes, labels: labels)
        return layout.wrap(path: DocketPage.path(round), title: "\(labels["round"] ?? "") \(round) · \(labels["packet"] ?? "")",
                           body: linked(templates.render(view, template: "packet", sink: sink), at: DocketPage.path(round)),
                           printStyle: printStyle(sections), baseHref: baseHref, wide: true, committeeHeader: true, sink: sink)
    }

    /// Per review level: its docket (the applicants it reviews, with the previous level's decision) and, once a
    /// meeting of it is recorded, its minutes draft (會議紀錄).
    private func levelSpecs(round: String, entries: [DossierEntry], records: Set<String>) -> [PageSpec] {
        let meetings = MeetingViews(round: round, entries: entries, labels: labels, language: language)
        guard meetings.meetings != nil, let committee = meetings.committee else { return [] }
        var specs: [PageSpec] = []
        for level in committee.levels {
            let path = MeetingViews.levelPath(round, level.id)
            specs.append(PageSpec.html(path, sources: records) { sink in
                let docket = DocketPage(round: round, entries: entries, labels: labels, language: language, up: layout.up)
                let view = docket.view(printPage: "docket", homeHref: "../../index.html", level: level, root: "../", rowHTML: rowHTML(sink)) { "../\($0).html" }
                return layout.wrap(path: path, title: view.title, body: linked(templates.render(view, template: "docket", sink: sink), at: path),
                                   printStyle: printStyle([docketSection(round, page: "docket")]), wide: true, committeeHeader: true, sink: sink)
            })
        }
        for level in meetings.heldLevels {
            let path = MeetingViews.minutesPath(round, level.id)
            specs.append(PageSpec.html(path, sources: records) { sink in
                let view = meetings.minutes(level, printPage: "minutes", docketHref: "../index.html") { "../\($0).html" }
                return layout.wrap(path: path, title: view.title, body: linked(templates.render(view, template: "minutes", sink: sink), at: path),
                                   printStyle: printStyle([minutesSection(round, level: level, page: "minutes")]), committeeHeader: true, sink: sink)
            })
        }
        return specs
    }

    private func minutesSection(_ round: String, level: ReviewLevel, page: String) -> PrintStyle.Section {
        PrintStyle.Section(pageName: page, header: "\(labels["round"] ?? "") \(round) · \(words.level(level)) · \(labels["minutes"] ?? "")", landscape: false)
    }

    /// A docket's row as `partials/docket-row` lays it out.
    private func rowHTML(_ sink: DiagnosticSink) -> (DocketRowView) -> String {
        { templates.render($0, template: "partials/docket-row", sink: sink) ?? "" }
    }

    /// The page's rule ids as links into the committee tree's docs.
    private func linked(_ body: String?, at path: String) -> String? {
        body.map { RuleLinks.link($0, root: PageLayout.root(of: path), docs: .bundled) }
    }

    private func title(_ entry: DossierEntry) -> String {
        let d = entry.dossier
        // A <title> cannot mark a Chinese name as Chinese: an English page names the applicant by the dossier's folder.
        let name = language == .en && d.applicant.containsCJK ? entry.slug : d.applicant
        return words.words(key: "committee-dossier-title", ["applicant": .text(name), "kind": d.kind.term, "rank": d.appliedRank.term,
                                                            "round_label": .text(labels["round"] ?? ""), "round": .text(entry.round)])
    }

    // MARK: Print

    private func printStyle(_ sections: [PrintStyle.Section]) -> String {
        PrintStyle(sections: sections, mark: labels["confidential"] ?? "",
                   pageNumbers: labels["page-numbers"] ?? "{page} / {pages}").element
    }

    private func dossierSection(_ entry: DossierEntry, page: String) -> PrintStyle.Section {
        let d = entry.dossier
        // A CSS string cannot mark a Chinese name as Chinese: an English header names the applicant by the dossier's folder.
        var parameters = words.dossierHeader(d, department: entry.rulebook.departmentName(d.department))
        if language == .en, d.applicant.containsCJK { parameters["applicant"] = .text(entry.slug) }
        let header = words.words(key: "committee-dossier-running-header",
                                 parameters.merging(["round_label": .text(labels["round"] ?? ""), "round": .text(entry.round)]) { a, _ in a })
        return PrintStyle.Section(pageName: page, header: header, landscape: false)
    }

    private func docketSection(_ round: String, page: String) -> PrintStyle.Section {
        PrintStyle.Section(pageName: page, header: "\(labels["round"] ?? "") \(round) · \(labels["docket"] ?? "")", landscape: true)
    }

    // MARK: Home

    private func homeView() -> DossierHomeView {
        let rounds = rounds.map { round, entries in
            let applicants = entries.map { entry in
                RoundApplicantView(applicant: words.dataHTML(entry.dossier.applicant), href: "\(round)/\(entry.slug).html",
                                   department: words.dataHTML(templates.language.pick(localized: entry.rulebook.departmentName(entry.dossier.department))),
                                   application: words.application(entry.dossier),
                                   verdict: DossierViews.overall(entry.assessment.passes, labels: labels))
            }
            let summary = words.words(key: "docket-summary", ["applicants": .count(entries.count),
                                                              "passing": .count(entries.filter(\.assessment.passes).count)])
            return RoundSummaryView(round: round, href: "\(round)/index.html", summary: summary, applicants: applicants)
        }
        return DossierHomeView(rounds: rounds, hasRounds: !rounds.isEmpty, labels: labels)
    }
}
