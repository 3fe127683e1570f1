"""What each rule kind computes, as whole-column expressions.

Every kind uses only arithmetic, comparisons, ``where`` and explicit missing masks over the namespace of
``fpcheck.columns``, so one definition serves fast direct evaluation and the pandera checks alike. The
result is an :class:`Outcome`: which rows the rule applies to, which hold, and the expected value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from fpcheck.columns import Columns
from fpcheck.model import Severity
from fpcheck.rules import Derived, Rule

EPS = 1e-9  # relative slack for float representation, never a tolerance of substance

#: severity codes in Outcome.severity arrays
ERROR, WARNING, INFO = 0, 1, 2
SEVERITY_CODE: dict[Severity, int] = {"error": ERROR, "warning": WARNING, "info": INFO}
CODE_SEVERITY = {v: k for k, v in SEVERITY_CODE.items()}


@dataclass
class Outcome:
    """Evaluating one rule on n rows: applicable, ok, expected and actual values, per-row severity."""

    applicable: np.ndarray
    ok: np.ndarray
    expected: np.ndarray | float  # one NaN for all rows when none fails (range checks)
    actual: np.ndarray
    severity: np.ndarray | np.int8  # int8 codes (ERROR/WARNING/INFO), per row or one for all
    roles: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def failing(self) -> np.ndarray:
        return self.applicable & ~self.ok


@dataclass
class Operand:
    """An operand's value, rounding and 'uncertain' mask (set where a fallback base was used)."""

    value: np.ndarray
    res: np.ndarray | float
    uncertain: np.ndarray | bool = False
    chosen: np.ndarray | None = None  # of a derived quantity: which alternative each row used (-1: none)
    # per row, how far (relatively) an uncertain base lies at most from the quantity itself (0: no bound)
    within: np.ndarray | float = 0.0
    # of a derived quantity, the value and rounding of each uncertain alternative where its inputs are present (NaN
    # elsewhere): a ratio on an uncertain base holds if it holds on any of them (a series' rate on its own year-end)
    fallbacks: list[tuple[np.ndarray, np.ndarray | float]] = field(default_factory=list)
    # of a derived quantity, the rows uncertain only because their record covers part of a year (its rates may be
    # printed annualised or not), None when there are none
    period_only: np.ndarray | None = None


def _nan(n: int) -> np.ndarray:
    return np.full(n, np.nan)


def operand(ns: Columns, name: str, rule: Rule) -> Operand | None:
    """An indicator or a derived quantity; None when no input column exists at all."""
    d = rule.derived.get(name)
    if d is None:
        v = ns.value(name)
        return None if v is None else Operand(v, ns.res(name))
    return _derived(ns, d)


def _derived(ns: Columns, d: Derived) -> Operand | None:
    """The first alternative whose inputs are present, row by row (computed once per namespace)."""
    key = ("derived", d)
    if key not in ns.memo:
        ns.memo[key] = _compute_derived(ns, d)
    return ns.memo[key]  # type: ignore[return-value]


def _compute_derived(ns: Columns, d: Derived) -> Operand | None:
    value, res, unc, within = _nan(ns.n), np.zeros(ns.n), np.zeros(ns.n, dtype=bool), np.zeros(ns.n)
    todo = np.ones(ns.n, dtype=bool)
    chosen = np.full(ns.n, -1, dtype=np.int8)
    fallbacks: list[tuple[np.ndarray, np.ndarray | float]] = []
    found = False
    for k, alt in enumerate(d.alternatives):
        fills = ns.carried if alt.carried else ns.implied if alt.implied else None
        cols = [ns.stated.get(i) if alt.stated else ns.value(i) if fills is None else ns.filled_value(i, fills)
                for i in alt.ids]
        if any(c is None for c in cols):
            continue
        found = True
        stacked = np.vstack([c for c in cols if c is not None])  # all present here
        inputs = ~np.isnan(stacked).any(axis=0)
        present = inputs & todo
        total = stacked.sum(axis=0)
        r: np.ndarray | float = sum(
            np.broadcast_to(ns.res(i) if fills is None else ns.filled_res(i, fills), (ns.n,)) for i in alt.ids)
        if alt.how == "mean":
            total, r = total / len(alt.ids), r / len(alt.ids)
        if alt.uncertain and inputs.any():
            fallbacks.append((np.where(inputs, total, np.nan), r))
        value = np.where(present, total, value)
        res = np.where(present, r, res)
        unc |= present & alt.uncertain
        if alt.uncertain and alt.within:
            within[present] = alt.within
        chosen[present] = k
        todo &= ~present
    if not found:
        return None
    period_only = None
    if d.annual and ns.partial is not None:
        # a part-year rate on the mean of its period's bounds may be printed annualised or not, but its base is
        # still the mean: the other plausible bases (one bound alone) stand in only where the base itself is
        # uncertain (a half-year's 4.51‰ on its start alone does not excuse a mistyped end)
        fallbacks = [(np.where(unc, base, np.nan), r) for base, r in fallbacks]
        period_only = ns.partial & ~unc
        unc |= ns.partial
        within[ns.partial] = 0.0  # (a part of a year may print its rate annualised or not: no bound)
    return Operand(value, res, unc, chosen, within, fallbacks if len(fallbacks) > 1 else [], period_only)


