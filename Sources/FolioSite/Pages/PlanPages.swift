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

    /// The narrative files an indicator page shows, whose edit re-renders it: on an English page
    /// each narrative's English (`1-3.en.md`), or the Chinese where the school wrote none.
    private func narrativeSources(_ indicator: Indicator) -> Set<String> {
        let paths = (plan.indicator(indicator.number)?.measures ?? []).compactMap { $0.narrative?.value }
        guard language == .en else { return Set(paths) }
        return Set(paths.map { content.english.narratives[$0] == nil ? $0 : SchoolEnglish.variantPath(of: $0) })
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
                unit: custom.unit, unitEnglish: content.english.customMeasures[custom.id]?.unit, direction: custom.direction, isCustom: true, figures: custom.figures, root: root)
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
                              responsibleUnit: unitText(figures).text, responsibleUnitLang: unitText(figures).lang,
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

    /// The measure's responsible unit as this page's language shows it (`responsible_unit_en` in English).
    func unitText(_ figures: MeasurePlan) -> SchoolText {
        guard let unit = figures.responsibleUnit else { return SchoolText("—", english: nil, on: language) }
        let english = content.english
        return SchoolText(unit, english: english.responsibleUnits[figures.id] ?? english.unitNames[unit], on: language)
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
            let english = content.english.customMeasures[custom.id]
            let shown = { (chinese: String?, english: String?) in chinese.map { SchoolText($0, english: english, on: language) } }
            let name = SchoolText(custom.name, english: custom.nameEn, on: language)
            let definition = shown(custom.definition, english?.definition)
            let numerator = shown(custom.numerator, english?.numerator)
            let denominator = shown(custom.denominator, english?.denominator)
            let unit = unitText(custom.figures)
            return CustomMeasureView(id: custom.id, name: name.text, unit: custom.unit,
                                     direction: labels["direction-\(custom.direction.rawValue)"] ?? custom.direction.rawValue,
                                     unitDirection: wording.html(key: "plan-direction", [
                                         "unit": .named(UnitWording.plural(LocalizedText(custom.unit, english: english?.unit), language: language)),
                                         "direction": .term("direction-\(custom.direction.rawValue)"),
                                     ]),
                                     definition: definition?.text, numerator: numerator?.text, denominator: denominator?.text,
                                     period: custom.period.map { wording.words(key: "plan-value", ["value": $0.term]) }, responsibleUnit: unit.text,
                                     nameLang: name.lang, definitionLang: definition?.lang, numeratorLang: numerator?.lang,
                                     denominatorLang: denominator?.lang, responsibleUnitLang: unit.lang)
        }
        let narratives = indicator.measures.filter { $0.kind == .qualitative }.compactMap { measure -> NarrativeView? in
            guard let entry = indicatorPlan?.measure(measure.id), let path = entry.narrative?.value,
                  let markdown = content.narratives[path] else { return nil }
            let unit = unitText(entry)
            let english = language == .en ? content.english.narratives[path] : nil
            // Without the school's English, the English page shows the Chinese, marked and said to be untranslated.
            let untranslated = language != .zhHant && english == nil
            return NarrativeView(id: measure.id, name: language.pick(measure.name, measure.nameEn),
                                 responsibleUnit: unit.text, html: Markdown.html(english ?? markdown, headingsBelow: 2),
                                 responsibleUnitLang: unit.lang, lang: untranslated ? SiteLanguage.zhHant.rawValue : nil,
                                 untranslatedNote: untranslated ? labels["lang-untranslated"] : nil)
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
