"""Error localisation: the least-cost set of figure changes that makes a record's linear rules hold.

Fellegi–Holt with a cost per *cell*, solved as a mixed-integer program by HiGHS (``scipy.optimize.milp``).
Each figure may keep its value or take one of a few options — a corruption operator's candidate (cheap),
or the value a broken rule pins it to (dear: a guess, never suggested on its own). A rule may also stay
broken at a fixed cost: that is a genuine disagreement. Because every value is one of finitely many options,
each rule row is linear in binaries; rows are the sum, bound and difference rules, and ratio rules (linear in
the rate and the numerator once the denominator is fixed). A ratio whose denominator may change becomes one
*conditional* row per denominator value (``Row.when``): the row binds only when its cells take those values
(big-M on the condition), so a corrupted denominator can be localised too. A row's tolerance follows the
decimals of the options its cells take (``Row.rounding``, ``Option.slack``).

When the cheapest solution changing at most one figure beyond those that must change is cheaper than any
solution changing two more could be, it is taken without a solve. Otherwise one solve finds the optimum;
equally cheap solutions (ties) are those changing one figure that cost the same, then any the solver still
finds once every known one is cut off and the cost is capped at the optimum's (a quick feasibility question).
"""

from __future__ import annotations

import ctypes
import math
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import product

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

# The feasibility-jump heuristic costs ~10 ms per solve and never helps on models of a dozen binaries.
HIGHS_OPTIONS = {"time_limit": 2.0, "mip_heuristic_run_feasibility_jump": False}
BROKEN_COST = 1.5  # leaving a rule broken: a genuine disagreement
# leaving a weak rule broken (a warning, as the register's balance, which 口径 or unlisted changes may upset): it
# chooses between repairs a few tenths apart in cost, and never pays for a keystroke on its own
WEAK_BROKEN_COST = 0.3
PINNED_COST = 2.0  # changing a figure to a value no operator explains: a guess


@dataclass(frozen=True)
class Option:
    """One value a cell may take instead of its printed one."""

    cell: str
    value: float
    decimals: int
    cost: float
    operator: str | None  # None: pinned by a rule, not explained by any operator
    note_zh: str = ""
    note_en: str = ""
    slack: float = 0.0  # its rounding minus the printed figure's: > 0 fewer decimals, < 0 more (a tighter row)
    # the cell whose option naming this cell back must be taken with this one (two figures printed in each other's
    # places: 出生率 takes 死亡率's figure only as 死亡率 takes 出生率's), None for an option of its own
    partner: str | None = None


@dataclass(frozen=True)
class Row:
    """A linear rule on a record: ``lo ≤ Σ coef·x ≤ hi``."""

    rule: str
    coef: dict[str, float]
    lo: float
    hi: float
    when: tuple[tuple[str, float], ...] = ()  # the row binds only while each cell has this value
    rounding: tuple[tuple[str, float], ...] = ()  # (cell, w): lo/hi widen by w × the cell's rounding
    weight: float = BROKEN_COST  # the cost of leaving it broken

    def widening(self, cell: str, option: Option) -> float:
        """How much the row's tolerance grows (< 0: shrinks) when ``cell`` takes ``option``."""
        return next((w for c, w in self.rounding if c == cell), 0.0) * option.slack


def active(row: Row, x: dict[str, float]) -> bool:
    """Whether a (conditional) row binds at the values ``x``."""
    return all(x[c] == v for c, v in row.when)


@dataclass
class Solution:
    """A localisation: the option chosen per changed cell, the rules left broken, the total cost."""

    changes: dict[str, Option]
    broken: list[str]
    cost: float
    ties: list[dict[str, Option]] = field(default_factory=list)


def row_value(row: Row, x: dict[str, float]) -> float:
    return sum(c * x[k] for k, c in row.coef.items())


def holds(row: Row, x: dict[str, float]) -> bool:
    """Whether the row holds at ``x`` (a conditional row that does not bind holds)."""
    if not active(row, x):
        return True
    v = row_value(row, x)
    slack = 1e-9 * max(1.0, abs(v))
    return row.lo - slack <= v <= row.hi + slack


