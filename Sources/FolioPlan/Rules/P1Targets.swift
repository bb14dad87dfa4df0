import FolioCore

extension PlanRules {
    /// P1: a target for every plan year, never 0, each improving on the year before
    /// (rising, or falling for a lower-is-better measure). The first target should improve
    /// on the baseline: a warning, since the source text only asks targets to improve year on year.
    ///
    /// `strict` is true for ministry measures. For a school's own measures the ministry sets no
    /// such rule, so non-improving targets are warnings there.
    static func targets(_ figures: MeasurePlan, direction: Direction, plan: Plan, strict: Bool) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let id = figures.id
        for (year, target) in figures.targets where !plan.years.contains(year) {
            problems.append(.error(target.location,
                "\(id) has a target for \(year), which is not a plan year (\(yearList(plan))); remove it"))
        }
        for (year, actual) in figures.actuals where !plan.years.contains(year) && year != plan.baselineYear {
            problems.append(.error(actual.location,
                "\(id) has an actual for \(year), which is not a plan year (\(yearList(plan))); remove it or move the figure to 'baseline'"))
        }
        var previous: (label: String, value: Double)? = figures.baseline.map { ("the \(plan.baselineYear) baseline", $0.value) }
        var isFirst = true
        for year in plan.years {
            guard let target = figures.targets[year] else {
                if !figures.isUnfilled(.target(year: year)) {
                    problems.append(.error(figures.targetsLocation ?? figures.location,
                        "\(id) has no target for \(year): add '\(year): <value>' under its targets (P1: every plan year needs a target)"))
                }
                // A placeholder is reported as such (PlanRules.placeholders); the next year is not compared with it.
                previous = nil
                isFirst = false
                continue
            }
            if target.value == 0 {
                problems.append(.error(target.location,
                    "the \(year) target of \(id) is 0, which the ministry does not allow (P1): set the figure the school commits to"))
            } else if let before = previous, !improves(target.value, on: before.value, direction) {
                let verb = direction == .higher ? "rise above" : "fall below"
                let message = "the \(year) target of \(id) (\(format(target.value))) does not \(verb) \(before.label) (\(format(before.value))); "
                    + "targets must improve year on year (P1\(direction == .lower ? ", lower is better for this measure" : "")): set it to \(direction == .higher ? "more" : "less") than \(format(before.value))"
                if isFirst || !strict {
                    problems.append(.warning(target.location, message))
                } else {
                    problems.append(.error(target.location, message))
                }
            }
            previous = ("the \(year) target", target.value)
            isFirst = false
        }
        return problems
    }

    static func improves(_ value: Double, on before: Double, _ direction: Direction) -> Bool {
        direction == .higher ? value > before : value < before
    }

    static func yearList(_ plan: Plan) -> String {
        plan.years.map(String.init).joined(separator: ", ")
    }

    /// Plain figure for messages: 450, 23.8, 38.25.
    static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(value)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
