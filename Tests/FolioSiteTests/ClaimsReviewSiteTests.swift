import FolioCore
import FolioPromotion
import FolioSite
import FolioTestSupport
import Foundation
import Testing

/// Issue 13 on the example round: 林怡君's 申請人自評 (papers.csv claimed_points, an item's claimed, dossier.yaml
/// claimed) and her review.yaml (委員審核), through `folio score`, `--json` and the committee pages.
@Suite("Claimed and verified scores on the example (issue 13)")
struct ClaimsReviewSiteTests {
    static let lin = DossierTestSupport.example("lin-yijun")

    @Test func theExampleClaimsAndReviewWorkedByHand() throws {
        let loaded = try DossierLoader.load(folder: Self.lin, shelf: try DossierTestSupport.shelf())
        let computed = loaded.assessment
        let claims = ClaimComparison(assessment: computed, rulebook: loaded.rulebook)
        // Claimed papers: line 2 claimed 90 = computed (前10% 30 × 3); line 4 claimed 75, computed 60 (percentile 35 is
        // 20%–40%: 20 × 3; the claim is 10%–20%: 25 × 3); line 11 (KJMS) 45 = 45; line 14 claimed 60, not counted
        // (published as lecturer, before the current rank): 0. Sums 90 + 75 + 45 + 60 = 270 claimed, 90 + 60 + 45 + 0 = 195.
        #expect(claims.papersClaimed == 270 && claims.papersComputed == 195)
        let papers = Dictionary(uniqueKeysWithValues: claims.papers.map { ($0.sources[0].line, $0.reason) })
        #expect(papers[2]! == nil && papers[11]! == nil)
        func band(_ chinese: String) -> LocalizedText { loaded.rulebook.research.bands.first { $0.label == chinese }!.name }
        #expect(papers[4]! == .bandDiffers(claimedBand: band("10%–20%"), band: .percentile(band: band("20%–40%")), percentile: 35))
        #expect(papers[14]! == .notCounted)
        // The item: 校級教學優良教師 claimed 50, the rules give 40.
        #expect(claims.items.map(\.claimed) == [50] && claims.items.map(\.computed) == [40])
        // Totals: teaching claimed 85.05 vs 84.05 (+1: the award's +10 × 10%); service 47.5 agrees; research 729 vs 654
        // (+75 = the 15 of line 4 and the 60 of line 14).
        #expect(claims.totals.map(\.claimed) == [Decimal(string: "85.05")!, Decimal(string: "47.5")!, 729])
        #expect(claims.totals.map(\.reason) == [.differs(by: 1), nil, .differs(by: 75)])

        // Verified (review.yaml): papers.csv:6 percentile 22 → 45: second author 12 × 3 = 36 → 9 × 3 = 27, research
        // 654 − 9 = 645. dossier.yaml:48 community member 15 → 10: R-T3 51 → 46, × 15% = 6.9 (was 7.65), −0.75.
        // dossier.yaml:52 service-learning lead (5) disallowed: R-T4 67 → 62, × 10% = 6.2 (was 6.7), −0.5.
        // Teaching 84.05 − 0.75 − 0.5 = 82.8. Service unchanged 47.5. Verdict still 符合.
        let verified = try #require(loaded.verified)
        #expect(computed.teaching.total.value == Decimal(string: "84.05")! && computed.research.total.value == 654)
        #expect(verified.teaching.total.value == Decimal(string: "82.8")!)
        #expect(verified.service.total.value == Decimal(string: "47.5")!)
        #expect(verified.research.total.value == 645)
        #expect(verified.passes && computed.passes)
        #expect(loaded.review?.corrections.map(\.change) == [.percentile(45), .granted(10), .disallowed])
        #expect(loaded.review?.corrections.last?.meeting == "115 學年度第 1 學期第 3 次醫學檢驗生物技術學系教師評審委員會")
    }

