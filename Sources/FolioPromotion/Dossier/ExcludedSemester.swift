import FolioCore
import Foundation

/// A semester the teacher did not teach at the university (abroad, on leave, on loan), left out
/// of "近 6 學期" (R-T2, R-T3, R-T5, R-T6); I-14 decides whether the window reaches further back.
public struct ExcludedSemester: Sendable, Hashable {
    /// Why the semester is left out. The site words each reason from its label files.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// 出國進修或研究.
        case studyAbroad = "study_abroad"
        /// 留職停薪.
        case unpaidLeave = "unpaid_leave"
        /// 借調 (on loan to another body; not the hospital secondment of R-P4).
        case onLoan = "on_loan"
        /// 育嬰留職停薪.
        case parentalLeave = "parental_leave"
        /// 其他: the note says what.
        case other
    }

    public var semester: Semester
    public var reason: Reason
    /// Free text: the host institution, the approval, or (for `other`) the reason itself.
    public var note: String?
    public var location: SourceLocation

    public init(semester: Semester, reason: Reason, note: String? = nil, location: SourceLocation) {
        self.semester = semester
        self.reason = reason
        self.note = note
        self.location = location
    }
}
