import FolioPromotion

/// The meeting docket of a review round: one row per applicant, one column per requirement
/// (✓, ✗ with the shortfall, － not applicable), the three scores and the verdict, each row
/// linking to the dossier. Sorted by verdict (meeting every requirement first) then by the
/// applicant's folder name; the committee's script re-sorts it on screen.
struct DocketPage {
    let round: String
    /// The round's dossiers, in any order.
    let entries: [DossierEntry]
    let labels: [String: String]
    var language: SiteLanguage = .zhHant
    /// The way from the language's root to the tree's, where the assets are ("../" from `en/`).
    var up = ""

    private var words: Wording { Wording(labels: labels, language: language) }
    /// A cell's tooltip; on an English page a detail quoting Chinese data (a grant's title) is left
    /// out, since an attribute cannot mark it as Chinese; the cell and the dossier page show it.
    private func tooltip(_ text: String) -> String { language == .en && text.containsCJK ? "" : text }

    private func label(_ key: String) -> String { labels[key] ?? key }

    static func path(_ round: String) -> String { "\(DossierPages.folder)/\(round)/index.html" }
    static func anchor(_ round: String) -> String { "docket-\(round)" }

    /// The docket's default order: meeting every requirement first, then by the applicant's folder name.
    /// The verdict that decides is the verified one once the committee has reviewed the dossier.
    static func ordered(_ entries: [DossierEntry]) -> [DossierEntry] {
        // Sorted by key: comparing entries copied each one's assessment twice per comparison.
        let keys = entries.map { (failing: $0.decidingPasses ? 0 : 1, slug: $0.slug) }
        return entries.indices.sorted { keys[$0] < keys[$1] }.map { entries[$0] }
    }

    var title: String { "\(label("round")) \(round) · \(label("docket"))" }

    /// `href(slug)` is where a row links: the dossier page, or its anchor inside the packet.
    static let scriptHref = "../../assets/committee/sort-table.js"

    /// `level`: the docket of one review level (its applicants, and the previous level's decision); nil: the round's
    /// docket of every applicant with every level's decision. `root`: the round's folder relative to the page.
    /// `rowHTML` renders a row (`partials/docket-row`); each dossier's row, view and rendering, is
    /// kept with the loaded dossier per language, link and columns, and made again only when the
    /// dossier is reloaded (a 500-applicant docket otherwise renders 500 rows for one edit).
    func view(printPage: String, homeHref: String, level: ReviewLevel? = nil, root: String = "",
              rowHTML: (DocketRowView) -> String, href: (String) -> String) -> DocketView {
        let meetings = MeetingViews(round: round, entries: Self.ordered(entries), labels: labels, language: language)
        let shown = level.map { meetings.applicants(at: $0.id) } ?? entries
        let levelColumns: [ReviewLevel]
        if let level { levelColumns = meetings.committee?.previous(level.id).map { [$0] } ?? [] } else { levelColumns = meetings.heldLevels }
        let columns = Self.columns(shown.map(\.assessment.requirements), words: words)
        let levelKey = levelColumns.map(\.id).joined(separator: ",")
        let rows = shown.map { entry in
            let link = href(entry.slug)
            return entry.views.value("\(language.rawValue) \(columns.count) \(levelKey) \(link)") {
                var row = row(entry, columns: columns, href: link)
                row.levelCells = levelColumns.map { meetings.cell(entry, level: $0.id) }
                var html = rowHTML(row)
                if html.hasSuffix("\n") { html.removeLast() }
                row.html = html
                return row
            }
        }.sorted { ($0.verdictSort, $0.nameSort) < ($1.verdictSort, $1.nameSort) }
        let links = (meetings.committee?.levels ?? []).filter { _ in meetings.meetings != nil }.map { l in
            LevelLinkView(label: words.level(l), docketHref: "\(root)levels/\(l.id).html",
                          minutesHref: meetings.heldLevels.contains(l) ? "\(root)minutes/\(l.id).html" : nil)
        }
        let passing = rows.filter { $0.verdictSort == 0 }.count
        let summary = words.words(key: "docket-summary", ["applicants": .count(rows.count), "passing": .count(passing)])
        return DocketView(round: round, title: level.map { "\(title) · \(words.level($0))" } ?? title, level: level.map(words.level),
                          levelColumns: levelColumns.map { LevelColumnView(id: $0.id, label: words.level($0)) }, hasLevels: !levelColumns.isEmpty,
                          levelLinks: links, hasLevelLinks: !links.isEmpty, summary: summary, columns: columns, rows: rows, printPage: printPage,
                          anchor: Self.anchor(round), homeHref: homeHref,
                          scriptHref: (level == nil ? "" : "../") + up + Self.scriptHref, labels: labels)
    }

