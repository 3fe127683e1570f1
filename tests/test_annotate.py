"""The annotated workbook copy: failing cells filled and commented, a summary sheet, the input untouched.

The township table used throughout (worked by hand):

    row 3  地区   出生人数 一孩 二孩 多孩 出生率 年初人口 年末人口
    row 4  城关镇   120    60   40   20   12.0   9900  10100    120 = 60+40+20; 120/10000 = 12.0‰
    row 5  东河乡  1280   460  480  160   16.0  79000  81000    460+480+160 = 1100 ≠ 1280: 一孩 640 printed 460
    row 6  西山乡    50    25   15   10   10.0   4950   5050    50 = 25+15+10
    row 7  全县    1455   725  535  190   15.3  93850  96150    births add up to 1450, not 1455;
                                                              一孩 add up to 60+460+25 = 545, not 725

So: B5 births_by_parity (error), C5 the transposition 460 → 640 (error, rule ``repair``), B7 and C7
``totals`` (errors).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from helpers import TOWNSHIP_HEADER as HEADER
from helpers import TOWNSHIP_ROWS as ROWS
from helpers import ods_workbook, township_sheet
from fpcheck.cli import main
from fpcheck.model import Document, Finding, Location, Record, Value
from fpcheck.report.annotate import ERROR_FILL, WARNING_FILL, AnnotateError, annotate_workbook



def make_book(path: Path, extra_sheet: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = township_sheet(wb.active, HEADER, ROWS)
    ws["J4"] = "=B4*2"  # a formula outside the table: the copy must keep it as a formula
    if extra_sheet:
        notes = wb.create_sheet("说明")
        notes["A1"] = "本表为测试数据"
    wb.save(path)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_of(cell) -> str | None:
    if cell.fill is None or cell.fill.fill_type != "solid":
        return None
    return cell.fill.fgColor.rgb


def summary_rows(wb, name: str = "检查结果") -> list[tuple]:
    assert wb.sheetnames[-1] == name
    return list(wb[name].iter_rows(values_only=True))


# ============================================================================================ xlsx


def test_cli_annotates_xlsx_copy(tmp_path, capsys):
    book = make_book(tmp_path / "book.xlsx", extra_sheet=True)
    before = sha(book)
    out = tmp_path / "out.xlsx"
    html = tmp_path / "out.html"
    status = main(["check", str(book), "--annotate", str(out), "--html", str(html)])
    assert status == 1  # error findings
    assert sha(book) == before  # the input is never touched
    assert out.exists() and html.exists()

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Sheet1", "说明", "检查结果"]
    ws = wb["Sheet1"]
    # the copy keeps the data and the formula as a formula
    assert ws["A5"].value == "东河乡" and ws["C5"].value == 460
    assert ws["J4"].value == "=B4*2"
    assert wb["说明"]["A1"].value == "本表为测试数据"

    for ref in ("B5", "C5", "B7", "C7"):
        assert fill_of(ws[ref]) == ERROR_FILL, ref
        assert ws[ref].comment is not None, ref
    assert "births_by_parity" in ws["B5"].comment.text
    assert "出生人数 1280 不等于一孩、二孩、多孩之和 1100" in ws["B5"].comment.text
    c5 = ws["C5"].comment.text
    assert "repair" in c5 and "很可能是 640" in c5 and "births_first (C5) → 640" in c5
    assert "totals" in ws["B7"].comment.text and "1450" in ws["B7"].comment.text
    assert "totals" in ws["C7"].comment.text and "545" in ws["C7"].comment.text
    # cells without findings are left as they were
    for ref in ("A4", "B4", "C4", "B6", "D5", "F7"):
        assert fill_of(ws[ref]) is None and ws[ref].comment is None, ref

    rows = summary_rows(wb)
    assert rows[0] == ("文件", "工作表", "单元格", "单位", "级别", "规则", "说明", "建议", "其他可能与依据")
    listed = {(r[1], r[2], r[3], r[4], r[5]) for r in rows[1:]}
    assert ("Sheet1", "B5", "东河乡", "错误", "births_by_parity") in listed
    assert ("Sheet1", "C5", "东河乡", "错误", "repair") in listed
    assert ("Sheet1", "B7", "（全文）", "错误", "totals") in listed
    assert ("Sheet1", "C7", "（全文）", "错误", "totals") in listed
    repair = next(r for r in rows[1:] if r[5] == "repair")
    assert repair[7] == "births_first (C5) → 640"
    assert len(rows) - 1 == 5  # B5, C5, B7 (totals), C7 (totals), B7 (births_by_parity on the totals row)


def test_subprocess_refuses_to_overwrite_input(tmp_path):
    book = make_book(tmp_path / "book.xlsx")
    before = sha(book)
    proc = subprocess.run([sys.executable, "-m", "fpcheck.cli", "check", str(book), "--annotate", str(book)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "拒绝覆盖输入文件" in proc.stderr and "Traceback" not in proc.stderr
    assert sha(book) == before
    # the HTML writer is refused the same way, also through a different spelling of the path
    proc = subprocess.run([sys.executable, "-m", "fpcheck.cli", "check", str(book), "--html",
                           str(tmp_path / "." / "book.xlsx")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and sha(book) == before


def test_library_refuses_input_path(tmp_path):
    from fpcheck.tables import read_table

    book = make_book(tmp_path / "book.xlsx")
    before = sha(book)
    docs = read_table(book)
    with pytest.raises(AnnotateError):
        annotate_workbook(docs, tmp_path / "sub" / ".." / "book.xlsx")
    assert sha(book) == before


def test_english_summary_sheet(tmp_path):
    book = make_book(tmp_path / "book.xlsx")
    out = tmp_path / "out.xlsx"
    assert main(["check", str(book), "--annotate", str(out), "--lang", "en"]) == 1
    wb = openpyxl.load_workbook(out)
    rows = summary_rows(wb, "fpcheck")
    assert rows[0][:3] == ("File", "Sheet", "Cell")
    b5 = next(r for r in rows[1:] if r[2] == "B5")
    assert b5[4] == "error" and "births 1280 differ from first + second + third-and-higher births 1100" in b5[6]
    assert "births 1280 differ" in wb["Sheet1"]["B5"].comment.text


# ============================================================================================ injection


def _sheet_xml(path: Path, name: str) -> str:
    wb = openpyxl.load_workbook(path)
    index = wb.sheetnames.index(name) + 1
    with zipfile.ZipFile(path) as zf:
        return zf.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def test_formula_text_never_becomes_formula(tmp_path):
    """A unit and a message starting with =HYPERLINK( are written as text, in cells and comments."""
    book = make_book(tmp_path / "book.xlsx")
    evil = '=HYPERLINK("http://evil.example/","click")'
    rec = Record(evil, {"births": Value("births", -3.0, "-3", location=Location(str(book), sheet="Sheet1", cell="B4"))},
                 location=Location(str(book), sheet="Sheet1", cell="A4"))
    finding = Finding("range", "error", ["births"], evil, evil,
                      location=Location(str(book), sheet="Sheet1", cell="B4"), suggestion={"births": 3.0})
    warn = Finding("odd", "warning", ["births"], "+SUM(1,2)", "@cmd", location=Location(str(book), sheet="Sheet1", cell="D6"))
    doc = Document(str(book), "table", records=[rec], record_findings=[[finding]], findings=[warn])
    out = tmp_path / "out.xlsx"
    annotate_workbook([doc], out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Sheet1"]
    assert fill_of(ws["B4"]) == ERROR_FILL and fill_of(ws["D6"]) == WARNING_FILL
    assert evil in ws["B4"].comment.text
    assert "+SUM(1,2)" in ws["D6"].comment.text
    rows = summary_rows(wb)
    row = next(r for r in rows[1:] if r[5] == "range")
    assert row[3] == evil and row[6] == evil  # kept as the exact text ...
    summary = wb["检查结果"]
    for c in summary[2] + summary[3]:
        if isinstance(c.value, str) and c.value[:1] in "=+-@":
            assert c.data_type == "s", c.coordinate  # ... and typed as a string
    xml = _sheet_xml(out, "检查结果")
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere on the summary sheet
    assert "HYPERLINK" in xml


def test_text_cell_in_source_stays_text_and_is_flagged(tmp_path):
    """A count cell holding the text =HYPERLINK(...) is a non-numeric-cell warning at that cell (words, no figure)."""
    book = make_book(tmp_path / "book.xlsx")
    wb = openpyxl.load_workbook(book)
    ws = wb["Sheet1"]
    ws["D6"] = '=HYPERLINK("http://x","y")'
    ws["D6"].data_type = "s"  # a text cell, not a formula
    wb.save(book)
    out = tmp_path / "out.xlsx"
    main(["check", str(book), "--annotate", str(out)])
    ws2 = openpyxl.load_workbook(out)["Sheet1"]
    assert ws2["D6"].data_type == "s" and ws2["D6"].value == '=HYPERLINK("http://x","y")'
    assert fill_of(ws2["D6"]) == WARNING_FILL
    assert "non_numeric_cell" in ws2["D6"].comment.text
    assert '=HYPERLINK("http://x","y")' in ws2["D6"].comment.text


# ============================================================================================ CSV, ODS


CSV_TEXT = "地区,出生人数,一孩,二孩,多孩\n城关镇,120,60,40,20\n东河乡,1280,460,480,160\n西山乡,50,25,15,10\n"


def annotated_copy(src, out):
    """Run ``check --annotate``: errors found (exit 1), the input's bytes unchanged; the copy, opened."""
    before = sha(src)
    assert main(["check", str(src), "--annotate", str(out)]) == 1
    assert sha(src) == before
    return openpyxl.load_workbook(out)


def test_gbk_csv_becomes_xlsx_copy(tmp_path):
    src = tmp_path / "乡镇.csv"
    src.write_bytes(CSV_TEXT.encode("gbk"))
    wb = annotated_copy(src, tmp_path / "out.xlsx")
    assert wb.sheetnames == ["乡镇", "检查结果"]
    ws = wb["乡镇"]
    # the grid is copied: text as text, plain numbers as numbers
    assert ws["A1"].value == "地区" and ws["A3"].value == "东河乡" and ws["C3"].value == 460
    # line 3 = 东河乡: births at column 2 (B3), 一孩 at column 3 (C3)
    assert fill_of(ws["B3"]) == ERROR_FILL and "births_by_parity" in ws["B3"].comment.text
    assert fill_of(ws["C3"]) == ERROR_FILL and "640" in ws["C3"].comment.text
    assert ws["C2"].comment is None and ws["C4"].comment is None
    rows = summary_rows(wb)
    assert ("B3", "东河乡", "births_by_parity") in {(r[2], r[3], r[5]) for r in rows[1:]}


def test_csv_lines_with_quoted_newline_map_to_rows(tmp_path):
    """A quoted field spanning two lines shifts line numbers: the comment still lands on the row's cell."""
    text = '地区,出生人数,一孩,二孩,多孩\n"城关\n镇",120,60,40,20\n东河乡,1280,460,480,160\n'
    src = tmp_path / "q.csv"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "q.xlsx"
    main(["check", str(src), "--annotate", str(out)])
    ws = openpyxl.load_workbook(out)["q"]
    assert ws["A3"].value == "东河乡"  # grid row 3 (the record starts on line 4 of the file)
    assert ws["B3"].comment is not None and "births_by_parity" in ws["B3"].comment.text
    assert ws["B4"].comment is None


def _make_ods(path: Path) -> Path:
    return ods_workbook(path, [HEADER[:5], *[r[:5] for r in ROWS[:3]]], name="乡镇表")


def test_ods_becomes_xlsx_copy(tmp_path):
    src = _make_ods(tmp_path / "book.ods")
    wb = annotated_copy(src, tmp_path / "out.xlsx")
    assert wb.sheetnames == ["乡镇表", "检查结果"]
    ws = wb["乡镇表"]
    assert ws["A3"].value == "东河乡" and ws["C3"].value == 460 and ws["B3"].value == 1280
    assert fill_of(ws["B3"]) == ERROR_FILL and "births_by_parity" in ws["B3"].comment.text
    assert fill_of(ws["C3"]) == ERROR_FILL
    rows = summary_rows(wb)
    assert ("乡镇表", "C3", "repair") in {(r[1], r[2], r[5]) for r in rows[1:]}


def test_only_first_workbook_is_copied(tmp_path):
    a = make_book(tmp_path / "a.xlsx")
    b = tmp_path / "b.csv"
    b.write_text(CSV_TEXT, encoding="utf-8")
    out = tmp_path / "out.xlsx"
    main(["check", str(a), str(b), "--annotate", str(out)])
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Sheet1", "检查结果"]
    files = {r[0] for r in summary_rows(wb)[1:]}
    assert files == {str(a)}


def test_no_workbook_input_gives_summary_only(tmp_path):
    doc = Document("report.txt", "report", findings=[Finding("x", "warning", [], "一条提示", "a note")])
    out = tmp_path / "out.xlsx"
    annotate_workbook([doc], out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["检查结果"]
    assert summary_rows(wb)[1][6] == "一条提示"


def test_comment_on_existing_comment_keeps_it(tmp_path):
    from openpyxl.comments import Comment

    book = make_book(tmp_path / "book.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["Sheet1"]["B5"].comment = Comment("核对过", "clerk")
    wb.save(book)
    out = tmp_path / "out.xlsx"
    main(["check", str(book), "--annotate", str(out)])
    text = openpyxl.load_workbook(out)["Sheet1"]["B5"].comment.text
    assert text.startswith("核对过") and "births_by_parity" in text
    assert re.search(r"fpcheck", text)
