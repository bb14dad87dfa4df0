import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Template mistakes found before anything is rendered, by `folio build` and `folio check` alike.
@Suite struct TemplateDiagnosticsTests {
    static let partials = "partials/docket, partials/docket-row, partials/dossier, partials/figure-line, partials/figure-summary, "
        + "partials/measures-table, partials/minutes, partials/nav, partials/pdf-link, partials/score-bases, partials/source-record, partials/sources"

    /// Runs `folio build` then `folio check` in the workspace; both must fail with exactly
    /// `errors` (and, for build, leave the previous site as it was).
    func expectBothReport(_ workspace: Workspace, _ errors: [String]) throws {
        let before = workspace.snapshotIfPresent("site")
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        // 1, not 139: no crash.
        #expect(build.status == 1)
        #expect(build.stdout == "")
        let summary = "Build failed with \(errors.count) error\(errors.count == 1 ? "" : "s"); site/ was not changed."
        #expect(build.stderr == (errors + [summary]).map { $0 + "\n" }.joined())
        #expect(workspace.snapshotIfPresent("site") == before)

        let check = try Tools.run(Tools.folio.path, ["check"], in: workspace.root)
        #expect(check.status == 1)
        #expect(check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init) == errors)
        #expect(!check.stdout.contains("No problems found"))
    }

    func insert(_ line: String, at number: Int, in path: String, _ workspace: Workspace) throws {
        var lines = try workspace.read(path).components(separatedBy: "\n")
        lines.insert(line, at: number - 1)
        try workspace.write(path, lines.joined(separator: "\n"))
    }

    /// This killed `folio build` with SIGSEGV and `folio check` said "No problems found".
    @Test func aPartialThatIncludesItself() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        try insert("{{> partials/nav}}", at: 3, in: "templates/partials/nav.mustache", workspace)
        try expectBothReport(workspace, [
            "templates/partials/nav.mustache:3:1: error: partial include cycle partials/nav → partials/nav: "
                + "rendering it would never end; remove this include or break the chain",
        ])
    }

    /// home includes loop-a, loop-a includes loop-b, loop-b includes loop-a again (line 2, column 3).
    @Test func twoPartialsThatIncludeEachOther() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("templates/partials/loop-a.mustache", "<p>{{> partials/loop-b}}</p>\n")
        try workspace.write("templates/partials/loop-b.mustache", "<p>b</p>\n  {{> partials/loop-a}}\n")
        try insert("{{> partials/loop-a}}", at: 2, in: "templates/home.mustache", workspace)
        try expectBothReport(workspace, [
            "templates/partials/loop-b.mustache:2:3: error: partial include cycle partials/loop-a → partials/loop-b → partials/loop-a: "
                + "rendering it would never end; remove this include or break the chain",
        ])
    }

    /// This rendered nothing, with exit 0. Column 4: after `<p>`.
    @Test func aMissingPartial() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try insert("<p>{{> partials/nope}}</p>", at: 2, in: "templates/home.mustache", workspace)
        try expectBothReport(workspace, [
            "templates/home.mustache:2:4: error: the partial 'partials/nope' does not exist (no partials/nope.mustache "
                + "in the templates folder): use one of \(Self.partials), or add the file",
        ])
    }

    /// This was printed once per page, 72 times.
    /// The user's templates/ folder overrides the bundled set file by file: a layout removed
    /// from it is the bundled layout again (BundledDefaultsTests covers the overrides).
    @Test func aLayoutRemovedFromTheTemplatesFolderIsTheBundledOne() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        #expect(try Tools.run(Tools.folio.path, ["build"], in: workspace.root).status == 0)
        let before = workspace.snapshot("site")
        try workspace.remove("templates/layout.mustache")
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(build.status == 0)
        #expect(build.stderr == "")
        #expect(workspace.snapshot("site") == before)
    }

    /// Include tags are found as swift-mustache's parser reads them: after `{{=<% %>=}}` only
    /// `<%> … %>` is a tag, a comment hides nothing beyond its end, columns count Unicode scalars.
    @Test func includeTagsAreFoundWithChangedDelimiters() {
        let text = "甲乙 {{> one}}\n{{! {{> not-a-tag }} {{> two }}\n{{=<% %>=}}{{> literal}} <%> three %>\n<%={{ }}=%>{{>*dynamic}}{{<four}}{{/four}}"
        let found = PartialGraph.scan(text, file: "t.mustache").map { "\($0.location) \($0.name)\($0.dynamic ? " dynamic" : "")" }
        // Line 2: "{{! {{> not-a-tag }}" (columns 1–20) is a comment ending at its first "}}"; a space,
        // then "{{> two }}" at 22. Line 3: "{{=<% %>=}}" (1–11), "{{> literal}}" (12–24) is text now,
        // a space, "<%>" at 26. Line 4: "<%={{ }}=%>" (1–11), "{{>*dynamic}}" (12–24), "{{<four}}" at 25.
        #expect(found == ["t.mustache:1:4 one", "t.mustache:2:22 two", "t.mustache:3:26 three",
                          "t.mustache:4:12 dynamic dynamic", "t.mustache:4:25 four"])
    }

    @Test func aDynamicPartialIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try insert("{{>*which}}", at: 2, in: "templates/home.mustache", workspace)
        #expect(workspace.check().map(\.description) == [
            "templates/home.mustache:2:1: error: the dynamic partial '{{>*which}}' is not supported: name the partial, e.g. {{> partials/nav}}",
        ])
    }

    /// home → p1 → … → p25: 26 templates, 25 includes deep, one over the limit of 24.
    @Test func partialsNestedTooDeepAreRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        for level in 1...25 {
            try workspace.write("templates/partials/p\(level).mustache", level < 25 ? "{{> partials/p\(level + 1)}}" : "end")
        }
        try insert("{{> partials/p1}}", at: 2, in: "templates/home.mustache", workspace)
        let chain = (["home"] + (1...25).map { "partials/p\($0)" }).joined(separator: " → ")
        #expect(workspace.check().map(\.description) == [
            "templates/home.mustache:2:1: error: partials nest 25 deep (\(chain)): at most 24 levels are supported; include fewer partials inside partials",
        ])
    }
}