def localize(values: dict[str, float], rows: Sequence[Row], options: dict[str, list[Option]],
             must_change: set[str] = frozenset(), max_ties: int = 3,  # type: ignore[assignment]
             memo: dict[object, Solution] | None = None) -> Solution:
    """Solve for the cheapest changes, one independent part of the record at a time (the cost is a sum
    over parts that share no figure and no rule, so each small MIP is solved on its own); then look for
    equally cheap different solutions (ties: every one changing a single figure, and up to ``max_ties``
    more per part from the solver)."""
    forced = {c: os[0] for c, os in options.items() if c in must_change and len(os) == 1}  # (options' order)
    if forced:  # a figure that must change and has one option is decided: substitute it before solving
        values = {**values, **{c: o.value for c, o in forced.items()}}
        options = {c: o for c, o in options.items() if c not in forced}
        must_change = set(must_change) - set(forced)
        settled = [_settle(r, values, forced) for r in rows]
        rows = [r for r in settled if r is not None]
    rows = [r for r in rows if not _always_holds(r, values, options, must_change)]
    parts = _components(rows, options)
    memo = {} if memo is None else memo  # a part solved before (same options, rows, values) is not solved again
    solved = []
    for cells, part_rows in parts:
        opts = {c: os for c, os in options.items() if c in cells}  # (in the options' order, not the set's: ties go the same way every run)
        key = (tuple(sorted((c, values.get(c), tuple((o.value, o.cost, o.slack, o.partner) for o in os))
                            for c, os in opts.items())),
               tuple((r.rule, tuple(sorted(r.coef.items())), r.lo, r.hi, r.when, r.rounding, r.weight)
                     for r in part_rows),
               tuple(sorted(must_change & cells)))
        if key not in memo:
            memo[key] = _localize_part(values, part_rows, opts, must_change & cells, max_ties)
        solved.append((cells, memo[key]))
    changes = {**forced, **{k: o for _, sol in solved for k, o in sol.changes.items()}}
    ties = [{**{k: o for k, o in changes.items() if k not in cells}, **tie} for cells, sol in solved for tie in sol.ties]
    return Solution(changes, [b for _, sol in solved for b in sol.broken],
                    sum(o.cost for o in forced.values()) + sum(sol.cost for _, sol in solved), ties)


def _settle(r: Row, values: dict[str, float], forced: dict[str, Option]) -> Row | None:
    """A row once the forced figures are fixed: conditions on them resolved (None: it never binds)."""
    if any(c in forced and v != values[c] for c, v in r.when):
        return None
    extra = sum(r.widening(c, o) for c, o in forced.items())
    when = tuple((c, v) for c, v in r.when if c not in forced)
    return replace(r, lo=r.lo - extra, hi=r.hi + extra, when=when)


def _always_holds(r: Row, values: dict[str, float], options: dict[str, list[Option]], must_change: set[str]) -> bool:
    """A row that holds whichever option every cell takes constrains nothing: leave it out of the MIP."""
    x0 = {**values, **{c: options[c][0].value for c in must_change if options.get(c)}}
    base = row_value(r, x0)
    lo = hi = base
    shrink = 0.0  # the tightest tolerance any choice of options can give the row
    for c, coef in r.coef.items():
        moves = [coef * (o.value - x0[c]) for o in options.get(c, [])] + [0.0]
        lo += min(moves)
        hi += max(moves)
        shrink += min([r.widening(c, o) for o in options.get(c, [])] + [0.0])
    slack = 1e-9 * max(1.0, abs(base))
    return r.lo - shrink - slack <= lo and hi <= r.hi + shrink + slack


