import FolioCore
import FolioPromotion
import Foundation

/// Phrasings the terminal report and the committee's pages share, so both say the same thing.
extension Dossier {
    /// 助理教授 → 副教授 for a promotion; the rank applied for for a new hire.
    var rankMoveText: String {
        kind == .promotion ? "\(currentRank?.label ?? "?") → \(appliedRank.label)" : appliedRank.label
    }
}

extension Paper {
    /// 通訊 or 第 N (作者).
    var authorText: String { corresponding ? "通訊" : "第\(authorPosition)" }
}

extension SourceLocation {
    /// `papers.csv:4`: the file's name and line, the form a dossier's figures cite.
    var shortFileAndLine: String { "\(URL(fileURLWithPath: file).lastPathComponent):\(line)" }
}
