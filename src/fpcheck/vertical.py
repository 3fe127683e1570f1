"""Forms with one indicator per row: 指标名称 | 计量单位 | 代码 | 本年 | 上年.

Township statistical forms (基层报表) list the indicators down the rows and give one column per period or
variant (本年, 上年, 2023年, 本期数). Such a sheet becomes one record per value column: the unit is the form's
填报单位 (else the sheet's name), the period the column's header. Sub-rows are read in their group's terms:
``其中：一孩`` under 已婚育龄妇女 is 一孩育龄妇女, and the rows after it (二孩, 多孩) stay in the group while they
read as its parts in the group's terms (二孩 → 二孩育龄妇女); a row that does not (死亡人数) starts a new group.
Columns of changes (增减, 同比, 比上年) hold no indicator's value and are skipped. A county table set on its
side (指标 | 计量单位 | 全县 | 城关镇 | 河口镇 …) has a column per unit instead: each column is that unit's record,
the totals column the record 合计.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from .catalog import Catalog, header_key, table_rules
from .changes import Change, change_at, change_findings, change_kind, compared_periods
from .cells import HAN_DIGITS, is_numeric, non_numeric_finding, read_cell, scaled, text_of
from .layout import (INDEX_HEADERS, Layout, blank, child_of, find_data_rows, group_label, header_rows, is_population_group,
                     period_label, resolve_column, resolve_text, scale_of, split_fragments, unit_label)
from .extract import annualised_cue
from .model import TOTAL_UNIT, Finding, Record, Value, annual_factor
from .sheets import Grid

UNIT_HEADERS = {"计量单位", "计数单位", "计算单位", "单位", "unit", "units"}
REMARK_HEADERS = {"备注", "说明", "备注说明", "附注", "资料来源", "数据来源", "来源", "remark", "remarks", "note", "notes",
                  "source"}  # words, not values
CHANGE_HEADER_RE = re.compile(r"增减|增长|同比|环比|比上年|比去年|差额|变动|变化|增幅|降幅")
INDENT_RE = re.compile(r"^[\s\u3000]+")
# An office filling in the form for its place: the place is the unit (柳林乡人民政府 → 柳林乡).
OFFICE_RE = re.compile(r"^(.{1,8}?(?:乡|镇|街道|县|市|区|村|社区))(?:人民政府|政府|计生办|计划生育办公室|卫生健康局|卫健局|卫计局|"
                       r"卫生健康委员会|卫生健康委|卫健委|卫生和计划生育委员会|卫计委|计划生育委员会|计生委|人口和计划生育局|"
                       r"人口和计划生育委员会|人口计生局|人口计生委|统计局|卫生局|"
                       r"计生局|卫生院|统计站|计生服务站|办事处|卫生健康办|卫健办|卫生健康办公室|计生站|村民委员会|"
                       r"居民委员会|村委会|居委会)$")


ASIDE_RE = re.compile(r"\s*[（(][^（）()]{1,12}[）)]\s*$")  # (柳溪镇人民政府（计生办）, 石桥乡人民政府（盖章）)


def form_place(layout: Layout, fallback: str | None = None) -> str | None:
    """The place a form is filled in for: its 填报单位 (柳林乡人民政府 fills it for 柳林乡, 柳溪镇人民政府（计生办） for
    柳溪镇), else ``fallback``."""
    unit = next((v for k, v in layout.form.items() if "单位" in k and v), None) or fallback
    if not unit:
        return None
    place = OFFICE_RE.sub(r"\1", ASIDE_RE.sub("", _STAMP_RE.sub("", unit)))
    return _COUNTY_BEFORE_RE.sub("", place)  # (岚溪县青山乡人民政府 fills it for 青山乡)


#: the county named before the township that fills the form (岚溪县青山乡): the township is the unit
_COUNTY_BEFORE_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}?[县市](?=[\u4e00-\u9fff]{1,6}?(?:乡|镇|街道)$)")


_THIS_MONTH = frozenset({"本月", "当月", "本月数", "本月实际"})  # a column of the month the title names
#: the seal's place marked before the unit's name (（盖章）澄源县枫木乡计生办)
_STAMP_RE = re.compile(r"^[(（](?:盖章|公章|签章|章)[)）]\s*")


def sub_label_col(grid: Grid, layout: Layout, rows: list[int]) -> int | None:
    """A second label column beside the first (出生人数 merged down over 合计 | 男 | 女 | 一孩 in the next column):
    headed by nothing of its own (项目 merged over both), its cells words and never figures."""
    c = layout.first_col + 1
    if any(not blank(grid.rows[r][c]) for r in header_rows(grid, layout) if c < len(grid.rows[r])):
        return None
    words = [v for r in rows if c < len(grid.rows[r]) and not blank(v := grid.rows[r][c])]
    return c if len(words) >= 2 and not any(is_numeric(v) for v in words) else None


def row_indicators(grid: Grid, layout: Layout, rows: list[int], cat: Catalog,
                   keymap: dict[str, str]) -> dict[int, str]:
    """The indicator each data row names in its label column (rows naming none left out); with a second label
    column, its words (男, 一孩) are parts of the group the first names above them, its 合计 the group itself."""
    out: dict[int, str] = {}
    parent: str | None = None  # the last top-level indicator
    in_group = False
    prefixes = tuple(cat.affixes.prefixes)
    c, sub = layout.first_col, sub_label_col(grid, layout, rows)
    for r in rows:
        row = grid.rows[r]
        raw = text_of(row[c]) if c < len(row) else ""
        key = header_key(raw)
        part = header_key(text_of(row[sub])) if sub is not None and sub < len(row) else ""
        if part and not cat.affixes.is_total(part):
            # (其中 merged down beside 一孩 | 二孩 | 多孩: the parts of the row above, as a blank would be)
            named = bool(key) and key.rstrip("：:") not in cat.affixes.prefixes
            group = resolve_text(raw, cat, keymap) if named else parent
            via = child_of(group, part, resolve_text(part, cat, keymap) or "", cat) if group is not None else None
            if named:
                parent = group
            if via is not None:
                out[r] = via
                continue
        if not key:
            continue
        direct = resolve_text(raw, cat, keymap)
        marked = key.startswith(prefixes) or bool(INDENT_RE.match(raw))
        if parent is not None and (marked or in_group):
            via = (child_of(parent, cat.affixes.strip_prefix(key), direct, cat, fallback=marked)
                   if direct is not None else None)
            if via is not None:
                out[r] = via
                in_group = True
                continue
        in_group = False
        if direct is not None:
            out[r] = direct
            parent = direct
    return out


#: A row label naming its place before the indicator (城关镇年初人口, 全县自然增长率): a list of every place's items.
PLACE_PREFIX_RE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:乡|镇|街道|办事处|县|市|区|村|社区))(.+)$")


def row_places(grid: Grid, layout: Layout, rows: list[int], cat: Catalog, keymap: dict[str, str]) -> dict[int, tuple[str, str]]:
    """Rows whose label is a place, then an indicator (城关镇出生人数 | 人 | 279, as a 报表 of a county's items lists
    them): row → (place, indicator), where two places at least are named so; else none."""
    out: dict[int, tuple[str, str]] = {}
    c = layout.first_col
    for r in rows:
        key = header_key(text_of(grid.rows[r][c]) if c < len(grid.rows[r]) else "")
        if (m := PLACE_PREFIX_RE.match(key)) is not None and resolve_text(key, cat, keymap) is None \
                and (ind := resolve_text(m.group(2), cat, keymap)) is not None:
            out[r] = (m.group(1), ind)
    return out if len({place for place, _ in out.values()}) >= 2 else {}


# Column headers naming a period relative to the form's own (本年, 上年): years before the form's year.
RELATIVE_PERIODS = {"本年": 0, "今年": 0, "本期": 0, "本年实际": 0, "本期实际": 0, "上年": 1, "去年": 1, "上年同期": 1,
                    "去年同期": 1, "上年实际": 1}
YEAR_IN_RE = re.compile(r"((?:19|20)\d{2})\s*年")


_YEAR_ONLY = re.compile(r"[ \t　]*(?:19|20)\d{2}[ \t　]*年度?[ \t　]*")


def _period(head: str, form_period: str | None, year: int | None = None) -> str | None:
    """A value column's period: 本年/上年 as years when the form (2023年度 → 2023, 2022) or else the sheet's title
    (``year``) names its year, a year or part of a year as wide tables name it (2019年 → 2019, 1-6月 → half-year),
    the form's period under a header that only says it holds the values (数值), else the header."""
    if head and header_key(head) in table_rules()["long_form"]["value"]:
        return form_period  # (指标名称 | 计量单位 | 数值: the value's column, no period of its own)
    back = RELATIVE_PERIODS.get(header_key(head)) if head else None
    m = YEAR_IN_RE.search(form_period or "")
    base = int(m.group(1)) if m else year
    if back is not None and base is not None:
        return str(base - back)
    # (一季度 over 1—3月 in a two-row header: the first of its words that names a period)
    if not head:  # (a form's 2016年度 beside its 填报单位: the whole year, as its title would say)
        return "full-year" if _YEAR_ONLY.fullmatch(form_period or "") else form_period
    return period_label(head) or next((label for part in head.split() if (label := period_label(part))), head)


