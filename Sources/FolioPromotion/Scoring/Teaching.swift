import FolioCore
import Foundation

/// One indicator of the teaching form: its lines, raw points A, capped A, weight B, A×B.
public struct IndicatorScore: Sendable, Hashable {
    public var kind: TeachingIndicator
    public var label: LocalizedText
    public var lines: [Figure]
    public var raw: Points
    public var capped: Points
    public var weightPercent: Points
    public var weighted: Figure
}

/// Article 6 §1: Σ A×B over the six indicators.
public struct TeachingScore: Sendable, Hashable {
    public var indicators: [IndicatorScore]
    public var total: Figure

    public init(dossier: Dossier, rulebook: Rulebook, windows: Windows) {
        let rules = rulebook.teaching
        let records = dossier.teaching
        var indicators: [IndicatorScore] = []
        // The full record: a semester's record before its window is listed at 0, with the reason (issue 13).
        let recent = { (semester: Semester) in windows.outsideRecent(semester) }
        let special = { (semester: Semester) in windows.outside(semester, of: windows.specialSemesters) }
        func listed<T>(_ records: [T], _ rule: String, semester: (T) -> Semester, location: (T) -> SourceLocation) -> (inside: [T], lines: SemesterLines) {
            var inside: [T] = [], lines: SemesterLines = []
            for record in records {
                if let reason = recent(semester(record)) {
                    lines.append((semester(record), Figure(0, rules: [rule], sources: [location(record)], .semester(semester(record)), reason: reason)))
                } else {
                    inside.append(record)
                }
            }
            return (inside, lines)
        }
        for indicatorRule in rules.indicators {
            let lines: [Figure]
            switch indicatorRule.kind {
            case .ability: lines = TeachingScore.ability(records.ability, rules.ability)
            case .evaluation:
                let (inside, outside) = listed(records.evaluations, "R-T2", semester: \.semester, location: \.location)
                lines = TeachingScore.merging(outside + TeachingScore.evaluation(inside, rules.evaluation), excluded: windows.recentExcluded)
            case .growth:
                let (inside, outside) = listed(records.growth, "R-T3", semester: \.semester, location: \.location)
                lines = TeachingScore.merging(outside + TeachingScore.growth(inside, rules.growth), excluded: windows.recentExcluded)
                    + TeachingScore.items(records.items, rules.growth.items, plans: [], outside: recent)
            case .special: lines = TeachingScore.items(records.items, rules.special.items, plans: rules.special.plans, outside: special)
            case .admin:
                let (inside, outside) = listed(records.admin, "R-T5", semester: \.semester, location: \.location)
                lines = TeachingScore.merging(outside + TeachingScore.admin(inside, rules.admin), excluded: windows.recentExcluded)
            case .college: lines = TeachingScore.items(records.items, rules.college.items, plans: [], outside: recent)
            }
            indicators.append(TeachingScore.indicator(indicatorRule, lines: lines, floor: rulebook.interpretations.indicatorFloor))
        }
        self.indicators = indicators
        let total = Decimal.sum(indicators.map(\.weighted.value))
        let terms = indicators.map { WeightedTerm(points: $0.capped, weightPercent: $0.weightPercent) }
        self.total = Figure(total, rules: ["R-T1…R-T6"], sources: [], .teachingTotal(terms: terms, total: total))
    }

    static func indicator(_ rule: TeachingIndicatorRule, lines: [Figure], floor: Interpretations.IndicatorFloor) -> IndicatorScore {
        var raw = Decimal.sum(lines.map(\.value))
        var rules = [rule.kind.rule]
        let negative = raw < 0 || lines.contains(where: { $0.value < 0 })
        if floor == .zero && raw < 0 { raw = 0 }
        let capped = min(raw, rule.cap)
        if capped < raw || negative { rules.append("I-6") }
        let weighted = (capped * rule.weightPercent).movingPointLeft(2)   // ÷ 100
        let figure = Figure(weighted, rules: rules, sources: lines.flatMap(\.sources),
                            .indicator(label: rule.name, capped: capped, raw: raw, cap: rule.cap, weightPercent: rule.weightPercent, weighted: weighted))
        return IndicatorScore(kind: rule.kind, label: rule.name, lines: lines, raw: raw, capped: capped,
                              weightPercent: rule.weightPercent, weighted: figure)
    }

    /// R-T1: each dimension of 附表二, items answered yes, up to the dimension's cap.
    static func ability(_ answers: [AbilityAnswer], _ dimensions: [AbilityDimension]) -> [Figure] {
        dimensions.compactMap { dimension in
            guard let answer = answers.first(where: { $0.dimension == dimension.id }) else { return nil }
            let chosen = dimension.items.filter { answer.yes.contains($0.number) }
            let sum = Decimal.sum(chosen.map(\.points))
            let value = min(sum, dimension.cap)
            return Figure(value, rules: ["R-T1"], sources: [answer.location],
                          .ability(label: dimension.name, items: chosen.map(\.number), points: chosen.map(\.points), value: value))
        }
    }

    /// One figure per semester, in semester order.
    typealias SemesterLines = [(semester: Semester, figure: Figure)]

