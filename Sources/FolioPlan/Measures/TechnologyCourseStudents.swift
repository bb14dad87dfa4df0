import FolioCore

/// 5-3 曾修讀程式設計課程學生數 and 5-4 曾修讀數位科技微學程學生數 (表4-2-11): students, each 學號
/// counted once across the academic year's files.
public enum TechnologyCourseStudents {
    public static func programming(_ files: [TableFile], year: Int) -> ComputedFigure {
        students(files, year: year, field: "programming", course: "程式設計課程", measureID: "5-3")
    }

    public static func microProgram(_ files: [TableFile], year: Int) -> ComputedFigure {
        students(files, year: year, field: "micro_program", course: "數位科技微學程", measureID: "5-4")
    }

    static func students(_ files: [TableFile], year: Int, field: String, course: String, measureID: String) -> ComputedFigure {
        var tally = Tally(files)
        var seen: [String: SourceLocation] = [:]
        for (_, row) in tally.rows {
            guard row.flag(field) else {
                tally.exclude(row, "未修讀\(course)")
                continue
            }
            tally.countOnce(row, key: row["student_id"], seen: &seen, what: "學生")
        }
        return tally.figure(measureID, year: year, rule: "曾修讀\(course)之學生，依學號計，同一學生僅計1人。")
    }
}
