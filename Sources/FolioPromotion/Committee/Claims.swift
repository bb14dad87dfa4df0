import FolioCore
import Foundation

/// 申請人自評: the totals the applicant claims in `dossier.yaml` (`claimed:`).
public struct ClaimedTotals: Sendable, Hashable {
    public var teaching: Points?
    public var service: Points?
    public var research: Points?
    public var location: SourceLocation

    public init(teaching: Points? = nil, service: Points? = nil, research: Points? = nil, location: SourceLocation) {
        self.teaching = teaching
        self.service = service
        self.research = research
        self.location = location
    }
}

/// Why a claimed figure differs from the computed one, as a type: the site words it from its label files.
public enum ClaimReason: Sendable, Hashable, Worded {
    /// The claim is what the paper would score in `claimedBand` (a rulebook band's label); its
    /// percentile puts it in `band` (the claim used percentile 18, the rules band it 20–40).
    case bandDiffers(claimedBand: LocalizedText, band: PaperBand, percentile: Points)
    /// The record scores nothing here: outside its window, not at the previous rank, or beyond the counted papers.
    case notCounted
    /// Any other difference: claimed − computed.
    case differs(by: Points)

    public var code: String {
        switch self {
        case .bandDiffers: "claim_band_differs"
        case .notCounted: "claim_not_counted"
        case .differs: "claim_differs"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .bandDiffers(let claimed, let band, let percentile):
            ["claimed_band": .named(claimed), "band": .worded(band, prefix: "figure-band"), "percentile": .figurePoints(percentile)]
        case .notCounted: [:]
        case .differs(let by): ["difference": .number((by > 0 ? "+" : "") + by.pointsText)]
        }
    }
}

/// What a claim line is about: a paper by its title, or a rulebook item by its label and semester.
public enum ClaimSubject: Sendable, Hashable, Worded {
    case paper(title: String)
    case item(label: LocalizedText, semester: Semester?)

    public var code: String {
        switch self {
        case .paper: "paper"
        case .item(_, let semester): semester == nil ? "item" : "item_in_semester"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .paper(let title): ["title": .text(title)]
        case .item(let label, let semester): semester.map { ["label": .named(label), "semester": .figureSemester($0)] } ?? ["label": .named(label)]
        }
    }
}

/// One claimed figure beside the computed one.
public struct ClaimLine: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable, CaseIterable { case teaching, service, research, paper, item }

    public var part: Part
    /// What the line is about: a paper, an item (with its semester), or nil for a total.
    public var subject: ClaimSubject?
    public var claimed: Points
    public var computed: Points
    /// Why they differ; nil when they agree.
    public var reason: ClaimReason?
    public var sources: [SourceLocation]

    public var differs: Bool { claimed != computed }
}

/// Everything the applicant claimed, each beside what the rules give, and the sums of both.
public struct ClaimComparison: Sendable, Hashable {
    public var totals: [ClaimLine]
    public var papers: [ClaimLine]
    public var items: [ClaimLine]

    public var isEmpty: Bool { totals.isEmpty && papers.isEmpty && items.isEmpty }
    public var differences: [ClaimLine] { (totals + papers + items).filter(\.differs) }
    /// The claimed papers' points summed, and the computed points of the same papers (counted ones only).
    public var papersClaimed: Points { Decimal.sum(papers.map(\.claimed)) }
    public var papersComputed: Points { Decimal.sum(papers.map(\.computed)) }
    public var itemsClaimed: Points { Decimal.sum(items.map(\.claimed)) }
    public var itemsComputed: Points { Decimal.sum(items.map(\.computed)) }

    public init(assessment a: Assessment, rulebook: Rulebook) {
        let d = a.dossier
        var totals: [ClaimLine] = []
        if let claimed = d.claimedTotals {
            for (part, value, computed) in [(ClaimLine.Part.teaching, claimed.teaching, a.teaching.total.value),
                                            (.service, claimed.service, a.service.total.value),
                                            (.research, claimed.research, a.research.total.value)] {
                guard let value else { continue }
                totals.append(ClaimLine(part: part, subject: nil, claimed: value, computed: computed,
                                        reason: value == computed ? nil : .differs(by: value - computed), sources: [claimed.location]))
            }
        }
        self.totals = totals

        papers = a.research.papers.compactMap { score -> ClaimLine? in
            guard let claimed = score.paper.claimedPoints else { return nil }
            let computed = score.counted ? score.points.value : 0
            var reason: ClaimReason?
            if claimed != computed {
                reason = !score.counted ? .notCounted
                    : ClaimComparison.band(claimed, of: score, dossier: d, rulebook: rulebook, windows: a.windows) ?? .differs(by: claimed - computed)
            }
            return ClaimLine(part: .paper, subject: .paper(title: score.paper.title), claimed: claimed, computed: computed, reason: reason,
                             sources: [score.paper.location])
        }

        let teachingRules = rulebook.teaching.growth.items + rulebook.teaching.special.items + rulebook.teaching.college.items
        var items: [ClaimLine] = []
        func compare(_ record: ItemRecord, rules: [ItemRule], outside: Bool) {
            guard let claimed = record.claimedPoints, let rule = rules.first(where: { $0.id == record.item }) else { return }
            let computed = outside ? 0 : ItemScoring.figure(for: record, rule: rule).value
            let reason: ClaimReason? = claimed == computed ? nil : (outside ? .notCounted : .differs(by: claimed - computed))
            items.append(ClaimLine(part: .item, subject: .item(label: rule.name, semester: record.semester), claimed: claimed,
                                   computed: computed, reason: reason, sources: [record.location]))
        }
        let special = Set(rulebook.teaching.special.items.map(\.id))
        for record in d.teaching.items {
            // R-T4 items count over the special window (5 years), the others over 「近 6 學期」.
            let outside = record.semester.map {
                special.contains(record.item) ? a.windows.outside($0, of: a.windows.specialSemesters) != nil : a.windows.outsideRecent($0) != nil
            } ?? false
            compare(record, rules: teachingRules, outside: outside)
        }
        for year in d.service {
            for record in year.items { compare(record, rules: rulebook.service.items, outside: a.windows.outsideService(year.academicYear) != nil) }
        }
        self.items = items
    }

    /// The band whose points the claim equals, when the paper's own percentile puts it in another band.
    static func band(_ claimed: Points, of score: PaperScore, dossier: Dossier, rulebook: Rulebook, windows: Windows) -> ClaimReason? {
        guard let percentile = score.paper.percentile, !score.usedKJMS else { return nil }
        for band in rulebook.research.bands where score.band != .percentile(band: band.name) {
            var paper = score.paper
            paper.percentile = band.representativePercentile
            let other = ResearchScore.score(paper, dossier: dossier, rulebook: rulebook, windows: windows, kjms: false)
            if other.points.value == claimed {
                return .bandDiffers(claimedBand: band.name, band: score.band, percentile: percentile)
            }
        }
        return nil
    }
}

extension PercentileBand {
    /// A percentile inside the band: the middle of its bounds.
    /// Halved by multiplying by 0.5, exactly: Foundation's division takes 4 µs (issue 15).
    var representativePercentile: Points { ((lower ?? 0) + (upper ?? 100)) * Decimal(sign: .plus, exponent: -1, significand: 5) }
}
