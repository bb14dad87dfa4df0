import FolioPromotion

/// Figure explanations already worded as HTML in one language, for the build's dossier pages.
///
/// A figure's sentence depends on its explanation and the language's labels alone, and dossiers
/// share most of their arithmetic ("30 × 1 = 30" for every first-authored paper of a band).
/// Wording each one again was a tenth of a dossier-heavy build (issue 15). The memo belongs to
/// one `TemplateSet` language, so edited labels (a new template set) start with none.
typealias FigureSentences = LockedMemo<MemoizedSentence, String>

/// A sentence that depends on typed values alone, worded once per build and language.
enum MemoizedSentence: Hashable, Sendable {
    case figure(FigureExplanation)
    /// Why a paper counts or not: its place among the papers, and why it cannot be scored.
    case paperCount(PaperCount, PaperExclusion?)
}
