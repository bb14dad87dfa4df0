import FolioCore
import FolioPlan

/// Turns a checked plan into the planning-document pages of one tree.
struct PlanPages {
    let content: PlanContent
    let templates: TemplateSet
    let layout: PageLayout
    /// The plan PDF (`pdf/plan.pdf`) when `folio pdf` printed it and it is current: the home links it.
    var planPDFHref: String? = nil
    var audience: Audience { layout.audience }

    var plan: Plan { content.plan }
    var catalog: Catalog { content.catalog }
    var language: SiteLanguage { templates.language }
    var labels: [String: String] { templates.labels }
    var wording: Wording { Wording(labels: labels, language: language) }

    static func indicatorPath(_ number: Int) -> String {
        "indicators/\(number < 10 ? "0" : "")\(number).html"
    }

    var indicators: [Indicator] {
        PlanRules.applicableIndicators(catalog, plan.school.ownership)
    }

    func specs() -> [PageSpec] {
        let home = PageSpec.html("index.html") { sink in
            page(path: "index.html", title: homeTitle,
                 body: withPlanPDFLink(templates.render(homeView(), template: "home", sink: sink), sink: sink), current: nil,
                 description: labels["overview-lede"], sink: sink)
        }
        let indicatorPages = indicators.enumerated().map { index, indicator in
            let path = PlanPages.indicatorPath(indicator.number)
            return PageSpec.html(path, sources: narrativeSources(indicator)) { sink in
                page(path: path, title: "\(indicator.number). \(language.pick(indicator.name, indicator.nameEn))",
                     body: templates.render(indicatorView(indicator, index: index), template: "indicator", sink: sink),
                     current: indicator.number, description: language.pick(localized: indicator.policyGoalText).first,
                     data: OpenDataFiles.indicatorLinks(indicator.number), sink: sink)
            }
        }
        return [home] + indicatorPages
    }

    private func withPlanPDFLink(_ body: String?, sink: DiagnosticSink) -> String? {
        guard let body, let planPDFHref else { return body }
        let link = PDFLinkView(href: planPDFHref, label: labels["download-plan-pdf"] ?? planPDFHref)
        return (templates.render(link, template: "partials/pdf-link", sink: sink) ?? "") + body
    }

    /// A confidential tree's home says which tree it is, so its tab and bookmarks are never
    /// mistaken for the public site's.
    var homeTitle: String {
        let title = language.pick(plan.title, plan.titleEn)
        guard audience.isConfidential, let tree = labels["home-title-\(audience.rawValue)"] else { return title }
        return "\(tree) · \(title)"
    }

    private func narrativeSources(_ indicator: Indicator) -> Set<String> {
        Set((plan.indicator(indicator.number)?.measures ?? []).compactMap { $0.narrative?.value })
    }

    func page(path: String, title: String, body: String?, current: Int?, description: String? = nil,
              data: [OpenDataFiles.Link] = [], sink: DiagnosticSink) -> String? {
        layout.wrap(path: path, title: title, body: body, currentIndicator: current, description: description, data: data, sink: sink)
    }

    // MARK: Home

    func homeView() -> HomeView {
        let sections = catalog.sections.compactMap { section -> SectionCardsView? in
            let cards = indicators.filter { $0.section == section.id }.map(card)
            return cards.isEmpty ? nil : SectionCardsView(name: language.pick(section.name, section.nameEn), indicators: cards)
        }
        return HomeView(planTitle: language.pick(plan.title, plan.titleEn),
                        schoolName: language.pick(plan.school.name, plan.school.nameEn),
                        catalogTitle: language.pick(catalog.title, catalog.titleEn), phase: wording.dataHTML(language.pick(localized: catalog.phaseText)),
                        baselineYear: plan.baselineYear, baselineYearText: baselineYearText, years: yearHeaders,
                        yearCount: plan.years.count, sections: sections,
                        rows: indicators.flatMap { rows(for: $0, root: "") }, labels: labels)
    }

