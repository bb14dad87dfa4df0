import FolioCore
import Foundation

/// One alternative of a paper condition (5 papers, 3 of them in the top 20%), evaluated.
public struct AlternativeResult: Sendable, Hashable {
    public var rule: String
    public var requirement: PaperRequirement
    public var available: Bool
    /// Why the alternative cannot be used (R-P7, secondment too short…).
    public var unavailableBecause: SecondmentUnavailable?
    public var pass: Bool
    public var have: PapersHeld
    /// Papers still missing (0 when passing).
    public var missing: Int
    public var shortfall: AlternativeShortfall?
}

/// The papers an alternative asks for: worded from `alternative-<code>`.
public struct PaperRequirement: Worded, Hashable {
    public var papers: Int
    public var ofWhich: Int
    public var group: PaperGroup

    public init(papers: Int, ofWhich: Int, group: PaperGroup) {
        self.papers = papers
        self.ofWhich = ofWhich
        self.group = group
    }

    public var code: String {
        if group == .any { return "papers" }
        return ofWhich == papers ? "papers_all" : "papers_of_which"
    }

    public var parameters: [String: WordingValue] {
        var parameters: [String: WordingValue] = ["papers": .count(papers), "of_which": .count(ofWhich)]
        if group != .any { parameters["group"] = group.word("condition") }
        return parameters
    }
}

/// Which papers an alternative counts in its "of which" part.
public enum PaperGroup: Sendable, Hashable {
    case any
    /// Ranked in the top `percent`% of the field (a `TopGroup`).
    case top(percent: Points)
    case sciSsciEi
    case masterThesis

    public var code: String {
        switch self {
        case .any: "any"
        case .top: "top"
        case .sciSsciEi: "sci_ssci_ei"
        case .masterThesis: "master_thesis"
        }
    }

    /// The group's word in one context of the label files: `alternative-group-<code>-<context>`
    /// (`condition`: 排名前20%; `held`: 前20%; `missing`: 前20%, SCI/SSCI/EI with its space).
    public func word(_ context: String) -> WordingValue {
        var parameters: [String: WordingValue] = [:]
        if case .top(let percent) = self { parameters["percent"] = percent.asNumber }
        return .worded(key: "alternative-group-\(code.hyphenated)-\(context)", parameters: parameters)
    }

    public static let examples: [PaperGroup] = [.any, .top(percent: 20), .sciSsciEi, .masterThesis]
}

/// The main papers a dossier has toward an alternative: `alternative-held-<code>`.
public struct PapersHeld: Worded, Hashable {
    public var total: Int
    public var group: PaperGroup
    public var inGroup: Int

    public init(total: Int, group: PaperGroup, inGroup: Int) {
        self.total = total
        self.group = group
        self.inGroup = inGroup
    }

    public var code: String { group == .any ? "total" : "in_group" }

    public var parameters: [String: WordingValue] {
        group == .any ? ["total": .count(total)] : ["total": .count(total), "group": group.word("held"), "in_group": .count(inGroup)]
    }
}

/// What an alternative still misses: `alternative-missing-<code>`.
public enum AlternativeShortfall: Worded, Hashable {
    case moreInGroup(count: Int, group: PaperGroup)
    case moreAny(count: Int)
    case moreInGroupAndAny(inGroup: Int, group: PaperGroup, any: Int)

    public var code: String {
        switch self {
        case .moreInGroup: "more_in_group"
        case .moreAny: "more_any"
        case .moreInGroupAndAny: "more_in_group_and_any"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .moreInGroup(let count, let group): ["count": .count(count), "group": group.word("missing")]
        case .moreAny(let count): ["count": .count(count)]
        case .moreInGroupAndAny(let inGroup, let group, let any):
            ["in_group": .count(inGroup), "group": group.word("missing"), "any": .count(any)]
        }
    }

    public static let examples: [AlternativeShortfall] = [
        .moreInGroup(count: 1, group: .top(percent: 40)), .moreAny(count: 2), .moreInGroupAndAny(inGroup: 1, group: .sciSsciEi, any: 2),
    ]
}

/// Why the seconded track (R-P4, R-P6) cannot be used: `alternative-unavailable-<code>`.
public enum SecondmentUnavailable: Worded, Hashable {
    case noSecondment
    case hospitalOnlyRehabilitation
    case tooShort(years: Points, minimum: Points)
    case misconduct
    case usedBefore

    public var code: String {
        switch self {
        case .noSecondment: "no_secondment"
        case .hospitalOnlyRehabilitation: "hospital_only_rehabilitation"
        case .tooShort: "too_short"
        case .misconduct: "misconduct"
        case .usedBefore: "used_before"
        }
    }

    public var parameters: [String: WordingValue] {
        if case .tooShort(let years, let minimum) = self { return ["years": years.asNumber, "minimum": minimum.asNumber] }
        return [:]
    }

    public static let examples: [SecondmentUnavailable] = [.noSecondment, .hospitalOnlyRehabilitation, .tooShort(years: 1.5, minimum: 2),
                                                           .misconduct, .usedBefore]
}
