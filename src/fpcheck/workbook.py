"""A workbook's sheets against each other: a summary sheet (汇总) whose unit rows restate other sheets' totals.

A county workbook often holds one sheet per township and a 汇总 sheet with a row per township, each meant to
be a copy of that township sheet's totals row. :func:`link_sheets` finds such rows when the workbook is read
(a unit row named after another sheet, in the same period), and :func:`link_summaries` a sheet of totals alone
restating the other sheets' totals year by year, and :func:`link_tables` a unit's row on two tables of the
package (表1 人口变动 and 表2 出生情况 both print its births); :func:`cross_sheet_findings` reports, when the
summary is checked, every figure both rows print that differs (finding ``cross_sheet`` on the summary's cell;
``cross_sheet`` in ``schemas/tables.yaml``). Each sheet's own rows and totals are checked as usual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from .catalog import Catalog, table_rules
from .layout import group_label, period_label, unit_label
from .model import TOTAL_UNIT, Document, Finding, Record, Value
from .recordtable import record_periods, record_years, unit_labels
from .rules import core_rules
from .validate import evaluate_columns, records_columns, validate_records


@cache
def _spec() -> dict[str, Any]:
    """``cross_sheet`` in ``schemas/tables.yaml``: severity, sheet-name affixes, message."""
    return table_rules()["cross_sheet"]  # type: ignore[no-any-return]


def sheet_unit(name: str | None) -> str | None:
    """The unit a sheet's name names, as a row label would (1.城关镇 and 城关镇汇总表 are 城关镇)."""
    label = unit_label(name or "")
    return unit_label(re.sub(_spec()["sheet_name_affixes"], "", label)) if label else None


def link_sheets(docs: Sequence[Document]) -> None:
    """Give each table whose unit rows are named after other sheets of the workbook the totals rows they
    restate (``Document.restates``). A sheet counts when it holds one table, with one totals row for the
    period of the row restating it (or one totals row, where either names no period)."""
    by_unit: dict[str, list[Document]] = {}
    for doc in docs:
        if (unit := sheet_unit(doc.sheet)) is not None:
            by_unit.setdefault(unit, []).append(doc)
    sheets = {unit: ds[0] for unit, ds in by_unit.items() if len(ds) == 1}
    totals: dict[str, dict[str | None, Record]] = {}
    for doc in docs:
        labels = unit_labels(doc.records)
        named = {u for u in sheets.keys() & set(labels) if sheets[u] is not doc}
        periods = record_periods(doc.records) if named else []
        for i in (i for i, label in enumerate(labels) if label in named):
            unit = str(labels[i])
            if unit not in totals:
                totals[unit] = _totals_by_period(sheets[unit])
            if (rec := _restated(totals[unit], periods[i])) is not None:
                doc.restates[i] = (sheets[unit], rec)


def link_summaries(docs: Sequence[Document]) -> None:
    """Give a sheet of totals alone (汇总 set on its side: 合计 | 2023年 | 2022年) the totals rows it restates, year by
    year (``Document.restates``): for each of its years, the one totals row of that year on the other sheets (本年's
    合计, its title naming 2023年)."""
    by_year: dict[int, list[tuple[Document, Record]]] = {}
    summaries = []
    for doc in docs:
        labels, years = unit_labels(doc.records), record_years(doc)
        if years is None:
            continue
        if all(label == TOTAL_UNIT for label in labels):
            summaries.append((doc, years))
            continue
        for label, year, rec in zip(labels, years, doc.records):
            if label == TOTAL_UNIT and year is not None:
                by_year.setdefault(year, []).append((doc, rec))
    for doc, years in summaries:
        for i, year in enumerate(years):
            if year is not None and len(found := by_year.get(year, [])) == 1 and i not in doc.restates:
                doc.restates[i] = found[0]