    private func card(_ indicator: Indicator) -> IndicatorCardView {
        let measureRows = rows(for: indicator, root: "")
        let chips = measureRows.map { row -> MeasureChipView in
            let latest = row.years.last { $0.state == "met" || $0.state == "not-met" }
            let state = latest?.state ?? "pending"
            return MeasureChipView(id: row.id, year: latest.map { wording.words(key: "plan-chip-year", ["roc": .number(String($0.year))]) } ?? "", state: state,
                                   symbol: PlanPages.stateSymbols[state] ?? "", stateLabel: labels["state-\(state)"] ?? state)
        }
        let states = chips.map(\.state)
        let met = states.filter { $0 == "met" }.count
        let notMet = states.filter { $0 == "not-met" }.count
        let pending = states.filter { $0 == "pending" }.count
        let state = states.isEmpty ? "qualitative" : (notMet > 0 ? "not-met" : (met > 0 ? "met" : "pending"))
        return IndicatorCardView(number: indicator.number, name: language.pick(indicator.name, indicator.nameEn),
                                 href: PlanPages.indicatorPath(indicator.number), sdgs: sdgs(indicator.number),
                                 met: met, notMet: notMet, pending: pending,
                                 qualitative: indicator.measures.filter { $0.kind == .qualitative }.count,
                                 state: state, stateLabel: labels["state-\(state)"] ?? state, measures: chips)
    }

    /// A state told by a symbol as well as colour and words, so it survives black-and-white print.
    static let stateSymbols = ["met": "✓", "not-met": "✗", "pending": "…", "none": "—"]

    private func sdgs(_ number: Int) -> [SDGView] {
        (plan.indicator(number)?.sdgs ?? []).map { SDGView(number: $0, label: "SDG \($0)") }
    }

    // MARK: Measures

    /// Rows for the indicator's quantitative ministry measures, then its custom measures.
    func rows(for indicator: Indicator, root: String) -> [MeasureRowView] {
        let indicatorPlan = plan.indicator(indicator.number)
        let ministry = indicator.quantitativeMeasures.compactMap { measure -> MeasureRowView? in
            guard let figures = indicatorPlan?.measure(measure.id), let direction = measure.direction else { return nil }
            return row(indicator: indicator.number, id: measure.id, name: language.pick(measure.name, measure.nameEn),
                       unit: measure.unit ?? "", unitEnglish: measure.unitEnglish, decimals: measure.decimals, direction: direction, isCustom: false,
                       figures: figures, root: root)
        }
        let customs = (indicatorPlan?.customMeasures ?? []).map { custom in
            row(indicator: indicator.number, id: custom.id, name: language.pick(custom.name, custom.nameEn),
                unit: custom.unit, unitEnglish: nil, direction: custom.direction, isCustom: true, figures: custom.figures, root: root)
        }
        return ministry + customs
    }

    private func row(indicator: Int, id: String, name: String, unit: String, unitEnglish: String?, decimals: Int? = nil, direction: Direction,
                     isCustom: Bool, figures: MeasurePlan, root: String) -> MeasureRowView {
        let cells = plan.years.map { year -> YearCellView in
            let target = figures.targets[year]?.value
            let actual = figures.actuals[year]?.value
            let glance = YearState(figures, year: year, direction: direction)
            let state = glance.state.rawValue
            let computed = !isCustom && content.figure(id, year: year) != nil
            return YearCellView(year: year, target: glance.targetUnfilled ? placeholderLabel : Formatting.figure(target, unit: unit, decimals: decimals),
                                actual: Formatting.figure(actual, unit: unit, decimals: decimals),
                                rate: glance.achievement.rate.map(Formatting.rate) ?? "—",
                                state: state, stateLabel: labels["state-\(state)"] ?? state, computed: computed,
                                href: computed && audience.mayShowSourceRows ? root + ProvenancePages.path(id, year: year) : nil)
        }
        return MeasureRowView(indicatorNumber: indicator, indicatorHref: root + PlanPages.indicatorPath(indicator),
                              id: id, name: name, unit: unit,
                              unitName: wording.html(key: "plan-value", ["value": .named(UnitWording.plural(LocalizedText(unit, english: unitEnglish), language: language))]),
                              direction: labels["direction-\(direction.rawValue)"] ?? direction.rawValue,
                              lowerIsBetter: direction == .lower, isCustom: isCustom,
                              responsibleUnit: figures.responsibleUnit ?? "—",
                              baseline: figures.isUnfilled(.baseline) ? placeholderLabel : Formatting.figure(figures.baseline?.value, unit: unit, decimals: decimals),
                              years: cells)
    }

