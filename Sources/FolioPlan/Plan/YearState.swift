/// One plan year of a measure at a glance, as the pages, the charts and the open data name it:
/// the target met or not, the actual still to come, no rate to compute, or the target still 待填.
public struct YearState: Sendable, Equatable {
    public enum State: String, Sendable {
        case met, notMet = "not-met", pending, none, unfilled
    }

    public let achievement: Achievement
    public let targetUnfilled: Bool
    public let state: State

    public init(_ figures: MeasurePlan, year: Int, direction: Direction) {
        achievement = Achievement.of(actual: figures.actuals[year]?.value, target: figures.targets[year]?.value,
                                     direction: direction)
        targetUnfilled = figures.isUnfilled(.target(year: year))
        if targetUnfilled {
            state = .unfilled
        } else {
            switch achievement {
            case .reported(_, let met): state = met ? .met : .notMet
            case .pending: state = .pending
            case .notComputable: state = .none
            }
        }
    }
}
