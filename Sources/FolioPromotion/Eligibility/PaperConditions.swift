import FolioCore
import Foundation

/// R-P3 … R-P7: every alternative of the applicant's category and rank, standard and seconded.
enum PaperConditions {
    static func evaluate(_ dossier: Dossier, rulebook: Rulebook, checks: [MainPaperCheck], category: ResearchCategory) -> Requirement {
        let conditions = rulebook.conditions
        let sets = conditions.paperConditions.filter { $0.category == category && $0.rank == dossier.appliedRank }
        let standard = sets.first { $0.track == .standard }
        let seconded = sets.first { $0.track == .seconded }
        var results: [AlternativeResult] = []
        for set in [standard, seconded].compactMap({ $0 }) {
            let unavailable = set.track == .seconded ? secondedUnavailable(dossier, rulebook: rulebook, category: category) : nil
            for alternative in set.alternatives {
                results.append(evaluate(alternative, rule: set.rule, checks: checks, rulebook: rulebook, unavailable: unavailable))
            }
        }
        let passing = results.filter { $0.pass && $0.available }
        let mainUnits = checks.filter(\.isMain).map(\.units).reduce(0, +)
        let id = standard?.rule ?? "R-P3"
        let condition = RequirementCondition.paperConditions(category: category, rank: dossier.appliedRank)
        let sources = checks.filter(\.isMain).map(\.paper.location)
        if let first = passing.first {
            return Requirement(id: id, condition: condition, status: .pass,
                               finding: .paperConditionMet(mainPapers: mainUnits, rule: first.rule, alternative: first.requirement),
                               sources: sources, alternatives: results)
        }
        // The closest available alternative gives the shortfall.
        let closest = results.filter(\.available).min { $0.missing < $1.missing }
        return Requirement(id: id, condition: condition, status: .fail, finding: .noPaperConditionMet(mainPapers: mainUnits),
                           shortfall: closest.flatMap { alternative in
                               alternative.shortfall.map { .paperCondition(rule: alternative.rule, alternative: alternative.requirement, missing: $0) }
                           },
                           sources: sources, alternatives: results)
    }

    /// Why the seconded track (R-P4, R-P6) cannot be used, or nil when it can.
    static func secondedUnavailable(_ dossier: Dossier, rulebook: Rulebook, category: ResearchCategory) -> SecondmentUnavailable? {
        guard let secondment = dossier.secondment else { return .noSecondment }
        if secondment.basis == .fullTimeHospital {
            return category == .rehabilitationManagement ? nil : .hospitalOnlyRehabilitation
        }
        if secondment.years < rulebook.conditions.secondmentMinimumYears {
            return .tooShort(years: secondment.years, minimum: rulebook.conditions.secondmentMinimumYears)
        }
        if secondment.misconduct { return .misconduct }
        if secondment.usedBefore { return .usedBefore }
        return nil
    }

    /// The alternative's group as its words need it: a top group by its percentage.
    static func group(_ alternative: PaperAlternative, conditions: ConditionRules) -> PaperGroup {
        switch alternative.group {
        case .none: .any
        case .top(let id): .top(percent: conditions.topGroup(id)?.upTo ?? 0)
        case .sciSsciEi: .sciSsciEi
        case .masterThesis: .masterThesis
        }
    }

    static func evaluate(_ alternative: PaperAlternative, rule: String, checks: [MainPaperCheck], rulebook: Rulebook,
                         unavailable: SecondmentUnavailable?) -> AlternativeResult {
        let conditions = rulebook.conditions
        let total = checks.map(\.units).reduce(0, +)
        let inGroup = checks.filter { $0.inGroup(alternative.group, conditions: conditions, settings: rulebook.interpretations) }
            .map(\.units).reduce(0, +)
        let groupNeeded = alternative.group == .none ? 0 : alternative.ofWhich
        let moreInGroup = max(0, groupNeeded - inGroup)
        let moreAny = max(0, alternative.papers - total - moreInGroup)
        let pass = moreInGroup == 0 && moreAny == 0
        let group = group(alternative, conditions: conditions)
        let shortfall: AlternativeShortfall? = switch (moreInGroup > 0, moreAny > 0) {
        case (true, true): .moreInGroupAndAny(inGroup: moreInGroup, group: group, any: moreAny)
        case (true, false): .moreInGroup(count: moreInGroup, group: group)
        case (false, true): .moreAny(count: moreAny)
        case (false, false): nil
        }
        return AlternativeResult(rule: rule, requirement: PaperRequirement(papers: alternative.papers, ofWhich: alternative.ofWhich, group: group),
                                 available: unavailable == nil, unavailableBecause: unavailable, pass: pass,
                                 have: PapersHeld(total: total, group: group, inGroup: inGroup), missing: moreInGroup + moreAny,
                                 shortfall: shortfall)
    }
}