    /// The plan years as the measures table heads them (labels `plan-table-year`).
    var yearHeaders: [YearHeaderView] {
        plan.years.map { year in
            YearHeaderView(year: year, text: wording.words(key: "plan-table-year", ["roc": .number(String(year)), "year": .academicYear(year)]))
        }
    }

    var baselineYearText: String {
        wording.words(key: "plan-table-baseline-year", ["roc": .number(String(plan.baselineYear)), "year": .academicYear(plan.baselineYear)])
    }

    /// 待填 in the page's language, where a figure is still to be filled in.
    var placeholderLabel: String { labels["placeholder"] ?? Placeholder.text }

    // MARK: Indicator page

    func indicatorView(_ indicator: Indicator, index: Int) -> IndicatorPageView {
        let indicatorPlan = plan.indicator(indicator.number)
        let link = { (other: Indicator) in
            LinkView(href: "../" + PlanPages.indicatorPath(other.number),
                     label: "\(other.number). \(language.pick(other.name, other.nameEn))")
        }
        let rows = rows(for: indicator, root: "../")
        let customs = (indicatorPlan?.customMeasures ?? []).map { custom in
            CustomMeasureView(id: custom.id, name: language.pick(custom.name, custom.nameEn), unit: custom.unit,
                              direction: labels["direction-\(custom.direction.rawValue)"] ?? custom.direction.rawValue,
                              unitDirection: wording.html(key: "plan-direction", [
                                  "unit": .text(custom.unit), "direction": .term("direction-\(custom.direction.rawValue)"),
                              ]),
                              definition: custom.definition, numerator: custom.numerator, denominator: custom.denominator,
                              period: custom.period.map { wording.words(key: "plan-value", ["value": $0.term]) }, responsibleUnit: custom.figures.responsibleUnit ?? "—")
        }
        let narratives = indicator.measures.filter { $0.kind == .qualitative }.compactMap { measure -> NarrativeView? in
            guard let entry = indicatorPlan?.measure(measure.id), let path = entry.narrative?.value,
                  let markdown = content.narratives[path] else { return nil }
            return NarrativeView(id: measure.id, name: language.pick(measure.name, measure.nameEn),
                                 responsibleUnit: entry.responsibleUnit ?? "—", html: Markdown.html(markdown, headingsBelow: 2))
        }
        let section = catalog.section(indicator.section)
        let charts = chartViews(for: indicator)
        let figures = figureViews(for: indicator, root: "../")
        return IndicatorPageView(
            number: indicator.number, name: language.pick(indicator.name, indicator.nameEn), nameEn: indicator.nameEn,
            sectionName: section.map { language.pick($0.name, $0.nameEn) } ?? "",
            sdgs: sdgs(indicator.number), policyGoal: language.pick(localized: indicator.policyGoalText), strategies: language.pick(localized: indicator.strategiesText),
            measurement: language.pick(localized: indicator.measurementText), baselineYear: plan.baselineYear, baselineYearText: baselineYearText,
            years: yearHeaders, rows: rows, hasRows: !rows.isEmpty,
            customs: customs, hasCustoms: !customs.isEmpty, narratives: narratives,
            charts: charts, hasCharts: !charts.isEmpty, figures: figures, hasFigures: !figures.isEmpty,
            showsRows: audience.mayShowSourceRows,
            previous: index > 0 ? link(indicators[index - 1]) : nil,
            next: index + 1 < indicators.count ? link(indicators[index + 1]) : nil,
            labels: labels)
    }
}
