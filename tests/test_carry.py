"""A year opens where the year before closed (本年年初人口即上年年末人口): across sheets named by year and across
the year groups of one sheet (fpcheck.carry)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpcheck.check import Options, check_document
from fpcheck.model import Document, Record, Value
from fpcheck.tables import read_table
from fpcheck.validate import validate_records

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TOWNS = ["城关镇", "东河乡", "西山镇", "南湖街道"]
WB = Path(__file__).parent / "fixtures" / "workbooks"


def _carries(docs: list[Document]) -> list[tuple[str | None, str | None, float | None, float | None]]:
    """(sheet, cell, printed, what the year before closed at) of every ``year_carry`` finding."""
    for doc in docs:
        check_document(doc, Options(diagnose=False))
    return [(d.sheet, f.location.cell if f.location else None, f.actual, f.expected)
            for d in docs for f in d.findings if f.rule == "year_carry"]


def _read(wb: openpyxl.Workbook) -> list[Document]:
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "years.xlsx")
        return read_table(Path(tmp) / "years.xlsx")


@st.composite
def _chains(draw: st.DrawFn) -> dict[str, list[int]]:
    """Two to four towns, each with its population at the end of 2020 … 2023 (the first figure: end of 2020);
    often ones that read as years, so that a first row 城关镇 | 1999 | 2000 is drawn."""
    towns = draw(st.permutations(TOWNS))[:draw(st.integers(2, len(TOWNS)))]
    return {t: draw(st.lists(st.integers(1995, 2030) | st.integers(1, 90000), min_size=4, max_size=4)) for t in towns}


def test_the_year_sheets_of_fixture_105() -> None:
    # 2023 古楼镇 年初 48,158 is 2022年!G6's 年末 41,858 with two digits swapped; every other 2023 年初 (the 全县
    # 合计 369,705 too) repeats its 2022 年末 (read off both sheets of the fixture)
    docs = read_table(WB / "105_two_year_sheets_balance_start_equals_last_end.xlsx")
    assert _carries(docs) == [("2023年", "B6", 48158, 41858)]
    (finding,) = [f for d in docs for f in d.findings if f.rule == "year_carry"]
    assert "2022年!G6" in finding.message and "古楼镇" in finding.message


@given(_chains(), st.data())
@SETTINGS
def test_a_sheet_per_year_opens_where_the_last_closed(ends: dict[str, list[int]], data: st.DataObject) -> None:
    # sheets 2021年 … 2023年 (in a drawn order), 乡镇 | 年初人口 | 年末人口 and a 合计 row summing what is printed:
    # one 年初 off by `off` (0: none) is found on its cell against the year before's 年末, and so is the 合计's,
    # which sums it as printed (none for 2021's: the workbook holds no 2020 to open from)
    town, year = data.draw(st.sampled_from(list(ends))), data.draw(st.sampled_from([2021, 2022, 2023]))
    off = data.draw(st.sampled_from([0, 1, -1, 9, 1000]))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for y in data.draw(st.permutations([2021, 2022, 2023])):
        ws = wb.create_sheet(f"{y}年")
        ws.append(["乡镇", "年初人口", "年末人口"])
        rows = [[t, e[y - 2021] + off * (t == town and y == year), e[y - 2020]] for t, e in ends.items()]
        for row in rows:
            ws.append(row)
        ws.append(["合计", sum(r[1] for r in rows), sum(r[2] for r in rows)])
    row = list(ends).index(town) + 2
    total = sum(e[year - 2021] for e in ends.values())
    expected = [(f"{year}年", f"B{row}", ends[town][year - 2021] + off, ends[town][year - 2021]),
                (f"{year}年", f"B{len(ends) + 2}", total + off, total)] if off and year > 2021 else []
    assert _carries(_read(wb)) == expected


@given(_chains(), st.data())
@SETTINGS
def test_years_side_by_side_in_one_sheet(ends: dict[str, list[int]], data: st.DataObject) -> None:
    # one sheet: 乡镇 | 2022年 over 年初人口 | 年末人口 | 2023年 over the same two: 2023's 年初 (column D) against
    # 2022's 年末 (column C); a 年末 printed in 万 with two decimals is within its rounding of the persons count
    town, off = data.draw(st.sampled_from(list(ends))), data.draw(st.sampled_from([0, 1, 7]))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["乡镇", "2022年", None, "2023年", None])
    ws.append([None, "年初人口", "年末人口", "年初人口", "年末人口"])
    ws.merge_cells("B1:C1")
    ws.merge_cells("D1:E1")
    for t, e in ends.items():
        ws.append([t, e[1], e[2], e[2] + off * (t == town), e[3]])
    row = list(ends).index(town) + 3
    assert _carries(_read(wb)) == ([("Sheet", f"D{row}", ends[town][2] + off, ends[town][2])] if off else [])


@given(_chains(), st.data())
@SETTINGS
def test_sheets_named_this_year_and_last_year_take_their_years_from_their_titles(ends: dict[str, list[int]],
                                                                                data: st.DataObject) -> None:
    # sheets 本年 / 上年 name no year; their titles do (河口县2023年… / 河口县2022年…): 2023's 年初 (column B) against
    # 2022's 年末 (column C); a title naming two years (2023年与2022年对比) gives its sheet none, and no pair
    town, off = data.draw(st.sampled_from(list(ends))), data.draw(st.sampled_from([0, 1, -20]))
    both = data.draw(st.booleans())
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, y in (("本年", 2023), ("上年", 2022)):
        ws = wb.create_sheet(name)
        ws.append([f"河口县{y}年人口变动情况" + ("（2023年与2022年对比）" if both and y == 2023 else "")])
        ws.append(["乡镇", "年初人口", "年末人口"])
        for t, e in ends.items():
            ws.append([t, e[y - 2021] + off * (t == town and y == 2023), e[y - 2020]])
    row = list(ends).index(town) + 3
    expected = [("本年", f"B{row}", ends[town][2] + off, ends[town][2])] if off and not both else []
    assert _carries(_read(wb)) == expected


def test_a_closing_figure_in_wan_is_repeated_within_its_rounding() -> None:
    # 2022年 prints 年末人口 as 6.51 万 (65,100 ± 50); 2023年 opens at 65,139 (inside) and 东河乡 at 48,000
    # against 4.86 万 (48,600 ± 50: outside, by 600)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, header, rows in [("2022年", ["乡镇", "年初人口（万人）", "年末人口（万人）"], [["城关镇", 6.49, 6.51], ["东河乡", 4.80, 4.86]]),
                               ("2023年", ["乡镇", "年初人口", "年末人口"], [["城关镇", 65139, 65239], ["东河乡", 48000, 48918]])]:
        ws = wb.create_sheet(name)
        ws.append(header)
        for r in rows:
            ws.append(r)
            if name == "2022年":
                ws.cell(ws.max_row, 2).number_format = ws.cell(ws.max_row, 3).number_format = "0.00"
    assert _carries(_read(wb)) == [("2023年", "B3", 48000, 48600)]


def _series(ends: list[int], births: list[int], rates: list[float]) -> list[Record]:
    """吉安市's years down the rows (2019, 2020, …): 年末人口, 出生, 出生率 as a yearbook prints them, no 年初."""
    return [Record("吉安市", {"population_end": Value("population_end", float(e), str(e)),
                             "births": Value("births", float(b), str(b)),
                             "birth_rate": Value("birth_rate", r, f"{r:.2f}", 2)}, str(2019 + k))
            for k, (e, b, r) in enumerate(zip(ends, births, rates))]


