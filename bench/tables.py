"""Benchmark: reading and checking a large workbook, against pandas and frictionless.

    python bench/tables.py                 # 100 000 rows, 1 % faulty rows
    python bench/tables.py --rows 20000 --faults 0.05 --openpyxl --profile
    python bench/tables.py --keep /tmp/bench.xlsx    # reuse the workbook when it exists (same rows/faults)

Generates an .xlsx (openpyxl write_only): a unit column and 12 indicator columns (births by parity and
sex, birth/death/natural-growth rates, deaths, populations) with a share of faulty rows (parts that do
not add up, a rate that disagrees, a negative count). Then times, in the same run:

* fpcheck reading (``read_table``) and checking (``check_document`` without diagnosis: validation and
  totals, each also timed alone; with ``--diagnose`` also with diagnosis, slow: it repairs every faulty row);
* ``pandas.read_excel`` with calamine (and openpyxl with ``--openpyxl``: slow, ~10 s per 100 000 rows);
* ``frictionless validate`` of the same file, when frictionless is installed (the ``bench`` extra).

and prints seconds and the ratios frictionless/fpcheck and checking/reading. Goals: fpcheck at least 20x
faster than frictionless; checking at most 25 % of reading. ``--profile`` prints the top of a cProfile of
the checking step (where the time goes when many rows fail).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEADER = ["地区", "births", "births_first", "births_second", "births_third_plus", "births_male", "births_female",
          "birth_rate", "deaths", "death_rate", "natural_growth_rate", "population_start", "population_end"]


def make_workbook(path: Path, rows: int, faults: float, seed: int = 7) -> int:
    """Write the benchmark workbook; returns how many rows carry a fault."""
    import openpyxl

    rnd = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    ws.append(["基准测试：各村出生与死亡"])
    ws.append(["单位：人"])
    ws.append(HEADER)
    n_faulty = 0
    for i in range(rows):
        p0 = rnd.randint(3000, 30000)
        p1 = p0 + rnd.randint(-50, 150)
        mean = (p0 + p1) / 2
        births = max(3, round(p0 * rnd.uniform(0.007, 0.013)))
        first = round(births * rnd.uniform(0.40, 0.50))
        second = round((births - first) * rnd.uniform(0.70, 0.90))
        third = births - first - second
        male = round(births * rnd.uniform(0.50, 0.54))
        female = births - male
        deaths = max(1, round(p0 * rnd.uniform(0.005, 0.010)))
        br, dr = round(births / mean * 1000, 2), round(deaths / mean * 1000, 2)
        ngr = round(br - dr, 2)
        row: list[Any] = [f"村{i + 1:06d}", births, first, second, third, male, female, br, deaths, dr, ngr, p0, p1]
        if rnd.random() < faults:
            n_faulty += 1
            kind = rnd.randrange(3)
            if kind == 0:
                row[2] = first + rnd.randint(1, 9)  # parts no longer add up
            elif kind == 1:
                row[7] = round(br + rnd.choice((-1, 1)) * rnd.uniform(0.5, 3), 2)  # rate disagrees
            else:
                row[8] = -deaths  # negative count
        ws.append(row)
    wb.save(path)
    return n_faulty


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--faults", type=float, default=0.01, help="share of faulty rows (default 0.01)")
    ap.add_argument("--openpyxl", action="store_true", help="also time pandas.read_excel(engine='openpyxl')")
    ap.add_argument("--no-frictionless", action="store_true")
    ap.add_argument("--profile", action="store_true", help="cProfile the checking step")
    ap.add_argument("--diagnose", action="store_true", help="also time checking with diagnosis (slow)")
    ap.add_argument("--keep", type=Path, help="write the workbook here instead of a temporary directory")
    args = ap.parse_args(argv)

    from fpcheck.check import Options, check_document
    from fpcheck.tables import read_table
    from fpcheck.totals import check_totals
    from fpcheck.validate import validate_records

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.xlsx"
        if args.keep and args.keep.exists():
            t_gen, n_faulty = 0.0, -1  # reused: the fault count is not known
        else:
            t_gen, n_faulty = timed(lambda: make_workbook(path, args.rows, args.faults))
        size = path.stat().st_size
        print(f"{path}: {args.rows} rows x {len(HEADER)} columns, {n_faulty if n_faulty >= 0 else '?'} faulty rows, "
              f"{size / 1e6:.1f} MB, generated in {t_gen:.1f} s", file=sys.stderr)

        results: dict[str, float] = {}
        results["fpcheck read_table"], docs = timed(lambda: read_table(path))
        (doc,) = docs
        assert len(doc.records) == args.rows, len(doc.records)
        opts_v = Options(diagnose=False)
        opts_d = Options(diagnose=True)
        import copy

        doc_d = copy.deepcopy(doc) if args.diagnose else None
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        results["fpcheck check (validate+totals)"], _ = timed(lambda: check_document(doc, opts_v))
        if profiler:
            profiler.disable()
        n_findings = len(doc.all_findings())
        rules = opts_v.rules

        def fresh() -> None:  # records built during checking are cached: time each part from scratch
            getattr(doc.records, "_cache", {}).clear()

        fresh()
        results["  of which validate_records"], _ = timed(lambda: validate_records(doc.records, rules))
        fresh()
        results["  of which check_totals"], _ = timed(lambda: check_totals(doc, rules, opts_v.catalog))
        if args.diagnose:
            results["fpcheck check + diagnose"], _ = timed(lambda: check_document(doc_d, opts_d))
        read = results["fpcheck read_table"]
        check = results["fpcheck check (validate+totals)"]
        fp_total = read + check

        import pandas as pd

        results["pandas read_excel calamine"], _ = timed(lambda: pd.read_excel(path, engine="calamine", header=2))
        if args.openpyxl:
            results["pandas read_excel openpyxl"], _ = timed(lambda: pd.read_excel(path, engine="openpyxl", header=2))
        fl = None
        if not args.no_frictionless:
            try:
                import frictionless
            except ImportError:
                print("frictionless not installed (pip install 'fpcheck[bench]'): skipped", file=sys.stderr)
            else:
                def run_frictionless() -> Any:
                    with frictionless.system.use_context(trusted=True):  # absolute paths are "unsafe" otherwise
                        return frictionless.validate(str(path), dialect=frictionless.Dialect(header_rows=[3]),
                                                     limit_errors=10**9)

                try:
                    results["frictionless validate"], report = timed(run_frictionless)
                except TypeError:  # older/newer API without dialect keyword
                    with frictionless.system.use_context(trusted=True):
                        results["frictionless validate"], report = timed(lambda: frictionless.validate(str(path)))
                fl = results["frictionless validate"]
                print(f"frictionless: valid={report.valid}, {report.tasks[0].stats}", file=sys.stderr)

    width = max(map(len, results)) + 2
    print(f"\n{'step':<{width}}{'seconds':>10}")
    for name, secs in results.items():
        print(f"{name:<{width}}{secs:>10.2f}")
    print(f"\nfindings (validate+totals): {n_findings}")
    print(f"checking / reading                 {check / read:8.1%}   (goal <= 25 %)")
    print(f"fpcheck read+check                 {fp_total:8.2f} s")
    if fl is not None:
        print(f"frictionless / fpcheck read+check  {fl / fp_total:8.1f}x  (goal >= 20x)")
    print(f"pandas calamine / fpcheck read     {results['pandas read_excel calamine'] / read:8.2f}x")
    if profiler:
        s = io.StringIO()
        pstats.Stats(profiler, stream=s).sort_stats("cumulative").print_stats(25)
        print(s.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
