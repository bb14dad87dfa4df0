import FolioPlan

/// Wraps a page body in the site's layout: header, indicator navigation, footer, audience marks.
struct PageLayout {
    let content: PlanContent
    let templates: TemplateSet
    let audience: Audience

    var language: SiteLanguage { templates.language }

    func wrap(path: String, title: String, body: String?, currentIndicator: Int? = nil, sink: DiagnosticSink) -> String? {
        guard let body else { return nil }
        let plan = content.plan
        let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
        let layout = LayoutView(lang: language.rawValue, title: title, root: root,
                                siteTitle: language.pick(plan.title, plan.titleEn),
                                schoolName: language.pick(plan.school.name, plan.school.nameEn),
                                nav: nav(current: currentIndicator, root: root), body: body, labels: templates.labels,
                                confidential: audience.isConfidential)
        return templates.render(layout, template: "layout", sink: sink)
    }

    private func nav(current: Int?, root: String) -> [NavSectionView] {
        let indicators = PlanRules.applicableIndicators(content.catalog, content.plan.school.ownership)
        return content.catalog.sections.compactMap { section in
            let items = indicators.filter { $0.section == section.id }.map { indicator in
                NavItemView(number: indicator.number, name: language.pick(indicator.name, indicator.nameEn),
                            href: root + PlanPages.indicatorPath(indicator.number), current: indicator.number == current)
            }
            return items.isEmpty ? nil : NavSectionView(name: language.pick(section.name, section.nameEn), indicators: items)
        }
    }
}
