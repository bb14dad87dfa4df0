import FolioCore
import FolioPromotion
import Foundation

/// Reads a rulebook file (one version of the scoring rules) into a `Rulebook`, reporting
/// every unknown key, wrong type and inconsistent table with its `path:line:column`.
public enum RulebookLoader {
    /// The rulebook versions shipped with Folio (`Resources/rulebooks/*.yaml`), validated.
    ///
    /// `requireEnglish`: every display text needs its `_en` (true while the site's languages include English).
    public static func bundledShelf(requireEnglish: Bool = true) throws -> RulebookShelf {
        guard let folder = Bundle.module.url(forResource: "rulebooks", withExtension: nil) else {
            throw DiagnosticsError([.error(.file("rulebooks"), "the rulebooks folder is missing from the bundle; rebuild Folio")])
        }
        return try shelf(in: folder, requireEnglish: requireEnglish)
    }

    /// Every `*.yaml` in `folder`, loaded and validated together.
    public static func shelf(in folder: URL, requireEnglish: Bool = true) throws -> RulebookShelf {
        let sink = DiagnosticSink()
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var versions: [Rulebook] = []
        for file in files.filter({ $0.pathExtension == "yaml" }).sorted(by: { $0.path < $1.path }) {
            let name = "rulebooks/\(file.lastPathComponent)"
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                sink.error(.file(name), "cannot read the rulebook as UTF-8 text; save it as UTF-8")
                continue
            }
            if let rulebook = load(text, file: name, sink: sink, requireEnglish: requireEnglish) { versions.append(rulebook) }
        }
        let shelf = RulebookShelf(versions)
        sink.append(contentsOf: shelf.validate())
        try sink.throwIfErrors()
        return shelf
    }

    /// Parses and validates one rulebook text; nil (with diagnostics) when it is not sound.
    public static func load(_ text: String, file: String, sink: DiagnosticSink, requireEnglish: Bool = true) -> Rulebook? {
        let before = sink.diagnostics.count
        guard let root = YAMLValue.parse(text, file: file, sink: sink)?.mapping() else { return nil }
        let reader = Reader(sink: sink, requireEnglish: requireEnglish)
        let version = root.required("version", "the version name, e.g. kmu-health-2020-07-23")?.nonEmptyString()
        let title = root.required("title", "the rules' title")?.nonEmptyString()
        let titleEnglish = root.english(of: "title", required: requireEnglish)
        // Present but null for the oldest version (an open start).
        if !root.entries.contains(where: { $0.key == "in_force_from" }) {
            sink.error(root.location, "the file is missing 'in_force_from': add the first day in force, or null for the oldest version")
        }
        let inForceFrom = root.optional("in_force_from")?.date()
        let departments = root.required("departments", "the departments and their research category (R-C1)")?.mapping().map { map in
            var result: [String: ResearchCategory] = [:]
            for entry in map.entries {
                if let category = entry.value.word(ResearchCategory.self) { result[entry.key] = category }
            }
            return result
        }
        let departmentsEnglish = reader.departmentsEnglish(root)
        let teaching = root.required("teaching", "the teaching tables (第 6 條第 1 項)")?.mapping().flatMap(reader.teaching)
        let service = root.required("service", "the service tables (第 6 條第 2 項)")?.mapping().flatMap(reader.service)
        let research = root.required("research", "the research tables (第 6 條第 3 項)")?.mapping().flatMap(reader.research)
        let conditions = root.required("conditions", "the conditions of 第 3 條 to 第 5 條")?.mapping()
            .flatMap { reader.conditions($0, departments: departments ?? [:]) }
        let interpretations = root.required("interpretations", "the interpretation settings (I-2 … I-15)")?.mapping()
            .flatMap(reader.interpretations)
        let committee = root.required("committee", "the review levels and the vote they need")?.mapping().flatMap(reader.committee)
        root.rejectUnknownKeys()
        guard let version, let title, let teaching, let service, let research, let conditions, let interpretations, let committee,
              sink.diagnostics.count == before else { return nil }
        let rulebook = Rulebook(version: version, title: title, inForceFrom: inForceFrom, teaching: teaching, service: service,
                                research: research, conditions: conditions, interpretations: interpretations, committee: committee,
                                titleEnglish: titleEnglish, departmentsEnglish: departmentsEnglish, location: root.location)
        let problems = rulebook.validate()
        sink.append(contentsOf: problems)
        return problems.hasErrors ? nil : rulebook
    }
}

