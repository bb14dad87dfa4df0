import FolioCore
import FolioPromotion
import Foundation

/// `folio score --json`: the same content as the terminal report, for programs.
public enum JSONReport {
    /// `origin`: the rulebook's file, and the bundled file it replaced (`rulebook.file`, `rulebook.replaces`).
    /// Every typed value carries its `code` and `parameters`, and its text in `language`.
    public static func render(_ a: Assessment, origin: RulebookOrigin? = nil, committee: CommitteeFigures? = nil,
                              language: SiteLanguage = .zhHant) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let words = Wording(labels: TemplateSet.labels(language), language: language)
        var report = Report(a, words)
        if let committee {
            report.claims = committee.claims.isEmpty ? nil : ClaimsJSON(committee.claims, words)
            report.verified = committee.verified.map { VerifiedJSON($0, review: committee.review, words) }
            report.levels = committee.levels.isEmpty ? nil : committee.levels.map(LevelJSON.init)
        }
        if let origin {
            report.rulebook["file"] = origin.file
            if let replaces = origin.replaces { report.rulebook["replaces"] = replaces }
        }
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Points as JSON numbers with at most two decimals.
    static func number(_ value: Points) -> Double { Double(value.pointsText) ?? value.doubleValue }

    struct FigureJSON: Encodable {
        var value: Double
        var rules: [String]
        var sources: [String]
        /// The arithmetic in the language asked for.
        var explanation: String
        /// The arithmetic as a typed value: `paper`, `item_in_semester`, `research_total`…
        var code: String
        /// Its parameters, e.g. `{"semester": "114-1", "value": "4"}`; nested values carry their own code.
        var parameters: [String: JSONParameter]?
        /// The engine's typed reason, as an id: `growth_no_participation`, `excluded.study_abroad`, `outside_window`.
        var reason: String?
        /// The reason's parameters, e.g. `{"years": 7, "from": "2019-09-01", "to": "2026-09-01"}`; absent when it has none.
        var reason_parameters: [String: JSONParameter]?
        /// The reason in the language asked for.
        var reason_text: String?

        init(_ f: Figure, _ words: Wording) {
            value = JSONReport.number(f.value)
            rules = f.rules
            sources = f.sources.map(\.fileAndLine)
            explanation = words.explanation(f)
            code = f.explanation.code
            parameters = JSONParameter.of(f.explanation)
            reason = f.reason?.code
            reason_parameters = f.reason.flatMap(JSONParameter.of)
            reason_text = f.reason.map(words.reason)
        }
    }

    /// A note: its value only when it has one (the R-G6 extension's 2 years); the others are words alone.
    struct NoteJSON: Encodable {
        var value: Double?
        var rules: [String]
        var sources: [String]
        var explanation: String
        var code: String
        var parameters: [String: JSONParameter]?
        var reason: String?
        var reason_parameters: [String: JSONParameter]?
        var reason_text: String?

        init(_ f: Figure, _ words: Wording) {
            let figure = FigureJSON(f, words)
            value = f.value == 0 ? nil : figure.value
            rules = figure.rules
            sources = figure.sources
            explanation = figure.explanation
            code = figure.code
            parameters = figure.parameters
            reason = figure.reason
            reason_parameters = figure.reason_parameters
            reason_text = figure.reason_text
        }
    }

    /// I-14: one semester `excluded_semesters` left out of the window.
    struct ExcludedJSON: Encodable {
        var semester: String
        var reason: String
        var note: String?
        var source: String
    }

    struct Report: Encodable {
        var applicant: String
        var round: String
        var department: String
        var category: String
        var paper_conditions_category: String
        var application: String
        var current_rank: String?
        var applied_rank: String
        var application_date: String
        var rulebook: [String: String]
        var verdict: String
        var totals: [String: Double]
        var teaching: Teaching
        var service: Service
        var research: Research
        var requirements: [RequirementJSON]
        /// The government grants counted for R-G7, as the terminal report lists them.
        var grants: [FigureJSON]
        var notes: [NoteJSON]
        /// 申請人自評 beside the computed figures; absent when the applicant claimed nothing.
        var claims: ClaimsJSON?
        /// 委員審核: the totals and verdict with review.yaml's corrections applied, and the corrections; absent without a review.
        var verified: VerifiedJSON?
        /// The votes on the applicant at each level that voted (meetings.yaml); absent when none.
        var levels: [LevelJSON]?

