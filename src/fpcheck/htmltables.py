"""Tables a web system exported as HTML under a spreadsheet's name (报表.xls holding ``<table>…``).

Many statistics and OA systems "export to Excel" by writing an HTML table and naming the file ``.xls``; Excel
opens it as a sheet. :func:`html_grids` reads each ``<table>`` into the rows of cell texts a sheet would show,
merged cells laid out as Excel lays them out (the text in the first cell of a ``colspan``/``rowspan``, the
cells it covers blank); :func:`html_sheet` stacks a page's tables as Excel does, so the table reader takes it
like any sheet: cells named as Excel names them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Text that starts (after blanks, a byte-order mark or comments) with a tag and holds a table.
_HTML_START = re.compile(r"\ufeff?\s*(?:<!--.*?-->\s*)*<[!?a-zA-Z]", re.S)
_TABLE_TAG = re.compile(r"<table\b", re.I)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


def looks_like_html_table(text: str) -> bool:
    """Whether ``text`` is an HTML page holding a table (not a CSV that merely mentions a tag)."""
    return _HTML_START.match(text) is not None and _TABLE_TAG.search(text) is not None


Cell = tuple[str, int, int]  # text, colspan, rowspan


class _Tables(HTMLParser):
    """Collects every table's rows of cells (nested tables each on their own, the outer cell keeping the text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[Cell]]] = []
        self._open: list[list[list[Cell]]] = []  # the tables being read, innermost last
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._finish_cell()
            self._open.append([])
        elif tag == "tr" and self._open:
            self._finish_cell()
            self._open[-1].append([])
        elif tag in ("td", "th") and self._open:
            self._finish_cell()
            if not self._open[-1]:
                self._open[-1].append([])  # (a cell before any <tr>)
            a = dict(attrs)
            self._cell, self._span = [], (_span(a.get("colspan")), _span(a.get("rowspan")))
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self._finish_cell()
        elif tag == "table" and self._open:
            self._finish_cell()
            rows = self._open.pop()
            if any(rows):
                self.tables.append(rows)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def finish(self) -> None:
        """Close what the page left open (a page cut off inside its table: what was read still counts)."""
        self.close()
        while self._open:
            self.handle_endtag("table")

    def _finish_cell(self) -> None:
        if self._cell is not None and self._open and self._open[-1]:
            text = "\n".join(_SPACE.sub(" ", line).strip() for line in "".join(self._cell).split("\n"))
            self._open[-1][-1].append((text.strip("\n"), *self._span))
        self._cell = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def _laid_out(rows: list[list[Cell]]) -> list[list[object]]:
    """The cells in the columns Excel puts them in: a merged cell's text in its first cell, the rest blank."""
    out: list[list[object]] = []
    below: dict[tuple[int, int], bool] = {}  # (row, column) covered by a rowspan from above
    for r, cells in enumerate(rows):
        line: list[object] = []
        c = 0
        for text, colspan, rowspan in cells:
            while below.pop((r, c), False):
                line.append("")
                c += 1
            line += [text] + [""] * (colspan - 1)
            for dr in range(1, rowspan):
                for dc in range(colspan):
                    below[(r + dr, c + dc)] = True
            c += colspan
        while below.pop((r, c), False):
            line.append("")
            c += 1
        out.append(line)
    return out


def html_grids(text: str) -> list[list[list[object]]]:
    """Each table of an HTML page, as the rows of cells a sheet would hold."""
    parser = _Tables()
    parser.feed(text)
    parser.finish()
    return [_laid_out(rows) for rows in parser.tables]


def html_sheet(text: str) -> list[list[object]]:
    """The sheet Excel makes of an HTML page: its tables one under another, a blank row between two (so the
    table reader finds each, and a cell of the second is named by its row on the sheet)."""
    rows: list[list[object]] = []
    for table in html_grids(text):
        if not any(any(str(c).strip() for c in row) for row in table):
            continue
        rows += ([[]] if rows else []) + table
    return rows
