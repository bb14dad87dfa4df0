/// The school-database tables Folio reads, with each field's default export header.
///
/// The defaults follow the headers of the ministry's 校務資料庫 exports; a school whose export
/// names a column differently maps it in `content/tables.yaml` (README, "Tables").
public enum TableSchemas {
    public static let all: [TableSchema] = [
        competitions, certificates, languageTests, crossDomain, enrolment, technologyCourses,
        courseStructure, professionalEnglish, teachers, projects, patents, transfers,
    ]

    public static func schema(_ id: String) -> TableSchema? { all.first { $0.id == id } }

    public static let competitions = TableSchema(id: "4-8-1", name: "學生參與競賽資料表", fields: [
        TableField("student_id", "學號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("department", "系所名稱"),
        TableField("competition", "競賽名稱", required: true),
        TableField("award", "獲獎名次"),
        TableField("date", "獲獎日期", .date),
    ])

    public static let certificates = TableSchema(id: "4-8-2", name: "學生技術證照資料表", fields: [
        TableField("student_id", "學號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("department", "系所名稱"),
        TableField("certificate", "證照名稱", required: true),
        TableField("level", "證照級別"),
        TableField("issuer", "發證單位"),
        TableField("date", "取得日期", .date),
    ])

    public static let languageTests = TableSchema(id: "4-8-3", name: "學生外語證照資料表", fields: [
        TableField("student_id", "學號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("department", "系所名稱"),
        TableField("language", "語言別", required: true),
        TableField("test", "檢定名稱", required: true),
        TableField("score", "級數或分數"),
        TableField("cefr", "CEFR等級", .cefr),
        TableField("date", "取得日期", .date),
    ])

    public static let crossDomainTypes = ["雙主修", "輔系", "學分學程", "其他", "校際選課"]

    public static let crossDomain = TableSchema(id: "4-6", name: "在學學生修輔系、雙主修、修學程及修校際選課人次資料表", fields: [
        TableField("student_id", "學號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("sex", "性別", .sex, required: true),
        TableField("department", "系所名稱"),
        TableField("type", "修讀類別", .choice(crossDomainTypes), required: true),
        TableField("program", "修讀名稱"),
    ])

    public static let degrees = ["博士班", "碩士班", "碩士在職專班", "四技", "二技", "二專", "五專", "學士後"]

    public static let enrolment = TableSchema(id: "4-2", name: "各年級實際在學學生人數", fields: [
        TableField("department_code", "系所代碼"),
        TableField("department", "系所名稱", required: true),
        TableField("field_code", "學科標準分類代碼", .fieldCode, required: true),
        TableField("degree", "學制", .choice(degrees), required: true),
        TableField("division", "部別", .choice(["日間部", "進修部"])),
        TableField("grade", "年級"),
        TableField("male", "男生數", .count, required: true),
        TableField("female", "女生數", .count, required: true),
    ])

    public static let technologyCourses = TableSchema(id: "4-2-11", name: "學生修讀科技相關課程情形資料表", fields: [
        TableField("student_id", "學號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("department", "系所名稱"),
        TableField("programming", "曾修讀程式設計課程", .flag, required: true),
        TableField("micro_program", "曾修讀數位科技微學程", .flag, required: true),
    ])

    public static let courseStructure = TableSchema(id: "3-5", name: "實際開課結構統計表", fields: [
        TableField("course_id", "課程代碼", required: true),
        TableField("course", "課程名稱", required: true),
        TableField("department", "開課系所"),
        TableField("teacher_id", "教師編號", required: true, personal: true),
        TableField("teacher", "授課教師", personal: true),
        TableField("male", "修課男生數", .count, required: true),
        TableField("female", "修課女生數", .count, required: true),
        TableField("innovative", "創新教學課程", .flag),
        TableField("stem", "STEM領域課程", .flag),
        TableField("entrepreneurship", "創新創業課程", .flag),
    ])

    public static let professionalEnglish = TableSchema(id: "15-17", name: "專業英語課程辦理情形資料表", fields: [
        TableField("course_id", "課程代碼", required: true),
        TableField("course", "課程名稱", required: true),
        TableField("department", "開課系所"),
        TableField("teacher", "授課教師", personal: true),
        TableField("category", "課程類別", required: true),
    ])

    public static let teachers = TableSchema(id: "1-1", name: "教師基本資料表", fields: [
        TableField("teacher_id", "教師編號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("department", "系所名稱"),
        TableField("employment", "專兼任", .choice(["專任", "兼任"]), required: true),
        TableField("rank", "職級"),
        TableField("industry_study", "完成半年產業研習或研究", .flag, required: true),
    ])

    public static let projects = TableSchema(id: "1-8", name: "教師承接政府部門計畫案、產學計畫案及技術服務案資料表", fields: [
        TableField("project_id", "計畫編號", required: true),
        TableField("title", "計畫名稱", required: true),
        TableField("leader", "計畫主持人", personal: true),
        TableField("kind", "計畫類別"),
        TableField("amount", "核定金額", .count, required: true),
        TableField("start", "計畫起始日期", .date),
    ])

    public static let patents = TableSchema(id: "1-12", name: "教師專利/新品種資料表", fields: [
        TableField("patent_no", "專利證書號", required: true),
        TableField("title", "專利名稱", required: true),
        TableField("inventor", "發明人", personal: true),
        TableField("country", "國別"),
        TableField("kind", "專利類別"),
        TableField("date", "獲證日期", .date),
    ])

    public static let transfers = TableSchema(id: "1-16", name: "教師技術移轉或授權資料表", fields: [
        TableField("contract_no", "契約編號", required: true),
        TableField("title", "技術名稱", required: true),
        TableField("teacher", "主持教師", personal: true),
        TableField("licensee", "授權對象"),
        TableField("amount", "授權金額", .count),
        TableField("date", "簽約日期", .date),
    ])
}
