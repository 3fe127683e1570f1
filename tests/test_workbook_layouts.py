"""Layouts clerks send, as properties: whatever the figures, a layout reads to the records it means, the checks
hold where the sheet adds up and fail at the one cell that is made not to (workbooks 51–58 gave each case)."""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from openpyxl.worksheet.worksheet import Worksheet

from fpcheck.check import Options, check_document
from fpcheck.model import Document
from fpcheck.tables import read_table

from helpers import Figures, town_figures

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = ["城关镇", "东河乡", "西山镇", "南湖街道", "北郊镇", "石桥乡"]
COUNTS = {"population_end": "年末人口", "births": "出生人数", "deaths": "死亡人数"}



@st.composite
def _towns(draw: st.DrawFn, least: int = 2) -> dict[str, Figures]:
    """Two to six towns (in a drawn order) with consistent counts."""
    names = draw(st.permutations(NAMES))[:draw(st.integers(least, len(NAMES)))]
    return {name: draw(town_figures(1)) for name in names}


def _sum(rows: list[Figures]) -> Figures:
    return {k: sum(f[k] for f in rows) for k in COUNTS}


@contextmanager
def _workbook(fill: Callable[[Worksheet], None]) -> Iterator[list[Document]]:
    """The documents of a workbook whose first sheet ``fill`` writes."""
    wb = openpyxl.Workbook()
    fill(wb.active)
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "book.xlsx")
        yield read_table(Path(tmp) / "book.xlsx")


def _errors(docs: list[Document]) -> set[tuple[str | None, str, str | None]]:
    """(sheet, rule, cell) of every error finding, checked without diagnosis."""
    for doc in docs:
        check_document(doc, Options(diagnose=False))
    return {(d.sheet, f.rule, f.location.cell if f.location else None) for d in docs for f in d.all_findings()
            if f.severity == "error"}


def _values(doc: Document) -> dict[tuple[str | None, str | None], dict[str, float | None]]:
    return {(r.unit, r.period): {k: v.number for k, v in r.values.items()} for r in doc.records}


@given(st.lists(st.integers(1990, 2030), min_size=2, max_size=4, unique=True).map(sorted),
       st.lists(st.integers(2000, 60000), min_size=4, max_size=4))
@SETTINGS
def test_a_first_row_reading_as_years_is_a_units_row(years: list[int], others: list[int]) -> None:
    # 城关镇 | 1999 | 2000 under 年初人口 | 年末人口: the town's figures (its row is the first data row, not a header of
    # years); the same years under one 出生率 merged across their columns are the header of a wide table
    heads = ["年初人口", "年末人口", "出生人数", "死亡人数"][:len(years)]

    def apart(ws: Worksheet) -> None:
        for row in (["乡镇", *heads], ["城关镇", *years], ["东河乡", *others[:len(years)]]):
            ws.append(row)

    def under_one(ws: Worksheet) -> None:
        for row in (["地区", "出生率"], [None, *years], ["城关镇", *(y / 200 for y in years)]):
            ws.append(row)
        ws.merge_cells(start_row=1, start_column=2, end_row=1, end_column=len(years) + 1)

    ids = ["population_start", "population_end", "births", "deaths"]
    with _workbook(apart) as (doc,):
        assert _values(doc) == {("城关镇", None): dict(zip(ids, map(float, years))),
                                ("东河乡", None): dict(zip(ids, map(float, others[:len(years)])))}
    with _workbook(under_one) as (doc,):
        assert _values(doc) == {("城关镇", str(y)): {"birth_rate": y / 200} for y in years}


@given(st.lists(st.integers(-9999, 9999), min_size=2, max_size=8),
       st.sampled_from(["#,##0.00_);(#,##0.00)", "#,##0.00_);[Red](#,##0.00)", "0.00_);(0.00)", "0.00;[Red]-0.00"]))
@SETTINGS
def test_accounting_format_negatives_read_as_negatives(hundredths: list[int], fmt: str) -> None:
    # 53: 自然增长率 stored −1.23 and shown (1.23) in red is −1.23, with the two decimals the format shows
    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "自然增长率（‰）"])
        for k, x in enumerate(hundredths):
            ws.append([f"{NAMES[k % 6]}{k}", x / 100])
            ws.cell(ws.max_row, 2).number_format = fmt

    with _workbook(fill) as (doc,):
        got = [r.values["natural_growth_rate"] for r in doc.records]
    assert [(v.number, v.decimals) for v in got] == [(x / 100, 2) for x in hundredths]


@given(_towns(least=3), st.data())
@SETTINGS
def test_a_hidden_row_is_a_row_of_the_table(towns: dict[str, Figures], data: st.DataObject) -> None:
    # 55: a hidden village is counted in the 合计 (Excel's SUM counts hidden rows): read and checked like the others
    hidden = data.draw(st.sampled_from(list(towns)))
    left_out = data.draw(st.booleans())  # a 合计 summed without it instead: off in every column

    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", *COUNTS.values()])
        for name, f in towns.items():
            ws.append([name, *f.values()])
            ws.row_dimensions[ws.max_row].hidden = name == hidden
        ws.append(["合计", *_sum([f for n, f in towns.items() if not (left_out and n == hidden)]).values()])

    with _workbook(fill) as docs:
        assert _values(docs[0])[(hidden, None)] == towns[hidden]
        expected = {(docs[0].sheet, "totals", f"{c}{len(towns) + 2}") for c in "BCD"} if left_out else set()
        assert _errors(docs) == expected


@given(st.lists(town_figures(1), min_size=2, max_size=12), st.data())
@SETTINGS
def test_a_monthly_form_is_one_place_month_by_month(months: list[Figures], data: st.DataObject) -> None:
    # 56: 月份 | counts, rows 1月 … and 合计 under 填报单位：柏林镇人民政府: 柏林镇's months, the 合计 its year
    off = data.draw(st.sampled_from([None, *COUNTS]))  # one month's figure typed one more than the 合计 counts

    def fill(ws: Worksheet) -> None:
        for row in (["柏林镇2023年人口出生死亡月报"], ["填报单位：柏林镇人民政府"], ["月份", *COUNTS.values()]):
            ws.append(row)
        for k, f in enumerate(months, start=1):
            ws.append([f"{k}月", *(v + (k == 1 and ind == off) for ind, v in f.items())])
        ws.append(["合计", *_sum(months).values()])

    with _workbook(fill) as docs:
        (doc,) = docs
        assert [(r.unit, r.period) for r in doc.records] == [
            *(("柏林镇", f"month: {k}月") for k in range(1, len(months) + 1)), ("合计", "full-year")]
        # (a month's year-end is a stock: the 合计 of the months is no sum of them — 524 — so its slip is no totals error)
        column = "BCD"[list(COUNTS).index(off)] if off and off != "population_end" else None
        assert _errors(docs) == ({(doc.sheet, "totals", f"{column}{len(months) + 4}")} if column else set())