def link_tables(docs: Sequence[Document]) -> None:
    """Give a table the rows of another table of the workbook that state the same unit for the same period (表1
    人口变动's 磨市镇 beside 表2 出生情况's: both print its births): every figure both print must agree
    (``cross_sheet``). Between tables sharing two units or more, in a known period or year; a row restating nothing
    else already. The finding goes to the row whose own checks fail (the mistyped copy), else to the one fewer of its
    own checks vouch for (:func:`_support`), else to the later sheet's."""
    seen: dict[tuple[str, str], tuple[Document, int]] = {}
    for doc in docs:
        if doc.kind != "table" or not doc.sheet or not doc.records or doc.joins or doc.continues \
                or re.search(_spec()["period_sheet_name"], doc.sheet) or group_label(doc.sheet) is not None:
            continue  # (a sheet named for a period, 2月 or 上年, is that period's: no other sheet's rows restate it)
        labels, periods, years = unit_labels(doc.records), record_periods(doc.records), record_years(doc) or []
        # (a table of the 户籍 population beside one of the 常住, of the migrants' births beside all births: no copies)
        scope = "".join(sorted(set(re.findall(_spec()["scope_words"], f"{doc.sheet} {doc.heading}"))))
        keys = [(label, f"{years[i] if i < len(years) and years[i] else ''}|{period or ''}|{scope}")
                for i, (label, period) in enumerate(zip(labels, periods)) if label is not None]
        index = [i for i, label in enumerate(labels) if label is not None]
        shared = [(i, k) for i, k in zip(index, keys) if not k[1].startswith("||") and k in seen and seen[k][0] is not doc]
        if len({k for _, k in shared}) >= 2:
            for i, k in shared:
                other, j = seen[k]
                ours, theirs = doc.records[i], other.records[j]
                if i in doc.restates or j in other.restates or not _differing(ours, theirs):
                    continue
                failing = [any(f.severity == "error" for f in fs) for fs in validate_records([theirs, ours])]
                if failing == [True, False] or failing == [False, False] and _support(theirs, ours) < _support(ours, theirs):
                    other.restates[j] = (doc, ours)  # (the earlier copy's checks fail, or fewer of them vouch for it)
                else:
                    doc.restates[i] = (other, theirs)
        for i, k in zip(index, keys):
            if not k[1].startswith("||"):  # (a row of no known year nor period compares with nothing)
                seen.setdefault(k, (doc, i))


def _support(rec: Record, other: Record) -> int:
    """How many of ``rec``'s own sums hold that read a figure it prints otherwise than ``other``: parts that vouch
    for it (表2's 263 births = 男 137 + 女 126 = its parities). A rate vouches for nothing: it may have been worked
    from the figure itself (表1's 出生率 from its typo)."""
    differing = _differing(rec, other)
    report = evaluate_columns(records_columns([rec]), core_rules())
    return sum(1 for r in report.results if r.rule.kind == "sum" and r.applicable and not r.fails
               and differing & set(r.involved))


def _differing(a: Record, b: Record) -> set[str]:
    """The indicators two rows print differently, beyond what their printing allows."""
    return {k for k, v in a.values.items() if v.number is not None and (w := b.values.get(k)) is not None
            and w.number is not None and abs(v.number - w.number) > restated_tolerance(v, w)}


def link_period_sheets(docs: Sequence[Document]) -> None:
    """Give a sheet of a whole period (上半年, 全年) the records of the sheets that make the period up (1月 … 6月, 一季度
    … 四季度: ``period_sheets`` in tables.yaml), unit by unit (``Document.period_parts``), where every part sheet
    is there once and holds the unit once."""
    spec = table_rules()["period_sheets"]
    sheets: dict[str, list[Document]] = {}
    for doc in docs:
        label = period_label(doc.sheet)
        if label is not None and set(record_periods(doc.records)) <= {None, label, spec["alike"].get(label)}:
            sheets.setdefault(label, []).append(doc)
    for doc in docs:
        periods = set(record_periods(doc.records))
        whole = next(iter(periods)) if len(periods) == 1 else None
        for parts in spec["whole"].get(whole, ()):
            if all(len(sheets.get(p, ())) == 1 for p in parts):
                by_unit = [_once(sheets[p][0]) for p in parts]
                for i, unit in enumerate(unit_labels(doc.records)):
                    found = [m.get(unit) for m in by_unit]
                    if unit is not None and all(r is not None for r in found):
                        doc.period_parts[i] = found  # type: ignore[assignment]
                break


