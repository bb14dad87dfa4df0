import FolioCore
import FolioPromotion
import FolioSite
import Foundation
import Testing

@Suite("folio score: terminal and JSON reports, rulebook files")
struct DossierReportTests {
    let shelf: RulebookShelf
    init() throws { shelf = try DossierTestSupport.shelf() }

    @Test func jsonCarriesTotalsRequirementsAndPapers() throws {
        let output = try ScoreReport.run(folder: DossierTestSupport.example("chen-zhiming"), format: .json, shelf: shelf).output
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(json["verdict"] as? String == "fail")
        let totals = try #require(json["totals"] as? [String: Double])
        #expect(totals == ["teaching": 86.2, "service": 59, "research": 824.5])
        let requirements = try #require(json["requirements"] as? [[String: Any]])
        let paper = try #require(requirements.first { $0["id"] as? String == "R-P3" })
        #expect(paper["pass"] as? Bool == false)
        #expect(paper["shortfall"] as? String == "尚缺 1 篇前40%主論文（R-P3「7 篇，其中 3 篇以上排名前40%」）")
        #expect(paper["shortfall_en"] as? String == "1 more main paper in the top 40% (R-P3: 7 main papers, at least 3 of them in the top 40%)")
        // Issue 12: each text beside the typed value it is worded from, with stable codes and typed parameters.
        #expect(paper["label_code"] as? String == "paper_conditions")
        #expect(paper["finding"] as? String == "no_paper_condition_met")
        #expect((paper["finding_parameters"] as? [String: Any])?["main_papers"] as? Int == 6)
        #expect(paper["shortfall_code"] as? String == "paper_condition")
        let missing = try #require((paper["shortfall_parameters"] as? [String: Any])?["missing"] as? [String: Any])
        #expect(missing["code"] as? String == "alternative-missing-more-in-group")
        #expect((missing["parameters"] as? [String: Any])?["count"] as? Int == 1)
        let alternative = try #require((paper["alternatives"] as? [[String: Any]])?.first)
        #expect(alternative["description_code"] as? String == "papers_of_which")
        #expect(alternative["unavailable_because_code"] == nil)
        #expect(requirements.map { $0["id"] as? String } == ["R-C2", "R-P3", "R-D2", "R-G3", "R-G4", "R-G5", "R-G7", "R-G1", "R-G2", "R-G8"])
        let papers = try #require((json["research"] as? [String: Any])?["papers"] as? [[String: Any]])
        #expect(papers.count == 18)
        #expect(papers.filter { $0["counted"] as? Bool == true }.count == 15)
        // The Lancet Planetary Health paper: second author, IF 12.5 > 5: max(18, 37.5) × 3 = 112.5, counted.
        let lancet = try #require(papers.first { ($0["journal"] as? String) == "The Lancet Planetary Health" })
        #expect(lancet["points"] as? Double == 112.5)
        #expect(lancet["counted"] as? Bool == true)
        #expect((lancet["rules"] as? [String])?.contains("I-2") == true)
        #expect((lancet["source"] as? String)?.hasSuffix("chen-zhiming/papers.csv:9") == true)
    }