/// The table readers; each returns nil when a required part is missing or wrong.
private struct Reader {
    let sink: DiagnosticSink
    /// Every display text needs its English (`label_en`, `title_en`, `departments_en`).
    let requireEnglish: Bool

    /// The English of a `label` in `map`, from `label_en`.
    func labelEnglish(_ map: YAMLMapping) -> String? {
        map.english(of: "label", required: requireEnglish)
    }

    /// `departments_en`: each department of `departments` by its Chinese name, with its English name.
    /// Departments are school data, named as dossiers name them; the English map sits beside the
    /// category map so that the category map stays one line per department.
    func departmentsEnglish(_ root: YAMLMapping) -> [String: String] {
        var chinese: [(String, SourceLocation)] = []
        if let departments = root.optional("departments"), case .mapping = departments.node {
            chinese = departments.mapping()?.entries.map { ($0.key, $0.keyLocation) } ?? []
        }
        guard let map = root.optional("departments_en")?.mapping() else {
            if requireEnglish, let first = chinese.first {
                sink.error(first.1, "the departments have no English names, and the site's languages include English: add 'departments_en:' beside 'departments', with each department's English name, e.g. '\(first.0): Department of …'")
            }
            return [:]
        }
        var result: [String: String] = [:]
        for entry in map.entries {
            guard chinese.contains(where: { $0.0 == entry.key }) else {
                sink.error(entry.keyLocation, "'departments_en' names '\(entry.key)', which 'departments' does not list; give the English of the departments listed there, spelled as there")
                continue
            }
            if let name = entry.value.nonEmptyString("the department's English name") { result[entry.key] = name }
        }
        if requireEnglish {
            for (name, location) in chinese where !map.entries.contains(where: { $0.key == name }) {
                sink.error(location, "the department '\(name)' has no English name, and the site's languages include English: add '\(name): Department of …' under 'departments_en'")
            }
        }
        return result
    }

    func list<T>(_ map: YAMLMapping, _ key: String, _ what: String, _ read: (YAMLMapping) -> T?) -> [T]? {
        guard let items = map.required(key, what)?.list() else { return nil }
        var result: [T] = []
        var failed = false
        for item in items {
            if let mapping = item.mapping(), let value = read(mapping) { result.append(value) } else { failed = true }
        }
        return failed ? nil : result
    }

    func authorPoints(_ value: YAMLValue?) -> AuthorPoints? {
        guard let items = value?.list() else { return nil }
        let numbers = items.compactMap { $0.decimal() }
        guard numbers.count == 4, items.count == 4 else {
            value?.typeError("a list of four numbers (first or corresponding, second, third, other author)")
            return nil
        }
        return AuthorPoints(numbers[0], numbers[1], numbers[2], numbers[3])
    }

    func rankMap(_ value: YAMLValue?) -> [Rank: Points]? {
        guard let map = value?.mapping() else { return nil }
        var result: [Rank: Points] = [:]
        for entry in map.entries {
            guard let rank = Rank(rawValue: entry.key) else {
                sink.error(entry.keyLocation, "'\(entry.key)' is not a rank; use lecturer, assistant_professor, associate_professor or professor")
                continue
            }
            if let number = entry.value.decimal() { result[rank] = number }
        }
        return result
    }

    func indexes(_ value: YAMLValue?) -> [PaperIndex]? {
        value?.list()?.compactMap { $0.word(PaperIndex.self) }
    }

    // MARK: Items

