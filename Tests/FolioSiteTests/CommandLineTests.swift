import FolioTestSupport
import Foundation
import Testing

/// `folio` as a user runs it: exit codes, compiler-style messages on standard error.
@Suite struct CommandLineTests {
    @Test func buildSucceedsOnTheExample() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(result.status == 0, "\(result.stderr)")
        // 16 public pages; internally the same 16 and 18 provenance pages, one per computed figure;
        // for the committee the same 16, the rounds' home, a docket and 4 dossiers (and the sorting script).
        #expect(result.stdout.hasPrefix("Built 72 pages into site/public/ (17 files), site/internal/ (35 files), site/committee/ (24 files) in "))
        #expect(FileManager.default.fileExists(atPath: workspace.path("site/public/index.html")))
    }

    @Test func checkReportsEveryErrorAndExitsNonZero() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let one = try workspace.read("content/indicators/01.yaml")
            .replacingOccurrences(of: "115: 1560", with: "115: 0")
            .replacingOccurrences(of: "responsible_unit: 教務處綜合業務組", with: "responsible_units: 教務處綜合業務組")
        try workspace.write("content/indicators/01.yaml", one)
        let result = try Tools.run(Tools.folio.path, ["check"], in: workspace.root)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/indicators/01.yaml:6:5: error: unknown key 'responsible_units'; did you mean 'responsible_unit'?"))
        #expect(lines.last == "1 error in content/.")
    }

    @Test func aFailedBuildSaysTheSiteWasNotChanged() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/school.yaml", "school: {name: 測試, ownership: public}\nplan: {}\n")
        let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/school.yaml:1:31: error: 'school.ownership' must be one of 'national', 'private', found 'public'"))
        #expect(result.stderr.contains("site/ was not changed."))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site")))
    }

    @Test func helpDescribesTheCommands() throws {
        let result = try Tools.run(Tools.folio.path, ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("build"))
        #expect(result.stdout.contains("check"))
    }
}
