"""Benchmark: fpcheck.validate and the pandera schema against hand-written NumPy, in the same run.

For 10k, 100k and 1M consistent rows (every core indicator, rates printed with 2 decimals, declared per
column through ``df.attrs``), clean and with a fault planted in 10% of rows, prints seconds and the ratio of
each to the NumPy baseline. Run: ``python bench/validate.py [--sizes 10000,100000,1000000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import numpy as np
import pandas as pd
import pandera.pandas as pa

from fpcheck.rules import core_rules
from fpcheck.schema import schema_for
from fpcheck.strategies import RATE_IDS, consistent_frame
from fpcheck.validate import validate


def make(n: int, faulty: float) -> pd.DataFrame:
    df = consistent_frame(n, seed=7, decimals=2)
    df = df[[c for c in df.columns if not c.endswith("__decimals")]].copy()
    df.attrs["fpcheck"] = {"decimals": dict.fromkeys(RATE_IDS, 2)}
    if faulty:
        rng = np.random.default_rng(1)
        rows = rng.random(n) < faulty
        cols = rng.choice(["births_first", "married_women_one_child", "deaths", "births_planned", "checkup_done"], n)
        for c in np.unique(cols):
            sel = rows & (cols == c)
            df.loc[sel, c] = df.loc[sel, c] + 7
    return df


def numpy_baseline(df: pd.DataFrame) -> int:
    """The same core rules written by hand: exact sums, bounds, ratios and the difference with the
    printed-precision tolerances (rates at 2 decimals), ranges; returns the number of failing (rule, row)."""
    c = {k: df[k].to_numpy() for k in df.columns}
    h = 0.005  # half a unit of 2 decimals
    fails = 0

    def count(app: np.ndarray, ok: np.ndarray) -> None:
        nonlocal fails
        fails += int((app & ~ok).sum())

    def present(*xs: np.ndarray) -> np.ndarray:
        out = ~np.isnan(xs[0])
        for x in xs[1:]:
            out &= ~np.isnan(x)
        return out

    sums = [("births", ["births_first", "births_second", "births_third_plus"]),
            ("births_planned", ["births_first_planned", "births_second_planned", "births_third_plus_planned"]),
            ("births", ["births_male", "births_female"]),
            ("married_women", ["married_women_childless", "married_women_one_child", "married_women_two_children",
                               "married_women_three_plus"]),
            ("surgeries", ["sterilizations", "induced_labors", "abortions", "iud_insertions"]),
            ("surgeries_target", [f"{k}_target" for k in ("sterilizations", "induced_labors", "abortions", "iud_insertions")])]
    for total, parts in sums:
        s = sum(c[p] for p in parts)
        count(present(c[total], *[c[p] for p in parts]), np.abs(c[total] - s) <= 1e-9 * np.maximum(1, s))
    mean = (c["population_start"] + c["population_end"]) / 2
    for part, whole in [("births_planned", c["births"]), ("births_first_planned", c["births_first"]),
                        ("births_second_planned", c["births_second"]), ("births_third_plus_planned", c["births_third_plus"]),
                        ("checkup_done", c["checkup_expected"]), ("births", mean), ("deaths", mean), ("married_women", mean)]:
        count(present(c[part], whole), c[part] <= whole + 1e-9 * np.maximum(1, np.abs(whole)))
    ratios = [("birth_rate", c["births"], mean, 1000), ("death_rate", c["deaths"], mean, 1000),
              ("planned_birth_rate", c["births_planned"], c["births"], 100),
              ("second_birth_planned_rate", c["births_second_planned"], c["births_second"], 100),
              ("sex_ratio_at_birth", c["births_male"], c["births_female"], 100),
              ("birth_quota_used_pct", c["births"], c["birth_quota"], 100),
              ("checkup_rate", c["checkup_done"], c["checkup_expected"], 100),
              ("surgeries_pct", c["surgeries"], c["surgeries_target"], 100)]
    ratios += [(f"{k}_pct", c[k], c[f"{k}_target"], 100) for k in ("sterilizations", "induced_labors", "abortions", "iud_insertions")]
    with np.errstate(divide="ignore", invalid="ignore"):
        for rate, num, den, s in ratios:
            count(present(c[rate], num, den) & (den > 0), np.abs(s * num / den - c[rate]) <= 3 * h + 1e-9 * np.maximum(1, c[rate]))
        for rate, den in [("planned_birth_rate", "births"), ("second_birth_planned_rate", "births_second"),
                          ("checkup_rate", "checkup_expected"), ("birth_quota_used_pct", "birth_quota"),
                          ("surgeries_pct", "surgeries_target")] + [(f"{k}_pct", f"{k}_target") for k in (
                              "sterilizations", "induced_labors", "abortions", "iud_insertions")]:
            r, n = c[rate], c[den]
            k = np.maximum(np.ceil((r - h) * n / 100 - 1e-9), 0)
            count(present(r, n) & (n > 0), 100 * k / n < r + 2 * h)
    d = c["birth_rate"] - c["death_rate"]
    count(present(c["natural_growth_rate"], d), np.abs(c["natural_growth_rate"] - d) <= 3 * h + 1e-9 * np.maximum(1, np.abs(d)))
    from fpcheck.catalog import default_catalog

    for ind in default_catalog():
        if ind.id not in c:
            continue
        x = c[ind.id]
        lo, hi = ind.hard
        plo, phi = ind.plausible
        ok = np.ones(len(x), bool)
        for bound_lo, bound_hi in ((lo, hi), (plo, phi)):
            if bound_lo is not None:
                ok &= x >= bound_lo
            if bound_hi is not None:
                ok &= x <= bound_hi
        if ind.integer:
            ok &= np.abs(x - np.rint(x)) <= 1e-9 * np.maximum(1, np.abs(x))
        count(~np.isnan(x), ok)
    return fails


def run_pandera(df: pd.DataFrame) -> int:
    try:
        schema_for(df.columns).validate(df, lazy=True)
        return 0
    except pa.errors.SchemaErrors as exc:
        return len(exc.failure_cases)


def best(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-pandera-faulty", action="store_true", help="skip pandera on faulty data (slow by design)")
    args = ap.parse_args()
    schema_for(make(10, 0).columns)  # warm up registration and rule loading
    core_rules()
    print(f"{'rows':>9} {'data':>7} {'numpy s':>9} {'fpcheck s':>10} {'×numpy':>7} {'pandera s':>10} {'×numpy':>7} {'fails':>8}")
    for n in map(int, args.sizes.split(",")):
        for faulty in (0.0, 0.1):
            df = make(n, faulty)
            t_np, fails = best(lambda df=df: numpy_baseline(df), args.repeat)
            t_fp, rep = best(lambda df=df: validate(df), args.repeat)
            ours = sum(r.fails for r in rep.results)  # type: ignore[union-attr]
            if faulty and args.no_pandera_faulty:
                t_pa = float("nan")
            else:
                t_pa, _ = best(lambda df=df: run_pandera(df), 1 if n >= 1_000_000 else args.repeat)
            print(f"{n:>9} {'10% bad' if faulty else 'clean':>7} {t_np:>9.3f} {t_fp:>10.3f} {t_fp / t_np:>7.2f} "
                  f"{t_pa:>10.3f} {t_pa / t_np:>7.2f} {ours:>8}" + ("" if ours == fails else f"  (numpy: {fails})"))


if __name__ == "__main__":
    main()
