import FolioCore
import FolioPromotion
@testable import FolioSite
import Foundation
import Testing

/// The requirements worded as the zh-Hant pages word them.
private let zh = Wording(labels: TemplateSet.labels(.zhHant), language: .zhHant)

/// The four example dossiers of content/dossiers/115-1, against figures worked by hand.
/// All apply on 115/09/15: rulebook kmu-health-2020-07-23; last 6 semesters 112-1…114-2;
/// service AY 110–114; main papers from 110/09/15; reference papers from 108/09/15.
@Suite("Example dossiers: totals and verdicts worked by hand")
struct DossierExampleTests {
    let shelf: RulebookShelf
    init() throws { shelf = try DossierTestSupport.shelf() }

    func assess(_ name: String) throws -> Assessment {
        try ScoreReport.assess(folder: DossierTestSupport.example(name), shelf: shelf)
    }

    @Test func linYijunPromotionToAssociatePasses() throws {
        let a = try assess("lin-yijun")
        #expect(a.rulebookVersion == "kmu-health-2020-07-23")
        // Teaching: ability 100 × 20% = 20; evaluation 20+20+15+20+10+20 = 105 → 100 × 15% = 15;
        // growth 13+6.5+3+13+6.5−6 + community 15 = 51 × 15% = 7.65; special 12+40+10+5 = 67 × 10% = 6.7;
        // admin 20+20+20+0+10+20 = 90 × 20% = 18; college 20+12+20+20+(12−2)+1.5 = 83.5 × 20% = 16.7.
        // Total 20 + 15 + 7.65 + 6.7 + 18 + 16.7 = 84.05.
        #expect(a.teaching.indicators.map(\.capped) == [100, 100, 51, 67, 90, Decimal(string: "83.5")!])
        #expect(a.teaching.total.value == Decimal(string: "84.05")!)
        // Service: 110: 6+1+2 = 9; 111: 5+1−0.5+(4−1) = 8.5; 112: 6+2+4 = 12; 113: 2+4+3+4 = 13; 114: 2+2+1 = 5. Total 47.5.
        #expect(a.service.years.map(\.subtotal) == [9, Decimal(string: "8.5")!, 12, 13, 5])
        #expect(a.service.total.value == Decimal(string: "47.5")!)
        // Research: 90+75+60+45+36+93+30+15+10+45(KJMS)+60(EC 0.8)+60 = 619 from 12 papers (the lecturer-era paper
        // scores 0); student grants 10 (AY 111, 3 capped) + 10 (AY 112) = 20; patent ROC 30 × 0.5 = 15. Total 654.
        #expect(a.research.papersTotal.value == 619)
        #expect(a.research.papers.filter(\.counted).count == 12)
        #expect(a.research.total.value == 654)
        // Main papers: 7 (p 8, 15, 35, 55, 9, 72 KJMS, 18); top 40%: 5, top 20%: 4, top 10%: 2 → R-P3 passes.
        #expect(a.mainPapers.filter(\.isMain).count == 7)
        #expect(a.requirement("R-P3")?.status == .pass)
        // Grants: one NSTC grant 112/08/01–114/07/31 = 2 project years ≥ 1. Hours (8.5 + 8 + 7.5) / 3 = 8 ≥ 7.
        #expect(a.grants.count == 2)
        #expect(a.requirements.map(\.status) == [.pass, .pass, .pass, .pass, .pass, .pass, .pass, .pass, .pass, .notApplicable])
        #expect(a.passes)
    }

    @Test func chenZhimingPromotionToProfessorFailsOnPaperConditions() throws {
        let a = try assess("chen-zhiming")
        // Teaching: ability 20+20+14+20+20 = 94 × 20% = 18.8; evaluation 6 × 20 = 120 → 100 × 15% = 15;
        // growth 6 × 13 = 78 × 15% = 11.7; special 50 + 35 = 85 × 10% = 8.5; admin 6 × 20 = 120 → 100 × 20% = 20
        // (the excused syllabus counts as on time); college 30 + 4×4 + 15 = 61 × 20% = 12.2. Total 86.2.
        #expect(a.teaching.total.value == Decimal(string: "86.2")!)
        // Service: 9 + 11 + 13 + 15 + 11 = 59.
        #expect(a.service.total.value == 59)
        // Research: 18 papers, the best 15: 117 + 112.5 + 84 + 75 + 60 + 45 + 45 + 45 + 40 + 40 + 36 + 30 + 27 + 18 + 15
        // = 789.5 (12, 6 and 1.5 left out); transfer band 40 × 0.5 = 20; industry 1,200,000 → 15. Total 824.5.
        #expect(a.research.papersTotal.value == Decimal(string: "789.5")!)
        #expect(a.research.papers.filter { !$0.counted }.map(\.points.value).sorted() == [Decimal(string: "1.5")!, 6, 12])
        #expect(a.research.total.value == Decimal(string: "824.5")!)
        // Main papers 6: top 40% 2 (p 5, 18), top 20% 2, top 10% 1 → every R-P3 alternative fails.
        let paper = try #require(a.requirement("R-P3"))
        #expect(paper.status == .fail)
        #expect(paper.alternatives.prefix(3).map { $0.shortfall.map(zh.missing) } == ["尚缺 1 篇前40%主論文", "尚缺 1 篇前20%主論文", "尚缺 2 篇前10%主論文"])
        #expect(zh.shortfall(paper) == "尚缺 1 篇前40%主論文（R-P3「7 篇，其中 3 篇以上排名前40%」）")
        // Everything else passes: the only failing requirement is the paper conditions.
        #expect(a.requirements.filter { $0.status == .fail }.map(\.id) == ["R-P3"])
        #expect(!a.passes)
    }

