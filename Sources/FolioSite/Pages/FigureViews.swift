import FolioCore
import FolioPlan
import Foundation

/// The indicator page's charts and its account of computed figures.
extension PlanPages {
    /// A target-and-actual chart for every quantitative measure of the indicator, custom ones too.
    func chartViews(for indicator: Indicator) -> [ChartView] {
        let indicatorPlan = plan.indicator(indicator.number)
        var series: [(id: String, name: String, unit: String, unitEnglish: String?, custom: Bool, decimals: Int?, direction: Direction, figures: MeasurePlan)] = []
        for measure in indicator.quantitativeMeasures {
            guard let figures = indicatorPlan?.measure(measure.id), let direction = measure.direction else { continue }
            series.append((measure.id, language.pick(measure.name, measure.nameEn), measure.unit ?? "", measure.unitEnglish, false, measure.decimals, direction, figures))
        }
        for custom in indicatorPlan?.customMeasures ?? [] {
            series.append((custom.id, language.pick(custom.name, custom.nameEn), custom.unit, content.english.customMeasures[custom.id]?.unit, true, nil, custom.direction, custom.figures))
        }
        return series.map { item in
            let years = plan.years.map { year -> TargetActualChart.Year in
                let glance = YearState(item.figures, year: year, direction: item.direction)
                let achievement = glance.achievement, targetUnfilled = glance.targetUnfilled, state = glance.state.rawValue
                let target = item.figures.targets[year]?.value, actual = item.figures.actuals[year]?.value
                let symbol = PlanPages.stateSymbols[state].map { "\($0) " } ?? ""
                return TargetActualChart.Year(year: year, target: target, targetUnfilled: targetUnfilled, actual: actual,
                                              stateLabel: symbol + (labels["state-\(state)"] ?? state),
                                              rate: achievement.rate.map(Formatting.rate))
            }
            let unitName = wording.text(.named(UnitWording.plural(LocalizedText(item.unit, english: item.unitEnglish), language: language)))
            let chart = TargetActualChart(measureID: item.id, title: item.name, unit: item.unit, unitName: unitName, decimals: item.decimals,
                                          lowerIsBetter: item.direction == .lower, baselineYear: plan.baselineYear,
                                          baseline: item.figures.baseline?.value, baselineUnfilled: item.figures.isUnfilled(.baseline),
                                          years: years, labels: labels, language: language)
            return ChartView(id: item.id, name: item.name, svg: chart.svg, caption: chart.description)
        }
    }

    /// The computed actuals of the indicator's ministry measures, by measure then year.
    func figureViews(for indicator: Indicator, root: String) -> [FigureView] {
        indicator.measures.flatMap { measure in
            plan.years.compactMap { year in content.figure(measure.id, year: year) }.map { figure in
                figureView(figure, measure: measure, root: root)
            }
        }
    }

    func figureView(_ figure: ComputedFigure, measure: CatalogMeasure, root: String) -> FigureView {
        let unit = measure.unit ?? ""
        let count = { (n: Int) in Formatting.grouped(Double(n), maxFractionDigits: 0) }
        let sources = figure.sources.map { source in
            FigureSourceView(line: wording.html(key: "plan-source-line", [
                "table": .worded(key: "table-citation", parameters: ["id": .number(source.table)]), "period": source.period.wording,
                "file": .text((source.file as NSString).lastPathComponent),
                "counted": .number(count(source.counted)), "excluded": .number(count(source.excluded)),
            ]))
        }
        let breakdowns = figure.breakdowns.map { breakdown in
            BreakdownView(caption: wording.html(key: "plan-breakdown-caption", ["dimension": breakdown.dimension]),
                          items: breakdown.items.map {
                              BreakdownItemView(label: wording.html(key: "plan-value", ["value": $0.label]),
                                                value: Formatting.grouped($0.value, maxFractionDigits: 2))
                          })
        }
        let exclusions = figure.exclusionsByGroup.map {
            ExclusionView(line: wording.html(key: "plan-exclusion-line", [
                "reason": .worded(key: $0.reason.labelKey(prefix: "row-reason") + "-group", parameters: $0.reason.parameters),
                "rows": .number(count($0.count)),
            ]))
        }
        return FigureView(id: figure.measureID, name: language.pick(measure.name, measure.nameEn), year: figure.year,
                          yearText: wording.words(key: "plan-figure-year", ["roc": .number(String(figure.year)), "year": .academicYear(figure.year)]),
                          value: figureValue(figure.value, unit: LocalizedText(unit, english: measure.unitEnglish), decimals: measure.decimals),
                          rule: wording.words(figure.rule, prefix: "plan-rule"),
                          calculation: figure.calculation.map { wording.words($0, prefix: "plan-calculation") }, sources: sources,
                          breakdowns: breakdowns, hasBreakdowns: !breakdowns.isEmpty,
                          exclusions: exclusions, hasExclusions: !exclusions.isEmpty,
                          counted: count(figure.counted.count), excluded: count(figure.excluded.count),
                          provenanceHref: audience.mayShowSourceRows ? root + ProvenancePages.path(figure.measureID, year: figure.year) : nil)
    }

    /// A figure with its unit, as HTML: 1,574 人次, 1,486 person-times, 39.8%.
    func figureValue(_ value: Double, unit: LocalizedText, decimals: Int?) -> String {
        let number = Formatting.figure(value, unit: unit.chinese, decimals: decimals)
        guard !Formatting.isPercent(unit.chinese), !unit.chinese.isEmpty else { return HTMLText.escape(number) }
        return wording.html(key: "plan-figure-with-unit", [
            "figure": .number(number), "unit": .named(UnitWording.form(unit, for: value, language: language)),
        ])
    }
}
