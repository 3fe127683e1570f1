"""A count of a part of a period against the same unit's count of a period holding it (``period_within`` in
``schemas/tables.yaml``).

A monthly report states the month and the year to date (8月份人流5例, 1—8月累计人流4例), a quarter's analysis the quarter
and the months to its end, a table 本月 | 本年累计: the longer period's count of what happened (births, deaths,
operations: the counts that add up over a period) can be no smaller than the shorter's. The pairs are found by unit and
period label over the whole document at once; only the figures that fail are looked at one by one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .catalog import Catalog, table_rules
from .model import Document, Finding, period_span
from .recordtable import record_numbers, record_periods, unit_labels
from .totals import period_parts
from .workbook import restated_tolerance


@cache
def _spec() -> dict[str, Any]:
    """``period_within`` in ``schemas/tables.yaml``: severity and message."""
    return table_rules()["period_within"]  # type: ignore[no-any-return]


def _named(span: tuple[int, int]) -> tuple[str, str]:
    """A span of months as the message names it: 8月 / month 8, 1—8月 / months 1–8."""
    first, last = span
    return (f"{last}月", f"month {last}") if first == last else (f"{first}—{last}月", f"months {first}–{last}")


def contained_pairs(doc: Document) -> pd.DataFrame:
    """(part row, whole row) of every two records of one unit whose periods are a part and a period holding it."""
    periods = record_periods(doc.records)
    spans = {p: s for p in set(periods) if (s := period_span(p)) is not None}
    inside = [(p, q) for p in spans for q in spans if p != q and spans[q][0] <= spans[p][0] and spans[p][1] <= spans[q][1]
              and spans[p] != spans[q]]
    if not inside:
        return pd.DataFrame(columns=["part", "whole"])  # (the common case: one period, or none holding another)
    units = ["" if u is None else u for u in unit_labels(doc.records)]
    keyed = pd.DataFrame({"unit": units, "period": periods, "row": np.arange(len(periods))})
    keyed = keyed[keyed["period"].isin(spans)].drop_duplicates(["unit", "period"], keep=False)
    kinds = pd.DataFrame(inside, columns=["period", "whole_period"])
    parts = keyed.merge(kinds, on="period")
    pairs = parts.merge(keyed, left_on=["unit", "whole_period"], right_on=["unit", "period"], suffixes=("", "_whole"))
    return pairs.rename(columns={"row": "part", "row_whole": "whole"})[["part", "whole"]]


def within_findings(doc: Document, catalog: Catalog) -> list[Finding]:
    """Each count of ``doc`` below the same unit's count of a part of its period; not where the longer period's parts
    are all there, as its sum's check tells it (季度合计 beside its three months: ``period_parts``)."""
    pairs = contained_pairs(doc)
    if pairs.empty:
        return []
    summed = {w for w, _ in period_parts(unit_labels(doc.records), record_periods(doc.records),
                                         table_rules()["period_parts"])}
    pairs = pairs[~pairs["whole"].isin(summed)]
    spec, out = _spec(), []
    part_rows, whole_rows = pairs["part"].to_numpy(int), pairs["whole"].to_numpy(int)
    for ind in table_rules()["period_sheets"]["add_up"]:
        numbers = record_numbers(doc.records, ind)
        below = np.flatnonzero(numbers[whole_rows] < numbers[part_rows])  # (NaN on either side compares False)
        for k in below:
            part, whole = doc.records[int(part_rows[k])], doc.records[int(whole_rows[k])]
            v, w = whole.values[ind], part.values[ind]
            if w.number - v.number <= restated_tolerance(v, w):  # type: ignore[operator]
                continue
            meta = catalog.indicators[ind]
            (whole_zh, whole_en), (part_zh, part_en) = (_named(period_span(r.period)) for r in (whole, part))  # type: ignore[arg-type]
            fields = {"unit": whole.unit or "", "actual": v.printed, "part_value": w.printed}
            out.append(Finding(
                "period_within", spec["severity"], [ind],
                spec["message"]["zh"].format(cell=v.location.label("zh"), part_cell=w.location.label("zh"),
                                             name=meta.name, whole=whole_zh, part=part_zh, **fields),
                spec["message"]["en"].format(cell=v.location.label(), part_cell=w.location.label(),
                                             name_en=meta.label("en"), whole_en=whole_en, part_en=part_en, **fields),
                expected=w.number, actual=v.number, location=v.location))
    return out
