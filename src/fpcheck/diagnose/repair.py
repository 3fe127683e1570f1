"""Repair suggestions: which figure is wrong, what it most likely was, and the evidence.

For each record: corruption operators propose candidates for every printed figure; the linear rules pin
values for the figures of broken rules (a candidate is held to the rounding of its own decimals); the MIP
(``localize``) picks the cheapest consistent set of changes over the linear rules, each figure's range,
and the attainability rules (one row per combination of values a rate and its denominator may take). A
candidate becomes a *suggestion* only when applying it makes a broken rule hold (or clears a figure that
is impossible on its own) and breaks no rule that held — checked with every rule, ratio and
attainability included. Equally good alternatives are listed, never chosen; a change no operator
explains is blamed but not suggested: it is reported as a disagreement.
"""

from __future__ import annotations


import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product

import numpy as np

from fpcheck.catalog import Catalog, Indicator, default_catalog
from fpcheck.columns import Columns
from fpcheck.diagnose.localize import (PINNED_COST, WEAK_BROKEN_COST, Option, Row, Solution, active, localize,
                                      touched_by)
from fpcheck.diagnose.operators import KEYSTROKE, TARGETED, candidates, default_table, keystroke_reach, suspicions
from fpcheck.kinds import ERROR, evaluate
from fpcheck.model import TOTAL_UNIT, Document, Finding, Location, Record, Value
from fpcheck.recordtable import RecordTable, unit_labels
from fpcheck.rules import Alternative, Rule, core_rules
from fpcheck.totals import sum_groups
from fpcheck.validate import fmt, is_partial, records_columns, validate_records

STRONG = {"out_of_proportion", "percent_over_100", "out_of_range"}
MAX_OPTIONS = 8
LINEAR = ("sum", "bound", "difference", "ratio")


@dataclass
class Diagnosis:
    """What diagnosis found in one record."""

    suggestion: dict[str, Option] = field(default_factory=dict)
    blamed: dict[str, Option] = field(default_factory=dict)  # localised but not suggested
    alternatives: list[dict[str, Option]] = field(default_factory=list)
    evidence: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (zh, en) per figure
    suspect: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # strong suspicions (zh, en), per cell
    fixed_rules: set[str] = field(default_factory=set)
    still_broken: set[str] = field(default_factory=set)


def _res(v: Value, ind: Indicator) -> float:
    return _rounding(ind, v.decimals, v.scale)


def _rounding(ind: Indicator, decimals: int, scale: float = 1.0) -> float:
    """The rounding a figure printed with ``decimals`` carries (0 for an exact count)."""
    return 0.0 if ind.integer and decimals == 0 and scale == 1 else 0.5 * 10.0 ** (-decimals) * scale


def _usable(alt: Alternative, present: dict[str, float], base: str | None) -> bool:
    """Whether a record with ``present`` values, whose text states its rates rest on ``base``, may use ``alt``."""
    return all(i in present for i in alt.ids) and (not alt.stated or alt.ids == (base,))


def _terms(name: str, rule: Rule, present: dict[str, float], base: str | None) -> dict[str, float] | None:
    """Linear coefficients of an operand on present values (derived: the first alternative the record may use)."""
    d = rule.derived.get(name)
    if d is None:
        return {name: 1.0} if name in present else None
    for alt in d.alternatives:
        if _usable(alt, present, base):
            w = 1.0 / len(alt.ids) if alt.how == "mean" else 1.0
            return dict.fromkeys(alt.ids, w)
    return None


def _nearest_total(totals: list[dict[str, float] | None], parts: list[dict[str, float] | None],
                   values: dict[str, float]) -> list[dict[str, float] | None]:
    """Of a sum's alternative totals, the present one nearest the sum of its parts (as ``eval_sum`` picks)."""
    present: list[dict[str, float] | None] = [t for t in totals if t is not None]
    if len(present) < 2 or any(p is None for p in parts):
        return present or [None]

    def value(terms: dict[str, float]) -> float:
        return sum(values[k] * c for k, c in terms.items())

    target = sum(value(p) for p in parts if p is not None)
    return [min(present, key=lambda t: abs(value(t or {}) - target))]


def _weak(rule: Rule, present: dict[str, float], rec: Record) -> bool:
    """A rule whose verdict is only a warning here (a warning by the rules file, as the register's balance, which
    口径 or other changes may upset; its population base a single figure; the record covering part of a year): too
    weak to blame a figure or pin a value."""
    if rule.severity != "error":
        return True
    for names in rule.operands.values():
        for name in names:
            d = rule.derived.get(name)
            if d is None:
                continue
            if d.annual and is_partial(rec.period) and not _own_rates(rec):
                return True
            alt = next((a for a in d.alternatives if _usable(a, present, rec.rate_base)), None)
            if alt is not None and alt.uncertain:
                return True
    return False


def _own_rates(rec: Record) -> bool:
    """Whether a part-year record's rates are surely its period's own: its text says so (均为半年数，未折算全年) and
    none was printed annualised."""
    return rec.own_rates and all(v.annualised is None for v in rec.values.values())


def _add(out: dict[str, float], terms: dict[str, float], sign: float) -> None:
    for k, c in terms.items():
        out[k] = out.get(k, 0.0) + sign * c


def build_rows(rec: Record, rules: Sequence[Rule], res: dict[str, float], values: dict[str, float],
               changeable: set[str], options: dict[str, list[Option]] | None = None,
               max_combos: int = 64) -> list[Row]:
    """The record's linear rule rows.

    A ratio rule is linear once its denominator is fixed: with the denominator's cells unchangeable it is
    one row; when they may change and ``options`` is given, one conditional row (``Row.when``) per
    combination of the denominator cells' values (kept or an option; beyond ``max_combos`` combinations,
    only those changing one cell); otherwise it is left out.
    """
    rows: list[Row] = []
    for rule in rules:
        if rule.kind not in LINEAR:
            continue
        ops = {role: [_terms(n, rule, values, rec.rate_base) or ({} if n in rule.optional else None) for n in names]
               for role, names in rule.operands.items()}  # (an optional term not stated: nought)
        if rule.kind == "sum":  # a total listed with alternatives: the one present and nearest the parts
            ops["total"] = _nearest_total(ops["total"], ops["parts"], values)
        if any(t is None for ts in ops.values() for t in ts):
            continue
        terms = {role: [t for t in ts if t is not None] for role, ts in ops.items()}  # all present here
        if rule.kind == "ratio":
            rows.extend(_ratio_rows(rule, terms, res, values, changeable, options, max_combos))
            continue
        coef: dict[str, float] = {}
        if rule.kind == "sum":
            _add(coef, terms["total"][0], 1.0)
            for t in terms["parts"]:
                _add(coef, t, -1.0)
        elif rule.kind == "bound":
            _add(coef, terms["part"][0], 1.0)
            _add(coef, terms["whole"][0], -1.0)
        else:  # difference: the result less the minuends plus the subtrahends is nought
            _add(coef, terms["result"][0], 1.0)
            for t in terms["minuend"]:
                _add(coef, t, -1.0)
            for t in terms["subtrahend"]:
                _add(coef, t, 1.0)
        coef = {k: c for k, c in coef.items() if c}
        tol = rule.tolerance + sum(res[k] * abs(c) for k, c in coef.items())
        lo = -np.inf if rule.kind == "bound" else -tol
        rows.append(Row(rule.id, coef, lo, tol, rounding=tuple((k, abs(c)) for k, c in coef.items())))
    return rows


