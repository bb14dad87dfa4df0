import FolioCore
import FolioPlan
import Foundation

/// Gathers the plan's figures into open-data records: the same figures, states and rules the
/// indicator pages show, as numbers rather than formatted text.
struct OpenDataBuilder {
    let content: PlanContent
    let language: SiteLanguage
    let labels: [String: String]

    var plan: Plan { content.plan }
    var catalog: Catalog { content.catalog }

    /// The labels a reader needs to name the fields, in the site's language.
    static let labelKeys = [
        "indicator", "measure", "unit", "baseline", "target", "actual", "rate", "responsible-unit", "custom",
        "state-met", "state-not-met", "state-pending", "state-none", "state-unfilled",
        "direction-higher", "direction-lower", "computed-tag", "rule",
    ]

    func planRecord(only number: Int? = nil) -> OpenDataPlan {
        let indicators = PlanRules.applicableIndicators(catalog, plan.school.ownership)
            .filter { number == nil || $0.number == number }
            .map(indicatorRecord)
        return OpenDataPlan(
            school: .init(name: plan.school.name, nameEn: plan.school.nameEn, ownership: plan.school.ownership.rawValue),
            plan: .init(title: plan.title, titleEn: plan.titleEn, catalog: catalog.id, phase: catalog.phase, phaseEn: catalog.phaseText.english ?? "",
                        baselineYear: plan.baselineYear, years: plan.years),
            labels: Dictionary(uniqueKeysWithValues: Self.labelKeys.map { ($0, labels[$0] ?? $0) }),
            indicators: indicators)
    }

    private func indicatorRecord(_ indicator: Indicator) -> OpenDataIndicator {
        let indicatorPlan = plan.indicator(indicator.number)
        var measures: [OpenDataMeasure] = indicator.quantitativeMeasures.compactMap { measure in
            guard let figures = indicatorPlan?.measure(measure.id), let direction = measure.direction else { return nil }
            return measureRecord(id: measure.id, name: measure.name, nameEn: measure.nameEn, unit: measure.unit ?? "", unitEnglish: measure.unitEnglish,
                                 decimals: measure.decimals, direction: direction, custom: false, figures: figures)
        }
        measures += (indicatorPlan?.customMeasures ?? []).map { custom in
            measureRecord(id: custom.id, name: custom.name, nameEn: custom.nameEn ?? custom.name, unit: custom.unit,
                          unitEnglish: content.english.customMeasures[custom.id]?.unit,
                          decimals: nil, direction: custom.direction, custom: true, figures: custom.figures)
        }
        let section = catalog.section(indicator.section)
        return OpenDataIndicator(number: indicator.number, name: indicator.name, nameEn: indicator.nameEn,
                                 section: indicator.section, sectionName: section.map { language.pick($0.name, $0.nameEn) } ?? "",
                                 measures: measures)
    }

    private func measureRecord(id: String, name: String, nameEn: String, unit: String, unitEnglish: String?, decimals: Int?,
                               direction: Direction, custom: Bool, figures: MeasurePlan) -> OpenDataMeasure {
        let places = decimals ?? 2
        let years = plan.years.map { year -> OpenDataYear in
            let target = figures.targets[year]?.value
            let actual = figures.actuals[year]?.value
            let glance = YearState(figures, year: year, direction: direction)
            let achievement = glance.achievement, state = glance.state.rawValue
            let computed = custom ? nil : content.figure(id, year: year)
            return OpenDataYear(year: year, target: target.map { Self.round($0, places) },
                                actual: actual.map { Self.round($0, places) },
                                ratePercent: achievement.rate.map { Self.round($0 * 100, 1) }, state: state,
                                actualSource: computed != nil ? "computed" : (actual != nil ? "typed" : "none"),
                                rule: computed.map { Wording(labels: labels, language: language).words($0.rule, prefix: "plan-rule") }, rowsCounted: computed?.counted.count, rowsExcluded: computed?.excluded.count)
        }
        let baselineState = figures.isUnfilled(.baseline) ? "unfilled" : (figures.baseline == nil ? "missing" : "given")
        let unitEn = UnitWording.plural(LocalizedText(unit, english: unitEnglish), language: .en).english ?? ""
        let responsibleUnitEn = figures.responsibleUnit.flatMap { content.english.responsibleUnits[id] ?? content.english.unitNames[$0] }
        return OpenDataMeasure(id: id, name: name, nameEn: nameEn, unit: unit, unitEn: unitEn, direction: direction.rawValue, custom: custom,
                               decimals: decimals, responsibleUnit: figures.responsibleUnit, responsibleUnitEn: responsibleUnitEn, baselineYear: plan.baselineYear,
                               baseline: figures.baseline.map { Self.round($0.value, places) }, baselineState: baselineState,
                               years: years)
    }

    /// Rounded half away from zero to `places` decimals, as the rules round.
    static func round(_ value: Double, _ places: Int) -> Double {
        let factor = pow(10, Double(places))
        return (value * factor).rounded(.toNearestOrAwayFromZero) / factor
    }
}
