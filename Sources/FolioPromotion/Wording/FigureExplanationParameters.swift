import FolioCore
import Foundation

extension FigureExplanation: Worded {
    /// A stable id for programs and label keys (`figure-<code>`).
    public var code: String {
        switch self {
        case .item(_, let semester, _, _, _): semester == nil ? "item" : "item_in_semester"
        case .itemCapExceeded: "item_cap_exceeded"
        case .itemListed: "item_listed"
        case .planNotListed: "plan_not_listed"
        case .teachingTotal: "teaching_total"
        case .indicator(_, let capped, let raw, _, _, _): capped < raw ? "indicator_capped" : "indicator"
        case .ability(_, let items, _, _): items.isEmpty ? "ability_none" : "ability"
        case .semester: "semester"
        case .evaluationNoScale: "evaluation_no_scale"
        case .evaluation: "evaluation"
        case .evaluationBelow: "evaluation_below"
        case .growthBelowBase: "growth_below_base"
        case .growthMultiple: "growth_multiple"
        case .growthNoBand: "growth_no_band"
        case .admin: "admin"
        case .serviceYearListed: "service_year_listed"
        case .serviceTotal: "service_total"
        case .paper: "paper"
        case .paperNotScored: "paper_not_scored"
        case .papersTotal: "papers_total"
        case .recordListed: "record_listed"
        case .researchTotal: "research_total"
        case .studentGrants: "student_grants"
        case .patentNotAtPreviousRank: "patent_not_at_previous_rank"
        case .patent: "patent"
        case .transfersBelowBands: "transfers_below_bands"
        case .transfers: "transfers"
        case .industryBelowBands: "industry_below_bands"
        case .industry: "industry"
        case .grantListed: "grant_listed"
        case .grantCounted: "grant_counted"
        case .grantRefused: "grant_refused"
        case .grantStandIn: "grant_stand_in"
        case .grantStandInUnused: "grant_stand_in_unused"
        case .windows: "windows"
        case .pregnancyExtension: "pregnancy_extension"
        case .paperConditionsCategory: "paper_conditions_category"
        case .standInLeftOut: "stand_in_left_out"
        case .thesisBeforeWindow(_, _, let bound): bound ? "thesis_before_window_bound" : "thesis_before_window_counts"
        }
    }

