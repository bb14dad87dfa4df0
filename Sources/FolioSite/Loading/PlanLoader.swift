import FolioCore
import FolioPlan
import Foundation

/// Everything the planning document is built from: the plan, its catalog and its narratives.
public struct PlanContent: Sendable {
    public var plan: Plan
    public var catalog: Catalog
    /// Narrative Markdown by its path relative to the content folder.
    public var narratives: [String: String]
    /// Actuals computed from the school-database tables (content/tables.yaml), every plan year's.
    public var figures: [ComputedFigure] = []
    /// Where `site/public/` is published (`plan.base_url`), ending in "/": the sitemap and
    /// Open Graph URLs need it. Nil when not given.
    public var baseURL: String?
    /// The languages `school.yaml` asks for (`languages:`; both when not given), and where it says so.
    public var languages: Set<SiteLanguage> = Set(SiteLanguage.allCases)
    public var languagesLocation: SourceLocation?
    /// The school's English for its own texts; what is missing shows in Chinese, marked.
    public var english = SchoolEnglish()

    /// The computed actual of a measure for a plan year, if the tables give one.
    public func figure(_ measureID: String, year: Int) -> ComputedFigure? {
        figures.first { $0.measureID == measureID && $0.year == year }
    }
}

/// Reads `school.yaml` and `indicators/*.yaml` of a content folder.
public enum PlanLoader {
    public static let schoolFile = "school.yaml"
    public static let indicatorsFolder = "indicators"
    public static let narrativesFolder = "narratives"

    /// Loads and checks the plan; every problem goes to the sink. Nil when the plan cannot be built.
    public static func load(contentFolder: URL, displayRoot: String, sink: DiagnosticSink) -> PlanContent? {
        let files = ContentFiles(root: contentFolder, displayRoot: displayRoot)
        // A broken school.yaml stops nothing else: the indicator files are still read and checked.
        let root = files.read(schoolFile, sink: sink, missing: "the content folder has no \(schoolFile): create it with the 'school' and 'plan' mappings (see the README)")
            .flatMap { YAMLValue.parse($0, file: files.display(schoolFile), sink: sink)?.mapping() }

        let schoolMap = root?.required("school", "the school's name, name_en and ownership")?.mapping()
        let school = schoolMap.flatMap(self.school)
        let planMap = root?.required("plan", "the plan's catalog, title, baseline_year and years")?.mapping()
        let languagesValue = root?.optional("languages")
        let languages = languagesValue.flatMap(self.languages)
        let unitNames = root?.optional("responsible_units_en").map(self.unitNames) ?? [:]
        root?.rejectUnknownKeys()

        let catalogRef = planMap?.required("catalog", "the indicator catalog id, e.g. moe-tvc-phase2")
        let title = planMap?.required("title", "the plan's title")?.nonEmptyString()
        let titleEn = planMap?.optional("title_en")?.nonEmptyString()
        let baseURL = planMap?.optional("base_url").flatMap { BaseURL.parse($0, sink: sink) }
        let baselineYear = planMap?.required("baseline_year", "the ROC year of the baselines, e.g. 113")?.int()
        let yearsValue = planMap?.required("years", "the plan years, e.g. [114, 115, 116]")
        let years = (yearsValue?.list() ?? []).compactMap { $0.int("an ROC year") }
        let dataAsOf = planMap?.optional("data_as_of")?.date()
        planMap?.rejectUnknownKeys()

        let catalog = catalogRef.flatMap { ref in
            ref.nonEmptyString().flatMap {
                CatalogLoader.load(id: $0, content: files, sink: sink, referencedAt: ref.location,
                                   requireEnglish: (languages ?? Set(SiteLanguage.allCases)).contains(.en))
            }
        }
        if let catalog, let yearsValue {
            checkYears(years, baselineYear: baselineYear, catalog: catalog, at: yearsValue, sink: sink)
        }

        let indicatorPaths = files.list(indicatorsFolder, extension: "yaml", sink: sink)
        var unread: Set<Int> = []
        var english = SchoolEnglish()
        english.unitNames = unitNames
        let indicators = indicatorPaths.compactMap { path -> IndicatorPlan? in
            let read = files.read(path, sink: sink, missing: "")
                .flatMap { YAMLValue.parse($0, file: files.display(path), sink: sink)?.mapping() }
                .flatMap { indicator($0, english: &english) }
            if read == nil, let number = Int(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent) { unread.insert(number) }
            return read
        }

        // A missing title is only the plan's name: the rules and narratives are still checked.
        guard let root, let school, let catalog, let baselineYear, !years.isEmpty else { return nil }
        var plan = Plan(school: school, catalogID: catalog.id, title: title ?? "", titleEn: titleEn ?? title ?? "",
                        baselineYear: baselineYear, years: years, indicators: indicators, location: root.location)
        plan.unreadIndicators = unread
        plan.dataAsOf = dataAsOf
        sink.append(contentsOf: PlanRules.check(plan, against: catalog))

        var narratives: [String: String] = [:]
        var englishNarratives: [String: String] = [:]
        for indicatorPlan in plan.indicators {
            for measure in indicatorPlan.measures {
                guard let ref = measure.narrative else { continue }
                switch files.text(ref.value, within: narrativesFolder) {
                case .success(let text):
                    // Shown as written: a narrative holding a control character is reported, and not used.
                    if !ForbiddenCharacters.rejects(text, file: files.display(ref.value), sink: sink) { narratives[ref.value] = text }
                    if let english = englishNarrative(of: ref, files: files, sink: sink) { englishNarratives[ref.value] = english }
                    if Placeholder.isStub(text) {
                        sink.append(contentsOf: [.placeholder(.file(files.display(ref.value)),
                            "the narrative of \(measure.id) is still \(Placeholder.text): replace it with the school's account of this measure (folio check --strict rejects placeholders)")])
                    }
                case .failure(.missing):
                    sink.error(ref.location, "the narrative file \(files.display(ref.value)) does not exist: create it, or correct the path (it is relative to the content folder)")
                case .failure(let problem) where problem.isEncoding:
                    sink.error(files.location(of: problem, ref.value), files.explain(problem, ref.value, what: "the narrative"))
                case .failure(let problem):
                    sink.error(ref.location, files.explain(problem, ref.value, what: "the narrative", reason: "narratives are published"))
                }
            }
        }
        checkStrayVariants(files: files, sink: sink)
        guard title != nil else { return nil }
        var content = PlanContent(plan: plan, catalog: catalog, narratives: narratives, baseURL: baseURL)
        if let languages {
            content.languages = languages
            content.languagesLocation = languagesValue?.location
        }
        english.narratives = englishNarratives
        content.english = english
        return content
    }

