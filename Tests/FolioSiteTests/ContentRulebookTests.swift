import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// A committee's rulebooks and catalogs are its content: `content/rulebooks/*.yaml` replaces a
/// bundled version of the same id or adds one, `content/catalog/<id>.yaml` a catalog; all are
/// validated as the bundled ones are, and pages and `folio score` name the file used.
@Suite struct ContentRulebookTests {
    static let applicant = "content/dossiers/115-1/lin-yijun"
    static let rulebook = "content/rulebooks/kmu-health-2020-07-23.yaml"

    func folio(_ arguments: [String], _ workspace: Workspace) throws -> Tools.Result {
        try Tools.run(Tools.folio.path, arguments, in: workspace.root)
    }

    func score(_ workspace: Workspace) throws -> [String: Any] {
        let run = try folio(["score", Self.applicant, "--json"], workspace)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    func research(_ report: [String: Any]) -> Double? { (report["totals"] as? [String: Any])?["research"] as? Double }

    func replace(_ old: String, _ new: String, in path: String, _ workspace: Workspace) throws {
        let text = try workspace.read(path)
        #expect(text.contains(old), "\(path) has no '\(old)'")
        try workspace.write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// Lin Yijun (application 115/09/15, rulebook kmu-health-2020-07-23) has one KJMS paper,
    /// papers.csv line 11: original, first author, corresponding. Its percentile is set to 15 here,
    /// so its own band (10%–20%, 25 points for a first author) beats the KJMS band (40%–60%, 15):
    ///   I-11 true  (bundled): the better of the two, 25 × original 3 = 75
    ///   I-11 false (content): the KJMS band,        15 × original 3 = 45
    /// She has 14 papers, fewer than the 15 counted, so the paper counts either way and her
    /// research total drops by exactly 75 − 45 = 30 (684 → 654), with no Swift touched.
    @Test func aCommitteeChangesAnInterpretationInItsContent() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try replace("Kaohsiung Journal of Medical Sciences,original,1,yes,,72,",
                    "Kaohsiung Journal of Medical Sciences,original,1,yes,,15,", in: "\(Self.applicant)/papers.csv", workspace)
        let bundled = try score(workspace)
        #expect(research(bundled) == 684)
        #expect(bundled["rulebook"] as? [String: String] == ["version": "kmu-health-2020-07-23",
                                                            "title": "健康科學院專任教師新聘及升等計分細則（109.07.23 修正）",
                                                            "file": "rulebooks/kmu-health-2020-07-23.yaml"])