    /// The engine evaluates the same requirements in the same order for every dossier; only the paper
    /// conditions differ in id and wording by category (R-P3, R-P5…). A column is a position in that
    /// list, headed by its ids and its condition's name, without the category when dossiers differ in it
    /// (論文條件（自然生物醫學科學類，教授） → 論文條件).
    static func columns(_ lists: [[Requirement]], words: Wording) -> [DocketColumnView] {
        (0..<(lists.map(\.count).max() ?? 0)).map { index in
            let requirements = lists.compactMap { index < $0.count ? $0[index] : nil }
            var ids: [String] = []
            for id in requirements.map(\.id) where !ids.contains(id) { ids.append(id) }
            let conditions = Set(requirements.map(\.condition))
            let label = conditions.count == 1 ? words.condition(requirements[0]) : words.label(requirements[0].condition.columnKey)
            return DocketColumnView(id: ids.joined(separator: "/"), label: label)
        }
    }

    private func row(_ entry: DossierEntry, columns: [DocketColumnView], href: String) -> DocketRowView {
        let a = entry.assessment
        let cells = columns.indices.map { index -> DocketCellView in
            guard index < a.requirements.count else {
                return DocketCellView(verdict: DossierViews.verdict(.notApplicable, labels: labels), shortfall: nil, detail: "", sort: 1)
            }
            let requirement = a.requirements[index]
            let sort = requirement.status == .fail ? 2 : (requirement.status == .notApplicable ? 1 : 0)
            return DocketCellView(verdict: DossierViews.verdict(requirement.status, labels: labels),
                                  shortfall: words.shortfallHTML(requirement), detail: tooltip("\(requirement.id) \(words.detail(requirement))"), sort: sort)
        }
        let d = entry.dossier
        let views = DossierViews(entry: entry, labels: labels, chartID: "docket", language: language)
        let bases = Dictionary(views.totalBases.map { ($0.rule, $0.bases) }, uniquingKeysWith: { a, _ in a })
        return DocketRowView(
            applicant: words.dataHTML(d.applicant), href: href, department: words.dataHTML(language.pick(localized: entry.rulebook.departmentName(d.department))), application: words.application(d),
            cells: cells, teaching: bases["R-G3"]!.computed, service: bases["R-G4"]!.computed,
            research: a.research.total.value.pointsText, teachingSort: Self.sortKey(a.teaching.total.value),
            serviceSort: Self.sortKey(a.service.total.value), researchSort: Self.sortKey(a.research.total.value),
            teachingBases: bases["R-G3"]!, serviceBases: bases["R-G4"]!, researchBases: bases["R-G5"]!,
            verdict: DossierViews.overall(a.passes, labels: labels),
            verifiedVerdict: entry.verified.map { DossierViews.overall($0.passes, labels: labels) },
            verdictSort: entry.decidingPasses ? 0 : 1, nameSort: entry.slug)
    }

    /// A plain decimal for the sorting script to compare as a number.
    static func sortKey(_ value: Points) -> String { value.pointsText }
}