    /// `languages: [zh-Hant, en]`: the languages the site is written in. zh-Hant, the plan's own
    /// language, is always among them; `[zh-Hant]` turns English off.
    private static func languages(_ value: YAMLValue) -> Set<SiteLanguage>? {
        guard let items = value.list() else { return nil }
        var found: Set<SiteLanguage> = []
        for item in items {
            guard let language = item.oneOf(["zh-Hant": SiteLanguage.zhHant, "en": .en]) else { return nil }
            found.insert(language)
        }
        guard found.contains(.zhHant) else {
            value.sink.error(value.location, "'languages' must list zh-Hant, the plan's own language: write [zh-Hant, en] for both, or [zh-Hant] for Chinese only")
            return nil
        }
        return found
    }

    /// `responsible_units_en: {教務處: Office of Academic Affairs}`: the English of the school's unit
    /// names, once for every measure a unit is responsible for (a measure's `responsible_unit_en`
    /// overrides it).
    private static func unitNames(_ value: YAMLValue) -> [String: String] {
        guard let map = value.mapping() else { return [:] }
        var names: [String: String] = [:]
        for entry in map.entries {
            if let english = entry.value.nonEmptyString() { names[entry.key] = english }
        }
        return names
    }

    /// The narrative's English variant (`1-3.en.md` beside `1-3.md`), if the school wrote one.
    private static func englishNarrative(of ref: Located<String>, files: ContentFiles, sink: DiagnosticSink) -> String? {
        guard ref.value.hasSuffix(".md"), !SchoolEnglish.isVariant(ref.value) else { return nil }
        let path = SchoolEnglish.variantPath(of: ref.value)
        switch files.text(path, within: narrativesFolder) {
        case .success(let text):
            if ForbiddenCharacters.rejects(text, file: files.display(path), sink: sink) { return nil }
            return text
        case .failure(.missing):
            return nil
        case .failure(let problem) where problem.isEncoding:
            sink.error(files.location(of: problem, path), files.explain(problem, path, what: "the English narrative"))
        case .failure(let problem):
            sink.error(.file(files.display(path)), files.explain(problem, path, what: "the English narrative", reason: "narratives are published"))
        }
        return nil
    }

