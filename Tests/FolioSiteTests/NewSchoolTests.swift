import FolioCore
import FolioPlan
import FolioSite
import FolioTestSupport
import Foundation
import Testing

/// `folio new` as a planning office runs it: in an empty folder outside the checkout, then
/// `folio build` and `folio check` on what it wrote.
@Suite struct NewSchoolTests {
    /// An empty temporary folder (outside the checkout) with the scaffold written into `lanyang/`.
    struct NewSchool {
        let parent: URL
        var root: URL { parent.appendingPathComponent("lanyang") }

        init(_ options: [String] = []) throws {
            parent = FileManager.default.temporaryDirectory.appendingPathComponent("folio-new-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            let result = try Tools.run(Tools.folio.path, ["new", "lanyang"] + options, in: parent)
            #expect(result.status == 0, "\(result.stderr)")
        }

        /// `folio` in the new school's folder, as the office runs it: no templates folder there, so
        /// the bundled templates are used (issue 11's "folio new lanyang && cd lanyang && folio build").
        func run(_ arguments: [String]) throws -> Tools.Result {
            try Tools.run(Tools.folio.path, arguments, in: root)
        }

        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
        func read(_ relative: String) throws -> String { try String(contentsOfFile: path(relative), encoding: .utf8) }
        func write(_ relative: String, _ text: String) throws { try text.write(toFile: path(relative), atomically: true, encoding: .utf8) }
        func cleanUp() { try? FileManager.default.removeItem(at: parent) }

    }

    static func catalog() throws -> Catalog {
        let sink = DiagnosticSink()
        return try #require(CatalogLoader.loadBuiltIn(id: "moe-tvc-phase2", sink: sink, referencedAt: .file("test")))
    }

    /// One placeholder per baseline and per plan-year target of every quantitative measure,
    /// and one per qualitative measure's narrative, over the indicators the school reports on.
    static func placeholderCount(ownership: Ownership, years: Int) throws -> Int {
        try PlanRules.applicableIndicators(catalog(), ownership).flatMap(\.measures)
            .map { $0.kind == .quantitative ? 1 + years : 1 }.reduce(0, +)
    }

