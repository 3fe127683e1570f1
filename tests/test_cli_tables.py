"""``fpcheck check`` on tables as a clerk runs it: exit status, JSON version 1, bad inputs named by place."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import check_json

FIX = Path(__file__).parent / "fixtures" / "tables"
NBS = FIX / "nbs_national_birth_death_natural_rates_2005_2024.csv"

# header of indicator ids and catalog names; first column the unit's name.
# 120 = 60 + 40 + 20 and 80 = 40 + 30 + 10: everything adds up
GOOD = "地区,births,一孩出生,births_second,多孩出生\n城关镇,120,60,40,20\n东河乡,80,40,30,10\n"
# 东河乡: 40 + 30 + 5 = 75 ≠ 80
BAD = "地区,births,一孩出生,births_second,多孩出生\n城关镇,120,60,40,20\n东河乡,80,40,30,5\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "fpcheck.cli", "check", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "COLUMNS": "300"})  # wide: table cells on one line
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def all_findings(doc: dict) -> list[dict]:
    return [*doc["findings"], *(f for r in doc["records"] for f in r["findings"])]


# ============================================================================================ status, shape


def test_clean_csv_exits_0_with_json_v1(tmp_path, capsys):
    src = write(tmp_path / "good.csv", GOOD)
    status, report = check_json(capsys, str(src))
    assert status == 0
    assert set(report) == {"version", "documents"} and report["version"] == 1
    (doc,) = report["documents"]
    assert set(doc) == {"source", "kind", "records", "findings"}
    assert doc["source"] == str(src) and doc["kind"] == "table" and doc["findings"] == []
    assert [r["unit"] for r in doc["records"]] == ["城关镇", "东河乡"]
    for r in doc["records"]:
        assert set(r) == {"unit", "values", "findings"} and r["findings"] == []
    assert doc["records"][1]["values"] == {"births": 80, "births_first": 40, "births_second": 30,
                                           "births_third_plus": 10}


def test_error_finding_exits_1(tmp_path, capsys):
    src = write(tmp_path / "bad.csv", BAD)
    status, report = check_json(capsys, str(src))
    assert status == 1
    (doc,) = report["documents"]
    f = next(f for f in doc["records"][1]["findings"] if f["rule"] == "births_by_parity")
    assert f["severity"] == "error" and f["expected"] == 75 and f["actual"] == 80
    assert f["location"] == {"source": str(src), "line": 3, "column": 2}
    assert f["message"] == "出生人数 80 不等于一孩、二孩、多孩之和 75"


def test_english_messages(tmp_path, capsys):
    src = write(tmp_path / "bad.csv", BAD)
    _status, report = check_json(capsys, str(src), "--lang", "en")
    msgs = [f["message"] for f in all_findings(report["documents"][0])]
    assert "births 80 differ from first + second + third-and-higher births 75" in msgs
    proc = run(str(src), "--lang", "en")  # the text report too
    assert proc.returncode == 1
    assert "births 80 differ" in proc.stdout and "1 files, 2 records" in proc.stdout


def test_unreadable_input_exits_2_and_others_are_reported(tmp_path):
    good = write(tmp_path / "good.csv", BAD)
    missing = tmp_path / "missing.csv"
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    proc = run(str(good), str(missing), str(binary), "--format", "json")
    assert proc.returncode == 2
    report = json.loads(proc.stdout)
    docs = {d["source"]: d for d in report["documents"]}
    assert set(docs) == {str(good), str(missing), str(binary)}
    assert [r["unit"] for r in docs[str(good)]["records"]] == ["城关镇", "东河乡"]
    assert any(f["rule"] == "births_by_parity" for f in all_findings(docs[str(good)]))  # still checked
    for bad in (missing, binary):
        (f,) = docs[str(bad)]["findings"]
        assert f["rule"] == "input_error" and f["severity"] == "error" and str(bad) in f["message"]
        assert str(bad) in proc.stderr
    assert "文件不存在" in docs[str(missing)]["findings"][0]["message"]  # Chinese by default
    assert "PNG 图片" in docs[str(binary)]["findings"][0]["message"]  # (named for what it is)


# ============================================================================================ bad input


def test_non_numeric_cell_named_by_line_and_column(tmp_path, capsys):
    src = write(tmp_path / "x.csv", "地区,出生人数,死亡人数\n甲乡,100,50\n乙乡,一百,40\n")
    status, report = check_json(capsys, str(src))
    assert status == 0  # (a warning: a figure in words is no figure to check, and breaks no rule)
    (doc,) = report["documents"]
    (f,) = [f for f in all_findings(doc) if f["rule"] == "non_numeric_cell"]
    assert f["severity"] == "warning" and f["location"]["line"] == 3 and f["location"]["column"] == 2  # (no figure)
    assert "第3行第2列" in f["message"] and "一百" in f["message"]  # Chinese by default: the place too
    assert doc["records"][1]["values"] == {"deaths": 40}  # the rest of the row is still read


def test_negative_count_is_a_range_error(tmp_path, capsys):
    src = write(tmp_path / "neg.csv", "地区,出生人数,死亡人数\n甲乡,100,50\n乙乡,-5,40\n")
    status, report = check_json(capsys, str(src))
    assert status == 1
    rec = report["documents"][0]["records"][1]
    assert rec["values"]["births"] == -5
    f = next(f for f in rec["findings"] if f["rule"].startswith("range"))
    assert f["severity"] == "error" and f["indicators"] == ["births"]
    assert f["location"]["line"] == 3 and f["location"]["column"] == 2


def test_duplicate_column_is_reported(tmp_path, capsys):
    """Two 出生人数 columns with different figures: the reader must say so, not keep one silently."""
    src = write(tmp_path / "dup.csv", "地区,出生人数,出生人数\n甲乡,100,90\n")
    _status, report = check_json(capsys, str(src))
    (doc,) = report["documents"]
    dup = [f for f in all_findings(doc) if "duplicate" in f["rule"]]
    assert dup, f"no finding for the duplicate column: {all_findings(doc)}"
    assert "出生人数" in dup[0]["message"] and dup[0]["location"]["line"] == 1


def test_unknown_header_is_an_info_finding(tmp_path, capsys):
    src = write(tmp_path / "unk.csv", "地区,出生人数,奇怪的列\n甲乡,100,7\n")
    status, report = check_json(capsys, str(src))
    assert status == 0
    (doc,) = report["documents"]
    (f,) = doc["findings"]
    assert f["rule"] == "unknown_column" and f["severity"] == "info"
    assert "奇怪的列" in f["message"] and f["location"]["line"] == 1 and f["location"]["column"] == 3
    assert doc["records"][0]["values"] == {"births": 100}


def test_empty_file(tmp_path):
    src = tmp_path / "empty.csv"
    src.write_bytes(b"")
    proc = run(str(src))
    assert proc.returncode == 2
    assert str(src) in proc.stderr and "empty" in proc.stderr


def test_binary_file_named_csv(tmp_path):
    src = tmp_path / "data.csv"
    src.write_bytes(bytes(range(256)) * 8)
    proc = run(str(src), "--format", "json")
    assert proc.returncode == 2
    (doc,) = json.loads(proc.stdout)["documents"]
    assert doc["findings"][0]["rule"] == "input_error" and "binary" in doc["findings"][0]["message"]
    assert str(src) in proc.stderr


def test_a_picture_or_a_cut_off_workbook_under_a_tables_name_is_named_for_what_it_is(tmp_path):
    # round 425–430's broken inputs: a screenshot saved as 报表.xlsx, a transfer cut off half-way; the good file
    # beside them is still checked
    png = tmp_path / "pic.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    good = write(tmp_path / "good.csv", GOOD)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>" * 400)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    proc = run(str(png), str(cut), str(good), "--format", "json")
    assert proc.returncode == 2
    docs = {Path(d["source"]).name: d for d in json.loads(proc.stdout)["documents"]}
    assert "PNG 图片" in docs["pic.xlsx"]["findings"][0]["message"]
    assert "zip 文件不完整或已损坏" in docs["cut.xlsx"]["findings"][0]["message"]
    assert [r["unit"] for r in docs["good.csv"]["records"]] == ["城关镇", "东河乡"]


def test_gbk_csv(tmp_path, capsys):
    src = write(tmp_path / "gbk.csv", BAD.replace("births_second", "二孩出生"), "gbk")
    status, report = check_json(capsys, str(src))
    assert status == 1
    assert [r["unit"] for r in report["documents"][0]["records"]] == ["城关镇", "东河乡"]


# ============================================================================================ real data


def test_nbs_national_rates_exit_0(capsys):
    """NBS 2005–2024: 2015 prints 11.99 − 7.07 = 4.92 as 4.93 and 2012 14.57 − 7.13 = 7.44 as 7.43;
    each figure carries ±0.005 of rounding, so a 0.01 gap is never an error."""
    status, report = check_json(capsys, str(NBS))
    assert status == 0
    (doc,) = report["documents"]
    assert len(doc["records"]) == 20
    y2015 = next(r for r in doc["records"] if r.get("period") == "2015")
    assert y2015["values"] == {"birth_rate": 11.99, "death_rate": 7.07, "natural_growth_rate": 4.93}
    assert not any(f["severity"] == "error" for f in all_findings(doc))
    proc = run(str(NBS))
    assert proc.returncode == 0


def test_a_joined_document_is_not_counted_twice_in_the_summary():
    # 175: six one-indicator sheets (年末人口 9 units × 6 years = 54 records, five more of 9 × 5 = 45 each: 279), and a
    # document joining them by unit and year that restates those records (54 more, not counted again)
    book = Path(__file__).parent / "fixtures" / "workbooks" / "175_kuanbiao_xiangzhen_nianfen_heng_yige_zhibiao_yiye.xlsx"
    proc = run(str(book), "--lang", "en")
    assert "1 files, 279 records" in proc.stdout
