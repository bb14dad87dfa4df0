#!/usr/bin/env python3
"""Writes the spreadsheet fixtures of SpreadsheetReaderTests into a folder, with real writers:
openpyxl for .xlsx, xlwt for legacy .xls (BIFF8), msoffcrypto-tool to encrypt a workbook as Excel
does. `scripts/bootstrap --test` installs all three.

    Tests/Fixtures/make-spreadsheets.py OUTDIR [CSV…]

Each CSV given is also written as OUTDIR/<name>.xlsx, its cells as text like the CSV's.
"""
import csv
import datetime
import io
import os
import struct
import sys
import zipfile

from msoffcrypto.format.ooxml import OOXMLFile
import openpyxl
import xlwt
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

TITLE = "表4-8-2 學生技術證照資料表 114學年度第1學期"
HEADER = ["學號", "姓名", "系所名稱", "證照名稱", "證照級別", "發證單位", "取得日期"]


def certificates_xlsx(path):
    """4-8-2 with a merged title row, shared and inline strings, numbers, booleans and date cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append([TITLE])
    sheet.merge_cells("A1:G1")
    sheet.append(HEADER)
    sheet.append(["B11123068", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", datetime.date(2025, 9, 30)])
    sheet["G3"].number_format = "yyyy/mm/dd"
    rich = CellRichText([TextBlock(InlineFont(b=True), "陳"), "怡君"])
    sheet.append(["B11123069", rich, "化學工程與材料工程系", "化學", "丙級", "勞動部", datetime.date(2025, 10, 4)])
    sheet["G4"].number_format = '[$-404]e/mm/dd'   # ROC year, as zh-TW Excel shows 114/10/04
    sheet.append(["B11123070", "王小明", "資訊工程系", "電腦軟體應用", "乙級", "勞動部", "114/11/23"])
    numbers = book.create_sheet("數值")
    numbers.append([1303, 0.1 + 0.2, True, False, 12.5, -7, 45000.0, 1234567.891])
    book.save(path)


def bad_date_xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append([TITLE])
    sheet.merge_cells("A1:G1")
    sheet.append(HEADER)
    sheet.append(["B11123068", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", "114/09/30"])
    sheet.append(["B11123069", "陳怡君", "化學工程與材料工程系", "化學", "丙級", "勞動部", "114/13/01"])
    book.save(path)


def two_sheets_xlsx(path):
    """A notes sheet first, the data on the second, named 資料."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "說明"
    notes.append(["本檔由校務資料庫匯出"])
    data = book.create_sheet("資料")
    data.append(HEADER)
    data.append(["B11123068", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", "114/09/30"])
    book.save(path)


def two_headers_xlsx(path):
    """A header row in row 1 and a repeat of it in row 2: which is the header is the user's choice."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(HEADER)
    sheet.append(HEADER)
    sheet.append(["B11123068", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", "114/09/30"])
    book.save(path)


def stray_cell_xlsx(path):
    """3,100 rows and one stray value in the sheet's last column (XFD2): padding every row to
    column 16,384 would be 50 million cells."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    sheet.append(HEADER)
    for i in range(3100):
        sheet.append([f"B{11100000 + i}", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", "114/09/30"]
                     + ([None] * (16384 - 8) + ["備註"] if i == 0 else []))
    book.save(path)


def certificates_xls(path):
    """The same table as legacy Excel: a merged title row, text, numbers and a date cell."""
    book = xlwt.Workbook(encoding="cp950")
    sheet = book.add_sheet("工作表1")
    sheet.write_merge(0, 0, 0, 6, TITLE)
    for column, name in enumerate(HEADER):
        sheet.write(1, column, name)
    date = xlwt.easyxf(num_format_str="yyyy/mm/dd")
    rows = [["B11123068", "林家豪", "電機工程系", "工業配線", "乙級", "勞動部", datetime.date(2025, 9, 30)],
            ["B11123069", "陳怡君", "化學工程與材料工程系", "化學", "丙級", "勞動部", "114/10/04"]]
    for r, row in enumerate(rows, start=2):
        for column, value in enumerate(row):
            if isinstance(value, datetime.date):
                sheet.write(r, column, value, date)
            else:
                sheet.write(r, column, value)
    numbers = book.add_sheet("數值")
    numbers.write(0, 0, 1303)
    numbers.write(0, 1, 12.5)
    numbers.write(0, 2, 0.1 + 0.2)
    book.save(path)


def certificates_html(path):
    """An "Excel" download that is an HTML table in Big5, with entities and a colspan title."""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<style>td {{ mso-number-format:"\\@"; }}</style></head>
<body><table border="1">
<tr><td colspan="7">{TITLE}</td></tr>
<tr>{"".join(f"<th>{name}</th>" for name in HEADER)}</tr>
<tr><td>B11123068</td><td>林家豪</td><td>電機工程系</td><td>工業配線</td><td>乙級</td><td>勞動部&amp;技能檢定中心</td><td>114/09/30</td></tr>
<tr><td>B11123069</td><td>陳&#24609;君</td><td>化學工程與材料工程系</td><td>化學</td><td>丙級</td><td>勞動部&nbsp;</td>
<td>114/13/01</td></tr>
</table></body></html>
"""
    with open(path, "wb") as f:
        f.write(html.encode("big5"))


def damaged(folder):
    """Damaged workbooks: truncated, a sheet's XML cut short, a non-UTF-8 element name, a zip
    directory pointing past the end, and a truncated .xls."""
    with open(os.path.join(folder, "certificates.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(folder, "truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    source = zipfile.ZipFile(os.path.join(folder, "certificates.xlsx"))
    with zipfile.ZipFile(os.path.join(folder, "broken-sheet.xlsx"), "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item.filename, data)
    # A byte that is not UTF-8 inside an element name of the workbook's relationships: Foundation's
    # XMLParser on Linux traps on it (found by fuzzing), so it must be reported, not crash.
    with zipfile.ZipFile(os.path.join(folder, "bad-name.xlsx"), "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"<Relationship ", b"<Relationsh\xffip ", 1)
            target.writestr(item.filename, data)
    # The zip directory's offset pointing past the end of the file.
    end = whole.rfind(b"PK\x05\x06")
    pointing_out = whole[: end + 16] + struct.pack("<I", len(whole) + 4096) + whole[end + 20:]
    with open(os.path.join(folder, "bad-directory.xlsx"), "wb") as f:
        f.write(pointing_out)
    with open(os.path.join(folder, "certificates.xls"), "rb") as f:
        whole = f.read()
    with open(os.path.join(folder, "truncated.xls"), "wb") as f:
        f.write(whole[:1536])


def encrypted(folder):
    """certificates.xlsx encrypted with a password to open, as Excel's Encrypt with Password does."""
    with open(os.path.join(folder, "certificates.xlsx"), "rb") as f:
        plain = OOXMLFile(io.BytesIO(f.read()))
        with open(os.path.join(folder, "encrypted.xlsx"), "wb") as out:
            plain.encrypt("secret", out)


def from_csv(source, path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    with open(source, encoding="utf-8-sig", newline="") as f:
        for row in csv.reader(f):
            sheet.append(row)
    book.save(path)


class Big5Name(zipfile.ZipInfo):
    """A member named in Big5 without the zip's UTF-8 flag, as Windows' zip writes them."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("big5"), self.flag_bits & ~0x800


def download_zip(folder):
    """A school-database download: Big5 member names, an .xls named by its table and period, a
    CSV named table1_12_114, an HTML "Excel" named by nothing but its title row, a note, and a
    file that names no table."""
    inner = os.path.join(folder, "zip-members")
    os.makedirs(inner, exist_ok=True)
    certificates_xls(os.path.join(inner, "a.xls"))
    second = TITLE.replace("第1學期", "第2學期")
    html = (f'<html><head><meta charset="utf-8"></head><body><table><tr><td colspan="7">{second}</td></tr>'
            f'<tr>{"".join(f"<th>{name}</th>" for name in HEADER)}</tr>'
            "<tr><td>B11123070</td><td>王小明</td><td>機械工程系</td><td>車床</td><td>乙級</td><td>勞動部</td><td>115/03/02</td></tr>"
            "</table></body></html>")
    patents = ("證書字號,專利名稱,發明人,進度狀況,獲證日期\r\n"
               "I801517,無人機巡檢系統,羅騏岑,已核准,2025/03/07\r\n"
               ",長照輔具開發系統,葉冠曉,申請中,\r\n")
    members = [
        ("表4-8-2學生技術證照資料表_114學年度第1學期.xls", open(os.path.join(inner, "a.xls"), "rb").read()),
        ("匯出資料.xls", html.encode("utf-8")),
        ("table1_12_114.csv", patents.encode("big5")),
        ("說明.txt", "下載說明".encode("big5")),
        ("其他資料.csv", "欄位一,欄位二\r\n1,2\r\n".encode("big5")),
    ]
    with zipfile.ZipFile(os.path.join(folder, "校務資料庫下載.zip"), "w") as archive:
        for name, data in members:
            info = Big5Name(name, date_time=(2026, 1, 5, 9, 0, 0))
            archive.writestr(info, data)


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    certificates_xlsx(os.path.join(folder, "certificates.xlsx"))
    bad_date_xlsx(os.path.join(folder, "bad-date.xlsx"))
    two_sheets_xlsx(os.path.join(folder, "two-sheets.xlsx"))
    two_headers_xlsx(os.path.join(folder, "two-headers.xlsx"))
    stray_cell_xlsx(os.path.join(folder, "stray-cell.xlsx"))
    certificates_xls(os.path.join(folder, "certificates.xls"))
    certificates_html(os.path.join(folder, "certificates-html.xls"))
    damaged(folder)
    encrypted(folder)
    download_zip(folder)
    for source in sys.argv[2:]:
        name = os.path.splitext(os.path.basename(source))[0]
        from_csv(source, os.path.join(folder, name + ".xlsx"))


if __name__ == "__main__":
    main()
