import FolioCore

/// 11-3 教師專利件數 (表1-12) and 11-4 技術移轉件數 (表1-16): one case per 專利證書號 or 契約編號,
/// dated inside the file's period.
public enum PatentsAndTransfers {
    public static func patents(_ files: [TableFile], year: Int) -> ComputedFigure {
        cases(files, year: year, key: "patent_no", what: "專利", measureID: "11-3",
              rule: "每一已核准專利之證書號計1件（獲證日期在該期間內），同一專利僅計1件；申請中者不採計。")
    }

    public static func transfers(_ files: [TableFile], year: Int) -> ComputedFigure {
        cases(files, year: year, key: "contract_no", what: "契約", measureID: "11-4",
              rule: "每一技術移轉或授權契約計1件（簽約日期在該期間內），同一契約僅計1件。")
    }

    static func cases(_ files: [TableFile], year: Int, key: String, what: String, measureID: String, rule: String) -> ComputedFigure {
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
        return tally.figure(measureID, year: year, rule: rule)
    }
}
