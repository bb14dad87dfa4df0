import FolioCore

/// 11-2 學校承接30萬元以上產學計畫案件數 (表1-8): projects whose approved amount is NT$300,000
/// or more (以上 includes 300,000 itself), each 計畫編號 counted once.
///
/// As the school database exports 表1-8: a co-investigator's row (工作類別 共同(協同)主持人, amount
/// blank by rule) is listed, not counted; amendment rows (經費狀況 變更-增加經費 / 變更-刪減經費)
/// adjust their project's amount, and the project counts once at the resulting amount; a project
/// type that is not an industry project (校內補助案) is left out with its type.
public enum IndustryProjects {
    public static let measureID = "11-2"
    public static let threshold = 300_000

    static let increase = "變更-增加經費" // input vocabulary
    static let decrease = "變更-刪減經費" // input vocabulary

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure {
        var tally = Tally(files)
        let rows = tally.rows.map(\.row)
        // Each project's first leader row (原核定, or no 經費狀況 column) is the one that may count.
        var projectRow: [String: TableRow] = [:]
        var amendments: [String: [TableRow]] = [:]
        for row in rows where row["role"] != TableSchemas.coInvestigator {
            if isAmendment(row) {
                amendments[row["project_id"], default: []].append(row)
            } else if projectRow[row["project_id"]] == nil {
                projectRow[row["project_id"]] = row
            }
        }
        var seen: [String: SourceLocation] = [:]
        for row in rows {
            let project = row["project_id"]
            if row["role"] == TableSchemas.coInvestigator {
                tally.exclude(row, .coInvestigator(project: project))
                continue
            }
            if isAmendment(row) {
                if let base = projectRow[project] {
                    tally.exclude(row, .amendmentApplied(project: project, line: base.location.line))
                } else {
                    tally.exclude(row, .amendmentWithoutProject(project: project))
                }
                continue
            }
            if TableSchemas.nonIndustryKinds.contains(row["kind"]) {
                tally.exclude(row, .notIndustryProject(kind: row["kind"]))
                continue
            }
            let changes = projectRow[project]?.location == row.location ? amendments[project] ?? [] : []
            let amount = row.count("amount") + changes.reduce(0) { sum, change in
                sum + (change["funding"] == decrease ? -change.count("amount") : change.count("amount"))
            }
            guard !changes.isEmpty else {
                guard amount >= threshold else {
                    tally.exclude(row, .belowThreshold(amount: FigureText.number(Double(amount))))
                    continue
                }
                tally.countOnce(row, key: project, seen: &seen, what: .project)
                continue
            }
            guard amount >= threshold else {
                tally.exclude(row, .amendedBelowThreshold(amount: FigureText.number(Double(amount))))
                continue
            }
            seen[project] = row.location
            tally.count(row, note: .amendedAmount(calculation: calculation(row, changes, result: amount)))
        }
        return tally.figure(measureID, year: year)
    }

    static func isAmendment(_ row: TableRow) -> Bool { row["funding"] == increase || row["funding"] == decrease }

    /// 1,000,000 + 200,000 − 50,000 = 1,150,000
    static func calculation(_ row: TableRow, _ changes: [TableRow], result: Int) -> String {
        let terms = changes.map { ($0["funding"] == decrease ? " − " : " + ") + FigureText.number(Double($0.count("amount"))) }
        return FigureText.number(Double(row.count("amount"))) + terms.joined() + " = " + FigureText.number(Double(result))
    }
}
