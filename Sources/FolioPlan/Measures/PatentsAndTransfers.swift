import FolioCore

/// 11-3 教師專利件數 (表1-12) and 11-4 技術移轉件數 (表1-16): one case per 專利證書號 or 契約編號,
/// dated inside the file's period.
public enum PatentsAndTransfers {
    public static func patents(_ files: [TableFile], year: Int) -> ComputedFigure {
        cases(files, year: year, key: "patent_no", what: .patent, measureID: "11-3")
    }

    public static func transfers(_ files: [TableFile], year: Int) -> ComputedFigure {
        cases(files, year: year, key: "contract_no", what: .contract, measureID: "11-4")
    }

    static func cases(_ files: [TableFile], year: Int, key: String, what: CountedOnce, measureID: String) -> ComputedFigure {
        var tally = Tally(files)
        var seen: [String: SourceLocation] = [:]
        for (file, row) in tally.rows {
            // 表1-12's 進度狀況: a patent still 申請中 is not a patent (an export without the column lists granted ones).
            if key == "patent_no", !row["status"].isEmpty, row["status"] != TableSchemas.patentGranted {
                tally.exclude(row, .patentNotGranted(status: row["status"]))
                continue
            }
            guard tally.isInPeriod(row, of: file) else { continue }
            tally.countOnce(row, key: row[key], seen: &seen, what: what)
        }
        return tally.figure(measureID, year: year)
    }
}
