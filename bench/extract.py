"""Extraction speed and robustness benchmark (issue 3: ≥ 5 MB of report text per second).

    python bench/extract.py [--mb 4] [--profile] [--skip-adversarial]

Speed: a corpus of a few MB built from the seeds and the evaluation reports (their UTF-8 bytes), measured
in one run as

* ``decode``     – ``read.decode_bytes`` on each document's bytes,
* ``normalise``  – ``normalize.normalize`` on each decoded document,
* ``extract``    – ``extract.extract`` on each decoded document (it normalises internally),
* ``end-to-end`` – decode + extract,
* ``×N procs``   – decode + extract in N worker processes (one per core, as ``fpcheck check DIR`` runs
  them), each document's records sent back to this process: what a folder of reports is checked at,

for three shapes: ``seeds`` (the five real reports of ``seeds/``, scraped from the web, each a separate
document, repeated to the corpus size: real reports, prose with a figure every kB or so), ``docs`` (the seeds and
the evaluation reports, each a separate document: the evaluation set was written to test extraction and
packs ten times as many figures per kB, and the time goes per figure) and ``big`` (those concatenated into
one document: exposes anything worse than linear; one document is not shared among processes). The figures read per kB are printed per corpus. Each figure
is the best of ``--repeat`` (5) repetitions — on a shared machine other processes only ever slow a run down —
in MB of UTF-8 input per second; the ratio column is end-to-end time over decode + normalise time of the
same text (in one process).

Robustness: adversarial inputs (a 1 MB line with no breaks, 1 MB of digits, 1 MB of ``1、`` markers, 200k
repetitions of a cue word with no number, nested brackets, ``XXXX…``, mixed ``2023`` tokens …) are run
through decode + extract at half and at full size; an input is flagged ``SLOW`` when doubling it more than
triples the time (backtracking grows faster than the input) or when it runs over 3 s per MB. The exit status is 1
when any adversarial input is slow or a shape's best end-to-end speed (one process or N) is below 5 MB/s, so the
script can gate CI.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from fpcheck.catalog import default_catalog
from fpcheck.check import available_cores
from fpcheck.extract import extract, grammar
from fpcheck.model import Document, InputError
from fpcheck.normalize import normalize
from fpcheck.read import decode_bytes, read_text

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB_S = 5.0
SLOW_S = 3.0  # seconds per MB of adversarial input (ordinary reports run at about 1 s/MB here)
GROWTH_MAX = 3.0  # time ratio when an input doubles: linear is 2
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


def _decode_extract(blob: bytes) -> Document:
    return extract(decode_bytes(blob, "bench"), "bench")


def _warm() -> None:
    extract(next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8"), "warm")  # OpenCC, YAML, grammar


def measure(blobs: list[bytes], repeat: int, procs: int) -> dict[str, float]:
    """Seconds for each stage over ``blobs`` (UTF-8 bytes of each document); the pooled stage only when there
    are documents enough to share among ``procs`` processes."""
    texts = [decode_bytes(b, "bench") for b in blobs]
    _warm()
    out = {
        "decode": _best(lambda: [decode_bytes(b, "bench") for b in blobs], repeat),
        "normalise": _best(lambda: [normalize(t) for t in texts], repeat),
        "extract": _best(lambda: [extract(t, "bench") for t in texts], repeat),
        "end-to-end": _best(lambda: [_decode_extract(b) for b in blobs], repeat),
    }
    if procs > 1 and len(blobs) >= 4 * procs:
        with ProcessPoolExecutor(max_workers=procs, initializer=_warm) as pool:
            list(pool.map(_decode_extract, blobs[:procs]))  # (started and warm before the clock runs)
            chunk = max(1, len(blobs) // (procs * 32))
            out[f"×{procs} procs"] = _best(lambda: list(pool.map(_decode_extract, blobs, chunksize=chunk)), repeat)
    return out


def seed_texts() -> list[str]:
    return [read_text(f) for f in sorted((ROOT / "seeds").glob("*.txt"))]


def speed(mb: float, repeat: int) -> bool:
    """Each shape's stages; True when every shape's end-to-end speed reaches the target."""
    rounds_of = {"seeds": seed_texts(), "docs": corpus_texts()}
    shapes: dict[str, list[bytes]] = {}
    for name, texts in rounds_of.items():
        one_round = [t.encode("utf-8") for t in texts]
        size1 = sum(map(len, one_round))
        rounds = max(1, int(mb * MB / size1))
        values = sum(len(r.values) for t in texts for r in extract(t, "bench").records)
        print(f"{name}: {len(texts)} reports, {size1 / 1e3:.0f} kB, {values / (size1 / 1e3):.1f} figures read per kB;"
              f" x{rounds} = {size1 * rounds / MB:.2f} MB")
        shapes[name] = one_round * rounds
        if name == "docs":
            shapes["big"] = [b"\n".join(one_round * rounds)]
    ok = True
    procs = available_cores()
    print(f"\n{'shape':6} {'stage':11} {'seconds':>8} {'MB/s':>7} {'÷ decode+normalise':>19}")
    for name, blobs in shapes.items():
        size = sum(map(len, blobs))
        t = measure(blobs, repeat, procs)
        base = t["decode"] + t["normalise"]
        for stage, seconds in t.items():
            ratio = f"{seconds / base:19.2f}" if stage not in ("decode", "normalise") else ""
            print(f"{name:6} {stage:11} {seconds:8.3f} {size / MB / seconds:7.2f} {ratio}")
        e2e = size / MB / min(t["end-to-end"], t.get(f"×{procs} procs", float("inf")))
        flag = "ok" if e2e >= TARGET_MB_S else f"BELOW {TARGET_MB_S} MB/s"
        print(f"{name:6} best end-to-end {e2e:.2f} MB/s: {flag}\n")
        ok &= e2e >= TARGET_MB_S
    return ok


_PLACE = "东西南北中青红白黑金银铜铁山水河湖江海林森松柏梅兰竹菊桃李杏梨枣"  # (31 chars: a name for each report)


def adversarial_inputs(f: float = 1.0) -> dict[str, bytes]:
    """The adversarial inputs at ``f`` times their full size (about 1 MB each at f = 1)."""
    seed0 = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    line = seed0.replace("\n", "")
    cues = list(grammar(default_catalog()).cues)

    def n(count: int) -> int:
        return max(1, int(count * f))

    return {
        "1 MB line, no breaks": (line * (MB // len(line.encode()) + 2))[: n(MB * 37 // 100)].encode(),
        "a tab, then 1 MB with no blank": ("\t" + "计划生育" * n(MB // 12)).encode(),
        "1 MB of digits": b"7" * n(MB),
        "1 MB of digits and dots": b"1.2." * n(MB // 4),
        "1 MB of '1、' markers": ("1、" * n(MB // 6)).encode(),
        "1 MB of '\\nN、' chunk markers": "".join(f"{k}、计生率为8\n" for k in range(1, n(60_000))).encode(),
        "200k cue words, no number": ("出生率为" * n(200_000)).encode(),
        "200k cue + connector chains": ("计划生育率为达到共计约" * n(100_000)).encode(),
        "all cue words, no number": ("，".join(cues) * 2000)[: n(MB // 3)].encode(),
        "nested brackets": ("(" * n(200_000) + "出生3人" + ")" * n(200_000) + "（" * n(100_000)).encode(),
        "parenthesis breakdowns unclosed": ("职工3人(二孩1人,一孩2人" * n(40_000)).encode(),
        "XXXXXXXX…": b"X" * n(MB),
        "X.X.X masks": ("出生率为X.X" * n(100_000)).encode(),
        "mixed 2023 tokens": ("出生2023人20232023.2023‰2023年2023、" * n(30_000)).encode(),
        "Chinese numerals run": ("一二三四五六七八九十百千万亿" * n(50_000)).encode(),
        "千分之 chains": ("千分之千分之一点" * n(60_000)).encode(),
        "headings 一、 without end": ("一、目标" * n(150_000)).encode(),
        "place names run": ("清河镇" * n(200_000)).encode(),
        "unit lists, 分别 figures": ("。东关镇、柳林乡、石湾镇出生分别为" + "298人和" * n(40_000) + "1人。").encode(),
        "place-led statements": ("；白马乡上半年出生143人" * n(40_000)).encode(),
        "reports one after another": "".join(
            f"\n{_PLACE[k % 31]}{_PLACE[k // 31 % 31]}{_PLACE[k // 961 % 31]}镇2020年计划生育工作总结\n一、2020年主要指标\n"
            f"全镇出生{700 + k % 50}人，死亡{300 + k % 40}人。\n二、2021年打算\n" for k in range(n(7_300))).encode(),
        "labelled lines": ("\n东关镇：出生712人" * n(60_000)).encode(),
        "synonym contexts run": ("方案生育效劳根本完成" * n(60_000)).encode(),
        "CRLF and CR": ("出生3人\r\r\n" * n(150_000)).encode(),
        "traditional, full-width": ("計劃生育率為９８．５％，" * n(60_000)).encode(),
        "序号 cell lines": ("序号\n指标\n本年\n" + "".join(f"{k}\n出生\n{k}\n" for k in range(1, n(40_000)))).encode(),
        "序号 headers only": ("序号\n" * n(200_000)).encode(),
        "HTML tags and entities": ('<p style="a">出生3人&nbsp;</p>' * n(35_000)).encode(),
        "page footers mid-sentence": ("落实节育措施70\n\n— 1 —\n第1页 共3页\n\n46人，" * n(25_000)).encode(),
        "box-drawn table rows": ("│柏林社区│  6218│  68│\n" * n(40_000)).encode(),
        "footnote marks": ("出生率7.85‰①，性别比108.25²③，" * n(30_000)).encode(),
        "OCR letters among digits": ("l2O" * n(MB // 3)).encode(),
        "digits a blank apart": ("出生" + "1 " * n(MB // 4) + "人").encode(),
        "commas and stops between digits": ("1，2。3，4%" * n(MB // 9)).encode(),
        "interview lines": ("\n问：出生300人？\n答：出生318人。" * n(30_000)).encode(),
        "corrections run": ("全镇出生318人。\n更正：“全镇出生318人”应为381人。\n" * n(20_000)).encode(),
        "subtitles and quarters": ("——访横塘镇主任\n其中二季度出生12人，环比增加3人。\n" * n(20_000)).encode(),
        "places compared in turn": ("性别比鹤林镇为113.07，枫坪乡为105.94，鹤林镇出生3人，枫坪乡出生4人，" * n(12_000)).encode(),
        "binary (NUL bytes)": bytes(range(256)) * n(4096),
        "random high bytes": bytes((i * 7919 + 13) % 128 + 128 for i in range(n(MB))),
        "empty": b"",
    }


def _run(name: str, data: bytes) -> tuple[float, str]:
    """Seconds to decode and extract ``data``, and what came of it."""
    t = time.perf_counter()
    try:
        doc = extract(decode_bytes(data, name), name)
        result = f"{sum(len(r.values) for r in doc.records)} values"
    except InputError as exc:
        result = f"refused: {exc.reason}"[:60]
    return time.perf_counter() - t, result


def adversarial() -> bool:
    """Each input at half and at full size: backtracking shows as time growing faster than the input (more
    than GROWTH_MAX times when the input doubles), or as a run over SLOW_S seconds per MB."""
    print(f"{'adversarial input':34} {'MB':>5} {'seconds':>8} {'s/MB':>6} {'x2 →':>6}  result")
    extract("出生3人", "warm")
    ok = True
    half = adversarial_inputs(0.5)
    for name, data in adversarial_inputs().items():
        # best of three for short runs: one scheduler hiccup must not read as backtracking
        t_half = min(_run(name, half[name])[0] for _ in range(3))
        dt, result = min(_run(name, data) for _ in range(3 if t_half < 0.2 else 1))
        mb = len(data) / MB
        per_mb = dt / mb if mb else 0.0
        growth = dt / t_half if t_half > 0.05 else 1.0  # (too short to tell)
        slow = per_mb > SLOW_S or growth > GROWTH_MAX
        ok &= not slow
        print(f"{name:34} {mb:5.2f} {dt:8.3f} {per_mb:6.2f} {growth:6.2f}  {result}{'  SLOW' if slow else ''}")
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
