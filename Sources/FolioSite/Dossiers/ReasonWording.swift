import FolioPromotion

/// The engine's requirement findings, from a label file (`templates/labels/<language>.yaml`).
/// Figures, their reasons, claims, corrections and I-14's words are worded by `Wording` (FigureWording.swift).
struct ReasonWording: Sendable {
    let labels: [String: String]

    func label(_ key: String) -> String { labels[key] ?? key }

}
