import FolioPlan

/// The plan's figures as open data: the records behind `data/plan.json`, `data/plan.csv` and
/// each indicator's pair. Only what the public pages already show: figures, states, rules and
/// row counts; never a row of a school-database table. Field names are stable English (see
/// docs/open-data.schema.json); labels for people come from the label files.
struct OpenDataPlan: Encodable {
    var school: School
    var plan: PlanInfo
    /// The label files' words for the fields, in the site's language.
    var labels: [String: String]
    var indicators: [OpenDataIndicator]

    struct School: Encodable {
        var name: String
        var nameEn: String
        var ownership: String
        enum CodingKeys: String, CodingKey { case name, nameEn = "name_en", ownership }
    }

    struct PlanInfo: Encodable {
        var title: String
        var titleEn: String
        var catalog: String
        var phase: String
        var phaseEn: String
        var baselineYear: Int
        var years: [Int]
        enum CodingKeys: String, CodingKey {
            case title, titleEn = "title_en", catalog, phase, phaseEn = "phase_en", baselineYear = "baseline_year", years
        }
    }
}

struct OpenDataIndicator: Encodable {
    var number: Int
    var name: String
    var nameEn: String
    var section: Int
    var sectionName: String
    var measures: [OpenDataMeasure]
    enum CodingKeys: String, CodingKey {
        case number, name, nameEn = "name_en", section, sectionName = "section_name", measures
    }
}

struct OpenDataMeasure: Encodable {
    var id: String
    var name: String
    var nameEn: String
    var unit: String
    /// The unit's English (its plural form), empty where none is given.
    var unitEn: String
    /// "higher" or "lower": which way the measure improves.
    var direction: String
    /// True for a measure the school added (自訂), false for the ministry's.
    var custom: Bool
    /// The decimals the measure's rule rounds to (8-1: 2); nil where the rule states none
    /// (figures as entered or counted, at most two decimals).
    var decimals: Int?
    var responsibleUnit: String?
    var responsibleUnitEn: String?
    var baselineYear: Int
    /// Nil when not given or still 待填 (see `baselineState`).
    var baseline: Double?
    /// "given" or "unfilled" (待填) or "missing".
    var baselineState: String
    var years: [OpenDataYear]
    enum CodingKeys: String, CodingKey {
        case id, name, nameEn = "name_en", unit, unitEn = "unit_en", direction, custom, decimals, responsibleUnit = "responsible_unit"
        case responsibleUnitEn = "responsible_unit_en"
        case baselineYear = "baseline_year", baseline, baselineState = "baseline_state", years
    }
}

struct OpenDataYear: Encodable {
    var year: Int
    var target: Double?
    var actual: Double?
    /// Achievement rate in percent, one decimal (103.5 for 103.5%); nil when not computable.
    var ratePercent: Double?
    /// "met", "not-met", "pending", "none" or "unfilled": the same states the pages show.
    var state: String
    /// "computed" (from the school-database tables), "typed" (entered in the indicator file) or "none".
    var actualSource: String
    /// The counting rule of a computed actual, as the indicator page states it.
    var rule: String?
    /// Rows counted and excluded by a computed actual (counts only).
    var rowsCounted: Int?
    var rowsExcluded: Int?
    enum CodingKeys: String, CodingKey {
        case year, target, actual, ratePercent = "rate_percent", state, actualSource = "actual_source", rule
        case rowsCounted = "rows_counted", rowsExcluded = "rows_excluded"
    }

    // Every key is written, null included, so every record has the same fields.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(target, forKey: .target)
        try container.encode(actual, forKey: .actual)
        try container.encode(ratePercent, forKey: .ratePercent)
        try container.encode(state, forKey: .state)
        try container.encode(actualSource, forKey: .actualSource)
        try container.encode(rule, forKey: .rule)
        try container.encode(rowsCounted, forKey: .rowsCounted)
        try container.encode(rowsExcluded, forKey: .rowsExcluded)
    }
}

extension OpenDataMeasure {
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(nameEn, forKey: .nameEn)
        try container.encode(unit, forKey: .unit)
        try container.encode(unitEn, forKey: .unitEn)
        try container.encode(direction, forKey: .direction)
        try container.encode(custom, forKey: .custom)
        try container.encode(decimals, forKey: .decimals)
        try container.encode(responsibleUnit, forKey: .responsibleUnit)
        try container.encode(responsibleUnitEn, forKey: .responsibleUnitEn)
        try container.encode(baselineYear, forKey: .baselineYear)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(baselineState, forKey: .baselineState)
        try container.encode(years, forKey: .years)
    }
}
