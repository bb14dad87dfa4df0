import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// The default templates, labels and assets ship inside Folio: a build needs only a content
/// folder, and a templates/ folder overrides the bundled set file by file.
@Suite struct BundledDefaultsTests {
    static let root = Workspace.packageRoot

    /// Every file under a folder, by relative path, with its bytes.
    static func files(_ folder: URL) -> [String: Data] {
        let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        var result: [String: Data] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }

    /// A folder of its own with the example content, and an empty folder to run folio in.
    struct Scene {
        let base: URL
        var content: String { base.appendingPathComponent("school/content").path }
        var here: URL { base.appendingPathComponent("here") }
        func path(_ relative: String) -> String { here.appendingPathComponent(relative).path }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("folio-bundle-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: base.appendingPathComponent("school"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: base.appendingPathComponent("here"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BundledDefaultsTests.root.appendingPathComponent("content"),
                                             to: base.appendingPathComponent("school/content"))
        }

        func write(_ relative: String, _ text: String) throws {
            let url = here.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }

        func folio(_ arguments: [String]) throws -> Tools.Result {
            try Tools.run(Tools.folio.path, arguments, in: here)
        }

        func cleanUp() { try? FileManager.default.removeItem(at: base) }
    }

    /// The bundled copies are the repository's templates/ and docs/, byte for byte: both the
    /// resource folder in the sources and what the build put into the bundle.
    @Test(arguments: ["templates", "docs"])
    func theBundledCopyEqualsTheTopLevelFolder(folder: String) throws {
        let topLevel = Self.files(Self.root.appendingPathComponent(folder))
        #expect(topLevel.count >= 5)
        let resources = Self.files(Self.root.appendingPathComponent("Sources/FolioSite/Resources/\(folder)"))
        let differing = Set(topLevel.keys).union(resources.keys).filter { topLevel[$0] != resources[$0] }.sorted()
        #expect(differing == [], "\(folder)/ and Sources/FolioSite/Resources/\(folder)/ differ: run scripts/sync-bundled")
        let bundled = try #require(BundledDefaults.folder(folder))
        #expect(Self.files(bundled) == topLevel, "the built bundle is stale: rebuild")
    }

    /// From an empty folder, with no templates/ anywhere near, `folio build --content X` succeeds
    /// with the bundled templates; the assets are the bundled ones.
    @Test func aBuildNeedsOnlyAContentFolder() throws {
        let scene = try Scene()
        defer { scene.cleanUp() }
        let build = try scene.folio(["build", "--content", scene.content])
        #expect(build.status == 0)
        #expect(build.stderr == "")
        // 72 pages of the example, the 5 docs in the committee tree, the round's 3 level dockets and 2
        // minutes, a 404 page per tree and the search page; public: 17 files, then print.css, robots.txt,
        // sitemap.xml, 404, search page and script, favicon and 33 open-data files (plan and 15 indicators
        // as CSV and JSON, the schema); internal and committee: print.css, robots.txt, 404, favicon and the same 33.
        #expect(build.stdout.hasPrefix("Built 172 pages into site/public/ (108 files), site/internal/ (140 files), site/committee/ (137 files)"))
        let css = FileManager.default.contents(atPath: Self.root.appendingPathComponent("templates/assets/folio.css").path)
        for tree in ["public", "internal", "committee"] {
            #expect(FileManager.default.contents(atPath: scene.path("site/\(tree)/assets/folio.css")) == css)
        }
        let home = try String(contentsOfFile: scene.path("site/public/index.html"), encoding: .utf8)
        #expect(home.contains("<link rel=\"stylesheet\""))
        #expect(!FileManager.default.fileExists(atPath: scene.path("templates")))
    }

    /// A templates/ folder holding only assets/folio.css restyles every tree; every other file
    /// of the site is exactly what the bundled set alone gives.
    @Test func aUserStylesheetAloneRestyles() throws {
        let scene = try Scene()
        defer { scene.cleanUp() }
        #expect(try scene.folio(["build", "--content", scene.content, "--output", "plain"]).status == 0)
        let plain = Self.files(scene.here.appendingPathComponent("plain"))
        let css = "body { background: #fdf6e3; }\n"
        try scene.write("templates/assets/folio.css", css)
        let build = try scene.folio(["build", "--content", scene.content])
        #expect(build.status == 0)
        #expect(build.stderr == "")
        let styled = Self.files(scene.here.appendingPathComponent("site"))
        let changed = Set(plain.keys).union(styled.keys).filter { plain[$0] != styled[$0] }.sorted()
        #expect(changed == ["committee/assets/folio.css", "internal/assets/folio.css", "public/assets/folio.css"])
        #expect(styled["public/assets/folio.css"] == Data(css.utf8))
    }

    /// A user's partial is checked as a bundled one is, and the diagnostic names the user's file;
    /// a problem the user's file causes in a bundled one names the bundled file as bundled.
    @Test func diagnosticsNameTheUsersFileOrTheBundledOne() throws {
        let scene = try Scene()
        defer { scene.cleanUp() }
        try scene.write("templates/partials/nav.mustache", "<nav>\n  {{> partials/navigation}}\n</nav>\n")
        let build = try scene.folio(["build", "--content", scene.content])
        #expect(build.status == 1)
        #expect(build.stderr == "templates/partials/nav.mustache:2:3: error: the partial 'partials/navigation' does not exist "
            + "(no partials/navigation.mustache in the templates folder): use one of \(TemplateDiagnosticsTests.partials), or add the file\n"
            + "Build failed with 1 error; site/ was not changed.\n")

        // The bundled partials/dossier includes partials/figure-line; the user's figure-line
        // including partials/dossier closes a cycle, reported at the user's include.
        try FileManager.default.removeItem(atPath: scene.path("templates/partials/nav.mustache"))
        try scene.write("templates/partials/figure-line.mustache", "<li>\n{{> partials/dossier}}</li>\n")
        let cycle = try scene.folio(["check", "--content", scene.content])
        #expect(cycle.status == 1)
        #expect(cycle.stderr.split(separator: "\n").filter { $0.contains(": error: ") } == [
            "templates/partials/figure-line.mustache:2:1: error: partial include cycle partials/dossier → partials/figure-line → "
                + "partials/dossier: rendering it would never end; remove this include or break the chain",
        ])
    }

    /// Which file a template name is read from, as diagnostics name it.
    @Test func aFileIsTheUsersWhenTheUsersFolderHasIt() throws {
        let scene = try Scene()
        defer { scene.cleanUp() }
        try scene.write("templates/layout.mustache", "{{{body}}}\n")
        let sources = TemplateSources(folder: scene.here.appendingPathComponent("templates"), displayRoot: "templates")
        #expect(sources.display("layout.mustache") == "templates/layout.mustache")
        #expect(sources.display("partials/nav.mustache") == "<bundled>/templates/partials/nav.mustache")
        #expect(sources.read("layout.mustache", sink: nil, missing: "") == "{{{body}}}\n")
        let none = TemplateSources(folder: scene.here.appendingPathComponent("nowhere"), displayRoot: "nowhere")
        #expect(none.display("layout.mustache") == "<bundled>/templates/layout.mustache")
        // 19, the plan document, the PDF link, the minutes and its two partials, the 404 and search pages,
        // and the docket's row partial: 27.
        #expect(none.list("", extension: "mustache", recursive: true, skipping: ["assets"], sink: DiagnosticSink()).count == 27)
    }

    /// `--templates` names a folder that must exist; left out, a missing templates/ is no error.
    @Test func aNamedTemplatesFolderMustExist() throws {
        let scene = try Scene()
        defer { scene.cleanUp() }
        let build = try scene.folio(["build", "--content", scene.content, "--templates", "theme"])
        #expect(build.status == 1)
        #expect(build.stderr == "theme:1:1: error: the templates folder theme does not exist: pass an existing folder to "
            + "--templates, or leave it out to use the bundled templates\nBuild failed with 1 error; site/ was not changed.\n")
        #expect(!FileManager.default.fileExists(atPath: scene.path("site")))
    }

    /// `folio templates export DIR` writes the bundled set; a second export refuses, naming every
    /// file that exists, and copies nothing; an exported set edited builds as an override.
    @Test func templatesExportCopiesTheDefaultsAndNeverOverwrites() throws {
        let scene = try Scene()
        defer { scene.cleanUp() }
        let export = try scene.folio(["templates", "export", "templates"])
        #expect(export.status == 0)
        #expect(export.stderr == "")
        let bundled = Self.files(Self.root.appendingPathComponent("templates"))
        #expect(Self.files(scene.here.appendingPathComponent("templates")) == bundled)
        #expect(export.stdout.hasSuffix("\(bundled.count) files written.\n"))
        #expect(export.stdout.contains("templates/assets/folio.css\n"))

        try scene.write("templates/assets/folio.css", "/* ours */\n")
        try FileManager.default.removeItem(atPath: scene.path("templates/layout.mustache"))
        let again = try scene.folio(["templates", "export", "templates"])
        #expect(again.status == 1)
        #expect(again.stdout == "")
        let refused = again.stderr.split(separator: "\n").map(String.init)
        #expect(refused.count == bundled.count)
        #expect(refused.contains("templates/assets/folio.css:1:1: error: the file exists and export never overwrites: "
            + "move it away, or export into an empty folder; nothing was copied"))
        #expect(refused.last == "\(bundled.count - 1) errors; nothing was copied.")
        // Nothing copied: the removed layout is still absent, the edited stylesheet still ours.
        #expect(!FileManager.default.fileExists(atPath: scene.path("templates/layout.mustache")))
        #expect(try String(contentsOfFile: scene.path("templates/assets/folio.css"), encoding: .utf8) == "/* ours */\n")

        let build = try scene.folio(["build", "--content", scene.content])
        #expect(build.status == 0)
        #expect(try String(contentsOfFile: scene.path("site/public/assets/folio.css"), encoding: .utf8) == "/* ours */\n")
    }

    /// Every rule id link of the committee's pages leads to an anchor that the published docs
    /// page has; the public and internal trees have neither the docs nor links to them.
    @Test func ruleIDsLinkToAnchorsOfThePublishedDocs() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let site = workspace.snapshot("site")
        let docs = ["index", "promotion-rules", "interpretations", "indicator-rules", "content-format"]
        // In zh-Hant at the committee tree's root, and in English under en/.
        #expect(Set(site.keys.filter { $0.contains("/docs/") })
            == Set(docs.map { "committee/docs/\($0).html" } + docs.map { "committee/en/docs/\($0).html" }))

        let link = try NSRegularExpression(pattern: #"<a href="((?:\.\./)*)docs/([a-z-]+\.html)#([A-Za-z0-9-]+)">([^<]*)</a>"#)
        var checked: Set<String> = []
        for (path, data) in site where path.hasPrefix("committee/dossiers/") {
            let html = String(decoding: data, as: UTF8.self)
            for match in link.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let part = { (i: Int) in String(html[Range(match.range(at: i), in: html)!]) }
                // The link climbs exactly to the tree's top, and its text is the id it leads to.
                #expect(part(1) == String(repeating: "../", count: path.split(separator: "/").count - 2), "\(path)")
                #expect(part(3) == part(4))
                let page = String(decoding: site["committee/docs/\(part(2))"] ?? Data(), as: UTF8.self)
                #expect(page.contains("<a id=\"\(part(3))\"></a>"), "\(path) links to \(part(2))#\(part(3)), which has no such anchor")
                checked.insert("\(part(2))#\(part(3))")
            }
        }
        #expect(checked.isSuperset(of: ["promotion-rules.html#R-R1", "promotion-rules.html#R-T3", "promotion-rules.html#R-C2",
                                        "interpretations.html#I-11", "interpretations.html#I-8"]))
        let lin = String(decoding: site["committee/dossiers/115-1/lin-yijun.html"] ?? Data(), as: UTF8.self)
        #expect(lin.contains("<span class=\"rule\"><a href=\"../../docs/promotion-rules.html#R-T1\">R-T1</a></span>"))

        // Safe mode dropped no anchor: each `<a id>` of the doc is on its page, and no marker is left.
        let source = try String(contentsOf: Self.root.appendingPathComponent("docs/interpretations.md"), encoding: .utf8)
        let page = String(decoding: site["committee/docs/interpretations.html"] ?? Data(), as: UTF8.self)
        // `changing` and I-1 … I-15.
        #expect(DocsMarkdown.anchors(in: source).count == 16)
        #expect(DocsMarkdown.anchors(in: source) == DocsMarkdown.anchors(in: page))
        #expect(!page.contains("FOLIOANCHOR") && !page.contains("raw HTML omitted"))
        #expect(page.contains("<td><a href=\"#I-11\">I-11</a></td>"))
        #expect(page.contains("href=\"promotion-rules.html#R-R3\""))

        for (path, data) in site where !path.hasPrefix("committee/") && path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("docs/"), "\(path) links to the docs")
        }
    }
}
