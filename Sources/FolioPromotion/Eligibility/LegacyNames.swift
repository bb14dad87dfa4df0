import Foundation

// Transitional (issue 12): the Chinese names two figure lines still build into their explanation
// (Scoring/Research.swift, Assessment's R-C1 note), which the promo-scoring branch makes typed.
// Delete this file when that branch merges; nothing else may use it.

extension Rank {
    var legacyChineseName: String { Rank.chineseSpellings.first { $0.value == self }!.key }
}

extension ResearchCategory {
    var legacyChineseName: String { self == .naturalBiomedical ? "自然生物醫學科學類" : "復健醫療管理科學類" }
}
