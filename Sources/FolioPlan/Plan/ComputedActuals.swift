import FolioCore

/// Puts the figures computed from the school-database tables into the plan (P8).
///
/// A computed figure becomes the measure's actual for its plan year when the plan types none.
/// When the plan types one too, the two must agree: a typed figure that differs is an error at
/// the typed value, naming both numbers and the tables, so the typo or the stale export is fixed.
public enum ComputedActuals {
    public static func merge(_ figures: [ComputedFigure], into plan: inout Plan) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for figure in figures where plan.years.contains(figure.year) {
            guard let indicatorIndex = plan.indicators.firstIndex(where: { $0.measure(figure.measureID) != nil }),
                  let measureIndex = plan.indicators[indicatorIndex].measures.firstIndex(where: { $0.id == figure.measureID }) else { continue }
            var measure = plan.indicators[indicatorIndex].measures[measureIndex]
            guard !measure.isIncomplete else { continue }
            if let typed = measure.actuals[figure.year] {
                if abs(typed.value - figure.value) > 1e-9 {
                    problems.append(.error(typed.location, disagreement(typed: typed.value, figure: figure)))
                }
                continue
            }
            measure.actuals[figure.year] = Located(figure.value, at: .file(figure.files.first?.file ?? ""))
            plan.indicators[indicatorIndex].measures[measureIndex] = measure
        }
        return problems
    }

    static func disagreement(typed: Double, figure: ComputedFigure) -> String {
        let files = figure.files.map(\.file).joined(separator: ", ")
        let counted = FigureText.number(Double(figure.counted.count))
        let excluded = FigureText.number(Double(figure.excluded.count))
        return "the \(figure.year) actual of \(figure.measureID) is typed as \(PlanRules.format(typed)) but the tables give \(PlanRules.format(figure.value)) "
            + "(\(files): \(counted) rows counted, \(excluded) excluded); remove the typed figure or correct the table"
    }
}