@given(_towns(), st.data())
@SETTINGS
def test_registered_and_resident_rows_under_a_merged_name(huji: dict[str, Figures], data: st.DataObject) -> None:
    # 57: each town merged over two rows, 户籍 | 常住 in column B: records (town, 户籍) and (town, 常住), and each
    # 合计 the sum of its own population's rows (off: the 户籍 births total one short, D of the 全县合计 row)
    resident = {n: data.draw(town_figures(1)) for n in huji}
    off = data.draw(st.booleans())
    totals = {"户籍": _sum(list(huji.values())), "常住": _sum(list(resident.values()))}

    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "口径", *COUNTS.values()])
        for name, (a, b) in [*((n, (huji[n], resident[n])) for n in huji), ("全县合计", tuple(totals.values()))]:
            ws.append([name, "户籍", *a.values()])
            ws.append([None, "常住", *b.values()])
            ws.merge_cells(start_row=ws.max_row - 1, start_column=1, end_row=ws.max_row, end_column=1)
        ws.cell(ws.max_row - 1, 4).value -= off

    with _workbook(fill) as docs:
        assert _values(docs[0]) == {**{(n, "户籍"): f for n, f in huji.items()},
                                    **{(n, "常住"): f for n, f in resident.items()},
                                    ("合计", "户籍"): {**totals["户籍"], "births": totals["户籍"]["births"] - off},
                                    ("合计", "常住"): totals["常住"]}
        assert _errors(docs) == ({(docs[0].sheet, "totals", f"D{2 * len(huji) + 2}")} if off else set())


@given(_towns(), st.data())
@SETTINGS
def test_tables_side_by_side_keep_their_own_units(towns: dict[str, Figures], data: st.DataObject) -> None:
    # 58: 表1 births in A:C, a blank column, 表2 women in E:F over the same towns in another order
    order = data.draw(st.permutations(list(towns)))
    women = {n: 100 * f["births"] for n, f in towns.items()}

    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "出生人数", "死亡人数", None, "乡镇", "已婚育龄妇女"])
        for left, right in zip(towns, order):
            ws.append([left, towns[left]["births"], towns[left]["deaths"], None, right, women[right]])
        ws.append(["合计", *(sum(f[k] for f in towns.values()) for k in ("births", "deaths")), None, "合计",
                   sum(women.values())])

    with _workbook(fill) as docs:
        births, married = docs
        assert {u: v["births"] for (u, _p), v in _values(births).items() if u != "合计"} == {
            n: f["births"] for n, f in towns.items()}
        assert {u: v for (u, _p), v in _values(married).items() if u != "合计"} == {
            n: {"married_women": w} for n, w in women.items()}
        assert _errors(docs) == set()


@given(st.dictionaries(st.sampled_from(NAMES), st.lists(town_figures(1), min_size=1, max_size=4), min_size=2, max_size=4),
       st.data())
@SETTINGS
def test_a_summary_sheet_is_checked_against_the_sheets_it_restates(villages: dict[str, list[Figures]],
                                                                   data: st.DataObject) -> None:
    # 51: 汇总 with a row per township restating that township sheet's 合计; one copied figure off by one is the
    # one cross-sheet error (the 汇总's own 合计 sums the copies as printed, so nothing else fails)
    town, ind = data.draw(st.sampled_from([None, *villages])), data.draw(st.sampled_from(list(COUNTS)))
    copies = {t: {k: v + (t == town and k == ind) for k, v in _sum(vs).items()} for t, vs in villages.items()}
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    for ws, rows in [(summary, copies), *((wb.create_sheet(t), dict(enumerate(vs))) for t, vs in villages.items())]:
        ws.append(["单位", *COUNTS.values()])
        for name, f in rows.items():
            ws.append([f"{name}村" if isinstance(name, int) else name, *f.values()])
        ws.append(["合计", *_sum(list(rows.values())).values()])
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "county.xlsx")
        docs = read_table(Path(tmp) / "county.xlsx")
    cell = f"{'BCD'[list(COUNTS).index(ind)]}{list(villages).index(town) + 2}" if town else None
    assert _errors(docs) == ({("汇总", "cross_sheet", cell)} if town else set())


@given(_towns(), _towns(), st.data())
@SETTINGS
def test_a_summary_of_totals_by_year_is_checked_against_each_years_sheet(this: dict[str, Figures],
                                                                         last: dict[str, Figures],
                                                                         data: st.DataObject) -> None:
    # 130: sheets 本年 / 上年 (years only in their titles) with a 合计 row each, and 汇总 set on its side (指标 | 计量单位 |
    # 2023年 | 2022年) restating the two 合计 columns; one restated figure off by `off` is the one cross-sheet error
    year, ind = data.draw(st.sampled_from([2023, 2022])), data.draw(st.sampled_from(list(COUNTS)))
    off = data.draw(st.sampled_from([0, 1, -10]))
    totals = {2023: _sum(list(this.values())), 2022: _sum(list(last.values()))}
    assume(totals[year][ind] + off >= 0)  # (a count restated below nought is a range error besides)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, y, towns in (("本年", 2023, this), ("上年", 2022, last)):
        ws = wb.create_sheet(name)
        ws.append([f"河口县{y}年分乡镇人口变动情况"])
        ws.append(["乡镇", *COUNTS.values()])
        for town, f in towns.items():
            ws.append([town, *f.values()])
        ws.append(["合计", *totals[y].values()])
    summary = wb.create_sheet("汇总")
    summary.append(["指标", "计量单位", "2023年", "2022年"])
    for k, label in COUNTS.items():
        summary.append([label, "人", *(totals[y][k] + off * (y == year and k == ind) for y in (2023, 2022))])
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "years.xlsx")
        docs = read_table(Path(tmp) / "years.xlsx")
    assert _values(docs[2]) == {("合计", str(y)): {k: v + off * (y == year and k == ind) for k, v in totals[y].items()}
                                for y in (2023, 2022)}
    cell = f"{'CD'[year == 2022]}{list(COUNTS).index(ind) + 2}"
    assert _errors(docs) == ({("汇总", "cross_sheet", cell)} if off else set())


def test_figures_that_look_like_years_under_a_header_of_years_are_figures() -> None:
    # found by the property test above: 年末人口 1990 | 2000 under 2023年 | 2022年 was taken for a second row of years,
    # and the summary sheet was not read
    def fill(ws: Worksheet) -> None:
        ws.title = "河口县"
        ws.append(["指标", "计量单位", "2023年", "2022年"])
        ws.append(["年末人口", "人", 1990, 2000])
        ws.append(["出生人数", "人", 21, 23])
        ws.append(["死亡人数", "人", 12, 11])

    with _workbook(fill) as docs:
        assert _values(docs[0]) == {("河口县", "2023"): {"population_end": 1990, "births": 21, "deaths": 12},
                                    ("河口县", "2022"): {"population_end": 2000, "births": 23, "deaths": 11}}


@given(st.lists(_towns(), min_size=2, max_size=6), st.data())
@SETTINGS
def test_a_half_year_sheet_is_the_sum_of_its_month_sheets(months: list[dict[str, Figures]], data: st.DataObject) -> None:
    # 131: sheets 1月 … 6月 and 上半年, a row per village: 上半年's births and deaths are the sums of the villages'
    # month figures (its year-end population is no sum); one 上半年 figure off by `off` is the one error, on its cell
    months = (months * 6)[:6]
    names = sorted(set.intersection(*(set(m) for m in months)))
    assume(names)
    town, ind = data.draw(st.sampled_from(names)), data.draw(st.sampled_from(["births", "deaths"]))
    off = data.draw(st.sampled_from([0, 1, -2]))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for k, m in enumerate(months, 1):
        ws = wb.create_sheet(f"{k}月")
        ws.append(["村名", *COUNTS.values()])
        for name in names:
            ws.append([name, *m[name].values()])
    half = wb.create_sheet("上半年")
    half.append(["村名", *COUNTS.values()])
    for name in names:
        half.append([name, months[-1][name]["population_end"], *(sum(m[name][k] for m in months) + off * (
            name == town and k == ind) for k in ("births", "deaths"))])
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "months.xlsx")
        docs = read_table(Path(tmp) / "months.xlsx")
    cell = f"{'BCD'[list(COUNTS).index(ind)]}{names.index(town) + 2}"
    assert _errors(docs) == ({("上半年", "totals", cell)} if off else set())


