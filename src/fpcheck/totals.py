"""A table's totals and subtotal rows against the rows they sum, and what a table's footnotes declare.

The table reader marks the totals row with unit ``合计`` whatever the sheet calls it (合计/总计/全县/全国).
A range row (``15-19``) is the subtotal of the single rows inside it (``15`` … ``19``), a 小计 row of the rows
between it and the previous one (or the next, when the table puts subtotals first); the totals row is then
checked against the top-level rows. Count columns must add up; rates on a totals or subtotal row must agree
with the rate recomputed from the summed counts. Findings are document-level and point at the cell.
Footnotes (``schemas/tables.yaml``) may declare a sample survey (counts are rounded estimates) or a total
that includes unlisted people (the military), which exempts those columns.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from collections import Counter
from itertools import chain, repeat, takewhile
from typing import cast
from operator import eq

import numpy as np

from fpcheck.catalog import Catalog, table_rules
from fpcheck.model import TOTAL_UNIT, Document, Finding, Location, Record, Value
from fpcheck.recordtable import LabelColumn, RecordTable, unit_labels, year_before
from fpcheck.rules import Rule
from fpcheck.validate import fmt, validate_records



@dataclass
class TablePolicy:
    """What the footnotes declare: columns exempt from totals, counts that are rounded estimates, the notes."""

    exempt: set[str] = field(default_factory=set)
    rounded_counts: bool = False
    findings: list[Finding] = field(default_factory=list)
    outside: set[str] = field(default_factory=set)  # units the notes leave out of the totals


def policy_from_notes(doc: Document, catalog: Catalog) -> TablePolicy:
    """Read the table's footnotes against ``schemas/tables.yaml`` (``exempt: counts`` is every count column)."""
    pol = TablePolicy()
    text = " ".join(doc.notes).lower()
    negated = re.compile(table_rules()["note_negation"])
    for key, spec in table_rules()["notes"].items():
        cue = next((c for c in spec["cues"] if _stated(text, c.lower(), negated)), None)
        if cue is None:
            continue
        exempt = spec.get("exempt", [])
        pol.exempt |= {i for i, m in catalog.indicators.items() if m.integer} if exempt == "counts" else set(exempt)
        pol.rounded_counts |= bool(spec.get("rounded_counts", False))
        msg = spec.get("message", {})
        pol.findings.append(Finding(f"table_note.{key}", "info", [], f"表注“{cue}”：" + msg.get("zh", key),
                                    f"table note '{cue}': " + msg.get("en", key)))
    pol.outside = _outside_totals(doc)
    for unit in sorted(pol.outside):
        pol.findings.append(Finding("table_note.outside_totals", "info", [], f"表注：{unit}不计入合计，不参与合计核对",
                                    f"table note: {unit} is not part of the totals and is left out of their check"))
    return pol


def _outside_totals(doc: Document) -> set[str]:
    """The units a note sentence leaves out of the totals: named after its cue (合计不含代管的青峰林场), or before
    one that closes the sentence (开发区…不计入全县合计), within the clause after a colon (龙门村、上湾村原报数据…更正：原报行
    保留备查，不计入全镇合计: the rows of the first report, no unit)."""
    cue = re.compile(table_rules()["units_outside_totals"])
    named = [re.split("[：:]", s[: m.start()])[-1] if m.group("before") else s[m.end():]
             for s in re.split(r"[。；;\n]", " ".join(doc.notes)) if (m := cue.search(s))]
    if not named:
        return set()  # (the units are looked at only when a note leaves some out)
    names = {u for u in unit_labels(doc.records) if u and u != TOTAL_UNIT}
    return {u for u in names for text in named if u in text}


def _stated(text: str, cue: str, negated: re.Pattern[str]) -> bool:
    """Whether ``cue`` occurs in ``text`` other than negated (不含现役军人 does not say 含现役军人)."""
    i = text.find(cue)
    while i >= 0:
        if not negated.search(text, max(0, i - 12), i):
            return True
        i = text.find(cue, i + 1)
    return False


def _format(template: str, **fields: str) -> str:
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return template


def hierarchy_spec() -> dict:  # type: ignore[type-arg]
    """How row labels make a hierarchy (``hierarchy`` in ``schemas/tables.yaml``)."""
    return table_rules()["hierarchy"]  # type: ignore[no-any-return]


