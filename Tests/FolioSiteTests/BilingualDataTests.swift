import FolioCore
import FolioPlan
import FolioPromotion
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Issue 12 (data): every display text of Folio's bundled catalog and rulebooks has its English,
/// and the loaders refuse data without it while the site's languages include English.
@Suite struct BilingualDataTests {
    // MARK: The shipped catalog

    static func catalog() throws -> Catalog {
        let sink = DiagnosticSink()
        let catalog = CatalogLoader.loadBuiltIn(id: "moe-tvc-phase2", sink: sink, referencedAt: .file("test"))
        #expect(sink.diagnostics == [])
        return try #require(catalog)
    }

    /// An English text: present, not blank, and free of CJK (an English page shows it unmarked).
    static func expectEnglish(_ text: String?, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let text else {
            Issue.record("\(what) has no English", sourceLocation: sourceLocation)
            return
        }
        #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(what) is blank", sourceLocation: sourceLocation)
        #expect(!text.containsCJK, "\(what): '\(text)' has Chinese in its English", sourceLocation: sourceLocation)
    }

    static func expectEnglish(_ texts: [LocalizedText], _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (index, text) in texts.enumerated() {
            expectEnglish(text.english, "\(what)[\(index)]", sourceLocation: sourceLocation)
        }
    }

    @Test func everyDisplayTextOfTheShippedCatalogHasEnglish() throws {
        let catalog = try Self.catalog()
        Self.expectEnglish(catalog.titleText.english, "the catalog's title")
        Self.expectEnglish(catalog.phaseText.english, "the catalog's phase")
        for section in catalog.sections { Self.expectEnglish(section.nameText.english, "section \(section.id)") }
        var paragraphs = 0
        for indicator in catalog.indicators {
            let n = indicator.number
            Self.expectEnglish(indicator.nameText.english, "indicator \(n)'s name")
            // Paragraph for paragraph: the same number of English as Chinese paragraphs.
            #expect(indicator.policyGoalEnglish?.count == indicator.policyGoal.count, "indicator \(n)'s policy goal")
            #expect(indicator.strategiesEnglish?.count == indicator.strategies.count, "indicator \(n)'s strategies")
            #expect(indicator.measurementEnglish?.count == indicator.measurement.count, "indicator \(n)'s measurement")
            Self.expectEnglish(indicator.policyGoalText, "indicator \(n)'s policy goal")
            Self.expectEnglish(indicator.strategiesText, "indicator \(n)'s strategies")
            Self.expectEnglish(indicator.measurementText, "indicator \(n)'s measurement")
            paragraphs += indicator.policyGoal.count + indicator.strategies.count + indicator.measurement.count
            for measure in indicator.measures {
                Self.expectEnglish(measure.nameText.english, "measure \(measure.id)'s name")
                Self.expectEnglish(measure.sourceText.english, "measure \(measure.id)'s source")
                if let unit = measure.unitText { Self.expectEnglish(unit.english, "measure \(measure.id)'s unit") }
                if let note = measure.noteText { Self.expectEnglish(note.english, "measure \(measure.id)'s note") }
                #expect(measure.excludesEnglish?.count ?? 0 == measure.excludes.count, "measure \(measure.id)'s exclusions")
                Self.expectEnglish(measure.excludesText, "measure \(measure.id)'s exclusions")
            }
        }
        // The ministry's table has 99 paragraphs of goals, strategies and measurement over the 15 indicators.
        #expect(paragraphs == 99)
        // The English keeps ids, table numbers and amounts exact.
        #expect(catalog.measure("1-1")?.sourceEnglish == "Table 4-8-2: Student technical certificates")
        #expect(catalog.measure("11-2")?.nameEn.contains("NT$300,000") == true)
        #expect(catalog.measure("7-2")?.excludesEnglish == ["Hakka", "Indigenous languages", "Mandarin Chinese", "Taiwanese Hokkien"])
    }

