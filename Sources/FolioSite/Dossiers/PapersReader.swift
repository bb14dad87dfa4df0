import FolioCore
import FolioPromotion
import Foundation

/// Reads `papers.csv`, one paper per row, checking every value and reporting it at its cell.
struct PapersReader {
    let sink: DiagnosticSink

    static let required = ["date", "title", "journal", "type", "author_position", "index"]
    static let optional = ["corresponding", "equal_contribution", "percentile", "impact_factor", "university_name",
                           "rank_held", "representative", "claimed_points"]

    func read(_ table: CSVTable) -> [Paper] {
        let header = table.header
        let known = PapersReader.required + PapersReader.optional
        var columnOK = true
        for (index, name) in header.enumerated() where !known.contains(name) {
            var message = "unknown column '\(name)'"
            if let guess = known.closestMatch(to: name) { message += "; did you mean '\(guess)'?" }
            else { message += "; the columns are \(known.joined(separator: ", "))" }
            sink.error(SourceLocation(file: table.file, line: table.headerLine, column: columnStart(table, index)), message)
            columnOK = false
        }
        for name in PapersReader.required where !header.contains(name) {
            sink.error(SourceLocation(file: table.file, line: table.headerLine, column: 1), "the header has no '\(name)' column; add it (see the README, Dossiers)")
            columnOK = false
        }
        for (index, name) in header.enumerated() where header[..<index].contains(name) {
            sink.error(SourceLocation(file: table.file, line: table.headerLine, column: columnStart(table, index)), "column '\(name)' appears twice; keep one")
            columnOK = false
        }
        guard columnOK else { return [] }
        // Each column's place, found once per file rather than once per cell (issue 15); the names are unique here.
        let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return table.rows.compactMap { read($0, table: table, columns: columns) }
    }

    private func columnStart(_ table: CSVTable, _ index: Int) -> Int {
        // The header row is not kept as a Row; recompute from the names (no quoting in headers).
        table.header.prefix(index).reduce(1) { $0 + $1.count + 1 }
    }

    private func read(_ row: CSVTable.Row, table: CSVTable, columns: [String: Int]) -> Paper? {
        let header = table.header
        if row.fields.count != header.count {
            sink.error(SourceLocation(file: table.file, line: row.line, column: 1),
                       "this row has \(row.fields.count) fields but the header has \(header.count); quote values that contain commas and fill every column")
            return nil
        }
        var failed = false
        func cell(_ name: String) -> (String, SourceLocation)? {
            guard let index = columns[name] else { return nil }
            return (row.fields[index], table.location(row, column: index))
        }
        func fail(_ location: SourceLocation, _ message: String) {
            sink.error(location, message)
            failed = true
        }
        func text(_ name: String) -> String? {
            guard let (value, location) = cell(name) else { return nil }
            if value.isEmpty { fail(location, "'\(name)' is empty; fill it in"); return nil }
            return value
        }
        func bool(_ name: String) -> Bool? {
            guard let (value, location) = cell(name), !value.isEmpty else { return nil }
            switch value.lowercased() {
            case "y", "yes", "true", "1", "是", "v", "✓": return true
            case "n", "no", "false", "0", "否": return false
            default: fail(location, "'\(name)' must be yes or no, found '\(value)'"); return nil
            }
        }
        func number(_ name: String) -> (Decimal, SourceLocation)? {
            guard let (value, location) = cell(name), !value.isEmpty else { return nil }
            guard let number = Decimal(exactlyWritten: value) else {
                fail(location, "'\(name)' must be a number, found '\(value)'")
                return nil
            }
            return (number, location)
        }

        let date: RocDate? = text("date").flatMap { value in
            if let date = RocDate(parsing: value) { return date }
            fail(cell("date")!.1, "'\(value)' is not a date; write it as 115/07/09, 115.07.09, 1150709 or 2026-07-09")
            return nil
        }
        let title = text("title")
        let journal = text("journal")
        let type: PaperType? = text("type").flatMap { value in
            if let type = PaperType(rawValue: value) { return type }
            let choices = PaperType.allCases.map(\.rawValue)
            var message = "unknown paper type '\(value)'; use one of \(choices.joined(separator: ", "))"
            if let guess = choices.closestMatch(to: value) { message = "unknown paper type '\(value)'; did you mean '\(guess)'?" }
            fail(cell("type")!.1, message)
            return nil
        }
        let position: Int? = text("author_position").flatMap { value in
            guard let n = Int(value), n >= 1 else {
                fail(cell("author_position")!.1, "author position must be a whole number from 1 (first author), found '\(value)'")
                return nil
            }
            return n
        }
        let corresponding = bool("corresponding") ?? false
        var equal = 1
        if let (value, location) = number("equal_contribution") {
            if value < 1 || value != value.rounded(0) {
                fail(location, "equal-contribution group size must be a whole number from 1 (1 or empty: no equal contribution), found \(value.pointsText)")
            } else if let problem = RecordBounds.problem(value, "equal_contribution", of: "this paper", maximum: RecordBounds.count,
                                                         what: "a number of authors", at: location) {
                fail(location, problem.message)
            } else {
                equal = NSDecimalNumber(decimal: value).intValue
            }
        }
        var percentile: Decimal?
        if let (value, location) = number("percentile") {
            if value < 0 || value > 100 {
                fail(location, "percentile \(value.pointsText) is outside 0–100; write the journal's rank in its field as a percentage (smaller is better)")
            } else {
                percentile = value
            }
        }
        var impact: Decimal?
        if let (value, location) = number("impact_factor") {
            if value < 0 { fail(location, "impact factor cannot be negative, found \(value.pointsText)") } else { impact = value }
        }
        let index: PaperIndex? = text("index").flatMap { value in
            if let index = PaperIndex(rawValue: value.uppercased()) { return index }
            fail(cell("index")!.1, "unknown index '\(value)'; use one of \(PaperIndex.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        let university = bool("university_name") ?? true
        var rankHeld: Rank?
        if let (value, location) = cell("rank_held"), !value.isEmpty {
            rankHeld = Rank(word: value)
            if rankHeld == nil { fail(location, "'\(value)' is not a rank; use lecturer, assistant_professor, associate_professor or professor (講師、助理教授、副教授、教授)") }
        }
        let representative = bool("representative") ?? false
        var claimed: Decimal?
        if let (value, location) = number("claimed_points") {
            if value < 0 || value > RecordBounds.points {
                fail(location, "claimed points must be 0 to \(RecordBounds.points.pointsText), found \(value.pointsText); write the points the applicant's 自評 gives this paper")
            } else {
                claimed = value
            }
        }
        guard !failed, let date, let title, let journal, let type, let position, let index else { return nil }
        var paper = Paper(date: date, title: title, journal: journal, type: type, authorPosition: position, corresponding: corresponding,
                          equalContribution: equal, percentile: percentile, impactFactor: impact, index: index,
                          underUniversityName: university, rankHeld: rankHeld, representative: representative,
                          location: SourceLocation(file: table.file, line: row.line, column: 1))
        paper.claimedPoints = claimed
        return paper
    }
}
