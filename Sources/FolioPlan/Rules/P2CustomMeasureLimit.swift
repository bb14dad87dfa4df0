import FolioCore

extension PlanRules {
    /// P2: at most `maxCustomMeasures` custom measures per indicator; none on indicator 15 (IR).
    public static let maxCustomMeasures = 3

    static func customMeasureLimit(_ indicatorPlan: IndicatorPlan, _ indicator: Indicator) -> [Diagnostic] {
        let customs = indicatorPlan.customMeasures
        if !indicator.customMeasuresAllowed {
            return customs.map {
                .error($0.location,
                       "indicator \(indicator.number) (\(indicator.name)) admits no custom measures (P2): remove \($0.id) and describe it in the indicator's narrative instead")
            }
        }
        guard customs.count > maxCustomMeasures else { return [] }
        return customs.dropFirst(maxCustomMeasures).map {
            .error($0.location,
                   "indicator \(indicator.number) has \(customs.count) custom measures; at most \(maxCustomMeasures) are allowed (P2): remove \($0.id) or track it inside the school instead")
        }
    }
}
