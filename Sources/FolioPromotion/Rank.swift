import Foundation
/// Teacher ranks, lowest first (R-C2).
public enum Rank: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case lecturer = "lecturer"
    case assistantProfessor = "assistant_professor"
    case associateProfessor = "associate_professor"
    case professor = "professor"

    public var label: String {
        switch self {
        case .lecturer: "講師"
        case .assistantProfessor: "助理教授"
        case .associateProfessor: "副教授"
        case .professor: "教授"
        }
    }

    public var englishLabel: String {
        switch self {
        case .lecturer: "lecturer"
        case .assistantProfessor: "assistant professor"
        case .associateProfessor: "associate professor"
        case .professor: "professor"
        }
    }

    private var order: Int { Rank.allCases.firstIndex(of: self)! }

    public var next: Rank? { order + 1 < Rank.allCases.count ? Rank.allCases[order + 1] : nil }
    public var previous: Rank? { order > 0 ? Rank.allCases[order - 1] : nil }

    public static func < (a: Rank, b: Rank) -> Bool { a.order < b.order }

    /// Accepts the data spelling (`associate_professor`) or the zh-Hant label (副教授).
    public init?(word: String) {
        if let rank = Rank(rawValue: word) { self = rank; return }
        guard let rank = Rank.allCases.first(where: { $0.label == word }) else { return nil }
        self = rank
    }
}

/// 新聘 or 升等 (R-C2).
public enum ApplicationKind: String, Sendable, Hashable, CaseIterable, Codable {
    case newHire = "new_hire"
    case promotion = "promotion"

    public var label: String { self == .newHire ? "新聘" : "升等" }
}
