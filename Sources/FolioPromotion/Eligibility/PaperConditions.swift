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
        let label = "論文條件（\(category.label)，\(dossier.appliedRank.label)）"
        let sources = checks.filter(\.isMain).map(\.paper.location)
        if let first = passing.first {
            return Requirement(id: id, label: label, status: .pass,
                               detail: "主論文 \(mainUnits) 篇（含 IF 折算）；符合 \(first.rule)「\(first.description)」",
                               sources: sources, alternatives: results)
        }
        // The closest available alternative gives the shortfall.
        let closest = results.filter(\.available).min { $0.missing < $1.missing }
        return Requirement(id: id, label: label, status: .fail,
                           detail: "主論文 \(mainUnits) 篇（含 IF 折算）；無任一條件符合",
                           shortfall: closest.map { "\($0.shortfall ?? "")（\($0.rule)「\($0.description)」）" },
                           shortfallEnglish: closest.map { "\($0.shortfallEnglish ?? "") (\($0.rule): \($0.descriptionEnglish))" },
                           sources: sources, alternatives: results)
    }

    /// Why the seconded track (R-P4, R-P6) cannot be used, or nil when it can.
    static func secondedUnavailable(_ dossier: Dossier, rulebook: Rulebook, category: ResearchCategory) -> String? {
        guard let secondment = dossier.secondment else { return "無外調紀錄" }
        if secondment.basis == .fullTimeHospital {
            return category == .rehabilitationManagement ? nil : "全勤服務於附設醫院僅適用復健醫療管理科學類（R-P6）"
        }
        if secondment.years < rulebook.conditions.secondmentMinimumYears {
            return "外調 \(secondment.years.pointsText) 年，未滿 \(rulebook.conditions.secondmentMinimumYears.pointsText) 年"
        }
        if secondment.misconduct { return "外調期間有不良事蹟或受處罰" }
        if secondment.usedBefore { return "外調論文條件已使用過（R-P7 限用一次）" }
        return nil
    }

    static func describe(_ alternative: PaperAlternative, conditions: ConditionRules) -> (String, String) {
        let group: (String, String)
        switch alternative.group {
        case .none: return ("\(alternative.papers) 篇", "\(alternative.papers) main papers")
        case .top(let id):
            let label = conditions.topGroup(id)?.label ?? id
            group = ("排名\(label)", "in the \(label.replacingOccurrences(of: "前", with: "top "))")
        case .sciSsciEi: group = ("為 SCI/SSCI/EI", "SCI/SSCI/EI")
        case .masterThesis: group = ("為碩士論文", "a master's thesis")
        }
        if alternative.ofWhich == alternative.papers {
            return ("\(alternative.papers) 篇，皆\(group.0)", "\(alternative.papers) main papers, all \(group.1)")
        }
        return ("\(alternative.papers) 篇，其中 \(alternative.ofWhich) 篇以上\(group.0)",
                "\(alternative.papers) main papers, \(alternative.ofWhich) of them \(group.1)")
    }

    static func evaluate(_ alternative: PaperAlternative, rule: String, checks: [MainPaperCheck], rulebook: Rulebook,
                         unavailable: String?) -> AlternativeResult {
        let conditions = rulebook.conditions
        let total = checks.map(\.units).reduce(0, +)
        let inGroup = checks.filter { $0.inGroup(alternative.group, conditions: conditions, settings: rulebook.interpretations) }
            .map(\.units).reduce(0, +)
        let groupNeeded = alternative.group == .none ? 0 : alternative.ofWhich
        let moreInGroup = max(0, groupNeeded - inGroup)
        let moreAny = max(0, alternative.papers - total - moreInGroup)
        let pass = moreInGroup == 0 && moreAny == 0
        let (words, english) = describe(alternative, conditions: conditions)
        var zhParts: [String] = []
        var enParts: [String] = []
        let groupWord: (String, String)
        switch alternative.group {
        case .none: groupWord = ("", "")
        case .top(let id):
            let label = conditions.topGroup(id)?.label ?? id
            groupWord = (label, " in the \(label.replacingOccurrences(of: "前", with: "top "))")
        case .sciSsciEi: groupWord = ("SCI/SSCI/EI ", " in SCI/SSCI/EI")
        case .masterThesis: groupWord = ("碩士論文", " (a master's thesis)")
        }
        if moreInGroup > 0 {
            zhParts.append("尚缺 \(moreInGroup) 篇\(groupWord.0)主論文")
            enParts.append("\(moreInGroup) more main paper\(moreInGroup == 1 ? "" : "s")\(groupWord.1)")
        }
        if moreAny > 0 {
            zhParts.append(zhParts.isEmpty ? "尚缺 \(moreAny) 篇主論文" : "另缺 \(moreAny) 篇主論文")
            enParts.append("\(moreAny) more main paper\(moreAny == 1 ? "" : "s")")
        }
        // "其中SCI/SSCI/EI 4 篇": the group word without the space the shortfall's "篇SCI/SSCI/EI 主論文" needs.
        let have = alternative.group == .none ? "主論文 \(total) 篇"
            : "主論文 \(total) 篇，其中\(groupWord.0.trimmingCharacters(in: .whitespaces)) \(inGroup) 篇"
        return AlternativeResult(rule: rule, description: words, descriptionEnglish: english, available: unavailable == nil, unavailableBecause: unavailable,
                                 pass: pass, have: have, missing: moreInGroup + moreAny,
                                 shortfall: pass ? nil : zhParts.joined(separator: "，"),
                                 shortfallEnglish: pass ? nil : enParts.joined(separator: " and "))
    }
}
