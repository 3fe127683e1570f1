"""Tables → records for xlsx/xlsm/ods/xls/CSV: the grids of :mod:`fpcheck.sheets`, the layout that
:mod:`fpcheck.layout` finds in them, the cells as :mod:`fpcheck.cells` reads them.

``read_table(path)`` gives one :class:`Document` per sheet that holds a table: each data row (each row and
period in a wide multi-year layout) becomes a record, the totals row last with unit ``合计``. Data rows are
read a column at a time into a :class:`~fpcheck.recordtable.RecordTable` (numbers, decimals and scales as
arrays; Records and their cell locations built only when asked for).
"""

from __future__ import annotations

import dataclasses
import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property, lru_cache
from itertools import compress, islice, repeat
from operator import is_not, itemgetter
from typing import Any, cast

import numpy as np

from .catalog import Catalog, default_catalog, header_key, table_rules
from .cells import (RowCells, is_numeric, lookalike_number, non_numeric_finding, parse_text_number, read_column, snap,
                    text_of)
from .codebook import apply_codebooks
from .extract import annualised_cue, period_of
from .gcpause import COLLECTOR_PAUSE
from .layout import (INDEX_HEADERS, PERIOD_HEADERS, UNITS_LINE_RE, Column, Layout, blank, breakdown_below_notes,
                     child_of, codepoints, dated, detect, find_data_rows, group_label, guard_methods, guard_sex_ratio,
                     header_rows, in_role_group, is_code_header, is_preamble_row, label_columns, is_index_column,
                     is_population_group, populations_named,
                     is_units_row, is_year_row, nonblank, notes_below, period_label, resolve_column, resolve_text,
                     scale_of, split_fragments, squeezed_column, stacked_at, quarter_of, title_month)
from .model import TOTAL_UNIT, Document, Finding, InputError, Location, Record
from .read import decode_bytes
from .recordtable import ColumnData, LabelColumn, RecordTable, one_year
from .sheets import Grid, col_letter, load_grids
from .totals import hierarchy_spec as _hierarchy_spec
from .vertical import form_place, looks_vertical, read_long, read_role_rows, read_vertical, row_indicators, row_places
from .carry import link_years
from .changes import Change, change_at, change_findings, change_kind, compared_periods
from .workbook import (join_continued_sheets, join_indicator_sheets, link_period_sheets, link_sheets, link_summaries,
                       link_unit_sheets,
                       link_tables)

__all__ = ["read_table", "load_mapping_file", "TOTAL_LABELS"]
#: the rows at a sheet's top whose words are its tables' heading (title, 填报单位, a units line)
_HEADING_ROWS = 3
TOTAL_LABELS: tuple[str, ...] = ("合计", "总计", "汇总", "全县", "全市", "全省", "全国", "全镇", "全乡", "全区", "总", "Total")


def load_mapping_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """A header → indicator-id mapping from a YAML/JSON file (``{表头: indicator_id}``, optionally under a
    ``mapping:`` key) or a two-column CSV (header, indicator id)."""
    import yaml

    source = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(source, f"cannot open mapping file: {exc.strerror or exc}") from None
    text = decode_bytes(data, source).lstrip("\ufeff")
    if source.lower().endswith(".csv"):
        import csv
        import io

        rows = [r for r in csv.reader(io.StringIO(text)) if r and any(x.strip() for x in r)]
        if rows and len(rows[0]) >= 2 and rows[0][1].strip().lower() in ("indicator", "id", "指标"):
            rows = rows[1:]
        out = {}
        for i, r in enumerate(rows, start=1):
            if len(r) < 2 or not r[0].strip() or not r[1].strip():
                raise InputError(source, "a mapping row needs a header and an indicator id", f"row {i}")
            out[r[0].strip()] = r[1].strip()
        return out
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(source, f"not valid YAML/JSON: {exc}") from None
    if isinstance(raw, dict) and isinstance(raw.get("mapping"), dict):
        raw = raw["mapping"]
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise InputError(source, "a mapping file must map header texts to indicator ids")
    return {str(k): v for k, v in raw.items()}


def read_table(
    path: str | os.PathLike[str],
    *,
    catalog: Catalog | None = None,
    mapping: dict[str, str] | None = None,
    totals: tuple[str, ...] | list[str] = TOTAL_LABELS,
) -> list[Document]:
    """Read every sheet of a workbook (xlsx/xlsm/ods/xls) or a CSV file into one Document per table.

    ``mapping`` maps a header (as printed, or its :func:`header_key`) to an indicator id and wins over the
    catalog. ``totals`` lists the unit labels of a totals row (its record gets unit ``"合计"`` and comes last).
    Unreadable input raises :class:`InputError` naming the file and place. The cyclic garbage collector is
    paused meanwhile: a large sheet's million cells would have it rescan the heap again and again (a sixth of
    the time on 100 000 rows), and what reading drops is freed by reference counting (but for a few objects
    of ElementTree's ``iterparse`` per .ods file, collected later).
    """
    with COLLECTOR_PAUSE:
        return _read_table(path, catalog, mapping, totals)


def _read_table(path: str | os.PathLike[str], catalog: Catalog | None, mapping: dict[str, str] | None,
                totals: tuple[str, ...] | list[str]) -> list[Document]:
    """:func:`read_table`'s work: every grid of the file, each read into its tables."""
    source = str(path)
    grids = load_grids(path, meanwhile=lambda: _load_once(catalog is None))
    apply_codebooks(grids)  # (births_policy | policy_rate under a 变量说明 sheet's meanings: 政策内出生人数 | 计划生育率（%）)
    cat = catalog or default_catalog()
    keymap = {header_key(k): v for k, v in (mapping or {}).items()}
    docs: list[Document] = []
    for grid in grids:
        try:
            read = _read_grid(grid, source, cat, keymap, tuple(totals))
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - never a traceback for a sheet we cannot make sense of
            raise InputError(source, f"cannot read table: {type(exc).__name__}: {exc}", grid.name) from None
        heading = " ".join(text_of(v) for row in grid.rows[:_HEADING_ROWS] for v in row if not blank(v) and not is_numeric(v))
        for doc in read:
            doc.sheet = None if grid.csv else grid.name
            doc.heading = heading
            doc.hidden_rows = grid.hidden_rows
            docs.append(doc)
    if len(grids) > 1:
        link_sheets(docs)  # a 汇总 sheet's rows restating the township sheets' totals rows
        link_summaries(docs)  # a 汇总 of totals alone restating, year by year, the totals rows of the year's sheets
        link_period_sheets(docs)  # 上半年 against 1月 … 6月, 全年 against 一季度 … 四季度
        link_unit_sheets(docs)  # a 汇总 form against the village sheets beside it
        docs += join_indicator_sheets(docs)  # 出生率 on one sheet, 出生人数 and 年末人口 on others: joined by unit and year
        docs += join_continued_sheets(docs)  # 表1 | 表1（续）: the same rows, the columns continued
        link_tables(docs)  # a unit's row on two tables of the package (表1's births beside 表2's), not a continuation's
    link_years(docs)  # a year's 年初人口 and the year before's 年末人口, in one sheet or across sheets
    if not docs:  # sheets of notes or charts only: the file is still answered for
        names = [g.name or "" for g in grids]
        docs.append(Document(source=source, kind="table", findings=[_info(
            "no_table", f"工作簿中没有表格（工作表：{'、'.join(names)}）", f"no table in the workbook (sheets: {', '.join(names)})",
            Location(source))]))
    return docs


def _load_once(default: bool) -> None:
    """What reading a table loads once per process, loaded while a workbook's sheets are parsed rather than
    before or after (20 ms, which the first read would wait for): the default catalog when it is the one
    used, the rules of ``schemas/tables.yaml`` and the period patterns of ``schemas/patterns.yaml`` (compiled
    on their first use)."""
    if default:
        default_catalog()
    _hierarchy_spec()
    period_of("")


def _info(rule: str, zh: str, en: str, loc: Location | None) -> Finding:
    return Finding(rule=rule, severity="info", indicators=[], message=zh, message_en=en, location=loc)


def _repeats_as_spans(grid: Grid, heads: list[int]) -> Grid:
    """A header that repeats each group's text in every cell it spans, across and down, instead of merging them
    (出生人口 | 出生人口 | … over 按性别 | 按性别 over 男 | 女; 死亡人口 in three rows): the repeats left blank, as a merged
    header reads. Only where no header cell is merged; across, only within one group (the cells above blank or
    repeats themselves). ``grid`` itself when there is nothing to do."""
    if not heads or any(r0 <= heads[-1] and r1 >= heads[0] for r0, _c0, r1, _c1 in grid.merged):
        return grid
    orig = {r: list(grid.rows[r]) for r in heads}
    new = {r: list(grid.rows[r]) for r in heads}
    for i, r in enumerate(heads):
        row = orig[r]
        for c, v in enumerate(row):
            if blank(v):
                continue
            above = [orig[rp][c] if c < len(orig[rp]) else None for rp in heads[:i]]
            if above and above[-1] == v:
                new[r][c] = None  # (the cell above again: one header merged down)
            elif c and row[c - 1] == v and all(blank(new[rp][c]) if c < len(new[rp]) else True for rp in heads[:i]) \
                    and any(c < len(orig[rb]) and not blank(orig[rb][c]) and orig[rb][c] != v for rb in heads[i + 1:]):
                new[r][c] = None  # (the cell to its left again, in the same group over headers of their own: one
                # header merged across; not two columns of one name, 出生人数 | 出生人数, a duplicate to report)
    if all(new[r] == orig[r] for r in heads):
        return grid
    return dataclasses.replace(grid, rows=[new.get(r, row) for r, row in enumerate(grid.rows)])


