import FolioCore
import FolioPromotion

/// The promotion engine's typed figures and reasons in words, through the one `Wording`: the
/// dossier pages, the packet, `folio score` and `--json` word them alike, from the label files.
extension Wording {
    /// A figure's arithmetic (`figure-<code>`).
    func explanation(_ figure: Figure) -> String { words(figure.explanation, prefix: "figure") }
    /// Why a figure has its value (`reason-<code>`).
    func reason(_ reason: FigureReason) -> String { words(reason, prefix: "reason") }
    /// Why a claimed figure differs from the computed one.
    func claim(_ reason: ClaimReason) -> String { words(reason, prefix: "reason") }
    /// A committee correction: 「期刊排名改為 45%」.
    func change(_ change: Correction.Change) -> String { words(change, prefix: "change") }
    /// The 級距 a paper is scored in.
    func band(_ band: PaperBand) -> String { words(band, prefix: "figure-band") }
    /// Whether a paper counts, and its place.
    func count(_ count: PaperCount) -> String { words(count, prefix: "figure-count") }
    /// What a claim line is about: a paper's title, an item with its semester.
    func subject(_ subject: ClaimSubject) -> String { words(subject, prefix: "figure-subject") }

    /// Why a semester was left out (I-14).
    func excluded(_ reason: ExcludedSemester.Reason) -> String { label("excluded-reason-\(reason.rawValue)") }
    /// What the I-14 setting does with excluded semesters, as a sentence.
    func window(_ setting: Interpretations.ExcludedSemesterWindow) -> String { label("excluded-window-\(setting.rawValue)") }

    /// Why a paper counts or not, with why it cannot be scored when it cannot.
    func countReason(_ score: PaperScore) -> String {
        guard let parameters = countReasonParameters(score) else { return count(score.countReason) }
        return words(key: "figure-count-because", parameters)
    }

    /// The same as HTML for a page (Chinese school data marked on an English page).
    func countReasonHTML(_ score: PaperScore) -> String {
        if let parameters = countReasonParameters(score) { return html(key: "figure-count-because", parameters) }
        return html(score.countReason, prefix: "figure-count")
    }

    private func countReasonParameters(_ score: PaperScore) -> [String: WordingValue]? {
        score.excludedBecause.map { ["count": .worded(score.countReason, prefix: "figure-count"), "reason": .worded($0, prefix: "figure-exclusion")] }
    }
}
