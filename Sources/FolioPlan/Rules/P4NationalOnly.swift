import FolioCore

extension PlanRules {
    /// P4: a private school's plan omits indicator 12. Its absence is never flagged; entries
    /// for it are left out of the site, with a warning so the planner knows they are unused.
    static func nationalOnlyIndicatorInPrivatePlan(_ indicatorPlan: IndicatorPlan, _ indicator: Indicator) -> Diagnostic {
        .warning(indicatorPlan.location,
                 "indicator \(indicator.number) is for national schools only and this school is private (P4): its entries are left out of the site; delete the file to silence this warning")
    }
}
