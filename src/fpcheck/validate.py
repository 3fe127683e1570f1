"""Confront data with rules: evaluate every compiled rule over whole columns, keep only the failures.

``validate(df)`` returns a :class:`Report` that stores, per check, just the failing row positions and
their expected/actual values (arrays); Finding objects are built on demand for the rows asked about.
That keeps a 1M-row frame with 10% failures close to the cost of a plain NumPy pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from math import isnan

import numpy as np
import pandas as pd

from fpcheck.catalog import Catalog, default_catalog
from fpcheck.columns import OWN_RATES, PARTIAL_PERIOD, SHORT_PERIOD, Columns
from fpcheck.kinds import CODE_SEVERITY, ERROR, WARNING, Outcome, evaluate, operand
from fpcheck.model import Finding, Location, Record, annual_factor, period_months
from fpcheck.recordtable import RecordTable, carried_columns
from fpcheck.rules import Rule, core_rules


@dataclass
class CheckResult:
    """One check's verdict: counts, and the failing rows with expected and actual values."""

    check: str
    rule: Rule
    indicator: str | None  # for per-indicator range checks
    applicable: int
    rows: np.ndarray
    expected: np.ndarray
    actual: np.ndarray
    severity: np.ndarray
    roles: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def fails(self) -> int:
        return int(self.rows.size)

    @classmethod
    def from_outcome(cls, check: str, rule: Rule, out: Outcome) -> CheckResult:
        rows = np.flatnonzero(out.failing)
        return cls(check, rule, check.split(".", 1)[1] if rule.kind == "range" else None,
                   int(np.count_nonzero(out.applicable)), rows, _take(out.expected, rows), _take(out.actual, rows),
                   _take(out.severity, rows), {k: _take(v, rows) for k, v in out.roles.items()})

    @cached_property
    def involved(self) -> tuple[str, ...]:
        """The indicators the check reads (asked once per failing row: worked out once)."""
        return (self.indicator,) if self.indicator else self.rule.indicators


@dataclass
class Report:
    """The result of confronting ``n`` rows with rules (R's ``confront``): summarise or list findings."""

    n: int
    results: list[CheckResult]
    columns: Columns
    units: Sequence[object] | None = None

    @property
    def has_errors(self) -> bool:
        return any((r.severity == ERROR).any() for r in self.results)

    def summary(self) -> pd.DataFrame:
        """One row per check: items it applied to, passes, fails, not applicable, errors, warnings."""
        return pd.DataFrame(
            [{"check": r.check, "kind": r.rule.kind, "items": r.applicable, "passes": r.applicable - r.fails,
              "fails": r.fails, "nNA": self.n - r.applicable, "errors": int((r.severity == ERROR).sum()),
              "warnings": int((r.severity != ERROR).sum())} for r in self.results],
            columns=["check", "kind", "items", "passes", "fails", "nNA", "errors", "warnings"])

    def failing_rows(self) -> dict[str, np.ndarray]:
        """``{check: failing row positions}``."""
        return {r.check: r.rows for r in self.results if r.fails}

    def findings(self, rows: Iterable[int] | None = None, *, lang: str = "zh",
                 locate: Sequence[Record] | None = None) -> list[Finding]:
        """Findings for the given row positions (all failing rows by default), ordered by row then check."""
        wanted = None if rows is None else np.asarray(list(rows))
        out: list[tuple[int, int, Finding]] = []
        for ci, res in enumerate(self.results):
            sel = np.arange(res.fails) if wanted is None else np.flatnonzero(np.isin(res.rows, wanted))
            out += [(row, ci, f) for row, f in zip(res.rows[sel].tolist(), self._findings(res, sel, locate))]
        out.sort(key=lambda t: (t[0], t[1]))
        return [f for _, _, f in out]

    def findings_by_row(self, locate: Sequence[Record] | None = None) -> list[list[Finding]]:
        per: list[list[Finding]] = [[] for _ in range(self.n)]
        for res in self.results:
            for row, finding in zip(res.rows.tolist(), self._findings(res, np.arange(res.fails), locate)):
                per[row].append(finding)
        return per

    def _findings(self, res: CheckResult, at: np.ndarray, locate: Sequence[Record] | None) -> list[Finding]:
        """The findings of one check at positions ``at`` of its failing rows. What each needs is taken out of
        the arrays for all at once, as Python values: a check may fail on thousands of rows of a big table."""
        if not len(at):
            return []
        ns, rule = self.columns, res.rule
        rows = res.rows[at]
        first = res.indicator or _primary(rule)
        present = _present(ns, res.involved, rows)
        expected, actual, severity = res.expected[at].tolist(), res.actual[at].tolist(), res.severity[at].tolist()
        per_row = zip(actual, expected, _decs(ns, first, rows), severity, _roles(res, at), _derived_names(ns, rule, rows))
        fields = [_message_fields(res, act, exp, dec, code, roles, names, ns)
                  for act, exp, dec, code, roles, names in per_row]
        rounding = 0.5 * (len(rule.operands["parts"]) + 1) if rule.kind == "sum" else None
        return [Finding(
            rule=res.check, severity=CODE_SEVERITY[code], indicators=inds,
            message=_format(rule.message_zh, fs), message_en=_format(rule.message_en, fs),
            expected=_num(exp), actual=_num(act),
            location=_location(locate, row, [first, *inds]) if locate is not None else None, rounding=rounding,
        ) for row, inds, exp, act, code, fs in zip(rows.tolist(), present, expected, actual, severity, fields)]


