import FolioCore
import Foundation

/// One row of papers.csv.
public struct Paper: Sendable, Hashable {
    public var date: RocDate
    public var title: String
    public var journal: String
    public var type: PaperType
    /// 1 for first author.
    public var authorPosition: Int
    public var corresponding: Bool
    /// Number of authors sharing equal contribution, this applicant among them; 1 when none.
    public var equalContribution: Int
    /// Journal rank in its field, 0–100, smaller is better (I-1); nil when unranked.
    public var percentile: Points?
    public var impactFactor: Points?
    public var index: PaperIndex
    /// Published under the university's name (R-D1).
    public var underUniversityName: Bool
    /// The applicant's rank when the paper was published.
    public var rankHeld: Rank?
    /// The applicant names this paper as representative work (R-D2).
    public var representative: Bool
    /// 申請人自評: the points the applicant claims for this paper (`claimed_points`), if any.
    public var claimedPoints: Points? = nil
    public var location: SourceLocation

    public init(date: RocDate, title: String, journal: String, type: PaperType, authorPosition: Int, corresponding: Bool = false,
                equalContribution: Int = 1, percentile: Points? = nil, impactFactor: Points? = nil, index: PaperIndex = .sci,
                underUniversityName: Bool = true, rankHeld: Rank? = nil, representative: Bool = false, location: SourceLocation) {
        self.date = date
        self.title = title
        self.journal = journal
        self.type = type
        self.authorPosition = authorPosition
        self.corresponding = corresponding
        self.equalContribution = equalContribution
        self.percentile = percentile
        self.impactFactor = impactFactor
        self.index = index
        self.underUniversityName = underUniversityName
        self.rankHeld = rankHeld
        self.representative = representative
        self.location = location
    }

    public var authorColumn: AuthorColumn {
        if corresponding || authorPosition == 1 { return .firstOrCorresponding }
        switch authorPosition {
        case 2: return .second
        case 3: return .third
        default: return .other
        }
    }

    public var isFirstOrCorresponding: Bool { authorColumn == .firstOrCorresponding }
}
