import FolioCore

extension PlanRules {
    /// Every baseline and target still to be filled in, one placeholder warning each (an error
    /// under `folio check --strict`, for the final submission). The value rules (P1, ranges)
    /// skip these figures: there is nothing yet to compare.
    static func placeholders(_ plan: Plan, _ catalog: Catalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for indicatorPlan in plan.indicators {
            guard let indicator = catalog.indicator(indicatorPlan.number), appliesTo(indicator, plan.school.ownership) else { continue }
            let entries = indicatorPlan.measures + indicatorPlan.customMeasures.map(\.figures)
            for entry in entries {
                for slot in entry.unfilled.sorted(by: { $0.location < $1.location }) {
                    switch slot.value {
                    case .baseline:
                        problems.append(.placeholder(slot.location,
                            "the \(plan.baselineYear) baseline of \(entry.id) is still 待填: write its value (folio check --strict rejects placeholders)")) // quotes the input
                    case .target(let year) where !plan.years.contains(year):
                        problems.append(.error(slot.location,
                            "\(entry.id) has a target for \(year), which is not a plan year (\(yearList(plan))); remove it"))
                    case .target(let year):
                        problems.append(.placeholder(slot.location,
                            "the \(year) target of \(entry.id) is still 待填: write the figure the school commits to (folio check --strict rejects placeholders)")) // quotes the input
                    }
                }
            }
        }
        return problems
    }
}