        init(_ a: Assessment, _ words: Wording) {
            let d = a.dossier
            applicant = d.applicant
            round = d.round
            department = d.department
            category = a.category.rawValue
            paper_conditions_category = a.paperConditionsCategory.rawValue
            application = d.kind.rawValue
            current_rank = d.currentRank?.rawValue
            applied_rank = d.appliedRank.rawValue
            application_date = d.applicationDate.rocString
            rulebook = ["version": a.rulebookVersion, "title": a.rulebookTitle]
            verdict = a.passes ? "pass" : "fail"
            totals = ["teaching": number(a.teaching.total.value), "service": number(a.service.total.value),
                      "research": number(a.research.total.value)]
            teaching = Teaching(a.teaching, windows: a.windows, words)
            service = Service(a.service, words)
            research = Research(a.research, words)
            requirements = a.requirements.map(RequirementJSON.init)
            grants = a.grants.lines.map { FigureJSON($0, words) }
            notes = a.notes.map { NoteJSON($0, words) }
        }
    }

    struct Teaching: Encodable {
        struct Indicator: Encodable {
            var id: String
            var rule: String
            var label: String
            var raw: Double
            var capped: Double
            var weight_percent: Double
            var weighted: FigureJSON
            var lines: [FigureJSON]
        }

        /// I-14: the semesters counted, the setting, and the semesters left out that took effect.
        struct Window: Encodable {
            var semesters: [String]
            /// The rulebook's I-14 (`interpretations.excluded_semesters`): `extend_window` or `shrink`.
            var setting: String
            var excluded: [ExcludedJSON]
        }

        var total: Double
        var indicators: [Indicator]
        var window: Window

        init(_ t: TeachingScore, windows: Windows, _ words: Wording) {
            window = Window(semesters: windows.recentSemesters.map(\.description), setting: windows.excludedSemesterWindow.rawValue,
                            excluded: windows.recentExcluded.map {
                                ExcludedJSON(semester: $0.semester.description, reason: $0.reason.rawValue, note: $0.note, source: $0.location.fileAndLine)
                            })
            total = number(t.total.value)
            indicators = t.indicators.map {
                Indicator(id: $0.kind.rawValue, rule: $0.kind.rule, label: $0.label.chinese, raw: number($0.raw), capped: number($0.capped),
                          weight_percent: number($0.weightPercent), weighted: FigureJSON($0.weighted, words), lines: $0.lines.map { FigureJSON($0, words) })
            }
        }
    }

    struct Service: Encodable {
        struct Year: Encodable {
            var year: Int
            var subtotal: Double
            var lines: [FigureJSON]
        }

        var total: Double
        var years: [Year]

        init(_ s: ServiceScore, _ words: Wording) {
            total = number(s.total.value)
            years = s.years.map { Year(year: $0.academicYear, subtotal: number($0.subtotal), lines: $0.lines.map { FigureJSON($0, words) }) }
        }
    }

    struct Research: Encodable {
        struct PaperJSON: Encodable {
            var source: String
            var date: String
            var title: String
            var journal: String
            var type: String
            /// The band in the language asked for, and as a typed value.
            var band: String
            var band_code: String
            var band_parameters: [String: JSONParameter]?
            var base: Double
            var multiplier: Double
            var equal_contribution_factor: Double
            var points: Double
            var counted: Bool
            /// Whether it counts and its place, in the language asked for (`reason_code`: `counted`, `beyond_maximum`, `not_scored`).
            var reason: String
            var reason_code: String
            var reason_parameters: [String: JSONParameter]?
            /// Why it cannot be scored, when it cannot: `outside_window`, `not_at_previous_rank`, `unindexed`.
            var excluded: CodedJSON?
            /// Present when the paper is listed only, outside its window: `outside_window` and its parameters.
            var not_counted: NotCounted?
            var rules: [String]
            var explanation: String
            var code: String
            var parameters: [String: JSONParameter]?
        }

        struct NotCounted: Encodable {
            var code: String
            var parameters: [String: JSONParameter]?
            var text: String
        }

        var total: Double
        var papers_total: Double
        var papers: [PaperJSON]
        var student_grants: [FigureJSON]
        var patents: [FigureJSON]
        var transfers: [FigureJSON]
        var industry: [FigureJSON]
        var industry_stand_in: String?