@given(st.lists(town_figures(1), min_size=2, max_size=4), st.lists(town_figures(1), min_size=2, max_size=4),
       town_figures(1), st.data())
@SETTINGS
def test_a_total_the_notes_say_holds_an_unlisted_unit_still_has_its_subtotals_checked(
        districts: list[Figures], counties: list[Figures], zone: Figures, data: st.DataObject) -> None:
    # 136: 全市 over 市辖区 and 县（市）, each over its indented members, and 注：全市包括高新区（未单列）: 全市 is no sum
    # (the zone's figures are in it); a subtotal off by `off` in one column is the one error
    off, ind = data.draw(st.sampled_from([0, 1, 50])), data.draw(st.sampled_from(list(COUNTS)))
    groups = {"市辖区": districts, "县（市）": counties}

    def fill(ws: Worksheet) -> None:
        ws.append(["地区", *COUNTS.values()])
        ws.append(["全市", *_sum([*districts, *counties, zone]).values()])
        for head, members in groups.items():
            ws.append([head, *(v + off * (head == "县（市）" and k == ind) for k, v in _sum(members).items())])
            for j, f in enumerate(members):
                ws.append([f"　　{head[0]}{'甲乙丙丁'[j]}区", *f.values()])
        ws.append(["注：全市合计数包括高新区（托管区，未单列），故全市不等于市辖区与县（市）之和。"])

    with _workbook(fill) as docs:
        row = 3 + len(districts) + 1
        assert _errors(docs) == ({(docs[0].sheet, "totals", f"{'BCD'[list(COUNTS).index(ind)]}{row}")} if off else set())


@given(_towns(), _towns(), st.sampled_from(["时期", "", "期别"]))
@SETTINGS
def test_rows_of_this_year_and_last_year_under_a_merged_unit_are_its_periods(this: dict[str, Figures],
                                                                           last: dict[str, Figures], head: str) -> None:
    # 140: 单位 merged over two rows, 本年 | 上年 in a column (headed 时期, or not at all): each unit's two periods,
    # the title's year and the year before; a unit whose 上年 row says 未上报 has no figure for it, and no error
    names = sorted(set(this) & set(last))
    assume(names)

    def fill(ws: Worksheet) -> None:
        ws.append(["各乡镇2023年出生死亡情况"])
        ws.append(["单位", head, *COUNTS.values()])
        for name in names:
            ws.append([name, "本年", *this[name].values()])
            ws.append([None, "上年", *(["未上报"] if name == names[0] else last[name].values())])
            ws.merge_cells(start_row=ws.max_row - 1, start_column=1, end_row=ws.max_row, end_column=1)

    with _workbook(fill) as (doc,):
        assert _values(doc) == {**{(n, "full-year"): this[n] for n in names},
                                **{(n, "上年同期"): last[n] for n in names[1:]}, (names[0], "上年同期"): {}}
        assert _errors([doc]) == set()


@given(st.lists(st.tuples(st.integers(1, 300), st.integers(1, 300)), min_size=2, max_size=5), st.booleans())
@SETTINGS
def test_sex_columns_under_a_births_title_are_the_births(pairs: list[tuple[int, int]], births: bool) -> None:
    # 141: 合计 over 男 | 女 | 性别比 (beside parity groups not in the catalog): the births' when the title says 出生人口
    # 性别比, the population's when it names no births
    def fill(ws: Worksheet) -> None:
        ws.append(["2023年各乡镇" + ("出生人口性别比" if births else "人口性别构成")])
        ws.append(["乡镇", "合计", None, None])
        ws.append([None, "男", "女", "性别比"])
        for k, (m, f) in enumerate(pairs):
            ws.append([NAMES[k], m, f, round(m / f * 100, 2)])
        ws.merge_cells("B2:D2")

    ids = ["births_male", "births_female", "sex_ratio_at_birth"] if births else \
        ["population_male", "population_female", "population_sex_ratio"]
    with _workbook(fill) as (doc,):
        assert _values(doc) == {(NAMES[k], "full-year"): dict(zip(ids, (m, f, round(m / f * 100, 2))))
                                for k, (m, f) in enumerate(pairs)}


@given(_towns(), st.data())
@SETTINGS
def test_a_three_level_header_reads_each_parity_and_its_planned_part(towns: dict[str, Figures],
                                                                    data: st.DataObject) -> None:
    # 137: 出生人数 over 总计 | 一孩 | 二孩 over 合计 | 其中政策内: births, planned births, each parity and its planned part
    figs = {n: data.draw(st.lists(st.integers(0, 200), min_size=6, max_size=6)) for n in towns}

    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "出生人数", None, None, None, None, None])
        ws.append([None, "总计", None, "一孩", None, "二孩", None])
        ws.append([None, "合计", "其中政策内", "合计", "其中政策内", "合计", "其中政策内"])
        for n, f in figs.items():
            ws.append([n, *f])
        for rng in ("B1:G1", "B2:C2", "D2:E2", "F2:G2"):
            ws.merge_cells(rng)

    ids = ["births", "births_planned", "births_first", "births_first_planned", "births_second", "births_second_planned"]
    with _workbook(fill) as (doc,):
        assert _values(doc) == {(n, None): dict(zip(ids, map(float, f))) for n, f in figs.items()}


@given(_towns(least=3), st.data())
@SETTINGS
def test_a_pdf_table_keeps_wrapped_names_whole_and_reads_on_after_its_continued_title(towns: dict[str, Figures],
                                                                                    data: st.DataObject) -> None:
    # 143: a long name wrapped into the next row (新城经济技术开发区 / 管委会), and after a page break the title again
    # (表3-2 续表) with the header repeated: one table, the wrapped name one unit, no record of the title
    names = list(towns)
    cut = data.draw(st.integers(1, len(names) - 1))
    long_name = "新城经济技术开发区管委会"

    def fill(ws: Worksheet) -> None:
        ws.append(["表3-2  各乡镇人口出生、死亡情况"])
        ws.append(["乡镇名称", *COUNTS.values()])
        for k, name in enumerate(names):
            if k == cut:
                ws.append(["表3-2  续表"])
                ws.append(["乡镇名称", *COUNTS.values()])
            ws.append([long_name[:9] if k == 0 else name, *towns[name].values()])
            if k == 0:
                ws.append(["管委会"])
        ws.append(["合计", *_sum(list(towns.values())).values()])

    with _workbook(fill) as (doc,):
        assert [r.unit for r in doc.records] == [long_name, *names[1:], "合计"]
        assert _errors([doc]) == set()


@given(st.lists(st.integers(0, 60), min_size=12, max_size=12), st.booleans())
@SETTINGS
def test_months_across_under_a_title_naming_the_count_are_that_count_month_by_month(months: list[int],
                                                                                   blank: bool) -> None:
    # 146: 乡镇 | 1月 … 12月 | 全年 under 2024年1—12月各乡镇出生人数统计表: births each month, the year their sum (a
    # month left blank: no figure, and the year not held against the eleven)
    row = [None if blank and k == 6 else m for k, m in enumerate(months)]

    def fill(ws: Worksheet) -> None:
        ws.append(["2024年1—12月各乡镇出生人数统计表"])
        ws.append(["乡镇", *(f"{k}月" for k in range(1, 13)), "全年"])
        ws.append(["城关镇", *row, sum(months)])

    with _workbook(fill) as (doc,):
        got = _values(doc)
        assert got[("城关镇", "full-year")] == {"births": sum(months)}
        assert [got.get(("城关镇", f"month: {k}月"), {}).get("births") for k in range(1, 13)] == row
        assert _errors([doc]) == set()


