"""Cell grids of workbooks: a big sheet parsed in parts reads as the whole sheet parsed at once.

Each test compares what :func:`load_grids` gives with the sheet cut into parts (forced on small sheets by
lowering ``SPLIT_AT``) against the same workbook read whole, never a timing.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpcheck import sheets
from fpcheck.cells import RowCells
from fpcheck.model import InputError
from fpcheck.sheets import Figures, _joined, _may_hold_formulas, _Pieces, _row_cut, _stored_zip, load_grids

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"


def _grids(path: Path, parts: int, monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """Everything load_grids says of a workbook, its first sheet cut into ``parts`` (1: read whole)."""
    with zipfile.ZipFile(path) as zf:
        size = zf.getinfo(SHEET).file_size
    with monkeypatch.context() as m:
        m.setattr(sheets, "SPLIT_AT", 1)
        m.setattr(sheets, "WORKERS", min(parts, 4))
        m.setattr(sheets, "PART_SIZE", -(-size // parts))
        grids = load_grids(path)
    return [(g.name, g.rows, g.formats, g.no_value, g.merged, g.hidden) for g in grids]


def _template() -> dict[str, bytes]:
    """The members of a two-sheet workbook with a ``0.00`` style (s="1"); _book adds shared strings."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws["A1"] = "共享"
    ws["B1"] = 1.5
    ws["B1"].number_format = "0.00"
    other = wb.create_sheet("说明")
    other["A1"] = "注：另一张表"
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


TEMPLATE = _template()
STRINGS = ["甲村", "乙村", "合计", "其中：城镇", "  乡村", "单位：人"]


