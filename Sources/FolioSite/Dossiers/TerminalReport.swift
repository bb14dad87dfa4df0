import FolioCore
import FolioPromotion
import Foundation

/// `folio score` for people: the committee's tables and verdicts, zh-Hant labels, aligned.
/// The engine's typed reasons are worded from the zh-Hant label file, as on the dossier pages.
public enum TerminalReport {
    public static func render(_ a: Assessment, origin: RulebookOrigin? = nil, committee: CommitteeFigures? = nil) -> String {
        render(a, origin: origin, committee: committee, wording: ReasonWording(labels: TemplateSet.labels(.zhHant)))
    }

    static func render(_ a: Assessment, origin: RulebookOrigin?, committee: CommitteeFigures? = nil, wording: ReasonWording) -> String {
        func figureLine(_ figure: Figure) -> String { Self.figureLine(figure, wording) }
        let words = Wording(labels: wording.labels, language: .zhHant)
        let d = a.dossier
        var out: [String] = []
        out.append(words.words(key: "committee-dossier-header", words.dossierHeader(d)))
        out.append("審查梯次 \(d.round)｜申請日 \(d.applicationDate)｜\(words.category(a.category))" + (a.paperConditionsCategory != a.category ? "（論文條件適用\(words.category(a.paperConditionsCategory))，R-C1）" : ""))
        out.append("計分細則版本 \(a.rulebookVersion)：\(a.rulebookTitle)")
        if let origin { out.append("計分細則檔案 \(origin.terminalText)") }
        out.append("")
        out.append("總評：\(words.label(a.passes ? "verdict-overall-pass" : "verdict-overall-fail"))　教學 \(a.teaching.total.value.pointsText)｜輔導與服務 \(a.service.total.value.pointsText)｜研究 \(a.research.total.value.pointsText)")
        out.append("")

        out.append("一、教學計分（附表一）")
        var teaching = TextTable([("指標", .left), ("積分 A", .right), ("權重 B", .right), ("A×B", .right), ("規則", .left)])
        for indicator in a.teaching.indicators {
            let capped = indicator.capped < indicator.raw ? "\(indicator.capped.pointsText)（原 \(indicator.raw.pointsText)）" : indicator.capped.pointsText
            teaching.add([indicator.label, capped, "\(indicator.weightPercent.pointsText)%", indicator.weighted.value.pointsText, indicator.weighted.ruleText])
        }
        teaching.add(["合計", "", "", a.teaching.total.value.pointsText, ""])
        out.append(teaching.render(indent: "  "))
        if !a.windows.recentExcluded.isEmpty {
            let setting = wording.window(a.windows.excludedSemesterWindow).trimmingCharacters(in: ["。"])
            out.append("  不計入之學期（I-14 \(a.windows.excludedSemesterWindow.rawValue)：\(setting)）：")
            for exclusion in a.windows.recentExcluded {
                out.append("    • \(exclusion.semester) \(wording.excluded(exclusion.reason))" + (exclusion.note.map { "（\($0)）" } ?? "") + "  \(exclusion.location.fileAndLine)")
            }
            out.append("  採計學期：\(a.windows.recentSemesters.map(\.description).joined(separator: ", "))")
        }
        for indicator in a.teaching.indicators where !indicator.lines.isEmpty {
            out.append("  \(indicator.label)：")
            out.append(contentsOf: indicator.lines.map { figureLine($0) })
        }
        out.append("")

        out.append("二、輔導與服務計分（近 \(a.windows.serviceYears.count) 學年度）")
        var service = TextTable([("學年度", .left), ("小計", .right)])
        for year in a.service.years { service.add(["\(year.academicYear)", year.subtotal.pointsText]) }
        service.add(["合計", a.service.total.value.pointsText])
        out.append(service.render(indent: "  "))
        for year in a.service.years {
            out.append("  \(year.academicYear) 學年度：")
            out.append(contentsOf: year.lines.map { figureLine($0) })
        }
        out.append("")

        out.append("三、研究計分（最高採計 15 篇）")
        var papers = TextTable([("#", .right), ("日期", .left), ("期刊", .left), ("類型", .left), ("作者", .left), ("級距", .left),
                                ("基分", .right), ("倍數", .right), ("同等", .right), ("分數", .right), ("採計", .left), ("來源", .left)])
        for (number, score) in a.research.papers.enumerated() {
            let p = score.paper
            papers.add(["\(number + 1)", p.date.description, TextTable.truncate(p.journal, to: 28), p.type.label, p.authorText,
                        score.excludedBecause == nil ? score.bandLabel : "—", score.base.pointsText, score.multiplier.pointsText,
                        score.equalContributionFactor.pointsText, score.points.value.pointsText, score.counted ? "是" : "否",
                        p.location.shortFileAndLine])
        }
        out.append(papers.render(indent: "  "))
        out.append("  論文明細：")
        for score in a.research.papers {
            out.append("    • \(TextTable.truncate(score.paper.title, to: 60))：\(score.points.explanation)；\(score.countReason)  [\(score.points.ruleText)] \(score.points.sourceText)")
        }
        let others = [("指導大專生研究計畫", a.research.studentGrants), ("專利", a.research.patents),
                      ("技術移轉", a.research.transfers), ("產學合作", a.research.industry)]
        for (label, figures) in others where !figures.isEmpty {
            out.append("  \(label)：")
            out.append(contentsOf: figures.map { figureLine($0) })
        }
        out.append("  \(a.research.total.explanation)")
        out.append("")

        out.append("四、資格條件")
        var requirements = TextTable([("規則", .left), ("項目", .left), ("結果", .left), ("說明", .left)])
        for requirement in a.requirements {
            requirements.add([requirement.id, words.condition(requirement), words.status(requirement.status), words.detail(requirement)])
        }
        out.append(requirements.render(indent: "  "))
        let failing = a.requirements.filter { $0.status == .fail }
        if !failing.isEmpty {
            out.append("  未通過之處：")
            for requirement in failing {
                out.append("    ✗ \(requirement.id) \(words.condition(requirement))：\(words.shortfall(requirement) ?? words.detail(requirement))")
            }
        }
        if let paper = a.requirements.first(where: { !$0.alternatives.isEmpty }) {
            out.append("  論文條件各款（\(paper.id)）：")
            for alternative in paper.alternatives {
                let mark = !alternative.available ? "－" : alternative.pass ? "✓" : "✗"
                var text = "    \(mark) \(alternative.rule) \(words.alternative(alternative.requirement))：\(words.held(alternative.have))"
                if let why = alternative.unavailableBecause { text += "；不適用：\(words.unavailable(why))" }
                else if let short = alternative.shortfall { text += "；\(words.missing(short))" }
                out.append(text)
            }
            let mains = a.mainPapers.filter(\.isMain)
            out.append("  主論文 \(mains.count) 篇：" + mains.map { $0.paper.location.shortFileAndLine + ($0.units > 1 ? "×\($0.units)" : "") }.joined(separator: "、"))
        }
        if !a.grants.lines.isEmpty {
            out.append("  計畫主持人（R-G7）：")
            out.append(contentsOf: a.grants.lines.map { figureLine($0) })
        }
        out.append("")
        out.append("附註：")
        out.append(contentsOf: a.notes.map {
            "  [\($0.ruleText)] \($0.explanation)" + ($0.reason.map { "；\(wording.reason($0))" } ?? "") + ($0.sources.isEmpty ? "" : "  \($0.sourceText)")
        })
        if let committee, !committee.claims.isEmpty || committee.review != nil || !committee.levels.isEmpty {
            out.append("")
            out.append(contentsOf: Self.committeeLines(a, committee, wording))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// 申請人自評 / 計算 / 委員審核: the totals side by side, each difference with its reason, the corrections.
    static func committeeLines(_ a: Assessment, _ c: CommitteeFigures, _ wording: ReasonWording) -> [String] {
        let l = wording.label
        var out = ["五、\(l("claims-review"))"]
        var table = TextTable([(l("item"), .left), (l("basis-claimed"), .right), (l("basis-computed"), .right), (l("basis-verified"), .right)])
        let claimed = a.dossier.claimedTotals
        for (key, claim, computed, verified) in [("score-teaching", claimed?.teaching, a.teaching.total.value, c.verified?.teaching.total.value),
                                                 ("score-service", claimed?.service, a.service.total.value, c.verified?.service.total.value),
                                                 ("score-research", claimed?.research, a.research.total.value, c.verified?.research.total.value)] {
            table.add([l(key), claim?.pointsText ?? "－", computed.pointsText, verified?.pointsText ?? "－"])
        }
        table.add([l("verdict"), "", a.passes ? l("verdict-overall-pass") : l("verdict-overall-fail"),
                   c.verified.map { $0.passes ? l("verdict-overall-pass") : l("verdict-overall-fail") } ?? "－"])
        out.append(table.render(indent: "  "))
        let differences = c.claims.differences
        if !differences.isEmpty {
            out.append("  \(l("claim-differences"))：")
            for line in differences {
                let subject = line.subject.isEmpty ? l("score-\(line.part.rawValue)") : line.subject
                let reason = line.reason.map { wording.claim($0) } ?? ""
                out.append("    • \(subject)：\(l("basis-claimed")) \(line.claimed.pointsText)，\(l("basis-computed")) \(line.computed.pointsText)；\(reason)  \(line.sources.map(\.fileAndLine).joined(separator: ", "))")
            }
        }
        if !c.claims.papers.isEmpty {
            out.append("  \(l("claims-sum-papers"))：\(l("basis-claimed")) \(c.claims.papersClaimed.pointsText)，\(l("basis-computed")) \(c.claims.papersComputed.pointsText)")
        }
        if !c.claims.items.isEmpty {
            out.append("  \(l("claims-sum-items"))：\(l("basis-claimed")) \(c.claims.itemsClaimed.pointsText)，\(l("basis-computed")) \(c.claims.itemsComputed.pointsText)")
        }
        for result in c.levels {
            let r = result.record
            let votes = l("votes-summary").replacingOccurrences(of: "{agree}", with: "\(r.agree)")
                .replacingOccurrences(of: "{disagree}", with: "\(r.disagree)").replacingOccurrences(of: "{invalid}", with: "\(r.invalid)")
                .replacingOccurrences(of: "{present}", with: "\(result.meeting.present)").replacingOccurrences(of: "{needed}", with: "\(result.needed)")
            out.append("  \(result.meeting.committee) \(result.meeting.meeting)（\(result.meeting.date)）：\(votes) → \(l("decision-\(r.decision.rawValue)"))  \(r.location.fileAndLine)")
        }
        if let review = c.review {
            out.append("  \(l("corrections"))：")
            for correction in review.corrections {
                out.append("    • \(correction.record)：\(wording.change(correction.change))；\(correction.reason)（\(correction.meeting)，\(correction.date)）  \(correction.location.fileAndLine)")
            }
        }
        return out
    }

    static func figureLine(_ figure: Figure, _ wording: ReasonWording) -> String {
        "    • \(figure.explanation)" + (figure.reason.map { "；\(wording.reason($0))" } ?? "") + "  [\(figure.ruleText)] \(figure.sourceText)"
    }
}

extension RulebookOrigin {
    /// `content/rulebooks/x.yaml（內建 rulebooks/x.yaml replaced by content/rulebooks/x.yaml）`.
    var terminalText: String {
        guard let replaces else { return file }
        return "\(file)（內建 \(replaces) replaced by \(file)）"
    }
}
