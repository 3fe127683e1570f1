"""Forms with one indicator per row (指标名称 | 计量单位 | 代码 | 本年 | 上年): one record per value column."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from fpcheck.check import Options, check_document
from fpcheck.tables import read_table

FORM = [
    ("年初总人口", "人", 1, 56210, 55890, 320),
    ("年末总人口", "人", 2, 56818, 56210, 608),
    ("出生人数", "人", 3, 767, 702, 65),
    ("其中：一孩", "人", 4, 510, 480, 30),
    ("二孩", "人", 5, 220, 190, 30),
    ("多孩", "人", 6, 37, 32, 5),
    ("已婚育龄妇女", "人", 7, 10392, 10101, 291),
    ("其中：无孩", "人", 8, 426, 400, 26),
    ("一孩", "人", 9, 3710, 3650, 60),
    ("二孩", "人", 10, 5552, 5430, 122),
    ("多孩", "人", 11, 704, 621, 83),
    ("死亡人数", "人", 12, 326, 310, 16),
    ("出生率", "‰", 13, 13.57, 12.52, 1.05),
]


def _form(path: Path, rows: list[tuple]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["人口和计划生育基本情况"])
    ws.append(["填报单位：城关镇", None, None, "2023年"])
    ws.append(["指标名称", "计量单位", "代码", "本年", "上年", "同比增减"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_indicator_per_row_form_gives_one_record_per_period_column(tmp_path):
    (doc,) = read_table(_form(tmp_path / "form.xlsx", FORM))
    # 增减 skipped; 本年/上年 in a form for 2023年 are 2023 and 2022
    assert [(r.unit, r.period) for r in doc.records] == [("城关镇", "2023"), ("城关镇", "2022")]
    this = doc.records[0]
    # sub-rows are read in their group's terms: 一孩 under 出生人数 is a birth, under 已婚育龄妇女 a woman
    assert this.number("births_first") == 510 and this.values["births_first"].location.cell == "D7"
    assert this.number("married_women_one_child") == 3710 and this.values["married_women_one_child"].location.cell == "D12"
    assert this.number("married_women_two_children") == 5552 and this.number("births_second") == 220
    assert this.number("married_women_three_plus") == 704 and this.number("births_third_plus") == 37
    assert this.number("birth_rate") == 13.57 and this.values["birth_rate"].decimals == 2
    assert doc.records[1].number("married_women") == 10101
    assert not [f for f in doc.findings if f.rule == "unknown_column"]


def test_indicator_per_row_form_is_checked_at_its_cells(tmp_path):
    rows = list(FORM)
    rows[4] = ("二孩", "人", 5, 230, 190, 40)  # births' parts now 510 + 230 + 37 = 777 ≠ 767
    (doc,) = read_table(_form(tmp_path / "form.xlsx", rows))
    check_document(doc, Options(diagnose=False))
    this, last = doc.record_findings
    assert [f.rule for f in this] == ["births_by_parity"]
    assert this[0].location.cell == "D6"  # the total it blames, in the 本年 column
    # 426 + 3710 + 5552 + 704 = 10392: the women's parts hold; last year's 400 + 3650 + 5430 + 621 = 10101 too
    assert last == []


def test_list_numbers_before_row_names_and_sex_under_births(tmp_path):
    """一、出生人数 is 出生人数; 其中：男 under it is boys born (男 alone names the male population)."""
    rows = [("一、出生人数", "人", 1, 9, 8, 1), ("其中：男", "人", 2, 5, 4, 1), ("女", "人", 3, 4, 4, 0),
            ("二、死亡人数", "人", 4, 7, 6, 1), ("①已婚育龄妇女", "人", 5, 300, 290, 10)]
    (doc,) = read_table(_form(tmp_path / "enum.xlsx", rows))
    this = doc.records[0]
    assert {k: v.number for k, v in this.values.items()} == {
        "births": 9, "births_male": 5, "births_female": 4, "deaths": 7, "married_women": 300}


def test_indicator_per_row_csv_without_unit_field_names_no_unit(tmp_path):
    """A CSV has no sheet name to stand for the unit: with no 单位 field its records are unnamed, not a crash."""
    path = tmp_path / "form.csv"
    lines = ["指标名称,计量单位,代码,本年,上年,同比增减", *(",".join(map(str, r)) for r in FORM)]
    path.write_text("\n".join(lines) + "\n", encoding="gbk")
    (doc,) = read_table(path)
    assert [r.unit for r in doc.records] == [None, None]
    assert doc.records[0].number("births") == 767 and doc.records[1].number("births") == 702
    assert doc.records[0].values["births"].location.line == 4  # the 出生人数 row: header on line 1


def _read_rows(rows: list[list[object]]) -> list:  # type: ignore[type-arg]
    """The documents of a one-sheet workbook holding ``rows`` (written to a temporary file, read back)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.xlsx"
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(path)
        return read_table(path)


@given(st.integers(1990, 2035))
@settings(max_examples=25, deadline=None)
def test_this_year_and_last_are_the_titles_year_not_the_filing_dates(year: int) -> None:
    # 本年 | 上年 under a title naming the year, a 填报日期 of the next January below it: year and year − 1
    (doc,) = _read_rows([[f"清河县{year}年人口和计划生育主要指标"],
                         ["填报单位：清河县卫生健康局", None, None, f"填报日期：{year + 1}年1月25日"],
                         ["指标", "单位", "本年", "上年", "增减"], *([r[0], r[1], r[3], r[4], r[5]] for r in FORM[:6])])
    assert [r.period for r in doc.records] == [str(year), str(year - 1)]
    assert [r.number("births") for r in doc.records] == [767, 702]


@given(st.sampled_from(["柳溪镇人民政府（计生办）", "柳溪镇人民政府(盖章)", "柳溪镇卫生健康办", "柳溪镇"]))
@settings(max_examples=10, deadline=None)
def test_the_place_a_form_is_filled_for_is_its_office_without_the_aside(office: str) -> None:
    # 170: 填报单位：柳溪镇人民政府（计生办） over 月份 | 出生人数 | 死亡人数: 柳溪镇's months
    (doc,) = _read_rows([["2024年分月人口出生死亡情况表"], [f"填报单位：{office}"], ["月份", "出生人数", "死亡人数"],
                         *([f"{m}月", 20 + m, 10 + m] for m in range(1, 13))])
    assert {r.unit for r in doc.records} == {"柳溪镇"} and len(doc.records) == 12
