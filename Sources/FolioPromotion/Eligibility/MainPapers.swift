import FolioCore
import Foundation

/// A paper as the paper conditions see it (R-D1, R-P1, R-P2).
public struct MainPaperCheck: Sendable, Hashable {
    public var paper: Paper
    public var isMain: Bool
    /// Why it is not a main paper, every reason.
    public var reasons: [MainPaperReason]
    /// How many papers it counts as (R-P2); the thesis is 1 (R-P1).
    public var units: Int
    public var isThesis: Bool

    /// Classifies every paper of the dossier for the category of its paper conditions.
    static func classify(_ dossier: Dossier, rulebook: Rulebook, windows: Windows, category: ResearchCategory) -> [MainPaperCheck] {
        let conditions = rulebook.conditions
        var thesisUsed = false
        return dossier.papers.sorted { $0.location < $1.location }.map { paper in
            var reasons: [MainPaperReason] = []
            let thesis = paper.type.isThesis
            if !windows.mainPapers.contains(paper.date) {
                let window = windows.mainPapers
                if !thesis { reasons.append(.outsideWindow(from: window.start, to: window.end)) }
                else if rulebook.interpretations.thesisWithinMainPaperWindow { reasons.append(.thesisOutsideWindow(from: window.start, to: window.end)) }
            }
            if thesis {
                if !dossier.applyingWithDegree { reasons.append(.thesisWithoutDegreeApplication) }
                if thesisUsed { reasons.append(.onlyOneThesis) }
            } else {
                if dossier.kind == .promotion {
                    if !paper.underUniversityName { reasons.append(.notUnderUniversityName) }
                    if !ResearchScore.atPreviousRank(paper.date, rankHeld: paper.rankHeld, dossier: dossier, rulebook: rulebook) {
                        reasons.append(.notAtPreviousRank)
                    }
                }
                if !paper.isFirstOrCorresponding { reasons.append(.notFirstOrCorresponding) }
                if !conditions.mainPaperTypes.contains(paper.type) { reasons.append(.typeNotMain(type: paper.type)) }
                if !(conditions.mainPaperIndexes[category] ?? []).contains(paper.index) {
                    reasons.append(.indexNotInScope(index: paper.index, category: category))
                }
            }
            let isMain = reasons.isEmpty
            if isMain && thesis { thesisUsed = true }
            var units = 1
            if isMain && !thesis, let impact = paper.impactFactor,
               let equivalence = conditions.impactEquivalence.first(where: { $0.contains(impact) }) {
                units = equivalence.papers
            }
            return MainPaperCheck(paper: paper, isMain: isMain, reasons: reasons, units: isMain ? units : 0, isThesis: thesis)
        }
    }

    func inGroup(_ group: PaperAlternative.Group, conditions: ConditionRules, settings: Interpretations) -> Bool {
        guard isMain else { return false }
        switch group {
        case .none: return true
        case .top(let id):
            guard !isThesis, let p = paper.percentile, let top = conditions.topGroup(id) else { return false }
            return top.contains(p)
        case .sciSsciEi:
            return isThesis ? settings.thesisCountsAsSciSsciEi : conditions.sciSsciEiIndexes.contains(paper.index)
        case .masterThesis:
            return paper.type == .masterThesis
        }
    }
}
