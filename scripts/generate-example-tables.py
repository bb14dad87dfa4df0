#!/usr/bin/env python3
"""Generates the example institution's school-database exports (校務資料庫) in content/tables/.

The rows are fictional but plausible: students and teachers of 國立嵐山科技大學 with made-up
names, its departments, real certificate and language-test names. The figures they give for
plan year 114 are fixed below (TARGETS); the generator adjusts a few rows so the tables give
exactly those figures, and Tests/FolioSiteTests/ExampleTablesTests.swift checks them.

Deterministic (fixed seed): running it again rewrites identical files.
Some files are saved in Big5 (CP950) with CRLF line ends, as Excel on Traditional Chinese
Windows saves them; others in UTF-8 with or without a BOM. Some carry 總計 / 合計 / 小計 rows.

    python3 scripts/generate-example-tables.py        # from the repository root
"""
import csv
import io
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content")
OUT = os.path.join(ROOT, "tables")
rng = random.Random(20250801)

# What the example's 114 tables give; the plan's typed 114 actuals were these figures.
TARGETS = {
    "1-1": 1574, "1-2": 301, "2-1": (199, 500), "3-1": 155, "3-2": 7352, "4-1": 1342,
    "5-1": 5356, "5-2": 39215, "5-3": 4388, "5-4": 226, "7-1": 21, "7-2": 1138,
    "8-1": 12402,  # weighted students; 500 full-time + 120 part-time ÷ 4 = 530 teachers → 23.40
    "10-1": 42, "10-2": 2318, "11-2": 133, "11-3": 44, "11-4": 25,
}

SURNAMES = list("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴")
GIVEN = list("怡君雅婷家豪志俊宏偉佳慧淑芬玲宗翰承恩柏宇品妤詩涵軒冠廷思妍彥育誠欣瑋哲嘉琪郁昱亭維凱鈞曉萱筱晴湘鈺宜蓁彤勳皓騏瑜珮岑瀚")

# Department, 學科標準分類 code, college.
DEPARTMENTS = [
    ("機械工程系", "0715"), ("電機工程系", "0713"), ("電子工程系", "0714"), ("資訊工程系", "0613"),
    ("化學工程與材料工程系", "0711"), ("土木工程系", "0732"), ("食品科學系", "0721"), ("應用數學系", "0541"),
    ("生物科技系", "0511"), ("工業工程與管理系", "0788"),
    ("企業管理系", "0413"), ("財務金融系", "0412"), ("觀光餐旅系", "1015"), ("應用外語系", "0231"),
    ("幼兒保育系", "0922"), ("文化創意設計系", "0212"),
]
STEM_DEPTS = [d for d in DEPARTMENTS if d[1][:2] in ("05", "06", "07")]
OTHER_DEPTS = [d for d in DEPARTMENTS if d[1][:2] not in ("05", "06", "07")]

used_names = set()


def person_name():
    while True:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        if name[1] != name[2] and name not in used_names:
            used_names.add(name)
            return name


# ---------------------------------------------------------------- people
students = []  # (student_id, name, sex, department)
for index, (dept, _) in enumerate(DEPARTMENTS):
    for serial in range(700):
        entry = 111 + serial % 4
        sid = f"B{entry}{index + 10:02d}{serial:03d}"
        students.append((sid, person_name(), rng.choice("男男男女女") if (dept, _) in STEM_DEPTS else rng.choice("男女女"), dept))

teachers = []  # (teacher_id, name, department, employment, rank)
RANKS = ["教授", "副教授", "助理教授", "講師", "專業技術人員"]
for i in range(500):
    teachers.append((f"T{i + 1:04d}", person_name(), DEPARTMENTS[i % len(DEPARTMENTS)][0], "專任", rng.choice(RANKS)))
for i in range(120):
    teachers.append((f"P{i + 1:04d}", person_name(), DEPARTMENTS[i % len(DEPARTMENTS)][0], "兼任", rng.choice(["兼任講師", "兼任助理教授", "業界專家"])))
full_time = [t for t in teachers if t[3] == "專任"]


def date_in(period):
    """A random ROC date inside 114-1, 114-2 or 114年度."""
    if period == "114-1":
        y, m = rng.choice([(114, 8), (114, 9), (114, 10), (114, 11), (114, 12), (115, 1)])
    elif period == "114-2":
        y, m = 115, rng.randint(2, 7)
    else:
        y, m = 114, rng.randint(1, 12)
    return f"{y}/{m:02d}/{rng.randint(1, 28):02d}"


