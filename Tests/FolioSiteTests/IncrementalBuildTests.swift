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
        #expect(report.rendered == 1) // indicators/01.html is the only page showing 1-3
        #expect(report.written == ["public/indicators/01.html"])
        #expect(try workspace.read("site/public/indicators/01.html").contains("<p>本校今年新增證照輔導專班。</p>"))
        let homeAfter = try FileManager.default.attributesOfItem(atPath: workspace.path("site/public/index.html"))[.modificationDate] as? Date
        #expect(homeBefore == homeAfter)

        // The incremental result is exactly what a full build of the same input writes.
        let fresh = try Workspace()
        defer { fresh.cleanUp() }
        try fresh.write("content/narratives/1-3.md", "本校今年\n新增證照輔導專班。\n")
        _ = try SiteBuilder.build(fresh.options)
        #expect(workspace.snapshot("site") == fresh.snapshot("site"))
    }

    @Test func anEditThatChangesNothingWritesNothing() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let report = try session.rebuild(changed: [workspace.path("content/narratives/2-3.md")])
        #expect(report.incremental && report.rendered == 1 && report.written.isEmpty)
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
        // The overview table and indicator 8's page show the 116 target; nothing else changes.
        #expect(report.written == ["public/index.html", "public/indicators/08.html"])

        let layout = try workspace.read("templates/layout.mustache").replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer\" data-edited>")
        try workspace.write("templates/layout.mustache", layout)
        let templateReport = try session.rebuild(changed: [workspace.path("templates/layout.mustache")])
        #expect(templateReport.written.filter { $0.hasSuffix(".html") }.count == 16)
    }

    @Test func aFailedRebuildKeepsTheLastGoodSite() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let before = workspace.snapshot("site")
        let yaml = try workspace.read("content/indicators/01.yaml").replacingOccurrences(of: "115: 1560", with: "115: 0")
        try workspace.write("content/indicators/01.yaml", yaml)
        #expect(throws: (any Error).self) { try session.rebuild(changed: [workspace.path("content/indicators/01.yaml")]) }
        #expect(workspace.snapshot("site") == before)
    }
}
