/// 4-1 修讀跨域學習課程學生人次 (表4-6), by type (雙主修、輔系、學分學程、其他) and by sex.
/// Each row is one 人次; 校際選課 is in the same export but is not one of the four types.
public enum CrossDomainLearning {
    public static let measureID = "4-1"
    public static let types = ["雙主修", "輔系", "學分學程", "其他"] // input vocabulary

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure {
        var tally = Tally(files)
        var byType: [String: Int] = [:]
        var male = 0, female = 0
        for (_, row) in tally.rows {
            let type = row["type"]
            guard types.contains(type) else {
                tally.exclude(row, .interSchoolCourse)
                continue
            }
            byType[type, default: 0] += 1
            if row["sex"] == "男" { male += 1 } else { female += 1 } // input vocabulary
            tally.count(row, note: .crossDomainRow(type: type, sex: row["sex"]))
        }
        let typeBreakdown = FigureBreakdown(dimension: .term("plan-breakdown-cross-domain-type"),
                                           items: types.map { BreakdownItem(PlanVocabulary.term($0), Double(byType[$0] ?? 0)) })
        return tally.figure(measureID, year: year,
                            breakdowns: [typeBreakdown, SexBreakdown.make(male: male, female: female)])
    }
}
