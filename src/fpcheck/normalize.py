"""Normalise decoded report text while keeping a map back to the original characters.

Steps, in order (each a public function ``Normalized -> Normalized``): line breaks (CRLF/CR → LF),
traditional → simplified (OpenCC ``t2s``), thousands separators dropped (23,456 → 23456), full-width →
half-width, markdown bold around figures, joining scraper chunk markers (``\\n2、``), rejoining lines
hard-wrapped at a page width (PDF and OCR copies), undoing spinner synonym swaps (``schemas/synonyms.yaml``),
Chinese numerals → Arabic digits in numeric context. Every step records, for each output character, the span
of original characters it came from, so a figure found in the normalised text can be reported at its place
in the file.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import accumulate
from typing import Any

import numpy as np

from fpcheck.numerals import CHINESE_NUMBER_RE, NOTE_MARK, parse_number

__all__ = [
    "Normalized",
    "normalize",
    "unify_line_breaks",
    "to_simplified",
    "drop_digit_group_commas",
    "drop_digit_group_spaces",
    "drop_page_breaks",
    "strip_html",
    "join_cell_lines",
    "drop_footnote_marks",
    "to_halfwidth",
    "decimal_marks",
    "wan_qian",
    "join_chunk_markers",
    "join_wrapped_lines",
    "unspin",
    "numerals_to_digits",
    "Synonym",
    "load_synonyms",
]

Edit = tuple[int, int, str]  # (start, end, replacement) in the input text of a step


class _StepMap:
    """How one step's output maps back to its input: the step's edits, in order.

    Edit ``i`` wrote ``size[i]`` output chars from ``out[i]`` in place of input chars ``src[i]:src_end[i]``;
    chars between edits were copied one to one. A replacement spreads its source span proportionally over
    its output chars (equal lengths: char for char), so the map stays monotone whatever the lengths. Lookups
    are a bisection over the edits, so a step costs nothing per unchanged character.
    """

    __slots__ = ("out", "size", "src", "src_end")

    def __init__(self, out: list[int], size: list[int], src: list[int], src_end: list[int]) -> None:
        self.out, self.size, self.src, self.src_end = out, size, src, src_end

    def back(self, start: int, last: int) -> tuple[int, int]:
        """Where output position ``start`` (``0 <= start <= len(output)``) comes from in the input, and the
        last input char of the span output char ``last`` came from."""
        out, size, src, src_end = self.out, self.size, self.src, self.src_end
        i = bisect_right(out, start) - 1
        if i >= 0:
            j, k = start - out[i], size[i]
            start = src[i] + j * (src_end[i] - src[i]) // k if j < k else src_end[i] + j - k
        i = bisect_right(out, last) - 1
        if i >= 0:
            j, k = last - out[i], size[i]
            last = src[i] - (-(j + 1) * (src_end[i] - src[i]) // k) - 1 if j < k else src_end[i] + j - k
        return start, last


class Normalized:
    """Normalised ``text`` of ``original``, with the map from each normalised char back to the original.

    The map is the chain of the steps that moved characters (each a ``_StepMap``, the last step first);
    steps that changed nothing or only replaced chars one for one add nothing to it, so plain text costs
    nothing to map. ``to_original`` walks the chain back; ``origin`` spells the whole map out (for
    inspection and tests).
    Immutable by convention: every step returns a new instance.
    """

    __slots__ = ("text", "original", "_maps", "_origin", "_lines")

    def __init__(self, text: str, original: str, maps: tuple[_StepMap, ...] = ()) -> None:
        if not maps and len(text) != len(original):
            raise ValueError("text and original differ in length but no map is given")
        self.text, self.original, self._maps = text, original, maps
        self._origin: tuple[int, ...] | None = None
        self._lines: list[int] | None = None

    @property
    def origin(self) -> tuple[int, ...]:
        """Per normalised char its offset in ``original``; last entry ``len(original)``."""
        if self._origin is None:
            self._origin = tuple(self.to_original(p, p)[0] for p in range(len(self.text) + 1))
        return self._origin

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalized):
            return NotImplemented
        return self.text == other.text and self.original == other.original and self.origin == other.origin

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Normalized(text={self.text[:40]!r}…, original={len(self.original)} chars)"

    @property
    def moved(self) -> bool:
        """Whether any step moved characters; when none did, each offset is the same in the original."""
        return bool(self._maps)

    @classmethod
    def identity(cls, text: str) -> Normalized:
        """The trivial normalisation: text unchanged, each char maps to itself."""
        return cls(text, text)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Half-open span in the normalised text → half-open span of the original chars that produced it."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span ({start}, {end}) outside normalised text of length {len(self.text)}")
        if not self._maps:
            return start, end
        s, last = start, end - 1
        for m in self._maps:  # (the last step first)
            s, last = m.back(s, last)
        return (s, s) if start == end else (s, last + 1)

    def line_of(self, orig_offset: int) -> int:
        """1-based line number in the original (CRLF, CR and LF all end a line) of an original offset."""
        if self._lines is None:  # (a plain LF search is a fast literal scan; CR needs the general pattern)
            ends = _LINE_END_RE if "\r" in self.original else _LF_RE
            self._lines = [0, *(m.end() for m in ends.finditer(self.original))]
        return bisect_right(self._lines, orig_offset)


_LINE_END_RE = re.compile(r"\r\n?|\n")
_LF_RE = re.compile("\n")


def _apply_edits(n: Normalized, edits: Iterable[Edit]) -> Normalized:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits to ``n.text``, extending the map.

    Edits that change nothing are dropped; when none is left, ``n`` itself is returned.
    """
    src = n.text
    kept = [(s, e, r) for s, e, r in edits if src[s:e] != r]
    if not kept:
        return n
    starts, stops, reps = (list(x) for x in zip(*kept))
    ends = [0, *stops]  # where each unchanged run starts
    if any(s < e for s, e in zip(starts, ends)) or any(e < s or (e == s and r) for s, e, r in kept):
        raise ValueError(f"edits overlap, run backwards or insert: {kept}")
    size = [len(r) for r in reps]
    text = "".join([piece for s, e, r in zip(starts, ends, reps) for piece in (src[e:s], r)]) + src[stops[-1]:]
    if all(k == e - s for s, e, k in zip(starts, stops, size)):
        return _with_text(n, text)  # char for char (方案 → 计划): no char moved, no map to add
    shifts = accumulate((k - (e - s) for s, e, k in zip(starts, stops, size)), initial=0)
    out = [s + d for s, d in zip(starts, shifts)]
    return Normalized(text, n.original, (_StepMap(out, size, starts, stops), *n._maps))


def _with_text(n: Normalized, text: str) -> Normalized:
    """A char-for-char (length-preserving) step: same map, new text."""
    if text == n.text:
        return n
    assert len(text) == len(n.text)
    return Normalized(text, n.original, n._maps)


# --- line breaks -------------------------------------------------------------------------------------


def _set_chars(n: Normalized, at: list[int], ch: str) -> Normalized:
    """``n`` with the chars at offsets ``at`` made ``ch`` (a blank or a line break made a tab or a line break: char
    for char, the map unchanged); ``n`` itself when there are none."""
    if not at:
        return n
    text, prev = n.text, 0
    pieces: list[str] = []
    for i in sorted(set(at)):  # (slices between them: no list of every char)
        pieces += (text[prev:i], ch)
        prev = i + 1
    return _with_text(n, "".join(pieces) + text[prev:])


def _find_all(text: str, word: str) -> list[int]:
    """Start of every non-overlapping occurrence of ``word`` (as ``re.finditer`` finds them)."""
    out: list[int] = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def unify_line_breaks(n: Normalized) -> Normalized:
    """CRLF and lone CR → LF (a CRLF pair maps back to both chars); a form feed (a PDF's page break, \\f) too."""
    text = n.text
    if "\r" not in text and "\f" not in text:
        return n
    crlf = _apply_edits(n, [(i, i + 2, "\n") for i in _find_all(text, "\r\n")])
    return _with_text(crlf, crlf.text.replace("\r", "\n").replace("\f", "\n"))


# --- HTML left over from scraping ------------------------------------------------------------------------

#: A tag (<p style="…">, </p>, <br/>, <a href="…">) or a character entity (&nbsp;, &gt;, &#8220;).
_HTML_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>\n]{0,400}?/?>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")
_HTML_BLOCKS = frozenset("p br div tr li ul ol table tbody thead h1 h2 h3 h4 h5 h6 section article".split())
_HTML_CELLS = frozenset(("td", "th"))
_HTML_MIN = 3  # tags or entities a text must hold to be read as scraped HTML (a lone "<110" is not)


def strip_html(n: Normalized) -> Normalized:
    """Tags and entities of a page scraped with its HTML (<p>…</p>, 首页&nbsp;&gt;&nbsp;政务公开, &ldquo;), so the text
    reads as the page showed it: a block tag is a line break, a table cell's tag a tab, any other tag nothing,
    an entity its character (&nbsp; a blank). Text with fewer than three of them is left alone."""
    text = n.text
    if "<" not in text and "&" not in text:
        return n
    found = list(_HTML_RE.finditer(text))
    if len(found) < _HTML_MIN:
        return n
    edits: list[Edit] = []
    for m in found:
        if m.group(2) is None:
            entity = html.unescape(m.group())
            edits.append((m.start(), m.end(), " " if entity == "\xa0" else entity))
        else:
            tag = m.group(2).lower()
            edits.append((m.start(), m.end(), "\n" if tag in _HTML_BLOCKS else "\t" if tag in _HTML_CELLS else ""))
    return _apply_edits(n, edits)


# --- a table copied one cell per line ----------------------------------------------------------------

_SERIAL_HEAD_RE = re.compile(r"(?:^|\n)[ \t]*序号[ \t]*\n")  # (a literal first: the scan looks for 序号 only)
_CELL_MAX = 24  # chars of a cell on its own line (a sentence is longer, or holds 。)


def join_cell_lines(n: Normalized) -> Normalized:
    """A table copied from a web page one cell per line (序号 / 指标名称 / 单位 / 2019年 / 2018年 / 1 / 年初户籍人口 /
    人 / 28406 / …) back into rows, its cells parted by tabs, so it reads as a table pasted as text: the header
    opens with 序号, each row with its number (1, 2, 3 …) after as many lines as the header has cells.
    Line breaks inside a row become tabs, char for char."""
    text = n.text
    if "序号" not in text:
        return n
    tabs: list[int] = []  # the line breaks inside rows, to become tabs
    done = 0  # where the cell lines looked at so far end: a 序号 among them starts nothing new
    for m in _SERIAL_HEAD_RE.finditer(text):
        if m.start() < done:
            continue
        lines: list[tuple[int, int, str]] = []  # (start, end, text) of each line that may be a cell
        pos = m.end() - len(m.group().lstrip("\n"))
        while pos < len(text) and len(lines) < 2000:  # (the lines after 序号, up to the first that is no cell)
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            cell = text[pos:end].strip()
            if not cell or len(cell) > _CELL_MAX or "。" in cell:
                break
            lines.append((pos, end, cell))
            pos = end + 1
        done = pos
        width = next((i for i, (_, _, c) in enumerate(lines) if c == "1"), 0)
        rows = [lines[:width]] if width >= 3 else []
        while rows and len(lines) >= width * (len(rows) + 1) and lines[width * len(rows)][2] == str(len(rows)):
            rows.append(lines[width * len(rows): width * (len(rows) + 1)])
        if len(rows) >= 3:  # (the header and two rows at least)
            tabs += [end for row in rows for _, end, _ in row[:-1]]
    if not tabs:
        return n
    pieces, last = [], 0
    for at in tabs:
        pieces += [text[last:at], "\t"]
        last = at + 1
    return _with_text(n, "".join([*pieces, text[last:]]))


