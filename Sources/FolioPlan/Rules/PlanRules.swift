import FolioCore

/// The rules a planning document must obey (INDICATORS.md P1–P4), as plain functions of the plan.
public enum PlanRules {
    /// Every violation of every rule, in no particular order (callers sort for reading).
    public static func check(_ plan: Plan, against catalog: Catalog) -> [Diagnostic] {
        var problems = coverage(plan, catalog)
        problems += valueRanges(plan, catalog)
        problems += placeholders(plan, catalog)
        for indicatorPlan in plan.indicators {
            guard let indicator = catalog.indicator(indicatorPlan.number) else { continue }
            if !appliesTo(indicator, plan.school.ownership) {
                problems.append(nationalOnlyIndicatorInPrivatePlan(indicatorPlan, indicator))
                continue
            }
            for measure in indicator.quantitativeMeasures {
                guard let figures = indicatorPlan.measure(measure.id), !figures.isIncomplete,
                      let direction = measure.direction else { continue }
                problems += targets(figures, direction: direction, plan: plan, strict: true)
            }
            for custom in indicatorPlan.customMeasures where !custom.figures.isIncomplete {
                problems += targets(custom.figures, direction: custom.direction, plan: plan, strict: false)
            }
            problems += customMeasureLimit(indicatorPlan, indicator)
            problems += indicatorPlan.customMeasures.flatMap(ratioDefinition)
        }
        return problems
    }

    /// P4: indicator 12 belongs to national schools only.
    public static func appliesTo(_ indicator: Indicator, _ ownership: Ownership) -> Bool {
        !(indicator.nationalOnly && ownership == .private)
    }

    /// The indicators a school of this ownership reports on, in catalog order.
    public static func applicableIndicators(_ catalog: Catalog, _ ownership: Ownership) -> [Indicator] {
        catalog.indicators.filter { appliesTo($0, ownership) }
    }
}
