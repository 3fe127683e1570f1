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
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, Protocol

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


@dataclass(frozen=True)
class Normalized:
    """Normalised ``text`` plus ``origin``: for each char its offset in ``original`` (last entry = len(original)).

    ``ends`` (private; derived from ``origin`` when not given) holds, per normalised char, the end of the
    original span it came from, so spans map back tightly across deletions and many-to-one replacements.
    """

    text: str
    origin: tuple[int, ...]
    original: str
    ends: np.ndarray | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.origin) != len(self.text) + 1:
            raise ValueError("origin must have len(text) + 1 entries")
        if self.ends is None or len(self.ends) != len(self.text):
            o = np.array(self.origin, dtype=np.int64)
            ends = np.minimum(np.maximum(o[1:], o[:-1] + 1), len(self.original))
            object.__setattr__(self, "ends", ends)

    @classmethod
    def identity(cls, text: str) -> Normalized:
        """The trivial normalisation: text unchanged, each char maps to itself."""
        return cls(text, tuple(range(len(text) + 1)), text, np.arange(1, len(text) + 1, dtype=np.int64))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Half-open span in the normalised text → half-open span of the original chars that produced it."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside normalised text of length {len(self.text)}")
        if start == end:
            return self.origin[start], self.origin[start]
        return self.origin[start], int(self.ends[end - 1])  # type: ignore[index]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(m.end() for m in re.finditer(r"\r\n?|\n", self.original))]

    def line_of(self, orig_offset: int) -> int:
        """1-based line number in the original (CRLF, CR and LF all end a line) of an original offset."""
        return bisect.bisect_right(self._line_starts, orig_offset)


def _compose(prev: Normalized, text: str, step_origin: np.ndarray, step_ends: np.ndarray) -> Normalized:
    """Chain a step's map (output char → span in ``prev.text``) onto ``prev``'s map to the original."""
    po, pe = _arrays(prev)
    origin = np.append(po[step_origin], len(prev.original))
    ends = pe[np.maximum(step_ends - 1, 0)]
    out = Normalized(text, tuple(origin.tolist()), prev.original, ends)
    object.__setattr__(out, "_arrays", (origin, ends))
    return out


def _arrays(n: Normalized) -> tuple[np.ndarray, np.ndarray]:
    """``origin`` and ``ends`` as integer arrays (cached on the instance: composing is vectorised)."""
    cached = n.__dict__.get("_arrays")
    if cached is None:
        cached = (np.array(n.origin, dtype=np.int64), n.ends)
        object.__setattr__(n, "_arrays", cached)
    return cached  # type: ignore[no-any-return]