def link_unit_sheets(docs: Sequence[Document]) -> None:
    """Give a summary sheet of one record a period (汇总: the township's form) the records of the sheets of one unit each
    beside it (a village a sheet, each named by its village: ``unit_sheets`` in tables.yaml), period by period
    (``Document.unit_parts``), where two such sheets or more hold that period once."""
    summary = re.compile(table_rules()["unit_sheets"]["summary"])
    by_period: dict[str | None, list[Record]] = {}
    heads: list[Document] = []
    for doc in docs:
        periods = record_periods(doc.records)
        if len(set(periods)) != len(periods) or not doc.records:
            continue
        if summary.match(doc.sheet or ""):
            heads.append(doc)
        elif len(doc.records) == 1 and sheet_unit(doc.sheet) is not None:
            by_period.setdefault(periods[0], []).append(doc.records[0])
    for doc in heads:
        for i, period in enumerate(record_periods(doc.records)):
            if len(parts := by_period.get(period, [])) >= 2:
                doc.unit_parts[i] = parts


def _once(doc: Document) -> dict[str | None, Record]:
    """A sheet's records by unit, for the units it holds once."""
    labels = unit_labels(doc.records)
    return {u: doc.records[i] for i, u in enumerate(labels) if labels.count(u) == 1}


def _totals_by_period(doc: Document) -> dict[str | None, Record]:
    """A table's totals records by period, for the periods with exactly one; a form of one place (its sheet a
    township's, 指标 down the rows) is its own total."""
    periods = record_periods(doc.records)
    labels = unit_labels(doc.records)
    rows = [i for i, label in enumerate(labels) if label == TOTAL_UNIT] or (
        [0] if len(labels) == 1 else [])
    return {periods[i]: doc.records[i] for i in rows if [periods[j] for j in rows].count(periods[i]) == 1}


def _restated(totals: dict[str | None, Record], period: str | None) -> Record | None:
    """The totals record a row of ``period`` restates: the one of that period, else the only one when one of
    the two names no period."""
    if period in totals:
        return totals[period]
    if len(totals) == 1:
        ((only, rec),) = totals.items()
        if period is None or only is None or _annual(period) and _annual(only):
            return rec  # (full-year beside 2023: a whole year either way)
    return None


def _annual(period: str) -> bool:
    """Whether a period is a whole year: full-year, or a year (2023)."""
    return period == "full-year" or re.fullmatch(r"(?:19|20)\d\d", period) is not None


def cross_sheet_findings(doc: Document, catalog: Catalog) -> list[Finding]:
    """The figures of a summary's rows that differ from the same figure of the totals row they restate: by
    anything when both are printed alike (a copy), else beyond their two roundings (9.2 restating 9.17)."""
    spec = _spec()
    out = []
    for i, (sheet, theirs) in doc.restates.items():
        ours = doc.records[i]
        for ind, v in ours.values.items():
            w = theirs.values.get(ind)
            if w is None or v.number is None or w.number is None or abs(v.number - w.number) <= restated_tolerance(v, w):
                continue
            fields = {"unit": ours.unit or "", "actual": v.printed, "sheet": sheet.sheet or "",
                      "other_cell": w.location.cell or w.location.label(), "expected": w.printed}
            row = spec["row"] if theirs.unit == TOTAL_UNIT else {"zh": "", "en": ""}
            meta = catalog.indicators.get(ind)
            out.append(Finding(
                "cross_sheet", spec["severity"], [ind],
                spec["message"]["zh"].format(name=meta.name if meta else ind, cell=v.location.label("zh"),
                                             row=row["zh"], **fields),
                spec["message"]["en"].format(name=meta.label("en") if meta else ind, cell=v.location.label(),
                                             row=row["en"], **fields),
                expected=w.number, actual=v.number, location=v.location))
    return out


def restated_tolerance(v: Value, w: Value) -> float:
    """How far a restated figure may lie from its original: not at all when printed alike, else both roundings."""
    alike = (v.decimals, v.scale) == (w.decimals, w.scale)
    return 1e-9 * max(1.0, abs(w.number or 0.0)) + (0.0 if alike else v.resolution + w.resolution)


