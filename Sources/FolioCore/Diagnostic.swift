/// One problem found in the input, printed like a compiler's:
/// `content/indicators/01.yaml:12:9: error: target for 115 is 0; ...`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, then how to fix it, in one sentence or two.
    public var message: String
    /// A figure or text left to be filled in (待填): a warning while drafting, an error under `folio check --strict`.
    public var isPlaceholder = false

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// A warning that something is still to be filled in; `--strict` makes it an error.
    public static func placeholder(_ location: SourceLocation, _ message: String) -> Diagnostic {
        var diagnostic = Diagnostic(.warning, at: location, message)
        diagnostic.isPlaceholder = true
        return diagnostic
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Sequence where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// For the final submission: every placeholder left is an error.
    public func placeholdersAsErrors() -> [Diagnostic] {
        map { diagnostic in
            var strict = diagnostic
            if strict.isPlaceholder { strict.severity = .error }
            return strict
        }
    }

    /// Diagnostics in reading order: by file, line and column, then errors before warnings.
    public func sortedForReading() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity > b.severity }
            return a.message < b.message
        }
    }
}

/// Thrown when a stage found errors: carries all of them, so a user fixes every one in one pass.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedForReading()
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