def split(total, parts, low=1):
    """`parts` random positive integers adding up to `total`."""
    cuts = sorted(rng.sample(range(1, total - parts * (low - 1)), parts - 1))
    values = [b - a for a, b in zip([0] + cuts, cuts + [total - parts * (low - 1)])]
    return [v + low - 1 for v in values]


def write(name, header, rows, encoding="utf-8", bom=False, crlf=True):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if crlf else "\n")
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    data = text.encode("cp950") if encoding == "big5" else (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    with open(os.path.join(OUT, name), "wb") as handle:
        handle.write(data)


# ---------------------------------------------------------------- 4-8-2 certificates (1-1)
CERTS = [
    ("機械加工乙級技術士", "乙級", "勞動部"), ("室內配線乙級技術士", "乙級", "勞動部"), ("工業電子乙級技術士", "乙級", "勞動部"),
    ("電腦軟體應用乙級技術士", "乙級", "勞動部"), ("化學乙級技術士", "乙級", "勞動部"), ("烘焙食品乙級技術士", "乙級", "勞動部"),
    ("會計事務乙級技術士", "乙級", "勞動部"), ("電腦輔助機械設計製圖乙級技術士", "乙級", "勞動部"), ("工業配線甲級技術士", "甲級", "勞動部"),
    ("iPAS AI應用規劃師（初級）", "初級", "經濟部產業發展署"), ("iPAS 資訊安全工程師（初級）", "初級", "經濟部產業發展署"),
    ("iPAS 淨零碳規劃管理師（初級）", "初級", "經濟部產業發展署"), ("Microsoft Office Specialist Excel Expert", "國際證照", "Microsoft"),
    ("Cisco CCNA", "國際證照", "Cisco"), ("AutoCAD Certified User", "國際證照", "Autodesk"), ("TQC+ 電腦輔助立體製圖", "專業級", "電腦技能基金會"),
]
THIRD = [("電腦軟體應用丙級技術士", "丙級"), ("中餐烹調丙級技術士", "丙級"), ("機械加工丙級技術士", "丙級"), ("室內配線丙級技術士", "")]


def certificate_rows(period, count, third, stray):
    rows = []
    for _ in range(count):
        s = rng.choice(students)
        cert = rng.choice(CERTS)
        rows.append([s[0], s[1], s[3], cert[0], cert[1], cert[2], date_in(period)])
    for _ in range(third):
        s = rng.choice(students)
        cert = rng.choice(THIRD)
        rows.append([s[0], s[1], s[3], cert[0], cert[1], "勞動部", date_in(period)])
    for _ in range(stray):  # filed in the wrong semester: outside the period, not counted
        s = rng.choice(students)
        cert = rng.choice(CERTS)
        rows.append([s[0], s[1], s[3], cert[0], cert[1], cert[2], "114/07/15"])
    rng.shuffle(rows)
    return rows


CERT_HEADER = ["學號", "姓名", "系所名稱", "證照名稱", "證照級別", "發證單位", "取得日期"]
first = 802
write("4-8-2_114-1.csv", CERT_HEADER, certificate_rows("114-1", first, 21, 2), encoding="big5")
rows = certificate_rows("114-2", TARGETS["1-1"] - first, 16, 0)
write("4-8-2_114-2.csv", CERT_HEADER, rows + [["總計", "", "", "", "", "", ""]], bom=True)

# ---------------------------------------------------------------- 4-8-1 competitions (1-2)
COMPETITIONS = ["TDK盃全國大專校院創思設計與製作競賽", "技職盃黑客松競賽", "全國技專校院學生實務專題製作競賽",
                "全國技能競賽", "台北國際發明暨技術交易展", "全國大專校院智慧創新暨跨域整合創作競賽", "大專校院英語簡報比賽"]
AWARDS = ["金牌", "銀牌", "銅牌", "第一名", "第二名", "第三名", "佳作", "優勝"]


def competition_rows(period, awarded, entered):
    rows = []
    for index in range(awarded + entered):
        s = rng.choice(students)
        award = rng.choice(AWARDS) if index < awarded else rng.choice(["未獲獎", "參賽", ""])
        rows.append([s[0], s[1], s[3], rng.choice(COMPETITIONS), award, date_in(period)])
    rng.shuffle(rows)
    return rows


COMP_HEADER = ["學號", "姓名", "系所名稱", "競賽名稱", "獲獎名次", "獲獎日期"]
write("4-8-1_114-1.csv", COMP_HEADER, competition_rows("114-1", 139, 41), bom=True)
write("4-8-1_114-2.csv", COMP_HEADER, competition_rows("114-2", TARGETS["1-2"] - 139, 47), crlf=False)

# ---------------------------------------------------------------- 4-8-3 language tests (7-2)
ENGLISH = [("TOEIC 多益測驗", [("350", "A2"), ("560", "B1"), ("640", "B1"), ("790", "B2"), ("950", "C1")]),
           ("全民英檢 GEPT", [("初級", "A2"), ("中級", "B1"), ("中高級", "B2")]),
           ("IELTS 雅思", [("4.5", "B1"), ("5.5", "B2"), ("7.0", "C1")]),
           ("TOEIC Bridge", [("A1級", "A1"), ("90", "A2")])]
OTHER = [("日語", "JLPT 日本語能力試驗", [("N5", "A1"), ("N4", "A2"), ("N3", "B1"), ("N2", "B2"), ("N1", "C1")]),
         ("韓語", "TOPIK 韓國語文能力測驗", [("1級", "A1"), ("2級", "A2"), ("3級", "B1")]),
         ("德語", "Goethe-Zertifikat", [("A1", "A1"), ("A2", "A2"), ("B1", "B1")]),
         ("法語", "DELF", [("A2", "A2"), ("B1", "B1")]),
         ("越南語", "越南語能力檢定", [("A級", "A1"), ("B級", "A2")])]
NON_FOREIGN = [("客語", "客語能力認證", "初級"), ("客家語", "客語能力認證", "中級"), ("閩南語", "臺灣台語認證", "A2"),
               ("臺語", "臺灣台語認證", "B1"), ("華語", "華語文能力測驗 TOCFL", "B1"), ("原住民語", "原住民族語言能力認證", "初級")]


def language_rows(period, counted, below, non_foreign):
    rows = []
    for _ in range(counted):
        s = rng.choice(students)
        if rng.random() < 0.84:
            test, levels = rng.choice(ENGLISH)
            score, level = rng.choice(levels)
            rows.append([s[0], s[1], s[3], "英語", test, score, level, date_in(period)])
        else:
            language, test, levels = rng.choice(OTHER)
            score, level = rng.choice(levels)
            rows.append([s[0], s[1], s[3], language, test, score, level, date_in(period)])
    for _ in range(below):
        s = rng.choice(students)
        rows.append([s[0], s[1], s[3], "英語", "TOEIC 多益測驗", str(rng.randint(60, 115)), "", date_in(period)])
    for _ in range(non_foreign):
        s = rng.choice(students)
        language, test, level = rng.choice(NON_FOREIGN)
        rows.append([s[0], s[1], s[3], language, test, level, "B1" if language == "華語" else "", date_in(period)])
    rng.shuffle(rows)
    return rows


LANG_HEADER = ["學號", "姓名", "系所名稱", "語言別", "檢定名稱", "級數或分數", "CEFR對應等級", "取得日期"]
write("4-8-3_114-1.csv", LANG_HEADER, language_rows("114-1", 547, 22, 19), bom=True)
write("4-8-3_114-2.csv", LANG_HEADER, language_rows("114-2", TARGETS["7-2"] - 547, 18, 23), bom=True)

# ---------------------------------------------------------------- 4-6 cross-domain learning (4-1)
PROGRAMS = {"雙主修": DEPARTMENTS, "輔系": DEPARTMENTS,
            "學分學程": [("智慧製造學分學程", ""), ("人工智慧應用學分學程", ""), ("永續能源學分學程", ""), ("數位行銷學分學程", ""), ("長期照顧學分學程", "")],
            "其他": [("跨域微學程：無人機應用", ""), ("跨域微學程：食品創業", "")],
            "校際選課": [("國立海港大學", ""), ("國立南方師範大學", "")]}


def cross_domain_rows(counts):
    rows = []
    for kind, n in counts.items():
        for _ in range(n):
            s = rng.choice(students)
            rows.append([s[0], s[1], s[2], s[3], kind, rng.choice(PROGRAMS[kind])[0]])
    rng.shuffle(rows)
    return rows


CROSS_HEADER = ["學號", "姓名", "性別", "系所名稱", "修讀類別", "修讀名稱"]
write("4-6_114-1.csv", CROSS_HEADER, cross_domain_rows({"雙主修": 44, "輔系": 131, "學分學程": 462, "其他": 29, "校際選課": 57}), crlf=False)
write("4-6_114-2.csv", CROSS_HEADER, cross_domain_rows({"雙主修": 47, "輔系": 126, "學分學程": 471, "其他": TARGETS["4-1"] - 44 - 131 - 462 - 29 - 47 - 126 - 471, "校際選課": 49}), encoding="big5")

# ---------------------------------------------------------------- 4-2 enrolment (5-1, 8-1)
WEIGHT = {"博士班": 3, "碩士班": 2, "碩士在職專班": 2}


def enrolment_rows(departments, heads):
    """Rows of (code, dept, field, degree, division, grade) with random heads adding up to `heads` (before weighting)."""
    layout = []
    for index, (dept, field) in enumerate(departments):
        code = f"{index + 10:02d}"
        for grade in range(1, 5):
            layout.append([code, dept, field, "四技", "日間部", str(grade)])
        if index % 2 == 0:
            for grade in range(1, 5):
                layout.append([code, dept, field, "四技", "進修部", str(grade)])
        layout.append([code, dept + "碩士班", field, "碩士班", "日間部", "1"])
        layout.append([code, dept + "碩士班", field, "碩士班", "日間部", "2"])
        if index % 3 == 0:
            layout.append([code, dept + "碩士在職專班", field, "碩士在職專班", "進修部", "1"])
            layout.append([code, dept + "碩士在職專班", field, "碩士在職專班", "進修部", "2"])
        if index < 2:
            for grade in range(1, 4):
                layout.append([code, dept + "博士班", field, "博士班", "日間部", str(grade)])
    weights = [12 if r[3] == "四技" and r[4] == "日間部" else 5 if r[3] == "四技" else 1 for r in layout]
    total_weight = sum(weights)
    counts = [max(3, round(heads * w / total_weight * rng.uniform(0.85, 1.15))) for w in weights]
    counts[0] += heads - sum(counts)  # the first row (四技 日間部 1年級) takes the rounding
    rows = []
    for row, n in zip(layout, counts):
        male = round(n * rng.uniform(0.45, 0.75))
        rows.append(row + [str(male), str(n - male)])
    return rows


def weighted(rows):
    return sum((int(r[6]) + int(r[7])) * WEIGHT.get(r[3], 1) for r in rows)


stem_rows = enrolment_rows(STEM_DEPTS, TARGETS["5-1"])
other_rows = enrolment_rows(OTHER_DEPTS, 5900)
# Adjust the first non-STEM row (weight 1) so that the weighted total is exactly the target.
gap = TARGETS["8-1"] - weighted(stem_rows) - weighted(other_rows)
other_rows[0][6] = str(int(other_rows[0][6]) + gap)
for r in other_rows:  # department codes after the STEM ones
    r[0] = f"{int(r[0]) + len(STEM_DEPTS):02d}"
assert weighted(stem_rows) + weighted(other_rows) == TARGETS["8-1"]
enrolment = stem_rows + other_rows
total_m = sum(int(r[6]) for r in enrolment)
total_f = sum(int(r[7]) for r in enrolment)
write("4-2_114-1.csv", ["系所代碼", "系所名稱", "學科標準分類代碼", "學制", "部別", "年級", "男生數", "女生數"],
      enrolment + [["", "總計", "", "", "", "", str(total_m), str(total_f)]], bom=True)

# ---------------------------------------------------------------- 4-2-11 technology courses (5-3, 5-4)
pool = rng.sample(students, TARGETS["5-3"] + 40 + 310)
tech = []
for s in pool[:TARGETS["5-3"]]:
    tech.append([s[0], s[1], s[3], "是", "否"])
for row in rng.sample(tech, TARGETS["5-4"] - 40):
    row[4] = "是"
for s in pool[TARGETS["5-3"]:TARGETS["5-3"] + 40]:  # micro-programme only
    tech.append([s[0], s[1], s[3], "否", "是"])
for s in pool[TARGETS["5-3"] + 40:]:  # other technology courses only (資訊素養…)
    tech.append([s[0], s[1], s[3], "否", "否"])
for row in rng.sample(tech[:TARGETS["5-3"]], 6):  # listed twice (a second department): counted once
    tech.append(list(row))
rng.shuffle(tech)
write("4-2-11_114.csv", ["學號", "姓名", "系所名稱", "曾修讀程式設計課程", "曾修讀數位科技微學程"], tech, crlf=False)

# ---------------------------------------------------------------- 3-5 course structure (3-1, 3-2, 5-2, 10-1, 10-2)
COURSE_WORDS = {"STEM": ["工程數學", "程式設計", "電路學", "材料力學", "熱力學", "資料結構", "微積分", "感測器實務", "機器學習導論", "食品化學"],
                "innovative": ["設計思考實作", "問題導向專題", "翻轉教室：專業實務", "產業共授實務", "跨域專題"],
                "entrepreneurship": ["創新創業概論", "創業實戰", "商業模式設計", "新創募資實務"],
                "plain": ["國文", "體育", "職場倫理", "通識講座", "會計學", "管理學", "觀光概論", "幼兒發展", "色彩學", "英文"]}
# Teachers of innovative and of entrepreneurship courses (a few teach both).
innovative_teachers = rng.sample(full_time, TARGETS["3-1"])
entrepreneur_teachers = rng.sample(innovative_teachers[:20], 8) + rng.sample([t for t in full_time if t not in innovative_teachers], TARGETS["10-1"] - 8)


def course(period, serial, kind, teacher, flags):
    dept = teacher[2]
    n = rng.randint(18, 62)
    male = round(n * rng.uniform(0.3, 0.8))
    name = rng.choice(COURSE_WORDS[kind])
    return [f"{period.replace('-', '')}{serial:04d}", name, dept, teacher[0], teacher[1], str(male), str(n - male)] + flags


def sum_enrolment(rows, flag_index):
    return sum(int(r[5]) + int(r[6]) for r in rows if r[flag_index] == "是")


courses = {"114-1": [], "114-2": []}
for period in courses:
    serial = 1
    rows = courses[period]
    # innovative courses: every innovative teacher teaches at least one over the year
    for teacher in innovative_teachers:
        if period == "114-1" or rng.random() < 0.25:
            rows.append(course(period, serial, "innovative", teacher, ["是", "否", "否"])); serial += 1
    for teacher in entrepreneur_teachers:
        if period == "114-1" or rng.random() < 0.35:
            rows.append(course(period, serial, "entrepreneurship", teacher, ["否", "否", "是"])); serial += 1
    for _ in range(390):
        rows.append(course(period, serial, "STEM", rng.choice(full_time[:300]), ["否", "是", "否"])); serial += 1
    for _ in range(12):  # STEM courses taught innovatively
        rows.append(course(period, serial, "STEM", rng.choice(innovative_teachers), ["是", "是", "否"])); serial += 1
    for _ in range(430):
        rows.append(course(period, serial, "plain", rng.choice(teachers), ["否", "否", "否"])); serial += 1


def adjust(rows, flags, index, target):
    """Spreads the gap to the target over the rows that have exactly these flags, one student at a time."""
    matching = [r for r in rows if r[7:] == flags]
    gap = target - sum_enrolment(rows, index)
    step = 1 if gap > 0 else -1
    turn = 0
    while gap != 0:
        row = matching[turn % len(matching)]
        column = 5 + turn // len(matching) % 2
        if int(row[column]) + step >= 3:
            row[column] = str(int(row[column]) + step)
            gap -= step
        turn += 1


everything = courses["114-1"] + courses["114-2"]
adjust(everything, ["是", "否", "否"], 7, TARGETS["3-2"])
adjust(everything, ["否", "是", "否"], 8, TARGETS["5-2"])
adjust(everything, ["否", "否", "是"], 9, TARGETS["10-2"])
CS_HEADER = ["課程代碼", "課程名稱", "開課系所", "教師編號", "授課教師", "修課男生數", "修課女生數", "創新教學課程", "STEM領域課程", "創新創業課程"]
for period, encoding in [("114-1", "utf-8"), ("114-2", "big5")]:
    rows = courses[period]
    rows.sort(key=lambda r: r[0])
    total = ["合計", "", "", "", "", str(sum(int(r[5]) for r in rows)), str(sum(int(r[6]) for r in rows)), "", "", ""]
    write(f"3-5_{period}.csv", CS_HEADER, rows + [total], encoding=encoding)

# ---------------------------------------------------------------- 15-17 professional English (7-1)
ESP = [("護理英文", "ESP"), ("財金英文", "ESP"), ("觀光英文", "ESP"), ("工程英文", "ESP"), ("科技英文簡報", "EGSP"),
       ("職場英文溝通", "EGSP"), ("餐旅英文", "ESP"), ("學術英文寫作", "EGSP"), ("機械專業英文", "ESP"), ("資訊專業英文", "ESP"), ("商用英文書信", "ESP")]


def english_rows(period, counted, general):
    rows = []
    for i, (name, kind) in enumerate(rng.sample(ESP, counted)):
        t = rng.choice(full_time)
        rows.append([f"{period.replace('-', '')}E{i + 1:02d}", name, "語言教學中心", t[1], kind])
    for i in range(general):
        t = rng.choice(full_time)
        rows.append([f"{period.replace('-', '')}G{i + 1:02d}", "大一英文", "語言教學中心", t[1], "一般英文"])
    return rows


EN_HEADER = ["課程代碼", "課程名稱", "開課系所", "授課教師", "課程類別"]
write("15-17_114-1.csv", EN_HEADER, english_rows("114-1", 10, 3), bom=True)
write("15-17_114-2.csv", EN_HEADER, english_rows("114-2", TARGETS["7-1"] - 10, 2), bom=True)

# ---------------------------------------------------------------- 1-1 teachers (2-1, 8-1)
completed = set(t[0] for t in rng.sample(full_time, TARGETS["2-1"][0]))
teacher_rows = [[t[0], t[1], t[2], t[3], t[4], "是" if t[0] in completed else "否" if t[3] == "專任" else ""] for t in teachers]
write("1-1_114-1.csv", ["教師編號", "姓名", "系所名稱", "專兼任", "職級", "完成半年產業研習或研究"], teacher_rows, encoding="big5")

# ---------------------------------------------------------------- 1-8 projects (11-2)
KINDS = ["產學合作計畫", "政府部門計畫", "技術服務案"]
TOPICS = ["智慧製造產線優化", "漁港水質監測", "食品保鮮技術", "綠色能源儲能系統", "無人機巡檢", "長照輔具開發", "AI瑕疵檢測", "觀光數位行銷"]
projects = []
amounts = [300000] + [rng.randrange(310000, 3200000, 1000) for _ in range(TARGETS["11-2"] - 1)]
amounts += [299000] + [rng.randrange(50000, 290000, 1000) for _ in range(57)]
for i, amount in enumerate(amounts):
    t = rng.choice(full_time)
    projects.append([f"114-IA-{i + 1:03d}", rng.choice(TOPICS) + rng.choice(["計畫", "研究案", "委託案"]), t[1], rng.choice(KINDS), f"{amount:,}", date_in("114")])
rng.shuffle(projects)
write("1-8_114.csv", ["計畫編號", "計畫名稱", "計畫主持人", "計畫類別", "計畫金額(元)", "計畫起始日期"], projects, bom=True)

# ---------------------------------------------------------------- 1-12 patents (11-3)
patents = []
for i in range(TARGETS["11-3"]):
    t = rng.choice(full_time)
    patents.append([f"I{800000 + i * 37}", rng.choice(TOPICS) + rng.choice(["裝置", "方法", "系統"]), t[1], rng.choice(["中華民國", "中華民國", "美國"]), rng.choice(["發明", "新型", "設計"]), date_in("114")])
patents.append(list(patents[3]))  # filed twice: counted once
t = rng.choice(full_time)
patents.append(["I799901", "低溫烘焙控溫裝置", t[1], "中華民國", "新型", "113/12/20"])  # granted in 113: not this year
rng.shuffle(patents)
write("1-12_114.csv", ["專利證書號", "專利名稱", "發明人", "國別", "專利類別", "獲證日期"], patents, bom=True)

# ---------------------------------------------------------------- 1-16 technology transfers (11-4)
transfers = []
for i in range(TARGETS["11-4"]):
    t = rng.choice(full_time)
    transfers.append([f"TT114{i + 1:03d}", rng.choice(TOPICS) + "技術", t[1], rng.choice(["嵐港精密股份有限公司", "海口食品有限公司", "北灣能源科技", "晴川智造公司"]), f"{rng.randrange(50000, 900000, 5000):,}", date_in("114")])
transfers.append(list(transfers[0]))  # listed twice: counted once
rng.shuffle(transfers)
write("1-16_114.csv", ["契約編號", "技術名稱", "主持教師", "授權對象", "授權金額", "簽約日期"], transfers, bom=True)

# ---------------------------------------------------------------- the shapes schools download
# A third of the exports are rewritten as the school database hands them out: .xlsx, legacy .xls
# and an "Excel" file that is really an HTML table, with title rows, code-and-label cells, a wide
# 4-2, co-investigator and amendment rows, pending patents and the tests' own levels. This runs
# after every CSV is written and draws from its own random generator, so the other files and the
# figures above do not change. Needs openpyxl and xlwt (scripts/bootstrap --test installs them).
import datetime
import re
import zipfile

import openpyxl
import xlwt

shape = random.Random(20251206)
FIXED_TIME = datetime.datetime(2026, 1, 5, 9, 0, 0)


def read_back(name):
    """The rows of a CSV this script just wrote (header first), and removes it."""
    path = os.path.join(OUT, name)
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp950")
    os.remove(path)
    return list(csv.reader(io.StringIO(text)))


def save_xlsx(name, title, header, rows, widths=None):
    """An .xlsx with a merged title row; written twice the same (fixed times inside and in the zip)."""
    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = FIXED_TIME
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = os.path.join(OUT, name)
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time as 'modified'
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2026-01-05T09:00:00Z<", data)
            target.writestr(fixed, data)


def save_xls(name, title, header, rows):
    """A legacy .xls (BIFF8) in CP950, with a merged title row; numbers as number cells."""
    book = xlwt.Workbook(encoding="cp950")
    sheet = book.add_sheet("工作表1")
    sheet.write_merge(0, 0, 0, len(header) - 1, title)
    for column, value in enumerate(header):
        sheet.write(1, column, value)
    for r, row in enumerate(rows, start=2):
        for column, value in enumerate(row):
            sheet.write(r, column, value)
    book.save(os.path.join(OUT, name))


def save_html_xls(name, title, header, rows):
    """An "Excel" download that is an HTML table in Big5, as many school systems save it."""
    cells = lambda row, tag: "".join(f"<{tag}>{value}</{tag}>" for value in row)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>\r\n<body><table border="1">\r\n'
            f'<tr><td colspan="{len(header)}">{title}</td></tr>\r\n<tr>{cells(header, "th")}</tr>\r\n'
            + "".join(f"<tr>{cells(row, 'td')}</tr>\r\n" for row in rows) + "</table></body></html>\r\n")
    with open(os.path.join(OUT, name), "wb") as handle:
        handle.write(html.encode("cp950"))