    public var parameters: [String: WordingValue] {
        switch self {
        case .item(let label, let semester, let arithmetic, let share, let value):
            var result: [String: WordingValue] = ["label": .named(label), "arithmetic": .worded(arithmetic, prefix: "figure-arithmetic"),
                                                  "share": .optionalPart("figure-item-share", share.map { ["share": .figurePoints($0)] }), "value": .figurePoints(value)]
            if let semester { result["semester"] = .figureSemester(semester) }
            return result
        case .itemCapExceeded(let label, let period, let sum, let cap, let deducted):
            let inPeriod: WordingValue = switch period {
            case .semester(let semester): .worded(key: "figure-cap-period", parameters: ["period": .figureSemester(semester)])
            case .academicYear(let year): .worded(key: "figure-cap-period", parameters: ["period": .academicYear(year)])
            case .whole: .list([])
            }
            return ["label": .named(label), "period": inPeriod, "sum": .figurePoints(sum), "cap": .figurePoints(cap), "deducted": .figurePoints(deducted)]
        case .itemListed(let label, let semester):
            return ["label": .named(label), "semester": .figureSemester(semester)]
        case .planNotListed(let label, let plan):
            return ["label": .named(label), "plan": .text(plan)]
        case .teachingTotal(let terms, let total):
            // Arithmetic in language-neutral notation: 20×30% + 18×20%.
            let formula = terms.map { "\($0.points.pointsText)×\($0.weightPercent.pointsText)%" }.joined(separator: " + ")
            return ["terms": .number(formula), "total": .figurePoints(total)]
        case .indicator(let label, let capped, let raw, let cap, let weight, let weighted):
            return ["label": .named(label), "capped": .figurePoints(capped), "raw": .figurePoints(raw), "cap": .figurePoints(cap),
                    "weight": .figurePoints(weight), "weighted": .figurePoints(weighted)]
        case .ability(let label, let items, let points, let value):
            return ["label": .named(label), "items": .list(items.map { .count($0) }),
                    "sum": .number(points.isEmpty ? "0" : points.map(\.pointsText).joined(separator: "+")), "value": .figurePoints(value)]
        case .semester(let semester), .evaluationNoScale(let semester):
            return ["semester": .figureSemester(semester)]
        case .evaluation(let semester, let average, let scale, let atLeast, let value):
            return ["semester": .figureSemester(semester), "average": .figurePoints(average), "scale": .named(scale),
                    "at_least": .figurePoints(atLeast), "value": .figurePoints(value)]
        case .evaluationBelow(let semester, let average, let scale, let lowest, let value):
            return ["semester": .figureSemester(semester), "average": .figurePoints(average), "scale": .named(scale),
                    "lowest": lowest.map(WordingValue.figurePoints) ?? .number("-"), "value": .figurePoints(value)]
        case .growthBelowBase(let semester, let points, let base, let value):
            return ["semester": .figureSemester(semester), "points": .figurePoints(points), "base": .figurePoints(base), "value": .figurePoints(value)]
        case .growthMultiple(let semester, let points, let base, let multiple, let atLeast, let value):
            return ["semester": .figureSemester(semester), "points": .figurePoints(points), "base": .figurePoints(base),
                    "multiple": .figurePoints(multiple), "at_least": .figurePoints(atLeast), "value": .figurePoints(value)]
        case .growthNoBand(let semester, let points, let base, let multiple):
            return ["semester": .figureSemester(semester), "points": .figurePoints(points), "base": .figurePoints(base), "multiple": .figurePoints(multiple)]
        case .admin(let semester, let syllabus, let syllabusPoints, let grades, let gradesPoints, let correction, let value):
            return ["semester": .figureSemester(semester),
                    "syllabus": .term("figure-timeliness-\(syllabus.rawValue)"), "syllabus_points": .figurePoints(syllabusPoints),
                    "grades": .term("figure-timeliness-\(grades.rawValue)"), "grades_points": .figurePoints(gradesPoints),
                    "correction": .optionalPart("figure-admin-correction", correction.map { ["points": .figurePoints($0)] }), "value": .figurePoints(value)]
        case .serviceYearListed(let year, let items):
            return ["year": .academicYear(year), "items": .count(items)]
        case .serviceTotal(let years, let total):
            let formula = years.isEmpty ? "0" : years.map { "\($0.academicYear): \($0.subtotal.pointsText)" }.joined(separator: " + ")
            return ["years": .number(formula), "total": .figurePoints(total)]
        case .paper(let base, let type, let multiplier, let contribution, let value):
            return ["base": .worded(base, prefix: "figure-base"), "type": .term("figure-paper-type-\(type.rawValue)"),
                    "multiplier": .figurePoints(multiplier),
                    "contribution": contribution.map { .worded($0, prefix: "figure-contribution") } ?? .list([]), "value": .figurePoints(value)]
        case .paperNotScored(let exclusion):
            return ["reason": .worded(exclusion, prefix: "figure-exclusion")]
        case .papersTotal(let count, let points):
            return ["count": .count(count), "points": .figurePoints(points)]
        case .recordListed(let kind, let title, let date):
            return ["record": .term("figure-record-\(kind.rawValue)"), "title": .text(title), "date": .date(date)]
        case .researchTotal(let papers, let studentGrants, let patents, let transfers, let industry, let total):
            return ["papers": .figurePoints(papers), "student_grants": .figurePoints(studentGrants), "patents": .figurePoints(patents),
                    "transfers": .figurePoints(transfers), "industry": .figurePoints(industry), "total": .figurePoints(total)]
        case .studentGrants(let year, let count, let points, let cap, let value):
            return ["year": .academicYear(year), "count": .count(count), "points": .figurePoints(points),
                    "cap": .optionalPart("figure-student-grants-cap", cap.map { ["cap": .figurePoints($0)] }), "value": .figurePoints(value)]
        case .patentNotAtPreviousRank(let title), .standInLeftOut(let title):
            return ["title": .text(title)]
        case .patent(let title, let country, let countryPoints, let share, let value):
            return ["title": .text(title), "country": .text(country), "country_points": .figurePoints(countryPoints),
                    "share": .figurePoints(share), "value": .figurePoints(value)]
        case .transfersBelowBands(let amount):
            return ["amount": .figureAmount(amount)]
        case .transfers(let amount, let bandPoints, let share, let value):
            return ["amount": .figureAmount(amount), "band_points": .figurePoints(bandPoints), "share": .figurePoints(share.rounded(4)),
                    "value": .figurePoints(value)]
        case .industryBelowBands(let amount, let standIn):
            return ["amount": .figureAmount(amount), "stand_in": .optionalPart("figure-industry-stand-in", standIn.map { ["title": .text($0)] })]
        case .industry(let amount, let award, let standIn):
            return ["amount": .figureAmount(amount), "award": .worded(award, prefix: "figure-industry-award"),
                    "stand_in": .optionalPart("figure-industry-stand-in", standIn.map { ["title": .text($0)] })]
        case .grantListed(let title, let agency, let start, let end, let problems):
            return ["title": .text(title), "agency": .text(agency), "start": .date(start), "end": .date(end),
                    "problems": .optionalPart("figure-grant-problems", problems.isEmpty ? nil : ["problems": Self.problems(problems)])]
        case .grantCounted(let title, let agency, let start, let end, let years):
            return ["title": .text(title), "agency": .text(agency), "start": .date(start), "end": .date(end), "years": .count(years)]
        case .grantRefused(let title, let problems):
            return ["title": .text(title), "problems": Self.problems(problems)]
        case .grantStandIn(let title, let amount, let cost):
            return ["title": .text(title), "amount": .figureAmount(amount), "cost": .figurePoints(cost)]
        case .grantStandInUnused(let title, let amount):
            return ["title": .text(title), "amount": .figureAmount(amount)]
        case .windows(let date, let semesters, let first, let last, let serviceFirst, let serviceLast, let main, let reference):
            let span: WordingValue = if let first, let last {
                .worded(key: "figure-semester-span", parameters: ["first": .figureSemester(first), "last": .figureSemester(last)])
            } else {
                .number("—")
            }
            return ["application_date": .date(date), "semesters": .count(semesters), "semester_span": span,
                    "service_first": .number(String(serviceFirst)), "service_last": .number(String(serviceLast)),
                    "main_from": .date(main.start), "main_to": .date(main.end),
                    "reference_from": .date(reference.start), "reference_to": .date(reference.end)]
        case .pregnancyExtension(let dates, let years, let main, let reference):
            func window(_ extended: Bool) -> WordingValue {
                .worded(key: extended ? "figure-window-extended" : "figure-window-unchanged", parameters: extended ? ["years": .count(years)] : [:])
            }
            return ["dates": .list(dates.map { .date($0) }), "years": .count(years), "main": window(main), "reference": window(reference)]
        case .paperConditionsCategory(let category, let scoredAs):
            return ["category": .term("category-\(category.rawValue)"), "scored_as": .term("category-\(scoredAs.rawValue)")]
        case .thesisBeforeWindow(let date, let window, _):
            return ["date": .date(date), "from": .date(window.start), "to": .date(window.end)]
        }
    }

    private static func problems(_ problems: [GrantProblem]) -> WordingValue {
        .list(problems.map { .term("figure-grant-problem-\($0.rawValue)") })
    }
}
