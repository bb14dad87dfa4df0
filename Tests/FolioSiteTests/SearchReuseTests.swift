import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// A build whose indexed pages did not change copies the last build's search index instead of
/// running Pagefind; any change to them runs it again. Pagefind is the real one, behind a script
/// that counts its runs.
@Suite struct SearchReuseTests {
    static var hasPagefind: Bool { SearchIndexer.command()?.count == 1 }

    /// A workspace whose Pagefind is a script that writes one line to `pagefind-runs.log` per run,
    /// then runs the real Pagefind.
    struct CountedPagefind {
        let workspace: Workspace
        let script: String

        init(named name: String = "pagefind-counted", in workspace: Workspace) throws {
            self.workspace = workspace
            let real = try #require(SearchIndexer.command()?.first)
            script = workspace.path(name)
            try workspace.write(name, "#!/bin/sh\necho run >> \"$(dirname \"$0\")/pagefind-runs.log\"\nexec \"\(real)\" \"$@\"\n")
            #expect(chmod(script, 0o755) == 0)
        }

        var runs: Int {
            ((try? workspace.read("pagefind-runs.log")) ?? "").split(separator: "\n").count
        }

        func build() throws -> Tools.Result {
            let environment = ProcessInfo.processInfo.environment.merging(["FOLIO_PAGEFIND": script, "FOLIO_TIMING": "1"]) { $1 }
            let result = try Tools.run(Tools.folio.path, ["build"], in: workspace.root, environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return result
        }
    }

    static func ran(_ build: Tools.Result) -> Bool { build.stderr.contains("timing: pagefind ") }
    static func reused(_ build: Tools.Result) -> Bool {
        build.stderr.contains("timing: search index reuse ") && !ran(build)
    }

    static func inode(_ path: String) -> UInt64 {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test(.enabled(if: hasPagefind || Tools.isCI, "needs PyPI pagefind[extended] linked as pagefind_extended (scripts/bootstrap)"))
    func aSecondBuildWithNoChangeCopiesTheIndexByteForByte() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let pagefind = try CountedPagefind(in: workspace)
        let first = try pagefind.build()
        #expect(Self.ran(first) && pagefind.runs == 1, "\(first.stderr)")
        let firstIndex = workspace.snapshot("site/public/pagefind")
        #expect(firstIndex["pagefind-entry.json"] != nil && firstIndex["folio-fingerprint"] != nil)

        let second = try pagefind.build()
        #expect(Self.reused(second) && pagefind.runs == 1, "\(second.stderr)")
        #expect(workspace.snapshot("site/public/pagefind") == firstIndex)
        // Copied, never linked: the spare (the first build, rewritten in place by the next build)
        // shares no file with the published site.
        for path in firstIndex.keys {
            #expect(Self.inode(workspace.path("site/public/pagefind/\(path)")) != Self.inode(workspace.path(".site.spare/public/pagefind/\(path)")), "\(path)")
        }

        // A fresh index of the same pages, with no previous site to copy from, is the same bytes.
        try workspace.remove("site")
        try workspace.remove(".site.spare")
        let fresh = try pagefind.build()
        #expect(Self.ran(fresh) && pagefind.runs == 2, "\(fresh.stderr)")
        #expect(workspace.snapshot("site/public/pagefind") == firstIndex)

        // Another Pagefind (here the same one by another path) makes the index anew.
        let other = try CountedPagefind(named: "pagefind-other", in: workspace)
        let byOther = try other.build()
        #expect(Self.ran(byOther) && pagefind.runs == 3, "\(byOther.stderr)")
    }