        init(_ r: ResearchScore, _ words: Wording) {
            total = number(r.total.value)
            papers_total = number(r.papersTotal.value)
            papers = r.papers.map { s in
                PaperJSON(source: s.paper.location.fileAndLine, date: s.paper.date.rocString, title: s.paper.title,
                          journal: s.paper.journal, type: s.paper.type.rawValue, band: words.band(s.band), band_code: s.band.code,
                          band_parameters: JSONParameter.of(s.band), base: number(s.base),
                          multiplier: number(s.multiplier), equal_contribution_factor: number(s.equalContributionFactor),
                          points: number(s.points.value), counted: s.counted, reason: words.count(s.countReason),
                          reason_code: s.countReason.code, reason_parameters: JSONParameter.of(s.countReason),
                          excluded: s.excludedBecause.map { CodedJSON($0, text: words.words($0, prefix: "figure-exclusion")) },
                          not_counted: s.outsideWindow.map { NotCounted(code: $0.code, parameters: JSONParameter.of($0), text: words.reason($0)) },
                          rules: s.points.rules, explanation: words.explanation(s.points), code: s.points.explanation.code,
                          parameters: JSONParameter.of(s.points.explanation))
            }
            student_grants = r.studentGrants.map { FigureJSON($0, words) }
            patents = r.patents.map { FigureJSON($0, words) }
            transfers = r.transfers.map { FigureJSON($0, words) }
            industry = r.industry.map { FigureJSON($0, words) }
            industry_stand_in = r.standIn?.location.fileAndLine
        }
    }

    /// A requirement: its texts in zh-Hant (and what is missing in English), each beside the typed value it is
    /// worded from: `<text>_code` and `<text>_parameters` (the finding keeps its `finding`, `finding_parameters`).
    struct RequirementJSON: Encodable {
        struct Alternative: Encodable {
            var rule: String
            var description: String
            var description_code: String
            var description_parameters: WordedParametersJSON?
            var available: Bool
            var unavailable_because: String?
            var unavailable_because_code: String?
            var unavailable_because_parameters: WordedParametersJSON?
            var pass: Bool
            var have: String
            var have_code: String
            var have_parameters: WordedParametersJSON?
            var missing_papers: Int
            var shortfall: String?
            var shortfall_en: String?
            var shortfall_code: String?
            var shortfall_parameters: WordedParametersJSON?

            init(_ a: AlternativeResult) {
                let zh = RequirementJSON.zh, en = RequirementJSON.en
                rule = a.rule
                description = zh.alternative(a.requirement)
                description_code = a.requirement.code
                description_parameters = WordedParametersJSON(a.requirement.parameters)
                available = a.available
                unavailable_because = a.unavailableBecause.map(zh.unavailable)
                unavailable_because_code = a.unavailableBecause?.code
                unavailable_because_parameters = a.unavailableBecause.flatMap { WordedParametersJSON($0.parameters) }
                pass = a.pass
                have = zh.held(a.have)
                have_code = a.have.code
                have_parameters = WordedParametersJSON(a.have.parameters)
                missing_papers = a.missing
                shortfall = a.shortfall.map(zh.missing)
                shortfall_en = a.shortfall.map(en.missing)
                shortfall_code = a.shortfall?.code
                shortfall_parameters = a.shortfall.flatMap { WordedParametersJSON($0.parameters) }
            }
        }

        var id: String
        var label: String
        var label_code: String
        var label_parameters: WordedParametersJSON?
        var status: String
        var pass: Bool
        var detail: String
        var shortfall: String?
        var shortfall_en: String?
        var shortfall_code: String?
        var shortfall_parameters: WordedParametersJSON?
        var sources: [String]
        var alternatives: [Alternative]?
        /// The typed finding the detail is worded from (`external_review_panel`), with its parameters.
        var finding: String
        var finding_parameters: WordedParametersJSON?

        static let zh = Wording(labels: TemplateSet.labels(.zhHant), language: .zhHant)
        static let en = Wording(labels: TemplateSet.labels(.en), language: .en)

        init(_ r: Requirement) {
            id = r.id
            label = Self.zh.condition(r)
            label_code = r.condition.code
            label_parameters = WordedParametersJSON(r.condition.parameters)
            status = r.status.rawValue
            pass = r.status != .fail
            detail = Self.zh.detail(r)
            shortfall = Self.zh.shortfall(r)
            shortfall_en = Self.en.shortfall(r)
            shortfall_code = r.status == .fail ? r.shortfall?.code : nil
            shortfall_parameters = r.status == .fail ? r.shortfall.flatMap { WordedParametersJSON($0.parameters) } : nil
            finding = r.finding.code
            finding_parameters = WordedParametersJSON(r.finding.parameters)
            sources = r.sources.map(\.fileAndLine)
            alternatives = r.alternatives.isEmpty ? nil : r.alternatives.map(Alternative.init)
        }
    }
}

