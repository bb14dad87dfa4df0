import FolioCore
import FolioPromotion
import Foundation

/// Phrasings the terminal report and the committee's pages share, so both say the same thing.
extension Paper {
    /// 通訊 or 第 N (作者).
    var authorText: String { corresponding ? "通訊" : "第\(authorPosition)" }
}

extension SourceLocation {
    /// `papers.csv:4`: the file's name and line, the form a dossier's figures cite.
    var shortFileAndLine: String { "\(URL(fileURLWithPath: file).lastPathComponent):\(line)" }
}
