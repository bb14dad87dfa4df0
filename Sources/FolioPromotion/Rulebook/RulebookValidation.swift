import FolioCore
import Foundation

extension Rulebook {
    /// Everything that would make the arithmetic wrong: weights outside bounds or not summing
    /// to 100%, bands that overlap or leave gaps, missing tables. Empty when the rulebook is sound.
    public func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func error(_ location: SourceLocation, _ message: String) { problems.append(.error(location, message)) }

        // Teaching weights (article 6 §1: "不得低於 10%或大於 30%"; the score is at most 100).
        for kind in TeachingIndicator.allCases {
            let matches = teaching.indicators.filter { $0.kind == kind }
            if matches.count != 1 {
                error(location, "teaching indicator '\(kind.rawValue)' (\(kind.rule)) must appear exactly once, found \(matches.count); list each of the six indicators once")
            }
        }
        for indicator in teaching.indicators {
            if indicator.weightPercent < teaching.weightMinimum || indicator.weightPercent > teaching.weightMaximum {
                error(indicator.location, "weight of '\(indicator.kind.rawValue)' is \(indicator.weightPercent.pointsText)%, outside \(teaching.weightMinimum.pointsText)%–\(teaching.weightMaximum.pointsText)% (article 6 §1); choose a weight within the bounds")
            }
            if indicator.cap <= 0 {
                error(indicator.location, "cap of '\(indicator.kind.rawValue)' must be positive; use 100 as on form 附表一") // quotes the input
            }
        }
        let weightSum = Decimal.sum(teaching.indicators.map(\.weightPercent))
        if weightSum != 100 {
            error(teaching.indicators.first?.location ?? location, "teaching weights sum to \(weightSum.pointsText)%, not 100%; adjust the weights so they add up to 100")
        }
        for dimension in teaching.ability {
            let sum = Decimal.sum(dimension.items.map(\.points))
            if sum != dimension.cap {
                error(dimension.location, "checklist items of '\(dimension.id)' add up to \(sum.pointsText), not its cap \(dimension.cap.pointsText) (附表二); correct the item points") // quotes the input
            }
            if dimension.items.isEmpty || dimension.items.map(\.number) != Array(1...dimension.items.count) {
                error(dimension.location, "checklist items of '\(dimension.id)' must be numbered 1, 2, 3 … in order")
            }
        }
        for scale in teaching.evaluation.scales {
            let minima = scale.bands.map(\.atLeast)
            if minima != minima.sorted() || Set(minima).count != minima.count {
                error(scale.location, "bands of evaluation scale '\(scale.label)' must be listed from the lowest minimum up, without repeats")
            }
            let points = scale.bands.map(\.points)
            if points != points.sorted() { error(scale.location, "a higher evaluation average must never score fewer points; check the bands of '\(scale.label)'") }
        }
        for (a, b) in zip(teaching.evaluation.scales, teaching.evaluation.scales.dropFirst()) {
            if a.throughAcademicYear == nil || b.fromAcademicYear != a.throughAcademicYear.map({ $0 + 1 }) {
                error(b.location, "evaluation scales must follow each other without gap or overlap: '\(b.label)' must start the year after '\(a.label)' ends")
            }
        }
        checkUniqueIDs(teaching.growth.items + teaching.special.items + teaching.college.items, "teaching item", &problems)
        checkUniqueIDs(service.items, "service item", &problems)
        for item in teaching.special.items + teaching.growth.items + service.items where item.everySemester {
            error(item.location, "'\(item.id)' cannot be marked every_semester: only R-T6 items (window: the last \(teaching.recentSemesters) semesters) can require a record each semester; remove the mark")
        }
        for item in teaching.special.items + teaching.college.items + teaching.growth.items + service.items {
            if item.measure == .upTo && item.points <= 0 {
                error(item.location, "'\(item.id)' is an up-to item; its maximum must be positive")
            }
            if item.measure == .menteeBands {
                let froms = item.menteeBands.map(\.from)
                if froms.isEmpty || froms != froms.sorted() || froms.first != 0 {
                    error(item.location, "mentee bands of '\(item.id)' must start at 0 and go up")
                }
            }
        }

