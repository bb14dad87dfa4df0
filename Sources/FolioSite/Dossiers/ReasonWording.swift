import FolioPromotion

/// The engine's requirement findings, from a label file (`templates/labels/<language>.yaml`).
/// Figures, their reasons, claims, corrections and I-14's words are worded by `Wording` (FigureWording.swift).
struct ReasonWording: Sendable {
    let labels: [String: String]

    func label(_ key: String) -> String { labels[key] ?? key }

    /// A requirement's finding in words: the typed finding's label when it has one, the engine's text otherwise.
    func detail(of requirement: Requirement) -> String {
        guard let finding = requirement.finding else { return requirement.detail }
        return fill(label("finding-\(finding.code.replacingOccurrences(of: "_", with: "-"))"), finding.parameters, detail: requirement.detail)
    }

    /// What a failing requirement misses, in words (nil when it does not fail).
    func shortfall(of requirement: Requirement) -> String? {
        guard requirement.status == .fail else { return nil }
        guard let finding = requirement.finding else { return requirement.shortfall }
        return fill(label("finding-\(finding.code.replacingOccurrences(of: "_", with: "-"))-shortfall"), finding.parameters, detail: requirement.detail)
    }

    private func fill(_ template: String, _ parameters: [String: String], detail: String) -> String {
        parameters.merging(["detail": detail]) { a, _ in a }.reduce(template) { text, parameter in
            text.replacingOccurrences(of: "{\(parameter.key)}", with: parameter.value)
        }
    }
}