    /// An English narrative (`X.en.md`) whose Chinese file `X.md` does not exist belongs to no
    /// measure: most likely a misnamed file, whose English would silently never be shown.
    private static func checkStrayVariants(files: ContentFiles, sink: DiagnosticSink) {
        // Only a real folder: a link in its place is reported where a narrative is read through it.
        let folder = files.root.appendingPathComponent(narrativesFolder).path
        guard (try? FileManager.default.attributesOfItem(atPath: folder))?[.type] as? FileAttributeType == .typeDirectory else { return }
        let paths = Set(files.list(narrativesFolder, extension: "md", recursive: true, sink: sink))
        for path in paths.sorted() where SchoolEnglish.isVariant(path) && !paths.contains(SchoolEnglish.chinesePath(of: path)) {
            sink.error(.file(files.display(path)), "\(files.display(path)) is an English narrative, but \(files.display(SchoolEnglish.chinesePath(of: path))) does not exist: name it after its Chinese narrative (1-3.md → 1-3.en.md), or remove it")
        }
    }

    private static func school(_ map: YAMLMapping) -> School? {
        let name = map.required("name", "the school's name")?.nonEmptyString()
        let nameEn = map.optional("name_en")?.nonEmptyString()
        let ownership = map.required("ownership", "'national' or 'private'")?
            .oneOf(["national": Ownership.national, "private": .private])
        map.rejectUnknownKeys()
        guard let name, let ownership else { return nil }
        return School(name: name, nameEn: nameEn ?? name, ownership: ownership)
    }

    private static func checkYears(_ years: [Int], baselineYear: Int?, catalog: Catalog, at value: YAMLValue, sink: DiagnosticSink) {
        let phase = catalog.firstYear...catalog.lastYear
        if years.isEmpty { sink.error(value.location, "'plan.years' lists no year: list the plan years, e.g. [114, 115, 116]") }
        if years != years.sorted() || Set(years).count != years.count {
            sink.error(value.location, "'plan.years' must list each year once, in increasing order")
        }
        if let outside = years.first(where: { !phase.contains($0) }) {
            sink.error(value.location, "plan year \(outside) is outside the catalog's phase (\(catalog.phase), \(catalog.firstYear)–\(catalog.lastYear))")
        }
        if let baselineYear, let first = years.first, baselineYear >= first {
            sink.error(value.location, "the baseline year \(baselineYear) must come before the first plan year \(first)")
        }
    }

    private static func indicator(_ map: YAMLMapping, english: inout SchoolEnglish) -> IndicatorPlan? {
        let number = map.required("indicator", "the indicator number, 1 to 15")?.int()
        let sdgs = (map.optional("sdgs")?.list() ?? []).compactMap { item -> Int? in
            guard let goal = item.int("an SDG number") else { return nil }
            guard (1...17).contains(goal) else {
                item.sink.error(item.location, "SDG \(goal) does not exist: the UN Sustainable Development Goals are numbered 1 to 17")
                return nil
            }
            return goal
        }
        var measures: [MeasurePlan] = []
        if let measuresMap = map.optional("measures")?.mapping() {
            for entry in measuresMap.entries {
                guard let figures = entry.value.mapping() else { continue }
                if let measure = measure(id: entry.key, figures, keyLocation: entry.keyLocation, english: &english) { measures.append(measure) }
            }
        }
        let customs = (map.optional("custom_measures")?.list() ?? []).compactMap { customMeasure($0, english: &english) }
        map.rejectUnknownKeys()
        guard let number else { return nil }
        return IndicatorPlan(number: number, sdgs: sdgs, measures: measures, customMeasures: customs, location: map.location)
    }

