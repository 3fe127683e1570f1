"""Extraction speed and robustness benchmark (issue 3: ≥ 5 MB of report text per second).

    python bench/extract.py [--mb 4] [--profile] [--skip-adversarial]

Speed: a corpus of a few MB built from the seeds and the evaluation reports (their UTF-8 bytes), measured
in one run as

* ``decode``     – ``read.decode_bytes`` on each document's bytes,
* ``normalise``  – ``normalize.normalize`` on each decoded document,
* ``extract``    – ``extract.extract`` on each decoded document (it normalises internally),
* ``end-to-end`` – decode + extract,

for two shapes: ``docs`` (each report a separate document, repeated to the corpus size: the real workload)
and ``big`` (all reports concatenated into one document: exposes anything worse than linear). Each figure
is the best of ``--repeat`` (5) repetitions — on a shared machine other processes only ever slow a run down —
in MB of UTF-8 input per second; the ratio column is end-to-end time over decode + normalise time of the
same text.

Robustness: adversarial inputs (a 1 MB line with no breaks, 1 MB of digits, 1 MB of ``1、`` markers, 200k
repetitions of a cue word with no number, nested brackets, ``XXXX…``, mixed ``2023`` tokens …) are run
through decode + extract; each time is printed and any over 2 s is flagged ``SLOW``. The exit status is 1
when any adversarial input is slow or end-to-end speed is below 5 MB/s, so the script can gate CI.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

from fpcheck.catalog import default_catalog
from fpcheck.extract import extract, grammar
from fpcheck.model import InputError
from fpcheck.normalize import normalize
from fpcheck.read import decode_bytes, read_text

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB_S = 5.0
SLOW_S = 2.0
MB = 1_000_000


def corpus_texts() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))
    return [read_text(f) for f in files]


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def measure(blobs: list[bytes], repeat: int) -> dict[str, float]:
    """Seconds for each stage over ``blobs`` (UTF-8 bytes of each document)."""
    texts = [decode_bytes(b, "bench") for b in blobs]
    normalize(texts[0][:2000])  # warm up: OpenCC, YAML, compiled grammar
    extract(texts[0][:2000], "bench")
    return {
        "decode": _best(lambda: [decode_bytes(b, "bench") for b in blobs], repeat),
        "normalise": _best(lambda: [normalize(t) for t in texts], repeat),
        "extract": _best(lambda: [extract(t, "bench") for t in texts], repeat),
        "end-to-end": _best(lambda: [extract(decode_bytes(b, "bench"), "bench") for b in blobs], repeat),
    }


def speed(mb: float, repeat: int) -> bool:
    texts = corpus_texts()
    one_round = [t.encode("utf-8") for t in texts]
    size1 = sum(map(len, one_round))
    rounds = max(1, int(mb * MB / size1))
    shapes = {
        "docs": one_round * rounds,
        "big": [b"\n".join(one_round * rounds)],
    }
    ok = True
    print(f"corpus: {len(texts)} reports, {size1 / 1e3:.0f} kB; x{rounds} = {size1 * rounds / MB:.2f} MB per shape\n")
    print(f"{'shape':6} {'stage':11} {'seconds':>8} {'MB/s':>7} {'÷ decode+normalise':>19}")
    for name, blobs in shapes.items():
        size = sum(map(len, blobs))
        t = measure(blobs, repeat)
        base = t["decode"] + t["normalise"]
        for stage in ("decode", "normalise", "extract", "end-to-end"):
            ratio = f"{t[stage] / base:19.2f}" if stage in ("extract", "end-to-end") else ""
            print(f"{name:6} {stage:11} {t[stage]:8.3f} {size / MB / t[stage]:7.2f} {ratio}")
        e2e = size / MB / t["end-to-end"]
        flag = "ok" if e2e >= TARGET_MB_S else f"BELOW {TARGET_MB_S} MB/s"
        print(f"{name:6} end-to-end {e2e:.2f} MB/s: {flag}\n")
        ok &= e2e >= TARGET_MB_S
    return ok


def adversarial_inputs() -> dict[str, bytes]:
    seed0 = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    line = seed0.replace("\n", "")
    cues = list(grammar(default_catalog()).cues)
    return {
        "1 MB line, no breaks": (line * (MB // len(line.encode()) + 2))[: MB * 37 // 100].encode(),
        "1 MB of digits": b"7" * MB,
        "1 MB of digits and dots": b"1.2." * (MB // 4),
        "1 MB of '1、' markers": ("1、" * (MB // 6)).encode(),
        "1 MB of '\\nN、' chunk markers": "".join(f"{k}、计生率为8\n" for k in range(1, 60_000)).encode(),
        "200k cue words, no number": ("出生率为" * 200_000).encode(),
        "200k cue + connector chains": ("计划生育率为达到共计约" * 100_000).encode(),
        "all cue words, no number": ("，".join(cues) * 2000)[: MB // 3].encode(),
        "nested brackets": ("(" * 200_000 + "出生3人" + ")" * 200_000 + "（" * 100_000).encode(),
        "parenthesis breakdowns unclosed": ("职工3人(二孩1人,一孩2人" * 40_000).encode(),
        "XXXXXXXX…": b"X" * MB,
        "X.X.X masks": ("出生率为X.X" * 100_000).encode(),
        "mixed 2023 tokens": ("出生2023人20232023.2023‰2023年2023、" * 30_000).encode(),
        "Chinese numerals run": ("一二三四五六七八九十百千万亿" * 50_000).encode(),
        "千分之 chains": ("千分之千分之一点" * 60_000).encode(),
        "headings 一、 without end": ("一、目标" * 150_000).encode(),
        "place names run": ("清河镇" * 200_000).encode(),
        "synonym contexts run": ("方案生育效劳根本完成" * 60_000).encode(),
        "CRLF and CR": ("出生3人\r\r\n" * 150_000).encode(),
        "traditional, full-width": ("計劃生育率為９８．５％，" * 60_000).encode(),
        "binary (NUL bytes)": bytes(range(256)) * 4096,
        "random high bytes": bytes((i * 7919 + 13) % 128 + 128 for i in range(MB)),
        "empty": b"",
    }


def adversarial() -> bool:
    print(f"{'adversarial input':34} {'MB':>5} {'seconds':>8}  result")
    extract("出生3人", "warm")
    ok = True
    for name, data in adversarial_inputs().items():
        t = time.perf_counter()
        try:
            doc = extract(decode_bytes(data, name), name)
            result = f"{sum(len(r.values) for r in doc.records)} values"
        except InputError as exc:
            result = f"refused: {exc.reason}"[:60]
        dt = time.perf_counter() - t
        flag = "  SLOW" if dt > SLOW_S else ""
        ok &= dt <= SLOW_S
        print(f"{name:34} {len(data) / MB:5.2f} {dt:8.3f}  {result}{flag}")
    return ok


def profile(mb: float) -> None:
    texts = corpus_texts()
    size1 = sum(len(t.encode()) for t in texts)
    docs = texts * max(1, int(mb * MB / size1))
    extract(texts[0], "warm")
    prof = cProfile.Profile()
    prof.enable()
    for t in docs:
        extract(t, "bench")
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=4.0, help="corpus size per shape (MB)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="cProfile extract() on the docs corpus instead")
    ap.add_argument("--skip-adversarial", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args(argv)
    if args.profile:
        profile(args.mb)
        return 0
    ok = True
    if not args.skip_speed:
        ok &= speed(args.mb, args.repeat)
    if not args.skip_adversarial:
        ok &= adversarial()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
