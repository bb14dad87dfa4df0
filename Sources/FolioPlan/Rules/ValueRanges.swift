import FolioCore

/// What a measure's unit allows its figures to be.
enum UnitRange: Equatable {
    /// Head counts and tallies (人, 人次, 件, 門…): 0 or more.
    case count
    /// A percentage (%): 0 to 100.
    case percentage
    /// A ratio (比, 比率…): 0 or more.
    case ratio

    static let countUnits: Set<String> = ["人", "人次", "件", "門", "門次", "場", "場次", "次", "個", "家", "所", "篇", "項", "班", "組", "隊", "案", "張", "種"]
    static let percentageUnits: Set<String> = ["%", "％"]

    /// Nil for a unit Folio does not know the range of (a school's own unit, e.g. 元 or 分).
    init?(unit: String?) {
        guard let unit = unit?.trimmingCharacters(in: .whitespaces) else { return nil }
        if UnitRange.countUnits.contains(unit) { self = .count }
        else if UnitRange.percentageUnits.contains(unit) { self = .percentage }
        else if CustomMeasure.ratioUnits.contains(unit) { self = .ratio }
        else { return nil }
    }

    func allows(_ value: Double) -> Bool {
        switch self {
        case .count, .ratio: return value >= 0
        case .percentage: return value >= 0 && value <= 100
        }
    }
}

extension PlanRules {
    /// Baselines, targets and actuals within what their unit allows: no negative head count, no
    /// percentage above 100. A figure outside is a typing slip that would otherwise be published
    /// (and a negative target is "achieved" by any actual).
    static func valueRanges(_ plan: Plan, _ catalog: Catalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for indicatorPlan in plan.indicators {
            let indicator = catalog.indicator(indicatorPlan.number)
            for figures in indicatorPlan.measures {
                guard let measure = indicator?.measures.first(where: { $0.id == figures.id }),
                      let range = UnitRange(unit: measure.unit), let unit = measure.unit else { continue }
                problems += outOfRange(figures, range: range, unit: unit, plan: plan)
            }
            for custom in indicatorPlan.customMeasures {
                guard let range = UnitRange(unit: custom.unit) else { continue }
                problems += outOfRange(custom.figures, range: range, unit: custom.unit, plan: plan)
            }
        }
        return problems
    }

    private static func outOfRange(_ figures: MeasurePlan, range: UnitRange, unit: String, plan: Plan) -> [Diagnostic] {
        var labelled: [(label: String, figure: Located<Double>)] = []
        if let baseline = figures.baseline { labelled.append(("the \(plan.baselineYear) baseline", baseline)) }
        labelled += figures.targets.sorted { $0.key < $1.key }.map { ("the \($0.key) target", $0.value) }
        labelled += figures.actuals.sorted { $0.key < $1.key }.map { ("the \($0.key) actual", $0.value) }
        return labelled.filter { !range.allows($0.figure.value) }.map { label, figure in
            let value = format(figure.value)
            let message: String
            switch range {
            case .count:
                message = "\(label) of \(figures.id) is \(value), but \(figures.id) counts \(unit), which cannot be negative: write the count (0 or more)"
            case .percentage:
                message = "\(label) of \(figures.id) is \(value) %, outside 0–100: write the percentage itself, e.g. 38.5 for 38.5 %"
            case .ratio:
                message = "\(label) of \(figures.id) is \(value), but a ratio (unit \(unit)) cannot be negative: write the ratio (0 or more)"
            }
            return .error(figure.location, message)
        }
    }
}