def number(text):
    return int(text.replace(",", "")) if text.replace(",", "").isdigit() else text


def western(roc):
    """114/03/20 → 2025/03/20: the Western dates some exports carry."""
    y, m, d = roc.split("/")
    return f"{int(y) + 1911}/{m}/{d}"


# 4-2 as downloaded: one row per department, programme and division, grade × sex in columns
# (一年級男生 … 延修生女生), 學制 and 部別 as the system spells them. Only non-STEM 四技 rows have
# 延修生: 5-1 (STEM) is unchanged, and 8-1 leaves them out again, so both figures stay.
header, *rows = read_back("4-2_114-1.csv")
GRADES = ["一年級", "二年級", "三年級", "四年級"]
groups = {}
for code, dept, field, degree, division, grade, male, female in rows:
    if dept == "總計":
        continue
    key = (code, dept, field, degree, division)
    groups.setdefault(key, {})[int(grade)] = (int(male), int(female))
DEGREE_SPELLING = {("四技", "日間部"): "四技(日)", ("四技", "進修部"): "四技進修部"}
DIVISION_SPELLING = {"日間部": "D 日", "進修部": "N 職"}
wide = []
for (code, dept, field, degree, division), grades in groups.items():
    row = [code, dept, field, DEGREE_SPELLING.get((degree, division), degree), DIVISION_SPELLING[division]]
    for index in range(1, 5):
        male, female = grades.get(index, ("-", "-"))
        row += [male, female]
    delayed = field[:2] not in ("05", "06", "07") and degree == "四技"
    row += [shape.randint(1, 6), shape.randint(0, 4)] if delayed else ["-", "-"]
    wide.append(row)
