import FolioPromotion

/// The engine's typed reasons in words, from a label file (`templates/labels/<language>.yaml`):
/// the dossier pages and `folio score` word them alike, and a school rewords them in one place.
struct ReasonWording: Sendable {
    let labels: [String: String]

    func label(_ key: String) -> String { labels[key] ?? key }

    func reason(_ reason: FigureReason) -> String {
        switch reason {
        case .growthNoParticipation: label("reason-growth-no-participation")
        case .growthBelowBase: label("reason-growth-below-base")
        case .semesterExcluded(let why):
            label("reason-semester-excluded").replacingOccurrences(of: "{reason}", with: excluded(why))
        case .outsideWindow, .outsideSemesters, .outsideAcademicYears, .standInWouldNotSuffice:
            // "不在近 {years} 年內 ({from}–{to})": the label's placeholders are the reason's parameters.
            reason.parameters.reduce(label("reason-\(reason.code.replacingOccurrences(of: "_", with: "-"))")) { text, parameter in
                text.replacingOccurrences(of: "{\(parameter.key)}", with: parameter.value)
            }
        }
    }

    /// Why a claimed figure differs from the computed one.
    func claim(_ reason: ClaimReason) -> String {
        reason.parameters.reduce(label("reason-\(reason.code.replacingOccurrences(of: "_", with: "-"))")) { text, parameter in
            text.replacingOccurrences(of: "{\(parameter.key)}", with: parameter.value)
        }
    }

    /// A committee correction in words: 「期刊排名改為 45%」.
    func change(_ change: Correction.Change) -> String {
        label("change-\(change.code)").replacingOccurrences(of: "{value}", with: change.value ?? "")
    }

    func excluded(_ reason: ExcludedSemester.Reason) -> String { label("excluded-reason-\(reason.rawValue)") }

    /// What the I-14 setting does with excluded semesters, as a sentence.
    func window(_ setting: Interpretations.ExcludedSemesterWindow) -> String { label("excluded-window-\(setting.rawValue)") }
}