def _present(ns: Columns, involved: tuple[str, ...], rows: np.ndarray) -> list[list[str]]:
    """Per row: the indicators of ``involved`` it holds a figure of."""
    held = [(i, (~np.isnan(v[rows])).tolist()) for i in involved if (v := ns.value(i)) is not None]
    return [[i for i, has in held if has[k]] for k in range(len(rows))]


def _roles(res: CheckResult, at: np.ndarray) -> list[dict[str, float]]:
    """Per failing row at ``at``: the check's role values (numerator, denominator …)."""
    values = {k: v[at].tolist() for k, v in res.roles.items()}
    return [{k: v[j] for k, v in values.items()} for j in range(len(at))]


def _derived_names(ns: Columns, rule: Rule, rows: np.ndarray) -> list[dict[str, str]]:
    """Per row: the names of the alternatives its derived operands used (``{role}_name`` and ``_en``: 年末人口)."""
    out: list[dict[str, str]] = [{} for _ in range(len(rows))]
    for role, names in rule.operands.items():
        d = rule.derived.get(names[0])
        got = operand(ns, names[0], rule) if d is not None else None
        if d is None or got is None or got.chosen is None:
            continue
        for fields, k in zip(out, got.chosen[rows].tolist()):
            if k >= 0:
                alt = d.alternatives[k]
                fields[f"{role}_name"], fields[f"{role}_name_en"] = alt.name_zh or names[0], alt.name_en or names[0]
    return out


def _location(records: Sequence[Record], row: int, blamed: list[str]) -> Location:
    """Where a finding points: the first blamed figure present in the record, else the record itself.

    A :class:`RecordTable` locates the cell directly, without building the record."""
    if isinstance(records, RecordTable):
        return records.locate(row, next((i for i in blamed if records.has(row, i)), None))
    rec = records[row]
    v = next((rec.values[i] for i in blamed if i in rec.values), None)
    return v.location if v is not None else rec.location


def _take(a: np.ndarray | np.generic | float, rows: np.ndarray) -> np.ndarray:
    """Values at the failing rows (an outcome may hold one scalar for all rows)."""
    return np.asarray(a)[rows] if np.ndim(a) else np.full(rows.size, a)


def _primary(rule: Rule) -> str:
    role = {"sum": "total", "bound": "part", "ratio": "rate", "difference": "result", "attainable": "rate"}[rule.kind]
    return rule.operands[role][0]


def _decs(ns: Columns, ind: str, rows: np.ndarray) -> list[int]:
    """Per row, the decimals to show a value in base units with: the printed ones less the multiplier's zeros
    (76.7 万 → 767000, not 767000.0)."""
    if ns.value(ind) is None:
        return [0] * len(rows)
    d, s = ns.decimals_of(ind), ns.scale_of(ind)
    decs = list(map(int, np.asarray(d)[rows].tolist())) if np.ndim(d) else [int(d)] * len(rows)
    scales = np.asarray(s, dtype=np.float64)[rows].tolist() if np.ndim(s) else [float(s)] * len(rows)
    return [max(0, dec - round(np.log10(scale))) if scale > 1 else dec for dec, scale in zip(decs, scales)]


def _num(x: float) -> float | None:
    return None if x is None or isnan(x) else float(x)


def fmt(x: float | None, decimals: int) -> str:
    """A number as a statistician would print it: fixed decimals, no float noise."""
    if x is None or (isinstance(x, float) and isnan(x)):
        return "—"
    return f"{x:.{max(decimals, 0)}f}"


