import FolioCore
import Foundation

/// One paper's research points, step by step, and whether it is among the counted papers.
public struct PaperScore: Sendable, Hashable {
    public var paper: Paper
    /// Why the paper cannot be scored at all (outside the rank, unindexed); nil when it can.
    public var excludedBecause: PaperExclusion?
    /// The band it is scored in (the 級距 column).
    public var band: PaperBand
    public var base: Points
    public var multiplier: Points
    public var equalContributionFactor: Points
    public var points: Figure
    public var counted: Bool
    /// Why the paper counts or not: its place among the papers and the maximum counted.
    public var countReason: PaperCount
    public var usedKJMS: Bool
    /// What the paper would score were it in the window: the chart shows an outside paper's
    /// points hatched, as listed and not counted.
    public var pointsIfCounted: Points = 0

    /// The typed reason when the paper is listed only, outside the window (著作目錄).
    public var outsideWindow: FigureReason? { points.reason.flatMap { $0.isOutsideWindow ? $0 : nil } }
}

/// Article 6 §3: counted papers plus student grants, patents, transfers and industry.
public struct ResearchScore: Sendable, Hashable {
    public var papers: [PaperScore]
    public var papersTotal: Figure
    public var studentGrants: [Figure]
    public var patents: [Figure]
    public var transfers: [Figure]
    public var industry: [Figure]
    /// The industry project standing in for a grant (R-G7, I-9), excluded from R-R8.
    public var standIn: IndustryProject?
    public var total: Figure

