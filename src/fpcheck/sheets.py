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
Python); formula cells without a ``<v>`` value are looked for only when the XML holds a ``<f``. Formulas are
never evaluated: calamine returns the cached value.

Before a zip container is opened its directory is checked: more than 1 GiB declared uncompressed size, or a
member over 1 MiB whose compression ratio exceeds 200, is refused (zip bomb). XML is parsed with defusedxml
(entity declarations refused) and calamine's quick-xml does not expand custom entities.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath
from typing import cast

from .model import Finding, InputError, Location
from .read import decode_bytes

MAX_UNCOMPRESSED = 1 << 30  # 1 GiB declared uncompressed size, all members together
MAX_RATIO = 200.0  # compression ratio of one member ...
RATIO_FLOOR = 1 << 20  # ... counted only for members over 1 MiB uncompressed
KEEP_PARTS = 256 << 20  # sheet XML kept in memory between the CRC check and the style scan

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


Span = tuple[int, int, int, int]  # a merged range: first row, first column, last row, last column (0-based)


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
    merged: list[Span] = field(default_factory=list)  # merged ranges (xlsx, ods)

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
Extras = dict[str, tuple[dict[tuple[int, int], str], set[tuple[int, int]], list[Span]]]


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


def load_grids(path: str | os.PathLike[str]) -> list[Grid]:
    """Every sheet of a workbook (xlsx/xlsm/ods/xls) or the one grid of a CSV file."""
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
    if head.startswith(ZIP_MAGIC) or ext in (".xlsx", ".xlsm", ".ods"):
        if not head.startswith(ZIP_MAGIC):
            raise InputError(source, f"not a {ext} workbook: the file is not a zip container (corrupt or a different format)")
        return _load_zip(path, source, ext)
    return [_load_csv(path, source)]


# --------------------------------------------------------------------------------------------- OLE / xls


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
            message=f"文件扩展名为 {ext}，实际是旧版 Excel 97-2003 (.xls) 工作簿；已按 .xls 读取（无数字格式，小数位按数值推断）",
            message_en=f"the file is named {ext} but is a legacy Excel 97-2003 (.xls) workbook; read as .xls "
            "(no number formats: decimals inferred from the values)",
            location=None,
        )
    grids = _grids(_calamine_sheets(path, source), {})
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


def _load_zip(path: str | os.PathLike[str], source: str, ext: str) -> list[Grid]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(source, f"corrupt workbook (truncated or damaged zip: {exc})") from None
    with zf, ThreadPoolExecutor(max_workers=1) as pool:
        check_zip(zf, source)
        # calamine parses the values in a thread (it releases the GIL) while this one checks every member
        # and scans the sheet XML for formats and formulas; a problem found here wins over calamine's result
        values = pool.submit(_calamine_sheets, path, source)
        names = set(zf.namelist())
        # every member is read once, its CRC checked (what testzip does); the workbook's own XML parts are
        # kept for _xlsx_extras (up to KEEP_PARTS bytes) so that a sheet is not decompressed twice
        parts: dict[str, bytes] = {}
        heads: dict[str, bytes] = {}
        kept = 0
        for info in zf.infolist():
            try:
                data = zf.read(info)
            except zipfile.BadZipFile:
                raise InputError(source, "corrupt workbook (CRC error)", info.filename) from None
            except Exception as exc:  # noqa: BLE001 - zlib/zip errors of a damaged member
                raise InputError(source, f"corrupt workbook (damaged zip member: {exc})") from None
            if info.filename.endswith((".xml", ".rels")):
                heads[info.filename] = data[:4096]
                if info.filename.startswith("xl/") and "sharedStrings" not in info.filename and kept + len(data) <= KEEP_PARTS:
                    parts[info.filename] = data
                    kept += len(data)
        for name, head in heads.items():  # no XML part of a workbook needs a DTD: refuse entity bombs up front
            if _ENTITY_DECL.search(head):
                raise InputError(source, "refused: XML declares a DOCTYPE/entities, a possible entity bomb", name)
        if "xl/workbook.xml" in names:
            extra = _xlsx_extras(zf, source, parts)
        elif "content.xml" in names:
            extra = _ods_extras(zf.read("content.xml"), source)
        else:
            raise InputError(source, "zip file is neither an xlsx nor an ods workbook (no xl/workbook.xml or content.xml)")
        return _grids(values.result(), extra)


