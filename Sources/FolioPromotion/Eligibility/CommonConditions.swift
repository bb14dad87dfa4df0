import FolioCore
import Foundation

/// Article 3 and R-C2: rank, hours, external review, scores, research, grants, physician degree.
enum CommonConditions {
    /// R-C2: a promotion goes from the current rank to the next.
    static func rank(_ dossier: Dossier) -> Requirement {
        guard dossier.kind == .promotion else {
            return Requirement(id: "R-C2", condition: .rank, status: .pass, finding: .newHire(rank: dossier.appliedRank),
                               sources: [dossier.location(of: "applied_rank")])
        }
        guard let current = dossier.currentRank else {
            return Requirement(id: "R-C2", condition: .rank, status: .fail, finding: .currentRankMissing,
                               shortfall: .currentRankNeeded, sources: [dossier.location])
        }
        let pass = current.next == dossier.appliedRank
        return Requirement(id: "R-C2", condition: .rank, status: pass ? .pass : .fail,
                           finding: .rankMove(from: current, to: dossier.appliedRank), shortfall: .notNextRank(next: current.next),
                           sources: [dossier.location(of: "applied_rank")])
    }

    /// R-G1: the average weekly hours of the last three years (abroad years excluded).
    static func hours(_ dossier: Dossier, rulebook: Rulebook, windows: Windows) -> Requirement {
        let rules = rulebook.conditions.teachingHours
        guard dossier.kind == .promotion, let current = dossier.currentRank else {
            return .notApplicable("R-G1", .teachingHours, .hoursNotForNewHire)
        }
        let standard = dossier.attendingPhysician ? rules.physicianStandard : rules.standard[current]
        guard let standard else { return .notApplicable("R-G1", .teachingHours, .noHoursStandard(rank: current)) }
        let records = windows.hourYears.compactMap { year in dossier.teachingHours.first { $0.academicYear == year } }
        let missing = windows.hourYears.filter { year in !dossier.teachingHours.contains { $0.academicYear == year } }
        if !missing.isEmpty {
            return Requirement(id: "R-G1", condition: .teachingHours, status: .fail, finding: .hoursMissing(years: missing),
                               shortfall: .hoursMissing(years: missing), sources: [dossier.location(of: "teaching_hours")])
        }
        let counted = records.filter { !$0.abroad }
        guard !counted.isEmpty else {
            return Requirement(id: "R-G1", condition: .teachingHours, status: .pass, finding: .allYearsAbroad, sources: records.map(\.location))
        }
        let average = Decimal.sum(counted.map { $0.weekly + $0.reduction }) / Decimal(counted.count)
        let years = counted.map(\.academicYear)
        var finding = RequirementFinding.averageHours(years: years, average: average, standard: standard)
        var pass = average >= standard
        var shortfall = RequirementShortfall.hoursShort(hours: standard - average)
        if dossier.attendingPhysician {
            let low = counted.filter { $0.weekly < rules.physicianMinimumActual }
            if !low.isEmpty {
                pass = false
                finding = .averageHoursPhysicianBelow(years: years, average: average, standard: standard,
                                                      belowYears: low.map(\.academicYear), minimum: rules.physicianMinimumActual)
                shortfall = .physicianTeachingBelow(minimum: rules.physicianMinimumActual)
            }
        }
        return Requirement(id: "R-G1", condition: .teachingHours, status: pass ? .pass : .fail, finding: finding, shortfall: shortfall,
                           sources: counted.map(\.location))
    }

    /// R-G2: external review marks against the pass line of the rank applied for (I-13).
    static func externalReview(_ dossier: Dossier, rulebook: Rulebook) -> Requirement {
        guard let line = rulebook.conditions.externalReviewPass[dossier.appliedRank] else {
            return .notApplicable("R-G2", .externalReview, .noPassMark)
        }
        let marks = dossier.externalReview
        guard !marks.isEmpty else {
            return Requirement(id: "R-G2", condition: .externalReview, status: .fail, finding: .noReviewMarks,
                               shortfall: .noReviewMarks(passMark: line), sources: [dossier.location])
        }
        switch rulebook.interpretations.reviewAggregate {
        case .nOfM:
            // At least N of the M reviewers at or above the mark: decided once N pass (the rest cannot undo it).
            let panel = rulebook.conditions.externalReviewPanel
            let passing = marks.filter { $0.mark >= line }.count
            return Requirement(id: "R-G2", condition: .externalReview, status: passing >= panel.mustPass ? .pass : .fail,
                               finding: .externalReviewPanel(marks: marks.map(\.mark), passing: passing, returned: marks.count,
                                                             reviewers: panel.reviewers, mustPass: panel.mustPass, passMark: line),
                               shortfall: .reviewersNeeded(stillNeeded: max(panel.mustPass - passing, 0), passMark: line, mustPass: panel.mustPass,
                                                           reviewers: panel.reviewers, outstanding: max(panel.reviewers - marks.count, 0)),
                               sources: marks.map(\.location))
        case .everyMark:
            let low = marks.filter { $0.mark < line }
            return Requirement(id: "R-G2", condition: .externalReview, status: low.isEmpty ? .pass : .fail,
                               finding: .everyMark(marks: marks.map(\.mark), passMark: line),
                               shortfall: .marksBelowPassMark(low: low.map(\.mark), passMark: line),
                               sources: marks.map(\.location))
        case .mean:
            let mean = Decimal.sum(marks.map(\.mark)) / Decimal(marks.count)
            return .minimum("R-G2", .externalReview, value: mean.rounded(2), minimum: line, measure: .externalReviewMean,
                            sources: marks.map(\.location))
        }
    }

