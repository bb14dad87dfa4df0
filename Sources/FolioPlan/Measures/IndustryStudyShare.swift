/// 2-1 全體教師完成半年與專業或技術有關研習或研究之比率 (表1-1), in %.
///
/// Counts full-time (專任) teachers only: the duty of 技術及職業教育法 §26 binds them, and
/// part-time teachers are not on the school's staff list. Uses the academic year's first
/// table (the 1st semester's, as of 15 October), rounded to one decimal.
public enum IndustryStudyShare {
    public static let measureID = "2-1"

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure? {
        guard let snapshot = files.firstOfYear else { return nil }
        var tally = Tally([snapshot])
        var completed = 0
        var fullTime = 0
        for (_, row) in tally.rows {
            guard row["employment"] == "專任" else { // input vocabulary
                tally.exclude(row, .partTimeTeacherLeftOut)
                continue
            }
            fullTime += 1
            let done = row.flag("industry_study")
            if done { completed += 1 }
            tally.count(row, done ? 1 : 0, note: done ? .industryStudyCompleted : .industryStudyNotCompleted)
        }
        guard fullTime > 0 else { return nil }
        let share = FigureText.round(Double(completed) / Double(fullTime) * 100, decimals: 1)
        return tally.figure(measureID, year: year, value: share,
                            calculation: .share(part: completed, whole: fullTime, percent: FigureText.number(share, decimals: 1)),
                            breakdowns: [FigureBreakdown(dimension: .term("plan-breakdown-full-time-teachers"), items: [
                                BreakdownItem(.term("plan-breakdown-completed"), Double(completed)),
                                BreakdownItem(.term("plan-breakdown-not-completed"), Double(fullTime - completed)),
                            ])])
    }
}