    @Test func theShippedEnglishUnitsParseIntoOneOrTwoForms() throws {
        let measures = try Self.catalog().indicators.flatMap(\.measures)
        for measure in measures where measure.kind == .quantitative {
            let written = try #require(measure.unitEnglish, "measure \(measure.id)")
            let unit = try #require(measure.englishUnit, "measure \(measure.id): '\(written)'")
            #expect(written.split(separator: "|").count == (unit.one == unit.other ? 1 : 2), "measure \(measure.id)")
        }
        for measure in measures where measure.kind == .qualitative { #expect(measure.unitEnglish == nil, "measure \(measure.id)") }
        let passes = try #require(measures.first { $0.id == "1-1" }?.englishUnit)
        #expect(passes == EnglishUnit(one: "person-time", other: "person-times"))
        // 1 is singular; 0, 2 and 1.5 are plural, as English counts them.
        #expect(passes.form(for: 1) == "person-time")
        #expect([0, 2, Decimal(string: "1.5")!].map(passes.form) == ["person-times", "person-times", "person-times"])
        #expect(passes.placeholder("n") == "{n:person-time|person-times}")
        let percent = try #require(measures.first { $0.id == "2-1" }?.englishUnit)
        #expect(percent == EnglishUnit(one: "%", other: "%"))
        #expect(measures.first { $0.id == "1-1" }?.unitText == LocalizedText("人次", english: "person-times"))
        // Three forms, an empty form or nothing are not a unit.
        #expect(["a|b|c", "|people", "person|", "", " | "].allSatisfy { EnglishUnit(parsing: $0) == nil })
        #expect(EnglishUnit(parsing: " project | projects ") == EnglishUnit(one: "project", other: "projects"))
    }

    // MARK: The catalog loader

    /// A catalog with every `_en`; the tests below take some out.
    static let fullCatalog = """
    catalog: {id: x, title: 總表, title_en: Catalog, phase: 第二期, phase_en: Phase 2, first_year: 112, last_year: 116}
    sections: [{id: 1, name: 一, name_en: One}]
    indicators:
      - number: 1
        section: 1
        name: 甲
        name_en: A
        policy_goal: [目標]
        policy_goal_en: [A goal]
        strategies: [策略一, 策略二]
        strategies_en: [First strategy, Second strategy]
        measurement: [衡量]
        measurement_en: [Measurement]
        measures:
          - id: 1-1
            name: 乙
            name_en: B
            kind: quantitative
            unit: 人次
            unit_en: person-time|person-times
            direction: higher
            source: 表4-8-2
            source_en: Table 4-8-2
            excludes: [丙級]
            excludes_en: [Level C]
            note: 丙級不採計。
            note_en: Level C is not counted.
    """

    static func load(_ text: String, requireEnglish: Bool = true) -> (Catalog?, [String]) {
        let sink = DiagnosticSink()
        let catalog = CatalogLoader.load(text, file: "c.yaml", sink: sink, requireEnglish: requireEnglish)
        return (catalog, sink.diagnostics.map(\.description))
    }

    /// The text without the lines that hold `fragments`, and without `inline` fragments within lines.
    static func removing(lines fragments: [String], inline: [String] = [], from text: String) -> String {
        var kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            !fragments.contains { line.contains($0) }
        }.joined(separator: "\n")
        for piece in inline { kept = kept.replacingOccurrences(of: piece, with: "") }
        return kept
    }