    /// R-G3 and R-G4 (promotion only).
    static func score(_ id: String, _ condition: RequirementCondition, value: Points, minimums: [Rank: Points], dossier: Dossier,
                      measure: ScoreMeasure) -> Requirement {
        guard dossier.kind == .promotion, let minimum = minimums[dossier.appliedRank] else {
            return .notApplicable(id, condition, .onlyPromotionTo(ranks: minimums.keys.sorted()))
        }
        return .minimum(id, condition, value: value, minimum: minimum, measure: measure)
    }

    /// R-G5.
    static func research(_ dossier: Dossier, rulebook: Rulebook, category: ResearchCategory, total: Points) -> Requirement {
        guard let threshold = rulebook.conditions.researchThresholds[category]?[dossier.kind]?[dossier.appliedRank] else {
            return .notApplicable("R-G5", .researchScore, .noResearchStandard)
        }
        let pass = total >= threshold
        return Requirement(id: "R-G5", condition: .researchScore, status: pass ? .pass : .fail,
                           finding: pass
                               ? .researchAtLeast(value: total, minimum: threshold, category: category, kind: dossier.kind, rank: dossier.appliedRank)
                               : .researchBelow(value: total, minimum: threshold, category: category, kind: dossier.kind, rank: dossier.appliedRank),
                           shortfall: .pointsShort(measure: .research, points: threshold - total))
    }

    /// R-G7.
    static func grants(_ dossier: Dossier, rulebook: Rulebook, count: GrantCount) -> Requirement {
        let rules = rulebook.conditions.grants
        guard let required = count.required else {
            return .notApplicable("R-G7", .grants, .onlyPromotionTo(ranks: rules.required.keys.sorted()))
        }
        let pass = count.count >= required
        let finding: RequirementFinding = count.standIn.map {
            .grantsCountedWithStandIn(years: rules.windowYears, count: count.count, required: required, project: $0.title)
        } ?? .grantsCounted(years: rules.windowYears, count: count.count, required: required)
        return Requirement(id: "R-G7", condition: .grants, status: pass ? .pass : .fail, finding: finding,
                           shortfall: .moreGrants(count: required - count.count), sources: count.lines.flatMap(\.sources))
    }

    /// R-G8.
    static func physicianDegree(_ dossier: Dossier, rulebook: Rulebook) -> Requirement {
        guard dossier.attendingPhysician else { return .notApplicable("R-G8", .physicianDegree, .notAttendingPhysician) }
        guard let rule = rulebook.conditions.physicianDegrees.first(where: {
            $0.kind == dossier.kind && $0.rank == dossier.appliedRank && ($0.fromDate.map { dossier.applicationDate >= $0 } ?? true)
        }) else {
            return .notApplicable("R-G8", .physicianDegree, .noDegreeRule(kind: dossier.kind, rank: dossier.appliedRank))
        }
        let hasDegree = dossier.degree.map { rule.degrees.contains($0) } ?? false
        let abroad = rule.abroadYears.map { dossier.studiedAbroadYears >= $0 } ?? false
        return Requirement(id: "R-G8", condition: .physicianDegree, status: hasDegree || abroad ? .pass : .fail,
                           finding: .physicianDegree(degree: dossier.degree, abroadYears: dossier.studiedAbroadYears,
                                                     accepted: rule.degrees, abroadMinimum: rule.abroadYears),
                           shortfall: .degreeNeeded(accepted: rule.degrees, abroadMinimum: rule.abroadYears),
                           sources: [dossier.location(of: "degree")])
    }
}