@given(_towns(), st.data())
@SETTINGS
def test_an_english_yearbook_header_reads_births_by_sex_after_births(towns: dict[str, Figures],
                                                                    data: st.DataObject) -> None:
    # 148: Region | Population at year-end | Births | Male | Female | Deaths, names "Chengguan 城关镇": the Chinese name
    # is the unit, Male | Female right after Births are the births by sex (not the population's)
    boys = {n: data.draw(st.integers(0, f["births"])) for n, f in towns.items()}

    def fill(ws: Worksheet) -> None:
        ws.append(["Region", "Population at year-end", "Births", "Male", "Female", "Deaths"])
        for n, f in towns.items():
            ws.append([f"Pinyin {n}", f["population_end"], f["births"], boys[n], f["births"] - boys[n], f["deaths"]])

    with _workbook(fill) as (doc,):
        assert _values(doc) == {(n, None): {"population_end": f["population_end"], "births": f["births"],
                                            "births_male": boys[n], "births_female": f["births"] - boys[n],
                                            "deaths": f["deaths"]} for n, f in towns.items()}


@given(_towns(), st.data())
@SETTINGS
def test_a_summary_restating_forms_of_one_place_each_is_checked_against_them(towns: dict[str, Figures],
                                                                           data: st.DataObject) -> None:
    # 153: a sheet per township, each a form (指标 | 计量单位 | 2023年, indicators down), and 汇总 with a row per
    # township: a 汇总 figure that is not its sheet's is the one cross-sheet error, on the 汇总's cell
    town, ind = data.draw(st.sampled_from(list(towns))), data.draw(st.sampled_from(list(COUNTS)))
    off = data.draw(st.sampled_from([0, 1, 100]))
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "汇总"
    summary.append(["乡镇", *COUNTS.values()])
    for name, f in towns.items():
        summary.append([name, *(v + off * (name == town and k == ind) for k, v in f.items())])
    summary.append(["合计", *(v + off * (k == ind) for k, v in _sum(list(towns.values())).items())])
    for name, f in towns.items():
        ws = wb.create_sheet(name)
        ws.append([f"{name}2023年人口变动情况"])
        ws.append(["指标", "计量单位", "2023年"])
        for k, label in COUNTS.items():
            ws.append([label, "人", f[k]])
    with tempfile.TemporaryDirectory() as tmp:
        wb.save(Path(tmp) / "forms.xlsx")
        docs = read_table(Path(tmp) / "forms.xlsx")
    cell = f"{'BCD'[list(COUNTS).index(ind)]}{list(towns).index(town) + 2}"
    assert _errors(docs) == ({("汇总", "cross_sheet", cell)} if off else set())
    # the form's figure is its own, no totals row's: 与工作表“城关镇”（C4）的 …
    messages = [f.message for f in docs[0].all_findings() if f.rule == "cross_sheet"]
    assert all(f"“{town}”（C" in m and "合计行" not in m for m in messages) and len(messages) == (off > 0)