        // Research bands (R-R1, I-1): contiguous from 0 to 100, best first.
        let bands = research.bands
        if bands.first?.lower != nil { error(bands.first?.location ?? location, "the first rank band must start at 0 (lower: null)") }
        if bands.last?.upper != nil { error(bands.last?.location ?? location, "the last rank band must run to 100 (upper: null)") }
        for (a, b) in zip(bands, bands.dropFirst()) {
            if a.upper == nil || a.upper != b.lower || a.upperInclusive == b.lowerInclusive {
                error(b.location, "rank band '\(b.id)' must start exactly where '\(a.id)' ends, with the boundary in exactly one of them; the bands must be contiguous and ordered")
            } else if let upper = a.upper, let lower = a.lower, upper <= lower {
                error(a.location, "rank band '\(a.id)' is empty; its upper bound must be above its lower bound")
            }
            for (x, y) in zip(a.points.all, b.points.all) where y > x {
                error(b.location, "rank band '\(b.id)' scores more than the better band '\(a.id)' for some author position; check the table")
            }
        }
        if research.band(id: research.kjmsBand) == nil {
            error(location, "KJMS band '\(research.kjmsBand)' is not one of the rank bands (\(bands.map(\.id).joined(separator: ", "))); name an existing band")
        }
        for type in PaperType.allCases where research.typeMultipliers[type] == nil && !type.isThesis {
            error(location, "paper type '\(type.rawValue)' has no multiplier (R-R2); add it to type_multipliers")
        }
        let sizes = research.equalContribution
        if sizes.first?.minAuthors != 2 || sizes.last?.maxAuthors != nil {
            error(location, "equal-contribution rules must start at 2 authors and end open-ended (R-R4)")
        }
        for (a, b) in zip(sizes, sizes.dropFirst()) where a.maxAuthors.map({ $0 + 1 }) != b.minAuthors {
            error(location, "equal-contribution rules must follow each other: \(b.minAuthors) authors must come right after \(a.maxAuthors.map(String.init) ?? "open")")
        }
        for rule in sizes where rule.factor <= 0 || rule.factor > 1 {
            error(location, "equal-contribution factor \(rule.factor.pointsText) must be above 0 and at most 1")
        }
        checkAmountBands(research.transferBands, "technology-transfer", &problems)
        checkAmountBands(research.industryBands, "industry", &problems)

        // Conditions: every category, kind and rank has its numbers.
        for category in ResearchCategory.allCases {
            if !conditions.departments.values.contains(category) {
                error(location, "no department belongs to \(category.rawValue) (R-C1); list its departments")
            }
            for kind in [ApplicationKind.promotion, .newHire] {
                for rank in Rank.allCases where conditions.researchThresholds[category]?[kind]?[rank] == nil {
                    error(location, "no research threshold for \(category.rawValue), \(kind.rawValue), \(rank.rawValue) (R-G5); add it")
                }
            }
            for rank in Rank.allCases {
                let sets = conditions.paperConditions.filter { $0.category == category && $0.rank == rank }
                for track in [PaperConditionSet.Track.standard, .seconded] where sets.filter({ $0.track == track }).count != 1 {
                    error(location, "paper conditions for \(category.rawValue), \(track.rawValue), \(rank.rawValue) must be given exactly once (R-P3 … R-P6)")
                }
            }
            if conditions.mainPaperIndexes[category]?.isEmpty ?? true {
                error(location, "no main-paper indexes for \(category.rawValue) (R-P3, R-P5); list them")
            }
        }
        for set in conditions.paperConditions {
            if set.alternatives.isEmpty { error(set.location, "paper conditions \(set.rule) for \(set.rank.rawValue) need at least one alternative") }
            for alternative in set.alternatives {
                if alternative.ofWhich > alternative.papers || alternative.papers < 1 {
                    error(set.location, "an alternative of \(set.rule) for \(set.rank.rawValue) asks for \(alternative.ofWhich) of \(alternative.papers) papers; the part cannot exceed the whole")
                }
                if case .top(let id) = alternative.group, conditions.topGroup(id) == nil {
                    error(set.location, "'\(id)' is not a top group (\(conditions.topGroups.map(\.id).joined(separator: ", ")))")
                }
            }
        }
        let panel = conditions.externalReviewPanel
        if panel.reviewers < 1 || panel.mustPass < 1 || panel.mustPass > panel.reviewers {
            error(location, "external_review_panel needs 1 ≤ must_pass (\(panel.mustPass)) ≤ reviewers (\(panel.reviewers)) (R-G2); correct them")
        }
        for rank in Rank.allCases where conditions.externalReviewPass[rank] == nil {
            error(location, "no external-review pass mark for \(rank.rawValue) (R-G2); add it")
        }
        return problems
    }

    private func checkUniqueIDs(_ items: [ItemRule], _ what: String, _ problems: inout [Diagnostic]) {
        var seen: Set<String> = []
        for item in items where !seen.insert(item.id).inserted {
            problems.append(.error(item.location, "\(what) '\(item.id)' is defined twice; give each item its own id"))
        }
    }

    private func checkAmountBands(_ bands: [AmountBand], _ what: String, _ problems: inout [Diagnostic]) {
        if bands.isEmpty { problems.append(.error(location, "the \(what) bands are empty; list them")); return }
        if bands.last?.below != nil { problems.append(.error(location, "the last \(what) band must be open-ended (below: null)")) }
        for (a, b) in zip(bands, bands.dropFirst()) where a.below != b.from || a.points > b.points {
            problems.append(.error(location, "\(what) bands must be contiguous and rising: a band starting at \(b.from) must follow one ending there with no more points"))
        }
    }
}
