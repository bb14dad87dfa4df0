import FolioCore

/// The measures of 表3-5 實際開課結構統計表: each row is a course section with its teacher and its
/// enrolment by sex, flagged as innovative teaching, STEM, or innovation and entrepreneurship.
///
/// Teacher counts (3-1, 10-1) count each 教師編號 once across the academic year's semesters;
/// enrolments (3-2, 5-2, 10-2) add every flagged section's 修課人數 across the semesters.
public enum CourseStructureMeasures {
    /// A course flag and the words that describe it.
    public struct Flag: Sendable {
        public var field: String
        public var name: String

        public static let innovative = Flag(field: "innovative", name: "創新教學課程")
        public static let stem = Flag(field: "stem", name: "STEM領域課程")
        public static let entrepreneurship = Flag(field: "entrepreneurship", name: "創新創業課程")
    }

    /// 3-1 採用創新教學模式教師數.
    public static func innovativeTeachers(_ files: [TableFile], year: Int) -> ComputedFigure {
        teachers(files, year: year, flag: .innovative, measureID: "3-1")
    }

    /// 3-2 修讀創新教學課程學生人次.
    public static func innovativeEnrolments(_ files: [TableFile], year: Int) -> ComputedFigure {
        enrolments(files, year: year, flag: .innovative, measureID: "3-2", bySex: false)
    }

    /// 5-2 修讀STEM領域課程學生人次, by sex.
    public static func stemEnrolments(_ files: [TableFile], year: Int) -> ComputedFigure {
        enrolments(files, year: year, flag: .stem, measureID: "5-2", bySex: true)
    }

    /// 10-1 開設創新創業課程教師數.
    public static func entrepreneurshipTeachers(_ files: [TableFile], year: Int) -> ComputedFigure {
        teachers(files, year: year, flag: .entrepreneurship, measureID: "10-1")
    }

    /// 10-2 修讀創新創業課程學生人次.
    public static func entrepreneurshipEnrolments(_ files: [TableFile], year: Int) -> ComputedFigure {
        enrolments(files, year: year, flag: .entrepreneurship, measureID: "10-2", bySex: false)
    }

    static func teachers(_ files: [TableFile], year: Int, flag: Flag, measureID: String) -> ComputedFigure {
        var tally = Tally(files)
        var seen: [String: SourceLocation] = [:]
        for (_, row) in tally.rows {
            guard row.flag(flag.field) else {
                tally.exclude(row, "非\(flag.name)")
                continue
            }
            tally.countOnce(row, key: row["teacher_id"], seen: &seen, what: "教師")
        }
        return tally.figure(measureID, year: year,
                            rule: "開設\(flag.name)之教師，依教師編號計，同一教師於同學年度多門課程或兩學期皆開課僅計1人。")
    }

    static func enrolments(_ files: [TableFile], year: Int, flag: Flag, measureID: String, bySex: Bool) -> ComputedFigure {
        var tally = Tally(files)
        var male = 0, female = 0
        for (_, row) in tally.rows {
            guard row.flag(flag.field) else {
                tally.exclude(row, "非\(flag.name)")
                continue
            }
            let m = row.count("male"), f = row.count("female")
            male += m
            female += f
            tally.count(row, Double(m + f), note: "男 \(m)、女 \(f)")
        }
        let breakdowns = bySex ? [SexBreakdown.make(male: male, female: female)] : []
        return tally.figure(measureID, year: year,
                            rule: "\(flag.name)之修課人數（男＋女）加總，各學期加總計人次。", breakdowns: breakdowns)
    }
}

/// 分男女呈現: the one breakdown several measures share.
enum SexBreakdown {
    static let dimension = "性別"

    static func make(male: Int, female: Int) -> FigureBreakdown {
        FigureBreakdown(dimension: dimension, items: [BreakdownItem("男", Double(male)), BreakdownItem("女", Double(female))])
    }
}
