/// 1-1 學生通過專業技術證照數人次 (表4-8-2): every certificate row is one 人次, except 丙級,
/// which matches a vocational high-school graduate's level and is not counted.
public enum CertificatePasses {
    public static let measureID = "1-1"

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure {
        var tally = Tally(files)
        for (file, row) in tally.rows {
            guard tally.isInPeriod(row, of: file) else { continue }
            if isThirdGrade(row) {
                tally.exclude(row, .thirdGradeCertificate)
            } else {
                tally.count(row)
            }
        }
        return tally.figure(measureID, year: year)
    }

    /// 丙級, written in the level column, in the certificate's name (「室內配線丙級技術士」) or inside
    /// the category the school database exports (「技術士證照-丙級」).
    static func isThirdGrade(_ row: TableRow) -> Bool {
        row["level"].hasPrefix("丙") || row["certificate"].contains("丙級") || row["category"].contains("丙級") // input vocabulary
    }
}