def _ratio_rows(rule: Rule, ops: dict[str, list[dict[str, float]]], res: dict[str, float],
                values: dict[str, float], changeable: set[str], options: dict[str, list[Option]] | None,
                max_combos: int) -> list[Row]:
    """rate − s/d·numerator = 0 within the printed precision, for each value the denominator d may take."""
    den, num = ops["denominator"][0], ops["numerator"][0]
    moving = [k for k in den if k in changeable]
    if moving and options is None:
        return []
    choices = [[values[k], *(o.value for o in (options or {}).get(k, []))] if k in moving else [values[k]]
               for k in den]
    combos: Iterable[tuple[float, ...]] = product(*choices)
    if math.prod(len(c) for c in choices) > max_combos:  # too many: one cell changed at a time
        printed = tuple(c[0] for c in choices)
        combos = [printed, *(printed[:i] + (v,) + printed[i + 1:] for i, c in enumerate(choices) for v in c[1:])]
    rate = rule.operands["rate"][0]
    n_val = sum(c * values[k] for k, c in num.items())
    out = []
    for combo in combos:
        x = dict(zip(den, combo, strict=True))
        d = sum(c * x[k] for k, c in den.items())
        if d <= 0:
            continue
        coef: dict[str, float] = {}
        _add(coef, ops["rate"][0], 1.0)
        _add(coef, num, -rule.scale / d)
        tol = rule.tolerance + 3.0 * res[rate] + rule.scale * (
            sum(res[k] for k in num) / d + n_val * sum(res[k] for k in den) / d**2)
        when = tuple((k, x[k]) for k in moving)
        rounding = ((rate, 3.0), *((k, rule.scale / d) for k in num))
        out.append(Row(rule.id, {k: c for k, c in coef.items() if c}, -tol, tol, when, rounding))
    return out


def _unattainable(rule: Rule, combos: Sequence[Sequence[tuple[float, int]]], catalog: Catalog) -> np.ndarray:
    """Which combinations ((rate, its decimals), (denominator, its decimals)) the validator finds unattainable."""
    rate, den = _grim_cells(rule)
    ns = Columns(len(combos), {rate: np.array([r for (r, _), _ in combos]), den: np.array([n for _, (n, _) in combos])},
                 {rate: np.array([d for (_, d), _ in combos]), den: np.array([d for _, (_, d) in combos])},
                 catalog=catalog)
    return next(iter(evaluate(ns, rule).values())).failing


def _grim_cells(rule: Rule) -> tuple[str, str]:
    return rule.operands["rate"][0], rule.operands["denominator"][0]


def _grim_rules(rules: Sequence[Rule], values: dict[str, float]) -> list[Rule]:
    """The attainability rules whose rate and (plain) denominator are present."""
    return [r for r in rules if r.kind == "attainable" and not r.derived and all(c in values for c in _grim_cells(r))]


def attainability_rows(rules: Sequence[Rule], values: dict[str, float], decimals: dict[str, int],
                       options: dict[str, list[Option]], catalog: Catalog) -> list[Row]:
    """A GRIM rule is not linear: every combination of the values a rate and its denominator may take
    (printed or an option) at which the rate is unattainable becomes a row that is broken while the cells
    take those values (a value with several printed precisions: when it is unattainable at every one)."""
    rows: list[Row] = []
    for rule in _grim_rules(rules, values):
        cells = _grim_cells(rule)
        if not any(options.get(c) for c in cells):
            continue
        choices = [[(values[c], decimals[c]), *((o.value, o.decimals) for o in options.get(c, []))] for c in cells]
        combos = list(product(*choices))
        broken: dict[tuple[tuple[str, float], ...], bool] = {}
        for combo, bad in zip(combos, _unattainable(rule, combos, catalog), strict=True):
            when = tuple((c, x) for c, (x, _) in zip(cells, combo, strict=True) if options.get(c))
            broken[when] = broken.get(when, True) and bool(bad)
        rows.extend(Row(rule.id, {}, 1.0, 1.0, when) for when, bad in broken.items() if bad)
    return rows


def range_rows(cells: Iterable[str], catalog: Catalog, partial: bool = False) -> list[Row]:
    """Each of ``cells`` within its possible and plausible range (``range.<id>``, as the validator checks it: a rate of
    part of a year within its possible range alone)."""
    rows = []
    for k in cells:
        ind = catalog[k]
        bounds = (ind.hard,) if partial and ind.measure == "permille" else (ind.hard, ind.plausible)
        lo = max((b[0] for b in bounds if b[0] is not None), default=-np.inf)
        hi = min((b[1] for b in bounds if b[1] is not None), default=np.inf)
        if np.isfinite(lo) or np.isfinite(hi):
            rows.append(Row(f"range.{k}", {k: 1.0}, lo, hi))
    return rows


def _siblings(values: dict[str, float], catalog: Catalog) -> dict[str, list[float]]:
    """Each figure's siblings: the other figures of its family (births_…) with the same measure."""
    group: dict[tuple[str, str | None], list[str]] = {}
    for k in values:
        group.setdefault((k.split("_")[0], catalog[k].measure), []).append(k)
    return {k: [values[j] for j in group[(k.split("_")[0], catalog[k].measure)] if j != k] for k in values}


def _places(vals: dict[str, Value], catalog: Catalog) -> dict[str, int]:
    """The places the rates of each measure are printed to in the record, where most of them (more than half, two at
    least: 出生率, 死亡率, 自然增长率 are per mille) are printed to the same number: for each of its figures."""
    by_measure: dict[str | None, list[str]] = {}
    for k in vals:
        if not catalog[k].integer:
            by_measure.setdefault(catalog[k].measure, []).append(k)
    out: dict[str, int] = {}
    for ks in by_measure.values():
        counts = Counter(vals[k].decimals for k in ks)
        (places, n), = counts.most_common(1)
        if n >= 2 and 2 * n > len(ks):
            out.update(dict.fromkeys(ks, places))
    return out


def _strong_suspicions(v: Value, ind: Indicator, siblings: list[float]) -> list[tuple[str, str]]:
    """Why a figure looks corrupted on its own, (zh, en)."""
    out = [(s.message_zh, s.message_en) for s in suspicions(v.printed, measure=ind.measure, hard_max=ind.hard[1],
                                                             siblings=siblings)
           if s.code in STRONG]
    lo, hi = ind.hard
    if v.number is not None and ((lo is not None and v.number < lo) or (hi is not None and v.number > hi)):
        out.append((f"{ind.name} {v.printed} 超出可能范围", f"{ind.label('en')} {v.printed} is outside its possible range"))
    if v.number is not None and v.scale == 1 and not ind.is_whole(v.number):
        out.append((f"{ind.name} {v.printed} 不是整数", f"{ind.label('en')} {v.printed} is not a whole number"))
    return list(dict.fromkeys(out))


def _option(ind: str, c, cost: float | None = None) -> Option:  # type: ignore[no-untyped-def]
    return Option(ind, c.value, c.decimals, c.cost if cost is None else cost, c.operator, c.note_zh, c.note_en)