def _hierarchy(records: Sequence[Record], labels: Sequence[str | None], unit_rows: list[int],
               catalog: Catalog) -> tuple[list[tuple[int, list[int]]], list[int]]:
    """Subtotal rows with the rows they cover, and the top-level rows (subtotals, and rows none covers)."""
    spec = hierarchy_spec()
    column = LabelColumn(list(map(labels.__getitem__, unit_rows)))  # (the labels of unit_rows)
    groups = (_range_groups(labels, unit_rows, column, spec)
              + _subtotal_groups(records, labels, unit_rows, column, spec, catalog))
    covered = {j for _, ms in groups for j in ms}
    return groups, [i for i in unit_rows if i not in covered] if covered else unit_rows


def _range_groups(labels: Sequence[str | None], unit_rows: list[int], column: LabelColumn,
                  spec: dict) -> list[tuple[int, list[int]]]:  # type: ignore[type-arg]
    """An age row covers the rows whose ages lie inside its own: ``15-19`` the single years ``15`` … ``19``,
    ``0-14`` the groups ``0-4``, ``5-9``, ``10-14``, ``60岁及以上`` every group from 60 on (its direct parts
    only: a group of groups is the sum of the groups, not of the years inside them). ``column`` holds the
    labels of ``unit_rows``."""
    rng, single, open_ = (re.compile(spec[k]) for k in ("range_label", "single_label", "open_label"))
    if not (column.matches(rng).any() or column.matches(open_).any()):
        return []  # (no age group that spans ages: only single years, or no ages at all)
    ages: dict[int, tuple[float, float]] = {}
    for i in unit_rows:
        label = labels[i] or ""
        if m := rng.match(label):
            ages[i] = (int(m.group(1)), int(m.group(2)))
        elif m := open_.match(label):
            ages[i] = (int(m.group(1)), math.inf)
        elif m := single.match(label):
            ages[i] = (int(m.group(1)),) * 2
    if not any(lo < hi for lo, hi in ages.values()):
        return []

    def inside(j: int, i: int) -> bool:
        return ages[i] != ages[j] and ages[i][0] <= ages[j][0] and ages[j][1] <= ages[i][1]

    groups = []
    for i, (lo, hi) in ages.items():
        if lo == hi:
            continue
        parts = [j for j in ages if inside(j, i)]
        direct = [j for j in parts if not any(inside(j, k) for k in parts)]
        if direct:
            groups.append((i, direct))
    return groups


def _subtotal_groups(records: Sequence[Record], labels: Sequence[str | None], unit_rows: list[int],
                     column: LabelColumn, spec: dict, catalog: Catalog) -> list[tuple[int, list[int]]]:  # type: ignore[type-arg]
    """A 小计 row covers the rows since the previous one (trailing subtotals) — or, right after another, the
    subtotals of the level below since the last of its own level — or, when that explains more of the table's
    subtotals, the rows up to the next one (leading subtotals). ``column`` holds the labels of ``unit_rows``."""
    hit = column.matches(re.compile(spec["subtotal_label"], re.I))
    if not hit.any():
        return []  # (the rows are not turned into an array for none)
    subs = np.asarray(unit_rows, dtype=np.int64)[hit].tolist()
    bounds = [-1, *subs, len(records)]
    trailing = [(i, _of_its_kind(labels, i, [j for j in unit_rows if bounds[k] < j < i])) for k, i in enumerate(subs)]
    leading = [(i, [j for j in unit_rows if i < j < bounds[k + 2]]) for k, i in enumerate(subs)]

    def explained(groups: list[tuple[int, list[int]]]) -> int:
        return sum(bool(ms) and _adds_up(records, i, ms, catalog) for i, ms in groups)

    if explained(leading) > explained(trailing):
        return [(i, ms) for i, ms in leading if ms]
    # a 小计 right after another (东片区小计 under 乙镇小计) is one level up: it covers the subtotals since the last
    # such one (村 → 镇小计 → 片区小计 → 合计), where some count of theirs adds up to its (a wrong one is its own error)
    out, lower = [], []
    for i, ms in trailing:
        if ms:
            out.append((i, ms))
            lower.append(i)
        elif lower and _adds_up(records, i, lower, catalog, every=False):
            out.append((i, lower))
            lower = []
    return out


#: a subtotal named for the kind of unit it sums (社区小计 after the 村 rows and the 社区 rows)
_KIND_SUBTOTAL = re.compile(r"^(社区|村|居委会|街道|乡镇|镇|乡)(?:小计|合计)$")


