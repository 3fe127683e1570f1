"""A data set's codebook (变量说明): coded headers read as their meanings, and what researchers' files hold besides —
English column names, a year column after a code column, R's row numbers, NA for a missing figure."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from fpcheck.check import Options, check_document
from fpcheck.codebook import apply_codebooks, read_codebook
from fpcheck.sheets import Grid
from fpcheck.tables import read_table

CODEBOOK = [["变量名", "中文含义", "单位", "说明"],
            ["town", "乡镇名称", None, None],
            ["b", "出生人数", "人", None],
            ["b_pol", "政策内出生人数", "人", None],
            ["pol_rate", "计划生育率", "比例（0—1）", "b_pol ÷ b，未乘100"],
            ["cbr_x", "出生率", "‰", "保留2位小数"],
            ["note", None, None, "no meaning: not a variable of the book"]]


def test_a_codebook_gives_each_variable_its_meaning_and_unit() -> None:
    book = read_codebook(Grid("变量说明", [row[:] for row in CODEBOOK]))
    # a share of one is a percentage whose figures are shares; ‰ stays ‰; a count keeps its bare meaning (人 adds
    # nothing a header needs); 保留2位小数 is no share
    assert book == {"town": "乡镇名称", "b": "出生人数", "b_pol": "政策内出生人数", "pol_rate": "计划生育率（%）",
                    "cbr_x": "出生率（‰）"}
    assert read_codebook(Grid("data", [["town", "b"], ["甲镇", 3]])) == {}


def test_the_codes_of_the_other_sheets_are_read_as_their_meanings_and_the_files_are_not_touched() -> None:
    data = Grid("data", [["town", "b", "pol_rate", "b"], ["甲镇", 200, 0.985, "b"]])
    book = Grid("变量说明", [row[:] for row in CODEBOOK])
    apply_codebooks([data, book])
    assert data.rows[0] == ["乡镇名称", "出生人数", "计划生育率（%）", "出生人数"]
    assert data.rows[1] == ["甲镇", 200, 0.985, "出生人数"]  # (a header area's cell: the first ten rows)
    assert book.rows == CODEBOOK  # the codebook itself as it was


def test_a_workbook_read_through_its_codebook(tmp_path: Path) -> None:
    # by hand: 甲镇 195 of 196 births within policy, 195 / 196 = 99.49%, printed as the share 0.9949; 乙镇 348 / 353 =
    # 98.58%; the total 543 / 549 = 98.91%; 196 / 25751.5 × 1000 = 7.61‰
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "data"
    for row in [["town", "b", "b_pol", "pol_rate", "pop_avg", "cbr_x"],
                ["甲镇", 196, 195, 0.9949, 25751.5, 7.61], ["乙镇", 353, 348, 0.9858, 37912.5, 9.31],
                ["合计", 549, 543, 0.9891, 63664, 8.62]]:
        ws.append(row)
    cb = wb.create_sheet("变量说明")
    for row in CODEBOOK:
        cb.append(row)
    path = tmp_path / "study.xlsx"
    wb.save(path)
    before = path.read_bytes()
    (doc,) = read_table(path)
    assert path.read_bytes() == before
    got = {r.unit: {k: v.number for k, v in r.values.items()} for r in doc.records}
    assert got["甲镇"] == {"births": 196, "births_planned": 195, "planned_birth_rate": 99.49, "population": 25751.5,
                          "birth_rate": 7.61}
    assert got["合计"]["planned_birth_rate"] == 98.91
    check_document(doc, Options(diagnose=False))
    assert [f for fs in doc.record_findings for f in fs if f.severity != "info"] == []


def test_a_researchers_panel_csv(tmp_path: Path) -> None:
    # R's write.csv: an unnamed column of row numbers, quoted; a county code; the year after it; English names;
    # NA where a figure is missing. By hand: 2019 births 4012 = 2092 + 1920; 4012 / ((396694 + 396392) / 2) ×
    # 1000 = 10.12; the 2020 row has no deaths (NA), so none is read and nothing is said of it
    path = tmp_path / "panel.csv"
    path.write_text('"","county","adcode","year","pop_start","pop_end","births","births_male","births_female",'
                    '"deaths","cbr"\n'
                    '"1","清江县","361121",2019,396694,396392,4012,2092,1920,2845,10.12\n'
                    '"2","清江县","361121",2020,396392,394419,4141,2167,1974,NA,10.47\n', encoding="utf-8")
    (doc,) = read_table(path)
    assert [(r.unit, r.period) for r in doc.records] == [("清江县", "2019"), ("清江县", "2020")]
    first, second = ({k: v.number for k, v in r.values.items()} for r in doc.records)
    assert first == {"population_start": 396694, "population_end": 396392, "births": 4012, "births_male": 2092,
                     "births_female": 1920, "deaths": 2845, "birth_rate": 10.12}
    assert "deaths" not in second and second["birth_rate"] == 10.47
    check_document(doc, Options(diagnose=False))
    assert [f.rule for f in doc.all_findings() if f.severity != "info"] == []
