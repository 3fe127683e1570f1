"""Tables → records: header detection, column mapping and cell reading for xlsx/xlsm/ods/xls/CSV.

``read_table(path)`` gives one :class:`Document` per sheet that holds a table. Below title rows and a
units line (``单位：万人``) it finds the header rows (several rows, bilingual, two-level such as 出生人口 over
合计/一孩/二孩/多孩, or a row of years over repeated indicator columns), maps each column to an indicator
through the catalog (or ``mapping``), and turns each data row into a :class:`Record`. Cells are read as the
sheet displays them: number formats set ``printed`` and ``decimals``; ``万`` sets ``scale``. The grids come
from :mod:`fpcheck.sheets`.

Data rows are read a column at a time into a :class:`~fpcheck.recordtable.RecordTable` (numbers, decimals
and scales as arrays; Records and their cell locations built only when asked for): numeric cells go through
numpy with their number format parsed once per format code, and only text, markers and other odd cells take
the per-cell :func:`read_cell` path, which stays the reference for what a cell means.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

import numpy as np

from .catalog import Catalog, default_catalog, header_key
from .columns import infer_decimals
from .model import Document, Finding, InputError, Location, Record, Value
from .recordtable import ColumnData, RecordTable
from .sheets import Grid, cell_ref, col_letter, load_grids

__all__ = ["read_table", "load_mapping_file", "TOTAL_LABELS", "parse_text_number", "format_number"]

TOTAL_LABELS: tuple[str, ...] = ("合计", "总计", "全县", "全市", "全省", "全国", "全镇", "全乡", "全区", "总", "Total")
MISSING_MARKERS = frozenset({"—", "——", "-", "--", "–", "−", "…", "……", "...", "..", "空", "/", "无数据"})
FOOTNOTE_RE = re.compile(r"^\s*(注[:：\s\d.、]|注$|数据来源|资料来源|来源[:：]|说明[:：]|备注|notes?\b|sources?\b)", re.I)
UNITS_LINE_RE = re.compile(r"^\s*(单位|计量单位)\s*[:：]\s*(.*)$")
BRACKET_ONLY_RE = re.compile(r"^\s*[(（][^()（）]*[)）]\s*$")
YEAR_RE = re.compile(r"^\s*((?:18|19|20)\d{2})\s*年?\s*$")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
BRACKET_RE = re.compile(r"[(（]([^()（）]*)[)）]")
PERIOD_HEADERS = {"年份", "年度", "年", "year", "时间", "统计年度", "period", "年份year"}
NUM_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$")
QUAL_PREFIX = re.compile(r"^(约|大约|近|将近|超过|逾|不足|不到|≈|~|～)")
QUAL_SUFFIX = re.compile(r"(左右|余|多|以上|以下|人|例|户|个|名|次|万人|元)$")
GENERAL_SIG = 10  # Excel's General shows about ten significant digits
MAX_GENERAL_DECIMALS = 6


# ============================================================================================= cells


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


@lru_cache(maxsize=1024)
def _fmt_spec(fmt: str | None) -> tuple[str, int, bool, bool]:
    """(kind, decimals, percent, thousands) of a number format code, parsed once per code.

    kind: ``general`` (General, text, dates, scientific), ``fixed`` (``0.00``, ``#,##0``, ``0.0%``) or
    ``optional`` (``0.0#``: the shown decimals depend on the value)."""
    if fmt is None or fmt.strip().lower() in ("general", "@", ""):
        return ("general", 0, False, False)
    code = _FMT_STRIP.sub("", fmt.split(";")[0])
    if re.search(r"[eE][+-]", code) or re.search(r"[ymdhs]", code.replace("General", ""), re.I):
        return ("general", 0, False, False)
    m = re.search(r"\.([0#?]+)", code)
    d = len(m.group(1)) if m else 0
    optional = m is not None and ("#" in m.group(1) or "?" in m.group(1))
    return ("optional" if optional else "fixed", d, "%" in code, "," in code.split(".")[0])


def format_number(x: float, fmt: str | None) -> Cell:
    """A workbook number as displayed with its number format (``General`` when fmt is None)."""
    kind, d, pct, thousands = _fmt_spec(fmt)
    if kind == "general":
        s, dg = _general(x)
        return Cell("number", float(s) if "e" not in s else x, s, dg)
    value = x * 100 if pct else x
    if kind == "optional":  # optional digits: shown only when needed
        _s, dg = _general(round(value, d))
        d = min(d, dg)
    s = f"{value:,.{d}f}" if thousands else f"{value:.{d}f}"
    number = round(value, d)
    if pct:
        s += "%"
    return Cell("number", number, s, d, percent=pct)


def parse_text_number(text: str) -> Cell:
    """A number written as text (CSV fields, text cells): full-width digits, thousands separators, 万, %, ‰."""
    raw = text
    t = unicodedata.normalize("NFKC", text).strip()
    if not t:
        return Cell("blank")
    t = t.replace("−", "-").replace("–", "-").replace("﹣", "-")
    if t in MISSING_MARKERS or raw.strip() in MISSING_MARKERS:
        return Cell("marker", printed=raw.strip())
    compact = re.sub(r"\s+", "", t)
    cell = _plain_number(compact, raw.strip())
    if cell is not None:
        return cell
    stripped = QUAL_PREFIX.sub("", compact)
    stripped = QUAL_SUFFIX.sub("", stripped)
    if stripped != compact and stripped:
        cell = _plain_number(stripped, raw.strip())
        if cell is not None:
            cell.kind = "approx"
            return cell
    return Cell("text", printed=raw.strip())


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
    number = float(t.replace(",", "")) * scale
    return Cell("number", number, printed, d, scale, pct)


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


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def _is_numeric(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    if isinstance(value, str) and value.strip():
        return parse_text_number(value).kind in ("number",)
    return False


def _year_of(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value) == int(value) and 1800 <= int(value) <= 2100:
            return str(int(value))
        return None
    if isinstance(value, str):
        m = YEAR_RE.match(unicodedata.normalize("NFKC", value))
        return m.group(1) if m else None
    return None


# ============================================================================================= layout


@dataclass
class Column:
    index: int
    header: str  # header text as printed (joined), for messages
    indicator: str | None = None
    scale: float = 1.0
    unit_printed: str | None = None
    period: str | None = None
    header_row: int = 0  # row of the header cell used as its location
    english: str = ""


@dataclass
class Layout:
    header_start: int
    data_start: int
    first_col: int
    label_cols: list[int]
    period_col: int | None
    columns: list[Column] = field(default_factory=list)
    units_text: str | None = None


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _nonblank(row: list[object]) -> list[int]:
    return [i for i, v in enumerate(row) if not _blank(v)]


def _is_units_line(row: list[object]) -> str | None:
    """The unit text (``万人``, ``‰``) when every filled cell is a units statement, else None."""
    cells = [_text(row[i]).strip() for i in _nonblank(row)]
    if not cells:
        return None
    unit = None
    for c in cells:
        m = UNITS_LINE_RE.match(c)
        if m:
            unit = unit or m.group(2).strip()
        elif BRACKET_ONLY_RE.match(c):
            unit = unit or c.strip()[1:-1].strip()
        else:
            return None
    return unit or ""


def _is_footnote(row: list[object]) -> bool:
    nb = _nonblank(row)
    return bool(nb) and bool(FOOTNOTE_RE.match(_text(row[nb[0]])))


def _is_year_row(row: list[object], first_col: int) -> bool:
    cells = [row[i] for i in _nonblank(row) if i > first_col]
    years = [_year_of(v) for v in cells]
    found = [y for y in years if y]
    if len(found) < 2:
        return False
    if any(y is None and _is_numeric(v) for v, y in zip(cells, years)):
        return False
    return all(int(a) < int(b) for a, b in zip(found, found[1:]))


def _is_data_row(row: list[object], first_col: int) -> bool:
    nb = [i for i in _nonblank(row) if i > first_col]
    if not any(_is_numeric(row[i]) for i in nb):
        return False
    return not _is_year_row(row, first_col)


def _split_fragments(text: str) -> tuple[list[str], list[str], list[str]]:
    """(Chinese fragments, English fragments, units) of one header cell; units from brackets like (万人)."""
    zh: list[str] = []
    en: list[str] = []
    units = [u.strip() for u in BRACKET_RE.findall(text)]
    for line in re.split(r"[\r\n]+", text):
        line = line.strip()
        if not line:
            continue
        if CJK_RE.search(line) or ("‰" in line and not re.search(r"[A-Za-z]", line)):
            # drop a trailing English translation on the same line ("地区 Region")
            line = re.sub(r"\s+[A-Za-z][A-Za-z .,'&/()-]*$", "", line)
            if header_key(line) or CJK_RE.search(line):
                zh.append(line)
        elif header_key(line):
            en.append(line)
    for frag in zh:
        for sym in ("‰", "%", "％"):
            if sym in BRACKET_RE.sub("", frag):
                units.append(sym)
    return zh, en, units


def _scale_of(units: list[str]) -> tuple[float | None, str | None, bool]:
    """(scale, unit as printed, percent) from bracketed/explicit units of a header."""
    for u in units:
        k = re.sub(r"\s+", "", unicodedata.normalize("NFKC", u))
        if not k:
            continue
        if k.startswith("万"):
            return 1e4, k, False
        if k in ("%", "％"):
            return None, "%", True
        if k in ("‰",):
            return None, "‰", False
        if k in ("人", "户", "例", "个", "person", "persons"):
            return 1.0, k, False
    return None, None, False


def _detect(grid: Grid) -> Layout | None:
    rows = grid.rows
    n = len(rows)
    units_text: str | None = None
    r = 0
    header_start = None
    while r < n:
        row = rows[r]
        nb = _nonblank(row)
        if not nb:
            r += 1
            continue
        u = _is_units_line(row)
        if u is not None:
            units_text = units_text or u
            r += 1
            continue
        if _is_footnote(row):
            r += 1
            continue
        if len(nb) >= 2:
            header_start = r
            break
        r += 1
    if header_start is None:
        return None
    first_col = min(_nonblank(rows[header_start]))
    data_start = None
    for r in range(header_start, n):
        row = rows[r]
        if _is_footnote(row):
            break
        nb = _nonblank(row)
        if nb and _is_data_row(row, min(first_col, nb[0])):
            first_col = min(first_col, nb[0])
            data_start = r
            break
    if data_start is None:
        return None
    return Layout(header_start, data_start, first_col, [first_col], None, units_text=units_text)


def _first_filled(row: list[object]) -> int:
    """Index of the first non-blank cell, -1 for a blank row."""
    for i, v in enumerate(row):
        if v is None:
            continue
        if isinstance(v, str) and not v.strip():
            continue
        return i
    return -1


def _row_is_footnote(row: list[object], first: int) -> bool:
    """Footnote test on a row whose first filled cell is ``first``; a number never starts a footnote."""
    v = row[first]
    if not isinstance(v, str):
        return False
    return bool(FOOTNOTE_RE.match(v))


def _data_rows(grid: Grid, layout: Layout) -> tuple[list[int], int]:
    """The non-blank rows from the first data row up to the first footnote, and that footnote's row
    (``len(rows)`` when there is none). One look at each row: its first filled cell."""
    out = []
    rows = grid.rows
    match = FOOTNOTE_RE.match
    for r in range(layout.data_start, len(rows)):
        row = rows[r]
        v = row[0] if row else None
        if isinstance(v, str):  # the common case: a label in the first column
            if v.strip():
                if match(v):
                    return out, r
                out.append(r)
                continue
        elif v is not None:  # a number (or date, bool) first: never a footnote
            out.append(r)
            continue
        first = _first_filled(row)
        if first < 0:
            continue
        if _row_is_footnote(row, first):
            return out, r
        out.append(r)
    return out, len(rows)


def _notes(grid: Grid, start: int) -> list[str]:
    """The footnotes below the table (注：…, 数据来源…), one string per row, from the first footnote row."""
    out: list[str] = []
    for row in grid.rows[start:]:
        nb = _nonblank(row)
        if nb:
            out.append(" ".join(_text(row[i]).strip() for i in nb))
    return out


# ============================================================================================= reader


def load_mapping_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """A header → indicator-id mapping from a YAML/JSON file (``{表头: indicator_id}``, optionally under a
    ``mapping:`` key) or a two-column CSV (header, indicator id)."""
    import yaml

    source = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(source, f"cannot open mapping file: {exc.strerror or exc}") from None
    from .sheets import _decode

    text = _decode(data, source).lstrip("\ufeff")
    if source.lower().endswith(".csv"):
        import csv
        import io

        rows = [r for r in csv.reader(io.StringIO(text)) if r and any(x.strip() for x in r)]
        if rows and len(rows[0]) >= 2 and rows[0][1].strip().lower() in ("indicator", "id", "指标"):
            rows = rows[1:]
        out = {}
        for i, r in enumerate(rows, start=1):
            if len(r) < 2 or not r[0].strip() or not r[1].strip():
                raise InputError(source, "a mapping row needs a header and an indicator id", f"row {i}")
            out[r[0].strip()] = r[1].strip()
        return out
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(source, f"not valid YAML/JSON: {exc}") from None
    if isinstance(raw, dict) and isinstance(raw.get("mapping"), dict):
        raw = raw["mapping"]
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise InputError(source, "a mapping file must map header texts to indicator ids")
    return {str(k): v for k, v in raw.items()}


def read_table(
    path: str | os.PathLike[str],
    *,
    catalog: Catalog | None = None,
    mapping: dict[str, str] | None = None,
    totals: tuple[str, ...] | list[str] = TOTAL_LABELS,
) -> list[Document]:
    """Read every sheet of a workbook (xlsx/xlsm/ods/xls) or a CSV file into one Document per table.

    ``mapping`` maps a header (as printed, or its :func:`header_key`) to an indicator id and wins over the
    catalog. ``totals`` lists the unit labels of a totals row (its record gets unit ``"合计"`` and comes last).
    Unreadable input raises :class:`InputError` naming the file and place.
    """
    source = str(path)
    cat = catalog or default_catalog()
    grids = load_grids(path)
    keymap = {header_key(k): v for k, v in (mapping or {}).items()}
    docs: list[Document] = []
    for grid in grids:
        try:
            doc = _read_grid(grid, source, cat, keymap, tuple(totals))
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - never a traceback for a sheet we cannot make sense of
            raise InputError(source, f"cannot read table: {type(exc).__name__}: {exc}", grid.name) from None
        if doc is not None:
            docs.append(doc)
    return docs


def _loc(source: str, grid: Grid, r: int, c: int) -> Location:
    if grid.csv:
        return Location(source, line=grid.line_of(r), column=c + 1)
    return Location(source, sheet=grid.name, cell=cell_ref(r, c))


def _place(grid: Grid, r: int, c: int) -> str:
    return f"line {grid.line_of(r)}, column {c + 1}" if grid.csv else f"{grid.name}!{cell_ref(r, c)}"


def _info(rule: str, zh: str, en: str, loc: Location | None) -> Finding:
    return Finding(rule=rule, severity="info", indicators=[], message=zh, message_en=en, location=loc)


def _read_grid(grid: Grid, source: str, cat: Catalog, keymap: dict[str, str], totals: tuple[str, ...]) -> Document | None:
    findings: list[Finding] = list(grid.findings)
    if grid.hidden:
        findings.append(_info("hidden_sheet", f"工作表“{grid.name}”是隐藏的；已照常读取",
                              f"sheet '{grid.name}' is hidden; read as usual", Location(source, sheet=grid.name)))
    layout = _detect(grid)
    if layout is None:
        if not grid.csv:
            return None  # a sheet without a table (notes, charts): no document
        findings.append(_info("no_table", "未找到表格（没有表头和数字行）", "no table found (no header and figure rows)",
                              Location(source)))
        return Document(source=source, kind="table", findings=findings)
    rows = grid.rows
    data_rows, foot_start = _data_rows(grid, layout)
    width = max((len(rows[r]) for r in range(layout.header_start, len(rows))), default=0)
    header_rows = [r for r in range(layout.header_start, layout.data_start) if _nonblank(rows[r])]
    year_row = next((r for r in header_rows if _is_year_row(rows[r], layout.first_col)), None)
    sample = data_rows[:200]

    def cell(r: int, c: int) -> object:
        row = rows[r]
        return row[c] if c < len(row) else None

    # label columns: the first column, then following columns whose data are mostly text
    label_cols = [layout.first_col]
    for c in range(layout.first_col + 1, width):
        vals = [cell(r, c) for r in sample if not _blank(cell(r, c))]
        htext = " ".join(_text(cell(r, c)) for r in header_rows)
        if _resolve_text(htext, cat, keymap):
            break
        if vals and sum(1 for v in vals if not _is_numeric(v) and parse_text_number(_text(v)).kind != "marker") > 0.6 * len(vals):
            label_cols.append(c)
        else:
            break
    value_start = label_cols[-1] + 1
    period_col = None
    for c in label_cols:
        frags = [f for r in header_rows for f in _split_fragments(_text(cell(r, c)))[0]]
        en = [f for r in header_rows for f in _split_fragments(_text(cell(r, c)))[1]]
        key = header_key("".join(frags)) or header_key(" ".join(en))
        if key in PERIOD_HEADERS or key.startswith("年份"):
            period_col = c
    unit_col = next((c for c in label_cols if c != period_col), None)

    # header text per value column: own fragments and fragments inherited from a spanning cell to the left
    columns: list[Column] = []
    for c in range(value_start, width):
        own_zh: list[str] = []
        parent_zh: list[str] = []
        en: list[str] = []
        units: list[str] = []
        period = None
        loc_row = None
        raw_parts: list[str] = []
        own_started = False
        for r in header_rows:
            v = cell(r, c)
            if r == year_row:
                for cc in range(c, value_start - 1, -1):
                    y = _year_of(cell(r, cc))
                    if y:
                        period = y
                        break
                continue
            if not _blank(v):
                own_started = True
                zh, e, u = _split_fragments(_text(v))
                own_zh += zh
                en += e
                units += u
                raw_parts.append(_text(v).strip())
                if loc_row is None and (zh or e):
                    loc_row = r
                continue
            # inherited: nearest filled cell to the left in this row (a spanning group header), if this
            # column's own header text starts below this row
            if own_started or not any(not _blank(cell(rr, c)) for rr in header_rows if rr > r and rr != year_row):
                continue
            for cc in range(c - 1, value_start - 1, -1):
                pv = cell(r, cc)
                if not _blank(pv):
                    zh, _e, u = _split_fragments(_text(pv))
                    parent_zh += zh
                    units += u
                    break
        has_data = any(not _blank(cell(r, c)) for r in sample)
        if not (own_zh or en or parent_zh or has_data):
            continue
        col = Column(index=c, header=" ".join([*parent_zh, *raw_parts]).strip(), period=period,
                     header_row=loc_row if loc_row is not None else (header_rows[0] if header_rows else layout.data_start),
                     english=" ".join(en))
        col.indicator = _resolve_column(parent_zh, own_zh, en, cat, keymap)
        scale, unit_printed, pct = _scale_of(units)
        if col.indicator is not None:
            measure = cat[col.indicator].measure if col.indicator in cat else None
            if scale is None and layout.units_text and measure in ("persons", "cases"):
                scale, unit_printed, _ = _scale_of([layout.units_text])
            if pct and measure == "permille":
                scale, unit_printed = 10.0, "%"
            col.scale = scale or 1.0
            col.unit_printed = unit_printed
        columns.append(col)

    _guard_sex_ratio(columns, cat)

    for col in columns:
        if col.indicator is None and (col.header or any(not _blank(cell(r, col.index)) for r in sample)):
            name = col.header.replace("\n", " ") or "（无表头）"
            findings.append(_info(
                "unknown_column",
                f"未识别的列“{name}”（第 {col_letter(col.index)} 列）：不是已知指标，已忽略",
                f"unknown column '{name}' (column {col_letter(col.index)}): not a known indicator, ignored",
                _loc(source, grid, col.header_row, col.index)))
    seen: dict[tuple[str, str | None], Column] = {}
    for col in columns:
        if col.indicator is None:
            continue
        first = seen.setdefault((col.indicator, col.period), col)
        if first is not col:  # the same indicator twice: keep the first column, say which one is ignored
            findings.append(Finding(
                rule="duplicate_column", severity="warning", indicators=[col.indicator],
                message=f"第 {col_letter(col.index)} 列“{col.header}”与第 {col_letter(first.index)} 列是同一指标（{col.indicator}）：只读取第 {col_letter(first.index)} 列",
                message_en=f"column {col_letter(col.index)} '{col.header}' repeats column {col_letter(first.index)} ({col.indicator}): only column {col_letter(first.index)} is read",
                location=_loc(source, grid, col.header_row, col.index)))
            col.indicator = None
    known = [c for c in columns if c.indicator is not None]

    # records: one candidate per (data row, period); cells read a column at a time
    periods = sorted({c.period for c in known if c.period}, key=lambda p: p) if year_row is not None else [None]
    wide = year_row is not None
    events: list[tuple[int, int, int, str, object]] = []  # (row, period, column): findings in reading order
    cand_r: list[int] = []
    cand_pi: list[int] = []
    cand_unit: list[str | None] = []
    cand_period: list[str | None] = []
    cand_total: list[bool] = []
    total_first = {t[:1].lower() for t in totals} | {"n", "g"}  # cheap test before _is_total
    n_data = len(data_rows)
    if unit_col is not None:
        labels = [row[unit_col] if unit_col < len(row) else None for row in map(rows.__getitem__, data_rows)]
        units: list[str | None] = [("".join(v.split()) if isinstance(v, str) else "".join(_text(v).split())) or None
                                   for v in labels]
    else:
        units = [None] * n_data
    # rows that need a closer look: no label, a label that may name a totals row, a period column
    if period_col is None and unit_col is not None:
        special = [i for i, u in enumerate(units) if u is None or u[:1].lower() in total_first]
    else:
        special = range(n_data)  # type: ignore[assignment]
    row_info: dict[int, tuple[str | None, str | None, bool] | None] = {}
    for i in special:
        r = data_rows[i]
        unit = units[i]
        row_period = None
        if period_col is not None:
            pv = cell(r, period_col)
            y = _year_of(pv)
            row_period = y or ("".join(_text(pv).split()) or None)
        is_total = unit is not None and _is_total(unit, totals)
        if is_total is False and unit is None and unit_col is not None:
            for c in label_cols:
                if c != unit_col and _is_total("".join(_text(cell(r, c)).split()), totals):
                    is_total = True
        if unit is None and row_period is None and unit_col is not None:
            if any(not _blank(cell(r, c.index)) for c in known):
                events.append((r, -1, -1, "unlabelled", None))
            row_info[i] = None
            continue
        row_info[i] = ("合计" if is_total else unit, row_period, is_total)
    k_r, k_unit, k_period, k_total = data_rows, list(units), [None] * n_data, [False] * n_data
    for i, info in row_info.items():
        if info is not None:
            k_unit[i], k_period[i], k_total[i] = info
    if any(info is None for info in row_info.values()):  # unlabelled rows: skipped
        kept = [i for i in range(n_data) if row_info.get(i, ()) is not None]
        k_r, k_unit, k_period, k_total = ([lst[i] for i in kept] for lst in (k_r, k_unit, k_period, k_total))
    for pi, period in enumerate(periods):
        cand_r.extend(k_r)
        cand_pi.extend([pi] * len(k_r))
        cand_unit.extend(k_unit)
        cand_period.extend(k_period if period is None else [period] * len(k_r))
        cand_total.extend(k_total)
    if len(periods) > 1:  # candidates in reading order: row by row, each row's periods
        perm = sorted(range(len(cand_r)), key=lambda j: (cand_r[j], cand_pi[j]))
        cand_r, cand_pi, cand_unit, cand_period, cand_total = (
            [lst[j] for j in perm] for lst in (cand_r, cand_pi, cand_unit, cand_period, cand_total))
    n_cand = len(cand_r)
    cand_r_arr = np.asarray(cand_r, dtype=np.int64)
    cand_pi_arr = np.asarray(cand_pi, dtype=np.int64)
    filled_any = np.zeros(n_cand, dtype=bool)
    no_value_by_col: dict[int, set[int]] = {}
    for (nr, nc) in grid.no_value:
        no_value_by_col.setdefault(nc, set()).add(nr)
    # per indicator, over the candidates: number, decimals, cell scale, printed text where it differs
    acc: dict[str, dict] = {}
    colmap: dict[tuple[str, int], int] = {}
    groups: dict[int, tuple[list[int], tuple[list[list[object]], int]]] = {}  # per period: rows, their cells
    for k, col in enumerate(known):
        pi = periods.index(col.period) if wide else 0
        sel = np.flatnonzero(cand_pi_arr == pi) if wide else np.arange(n_cand)
        if pi not in groups:
            grid_rows = cand_r_arr[sel].tolist()
            sub = list(map(rows.__getitem__, grid_rows))
            groups[pi] = (grid_rows, (sub, min(map(len, sub), default=0)))
        grid_rows, group = groups[pi]
        number, decimals, cell_scale, printed, filled = _read_column(
            group, grid_rows, col, grid.formats, no_value_by_col.get(col.index, ()), events, pi, k)
        filled_any[sel] |= filled
        ind = col.indicator
        assert ind is not None
        colmap[(ind, pi)] = col.index
        a = acc.get(ind)
        if a is None:
            a = acc[ind] = {"number": np.full(n_cand, np.nan), "decimals": np.zeros(n_cand, dtype=np.int16),
                            "scales": [], "printed": {}, "unit_printed": col.unit_printed}
        a["number"][sel] = number
        a["decimals"][sel] = decimals
        a["scales"].append((sel, col.scale, cell_scale))
        for j, text in printed.items():
            a["printed"][int(sel[j])] = text

    markers: dict[str, list[Location]] = {}
    by_ind = {c.index: c.indicator for c in known}
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    for r, _pi, _k, what, payload in events:
        if what == "unlabelled":
            findings.append(_info("unlabelled_row", f"第 {_place(grid, r, layout.first_col)} 行有数字但没有单位名称，已跳过",
                                  f"row at {_place(grid, r, layout.first_col)} has figures but no unit label; skipped",
                                  _loc(source, grid, r, layout.first_col)))
            continue
        c, pc = payload  # type: ignore[misc]
        loc = _loc(source, grid, r, c)
        if what == "no_value":
            findings.append(Finding(
                rule="formula_without_value", severity="error", indicators=[by_ind[c]],
                message=f"{_place(grid, r, c)} 是公式但没有保存计算结果（请在 Excel 中重新计算并保存）",
                message_en=f"{_place(grid, r, c)} holds a formula without a cached value (recalculate and save in Excel)",
                location=loc))
        elif what == "marker":
            markers.setdefault(pc.printed, []).append(loc)
        else:
            findings.append(Finding(
                rule="non_numeric_cell", severity="warning" if pc.kind == "approx" else "error",
                indicators=[by_ind[c]],
                message=(f"{_place(grid, r, c)} 的“{pc.printed}”不是规范数字"
                         + (f"，按 {pc.printed and _fmt(pc.number)} 读取" if pc.kind == "approx" else "，无法读取")),
                message_en=(f"'{pc.printed}' at {_place(grid, r, c)} is not a plain number"
                            + (f"; read as {_fmt(pc.number)}" if pc.kind == "approx" else "; not read")),
                actual=pc.number, location=loc))
    for text, locs in markers.items():
        findings.append(_info(
            "missing_marker",
            f"{len(locs)} 个单元格为“{text}”（无数据），按缺失处理，首个在 {locs[0].label()}",
            f"{len(locs)} cell(s) read '{text}' (no data), treated as missing; first at {locs[0].label()}",
            locs[0]))

    # record order: rows (a wide table's periods only where a cell is filled), then the totals rows
    keep = filled_any if wide else np.ones(n_cand, dtype=bool)
    tot = np.asarray(cand_total, dtype=bool)
    order = np.concatenate([np.flatnonzero(keep & ~tot), np.flatnonzero(keep & tot)])
    if not known and not len(order):
        return None
    columns: dict[str, ColumnData] = {}
    for ind, a in acc.items():
        scale: np.ndarray | float
        scales = a["scales"]
        if len({s for _sel, s, _cs in scales}) == 1 and all(cs is None for _sel, _s, cs in scales):
            scale = float(scales[0][1])
        else:
            full = np.ones(n_cand)
            for sel, s, cs in scales:
                full[sel] = s if cs is None else cs
            scale = full[order]
        printed_list: list[str | None] | None = None
        if a["printed"]:
            where = np.full(n_cand, -1, dtype=np.int64)
            where[order] = np.arange(len(order))
            printed_list = [None] * len(order)
            for ci, text in a["printed"].items():
                if where[ci] >= 0:
                    printed_list[where[ci]] = text
        columns[ind] = ColumnData(a["number"][order], a["decimals"][order], scale, printed_list, a["unit_printed"])
    rec_rows = cand_r_arr[order].tolist()
    rec_pi = cand_pi_arr[order].tolist()
    locate = _locator(source, grid, layout.first_col, rec_rows, rec_pi, colmap)
    table = RecordTable([cand_unit[i] for i in order.tolist()], [cand_period[i] for i in order.tolist()],
                        columns, locate)
    findings.extend(_mislabelled_percent_columns(table, cat))
    doc = Document(source=source, kind="table", records=table if len(table) else [],  # type: ignore[arg-type]
                   findings=findings, notes=_notes(grid, foot_start))
    return doc


def _locator(source: str, grid: Grid, first_col: int, rec_rows: list[int], rec_pi: list[int],
             colmap: dict[tuple[str, int], int]) -> Callable[[int, str | None], Location]:
    """``locate(i, indicator)`` of a RecordTable: the cell of record i's value (its label cell for None),
    computed when asked. Holds the row numbers, not the grid."""
    name, lines = grid.name, grid.lines

    if grid.csv:
        def locate(i: int, ind: str | None) -> Location:
            r = rec_rows[i]
            c = first_col if ind is None else colmap[(ind, rec_pi[i])]
            line = lines[r] if lines is not None and r < len(lines) else r + 1
            return Location(source, line=line, column=c + 1)
    else:
        def locate(i: int, ind: str | None) -> Location:
            c = first_col if ind is None else colmap[(ind, rec_pi[i])]
            return Location(source, sheet=name, cell=f"{col_letter(c)}{rec_rows[i] + 1}")
    return locate


_NUMBER, _NONE, _STR, _OTHER = 0, 1, 2, 3
_TYPE_CODE = {float: _NUMBER, int: _NUMBER, type(None): _NONE, str: _STR}  # bool, datetime, ...: _OTHER


def _read_column(group: tuple[list[list[object]], int], grid_rows: list[int], col: Column, formats: dict[tuple[int, int], str],
                 no_value: set[int] | tuple[()], events: list, pi: int, k: int,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, dict[int, str], np.ndarray]:
    """One column's cells in the given rows: (number in base units, decimals, per-cell scale or None when
    all are the column's, printed text where it differs from the number formatted, filled mask).

    Numeric cells go through numpy at once, their display derived from the number format (parsed once per
    format code); only text, booleans, dates, non-finite numbers, formula cells without a value and
    optional-digit formats take the per-cell :func:`read_cell` path. Findings are queued in ``events``."""
    c = col.index
    m = len(grid_rows)
    sub, shortest = group
    if shortest > c:
        vals = list(map(itemgetter(c), sub))
    else:
        vals = [row[c] if c < len(row) else None for row in sub]
    codes = np.fromiter(map(_TYPE_CODE.get, map(type, vals), repeat(_OTHER, m)), dtype=np.int8, count=m)
    number = np.full(m, np.nan)
    decimals = np.zeros(m, dtype=np.int16)
    printed: dict[int, str] = {}
    is_num = codes == _NUMBER
    slow = ~is_num & (codes != _NONE)
    if no_value:
        nv = np.fromiter((r in no_value for r in grid_rows), dtype=bool, count=m)
        slow |= nv
        is_num &= ~nv
    num_idx = np.flatnonzero(is_num)
    if len(num_idx):
        if len(num_idx) == m:
            x = np.array(vals, dtype=np.float64)
        else:
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
        if len(groups) == 1:
            parts = [(next(iter(groups)), np.arange(len(num_idx)))]
        else:
            ids = {f: i for i, f in enumerate(groups)}
            fcode = np.fromiter(map(ids.__getitem__, fl), dtype=np.int32, count=len(fl))  # type: ignore[arg-type]
            parts = [(f, np.flatnonzero(fcode == i)) for f, i in ids.items()]
        for fmt, where in parts:
            nums, decs, ok, texts = _format_numbers(x[where], fmt)
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
    for j in np.flatnonzero(slow).tolist():
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
        if pc.printed != f"{x1 / scale:.{pc.decimals}f}":
            printed[j] = pc.printed
    return number, decimals, cell_scale, printed, filled


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


def _format_numbers(x: np.ndarray, fmt: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, str]]:
    """:func:`format_number` over an array of finite numbers sharing one format: (numbers as displayed,
    decimals, ok, printed text where it is not ``f"{number:.{decimals}f}"``). Cells not ok (values General
    shows in another way, optional-digit formats) are left to the per-cell path."""
    kind, d, pct, thousands = _fmt_spec(fmt)
    n = len(x)
    texts: dict[int, str] = {}
    if kind == "optional":
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
    p = 10.0**d
    nums = value.copy()
    off = np.rint(value * p) / p != value
    if off.any():  # more precision stored than shown: Python's (correctly rounded) round, as format_number
        nums[off] = [round(v, d) for v in value[off].tolist()]
    need = np.signbit(value) & (nums == 0)  # -0.00 (also for a stored negative zero)
    if pct:
        need[:] = True
    elif thousands:
        need |= (np.abs(nums) >= 1000) | (np.abs(value) >= 999)  # 999.999 shows as 1,000.00
    for j in np.flatnonzero(need).tolist():
        v = float(value[j])
        texts[j] = (f"{v:,.{d}f}" if thousands else f"{v:.{d}f}") + ("%" if pct else "")
    return nums, np.full(n, d, dtype=np.int16), np.ones(n, dtype=bool), texts


def _mislabelled_percent(records: list[Record], cat: Catalog) -> list[Finding]:
    """A per-mille column whose header says %: converted (×10) unless that makes its values impossible while
    the printed values are plausible per mille — then the header is wrong and the values are kept as printed."""
    out: list[Finding] = []
    by_ind: dict[str, list[tuple[Record, Value]]] = {}
    for rec in records:
        for ind, v in rec.values.items():
            if v.unit_printed == "%" and v.scale == 10.0 and v.number is not None and ind in cat:
                by_ind.setdefault(ind, []).append((rec, v))
    for ind, pairs in by_ind.items():
        lo, hi = cat[ind].hard
        def outside(x: float) -> bool:
            return (lo is not None and x < lo) or (hi is not None and x > hi)
        if any(outside(v.number) for _, v in pairs) and not any(outside(v.number / 10) for _, v in pairs):  # type: ignore[operator]
            for rec, v in pairs:
                rec.values[ind] = replace(v, number=v.number / 10, scale=1.0, unit_printed="‰")  # type: ignore[operator]
            loc = pairs[0][1].location
            out.append(Finding(
                rule="unit_mismatch", severity="warning", indicators=[ind],
                message=f"“{cat[ind].name}”列的表头标为 %，但数值是千分率（按 % 换算后不可能）：按 ‰ 读取",
                message_en=f"the {ind} column's header says %, but its values are per mille (impossible as %): read as ‰",
                location=loc))
    return out


def _mislabelled_percent_columns(table: RecordTable, cat: Catalog) -> list[Finding]:
    """:func:`_mislabelled_percent` on a RecordTable's columns (same test, same finding, arrays changed)."""
    found: list[tuple[int, int, Finding]] = []
    for k, (ind, cd) in enumerate(table.columns.items()):
        if cd.unit_printed != "%" or ind not in cat:
            continue
        per_cell = np.ndim(cd.scale) > 0
        sel = ~np.isnan(cd.number) & (np.asarray(cd.scale) == 10.0 if per_cell else cd.scale == 10.0)
        if not sel.any():
            continue
        x = cd.number[sel]
        lo, hi = cat[ind].hard

        def outside(v: np.ndarray) -> bool:
            return bool(((v < lo) if lo is not None else np.zeros(len(v), bool)).any()
                        or ((v > hi) if hi is not None else np.zeros(len(v), bool)).any())

        if outside(x) and not outside(x / 10):
            cd.number = cd.number.copy()
            cd.number[sel] = x / 10
            scale = np.broadcast_to(np.asarray(cd.scale, dtype=np.float64), cd.number.shape).copy()
            scale[sel] = 1.0
            cd.scale = scale if (scale != 1.0).any() else 1.0
            cd.unit_printed = "‰"
            first = int(np.flatnonzero(sel)[0])
            found.append((first, k, Finding(
                rule="unit_mismatch", severity="warning", indicators=[ind],
                message=f"“{cat[ind].name}”列的表头标为 %，但数值是千分率（按 % 换算后不可能）：按 ‰ 读取",
                message_en=f"the {ind} column's header says %, but its values are per mille (impossible as %): read as ‰",
                location=table.locate(first, ind))))
    return [f for _i, _k, f in sorted(found, key=lambda t: (t[0], t[1]))]


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if x == int(x) else repr(x)


@lru_cache(maxsize=4096)
def _is_total(unit: str, totals: tuple[str, ...]) -> bool:
    if unit in totals:
        return True
    m = re.match(r"^([\u3400-\u9fff]+)[A-Za-z .]*$", unit)
    if m and m.group(1) in totals and m.group(1) != unit:
        return True
    low = unit.lower()
    return any(low == t.lower() for t in totals if t.isascii()) or low in ("nationaltotal", "grandtotal")


def _resolve_text(text: str, cat: Catalog, keymap: dict[str, str]) -> str | None:
    k = header_key(text)
    if not k:
        return None
    if k in keymap:
        return keymap[k]
    return cat.resolve(text)


_RATE_PARENT = re.compile(r"率|比|%|％|构成|占|比重")


def _resolve_column(parent: list[str], own: list[str], en: list[str], cat: Catalog, keymap: dict[str, str]) -> str | None:
    p = "".join(parent)
    o = "".join(own)
    raw_all = p + o
    for t in filter(None, (raw_all, o if not p else None)):
        hit = _resolve_text(t, cat, keymap)
        if hit:
            return hit
    if p and o:
        child = _resolve_text(o, cat, keymap)
        if child is None:
            return None
        if header_key(o) in keymap:
            return child
        par = _resolve_text(p, cat, keymap)
        if par is not None:
            same = par in cat and child in cat and cat[par].measure == cat[child].measure
            return child if same else None
        return None if _RATE_PARENT.search(p) else child
    if p and not o and not en:
        return None
    if not p and not o and en:
        for t in (" ".join(en), *en):
            hit = _resolve_text(t, cat, keymap)
            if hit:
                return hit
    return None


_BIRTH_FAMILY = {"births", "births_male", "births_female", "births_first", "births_second", "births_third_plus"}


def _guard_sex_ratio(columns: list[Column], cat: Catalog) -> None:
    """A bare 性别比 is the sex ratio at birth only in a table about births (else it is the population's)."""
    fallback = "population_sex_ratio" if "population_sex_ratio" in cat else None
    births = any(c.indicator in _BIRTH_FAMILY for c in columns)
    for c in columns:
        if c.indicator != "sex_ratio_at_birth":
            continue
        text = c.header + c.english
        if "出生" in text or "birth" in text.lower() or "sex_ratio_at_birth" in text:
            continue
        if not births:
            c.indicator = fallback
