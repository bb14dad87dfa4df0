import Foundation
import FolioCore

/// One version of the scoring rules, every number as data, loaded from a rulebook file.
public struct Rulebook: Sendable, Hashable {
    /// e.g. "kmu-health-2020-07-23".
    public var version: String
    public var title: String
    public var titleEnglish: String?
    /// The departments' English names (`departments_en`), by their Chinese name as `departments` lists it.
    public var departmentsEnglish: [String: String]
    /// First day in force; nil for an open start (the oldest version kept).
    public var inForceFrom: RocDate?
    public var teaching: TeachingRules
    public var service: ServiceRules
    public var research: ResearchRules
    public var conditions: ConditionRules
    public var interpretations: Interpretations
    /// The review levels and the vote each needs (not in this college's text: the university's procedure).
    public var committee: CommitteeRules
    public var location: SourceLocation

    public init(version: String, title: String, inForceFrom: RocDate?, teaching: TeachingRules, service: ServiceRules,
                research: ResearchRules, conditions: ConditionRules, interpretations: Interpretations,
                committee: CommitteeRules = CommitteeRules(levels: [], vote: VoteRule(numerator: 2, denominator: 3, base: .present)),
                titleEnglish: String? = nil, departmentsEnglish: [String: String] = [:],
                location: SourceLocation = .file("rulebook")) {
        self.version = version
        self.title = title
        self.titleEnglish = titleEnglish
        self.departmentsEnglish = departmentsEnglish
        self.inForceFrom = inForceFrom
        self.teaching = teaching
        self.service = service
        self.research = research
        self.conditions = conditions
        self.interpretations = interpretations
        self.committee = committee
        self.location = location
    }

    public func category(ofDepartment department: String) -> ResearchCategory? {
        conditions.departments[department]
    }

    public var titleText: LocalizedText { LocalizedText(title, english: titleEnglish) }

    /// A department's name in both languages; a department the rulebook does not list keeps its Chinese only.
    public func departmentName(_ department: String) -> LocalizedText {
        LocalizedText(department, english: departmentsEnglish[department])
    }
}

/// The versions of a rulebook; a dossier is scored by the one in force on its application date.
public struct RulebookShelf: Sendable {
    public let versions: [Rulebook]

    /// Versions sorted by start; returns problems when two share a start or none has an open start.
    public init(_ versions: [Rulebook]) {
        self.versions = versions.sorted { ($0.inForceFrom ?? .distantPast) < ($1.inForceFrom ?? .distantPast) }
    }

    public func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let openStarts = versions.filter { $0.inForceFrom == nil }
        if versions.isEmpty { return [.error(.file("rulebooks"), "no rulebook versions found; add a rulebook file")] }
        if openStarts.count != 1 {
            problems.append(.error(versions[0].location, "exactly one rulebook version must have an open start (in_force_from: null), found \(openStarts.count); give every later version its first day in force"))
        }
        for (a, b) in zip(versions, versions.dropFirst()) where a.inForceFrom == b.inForceFrom {
            problems.append(.error(b.location, "rulebooks '\(a.version)' and '\(b.version)' start on the same day; give each version its own in_force_from"))
        }
        let names = versions.map(\.version)
        for (index, name) in names.enumerated() where names[..<index].contains(name) {
            problems.append(.error(versions[index].location, "rulebook version '\(name)' appears twice; give each file its own version"))
        }
        return problems
    }

    /// The version in force on `date`: the latest that started on or before it.
    public func version(inForceOn date: RocDate) -> Rulebook? {
        versions.last { ($0.inForceFrom ?? .distantPast) <= date }
    }

    public func version(named name: String) -> Rulebook? { versions.first { $0.version == name } }
}

extension RocDate {
    static let distantPast = RocDate(gregorianYear: 1912, month: 1, day: 1)!
}