totals = [sum(r[i] for r in wide if isinstance(r[i], int)) for i in range(5, 15)]
wide.append(["", "總計", "", "", ""] + totals)
save_xlsx("4-2_114-1.xlsx", "表4-2 各年級實際在學學生人數 114學年度第1學期",
          ["系所代碼", "系所名稱", "學科標準分類代碼", "學制", "部別"] + [g + s for g in GRADES + ["延修生"] for s in ("男生", "女生")], wide)

# 4-8-3 as downloaded: the tests' own levels and scores; the CEFR column only where the bundled
# conversion table (Sources/FolioSite/Resources/cefr/conversions.yaml) would not give the same level.
TOEIC = [(945, "C1"), (785, "B2"), (550, "B1"), (225, "A2"), (120, "A1")]
IELTS = [(8.5, "C2"), (7.0, "C1"), (5.5, "B2"), (4.0, "B1")]
NATIVE = {"GEPT": {"初級": "A2", "中級": "B1", "中高級": "B2", "高級": "C1", "優級": "C2"},
          "JLPT": {"N1": "C1", "N2": "B2", "N3": "B1", "N4": "A2", "N5": "A1"},
          "TOPIK": {f"{n}級": level for n, level in zip(range(1, 7), ["A1", "A2", "B1", "B2", "C1", "C2"])}}


