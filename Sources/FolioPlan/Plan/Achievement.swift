/// How a year's actual compares with its target.
public enum Achievement: Sendable, Equatable {
    /// The rate is actual ÷ target (or target ÷ actual when lower is better); met when ≥ 1.
    case reported(rate: Double, met: Bool)
    /// The target is set but no actual has been reported yet.
    case pending
    /// No target (a rule violation caught elsewhere) or a zero on the dividing side.
    case notComputable

    /// Achievement rate (達成率): actual ÷ target for higher-is-better measures;
    /// target ÷ actual for lower-is-better ones such as 生師比, so above 100% always means better than promised.
    public static func of(actual: Double?, target: Double?, direction: Direction) -> Achievement {
        guard let target, target != 0 else { return .notComputable }
        guard let actual else { return .pending }
        switch direction {
        case .higher:
            let rate = actual / target
            return .reported(rate: rate, met: actual >= target)
        case .lower:
            guard actual != 0 else { return .notComputable }
            let rate = target / actual
            return .reported(rate: rate, met: actual <= target)
        }
    }

    public var rate: Double? {
        if case .reported(let rate, _) = self { return rate }
        return nil
    }

    public var isMet: Bool? {
        if case .reported(_, let met) = self { return met }
        return nil
    }
}