def _severity(rule: Rule, n: int, uncertain: np.ndarray | bool) -> np.ndarray | np.int8:
    """Per-row severity codes: a scalar when every row has the rule's own severity."""
    code = np.int8(SEVERITY_CODE[rule.severity])
    if rule.severity != "error" or not np.any(uncertain):
        return code
    return np.where(uncertain, np.int8(WARNING), code).astype(np.int8)


def _zero(res: np.ndarray | float) -> bool:
    return np.ndim(res) == 0 and res == 0


def _present(*arrays: np.ndarray) -> np.ndarray:
    out = ~np.isnan(arrays[0])
    for a in arrays[1:]:
        out &= ~np.isnan(a)
    return out


def _alike(factors: list[np.ndarray]) -> np.ndarray:
    """Rows where every term of a difference was annualised by one factor (1: none was), so that the difference
    holds in the printed figures."""
    first, same = factors[0], np.ones(factors[0].shape, dtype=bool)
    for f in factors[1:]:
        same &= (f == first) | (np.isnan(f) & np.isnan(first))
    return same


def _slack(x: np.ndarray) -> np.ndarray:
    return EPS * (1.0 + np.abs(x))  # NaN rows are not applicable anyway


def _nearest(options: list[Operand], target: np.ndarray) -> Operand:
    """Row by row, the option present and nearest ``target`` (a total listed with alternatives)."""
    if len(options) == 1:
        return options[0]
    values = np.vstack([o.value for o in options])
    pick = np.argmin(np.where(np.isnan(values), np.inf, np.abs(values - target)), axis=0)
    rows = np.arange(values.shape[1])
    res = np.vstack([np.broadcast_to(o.res, target.shape) for o in options])[pick, rows]
    unc = np.vstack([np.broadcast_to(o.uncertain, target.shape) for o in options])[pick, rows]
    return Operand(values[pick, rows], res, unc)


def eval_sum(ns: Columns, rule: Rule) -> Outcome | None:
    """Parts add up to their total. Where some parts are not stated (无多孩出生, no 多孩 column) the row is not
    applicable, unless the ones stated, counts that cannot be negative, already exceed it (一孩 11 + 二孩 13 against
    23 births): a failure whatever the others are. A table's cell left empty beside parts that are filled is nought
    (东村: 出生 30, 一孩 15, 二孩 12, 三孩 blank)."""
    totals = [t for t in (operand(ns, name, rule) for name in rule.operands["total"]) if t is not None]
    parts = [p for p in (operand(ns, name, rule) for name in rule.operands["parts"]) if p is not None]
    if not totals or not parts:
        return None
    stacked = np.vstack([p.value for p in parts])
    known = ~np.isnan(stacked)
    complete = known.all(axis=0) if len(parts) == len(rule.operands["parts"]) else np.zeros(ns.n, bool)
    if ns.blank and len(parts) == len(rule.operands["parts"]):
        empty = np.vstack([ns.blank.get(name, np.zeros(ns.n, bool)) for name in rule.operands["parts"]])
        complete |= (known | empty).all(axis=0) & known.any(axis=0)
    expected = np.where(known, stacked, 0.0).sum(axis=0)
    total = _nearest(totals, expected)
    tol = total.res + sum(np.where(np.isnan(p.value), 0.0, p.res) for p in parts) + rule.tolerance + _slack(expected)
    over = expected > total.value + tol  # (NaN totals compare False)
    app = ~np.isnan(total.value) & (complete | over)
    ok = np.where(complete, np.abs(total.value - expected) <= tol, False)
    return Outcome(app, ok, expected, total.value, _severity(rule, ns.n, total.uncertain))


def eval_bound(ns: Columns, rule: Rule) -> Outcome | None:
    part, whole = operand(ns, rule.operands["part"][0], rule), operand(ns, rule.operands["whole"][0], rule)
    if part is None or whole is None:
        return None
    app = _present(part.value, whole.value)
    ok = part.value <= whole.value + part.res + whole.res + rule.tolerance + _slack(whole.value)
    return Outcome(app, ok, whole.value, part.value, _severity(rule, ns.n, whole.uncertain | part.uncertain))


