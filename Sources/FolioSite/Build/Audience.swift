/// Who a tree of the site is for. Each audience gets its own folder under the output, and
/// what a page may show is decided by its audience, never by a template.
public enum Audience: String, Sendable, CaseIterable {
    /// `site/public/`: the planning document only; safe to publish.
    case `public`
    /// `site/internal/`: the planning document with the rows every computed figure came from,
    /// for the planning office and site visits (P8). Holds personal data; never published.
    case `internal`
    /// `site/committee/`: the planning document, the dossiers and the meeting dockets. Confidential.
    case committee

    /// The folder under the output folder.
    public var folder: String { rawValue }

    /// Pages of a confidential tree carry 機密 marks and `noindex`.
    public var isConfidential: Bool { self != .public }

    /// Whether rows of the school-database tables (which name students and teachers) may appear.
    public var mayShowSourceRows: Bool { self == .internal }
}
