import FolioCore
import Foundation

/// Article 3 and R-C2: rank, hours, external review, scores, research, grants, physician degree.
enum CommonConditions {
    /// R-C2: a promotion goes from the current rank to the next.
    static func rank(_ dossier: Dossier) -> Requirement {
        let label = "職級"
        guard dossier.kind == .promotion else {
            return Requirement(id: "R-C2", label: label, status: .pass, detail: "新聘\(dossier.appliedRank.label)", sources: [dossier.location(of: "applied_rank")])
        }
        guard let current = dossier.currentRank else {
            return Requirement(id: "R-C2", label: label, status: .fail, detail: "未填現職職級",
                               shortfall: "升等須填現職職級", shortfallEnglish: "a promotion needs the current rank", sources: [dossier.location])
        }
        let pass = current.next == dossier.appliedRank
        return Requirement(id: "R-C2", label: label, status: pass ? .pass : .fail,
                           detail: "現職\(current.label) → 申請\(dossier.appliedRank.label)",
                           shortfall: "升等須由現職升至上一級（\(current.next?.label ?? "無")）",
                           shortfallEnglish: "a promotion goes to the next rank (\(current.next?.englishLabel ?? "none"))",
                           sources: [dossier.location(of: "applied_rank")])
    }

    /// R-G1: the average weekly hours of the last three years (abroad years excluded).
    static func hours(_ dossier: Dossier, rulebook: Rulebook, windows: Windows) -> Requirement {
        let label = "授課時數"
        let rules = rulebook.conditions.teachingHours
        guard dossier.kind == .promotion, let current = dossier.currentRank else {
            return .notApplicable("R-G1", label, "新聘教師不適用近三年平均授課時數")
        }
        let standard = dossier.attendingPhysician ? rules.physicianStandard : rules.standard[current]
        guard let standard else { return .notApplicable("R-G1", label, "\(current.label)無授課時數標準") }
        let records = windows.hourYears.compactMap { year in dossier.teachingHours.first { $0.academicYear == year } }
        let missing = windows.hourYears.filter { year in !dossier.teachingHours.contains { $0.academicYear == year } }
        if !missing.isEmpty {
            return Requirement(id: "R-G1", label: label, status: .fail, detail: "缺 \(missing.map(String.init).joined(separator: "、")) 學年度授課時數",
                               shortfall: "請補 \(missing.map(String.init).joined(separator: "、")) 學年度每週授課時數",
                               shortfallEnglish: "weekly hours missing for academic year(s) \(missing.map(String.init).joined(separator: ", "))",
                               sources: [dossier.location(of: "teaching_hours")])
        }
        let counted = records.filter { !$0.abroad }
        guard !counted.isEmpty else {
            return Requirement(id: "R-G1", label: label, status: .pass, detail: "近三年皆出國，不計", sources: records.map(\.location))
        }
        let average = Decimal.sum(counted.map { $0.weekly + $0.reduction }) / Decimal(counted.count)
        var detail = "近三年（\(counted.map { String($0.academicYear) }.joined(separator: "、"))，出國年度不計）平均每週 \(average.rounded(2).pointsText) 小時（含減授），標準 \(standard.pointsText)"
        var pass = average >= standard
        var shortfall = "平均每週授課時數尚差 \((standard - average).rounded(2).pointsText) 小時"
        var english = "\((standard - average).rounded(2).pointsText) weekly teaching hours short on average"
        if dossier.attendingPhysician {
            let low = counted.filter { $0.weekly < rules.physicianMinimumActual }
            if !low.isEmpty {
                pass = false
                detail += "；\(low.map { String($0.academicYear) }.joined(separator: "、")) 學年度實際授課少於 \(rules.physicianMinimumActual.pointsText) 小時"
                shortfall = "主治醫師每週實際授課不得少於 \(rules.physicianMinimumActual.pointsText) 小時"
                english = "an attending physician must actually teach at least \(rules.physicianMinimumActual.pointsText) hour(s) a week"
            }
        }
        return Requirement(id: "R-G1", label: label, status: pass ? .pass : .fail, detail: detail, shortfall: shortfall,
                           shortfallEnglish: english, sources: counted.map(\.location))
    }

