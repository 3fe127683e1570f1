"""Cells of a table as the sheet shows them: numbers with their number format, numbers written as text.

A workbook cell is read as displayed: the number format sets ``printed`` and ``decimals`` (``0.00`` shows
7.2 as 7.20; a ``%`` format shows 0.8114 as 81.14%). Text cells are parsed as numbers where one is plain or
unambiguous (full-width digits, thousands separators, 万, ``约120`` → 120 as approximate); markers such as
``—`` or ``空`` mean no data. :func:`read_cell` is the reference for one cell; :func:`read_column` reads a
whole column at once through numpy and sends only odd cells down the per-cell path.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from .columns import infer_decimals
from .model import Finding, Location
from .numerals import NOTE_MARK
from .sheets import FIGURE_BLOCK, Figures, figure_columns

if TYPE_CHECKING:
    from .layout import Column

MISSING_MARKERS = frozenset({"—", "——", "-", "--", "–", "−", "…", "……", "...", "..", "空", "/", "无数据", "暂无数据",
                             "未上报", "未报", "缺报", "暂缺", "未统计",
                             "#DIV/0!", "□", "□□", "□□□",
                             "NA", "N/A", "n/a", "NaN", "nan", "NULL", "null", ".", "#N/A"})  # (未上报: the unit sent
# nothing; #DIV/0!: a rate over nothing, 0 births; □: a figure a typist could not read in the original; NA, NaN and
# Stata's . : a researcher's missing value)
NONE_WORDS = frozenset({"无", "没有", "〇", "零"})  # none at all: a count of 0, as the table says it (〇: an old ledger's 0)
YEAR_RE = re.compile(r"^\s*((?:18|19|20)\d{2})\s*年?\s*[*※#△▲†]?\s*$")  # (2020年*: a year with a note's mark)
NUM_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")
QUAL_PREFIX = re.compile(r"^(约|大约|近|将近|超过|逾|不足|不到|≈|~|～)")
QUAL_SUFFIX = re.compile(r"(左右|余|多|以上|以下)$")
#: a unit typed after a figure in its cell (3,887人, 4例, 3.5万人): the figure, exact
UNIT_SUFFIX = re.compile(r"(人次|人|例|户|个|名|次|元)$")
GENERAL_SIG = 10  # Excel's General shows about ten significant digits
MAX_GENERAL_DECIMALS = 6


@dataclass
class Cell:
    """One cell as read: kind is blank | number | marker | approx (number read from text) | text."""

    kind: str
    number: float | None = None
    printed: str = ""
    decimals: int = 0
    scale: float = 1.0
    percent: bool = False


def _decimals_of(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def _general(x: float) -> tuple[str, int]:
    if x == int(x) and abs(x) < 1e15:
        return str(int(x)), 0
    s = repr(x)
    if "e" not in s and len(s) <= GENERAL_SIG + 2:  # short already (the common case): as Excel shows it
        return s, _decimals_of(s)
    s = format(x, f".{GENERAL_SIG}g")
    if "e" in s:
        s = repr(x)
        if "e" in s:
            return s, MAX_GENERAL_DECIMALS
    d = min(_decimals_of(s), MAX_GENERAL_DECIMALS)
    if d < _decimals_of(s):
        s = f"{x:.{d}f}"
    return s, d


_FMT_STRIP = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
# a format showing a figure in 万 by a literal point (0!.0, shows 586214 as 58.6; 0!.0000 shows it as 58.6214): the
# stored number divided by 1000 per trailing comma, rounded, its last digits (as many as the zeros after the point)
# put after a point that is a literal character, not a decimal one
_SHIFTED = re.compile(r'^[#0,]*0[!\\]\.(0+)(,*)$')


@lru_cache(maxsize=1024)
def _fmt_spec(fmt: str | None) -> tuple[str, int, bool, bool]:
    """(kind, decimals, percent, thousands) of a number format code, parsed once per code.

    kind: ``general`` (General, text, dates, scientific), ``fixed`` (``0.00``, ``#,##0``, ``0.0%``),
    ``optional`` (``0.0#``: the shown decimals depend on the value) or ``shifted`` (``0!.0,``: see _SHIFTED)."""
    if fmt is None or fmt.strip().lower() in ("general", "@", ""):
        return ("general", 0, False, False)
    if (shifted := _shifted(fmt)) is not None:
        return ("shifted", shifted[0], False, False)
    code = _FMT_STRIP.sub("", fmt.split(";")[0])
    if re.search(r"[eE][+-]", code) or re.search(r"[ymdhs]", code.replace("General", ""), re.I):
        return ("general", 0, False, False)
    m = re.search(r"\.([0#?]+)", code)
    d = len(m.group(1)) if m else 0
    optional = m is not None and ("#" in m.group(1) or "?" in m.group(1))
    return ("optional" if optional else "fixed", d, "%" in code, "," in code.split(".")[0])


def shown(value: float, d: int) -> Decimal:
    """``value`` as a spreadsheet shows it with ``d`` decimals: its first 15 significant digits (all a spreadsheet
    keeps), then rounded half away from zero — 98.845 shows 98.85 and 112.5 shows 113, where the binary double's
    correct rounding (Python's ``round``, ``format``) gives 98.84 and 112."""
    return Decimal(f"{value:.15g}").quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


@lru_cache(maxsize=256)
def _shifted(fmt: str) -> tuple[int, int] | None:
    """(digits after the literal point, trailing commas) of a 万-by-a-point format (0!.0,), else None."""
    m = _SHIFTED.match(re.sub(r'"[^"]*"', "", fmt.split(";")[0]).strip())
    return (len(m.group(1)), len(m.group(2))) if m else None


def format_number(x: float, fmt: str | None) -> Cell:
    """A workbook number as displayed with its number format (``General`` when fmt is None)."""
    kind, d, pct, thousands = _fmt_spec(fmt)
    if kind == "shifted":  # 0!.0,: 586214 shows as 58.6 (in 万, as the header says)
        commas = _shifted(fmt)[1]  # type: ignore[arg-type, index]
        value = float(shown(x / 1000**commas, 0)) / 10**d
        return Cell("number", value, f"{value:.{d}f}", d)
    if kind == "general":
        s, dg = _general(x)
        return Cell("number", float(s) if "e" not in s else x, s, dg)
    value = x * 100 if pct else x
    if kind == "optional":  # optional digits: shown only when needed
        _s, dg = _general(float(shown(value, d)))
        d = min(d, dg)
    rounded = shown(value, d)
    s = f"{rounded:,.{d}f}" if thousands else f"{rounded:.{d}f}"
    number = float(rounded)
    if pct:
        s += "%"
    return Cell("number", number, s, d, percent=pct)


def parse_text_number(text: str) -> Cell:
    """A number written as text (CSV fields, text cells): full-width digits, thousands separators, 万, %, ‰."""
    raw = text
    t = unicodedata.normalize("NFKC", NOTE_MARK_TAIL.sub("", text)).strip()  # (2711.00①: a note's mark, not a 1)
    if not t:
        return Cell("blank")
    t = t.replace("−", "-").replace("–", "-").replace("﹣", "-")
    if t in MISSING_MARKERS or raw.strip() in MISSING_MARKERS:
        return Cell("marker", printed=raw.strip())
    if t in NONE_WORDS:
        return Cell("number", 0.0, raw.strip(), 0)
    compact = CLERK_FORMS.sub(lambda m: _CLERK_FORM[m.group()], re.sub(r"\s+", "", t))  # (99。44, 13.63%o, 118∶100)
    if (grouped := APOSTROPHE_GROUPED.fullmatch(compact)) is not None:
        compact = grouped.group().replace("'", ",").replace("’", ",")  # (1'798: thousands as some locales group them)
    cell = _plain_number(compact, raw.strip())
    if cell is not None:
        return cell
    if (exact := EXACT_PREFIX.match(compact)) is not None \
            and (whole := parse_text_number(compact[exact.end():])).kind == "number":
        whole.printed = raw.strip()
        return whole  # (共14638人: all of them, exactly)
    if (signed := NEGATIVE_PREFIX.match(compact)) is not None \
            and (cell := _plain_number(compact[signed.end():], raw.strip())) is not None:
        cell.number = -cell.number  # type: ignore[operator]
        return cell  # (负3.63, △2.72: a negative figure in words or the accounting triangle)
    if (noted := BRACKET_NOTE.search(compact)) is not None and noted.start() \
            and (figure := parse_text_number(compact[:noted.start()])).kind == "number":
        figure.printed = raw.strip()
        return figure  # (272（含补报3人）: the figure, its note beside it)
    if (negative := ACCOUNTING_NEGATIVE.fullmatch(compact)) is not None \
            and (cell := _plain_number(negative.group(1), raw.strip())) is not None:
        cell.number = -cell.number  # type: ignore[operator]
        return cell  # (21), (0.54): a negative as accounting formats and their exports print it
    marked = FOOTNOTE_MARK.sub("", compact)  # ('8005, １２３⁽¹⁾ → 123(1), 98.5*: a footnote's mark, no part of the figure)
    if marked != compact and (cell := _plain_number(marked, raw.strip())) is not None:
        return cell
    if (ratio := RATIO_TO_100.fullmatch(compact)) is not None:  # 118.2:100, 100:118.2: a sex ratio to 100 girls
        side = ratio.group(1) if ratio.group(2) == "100" else ratio.group(2)
        if (cell := _plain_number(side, raw.strip())) is not None:
            return cell
    if (unit := UNIT_SUFFIX.search(compact)) is not None \
            and (cell := _plain_number(compact[:unit.start()], compact[:unit.start()])) is not None:
        return cell  # (3,887人, 4例, 3.5万人: a figure typed with its unit is that figure, exactly; printed without it)
    stripped = QUAL_PREFIX.sub("", UNIT_SUFFIX.sub("", compact))
    stripped = QUAL_SUFFIX.sub("", stripped)
    if stripped != compact and stripped:
        cell = _plain_number(stripped, raw.strip())
        if cell is not None:
            # approximate: at least one place coarser than printed (约120 ±5, 约1200 ±50), so the checks it
            # feeds allow for it (decimals below zero: the rounding is in the tens, hundreds …)
            zeros = len(stripped) - len(stripped.rstrip("0")) if cell.decimals == 0 else 0
            cell.kind, cell.decimals = "approx", min(cell.decimals - 1, -zeros)
            return cell
    return Cell("text", printed=raw.strip())


#: a negative figure in brackets, the whole cell ((21), (0.54), (1,234)): how accounting formats print one
ACCOUNTING_NEGATIVE = re.compile(r"\(([0-9][0-9,]*(?:\.[0-9]+)?)\)")
#: … or after 负 (negative) or the accounting triangle △ / ▲ (负3.63, △2.72)
NEGATIVE_PREFIX = re.compile(r"负|[△▲](?=[0-9])")
#: a total said to be all of them (共14638人): exact, not an approximation
EXACT_PREFIX = re.compile(r"共计|合计|共")
#: a note in brackets after the figure (272（含补报3人）, as NFKC leaves its brackets); not one that says the figure is
#: provisional (426（暂）, 待核实, 估计: no figure to check yet)
BRACKET_NOTE = re.compile(r"\((?![^()]*(?:暂|待|估|预计|未核|未定))[^()]*[\u4e00-\u9fff][^()]*\)$")
#: thousands grouped with an apostrophe (1'798, 12’345)
APOSTROPHE_GROUPED = re.compile(r"[+-]?\d{1,3}(?:['’]\d{3})+(?:\.\d+)?")
#: a clerk's or a scan's marks for a decimal point, the per-mille sign and a ratio's colon
_CLERK_FORM = {"。": ".", "%o": "‰", "∶": ":"}
CLERK_FORMS = re.compile(r"(?<=[0-9])。(?=[0-9])|(?<=[0-9])%o$|∶")

#: a ratio to 100 written out (118.2:100, 100:118.2, 118.2比100): the side that is not the base
RATIO_TO_100 = re.compile(r"(?=\d[\d.]*(?::|比)100$|100(?::|比)\d)(\d+(?:\.\d+)?)(?::|比)(\d+(?:\.\d+)?)")

#: circled or superscript numbers after a figure (2711.00①, 19212²): a note's mark, which NFKC would make a digit
NOTE_MARK_TAIL = re.compile(f"(?<=[0-9%‰]){NOTE_MARK}+\\s*$")

#: a footnote's mark after a figure ((1), *, ※, #, △, as NFKC leaves a superscript ⁽¹⁾), or an apostrophe before it
FOOTNOTE_MARK = re.compile(r"^'|(?:\(\d{1,2}\)|[*※#△▲]{1,3})$")


def _plain_number(t: str, printed: str) -> Cell | None:
    scale = 1.0
    pct = False
    if t.endswith("万"):
        scale, t = 1e4, t[:-1]
    elif t.endswith("%"):
        pct, t = True, t[:-1]
    elif t.endswith("‰"):
        t = t[:-1]
    if not NUM_RE.match(t):
        return None
    d = _decimals_of(t)
    return Cell("number", scaled(float(t.replace(",", "")), d, scale), printed, d, scale, pct)


def read_cell(value: object, fmt: str | None) -> Cell:
    if value is None or value == "":
        return Cell("blank")
    if isinstance(value, bool):
        return Cell("text", printed=str(value).upper())
    if isinstance(value, (int, float)):
        x = float(value)
        if math.isnan(x) or math.isinf(x):
            return Cell("text", printed=str(value))
        return format_number(x, fmt)
    if isinstance(value, (datetime, date, time)):
        return Cell("text", printed=value.isoformat())
    return parse_text_number(str(value))


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def is_numeric(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, str) and value.strip():
        return parse_text_number(value).kind in ("number",)
    return False


def year_of(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value) == int(value) and 1800 <= int(value) <= 2100:
            return str(int(value))
        return None
    if isinstance(value, str):
        m = YEAR_RE.match(unicodedata.normalize("NFKC", value).translate(HAN_DIGITS))  # (一九八五年: 1985)
        return m.group(1) if m else None
    return None


HAN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")  # a year written digit by digit in characters


_NUMBER, _NONE, _STR, _OTHER = 0, 1, 2, 3
_TYPE_CODE = {float: _NUMBER, int: _NUMBER, type(None): _NONE, str: _STR}  # bool, datetime, ...: _OTHER


@dataclass
class RowCells:
    """Some rows of a grid, to be read a column at a time: the rows, how far every one of them reaches, and the
    columns whose cells are all figures (int or float; a bool is neither) already as float64 arrays."""

    rows: list[list[object]]
    width: int
    figures: dict[int, np.ndarray]

    @classmethod
    def of(cls, rows: list[list[object]], wanted: Sequence[int], known: Sequence[Figures] = (),
           first: int = 0) -> RowCells:
        """The rows, with those of the ``wanted`` columns that hold only figures read as numbers.

        The rows are taken apart a block at a time, so that a block's cells are still in the CPU cache when
        their types are checked and their values read, where a whole column's are not (36 against 70 ms for
        the 12 figure columns of the 100 000-row benchmark); a column stops being looked at on its first block
        that holds anything else. When ``rows`` are the grid's consecutive rows from ``first`` on, the columns
        of figures ``known`` for them (found while the sheet was parsed, see :class:`~fpcheck.sheets.Figures`)
        are taken as they are; only the others are looked at."""
        width = min(map(len, rows), default=0)
        left = [c for c in wanted if c < width]
        parts: dict[int, list[np.ndarray]] = {c: [] for c in left}
        for lo, hi, block in _segments(len(rows), known, first):
            at = first + lo - (block.start if block else 0)  # (where the piece starts in its known block)
            found = {} if block is None else {c: block.columns[c][at:at + hi - lo] for c in left if c in block.columns}
            if len(found) < len(left):
                found.update(figure_columns(rows[lo:hi], [c for c in left if c not in found]))
            left = [c for c in left if c in found]
            for c in left:
                parts[c].append(found[c])
        return cls(rows, width, {c: np.concatenate(parts[c]) for c in left if parts[c]})

    def values(self, c: int) -> list[object]:
        """Column ``c``'s cells (None past a row's end)."""
        if c < self.width:
            return list(map(itemgetter(c), self.rows))
        return [row[c] if c < len(row) else None for row in self.rows]


def _segments(n: int, known: Sequence[Figures], first: int) -> Iterator[tuple[int, int, Figures | None]]:
    """Rows 0 to ``n`` of RowCells.of in pieces, in order: (from, to, the known block they lie in, or None for
    a piece of at most FIGURE_BLOCK rows that none covers)."""
    at = 0
    for block in known:
        lo, hi = max(block.start - first, at), min(block.stop - first, n)
        if lo < hi:
            yield from ((s, min(s + FIGURE_BLOCK, lo), None) for s in range(at, lo, FIGURE_BLOCK))
            yield lo, hi, block
            at = hi
    yield from ((s, min(s + FIGURE_BLOCK, n), None) for s in range(at, n, FIGURE_BLOCK))


def read_column(group: RowCells, grid_rows: list[int], col: Column, formats: dict[tuple[int, int], str],
                 no_value: set[int] | tuple[()], events: list, pi: int, k: int,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, dict[int, str], np.ndarray]:
    """One column's cells in the given rows: (number in base units, decimals, per-cell scale or None when
    all are the column's, printed text where it differs from the number formatted, filled mask).

    Numeric cells go through numpy at once, their display derived from the number format (parsed once per
    format code); only text, booleans, dates, non-finite numbers, formula cells without a value and
    optional-digit formats take the per-cell :func:`read_cell` path. Findings are queued in ``events``."""
    c = col.index
    m = len(grid_rows)
    figures = group.figures.get(c)  # (the common case: a column of figures, read as numbers already)
    vals: Sequence[object] | None = None
    if figures is not None:
        is_num, slow = np.ones(m, dtype=bool), np.zeros(m, dtype=bool)
    else:
        vals = group.values(c)
        codes = np.fromiter(map(_TYPE_CODE.get, map(type, vals), repeat(_OTHER, m)), dtype=np.int8, count=m)
        is_num = codes == _NUMBER
        slow = ~is_num & (codes != _NONE)
    number = np.full(m, np.nan)
    decimals = np.zeros(m, dtype=np.int16)
    printed: dict[int, str] = {}
    if no_value:
        nv = np.fromiter((r in no_value for r in grid_rows), dtype=bool, count=m)
        slow |= nv
        is_num &= ~nv
    num_idx = np.flatnonzero(is_num)
    if len(num_idx):
        if figures is not None:
            x = figures if len(num_idx) == m else figures[num_idx]
        else:
            assert vals is not None
            obj = np.empty(m, dtype=object)
            obj[:] = vals
            x = obj[num_idx].astype(np.float64)
        finite = np.isfinite(x)
        if not finite.all():
            slow[num_idx[~finite]] = True
            num_idx, x = num_idx[finite], x[finite]
        if formats:
            fl = [formats.get((grid_rows[j], c)) for j in num_idx.tolist()]
            groups = {f: None for f in fl}
        else:
            fl, groups = None, {None: None}
        parts: list[tuple[str | None, np.ndarray | slice]]
        if len(groups) == 1:  # (all of them: views, not copies of the numbers and their places)
            parts = [(next(iter(groups)), slice(None))]
        else:
            ids = {f: i for i, f in enumerate(groups)}
            fcode = np.fromiter(map(ids.__getitem__, fl), dtype=np.int32, count=len(fl))  # type: ignore[arg-type]
            parts = [(f, np.flatnonzero(fcode == i)) for f, i in ids.items()]
        for fmt, where in parts:
            nums, decs, ok, texts = format_numbers(x[where], fmt)
            pos = num_idx[where]
            number[pos] = nums
            decimals[pos] = decs
            if not ok.all():
                slow[pos[~ok]] = True
                number[pos[~ok]] = np.nan
            for j, text in texts.items():
                if ok[j]:
                    printed[int(pos[j])] = text
        if col.scale != 1.0:
            number *= col.scale
        number[number == 0] = 0.0  # no negative zero
    filled = ~np.isnan(number)
    cell_scale: np.ndarray | None = None
    x1: float | None
    slow_cells = np.flatnonzero(slow).tolist()
    if vals is None:  # a column of figures: its cells are wanted only for those read one by one (below)
        vals = group.values(c) if slow_cells else ()
    for j in slow_cells:
        r = grid_rows[j]
        v = vals[j]
        if r in no_value:
            filled[j] = True
            events.append((r, pi, k, "no_value", (c, None)))
            continue
        if type(v) is str:
            if not v:
                continue
            plain = _plain_decimal(v)
            if plain is not None:  # CSV fields: "5.67" read as written, without the text-number parser
                x1 = number[j] = plain[0] * col.scale if plain[0] else 0.0
                decimals[j] = plain[1]
                filled[j] = True
                if col.scale != 1.0 and f"{x1 / col.scale:.{plain[1]}f}" != v:
                    printed[j] = v
                continue
        pc = read_cell(v, formats.get((r, c)) if formats else None)
        if pc.kind == "blank":
            continue
        filled[j] = True
        if pc.kind == "marker":
            events.append((r, pi, k, "marker", (c, pc)))
            continue
        if pc.kind in ("text", "approx"):
            events.append((r, pi, k, "text", (c, pc)))
            if pc.kind == "text":
                continue
        x1 = pc.number
        scale = col.scale
        if pc.scale != 1.0:
            scale = pc.scale  # 万 written in the cell: number already multiplied
            if cell_scale is None:
                cell_scale = np.full(m, col.scale)
            cell_scale[j] = scale
        elif x1 is not None:
            x1 = x1 * col.scale
        if x1 is None:
            continue
        if x1 == 0:
            x1 = 0.0
        number[j] = x1
        decimals[j] = pc.decimals
        if pc.decimals < 0 or pc.printed != f"{x1 / scale:.{pc.decimals}f}":
            printed[j] = pc.printed
    if cell_scale is not None or col.scale != 1.0:
        number = snap(number, decimals, col.scale if cell_scale is None else cell_scale)
    return number, decimals, cell_scale, printed, filled


def scaled(shown: float, decimals: int, scale: float) -> float:
    """One figure as printed (``decimals`` after the point) multiplied out of ``scale``, without float noise."""
    return float(snap(np.array([shown * scale]), np.array([decimals]), scale)[0]) if scale != 1.0 else shown


def snap(number: np.ndarray, decimals: np.ndarray, scale: np.ndarray | float) -> np.ndarray:
    """Numbers multiplied out of a scale, rounded to the digits their printed figure gives them: 20.01 万 is
    200100, not the float product 200100.00000000003."""
    digits = np.maximum(decimals - np.rint(np.log10(scale)), 0)
    p = 10.0 ** digits
    return np.rint(number * p) / p


def _plain_decimal(s: str) -> tuple[float, int] | None:
    """(number, decimals) of text that is a plain decimal exactly as Python prints it back (``5.67``,
    ``-12``, ``2184``), else None (``1,234``, ``05``, ``.5``, ``-0``, ``约120`` … take :func:`read_cell`)."""
    if not s[-1:].isdigit():
        return None
    try:
        x = float(s)
    except ValueError:
        return None
    dot = s.find(".")
    d = len(s) - dot - 1 if dot >= 0 else 0
    if d > 15 or f"{x:.{d}f}" != s or (x == 0 and s[0] == "-"):
        return None
    return x, d


def format_numbers(x: np.ndarray, fmt: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, str]]:
    """:func:`format_number` over an array of finite numbers sharing one format: (numbers as displayed,
    decimals, ok, printed text where it is not ``f"{number:.{decimals}f}"``). Cells not ok (values General
    shows in another way, optional-digit formats) are left to the per-cell path."""
    kind, d, pct, thousands = _fmt_spec(fmt)
    n = len(x)
    texts: dict[int, str] = {}
    if kind in ("optional", "shifted"):
        return x, np.zeros(n, dtype=np.int16), np.zeros(n, dtype=bool), texts
    if kind == "general":
        nums = x + 0.0  # -0 shows as 0
        decs = np.zeros(n, dtype=np.int16)
        ok = np.ones(n, dtype=bool)
        ax = np.abs(x)
        frac = ~((x == np.rint(x)) & (ax < 1e15))
        if frac.any():
            xf, axf = x[frac], ax[frac]
            df = infer_decimals(xf).astype(np.int16)
            p = 10.0 ** df
            exact = np.rint(xf * p) / p == xf  # x is the double nearest a df-decimal number: repr shows df decimals
            with np.errstate(divide="ignore"):
                digits = np.where(axf < 1, 1, np.floor(np.log10(axf) + 1e-12) + 1)
            short = digits + 1 + df + (xf < 0) <= GENERAL_SIG + 2  # repr short enough to be shown as is
            good = exact & short & (axf >= 1e-4)  # below 1e-4 repr turns scientific
            decs[frac] = np.where(good, df, 0)
            ok[frac] = good
        return nums, decs, ok, texts
    value = x * 100 if pct else x
    shift = 10.0**d
    nums = value.copy()
    off = (np.rint(value * shift) / shift != value) | (np.abs(value) * shift >= 1e15)  # (past 15 digits: as shown)
    if off.any():  # more precision stored than shown: rounded as the spreadsheet shows it, as format_number
        nums[off] = [float(shown(v, d)) for v in value[off].tolist()]
    need = np.signbit(value) & (nums == 0)  # -0.00 (also for a stored negative zero)
    if pct:
        need[:] = True
    elif thousands:
        need |= (np.abs(nums) >= 1000) | (np.abs(value) >= 999)  # 999.999 shows as 1,000.00
    for j in np.flatnonzero(need).tolist():
        v = shown(float(value[j]), d)
        texts[j] = (f"{v:,.{d}f}" if thousands else f"{v:.{d}f}") + ("%" if pct else "")
    return nums, np.full(n, d, dtype=np.int16), np.ones(n, dtype=bool), texts


def _plain(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if x == int(x) else repr(x)


_LOOKALIKE_RE = re.compile(r"[\d,.]*\d[\d,.OoIlSB]*|[OoIlSB][\d,.OoIlSB]*\d[\d,.OoIlSB]*")
_LOOKALIKES = str.maketrans("OoIlSB", "001158")


def lookalike_number(text: str) -> float | None:
    """The figure a misread cell most likely holds, letters that look like digits read as those digits (12O
    → 120, l5 → 15); None unless every character is a digit, a separator or such a letter."""
    t = text.strip()
    if t in ("O", "o"):
        return 0.0  # (a zero typed as the letter: the one letter a count cell holds alone)
    if not _LOOKALIKE_RE.fullmatch(t) or t.isdigit():
        return None
    got = parse_text_number(t.translate(_LOOKALIKES))
    return got.number if got.kind == "number" else None


def non_numeric_finding(pc: Cell, indicator: str, loc: Location) -> Finding:
    """Text where a number belongs: a figure mistyped or misread (``12O``: an error, with 120 as its suggestion),
    a number read from text (``约120``: a warning), or words where no figure is yet (待核实, 不详, 426（暂）, 一百: a
    warning — the cell has no figure to check, no rule is broken by it)."""
    approx = pc.kind == "approx"
    guess = None if approx else lookalike_number(pc.printed)
    zh_tail = f"，按 {_plain(pc.number)} 读取" if approx else "，无法读取" + (f"；可能是 {_plain(guess)}" if guess is not None else "")
    en_tail = f"; read as {_plain(pc.number)}" if approx else "; not read" + (f"; probably {_plain(guess)}" if guess is not None else "")
    return Finding(
        rule="non_numeric_cell", severity="error" if guess is not None else "warning", indicators=[indicator],
        message=f"{loc.label('zh')} 的“{pc.printed}”不是规范数字" + zh_tail,
        message_en=f"'{pc.printed}' at {loc.label()} is not a plain number" + en_tail,
        actual=pc.number, location=loc, suggestion={indicator: guess} if guess is not None else None)

