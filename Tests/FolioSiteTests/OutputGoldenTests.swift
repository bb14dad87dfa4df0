import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Issue 15 makes the build faster without changing what it writes: every file of the example's
/// built site (three trees, two languages, 12 dossiers) must keep the SHA-256 it had before that
/// work. Tests/Fixtures/golden/example-site.sha256 lists `hash  path` per file, written by this
/// test with `FOLIO_WRITE_GOLDEN=1 swift test --filter OutputGoldenTests`; a deliberate change to
/// the pages (a template, a label, the example) regenerates it the same way, in its own commit.
@Suite struct OutputGoldenTests {
    static let golden = Workspace.packageRoot.appendingPathComponent("Tests/Fixtures/golden/example-site.sha256")

    @Test func theExampleSiteIsByteIdenticalToTheGolden() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        // Provenance pages cite table files by the path the build was given, which names the workspace.
        let files = workspace.snapshot("site", replacingRoot: true)
        let listing = files.keys.sorted().map { "\(SHA256.hex(files[$0]!))  \($0)" }.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["FOLIO_WRITE_GOLDEN"] == "1" {
            try listing.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        func table(_ text: String) -> [String: String] {
            Dictionary(uniqueKeysWithValues: text.split(separator: "\n").map { line in
                let parts = line.split(separator: " ", maxSplits: 1)
                return (String(parts[1].dropFirst()), String(parts[0]))
            })
        }
        let produced = table(listing), golden = table(expected)
        #expect(produced.count > 300, "the example builds \(produced.count) files")
        #expect(Set(produced.keys).subtracting(golden.keys).sorted() == [], "files the golden does not list")
        #expect(Set(golden.keys).subtracting(produced.keys).sorted() == [], "files the build no longer writes")
        #expect(produced.keys.filter { golden[$0] != nil && golden[$0] != produced[$0] }.sorted() == [], "files whose bytes changed")
    }
}