Need = tuple[float, float, float]  # a value a rule pins a cell to: (centre, ± tolerance, + w × the value's rounding)


def _pinned(rows: Sequence[Row], x: dict[str, float], res: dict[str, float], also: set[str]) -> dict[str, list[Need]]:
    """For every broken row, the value each of its cells would need for the row to hold (for a row that
    holds, only for the cells in ``also``). The tolerance is the row's without the cell's own rounding,
    which comes with the decimals the value is printed with."""
    out: dict[str, list[Need]] = {}
    for r in rows:
        if _holds(r, x) and not also & r.coef.keys():
            continue
        total = sum(c * x[k] for k, c in r.coef.items())
        two_sided = bool(np.isfinite(r.lo))
        goal = (r.lo + r.hi) / 2 if two_sided else min(r.hi, 0.0)
        weight = dict(r.rounding)
        for k, c in r.coef.items():
            if k not in also and _holds(r, x):
                continue
            need = x[k] + (goal - total) / c
            w = weight.get(k, 0.0) / abs(c) if two_sided else 0.0
            fixed = (r.hi - r.lo) / 2 / abs(c) - w * res[k] if two_sided else 0.0
            out.setdefault(k, []).append((need, fixed, w))
    return out


def _pinned_denominators(rules: Sequence[Rule], x: dict[str, float], res: dict[str, float], base: str | None
                         ) -> dict[str, list[Need]]:
    """For every broken ratio rule, the value each denominator cell would need given the rate and numerator
    as printed (centre, ± tolerance): ``d = s·numerator / rate``; a mean's cell is ``2d − the other``."""
    out: dict[str, list[Need]] = {}
    for rule in rules:
        if rule.kind != "ratio":
            continue
        ops = {role: [_terms(n, rule, x, base) for n in names] for role, names in rule.operands.items()}
        if any(t is None for ts in ops.values() for t in ts):
            continue
        rate_t, num, den = ops["rate"][0], ops["numerator"][0], ops["denominator"][0]
        assert rate_t is not None and num is not None and den is not None
        rate = sum(c * x[k] for k, c in rate_t.items())
        n_val = sum(c * x[k] for k, c in num.items())
        d = sum(c * x[k] for k, c in den.items())
        r_tol = 3.0 * sum(res[k] for k in rate_t) + rule.tolerance
        if d <= 0 or n_val <= 0 or rate - r_tol <= 0 or abs(rate - rule.scale * n_val / d) <= r_tol:
            continue
        hi, lo = rule.scale * n_val / (rate - r_tol), rule.scale * n_val / (rate + r_tol)
        for k, c in den.items():
            rest = d - c * x[k]
            out.setdefault(k, []).append((((lo + hi) / 2 - rest) / c, (hi - lo) / 2 / c, 0.0))
    return out


_NO_KEYSTROKE = float("nan")  # target mode without a target: the keystroke operators propose nothing


@lru_cache(maxsize=8192)
def _systematic(printed: str, measure: str | None, integer: bool, bounds: tuple[float | None, float | None]
                ) -> tuple[Option, ...]:
    """The non-keystroke candidates of a printed figure (keystroke ones come only near a value a rule pins)."""
    return tuple(_option("", c) for c in candidates(printed, measure=measure, integer=integer, bounds=bounds,
                                                      target=_NO_KEYSTROKE) if c.operator not in TARGETED)


def diagnose_record(rec: Record, rules: Sequence[Rule] | None = None, catalog: Catalog | None = None) -> Diagnosis:
    """Localise and repair one record."""
    rules = rules if rules is not None else core_rules()
    catalog = catalog or default_catalog()
    vals = {k: v for k, v in rec.values.items() if v.number is not None and k in catalog}
    values = {k: float(v.number) for k, v in vals.items()}  # type: ignore[arg-type]
    res = {k: _res(v, catalog[k]) for k, v in vals.items()}
    diag = Diagnosis()
    unread: dict[str, list[Option]] = {}  # a figure printed with letters (12O): no number, only candidates
    letters = default_table().ocr
    for k, v in rec.values.items():
        if v.number is None and not v.masked and k in catalog and v.printed and any(ch in letters for ch in v.printed):
            ind = catalog[k]
            cands = [replace(o, cell=k, value=o.value * v.scale) for o in _systematic(
                v.printed, ind.measure, ind.integer and v.scale == 1, (ind.hard[0], ind.hard[1]))][:MAX_OPTIONS]
            if cands:
                unread[k] = cands
                vals[k], values[k] = v, cands[0].value
                res[k] = _res(v, ind)
                diag.suspect[k] = [(f"{ind.name} “{v.printed}”含有字母或符号，不是数字", f"{ind.label('en')} '{v.printed}' is not a number")]
    siblings = _siblings(values, catalog)
    for k, v in vals.items():
        if k in unread:
            continue
        why = _strong_suspicions(v, catalog[k], siblings[k])
        if why:
            diag.suspect[k] = why
    strong_rules = [r for r in rules if not _weak(r, values, rec)]
    rows0 = build_rows(rec, strong_rules, res, values, set())
    decimals = {k: v.decimals for k, v in vals.items()}
    unattainable = {_grim_cells(r)[0] for r in _grim_rules(strong_rules, values)
                    if _unattainable(r, [[(values[c], decimals[c]) for c in _grim_cells(r)]], catalog)[0]}
    ranges = range_rows(values, catalog, is_partial(rec.period))
    if not diag.suspect and not unattainable and all(_holds(r, values) for r in rows0 + ranges):
        return diag  # nothing broken, nothing suspect: no candidate is even generated
    options: dict[str, list[Option]] = {}
    must: set[str] = set()
    for k, v in vals.items():
        ind = catalog[k]
        hard = (ind.hard[0], ind.hard[1])
        cands = [replace(o, cell=k, value=o.value * v.scale)
                 for o in _systematic(v.printed, ind.measure, ind.integer and v.scale == 1, hard)][:MAX_OPTIONS]
        if k in unread:
            must.add(k)
            options[k] = unread[k]
            continue
        if k in diag.suspect:
            clearing = [c for c in cands if not _strong_suspicions(_as_value(k, c, v.scale), ind, siblings[k])]
            if clearing:
                must.add(k)
                cands = clearing
        if cands:
            options[k] = cands
    prelim = {**values, **{k: options[k][0].value for k in must}}
    needs: dict[str, list[Need]] = {}
    for state in (values, prelim):
        for src in (_pinned(rows0, state, res, unattainable), _pinned_denominators(strong_rules, state, res, rec.rate_base)):
            for k, ns in src.items():
                needs.setdefault(k, []).extend(ns)
    for k, ns in needs.items():
        best = {(o.value, o.decimals): o for o in options.get(k, [])}
        for o in _pinned_options(k, vals[k], catalog[k], ns):
            key = (o.value, o.decimals)
            if o.value != values[k] and (key not in best or o.cost < best[key].cost):
                best[key] = o
        options[k] = _tight_first(list(best.values()), catalog[k], vals[k].scale, ns)
    for k, o in _swaps(rec, vals, catalog, must, rules).items():  # (出生率 and 死亡率 in each other's places)
        options[k] = [*options.get(k, []), o]
    siblings = _siblings(prelim, catalog)
    places = _places(vals, catalog)
    for k, opts in options.items():
        v, ind = vals[k], catalog[k]
        # a guess that would itself look corrupted (1645112 childless women beside 10392 married) is no option, nor
        # a keystroke's original printed neither to the figure's own places nor to those most rates of its kind have
        # (11.2 or 0.496 among rates printed to two: a slip changes digits, not the places a report prints)
        opts = [o for o in opts if (o.operator not in (None, *KEYSTROKE) or not _strong_suspicions(
            _as_value(k, o, v.scale), ind, siblings[k])) and not (
            o.operator in KEYSTROKE and o.decimals != v.decimals and places.get(k, o.decimals) != o.decimals)]
        options[k] = [replace(o, slack=_rounding(ind, o.decimals, v.scale) - res[k]) for o in opts]
    rows = (build_rows(rec, strong_rules, res, values, set(options), options)
            + range_rows(options, catalog, is_partial(rec.period))
            + attainability_rows(strong_rules, values, decimals, options, catalog))
    # the weak rules broken as printed, cheap to leave so: they choose between repairs of about the same cost (a
    # year-end with a digit dropped, 4854, has a dozen one-keystroke originals that fit the rates; the register's
    # balance pins one, 48654), never blame a figure alone
    weak = [replace(r, weight=WEAK_BROKEN_COST) for r in build_rows(
        rec, [r for r in rules if r not in strong_rules], res, values, set(options), options) if not _holds(r, values)]
    memo: dict[object, Solution] = {}
    sol = localize(values, [*rows, *weak], options, must_change=must, memo=memo)
    ties = [sol.changes, *sol.ties] if sol.ties else []
    tied = _tied(sol)
    if tied and any(o.operator in KEYSTROKE for alt in ties for k, o in alt.items() if k in tied):
        # Equally cheap keystroke guesses (a 1 here or a 1 there) do not tell which figure is wrong: drop
        # them for the cells of the broken rules the tied cells are in (more may tie than were listed) and
        # solve again; the rule they would fix stays a disagreement.
        for r in rows:
            if not (_holds(r, values) and _holds(r, prelim)) and tied & touched_by(r):
                tied |= touched_by(r)
        narrowed = {k: [o for o in os if k not in tied or o.operator not in KEYSTROKE] for k, os in options.items()}
        again = localize(values, [*rows, *weak], narrowed, must_change=must, memo=memo)
        if np.isfinite(again.cost):
            sol = again
    _verify(rec, sol, rules, catalog, [*rows, *weak], values, diag)
    if ties and not diag.alternatives:
        diag.alternatives = ties  # the dropped guesses, for the record (not blamed, not suggested)
    return diag


