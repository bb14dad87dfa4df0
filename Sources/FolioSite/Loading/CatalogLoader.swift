import FolioCore
import FolioPlan
import Foundation

/// Reads an indicator catalog (a versioned data file) into `Catalog`, and validates it.
public enum CatalogLoader {
    /// The catalogs shipped with Folio, by id (the file name without `.yaml`).
    public static func builtInURL(id: String) -> URL? {
        Bundle.module.url(forResource: id, withExtension: "yaml", subdirectory: "catalog")
    }

    public static var builtInIDs: [String] {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("catalog"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    static let contentFolder = "catalog"

    /// The catalog `id` of a plan: `content/catalog/<id>.yaml` when the content folder has it
    /// (adding a catalog, or replacing the bundled one of that id), else the bundled one. Every
    /// `content/catalog/*.yaml` is validated, used or not, exactly as the bundled ones are.
    ///
    /// `requireEnglish`: every display text needs its `_en` (true while the site's languages include English).
    static func load(id: String, content: ContentFiles, sink: DiagnosticSink, referencedAt location: SourceLocation,
                     requireEnglish: Bool = true) -> Catalog? {
        var chosen: Catalog?
        var found = false
        for path in content.list(contentFolder, extension: "yaml", sink: sink) {
            let file = content.display(path)
            let name = String((path as NSString).lastPathComponent.dropLast(".yaml".count))
            guard let text = content.read(path, sink: sink, missing: ""),
                  let catalog = load(text, file: file, sink: sink, fileID: name, requireEnglish: requireEnglish) else {
                if name == id { found = true }
                continue
            }
            if name == id { chosen = catalog; found = true }
        }
        if found { return chosen }
        return loadBuiltIn(id: id, sink: sink, referencedAt: location, requireEnglish: requireEnglish)
    }

    /// Loads a shipped catalog; `displayPath` is how diagnostics name the file.
    public static func loadBuiltIn(id: String, sink: DiagnosticSink, referencedAt location: SourceLocation,
                                   requireEnglish: Bool = true) -> Catalog? {
        guard let url = builtInURL(id: id) else {
            let known = builtInIDs.map { "'\($0)'" }.joined(separator: ", ")
            sink.error(location, "there is no indicator catalog '\(id)'; the catalogs Folio knows are \(known), or add content/catalog/\(id).yaml ('folio rules export DIR' writes the bundled ones to start from)")
            return nil
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            sink.error(location, "cannot read the catalog \(url.path)")
            return nil
        }
        return load(text, file: "catalog/\(id).yaml", sink: sink, requireEnglish: requireEnglish)
    }

    /// `fileID`: for a content catalog, its file name, which its id must be (a plan names a
    /// catalog by its file).
    public static func load(_ text: String, file: String, sink: DiagnosticSink, fileID: String? = nil,
                            requireEnglish: Bool = true) -> Catalog? {
        guard let root = YAMLValue.parse(text, file: file, sink: sink)?.mapping() else { return nil }
        let errorsBefore = sink.diagnostics.count
        let header = root.required("catalog", "the catalog's id, title, phase and years")?.mapping()
        let idValue = header?.required("id", "the catalog id")
        let id = idValue?.nonEmptyString()
        if let fileID, let id, let idValue, id != fileID {
            sink.error(idValue.location, "the catalog's id '\(id)' differs from its file name \(fileID).yaml: a plan names a catalog by its file, so rename the file \(id).yaml or change the id")
        }
        let title = header?.required("title", "the catalog title")?.nonEmptyString()
        let titleEn = header?.required("title_en", "the English title")?.nonEmptyString()
        let phase = header?.required("phase", "the plan phase, e.g. 第二期")?.nonEmptyString()
        let phaseEnglish = header?.english(of: "phase", required: requireEnglish)
        let firstYear = header?.required("first_year", "the phase's first ROC year")?.int()
        let lastYear = header?.required("last_year", "the phase's last ROC year")?.int()
        header?.rejectUnknownKeys()

        let sections = (root.required("sections", "the list of sections")?.list() ?? []).compactMap(section)
        let indicators = (root.required("indicators", "the list of indicators")?.list() ?? []).compactMap {
            indicator($0, requireEnglish: requireEnglish)
        }
        root.rejectUnknownKeys()

        guard sink.diagnostics.count == errorsBefore, let id, let title, let titleEn, let phase,
              let firstYear, let lastYear else { return nil }
        let catalog = Catalog(id: id, title: title, titleEn: titleEn, phase: phase, phaseEnglish: phaseEnglish, firstYear: firstYear,
                              lastYear: lastYear, sections: sections, indicators: indicators)
        sink.append(contentsOf: catalog.validate())
        return catalog
    }

    private static func section(_ value: YAMLValue) -> CatalogSection? {
        guard let map = value.mapping() else { return nil }
        let id = map.required("id", "the section number")?.int()
        let name = map.required("name", "the section name")?.nonEmptyString()
        let nameEn = map.required("name_en", "the English name")?.nonEmptyString()
        map.rejectUnknownKeys()
        guard let id, let name, let nameEn else { return nil }
        return CatalogSection(id: id, name: name, nameEn: nameEn)
    }

    private static func indicator(_ value: YAMLValue, requireEnglish: Bool) -> Indicator? {
        guard let map = value.mapping() else { return nil }
        let number = map.required("number", "the indicator number")?.int()
        let section = map.required("section", "the section number")?.int()
        let name = map.required("name", "the indicator name")?.nonEmptyString()
        let nameEn = map.required("name_en", "the English name")?.nonEmptyString()
        let nationalOnly = map.optional("national_only")?.bool() ?? false
        let customAllowed = map.optional("custom_measures_allowed")?.bool() ?? true
        let goal = paragraphs(map.required("policy_goal", "the policy goal paragraphs"))
        let strategies = paragraphs(map.required("strategies", "the recommended strategies"))
        let measurement = paragraphs(map.required("measurement", "the measurement explanation"))
        let goalEnglish = map.englishList(of: "policy_goal", goal, required: requireEnglish)
        let strategiesEnglish = map.englishList(of: "strategies", strategies, required: requireEnglish)
        let measurementEnglish = map.englishList(of: "measurement", measurement, required: requireEnglish)
        let measures = (map.required("measures", "the ministry measures")?.list() ?? []).compactMap {
            measure($0, requireEnglish: requireEnglish)
        }
        map.rejectUnknownKeys()
        guard let number, let section, let name, let nameEn else { return nil }
        return Indicator(number: number, section: section, name: name, nameEn: nameEn, nationalOnly: nationalOnly,
                         customMeasuresAllowed: customAllowed, policyGoal: goal, strategies: strategies,
                         measurement: measurement, policyGoalEnglish: goalEnglish, strategiesEnglish: strategiesEnglish,
                         measurementEnglish: measurementEnglish, measures: measures, location: map.location)
    }

    private static func measure(_ value: YAMLValue, requireEnglish: Bool) -> CatalogMeasure? {
        guard let map = value.mapping() else { return nil }
        let id = map.required("id", "the measure id, e.g. 1-1")?.nonEmptyString()
        let name = map.required("name", "the measure name")?.nonEmptyString()
        let nameEn = map.required("name_en", "the English name")?.nonEmptyString()
        let kind = map.required("kind", "quantitative or qualitative")?
            .oneOf(["quantitative": MeasureKind.quantitative, "qualitative": .qualitative])
        let unit = map.optional("unit")?.nonEmptyString()
        let unitEnglish = map.english(of: "unit", required: requireEnglish)
        if let unitEnglish, EnglishUnit(parsing: unitEnglish) == nil, let written = map.optional("unit_en") {
            written.sink.error(written.location, "'unit_en' must be the English unit's singular and plural, e.g. 'person-time|person-times', or one form such as '%', not '\(unitEnglish)'")
        }
        let direction = map.optional("direction").flatMap(PlanLoader.direction)
        let source = map.required("source", "the data source")?.nonEmptyString()
        let sourceEnglish = map.english(of: "source", required: requireEnglish)
        let sourceTable = map.optional("source_table")?.nonEmptyString()
        let breakdowns = (map.optional("breakdowns")?.list() ?? []).compactMap { item -> Breakdown? in
            item.oneOf(["sex": Breakdown.sex, "cross_domain_type": .crossDomainType,
                        "cefr_level": .cefrLevel, "language_group": .languageGroup])
        }
        let excludes = (map.optional("excludes")?.list() ?? []).compactMap { $0.nonEmptyString() }
        let excludesEnglish = map.englishList(of: "excludes", excludes, required: requireEnglish)
        let note = map.optional("note")?.nonEmptyString()
        let noteEnglish = map.english(of: "note", required: requireEnglish)
        let decimals = map.optional("decimals").flatMap { value -> Int? in
            guard let number = value.int("a number of decimals, 0 to 4") else { return nil }
            guard (0...4).contains(number) else {
                value.sink.error(value.location, "'decimals' must be 0 to 4 (the decimals the measure's rule rounds to), not \(number)")
                return nil
            }
            return number
        }
        map.rejectUnknownKeys()
        guard let id, let name, let nameEn, let kind, let source else { return nil }
        return CatalogMeasure(id: id, name: name, nameEn: nameEn, kind: kind, unit: unit, direction: direction,
                              source: source, sourceTable: sourceTable, breakdowns: breakdowns,
                              excludes: excludes, note: note, decimals: decimals, unitEnglish: unitEnglish,
                              sourceEnglish: sourceEnglish, excludesEnglish: excludesEnglish, noteEnglish: noteEnglish,
                              location: map.location)
    }

    private static func paragraphs(_ value: YAMLValue?) -> [String] {
        (value?.list() ?? []).compactMap { $0.nonEmptyString() }
    }
}
