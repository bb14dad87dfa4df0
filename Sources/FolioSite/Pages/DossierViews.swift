import FolioCore
import FolioPromotion
import Foundation

/// Shapes one scored dossier into the view model of its page. The engine decides every number,
/// rule id and verdict; this only formats them and picks the labels.
struct DossierViews {
    let entry: DossierEntry
    let labels: [String: String]
    /// A prefix making the page's SVG ids unique when several dossiers share a document (the packet).
    let chartID: String
    /// The page's language: picks the English of texts data gives in both, and marks Chinese school data on English pages.
    var language: SiteLanguage = .zhHant
    /// The build's figure sentences in this language; nil words each figure anew.
    var figureSentences: FigureSentences? = nil

    var a: Assessment { entry.assessment }
    func label(_ key: String) -> String { labels[key] ?? key }
    /// Words the engine's typed figures, reasons and claims for this page, as HTML.
    var words: Wording { Wording(labels: labels, language: language) }

    static func anchor(_ slug: String) -> String { "dossier-\(slug)" }

    func page(docketHref: String, printPage: String) -> DossierPageView {
        let requirements = a.requirements.map(requirementRow)
        return DossierPageView(
            anchor: Self.anchor(entry.slug), printPage: printPage, header: header(),
            verdict: overallVerdict(a.passes, labels: labels), scores: scores(), requirements: requirements,
            failing: requirements.filter { $0.verdict.state == "fail" },
            hasFailing: requirements.contains { $0.verdict.state == "fail" },
            paperConditions: paperConditions(), teaching: teachingForm(), ability: ability(),
            hasAbility: !entry.dossier.teaching.ability.isEmpty, research: research(), service: service(),
            grants: grants(), notes: a.notes.map(figure), review: reviewSection(), statementHTML: entry.dossier.statement.map { words.chineseBlock(Markdown.html($0, headingsBelow: 2)) },
            docketHref: docketHref, labels: labels)
    }

    // MARK: Header and verdicts

    private func header() -> DossierHeaderView {
        let d = entry.dossier
        return DossierHeaderView(
            applicant: words.dataHTML(d.applicant), department: words.dataHTML(language.pick(localized: entry.rulebook.departmentName(d.department))), category: words.category(a.category),
            paperConditionsCategory: a.paperConditionsCategory != a.category ? words.category(a.paperConditionsCategory) : nil,
            application: words.application(d), round: d.round, applicationDate: words.text(.date(d.applicationDate)),
            rulebookTitle: words.dataHTML(language.pick(localized: entry.rulebook.titleText)), rulebookInForce: entry.rulebook.inForceFrom.map { words.text(.date($0)) },
            rulebookFile: entry.rulebookOrigin.file, rulebookReplaces: entry.rulebookOrigin.replaces)
    }

    /// 符合 / 不符合 for a whole application.
    static func overall(_ passes: Bool, labels: [String: String]) -> VerdictView {
        passes ? VerdictView(state: "pass", symbol: "✓", label: labels["verdict-overall-pass"] ?? "pass")
            : VerdictView(state: "fail", symbol: "✗", label: labels["verdict-overall-fail"] ?? "fail")
    }

    private func overallVerdict(_ passes: Bool, labels: [String: String]) -> VerdictView { Self.overall(passes, labels: labels) }

    static func verdict(_ status: Requirement.Status, labels: [String: String]) -> VerdictView {
        switch status {
        case .pass: VerdictView(state: "pass", symbol: "✓", label: labels["verdict-pass"] ?? "pass")
        case .fail: VerdictView(state: "fail", symbol: "✗", label: labels["verdict-fail"] ?? "fail")
        case .notApplicable: VerdictView(state: "na", symbol: labels["committee-na-symbol"] ?? "-", label: labels["verdict-na"] ?? "n/a")
        }
    }

