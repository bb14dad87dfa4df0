import FolioCore
/// Research points by the year papers were published, as inline SVG: the points of counted papers
/// solid, of papers not counted (past the 15-paper limit, outside the window) hatched on top.
/// Every bar is labelled with its points and paper counts, so it reads in black-and-white print;
/// `<title>`/`<desc>` and a caption say the same in words.
struct ResearchByYearChart {
    struct Year {
        /// ROC year.
        var year: Int
        var counted: Double
        var notCounted: Double
        var countedPapers: Int
        var otherPapers: Int
    }

    var id: String
    var years: [Year]
    var labels: [String: String]

    static let width = 600.0
    static let height = 250.0
    static let plotTop = 44.0
    static let plotBottom = 196.0
    static let sidePadding = 16.0

    private func label(_ key: String) -> String { labels[key] ?? key }
    private func number(_ value: Double) -> String { Formatting.grouped(value, maxFractionDigits: 2) }
    private var yearSuffix: String { labels["year-suffix"] ?? "" }

    /// The chart's words: what `<desc>` says and the caption shows.
    var description: String {
        // Plain text, worded from the page's labels (the language picks no names here).
        let wording = Wording(labels: labels, language: .zhHant)
        let parts = years.filter { $0.countedPapers + $0.otherPapers > 0 }.map { year in
            let values: [String: WordingValue] = [
                "year": .number(String(year.year)), "gregorian": .number(String(year.year + 1911)),
                "counted_papers": .count(year.countedPapers), "counted": .number(number(year.counted)),
                "other_papers": .count(year.otherPapers), "not_counted": .number(number(year.notCounted)),
            ]
            return wording.words(key: "chart-research-part", values)
                + (year.otherPapers > 0 ? wording.words(key: "chart-research-part-other", values) : "")
        }
        return wording.words(key: "chart-research-description", ["title": .text(label("chart-research-title")),
                                                                 "parts": .text(parts.joined(separator: label("chart-research-separator")))])
    }

    var svg: String { svg(description: description) }

    /// The chart with its words already made (a page shows them again as the caption).
    func svg(description: String) -> String {
        let safeID = SVGText.id(id)
        let groupWidth = (Self.width - 2 * Self.sidePadding) / Double(max(years.count, 1))
        let barWidth = min(groupWidth * 0.6, 48)
        let maximum = max(years.map { $0.counted + $0.notCounted }.max() ?? 1, 1e-9)
        let scale = (Self.plotBottom - Self.plotTop) / maximum

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" viewBox=\"0 0 \(SVGText.number(Self.width)) \(SVGText.number(Self.height))\" "
        out += "aria-labelledby=\"\(safeID)-title \(safeID)-desc\">\n"
        out += "<title id=\"\(safeID)-title\">\(SVGText.escape(label("chart-research-title")))</title>\n"
        out += "<desc id=\"\(safeID)-desc\">\(SVGText.escape(description))</desc>\n"
        out += "<defs><pattern id=\"\(safeID)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"6\" height=\"6\" class=\"chart-hatch-ground\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"chart-hatch-line\"/></pattern></defs>\n"
        out += "<g class=\"chart-legend\">"
        out += "<rect class=\"chart-actual\" x=\"\(SVGText.number(Self.sidePadding))\" y=\"8\" width=\"16\" height=\"12\"/>"
        out += "<text x=\"\(SVGText.number(Self.sidePadding + 22))\" y=\"18\">\(SVGText.escape(label("counted-yes")))</text>"
        out += "<rect class=\"chart-target\" x=\"\(SVGText.number(Self.sidePadding + 100))\" y=\"8\" width=\"16\" height=\"12\" fill=\"url(#\(safeID)-hatch)\"/>"
        out += "<text x=\"\(SVGText.number(Self.sidePadding + 122))\" y=\"18\">\(SVGText.escape(label("counted-no")))</text></g>\n"
        out += "<line class=\"chart-axis\" x1=\"\(SVGText.number(Self.sidePadding))\" y1=\"\(SVGText.number(Self.plotBottom))\" x2=\"\(SVGText.number(Self.width - Self.sidePadding))\" y2=\"\(SVGText.number(Self.plotBottom))\"/>\n"
        for (index, year) in years.enumerated() {
            let center = Self.sidePadding + groupWidth * (Double(index) + 0.5)
            let left = SVGText.number(center - barWidth / 2)
            let countedHeight = year.counted * scale
            let otherHeight = year.notCounted * scale
            if year.counted > 0 {
                out += "<rect class=\"chart-actual\" x=\"\(left)\" y=\"\(SVGText.number(Self.plotBottom - countedHeight))\" width=\"\(SVGText.number(barWidth))\" height=\"\(SVGText.number(countedHeight))\"/>"
            }
            if year.notCounted > 0 {
                out += "<rect class=\"chart-target\" x=\"\(left)\" y=\"\(SVGText.number(Self.plotBottom - countedHeight - otherHeight))\" width=\"\(SVGText.number(barWidth))\" height=\"\(SVGText.number(max(otherHeight, 1)))\" fill=\"url(#\(safeID)-hatch)\"/>"
            }
            let papers = year.countedPapers + year.otherPapers
            if papers > 0 {
                let value = year.notCounted > 0 ? "\(number(year.counted))+\(number(year.notCounted))" : number(year.counted)
                out += "<text class=\"chart-value\" x=\"\(SVGText.number(center))\" y=\"\(SVGText.number(Self.plotBottom - countedHeight - otherHeight - 5))\" text-anchor=\"middle\">\(SVGText.escape(value))</text>"
            }
            out += "<text class=\"chart-year\" x=\"\(SVGText.number(center))\" y=\"\(SVGText.number(Self.plotBottom + 20))\" text-anchor=\"middle\">\(SVGText.escape("\(year.year)\(yearSuffix)"))</text>"
            out += "<text class=\"chart-state\" x=\"\(SVGText.number(center))\" y=\"\(SVGText.number(Self.plotBottom + 40))\" text-anchor=\"middle\">\(SVGText.escape(papers > 0 ? "\(papers) \(label("papers-unit"))" : "—"))</text>\n"
        }
        return out + "</svg>"
    }
}