def _swaps(rec: Record, vals: dict[str, Value], catalog: Catalog, must: set[str], rules: Sequence[Rule]
           ) -> dict[str, Option]:
    """For each pair of figures a clerk may print in each other's places (``swap_pairs`` in corruption.yaml), both
    present, different and free to change, where putting them back mends a rule broken as printed (男 185 / 女 201
    against the printed 性别比 108.65): each one's option of the other's figure, to be taken together."""
    table = default_table()
    out: dict[str, Option] = {}
    for a, b in table.swap_pairs:
        va, vb = vals.get(a), vals.get(b)
        if va is None or vb is None or va.number == vb.number or a in must or b in must or a in out or b in out \
                or va.scale != vb.scale:
            continue
        pair = {k: Option(k, float(w.number), w.decimals, table.x("swapped"), "swapped",  # type: ignore[arg-type]
                           f"与{catalog[other].name}互换了位置：{v.printed} ↔ {w.printed}",
                           f"printed in the place of {catalog[other].label('en')}: {v.printed} ↔ {w.printed}", partner=other)
                for k, v, other, w in ((a, va, b, vb), (b, vb, a, va))}
        before, after = failing_checks([rec, _apply(rec, pair)], rules, catalog)
        if after < before:  # (putting them back mends a check and breaks none)
            out.update(pair)
    return out


def _tied(sol: Solution) -> set[str]:
    """Cells whose change differs between equally cheap solutions."""
    return {k for alt in sol.ties for k in set(alt) ^ set(sol.changes)} | {
        k for alt in sol.ties for k, o in alt.items() if k in sol.changes and o.value != sol.changes[k].value}


def _tight_first(opts: list[Option], ind: Indicator, scale: float, needs: list[Need]) -> list[Option]:
    """Where a keystroke candidate meets a value a rule pins within its own rounding (90.9 for 4989 / 5491 =
    90.858%), the keystroke candidates that meet it only within the rule's wider tolerance (91.0: three times the
    rounding, which a table's own rounding may need) cost ``loose_fit`` more: the closer reading wins."""
    def tight(o: Option) -> bool:
        return any(abs(o.value - need) <= _rounding(ind, o.decimals, scale) + 1e-9 * max(1.0, abs(need))
                   for need, _, _ in needs)

    keyed = [o for o in opts if o.operator in KEYSTROKE]
    if not any(tight(o) for o in keyed):
        return opts
    extra = default_table().x("loose_fit")
    return [replace(o, cost=o.cost + extra) if o.operator in KEYSTROKE and not tight(o) else o for o in opts]


def _pinned_options(k: str, v: Value, ind: Indicator, needs: list[Need]) -> list[Option]:
    """For each value a rule pins the figure to: the keystroke candidates that reach it (within the rule's
    tolerance at the candidate's own decimals), and the pinned value itself (a guess, at PINNED_COST)."""
    out: list[Option] = []
    for need, fixed, w in dict.fromkeys(needs):
        loose = fixed + w * _rounding(ind, max(0, v.decimals - 1), v.scale)  # a keystroke's coarsest grid
        if not np.isfinite(need) or not _in_range(need, ind, loose):
            continue
        eps = 1e-9 * max(1.0, abs(need))
        lo, hi = keystroke_reach(v.printed)
        sc = v.scale  # candidates are of the figure as printed (5.88 万), options in base units
        reach = lo <= abs(need / sc) + loose / sc and abs(need / sc) - loose / sc <= hi
        if reach or ind.measure == "per100":  # (a ratio's inverse, 女÷男 for 男÷女, may lie anywhere)
            near = candidates(v.printed, measure=ind.measure, integer=ind.integer and sc == 1, target=need / sc,
                              tol=(loose + eps) / sc, bounds=ind.hard)
            out.extend(replace(_option(k, c), value=c.value * sc) for c in near
                       if (c.operator in KEYSTROKE and reach or c.operator == "inverted_ratio")
                       and abs(c.value * sc - need) <= fixed + w * _rounding(ind, c.decimals, sc) + eps)
        pin = round(need) if ind.integer and v.scale == 1 else round(need, max(v.decimals, 0))
        if _in_range(pin, ind):
            out.append(Option(k, float(pin), v.decimals, PINNED_COST, None))
    return out


def _in_range(x: float, ind: Indicator, tol: float = 0.0) -> bool:
    lo, hi = ind.hard
    return (lo is None or x + tol >= lo) and (hi is None or x - tol <= hi)


def _holds(r: Row, x: dict[str, float]) -> bool:
    if not active(r, x):
        return True
    v = sum(c * x[k] for k, c in r.coef.items())
    return r.lo - 1e-9 * max(1.0, abs(v)) <= v <= r.hi + 1e-9 * max(1.0, abs(v))


