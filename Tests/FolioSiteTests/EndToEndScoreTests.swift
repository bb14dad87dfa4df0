import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// `folio score`, `folio score --json` and `folio build` as a user runs them, on every example
/// dossier of content/dossiers/115-1: totals and verdicts worked by hand, the JSON's structure,
/// and each figure's rule ids and 來源 record on the dossier page.
@Suite struct EndToEndScoreTests {
    struct Expected {
        var slug: String
        var header: String
        var category: String
        var verdictLine: String
        var researchLine: String
        var teaching: [Double]
        var service: [Double]
        var papersTotal: Double
        var research: Double
        var papers: (listed: Int, counted: Int)
        var verdict: String
        var requirements: [String]
    }

    /// The figures of DossierExampleTests, which works each one out by hand.
    static let expected: [Expected] = [
        // Teaching 20 + 15 + 7.65 + 6.7 + 18 + 16.7 = 84.05; service 9 + 8.5 + 12 + 13 + 5 = 47.5;
        // research 619 from 12 papers (the 13th scores 0) + student grants 20 + patent 15 = 654.
        Expected(slug: "lin-yijun", header: "林怡君（醫學檢驗生物技術學系）升等 助理教授 → 副教授",
                 category: "自然生物醫學科學類",
                 verdictLine: "總評：符合　教學 84.05｜輔導與服務 47.5｜研究 654",
                 researchLine: "研究計分 = 論文 619 + 大專生計畫 20 + 專利 15 + 技轉 0 + 產學 0 = 654",
                 teaching: [20, 15, 7.65, 6.7, 18, 16.7], service: [9, 8.5, 12, 13, 5], papersTotal: 619, research: 654,
                 papers: (13, 12), verdict: "pass",
                 requirements: ["R-C2 pass", "R-P3 pass", "R-D2 pass", "R-G3 pass", "R-G4 pass", "R-G5 pass",
                                "R-G7 pass", "R-G1 pass", "R-G2 pass", "R-G8 not_applicable"]),
        // Teaching 18.8 + 15 + 11.7 + 8.5 + 20 + 12.2 = 86.2; service 9 + 11 + 13 + 15 + 11 = 59;
        // research: the best 15 of 18 papers 789.5 + transfer 20 + industry 15 = 824.5; R-P3 fails.
        Expected(slug: "chen-zhiming", header: "陳志明（公共衛生學系）升等 副教授 → 教授",
                 category: "自然生物醫學科學類",
                 verdictLine: "總評：不符合　教學 86.2｜輔導與服務 59｜研究 824.5",
                 researchLine: "研究計分 = 論文 789.5 + 大專生計畫 0 + 專利 0 + 技轉 20 + 產學 15 = 824.5",
                 teaching: [18.8, 15, 11.7, 8.5, 20, 12.2], service: [9, 11, 13, 15, 11], papersTotal: 789.5, research: 824.5,
                 papers: (18, 15), verdict: "fail",
                 requirements: ["R-C2 pass", "R-P3 fail", "R-D2 pass", "R-G3 pass", "R-G4 pass", "R-G5 pass",
                                "R-G7 pass", "R-G1 pass", "R-G2 pass", "R-G8 not_applicable"]),
        // A new hire: no teaching or service records (0 and 0, R-G3 and R-G4 not applicable);
        // research 5 + 60 + 15 + 45 + 45 + 15 + 20 + 12 + 54 + 15 = 286 from 10 papers.
        Expected(slug: "huang-shufen", header: "黃淑芬（職能治療學系）新聘 助理教授",
                 category: "復健醫療管理科學類",
                 verdictLine: "總評：符合　教學 0｜輔導與服務 0｜研究 286",
                 researchLine: "研究計分 = 論文 286 + 大專生計畫 0 + 專利 0 + 技轉 0 + 產學 0 = 286",
                 teaching: [0, 0, 0, 0, 0, 0], service: [], papersTotal: 286, research: 286,
                 papers: (10, 10), verdict: "pass",
                 requirements: ["R-C2 pass", "R-P5 pass", "R-D2 pass", "R-G3 not_applicable", "R-G4 not_applicable",
                                "R-G5 pass", "R-G7 not_applicable", "R-G1 not_applicable", "R-G2 pass", "R-G8 not_applicable"]),
        // Teaching 17.6 + 13.5 + 4.35 + 2.8 + 20 + 13.2 = 71.45; service 6 + 10 + 12 + 10 + 9 = 47;
        // research 60+45+30+45+54+45+15+15+36+60+13.8+58.5+15+20 = 512.3 from 14 papers; the industry
        // project stands in for a grant (I-9), scoring nothing.
        Expected(slug: "wu-jianhong", header: "吳建宏（醫學影像暨放射科學系）升等 助理教授 → 副教授",
                 category: "自然生物醫學科學類",
                 verdictLine: "總評：符合　教學 71.45｜輔導與服務 47｜研究 512.3",
                 researchLine: "研究計分 = 論文 512.3 + 大專生計畫 0 + 專利 0 + 技轉 0 + 產學 0 = 512.3",
                 teaching: [17.6, 13.5, 4.35, 2.8, 20, 13.2], service: [6, 10, 12, 10, 9], papersTotal: 512.3, research: 512.3,
                 papers: (14, 14), verdict: "pass",
                 requirements: ["R-C2 pass", "R-P3 pass", "R-D2 pass", "R-G3 pass", "R-G4 pass", "R-G5 pass",
                                "R-G7 pass", "R-G1 pass", "R-G2 pass", "R-G8 not_applicable"]),
    ]