def _components(rows: Sequence[Row], options: dict[str, list[Option]]) -> list[tuple[set[str], list[Row]]]:
    """Cells and rows split into parts that share no cell (union–find over the rows' cells)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c, opts in options.items():
        find(c)
        for o in opts:
            if o.partner is not None and o.partner in options:
                parent[find(o.partner)] = find(c)  # (a swap's two cells are decided together)
    for r in rows:
        cells = list(touched_by(r))
        for c in cells[1:]:
            parent[find(c)] = find(cells[0])
        if cells:
            find(cells[0])
    groups: dict[str, tuple[set[str], list[Row]]] = {}
    for c in list(parent):
        groups.setdefault(find(c), (set(), []))[0].add(c)
    for r in rows:
        cells = list(touched_by(r))
        if cells:
            groups[find(cells[0])][1].append(r)
    return list(groups.values())


def _localize_part(values: dict[str, float], rows: Sequence[Row], options: dict[str, list[Option]],
                   must_change: set[str] = frozenset(), max_ties: int = 3) -> Solution:  # type: ignore[assignment]
    """One part: the MIP over its options, rows and relaxations, then the ties."""
    cells = [c for c in options if options[c]]
    var: list[tuple[str, Option]] = [(c, o) for c in cells for o in options[c]]
    n_y = len(var)
    rows = [r for r in rows if any(k in options for k in r.coef) or any(c in options for c, _ in r.when)
            or not holds(r, values)]
    conds: list[tuple[float, np.ndarray] | None] = []  # per row: relax = const + lin·y (0 when it binds)
    for r in rows:
        const, lin, ok = 0.0, np.zeros(len(var)), True
        for c, v in r.when:
            if v == values[c]:  # binds while c keeps its value: relax = Σ y(c, ·)
                lin[[i for i, (cc, _) in enumerate(var) if cc == c]] += 1.0
                continue
            idx = [i for i, (cc, o) in enumerate(var) if cc == c and o is not None and o.value == v]
            if not idx:
                ok = False
                break
            const += 1.0  # binds when c takes v: relax = 1 − y(c, v)
            lin[idx[0]] -= 1.0
        conds.append((const, lin) if ok else None)
    keep = [j for j, c in enumerate(conds) if c is not None]
    rows, conds = [rows[j] for j in keep], [conds[j] for j in keep]
    few = _one_more(values, rows, options, cells, must_change)
    quick = _fast(few, values, rows, options, cells, must_change)
    if quick is not None:
        return quick
    n = n_y + len(rows)
    cost = np.array([o.cost for _, o in var] + [r.weight for r in rows])
    a_rows, lo, hi = [], [], []
    for c in cells:  # at most one option per cell (exactly one when keeping is not allowed)
        a = np.zeros(n)
        a[[i for i, (cc, _) in enumerate(var) if cc == c]] = 1
        a_rows.append(a)
        lo.append(1.0 if c in must_change else 0.0)
        hi.append(1.0)
    for i, (c, o) in enumerate(var):  # a swap's halves together: y(a, b's figure) = y(b, a's figure)
        if o.partner is None or ((j := _partner_index(var, c, o)) is not None and j < i):
            continue
        a = np.zeros(n)
        a[i] = 1.0
        if j is not None:
            a[j] = -1.0  # (its other half not on offer: never taken alone, y = 0)
        a_rows.append(a)
        lo.append(0.0)
        hi.append(0.0)
    # a figure that must change is measured from its first option, not from its corrupted value: the
    # coefficients stay of the size of the figures (5622023 beside 56210 would make the MIP ill-conditioned)
    x0 = {**values, **{c: options[c][0].value for c in must_change if options.get(c)}}
    for j, r in enumerate(rows):
        base = row_value(r, x0)
        a = np.zeros(n)
        for i, (c, o) in enumerate(var):
            if c in r.coef and o is not None:
                a[i] = r.coef[c] * (o.value - x0[c])
        reach_hi = base + np.sum(np.clip(a[:n_y], 0, None)) * 1.0
        reach_lo = base + np.sum(np.clip(a[:n_y], None, 0)) * 1.0
        widen = np.zeros(n)  # an option with fewer decimals loosens the row by its extra rounding, more tighten it
        for i, (c, o) in enumerate(var):
            if c in r.coef and o is not None:
                widen[i] = r.widening(c, o)
        big = max(reach_hi - r.hi, r.lo - reach_lo, 0.0) + float(np.abs(widen).sum()) + 1.0
        slack = 1e-9 * max(1.0, abs(base))
        const, lin = conds[j]  # type: ignore[misc]
        up = a.copy() - widen
        up[:n_y] -= big * lin
        up[n_y + j] = -big
        a_rows.append(up)  # Σ a·y − M·b − M·relax ≤ hi − base
        lo.append(-np.inf)
        hi.append(r.hi - base + slack + big * const)
        down = a.copy() + widen
        down[:n_y] += big * lin
        down[n_y + j] = big
        a_rows.append(down)  # Σ a·y + M·b + M·relax ≥ lo − base
        lo.append(r.lo - base - slack - big * const)
        hi.append(np.inf)
    best = _solve(cost, a_rows, lo, hi, n)
    if best is None:
        return Solution({}, [r.rule for r in rows if not holds(r, values)], float("inf"))
    first = _decode(best, var, rows, values)
    bound = float(cost @ best)
    if few and (exact := min(few, key=lambda s: s.cost)).cost < first.cost - 1e-9:
        # the solver's tolerances can miss a row met exactly (a count of millions fixed to the unit in a row scaled
        # to unit coefficients): a single change costed exactly that is cheaper wins
        first, bound = Solution(exact.changes, exact.broken, exact.cost), exact.cost
    # equally cheap solutions: those changing one figure at most are known already; forbid each one found
    # (a no-good cut) and solve again for any other, up to max_ties of them
    first.ties = [s.changes for s in few if abs(s.cost - first.cost) <= 1e-6 and s.changes != first.changes]
    index = {o: i for i, (_, o) in enumerate(var) if o is not None}
    a_rows.append(cost)  # only as cheap as the first: a feasibility question, quickly settled
    lo.append(-np.inf)
    hi.append(bound + 1e-6)
    for sol in (first.changes, *first.ties):
        a_rows.append(_no_good([index[o] for o in sol.values()], n, n_y))
        lo.append(-np.inf)
        hi.append(len(sol) - 1.0)
    for _ in range(max_ties):
        again = _solve(cost, a_rows, lo, hi, n)
        if again is None:
            break
        alt = _decode(again, var, rows, values)
        if alt.cost > first.cost + 1e-6:
            break
        first.ties.append(alt.changes)
        a_rows.append(_no_good([i for i in range(n_y) if again[i] > 0.5], n, n_y))
        lo.append(-np.inf)
        hi.append(len(alt.changes) - 1.0)
    return first


def _partner_index(var: Sequence[tuple[str, Option]], cell: str, o: Option) -> int | None:
    """Where the other half of a swap option is among the variables (its partner's option naming ``cell``)."""
    return next((i for i, (c, p) in enumerate(var) if c == o.partner and p.partner == cell), None)


def _no_good(chosen: list[int], n: int, n_y: int) -> np.ndarray:
    """Σ chosen y − Σ other y ≤ |chosen| − 1: forbids exactly this set of changes."""
    cut = np.zeros(n)
    cut[:n_y] = -1.0
    cut[chosen] = 1.0
    return cut


def _one_more(values: dict[str, float], rows: list[Row], options: dict[str, list[Option]], cells: list[str],
              must_change: set[str], max_combos: int = 64) -> list[Solution]:
    """Every solution that changes the figures that must change (each combination of their options, when
    there are at most ``max_combos``) and one other figure at most, costed directly."""
    musts = [c for c in cells if c in must_change]
    if math.prod(len(options[c]) for c in musts) > max_combos:
        return []
    touch = [touched_by(r) for r in rows]
    when = [dict(r.when) for r in rows]
    out = []
    for combo in product(*(options[c] for c in musts)):
        if any(o.partner is not None for o in combo):
            continue  # (a swap is solved for, not costed here)
        base = dict(zip(musts, combo, strict=True))
        broken = _broken(values, rows, base)
        out.append(_solution(base, broken))
        for c in cells:
            if c in must_change:
                continue
            kept = [r for r in broken if c not in touched_by(r)]
            near = [(r, w.get(c)) for r, t, w in zip(rows, touch, when, strict=True) if c in t]
            for o in options[c]:  # a row conditional on another value of c does not bind
                if o.partner is not None:
                    continue  # (half a swap is no change of its own)
                changes = {**base, c: o}
                out.append(_solution(changes, kept + _broken(values, [r for r, v in near if v in (None, o.value)],
                                                             changes)))
    return out


def _broken(values: dict[str, float], rows: Sequence[Row], changes: dict[str, Option]) -> list[Row]:
    """The rows a set of changes leaves broken (checked exactly, never trusting a near-zero slack)."""
    x = {**values, **{c: o.value for c, o in changes.items()}}
    return [r for r in rows if active(r, x) and not holds(_widened(r, changes), x)]


def _solution(changes: dict[str, Option], broken: list[Row]) -> Solution:
    return Solution(changes, [r.rule for r in broken],
                    sum(o.cost for o in changes.values()) + sum(r.weight for r in broken))


def _fast(few: list[Solution], values: dict[str, float], rows: list[Row], options: dict[str, list[Option]],
          cells: list[str], must_change: set[str]) -> Solution | None:
    """The fast path (no MIP): the cheapest of the solutions changing one figure beyond those that must
    change, when it is cheaper than any solution changing two more could be (equally cheap ones are ties)."""
    if not few:
        return None
    best = min(few, key=lambda s: s.cost)
    if best.cost >= _two_more(values, rows, options, cells, must_change) - 1e-9:
        return None
    ties = [s.changes for s in few if s is not best and abs(s.cost - best.cost) <= 1e-6]
    return Solution(best.changes, best.broken, best.cost, ties)


def _two_more(values: dict[str, float], rows: list[Row], options: dict[str, list[Option]], cells: list[str],
              must_change: set[str]) -> float:
    """A lower bound on the cost of any solution that changes two figures or more beyond those that must
    change. Without those, it either changes a figure of a broken row (the cheapest such figure and the
    cheapest other one) or leaves the rows broken."""
    cheapest = sorted((min(o.cost for o in options[c]), c) for c in cells if c not in must_change)
    if len(cheapest) < 2:
        return np.inf
    two = cheapest[0][0] + cheapest[1][0]
    broken = [r for r in rows if not holds(r, values)]
    if must_change or not broken:
        return sum(min(o.cost for o in options[c]) for c in must_change if c in options) + two
    touched = set().union(*(touched_by(r) for r in broken))
    fix_all = min((m + next(mm for mm, cc in cheapest if cc != c) for m, c in cheapest if c in touched), default=np.inf)
    return min(fix_all, min(r.weight for r in broken) + two)


def touched_by(r: Row) -> set[str]:
    return {*r.coef, *(c for c, _ in r.when)}


@cache
def _c_library() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None)
    except (OSError, TypeError):  # no C library of the process to reach (not a POSIX process)
        return None


