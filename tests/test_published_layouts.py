"""Layouts of published tables: cities over indented districts with no totals row, two 口径 side by side, places as
column groups over the years, blocks of years under a place's title row (fpcheck.tables, fpcheck.totals)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpcheck.check import Options, check_document
from fpcheck.tables import read_table

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INDENT = "\u3000"


def _checked(rows: list[list[object]], merged: tuple[str, ...] = ()) -> list:  # type: ignore[type-arg]
    """The documents of a one-sheet workbook of ``rows`` (cells ``merged``), checked."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for rng in merged:
        ws.merge_cells(rng)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.xlsx"
        wb.save(path)
        docs = read_table(path)
    for doc in docs:
        check_document(doc, Options(diagnose=False))
    return docs


def _errors(docs: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(f.rule, f.location.cell) for d in docs for f in d.all_findings() if f.severity == "error"}


@SETTINGS
@given(st.lists(st.lists(st.integers(5_000, 900_000), min_size=2, max_size=5), min_size=2, max_size=3),
       st.lists(st.integers(20_000, 600_000), min_size=2, max_size=3), st.data())
def test_an_indented_hierarchy_with_no_totals_row_sums_each_level(counties: list[list[int]], districts: list[int],
                                                                  data: st.DataObject) -> None:
    """Cities flush left over 　市辖区 (over 　　its districts) and 　counties, as a provincial yearbook's continuation
    page prints them (no 全省 row): every head is the sum of the rows one step in, so nothing is flagged; a head
    printed 1000 off is flagged on its own cell and nowhere else."""
    rows: list[list[object]] = [["各县（市、区）年末户籍人口"], ["地区", "年末户籍人口"]]
    heads: list[int] = []  # sheet rows (1-based) of the heads
    for k, county_pops in enumerate(counties):
        city_row = len(rows) + 1
        rows.append([f"{'东西南北'[k]}安市", sum(districts) + sum(county_pops)])
        heads.append(city_row)
        heads.append(len(rows) + 1)
        rows.append([f"{INDENT}市辖区", sum(districts)])
        rows += [[f"{INDENT * 2}{'甲乙丙'[j]}区", p] for j, p in enumerate(districts)]
        rows += [[f"{INDENT}{'一二三四五'[j]}{'东西南北'[k]}县", p] for j, p in enumerate(county_pops)]
    assert not _errors(_checked(rows))
    wrong = data.draw(st.sampled_from(heads))
    rows[wrong - 1][1] += 1000  # type: ignore[operator]
    assert _errors(_checked(rows)) == {("totals", f"B{wrong}")}


def test_two_populations_side_by_side_are_two_records_each_summed_apart() -> None:
    """年末户籍人口（人） over 合计 | 男 | 女 beside 年末常住人口（万人） and the 常住 rates: a row is two records, 户籍 and
    常住; the 常住 subtotal 62.86 against its members' 68.26 is its own error (the 户籍 ones hold)."""
    rows: list[list[object]] = [
        ["各县年末户籍人口和常住人口"],
        ["地区", "年末户籍人口（人）", None, None, "年末常住人口（万人）", "常住人口自然变动（‰）"],
        [None, "合计", "男", "女", None, "出生率"],
        ["上饶市", 3000, 1600, 1400, 62.86, 7.5],
        [f"{INDENT}信州区", 1000, 520, 480, 20.13, 7.1],
        [f"{INDENT}广丰区", 2000, 1080, 920, 48.13, 7.7],
    ]
    docs = _checked(rows, ("B2:D2", "E2:E3", "A2:A3"))
    assert [(r.unit, r.period) for r in docs[0].records] == [
        ("上饶市", "户籍"), ("上饶市", "常住"), ("信州区", "户籍"), ("信州区", "常住"), ("广丰区", "户籍"), ("广丰区", "常住")]
    assert docs[0].records[1].values["population_end"].number == 628600
    assert _errors(docs) == {("totals", "E4")}


def test_places_over_the_same_indicators_are_units_and_the_rows_their_years() -> None:
    """黄土岗村 | 城南村, each merged over 年末人口 | 出生人数 | 出生率, years down the rows: records by village and year;
    2017's rates rest on the mean of 2016's and 2017's year-ends (49 / 3187.5 × 1000 = 15.37)."""
    rows: list[list[object]] = [
        ["凤冈镇各村历年人口自然变动情况"],
        ["年份", "黄土岗村", None, None, "城南村", None, None],
        [None, "年末人口", "出生人数", "出生率", "年末人口", "出生人数", "出生率"],
        [2016, 3198, 49, 15.27, 2430, 30, 12.34],
        [2017, 3177, 49, 15.37, 2439, 29, 11.91],
    ]
    docs = _checked(rows, ("B2:D2", "E2:G2", "A2:A3"))
    assert [(r.unit, r.period) for r in docs[0].records] == [
        ("黄土岗村", "2016"), ("城南村", "2016"), ("黄土岗村", "2017"), ("城南村", "2017")]
    assert not _errors(docs)
    rows[4][3] = 13.57  # 15.37 with its digits turned round: off any base within a tenth of the year-ends
    assert _errors(_checked(rows, ("B2:D2", "E2:G2", "A2:A3"))) == {("birth_rate_from_counts", "D5")}
    # …and a village's 组 as its groups (一组 | 二组 over 出生人数 | 死亡人数): not one set of columns repeated
    groups: list[list[object]] = [["某村各组出生死亡情况"], ["年份", "一组", None, "二组", None],
                                  [None, "出生人数", "死亡人数", "出生人数", "死亡人数"], [2022, 5, 3, 6, 2], [2023, 4, 2, 7, 3]]
    docs = _checked(groups, ("B2:C2", "D2:E2", "A2:A3"))
    assert [(r.unit, r.period, r.values["births"].number) for r in docs[0].records] == [
        ("一组", "2022", 5), ("二组", "2022", 6), ("一组", "2023", 4), ("二组", "2023", 7)]


def test_blocks_of_years_under_a_places_title_row() -> None:
    """城关镇 alone in the 年份 column over its years, then 桥头镇 …: each block is that place's."""
    rows: list[list[object]] = [
        ["云溪县分乡镇人口自然变动情况"],
        ["年份", "年初人口", "年末人口", "出生人数"],
        ["城关镇"],
        ["2019年", 69062, 69145, 994],
        ["2020年", 69145, 69516, 806],
        ["桥头镇"],
        ["2019年", 33351, 33470, 454],
        ["2020年", 33470, 33428, 350],
    ]
    (doc,) = _checked(rows)
    assert [(r.unit, r.period) for r in doc.records] == [
        ("城关镇", "2019"), ("城关镇", "2020"), ("桥头镇", "2019"), ("桥头镇", "2020")]
