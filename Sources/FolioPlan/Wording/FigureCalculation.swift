import FolioCore

/// The arithmetic of a figure that is more than a count, as a typed value the label files word
/// (`plan-calculation-<code>`): the digits are language-neutral, the words and brackets are not.
public enum FigureCalculation: Worded, Hashable {
    /// 2-1: 199 ÷ 500 × 100 = 39.8%.
    case share(part: Int, whole: Int, percent: String)
    /// 8-1: 209 ÷ (8 + 4 ÷ 4 = 1) = 23.22.
    case ratio(weighted: String, fullTime: Int, partTime: Int, partTimeEquivalent: String, ratio: String)
    /// 8-1 with the part-time equivalent at its cap: 100 ÷ (3 + 8 ÷ 4 = 1 (capped at a third of the full-time count)) = 25.
    case cappedRatio(weighted: String, fullTime: Int, partTime: Int, partTimeEquivalent: String, cap: PartTimeCap, ratio: String)

    public var code: String {
        switch self {
        case .share: "share"
        case .ratio: "ratio"
        case .cappedRatio: "capped-ratio"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .share(let part, let whole, let percent):
            ["part": .number(String(part)), "whole": .number(String(whole)), "percent": .number(percent)]
        case .ratio(let weighted, let fullTime, let partTime, let equivalent, let ratio):
            ["weighted": .number(weighted), "full": .number(String(fullTime)), "part": .number(String(partTime)),
             "equivalent": .number(equivalent), "ratio": .number(ratio)]
        case .cappedRatio(let weighted, let fullTime, let partTime, let equivalent, let cap, let ratio):
            ["weighted": .number(weighted), "full": .number(String(fullTime)), "part": .number(String(partTime)),
             "equivalent": .number(equivalent), "cap": .term("plan-cap-\(cap.rawValue)"), "ratio": .number(ratio)]
        }
    }

    public static let examples: [FigureCalculation] = {
        let all: [FigureCalculation] = [
            .share(part: 2, whole: 8, percent: "25"),
            .ratio(weighted: "209", fullTime: 8, partTime: 4, partTimeEquivalent: "1", ratio: "23.22"),
            .cappedRatio(weighted: "100", fullTime: 3, partTime: 8, partTimeEquivalent: "1", cap: .third, ratio: "25"),
        ]
        for value in all {
            switch value { case .share, .ratio, .cappedRatio: break } // every case needs an example above
        }
        return all
    }()
}

/// 8-1: the share of the full-time count part-time teachers may make up.
public enum PartTimeCap: String, Sendable, Hashable, CaseIterable {
    case third, half
}
