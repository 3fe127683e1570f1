"""Low-level cell grids of spreadsheets and CSV files, with the input checks that come before any parsing.

``load_grids(path)`` returns one :class:`Grid` per sheet: the cell values (row-major, 0-based, starting at
A1), the number format of every cell that does not use ``General`` and the cells holding a formula without a
cached value. Finding the table is :mod:`fpcheck.layout`'s job, records :mod:`fpcheck.tables`'.

Reader choice (measured on this machine, a 100 000-row x 5-column xlsx, 25 MB of sheet XML):

* openpyxl ``load_workbook()`` (full)                        9.7 s
* openpyxl ``read_only=True`` with per-cell number formats   7.8 s
* openpyxl ``read_only=True`` values only                    5.6 s
* python-calamine ``to_python()``                            0.5 s

Number formats must be read per cell (the yearbook tables mix ``General`` and ``0.00`` in one column and
``0.00`` is what makes ``7.2`` print as ``7.20``), and calamine gives none. So: calamine reads the values
(xlsx, xlsm, ods, xls), and one regular-expression pass over the raw sheet XML (no entity expansion) finds
the cells whose style index has a non-General format (the style ids, mapped once to their format codes
through ``xl/styles.xml`` parsed with defusedxml, are part of the pattern, so General cells cost nothing in
Python); formula cells without a ``<v>`` value are looked for only when the XML holds a ``<f`` (found from the
rare ``f``: 1.5 ms on 49 MB, where ``bytes.find(b"<f")`` takes 40 ms). Formulas are never evaluated: calamine
returns the cached value.

calamine releases the GIL while it parses, so it runs in a worker thread while this one checks every member
and scans the XML; but one sheet is one call, and a big sheet's parse is most of the time. So a sheet of
``SPLIT_AT`` (8 MiB) of XML or more, decompressed here anyway for its CRC check, is cut at row starts that
state their number (``<row r="…">``: calamine places a row from there on as in the whole) into pieces of
about ``PART_SIZE`` (4 MiB; one a worker when the workbook's shared strings are big, as each part reads them
again); each is parsed as a workbook of its own (the sheet's XML around the piece, the workbook's other parts
beside, stored uncompressed) by ``WORKERS`` threads, two a core up to four, and the rows are put back where
each part's range starts, padded as calamine pads the whole. The sheet is decompressed a chunk at a time, and
each part handed to the pool as soon as its rows are in, so that the first parts are parsed while the rest is
still being decompressed (0.04 CPU-s on the benchmark sheet by ISA-L's inflate from isal, 0.07 by zlib's;
otherwise spent before any parse). Small parts rather than one a worker: the first parse starts after 4 MiB
are decompressed, not a quarter of the sheet, and the last part, started when the decompression ends, is short
(the parse of a part that starts last is what the reading waits for). A worker that has a part's rows also
finds their columns of figures (:class:`Figures`), which the table's reading would otherwise work out after the
whole sheet is in, on one core: this runs while calamine parses the other parts. Should a part fail or parts
overlap (rows out of order), the workbook is read whole again: what is said of a workbook is what the whole
parse says. Measured on the
benchmark workbook (100 000 x 13, 49 MB of sheet XML; 2 cores shared with other work; best of 5):

* calamine alone, the whole sheet (open, parse, ``to_python``)      0.60 s
* ``load_grids``, read whole (CRC check and XML scan beside)        0.61 s
* ``load_grids``, in 4 parts (4 threads)                             0.33–0.36 s
* ``load_grids``, in 12 parts of 4 MiB (4 threads)                   0.30 s
* fastexcel (calamine with Arrow output), the whole sheet          0.51 s

Before a zip container is opened its directory is checked: more than 1 GiB declared uncompressed size, or a
member over 1 MiB whose compression ratio exceeds 200, is refused (zip bomb). XML is parsed with defusedxml
(entity declarations refused) and calamine's quick-xml does not expand custom entities. A big sheet is cut
into parts only once every other member has been read, its CRC checked, and no XML part read declares
entities (nor the sheet's start); the sheet's own CRC is checked at its end, and a mismatch refuses the
workbook as before, the parts under way dropped.
"""

from __future__ import annotations

import io
import mmap
import os
import re
import struct
import zipfile
import zlib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import PurePosixPath
from typing import cast

import numpy as np

from .model import Finding, InputError, Location
from .read import decode_bytes, decode_lines, mixed_encoding_finding

try:  # ISA-L's inflate, about twice zlib's speed (a big sheet's XML is decompressed before its last part is parsed)
    from isal import isal_zlib as _zlib
except ImportError:  # (a platform without an isal wheel)
    _zlib = zlib  # type: ignore[misc]

MAX_UNCOMPRESSED = 1 << 30  # 1 GiB declared uncompressed size, all members together
MAX_RATIO = 200.0  # compression ratio of one member ...
RATIO_FLOOR = 1 << 20  # ... counted only for members over 1 MiB uncompressed
KEEP_PARTS = 256 << 20  # sheet XML kept in memory between the CRC check and the style scan
_CORES = os.cpu_count() or 1
SPLIT_AT = 8 << 20  # a sheet of this much XML or more is parsed in parts side by side, when there are cores for it:
WORKERS = min(2 * _CORES, 4) if _CORES > 1 else 1  # two a core, up to four (more threads than cores even the load)
PART_SIZE = 4 << 20  # a big sheet's XML is cut about this often (two parts at least)

# The number formats a workbook may use by id without stating them (ECMA-376 Part 1, 18.8.30; the same table
# as openpyxl's, which is not imported for it: importing openpyxl takes longer than reading a small workbook)
BUILTIN_FORMATS: dict[int, str] = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
    17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)", 40: "#,##0.00_);[Red](#,##0.00)",
    41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', 42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)', 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
    48: "##0.0E+0", 49: "@",
}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


Blob = bytes | mmap.mmap  # a member's content (a big sheet's is the buffer it was decompressed into)
Span = tuple[int, int, int, int]  # a merged range: first row, first column, last row, last column (0-based)
FIGURE_TYPES = frozenset({float, int})  # the cell values that are figures (a bool is neither)
FIGURE_BLOCK = 2048  # rows taken apart at a time to find the columns of figures


