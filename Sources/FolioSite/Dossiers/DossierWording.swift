import FolioCore
import FolioPromotion
import Foundation

/// Phrasings the terminal report and the committee's pages share, so both say the same thing.
extension SourceLocation {
    /// `papers.csv:4`: the file's name and line, the form a dossier's figures cite.
    var shortFileAndLine: String { "\(URL(fileURLWithPath: file).lastPathComponent):\(line)" }
}
