"""A change printed beside two periods' figures (增减, 增减%, 比上年增减百分点) against those figures.

A comparison table prints, beside a unit's figure for this period and the one for the period before, their
difference (增减 = 本年 − 上年) or their relative change (增减% = 增减 ÷ 上年 × 100). Both are arithmetic on the
printed figures: a change that no rounding of the two figures and of itself can give is a typing error in the
change, or in one of the figures (which the other rules judge). The check is ``period_change`` in
``schemas/tables.yaml``; the table readers find the change cells and the figures they compare, and
:func:`change_findings` judges them all at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from .catalog import Catalog, table_rules
from .cells import read_cell, scaled
from .model import Finding, Value
from .sheets import Grid

#: slack for float noise on top of the printed roundings
_EPS = 1e-9
#: a single month's period label (month: 11月), a quarter's (quarter: 三季度)
_MONTH_RE = re.compile(r"month: (\d{1,2})月")
_QUARTER_RE = re.compile(r"quarter: ([一二三四])季度")


@cache
def _spec() -> dict[str, Any]:
    """``period_change`` in ``schemas/tables.yaml``: severity, header words, the periods before, the message."""
    return table_rules()["period_change"]  # type: ignore[no-any-return]


def change_kind(header: str) -> str:
    """``percent`` for a relative change's header (增减%, 增长率, 增幅), ``difference`` for the rest (增减,
    增减百分点, 比上年增减千分点)."""
    spec = _spec()
    if re.search(spec["points"], header):
        return "difference"
    return "percent" if re.search(spec["percent"], header) else "difference"


def compared_periods(periods: Sequence[str | None]) -> tuple[str, str] | None:
    """The current period and the one before among a table's period labels: the other one beside 上年同期 (上年,
    去年, 上月), else the later of two years, two months or two quarters in a row; None unless the table has two."""
    named = [p for p in dict.fromkeys(periods) if p is not None]
    if len(named) != 2:
        return None
    before = _spec()["previous"]
    if (named[0] in before) != (named[1] in before):
        return (named[1], named[0]) if named[0] in before else (named[0], named[1])
    if all(p.isdigit() for p in named) and named[0] != named[1]:
        return (named[0], named[1]) if int(named[0]) > int(named[1]) else (named[1], named[0])
    a, b = (_place_in_year(p) for p in named)
    if a is not None and b is not None:  # 本月 | 上月 (11月 | 10月), 本季 | 上季 (三季度 | 二季度)
        if b == a + 1 or (a, b) == (12, 1):
            return named[1], named[0]
        if a == b + 1 or (b, a) == (12, 1):
            return named[0], named[1]
    return None


def _place_in_year(label: str) -> int | None:
    """A month's number (month: 11月 → 11; 1月 follows 12月), a quarter's counted apart from them (quarter: 三季度 →
    103: the next of 二季度's 102, of no month's; 一季度 follows no 四季度 of the same year), else None."""
    if (m := _MONTH_RE.fullmatch(label)) is not None:
        return int(m.group(1))
    if (q := _QUARTER_RE.fullmatch(label)) is not None:
        return 100 + "一二三四".index(q.group(1)) + 1
    return None


@dataclass(frozen=True)
class Change:
    """One printed change (``change``) of a unit's figure from ``previous`` to ``current``."""

    unit: str | None
    current: Value
    previous: Value
    change: Value
    kind: str  # difference | percent (what the header says; either is accepted, see change_findings)


def change_at(grid: Grid, source: str, r: int, c: int, of: Value, kind: str) -> Value | None:
    """The change printed in cell (r, c) of a change of figure ``of`` (a difference in the figure's scale, 万人
    as its figures), or None for a blank cell or a marker (— for a rate's relative change)."""
    v = grid.rows[r][c] if c < len(grid.rows[r]) else None
    pc = read_cell(v, grid.formats.get((r, c)))
    if pc.kind != "number" or pc.number is None:
        return None
    scale = of.scale if kind == "difference" else 1.0
    return Value(of.indicator, scaled(pc.number, pc.decimals, scale), pc.printed, pc.decimals, scale,
                 grid.location(source, r, c))


def change_findings(changes: Sequence[Change], catalog: Catalog) -> list[Finding]:
    """A finding on each change that neither the difference nor the relative change of its two figures gives,
    within the three printed roundings. Either is accepted whatever the header says (增减（%） over a rate's
    change may mean 百分点), and a relative change only where the figure before is above zero."""
    if not changes:
        return []
    cur = np.array([x.current.number for x in changes], dtype=float)
    prev = np.array([x.previous.number for x in changes], dtype=float)
    printed = np.array([x.change.number for x in changes], dtype=float)
    exact = np.array([catalog.indicators[x.current.indicator].integer for x in changes])  # (counts: no rounding)

    def rounding(values: Sequence[Value], also: np.ndarray) -> np.ndarray:
        """Half a unit of each printed figure, none for a count printed whole (a person is no rounding)."""
        return np.array([0.0 if e and v.scale == 1 and v.decimals == 0 else v.resolution for v, e in zip(values, also)])

    hc = rounding([x.current for x in changes], exact)
    hp = rounding([x.previous for x in changes], exact)
    hd = rounding([x.change for x in changes], exact & np.array([x.kind == "difference" for x in changes]))
    difference_ok = np.abs(printed - (cur - prev)) <= hc + hp + hd + _EPS
    defined = prev - hp > 0
    safe = np.where(defined, prev, 1.0)
    corners = np.stack([(cur + sc - (safe + sp)) / (safe + sp) * 100 for sc in (-hc, hc) for sp in (-hp, hp)])
    percent_ok = defined & (printed >= corners.min(0) - hd - _EPS) & (printed <= corners.max(0) + hd + _EPS)
    is_percent = np.array([x.kind == "percent" for x in changes])
    # (a relative change of a figure at or below zero cannot be judged: no finding on it)
    bad = ~(difference_ok | percent_ok | is_percent & ~defined)
    # (上期 − 本期 in one cell: a clerk's sign the wrong way round)
    reversed_ = np.abs(printed + (cur - prev)) <= hc + hp + hd + _EPS
    spec = _spec()
    out = []
    for k in np.flatnonzero(bad).tolist():
        x = changes[k]
        expected = cur[k] - prev[k] if x.kind == "difference" else (cur[k] - prev[k]) / safe[k] * 100
        shown = f"{expected / x.change.scale:.{x.change.decimals}f}"
        ind = catalog.indicators[x.current.indicator]
        kind = spec["kind"][x.kind]
        fields = {"unit": x.unit or "", "actual": x.change.printed, "expected": shown, "current": x.current.printed,
                  "previous": x.previous.printed}
        out.append(Finding(
            "period_change", spec["severity"], [x.current.indicator],
            spec["message"]["zh"].format(cell=x.change.location.label("zh"), name=ind.name, kind=kind["zh"],
                                         current_cell=x.current.location.label("zh"),
                                         previous_cell=x.previous.location.label("zh"), **fields),
            spec["message"]["en"].format(cell=x.change.location.label(), name=ind.label("en"), kind=kind["en"],
                                         current_cell=x.current.location.label(),
                                         previous_cell=x.previous.location.label(), **fields),
            expected=float(expected), actual=x.change.number,
            location=x.change.location))
        if x.kind == "difference" and reversed_[k]:
            out[-1].add_evidence("符号相反：似为上期减本期", "the sign is reversed: it looks like last period minus this one")
    return out