    /// The semester lines with a 0 line for each excluded semester of the window (I-14), which says
    /// why the semester scores nothing; the reason is typed, the site words it.
    static func merging(_ lines: SemesterLines, excluded: [ExcludedSemester]) -> [Figure] {
        let gaps: SemesterLines = excluded.map { exclusion in
            (exclusion.semester, Figure(0, rules: ["I-14"], sources: [exclusion.location], .semester(exclusion.semester),
                                        reason: .semesterExcluded(exclusion.reason)))
        }
        return (lines + gaps).enumerated()
            .sorted { ($0.element.semester, $0.offset) < ($1.element.semester, $1.offset) }
            .map(\.element.figure)
    }

    /// R-T2: each semester's average by the scale of its academic year.
    static func evaluation(_ records: [EvaluationRecord], _ rules: EvaluationRules) -> SemesterLines {
        records.sorted { $0.semester < $1.semester }.map { record in
            guard let scale = rules.scale(for: record.semester.academicYear) else {
                return (record.semester, Figure(0, rules: ["R-T2"], sources: [record.location], .evaluationNoScale(semester: record.semester)))
            }
            let band = scale.band(for: record.average)
            let value = band?.points ?? 0
            let explanation: FigureExplanation = band.map {
                .evaluation(semester: record.semester, average: record.average, scale: scale.name, atLeast: $0.atLeast, value: value)
            } ?? .evaluationBelow(semester: record.semester, average: record.average, scale: scale.name,
                                  lowest: scale.bands.map(\.atLeast).min(), value: value)
            return (record.semester, Figure(value, rules: ["R-T2"], sources: [record.location], explanation))
        }
    }

    /// R-T3: growth activity by multiples of the base (the communities are items).
    static func growth(_ records: [GrowthRecord], _ rules: GrowthRules) -> SemesterLines {
        records.sorted { $0.semester < $1.semester }.map { record in
            let value: Points
            let words: FigureExplanation
            var reason: FigureReason?
            let (semester, points, base) = (record.semester, record.points, record.base)
            if record.points <= 0 {
                value = rules.none
                words = .growthBelowBase(semester: semester, points: points, base: base, value: value)
                reason = .growthNoParticipation
            } else if record.points < record.base {
                value = rules.belowBase
                words = .growthBelowBase(semester: semester, points: points, base: base, value: value)
                reason = .growthBelowBase
            } else {
                let ratio = record.points / record.base   // divided once, not once per band (issue 15)
                let multiple = ratio.rounded(2)
                let band = rules.multiples.filter { ratio >= $0.atLeast }.max { $0.atLeast < $1.atLeast }
                value = band?.points ?? 0
                words = band.map { .growthMultiple(semester: semester, points: points, base: base, multiple: multiple, atLeast: $0.atLeast, value: value) }
                    ?? .growthNoBand(semester: semester, points: points, base: base, multiple: multiple)
            }
            return (record.semester, Figure(value, rules: ["R-T3"], sources: [record.location], words, reason: reason))
        }
    }

    /// R-T5: per semester, each punctuality line.
    static func admin(_ records: [AdminRecord], _ rules: AdminRules) -> SemesterLines {
        records.sorted { $0.semester < $1.semester }.map { record in
            func part(_ timeliness: AdminRecord.Timeliness, onTime: Points, late: Points) -> Points {
                timeliness == .late ? late : onTime
            }
            let syllabus = part(record.syllabus, onTime: rules.syllabusOnTime, late: rules.syllabusLate)
            let grades = part(record.grades, onTime: rules.gradesOnTime, late: rules.gradesLate)
            let correction = record.gradeCorrection ? rules.gradeCorrection : 0
            let value = syllabus + grades + correction
            return (record.semester, Figure(value, rules: ["R-T5"], sources: [record.location],
                                            .admin(semester: record.semester, syllabus: record.syllabus, syllabusPoints: syllabus,
                                                   grades: record.grades, gradesPoints: grades,
                                                   correction: record.gradeCorrection ? correction : nil, value: value)))
        }
    }

    /// R-T3 communities, R-T4, R-T6: records of the given items, with per-semester caps.
    static func items(_ records: [ItemRecord], _ rules: [ItemRule], plans: [NamedEntry],
                      outside: (Semester) -> FigureReason? = { _ in nil }) -> [Figure] {
        var scored: [(record: ItemRecord, rule: ItemRule, period: ItemPeriod)] = []
        var refused: [Figure] = []
        for record in records {
            guard let rule = rules.first(where: { $0.id == record.item }) else { continue }
            if let semester = record.semester, let reason = outside(semester) {
                refused.append(Figure(0, rules: [rule.rule], sources: [record.location], .itemListed(label: rule.name, semester: semester), reason: reason))
                continue
            }
            if rule.requiresPlan, let plan = record.plan, !plans.contains(where: { $0.id == plan }) {
                refused.append(Figure(0, rules: [rule.rule], sources: [record.location], .planNotListed(label: rule.name, plan: plan)))
                continue
            }
            scored.append((record, rule, record.semester.map(ItemPeriod.semester) ?? .whole))
        }
        scored.sort { ($0.record.semester?.description ?? "", $0.record.location) < ($1.record.semester?.description ?? "", $1.record.location) }
        return ItemScoring.figures(for: scored) + refused
    }
}
