import FolioCore
import FolioTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import FolioSite

/// The output folder under concurrent builds, planted symlinks, killed and failed builds.
@Suite(.serialized) struct OutputIntegrityTests {
    static let waiting = "Waiting for another folio build of site/ to finish…"

    /// `folio build` in the workspace, in the background (content/, templates/, site/ relative to it).
    func startBuild(_ workspace: Workspace, _ arguments: [String] = []) throws -> BackgroundProcess {
        try BackgroundProcess(Tools.folio.path, ["build"] + arguments, in: workspace.root)
    }

    func finish(_ process: BackgroundProcess) -> String {
        process.process.waitUntilExit()
        // The output handler may still be delivering the last line.
        _ = waitUntil(seconds: 2) { process.output.contains("Built ") || process.output.contains("failed") }
        return process.output
    }

    /// The Chinese and the English site of the example, built by `folio build` into `ref-zh/` and
    /// `ref-en/` (as the builds under test, since provenance pages cite the content path given).
    func references(_ workspace: Workspace) throws -> (zh: [String: Data], en: [String: Data]) {
        for (folder, language) in [("ref-zh", "zh-Hant"), ("ref-en", "en")] {
            let result = try Tools.run(Tools.folio.path, ["build", "--output", folder, "--language", language], in: workspace.root)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let zh = workspace.snapshot("ref-zh"), en = workspace.snapshot("ref-en")
        #expect(zh["public/index.html"] != nil && zh != en)
        return (zh, en)
    }

    /// Two builds of different sites into one output, started while the lock is held: both wait,
    /// say so, then run one after the other. Afterwards `site/` is exactly one build's tree and the
    /// spare exactly the other's (the first build's site, swapped out by the second): no mixing.
    @Test func twoBuildsIntoOneOutputRunOneAfterTheOther() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let (zh, en) = try references(workspace)

        let held = try OutputLock(for: URL(fileURLWithPath: workspace.path("site")))
        let chinese = try startBuild(workspace), english = try startBuild(workspace, ["--language", "en"])
        #expect(chinese.waitFor(Self.waiting, seconds: 60))
        #expect(english.waitFor(Self.waiting, seconds: 60))
        // Neither has touched the output while waiting.
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path(".site.spare")))
        held.release()

        let outputs = [finish(chinese), finish(english)]
        #expect(chinese.process.terminationStatus == 0 && english.process.terminationStatus == 0)
        for output in outputs {
            #expect(output.contains("Built 172 pages into site/public/"))
            #expect(!output.contains("was not changed"))
        }
        let site = workspace.snapshot("site"), spare = workspace.snapshot(".site.spare")
        #expect((site == zh && spare == en) || (site == en && spare == zh))
    }

    /// The same race with nobody holding the lock beforehand (without the lock this mixed the
    /// two trees in 6 of 10 tries): still one whole tree in `site/`, the other in the spare.
    @Test func twoBuildsStartedTogetherNeverMixTheirTrees() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let (zh, en) = try references(workspace)
        let chinese = try startBuild(workspace), english = try startBuild(workspace, ["--language", "en"])
        let outputs = [finish(chinese), finish(english)]
        #expect(chinese.process.terminationStatus == 0 && english.process.terminationStatus == 0)
        #expect(outputs.allSatisfy { $0.contains("Built 172 pages") && !$0.contains("was not changed") })
        let site = workspace.snapshot("site"), spare = workspace.snapshot(".site.spare")
        #expect((site == zh && spare == en) || (site == en && spare == zh))
    }

    /// A preview rebuild takes the same lock: while a build holds it, the session waits.
    @Test func aPreviewRebuildWaitsForTheLock() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let waited = Flag()
        let session = BuildSession(options: workspace.options) { waited.set() }
        try session.buildAll()
        #expect(!waited.isSet)
        let held = try OutputLock(for: URL(fileURLWithPath: workspace.path("site")))
        let done = Flag()
        nonisolated(unsafe) let waitingSession = session
        Thread.detachNewThread {
            _ = try? waitingSession.rebuild(changed: [workspace.path("content/narratives/1-3.md")])
            done.set()
        }
        #expect(waitUntil(seconds: 20) { waited.isSet })
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!done.isSet)
        held.release()
        #expect(waitUntil(seconds: 60) { done.isSet })
    }

    /// Symlinks planted where Folio writes — a page, a folder of pages, in the site and in the
    /// spare — are removed, never written through: their targets keep their bytes, and after two
    /// builds (each tree has been the spare once) no symlink is left in either tree.
    @Test func aPlantedSymlinkIsReplacedAndItsTargetUntouched() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        _ = try SiteBuilder.build(workspace.options)
        let expected = workspace.snapshot("site")
        try workspace.write("victim/file.txt", "keep me")
        try workspace.write("victim/folder/01.html", "keep me too")
        let victim = workspace.path("victim/file.txt"), victimFolder = workspace.path("victim/folder")
        for tree in ["site", ".site.spare"] {
            try workspace.remove("\(tree)/public/index.html")
            try FileManager.default.createSymbolicLink(atPath: workspace.path("\(tree)/public/index.html"), withDestinationPath: victim)
            try workspace.remove("\(tree)/internal/indicators")
            try FileManager.default.createSymbolicLink(atPath: workspace.path("\(tree)/internal/indicators"), withDestinationPath: victimFolder)
        }
        // A FIFO where a page goes: opening it to write would block the build for ever.
        #expect(unlink(workspace.path(".site.spare/public/indicators/02.html")) == 0)
        #expect(mkfifo(workspace.path(".site.spare/public/indicators/02.html"), 0o644) == 0)

        _ = try SiteBuilder.build(workspace.options)
        #expect(try workspace.read("victim/file.txt") == "keep me")
        #expect(workspace.snapshot("victim/folder") == ["01.html": Data("keep me too".utf8)])
        #expect(workspace.snapshot("site") == expected)
        #expect(symlinks(in: workspace.path("site")) == [])

        _ = try SiteBuilder.build(workspace.options)
        #expect(try workspace.read("victim/file.txt") == "keep me")
        #expect(workspace.snapshot("victim/folder") == ["01.html": Data("keep me too".utf8)])
        #expect(workspace.snapshot("site") == expected && workspace.snapshot(".site.spare") == expected)
        #expect(symlinks(in: workspace.path("site")) == [] && symlinks(in: workspace.path(".site.spare")) == [])
    }

    /// The preview writes single pages in place: a symlink planted at one, or at its folder, is
    /// replaced too.
    @Test func aPreviewRebuildReplacesAPlantedSymlink() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        try workspace.write("victim/file.txt", "keep me")
        try workspace.write("victim/folder/01.html", "keep me too")
        try workspace.remove("site/public/indicators/01.html")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("site/public/indicators/01.html"), withDestinationPath: workspace.path("victim/file.txt"))
        try workspace.remove("site/internal/indicators")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("site/internal/indicators"), withDestinationPath: workspace.path("victim/folder"))

        try workspace.write("content/narratives/1-3.md", "本校今年新增證照輔導專班。\n")
        let report = try session.rebuild(changed: [workspace.path("content/narratives/1-3.md")])
        #expect(report.written == ["committee/indicators/01.html", "internal/indicators/01.html", "public/indicators/01.html"])
        #expect(try workspace.read("victim/file.txt") == "keep me")
        #expect(workspace.snapshot("victim/folder") == ["01.html": Data("keep me too".utf8)])
        #expect(SiteWriter.kind(of: workspace.path("site/public/indicators/01.html")) == .file)
        #expect(SiteWriter.kind(of: workspace.path("site/internal/indicators")) == .directory)
        #expect(try workspace.read("site/public/indicators/01.html").contains("本校今年新增證照輔導專班。"))
    }

    /// `kill -9` during a build: the site is the previous one or the new one, whole (never a mix);
    /// the kernel drops the lock, so the next build neither waits nor fails, and it leaves the
    /// new site in `site/` and a whole earlier site in the spare.
    @Test func aBuildKilledMidwayIsRecoveredByTheNextBuild() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let (zh, en) = try references(workspace)
        let first = try startBuild(workspace)
        #expect(finish(first).contains("Built 172 pages"))
        #expect(workspace.snapshot("site") == zh)

        let killed = try startBuild(workspace, ["--language", "en"])
        // Killed once it has written some pages into the spare (76 make a whole site).
        #expect(waitUntil(seconds: 120) { (workspace.snapshotIfPresent(".site.spare")?.count ?? 0) >= 10 || !killed.process.isRunning })
        kill(killed.process.processIdentifier, SIGKILL)
        killed.process.waitUntilExit()
        #expect(killed.process.terminationReason == .uncaughtSignal)
        let afterKill = workspace.snapshot("site")
        #expect(afterKill == zh || afterKill == en)

        let next = try startBuild(workspace, ["--language", "en"])
        let output = finish(next)
        #expect(next.process.terminationStatus == 0)
        #expect(output.contains("Built 172 pages") && !output.contains("Waiting"))
        #expect(workspace.snapshot("site") == en)
        let spareAfter = workspace.snapshot(".site.spare")
        #expect(spareAfter == zh || spareAfter == en)
    }

    /// Recovery without timing: a spare left as a killed build leaves it (a truncated page, a
    /// missing one, a stray file, a half-made folder) is brought to exactly the new site.
    @Test func aPartialSpareIsRepairedByTheNextBuild() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        _ = try SiteBuilder.build(workspace.options)
        let expected = workspace.snapshot("site")
        let index = try workspace.read(".site.spare/public/index.html")
        try workspace.write(".site.spare/public/index.html", String(index.prefix(100)))
        try workspace.remove(".site.spare/committee/indicators/03.html")
        try workspace.write(".site.spare/public/stray.html", "from another build")
        try workspace.write(".site.spare/public/half/made/x.html", "")

        _ = try SiteBuilder.build(workspace.options)
        #expect(workspace.snapshot("site") == expected)
    }

    /// A build that fails after it began writing the spare (here: a page whose file name is too
    /// long for the file system) removes the spare it wrote into, and leaves the site as it was.
    @Test func aFailedBuildRemovesItsPartialSpare() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        _ = try SiteBuilder.build(workspace.options)
        let before = workspace.snapshot("site")
        #expect(FileManager.default.fileExists(atPath: workspace.path(".site.spare/public/index.html")))
        // 252 + ".md" = 255 bytes, the longest name ext4 allows; 252 + ".html" = 257 is too long.
        let name = String(repeating: "x", count: 252)
        try workspace.write("content/pages/\(name).md", "---\ntitle: 長名稱\n---\n內容。\n")

        do {
            _ = try SiteBuilder.build(workspace.options)
            Issue.record("the build should fail")
        } catch let error as DiagnosticsError {
            let messages = error.diagnostics.map { workspace.relative($0).description }
            #expect(messages.contains { $0.contains("cannot write public/pages/\(name).html") && $0.contains("File name too long") })
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path(".site.spare")))
        #expect(workspace.snapshot("site") == before)
    }

    @Test func theWriterRemovesItsSpareWhenAWriteFails() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let target = workspace.root.appendingPathComponent("out")
        try SiteWriter.replace(target, with: [OutputFile(path: "a.html", contents: "1")])
        try SiteWriter.replace(target, with: [OutputFile(path: "a.html", contents: "2")])
        #expect(workspace.snapshot(".out.spare") == ["a.html": Data("1".utf8)])
        let tooLong = String(repeating: "y", count: 300) + ".html"
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter.replace(target, with: [OutputFile(path: "a.html", contents: "3"), OutputFile(path: tooLong, contents: "3")])
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path(".out.spare")))
        #expect(workspace.snapshot("out") == ["a.html": Data("2".utf8)])
    }

    /// A symlink at the lock file's name is not followed: its target is neither created nor truncated.
    @Test func aSymlinkAtTheLockFileIsRefused() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try workspace.write("victim.txt", "keep me")
        try FileManager.default.createSymbolicLink(atPath: workspace.path(".site.lock"), withDestinationPath: workspace.path("victim.txt"))
        do {
            _ = try SiteBuilder.build(workspace.options)
            Issue.record("the build should fail")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map { workspace.relative($0).description }
                == ["site:1:1: error: cannot open the lock file .site.lock: Too many levels of symbolic links; nothing was changed"])
        }
        #expect(try workspace.read("victim.txt") == "keep me")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site")))
    }

    /// Every symlink under a folder, not following any.
    func symlinks(in folder: String) -> [String] {
        var found: [String] = []
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                let entry = relative.isEmpty ? name : relative + "/" + name
                switch SiteWriter.kind(of: folder + "/" + entry) {
                case .directory: walk(entry)
                case .other: found.append(entry)
                default: break
                }
            }
        }
        walk("")
        return found
    }
}

/// A flag set on one thread and read on another.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
