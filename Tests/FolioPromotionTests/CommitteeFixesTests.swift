import FolioCore
import FolioPromotion
import FolioSite
import Foundation
import Testing

/// Issue 13, fixes 3–6: each with its repro, on the shipped rulebooks, figures worked by hand.
@Suite("Committee fixes (issue 13, fixes 3–6)")
struct CommitteeFixesTests {
    static func industry(_ title: String, _ amount: Decimal, closed: String = "113/06/30", line: Int = 1) -> IndustryProject {
        IndustryProject(title: title, closed: Fixture.date(closed), amount: amount, location: Fixture.loc(line, "d.yaml"))
    }

    // MARK: Fix 3: a stand-in only when it closes the gap (I-9)

    @Test func fix3_aStandInThatWouldNotCloseTheGapIsNotUsed() throws {
        // Professor (needs 2 grants), no grants, one external industry project of NT$2,500,000 as PI.
        // With it as the stand-in the count would be 0 + 1 = 1 < 2: R-G7 fails either way, so it is not used and
        // R-R8 keeps its band: 2,500,000 is in 2,000,000–3,000,000 → 20 (not 0).
        var dossier = Fixture.dossier(applied: .professor, current: .associateProfessor)
        dossier.industry = [Self.industry("p", 2_500_000)]
        let a = Fixture.assess(dossier)
        #expect(a.grants.standIn == nil)
        #expect(a.grants.count == 0)
        #expect(a.research.industry.map(\.value) == [20])
        #expect(a.research.total.value == 20)
        #expect(a.requirement("R-G7")?.status == .fail)
        #expect(a.requirement("R-G7")?.shortfallText == "尚缺 2 件政府機構計畫主持人")
        // And it says so: a typed note, in the grants list and the notes.
        let note = try #require(a.grants.wouldNotSuffice)
        #expect(note.reason == .standInWouldNotSuffice(withStandIn: 1, required: 2))
        #expect(note.rules == ["R-G7", "I-9"] && note.sources == [Fixture.loc(1, "d.yaml")] && note.value == 0)
        #expect(a.grants.lines == [note])
        #expect(a.notes.contains(note))
        #expect(note.reason?.code == "stand_in_would_not_suffice")
        #expect(note.reason?.parameters == ["with_stand_in": .count(1), "required": .count(2)])
        let terminal = TerminalReport.render(a)
        #expect(terminal.contains("    • 產學計畫「p」（2,500,000 元）未折抵；折抵後仍僅 1 件，未達 2 件，不予折抵；仍計入產學合作計分（I-9）  [R-G7, I-9] d.yaml:1\n"))
        #expect(terminal.contains("  產學合作：\n    • 產學合作累計執行 2,500,000 元 → 20  [R-R8, I-7] d.yaml:1\n"))
    }

    @Test func fix3_aStandInThatClosesTheGapIsStillUsed() {
        // The same project for a professor with one government grant year (112/08/01–113/07/31): 1 + 1 = 2 → it stands in,
        // R-G7 passes, and R-R8 loses it: 0 points, no industry line.
        var dossier = Fixture.dossier(applied: .professor, current: .associateProfessor)
        dossier.industry = [Self.industry("p", 2_500_000)]
        dossier.grants = [Grant(title: "g", agency: "國科會", start: Fixture.date("112/08/01"), end: Fixture.date("113/07/31"), location: Fixture.loc(2, "d.yaml"))]
        let a = Fixture.assess(dossier)
        #expect(a.grants.standIn?.title == "p")
        #expect(a.grants.count == 2)
        #expect(a.grants.wouldNotSuffice == nil)
        #expect(a.requirement("R-G7")?.status == .pass)
        #expect(a.research.industry.isEmpty)
    }

    // MARK: Fix 4: the R-G6 note lists a date once

    @Test func fix4_aDateThatExtendsBothWindowsIsListedOnce() throws {
        // Childbirth 112/03/10: after the rank (109/08/01), inside the main window (110/09/15–) and the reference
        // window (108/09/15–): both extend by 2 years, and the note names 112/03/10 once.
        var dossier = Fixture.dossier()
        dossier.pregnancyOrBirth = [DatedRecord(date: Fixture.date("112/03/10"), location: Fixture.loc(5, "d.yaml"))]
        let a = Fixture.assess(dossier)
        let note = try #require(a.notes.first { $0.rules == ["R-G6"] })
        #expect(note.explanation == .pregnancyExtension(dates: [Fixture.date("112/03/10")], years: 2, mainExtended: true, referenceExtended: true))
        #expect(note.sources == [Fixture.loc(5, "d.yaml")])
        #expect(note.value == 2)
    }

    // MARK: Fix 5: I-15, the degree thesis and the main papers' window

