import Foundation
/// Article 6 §2: guidance and service, points per academic year over the last five.
public struct ServiceRules: Sendable, Hashable {
    public var windowAcademicYears: Int
    public var items: [ItemRule]

    public init(windowAcademicYears: Int, items: [ItemRule]) {
        self.windowAcademicYears = windowAcademicYears
        self.items = items
    }
}
