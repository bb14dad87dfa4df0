import FolioCore

/// 11-2 承接新臺幣30萬元以上產學計畫案件數 (表1-8): projects whose approved amount is NT$300,000
/// or more (以上 includes 300,000 itself), each 計畫編號 counted once.
public enum IndustryProjects {
    public static let measureID = "11-2"
    public static let threshold = 300_000
    public static let rule = "核定金額達新臺幣30萬元（含）以上之計畫，依計畫編號計件，同一計畫僅計1件。"

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure {
        var tally = Tally(files)
        var seen: [String: SourceLocation] = [:]
        for (_, row) in tally.rows {
            let amount = row.count("amount")
            guard amount >= threshold else {
                tally.exclude(row, "核定金額 \(FigureText.number(Double(amount))) 元未達新臺幣30萬元", group: "核定金額未達新臺幣30萬元")
                continue
            }
            tally.countOnce(row, key: row["project_id"], seen: &seen, what: "計畫")
        }
        return tally.figure(measureID, year: year, rule: rule)
    }
}