    public init(dossier: Dossier, rulebook: Rulebook, windows: Windows, standIn: IndustryProject?) {
        let rules = rulebook.research
        let settings = rulebook.interpretations
        var scores = dossier.papers.map { ResearchScore.score($0, dossier: dossier, rulebook: rulebook, windows: windows, kjms: false) }

        // R-R3: up to `kjmsMaxPapers` KJMS papers score as the KJMS band, the ones it helps most
        // (under I-11's literal reading, the ones it lowers least); ties to the earliest line.
        let kjms = scores.indices.filter { rules.isKJMS(scores[$0].paper.journal) && scores[$0].excludedBecause == nil }
        var rescored: [(index: Int, score: PaperScore, gain: Points)] = []
        for index in kjms {
            let scored = ResearchScore.score(scores[index].paper, dossier: dossier, rulebook: rulebook, windows: windows, kjms: true)
            let gain: Points = scored.points.value - scores[index].points.value
            rescored.append((index: index, score: scored, gain: gain))
        }
        rescored.sort { a, b in a.gain != b.gain ? a.gain > b.gain : a.score.paper.location < b.score.paper.location }
        for chosen in rescored.prefix(max(rules.kjmsMaxPapers, 0)) { scores[chosen.index] = chosen.score }

        // R-R9, I-4: the counted papers.
        let candidates = scores.indices.filter { scores[$0].excludedBecause == nil }
        // The comparison reads the fields in place: copying two whole scores per comparison was a
        // tenth of scoring (issue 15). Points are compared through their integer stand-ins.
        let points = scores.map { OrderedPoints($0.points.value) }
        let ranked = candidates.sorted { a, b in
            switch settings.countedPapers {
            case .mostPoints:
                if points[a] != points[b] { return points[a] > points[b] }
            case .mostRecent:
                if scores[a].paper.date != scores[b].paper.date { return scores[a].paper.date > scores[b].paper.date }
            }
            return (scores[a].paper.date, scores[a].paper.title, scores[a].paper.journal) > (scores[b].paper.date, scores[b].paper.title, scores[b].paper.journal)
        }
        for (place, index) in ranked.enumerated() {
            let counted = place < rules.maxCountedPapers
            scores[index].counted = counted
            scores[index].countReason = counted
                ? .counted(place: place + 1, maximum: rules.maxCountedPapers)
                : .beyondMaximum(place: place + 1, maximum: rules.maxCountedPapers)
        }
        for index in scores.indices where scores[index].excludedBecause != nil {
            scores[index].counted = false
            scores[index].countReason = .notScored
        }
        // Indices are sorted, not the scores: moving whole scores about was most of the sort (issue 15).
        papers = scores.indices.sorted { (scores[$0].paper.date, scores[$0].paper.location) > (scores[$1].paper.date, scores[$1].paper.location) }
            .map { scores[$0] }
        let countedPoints = Decimal.sum(scores.filter(\.counted).map(\.points.value))
        papersTotal = Figure(countedPoints, rules: ["R-R1", "R-R9", "I-4"], sources: scores.filter(\.counted).map(\.paper.location),
                             .papersTotal(count: scores.filter(\.counted).count, points: countedPoints))

        // The full publication list: records outside the window are listed, not counted.
        var inWindow = dossier
        inWindow.studentGrants = dossier.studentGrants.filter { windows.outsideReference($0.start) == nil }
        inWindow.patents = dossier.patents.filter { windows.outsideReference($0.granted) == nil }
        inWindow.transfers = dossier.transfers.filter { windows.outsideReference($0.date) == nil }
        inWindow.industry = dossier.industry.filter { windows.outsideReference($0.closed) == nil }
        func listed<T>(_ records: [T], _ rule: String, _ kind: ResearchRecordKind, title: (T) -> String, date: (T) -> RocDate,
                       location: (T) -> SourceLocation) -> [Figure] {
            records.compactMap { record in
                windows.outsideReference(date(record)).map {
                    Figure(0, rules: [rule], sources: [location(record)], .recordListed(kind: kind, title: title(record), date: date(record)), reason: $0)
                }
            }
        }
        studentGrants = ResearchScore.studentGrants(inWindow, rulebook: rulebook)
            + listed(dossier.studentGrants, "R-R5", .studentGrant, title: \.title, date: \.start, location: \.location)
        patents = ResearchScore.patents(inWindow, rulebook: rulebook)
            + listed(dossier.patents, "R-R6", .patent, title: \.title, date: \.granted, location: \.location)
        transfers = ResearchScore.transfers(inWindow, rulebook: rulebook)
            + listed(dossier.transfers, "R-R7", .transfer, title: \.title, date: \.date, location: \.location)
        self.standIn = standIn
        industry = ResearchScore.industry(inWindow, rulebook: rulebook, excluding: standIn)
            + listed(dossier.industry, "R-R8", .industry, title: \.title, date: \.closed, location: \.location)
        let others = studentGrants + patents + transfers + industry
        let total = countedPoints + Decimal.sum(others.map(\.value))
        self.total = Figure(total, rules: ["R-R1…R-R9"], sources: [],
                            .researchTotal(papers: countedPoints, studentGrants: Decimal.sum(studentGrants.map(\.value)),
                                           patents: Decimal.sum(patents.map(\.value)), transfers: Decimal.sum(transfers.map(\.value)),
                                           industry: Decimal.sum(industry.map(\.value)), total: total))
    }

    /// Whether a record dated `date` was made while at the previous rank (article 6 §3).
    static func atPreviousRank(_ date: RocDate, rankHeld: Rank?, dossier: Dossier, rulebook: Rulebook) -> Bool {
        guard dossier.kind == .promotion || !rulebook.interpretations.newHireRankExemptForResearch else { return true }
        if dossier.kind == .newHire {
            return rankHeld.map { $0 == dossier.currentRank } ?? true
        }
        if let rankHeld { return rankHeld == dossier.currentRank }
        return dossier.currentRankSince.map { date >= $0 } ?? false
    }

