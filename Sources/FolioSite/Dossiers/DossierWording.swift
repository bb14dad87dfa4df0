import FolioCore
import FolioPromotion
import Foundation

/// Phrasings the terminal report and the committee's pages share, so both say the same thing.
extension SourceLocation {
    /// `papers.csv:4`: the file's name and line, the form a dossier's figures cite.
    /// The name is cut at the last "/" rather than through `URL`: every source a dossier page
    /// quotes names its file this way, and `URL` made that a few percent of the build (issue 15).
    var shortFileAndLine: String {
        let name = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { file[file.utf8.index(after: $0)...] } ?? Substring(file)
        return "\(name):\(line)"
    }
}