    func item(_ map: YAMLMapping, rule: String) -> ItemRule? {
        let id = map.required("id", "the item's id")?.nonEmptyString()
        let label = map.required("label", "the item's zh-Hant label")?.nonEmptyString()
        let labelEnglish = labelEnglish(map)
        let measure = map.optional("measure")?.word(ItemRule.Measure.self) ?? .each
        let points = measure == .menteeBands ? (map.optional("points")?.decimal() ?? 0) : map.required("points", "the item's points")?.decimal()
        let split = map.optional("split")?.bool() ?? false
        let cap = map.optional("cap_per_period")?.decimal()
        let plan = map.optional("plan")?.bool() ?? false
        let everySemester = map.optional("every_semester")?.bool() ?? false
        let bands = map.optional("mentee_bands")?.list()?.compactMap { item -> CountBand? in
            guard let band = item.mapping() else { return nil }
            let from = band.required("from", "the lowest number of mentees")?.int()
            let points = band.required("points", "the points")?.decimal()
            band.rejectUnknownKeys()
            guard let from, let points else { return nil }
            return CountBand(from: from, points: points)
        } ?? []
        map.rejectUnknownKeys()
        guard let id, let label, let points else { return nil }
        return ItemRule(id: id, rule: rule, label: label, points: points, measure: measure, splittable: split, capPerPeriod: cap,
                        requiresPlan: plan, menteeBands: bands, everySemester: everySemester, labelEnglish: labelEnglish,
                        location: map.location)
    }

    // MARK: Teaching

    func teaching(_ map: YAMLMapping) -> TeachingRules? {
        let semesters = map.required("recent_semesters", "the number of recent semesters (6)")?.int()
        let bounds = map.required("weight_bounds", "[minimum, maximum] weight in percent")?.list()?.compactMap { $0.decimal() }
        let indicators = list(map, "indicators", "the six indicators") { m -> TeachingIndicatorRule? in
            let kind = m.required("id", "the indicator id")?.word(TeachingIndicator.self)
            let label = m.required("label", "the label")?.nonEmptyString()
            let english = labelEnglish(m)
            let weight = m.required("weight", "the weight in percent")?.decimal()
            let cap = m.required("cap", "the cap (100)")?.decimal()
            m.rejectUnknownKeys()
            guard let kind, let label, let weight, let cap else { return nil }
            return TeachingIndicatorRule(kind: kind, label: label, weightPercent: weight, cap: cap, labelEnglish: english, location: m.location)
        }
        let ability = list(map, "ability", "the dimensions of 附表二") { m -> AbilityDimension? in
            let id = m.required("id", "the dimension id")?.nonEmptyString()
            let label = m.required("label", "the label")?.nonEmptyString()
            let english = labelEnglish(m)
            let cap = m.required("cap", "the cap (20)")?.decimal()
            let items = list(m, "items", "the checklist items") { i -> (points: Points, label: String, english: String?)? in
                let points = i.required("points", "the points")?.decimal()
                let label = i.required("label", "the item's text")?.nonEmptyString()
                let english = labelEnglish(i)
                i.rejectUnknownKeys()
                guard let points, let label else { return nil }
                return (points, label, english)
            }
            m.rejectUnknownKeys()
            guard let id, let label, let cap, let items else { return nil }
            return AbilityDimension(id: id, label: label, cap: cap,
                                    items: items.enumerated().map {
                                        AbilityItem(number: $0.offset + 1, label: $0.element.label, points: $0.element.points,
                                                    labelEnglish: $0.element.english)
                                    },
                                    labelEnglish: english, location: m.location)
        }
        let scales = list(map, "evaluation", "the evaluation scales") { m -> EvaluationScale? in
            let label = m.required("label", "the label")?.nonEmptyString()
            let english = labelEnglish(m)
            let from = m.optional("from_academic_year")?.int()
            let through = m.optional("through_academic_year")?.int()
            let maximum = m.required("maximum_average", "the scale's maximum (5 or 6)")?.decimal()
            let bands = scoreBands(m, "bands")
            m.rejectUnknownKeys()
            guard let label, let maximum, let bands else { return nil }
            return EvaluationScale(label: label, fromAcademicYear: from, throughAcademicYear: through, bands: bands,
                                   maximumAverage: maximum, labelEnglish: english, location: m.location)
        }
        let growth = map.required("growth", "the growth rules (R-T3)")?.mapping().flatMap { m -> GrowthRules? in
            let multiples = scoreBands(m, "multiples")
            let below = m.required("below_base", "the deduction below the base")?.decimal()
            let none = m.required("none", "the deduction for no participation")?.decimal()
            let items = list(m, "items", "the community items") { item($0, rule: "R-T3") }
            m.rejectUnknownKeys()
            guard let multiples, let below, let none, let items else { return nil }
            return GrowthRules(multiples: multiples, belowBase: below, none: none, items: items)
        }
        let special = map.required("special", "the special performance rules (R-T4)")?.mapping().flatMap { m -> SpecialRules? in
            let years = m.required("window_years", "the window in years (5)")?.int()
            let plans = list(m, "plans", "the school teaching plans") { p -> NamedEntry? in
                let id = p.required("id", "the plan id")?.nonEmptyString()
                let label = p.required("label", "the plan's name")?.nonEmptyString()
                let english = labelEnglish(p)
                p.rejectUnknownKeys()
                guard let id, let label else { return nil }
                return NamedEntry(id: id, label: label, labelEnglish: english)
            }
            let items = list(m, "items", "the items") { item($0, rule: "R-T4") }
            m.rejectUnknownKeys()
            guard let years, let plans, let items else { return nil }
            return SpecialRules(windowYears: years, items: items, plans: plans)
        }
        let admin = map.required("admin", "the administrative points (R-T5)")?.mapping().flatMap { m -> AdminRules? in
            let values = ["syllabus_on_time", "syllabus_late", "grades_on_time", "grades_late", "grade_correction"].map {
                m.required($0, "its points")?.decimal()
            }
            m.rejectUnknownKeys()
            let found = values.compactMap { $0 }
            guard found.count == 5 else { return nil }
            return AdminRules(syllabusOnTime: found[0], syllabusLate: found[1], gradesOnTime: found[2], gradesLate: found[3], gradeCorrection: found[4])
        }
        let college = map.required("college", "the college items (R-T6)")?.mapping().flatMap { m -> CollegeRules? in
            let items = list(m, "items", "the items") { item($0, rule: "R-T6") }
            m.rejectUnknownKeys()
            return items.map(CollegeRules.init(items:))
        }
        map.rejectUnknownKeys()
        guard let semesters, let bounds, bounds.count == 2, let indicators, let ability, let scales, let growth, let special,
              let admin, let college else { return nil }
        return TeachingRules(indicators: indicators, ability: ability, evaluation: EvaluationRules(scales: scales), growth: growth,
                             special: special, admin: admin, college: college, recentSemesters: semesters,
                             weightMinimum: bounds[0], weightMaximum: bounds[1])
    }