def _book(path: Path, sheet_data: str, strings: list[str] = STRINGS) -> Path:
    """The template workbook with its first sheet's rows and its shared strings replaced."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}"><dimension ref="A1"/>'
           f'<sheetData>{sheet_data}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'
           '</worksheet>')
    sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
    members = {**TEMPLATE, SHEET: xml.encode(), "xl/sharedStrings.xml": (
        f'<sst xmlns="{NS}" count="{len(strings)}" uniqueCount="{len(strings)}">{sst}</sst>').encode()}
    members["xl/_rels/workbook.xml.rels"] = members["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rIdSst" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings"/></Relationships>'))
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sharedStrings+xml"/></Types>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _cell(ref: str | None, kind: str, value: object) -> str:
    r = f' r="{ref}"' if ref else ""
    if kind == "shared":
        return f'<c{r} t="s"><v>{value}</v></c>'
    if kind == "inline":
        return f'<c{r} t="inlineStr"><is><t>{value}</t></is></c>'
    if kind == "bool":
        return f'<c{r} t="b"><v>{value}</v></c>'
    if kind == "styled":
        return f'<c{r} s="1"><v>{value}</v></c>'
    if kind == "empty":
        return f'<c{r} s="1"/>'
    return f"<c{r}><v>{value}</v></c>"


def _col(c: int) -> str:
    return sheets.col_letter(c)


_CELL = st.tuples(st.sampled_from(["number", "shared", "inline", "bool", "styled", "empty"]),
                  st.integers(0, len(STRINGS) - 1), st.booleans())  # kind, value, cell without r


@st.composite
def _sheet_data(draw: st.DrawFn) -> str:
    """Rows in order with gaps (blank rows), sparse cells from any column, some rows or cells without ``r``,
    some rows empty (``<row r="7"/>``): what writers put in a sheet."""
    numbers = sorted(draw(st.sets(st.integers(1, 60), min_size=1, max_size=25)))
    out = []
    for n in numbers:
        cols = sorted(draw(st.sets(st.integers(0, 9), max_size=6)))
        cells = []
        for c in cols:
            kind, value, bare = draw(_CELL)
            value = {"number": value * 1.25 - 2, "bool": value % 2, "styled": value / 3}.get(kind, value)
            cells.append(_cell(None if bare else f"{_col(c)}{n}", kind, value))
        shape = draw(st.sampled_from(["r", "r", "r", "bare", "empty"]))
        if shape == "empty":
            out.append(f'<row r="{n}"/>')
        else:
            number = "" if shape == "bare" else f' r="{n}"'
            out.append(f'<row{number}>{"".join(cells)}</row>')
    return "".join(out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_sheet_data(), st.integers(2, 5))
def test_a_sheet_read_in_parts_is_the_sheet_read_whole(monkeypatch, data: str, parts: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = _book(Path(tmp) / "t.xlsx", data)
        assert _grids(path, parts, monkeypatch) == _grids(path, 1, monkeypatch)


def test_the_parts_are_parsed_and_put_together(tmp_path, monkeypatch):
    """Not the fallback: a sheet of numbered rows is cut, and its parts read where they belong."""
    rows = []
    for n in (1, 2, 3, 5, 6, 9, 10, 11, 14, 20):  # blank rows between, cells from column C on in some
        start = 2 if n % 3 == 0 else 0
        rows.append(f'<row r="{n}">' + "".join(_cell(f"{_col(c)}{n}", "number", n * 10 + c)
                                               for c in range(start, start + 3)) + "</row>")
    path = _book(tmp_path / "t.xlsx", "".join(rows))
    seen: list[int] = []
    parse = sheets._parse_part

    def spy(*args):  # type: ignore[no-untyped-def]
        seen.append(1)
        return parse(*args)

    monkeypatch.setattr(sheets, "_parse_part", spy)
    for parts in (2, 3, 4):
        assert _grids(path, parts, monkeypatch) == _grids(path, 1, monkeypatch)
    assert len(seen) == 2 + 3 + 4


def test_meanwhile_is_called_once_and_reads_the_same(tmp_path, monkeypatch):
    """The caller's work given as ``meanwhile`` is done once, whether the sheet is read in parts or whole,
    and what is read is the same."""
    rows = "".join(f'<row r="{n}">{_cell(f"A{n}", "number", n)}</row>' for n in range(1, 40))
    path = _book(tmp_path / "t.xlsx", rows)
    for parts in (1, 3):
        calls: list[int] = []
        with monkeypatch.context() as m:
            m.setattr(sheets, "SPLIT_AT", 1 if parts > 1 else 1 << 30)
            m.setattr(sheets, "WORKERS", 2)
            m.setattr(sheets, "PART_SIZE", 64)
            grids = load_grids(path, meanwhile=lambda: calls.append(1))
        assert calls == [1]
        assert [g.rows for g in grids] == [g.rows for g in load_grids(path)]


def test_rows_out_of_order_are_read_whole(tmp_path, monkeypatch):
    rows = "".join(f'<row r="{n}">{_cell(f"A{n}", "number", n)}</row>' for n in (1, 2, 30, 31, 3, 4, 5, 6))
    path = _book(tmp_path / "t.xlsx", rows)
    for parts in (2, 3, 4):
        got = _grids(path, parts, monkeypatch)
        assert got == _grids(path, 1, monkeypatch)
        assert [row[0] for row in got[0][1] if row[0] != ""] == [1, 2, 3, 4, 5, 6, 30, 31]


def test_a_damaged_part_gives_the_error_of_the_whole(tmp_path, monkeypatch):
    rows = "".join(f'<row r="{n}">{_cell(f"A{n}", "number", n)}</row>' for n in range(1, 9))
    path = _book(tmp_path / "t.xlsx", rows.replace('<row r="7"><c r="A7"><v>7</v></c>', '<row r="7"><c r="A7"><v>7</v>'))
    errors = []
    for parts in (1, 2, 3):
        with pytest.raises(InputError) as ei:
            _grids(path, parts, monkeypatch)
        errors.append((ei.value.reason, ei.value.place))
    assert errors[0] == errors[1] == errors[2]


def test_an_openpyxl_workbook_in_parts(tmp_path, monkeypatch):
    """Shared strings, formats, merged cells, a hidden sheet, a sheet not split beside one that is."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["各村出生情况"])
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append([None, "地区", "出生人数", "出生率"])
    for i in range(300):
        if i % 17 == 0:
            ws.append([])
        ws.append([None, f"村{i % 40}", i, i / 7])
        ws.cell(row=ws.max_row, column=4).number_format = "0.00"
    hidden = wb.create_sheet("隐藏")
    hidden.sheet_state = "hidden"
    hidden.append(["注：说明"])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    whole = _grids(path, 1, monkeypatch)
    assert whole[0][1][4][1:] == ["村0", 0.0, 0.0] and whole[1][5] is True
    for parts in (2, 3, 4):
        assert _grids(path, parts, monkeypatch) == whole


def test_a_sheet_beside_many_shared_strings_is_cut_in_one_part_a_worker(monkeypatch):
    """Every part's parse reads the shared strings again: small parts only while that stays cheap."""
    monkeypatch.setattr(sheets, "WORKERS", 4)
    assert sheets._part_count(49 << 20, 15_000) == 49 // 4 + 1  # (parts of PART_SIZE, 4 MiB)
    assert sheets._part_count(47 << 20, 2_300_000) == 4
    assert sheets._part_count(9 << 20, 0) == 3 and sheets._part_count(5 << 20, 10 << 20) == 2


