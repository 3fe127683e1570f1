"""The HTML report: what a clerk sees, checked in the DOM and in a real (headless) browser.

The township workbook (see tests/test_annotate.py for the hand-worked figures) has 东河乡's 一孩 printed
460 for 640 at Sheet1!C5, births not adding up at Sheet1!B5 and a 全县 row whose births (B7) and 一孩 (C7)
are not the units' sums. A second sheet has hostile unit names.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from helpers import TOWNSHIP_HEADER as HEADER
from helpers import TOWNSHIP_ROWS as ROWS
from helpers import township_sheet
from fpcheck.cli import main
from fpcheck.model import Document, Finding, Location, Record, Value
from fpcheck.report.html import render_html, write_html

SCRIPT = "<script>document.title='pwned'</script>"
HYPERLINK = '=HYPERLINK("http://x","y")'
SHEET = "<img src=x onerror=alert(1)>"  # a legal sheet title (no / : ? * [ ])


def make_book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    township_sheet(wb.active, HEADER, ROWS)
    evil = wb.create_sheet(SHEET)
    evil.append(["地区", "出生人数", "一孩", "二孩", "多孩"])
    evil.append([SCRIPT, 100, 50, 30, 10])  # 50+30+10 = 90 ≠ 100
    evil.append(["南村", 40, 20, 10, 10])
    evil.append(["北村", 30, 10, 10, 10])
    evil["C4"] = HYPERLINK
    evil["C4"].data_type = "s"  # text, not a formula: a non-numeric cell
    wb.save(path)
    return path


class _Text(HTMLParser):
    """Visible text of a page (no style), and the tags seen."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []
        self._skip = 0
        self.html_lang: str | None = None
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        self.attrs.extend((tag, k, v or "") for k, v in attrs)
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        if tag in ("style", "script"):
            self._skip += 1
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag in ("style", "script"):
            self._skip -= 1
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.parts))


def parse(html: str) -> _Text:
    p = _Text()
    p.feed(html)
    p.close()
    return p


@pytest.fixture
def report(tmp_path) -> tuple[Path, Path]:
    book = make_book(tmp_path / "book.xlsx")
    out = tmp_path / "out.html"
    assert main(["check", str(book), "--html", str(out)]) == 1
    return book, out


def test_dom_has_findings_with_places(report):
    _book, out = report
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    assert page.html_lang == "zh-CN"
    assert "script" not in page.tags  # no script at all, not even ours
    assert not {"link", "img", "iframe", "object", "embed"} & set(page.tags)  # nothing external ...
    links = [(t, k, v) for t, k, v in page.attrs if k in ("href", "src", "action")]
    assert links and all(k == "href" and v.startswith("#") for _t, k, v in links)  # ... only in-page links
    text = page.text
    assert "共 1 个文件、7 条记录" in text  # a two-sheet workbook is one file (two documents)
    assert "东河乡" in text
    for label in ("Sheet1!C5", "Sheet1!B5", "Sheet1!B7", "Sheet1!C7"):
        assert label in text, label
    assert "一孩出生 印为 460，很可能是 640" in text
    assert "births_first (C5) → 640" in text  # the suggestion, naming the cell
    assert "合计行 一孩出生（C7） 为 725，各单位之和为 545" in text
    # the finding rows: severity, place, message in one row
    row = re.search(r"<tr class=\"error\">(?:(?!</tr>).)*Sheet1!C5(?:(?!</tr>).)*</tr>", html, re.S)
    assert row is not None and "错误" in row.group(0) and "640" in row.group(0)


def test_hostile_cells_are_inert_text(report):
    _book, out = report
    html = out.read_text(encoding="utf-8")
    page = parse(html)
    assert SCRIPT not in html  # never raw ...
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html  # ... always escaped
    assert SCRIPT in page.text  # and shown to the reader as written
    assert SHEET not in html and "&lt;img src=x onerror=alert(1)&gt;" in html  # the sheet name too
    assert "img" not in page.tags
    assert f"{SHEET}!C4" in page.text  # the place of the text cell, shown as written
    assert HYPERLINK in page.text  # the message quoting the text cell, as text
    assert "&lt;" not in page.title and page.title == "fpcheck 检查报告"


def test_english(tmp_path):
    book = make_book(tmp_path / "book.xlsx")
    out = tmp_path / "en.html"
    main(["check", str(book), "--html", str(out), "--lang", "en"])
    page = parse(out.read_text(encoding="utf-8"))
    assert page.html_lang == "en"
    assert "1 files, 7 records" in page.text
    assert "births 1280 differ from first + second + third-and-higher births 1100" in page.text
    assert "出生人数 1280 不等于" not in page.text


def test_text_report_locations_and_excerpt(tmp_path):
    text = "全县出生人口1280人，其中一孩460人、二孩480人、多孩160人。"
    span = (text.index("460"), text.index("460") + 3)
    f = Finding("births_by_parity", "error", ["births"], "出生人数 1280 不等于一孩、二孩、多孩之和 1100",
                location=Location("r.txt", span=span, line=1), suggestion={"births_first": 640.0})
    rec = Record("全县", {"births_first": Value("births_first", 460.0, "460", location=Location("r.txt", span=span, line=1))})
    doc = Document("r.txt", "report", records=[rec], record_findings=[[f]], text=text)
    html = render_html([doc])
    assert f"第1行第{span[0]}–{span[1]}字" in parse(html).text
    assert f"line 1, chars {span[0]}–{span[1]}" in parse(render_html([doc], "en")).text
    assert "<mark>460</mark>" in html
    assert "births_first → 640" in parse(html).text


def test_clean_document_says_so_and_suggestions_print_plainly():
    doc = Document("ok.csv", "table", records=[Record("甲", {})])
    html = render_html([doc], "en")
    assert "no findings" in parse(html).text
    f = Finding("x", "warning", ["population_end"], "m", suggestion={"population_end": 12345678.0},
                alternatives=[{"birth_rate": 7.25}])
    html = render_html([Document("a.csv", "table", findings=[f])], "en")
    assert "population_end → 12345678" in html and "e+07" not in html
    assert "birth_rate → 7.25" in html


def test_write_html_refuses_input(tmp_path):
    src = tmp_path / "a.csv"
    src.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError):
        write_html([Document(str(src), "table")], src)
    assert src.read_text(encoding="utf-8") == "x"


# ============================================================================================ Chromium


def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("Chromium is not installed: apt-get install chromium")
    return exe


def _run_chromium(exe: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_chromium_renders_findings_and_runs_no_script(report, tmp_path):
    exe = _chromium()
    _book, out = report
    proc = _run_chromium(exe, tmp_path, "--dump-dom", out.resolve().as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    page = parse(dom)
    # the browser's DOM after load: title unchanged (the cell's script never ran) ...
    assert page.title == "fpcheck 检查报告"
    assert "pwned" not in page.title
    assert "script" not in page.tags and "img" not in page.tags
    # ... and the findings are visible text
    text = page.text
    assert "Sheet1!C5" in text and "东河乡" in text
    assert "一孩出生 印为 460，很可能是 640" in text
    assert "births_first (C5) → 640" in text
    assert SCRIPT in text and HYPERLINK in text and f"{SHEET}!C4" in text  # shown as text


def test_chromium_screenshot(report, tmp_path):
    exe = _chromium()
    _book, out = report
    png = tmp_path / "page.png"
    proc = _run_chromium(exe, tmp_path, f"--screenshot={png}", "--window-size=1200,2000", out.resolve().as_uri())
    assert png.exists(), proc.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 2000)
