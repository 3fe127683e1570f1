"""Tables pasted into a report as text, with a row per unit.

A 统计年报 sent as text often carries its tables as space-aligned columns (村（社区）  年末人口  出生  死亡,
then 柳塘社区  7126  68  73 …). The report's sentences never name those figures, so the extractor would
read none of them; this module finds such a block and gives each unit row its figures. Only a block whose
header cells name catalog indicators and whose rows are labelled with units (places, villages, communities)
counts: a table with indicators down its rows (项目 | 单位 | 本年数 …) is read by the extractor's cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from fpcheck.catalog import Catalog, header_key

#: A figure alone in its cell: digits with an optional sign and decimals.
_FIGURE = re.compile(r"[-−]?\d{1,12}(?:\.\d{1,6})?")
_SUB_ROW = re.compile("^其中[:：]?")  # (其中:结扎, a part's row under its whole's)
_YEAR_LABEL = re.compile(r"(?:19|20)\d{2} ?年?")  # (2018年 / 2018: a row of a table of years)


@dataclass(frozen=True)
class Row:
    """One unit's row: its label as printed, and per indicator the printed figure and where it stands."""

    label: str
    label_span: tuple[int, int]
    figures: tuple[tuple[str, str, int, int], ...]  # (indicator id, printed, start, end)