    @Test func huangShufenNewHireInRehabilitationPasses() throws {
        let a = try assess("huang-shufen")
        #expect(a.category == .rehabilitationManagement)
        // No teaching or service records (new hire): both 0 and R-G3, R-G4 do not apply.
        #expect(a.teaching.total.value == 0)
        #expect(a.service.total.value == 0)
        // Research: thesis 5×1 = 5; SSCI 20–40% first 60; TJOT 5×3 = 15; SCI 40–60% corr. 45; SCI 10–20% second 45;
        // TSSCI (no percentile) 15; short report 60–80% 10×2 = 20; SCI 20–40% third 12; SSCI top 10% EC 3: 30×3×0.6 = 54;
        // letter 40–60% 15. Total 286 ≥ 150 (rehabilitation, new hire, assistant).
        #expect(a.research.total.value == 286)
        #expect(a.requirement("R-G5").map(zh.detail) == "研究計分 286 ≥ 150（復健醫療管理科學類，新聘助理教授）")
        // Main papers: thesis (R-P1), SSCI, TJOT, SCI, TSSCI, SSCI EC = 6; SCI/SSCI/EI (thesis included, I-12) 4 ≥ 1.
        #expect(a.mainPapers.filter(\.isMain).count == 6)
        #expect(a.requirement("R-P5")?.status == .pass)
        #expect(a.requirements.filter { $0.status == .notApplicable }.map(\.id) == ["R-G3", "R-G4", "R-G7", "R-G1", "R-G8"])
        #expect(a.passes)
    }

    @Test func wuJianhongSecondedPassesOnR_P4WithTheIndustryStandIn() throws {
        let a = try assess("wu-jianhong")
        // Teaching: ability 20+20+20+15+13 = 88 × 20% = 17.6; evaluation 15+15+20+10+10+20 = 90 × 15% = 13.5;
        // growth 6.5+13+3+0+0+6.5 = 29 × 15% = 4.35; special USR member 4×2 + career material 20 = 28 × 10% = 2.8;
        // admin 120 → 100 × 20% = 20; college 6×4 + 2×10 + 4×3 + 2×5 = 66 × 20% = 13.2. Total 71.45.
        #expect(a.teaching.total.value == Decimal(string: "71.45")!)
        // Service: 6 + 10 + 12 + 10 + 9 = 47.
        #expect(a.service.total.value == 47)
        // Research: 60+45+30+45+54+45+15+15+36+60+13.8+58.5+15+20 = 512.3 from 14 papers; the only industry project
        // (800,000) stands in for the missing grant (I-9) and so scores nothing under R-R8. Total 512.3 ≥ 400.
        #expect(a.research.total.value == Decimal(string: "512.3")!)
        #expect(a.grants.standIn?.title == "低劑量電腦斷層影像重建演算法驗證")
        #expect(a.requirement("R-G7")?.status == .pass)
        // Main papers 4 (p 32, 48, 66, 52): R-P3 fails ("5 篇，其中 1 篇前40%" needs 1 more), R-P4「4 篇，其中 1 篇前40%」passes.
        let paper = try #require(a.requirement("R-P3"))
        #expect(paper.status == .pass)
        #expect(paper.alternatives[0].shortfall == .moreAny(count: 1))
        #expect(paper.alternatives[0].shortfall.map(zh.missing) == "尚缺 1 篇主論文")
        #expect(paper.alternatives[3].rule == "R-P4" && paper.alternatives[3].pass && paper.alternatives[3].available)
        #expect(a.passes)
    }

    @Test func aDossierBeforeTheAmendmentUsesTheOlderRulebook() throws {
        let a = try ScoreReport.assess(folder: DossierTestSupport.fixture("108-2/zhang-old-rules"), shelf: shelf)
        #expect(a.rulebookVersion == "kmu-health-before-2020-07-23")
        // USR was not a recognised plan before 109.07.23: the USR role scores 0; the 深耕 role scores 4 × 1 = 4.
        let special = a.teaching.indicators.first { $0.kind == .special }!
        #expect(special.raw == 4)
        #expect(special.lines.contains {
            guard case .planNotListed = $0.explanation else { return false }
            return $0.value == 0
        })
        // Research: SCI 20–40% first 20 × 3 = 60; 物理治療 (TJPT) 5 × 3 = 15. Total 75 < 350 (rehabilitation, associate).
        #expect(a.research.total.value == 75)
        #expect(a.requirement("R-G5")?.shortfall == .pointsShort(measure: .research, points: 275))
        #expect(a.requirement("R-G5").flatMap(zh.shortfall) == "研究計分尚差 275 分")
    }

    @Test func usrServiceItemIsUnknownBeforeTheAmendment() throws {
        let yaml = DossierTestSupport.validYAML
            .replacingOccurrences(of: "115/09/15", with: "109/05/01")
            .replacingOccurrences(of: "current_rank_since: 109/08/01", with: "current_rank_since: 105/08/01")
            .replacingOccurrences(of: "- year: 113", with: "- year: 107")
            .replacingOccurrences(of: "{item: department_chair}", with: "{item: usr_contribution, granted: 3}")
        let folder = try DossierTestSupport.folder(yaml: yaml)
        #expect(DossierTestSupport.diagnostics(folder, shelf: shelf)
                == ["D/dossier.yaml:13:9: error: unknown service item 'usr_contribution' for rulebook kmu-health-before-2020-07-23; see the rulebook's service items (R-S1, R-S2)"])
    }
}
