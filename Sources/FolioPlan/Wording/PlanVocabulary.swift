import FolioCore

/// The words of the school-database exports that a figure's notes repeat (學制, 學籍狀態, 性別,
/// 修讀類別, 計畫類別, 專利進度, 語言): each known word has a label key `plan-word-<code>`, so an
/// English page says "doctoral programme" where the export says 博士班. A word Folio does not
/// know (a school's own spelling kept by `values:`) stays school data, shown as written.
public enum PlanVocabulary {
    /// Export word → code of its label key.
    public static let codes: [String: String] = [
        // 學制 (表4-2)
        "博士班": "doctoral", "碩士班": "master", "碩士在職專班": "executive-master", "四技": "four-year-bachelor",
        "二技": "two-year-bachelor", "學士班": "bachelor", "二專": "two-year-associate", "五專": "five-year-associate",
        "學士後": "post-baccalaureate",
        // 學籍狀態 (表4-2)
        "一般生": "regular-student", "外籍生": "foreign-student", "延畢生": "extended-student", "休學生": "student-on-leave",
        // 性別
        "男": "male", "女": "female",
        // 修讀類別 (表4-6)
        "雙主修": "double-major", "輔系": "minor", "學分學程": "credit-program", "其他": "other-type", "校際選課": "inter-school",
        // 計畫類別 (表1-8)
        "產學合作計畫": "industry-project", "政府部門計畫": "government-project", "技術服務案": "technical-service",
        "校內補助案": "internal-grant",
        // 專利進度 (表1-12)
        "已核准": "granted", "申請中": "pending",
        // Languages the ministry does not count as foreign (表4-8-3)
        "客語": "hakka", "原住民語": "indigenous-languages", "華語": "mandarin", "閩南語": "taiwanese",
        // 聘任類別 (表1-1)
        "專任": "full-time", "兼任": "part-time",
    ]

    /// The word as a term when Folio knows it, else as school data.
    public static func term(_ word: String) -> WordingValue {
        codes[word].map { .term("plan-word-\($0)") } ?? .text(word)
    }
}
