import FolioCore

/// The measures of 表3-5 實際開課結構統計表: each row is a course section with its teacher and its
/// enrolment by sex, flagged as innovative teaching, STEM, or innovation and entrepreneurship.
///
/// Teacher counts (3-1, 10-1) count each 教師編號 once across the academic year's semesters;
/// enrolments (3-2, 5-2, 10-2) add every flagged section's 修課人數 across the semesters.
public enum CourseStructureMeasures {
    /// A course flag: the column that holds it and the course it marks.
    public struct Flag: Sendable {
        public var field: String
        public var course: CourseKind

        public static let innovative = Flag(field: "innovative", course: .innovative)
        public static let stem = Flag(field: "stem", course: .stem)
        public static let entrepreneurship = Flag(field: "entrepreneurship", course: .entrepreneurship)
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
                tally.exclude(row, .courseNotFlagged(flag.course))
                continue
            }
            tally.countOnce(row, key: row["teacher_id"], seen: &seen, what: .teacher)
        }
        return tally.figure(measureID, year: year)
    }

    static func enrolments(_ files: [TableFile], year: Int, flag: Flag, measureID: String, bySex: Bool) -> ComputedFigure {
        var tally = Tally(files)
        var male = 0, female = 0
        for (_, row) in tally.rows {
            guard row.flag(flag.field) else {
                tally.exclude(row, .courseNotFlagged(flag.course))
                continue
            }
            let m = row.count("male"), f = row.count("female")
            male += m
            female += f
            tally.count(row, Double(m + f), note: .studentsBySex(male: m, female: f))
        }
        let breakdowns = bySex ? [SexBreakdown.make(male: male, female: female)] : []
        return tally.figure(measureID, year: year, breakdowns: breakdowns)
    }
}

/// 分男女呈現: the one breakdown several measures share.
enum SexBreakdown {
    static func make(male: Int, female: Int) -> FigureBreakdown {
        FigureBreakdown(dimension: .term("plan-breakdown-sex"), items: [
            BreakdownItem(PlanVocabulary.term("男"), Double(male)), BreakdownItem(PlanVocabulary.term("女"), Double(female)), // input vocabulary
        ])
    }
}