    func scoreBands(_ map: YAMLMapping, _ key: String) -> [ScoreBand]? {
        list(map, key, "the bands") { b -> ScoreBand? in
            let atLeast = b.required("at_least", "the minimum")?.decimal()
            let points = b.required("points", "the points")?.decimal()
            b.rejectUnknownKeys()
            guard let atLeast, let points else { return nil }
            return ScoreBand(atLeast: atLeast, points: points)
        }
    }

    // MARK: Service

    func service(_ map: YAMLMapping) -> ServiceRules? {
        let years = map.required("window_academic_years", "the number of academic years (5)")?.int()
        let guidance = list(map, "guidance", "the guidance items (R-S1)") { item($0, rule: "R-S1") }
        let service = list(map, "service", "the service items (R-S2)") { item($0, rule: "R-S2") }
        map.rejectUnknownKeys()
        guard let years, let guidance, let service else { return nil }
        return ServiceRules(windowAcademicYears: years, items: guidance + service)
    }

    // MARK: Research

    func amountBands(_ map: YAMLMapping, _ key: String) -> [AmountBand]? {
        list(map, key, "the amount bands") { b -> AmountBand? in
            let from = b.required("from", "the lowest amount (NT$)")?.decimal()
            let below = b.optional("below")?.decimal()
            let points = b.required("points", "the points")?.decimal()
            let atMost = b.optional("at_most")?.bool() ?? false
            b.rejectUnknownKeys()
            guard let from, let points else { return nil }
            return AmountBand(from: from, below: below, points: points, atMost: atMost)
        }
    }