    @Test func terminalReportShowsVerdictTablesAndShortfall() throws {
        let output = try ScoreReport.run(folder: DossierTestSupport.example("chen-zhiming"), format: .terminal, shelf: shelf).output
        #expect(output.contains("總評：不符合　教學 86.2｜輔導與服務 59｜研究 824.5"))
        #expect(output.contains("✗ R-P3 論文條件（自然生物醫學科學類，教授）：尚缺 1 篇前40%主論文（R-P3「7 篇，其中 3 篇以上排名前40%」）"))
        #expect(output.contains("計分細則版本 kmu-health-2020-07-23"))
        // The indicator table's rows end at aligned columns despite CJK labels.
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("  教學") && $0.contains("R-T") }.map(String.init)
        let widths = rows.map { TextTable.width(of: String($0.prefix { $0 != "%" })) }
        #expect(Set(widths).count == 1)
    }

    @Test func badInputThrowsEveryDiagnostic() throws {
        let folder = try DossierTestSupport.folder(yaml: "applicant: x\napplication: promoted\n")
        let messages = DossierTestSupport.diagnostics(folder, shelf: shelf)
        #expect(messages == [
            "D/dossier.yaml:1:1: error: the file is missing 'application_date': add the application date, e.g. 115/09/15",
            "D/dossier.yaml:1:1: error: the file is missing 'applied_rank': add the rank applied for, e.g. associate_professor",
            "D/dossier.yaml:1:1: error: the file is missing 'department': add the department, e.g. 物理治療學系",
            "D/dossier.yaml:2:14: error: 'application' must be one of 'new_hire', 'promotion', found 'promoted'",
        ])
    }

    @Test func bundledRulebooksLoadAndDifferOnlyInUSR() throws {
        #expect(shelf.versions.map(\.version) == ["kmu-health-before-2020-07-23", "kmu-health-2020-07-23"])
        let old = try #require(shelf.version(named: "kmu-health-before-2020-07-23"))
        let new = try #require(shelf.version(named: "kmu-health-2020-07-23"))
        #expect(old.inForceFrom == nil)
        #expect(new.inForceFrom == RocDate(parsing: "109/07/23"))
        #expect(new.teaching.special.plans.map(\.id).filter { !old.teaching.special.plans.map(\.id).contains($0) } == ["usr"])
        #expect(new.service.items.map(\.id).filter { !old.service.items.map(\.id).contains($0) } == ["usr_contribution"])
        var stripped = new
        stripped.version = old.version
        stripped.title = old.title
        stripped.inForceFrom = nil
        stripped.teaching.special.plans.removeAll { $0.id == "usr" }
        stripped.service.items.removeAll { $0.id == "usr_contribution" }
        stripped.location = old.location
        // Every other number is the same (locations aside: the files differ by their header lines).
        #expect(stripped.teaching.indicators.map(\.weightPercent) == old.teaching.indicators.map(\.weightPercent))
        #expect(stripped.research.bands.map(\.points) == old.research.bands.map(\.points))
        #expect(stripped.conditions.researchThresholds == old.conditions.researchThresholds)
        #expect(stripped.service.items.map(\.points) == old.service.items.map(\.points))
    }

    @Test func bundledRulebookNumbersMatchTheSource() throws {
        let rules = try #require(shelf.version(named: "kmu-health-2020-07-23"))
        #expect(rules.teaching.indicators.map(\.weightPercent) == [20, 15, 15, 10, 20, 20])
        #expect(rules.teaching.ability.map { $0.items.map(\.points) } == [[7, 7, 6], [7, 7, 6], [7, 7, 6], [5, 5, 5, 5], [7, 7, 6]])
        #expect(rules.research.bands.map(\.points.firstOrCorresponding) == [30, 25, 20, 15, 10, 5])
        #expect(rules.research.bands.map(\.points.other) == [3, Decimal(string: "2.5")!, 2, Decimal(string: "1.5")!, 1, Decimal(string: "0.5")!])
        #expect(rules.conditions.researchThresholds[.rehabilitationManagement]?[.newHire]?[.lecturer] == 50)
        #expect(rules.conditions.externalReviewPass[.associateProfessor] == 78)
        #expect(rules.research.industryBands.map(\.points) == [7, 15, 20, 30, 40, 45, 50])
        #expect(rules.research.patentPoints["EU"] == 80)
    }

    @Test func aRulebookWithAnUnknownKeyOrBadWeightIsRejected() throws {
        let url = DossierTestSupport.packageRoot.appendingPathComponent("Sources/FolioSite/Resources/rulebooks/kmu-health-2020-07-23.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let sink = DiagnosticSink()
        let broken = text
            .replacingOccurrences(of: "{id: ability, label: 教學能力, label_en: \"Teaching ability\", weight: 20, cap: 100}", with: "{id: ability, label: 教學能力, label_en: \"Teaching ability\", weight: 35, cap: 100}")
            .replacingOccurrences(of: "  recent_semesters: 6", with: "  recent_semestres: 6")
        #expect(RulebookLoader.load(broken, file: "r.yaml", sink: sink) == nil)
        let messages = sink.diagnostics.map(\.description)
        // The mistyped key is the first of the `teaching:` mapping, so both errors point at its line.
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  recent_semesters: 6" || $0.hasPrefix("  recent_semesters: 6 ") }) + 1
        #expect(messages.contains("r.yaml:\(line):3: error: unknown key 'recent_semestres'; did you mean 'recent_semesters'?"))
        #expect(messages.contains("r.yaml:\(line):3: error: 'teaching' is missing 'recent_semesters': add the number of recent semesters (6)"))
        let sink2 = DiagnosticSink()
        let weight = text.replacingOccurrences(of: "{id: ability, label: 教學能力, label_en: \"Teaching ability\", weight: 20, cap: 100}", with: "{id: ability, label: 教學能力, label_en: \"Teaching ability\", weight: 35, cap: 100}")
        #expect(RulebookLoader.load(weight, file: "r.yaml", sink: sink2) == nil)
        #expect(sink2.diagnostics.map(\.message).contains("weight of 'ability' is 35%, outside 10%–30% (article 6 §1); choose a weight within the bounds"))
    }
}

extension DossierReportTests {
    /// Issue 12: `folio score --language en` words every figure, its reason and the report's own headings in English.
    @Test func theReportReadsInEnglishWhenAsked() throws {
        let folder = DossierTestSupport.example("chen-zhiming")
        let terminal = try ScoreReport.run(folder: folder, format: .terminal, shelf: shelf, language: .en).output
        #expect(terminal.contains("Overall: Does not meet the requirements. Teaching 86.2 | service 59 | research 824.5"))
        #expect(terminal.contains("1. Teaching score (form 1)") && terminal.contains("3. Research score (at most 15 papers count)"))
        // The Lancet Planetary Health paper, second author: max(前10% 18, IF 12.5 × 3 = 37.5) × original 3 = 112.5, ranked 2nd.
        #expect(terminal.contains("larger of (Top 10%, second author 18; IF 12.5 × 3 = 37.5) = 37.5 × original article 3 = 112.5; Ranked 2: counted (at most 15 papers count)"))
        // The same figure in the zh-Hant report, as it has always read.
        let chinese = try ScoreReport.run(folder: folder, format: .terminal, shelf: shelf).output
        #expect(chinese.contains("取大者(前10% 第二作者 18, IF 12.5 × 3 = 37.5) = 37.5 × 原著 3 = 112.5；第 2 名，採計（最高採計 15 篇）"))

        let json = try ScoreReport.run(folder: folder, format: .json, shelf: shelf, language: .en).output
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let papers = try #require((report["research"] as? [String: Any])?["papers"] as? [[String: Any]])
        let lancet = try #require(papers.first { ($0["journal"] as? String) == "The Lancet Planetary Health" })
        #expect(lancet["reason"] as? String == "Ranked 2: counted (at most 15 papers count)")
        #expect(lancet["reason_code"] as? String == "counted")
        #expect(lancet["reason_parameters"] as? NSDictionary == ["place": 2, "maximum": 15] as NSDictionary)
        #expect(lancet["code"] as? String == "paper")
        #expect(lancet["band"] as? String == "IF > 5" && lancet["band_code"] as? String == "impact_factor")
    }
}
