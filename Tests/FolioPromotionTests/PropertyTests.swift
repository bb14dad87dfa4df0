import FolioCore
import FolioPromotion
import FolioTestSupport
import Foundation
import Testing


@Suite("Properties over random dossiers")
struct PropertyTests {
    static let seeds: [UInt64] = Array(1...60)

    static func randomPaper(_ line: Int, _ g: inout SeededGenerator) -> Paper {
        let types = PaperType.allCases.filter { !$0.isThesis }
        let indexes: [PaperIndex] = [.sci, .ssci, .ei, .tssci, .tjot, .other]
        let index = indexes.randomElement(using: &g)!
        let percentile: Double? = index == .sci || index == .ssci ? Double(Int.random(in: 0...1000, using: &g)) / 10 : nil
        let impact: Double? = Bool.random(using: &g) ? Double(Int.random(in: 0...250, using: &g)) / 10 : nil
        let day = Int.random(in: 1...28, using: &g), month = Int.random(in: 1...12, using: &g), year = Int.random(in: 109...114, using: &g)
        return Fixture.paper(line, percentile: percentile, impact: impact, type: types.randomElement(using: &g)!,
                             position: Int.random(in: 1...8, using: &g), corresponding: Int.random(in: 0...3, using: &g) == 0,
                             equal: [1, 1, 1, 2, 3, 4, 5, 6].randomElement(using: &g)!, index: index,
                             date: "\(year)/\(String(format: "%02d", month))/\(String(format: "%02d", day))",
                             journal: Int.random(in: 0...8, using: &g) == 0 ? "KJMS" : "J\(line)",
                             rank: Int.random(in: 0...5, using: &g) == 0 ? .lecturer : .assistantProfessor)
    }

    static func randomDossier(seed: UInt64) -> Dossier {
        var g = SeededGenerator(seed: seed)
        var dossier = Fixture.dossier(papers: (0..<Int.random(in: 0...25, using: &g)).map { randomPaper($0 + 1, &g) })
        let semesters = ["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"].map { Semester(parsing: $0)! }
        dossier.teaching.evaluations = semesters.enumerated().map {
            EvaluationRecord(semester: $0.element, average: Decimal(Int.random(in: 400...600, using: &g)) / 100, location: Fixture.loc($0.offset, "d.yaml"))
        }
        dossier.teaching.growth = semesters.enumerated().map {
            GrowthRecord(semester: $0.element, points: Decimal(Int.random(in: 0...20, using: &g)), base: 4, location: Fixture.loc($0.offset + 10, "d.yaml"))
        }
        dossier.teaching.admin = semesters.enumerated().map {
            AdminRecord(semester: $0.element, syllabus: [.onTime, .late, .excused].randomElement(using: &g)!,
                        grades: [.onTime, .late].randomElement(using: &g)!, gradeCorrection: Bool.random(using: &g), location: Fixture.loc($0.offset + 20, "d.yaml"))
        }
        let items = ["pbl_case", "pbl_tutor", "bridging_material", "international_scholar", "college_teaching_award",
                     "outstanding_teaching_award", "excellent_teaching_award", "credit_class", "community_member"]
        dossier.teaching.items = (0..<Int.random(in: 0...30, using: &g)).map { n in
            let id = items.randomElement(using: &g)!
            return ItemRecord(item: id, semester: semesters.randomElement(using: &g)!, count: Decimal(Int.random(in: 1...6, using: &g)),
                              hours: Decimal(Int.random(in: 1...12, using: &g)), share: id == "international_scholar" ? Decimal(string: "0.5") : nil,
                              granted: id == "community_member" ? Decimal(Int.random(in: 0...15, using: &g)) : nil, location: Fixture.loc(100 + n, "d.yaml"))
        }
        dossier.service = (110...114).map { year in
            ServiceYear(academicYear: year, items: [
                ItemRecord(item: "committee_member", count: Decimal(Int.random(in: 0...8, using: &g)), location: Fixture.loc(200 + year, "d.yaml")),
                ItemRecord(item: "undergraduate_mentor", mentees: Int.random(in: 0...30, using: &g), location: Fixture.loc(300 + year, "d.yaml")),
                ItemRecord(item: "mentor_meeting_missed", location: Fixture.loc(400 + year, "d.yaml")),
            ], location: Fixture.loc(year, "d.yaml"))
        }
        dossier.studentGrants = (0..<Int.random(in: 0...6, using: &g)).map {
            StudentGrant(title: "s\($0)", start: Fixture.date("11\(Int.random(in: 0...4, using: &g))/08/01"), location: Fixture.loc(500 + $0, "d.yaml"))
        }
        return dossier
    }