    /// Reads the figures shared by ministry and custom measures; leaves other keys to the caller.
    private static func figures(id: String, _ map: YAMLMapping, location: SourceLocation, english: inout SchoolEnglish) -> MeasurePlan {
        let unit = map.optional("responsible_unit")?.nonEmptyString()
        if let unitEn = map.optional("responsible_unit_en")?.nonEmptyString() { english.responsibleUnits[id] = unitEn }
        var unfilled: [Located<FigureSlot>] = []
        let baselineValue = map.optional("baseline")
        var baseline: Located<Double>?
        if let baselineValue, baselineValue.isPlaceholder {
            unfilled.append(Located(.baseline, at: baselineValue.location))
        } else {
            baseline = baselineValue.flatMap { value in value.double().map { Located($0, at: value.location) } }
        }
        let targetsValue = map.optional("targets")
        let targets = yearMap(targetsValue, what: "target") { year, location in unfilled.append(Located(.target(year: year), at: location)) }
        let actuals = yearMap(map.optional("actuals"), what: "actual")
        let narrative = map.optional("narrative").flatMap { value in value.nonEmptyString().map { Located($0, at: value.location) } }
        var plan = MeasurePlan(id: id, responsibleUnit: unit, baseline: baseline, targets: targets,
                               targetsLocation: targetsValue?.location, actuals: actuals, narrative: narrative,
                               location: location)
        plan.unfilled = unfilled
        return plan
    }

    private static func measure(id: String, _ map: YAMLMapping, keyLocation: SourceLocation, english: inout SchoolEnglish) -> MeasurePlan? {
        let errorsBefore = map.value.sink.diagnostics.count
        var plan = figures(id: id, map, location: keyLocation, english: &english)
        map.rejectUnknownKeys()
        plan.isIncomplete = map.value.sink.diagnostics.count > errorsBefore
        return plan
    }

    private static func customMeasure(_ value: YAMLValue, english: inout SchoolEnglish) -> CustomMeasure? {
        guard let map = value.mapping() else { return nil }
        let errorsBefore = value.sink.diagnostics.count
        let id = map.required("id", "an id such as 1-C1")?.nonEmptyString()
        let name = map.required("name", "the measure's name")?.nonEmptyString()
        let nameEn = map.optional("name_en")?.nonEmptyString()
        let unit = map.required("unit", "its unit, e.g. 人, 人次, % or 比")?.nonEmptyString()
        let direction = map.required("direction", "'higher' or 'lower' (which way is better)").flatMap(direction)
        let definition = map.optional("definition")?.nonEmptyString()
        let numerator = map.optional("numerator")?.nonEmptyString()
        let denominator = map.optional("denominator")?.nonEmptyString()
        let period = map.optional("period")?.oneOf(["學年度": CountingPeriod.academicYear, "年度": .calendarYear])
        let texts = CustomMeasureEnglish(unit: map.optional("unit_en")?.nonEmptyString(),
                                         definition: map.optional("definition_en")?.nonEmptyString(),
                                         numerator: map.optional("numerator_en")?.nonEmptyString(),
                                         denominator: map.optional("denominator_en")?.nonEmptyString())
        if let id { english.customMeasures[id] = texts }
        var figures = figures(id: id ?? "?", map, location: map.location, english: &english)
        map.rejectUnknownKeys()
        figures.isIncomplete = value.sink.diagnostics.count > errorsBefore
        if let narrative = figures.narrative {
            value.sink.error(narrative.location, "custom measures are quantitative and take no narrative; describe qualitative work in the indicator's narrative instead")
        }
        guard id != nil, let name, let unit, let direction else { return nil }
        return CustomMeasure(name: name, nameEn: nameEn, unit: unit, direction: direction, definition: definition,
                             numerator: numerator, denominator: denominator, period: period, figures: figures)
    }

    static func direction(_ value: YAMLValue) -> Direction? {
        value.oneOf(["higher": Direction.higher, "lower": .lower])
    }

    /// `{114: 430, 115: 450}`: ROC year → number. With `placeholder`, a year may be 待填 instead.
    private static func yearMap(_ value: YAMLValue?, what: String,
                                placeholder: ((Int, SourceLocation) -> Void)? = nil) -> [Int: Located<Double>] {
        guard let map = value?.mapping() else { return [:] }
        var result: [Int: Located<Double>] = [:]
        for entry in map.entries {
            guard let year = Int(entry.key) else {
                value!.sink.error(entry.keyLocation, "'\(entry.key)' is not a year: write each \(what) as '<ROC year>: <number>', e.g. '115: 450'")
                continue
            }
            if let placeholder, entry.value.isPlaceholder {
                placeholder(year, entry.value.location)
                continue
            }
            if let number = entry.value.double("a number (write percentages without %, e.g. 38.5)") {
                result[year] = Located(number, at: entry.value.location)
            }
        }
        return result
    }
}
