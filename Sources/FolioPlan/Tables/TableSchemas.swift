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
        TableField("category", "證照類別", aliases: ["證照類別(級別)", "證照種類"]),
        TableField("issuer", "發證單位"),
        TableField("date", "取得日期", .date),
    ])

    public static let languageTests = TableSchema(id: "4-8-3", name: "學生外語證照資料表", fields: [
        TableField("student_id", "學號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("department", "系所名稱"),
        TableField("language", "語言別", required: true, aliases: ["語言", "語種"]),
        TableField("test", "檢定名稱", required: true, aliases: ["考試名稱", "語言檢定名稱", "證照名稱"]),
        TableField("score", "級數或分數", aliases: ["級數", "分數", "成績"]),
        TableField("cefr", "CEFR等級", .cefr, aliases: ["CEFR對應等級", "CEFR"]),
        TableField("date", "取得日期", .date),
    ])

    public static let crossDomainTypes = ["雙主修", "輔系", "學分學程", "其他", "校際選課"]

    public static let crossDomain = TableSchema(id: "4-6", name: "在學學生修輔系、雙主修、修學程及修校際選課人次資料表", fields: [
        TableField("student_id", "學號", required: true, personal: true),
        TableField("name", "姓名", personal: true),
        TableField("sex", "性別", .sex, required: true),
        TableField("department", "系所名稱"),
        TableField("type", "修讀類別", .choice(crossDomainTypes), required: true,
                   spellings: ["學程": "學分學程", "校際": "校際選課", "輔修": "輔系"]),
        TableField("program", "修讀名稱"),
    ])

    public static let degrees = ["博士班", "碩士班", "碩士在職專班", "四技", "二技", "學士班", "二專", "五專", "學士後"]

    /// 學制 as the school systems spell it: `四技進修部`, `學士`, `碩士在職`; `四技(日)` and
    /// code-and-label cells (`B 學士`) are read without the note or the code.
    public static let degreeSpellings: [String: String] = [
        "博士": "博士班", "碩士": "碩士班", "學士": "學士班", "碩士在職": "碩士在職專班", "在職專班": "碩士在職專班",
        "四技日間部": "四技", "四技進修部": "四技", "二技日間部": "二技", "二技進修部": "二技",
        "二專日間部": "二專", "二專進修部": "二專", "五專日間部": "五專", "四年制": "四技", "二年制": "二技",
        "學士後多元專長": "學士後", "學士後學位學程": "學士後", "學士後系": "學士後",
    ]

    public static let divisionSpellings: [String: String] = [
        "日": "日間部", "日間": "日間部", "D": "日間部",
        "夜": "進修部", "職": "進修部", "進修": "進修部", "夜間部": "進修部", "進修學院": "進修部", "進修學校": "進修部", "N": "進修部",
    ]

    /// Who a row of 表4-2 counts: 8-1 leaves out foreign students, 延畢生 and 休學生 where an export marks them.
    public static let studentStatuses = ["一般生", "外籍生", "延畢生", "休學生"]

    /// The wide 表4-2 download: one column per grade and sex, 延修生 (students past their years) last.
    static let grades = ["一年級", "二年級", "三年級", "四年級", "五年級", "六年級", "七年級"]
    static func wideColumns(_ sex: String) -> [String] { (grades + ["延修生"]).map { $0 + sex } }

    public static let enrolment = TableSchema(id: "4-2", name: "各年級實際在學學生人數", fields: [
        TableField("department_code", "系所代碼"),
        TableField("department", "系所名稱", required: true),
        TableField("field_code", "學科標準分類代碼", .fieldCode, required: true),
        TableField("degree", "學制", .choice(degrees), required: true, aliases: ["學制別", "學制名稱"], spellings: degreeSpellings),
        TableField("division", "部別", .choice(["日間部", "進修部"]), aliases: ["日夜別", "部別名稱"], spellings: divisionSpellings),
        TableField("grade", "年級"),
        TableField("status", "學籍狀態", .choice(studentStatuses), aliases: ["學生身分", "身分別"],
                   spellings: ["本國生": "一般生", "在學": "一般生", "在學生": "一般生", "外國學生": "外籍生", "外國生": "外籍生",
                               "延修生": "延畢生", "延長修業": "延畢生", "休學": "休學生"]),
        TableField("male", "男生數", .count, required: true, aliases: ["男"]),
        TableField("female", "女生數", .count, required: true, aliases: ["女"]),
        TableField("delayed_male", "延修生男生數", .count),
        TableField("delayed_female", "延修生女生數", .count),
        TableField("interns", "全學年校外實習人數", .count, aliases: ["全學年校外實習學生數"]),
    ], columnGroups: [
        ColumnGroup(field: "male", headers: wideColumns("男生")),
        ColumnGroup(field: "female", headers: wideColumns("女生")),
        ColumnGroup(field: "delayed_male", headers: ["延修生男生"]),
        ColumnGroup(field: "delayed_female", headers: ["延修生女生"]),
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
        TableField("employment", "專兼任", .choice(["專任", "兼任"]), required: true, aliases: ["專兼任別"],
                   spellings: ["專任教師": "專任", "兼任教師": "兼任", "專": "專任", "兼": "兼任"]),
        TableField("rank", "職級"),
        TableField("industry_study", "完成半年產業研習或研究", .flag, required: true),
    ])

    public static let projects = TableSchema(id: "1-8", name: "教師承接政府部門計畫案、產學計畫案及技術服務案資料表", fields: [
        TableField("project_id", "計畫編號", required: true),
        TableField("title", "計畫名稱", required: true),
        TableField("leader", "計畫主持人", personal: true, aliases: ["主持人", "教師姓名"]),
        TableField("role", "工作類別", .choice(projectRoles), spellings: [
            "計畫主持人": principalInvestigator, "共同(協同)主持人": coInvestigator, "共同（協同）主持人": coInvestigator,
            "協同主持人": coInvestigator, "共同計畫主持人": coInvestigator,
        ]),
        TableField("kind", "計畫類別", .choice(projectKinds), spellings: [
            "產學合作計畫案": "產學合作計畫", "產學計畫案": "產學合作計畫", "產學合作案": "產學合作計畫",
            "政府部門計畫案": "政府部門計畫", "技術服務": "技術服務案", "校內計畫": "校內補助案", "校內補助計畫": "校內補助案",
        ]),
        TableField("funding", "經費狀況", .choice(fundingStates), spellings: [
            "核定": originalFunding, "增加經費": "變更-增加經費", "變更－增加經費": "變更-增加經費", "追加經費": "變更-增加經費",
            "刪減經費": "變更-刪減經費", "變更－刪減經費": "變更-刪減經費", "減少經費": "變更-刪減經費",
        ]),
        TableField("amount", "核定金額", .count, required: true, aliases: ["核定金額(元)", "計畫金額(元)", "計畫金額"],
                   optionalWhen: FieldValue("role", coInvestigator)),
        TableField("start", "計畫起始日期", .date, aliases: ["計畫開始日期", "起始日期"]),
    ])

    public static let principalInvestigator = "主持人"
    public static let coInvestigator = "共同主持人"
    public static let projectRoles = [principalInvestigator, coInvestigator]
    /// 表1-8's project types; 校內補助案 is the school's own money, not an industry project (11-2).
    public static let projectKinds = ["產學合作計畫", "政府部門計畫", "技術服務案", "校內補助案"]
    public static let nonIndustryKinds: Set<String> = ["校內補助案"]
    public static let originalFunding = "原核定"
    public static let fundingStates = [originalFunding, "變更-增加經費", "變更-刪減經費"]

    public static let patents = TableSchema(id: "1-12", name: "教師專利/新品種資料表", fields: [
        TableField("patent_no", "專利證書號", required: true, aliases: ["證書字號", "專利證號"],
                   optionalWhen: FieldValue("status", "申請中")),
        TableField("title", "專利名稱", required: true),
        TableField("status", "進度狀況", .choice(patentStates), spellings: [
            "核准": patentGranted, "獲證": patentGranted, "已獲證": patentGranted, "核准公告": patentGranted,
            "申請": "申請中", "審查中": "申請中",
        ]),
        TableField("inventor", "發明人", personal: true),
        TableField("country", "國別"),
        TableField("kind", "專利類別"),
        TableField("date", "獲證日期", .date),
    ])

    public static let patentGranted = "已核准"
    public static let patentStates = [patentGranted, "申請中"]

    public static let transfers = TableSchema(id: "1-16", name: "教師技術移轉或授權資料表", fields: [
        TableField("contract_no", "契約編號", required: true),
        TableField("title", "技術名稱", required: true),
        TableField("teacher", "主持教師", personal: true),
        TableField("licensee", "授權對象"),
        TableField("amount", "授權金額", .count),
        TableField("date", "簽約日期", .date),
    ])
}