def figure_columns(rows: Sequence[Sequence[object]], wanted: Iterable[int]) -> dict[int, np.ndarray]:
    """Those of the ``wanted`` columns of ``rows`` (as far as the shortest reaches) whose cells are all figures,
    as float64 arrays."""
    cells = list(zip(*rows))
    return {c: np.fromiter(cells[c], dtype=np.float64, count=len(cells[c])) for c in wanted
            if c < len(cells) and set(map(type, cells[c])) <= FIGURE_TYPES}


@dataclass(frozen=True)
class Figures:
    """The columns of figures of some consecutive rows of a sheet (grid rows ``start`` to ``stop``), found while
    a big sheet's parts were parsed, so that reading its table does not take them apart again: ``columns[c]``
    holds column c's cells as float64 when every one of them is a figure (see :func:`figure_columns`)."""

    start: int
    stop: int
    columns: dict[int, np.ndarray]


def not_known_figures(rows: list[int], figures: Sequence[Figures], c: int) -> list[int]:
    """Those of ``rows`` (grid rows, in ascending order) that no block of ``figures`` knows column ``c`` of as
    figures: the rows where that column's cell may be something else (text)."""
    out: list[int] = []
    at = 0
    for block in figures:
        if c in block.columns:
            lo, hi = bisect_left(rows, block.start, at), bisect_left(rows, block.stop, at)
            out += rows[at:lo]
            at = max(at, hi)
    return out + rows[at:]


@dataclass
class Grid:
    """One sheet's cells.

    ``rows[r][c]`` is the value of the cell in row ``r+1``, column ``c+1``: float/int/bool/str/datetime, or
    ``None``/``""`` when blank. CSV cells are the text of the field. ``formats`` holds the number format
    code of cells whose format is not General (workbooks only); ``no_value`` the formula cells without a
    cached value.
    """

    name: str | None
    rows: list[list[object]]
    formats: dict[tuple[int, int], str] = field(default_factory=dict)
    no_value: set[tuple[int, int]] = field(default_factory=set)
    hidden: bool = False
    csv: bool = False
    findings: list[Finding] = field(default_factory=list)
    lines: list[int] | None = None  # CSV: 1-based line on which each row starts
    merged: list[Span] = field(default_factory=list)  # merged ranges (xlsx, ods, xls)
    hidden_rows: frozenset[int] = frozenset()  # rows hidden (by hand, a filter, an outline) in a sheet with SUBTOTALs
    # a big sheet's columns of figures found while it was parsed, in row order: only of these very ``rows``
    figures: list[Figures] = field(default_factory=list, compare=False, repr=False)

    def line_of(self, r: int) -> int:
        return self.lines[r] if self.lines is not None and r < len(self.lines) else r + 1

    def location(self, source: str, r: int, c: int) -> Location:
        """Where cell (r, c) is: sheet and cell as Excel shows them, or line and column of a CSV file."""
        if self.csv:
            return Location(source, line=self.line_of(r), column=c + 1)
        return Location(source, sheet=self.name, cell=cell_ref(r, c))

    def place(self, r: int, c: int, lang: str = "en") -> str:
        """Cell (r, c) for a message: ``Sheet1!F7`` or ``line 7, column 6`` (``第7行第6列``)."""
        return self.location("", r, c).label(lang)


# per sheet name: non-General number formats by (row, col), formula cells without a cached value, merged ranges
# per sheet: number formats by cell, formula cells without a value, merged ranges, hidden rows (0-based)
Extras = dict[str, tuple[dict[tuple[int, int], str], set[tuple[int, int]], list[Span], frozenset[int]]]


@lru_cache(maxsize=None)
def col_letter(c: int) -> str:
    """0-based column index → Excel letters (0 → A, 26 → AA)."""
    out = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell_ref(r: int, c: int) -> str:
    return f"{col_letter(c)}{r + 1}"


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


# --------------------------------------------------------------------------------------------- entry


