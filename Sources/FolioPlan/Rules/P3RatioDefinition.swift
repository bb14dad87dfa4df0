import FolioCore

extension PlanRules {
    /// P3: a custom measure counted as a ratio or percentage states its numerator,
    /// its denominator and its counting period (學年度 or 年度).
    static func ratioDefinition(_ custom: CustomMeasure) -> [Diagnostic] {
        guard custom.isRatio else { return [] }
        var missing: [String] = []
        if custom.numerator?.isEmpty ?? true { missing.append("numerator") }
        if custom.denominator?.isEmpty ?? true { missing.append("denominator") }
        if custom.period == nil { missing.append("period") }
        return missing.map { key in
            let how = key == "period" ? "'period: 學年度' or 'period: 年度'" : "'\(key):' saying what is counted" // quotes the input
            return .error(custom.location,
                          "custom measure \(custom.id) is a ratio (unit \(custom.unit)) but does not state its \(key) (P3): add \(how)")
        }
    }
}
