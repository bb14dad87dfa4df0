import FolioCore
import Foundation

/// R-G7: a government grant the applicant led.
public struct Grant: Sendable, Hashable {
    public var title: String
    public var agency: String
    public var start: RocDate
    public var end: RocDate
    public var principalInvestigator: Bool
    public var peerReviewed: Bool
    public var commissioned: Bool
    public var location: SourceLocation

    public init(title: String, agency: String, start: RocDate, end: RocDate, principalInvestigator: Bool = true,
                peerReviewed: Bool = true, commissioned: Bool = false, location: SourceLocation) {
        self.title = title
        self.agency = agency
        self.start = start
        self.end = end
        self.principalInvestigator = principalInvestigator
        self.peerReviewed = peerReviewed
        self.commissioned = commissioned
        self.location = location
    }
}

/// R-R5: an undergraduate research grant the applicant supervised as PI.
public struct StudentGrant: Sendable, Hashable {
    public var title: String
    public var start: RocDate
    public var location: SourceLocation

    public init(title: String, start: RocDate, location: SourceLocation) {
        self.title = title
        self.start = start
        self.location = location
    }
}

/// R-R6: an invention patent, one granting country.
public struct Patent: Sendable, Hashable {
    public var title: String
    /// ROC, JP, CA, CN, US, EU, or another country code.
    public var country: String
    public var granted: RocDate
    public var share: Points
    public var location: SourceLocation

    public init(title: String, country: String, granted: RocDate, share: Points = 1, location: SourceLocation) {
        self.title = title
        self.country = country
        self.granted = granted
        self.share = share
        self.location = location
    }
}

/// R-R7: a technology transfer or licence, amount received.
public struct Transfer: Sendable, Hashable {
    public var title: String
    public var date: RocDate
    public var amount: Decimal
    public var share: Points
    public var location: SourceLocation

    public init(title: String, date: RocDate, amount: Decimal, share: Points = 1, location: SourceLocation) {
        self.title = title
        self.date = date
        self.amount = amount
        self.share = share
        self.location = location
    }
}

/// R-R8 (and R-G7's stand-in): an industry-academia project, closed, amount executed.
public struct IndustryProject: Sendable, Hashable {
    public var title: String
    public var closed: RocDate
    public var amount: Decimal
    /// Sub-project amount already given in `amount`; clinical-trial enrolment share here.
    public var share: Points
    public var principalInvestigator: Bool
    /// Funded from outside the university and its affiliates (R-G7 stand-in).
    public var externalFunder: Bool
    public var location: SourceLocation

    public init(title: String, closed: RocDate, amount: Decimal, share: Points = 1, principalInvestigator: Bool = true,
                externalFunder: Bool = true, location: SourceLocation) {
        self.title = title
        self.closed = closed
        self.amount = amount
        self.share = share
        self.principalInvestigator = principalInvestigator
        self.externalFunder = externalFunder
        self.location = location
    }

    public var creditedAmount: Decimal { amount * share }
}