def failing_checks(records: Sequence[Record], rules: Sequence[Rule], catalog: Catalog) -> list[set[str]]:
    """Which checks fail (with severity error or warning) for each record."""
    ns = records_columns(records, catalog)
    out: list[set[str]] = [set() for _ in records]
    for rule in rules:
        for check, o in evaluate(ns, rule).items():
            for i in np.flatnonzero(o.failing):
                out[int(i)].add(check)
    return out


def _as_value(k: str, o: Option, scale: float, location: Location | None = None) -> Value:
    """An option as the figure the sheet or text would print (5.88 with scale 万 for 58800 persons)."""
    return Value(k, o.value, fmt(o.value / scale, o.decimals), o.decimals, scale, location or Location())


def _apply(rec: Record, changes: dict[str, Option]) -> Record:
    vals = dict(rec.values)
    for k, o in changes.items():
        old = vals[k]
        vals[k] = _as_value(k, o, old.scale, old.location)
    return replace(rec, values=vals)  # (what its text implies or states of its base kept)


def _verify(rec: Record, sol: Solution, rules: Sequence[Rule], catalog: Catalog, rows: Sequence[Row],
            values: dict[str, float], diag: Diagnosis) -> None:
    """Keep a change as a suggestion only if it fixes something and breaks nothing that held."""
    explained = {k: o for k, o in sol.changes.items() if o.operator is not None}
    tied = _tied(sol)
    if sol.ties:
        diag.alternatives = [sol.changes, *sol.ties]
    diag.blamed = {k: o for k, o in sol.changes.items() if o.operator is None or k in tied}
    keep = {k: o for k, o in explained.items() if k not in tied}
    before, after = failing_checks([rec, _apply(rec, keep)], rules, catalog)
    if not after <= before:  # something that held breaks: keep only the changes that are safe alone
        safe = {}
        for k, o in keep.items():
            unit = {k: o, **({o.partner: keep[o.partner]} if o.partner in keep else {})}  # (a swap: both or neither)
            if o.partner is not None and len(unit) < 2:
                continue
            b, a = failing_checks([rec, _apply(rec, unit)], rules, catalog)
            if a <= b and (b - a or k in diag.suspect):
                safe[k] = o
        keep = safe
        before, after = failing_checks([rec, _apply(rec, keep)], rules, catalog)
    fixed = before - after
    keep = {k: o for k, o in keep.items() if fixed or k in diag.suspect}
    diag.suggestion = keep
    diag.fixed_rules = fixed
    diag.still_broken = after
    x = {**values, **{k: o.value for k, o in keep.items()}}
    for k, o in keep.items():
        ev = [(o.note_zh, o.note_en)] if o.note_zh else []
        for r in rows:
            if k in r.coef and not _holds(r, values) and _holds(r, x):
                others = {j: x[j] for j in r.coef if j != k}
                need = (0.0 - sum(c * others[j] for j, c in r.coef.items() if j != k)) / r.coef[k]
                shown = fmt(need, o.decimals)
                if np.isfinite(r.lo) and abs(need - o.value) <= max(abs(r.hi), 1e-9):
                    ev.append((f"规则 {r.rule} 确定 {k} = {shown}，与候选值一致（强证据）",
                               f"rule {r.rule} pins {k} = {shown}, the candidate's value (strong evidence)"))
                else:
                    ev.append((f"修正后规则 {r.rule} 成立", f"rule {r.rule} holds after the repair"))
        ev.extend(diag.suspect.get(k, []))
        diag.evidence[k] = ev


def _name(catalog: Catalog, k: str, lang: str = "zh") -> str:
    return catalog[k].label(lang) if k in catalog else k


def _restate(f: Finding, now: Finding, used: dict[str, Option], rec: Record) -> None:
    """A rule still broken after the suggested repairs: say so with the repaired figures, as printed."""
    if used:
        done = "、".join(f"{k}→{_as_value(k, o, rec.values[k].scale).printed}" for k, o in used.items())
        f.message = f"按建议修正（{done}）后仍不一致：{now.message}"
        f.message_en = f"still disagrees after the suggested repairs ({done}): {now.message_en}"
        f.expected, f.actual = now.expected, now.actual
    f.severity = now.severity
    f.add_evidence("没有已知的损坏方式能解释：真实的矛盾", "no known corruption explains it: a genuine disagreement")


def findings_for(rec: Record, diag: Diagnosis, findings: list[Finding], rules: Sequence[Rule],
                 catalog: Catalog) -> list[Finding]:
    """Attach suggestions to the record's findings and add one finding per repaired or blamed figure."""
    out = list(findings)
    after = {f.rule: f for f in validate_records([_apply(rec, diag.suggestion)], rules, catalog=catalog)[0]} \
        if diag.suggestion else {}
    for f in out:
        mine = {k: diag.suggestion[k].value for k in f.indicators if k in diag.suggestion}
        if f.rule in diag.fixed_rules and mine:
            f.suggestion = mine
            f.add_evidence("按建议修正后此规则成立", "holds after the suggested repair")
        elif f.rule in after:
            _restate(f, after[f.rule], {k: o for k, o in diag.suggestion.items() if k in f.indicators}, rec)
    if not (diag.suggestion or diag.blamed) and diag.alternatives:
        # repairs of different figures fit alike (一孩 18 → 148 or 多孩 11 → 141, each a digit dropped): no figure to
        # blame, but the checks they mend name them, so the clerk knows where to look
        for f in out:
            mending = [a for a in diag.alternatives if set(a) & set(f.indicators)]
            if f.severity == "error" and mending and not f.alternatives:
                f.alternatives = [{k: o.value for k, o in a.items()} for a in mending]
                f.add_evidence("多个候选同样符合规则：" + "；".join(
                    f"{_name(catalog, k)}，{o.note_zh}" for a in mending for k, o in a.items()),
                    "several candidates fit equally: " + "; ".join(
                    f"{_name(catalog, k, 'en')}, {o.note_en}" for a in mending for k, o in a.items()))
    for k, o in diag.suggestion.items():
        v = rec.values[k]
        sev = "error" if diag.fixed_rules or k in diag.suspect else "warning"
        out.append(Finding(
            rule="repair", severity=sev, indicators=[k],  # type: ignore[arg-type]
            message=f"{_name(catalog, k)} 印为 {v.printed}，很可能是 {_as_value(k, o, v.scale).printed}（{o.note_zh}）",
            message_en=f"{_name(catalog, k, 'en')} is printed {v.printed}, most likely {_as_value(k, o, v.scale).printed} ({o.note_en})",
            location=v.location, suggestion={k: o.value}, evidence=[z for z, _ in diag.evidence.get(k, [])],
            evidence_en=[e for _, e in diag.evidence.get(k, [])], operator=o.operator,
            expected=o.value, actual=v.number))
    for k, o in diag.blamed.items():
        if k in diag.suggestion:
            continue
        v = rec.values[k]
        alts = [{kk: oo.value for kk, oo in a.items()} for a in diag.alternatives]
        why = "多个候选同样符合规则" if diag.alternatives else "无已知的损坏方式能解释"
        out.append(Finding(
            rule="localized", severity="warning", indicators=[k],
            message=f"{_name(catalog, k)} {v.printed} 很可能有误（{why}），规则要求约 {_as_value(k, o, v.scale).printed}",
            message_en=f"{_name(catalog, k, 'en')} {v.printed} is probably wrong ({'several candidates fit equally' if diag.alternatives else 'no known corruption explains it'}); the rules want about {_as_value(k, o, v.scale).printed}",
            location=v.location, alternatives=alts, operator=o.operator, expected=o.value, actual=v.number))
    for k, msgs in diag.suspect.items():
        if k not in diag.suggestion and k not in diag.blamed:
            v = rec.values[k]
            out.append(Finding("suspect_figure", "warning", [k], "；".join(z for z, _ in msgs),
                               "; ".join(e for _, e in msgs),
                               location=v.location))
    return out