def _message_fields(res: CheckResult, actual: float, expected: float, dec: int, severity: int,
                    roles: dict[str, float], names: dict[str, str], ns: Columns) -> dict[str, str]:
    """The fields of a failing row's message: its figures as printed, the alternatives its derived operands
    used, a range check's indicator and range."""
    rule = res.rule
    kind = rule.kind
    exp_dec = max(dec, 2) if kind in ("ratio", "attainable") else dec
    fields = {"actual": fmt(actual, dec), "expected": fmt(expected, exp_dec)}
    fields.update({k: fmt(v, 0) for k, v in roles.items()})
    fields.update(names)
    if kind == "attainable":
        fields["expected"] = fields["denominator"]
    if res.indicator:
        meta = ns.catalog[res.indicator]
        hard = severity == ERROR
        lo, hi = meta.hard if hard else meta.plausible
        span = f"[{'−∞' if lo is None else fmt(lo, 0)}, {'∞' if hi is None else fmt(hi, 0)}]"
        inside = (lo is None or actual >= lo) and (hi is None or actual <= hi)
        fields.update(name=meta.name, name_en=meta.id, which="可能" if hard else "合理",
                      which_en="possible" if hard else "plausible", range=span,
                      # (a count with a fraction inside its range: say so, not that it is out of range)
                      reason="不是整数" if hard and inside else f"超出{'可能' if hard else '合理'}范围 {span}",
                      reason_en="not a whole number" if hard and inside
                      else f"outside the {'possible' if hard else 'plausible'} range {span}")
    return fields


def _format(template: str, fields: dict[str, str]) -> str:
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        return template


def validate(df: pd.DataFrame, rules: Sequence[Rule] | None = None, *,
             catalog: Catalog | None = None) -> Report:
    """Evaluate the rules (core rules by default) on a frame with one row per reporting unit.

    Columns named by indicator id are read (others ignored); rules whose columns are absent are off.
    """
    catalog = catalog or default_catalog()
    ns = Columns.from_frame(df, catalog)
    return evaluate_columns(ns, rules if rules is not None else core_rules())


def evaluate_columns(ns: Columns, rules: Sequence[Rule]) -> Report:
    """Run every rule over a column namespace and keep the failing rows."""
    outcomes = [(check, rule, out) for rule in rules for check, out in evaluate(ns, rule).items()]
    _vouch_for_extremes(outcomes)
    return Report(ns.n, [CheckResult.from_outcome(check, rule, out) for check, rule, out in outcomes], ns)


def _vouch_for_extremes(outcomes: list[tuple[str, Rule, Outcome]]) -> None:
    """A rate outside its hard range that agrees with the counts it comes from is a warning, not an error:
    the counts vouch for it (27 boys to 17 girls in a small township is a sex ratio of 158.8)."""
    held: dict[str, np.ndarray] = {}
    for _check, rule, out in outcomes:
        if rule.kind == "ratio":
            rate = rule.operands["rate"][0]
            ok = out.applicable & out.ok
            held[rate] = held[rate] | ok if rate in held else ok
    for check, rule, out in outcomes:
        ind = check.split(".", 1)[1] if rule.kind == "range" else None
        if ind in held and np.ndim(out.severity) and np.any(vouched := (out.severity == ERROR) & held[ind]):
            out.severity = np.where(vouched, np.int8(WARNING), out.severity).astype(np.int8)


def records_frame(records: Sequence[Record], catalog: Catalog | None = None) -> pd.DataFrame:
    """Records as a frame: indicator columns, ``__decimals``/``__scale`` companions, ``_partial_period``."""
    catalog = catalog or default_catalog()
    ids = [i for i in catalog.indicators if any(i in r.values for r in records)]
    data: dict[str, list[float]] = {}
    for i in ids:
        vals = [r.values.get(i) for r in records]
        data[i] = [np.nan if v is None or v.number is None else float(v.number) for v in vals]
        data[f"{i}__decimals"] = [0 if v is None else v.decimals for v in vals]
        data[f"{i}__scale"] = [1.0 if v is None else v.scale for v in vals]
        if any(v is not None and v.annualised is not None for v in vals):
            data[f"{i}__annualised"] = [1.0 if v is None or v.annualised is None else v.annualised for v in vals]
    data[PARTIAL_PERIOD] = [float(is_partial(r.period)) for r in records]
    if any(is_short(r.period) and not is_partial(r.period) for r in records):
        data[SHORT_PERIOD] = [float(is_short(r.period)) for r in records]
    if any(r.own_rates for r in records):
        data[OWN_RATES] = [float(r.own_rates) for r in records]
    return pd.DataFrame(data, index=pd.Index([r.unit for r in records], name="unit"))


def is_partial(period: str | None) -> bool:
    """A period that covers part of a year (half-year, to date, a month)."""
    return bool(period) and any(w in str(period) for w in ("half", "to-date", "month", "半年", "截至", "截止"))


def is_short(period: str | None) -> bool:
    """A period shorter than a year, a quarter too: a per-mille rate of its own is a fraction of a year's (a quarter's
    rates, though checked as the period's, may lie below a year's plausible range)."""
    return is_partial(period) or (months := period_months(period)) is not None and months < 12


