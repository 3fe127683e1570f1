"""Work a table reader does a whole column at a time gives what the same test row by row gives.

Each helper is compared with the per-row code it stands for (kept here as the reference), on generated
columns that hold what trips such shortcuts: blanks, None, numbers, spaces of every kind, Latin letters that
ignoring case takes for others (ſ, K), labels holding a pattern's literals without matching it.
"""

from __future__ import annotations

import gc
import re

import numpy as np
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fpcheck import cells
from fpcheck.extract import openers
from fpcheck.layout import (FOOTNOTE_RE, FORM_LINE_RE, PAGE_LINE_RE, Layout, _spaces, _texts, _units_follow,
                            find_data_rows, label_columns, squeezed_column, text_of, unit_label)
from fpcheck.sheets import Figures, Grid, figure_columns, not_known_figures
from fpcheck.recordtable import LabelColumn
from fpcheck.tables import TOTAL_LABELS, _breakdown_blocks, _maybe_totals, read_table
from fpcheck.totals import hierarchy_spec

# pieces of labels: the literals patterns look for, spaces, letters, digits, CJK
_PIECES = ["其中", "：", ":", "小计", "分计", "subtotal", "SubTotal", "ſubtotal", "ſ", "K", "İ", "ı", "15", "-", "～",
           "19", "岁", "及以上", "+", "and over", "城镇", "乡村", "男", "合计", "全县", "总计", "Total", "national",
           "注", "注：", "数据来源", "Note", "NOTES", "ſource", "填报", "单位", "分", "按", "各", " ", "\u3000", "\t",
           "\n", "\x1c", "\xa0", "A", "b", "村", "镇", "0", "7", ""]
_LABEL = st.lists(st.sampled_from(_PIECES), max_size=5).map("".join)
_LABELS = st.lists(st.one_of(st.none(), _LABEL), max_size=40)
_PATTERNS = [re.compile(p, re.I if k == "subtotal_label" else 0) for k, p in hierarchy_spec().items()]
_PATTERNS += [FOOTNOTE_RE, FORM_LINE_RE, re.compile(r"^\s*\d+$"), re.compile(r"(?i)^total")]


@settings(max_examples=400, deadline=None)
@given(_LABELS)
def test_labels_matched_at_once_are_those_matched_one_by_one(labels: list[str | None]) -> None:
    column = LabelColumn(labels)
    for pattern in _PATTERNS:
        assert column.matches(pattern).tolist() == [u is not None and pattern.match(u) is not None for u in labels]


_VALUE = st.one_of(st.none(), _LABEL, st.integers(-5, 5), st.floats(allow_nan=False, allow_infinity=False),
                   st.booleans(), st.text(max_size=6))


@settings(max_examples=400, deadline=None)
@given(st.lists(_VALUE, max_size=40))
def test_unit_labels_of_a_column_are_each_cell_s(values: list[object]) -> None:
    assert label_columns(values) == ([unit_label(v) for v in values],
                                     ["".join(text_of(v).split()) or None for v in values])


def test_the_table_of_spaces_is_str_isspace() -> None:
    assert np.flatnonzero(_spaces()).tolist() == [c for c in range(0x110000) if chr(c).isspace()]


@settings(max_examples=400, deadline=None)
@given(st.lists(_VALUE, max_size=40))
def test_labels_squeezed_at_once_are_each_cell_s(values: list[object]) -> None:
    assert squeezed_column(values) == ["".join(text_of(v).split()) or None for v in values]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), _LABEL.filter(bool)), max_size=40))
def test_rows_that_may_be_totals_are_those_the_row_test_picks(units: list[str | None]) -> None:
    first = {t[:1].lower() for t in TOTAL_LABELS} | {"n", "g"}
    assert _maybe_totals(units, TOTAL_LABELS) == [i for i, u in enumerate(units)
                                                    if u is None or u[:1].lower() in first]


