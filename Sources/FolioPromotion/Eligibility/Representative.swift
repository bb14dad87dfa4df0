import FolioCore
import Foundation

/// R-D2: at least one main paper, first or corresponding author, may be the representative work;
/// an equal-contribution paper only with IF ≥ 10.
enum RepresentativeWork {
    static func evaluate(_ dossier: Dossier, rulebook: Rulebook, checks: [MainPaperCheck]) -> Requirement {
        let minimum = rulebook.conditions.representativeEqualContributionMinImpact
        func problem(_ check: MainPaperCheck) -> String? {
            if !check.isMain { return "非主論文（\(check.reasons.joined(separator: "；"))）" }
            if !check.paper.isFirstOrCorresponding { return "非第一或通訊作者" }
            if check.paper.equalContribution >= 2, (check.paper.impactFactor ?? 0) < minimum {
                return "同等貢獻論文，IF 未達 \(minimum.pointsText)"
            }
            return nil
        }
        let label = "代表著作"
        let marked = checks.filter(\.paper.representative)
        if !marked.isEmpty {
            let bad = marked.compactMap { check in problem(check).map { "「\(check.paper.title)」\($0)" } }
            if bad.isEmpty {
                return Requirement(id: "R-D2", label: label, status: .pass,
                                   detail: "代表著作：\(marked.map { "「\($0.paper.title)」" }.joined(separator: "、"))",
                                   sources: marked.map(\.paper.location))
            }
            return Requirement(id: "R-D2", label: label, status: .fail, detail: bad.joined(separator: "；"),
                               shortfall: "所標示之代表著作不符規定：\(bad.joined(separator: "；"))",
                               shortfallEnglish: "the marked representative work does not qualify; mark a first- or corresponding-author main paper",
                               sources: marked.map(\.paper.location))
        }
        let candidates = checks.filter { problem($0) == nil }
        if let first = candidates.first {
            return Requirement(id: "R-D2", label: label, status: .pass,
                               detail: "未標示代表著作；可作為代表著作者 \(candidates.count) 篇，例如「\(first.paper.title)」",
                               sources: candidates.map(\.paper.location))
        }
        return Requirement(id: "R-D2", label: label, status: .fail, detail: "無可作為代表著作之主論文",
                           shortfall: "尚缺 1 篇可作代表著作之主論文（第一或通訊作者；同等貢獻者須 IF ≥ \(minimum.pointsText)）",
                           shortfallEnglish: "1 more main paper eligible as representative work (first or corresponding author; equal contribution only with IF ≥ \(minimum.pointsText))")
    }
}
