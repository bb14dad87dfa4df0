import Foundation

/// The open-data files of a tree, under `data/`: the whole plan and each indicator, as JSON
/// (described by docs/open-data.schema.json, published beside them as `plan.schema.json`) and as
/// CSV (UTF-8 with a byte-order mark and CRLF line ends, so Excel opens it as written).
struct OpenDataFiles {
    static let folder = "data"
    static let schemaName = "open-data.schema.json"
    static let publishedSchema = "plan.schema.json"

    /// A data file a page links to, and the label key of its link text.
    struct Link {
        var file: String
        var labelKey: String
    }

    static func indicatorBase(_ number: Int) -> String { "indicator-\(number < 10 ? "0" : "")\(number)" }

    /// The links every page shows: the whole plan and the schema.
    static let planLinks = [Link(file: "plan.csv", labelKey: "data-plan-csv"), Link(file: "plan.json", labelKey: "data-plan-json"),
                            Link(file: publishedSchema, labelKey: "data-schema")]

    /// An indicator page's own files.
    static func indicatorLinks(_ number: Int) -> [Link] {
        [Link(file: indicatorBase(number) + ".csv", labelKey: "data-indicator-csv"),
         Link(file: indicatorBase(number) + ".json", labelKey: "data-indicator-json")]
    }

    let builder: OpenDataBuilder
    let indicatorNumbers: [Int]

    func specs() -> [PageSpec] {
        var specs = file("plan", record: { builder.planRecord() })
        for number in indicatorNumbers {
            specs += file(Self.indicatorBase(number), record: { builder.planRecord(only: number) })
        }
        if let schema = Self.bundledSchema {
            specs.append(PageSpec(path: "\(Self.folder)/\(Self.publishedSchema)", sources: [], render: { _ in schema }))
        }
        return specs
    }

    private func file(_ base: String, record: @escaping () -> OpenDataPlan) -> [PageSpec] {
        [PageSpec(path: "\(Self.folder)/\(base).json", sources: [], render: { _ in Self.json(record()) }),
         PageSpec(path: "\(Self.folder)/\(base).csv", sources: [], render: { _ in Data(OpenDataCSV.text(record()).utf8) })]
    }

    static func json(_ record: OpenDataPlan) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(record) else { return nil }
        data.append(0x0A)
        return data
    }

    /// docs/open-data.schema.json as bundled with Folio.
    static let bundledSchema: Data? = BundledDefaults.docsFolder
        .flatMap { try? Data(contentsOf: $0.appendingPathComponent(schemaName)) }
}

/// The plan as one CSV table: a row per measure and plan year, every field a column.
enum OpenDataCSV {
    static let columns = [
        "indicator", "indicator_name", "measure_id", "measure_name", "unit", "direction", "custom", "decimals",
        "responsible_unit", "baseline_year", "baseline", "baseline_state", "year", "target", "actual",
        "rate_percent", "state", "actual_source", "rule", "rows_counted", "rows_excluded",
        "indicator_name_en", "measure_name_en", "unit_en", "responsible_unit_en",
    ]

    static func text(_ record: OpenDataPlan) -> String {
        var lines = [columns.joined(separator: ",")]
        for indicator in record.indicators {
            for measure in indicator.measures {
                let number = { (value: Double?) in value.map { figure($0, decimals: measure.decimals) } ?? "" }
                for year in measure.years {
                    let fields: [String] = [
                        "\(indicator.number)", text(indicator.name), measure.id, text(measure.name), text(measure.unit),
                        measure.direction, measure.custom ? "true" : "false", measure.decimals.map(String.init) ?? "",
                        text(measure.responsibleUnit ?? ""), "\(measure.baselineYear)", number(measure.baseline),
                        measure.baselineState, "\(year.year)", number(year.target), number(year.actual),
                        year.ratePercent.map { FixedDecimals.text($0, decimals: 1) } ?? "", year.state, year.actualSource,
                        text(year.rule ?? ""), year.rowsCounted.map(String.init) ?? "", year.rowsExcluded.map(String.init) ?? "",
                        text(indicator.nameEn), text(measure.nameEn), text(measure.unitEn), text(measure.responsibleUnitEn ?? ""),
                    ]
                    lines.append(fields.map(quote).joined(separator: ","))
                }
            }
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A figure as a spreadsheet reads it: the rule's decimals when it states them (23.40), else
    /// at most two with trailing zeros dropped (1520, 39.8); no thousands separators.
    static func figure(_ value: Double, decimals: Int?) -> String {
        if let decimals { return FixedDecimals.text(value, decimals: decimals) }
        var text = FixedDecimals.text(value, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// A text cell that a spreadsheet would read as a formula (=, +, -, @ first) is written with a
    /// leading apostrophe, so opening the file never runs anything.
    static func text(_ value: String) -> String {
        guard let first = value.first, "=+-@".contains(first) else { return value }
        return "'" + value
    }

    /// A field holding a comma, a quote or a line break, quoted (RFC 4180). Looked for as bytes: a
    /// line break written "\r\n" is one Character, equal to neither "\r" nor "\n", and such a
    /// field went unquoted when the test was on Characters.
    static func quote(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
