"""HTML tables saved under a spreadsheet's name (a web system's "Excel" export)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from fpcheck.check import Options, check_document
from fpcheck.htmltables import html_grids, looks_like_html_table
from fpcheck.tables import read_table

CELL_TEXT = st.text(alphabet="出生人数一孩二孩合计东西村镇0123456789.%<>& ", max_size=8).map(str.strip)


@given(st.lists(st.lists(CELL_TEXT, min_size=1, max_size=6), min_size=1, max_size=8))
def test_property_a_plain_table_reads_back_cell_for_cell(rows: list[list[str]]) -> None:
    # any grid of texts written as an HTML table (escaped, as a web page writes it) is read back as it was
    page = "<html><body><table>" + "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table></body></html>"
    assert looks_like_html_table(page)
    assert html_grids(page) == [[[re.sub(" +", " ", c) for c in row] for row in rows]]  # (a page's blanks: one)


def test_merged_cells_are_laid_out_as_excel_lays_them_out() -> None:
    page = ("<table><tr><td rowspan=2>单位</td><td rowspan=2>出生</td><td colspan=2>按孩次分</td></tr>"
            "<tr><td>一孩</td><td>二孩</td></tr><tr><td>东&nbsp;村</td><td>12</td><td>7</td><td>5</td></tr></table>")
    assert html_grids(page) == [[["单位", "出生", "按孩次分", ""], ["", "", "一孩", "二孩"], ["东 村", "12", "7", "5"]]]
    # (a page cut off inside its table still gives what it holds; a line break in a cell stays one)
    assert html_grids("<table><tr><td>出生<br>人数</td><td>12") == [[["出生\n人数", "12"]]]


def test_text_that_only_mentions_a_tag_is_no_html_table() -> None:
    assert not looks_like_html_table("单位,出生\n东村,12\n<table>\n")
    assert not looks_like_html_table("<html><body><p>没有表格</p></body></html>")


def test_an_xls_that_is_a_web_page_is_read_as_a_sheet(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="gb2312"></head><body><table>'
            "<tr><td colspan=5>东塘镇2024年出生情况</td></tr>"
            "<tr><td>单位</td><td>出生人数</td><td>一孩</td><td>二孩</td><td>三孩及以上</td></tr>"
            "<tr><td>东村</td><td>12</td><td>6</td><td>5</td><td>1</td></tr>"
            "<tr><td>西村</td><td>10</td><td>5</td><td>4</td><td>2</td></tr>"
            "<tr><td>合计</td><td>22</td><td>11</td><td>9</td><td>3</td></tr></table></body></html>")
    path = tmp_path / "报表.xls"
    path.write_bytes(page.encode("gb18030"))
    (doc,) = read_table(path)
    assert [(r.unit, r.values["births"].number) for r in doc.records] == [("东村", 12), ("西村", 10), ("合计", 22)]
    assert [f.rule for f in doc.findings] == ["html_table"]
    check_document(doc, Options(diagnose=False))
    # 西村 5 + 4 + 2 = 11 against 10 births, at the cell a spreadsheet shows (row 4, column B); the 合计 is the
    # sum of the rows, its own parts 11 + 9 + 3 = 23 against 22
    got = {(f.rule, f.location.cell) for fs in doc.record_findings for f in fs if f.severity == "error"}
    assert got == {("births_by_parity", "B4"), ("births_by_parity", "B5")}
