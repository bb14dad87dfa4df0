import FolioCore

/// 5-3 曾修讀程式設計課程學生數 and 5-4 曾修讀數位科技微學程學生數 (表4-2-11): students, each 學號
/// counted once across the academic year's files.
public enum TechnologyCourseStudents {
    public static func programming(_ files: [TableFile], year: Int) -> ComputedFigure {
        students(files, year: year, field: "programming", course: .programming, measureID: "5-3")
    }

    public static func microProgram(_ files: [TableFile], year: Int) -> ComputedFigure {
        students(files, year: year, field: "micro_program", course: .microProgram, measureID: "5-4")
    }

    static func students(_ files: [TableFile], year: Int, field: String, course: CourseKind, measureID: String) -> ComputedFigure {
        var tally = Tally(files)
        var seen: [String: SourceLocation] = [:]
        for (_, row) in tally.rows {
            guard row.flag(field) else {
                tally.exclude(row, .courseNotTaken(course))
                continue
            }
            tally.countOnce(row, key: row["student_id"], seen: &seen, what: .student)
        }
        return tally.figure(measureID, year: year)
    }
}
