"""Repair quality: one random corruption per generated consistent record, per corruption operator.

For each operator, ``--n`` records from ``fpcheck.strategies.consistent_frame`` (rates printed with 0–3
decimals) each get one figure corrupted with ``operators.corrupt`` (the figure drawn among those the
operator applies to; ``lost_colon`` only on the sex ratio, the one ratio printed as 100:x). The corrupted
figure's number is parsed from the corrupted printed form, with its printed decimals; a figure with OCR
letters has no number (as the extractor would give it). ``chunk_cut`` is left out: the normaliser rejoins
the two pieces before any record exists (``operators.join_cut``), so a record never holds a cut figure.

Columns:
- ``examples``: records diagnosed; ``detected``: the corrupted record breaks a rule or a figure is suspect
  on its own (a corruption no rule or range can see — a figure in no rule, a change inside the printed
  precision — cannot be localised by anyone);
- ``localised``: the corrupted indicator is in the suggestion, blamed, or in a tie's alternatives
  (% of examples, and % of detected);
- ``determined``: the corrupted cell sits in a sum, difference or ratio rule whose other inputs are present
  (in generated records: every cell of such a rule); ``exact``: the suggestion for it equals the original
  (% of determined, and % of determined ∧ detected);
- ``wrong``: a suggestion for another figure, or a wrong value for the corrupted one (% of examples).

Run: ``python bench/repair_quality.py [--n 1000] [--seed 11] [--markdown]``.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

from fpcheck.catalog import default_catalog
from fpcheck.diagnose.operators import corrupt, operator_names
from fpcheck.diagnose.repair import build_rows, diagnose_record
from fpcheck.model import Record, Value
from fpcheck.rules import core_rules
from fpcheck.strategies import RATE_IDS, consistent_frame
from fpcheck.validate import fmt

SKIPPED = {"chunk_cut": "rejoined by the normaliser before records exist (operators.join_cut)"}


def record_of(row, ids: list[str]) -> dict[str, Value]:  # type: ignore[no-untyped-def]
    out = {}
    for k in ids:
        d = int(row[f"{k}__decimals"]) if k in RATE_IDS else 0
        out[k] = Value(k, float(row[k]), fmt(float(row[k]), d), d)
    return out


def corrupted_value(k: str, printed: str) -> Value:
    """The figure as extraction would give it: the number parsed from the corrupted print, its decimals."""
    try:
        number: float | None = float(printed)
    except ValueError:
        number = None  # OCR letters: not a number
    dec = len(printed.split(".", 1)[1]) if "." in printed and number is not None else 0
    return Value(k, number, printed, dec)


def corrupt_one(vals: dict[str, Value], op: str, rng: random.Random) -> str | None:
    """Corrupt one figure (drawn at random among those the operator applies to) in place; its indicator."""
    pool = ["sex_ratio_at_birth"] if op == "lost_colon" else list(vals)
    rng.shuffle(pool)
    for k in pool:
        bad = corrupt(vals[k].printed, op, rng)
        if bad is not None:
            vals[k] = corrupted_value(k, bad)
            return k
    return None


def determined_cells(vals: dict[str, Value]) -> set[str]:
    """Cells of a sum, difference or ratio rule whose other inputs are all present."""
    values = {k: float(v.number) for k, v in vals.items() if v.number is not None}  # type: ignore[arg-type]
    res = dict.fromkeys(values, 0.0)
    rules = [r for r in core_rules() if r.kind in ("sum", "difference", "ratio")]
    out: set[str] = set()
    for row in build_rows(Record(None, vals), rules, res, values, set()):
        out |= set(row.coef)
    for rule in rules:  # a ratio's denominator cells (the row holds them fixed)
        if rule.kind == "ratio":
            for name in rule.operands["denominator"]:
                d = rule.derived.get(name)
                ids = [name] if d is None else list(d.alternatives[0].ids)
                if all(i in values for i in ids):
                    out |= set(ids)
    return out


def measure(op: str, n: int, seed: int) -> tuple[Counter[str], float]:
    catalog, rules = default_catalog(), core_rules()
    frame = consistent_frame(n, seed=seed, decimals=None)
    ids = [c for c in frame.columns if not c.endswith("__decimals") and c in catalog]
    rng = random.Random(f"{seed}-{op}")
    st: Counter[str] = Counter()
    spent = 0.0
    determined = determined_cells(record_of(frame.iloc[0], ids))
    from fpcheck.diagnose.repair import failing_checks

    for i in range(n):
        vals = record_of(frame.iloc[i], ids)
        clean = dict(vals)
        k = corrupt_one(vals, op, rng)
        if k is None:
            st["not_applicable"] += 1
            continue
        orig = clean[k]
        rec = Record("u", vals)
        t0 = time.perf_counter()
        diag = diagnose_record(rec, rules, catalog)
        spent += time.perf_counter() - t0
        st["examples"] += 1
        detected = bool(diag.suspect) or bool(failing_checks([rec], rules, catalog)[0])
        st["detected"] += detected
        loc = k in diag.suggestion or k in diag.blamed or any(k in alt for alt in diag.alternatives)
        st["localised"] += loc
        st["localised_detected"] += loc and detected
        exact = k in diag.suggestion and diag.suggestion[k].value == orig.number
        if k in determined:
            st["determined"] += 1
            st["determined_detected"] += detected
            st["exact"] += exact
            st["exact_detected"] += exact and detected
        wrong = any(kk != k for kk in diag.suggestion) or (k in diag.suggestion and not exact)
        st["wrong"] += wrong
    return st, spent


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "—"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="records per operator")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    head = ("operator", "examples", "detected", "localised", "localised/detected", "determined", "exact",
            "exact/det.∧detected", "wrong suggestion", "ms/record")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for op in operator_names():
        if op in SKIPPED:
            print(f"| {op} | — | skipped: {SKIPPED[op]} |" + " |" * (len(head) - 3))
            continue
        st, spent = measure(op, args.n, args.seed)
        n = st["examples"]
        print(f"| {op} | {n} | {pct(st['detected'], n)} | {pct(st['localised'], n)} | "
              f"{pct(st['localised_detected'], st['detected'])} | {st['determined']} | "
              f"{pct(st['exact'], st['determined'])} | {pct(st['exact_detected'], st['determined_detected'])} | "
              f"{pct(st['wrong'], n)} | {1000 * spent / max(n, 1):.1f} |", flush=True)


if __name__ == "__main__":
    main()