    @Test func theFullCatalogLoadsWithItsEnglish() throws {
        let (catalog, problems) = Self.load(Self.fullCatalog)
        #expect(problems == [])
        let measure = try #require(catalog?.measure("1-1"))
        #expect(catalog?.phaseText == LocalizedText("第二期", english: "Phase 2"))
        #expect(catalog?.indicators.first?.strategiesText == [LocalizedText("策略一", english: "First strategy"),
                                                              LocalizedText("策略二", english: "Second strategy")])
        #expect(measure.noteText == LocalizedText("丙級不採計。", english: "Level C is not counted."))
        #expect(measure.excludesText == [LocalizedText("丙級", english: "Level C")])
        #expect(measure.sourceText == LocalizedText("表4-8-2", english: "Table 4-8-2"))
    }

    @Test func aMissingTranslationInACatalogIsAnErrorAtItsChineseKeyAllAtOnce() {
        let text = Self.removing(lines: ["strategies_en", "unit_en", "note_en"], inline: [", phase_en: Phase 2"], from: Self.fullCatalog)
        let (catalog, problems) = Self.load(text)
        #expect(catalog == nil)
        // Each at the line and column of the Chinese key: phase (line 1, column 48), strategies (line 10),
        // unit (line 18) and note (line 24) once the English lines are gone.
        #expect(problems == [
            "c.yaml:1:48: error: 'catalog.phase' (第二期) has no English, and the site's languages include English: add 'phase_en: …' beside it",
            "c.yaml:10:5: error: 'indicators[0].strategies' (策略一) has no English, and the site's languages include English: add 'strategies_en: …' beside it",
            "c.yaml:18:9: error: 'indicators[0].measures[0].unit' (人次) has no English, and the site's languages include English: add 'unit_en: …' beside it",
            "c.yaml:24:9: error: 'indicators[0].measures[0].note' (丙級不採計。) has no English, and the site's languages include English: add 'note_en: …' beside it",
        ])
    }

    @Test func withoutEnglishTheCatalogLoadsWithTheChineseAlone() throws {
        // name_en and title_en, which the catalog always had, stay required; the rest may be left out.
        let named = Self.removing(lines: ["policy_goal_en", "strategies_en", "measurement_en", "unit_en", "source_en", "excludes_en", "note_en"],
                                  inline: [", phase_en: Phase 2"], from: Self.fullCatalog)
        let (catalog, problems) = Self.load(named, requireEnglish: false)
        #expect(problems == [])
        let measure = try #require(catalog?.measure("1-1"))
        #expect(measure.unitText == LocalizedText("人次", english: nil))
        #expect(measure.englishUnit == nil)
        #expect(catalog?.phaseText == LocalizedText("第二期", english: nil))
    }

    @Test func aMalformedUnitAndAShortTranslationAreErrors() {
        let text = Self.fullCatalog
            .replacingOccurrences(of: "unit_en: person-time|person-times", with: "unit_en: person|people|folk")
            .replacingOccurrences(of: "strategies_en: [First strategy, Second strategy]", with: "strategies_en: [First strategy]")
        let (catalog, problems) = Self.load(text)
        #expect(catalog == nil)
        #expect(problems == [
            "c.yaml:11:20: error: 'strategies_en' has 1 item but 'strategies' has 2; give the English of each item of 'strategies', in the same order",
            "c.yaml:20:18: error: 'unit_en' must be the English unit's singular and plural, e.g. 'person-time|person-times', or one form such as '%', not 'person|people|folk'",
        ])
    }

    @Test func anEnglishWithoutItsChineseIsAnError() {
        // A note_en where the measure has no note: nothing on a Chinese page would match the English one.
        let text = Self.removing(lines: ["        note: 丙級不採計。"], from: Self.fullCatalog)
        let (catalog, problems) = Self.load(text)
        #expect(catalog == nil)
        #expect(problems == ["c.yaml:26:18: error: 'note_en' is the English of 'note', which is not given here: add 'note' or remove 'note_en'"])
    }

    // MARK: The shipped rulebooks

    static let versions = ["kmu-health-2020-07-23", "kmu-health-before-2020-07-23"]

    static func rulebookText(_ version: String) throws -> String {
        let url = try #require(BundledDefaults.rulebooksFolder?.appendingPathComponent("\(version).yaml"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Every label a rulebook gives, by where it is (`teaching.ability.course_planning`).
    static func labels(of rulebook: Rulebook) -> [(String, LocalizedText)] {
        let teaching = rulebook.teaching
        var labels: [(String, LocalizedText)] = [("title", rulebook.titleText)]
        labels += teaching.indicators.map { ("teaching.indicators.\($0.kind.rawValue)", $0.name) }
        for dimension in teaching.ability {
            labels.append(("teaching.ability.\(dimension.id)", dimension.name))
            labels += dimension.items.map { ("teaching.ability.\(dimension.id).\($0.number)", $0.name) }
        }
        labels += teaching.evaluation.scales.map { ("teaching.evaluation.\($0.label)", $0.name) }
        labels += teaching.special.plans.map { ("teaching.special.plans.\($0.id)", $0.name) }
        let items = teaching.growth.items + teaching.special.items + teaching.college.items + rulebook.service.items
        labels += items.map { ("\($0.rule) \($0.id)", $0.name) }
        labels += rulebook.research.bands.map { ("research.bands.\($0.id)", $0.name) }
        labels += rulebook.conditions.topGroups.map { ("conditions.top_groups.\($0.id)", $0.name) }
        labels += rulebook.committee.levels.map { ("committee.levels.\($0.id)", $0.name) }
        labels += rulebook.conditions.departments.keys.sorted().map { ("departments.\($0)", rulebook.departmentName($0)) }
        return labels
    }

    @Test(arguments: versions)
    func everyLabelOfAShippedRulebookHasEnglish(version: String) throws {
        let rulebook = try #require(try RulebookLoader.bundledShelf().version(named: version))
        let labels = Self.labels(of: rulebook)
        for (place, text) in labels { Self.expectEnglish(text.english, "\(version) \(place)") }
        // 1 title, 6 indicators, 5 dimensions with 16 items, 2 scales, 2 community items, 19 R-T4 items,
        // 20 R-T6 items, 21 service items (12 guidance, 9 service), 6 bands, 3 top groups, 3 levels and
        // 6 departments, with 9 plans: 119; the version before 2020 lacks the USR plan and the USR item.
        #expect(labels.count == (version == "kmu-health-2020-07-23" ? 119 : 117))
        // Every `label:` in the file has its `label_en:` (the loader found each; the count ties it to the text).
        let text = try Self.rulebookText(version)
        #expect(text.components(separatedBy: "label_en:").count == text.components(separatedBy: " label:").count)
    }

    @Test func theTwoVersionsWordTheirSharedEntriesAlike() throws {
        let shelf = try RulebookLoader.bundledShelf()
        let current = Dictionary(Self.labels(of: try #require(shelf.version(named: Self.versions[0]))), uniquingKeysWith: { a, _ in a })
        let before = Dictionary(Self.labels(of: try #require(shelf.version(named: Self.versions[1]))), uniquingKeysWith: { a, _ in a })
        for (place, text) in before where place != "title" {
            #expect(current[place] == text, "\(place)")
        }
    }

    // MARK: The rulebook loader

    @Test func aMissingTranslationInARulebookIsAnErrorAtItsChineseKeyAllAtOnce() throws {
        let text = try Self.rulebookText(Self.versions[0])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Take out a flow item's label_en (附表一's 教學評量), a block one (課程規劃), the title's and one department's.
        let flow = ", label_en: \"Teaching evaluations\""
        let edited = Self.removing(lines: ["label_en: \"Course planning\"", "title_en:", "  公共衛生學系: Department of Public Health"],
                                   inline: [flow], from: text)
        let editedLines = edited.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let where_ = { (needle: String) -> (Int, Int) in
            let index = editedLines.firstIndex { $0.contains(needle) }!
            return (index + 1, editedLines[index].distance(from: editedLines[index].startIndex, to: editedLines[index].range(of: needle)!.lowerBound) + 1)
        }
        #expect(lines.count == editedLines.count + 3)
        let title = where_("title: "), department = where_("公共衛生學系: natural"), evaluation = where_("label: 教學評量"), planning = where_("label: 課程規劃")
        let sink = DiagnosticSink()
        let rulebook = RulebookLoader.load(edited, file: "r.yaml", sink: sink)
        #expect(rulebook == nil)
        #expect(sink.diagnostics.map(\.description) == [
            "r.yaml:\(title.0):\(title.1): error: 'title' (健康科學院專任教師新聘及升等計分細則（109.0…) has no English, and the site's languages include English: add 'title_en: …' beside it",
            "r.yaml:\(department.0):\(department.1): error: the department '公共衛生學系' has no English name, and the site's languages include English: add '公共衛生學系: Department of …' under 'departments_en'",
            "r.yaml:\(evaluation.0):\(evaluation.1): error: 'teaching.indicators[1].label' (教學評量) has no English, and the site's languages include English: add 'label_en: …' beside it",
            "r.yaml:\(planning.0):\(planning.1): error: 'teaching.ability[0].label' (課程規劃) has no English, and the site's languages include English: add 'label_en: …' beside it",
        ])
        // The same text loads where English is not required, the missing English left nil.
        let lenient = DiagnosticSink()
        let loaded = try #require(RulebookLoader.load(edited, file: "r.yaml", sink: lenient, requireEnglish: false))
        #expect(lenient.diagnostics == [])
        #expect(loaded.teaching.indicator(.evaluation)?.name == LocalizedText("教學評量", english: nil))
        #expect(loaded.departmentName("公共衛生學系") == LocalizedText("公共衛生學系", english: nil))
        #expect(loaded.departmentName("物理治療學系") == LocalizedText("物理治療學系", english: "Department of Physical Therapy"))
    }

    @Test func anEnglishNameForADepartmentTheRulebookDoesNotListIsAnError() throws {
        let text = try Self.rulebookText(Self.versions[0])
            .replacingOccurrences(of: "  職能治療學系: Department of Occupational Therapy", with: "  職能治療系: Department of Occupational Therapy")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  職能治療系:") }! + 1
        let sink = DiagnosticSink()
        #expect(RulebookLoader.load(text, file: "r.yaml", sink: sink) == nil)
        let occupational = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  職能治療學系:") }! + 1
        #expect(sink.diagnostics.map(\.description) == [
            "r.yaml:\(line):3: error: 'departments_en' names '職能治療系', which 'departments' does not list; give the English of the departments listed there, spelled as there",
            "r.yaml:\(occupational):3: error: the department '職能治療學系' has no English name, and the site's languages include English: add '職能治療學系: Department of …' under 'departments_en'",
        ])
    }
}

