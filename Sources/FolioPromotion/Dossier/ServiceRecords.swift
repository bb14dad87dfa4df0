import Foundation
import FolioCore

/// One academic year of guidance and service (article 6 §2).
public struct ServiceYear: Sendable, Hashable {
    public var academicYear: Int
    public var items: [ItemRecord]
    public var location: SourceLocation

    public init(academicYear: Int, items: [ItemRecord], location: SourceLocation) {
        self.academicYear = academicYear
        self.items = items
        self.location = location
    }
}