Gap = tuple[float, float]  # what a column misses against the total that sums it, and the rounding allowed


def _column_gaps(doc: Document, catalog: Catalog) -> dict[int, dict[str, Gap]]:
    """Per row summed into a totals or subtotal row: per count column of that row, the total minus the sum of
    its rows (0 where the check held) and the rounding the printed figures allow (0 for exact counts, ±½ of
    the last printed digit per figure for 万 counts). A row under a 小计 is told apart by its subtotal, a
    top-level row by the totals row; 其中 rows by neither."""
    records = doc.records
    stated = {(f.location, f.indicators[0]): f.actual - f.expected for f in doc.findings
              if f.rule == "totals" and f.indicators and f.expected is not None and f.actual is not None}
    out: dict[int, dict[str, Gap]] = {}
    for g in sum_groups(doc, catalog):
        head = records[g.head]
        gaps = {k: (stated.get((v.location, k), 0.0), 0.0 if v.decimals == 0 and v.scale == 1
                    else v.resolution * (len(g.rows) + 1))
                for k, v in head.values.items() if v.number is not None and k in catalog.indicators
                and catalog.indicators[k].integer}
        out.update((i, gaps) for i in g.rows)
    return out


def _closes_gap(rec: Record, gaps: dict[str, Gap], k: str, o: Option) -> bool:
    """Whether changing figure ``k`` to ``o`` makes up what its column misses against its total (nothing, for a column
    that adds up), within the printed figures' rounding; a figure no total sums passes."""
    return k not in gaps or abs(gaps[k][0] - (o.value - rec.values[k].number)) <= gaps[k][1] + 1e-9  # type: ignore[operator]


def _settle_by_totals(rec: Record, diag: Diagnosis, gaps: dict[str, Gap], findings: list[Finding],
                      rules: Sequence[Rule], catalog: Catalog) -> Diagnosis:
    """Equally good repairs of a table row told apart by the totals row: the one repair whose changes close
    the gaps of their columns (and open none) is the suggestion; otherwise the diagnosis stands."""
    fitting = [alt for alt in diag.alternatives if all(_closes_gap(rec, gaps, k, o) for k, o in alt.items())]
    if len(fitting) != 1 or not any(k in gaps for k in fitting[0]):
        return diag
    alt = fitting[0]
    broken = {f.rule for f in findings if f.severity == "error"}
    after = {f.rule for f in validate_records([_apply(rec, alt)], rules, catalog=catalog)[0] if f.severity == "error"}
    if after - broken:
        return diag
    why = ("同列合计也由此相符，其他同样符合本行规则的候选则不然",
           "it also makes its column add up to the totals row, which the other candidates fitting this row do not")
    return replace(diag, suggestion=alt, alternatives=[], blamed={}, fixed_rules=broken - after,
                   still_broken=after, evidence={k: [*diag.evidence.get(k, []), why] for k in alt})


def _repair_by_totals(rec: Record, gaps: dict[str, Gap], findings: list[Finding], rules: Sequence[Rule],
                      catalog: Catalog) -> Diagnosis | None:
    """A row whose own checks only warn (a rate against a population that may be another base) while its
    column misses the total by a gap: the one figure of a warned check whose known corruption accounts for
    the gap (within the printed figures' rounding), and whose repair brings the row's checks into line, is
    the suggestion (果园镇 户籍人口 65851 for 68551: the column is 2700 short and both rates fit 68551)."""
    present = {k: v.number for k, v in rec.values.items() if v.number is not None}
    weak = {r.id for r in rules if _weak(r, present, rec)}  # (a rate on a single population, even far out: an error)
    warned = [f for f in findings if f.severity == "warning" or f.rule in weak]
    if not warned or any(f.severity == "error" and f.rule not in weak for f in findings):
        return None
    fits = _gap_fits(rec, warned, gaps, catalog)
    if len(fits) != 1 or not _closer(warned, validate_records([_apply(rec, {fits[0].cell: fits[0]})], rules,
                                                              catalog=catalog)[0]):
        return None
    o = fits[0]
    why = ("同列与合计之差恰好由此补上，本行的检查也随之相符（或只剩基数带来的小差）",
           "it makes up exactly what its column misses against the total, and its row's checks then agree (or "
           "differ only by what their base explains)")
    return Diagnosis(suggestion={o.cell: o}, fixed_rules={f.rule for f in warned},
                     evidence={o.cell: [(o.note_zh, o.note_en), why]})


def _gap_fits(rec: Record, failed: list[Finding], gaps: dict[str, Gap], catalog: Catalog) -> list[Option]:
    """For each figure of the ``failed`` checks whose column misses its total, the known corruptions of it that
    make up exactly that gap (within the printed figures' rounding)."""
    fits: list[Option] = []
    for k in dict.fromkeys(k for f in failed for k in f.indicators if k in gaps and gaps[k][0]):
        v, ind = rec.values.get(k), catalog.indicators.get(k)
        if v is None or v.number is None or ind is None:
            continue
        (gap, tol), shown = gaps[k], v.number / v.scale  # candidates of the figure as printed (58.8 万 → 5.88)
        fits += [Option(k, c.value * v.scale, c.decimals, c.cost, c.operator, c.note_zh, c.note_en)
                 for c in candidates(v.printed, measure=ind.measure, integer=ind.integer and v.scale == 1,
                                     target=(v.number + gap) / v.scale, tol=tol / v.scale, bounds=ind.hard)
                 if abs(c.value * v.scale - v.number - gap) <= tol + 1e-9 and c.value != shown]
    return fits


def _refit_by_totals(rec: Record, diag: Diagnosis, gaps: dict[str, Gap], findings: list[Finding],
                     rules: Sequence[Rule], catalog: Catalog) -> Diagnosis:
    """A row's suggested repair that its column totals contradict (it changes a figure whose column adds up, or
    by other than what the column misses), where one figure of a broken check, changed as a known corruption,
    makes up exactly what its column misses and brings every check of the row into line: that one is the
    suggestion (团结村 一孩 19 for 9, the 一孩 column 10 over its 小计 — not 二孩 11 → 1, a digit doubled, which fits
    the row as well and would open a gap in a column that adds up)."""
    if all(_closes_gap(rec, gaps, k, o) for k, o in diag.suggestion.items()):
        return diag
    broken = [f for f in findings if f.severity == "error"]
    found = _gap_fits(rec, broken, gaps, catalog)
    if len(found) != 1:
        return diag
    o = found[0]
    if any(f.severity == "error" for f in validate_records([_apply(rec, {o.cell: o})], rules, catalog=catalog)[0]):
        return diag
    why = ("同列与合计（小计）之差恰好由此补上，本行的检查也随之相符；另一候选会使本来相符的一列出现差额",
           "it makes up exactly what its column misses against the total (or subtotal) and its row's checks then "
           "hold; the other candidate would open a gap in a column that adds up")
    return Diagnosis(suggestion={o.cell: o}, fixed_rules={f.rule for f in broken},
                     evidence={o.cell: [(o.note_zh, o.note_en), why]})


