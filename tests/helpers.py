"""Shared test helpers: a township workbook as clerks send it, a town's figures, and the CLI's JSON report."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from hypothesis import strategies as st
from openpyxl.worksheet.worksheet import Worksheet

from fpcheck.cli import main

Figures = dict[str, int]


@st.composite
def town_figures(draw: st.DrawFn, least: int = 0) -> Figures:
    """A town's year-end population, and births and deaths of at most 2% of it each (at least ``least``)."""
    pop = draw(st.integers(1000, 90000))
    return {"population_end": pop, "births": draw(st.integers(least, pop // 50)),
            "deaths": draw(st.integers(least, pop // 50))}


# Three townships and a 全县 totals row, as a county receives them (hand-worked figures in test_annotate).
TOWNSHIP_HEADER = ["地区", "出生人数", "一孩", "二孩", "多孩", "出生率", "年初人口", "年末人口"]
TOWNSHIP_ROWS: list[list[object]] = [
    ["城关镇", 120, 60, 40, 20, 12.0, 9900, 10100],
    ["东河乡", 1280, 460, 480, 160, 16.0, 79000, 81000],
    ["西山乡", 50, 25, 15, 10, 10.0, 4950, 5050],
    ["全县", 1455, 725, 535, 190, 15.3, 93850, 96150],
]


def township_sheet(ws: Worksheet, header: list[str], rows: list[list[object]],
                   title: str = "2023年各乡镇出生情况", units: str = "单位：人") -> Worksheet:
    """A title row, a units row, the header, then the rows (the table starts at row 3)."""
    ws.title = "Sheet1"
    ws.append([title])
    ws.append([units])
    ws.append(header)
    for r in rows:
        ws.append(r)
    return ws


def township_book(path: Path, header: list[str], rows: list[list[object]], **kw: str) -> Path:
    wb = openpyxl.Workbook()
    township_sheet(wb.active, header, rows, **kw)
    wb.save(path)
    return path


def check_json(capsys, *args: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    """Run ``fpcheck check … --format json``: exit status and the parsed report."""
    capsys.readouterr()
    status = main(["check", *args, "--format", "json"])
    return status, json.loads(capsys.readouterr().out)


def ods_workbook(path: Path, rows: list[list[object]], offset: bool = False, name: str = "表1") -> Path:
    """An .ods of ``rows`` on sheet ``name``: a cell is text, a number, or (value, shown text[, value type]);
    ``offset`` puts a blank row and column before the table."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name=name)
    if offset:
        table.addElement(TableRow())
    for row in rows:
        tr = TableRow()
        if offset:
            tr.addElement(TableCell())
        for v in row:
            if isinstance(v, str):
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=v))
            else:
                value, shown, kind = (*v, "float")[:3] if isinstance(v, tuple) else (v, str(v), "float")
                tc = TableCell(valuetype=kind, value=value)
                tc.addElement(P(text=shown))
            tr.addElement(tc)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path