def join_indicator_sheets(docs: Sequence[Document]) -> list[Document]:
    """One document joining the sheets of one indicator each (出生率 | 出生人数 | 年末人口, units down and years across)
    by unit and period, so a rate is checked against the counts on the other sheets, each value keeping its own
    cell; a year's 年初人口, where none is printed, is the year before's 年末人口. None for fewer than two such sheets
    sharing units and periods."""
    singles = [d for d in docs if d.kind == "table" and d.sheet and len(d.records) > 1
               and len({k for r in d.records for k in r.values}) == 1]
    keys = [{(r.unit, r.period) for r in d.records} for d in singles]
    joined = [d for d, k in zip(singles, keys) if sum(len(k & other) >= 2 for other in keys) >= 2]
    if len(joined) < 2:
        return []
    merged: dict[tuple[str | None, str | None], Record] = {}
    for doc in joined:
        for rec in doc.records:
            key = (rec.unit, rec.period)
            into = merged.setdefault(key, Record(rec.unit, {}, rec.period, rec.location))
            for ind, v in rec.values.items():
                into.values.setdefault(ind, v)
    for (unit, period), rec in merged.items():
        before = merged.get((unit, str(int(period) - 1))) if period and period.isdigit() else None
        end = before.values.get("population_end") if before is not None else None
        if end is not None and "population_end" in rec.values and "population_start" not in rec.values:
            rec.values["population_start"] = end  # (the year before's year-end, at its own cell)
    names = [str(d.sheet) for d in joined]
    return [Document(joined[0].source, "table", records=list(merged.values()), sheet="、".join(names) + "（合并）",
                     joins=names)]


def _continued_base(by_name: dict[str, Document], name: str, rx: re.Pattern[str]) -> Document | None:
    """The sheet ``name`` (表2（续）) continues: the one named as it is without the mark, else the one sheet whose
    name opens with that and goes on with words (表2 出生情况), not digits (表21)."""
    stem = rx.sub("", name)
    if stem in by_name:
        return by_name[stem]
    found = [d for n, d in by_name.items() if n and n != name and str(n).startswith(stem)
             and not str(n)[len(stem):len(stem) + 1].isdigit()]
    return found[0] if len(found) == 1 and stem else None


def join_continued_sheets(docs: Sequence[Document]) -> list[Document]:
    """One document per sheet continued on another (表1 | 表1（续）: the same units and periods, other columns), joining
    the two by unit and period, so a figure on one is checked against the other's; or other units in the same
    columns, the continuation's totals row over both (表3-1 | 表3-1（续）): the rows of both in one table, its totals
    row checked there. Each value keeps its cell."""
    rx = re.compile(_spec()["continued"])
    by_name = {d.sheet: d for d in docs if d.kind == "table" and d.sheet and d.records}
    out = []
    for name, cont in by_name.items():
        base = _continued_base(by_name, str(name), rx) if rx.search(str(name)) else None
        if base is None or base is cont:
            continue
        keys = {(r.unit, r.period) for r in base.records}
        names = [str(base.sheet), str(name)]
        columns = [{k for r in d.records for k in r.values} for d in (base, cont)]
        if not keys & {(r.unit, r.period) for r in cont.records} and columns[1] <= columns[0] \
                and any(r.unit == TOTAL_UNIT for r in cont.records) and not any(r.unit == TOTAL_UNIT for r in base.records):
            # the rows continued (表3-1 ten 镇, 表3-1（续） six 乡 and the 合计 of all sixteen): one table of both
            cont.continues = True
            out.append(Document(base.source, "table", records=[Record(r.unit, dict(r.values), r.period, r.location)
                                                               for r in [*base.records, *cont.records] if r.values],
                                sheet="、".join(names) + "（合并）", joins=names))
            continue
        if {(r.unit, r.period) for r in cont.records} != keys or columns[0] & columns[1]:
            continue  # (other rows, or the same columns again: not a continuation)
        merged = {(r.unit, r.period): Record(r.unit, dict(r.values), r.period, r.location) for r in base.records}
        for rec in cont.records:
            merged[(rec.unit, rec.period)].values.update(rec.values)
        out.append(Document(base.source, "table", records=list(merged.values()), sheet="、".join(names) + "（合并）",
                            joins=names))
    return out


def spans_sheets(doc: Document, finding: Finding) -> bool:
    """Whether a finding on a joined document involves figures of two of its sheets or more (else it is the sheet's
    own, reported there)."""
    sheet_of: dict[str, str | None] = {}
    for rec in doc.records:
        for ind, v in rec.values.items():
            sheet_of.setdefault(ind, v.location.sheet)
    return len({sheet_of.get(i) for i in finding.indicators if i in sheet_of}) >= 2