    @Test(.enabled(if: hasPagefind || Tools.isCI, "needs PyPI pagefind[extended] linked as pagefind_extended (scripts/bootstrap)"))
    func anIndexChangedSinceItWasMadeIsNotCopied() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let pagefind = try CountedPagefind(in: workspace)
        _ = try pagefind.build()
        let made = workspace.snapshot("site/public/pagefind")
        // One byte of one index file changed by hand, and a file planted beside the index.
        let entry = workspace.path("site/public/pagefind/pagefind-entry.json")
        var bytes = try #require(FileManager.default.contents(atPath: entry))
        bytes[bytes.count - 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: entry))
        let afterEdit = try pagefind.build()
        #expect(Self.ran(afterEdit) && pagefind.runs == 2, "\(afterEdit.stderr)")
        #expect(workspace.snapshot("site/public/pagefind") == made)
        try workspace.write("site/public/pagefind/extra.js", "planted")
        let afterPlant = try pagefind.build()
        #expect(Self.ran(afterPlant) && pagefind.runs == 3, "\(afterPlant.stderr)")
        #expect(workspace.snapshot("site/public/pagefind") == made)
    }

    @Test(.enabled(if: (hasPagefind && SiteStandardsTests.hasBrowserTools) || Tools.isCI,
                   "needs PyPI pagefind[extended] (scripts/bootstrap), chromium, chromedriver and selenium (scripts/bootstrap --test)"))
    func aOneCharacterEditIndexesAgainAndARemovedPageLeavesTheIndex() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let pagefind = try CountedPagefind(in: workspace)
        try workspace.write("content/pages/firefly.md", "---\ntitle: 螢火蟲季公告\n---\nFireflyCamp 於校園生態池舉行。\n")
        let first = try pagefind.build()
        #expect(Self.ran(first) && pagefind.runs == 1, "\(first.stderr)")
        // 16 content pages (the overview and 15 indicators), the free pages' index and this page.
        #expect(try workspace.read("site/public/pagefind/pagefind-entry.json").contains("\"page_count\":18"))
        let before = try search(workspace, ["iPAZ", "FireflyCamp"])
        #expect(before["iPAZ"] == [])
        #expect(before["FireflyCamp"] == ["/pages/firefly.html"])

        // One character of a narrative of indicator 1: iPAS → iPAZ.
        let narrative = try workspace.read("content/narratives/1-3.md")
        let range = try #require(narrative.range(of: "iPAS"))
        try workspace.write("content/narratives/1-3.md", narrative.replacingCharacters(in: range, with: "iPAZ"))
        let edited = try pagefind.build()
        #expect(Self.ran(edited) && pagefind.runs == 2, "\(edited.stderr)")
        #expect(try search(workspace, ["iPAZ"])["iPAZ"] == ["/indicators/01.html"])

        try workspace.remove("content/pages/firefly.md")
        let removed = try pagefind.build()
        #expect(Self.ran(removed) && pagefind.runs == 3, "\(removed.stderr)")
        // 18 − the page − the free pages' index, which goes with the last free page.
        #expect(try workspace.read("site/public/pagefind/pagefind-entry.json").contains("\"page_count\":16"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("site/public/pages")))
        #expect(try search(workspace, ["FireflyCamp"])["FireflyCamp"] == [])
    }

    /// The pages Pagefind's own JavaScript finds for each query, in headless Chromium.
    func search(_ workspace: Workspace, _ queries: [String]) throws -> [String: [String]] {
        let result = try Tools.run("python3", [SiteStandardsTests.driver, "search", workspace.path("site/public")] + queries)
        #expect(result.status == 0, "\(result.stderr)")
        let found = (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["found"] as? [String: [String]]
        return try #require(found)
    }

    @Test func sha256MatchesTheStandardsTestVectors() {
        // FIPS 180-4's examples (one block, two blocks) and the empty message.
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let twoBlocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(Data(twoBlocks.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // A million 'a', fed in uneven pieces: the same digest as the standard's.
        var hasher = SHA256()
        var fed = 0
        var piece = 1
        while fed < 1_000_000 {
            let count = min(piece, 1_000_000 - fed)
            hasher.update(Data(repeating: UInt8(ascii: "a"), count: count))
            fed += count
            piece = piece * 7 % 997 + 1
        }
        #expect(hasher.finalize() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
