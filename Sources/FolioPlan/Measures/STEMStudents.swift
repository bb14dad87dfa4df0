/// 5-1 STEM領域系科所學生人數 (表4-2), by sex: the students of departments whose 學科標準分類 broad
/// field is 05 (自然科學、數學及統計), 06 (資訊通訊科技) or 07 (工程、製造及營建).
///
/// A head count, not a sum over semesters: it uses the academic year's first table (the 1st
/// semester's, as of 15 October).
public enum STEMStudents {
    public static let measureID = "5-1"
    public static let stemFields = ["05", "06", "07"]

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure? {
        guard let snapshot = files.firstOfYear else { return nil }
        var tally = Tally([snapshot])
        var male = 0, female = 0
        for (_, row) in tally.rows {
            let broadField = String(row["field_code"].prefix(2))
            guard stemFields.contains(broadField) else {
                tally.exclude(row, .notSTEMField(code: broadField))
                continue
            }
            let m = row.count("male"), f = row.count("female")
            male += m
            female += f
            tally.count(row, Double(m + f), note: .studentsBySex(male: m, female: f))
        }
        return tally.figure(measureID, year: year, breakdowns: [SexBreakdown.make(male: male, female: female)])
    }
}
