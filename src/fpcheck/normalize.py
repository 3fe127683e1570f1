"""Normalise decoded report text while keeping a map back to the original characters.

Steps, in order (each a public function ``Normalized -> Normalized``): line breaks (CRLF/CR → LF),
traditional → simplified (OpenCC ``t2s``), full-width → half-width, joining scraper chunk markers
(``\\n2、``), undoing spinner synonym swaps (``schemas/synonyms.yaml``), Chinese numerals → Arabic digits in
numeric context. Every step records, for each output character, the span of original characters it came
from, so a figure found in the normalised text can be reported at its place in the file.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
import yaml

from fpcheck.numerals import CHINESE_NUMBER_RE, parse_number

__all__ = [
    "Normalized",
    "normalize",
    "unify_line_breaks",
    "to_simplified",
    "to_halfwidth",
    "join_chunk_markers",
    "unspin",
    "numerals_to_digits",
    "Synonym",
    "load_synonyms",
]

Edit = tuple[int, int, str]  # (start, end, replacement) in the input text of a step


class Normalized:
    """Normalised ``text`` plus ``origin``: for each char its offset in ``original`` (last entry = len(original)).

    The map is held as integer arrays (``origin`` is materialised as a tuple only when asked for); ``ends``
    holds, per normalised char, the end of the original span it came from, so spans map back tightly across
    deletions and many-to-one replacements. Immutable by convention: every step returns a new instance.
    """

    __slots__ = ("text", "original", "_o", "_e", "_origin_tuple", "_lines")

    def __init__(self, text: str, origin: Any, original: str, ends: np.ndarray | None = None) -> None:
        o = np.asarray(origin, dtype=np.int64)
        if o.ndim != 1 or len(o) != len(text) + 1:
            raise ValueError("origin must have len(text) + 1 entries")
        if ends is None or len(ends) != len(text):
            ends = np.minimum(np.maximum(o[1:], o[:-1] + 1), len(original))
        self.text, self.original, self._o, self._e = text, original, o, ends
        self._origin_tuple: tuple[int, ...] | None = None
        self._lines: list[int] | None = None

    @property
    def origin(self) -> tuple[int, ...]:
        """Per normalised char its offset in ``original``; last entry ``len(original)``."""
        if self._origin_tuple is None:
            self._origin_tuple = tuple(self._o.tolist())
        return self._origin_tuple

    @property
    def ends(self) -> np.ndarray:
        return self._e

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalized):
            return NotImplemented
        return self.text == other.text and self.original == other.original and np.array_equal(self._o, other._o)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Normalized(text={self.text[:40]!r}…, original={len(self.original)} chars)"

    @classmethod
    def identity(cls, text: str) -> Normalized:
        """The trivial normalisation: text unchanged, each char maps to itself."""
        n = len(text)
        return cls(text, np.arange(n + 1, dtype=np.int64), text, np.arange(1, n + 1, dtype=np.int64))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Half-open span in the normalised text → half-open span of the original chars that produced it."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside normalised text of length {len(self.text)}")
        s = int(self._o[start])
        if start == end:
            return s, s
        return s, int(self._e[end - 1])

    def line_of(self, orig_offset: int) -> int:
        """1-based line number in the original (CRLF, CR and LF all end a line) of an original offset."""
        if self._lines is None:
            self._lines = [0, *(m.end() for m in _LINE_END_RE.finditer(self.original))]
        return bisect.bisect_right(self._lines, orig_offset)


_LINE_END_RE = re.compile(r"\r\n?|\n")


def _compose(prev: Normalized, text: str, step_origin: np.ndarray, step_ends: np.ndarray) -> Normalized:
    """Chain a step's map (output char → span in ``prev.text``) onto ``prev``'s map to the original."""
    po, pe = prev._o, prev._e
    origin = np.empty(len(step_origin) + 1, dtype=np.int64)
    origin[:-1] = po[step_origin]
    origin[-1] = len(prev.original)
    ends = pe[np.maximum(step_ends - 1, 0)] if len(pe) else np.zeros(len(step_ends), dtype=np.int64)
    return Normalized(text, origin, prev.original, ends)


def _apply_edits(n: Normalized, edits: Iterable[Edit]) -> Normalized:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits to ``n.text``, composing the map.

    Unchanged stretches map one to one; a replacement spreads its source span proportionally over its
    output chars (equal lengths: char for char), so the map stays monotone whatever the lengths. The map
    is built with array operations (no per-character Python loop).
    """
    src = n.text
    pieces: list[str] = []
    starts: list[int] = []
    stops: list[int] = []
    lens: list[int] = []
    pos = 0
    for start, end, rep in edits:
        if start < pos or end < start or (start == end and rep):
            raise ValueError(f"bad edit ({start}, {end}) at position {pos}")
        if src[start:end] == rep:
            continue
        pieces.append(src[pos:start])
        pieces.append(rep)
        starts.append(start)
        stops.append(end)
        lens.append(len(rep))
        pos = end
    if not pieces:
        return n
    pieces.append(src[pos:])
    s = np.array(starts, dtype=np.int64)
    e = np.array(stops, dtype=np.int64)
    k = np.array(lens, dtype=np.int64)
    prev_end = np.concatenate(([0], e))  # where each unchanged run starts
    run = np.concatenate((s, [len(src)])) - prev_end  # unchanged run lengths (the last is the tail)
    rep = np.concatenate((k, [0]))
    block = run + rep
    total = int(block.sum())
    block_start = np.cumsum(block) - block
    which = np.repeat(np.arange(len(block)), block)
    r = np.arange(total, dtype=np.int64) - block_start[which]  # position inside the block
    in_run = r < run[which]
    origin = prev_end[which] + r
    ends = origin + 1
    j = r - run[which]  # index inside the replacement
    reps = ~in_run
    if reps.any():
        w = np.concatenate((e - s, [0]))[which][reps]
        kk = rep[which][reps]
        st = np.concatenate((s, [0]))[which][reps]
        jj = j[reps]
        origin[reps] = st + jj * w // kk
        ends[reps] = st - (-(jj + 1) * w // kk)
    return _compose(n, "".join(pieces), origin, ends)


def _with_text(n: Normalized, text: str) -> Normalized:
    """A char-for-char (length-preserving) step: same map, new text."""
    if text == n.text:
        return n
    assert len(text) == len(n.text)
    return Normalized(text, n._o, n.original, n._e)


# --- line breaks -------------------------------------------------------------------------------------


def unify_line_breaks(n: Normalized) -> Normalized:
    """CRLF and lone CR → LF (a CRLF pair maps back to both chars)."""
    text = n.text
    if "\r" not in text:
        return n
    # Vectorised (a file of CR CR LF lines has a line break every few chars): the LF of each CRLF is
    # dropped, the CR before it becomes LF and maps back to both chars, a lone CR becomes LF.
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    cr, lf = codes == 13, codes == 10
    crlf = cr.copy()
    crlf[:-1] &= lf[1:]
    crlf[-1] = False
    keep = ~np.concatenate(([False], crlf[:-1]))  # drop the LF of each CRLF pair
    origin = np.flatnonzero(keep).astype(np.int64)
    ends = origin + 1 + crlf[keep]
    return _compose(n, text.replace("\r\n", "\n").replace("\r", "\n"), origin, ends)


# --- traditional → simplified ------------------------------------------------------------------------


@cache
def _t2s() -> Any:
    """The OpenCC ``t2s`` converter (official ``opencc`` package, native code)."""
    import opencc  # type: ignore[import-untyped]

    return opencc.OpenCC("t2s")


#: Code points where t2s can change anything (CJK radicals … compatibility forms; extension planes).
_CJK_RANGES = ((0x2E80, 0xFFFF), (0x20000, 0x2FFFF))


@lru_cache(maxsize=4)
def _convertible_re(cc: Any) -> re.Pattern[str]:
    """A character class of every char ``cc`` converts on its own (computed once: one call over all CJK).

    Text holding none of them is left as it is. A phrase rule all of whose chars are unchanged on their own
    would turn simplified text into other simplified text; skipping it keeps such text as printed.
    """
    chars = [chr(c) for a, b in _CJK_RANGES for c in range(a, b + 1) if not 0xD800 <= c < 0xE000]
    converted = cc.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a converter that joins lines: check nothing, convert everything
        return re.compile(r"[^\x00-\x7f]")
    changed = [c for c, d in zip(chars, converted) if c != d and ord(c) <= 0xFFFF]
    # A class of BMP chars compiles to a bitmap (fast); any supplementary-plane CJK just triggers conversion.
    return re.compile("[" + "".join(re.escape(c) for c in changed) + "\U00020000-\U0002ffff]")


def to_simplified(n: Normalized) -> Normalized:
    """Traditional → simplified Chinese with OpenCC ``t2s``.

    Converted line by line; a line whose length changed (a phrase rule that is not char for char) is
    redone char by char and mapped with an alignment, so the offset map stays exact.
    """
    if n.text.isascii():
        return n
    cc = _t2s()
    if _convertible_re(cc).search(n.text) is None:
        return n  # nothing OpenCC would change: skip the conversion
    whole = cc.convert(n.text)
    if len(whole) == len(n.text):
        return _with_text(n, whole)
    edits: list[Edit] = []
    pos = 0
    for line in n.text.split("\n"):
        conv = cc.convert(line)
        if len(conv) == len(line):
            edits.append((pos, pos + len(line), conv))
        else:
            edits.extend((pos + i, pos + i + 1, cc.convert(ch) or ch) for i, ch in enumerate(line))
        pos += len(line) + 1
    return _apply_edits(n, edits)


# --- full-width → half-width -------------------------------------------------------------------------

_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20  # ideographic space


_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")
_FULLWIDTH_RUN_RE = re.compile("[\uff01-\uff5e\u3000]+")


def to_halfwidth(n: Normalized) -> Normalized:
    """Full-width ASCII twins (０-９, Ａ-Ｚ, ．，：；％（） …) → ASCII; 、。“”《》 and 〇/○ stay (no ASCII twin)."""
    if _FULLWIDTH_RE.search(n.text) is None:
        return n
    # Only the full-width runs are translated: str.translate over a whole CJK text is slow.
    return _with_text(n, _FULLWIDTH_RUN_RE.sub(lambda m: m.group().translate(_HALFWIDTH), n.text))


# --- chunk markers -----------------------------------------------------------------------------------

_MARKER_RE = re.compile(r"^([0-9０-９]{1,4})、", re.MULTILINE)
_SENTENCE_END = frozenset("。！？；;!?…")
_NUMBER_CHARS = frozenset("0123456789.０１２３４５６７８９．")
#: A scraped chunk is long (hundreds of chars) on average; real numbered-list items are short.
MIN_CHUNK_CHARS = 80


def _marker_chain(text: str) -> list[re.Match[str]]:
    """The chunk sequence: ``1、`` opening the text, then ``2、``, ``3、`` … each opening the very next line.

    The chain stops at the first line that does not continue it (a line without the next marker): a scraper
    marks every line it cut, so an unmarked line ends the chunked part.
    """
    chain: list[re.Match[str]] = []
    if "、" not in text:
        return chain
    for m in _MARKER_RE.finditer(text):
        number = int(m.group(1).translate(_HALFWIDTH))
        if not chain:
            if number != 1 or text[: m.start()].strip():
                return []
        elif number != len(chain) + 1 or text.find("\n", chain[-1].end(), m.start() - 1) >= 0:
            break
        chain.append(m)
    return chain


def _cuts_a_number(text: str, m: re.Match[str]) -> bool:
    """The line break before marker ``m`` falls inside a number (``计生率为8`` / ``2、1.14%``)."""
    before = m.start() - 2
    return before >= 0 and text[before] in _NUMBER_CHARS and text[m.end() : m.end() + 1] in _NUMBER_CHARS - {""}


def _looks_chunked(text: str, chain: list[re.Match[str]]) -> bool:
    """At least two markers; at least half the cuts mid-sentence (a real list's items end sentences); and
    either the chunks are long on average (≥ ``MIN_CHUNK_CHARS``) or a cut splits a number.

    A single short chunk is normal (the scraper cuts where it likes), so length is judged over the chain,
    not per chunk; a short list (``1、计划生育率98%`` / ``2、统计准确率100%``) has short items and no split number.
    """
    if len(chain) < 2:
        return False
    cuts = [text[max(0, m.start() - 64) : m.start() - 1].rstrip(" \t")[-1:] for m in chain[1:]]
    mid = sum(1 for c in cuts if c and c not in _SENTENCE_END)
    if 2 * mid < len(cuts):
        return False
    mean_len = (chain[-1].start() - chain[0].start()) / (len(chain) - 1)
    return mean_len >= MIN_CHUNK_CHARS or any(_cuts_a_number(text, m) for m in chain[1:])


def join_chunk_markers(n: Normalized) -> Normalized:
    """Remove scraper chunk markers ``N、`` and the line break before them, rejoining cut words and numbers.

    A line-start ``N、`` is a chunk marker only when the markers run 1, 2, 3 … from the start of the file on
    consecutive lines, the cuts mostly fall mid-sentence, and the chunks are long on average or a cut splits
    a number; so a real numbered list (short finished items, or not at the file start) is left alone.
    """
    text = n.text
    chain = _marker_chain(text)
    if not _looks_chunked(text, chain):
        return n
    edits: list[Edit] = [(chain[0].start(), chain[0].end(), "")]
    edits.extend((m.start() - 1, m.end(), "") for m in chain[1:])
    return _apply_edits(n, edits)


# --- spinner synonyms --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Synonym:
    """One spinner swap: ``wrong`` was written for ``right``; only inside ``contexts`` when any are given.

    ``confidence``: ``certain`` (never literal in this genre: always undone, counts as spinning evidence),
    ``high`` (undone when the document shows spinning; counts as evidence), ``low`` (undone only when the
    document shows spinning; no evidence by itself).
    """

    wrong: str
    right: str
    confidence: str
    contexts: tuple[str, ...] = ()


@dataclass(frozen=True)
class SynonymTable:
    entries: tuple[Synonym, ...]
    evidence_min_hits: int


def _schemas_dir() -> str:
    from fpcheck.catalog import schemas_dir

    return str(schemas_dir())


@cache
def load_synonyms(path: str | None = None) -> SynonymTable:
    """Load the spinner synonym table (default: bundled ``schemas/synonyms.yaml``)."""
    path = path or os.path.join(_schemas_dir(), "synonyms.yaml")
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    entries = []
    for raw in data["synonyms"]:
        conf = raw.get("confidence", "low")
        if conf not in ("certain", "high", "low"):
            raise ValueError(f"synonyms: bad confidence {conf!r} for {raw['from']}")
        contexts = tuple(raw.get("contexts") or ())
        for ctx in contexts:
            if raw["from"] not in ctx:
                raise ValueError(f"synonyms: context {ctx!r} does not contain {raw['from']!r}")
        entries.append(Synonym(raw["from"], raw["to"], conf, contexts))
    return SynonymTable(tuple(entries), int(data.get("evidence_min_hits", 2)))


def _find_all(text: str, word: str) -> list[int]:
    """Start of every non-overlapping occurrence of ``word`` (as ``re.finditer`` would find them)."""
    out: list[int] = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def _hits(text: str, syn: Synonym) -> list[tuple[int, int]]:
    """Spans of ``syn.wrong`` in ``text`` (within one of its contexts, when it has any)."""
    w = len(syn.wrong)
    if not syn.contexts:
        return [(i, i + w) for i in _find_all(text, syn.wrong)]
    spans = set()
    for ctx in syn.contexts:
        if ctx not in text:
            continue
        k = ctx.index(syn.wrong)
        spans.update((i + k, i + k + w) for i in _find_all(text, ctx))
    return sorted(spans)


def unspin(n: Normalized, table: SynonymTable | None = None) -> Normalized:
    """Undo spinner synonym swaps (方案生育 → 计划生育, 效劳 → 服务 …) as ``schemas/synonyms.yaml`` says.

    ``certain`` swaps always; the others only when the text shows spinning evidence (enough hits of
    ``certain``/``high`` swaps), and context-restricted ones only inside their contexts, so literal uses
    (开展活动, 按标准) survive.
    """
    table = table or load_synonyms()
    text = n.text
    hits = [(syn, _hits(text, syn)) for syn in table.entries if syn.wrong in text]  # `in`: a fast C scan
    evidence = sum(len(h) for syn, h in hits if syn.confidence in ("certain", "high"))
    spinning = evidence >= table.evidence_min_hits
    edits: list[tuple[int, int, int, str]] = []
    for syn, spans in hits:
        if syn.confidence == "certain" or spinning:
            edits.extend((s, -e, -len(syn.wrong), syn.right) for s, e in spans)
    edits.sort()
    chosen: list[Edit] = []
    for s, neg_e, _, right in edits:  # leftmost, then longest, non-overlapping
        if chosen and s < chosen[-1][1]:
            continue
        chosen.append((s, -neg_e, right))
    return _apply_edits(n, chosen)


# --- Chinese numerals → digits -----------------------------------------------------------------------

#: Measure words after which a Chinese numeral is a count (三次, 四百四十九人, 五十万元).
MEASURE_WORDS = "人名例次个户份件元岁"
_PERCENT_RE = re.compile(rf"(千分之|百分之)({CHINESE_NUMBER_RE}|[0-9]+(?:\.[0-9]+)?)")
_NUMERAL_CHARS = "零〇○O一二三四五六七八九十百千万亿两兩萬億点"
# The numeral not preceded by 第 or another numeral char. The look-behind sits after the first char (checking
# the char before it) so the pattern starts with a character class, which the regex engine skips to fast.
_COUNT_RE = re.compile(
    rf"({CHINESE_NUMBER_RE[:CHINESE_NUMBER_RE.index(']') + 1]}(?<![第{_NUMERAL_CHARS}].)"
    rf"{CHINESE_NUMBER_RE[CHINESE_NUMBER_RE.index(']') + 1:]})(?=([{MEASURE_WORDS}]|万元|年))"
)
_NOT_AFTER = ("次性",)  # 一次性 is an adjective, not a count


def _digits(text: str) -> str | None:
    """Arabic rendering of a Chinese numeral, keeping a trailing 万/亿 (五十万 → 50万); None if not a number."""
    p = parse_number(text)
    if p is None:
        return None
    value = p.value / p.scale if p.scale > 1 else p.value
    rendered = f"{value:.{p.decimals}f}"
    if p.scale > 1:
        rendered += text[-1]
    return rendered


def _count_edit(text: str, m: re.Match[str]) -> Edit | None:
    """Edit for a numeral before a measure word, or None when it is a word (一孩, 一次性) or malformed."""
    token, follower = m.group(1), m.group(2)
    if token == "一" or text.startswith(_NOT_AFTER, m.end(1)):
        return None
    if follower == "年" and not (len(token) == 4 and all(c not in "十百千万亿萬億" for c in token)):
        return None  # only digit-by-digit years (二〇〇八年); 五年 stays a duration in words
    digits = _digits(token)
    return None if digits is None else (m.start(1), m.end(1), digits)


def numerals_to_digits(n: Normalized) -> Normalized:
    """Chinese numerals → Arabic in numeric context only: before a measure word (三次 → 3次, 四百四十九人 →
    449人, 二〇〇八年 → 2008年) or in 千分之/百分之 (千分之一点五二 → 1.52‰). Words such as 一孩, 三结合, 第一,
    十七大, 一票否决, 一次性 and a lone 一 (一个, 一人) are left alone. Numbers ending in 万/亿 keep it (五十万元 → 50万元).
    """
    text = n.text
    edits: list[Edit] = []
    for m in _PERCENT_RE.finditer(text):
        p = parse_number(m.group(0))
        if p is not None and p.unit is not None:
            edits.append((m.start(), m.end(), f"{p.value:.{p.decimals}f}{p.unit}"))
    taken_starts = [s for s, _, _ in edits]  # sorted, non-overlapping
    for m in _COUNT_RE.finditer(text):
        k = bisect.bisect_left(taken_starts, m.end(1))
        if k and edits[k - 1][1] > m.start(1):
            continue  # inside a 千分之/百分之 construction already converted
        edit = _count_edit(text, m)
        if edit is not None:
            edits.append(edit)
    edits.sort()
    return _apply_edits(n, edits)


# --- all steps ---------------------------------------------------------------------------------------

STEPS = (unify_line_breaks, to_simplified, to_halfwidth, join_chunk_markers, unspin, numerals_to_digits)


def normalize(original: str) -> Normalized:
    """Run every normalisation step in order on decoded text, keeping the map to ``original``."""
    n = Normalized.identity(original)
    for step in STEPS:
        n = step(n)
    return n
