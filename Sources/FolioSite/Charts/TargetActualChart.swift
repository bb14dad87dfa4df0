import FolioCore
import Foundation

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
    /// The unit as the figures are written (`%` adds a percent sign).
    var unit: String
    /// The unit as the description names it, in the page's language (plural in English: person-times).
    var unitName: String
    var decimals: Int? = nil
    var lowerIsBetter: Bool
    var baselineYear: Int
    var baseline: Double?
    var baselineUnfilled = false
    var years: [Year]
    var labels: [String: String]
    var language: SiteLanguage = .zhHant

    /// Drawn as horizontal bars, a row per year, so the labels have the chart's whole width on a
    /// phone: the viewBox is narrow (a 390 px screen shows its text at about 14 px, 320 px at 11 px).
    static let width = 360.0
    static let labelColumn = 86.0
    static let valueRoom = 62.0
    static let barHeight = 16.0
    static let groupGap = 14.0
    static let lineHeight = 20.0

    private func label(_ key: String) -> String { labels[key] ?? key }
    private func figure(_ value: Double?) -> String { Formatting.figure(value, unit: unit, decimals: decimals) }
    /// A bar's year, short: 114年; AY 114 in English (the description gives the Gregorian years).
    private func shortYear(_ year: Int) -> String {
        Wording(labels: labels, language: language).words(key: "plan-chart-short-year", ["roc": .number(String(year))])
    }
    private var placeholder: String { labels["placeholder"] ?? "待填" }

    /// The chart's words: what `<desc>` says and the caption shows, from the label files
    /// (`plan-chart-…`): 單位：人次。基準值 113年 1,486；114年 目標值 1,500、實際值 1,574（達成率 104.9%） ✓ 達成。
    var description: String {
        let wording = Wording(labels: labels, language: language)
        let year = { (year: Int) -> WordingValue in .worded(key: "plan-chart-year", parameters: ["roc": .number(String(year)), "year": .academicYear(year)]) }
        var parts = [wording.words(key: "plan-chart-baseline", ["year": year(baselineYear), "value": .number(baselineUnfilled ? placeholder : figure(baseline))])]
        for entry in years {
            parts.append(wording.words(key: "plan-chart-figures", [
                "year": year(entry.year), "target": .number(entry.targetUnfilled ? placeholder : figure(entry.target)),
                "actual": .number(figure(entry.actual)),
                "rate": entry.rate.map { .worded(key: "plan-chart-rate", parameters: ["rate": .number($0)]) } ?? .number(""),
                "state": .number(entry.stateLabel),
            ]))
        }
        let unitPart = unitName.isEmpty ? "" : wording.words(key: lowerIsBetter ? "plan-chart-unit-lower" : "plan-chart-unit", ["unit": .text(unitName)])
        return unitPart + parts.joined(separator: label("plan-chart-separator")) + label("plan-chart-end")
    }

    /// Where the value axis starts. At 0, unless the figures lie so close together that bars from
    /// 0 would look alike (8-1: 22.9 and 23.8): then at a round number below the smallest, which
    /// the chart states in words.
    var axisStart: Double {
        let values = allValues
        guard let low = values.min(), let high = values.max(), low > 0, high > 0 else { return 0 }
        let span = high - low
        guard span < high * 0.2 else { return 0 }
        let spread = span > 0 ? span : high * 0.1
        let step = pow(10, (log10(spread)).rounded(.down))
        return max(0, ((low - spread) / step + 1e-9).rounded(.down) * step)
    }

    private var allValues: [Double] {
        [baseline].compactMap { $0 } + years.flatMap { [$0.target, $0.actual].compactMap { $0 } }
    }

    var svg: String {
        let id = SVGText.id(measureID)
        let start = axisStart
        var notes: [String] = []
        if lowerIsBetter { notes.append("↓ " + label("chart-lower-is-better")) }
        if start > 0 { notes.append(label("chart-axis-from") + " " + figure(start)) }
        let top = 30 + Double(notes.count) * Self.lineHeight
        let groupHeights = [Self.barHeight + Self.groupGap] + years.map { _ in 2 * Self.barHeight + 4 + Self.groupGap }
        let height = top + groupHeights.reduce(0, +) + 4
        let barStart = Self.labelColumn
        let barRoom = Self.width - Self.labelColumn - Self.valueRoom
        let maximum = max(allValues.max() ?? 1, start + 1e-9)
        let scale = barRoom / max(maximum - start, 1e-9)

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" viewBox=\"0 0 \(SVGText.number(Self.width)) \(SVGText.number(height))\" "
        out += "aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        out += "<title id=\"\(id)-title\">\(SVGText.escape("\(measureID) \(title)\(label("colon"))\(label("chart-title"))"))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVGText.escape(description))</desc>\n"
        out += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"6\" height=\"6\" class=\"chart-hatch-ground\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"chart-hatch-line\"/></pattern></defs>\n"
        out += legend(id)
        for (index, note) in notes.enumerated() {
            out += "<text class=\"chart-note\" x=\"0\" y=\"\(SVGText.number(30 + Double(index + 1) * Self.lineHeight - 5))\">\(SVGText.escape(note))</text>\n"
        }
        var y = top
        let bar = { (value: Double?, style: String, fill: String?, missing: String, y: Double) -> String in
            self.bar(value, y: y, start: start, barStart: barStart, scale: scale, style: style, fill: fill, missing: missing)
        }
        out += rowLabel(y: y, first: shortYear(baselineYear), second: nil)
        out += bar(baseline, "chart-baseline", nil, baselineUnfilled ? placeholder : "—", y)
        y += groupHeights[0]
        for (index, year) in years.enumerated() {
            out += rowLabel(y: y, first: shortYear(year.year), second: year.stateLabel)
            out += bar(year.target, "chart-target", "url(#\(id)-hatch)", year.targetUnfilled ? placeholder : "—", y)
            out += bar(year.actual, "chart-actual", nil, "—", y + Self.barHeight + 4)
            y += groupHeights[index + 1]
        }
        out += "<line class=\"chart-axis\" x1=\"\(SVGText.number(barStart))\" y1=\"\(SVGText.number(top - 4))\" x2=\"\(SVGText.number(barStart))\" y2=\"\(SVGText.number(y - Self.groupGap + 4))\"/>\n"
        return out + "</svg>"
    }

    /// Baseline, target and actual, each with its swatch; widths estimated per character (CJK wide).
    private func legend(_ id: String) -> String {
        let items: [(String, String, String?)] = [
            (label("baseline"), "chart-baseline", nil), (label("target"), "chart-target", "url(#\(id)-hatch)"), (label("actual"), "chart-actual", nil),
        ]
        var out = "<g class=\"chart-legend\">"
        var x = 0.0
        for (text, style, fill) in items {
            out += "<rect class=\"\(style)\" x=\"\(SVGText.number(x))\" y=\"6\" width=\"16\" height=\"12\"\(fill.map { " fill=\"\($0)\"" } ?? "")/>"
            out += "<text x=\"\(SVGText.number(x + 21))\" y=\"17\">\(SVGText.escape(text))</text>"
            x += 21 + Self.textWidth(text) + 16
        }
        return out + "</g>\n"
    }

    /// Approximate width at the chart's 15-unit type: CJK characters full width, others about half.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E7F ? 15 : 8.5) }
    }

    private func bar(_ value: Double?, y: Double, start: Double, barStart: Double, scale: Double, style: String,
                     fill: String?, missing: String) -> String {
        let textY = SVGText.number(y + Self.barHeight - 3)
        guard let value else {
            return "<text class=\"chart-value chart-missing\" x=\"\(SVGText.number(barStart + 6))\" y=\"\(textY)\">\(SVGText.escape(missing))</text>\n"
        }
        let length = max((value - start) * scale, 1)
        var out = "<rect class=\"\(style)\" x=\"\(SVGText.number(barStart))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(length))\" height=\"\(SVGText.number(Self.barHeight))\"\(fill.map { " fill=\"\($0)\"" } ?? "")/>"
        out += "<text class=\"chart-value\" x=\"\(SVGText.number(barStart + length + 5))\" y=\"\(textY)\">\(SVGText.escape(figure(value)))</text>\n"
        return out
    }

    private func rowLabel(y: Double, first: String, second: String?) -> String {
        var out = "<text class=\"chart-year\" x=\"0\" y=\"\(SVGText.number(y + Self.barHeight - 3))\">\(SVGText.escape(first))</text>"
        if let second {
            out += "<text class=\"chart-state\" x=\"0\" y=\"\(SVGText.number(y + 2 * Self.barHeight + 1))\">\(SVGText.escape(second))</text>"
        }
        return out + "\n"
    }
}