@SETTINGS
@given(st.integers(200_000, 5_000_000), st.lists(st.integers(-30, 30), min_size=2, max_size=7), st.data())
def test_a_series_rate_on_the_mean_of_the_year_ends_holds(first: int, growth: list[int], data: st.DataObject) -> None:
    """A year's rate on the mean of the year before's end and its own (what a yearbook's series prints) passes from
    the second year on; the first year, with no year before, rests on its own end alone: at most a warning there.
    A rate 30% off is an error in any year after the first (no base within 10% could explain it). (Each year's end
    within 3% of the year before's, as populations move.)"""
    ends = [first]
    for g in growth:
        ends.append(round(ends[-1] * (1 + g / 1000)))
    births = [data.draw(st.integers(e // 200, e // 50)) for e in ends]
    rates = [round(births[0] / ends[0] * 1000, 2)] + [
        round(b / ((ends[k - 1] + e) / 2) * 1000, 2) for k, (e, b) in enumerate(zip(ends, births)) if k]
    findings = validate_records(_series(ends, births, rates))
    assert all(not fs for fs in findings)
    off = data.draw(st.integers(1, len(ends) - 1))
    rates[off] = round(rates[off] * 1.3, 2)
    findings = validate_records(_series(ends, births, rates))
    assert [(k, f.rule, f.severity) for k, fs in enumerate(findings) for f in fs] == [
        (off, "birth_rate_from_counts", "error")]


def test_a_series_rate_on_its_own_year_end_holds_too() -> None:
    """Fixture 24's rates are exact on each year's own 年末人口: a base as plausible as the mean of the year-ends."""
    ends, births = [64476, 64047, 63540], [829, 605, 657]
    rates = [round(b / e * 1000, 2) for b, e in zip(births, ends)]  # 12.86, 9.45, 10.34 as the fixture prints them
    assert rates == [12.86, 9.45, 10.34]
    assert all(not fs for fs in validate_records(_series(ends, births, rates)))


def test_a_start_moved_by_a_boundary_change_the_notes_tell_is_noted_not_an_error() -> None:
    # 534's shape: 大坪村 went into 枫木村 in 2024 (注：大坪村于2024年3月并入枫木村): 枫木村's 2024 年初 3283 is its 2023 年末
    # 2208 and 大坪村's 1075 together, an info on its cell; 龙塘村's start off by 9 is still an error
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for year, rows, note in ((2023, [["枫木村", 2190, 2208], ["大坪村", 1080, 1075], ["龙塘村", 1500, 1512]], "注：合计为各村之和。"),
                             (2024, [["枫木村", 3283, 3290], ["龙塘村", 1521, 1530]], "注：大坪村于2024年3月并入枫木村，数据已含在枫木村内。")):
        ws = wb.create_sheet(f"{year}年")
        ws.append(["村", "年初人口", "年末人口"])
        for row in rows:
            ws.append(row)
        ws.append([note])
    docs = _read(wb)
    for doc in docs:
        check_document(doc, Options(diagnose=False))
    found = {(f.location.cell, f.severity) for d in docs for f in d.findings if f.rule == "year_carry"}
    assert found == {("B2", "info"), ("B3", "error")}
    (moved,) = [f for d in docs for f in d.findings if f.rule == "year_carry" and f.severity == "info"]
    assert "大坪村于2024年3月并入枫木村" in moved.message and "3283" in moved.message