/// The English the data gives reaches the English pages, and the Chinese pages keep the Chinese.
@Suite struct BilingualDataPageTests {
    @Test func englishPagesShowTheCatalogsAndTheRulebooksEnglish() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        var options = workspace.options
        options.language = .en
        _ = try SiteBuilder.build(options)
        let indicator = try workspace.read("site/public/indicators/01.html")
        // Indicator 1's policy goal, first strategy and the first point of its measurement, in English only.
        #expect(indicator.contains("<p>Technical and vocational education is charged with training high-quality technical professionals."))
        #expect(indicator.contains("<li>Schools should take account of their students' characteristics") ||
                indicator.contains("<li>Schools should take account of their students&#39; characteristics"))
        #expect(indicator.contains("Level C national technician certificates correspond to the skills"))
        #expect(!indicator.contains("技職教育肩負培育優質技術人才使命"))
        #expect(try workspace.read("site/public/index.html").contains("Phase 2"))
        // The committee's pages: the rulebook's title, labels, levels and the applicant's department.
        let dossier = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        for english in ["College of Health Sciences: Scoring Rules for the Hiring and Promotion of Full-time Faculty (amended 23 July 2020)",
                        "Teaching ability", "Course planning", "Department of Medical Laboratory Science and Biotechnology"] {
            #expect(dossier.contains(english), "\(english)")
        }
        // The rulebook's title is nowhere in Chinese. (The Chinese labels may still appear inside the engine's
        // figure sentences until those are typed, and the department's name where school data quotes it.)
        #expect(!dossier.contains("健康科學院專任教師新聘及升等計分細則"))
        let docket = try workspace.read("site/committee/dossiers/115-1/index.html")
        #expect(docket.contains("Department Faculty Evaluation Committee (first review)"))
        #expect(!docket.contains("系教評會初審"))
    }

    @Test func chinesePagesKeepTheChinese() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let indicator = try workspace.read("site/public/indicators/01.html")
        #expect(indicator.contains("<p>技職教育肩負培育優質技術人才使命"))
        #expect(!indicator.contains("Technical and vocational education is charged"))
        let dossier = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(dossier.contains("課程規劃") && dossier.contains("醫學檢驗生物技術學系"))
        #expect(!dossier.contains("Course planning") && !dossier.contains("Department of Medical Laboratory"))
    }
}