# a short line with no clause in it (其中：一孩 too), a cell of a table flattened one cell a line
_FLAT_CELL_RE = re.compile(r"[ \t\u3000]*((?:其中[：:])?[^\n，,。；;：:\t]{1,16}?)[ \t\u3000]*(?=\n|$)")
_FLAT_FIGURE_RE = re.compile(r"[-+]?(?=[\dlIOSB.,%‰]*\d)[\dlIOSB][\dlIOSB.,%‰]*|[—–\-/…]{1,2}")  # (OCR letters: ll20)
_BLANK_LINE_RE = re.compile(r"[ \t\u3000]*\n")
_FLAT_HINT_RE = re.compile(r"\n[ \t\u3000]*[-+]?[\dlIOSB][\dlIOSB.,%‰]*[ \t\u3000]*\n")
_FLAT_MIN_WIDTH, _FLAT_MAX_WIDTH = 3, 8


def _flat_rows(cells: list[tuple[int, int, str]]) -> tuple[int, int]:
    """(columns, rows) of the widest reading of a run of one-cell lines as a header and rows: the header all words,
    each row a word (its label) then cells of the same kinds (figure or word) in every row, one figure column at
    least, two rows at least; (0, 0) when there is none."""
    best = (0, 0)
    for k in range(_FLAT_MIN_WIDTH, _FLAT_MAX_WIDTH + 1):
        if len(cells) < 3 * k or any(_FLAT_FIGURE_RE.fullmatch(c) for _, _, c in cells[:k]):
            continue
        kinds = None
        rows = 0
        for r in range(1, len(cells) // k):
            row = [bool(_FLAT_FIGURE_RE.fullmatch(c)) for _, _, c in cells[r * k:(r + 1) * k]]
            if row[0] or not any(row) or kinds is not None and row != kinds:
                break
            kinds, rows = row, rows + 1
        if rows >= 2 and (rows + 1) * k > best[0] * (best[1] + 1):
            best = (k, rows)
    return best


def join_flat_tables(n: Normalized) -> Normalized:
    """A table flattened one cell per line with no 序号 to count its rows by (a scan's OCR or a PDF copy: 指标 / 单位 /
    本期 / 上年同期 / 年初总人口 / 人 / 35126 / 34871 / …) back into rows parted by tabs, char for char: a run of short
    lines, blank lines between them aside (an HTML table's cells a line each, its rows a blank line apart), that reads
    as a header of words and rows of one shape (:func:`_flat_rows`)."""
    text = n.text
    if _FLAT_HINT_RE.search(text) is None:  # (no line is a figure alone: no such table, and most texts stop here)
        return n
    tabs: list[int] = []
    run: list[tuple[int, int, str]] = []
    pos = 0
    while pos <= len(text):
        m = _FLAT_CELL_RE.match(text, pos)
        if m is not None:
            run.append((m.start(1), m.end(), m.group(1)))
        # (a scraped page's rows a blank line apart: the table goes on over it)
        gap = m is None and bool(run) and _BLANK_LINE_RE.match(text, pos) is not None
        if m is None and not gap or m is not None and m.end() >= len(text):
            k, rows = _flat_rows(run)
            tabs += [end for r in range(rows + 1) for _, end, _ in run[r * k:(r + 1) * k - 1]] if rows else []
            run = []
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    return _set_chars(n, tabs, "\t")


# --- traditional → simplified ------------------------------------------------------------------------


@cache
def _t2s() -> Any:
    """The OpenCC ``t2s`` converter (official ``opencc`` package, native code)."""
    import opencc  # type: ignore[import-untyped]

    return opencc.OpenCC("t2s")


#: Code points where t2s can change anything (CJK radicals … compatibility forms; extension planes).
_CJK_RANGES = ((0x2E80, 0xFFFF), (0x20000, 0x2FFFF))


_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def _in_bmp(original: str, converted: str) -> str:
    """OpenCC's output with each char it moved out of the Basic Multilingual Plane given back (潕 → 𣲘 in 潕阳县: no
    report spells a place so, and the patterns' CJK ranges are the BMP's)."""
    if len(converted) != len(original) or converted.isascii() or max(converted) <= "\uffff":
        return converted
    return _ASTRAL_RE.sub(lambda m: o if (o := original[m.start()]) <= "\uffff" else m.group(), converted)


@lru_cache(maxsize=4)
def _convertible(cc: Any) -> np.ndarray:
    """Per code point, whether ``cc`` converts that char on its own (computed once: one call over all CJK).

    Text holding none of them is left as it is. A phrase rule all of whose chars are unchanged on their own
    would turn simplified text into other simplified text; skipping it keeps such text as printed.
    """
    chars = [chr(c) for a, b in _CJK_RANGES for c in range(a, b + 1) if not 0xD800 <= c < 0xE000]
    converted = cc.convert("\n".join(chars)).split("\n")
    table = np.zeros(0x110000, dtype=bool)
    if len(converted) != len(chars):  # a converter that joins lines: check nothing, convert everything
        table[0x80:] = True
        return table
    table[[ord(c) for c, d in zip(chars, converted) if c != d]] = True
    table[0x20000:0x30000] = True  # any supplementary-plane CJK just triggers conversion
    return table


def _codes(text: str) -> np.ndarray:
    """The code points of ``text`` as an array (one C-level pass, for whole-text table lookups)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def to_simplified(n: Normalized) -> Normalized:
    """Traditional → simplified Chinese with OpenCC ``t2s``.

    Converted line by line; a line whose length changed (a phrase rule that is not char for char) is
    redone char by char and mapped with an alignment, so the offset map stays exact.
    """
    if n.text.isascii():
        return n
    cc = _t2s()
    if not _convertible(cc).take(_codes(n.text)).any():
        return n  # nothing OpenCC would change: skip the conversion
    whole = _in_bmp(n.text, cc.convert(n.text))
    if len(whole) == len(n.text):
        return _with_text(n, whole)
    edits: list[Edit] = []
    pos = 0
    for line in n.text.split("\n"):
        conv = _in_bmp(line, cc.convert(line))
        if len(conv) == len(line):
            edits.append((pos, pos + len(line), conv))
        else:
            edits.extend((pos + i, pos + i + 1, cc.convert(ch) or ch) for i, ch in enumerate(line))
        pos += len(line) + 1
    return _apply_edits(n, edits)


# --- OCR damage inside figures ----------------------------------------------------------------------------

#: A run of digits and the letters OCR takes for them (O/o for 0, l/I for 1, S for 5, B for 8), with its decimals,
#: holding at least one real digit and standing apart from any Latin word (2OO6年, 29l人, ll5.56, 6.O5‰, 5 lO2人,
#: 1S836人, 32BB人; not IUD, not Ol, not B超).
_OCR_RUN_RE = re.compile(r"(?<![A-Za-z])(?=[0-9OolISB]*[0-9])[0-9OolISB]+(?:[.][0-9OolISB]+)?(?![A-Za-z])"
                         r"|(?<![A-Za-z0-9])[OolISB]+\.(?=[0-9OolISB]*[0-9])[0-9OolISB]+(?![A-Za-z])")
#: Where such a letter may be (a pattern opening with a character set is scanned for fast): a run holding a
#: letter holds one next to a digit, so only the stretches with one are looked at for the runs.
_OCR_LETTER_NEAR_DIGIT_RE = re.compile(r"[OolISB](?:(?=\.?[0-9])|(?<=[0-9][OolISB])|(?<=[0-9]\.[OolISB]))")  # (at the letter)
_OCR_RUN_CHARS = frozenset("0123456789OolISB.")  # what a run is made of: no run crosses a stretch of them
_OCR_STRETCH_RE = re.compile(r"[0-9OolISB.]*")
_OCR_DIGIT = str.maketrans("OolISB", "001158")
#: A Chinese comma or full stop typed or scanned for a decimal point: between digits, before the one or two
#: decimals of a rate (93，87% / 6。05‰ / 111。53，); a full stop before two digits and a unit (。20个村) ends a
#: sentence. A blank after a decimal point (13. 16‰) and ``%o`` for ‰ (a scan's per mille sign) likewise, and a
#: blank between a figure and its 万 (3.83 万人, a PDF's spacing). The pattern opens with the mark (one character
#: set, which the regex engine skips to), then each branch looks behind for its mark and the digit before it.
_OCR_POINT_RE = re.compile(r"[，,。.% ](?:(?<=[0-9][，,。])(?=[0-9]{1,2}(?:[%‰]|%o))|(?<=[0-9]。)(?=[0-9]{1,2}(?:[，,；;。、)）]|$))"
                           r"|(?<=[0-9]\.)( +)(?=[0-9])|(?<=[0-9]%)o(?![A-Za-z])|(?<=[0-9]%)0(?![0-9.])"
                           r"|(?<=[0-9] )(?=[万亿]))")
#: What a mark the pattern above matches stands for (any other: the decimal point).
_OCR_POINT_FOR = {"%o": "‰", "%0": "‰", " ": ""}
#: The per-mille sign typed as a fraction (6.49 0/00, 6.490/00) and units a scan or a typist gives a look-alike
#: for right after a figure, before a break (1849入。 for 人, 268倒， for 例).
#: (each opening with the char it needs, its digit looked behind: not a look-behind tried at every char)
_OCR_SIGN_RE = re.compile(r"(?: (?<=[0-9] )[0o]|[0o](?<=[0-9][0o]))/[0o]{2}(?![0-9])"
                          r"|[入倒](?<=[0-9][入倒])(?=[，,。；;、）)\s]|$)")
_OCR_SIGN_FOR = {"入": "人", "倒": "例"}
#: The ideographic zero between digits (死亡2〇86人, 2〇〇1年: a scan's or a typesetter's 〇 for 0); ○ after a digit is a
#: mask's circle (3○○○), not read so.
_OCR_ZERO_RE = re.compile("〇(?<=[0-9]〇)〇*(?=[0-9])")
#: Digits scanned a blank apart (3 2 6 4 1 8人), three or more between ideographs or before a unit: one number.
_SPACED_DIGITS_RE = re.compile(r" (?<=[\u4e00-\u9fff][0-9] )[0-9](?: [0-9])+ ?(?=[\u4e00-\u9fff%‰])")  # (from its first blank)


def _digits_for_letters(text: str) -> str:
    """``text`` with the letters of each run (``_OCR_RUN_RE``) read as digits, as a substitution over the whole
    text would leave it; but only the stretches of run chars with a letter next to a digit are scanned for runs
    (each from its start: no run crosses its ends), not every number in the text."""
    pieces: list[str] = []
    last = done = 0  # where the text copied so far ends; where the last stretch scanned ends
    for hit in _OCR_LETTER_NEAR_DIGIT_RE.finditer(text):
        if hit.start() < done:
            continue
        start = hit.start()
        while start and text[start - 1] in _OCR_RUN_CHARS:
            start -= 1
        done = _OCR_STRETCH_RE.match(text, hit.start()).end()  # type: ignore[union-attr]
        for m in _OCR_RUN_RE.finditer(text, start, done + 1):  # (the char after it: its look-ahead)
            pieces += [text[last:m.start()], m.group().translate(_OCR_DIGIT)]
            last = m.end()
    return "".join([*pieces, text[last:]])


def _sign_edits(text: str) -> list[Edit]:
    """``_OCR_SIGN_RE``'s edits, tried only where its slash or its unit stands (入 is common in text, 迁入 and
    投入: a search through every char for it would cost more than the rest of the step)."""
    out: list[Edit] = []
    for ch, back in (("/", (2, 1)), ("入", (0,)), ("倒", (0,))):
        i = text.find(ch)
        while i >= 0:
            if (m := next((m for k in back if i >= k and (m := _OCR_SIGN_RE.match(text, i - k))), None)) is not None:
                out.append((m.start(), m.end(), _OCR_SIGN_FOR.get(m.group(), "‰")))
            i = text.find(ch, i + 1)
    return out


def ocr_figures(n: Normalized) -> Normalized:
    """Undo what a scan does to figures: letters read for digits (29l人 → 291人, 6.O5‰ → 6.05‰, 1S836 → 15836), a Chinese
    comma or full stop for the decimal point (97。25% → 97.25%), a blank after the point (6. 34‰), ``%o`` for
    ‰ (and %0, 0/00), 〇 for 0 between digits (2〇86人), digits a blank apart (3 2 6 4 1 8人) and a look-alike unit
    after a figure (23入 → 23人). Only inside runs that hold a real digit, apart from Latin words,
    so text (IUD, GDP) and masks (XX) are left alone. Extraction tells the reader which figures it read so."""
    if any(c in n.text for c in "OolISB"):  # (`in`: a fast scan)
        n = _with_text(n, _digits_for_letters(n.text))  # (char for char: no map)
    text = n.text
    edits: list[Edit] = []
    for m in _OCR_POINT_RE.finditer(text):
        if m.group(1):  # the blanks after a point
            edits.append((m.start(1), m.end(1), ""))
        else:
            edits.append((m.start(), m.end(), _OCR_POINT_FOR.get(m.group(), ".")))
    for m in _SPACED_DIGITS_RE.finditer(text):
        edits += [(i, i + 1, "") for i in range(m.start(), m.end(), 2)]  # (each blank, the last one too)
    if "〇" in text:
        edits += [(i, i + 1, "0") for m in _OCR_ZERO_RE.finditer(text) for i in range(*m.span())]
    edits += _sign_edits(text)
    return _apply_edits(n, sorted(set(edits)))  # (a blank after a point in spaced digits: found by both)


# --- thousands separators -----------------------------------------------------------------------------

_D = "0-9\uff10-\uff19"
#: 23,456 / 1,234,567.5: a digit group of 1–3, then groups of exactly three after an ASCII comma, not inside
#: a longer number or decimal, and not followed by another ``,digit`` (120,340,56 is a list, not a number).
#: A group may be masked in part or whole (6,4XX人, 1,3**人, 5,9××人, 6X,XXX人): the mask then reads as one figure.
_M = "Xx*×\uff0a"
#: A page's line break may fall inside a group (实际参检3,10‖5人): the group reads across it, and the break is left for
#: :func:`join_wrapped_lines` to judge.
_GROUP = f"\n?[{_D}{_M}]\n?[{_D}{_M}]\n?[{_D}{_M}]"
_GROUPED_RE = re.compile(f"(?<![{_D}.．A-Za-z×])[{_D}{_M}]{{1,3}}(?:,{_GROUP})+(?![{_D}]|,[{_D}])")  # (8,412** : bold)
#: Where such a number may be: a comma before a group (a pattern opening with a literal is a fast scan).
_GROUP_COMMA_RE = re.compile(f",{_GROUP}")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_DIGITS_OR_MASK = _DIGITS | frozenset(_M)


#: ２８６，４１５人: a number typed all in full width takes the full-width comma for its thousands too.
_WIDE_GROUPED_RE = re.compile("(?<![０-９.．])[０-９]{1,3}(?:，[０-９]{3})+(?![０-９]|，[０-９])")
_WIDE_GROUP_COMMA_RE = re.compile("，[０-９]{3}")
_WIDE_DIGITS = frozenset("０１２３４５６７８９")
#: 4，008 / 42，491人: a full-width comma between half-width digits whose group after it opens with 0 (no clause's
#: count does) or ends the figure right before its unit (a clause ending in a bare number before the next one's count
#: with its unit, 一孩4，123人, is rarer than thousands typed in full-width punctuation)
_HALF_GROUPED_RE = re.compile(r"(?<![\d.])\d{1,3}(?:，\d{3})*(?:，0\d{2}(?:，\d{3})*(?!\d|，\d)|，\d{3}(?=人|例|户|名|对|万))")
_HALF_GROUP_COMMA_RE = re.compile(r"，\d{3}(?!\d)")
_ASCII_DIGITS = frozenset("0123456789")


def drop_digit_group_commas(n: Normalized) -> Normalized:
    """Thousands separators out of numbers (23,456 → 23456), so a figure reads whole. An ASCII comma separates
    thousands, and a full-width ``，`` between full-width digits (２８６，４１５); it runs before full-width →
    half-width, because otherwise a full-width ``，`` between digits ends a clause (出生767，死亡326 holds two
    figures) — unless the group after it opens with 0 (4，008) or ends the figure before its unit (42，491人). Each
    comma and the digit after it become that digit, so every digit keeps its own place in the original."""
    text = n.text
    edits = _separator_edits(text, _GROUP_COMMA_RE, _GROUPED_RE, _DIGITS_OR_MASK, frozenset(","))
    if "，" in text:
        edits = sorted(edits + _separator_edits(text, _WIDE_GROUP_COMMA_RE, _WIDE_GROUPED_RE, _WIDE_DIGITS, frozenset("，"))
                       + _separator_edits(text, _HALF_GROUP_COMMA_RE, _HALF_GROUPED_RE, _ASCII_DIGITS, frozenset("，")))
    return _apply_edits(n, edits)


def _separator_edits(text: str, at_re: re.Pattern[str], number_re: re.Pattern[str], digits: frozenset[str],
                     separators: frozenset[str]) -> list[Edit]:
    """Edits taking the separators out of every grouped number ``number_re`` matches, tried from each place
    ``at_re`` finds a separator and a group (its match starting at most three ``digits`` before it): each
    separator and the digit after it become that digit, so every digit keeps its own place in the original."""
    edits: list[Edit] = []
    done = 0  # end of the last number found: its own separators are not looked at again
    for c in at_re.finditer(text):
        at = c.start()
        if at < done:
            continue
        start = at
        while start > at - 3 and start > 0 and text[start - 1] in digits:
            start -= 1
        m = number_re.match(text, start) if start < at else None
        if m is not None:
            edits += [(i, i + 2, text[i + 1]) for i in range(at, m.end()) if text[i] in separators]
            done = m.end()
    return edits


#: 318 426人 / 52 307人 (an old yearbook's or OCR's thin space between thousands): groups of exactly three after a
#: blank, right after an ideograph or an opening mark and right before one or a unit — or one blank apart from them,
#: as a PDF sets figures (户籍人口 312 604 人: a unit, not the next row's label, 男孩 61 127 女孩 57 114 of a table on one
#: line) — or alone in a cell of a table set with wider gaps (一孩  1 706  48.58) — so a row of figures in a text table
#: (7126 68 73) or a date never reads as one number.
_SPACED_RE = re.compile(f"(?:(?<=[\u4e00-\u9fff:：(（])|(?<=[\u4e00-\u9fff:：(（] )|(?<=  )|(?<=\t))[{_D}]{{1,3}}"
                        f"(?:[ \u00a0\u2009\u202f][{_D}]{{3}})+(?=[\u4e00-\u9fff%‰]| [人户例名个万%‰]|  |\t| *(?:\n|$))")
_GROUP_SPACE_RE = re.compile(f"[ \u00a0\u2009\u202f][{_D}]{{3}}(?![{_D}])")  # (where one may be: a fast scan)
_SPACES = frozenset(" \u00a0\u2009\u202f")


def drop_digit_group_spaces(n: Normalized) -> Normalized:
    """Blanks between thousands out of numbers (318 426人 → 318426人), as :func:`drop_digit_group_commas` does
    commas: only where the number stands between ideographs (or a unit), so figures a blank apart in a table
    row stay apart."""
    return _apply_edits(n, _separator_edits(n.text, _GROUP_SPACE_RE, _SPACED_RE, _DIGITS, _SPACES))


# --- invisible format characters ----------------------------------------------------------------------

#: Chars a PDF or a web page carries that show nothing: zero-width space, non-joiner, joiner, word joiner, a BOM
#: inside the text, the soft hyphen (年末户籍人口5\u200b7904人, 出生6\u00ad12人: 57904, 612).
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def drop_invisibles(n: Normalized) -> Normalized:
    """Take out the chars that show nothing (zero-width spaces, soft hyphens), so a figure or a word they sit in reads
    whole, as its reader sees it."""
    if n.text.isascii():
        return n
    return _apply_edits(n, [(m.start(), m.end(), "") for m in _INVISIBLE_RE.finditer(n.text)])


# --- ideographs a blank apart ------------------------------------------------------------------------

#: Three or more single ideographs each a blank apart (全 县 出 生 人 口), matched from the first blank (a literal the
#: regex engine skips to).
_SPACED_IDEOGRAPHS_RE = re.compile(" (?<=[\u4e00-\u9fff] )[\u4e00-\u9fff](?: [\u4e00-\u9fff])+")


def _ideograph(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


#: A line's stretch of single chars each a blank apart, figures and marks too (全 年 死 亡 1 4 3 人 。 人 口 出 生 率
#: 1 1 . 9 1 ‰: a PDF's justified line), from the start of the line or a blank; its last char may start a longer
#: token (… 5 6 12), which is left out of it (no look-ahead: a failed end would make each start rescan the line).
_SPACED_RUN_RE = re.compile(r"(?<![^ \n])(?:[^ \n] ){5,}[^ \n]")
_SPACED_RUN_IDEOGRAPHS = 3  # the ideographs such a stretch holds at least (1 2 3 4 5 6 alone are six figures)


def join_spaced_ideographs(n: Normalized) -> Normalized:
    """The blanks out of a run of three or more single ideographs each a blank apart (计 划 内 出 生361人 →
    计划内出生361人: a scan's or a PDF's letter-spacing), so its words read whole; a run of three touching another
    ideograph only when it is longer (全乡已 婚 育 龄 妇 女, 人口出 生 率: a scan's spacing begun inside a word), not
    words a blank apart (全县 出生 人口), nor two chars alone (张 三: a name padded to three). A letter-spaced stretch
    of a line that holds figures and marks too (死 亡 1 4 3 人 。 出 生 率 1 1 . 9 1 ‰) loses all its blanks, its
    figures read whole (143, 11.91), where it holds three ideographs at least."""
    text = n.text
    edits: list[Edit] = []
    for m in _SPACED_RUN_RE.finditer(text):
        end = m.end() - 2 if m.end() < len(text) and text[m.end()] not in " \n" else m.end()  # (… 5 6 12: not the 1)
        if sum(map(_ideograph, text[m.start():end:2])) >= _SPACED_RUN_IDEOGRAPHS:
            edits += [(i, i + 1, "") for i in range(m.start() + 1, end, 2)]
    for m in _SPACED_IDEOGRAPHS_RE.finditer(text):
        s, e = m.start() - 1, m.end()
        if e - m.start() >= 4 or not (s and _ideograph(text[s - 1]) or e < len(text) and _ideograph(text[e])):
            edits += [(i, i + 1, "") for i in range(m.start(), e, 2)]
    return _apply_edits(n, sorted(set(edits)))  # (a blank of both kinds of stretch taken out once)


# --- full-width → half-width -------------------------------------------------------------------------

_BOX_RULES = frozenset((0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578,
                        0x257A, 0x257C, 0x257E))  # the box-drawing chars that are horizontal strokes
_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20  # ideographic space
_HALFWIDTH[0x2236] = 0x3A  # ratio sign ∶ (男女婴之比为109.69∶100), typed for a colon by Chinese input methods
# Kangxi radicals that a PDF's fonts put for the ideographs they look like (⼈ U+2F08 for 人, ⽣ for 生): NFKC's
# ideograph, one char for one.
_HALFWIDTH.update({cp: ord(unicodedata.normalize("NFKC", chr(cp))) for cp in range(0x2F00, 0x2FD6)})

# Box-drawing lines of a table typed as text (│柏林社区  │  6218│, ├──┼──┤): its bars → |, its rules → -.
_HALFWIDTH.update({cp: ord("-" if cp in _BOX_RULES else "|") for cp in range(0x2500, 0x2580)})

_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000\u2236\u2f00-\u2fd5\u2500-\u257f]")


def to_halfwidth(n: Normalized) -> Normalized:
    """Full-width ASCII twins (０-９, Ａ-Ｚ, ．，：；％（） …) and the ratio sign ∶ → ASCII; 、。“”《》 and 〇/○ stay
    (no ASCII twin). Kangxi radicals standing for ideographs (46⼈) → the ideographs; a text table's box-drawing
    bars and rules → | and -."""
    text = n.text
    m = _FULLWIDTH_RE.search(text)
    # One C-level str.replace per distinct full-width char (a report uses a handful: ，（）：％ …).
    while m is not None:
        text = text.replace(m.group(), chr(_HALFWIDTH[ord(m.group())]))
        m = _FULLWIDTH_RE.search(text, m.start())
    return _with_text(n, text)


#: A decimal comma or 点 before a rate's last digits (６，８８‰, ９８点２６％, 3点97‰): no thousands group has two digits,
#: and a time (8点30分) has no rate sign after it.
_DECIMAL_MARK_RE = re.compile(r"[,点](?<=\d[,点])(?=\d{1,2}[‰%])")  # (the mark first: skipped to fast)


def decimal_marks(n: Normalized) -> Normalized:
    """A decimal comma or 点 between a rate's digits → a decimal point, char for char."""
    text = n.text
    if "," not in text and "点" not in text:
        return n
    return _with_text(n, _DECIMAL_MARK_RE.sub(".", text))


#: a figure in digits with Chinese multipliers (3千2百零8, 1万2千3百, 32万5千, 3千): its first group, then the others
_MIXED_RE = re.compile(r"(\d(?<![\d.]\d)\d{0,3})([万千百])((?:零?\d[千百十])*)(零?\d)?(?![\d.万千百十])")  # (a digit first)
_MULTIPLIER = {"万": 10000, "千": 1000, "百": 100, "十": 10}
_GROUP_RE = re.compile(r"零?(\d)([千百十])")


def wan_qian(n: Normalized) -> Normalized:
    """3千2百零8 → 3208, 1万2千3百 → 12300, 32万5千 → 325000, 3千 → 3000: digits with Chinese multipliers read as one
    figure (its digits spread over the original's chars). A bare digit after the last multiplier is the next lower
    one's (3千2 is 3200, as 三千二 is spoken), after 零 a unit's (3千零8); 3万 alone is left to the reader's 万."""
    text = n.text
    if "千" not in text and "百" not in text:
        return n
    edits: list[Edit] = []
    for m in _MIXED_RE.finditer(text):
        unit = _MULTIPLIER[m.group(2)]
        if unit == 10000 and not m.group(3) and not m.group(4):
            continue
        value = int(m.group(1)) * unit
        for g in _GROUP_RE.finditer(m.group(3)):
            if (lower := _MULTIPLIER[g.group(2)]) >= unit:
                break  # (3百2千: no figure's order)
            unit = lower
            value += int(g.group(1)) * unit
        else:
            if (last := m.group(4)) is not None:
                value += int(last[-1]) * (1 if last.startswith("零") else unit // 10)
            edits.append((m.start(), m.end(), str(value)))
    return _apply_edits(n, edits) if edits else n


# --- chunk markers -----------------------------------------------------------------------------------

_MARKER_RE = re.compile(r"^[ \t\u3000]*([0-9０-９]{1,4})、", re.MULTILINE)
_SENTENCE_END = frozenset("。！？；;!?…")
_NUMBER_CHARS = frozenset("0123456789.０１２３４５６７８９．")
#: A scraped chunk is long (hundreds of chars) on average; real numbered-list items are short.
MIN_CHUNK_CHARS = 80


#: a chain opening past ``1、`` (a 文库 page showing its pages 2—3 only: 4、 5、 …) holds at least this many markers
LATE_CHAIN_MIN = 3


def _marker_chain(text: str, first: int) -> list[re.Match[str]]:
    """The chunk sequence opening at ``first`` (a line's start): ``N、``, then ``N+1、``, ``N+2、`` … each opening the
    very next line (N is 1 but where a page's first chunks were left out).

    The chain stops at the first line that does not continue it (a line without the next marker): a scraper
    marks every line it cut, so an unmarked line ends the chunked part.
    """
    m = _MARKER_RE.match(text, first)
    opening = int(m.group(1).translate(_HALFWIDTH)) if m is not None else 0
    chain: list[re.Match[str]] = []
    while m is not None and int(m.group(1).translate(_HALFWIDTH)) == opening + len(chain):
        chain.append(m)
        line_end = text.find("\n", m.end())  # the next marker must open the very next line
        m = _MARKER_RE.match(text, line_end + 1) if line_end >= 0 else None
    return chain


def _cuts_a_number(text: str, m: re.Match[str]) -> bool:
    """The line break before marker ``m`` falls inside a number (``计生率为8`` / ``2、1.14%``); not before a year
    that opens a list's item (``…：28640`` / ``3、2023年全镇出生…``)."""
    before = m.start() - 2
    return before >= 0 and text[before] in _NUMBER_CHARS and text[m.end() : m.end() + 1] in _NUMBER_CHARS - {""} \
        and _YEAR_OPENING.match(text, m.end()) is None


_YEAR_OPENING = re.compile(r"(?:19|20)\d{2}年")


def _cuts_a_statement(text: str, m: re.Match[str]) -> bool:
    """The line break before marker ``m`` falls between a word and its figure (``死亡`` / ``3、152人``): a list's
    item never opens with a count and its unit."""
    before = m.start() - 2
    return before >= 0 and "\u4e00" <= text[before] <= "\u9fff" and _COUNT_OPENING.match(text, m.end()) is not None


_FIGURE_ENDS = frozenset("0123456789%‰０１２３４５６７８９％")
_ITEM_NEVER_OPENS = tuple("，,。；;、：:）)")
_COUNT_OPENING = re.compile(r"\d{1,7}(?:\.\d{1,2})?(?:人|例|户|名|‰|%)")


def _looks_chunked(text: str, chain: list[re.Match[str]]) -> bool:
    """At least two markers; at least half the cuts mid-sentence (a real list's items end sentences); and
    either the chunks are long on average (≥ ``MIN_CHUNK_CHARS``) or a cut splits a number or a word from its figure.

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
    # (chunks of 70, as a scraper cuts them: all of one length but the last, every cut inside a sentence and none
    # after a figure — a list's items differ in length and end in a mark or a figure (计划生育率98%); and a piece
    # opening with a mark (3、；一孩4人), as no list item does)
    sizes = [b.start() - a.start() for a, b in zip(chain, chain[1:])]
    even = max(sizes) - min(sizes) <= 2
    inside = even and mid == len(cuts) and not any(c in _FIGURE_ENDS for c in cuts)
    return mean_len >= MIN_CHUNK_CHARS or inside and mean_len >= MIN_CHUNK_CHARS / 2 or any(
        _cuts_a_number(text, m) or _cuts_a_statement(text, m) or text.startswith(_ITEM_NEVER_OPENS, m.end())
        for m in chain[1:])


def _continues(text: str, m: re.Match[str]) -> bool:
    """Whether the line before marker ``m``'s opens with the marker before it (``3、`` over ``4、``)."""
    line = text.rfind("\n", 0, max(m.start() - 1, 0)) + 1 if m.start() else -1
    before = _MARKER_RE.match(text, line) if 0 <= line < m.start() else None
    return before is not None and int(before.group(1).translate(_HALFWIDTH)) + 1 == int(m.group(1).translate(_HALFWIDTH))


def join_chunk_markers(n: Normalized) -> Normalized:
    """Remove scraper chunk markers ``N、`` and the line break before them, rejoining cut words and numbers.

    A line-start ``N、`` is a chunk marker only when the markers run 1, 2, 3 … on consecutive lines (from the
    text's start, or after a web page's own lines: its title, menu and date; or from N, three or more of them, where
    a page's first chunks were left out), the cuts mostly fall mid-sentence,
    and the chunks are long on average or a cut splits a number; so a real numbered list (short finished items)
    is left alone.
    """
    text = n.text
    edits: list[Edit] = []
    done = 0  # (a chain found: the next can only open after it)
    for one in _MARKER_RE.finditer(text):
        if one.start() < done:
            continue
        late = int(one.group(1).translate(_HALFWIDTH)) != 1
        if late and _continues(text, one):
            continue  # (the tail of a chain opening on the line before: looked at from there, once)
        chain = _marker_chain(text, one.start())
        if late and len(chain) < LATE_CHAIN_MIN:
            continue  # (past 1、: a long chain only)
        if _looks_chunked(text, chain):
            edits.append((chain[0].start(), chain[0].end(), ""))
            edits.extend((m.start() - 1, m.end(), "") for m in chain[1:])
            done = chain[-1].end()
    return _apply_edits(n, edits)


#: cells joined by tabs: one row of a text table (村名\t出生\t计划内\t死亡)
_TAB_ROW_RE = re.compile(r"(?<![^\t\n ])[^\t\n ]+(?:\t[^\t\n ]+)+")  # (starts at a cell's start only: linear)
_TAB_ROWS_MIN = 3  # a header and two rows


def split_tab_rows(n: Normalized) -> Normalized:
    """A text table whose rows a copy joined onto one line with spaces (…如下: 村名\t出生\t死亡 杨林村\t41\t21 新民村\t31\t12
    合计\t72\t33 一、…) back into a row a line, char for char: three or more tab-joined runs of as many cells each,
    one space apart, each such space (and the one before and after the run) a line break."""
    text = n.text
    if "\t" not in text:
        return n
    breaks: list[int] = []
    run: list[re.Match[str]] = []
    for m in [*_TAB_ROW_RE.finditer(text), None]:
        if m is not None and run and m.start() == run[-1].end() + 1 and text[run[-1].end()] == " " \
                and m.group().count("\t") == run[-1].group().count("\t"):
            run.append(m)
            continue
        if len(run) >= _TAB_ROWS_MIN:
            edges = [run[0].start() - 1, run[-1].end()]
            breaks += [r.end() for r in run[:-1]] + [e for e in edges if 0 <= e < len(text) and text[e] == " "]
        run = [m] if m is not None else []
    return _set_chars(n, breaks, "\n")


#: a markdown table's rule row inside a line (… | --- | ---: | …): its rows were joined onto that line
_PIPE_RULE_RE = re.compile(r"\| ?:?-{3,}:? ?(?:\| ?:?-{3,}:? ?)+\|")
_RULE_CELL_RE = re.compile(r"-{3,}")


def split_pipe_rows(n: Normalized) -> Normalized:
    """A markdown table whose rows a copy joined onto one line (| 孩次 | 出生人数 | | --- | --- | | 一孩 | 142 | …) back
    into a row a line, char for char: from its rule row's width, every row is that many cells between pipes, and
    the blank between one row's last pipe and the next one's first a line break."""
    text = n.text
    if "| ---" not in text and "|---" not in text:
        return n
    breaks: list[int] = []
    for rule in _PIPE_RULE_RE.finditer(text):
        width = len(_RULE_CELL_RE.findall(rule.group()))
        line_start, line_end = text.rfind("\n", 0, rule.start()) + 1, text.find("\n", rule.end())
        line_end = len(text) if line_end < 0 else line_end
        pipes = [i for i in range(line_start, line_end) if text[i] == "|"]
        at = pipes.index(rule.start())
        first = at - width - 1  # (the header row's opening pipe)
        if first < 0 or text[pipes[at - 1] + 1 : rule.start()] != " ":
            continue
        k = first
        while k + width < len(pipes):  # (each row: an opening pipe and one closing each cell)
            close = pipes[k + width]
            if close + 1 < line_end and text[close + 1] == " ":  # (the next row, or the words after the table)
                breaks.append(close + 1)
            if k + width + 1 >= len(pipes) or text[close + 1 : pipes[k + width + 1]] != " ":
                break
            k += width + 1
        if pipes[first] > line_start and text[pipes[first] - 1] == " ":
            breaks.append(pipes[first] - 1)  # (the words before the table: a line of their own)
    return _set_chars(n, breaks, "\n")



#: a legend of the columns that rows under it give as slashed figures (全年四术分项列示如下（任务/完成/完成率）：), and a row
_SLASH_LEGEND_RE = re.compile(r"[(（](?P<cells>[^()（）/\s\d]{1,8}(?:/[^()（）/\s\d]{1,8}){1,5})[)）][：:]?[ \t\u3000]*\n")
_SLASH_ROW_RE = re.compile(r"(?P<label>[^\s\d/()（）]{1,10})[ \t\u3000]+(?P<cells>[-+]?\d[\d.]*[%‰]?(?:/[-+]?\d[\d.]*[%‰]?)+)"
                           r"[ \t\u3000]*(?:\n|$)")


def split_slashed_rows(n: Normalized) -> Normalized:
    """Rows whose figures are slashed under a legend of their columns (全年四术分项列示如下（任务/完成/完成率）： / 结扎　120/126/105.00%
    / 上环　210/223/106.19% / …) as a text table: the legend a header line (项目 first, over the rows' labels), each
    slash and the blank after a row's label a tab. Two rows at least under it, each as many figures as it has words."""
    text = n.text
    if "/" not in text:
        return n
    edits: list[Edit] = []
    for m in _SLASH_LEGEND_RE.finditer(text):
        width, rows, pos = m.group("cells").count("/") + 1, [], m.end()
        while (r := _SLASH_ROW_RE.match(text, pos)) is not None and r.group("cells").count("/") + 1 == width:
            rows.append(r)
            pos = r.end()
        if len(rows) < 2:
            continue
        edits.append((m.start(), m.start() + 1, "\n项目\t"))
        edits += [(i, i + 1, "\t") for i in range(m.start("cells"), m.end("cells")) if text[i] == "/"]
        edits.append((m.end("cells"), m.end() - 1, ""))
        for r in rows:
            edits.append((r.end("label"), r.start("cells"), "\t"))
            edits += [(i, i + 1, "\t") for i in range(r.start("cells"), r.end("cells")) if text[i] == "/"]
    return _apply_edits(n, edits)

#: a table's header set on one line with single blanks: its label word, then two to four periods (项目 上半年 全年)
_SPACE_HEADER_RE = re.compile(r"(?<![^\s:：。，,；;)）])(?:项目|指标名称|指标)(?P<cells>(?: (?:上半年|下半年|全年|本年|上年|本期|上年同期|"
                              r"去年同期|(?:19|20)\d{2}年|1[-—–~至]\d{1,2}月|[一二三四]季度)){2,4})(?= )")
_SPACE_CELL_RE = re.compile(r" [^\s\d][^\s]{0,15}?(?P<cells>(?: [-−+]?\d{1,12}(?:\.\d{1,6})?)+)(?= |$)")


#: … or a table of units down, its header the column labels (名次 乡镇 政策符合率(%) 出生人数 政策内出生 考核得分): a rank
#: word (its rows open with their rank), the unit word, then two to twelve labels
_UNIT_HEADER_RE = re.compile(r"(?<![^\s:：。，,；;)）])(?P<rank>(?:名次|序号|排名) )?(?:乡镇|乡（镇）|乡\(镇\)|单位|单位名称|地区|"
                             r"村名|村（居）|村\(居\)|社区|街道)(?P<cells>(?: [^\s\d][^\s]{0,15}){2,12})(?= )")
_UNIT_HEADER_WORDS = ("乡镇 ", "乡（镇） ", "乡(镇) ", "单位 ", "单位名称 ", "地区 ", "村名 ", "村（居） ", "村(居) ", "社区 ", "街道 ")


@cache
def _unit_row_re(cells: int) -> re.Pattern[str]:
    """A row of a units-down table of ``cells`` figures: its rank, its unit's name, its figures (a blank cell a
    dash: 全县 — 98.71 1942 1917 —)."""
    return re.compile(rf" (?:(?P<rank>\d{{1,4}}) )?[^\s\d—–\-/－][^\s]{{0,15}}?(?P<cells>(?: (?:[-−+]?\d{{1,12}}"
                      rf"(?:\.\d{{1,6}})?|[—–\-/－]{{1,2}})){{{cells}}})(?= |$)")


def _space_table(text: str, head: re.Match[str]) -> tuple[int, list[re.Match[str]]]:
    """Where the one-line header ``head`` (of either kind) ends and the rows after it, as many cells each as it has
    columns. A units-down header's labels are words, and so is its first row's name (乡镇 出生人数 死亡人数 岩前乡 — 12):
    it ends before the last label that still leaves three rows or more after it."""
    rows: list[re.Match[str]] = []
    if head.re is _SPACE_HEADER_RE:
        pos, k = head.end(), head.group("cells").count(" ")
        while (m := _SPACE_CELL_RE.match(text, pos)) is not None and m.group("cells").count(" ") == k:
            rows.append(m)
            pos = m.end()
        return head.end(), rows
    ranked = head.group("rank") is not None
    gaps = [i for i in range(head.start("cells"), head.end()) if text[i] == " "]
    for k in range(len(gaps), 1, -1):
        end = gaps[k] if k < len(gaps) else head.end()
        rows, pos = [], end
        while (m := _unit_row_re(k).match(text, pos)) is not None and (ranked or m.group("rank") is None):
            if ranked and m.group("rank") is None:  # (a row with no rank under a rank word, the total's: its name
                m = _unit_row_re(k + 1).match(text, pos) or m  # in the rank's column, its own cell a dash: 全县 — 98.71)
            rows.append(m)
            pos = m.end()
        if len(rows) >= 3:
            return end, rows
    return head.end(), []


def split_space_rows(n: Normalized) -> Normalized:
    """A text table set on one line with single blanks, as a copy that lost its line breaks leaves it, back into a
    row a line, cells parted by tabs, char for char: three rows or more, each as many cells as its header has
    columns. Two kinds: periods across (… 项目 上半年 全年 期初人口 23104 23104 出生人数 118 241 其中:男孩 61 127 … 注：…: a
    label word and two to four periods, each row a label and its figures) and units down (名次 乡镇 政策符合率(%) 出生人数
    1 桥口镇 99.53 214 2 岩前乡 99.36 156 … 全县 — 98.71 1942: the column labels, each row a rank where the header has
    one, a name and its figures)."""
    text = n.text
    heads: list[re.Match[str]] = []
    for header_re, words in ((_SPACE_HEADER_RE, ("项目 ", "指标 ", "指标名称 ")), (_UNIT_HEADER_RE, _UNIT_HEADER_WORDS)):
        if any(word in text for word in words):  # (no header of the kind: most texts stop here, at a few literal scans)
            heads += header_re.finditer(text)
    tabs: list[int] = []
    breaks: list[int] = []
    for head in heads:
        end, rows = _space_table(text, head)
        if len(rows) < 3:
            continue
        if head.start() > 0 and text[head.start() - 1] == " ":
            breaks.append(head.start() - 1)
        tabs += [i for i in range(head.start() + 1, end) if text[i] == " "]
        for m in rows:
            breaks.append(m.start())
            tabs += [i for i in range(m.start() + 1, m.end()) if text[i] == " "]
        if rows[-1].end() < len(text) and text[rows[-1].end()] == " ":
            breaks.append(rows[-1].end())
    return _set_chars(_set_chars(n, tabs, "\t"), breaks, "\n")


# --- page breaks ---------------------------------------------------------------------------------------

_BLANK = r"[ \t\u3000]*"
_PAGE_NUMBER = (rf"{_BLANK}(?:[—–-]+{_BLANK}\d{{1,3}}{_BLANK}[—–-]+|第{_BLANK}\d{{1,3}}{_BLANK}页"
                rf"(?:{_BLANK}[,，/]?{_BLANK}共{_BLANK}\d{{1,3}}{_BLANK}页)?){_BLANK}")
#: A page's footer inside a sentence of text copied from a PDF or a Word export: the break after a line that
#: does not end a sentence, blank lines, page-number lines (— 1 — / - 2 - / 第1页 共3页), blank lines. (The
#: pattern opens with the literal break: the regex engine scans for line breaks.)
_PAGE_BREAK_RE = re.compile(rf"\n(?<=[^\s。！？!?：:；;]\n)(?:{_BLANK}\n)*(?:{_PAGE_NUMBER}\n(?:{_BLANK}\n)*)+")
#: The next page's running header when it is not the title: the issuing office alone (白马镇人民政府办公室)
_RUNNING_HEADER_RE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:办公室|人民政府|委员会|卫生健康局|计生局|卫健局|统计局)")
#: … or the report's short title (柳营乡2011年上半年人口和计划生育工作情况汇报) inside a sentence of running text (after a
#: date or a signature it may be the title of a second report); not a numbered heading (三、工作总结)
_RUNNING_TITLE_RE = re.compile(r"(?![一二三四五六七八九十\d]{1,3}[、.．])[^，,。；;：:、\s]{4,40}(?:总结|汇报|报告|公报|通报|分析|材料|简报)")


def drop_page_breaks(n: Normalized) -> Normalized:
    """Remove a page footer (page number, the next page's running header: one of the document's first lines (its
    title), the office, a report's short title, or a line that follows more than one page number) that cuts a sentence in two (落实各类节育
    措施70 / — 1 — / 第1页 共3页 / title / 46人), so the sentence reads whole: the line before is joined to the one
    after when it is running text (a comma in it), else the footer becomes one line break. A footer after a
    sentence's end is left alone (it may mark where a second report starts)."""
    text = n.text
    edits: list[Edit] = []
    footers = []
    for m in _PAGE_BREAK_RE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        footers.append((m, line_end, text[m.end():line_end].strip()))
    seen = Counter(header for _, _, header in footers)  # (a line after every page number is the running header)
    # the title may follow a 文件 header or a document number: a line of the first few before the first page
    # number, with no clause mark, repeated after a page number is the running header
    cover = text[:footers[0][0].start()].split("\n", 8)[:8] if footers else []
    first_lines = {ln.strip() for ln in cover if ln.strip() and not _PROSE_RE.search(ln)}
    for m, line_end, header in footers:
        end = m.end()
        start = text.rfind("\n", 0, m.start()) + 1
        prose = len(_PROSE_RE.findall(text, start, m.start())) > 0 and m.start() - start >= _WRAP_MIN
        if header in first_lines or _RUNNING_HEADER_RE.fullmatch(header) or prose and _RUNNING_TITLE_RE.fullmatch(header) \
                or seen[header] > 1 and not _PROSE_RE.search(header):  # the running header
            skip = re.compile(rf"\n(?:{_BLANK}\n)*").match(text, line_end)
            end = skip.end() if skip is not None else line_end
        # (…已婚育龄妇女 / — 1 — / title / 4366人，…: a figure with its unit goes on the label the footer cut it from)
        edits.append((m.start(), end, "" if prose or _FIGURE_AFTER_FOOTER_RE.match(text, end) else "\n"))
    return _apply_edits(n, edits)


_FIGURE_AFTER_FOOTER_RE = re.compile(r"\d[\d.,]{0,12}[ \t]?(?:人|例|户|名|个|‰|%|万)")


#: A seal's words a scan drops into the line they were stamped over (全乡已婚育龄妇女 青石乡人民政府 印 3804人): the
#: office, then 印 (or （印）, （公章）), set off by blanks from what it cuts.
_STAMP_RE = re.compile(r"[ \t\u3000]+[\u4e00-\u9fff]{2,24}?(?:人民政府|委员会|局|办公室|办事处|服务站|计生办)[ \t\u3000]*"
                       r"(?:印|[(（](?:印|公章|章)[)）])(?=[ \t\u3000]|$)")


_STAMP_HINT_RE = re.compile("[ \u3000]印|公章")


def drop_stamps(n: Normalized) -> Normalized:
    """Remove a seal's words a scan read into running text, so the label before it meets its figure again."""
    if _STAMP_HINT_RE.search(n.text) is None:
        return n  # (a fast test: 印 alone is common, 印发)
    return _apply_edits(n, [(m.start(), m.end(), "") for m in _STAMP_RE.finditer(n.text)])


# --- a label on its line, its figure on the next ----------------------------------------------------------

#: A line holding nothing but a figure and its unit (402户, 7.02‰, -3.90‰, 125.00): the break before it, the
#: literal the scan looks for.
_FIGURE_LINE_RE = re.compile(r"\n[ \t]*(?=[-−]?\d[\d,]*(?:\.\d+)?[ \t]*(?:人|户|个|例|名|位|‰|%|万人|万)?[ \t]*(?:\n|$))")
_LABEL_MAX = 20  # chars of a label alone on its line (a sentence is longer)


def join_label_lines(n: Normalized) -> Normalized:
    """A figure alone on the line after its label (a notice board or a phone page: 全年出生 / 9人 / 出生率 / 7.02‰)
    joined to it, so label and figure read as one statement: the label line is short, holds no digit and ends
    in a word (not a stop or a colon's clause)."""
    text = n.text
    edits: list[Edit] = []
    for m in _FIGURE_LINE_RE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        label = text[start:m.start()].strip()
        if 2 <= len(label) <= _LABEL_MAX and not any(ch.isdigit() for ch in label) \
                and ("\u4e00" <= label[-1] <= "\u9fff" or label[-1] in ")）"):
            edits.append((m.start(), m.end(), ""))  # (the break and the blanks opening the figure's line)
    return _apply_edits(n, edits)


# --- hard wraps ----------------------------------------------------------------------------------------

# A break between two ideographs, or after an ideograph, a closing bracket or a figure before a digit
# (全年出生\n3127人); never between two digits (a rate at a line's end and a date on the next: 6.58\n2006年).
# (Both patterns open with the literal break and look back from it: the regex engine then scans for line
# breaks, instead of trying a look-behind at every character.)
_WRAP_RE = re.compile(r"\n(?:(?<=[\u4e00-\u9fff)]\n)(?=[\u4e00-\u9fff0-9])|(?<=[0-9%‰,]\n)(?=[\u4e00-\u9fff])|(?<=[0-9.]\n)(?=[0-9.])"
                      r"|(?<=[0-9] \n)(?=[0-9]{3}[^0-9]))")  # (年末户籍人口42 ‖106人: a thousands blank left at the line's end)
# Between two digits a break is a wrap only inside a figure that ends on the next line in its unit (死亡率7.1\n8‰,
# 人工流产6\n1例) or, with no unit, in its decimals before a clause mark (性别比1\n10.57；), and only at the full page width.
#: A line opening with a count and its unit, then a clause mark (7124人，落实…): the figure of the words that ended the
#: line before, whatever that line's length or marks.
_COUNT_LINE_RE = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,2})?[人例名户][，,。；;]")
_DIGIT_WRAP_RE = re.compile(r"[0-9.]*[0-9](?:[%‰]|[人例名户个](?!年))|[0-9]*\.[0-9]+(?=[，,；;。、])")
# A line that opens with a mark that only ever closes a clause (。 , 、 ; : )) continues the line before it, and so
# does one after a figure's decimal point (…三查率97‖.81%, 出生性别比116.‖30: not a list's 1. alone on its line, nor
# before a chunk marker left in place, 2023.‖4、32).
_PUNCT_WRAP_RE = re.compile(r"\n(?<=[^\n]\n)(?=[。,、;:)]|(?<=[0-9]\n)\.[0-9])|\n(?<=(?:[0-9]|[^\n0-9])[0-9]\.\n)(?=[0-9])(?![0-9]{1,4}、)")
# A scan's stop or comma for the decimal point, then the wrap, then the decimals and their % (查环查孕率97。‖45%).
# (The match is the line break, looking back for the mark and the digit: the regex engine scans for line breaks.)
_OCR_POINT_WRAP_RE = re.compile(r"\n(?<=[0-9][。，]\n)(?=[0-9]{1,3}[%‰])")
_PROSE_RE = re.compile(r"[，,；;。]")  # a line of running text, not a title, heading or table row
_ITEM_RE = re.compile(  # a line that starts a list item or heading: 2、 (三) 第二章 ① (not a figure: 94.03%, 13.O7‰)
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[、)）]|[.．](?![\dOoIl]))|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十]+[部章节条]|[\u2460-\u2473]")
_LABELLED_RE = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[(（][^()（）\n]{1,6}[)）])?[:：]")  # a line opening with its label
# (男孩：246人, 政策内出生（人）：120): an item, no wrap
_ASIDE_LINE_RE = re.compile(r"[ \t\u3000]*[(（][^()（）\n]*[)）][ \t\u3000]*")  # a line that is one aside: （详见附表，以下…）
_FIGURE_CHARS = frozenset("0123456789.")
_WRAP_MIN = 12  # chars of a wrapped line before the break: shorter lines are titles, signatures, cells
_WRAP_WIDTH = 0.7  # share of the text's usual line length a wrapped line reaches (wraps fall at the page width)
# … and the share a line broken inside a figure reaches: the page width, less the separators already taken out of
# its figures (实际参检3,10‖5人 is two chars shorter than the line as printed)
_FULL_WIDTH = 0.85


