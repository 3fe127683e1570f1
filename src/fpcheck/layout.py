"""Where a table is in a sheet and what its columns hold.

Below title rows and a units line (``单位：万人``) :func:`detect` finds the header rows and the first data row;
:func:`data_rows` the rows up to the footnotes (注：…, 数据来源：…). Header cells are split into Chinese and
English fragments and units, and resolved to indicators through the catalog (a user mapping wins); a
two-level header (出生人口 over 合计/一孩/二孩/多孩) resolves through the parent.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import compress, repeat
from operator import is_, is_not, itemgetter
from typing import cast

import numpy as np

from .catalog import Catalog, header_key, table_rules
from .cells import is_numeric, lookalike_number, parse_text_number, text_of, year_of
from .extract import anchors, openers, period_of, quarter_label
from .sheets import Grid, not_known_figures

FOOTNOTE_RE = re.compile(r"^\s*(注[:：\s\d.、]|注$|数据来源|资料来源|来源[:：]|说明[:：]|备注|notes?\b|sources?\b)", re.I)
# a row worked from the units' rows, not a unit: their mean (平　均), or the clerk's check of the total (核对（合计－各乡镇之和）)
DERIVED_ROW_RE = re.compile(r"^\s*(?:平[\s\u3000]*均(?:数|值)?|均[\s\u3000]*值|核[\s\u3000]*对|校[\s\u3000]*[验核]|差[\s\u3000]*[额异])"
                            r"(?![乡镇村县区市])")
# a page's number printed between the pages of a long table (第 1 页　共 2 页, - 3 -, 共2页)
PAGE_LINE_RE = re.compile(r"^\s*(?:第\s*\d+\s*页(?:[\s\u3000,，]*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|共\s*\d+\s*页)\s*$")
_PAGE_LINE_FIRST = frozenset("第-—–共")  # (what a page line opens with: the regex is tried only on those)
UNITS_LINE_RE = re.compile(r"^\s*(单位|计量单位)\s*[:：]\s*(.*)$")
PERIOD_CELL_RE = re.compile(r"^\s*(?:18|19|20)\d{2}\s*年(?:度|末|底)?(?:\s*\d{1,2}\s*(?:[-—~～至]\s*\d{1,2})?\s*月(?:底|末|份)?)?\s*$")
# form statements above a table's header: 填报单位：…, 填报日期：…, 表号：…, 制表人：…
FORM_LINE_RE = re.compile(r"^\s*(填报|报送|填表|制表|编制|审核|负责|统计|报告|报表|表号|文号|批准|日期|时间|联系|备案|单位负责|主管|导出|打印|"
                          r"标准时点|普查|调查|时点|截止|截至|资料|数据|行政区划)"
                          r"[^:：A-Za-z()（）]{0,6}(?:\s*[(（]?[A-Za-z][A-Za-z .]{0,24}[)）]?|[(（][\u4e00-\u9fff]{1,4}[)）])?[:：]")
# (导出单位 Exported by：…, 报表名称(Report)：…, 行政区划(Area)：…, 填报单位（盖章）：…)
# a date stated beside the form fields (填报单位：… | 2024年1月8日): no header text
DATE_CELL_RE = re.compile(r"^\s*((?:18|19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})"
                          r"(?:\s+00:00(?::00)?)?)\s*$")
BRACKET_ONLY_RE = re.compile(r"^\s*[(（][^()（）]*[)）]\s*$")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
BRACKET_RE = re.compile(r"[(（]([^()（）]*)[)）]")
# a region cell holding both names (北  京 Beijing, 内蒙古Inner Mongolia): the English after the Chinese
ENGLISH_TAIL_RE = re.compile(r"(?<=[\u3400-\u9fff])\s*[A-Za-z][A-Za-z .,'&/()-]{2,}$"
                             r"|^(?=[A-Z]*[a-z])[A-Za-z][A-Za-z .,'&/()-]{2,}?\s*(?=[\u3400-\u9fff])")  # (Chengguan 城关镇;
# not a mask, XXX村)
CODE_HEADER_RE = re.compile(r"(?:代码|编码|代号|区划码|code)$")
DIGITS_RE = re.compile(r"\d+")
# a units row under a header (人 | 人 | ‰ | %, as 统计报表 forms print each column's unit): units, not header text
UNIT_CELL_RE = re.compile(r"^[(（]?(?:万?人|万?户|例|个|名|次|对|岁|万?元|人/户|‰|%|％|千分点|百分点|千分比|百分比|千分率|百分率|人次)[)）]?$")
# the column codes (栏次) under a form's header: 甲 | 乙 | 丙 over the label columns, then 1 | 2 | 3 … over the figures
CODE_LETTERS = "甲乙丙丁戊己庚辛壬癸"
INDEX_HEADERS = {"序号", "编号", "序", "行次", "栏次", "代码", "代号", "no", "no.", "#", "序号no.", "页码", "原件页码", "页次"}
# a column group's period counted from January (1-3月, 1—9月累计, 1～6月份) and the words for parts of a year
MONTHS_FROM_JANUARY_RE = re.compile(r"^(?:\d{4}年)?1月?[-—–~～至到]([1-9]|1[0-2])月份?(?:累计|合计)?$")
PERIOD_WORD_RE = re.compile(r"^(?:\d{4}年)?(?:上半年|全年|前?[一二三四1-4]季度|第[一二三四1-4]季度)(?:累计)?$")
PERIOD_HEADERS = {"年份", "年度", "年", "year", "时间", "季度", "quarter", "统计时段", "统计年度", "period", "年份year", "统计时点", "时点", "月份", "月",
                  "时期", "期别", "报告期", "统计期", "时段", "统计月份", "统计年月", "年月", "报告月份"}
# a totals word after a period's name in a column of periods (一季度小计, 全年合计)
PERIOD_TOTAL_RE = re.compile(r"(?<=[季度年月半])(?:小计|合计)$")
# one month of a year (a monthly form's row 3月, or 3月份; a system export's 202403): that month's own figures
MONTH_RE = re.compile(r"^(?:([1-9]|1[0-2])月份?|(?:19|20)\d{2}(0[1-9]|1[0-2])"
                      r"|(?:19|20)\d{2}[-/](0?[1-9]|1[0-2]))$")  # (2025-01 in a platform's 统计时段)
# one quarter of a year (一季度, 第二季度, 3季度): that quarter's own figures
QUARTER_RE = re.compile(r"^(?:\d{4}年)?第?([一二三四1-4])季度$|^(?:\d{4}年?)?[Qq]([1-4])$")  # (2024Q3: a data set's)
# the month a monthly report's title names (江城区2024年8月人口出生死亡统计月报, 2024年1—8月), not a date (2024年9月5日)
TITLE_QUARTER_RE = re.compile(r"(?<!前)第?[一二三四1-4]季度")  # (前三季度: to date, not the quarter)
TITLE_MONTH_RE = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:1\s*月?\s*[-—–~～至到]\s*)?(\d{1,2})\s*月(?![\d\s]*日)"
                            r"(?!份?\s*[-—–~～至到])")


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
    annualised: bool = False  # a per-mille rate restated for a whole year (出生率（折合全年，‰）)


@dataclass
class Layout:
    header_start: int
    data_start: int
    first_col: int
    units_text: str | None = None
    form: dict[str, str] = field(default_factory=dict)  # statements above the header: 填报单位 → 城关镇, 时期 → 2023年


def blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def nonblank(row: list[object]) -> list[int]:
    return [i for i, v in enumerate(row) if not blank(v)]


def is_index_column(header: list[object], sample: list[object]) -> bool:
    """A 序号/编号 column, one holding only whole numbers, or a column of codes (单位代码 500229100) or of row
    numbers under no header (R's write.csv: "" over "1", "2" …): it numbers or codes the rows, never names a unit."""
    key = header_key("".join(text_of(v) for v in header))
    if key in INDEX_HEADERS:
        return True
    filled = [v for v in sample if not blank(v)]
    if (is_code_header(key) or not key) and filled and all(_whole(v) or (isinstance(v, str) and DIGITS_RE.fullmatch(v.strip()))
                                              for v in filled):
        return True
    return bool(filled) and all(_whole(v) for v in filled)


def _whole(v: object) -> bool:
    """A whole number stored as a number (1, 2.0; not True, not the text "1")."""
    return isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer()


def is_units_row(row: list[object], first_col: int) -> bool:
    """A row under a header giving each value column's unit and nothing else (人 | 人 | ‰ | %): the units of
    the columns above it, never header text or a unit's row."""
    cells = [text_of(row[i]).strip() for i in nonblank(row) if i > first_col]
    return len(cells) >= 2 and all(UNIT_CELL_RE.match(c) for c in cells)


def is_column_code_row(row: list[object]) -> bool:
    """The column codes (栏次) a form prints under its header: 甲 | 乙 | 丙 over the label columns in that order,
    then 1, 2, 3 … over the figures (numbers or text), maybe a letter again over a remarks column after them; two
    letters at least, or three figures' codes; or a template's
    indicator codes (指标代码 | A01 | A02 | B01 …). Never a unit's row."""
    cells = [row[i] for i in nonblank(row)]
    letters = 0
    while letters < len(cells) and text_of(cells[letters]).strip() == CODE_LETTERS[letters % len(CODE_LETTERS)]:
        letters += 1
    codes = [text_of(v).strip() for v in cells[letters:]]
    while letters and codes and codes[-1] in CODE_LETTERS[letters:]:
        codes.pop()  # (丙 over a 备注 column after the figures' 1 … 17)
    if codes and not letters and _CODE_ROW_LABEL_RE.search(codes[0]):
        codes = codes[1:]  # 指标代码 | A01 | A02 …: a template's indicator codes, labelled
    if len(codes) >= 3 and all(_INDICATOR_CODE_RE.fullmatch(c) for c in codes):
        return True
    numbered = [c.lstrip("0") for c in codes]  # (01 | 02 | … as a form prints its codes)
    return bool(codes) and numbered == [str(k) for k in range(1, len(codes) + 1)] and (letters >= 2 or len(codes) >= 3)


_CODE_ROW_LABEL_RE = re.compile("代码|栏次|编码|编号|代号")
_INDICATOR_CODE_RE = re.compile("[A-Z]{1,2}[0-9]{1,3}")


def is_code_header(key: str) -> bool:
    """Whether a header (as :func:`header_key` gives it) names a column of codes: 单位代码, 行政区划代码, 编码."""
    return bool(CODE_HEADER_RE.search(key))


_FILTER_LABELS = frozenset({"年份", "年度", "统计年度", "报告期", "时期"})
YEAR_ONLY_RE = re.compile(r"(?:19|20)\d{2}")


def _preamble(row: list[object]) -> tuple[str, dict[str, str]] | None:
    """(unit text, form statements) when every filled cell of a row states a unit (单位：万人, (‰)), a form
    field (填报单位：城关镇, 填报日期：…) or the period (2023年, 2023年1-6月) and one at least is not a period,
    else None: such a row sits above the header and is not part of it. The unit text is empty when none is
    stated; statements map the field name (without its colon) to its value, the period to ``时期``."""
    cells = [text_of(row[i]).strip() for i in nonblank(row)]
    if len(cells) == 2 and cells[0] in _FILTER_LABELS and YEAR_ONLY_RE.fullmatch(cells[1]):
        return "", {"时期": cells[1] + "年"}  # a pivot table's report filter over it: 年份 | 2024
    unit: str | None = None
    form: dict[str, str] = {}
    title = 0  # a title beside form fields (计划生育统计年报（基层表） | 制表机关：…): one such cell at most
    for c in cells:
        m = UNITS_LINE_RE.match(c)
        if m:
            unit = unit or m.group(2).strip()
        elif BRACKET_ONLY_RE.match(c):
            unit = unit or c.strip()[1:-1].strip()
        elif FORM_LINE_RE.match(c):
            key, _, value = re.split(r"([:：])", c, maxsplit=1)
            form[header_key(key)] = value.strip()
        elif PERIOD_CELL_RE.match(c):
            form.setdefault("时期", c)
        elif DATE_CELL_RE.match(c):
            form.setdefault("日期", c)
        elif title == 0 and not is_numeric(c):
            title = 1
        else:
            return None
    if unit is None and not form.keys() - {"时期"} or title and not form.keys() - {"时期", "日期"} and unit is None:
        return None
    return unit or "", form


def is_preamble_row(row: list[object]) -> bool:
    """Whether a row above a header states units, form fields or the period (and nothing else)."""
    return _preamble(row) is not None


def _is_footnote(row: list[object]) -> bool:
    nb = nonblank(row)
    return bool(nb) and bool(FOOTNOTE_RE.match(text_of(row[nb[0]])))


def period_label(value: object, fmt: str | None = None) -> str | None:
    """The period a header cell over a group of columns (or a cell of a period column) names: a year
    (2021年), part of a year counted from January (1-3月 → to-date: 3月, 1—6月 / 上半年 → half-year, 1-12月 /
    全年 → full-year, 前三季度), a month alone (3月 → month: 3月, its own figures) or a day (2023年3月31日 →
    2023-03-31, a point in time). A date cell is its year when its number format ``fmt`` shows the year alone
    (yyyy"年"), else its day."""
    if isinstance(value, date):
        if _shows_month_only(fmt):  # (2024-03-01 shown 2024年3月 in a monthly series: that month's own figures)
            return f"month: {value.month}月"
        return str(value.year) if _shows_year_only(fmt) else value.isoformat()[:10]
    year = year_of(value)
    if year or not isinstance(value, str) or len(value) > 12:
        return year
    text = "".join(unicodedata.normalize("NFKC", value).split())
    text = PERIOD_TOTAL_RE.sub("", text) or text  # (一季度小计 under its three months, 全年合计: the period's own figures)
    day = DATE_CELL_RE.match(text)
    if day:
        month, mday = (int(x) for x in filter(None, day.groups()[1:]))
        return f"{day.group(1)}-{month:02d}-{mday:02d}"
    if alone := MONTH_RE.match(text):
        return f"month: {alone.group(1) or int(alone.group(2) or alone.group(3))}月"
    if quarter := QUARTER_RE.match(text):  # 二季度, 第三季度: that quarter's own figures (前三季度 is to date)
        return quarter_label(quarter.group(1) or quarter.group(2))
    m = MONTHS_FROM_JANUARY_RE.match(text)
    if m:
        end = int(m.group(1))
        return {6: "half-year", 12: "full-year"}.get(end, f"to-date: {end}月") if 1 <= end <= 12 else None
    return period_of(text) if PERIOD_WORD_RE.match(text) else None


def _shows_month_only(fmt: str | None) -> bool:
    """Whether a date's number format shows its month and no day (yyyy"年"m"月", yyyy-mm, mmm-yy)."""
    code = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", fmt or "").lower()
    return "m" in code and not re.search(r"[dhs]", code)


def _shows_year_only(fmt: str | None) -> bool:
    """Whether a date's number format shows its year and nothing else (yyyy"年", yyyy)."""
    code = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", fmt or "").lower()
    return "y" in code and not re.search(r"[mdhs]", code)


def is_year_row(row: list[object], first_col: int) -> bool:
    """A header row of periods or populations over repeated columns: ascending years (or, typed as text, descending),
    distinct parts of a year,
    户籍 | 常住; or, under indicator groups, labels cycling through them (本月 | 累计 | 本月 | 累计, or the
    years 2019 … 2023 under each indicator, whole cycles when they are numbers)."""
    cells = [row[i] for i in nonblank(row) if i > first_col]
    labels = [group_label(v) for v in cells]
    found = [y for y in labels if y]
    distinct = list(dict.fromkeys(found))
    if len(distinct) < 2 or any(y is None and is_numeric(v) for v, y in zip(cells, labels)):
        return False
    runs = [y for k, y in enumerate(found) if not k or y != found[k - 1]]  # (增减 | 增减（%）: one change, twice)
    if len(distinct) < len(found) and (not _runs_in_order(runs, distinct) if not any(map(is_numeric, cells))
                                       else found != (distinct * len(found))[:len(found)] or len(found) % len(distinct)):
        return False
    years = [int(y) for y in distinct if y.isdigit()]
    # (years typed as text may run back from this year: 2024年 | 2023年 over the same indicators; figures that read as
    # years only count ascending, as a header of years does)
    return all(a < b for a, b in zip(years, years[1:])) or not any(map(is_numeric, cells)) and all(
        a > b for a, b in zip(years, years[1:]))


def _runs_in_order(found: list[str], distinct: list[str]) -> bool:
    """Whether labels come in runs that each follow the order of their first appearance (本月 | 累计 | 上年同期, then
    累计 | 上年同期 under an indicator that has no month's figure): groups under each indicator, some left out."""
    order = {y: k for k, y in enumerate(distinct)}
    runs, prev = 0, len(distinct)
    for y in found:
        if order[y] <= prev:
            runs += 1
        prev = order[y]
    return runs > 1 and all(order[a] != order[b] for a, b in zip(found, found[1:]))


@cache
def _column_groups() -> dict[str, str]:
    """Header word → label of a column group repeating the indicators (``column_groups`` in tables.yaml)."""
    spec = table_rules()["column_groups"]
    return {header_key(w): label for kind in spec.values() for label, words in kind.items() for w in words}


@cache
def _population_words() -> frozenset[str]:
    spec = table_rules()["column_groups"]["populations"]
    return frozenset(header_key(w) for words in spec.values() for w in words)


def populations_named(text: str) -> set[str]:
    """The populations a header names anywhere in it (年末常住人口（万人） → 常住), by their group labels."""
    key = header_key(text)
    spec = table_rules()["column_groups"]["populations"]
    return {label for label, words in spec.items() if any(header_key(w) in key for w in words)}


def is_population_group(value: object) -> bool:
    """Whether a header cell names a population a group repeats the indicators for (户籍人口, 常住): a group
    only over sub-headers of its own; alone, 户籍人口 is a column of people."""
    return isinstance(value, str) and header_key(value) in _population_words()


def group_label(value: object) -> str | None:
    """The label of a header cell over a group of repeated columns: a period (:func:`period_label`), or a
    column group of ``schemas/tables.yaml`` (本月 → month, 累计 → to-date, 户籍人口 → 户籍)."""
    label = period_label(value)
    if label is None and isinstance(value, str):
        label = _column_groups().get(header_key(value))
    return label


def dated(label: str, month: int | None) -> str:
    """A column group's label in the terms of the month the title names: in an August report 累计 is
    ``to-date: 8月`` (half-year in June, full-year in December), 本月 ``month: 8月`` and 上月 ``month: 7月``."""
    if month is not None and 1 <= month <= 12 and label == "上月":  # (本月 | 上月 in a November report: 10月)
        return f"month: {12 if month == 1 else month - 1}月"
    if month is not None and 2 <= month <= 12 and label == "上月累计":  # (上月累计 | 本月 | 本月累计 in May: 1—4月)
        return "month: 1月" if month == 2 else period_label(f"1-{month - 1}月") or label
    if month is None or not 1 <= month <= 12 or label not in ("month", "to-date"):
        return label
    return f"month: {month}月" if label == "month" else period_label(f"1-{month}月") or label


def quarter_of(text: str, month: int | None) -> str | None:
    """The quarter a report's title names (2024年第三季度 → ``quarter: 三季度``), else the one its month ends (a
    title's 1—9月: the third); None for neither."""
    m = TITLE_QUARTER_RE.search(text)
    if m is None and month in (3, 6, 9, 12):
        return period_label("一二三四"[month // 3 - 1] + "季度")
    return period_label(m.group()) if m else None


def title_month(text: str) -> int | None:
    """The month a report's title names (2024年8月 → 8, 2024年1—8月 → 8), else the last of the quarter it names
    (2024年第三季度 → 9: its 累计 is 1—9月); None for none or a date."""
    m = TITLE_MONTH_RE.search(text)
    if m:
        return int(m.group(1))
    q = TITLE_QUARTER_RE.search(text)
    if q is None:
        return None
    quarter = str(period_label(q.group())).removeprefix("quarter: ")  # (第3季度 → 三季度)
    return 3 * "一二三四".index(quarter[0]) + 3


def _is_data_row(row: list[object], first_col: int, above: Sequence[list[object]]) -> bool:
    """A row of figures: not a header row of years or of column codes. ``above``: the header rows over it —
    figures that read as ascending years (城关镇 | 1999 | 2000; 城关镇 | 年末人口 | 2024 | 2025 | 人 in long form) under
    columns headed apart (年初人口 | 年末人口; 年份 | 数值) are a unit's figures, not years over repeated columns."""
    nb = [i for i in nonblank(row) if i > first_col]
    if not any(is_numeric(row[i]) for i in nb) or is_column_code_row(row):
        return False
    if not is_year_row(row, first_col):
        return True
    cols = [i for i in nb if is_numeric(row[i])]
    # (年末人口 | 人 | 1990 | 2000 under 2023年 | 2022年: figures under a header of years are no second row of years)
    return _headed_apart(above, cols, first_col) or any(
        is_year_row(r, first_col) and all(c < len(r) and year_of(r[c]) for c in cols) for r in above)


def _headed_apart(above: Sequence[list[object]], cols: list[int], first_col: int) -> bool:
    """Whether every column in ``cols`` has a header of its own above, none a group's label, and no header spans
    them for a row of years to divide: no two alike (出生率 merged over 1990 | 2000 leaves the second blank), unless a
    row above already gives the groups (2022年 | 2023年 over 年初人口 | 年末人口 twice)."""
    heads = [next((text_of(r[c]).strip() for r in reversed(above) if c < len(r) and not blank(r[c])), "")
             for c in cols]
    if not all(heads) or any(map(group_label, heads)):
        return False
    return len(set(heads)) == len(heads) or any(is_year_row(r, first_col) for r in above)


def header_rows(grid: Grid, layout: Layout) -> list[int]:
    """The rows of a table's header that hold text: its column codes (栏次: 甲 | 乙 | 1 | 2 …) left out."""
    rows = grid.rows
    return [r for r in range(layout.header_start, layout.data_start)
            if nonblank(rows[r]) and not is_column_code_row(rows[r])]


def unit_label(value: object) -> str | None:
    """A row label as a unit name: spaces squeezed out (地  区), an English name beside the Chinese dropped, and
    what the label says besides the name (其中：城镇 is 城镇, 城区（3个街道） 城区)."""
    text = value if isinstance(value, str) else text_of(value)
    # blanks out, but one between two Latin words (Dongcheng Subdistrict: a name in English only)
    squeezed = _BLANKS_RE.sub(_blank_between, ENGLISH_TAIL_RE.sub("", text).strip())
    return _label_asides().sub("", squeezed) or None


def _blank_between(m: re.Match[str]) -> str:
    s, a, b = m.string, m.start(), m.end()
    return " " if 0 < a and b < len(s) and s[a - 1] in _LATIN and s[b] in _LATIN else ""


_BLANKS_RE = re.compile(r"\s+")
_LATIN = frozenset(string.ascii_letters + string.digits + ".")


@cache
def _label_asides() -> re.Pattern[str]:
    """A row label's words and marks around its unit's name (``breakdown_label``, ``label_count``, ``label_code``,
    ``label_mark`` in tables.yaml)."""
    spec = table_rules()["hierarchy"]
    return re.compile(f"{spec['breakdown_label']}|{spec['label_count']}|{spec['label_note']}|{spec['label_code']}"
                      f"|{spec['label_mark']}")


def squeezed(value: object) -> str | None:
    """A label as printed, blanks taken out (``其中：城镇``); None for a blank cell."""
    return "".join(text_of(value).split()) or None


def squeezed_column(values: list[object]) -> list[str | None]:
    """:func:`squeezed` of each value of a column. Text without spaces (the common case) is its own, so only
    the other values go through it one by one."""
    out = cast(list[str | None], list(values))
    for i in _odd_values(values, _spaces()):
        out[i] = squeezed(values[i])
    return out


def label_columns(values: list[object]) -> tuple[list[str | None], list[str | None]]:
    """:func:`unit_label` and :func:`squeezed` of each value of a column. Text without spaces and Latin
    letters (村000001, the common case) is its own label and its own squeezed text, so only the other values go
    through them one by one (the characters looked at once for both)."""
    units = cast(list[str | None], list(values))
    shown = units.copy()
    for i in _odd_values(values, _label_changes(), _DIGIT_POINTS):
        units[i], shown[i] = unit_label(values[i]), squeezed(values[i])
    return units, shown


def _odd_values(values: list[object], changes: np.ndarray, first: np.ndarray | None = None) -> list[int]:
    """The positions of the values of a column that are neither None nor text without a code point ``changes``
    flags (nor opening with one ``first`` flags): empty or flagged text, numbers, dates. The characters of all
    texts are looked up at once."""
    n = len(values)
    text = np.fromiter(map(isinstance, values, repeat(str)), dtype=np.bool_, count=n)
    strs = cast(list[str], list(compress(values, text)))
    points, starts = codepoints(strs)
    odd = np.zeros(len(strs), dtype=np.bool_)
    odd[np.searchsorted(starts, np.flatnonzero(changes[points]), side="right") - 1] = True
    empty = starts[1:] == starts[:-1]
    odd |= empty  # "": no label
    if first is not None and len(points):
        odd[~empty] |= first[points[starts[:-1][~empty]]]
    other = ~text & np.fromiter(map(is_not, values, repeat(None)), dtype=np.bool_, count=n)
    return np.concatenate([np.flatnonzero(text)[odd], np.flatnonzero(other)]).tolist()  # type: ignore[no-any-return]


def codepoints(strs: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The characters of strings laid end to end, as code points, and the offset each string starts at (and
    where the last ends): a column of text for numpy."""
    lengths = np.fromiter(map(len, strs), dtype=np.int64, count=len(strs))
    starts = np.zeros(len(strs) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    return np.frombuffer("".join(strs).encode("utf-32-le", "surrogatepass"), dtype=np.uint32), starts


_DIGIT_POINTS = np.zeros(0x110000, dtype=np.bool_)
_DIGIT_POINTS[[ord(c) for c in string.digits]] = True  # (a label opening with one: 522627100 凤城街道, label_code)


@cache
def _spaces() -> np.ndarray:
    """Per code point, whether it is a space (``str.isspace``: all of them below U+10000). Found by ``\\s``
    (the same test in the re module) over those code points as one string: 1 ms, where calling ``isspace`` on
    each takes 14 ms, which the first table read waited for."""
    table = np.zeros(0x110000, dtype=np.bool_)
    every = np.arange(0x10000, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")
    table[[m.start() for m in re.finditer(r"\s", every)]] = True
    return table


@cache
def _label_changes() -> np.ndarray:
    """Per code point, whether :func:`unit_label` may take it out: a space, a Latin letter (an English name), a
    note's mark, or the first char of a literal every word around a name holds (其中, 个 of 城区（3个街道）). (A label opening with a
    digit, a code before the name, is looked at too: ``_DIGIT_POINTS``.)"""
    table = _spaces().copy()
    table[[ord(c) for c in string.ascii_letters]] = True
    spec = table_rules()["hierarchy"]
    words = anchors(re.compile(f"{spec['breakdown_label']}|{spec['label_count']}"))  # (其中, 个)
    if words is None:
        table[:] = True
    else:
        table[[ord(w[0]) for w in words]] = True
    table[[ord(c) for c in "*※#△▲（("] + list(range(0x2460, 0x2474))] = True  # (a note's mark: ``label_mark``;
    # a bracket, which may open a note on the unit: ``label_note``)
    return table


_EN_BRACKET = re.compile(r"[(（]\s*([A-Za-z][A-Za-z .,'&/-]*[A-Za-z.])\s*[)）]")  # (Live births), (Total)


def split_fragments(text: str) -> tuple[list[str], list[str], list[str]]:
    """(Chinese fragments, English fragments, units) of one header cell; units from brackets like (万人)."""
    zh: list[str] = []
    en: list[str] = []
    units = [u.strip() for u in BRACKET_RE.findall(text) if not _EN_BRACKET.fullmatch(f"({u.strip()})")]
    for line in re.split(r"[\r\n]+", text):
        line = line.strip()
        if not line:
            continue
        if CJK_RE.search(line):  # (一孩(First births): a translation in brackets, no unit and no part of the name)
            en += [m.group(1) for m in _EN_BRACKET.finditer(line)]
            line = _EN_BRACKET.sub("", line)
        if CJK_RE.search(line) or ("‰" in line and not re.search(r"[A-Za-z]", line)):
            # drop an English translation on the same line, after or before ("地区 Region", "Births 出生人数")
            line = re.sub(r"\s+[A-Za-z][A-Za-z .,'&/()-]*$", "", line)
            line = re.sub(r"^[A-Za-z][A-Za-z .,'&/()-]*\s+(?=[\u3400-\u9fff])", "", line)
            if header_key(line) or CJK_RE.search(line):
                zh.append(line)
        elif header_key(line):
            en.append(line)
    for frag in zh:
        for sym in ("‰", "%", "％"):
            if sym in BRACKET_RE.sub("", frag):
                units.append(sym)
    return zh, en, units


def scale_of(units: list[str]) -> tuple[float | None, str | None, bool]:
    """(scale, unit as printed, percent) from bracketed/explicit units of a header."""
    for u in units:
        k = re.sub(r"\s+", "", unicodedata.normalize("NFKC", u))
        if not k:
            continue
        if k.startswith("万"):
            return 1e4, k, False
        if k.startswith("千") and k[1:] in ("人", "户", "例"):  # 千人: a city yearbook's unit
            return 1e3, k, False
        if k in ("%", "％"):
            return None, "%", True
        if k in ("‰",):
            return None, "‰", False
        if k in ("人", "户", "例", "个", "person", "persons"):
            return 1.0, k, False
    return None, None, False


def detect(grid: Grid) -> Layout | None:
    rows = grid.rows
    n = len(rows)
    units_text: str | None = None
    r = 0
    header_start = None
    form: dict[str, str] = {}
    while r < n:
        row = rows[r]
        nb = nonblank(row)
        if not nb:
            r += 1
            continue
        pre = _preamble(row)
        if pre is not None:
            units_text = units_text or pre[0] or None
            form = {**pre[1], **form}
            r += 1
            continue
        if _is_footnote(row):
            r += 1
            continue
        if len(nb) >= 2 and _is_roster_header(row):
            while r < n and nonblank(rows[r]):
                r += 1  # a register (序号 | 姓名 | 性别 | 出生日期 …): its rows are people, down to a blank row
            continue
        if len(nb) >= 2:
            header_start = r
            break
        r += 1
    if header_start is None:
        return None
    first_col = min(nonblank(rows[header_start]))
    data_start = None
    for r in range(header_start, n):
        row = rows[r]
        if _is_footnote(row):
            break
        nb = nonblank(row)
        if nb and _is_data_row(row, min(first_col, nb[0]), rows[header_start:r]):
            first_col = min(first_col, nb[0])
            data_start = r
            break
    if data_start is None:
        return None
    while data_start - 1 > header_start and _is_unread_data_row(rows[data_start - 1], rows[data_start], first_col):
        data_start -= 1  # the first unit's row holds no clean figure (甲镇 | — | 约120): still a data row
    return Layout(header_start, data_start, first_col, units_text=units_text, form=form)


@cache
def _roster_header() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = table_rules()["roster_header"]
    return re.compile(spec["name"]), re.compile(spec["particulars"])


def _is_roster_header(row: list[object]) -> bool:
    """Whether a row heads a register of people: a cell naming a person (姓名, 母亲姓名, 户主姓名, 身份证号) and another
    of a person's particulars (性别, 出生日期, 登记日期: ``roster_header``)."""
    name, particulars = _roster_header()
    cells = [squeezed(row[i]) or "" for i in nonblank(row)]
    named = [c for c in cells if name.match(c)]
    return bool(named) and any(particulars.search(c) for c in cells if c not in named)


def _is_unread_data_row(row: list[object], data_row: list[object], first_col: int) -> bool:
    """A row above the first data row that is a unit's row all the same: a label, and in the columns where
    the data row has figures only no-data marks or near-numbers (—, 空, 约120, 12O), at least one."""
    label = row[first_col] if first_col < len(row) else None
    if not (isinstance(label, str) and label.strip()):
        return False
    cols = [i for i in nonblank(data_row) if i > first_col and is_numeric(data_row[i])]
    filled = [row[i] for i in cols if i < len(row) and not blank(row[i])]
    return bool(filled) and len(filled) == len([i for i in nonblank(row) if i > first_col]) \
        and all(_near_number(v) for v in filled)


def _near_number(value: object) -> bool:
    """A cell a clerk put where a figure belongs: a mark for no data, an approximate or misread figure."""
    if not isinstance(value, str):
        return False
    return parse_text_number(value).kind in ("marker", "approx") or lookalike_number(value) is not None


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
    return bool(FOOTNOTE_RE.match(v) or FORM_LINE_RE.match(v))


def _texts(row: list[object]) -> tuple[str, ...]:
    """The filled cells of a row as text: what a header row repeated further down shares with it."""
    return tuple(text_of(v).strip() for v in row if not blank(v))


def find_data_rows(grid: Grid, layout: Layout) -> tuple[list[int], int]:
    """The non-blank rows from the first data row up to the first footnote, and that footnote's row
    (``len(rows)`` when there is none), without the header repeated among them. One look at each row: its
    first filled cell.

    The rows' first cells are looked at all at once: a row is looked at by itself only when its first cell
    is blank, or text opening with a blank or with a character a footnote, a form line, a page line or the
    header's first cell can open with (:func:`~fpcheck.extract.openers`); any other is a data row."""
    rows = grid.rows
    start = layout.data_start
    heads = {_texts(rows[r]) for r in range(layout.header_start, start)}
    above = {t for r in range(layout.header_start) if (t := _texts(rows[r]))}  # (the title and form lines over it)
    firsts = {h[0] for h in heads | above if h}
    body = rows[start:]
    n = len(body)
    try:
        cells: list[object] = list(map(itemgetter(0), body))
    except IndexError:  # (an empty row: a CSV file's blank line)
        cells = [row[0] if row else None for row in body]
    text = np.fromiter(map(isinstance, cells, repeat(str)), dtype=np.bool_, count=n)
    odd = np.fromiter(map(is_, cells, repeat(None)), dtype=np.bool_, count=n)  # (rows looked at by themselves)
    odd[text] = _odd_openings(cast(list[str], list(compress(cells, text))), firsts)
    keep = np.ones(n, dtype=np.bool_)
    end = n
    for i in np.flatnonzero(odd).tolist():
        row, v = body[i], cells[i]
        if isinstance(v, str) and v.strip():  # a label in the first column
            if _texts(row) in above:  # the title and form lines printed again over the next page's header
                keep[i] = False
                continue
            if DERIVED_ROW_RE.match(v):  # (平均, 核对: worked from the units' rows)
                keep[i] = False
                continue
            if FOOTNOTE_RE.match(v) or FORM_LINE_RE.match(v):  # 注：…, or the signatures under a form (填表人：…)
                if _units_follow(rows, start + i):
                    keep[i] = False  # a comment line among the units (说明：…), not the table's end
                    continue
                end = i
                break
            # the header repeated further down (on every page of a printed table), a page number
            keep[i] = not (v.strip() in firsts and _texts(row) in heads
                           or v.lstrip()[:1] in _PAGE_LINE_FIRST and PAGE_LINE_RE.match(v))
            continue
        first = _first_filled(row)
        if first < 0:
            keep[i] = False
        elif _row_is_footnote(row, first):
            end = i
            break
    return (np.flatnonzero(keep[:end]) + start).tolist(), start + end  # type: ignore[no-any-return]


def _odd_openings(texts: list[str], firsts: set[str]) -> np.ndarray:
    """Per text, whether it is empty or opens with a blank or with a character that a footnote, a form line, a
    page line or one of ``firsts`` opens with: the texts' first characters looked up at once, and each
    character they open with tested once."""
    points, starts = codepoints(texts)
    empty = starts[1:] == starts[:-1]
    opening = points[np.minimum(starts[:-1], len(points) - 1)] if len(points) else np.zeros(len(texts), np.uint32)
    exact = {*_PAGE_LINE_FIRST, *(f[:1] for f in firsts)}
    odd = [c for c in np.unique(opening).tolist() if chr(c) in exact or any(
        rx is None or rx.match(chr(c)) for rx in _note_openers())]
    return empty | _spaces()[opening] | np.isin(opening, odd)  # type: ignore[no-any-return]


@cache
def _note_openers() -> tuple[re.Pattern[str] | None, ...]:
    """What a footnote, a form line and a derived row open with (:func:`~fpcheck.extract.openers`)."""
    return openers(FOOTNOTE_RE), openers(FORM_LINE_RE), openers(DERIVED_ROW_RE)


def _units_follow(rows: list[list[object]], r: int) -> bool:
    """Whether the first filled row after row ``r`` is a unit's row of figures (a label, not 其中…, and numbers):
    then the note at ``r`` is a comment among the units (说明：枫林村与石门村合并…), and the table goes on."""
    for row in rows[r + 1 : r + 4]:
        if not (nb := nonblank(row)):
            continue
        # (its label in the first or, after a 序号 cell or a blank one, the second filled cell: 1 | 白沙村, — | 合计)
        at = next((i for i in nb[:2] if isinstance(row[i], str)), None)
        if at is None:
            return False
        label = text_of(row[at]).strip()
        return bool(label) and not label.startswith("其中") and not FOOTNOTE_RE.match(label) \
            and not FORM_LINE_RE.match(label) and sum(is_numeric(x) for x in row[at + 1:]) >= 2
    return False


def notes_below(grid: Grid, start: int, skip: Collection[int] = ()) -> list[str]:
    """The footnotes below the table (注：…, 数据来源…), one string per row, from the first footnote row; rows
    in ``skip`` (a breakdown printed under the notes) are the table's."""
    out: list[str] = []
    for r in range(start, len(grid.rows)):
        nb = nonblank(row := grid.rows[r])
        if nb and r not in skip:
            out.append(" ".join(text_of(row[i]).strip() for i in nb))
    return out


def breakdown_below_notes(grid: Grid, start: int) -> list[int]:
    """The rows of a breakdown printed under the table's notes (总计, 注：…, then 其中：城区 … / 农村 …): from a row
    whose label opens with 其中 and that holds figures, down to the first row without any. Notes are rows
    without figures; a row with figures before the 其中 row means there is no such block."""
    opening = re.compile(table_rules()["hierarchy"]["breakdown_label"])
    out: list[int] = []
    for r in range(start, len(grid.rows)):
        row = grid.rows[r]
        figures = any(is_numeric(v) for v in row)
        if out and figures:
            out.append(r)
        elif out or figures and not opening.match("".join(text_of(row[_first_filled(row)]).split())):
            break
        elif figures:
            out.append(r)
    return out


def resolve_text(text: str, cat: Catalog, keymap: dict[str, str]) -> str | None:
    """The indicator a label names: by the keymap, the catalog, as a count and its sex in brackets (出生人数(男): the
    boys; no indicator where the count has no such part), or as a group and its part joined by a colon (出生人数中：一孩,
    出生人口数：男: the births' first, the boys)."""
    k = header_key(text)
    if not k:
        return None
    if k in keymap:
        return keymap[k]
    if (sex := _SEX_BRACKET.search(text)) is not None and (whole := cat.resolve(text[:sex.start()])) is not None:
        return child_of(whole, sex.group(1), cat.resolve(sex.group(1)) or "", cat, fallback=False)  # 出生人数(男)
    hit = cat.resolve(text)
    if hit is None and (part := _GROUP_COLON_PART.fullmatch(k)) is not None and cat.resolve(part.group(1)) is not None:
        hit = resolve_column([part.group(1)], [part.group(2)], [], cat, keymap)  # (not 其中:男: no group named)
    if hit is None and k.endswith(_BORN) and (born := cat.resolve(k[: -len(_BORN)])) in _BY_SEX:
        hit = born  # (男孩出生（人）: the boys born; 出生 is no decoration of every name: 男性出生 is the boys too)
    return hit if hit is not None else _kind_and_role(k, cat)


_BORN = "出生"
_BY_SEX: frozenset[str | None] = frozenset({"births_male", "births_female"})


def _kind_and_role(key: str, cat: Catalog) -> str | None:
    """A kind's name with a role word glued after it (结扎计划数, 上环完成比例: the kind's task, its completion rate;
    ``role_rows`` in tables.yaml), as the kind's name over the role word would be read."""
    for role, words in table_rules()["role_rows"].items():
        for w in sorted(words, key=len, reverse=True):
            if key.endswith(w) and len(key) > len(w) and (par := cat.resolve(key[: -len(w)])) is not None:
                return par if role == "achieved" else next(
                    (hit for alt in words for n in cat[par].names
                     if (hit := cat.resolve(n + alt, decorated=False)) is not None and hit != par), None)
    return None


def in_role_group(group: str, kind: str, cat: Catalog) -> str | None:
    """A kind's column under a group naming a role (年度任务（例） over 上环数 | 结扎数 | … | 合计: each kind's task;
    完成情况（例） over them: the kinds done), as the kind's name with the role word glued after it is read; None when
    the group names no role (``role_rows`` in tables.yaml)."""
    key = header_key(group)
    if kind not in cat or not any(key == w for ws in table_rules()["role_rows"].values() for w in ws):
        return None
    return _kind_and_role(header_key(cat[kind].name) + key, cat)


_GROUP_COLON_PART = re.compile(r"([\u4e00-\u9fff]{2,12}?)中?[：:]([\u4e00-\u9fff][^：:]{0,12})")
#: a sex in brackets after a count's name (出生人数(男), 年末人口（女性）): that count's part, not a unit
_SEX_BRACKET = re.compile(r"[(（]\s*(男|女)性?\s*[)）]\s*$")


#: (构成 after what it counts, 四术完成构成 | 出生人数构成 over 结扎 | 放环 or 一孩 | 二孩, is those counts by kind)
_RATE_PARENT = re.compile(r"率|比|%|％|(?<!数)(?<!完成)(?<!孩次)(?<!胎次)构成|占|比重")
# a group of a population by sex (出生人口性别构成): the population's counts by sex, unless it says it holds shares
_SEX_ASPECT = re.compile(r"性别(?:构成|结构|情况)$")
_SHARE_PARENT = re.compile(r"%|％|占|比重")
# a group comparing with another period (比上年增减（千分点） over 出生率 | 死亡率): its columns are changes, not rates
_COMPARISON = re.compile(r"增减|同比|环比|比上年|比去年|比同期|差额|增幅|降幅|千分点|百分点")


def stacked_at(grid: Grid, layout: Layout, data_rows: list[int], cat: Catalog, keymap: dict[str, str]) -> int | None:
    """The first row of a second table stacked below this one on the sheet (表2 … over its own header), or
    None: a data row whose cells are all text and name two catalog indicators or more is another header;
    the title and units lines right above it go with it. The first value column is looked at whole (but for
    the rows where it is known to hold figures, see :class:`~fpcheck.sheets.Figures`); only the rows with text
    there are looked at one by one."""
    rows, probe = grid.rows, layout.first_col + 1
    own_header = {_texts(rows[r]) for r in range(layout.header_start, layout.data_start)}
    looked = not_known_figures(data_rows[1:], grid.figures, probe)
    cells = list(map(rows.__getitem__, looked))
    probed = map(itemgetter(probe), cells) if probe < min(map(len, cells), default=0) else (
        row[probe] if probe < len(row) else None for row in cells)
    text = np.fromiter(map(isinstance, probed, repeat(str)), dtype=np.bool_, count=len(cells))
    for k in np.flatnonzero(text).tolist():  # (a figure in the first value column: a data row)
        r, row = looked[k], cells[k]
        if any(v is not None and not isinstance(v, str) for v in row):
            continue  # a figure anywhere: a data row
        if sum(resolve_text(v, cat, keymap) is not None for v in row if isinstance(v, str) and v.strip()) < 2 \
                or _texts(row) in own_header:
            continue  # (the table's own header repeated, as on every page of a printed yearbook: the same table)
        start = r
        if start - 1 > layout.data_start and _texts(rows[start - 1]) in own_header:
            start -= 1  # (its first header row the same as this table's, its second its own: 乡镇 | 年初人口 | 已婚育龄妇女 …
            r = start  # over 合计 | 无孩 | 一孩 | 二孩 | 三孩及以上, a later year's form below an earlier one's)
        while start - 1 > layout.data_start and r - start < 3 and len(nonblank(rows[start - 1])) <= 1 and all(
                isinstance(v, str) for v in rows[start - 1] if not blank(v)):
            start -= 1  # its title (表2 已婚育龄妇女生育状况) or units line, and a blank row before them
        return start
    return None


def resolve_column(parent: list[str], own: list[str], en: list[str], cat: Catalog, keymap: dict[str, str]) -> str | None:
    """The indicator of a value column from its header fragments: ``parent`` inherited from the group headers
    over it (outermost first), ``own`` in its own cells top to bottom, ``en`` the English ones. Under groups of
    groups (出生人数 over 总计 | 一孩 | 二孩 over 合计 | 其中政策内) a level that is a totals word (总计) is the group
    itself, and the inner group, read in the outer's terms, names the column (一孩 其中政策内 is births_first_planned)."""
    if own:  # (三、节育措施 over 已婚育龄妇女: a numbered band of the form, no part of the column's name)
        parent = [p for p in parent if not _band(p)]
    levels = [p for p in parent if not cat.affixes.is_total(header_key(p)) and not _breakdown_word(p)
              and _PERIOD_LEAD.sub("", header_key(p)) not in table_rules()["achieved_words"]] \
        if len(parent) > 1 and own else parent  # (出生人数 over 按性别分 over 男: 按性别分 says how, not what; 四术 over
    # 1—6月完成 over 合计 | 结扎: what was done in the group is the group's own figures)
    if len(levels) > 1 and own and any(header_key(p) in _STOCK_TIMES for p in levels[1:]):
        folded: list[str] = []  # (户籍人口 over 年末 over 合计 | 男 | 女: the stock at that time, 年末户籍人口, one level)
        for p in levels:
            if folded and header_key(p) in _STOCK_TIMES:
                folded[-1] = p + folded[-1]
            else:
                folded.append(p)
        levels = folded
    if len(levels) > 1 and own:
        inner = _resolve_column(levels[1:], own, en, cat, keymap)
        outer = resolve_text(levels[0], cat, keymap)
        if inner is not None and inner in cat and (outer is None or outer not in cat
                                                   or cat[inner].measure == cat[outer].measure
                                                   or _is_rate(inner, cat) and _RATE_WORD.search("".join(own))):
            return inner  # (四术 over 结扎 over 完成率（%）: the kind's completion rate, a rate under a group of counts)
    return _resolve_column(levels, own, en, cat, keymap)


_RATE_WORD = re.compile("率|比例|[%％‰]")  # (a column header naming a rate)


def _band(text: str) -> bool:
    """Whether a group header is a numbered band of the form (一、人口变动: ``band_label``)."""
    return re.match(table_rules()["hierarchy"]["band_label"], header_key(text)) is not None


def _breakdown_word(text: str) -> bool:
    """Whether a group header only says how its group is broken down (按孩次分, 按性别分: ``section_label``)."""
    return re.match(table_rules()["hierarchy"]["section_label"], header_key(text)) is not None


def _resolve_column(parent: list[str], own: list[str], en: list[str], cat: Catalog,
                    keymap: dict[str, str]) -> str | None:
    """:func:`resolve_column` for one level of groups (their fragments joined)."""
    p = "".join(parent)
    o = "".join(own)
    raw_all = p + o
    for t in filter(None, (raw_all, _overlap_joined(p, o), o if not p else None)):
        hit = resolve_text(t, cat, keymap)
        if hit:
            return hit
    if p and o and (aspect := _SEX_ASPECT.search(p)) is not None and not _SHARE_PARENT.search(p):
        # 出生人口性别构成 over 男婴 | 女婴 | 性别比: the births by sex, and their ratio (出生人口性别比)
        p = p[:aspect.start()]
        hit = resolve_text(p + o, cat, keymap)
        if hit:
            return hit
    if p and o:
        par = resolve_text(p, cat, keymap)
        if cat.affixes.is_total(header_key(o)):  # 出生人数 over 合计: the group itself
            return par
        child = resolve_text(o, cat, keymap)
        if child is None and par is not None and header_key(o) in table_rules()["achieved_words"]:
            return par  # 结扎 over 任务 | 完成 | 完成率: what was done is the indicator itself
        if child is None and par is not None and (role := _role_of(par, o, cat)) is not None:
            return role  # 计划生育手术 over 全年任务 | 1—6月完成 | 完成率（%）: the group's task, its done, its rate
        if child is None:  # 户籍人口 over 年初 | 年末: the stock at that time, 年初户籍人口
            return resolve_text(o + p, cat, keymap) if header_key(o) in _STOCK_TIMES else None
        if header_key(o) in keymap:
            return child
        if par is not None:
            if resolve_text(o + p, cat, keymap) == par:  # 人口数 under 男 is 人口数男: the group is the finer one
                return par
            if any(p[k:k + 2] in o for k in range(len(p) - 1)):
                return child  # 节育措施 over 落实节育措施 | 综合节育率: a heading whose word the sub-header repeats
            return child_of(par, o, child, cat)
        return child if not _RATE_PARENT.search(p) or (_is_rate(child, cat) and not _COMPARISON.search(p)) else None
    if p and not o and not en:
        return None
    if not p and not o and en:
        for t in (" ".join(en), *en):
            hit = resolve_text(t, cat, keymap)
            if hit:
                return hit
    return None


#: A sub-header naming when a stock is counted: under 户籍人口 it is 年初户籍人口 / 年末户籍人口 (年平均: the year's mean,
#: 年平均户籍人口).
_STOCK_TIMES = frozenset({"年初", "年末", "期初", "期末", "年底", "上年末", "本年末", "年初数", "年末数", "期初数", "期末数",
                          "年平均", "平均", "年平均数"})


def _overlap_joined(parent: str, own: str) -> str | None:
    """A sub-header that restates the end of its group header, joined with it once: 出生 over 出生率 is 出生率,
    自然增长 over 增长率 自然增长率 (None when they do not overlap)."""
    for k in range(min(len(parent), len(own) - 1), 0, -1):
        if parent.endswith(own[:k]):
            return parent + own[k:]
    return None


#: a period before a role word in a sub-header (全年任务, 1—6月完成): the role is the group's all the same
_PERIOD_LEAD = re.compile(r"^(?:全年|本年度?|年度|上半年|下半年|本期|(?:\d{1,2}[—–\-~至到])?\d{1,2}月份?)")


def _role_of(par: str, own: str, cat: Catalog) -> str | None:
    """The group ``par``'s figure a role word names under it (任务 → its task: 四术任务; 完成率 → its completion rate),
    a period before the word dropped (全年任务, 1—6月完成); None when the group has no such figure."""
    if par not in cat:
        return None
    role = _PERIOD_LEAD.sub("", header_key(own))
    if role in table_rules()["achieved_words"]:
        return par
    words = {w for ws in table_rules()["role_rows"].values() for w in ws}
    if role not in words:
        return None
    return next((hit for n in cat[par].names if (hit := cat.resolve(n + role, decorated=False)) is not None), None)


def _is_rate(ind: str, cat: Catalog) -> bool:
    """Whether an indicator is a rate or ratio (人口变动率（‰） over 出生率 | 死亡率: rates under a group of rates)."""
    return ind in cat and cat[ind].measure in ("permille", "percent", "per100")


def child_of(parent: str, own: str, child: str, cat: Catalog, *, fallback: bool = True) -> str | None:
    """A sub-header under a resolved group header: read in the group's terms first (一孩 under 已婚育龄妇女
    is 一孩育龄妇女, under 出生人数 一孩出生人数), else (with ``fallback``) the sub-header alone when it
    measures the same thing."""
    if parent not in cat:
        return None
    own = cat.affixes.strip_prefix(own)  # 其中：男 is 男
    name = cat[parent].name
    tries = [n + own for n in cat[parent].names]  # 男 under 出生人口 is 出生人口男, 一孩 under 计划内 计划内一孩
    tries += [own + name[-k:] for k in range(len(name), 1, -1)
              if name[-k:] not in cat.affixes.suffixes]  # 一孩 + 人数 is a decoration, not the group's terms
    for key in tries:
        hit = cat.resolve(key, decorated=False)
        if hit is not None and hit != parent and hit in cat and cat[hit].measure == cat[parent].measure:
            return hit
    named = child in cat and cat[child].measure == "percent" and header_key(own) in {header_key(n) for n in cat[child].names}
    same = fallback and child in cat and (cat[child].measure == cat[parent].measure or named) \
        and not _bare(own, child, parent, cat)  # (出生情况 over 政策符合率（%）: a rate named in full, under its group)
    return child if same else None


def _bare(own: str, child: str, parent: str, cat: Catalog) -> bool:
    """Whether a sub-header names ``child`` only by a header-only alias (男, 女) under a group it does not
    belong to (``header_parents`` in the catalog): 男 under 年末人口 is the male population, under 一孩
    first-born boys."""
    ind = cat[child]
    key = header_key(own)
    return (bool(ind.header_parents) and parent not in ind.header_parents
            and key in {header_key(a) for a in ind.header_aliases} and key not in {header_key(n) for n in ind.names})


_BIRTH_FAMILY = {"births", "births_male", "births_female", "births_first", "births_second", "births_third_plus"}


def guard_methods(columns: list[Column]) -> None:
    """Beside the women using contraception (落实节育措施 | 男扎 | 女扎 | 上环 | 皮埋) and no operations column (nor 人流 or
    引产, which no woman uses as a method), a kind's column counts the women by the method in use, not the year's
    operations: no indicator of it (``methods_in_use`` in tables.yaml)."""
    spec = table_rules()["methods_in_use"]
    in_use: set[str] = set()  # the groups holding methods in use

    def group(c: Column) -> str | None:
        """The group over ``c`` that names the measures in use (育龄妇女及节育 over 落实节育措施 over 上环: the second)."""
        return next((part for part in c.header.split()[:-1] if any(w in part for w in spec["under"])), None)

    for c in columns:  # (under 落实节育措施: the women by method, the year's operations in a group of their own)
        if c.indicator in spec["kinds"] and (g := group(c)) is not None:
            c.indicator = None
            in_use.add(g)
    for c in columns:  # (节育措施 over 合计 | 男扎 | 女扎 | 上环 …: its total is the women using any, not operations)
        if c.indicator == spec["cases"] and group(c) in in_use:
            c.indicator = spec["beside"]
    found = {c.indicator for c in columns}
    if spec["beside"] not in found or found & set(spec["unless"]) or found & set(spec["operations"]):
        return
    for c in columns:
        if c.indicator in spec["kinds"]:
            c.indicator = None


def guard_sex_ratio(columns: list[Column], cat: Catalog) -> None:
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