    static func score(_ paper: Paper, dossier: Dossier, rulebook: Rulebook, windows: Windows, kjms: Bool) -> PaperScore {
        let rules = rulebook.research
        let settings = rulebook.interpretations
        var ruleIDs = ["R-R1"]
        var excluded: PaperExclusion?
        let outside = windows.outsideReference(paper.date)
        if outside != nil {
            excluded = .outsideWindow(years: windows.referenceYears, from: windows.reference.start, to: windows.reference.end)
        } else if !atPreviousRank(paper.date, rankHeld: paper.rankHeld, dossier: dossier, rulebook: rulebook) {
            excluded = .notAtPreviousRank(dossier.currentRank)
        } else if paper.index == .other && !paper.type.isThesis {
            excluded = .unindexed
        }
        let column = paper.authorColumn
        var band: PaperBand
        var base: Points
        var kjmsComparison: KJMSComparison?
        if paper.type.isThesis {
            band = .thesis
            base = rules.flatRow.value(for: column)
            ruleIDs.append("I-5")
        } else if kjms, let kjmsBand = rules.band(id: rules.kjmsBand) {
            // I-11: the better of the paper's own band and the KJMS band, or (literal R-R3) the KJMS band.
            let own = paper.percentile.flatMap { rules.band(forPercentile: $0) }
            if settings.kjmsBetterOfOwnBand, let own, own.points.value(for: column) > kjmsBand.points.value(for: column) {
                band = .percentile(band: own.name)
                base = own.points.value(for: column)
                kjmsComparison = KJMSComparison(band: kjmsBand.name, points: kjmsBand.points.value(for: column))
                ruleIDs.append("I-1")
            } else {
                band = .kjms(band: kjmsBand.name)
                base = kjmsBand.points.value(for: column)
            }
            ruleIDs += ["R-R3", "I-11"]
        } else if rules.flatRowIndexes.contains(paper.index) {
            band = .index(paper.index)
            base = rules.flatRow.value(for: column)
        } else if let p = paper.percentile, let percentileBand = rules.band(forPercentile: p) {
            band = .percentile(band: percentileBand.name)
            base = percentileBand.points.value(for: column)
            ruleIDs.append("I-1")
        } else {
            band = .unranked(paper.index)
            base = rules.flatRow.value(for: column)
        }
        var baseWords = PaperBase.band(band, column: column, points: base, kjms: kjmsComparison)
        if let impact = paper.impactFactor, impact > rules.impactAbove {
            let formula = impact * rules.impactCoefficients.value(for: column)
            let formulaWords = PaperBase.impact(impactFactor: impact, coefficient: rules.impactCoefficients.value(for: column), formula: formula)
            switch settings.impactRule {
            case .largerOfBandAndFormula:
                if formula > base { base = formula; band = .impactFactor(above: rules.impactAbove) }
                baseWords = .largerOf(band: baseWords, impact: formulaWords, result: base)
            case .formulaOnly:
                base = formula
                band = .impactFactor(above: rules.impactAbove)
                baseWords = formulaWords
            }
            ruleIDs.append("I-2")
        }
        let multiplier = paper.type.isThesis ? settings.thesisMultiplier : (rules.typeMultipliers[paper.type] ?? 0)
        ruleIDs.append("R-R2")
        var factor: Points = 1
        var contribution: EqualContribution?
        if paper.equalContribution >= 2, let rule = rules.equalContribution.first(where: { $0.applies(to: paper.equalContribution) }) {
            ruleIDs.append("R-R4")
            if let full = rule.fullFromImpact, let impact = paper.impactFactor, impact >= full {
                contribution = .full(authors: paper.equalContribution, impactAtLeast: full)
            } else {
                factor = rule.factor
                contribution = .factor(authors: paper.equalContribution, factor: factor)
            }
        }
        ruleIDs.append("I-3")
        let product = base * multiplier * factor
        let value = excluded == nil ? product : 0
        let explanation = excluded.map { FigureExplanation.paperNotScored($0) }
            ?? .paper(base: baseWords, type: paper.type, multiplier: multiplier, contribution: contribution, value: value)
        return PaperScore(paper: paper, excludedBecause: excluded, band: band, base: base, multiplier: multiplier,
                          equalContributionFactor: factor,
                          points: Figure(value, rules: ruleIDs, sources: [paper.location], explanation, reason: outside),
                          counted: false, countReason: .notScored, usedKJMS: kjms, pointsIfCounted: product)
    }

