import FolioTestSupport
import Foundation
import Testing

/// Issue 15: dossier loading and scoring were rewritten for speed, so the whole JSON report of the
/// example round must stay byte for byte what main produced before that work.
/// Tests/Fixtures/golden/score-round-115-1.json was written by main at b19b3e8 with
/// `folio score --round 115-1 --json > Tests/Fixtures/golden/score-round-115-1.json`, and regenerated
/// the same way for issue 12 (every figure's `code` and `parameters` beside its text); a deliberate
/// change to the example dossiers or to the rules' results regenerates it the same way.
@Suite struct ScoreReportGoldenTests {
    @Test func roundReportIsByteIdenticalToTheGolden() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let golden = try Data(contentsOf: Workspace.packageRoot.appendingPathComponent("Tests/Fixtures/golden/score-round-115-1.json"))
        let score = try Tools.run(Tools.folio.path, ["score", "--round", "115-1", "--json"], in: workspace.root)
        #expect(score.status == 0, "\(score.stderr)")
        let report = Data(score.stdout.utf8)
        #expect(report.count == golden.count, "the report has \(report.count) bytes, the golden \(golden.count)")
        if report != golden {
            let produced = score.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let expected = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(produced, expected).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("the report differs from the golden at line \((first?.offset ?? min(produced.count, expected.count)) + 1): \(first.map { "'\($0.element.0)' instead of '\($0.element.1)'" } ?? "one is longer")")
        }
    }
}
