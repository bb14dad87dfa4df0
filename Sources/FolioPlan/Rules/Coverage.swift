import FolioCore

extension PlanRules {
    /// Every applicable indicator and every ministry measure has an entry of the right kind;
    /// nothing names a measure or indicator the catalog does not know.
    static func coverage(_ plan: Plan, _ catalog: Catalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for indicator in applicableIndicators(catalog, plan.school.ownership) where plan.indicator(indicator.number) == nil
            && !plan.unreadIndicators.contains(indicator.number) {
            problems.append(.error(plan.location,
                "the plan has no entries for indicator \(indicator.number) (\(indicator.name)): add content/indicators/\(twoDigits(indicator.number)).yaml with 'indicator: \(indicator.number)' and its measures"))
        }
        var seen: [Int: SourceLocation] = [:]
        for indicatorPlan in plan.indicators {
            if let first = seen[indicatorPlan.number] {
                problems.append(.error(indicatorPlan.location,
                    "indicator \(indicatorPlan.number) is already described in \(first.file); keep one file per indicator"))
                continue
            }
            seen[indicatorPlan.number] = indicatorPlan.location
            guard let indicator = catalog.indicator(indicatorPlan.number) else {
                problems.append(.error(indicatorPlan.location,
                    "the catalog \(catalog.id) has no indicator \(indicatorPlan.number); indicators are numbered 1 to \(catalog.indicators.count)"))
                continue
            }
            guard appliesTo(indicator, plan.school.ownership) else { continue }
            problems += measureCoverage(indicatorPlan, indicator, plan)
        }
        return problems
    }

    private static func measureCoverage(_ indicatorPlan: IndicatorPlan, _ indicator: Indicator, _ plan: Plan) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let known = indicator.measures.map(\.id)
        for entry in indicatorPlan.measures where !known.contains(entry.id) {
            problems.append(.error(entry.location,
                "indicator \(indicator.number) has no ministry measure '\(entry.id)'; its measures are \(known.joined(separator: ", ")) (a school's own measure goes under custom_measures)"))
        }
        for measure in indicator.measures {
            guard let entry = indicatorPlan.measure(measure.id) else {
                let what = measure.kind == .quantitative
                    ? "a baseline and targets for \(plan.years.map(String.init).joined(separator: ", "))"
                    : "a narrative (narrative: narratives/\(measure.id).md)"
                problems.append(.error(indicatorPlan.location,
                    "indicator \(indicator.number) is missing measure \(measure.id) (\(measure.name)): add '\(measure.id):' under measures with \(what)"))
                continue
            }
            if entry.isIncomplete { continue }
            switch measure.kind {
            case .qualitative:
                if entry.narrative == nil {
                    problems.append(.error(entry.location,
                        "\(measure.id) is qualitative（質）and needs a narrative: add 'narrative: narratives/\(measure.id).md' and write it")) // quotes the input
                }
                if entry.baseline != nil || !entry.targets.isEmpty || !entry.actuals.isEmpty || !entry.unfilled.isEmpty {
                    problems.append(.error(entry.location,
                        "\(measure.id) is qualitative（質）: it has no baseline, targets or actuals; remove them and describe the results in its narrative")) // quotes the input
                }
            case .quantitative:
                if entry.narrative != nil {
                    problems.append(.error(entry.narrative!.location,
                        "\(measure.id) is quantitative: it takes a baseline, targets and actuals, not a narrative; remove 'narrative'"))
                }
                if entry.baseline == nil && !entry.isUnfilled(.baseline) {
                    problems.append(.error(entry.location,
                        "\(measure.id) has no baseline: add 'baseline:' with its value in \(plan.baselineYear), the baseline year"))
                }
            }
        }
        return problems
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
