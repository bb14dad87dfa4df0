import FolioCore
import Foundation

/// Everything the committee reads about one dossier: which rulebook, the three scores,
/// each requirement's verdict, and the interpretations and extensions that mattered.
public struct Assessment: Sendable, Hashable {
    public var dossier: Dossier
    public var rulebookVersion: String
    public var rulebookTitle: String
    /// The rulebook's title and the applicant's department in both languages, as the rulebook gives them.
    public var rulebookName: LocalizedText
    public var departmentName: LocalizedText
    /// Category of teaching and service (by department) and of the paper conditions (R-C1).
    public var category: ResearchCategory
    public var paperConditionsCategory: ResearchCategory
    public var windows: Windows
    public var teaching: TeachingScore
    public var service: ServiceScore
    public var research: ResearchScore
    public var grants: GrantCount
    public var mainPapers: [MainPaperCheck]
    public var requirements: [Requirement]
    /// Notes with their rule ids: pregnancy extension, interpretations applied.
    public var notes: [Figure]

    /// Each status is read in place: iterating the requirements copied each one out (issue 15).
    public var passes: Bool { requirements.indices.allSatisfy { requirements[$0].status != .fail } }

    /// Scores a dossier that passed validation. `category` falls back to natural/biomedical only
    /// if the department is unknown, which validation has already reported as an error.
    public init(dossier: Dossier, rulebook: Rulebook) {
        self.dossier = dossier
        rulebookVersion = rulebook.version
        rulebookTitle = rulebook.title
        rulebookName = rulebook.titleText
        departmentName = rulebook.departmentName(dossier.department)
        category = rulebook.category(ofDepartment: dossier.department) ?? .naturalBiomedical
        paperConditionsCategory = dossier.paperConditionsCategory ?? category
        let windows = Windows(dossier: dossier, rulebook: rulebook)
        self.windows = windows
        teaching = TeachingScore(dossier: dossier, rulebook: rulebook, windows: windows)
        service = ServiceScore(dossier: dossier, rulebook: rulebook, windows: windows)
        grants = GrantCount(dossier: dossier, rulebook: rulebook, windows: windows)
        research = ResearchScore(dossier: dossier, rulebook: rulebook, windows: windows, standIn: grants.standIn)
        mainPapers = MainPaperCheck.classify(dossier, rulebook: rulebook, windows: windows, category: paperConditionsCategory)

        let conditions = rulebook.conditions
        requirements = [
            CommonConditions.rank(dossier),
            PaperConditions.evaluate(dossier, rulebook: rulebook, checks: mainPapers, category: paperConditionsCategory),
            RepresentativeWork.evaluate(dossier, rulebook: rulebook, checks: mainPapers),
            CommonConditions.score("R-G3", .teachingScore, value: teaching.total.value, minimums: conditions.teachingMinimum,
                                   dossier: dossier, measure: .teaching),
            CommonConditions.score("R-G4", .serviceScore, value: service.total.value, minimums: conditions.serviceMinimum,
                                   dossier: dossier, measure: .service),
            CommonConditions.research(dossier, rulebook: rulebook, category: paperConditionsCategory, total: research.total.value),
            CommonConditions.grants(dossier, rulebook: rulebook, count: grants),
            CommonConditions.hours(dossier, rulebook: rulebook, windows: windows),
            CommonConditions.externalReview(dossier, rulebook: rulebook),
            CommonConditions.physicianDegree(dossier, rulebook: rulebook),
        ]

        var notes: [Figure] = []
        notes.append(Figure(0, rules: ["I-8"], sources: [dossier.location(of: "application_date")],
                            .windows(applicationDate: dossier.applicationDate, semesters: windows.recentCount,
                                     firstSemester: windows.recentSemesters.first, lastSemester: windows.recentSemesters.last,
                                     serviceFirst: windows.serviceYears.first ?? 0, serviceLast: windows.serviceYears.last ?? 0,
                                     mainPapers: windows.mainPapers, reference: windows.reference)))
        if !windows.mainExtendedBy.isEmpty || !windows.referenceExtendedBy.isEmpty {
            // A date that extends both windows is one record: list it once (issue 13 fix 4).
            var seen: Set<SourceLocation> = []
            let records = (windows.mainExtendedBy + windows.referenceExtendedBy).filter { seen.insert($0.location).inserted }
            notes.append(Figure(Decimal(conditions.pregnancyExtensionYears), rules: ["R-G6"], sources: records.map(\.location),
                                .pregnancyExtension(dates: records.map(\.date), years: conditions.pregnancyExtensionYears,
                                                    mainExtended: !windows.mainExtendedBy.isEmpty, referenceExtended: !windows.referenceExtendedBy.isEmpty)))
        }
        if paperConditionsCategory != category {
            notes.append(Figure(0, rules: ["R-C1"], sources: [dossier.location(of: "paper_conditions_category")],
                                .paperConditionsCategory(paperConditionsCategory, scoredAs: category)))
        }
        if let standIn = grants.standIn {
            notes.append(Figure(0, rules: ["R-G7", "I-9"], sources: [standIn.location], .standInLeftOut(title: standIn.title)))
        }
        if let unused = grants.wouldNotSuffice { notes.append(unused) }
        // I-15 matters only for a thesis dated before the main papers' window.
        for check in mainPapers where check.isThesis && dossier.applyingWithDegree && !windows.mainPapers.contains(check.paper.date) {
            let held = rulebook.interpretations.thesisWithinMainPaperWindow
            notes.append(Figure(0, rules: ["R-P1", "I-15"], sources: [check.paper.location],
                                .thesisBeforeWindow(date: check.paper.date, window: windows.mainPapers, bound: held)))
        }
        self.notes = notes
    }

    /// The requirement with this rule id (R-P3 also answers for R-P5: the paper conditions).
    public func requirement(_ id: String) -> Requirement? { requirements.first { $0.id == id } }
}
