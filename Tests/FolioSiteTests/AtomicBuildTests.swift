import FolioTestSupport
import FolioCore
import Foundation
import Testing
@testable import FolioSite

@Suite struct AtomicBuildTests {
    @Test func aFailingBuildLeavesThePreviousSiteUntouched() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let before = workspace.snapshot("site")
        #expect(before["public/index.html"] != nil)
        #expect(before.keys.filter { $0.hasPrefix("public/indicators/") }.count == 15)

        // Break the plan: a zero target is an error, so the build must stop before writing.
        let broken = try workspace.read("content/indicators/01.yaml").replacingOccurrences(of: "115: 1560", with: "115: 0")
        try workspace.write("content/indicators/01.yaml", broken)
        #expect(throws: DiagnosticsError.self) { try SiteBuilder.build(workspace.options) }

        #expect(workspace.snapshot("site") == before)
    }

    @Test func filesOfAnEarlierBuildThatNoLongerBelongAreGone() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        try workspace.write("site/public/indicators/99.html", "stale")
        try workspace.write("site/public/old-report.html", "stale")
        _ = try SiteBuilder.build(workspace.options)
        let after = workspace.snapshot("site")
        #expect(after["public/indicators/99.html"] == nil)
        #expect(after["public/old-report.html"] == nil)
        #expect(after["public/index.html"] != nil)
    }

    @Test func aWriteFailureKeepsTheOldFolder() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let target = workspace.root.appendingPathComponent("out")
        try SiteWriter.replace(target, with: [OutputFile(path: "a.html", contents: "old")])
        // An unsafe path makes the writer fail midway; the target must still hold the old file.
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter.replace(target, with: [OutputFile(path: "b.html", contents: "new"), OutputFile(path: "../escape.html", contents: "x")])
        }
        #expect(try String(contentsOf: target.appendingPathComponent("a.html"), encoding: .utf8) == "old")
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("b.html").path))
    }

    /// The folder swapped out is reused as the next build's spare: it must end up holding exactly
    /// the new files, whatever it held before, so stale pages can never be swapped back in.
    @Test func theSpareFolderIsSyncedExactly() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let target = workspace.root.appendingPathComponent("out")
        try SiteWriter.replace(target, with: [OutputFile(path: "a.html", contents: "1"), OutputFile(path: "x/old.html", contents: "1")])
        try SiteWriter.replace(target, with: [OutputFile(path: "a.html", contents: "2")])
        try SiteWriter.replace(target, with: [OutputFile(path: "a.html", contents: "3"), OutputFile(path: "b.html", contents: "3")])
        #expect(workspace.snapshot("out") == ["a.html": Data("3".utf8), "b.html": Data("3".utf8)])
        // The spare now holds build 2's files.
        #expect(workspace.snapshot(".out.spare") == ["a.html": Data("2".utf8)])
    }
}
