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

/// zh-Hant words of the terminal report (`folio score`); the pages word the same from the label files.
extension ExcludedSemester.Reason {
    var terminalText: String {
        switch self {
        case .studyAbroad: "出國進修或研究"
        case .unpaidLeave: "留職停薪"
        case .onLoan: "借調"
        case .parentalLeave: "育嬰留職停薪"
        case .other: "其他"
        }
    }
}

extension FigureReason {
    var terminalText: String {
        switch self {
        case .growthNoParticipation: "未曾參與教師成長系列活動者每學期扣減（教學成長第 6 目）"
        case .growthBelowBase: "參與教師成長系列活動未達規定之基本分數者每學期扣減（教學成長第 5 目）"
        case .semesterExcluded(let reason): "不計入本學期：\(reason.terminalText)"
        case .outsideWindow(let years, let from, let to): "不在近 \(years) 年內 (\(from)–\(to))"
        case .outsideSemesters(let count, let first, let last): "不在近 \(count) 學期內 (\(first)–\(last))"
        case .outsideAcademicYears(let count, let first, let last): "不在近 \(count) 學年度內 (\(first)–\(last))"
        case .standInWouldNotSuffice(let withStandIn, let required):
            "折抵後仍僅 \(withStandIn) 件，未達 \(required) 件，不予折抵；仍計入產學合作計分（I-9）"
        }
    }
}

extension Interpretations.ExcludedSemesterWindow {
    var terminalText: String {
        switch self {
        case .extendWindow: "不計入之學期由更早之學期遞補，採計學期數不變"
        case .shrink: "不計入之學期不予遞補，採計學期隨之減少"
        }
    }
}