        let export = try folio(["rules", "export", "content"], workspace)
        #expect(export.status == 0)
        #expect(export.stdout == "content/rulebooks/kmu-health-2020-07-23.yaml\ncontent/rulebooks/kmu-health-before-2020-07-23.yaml\n"
            + "content/catalog/moe-tvc-phase2.yaml\ncontent/cefr/conversions.yaml\n4 files written.\n") // and 7-2's CEFR conversion table
        try replace("kjms_better_of_own_band: true ", "kjms_better_of_own_band: false", in: Self.rulebook, workspace)

        let amended = try score(workspace)
        #expect(research(amended) == 654)
        #expect(amended["rulebook"] as? [String: String] == ["version": "kmu-health-2020-07-23",
                                                            "title": "健康科學院專任教師新聘及升等計分細則（109.07.23 修正）",
                                                            "file": Self.rulebook,
                                                            "replaces": "rulebooks/kmu-health-2020-07-23.yaml"])
        let text = try folio(["score", Self.applicant], workspace)
        #expect(text.stdout.contains("計分細則檔案 \(Self.rulebook)（內建 rulebooks/kmu-health-2020-07-23.yaml replaced by \(Self.rulebook)）\n"))

        let build = try folio(["build"], workspace)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(page.contains("<dd class=\"rulebook-file\"><code>\(Self.rulebook)</code> <span class=\"rulebook-replaced\">取代內建版本 "
            + "<code>rulebooks/kmu-health-2020-07-23.yaml</code></span></dd>"))
        let other = try workspace.read("site/committee/dossiers/115-1/wu-jianhong.html")
        #expect(other.contains("<code>\(Self.rulebook)</code>"))
    }

    /// A content rulebook with a version id of its own adds a version: a dossier applying after
    /// its first day is scored by it, and nothing is marked replaced.
    @Test func aContentRulebookAddsAVersion() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let bundled = try String(contentsOf: try #require(BundledDefaults.rulebooksFolder)
            .appendingPathComponent("kmu-health-2020-07-23.yaml"), encoding: .utf8)
        try workspace.write("content/rulebooks/amended.yaml", bundled
            .replacingOccurrences(of: "version: kmu-health-2020-07-23", with: "version: kmu-health-2026-08-01")
            .replacingOccurrences(of: "in_force_from: 109/07/23", with: "in_force_from: 115/08/01"))
        let report = try score(workspace)
        #expect(report["rulebook"] as? [String: String] == ["version": "kmu-health-2026-08-01",
                                                           "title": "健康科學院專任教師新聘及升等計分細則（109.07.23 修正）",
                                                           "file": "content/rulebooks/amended.yaml"])
    }

    /// A mistyped key in a content rulebook stops `folio score` and `folio build` alike, at the
    /// content file's line and column; the site is left as it was.
    @Test func anInvalidContentRulebookIsReportedAtItsLine() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let before = workspace.snapshot("site")
        #expect(try folio(["rules", "export", "content"], workspace).status == 0)
        try replace("kjms_better_of_own_band: true ", "kjms_better_of_own_bnd: false ", in: Self.rulebook, workspace)
        // The lines of the `interpretations:` mapping and of the mistyped key, as the exported file has them.
        let lines = try String(contentsOf: workspace.root.appendingPathComponent(Self.rulebook), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let mapping = try #require(lines.firstIndex { $0.hasPrefix("interpretations:") }) + 2
        let typo = try #require(lines.firstIndex { $0.contains("kjms_better_of_own_bnd") }) + 1
        let errors = [
            "\(Self.rulebook):\(mapping):3: error: 'interpretations' is missing 'kjms_better_of_own_band': add I-11",
            "\(Self.rulebook):\(typo):3: error: unknown key 'kjms_better_of_own_bnd'; did you mean 'kjms_better_of_own_band'?",
        ]
        let score = try folio(["score", Self.applicant], workspace)
        #expect(score.status == 1)
        #expect(score.stdout == "")
        #expect(score.stderr == (errors + ["2 errors; nothing scored."]).map { $0 + "\n" }.joined())
        let build = try folio(["build"], workspace)
        #expect(build.status == 1)
        #expect(build.stderr == (errors + ["Build failed with 2 errors; site/ was not changed."]).map { $0 + "\n" }.joined())
        #expect(workspace.snapshot("site") == before)
    }

    /// A content catalog replaces the bundled one of its id and is validated as it is.
    @Test func anInvalidContentCatalogIsReportedAtItsLine() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        #expect(try folio(["rules", "export", "content"], workspace).status == 0)
        #expect(try folio(["check"], workspace).status == 0)
        try replace("  title_en:", "  titel_en: x\n  title_en:", in: "content/catalog/moe-tvc-phase2.yaml", workspace)
        let check = try folio(["check"], workspace)
        #expect(check.status == 1)
        #expect(check.stderr.hasPrefix("content/catalog/moe-tvc-phase2.yaml:5:3: error: unknown key 'titel_en'"))
    }

    /// A content catalog is named by its file, so its id must match the file name.
    @Test func aContentCatalogsIDIsItsFileName() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        #expect(try folio(["rules", "export", "content"], workspace).status == 0)
        try FileManager.default.moveItem(atPath: workspace.path("content/catalog/moe-tvc-phase2.yaml"),
                                         toPath: workspace.path("content/catalog/moe-tvc-phase3.yaml"))
        let check = try folio(["check"], workspace)
        #expect(check.status == 1)
        #expect(check.stderr.split(separator: "\n").filter { $0.contains(": error: ") } == [
            "content/catalog/moe-tvc-phase3.yaml:3:7: error: the catalog's id 'moe-tvc-phase2' differs from its file name "
                + "moe-tvc-phase3.yaml: a plan names a catalog by its file, so rename the file moe-tvc-phase2.yaml or change the id",
        ])
    }
}