    func research(_ map: YAMLMapping) -> ResearchRules? {
        let window = map.required("window_years", "the window in years (7)")?.int()
        let maxPapers = map.required("max_counted_papers", "the number of counted papers (15)")?.int()
        let bands = list(map, "bands", "the rank bands (R-R1)") { b -> PercentileBand? in
            let id = b.required("id", "the band id")?.nonEmptyString()
            let label = b.required("label", "the label")?.nonEmptyString()
            let english = labelEnglish(b)
            let lower = b.optional("lower")?.decimal()
            let lowerInclusive = b.optional("lower_inclusive")?.bool() ?? true
            let upper = b.optional("upper")?.decimal()
            let upperInclusive = b.optional("upper_inclusive")?.bool() ?? false
            let points = authorPoints(b.required("points", "four points by author position"))
            b.rejectUnknownKeys()
            guard let id, let label, let points else { return nil }
            return PercentileBand(id: id, label: label, lower: lower, lowerInclusive: lowerInclusive, upper: upper,
                                  upperInclusive: upperInclusive, points: points, labelEnglish: english, location: b.location)
        }
        let impact = map.required("impact_factor", "the IF row (R-R1)")?.mapping()
        let impactAbove = impact?.required("above", "the IF above which the formula applies (5)")?.decimal()
        let coefficients = authorPoints(impact?.required("coefficients", "four coefficients"))
        impact?.rejectUnknownKeys()
        let flat = map.required("flat_row", "the thesis/EI row (R-R1)")?.mapping()
        let flatPoints = authorPoints(flat?.required("points", "four points"))
        let flatIndexes = indexes(flat?.required("indexes", "the indexes scored on this row"))
        flat?.rejectUnknownKeys()
        let ranked = indexes(map.required("ranked_indexes", "the indexes placed by percentile"))
        var multipliers: [PaperType: Points] = [:]
        if let types = map.required("type_multipliers", "the multiplier of each paper type (R-R2)")?.mapping() {
            for entry in types.entries {
                guard let type = PaperType(rawValue: entry.key) else {
                    sink.error(entry.keyLocation, "'\(entry.key)' is not a paper type; use \(PaperType.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                multipliers[type] = entry.value.decimal()
            }
        }
        let kjms = map.required("kjms", "the KJMS rule (R-R3)")?.mapping()
        let kjmsNames = kjms?.required("journals", "the journal's names")?.list()?.compactMap { $0.nonEmptyString() }
        let kjmsBand = kjms?.required("band", "the band KJMS scores as")?.nonEmptyString()
        let kjmsMax = kjms?.required("max_papers", "how many papers (1)")?.int()
        kjms?.rejectUnknownKeys()
        let equal = list(map, "equal_contribution", "the equal-contribution rules (R-R4)") { e -> EqualContributionRule? in
            let minimum = e.required("min_authors", "the smallest group")?.int()
            let maximum = e.optional("max_authors")?.int()
            let factor = e.required("factor", "the factor")?.decimal()
            let full = e.optional("full_from_impact")?.decimal()
            e.rejectUnknownKeys()
            guard let minimum, let factor else { return nil }
            return EqualContributionRule(minAuthors: minimum, maxAuthors: maximum, factor: factor, fullFromImpact: full)
        }
        let students = map.required("student_grants", "the student-grant rule (R-R5)")?.mapping()
        let studentPoints = students?.required("points", "points per grant")?.decimal()
        let studentCap = students?.required("cap_per_year", "the cap per year")?.decimal()
        students?.rejectUnknownKeys()
        let patents = map.required("patents", "the patent points (R-R6)")?.mapping()
        var countries: [String: Points] = [:]
        for entry in patents?.required("countries", "points by country code")?.mapping()?.entries ?? [] {
            countries[entry.key] = entry.value.decimal()
        }
        let other = patents?.required("other", "points for other countries")?.decimal()
        patents?.rejectUnknownKeys()
        let transfers = amountBands(map, "transfers")
        let industry = amountBands(map, "industry")
        map.rejectUnknownKeys()
        guard let window, let maxPapers, let bands, let impactAbove, let coefficients, let flatPoints, let flatIndexes,
              let ranked, let kjmsNames, let kjmsBand, let kjmsMax, let equal, let studentPoints, let studentCap, let other,
              let transfers, let industry else { return nil }
        return ResearchRules(windowYears: window, maxCountedPapers: maxPapers, bands: bands, impactAbove: impactAbove,
                             impactCoefficients: coefficients, flatRow: flatPoints, flatRowIndexes: flatIndexes, rankedIndexes: ranked,
                             typeMultipliers: multipliers, kjmsJournalNames: kjmsNames, kjmsBand: kjmsBand, kjmsMaxPapers: kjmsMax,
                             equalContribution: equal, studentGrantPoints: studentPoints, studentGrantCapPerYear: studentCap,
                             patentPoints: countries, patentOtherCountries: other, transferBands: transfers, industryBands: industry)
    }

    // MARK: Conditions

    func conditions(_ map: YAMLMapping, departments: [String: ResearchCategory]) -> ConditionRules? {
        let mainWindow = map.required("main_paper_window_years", "the main-paper window (5)")?.int()
        let mainTypes = map.required("main_paper_types", "the paper types that can be main papers")?.list()?.compactMap { $0.word(PaperType.self) }
        var mainIndexes: [ResearchCategory: [PaperIndex]] = [:]
        for entry in map.required("main_paper_indexes", "main-paper indexes by category")?.mapping()?.entries ?? [] {
            guard let category = ResearchCategory(rawValue: entry.key) else {
                sink.error(entry.keyLocation, "'\(entry.key)' is not a category; use natural_biomedical or rehabilitation_management")
                continue
            }
            mainIndexes[category] = indexes(entry.value)
        }
        let sciIndexes = indexes(map.required("sci_ssci_ei_indexes", "the SCI/SSCI/EI indexes"))
        let equivalence = list(map, "impact_equivalence", "the IF equivalences (R-P2)") { e -> ImpactEquivalence? in
            let from = e.optional("from")?.decimal()
            let above = e.optional("above")?.decimal()
            let through = e.optional("through")?.decimal()
            let papers = e.required("papers", "how many papers it counts as")?.int()
            e.rejectUnknownKeys()
            guard let papers, let start = from ?? above else {
                sink.error(e.location, "an IF equivalence needs 'from' (inclusive) or 'above' (exclusive)")
                return nil
            }
            return ImpactEquivalence(from: start, fromInclusive: from != nil, through: through, papers: papers)
        }
        let tops = list(map, "top_groups", "the top groups (I-1)") { t -> TopGroup? in
            let id = t.required("id", "the id")?.nonEmptyString()
            let label = t.required("label", "the label")?.nonEmptyString()
            let english = labelEnglish(t)
            let upTo = t.required("up_to", "the percentile bound")?.decimal()
            let inclusive = t.optional("inclusive")?.bool() ?? false
            t.rejectUnknownKeys()
            guard let id, let label, let upTo else { return nil }
            return TopGroup(id: id, label: label, upTo: upTo, inclusive: inclusive, labelEnglish: english)
        }
        let representative = map.required("representative_equal_contribution_min_impact", "the IF (10) from which an equal-contribution paper may be representative")?.decimal()
        let secondment = map.required("secondment_minimum_years", "the minimum secondment (2)")?.decimal()
        let sets = list(map, "paper_conditions", "the paper conditions (R-P3 … R-P6)") { s -> PaperConditionSet? in
            let rule = s.required("rule", "the rule id")?.nonEmptyString()
            let category = s.required("category", "the category")?.word(ResearchCategory.self)
            let track = s.required("track", "standard or seconded")?.word(PaperConditionSet.Track.self)
            let rank = s.required("rank", "the rank applied for")?.word(Rank.self)
            let alternatives = list(s, "alternatives", "the alternatives") { a -> PaperAlternative? in
                let papers = a.required("papers", "the number of main papers")?.int()
                let ofWhich = a.optional("of_which")?.int() ?? 0
                let groupWord = a.optional("in")?.nonEmptyString()
                a.rejectUnknownKeys()
                guard let papers else { return nil }
                var group = PaperAlternative.Group.none
                switch groupWord {
                case nil: group = .none
                case "sci_ssci_ei": group = .sciSsciEi
                case "master_thesis": group = .masterThesis
                case let word?: group = .top(word)
                }
                return PaperAlternative(papers: papers, ofWhich: ofWhich, group: group)
            }
            s.rejectUnknownKeys()
            guard let rule, let category, let track, let rank, let alternatives else { return nil }
            return PaperConditionSet(rule: rule, category: category, track: track, rank: rank, alternatives: alternatives, location: s.location)
        }
        let review = rankMap(map.required("external_review_pass", "the pass marks by rank (R-G2)"))
        let panel = map.required("external_review_panel", "the reviewers and how many must pass (R-G2), e.g. {reviewers: 5, must_pass: 4}")?
            .mapping().flatMap { p -> ExternalReviewPanel? in
                let reviewers = p.required("reviewers", "how many reviewers a dossier is sent to (5)")?.int()
                let mustPass = p.required("must_pass", "how many of them must reach the pass mark (4)")?.int()
                p.rejectUnknownKeys()
                guard let reviewers, let mustPass else { return nil }
                return ExternalReviewPanel(reviewers: reviewers, mustPass: mustPass)
            }
        let teachingMinimum = rankMap(map.required("teaching_minimum", "the teaching minimum by rank (R-G3)"))
        let serviceMinimum = rankMap(map.required("service_minimum", "the service minimum by rank (R-G4)"))
        var thresholds: [ResearchCategory: [ApplicationKind: [Rank: Points]]] = [:]
        for entry in map.required("research_thresholds", "the research thresholds (R-G5)")?.mapping()?.entries ?? [] {
            guard let category = ResearchCategory(rawValue: entry.key) else {
                sink.error(entry.keyLocation, "'\(entry.key)' is not a category; use natural_biomedical or rehabilitation_management")
                continue
            }
            for kindEntry in entry.value.mapping()?.entries ?? [] {
                guard let kind = ApplicationKind(rawValue: kindEntry.key) else {
                    sink.error(kindEntry.keyLocation, "'\(kindEntry.key)' is not promotion or new_hire")
                    continue
                }
                thresholds[category, default: [:]][kind] = rankMap(kindEntry.value)
            }
        }
        let pregnancy = map.required("pregnancy_extension_years", "the extension in years (R-G6)")?.int()
        let grants = map.required("grants", "the grant rule (R-G7)")?.mapping().flatMap { g -> GrantRules? in
            let years = g.required("window_years", "the window (5)")?.int()
            let required = rankMap(g.required("required", "grants required by rank"))
            let amount = g.required("stand_in_minimum_amount", "the industry stand-in minimum (500000)")?.decimal()
            let maximum = g.required("stand_in_maximum", "how many grants an industry project may stand in for (1)")?.int()
            g.rejectUnknownKeys()
            guard let years, let required, let amount, let maximum else { return nil }
            return GrantRules(windowYears: years, required: required.mapValues { NSDecimalNumber(decimal: $0).intValue },
                              standInMinimumAmount: amount, standInMaximum: maximum)
        }
        let hours = map.required("teaching_hours", "the teaching-hour rule (R-G1)")?.mapping().flatMap { h -> TeachingHourRules? in
            let years = h.required("recent_years", "the years averaged (3)")?.int()
            let standard = rankMap(h.required("standard", "weekly hours by rank"))
            let physician = h.required("physician_standard", "the attending physicians' standard (4)")?.decimal()
            let actual = h.required("physician_minimum_actual", "the physicians' actual minimum (1)")?.decimal()
            h.rejectUnknownKeys()
            guard let years, let standard, let physician, let actual else { return nil }
            return TeachingHourRules(standard: standard, recentYears: years, physicianStandard: physician, physicianMinimumActual: actual)
        }
        let physicians = list(map, "physician_degrees", "the physician degree rules (R-G8)") { p -> PhysicianDegreeRule? in
            let kind = p.required("kind", "new_hire or promotion")?.word(ApplicationKind.self)
            let rank = p.required("rank", "the rank applied for")?.word(Rank.self)
            let degrees = p.required("degrees", "the degrees accepted")?.list()?.compactMap { $0.word(DegreeLevel.self) }
            let abroad = p.optional("abroad_years")?.decimal()
            let from = p.optional("from")?.date()
            p.rejectUnknownKeys()
            guard let kind, let rank, let degrees else { return nil }
            return PhysicianDegreeRule(kind: kind, rank: rank, degrees: degrees, abroadYears: abroad, fromDate: from)
        }
        map.rejectUnknownKeys()
        guard let mainWindow, let mainTypes, let sciIndexes, let equivalence, let tops, let representative, let secondment,
              let sets, let review, let panel, let teachingMinimum, let serviceMinimum, let pregnancy, let grants, let hours, let physicians
        else { return nil }
        return ConditionRules(departments: departments, mainPaperWindowYears: mainWindow, mainPaperTypes: mainTypes,
                              mainPaperIndexes: mainIndexes, sciSsciEiIndexes: sciIndexes, impactEquivalence: equivalence,
                              representativeEqualContributionMinImpact: representative, paperConditions: sets, topGroups: tops,
                              secondmentMinimumYears: secondment, externalReviewPass: review, externalReviewPanel: panel, teachingMinimum: teachingMinimum,
                              serviceMinimum: serviceMinimum, researchThresholds: thresholds, pregnancyExtensionYears: pregnancy,
                              grants: grants, teachingHours: hours, physicianDegrees: physicians)
    }

    // MARK: Committee

    func committee(_ map: YAMLMapping) -> CommitteeRules? {
        let levels = list(map, "levels", "the review levels in order, e.g. {id: department, label: 系教評會初審}") { l -> ReviewLevel? in
            let id = l.required("id", "the level's id (department, college, university)")?.nonEmptyString()
            let label = l.required("label", "the level's name, e.g. 系教評會初審")?.nonEmptyString()
            let english = labelEnglish(l)
            l.rejectUnknownKeys()
            guard let id, let label else { return nil }
            return ReviewLevel(id: id, label: label, labelEnglish: english)
        }
        let vote = map.required("vote", "the vote needed, e.g. {numerator: 2, denominator: 3, of: present}")?.mapping().flatMap { v -> VoteRule? in
            let numerator = v.required("numerator", "how many parts must agree (2 of 2/3)")?.int()
            let denominator = v.required("denominator", "out of how many parts (3 of 2/3)")?.int()
            let base = v.required("of", "present or members")?.word(VoteRule.Base.self)
            v.rejectUnknownKeys()
            guard let numerator, let denominator, let base else { return nil }
            guard numerator >= 1, denominator >= 1, numerator <= denominator else {
                sink.error(v.location, "the vote needed \(numerator)/\(denominator) must be a fraction from 1/d to d/d, e.g. 2/3")
                return nil
            }
            return VoteRule(numerator: numerator, denominator: denominator, base: base)
        }
        map.rejectUnknownKeys()
        guard let levels, let vote else { return nil }
        if levels.isEmpty { sink.error(map.location, "the committee needs at least one review level") }
        return CommitteeRules(levels: levels, vote: vote)
    }

    // MARK: Interpretations

    func interpretations(_ map: YAMLMapping) -> Interpretations? {
        let impact = map.required("impact_factor_points", "I-2")?.word(Interpretations.ImpactRule.self)
        let counted = map.required("counted_papers", "I-4")?.word(Interpretations.CountedPapers.self)
        let thesis = map.required("thesis_multiplier", "I-5")?.decimal()
        let floor = map.required("indicator_floor", "I-6")?.word(Interpretations.IndicatorFloor.self)
        let upTo = map.required("industry_up_to_default", "I-7")?.word(Interpretations.UpToDefault.self)
        let unfinished = map.required("include_unfinished_period", "I-8")?.bool()
        let standIn = map.required("industry_stand_in", "I-9")?.word(Interpretations.StandIn.self)
        let newHire = map.required("new_hire_rank_exempt_for_research", "I-10")?.bool()
        let kjms = map.required("kjms_better_of_own_band", "I-11")?.bool()
        let thesisSci = map.required("thesis_counts_as_sci_ssci_ei", "I-12")?.bool()
        let review = map.required("external_review", "I-13")?.word(Interpretations.ReviewAggregate.self)
        let excluded = map.required("excluded_semesters", "I-14: extend_window or shrink")?.word(Interpretations.ExcludedSemesterWindow.self)
        let thesisWindow = map.required("thesis_within_main_paper_window", "I-15: true or false")?.bool()
        map.rejectUnknownKeys()
        guard let impact, let counted, let thesis, let floor, let upTo, let unfinished, let standIn, let newHire, let kjms,
              let thesisSci, let review, let excluded, let thesisWindow else { return nil }
        return Interpretations(impactRule: impact, countedPapers: counted, thesisMultiplier: thesis, indicatorFloor: floor,
                               industryUpToDefault: upTo, includeUnfinishedPeriod: unfinished, standIn: standIn,
                               newHireRankExemptForResearch: newHire, kjmsBetterOfOwnBand: kjms, thesisCountsAsSciSsciEi: thesisSci,
                               reviewAggregate: review, excludedSemesterWindow: excluded, thesisWithinMainPaperWindow: thesisWindow)
    }
}
