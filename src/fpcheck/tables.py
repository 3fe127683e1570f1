"""Tables → records: header detection, column mapping and cell reading for xlsx/xlsm/ods/xls/CSV.

``read_table(path)`` gives one :class:`Document` per sheet that holds a table. Below title rows and a
units line (``单位：万人``) it finds the header rows (several rows, bilingual, two-level such as 出生人口 over
合计/一孩/二孩/多孩, or a row of years over repeated indicator columns), maps each column to an indicator
through the catalog (or ``mapping``), and turns each data row into a :class:`Record`. Cells are read as the
sheet displays them: number formats set ``printed`` and ``decimals``; ``万`` sets ``scale``. The grids come
from :mod:`fpcheck.sheets`.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date, datetime, time

from .catalog import Catalog, default_catalog, header_key
from .model import Document, Finding, InputError, Location, Record, Value
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


def format_number(x: float, fmt: str | None) -> Cell:
    """A workbook number as displayed with its number format (``General`` when fmt is None)."""
    if fmt is None:
        s, d = _general(x)
        return Cell("number", float(s) if "e" not in s else x, s, d)
    if fmt.strip().lower() in ("general", "@", ""):
        s, d = _general(x)
        return Cell("number", float(s) if "e" not in s else x, s, d)
    sections = fmt.split(";")
    code = _FMT_STRIP.sub("", sections[0])
    if re.search(r"[eE][+-]", code) or re.search(r"[ymdhs]", code.replace("General", ""), re.I):
        s, d = _general(x)
        return Cell("number", float(s) if "e" not in s else x, s, d)
    pct = "%" in code
    value = x * 100 if pct else x
    m = re.search(r"\.([0#?]+)", code)
    d = len(m.group(1)) if m else 0
    if "#" in (m.group(1) if m else "") or "?" in (m.group(1) if m else ""):
        # optional digits: shown only when needed
        s_general, dg = _general(round(value, d))
        d = min(d, dg)
    thousands = "," in code.split(".")[0]
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


def _data_rows(grid: Grid, layout: Layout) -> list[int]:
    out = []
    for r in range(layout.data_start, len(grid.rows)):
        row = grid.rows[r]
        if _is_footnote(row):
            break
        if not _nonblank(row):
            continue
        out.append(r)
    return out


def _notes(grid: Grid, layout: Layout) -> list[str]:
    """The footnotes below the table (注：…, 数据来源…), one string per row."""
    out: list[str] = []
    started = False
    for row in grid.rows[layout.data_start:]:
        started = started or _is_footnote(row)
        if started and _nonblank(row):
            out.append(" ".join(_text(row[i]).strip() for i in _nonblank(row)))
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
    data_rows = _data_rows(grid, layout)
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

    # records
    records: list[Record] = []
    total_records: list[Record] = []
    markers: dict[str, list[Location]] = {}
    periods = sorted({c.period for c in known if c.period}, key=lambda p: p) if year_row is not None else [None]
    for r in data_rows:
        label_raw = _text(cell(r, unit_col)) if unit_col is not None else ""
        unit = re.sub(r"\s+", "", label_raw) or None
        row_period = None
        if period_col is not None:
            pv = cell(r, period_col)
            y = _year_of(pv)
            row_period = y or (re.sub(r"\s+", "", _text(pv)) or None)
        is_total = unit is not None and _is_total(unit, totals)
        if is_total is False and unit is None and unit_col is not None:
            for c in label_cols:
                if c != unit_col and _is_total(re.sub(r"\s+", "", _text(cell(r, c))), totals):
                    is_total = True
        if unit is None and row_period is None and unit_col is not None:
            if any(not _blank(cell(r, c.index)) for c in known):
                findings.append(_info("unlabelled_row", f"第 {_place(grid, r, layout.first_col)} 行有数字但没有单位名称，已跳过",
                                      f"row at {_place(grid, r, layout.first_col)} has figures but no unit label; skipped",
                                      _loc(source, grid, r, layout.first_col)))
            continue
        for period in periods:
            values: dict[str, Value] = {}
            any_filled = False
            for col in known:
                if year_row is not None and col.period != period:
                    continue
                v = cell(r, col.index)
                pos = (r, col.index)
                loc = _loc(source, grid, r, col.index)
                if pos in grid.no_value:
                    any_filled = True
                    findings.append(Finding(
                        rule="formula_without_value", severity="error", indicators=[col.indicator],
                        message=f"{_place(grid, r, col.index)} 是公式但没有保存计算结果（请在 Excel 中重新计算并保存）",
                        message_en=f"{_place(grid, r, col.index)} holds a formula without a cached value (recalculate and save in Excel)",
                        location=loc))
                    continue
                pc = read_cell(v, grid.formats.get(pos))
                if pc.kind == "blank":
                    continue
                any_filled = True
                if pc.kind == "marker":
                    markers.setdefault(pc.printed, []).append(loc)
                    continue
                if pc.kind in ("text", "approx"):
                    findings.append(Finding(
                        rule="non_numeric_cell", severity="warning" if pc.kind == "approx" else "error",
                        indicators=[col.indicator],
                        message=(f"{_place(grid, r, col.index)} 的“{pc.printed}”不是规范数字"
                                 + (f"，按 {pc.printed and _fmt(pc.number)} 读取" if pc.kind == "approx" else "，无法读取")),
                        message_en=(f"'{pc.printed}' at {_place(grid, r, col.index)} is not a plain number"
                                    + (f"; read as {_fmt(pc.number)}" if pc.kind == "approx" else "; not read")),
                        actual=pc.number, location=loc))
                    if pc.kind == "text":
                        continue
                number = pc.number
                scale = col.scale
                if pc.scale != 1.0:
                    scale = pc.scale  # 万 written in the cell: number already multiplied
                elif number is not None:
                    number = number * col.scale
                if number is not None and number == 0:
                    number = 0.0
                values[col.indicator] = Value(  # type: ignore[index]
                    indicator=col.indicator, number=number, printed=pc.printed, decimals=pc.decimals,  # type: ignore[arg-type]
                    scale=scale, location=loc, unit_printed=col.unit_printed)
            if not any_filled and year_row is not None:
                continue
            rec = Record(unit="合计" if is_total else unit,
                         values=values, period=period if period is not None else row_period,
                         location=_loc(source, grid, r, layout.first_col))
            (total_records if is_total else records).append(rec)
    for text, locs in markers.items():
        findings.append(_info(
            "missing_marker",
            f"{len(locs)} 个单元格为“{text}”（无数据），按缺失处理，首个在 {locs[0].label()}",
            f"{len(locs)} cell(s) read '{text}' (no data), treated as missing; first at {locs[0].label()}",
            locs[0]))
    if not known and not records and not total_records:
        return None
    findings.extend(_mislabelled_percent(records + total_records, cat))
    doc = Document(source=source, kind="table", records=records + total_records, findings=findings,
                   notes=_notes(grid, layout))
    return doc


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
    births = any(c.indicator in _BIRTH_FAMILY for c in columns)
    for c in columns:
        if c.indicator != "sex_ratio_at_birth":
            continue
        text = c.header + c.english
        if "出生" in text or "birth" in text.lower() or "sex_ratio_at_birth" in text:
            continue
        if not births:
            c.indicator = None
