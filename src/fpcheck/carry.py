"""A year's opening figures against the year before's closing ones (本年年初人口即上年年末人口).

A table of several years (years across the columns, down the rows, or one sheet per year) states a unit's
population at the start of each year and at its end: a year's start and the year before's end are one figure,
printed twice. :func:`link_years` pairs them when a workbook is read (``Document.carries``);
:func:`carry_findings` reports, when the later year's table is checked, each pair that differs (``year_carry``
in ``schemas/tables.yaml``) on the later year's cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from .catalog import Catalog, table_rules
from .model import Document, Finding
from .recordtable import record_numbers, record_years, unit_labels
from .workbook import restated_tolerance

@cache
def _spec() -> dict[str, Any]:
    """``year_carry`` in ``schemas/tables.yaml``: severity, the pairs of indicators, the year, the message."""
    return table_rules()["year_carry"]  # type: ignore[no-any-return]


def _keyed(docs: Sequence[Document], indicator: str) -> pd.DataFrame:
    """(unit, year) → (document, row) of every record holding ``indicator`` in a year, across ``docs``; a key
    held more than once (two 合计 rows of one year) is dropped as ambiguous."""
    frames = []
    for k, doc in enumerate(docs):
        if (listed := record_years(doc)) is None:
            continue
        years = pd.array(listed, dtype="Int64")
        rows = np.flatnonzero(~np.isnan(record_numbers(doc.records, indicator)) & ~np.asarray(pd.isna(years)))
        if len(rows):
            units = np.asarray(unit_labels(doc.records), dtype=object)[rows]
            frames.append(pd.DataFrame({"unit": units, "year": np.asarray(years[rows], dtype=np.int64),
                                        "doc": k, "row": rows}))
    if not frames:
        return pd.DataFrame(columns=["unit", "year", "doc", "row"])
    keyed = pd.concat(frames, ignore_index=True).dropna(subset=["unit"])
    return keyed.drop_duplicates(["unit", "year"], keep=False)


def link_years(docs: Sequence[Document]) -> None:
    """Give each document the records of its own or another sheet's that close the year before one of its
    records opens (``Document.carries``: row → (indicator, the other document, its row))."""
    for this, before in _spec()["pairs"].items():
        opening = _keyed(docs, this)
        if opening.empty:
            continue
        closing = _keyed(docs, before)
        pairs = opening.assign(year=opening["year"] - 1).merge(closing, on=["unit", "year"], suffixes=("", "_before"))
        for k, row, k_before, row_before in pairs[["doc", "row", "doc_before", "row_before"]].itertuples(False):
            docs[k].carries.setdefault(int(row), []).append((this, docs[k_before], int(row_before)))


def carry_findings(doc: Document, catalog: Catalog) -> list[Finding]:
    """Each figure of ``doc`` that opens a year at another figure than the one the year before closed at."""
    spec, out = _spec(), []
    before_of = spec["pairs"]
    years = (record_years(doc) or []) if doc.carries else []
    moved = {unit: m.group() for note in doc.notes for m in re.finditer(spec["moved"], note) for unit in m.groups()}
    for row, links in doc.carries.items():
        ours = doc.records[row]
        for ind, other, row_before in links:
            v, w = ours.values[ind], other.records[row_before].values[before_of[ind]]
            if v.number is None or w.number is None or abs(v.number - w.number) <= restated_tolerance(v, w):
                continue
            meta, other_meta = catalog.indicators[ind], catalog.indicators[w.indicator]
            fields = {"unit": ours.unit or "", "actual": v.printed, "expected": w.printed, "year": years[row],
                      "year_before": (years[row] or 1) - 1, "other_cell": w.location.label(),
                      "note": moved.get(ours.unit or "", "")}
            message = spec["moved_message" if fields["note"] else "message"]  # (大坪村并入枫木村: 枫木村's start moved)
            out.append(Finding(
                "year_carry", "info" if fields["note"] else spec["severity"], [ind],
                message["zh"].format(cell=v.location.label("zh"), name=meta.name, other_name=other_meta.name, **fields),
                message["en"].format(cell=v.location.label(), name_en=meta.label("en"),
                                     other_name_en=other_meta.label("en"), **fields),
                expected=w.number, actual=v.number, location=v.location))
    return out