def _ratio_on(num: Operand, base: np.ndarray, base_res: np.ndarray | float, scale: float,
              factor: np.ndarray | None) -> tuple[np.ndarray, np.ndarray | float]:
    """The rate ``num`` gives on ``base`` (× ``factor``: a part-year rate printed for a whole year, NaN where its
    factor is unknown: not checked) and how far the terms' rounding may move it."""
    with np.errstate(divide="ignore", invalid="ignore"):
        expected = scale * num.value / base
        spread = 0.0 if _zero(num.res) and _zero(base_res) else \
            scale * (num.res / base + np.abs(num.value) * base_res / base**2)
    return (expected, spread) if factor is None else (expected * factor, spread * factor)


def eval_ratio(ns: Columns, rule: Rule) -> Outcome | None:
    rate_id = rule.operands["rate"][0]
    rate, num, den = (operand(ns, rule.operands[r][0], rule) for r in ("rate", "numerator", "denominator"))
    if rate is None or num is None or den is None:
        return None
    factor = ns.annualised.get(rate_id)
    expected, spread = _ratio_on(num, den.value, den.res, rule.scale, factor)
    app = _present(rate.value, num.value, den.value, expected) & (den.value > 0)
    tol = 3.0 * ns.res(rate_id) + spread + rule.tolerance
    ok = np.abs(expected - rate.value) <= tol + _slack(rate.value)
    for base, base_res in den.fallbacks:  # (on an uncertain base: any of the plausible ones will do)
        other, other_spread = _ratio_on(num, base, base_res, rule.scale, factor)
        with np.errstate(invalid="ignore"):
            ok |= den.uncertain & (np.abs(other - rate.value)
                                   <= 3.0 * ns.res(rate_id) + other_spread + rule.tolerance + _slack(rate.value))
    unc = num.uncertain | den.uncertain
    if den.period_only is not None and ns.own_rates is not None:  # (均为半年数，未折算全年: the period's rates, surely)
        unc = num.uncertain | (den.uncertain & ~(den.period_only & ns.own_rates))
    if np.any(w := den.within):  # on a base within ±w of the true one, the rate lies within expected / (1 ± w)
        with np.errstate(divide="ignore", invalid="ignore"):
            inside = (rate.value >= expected / (1 + w) - tol) & (rate.value <= expected / (1 - w) + tol)
        unc = unc & ~((w > 0) & ~inside)
    return Outcome(app, ok, expected, rate.value, _severity(rule, ns.n, unc),
                   {"numerator": num.value, "denominator": den.value})


def _term(ns: Columns, name: str, rule: Rule) -> Operand | None:
    """A term of a difference: an optional one (``name?``) not stated counts as nought."""
    o = operand(ns, name, rule)
    if name not in rule.optional:
        return o
    if o is None:
        return Operand(np.zeros(ns.n), 0.0)
    return Operand(np.where(np.isnan(o.value), 0.0, o.value), np.where(np.isnan(o.value), 0.0, o.res), o.uncertain)


def eval_difference(ns: Columns, rule: Rule) -> Outcome | None:
    """The result equals the minuends' sum less the subtrahends' (自然增长率 = 出生率 − 死亡率; 年末人口 = 年初人口 +
    出生 + 迁入 − 死亡 − 迁出), within the rounding of every figure; a row is checked when all are stated."""
    res = operand(ns, rule.operands["result"][0], rule)
    signed = [(sign, _term(ns, name, rule)) for role, sign in (("minuend", 1.0), ("subtrahend", -1.0))
              for name in rule.operands[role]]
    terms = [(sign, o) for sign, o in signed if o is not None]
    if res is None or len(terms) < len(signed):
        return None
    expected = np.zeros(ns.n)
    uncertain = res.uncertain
    for sign, o in terms:
        expected, uncertain = expected + sign * o.value, uncertain | o.uncertain
    tol = res.res + sum(o.res for _, o in terms) + rule.tolerance
    app = _present(res.value, *(o.value for _, o in terms))  # (an optional term not stated is nought, never missing)
    names = [n for role in ("result", "minuend", "subtrahend") for n in rule.operands[role]]
    if any(k in ns.annualised for k in names):  # (rates annualised alike, or none of them)
        app = app & _alike([ns.annualised.get(k, np.ones(ns.n)) for k in names])
    ok = np.abs(res.value - expected) <= tol + _slack(expected)
    return Outcome(app, ok, expected, res.value, _severity(rule, ns.n, uncertain))


