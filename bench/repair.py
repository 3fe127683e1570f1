"""Benchmark: diagnose_record on faulty records of the seeds' size, against validate_records in the same run.

Records: the seed's own faulty record (``seeds/000_*``, 23 figures, 7 corrupted), and generated consistent
records cut to the seed's indicators (~25 figures) with one random corruption each (operators drawn in
turn; ``chunk_cut`` left out: the normaliser rejoins it). The baseline is ``validate_records`` on the same
record (the plain check that any run does anyway). Prints ms per record and the ratio to the baseline.
Target: ≤ 20 ms per faulty record. Run: ``python bench/repair.py [--n 300] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from fpcheck.catalog import default_catalog
from fpcheck.diagnose.operators import operator_names
from fpcheck.diagnose.repair import diagnose_record, failing_checks
from fpcheck.extract import extract
from fpcheck.model import Record
from fpcheck.read import read_text
from fpcheck.rules import core_rules
from fpcheck.strategies import consistent_frame, row_values
from fpcheck.validate import validate_records
from repair_quality import corrupt_one

ROOT = Path(__file__).resolve().parents[1]
SEED_IDS = ("population_start", "population_end", "births", "births_first", "births_first_planned", "births_second",
            "births_second_planned", "births_third_plus", "births_third_plus_planned", "births_male",
            "births_female", "planned_birth_rate", "birth_rate", "deaths", "death_rate", "natural_growth_rate",
            "sex_ratio_at_birth", "married_women", "married_women_childless", "married_women_one_child",
            "married_women_two_children", "married_women_three_plus", "floating_population",
            "contraception_cases", "contraceptive_rate")


def seed_record() -> Record:
    p = next((ROOT / "seeds").glob("000_*.txt"))
    return next(r for r in extract(read_text(p), str(p)).records if r.unit == "我镇")


def generated(n: int, seed: int) -> list[Record]:
    """``n`` faulty records of the seed's indicators, one corruption each (only ones a rule or range sees)."""
    catalog, rules = default_catalog(), core_rules()
    frame = consistent_frame(4 * n, seed=seed, decimals=None)
    ops = [op for op in operator_names() if op != "chunk_cut"]
    rng = random.Random(seed)
    out: list[Record] = []
    for i in range(len(frame)):
        vals = row_values(frame.iloc[i], list(SEED_IDS))
        if corrupt_one(vals, ops[len(out) % len(ops)], rng) is None:
            continue
        rec = Record("u", vals)
        if failing_checks([rec], rules, catalog)[0]:
            out.append(rec)
        if len(out) == n:
            break
    return out


def per_record(fn: Callable[[Record], object], recs: list[Record], repeat: int) -> float:
    """Best-of-``repeat`` mean seconds per record."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for r in recs:
            fn(r)
        times.append((time.perf_counter() - t0) / len(recs))
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    catalog, rules = default_catalog(), core_rules()
    diagnose = lambda r: diagnose_record(r, rules, catalog)  # noqa: E731
    validate = lambda r: validate_records([r], rules, catalog=catalog)  # noqa: E731
    seed = [seed_record()]
    gen = generated(args.n, args.seed)
    diagnose(seed[0])  # warm the caches (catalog, rules, operator table) outside the timing
    print("| records | figures/record | validate_records ms | diagnose_record ms | ratio | median ms | p95 ms |")
    print("|---|---|---|---|---|---|---|")
    for name, recs in (("seed 000 (我镇)", seed * 20), (f"generated, one fault ({len(gen)})", gen)):
        v = per_record(validate, recs, args.repeat)
        d = per_record(diagnose, recs, args.repeat)
        each = []
        for r in recs:
            t0 = time.perf_counter()
            diagnose(r)
            each.append(time.perf_counter() - t0)
        each.sort()
        figs = statistics.mean(len(r.values) for r in recs)
        print(f"| {name} | {figs:.0f} | {1000 * v:.2f} | {1000 * d:.2f} | {d / v:.1f}× | "
              f"{1000 * statistics.median(each):.2f} | {1000 * each[int(0.95 * (len(each) - 1))]:.2f} |")


if __name__ == "__main__":
    main()
