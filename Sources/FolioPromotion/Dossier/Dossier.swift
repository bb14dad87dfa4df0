import FolioCore
import Foundation

/// One applicant's file for a review round, as the committee secretary filled it in.
/// Every record keeps the `SourceLocation` it was read from.
public struct Dossier: Sendable, Hashable {
    public var round: String
    public var applicant: String
    public var department: String
    /// R-C1: the committee moved this teacher to the other category's paper conditions.
    public var paperConditionsCategory: ResearchCategory?
    public var kind: ApplicationKind
    public var currentRank: Rank?
    /// The day the current rank was reached: the start of "while at the previous rank".
    public var currentRankSince: RocDate?
    public var appliedRank: Rank
    public var applicationDate: RocDate
    /// R-P1: applying on the strength of a degree, so its thesis is a main paper.
    public var applyingWithDegree: Bool
    public var degree: DegreeLevel?
    public var studiedAbroadYears: Points
    public var attendingPhysician: Bool
    public var secondment: Secondment?
    /// R-G6: dates of pregnancy or childbirth, with proof on file.
    public var pregnancyOrBirth: [DatedRecord]
    public var teachingHours: [TeachingHourRecord]
    public var externalReview: [ExternalMark]
    public var teaching: TeachingRecords
    /// Semesters left out of the teaching window (I-14).
    public var excludedSemesters: [ExcludedSemester] = []
    public var service: [ServiceYear]
    public var papers: [Paper]
    public var grants: [Grant]
    public var studentGrants: [StudentGrant]
    public var patents: [Patent]
    public var transfers: [Transfer]
    public var industry: [IndustryProject]
    /// I-7: what the committee granted when the industry total falls in an "up to" band.
    public var industryBandGranted: Points?
    public var statement: String?
    /// 申請人自評: the totals the applicant claims (`claimed:`), if any.
    public var claimedTotals: ClaimedTotals? = nil
    public var location: SourceLocation
    /// Where each top-level key was written, for diagnostics about the dossier as a whole.
    public var fieldLocations: [String: SourceLocation] = [:]

    public func location(of key: String) -> SourceLocation { fieldLocations[key] ?? location }

    public init(round: String, applicant: String, department: String, paperConditionsCategory: ResearchCategory? = nil,
                kind: ApplicationKind, currentRank: Rank?, currentRankSince: RocDate?, appliedRank: Rank,
                applicationDate: RocDate, applyingWithDegree: Bool = false, degree: DegreeLevel? = nil,
                studiedAbroadYears: Points = 0, attendingPhysician: Bool = false, secondment: Secondment? = nil,
                pregnancyOrBirth: [DatedRecord] = [], teachingHours: [TeachingHourRecord] = [],
                externalReview: [ExternalMark] = [], teaching: TeachingRecords = TeachingRecords(),
                service: [ServiceYear] = [], papers: [Paper] = [], grants: [Grant] = [], studentGrants: [StudentGrant] = [],
                patents: [Patent] = [], transfers: [Transfer] = [], industry: [IndustryProject] = [],
                industryBandGranted: Points? = nil, statement: String? = nil, location: SourceLocation = .file("dossier.yaml")) {
        self.round = round
        self.applicant = applicant
        self.department = department
        self.paperConditionsCategory = paperConditionsCategory
        self.kind = kind
        self.currentRank = currentRank
        self.currentRankSince = currentRankSince
        self.appliedRank = appliedRank
        self.applicationDate = applicationDate
        self.applyingWithDegree = applyingWithDegree
        self.degree = degree
        self.studiedAbroadYears = studiedAbroadYears
        self.attendingPhysician = attendingPhysician
        self.secondment = secondment
        self.pregnancyOrBirth = pregnancyOrBirth
        self.teachingHours = teachingHours
        self.externalReview = externalReview
        self.teaching = teaching
        self.service = service
        self.papers = papers
        self.grants = grants
        self.studentGrants = studentGrants
        self.patents = patents
        self.transfers = transfers
        self.industry = industry
        self.industryBandGranted = industryBandGranted
        self.statement = statement
        self.location = location
    }
}

public struct DatedRecord: Sendable, Hashable {
    public var date: RocDate
    public var location: SourceLocation

    public init(date: RocDate, location: SourceLocation) {
        self.date = date
        self.location = location
    }
}

/// R-P4, R-P6, R-P7.
public struct Secondment: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable, CaseIterable {
        /// 外調 to an affiliated or formally partnered hospital.
        case seconded
        /// 全勤服務於附設中和紀念醫院 (R-P6 only).
        case fullTimeHospital = "full_time_hospital"
    }

    public var basis: Basis
    public var years: Points
    public var misconduct: Bool
    /// R-P7: the seconded conditions were already used in an earlier application.
    public var usedBefore: Bool
    public var location: SourceLocation

    public init(basis: Basis, years: Points, misconduct: Bool, usedBefore: Bool, location: SourceLocation) {
        self.basis = basis
        self.years = years
        self.misconduct = misconduct
        self.usedBefore = usedBefore
        self.location = location
    }
}

/// R-G1: weekly hours taught in an academic year, with reductions for administrative posts.
public struct TeachingHourRecord: Sendable, Hashable {
    public var academicYear: Int
    public var weekly: Points
    public var reduction: Points
    public var abroad: Bool
    public var location: SourceLocation

    public init(academicYear: Int, weekly: Points, reduction: Points = 0, abroad: Bool = false, location: SourceLocation) {
        self.academicYear = academicYear
        self.weekly = weekly
        self.reduction = reduction
        self.abroad = abroad
        self.location = location
    }
}

/// R-G2: one external reviewer's mark.
public struct ExternalMark: Sendable, Hashable {
    public var mark: Points
    public var location: SourceLocation

    public init(mark: Points, location: SourceLocation) {
        self.mark = mark
        self.location = location
    }
}
