import FolioPlan

/// A table row's typed reason in words, from the label files (`row-reason-<code>`, its
/// `{placeholders}` filled with the reason's parameters), for the indicator and provenance pages.
struct RowReasonWording {
    let labels: [String: String]

    func text(_ reason: RowReason) -> String {
        let key = "row-reason-\(reason.code)"
        return reason.parameters.reduce(labels[key] ?? key) { text, parameter in
            text.replacingOccurrences(of: "{\(parameter.key)}", with: parameter.value)
        }
    }

    /// The reason's group (`row-reason-<code>`) as the label's `-group` wording.
    func group(_ key: String) -> String { labels["\(key)-group"] ?? key }
}
