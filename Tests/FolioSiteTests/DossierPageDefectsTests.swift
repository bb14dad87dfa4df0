import FolioCore
import FolioPromotion
import FolioSite
import FolioTestSupport
import Foundation
import Testing

/// Issue 14's dossier-page defects, each with its repro on the example round.
@Suite("Dossier page defects (issue 14)")
struct DossierPageDefectsTests {
    static func built() throws -> Workspace {
        let workspace = try Workspace()
        _ = try SiteBuilder.build(workspace.options)
        return workspace
    }

    @Test func aNewHiresTeachingAndServiceReadNotApplicableNotZero() throws {
        // 黃淑芬 is a new hire with no teaching or service records; R-G3 and R-G4 apply to promotions only.
        let workspace = try Self.built()
        defer { workspace.cleanUp() }
        let page = try workspace.read("site/committee/dossiers/115-1/huang-shufen.html")
        #expect(page.contains("<span class=\"score-label\">教學計分</span> <strong class=\"score-value\">不適用</strong>"))
        #expect(page.contains("<span class=\"score-label\">輔導與服務計分</span> <strong class=\"score-value\">不適用</strong>"))
        #expect(!page.contains("<strong class=\"score-value\">0</strong>"))
        #expect(page.contains("不適用：新聘教師不須教學計分（R-G3 僅適用於升等），且未填報教學紀錄。"))
        #expect(!page.contains("<table class=\"teaching-form\">"))
        // The docket says the same.
        let docket = try workspace.read("site/committee/dossiers/115-1/index.html")
        #expect(docket.contains("<td class=\"num\" data-sort-value=\"0\">不適用"))
        // A promotion with no service records still scores 0 (R-G4 applies): not hidden.
        #expect(try workspace.read("site/committee/dossiers/115-1/lin-yijun.html").contains("<strong class=\"score-value\">47.5</strong>"))
    }

    @Test func theAbilityFormsNoHasItsOwnMarkExplained() throws {
        // 陳志明 answered 教學方法 items 1 and 2: item 3 is ☐ 否, not －.
        let workspace = try Self.built()
        defer { workspace.cleanUp() }
        let page = try workspace.read("site/committee/dossiers/115-1/chen-zhiming.html")
        #expect(page.contains("<tr class=\"verdict-no\"><td class=\"num\">3</td><td>能引發學生自主學習，或能幫助學生延伸課程相關之閱讀或活動</td><td class=\"num\">6</td><td class=\"verdict-cell\"><span class=\"verdict-symbol\" aria-hidden=\"true\">☐</span> 否</td></tr>"))
        #expect(page.contains("☑ 是（已勾選）、☐ 否（未勾選）；本頁其餘各處之「－」表示不適用。"))
        #expect(!page.contains("aria-hidden=\"true\">－</span> 否"))
    }

    @Test func repeatedItemLinesNameTheirSemester() throws {
        // 陳志明's four 大學部臨床實習指導 records, 4 each: one line per semester.
        let workspace = try Self.built()
        defer { workspace.cleanUp() }
        let page = try workspace.read("site/committee/dossiers/115-1/chen-zhiming.html")
        for semester in ["112-2", "113-2", "114-1", "114-2"] {
            #expect(page.contains("大學部臨床實習指導（\(semester)）：4 = 4"), "\(semester)")
        }
        #expect(!page.contains("大學部臨床實習指導：4 = 4"))
    }

    @Test func theRulebookIsNamedByItsTitleAndDateNotItsID() throws {
        let workspace = try Self.built()
        defer { workspace.cleanUp() }
        let page = try workspace.read("site/committee/dossiers/115-1/lin-yijun.html")
        #expect(page.contains("<dt>計分細則版本</dt><dd>健康科學院專任教師新聘及升等計分細則（109.07.23 修正）（施行日 109/07/23）</dd>"))
        #expect(!page.contains("kmu-health-2020-07-23："))
    }

    @Test func amountsHaveThousandsSeparators() {
        // 600000 → 600,000; 2500000.5 → 2,500,000.5; below a thousand unchanged; negative amounts keep their sign.
        #expect(Decimal(600_000).amountText == "600,000")
        #expect(Decimal(string: "2500000.5")!.amountText == "2,500,000.5")
        #expect(Decimal(999).amountText == "999")
        #expect(Decimal(-1_234_567).amountText == "-1,234,567")
    }

    @Test func theDossierIndexHasDepartmentsStateColoursAndTheDocketsOrder() throws {
        let workspace = try Self.built()
        defer { workspace.cleanUp() }
        let home = try workspace.read("site/committee/dossiers/index.html")
        let docket = try workspace.read("site/committee/dossiers/115-1/index.html")
        func order(_ html: String, _ marker: String) -> [String] {
            html.components(separatedBy: marker).dropFirst().compactMap { $0.components(separatedBy: ".html").first }
        }
        // Meeting every requirement first, then by folder name: the same order in both.
        let homeOrder = order(home, "<a href=\"115-1/").filter { $0 != "index" }   // the first link is the docket
        #expect(homeOrder == ["huang-shufen", "lin-yijun", "wu-jianhong", "chen-zhiming"])
        #expect(order(docket, "<th scope=\"row\" data-sort-value=\"").map { String($0.prefix { $0 != "\"" }) }
                == homeOrder)
        #expect(home.contains("<li class=\"verdict-fail\"><a href=\"115-1/chen-zhiming.html\">陳志明</a> <span class=\"applicant-department\">公共衛生學系</span>"))
        let css = try workspace.read("site/committee/assets/folio.css")
        #expect(css.contains(".round-applicants li.verdict-pass { border-left-color: var(--met); }"))
        #expect(css.contains(".round-applicants li.verdict-fail { border-left-color: var(--not-met); }"))
    }
}
