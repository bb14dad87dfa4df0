import FolioCore

/// Collects every problem of a load, so a user sees all of them in one run.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.error(location, message))
    }

    public func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(.warning(location, message))
    }

    public func append(contentsOf more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Throws every diagnostic gathered so far when any of them is an error.
    public func throwIfErrors() throws {
        if hasErrors { throw DiagnosticsError(diagnostics) }
    }
}