#: Files that arrive under a table's name but are something else (a screenshot saved as 报表.xlsx): their magic bytes.
_OTHER_FORMATS = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
                  (b"%PDF", "a PDF document"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
                  (b"\x1f\x8b", "a gzip archive"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"))


def load_grids(path: str | os.PathLike[str], meanwhile: Callable[[], object] | None = None) -> list[Grid]:
    """Every sheet of a workbook (xlsx/xlsm/ods/xls) or the one grid of a CSV file.

    ``meanwhile`` is called (in this thread) while the sheets of an xlsx or ods workbook are parsed in the
    pool, once all of them are handed to it: work of the caller's that would otherwise wait for them or keep
    them waiting."""
    source = str(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(source, f"cannot open file: {exc.strerror or exc}") from None
    if not head:
        raise InputError(source, "empty file (0 bytes)")
    ext = os.path.splitext(source)[1].lower()
    if head.startswith(OLE_MAGIC):
        return _load_ole(path, source, ext)
    if (other := next((kind for magic, kind in _OTHER_FORMATS if head.startswith(magic)), None)) is not None:
        raise InputError(source, f"not a table: the file is {other} (a different format under a table's name)")
    if not head.startswith(ZIP_MAGIC) and ext != ".csv" and (html := _load_html(path, source, ext)) is not None:
        return html
    if head.startswith(ZIP_MAGIC) or ext in (".xlsx", ".xlsm", ".ods"):
        if not head.startswith(ZIP_MAGIC):
            raise InputError(source, f"not a {ext} workbook: the file is not a zip container (corrupt or a different format)")
        return _load_zip(path, source, ext, meanwhile)
    return [_load_csv(path, source)]


# --------------------------------------------------------------------------------------------- HTML as xls


def _load_html(path: str | os.PathLike[str], source: str, ext: str) -> list[Grid] | None:
    """The sheet Excel makes of an HTML page saved under a spreadsheet's name (a web system's "Excel" export: its
    tables one under another), with a note that says so; None when the file is no such page."""
    from .htmltables import html_sheet, looks_like_html_table

    with open(path, "rb") as fh:
        data = fh.read()
    text = decode_bytes(data, source)
    if not looks_like_html_table(text) or not (rows := html_sheet(text)):
        return None
    note = Finding("html_table", "info", [], f"文件扩展名为 {ext}，实际是网页（HTML）表格（系统导出）；已按表格读取",
                   f"the file is named {ext} but is an HTML table (a web system's export); read as a sheet")
    return [Grid(name=None, rows=rows, findings=[note])]


# --------------------------------------------------------------------------------------------- OLE / xls


def _xls_extras(data: bytes) -> Extras:
    """Per sheet of a legacy .xls workbook: the number formats of its figure cells that are not General (0.00% over
    a fraction, 0.00 over 87.403) and its merged ranges, read with xlrd (calamine gives the values only). None of
    it where xlrd cannot read the file: the values stand as calamine read them."""
    import xlrd  # (only for .xls)

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception:  # noqa: BLE001 - xlrd raises many kinds; the formats only refine what calamine read
        return {}
    out: Extras = {}
    for sheet in book.sheets():
        formats: dict[tuple[int, int], str] = {}
        for r in range(sheet.nrows):
            for c, kind in enumerate(sheet.row_types(r)):
                if kind != xlrd.XL_CELL_NUMBER:
                    continue
                fmt = book.format_map.get(book.xf_list[sheet.cell_xf_index(r, c)].format_key)
                if fmt is not None and fmt.format_str not in ("General", "@"):
                    formats[(r, c)] = fmt.format_str
        merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells]
        out[sheet.name] = (formats, set(), merged, frozenset())  # (xlrd reads no formulas: no SUBTOTAL to tell)
    return out


def _load_ole(path: str | os.PathLike[str], source: str, ext: str) -> list[Grid]:
    with open(path, "rb") as fh:
        data = fh.read()
    if _ENCRYPTED_STREAM in data:
        raise InputError(source, "password-protected (encrypted) workbook: remove the password and save again")
    note: Finding | None = None
    if ext != ".xls":
        note = Finding(
            rule="legacy_xls",
            severity="info",
            indicators=[],
            message=f"文件扩展名为 {ext}，实际是旧版 Excel 97-2003 (.xls) 工作簿；已按 .xls 读取",
            message_en=f"the file is named {ext} but is a legacy Excel 97-2003 (.xls) workbook; read as .xls",
            location=None,
        )
    grids = _grids(_calamine_sheets(path, source), _xls_extras(data))
    if note is not None:
        for g in grids:
            g.findings.append(note)
    return grids


# --------------------------------------------------------------------------------------------- zip


def check_zip(zf: zipfile.ZipFile, source: str) -> None:
    """Refuse zip bombs by the directory's declared sizes, before anything is decompressed."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > RATIO_FLOOR:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise InputError(
                    source,
                    f"refused: member compresses {ratio:.0f}:1 (over {MAX_RATIO:.0f}:1), a likely zip bomb",
                    info.filename,
                )
    if total > MAX_UNCOMPRESSED:
        raise InputError(source, f"refused: {total / (1 << 30):.1f} GiB uncompressed (limit 1 GiB), a likely zip bomb")


def _load_zip(path: str | os.PathLike[str], source: str, ext: str, meanwhile: Callable[[], object] | None
              ) -> list[Grid]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(source, f"corrupt workbook (truncated or damaged zip: {exc})") from None
    with zf, ThreadPoolExecutor(max_workers=WORKERS) as pool:
        check_zip(zf, source)
        names = set(zf.namelist())
        big = _big_sheets(zf) if "xl/workbook.xml" in names else set()
        # calamine parses the values in a thread (it releases the GIL) while this one checks every member
        # and scans the sheet XML for formats and formulas; a problem found here wins over calamine's result.
        # A big sheet's rows are handed to the pool in parts as its XML is decompressed (see _read_in_parts).
        whole = None if big else pool.submit(_calamine_sheets, path, source)
        parts, split = _read_members(zf, source, big, pool)
        if "xl/workbook.xml" in names:
            sheets = _sheet_members(zf, source, parts)
            if whole is None:
                whole = pool.submit(_calamine_sheets, path, source, frozenset(split))
            extra = _xlsx_extras(zf, source, parts, sheets)
        elif "content.xml" in names:
            extra = _ods_extras(zf.read("content.xml"), source)
        else:
            raise InputError(source, "zip file is neither an xlsx nor an ods workbook (no xl/workbook.xml or content.xml)")
        assert whole is not None  # (big sheets are an xlsx's)
        if meanwhile is not None:
            meanwhile()
        values, figures = _stitched(whole, split, path, source)
        return _grids(values, extra, figures)


def _read_members(zf: zipfile.ZipFile, source: str, big: set[str], pool: ThreadPoolExecutor
                  ) -> tuple[dict[str, Blob], dict[str, list[Future[_Part]]]]:
    """Read every member once, its CRC checked (what testzip does), and refuse XML that declares entities.

    Returns the workbook's own XML parts (xl/… but the shared strings, up to KEEP_PARTS bytes in all), so that
    a sheet is not decompressed twice; when there are ``big`` sheets, every XML part (the workbooks their
    parts are parsed from), and per big sheet the futures of its parts' rows (see _read_in_parts): the big
    sheets are read last, so that everything a part needs is at hand when the first is cut."""
    parts: dict[str, Blob] = {}
    heads: dict[str, Blob] = {}
    kept = 0
    infos = zf.infolist()
    for info in [i for i in infos if i.filename not in big]:
        data = _read_member(zf, info, source)
        if info.filename.endswith((".xml", ".rels")):
            heads[info.filename] = data[:4096]
            own = info.filename.startswith("xl/") and "sharedStrings" not in info.filename
            if (own or big) and kept + len(data) <= KEEP_PARTS:
                parts[info.filename] = data
                kept += len(data)
    split: dict[str, list[Future[_Part]]] = {}
    names, members = _split_names(zf, source, parts, heads, big)
    others = {k: v for k, v in parts.items() if k not in members}  # styles, shared strings, workbook …
    for info in [i for i in infos if i.filename in big]:
        name = names.get(info.filename)
        sheet: Blob
        if name is not None and name not in split and kept + info.file_size <= KEEP_PARTS:
            sheet, futures = _read_in_parts(zf, info, source, pool, others, name)
            if futures:
                split[name] = futures
        else:
            sheet = _read_member(zf, info, source)
        heads[info.filename] = sheet[:4096]
        if kept + len(sheet) <= KEEP_PARTS:
            parts[info.filename] = sheet
            kept += len(sheet)
    for name, head in heads.items():  # no XML part of a workbook needs a DTD: refuse entity bombs up front
        if _ENTITY_DECL.search(head):
            raise InputError(source, "refused: XML declares a DOCTYPE/entities, a possible entity bomb", name)
    return parts, split


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> bytes:
    """One member's content, its CRC checked; a damaged member is an InputError."""
    try:
        return zf.read(info)
    except zipfile.BadZipFile:
        raise InputError(source, "corrupt workbook (CRC error)", info.filename) from None
    except Exception as exc:  # noqa: BLE001 - zlib/zip errors of a damaged member
        raise InputError(source, f"corrupt workbook (damaged zip member: {exc})") from None


def _parse_xml(data: Blob, source: str, member: str):  # type: ignore[no-untyped-def]
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    try:
        return DET.fromstring(data)
    except DefusedXmlException as exc:
        raise InputError(source, f"refused: XML with entity/DTD declarations ({type(exc).__name__}), a possible entity bomb", member) from None
    except Exception as exc:  # noqa: BLE001 - ParseError and friends
        raise InputError(source, f"corrupt workbook XML: {exc}", member) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


_ATTR_R = re.compile(rb"\br=\"([A-Z]+)(\d+)\"")
_HAS_F = re.compile(rb"<(?:\w+:)?f\b")
_HAS_V = re.compile(rb"<(?:\w+:)?v\b[^>]*>[^<]")
_ENTITY_DECL = re.compile(rb"<!(?:ENTITY|DOCTYPE)", re.I)
_C_START = re.compile(rb"<(?:\w+:)?c\b")
_C_END = re.compile(rb"</(?:\w+:)?c>")


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODS_TEXT_P = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"
_SHOWN_RE = re.compile(r"^[-−]?[\d,\s]*(?:\.(\d+))?\s*(%?)$")
_MAX_REPEAT = 1000  # a filled row or cell repeated more often than this is left to its value


def _ods_extras(content: bytes, source: str) -> Extras:
    """Per sheet of an .ods: a number format for each figure cell, written as the Excel code that prints it the
    way the sheet shows it (94.60 → ``0.00``, 94.59% → ``0.00%``), so printed precision is the shown one; and
    the merged (spanned) cells.

    calamine gives an .ods cell's value but not its style; the shown text sits beside the value in
    content.xml. (Entity declarations were refused before this is parsed.)"""
    from xml.etree.ElementTree import ParseError, iterparse

    out: Extras = {}
    formats: dict[tuple[int, int], str] = {}
    merged: list[Span] = []
    hidden: set[int] = set()
    subtotal = False
    r = c = 0
    try:
        for event, el in iterparse(io.BytesIO(content), events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == _ODS_TABLE + "table":
                    name, formats, merged, hidden, subtotal, r = el.get(_ODS_TABLE + "name", ""), {}, [], set(), False, 0
                    out[name] = (formats, set(), merged, frozenset())
                elif tag == _ODS_TABLE + "table-row":
                    c = 0
                continue
            if tag == _ODS_TABLE + "table":
                out[name] = (formats, set(), merged, frozenset(hidden) if subtotal else frozenset())
            elif tag == _ODS_TABLE + "table-row":
                n = int(el.get(_ODS_TABLE + "number-rows-repeated", "1"))
                if el.get(_ODS_TABLE + "visibility", "visible") != "visible" and n <= _MAX_REPEAT:
                    hidden.update(range(r, r + n))  # (collapsed in an outline, or filtered out)
                r += n
                el.clear()
            elif tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
                n = int(el.get(_ODS_TABLE + "number-columns-repeated", "1"))
                subtotal = subtotal or "SUBTOTAL" in el.get(_ODS_TABLE + "formula", "").upper()
                down, across = (int(el.get(_ODS_TABLE + f"number-{k}-spanned", "1")) for k in ("rows", "columns"))
                if down > 1 or across > 1:
                    merged.append((r, c, r + down - 1, c + across - 1))
                kind = el.get(_ODS_OFFICE + "value-type")
                if kind in ("float", "percentage", "currency") and n <= _MAX_REPEAT:
                    shown = "".join(p.text or "" for p in el.iter(_ODS_TEXT_P)).strip()
                    m = _SHOWN_RE.match(shown)
                    if m:
                        code = "0" + ("." + "0" * len(m.group(1)) if m.group(1) else "") + m.group(2)
                        for k in range(n):
                            formats[(r, c + k)] = code
                c += n
    except ParseError as exc:
        raise InputError(source, f"corrupt workbook XML: {exc}", "content.xml") from None
    return out


def _sheet_members(zf: zipfile.ZipFile, source: str, parts: dict[str, Blob]) -> list[tuple[str, str]]:
    """(sheet name, zip member of its XML) of every sheet of an xlsx, in workbook order.

    ``parts`` holds members already read (xl/…), so that none is decompressed twice."""
    def read(name: str) -> Blob:
        data = parts.get(name)
        return data if data is not None else zf.read(name)

    wb = _parse_xml(read("xl/workbook.xml"), source, "xl/workbook.xml")
    rels_name = "xl/_rels/workbook.xml.rels"
    targets: dict[str, str] = {}
    if rels_name in zf.namelist():
        for rel in _parse_xml(read(rels_name), source, rels_name):
            target = rel.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            targets[rel.get("Id", "")] = full
    out = []
    for el in wb.iter():
        if _local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), "")
        member = targets.get(rid)
        if member is not None and member in zf.namelist():
            out.append((el.get("name", ""), member))
    return out


def _xlsx_extras(zf: zipfile.ZipFile, source: str, parts: dict[str, Blob], sheets: list[tuple[str, str]]) -> Extras:
    """Per sheet name: (non-General number formats by (row, col), formula cells without cached value, merged
    ranges).

    ``parts`` holds members already read (xl/…), so that a sheet's XML is not decompressed twice."""
    def read(name: str) -> Blob:
        data = parts.get(name)
        return data if data is not None else zf.read(name)

    xf_formats: list[str] = []
    if "xl/styles.xml" in zf.namelist():
        styles = _parse_xml(read("xl/styles.xml"), source, "xl/styles.xml")
        custom: dict[int, str] = {}
        for el in styles.iter():
            if _local(el.tag) == "numFmt":
                custom[int(el.get("numFmtId", "0"))] = el.get("formatCode", "General")
        for el in styles:
            if _local(el.tag) == "cellXfs":
                for xf in el:
                    fid = int(xf.get("numFmtId", "0"))
                    xf_formats.append(custom.get(fid) or BUILTIN_FORMATS.get(fid, "General"))
    out: Extras = {}
    nongeneral = [i for i, f in enumerate(xf_formats) if f != "General"]
    for name, member in sheets:
        data = read(member)
        if _ENTITY_DECL.search(data[:4096]):
            raise InputError(source, "refused: sheet XML declares a DOCTYPE/entities, a possible entity bomb", member)
        out[name] = (*_scan_sheet(data, xf_formats, nongeneral), _merges(data), _hidden_rows(data))
    return out


_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\s[^>]*?\bhidden="(?:1|true)"')
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')


def _hidden_rows(data: Blob) -> frozenset[int]:
    """The rows (0-based) one sheet's XML hides (``<row r="8" hidden="1">``: by hand, by a filter, in a collapsed
    outline), where the sheet's formulas hold a SUBTOTAL, the one sum that may leave them out (a SUM or a typed total
    counts them). One scan for each, rare: most sheets hide nothing."""
    if data.find(b"hidden=") < 0 or data.find(b"SUBTOTAL(") < 0:
        return frozenset()
    return frozenset(int(n.group(1)) - 1 for m in _HIDDEN_ROW.finditer(data)
                     if (n := _ROW_NUMBER.search(m.group())) is not None)


def _scan_sheet(data: Blob, xf_formats: list[str], nongeneral: list[int]) -> tuple[dict[tuple[int, int], str], set[tuple[int, int]]]:
    """(non-General number formats by (row, col), formula cells without a cached value) of one sheet's XML.

    One ``findall`` over the XML finds only the cells whose style has a non-General format (the style ids
    are part of the pattern); formula cells are looked at only when the XML holds a ``<f`` at all."""
    formats: dict[tuple[int, int], str] = {}
    no_value: set[tuple[int, int]] = set()
    if nongeneral:
        ids = b"|".join(str(i).encode() for i in sorted(nongeneral, key=lambda i: -i))
        cell_re = re.compile(rb'<(?:\w+:)?c\s[^>]*?(?:\br="([A-Z]+)(\d+)"[^>]*?\bs="(' + ids + rb')"'
                             rb'|\bs="(' + ids + rb')"[^>]*?\br="([A-Z]+)(\d+)")')
        col_of: dict[bytes, int] = {}
        for letters, row, sid, sid2, letters2, row2 in cell_re.findall(data):
            if not letters:
                letters, row, sid = letters2, row2, sid2
            c = col_of.get(letters)
            if c is None:
                c = col_of[letters] = _col_index(letters)
            formats[(int(row) - 1, c)] = xf_formats[int(sid)]
    sheet_end = data.rfind(b"sheetData>")  # formulas of data validation / conditional formats come after it
    sheet_end = len(data) if sheet_end < 0 else sheet_end
    prefixed = sheet_end == len(data) or data[sheet_end - 1:sheet_end] == b":"  # </x:sheetData>: x:f formulas
    if _may_hold_formulas(data, sheet_end, prefixed) and _HAS_F.search(data, 0, sheet_end):
        for m in _HAS_F.finditer(data, 0, sheet_end):
            start = data.rfind(b"<", 0, m.start())
            while start >= 0 and not _C_START.match(data, start):
                start = data.rfind(b"<", 0, start)
            if start < 0:
                continue
            head_end = data.find(b">", start)
            end = _C_END.search(data, m.end())
            if head_end < 0 or end is None:
                continue
            rm = _ATTR_R.search(data, start, head_end)
            if rm is None:
                continue
            if not _HAS_V.search(data[head_end + 1:end.start()]):
                no_value.add((int(rm.group(2)) - 1, _col_index(rm.group(1))))
    return formats, no_value


def _may_hold_formulas(data: Blob, end: int, prefixed: bool) -> bool:
    """Whether ``data[:end]`` holds ``<f`` (or ``:f`` in a prefixed sheet), the start of a formula tag.

    Found from the ``f``, which is rare in sheet XML (no tag or attribute of the cells has one): ``bytes.find``
    of one byte runs at memory speed, of ``<f`` five times slower, ``<`` being everywhere. Where ``f`` is
    common (English text in the cells), ``<f`` is looked for directly after the first thousand."""
    at, seen = data.find(b"f", 1, end), 0
    while at >= 0 and seen < 1000:
        if data[at - 1] == 0x3C or (prefixed and data[at - 1] == 0x3A):  # < or :
            return True
        at, seen = data.find(b"f", at + 1, end), seen + 1
    return at >= 0 and (data.find(b"<f", at - 1, end) >= 0 or (prefixed and data.find(b":f", at - 1, end) >= 0))


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _merges(data: Blob) -> list[Span]:
    """The merged ranges of one sheet's XML (``<mergeCell ref="E3:G3"/>``, after the cells)."""
    start = data.rfind(b"sheetData>")
    return [(int(r1) - 1, _col_index(c1), int(r2) - 1, _col_index(c2))
            for c1, r1, c2, r2 in _MERGE.findall(data, max(start, 0))]


# --------------------------------------------------------------------------------------------- calamine


Sheets = list[tuple[str, list[list[object]], bool]]  # (name, rows, hidden) per sheet, in workbook order


def _calamine_sheets(path: str | os.PathLike[str], source: str, skip: frozenset[str] = frozenset()) -> Sheets:
    """Every sheet's cell values as calamine reads them (cached values of formulas, never evaluated); the
    sheets named in ``skip`` (read in parts) get no rows."""
    import python_calamine as pc

    try:
        # from a file object calamine sniffs the format from the content (an .xls named .xlsx still opens)
        with open(path, "rb") as fh:
            wb = pc.CalamineWorkbook.from_filelike(fh)
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error types
        msg = str(exc)
        if "password" in msg.lower() or "encrypt" in msg.lower():
            raise InputError(source, "password-protected (encrypted) workbook: remove the password and save again") from None
        raise InputError(source, f"cannot read workbook: {msg}") from None
    try:
        metas = list(wb.sheets_metadata)
    except Exception:  # noqa: BLE001
        metas = []
    hidden = {m.name: str(m.visible).rsplit(".", 1)[-1] != "Visible" for m in metas}
    out: Sheets = []
    for i, name in enumerate(wb.sheet_names):
        try:
            rows = [] if name in skip else cast(list[list[object]], wb.get_sheet_by_index(i).to_python(skip_empty_area=False))
        except Exception as exc:  # noqa: BLE001
            raise InputError(source, f"cannot read sheet: {exc}", name) from None
        out.append((name, rows, hidden.get(name, False)))
    return out


def _grids(sheets: Sheets, extra: Extras, figures: dict[str, list[Figures]] | None = None) -> list[Grid]:
    """Grids from calamine's values and the formats/formula cells found in the sheet XML (and the columns of
    figures found in the parts of big sheets)."""
    grids: list[Grid] = []
    for name, rows, hidden in sheets:
        formats, no_value, merged, hidden_rows = extra.get(name, ({}, set(), [], frozenset()))
        grids.append(Grid(name=name, rows=rows, formats=formats, no_value=no_value, hidden=hidden, merged=merged,
                          figures=(figures or {}).get(name, []), hidden_rows=hidden_rows))
    return grids


# ------------------------------------------------------------------------- a big sheet, parsed in parts


# where calamine's range of a part starts, its rows, and the columns of figures of each FIGURE_BLOCK rows from
# which row of the part on
_Part = tuple[tuple[int, int] | None, list[list[object]], list[tuple[int, dict[int, np.ndarray]]]]
_ROW_START = re.compile(rb"""<row r="\d+"(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")  # the first element's name (the XML declaration starts <?)
_CHUNK = 1 << 20  # a big sheet's XML is decompressed this much at a time
READ_SIZE = 64 << 10  # calamine reads a part this much at a time at most (below malloc's mmap threshold, 128 KiB)


def _big_sheets(zf: zipfile.ZipFile) -> set[str]:
    """The worksheet members big enough (SPLIT_AT) to be parsed in parts, when there are cores for them."""
    if WORKERS < 2:
        return set()
    return {i.filename for i in zf.infolist() if i.filename.startswith("xl/worksheets/") and i.file_size >= SPLIT_AT}


def _split_names(zf: zipfile.ZipFile, source: str, parts: dict[str, Blob], heads: dict[str, Blob],
                 big: set[str]) -> tuple[dict[str, str], set[str]]:
    """The big sheets that may be parsed in parts as they are read (member → the first sheet naming it), and
    every sheet's member; none when a part read so far declares entities or the workbook's list of sheets
    cannot be read (the error is raised in its turn, once every member is read)."""
    if not big or any(_ENTITY_DECL.search(head) for head in heads.values()):
        return {}, set()
    try:
        sheets = _sheet_members(zf, source, parts)
    except InputError:
        return {}, set()
    names: dict[str, str] = {}
    for name, member in sheets:
        if member in big:
            names.setdefault(member, name)
    return names, {member for _name, member in sheets}


def _row_cut(data: Blob, at: int, end: int) -> int | None:
    """The first row start in ``data[at:end]`` that states its number (``<row r="7">``, not an empty
    ``<row r="7"/>``), or None: calamine places a row's cells from the ``r`` of the row (cells without their
    own ``r`` follow each other from its column A), so a part that starts there reads as the same rows of the
    whole. A row tag cut off at ``end`` is not one."""
    at = data.find(b'<row r="', at, end)
    while at >= 0 and ((m := _ROW_START.match(data, at, end)) is None or m.group(1)):
        at = data.find(b'<row r="', at + 1, end)
    return None if at < 0 else at


def _read_in_parts(zf: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, pool: ThreadPoolExecutor,
                   others: dict[str, Blob], name: str) -> tuple[Blob, list[Future[_Part]]]:
    """A big sheet's XML, its CRC checked, and the futures of its rows parsed in parts of about PART_SIZE (two
    at least); no futures when it cannot be cut (then calamine reads it whole).

    The XML is decompressed a chunk at a time, and each part is handed to the pool as soon as it is read, cut
    at a numbered row (see _row_cut) near each n-th of the way (n parts): the parse of the first parts runs while
    the rest is decompressed. A part before the last is closed with ``</sheetData>`` and the root's end tag
    (what follows the rows is not read yet); should any cut turn out to lie past ``</sheetData>``, the parts
    are dropped. A damaged member is read again by zipfile (which stops at its stated size), whose error
    :func:`_read_member` raises (parts under way are dropped)."""
    data = _buffer(info.file_size)
    view = memoryview(data)
    n = _part_count(info.file_size, sum(map(len, others.values())))
    futures: list[Future[_Part]] = []
    have, head, cut, tail = 0, -1, -1, b""
    safe: bool | None = None  # whether the sheet's start declares no entities, once its first 4 KiB are in
    try:
        for chunk in _inflated(zf, info):
            data[have:have + len(chunk)] = chunk
            have += len(chunk)
            if head < 0 and (at := data.find(b"<sheetData>", 0, have)) >= 0:
                head = cut = at + len(b"<sheetData>")
                root = _ROOT.search(data, 0, at)
                tail = b"</sheetData></" + (root.group(1) if root else b"worksheet") + b">"
            if safe is None and have >= min(4096, info.file_size):
                safe = _ENTITY_DECL.search(data, 0, 4096) is None
            while safe and head >= 0 and len(futures) < n - 1:
                target = max(cut + 1, head + (info.file_size - head) * (len(futures) + 1) // n)
                at2 = _row_cut(data, target, have) if target < have else None
                if at2 is None:
                    break
                futures.append(pool.submit(_parse_part, others, info.filename, name,
                                           [view[:head], view[cut:at2], tail]))
                cut = at2
    except Exception:  # noqa: BLE001 - a damaged member: zipfile's reading of it says what is wrong
        _drop(futures)
        return _read_member(zf, info, source), []
    end = data.rfind(b"</sheetData>", 0, have)
    if not futures or end < cut:  # no row to cut at, or a cut past the rows
        _drop(futures)
        return data, []
    futures.append(pool.submit(_parse_part, others, info.filename, name, [view[:head], view[cut:end], view[end:have]]))
    return data, futures


def _buffer(size: int) -> mmap.mmap:
    """Room for a big sheet's XML, its pages taken from the system as they are written: ``bytearray(size)``
    would first write zeros over all of them (20 ms for the benchmark's 49 MB, before the first part could be
    handed to the pool)."""
    if hasattr(mmap, "MAP_PRIVATE"):  # (not shared with a child process: a third faster to write than shared)
        return mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE)
    return mmap.mmap(-1, size)


def _part_count(size: int, others: int) -> int:
    """How many parts a big sheet of ``size`` bytes of XML is cut into: one per PART_SIZE, two at least; but no
    more than one a worker when the workbook's other parts (``others`` bytes), which every part's parse reads again
    (calamine reads the shared strings as it opens a workbook), would add up to more than an eighth of the
    sheet (a sheet of 47 MB with 2.3 MB of shared strings: 0.37 s in 4 parts, 0.44 s in 12)."""
    return max(2, min(-(-size // PART_SIZE), max(WORKERS, size // (8 * max(others, 1)))))


def _inflated(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A member's content a chunk at a time; ValueError when it is not whole (its size or CRC not the zip
    directory's). A deflated member (an xlsx's are) is inflated here by ``_zlib`` (ISA-L's, where isal is
    installed: 0.04 instead of 0.07 CPU-s for the bench sheet's 49 MB), any other by zipfile."""
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1 or zf.fp is None:  # (0x1: encrypted)
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                yield chunk
        return
    fp = zf.fp
    fp.seek(info.header_offset)
    head = fp.read(30)  # the local file header: the data follow its name and extra field
    if len(head) < 30 or not head.startswith(ZIP_MAGIC):
        raise ValueError("bad local file header")
    fp.seek(info.header_offset + 30 + sum(struct.unpack("<2H", head[26:30])))
    inflate = _zlib.decompressobj(-15)
    crc, size, left, raw = 0, 0, info.compress_size, b""
    while left or raw:
        if not raw:
            raw = fp.read(min(left, _CHUNK))
            if not raw:
                raise ValueError("truncated member")
            left -= len(raw)
        chunk = inflate.decompress(raw, _CHUNK)
        raw = inflate.unconsumed_tail
        crc, size = _zlib.crc32(chunk, crc), size + len(chunk)
        if size > info.file_size:
            raise ValueError("more content than the zip directory states")
        yield chunk
    rest = inflate.flush()
    crc, size = _zlib.crc32(rest, crc), size + len(rest)
    if rest:
        yield rest
    if not inflate.eof or size != info.file_size or crc != info.CRC:
        raise ValueError("member not whole")


