/// 8-1 生師比: 全校加權學生數 ÷ 全校專兼任師資, from 表4-2 (students) and 表1-1 (teachers). Lower is better.
///
/// The ministry's 總量小組 supplies the official figure; Folio recomputes it so it can be checked.
/// Weighting, following the 總量發展規模與資源條件標準 as Folio reads it (docs/indicator-rules.md, 8-1):
/// - students: 博士班 ×3, 碩士班 and 碩士在職專班 ×2, every other programme (四技, 二技, 二專, 五專,
///   學士後; 日間部 and 進修部 alike) ×1; where the export marks them, foreign students, 延畢生 and
///   休學生 are left out, and full-year off-campus interns count 0.8 each (from 109學年度);
/// - teachers: each 專任 teacher 1; 兼任 teachers count 4 to 1, and together at most a third of the
///   專任 count (a half where the school's art and design units may).
/// Both tables are head counts: the academic year's first table of each (1st semester, 15 October).
/// Rounded to two decimals.
public enum StudentTeacherRatio {
    public static let measureID = "8-1"
    public static let degreeWeights: [String: Int] = ["博士班": 3, "碩士班": 2, "碩士在職專班": 2] // input vocabulary
    public static let partTimePerFullTime = 4.0
    public static let partTimeCapShare = 1.0 / 3.0
    public static let internWeight = 0.8
    public static let internWeightFrom = 109
    public static let leftOutStatuses: Set<String> = ["外籍生", "延畢生", "休學生"] // input vocabulary

    public static func weight(of degree: String) -> Int { degreeWeights[degree] ?? 1 }

    public static func compute(enrolment: [TableFile], teachers: [TableFile], year: Int,
                               partTimeCapShare: Double = partTimeCapShare) -> ComputedFigure? {
        guard let students = enrolment.firstOfYear, let staff = teachers.firstOfYear else { return nil }
        var tally = Tally([students, staff])
        var weighted = 0.0
        var byDegree: [String: Double] = [:]
        for row in students.rows {
            if leftOutStatuses.contains(row["status"]) {
                tally.exclude(row, .studentsLeftOut(status: row["status"]))
                continue
            }
            let weight = weight(of: row["degree"])
            let all = row.count("male") + row.count("female")
            let delayed = min(all, row.count("delayed_male") + row.count("delayed_female"))
            let interns = year >= internWeightFrom ? min(all - delayed, row.count("interns")) : 0
            let heads = Double(all - delayed - interns) + Double(interns) * internWeight
            let value = heads * Double(weight)
            weighted += value
            byDegree[row["degree"], default: 0] += value
            if delayed == 0 && interns == 0 {
                tally.count(row, value, note: .weightedHeads(degree: row["degree"], heads: all, weight: weight))
            } else {
                // (120 − 3 延修生 − 10 + 10 × 0.8) × 1 = 115
                var terms = FigureText.number(Double(all))
                if delayed > 0 { terms += " − \(delayed)" }
                if interns > 0 { terms += " − \(interns) + \(interns) × 0.8" }
                let calculation = "(\(terms)) × \(weight) = \(FigureText.number(value))"
                tally.count(row, value, note: .weightedStudents(degree: row["degree"], calculation: calculation))
            }
        }
        var fullTime = 0, partTime = 0
        for row in staff.rows {
            if row["employment"] == "專任" { // input vocabulary
                fullTime += 1
                tally.count(row, 1, note: .fullTimeTeacher)
            } else {
                partTime += 1
                tally.count(row, 1 / partTimePerFullTime, note: .partTimeTeacherQuarter)
            }
        }
        let partTimeEquivalent = min(Double(partTime) / partTimePerFullTime, Double(fullTime) * partTimeCapShare)
        let teachersTotal = Double(fullTime) + partTimeEquivalent
        guard teachersTotal > 0 else { return nil }
        let ratio = FigureText.round(weighted / teachersTotal, decimals: 2)
        let isCapped = Double(partTime) / partTimePerFullTime > partTimeEquivalent
        let (weightedText, equivalentText, ratioText) = (FigureText.number(weighted), FigureText.number(partTimeEquivalent), FigureText.number(ratio))
        let calculation: FigureCalculation = isCapped
            ? .cappedRatio(weighted: weightedText, fullTime: fullTime, partTime: partTime, partTimeEquivalent: equivalentText,
                           cap: partTimeCapShare == 0.5 ? .half : .third, ratio: ratioText)
            : .ratio(weighted: weightedText, fullTime: fullTime, partTime: partTime, partTimeEquivalent: equivalentText, ratio: ratioText)
        let degrees = TableSchemas.degrees.filter { byDegree[$0] != nil }
        return tally.figure(measureID, year: year, value: ratio, calculation: calculation, breakdowns: [
            FigureBreakdown(dimension: .term("plan-breakdown-weighted-students"),
                            items: degrees.map { BreakdownItem(PlanVocabulary.term($0), byDegree[$0]!) }),
            FigureBreakdown(dimension: .term("plan-breakdown-teachers"), items: [
                BreakdownItem(.term("plan-breakdown-full-time"), Double(fullTime)),
                BreakdownItem(.term("plan-breakdown-part-time-equivalent"), partTimeEquivalent),
            ]),
        ])
    }
}