    @Test(arguments: seeds)
    func noCappedIndicatorEverExceedsItsCap(seed: UInt64) {
        let rulebook = Fixture.rulebook()
        let a = Fixture.assess(PropertyTests.randomDossier(seed: seed), rulebook)
        for indicator in a.teaching.indicators {
            let cap = rulebook.teaching.indicator(indicator.kind)!.cap
            #expect(indicator.capped <= cap, "seed \(seed): \(indicator.kind) \(indicator.capped) > \(cap)")
        }
        #expect(a.teaching.total.value <= 100)
        // Per-period caps: committee seats ≤ 3 a year, student grants ≤ 10 a year, bridging material ≤ 10 a semester.
        for year in a.service.years {
            let label = rulebook.service.items.first { $0.id == "committee_member" }!.label
            let seats = year.lines.filter {
                switch $0.explanation {
                case .item(let item, _, _, _, _), .itemCapExceeded(let item, _, _, _, _): item.chinese == label
                default: false
                }
            }.map(\.value)
            #expect(!seats.isEmpty, "seed \(seed): every year has a committee-seat record")
            #expect(Decimal.sum(seats) <= 3, "seed \(seed)")
        }
        #expect(a.research.studentGrants.allSatisfy { $0.value <= 10 })
        #expect(a.research.papers.filter(\.counted).count <= 15)
    }

    @Test(arguments: seeds)
    func addingAPaperNeverLowersTheResearchScore(seed: UInt64) {
        var g = SeededGenerator(seed: seed &* 7919)
        var dossier = PropertyTests.randomDossier(seed: seed)
        let before = Fixture.assess(dossier).research.total.value
        dossier.papers.append(PropertyTests.randomPaper(900, &g))
        let after = Fixture.assess(dossier).research.total.value
        #expect(after >= before, "seed \(seed): \(before) → \(after)")
    }

    @Test(arguments: seeds)
    func scoresDoNotDependOnTheOrderOfRecords(seed: UInt64) {
        var g = SeededGenerator(seed: seed &+ 104_729)
        let dossier = PropertyTests.randomDossier(seed: seed)
        var shuffled = dossier
        shuffled.papers.shuffle(using: &g)
        shuffled.teaching.items.shuffle(using: &g)
        shuffled.teaching.evaluations.shuffle(using: &g)
        shuffled.teaching.growth.shuffle(using: &g)
        shuffled.service.shuffle(using: &g)
        shuffled.studentGrants.shuffle(using: &g)
        let a = Fixture.assess(dossier), b = Fixture.assess(shuffled)
        #expect(a.teaching.total.value == b.teaching.total.value, "seed \(seed)")
        #expect(a.service.total.value == b.service.total.value, "seed \(seed)")
        #expect(a.research.total.value == b.research.total.value, "seed \(seed)")
        // The counted papers themselves, not only their total: ties are broken by date, title and journal, never by input order.
        #expect(Set(a.research.papers.filter(\.counted).map(\.paper.location)) == Set(b.research.papers.filter(\.counted).map(\.paper.location)),
                "seed \(seed)")
        #expect(a.research.papers.map(\.points.value) == b.research.papers.map(\.points.value), "seed \(seed)")
        #expect(a.requirements.map(\.status) == b.requirements.map(\.status), "seed \(seed)")
    }
}