    /// R-R5: 5 points each, at most 10 per academic year.
    static func studentGrants(_ dossier: Dossier, rulebook: Rulebook) -> [Figure] {
        let rules = rulebook.research
        let byYear = Dictionary(grouping: dossier.studentGrants) { $0.start.academicYear }
        return byYear.keys.sorted().map { year in
            let grants = byYear[year]!.sorted { $0.location < $1.location }
            let sum = rules.studentGrantPoints * Decimal(grants.count)
            let value = min(sum, rules.studentGrantCapPerYear)
            return Figure(value, rules: ["R-R5"], sources: grants.map(\.location),
                          .studentGrants(academicYear: year, count: grants.count, points: rules.studentGrantPoints,
                                         cap: value < sum ? rules.studentGrantCapPerYear : nil, value: value))
        }
    }

    /// R-R6: country points × share, one granting country per patent.
    static func patents(_ dossier: Dossier, rulebook: Rulebook) -> [Figure] {
        let rules = rulebook.research
        return dossier.patents.map { patent in
            let countryPoints = rules.patentPoints[patent.country] ?? rules.patentOtherCountries
            guard atPreviousRank(patent.granted, rankHeld: nil, dossier: dossier, rulebook: rulebook) else {
                return Figure(0, rules: ["R-R6"], sources: [patent.location], .patentNotAtPreviousRank(title: patent.title))
            }
            let value = countryPoints * patent.share
            return Figure(value, rules: ["R-R6", "I-7"], sources: [patent.location],
                          .patent(title: patent.title, country: patent.country, countryPoints: countryPoints, share: patent.share, value: value))
        }
    }

    /// R-R7, I-7: the band of the cumulative amount × the amount-weighted share.
    static func transfers(_ dossier: Dossier, rulebook: Rulebook) -> [Figure] {
        let eligible = dossier.transfers.filter { atPreviousRank($0.date, rankHeld: nil, dossier: dossier, rulebook: rulebook) }
        guard !eligible.isEmpty else { return [] }
        let total = Decimal.sum(eligible.map(\.amount))
        let shared = Decimal.sum(eligible.map { $0.amount * $0.share })
        let share = total > 0 ? shared / total : 0
        guard let band = rulebook.research.transferBands.first(where: { $0.contains(total) }) else {
            return [Figure(0, rules: ["R-R7"], sources: eligible.map(\.location), .transfersBelowBands(amount: total))]
        }
        let value = band.points * share
        return [Figure(value, rules: ["R-R7", "I-7"], sources: eligible.map(\.location),
                       .transfers(amount: total, bandPoints: band.points, share: share, value: value))]
    }

    /// R-R8, I-7: one band for the cumulative executed amount credited to the applicant.
    static func industry(_ dossier: Dossier, rulebook: Rulebook, excluding standIn: IndustryProject?) -> [Figure] {
        let eligible = dossier.industry.filter {
            $0 != standIn && atPreviousRank($0.closed, rankHeld: nil, dossier: dossier, rulebook: rulebook)
        }
        guard !eligible.isEmpty else { return [] }
        let credited = Decimal.sum(eligible.map(\.creditedAmount))
        var rules = ["R-R8", "I-7"]
        if standIn != nil { rules.append("I-9") }
        guard let band = rulebook.research.industryBands.first(where: { $0.contains(credited) }) else {
            return [Figure(0, rules: rules, sources: eligible.map(\.location), .industryBelowBands(amount: credited, standIn: standIn?.title))]
        }
        var value = band.points
        var award = IndustryAward.full(points: band.points)
        if band.atMost {
            if let granted = dossier.industryBandGranted {
                value = min(granted, band.points)
                award = .granted(points: value, cap: band.points)
            } else if rulebook.interpretations.industryUpToDefault == .zero {
                value = 0
                award = .notRecordedZero(cap: band.points)
            } else {
                award = .notRecordedFull(cap: band.points)
            }
        }
        return [Figure(value, rules: rules, sources: eligible.map(\.location),
                       .industry(amount: credited, award: award, standIn: standIn?.title))]
    }
}
