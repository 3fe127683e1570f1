"""A printed change (增减, 增减%) against the two periods' figures it compares (``period_change``)."""

from __future__ import annotations

import tempfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fpcheck.catalog import default_catalog
from fpcheck.changes import Change, change_findings, change_kind, compared_periods
from fpcheck.model import Document, Location, Value
from fpcheck.tables import read_table


def _half_up(x: Fraction, decimals: int) -> Decimal:
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def _value(ind: str, shown: Decimal, cell: str) -> Value:
    decimals = max(0, -shown.as_tuple().exponent)  # type: ignore[operator]
    return Value(ind, float(shown), str(shown), decimals, location=Location("t.xlsx", sheet="S", cell=cell))


def _change(ind: str, now: Decimal, before: Decimal, printed: Decimal, kind: str) -> Change:
    return Change("城关镇", _value(ind, now, "B5"), _value(ind, before, "C5"), _value(ind, printed, "D5"), kind)


def _flagged(change: Change) -> bool:
    return bool(change_findings([change], default_catalog()))


# exact figures with 1–4 decimals, printed rounded to 2; positive (a rate, a share, a count in 万)
exact = st.fractions(Fraction(1, 10), Fraction(500), max_denominator=10_000)


@settings(max_examples=300, deadline=None)
@given(exact, exact, st.integers(0, 2))
def test_a_change_made_from_the_exact_figures_is_never_flagged_against_their_roundings(
        now: Fraction, before: Fraction, decimals: int) -> None:
    # the clerk's system computes 增减 and 增减% from unrounded figures, then prints all four rounded: every
    # difference this makes (7.24 − 9.40 printed −2.15, from 7.244 − 9.396) lies within the three roundings
    shown_now, shown_before = _half_up(now, 2), _half_up(before, 2)
    difference = _half_up(now - before, decimals)
    assert not _flagged(_change("birth_rate", shown_now, shown_before, difference, "difference"))
    relative = _half_up((now - before) / before * 100, decimals)
    assume(shown_before - Decimal("0.005") > 0)
    assert not _flagged(_change("birth_rate", shown_now, shown_before, relative, "percent"))


@settings(max_examples=300, deadline=None)
@given(st.integers(1000, 90_000), st.integers(1000, 90_000), st.integers(-500, 500).filter(bool))
def test_a_counts_change_off_by_a_person_or_more_is_flagged_with_the_difference(
        now: int, before: int, off: int) -> None:
    printed = now - before + off
    # (unless the wrong figure happens to be the relative change in %, which is then accepted as one)
    assume(abs(Fraction(printed) - Fraction(now - before, before) * 100) > 1)
    found = change_findings([_change("births", Decimal(now), Decimal(before), Decimal(printed), "difference")],
                            default_catalog())
    assert len(found) == 1
    assert found[0].rule == "period_change" and found[0].expected == now - before and found[0].actual == printed
    assert found[0].location is not None and found[0].location.cell == "D5"


def test_a_relative_change_is_judged_only_on_a_figure_before_above_zero() -> None:
    # natural growth from −0.57 to −2.72: a relative change of a negative rate says nothing; its difference does
    assert not _flagged(_change("natural_growth_rate", Decimal("-2.72"), Decimal("-0.57"), Decimal("377.19"), "percent"))
    assert _flagged(_change("natural_growth_rate", Decimal("-2.72"), Decimal("-0.57"), Decimal("-2.51"), "difference"))
    assert not _flagged(_change("natural_growth_rate", Decimal("-2.72"), Decimal("-0.57"), Decimal("-2.15"), "difference"))


def test_the_header_says_which_change_the_message_expects() -> None:
    assert [change_kind(h) for h in ("增减", "增减（%）", "增长率", "增幅", "增减（百分点）", "比上年增减千分点", "同比增减")] == \
        ["difference", "percent", "percent", "percent", "difference", "difference", "difference"]
    found = change_findings([_change("births", Decimal(1993), Decimal(2596), Decimal("-24.27"), "percent")],
                            default_catalog())  # (−630 / 2596: the relative change of a wrong difference)
    assert [round(f.expected or 0, 2) for f in found] == [-23.23]
    assert "增减%" in found[0].message and "-23.23" in found[0].message


def test_which_period_is_the_current_one() -> None:
    assert compared_periods(["full-year", "上年同期", None]) == ("full-year", "上年同期")
    assert compared_periods(["上年同期", "to-date: 9月"]) == ("to-date: 9月", "上年同期")
    assert compared_periods(["2023", "2024"]) == ("2024", "2023")
    assert compared_periods(["2022", "2023", "2024"]) is None  # (three years: which two a change compares is unsaid)
    assert compared_periods(["month: 8月", "to-date: 8月"]) is None
    assert compared_periods(["month: 11月", "month: 10月"]) == ("month: 11月", "month: 10月")  # (本月 | 上月)
    assert compared_periods(["month: 12月", "month: 1月"]) == ("month: 1月", "month: 12月")
    assert compared_periods(["month: 11月", "month: 9月"]) is None