extension JSONReport {
    /// One claimed figure beside the computed one, with the typed reason of a difference (`claim_band_differs`…).
    struct ClaimJSON: Encodable {
        var part: String
        /// The paper's title or the item's label (with its semester) in the language asked for; absent for a total.
        var subject: String?
        var claimed: Double
        var computed: Double
        var differs: Bool
        var reason: String?
        var reason_parameters: [String: JSONParameter]?
        /// The reason in the language asked for.
        var reason_text: String?
        var sources: [String]

        init(_ line: ClaimLine, _ words: Wording) {
            part = line.part.rawValue
            subject = line.subject.map(words.subject)
            claimed = number(line.claimed)
            computed = number(line.computed)
            differs = line.differs
            reason = line.reason?.code
            reason_parameters = line.reason.flatMap(JSONParameter.of)
            reason_text = line.reason.map(words.claim)
            sources = line.sources.map(\.fileAndLine)
        }
    }

    /// A typed value: its code, parameters and text.
    struct CodedJSON: Encodable {
        var code: String
        var parameters: [String: JSONParameter]?
        var text: String

        init(_ value: some Worded, text: String) {
            code = value.code
            parameters = JSONParameter.of(value)
            self.text = text
        }
    }

    struct ClaimsJSON: Encodable {
        var totals: [ClaimJSON]
        var papers: [ClaimJSON]
        var items: [ClaimJSON]
        /// Claimed and computed sums of the claimed papers and items.
        var sums: [String: Double]

        init(_ c: ClaimComparison, _ words: Wording) {
            totals = c.totals.map { ClaimJSON($0, words) }
            papers = c.papers.map { ClaimJSON($0, words) }
            items = c.items.map { ClaimJSON($0, words) }
            sums = ["papers_claimed": number(c.papersClaimed), "papers_computed": number(c.papersComputed),
                    "items_claimed": number(c.itemsClaimed), "items_computed": number(c.itemsComputed)]
        }
    }

    struct CorrectionJSON: Encodable {
        var record: String
        /// `percentile`, `author_position`, `disallowed` or `granted`.
        var change: String
        var value: String?
        /// The change in the language asked for.
        var change_text: String
        var reason: String
        var meeting: String
        var date: String
        var source: String
    }

    struct VerifiedJSON: Encodable {
        var verdict: String
        var totals: [String: Double]
        var requirements: [String: String]
        var corrections: [CorrectionJSON]

        init(_ v: Assessment, review: Review?, _ words: Wording) {
            verdict = v.passes ? "pass" : "fail"
            totals = ["teaching": number(v.teaching.total.value), "service": number(v.service.total.value), "research": number(v.research.total.value)]
            requirements = Dictionary(v.requirements.map { ($0.id, $0.status.rawValue) }, uniquingKeysWith: { a, _ in a })
            corrections = (review?.corrections ?? []).map {
                CorrectionJSON(record: $0.record.description, change: $0.change.code, value: $0.change.value,
                               change_text: words.change($0.change), reason: $0.reason,
                               meeting: $0.meeting, date: $0.date.rocString, source: $0.location.fileAndLine)
            }
        }
    }
}

extension JSONReport {
    /// One level's vote: attendance, votes, the votes the rule needs, the decision recorded and the rule's.
    struct LevelJSON: Encodable {
        var level: String
        var committee: String
        var meeting: String
        var date: String
        var members: Int?
        var present: Int
        var agree: Int
        var disagree: Int
        var invalid: Int
        var needed: Int
        /// `pass` or `fail` as recorded; `rule_decision` is what the vote rule gives (they agree once checked).
        var decision: String
        var rule_decision: String
        var source: String

        init(_ r: VoteResult) {
            level = r.meeting.level
            committee = r.meeting.committee
            meeting = r.meeting.meeting
            date = r.meeting.date.rocString
            members = r.meeting.members
            present = r.meeting.present
            agree = r.record.agree
            disagree = r.record.disagree
            invalid = r.record.invalid
            needed = r.needed
            decision = r.record.decision.rawValue
            rule_decision = r.passes ? "pass" : "fail"
            source = r.record.location.fileAndLine
        }
    }
}