def _cells(t: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """The cells of one line, with their spans (blanks and separators stripped)."""
    out, pos = [], start
    for m in sep.finditer(t, start, end):
        if m.start() > pos:
            out.append((t[pos:m.start()], pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((t[pos:end], pos, end))
    cells = [(c.strip(), s + len(c) - len(c.lstrip()), s + len(c.rstrip())) for c, s, _ in out if c.strip()]
    if len(cells) > 2 and _PADDED.fullmatch(cells[0][0]) and _PADDED.fullmatch(cells[1][0]) \
            and cells[1][0] not in _UNIT_CHARS:  # (女  人  04  155: the label 女, then its unit)
        cells[:2] = [(cells[0][0] + cells[1][0], cells[0][1], cells[1][2])]  # 村  名, 合  计: one label padded to width
    return cells


_PADDED = re.compile("[\u4e00-\u9fff]")
_UNIT_CHARS = frozenset("人户例个元次岁")  # a one-char cell after a one-char label: its unit, not the label's second half
_DASH = re.compile(r"[—–\-/－]{1,2}")  # (a blank cell printed as a dash)
_INDEX_HEADER = re.compile("名次|排名|排序|位次|序号|编号|序")  # (a first column of ranks or row numbers)
_RANK = re.compile(r"\d{1,4}|[—–-]{1,2}|第\d{1,3}名?")  # (1, 2 … and — on the total's row)  # a label's one character, padded apart from the next by blanks


#: A tab, a bar or two blanks, with the blanks around them: where a cell separator may be (alternatives that each
#: open with a literal are scanned for fast, the regex engine skipping to their first characters; a character set
#: among them would not be; the separator itself is then checked on the run).
_RUN = re.compile(r"(?:\t|\||  )[\t |]*")


Block = list[list[tuple[str, int, int]]]  # lines of cells: (text, start, end)


def blocks(t: str, sep: re.Pattern[str]) -> list[Block]:
    """Runs of three or more consecutive lines of three or more cells each, rule lines (|---|, ├──┼──┤) left
    out, a table set in two panels side by side read as one (:func:`_panels`): the candidate tables of a text,
    found once for both kinds of table."""
    return [p for b in ([r for r in block if not all(_RULE.fullmatch(c) for c, _, _ in r)] for block in _blocks(t, sep))
            if len(b) >= 3 for p in _panels(_with_header(t, b))]


_WORD = re.compile(r"[^\s]+")
_FIGURE_CELL = re.compile(r"[-+]?\d[\d.,%‰]*")


def _with_header(t: str, block: Block) -> Block:
    """``block`` under its header line when that line sets its labels one blank apart (乡镇  年初人口 年末人口 出生 …
    over rows padded two blanks apart or more): as many words as the first row has cells, none a figure."""
    line_end = t.rfind("\n", 0, block[0][0][1]) if block and block[0] else -1  # (the line before the first row's)
    line_start = t.rfind("\n", 0, line_end) + 1 if line_end > 0 else 0
    if line_end <= line_start:
        return block
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(t, line_start, line_end)]
    if len(words) != len(block[0]) or any(_FIGURE_CELL.fullmatch(w) for w, _, _ in words) \
            or [c for c, _, _ in block[0]] == [w for w, _, _ in words]:
        return block
    return [words, *block]


def _panels(block: Block) -> list[Block]:
    """A table set in two panels side by side (乡　镇 | 常住人口（人） | 乡　镇 | 常住人口（人）, five towns a side): the left
    panel's rows, then the right's, as one table under the left's header; ``block`` itself where the header does
    not repeat its first half."""
    header = block[0]
    half = len(header) // 2
    if len(header) < 4 or len(header) % 2 or [c for c, _, _ in header[:half]] != [c for c, _, _ in header[half:]] \
            or any(len(r) != len(header) for r in block[1:]):
        return [block]
    return [[header[:half], *(r[:half] for r in block[1:]), *(r[half:] for r in block[1:])]]


def _blocks(t: str, sep: re.Pattern[str]) -> Iterator[Block]:
    """Runs of three or more consecutive lines of three or more cells each, blank lines between them aside
    (found from the separators between cells, so prose with none costs one scan)."""
    count: dict[int, int] = {}
    n = len(t)
    for m in _RUN.finditer(t):
        s, e = m.span()
        if 0 < s and e < n and t[s - 1] not in "\n" and t[e] != "\n" and sep.fullmatch(t, s, e):
            line = t.rfind("\n", 0, s) + 1
            count[line] = count.get(line, 0) + 1
    block: list[list[tuple[str, int, int]]] = []
    expected = -1  # where the next line of the current block would start
    for line in sorted(k for k, n in count.items() if n >= 2):
        end = t.find("\n", line)
        end = len(t) if end < 0 else end
        if line != expected and block and (line < expected or t[expected:line].strip(_BETWEEN_ROWS)):
            # (blank lines between rows, as a scraped page's <tr>s leave them, and a rule line of dashes above
            # the totals keep the table whole)
            if len(block) >= 3:
                yield block
            block = []
        block.append(_cells(t, line, end, sep))
        expected = end + 1
    if len(block) >= 3:
        yield block


_BETWEEN_ROWS = " \t\n-=_"  # what may stand between two rows of one table on lines of its own

#: A rule cell of a markdown or box-drawn table (---, :---, ---:, and ─── once normalised).
_RULE = re.compile(r":?-{3,}:?")


def _is_total(label: str, totals: tuple[str, ...]) -> bool:
    """Whether a row label names a totals row: one of ``totals``, or ending in one of two chars or more
    (全县合计), bold or not (**合计**)."""
    label = label.strip("*_ ").replace(" ", "")  # (合　计: a blank to fill the cell's width)
    return label in totals or any(len(w) > 1 and label.endswith(w) for w in totals)


@dataclass(frozen=True)
class TextTable:
    """A table pasted as text with a row per unit (村, 乡镇) or per period (1月 … 12月, 2019年 …): its rows and
    its totals row (合计, 全县合计 …) when it has one."""

    rows: tuple[Row, ...]
    total: Row | None
    by_period: bool = False


def text_tables(found: list[Block], catalog: Catalog, is_unit: re.Pattern[str], is_period: re.Pattern[str],
                totals: tuple[str, ...], is_mean: re.Pattern[str],
                column_of: Callable[[str, str | None], str | None] = lambda header, before: None,
                grouped: Callable[[str, int], str | None] = lambda header, at: None,
                column: Callable[[int], int] | None = None) -> list[TextTable]:
    """The tables among ``found`` (:func:`blocks`) whose header names indicators and whose rows are units, or
    periods, (and a totals row). ``is_unit`` / ``is_period`` match a whole label that names a unit / a period;
    ``totals`` are labels of a totals row; a row ``is_mean`` finds in its label (五年平均) is passed over. Rows of
    years keep no totals row: a sum of years (五年合计) is no year's, nor the report's. ``column_of``: the indicator
    of a header the catalog does not name, given the one before it (本年出生; 完成四术 | 完成率: the 四术's); ``grouped``:
    the indicator of a header under a group named on the line above the header, given where the cell stands
    (已婚育龄妇女 over 一孩: the women with one child), tried first; ``column``: a position's column in its line (a
    header over two lines set by blanks, :func:`_header_lines`)."""
    tables: list[TextTable] = []
    for block in found:
        header, body = _header_lines(block, column)
        if any(_FIGURE.fullmatch(c) for c, _, _ in header):
            continue
        ids: list[str | None] = []
        for c, at, _ in header[1:]:
            key = header_key(c)
            ids.append(grouped(key, at) or catalog.resolve(key) or column_of(key, ids[-1] if ids else None))
        if not any(ids):
            continue
        full = [r for r in body if len(r) == len(header) and not is_mean.search(r[0][0])]
        for by_period, label in ((False, is_unit), (True, is_period)):
            sums = [r for r in full if _is_total(r[0][0], totals)]  # (全县 is a totals row, though a 县's name)
            labelled = [r for r in full if label.fullmatch(r[0][0]) and r not in sums]
            if len(labelled) >= 2 and len(labelled) + len(sums) == len(full):
                break
        else:
            continue  # (not a table of units or periods: its rows are indicators, or some other list)
        rows = tuple(row for row in (_row(r, ids) for r in labelled) if row.figures)
        years = by_period and _YEAR_LABEL.fullmatch(labelled[0][0][0]) is not None
        total = _row(sums[-1], ids) if sums and not years else None
        if rows:
            tables.append(TextTable(rows, total if total is not None and total.figures else None, by_period))
    return tables


def _header_lines(block: Block, column: Callable[[int], int] | None = None) -> tuple[list[tuple[str, int, int]], Block]:
    """A block's header and body: a second header line under the first (乡镇 ⇥ 年初 ⇥ 出生 ⏎ ⇥ 人口 ⇥ 人数: no label, no
    figure, a word under each header cell but the first) joined into it cell by cell — or, where the first line holds
    fewer cells than the second (年末户籍  年平均  出生 over 乡　镇  人口(人)  人口(人)  人数  率(‰): a group over two
    cells), each cell of the second under the last of the first set left of its end (``column``: a position's column
    in its line); a first column of ranks or numbers left out (:func:`_without_index`), the units' names the label."""
    block = _without_index(block)
    header = block[0]
    if len(block) > 2 and not any(_FIGURE.fullmatch(c) for c, _, _ in block[1]):
        second = block[1]
        if len(second) == len(header) - 1:
            joined = [header[0], *((a + b, s, e2) for (a, s, _), (b, _, e2) in zip(header[1:], second))]
            return joined, block[2:]
        if column is not None and len(header) < len(second) == len(block[2]):
            tops = [(column(s), c) for c, s, _ in header]
            over = [next((c for at, c in reversed(tops) if at < column(e)), "") for _, _, e in second]
            return [(a + b, s, e) for a, (b, s, e) in zip(over, second)], block[2:]
    return header, block[1:]


def _without_index(block: Block) -> Block:
    """A block without its first column when that holds ranks or row numbers (名次 | 乡镇 | …, 1 | 桂溪镇 | …, — | 全县 |
    …, or blank: | | 合计 | …; 序号 | 项目 | 全年任务 …): the labels are in the next."""
    width = len(block[0])

    def named_there(r: list[tuple[str, int, int]]) -> bool:
        """The total's row with its name in the rank's column and a dash in the name's (全县 | — | 98.71 | …)."""
        return len(r) == width and _DASH.fullmatch(r[1][0]) is not None and _RANK.fullmatch(r[0][0]) is None

    if _INDEX_HEADER.fullmatch(block[0][0][0]) and all(
            len(r) > 2 and (_RANK.fullmatch(r[0][0]) or len(r) == width - 1 or named_there(r)) for r in block[1:]):
        return [[r[0], *r[2:]] if r is not block[0] and named_there(r) else r[1:] if len(r) == width else r
                for r in block]
    return block


def _row(cells: list[tuple[str, int, int]], ids: list[str | None]) -> Row:
    """A row's label and, per column that names an indicator, the figure standing in it (its unit typed after it in
    the cell, 4562人 | 11.35‰, left out)."""
    figures = tuple((i, m.group(1), s, s + m.end(1)) for i, (c, s, _) in zip(ids, cells[1:])
                    if i and (m := _FIGURE_UNIT.fullmatch(c)) is not None)
    return Row(cells[0][0], cells[0][1:], figures)


_FIGURE_UNIT = re.compile(r"([-−]?\d{1,12}(?:\.\d{1,6})?)(?:人|户|例|个|名|‰|%)?")


@dataclass(frozen=True)
class RoleTable:
    """A table pasted as text with an indicator per row and a role per column (项目 | 任务数 | 完成数 | 完成率):
    per row its label's indicator (None for the totals row) and its figures by role; where the block lies."""

    rows: tuple[tuple[str | None, tuple[tuple[str, str, int, int], ...]], ...]  # (indicator, ((role, printed, s, e) …))
    span: tuple[int, int]


def role_tables(found: list[Block], catalog: Catalog, roles: dict[str, str], totals: tuple[str, ...],
                other: re.Pattern[str] | None = None,
                row_indicator: Callable[[str, int], str | None] = lambda label, at: None,
                change_row: re.Pattern[str] | None = None) -> list[RoleTable]:
    """The tables among ``found`` (:func:`blocks`) whose header's cells after the first are all roles
    (``roles``: header → role) of at least two kinds, or another period's columns (``other``: 上年完成, passed
    over), and whose rows are labelled with catalog indicators (a 2-char label padded with a blank, 结　扎, reads
    whole; else ``row_indicator``'s: 本年出生, the cue that ends it) or a totals word; a row of changes (``change_row``:
    本年增减) is passed over."""
    out: list[RoleTable] = []
    for block in map(_without_index, found):
        header = block[0]
        keys = [header_key(c) for c, _, _ in header[1:]]  # (another period's column: "", passed over)
        kinds = ["" if k not in roles and other is not None and other.search(k) else roles.get(k) for k in keys]
        if None in kinds or len({k for k in kinds if k}) < 2:
            continue
        rows = []
        for r in block[1:]:
            label = r[0][0].replace(" ", "")
            if change_row is not None and change_row.search(label):
                continue
            # (出生人数(人), 其中:结扎: the label without its unit or its 其中)
            ind = catalog.resolve(label) or catalog.resolve(_SUB_ROW.sub("", header_key(label))) \
                or row_indicator(r[0][0], r[0][1])
            if ind is None and not _is_total(label, totals) or len(r) != len(header):
                break  # (not a table of indicators by role)
            # (a share printed with its %: 105.58% — the figure without it)
            rows.append((ind, tuple((k, f, s, s + len(f)) for k, (c, s, _) in zip(kinds, r[1:])
                                    if k and _FIGURE.fullmatch(f := c.rstrip("%‰")))))
        else:
            out.append(RoleTable(tuple(rows), (block[0][0][1], block[-1][-1][2])))
    return out


INDEX_COLUMN = "#"  # a text table's column of row codes (代码 | 01, 02 …), as a column's period
VERSION_COLUMN = "~"  # a text table's column of another version of its figures (快报数 beside 年报数), as a column's period


@dataclass(frozen=True)
class PeriodTable:
    """A table pasted as text with an indicator per row and a period per column (指标 | 三季度 | 1—9月累计 | 去年同期):
    the periods of its columns ("" for another year's, not read) and per row its indicator and figures by column."""

    periods: tuple[str, ...]
    rows: tuple[tuple[str, tuple[tuple[int, str, int, int], ...]], ...]  # (indicator, ((column, printed, s, e) …))
    span: tuple[int, int]


def period_tables(found: list[Block], column_period: Callable[[str], str | None],
                  row_indicator: Callable[[str, int, str | None], str | None]) -> list[PeriodTable]:
    """The tables among ``found`` (:func:`blocks`) whose header's cells after the first each name a period
    (``column_period``: its period, "" for another year's column or one of no record's figures, :data:`INDEX_COLUMN`
    for a column of row codes, :data:`VERSION_COLUMN` for another version's, None for no period), two of this year's
    at least, or one beside a column of codes (a form's 指标名称 | 计量单位 | 代码 | 本年 | 上年同期: the cues would read
    the code) or of another version (指标 | 快报数 | 年报数 | 差额: the cues would read the first), none twice, and whose rows
    (three or more) are labelled with indicators (``row_indicator``: the label, where it starts and the indicator of the
    row it may be a part of: 其中：男 under 本年出生人口 is the boys, under 年末人口 the men); a row of
    another length or label is passed over, a — cell gives nothing."""
    out: list[PeriodTable] = []
    for block in found:
        periods = [column_period(c) for c, _, _ in block[0][1:]]
        coded = INDEX_COLUMN in periods or VERSION_COLUMN in periods
        periods = ["" if p in (INDEX_COLUMN, VERSION_COLUMN) else p for p in periods]
        named = [p for p in periods if p]
        if None in periods or len(set(named)) != len(named) or len(named) < (1 if coded else 2):
            continue
        rows = []
        parent: str | None = None  # the last row that is no part of the one before
        for r in block[1:]:
            r = [r[0], *(part for cell in r[1:] for part in _figures_apart(cell))]  # (120.96 113.04: two cells)
            if len(r) != len(periods) + 1 or (ind := row_indicator(r[0][0], r[0][1], parent)) is None:
                continue
            parent = parent if ind != row_indicator(r[0][0], r[0][1], None) else ind
            rows.append((ind, tuple((k, c, cs, ce) for k, (c, cs, ce) in enumerate(r[1:])
                                    if periods[k] and _FIGURE.fullmatch(c))))
        if len(rows) >= 3:
            out.append(PeriodTable(tuple(p or "" for p in periods), tuple(rows), (block[0][0][1], block[-1][-1][2])))
    return out


_FIGURES_ONE_BLANK = re.compile(r"(?:[-−]?\d{1,12}(?:\.\d{1,6})? )+[-−]?\d{1,12}(?:\.\d{1,6})?")


def _figures_apart(cell: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    """A cell holding figures one blank apart (a long label pushed the next column against this one): each its own."""
    text, start, _ = cell
    if not _FIGURES_ONE_BLANK.fullmatch(text):
        return [cell]
    return [(m.group(), start + m.start(), start + m.end()) for m in _FIGURE.finditer(text)]
