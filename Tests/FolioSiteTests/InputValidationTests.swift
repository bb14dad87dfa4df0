import FolioCore
import FolioTestSupport
import Foundation
import Testing
@testable import FolioSite

/// Hardening (issue 9, items 10, 11, 14, 16, 17): bad values and bad bytes in the example content
/// get their exact error at their place, through the real loader or the `folio` binary.
@Suite struct InputValidationTests {
    static let controlFix = "it is invisible in most editors, so delete the text around it and type it again (tab and line breaks are the only control characters allowed)"

    /// The example with one edit; the sorted diagnostics of `folio check`, as descriptions.
    func check(_ edit: (Workspace) throws -> Void) throws -> [String] {
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        try edit(workspace)
        return workspace.check().sortedForReading().map(\.description)
    }

    func replace(_ workspace: Workspace, _ file: String, _ old: String, with new: String) throws {
        let text = try workspace.read(file)
        #expect(text.contains(old), "fixture drift: \(file) no longer contains \(old)")
        try workspace.write(file, text.replacingOccurrences(of: old, with: new))
    }

    // MARK: Item 10: ranges

    @Test func aNegativeHeadCountTargetIsAnError() throws {
        // 2-2 counts 人 (a head count). 02.yaml line 12: `    targets: {114: 3, 115: -5, 116: 5}`, -5 at column 28.
        let found = try check { try replace($0, "content/indicators/02.yaml", "115: 4,", with: "115: -5,") }
        #expect(found == [
            "content/indicators/02.yaml:12:28: error: the 115 target of 2-2 (-5) does not rise above the 114 target (3); targets must improve year on year (P1): set it to more than 3",
            "content/indicators/02.yaml:12:28: error: the 115 target of 2-2 is -5, but 2-2 counts 人, which cannot be negative: write the count (0 or more)",
        ])
    }

    @Test func aPercentageAbove100IsAnError() throws {
        // 2-1 is in %. 02.yaml line 7: `    baseline: 138.5`, the value at column 15.
        let found = try check { try replace($0, "content/indicators/02.yaml", "baseline: 38.5", with: "baseline: 138.5") }
        // The first target (41 on line 8, column 20) then also fails to rise above the baseline: P1's warning.
        #expect(found == [
            "content/indicators/02.yaml:7:15: error: the 113 baseline of 2-1 is 138.5 %, outside 0–100: write the percentage itself, e.g. 38.5 for 38.5 %",
            "content/indicators/02.yaml:8:20: warning: the 114 target of 2-1 (41) does not rise above the 113 baseline (138.5); targets must improve year on year (P1): set it to more than 138.5",
        ])
    }

    @Test func aHugeDossierCountIsAnErrorNotAScore() throws {
        // dossier.yaml line 49: `    - {item: plan_subproject_pi, …, count: 9223372036854775807, …}`; the record's mapping opens at column 7.
        let found = try check {
            try replace($0, "content/dossiers/115-1/lin-yijun/dossier.yaml", "semester: 112-1, count: 2, note: 深耕",
                        with: "semester: 112-1, count: 9223372036854775807, note: 深耕")
        }
        #expect(found == [
            "content/dossiers/115-1/lin-yijun/dossier.yaml:49:7: error: 'count' of teaching item 'plan_subproject_pi' is 9223372036854775807, beyond the bound of 10,000 for how many times; correct it (0 to 10,000)",
        ])
    }

    @Test func aHugeEqualContributionGroupIsAnError() throws {
        // papers.csv row 2, equal_contribution (the 7th field) at column 137: 99999 authors.
        let file = "content/dossiers/115-1/lin-yijun/papers.csv"
        let found = try check { try replace($0, file, "original,1,no,,8,4.2", with: "original,1,no,99999,8,4.2") }
        let row = try String(contentsOfFile: Workspace.packageRoot.appendingPathComponent("content/dossiers/115-1/lin-yijun/papers.csv").path, encoding: .utf8)
            .split(separator: "\n")[1]
        let column = row.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false).prefix(6).reduce(1) { $0 + $1.count + 1 }
        #expect(found == [
            "\(file):2:\(column): error: 'equal_contribution' of this paper is 99999, beyond the bound of 10,000 for a number of authors; correct it (0 to 10,000)",
        ])
    }

    // MARK: Item 11: control characters and stray byte-order marks

    @Test func aNulInACSVCellIsReportedAtItsColumnByHeader() throws {
        // 4-8-1_114-1.csv line 2: `B11123068,簡皓琪,…`; the NUL after 簡 is at column 12, in 姓名.
        let found = try check { try replace($0, "content/tables/4-8-1_114-1.csv", "B11123068,簡", with: "B11123068,簡\u{0}") }
        #expect(found == ["content/tables/4-8-1_114-1.csv:2:12: error: a NUL character (U+0000) in the column '姓名' is not allowed in text; \(Self.controlFix)"])
    }

    @Test func aByteOrderMarkStartingADataRowIsAnError() throws {
        let found = try check { try replace($0, "content/tables/4-8-1_114-1.csv", "\nB11121500,", with: "\n\u{FEFF}B11121500,") }
        #expect(found == [
            "content/tables/4-8-1_114-1.csv:3:1: error: a byte-order mark (U+FEFF) in the column '學號' is not allowed in text; a byte-order mark may only begin a file (this one usually comes from joining two files): delete it",
        ])
    }

    @Test func aNulInAPaperTitleIsAnError() throws {
        // papers.csv line 2: `111/03/10,Rapid…`; the title starts at column 11, the NUL after "Rapid" is at 16.
        let found = try check { try replace($0, "content/dossiers/115-1/lin-yijun/papers.csv", ",Rapid detection", with: ",Rapid\u{0} detection") }
        #expect(found == ["content/dossiers/115-1/lin-yijun/papers.csv:2:16: error: a NUL character (U+0000) in the column 'title' is not allowed in text; \(Self.controlFix)"])
    }

    @Test func controlCharactersInYAMLAndMarkdownAreErrors() throws {
        // 02.yaml line 6: `    responsible_unit: 人事室`, the NUL after 人 at column 24; an escape opens the narrative 2-3;
        // a bell on line 5 column 2 of a page; a NUL opening a dossier's statement.
        let found = try check { workspace in
            try replace(workspace, "content/indicators/02.yaml", "responsible_unit: 人事室\n    baseline: 38.5", with: "responsible_unit: 人\u{0}事室\n    baseline: 38.5")
            try workspace.write("content/narratives/2-3.md", "\u{1B}[31m" + (try workspace.read("content/narratives/2-3.md")))
            try workspace.write("content/pages/news.md", "---\ntitle: 消息\n---\n\n鈴\u{7}聲\n")
            try workspace.write("content/dossiers/115-1/lin-yijun/statement.md", "\u{0}" + (try workspace.read("content/dossiers/115-1/lin-yijun/statement.md")))
        }
        #expect(found == [
            "content/dossiers/115-1/lin-yijun/statement.md:1:1: error: a NUL character (U+0000) is not allowed in text; \(Self.controlFix)",
            "content/indicators/02.yaml:6:24: error: a NUL character (U+0000) is not allowed in text; \(Self.controlFix)",
            "content/narratives/2-3.md:1:1: error: an escape character (U+001B) is not allowed in text; \(Self.controlFix)",
            "content/pages/news.md:5:2: error: the control character U+0007 is not allowed in text; \(Self.controlFix)",
        ])
    }

    @Test func aFileFullOfControlCharactersGetsTenErrorsAndACount() throws {
        // 12 NULs in a comment on line 1 (columns 3–14): the first 10 are listed, then "2 more" at the 11th (column 13).
        let found = try check { workspace in
            try workspace.write("content/indicators/02.yaml", "# " + String(repeating: "\u{0}", count: 12) + "\n" + (try workspace.read("content/indicators/02.yaml")))
        }
        #expect(found.count == 11)
        #expect(found.first == "content/indicators/02.yaml:1:3: error: a NUL character (U+0000) is not allowed in text; \(Self.controlFix)")
        #expect(found.last == "content/indicators/02.yaml:1:13: error: 2 more control characters or byte-order marks follow in this file; delete them all (is it a text file saved as UTF-8?)")
    }

    @Test func nulAndBOMBytesNeverReachAnyOutputFile() throws {
        // A good build, then a build with a NUL in a table cell, a paper title, a YAML value and a narrative,
        // and a BOM starting a data row: it fails, says so without the bytes, and leaves every output file as it was.
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let first = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(first.status == 0, "\(first.stderr)")
        let before = workspace.snapshot("site")
        try replace(workspace, "content/tables/4-8-1_114-1.csv", "B11123068,簡", with: "B11123068,簡\u{0}")
        try replace(workspace, "content/tables/4-8-1_114-1.csv", "\nB11121500,", with: "\n\u{FEFF}B11121500,")
        try replace(workspace, "content/dossiers/115-1/lin-yijun/papers.csv", ",Rapid detection", with: ",Rapid\u{0} detection")
        try replace(workspace, "content/indicators/02.yaml", "responsible_unit: 人事室\n    baseline: 38.5", with: "responsible_unit: 人\u{0}事室\n    baseline: 38.5")
        try workspace.write("content/narratives/2-3.md", "前\u{0}言\n" + (try workspace.read("content/narratives/2-3.md")))
        let second = try Tools.run(Tools.folio.path, ["build"], in: workspace.root)
        #expect(second.status == 1)
        #expect(second.stderr.hasSuffix("Build failed with 5 errors; site/ was not changed.\n"))
        #expect(!second.stderr.unicodeScalars.contains("\u{0}") && !second.stderr.unicodeScalars.contains("\u{FEFF}"))
        let after = workspace.snapshot("site")
        #expect(after == before)
        let bom = Data([0xEF, 0xBB, 0xBF])
        // Pagefind's index (public/pagefind/) is compressed binary, made from the pages checked here.
        // The open-data CSVs start with a BOM so that Excel reads them as UTF-8; nowhere else.
        for (path, data) in after where !path.hasPrefix("public/\(SearchIndexer.bundleFolder)/") {
            #expect(!data.contains(0), "\(path) holds a NUL byte")
            let isOpenDataCSV = path.contains("/data/") && path.hasSuffix(".csv")
            let body = isOpenDataCSV && data.starts(with: bom) ? data.dropFirst(3) : data[...]
            #expect(body.range(of: bom) == nil, "\(path) holds a byte-order mark")
        }
    }

    @Test func aControlCharacterTypedIntoANarrativeDuringPreviewIsAnError() throws {
        // The preview's quick path re-renders an edited narrative without reloading the plan; a NUL
        // (line 1, column 2) sends it down the full path, which reports it and keeps the site.
        let workspace = try Workspace()
        defer { workspace.cleanUp() }
        let session = BuildSession(options: workspace.options)
        try session.buildAll()
        let before = workspace.snapshot("site")
        try workspace.write("content/narratives/2-3.md", "前\u{0}言\n")
        do {
            try session.rebuild(changed: [workspace.path("content/narratives/2-3.md")])
            Issue.record("the rebuild succeeded")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map { workspace.relative($0).description } == [
                "content/narratives/2-3.md:1:2: error: a NUL character (U+0000) is not allowed in text; \(Self.controlFix)",
            ])
        }
        #expect(workspace.snapshot("site") == before)
    }

    // MARK: Item 14: every independent problem in one run

    @Test func aBrokenSchoolFileStillLetsTablesAndIndicatorsBeChecked() throws {
        let table = "content/tables/4-8-1_114-1.csv"
        let original = try String(contentsOfFile: Workspace.packageRoot.appendingPathComponent(table).path, encoding: .utf8)
        // The file ends with a line break, so the appended row is line (line breaks + 1).
        let appendedLine = original.unicodeScalars.filter { $0 == "\n" }.count + 1
        let found = try check { workspace in
            try replace(workspace, "content/school.yaml", "ownership: national", with: "ownership: public")
            try workspace.write(table, original + "B1,\"unclosed\n")
            try replace(workspace, "content/indicators/02.yaml", "responsible_unit: 人事室\n    baseline: 38.5", with: "responsible_units: 人事室\n    baseline: 38.5")
        }
        #expect(found == [
            "content/indicators/02.yaml:6:5: error: unknown key 'responsible_units'; did you mean 'responsible_unit'?",
            "content/school.yaml:4:14: error: 'school.ownership' must be one of 'national', 'private', found 'public'",
            "\(table):\(appendedLine):4: error: this quoted field is never closed; add the closing \" (a quote inside a field is written \"\")",
        ])
    }

    @Test func aSchoolFileThatIsNotYAMLStillLetsTablesBeChecked() throws {
        let found = try check { workspace in
            try workspace.write("content/school.yaml", (try workspace.read("content/school.yaml")) + "bogus: [\n")
            try replace(workspace, "content/tables/4-8-1_114-1.csv", "B11123068,簡", with: "B11123068,簡\u{0}")
        }
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("content/school.yaml:") == true && found.first?.contains("error: invalid YAML:") == true)
        #expect(found.last?.hasPrefix("content/tables/4-8-1_114-1.csv:2:12: error: a NUL character") == true)
    }

    @Test func aMissingPlanTitleStillLetsThePlanRulesRun() throws {
        // school.yaml line 6 `plan:` lacks 'title' (line 7 removed); 02.yaml's 115 target of 2-2 is 0 (line 12, column 28).
        let found = try check { workspace in
            try replace(workspace, "content/school.yaml", "  title: 高等教育深耕計畫（第二期）計畫書\n", with: "")
            try replace(workspace, "content/indicators/02.yaml", "115: 4,", with: "115: 0,")
        }
        #expect(found == [
            "content/indicators/02.yaml:12:28: error: the 115 target of 2-2 is 0, which the ministry does not allow (P1): set the figure the school commits to",
            "content/school.yaml:6:3: error: 'plan' is missing 'title': add the plan's title",
        ])
    }

    // MARK: Item 16: a UTF-8 file declared Big5

    @Test func aUTF8FileDeclaredBig5IsSaidToBeUTF8() throws {
        // tables.yaml line 6: `  - {file: tables/4-8-1_114-1.csv, …}`, the entry's mapping at column 5.
        let found = try check {
            try replace($0, "content/tables.yaml", "{file: tables/4-8-1_114-1.csv, table: 4-8-1, period: 114-1}",
                        with: "{file: tables/4-8-1_114-1.csv, table: 4-8-1, period: 114-1, encoding: big5}")
        }
        #expect(found == [
            "content/tables.yaml:6:5: error: content/tables/4-8-1_114-1.csv is UTF-8 text, not Big5 as its 'encoding: big5' says; remove 'encoding' from this entry (or write 'encoding: utf-8')",
        ])
    }

    // MARK: Item 17: an unclosed quote

    static let unclosedQuote = #"content/indicators/01.yaml:6:23: error: invalid YAML: this quoted value is never closed on its line; add the closing " (write \" for a quote inside it)"#

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        // 01.yaml line 6: `    responsible_unit: "教務處綜合業務組`: the quote at column 23 runs to the end of the file
        // (line 30), where libyaml fails; and indicator 1 is not then reported missing.
        let found = try check {
            try replace($0, "content/indicators/01.yaml", "responsible_unit: 教務處綜合業務組", with: "responsible_unit: \"教務處綜合業務組")
        }
        #expect(found == [Self.unclosedQuote])
    }

    @Test func anUnclosedQuoteBeforeAnotherQuotedValueIsFoundToo() throws {
        // The quote of line 6 closes at line 11's opening quote, and libyaml fails on line 11.
        let found = try check { workspace in
            try replace(workspace, "content/indicators/01.yaml", "responsible_unit: 教務處綜合業務組", with: "responsible_unit: \"教務處綜合業務組")
            try replace(workspace, "content/indicators/01.yaml", "responsible_unit: 學生事務處課外活動指導組", with: "responsible_unit: \"學生事務處課外活動指導組\"")
        }
        #expect(found == [Self.unclosedQuote])
    }

    @Test func quotesInsidePlainTextAreNotMistakenForAnOpeningQuote() {
        // `school's` and `say "hi"` are plain scalars; the unclosed quote is the one opening line 3's value.
        let text = "a: school's\nb: [x, 'y']\nc: \"open\nd: say \"hi\n"
        #expect(UnclosedQuote.candidates(in: text, upToLine: 4) == [UnclosedQuote.Found(line: 3, column: 4, mark: "\"")])
        #expect(UnclosedQuote.candidates(in: "a: 'it''s'\nb: x # don't\n", upToLine: 2) == [])
    }

    @Test func aQuotedValueSpanningLinesIsNotBlamedForALaterError() {
        // Line 1's quote legally closes on line 2; the real mistake is the list never closed on line 3,
        // which libyaml reports at the end of the file (line 4, column 1).
        let sink = DiagnosticSink()
        #expect(YAMLValue.parse("a: \"one\n  two\"\nb: [x,\n", file: "t.yaml", sink: sink) == nil)
        #expect(sink.diagnostics.map(\.description) == ["t.yaml:4:1: error: invalid YAML: did not find expected node content"])
    }
}