def column_heads(grid: Grid, heads: list[int], c: int) -> list[str]:
    """The header cells over column ``c``, top to bottom, blanks out, a cell merged across or down read in every
    column and row it covers, once."""
    out: list[str] = []
    for r in heads:
        value = grid.rows[r][c] if c < len(grid.rows[r]) else None
        if blank(value):
            value = next((grid.rows[r1][c1] for r1, c1, r2, c2 in grid.merged
                          if r1 <= r <= r2 and c1 <= c <= c2 and c1 < len(grid.rows[r1])), None)
        text = "".join(text_of(value).split()) if not blank(value) else ""
        if text and (not out or out[-1] != text):
            out.append(text)
    return out


def looks_vertical(found: dict[int, str], labelled: int, known_columns: int) -> bool:
    """Whether a sheet lists indicators down its rows: most labelled rows (three at least) name an indicator
    and fewer columns than rows do."""
    return len(found) >= 3 and len(found) >= 0.5 * labelled and known_columns < len(found)


#: A column header naming a place (城关镇, 河口镇, 青山乡): a unit's column in a table set on its side.
PLACE_HEADER_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:乡|镇|街道|办事处|县|市|区|村|社区|居委会|片|片区)(?:小计|合计)?$")  # (茶坪片小计: a 片 column)


