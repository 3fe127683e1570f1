"""A table's totals row against its unit rows: counts add up, rates agree with the summed counts.

The table reader marks the totals row with unit ``合计`` whatever the sheet calls it (合计/总计/全县/全国).
Findings are document-level and point at the totals cell.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from fpcheck.catalog import Catalog
from fpcheck.model import Document, Finding, Record, Value
from fpcheck.rules import Rule
from fpcheck.validate import fmt, validate_records

TOTAL_UNIT = "合计"


def _format(template: str, **fields: str) -> str:
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return template


def check_totals(doc: Document, rules: Sequence[Rule], catalog: Catalog, abs_tolerance: float = 0.0) -> list[Finding]:
    """Document-level findings for each count column whose totals cell is not the sum of the units,
    and each rate on the totals row that disagrees with the rate recomputed from the summed counts."""
    spec = [r for r in rules if r.kind == "totals"]
    totals = [r for r in doc.records if r.unit == TOTAL_UNIT]
    units = [r for r in doc.records if r.unit != TOTAL_UNIT]
    if not spec or len(totals) != 1 or not units:
        return []
    total, rule = totals[0], spec[0]
    exempt = {i for r in spec for i in r.exempt}
    summed: dict[str, Value] = {}
    out: list[Finding] = []
    for ind, tv in total.values.items():
        meta = catalog.indicators.get(ind)
        if meta is None or not meta.integer or ind in exempt or tv.number is None:
            continue
        parts = [u.values.get(ind) for u in units]
        if any(p is None or p.number is None for p in parts):
            continue
        s = float(np.sum([p.number for p in parts if p is not None]))
        res = tv.resolution if (tv.decimals or tv.scale != 1) else 0.0
        res += sum(p.resolution for p in parts if p is not None and (p.decimals or p.scale != 1))
        summed[ind] = Value(ind, s, fmt(s, 0), 0, 1.0, tv.location)
        if abs(s - tv.number) > res + abs_tolerance + 1e-9 * max(1.0, abs(s)):
            col = tv.location.cell or tv.location.label()
            fields = {"column": f"{meta.name}（{col}）", "actual": tv.printed, "expected": fmt(s, tv.decimals)}
            fields_en = {**fields, "column": f"{ind} ({col})"}
            out.append(Finding("totals", rule.severity, [ind], _format(rule.message_zh, **fields),
                               _format(rule.message_en, **fields_en), expected=s, actual=tv.number,
                               location=tv.location))
    out.extend(_rates_from_sums(total, summed, rules, catalog))
    return out


def _rates_from_sums(total: Record, summed: dict[str, Value], rules: Sequence[Rule], catalog: Catalog) -> list[Finding]:
    """Ratio rules on a synthetic record: the totals row's rates over the units' summed counts."""
    if not summed:
        return []
    ratio_rules = [r for r in rules if r.kind == "ratio"]
    rates = {k: v for k, v in total.values.items() if k not in summed}
    synthetic = Record(TOTAL_UNIT, {**rates, **summed}, total.period, total.location)
    found = validate_records([synthetic], ratio_rules, catalog=catalog)[0]
    out = []
    for f in found:
        rate = f.indicators[0] if f.indicators else None
        if rate is None or rate in summed:
            continue
        f.rule = f"totals.{f.rule}"
        f.message = f"合计行：{f.message}（按各单位之和计算）"
        f.message_en = f"totals row: {f.message_en} (recomputed from the units' sums)"
        f.location = total.values[rate].location
        out.append(f)
    return out
