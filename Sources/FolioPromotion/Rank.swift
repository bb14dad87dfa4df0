import Foundation
/// Teacher ranks, lowest first (R-C2).
public enum Rank: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case lecturer = "lecturer"
    case assistantProfessor = "assistant_professor"
    case associateProfessor = "associate_professor"
    case professor = "professor"

    private var order: Int { Rank.allCases.firstIndex(of: self)! }

    public var next: Rank? { order + 1 < Rank.allCases.count ? Rank.allCases[order + 1] : nil }
    public var previous: Rank? { order > 0 ? Rank.allCases[order - 1] : nil }

    public static func < (a: Rank, b: Rank) -> Bool { a.order < b.order }

    /// Accepts the data spelling (`associate_professor`) or the zh-Hant spelling (副教授). The
    /// pages word a rank from the label files (`rank-<rawValue>`); these spellings only read input.
    public init?(word: String) {
        guard let rank = Rank(rawValue: word) ?? Rank.chineseSpellings[word] else { return nil }
        self = rank
    }

    /// Input vocabulary: how data written in Chinese names the ranks.
    static let chineseSpellings: [String: Rank] = [
        "講師": .lecturer, "助理教授": .assistantProfessor, "副教授": .associateProfessor, "教授": .professor, // input vocabulary
    ]
}

/// 新聘 or 升等 (R-C2).
public enum ApplicationKind: String, Sendable, Hashable, CaseIterable, Codable {
    case newHire = "new_hire"
    case promotion = "promotion"
}
