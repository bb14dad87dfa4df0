import FolioCore
import FolioPromotion
import Foundation

/// `folio score` for people: the committee's tables and verdicts, aligned. The engine's typed
/// figures and reasons are worded from the label file of `language`, as on the dossier pages.
public enum TerminalReport {
    public static func render(_ a: Assessment, origin: RulebookOrigin? = nil, committee: CommitteeFigures? = nil,
                              language: SiteLanguage = .zhHant) -> String {
        let labels = TemplateSet.labels(language)
        return render(a, origin: origin, committee: committee, words: Wording(labels: labels, language: language))
    }

    static func render(_ a: Assessment, origin: RulebookOrigin?, committee: CommitteeFigures? = nil, words: Wording) -> String {
        func figureLine(_ figure: Figure) -> String { Self.figureLine(figure, words) }
        func l(_ key: String, _ parameters: [String: WordingValue] = [:]) -> String { words.words(key: "figure-report-\(key)", parameters) }
        let d = a.dossier
        var out: [String] = []
        out.append(words.words(key: "committee-dossier-header", words.dossierHeader(d, department: a.departmentName)))
        out.append(l("round", ["round": .number(d.round), "date": .date(d.applicationDate), "category": .term("category-\(a.category.rawValue)"),
                               "paper_conditions": optionalPart("figure-report-paper-conditions", a.paperConditionsCategory == a.category ? nil
                                                         : ["category": .term("category-\(a.paperConditionsCategory.rawValue)")])]))
        out.append(l("rulebook", ["version": .number(a.rulebookVersion), "title": .named(a.rulebookName)]))
        if let origin { out.append(l("rulebook-file", ["file": .text(origin.terminalText(words))])) }
        out.append("")
        out.append(l("summary", ["verdict": .term(a.passes ? "verdict-overall-pass" : "verdict-overall-fail"), "teaching": .number(a.teaching.total.value.pointsText),
                                 "service": .number(a.service.total.value.pointsText), "research": .number(a.research.total.value.pointsText)]))
        out.append("")

        out.append(l("teaching"))
        var teaching = TextTable([(l("indicator"), .left), (l("points-a"), .right), (l("weight-b"), .right), ("A×B", .right), (l("rule"), .left)])
        for indicator in a.teaching.indicators {
            let capped = indicator.capped < indicator.raw ? l("capped", ["capped": .number(indicator.capped.pointsText), "raw": .number(indicator.raw.pointsText)])
                : indicator.capped.pointsText
            teaching.add([words.text(.named(indicator.label)), capped, "\(indicator.weightPercent.pointsText)%", indicator.weighted.value.pointsText, indicator.weighted.ruleText])
        }
        teaching.add([l("total"), "", "", a.teaching.total.value.pointsText, ""])
        out.append(teaching.render(indent: "  "))
        if !a.windows.recentExcluded.isEmpty {
            let setting = words.window(a.windows.excludedSemesterWindow).trimmingCharacters(in: ["。", "."])
            out.append("  " + l("excluded", ["setting_id": .number(a.windows.excludedSemesterWindow.rawValue), "setting": .text(setting)]))
            for exclusion in a.windows.recentExcluded {
                out.append("    • " + l("excluded-line", ["semester": .semester(academicYear: exclusion.semester.academicYear, term: exclusion.semester.term), "reason": .term("excluded-reason-\(exclusion.reason.rawValue)"),
                                                         "note": optionalPart("figure-report-note", exclusion.note.map { ["note": .text($0)] })])
                           + "  \(exclusion.location.fileAndLine)")
            }
            out.append("  " + l("semesters-counted", ["semesters": .number(a.windows.recentSemesters.map(\.description).joined(separator: ", "))]))
        }
        for indicator in a.teaching.indicators where !indicator.lines.isEmpty {
            out.append("  " + l("heading", ["heading": .named(indicator.label)]))
            out.append(contentsOf: indicator.lines.map { figureLine($0) })
        }
        out.append("")

        out.append(l("service", ["years": .count(a.windows.serviceYears.count)]))
        var service = TextTable([(l("academic-year"), .left), (l("subtotal"), .right)])
        for year in a.service.years { service.add(["\(year.academicYear)", year.subtotal.pointsText]) }
        service.add([l("total"), a.service.total.value.pointsText])
        out.append(service.render(indent: "  "))
        for year in a.service.years {
            out.append("  " + l("heading", ["heading": .academicYear(year.academicYear)]))
            out.append(contentsOf: year.lines.map { figureLine($0) })
        }
        out.append("")

        out.append(l("research", ["maximum": .count(15)]))
        var papers = TextTable([("#", .right), (l("date"), .left), (l("journal"), .left), (l("type"), .left), (l("author"), .left), (l("band"), .left),
                                (l("base"), .right), (l("multiplier"), .right), (l("equal"), .right), (l("points"), .right), (l("counted"), .left),
                                (l("source"), .left)])
        for (number, score) in a.research.papers.enumerated() {
            let p = score.paper
            papers.add(["\(number + 1)", words.text(.date(p.date)), TextTable.truncate(p.journal, to: 28), words.label("figure-paper-type-\(p.type.rawValue)"), words.author(p),
                        score.excludedBecause == nil ? words.band(score.band) : "—", score.base.pointsText, score.multiplier.pointsText,
                        score.equalContributionFactor.pointsText, score.points.value.pointsText, score.counted ? l("yes") : l("no"),
                        p.location.shortFileAndLine])
        }
        out.append(papers.render(indent: "  "))
        out.append("  " + l("paper-details"))
        for score in a.research.papers {
            out.append("    • " + l("paper-line", ["title": .text(TextTable.truncate(score.paper.title, to: 60)),
                                                  "explanation": .worded(score.points.explanation, prefix: "figure"),
                                                  "count": .worded(score.countReason, prefix: "figure-count")])
                       + "  [\(score.points.ruleText)] \(score.points.sourceText)")
        }
        let others = [("student-grants", a.research.studentGrants), ("patents", a.research.patents),
                      ("transfers", a.research.transfers), ("industry", a.research.industry)]
        for (key, figures) in others where !figures.isEmpty {
            out.append("  " + l("heading", ["heading": .term("figure-report-\(key)")]))
            out.append(contentsOf: figures.map { figureLine($0) })
        }
        out.append("  \(words.explanation(a.research.total))")
        out.append("")

        out.append(l("requirements"))
        var requirements = TextTable([(l("rule"), .left), (l("item"), .left), (l("result"), .left), (l("detail"), .left)])
        for requirement in a.requirements {
            requirements.add([requirement.id, words.condition(requirement), words.status(requirement.status), words.detail(requirement)])
        }
        out.append(requirements.render(indent: "  "))
        let failing = a.requirements.filter { $0.status == .fail }
        if !failing.isEmpty {
            out.append("  " + l("failing"))
            for requirement in failing {
                out.append("    ✗ " + l("failing-line", ["rule": .number(requirement.id), "item": .text(words.condition(requirement)),
                                                        "missing": .text(words.shortfall(requirement) ?? words.detail(requirement))]))
            }
        }
        if let paper = a.requirements.first(where: { !$0.alternatives.isEmpty }) {
            out.append("  " + l("alternatives", ["rule": .number(paper.id)]))
            for alternative in paper.alternatives {
                let mark = !alternative.available ? l("unavailable-mark") : alternative.pass ? "✓" : "✗"
                var text = "    \(mark) " + l("alternative-line", ["rule": .number(alternative.rule), "requirement": .text(words.alternative(alternative.requirement)),
                                                                  "held": .text(words.held(alternative.have))])
                if let why = alternative.unavailableBecause { text += l("alternative-unavailable", ["why": .text(words.unavailable(why))]) }
                else if let short = alternative.shortfall { text += l("alternative-missing", ["missing": .text(words.missing(short))]) }
                out.append(text)
            }
            let mains = a.mainPapers.filter(\.isMain)
            out.append("  " + l("main-papers", ["count": .count(mains.count),
                                               "papers": .list(mains.map { .text($0.paper.location.shortFileAndLine + ($0.units > 1 ? "×\($0.units)" : "")) })]))
        }
        if !a.grants.lines.isEmpty {
            out.append("  " + l("grants"))
            out.append(contentsOf: a.grants.lines.map { figureLine($0) })
        }
        out.append("")
        out.append(l("notes"))
        out.append(contentsOf: a.notes.map {
            "  [\($0.ruleText)] \(Self.explanation($0, words))" + ($0.sources.isEmpty ? "" : "  \($0.sourceText)")
        })
        if let committee, !committee.claims.isEmpty || committee.review != nil || !committee.levels.isEmpty {
            out.append("")
            out.append(contentsOf: Self.committeeLines(a, committee, words))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// 申請人自評 / 計算 / 委員審核: the totals side by side, each difference with its reason, the corrections.
    static func committeeLines(_ a: Assessment, _ c: CommitteeFigures, _ wording: Wording) -> [String] {
        let l = wording.label
        func r(_ key: String, _ parameters: [String: WordingValue] = [:]) -> String { wording.words(key: "figure-report-\(key)", parameters) }
        let none = r("none")
        var out = [r("claims", ["title": .term("claims-review")])]
        var table = TextTable([(l("item"), .left), (l("basis-claimed"), .right), (l("basis-computed"), .right), (l("basis-verified"), .right)])
        let claimed = a.dossier.claimedTotals
        for (key, claim, computed, verified) in [("score-teaching", claimed?.teaching, a.teaching.total.value, c.verified?.teaching.total.value),
                                                 ("score-service", claimed?.service, a.service.total.value, c.verified?.service.total.value),
                                                 ("score-research", claimed?.research, a.research.total.value, c.verified?.research.total.value)] {
            table.add([l(key), claim?.pointsText ?? none, computed.pointsText, verified?.pointsText ?? none])
        }
        table.add([l("verdict"), "", a.passes ? l("verdict-overall-pass") : l("verdict-overall-fail"),
                   c.verified.map { $0.passes ? l("verdict-overall-pass") : l("verdict-overall-fail") } ?? none])
        out.append(table.render(indent: "  "))
        let differences = c.claims.differences
        if !differences.isEmpty {
            out.append("  " + r("heading", ["heading": .term("claim-differences")]))
            for line in differences {
                let subject = line.subject.map(wording.subject) ?? l("score-\(line.part.rawValue)")
                let reason = line.reason.map { wording.claim($0) } ?? ""
                out.append("    • " + r("claim-line", ["subject": .text(subject), "claimed": .number(line.claimed.pointsText), "computed": .number(line.computed.pointsText),
                                                      "reason": .text(reason)])
                           + "  \(line.sources.map(\.fileAndLine).joined(separator: ", "))")
            }
        }
        if !c.claims.papers.isEmpty {
            out.append("  " + r("claim-sum", ["sum": .term("claims-sum-papers"), "claimed": .number(c.claims.papersClaimed.pointsText),
                                              "computed": .number(c.claims.papersComputed.pointsText)]))
        }
        if !c.claims.items.isEmpty {
            out.append("  " + r("claim-sum", ["sum": .term("claims-sum-items"), "claimed": .number(c.claims.itemsClaimed.pointsText),
                                              "computed": .number(c.claims.itemsComputed.pointsText)]))
        }
        for result in c.levels {
            let record = result.record
            let votes = wording.words(key: "votes-summary", ["agree": .count(record.agree), "disagree": .count(record.disagree),
                                                             "invalid": .count(record.invalid), "present": .count(result.meeting.present),
                                                             "needed": .count(result.needed)])
            out.append("  " + r("level", ["committee": .text(result.meeting.committee), "meeting": .text(result.meeting.meeting),
                                          "date": .date(result.meeting.date), "votes": .text(votes), "decision": .term("decision-\(record.decision.rawValue)")])
                       + "  \(record.location.fileAndLine)")
        }
        if let review = c.review {
            out.append("  " + r("heading", ["heading": .term("corrections")]))
            for correction in review.corrections {
                out.append("    • " + r("correction", ["record": .number(correction.record.description), "change": .worded(correction.change, prefix: "change"),
                                                      "reason": .text(correction.reason), "meeting": .text(correction.meeting), "date": .date(correction.date)])
                           + "  \(correction.location.fileAndLine)")
            }
        }
        return out
    }

    static func figureLine(_ figure: Figure, _ wording: Wording) -> String {
        "    • \(explanation(figure, wording))  [\(figure.ruleText)] \(figure.sourceText)"
    }

    /// The figure's arithmetic, and its reason after it when it has one.
    static func explanation(_ figure: Figure, _ wording: Wording) -> String {
        guard let reason = figure.reason else { return wording.explanation(figure) }
        return wording.words(key: "figure-report-because", ["text": .worded(figure.explanation, prefix: "figure"), "reason": .worded(reason, prefix: "reason")])
    }
}

/// An optional part of a sentence: the nested label when present, nothing otherwise.
private func optionalPart(_ key: String, _ parameters: [String: WordingValue]?) -> WordingValue {
    parameters.map { .worded(key: key, parameters: $0) } ?? .list([])
}

extension RulebookOrigin {
    /// `content/rulebooks/x.yaml（內建 rulebooks/x.yaml replaced by content/rulebooks/x.yaml）`.
    func terminalText(_ wording: Wording) -> String {
        guard let replaces else { return file }
        return wording.words(key: "figure-report-rulebook-replaces", ["file": .text(file), "replaces": .text(replaces)])
    }
}
