import FolioTestSupport
import FolioCore
import Foundation
import Testing
@testable import FolioSite

/// Every path Folio reads stays inside its root (content/, templates/) and inside its own folder,
/// symbolic links resolved; what a listing would otherwise skip is an error; public texts that
/// name an applicant are warned about (issue 9: items 1, 4, 12, 13, 15, 18).
@Suite struct ConfinementTests {
    /// The errors of a build that must fail, paths relative to the workspace; the build must have
    /// written nothing at all.
    static func failedBuild(_ workspace: Workspace, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try SiteBuilder.build(workspace.options)
            Issue.record("the build succeeded", sourceLocation: sourceLocation)
            return []
        } catch let error as DiagnosticsError {
            #expect(!FileManager.default.fileExists(atPath: workspace.path("site")), "the failed build wrote site/", sourceLocation: sourceLocation)
            return error.diagnostics.filter { $0.severity == .error }.map { workspace.relative($0).description }.sorted()
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    static func link(_ workspace: Workspace, _ relative: String, to target: String) throws {
        let path = workspace.path(relative)
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    static func setNarrative(_ workspace: Workspace, of measure: String = "1-3", in file: String = "01",
                             to path: String) throws {
        let yaml = try workspace.read("content/indicators/\(file).yaml")
        let old = "narrative: narratives/\(measure).md"
        #expect(yaml.contains(old))
        try workspace.write("content/indicators/\(file).yaml", yaml.replacingOccurrences(of: old, with: "narrative: \(path)"))
    }

    static let narrativeNode = "content/indicators/01.yaml:17:16"

    // MARK: item 1: narratives

    @Test(arguments: [
        "../../../../etc/passwd",
        "/etc/passwd",
        "dossiers/115-1/lin-yijun/statement.md",
        "dossiers/115-1/lin-yijun/papers.csv",
        "tables/4-8-1_114-1.csv",
        "narratives/../dossiers/115-1/lin-yijun/statement.md",
    ])
    func aNarrativeOutsideTheNarrativesFolderIsRefused(path: String) throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try Self.setNarrative(workspace, to: path)
        #expect(Self.failedBuild(workspace) == [
            "\(Self.narrativeNode): error: the narrative '\(path)' is outside content/narratives/: narratives are published, so Folio reads it only from there; move the file into content/narratives/ and write its path as 'narratives/<file name>' (relative to content/)",
        ])
    }

    @Test func aNarrativeLinkedToAHostFileIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try Self.link(workspace, "content/narratives/1-3.md", to: "/etc/passwd")
        #expect(Self.failedBuild(workspace) == [
            "\(Self.narrativeNode): error: the narrative content/narratives/1-3.md is a symbolic link to /etc/passwd, outside content/: Folio reads nothing outside content/; replace the link with a copy of the file",
        ])
    }

    @Test func aNarrativeLinkedToADossierIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try Self.link(workspace, "content/narratives/1-3.md", to: "../dossiers/115-1/lin-yijun/statement.md")
        #expect(Self.failedBuild(workspace) == [
            "\(Self.narrativeNode): error: the narrative content/narratives/1-3.md is a symbolic link into content/dossiers/, outside content/narratives/: a link may point only inside its own folder; replace the link with a copy of the file",
        ])
    }

    /// A link to the folder itself is not followed out of content/ either: the files it holds
    /// resolve outside.
    @Test func aLinkedNarrativesFolderIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try FileManager.default.moveItem(atPath: workspace.path("content/narratives"), toPath: workspace.path("outside-narratives"))
        try Self.link(workspace, "content/narratives", to: workspace.path("outside-narratives"))
        let errors = Self.failedBuild(workspace)
        #expect(errors.count == 14)
        #expect(errors.contains("\(Self.narrativeNode): error: the narrative content/narratives/1-3.md is a symbolic link to outside-narratives/1-3.md, outside content/: Folio reads nothing outside content/; replace the link with a copy of the file"))
    }

    @Test func aLinkInsideTheNarrativesFolderIsRead() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try FileManager.default.createDirectory(atPath: workspace.path("content/narratives/drafts"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: workspace.path("content/narratives/1-3.md"), toPath: workspace.path("content/narratives/drafts/1-3.md"))
        try Self.link(workspace, "content/narratives/1-3.md", to: "drafts/1-3.md")
        _ = try SiteBuilder.build(workspace.options)
        #expect(try workspace.read("site/public/indicators/01.html").contains("學用合一、證照與競賽雙軌並進"))
    }

    /// The preview re-reads an edited narrative through the same resolver: a narrative swapped
    /// for a link into dossiers/ during `folio serve` stops the rebuild and leaves the site as it was.
    @Test func aNarrativeSwappedForALinkDuringThePreviewIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let before = workspace.snapshot("site/public")
        try Self.link(workspace, "content/narratives/1-3.md", to: "../dossiers/115-1/lin-yijun/statement.md")
        do {
            try session.rebuild(changed: [workspace.path("content/narratives/1-3.md")])
            Issue.record("the rebuild succeeded")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.filter { $0.severity == .error }.map { workspace.relative($0).description } == [
                "\(Self.narrativeNode): error: the narrative content/narratives/1-3.md is a symbolic link into content/dossiers/, outside content/narratives/: a link may point only inside its own folder; replace the link with a copy of the file",
            ])
        }
        #expect(workspace.snapshot("site/public") == before)
    }

    // MARK: item 1: tables, dossiers, templates

    @Test func anExportOutsideTheTablesFolderIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let manifest = try workspace.read("content/tables.yaml")
            .replacingOccurrences(of: "{file: tables/4-8-1_114-1.csv,", with: "{file: ../../../outside/4-8-1.csv,")
            .replacingOccurrences(of: "{file: tables/4-8-1_114-2.csv,", with: "{file: dossiers/115-1/lin-yijun/papers.csv,")
        try workspace.write("content/tables.yaml", manifest)
        let errors = Self.failedBuild(workspace)
        #expect(errors.contains("content/tables.yaml:6:12: error: the export '../../../outside/4-8-1.csv' is outside content/tables/: exports name students and teachers, whose rows are shown only in the internal site, so Folio reads it only from there; move the file into content/tables/ and write its path as 'tables/<file name>' (relative to content/)"))
        #expect(errors.contains("content/tables.yaml:7:12: error: the export 'dossiers/115-1/lin-yijun/papers.csv' is outside content/tables/: exports name students and teachers, whose rows are shown only in the internal site, so Folio reads it only from there; move the file into content/tables/ and write its path as 'tables/<file name>' (relative to content/)"))
    }

    @Test func anExportLinkedOutsideContentIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try FileManager.default.createDirectory(atPath: workspace.path("outside"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: workspace.path("content/tables/4-8-1_114-1.csv"), toPath: workspace.path("outside/4-8-1.csv"))
        try Self.link(workspace, "content/tables/4-8-1_114-1.csv", to: workspace.path("outside/4-8-1.csv"))
        #expect(Self.failedBuild(workspace) == [
            "content/tables.yaml:6:12: error: the export content/tables/4-8-1_114-1.csv is a symbolic link to outside/4-8-1.csv, outside content/: Folio reads nothing outside content/; replace the link with a copy of the file",
        ])
    }

    @Test func aLinkedDossierFolderIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try FileManager.default.copyItem(atPath: workspace.path("content/dossiers/115-1/lin-yijun"), toPath: workspace.path("outside-dossier"))
        try Self.link(workspace, "content/dossiers/115-1/zhang-linked", to: workspace.path("outside-dossier"))
        #expect(Self.failedBuild(workspace) == [
            "content/dossiers/115-1/zhang-linked:1:1: error: content/dossiers/115-1/zhang-linked is a symbolic link to a folder: Folio follows no linked folder, so that nothing outside content/dossiers/115-1/ is read; put the folder itself here",
        ])
    }

    @Test func aDossierFileLinkedOutOfItsFolderIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try FileManager.default.moveItem(atPath: workspace.path("content/dossiers/115-1/lin-yijun/papers.csv"), toPath: workspace.path("papers.csv"))
        try Self.link(workspace, "content/dossiers/115-1/lin-yijun/papers.csv", to: workspace.path("papers.csv"))
        try Self.link(workspace, "content/dossiers/115-1/lin-yijun/statement.md", to: "../wu-jianhong/statement.md")
        #expect(Self.failedBuild(workspace) == [
            "content/dossiers/115-1/lin-yijun/papers.csv:1:1: error: the paper list content/dossiers/115-1/lin-yijun/papers.csv is a symbolic link to papers.csv, outside content/dossiers/115-1/lin-yijun/: Folio reads nothing outside content/dossiers/115-1/lin-yijun/; replace the link with a copy of the file",
            "content/dossiers/115-1/lin-yijun/statement.md:1:1: error: the statement content/dossiers/115-1/lin-yijun/statement.md is a symbolic link to content/dossiers/115-1/wu-jianhong/statement.md, outside content/dossiers/115-1/lin-yijun/: Folio reads nothing outside content/dossiers/115-1/lin-yijun/; replace the link with a copy of the file",
        ])
    }

    @Test func aTemplateAssetLinkedOutsideTemplatesIsRefusedAndNeverCopied() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try Self.link(workspace, "templates/assets/passwd.txt", to: "/etc/passwd")
        try Self.link(workspace, "templates/assets/committee/statement.md", to: workspace.path("content/dossiers/115-1/lin-yijun/statement.md"))
        try Self.link(workspace, "templates/assets/fonts", to: "/usr/share")
        #expect(Self.failedBuild(workspace) == [
            "templates/assets/committee/statement.md:1:1: error: the asset templates/assets/committee/statement.md is a symbolic link to content/dossiers/115-1/lin-yijun/statement.md, outside templates/: Folio reads nothing outside templates/; replace the link with a copy of the file",
            "templates/assets/fonts:1:1: error: templates/assets/fonts is a symbolic link to a folder: Folio follows no linked folder, so that nothing outside templates/assets/ is read; put the folder itself here",
            "templates/assets/passwd.txt:1:1: error: the asset templates/assets/passwd.txt is a symbolic link to /etc/passwd, outside templates/: Folio reads nothing outside templates/; replace the link with a copy of the file",
        ])
    }

    @Test func aTemplateLinkedOutsideTemplatesIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try Self.link(workspace, "templates/partials/leak.mustache", to: workspace.path("content/dossiers/115-1/lin-yijun/statement.md"))
        #expect(Self.failedBuild(workspace) == [
            "templates/partials/leak.mustache:1:1: error: the file templates/partials/leak.mustache is a symbolic link to content/dossiers/115-1/lin-yijun/statement.md, outside templates/: Folio reads nothing outside templates/; replace the link with a copy of the file",
        ])
    }

    // MARK: item 4: public texts naming applicants

    @Test func aPublicNarrativeNamingAnApplicantOrLinkingToTheCommitteeIsWarned() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/narratives/1-3.md", """
            ### 成果

            本段由林怡君老師撰寫。
            詳見 [審查](../../committee/dossiers/115-1/lin-yijun.html)。
            資料夾 lin-yijun 的內容；lin-yijunior 與 berlin-yijun 不是。

            """)
        let warnings = workspace.check().filter { $0.severity == .warning }.map(\.description)
        let file = "content/narratives/1-3.md"
        // 本段由 = 3 characters before 林; 詳見 [審查]( = 8 before the link, 39 before lin-yijun; 資料夾 + space = 4.
        #expect(warnings.filter { $0.hasPrefix(file) } == [
            "\(file):3:4: warning: this narrative names 林怡君, an applicant of review round 115-1, and is published in the public site; dossiers are confidential: remove the name",
            "\(file):4:9: warning: this narrative links to '../../committee/dossiers/115-1/lin-yijun.html', into the committee's confidential tree, and is published in the public site, whose readers must not be pointed there: remove the link",
            "\(file):4:40: warning: this narrative names 'lin-yijun', the folder of an applicant of review round 115-1, and is published in the public site; dossiers are confidential: remove it",
            "\(file):5:5: warning: this narrative names 'lin-yijun', the folder of an applicant of review round 115-1, and is published in the public site; dossiers are confidential: remove it",
        ])
    }

    @Test func aPublicPageNamingAnApplicantOrLinkingToTheInternalTreeIsWarned() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let page = """
            ---
            title: 黃淑芬老師升等說明
            audience: AUDIENCE
            ---
            請參考 [查核](../internal/provenance/1-1-114.html) 與 [審查](/committee/dossiers/index.html)。
            外部連結 https://example.org/internal/a.html 與 site/committee/ 不是。

            """
        for audience in ["public", "internal", "committee"] {
            try workspace.write("content/pages/\(audience).md", page.replacingOccurrences(of: "AUDIENCE", with: audience))
        }
        let warnings = workspace.check().filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.filter { $0.hasPrefix("content/pages/") } == [
            "content/pages/internal.md:2:8: warning: this internal page names 黃淑芬, an applicant of review round 115-1, and is published in the internal site; dossiers are confidential: remove the name",
            "content/pages/internal.md:5:54: warning: this internal page links to '/committee/dossiers/index.html', into the committee's confidential tree, and is published in the internal site, whose readers must not be pointed there: remove the link",
            "content/pages/public.md:2:8: warning: this public page names 黃淑芬, an applicant of review round 115-1, and is published in the public site; dossiers are confidential: remove the name",
            // 請參考 [查核]( = 9 characters, the link 35 more, ") 與 [審查](" 9 more: columns 10 and 54.
            "content/pages/public.md:5:10: warning: this public page links to '../internal/provenance/1-1-114.html', into the internal tree (it names students and teachers), and is published in the public site, whose readers must not be pointed there: remove the link",
            "content/pages/public.md:5:54: warning: this public page links to '/committee/dossiers/index.html', into the committee's confidential tree, and is published in the public site, whose readers must not be pointed there: remove the link",
        ])
    }

    // MARK: item 12: links and folders where files belong

    @Test func aLinkedPagesFolderIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("outside-pages/report.md", "---\ntitle: 報告\n---\n林怡君\n")
        try Self.link(workspace, "content/pages", to: workspace.path("outside-pages"))
        #expect(Self.failedBuild(workspace) == [
            "content/pages:1:1: error: content/pages is a symbolic link (or inside one): Folio reads only real folders of content/, so that no link can lead it outside; replace the link with the folder itself",
        ])
    }

    @Test func aFolderNamedLikeAnIndicatorOrAPageIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try FileManager.default.createDirectory(atPath: workspace.path("content/indicators/16.yaml"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: workspace.path("content/pages/x.md"), withIntermediateDirectories: true)
        try workspace.write("content/pages/reports/a.md", "---\ntitle: 報告\n---\n本文\n")
        try FileManager.default.createDirectory(atPath: workspace.path("content/pages/reports/y.md"), withIntermediateDirectories: true)
        #expect(Self.failedBuild(workspace) == [
            "content/indicators/16.yaml:1:1: error: content/indicators/16.yaml is a folder, but Folio reads every '*.yaml' in content/indicators/ as a file: rename the folder so its name does not end in .yaml",
            "content/pages/reports/y.md:1:1: error: content/pages/reports/y.md is a folder, but Folio reads every '*.md' in content/pages/reports/ as a file: rename the folder so its name does not end in .md",
            "content/pages/x.md:1:1: error: content/pages/x.md is a folder, but Folio reads every '*.md' in content/pages/ as a file: rename the folder so its name does not end in .md",
        ])
    }

    @Test func aLinkToNothingOrALinkedFolderAmongPagesIsAnError() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/pages/a.md", "---\ntitle: 報告\n---\n本文\n")
        try Self.link(workspace, "content/pages/gone.md", to: "nowhere.md")
        try Self.link(workspace, "content/pages/loop", to: ".")
        try Self.link(workspace, "content/pages/b.md", to: "a.md")   // inside pages/: read
        #expect(Self.failedBuild(workspace) == [
            "content/pages/gone.md:1:1: error: content/pages/gone.md is a symbolic link to nothing: remove it, or replace it with the file itself",
            "content/pages/loop:1:1: error: content/pages/loop is a symbolic link to a folder: Folio follows no linked folder, so that nothing outside content/pages/ is read; put the folder itself here",
        ])
    }

    // MARK: item 13: page names that cannot be URLs

    @Test func aPageNameThatCannotBeAURLIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        for name in ["#hash?", "100%", "ok?"] {
            try workspace.write("content/pages/\(name).md", "---\ntitle: 報告\n---\n本文\n")
        }
        #expect(Self.failedBuild(workspace) == [
            "content/pages/#hash?.md:1:1: error: the page's path becomes its URL, and '#' in a URL starts a fragment, so no link could reach it: rename the file without '#', '?' or '%'",
            "content/pages/100%.md:1:1: error: the page's path becomes its URL, and '%' in a URL starts a percent escape, so no link could reach it: rename the file without '#', '?' or '%'",
            "content/pages/ok?.md:1:1: error: the page's path becomes its URL, and '?' in a URL starts a query, so no link could reach it: rename the file without '#', '?' or '%'",
        ])
    }

    // MARK: item 15: a narrative that is not UTF-8

    @Test func aNarrativeThatIsNotUTF8IsReportedAsSuch() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        // Line 2: 本校 (2 characters), then a Big5 byte pair: column 3.
        var bytes = Data("### 成果\n本校".utf8)
        bytes.append(contentsOf: [0xA5, 0xBB, 0x0A])
        try bytes.write(to: workspace.root.appendingPathComponent("content/narratives/1-3.md"))
        #expect(Self.failedBuild(workspace) == [
            "content/narratives/1-3.md:2:3: error: the narrative is not valid UTF-8 (the first invalid byte is here): save it as UTF-8",
        ])
    }

    // MARK: item 18: a page where the index goes

    @Test func aPageNamedIndexIsReportedAtItsFile() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("content/pages/index.md", "---\ntitle: 首頁\n---\n本文\n")
        try workspace.write("content/pages/reports/index.md", "---\ntitle: 報告\n---\n本文\n")   // pages/reports/index.html: fine
        #expect(Self.failedBuild(workspace) == [
            "content/pages/index.md:1:1: error: this page would be written to pages/index.html, which is the index of pages Folio writes; rename the file (e.g. pages/about.md)",
        ])
    }

    // MARK: the test support

    @Test func aSnapshotOfAMissingFolderFails() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        withKnownIssue {
            _ = workspace.snapshot("site/pubic")
        }
    }
}
