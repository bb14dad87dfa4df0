import FolioTestSupport
import Foundation
import Testing

/// `scripts/install` lays out `folio` so it runs from PATH in any folder, with its own resources.
/// The test installs the folio the tests built (FOLIO_BIN; the release build itself is the same
/// `swift build` the README's first command runs), then marks the installed stylesheet: a site
/// built by the installed folio must carry the mark, so the resources came from the install and
/// not from the build folder the binary was compiled in.
@Suite struct InstallTests {
    @Test func anInstalledFolioStartsAndBuildsASchoolFromAnyFolder() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("folio-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let prefix = scratch.appendingPathComponent("prefix"), elsewhere = scratch.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)

        let bin = Tools.folio.deletingLastPathComponent().path
        let install = try Tools.run(Workspace.packageRoot.appendingPathComponent("scripts/install").path, [prefix.path],
                                    environment: ProcessInfo.processInfo.environment.merging(["FOLIO_BIN": bin]) { _, new in new })
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.hasPrefix("installed \(prefix.path)/bin/folio (0.1.0)"), "\(install.stdout)")
        let linked = try FileManager.default.destinationOfSymbolicLink(atPath: prefix.appendingPathComponent("bin/folio").path)
        #expect(linked == "../lib/folio/folio")

        let css = prefix.appendingPathComponent("lib/folio/Folio_FolioSite.resources/templates/assets/folio.css")
        let mark = "/* the installed copy */\n"
        try (try String(contentsOf: css, encoding: .utf8) + mark).write(to: css, atomically: true, encoding: .utf8)

        let folio = prefix.appendingPathComponent("bin/folio").path
        #expect(try Tools.run(folio, ["new", "lanyang"], in: elsewhere).status == 0)
        let school = elsewhere.appendingPathComponent("lanyang")
        let build = try Tools.run(folio, ["build"], in: school)
        #expect(build.status == 0, "\(build.stderr)")
        let published = try String(contentsOf: school.appendingPathComponent("site/public/assets/folio.css"), encoding: .utf8)
        #expect(published.hasSuffix(mark), "the site's stylesheet is not the installed one")
        #expect(try Tools.run(folio, ["check"], in: school).status == 0)
    }
}
