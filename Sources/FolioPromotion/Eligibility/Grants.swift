import FolioCore
import Foundation

/// R-G7: government grants led in the last 5 years, one per project year, and the
/// industry project that may stand in for one (I-9).
public struct GrantCount: Sendable, Hashable {
    public var lines: [Figure]
    public var count: Int
    public var required: Int?
    public var standIn: IndustryProject?
    /// I-9: the note when a project could stand in but would not close the gap, so is not used.
    public var wouldNotSuffice: Figure?

    init(dossier: Dossier, rulebook: Rulebook, windows: Windows) {
        let rules = rulebook.conditions.grants
        var lines: [Figure] = []
        var count = 0
        for grant in dossier.grants.sorted(by: { $0.location < $1.location }) {
            var problems: [GrantProblem] = []
            if !grant.principalInvestigator { problems.append(.notPrincipalInvestigator) }
            if !grant.peerReviewed { problems.append(.notPeerReviewed) }
            if grant.commissioned { problems.append(.commissioned) }
            let years = GrantCount.projectYears(grant, within: windows.grants)
            if years == 0 {
                // The full record (issue 13): a grant with no project year in the window is listed, with the typed reason.
                lines.append(Figure(0, rules: ["R-G7"], sources: [grant.location],
                                    .grantListed(title: grant.title, agency: grant.agency, start: grant.start, end: grant.end, problems: problems),
                                    reason: .outsideWindow(years: rules.windowYears, from: windows.grants.start, to: windows.grants.end)))
            } else if problems.isEmpty {
                count += years
                lines.append(Figure(Decimal(years), rules: ["R-G7"], sources: [grant.location],
                                    .grantCounted(title: grant.title, agency: grant.agency, start: grant.start, end: grant.end, years: years)))
            } else {
                lines.append(Figure(0, rules: ["R-G7"], sources: [grant.location], .grantRefused(title: grant.title, problems: problems)))
            }
        }
        self.count = count
        let applies = dossier.kind == .promotion
        required = applies ? rules.required[dossier.appliedRank] : nil
        standIn = nil
        wouldNotSuffice = nil
        if let required, count < required, rulebook.interpretations.standIn == .whenShortLeastCost, rules.standInMaximum > 0 {
            // R-R8 sees only the projects inside its window (the full publication list lists the others).
            var inWindow = dossier
            inWindow.industry = dossier.industry.filter { windows.reference.contains($0.closed) }
            let candidates = inWindow.industry.filter {
                $0.principalInvestigator && $0.externalFunder && $0.amount >= rules.standInMinimumAmount
                    && windows.grants.contains($0.closed)
            }
            // The project whose removal costs the fewest R-R8 points; ties to the earliest line.
            let full = Decimal.sum(ResearchScore.industry(inWindow, rulebook: rulebook, excluding: nil).map(\.value))
            func cost(_ project: IndustryProject) -> Points {
                full - Decimal.sum(ResearchScore.industry(inWindow, rulebook: rulebook, excluding: project).map(\.value))
            }
            let best = candidates.min { a, b in
                let costA = cost(a), costB = cost(b)
                return costA != costB ? costA < costB : a.location < b.location
            }
            // I-9: a stand-in is used only when it closes the gap ("至多可折抵 1 件"); one used in vain
            // would cost R-R8 points and change no verdict.
            if let best, count + rules.standInMaximum >= required {
                standIn = best
                lines.append(Figure(1, rules: ["R-G7", "I-9"], sources: [best.location],
                                    .grantStandIn(title: best.title, amount: best.amount, cost: cost(best))))
                self.count = count + 1
            } else if let best {
                let reason = FigureReason.standInWouldNotSuffice(withStandIn: count + rules.standInMaximum, required: required)
                wouldNotSuffice = Figure(0, rules: ["R-G7", "I-9"], sources: [best.location],
                                         .grantStandInUnused(title: best.title, amount: best.amount), reason: reason)
                lines.append(wouldNotSuffice!)
            }
        }
        self.lines = lines
    }

    /// Project years (each 12 months from the start) that overlap the window.
    static func projectYears(_ grant: Grant, within window: DateWindow) -> Int {
        var years = 0
        var start = grant.start
        while start <= grant.end {
            let end = start.adding(years: 1)
            if end > window.start && start <= window.end { years += 1 }
            start = end
        }
        return years
    }
}