def read_vertical(grid: Grid, layout: Layout, found: dict[int, str], source: str, cat: Catalog,
                  findings: list[Finding], is_total: Callable[[str], bool] = lambda name: False,
                  place: str | None = None, year: int | None = None,
                  row_units: dict[int, str] | None = None, titled: str | None = None,
                  month: str | None = None) -> list[Record]:
    """One record per value column of an indicator-per-row form; odd cells become findings. When the value
    columns are headed by places (two at least) and totals words (``is_total``: 全县, 合计) alone, each is a unit's
    record in the form's period (else the one its title names, ``titled``), the totals column 合计's. ``row_units``:
    the place each row names before its indicator (:func:`row_places`), a record per place and column; ``month``:
    the one month the title names (2025年8月…月报: month: 8月), a 本月 column's period."""
    rows = grid.rows
    heads = header_rows(grid, layout)
    width = max((len(rows[r]) for r in found), default=0)

    def cell(r: int, c: int) -> object:
        return rows[r][c] if c < len(rows[r]) else None

    def header(c: int) -> str:
        return " ".join(text_of(cell(r, c)).strip() for r in heads if not blank(cell(r, c)))

    # each column's header cells, top to bottom (a cell merged across or down read in every column it covers)
    stacks = {c: column_heads(grid, heads, c) for c in range(layout.first_col + 1, width)}
    unit_col = next((c for c, parts in stacks.items() if any(header_key(part) in UNIT_HEADERS for part in parts)), None)
    sub = sub_label_col(grid, layout, list(found))
    value_cols = [c for c in range(layout.first_col + 1, width)
                  if c not in (unit_col, sub) and header_key(header(c)) not in INDEX_HEADERS | REMARK_HEADERS
                  and not CHANGE_HEADER_RE.search(header(c))
                  and any(not blank(cell(r, c)) for r in found)]
    # the form's 填报单位; a sheet named 汇总 or 全县 of one column per period is the totals (合计, whatever it is called);
    # else the place its title opens with (表2-1　青溪县主要人口指标), else the sheet's name (a CSV has none: no unit)
    unit = form_place(layout, None if grid.name and is_total(grid.name) else place or grid.name)
    if unit is None and grid.name and is_total(grid.name) or unit is not None and is_total(unit):
        unit = TOTAL_UNIT
    names = {c: "".join(header(c).split()) for c in value_cols}
    # (东片区 merged over 城关镇 | 东山镇 …; 桃源社区 merged over 本年 | 上年; 户籍人口 over 全镇 | 白沙村 …: a column's unit
    # is the header naming a place or the totals, whatever stands above or below it)
    named = {c: next((i for i in range(len(parts) - 1, -1, -1)
                      if PLACE_HEADER_RE.match(parts[i]) or is_total(parts[i])), None) for c, parts in stacks.items()}
    places = [c for c in value_cols if (i := named[c]) is not None and not is_total(stacks[c][i])]
    by_unit = len(places) >= 2 and all(named[c] is not None for c in value_cols)
    records: list[Record] = []
    column_unit: str | None
    read: dict[tuple[int, int], Value] = {}  # (row, column) → its value, for the changes beside them
    period_of: dict[int, str | None] = {}
    for c in value_cols:
        if by_unit:  # 全县 | 城关镇 | 河口镇 …: a unit per column, in the form's period or the one under its name
            parts, i = stacks[c], named[c] or 0
            column_unit = parts[i] if c in places else TOTAL_UNIT
            caliber = next((group_label(part) for part in parts if is_population_group(part)), None)
            period = caliber or _period(" ".join(parts[i + 1:]), layout.form.get("时期") or titled, year)
        elif is_total(names[c]):  # 1月 … 12月 | 合计: the months' total is the form's period, the record 合计
            period, column_unit = layout.form.get("时期") or titled, TOTAL_UNIT
        else:
            period, column_unit = _period(header(c), layout.form.get("时期"), year), unit
            if month is not None and header_key(header(c)) in _THIS_MONTH:
                period = month  # (本月 under 2025年8月人口计生月报: August's)
        period_of[c] = period
        per_unit: dict[str | None, dict[str, Value]] = {}
        for r, ind in found.items():
            row_unit = row_units.get(r, column_unit) if row_units else column_unit
            values = per_unit.setdefault(TOTAL_UNIT if row_unit is not None and is_total(row_unit) else row_unit, {})
            if ind in values:
                continue
            # (the unit column's, else the row label's brackets: 年末总人口(万人))
            units = [text_of(cell(r, unit_col))] if unit_col is not None \
                else split_fragments(text_of(cell(r, layout.first_col)))[2]
            if (value := cell_value(grid, source, r, c, ind, units, cat, findings)) is not None:
                if cat[value.indicator].measure == "permille" and annualised_cue().search(text_of(cell(r, layout.first_col))):
                    value = dataclasses.replace(value, annualised=annual_factor(period))  # (出生率（折合全年） under 一季度)
                values[value.indicator] = value
                read[(r, c)] = value
        head = next((r for r in heads if not blank(cell(r, c))), layout.header_start)
        records += [Record(u, values, period, grid.location(source, head, c)) for u, values in per_unit.items() if values]
    if not row_units and (pair := compared_periods(list(period_of.values()))) is not None:
        # 指标 | 2024年 | 2023年 | 增减 | 增减%: each change against the two figures on its left
        now, before = (next(c for c, p in period_of.items() if p == want) for want in pair)
        changes = [Change(unit, a, b, d, kind) for c in range(layout.first_col + 1, width)
                   if c not in (unit_col, sub) and CHANGE_HEADER_RE.search(header(c))
                   for kind in [change_kind(header(c))] for r in found
                   if (a := read.get((r, now))) is not None and (b := read.get((r, before))) is not None
                   and (d := change_at(grid, source, r, c, a, kind)) is not None]
        findings += change_findings(changes, cat)
    return records