def _closer(before: list[Finding], after: list[Finding]) -> bool:
    """Whether a repair leaves no new failure and brings every warned check at least 90% closer (a rate on a
    year-end population may still miss by what the mean population it was computed on explains)."""
    was = {f.rule: abs(f.actual - f.expected) for f in before if f.actual is not None and f.expected is not None}
    return all(f.rule in was and f.actual is not None and f.expected is not None
               and abs(f.actual - f.expected) <= 0.1 * was[f.rule] for f in after)


def _doubted(doc: Document, per: list[list[Finding]]) -> tuple[set[tuple[str | None, str]], dict[Location, str | None]]:
    """(period, column) pairs where a unit row is in doubt (repaired there, or, without any repair, an error
    or warning on it), and the period of each totals-row cell."""
    records = doc.records
    labels = unit_labels(records)
    periods = records.periods if isinstance(records, RecordTable) else [r.period for r in records]
    busy: set[tuple[str | None, str]] = set()
    for i, fs in enumerate(per):
        if fs and labels[i] != "合计":
            doubted = {k for f in fs for k in (f.suggestion or {})} or {
                k for f in fs if f.severity in ("error", "warning") for k in f.indicators}
            busy |= {(periods[i], k) for k in doubted}
    period_at = {v.location: records[t].period for t, u in enumerate(labels) if u == "合计"
                 for v in records[t].values.values()}
    return busy, period_at


def _repaired_shift(doc: Document, per: list[list[Finding]]) -> dict[tuple[str | None, str], float]:
    """By (period, column): how much the unit rows' suggested repairs would move the column's sum."""
    records = doc.records
    labels = unit_labels(records)
    periods = records.periods if isinstance(records, RecordTable) else [r.period for r in records]
    shift: dict[tuple[str | None, str], float] = {}
    for i, fs in enumerate(per):
        if labels[i] == "合计":
            continue
        for f in fs:
            for k, v in (f.suggestion or {}).items() if f.rule == "repair" else ():
                if (printed := records[i].values.get(k)) is not None and printed.number is not None:
                    shift[periods[i], k] = shift.get((periods[i], k), 0.0) + v - printed.number
    return shift


def _blame_the_totals_row(doc: Document, per: list[list[Finding]]) -> None:
    """A totals cell that disagrees with its column while no unit row of its period is in doubt in that
    column: the units stand, so the total is what is wrong, and the sum is its suggestion. A rate of the
    totals row that disagrees only with sums a unit row in doubt throws off is not the total's error: an info."""
    busy, period_at = _doubted(doc, per)
    missed: set[tuple[str | None, str]] = set()
    mended = _repaired_shift(doc, per)
    for f in doc.findings:
        if f.rule == "totals" and f.expected is not None and f.indicators and f.message.startswith("合计行 "):
            key = (period_at.get(f.location or Location()), f.indicators[0])
            missed.add(key)
            if f.suggestion is None and key not in busy:
                f.suggestion = {f.indicators[0]: f.expected}
                f.add_evidence("各单位行在该列均无误，应是合计行有误", "no unit row is wrong in this column: the total is")
            elif key in mended and f.actual is not None and abs(f.expected + mended[key] - f.actual) <= 1e-6:
                # (446: 合计 男孩 86 against 84, the rows' sum with 渡口村's 6 for 8: broken as printed, so still an
                # error, but the total is right and the note says why)
                f.add_evidence("按单位行的修正建议改正后，各单位之和与合计相符，合计行本身无误",
                               "the rows, as their repairs would have them, sum to the total: the total is right")
    for f in doc.findings:
        if f.rule.startswith("totals.") and f.severity != "info":
            period = period_at.get(f.location or Location())
            off = [(period, k) for k in f.indicators if (period, k) in missed]
            if off and all(key in busy for key in off):
                f.severity = "info"
                f.add_evidence("各行之和因单位行的错误而偏离，合计行本身无误",
                               "the rows' sums are thrown off by a unit row in doubt, not by the totals row")


def _echoes_in_the_totals_row(doc: Document, per: list[list[Finding]], rules: Sequence[Rule], catalog: Catalog) -> None:
    """A totals row whose own rule breaks only because its sums carry a unit row's slip (456: 合计 男孩 =SUM holds 凤凰村's
    31 for 13, so 合计 出生 234 misses 男 + 女 252): still broken as printed, but its finding says so — the rule holds
    once the column sums move by the unit rows' repairs."""
    shift = _repaired_shift(doc, per)
    if not shift:
        return
    labels = unit_labels(doc.records)
    periods = doc.records.periods if isinstance(doc.records, RecordTable) else [r.period for r in doc.records]
    for t, label in enumerate(labels):
        rec = doc.records[t]
        moved = {k: o.number + shift[periods[t], k] for k, o in rec.values.items()
                 if (periods[t], k) in shift and o.number is not None}
        if label != "合计" or not moved or not per[t]:
            continue
        held = {f.rule for f in validate_records([_apply(rec, {k: Option(k, v, rec.values[k].decimals, 0.0, None)
                                                              for k, v in moved.items()})], rules, catalog=catalog)[0]}
        for f in per[t]:
            if f.severity in ("error", "warning") and f.rule in {r.id for r in rules} and f.rule not in held:
                f.add_evidence("合计行随单位行的错误而偏离：按单位行的修正建议改正各列之和后，此规则成立",
                               "the totals row carries a unit row's slip: with the columns' sums as the repairs would "
                               "have them, this rule holds")


def _other_base(rec: Record, rule: Rule) -> tuple[str, str] | None:
    """The name (zh, en) of another base of a failing ratio's derived denominator (年末人口 for 平均人口) on which its
    printed rate holds within its rounding, or None: a clerk's rates worked on the year-end population."""
    return next(iter(_other_bases(rec, rule)), None)


def _other_bases(rec: Record, rule: Rule) -> list[tuple[str, str]]:
    """Every other base (zh, en) of a ratio's derived denominator on which its printed rate holds (see
    :func:`_other_base`), in the catalog's order."""
    if rule.kind != "ratio" or (d := rule.derived.get(rule.operands["denominator"][0])) is None:
        return []
    figures = {k: v.number for k, v in rec.values.items() if v.number is not None}
    (rate,), (num,) = rule.operands["rate"], rule.operands["numerator"]
    if rate not in figures or num not in figures:
        return []
    usable = [a for a in d.alternatives if all(i in figures for i in a.ids)]
    out = []
    for alt in usable[1:]:
        base = sum(figures[i] for i in alt.ids) / (len(alt.ids) if alt.how == "mean" else 1)
        if base > 0 and abs(figures[num] / base * rule.scale - figures[rate]) <= rec.values[rate].resolution + 1e-9:
            out.append((alt.name_zh, alt.name_en))
    return out