def _drop(futures: list[Future[_Part]]) -> None:
    """Parts no longer wanted: those not started are not parsed."""
    for f in futures:
        f.cancel()


def _parse_part(others: dict[str, Blob], member: str, name: str, pieces: list[Blob | memoryview]) -> _Part:
    """Rows of a sheet, as calamine reads them from a workbook of their own: the sheet's XML made of
    ``pieces`` (what comes before the rows, some of its rows, what closes them) and the workbook's other
    parts; and their columns of figures, a block of rows at a time. Those are found here, in the worker, while
    calamine parses the other parts (it releases the GIL), not after the whole sheet is in."""
    import python_calamine as pc

    parts: list[tuple[str, list[Blob | memoryview]]] = [(part, [content]) for part, content in others.items()]
    parts.append((member, pieces))
    sheet = pc.CalamineWorkbook.from_filelike(_Pieces(_stored_zip(parts))).get_sheet_by_name(name)
    rows = cast(list[list[object]], sheet.to_python(skip_empty_area=True))
    width = len(rows[0]) if rows else 0
    return sheet.start, rows, [(at, figure_columns(rows[at:at + FIGURE_BLOCK], range(width)))
                               for at in range(0, len(rows), FIGURE_BLOCK)]


def _stored_zip(members: list[tuple[str, list[Blob | memoryview]]]) -> list[Blob | memoryview]:
    """A zip file of the members (each given in pieces), stored uncompressed, as pieces: the members' own
    between the headers and the directory (read by calamine through :class:`_Pieces`, never joined). Its CRC
    is ISA-L's where isal is installed (0.06 against zlib's 0.6 ms for a part of 4 MiB)."""
    pieces: list[Blob | memoryview] = []
    directory: list[bytes] = []
    offset = 0
    for name, content in members:
        raw = name.encode()
        crc = size = 0
        for piece in content:
            crc, size = _zlib.crc32(piece, crc), size + len(piece)
        # version 2.0, flags (bit 11: a UTF-8 name), stored, 1980-01-01 00:00, crc, sizes, name length
        fields = (20, 0 if name.isascii() else 0x800, 0, 0, 0x21, crc, size, size, len(raw))
        pieces += [struct.pack("<4s5H3LHH", b"PK\x03\x04", *fields, 0), raw, *content]
        directory.append(struct.pack("<4sH5H3L5HLL", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, offset) + raw)
        offset += 30 + len(raw) + size
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), sum(map(len, directory)),
                      offset, 0)
    return [*pieces, *directory, end]