def _of_its_kind(labels: Sequence[str | None], head: int, rows: list[int]) -> list[int]:
    """The rows a 小计 named for a kind of unit covers: the run of that kind right above it (大坪社区 … 河西社区 under
    社区小计, not the 村 rows before them, which the 合计 covers); ``rows`` where it names no kind or they are all of it."""
    kind = _KIND_SUBTOTAL.match(labels[head] or "")
    if kind is None:
        return rows
    run = list(takewhile(lambda j: (labels[j] or "").endswith(kind.group(1)), reversed(rows)))[::-1]
    return run if run else rows


def _adds_up(records: Sequence[Record], t: int, rows: list[int], catalog: Catalog, every: bool = True) -> bool:
    """Whether every count the row ``t`` holds (``every=False``: some count) is, within rounding, the sum of those
    rows' counts."""
    total = records[t]
    checked = False
    for ind, tv in total.values.items():
        meta = catalog.indicators.get(ind)
        if meta is None or not meta.integer or tv.number is None:
            continue
        col = _column(records, rows, ind, False)
        if col is None:
            continue
        checked = True
        if (abs(float(col[0].sum()) - tv.number) > float(col[1].sum()) + tv.resolution) == every:
            return not every
    return checked and every


def _section_labels(records: Sequence[Record], labels: Sequence[str | None]) -> set[int]:
    """Rows that hold no figure at all and open with a list number (二、西片管区) or count a group (东岭镇 计数), or in
    an age table name no age (按年龄大组分): section labels, not units. Elsewhere a row without figures is a unit that reported nothing (—),
    and its columns go unsummed."""
    if isinstance(records, RecordTable):  # (found column by column, without building the records)
        filled = np.zeros(len(records), dtype=bool)
        for col in records.columns.values():
            filled |= ~np.isnan(col.number)
        blank = np.flatnonzero(~filled).tolist()
    else:
        blank = [i for i, r in enumerate(records) if all(v.number is None for v in r.values.values())]
    if not blank:
        return set()
    spec = hierarchy_spec()
    heading = re.compile(spec["heading_label"])  # 二、西片管区 over its villages: a heading, in any table
    counted = re.compile(spec["count_label"])  # (东岭镇 计数: 分类汇总's count of the group's rows)
    headings = {i for i in blank if heading.match(label := (labels[i] or "").strip()) or counted.search(label)}
    age = re.compile("|".join(f"(?:{spec[k]})" for k in ("range_label", "single_label", "open_label")))
    aged = [bool(age.match(u or "")) for u in labels]
    return headings | ({i for i in blank if not aged[i]} if 2 * sum(aged) >= len(labels) else set())


def _summable(records: Sequence[Record], rows: list[int], indicators: Sequence[str], catalog: Catalog) -> bool:
    """Whether every count among ``indicators`` is printed on each of ``rows`` (so their sum can be told)."""
    return all(_column(records, rows, ind, False) is not None for ind in indicators
               if ind in catalog.indicators and catalog.indicators[ind].integer)


def _column(records: Sequence[Record], rows: list[int], ind: str, rounded: bool) -> tuple[np.ndarray, np.ndarray] | None:
    """An indicator's numbers over some rows and the rounding each carries; None when one is missing.
    A table's records are read from their column arrays, never materialised."""
    if isinstance(records, RecordTable):
        col = records.columns.get(ind)
        if col is None:
            return None
        x = col.number[rows]
        if np.isnan(x).any():
            return None
        dec = col.decimals[rows].astype(np.float64)
        sc = np.asarray(col.scale)[rows] if np.ndim(col.scale) else np.full(len(rows), float(col.scale))
    else:
        vals = [records[i].values.get(ind) for i in rows]
        if any(v is None or v.number is None for v in vals):
            return None
        x = np.array([v.number for v in vals], dtype=np.float64)  # type: ignore[union-attr]
        dec = np.array([v.decimals for v in vals], dtype=np.float64)  # type: ignore[union-attr]
        sc = np.array([v.scale for v in vals], dtype=np.float64)  # type: ignore[union-attr]
    res = 0.5 * 10.0 ** (-dec) * sc
    return x, res if rounded else np.where((dec == 0) & (sc == 1.0), 0.0, res)


_IMPLICIT_MAX_ROWS = 2000  # a county's towns over their villages; a longer table is no such hierarchy
_IMPLICIT_MAX_SPAN = 60  # villages under one town, at most