def test_cuts_are_at_numbered_rows():
    xml = (b'<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row><c><v>2</v></c></row>'
           b'<row r="3" ht="20" customHeight="1"/><row r="4" spans="1:2"><c r="A4"><v>4</v></c></row>'
           b"</sheetData></worksheet>")
    assert _row_cut(xml, 0, len(xml)) == xml.find(b'<row r="1"')
    assert _row_cut(xml, 1 + xml.find(b'<row r="1"'), len(xml)) == xml.find(b'<row r="4"')  # not the empty r="3"
    four = xml.find(b'<row r="4"')
    assert _row_cut(xml, four, four + 20) is None  # the tag cut off where the data read so far ends
    assert _row_cut(xml, four + 1, len(xml)) is None
    assert _row_cut(b'<worksheet><sheetData><row><c><v>1</v></c></row></sheetData></worksheet>', 0, 80) is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_sheet_data(), st.integers(2, 5), st.integers(1, 300))
def test_a_sheet_cut_as_it_is_decompressed_is_the_sheet_read_whole(monkeypatch, data: str, parts: int,
                                                                    chunk: int) -> None:
    """Decompressed a few bytes at a time, the cuts fall where a chunk ends, in the middle of a tag."""
    with tempfile.TemporaryDirectory() as tmp:
        path = _book(Path(tmp) / "t.xlsx", data)
        with monkeypatch.context() as m:
            m.setattr(sheets, "_CHUNK", chunk)
            got = _grids(path, parts, monkeypatch)
        assert got == _grids(path, 1, monkeypatch)


def test_a_damaged_big_sheet_is_refused_whatever_was_cut(tmp_path, monkeypatch):
    rows = "".join(f'<row r="{n}">{_cell(f"A{n}", "number", n)}</row>' for n in range(1, 200))
    path = _book(tmp_path / "t.xlsx", rows)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(SHEET)
    raw[info.header_offset + 30 + len(SHEET) + info.compress_size - 3] ^= 0xFF  # the end of the deflate stream
    path.write_bytes(bytes(raw))
    monkeypatch.setattr(sheets, "_CHUNK", 64)
    for parts in (1, 2, 4):
        with pytest.raises(InputError) as ei:
            _grids(path, parts, monkeypatch)
        assert "corrupt workbook" in ei.value.reason


@pytest.mark.parametrize("inflate", ["isal", "zlib"])
def test_a_damaged_big_sheet_says_what_zipfile_says(tmp_path, monkeypatch, inflate: str):
    """A sheet inflated here (ISA-L's inflate, or zlib's) is refused as zipfile's reading refuses it."""
    import zlib

    if inflate == "zlib":
        monkeypatch.setattr(sheets, "_zlib", zlib)
    rows = "".join(f'<row r="{n}">{_cell(f"A{n}", "number", n * 7)}</row>' for n in range(1, 400))
    path = _book(tmp_path / "t.xlsx", rows)
    assert _grids(path, 3, monkeypatch) == _grids(path, 1, monkeypatch)
    raw = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(SHEET)
    local = raw[info.header_offset:info.header_offset + 30]  # the data follow the local header's name and extra
    start = info.header_offset + 30 + int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little")
    bad = tmp_path / "bad.xlsx"
    for at in (start + 3, start + info.compress_size // 3, start + info.compress_size // 2):  # (zlib error, CRC)
        bad.write_bytes(raw[:at] + bytes([raw[at] ^ 0x55]) + raw[at + 1:])
        with zipfile.ZipFile(bad) as zf, pytest.raises(InputError) as want:
            sheets._read_member(zf, zf.getinfo(SHEET), str(bad))
        with pytest.raises(InputError) as got:
            _grids(bad, 3, monkeypatch)
        assert (got.value.reason, got.value.place) == (want.value.reason, want.value.place)


def test_parts_are_put_in_their_places():
    assert _joined([((1, 2), [[1, 2]], []), (None, [], []), ((3, 0), [["a", "", ""], ["", "", "b"]], [])])[0] == [
        ["", "", "", ""], ["", "", 1, 2], ["", "", "", ""], ["a", "", "", ""], ["", "", "b", ""]]
    assert _joined([(None, [], []), (None, [], [])]) == ([], [])
    with pytest.raises(ValueError):
        _joined([((0, 0), [[1], [2]], []), ((1, 0), [[3]], [])])


def test_the_figures_of_parts_are_kept_where_the_part_fills_the_sheets_width():
    wide = {0: np.array([1.0, 2.0])}
    rows, figures = _joined([((0, 0), [[1, "x"], [2, "y"]], [(0, wide)]), ((2, 1), [[3]], [(0, {0: np.array([3.0])})])])
    assert rows == [[1, "x"], [2, "y"], ["", 3]]
    assert [(f.start, f.stop, f.columns) for f in figures] == [(0, 2, wide)]  # (the narrower part is moved: dropped)


def test_known_figures_give_the_columns_that_the_rows_give():
    rows: list[list[object]] = [["名", "单位"], [1, 2.5], [3, "x"], [4, 5], [6, 7.0]]
    known = [Figures(0, 2, {}), Figures(3, 5, {0: np.array([4.0, 6.0]), 1: np.array([5.0, 7.0])})]
    for first, n in ((1, 4), (3, 2), (1, 1)):
        sub = rows[first:first + n]
        got, plain = RowCells.of(sub, [0, 1], known, first).figures, RowCells.of(sub, [0, 1]).figures
        assert got.keys() == plain.keys() and all((got[c] == plain[c]).all() for c in got)


def test_builtin_formats_are_the_standard_ones():
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    assert sheets.BUILTIN_FORMATS == BUILTIN_FORMATS


def test_a_stored_zip_is_a_zip(monkeypatch):
    """Read as calamine reads it: through _Pieces, a short read at a time (here at most 7 bytes)."""
    monkeypatch.setattr(sheets, "READ_SIZE", 7)
    pieces = _Pieces(_stored_zip([("xl/a.xml", [b"<a>", memoryview(b"xyz")[1:], b"</a>"]), ("xl/名.xml", [b""])]))
    data = b"".join(iter(lambda: pieces.read(100), b""))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        assert zf.namelist() == ["xl/a.xml", "xl/名.xml"]
        assert zf.read("xl/a.xml") == b"<a>yz</a>" and zf.read("xl/名.xml") == b""
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())


