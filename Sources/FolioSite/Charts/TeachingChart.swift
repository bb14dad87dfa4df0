/// The six teaching indicators of 附表一 as inline SVG: each indicator's points A as a solid bar
/// against its cap (a dashed outline), with A × B written beside it. No JavaScript; readable in
/// black-and-white print (every bar labelled with its numbers); `<title>`/`<desc>` and a caption
/// say the same in words.
struct TeachingChart {
    struct Indicator {
        var label: String
        var rule: String
        /// A after the cap; negative when deductions outweigh the points (I-6).
        var points: Double
        var cap: Double
        var weighted: Double
        var weightPercent: String
    }

    let id: String
    let indicators: [Indicator]
    let labels: [String: String]

    static let top = 34.0
    static let rowHeight = 32.0

    /// The row labels' column grows with the longest label ("R-T5 Cooperation with teaching
    /// administration" is wider than 「R-T5 教學行政配合度」), so no label runs off the left edge.
    /// Worked out once: every coordinate of the chart starts from it.
    let labelRight: Double

    init(id: String, indicators: [Indicator], labels: [String: String]) {
        self.id = id
        self.indicators = indicators
        self.labels = labels
        labelRight = max(150, indicators.map { Self.estimatedWidth("\($0.rule) \($0.label)") }.max() ?? 0)
    }
    var plotLeft: Double { labelRight + 8 }
    var plotRight: Double { plotLeft + 272 }
    var width: Double { plotRight + 170 }

    /// A generous width of a label at the chart's font size: CJK characters are square, Latin ones about half.
    static func estimatedWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 13 : 7.5) }
    }

    private func label(_ key: String) -> String { labels[key] ?? key }
    /// The chart's words are plain text, worded from the page's labels (the language picks no names here).
    private func fill(_ template: String, _ values: [String: String]) -> String {
        Wording(labels: labels, language: .zhHant).fill(template, values.mapValues { .text($0) })
    }
    private func number(_ value: Double) -> String { Formatting.grouped(value, maxFractionDigits: 2) }

    var height: Double { Self.top + Self.rowHeight * Double(indicators.count) + 8 }

    /// The chart's words: what `<desc>` says and the caption shows.
    var description: String {
        let parts = indicators.map { indicator in
            fill(label("chart-teaching-part"), ["rule": indicator.rule, "label": indicator.label, "points": number(indicator.points),
                                                "cap": number(indicator.cap), "weight": indicator.weightPercent, "weighted": number(indicator.weighted)])
        }
        return fill(label("chart-teaching-description"), ["title": label("chart-teaching-title"),
                                                          "parts": parts.joined(separator: label("chart-teaching-separator"))])
    }

    var svg: String { svg(description: description) }

    /// The chart with its words already made (a page shows them again as the caption).
    func svg(description: String) -> String {
        let low = min(0, indicators.map(\.points).min() ?? 0)
        let high = max(indicators.map { max($0.cap, $0.points) }.max() ?? 100, 1)
        let scale = (plotRight - plotLeft) / (high - low)
        let x = { (value: Double) in plotLeft + (value - low) * scale }
        let safeID = SVGText.id(id)

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" viewBox=\"0 0 \(SVGText.number(width)) \(SVGText.number(height))\" "
        out += "aria-labelledby=\"\(safeID)-title \(safeID)-desc\">\n"
        out += "<title id=\"\(safeID)-title\">\(SVGText.escape(label("chart-teaching-title")))</title>\n"
        out += "<desc id=\"\(safeID)-desc\">\(SVGText.escape(description))</desc>\n"
        out += "<g class=\"chart-legend\">"
        out += "<rect class=\"chart-actual\" x=\"\(SVGText.number(plotLeft))\" y=\"8\" width=\"16\" height=\"12\"/>"
        out += "<text x=\"\(SVGText.number(plotLeft + 22))\" y=\"18\">\(SVGText.escape(label("chart-teaching-points")))</text>"
        out += "<rect class=\"chart-cap\" x=\"\(SVGText.number(plotLeft + 110))\" y=\"8\" width=\"16\" height=\"12\"/>"
        out += "<text x=\"\(SVGText.number(plotLeft + 132))\" y=\"18\">\(SVGText.escape(label("chart-teaching-cap")))</text>"
        out += "<text x=\"\(SVGText.number(plotRight + 10))\" y=\"18\">A×B</text></g>\n"
        for (index, indicator) in indicators.enumerated() {
            let rowTop = Self.top + Self.rowHeight * Double(index)
            let middle = rowTop + Self.rowHeight / 2
            out += "<text class=\"chart-year\" x=\"\(SVGText.number(labelRight))\" y=\"\(SVGText.number(middle + 4))\" text-anchor=\"end\">\(SVGText.escape("\(indicator.rule) \(indicator.label)"))</text>"
            out += "<rect class=\"chart-cap\" x=\"\(SVGText.number(x(0)))\" y=\"\(SVGText.number(rowTop + 5))\" width=\"\(SVGText.number(max(x(indicator.cap) - x(0), 1)))\" height=\"\(SVGText.number(Self.rowHeight - 10))\"/>"
            let start = min(x(0), x(indicator.points)), end = max(x(0), x(indicator.points))
            out += "<rect class=\"chart-actual\" x=\"\(SVGText.number(start))\" y=\"\(SVGText.number(rowTop + 9))\" width=\"\(SVGText.number(max(end - start, 1)))\" height=\"\(SVGText.number(Self.rowHeight - 18))\"/>"
            out += "<text class=\"chart-value\" x=\"\(SVGText.number(plotRight + 10))\" y=\"\(SVGText.number(middle + 4))\">"
            out += SVGText.escape(fill(label("chart-teaching-value"), ["points": number(indicator.points), "cap": number(indicator.cap), "weight": indicator.weightPercent, "weighted": number(indicator.weighted)]))
            out += "</text>\n"
        }
        out += "<line class=\"chart-axis\" x1=\"\(SVGText.number(x(0)))\" y1=\"\(SVGText.number(Self.top))\" x2=\"\(SVGText.number(x(0)))\" y2=\"\(SVGText.number(height - 8))\"/>\n"
        return out + "</svg>"
    }
}
