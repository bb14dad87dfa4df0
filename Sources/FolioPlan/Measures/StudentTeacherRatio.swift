/// 8-1 生師比: 全校加權學生數 ÷ 全校專兼任師資, from 表4-2 (students) and 表1-1 (teachers). Lower is better.
///
/// The ministry's 總量小組 supplies the official figure; Folio recomputes it so it can be checked.
/// Weighting, following the 總量發展規模與資源條件標準 as Folio reads it (README, "8-1 生師比"):
/// - students: 博士班 ×3, 碩士班 and 碩士在職專班 ×2, every other programme (四技, 二技, 二專, 五專,
///   學士後; 日間部 and 進修部 alike) ×1;
/// - teachers: each 專任 teacher 1; 兼任 teachers count 4 to 1, and together at most a third of the
///   專任 count.
/// Both tables are head counts: the academic year's first table of each (1st semester, 15 October).
/// Rounded to two decimals.
public enum StudentTeacherRatio {
    public static let measureID = "8-1"
    public static let degreeWeights: [String: Int] = ["博士班": 3, "碩士班": 2, "碩士在職專班": 2]
    public static let partTimePerFullTime = 4.0
    public static let partTimeCapShare = 1.0 / 3.0
    public static let rule = "加權學生數（博士班×3、碩士班及碩士在職專班×2、其餘學制×1，含進修部）÷（專任教師數＋兼任教師數÷4，兼任折算以專任教師數三分之一為上限）；以該學年度第1學期資料為準，四捨五入至小數點後2位。"

    public static func weight(of degree: String) -> Int { degreeWeights[degree] ?? 1 }

    public static func compute(enrolment: [TableFile], teachers: [TableFile], year: Int) -> ComputedFigure? {
        guard let students = enrolment.firstOfYear, let staff = teachers.firstOfYear else { return nil }
        var tally = Tally([students, staff])
        var weighted = 0
        var byDegree: [String: Int] = [:]
        for row in students.rows {
            let heads = row.count("male") + row.count("female")
            let weight = weight(of: row["degree"])
            weighted += heads * weight
            byDegree[row["degree"], default: 0] += heads * weight
            tally.count(row, Double(heads * weight), note: "\(row["degree"]) \(heads) 人 × \(weight)")
        }
        var fullTime = 0, partTime = 0
        for row in staff.rows {
            if row["employment"] == "專任" {
                fullTime += 1
                tally.count(row, 1, note: "專任 1")
            } else {
                partTime += 1
                tally.count(row, 1 / partTimePerFullTime, note: "兼任 ÷ 4")
            }
        }
        let partTimeEquivalent = min(Double(partTime) / partTimePerFullTime, Double(fullTime) * partTimeCapShare)
        let teachersTotal = Double(fullTime) + partTimeEquivalent
        guard teachersTotal > 0 else { return nil }
        let ratio = FigureText.round(Double(weighted) / teachersTotal, decimals: 2)
        let capNote = Double(partTime) / partTimePerFullTime > partTimeEquivalent ? "（已達專任三分之一上限）" : ""
        let calculation = "\(FigureText.number(Double(weighted))) ÷（\(fullTime) + \(partTime) ÷ 4 = \(FigureText.number(partTimeEquivalent))\(capNote)）= \(FigureText.number(ratio))"
        let degrees = TableSchemas.degrees.filter { byDegree[$0] != nil }
        return tally.figure(measureID, year: year, rule: rule, value: ratio, calculation: calculation, breakdowns: [
            FigureBreakdown(dimension: "加權學生數", items: degrees.map { BreakdownItem($0, Double(byDegree[$0]!)) }),
            FigureBreakdown(dimension: "師資", items: [
                BreakdownItem("專任", Double(fullTime)), BreakdownItem("兼任（折算）", partTimeEquivalent),
            ]),
        ])
    }
}