def records_columns(records: Sequence[Record], catalog: Catalog | None = None, rounded_counts: bool = False) -> Columns:
    """A column namespace straight from records (no DataFrame): values, printed decimals and scales.

    One pass over the values that exist (a table's records hold a dozen of the 48 indicators)."""
    catalog = catalog or default_catalog()
    n = len(records)
    if isinstance(records, RecordTable):  # a table's columns: no per-value work at all
        cols = {k: c for k, c in records.columns.items() if k in catalog}
        partial_of = {p: is_partial(p) for p in set(records.periods)}  # (a table names a few periods)
        partial = np.fromiter(map(partial_of.__getitem__, records.periods), dtype=np.bool_, count=n)
        short_of = {p: is_short(p) for p in partial_of}
        short = np.fromiter(map(short_of.__getitem__, records.periods), dtype=np.bool_, count=n)
        marked = {k: c.annualised for k, c in cols.items() if c.annualised is not None}
        factor = np.ones(n)
        if marked:  # (a part-year table's 折合全年 rates: by the months each record's period covers)
            factors = {p: annual_factor(p) for p in set(records.periods)}
            factor = np.fromiter(map(factors.__getitem__, records.periods), dtype=np.float64, count=n)
        annualised = {k: np.where(rows, factor, 1.0) for k, rows in marked.items()}
        return Columns(n, {k: c.number for k, c in cols.items()}, {k: c.decimals for k, c in cols.items()},
                       {k: c.scale for k, c in cols.items()}, partial, catalog, rounded_counts,
                       blank={k: c.blank for k, c in cols.items() if c.blank is not None and c.blank.any()},
                       annualised=annualised, carried=carried_columns(records), short=short)
    rows: dict[str, list[int]] = {}
    nums: dict[str, list[float]] = {}
    decs: dict[str, list[int]] = {}
    scs: dict[str, list[float]] = {}
    rated: dict[str, np.ndarray] = {}
    for r, rec in enumerate(records):
        for ind, v in rec.values.items():
            if ind not in rows:
                rows[ind], nums[ind], decs[ind], scs[ind] = [], [], [], []
            rows[ind].append(r)
            nums[ind].append(np.nan if v.number is None else v.number)
            decs[ind].append(v.decimals)
            scs[ind].append(v.scale)
            if v.annualised is not None:  # (rare: a part-year report's 折合全年 rates)
                rated.setdefault(ind, np.ones(n))[r] = v.annualised
    values: dict[str, np.ndarray] = {}
    decimals: dict[str, np.ndarray | int] = {}
    scales: dict[str, np.ndarray | float] = {}
    for ind in rows:
        if ind not in catalog:
            continue
        idx = np.asarray(rows[ind])
        values[ind] = np.full(n, np.nan)
        values[ind][idx] = nums[ind]
        dec = np.zeros(n, dtype=np.int16)
        dec[idx] = decs[ind]
        sc = np.ones(n)
        sc[idx] = scs[ind]
        decimals[ind], scales[ind] = dec, sc
    partial = np.array([is_partial(r.period) for r in records], dtype=bool)
    own = np.array([r.own_rates for r in records], dtype=bool)
    short = np.array([is_short(r.period) for r in records], dtype=bool)
    return Columns(n, values, decimals, scales, partial, catalog, rounded_counts, annualised=rated,
                   carried=carried_columns(records), implied=_implied_columns(records), stated=_stated_columns(records),
                   own_rates=own if own.any() else None, short=short)


def _stated_columns(records: Sequence[Record]) -> dict[str, np.ndarray]:
    """Per stock a text states its rates rest on (:attr:`Record.rate_base`), its figure in those records."""
    out: dict[str, np.ndarray] = {}
    for r, rec in enumerate(records):
        if rec.rate_base is not None and (v := rec.values.get(rec.rate_base)) is not None and v.number is not None:
            out.setdefault(rec.rate_base, np.full(len(records), np.nan))[r] = v.number
    return out


def _implied_columns(records: Sequence[Record]) -> dict[str, tuple[np.ndarray, str]]:
    """Each record's figures its text implies (:attr:`Record.implied`), as columns with the indicator each was
    worked from (年初 from 年末 carries the year-end's rounding)."""
    out: dict[str, tuple[np.ndarray, str]] = {}
    for r, rec in enumerate(records):
        for ind, (v, source) in rec.implied.items():
            if v.number is not None:
                out.setdefault(ind, (np.full(len(records), np.nan), source))[0][r] = v.number
    return out


def validate_records(records: Sequence[Record], rules: Sequence[Rule] | None = None, *,
                     catalog: Catalog | None = None, rounded_counts: bool = False) -> list[list[Finding]]:
    """Findings per record, each located at the figure it blames (counts exact unless ``rounded_counts``)."""
    if not records:
        return []
    report = evaluate_columns(records_columns(records, catalog, rounded_counts),
                              rules if rules is not None else core_rules())
    return report.findings_by_row(locate=records)


__all__ = ["CheckResult", "Report", "validate", "validate_records", "records_frame", "records_columns", "fmt"]
