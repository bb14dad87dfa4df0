import Foundation
/// The two research categories of the college (R-C1).
public enum ResearchCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case naturalBiomedical = "natural_biomedical"
    case rehabilitationManagement = "rehabilitation_management"
}

/// Highest degree held, for attending physicians (R-G8) and the thesis (R-P1).
public enum DegreeLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case bachelor
    case master
    case doctoralStudent = "doctoral_student"
    case doctoralCandidate = "doctoral_candidate"
    case doctorate
}