    private func scores() -> [ScoreCardView] {
        let cards: [(String, String, Figure)] = [
            ("score-teaching", "R-G3", a.teaching.total), ("score-service", "R-G4", a.service.total),
            ("score-research", "R-G5", a.research.total),
        ]
        return cards.map { key, rule, total in
            let requirement = a.requirement(rule)
            let notApplicable = (rule == "R-G3" && teachingNotApplicable) || (rule == "R-G4" && serviceNotApplicable)
            let bases = totalBases.first { $0.rule == rule }!.bases
            return ScoreCardView(label: label(key), rule: rule, value: notApplicable ? label("verdict-na") : total.value.pointsText,
                                 notApplicable: notApplicable, claimed: bases.claimed, verified: bases.verified,
                                 claimDiffers: bases.claimDiffers, verifiedDiffers: bases.verifiedDiffers,
                                 detail: requirement.map(words.detailHTML) ?? "",
                                 verdict: Self.verdict(requirement?.status ?? .notApplicable, labels: labels))
        }
    }

    private func requirementRow(_ r: Requirement) -> RequirementRowView {
        let sources = r.sources.map(source)
        return RequirementRowView(id: r.id, label: words.condition(r), verdict: Self.verdict(r.status, labels: labels), detail: words.detailHTML(r),
                                  shortfall: words.shortfallHTML(r), sources: sources, hasSources: !sources.isEmpty)
    }

    private func paperConditions() -> PaperConditionsView? {
        guard let requirement = a.requirements.first(where: { !$0.alternatives.isEmpty }) else { return nil }
        let alternatives = requirement.alternatives.map { alt in
            let verdict = !alt.available ? VerdictView(state: "na", symbol: label("committee-na-symbol"), label: label("verdict-unavailable"))
                : Self.verdict(alt.pass ? .pass : .fail, labels: labels)
            return AlternativeRowView(rule: alt.rule, description: words.alternative(alt.requirement), verdict: verdict,
                                      have: words.held(alt.have),
                                      note: alt.unavailableBecause.map(words.unavailable) ?? alt.shortfall.map(words.missing))
        }
        let view = { (check: MainPaperCheck) in
            MainPaperView(title: words.dataHTML(check.paper.title), date: words.text(.date(check.paper.date)),
                          units: check.units > 1 ? "×\(check.units)" : nil,
                          reasons: check.reasons.isEmpty ? nil : words.text(.list(check.reasons.map { .worded($0, prefix: "requirement-main-paper") })),
                          source: source(check.paper.location))
        }
        let mains = a.mainPapers.filter(\.isMain).map(view)
        let others = a.mainPapers.filter { !$0.isMain }.map(view)
        return PaperConditionsView(rule: requirement.id, alternatives: alternatives, mainPapers: mains,
                                   mainCount: "\(mains.count)", others: others, hasOthers: !others.isEmpty)
    }

    // MARK: Teaching

    /// A score that no requirement asks for, with nothing recorded, is not applicable rather than 0 (issue 14).
    var teachingNotApplicable: Bool { a.requirement("R-G3")?.status == .notApplicable && entry.dossier.teaching.isEmpty }
    var serviceNotApplicable: Bool { a.requirement("R-G4")?.status == .notApplicable && entry.dossier.service.isEmpty }

    private func teachingForm() -> TeachingFormView {
        let rows = a.teaching.indicators.map { indicator in
            let lines = withClaims(indicator.lines)
            return TeachingRowView(label: teachingLabel(indicator.kind) ?? language.pick(localized: indicator.label), rule: indicator.kind.rule, points: indicator.capped.pointsText,
                                   raw: indicator.capped < indicator.raw ? indicator.raw.pointsText : nil,
                                   weight: "\(indicator.weightPercent.pointsText)%", weighted: indicator.weighted.value.pointsText,
                                   lines: lines, hasLines: !lines.isEmpty, anchor: "\(chartID)-\(indicator.kind.rawValue)")
        }
        let caps = Dictionary(entry.rulebook.teaching.indicators.map { ($0.kind, $0.cap) }, uniquingKeysWith: { a, _ in a })
        let chart = TeachingChart(
            id: "\(chartID)-teaching",
            indicators: a.teaching.indicators.map {
                TeachingChart.Indicator(label: teachingLabel($0.kind) ?? language.pick(localized: $0.label), rule: $0.kind.rule, points: $0.capped.doubleValue,
                                        cap: (caps[$0.kind] ?? 100).doubleValue, weighted: $0.weighted.value.doubleValue,
                                        weightPercent: "\($0.weightPercent.pointsText)%")
            },
            labels: labels)
        return TeachingFormView(notApplicable: teachingNotApplicable ? label("teaching-not-applicable") : nil, rows: rows, total: a.teaching.total.value.pointsText, totalFigure: figure(a.teaching.total),
                                chart: DossierChartView(chart.description) { chart.svg(description: $0) }, window: teachingWindow())
    }