def _parse_xml(data: bytes, source: str, member: str):  # type: ignore[no-untyped-def]
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
    r = c = 0
    try:
        for event, el in iterparse(io.BytesIO(content), events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == _ODS_TABLE + "table":
                    formats, merged, r = {}, [], 0
                    out[el.get(_ODS_TABLE + "name", "")] = (formats, set(), merged)
                elif tag == _ODS_TABLE + "table-row":
                    c = 0
                continue
            if tag == _ODS_TABLE + "table-row":
                r += int(el.get(_ODS_TABLE + "number-rows-repeated", "1"))
                el.clear()
            elif tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
                n = int(el.get(_ODS_TABLE + "number-columns-repeated", "1"))
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


def _xlsx_extras(zf: zipfile.ZipFile, source: str, parts: dict[str, bytes] | None = None,
                 ) -> Extras:
    """Per sheet name: (non-General number formats by (row, col), formula cells without cached value, merged
    ranges).

    ``parts`` holds members already read (xl/…), so that a sheet's XML is not decompressed twice."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    parts = parts or {}

    def read(name: str) -> bytes:
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
    for el in wb.iter():
        if _local(el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), "")
        member = targets.get(rid)
        if member is None or member not in zf.namelist():
            continue
        data = read(member)
        nongeneral = [i for i, f in enumerate(xf_formats) if f != "General"]
        if _ENTITY_DECL.search(data[:4096]):
            raise InputError(source, "refused: sheet XML declares a DOCTYPE/entities, a possible entity bomb", member)
        out[el.get("name", "")] = (*_scan_sheet(data, xf_formats, nongeneral), _merges(data))
    return out


def _scan_sheet(data: bytes, xf_formats: list[str], nongeneral: list[int]) -> tuple[dict[tuple[int, int], str], set[tuple[int, int]]]:
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
    if (data.find(b"<f", 0, sheet_end) >= 0 or (prefixed and data.find(b":f", 0, sheet_end) >= 0)) \
            and _HAS_F.search(data, 0, sheet_end):
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


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _merges(data: bytes) -> list[Span]:
    """The merged ranges of one sheet's XML (``<mergeCell ref="E3:G3"/>``, after the cells)."""
    start = data.rfind(b"sheetData>")
    return [(int(r1) - 1, _col_index(c1), int(r2) - 1, _col_index(c2))
            for c1, r1, c2, r2 in _MERGE.findall(data, max(start, 0))]


# --------------------------------------------------------------------------------------------- calamine


Sheets = list[tuple[str, list[list[object]], bool]]  # (name, rows, hidden) per sheet, in workbook order


def _calamine_sheets(path: str | os.PathLike[str], source: str) -> Sheets:
    """Every sheet's cell values as calamine reads them (cached values of formulas, never evaluated)."""
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
            rows = cast(list[list[object]], wb.get_sheet_by_index(i).to_python(skip_empty_area=False))
        except Exception as exc:  # noqa: BLE001
            raise InputError(source, f"cannot read sheet: {exc}", name) from None
        out.append((name, rows, hidden.get(name, False)))
    return out


def _grids(sheets: Sheets, extra: Extras) -> list[Grid]:
    """Grids from calamine's values and the formats/formula cells found in the sheet XML."""
    grids: list[Grid] = []
    for name, rows, hidden in sheets:
        formats, no_value, merged = extra.get(name, ({}, set(), []))
        grids.append(Grid(name=name, rows=rows, formats=formats, no_value=no_value, hidden=hidden, merged=merged))
    return grids


# --------------------------------------------------------------------------------------------- CSV


def _load_csv(path: str | os.PathLike[str], source: str) -> Grid:
    import csv
    import io

    with open(path, "rb") as fh:
        data = fh.read()
    if not data.strip():
        raise InputError(source, "empty file (no data)")
    text = decode_bytes(data, source).lstrip("\ufeff")
    sample = text[:4096]
    delim = ","
    if sample.count("\t") > sample.count(",") and sample.count("\t") > 0:
        delim = "\t"
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
    return Grid(name=None, rows=rows, csv=True, lines=lines)