@given(st.lists(st.integers(100_000, 900_000).map(lambda p: p // 100 * 100), min_size=2, max_size=6, unique=True))
@SETTINGS
def test_a_form_of_years_takes_its_place_from_the_title_and_its_units_from_the_labels(pops: list[int]) -> None:
    # 154: 表2-1　青溪县主要人口指标 over 指标 | 2000 | 2005 …, 年末总人口(万人) down the rows: 青溪县's, in persons
    years = [2000 + 5 * k for k in range(len(pops))]

    def fill(ws: Worksheet) -> None:
        ws.title = "表2-1"
        ws.append(["表2-1  青溪县主要人口指标"])
        ws.append(["指  标", *years])
        ws.append(["年末总人口(万人)", *(p / 10_000 for p in pops)])
        ws.append(["出生人数(人)", *(p // 100 for p in pops)])
        ws.append(["死亡人数(人)", *(p // 150 for p in pops)])

    with _workbook(fill) as (doc,):
        assert _values(doc) == {("青溪县", str(y)): {"population_end": float(p), "births": float(p // 100),
                                                    "deaths": float(p // 150)} for y, p in zip(years, pops)}


@given(_towns(least=3), st.data())
@SETTINGS
def test_a_breakdown_under_the_notes_is_checked_against_the_total(towns: dict[str, Figures],
                                                                  data: st.DataObject) -> None:
    # 53: 总计, 注 lines, then 其中：城区 / 　农村 splitting the towns: the total's breakdown (off: 农村 one too many)
    split = data.draw(st.integers(1, len(towns) - 1))
    off = data.draw(st.sampled_from([0, 1]))
    urban, rural = _sum(list(towns.values())[:split]), _sum(list(towns.values())[split:])

    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", *COUNTS.values()])
        for name, f in towns.items():
            ws.append([name, *f.values()])
        ws.append(["总计", *_sum(list(towns.values())).values()])
        ws.append(["注：1.各乡镇按户籍统计。"])
        ws.append(["　　2.括号内数字为负数。"])
        ws.append([f"其中：城区（{split}个乡镇）", *urban.values()])
        ws.append(["　　农村", *(v + (k == "births" and off) for k, v in rural.items())])

    with _workbook(fill) as docs:
        assert [r.unit for r in docs[0].records][-3:] == ["城区", "农村", "合计"]
        assert _errors(docs) == ({(docs[0].sheet, "totals", f"C{len(towns) + 2}")} if off else set())


@given(_towns(), _towns(), st.sampled_from([("2024年第三季度", 9), ("2024年1—6月", 6)]))
@SETTINGS
def test_this_quarter_and_the_year_to_date_side_by_side(quarter: dict[str, Figures], earlier: dict[str, Figures],
                                                        title: tuple[str, int]) -> None:
    # 119: 本季 | 累计 each over the same columns: the quarter the title names (or its month ends) and the months
    # since January, a record each; 累计 = 本季 + the quarters before it
    text, month = title
    quarter_name = "三季度" if month == 9 else "二季度"

    def fill(ws: Worksheet) -> None:
        ws.append([f"清溪县{text}各乡镇出生死亡情况"])
        ws.append(["乡镇", "本季", None, None, "累计", None, None])
        ws.append([None, *COUNTS.values(), *COUNTS.values()])
        for name, f in quarter.items():
            to_date = {k: v + earlier.get(name, f)[k] for k, v in f.items()}
            ws.append([name, *f.values(), *to_date.values()])

    with _workbook(fill) as (doc,):
        got = _values(doc)
    for name, f in quarter.items():
        assert got[(name, f"quarter: {quarter_name}")] == f
        assert got[(name, "half-year" if month == 6 else f"to-date: {month}月")] == {
            k: v + earlier.get(name, f)[k] for k, v in f.items()}


@given(_towns(), st.data())
@SETTINGS
def test_a_change_row_under_each_unit_is_no_record(towns: dict[str, Figures], data: st.DataObject) -> None:
    # 123: 2023年 | 2022年 | 增减（%） rows under each township's merged name: two records, the change row none
    last = {n: data.draw(town_figures(1)) for n in towns}

    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "年份", *COUNTS.values()])
        for name, f in towns.items():
            ws.append([name, "2023年", *f.values()])
            ws.append([None, "2022年", *last[name].values()])
            ws.append([None, "增减（%）", *(round(100 * (f[k] - last[name][k]) / last[name][k], 1) for k in f)])
            ws.merge_cells(start_row=ws.max_row - 2, start_column=1, end_row=ws.max_row, end_column=1)

    with _workbook(fill) as (doc,):
        assert _values(doc) == {**{(n, "2023"): f for n, f in towns.items()}, **{(n, "2022"): f for n, f in last.items()}}
        assert _errors([doc]) == set()


@given(st.lists(st.integers(2, 400), min_size=12, max_size=12), st.permutations(NAMES[:3]), st.data())
@SETTINGS
def test_a_four_surgeries_sheet_with_a_totals_group_checks_each_row_across(counts: list[int], names: list[str],
                                                                          data: st.DataObject) -> None:
    # 158: 结扎 | 上环 | 人流 | 合计, each over 任务 | 完成 | 完成率, on a sheet about 四术: the 合计 group is the
    # operations' task, count and rate, so a row's 合计 完成 must hold its kinds (off: one too few; with 引产
    # not in the table the kinds may fall short of it, not exceed it)
    kinds = ["结扎", "上环", "人流"]
    off = data.draw(st.sampled_from([0, 1]))
    rows = {name: [(counts[4 * i + j] + 5, counts[4 * i + j]) for j in range(3)] for i, name in enumerate(names)}

    def fill(ws: Worksheet) -> None:
        ws.title = "四术"
        ws.append(["2024年各乡镇计划生育四术完成情况"])
        ws.append(["乡镇", *(k for kind in [*kinds, "合计"] for k in (kind, None, None))])
        ws.append([None, *["任务", "完成", "完成率"] * 4])
        for i, (name, ops) in enumerate(rows.items()):
            task, done = sum(t for t, _ in ops), sum(d for _, d in ops) - (off and i == 0)
            ws.append([name, *(x for t, d in [*ops, (task, done)] for x in (t, d, round(100 * d / t, 2)))])

    with _workbook(fill) as (doc,):
        first = doc.records[0].values
        assert (first["surgeries_target"].number, first["sterilizations"].number) == (
            sum(t for t, _ in rows[names[0]]), rows[names[0]][0][1])
        assert _errors([doc]) == ({(doc.sheet, "surgeries_by_kind", "L4")} if off else set())


@given(_towns(), st.booleans())
@SETTINGS
def test_methods_beside_the_women_using_contraception_are_no_operations(towns: dict[str, Figures],
                                                                        operations: bool) -> None:
    # 157: 落实节育措施 | 男扎 | 女扎 | 上环 | 皮埋 counts the women by the method in use, not the year's operations
    # (no indicator of them); beside a 四术 column they are that year's operations, read and summed
    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "已婚育龄妇女", "落实节育措施", "结扎", "上环", "皮埋", *(["四术"] if operations else [])])
        for name, f in towns.items():
            women = f["population_end"] // 5
            tied, ring, implant = women // 10, women // 3, women // 50
            ws.append([name, women, tied + ring + implant, tied, ring, implant,
                       *([tied + ring] if operations else [])])

    with _workbook(fill) as (doc,):
        read = set(doc.records[0].values)
    assert {"married_women", "contraception_users"} <= read
    assert ({"sterilizations", "iud_insertions"} <= read) == operations


@given(_towns(), st.sampled_from(["一季度", "二季度", "三季度", "四季度"]))
@SETTINGS
def test_a_sheet_titled_with_one_quarter_holds_that_quarters_figures(towns: dict[str, Figures], quarter: str) -> None:
    # 163: 永和县2024年二季度出生人口…统计表 on a sheet 二季度: the quarter's records (not 1—6月, not no period)
    def fill(ws: Worksheet) -> None:
        ws.title = quarter
        ws.append([f"永和县2024年{quarter}出生人口孩次及政策符合情况统计表"])
        ws.append(["乡镇", *COUNTS.values()])
        for name, f in towns.items():
            ws.append([name, *f.values()])

    with _workbook(fill) as (doc,):
        assert _values(doc) == {(name, f"quarter: {quarter}"): f for name, f in towns.items()}


@given(_towns(), st.data())
@SETTINGS
def test_sub_headers_that_repeat_their_headings_word_are_read_alone(towns: dict[str, Figures],
                                                                    data: st.DataObject) -> None:
    # 164: 节育措施 over 落实节育措施 | 综合节育率（%）: the heading names a topic (节育措施 alone would be the measures
    # taken, 例), the sub-headers name the women using contraception and their rate in full
    women = {n: f["population_end"] // 5 for n, f in towns.items()}
    users = {n: w - data.draw(st.integers(0, w // 4)) for n, w in women.items()}

    def fill(ws: Worksheet) -> None:
        ws.append(["村（居）", "已婚育龄妇女", "节育措施", None])
        ws.append([None, None, "落实节育措施", "综合节育率（%）"])
        for n in towns:
            ws.append([n, women[n], users[n], round(100 * users[n] / women[n], 2)])

    with _workbook(fill) as (doc,):
        got = _values(doc)
        assert {n: got[(n, None)]["contraception_users"] for n in towns} == users
        assert _errors([doc]) == set()


@given(_towns(), st.booleans())
@SETTINGS
def test_a_sex_column_beside_a_rate_headed_a_row_higher_groups_nothing(towns: dict[str, Figures],
                                                                       english: bool) -> None:
    # 166: 年末户籍人口 over 合计 | 男 | 女 (Total | Male | Female below), then 性别比 headed a row higher with its English
    # under it: 女 spans no column to its right; 165: 出生数 | 出生男 | 出生女 | 性别比 is the births' ratio
    def fill(ws: Worksheet) -> None:
        ws.append(["地区", "年末户籍人口（人）", None, None, "性别比（女=100）"])
        ws.append([None, "合计", "男", "女", None])
        if english:
            ws.append([None, "Total", "Male", "Female", "Sex Ratio (Female=100)"])
        for n, f in towns.items():
            men = f["population_end"] // 2 + 7
            women = f["population_end"] - men
            ws.append([n, f["population_end"], men, women, round(100 * men / women, 2)])

    with _workbook(fill) as (doc,):
        first = next(iter(_values(doc).values()))
        assert set(first) == {"population_end", "population_male", "population_female", "population_sex_ratio"}

    def births(ws: Worksheet) -> None:
        ws.append(["单位名称", "出生数", "出生男", "出生女", "性别比"])
        for n, f in towns.items():
            ws.append([n, 2 * f["births"] + 1, f["births"] + 1, f["births"], round(100 * (f["births"] + 1) / f["births"], 2)])

    with _workbook(births) as (doc,):
        assert "sex_ratio_at_birth" in next(iter(_values(doc).values()))


@given(st.lists(town_figures(1), min_size=5, max_size=12), st.integers(2, 4), st.sampled_from([0, 1]))
@SETTINGS
def test_a_table_printed_over_pages_with_its_title_and_header_again_is_one_table(
        figures: list[Figures], per_page: int, off: int) -> None:
    # 168: title, 填报单位 line and header pasted again over every page, 第 N 页 under each, 合计 only at the end:
    # one table, the 合计 checked against every unit (off: one birth too many in it)
    names = [f"{c}村" for c in "甲乙丙丁戊己庚辛壬癸子丑"][:len(figures)]
    head = [["城关街道2024年各村出生死亡情况"], ["填报单位：城关街道计生办"], ["村（居）", *COUNTS.values()]]

    def fill(ws: Worksheet) -> None:
        for k, (name, f) in enumerate(zip(names, figures)):
            if k % per_page == 0:
                if k:
                    ws.append([f"第 {k // per_page} 页，共 {len(figures) // per_page + 1} 页"])
                    ws.append([])
                for row in head:
                    ws.append(row)
            ws.append([name, *f.values()])
        ws.append(["合计", *(v + off * (k == "births") for k, v in _sum(figures).items())])

    with _workbook(fill) as docs:
        assert len(docs) == 1 and [r.unit for r in docs[0].records] == [*names, "合计"]
        assert {(rule, cell[0]) for _, rule, cell in _errors(docs)} == ({("totals", "C")} if off else set())


@given(_towns())
@SETTINGS
def test_parity_columns_after_the_childless_women_count_women(towns: dict[str, Figures]) -> None:
    # 168: 已婚育龄妇女 | 无孩 | 一孩 | 二孩 | 三孩及以上 in one header row: women by children, not births
    def fill(ws: Worksheet) -> None:
        ws.append(["村（居）", "已婚育龄妇女", "无孩", "一孩", "二孩", "三孩及以上"])
        for n, f in towns.items():
            w = f["population_end"] // 5
            ws.append([n, w, w // 10, w // 3, w - w // 10 - w // 3 - w // 20, w // 20])

    with _workbook(fill) as (doc,):
        assert set(next(iter(_values(doc).values()))) == {
            "married_women", "married_women_childless", "married_women_one_child", "married_women_two_children",
            "married_women_three_plus"}
        assert _errors([doc]) == set()


@given(st.lists(_towns(least=2), min_size=2, max_size=3), st.data())
@SETTINGS
def test_numbered_section_headings_are_no_units_and_a_missing_figure_leaves_the_subtotals_to_tell(
        groups: list[dict[str, Figures]], data: st.DataObject) -> None:
    # 167: 一、东片管区 / 二、西片管区 headings over their villages and 小计 rows; one village prints — for its
    # births, so the 合计 is told against the 小计 rows (off: one too many in it)
    off = data.draw(st.sampled_from([0, 1]))
    marks = "一二三"

    def fill(ws: Worksheet) -> None:
        ws.append(["村别", *COUNTS.values()])
        for g, towns in enumerate(groups):
            ws.append([f"{marks[g]}、第{marks[g]}片"])
            for k, (n, f) in enumerate(towns.items()):
                ws.append([f"{marks[g]}{n}", *("—" if g == 0 and k == 0 and key == "births" else v
                                                for key, v in f.items())])
            ws.append([f"第{marks[g]}片小计", *_sum(list(towns.values())).values()])
        totals = _sum([f for towns in groups for f in towns.values()])
        ws.append(["合计", *(v + off * (k == "births") for k, v in totals.items())])

    with _workbook(fill) as docs:
        assert not any(r.unit and r.unit.startswith(tuple(marks)) and "、" in r.unit and r.values
                       for r in docs[0].records)
        assert {rule for _, rule, _ in _errors(docs)} == ({"totals"} if off else set())


@given(_towns(), st.sampled_from(["按性别分", "按孩次分", "分性别"]))
@SETTINGS
def test_a_level_saying_how_a_group_breaks_down_names_nothing(towns: dict[str, Figures], how: str) -> None:
    # 174: 出生人数 over 合计 | 按孩次分 (一孩 | 二孩) | 按性别分 (男 | 女): the boys and girls born, not the population
    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "出生人数", None, None])
        ws.append([None, "合计", how, None])
        ws.append([None, None, "男", "女"])
        for n, f in towns.items():
            ws.append([n, f["births"] + 1, f["births"] // 2 + 1, f["births"] - f["births"] // 2])
        ws.merge_cells(start_row=1, start_column=2, end_row=1, end_column=4)
        ws.merge_cells(start_row=2, start_column=3, end_row=2, end_column=4)

    with _workbook(fill) as (doc,):
        assert set(next(iter(_values(doc).values()))) == {"births", "births_male", "births_female"}
        assert _errors([doc]) == set()


@given(st.lists(st.integers(20_000, 90_000), min_size=2, max_size=4), st.integers(3, 5), st.data())
@SETTINGS
def test_sheets_of_one_indicator_each_are_joined_by_unit_and_year(pops: list[int], years: int,
                                                                 data: st.DataObject) -> None:
    # 175: 年末人口 (2018 …), 出生人数 and 出生率 (2019 …) each on its own sheet: a rate is checked against the counts on
    # the others, its year's start being the year before's end (off: one rate 0.5‰ high, at its own cell)
    names = NAMES[:len(pops)]
    span = list(range(2019, 2019 + years))
    ends = {n: {y: p + 37 * (y - 2018) * (k + 1) for y in [2018, *span]} for k, (n, p) in enumerate(zip(names, pops))}
    births = {n: {y: ends[n][y] // 100 + y % 7 for y in span} for n in names}
    off = data.draw(st.sampled_from([None, *((n, y) for n in names for y in span)]))

    def rate(n: str, y: int) -> float:
        exact = 1000 * births[n][y] / ((ends[n][y - 1] + ends[n][y]) / 2)
        return round(exact + (0.5 if off == (n, y) else 0), 2)

    def sheet(ws: Worksheet, title: str, cols: list[int], value: Callable[[str, int], object]) -> None:
        ws.title = title
        ws.append(["乡镇", *(f"{y}年" for y in cols)])
        for n in names:
            ws.append([n, *(value(n, y) for y in cols)])

    def fill(ws: Worksheet) -> None:
        sheet(ws, "年末人口", [2018, *span], lambda n, y: ends[n][y])
        sheet(ws.parent.create_sheet(), "出生人数", span, lambda n, y: births[n][y])
        sheet(ws.parent.create_sheet(), "出生率", span, rate)

    with _workbook(fill) as docs:
        assert [d.sheet for d in docs][-1] == "年末人口、出生人数、出生率（合并）"
        assert {rule for _, rule, _ in _errors(docs)} <= {"birth_rate_from_counts"}  # (checks every document)
        got = {(f.location.sheet, f.location.cell) for d in docs for f in d.all_findings()
               if f.severity == "error" and f.rule == "birth_rate_from_counts"}
        expected = set() if off is None else {
            ("出生率", f"{'BCDEF'[span.index(off[1])]}{names.index(off[0]) + 2}")}
        assert got == expected
        assert all(len(d.all_findings()) == 0 for d in docs[:-1])  # (each sheet alone: nothing to say)


@given(_towns(), st.sampled_from([0, 1]))
@example({"城关镇": {"population_end": 2025, "births": 1, "deaths": 1},  # (a population beside the year 2024 in long form
          "东河乡": {"population_end": 1000, "births": 1, "deaths": 1}}, 0)  # reads as a year: a fresh clone's draw)
@SETTINGS
def test_a_pivot_export_and_the_same_figures_in_long_form(towns: dict[str, Figures], off: int) -> None:
    # 185: 年份 | 2024 (a report filter), 行标签 | 求和项:出生人数 …, 总计; 186: 单位 | 指标 | 年份 | 数值 | 计量单位, a
    # row per figure: the same records either way, the total checked (off: one too many births in it)
    total = {k: v + off * (k == "births") for k, v in _sum(list(towns.values())).items()}

    def pivot(ws: Worksheet) -> None:
        ws.append(["年份", "2024"])
        ws.append([])
        ws.append(["行标签", *(f"求和项:{h}" for h in COUNTS.values())])
        for n, f in towns.items():
            ws.append([n, *f.values()])
        ws.append(["总计", *total.values()])

    def long(ws: Worksheet) -> None:
        ws.append(["单位", "指标", "年份", "数值", "计量单位"])
        for n, f in [*towns.items(), ("合计", total)]:
            for k, v in f.items():
                ws.append([n, COUNTS[k], 2024, v, "人"])

    for fill in (pivot, long):
        with _workbook(fill) as docs:
            (doc,) = docs
            assert {u: v for (u, _), v in _values(doc).items()} == {**towns, "合计": total}
            assert {r.period for r in doc.records} <= {"full-year", "2024"}
            assert {rule for _, rule, _ in _errors([doc])} == ({"totals"} if off else set())


@given(_towns(), st.sampled_from([0, 1]), st.booleans())
@SETTINGS
def test_a_direct_report_export_whose_area_row_the_codes_name(towns: dict[str, Figures], off: int, first: bool) -> None:
    # 337: 区划代码 | 区划名称 | 指标代码 | 指标名称 | 计量单位 | 本期数, the county 519930000000 among its towns 519930101000 …
    # (first or last): the unit whose code, trailing zeros dropped, opens every other's is the total, checked
    total = {k: v + off * (k == "births") for k, v in _sum(list(towns.values())).items()}
    rows = [("519930000000", "云台县", total), *((f"5199301{i:02d}000", n, f) for i, (n, f) in enumerate(towns.items(), 1))]

    def fill(ws: Worksheet) -> None:
        ws.append(["区划代码", "区划名称", "指标代码", "指标名称", "计量单位", "本期数"])
        for code, name, figures in (rows if first else [*rows[1:], rows[0]]):
            for i, (k, v) in enumerate(figures.items(), 1):
                ws.append([code, name, f"A{i:02d}", COUNTS[k], "人", v])

    with _workbook(fill) as docs:
        (doc,) = docs
        assert {u: v for (u, _), v in _values(doc).items()} == {**towns, "合计": total}
        assert {rule for _, rule, _ in _errors([doc])} == ({"totals"} if off else set())


@given(_towns(), st.lists(st.sampled_from(["全国", "全省"]), min_size=1, max_size=2, unique=True), st.data())
@SETTINGS
def test_wider_areas_above_the_total_are_for_comparison(towns: dict[str, Figures], wider: list[str],
                                                        data: st.DataObject) -> None:
    # 196: a yearbook prints 全国 and 全省 over its 全市 total: they are records of their own, summed by nothing
    # and checked against nothing but themselves; the 全市 next to the counties is their total
    big = {name: {k: v * 1000 + 7 for k, v in _sum(list(towns.values())).items()} for name in wider}
    off = data.draw(st.booleans())  # a 全市 total one birth off

    def fill(ws: Worksheet) -> None:
        ws.append(["地区", *COUNTS.values()])
        for name in wider:
            ws.append([name, *big[name].values()])
        total = _sum(list(towns.values()))
        ws.append(["全市", total["population_end"], total["births"] + off, total["deaths"]])
        for name, f in towns.items():
            ws.append([name, *f.values()])

    with _workbook(fill) as docs:
        values = _values(docs[0])
        assert all(values[(name, None)] == big[name] for name in wider)
        assert _errors(docs) == ({(docs[0].sheet, "totals", f"C{len(wider) + 2}")} if off else set())


@given(st.dictionaries(st.sampled_from(["城南镇", "石岭乡", "河西镇"]),
                       st.lists(town_figures(1), min_size=2, max_size=4), min_size=2, max_size=3), st.data())
@SETTINGS
def test_a_systems_export_names_county_township_and_village_on_every_row(villages: dict[str, list[Figures]],
                                                                          data: st.DataObject) -> None:
    # 198: 县 | 乡（镇） | 村（居）委会, the county and the township written on every row (no merged cells), a 小计 per
    # township, 合计 last: the villages are the township's, the county column names the table's area, no unit
    wrong = data.draw(st.sampled_from(list(villages)))  # a township whose 小计 misses one birth, or none
    off = data.draw(st.booleans())

    def fill(ws: Worksheet) -> None:
        ws.append(["县（市、区）", "乡（镇）", "村（居）委会", *COUNTS.values()])
        for town, rows in villages.items():
            for k, f in enumerate(rows):
                ws.append(["临川县", town, f"{town[:1]}{'一二三四'[k]}村", *f.values()])
            sub = _sum(rows)
            ws.append(["临川县", town, "小计", sub["population_end"], sub["births"] - (off and town == wrong),
                       sub["deaths"]])
        ws.append(["临川县", "合计", None, *_sum([f for rows in villages.values() for f in rows]).values()])

    with _workbook(fill) as docs:
        values = _values(docs[0])
        for town, rows in villages.items():
            assert all(values[(f"{town}/{town[:1]}{'一二三四'[k]}村", None)] == f for k, f in enumerate(rows))
        sub_row = 1 + sum(len(r) + 1 for t, r in villages.items() if list(villages).index(t)
                          <= list(villages).index(wrong))  # (the wrong township's 小计 row)
        assert {(rule, cell) for _s, rule, cell in _errors(docs) if rule == "totals"} >= (
            {("totals", f"E{sub_row}")} if off else set())
        assert off or not _errors(docs)


def test_a_sheet_of_increase_and_decrease_only_is_balanced_by_them() -> None:
    # 年初 | 本年增加 | 本年减少 | 年末 (no kinds): 城关镇 5210 + 86 − 74 = 5222 holds; 东河乡 3306 + 41 − 52 = 3295 against a
    # printed 3259 (a warning: the balance, as every balance, may differ in 口径)
    def fill(ws: Worksheet) -> None:
        ws.append(["乡镇", "年初人口", "本年增加合计", "本年减少合计", "年末人口"])
        ws.append(["城关镇", 5210, 86, 74, 5222])
        ws.append(["东河乡", 3306, 41, 52, 3259])

    with _workbook(fill) as docs:
        check_document(docs[0], Options(diagnose=False))
        found = {(r.unit, f.rule, f.severity, f.expected) for r, fs in zip(docs[0].records, docs[0].record_findings)
                 for f in fs}
    assert found == {("东河乡", "population_balance_by_totals", "warning", 3295)}


@given(_towns(), _towns(), st.sampled_from(["序号", "片区", "本年上年", "口径"]))
@SETTINGS
def test_units_across_under_any_header_above_or_below_their_names(towns: dict[str, Figures], last: dict[str, Figures],
                                                                   shape: str) -> None:
    # 419–424: indicators down the rows, the units across: after a 序号 column; under 片区 merged over them; each
    # merged over 本年 | 上年 (the title's year and the one before); 户籍人口 | 常住人口 each merged over 合计 and the
    # towns. Each column is a unit's record (the totals column 合计's), its year or caliber its period, else the
    # title's (新田乡2023年…: the full year, as a table of a unit a row reads it; 498)
    names = list(towns)
    other = {n: last.get(n, towns[n]) for n in names}
    periods = {"本年上年": [("2023", towns), ("2022", other)], "口径": [("户籍", towns), ("常住", other)]}.get(
        shape, [("full-year", towns)])

    def column(name: str, figures: dict[str, Figures]) -> Figures:
        return figures[name] if name != "合计" else _sum([figures[n] for n in names])

    columns = [(name, period, column(name, figures)) for period, figures in periods for name in ["合计", *names]] \
        if shape == "口径" else [(name, period, column(name, figures)) for name in ["合计", *names]
                                for period, figures in periods]
    lead = ["序号", "指标", "计量单位"] if shape == "序号" else ["指标", "计量单位"]
    first = len(lead) + 1  # the first value column, 1-based

    def fill(ws: Worksheet) -> None:
        ws.append(["新田乡2023年人口和计划生育情况统计表"])
        if shape == "序号":
            ws.append([*lead, *(name for name, _, _ in columns)])
        else:
            if shape == "片区":  # 合计 merged down, a 片区 merged over each pair of towns
                upper = ["合计", *(f"{'东西南北'[k // 2 % 4]}片区" if k % 2 == 0 else None for k in range(len(names)))]
                lower = [None, *names]
                spans = [(first + 1 + k, min(first + 2 + k, first + len(names))) for k in range(0, len(names), 2)]
            elif shape == "本年上年":  # each name merged over its 本年 | 上年
                upper = [name if period == "2023" else None for name, period, _ in columns]
                lower = ["本年" if period == "2023" else "上年" for _, period, _ in columns]
                spans = [(first + k, first + k + 1) for k in range(0, len(columns), 2)]
            else:  # 户籍人口 | 常住人口, each merged over 合计 and the towns
                upper = [f"{period}人口" if name == "合计" else None for name, period, _ in columns]
                lower = [name for name, _, _ in columns]
                spans = [(first, first + len(names)), (first + len(names) + 1, first + 2 * len(names) + 1)]
            ws.append([*lead, *upper])
            ws.append([None] * len(lead) + lower)
            for c in range(1, len(lead) + 1):
                ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
            if shape == "片区":
                ws.merge_cells(start_row=2, start_column=first, end_row=3, end_column=first)
            for a, b in spans:
                if b > a:
                    ws.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
        for k, (key, label) in enumerate(COUNTS.items()):
            ws.append([*([k + 1] if shape == "序号" else []), label, "人", *(f[key] for _, _, f in columns)])

    with _workbook(fill) as (doc,):
        assert _values(doc) == {(name, period): dict(f) for name, period, f in columns}
        assert _errors([doc]) == set()


def _subtotal_book(path: Path, rows: list[list[object]], hidden: set[int], formula: str) -> list[Document]:
    """A sheet of ``rows`` (the last the 合计) with the rows ``hidden`` (0-based data rows) hidden and the 合计's
    cells the formula ``formula`` (SUBTOTAL(109,…) or SUM) over the rows above with their typed values as its
    cached values — as Excel saves them (openpyxl alone writes a formula without its value)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for k in hidden:
        ws.row_dimensions[k + 2].hidden = True
    wb.save(path)
    last = len(rows)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(rf'(<c r="([B-D]){last}"[^>]*>)(<v>)',
                   lambda m: f"{m.group(1)}<f>{formula}({m.group(2)}2:{m.group(2)}{last - 1})</f>{m.group(3)}", sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return read_table(path)


@given(_towns(least=3), st.data())
@SETTINGS
def test_a_subtotal_of_the_rows_shown_leaves_out_the_hidden_ones(towns: dict[str, Figures], data: st.DataObject) -> None:
    # 431 / 433: a 合计 of SUBTOTAL(109,…) (or SUBTOTAL(9,…) under a filter) is what Excel saves, the rows shown: no
    # error, a note naming the hidden ones; a SUM over them (432), or a typed 合计 (55), counts them, and one that
    # leaves them out is an error in every column; a SUBTOTAL that is neither sum is an error on its cell
    names = list(towns)
    hide = data.draw(st.sets(st.integers(0, len(names) - 1), min_size=1, max_size=len(names) - 2))
    shown = _sum([towns[n] for k, n in enumerate(names) if k not in hide])
    whole = _sum(list(towns.values()))
    assume(shown != whole and all(shown[k] != whole[k] for k in COUNTS))  # (hidden rows of nought: the sums alike)
    body = [["地区", *COUNTS.values()], *([n, *towns[n].values()] for n in names)]
    with tempfile.TemporaryDirectory() as tmp:
        (doc,) = _subtotal_book(Path(tmp) / "a.xlsx", [*body, ["合计", *shown.values()]], hide, "SUBTOTAL(109,")
        assert _errors([doc]) == set() and any(f.rule == "totals_hidden_rows" for f in doc.findings)
        (doc,) = _subtotal_book(Path(tmp) / "b.xlsx", [*body, ["合计", *whole.values()]], hide, "SUM(")
        assert _errors([doc]) == set() and not any(f.rule == "totals_hidden_rows" for f in doc.findings)
        (doc,) = _subtotal_book(Path(tmp) / "c.xlsx", [*body, ["合计", *shown.values()]], hide, "SUM(")
        assert _errors([doc]) == {("Sheet", "totals", f"{c}{len(names) + 2}") for c in "BCD"}
        wrong = [shown["population_end"] + 10, shown["births"], shown["deaths"]]
        (doc,) = _subtotal_book(Path(tmp) / "d.xlsx", [*body, ["合计", *wrong]], hide, "SUBTOTAL(109,")
        assert _errors([doc]) == {("Sheet", "totals", f"B{len(names) + 2}")}


@given(_towns(least=5), st.sampled_from(["年末人口", "年初人口"]), st.data())
@SETTINGS
def test_rates_all_on_one_other_base_are_the_sheets_convention(towns: dict[str, Figures], base: str,
                                                               data: st.DataObject) -> None:
    # 437 / 438: every 出生率 on the year-end (or year-start) population, as the 注 says: the sheet's base, no error on
    # any row, a note; a rate that misses that base too is an error on its cell
    names = list(towns)
    starts = {n: towns[n]["population_end"] + data.draw(st.integers(-300, 300).filter(bool)) for n in names}

    def rate(n: str) -> float:
        pop = towns[n]["population_end"] if base == "年末人口" else starts[n]
        return round(towns[n]["births"] * 1000 / pop, 2)

    mean = {n: round(towns[n]["births"] * 2000 / (starts[n] + towns[n]["population_end"]), 2) for n in names}
    wrong = data.draw(st.sampled_from(names))
    # (a base that tells, on three rows at least besides the wrong one)
    assume(sum(abs(rate(n) - mean[n]) > 0.015 for n in names if n != wrong) >= 3)

    def fill(ws: Worksheet, off: float = 0.0) -> None:
        ws.append(["地区", "年初人口", "年末人口", "出生人数", "出生率"])
        for n in names:
            ws.append([n, starts[n], towns[n]["population_end"], towns[n]["births"], rate(n) + (off if n == wrong else 0)])
            ws.cell(ws.max_row, 5).number_format = "0.00"  # (printed to two decimals, as a clerk's sheet shows them)
        ws.append([f"注：出生率按{base}计算。"])

    with _workbook(fill) as (doc,):
        assert _errors([doc]) == set() and any(f.rule == "sheet_base" for f in doc.findings)
    with _workbook(lambda ws: fill(ws, off=1.5)) as docs:
        assert _errors(docs) == {("Sheet", "birth_rate_from_counts", f"E{names.index(wrong) + 2}")}


def test_shares_of_one_under_a_percent_header_and_a_ratio_per_hundred_boys() -> None:
    # 441: 综合节育率（%） over 0.8961 in General cells is 89.61 %; 440: 性别比（男=100） is girls per hundred boys, no
    # catalog ratio (it had been read as the population's sex ratio, with range warnings)
    def fill(ws: Worksheet) -> None:
        ws.append(["村名", "已婚育龄妇女", "落实节育措施人数", "综合节育率（%）", "出生人数", "男", "女", "性别比（男=100）"])
        ws.append(["柳溪村", 462, 414, 0.8961, 19, 10, 9, 90.0])
        ws.append(["河东村", 398, 352, 0.8844, 13, 7, 6, 85.71])

    with _workbook(fill) as (doc,):
        assert [r.values["contraceptive_rate"].number for r in doc.records] == [89.61, 88.44]
        assert not any("sex_ratio" in k for r in doc.records for k in r.values)
        assert _errors([doc]) == set()