@dataclass
class _Sheet:
    """One table of a sheet while it is read: the grid, where its header and data rows are, and a sample of
    the data rows for judging columns."""

    grid: Grid
    layout: Layout
    data_rows: list[int]
    header_rows: list[int]
    year_row: int | None
    width: int
    sample: list[int]  # the first data rows, on which a column's kind is judged
    title: str  # the text above the header, the form's statements and the sheet's name
    month: int | None  # the month that title names (a monthly report's), for 本月 and 累计
    merged_down: frozenset[tuple[int, int]]  # header cells merged down one column (死亡人数 H3:H4): no group
    units_rows: list[int]  # rows under the header giving each column's unit (人 | ‰ | %), not in header_rows
    labels: dict[int, tuple[list[str | None], list[str | None]]] = dataclasses.field(default_factory=dict)
    #: the year row names places, not periods (黄土岗村 | 城南村 over the same indicators each, years down the rows)
    unit_groups: bool = False

    @classmethod
    def of(cls, grid: Grid, layout: Layout, data_rows: list[int]) -> _Sheet:
        rows = grid.rows
        width = max(map(len, rows[layout.header_start:]), default=0)
        text_rows = header_rows(grid, layout)
        units_rows = [r for r in text_rows[1:] if is_units_row(rows[r], layout.first_col)]
        heads = [r for r in text_rows if r not in units_rows]
        grid = _repeats_as_spans(grid, heads)
        rows = grid.rows
        year_row = next((r for r in heads if is_year_row(rows[r], layout.first_col)
                         and _groups_over_headers(rows, r, heads)), None)
        places = _place_groups_row(grid, heads, layout.first_col) if year_row is None else None
        title = " ".join([*(text_of(v) for r in range(layout.header_start) for v in rows[r] if not blank(v)),
                          *layout.form.values(), grid.name or ""])
        down = frozenset((r1, c1) for r1, c1, r2, c2 in grid.merged if c1 == c2 and r2 > r1)
        return cls(grid, layout, data_rows, heads, year_row if places is None else places, width, data_rows[:200],
                   title, title_month(title), down, units_rows, unit_groups=places is not None)

    def titled_indicator(self, cat: Catalog, keymap: dict[str, str]) -> str | None:
        """The one indicator a table of years names only in its title or its sheet's name (2019—2023年各乡镇出生人数
        over 乡镇 | 2019年 | 2020年 …): the sheet's name if it is an indicator's, else the title's last words."""
        for text in (self.grid.name or "", *reversed(self.title_lines)):
            m = _TITLE_INDICATOR_RE.match(header_key(text))
            ind = None if m is None else keymap.get(m.group(1)) or cat.resolve(m.group(1))
            if ind is not None:
                return ind
        return None

    def counts_population(self, cat: Catalog, keymap: dict[str, str]) -> bool:
        """Whether a header cell of the sheet names a population stock (年初人口, 总人口: ``dated_stocks``; not a bare
        男 | 女): a bare 性别比 beside one may be the population's."""
        stocks = set(table_rules()["dated_stocks"].values())
        return any(isinstance(v, str) and resolve_text(v, cat, keymap) in stocks
                   for r in self.header_rows for v in self.grid.rows[r])

    @cached_property
    def title_unit(self) -> str | None:
        """The unit a title ends with in brackets (…户籍人口变动情况（千人）), when no 单位： line gives one."""
        m = _TITLE_UNIT_RE.search(" ".join(self.title_lines))
        return m.group(1) if m else None

    @cached_property
    def title_place(self) -> str | None:
        """The place the title opens with (2-3　清河县人口自然变动情况): a table of periods with no unit column is its."""
        rx = _title_place_re()
        return next((m.group(1) for line in self.title_lines if (m := rx.match(line.strip()))), None)

    @cached_property
    def year(self) -> int | None:
        """The one year the sheet's name, else the text above its header, names
        (:func:`~fpcheck.recordtable.one_year`)."""
        year = one_year(self.grid.name, *self.title_lines)  # (line by line: a 填报日期 below the title is no year of it)
        if year is None:  # (…统计表（2020—2021年） ⏎ 2020年（原表式）: a block's own year line over its header)
            year = next((int(m.group(1)) for line in reversed(self.title_lines)
                         if (m := _YEAR_LINE_RE.fullmatch(line.strip()))), None)
        return year

    @cached_property
    def title_lines(self) -> list[str]:
        """The text cells above the header, top to bottom."""
        rows = self.grid.rows
        return [text_of(v) for r in range(self.layout.header_start) for v in rows[r] if not blank(v)]

    def unit_labels(self, c: int) -> tuple[list[str | None], list[str | None]]:
        """Column ``c``'s cells in the data rows as unit labels and as printed, blanks taken out
        (:func:`~fpcheck.layout.label_columns`), worked out once."""
        if c not in self.labels:
            self.labels[c] = label_columns(self.column(c))
        return self.labels[c]

    def cell(self, r: int, c: int) -> object:
        row = self.grid.rows[r]
        return row[c] if c < len(row) else None

    def column(self, c: int) -> list[object]:
        """Column ``c``'s cells in the data rows (None past a row's end)."""
        try:
            return list(map(itemgetter(c), self.cells))
        except IndexError:  # (a row that ends before it)
            return [row[c] if c < len(row) else None for row in self.cells]

    @cached_property
    def cells(self) -> list[list[object]]:
        """The data rows' cells."""
        return list(map(self.grid.rows.__getitem__, self.data_rows))

    def texty(self, c: int) -> bool:
        """Whether the column's data are mostly text (names), not figures."""
        vals = [v for r in self.sample if not blank(v := self.cell(r, c))]
        return bool(vals) and sum(1 for v in vals if not is_numeric(v)
                                  and parse_text_number(text_of(v)).kind != "marker") > 0.6 * len(vals)

    @cached_property
    def glued_groups(self) -> frozenset[str]:
        """The round or period words glued before the indicators of this sheet's headers (春季应查人数 | 秋季应查人数 |
        全年应查人次), when two or more of them are: each names a column group, as a group header over them would."""
        rx = _glued_group_re()
        found = {m.group(1) for r in self.header_rows for v in self.grid.rows[r]
                 if isinstance(v, str) and (m := rx.match(v.strip())) is not None}
        return frozenset(found) if len(found) >= 2 else frozenset()

    def heads_group(self, r: int, c: int) -> bool:
        """Whether header cell (r, c) spans the columns to its right (merged, or left blank after it): the next
        column has no text in row r but has its own below, and none above (its header started there: 女 over Female
        beside 性别比 over Sex Ratio), and so inherits this one; a cell merged down its own column spans none."""
        return (c + 1 < self.width and (r, c) not in self.merged_down and blank(self.cell(r, c + 1))
                and self.filled_below(r, c + 1)
                and all(blank(self.cell(rr, c + 1)) for rr in self.header_rows if rr < r))

    def filled_below(self, r: int, c: int) -> bool:
        """Whether column ``c`` has header text (or a period: 本月 | 累计 under 出生人数) in a header row below ``r``."""
        return any(not blank(self.cell(rr, c)) for rr in self.header_rows if rr > r)

    def group_at(self, c: int, value_start: int) -> tuple[str | None, object]:
        """The period (or population) the year row names over value column ``c``, and the cell naming it: its
        own, else (a year row over other headers) the nearest labelled cell to its left, a group spanning it; not
        past a header of another kind (人口变动率（‰） over 出生率 | 死亡率 | 自然增长率 beside 常住人口 over 年初 | 年末)."""
        assert self.year_row is not None
        under = self.year_row == self.header_rows[-1]  # 本月 | 累计 under the indicators: each column its own
        for cc in (c,) if under else range(c, value_start - 1, -1):
            head = self.cell(self.year_row, cc)
            if self.unit_groups and not blank(head):
                return "".join(text_of(head).split()), head  # (a place's name: the rows are its periods)
            label = group_label(head)
            if label:
                return self.dated(label, head), head
            if not blank(head) and cc != c and self._spans(cc, c):
                break
        return None, None

    def _spans(self, head_col: int, c: int) -> bool:
        """Whether the header cell at ``head_col`` of the year row is merged across to column ``c``."""
        r = self.year_row
        return any(r0 <= (r or 0) <= r1 and c0 == head_col and c <= c1 for r0, c0, r1, c1 in self.grid.merged)

    def dated(self, label: str, head: object) -> str:
        """The period a group's label stands for in this sheet: 本期 the period the title names, 本季 the quarter
        it names, 本月 and 累计 in the terms of its month (:func:`~fpcheck.layout.dated`)."""
        if label == "current":
            return period_of(self.title) or text_of(head).strip()
        if label == "quarter":
            return quarter_of(self.title, self.month) or text_of(head).strip()
        if label == "上季" and (this := quarter_of(self.title, self.month)) is not None and not this.endswith("一季度"):
            return _QUARTER_BEFORE[this[-3]] + "季度"  # (本季 | 上季 in a 三季度 report: 二季度's)
        return dated(label, self.month)


#: the quarter before each (上季 in a report on the quarter): its label's stem, as ``quarter: 二季度`` spells it
_QUARTER_BEFORE = {"二": "quarter: 一", "三": "quarter: 二", "四": "quarter: 三"}

#: A totals word closing a group header (四术合计 over 任务 | 完成 | 完成率): the group is the whole it totals
_TOTAL_TAIL_RE = re.compile(r"(?:合计|小计|总计|共计)$")

_FLAT_LEVELS_RE = re.compile(r"\s*[_/]\s*")  # (a header's levels joined by a system: 出生人口_按孩次_一孩)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")

#: A two-level header flattened into one cell: group, a dash, sub-header (出生人数-男, 出生人数—一孩, 出生_合计).
_FLATTENED_RE = re.compile(r"([\u4e00-\u9fff][^-－—–_/]*?)\s*[-－—–_/]\s*([\u4e00-\u9fff][^-－—–_/]*)")


#: a line that is a year alone, with an aside (2021年（新表式）, 2020年度): the year of the block under it
_YEAR_LINE_RE = re.compile(r"((?:19|20)\d{2})年度?[ \t\u3000]*(?:[（(][^（）()]{0,12}[）)])?")


def _place_groups_row(grid: Grid, heads: list[int], first_col: int) -> int | None:
    """A header row of names each merged across the same run of indicator headers in the row below (黄土岗村 | 城南村 |
    桃陂村, each over 年末人口 | 出生人数 | … , years down the rows): places as column groups. None for none."""
    rows, place = grid.rows, re.compile(table_rules()["place_group"])
    for k, r in enumerate(heads[:-1]):
        spans = sorted((c1, c2) for r1, c1, r2, c2 in grid.merged if r1 == r2 == r and c2 > c1 > first_col)
        if len(spans) < 2:
            continue
        names = ["".join(text_of(rows[r][c1]).split()) if c1 < len(rows[r]) else "" for c1, _ in spans]
        if len(set(names)) < len(names) or not all(place.fullmatch(n) and not group_label(n) for n in names):
            continue
        below = rows[heads[k + 1]]
        runs = {tuple(header_key(text_of(below[c])) if c < len(below) else "" for c in range(c1, c2 + 1))
                for c1, c2 in spans}
        if len(runs) == 1 and all(next(iter(runs))):
            return r
    return None


@lru_cache(maxsize=1)
def _glued_group_re() -> re.Pattern[str]:
    return re.compile(table_rules()["glued_groups"])


@lru_cache(maxsize=1)
def _title_place_re() -> re.Pattern[str]:
    return re.compile(table_rules()["title_place"])


_TITLE_UNIT_RE = re.compile(r"[（(]\s*(千人|万人|人|千户|万户|户)\s*[)）]\s*$")

