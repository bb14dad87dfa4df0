import FolioTestSupport
import FolioCore
import Foundation
import Testing
@testable import FolioSite

@Suite struct IncrementalBuildTests {
    @Test func aNarrativeEditReRendersOnlyThePagesShowingIt() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let homeBefore = try FileManager.default.attributesOfItem(atPath: workspace.path("site/public/index.html"))[.modificationDate] as? Date

        try workspace.write("content/narratives/1-3.md", "本校今年\n新增證照輔導專班。\n")
        let report = try session.rebuild(changed: [workspace.path("content/narratives/1-3.md")])
        #expect(report.incremental)
        // indicators/01.html, in each of the three trees, is the only page showing 1-3 (the English
        // pages show 1-3.en.md instead).
        #expect(report.rendered == 3)
        #expect(report.written == ["committee/indicators/01.html", "internal/indicators/01.html", "public/indicators/01.html"])
        #expect(try workspace.read("site/public/indicators/01.html").contains("<p>本校今年新增證照輔導專班。</p>"))
        let homeAfter = try FileManager.default.attributesOfItem(atPath: workspace.path("site/public/index.html"))[.modificationDate] as? Date
        #expect(homeBefore == homeAfter)

        try Self.expectSameAsAFullBuild(workspace) { try $0.write("content/narratives/1-3.md", "本校今年\n新增證照輔導專班。\n") }
    }

    /// The incremental result is exactly what a full build of the same input, made by `edit`, writes.
    static func expectSameAsAFullBuild(_ workspace: Workspace, _ edit: (Workspace) throws -> Void) throws {
        let fresh = try Workspace()
        defer { fresh.cleanUp() }
        try edit(fresh)
        _ = try SiteBuilder.build(fresh.options)
        // Provenance pages cite table files by the path the build was given, which names each workspace.
        let incremental = workspace.snapshot("site", replacingRoot: true), full = fresh.snapshot("site", replacingRoot: true)
        #expect(incremental.keys.sorted() == full.keys.sorted())
        #expect(incremental.keys.filter { incremental[$0] != full[$0] }.sorted() == [])
    }

    @Test func anEditThatChangesNothingWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let report = try session.rebuild(changed: [workspace.path("content/narratives/2-3.md")])
        #expect(report.incremental && report.rendered == 3 && report.written.isEmpty)
    }

    /// An English narrative's edit re-renders the English pages showing it, and only those.
    @Test func anEnglishNarrativeEditReRendersOnlyTheEnglishPagesShowingIt() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        try workspace.write("content/narratives/1-3.en.md", "This year we added\na certification class.\n")
        let report = try session.rebuild(changed: [workspace.path("content/narratives/1-3.en.md")])
        #expect(report.incremental && report.rendered == 3)
        #expect(report.written == ["committee/en/indicators/01.html", "internal/en/indicators/01.html", "public/en/indicators/01.html"])
        #expect(try workspace.read("site/public/en/indicators/01.html").contains("<p>This year we added\na certification class.</p>"))
        // 9-2 has no English: its English pages show the Chinese, so its edit re-renders both languages.
        let untranslated = try session.rebuild(changed: [workspace.path("content/narratives/9-2.md")])
        #expect(untranslated.incremental && untranslated.rendered == 6)
    }

    @Test func aYAMLOrTemplateEditRebuildsEverythingItTouches() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let yaml = try workspace.read("content/indicators/08.yaml").replacingOccurrences(of: "116: 22.9", with: "116: 22.7")
        try workspace.write("content/indicators/08.yaml", yaml)
        let report = try session.rebuild(changed: [workspace.path("content/indicators/08.yaml")])
        #expect(!report.incremental)
        // The overview table and indicator 8's page show the 116 target, and so do the open data of
        // the plan and of indicator 8 in each tree, in both languages; nothing else changes.
        let data = ["data/indicator-08.csv", "data/indicator-08.json", "data/plan.csv", "data/plan.json"]
        #expect(report.written == ["committee", "internal", "public"].flatMap { tree in
            (data + ["index.html", "indicators/08.html"]).flatMap { ["\(tree)/\($0)", "\(tree)/en/\($0)"] }
        }.sorted())

        let layout = try workspace.read("templates/layout.mustache").replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer\" data-edited>")
        try workspace.write("templates/layout.mustache", layout)
        let templateReport = try session.rebuild(changed: [workspace.path("templates/layout.mustache")])
        let pages = workspace.snapshot("site").keys.filter { $0.hasSuffix(".html") }
        #expect(Set(templateReport.written.filter { $0.hasSuffix(".html") }) == Set(pages))
    }

    /// A dossier's record edit reloads that dossier alone and re-renders its page, its round's
    /// dockets and minutes and the committee's index, in both languages: the dependency map.
    @Test func aDossierRecordEditReRendersOnlyThatDossierAndItsRound() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        // The first external reviewer's score falls from 82 to 60: R-G2 (4 of 5 at or above 78) now fails.
        let edit = { (text: String) in text.replacingOccurrences(of: "external_review: [82, 80, 79, 78, 74]", with: "external_review: [60, 80, 79, 78, 74]") }
        let path = "content/dossiers/115-1/lin-yijun/dossier.yaml"
        try workspace.write(path, edit(try workspace.read(path)))
        let report = try session.rebuild(changed: [workspace.path(path)])
        #expect(report.incremental)
        // Per language: its page, the round's docket, the three levels' dockets, the two held meetings'
        // minutes and the committee's index; every one shows the changed verdict, so each is written.
        let round = ["115-1/index.html", "115-1/levels/college.html", "115-1/levels/department.html", "115-1/levels/university.html",
                     "115-1/lin-yijun.html", "115-1/minutes/college.html", "115-1/minutes/department.html", "index.html"]
        let expected = ["committee/dossiers/", "committee/en/dossiers/"].flatMap { tree in round.map { tree + $0 } }.sorted()
        #expect(report.rendered == expected.count)
        #expect(report.written == expected)

        try Self.expectSameAsAFullBuild(workspace) { try $0.write(path, edit(try $0.read(path))) }
    }

    /// A renamed applicant must pass the scan of published texts again: the whole site is rebuilt.
    @Test func aDossierEditThatRenamesTheApplicantRebuildsEverything() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let path = "content/dossiers/115-1/lin-yijun/dossier.yaml"
        try workspace.write(path, try workspace.read(path).replacingOccurrences(of: "applicant: 林怡君", with: "applicant: 林宜君"))
        let report = try session.rebuild(changed: [workspace.path(path)])
        #expect(!report.incremental)
        #expect(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html").contains("林宜君"))
    }

    /// A dossier folder swapped for a link during the preview is refused by the full build, as on the
    /// first build: the record edit inside it never reloads it through the link.
    @Test func aDossierFolderSwappedForALinkIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let before = workspace.snapshot("site")
        try FileManager.default.moveItem(atPath: workspace.path("content/dossiers/115-1/lin-yijun"), toPath: workspace.path("outside-dossier"))
        try FileManager.default.createSymbolicLink(atPath: workspace.path("content/dossiers/115-1/lin-yijun"),
                                                   withDestinationPath: workspace.path("outside-dossier"))
        try workspace.write("outside-dossier/dossier.yaml", try workspace.read("outside-dossier/dossier.yaml").replacingOccurrences(of: "82, 80", with: "60, 80"))
        let error = try #require(throws: DiagnosticsError.self) {
            try session.rebuild(changed: [workspace.path("content/dossiers/115-1/lin-yijun/dossier.yaml")])
        }
        #expect(error.diagnostics.map { workspace.relative($0).description }.contains {
            $0.hasPrefix("content/dossiers/115-1/lin-yijun:1:1: error: content/dossiers/115-1/lin-yijun is a symbolic link to a folder")
        })
        #expect(workspace.snapshot("site") == before)
    }

    /// A broken record is reported at its line, and the last good site stays.
    @Test func aDossierEditWithAnErrorKeepsTheLastGoodSite() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let before = workspace.snapshot("site")
        let path = "content/dossiers/115-1/lin-yijun/dossier.yaml"
        try workspace.write(path, try workspace.read(path).replacingOccurrences(of: "degree: doctorate", with: "degree: doctorat"))
        let error = try #require(throws: DiagnosticsError.self) { try session.rebuild(changed: [workspace.path(path)]) }
        #expect(error.diagnostics.contains { workspace.relative($0).description.hasPrefix("content/dossiers/115-1/lin-yijun/dossier.yaml:9:9: error:") })
        #expect(workspace.snapshot("site") == before)
    }

    @Test func aFailedRebuildKeepsTheLastGoodSite() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let before = workspace.snapshot("site")
        #expect(before.keys.contains("public/indicators/01.html") && before.count > 70)
        let yaml = try workspace.read("content/indicators/01.yaml").replacingOccurrences(of: "115: 1560", with: "115: 0")
        try workspace.write("content/indicators/01.yaml", yaml)
        let error = try #require(throws: DiagnosticsError.self) { try session.rebuild(changed: [workspace.path("content/indicators/01.yaml")]) }
        // Line 8 is `targets: {114: 1520, 115: 0, 116: 1600}`; the 0 is at column 31.
        #expect(error.diagnostics.map { workspace.relative($0).description } == [
            "content/indicators/01.yaml:8:31: error: the 115 target of 1-1 is 0, which the ministry does not allow (P1): set the figure the school commits to",
        ])
        #expect(workspace.snapshot("site") == before)
    }
}

