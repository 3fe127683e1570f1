"""Periods laid out in a table's rows or columns: the same figures read the same way whichever layout a clerk
chose (a year column splitting a panel, years under each indicator, years over the indicators)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpcheck.check import Options, check_document
from fpcheck.model import Document
from fpcheck.tables import read_table

from helpers import Figures, town_figures

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TOWNS = ["城关镇", "东河乡", "西山镇", "南湖街道", "北郊镇"]
HEADERS = {"population_end": "年末人口", "births": "出生人数", "deaths": "死亡人数"}



@st.composite
def _years(draw: st.DrawFn) -> dict[int, dict[str, Figures]]:
    """Two to four consecutive years of the same two to five towns."""
    towns = TOWNS[:draw(st.integers(2, 5))]
    first = draw(st.integers(2015, 2022))
    return {first + k: {t: draw(town_figures()) for t in towns} for k in range(draw(st.integers(2, 4)))}


def _total(towns: dict[str, Figures]) -> Figures:
    return {ind: sum(f[ind] for f in towns.values()) for ind in HEADERS}


def _records(doc: Document) -> set[tuple[str | None, str | None, tuple[tuple[str, float | None], ...]]]:
    return {(r.unit, r.period, tuple(sorted((k, v.number) for k, v in r.values.items()))) for r in doc.records}


def _errors(doc: Document) -> set[tuple[str, str | None]]:
    check_document(doc, Options(diagnose=False))
    return {(f.rule, f.location.cell if f.location else None) for f in doc.all_findings() if f.severity == "error"}


def _write_panel(path: Path, years: dict[int, dict[str, Figures]], forms: list[str]) -> dict[int, int]:
    """A panel: 年度 | 乡镇 | figures, each year's towns and its 合计; the year said the way ``forms`` says for
    that block (a date shown yyyy"年" on every row, text on the first row only, a number merged down). The sheet
    row (1-based) of each year's 合计."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["年度", "乡镇", *HEADERS.values()])
    total_rows = {}
    for (year, towns), form in zip(years.items(), forms):
        top = ws.max_row + 1
        for k, (town, figures) in enumerate([*towns.items(), ("合计", _total(towns))]):
            ws.append([None, town, *figures.values()])
            cell = ws.cell(ws.max_row, 1)
            if form == "date":
                cell.value, cell.number_format = datetime(year, 1, 1), 'yyyy"年"'
            elif form == "text" and k == 0:
                cell.value = f"{year}年"
        if form == "merged":
            ws.cell(top, 1).value, ws.cell(top, 1).number_format = year, '0"年"'
            ws.merge_cells(f"A{top}:A{ws.max_row}")
        total_rows[year] = ws.max_row
    wb.save(path)
    return total_rows