def converted(test, score):
    if score in ("A1", "A2", "B1", "B2", "C1", "C2"):
        return score
    for key, levels in NATIVE.items():
        if key in test:
            return levels.get(score)
    for key, table in (("TOEIC", TOEIC), ("IELTS", IELTS)):
        if key in test:
            try:
                value = float(score)
            except ValueError:
                return None
            return next((level for minimum, level in table if value >= minimum), None)
    return None


SPELLED = {"TOEIC 多益測驗": "(TOEIC)多益測驗", "JLPT 日本語能力試驗": "(JLPT)日本語能力試驗"}
for name in ("4-8-3_114-1", "4-8-3_114-2"):
    header, *rows = read_back(name + ".csv")
    for row in rows:
        test, score, level = row[4], row[5], row[6]
        if level and converted(test, score) == level:
            row[6] = ""
        row[4] = SPELLED.get(test, test)
    period = "第1學期" if name.endswith("-1") else "第2學期"
    save_xlsx(name + ".xlsx", f"表4-8-3 學生外語證照資料表 114學年度{period}", header, rows)

# 4-8-2 (114-2) as legacy .xls: the level inside the category (技術士證照-丙級), no level column.
header, *rows = read_back("4-8-2_114-2.csv")
CATEGORY = {"甲級": "技術士證照-甲級", "乙級": "技術士證照-乙級", "丙級": "技術士證照-丙級"}
reshaped = []
for row in rows:
    level = row[4] or ("丙級" if "丙級" in row[3] else "")
    category = "" if row[0] == "總計" else CATEGORY.get(level, "其他證照")
    reshaped.append(row[:4] + [category] + row[5:])