_HEADLINE_SHARE = 0.6  # of the line after it, the most a paragraph's first line reaches when it is a headline


def _line_length(text: str, start: int) -> int:
    end = text.find("\n", start)
    return (len(text) if end < 0 else end) - start


def join_wrapped_lines(n: Normalized) -> Normalized:
    """Remove the line breaks that text copied from a PDF or an OCR scan has at the page width, inside
    sentences (全年出生\n3127人, 综合节育\n率87.92%), so a figure and its label, or a cut word, read as one.

    A break is a wrap when the line before it is running text (holding a comma or full stop, ending in an
    ideograph or figure rather than punctuation) about as long as the text's lines usually are (at least
    ``_WRAP_WIDTH`` of their median: a heading such as （一）加强领导，强化管理 is shorter), or ending in a comma
    at the full page width (a scanned yearbook's …总人口288252人，‖比上年末的…), and the next line
    starts at once with an ideograph or digit (not indented, not a list item or heading), and the line is not
    one bracketed aside, nor the next line an item of its own (男孩：246人). A break before a line that opens with a
    closing mark (。 , 、) is always a wrap, and a scan's stop for a decimal point before a break and the decimals with their % is the point (97。‖45% → 97.45%)."""
    text = n.text
    found = [m.start() for m in _WRAP_RE.finditer(text)]
    edits: list[Edit] = sorted([*((m.start(), m.end(), "") for m in _PUNCT_WRAP_RE.finditer(text)),
                                *((m.start() - 1, m.end(), ".") for m in _OCR_POINT_WRAP_RE.finditer(text))])
    if not found:
        return _apply_edits(n, edits)
    lengths = sorted(len(line) for line in text.split("\n") if len(line) >= _WRAP_MIN)
    width = max(_WRAP_MIN, _WRAP_WIDTH * lengths[len(lengths) // 2]) if lengths else _WRAP_MIN
    full = _FULL_WIDTH * lengths[len(lengths) // 2] if lengths else _WRAP_MIN
    taken = {s for s, _, _ in edits}  # (a break before .81% is a wrap by either test)
    for i in found:
        if i in taken:
            continue
        start = text.rfind("\n", 0, i) + 1
        if text[i - 1 - (text[i - 1] == " ")] in _FIGURE_CHARS and text[i + 1] in _FIGURE_CHARS \
                and (i - start < full or not _DIGIT_WRAP_RE.match(text, i + 1)):
            continue
        if text[i - 1] == "," and i - start < full:
            continue  # (a line may end its statement at a comma: a wrap there only at the full page width)
        if _ideograph(text[i - 1]) and _COUNT_LINE_RE.match(text, i + 1) and i - start >= _WRAP_MIN:
            edits.append((i, i + 1, ""))  # (【避孕节育】年末全镇已婚育龄妇女‖7124人，…: a label's count on the next line)
            continue
        if (start < 2 or text[start - 2] == "\n") and i - start < _HEADLINE_SHARE * _line_length(text, i + 1):
            continue  # (a headline after an empty line, far shorter than the paragraph under it: 柳林乡出生人口结构平稳，…)
        if i - start >= width and _PROSE_RE.search(text, start, i) and not _ITEM_RE.match(text, i + 1) \
                and not _ASIDE_LINE_RE.fullmatch(text, start, i) and not _LABELLED_RE.match(text, i + 1) \
                and not _TAB_ROW_RE.match(text, i + 1):  # (a table's row, its cells parted by tabs: a line of its own)
            edits.append((i, i + 1, ""))
    return _apply_edits(n, sorted(edits))


# --- spinner synonyms --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Synonym:
    """One spinner swap: ``wrong`` was written for ``right``; only inside ``contexts`` when any are given.

    ``confidence``: ``certain`` (never literal in this genre: always undone, counts as spinning evidence),
    ``high`` (undone when the document shows spinning; counts as evidence), ``low`` (undone only when the
    document shows spinning; no evidence by itself), ``scan`` (a look-alike character a scan reads, 生肓 for 生育:
    always undone, no evidence of spinning).
    """

    wrong: str
    right: str
    confidence: str
    contexts: tuple[str, ...] = ()

    @cached_property
    def context_res(self) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The contexts grouped by where ``wrong`` starts in them: (that offset, a regex matching any of them)."""
        by_offset: dict[int, list[str]] = {}
        for ctx in self.contexts:
            by_offset.setdefault(ctx.index(self.wrong), []).append(ctx)
        return tuple((k, re.compile(trie_regex(sorted(cs)))) for k, cs in sorted(by_offset.items()))


@dataclass(frozen=True)
class SynonymTable:
    """The spinner swaps, and how many ``certain``/``high`` hits show that a document was spun."""

    entries: tuple[Synonym, ...]
    evidence_min_hits: int

    @cached_property
    def groups(self) -> tuple[tuple[tuple[Synonym, ...], _Words], tuple[tuple[Synonym, ...], _Words]]:
        """The entries that count as spinning evidence (``certain``, ``high``) and the rest, each with a
        finder for its words: the rest need looking for only in a document that shows spinning."""
        strong = tuple(s for s in self.entries if s.confidence != "low")
        weak = tuple(s for s in self.entries if s.confidence == "low")
        return (strong, _Words(s.wrong for s in strong)), (weak, _Words(s.wrong for s in weak))


class _Words:
    """Where each of a fixed set of words occurs in a text, found in one regex scan rather than one per word."""

    def __init__(self, words: Iterable[str]) -> None:
        ws = set(words)
        self.rx = re.compile(trie_regex(sorted(ws)))  # the longest word starting at a position
        # For each word, the words that are prefixes of it (itself included): all the words starting there.
        self.prefixes = {w: tuple(w[:i] for i in range(1, len(w) + 1) if w[:i] in ws) for w in ws}
        # For each word, the offsets inside it where another word can start (overlapping it): a scan that
        # resumes after each word would miss those, so they are looked at on their own.
        self.inner = {w: tuple(k for k in range(1, len(w)) if any(v.startswith(w[k:]) or w[k:].startswith(v)
                                                                    for v in ws)) for w in ws}

    def occur(self, text: str) -> bool:
        """Whether any of the words occurs in ``text`` (one scan, not a substring test per word)."""
        return bool(self.prefixes) and self.rx.search(text) is not None

    def starts(self, text: str) -> dict[str, list[int]]:
        """Every start of each word occurring in ``text``, overlaps included, in order."""
        found: dict[str, list[int]] = {}
        if not self.prefixes:
            return found
        rx, prefixes, inner = self.rx, self.prefixes, self.inner

        def add(p: int, longest: str) -> None:
            for v in prefixes[longest]:
                at = found.get(v)
                if at is None:
                    found[v] = [p]
                else:
                    at.append(p)

        for m in rx.finditer(text):
            p, w = m.start(), m.group()
            add(p, w)
            for k in inner[w]:  # every word starting inside this one starts at one of these offsets
                m2 = rx.match(text, p + k)
                if m2 is not None:
                    add(p + k, m2.group())
        return found


@cache
def load_synonyms(path: str | None = None) -> SynonymTable:
    """Load the spinner synonym table (default: bundled ``schemas/synonyms.yaml``)."""
    from fpcheck.catalog import read_yaml, schemas_dir

    data = read_yaml(path or schemas_dir() / "synonyms.yaml")
    entries = []
    for raw in data["synonyms"]:
        conf = raw.get("confidence", "low")
        if conf not in ("certain", "high", "low", "scan"):
            raise ValueError(f"synonyms: bad confidence {conf!r} for {raw['from']}")
        contexts = tuple(raw.get("contexts") or ())
        for ctx in contexts:
            if raw["from"] not in ctx:
                raise ValueError(f"synonyms: context {ctx!r} does not contain {raw['from']!r}")
        entries.append(Synonym(raw["from"], raw["to"], conf, contexts))
    return SynonymTable(tuple(entries), int(data.get("evidence_min_hits", 2)))


def trie_regex(words: list[str]) -> str:
    """A regex matching the longest of ``words`` (greedy trie: no nested quantifiers over overlaps)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_body(trie)


def _trie_body(node: dict[str, Any]) -> str:
    """The regex for a trie node of :func:`trie_regex` (a module function, not a closure calling itself:
    that would be a reference cycle, left for the cyclic collector)."""
    end = "" in node
    alts = [re.escape(ch) + _trie_body(child) for ch, child in sorted(node.items()) if ch != ""]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if end else body


def _non_overlapping(starts: list[int], width: int) -> list[int]:
    """Of sorted occurrence ``starts`` of a ``width``-char word, those a left-to-right scan keeps (each search
    resuming after the previous hit)."""
    kept: list[int] = []
    free = 0
    for s in starts:
        if s >= free:
            kept.append(s)
            free = s + width
    return kept


def _hits(text: str, syn: Synonym, starts: list[int]) -> list[tuple[int, int]]:
    """Spans of ``syn.wrong`` in ``text`` given every start of it there: those inside one of its contexts
    when it has any (each start tested against the contexts), else the non-overlapping ones."""
    w = len(syn.wrong)
    if not syn.contexts:
        return [(s, s + w) for s in _non_overlapping(starts, w)]
    contexts = syn.context_res
    return [(s, s + w) for s in starts if any(s >= k and rx.match(text, s - k) for k, rx in contexts)]


_ALWAYS = frozenset({"certain", "scan"})  # the confidences undone whether or not the text shows spinning


def unspin(n: Normalized, table: SynonymTable | None = None) -> Normalized:
    """Undo spinner synonym swaps (方案生育 → 计划生育, 效劳 → 服务 …) as ``schemas/synonyms.yaml`` says.

    ``certain`` swaps always; the others only when the text shows spinning evidence (enough hits of
    ``certain``/``high`` swaps), and context-restricted ones only inside their contexts, so literal uses
    (开展活动, 按标准) survive.
    """
    table = table or load_synonyms()
    text = n.text
    (strong, strong_words), (weak, weak_words) = table.groups
    if not strong_words.occur(text):
        return n  # no certain swap and no evidence of spinning: nothing to undo
    found = strong_words.starts(text)
    hits = [(syn, _hits(text, syn, found[syn.wrong])) for syn in strong if syn.wrong in found]
    spinning = sum(len(h) for syn, h in hits if syn.confidence != "scan") >= table.evidence_min_hits
    if spinning:
        found = weak_words.starts(text)
        hits += [(syn, _hits(text, syn, found[syn.wrong])) for syn in weak if syn.wrong in found]
    edits = [(s, -e, -len(syn.wrong), syn.right) for syn, spans in hits if syn.confidence in _ALWAYS or spinning
             for s, e in spans]
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
_PERCENT_WORDS = ("千分之", "百分之")
_PERCENT_RE = re.compile(rf"({'|'.join(_PERCENT_WORDS)})({CHINESE_NUMBER_RE}|[0-9]+(?:\.[0-9]+)?|百(?![分万亿萬億]))")
_NUMERAL_CHARS = "零〇○O一二三四五六七八九十百千万亿两兩萬億点"


def _numeral_behind(behind: str) -> str:
    """A Chinese numeral whose first char's predecessor passes ``behind`` (a look-behind over that char and
    the first one). The look-behind sits after the first char so the pattern starts with a character class,
    which the regex engine skips to fast, not with a look-behind tried at every char."""
    first = CHINESE_NUMBER_RE.index("]") + 1
    return f"{CHINESE_NUMBER_RE[:first]}{behind}{CHINESE_NUMBER_RE[first:]}"


# The numeral not preceded by 第 or another numeral char.
_COUNT_RE = re.compile(rf"({_numeral_behind(f'(?<![第{_NUMERAL_CHARS}].)')})(?=[余多]?([{MEASURE_WORDS}]|万元|年))")  # (一百二十余人)
_NOT_AFTER = ("次性",)  # 一次性 is an adjective, not a count
# A decimal stated after 为/达/是, or right after a ratio's or rate's name, with no unit (出生人口性别比为一百零八点一九。,
# 出生婴儿性别比一〇六点六七): converted when it holds 点 with numerals on both sides of it and ends the clause.
_DECIMAL_RE = re.compile(rf"({_numeral_behind('(?<=[为达是比率：:].)')})(?=[。，,；;、()（）\s:∶比]|$)")  # (…一百一十点四五（男婴…）)
#: a ratio's base in words after its figure (一百一十七点七二比一百)
_RATIO_BASE_RE = re.compile(f"(?<=[0-9点{_NUMERAL_CHARS}]比)(?:一百|一〇〇|一零零)(?![{_NUMERAL_CHARS}])")
# A share in tenths after 为/达/是 (计划生育率为九成八: 98%), not a bound (九成以上).
_TENTHS_RE = re.compile("([一二三四五六七八九])(?<=[为达是].)成([一二三四五六七八九]?)(?![以多余左上])")  # (a class first:
# the engine skips to the digits, not a look-behind tried at every char)


@lru_cache(maxsize=4096)
def _digits(text: str) -> str | None:
    """Arabic rendering of a Chinese numeral, keeping a trailing 万/亿 (五十万 → 50万) and turning 千分之/百分之
    into ‰/% (千分之一点五二 → 1.52‰); None if not a number. Cached: reports repeat the same few numerals."""
    p = parse_number(text)
    if p is None:
        return None
    if p.unit is not None:
        return f"{p.value:.{p.decimals}f}{p.unit}"
    value = p.value / p.scale if p.scale > 1 else p.value
    rendered = f"{value:.{p.decimals}f}"
    if p.scale > 1:
        rendered += text[-1]
    return rendered


_CN_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _count_edit(text: str, m: re.Match[str]) -> Edit | None:
    """Edit for a numeral before a measure word, or None when it is a word (一孩, 一次性) or malformed."""
    token, follower = m.group(1), m.group(2)
    if token == "一" or text.startswith(_NOT_AFTER, m.end(1)):
        return None
    if all(c in "○〇" for c in token) and (len(token) > 1 or m.start(1) and text[m.start(1) - 1] in _ASCII_DIGITS):
        return None  # 应查对象○○○○人, 3○○○: circles standing for digits (a mask), not zeros
    if follower == "年" and not (len(token) == 4 and all(c not in "十百千万亿萬億" for c in token)):
        return None  # only digit-by-digit years (二〇〇八年); 五年 stays a duration in words
    digits = _digits(token)
    return None if digits is None else (m.start(1), m.end(1), digits)


_TENS_CHAR_RE = re.compile("[廿卅](?=[一二三四五六七八九0-9]|[人名例次个户份件元岁日])")


def spell_out_tens(n: Normalized) -> Normalized:
    """廿 and 卅 (twenty, thirty) as 二十 and 三十 before a digit or a measure word (完成廿四例 → 二十四例), so the
    numeral reads whole."""
    if "廿" not in n.text and "卅" not in n.text:
        return n
    return _apply_edits(n, [(m.start(), m.end(), "二十" if m.group() == "廿" else "三十")
                            for m in _TENS_CHAR_RE.finditer(n.text)])


def numerals_to_digits(n: Normalized) -> Normalized:
    """Chinese numerals → Arabic in numeric context only: before a measure word (三次 → 3次, 四百四十九人 →
    449人, 二〇〇八年 → 2008年), in 千分之/百分之 (千分之一点五二 → 1.52‰) or as a decimal after 为 (性别比为一百零八点一九
    → 108.19). Words such as 一孩, 三结合, 第一,
    十七大, 一票否决, 一次性 and a lone 一 (一个, 一人) are left alone. Numbers ending in 万/亿 keep it (五十万元 → 50万元).
    """
    text = n.text
    edits: list[Edit] = []
    percents = _PERCENT_RE.finditer(text) if any(w in text for w in _PERCENT_WORDS) else ()  # `in`: a fast scan
    for m in percents:
        digits = _digits(m.group(0))
        if digits is not None:
            edits.append((m.start(), m.end(), digits))
    taken_starts = [s for s, _, _ in edits]  # sorted, non-overlapping
    for m in _COUNT_RE.finditer(text):
        k = bisect_left(taken_starts, m.end(1))
        if k and edits[k - 1][1] > m.start(1):
            continue  # inside a 千分之/百分之 construction already converted
        edit = _count_edit(text, m)
        if edit is not None:
            edits.append(edit)
    for m in _TENTHS_RE.finditer(text) if "成" in text else ():
        edits.append((m.start(), m.end(), f"{_CN_DIGIT_VALUE[m.group(1)]}{_CN_DIGIT_VALUE.get(m.group(2), 0)}%"))
    for m in _DECIMAL_RE.finditer(text) if "点" in text else ():
        token = m.group(1)
        digits = _digits(token) if 0 < token.find("点") < len(token) - 1 else None
        if digits is not None and all(not (s < m.end(1) and m.start(1) < e) for s, e, _ in edits):
            edits.append((m.start(1), m.end(1), digits))
    edits += [(m.start(), m.end(), "100") for m in (_RATIO_BASE_RE.finditer(text) if "比一" in text else ())]
    edits.sort()
    return _apply_edits(n, edits)


# --- footnote marks ------------------------------------------------------------------------------------

#: Footnote marks right after a figure or its unit (出生率7.85‰①, 性别比108.25²③, 285914人¹): superscript digits
#: and circled numbers, which would otherwise read as digits of the figure (NFKC makes ² a 2).
# (one mark, then any more: a pattern that opens with a character set, not with a repeat of one, is a fast scan)
_FOOTNOTE_RE = re.compile(f"{NOTE_MARK}{NOTE_MARK}*")
_FOOTNOTE_AFTER = frozenset("0123456789‰%人例名户万")


def drop_footnote_marks(n: Normalized) -> Normalized:
    """Footnote marks after figures out of the text (108.25²③ → 108.25), so the figure reads as printed; a
    circled number opening a line (①出生率按年平均人口计算) is the note itself and stays."""
    text = n.text
    return _apply_edits(n, [(m.start(), m.end(), "") for m in _FOOTNOTE_RE.finditer(text)
                            if m.start() and text[m.start() - 1] in _FOOTNOTE_AFTER])


# --- markdown emphasis ----------------------------------------------------------------------------------

_BRACKETED_FIGURE_RE = re.compile(r"【[-−]?\d[\d,.]*[%‰]?】")
_EMPHASIS_RE = re.compile(r"(\*\*|__)([-−]?\d[\d,.]*(?:[%‰]|[万萬亿億]?[人例户名个位]?)?)\1")
# Bold words (**新生宝宝**, **三孩及以上占比12.50%**): a pair on one line around words that open with no digit or measure
# word — or with a figure, its measure word and more words (**398个新生宝宝**) — and hold no clause mark (出生**人，死亡**人
# are two masks, not a bold 人，死亡)
_BOLD_WORDS_RE = re.compile(r"\*\*(?=[^\s*\d人例名个户位%‰]|[-−]?\d[\d.]*[人例名个户位][^*\n，,。；;：:、]{1,20}\*\*)"
                            r"[^*\n，,。；;：:、]{1,24}\*\*")


def strip_emphasis(n: Normalized) -> Normalized:
    """Markdown bold around a figure (出生人口性别比为**108.37**, 约**1.26万**人, **38,652人**, **-3.22‰**), or 【】 (出生【326】人,
    出生率【10.34‰】) → the figure, so ``**`` is not read as a mask nor 【 as a section's heading; a ``**`` standing for
    digits (出生**人) has no figure inside a pair and stays."""
    text = n.text
    bracketed = "【" in text
    if "**" not in text and "__" not in text and not bracketed:
        return n
    edits: list[Edit] = []
    for m in _EMPHASIS_RE.finditer(text):
        edits += [(m.start(1), m.end(1), ""), (m.end(2), m.end(), "")]
    for m in _BRACKETED_FIGURE_RE.finditer(text) if bracketed else ():  # (户籍人口【31562】人: a yearbook's marks)
        edits += [(m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), "")]
    taken = {s for s, _, _ in edits}
    for m in _BOLD_WORDS_RE.finditer(text):  # 🍼 **新生宝宝**: a bold heading, no mask after its cue
        if m.start() not in taken:
            edits += [(m.start(), m.start() + 2, ""), (m.end() - 2, m.end(), "")]
    return _apply_edits(n, sorted(edits))


# A term in quotation marks inside a phrase (应参加“三查”对象3214人, 开展“三查一治”): a few ideographs, no figure, the
# marks right against an ideograph on the left. The pattern opens with the mark: a fast scan.
_TERM_QUOTES_RE = re.compile(r"[“‘「『](?<=[\u4e00-\u9fff][“‘「『])([\u4e00-\u9fff]{1,8})[”’」』]")


def drop_term_quotes(n: Normalized) -> Normalized:
    """The quotation marks around a term set inside a phrase out of it (应参加“三查”对象 → 应参加三查对象), so a cue
    quoting its term reads as the plain one; a quoted figure or sentence keeps its marks (corrections quote them)."""
    if "“" not in n.text and "‘" not in n.text and "「" not in n.text and "『" not in n.text:
        return n
    edits: list[Edit] = []
    for m in _TERM_QUOTES_RE.finditer(n.text):
        edits += [(m.start(), m.start() + 1, ""), (m.end() - 1, m.end(), "")]
    return _apply_edits(n, edits)


# --- a pasted token over a month or a day ---------------------------------------------------------------


@cache
def _pasted_tokens() -> tuple[tuple[str, str], ...]:
    """The pasted tokens of ``schemas/corruption.yaml`` (2023 over 10): (pasted, original)."""
    from fpcheck.catalog import read_yaml, schemas_dir

    return tuple((t["pasted"], t["original"]) for t in read_yaml(schemas_dir() / "corruption.yaml").get("tokens", ()))


_LIMIT = {"月": 12, "日": 31}
_DIGITS = frozenset("0123456789")


def restore_pasted_dates(n: Normalized) -> Normalized:
    """A month or a day a pasted token made impossible (截至2023月底, 1—2023月, 9月2023日: the scraper's 2023 over 10)
    → the one it was (10月底), so the period it names is read; figures keep the token (the checks and repairs tell
    them). Only a number no month or day can be that holds the token, and is a month or day once it is undone; found
    from each place the token stands (a few in a text), not by a scan of every digit."""
    text = n.text
    edits: list[Edit] = []
    for pasted, original in _pasted_tokens():
        k = text.find(pasted)
        while k >= 0:
            s, e = k, k + len(pasted)
            while s > 0 and text[s - 1] in _DIGITS:
                s -= 1
            while e < len(text) and text[e] in _DIGITS:
                e += 1
            if e < len(text) and text[e] in _LIMIT and (s == 0 or text[s - 1] != ".") \
                    and 1 <= int(was := text[s:e].replace(pasted, original)) <= _LIMIT[text[e]]:
                edits.append((s, e, was))
            k = text.find(pasted, e)
    return _apply_edits(n, sorted(set(edits))) if edits else n


# --- all steps ---------------------------------------------------------------------------------------

STEPS = (unify_line_breaks, drop_invisibles, strip_html, join_cell_lines, join_flat_tables, to_simplified, ocr_figures,
         drop_digit_group_commas, to_halfwidth, drop_stamps, join_spaced_ideographs, decimal_marks, wan_qian,
         strip_emphasis, drop_footnote_marks, drop_page_breaks, join_chunk_markers, split_tab_rows, split_space_rows,
         split_pipe_rows, split_slashed_rows, restore_pasted_dates, join_label_lines, join_wrapped_lines, drop_digit_group_spaces,
         drop_term_quotes, unspin, spell_out_tens, numerals_to_digits)


def normalize(original: str) -> Normalized:
    """Run every normalisation step in order on decoded text, keeping the map to ``original``."""
    n = Normalized.identity(original)
    for step in STEPS:
        n = step(n)
    return n
