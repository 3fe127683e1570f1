"""Repair quality: one random corruption per generated consistent record, per corruption operator.

For each operator, ``--n`` records from ``fpcheck.strategies.consistent_frame`` (rates printed with 0–3
decimals) each get one figure corrupted with ``operators.corrupt`` (the figure drawn among those the
operator applies to; ``lost_colon`` and ``inverted_ratio`` only on the sex ratio, the one ratio printed as 100:x). The corrupted
figure's number is parsed from the corrupted printed form, with its printed decimals; a figure with OCR
letters has no number (as the extractor would give it). ``chunk_cut`` is left out: the normaliser rejoins
the two pieces before any record exists (``operators.join_cut``), so a record never holds a cut figure.

Columns:
- ``examples``: records diagnosed; ``detected``: the corrupted record breaks a rule or a figure is suspect
  on its own (a corruption no rule or range can see — a figure in no rule, a change inside the printed
  precision — cannot be localised by anyone);
- ``localised``: the corrupted indicator is in the suggestion, blamed, or in a tie's alternatives
  (% of examples, and % of detected);
- ``determined``: the rules pin the repair — the record as printed breaks a check (or holds a figure that is
  not a number), and exactly one single-figure repair by any operator's inverse makes every check hold.
  The inverses are written out here (``originals``, from what ``operators.corrupt`` does; every example
  checks that the true original is among them) and every check is the validator's own, so this is decided
  without the repair code. ``exact``: the suggestion for the corrupted figure equals the original (% of
  determined). ``determined (this kind)`` / ``exact``: the same when only the operator that did the
  damage is inverted — as if the kind of damage were known, which no repair can know (a dropped digit that
  a moved point explains as well counts here, not above);
- ``wrong``: a suggestion for another figure, or a wrong value for the corrupted one (% of examples).

Run: ``python bench/repair_quality.py [--n 1000] [--seed 11]``.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter
from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from itertools import product

import numpy as np

from fpcheck.catalog import default_catalog
from fpcheck.columns import Columns
from fpcheck.diagnose.operators import corrupt, default_table, operator_names
from fpcheck.diagnose.repair import diagnose_record, failing_checks
from fpcheck.kinds import evaluate
from fpcheck.model import Record, Value
from fpcheck.rules import core_rules
from fpcheck.strategies import consistent_frame, printed_value, row_values

DIGITS = "0123456789"
CANONICAL = re.compile(r"(0|[1-9]\d*)(\.\d+)?")  # a figure as an office prints it (no leading zero)
CATALOG, RULES = default_catalog(), core_rules()
READS = {r.id: set(r.indicators) for r in RULES}  # the figures each rule's checks read
SKIPPED = {"chunk_cut": "rejoined by the normaliser before records exist (operators.join_cut)"}


def corrupt_one(vals: dict[str, Value], op: str, rng: random.Random) -> str | None:
    """Corrupt one figure (drawn at random among those the operator applies to) in place; its indicator."""
    pool = ["sex_ratio_at_birth"] if op in ("lost_colon", "inverted_ratio") else list(vals)
    rng.shuffle(pool)
    for k in pool:
        bad = corrupt(vals[k].printed, op, rng)
        if bad is not None:
            vals[k] = printed_value(k, bad)
            return k
    return None


def originals(printed: str, op: str) -> set[str]:
    """Every clean print that one ``op`` damage turns into ``printed`` (the operator's inverse, written out
    here from what ``operators.corrupt`` does, not taken from the repair code)."""
    table = default_table()
    sign, s = ("-", printed[1:]) if printed.startswith("-") else ("", printed)
    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    out: set[str] = set()
    if op == "digit_dropped":
        out = {s[:i] + d + s[i:] for i in range(len(s) + 1) for d in DIGITS}
    elif op == "digit_inserted":
        out = {s[:i] + s[i + 1:] for i in digits if s[i] not in s[max(0, i - 1):i] + s[i + 1:i + 2]}
    elif op == "digit_doubled":
        out = {s[:i] + s[i + 1:] for i in digits[:-1] if s[i + 1] == s[i]}
    elif op == "digit_substituted":
        out = {s[:i] + d + s[i + 1:] for i in digits for d in DIGITS if d != s[i]}
    elif op == "transposition":
        out = {s[:i] + s[i + 1] + s[i] + s[i + 2:] for i in digits[:-1]
               if s[i + 1].isdigit() and s[i + 1] != s[i]}
    elif op == "jump_transposition":
        out = {s[:i] + s[i + 2] + s[i + 1] + s[i] + s[i + 3:] for i in digits
               if i + 2 < len(s) and s[i + 2].isdigit() and s[i + 2] != s[i]}
    elif op == "decimal_shift":
        bare = s.replace(".", "")
        out = {bare, *(bare[:k] + "." + bare[k:] for k in range(1, len(bare)))} if "." in s else \
            {bare[:k] + "." + bare[k:] for k in range(1, len(bare))}
    elif op == "token_paste":
        for pair in table.tokens:  # the scraper replaced every occurrence; a printed token may be genuine
            parts = s.split(pair.pasted)
            for joins in product((pair.pasted, pair.original), repeat=len(parts) - 1):
                t = parts[0] + "".join(j + q for j, q in zip(joins, parts[1:], strict=True))
                if pair.original in t and t.replace(pair.original, pair.pasted) == s:
                    out.add(t)
    elif op == "lost_colon":
        base = table.ratio_base
        out = {t for t in (s.removeprefix(base), s.removesuffix(base)) if t != s}
    elif op == "ocr_confusion":
        letters = [i for i, ch in enumerate(s) if ch in table.ocr]
        if len(letters) == 1:
            i = letters[0]
            out = {s[:i] + d + s[i + 1:] for d in table.ocr[s[i]]}
    elif op == "inverted_ratio" and CANONICAL.fullmatch(s) and float(s) > 0:
        # every figure with the printed decimals whose 10000 / t, rounded half-up to them, prints as s
        d = len(s.split(".")[1]) if "." in s else 0
        step = Decimal(1).scaleb(-d)
        t = (Decimal(10000) / (Decimal(s) + step)).quantize(step, rounding=ROUND_FLOOR)
        stop = Decimal(10000) / (Decimal(s) - step) if Decimal(s) > step else t + 1000 * step
        while t <= stop:
            if t > 0 and format((10000 / t).quantize(step, rounding=ROUND_HALF_UP), "f") == s:
                out.add(format(t, "f"))
            t += step
    elif op == "sign_flip":  # the same digits with the other sign
        return {s if sign else "-" + s} if CANONICAL.fullmatch(s) and float(s) != 0 else set()
    return {sign + t for t in out if CANONICAL.fullmatch(t) and t != s and not (
        CANONICAL.fullmatch(s) and float(t) == float(s))}


def explanations(vals: dict[str, Value], ops: Sequence[str], failing: set[str]) -> list[tuple[str, float]]:
    """Every single-figure repair by one of ``ops`` (figure, original) after which the record breaks no
    check, decided by the validator's own rule evaluation (one row per repair). Only a figure that every
    check in ``failing`` reads can be the one (a figure that is not a number is the one)."""
    cells = {k for k, v in vals.items() if v.number is None} or set(vals)
    for check in failing:
        cells &= {check.split(".", 1)[1]} if check.startswith("range.") else READS[check]
    repairs = list({(k, t) for k in cells for op in ops for t in originals(vals[k].printed, op)})
    if not repairs:
        return []
    m = len(repairs)
    values = {k: np.full(m, np.nan if v.number is None else v.number) for k, v in vals.items()}
    decimals = {k: np.full(m, v.decimals, dtype=np.int16) for k, v in vals.items()}
    for j, (k, t) in enumerate(repairs):
        values[k][j] = float(t)
        decimals[k][j] = len(t.split(".", 1)[1]) if "." in t else 0
    ns = Columns(m, values, decimals, {}, None, CATALOG)  # type: ignore[arg-type]
    bad = np.zeros(m, dtype=bool)
    for rule in RULES:
        for outcome in evaluate(ns, rule).values():
            bad |= outcome.failing
    return sorted({(k, float(t)) for (k, t), b in zip(repairs, bad, strict=True) if not b})


def measure(op: str, n: int, seed: int) -> tuple[Counter[str], float]:
    frame = consistent_frame(n, seed=seed, decimals=None)
    ids = [c for c in frame.columns if not c.endswith("__decimals") and c in CATALOG]
    ops = [o for o in operator_names() if o not in SKIPPED]
    rng = random.Random(f"{seed}-{op}")
    st: Counter[str] = Counter()
    spent = 0.0
    for i in range(n):
        vals = row_values(frame.iloc[i], ids)
        clean = dict(vals)
        k = corrupt_one(vals, op, rng)
        if k is None:
            st["not_applicable"] += 1
            continue
        orig = clean[k]
        rec = Record("u", vals)
        t0 = time.perf_counter()
        diag = diagnose_record(rec, RULES, CATALOG)
        spent += time.perf_counter() - t0
        st["examples"] += 1
        failing = failing_checks([rec], RULES, CATALOG)[0]
        detected = bool(diag.suspect) or bool(failing)
        st["detected"] += detected
        loc = k in diag.suggestion or k in diag.blamed or any(k in alt for alt in diag.alternatives)
        st["localised"] += loc
        st["localised_detected"] += loc and detected
        exact = k in diag.suggestion and diag.suggestion[k].value == orig.number
        if failing or vals[k].number is None:  # else the record as printed is an explanation too
            kind = explanations(vals, (op,), failing)
            assert (k, orig.number) in kind, (k, orig.printed, vals[k].printed)  # the inverse matches corrupt()
            if len(kind) == 1:
                st["determined_kind"] += 1
                st["exact_kind"] += exact
            if len(explanations(vals, ops, failing)) == 1:
                st["determined"] += 1
                st["exact"] += exact
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
            "determined (this kind)", "exact", "wrong suggestion", "ms/record")
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
              f"{pct(st['exact'], st['determined'])} | {st['determined_kind']} | "
              f"{pct(st['exact_kind'], st['determined_kind'])} | "
              f"{pct(st['wrong'], n)} | {1000 * spent / max(n, 1):.1f} |", flush=True)


if __name__ == "__main__":
    main()