def test_pieces_read_as_one_file():
    """Reads stop at a piece's end and at READ_SIZE; a negative size reads all that is left; seek as a file."""
    f = _Pieces([b"abc", memoryview(b"defgh")[1:], b"", b"xyz"])
    assert [f.read(2), f.read(5), f.read(-1), f.read(3)] == [b"ab", b"c", b"efghxyz", b""]
    assert f.seek(-2, io.SEEK_END) == 8 and f.read(10) == b"yz"
    assert f.seek(1) == 1 and f.seek(2, io.SEEK_CUR) == 3 and f.read() == b"efghxyz"


def test_a_row_tag_inside_text_is_no_place_to_cut(tmp_path, monkeypatch):
    """``<row r="…">`` written inside a CDATA section or a comment: a cut there leaves a part unclosed, which
    is read whole again, as the whole says."""
    fake = '</t></is></c></row><row r="50"><c r="A50"><v>9</v></c></row>'
    rows = []
    for n in range(1, 13):
        text = f"<![CDATA[{fake}]]>" if n % 4 == 0 else f"村{n}"
        rows.append(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{text}</t></is></c></row>')
        if n % 5 == 0:
            rows.append(f"<!-- {fake} -->")
    path = _book(tmp_path / "t.xlsx", "".join(rows))
    whole = _grids(path, 1, monkeypatch)
    assert whole[0][1][3] == [fake]
    for parts in (2, 3, 4, 5):
        assert _grids(path, parts, monkeypatch) == whole


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([b"<", b":", b"f", b"<f", b":f", b"x", b"ff" * 600]), max_size=40).map(b"".join),
       st.integers(0, 3000), st.booleans())
def test_formula_tags_are_found_as_bytes_find_finds_them(data: bytes, end: int, prefixed: bool) -> None:
    end = min(end, len(data))
    assert _may_hold_formulas(data, end, prefixed) == (
        data.find(b"<f", 0, end) >= 0 or (prefixed and data.find(b":f", 0, end) >= 0))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.booleans(), min_size=3, max_size=8))
def test_property_csv_rows_a_converter_shifted_are_put_back(tmp_path: Path, shifted: list[bool]) -> None:
    """549: a converter's CSV, each row ending in an empty field, where some rows gained an empty field before the
    unit's name and lost the last one (,牛角湾乡,10277,…,76.71 beside 淯城镇,51284,…,76.98,): every row's unit and
    figures are read in their columns again; a header whose cells hold their levels on lines (户籍人口⏎年初) is read."""
    from fpcheck.tables import read_table

    lines = ['乡镇,"户籍人口\n年初","户籍人口\n年末","出生人数\n合计",']
    for k, moved in enumerate(shifted):
        fields = [f"乡镇{k}", str(10000 + k), str(10100 + k), str(100 + k)]
        lines.append("," + ",".join(fields) if moved else ",".join(fields) + ",")
    path = tmp_path / f"shifted{len(shifted)}{sum(shifted)}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (doc,) = read_table(path)
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in doc.records] == [
        (f"乡镇{k}", {"population_start": 10000 + k, "population_end": 10100 + k, "births": 100 + k})
        for k in range(len(shifted))]
