/// 7-1 辦理專業英語課程（EGSP、ESP）數 (表15-17): each EGSP or ESP course row is one 門,
/// added over the academic year's semesters.
public enum ProfessionalEnglishCourses {
    public static let measureID = "7-1"
    public static let categories: Set<String> = ["EGSP", "ESP"]

    public static func compute(_ files: [TableFile], year: Int) -> ComputedFigure {
        var tally = Tally(files)
        for (_, row) in tally.rows {
            if categories.contains(row["category"].uppercased()) {
                tally.count(row)
            } else {
                tally.exclude(row, .notProfessionalEnglish)
            }
        }
        return tally.figure(measureID, year: year)
    }
}