_MONTH_SPAN_RE = re.compile(r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月份?")
#: What a title says around the indicator it names: the years (2019—2023年), the scope (各乡镇, 全县), 情况/统计表.
_TITLE_INDICATOR_RE = re.compile(r"^(?:.*?(?:\d{4}年?[-—–~～至到])?\d{4}年度?)?(?:\d{1,2}[-—–~～至到]\d{1,2}月|[1-9]\d?月份?|上半年|"
                                 r"全年|第?[一二三四]季度)?(?:全县|全市|全区|全镇|全乡|历年|各乡镇|各地区|"
                                 r"各区县|各县市区|各县区|各村|各社区|各街道|分乡镇|分地区|分季度|分月份?|分年度)*(.+?)"
                                 r"(?:情况|统计表|统计|一览表|汇总表|表)?$")  # (各乡镇分季度出生人数: by quarter)


def _groups_over_headers(rows: list[list[object]], r: int, header_rows: list[int]) -> bool:
    """Whether each population group of header row ``r`` (户籍人口 | 常住人口) stands over header text of its
    own column (else it is a column of people beside others, not a group), or the row is the last of the header,
    under the indicators it repeats."""
    def below(c: int) -> bool:
        return any(c < len(rows[rr]) and not blank(rows[rr][c]) for rr in header_rows if rr > r)

    if r == header_rows[-1] and r != header_rows[0]:
        return True  # (年初人口 over 常住 | 户籍, 年末人口 over 常住 | 户籍: the populations under each indicator)
    return all(below(c) for c in nonblank(rows[r]) if is_population_group(rows[r][c]))


@dataclass
class _Labels:
    """The label columns at the table's left: the unit's name, a period (年份) or an index (序号) column."""

    cols: list[int]
    period_col: int | None
    index_cols: set[int]
    unit_col: int | None

    @property
    def value_start(self) -> int:
        return self.cols[-1] + 1

    @property
    def label_col(self) -> int:
        """Where a record's label sits."""
        return self.unit_col if self.unit_col is not None else self.cols[0]


def _label_columns(sh: _Sheet, cat: Catalog, keymap: dict[str, str]) -> _Labels:
    """The first column, then the following columns whose data are mostly text and whose header names no
    indicator; which of them holds periods, an index or the unit's name."""
    cols = [sh.layout.first_col]
    for c in range(sh.layout.first_col + 1, sh.width):
        htext = " ".join(text_of(sh.cell(r, c)) for r in sh.header_rows)
        # (统计月份 | 乡镇代码 | 乡镇名称 | 出生人数: a column of codes between labels is one of them)
        key = header_key(htext.replace(" ", ""))
        if resolve_text(htext, cat, keymap) or not sh.texty(c) and not is_code_header(key) and key not in INDEX_HEADERS \
                and key not in PERIOD_HEADERS:
            break  # (原件页码 | 序号 | 乡镇: two index columns before the names go on; county | adcode | year in a panel)
        cols.append(c)
    period_col = None
    for c in cols:
        zh_en = [split_fragments(text_of(sh.cell(r, c))) for r in sh.header_rows]
        key = header_key("".join(f for zh, _e, _u in zh_en for f in zh)) or header_key(
            " ".join(f for _z, en, _u in zh_en for f in en))
        if key in PERIOD_HEADERS or key.startswith("年份") or _dates(sh, c) or _populations(sh, c) or _periods(sh, c):
            period_col = c
    index_cols = {c for c in cols if is_index_column([sh.cell(r, c) for r in sh.header_rows],
                                                     [sh.cell(r, c) for r in sh.sample])
                  or len(cols) > 1 and is_code_header(header_key("".join(text_of(sh.cell(r, c))
                                                                         for r in sh.header_rows)))}  # (行政区划代码)
    unit_col = next((c for c in cols if c != period_col and c not in index_cols), None)
    if unit_col is None:
        unit_col = next((c for c in cols if c != period_col), None)
    return _Labels(cols, period_col, index_cols, unit_col)


def _populations(sh: _Sheet, c: int) -> bool:
    """Whether a label column names the population of each row (口径: 户籍 | 常住 under each township): the
    rows are groups of their unit, as 户籍人口 | 常住人口 over columns make them, never units."""
    return _every_label(sh, c, is_population_group)


def _periods(sh: _Sheet, c: int) -> bool:
    """Whether a label column names the period of each row (本年 | 上年 under each township, 本月 | 累计): the rows
    are periods of their unit, never units."""
    return _every_label(sh, c, lambda v: group_label(v) in _period_groups())


@lru_cache(maxsize=1)
def _period_groups() -> frozenset[str]:
    """The labels of the period groups of ``column_groups`` in tables.yaml (current, 上年同期, month …)."""
    return frozenset(table_rules()["column_groups"]["periods"])


def _dates(sh: _Sheet, c: int) -> bool:
    """Whether a label column holds dates (统计时点 2023-03-31 …): points in time, never units' names."""
    return _every_label(sh, c, lambda v: isinstance(v, date))


def _every_label(sh: _Sheet, c: int, test: Callable[[object], bool]) -> bool:
    """Whether column ``c`` has a filled cell in the sample rows, and ``test`` holds for each."""
    vals = [v for r in sh.sample if not blank(v := sh.cell(r, c))]
    return bool(vals) and all(map(test, vals))


def _header_column(sh: _Sheet, c: int, value_start: int, cat: Catalog, keymap: dict[str, str]) -> Column | None:
    """Value column ``c``: its header text (own fragments, and those inherited from a group header spanning
    it), the year over it in a wide table, its indicator and units; None for an empty column."""
    own_zh: list[str] = []
    parent_zh: list[str] = []
    en: list[str] = []
    units: list[str] = []
    period = None
    loc_row = None
    raw_parts: list[str] = []
    own_started = False
    text_column: bool | None = None
    group_col = c  # where the group header over this column starts
    for r in sh.header_rows:
        v = sh.cell(r, c)
        if r == sh.year_row and (blank(v) or sh.unit_groups or group_label(v)):  # else a header of its own beside the years
            period, head = sh.group_at(c, value_start)
            if period == "change":  # 出生人数 over 本期 | 上年同期 | 增减（%）: a change, no indicator's figure (changes.py)
                period = CHANGE_PERCENT if change_kind(text_of(head)) == "percent" else CHANGE
            if is_population_group(head) and r != sh.header_rows[-1]:  # 户籍人口 over 合计 | 男 | 女: still the group of its columns
                parent_zh += split_fragments(text_of(head))[0]
            continue
        if not blank(v) and UNITS_LINE_RE.match(text_of(v)):  # 单位：户、人 at the right of a header row
            continue
        if not blank(v) and period is not None and r > (sh.year_row or 0) and (
                group_label(v) is not None or _MONTH_SPAN_RE.fullmatch(text_of(v).strip())):
            continue  # (1—3月, 4—6月 under 2024年第一季度, 第二季度: the period the group over it names, again)
        if not blank(v):
            zh, e, u = split_fragments(text_of(v))
            units += u
            if not own_started and sh.heads_group(r, c):  # 出生情况 over 出生合计 | 一孩 …: the group, as for
                parent_zh += zh  # the columns to its right
                continue
            raw_parts.append(text_of(v).strip())
            own_started = True
            own_zh += zh
            en += e
            if loc_row is None and (zh or e):
                loc_row = r
            continue
        # inherited: nearest filled cell to the left in this row (a spanning group header), if this column's
        # own header text starts below this row and it holds figures (a column of names, such as an English
        # Region column under a blank cell, is no part of a group)
        if own_started or not sh.filled_below(r, c):
            continue
        if text_column is None:
            text_column = sh.texty(c)
        if text_column:
            continue
        for cc in range(c - 1, value_start - 1, -1):
            pv = sh.cell(r, cc)
            if (r, cc) in sh.merged_down:
                break  # 死亡人数 merged down over its own column: not the group of those to its right
            if not blank(pv):
                zh, _e, u = split_fragments(text_of(pv))
                parent_zh += zh
                units += u
                group_col = cc
                break
    units += [text_of(sh.cell(r, c)).strip() for r in sh.units_rows if not blank(sh.cell(r, c))]
    if not (own_zh or en or parent_zh or any(not blank(sh.cell(r, c)) for r in sh.sample)):
        return None
    if period is not None and not (own_zh or en):  # 出生人数 over 本月 | 累计: the group names the indicator
        own_zh, parent_zh = parent_zh, []
    first_row = sh.header_rows[0] if sh.header_rows else sh.layout.data_start
    col = Column(index=c, header=" ".join([*parent_zh, *raw_parts]).strip(), period=period,
                 header_row=loc_row if loc_row is not None else first_row, english=" ".join(en))
    ind = resolve_column(parent_zh, own_zh, en, cat, keymap)
    if ind is None and own_zh and (scoped := _scope_words(sh.title)) \
            and (bare := [re.sub(scoped, "", z) for z in own_zh]) != own_zh and all(bare):
        ind = resolve_column(parent_zh, bare, en, cat, keymap)  # 年初城镇人口 on a sheet of the 城镇 population: 年初人口
    if ind is None and not parent_zh and len(own_zh) == 1 and (flat := _FLATTENED_RE.fullmatch(own_zh[0])):
        ind = resolve_column([flat.group(1)], [flat.group(2)], en, cat, keymap)  # 出生人数-男: two levels in one cell
    if ind is None and not parent_zh and len(own_zh) == 1 and len(levels := _FLAT_LEVELS_RE.split(own_zh[0])) > 2 \
            and all(_HAN_RE.match(x) for x in levels):  # 出生人口_按性别_男, 四术_完成_结扎: three levels or more
        ind = resolve_column(levels[:-1], levels[-1:], en, cat, keymap)
    if ind is None and not parent_zh and len(raw_parts) == 1 and "\n" in raw_parts[0]:  # ("户籍人口⏎年初", "已婚育龄⏎
        for k in range(len(own_zh) - 1, 0, -1):  # 妇女⏎一孩" in ONE cell: a group, then its column, on the cell's lines —
            # a word of the group broken over two of them; not a word broken over two header rows, 平均育龄妇 | 女人数)
            if (ind := resolve_column(["".join(own_zh[:k])], ["".join(own_zh[k:])], en, cat, keymap)) is not None:
                break
    if ind is None and parent_zh and (totalled := _TOTAL_TAIL_RE.sub("", parent_zh[-1])) != parent_zh[-1] and totalled:
        ind = resolve_column([*parent_zh[:-1], totalled], own_zh, en, cat, keymap)  # 四术合计 over 任务 | 完成率: 四术's
    if ind is None and period is None and not parent_zh and len(own_zh) == 1 and sh.glued_groups \
            and (glued := _glued_group_re().match(own_zh[0].strip())) is not None and glued.group(1) in sh.glued_groups:
        # 春季应查人数 | 秋季应查人数 | 全年应查人次: a round's or period's word glued before the indicator is its group
        ind = resolve_column([], [own_zh[0].strip()[glued.end(1):]], en, cat, keymap)
        col.period = group_label(glued.group(1)) or glued.group(1)
    if parent_zh and all(header_key(p).rstrip("：:") in cat.affixes.prefixes for p in parent_zh) and group_col > value_start:
        ind = _breakdown_of_left(sh, group_col - 1, own_zh, ind, cat, keymap)
    elif not parent_zh and own_zh and (opened := _breakdown_opened(sh, c, value_start)) is not None:
        # 出生人数 | 其中：男 | 女 in one header row: the columns from 其中 on break down the count before it
        opener = re.compile(_hierarchy_spec()["breakdown_label"])
        ind = _breakdown_of_left(sh, opened - 1, [opener.sub("", own_zh[0]), *own_zh[1:]], ind, cat, keymap)
    if ind is None and (named := [p for p in parent_zh if not is_population_group(p)]) != parent_zh:
        ind = resolve_column(named, own_zh, en, cat, keymap)  # 户籍人口 over 出生率: that population's rate
    if ind is None and parent_zh and own_zh and header_key(own_zh[0]).startswith(header_key(parent_zh[-1])):
        ind = resolve_column([], own_zh, en, cat, keymap)  # 出　生 over 人数 | 出生率: the rate names itself whole
    if ind is None and period is not None and not (own_zh or en or parent_zh):
        ind = sh.titled_indicator(cat, keymap)  # 乡镇 | 2019年 | 2020年 … under a title naming one indicator
    sums = bool(own_zh) and cat.affixes.is_total(header_key(own_zh[0]))
    if len(parent_zh) == 1 and own_zh and (kind := _whole_in_group(sh, c, value_start, cat, keymap) if sums
                                           else ind) is not None and (in_role := in_role_group(parent_zh[0], kind, cat)):
        ind = in_role  # (年度任务（例） over 上环数 | … | 合计: each kind's task, the 合计 the task of the 四术)
    if ind is None and own_zh and parent_zh and all(cat.affixes.is_total(header_key(p)) for p in parent_zh) \
            and (whole := sh.titled_indicator(cat, keymap)) is not None:  # 合计 over 任务 | 完成 | 完成率 on a sheet 四术
        ind = next((hit for n in cat[whole].names if (hit := resolve_text(n + "".join(own_zh), cat, keymap))), None)
    if own_zh and any("‰" in u or "%" in u for u in units) and (ind is None or ind in cat and cat[ind].measure in (
            "persons", "cases") and not any(_COUNT_UNIT.search(u) for u in units)) and (
            rate := resolve_column(parent_zh, [*own_zh[:-1], own_zh[-1] + "率"], en, cat, keymap)) is not None:
        ind = rate  # 自然增长（人/‰）, 四术合计 › 完成% (a count's word in % alone): the rate's
    if ind in (subject := table_rules()["sex_subject"])["of_population"] and (
            len(own_zh) == 1 and parent_zh and all(cat.affixes.is_total(header_key(p)) for p in parent_zh)
            and subject["cue"] in sh.title  # 合计 | 男 | 女 | 性别比 under a title on the births (出生人口性别比…)
            or (not parent_zh or any(re.search(subject["group"], p) for p in parent_zh)) and len(own_zh) + len(en) == 1
            and _left_of(sh, c, value_start, cat, keymap) in subject["after"]  # 出生人数 | 男 | 女 | 性别比
            or re.search(subject["babies"], col.header) is not None  # 性别比（女婴为100）: the base says whose
            or not parent_zh and subject["cue"] in sh.title
            and not sh.counts_population(cat, keymap)):  # (…各村出生人口情况统计表 with no population column: the births')
        ind = subject["of_population"][ind]
    if ind in subject["of_population"] or ind in subject["of_population"].values():
        if any(resolve_text(p, cat, keymap) in subject["parities"] for p in parent_zh):
            ind = None  # (二孩 over 男 | 女 | 性别比: the second births' boys and girls)
    if ind in (parity := table_rules()["parity_subject"])["of_births"] \
            and (not parent_zh or any(re.search(parity["group"], p) for p in parent_zh)) \
            and len(own_zh) + len(en) == 1 and _left_of(sh, c, value_start, cat, keymap, frozenset(
                [*parity["of_births"], *parity["of_births"].values()])) in parity["after"]:  # 已婚育龄妇女 | 无孩 | 一孩
        ind = parity["of_births"][ind]
    if ind is not None and ind in cat and cat[ind].measure == "per100" and _PER_MALE.search(col.header):
        ind = None  # 性别比（男=100）: girls per hundred boys, the catalog's ratio turned round — no indicator
    scale, unit_printed, pct = scale_of(units)
    if ind is not None and ind in cat:  # 落实节育措施（例）: the measures taken, not the women using them
        ind = cat[ind].printed_in(unit_printed)
    col.indicator = ind
    if ind is not None:
        measure = cat[ind].measure if ind in cat else None
        if scale is None and measure in ("persons", "cases") and (sh.layout.units_text or sh.title_unit):
            scale, unit_printed, _ = scale_of([sh.layout.units_text or sh.title_unit or ""])
        if pct and measure == "permille":
            scale, unit_printed = 10.0, "%"
        elif pct and measure == "percent" and _fractions(sh, c):
            scale = 100.0  # 综合节育率（%） over 0.8961, 0.9722 …, General cells: shares of one, read as percents
        col.scale = scale or 1.0
        col.unit_printed = unit_printed
        col.annualised = measure == "permille" and annualised_cue().search(" ".join([col.header, *units])) is not None
    return col


_PER_MALE = re.compile(r"男\s*[=＝]\s*100")
_COUNT_UNIT = re.compile("[人例个名户]")  # (出生（人/‰）: the count, its rate below it)


def _fractions(sh: _Sheet, c: int) -> bool:
    """Whether column ``c``'s figures (on the sample rows) are all shares of one, some strictly between 0 and 1, in
    cells that do not show them as percents themselves (0.00%: read ×100 by their format already)."""
    if any("%" in sh.grid.formats.get((r, c), "") for r in sh.sample):
        return False
    numbers = [v for r in sh.sample if isinstance(v := sh.cell(r, c), (int, float)) and not isinstance(v, bool)]
    return bool(numbers) and all(0 <= v <= 1 for v in numbers) and any(0 < v < 1 for v in numbers)


_SEXES = frozenset({"population_male", "population_female", "births_male", "births_female"})


def _whole_in_group(sh: _Sheet, c: int, value_start: int, cat: Catalog, keymap: dict[str, str]) -> str | None:
    """What a 合计 column under a group stands for: the indicator the sheet's name or title names, else the kinds' whole
    when a kind stands left of it (上环数 | 结扎数 | 合计: the 四术; ``role_group_whole`` in tables.yaml)."""
    if (titled := sh.titled_indicator(cat, keymap)) is not None:
        return titled
    spec = table_rules()["role_group_whole"]
    return spec["whole"] if _left_of(sh, c, value_start, cat, keymap) in spec["kinds"] else None


def _left_of(sh: _Sheet, c: int, value_start: int, cat: Catalog, keymap: dict[str, str],
             run: frozenset[str] = _SEXES) -> str | None:
    """The indicator of the nearest column left of value column ``c`` that is none of the ``run`` (男, 女, Male, 出生男;
    一孩, 二孩): the count a run of them splits, when their headers say no more."""
    for k in range(c - 1, value_start - 1, -1):
        cells = [text for r in sh.header_rows if (text := text_of(sh.cell(r, k)).strip())]
        ind = resolve_text(" ".join(cells), cat, keymap)
        if ind is None and len(cells) > 1:  # (按现有子女数分 over 无孩: the column's own header, under its group's)
            ind = resolve_text(cells[-1], cat, keymap)
        if ind not in run:
            return ind
    return None


#: how far a 其中 opening a header cell reaches to its right (出生人数 | 其中：男 | 女 | 一孩 | 二孩 | 三孩及以上)
_BREAKDOWN_RUN = 6


def _breakdown_opened(sh: _Sheet, c: int, value_start: int) -> int | None:
    """The column at or left of value column ``c`` whose header opens with 其中 (其中：男, ``breakdown_label``),
    within a short run and with a value column before it — the first of a run of such columns (出生人数 | 其中：一孩 |
    其中：二孩 | 其中：政策内: each a part of the births); None for none."""
    opener = re.compile(_hierarchy_spec()["breakdown_label"])

    def opens(cc: int) -> bool:
        text = "".join("".join(text_of(sh.cell(r, cc)).split()) for r in sh.header_rows)
        return bool((m := opener.match(text)) and text[m.end():])

    for cc in range(c, max(value_start, c - _BREAKDOWN_RUN) - 1, -1):
        if opens(cc):
            while cc - 1 > value_start and opens(cc - 1):
                cc -= 1
            return cc if cc > value_start else None
    return None


def _breakdown_of_left(sh: _Sheet, left: int, own_zh: list[str], ind: str | None, cat: Catalog,
                       keymap: dict[str, str]) -> str | None:
    """A column under a bare 其中 group (出生人数 | 其中 over 男 | 女): a part of the count in the column before
    the group when it reads as one (男 of 出生人数 is 男婴), else what its own header says."""
    count = resolve_column([], [z for r in sh.header_rows for z in split_fragments(text_of(sh.cell(r, left)))[0]],
                           [], cat, keymap)
    top = sh.header_rows[0]
    if len(sh.header_rows) > 1 and text_of(sh.cell(top, left + 1)).strip() and not text_of(sh.cell(top, left)).strip():
        # (上半年出生 over 合计 | 生育一孩 | … | 生育三孩, then 其中⏎政策内 from the top row down: a part of the group's count,
        # not of the last column under it)
        k = left
        while k > 0 and not text_of(sh.cell(top, k)).strip():
            k -= 1
        count = resolve_column([], split_fragments(text_of(sh.cell(top, k)))[0], [], cat, keymap) or count
    if count is None or count not in cat or not cat[count].integer:
        return ind
    return child_of(count, "".join(own_zh), ind or "", cat, fallback=False) or ind


def _table_below(grid: Grid, foot_start: int, cat: Catalog, keymap: dict[str, str]) -> int | None:
    """The first row of a second table below this one's end (上半年 over a blank row, then 全年 with its own title,
    form line and header): a row of text naming two catalog indicators or more, and figures in the rows under it;
    the title and form lines right above it go with it."""
    rows = grid.rows
    for r in range(foot_start, len(rows)):
        texts = [v for v in rows[r] if isinstance(v, str) and v.strip()]
        if len(texts) < 3 or any(v is not None and not isinstance(v, str) for v in rows[r]) \
                or sum(resolve_text(v, cat, keymap) is not None for v in texts) < 2:
            continue
        if not any(is_numeric(v) for below in rows[r + 1 : r + 4] for v in below):
            return None
        start = r
        while start - 1 >= 0 and r - start < 3 and nonblank(rows[start - 1]) and (
                len(nonblank(rows[start - 1])) <= 1 or is_preamble_row(rows[start - 1])):
            start -= 1  # its title (桐江县2023年全年…, 表2 …: above the notes when no note line parts them) and form line
        return start
    return None


def _cut(grid: Grid, at: int) -> tuple[Grid, Grid]:
    """The sheet's rows above ``at`` and those from it, each as a sheet of its own, the rows keeping their places
    (the findings of reading the sheet go with the first; figures found are those of the rows read)."""
    top = dataclasses.replace(grid, rows=grid.rows[:at], figures=[])
    below = dataclasses.replace(grid, rows=[[] for _ in range(at)] + grid.rows[at:], findings=[], hidden=False,
                                figures=[])
    return top, below


def _header_again(grid: Grid, layout: Layout, data_rows: list[int], cat: Catalog, keymap: dict[str, str]) -> int | None:
    """Where a table of units across its columns goes on under its header again with other units (指标 | 计量单位 | 竹溪村
    | 罗坪村 … | 合计 after （续上表）): a row among its data rows opening with the header's first label, all its cells
    words and none an indicator's name; the continuation mark or title line right above it goes with it. None when
    there is none."""
    rows = grid.rows
    first = layout.first_col
    head = next((key for r in range(layout.header_start, layout.data_start)
                 if first < len(rows[r]) and (key := header_key(text_of(rows[r][first])))), None)
    if head is None:
        return None
    for r in data_rows[1:]:
        row = rows[r]
        if first >= len(row) or header_key(text_of(row[first])) != head:
            continue
        cells = [v for v in row[first + 1:] if not blank(v)]
        words = [v for v in cells if isinstance(v, str)]
        if len(words) < 2 or len(words) < len(cells) or any(resolve_text(v, cat, keymap) is not None for v in words):
            continue
        above = r - 1
        while above > layout.data_start and len(nonblank(rows[above])) == 1 and not any(
                is_numeric(v) for v in rows[above]):
            above -= 1  # (（续上表）, 表1（续）: the continuation's own line)
        return above + 1
    return None


def _repeats_header(sh: _Sheet, beside: int) -> bool:
    """Whether the table beside this one repeats its header word for word (a yearbook table folded into two
    panels, 地区 | 年初人口 | … twice): its rows continue this one's."""
    def heads(cols: range) -> list[str]:
        return [header_key("".join(text_of(sh.cell(r, c)) for r in sh.header_rows)) for c in cols]
    left = heads(range(sh.layout.first_col, beside))
    while left and not left[-1]:
        left.pop()  # (the gutter)
    return len(left) >= 3 and heads(range(beside, beside + len(left))) == left


def _joined_panels(left: Document, right: Document) -> Document:
    """The two panels of one table as one document: the right panel's rows after the left's, in the left's period
    where they name none (each keeps its own cell)."""
    records = [*left.records, *right.records]
    for rec in records[len(left.records):]:
        rec.period = rec.period or (left.records[0].period if len(left.records) else None)
    return dataclasses.replace(left, records=records, findings=[*left.findings, *right.findings],
                               notes=left.notes or right.notes)


def _form_panel_at(sh: _Sheet) -> int | None:
    """The first column of a form's second panel: a form of indicator rows printed in two panels side by side (指标名称 |
    代码 | 计量单位 | 本年 | 上年 and again 指标名称 | 代码 | …, codes 01–17 on the left, 18–30 on the right), found by
    its label header repeated in the header row; None for none."""
    words = set(table_rules()["long_form"]["indicator"])
    first = sh.layout.first_col
    for r in sh.header_rows:
        row = sh.grid.rows[r]
        if first < len(row) and (key := header_key(text_of(row[first]))) in words:
            return next((c for c in range(first + 2, len(row)) if header_key(text_of(row[c])) == key), None)
    return None


def _merged_panels(left: Document, right: Document) -> Document:
    """A form's two panels as one document: each record of the right panel's figures joined to the left's of its
    period (the left's first, the form's own, where it names none or another: the title and 填报单位 stand over the
    left panel, so the right one's unit and period are the left's)."""
    records = list(left.records)
    for rec in right.records:
        into = next((r for r in records if r.period == rec.period), records[0] if records else None)
        if into is None:
            records.append(rec)
            continue
        for key, value in rec.values.items():
            into.values.setdefault(key, value)
    return dataclasses.replace(left, records=records, findings=[*left.findings, *right.findings],
                               notes=left.notes or right.notes)


def _beside_at(sh: _Sheet, columns: list[Column], labels: _Labels) -> int | None:
    """The first column of a second table set beside this one (表2 to the right of 表1, its own 乡镇 column over
    its own order of units), or None: a column of names on most rows under a header that names no indicator,
    with indicator columns to its right, after a blank column or under this table's unit header."""
    own = header_key("".join(text_of(sh.cell(r, labels.label_col)) for r in sh.header_rows))
    for k, col in enumerate(columns):
        c = col.index
        if col.indicator is not None or not any(x.indicator is not None for x in columns[k + 1:]) \
                or 2 * sum(not blank(sh.cell(r, c)) for r in sh.sample) < len(sh.sample) or not sh.texty(c):
            continue
        if header_key(col.header) == own or all(blank(sh.cell(r, c - 1)) for r in [*sh.header_rows, *sh.sample]):
            return c
    return None


_DAY_RE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def _dated_stocks_as_bounds(columns: list[Column]) -> None:
    """A stock under two dates a year apart beside flows under no period (总人口 › 2011年9月30日 | 2012年9月30日 over a
    计生统计年度's return): the year's start and end (``dated_stocks`` in tables.yaml), the flows' year between them —
    not two records of the stock on its days."""
    spec = table_rules()["dated_stocks"]
    dated = [c for c in columns if c.indicator == spec["stock"] and c.period and _DAY_RE.fullmatch(c.period)]
    if len(dated) != 2 or any(c.period is not None for c in columns if c.indicator is not None and c not in dated):
        return
    first, last = sorted(dated, key=lambda c: c.period or "")
    if 360 <= (date.fromisoformat(last.period or "") - date.fromisoformat(first.period or "")).days <= 370:
        first.indicator, first.period = spec["start"], None
        last.indicator, last.period = spec["end"], None


def _split_by_population(columns: list[Column]) -> bool:
    """Two columns of one indicator whose headers name two populations (年末户籍人口（人） | 年末常住人口（万人）, a yearbook's
    two 口径 side by side), where every indicator's header names one (常住人口自然变动 over the rates): each column is
    its population's, a record per unit and population as under a 户籍人口 | 常住人口 group row. Whether the table is
    so split."""
    named = [(col, populations_named(col.header)) for col in columns if col.indicator is not None and col.period is None]
    if not named or any(len(pops) > 1 for _, pops in named):
        return False
    by_indicator: dict[str, set[str]] = {}
    for col, pops in named:
        by_indicator.setdefault(col.indicator or "", set()).update(pops)
    if not any(len(pops) > 1 for pops in by_indicator.values()):
        return False
    named_once = [next(iter(pops)) for _, pops in named if pops]
    if any(not pops for _, pops in named) and not (
            all(ind in table_rules()["population_stocks"] for ind, pops in by_indicator.items() if pops)
            and any(named_once.count(label) > 1 for label in named_once)):
        # (户籍人口 | 常住人口 | 出生人数: whose the births are is unsaid, the second population a duplicate; but 年初户籍人口 |
        # 年末户籍人口 | 年末常住人口 | 出生人数 …: a year's stocks on one 口径, the other's year-end its own record)
        return False
    for col, pops in named:
        col.period = next(iter(pops), None)  # (the columns naming none join a population: _ungrouped_with_population)
    return True


def _ungrouped_with_population(columns: list[Column], notes: list[str]) -> None:
    """户籍人口 | 常住人口 groups over 年初 | 年末 alone, then 出生 | 死亡 | 出生率 … under no group (491): the counts and
    rates are one population's, the one the sheet's notes name (注：出生率、死亡率按户籍人口计算), else 户籍, the
    population family-planning counts are kept on; they join its group, so the rates meet the stocks they rest on."""
    populations = _population_labels()
    groups = {c.period for c in columns if c.indicator is not None and c.period in populations}
    loose = [c for c in columns if c.indicator is not None and c.period is None]
    stocks = set(table_rules()["population_stocks"])
    if len(groups) < 2 or not loose or any(c.indicator not in stocks for c in columns if c.period in groups):
        return
    named = {label for label in groups for note in notes if "计算" in note or "为基数" in note
             for word in table_rules()["column_groups"]["populations"][label] if word in note}
    chosen = named.pop() if len(named) == 1 else "户籍" if "户籍" in groups else None
    for c in loose if chosen is not None else ():
        c.period = chosen


@cache
def _population_labels() -> frozenset[str]:
    """The labels of the population column groups of ``column_groups`` in tables.yaml (户籍, 常住, 流动)."""
    return frozenset(table_rules()["column_groups"]["populations"])


def _column_findings(columns: list[Column], sh: _Sheet, source: str) -> list[Finding]:
    """Columns fpcheck does not know (info), and a second column of the same indicator and period (a warning:
    it is dropped, ``indicator`` set to None)."""
    grid, out = sh.grid, []
    for col in columns:
        if col.indicator is None and (col.header or any(not blank(sh.cell(r, col.index)) for r in sh.sample)):
            name = col.header.replace("\n", " ") or "（无表头）"
            out.append(_info(
                "unknown_column",
                f"未识别的列“{name}”（第 {col_letter(col.index)} 列）：不是已知指标，已忽略",
                f"unknown column '{name}' (column {col_letter(col.index)}): not a known indicator, ignored",
                grid.location(source, col.header_row, col.index)))
    seen: dict[tuple[str, str | None], Column] = {}
    for col in columns:
        if col.indicator is None:
            continue
        first = seen.setdefault((col.indicator, col.period), col)
        if first is not col:  # the same indicator twice: keep the first column, say which one is ignored
            a, b = col_letter(col.index), col_letter(first.index)
            out.append(Finding(
                rule="duplicate_column", severity="warning", indicators=[col.indicator],
                message=f"第 {a} 列“{col.header}”与第 {b} 列是同一指标（{col.indicator}）：只读取第 {b} 列",
                message_en=f"column {a} '{col.header}' repeats column {b} ({col.indicator}): only column {b} is read",
                location=grid.location(source, col.header_row, col.index)))
            col.indicator = None
    return out


@dataclass
class _Rows:
    """The data rows that are records (grid row, unit, period, whether a totals row), in sheet order."""

    r: list[int]
    unit: list[str | None]
    period: list[str | None]
    total: list[bool]
    references: set[str] = dataclasses.field(default_factory=set)  # wider areas printed for comparison (全国, 全省)
    #: a unit's change rows (2023年 | 2022年 | 增减 rows of each township): grid row, unit, the period cell's text
    changes: list[tuple[int, str | None, str]] = dataclasses.field(default_factory=list)


_Event = tuple[int, int, int, str, Any]  # (row, period, column, what, payload): findings in reading order


def _row_keys(sh: _Sheet, labels: _Labels, known: list[Column], totals: tuple[str, ...], titled: str | None,
              events: list[_Event]) -> _Rows:
    """Each data row's unit (nested labels joined: 城关镇/东村), period (its own, else the title's) and
    whether it is a totals row; rows with figures but no label are skipped (an event for each)."""
    data_rows = sh.data_rows
    n_data = len(data_rows)
    level_cols = [c for c in labels.cols if c != labels.period_col and c not in labels.index_cols]
    levels = [sh.unit_labels(c)[0] for c in level_cols]
    unit_col = labels.unit_col
    if len(level_cols) > 1 and 0 < len(varied := [k for k, lv in enumerate(levels) if len(set(lv) - {None}) > 1]) \
            < len(level_cols):  # 县 | 乡（镇） | 村: a column naming the same place on every row is the table's area
        level_cols, levels = [level_cols[k] for k in varied], [levels[k] for k in varied]
        unit_col = unit_col if unit_col in level_cols else level_cols[0]
    units: list[str | None]
    if unit_col is not None:
        units = sh.unit_labels(unit_col)[0]
    else:  # no unit column (统计时点 | 已婚育龄妇女 …): the rows are periods of the place the form is filled for
        units = [form_place(sh.layout, sh.title_place)] * n_data
    if unit_col is not None and (place := sh.title_place) is not None and units and place in (units[0], units[-1]) \
            and units.count(place) == 1 and place not in totals and len(set(units) - {place, *_PRIOR}) >= 2:
        totals = (*totals, place)  # (临河县2024年…统计表 over 临河县 | 河口镇 | …: the title's place first, the total)
    if len(levels) > 1 and _nested(levels):  # 乡镇 | 村: outer labels fill down (merged cells), prefix the inner
        units = _nested_units(levels, totals)
    elif unit_col is not None:  # a name merged down over its rows (户籍 | 常住 of one township) names each
        units = _merged_down(sh, unit_col, units)
    # rows that need a closer look: no label, a label that may name a totals row, a period column
    if labels.period_col is None and unit_col is not None:
        special: Sequence[int] = _maybe_totals(units, totals)
    else:
        special = range(n_data)
    keys = _Rows(list(data_rows), list(units), [titled] * n_data, [False] * n_data)
    skipped = False
    above: str | None = None  # a blank period cell (merged down, or blank under its block's first row): the above
    # blocks of years stacked down a sheet with no unit column, each under a row naming its place alone (城关镇 over
    # 2019年 … 2023年, then 桥头镇 …): that place's rows (the first such row may sit right under the header)
    stacked = unit_col is None and labels.period_col is not None
    block = _block_title(sh, data_rows[0] - 1, labels.period_col, known) if stacked and data_rows else None
    for i in special:
        r = data_rows[i]
        unit = units[i]
        row_period = None
        if stacked and (title := _block_title(sh, r, labels.period_col, known)) is not None:
            block, keys.r[i], skipped = title, -1, True
            continue
        unit = block or unit
        if labels.period_col is not None:
            row_period = above = _period_cell(sh, r, labels.period_col) or above
            if row_period == "change":  # 2023年 | 2022年 | 增减（%） rows of a unit: the change is no one's figure
                keys.r[i], skipped = -1, True
                keys.changes.append((r, "合计" if unit is not None and _is_total(unit, totals) else unit,
                                     text_of(sh.cell(r, labels.period_col))))
                continue
        if unit in _PRIOR and i > 0 and keys.unit[i - 1] is not None:  # (松林乡 | 2019年 ⏎ 上年 | 2018年: its last year)
            unit, row_period = keys.unit[i - 1], row_period or _year_before(sh.title)
        is_total = unit is not None and _is_total(unit, totals)
        if not is_total and unit is not None and (when := _PERIOD_TOTAL_RE.match(unit)) and when.group(2) in totals:
            is_total = True  # 本年合计 (this year's), 上年合计 (last year's: a record of that year, summed from nothing)
            row_period = row_period or (_year_before(sh.title) if when.group(1) in _PRIOR else None)
        if not is_total and (unit is None or unit_col is None):  # 合计 in another label column (序号, 月份)
            is_total = any(c != unit_col and _is_total("".join(text_of(sh.cell(r, c)).split()), totals)
                           for c in labels.cols)
            if is_total and unit_col is None:  # the months' 合计 is the form's period (the year), not a period
                row_period = above = None
        if unit is None and not is_total and row_period is None and unit_col is not None:
            if any(not blank(sh.cell(r, c.index)) for c in known):
                events.append((r, -1, -1, "unlabelled", None))
            keys.r[i] = -1  # skipped
            skipped = True
            continue
        keys.unit[i], keys.period[i], keys.total[i] = ("合计" if is_total else unit), row_period or titled, is_total
    status, (_, withdrawn, superseded) = _status_column(sh), _withdrawn_rules()
    for i, r in enumerate(data_rows):  # (a submission sent back, 已退回, beside the one sent again; 龙门村（原报）)
        if keys.r[i] >= 0 and ((label := keys.unit[i]) is not None and superseded.search(label) or status is not None
                               and withdrawn.fullmatch("".join(text_of(sh.cell(r, status)).split()))):
            keys.r[i], skipped = -1, True
    if skipped:
        kept = [i for i in range(n_data) if keys.r[i] >= 0]
        keys = _Rows([keys.r[i] for i in kept], [keys.unit[i] for i in kept], [keys.period[i] for i in kept],
                     [keys.total[i] for i in kept], changes=keys.changes)
    _stacked_totals(keys, units if not skipped else [units[i] for i in kept])
    return keys


@cache
def _withdrawn_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``withdrawn_rows`` of tables.yaml: a status column's header, a status that withdraws its row, and a row
    label's mark that does."""
    spec = table_rules()["withdrawn_rows"]
    return re.compile(spec["status"]), re.compile(spec["withdrawn"]), re.compile(spec["label"])


def _status_column(sh: _Sheet) -> int | None:
    """The column whose header says each row's submission status (审核状态), where the table has one."""
    header = _withdrawn_rules()[0]
    return next((c for c in range(sh.width)
                 if header.fullmatch(header_key("".join(text_of(sh.cell(r, c)) for r in sh.header_rows)))), None)


def _block_title(sh: _Sheet, r: int, c: int | None, known: list[Column]) -> str | None:
    """The place a row names alone in the period column ``c`` with no figure beside it (城关镇 over its years), else
    None."""
    if c is None or r < 0:
        return None
    text = "".join(text_of(sh.cell(r, c)).split())
    if not text or period_label(text) is not None or any(not blank(sh.cell(r, col.index)) for col in known):
        return None
    return text if _title_place_re().fullmatch(text) or re.fullmatch(r"[\u4e00-\u9fff]{2,12}", text) else None


def _stacked_totals(keys: _Rows, labels: list[str | None]) -> None:
    """Totals rows of one period stacked one under another (全国 | 全省 | 全市 above a city's counties): the one next
    to the unit rows is their total; the others are wider areas a yearbook prints for comparison, records under
    their own names that no sum includes (``keys.references``)."""
    n, i = len(keys.r), 0
    while i < n:
        j = i
        while j + 1 < n and keys.total[j + 1] and keys.total[i] and keys.period[j + 1] == keys.period[i]:
            j += 1
        if j > i:
            own = j if j + 1 < n or i == 0 else i  # (above the units: the last; below them: the first)
            for k in range(i, j + 1):
                if k != own and (name := "".join((labels[k] or "").split())):
                    keys.unit[k], keys.total[k] = name, False
                    keys.references.add(name)
        i = j + 1


def _fill_merged_figures(grid: Grid) -> None:
    """A figure merged down over the rows a name is merged down over (石岭村 over its 第一次 | 第二次 rows, its 应查 412
    merged over both): each of those rows holds it (in memory; the file is never touched). A figure merged over rows
    of different names is left to its first row."""
    named = {(r1, r2) for r1, c1, r2, c2 in grid.merged
             if c1 == c2 and r2 > r1 and r1 < len(grid.rows) and isinstance(_at(grid, r1, c1), str)}
    for r1, c1, r2, c2 in grid.merged:
        if c1 == c2 and (r1, r2) in named and isinstance(v := _at(grid, r1, c1), (int, float)) \
                and not isinstance(v, bool):
            for r in range(r1 + 1, min(r2 + 1, len(grid.rows))):
                if c1 < len(grid.rows[r]) and blank(grid.rows[r][c1]):
                    grid.rows[r][c1] = v


def _at(grid: Grid, r: int, c: int) -> object:
    return grid.rows[r][c] if r < len(grid.rows) and c < len(grid.rows[r]) else None


def _merged_down(sh: _Sheet, c: int, units: list[str | None]) -> list[str | None]:
    """The units of the data rows with each label merged down column ``c`` repeated on the rows it covers."""
    rows, out = sh.data_rows, units
    for r1, c1, r2, c2 in sh.grid.merged:
        i = bisect_left(rows, r1)
        if c1 <= c <= c2 and r2 > r1 and i < len(rows) and rows[i] == r1:
            out = out if out is not units else list(units)
            for j in range(i + 1, bisect_right(rows, r2)):
                out[j] = out[j] or units[i]
    return out


def _period_cell(sh: _Sheet, r: int, c: int) -> str | None:
    """The period a cell of a period column names, as a header over columns would (2021, 2023-03-31: a date
    cell shown as yyyy"年" is its year; 户籍人口 is 户籍; 本年 the title's year, 上年 上年同期), else its text; None
    for a blank cell."""
    v = sh.cell(r, c)
    if label := period_label(v, sh.grid.formats.get((r, c))):
        return label
    return sh.dated(label, v) if (label := group_label(v)) else ("".join(text_of(v).split()) or None)


def _maybe_totals(units: list[str | None], totals: tuple[str, ...]) -> list[int]:
    """The rows without a unit label, or whose label starts as a totals row's may (the test before
    :func:`_is_total`), in order."""
    first = {t[:1].lower() for t in totals} | {"n", "g"} | {w[0] for w in (*_PERIOD_WORDS, *_CHECK_WORDS)}
    # (nationaltotal, 上年合计, 公式合计（核对）)
    named = np.fromiter(map(is_not, units, repeat(None)), dtype=np.bool_, count=len(units))
    points, starts = codepoints(cast(list[str], list(compress(units, named))))
    heads = points[starts[:-1]]  # (a label is never empty)
    maybe = [c for c in np.unique(heads).tolist() if chr(c).lower() in first]
    hit = np.isin(heads, maybe)
    return np.sort(np.concatenate([np.flatnonzero(~named), np.flatnonzero(named)[hit]])).tolist()  # type: ignore[no-any-return]


_REMARK_MIN_CJK = 6  # a remark says something (已撤并入城关镇…); fewer CJK chars may be a figure's misprint


def _remark_row(row: list[object], c: int, by_ind: dict[int, str | None], text: str) -> bool:
    """Whether the text at column ``c`` stands where a unit's figures should be and says why there are none
    (东郊乡 | 2024年4月撤销乡建制并入城关镇…, merged over the row's figure columns): every other figure cell of
    the row is blank and the text is words, not a misprinted number."""
    if sum("\u4e00" <= ch <= "\u9fff" for ch in text) < _REMARK_MIN_CJK or lookalike_number(text) is not None:
        return False
    return all(k == c or k >= len(row) or row[k] is None or row[k] == "" for k, ind in by_ind.items() if ind)


def _event_findings(events: list[_Event], sh: _Sheet, source: str, label_col: int,
                    by_ind: dict[int, str | None]) -> list[Finding]:
    """The findings on single cells met while reading (text in a number column, a formula without a value,
    a row without a label), in reading order; no-data marks (—, 空) summed up per mark."""
    grid, out = sh.grid, []
    markers: dict[str, list[Location]] = {}
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    for r, _pi, _k, what, payload in events:
        if what == "unlabelled":
            out.append(_info("unlabelled_row", f"{grid.place(r, label_col, 'zh')} 所在行有数字但没有单位名称，已跳过",
                             f"row at {grid.place(r, label_col)} has figures but no unit label; skipped",
                             grid.location(source, r, label_col)))
            continue
        c, pc = payload
        ind = by_ind[c]
        assert ind is not None
        loc = grid.location(source, r, c)
        if what == "no_value":
            out.append(Finding(
                rule="formula_without_value", severity="warning", indicators=[ind],  # unknown, not wrong
                message=f"{grid.place(r, c, 'zh')} 是公式但没有保存计算结果（请在 Excel 中重新计算并保存）",
                message_en=f"{grid.place(r, c)} holds a formula without a cached value (recalculate and save in Excel)",
                location=loc))
        elif what == "marker":
            markers.setdefault(pc.printed, []).append(loc)
        elif _remark_row(grid.rows[r], c, by_ind, pc.printed):
            out.append(_info("remark_row", f"{grid.place(r, c, 'zh')} 是说明文字（“{pc.printed}”），该行没有数字，已跳过",
                             f"{grid.place(r, c)} is a remark ('{pc.printed}'): the row holds no figure; skipped", loc))
        else:
            out.append(non_numeric_finding(pc, ind, loc))
    for text, locs in markers.items():
        out.append(_info(
            "missing_marker",
            f"{len(locs)} 个单元格为“{text}”（无数据），按缺失处理，首个在 {locs[0].label('zh')}",
            f"{len(locs)} cell(s) read '{text}' (no data), treated as missing; first at {locs[0].label()}",
            locs[0]))
    return out


def _unit_blocks(grid: Grid) -> list[tuple[int, int, str]]:
    """The forms stacked one per unit (``unit_block`` in tables.yaml: 单位名称：城关镇 over each): (the naming row, the
    next one's, the unit's name), in order; fewer than two: none."""
    rx = _unit_block_re()
    heads = [(r, m.group(1)) for r, row in enumerate(grid.rows)
             if row and isinstance(row[0], str) and (m := rx.match(row[0])) is not None]
    if len(heads) < 2:
        return []
    return [(r, end, name) for (r, name), end in zip(heads, [r for r, _ in heads[1:]] + [len(grid.rows)])]


@cache
def _unit_block_re() -> re.Pattern[str]:
    return re.compile(table_rules()["unit_block"])


def _read_blocks(grid: Grid, blocks: list[tuple[int, int, str]], source: str, cat: Catalog, keymap: dict[str, str],
                 totals: tuple[str, ...], findings: list[Finding]) -> Document:
    """One document of the stacked forms: each read as a sheet of its own (the title lines above the first kept over
    it, every row in its place), its records that block's unit (全县合计: the totals)."""
    first = blocks[0][0]
    records: list[Record] = []
    notes: list[str] = []
    for r, end, name in blocks:
        rows = [*grid.rows[:first], *([] for _ in range(first, r + 1)), *grid.rows[r + 1 : end]]
        part = dataclasses.replace(grid, rows=rows, figures=[], findings=[], hidden=False)
        unit = TOTAL_UNIT if _is_total(name, totals) else name
        for doc in _read_grid(part, source, cat, keymap, totals):
            if len({rec.unit for rec in doc.records}) == 1:  # (one form of one place: the block's)
                for rec in doc.records:
                    rec.unit = unit
            records += doc.records
            findings += doc.findings
            notes += doc.notes
    return Document(source=source, kind="table", records=records, findings=findings, notes=notes, sheet=grid.name)


def _read_grid(grid: Grid, source: str, cat: Catalog, keymap: dict[str, str], totals: tuple[str, ...]) -> list[Document]:
    """The tables of one sheet: usually one, two or more when they are stacked (表1 … 表2 …); none for a sheet of
    notes."""
    findings: list[Finding] = list(grid.findings)
    _fill_merged_figures(grid)
    if grid.hidden:
        findings.append(_info("hidden_sheet", f"工作表“{grid.name}”是隐藏的；已照常读取",
                              f"sheet '{grid.name}' is hidden; read as usual", Location(source, sheet=grid.name)))
    if len(stacked := _unit_blocks(grid)) >= 2:
        return [_read_blocks(grid, stacked, source, cat, keymap, totals, findings)]
    layout = detect(grid)
    if layout is None:
        if not grid.csv:  # a sheet without a table (notes, charts, a hidden 代码表): no document, unless hidden
            return [Document(source=source, kind="table", findings=findings, sheet=grid.name)] if grid.hidden else []
        findings.append(_info("no_table", "未找到表格（没有表头和数字行）", "no table found (no header and figure rows)",
                              Location(source)))
        return [Document(source=source, kind="table", findings=findings)]
    rows = grid.rows
    data_rows, foot_start = find_data_rows(grid, layout)
    tail = breakdown_below_notes(grid, foot_start)
    data_rows += tail
    second = stacked_at(grid, layout, data_rows, cat, keymap)
    if second is None:
        second = _table_below(grid, foot_start, cat, keymap)
    if second is not None:  # 表2 below 表1: each table read on its own, rows keeping their places on the sheet
        return [doc for part in _cut(grid, second) for doc in _read_grid(part, source, cat, keymap, totals)]
    if (again := _header_again(grid, layout, data_rows, cat, keymap)) is not None:
        # (指标 | 计量单位 | 梅岭村 … six 村, then （续上表） and 指标 | 计量单位 | 竹溪村 … 合计: one table in two blocks, its
        # 合计 over the units of both)
        parts = [doc for part in _cut(grid, again) for doc in _read_grid(part, source, cat, keymap, totals)]
        return [_joined_panels(*parts)] if len(parts) == 2 else parts
    sh = _Sheet.of(grid, layout, data_rows)
    labels = _label_columns(sh, cat, keymap)
    columns = [col for c in range(labels.value_start, sh.width)
               if (col := _header_column(sh, c, labels.value_start, cat, keymap)) is not None]
    changes = [col for col in columns if col.period in (CHANGE, CHANGE_PERCENT)]
    columns = [col for col in columns if col.period not in (CHANGE, CHANGE_PERCENT)]
    guard_sex_ratio(columns, cat)
    guard_methods(columns)
    if (panel := _form_panel_at(sh)) is not None:  # 指标名称 | 代码 | 本年 … twice across: one form in two panels
        head = layout.header_start  # (the title, 填报单位 and 报告期 above them stand whole over both)
        left = dataclasses.replace(grid, rows=[row if r < head else row[:panel] for r, row in enumerate(rows)],
                                   figures=[])
        right = dataclasses.replace(grid, rows=[row if r < head else [None] * panel + row[panel:]
                                                for r, row in enumerate(rows)], findings=[], hidden=False, figures=[])
        parts = [*_read_grid(left, source, cat, keymap, totals), *_read_grid(right, source, cat, keymap, totals)]
        return [_merged_panels(*parts)] if len(parts) == 2 else parts
    beside = _beside_at(sh, columns, labels)
    if beside is not None:  # 表2 to the right of 表1, with its own unit column: each read on its own, in place
        left = dataclasses.replace(grid, rows=[row[:beside] for row in rows], figures=[])
        right = dataclasses.replace(grid, rows=[[None] * beside + row[beside:] for row in rows], findings=[],
                                    hidden=False, figures=[])
        parts = [*_read_grid(left, source, cat, keymap, totals), *_read_grid(right, source, cat, keymap, totals)]
        if len(parts) == 2 and _repeats_header(sh, beside):  # one table printed in two panels: read as one
            return [_joined_panels(*parts)]
        return parts

    # a form with one indicator per row (指标名称 | 本年 | 上年): judged on the first rows, read whole if it is one
    if (long := read_long(grid, layout, source, cat, keymap, findings, lambda name: _is_total(name, totals))) is not None:
        return [Document(source=source, kind="table", records=long, findings=findings,  # 单位 | 指标 | 年份 | 数值
                         notes=notes_below(grid, foot_start, tail), year=sh.year)]
    if (by_role := read_role_rows(grid, layout, source, cat, keymap, findings, lambda name: _is_total(name, totals),
                                  sh.titled_indicator(cat, keymap), period_of(sh.title))) is not None:
        return [Document(source=source, kind="table", records=by_role, findings=findings,  # 乡镇 | 项目 (任务/完成/完成率)
                         notes=notes_below(grid, foot_start, tail), year=sh.year)]
    labelled = (r for r in data_rows if not (blank(sh.cell(r, layout.first_col)) and blank(sh.cell(r, layout.first_col + 1))))
    first = list(islice(labelled, 50))
    n_known = sum(c.indicator is not None for c in columns)
    vertical = looks_vertical(row_indicators(grid, layout, first, cat, keymap), len(first), n_known)
    # (城关镇年初人口 | 人 | 31864, 河口镇年初人口 …: an item list naming each row's place before its indicator, its
    # labels after a 序号 column: 序号 | 项目 | 计量单位 | 2024年)
    # (序号 | 指标 | 计量单位 | 合计 | 新田村 | 上坪村 …: a form's labels after its 序号 column too)
    form, placed = layout, {}
    if not vertical:
        placed = row_places(grid, form, first, cat, keymap)
        if not placed and is_index_column([sh.cell(layout.header_start, layout.first_col)], sh.column(layout.first_col)):
            form = dataclasses.replace(layout, first_col=layout.first_col + 1)
            vertical = looks_vertical(row_indicators(grid, form, first, cat, keymap), len(first), n_known)
            placed = {} if vertical else row_places(grid, form, first, cat, keymap)
    if vertical or looks_vertical({r: ind for r, (_, ind) in placed.items()}, len(first), n_known):
        every = [*first, *labelled]
        placed = row_places(grid, form, every, cat, keymap) if placed else {}
        found = {r: ind for r, (_, ind) in placed.items()} if placed else row_indicators(grid, form, every, cat, keymap)
        records = read_vertical(grid, form, found, source, cat, findings, lambda name: _is_total(name, totals),
                                sh.title_place, sh.year, {r: place for r, (place, _) in placed.items()},
                                quarter_of(sh.title, None) or period_of(sh.title), _title_month(sh.title))
        return [Document(source=source, kind="table", records=records, findings=findings,
                         notes=notes_below(grid, foot_start, tail), year=sh.year)]

    _dated_stocks_as_bounds(columns)
    split = _split_by_population(columns)
    _ungrouped_with_population(columns, notes_below(grid, foot_start, tail))
    findings += _column_findings(columns, sh, source)
    known = [c for c in columns if c.indicator is not None]
    wide = sh.year_row is not None or bool(sh.glued_groups) or split
    # in column order; None for a column no period heads (出生率 beside 出生人数 over 本月 | 累计): the title's
    # the period the title or form names (2023年度, 2024年1—6月), for rows that name none themselves
    titled = quarter_of(sh.title, None) or period_of(sh.title)  # (2024年二季度…统计表: that quarter's, not 1—6月)
    # 出生 over 一季度 … | 全年 beside 男婴 | 女婴 under no period: the year's, one record with 全年; but beside 本月 |
    # 本月累计 (a month's return), the stocks and rates under none are the year to date's, the base of its rates
    # (本季 | 上季 | 累计 in a quarter's: the same)
    named = {c.period for c in known if c.period is not None}
    to_dates = {p for p in named if p.startswith("to-date")}
    to_date = dated("to-date", sh.month) if sh.month else next(iter(to_dates)) if len(to_dates) == 1 else None
    cumulative = to_date in named and any(p.startswith(("month", "quarter")) for p in named)
    if wide and (cumulative or titled is not None and titled in named):
        for c in known:
            c.period = c.period or (to_date if cumulative else titled)
    periods: list[str | None] = [*dict.fromkeys(c.period for c in known)] if wide else [None]
    events: list[_Event] = []
    keys = _row_keys(sh, labels, known, totals, titled, events)

    # records: one candidate per (data row, period), in reading order (row by row, each row's periods)
    n_keys = len(keys.r)
    cand_i = np.tile(np.arange(n_keys), len(periods))
    cand_pi_arr = np.repeat(np.arange(len(periods)), n_keys)
    if len(periods) > 1:
        by_row = np.argsort(cand_i, kind="stable")  # (the data rows are in sheet order)
        cand_i, cand_pi_arr = cand_i[by_row], cand_pi_arr[by_row]
    cand_r_arr = np.asarray(keys.r, dtype=np.int64)[cand_i]
    n_cand = len(cand_i)
    filled_any = np.zeros(n_cand, dtype=bool)
    no_value_by_col: dict[int, set[int]] = {}
    for (nr, nc) in grid.no_value:
        no_value_by_col.setdefault(nc, set()).add(nr)
    # per indicator, over the candidates: number, decimals, cell scale, printed text where it differs
    acc: dict[str, dict[str, Any]] = {}
    colmap: dict[tuple[str, int], int] = {}
    groups: dict[int, tuple[list[int], RowCells]] = {}  # per period: rows, their cells
    col_period = [periods.index(col.period) if wide else 0 for col in known]
    for k, col in enumerate(known):
        pi = col_period[k]
        sel = np.flatnonzero(cand_pi_arr == pi) if wide else np.arange(n_cand)
        if pi not in groups:
            at = cand_r_arr[sel]
            grid_rows = at.tolist()
            sub = list(map(rows.__getitem__, grid_rows))  # (one pass over the rows for all the period's columns)
            run = bool(len(at)) and bool((np.diff(at) == 1).all())  # consecutive rows: their known figures serve
            groups[pi] = (grid_rows, RowCells.of(sub, [c.index for c, p in zip(known, col_period) if p == pi],
                                                 grid.figures if run else (), grid_rows[0] if run else 0))
        grid_rows, group = groups[pi]
        number, decimals, cell_scale, printed, filled = read_column(
            group, grid_rows, col, grid.formats, no_value_by_col.get(col.index, ()), events, pi, k)
        filled_any[sel] |= filled
        ind = col.indicator
        assert ind is not None
        colmap[(ind, pi)] = col.index
        a = acc.get(ind)
        if a is None:
            a = acc[ind] = {"number": np.full(n_cand, np.nan), "decimals": np.zeros(n_cand, dtype=np.int16),
                            "scales": [], "printed": {}, "unit_printed": col.unit_printed,
                            "blank": np.zeros(n_cand, dtype=bool), "annualised": np.zeros(n_cand, dtype=bool)}
        a["number"][sel] = number
        a["annualised"][sel] = col.annualised
        a["blank"][sel] = ~filled
        a["decimals"][sel] = decimals
        a["scales"].append((sel, col.scale, cell_scale))
        for j, text in printed.items():
            a["printed"][int(sel[j])] = text
    findings += _event_findings(events, sh, source, labels.label_col, {c.index: c.indicator for c in known})

    # record order: rows (a wide table's periods only where a cell is filled), then the totals rows
    keep = filled_any if wide else np.ones(n_cand, dtype=bool)
    if not wide:  # a row without a figure that names a section (分市, 按地区分) is no unit
        section = re.compile(_hierarchy_spec()["section_label"])
        continued = re.compile(_hierarchy_spec()["continued_title"])
        for j in np.flatnonzero(~filled_any).tolist():
            label = keys.unit[cand_i[j]] or ""
            if continued.match(label):
                keep[j], keys.unit[cand_i[j]] = False, None  # (表3-2 续表 after a page break: the same table goes on)
                continue
            keep[j] = not section.match(label)
            before = keys.unit[cand_i[j - 1]] if j and filled_any[j - 1] and keep[j - 1] else None
            if keep[j] and before is not None and _wrapped_name(before, label, keys.total[cand_i[j]]):
                keys.unit[cand_i[j - 1]], keep[j] = before + label, False  # 新城经济技术开发区 / 管委会: one name
    blocks: list[tuple[list[int], bool]] = []
    subsets: list[tuple[int, list[int], list[int]]] = []
    if not wide and labels.unit_col is not None:  # (candidates are the key rows)
        uc = labels.unit_col

        def indented(i: int) -> bool:
            return text_of(sh.cell(keys.r[i], uc))[:1].isspace()

        shown = sh.unit_labels(uc)[1] if len(keys.r) == len(sh.data_rows) else squeezed_column(  # (no row skipped)
            [sh.cell(r, uc) for r in keys.r])
        blocks, subsets = _subsets(_breakdown_blocks(indented, shown, keys.unit, keys.total), keys, sh,
                                   labels.value_start)
        for _head, _originals, repeats in subsets:
            keep[repeats] = False
        opener = re.compile(_hierarchy_spec()["breakdown_label"])
        for k, (block, _after) in enumerate(blocks):  # 其中：流动人口 over the communities again: their migrants,
            head_label = keys.unit[block[0]]          # a group of each (no other partition of the total)
            if head_label is not None and is_population_group(population := opener.sub("", head_label)):
                for j in block[1:]:
                    keys.period[j] = group_label(population)
                keep[block[0]] = bool(filled_any[block[0]])
                blocks[k] = (block, False)
        _name_repeated_breakdowns(blocks, keys, opener)
    tot = np.asarray(keys.total, dtype=bool)[cand_i]
    order = np.concatenate([np.flatnonzero(keep & ~tot), np.flatnonzero(keep & tot)])
    # the candidates in record order: all of them as they are (the common case) taken as views, not copies
    take: np.ndarray | slice = slice(None) if np.array_equal(order, np.arange(n_cand)) else order
    if not known:  # no column is an indicator (a list of codes, names): what was found, and no records
        findings += _unchecked(sh, labels.value_start, source)
        return [Document(source=source, kind="table", findings=findings)] if findings else []
    data: dict[str, ColumnData] = {}
    for ind, a in acc.items():
        scale: np.ndarray | float
        scales = a["scales"]
        if len({s for _sel, s, _cs in scales}) == 1 and all(cs is None for _sel, _s, cs in scales):
            scale = float(scales[0][1])
        else:
            full = np.ones(n_cand)
            for sel, s, cs in scales:
                full[sel] = s if cs is None else cs
            scale = full[take]
        printed_list: list[str | None] | None = None
        if a["printed"]:
            where = np.full(n_cand, -1, dtype=np.int64)
            where[order] = np.arange(len(order))
            printed_list = [None] * len(order)
            for ci, text in a["printed"].items():
                if where[ci] >= 0:
                    printed_list[where[ci]] = text
        data[ind] = ColumnData(a["number"][take], a["decimals"][take], scale, printed_list, a["unit_printed"],
                               a["blank"][take], a["annualised"][take] if a["annualised"].any() else None)
    rec_i, rec_pi = cand_i[take].tolist(), cand_pi_arr[take].tolist()
    locate = _Locator(source, grid.name, grid.lines, grid.csv, labels.label_col, cand_r_arr[take].tolist(), rec_pi, colmap)
    rec_periods = list(map(keys.period.__getitem__, rec_i))
    rec_units = list(map(keys.unit.__getitem__, rec_i))
    if wide and sh.unit_groups:  # the place heading the record's columns, the row's own period
        rec_units = [u if (g := periods[pi]) is None else g for u, pi in zip(rec_units, rec_pi)]
    elif wide:  # the period heading the record's columns, else the row's own
        rec_periods = [p if (g := periods[pi]) is None else g for p, pi in zip(rec_periods, rec_pi)]
    table = RecordTable(rec_units, rec_periods, data, locate)
    rows_kept = len(table)
    if not (blocks or subsets) and (by_sex := _rows_by_sex(table, cat, totals)) is not None:
        table = by_sex  # 清河街道 merged down over 合计 | 男 | 女: one record of the street, its 男 and 女 its parts
    elif not (blocks or subsets) and (by_measure := _rows_by_measure(table, cat, totals)) is not None:
        table = by_measure  # 全镇 merged down over 绝对数（人） | 相对数（‰）: one record, the second row its rates
    if not wide and not any(keys.total) and (whole := _sum_of_the_rest(table, cat)) is not None:
        table.units[whole] = TOTAL_UNIT  # 平川县 first over its townships, and their sum: the totals row
    findings.extend(_mislabelled_percent_columns(table, cat))
    if changes and wide:
        findings += change_findings(_changes(changes, known, periods, table, cand_r_arr[take].tolist(), rec_pi, grid,
                                             source), cat)
    if keys.changes and not wide:
        findings += change_findings(_row_changes(keys.changes, known, table, grid, source), cat)
    if not len(table):
        findings += _unchecked(sh, labels.value_start, source)
    doc = Document(source=source, kind="table", records=table if len(table) else [],  # type: ignore[arg-type]
                   findings=findings, notes=notes_below(grid, foot_start, tail), year=sh.year,
                   references=[i for i, u in enumerate(table.units) if u in keys.references])
    if labels.unit_col is not None and len(table) == rows_kept:  # (not folded by sex: a record per row)
        doc.levels = _indent_levels(sh, labels.unit_col, cand_r_arr[take].tolist())
        if doc.levels:
            _name_repeated_by_level(table.units, table.periods, doc.levels)
    if blocks or subsets:
        at = np.full(n_cand, -1)  # candidate (a kept data row) → its record
        at[order] = np.arange(len(order))
        doc.breakdowns = [([int(at[j]) for j in block if at[j] >= 0], after) for block, after in blocks]
        doc.subsets = [(int(at[h]), [int(at[e]) for e in originals]) for h, originals, _ in subsets]
    return [doc]


def _indent_levels(sh: _Sheet, c: int, rows: list[int]) -> list[int]:
    """Each row's label indentation as a level (its leading blanks, a full-width space counting two), where the
    labels of ``rows`` in column ``c`` are indented at two depths or more; else none."""
    widths = []
    for r in rows:
        text = text_of(sh.cell(r, c))
        lead = text[: len(text) - len(text.lstrip())]
        widths.append(len(lead) + lead.count("\u3000"))
    depths = sorted(set(widths))
    return [depths.index(w) for w in widths] if len(depths) > 1 else []


def _name_repeated_by_level(units: list[str | None], periods: list[str | None], levels: list[int]) -> None:
    """A label an indented table repeats (市辖区 under 抚州市, again under 上饶市) named with the row it is indented
    under, as nested labels are: 抚州市/市辖区."""
    counts = Counter(zip(units, periods))
    for i, (unit, period) in enumerate(zip(list(units), periods)):
        if unit is None or counts[(unit, period)] < 2 or not levels[i]:
            continue
        parent = next((units[j] for j in range(i - 1, -1, -1) if periods[j] == period and levels[j] < levels[i]), None)
        if parent is not None:
            units[i] = f"{parent}/{unit}"


def _scope_words(title: str) -> str | None:
    """The population words a sheet's title names (城镇 in 各乡镇城镇人口变动情况: ``cross_sheet.scope_words``) as one
    pattern, None for none: a header repeating one of them names the sheet's own figure."""
    found = set(re.findall(table_rules()["cross_sheet"]["scope_words"], title))
    return "|".join(sorted(found)) if found else None


#: the period labels of change columns (增减, 增减%): kept apart from the records (:mod:`fpcheck.changes`)
CHANGE, CHANGE_PERCENT = "change", "change%"


def _changes(columns: list[Column], known: list[Column], periods: list[str | None], table: RecordTable,
             rows: list[int], pis: list[int], grid: Grid, source: str) -> list[Change]:
    """Each change column's cells (出生人数 over 本年 | 上年 | 增减) with the two figures they compare: the same
    row's records of the current period and of the one before — of the table's two periods, or where it has more
    (本月 | 累计 | 上年同期 | 增减), of the last two its indicator's columns name before the change's."""
    at = {(r, pi): i for i, (r, pi) in enumerate(zip(rows, pis))}
    table_pair = compared_periods(periods)
    out: list[tuple[int, int, int, int, str | None, str]] = []
    for col in columns:
        pair = table_pair
        if pair is None:
            left = [c.period for c in sorted(known, key=lambda c: -c.index)
                    if c.indicator == col.indicator and c.index < col.index and c.period in periods]
            pair = compared_periods(list(dict.fromkeys(left))[:2][::-1])
        if pair is None:
            continue
        now, before = (periods.index(p) for p in pair)
        kind = "percent" if col.period == CHANGE_PERCENT else "difference"
        out.extend((r, col.index, i, j, col.indicator, kind) for (r, pi), i in at.items()
                   if pi == now and (j := at.get((r, before))) is not None)
    return _compared(table, grid, source, out)


def _row_changes(rows: list[tuple[int, str | None, str]], columns: list[Column], table: RecordTable, grid: Grid,
                 source: str) -> list[Change]:
    """Each change row's cells (城关镇's 2023年 | 2022年 | 增减（%） rows) with the two figures of its unit's year rows
    above it in the same column."""
    by_unit: dict[str, list[int]] = {}
    for i, u in enumerate(table.units):
        if u is not None:
            by_unit.setdefault(u, []).append(i)
    cells = []
    for r, unit, head in rows:
        mine = by_unit.get(unit, []) if unit is not None else []
        if (pair := compared_periods([table.periods[i] for i in mine])) is None:
            continue
        i, j = (next(k for k in mine if table.periods[k] == p) for p in pair)
        cells += [(r, col.index, i, j, col.indicator, change_kind(head)) for col in columns]
    return _compared(table, grid, source, cells)


def _compared(table: RecordTable, grid: Grid, source: str,
              cells: Iterable[tuple[int, int, int, int, str | None, str]]) -> list[Change]:
    """The changes printed in cells (row, column) between records i (now) and j (before) of ``indicator``, of a
    kind (difference | percent): where both records hold the figure and the cell a number."""
    out = []
    for r, c, i, j, ind, kind in cells:
        if ind is not None and table.has(i, ind) and table.has(j, ind):
            a, b = table[i].values[ind], table[j].values[ind]
            if (d := change_at(grid, source, r, c, a, kind)) is not None:
                out.append(Change(table.units[i], a, b, d, kind))
    return out


_SEX_ROWS = ("男", "女")


def _rows_by_sex(table: RecordTable, cat: Catalog, totals: tuple[str, ...]) -> RecordTable | None:
    """A table giving each unit three rows, 合计 | 男 | 女 under its name merged down (a 户籍人口 table by sex): one
    record per unit, the 男 and 女 rows' figures its parts (户籍人口 of 男: population_male), each at its own cell.
    None unless every row is in such a triple."""
    units = table.units
    if len(units) < 3 or len(units) % 3:
        return None
    heads: list[int] = []
    names: list[str | None] = []
    for i in range(0, len(units), 3):
        male, female = units[i + 1] or "", units[i + 2] or ""
        outer = male.rpartition("/")[0]
        if not outer or male != f"{outer}/男" or female != f"{outer}/女" or not (units[i] or "").startswith(outer):
            return None
        heads.append(i)
        names.append(TOTAL_UNIT if _is_total(outer, totals) else outer)
    take = np.asarray(heads)
    columns = {ind: _rows_of(col, take) for ind, col in table.columns.items()}
    parts: dict[str, tuple[str, int]] = {}  # part indicator → (its indicator on the sex rows, the rows' offset)
    for ind in list(table.columns):
        for k, sex in enumerate(_SEX_ROWS, 1):
            part = child_of(ind, sex, "", cat, fallback=False) if ind in cat else None
            if part is not None and part not in columns:
                columns[part] = _rows_of(table.columns[ind], take + k)
                parts[part] = (ind, k)
    if not parts:
        return None
    return RecordTable(names, [table.periods[i] for i in heads], columns, _SexRowLocator(table.locate, heads, parts))


def _rows_by_measure(table: RecordTable, cat: Catalog, totals: tuple[str, ...]) -> RecordTable | None:
    """A table giving each unit two rows under its name merged down, its counts (绝对数（人）) and their rates
    (相对数（‰）, in the same columns: 出生人口 over 177 and 7.13): one record per unit, a count column's figure on
    the rates' row the rate the catalog gives that count in that unit (births in ‰: birth_rate), a rate column's
    (自然增长（人/‰）) its figure on that row; the other cells of the rates' row (a stock merged over both) are no
    figures of their own. None unless every row is in such a pair (``measure_rows`` in tables.yaml)."""
    spec = table_rules()["measure_rows"]
    count_re, rate_re = re.compile(spec["count"]), re.compile(spec["rate"])
    units = table.units
    if len(units) < 2 or len(units) % 2:
        return None
    heads: list[int] = []
    names: list[str | None] = []
    rate_unit = None
    for i in range(0, len(units), 2):
        (outer, _, counts), (other, _, rates) = (str(units[i] or "").rpartition("/"),
                                                 str(units[i + 1] or "").rpartition("/"))
        shown = rate_re.fullmatch(rates)
        if not outer or outer != other or not count_re.fullmatch(counts) or shown is None:
            return None
        rate_unit = rate_unit or ("%" if "%" in shown.group() or "百分" in shown.group() else "‰")
        heads.append(i)
        names.append(TOTAL_UNIT if _is_total(outer, totals) else outer)
    take = np.asarray(heads)
    columns: dict[str, ColumnData] = {}
    parts: dict[str, tuple[str, int]] = {}  # indicator → (its column, the row below its unit's first)
    for ind, col in table.columns.items():
        if ind in cat and cat[ind].measure in ("permille", "percent"):
            columns[ind], parts[ind] = _rows_of(col, take + 1), (ind, 1)
        else:
            columns.setdefault(ind, _rows_of(col, take))
            if ind in cat and (rate := dict(cat[ind].by_unit).get(rate_unit or "")) is not None \
                    and rate not in table.columns:
                columns[rate], parts[rate] = _rows_of(col, take + 1), (ind, 1)
    if not parts:
        return None
    return RecordTable(names, [table.periods[i] for i in heads], columns, _SexRowLocator(table.locate, heads, parts))


@dataclass(frozen=True)
class _SexRowLocator:
    """The locator of a table folding several rows of a unit into one record (:func:`_rows_by_sex`,
    :func:`_rows_by_measure`): record i is the unit's first row ``heads[i]``; a part (population_male, birth_rate)
    is its column's figure on the row ``k`` below it."""

    rows: Callable[[int, str | None], Location]  # the locator of the table with a record per row
    heads: list[int]
    parts: dict[str, tuple[str, int]]

    def __call__(self, i: int, ind: str | None) -> Location:
        base, k = self.parts.get(ind or "", (ind, 0))
        return self.rows(self.heads[i] + k, base)


def _rows_of(col: ColumnData, rows: np.ndarray) -> ColumnData:
    """Column ``col`` at ``rows`` only."""
    scale = col.scale[rows] if isinstance(col.scale, np.ndarray) else col.scale
    printed = [col.printed[r] for r in rows.tolist()] if col.printed is not None else None
    return ColumnData(col.number[rows], col.decimals[rows], scale, printed, col.unit_printed,
                      None if col.blank is None else col.blank[rows],
                      None if col.annualised is None else col.annualised[rows])


def _sum_of_the_rest(table: RecordTable, cat: Catalog) -> int | None:
    """The first or last row of a table with no totals row by name when it is the sum of the other rows in three
    count columns or more, and in two thirds of those it can be told in (a county's own row over its townships)."""
    if len(table) < 4:
        return None
    counts = [c.number for ind, c in table.columns.items() if ind in cat and cat[ind].integer]
    for row in (0, len(table) - 1):
        told = agree = 0
        for nums in counts:
            rest = np.delete(nums, row)
            if np.isnan(nums[row]) or np.isnan(rest).any():
                continue
            told += 1
            agree += abs(float(rest.sum()) - float(nums[row])) < 0.5
        if agree >= 3 and 3 * agree >= 2 * told:
            return row
    return None


#: A long name a PDF's column wrapped into the next row (新城经济技术开发区 / 管委会, 石门坎彝族 / 苗族乡): the row before
#: at least this long, the rest at most _WRAP_REST, alone in a row of no figure.
_WRAP_HEAD, _WRAP_REST = 5, 4


def _wrapped_name(before: str, label: str, is_total: bool) -> bool:
    """Whether ``label``, alone in a row of no figure, is the end of the long name of the row above it."""
    return not is_total and len(before) >= _WRAP_HEAD and 0 < len(label) <= _WRAP_REST and label != TOTAL_UNIT


def _name_repeated_breakdowns(blocks: list[tuple[list[int], bool]], keys: _Rows, opener: re.Pattern[str]) -> None:
    """其中：城镇 | 乡村 under each of several units: each row named after the unit above its block (东城区/城镇,
    合计/城镇), so that no two records of the sheet share a name; a breakdown printed once keeps its own name."""
    parts = [opener.sub("", keys.unit[j] or "") for block, _ in blocks for j in block]
    if len(set(parts)) == len(parts):
        return
    for block, _ in blocks:
        parent = keys.unit[block[0] - 1] if block[0] else None
        if parent is None:
            continue
        for j in block:
            if keys.unit[j]:
                keys.unit[j] = f"{parent}/{opener.sub('', keys.unit[j] or '')}"


def _subsets(blocks: list[tuple[list[int], bool]], keys: _Rows, sh: _Sheet, value_start: int
             ) -> tuple[list[tuple[list[int], bool]], list[tuple[int, list[int], list[int]]]]:
    """The 其中 blocks that list units already listed (其中：贫困村（4个） over four of the villages, repeated with the
    same figures): not a breakdown of the total but a part of it, the 其中 row their subtotal. Returns the other
    blocks, and per such block its 其中 row, the earlier rows it sums and the repeats (which are no records)."""
    if not blocks:
        return [], []
    n = len(keys.unit)  # each unit's first row: the rows read backwards, a unit's first is written last
    first: dict[str | None, int] = dict(zip(reversed(keys.unit), range(n - 1, -1, -1)))
    other: list[tuple[list[int], bool]] = []
    subsets: list[tuple[int, list[int], list[int]]] = []
    for block, after in blocks:
        head, rest = block[0], block[1:]
        earlier = [first.get(keys.unit[j], j) for j in rest]
        if rest and all(e < head and sh.grid.rows[keys.r[e]][value_start:] == sh.grid.rows[keys.r[j]][value_start:]
                        for e, j in zip(earlier, rest)):
            subsets.append((head, earlier, rest))
        else:
            other.append((block, after))
    return other, subsets


def _unchecked(sh: _Sheet, value_start: int, source: str) -> list[Finding]:
    """A warning for a table with figures that gives no record to check (no header names a known indicator,
    or no row a unit): it passes unchecked, which must not look like passing the checks."""
    figures = [c for c in range(value_start, sh.width)
               if not is_code_header(header_key("".join(text_of(sh.cell(r, c)) for r in sh.header_rows)))]
    if not any(is_numeric(sh.cell(r, c)) for r in sh.data_rows for c in figures):
        return []  # a list of codes or names
    return [Finding(
        rule="unchecked_table", severity="warning", indicators=[],
        message="表中有数字，但没有读出可检查的记录（表头未识别为已知指标，或各行没有单位名称）：本表未经检查",
        message_en="the table has figures but no record could be read (no header names a known indicator, or no "
                   "row a unit): the table was not checked",
        location=sh.grid.location(source, sh.layout.header_start, value_start))]


def _breakdown_blocks(indented: Callable[[int], bool], labels: list[str | None], units: list[str | None],
                      total: list[bool]) -> list[tuple[list[int], bool]]:
    """The 其中 rows of a table (其中：城镇 and the indented 乡村 under it; after a totals row that closes the
    units, every row to the end; right under a totals row, rows indented below it or named 城镇/乡村): a
    breakdown in another dimension, not units of the sum; but indented rows that are all the table's rows are
    its units. Row positions, and whether the block follows a totals row (then it is a breakdown of the total).

    ``indented(i)`` tells whether row i's label starts with a space; ``labels`` are the labels as printed, blanks
    taken out (其中：城镇: a unit's name holds no 其中). Only the rows around a 其中 row or a totals row are looked at
    one by one."""
    spec = _hierarchy_spec()
    tot = np.asarray(total, dtype=np.bool_)
    named = np.fromiter(map(is_not, units, repeat(None)), dtype=np.bool_, count=len(units))
    column = LabelColumn(labels)  # (matched twice: the labels laid end to end once)
    opens = column.matches(re.compile(spec["breakdown_label"])) & named & ~tot
    stops = tot | ~named | opens  # what ends a block
    totals_at = np.flatnonzero(tot)
    first_total = next((t for t in totals_at.tolist() if t > 0), len(units))  # (one heading the table: units follow it)
    blocks: list[tuple[list[int], bool]] = []
    for i in np.flatnonzero(opens).tolist():
        closed = first_total < i  # a totals row closing the units above: every row to the next stop
        end = i + 1
        after = closed or (i > 0 and bool(tot[i - 1]))  # (right under a first totals row: its breakdown too)
        if closed:
            ahead = np.flatnonzero(stops[i + 1:])
            end = i + 1 + (int(ahead[0]) if len(ahead) else len(units) - i - 1)
        else:
            while end < len(units) and not stops[end] and indented(end):
                end += 1
        blocks.append((list(range(i, end)), after))
    covered = np.zeros(len(units), dtype=np.bool_)
    for block, _ in blocks:
        covered[block] = True
    named_as = re.compile(spec["breakdown_name"])
    units_left = named & ~tot & ~covered
    for t in (t for t in totals_at.tolist() if not indented(t)):
        under: list[int] = []  # 全省 over 　城镇 / 　乡村: the total broken down right under it
        for j in range(t + 1, len(units)):
            u = units[j]
            if u is None or total[j] or covered[j] or not (indented(j) or named_as.match(u)):
                break
            under.append(j)
        rest = units_left.sum() > units_left[under].sum()  # a unit row outside it
        if under and (rest or any(named_as.match(units[j] or "") for j in under)):
            blocks.append((under, True))  # (indented under it and no other row: 全　省 over its 　长沙市 …, the units)
            covered[under] = True
    # a section label after the units (全省, the cities, then 按区域分 over 北部地区 …): the total parted another way
    section = column.matches(re.compile(spec["section_label"])) & named & ~tot
    aged = re.compile("|".join(f"(?:{spec[k]})" for k in ("range_label", "single_label", "open_label")))
    for s in np.flatnonzero(section).tolist():
        if int((named[:s] & ~tot[:s] & ~section[:s] & ~covered[:s]).sum()) < 2:
            continue  # (分市 heading the units, after the total's own breakdown)
        ahead = np.flatnonzero(stops[s + 1:] | section[s + 1:])
        end = s + 1 + (int(ahead[0]) if len(ahead) else len(units) - s - 1)
        if end > s + 1 and not any(aged.match(units[j] or "") for j in range(s + 1, end)):
            blocks.append((list(range(s + 1, end)), True))  # (broad age groups: groups of the ages above)
    return blocks


def _nested(levels: list[list[str | None]]) -> bool:
    """Whether label columns are levels of one hierarchy (an outer label left blank below itself, or repeated
    on each of its rows as a system's export does, over rows whose inner label differs) rather than one name in
    two languages (地区 | Region, a different name on every row)."""
    inner = levels[-1]
    for col in levels[:-1]:
        seen = False
        for k, (v, w) in enumerate(zip(col, inner)):
            if v is not None:
                if k and v == col[k - 1] and w is not None and w != inner[k - 1]:
                    return True  # (城南镇 | 白马村 under 城南镇 | 城南社区)
                seen = True
            elif seen and w is not None:
                return True
    return False


def _nested_units(levels: list[list[str | None]], totals: tuple[str, ...]) -> list[str | None]:
    """Unit names of a table labelled on several levels (乡镇 | 村): ``城关镇/东村``. An outer label fills down
    over the blank (merged) cells below it until the next one; an inner 合计/小计 makes the row its group's
    subtotal (``城关镇小计``); a row with only the outer label is that unit (``城关镇``, or the totals row)."""
    outer_filled: list[list[str | None]] = []
    for col in levels[:-1]:
        last: str | None = None
        filled = []
        for v in col:
            last = v if v is not None else last
            filled.append(last)
        outer_filled.append(filled)
    out: list[str | None] = []
    for i, inner in enumerate(levels[-1]):
        outer = [v for col in outer_filled if (v := col[i]) is not None]
        own = [v for col in levels[:-1] if (v := col[i]) is not None]  # labels written on this very row
        if inner is None:
            out.append("/".join(own) or None)
        elif _is_total(inner, totals) or inner in ("小计", "计"):
            out.append("/".join(outer) + "小计" if outer else inner)
        else:
            out.append("/".join([*outer, inner]))
    return out


@dataclass(frozen=True)
class _Locator:
    """``locate(i, indicator)`` of a RecordTable: the cell of record i's value (its label cell for None),
    computed when asked. Holds the row numbers, not the grid; a class, not a closure, so that a checked
    document can be sent back from a worker process."""

    source: str
    sheet: str | None
    lines: list[int] | None  # a CSV's physical line of each row (None: a workbook's sheet, located by cell)
    csv: bool
    label_col: int
    rec_rows: list[int]
    rec_pi: list[int]
    colmap: dict[tuple[str, int], int]

    def __call__(self, i: int, ind: str | None) -> Location:
        r = self.rec_rows[i]
        c = self.label_col if ind is None else self.colmap[(ind, self.rec_pi[i])]
        if self.csv:
            line = self.lines[r] if self.lines is not None and r < len(self.lines) else r + 1
            return Location(self.source, line=line, column=c + 1)
        return Location(self.source, sheet=self.sheet, cell=f"{col_letter(c)}{r + 1}")


def _mislabelled_percent_columns(table: RecordTable, cat: Catalog) -> list[Finding]:
    """:func:`_mislabelled_percent` on a RecordTable's columns (same test, same finding, arrays changed)."""
    found: list[tuple[int, int, Finding]] = []
    for k, (ind, cd) in enumerate(table.columns.items()):
        if cd.unit_printed != "%" or ind not in cat:
            continue
        per_cell = np.ndim(cd.scale) > 0
        sel = ~np.isnan(cd.number) & (np.asarray(cd.scale) == 10.0 if per_cell else cd.scale == 10.0)
        if not sel.any():
            continue
        x = cd.number[sel]
        lo, hi = cat[ind].hard

        def outside(v: np.ndarray) -> bool:
            return bool(((v < lo) if lo is not None else np.zeros(len(v), bool)).any()
                        or ((v > hi) if hi is not None else np.zeros(len(v), bool)).any())

        if outside(x) and not outside(x / 10):
            cd.number = cd.number.copy()
            cd.number[sel] = snap(x / 10, cd.decimals[sel], 1.0)  # 54.8 / 10 is 5.48, not 5.4799999999999995
            scale = np.broadcast_to(np.asarray(cd.scale, dtype=np.float64), cd.number.shape).copy()
            scale[sel] = 1.0
            cd.scale = scale if (scale != 1.0).any() else 1.0
            cd.unit_printed = "‰"
            first = int(np.flatnonzero(sel)[0])
            found.append((first, k, Finding(
                rule="unit_mismatch", severity="warning", indicators=[ind],
                message=f"“{cat[ind].name}”列的表头标为 %，但数值是千分率（按 % 换算后不可能）：按 ‰ 读取",
                message_en=f"the {cat[ind].label('en')} column's header says %, but its values are per mille (impossible as %): read as ‰",
                location=table.locate(first, ind))))
    return [f for _i, _k, f in sorted(found, key=lambda t: (t[0], t[1]))]


#: The words of a totals row worked again to check the one above it (公式合计（核对）, 核对合计): a totals row too
_CHECK_WORDS = ("公式", "核对", "校验", "复核", "验算")
_WHOLE_AREA_TOTAL = re.compile(r"[全本][\u4e00-\u9fff]{1,3}(?:合计|总计|汇总|共计)"  # 全县合计, 全镇总计, 全乡共计
                               r"|[\u4e00-\u9fff]{1,12}[(（](?:合计|总计|汇总)[)）]"  # 清河县（汇总）: a place declared the total
                               rf"|(?:{'|'.join(_CHECK_WORDS)})(?:合计|总计)(?:[(（](?:{'|'.join(_CHECK_WORDS[1:])})[)）])?")


#: A totals row named with its period: 本年合计 (the table's), 上年合计 (last year's).
_PRIOR = {"上年", "去年", "上期", "上年同期", "去年同期"}
_PERIOD_WORDS = ("本年", "今年", "本期", *_PRIOR)
_PERIOD_TOTAL_RE = re.compile(f"^({'|'.join(sorted(_PERIOD_WORDS, key=len, reverse=True))})(\\S{{1,3}})$")


def _year_before(title: str) -> str | None:
    """The year before the one a title names (2023年 → 2022), for a 上年合计 row."""
    m = re.search(r"((?:19|20)\d{2})\s*年", title)
    return str(int(m.group(1)) - 1) if m else None


@lru_cache(maxsize=4096)
def _title_month(title: str) -> str | None:
    """The one month a title names (2025年8月人口计生月报: month: 8月), None for none or a span of months."""
    m = _TITLE_MONTH_RE.search(title)
    return f"month: {int(m.group(1))}月" if m is not None else None


_TITLE_MONTH_RE = re.compile(r"(?:19|20)\d{2}年(1[0-2]|0?[1-9])月(?![\d份—–\-~至到]|底|末)")


def _is_total(unit: str, totals: tuple[str, ...]) -> bool:
    if unit in totals or _WHOLE_AREA_TOTAL.fullmatch(unit):
        return True
    m = re.match(r"^([\u3400-\u9fff]+)\s*[(（]?[A-Za-z .]*[)）]?$", unit)  # (合计 Total, 合计(Total))
    if m and m.group(1) in totals and m.group(1) != unit:
        return True
    low = unit.lower().replace(" ", "")  # (National Total, as an English label keeps its blanks)
    return any(low == t.lower().replace(" ", "") for t in totals if t.isascii()) or low in ("nationaltotal", "grandtotal")