def cell_value(grid: Grid, source: str, r: int, c: int, ind: str, units: list[str], cat: Catalog,
               findings: list[Finding]) -> Value | None:
    """The value of indicator ``ind`` in cell (r, c), scaled by the unit text ``units`` states (万人), as the
    indicator that unit makes it (落实节育措施 | 例: the measures, not the women); text in it is a finding."""
    v = grid.rows[r][c] if c < len(grid.rows[r]) else None
    if blank(v):
        return None
    loc = grid.location(source, r, c)
    pc = read_cell(v, grid.formats.get((r, c)))
    if pc.kind in ("text", "approx"):
        findings.append(non_numeric_finding(pc, ind, loc))
    if pc.number is None or pc.kind not in ("number", "approx"):
        return None
    scale, unit_printed, _pct = scale_of(units)
    scale = scale or pc.scale
    number = scaled(pc.number, pc.decimals, scale) if pc.scale == 1.0 else pc.number
    as_printed = cat[ind].printed_in(unit_printed)
    return Value(as_printed, number, pc.printed, pc.decimals, scale, loc, unit_printed=unit_printed)


def read_role_rows(grid: Grid, layout: Layout, source: str, cat: Catalog, keymap: dict[str, str],
                   findings: list[Finding], is_total: Callable[[str], bool], whole: str | None,
                   period: str | None) -> list[Record] | None:
    """A table of a few rows per unit, each row a role of the indicators across (乡镇 | 项目 | 结扎 | 放环 | … | 合计, the
    rows 任务（例） | 完成（例） | 完成率（%） under each township, its name merged down): one record per unit, each
    column's indicator in the row's role (结扎 over 任务 → sterilizations_target); a totals column (合计) is ``whole``,
    the indicator the table's title names (四术). None unless the second column's labels are all roles (`role_rows`
    in tables.yaml), of two kinds at least, and every value column names an indicator in each."""
    words = {w for ws in table_rules()["role_rows"].values() for w in ws}
    rows = grid.rows
    c0, c1 = layout.first_col, layout.first_col + 1
    data = find_data_rows(grid, layout)[0]
    labels = {r: split_fragments(text_of(rows[r][c1]) if c1 < len(rows[r]) else "") for r in data}
    role_of = {r: header_key(zh[0]) if zh else "" for r, (zh, _, _) in labels.items()}
    if not data or any(role not in words for role in role_of.values()) or len(set(role_of.values())) < 2:
        return None
    heads = header_rows(grid, layout)
    width = max(map(len, rows[layout.header_start : layout.data_start]), default=0)
    kinds = {c: k for c in range(c1 + 1, width)
             if (k := "".join("".join(text_of(rows[r][c]).split()) for r in heads if c < len(rows[r]) and not blank(rows[r][c])))}

    def indicator(c: int, role: str) -> str | None:
        kind = cat[whole].name if is_total(kinds[c]) and whole is not None else kinds[c]  # (合计 over the kinds: 四术)
        return resolve_column([kind], [role], [], cat, keymap)

    if not kinds or any(indicator(c, role) is None for c in kinds for role in set(role_of.values())):
        return None
    out: dict[str | None, Record] = {}
    unit: str | None = None
    for r in data:
        if named := (text_of(rows[r][c0]).strip() if c0 < len(rows[r]) else ""):
            unit = unit_label(named)
            unit = TOTAL_UNIT if unit is not None and is_total(unit) else unit
        for c in kinds:
            ind = indicator(c, role_of[r])
            if ind is not None and (value := cell_value(grid, source, r, c, ind, labels[r][2], cat, findings)) is not None:
                rec = out.setdefault(unit, Record(unit, {}, period, grid.location(source, r, c0)))
                rec.values.setdefault(value.indicator, value)
    return list(out.values()) or None