def _apply_edits(n: Normalized, edits: Iterable[Edit]) -> Normalized:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits to ``n.text``, composing the map.

    Unchanged stretches map one to one; a replacement spreads its source span proportionally over its
    output chars (equal lengths: char for char), so the map stays monotone whatever the lengths.
    """
    src = n.text
    pieces: list[str] = []
    origin: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    pos = 0
    for start, end, rep in edits:
        if start < pos or end < start or (start == end and rep):
            raise ValueError(f"bad edit ({start}, {end}) at position {pos}")
        if src[start:end] == rep:
            continue
        pieces.append(src[pos:start])
        origin.append(np.arange(pos, start))
        ends.append(np.arange(pos + 1, start + 1))
        width, k = end - start, len(rep)
        if k:
            j = np.arange(k)
            origin.append(start + j * width // k)
            ends.append(start - (-(j + 1) * width // k))
        pieces.append(rep)
        pos = end
    if not pieces:
        return n
    pieces.append(src[pos:])
    origin.append(np.arange(pos, len(src)))
    ends.append(np.arange(pos + 1, len(src) + 1))
    return _compose(n, "".join(pieces), np.concatenate(origin), np.concatenate(ends))


def _with_text(n: Normalized, text: str) -> Normalized:
    """A char-for-char (length-preserving) step: same map, new text."""
    if text == n.text:
        return n
    assert len(text) == len(n.text)
    out = Normalized(text, n.origin, n.original, n.ends)
    if "_arrays" in n.__dict__:
        object.__setattr__(out, "_arrays", n.__dict__["_arrays"])
    return out


# --- line breaks -------------------------------------------------------------------------------------


def unify_line_breaks(n: Normalized) -> Normalized:
    """CRLF and lone CR → LF (a CRLF pair maps back to both chars)."""
    if "\r" not in n.text:
        return n
    return _apply_edits(n, ((m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", n.text)))


# --- traditional → simplified ------------------------------------------------------------------------


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


class _ClibConverter:
    """OpenCC through its compiled module, for installs whose ``opencc/__init__.py`` wrapper is missing."""

    def __init__(self, config: str) -> None:
        from opencc.clib import opencc_clib  # type: ignore[import-not-found]

        share = os.path.join(os.path.dirname(opencc_clib.__file__), "share", "opencc", config + ".json")
        self._cc: Any = opencc_clib._OpenCC(share, True, None)

    def convert(self, text: str) -> str:
        data = text.encode("utf-8")
        return str(self._cc.convert(data, len(data)))


@cache
def _t2s() -> _Converter:
    """The OpenCC ``t2s`` converter (official ``opencc`` package, native code)."""
    import opencc  # type: ignore[import-untyped]

    if hasattr(opencc, "OpenCC"):
        return opencc.OpenCC("t2s")  # type: ignore[no-any-return]
    return _ClibConverter("t2s")


def to_simplified(n: Normalized) -> Normalized:
    """Traditional → simplified Chinese with OpenCC ``t2s``.

    Converted line by line; a line whose length changed (a phrase rule that is not char for char) is
    redone char by char and mapped with an alignment, so the offset map stays exact.
    """
    if n.text.isascii():
        return n
    cc = _t2s()
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


def to_halfwidth(n: Normalized) -> Normalized:
    """Full-width ASCII twins (０-９, Ａ-Ｚ, ．，：；％（） …) → ASCII; 、。“”《》 and 〇/○ stay (no ASCII twin)."""
    if _FULLWIDTH_RE.search(n.text) is None:
        return n
    return _with_text(n, n.text.translate(_HALFWIDTH))


# --- chunk markers -----------------------------------------------------------------------------------

_MARKER_RE = re.compile(r"^([0-9０-９]{1,4})、", re.MULTILINE)
_SENTENCE_END = frozenset("。！？；;!?…")
#: A scraped chunk is a long line (hundreds of chars); real numbered-list items are short.
MIN_CHUNK_CHARS = 80


def _marker_chain(text: str) -> list[re.Match[str]]:
    """Line-start ``N、`` markers forming the chunk sequence 1, 2, 3 … (first at the start of the text)."""
    chain: list[re.Match[str]] = []
    for m in _MARKER_RE.finditer(text):
        number = int(m.group(1).translate(_HALFWIDTH))
        if not chain:
            if number != 1 or text[: m.start()].strip():
                return []
            chain.append(m)
        elif number == len(chain) + 1 and m.start() - chain[-1].start() >= MIN_CHUNK_CHARS:
            chain.append(m)
    return chain


def _looks_chunked(text: str, chain: list[re.Match[str]]) -> bool:
    """At least two markers, and at least half the cuts fall mid-sentence (a real list's items end sentences)."""
    if len(chain) < 2:
        return False
    cuts = [text[max(0, m.start() - 64) : m.start() - 1].rstrip(" \t")[-1:] for m in chain[1:]]
    mid = sum(1 for c in cuts if c and c not in _SENTENCE_END)
    return 2 * mid >= len(cuts)


def join_chunk_markers(n: Normalized) -> Normalized:
    """Remove scraper chunk markers ``N、`` and the line break before them, rejoining cut words and numbers.

    A line-start ``N、`` is a chunk marker only when the markers run 1, 2, 3 … from the start of the file,
    each chunk is long (≥ ``MIN_CHUNK_CHARS``) and the cuts mostly fall mid-sentence; so a real numbered list
    (short items, not at the file start, restarting at 1) is left alone.
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


def _hits(text: str, syn: Synonym) -> list[tuple[int, int]]:
    """Spans of ``syn.wrong`` in ``text`` (within one of its contexts, when it has any)."""
    if not syn.contexts:
        return [(m.start(), m.end()) for m in re.finditer(re.escape(syn.wrong), text)]
    spans = set()
    for ctx in syn.contexts:
        k = ctx.index(syn.wrong)
        for m in re.finditer(re.escape(ctx), text):
            spans.add((m.start() + k, m.start() + k + len(syn.wrong)))
    return sorted(spans)


def unspin(n: Normalized, table: SynonymTable | None = None) -> Normalized:
    """Undo spinner synonym swaps (方案生育 → 计划生育, 效劳 → 服务 …) as ``schemas/synonyms.yaml`` says.

    ``certain`` swaps always; the others only when the text shows spinning evidence (enough hits of
    ``certain``/``high`` swaps), and context-restricted ones only inside their contexts, so literal uses
    (开展活动, 按标准) survive.
    """
    table = table or load_synonyms()
    hits = [(syn, _hits(n.text, syn)) for syn in table.entries]
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
_COUNT_RE = re.compile(rf"(?<![第{_NUMERAL_CHARS}])({CHINESE_NUMBER_RE})(?=([{MEASURE_WORDS}]|万元|年))")
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
