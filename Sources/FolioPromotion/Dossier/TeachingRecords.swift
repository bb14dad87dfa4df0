import FolioCore
import Foundation

/// The teaching form's records (附表一, 附表二).
public struct TeachingRecords: Sendable, Hashable {
    /// R-T1: per dimension of 附表二, the numbers of the items answered yes.
    public var ability: [AbilityAnswer]
    public var evaluations: [EvaluationRecord]
    public var growth: [GrowthRecord]
    public var admin: [AdminRecord]
    /// R-T3 communities, R-T4 and R-T6 items.
    public var items: [ItemRecord]
    /// Nothing recorded at all (a new hire's form is not filled in).
    public var isEmpty: Bool { ability.isEmpty && evaluations.isEmpty && growth.isEmpty && admin.isEmpty && items.isEmpty }

    /// Where each list was written (a missing semester is reported there); absent lists have none.
    public var listLocations: [TeachingList: SourceLocation] = [:]

    public init(ability: [AbilityAnswer] = [], evaluations: [EvaluationRecord] = [], growth: [GrowthRecord] = [],
                admin: [AdminRecord] = [], items: [ItemRecord] = []) {
        self.ability = ability
        self.evaluations = evaluations
        self.growth = growth
        self.admin = admin
        self.items = items
    }
}

/// The per-semester lists of the teaching form, by the key they are written under.
public enum TeachingList: String, Sendable, Hashable, CaseIterable {
    case evaluations, growth, admin, items
}

public struct AbilityAnswer: Sendable, Hashable {
    public var dimension: String
    public var yes: [Int]
    public var location: SourceLocation

    public init(dimension: String, yes: [Int], location: SourceLocation) {
        self.dimension = dimension
        self.yes = yes
        self.location = location
    }
}

/// R-T2: one semester's valid weighted survey average.
public struct EvaluationRecord: Sendable, Hashable {
    public var semester: Semester
    public var average: Points
    public var location: SourceLocation

    public init(semester: Semester, average: Points, location: SourceLocation) {
        self.semester = semester
        self.average = average
        self.location = location
    }
}

/// R-T3: one semester's teacher-growth activity points and the base required.
public struct GrowthRecord: Sendable, Hashable {
    public var semester: Semester
    public var points: Points
    public var base: Points
    public var location: SourceLocation

    public init(semester: Semester, points: Points, base: Points, location: SourceLocation) {
        self.semester = semester
        self.points = points
        self.base = base
        self.location = location
    }
}

/// R-T5: one semester's punctuality.
public struct AdminRecord: Sendable, Hashable {
    public enum Timeliness: String, Sendable, Hashable, CaseIterable {
        case onTime = "on_time"
        case late
        /// Late for reasons not attributable to the teacher, approved (註); scores as on time.
        case excused
    }

    public var semester: Semester
    public var syllabus: Timeliness
    public var grades: Timeliness
    public var gradeCorrection: Bool
    public var location: SourceLocation

    public init(semester: Semester, syllabus: Timeliness, grades: Timeliness, gradeCorrection: Bool, location: SourceLocation) {
        self.semester = semester
        self.syllabus = syllabus
        self.grades = grades
        self.gradeCorrection = gradeCorrection
        self.location = location
    }
}

/// A record of a rulebook item (R-T3 communities, R-T4, R-T6, R-S1, R-S2).
public struct ItemRecord: Sendable, Hashable {
    public var item: String
    /// Teaching items: the semester; service items: nil (the academic year is the record's).
    public var semester: Semester?
    public var count: Points
    public var hours: Points?
    /// The applicant's share when the points are split (hours taught, hosts), 0 < share ≤ 1.
    public var share: Points?
    /// For "up to" items: the points granted.
    public var granted: Points?
    /// For mentee-band items: the larger semester count of mentees.
    public var mentees: Int?
    /// For school teaching-plan roles: the plan's id.
    public var plan: String?
    public var note: String?
    /// 申請人自評: the points the applicant claims for this record (`claimed`), if any.
    public var claimedPoints: Points? = nil
    public var location: SourceLocation

    public init(item: String, semester: Semester? = nil, count: Points = 1, hours: Points? = nil, share: Points? = nil,
                granted: Points? = nil, mentees: Int? = nil, plan: String? = nil, note: String? = nil, location: SourceLocation) {
        self.item = item
        self.semester = semester
        self.count = count
        self.hours = hours
        self.share = share
        self.granted = granted
        self.mentees = mentees
        self.plan = plan
        self.note = note
        self.location = location
    }
}
