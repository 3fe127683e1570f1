"""Extraction precision/recall against the hand-worked report set (tests/fixtures/reports/).

    python bench/extraction_quality.py [expected_dir] [-v]

A value is correct when indicator and number match (within 1e-9; a masked value matches an expected
null). Values are matched per document (across its records); an extracted value with no expected
counterpart costs precision, an expected value not extracted costs recall. Also reports, per record in
text order, whether the unit name and period agree.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

from fpcheck.extract import extract
from fpcheck.read import read_text

ROOT = Path(__file__).resolve().parents[1]


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-9


def score_file(txt: Path, exp_path: Path) -> dict:
    expected = yaml.safe_load(exp_path.read_text(encoding="utf-8")) or {}
    text = read_text(txt)
    doc = extract(text, txt.name)
    want = [(k, v) for r in expected.get("records") or [] for k, v in (r.get("values") or {}).items()]
    got = [(k, v.number) for r in doc.records for k, v in r.values.items()]
    unmatched = list(want)
    correct, wrong = 0, []
    for k, n in got:
        for i, (k2, n2) in enumerate(unmatched):
            if k == k2 and _same(n, n2):
                correct += 1
                del unmatched[i]
                break
        else:
            wrong.append((k, n))
    recs_exp = [r for r in expected.get("records") or [] if r.get("values")]
    recs_got = [r for r in doc.records if r.values]
    units_ok = sum(1 for a, b in zip(recs_exp, recs_got) if a.get("unit") == b.unit)
    per_ok = sum(1 for a, b in zip(recs_exp, recs_got)
                 if (a.get("period") or None) == ((b.period or "").split(":")[0] or None))
    return {"file": txt.name, "expected": len(want), "extracted": len(got), "correct": correct,
            "wrong": wrong, "missed": unmatched, "records": (len(recs_got), len(recs_exp)),
            "units_ok": units_ok, "periods_ok": per_ok}


def score(expected_dir: str | Path) -> tuple[float, float, list[dict]]:
    """(precision, recall, per-file details) of ``extract`` over ``expected_dir``."""
    details = []
    for exp in sorted(Path(expected_dir).glob("*.expected.yaml")):
        stem = exp.name.replace(".expected.yaml", "")
        txt = next((t for t in (exp.with_name(stem + ".txt"), exp.with_name(stem + ".md")) if t.exists()), None)
        if txt is not None:
            details.append(score_file(txt, exp))
    tp = sum(d["correct"] for d in details)
    n_got = sum(d["extracted"] for d in details)
    n_want = sum(d["expected"] for d in details)
    return (tp / n_got if n_got else 1.0), (tp / n_want if n_want else 1.0), details


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    where = Path(args[0]) if args else ROOT / "tests" / "fixtures" / "reports"
    p, r, details = score(where)
    print(f"{'file':48} {'exp':>4} {'got':>4} {'ok':>4} {'prec':>6} {'rec':>6}  rec/exp unit period")
    for d in details:
        prec = d["correct"] / d["extracted"] if d["extracted"] else 1.0
        rec = d["correct"] / d["expected"] if d["expected"] else 1.0
        nr, ne = d["records"]
        print(f"{d['file'][:48]:48} {d['expected']:4} {d['extracted']:4} {d['correct']:4} {prec:6.1%} {rec:6.1%}"
              f"  {nr}/{ne}     {d['units_ok']}    {d['periods_ok']}")
        if verbose:
            for k, n in d["wrong"]:
                print(f"      WRONG  {k} = {n}")
            for k, n in d["missed"]:
                print(f"      MISSED {k} = {n}")
    tally = Counter(k for d in details for k, _ in d["wrong"])
    print(f"\nprecision {p:.2%}  recall {r:.2%}  over {len(details)} files")
    if tally:
        print("wrong values by indicator:", dict(tally.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
