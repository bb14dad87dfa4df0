/// 7-2 學生達各級CEFR能力情形 (表4-8-3): 人次 per CEFR level, English and other languages apart.
/// 客語, 原住民語, 華語 and 閩南語 are not foreign languages and are not counted; nor is a result
/// below A1. The figure is the total over both groups and all levels.
public enum CEFRLevels {
    public static let measureID = "7-2"
    /// The two groups the ministry reports apart.
    static let english = "english"
    static let otherLanguages = "other-languages"

    /// The languages the ministry excludes, and the other spellings an export may use for them.
    public static let excludedLanguages: [String: String] = [
        "客語": "客語", "客家語": "客語",
        "原住民語": "原住民語", "原住民族語": "原住民語", "族語": "原住民語",
        "華語": "華語", "中文": "華語", "國語": "華語",
        "閩南語": "閩南語", "臺語": "閩南語", "台語": "閩南語", "臺灣台語": "閩南語", "台灣閩南語": "閩南語",
    ]
    static let englishSpellings: Set<String> = ["英語", "英文", "ENGLISH"]

    public static func compute(_ files: [TableFile], year: Int, conversions: CEFRConversionTable = .empty) -> ComputedFigure {
        var tally = Tally(files)
        var counts: [String: [String: Int]] = [english: [:], otherLanguages: [:]]
        for (file, row) in tally.rows {
            if let excluded = excludedLanguages[row["language"]] {
                tally.exclude(row, .languageNotForeign(language: excluded))
                continue
            }
            guard tally.isInPeriod(row, of: file) else { continue }
            var level = row["cefr"]
            var conversion: RowReason?
            let score = row["score"].uppercased()
            if level.isEmpty && CEFRLevel.all.contains(score) {
                level = score // the result is a CEFR level already (BESTEP reports them)
            } else if level.isEmpty && !score.isEmpty, let converted = conversions.level(test: row["test"], result: row["score"]) {
                level = converted.level
                conversion = .cefrConverted(test: converted.test.name, result: row["score"], level: level)
            } else if level.isEmpty && !score.isEmpty && conversions.test(named: row["test"]) == nil {
                tally.exclude(row, .cefrTestUnknown(test: row["test"], file: conversions.file))
                continue
            }
            guard !level.isEmpty else {
                tally.exclude(row, .belowA1)
                continue
            }
            let group = englishSpellings.contains(row["language"].uppercased()) ? english : otherLanguages
            counts[group]![level, default: 0] += 1
            tally.count(row, note: conversion ?? .cefrLevel(english: group == english, level: level))
        }
        let breakdowns = [english, otherLanguages].map { group in
            FigureBreakdown(dimension: .term("plan-breakdown-\(group)"),
                            items: CEFRLevel.all.map { BreakdownItem(.text($0), Double(counts[group]![$0] ?? 0)) })
        }
        return tally.figure(measureID, year: year, breakdowns: breakdowns)
    }
}
