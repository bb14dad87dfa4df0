import FolioCore
import FolioPromotion
import Foundation

/// The worked examples: dossiers with figures worked by hand (arithmetic in the comments), on the
/// shipped rulebooks. `fromTests` restates figures the rule tests already check; `added` are the ones
/// written so that every value of the rulebook moves at least one figure (see RulebookMutationTests).
enum WorkedExamples {
    /// The broad examples first: the mutation test stops at the first example whose figure moves.
    static let all: [WorkedExample] = added + fromTests

    typealias E = WorkedExample
    static func sem(_ text: String) -> Semester { Semester(parsing: text)! }
    static func loc(_ line: Int) -> SourceLocation { Fixture.loc(line, "d.yaml") }
    static func paper(_ line: Int, _ percentile: Double?, impact: Double? = nil, type: PaperType = .original, position: Int = 1,
                      equal: Int = 1, index: PaperIndex = .sci, date: String = "113/01/01", journal: String = "J",
                      rank: Rank? = .assistantProfessor) -> Paper {
        Fixture.paper(line, percentile: percentile, impact: impact, type: type, position: position, equal: equal, index: index,
                      date: date, journal: journal, rank: rank)
    }
    /// The figures `paper.1`, `paper.2`, … of the values given.
    static func papers(_ values: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: values.enumerated().map { ("paper.\($0.offset + 1)", $0.element) })
    }
    static func item(_ id: String, _ semester: String, count: Decimal = 1, hours: Decimal? = nil, share: Decimal? = nil,
                     granted: Decimal? = nil, plan: String? = nil, line: Int) -> ItemRecord {
        ItemRecord(item: id, semester: sem(semester), count: count, hours: hours, share: share, granted: granted, plan: plan, location: loc(line))
    }
    static func service(_ id: String, count: Decimal = 1, granted: Decimal? = nil, mentees: Int? = nil, line: Int) -> ItemRecord {
        ItemRecord(item: id, count: count, granted: granted, mentees: mentees, location: loc(line))
    }
    static func with(_ dossier: Dossier, _ change: (inout Dossier) -> Void) -> Dossier {
        var copy = dossier
        change(&copy)
        return copy
    }
    static let base = Fixture.dossier()
    /// 「近 6 學期」 of `base` (application 115/09/15).
    static let window = ["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"]

    /// The dossier with every semester of the window in R-T2, R-T3 and R-T5 (issue 16 makes a missing
    /// one an error), each added record scoring 0: an average of 4.00 is below the lowest band
    /// (4.50 → 5), growth of exactly the base is 1× (→ 0), and a syllabus on time with grades late
    /// is 10 − 10 = 0. Added records come after the example's own, so its lines read first.
    static func completingTheForm(_ dossier: Dossier) -> Dossier {
        var d = dossier
        func missing(_ present: [Semester]) -> [(Int, Semester)] {
            window.map(sem).filter { !present.contains($0) }.enumerated().map { ($0.offset, $0.element) }
        }
        d.teaching.evaluations += missing(d.teaching.evaluations.map(\.semester)).map {
            EvaluationRecord(semester: $0.1, average: Fixture.d(4.0), location: loc(900 + $0.0))
        }
        d.teaching.growth += missing(d.teaching.growth.map(\.semester)).map {
            GrowthRecord(semester: $0.1, points: 4, base: 4, location: loc(910 + $0.0))
        }
        d.teaching.admin += missing(d.teaching.admin.map(\.semester)).map {
            AdminRecord(semester: $0.1, syllabus: .onTime, grades: .late, gradeCorrection: false, location: loc(920 + $0.0))
        }
        return d
    }
    static let newHire = Fixture.dossier(kind: .newHire)

    // MARK: Figures the rule tests state

    static let fromTests: [WorkedExample] = [
        // ResearchTests.rR1: 20–40% first 20 × 3 = 60, second 12 × 3 = 36, third 4 × 3 = 12, fifth 2 × 3 = 6, corresponding fifth 60.
        E(name: "R-R1 author positions", dossier: Fixture.dossier(papers: [paper(1, 30), paper(2, 30, position: 2), paper(3, 30, position: 3),
                                                                          paper(4, 30, position: 5),
                                                                          Fixture.paper(5, percentile: 30, position: 5, corresponding: true)]),
          expected: papers(["60", "36", "12", "6", "60"])),
        // I-1: p 10 → 30, 10.01 → 25, 20 → 20, 40 → 15, 60 → 10, 80 → 5, 100 → 5; all × 3.
        E(name: "I-1 band boundaries", dossier: Fixture.dossier(papers: [10, 10.01, 20, 40, 60, 80, 100].enumerated().map { paper($0.offset + 1, $0.element) }),
          expected: papers(["90", "75", "60", "45", "30", "15", "15"])),
        // R-R1 flat row: EI 5 × 3 = 15; TJOT second 3 × 3 = 9; TSSCI without percentile 5 × 3 = 15.
        E(name: "R-R1 flat row", dossier: Fixture.dossier(papers: [paper(1, nil, index: .ei), paper(2, nil, position: 2, index: .tjot), paper(3, nil, index: .tssci)]),
          expected: papers(["15", "9", "15"])),
        // I-2: max(30, 6.2 × 5 = 31) × 3 = 93; max(18, 16.5) × 3 = 54; max(1, 2.5615) × 3 = 7.6845; IF 5 is not > 5: 60.
        E(name: "I-2 impact factor", dossier: Fixture.dossier(papers: [paper(1, 8, impact: 6.2), paper(2, 8, impact: 5.5, position: 2),
                                                                       paper(3, 70, impact: 5.123, position: 4), paper(4, 30, impact: 5)]),
          expected: papers(["93", "54", "7.6845", "60"])),
        // R-R2 at 40–60% first author 15: ×3, ×3, ×2, ×2, ×2, ×1, ×1.
        E(name: "R-R2 types", dossier: Fixture.dossier(papers: [PaperType.original, .invitedReview, .shortReport, .generalReview, .editorial, .caseReport, .letter]
            .enumerated().map { paper($0.offset + 1, 50, type: $0.element) }),
          expected: papers(["45", "45", "30", "30", "30", "15", "15"])),
        // R-R3: two KJMS papers at 72% (10 × 3 = 30); one (the earlier line, tie) raised to 40–60%: 15 × 3 = 45. Total 75.
        E(name: "R-R3 KJMS", dossier: Fixture.dossier(papers: [paper(1, 72, journal: "Kaohsiung Journal of Medical Sciences"),
                                                               paper(2, 72, date: "114/01/01", journal: "KJMS")]),
          expected: ["paper.1": "45", "paper.2": "30", "research.papers": "75"]),
        // R-R4 at 10–20% first (25 × 3 = 75): 2 authors IF 4 × 0.8 = 60; IF 6: max(25, 30) × 3 = 90; 3 and 4 authors × 0.6 = 45;
        // 5 authors IF 12: max(25, 60) × 3 × 0.3 = 54.
        E(name: "R-R4 equal contribution", dossier: Fixture.dossier(papers: [paper(1, 15, impact: 4, equal: 2), paper(2, 15, impact: 6, equal: 2),
                                                                            paper(3, 15, impact: 4, equal: 3), paper(4, 15, impact: 4, equal: 4),
                                                                            paper(5, 15, impact: 12, equal: 5)]),
          expected: papers(["60", "90", "45", "45", "54"])),
        // R-R5: AY 112 three grants 15 → 10; AY 113 one grant 5.
        E(name: "R-R5 student grants", dossier: with(base) { d in
            d.studentGrants = ["112/08/01", "112/09/01", "113/03/01", "113/09/01"].enumerated().map {
                StudentGrant(title: "g\($0.offset)", start: Fixture.date($0.element), location: loc($0.offset + 1))
            }
        }, expected: ["research.studentGrants": "10,5", "research": "15"]),
        // R-R6: US 80 × 0.5 = 40; JP 60; DE (other) 40 × 0.25 = 10.
        E(name: "R-R6 patents", dossier: with(base) { d in
            d.patents = [("US", 0.5), ("JP", 1), ("DE", 0.25)].enumerated().map {
                Patent(title: "p\($0.offset)", country: $0.element.0, granted: Fixture.date("113/01/01"), share: Fixture.d($0.element.1), location: loc($0.offset + 1))
            }
        }, expected: ["research.patents": "40,60,10"]),
        // R-R7: 300,000 + 300,000 = 600,000 → 40 × (300,000 + 150,000) / 600,000 = 40 × 0.75 = 30.
        E(name: "R-R7 transfers", dossier: with(base) { d in
            d.transfers = [1.0, 0.5].enumerated().map {
                Transfer(title: "t\($0.offset)", date: Fixture.date("113/01/01"), amount: 300_000, share: Fixture.d($0.element), location: loc($0.offset + 1))
            }
        }, expected: ["research.transfers": "30"]),
        // R-R8: 1,500,000 + 2,000,000 × 0.4 = 2,300,000 → 20 (a grant on file: no stand-in).
        E(name: "R-R8 industry", dossier: with(base) { d in
            d.grants = [Grant(title: "g", agency: "國科會", start: Fixture.date("113/08/01"), end: Fixture.date("114/07/31"), location: loc(9))]
            d.industry = [IndustryProject(title: "a", closed: Fixture.date("113/01/01"), amount: 1_500_000, location: loc(1)),
                          IndustryProject(title: "b", closed: Fixture.date("114/01/01"), amount: 2_000_000, share: Fixture.d(0.4), location: loc(2))]
        }, expected: ["research.industry": "20", "grants": "1", "standIn": "-"]),
        // R-R9, I-4: 15 papers at 60–80% (30 each) and one newer at 80%+ (15): the 15 worth 30 count, 450.
        E(name: "R-R9 fifteen papers", dossier: Fixture.dossier(papers: (1...15).map { paper($0, 70, date: "113/01/\(String(format: "%02d", $0))") }
            + [paper(16, 90, date: "115/01/01")]),
          expected: ["research.papers": "450", "research.counted": "15"]),
        // I-5: a doctoral thesis 5 × 1 = 5 (new hire).
        E(name: "I-5 thesis", dossier: Fixture.dossier(kind: .newHire, papers: [paper(1, nil, type: .doctoralThesis, index: .thesis, rank: nil)]),
          expected: ["paper.1": "5"]),
        // I-10: a paper as lecturer scores 0 in a promotion, 60 for a new hire.
        E(name: "I-10 previous rank", dossier: Fixture.dossier(papers: [paper(1, 30, rank: .lecturer)]), expected: ["paper.1": "0"]),
        E(name: "I-10 new hire exempt", dossier: Fixture.dossier(kind: .newHire, papers: [paper(1, 30, rank: .lecturer)]), expected: ["paper.1": "60"]),
        // TeachingTests.rT1: 課程規劃 items 1, 3: 7 + 6 = 13; 班級經營 all: 20. A = 33 × 20% = 6.6.
        E(name: "R-T1 ability", dossier: with(base) { d in
            d.teaching.ability = [AbilityAnswer(dimension: "course_planning", yes: [1, 3], location: loc(3)),
                                  AbilityAnswer(dimension: "classroom_management", yes: [1, 2, 3, 4], location: loc(4))]
        }, expected: ["teaching.ability.lines": "13,20", "teaching.ability": "6.6"]),
        // rT2: 5.40 → 20, 5.39 → 15, 4.80 → 10, 4.50 → 5, 4.49 → 0, and 114-2 at 4.00 → 0. 50 × 15% = 7.5.
        E(name: "R-T2 evaluation", dossier: completingTheForm(with(base) { d in
            d.teaching.evaluations = [("112-1", 5.40), ("112-2", 5.39), ("113-1", 4.80), ("113-2", 4.50), ("114-1", 4.49)].enumerated().map {
                EvaluationRecord(semester: sem($0.element.0), average: Fixture.d($0.element.1), location: loc($0.offset + 10))
            }
        }), expected: ["teaching.evaluation.lines": "20,15,10,5,0,0", "teaching.evaluation": "7.5"]),
        // rT3: 13 + 6.5 + 3 + 0 − 6 − 12 + 25 = 29.5 × 15% = 4.425.
        E(name: "R-T3 growth", dossier: completingTheForm(with(base) { d in
            d.teaching.growth = zip(["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"], [12.0, 8, 6, 5, 3, 0]).enumerated().map {
                GrowthRecord(semester: sem($0.element.0), points: Fixture.d($0.element.1), base: 4, location: loc($0.offset + 1))
            }
            d.teaching.items = [item("community_convener", "113-1", granted: 25, line: 20)]
        }), expected: ["teaching.growth.lines": "13,6.5,3,0,-6,-12,25", "teaching.growth": "4.425"]),
        // rT4: plan convener 2 half-years 20; outstanding award 50; distance co-teacher 20 × 0.25 = 5. 75 × 10% = 7.5.
        E(name: "R-T4 special", dossier: with(base) { d in
            d.teaching.items = [item("plan_convener", "111-1", count: 2, plan: "higher_education_sprout", line: 1),
                                item("outstanding_teaching_award", "112-2", line: 2), item("distance_course_coteacher", "113-1", share: Fixture.d(0.25), line: 3)]
        }, expected: ["teaching.special.lines": "20,50,5", "teaching.special": "7.5"]),
        // rT4 USR: a USR sub-project member for 2 semesters: 4 × 2 = 8 in 2020; 0 before (not a listed plan).
        E(name: "R-T4 USR plan 2020", dossier: with(base) { d in
            d.teaching.items = [item("plan_subproject_member", "113-1", count: 2, plan: "usr", line: 1)]
        }, expected: ["teaching.special.lines": "8"]),
        E(name: "R-T4 USR plan before", dossier: with(Fixture.dossier(date: "109/05/01")) { d in
            d.currentRankSince = Fixture.date("104/08/01")
            d.teaching.items = [item("plan_subproject_member", "108-1", count: 2, plan: "usr", line: 1)]
        }, expected: ["teaching.special.lines": "0", "rulebook": "kmu-health-before-2020-07-23"], byDate: true),
        // rT5: 20, 0, −10, 20 (excused scores as on time), and 114-1, 114-2 at 0 each. 30 × 20% = 6.
        E(name: "R-T5 admin", dossier: completingTheForm(with(base) { d in
            d.teaching.admin = [("112-1", AdminRecord.Timeliness.onTime, AdminRecord.Timeliness.onTime, false), ("112-2", .onTime, .late, false),
                                ("113-1", .late, .onTime, true), ("113-2", .excused, .onTime, false)].enumerated().map {
                AdminRecord(semester: sem($0.element.0), syllabus: $0.element.1, grades: $0.element.2, gradeCorrection: $0.element.3, location: loc($0.offset + 1))
            }
        }), expected: ["teaching.admin.lines": "20,0,-10,20,0,0", "teaching.admin": "6"]),
        // rT6: PBL 3 × 10 = 30; scholar 4 h × 0.5 = 2; bridging 7 + 6 = 13 > 10 → −3. 42 × 20% = 8.4.
        E(name: "R-T6 college", dossier: with(base) { d in
            d.teaching.items = [item("pbl_case", "112-1", count: 3, line: 1), item("international_scholar", "112-2", hours: 4, share: Fixture.d(0.5), line: 2),
                                item("bridging_material", "113-1", hours: 7, line: 3), item("bridging_material", "113-1", hours: 6, line: 4)]
        }, expected: ["teaching.college.lines": "30,2,7,6,-3", "teaching.college": "8.4"]),
        // ServiceTests.rS1: 5 + 1 − 0.5 − 0.5 + 1.5 = 6.5; 6 − 2 = 4. Total 10.5.
        E(name: "R-S1 guidance", dossier: with(base) { d in
            d.service = [ServiceYear(academicYear: 112, items: [service("undergraduate_mentor", mentees: 16, line: 1), service("mentee_interviews", line: 2),
                                                                 service("mentor_meeting_missed", line: 3), service("mentor_training_missed", line: 4),
                                                                 service("mentoring_deeds", granted: Fixture.d(1.5), line: 5)], location: loc(1)),
                         ServiceYear(academicYear: 113, items: [service("undergraduate_mentor", mentees: 17, line: 7), service("interviews_missed", line: 8)], location: loc(6))]
        }, expected: ["service.lines": "112: 5,1,-0.5,-0.5,1.5; 113: 6,-2", "service": "10.5"]),
        // rS2: chair 8; 5 seats → 5, capped at 3 (−2). 11.
        E(name: "R-S2 seats", dossier: with(base) { d in
            d.service = [ServiceYear(academicYear: 114, items: [service("department_chair", line: 1), service("committee_member", count: 5, line: 2)], location: loc(1))]
        }, expected: ["service.lines": "114: 8,5,-2", "service": "11"]),
        // The committee's vote (at least 2/3 of those present): 9 present (of 13 members); 6 agree → 6 × 3 = 18 ≥ 2 × 9 = 18,
        // exactly two thirds, passes; 5 agree → 15 < 18 fails; needed ⌈2 × 9 ÷ 3⌉ = 6. (Of all 13 members 6 would fail: 18 < 26.)
        E(name: "votes at two thirds", dossier: base,
          expected: ["vote.6of9": "pass", "vote.5of9": "fail", "vote.needed9": "6", "levels": "department,college,university"]),
        // EligibilityTests.rG2: associate 78, marks 80 and 77 → fails (every mark).
        E(name: "R-G2 one mark low", dossier: with(base) { d in d.externalReview = [80, 77].map { ExternalMark(mark: $0, location: loc(1)) } },
          expected: ["R-G2": "fail"]),
        // rG7: an external 800,000 project stands in for the associate's missing grant and leaves R-R8.
        E(name: "R-G7 stand-in", dossier: with(base) { d in
            d.industry = [IndustryProject(title: "x", closed: Fixture.date("113/06/30"), amount: 800_000, location: loc(1))]
        }, expected: ["R-G7": "pass", "standIn": "x", "research.industry": ""]),
        // i9: 600k and 2.5M: removing the 600k costs 30 − 20 = 10, the 2.5M 30 − 7 = 23: the 600k stands in; R-R8 20.
        E(name: "I-9 least cost", dossier: with(base) { d in
            d.industry = [IndustryProject(title: "big", closed: Fixture.date("113/06/30"), amount: 2_500_000, location: loc(1)),
                          IndustryProject(title: "small", closed: Fixture.date("114/06/30"), amount: 600_000, location: loc(2))]
        }, expected: ["standIn": "small", "research.industry": "20"]),
        // i8: windows from 115/09/15.
        E(name: "I-8 windows", dossier: base, expected: [
            "windows.recent": "112-1,112-2,113-1,113-2,114-1,114-2", "windows.service": "110,111,112,113,114",
            "windows.special": "110-1,110-2,111-1,111-2,112-1,112-2,113-1,113-2,114-1,114-2", "windows.hours": "112,113,114",
            "windows.main": "110/09/15–115/09/15", "windows.reference": "108/09/15–115/09/15", "windows.grants": "110/09/15–115/09/15"]),
        // rG6: a birth on 112/03/10 extends both paper windows by 2 years.
        E(name: "R-G6 pregnancy", dossier: with(base) { d in d.pregnancyOrBirth = [DatedRecord(date: Fixture.date("112/03/10"), location: loc(5))] },
          expected: ["windows.main": "108/09/15–115/09/15", "windows.reference": "106/09/15–115/09/15"]),
        // rD1: only the first-author SCI original in the window, as assistant professor, under the university's name is main.
        E(name: "R-D1 main papers", dossier: Fixture.dossier(papers: [paper(1, 30), paper(2, 30, position: 2), paper(3, 30, type: .shortReport),
                                                                     Fixture.paper(4, university: false), paper(5, 30, date: "110/09/14"), paper(6, 30, rank: .lecturer)]),
          expected: ["main.1": "1", "main.2": "no", "main.3": "no", "main.4": "no", "main.5": "no", "main.6": "no"]),
        // rP2: IF 12 at p 5 counts 2 papers; 20 → 2; 20.1 → 3.
        E(name: "R-P2 units", dossier: Fixture.dossier(papers: [paper(1, 5, impact: 12), paper(2, 5, impact: 20), paper(3, 5, impact: 20.1)]),
          expected: ["main.1": "2", "main.2": "2", "main.3": "3"]),
        // rG5: rehabilitation new hire, assistant: 60 < 150.
        E(name: "R-G5 rehabilitation new hire", dossier: Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "物理治療學系", papers: [paper(1, 30)]),
          expected: ["R-G5": "fail", "research": "60"]),
        // i13 every mark, i11 better of own band (I-11 repro: 60).
        E(name: "I-11 KJMS at percentile 30", dossier: InterpretationTests.kjmsDossier(), expected: ["paper.2": "60"]),
    ]

    // MARK: Examples added so that every rulebook value moves a figure

    static let added: [WorkedExample] = research + teaching + service + conditions + paperConditions + interpretations

    static let research: [WorkedExample] = {
        var examples: [WorkedExample] = []
        // R-R1, every band and author column, SCI originals (× 3). Bands at p 5, 15, 30, 50, 70, 90; positions 1–4:
        // top 10%: 30, 18, 6, 3 → 90, 54, 18, 9; 10–20%: 25, 15, 5, 2.5 → 75, 45, 15, 7.5; 20–40%: 20, 12, 4, 2 → 60, 36, 12, 6;
        // 40–60%: 15, 9, 3, 1.5 → 45, 27, 9, 4.5; 60–80%: 10, 6, 2, 1 → 30, 18, 6, 3; 80%+: 5, 3, 1, 0.5 → 15, 9, 3, 1.5.
        let grid: [(Double, Int)] = [5.0, 15, 30, 50, 70, 90].flatMap { p in (1...4).map { (p, $0) } }
        examples.append(E(name: "R-R1 every band and column", dossier: Fixture.dossier(papers: grid.enumerated().map { paper($0.offset + 1, $0.element.0, position: $0.element.1) }),
                          expected: papers(["90", "54", "18", "9", "75", "45", "15", "7.5", "60", "36", "12", "6",
                                            "45", "27", "9", "4.5", "30", "18", "6", "3", "15", "9", "3", "1.5"])))
        // IF > 5 at 80%+ (5, 3, 1, 0.5), IF 6: max(5, 30) = 30, max(3, 18) = 18, max(1, 6) = 6, max(0.5, 3) = 3; × 3.
        examples.append(E(name: "R-R1 IF row", dossier: Fixture.dossier(papers: (1...4).map { paper($0, 90, impact: 6, position: $0) }),
                          expected: papers(["90", "54", "18", "9"])))
        // Flat row (EI, TJOT, TJPT, TMEJ) even with a percentile: 5, 3, 1, 0.5 × 3; TSSCI with a percentile is ranked: p 5 → 90.
        // An EI paper gives no percentile (ranked indexes SCI, SSCI, TSSCI need one; TSSCI is exempt).
        examples.append(E(name: "R-R1 flat row and ranked indexes", dossier: Fixture.dossier(papers: [
            paper(1, 5, index: .ei), paper(2, 5, position: 2, index: .ei), paper(3, 5, position: 3, index: .ei), paper(4, 5, position: 4, index: .ei),
            paper(5, 5, index: .tjot), paper(6, 5, index: .tjpt), paper(7, 5, index: .tmej), paper(8, 5, index: .tssci), paper(9, nil, index: .ei),
            paper(10, nil, index: .tssci)]),
                          expected: papers(["15", "9", "3", "1.5", "15", "15", "15", "90", "15", "15"])))
        // R-R3: one KJMS paper at 72% (own 10 × 3 = 30) scores as 40–60%: 15 × 3 = 45.
        examples.append(E(name: "R-R3 one KJMS paper", dossier: Fixture.dossier(papers: [paper(1, 72, journal: "KJMS")]), expected: ["paper.1": "45"]))
        // R-R4: 2 authors IF 6 keep 100% (max(25, 30) × 3 = 90); 3 authors IF 10 (max(25, 50) × 3 = 150); 4 authors IF 10: 150;
        // 5 authors IF 4: 75 × 0.3 = 22.5; 2 authors IF 5.99: max(25, 29.95) × 3 × 0.8 = 71.88.
        examples.append(E(name: "R-R4 thresholds", dossier: Fixture.dossier(papers: [paper(1, 15, impact: 6, equal: 2), paper(2, 15, impact: 10, equal: 3),
                                                                                     paper(3, 15, impact: 10, equal: 4), paper(4, 15, impact: 4, equal: 5),
                                                                                     paper(5, 15, impact: 5.99, equal: 2)]),
                          expected: papers(["90", "150", "150", "22.5", "71.88"])))
        // R-R6, every country at share 1: ROC 30, JP 60, CA 60, CN 60, US 80, EU 80, DE (other) 40.
        examples.append(E(name: "R-R6 every country", dossier: with(base) { d in
            d.patents = ["ROC", "JP", "CA", "CN", "US", "EU", "DE"].enumerated().map {
                Patent(title: "p\($0.offset)", country: $0.element, granted: Fixture.date("113/01/01"), location: loc($0.offset + 1))
            }
        }, expected: ["research.patents": "30,60,60,60,80,80,40"]))
        // R-R7: exactly 250,000 → 30; 249,999 → 0; 999,999 → 40; 1,000,000 → 50.
        for (amount, points) in [(250_000, "30"), (249_999, "0"), (999_999, "40"), (1_000_000, "50")] as [(Decimal, String)] {
            examples.append(E(name: "R-R7 \(amount)", dossier: with(base) { d in
                d.transfers = [Transfer(title: "t", date: Fixture.date("113/01/01"), amount: amount, location: loc(1))]
            }, expected: ["research.transfers": points]))
        }
        // R-R8 for a new hire (no stand-in): 500,000 → 7 (最高核給 7, nothing recorded → 7); 499,999 → 0; 1.5M → 15; 2.5M → 20;
        // 4M → 30; 6M → 40; 20M → 45; 40M → 50; 600,000 with 4 granted → 4.
        for (amount, points) in [(500_000, "7"), (499_999, "0"), (1_500_000, "15"), (2_500_000, "20"), (4_000_000, "30"), (6_000_000, "40"),
                                 (20_000_000, "45"), (40_000_000, "50")] as [(Decimal, String)] {
            examples.append(E(name: "R-R8 \(amount)", dossier: with(newHire) { d in
                d.industry = [IndustryProject(title: "i", closed: Fixture.date("113/01/01"), amount: amount, location: loc(1))]
            }, expected: ["research.industry": points]))
        }
        examples.append(E(name: "R-R8 up to 7, 4 granted", dossier: with(newHire) { d in
            d.industry = [IndustryProject(title: "i", closed: Fixture.date("113/01/01"), amount: 600_000, location: loc(1))]
            d.industryBandGranted = 4
        }, expected: ["research.industry": "4"]))
        // R-R5: three grants in AY 112: 3 × 5 = 15, capped at 10; one in AY 113: 5.
        // (Covered by "R-R5 student grants" above.)
        // R-P2: IF 10 → 2 papers, 9.99 → 1, 20.5 → 3.
        examples.append(E(name: "R-P2 at 10 and 20.5", dossier: Fixture.dossier(papers: [paper(1, 5, impact: 10), paper(2, 5, impact: 9.99), paper(3, 5, impact: 20.5)]),
                          expected: ["main.1": "2", "main.2": "1", "main.3": "3"]))
        // R-D1 types: an invited review is a main paper, a case report is not.
        examples.append(E(name: "R-D1 types", dossier: Fixture.dossier(papers: [paper(1, 30, type: .invitedReview), paper(2, 30, type: .caseReport)]),
                          expected: ["main.1": "1", "main.2": "no"]))
        return examples
    }()

    static let teaching: [WorkedExample] = {
        var examples: [WorkedExample] = []
        // Every teaching item once in 113-1, in the source's order.
        // R-T4: 10, 8, 6, 4 (plan roles), 50, 40, 40, 35, 35, 30, 25, 20, 20, 20 × 0.5 = 10, 20, 20 × 0.5 = 10, 5, 4, 10:
        // 382 → capped 100 × 10% = 10.
        let special = ["plan_convener", "plan_deputy_convener", "plan_subproject_pi", "plan_subproject_member", "outstanding_teaching_award",
                       "excellent_teaching_award", "moe_digital_course", "open_course", "teaching_material_award", "website_excellent", "website_good",
                       "career_material", "distance_course_lead", "distance_course_coteacher", "english_course_lead", "english_course_coteacher",
                       "service_learning_lead", "service_learning_coteacher", "credit_class"]
        let specialRecords = special.enumerated().map { index, id in
            item(id, "113-1", share: ["distance_course_coteacher", "english_course_coteacher"].contains(id) ? Fixture.d(0.5) : nil, plan: id.hasPrefix("plan_") ? "teaching_excellence" : nil, line: index + 1)
        }
        // R-T6: 10, 3, 10, 3, 4, 4 h × 1 × 0.5 = 2, 10, 20, 5, 3 h × 1 = 3, 10, 5, 5, 10, 50, 40, 30, 10, 7 h, 6 h, 20, and 13 h
        // of bridging material in 113-1 capped at 10: −3. 260 → capped 100 × 20% = 20.
        let college: [(String, Decimal?, Decimal?)] = [("pbl_case", nil, nil), ("pbl_tutor", nil, nil), ("osce_case", nil, nil), ("osce_examiner", nil, nil),
                                                      ("clinical_internship", nil, nil), ("international_scholar", 4, Fixture.d(0.5)), ("graduate_research", nil, nil),
                                                      ("nstc_summer_student", nil, nil), ("school_summer_student", nil, nil), ("project_course_hours", 3, nil),
                                                      ("abroad_visit", nil, nil), ("abroad_visit_advising", nil, nil), ("domestic_visit", nil, nil),
                                                      ("conference_supervision", nil, nil), ("international_award", nil, nil), ("national_award", nil, nil),
                                                      ("school_award", nil, nil), ("service_learning_adviser", nil, nil), ("bridging_material", 7, nil),
                                                      ("bridging_material", 6, nil), ("college_teaching_award", nil, nil)]
        let collegeRecords = college.enumerated().map { index, entry in item(entry.0, "113-1", hours: entry.1, share: entry.2, line: 100 + index) }
        // R-T3: 12/4 = 3× → 13; 8/4 = 2× → 6.5; 6/4 = 1.5× → 3; 5/4 → 0; 3 < 4 → −6; none → −12; in 113-1 convener 25 and
        // member 15 granted, in 113-2 convener 20 and member 10: 4.5 + 70 = 74.5 × 15% = 11.175.
        let growth = zip(["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"], [12.0, 8, 6, 5, 3, 0]).enumerated().map {
            GrowthRecord(semester: sem($0.element.0), points: Fixture.d($0.element.1), base: 4, location: loc(200 + $0.offset))
        }
        let communities = [item("community_convener", "113-1", granted: 25, line: 210), item("community_convener", "113-2", granted: 20, line: 211),
                           item("community_member", "113-1", granted: 15, line: 212), item("community_member", "113-2", granted: 10, line: 213)]
        // R-T2 at the 6-point bands' minima: 5.40 → 20, 5.10 → 15, 4.80 → 10, 4.50 → 5, 4.49 → 0, 6 (the maximum) → 20.
        // 70 × 15% = 10.5.
        let evaluations = zip(["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"], [5.40, 5.10, 4.80, 4.50, 4.49, 6]).enumerated().map {
            EvaluationRecord(semester: sem($0.element.0), average: Fixture.d($0.element.1), location: loc(300 + $0.offset))
        }
        // R-T5: on time both 20; grades late 10 − 10 = 0; syllabus late and a correction −10 + 10 − 10 = −10. 10 × 20% = 2.
        let admin = [AdminRecord(semester: sem("112-1"), syllabus: .onTime, grades: .onTime, gradeCorrection: false, location: loc(400)),
                     AdminRecord(semester: sem("112-2"), syllabus: .onTime, grades: .late, gradeCorrection: false, location: loc(401)),
                     AdminRecord(semester: sem("113-1"), syllabus: .late, grades: .onTime, gradeCorrection: true, location: loc(402))]
        // R-T1: 課程規劃 item 1: 7; 教學內容 item 2: 7; 教學方法 item 3: 6; 班級經營 items 1, 2: 10; 多元評量 items 1, 3: 13. 43 × 20% = 8.6.
        let ability = [("course_planning", [1]), ("teaching_content", [2]), ("teaching_methods", [3]), ("classroom_management", [1, 2]), ("assessment", [1, 3])]
            .enumerated().map { AbilityAnswer(dimension: $0.element.0, yes: $0.element.1, location: loc(500 + $0.offset)) }
        examples.append(E(name: "R-T every item", dossier: completingTheForm(with(base) { d in
            d.teaching = TeachingRecords(ability: ability, evaluations: evaluations, growth: growth, admin: admin, items: specialRecords + collegeRecords + communities)
        }), expected: [
            "teaching.special.lines": "10,8,6,4,50,40,40,35,35,30,25,20,20,10,20,10,5,4,10", "teaching.special": "10",
            "teaching.college.lines": "10,3,10,3,4,2,10,20,5,3,10,5,5,10,50,40,30,10,7,6,20,-3", "teaching.college": "20",
            "teaching.growth.lines": "13,6.5,3,0,-6,-12,25,15,20,10", "teaching.growth": "11.175",
            "teaching.evaluation.lines": "20,15,10,5,0,20", "teaching.evaluation": "10.5",
            "teaching.admin.lines": "20,0,-10,0,0,0", "teaching.admin": "2",
            "teaching.ability.lines": "7,7,6,10,13", "teaching.ability": "8.6",
            // 8.6 + 10.5 + 11.175 + 10 + 2 + 20 = 62.275.
            "teaching": "62.275",
        ]))
        // R-T4 註: a plan role naming a plan the rulebook does not list scores 0 (the refusal is shown), for each of the four roles.
        examples.append(E(name: "R-T4 unlisted plan", dossier: with(base) { d in
            d.teaching.items = ["plan_convener", "plan_deputy_convener", "plan_subproject_pi", "plan_subproject_member"].enumerated().map {
                item($0.element, "113-1", plan: "campus_greening", line: $0.offset + 1)
            }
        }, expected: ["teaching.special.lines": "0,0,0,0"]))
        // Every indicator at its cap of 100: ability all items 100; evaluation 6 × 20 = 120; growth 6 × 13 + 25 = 103;
        // special 2 × 50 = 100; admin 6 × 20 = 120; college 10 PBL cases = 100. 20 + 15 + 15 + 10 + 20 + 20 = 100.
        let semesters = ["112-1", "112-2", "113-1", "113-2", "114-1", "114-2"]
        examples.append(E(name: "R-T every indicator at its cap", dossier: with(base) { d in
            d.teaching = TeachingRecords(
                ability: [("course_planning", 3), ("teaching_content", 3), ("teaching_methods", 3), ("classroom_management", 4), ("assessment", 3)]
                    .enumerated().map { AbilityAnswer(dimension: $0.element.0, yes: Array(1...$0.element.1), location: loc(1 + $0.offset)) },
                evaluations: semesters.enumerated().map { EvaluationRecord(semester: sem($0.element), average: Fixture.d(5.4), location: loc(10 + $0.offset)) },
                growth: semesters.enumerated().map { GrowthRecord(semester: sem($0.element), points: 12, base: 4, location: loc(20 + $0.offset)) },
                admin: semesters.enumerated().map { AdminRecord(semester: sem($0.element), syllabus: .onTime, grades: .onTime, gradeCorrection: false, location: loc(30 + $0.offset)) },
                items: [item("community_convener", "113-1", granted: 25, line: 40), item("outstanding_teaching_award", "112-1", count: 2, line: 41),
                        item("pbl_case", "113-1", count: 10, line: 42)])
        }, expected: ["teaching.ability": "20", "teaching.evaluation": "15", "teaching.growth": "15", "teaching.special": "10",
                      "teaching.admin": "20", "teaching.college": "20", "teaching": "100"]))
        return examples
    }()

    static let service: [WorkedExample] = {
        // AY 110: 16 mentees 5, interviews 1, deeds 2 (of 2), not all interviewed −2, meeting −0.5, training −0.5 = 5.
        // AY 111: 17 mentees 6, graduate 2, residential 5 (of 5), career 4, psychological 2, outstanding 6, guidance 5 (of 5) = 30.
        // AY 112: 4 + 5 + 7 + 8 + 10 = 34. AY 113: 4 seats capped at 3 (4 − 1), school 5, USR 5, external post 3 = 16.
        // AY 114 (granted below the maxima): deeds 1, residential 3, guidance 2, school 1, USR 1, external 1 = 9. Total 94.
        let years: [(Int, [ItemRecord])] = [
            (110, [service("undergraduate_mentor", mentees: 16, line: 1), service("mentee_interviews", line: 2), service("mentoring_deeds", granted: 2, line: 3),
                   service("interviews_missed", line: 4), service("mentor_meeting_missed", line: 5), service("mentor_training_missed", line: 6)]),
            (111, [service("undergraduate_mentor", mentees: 17, line: 11), service("graduate_mentor", line: 12), service("residential_college_mentor", granted: 5, line: 13),
                   service("career_counselor", line: 14), service("psychological_counselor", line: 15), service("outstanding_mentor", line: 16),
                   service("guidance_contribution", granted: 5, line: 17)]),
            (112, [service("college_admin_teacher", line: 21), service("hospital_unit_head", line: 22), service("section_head", line: 23),
                   service("department_chair", line: 24), service("hospital_vice_superintendent", line: 25)]),
            (113, [service("committee_member", count: 4, line: 31), service("school_contribution", granted: 5, line: 32), service("usr_contribution", granted: 5, line: 33),
                   service("external_post", granted: 3, line: 34)]),
            (114, [service("mentoring_deeds", granted: 1, line: 41), service("residential_college_mentor", granted: 3, line: 42), service("guidance_contribution", granted: 2, line: 43),
                   service("school_contribution", granted: 1, line: 44), service("usr_contribution", granted: 1, line: 45), service("external_post", granted: 1, line: 46)]),
        ]
        return [E(name: "R-S every item", dossier: with(base) { d in
            d.service = years.map { ServiceYear(academicYear: $0.0, items: $0.1, location: loc($0.0)) }
        }, expected: ["service.lines": "110: 5,1,2,-2,-0.5,-0.5; 111: 6,2,5,4,2,6,5; 112: 4,5,7,8,10; 113: 4,5,5,3,-1; 114: 1,3,2,1,1,1",
                      "service": "94"])]
    }()

    static let conditions: [WorkedExample] = {
        var examples: [WorkedExample] = []
        // R-G5 and R-C1: one 20–40% first-author original (20 × 3 = 60) against every threshold, each department in turn.
        let thresholds: [(ResearchCategory, ApplicationKind, Rank, Int)] = [
            (.naturalBiomedical, .promotion, .professor, 500), (.naturalBiomedical, .promotion, .associateProfessor, 400),
            (.naturalBiomedical, .promotion, .assistantProfessor, 300), (.naturalBiomedical, .promotion, .lecturer, 200),
            (.naturalBiomedical, .newHire, .professor, 500), (.naturalBiomedical, .newHire, .associateProfessor, 400),
            (.naturalBiomedical, .newHire, .assistantProfessor, 300), (.naturalBiomedical, .newHire, .lecturer, 200),
            (.rehabilitationManagement, .promotion, .professor, 450), (.rehabilitationManagement, .promotion, .associateProfessor, 350),
            (.rehabilitationManagement, .promotion, .assistantProfessor, 250), (.rehabilitationManagement, .promotion, .lecturer, 150),
            (.rehabilitationManagement, .newHire, .professor, 450), (.rehabilitationManagement, .newHire, .associateProfessor, 350),
            (.rehabilitationManagement, .newHire, .assistantProfessor, 150), (.rehabilitationManagement, .newHire, .lecturer, 50),
        ]
        let departments: [ResearchCategory: [String]] = [.naturalBiomedical: ["公共衛生學系", "醫學檢驗生物技術學系", "醫學影像暨放射科學系"],
                                                         .rehabilitationManagement: ["物理治療學系", "職能治療學系", "醫務管理暨醫療資訊學系"]]
        for (index, (category, kind, rank, threshold)) in thresholds.enumerated() {
            let current = kind == .promotion ? (rank.previous ?? .lecturer) : nil
            let department = departments[category]![index % 3]
            let dossier = with(Fixture.dossier(kind: kind, applied: rank, current: current, department: department,
                                               papers: [paper(1, 30, rank: current ?? .assistantProfessor)])) { _ in }
            examples.append(E(name: "R-G5 \(department) \(kind.rawValue) \(rank.rawValue)", dossier: dossier, expected: [
                "category": category.rawValue,
                "R-G5.detail": "研究計分 60 \(60 >= threshold ? "≥" : "<") \(threshold)（\(Words.zhText(category.term))，\(Words.zhText(kind.term))\(Words.zhText(rank.term))）"]))
        }
        // R-G2 (I-13 n_of_m, 5 reviewers, at least 4): four marks exactly at the pass line and one a point below pass
        // (lecturer 70, assistant 75, associate 78, professor 80): 4 ≥ 4. Every mark (every_mark) fails on the fifth; the
        // mean (4 × line + line − 1) / 5 = line − 0.2 fails too; a pass line one higher leaves 0 of 5; 5 of 5 needed fails.
        for (rank, line) in [(Rank.lecturer, 70), (.assistantProfessor, 75), (.associateProfessor, 78), (.professor, 80)] as [(Rank, Decimal)] {
            examples.append(E(name: "R-G2 \(rank.rawValue) at \(line)", dossier: with(Fixture.dossier(kind: .newHire, applied: rank)) { d in
                d.externalReview = [line, line, line, line, line - 1].map { ExternalMark(mark: $0, location: loc(1)) }
            }, expected: ["R-G2": "pass", "R-G2.finding": "external_review_panel passing=4 returned=5 reviewers=5 must_pass=4 pass_mark=\(line)"]))
        }
        // R-G3, R-G4: an empty promotion file scores 0 < 70 teaching; service 0 < 40 (professor), 0 < 30 (associate).
        examples.append(E(name: "R-G3 R-G4 professor", dossier: Fixture.dossier(applied: .professor, current: .associateProfessor),
                          expected: ["R-G3.detail": "教學計分 0 < 70", "R-G4.detail": "輔導與服務計分 0 < 40"]))
        examples.append(E(name: "R-G3 R-G4 associate", dossier: base, expected: ["R-G3.detail": "教學計分 0 < 70", "R-G4.detail": "輔導與服務計分 0 < 30"]))
        // R-G1: the average of AY 112–114 exactly at the standard of the current rank passes: lecturer 8, assistant 7, associate 7;
        // attending physicians 4 with at least 1 actual hour (1 taught + 3 reduction).
        func hours(_ dossier: Dossier, weekly: Decimal, reduction: Decimal = 0) -> Dossier {
            with(dossier) { d in d.teachingHours = (112...114).map { TeachingHourRecord(academicYear: $0, weekly: weekly, reduction: reduction, location: loc($0)) } }
        }
        examples.append(E(name: "R-G1 lecturer 8", dossier: hours(Fixture.dossier(applied: .assistantProfessor, current: .lecturer), weekly: 8), expected: ["R-G1": "pass"]))
        examples.append(E(name: "R-G1 assistant 7", dossier: hours(base, weekly: 7), expected: ["R-G1": "pass"]))
        examples.append(E(name: "R-G1 associate 7", dossier: hours(Fixture.dossier(applied: .professor, current: .associateProfessor), weekly: 7), expected: ["R-G1": "pass"]))
        examples.append(E(name: "R-G1 physician 4", dossier: with(hours(base, weekly: 1, reduction: 3)) { $0.attendingPhysician = true }, expected: ["R-G1": "pass"]))
        // R-G7: associate with one one-year grant (1 ≥ 1); professor with one two-year grant (2 ≥ 2);
        // a grant of 109/08/01–111/07/31 has one project year in 110/09/15–115/09/15.
        func grant(_ start: String, _ end: String) -> Grant {
            Grant(title: "g", agency: "國科會", start: Fixture.date(start), end: Fixture.date(end), location: loc(1))
        }
        examples.append(E(name: "R-G7 associate 1", dossier: with(base) { $0.grants = [grant("113/08/01", "114/07/31")] }, expected: ["R-G7": "pass", "grants": "1"]))
        examples.append(E(name: "R-G7 professor 2", dossier: with(Fixture.dossier(applied: .professor, current: .associateProfessor)) {
            $0.grants = [grant("112/08/01", "114/07/31")]
        }, expected: ["R-G7": "pass", "grants": "2"]))
        examples.append(E(name: "R-G7 window", dossier: with(base) { $0.grants = [grant("109/08/01", "111/07/31")] }, expected: ["grants": "1"]))
        // R-G7: exactly NT$500,000 external, as PI, stands in.
        examples.append(E(name: "R-G7 stand-in at 500,000", dossier: with(base) { d in
            d.industry = [IndustryProject(title: "x", closed: Fixture.date("113/06/30"), amount: 500_000, location: loc(1))]
        }, expected: ["standIn": "x", "R-G7": "pass"]))
        // R-G8: the degrees each rule names, in its detail.
        func physician(_ dossier: Dossier, degree: DegreeLevel, abroad: Decimal = 0) -> Dossier {
            with(dossier) { d in
                d.attendingPhysician = true
                d.degree = degree
                d.studiedAbroadYears = abroad
            }
        }
        examples.append(E(name: "R-G8 new assistant", dossier: physician(Fixture.dossier(kind: .newHire, applied: .assistantProfessor), degree: .master),
                          expected: ["R-G8.detail": "學位：碩士；出國進修 0 年；須碩士或博士生或博士候選人或博士", "R-G8": "pass"]))
        examples.append(E(name: "R-G8 associate", dossier: physician(base, degree: .doctoralCandidate),
                          expected: ["R-G8.detail": "學位：博士候選人；出國進修 0 年；須博士候選人或博士", "R-G8": "pass"]))
        // A master with exactly 1 year abroad, applying on 109/08/01, the first day of the rule.
        examples.append(E(name: "R-G8 professor from 109/08/01", dossier: physician(with(Fixture.dossier(applied: .professor, current: .associateProfessor, date: "109/08/01")) {
            $0.currentRankSince = Fixture.date("104/08/01")
        }, degree: .master, abroad: 1), expected: ["R-G8.detail": "學位：碩士；出國進修 1 年；須博士，或出國進修 1 年以上", "R-G8": "pass"]))
        // R-D2: an equal-contribution representative paper with IF exactly 10 may be representative.
        var representative = paper(1, 30, impact: 10, equal: 2)
        representative.representative = true
        examples.append(E(name: "R-D2 at IF 10", dossier: Fixture.dossier(papers: [representative]), expected: ["R-D2": "pass"]))
        // R-P4: seconded exactly 2 years: the seconded alternatives are available.
        examples.append(E(name: "R-P4 seconded 2 years", dossier: with(Fixture.dossier(papers: [32, 48, 66, 52].enumerated().map { paper($0.offset + 1, $0.element) })) {
            $0.secondment = Secondment(basis: .seconded, years: 2, misconduct: false, usedBefore: false, location: loc(9))
        }, expected: ["R-P3": "pass"]))
        // in_force_from: an application on 109/07/23 is scored with the 2020 version (a USR service item is known).
        examples.append(E(name: "in force from 109/07/23", dossier: with(Fixture.dossier(date: "109/07/23")) { d in
            d.currentRankSince = Fixture.date("104/08/01")
            d.service = [ServiceYear(academicYear: 107, items: [service("usr_contribution", granted: 3, line: 2)], location: loc(1))]
        }, expected: ["rulebook": "kmu-health-2020-07-23", "service": "3"], byDate: true))
        return examples
    }()

    /// Every paper-condition alternative as the dossier page lists it: one first-author SCI original at p 30 for each
    /// category and rank (promotions from the rank below; lecturer as a new hire); the seconded track unavailable.
    static let paperConditions: [WorkedExample] = {
        let natural: [Rank: [String]] = [
            .professor: ["R-P3 7 篇，其中 3 篇以上排名前40% [1/1] fail", "R-P3 5 篇，其中 3 篇以上排名前20% [1/0] fail", "R-P3 3 篇，皆排名前10% [1/0] fail",
                         "R-P4 7 篇，其中 3 篇以上排名前40% [1/1] fail unavailable", "R-P4 5 篇，其中 3 篇以上排名前20% [1/0] fail unavailable",
                         "R-P4 3 篇，皆排名前10% [1/0] fail unavailable"],
            .associateProfessor: ["R-P3 5 篇，其中 1 篇以上排名前40% [1/1] fail", "R-P3 4 篇，其中 2 篇以上排名前20% [1/0] fail", "R-P3 2 篇，皆排名前10% [1/0] fail",
                                  "R-P4 4 篇，其中 1 篇以上排名前40% [1/1] fail unavailable", "R-P4 3 篇，其中 2 篇以上排名前20% [1/0] fail unavailable",
                                  "R-P4 2 篇，皆排名前10% [1/0] fail unavailable"],
            .assistantProfessor: ["R-P3 3 篇，其中 1 篇以上排名前40% [1/1] fail", "R-P3 1 篇，皆排名前10% [1/0] fail",
                                  "R-P4 2 篇，其中 1 篇以上排名前40% [1/1] fail unavailable", "R-P4 1 篇，皆排名前10% [1/0] fail unavailable"],
            .lecturer: ["R-P3 2 篇 [1] fail", "R-P4 2 篇 [1] fail unavailable"],
        ]
        let rehabilitation: [Rank: [String]] = [
            .professor: ["R-P5 5 篇，其中 3 篇以上為 SCI/SSCI/EI [1/1] fail", "R-P6 5 篇，其中 3 篇以上為 SCI/SSCI/EI [1/1] fail unavailable"],
            .associateProfessor: ["R-P5 4 篇，其中 2 篇以上為 SCI/SSCI/EI [1/1] fail", "R-P6 3 篇，其中 1 篇以上為 SCI/SSCI/EI [1/1] fail unavailable"],
            .assistantProfessor: ["R-P5 3 篇，其中 1 篇以上為 SCI/SSCI/EI [1/1] fail", "R-P6 2 篇，其中 1 篇以上為 SCI/SSCI/EI [1/1] fail unavailable"],
            .lecturer: ["R-P5 2 篇，其中 1 篇以上為 SCI/SSCI/EI [1/1] fail", "R-P6 2 篇，其中 1 篇以上為 SCI/SSCI/EI [1/1] fail unavailable",
                        "R-P6 2 篇，其中 1 篇以上為碩士論文 [1/0] fail unavailable"],
        ]
        var examples: [WorkedExample] = []
        for (category, table, department, id) in [(ResearchCategory.naturalBiomedical, natural, "公共衛生學系", "R-P3"),
                                                   (.rehabilitationManagement, rehabilitation, "職能治療學系", "R-P5")] {
            for rank in Rank.allCases {
                let current = rank == .lecturer ? nil : rank.previous
                let dossier = Fixture.dossier(kind: rank == .lecturer ? .newHire : .promotion, applied: rank, current: current, department: department,
                                              papers: [paper(1, 30, rank: current ?? .lecturer)])
                examples.append(E(name: "\(id) \(rank.rawValue)", dossier: dossier, expected: ["\(id).alternatives": table[rank]!.joined(separator: "\n")]))
            }
        }
        // Top groups (I-1): two papers at p 10 are「2 篇，皆排名前 10%」; at p 10.5 they are not. Four papers, two at p 20: not
        // 「2 篇前 20%」. Five papers, one at p 40: not「1 篇前 40%」. (Associate professor.)
        func associate(_ percentiles: [Double]) -> Dossier { Fixture.dossier(papers: percentiles.enumerated().map { paper($0.offset + 1, $0.element) }) }
        let seconded4 = ["R-P4 4 篇，其中 1 篇以上排名前40%", "R-P4 3 篇，其中 2 篇以上排名前20%", "R-P4 2 篇，皆排名前10%"]
        func lines(_ standard: [String], _ secondedCounts: [String]) -> String {
            (zip(["R-P3 5 篇，其中 1 篇以上排名前40%", "R-P3 4 篇，其中 2 篇以上排名前20%", "R-P3 2 篇，皆排名前10%"], standard).map { "\($0) \($1)" }
             + zip(seconded4, secondedCounts).map { "\($0) \($1)" }).joined(separator: "\n")
        }
        examples.append(E(name: "I-1 top 10% inclusive", dossier: associate([10, 10]),
                          expected: ["R-P3.alternatives": lines(["[2/2] fail", "[2/2] fail", "[2/2] pass"], ["[2/2] fail unavailable", "[2/2] fail unavailable", "[2/2] pass unavailable"])]))
        examples.append(E(name: "I-1 p 10.5", dossier: associate([10.5, 10.5]),
                          expected: ["R-P3.alternatives": lines(["[2/2] fail", "[2/2] fail", "[2/0] fail"], ["[2/2] fail unavailable", "[2/2] fail unavailable", "[2/0] fail unavailable"])]))
        examples.append(E(name: "I-1 p 20", dossier: associate([20, 20, 50, 50]),
                          expected: ["R-P3.alternatives": lines(["[4/2] fail", "[4/0] fail", "[4/0] fail"], ["[4/2] pass unavailable", "[4/0] fail unavailable", "[4/0] fail unavailable"])]))
        examples.append(E(name: "I-1 p 40", dossier: associate([40, 50, 50, 50, 50]),
                          expected: ["R-P3.alternatives": lines(["[5/0] fail", "[5/0] fail", "[5/0] fail"], ["[5/0] fail unavailable", "[5/0] fail unavailable", "[5/0] fail unavailable"])]))
        // Main-paper indexes: natural SCI, SSCI, EI; rehabilitation adds TSSCI, TJOT, TJPT. SCI/SSCI/EI counted apart.
        examples.append(E(name: "R-P3 indexes", dossier: Fixture.dossier(papers: [paper(1, 30), paper(2, 30, index: .ssci), paper(3, nil, index: .ei), paper(4, nil, index: .tssci)]),
                          expected: ["main.1": "1", "main.2": "1", "main.3": "1", "main.4": "no"]))
        examples.append(E(name: "R-P5 indexes", dossier: Fixture.dossier(department: "醫務管理暨醫療資訊學系", papers: [
            paper(1, 30), paper(2, 30, index: .ssci), paper(3, nil, index: .ei), paper(4, nil, index: .tssci), paper(5, nil, index: .tjot), paper(6, nil, index: .tjpt),
            paper(7, nil, index: .tmej)]),
                          expected: ["main.1": "1", "main.2": "1", "main.3": "1", "main.4": "1", "main.5": "1", "main.6": "1", "main.7": "no",
                                     "R-P5.alternatives": "R-P5 4 篇，其中 2 篇以上為 SCI/SSCI/EI [6/3] pass\nR-P6 3 篇，其中 1 篇以上為 SCI/SSCI/EI [6/3] pass unavailable"]))
        // 「其中 N 篇以上為 SCI/SSCI/EI」counts SCI, SSCI and EI papers, not TSSCI or the Taiwan journals: 4 main papers, 3 of them.
        examples.append(E(name: "R-P5 SCI/SSCI/EI counted", dossier: Fixture.dossier(department: "職能治療學系", papers: [
            paper(1, 30), paper(2, 30, index: .ssci), paper(3, nil, index: .ei), paper(4, nil, index: .tjot)]),
                          expected: ["R-P5.alternatives": "R-P5 4 篇，其中 2 篇以上為 SCI/SSCI/EI [4/3] pass\nR-P6 3 篇，其中 1 篇以上為 SCI/SSCI/EI [4/3] pass unavailable"]))
        return examples
    }()

    /// The shipped side of each interpretation (the other side is in InterpretationTests).
    static let interpretations: [WorkedExample] = [
        // I-2: IF 5.5, top 10%, second author: max(18, 16.5) × 3 = 54 (formula_only: 49.5).
        E(name: "I-2 larger", dossier: Fixture.dossier(papers: [paper(1, 8, impact: 5.5, position: 2)]), expected: ["paper.1": "54"]),
        // I-6: two semesters with no growth: −24 × 15% = −3.6 (zero floor: 0).
        E(name: "I-6 no floor", dossier: completingTheForm(with(base) { d in
            d.teaching.growth = ["113-1", "113-2"].enumerated().map { GrowthRecord(semester: sem($0.element), points: 0, base: 4, location: loc($0.offset + 1)) }
        }), expected: ["teaching.growth": "-3.6"]),
        // I-7: 600,000 for a new hire, nothing recorded: 7 (zero: 0).
        E(name: "I-7 full", dossier: with(newHire) { d in
            d.industry = [IndustryProject(title: "c", closed: Fixture.date("113/01/01"), amount: 600_000, location: loc(1))]
        }, expected: ["research.industry": "7"]),
        // I-8 and I-9, I-10, I-11: see "I-8 windows", "R-G7 stand-in", "I-10 new hire exempt", "I-11 KJMS at percentile 30".
        // I-12: new hire, assistant, 職能治療學系, on a degree: thesis + 2 TJOT = 3, the thesis is SCI/SSCI/EI → R-P5 passes.
        E(name: "I-12 thesis as SCI", dossier: with(Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "職能治療學系",
                                                                  papers: [paper(1, nil, type: .doctoralThesis, index: .thesis, rank: nil),
                                                                           paper(2, nil, index: .tjot, rank: nil), paper(3, nil, index: .tjot, rank: nil)])) {
            $0.applyingWithDegree = true
        }, expected: ["R-P5": "pass"]),
        // I-15: the same, the thesis dated 109/01/01, before the main papers' window 110/09/15–115/09/15. Default false: the
        // thesis is still a main paper, 1 + 2 TJOT = 3 → R-P5 passes; true: 2 main papers of 3 → fails.
        E(name: "I-15 thesis before the window", dossier: with(Fixture.dossier(kind: .newHire, applied: .assistantProfessor, department: "職能治療學系",
                                                                             papers: [paper(1, nil, type: .doctoralThesis, index: .thesis, date: "109/01/01", rank: nil),
                                                                                      paper(2, nil, index: .tjot, rank: nil), paper(3, nil, index: .tjot, rank: nil)])) {
            $0.applyingWithDegree = true
        }, expected: ["R-P5": "pass"]),
        // R-P6 lecturer with I-12 false: a master's thesis and a TJPT paper, full-time at the hospital: only「碩士論文 1 篇」passes.
        E(name: "R-P6 master's thesis", dossier: with(Fixture.dossier(kind: .newHire, applied: .lecturer, department: "物理治療學系",
                                                                      papers: [paper(1, nil, type: .masterThesis, index: .thesis, rank: nil), paper(2, nil, index: .tjpt, rank: nil)])) {
            $0.applyingWithDegree = true
            $0.secondment = Secondment(basis: .fullTimeHospital, years: 3, misconduct: false, usedBefore: false, location: loc(9))
        }, expected: ["R-P5": "pass", "R-P5.alternatives": "R-P5 2 篇，其中 1 篇以上為 SCI/SSCI/EI [2/0] fail\nR-P6 2 篇，其中 1 篇以上為 SCI/SSCI/EI [2/0] fail\nR-P6 2 篇，其中 1 篇以上為碩士論文 [2/1] pass"],
          settings: ["thesis_counts_as_sci_ssci_ei": "false"]),
        // I-13: associate 78, marks 80 and 77: fails under every_mark (mean 78.5 would pass).
        // (See "R-G2 one mark low".) I-4: see "R-R9 fifteen papers"; I-5: "I-5 thesis".
    ]
}