    @Test func scoreAndJSONCarryClaimsAndVerifiedFigures() throws {
        let text = try ScoreReport.run(folder: Self.lin, format: .terminal, shelf: try DossierTestSupport.shelf()).output
        #expect(text.contains("五、自評與審核\n"))
        #expect(text.contains("  研究計分               729    654       645\n"))
        #expect(text.contains("自評依「10%–20%」計分；期刊排名 35% 依計分細則屬「20%–40%」"))
        let json = try ScoreReport.run(folder: Self.lin, format: .json, shelf: try DossierTestSupport.shelf()).output
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let claims = try #require(report["claims"] as? [String: Any])
        let papers = try #require(claims["papers"] as? [[String: Any]])
        let line4 = try #require(papers.first { ($0["sources"] as? [String])?.first?.hasSuffix("papers.csv:4") == true })
        #expect(line4["reason"] as? String == "claim_band_differs")
        // The parameters are typed: the band is a nested typed value with its own code (issue 12).
        #expect(line4["reason_parameters"] as? NSDictionary == ["claimed_band": ["zh-Hant": "10%–20%", "en": "10–20%"], "percentile": "35",
                                                                 "band": ["code": "figure-band-percentile",
                                                                          "parameters": ["band": ["zh-Hant": "20%–40%", "en": "20–40%"]]]] as NSDictionary)
        #expect(line4["reason_text"] as? String == "自評依「10%–20%」計分；期刊排名 35% 依計分細則屬「20%–40%」")
        let verified = try #require(report["verified"] as? [String: Any])
        #expect(verified["verdict"] as? String == "pass")
        #expect(verified["totals"] as? [String: Double] == ["teaching": 82.8, "service": 47.5, "research": 645])
        let corrections = try #require(verified["corrections"] as? [[String: Any]])
        #expect(corrections.map { $0["change"] as? String } == ["percentile", "granted", "disallowed"])
        #expect(corrections.first?["record"] as? String == "papers.csv:6")
    }

    @Test func reviewErrorsAreReportedAtTheirLines() throws {
        let folder = try DossierTestSupport.folder(yaml: DossierTestSupport.validYAML)
        try """
        meeting: 第 1 次系教評會
        corrections:
          - {record: papers.csv:2, percentile: 30, reason: r, date: 115/10/20}
          - {record: dossier.yaml:13, granted: 2, disallowed: true, reason: r, date: 115/10/20}
          - {record: dossier.yaml:13, granted: 2, reason: r, dat: 115/10/20}
        """.write(toFile: "\(folder)/review.yaml", atomically: true, encoding: .utf8)
        #expect(DossierTestSupport.diagnostics(folder, shelf: try DossierTestSupport.shelf()) == [
            "D/review.yaml:3:5: error: no record of this dossier is at papers.csv:2; name a paper by its papers.csv line or a record by its dossier.yaml line, as the dossier page's source link shows it",
            "D/review.yaml:4:5: error: this correction makes 2 changes; write one correction per change (percentile, author_position, disallowed, granted)",
            "D/review.yaml:5:5: error: this correction has no date; add 'date:' to it or at the top of review.yaml, e.g. 115/10/20",
            "D/review.yaml:5:54: error: unknown key 'dat'; did you mean 'date'?",
        ])
    }

    @Test func pagesAndDocketShowTheThreeBases() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        _ = try SiteBuilder.build(workspace.options)
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(page.contains("<strong class=\"score-value\">654</strong> <span class=\"basis\">計算</span>"))
        #expect(page.contains("<span class=\"score-basis differs\">申請人自評 729</span>"))
        #expect(page.contains("<span class=\"score-basis differs\">委員審核 645</span>"))
        #expect(page.contains("期刊排名改為 45%"))
        #expect(page.contains("<td class=\"num differs\">75<span class=\"claim-reason\">自評依「10%–20%」計分；期刊排名 35% 依計分細則屬「20%–40%」</span></td>"))
        let docket = try workspace.read("site/committee/dossiers/115-1/index.html")
        #expect(docket.contains("<span class=\"score-basis differs\">委員審核 82.8</span>"))
        #expect(docket.contains("<span class=\"na\">未審核</span>"))
        // Nothing of the review reaches the public or internal trees.
        for tree in ["site/public", "site/internal"] {
            for (file, data) in workspace.snapshot(tree) {
                #expect(!String(decoding: data, as: UTF8.self).contains("服務學習委員會認證"), "\(file)")
            }
        }
    }
}
