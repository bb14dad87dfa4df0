import Foundation
/// The two research categories of the college (R-C1).
public enum ResearchCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case naturalBiomedical = "natural_biomedical"
    case rehabilitationManagement = "rehabilitation_management"

    public var label: String {
        switch self {
        case .naturalBiomedical: "自然生物醫學科學類"
        case .rehabilitationManagement: "復健醫療管理科學類"
        }
    }
}

/// Highest degree held, for attending physicians (R-G8) and the thesis (R-P1).
public enum DegreeLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case bachelor
    case master
    case doctoralStudent = "doctoral_student"
    case doctoralCandidate = "doctoral_candidate"
    case doctorate

    public var label: String {
        switch self {
        case .bachelor: "學士"
        case .master: "碩士"
        case .doctoralStudent: "博士生"
        case .doctoralCandidate: "博士候選人"
        case .doctorate: "博士"
        }
    }
}