def read_long(grid: Grid, layout: Layout, source: str, cat: Catalog, keymap: dict[str, str], findings: list[Finding],
              is_total: Callable[[str], bool]) -> list[Record] | None:
    """A table in long form, one figure a row (单位 | 指标 | 年份 | 数值 | 计量单位, as databases export it; 统计期 | 区划代码 |
    区划名称 | 指标代码 | 指标名称 | 计量单位 | 数值 from a statistics system, the units in the column headed as places): one
    record per unit and period, each value at its own cell; None when the header names no indicator and value columns
    (``long_form`` in tables.yaml), or no unit column before them."""
    spec, rows = table_rules()["long_form"], grid.rows
    heads = header_rows(grid, layout)
    width = max(map(len, rows[layout.header_start : layout.data_start]), default=0)
    names = {c: header_key(" ".join(text_of(rows[r][c]) for r in heads if c < len(rows[r]))) for c in range(width)}
    cols = {role: next((c for c, n in names.items() if n in spec[role]), None) for role in spec}
    # (地区 | 指标 | 2021年 | 2022年 | 2023年, as a statistics database exports: a value column per year)
    years = {c: m.group(1) for c, n in names.items() if (m := _YEAR_HEADER_RE.fullmatch(n.translate(HAN_DIGITS)))} \
        if cols["value"] is None else {}  # (一九八五年: a year written in characters)
    if cols["indicator"] is None or not (cols["value"] is not None or len(years) > 1) \
            or cols["indicator"] == layout.first_col and cols["place"] is None:
        return None  # (指标 | 数值 with no unit column before or after them: one place's form, indicators down its rows)
    merged: dict[tuple[str | None, str | None], Record] = {}
    unit: str | None = None  # (a unit's name merged down over its indicator rows, or left blank under it: still it)
    codes: dict[str, str] = {}  # unit → its 区划代码
    for r in find_data_rows(grid, layout)[0]:
        row = rows[r]
        def text(c: int | None) -> str:
            return text_of(row[c]).strip() if c is not None and c < len(row) else ""
        label = text(cols["indicator"])
        ind = resolve_text(label, cat, keymap)
        if ind is None or ind not in cat:
            continue
        if named := text(cols["place"] if cols["place"] is not None else layout.first_col):
            unit = unit_label(named)
            unit = TOTAL_UNIT if unit is not None and is_total(unit) else unit
            if unit is not None and (code := text(cols["code"])).isdigit():
                codes.setdefault(unit, code)
        period = period_label(text(cols["period"]) + ("年" if text(cols["period"]).isdigit() else "")) \
            if cols["period"] is not None else layout.form.get("时期")
        measure = [text(cols["measure"])] if cols["measure"] is not None else split_fragments(label)[2]  # (人口(万人))
        for c, when in ((cols["value"], period),) if cols["value"] is not None else years.items():
            value = cell_value(grid, source, r, c, ind, measure, cat, findings)
            if value is not None:
                rec = merged.setdefault((unit, when), Record(unit, {}, when, grid.location(source, r, layout.first_col)))
                rec.values.setdefault(value.indicator, value)
    if (whole := _whole_area(codes)) is not None and TOTAL_UNIT not in codes:
        for rec in merged.values():
            rec.unit = TOTAL_UNIT if rec.unit == whole else rec.unit
    return list(merged.values())


def _whole_area(codes: dict[str, str]) -> str | None:
    """The unit whose 区划代码, its trailing zeros dropped, opens the codes of all the others (519930000000 over
    519930101000, 519930102000 …): the whole area of the units listed, three of them at least; None if none is."""
    if len(codes) < 3:
        return None
    for unit, code in codes.items():
        stem = code.rstrip("0")
        if stem and all(c != code and c.startswith(stem) and len(c) == len(code) for u, c in codes.items() if u != unit):
            return unit
    return None


_YEAR_HEADER_RE = re.compile(r"((?:19|20)\d{2})年?度?")

