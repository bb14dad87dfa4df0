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

    var id: String
    var indicators: [Indicator]
    var labels: [String: String]

    static let width = 600.0
    static let top = 34.0
    static let rowHeight = 32.0
    static let labelRight = 150.0
    static let plotLeft = 158.0
    static let plotRight = 430.0

    private func label(_ key: String) -> String { labels[key] ?? key }
    private func number(_ value: Double) -> String { Formatting.grouped(value, maxFractionDigits: 2) }

    var height: Double { Self.top + Self.rowHeight * Double(indicators.count) + 8 }

    /// The chart's words: what `<desc>` says and the caption shows.
    var description: String {
        let parts = indicators.map { indicator in
            "\(indicator.rule) \(indicator.label) A \(number(indicator.points))／\(number(indicator.cap))，B \(indicator.weightPercent)，A×B \(number(indicator.weighted))"
        }
        return "\(label("chart-teaching-title"))：" + parts.joined(separator: "；") + "。"
    }

    var svg: String {
        let low = min(0, indicators.map(\.points).min() ?? 0)
        let high = max(indicators.map { max($0.cap, $0.points) }.max() ?? 100, 1)
        let scale = (Self.plotRight - Self.plotLeft) / (high - low)
        let x = { (value: Double) in Self.plotLeft + (value - low) * scale }
        let safeID = SVGText.id(id)

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" viewBox=\"0 0 \(SVGText.number(Self.width)) \(SVGText.number(height))\" "
        out += "aria-labelledby=\"\(safeID)-title \(safeID)-desc\">\n"
        out += "<title id=\"\(safeID)-title\">\(SVGText.escape(label("chart-teaching-title")))</title>\n"
        out += "<desc id=\"\(safeID)-desc\">\(SVGText.escape(description))</desc>\n"
        out += "<g class=\"chart-legend\">"
        out += "<rect class=\"chart-actual\" x=\"\(SVGText.number(Self.plotLeft))\" y=\"8\" width=\"16\" height=\"12\"/>"
        out += "<text x=\"\(SVGText.number(Self.plotLeft + 22))\" y=\"18\">\(SVGText.escape(label("chart-teaching-points")))</text>"
        out += "<rect class=\"chart-cap\" x=\"\(SVGText.number(Self.plotLeft + 110))\" y=\"8\" width=\"16\" height=\"12\"/>"
        out += "<text x=\"\(SVGText.number(Self.plotLeft + 132))\" y=\"18\">\(SVGText.escape(label("chart-teaching-cap")))</text>"
        out += "<text x=\"\(SVGText.number(Self.plotRight + 10))\" y=\"18\">A×B</text></g>\n"
        for (index, indicator) in indicators.enumerated() {
            let rowTop = Self.top + Self.rowHeight * Double(index)
            let middle = rowTop + Self.rowHeight / 2
            out += "<text class=\"chart-year\" x=\"\(SVGText.number(Self.labelRight))\" y=\"\(SVGText.number(middle + 4))\" text-anchor=\"end\">\(SVGText.escape("\(indicator.rule) \(indicator.label)"))</text>"
            out += "<rect class=\"chart-cap\" x=\"\(SVGText.number(x(0)))\" y=\"\(SVGText.number(rowTop + 5))\" width=\"\(SVGText.number(max(x(indicator.cap) - x(0), 1)))\" height=\"\(SVGText.number(Self.rowHeight - 10))\"/>"
            let start = min(x(0), x(indicator.points)), end = max(x(0), x(indicator.points))
            out += "<rect class=\"chart-actual\" x=\"\(SVGText.number(start))\" y=\"\(SVGText.number(rowTop + 9))\" width=\"\(SVGText.number(max(end - start, 1)))\" height=\"\(SVGText.number(Self.rowHeight - 18))\"/>"
            out += "<text class=\"chart-value\" x=\"\(SVGText.number(Self.plotRight + 10))\" y=\"\(SVGText.number(middle + 4))\">"
            out += SVGText.escape("A \(number(indicator.points))／\(number(indicator.cap)) × \(indicator.weightPercent) = \(number(indicator.weighted))")
            out += "</text>\n"
        }
        out += "<line class=\"chart-axis\" x1=\"\(SVGText.number(x(0)))\" y1=\"\(SVGText.number(Self.top))\" x2=\"\(SVGText.number(x(0)))\" y2=\"\(SVGText.number(height - 8))\"/>\n"
        return out + "</svg>"
    }
}