    /// A teaching indicator's label from the rulebook, in the page's language.
    private func teachingLabel(_ kind: TeachingIndicator) -> String? {
        entry.rulebook.teaching.indicator(kind).map { language.pick(localized: $0.name) }
    }

    /// I-14, shown only when a semester was left out.
    private func teachingWindow() -> TeachingWindowView? {
        let excluded = a.windows.recentExcluded
        guard !excluded.isEmpty else { return nil }
        return TeachingWindowView(
            counted: a.windows.recentSemesters.map(\.description).joined(separator: ", "),
            setting: words.window(entry.rulebook.interpretations.excludedSemesterWindow), rule: "I-14",
            excluded: excluded.map { exclusion in
                ExcludedSemesterView(semester: exclusion.semester.description, reason: words.excluded(exclusion.reason),
                                     note: exclusion.note, source: source(exclusion.location))
            })
    }

    /// A typed reason of the engine, worded from the label files, as HTML.
    func reasonText(_ reason: FigureReason) -> String { words.html(reason, prefix: "reason") }

    /// 附表二 as the applicant answered it.
    private func ability() -> [AbilityDimensionView] {
        entry.rulebook.teaching.ability.map { dimension in
            let answer = entry.dossier.teaching.ability.first { $0.dimension == dimension.id }
            let yes = Set(answer?.yes ?? [])
            let items = dimension.items.map { item in
                AbilityItemView(number: item.number, label: language.pick(localized: item.name), points: item.points.pointsText,
                                // "No" has a mark of its own: － means not applicable everywhere else (issue 14).
                                verdict: yes.contains(item.number)
                                    ? VerdictView(state: "yes", symbol: "☑", label: label("answer-yes"))
                                    : VerdictView(state: "no", symbol: "☐", label: label("answer-no")))
            }
            let sum = Decimal.sum(dimension.items.filter { yes.contains($0.number) }.map(\.points))
            return AbilityDimensionView(label: language.pick(localized: dimension.name), items: items, subtotal: min(sum, dimension.cap).pointsText,
                                        cap: dimension.cap.pointsText, source: answer.map { source($0.location) })
        }
    }

    // MARK: Research

    private func research() -> ResearchView {
        let r = a.research
        let claims = entry.claims.papers
        let papers = r.papers.enumerated().map { number, score in
            let p = score.paper
            let excluded = score.excludedBecause != nil
            let claim = claims.first { $0.sources == [p.location] }
            let verified = verifiedPoints(of: p)
            return PaperRowView(
                number: number + 1, title: words.dataHTML(p.title), journal: words.dataHTML(p.journal), date: p.date.rocString,
                type: label("figure-paper-type-\(p.type.rawValue)"),
                author: words.author(p) + (p.equalContribution >= 2 ? words.words(key: "figure-author-equal-contribution", ["authors": .count(p.equalContribution)]) : ""),
                band: excluded ? "—" : words.html(score.band, prefix: "figure-band"), base: excluded ? "—" : score.base.pointsText,
                multiplier: excluded ? "—" : score.multiplier.pointsText,
                factor: excluded ? "—" : score.equalContributionFactor.pointsText, points: score.points.value.pointsText,
                counted: score.counted ? VerdictView(state: "pass", symbol: "✓", label: label("counted-yes"))
                    : VerdictView(state: "fail", symbol: "✗", label: label("counted-no")),
                countReason: score.outsideWindow.map(reasonText) ?? countReason(score),
                figure: figure(score.points), claimed: claim?.claimed.pointsText, claimDiffers: claim?.differs ?? false,
                claimReason: claim?.reason.map(claimReason), verified: verified,
                verifiedDiffers: verified.map { $0 != (score.counted ? score.points.value : 0).pointsText } ?? false)
        }
        let sum = { (figures: [Figure]) in Decimal.sum(figures.map(\.value)).pointsText }
        let subtotals = [
            SubtotalRowView(label: label("research-papers"), rule: r.papersTotal.ruleText, value: r.papersTotal.value.pointsText),
            SubtotalRowView(label: label("research-student-grants"), rule: "R-R5", value: sum(r.studentGrants)),
            SubtotalRowView(label: label("research-patents"), rule: "R-R6", value: sum(r.patents)),
            SubtotalRowView(label: label("research-transfers"), rule: "R-R7", value: sum(r.transfers)),
            SubtotalRowView(label: label("research-industry"), rule: "R-R8", value: sum(r.industry)),
        ]
        let groups = [
            ("research-student-grants", r.studentGrants), ("research-patents", r.patents),
            ("research-transfers", r.transfers), ("research-industry", r.industry),
        ].filter { !$0.1.isEmpty }.map { FigureGroupView(title: label($0.0), lines: $0.1.map(figure)) }
        let years = Dictionary(grouping: r.papers) { $0.paper.date.rocYear }
        let chart = years.isEmpty ? nil : ResearchByYearChart(
            id: "\(chartID)-research",
            years: (years.keys.min()!...years.keys.max()!).map { year in
                let scores = years[year] ?? []
                return ResearchByYearChart.Year(
                    year: year, counted: Decimal.sum(scores.filter(\.counted).map(\.points.value)).doubleValue,
                    // A paper outside the window shows the points it would score, hatched as not counted.
                    notCounted: Decimal.sum(scores.filter { !$0.counted }.map { $0.outsideWindow == nil ? $0.points.value : $0.pointsIfCounted }).doubleValue,
                    countedPapers: scores.filter(\.counted).count, otherPapers: scores.filter { !$0.counted }.count)
            },
            labels: labels)
        return ResearchView(papers: papers, hasPapers: !papers.isEmpty, hasClaims: !claims.isEmpty, hasReview: entry.review != nil, subtotals: subtotals, total: r.total.value.pointsText,
                            totalFigure: figure(r.total), groups: groups, hasGroups: !groups.isEmpty,
                            chart: chart.map { chart in DossierChartView(chart.description) { chart.svg(description: $0) } })
    }