    static func dossier(_ slug: String) -> String { "content/dossiers/115-1/\(slug)" }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.005 }

    static func json(_ slug: String, in folder: URL = Workspace.packageRoot) throws -> [String: Any] {
        let result = try Tools.run(Tools.folio.path, ["score", dossier(slug), "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func everyExampleDossierScoresInTheTerminalAsWorkedByHand() throws {
        // The round folder holds exactly these four applicants, and the round's meetings.yaml.
        let round = Workspace.packageRoot.appendingPathComponent("content/dossiers/115-1").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: round).filter { !$0.hasPrefix(".") }.sorted()
                == (Self.expected.map(\.slug) + ["meetings.yaml"]).sorted())
        for e in Self.expected {
            let result = try Tools.run(Tools.folio.path, ["score", Self.dossier(e.slug)], in: Workspace.packageRoot)
            #expect(result.status == 0, "\(e.slug): \(result.stderr)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.prefix(6) == [
                e.header,
                "審查梯次 115-1｜申請日 115/09/15｜\(e.category)",
                "計分細則版本 kmu-health-2020-07-23：健康科學院專任教師新聘及升等計分細則（109.07.23 修正）",
                "計分細則檔案 rulebooks/kmu-health-2020-07-23.yaml",
                "",
                e.verdictLine,
            ], "\(e.slug)")
            // Every requirement's row, with its verdict in words.
            let words = ["pass": "通過", "fail": "未通過", "not_applicable": "不適用"]
            for requirement in e.requirements {
                let parts = requirement.split(separator: " ")
                let row = lines.first { $0.hasPrefix("  \(parts[0]) ") }
                #expect(row?.contains("  \(words[String(parts[1])]!)  ") == true, "\(e.slug) \(requirement): \(row ?? "no row")")
            }
            #expect(lines.contains("  \(e.researchLine)"), "\(e.slug)")
        }
        let chen = try Tools.run(Tools.folio.path, ["score", Self.dossier("chen-zhiming")], in: Workspace.packageRoot).stdout
        #expect(chen.contains("  未通過之處：\n    ✗ R-P3 論文條件（自然生物醫學科學類，教授）：尚缺 1 篇前40%主論文（R-P3「7 篇，其中 3 篇以上排名前40%」）\n"))
    }

    @Test func everyExampleDossierScoresAsJSONWithTheSameFigures() throws {
        for e in Self.expected {
            let report = try Self.json(e.slug)
            #expect(Set(report.keys) == Set<String>(["applicant", "application", "application_date", "applied_rank", "category",
                                         "department", "grants", "notes", "paper_conditions_category", "requirements", "research",
                                         "round", "rulebook", "service", "teaching", "totals", "verdict"])
                    .union(e.slug == "huang-shufen" ? [] : ["current_rank"])
                    // Only 林怡君 has 申請人自評 and a review.yaml (委員審核) in the example.
                    .union(e.slug == "lin-yijun" ? ["claims", "verified"] : [])
                    // Every applicant of the round is voted on in its meetings.yaml.
                    .union(["levels"]), "\(e.slug)")
            #expect(report["round"] as? String == "115-1")
            #expect(report["application_date"] as? String == "115/09/15")
            #expect((report["rulebook"] as? [String: String])?["version"] == "kmu-health-2020-07-23")
            #expect(report["verdict"] as? String == e.verdict, "\(e.slug)")
            let totals = try #require(report["totals"] as? [String: Double])
            #expect(totals == ["teaching": e.teaching.reduce(0, +).roundedToCents, "service": e.service.reduce(0, +),
                               "research": e.research], "\(e.slug)")

            let teaching = try #require(report["teaching"] as? [String: Any])
            let indicators = try #require(teaching["indicators"] as? [[String: Any]])
            #expect(indicators.map { $0["id"] as? String } == ["ability", "evaluation", "growth", "special", "admin", "college"])
            #expect(indicators.map { $0["rule"] as? String } == ["R-T1", "R-T2", "R-T3", "R-T4", "R-T5", "R-T6"])
            let weighted = indicators.compactMap { ($0["weighted"] as? [String: Any])?["value"] as? Double }
            #expect(zip(weighted, e.teaching).allSatisfy(Self.close) && weighted.count == 6, "\(e.slug): \(weighted)")
            #expect(teaching["total"] as? Double == totals["teaching"])

            let service = try #require(report["service"] as? [String: Any])
            let years = try #require(service["years"] as? [[String: Any]])
            #expect(years.map { $0["subtotal"] as? Double ?? -1 } == e.service, "\(e.slug)")
            #expect(years.map { $0["year"] as? Int ?? 0 } == (e.service.isEmpty ? [] : [110, 111, 112, 113, 114]))

            let research = try #require(report["research"] as? [String: Any])
            let papers = try #require(research["papers"] as? [[String: Any]])
            #expect(papers.count == e.papers.listed && papers.filter { $0["counted"] as? Bool == true }.count == e.papers.counted, "\(e.slug)")
            // Every paper has these keys; a typed value's parameters, and why a paper is not scored, only when there are any.
            let always: Set<String> = ["source", "date", "title", "journal", "type", "band", "band_code", "base", "multiplier",
                                       "equal_contribution_factor", "points", "counted", "reason", "reason_code", "rules", "explanation", "code"]
            let sometimes: Set<String> = ["band_parameters", "reason_parameters", "parameters", "excluded", "not_counted"]
            for paper in papers {
                #expect(always.isSubset(of: paper.keys) && Set(paper.keys).isSubset(of: always.union(sometimes)), "\(paper.keys)")
            }
            // The counted papers add up to the papers' total, and the parts to the research total.
            let counted = papers.filter { $0["counted"] as? Bool == true }.compactMap { $0["points"] as? Double }.reduce(0, +)
            #expect(Self.close(counted, e.papersTotal), "\(e.slug): \(counted)")
            #expect(research["papers_total"] as? Double == e.papersTotal)
            let others = ["student_grants", "patents", "transfers", "industry"].flatMap { research[$0] as? [[String: Any]] ?? [] }
            #expect(Self.close(e.papersTotal + others.compactMap { $0["value"] as? Double }.reduce(0, +), e.research), "\(e.slug)")

            let requirements = try #require(report["requirements"] as? [[String: Any]])
            #expect(requirements.map { "\($0["id"] as? String ?? "?") \($0["status"] as? String ?? "?")" } == e.requirements, "\(e.slug)")
            for requirement in requirements {
                #expect((requirement["pass"] as? Bool) == (requirement["status"] as? String != "fail"))
                #expect(!(requirement["detail"] as? String ?? "").isEmpty)
            }
            // Every figure names its rules and cites lines that exist in the applicant's files.
            for figure in try Self.figures(report) {
                #expect(!figure.rules.isEmpty, "\(e.slug): \(figure.explanation)")
                for source in figure.sources {
                    #expect(try Self.record(source) != nil, "\(e.slug): \(source)")
                }
            }
        }
        // The grants of R-G7 (each project year overlapping the last 5 years counts 1): 林怡君's one NSTC
        // grant 112/08/01–114/07/31 is 2 project years; 陳志明's two one-year grants 1 each.
        #expect((try Self.json("lin-yijun")["grants"] as? [[String: Any]])?.map { $0["value"] as? Double } == [2])
        #expect((try Self.json("chen-zhiming")["grants"] as? [[String: Any]])?.map { $0["value"] as? Double } == [1, 1])
        // The stand-in of R-G7 (I-9) is named by its line.
        let wu = try #require(try Self.json("wu-jianhong")["research"] as? [String: Any])
        #expect(wu["industry_stand_in"] as? String == "content/dossiers/115-1/wu-jianhong/dossier.yaml:89")
        #expect(try Self.record("content/dossiers/115-1/wu-jianhong/dossier.yaml:89")?.contains("低劑量電腦斷層影像重建演算法驗證") == true)
    }

    struct FigureRecord {
        var kind: String
        var explanation: String
        var rules: [String]
        var sources: [String]
    }

    /// Every figure of a JSON report with a rule and sources: teaching and service lines, the other
    /// research records, the notes, and each paper.
    static func figures(_ report: [String: Any]) throws -> [FigureRecord] {
        func lines(_ list: [[String: Any]]?, _ kind: String) -> [FigureRecord] {
            (list ?? []).map { FigureRecord(kind: kind, explanation: $0["explanation"] as? String ?? "",
                                            rules: $0["rules"] as? [String] ?? [], sources: $0["sources"] as? [String] ?? []) }
        }
        var result: [FigureRecord] = []
        let teaching = report["teaching"] as? [String: Any]
        for indicator in teaching?["indicators"] as? [[String: Any]] ?? [] {
            result += lines(indicator["lines"] as? [[String: Any]], "line")
        }
        for year in (report["service"] as? [String: Any])?["years"] as? [[String: Any]] ?? [] {
            result += lines(year["lines"] as? [[String: Any]], "line")
        }
        let research = report["research"] as? [String: Any]
        for key in ["student_grants", "patents", "transfers", "industry"] {
            result += lines(research?[key] as? [[String: Any]], "line")
        }
        result += lines(report["grants"] as? [[String: Any]], "line")
        result += lines(report["notes"] as? [[String: Any]], "line")
        for paper in research?["papers"] as? [[String: Any]] ?? [] {
            result.append(FigureRecord(kind: "paper", explanation: paper["explanation"] as? String ?? "",
                                       rules: paper["rules"] as? [String] ?? [], sources: [paper["source"] as? String ?? ""]))
        }
        return result
    }

    /// The text of the line a source `path:line` cites, trimmed as the page shows it; nil when there is no such line.
    static func record(_ source: String, in folder: URL = Workspace.packageRoot) throws -> String? {
        let parts = source.split(separator: ":")
        guard parts.count == 2, let line = Int(parts[1]), line >= 1 else { return nil }
        let text = try String(contentsOf: folder.appendingPathComponent(String(parts[0])), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= lines.count else { return nil }
        return lines[line - 1].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// How the page shows a cited record: the file's name and line, then the line's text.
    static func sourceRecord(_ source: String, in folder: URL) throws -> String {
        let name = (source as NSString).lastPathComponent
        let text = try #require(try record(source, in: folder))
        return "<p class=\"source-record\"><code>\(name)</code> <code class=\"record\">\(escape(text))</code></p>"
    }

    @Test func everyFigureOnEachDossierPageShowsItsRulesAndItsSourceRecord() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        var checked = 0
        for e in Self.expected {
            let report = try Self.json(e.slug, in: workspace.root)
            let html = try workspace.read("site/committee/dossiers/115-1/\(e.slug).html")
            let items = html.components(separatedBy: "<li class=\"figure-line\">").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
            for figure in try Self.figures(report) {
                let records = try figure.sources.map { try Self.sourceRecord($0, in: workspace.root) }
                // Each rule id links to its anchor in the committee tree's docs (BundledDefaultsTests).
                let rules = RuleLinks.link("<span class=\"rule\">\(figure.rules.joined(separator: ", "))</span>", root: "../../", docs: .bundled)
                switch figure.kind {
                case "paper":
                    // The paper's row: its rules, then 來源 with the worked points and the CSV row.
                    let cell = "\(rules) <details class=\"source\"><summary>來源</summary><p>\(Self.escape(figure.explanation))</p>\(records[0])"
                    #expect(html.contains(cell), "\(e.slug): \(figure.sources)")
                default:
                    // The explanation, then (for R-T3 and the like) the worded reason, then rules and 來源.
                    let tail = rules + (records.isEmpty ? "" : " <details class=\"source\"><summary>來源</summary>")
                    #expect(items.contains { $0.hasPrefix(Self.escape(figure.explanation) + " ") && $0.contains(tail) && records.allSatisfy($0.contains) },
                            "\(e.slug): \(figure.explanation) \(figure.sources)")
                }
                checked += 1
            }
            // Each requirement's row: its rule id, its detail, and 來源 with every record it cites.
            for requirement in report["requirements"] as? [[String: Any]] ?? [] {
                let id = requirement["id"] as? String ?? "?"
                let row = html.components(separatedBy: "<tr class=\"verdict-")
                    .first { $0.contains(RuleLinks.link("<td class=\"rule\">\(id)</td>", root: "../../", docs: .bundled) + "<th scope=\"row\">") }?
                    .components(separatedBy: "</tr>")[0]
                #expect(row?.contains(Self.escape(requirement["detail"] as? String ?? "")) == true, "\(e.slug) \(id)")
                for source in requirement["sources"] as? [String] ?? [] {
                    #expect(try row?.contains(Self.sourceRecord(source, in: workspace.root)) == true, "\(e.slug) \(id) \(source)")
                }
                if !(requirement["sources"] as? [String] ?? []).isEmpty {
                    #expect(row?.contains("<details class=\"source\"><summary>來源</summary>") == true, "\(e.slug) \(id)")
                }
            }
        }
        // Lines of teaching, service, research records, notes and papers of the four dossiers.
        #expect(checked > 150)
    }

    @Test func theCommitteeTreeHoldsNoNameOrIDFromTheSchoolTables() throws {
        let values = try ExampleTablesTests.personalValues()
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let build = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        // The table rows (學號, 姓名, 教師編號…) are for site/internal/ only (README, "Tables"); the
        // committee tree shows the plan as the public tree does, with no provenance pages.
        let found = ExampleTablesTests.personalValuesFound(in: "site/committee", of: workspace, among: values)
        #expect(found == [])
        // The same search does find them in the internal tree, where they belong.
        #expect(ExampleTablesTests.personalValuesFound(in: "site/internal", of: workspace, among: values).count > 5_000)
        #expect(!workspace.snapshot("site/committee").keys.contains { $0.hasPrefix("provenance/") })
    }

    @Test func aBrokenDossierPrintsEveryProblemAndNothingElse() throws {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let path = "content/dossiers/115-1/lin-yijun/dossier.yaml"
        try workspace.write(path, try workspace.read(path).replacingOccurrences(of: "\napplication_date:", with: "\napplication_dates:"))
        for arguments in [["score", Self.dossier("lin-yijun")], ["score", Self.dossier("lin-yijun"), "--json"]] {
            let result = try Tools.run(Tools.folio.path, arguments, in: workspace.root)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == """
            content/dossiers/115-1/lin-yijun/dossier.yaml:2:1: error: the file is missing 'application_date': add the application date, e.g. 115/09/15
            content/dossiers/115-1/lin-yijun/dossier.yaml:8:1: error: unknown key 'application_dates'; did you mean 'application_date'?
            2 errors; nothing scored.

            """)
        }
    }
}

private extension Double {
    /// The sum of weighted figures such as 7.65 + 6.7, without binary noise (84.05, not 84.05000000000001).
    var roundedToCents: Double { (self * 100).rounded() / 100 }
}
