/// One measure's targets against its actuals over the plan years, with the baseline, as inline
/// SVG: no JavaScript, readable in print (targets hatched, actuals solid, the baseline dashed;
/// every bar labelled with its value, every year with its state in words), and described in
/// `<title>`/`<desc>` plus a visible caption for readers who do not see the chart.
struct TargetActualChart {
    struct Year {
        var year: Int
        var target: Double?
        /// A target still 待填: no bar, the placeholder written where it would stand.
        var targetUnfilled = false
        var actual: Double?
        /// 達成, 未達成, 待填報…: written under the year, so no state is told by colour alone.
        var stateLabel: String
        var rate: String?
    }

    var measureID: String
    var title: String
    var unit: String
    var decimals: Int? = nil
    var lowerIsBetter: Bool
    var baselineYear: Int
    var baseline: Double?
    var baselineUnfilled = false
    var years: [Year]
    var labels: [String: String]

    static let width = 600.0
    static let height = 250.0
    static let plotTop = 52.0
    static let plotBottom = 196.0
    static let sidePadding = 16.0

    private func label(_ key: String) -> String { labels[key] ?? key }
    private func figure(_ value: Double?) -> String { Formatting.figure(value, unit: unit, decimals: decimals) }
    private var yearSuffix: String { labels["year-suffix"] ?? "" }
    private var placeholder: String { labels["placeholder"] ?? "待填" }

    /// The chart's words: what `<desc>` says and the caption shows.
    var description: String {
        var parts = ["\(label("baseline")) \(baselineYear)\(yearSuffix) \(baselineUnfilled ? placeholder : figure(baseline))"]
        for year in years {
            var text = "\(year.year)\(yearSuffix) \(label("target")) \(year.targetUnfilled ? placeholder : figure(year.target))、\(label("actual")) \(figure(year.actual))"
            if let rate = year.rate { text += "（\(label("rate")) \(rate)）" }
            parts.append(text + " \(year.stateLabel)")
        }
        let direction = lowerIsBetter ? "（\(label("direction-lower"))）" : ""
        return "\(unit.isEmpty ? "" : "\(label("unit"))：\(unit)\(direction)。")" + parts.joined(separator: "；") + "。"
    }

    var svg: String {
        let id = SVGText.id(measureID)
        let groups = 1 + years.count
        let groupWidth = (Self.width - 2 * Self.sidePadding) / Double(groups)
        let barWidth = min(groupWidth * 0.3, 54)
        let values = [baseline].compactMap { $0 } + years.flatMap { [$0.target, $0.actual].compactMap { $0 } }
        let maximum = max(values.max() ?? 1, 1e-9)
        let scale = (Self.plotBottom - Self.plotTop) / maximum

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" viewBox=\"0 0 \(SVGText.number(Self.width)) \(SVGText.number(Self.height))\" "
        out += "aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(SVGText.escape("\(measureID) \(title)：\(label("chart-title"))"))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVGText.escape(description))</desc>\n"
        out += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"6\" height=\"6\" class=\"chart-hatch-ground\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"chart-hatch-line\"/></pattern></defs>\n"
        out += legend(id)
        out += "<line class=\"chart-axis\" x1=\"\(SVGText.number(Self.sidePadding))\" y1=\"\(SVGText.number(Self.plotBottom))\" x2=\"\(SVGText.number(Self.width - Self.sidePadding))\" y2=\"\(SVGText.number(Self.plotBottom))\"/>\n"

        let baselineCenter = Self.sidePadding + groupWidth / 2
        out += bar(baseline, x: baselineCenter - barWidth / 2, width: barWidth, scale: scale, style: "chart-baseline", fill: nil,
                   missing: baselineUnfilled ? placeholder : "—")
        out += yearLabel(x: baselineCenter, first: "\(baselineYear)\(yearSuffix)", second: label("baseline"))
        for (index, year) in years.enumerated() {
            let center = Self.sidePadding + groupWidth * (Double(index) + 1.5)
            out += bar(year.target, x: center - barWidth - 2, width: barWidth, scale: scale, style: "chart-target", fill: "url(#\(id)-hatch)",
                       missing: year.targetUnfilled ? placeholder : "—")
            out += bar(year.actual, x: center + 2, width: barWidth, scale: scale, style: "chart-actual", fill: nil, missing: "—")
            out += yearLabel(x: center, first: "\(year.year)\(yearSuffix)", second: year.stateLabel)
        }
        return out + "</svg>"
    }

    private func legend(_ id: String) -> String {
        let items: [(String, String, String?)] = [
            (label("baseline"), "chart-baseline", nil), (label("target"), "chart-target", "url(#\(id)-hatch)"), (label("actual"), "chart-actual", nil),
        ]
        var out = "<g class=\"chart-legend\">"
        var x = Self.sidePadding
        for (text, style, fill) in items {
            out += "<rect class=\"\(style)\" x=\"\(SVGText.number(x))\" y=\"8\" width=\"16\" height=\"12\"\(fill.map { " fill=\"\($0)\"" } ?? "")/>"
            out += "<text x=\"\(SVGText.number(x + 22))\" y=\"18\">\(SVGText.escape(text))</text>"
            x += 32 + Double(text.count) * 14
        }
        return out + "</g>\n"
    }

    private func bar(_ value: Double?, x: Double, width: Double, scale: Double, style: String, fill: String?, missing: String) -> String {
        let center = SVGText.number(x + width / 2)
        guard let value else {
            return "<text class=\"chart-value chart-missing\" x=\"\(center)\" y=\"\(SVGText.number(Self.plotBottom - 6))\" text-anchor=\"middle\">\(SVGText.escape(missing))</text>\n"
        }
        let height = max(value * scale, 1)
        let top = Self.plotBottom - height
        var out = "<rect class=\"\(style)\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(top))\" width=\"\(SVGText.number(width))\" height=\"\(SVGText.number(height))\"\(fill.map { " fill=\"\($0)\"" } ?? "")/>"
        out += "<text class=\"chart-value\" x=\"\(center)\" y=\"\(SVGText.number(top - 5))\" text-anchor=\"middle\">\(SVGText.escape(figure(value)))</text>\n"
        return out
    }

    private func yearLabel(x: Double, first: String, second: String) -> String {
        let center = SVGText.number(x)
        return "<text class=\"chart-year\" x=\"\(center)\" y=\"\(SVGText.number(Self.plotBottom + 20))\" text-anchor=\"middle\">\(SVGText.escape(first))</text>"
            + "<text class=\"chart-state\" x=\"\(center)\" y=\"\(SVGText.number(Self.plotBottom + 40))\" text-anchor=\"middle\">\(SVGText.escape(second))</text>\n"
    }
}