def _explained_by_base(rec: Record, diag: Diagnosis, findings: list[Finding], rules: Sequence[Rule]) -> Diagnosis:
    """A row whose failing checks are all rates that hold on one other base (出生率 and 死亡率 both on 年末人口, not the
    mean): said on each, and no population figure is blamed for it when no known corruption of one is suggested."""
    by_id = {r.id: r for r in rules}
    failing = [f for f in findings if f.severity == "error"]
    bases = {f.rule: _other_base(rec, by_id[f.rule]) if f.rule in by_id else None for f in failing}
    if not failing or diag.suggestion or None in bases.values() or len(set(bases.values())) != 1:
        return diag
    zh, en = next(iter(bases.values()))  # type: ignore[misc]
    for f in failing:
        f.add_evidence(f"按{zh}计算则相符：该率似以{zh}为分母", f"it holds on the {en}: the rate looks worked on it")
    return replace(diag, blamed={}, alternatives=[])


def sheet_base(doc: Document, rules: Sequence[Rule], catalog: Catalog) -> None:
    """A table whose rates are all worked on one other base than the mean (年末人口, as its 注 may say: 出生率按年末人口
    计算): its own convention, not a mistake on every row. A rate rule's base is the sheet's where, of the rows it fails
    on, three at least and three in four hold on that base, and the rows it holds on hold on it too but for one in ten;
    the findings of the rows (and of the totals row) that hold on it then go, those that miss it too stay, and a note
    says which base the sheet uses."""
    if doc.kind != "table" or not doc.record_findings:
        return
    by_id = {r.id: r for r in rules}
    notes: list[Finding] = []
    for rule in (r for r in rules if r.kind == "ratio"):
        rate = rule.operands["rate"][0]
        applies = [i for i, rec in enumerate(doc.records) if rate in rec.values]
        failing = [i for i in applies if any(f.rule == rule.id and f.severity == "error" for f in doc.record_findings[i])]
        if len(failing) < 3:
            continue
        bases = [_other_bases(doc.records[i], rule) for i in failing]
        held = Counter(b for bs in bases for b in bs)
        if not held:
            continue
        (base, n), = held.most_common(1)
        # (the rows that hold on the mean hold on that base too, but for one in ten: where 年初 and 年末 are close,
        # every base gives the printed rate)
        against = sum(base not in _other_bases(doc.records[i], rule) for i in applies if i not in failing)
        if n < 3 or n < 0.75 * len(failing) or against > 0.1 * len(applies):
            continue
        for i, bs in zip(failing, bases):
            if base in bs:
                doc.record_findings[i] = [f for f in doc.record_findings[i] if f.rule != rule.id]
        total = f"totals.{rule.id}"
        doc.findings = [f for f in doc.findings if not (f.rule == total and (t := _totals_record(doc, f)) is not None
                                                          and base in _other_bases(t, by_id[rule.id]))]
        name = catalog[rate].name if rate in catalog else rate
        notes.append(Finding("sheet_base", "info", [rate], f"本表{name}按{base[0]}计算（表的口径，非逐行错误），已按此核对",
                             f"the sheet works {rate} on the {base[1]} (its own convention, not a mistake on every row): "
                             f"checked on it"))
    doc.findings = [*notes, *doc.findings]


def _totals_record(doc: Document, f: Finding) -> Record | None:
    """The totals record a totals finding points at: the 合计 with a figure on the finding's row."""
    row = _ROW.search(f.location.cell or "") if f.location is not None else None
    return next((r for r in doc.records if r.unit == TOTAL_UNIT and row is not None and any(
        (m := _ROW.search(v.location.cell or "")) is not None and m.group() == row.group() for v in r.values.values())),
        None)


_ROW = re.compile(r"\d+$")


def _totals_row_slip(doc: Document, rec: Record, rules: Sequence[Rule], catalog: Catalog) -> Diagnosis | None:
    """A slip in the totals row itself (合计 已婚育龄妇女 4022 for 4202): its own rules broken, and the repair they
    find for a cell is the sum of the rows above it, which the totals check names. Only such repairs are kept — a
    totals row's broken rule is more often the echo of a slip in a unit's row (its =SUM carries it), which the
    units' own diagnosis finds."""
    sums = {f.indicators[0]: f.expected for f in doc.findings if f.rule == "totals" and f.severity == "error"
            and len(f.indicators) == 1 and f.expected is not None and f.indicators[0] in rec.values
            and f.location == rec.values[f.indicators[0]].location}
    if not sums:
        return None
    diag = diagnose_record(rec, rules, catalog)
    kept = {k: o for k, o in diag.suggestion.items()
            if k in sums and abs(o.value - sums[k]) <= 1e-9 * max(1.0, abs(o.value))}
    if not kept or len(kept) != len(diag.suggestion):
        return None
    for k in kept:
        shown = fmt(sums[k], kept[k].decimals)
        diag.evidence.setdefault(k, []).append((f"各单位之和为 {shown}，与候选值一致",
                                                f"the rows above sum to {shown}, the candidate's value"))
    return replace(diag, blamed={}, alternatives=[], suspect={})


def diagnose_document(doc: Document, rules: Sequence[Rule] | None = None, catalog: Catalog | None = None) -> Document:
    """Diagnose the records of a report (a figure may look corrupted on its own), and the records of a table
    with an error (a table may hold 100k rows: the clean ones are never materialised); document-level
    scans for text."""
    rules = rules if rules is not None else core_rules()
    catalog = catalog or default_catalog()
    per = doc.record_findings or [[] for _ in doc.records]
    column_gaps = _column_gaps(doc, catalog) if doc.kind == "table" else {}
    todo = range(len(doc.records)) if doc.kind == "report" else [
        i for i, fs in enumerate(per) if any(f.severity == "error" or (
            f.severity == "warning" and any(column_gaps.get(i, {}).get(k, (0.0,))[0] for k in f.indicators))
            for f in fs)]
    for i in todo:
        rec = doc.records[i]
        if rec.unit == TOTAL_UNIT:
            if (diag := _totals_row_slip(doc, rec, rules, catalog)) is not None:
                per[i] = findings_for(rec, diag, per[i], rules, catalog)
            continue
        diag = diagnose_record(rec, rules, catalog)
        if i in column_gaps and not diag.suggestion and len(diag.alternatives) > 1:
            diag = _settle_by_totals(rec, diag, column_gaps[i], per[i], rules, catalog)
        elif i in column_gaps and not (diag.suggestion or diag.blamed):
            diag = _repair_by_totals(rec, column_gaps[i], per[i], rules, catalog) or diag
        elif i in column_gaps and diag.suggestion:
            diag = _refit_by_totals(rec, diag, column_gaps[i], per[i], rules, catalog)
        diag = _explained_by_base(rec, diag, per[i], rules)
        if diag.suggestion or diag.blamed or diag.suspect or diag.alternatives:
            per[i] = findings_for(rec, diag, per[i], rules, catalog)
    doc.record_findings = per
    if doc.kind == "table":
        _blame_the_totals_row(doc, per)
        _echoes_in_the_totals_row(doc, per, rules, catalog)
    if doc.kind == "report" and doc.text is not None:
        from fpcheck.diagnose.scan import scan_text

        doc.findings.extend(scan_text(doc))
    return doc


__all__ = ["Diagnosis", "diagnose_record", "diagnose_document", "findings_for", "ERROR"]