@Suite struct IncrementalPageTests {
    @Test func aPageBodyEditLeavesTheIndexAloneAndATitleEditDoesNot() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/pages/report.md", "---\ntitle: 成果報告\ndate: 115/03/01\n---\n初稿。\n")
        try workspace.write("content/pages/notice.md", "---\ntitle: 公告\n---\n內容。\n")
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        #expect(try workspace.read("site/public/pages/index.html").contains("成果報告"))

        try workspace.write("content/pages/report.md", "---\ntitle: 成果報告\ndate: 115/03/01\n---\n定稿。\n")
        let body = try session.rebuild(changed: [workspace.path("content/pages/report.md")])
        // The page only, in both languages (the English page shows the Chinese, untranslated): the
        // index shows front matter, which did not change.
        #expect(body.rendered == 2)
        #expect(body.written == ["public/en/pages/report.html", "public/pages/report.html"])

        try workspace.write("content/pages/report.md", "---\ntitle: 期末成果報告\ndate: 115/03/01\n---\n定稿。\n")
        let title = try session.rebuild(changed: [workspace.path("content/pages/report.md")])
        #expect(title.rendered == 4)
        #expect(title.written == ["public/en/pages/index.html", "public/en/pages/report.html", "public/pages/index.html", "public/pages/report.html"])
        #expect(try workspace.read("site/public/pages/index.html").contains("期末成果報告"))
    }
}