    // MARK: Service and grants

    private func service() -> ServiceView {
        let years = a.service.years.map { year in
            ServiceYearView(year: "\(year.academicYear)", lines: withClaims(year.lines), subtotal: year.subtotal.pointsText)
        }
        return ServiceView(notApplicable: serviceNotApplicable ? label("service-not-applicable") : nil, years: years, hasYears: !years.isEmpty, total: a.service.total.value.pointsText,
                           totalFigure: figure(a.service.total))
    }

    private func grants() -> GrantsView {
        let lines = a.grants.lines.map(figure)
        return GrantsView(lines: lines, hasLines: !lines.isEmpty, count: "\(a.grants.count)",
                          required: a.grants.required.map { "\($0)" })
    }

    // MARK: Figures and sources

    /// Item lines with the applicant's claim beside the record's own figure (its first line; a cap line
    /// of the same record follows it and carries no claim).
    private func withClaims(_ figures: [Figure]) -> [FigureLineView] {
        var claims = Dictionary(entry.claims.items.map { ($0.sources[0], $0) }, uniquingKeysWith: { a, _ in a })
        return figures.map { f in
            var view = figure(f)
            if f.sources.count == 1, let claim = claims.removeValue(forKey: f.sources[0]) {
                view.claimed = claim.claimed.pointsText
                view.claimDiffers = claim.differs
            }
            return view
        }
    }

    func figure(_ f: Figure) -> FigureLineView {
        let sources = f.sources.map(source)
        let sentence = { words.html(f.explanation, prefix: "figure") }
        let explanation = figureSentences?.value(.figure(f.explanation), make: sentence) ?? sentence()
        return FigureLineView(value: f.value.pointsText, explanation: explanation, rules: f.ruleText,
                              sources: sources, hasSources: !sources.isEmpty, reason: f.reason.map(reasonText))
    }

    /// Why a paper counts or not, worded once per build: a dossier has dozens of papers (issue 15).
    private func countReason(_ score: PaperScore) -> String {
        let sentence = { words.countReasonHTML(score) }
        return figureSentences?.value(.paperCount(score.countReason, score.excludedBecause), make: sentence) ?? sentence()
    }

    func source(_ location: SourceLocation) -> SourceRecordView {
        let record = entry.record(at: location)
        return SourceRecordView(location: location.shortFileAndLine, record: record,
                                recordLanguage: language == .en && (record?.containsCJK ?? false) ? SiteLanguage.zhHant.rawValue : nil)
    }
}