def _flush_c_stdio() -> None:
    lib = _c_library()
    if lib is not None:
        lib.fflush(None)


@contextmanager
def _solver_output_discarded() -> Iterator[None]:
    """HiGHS (inside SciPy 1.17) prints a debug line, ``HighsMipSolverData::transformNewIntegerFeasibleSolution
    tmpSolver.run();``, straight to the process's stdout on some models, whatever its options say; fpcheck's
    stdout may be JSON or CSV. So the C-level stdout goes to /dev/null while the solver runs (C stdio flushed
    before it is given back)."""
    sys.stdout.flush()
    saved, devnull = os.dup(1), os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        _flush_c_stdio()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def _solve(cost: np.ndarray, a_rows: list[np.ndarray], lo: list[float], hi: list[float], n: int) -> np.ndarray | None:
    if not a_rows:  # nothing to change and no rule to relax
        return np.zeros(n)
    a = np.vstack(a_rows)
    norm = np.abs(a).max(axis=1)  # scale each row to unit coefficients: counts of 10^7 beside rates of 10^-5
    norm[norm == 0] = 1.0
    with warnings.catch_warnings(), _solver_output_discarded():  # (options scipy does not list warn)
        warnings.simplefilter("ignore")
        res = milp(cost, constraints=LinearConstraint(a / norm[:, None], np.asarray(lo) / norm, np.asarray(hi) / norm),
                   integrality=np.ones(n), bounds=Bounds(0, 1), options=HIGHS_OPTIONS)
    return None if res.x is None else np.round(res.x)


def _decode(x: np.ndarray, var: Sequence[tuple[str, Option | None]], rows: list[Row],
            values: dict[str, float]) -> Solution:
    """The solution the solver's binaries choose, costed directly."""
    changes = {c: o for i, (c, o) in enumerate(var) if x[i] > 0.5 and o is not None}
    return _solution(changes, _broken(values, rows, changes))


def _widened(r: Row, changes: dict[str, Option]) -> Row:
    """The row with its tolerance changed by the rounding of the chosen options."""
    extra = sum(r.widening(k, o) for k, o in changes.items() if k in r.coef)
    return replace(r, lo=r.lo - extra, hi=r.hi + extra) if extra else r
