import FolioCore
import FolioPromotion
import Foundation

/// Dossier builders for the rule tests, and the rulebook they are scored with: one of the
/// shipped YAML rulebooks, loaded through `RulebookLoader` (see `Shipped`).
enum Fixture {
    static let here = SourceLocation(file: "test", line: 1)

    static func item(_ id: String, _ rule: String, _ points: Decimal, _ measure: ItemRule.Measure = .each, split: Bool = false,
                     cap: Decimal? = nil, plan: Bool = false, bands: [CountBand] = []) -> ItemRule {
        ItemRule(id: id, rule: rule, label: id, points: points, measure: measure, splittable: split, capPerPeriod: cap,
                 requiresPlan: plan, menteeBands: bands)
    }

    /// The shipped 2020 rulebook (`usr: false`: the version before it), with `interpretations`
    /// written into its YAML text and loaded again. A setting the text does not name (one added
    /// after this helper) is set on the loaded value, as before.
    static func rulebook(usr: Bool = true, interpretations: Interpretations = Interpretations()) -> Rulebook {
        let version: Shipped.Version = usr ? .current : .before
        let edits = Shipped.edits(for: interpretations)
        var rulebook: Rulebook
        do {
            rulebook = edits.isEmpty ? Shipped.rulebook(version) : try Shipped.load(Shipped.text(version, edits: edits), file: version.fileName)
        } catch {
            fatalError("the shipped rulebook does not load with \(edits): \(error)")
        }
        rulebook.interpretations = interpretations
        return rulebook
    }

    static func d(_ value: Double) -> Decimal { Decimal(string: String(value))! }
    static func date(_ text: String) -> RocDate { RocDate(parsing: text)! }
    static func loc(_ line: Int, _ file: String = "papers.csv") -> SourceLocation { SourceLocation(file: file, line: line) }

    /// A promotion from assistant to associate professor in 醫學檢驗生物技術學系, applying 115/09/15,
    /// assistant professor since 109/08/01: the windows are 112-1…114-2, AY 110–114, papers from 108/09/15.
    static func dossier(kind: ApplicationKind = .promotion, applied: Rank = .associateProfessor, current: Rank? = .assistantProfessor,
                        department: String = "醫學檢驗生物技術學系", date: String = "115/09/15", papers: [Paper] = []) -> Dossier {
        Dossier(round: "115-1", applicant: "測試", department: department, kind: kind, currentRank: kind == .promotion ? current : nil,
                currentRankSince: kind == .promotion ? Fixture.date("109/08/01") : nil, appliedRank: applied,
                applicationDate: Fixture.date(date), papers: papers)
    }

    /// A first-author SCI original paper at `percentile`, published 113/01/01 while assistant professor.
    static func paper(_ line: Int, percentile: Double? = 30, impact: Double? = nil, type: PaperType = .original, position: Int = 1,
                      corresponding: Bool = false, equal: Int = 1, index: PaperIndex = .sci, date: String = "113/01/01",
                      journal: String = "J", university: Bool = true, rank: Rank? = .assistantProfessor) -> Paper {
        Paper(date: Fixture.date(date), title: "paper \(line)", journal: journal, type: type, authorPosition: position,
              corresponding: corresponding, equalContribution: equal, percentile: percentile.map(d), impactFactor: impact.map(d),
              index: index, underUniversityName: university, rankHeld: rank, location: loc(line))
    }

    static func assess(_ dossier: Dossier, _ rulebook: Rulebook = Fixture.rulebook()) -> Assessment {
        Assessment(dossier: dossier, rulebook: rulebook)
    }
}

extension Assessment {
    func indicator(_ kind: TeachingIndicator) -> IndicatorScore { teaching.indicators.first { $0.kind == kind }! }
}

extension Fixture {
    /// A research band's name as the shipped rulebook gives it in both languages ("20%–40%").
    static func band(_ chinese: String) -> LocalizedText {
        rulebook().research.bands.first { $0.label == chinese }?.name ?? LocalizedText(chinese, english: nil)
    }
}
