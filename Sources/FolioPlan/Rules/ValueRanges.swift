import FolioCore

/// What a measure's unit allows its figures to be.
enum UnitRange: Equatable {
    /// Head counts and tallies (人, 人次, 件, 門…): 0 to `maximumCount`.
    case count
    /// A percentage (%): 0 to 100.
    case percentage
    /// A ratio (比, 比率…): 0 to `maximumRatio`.
    case ratio
    /// A unit Folio does not know (a school's own, e.g. 元 or 分): any sign, up to `maximumMagnitude` either way.
    case other

    /// Ten million: no school counts more people, visits or items in a year.
    static let maximumCount = 10_000_000.0
    static let maximumRatio = 1_000_000.0
    /// 10^15: beyond it a figure can no longer be printed exactly.
    static let maximumMagnitude = 1e15

    static let countUnits: Set<String> = ["人", "人次", "件", "門", "門次", "場", "場次", "次", "個", "家", "所", "篇", "項", "班", "組", "隊", "案", "張", "種"]
    static let percentageUnits: Set<String> = ["%", "％"]

    init(unit: String?) {
        let unit = unit?.trimmingCharacters(in: .whitespaces) ?? ""
        if UnitRange.countUnits.contains(unit) { self = .count }
        else if UnitRange.percentageUnits.contains(unit) { self = .percentage }
        else if CustomMeasure.ratioUnits.contains(unit) { self = .ratio }
        else { self = .other }
    }

    var bounds: ClosedRange<Double> {
        switch self {
        case .count: return 0...UnitRange.maximumCount
        case .percentage: return 0...100
        case .ratio: return 0...UnitRange.maximumRatio
        case .other: return -UnitRange.maximumMagnitude...UnitRange.maximumMagnitude
        }
    }

    func allows(_ value: Double) -> Bool { bounds.contains(value) }
}

extension PlanRules {
    /// Baselines, targets and actuals within what their unit allows: no negative head count, no
    /// percentage above 100, no count above ten million, nothing beyond 10^15. A figure outside is a typing slip that would otherwise be published
    /// (and a negative target is "achieved" by any actual).
    static func valueRanges(_ plan: Plan, _ catalog: Catalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for indicatorPlan in plan.indicators {
            let indicator = catalog.indicator(indicatorPlan.number)
            for figures in indicatorPlan.measures {
                let unit = indicator?.measures.first(where: { $0.id == figures.id })?.unit
                problems += outOfRange(figures, range: UnitRange(unit: unit), unit: unit ?? "", plan: plan)
            }
            for custom in indicatorPlan.customMeasures {
                problems += outOfRange(custom.figures, range: UnitRange(unit: custom.unit), unit: custom.unit, plan: plan)
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
            let negative = figure.value < 0
            switch range {
            case .count where negative:
                message = "\(label) of \(figures.id) is \(value), but \(figures.id) counts \(unit), which cannot be negative: write the count (0 or more)"
            case .count:
                message = "\(label) of \(figures.id) is \(value) \(unit), beyond the bound of 10,000,000 for a count: correct it (0 to 10,000,000)"
            case .percentage:
                message = "\(label) of \(figures.id) is \(value) %, outside 0–100: write the percentage itself, e.g. 38.5 for 38.5 %"
            case .ratio where negative:
                message = "\(label) of \(figures.id) is \(value), but a ratio (unit \(unit)) cannot be negative: write the ratio (0 or more)"
            case .ratio:
                message = "\(label) of \(figures.id) is \(value), beyond the bound of 1,000,000 for a ratio: correct it (0 to 1,000,000)"
            case .other:
                message = "\(label) of \(figures.id) is \(value), beyond the bound of 10^15 either way: correct it"
            }
            return .error(figure.location, message)
        }
    }
}