def test_a_change_written_last_period_minus_this_one_says_its_sign_is_reversed() -> None:
    (found,) = change_findings([_change("deaths", Decimal(3459), Decimal(3227), Decimal(-232), "difference")],
                               default_catalog())
    assert found.expected == 232 and found.evidence == ["符号相反：似为上期减本期"]
    (other,) = change_findings([_change("deaths", Decimal(3459), Decimal(3227), Decimal(-223), "difference")],
                               default_catalog())
    assert other.evidence == []


def _wide_book(path: Path, rows: list[list[object]]) -> Path:
    """本年 | 上年 | 增减 under 出生人数 and 出生率, merged group headers, three towns and a 合计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对比表"
    ws.append(["2024年各乡镇出生情况对比表"])
    ws.append(["乡镇", "出生人数", None, None, "出生率（‰）", None, None, "年末人口"])
    ws.append([None, "本年", "上年", "增减", "本年", "上年", "增减（千分点）", None])
    for r in rows:
        ws.append(r)
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:D2")
    ws.merge_cells("E2:G2")
    ws.merge_cells("H2:H3")
    wb.save(path)
    return path


def test_a_wide_tables_change_columns_are_checked_cell_by_cell() -> None:
    # 城关镇 births 447 − 393 = 54, typed 45 (D4); its rate change 9.59 − 8.40 = 1.19 printed 1.20, which the
    # unrounded rates give (within the roundings: no finding); 河口镇 −12 right; the 合计's 增减 the sum, right
    rows: list[list[object]] = [
        ["城关镇", 447, 393, 45, 9.59, 8.40, 1.20, 46458],
        ["河口镇", 253, 265, -12, 8.03, 8.41, -0.38, 31510],
        ["合计", 700, 658, 42, 8.96, 8.41, 0.55, 77968],
    ]
    with tempfile.TemporaryDirectory() as tmp:
        (doc,) = read_table(_wide_book(Path(tmp) / "wide.xlsx", rows))
    found = [f for f in doc.findings if f.rule == "period_change"]
    assert [(f.location.cell if f.location else None, f.expected, f.actual) for f in found] == [("D4", 54, 45)]
    assert "城关镇" in found[0].message and "B4" in found[0].message and "C4" in found[0].message
    # the change columns are no records' figures: the towns' two periods only
    assert sorted({r.period for r in doc.records}) == ["full-year", "上年同期"]


def _changes_of(wb: openpyxl.Workbook) -> tuple[Document, list[tuple[str | None, float | None, float | None]]]:
    """A one-sheet workbook read, and (cell, expected, printed) of each change it finds wrong."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "book.xlsx"
        wb.save(path)
        (doc,) = read_table(path)
    return doc, [(f.location.cell if f.location else None, f.expected, f.actual) for f in doc.findings
                 if f.rule == "period_change"]


def test_a_units_change_rows_under_its_year_rows_are_checked_column_by_column() -> None:
    # 城关镇: 2023年 447 births, 2022年 393: 增减 54 typed 45 (C5); its 增减（%） 13.74 = 54 / 393 × 100 and every
    # other change (deaths −7, −1.90%; the rate's 1.19; 河口镇's −12, 94, −0.38, −4.53%, 31.76%) hold
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["各乡镇出生情况对比"])
    ws.append(["乡镇", "年份", "出生人数", "死亡人数", "出生率（‰）"])
    for row in (["城关镇", "2023年", 447, 361, 9.59], [None, "2022年", 393, 368, 8.40], [None, "增减", 45, -7, 1.19],
                [None, "增减（%）", 13.74, -1.90, None], ["河口镇", "2023年", 253, 390, 8.03],
                [None, "2022年", 265, 296, 8.41], [None, "增减", -12, 94, -0.38], [None, "增减（%）", -4.53, 31.76, None]):
        ws.append(row)
    ws.merge_cells("A3:A6")
    ws.merge_cells("A7:A10")
    doc, found = _changes_of(wb)
    assert found == [("C5", 54, 45)]
    assert [(r.unit, r.period) for r in doc.records] == [("城关镇", "2023"), ("城关镇", "2022"), ("河口镇", "2023"),
                                                         ("河口镇", "2022")]


def test_a_quarter_beside_the_quarter_before_and_their_change() -> None:
    # a third-quarter return: 本季 | 上季 | 环比（%）: 上季 is the second quarter; 城关镇 (120 − 100) / 100 = 20.0% printed
    # 2.0 (D4), 河口镇 (45 − 50) / 50 = −10.0 right
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "季报"
    ws.append(["2024年第三季度各乡镇出生情况"])
    ws.append(["乡镇", "出生人数", None, None])
    ws.append([None, "本季", "上季", "环比（%）"])
    ws.append(["城关镇", 120, 100, 2.0])
    ws.append(["河口镇", 45, 50, -10.0])
    ws.merge_cells("B2:D2")
    ws.merge_cells("A2:A3")
    doc, found = _changes_of(wb)
    assert sorted({r.period for r in doc.records}) == ["quarter: 三季度", "quarter: 二季度"]
    assert found == [("D4", 20.0, 2.0)]
