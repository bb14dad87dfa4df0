/// 1-2 學生參加競賽獲獎人次 (表4-8-1): each row with an award is one 人次; taking part without an award is not counted.
public enum CompetitionAwards {
    public static let measureID = "1-2"
    static let noAwardWords: Set<String> = ["", "未獲獎", "參賽", "無", "-", "—"] // input vocabulary

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure {
        var tally = Tally(files)
        for (file, row) in tally.rows {
            guard tally.isInPeriod(row, of: file) else { continue }
            if noAwardWords.contains(row["award"]) {
                tally.exclude(row, .noAward)
            } else {
                tally.count(row)
            }
        }
        return tally.figure(measureID, year: year)
    }
}