    /// R-G2: external review marks against the pass line of the rank applied for (I-13).
    static func externalReview(_ dossier: Dossier, rulebook: Rulebook) -> Requirement {
        let label = "外審成績"
        guard let line = rulebook.conditions.externalReviewPass[dossier.appliedRank] else {
            return .notApplicable("R-G2", label, "無及格底線")
        }
        let marks = dossier.externalReview
        guard !marks.isEmpty else {
            return Requirement(id: "R-G2", label: label, status: .fail, detail: "尚無外審成績",
                               shortfall: "尚無外審成績（及格底線 \(line.pointsText)）",
                               shortfallEnglish: "no external review marks yet (pass mark \(line.pointsText))",
                               sources: [dossier.location])
        }
        let text = marks.map(\.mark.pointsText).joined(separator: "、")
        switch rulebook.interpretations.reviewAggregate {
        case .nOfM:
            // At least N of the M reviewers at or above the mark: decided once N pass (the rest cannot undo it).
            let panel = rulebook.conditions.externalReviewPanel
            let passing = marks.filter { $0.mark >= line }.count
            return Requirement(id: "R-G2", label: label, status: passing >= panel.mustPass ? .pass : .fail, detail: text,
                               sources: marks.map(\.location),
                               finding: .externalReviewPanel(passing: passing, returned: marks.count, reviewers: panel.reviewers,
                                                             mustPass: panel.mustPass, passMark: line))
        case .everyMark:
            let low = marks.filter { $0.mark < line }
            return Requirement(id: "R-G2", label: label, status: low.isEmpty ? .pass : .fail,
                               detail: "外審成績 \(text)，及格底線 \(line.pointsText)（每位審查人皆須達到）",
                               shortfall: "\(low.count) 位審查人成績未達 \(line.pointsText)（\(low.map(\.mark.pointsText).joined(separator: "、"))）",
                               shortfallEnglish: "\(low.count) review mark(s) below \(line.pointsText)",
                               sources: marks.map(\.location))
        case .mean:
            let mean = Decimal.sum(marks.map(\.mark)) / Decimal(marks.count)
            return .minimum("R-G2", label, value: mean.rounded(2), minimum: line, what: "外審平均", whatEnglish: "external review mean",
                            sources: marks.map(\.location))
        }
    }

    /// R-G3 and R-G4 (promotion only).
    static func score(_ id: String, _ label: String, value: Points, minimums: [Rank: Points], dossier: Dossier,
                      what: String, english: String) -> Requirement {
        guard dossier.kind == .promotion, let minimum = minimums[dossier.appliedRank] else {
            return .notApplicable(id, label, "僅升等\(minimums.keys.sorted().map(\.label).joined(separator: "、"))適用")
        }
        return .minimum(id, label, value: value, minimum: minimum, what: what, whatEnglish: english)
    }

    /// R-G5.
    static func research(_ dossier: Dossier, rulebook: Rulebook, category: ResearchCategory, total: Points) -> Requirement {
        let label = "研究計分"
        guard let threshold = rulebook.conditions.researchThresholds[category]?[dossier.kind]?[dossier.appliedRank] else {
            return .notApplicable("R-G5", label, "無標準分數")
        }
        var requirement = Requirement.minimum("R-G5", label, value: total, minimum: threshold, what: "研究計分", whatEnglish: "research")
        requirement.detail += "（\(category.label)，\(dossier.kind.label)\(dossier.appliedRank.label)）"
        return requirement
    }

    /// R-G7.
    static func grants(_ dossier: Dossier, count: GrantCount) -> Requirement {
        let label = "計畫主持人件數"
        guard let required = count.required else {
            return .notApplicable("R-G7", label, "僅升等副教授、教授適用")
        }
        let pass = count.count >= required
        let missing = required - count.count
        let standIn = count.standIn.map { "（含產學計畫「\($0.title)」折抵 1 件，I-9）" } ?? ""
        return Requirement(id: "R-G7", label: label, status: pass ? .pass : .fail,
                           detail: "近 5 年政府計畫主持人 \(count.count) 件\(standIn)，須 \(required) 件",
                           shortfall: "尚缺 \(missing) 件政府機構計畫主持人",
                           shortfallEnglish: "\(missing) more government grant(s) as principal investigator",
                           sources: count.lines.flatMap(\.sources))
    }

    /// R-G8.
    static func physicianDegree(_ dossier: Dossier, rulebook: Rulebook) -> Requirement {
        let label = "主治醫師學位"
        guard dossier.attendingPhysician else { return .notApplicable("R-G8", label, "非主治醫師") }
        guard let rule = rulebook.conditions.physicianDegrees.first(where: {
            $0.kind == dossier.kind && $0.rank == dossier.appliedRank && ($0.fromDate.map { dossier.applicationDate >= $0 } ?? true)
        }) else {
            return .notApplicable("R-G8", label, "\(dossier.kind.label)\(dossier.appliedRank.label)無學位規定")
        }
        let hasDegree = dossier.degree.map { rule.degrees.contains($0) } ?? false
        let abroad = rule.abroadYears.map { dossier.studiedAbroadYears >= $0 } ?? false
        let needed = rule.degrees.map(\.label).joined(separator: "或") + (rule.abroadYears.map { "，或出國進修 \($0.pointsText) 年以上" } ?? "")
        return Requirement(id: "R-G8", label: label, status: hasDegree || abroad ? .pass : .fail,
                           detail: "學位：\(dossier.degree?.label ?? "未填")；出國進修 \(dossier.studiedAbroadYears.pointsText) 年；須\(needed)",
                           shortfall: "須具\(needed)", shortfallEnglish: "needs: \(rule.degrees.map(\.rawValue).joined(separator: " or "))\(rule.abroadYears.map { ", or \($0.pointsText) year(s) of study abroad" } ?? "")",
                           sources: [dossier.location(of: "degree")])
    }
}
