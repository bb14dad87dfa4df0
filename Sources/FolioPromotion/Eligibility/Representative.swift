import FolioCore
import Foundation

/// R-D2: at least one main paper, first or corresponding author, may be the representative work;
/// an equal-contribution paper only with IF ≥ 10.
enum RepresentativeWork {
    static func evaluate(_ dossier: Dossier, rulebook: Rulebook, checks: [MainPaperCheck]) -> Requirement {
        let minimum = rulebook.conditions.representativeEqualContributionMinImpact
        func problem(_ check: MainPaperCheck) -> RepresentativeProblem? {
            let title = check.paper.title
            if !check.isMain { return .notMain(title: title, reasons: check.reasons) }
            if !check.paper.isFirstOrCorresponding { return .notFirstOrCorresponding(title: title) }
            if check.paper.equalContribution >= 2, (check.paper.impactFactor ?? 0) < minimum {
                return .equalContributionBelowImpact(title: title, minimum: minimum)
            }
            return nil
        }
        let marked = checks.filter(\.paper.representative)
        if !marked.isEmpty {
            let bad = marked.compactMap(problem)
            if bad.isEmpty {
                return Requirement(id: "R-D2", condition: .representativeWork, status: .pass,
                                   finding: .representativeMarked(titles: marked.map(\.paper.title)),
                                   sources: marked.map(\.paper.location))
            }
            return Requirement(id: "R-D2", condition: .representativeWork, status: .fail,
                               finding: .representativeNotQualifying(problems: bad),
                               shortfall: .representativeNotQualifying(problems: bad),
                               sources: marked.map(\.paper.location))
        }
        let candidates = checks.filter { problem($0) == nil }
        if let first = candidates.first {
            return Requirement(id: "R-D2", condition: .representativeWork, status: .pass,
                               finding: .representativeCandidates(count: candidates.count, example: first.paper.title),
                               sources: candidates.map(\.paper.location))
        }
        return Requirement(id: "R-D2", condition: .representativeWork, status: .fail, finding: .noRepresentativeCandidate,
                           shortfall: .representativeNeeded(minimumImpact: minimum))
    }
}