save_xls("4-8-2_114-2.xls", "表4-8-2 學生技術證照資料表 114學年度第2學期",
         header[:4] + ["證照類別"] + header[5:], reshaped)

# 1-8 as legacy .xls: 工作類別 and 經費狀況 columns, co-investigator rows (amount blank by rule),
# amendment rows, two 校內補助案 and Western dates. 11-2 stays 133: every amendment leaves its
# project on the same side of NT$300,000, and the added rows are not counted.
header, *rows = read_back("1-8_114.csv")
projects = [[r[0], r[1], r[2], "計畫主持人", r[3], "原核定", number(r[4]), western(r[5])] for r in rows]
large = [p for p in projects if p[6] >= 700000]
extra = []
for p in shape.sample(projects, 12):
    extra.append([p[0], p[1], shape.choice(full_time)[1], "共同(協同)主持人", p[4], "原核定", "", p[7]])
for p in shape.sample(large, 3):
    extra.append([p[0], p[1], p[2], "計畫主持人", p[4], "變更-增加經費", shape.randrange(20000, 200000, 1000), p[7]])
p = shape.choice([q for q in large if q not in extra])
extra.append([p[0], p[1], p[2], "計畫主持人", p[4], "變更-刪減經費", 100000, p[7]])
for i in range(2):
    extra.append([f"114-IS-{i + 1:03d}", "校內特色研究補助", shape.choice(full_time)[1], "計畫主持人", "校內補助案", "原核定", 450000, "2025/03/01"])
save_xls("1-8_114.xls", "表1-8 教師承接政府部門計畫案、產學計畫案及技術服務案資料表 114年度",
         ["計畫編號", "計畫名稱", "計畫主持人", "工作類別", "計畫類別", "經費狀況", "計畫金額(元)", "計畫起始日期"], projects + extra)

# 1-12 as an HTML "Excel" file: 證書字號, and three patents still 申請中 (no certificate number yet).
header, *rows = read_back("1-12_114.csv")
patents = [[r[0], r[1], r[2], r[3], r[4], "已核准", r[5]] for r in rows]
for topic in ("智慧製造產線優化系統", "漁港水質監測裝置", "食品保鮮方法"):
    patents.append(["", topic, shape.choice(full_time)[1], "中華民國", "發明", "申請中", ""])
save_html_xls("1-12_114.xls", "表1-12 教師專利/新品種資料表 114年度",
              ["證書字號", "專利名稱", "發明人", "國別", "專利類別", "進度狀況", "獲證日期"], patents)

print(f"wrote {len(os.listdir(OUT))} files to content/tables/")