def _implicit_groups(records: Sequence[Record], units: list[int], total: int,
                     catalog: Catalog, confirm: bool = True) -> list[tuple[int, list[int]]]:
    """Rows that head the rows right under them with no 小计 word to say so (a bold town over its indented
    villages), found by arithmetic: tried only when the totals row misses the plain sum of the rows in most of
    its count columns. A head is a row that, in at least half its positive count columns, is the sum of the rows
    after it up to the next head; the grouping is kept only when the totals row (with ``confirm``: unless the notes
    say it holds more than the rows) then is the sum of the top-level rows in more columns than before. A head's
    other columns are its subtotal's findings (a village's typo shows there)."""
    if not 3 <= len(units) <= _IMPLICIT_MAX_ROWS:
        return []
    cols = []
    for ind, tv in records[total].values.items():
        meta = catalog.indicators.get(ind)
        if meta is not None and meta.integer and tv.number is not None \
                and (col := _column(records, units, ind, False)) is not None:
            cols.append((tv.number, col[0], col[1]))
    if not cols:
        return []
    x = np.column_stack([c[1] for c in cols])  # units × count columns
    tol = np.column_stack([c[2] for c in cols]) + 1e-9
    want = np.array([c[0] for c in cols])

    def agreeing(rows: np.ndarray) -> int:
        return int((np.abs(x[rows].sum(axis=0) - want) <= tol[rows].sum(axis=0) + 1e-9).sum())

    flat = agreeing(np.arange(len(units)))
    if 2 * flat > len(cols):
        return []
    n, m = x.shape
    need = max(1, -(-m // 2))
    prefix = np.vstack([np.zeros(m), np.cumsum(x, axis=0)])
    best_k = np.zeros(n, dtype=np.int64)
    best_hits = np.zeros(n, dtype=np.int64)
    for span in range(2, min(_IMPLICIT_MAX_SPAN, n - 1) + 1):  # rows i+1 … i+span under each row i at once
        at = np.arange(n - span)
        seg = prefix[at + 1 + span] - prefix[at + 1]
        hits = ((np.abs(seg - x[at]) <= tol[at] * (span + 1)) & (x[at] > 0)).sum(axis=1)
        better = hits >= np.maximum(best_hits[at], need)  # (ties: the longer run, all the rows under the head)
        best_k[at[better]], best_hits[at[better]] = span, hits[better]
    groups: list[tuple[int, list[int]]] = []
    end = -1
    for i in np.flatnonzero(best_k).tolist():  # (from the top: the rows a head covers head nothing)
        k = int(best_k[i])
        if i > end:
            groups.append((units[i], units[i + 1 : i + 1 + k]))
            end = i + k
    if not groups:
        return []
    covered = {j for _, ms in groups for j in ms}
    top = np.array([p for p, u in enumerate(units) if u not in covered])
    return groups if not confirm or agreeing(top) > flat else []


def _indented_run(head: int, members: list[int], units: list[int], levels: list[int]) -> list[int]:
    """The rows indented one step under ``head`` right after it, where ``members`` (found by arithmetic) are the first
    of them: a subtotal that leaves out an indented member (市辖区 over 　东湖区 … 　新港区, the sum of three of the four)
    is told against them all, as the indentation says; else ``members``."""
    k = units.index(head)
    run = list(takewhile(lambda j: levels[j] > levels[head], units[k + 1:]))
    same = len({levels[j] for j in run}) == 1
    return run if same and len(run) > len(members) and run[: len(members)] == members else members


def _leaves(head: int, members_of: dict[int, list[int]]) -> list[int]:
    """The rows under a head that head nothing themselves (a city's districts under its 市辖区, and its counties)."""
    return [leaf for m in members_of[head] for leaf in (_leaves(m, members_of) if m in members_of else [m])]


def _indented_groups(records: Sequence[Record], units: list[int], periods: Sequence[str | None], levels: list[int],
                     catalog: Catalog) -> list[tuple[int, list[int]]]:
    """Rows that head the more indented rows right under them (抚州市 over 　市辖区 … over 　　临川区, a yearbook's cities
    over their districts and counties), each over its direct members (the rows one step in, up to the next row as far
    out as it), within its period (a 户籍 | 常住 table's two records of a row). Kept only where most such heads are the
    sum of their members in some count: a hierarchy of sums, not of parts."""
    by_period: dict[str | None, list[int]] = {}
    for i in units:
        by_period.setdefault(periods[i], []).append(i)
    groups: list[tuple[int, list[int]]] = []
    for rows in by_period.values():
        for k, i in enumerate(rows):
            under = list(takewhile(lambda j, i=i: levels[j] > levels[i], rows[k + 1:]))  # type: ignore[misc]
            if under:
                step = min(levels[j] for j in under)
                if len(members := [j for j in under if levels[j] == step]) > 1:
                    groups.append((i, members))
    summed = sum(_adds_up(records, head, members, catalog, every=False) for head, members in groups)
    return groups if summed and 2 * summed >= len(groups) else []  # (one typo breaks two: its own and its parent's)


@dataclass
class SumGroup:
    """A totals or subtotal row and the rows it sums; ``leaves`` for a total over subtotals (the units
    themselves, which it is told against once it misses the sum of its subtotals)."""

    head: int
    rows: list[int]
    total: bool
    leaves: list[int] | None = None


def duplicate_rows(records: Sequence[Record]) -> list[tuple[int, int]]:
    """Rows a clerk typed twice: (the repeat, the first), a unit's row with the same label, period and figures as an
    earlier one, two figures at least (团结村 on rows 9 and 10): counted once in every sum. Only labels that occur
    more than once are looked at, so a table of 100 000 distinct rows costs one count of its labels."""
    labels = unit_labels(records)
    if len(set(labels)) == len(labels):
        return []  # (every label once: the common case, one set of the labels)
    periods = records.periods if isinstance(records, RecordTable) else [r.period for r in records]
    keys = list(zip(labels, periods))
    repeated = {k for k, n in Counter(keys).items() if n > 1 and k[0] not in (None, TOTAL_UNIT)}
    out: list[tuple[int, int]] = []
    first: dict[tuple[str | None, str | None], list[int]] = {}
    for i in (i for i, k in enumerate(keys) if k in repeated):
        figures = {k: v.number for k, v in records[i].values.items() if v.number is not None}
        earlier = next((j for j in first.get(keys[i], []) if len(figures) > 1
                        and figures == {k: v.number for k, v in records[j].values.items() if v.number is not None}), None)
        if earlier is None:
            first.setdefault(keys[i], []).append(i)
        else:
            out.append((i, earlier))
    return out


def sum_groups(doc: Document, catalog: Catalog, free_total: bool = False,
               repeats: list[tuple[int, int]] | None = None) -> list[SumGroup]:
    """Every row that should be a sum, with the rows it sums: subtotals (小计, age ranges) over their members,
    each totals row (one per period in a wide table) over the top-level rows of its period (none, when the
    table holds only a total and its 其中 breakdown). 其中 rows and section labels are no unit of a sum.
    ``free_total``: the notes say the totals row holds more than the rows (全市 with an unlisted 高新区), so it
    cannot confirm a grouping of heads over their rows. ``repeats``: the rows typed twice, when known already
    (:func:`duplicate_rows`)."""
    records = doc.records
    labels = unit_labels(records)
    periods = records.periods if isinstance(records, RecordTable) else [r.period for r in records]
    is_total = np.fromiter(map(eq, labels, repeat(TOTAL_UNIT)), dtype=np.bool_, count=len(labels))
    totals = np.flatnonzero(is_total).tolist()
    unit = ~is_total
    unit[[i for block, _ in doc.breakdowns for i in block]] = False
    unit[[head for head, _ in doc.subsets]] = False
    unit[doc.references] = False
    unit[list(_section_labels(records, labels))] = False
    unit[[i for i, _ in (duplicate_rows(records) if repeats is None else repeats)]] = False
    units = np.flatnonzero(unit).tolist()
    groups, top = _hierarchy(records, labels, units, catalog)
    if not groups and doc.levels and (groups := _indented_groups(records, units, periods, doc.levels, catalog)):
        covered = {j for _, ms in groups for j in ms}
        top = [i for i in units if i not in covered]
    if not groups and len(totals) == 1:  # (a bold 溪口镇 over its indented villages: no 小计 word says so)
        groups = _implicit_groups(records, units, totals[0], catalog, confirm=not free_total)
        if doc.levels:
            groups = [(g, _indented_run(g, members, units, doc.levels)) for g, members in groups]
        covered = {j for _, ms in groups for j in ms}
        top = [i for i in units if i not in covered]
    heads = {g for g, _ in groups}
    out = [SumGroup(g, members, False, _leaves(g, dict(groups)) if heads.intersection(members) else None)
           for g, members in [*groups, *doc.subsets]]
    several = len({periods[t] for t in totals}) > 1
    # (一季度小计 beside its three months, in a sheet of one 乡's months over a 全年合计: the months are summed once)
    wholes = {w for w, _ in period_parts(labels, periods, table_rules()["period_parts"])} if totals else set()
    for t in totals:
        rows = [u for u in top if periods[u] == periods[t] or not several and u not in wholes]
        leaves = [u for u in units if u not in heads and (not several or periods[u] == periods[t])] if heads else None
        out.append(SumGroup(t, rows, True, leaves))
    return out


def check_totals(doc: Document, rules: Sequence[Rule], catalog: Catalog, abs_tolerance: float = 0.0,
                 exempt: set[str] = frozenset(), rounded: bool = False,  # type: ignore[assignment]
                 outside: set[str] = frozenset()) -> list[Finding]:  # type: ignore[assignment]
    """Document-level findings for totals and subtotal rows that are not the sum of their rows (with
    ``rounded``, every count is a rounded estimate carrying ±½); the rows of ``outside`` units are not summed."""
    spec = [r for r in rules if r.kind == "totals"]
    if not spec:
        return []
    rule, own = spec[0], {i for r in spec for i in r.exempt}
    records = doc.records
    labels = unit_labels(records)
    repeats = duplicate_rows(records)
    out: list[Finding] = [Finding(
        "duplicate_row", "warning", [], f"{labels[i]} 的一行与前面同名行的数字完全相同，按重复录入处理，合计只计一次",
        f"the row of {labels[i]} repeats an earlier row with the same figures: taken for one typed twice, counted "
        f"once in the sums", location=_row_location(records[i])) for i, _ in repeats]
    # (what the notes exempt is the totals row's: a subtotal over listed rows is still their sum)
    args = (records, rule, rules, catalog, abs_tolerance, own | set(exempt), rounded)
    sub_args = (records, rule, rules, catalog, abs_tolerance, own, rounded)
    before = year_before(records)  # (a series' totals row: its rates on the mean of the year-ends)
    groups = sum_groups(doc, catalog, free_total=bool(exempt), repeats=repeats)
    periods = records.periods if isinstance(records, RecordTable) else [r.period for r in records]
    period_stocks = set(catalog.indicators) - set(table_rules()["period_sheets"]["add_up"])
    single = len({periods[g.head] for g in groups if g.total}) == 1
    for g in groups:
        if outside:
            g = replace(g, rows=[i for i in g.rows if labels[i] not in outside])
        if g.total and doc.continues:
            continue  # (表3-1（续）'s 合计 totals 表3-1's rows too: checked where the two sheets are joined)
        these, zh, en = (args, "合计行", "totals row") if g.total else (
            sub_args, f"小计行 {labels[g.head]}", f"subtotal row {labels[g.head]}")
        if len(g.rows) > 1 and len({labels[i] for i in g.rows}) == 1 and len({periods[i] for i in g.rows}) == len(g.rows):
            # (one unit's months, 2024-01 … 2024-12, then 合计: their counts add up, their stocks do not)
            these = (*these[:5], these[5] | period_stocks, *these[6:])
        found = _against(g.head, g.rows, *these, zh, en, before=before) if g.rows else []
        if found and doc.hidden_rows:
            found = _shown_rows(doc, g, found, lambda rows: _against(g.head, rows, *these, zh, en, before=before),
                                zh, en)
        if found and g.leaves is not None:
            # 总计 over 小计 rows (a city over its 市辖区 subtotal): a total that is the sum of the units themselves
            # is right, and the wrong subtotal has its own finding; what fails both ways is the total's, told against
            # the units (a unit with no figure in a column, 后沟村 —: the units cannot tell, the subtotals still do)
            failed = {(f.rule, tuple(f.indicators)) for f in found}
            by_units = _against(g.head, g.leaves, *these, zh, en)
            told = {(f.rule, tuple(f.indicators)) for f in by_units}
            # (a rate the units' sums clear is cleared: 全市's 出生率 on the rows' sums, short by a subtotal's slip)
            found = [*(f for f in by_units if (f.rule, tuple(f.indicators)) in failed),
                     *(f for f in found if (f.rule, tuple(f.indicators)) not in told and f.rule == "totals"
                       and not _summable(records, g.leaves, f.indicators, catalog))]
        out.extend(found)
        if not g.total:
            continue
        for block, after_total in doc.breakdowns:  # 其中：城镇 / 乡村 after the total: its other breakdown
            if after_total and len(block) > 1 and single:
                out.extend(_against(g.head, block, *args, "合计行（按其中分组）", "totals row (by its 其中 breakdown)"))
    spec = table_rules()["period_parts"]
    for whole, parts in period_parts(labels, periods, spec):  # 全年 against 一季度 … 四季度 of the same unit
        label = spec["label"][str(periods[whole]).split(":")[0]]
        for f in _against(whole, parts, *args[:5], args[5] | period_stocks, *args[6:], label["zh"], label["en"],
                          rates=False):  # (the quarters' stocks are no parts of the year's)
            out.append(replace(f, message=f.message.replace("各单位", "各分期"),
                               message_en=f.message_en.replace("the units add", "its parts add")))
    sheets, units = table_rules()["period_sheets"], table_rules()["unit_sheets"]
    for sheet_parts, what, skip, rates in ((doc.period_parts, sheets["parts"], period_stocks | set(exempt), False),
                                           (doc.unit_parts, units["parts"], set(exempt), True)):
        # (上半年's births against the same unit's on 1月 … 6月; 汇总's against the village sheets')
        for i, sheet_rows in sheet_parts.items():
            for f in _against(0, list(range(1, len(sheet_rows) + 1)), [records[i], *sheet_rows], rule, rules, catalog,
                              abs_tolerance, skip, rounded, str(labels[i]), f"row of {labels[i]}", rates=rates):
                out.append(replace(f, message=f.message.replace("各单位", what["zh"]),  # (rounding: no evidence of a
                                   message_en=f.message_en.replace("the units", what["en"]),  # weighted table)
                                   rounding=None))
    return out


def _shown_rows(doc: Document, g: SumGroup, found: list[Finding], against: Callable[[list[int]], list[Finding]],
                zh: str, en: str) -> list[Finding]:
    """A sum that misses its rows but holds, or misses less, over the rows the sheet shows (a 合计 made with SUBTOTAL
    leaves out the rows a filter or the clerk hid: 河西镇's three 社区 filtered out): the findings left over the shown
    rows, and a note naming the hidden ones. ``found`` as it was where the hidden rows explain nothing."""
    records = doc.records
    hidden = [i for i in g.rows if _sheet_row(records[i]) in doc.hidden_rows]
    if not hidden:
        return found
    shown = [i for i in g.rows if i not in hidden]
    again = against(shown) if shown else found
    if len(again) >= len(found):
        return found
    labels = unit_labels(records)
    names = "、".join(str(labels[i]) for i in hidden)
    return [*again, Finding(
        "totals_hidden_rows", "info", [],
        f"{zh}是表中显示各行之和，未计隐藏（或被筛选掉）的行：{names}",
        f"the {en} is the sum of the rows the sheet shows; the hidden (or filtered-out) rows are left out: {names}",
        location=_row_location(records[g.head]))]


def _sheet_row(rec: Record) -> int | None:
    """The sheet row (0-based) a record's figures stand on, from its first figure's cell (F12 → 11)."""
    loc = _row_location(rec)
    m = _CELL_ROW.search(loc.cell) if loc is not None and loc.cell else None
    return int(m.group()) - 1 if m else None


_CELL_ROW = re.compile(r"\d+$")


def _row_location(rec: Record) -> Location | None:
    """Where a row is: its first figure's cell (its record's own location when it has none)."""
    return next((v.location for v in rec.values.values()), None) or rec.location


def period_parts(labels: Sequence[str | None], periods: Sequence[str | None], spec: dict) -> list[tuple[int, list[int]]]:  # type: ignore[type-arg]
    """Per unit, the record of a period that others make up (its year, a quarter) and the records of those
    others (all of them present)."""
    present = set(periods)
    if not any(parts[0] in present for lists in spec["whole"].values() for parts in lists):
        return []  # (the common case, looked at in one pass: no quarter or month stands beside a longer period)
    where: dict[tuple[str | None, str | None], int] = {}
    for i, key in enumerate(zip(labels, periods)):
        where.setdefault(key, i)
    out = []
    for (unit, period), i in where.items():
        for parts in spec["whole"].get(period, ()):
            rows = [where.get((unit, p)) for p in parts]
            if all(r is not None for r in rows):
                out.append((i, cast(list[int], rows)))
    return out


def _against(t: int, rows: list[int], records: Sequence[Record], rule: Rule, rules: Sequence[Rule], catalog: Catalog,
             abs_tolerance: float, exempt: set[str], rounded: bool, label_zh: str, label_en: str,
             rates: bool = True, before: np.ndarray | None = None) -> list[Finding]:
    """Findings on row ``t`` where a count is not the sum of ``rows``' (and, with ``rates``, a rate not the one the
    sums give; ``before``: each record's of the year before, whose end opens the year in a series)."""
    total = records[t]
    summed: dict[str, Value] = {}
    out: list[Finding] = []
    for ind, tv in total.values.items():
        meta = catalog.indicators.get(ind)
        if meta is None or not meta.integer or ind in exempt or tv.number is None:
            continue
        col = _column(records, rows, ind, rounded)
        if col is None:
            continue
        s = float(col[0].sum())
        res = float(col[1].sum()) + (tv.resolution if (rounded or tv.decimals or tv.scale != 1) else 0.0)
        summed[ind] = _sum_value(ind, s, float(col[1].sum()), tv.location)
        if abs(s - tv.number) > res + abs_tolerance + 1e-9 * max(1.0, abs(s)):
            shown = f"{s / tv.scale:,.{tv.decimals}f}" if "," in tv.printed else fmt(s / tv.scale, tv.decimals)
            fields = {"column": f"{meta.name}（{tv.location.cell or tv.location.label('zh')}）", "actual": tv.printed,
                      "expected": shown}
            f = Finding("totals", rule.severity, [ind], _format(rule.message_zh, **fields),
                        _format(rule.message_en, **{**fields, "column": f"{meta.label('en')} ({tv.location.cell or tv.location.label()})"}),
                        expected=s, actual=tv.number, location=tv.location, rounding=0.5 * (len(rows) + 1))
            f.message = f.message.replace("合计行", label_zh, 1)
            f.message_en = f.message_en.replace("the totals row", f"the {label_en}", 1)
            out.append(f)
    if rates:
        opened = records[int(before[t])] if before is not None and before[t] >= 0 else None
        out.extend(_rates_from_sums(total, summed, rules, catalog, rounded, label_zh, label_en, opened))
    return out


def _sum_value(ind: str, s: float, rounding: float, loc: Location) -> Value:
    """The sum of a column as a figure that carries the rounding of its terms (twelve cities' births printed to
    0.1万 sum to ±0.6万): a whole number whose scale makes its resolution that rounding (exact when none)."""
    return Value(ind, s, fmt(s, 0), 0, max(1.0, 2.0 * rounding), loc)


def _rates_from_sums(total: Record, summed: dict[str, Value], rules: Sequence[Rule], catalog: Catalog,
                     rounded: bool, label_zh: str, label_en: str, opened: Record | None = None) -> list[Finding]:
    """Ratio rules on a synthetic record: the total row's rates over the summed counts (in a series, beside the
    total's record of the year before, ``opened``, whose end is the year's start)."""
    if not summed:
        return []
    rates = {k: v for k, v in total.values.items() if k not in summed}
    synthetic = Record(total.unit, {**rates, **summed}, total.period, total.location)
    out = []
    for f in validate_records([synthetic] if opened is None else [opened, synthetic],
                              [r for r in rules if r.kind == "ratio"], catalog=catalog, rounded_counts=rounded)[-1]:
        rate = f.indicators[0] if f.indicators else None
        if rate is None or rate in summed:
            continue
        out.append(replace(f, rule=f"totals.{f.rule}", message=f"{label_zh}：{f.message}（按各行之和计算）",
                           message_en=f"{label_en}: {f.message_en} (recomputed from the rows' sums)",
                           location=total.values[rate].location))
    return out


def weighted_signature(doc: Document) -> Finding | None:
    """Sums and totals missing in several rows, never by more than the rounding of their terms could
    explain (½ per term): the signature of a weighted sample table, whose counts are rounded estimates.
    Returns the note to add; the caller checks the table again with rounded counts."""
    sums = 0
    for f in chain(doc.findings, chain.from_iterable(doc.record_findings)):
        if f.rounding is not None and f.expected is not None and f.actual is not None:
            if abs(f.expected - f.actual) > f.rounding:
                return None  # (a sum that misses by more: no need to look further, in a big table)
            sums += 1
    if sums < table_rules()["weighted_signature"]["min_rows"]:
        return None
    return Finding("weighted_table", "info", [],
                   f"{sums} 处分项之和与合计的差都在各项舍入误差之内：像是加权抽样表，各计数按 ±0.5 的估计值检查",
                   f"{sums} sums miss their totals only by what rounding each term explains: this looks like a "
                   "weighted sample table; counts are checked as estimates rounded to ±0.5")