def _data_rows_by_row(rows: list[list[object]], header_start: int, data_start: int) -> tuple[list[int], int]:
    """The row-by-row reading of a table's data rows that find_data_rows stands for."""
    heads = {_texts(rows[r]) for r in range(header_start, data_start)}
    firsts = {h[0] for h in heads if h}
    out: list[int] = []
    for r in range(data_start, len(rows)):
        row = rows[r]
        v = row[0] if row else None
        if isinstance(v, str):
            if v.strip():
                if FOOTNOTE_RE.match(v) or FORM_LINE_RE.match(v):
                    if _units_follow(rows, r):
                        continue
                    return out, r
                if v.strip() in firsts and _texts(row) in heads or v.lstrip()[:1] in "第-—–共" and PAGE_LINE_RE.match(v):
                    continue
                out.append(r)
                continue
        elif v is not None:
            out.append(r)
            continue
        first = next((i for i, x in enumerate(row) if not (x is None or isinstance(x, str) and not x.strip())), -1)
        if first < 0:
            continue
        if isinstance(row[first], str) and (FOOTNOTE_RE.match(row[first]) or FORM_LINE_RE.match(row[first])):
            return out, r
        out.append(r)
    return out, len(rows)


def test_openers_are_the_characters_a_match_opens_with() -> None:
    foot = openers(FOOTNOTE_RE)
    assert foot is not None and all(foot.match(c) for c in "注数资来说备nNsSſ") and not foot.match("村")
    assert openers(re.compile(r"^\s*(?:ab|ac)d")).pattern == "[a]"
    assert openers(re.compile(r"\s*x|y")) is None and openers(re.compile(r"^\s*[a-c]")) is None


_FIRST = st.one_of(st.none(), st.integers(0, 9), _LABEL, st.sampled_from(
    ["地区", " 地区", "第 1 页", "— 2 —", "共3页", "说明：合并", "填表人：张三", "Sources: x", "ſource", "notes"]))
_GRID_ROW = st.one_of(st.just([]), st.tuples(_FIRST, st.lists(st.one_of(st.none(), st.integers(0, 9), _LABEL),
                                                            max_size=3)).map(lambda t: [t[0], *t[1]]))


@settings(max_examples=500, deadline=None)
@given(st.lists(_GRID_ROW, max_size=14), st.integers(0, 2))
def test_data_rows_found_at_once_are_those_found_row_by_row(body: list[list[object]], data_start: int) -> None:
    rows = [["地区", "出生人数"], *body]
    layout = Layout(header_start=0, data_start=min(data_start, len(rows)), first_col=0)
    assert find_data_rows(Grid(name="s", rows=rows), layout) == _data_rows_by_row(rows, 0, layout.data_start)


_CELL = st.one_of(st.none(), st.integers(-5, 5), st.floats(), st.booleans(), st.sampled_from(["", "5", "—"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_CELL, max_size=5), max_size=12), st.integers(1, 4))
def test_figure_columns_read_a_block_of_rows_at_a_time_are_the_whole_columns(rows: list[list[object]],
                                                                              block: int) -> None:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(cells, "FIGURE_BLOCK", block)
        got = cells.RowCells.of(rows, range(6))
    width = min(map(len, rows), default=0)
    want = {c: [row[c] for row in rows] for c in range(width) if all(type(row[c]) in (int, float) for row in rows)}
    assert got.figures.keys() == want.keys()
    for c, x in got.figures.items():
        assert np.array_equal(x, np.array(want[c], dtype=np.float64), equal_nan=True)
    assert all(got.values(c) == [row[c] if c < len(row) else None for row in rows] for c in range(6))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_CELL, max_size=5), max_size=12), st.integers(0, 3), st.lists(st.integers(0, 15), max_size=5),
       st.integers(1, 4))
def test_figure_columns_known_from_the_parse_are_those_the_rows_give(rows: list[list[object]], first: int,
                                                                     cuts: list[int], block: int) -> None:
    """Columns of figures found per part of a sheet (any parts, some rows in none) read as the rows say."""
    grid = [[1, 2.5]] * first + rows
    bounds = sorted({min(c, len(grid)) for c in cuts})
    known = [Figures(a, b, figure_columns(grid[a:b], range(6))) for a, b in zip(bounds, bounds[1:]) if a % 2]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(cells, "FIGURE_BLOCK", block)
        got = cells.RowCells.of(rows, range(6), known, first).figures
    want = cells.RowCells.of(rows, range(6)).figures
    assert got.keys() == want.keys()
    assert all(np.array_equal(got[c], want[c], equal_nan=True) for c in got)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 30), unique=True).map(sorted), st.lists(st.integers(0, 32), max_size=6),
       st.integers(0, 2))