    static func placeholderLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(" is still 待填: ") }
    }

    @Test func aNewSchoolBuildsAtOnceAndEveryIndicatorPageShowsThePlaceholder() throws {
        let school = try NewSchool()
        defer { school.cleanUp() }
        #expect(!FileManager.default.fileExists(atPath: school.path("templates")), "the scaffold needs no templates folder")
        let build = try school.run(["build"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Built "), "\(build.stdout)")
        // The build counts the placeholders; 'folio check' lists them.
        #expect(build.stderr == "\(try Self.placeholderCount(ownership: .national, years: 3)) placeholders (待填) left to fill in; 'folio check' lists them with file:line:column.\n")
        for indicator in try Self.catalog().indicators {
            let page = try String(contentsOfFile: school.path("site/public/indicators/\(indicator.number < 10 ? "0" : "")\(indicator.number).html"), encoding: .utf8)
            #expect(page.contains("待填"), "indicator \(indicator.number)")
        }
        // 1-1's baseline cell, and its chart: no bar for a placeholder target, 待填 where it would stand.
        let first = try String(contentsOfFile: school.path("site/public/indicators/01.html"), encoding: .utf8)
        #expect(first.contains("class=\"chart-value chart-missing\" x=\"92\" y=\"73\">待填</text>"))
        // The legend's swatch is the only target rectangle in each chart: a placeholder target has no bar.
        let charts = first.components(separatedBy: "<svg ").count - 1
        #expect(charts == 2)
        #expect(first.components(separatedBy: "<rect class=\"chart-target\"").count - 1 == charts)
        // The sample review round scores as it is.
        let score = try Tools.run(Tools.folio.path, ["score", "--round", "114-1"], in: school.root)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.hasPrefix("範例申請人（職能治療學系）新聘 助理教授\n審查梯次 114-1｜申請日 114/09/15"))
        // The office's README says what to fill in.
        #expect(try school.read("README.md").contains("## 填寫順序"))
    }

    @Test func aNationalSchoolGetsEveryIndicatorAndAPrivateOneNoIndicator12() throws {
        let national = try NewSchool()
        defer { national.cleanUp() }
        let privateSchool = try NewSchool(["--ownership", "private", "--name", "私立蘭陽科技大學"])
        defer { privateSchool.cleanUp() }
        let all = (1...15).map { String(format: "%02d.yaml", $0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: national.path("content/indicators")).sorted() == all)
        #expect(try FileManager.default.contentsOfDirectory(atPath: privateSchool.path("content/indicators")).sorted() == all.filter { $0 != "12.yaml" })
        let schoolYAML = try privateSchool.read("content/school.yaml")
        #expect(schoolYAML.contains("  name: \"私立蘭陽科技大學\"\n"))
        #expect(schoolYAML.contains("  ownership: private "))
        #expect(schoolYAML.contains("  baseline_year: 113 "))
        #expect(schoolYAML.contains("  years: [114, 115, 116]\n"))
        // Every measure of the catalog is in its indicator's file (a ministry measure missing would be an error).
        let check = try privateSchool.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("12-1"))
        #expect(Self.placeholderLines(check.stderr).count == (try Self.placeholderCount(ownership: .private, years: 3)))
    }

    @Test func checkListsEveryPlaceholderAsAWarningAndStrictMakesThemErrors() throws {
        let school = try NewSchool()
        defer { school.cleanUp() }
        let check = try school.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
        let placeholders = Self.placeholderLines(check.stderr)
        let expected = try Self.placeholderCount(ownership: .national, years: 3)
        #expect(placeholders.count == expected)
        // 01.yaml: line 9 is '    baseline: 待填', line 10 '    targets: {114: 待填, 115: 待填, 116: 待填}'.
        for line in [
            "content/indicators/01.yaml:9:15: warning: the 113 baseline of 1-1 is still 待填: write its value (folio check --strict rejects placeholders)",
            "content/indicators/01.yaml:10:20: warning: the 114 target of 1-1 is still 待填: write the figure the school commits to (folio check --strict rejects placeholders)",
            "content/indicators/01.yaml:10:38: warning: the 116 target of 1-1 is still 待填: write the figure the school commits to (folio check --strict rejects placeholders)",
            "content/narratives/1-3.md:1:1: warning: the narrative of 1-3 is still 待填: replace it with the school's account of this measure (folio check --strict rejects placeholders)",
        ] {
            #expect(placeholders.contains(line), "\(line)")
        }
        #expect(check.stdout == "No errors in content/ (\(expected) warnings).\n")

        let strict = try school.run(["check", "--strict"])
        #expect(strict.status == 1)
        let errors = Self.placeholderLines(strict.stderr)
        #expect(errors.count == expected)
        #expect(errors.allSatisfy { $0.contains(": error: ") })
        #expect(errors.contains("content/indicators/01.yaml:9:15: error: the 113 baseline of 1-1 is still 待填: write its value (folio check --strict rejects placeholders)"))
        #expect(strict.stderr.hasSuffix("\(expected) errors in content/.\n"))
    }

    @Test func fillingABaselineAndATargetRemovesExactlyTheirWarnings() throws {
        let school = try NewSchool()
        defer { school.cleanUp() }
        let before = Self.placeholderLines(try school.run(["check"]).stderr)
        let file = try school.read("content/indicators/01.yaml")
        // Only 1-1's figures: the first baseline and the first 114 target in the file.
        let filled = file.replacingOccurrences(of: "    baseline: 待填", with: "    baseline: 1486", options: [], range: file.range(of: "    baseline: 待填"))
        try school.write("content/indicators/01.yaml",
                         filled.replacingOccurrences(of: "{114: 待填,", with: "{114: 1520,", options: [], range: filled.range(of: "{114: 待填,")))
        let check = try school.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
        let after = Self.placeholderLines(check.stderr)
        // By message, as the 115 and 116 placeholders moved right: "1520" is 2 columns wider than "待填".
        func messages(_ lines: [String]) -> Set<String> { Set(lines.map { String($0[$0.range(of: ": warning: ")!.upperBound...]) }) }
        #expect(messages(before).subtracting(messages(after)) == [
            "the 113 baseline of 1-1 is still 待填: write its value (folio check --strict rejects placeholders)",
            "the 114 target of 1-1 is still 待填: write the figure the school commits to (folio check --strict rejects placeholders)",
        ])
        #expect(messages(after).isSubset(of: messages(before)))
        #expect(after.contains("content/indicators/01.yaml:10:31: warning: the 115 target of 1-1 is still 待填: write the figure the school commits to (folio check --strict rejects placeholders)"))
        #expect(after.count == before.count - 2)
        #expect(check.stdout == "No errors in content/ (\(before.count - 2) warnings).\n")
    }

    @Test func aRealFigureBesidePlaceholdersIsStillChecked() throws {
        let school = try NewSchool()
        defer { school.cleanUp() }
        // 1-1 (lines 9–10): 115: 0 is still refused (P1) between two placeholders.
        // 1-2 (lines 14–15): a word that is not the placeholder is still not a number.
        let lines = try school.read("content/indicators/01.yaml").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[9] == "    targets: {114: 待填, 115: 待填, 116: 待填}" && lines[14] == lines[9])
        var edited = lines
        edited[9] = "    targets: {114: 待填, 115: 0, 116: 待填}"
        edited[14] = "    targets: {114: 待填, 115: 300, 116: 待定}"
        try school.write("content/indicators/01.yaml", edited.joined(separator: "\n"))
        let check = try school.run(["check"])
        #expect(check.status == 1)
        let output = check.stderr.split(separator: "\n").map(String.init)
        #expect(output.contains("content/indicators/01.yaml:10:29: error: the 115 target of 1-1 is 0, which the ministry does not allow (P1): set the figure the school commits to"))
        #expect(output.contains("content/indicators/01.yaml:10:20: warning: the 114 target of 1-1 is still 待填: write the figure the school commits to (folio check --strict rejects placeholders)"))
        #expect(output.contains("content/indicators/01.yaml:15:39: error: 'measures.1-2.targets.116' must be a number (write percentages without %, e.g. 38.5), found the scalar '待定'"))
        #expect(output.last == "2 errors and \(try Self.placeholderCount(ownership: .national, years: 3) - 3) warnings in content/.")
    }

    @Test func newRefusesAFolderThatIsNotEmpty() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("folio-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: parent.appendingPathComponent("lanyang"), withIntermediateDirectories: true)
        try "mine\n".write(to: parent.appendingPathComponent("lanyang/notes.txt"), atomically: true, encoding: .utf8)
        let result = try Tools.run(Tools.folio.path, ["new", "lanyang"], in: parent)
        #expect(result.status == 1)
        #expect(result.stderr == "error: lanyang is not empty (it holds notes.txt): folio new writes only into a new or empty folder, so nothing was written; choose another folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("lanyang").path) == ["notes.txt"])
        #expect(try String(contentsOf: parent.appendingPathComponent("lanyang/notes.txt"), encoding: .utf8) == "mine\n")
        // An empty folder is fine.
        let empty = try Tools.run(Tools.folio.path, ["new", "empty"], in: parent.appendingPathComponent("lanyang").deletingLastPathComponent())
        #expect(empty.status == 0, "\(empty.stderr)")
    }

    @Test func yearsOutsideTheCatalogsPhaseAreRefused() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("folio-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let result = try Tools.run(Tools.folio.path, ["new", "lanyang", "--years", "116-118"], in: parent)
        #expect(result.status == 1)
        #expect(result.stderr == "error: the plan years must lie within the catalog's phase (第二期, 112–116): give e.g. --years 114-116\n")
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("lanyang").path))
        let shorter = try Tools.run(Tools.folio.path, ["new", "short", "--years", "115-116"], in: parent)
        #expect(shorter.status == 0, "\(shorter.stderr)")
        let school = try String(contentsOf: parent.appendingPathComponent("short/content/school.yaml"), encoding: .utf8)
        #expect(school.contains("  baseline_year: 114 ") && school.contains("  years: [115, 116]\n"))
    }
}
