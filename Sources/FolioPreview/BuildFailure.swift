import FolioCore
import FolioSite
import Foundation

/// A failed build's messages, split by who may read them in the page's error panel. Errors of
/// the dossiers (files under the content's `dossiers/`, and the rulebooks scoring them) can quote
/// a dossier (a paper title, a name), so they appear on committee pages only; public and internal
/// pages say that the committee tree has errors, and nothing of them. Warnings, even of public
/// files, can be worded from dossier data (a narrative that names an applicant) and do not explain
/// the failure, so they too stay on committee pages. The terminal shows all.
struct BuildFailure: Sendable, Equatable {
    /// Messages any page may show.
    var open: [String] = []
    /// Messages for committee pages only.
    var confidential: [String] = []
    /// Warnings of public files: committee pages only, without a notice (the terminal has them).
    var warnings: [String] = []
    /// A failure that is not a diagnostic (e.g. the output cannot be written): its text may name
    /// anything, so it too stays on committee pages.
    var unexplained: [String] = []

    static let confidentialNotice = "The committee tree (dossiers) has errors; they are shown only on committee pages (/committee/) and in the terminal."
    static let unexplainedNotice = "The build stopped on an error that is shown only on committee pages (/committee/) and in the terminal."

    init(diagnostics: [Diagnostic], contentFolder: String) {
        let dossiers = Self.standardized((contentFolder as NSString).appendingPathComponent("dossiers"))
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            let isDossier = Self.standardized(file) == dossiers || Self.standardized(file).hasPrefix(dossiers + "/")
            let isRulebook = file == "rulebooks" || file.hasPrefix("rulebooks/")
            if isDossier || isRulebook {
                confidential.append(diagnostic.description)
            } else if diagnostic.severity == .warning {
                warnings.append(diagnostic.description)
            } else {
                open.append(diagnostic.description)
            }
        }
    }

    init(unexplained error: String) {
        unexplained = [error]
    }

    /// The panel's text on a page of this tree.
    func text(for audience: Audience) -> String {
        if audience == .committee { return (open + warnings + confidential + unexplained).joined(separator: "\n") }
        var lines = open
        if !confidential.isEmpty { lines.append(Self.confidentialNotice) }
        if !unexplained.isEmpty { lines.append(Self.unexplainedNotice) }
        return lines.joined(separator: "\n")
    }

    private static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