def test_rows_not_known_as_figures_are_those_no_block_of_the_column_covers(rows: list[int], cuts: list[int],
                                                                           c: int) -> None:
    bounds = sorted(set(cuts))
    figures = [Figures(a, b, {k: np.zeros(b - a) for k in range(a % 3)}) for a, b in zip(bounds, bounds[1:])]
    want = [r for r in rows if not any(f.start <= r < f.stop and c in f.columns for f in figures)]
    assert not_known_figures(rows, figures, c) == want


def _breakdown_blocks_by_row(raw: list[object], units: list[str | None], total: list[bool]
                             ) -> list[tuple[list[int], bool]]:
    """The row-by-row reading of 其中 blocks that _breakdown_blocks stands for."""
    spec = hierarchy_spec()
    part = re.compile(spec["breakdown_label"])
    blocks: list[tuple[list[int], bool]] = []
    seen_total, current = False, None
    for i, (label, unit, tot) in enumerate(zip(raw, units, total)):
        if tot:
            seen_total, current = i > 0, None
        elif unit is not None and part.match("".join(text_of(label).split())):  # (the name holds no 其中)
            current = ([i], seen_total or (i > 0 and total[i - 1]))  # (right under a first totals row: its too)
            blocks.append(current)
        elif current is not None and unit is not None and (seen_total or text_of(label)[:1].isspace()):
            current[0].append(i)
        else:
            current = None
    covered = {j for block, _ in blocks for j in block}
    named = re.compile(spec["breakdown_name"])
    for t in (i for i, tot in enumerate(total) if tot and not text_of(raw[i])[:1].isspace()):
        under: list[int] = []
        for j in range(t + 1, len(units)):
            u = units[j]
            if u is None or total[j] or j in covered or not (text_of(raw[j])[:1].isspace() or named.match(u)):
                break
            under.append(j)
        block = set(under)
        rest = any(u is not None and not total[j] and j not in block and j not in covered for j, u in enumerate(units))
        if under and (rest or any(named.match(units[j] or "") for j in under)):
            blocks.append((under, True))
    return blocks


_ROW = st.tuples(st.sampled_from(["", " ", "\u3000"]), st.one_of(st.none(), st.sampled_from(
    ["其中：城镇", "其中", "城镇", "乡村", "男", "甲村", "乙镇", "合计"])), st.booleans())


@settings(max_examples=500, deadline=None)
@given(st.lists(_ROW, max_size=30))
def test_breakdown_blocks_are_those_read_row_by_row(rows: list[tuple[str, str | None, bool]]) -> None:
    raw = [None if unit is None else indent + unit for indent, unit, _t in rows]
    units = [unit for _i, unit, _t in rows]
    total = [t and unit is not None for _i, unit, t in rows]
    shown = ["".join(text_of(label).split()) or None for label in raw]
    assert _breakdown_blocks(lambda i: text_of(raw[i])[:1].isspace(), shown, units, total) == \
        _breakdown_blocks_by_row(raw, units, total)


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_the_collector_as_it_found_it(tmp_path, enabled: bool) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["地区", "出生人数"])
    wb.active.append(["甲村", 12])
    wb.save(tmp_path / "t.xlsx")
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert read_table(tmp_path / "t.xlsx")[0].records[0].number("births") == 12
        assert gc.isenabled() is enabled
        with pytest.raises(Exception):
            read_table(tmp_path / "missing.xlsx")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_reading_a_workbook_makes_no_reference_cycles(tmp_path) -> None:
    """What pausing the collector relies on: what reading drops is freed by reference counting."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["地区", "出生人数", "死亡人数"])
    for i in range(50):
        ws.append([f"村{i}", i, i % 7])
    ws.append(["合计", sum(range(50)), sum(i % 7 for i in range(50))])
    wb.save(tmp_path / "t.xlsx")
    read_table(tmp_path / "t.xlsx")  # (caches filled on the first read)
    gc.collect()
    gc.disable()
    try:
        docs = read_table(tmp_path / "t.xlsx")
        assert gc.collect() == 0
    finally:
        gc.enable()
    assert len(docs[0].records) == 51