def eval_attainable(ns: Columns, rule: Rule) -> Outcome | None:
    """GRIM: a rate printed with d decimals over a whole denominator n must be s·k/n for a whole k.

    Accepts both rounding (|s·k/n − r| ≤ u/2) and truncation (r ≤ s·k/n < r + u) conventions; a
    figure only one printed unit further off (|s·k/n − r| ≤ 1.5·u, the ratio's tolerance) is a
    rounding step routine in official tables: a warning, never an error.
    """
    rate_id = rule.operands["rate"][0]
    rate, den = operand(ns, rate_id, rule), operand(ns, rule.operands["denominator"][0], rule)
    if rate is None or den is None:
        return None
    n, r, s = den.value, rate.value, rule.scale
    u = 2.0 * np.asarray(ns.res(rate_id), dtype=np.float64)
    exact = np.asarray(den.res) == 0
    app = _present(r, n) & (n > 0) & exact & (np.abs(n - np.rint(n)) < 1e-9) & (u > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        k = np.maximum(np.ceil((r - u / 2) * n / s - 1e-9), 0)
        ok = s * k / n < r + u - _slack(r)
        k_step = np.maximum(np.ceil((r - 1.5 * u) * n / s - 1e-9), 0)
        step = s * k_step / n <= r + 1.5 * u + _slack(r)
        nearest = np.round(s * np.rint(r * n / s) / n, 2)
    return Outcome(app, ok, nearest, r, _severity(rule, ns.n, den.uncertain | step), {"denominator": n})


def eval_range(ns: Columns, rule: Rule) -> dict[str, Outcome]:
    """One outcome per catalog indicator present: outside hard range or non-whole count = error,
    outside plausible range = warning."""
    out: dict[str, Outcome] = {}
    ids = rule.indicators_filter or tuple(ns.values)
    for ind_id in ids:
        v = ns.value(ind_id)
        meta = ns.catalog.indicators.get(ind_id)
        if v is None or meta is None:
            continue
        app = ~np.isnan(v)
        hard = _within(v, *meta.hard)
        whole_column = ns.whole(ind_id)
        if meta.integer and not whole_column:
            whole = np.abs(v / meta.step - np.rint(v / meta.step)) <= EPS * (1.0 + np.abs(v))
            if np.any(np.asarray(ns.scale_of(ind_id)) != 1.0):
                whole |= np.asarray(ns.scale_of(ind_id)) != 1.0
            hard &= whole
        ok = hard if meta.plausible == meta.hard else hard & _within(v, *meta.plausible)
        # (a quarter's or a month's rate, not annualised, is a fraction of a year's: 1.28‰; so is a rate its text says
        # is its period's own, the period unnamed: 第二季度…，不作年率换算)
        for short in (ns.short if ns.short is not None else ns.partial, ns.own_rates) if meta.measure == "permille" else ():
            if short is not None:
                ok |= hard & short
        bad = np.flatnonzero(app & ~ok)  # severity and nearest value only where it fails
        sev: np.ndarray | np.int8 = np.int8(WARNING)
        nearest: np.ndarray | float = np.nan
        if bad.size:
            sev, nearest = np.full(v.shape, WARNING, dtype=np.int8), np.full(v.shape, np.nan)
            sev[bad] = np.where(hard[bad], WARNING, ERROR)
            vb = v[bad]
            near = np.where(hard[bad], _clip(vb, *meta.plausible), _clip(vb, *meta.hard))
            nearest[bad] = np.rint(near) if meta.integer else near
        out[ind_id] = Outcome(app, ok, nearest, v, sev)
    return out


def _clip(v: np.ndarray, lo: float | None, hi: float | None) -> np.ndarray:
    return np.clip(v, -np.inf if lo is None else lo, np.inf if hi is None else hi)


def _within(v: np.ndarray, lo: float | None, hi: float | None) -> np.ndarray:
    ok = np.ones(v.shape, dtype=bool)
    if lo is not None:
        ok &= v >= lo
    if hi is not None:
        ok &= v <= hi
    return ok


EVALUATORS: dict[str, Callable[[Columns, Rule], Outcome | None]] = {
    "sum": eval_sum,
    "bound": eval_bound,
    "ratio": eval_ratio,
    "difference": eval_difference,
    "attainable": eval_attainable,
}


def evaluate(ns: Columns, rule: Rule) -> dict[str, Outcome]:
    """Evaluate one rule: ``{check_id: Outcome}`` (range rules yield one check per indicator)."""
    if rule.kind == "range":
        return {f"{rule.id}.{k}": v for k, v in eval_range(ns, rule).items()}
    if rule.kind == "totals":  # a document-level rule: see fpcheck.totals
        return {}
    out = EVALUATORS[rule.kind](ns, rule)
    return {} if out is None else {rule.id: out}