class _Pieces:
    """A file made of pieces, for calamine to read a part's workbook from (``from_filelike``), a read at most
    READ_SIZE long. calamine copies what it reads into a buffer of its own; the pieces joined into one bytes
    and read from a BytesIO (whose reads, up to half the file long, are copies) would take two more copies of
    the part, in blocks big enough for malloc to map them afresh and unmap them after (the benchmark sheet:
    7 000 more pages taken from the system in a fresh process, 19 000 in a warm one; 0.02 s of system time)."""

    def __init__(self, pieces: list[Blob | memoryview]) -> None:
        self._pieces = [memoryview(p) for p in pieces if len(p)]
        self._starts = list(accumulate(map(len, self._pieces), initial=0))  # where each piece starts, and the end
        self._pos = 0

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """As a file's: calamine takes no file without it (though it reads straight through)."""
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._starts[-1]}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes, READ_SIZE at most and no further than the piece at hand (all that is left when
        ``size`` is negative); empty at the end. Bytes: calamine takes a memoryview a byte at a time."""
        at = bisect_right(self._starts, self._pos) - 1
        if at >= len(self._pieces):
            return b""
        rest = self._pieces[at][self._pos - self._starts[at]:]
        out = b"".join([rest, *self._pieces[at + 1:]]) if size < 0 else bytes(rest[:min(size, READ_SIZE)])
        self._pos += len(out)
        return out


def _stitched(whole: Future[Sheets], split: dict[str, list[Future[_Part]]], path: str | os.PathLike[str],
              source: str) -> tuple[Sheets, dict[str, list[Figures]]]:
    """The sheets calamine read whole, with the rows of those read in parts put together (and their columns
    of figures); should any part fail, or parts overlap, the workbook is read again whole, so that what is said
    is said of the whole."""
    try:
        sheets = whole.result()
        joined = {name: _joined([f.result() for f in futures]) for name, futures in split.items()}
    except Exception:  # noqa: BLE001 - calamine's error on a part or on the rest, parts that overlap
        return _calamine_sheets(path, source), {}
    return ([(name, joined[name][0] if name in joined else rows, hidden) for name, rows, hidden in sheets],
            {name: figures for name, (_rows, figures) in joined.items()})


def _joined(parts: list[_Part]) -> tuple[list[list[object]], list[Figures]]:
    """A sheet's rows as calamine gives the whole (from A1, every row as wide as the widest, ``""`` for a
    blank cell), from the rows of its parts, each placed where its range starts; and the columns of figures
    of the parts placed as they are (from column A, as wide as the sheet), at their grid rows. Parts that
    overlap (rows out of order) raise ValueError."""
    filled = [(start, rows, blocks) for start, rows, blocks in parts if start is not None and rows]
    width = max((c0 + len(rows[0]) for (_r0, c0), rows, _blocks in filled), default=0)
    out: list[list[object]] = []
    figures: list[Figures] = []
    for (r0, c0), rows, blocks in filled:
        if r0 < len(out):
            raise ValueError("parts overlap")
        out += [[""] * width for _ in range(r0 - len(out))]
        if c0 == 0 and len(rows[0]) == width:
            figures += [Figures(r0 + at, r0 + min(at + FIGURE_BLOCK, len(rows)), columns) for at, columns in blocks]
            out += rows
        else:
            out += [[*[""] * c0, *row, *[""] * (width - c0 - len(row))] for row in rows]
    return out, figures


# --------------------------------------------------------------------------------------------- CSV


_DELIMITERS = (",", "\t", ";", "|")  # in order of preference when they split a file equally well


def _csv_delimiter(sample: str) -> str:
    """The delimiter that splits the first lines most consistently: the most lines with one field count of two
    or more fields (a comma file, a tab export, a semicolon export from a European-set Excel, a pipe dump)."""
    import csv
    import io
    from collections import Counter

    lines = [ln for ln in sample.splitlines()[:40] if ln.strip()][:-1] or sample.splitlines()[:1]
    best, best_score = ",", -1
    for d in _DELIMITERS:
        try:
            counts = Counter(len(r) for r in csv.reader(io.StringIO("\n".join(lines)), delimiter=d) if len(r) > 1)
        except csv.Error:
            continue
        score = max(counts.values(), default=0)
        if score > best_score:
            best, best_score = d, score
    return best


def _load_csv(path: str | os.PathLike[str], source: str) -> Grid:
    import csv
    import io

    with open(path, "rb") as fh:
        data = fh.read()
    if not data.strip():
        raise InputError(source, "empty file (no data)")
    text, utf8_lines = decode_lines(data, source)
    text = text.lstrip("\ufeff")
    delim = _csv_delimiter(text[:8192])
    rows: list[list[object]] = []
    lines: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    start = 1
    try:
        for row in reader:
            rows.append(list(row))
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(source, f"malformed CSV: {exc}", f"line {start}") from None
    if delim != ",":
        _decimal_comma(rows)
    _unshift_rows(rows)
    return Grid(name=None, rows=rows, csv=True, lines=lines,
                findings=[mixed_encoding_finding(source, k) for k in utf8_lines])


def _unshift_rows(rows: list[list[object]]) -> None:
    """Put back, in place, the rows a converter shifted one field right (an empty field before the unit's name: ,牛角湾乡,
    10277,… beside 淯城镇,51284,…,76.98,): a row opening with an empty field then a name, as long as the rows whose
    first field is a name, that ends one field later than those, and whose last field the shift drops is empty."""
    named = [r for r in rows if len(r) > 2 and isinstance(r[0], str) and r[0].strip() and not _NUMBERISH.fullmatch(r[0])]
    ends = Counter(max((i for i, f in enumerate(r) if str(f).strip()), default=0) for r in named)
    if not ends:
        return
    end = ends.most_common(1)[0][0]
    for k, r in enumerate(rows):
        if len(r) > end + 1 and r[0] == "" and isinstance(r[1], str) and r[1].strip() \
                and not _NUMBERISH.fullmatch(r[1]) and str(r[end + 1]).strip() and all(
                    not str(f).strip() for f in r[end + 2:]) and _NUMBERISH.fullmatch(str(r[end + 1]).strip()):
            rows[k] = [*r[1:], ""]


_NUMBERISH = re.compile(r"[-−+]?[\d,.]+[%‰]?")
_COMMA_DECIMAL = re.compile(r"[-−]?\d+,(?:\d{1,2}|\d{4,})[%‰]?")  # 11,63 / -1,30 / 100,00%: not a thousands group
_POINT_DECIMAL = re.compile(r"[-−]?\d+\.\d+[%‰]?")
_POINT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 30.412 / 1.234,5 where the comma is the point
_COMMA_NUMBER = re.compile(r"[-−]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+[%‰]?")


def _decimal_comma(rows: list[list[object]]) -> None:
    """Rewrite, in place, the numbers of a CSV that writes the decimal point as a comma (a semicolon export from a
    European-set Excel: 11,63; 1.234,5) with a point: only where some field has a comma no thousands separator
    could be (11,63, 100,00) and none has a decimal point, so that 1,234 in a file of points stays a thousand."""
    fields = [f.strip() for row in rows for f in row if isinstance(f, str) and f]
    if not any(_COMMA_DECIMAL.fullmatch(f) for f in fields) or any(
            _POINT_DECIMAL.fullmatch(f) and not _POINT_THOUSANDS.fullmatch(f) for f in fields):
        return
    for row in rows:
        for i, f in enumerate(row):
            if isinstance(f, str) and (_COMMA_NUMBER.fullmatch(f.strip()) or _POINT_THOUSANDS.fullmatch(f.strip())):
                row[i] = f.strip().replace(".", "").replace(",", ".")