def _write_sheets(path: Path, years: dict[int, dict[str, Figures]]) -> None:
    """The same figures as one sheet per year (乡镇 | figures, 合计 last), each sheet named by its year."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for year, towns in years.items():
        ws = wb.create_sheet(f"{year}年")
        ws.append(["乡镇", *HEADERS.values()])
        for town, figures in [*towns.items(), ("合计", _total(towns))]:
            ws.append([town, *figures.values()])
    wb.save(path)


@SETTINGS
@given(_years(), st.data())
def test_a_panel_split_by_its_year_column_reads_as_one_sheet_per_year(years: dict[int, dict[str, Figures]],
                                                                      data: st.DataObject) -> None:
    forms = data.draw(st.lists(st.sampled_from(["date", "text", "merged"]), min_size=len(years), max_size=len(years)))
    with tempfile.TemporaryDirectory() as tmp:
        panel_path, sheets_path = Path(tmp) / "panel.xlsx", Path(tmp) / "sheets.xlsx"
        total_rows = _write_panel(panel_path, years, forms)
        _write_sheets(sheets_path, years)
        (panel,) = read_table(panel_path)
        per_year = read_table(sheets_path)
        assert _records(panel) == {(u, doc.sheet[:4], values)  # type: ignore[index]
                                   for doc in per_year for u, _p, values in _records(doc)}
        assert _errors(panel) == set()  # every 合计 the sum of its own year's towns only
        # one year's 合计 births off by one: that cell, and no other year's total
        year = data.draw(st.sampled_from(sorted(years)))
        wb = openpyxl.load_workbook(panel_path)
        wb.active[f"D{total_rows[year]}"].value += 1
        wb.save(panel_path)
        (panel,) = read_table(panel_path)
        assert {cell for rule, cell in _errors(panel) if rule == "totals"} == {f"D{total_rows[year]}"}


@SETTINGS
@given(_years(), st.booleans())
def test_years_under_each_indicator_read_as_indicators_under_each_year(years: dict[int, dict[str, Figures]],
                                                                      numbers: bool) -> None:
    # 年末人口 | 出生人数 | 死亡人数 each merged over the years (stored as numbers shown 0"年", or text 2019年), and
    # the transpose, each year merged over the indicators: the same records
    towns = [*next(iter(years.values())), "合计"]
    by_year = {y: {**t, "合计": _total(t)} for y, t in years.items()}
    n = len(years)
    with tempfile.TemporaryDirectory() as tmp:
        paths = Path(tmp) / "indicators_over_years.xlsx", Path(tmp) / "years_over_indicators.xlsx"
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["乡镇", *[h if k == 0 else None for h in HEADERS.values() for k in range(n)]])
        ws.append([None, *[y if numbers else f"{y}年" for _h in HEADERS for y in years]])
        for j in range(len(HEADERS)):
            ws.merge_cells(start_row=1, start_column=2 + j * n, end_row=1, end_column=1 + (j + 1) * n)
            for k in range(n):
                ws.cell(2, 2 + j * n + k).number_format = '0"年"'
        for town in towns:
            ws.append([town, *[by_year[y][town][ind] for ind in HEADERS for y in years]])
        wb.save(paths[0])
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["乡镇", *[f"{y}年" if k == 0 else None for y in years for k in range(len(HEADERS))]])
        ws.append([None, *[h for _y in years for h in HEADERS.values()]])
        for town in towns:
            ws.append([town, *[by_year[y][town][ind] for y in years for ind in HEADERS]])
        wb.save(paths[1])
        (wide, transposed) = (read_table(p)[0] for p in paths)
        assert _records(wide) == _records(transposed) and len(wide.records) == len(towns) * n
        assert _errors(wide) == _errors(transposed) == set()


def _quarter_book(path: Path, months: list[list[int]], total_of: list[int]) -> Path:
    """A 季报: 乡镇 | 出生人数 over 7月 | 8月 | 9月 | 季度合计, one row per town (its three months, then ``total_of``)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["岚山县2024年第三季度人口出生情况季报表"])
    ws.append(["乡镇", "出生人数", None, None, None])
    ws.append([None, "7月", "8月", "9月", "季度合计"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:E2")
    for town, counts, total in zip(TOWNS, months, total_of):
        ws.append([town, *counts, total])
    wb.save(path)
    return path


@SETTINGS
@given(st.lists(st.lists(st.integers(0, 400), min_size=3, max_size=3), min_size=2, max_size=5), st.data())
def test_property_a_quarters_column_is_the_sum_of_its_months(months: list[list[int]], data: st.DataObject) -> None:
    """Months beside their 季度合计 make the quarter up (``period_parts``): the sums check clean, and a total off by
    any amount is an error on that town's 季度合计 cell alone."""
    town = data.draw(st.integers(0, len(months) - 1))
    totals = [sum(m) for m in months]
    delta = data.draw(st.integers(-min(50, totals[town]), 50).filter(bool))  # (a count stays a count)
    with tempfile.TemporaryDirectory() as tmp:
        (clean,) = read_table(_quarter_book(Path(tmp) / "q.xlsx", months, totals))
        totals[town] += delta
        (wrong,) = read_table(_quarter_book(Path(tmp) / "w.xlsx", months, totals))
    assert _errors(clean) == set()
    assert _errors(wrong) == {("totals", f"E{4 + town}")}