    static func thesisDossier() -> Dossier {
        // New hire, assistant professor, 職能治療學系, on a doctoral degree; the thesis of 109/01/01 is before the main
        // papers' window 110/09/15–115/09/15 (5 years) but inside the reference window 108/09/15– (7 years); two TJOT papers.
        var dossier = Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "職能治療學系", papers: [
            Fixture.paper(1, percentile: nil, type: .doctoralThesis, index: .thesis, date: "109/01/01", rank: nil),
            Fixture.paper(2, percentile: nil, index: .tjot, rank: nil), Fixture.paper(3, percentile: nil, index: .tjot, rank: nil),
        ])
        dossier.applyingWithDegree = true
        return dossier
    }

    @Test func fix5_theThesisIsNotHeldToTheWindowByDefault() throws {
        // Default I-15 false: the thesis is a main paper: 1 + 2 = 3 main papers, 1 SCI/SSCI/EI (I-12) → R-P5 assistant
        // 「3 篇：其中 1 篇以上為 SCI/SSCI/EI」 passes; the note cites I-15.
        #expect(Shipped.current.interpretations.thesisWithinMainPaperWindow == false)
        #expect(Shipped.before.interpretations.thesisWithinMainPaperWindow == false)
        let a = Fixture.assess(Self.thesisDossier(), Shipped.current)
        #expect(a.mainPapers.filter(\.isMain).count == 3)
        #expect(a.requirement("R-P5")?.status == .pass)
        let note = try #require(a.notes.first { $0.rules == ["R-P1", "I-15"] })
        #expect(note.explanation == .thesisBeforeWindow(date: Fixture.date("109/01/01"),
                                                   window: DateWindow(start: Fixture.date("110/09/15"), end: Fixture.date("115/09/15")), bound: false))
        #expect(note.sources == [Fixture.loc(1)])
        // Research: the thesis is inside the 7-year window: 5 × 1 = 5, and two TJOT first-author 5 × 3 = 15 each: 35.
        #expect(a.research.total.value == 35)
    }

    @Test func fix5_heldToTheWindowTheThesisIsNoMainPaper() throws {
        // I-15 true: the thesis is not a main paper ("不在主論文期間 … 內（I-15）"): 2 main papers of the 3 needed → fails,
        // one short; the research score is unchanged (35: the thesis still scores in the 7-year window).
        let rulebook = try Shipped.rulebook(.current, .setting("thesis_within_main_paper_window", "true"))
        #expect(rulebook.interpretations.thesisWithinMainPaperWindow)
        let a = Fixture.assess(Self.thesisDossier(), rulebook)
        #expect(a.mainPapers.filter(\.isMain).count == 2)
        #expect(a.mainPapers[0].reasonTexts == ["不在主論文期間 110/09/15–115/09/15 內（I-15）"])
        #expect(a.requirement("R-P5")?.status == .fail)
        #expect(a.notes.first { $0.rules == ["R-P1", "I-15"] }?.explanation
                == .thesisBeforeWindow(date: Fixture.date("109/01/01"), window: DateWindow(start: Fixture.date("110/09/15"), end: Fixture.date("115/09/15")),
                                       bound: true))
        #expect(a.research.total.value == 35)
        // A thesis inside the window is a main paper under both settings, and no I-15 note is written.
        var recent = Self.thesisDossier()
        recent.papers[0].date = Fixture.date("112/01/01")
        let inside = Fixture.assess(recent, rulebook)
        #expect(inside.mainPapers.filter(\.isMain).count == 3)
        #expect(!inside.notes.contains { $0.rules.contains("I-15") })
    }

    // MARK: Fix 6: cosmetics of `folio score`

    @Test func fix6_noDoubleSpaceBeforeTheCount() throws {
        // Promotion to associate, 職能治療學系 (R-P5 associate: 「4 篇：其中 2 篇以上為 SCI/SSCI/EI」), 4 SCI main papers.
        let dossier = Fixture.dossier(department: "職能治療學系", papers: (1...4).map { Fixture.paper($0) })
        let a = Fixture.assess(dossier, Shipped.current)
        let alternative = try #require(a.requirement("R-P5")?.alternatives.first)
        #expect(alternative.haveText == "主論文 4 篇，其中SCI/SSCI/EI 4 篇")
        let terminal = TerminalReport.render(a)
        #expect(terminal.contains("其中SCI/SSCI/EI 4 篇"))
        #expect(!terminal.contains("SCI/SSCI/EI  "))
    }

    @Test func fix6_aNoteWithoutANumberHasNoValueInTheJSON() throws {
        // The I-8 note (windows) carries no number: no "value" key; the R-G6 note carries its 2 years.
        var dossier = Fixture.dossier()
        dossier.pregnancyOrBirth = [DatedRecord(date: Fixture.date("112/03/10"), location: Fixture.loc(5, "d.yaml"))]
        let json = try JSONReport.render(Fixture.assess(dossier, Shipped.current))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let notes = try #require(root["notes"] as? [[String: Any]])
        let windows = try #require(notes.first { ($0["rules"] as? [String]) == ["I-8"] })
        #expect(windows["value"] == nil)
        let pregnancy = try #require(notes.first { ($0["rules"] as? [String]) == ["R-G6"] })
        #expect(pregnancy["value"] as? Double == 2)
        #expect(!json.contains("\"value\" : 0,\n      \"rules\" : [\n        \"I-8\""))
    }
}
