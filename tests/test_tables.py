"""Tables → records: real yearbook/census tables and synthetic workbooks built here."""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from openpyxl.styles import Alignment

from fpcheck.model import InputError
from fpcheck.sheets import load_grids
from fpcheck.cells import format_number, parse_text_number
from fpcheck.tables import load_mapping_file, read_table
from helpers import ods_workbook

FIX = Path(__file__).parent / "fixtures" / "tables"
T21 = "yb2023_t2-1_province_birth_death_natural_rates_2022"
T17 = "yb2023_t1-7_province_birth_death_natural_rates_1990_2022"
CENSUS = FIX / "census2020_province_households_population_sex.csv"
T240 = FIX / "yb2023_t2-40_births_by_mother_age_and_order_national.csv"


def by_unit(doc, period=None):
    return {(r.unit if period is None else (r.unit, r.period)): r for r in doc.records}


def rules(doc):
    return [f.rule for f in doc.findings]


# ============================================================================================ real tables


def _csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_yearbook_2_1(ext):
    (doc,) = read_table(FIX / f"{T21}.{ext}")
    units = [r.unit for r in doc.records]
    assert len(units) == 32 and units[-1] == "合计" and units.count("合计") == 1
    assert "北京" in units and "新疆" in units and "西藏" in units
    bj = by_unit(doc)["北京"]
    # hand-read from the CSV line 12: 北  京,  Beijing,5.67,5.72,-0.05,2184
    assert bj.number("birth_rate") == 5.67 and bj.number("death_rate") == 5.72
    assert bj.number("natural_growth_rate") == -0.05
    assert {bj.values[k].decimals for k in ("birth_rate", "death_rate", "natural_growth_rate")} == {2}
    pop = bj.values["population_end"]
    assert pop.printed == "2184" and pop.scale == 10000 and pop.number == 21_840_000 and pop.decimals == 0
    total = doc.records[-1]
    assert total.number("natural_growth_rate") == -0.6 and total.values["natural_growth_rate"].printed == "-0.60"
    assert total.values["natural_growth_rate"].decimals == 2
    # 河北 death rate 7.8 is shown as 7.80 by its 0.00 format (CSV: the displayed text)
    hb = by_unit(doc)["河北"].values["death_rate"]
    assert (hb.number, hb.printed, hb.decimals) == (7.8, "7.80", 2)
    assert not [f for f in doc.findings if f.rule == "unknown_column"]
    if ext == "xlsx":
        assert bj.location.sheet == "Sheet1" and bj.location.cell == "A12"
        assert bj.values["birth_rate"].location.cell == "C12"
    else:
        assert bj.location.line == 12 and bj.values["death_rate"].location.column == 4


def test_yearbook_2_1_csv_matches_hand_read():
    rows = _csv_rows(FIX / f"{T21}.csv")
    expected = {}
    for row in rows[9:]:
        if row and row[0].strip() and re.fullmatch(r"[\u4e00-\u9fff ]+", row[0].strip()) and len(row) > 5 and row[2]:
            expected[row[0].replace(" ", "")] = (float(row[2]), float(row[3]), float(row[4]), float(row[5]))
    expected["合计"] = expected.pop("全国")
    (doc,) = read_table(FIX / f"{T21}.csv")
    got = {r.unit: (r.number("birth_rate"), r.number("death_rate"), r.number("natural_growth_rate"),
                    r.number("population_end") / 10000) for r in doc.records}
    assert got == expected and len(expected) == 32


def test_yearbook_2_1_legacy_xls():
    (doc,) = read_table(FIX / f"{T21}.xls")
    bj = by_unit(doc)["北京"]
    assert bj.number("birth_rate") == 5.67 and doc.records[-1].unit == "合计"


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_yearbook_1_7_wide(ext):
    (doc,) = read_table(FIX / f"{T17}.{ext}")
    recs = by_unit(doc, period=True)
    # 1990-1999 and 2001-2022 (the yearbook has no 2000 column): 32 years x 32 rows, 重庆 only from 1997
    assert len(doc.records) == 32 * 32 - 7
    assert ("重庆", "1996") not in recs and ("重庆", "1997") in recs
    bj90 = recs[("北京", "1990")]
    assert (bj90.number("birth_rate"), bj90.number("death_rate"), bj90.number("natural_growth_rate")) == (13.01, 5.81, 7.2)
    assert bj90.values["natural_growth_rate"].printed == "7.20" and bj90.values["natural_growth_rate"].decimals == 2
    bj22 = recs[("北京", "2022")]
    assert (bj22.number("birth_rate"), bj22.number("death_rate"), bj22.number("natural_growth_rate")) == (5.67, 5.72, -0.05)
    assert all(r.unit == "合计" for r in doc.records[-32:]) and doc.records[-33].unit != "合计"
    assert recs[("合计", "2022")].number("natural_growth_rate") == -0.6
    assert not [f for f in doc.findings if f.rule == "unknown_column"]


def test_census_2020_csv():
    rows = _csv_rows(CENSUS)
    (doc,) = read_table(CENSUS)
    assert len(doc.records) == len(rows) - 1 == 31
    recs = by_unit(doc)
    # hand-read: 北京,...,人口合计 21893095 (5th column)
    assert recs["北京"].number("population") == 21893095
    assert recs["山西"].number("population") == 34915616
    # 性别比 next to 男/女 is the population's sex ratio, not the sex ratio at birth (北京: 男 11195390,
    # 女 10697705, 性别比 104.65); 家庭户男/女 are the family-household population by sex
    assert all("sex_ratio_at_birth" not in r.values for r in doc.records)
    assert (recs["北京"].number("population_male"), recs["北京"].number("population_female"),
            recs["北京"].number("population_sex_ratio")) == (11195390, 10697705, 104.65)
    assert recs["山西"].number("household_population_female") == 1556494
    unknown = [f for f in doc.findings if f.rule == "unknown_column"]
    assert [f.message_en.split("'")[1] for f in unknown] == ["集体户性别比"]  # the only column not in the catalog


def test_births_by_order_two_level_header_real():
    (doc,) = read_table(T240)
    total = doc.records[-1]
    assert total.unit == "合计"  # "总计  Total"
    assert {k: total.number(k) for k in ("births", "births_first", "births_second", "births_third_plus")} == {
        "births": 9754, "births_first": 5388, "births_second": 3091, "births_third_plus": 1275}
    # 生育率 over 一孩/二孩 is a rate by order, not births by order
    assert all(set(r.values) == {"births", "births_first", "births_second", "births_third_plus"} for r in doc.records)


# ============================================================================================ synthetic workbooks


def _save(wb, path):
    wb.save(path)
    return path


def test_merged_title_units_two_level_totals_blank_footnote(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "出生"
    ws["A1"] = "某县2023年出生情况统计表"
    ws.merge_cells("A1:F1")
    ws["A2"] = "单位：万人"
    ws.append(["乡镇", "出生人口", None, None, None, "出生率(‰)"])
    ws.merge_cells("B3:E3")
    ws.append([None, "合计", "一孩", "二孩", "多孩", None])
    ws.merge_cells("A3:A4")
    ws.merge_cells("F3:F4")
    ws.append(["城 关 镇", 1.2, 0.6, 0.5, 0.1, 11.5])
    ws.append([None, None, None, None, None, None])  # blank separator row
    ws.append(["东乡", "约120", "12O", "—", None, "不详"])
    ws.append(["全县", 3.4, 1.7, 1.2, 0.5, 10.8])
    ws.append(["注：本表为示例数据。"])
    ws.append(["数据来源：县统计局"])
    ws["A3"].alignment = Alignment(horizontal="center")
    (doc,) = read_table(_save(wb, tmp_path / "t.xlsx"))
    assert [r.unit for r in doc.records] == ["城关镇", "东乡", "合计"]
    cg = doc.records[0]
    assert set(cg.values) == {"births", "births_first", "births_second", "births_third_plus", "birth_rate"}
    assert cg.values["births"].number == 12000 and cg.values["births"].scale == 10000
    assert cg.values["births"].printed == "1.2" and cg.values["births"].decimals == 1
    assert cg.values["birth_rate"].scale == 1.0 and cg.values["birth_rate"].number == 11.5
    assert cg.location.sheet == "出生" and cg.location.cell == "A5"
    dx = doc.records[1]
    assert dx.values["births"].number == 120 * 10000  # 约120 read, with a warning
    assert "births_first" not in dx.values and "births_second" not in dx.values and "births_third_plus" not in dx.values
    nn = [f for f in doc.findings if f.rule == "non_numeric_cell"]
    sev = {f.location.cell: f.severity for f in nn}
    assert sev == {"B7": "warning", "C7": "error", "F7": "warning"}  # (12O mistyped; 不详 no figure yet)
    assert any("12O" in f.message and "12O" in f.message_en for f in nn)
    marker = [f for f in doc.findings if f.rule == "missing_marker"]
    assert len(marker) == 1 and marker[0].severity == "info" and marker[0].location.cell == "D7"
    assert doc.records[-1].values["births"].number == 34000


def test_county_form_with_form_lines_serial_column_and_totals_first(tmp_path):
    """A county summary as clerks fill it: 填报单位 and 单位 on one line above the header, a 序号 column, a
    two-level header whose sub-headers read 合计 / 其中：一孩, and the totals row first."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["某县2023年度人口和计划生育统计汇总表"])
    ws.merge_cells("A1:K1")
    ws.append(["填报单位：某县卫健委", None, None, None, None, None, None, None, "单位：人、‰、%"])
    ws.append(["序号", "乡镇", "年末总人口", "出生人数", None, None, None, "出生率(‰)", "政策符合率(%)",
               "已婚育龄妇女", None])
    ws.merge_cells("D3:G3")
    ws.merge_cells("J3:K3")
    ws.append([None, None, None, "合计", "其中：一孩", "二孩", "多孩", None, None, "合计", "一孩"])
    ws.append([None, "合计", 66244, 742, 331, 352, 59, 11.2, 0.9811, 14231, 6010])
    ws.append([1, "城关镇", 45210, 512, 230, 240, 42, 11.33, 0.9824, 9821, 4120])
    ws.append([2, "河西乡", 21034, 230, 101, 112, 17, 10.93, 0.9739, 4410, 1890])
    for row in ws.iter_rows(min_row=5, min_col=9, max_col=9):
        for c in row:
            c.number_format = "0.00%"
    (doc,) = read_table(_save(wb, tmp_path / "county.xlsx"))
    assert [r.unit for r in doc.records] == ["城关镇", "河西乡", "合计"]  # the 序号 column names no unit
    assert not [f for f in doc.findings if f.rule in ("unknown_column", "unlabelled_row")]
    cg = doc.records[0]
    assert {k: v.number for k, v in cg.values.items()} == {
        "population_end": 45210, "births": 512, "births_first": 230, "births_second": 240,
        "births_third_plus": 42, "birth_rate": 11.33, "planned_birth_rate": 98.24, "married_women": 9821,
        "married_women_one_child": 4120}
    assert cg.location.cell == "B6" and cg.values["births_first"].location.cell == "E6"
    assert doc.records[-1].location.cell == "B5"


def test_bilingual_multirow_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["表1 各地区人口自然变动"])
    ws.append(["单位：‰", None, None, None, "(‰)"])
    ws.append(["地  区", "Region", "出生率", "死亡率", "自  然"])
    ws.append([None, None, None, None, "增长率"])
    ws.append([None, None, "Birth Rate", "Death Rate", "Natural Growth Rate"])
    ws.append([None, None, None, None, None])
    ws.append(["甲  市", "Jia", 8.5, 6.25, 2.25])
    ws.append(["乙  市", "Yi", 7.0, 7.5, -0.5])
    for row in ws.iter_rows(min_row=7, min_col=3, max_col=5):
        for c in row:
            c.number_format = "0.00"
    (doc,) = read_table(_save(wb, tmp_path / "b.xlsx"))
    recs = by_unit(doc)
    assert set(recs) == {"甲市", "乙市"}
    yi = recs["乙市"]
    assert yi.values["birth_rate"].printed == "7.00" and yi.values["birth_rate"].decimals == 2
    assert yi.number("natural_growth_rate") == -0.5
    assert not [f for f in doc.findings if f.rule == "unknown_column"]


def test_english_ids_and_mapping_override(tmp_path):
    p = tmp_path / "e.csv"
    p.write_text("unit,birth_rate,death_rate,本地口径\nA,5.5,6.0,3\n", encoding="utf-8")
    (doc,) = read_table(p)
    assert doc.records[0].number("birth_rate") == 5.5
    assert [f.rule for f in doc.findings] == ["unknown_column"]
    assert "D" in doc.findings[0].message_en and doc.findings[0].location.line == 1
    (doc,) = read_table(p, mapping={"本地口径": "natural_growth_rate", "死亡率": "deaths"})
    assert doc.records[0].number("natural_growth_rate") == 3 and not doc.findings


def test_wide_multi_year_layout(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["地区", 2020, None, None, 2021, None, None])
    ws.merge_cells("B1:D1")
    ws.merge_cells("E1:G1")
    ws.append([None, "出生率", "死亡率", "自然增长率", "出生率", "死亡率", "自然增长率"])
    ws.append(["甲县", 9.1, 6.0, 3.1, 8.2, 6.1, 2.1])
    ws.append(["合计", 9.0, 6.0, 3.0, 8.0, 6.0, 2.0])
    ws.append(["乙县", 10.0, 7.0, 3.0, None, None, None])
    (doc,) = read_table(_save(wb, tmp_path / "w.xlsx"))
    keys = [(r.unit, r.period) for r in doc.records]
    assert keys == [("甲县", "2020"), ("甲县", "2021"), ("乙县", "2020"), ("合计", "2020"), ("合计", "2021")]
    r = doc.records[1]
    assert r.values["birth_rate"].location.cell == "E3" and r.number("natural_growth_rate") == 2.1


def test_gbk_and_bom_csv(tmp_path):
    text = "地区,出生人数,死亡人数,年末人口\n城关镇,\"1,234\",５６７,12.5万\n合计,1234,567,125000\n"
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(text.encode("gbk"))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(text.encode("utf-8-sig"))
    for p in (gbk, bom):
        (doc,) = read_table(p)
        cg = doc.records[0]
        assert cg.unit == "城关镇" and cg.number("births") == 1234 and cg.number("deaths") == 567
        assert cg.values["births"].printed == "1,234"
        pe = cg.values["population_end"]
        assert pe.number == 125000 and pe.scale == 10000 and pe.decimals == 1
        assert cg.values["deaths"].location.line == 2 and cg.values["deaths"].location.column == 3
        assert doc.records[-1].unit == "合计"


def test_first_unit_row_without_a_clean_figure_is_still_a_unit(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("单位,出生,死亡\n甲镇,—,约120\n乙镇,120,80\n丙镇,12O,9\n", encoding="utf-8")
    (doc,) = read_table(p)
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in doc.records] == [
        ("甲镇", {"deaths": 120}), ("乙镇", {"births": 120, "deaths": 80}), ("丙镇", {"deaths": 9})]
    got = {(f.rule, f.location.line, f.location.column) for f in doc.findings}
    assert {("non_numeric_cell", 2, 3), ("non_numeric_cell", 4, 2), ("missing_marker", 2, 2)} <= got
    ocr = next(f for f in doc.findings if f.location.line == 4)
    assert ocr.severity == "error" and ocr.suggestion == {"births": 120} and "可能是 120" in ocr.message


@given(st.integers(min_value=10, max_value=10**7), st.randoms(use_true_random=False))
def test_property_digits_misread_as_letters_are_suggested_back(n, rnd):
    from fpcheck.cells import lookalike_number
    swap = {"0": "O", "1": "l", "5": "S", "8": "B"}
    digits = str(n)
    text = "".join(swap[d] if d in swap and rnd.random() < 0.5 else d for d in digits)
    misread = text != digits and any(c.isdigit() for c in text)  # (a cell of letters alone is no figure)
    assert lookalike_number(text) == (n if misread else None)


def test_a_note_where_a_figure_belongs_is_a_warning_and_a_zero_typed_as_o_an_error(tmp_path):
    # 426: 待核实 and 426（暂） are no figure yet (warnings: nothing to check, no rule broken); 244: a lone O is 0 mistyped
    p = tmp_path / "n.csv"
    p.write_text("单位,出生,死亡\n甲镇,待核实,12\n乙镇,426（暂）,80\n丙镇,O,9\n", encoding="utf-8")
    (doc,) = read_table(p)
    sev = {f.location.line: (f.severity, f.suggestion) for f in doc.findings if f.rule == "non_numeric_cell"}
    assert sev == {2: ("warning", None), 3: ("warning", None), 4: ("error", {"births": 0})}


def test_year_column_period(tmp_path):
    p = tmp_path / "y.csv"
    p.write_text("年份,人口出生率,人口死亡率\n2024年,6.77,7.76\n2023年,6.39,7.87\n", encoding="utf-8")
    (doc,) = read_table(p)
    assert [(r.unit, r.period) for r in doc.records] == [(None, "2024"), (None, "2023")]


def test_number_formats():
    assert (format_number(-0.6000000000000005, "0.00").printed, format_number(-0.6000000000000005, "0.00").decimals) == ("-0.60", 2)
    c = format_number(0.8114, "0.00%")
    assert (c.number, c.printed, c.decimals) == (81.14, "81.14%", 2)
    g = format_number(-0.6000000000000005, None)
    assert (g.number, g.printed, g.decimals) == (-0.6, "-0.6", 1)
    assert format_number(1 / 3, None).decimals == 6
    assert format_number(1234567.0, "#,##0").printed == "1,234,567"
    assert parse_text_number("１２．５").number == 12.5
    assert parse_text_number("约120").kind == "approx"
    assert parse_text_number("…").kind == "marker"
    # 无 says there were none: 0, exactly (— and 空 say nothing of the figure: no value)
    assert (parse_text_number("无").kind, parse_text_number("无").number, parse_text_number("无").decimals) == ("number", 0, 0)
    assert parse_text_number("—").number is None



@pytest.mark.parametrize(("text", "number"), [
    # round 617–622's cells, as clerks type them: the figure each states, exactly
    ("1'798", 1798), ("12’345", 12345),  # (thousands grouped with an apostrophe)
    ("△2.72", -2.72), ("负3.63", -3.63),  # (the accounting triangle, 负: negative)
    ("272（含补报3人）", 272),  # (a note on what the figure holds)
    ("118.00∶100", 118.0),  # (a ratio to 100 with the ratio sign)
    ("99。44", 99.44), ("13.63%o", 13.63),  # (a full stop for the point, %o for ‰)
    ("共14638人", 14638),  # (all of them, exactly: no approximation)
])
def test_figures_typed_as_clerks_type_them(text: str, number: float) -> None:
    cell = parse_text_number(text)
    assert (cell.kind, cell.number, cell.printed) == ("number", number, text)


@pytest.mark.parametrize("text", ["12+3", "6..71", "426（暂）", "300（待核实）", "△", "共", "负"])
def test_cells_that_state_no_figure_stay_text(text: str) -> None:
    # a sum typed without its =, a doubled point, a provisional figure (暂, 待核实: none to check yet), marks alone
    assert parse_text_number(text).kind == "text"

def test_number_formats_in_workbook(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["地区", "自然增长率", "计划生育率"])
    ws.append(["甲", -0.6000000000000005, 0.8114])
    ws["B2"].number_format = "0.00"
    ws["C2"].number_format = "0.00%"
    ws.append(["乙", -0.6000000000000005, 0.9])
    (doc,) = read_table(_save(wb, tmp_path / "f.xlsx"))
    a, b = doc.records
    assert (a.values["natural_growth_rate"].printed, a.values["natural_growth_rate"].decimals) == ("-0.60", 2)
    assert (a.number("planned_birth_rate"), a.values["planned_birth_rate"].decimals) == (81.14, 2)
    assert (b.values["natural_growth_rate"].printed, b.values["natural_growth_rate"].decimals) == ("-0.6", 1)


def _set_cached_value(path: Path, cell: str, value: str) -> None:
    """Give a formula cell written by openpyxl (no cached value) a cached <v>, as Excel would save it."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?'.encode(),
                              rb"\1\2<v>" + value.encode() + b"</v>", data)
                assert f"<v>{value}</v>".encode() in data
            zout.writestr(item, data)
    tmp.replace(path)


def test_formulas_with_and_without_cached_value(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["地区", "一孩", "二孩", "出生人数"])
    ws.append(["甲", 10, 5, "=B2+C2"])
    ws.append(["乙", 7, 3, "=B3+C3"])
    p = _save(wb, tmp_path / "formula.xlsx")
    _set_cached_value(p, "D2", "15")
    (doc,) = read_table(p)
    a, b = doc.records
    assert a.number("births") == 15
    assert "births" not in b.values
    (f,) = [f for f in doc.findings if f.rule == "formula_without_value"]
    assert f.severity == "warning" and f.location.cell == "D3" and f.location.sheet == "Sheet"


def test_hidden_sheet_and_twenty_sheets(tmp_path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for i in range(20):
        ws = wb.create_sheet(f"S{i + 1}")
        ws.append(["地区", "出生人数"])
        ws.append([f"镇{i}", i])
    wb["S5"].sheet_state = "hidden"
    wb.create_sheet("说明")["A1"] = "本工作簿说明"
    docs = read_table(_save(wb, tmp_path / "many.xlsx"))
    assert len(docs) == 20
    assert [d.records[0].location.sheet for d in docs] == [f"S{i + 1}" for i in range(20)]
    assert [d.records[0].number("births") for d in docs] == list(range(20))
    hidden = [d for d in docs if "hidden_sheet" in rules(d)]
    assert len(hidden) == 1 and hidden[0].records[0].location.sheet == "S5"
    assert all(d.source == str(tmp_path / "many.xlsx") and d.kind == "table" for d in docs)


def test_a_hidden_sheet_without_a_table_is_still_noted(tmp_path):
    """A hidden 代码表 (codes and names, no indicator) makes no records, but the clerk is told it is there;
    a visible sheet of notes makes no document at all."""
    wb = openpyxl.Workbook()
    wb.active.title = "表一"
    wb["表一"].append(["乡镇", "出生人数"])
    wb["表一"].append(["城关镇", 12])
    codes = wb.create_sheet("代码表")
    codes.append(["乡镇代码", "乡镇名称"])
    codes.append([530102001, "城关镇"])
    codes.sheet_state = "hidden"
    wb.create_sheet("说明")["A1"] = "本工作簿说明"
    docs = read_table(_save(wb, tmp_path / "codes.xlsx"))
    assert [(d.sheet, len(d.records)) for d in docs] == [("表一", 1), ("代码表", 0)]
    (f,) = docs[1].findings
    assert f.rule == "hidden_sheet" and f.severity == "info" and f.location.label() == "代码表"


def _fast_xlsx(path: Path, header: list[str], rows) -> Path:
    """A minimal xlsx written directly (openpyxl takes seconds for 50 000 rows): inline strings, numbers."""
    def cell(ref, v):
        if isinstance(v, str):
            return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'
        return f'<c r="{ref}"><v>{v}</v></c>'
    letters = "ABCDEFGHIJ"
    body = ["<row r=\"1\">" + "".join(cell(f"{letters[j]}1", h) for j, h in enumerate(header)) + "</row>"]
    for i, row in enumerate(rows, start=2):
        body.append(f'<row r="{i}">' + "".join(cell(f"{letters[j]}{i}", v) for j, v in enumerate(row)) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                    '<Default Extension="xml" ContentType="application/xml"/>'
                    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                    "</Types>")
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                    "</Relationships>")
        zf.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {ns} {rns}><sheets>'
                    '<sheet name="big" sheetId="1" r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels",
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                    "</Relationships>")
        zf.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet {ns}><sheetData>' + "".join(body)
                    + "</sheetData></worksheet>")
    return path


def test_fifty_thousand_rows(tmp_path):
    # (its speed is measured in bench/tables.py, never asserted here)
    p = _fast_xlsx(tmp_path / "big.xlsx", ["村", "出生人数", "死亡人数", "出生率"],
                   ([f"村{i}", i % 97, i % 53, 10.25] for i in range(50_000)))
    (doc,) = read_table(p)
    assert len(doc.records) == 50_000 and doc.records[-1].number("births") == 49_999 % 97
    assert doc.records[-1].location.cell == "A50001"


def testods_workbook(tmp_path):
    p = ods_workbook(tmp_path / "t.ods", [["地区", "出生人数", "出生率"], ["甲", 12, 8.5], ["合计", 12, 8.5]])
    (d,) = read_table(p)
    assert [r.unit for r in d.records] == ["甲", "合计"] and d.records[0].number("birth_rate") == 8.5
    assert d.records[0].location.sheet == "表1" and d.records[0].location.cell == "A2"


def test_ods_precision_is_the_shown_text(tmp_path):
    # 94.6 shown as 94.60 (a 0.00 style): two decimals, so 94.60% of 37 births is unattainable (35/37 = 94.59);
    # a stored 94.6000001 shown as 94.60 is 94.60; 0.9459 as a percentage shown 94.59% is 94.59
    rows = [["地区", "出生人数", "计划内出生", "计划生育率"], ["东岗村", 37, 35, (94.6, "94.60")],
            ["西岗村", 37, 35, (94.6000001, "94.60")], ["南岗村", 37, 35, (0.9459, "94.59%", "percentage")]]
    (d,) = read_table(ods_workbook(tmp_path / "t.ods", rows, offset=True))  # cells keep their places after a blank row/column
    got = [(r.unit, r.values["planned_birth_rate"].number, r.values["planned_birth_rate"].decimals,
            r.values["planned_birth_rate"].location.cell) for r in d.records]
    assert got == [("东岗村", 94.6, 2, "E3"), ("西岗村", 94.6, 2, "E4"), ("南岗村", 94.59, 2, "E5")]


# ============================================================================================ bad input


def _err(path) -> InputError:
    with pytest.raises(InputError) as ei:
        read_table(path)
    assert str(path) in str(ei.value)
    return ei.value


def test_empty_file(tmp_path):
    for name in ("e.xlsx", "e.csv"):
        p = tmp_path / name
        p.write_bytes(b"")
        assert "empty" in _err(p).reason


def _tiny_book(path):
    """A valid one-row workbook, to be damaged by the test."""
    wb = openpyxl.Workbook()
    wb.active.append(["地区", "出生人数"])
    _save(wb, path)
    return path


def test_encrypted_workbook(tmp_path):
    p = tmp_path / "secret.xlsx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024
    p.write_bytes(ole)
    assert "password" in _err(p).reason


def test_corrupt_truncated_zip(tmp_path):
    good = _tiny_book(tmp_path / "g.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good.read_bytes()[:700])
    assert "corrupt" in _err(bad).reason


def test_xls_renamed_xlsx_is_read_and_noted(tmp_path):
    p = tmp_path / "renamed.xlsx"
    shutil.copy(FIX / f"{T21}.xls", p)
    (doc,) = read_table(p)
    assert "legacy_xls" in rules(doc)
    assert by_unit(doc)["北京"].number("death_rate") == 5.72


def test_zip_bomb_refused(tmp_path):
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * (8 << 20))  # 8 MiB of zeros: ~1000:1
    err = _err(p)
    assert "zip bomb" in err.reason and err.place == "xl/worksheets/sheet1.xml"


def test_xml_entity_bomb_refused(tmp_path):
    good = _tiny_book(tmp_path / "g.xlsx")
    bomb = tmp_path / "lol.xlsx"
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = lol.encode() + re.sub(rb"^<\?xml[^>]*\?>", b"", data)
            zout.writestr(item, data)
    err = _err(bomb)
    assert "entity" in err.reason and err.place == "xl/workbook.xml"
    # the same bomb in the shared strings / a sheet part
    for part in ("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"):
        other = tmp_path / "lol2.xlsx"
        with zipfile.ZipFile(good) as zin, zipfile.ZipFile(other, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename == part:
                    data = lol.encode() + re.sub(rb"^<\?xml[^>]*\?>", b"", data)
                zout.writestr(item, data)
            if part not in zin.namelist():
                zout.writestr(part, lol + "<sst/>")
        err = _err(other)
        assert "entity" in err.reason and err.place == part
    # openpyxl itself refuses it too because defusedxml is installed
    from openpyxl.xml import DEFUSEDXML
    assert DEFUSEDXML


def test_binary_csv(tmp_path):
    p = tmp_path / "data.csv"
    p.write_bytes(bytes(range(256)) * 20)
    assert "binary" in _err(p).reason


def test_grids_keep_per_cell_number_formats():
    grids = load_grids(FIX / f"{T21}.xlsx")
    assert grids[0].formats[(11, 3)] == "0.00"  # D12 (5.72 shown 5.72); C12 is General
    assert (11, 2) not in grids[0].formats


def test_csv_without_table(tmp_path):
    p = tmp_path / "notes.csv"
    p.write_text("只是一段说明文字\n没有表格\n", encoding="utf-8")
    (doc,) = read_table(p)
    assert doc.records == [] and rules(doc) == ["no_table"]


def test_load_mapping_file(tmp_path):
    y = tmp_path / "m.yaml"
    y.write_text("mapping:\n  本地口径: natural_growth_rate\n", encoding="utf-8")
    c = tmp_path / "m.csv"
    c.write_text("header,indicator\n本地口径,natural_growth_rate\n", encoding="utf-8")
    assert load_mapping_file(y) == load_mapping_file(c) == {"本地口径": "natural_growth_rate"}
    bad = tmp_path / "bad.yaml"
    bad.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_mapping_file(bad)


# ============================================================================================ columnar reading


def _small_book(path: Path) -> Path:
    """A small sheet with what the columnar path must get right, cell by cell (hand-checked below)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    ws.append(["各乡出生与人口"])
    ws.append(["单位：人"])
    ws.append(["乡镇", "出生人数", "出生率(‰)", "死亡率(%)", "年末人口(万人)", "一孩"])
    ws.append(["合计", 300, 7.2, 0.65, 3.5, 150])       # row 4: a totals row first in the sheet
    ws.append(["东乡", 120, 7.25, 0.6, 1.25, "约60"])   # row 5
    ws.append(["西乡", "1,234", 5.0, "—", "2.5万", 0.30000000000000004])  # row 6
    ws.append(["南乡", -0.0, 1 / 3, 0.7, 12345.678, "12O"])  # row 7
    ws.append([])
    ws.append(["注：本表为示例。"])
    for row in (4, 5, 6, 7):
        ws.cell(row=row, column=3).number_format = "0.00"
    ws.cell(row=7, column=5).number_format = "#,##0.0"
    ws.cell(row=5, column=2).number_format = "0.0%"
    wb.save(path)
    return path


def test_record_table_lazy_records_hand_checked(tmp_path):
    from fpcheck.recordtable import RecordTable

    (doc,) = read_table(_small_book(tmp_path / "small.xlsx"))
    recs = doc.records
    assert isinstance(recs, RecordTable) and len(recs) == 4
    assert [r.unit for r in recs] == ["东乡", "西乡", "南乡", "合计"]  # the totals row comes last
    assert recs[-1].location.cell == "A4" and recs[0].location.cell == "A5" and recs[0].location.sheet == "表"
    dx, xx, nx, total = recs
    # B5 120 with format 0.0%: shown 12000.0%
    v = dx.values["births"]
    assert (v.number, v.printed, v.decimals, v.scale, v.location.cell) == (12000.0, "12000.0%", 1, 1.0, "B5")
    # C5 7.25 with 0.00 → "7.25"; C6 5.0 with 0.00 → "5.00"; C7 1/3 with 0.00 → 0.33
    v = dx.values["birth_rate"]
    assert (v.number, v.printed, v.decimals, v.location.cell) == (7.25, "7.25", 2, "C5")
    assert xx.values["birth_rate"].printed == "5.00" and xx.values["birth_rate"].decimals == 2
    assert nx.values["birth_rate"].number == 0.33 and nx.values["birth_rate"].printed == "0.33"
    # D: % on a per-mille column: ×10, printed as in the sheet
    v = dx.values["death_rate"]
    assert (v.number, v.printed, v.decimals, v.scale, v.unit_printed) == (6.0, "0.6", 1, 10.0, "%")
    assert "death_rate" not in xx.values  # — is a marker
    # E: 万人 header; 2.5万 written in the cell keeps its own scale; #,##0.0 prints thousands
    v = dx.values["population_end"]
    assert (v.number, v.printed, v.decimals, v.scale, v.location.cell) == (12_500.0, "1.25", 2, 10_000.0, "E5")
    v = xx.values["population_end"]
    assert (v.number, v.printed, v.decimals, v.scale) == (25_000.0, "2.5万", 1, 10_000.0)
    v = nx.values["population_end"]
    assert (v.number, v.printed, v.decimals) == (123_457_000.0, "12,345.7", 1)
    # text in numeric cells: 1,234 read (thousands separator), 约60 approximate, 12O not read
    assert xx.values["births"].number == 1234 and xx.values["births"].printed == "1,234"
    assert dx.values["births_first"].number == 60 and dx.values["births_first"].printed == "约60"
    assert "births_first" not in nx.values
    # General: 0.30000000000000004 shows as 0.3; -0 as 0
    v = xx.values["births_first"]
    assert (v.number, v.printed, v.decimals) == (0.3, "0.3", 1)
    v = nx.values["births"]
    assert (v.number, v.printed, v.decimals) == (0.0, "0", 0) and str(v.number) == "0.0"
    assert total.values["births"].location.cell == "B4" and total.number("population_end") == 35_000
    # findings in reading order, the marker counted, the footnote kept
    assert [(f.rule, f.location.cell) for f in doc.findings if f.rule != "missing_marker"] == [
        ("non_numeric_cell", "F5"), ("non_numeric_cell", "F7")]
    (m,) = [f for f in doc.findings if f.rule == "missing_marker"]
    assert m.location.cell == "D6"
    assert doc.notes == ["注：本表为示例。"]
    # records are built on access and cached; slices give lists
    assert recs[1] is xx and recs[-3:] == [xx, nx, total]


def test_record_table_matches_per_cell_reading(tmp_path):
    """Every value equals what the per-cell reader (read_cell, the old path) gives for its cell."""
    import random

    from fpcheck.cells import read_cell

    rnd = random.Random(5)
    formats = ["General", "0.00", "0.0%", "#,##0", "0.0#", "0", "#,##0.00", "0.000", "@", "[Red]General"]
    specials = [0.1 + 0.2, 123456789012.5, 5e-05, 0.00012, -0.001, -0.0, 1e15, 1e16, 2.675, 1.005,
                999.9999999999, 123456.123456, 7.2, 1 / 3, -3.75, 0.5, 2.5, 1e-7, 10**14 + 0.5, 7, -12, 999.999]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["地区", "出生人数", "死亡人数", "出生率", "死亡率", "自然增长率"])
    for i in range(300):
        ws.append([f"村{i}"] + [rnd.choice([rnd.randint(0, 5000), round(rnd.uniform(0, 30), rnd.randint(0, 4)),
                                            rnd.uniform(-10, 10), rnd.choice(specials)]) for _ in range(5)])
        for c in range(2, 7):
            if rnd.random() < 0.7:
                ws.cell(row=i + 2, column=c).number_format = rnd.choice(formats)
    p = tmp_path / "mixed.xlsx"
    wb.save(p)
    (doc,) = read_table(p)
    (grid,) = load_grids(p)
    inds = {"B": "births", "C": "deaths", "D": "birth_rate", "E": "death_rate", "F": "natural_growth_rate"}
    assert len(doc.records) == 300
    for i, rec in enumerate(doc.records):
        for c, (letter, ind) in enumerate(inds.items(), start=1):
            raw = grid.rows[i + 1][c]
            pc = read_cell(raw, grid.formats.get((i + 1, c)))
            v = rec.values[ind]
            number = 0.0 if pc.number == 0 else pc.number
            assert (v.number, v.printed, v.decimals, v.location.cell) == (number, pc.printed, pc.decimals,
                                                                          f"{letter}{i + 2}"), (letter, i, raw)


def test_vectorised_formats_equal_format_number():
    import numpy as np

    from fpcheck.cells import format_numbers

    rng = np.random.default_rng(3)
    x = np.concatenate([rng.uniform(-1e4, 1e4, 2000), np.round(rng.uniform(-100, 100, 2000), 2),
                        rng.integers(-10**6, 10**6, 2000).astype(float), [0.0, -0.0, 0.5, 2.5, 999.9996, -0.004]])
    for fmt in (None, "General", "0", "0.00", "0.0%", "#,##0", "#,##0.00", "0.000;[Red]-0.000", "0.00E+00"):
        nums, decs, ok, texts = format_numbers(x, fmt)
        for j in np.flatnonzero(ok):
            c = format_number(float(x[j]), fmt)
            n = float(nums[j])
            assert (n, int(decs[j])) == (c.number, c.decimals), (fmt, x[j])
            assert texts.get(j, f"{n:.{int(decs[j])}f}") == c.printed, (fmt, x[j])


def test_mislabelled_percent_on_columns(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["地区", "出生率(%)", "死亡率(%)"])
    ws.append(["甲", 12.5, 0.7])  # 12.5 % would be 125 ‰: impossible, so the header is wrong
    ws.append(["乙", 9.8, 0.6])
    p = tmp_path / "pct.xlsx"
    wb.save(p)
    (doc,) = read_table(p)
    (f,) = [f for f in doc.findings if f.rule == "unit_mismatch"]
    assert f.indicators == ["birth_rate"] and f.location.cell == "B2"
    v = doc.records[0].values["birth_rate"]
    assert (v.number, v.scale, v.unit_printed, v.printed) == (12.5, 1.0, "‰", "12.5")
    d = doc.records[1].values["death_rate"]
    assert (d.number, d.scale, d.unit_printed) == (6.0, 10.0, "%")  # plausible as %: converted


def test_sheet_scan_styles_and_formulas_without_value():
    from fpcheck.sheets import _scan_sheet

    xf = ["General", "0.00", "General", "0.0%"]
    xml = (b'<x:worksheet><x:sheetData><x:row r="1">'
           b'<x:c r="A1" s="1"><x:v>1</x:v></x:c><x:c s="3" r="B1"/><x:c r="C1" s="2"><x:f>A1</x:f></x:c>'
           b'<x:c r="D1"><x:f t="shared" si="0"/><x:v>2</x:v></x:c><x:c r="AA1" s="1"><x:f>1</x:f><x:v></x:v></x:c>'
           b'</x:row></x:sheetData><extLst><xm:f>Other!A1</xm:f></extLst></x:worksheet>')
    formats, no_value = _scan_sheet(xml, xf, [1, 3])
    assert formats == {(0, 0): "0.00", (0, 1): "0.0%", (0, 26): "0.00"}
    assert no_value == {(0, 2), (0, 26)}
    assert _scan_sheet(xml.replace(b"x:", b""), xf, []) == ({}, {(0, 2), (0, 26)})


def test_sex_columns_under_a_births_group_are_births(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["乡镇", "出生人口", None, None, None])
    ws.merge_cells("B1:E1")
    ws.append([None, "合计", "一孩", "其中:男", "女"])
    ws.append(["东乡", 44, 30, 27, 17])
    (doc,) = read_table(_save(wb, tmp_path / "sex.xlsx"))
    assert {k: v.number for k, v in doc.records[0].values.items()} == {
        "births": 44, "births_first": 30, "births_male": 27, "births_female": 17}


# (a name is no breakdown marker: 其中 opening a label says what follows is part of the row above, and goes)
_HAN = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6).filter(
    lambda s: not s.startswith("其中"))


@given(_HAN, st.sampled_from([" ", "  ", ""]), st.from_regex(r"[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8})?", fullmatch=True))
def test_a_region_cell_with_both_names_is_the_chinese_name(zh: str, gap: str, en: str) -> None:
    from fpcheck.layout import unit_label

    padded = " ".join(zh)  # 北  京: padding inside the name goes too
    assert unit_label(f"{padded}{gap}{en}") == zh
    assert unit_label(f"{zh}A组") == f"{zh}A组"  # a Latin letter inside a name is part of it
    assert unit_label(en) == en  # an English-only label is kept, a blank between its words too (Chengguan Town)
    assert unit_label(f" {en.replace(' ', '   ')} ") == en


@settings(max_examples=400)
@given(st.integers(-10**9, 10**9), st.integers(0, 4), st.sampled_from([1e4, 1e8, 1e3]))
def test_figures_multiplied_out_of_a_scale_are_the_exact_decimal(digits: int, decimals: int, scale: float) -> None:
    import numpy as np
    from fractions import Fraction

    from fpcheck.cells import snap

    exact = Fraction(digits, 10**decimals) * Fraction(int(scale))
    assume(abs(exact) < 2**52)  # (a whole double: 4.5e15 persons is more than the world holds)
    shown = digits / 10**decimals  # the figure as printed, e.g. 20.01 (万人)
    got = snap(np.array([shown * scale]), np.array([decimals]), scale)[0]
    assert got == float(exact)  # the double nearest the exact product, never 200100.00000000003


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([",", ";", "\t", "|"]), st.lists(st.tuples(st.integers(0, 99_999), st.integers(0, 9_999)),
                                                         min_size=2, max_size=8), st.booleans())
def test_a_csv_reads_alike_whatever_its_delimiter(tmp_path_factory, delim: str, rows: list[tuple[int, int]],
                                                  quoted: bool) -> None:
    """Comma, semicolon (a European-set Excel's export), tab or pipe, fields quoted or not: the same records."""
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    q = csv.QUOTE_ALL if quoted else csv.QUOTE_MINIMAL
    with open(path, "w", encoding="gb18030", newline="") as fh:
        w = csv.writer(fh, delimiter=delim, quoting=q)
        w.writerow(["2023年各镇出生情况"] + [""] * 2)
        w.writerow(["镇", "出生人数", "死亡人数"])
        for k, (b, d) in enumerate(rows):
            w.writerow([f"镇{k}", b, d])
    (doc,) = read_table(path)
    assert [(r.unit, r.number("births"), r.number("deaths")) for r in doc.records] == [
        (f"镇{k}", b, d) for k, (b, d) in enumerate(rows)]


def test_this_period_last_years_and_the_change_under_each_indicator(tmp_path):
    """出生人数 over 本期 | 上年同期 | 增减: 本期 is the title's period (2024年1—6月: half-year), 上年同期 a record of its
    own, the change no figure; a unit's code before its name (522627100 凤城街道) is no part of the name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年1—6月各乡镇出生情况"])
    ws.append(["乡镇", "出生人数", None, None, "死亡人数", None, None])
    ws.append([None, "本期", "上年同期", "增减", "本期", "上年同期", "增减"])
    ws.append(["522627100 凤城街道", 79, 85, -6, 60, 58, 2])
    ws.append(["522627101 邦洞街道", 21, 15, 6, 30, 31, -1])
    ws.append(["合计", 100, 100, 0, 90, 89, 1])
    ws.merge_cells("B2:D2")
    ws.merge_cells("E2:G2")
    (doc,) = read_table(_save(wb, tmp_path / "p.xlsx"))
    got = [(r.unit, r.period, r.number("births"), r.number("deaths")) for r in doc.records]
    assert got == [("凤城街道", "half-year", 79, 60), ("凤城街道", "上年同期", 85, 58),
                   ("邦洞街道", "half-year", 21, 30), ("邦洞街道", "上年同期", 15, 31),
                   ("合计", "half-year", 100, 90), ("合计", "上年同期", 100, 89)]
    assert not [f for f in doc.findings if f.rule == "unknown_column"]  # (the 增减 columns: no figures, no note)


def test_comment_and_page_lines_among_the_units_and_a_unit_in_the_title(tmp_path):
    """说明：… between two villages and 第 1 页 共 2 页 between the pages are no rows and no table's end; a title
    ending （千人） scales the counts, a 注 at the end still ends the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2022年各村人口变动情况（千人）"])
    ws.append(["村", "年末人口", "出生人数"])
    ws.append(["东村", 1.2, 0.1])
    ws.append(["说明：西村与北村于年内合并，年末人口为两村之和。"])
    ws.append(["西村", 2.5, 0.3])
    ws.append(["第 1 页　共 2 页"])
    ws.append(["南村", 0.8, 0.1])
    ws.append(["合计", 4.5, 0.5])
    ws.append(["注：本表按户籍人口统计。"])
    (doc,) = read_table(_save(wb, tmp_path / "c.xlsx"))
    assert [(r.unit, r.number("population_end"), r.number("births")) for r in doc.records] == [
        ("东村", 1200, 100), ("西村", 2500, 300), ("南村", 800, 100), ("合计", 4500, 500)]
    assert doc.notes == ["注：本表按户籍人口统计。"]


def test_three_rows_per_unit_by_sex_are_one_record(tmp_path):
    # 甲镇 merged down over 合计 | 男 | 女: one record, 160 + 140 = 300; 乙镇's 男 typed 95 for 90 is told at its total
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["乡镇", "性别", "户籍人口"])
    for name, rows in [("甲镇", (300, 160, 140)), ("乙镇", (200, 95, 110))]:
        start = ws.max_row + 1
        for sex, n in zip(("合计", "男", "女"), rows):
            ws.append([name if sex == "合计" else None, sex, n])
        ws.merge_cells(start_row=start, end_row=start + 2, start_column=1, end_column=1)
    path = tmp_path / "by_sex.xlsx"
    wb.save(path)
    (doc,) = read_table(path)
    assert [(r.unit, {k: v.number for k, v in r.values.items()}) for r in doc.records] == [
        ("甲镇", {"population": 300, "population_male": 160, "population_female": 140}),
        ("乙镇", {"population": 200, "population_male": 95, "population_female": 110})]
    assert doc.records[1].values["population_male"].location.cell == "C6"  # the 男 row's own cell


def test_a_city_ending_in_zhou_a_marked_year_and_a_qizhong_breakdown_in_one_header_row(tmp_path: Path) -> None:
    # 127: a title's 江州市 is the place (not 江州), 2020年* is 2020; 129: 出生人数 | 其中：男 | 女 in one header row
    # are the births by sex, not the population's
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2-2　江州市人口自然变动情况（2019—2020年）"])
    ws.append(["年份", "出生人数", "其中：男", "女"])
    ws.append(["2019年", 3310, 1730, 1580])
    ws.append(["2020年*", 3120, 1640, 1480])
    (doc,) = read_table(_save(wb, tmp_path / "zhou.xlsx"))
    assert [(r.unit, r.period, {k: v.number for k, v in r.values.items()}) for r in doc.records] == [
        ("江州市", "2019", {"births": 3310, "births_male": 1730, "births_female": 1580}),
        ("江州市", "2020", {"births": 3120, "births_male": 1640, "births_female": 1480})]


def test_a_footnote_mark_or_an_apostrophe_around_a_figure_is_no_part_of_it() -> None:
    # 189: １２３⁽¹⁾ (NFKC: 123(1)), 98.5*; 190: '8005 typed with its apostrophe showing — the figure read, not text
    from fpcheck.cells import parse_text_number

    got = [(c.kind, c.number) for c in map(parse_text_number, ["１２３⁽¹⁾", "98.5*", "'8005", "12O", "1,234※"])]
    assert got == [("number", 123.0), ("number", 98.5), ("number", 8005.0), ("text", None), ("number", 1234.0)]


@pytest.mark.parametrize(("text", "number"), [("118.2:100", 118.2), ("100:118.2", 118.2), ("107比100", 107.0)])
def test_a_sex_ratio_written_to_100_in_a_text_cell_is_its_figure(text: str, number: float) -> None:
    # 195: 出生性别比（男:女） cells typed 118.2:100; 3:1 or a time 12:30 is no ratio to 100
    assert parse_text_number(text).number == number
    assert parse_text_number("12:30").kind == parse_text_number("3:1").kind == "text"


def test_a_division_by_zero_is_no_figure_and_no_error() -> None:
    # 193: 龙溪林场 had no births, so Excel wrote #DIV/0! for its 性别比: missing (told as info), not a wrong figure
    assert parse_text_number("#DIV/0!").kind == "marker"
    assert parse_text_number("#REF!").kind == "text"


@pytest.mark.parametrize(("text", "number"), [("2711.00①", 2711.0), ("19212②", 19212.0), ("6.48¹", 6.48)])
def test_a_circled_or_superscript_note_mark_after_a_figure_is_no_digit(text: str, number: float) -> None:
    # 220: a statistics database marks figures with ① ② (NFKC would make them 1 and 2: 2711.001, 192122)
    assert parse_text_number(text).number == number


def test_a_semicolon_csv_with_decimal_commas_reads_its_rates(tmp_path: Path) -> None:
    # a European-set Excel's export: 11,63 is 11.63 and 1.234 is a thousand where the file writes points no other way
    path = tmp_path / "dec.csv"
    path.write_text("乡镇;年初人口;年末人口;出生人数;出生率\n甲镇;1.200;1.240;14;11,48\n乙镇;980;1.000;9;9,09\n"
                    "合计;2.180;2.240;23;10,41\n", encoding="utf-8-sig")
    (doc,) = read_table(path)
    got = {r.unit: {k: v.number for k, v in r.values.items()} for r in doc.records}
    assert got["甲镇"] == {"population_start": 1200, "population_end": 1240, "births": 14, "birth_rate": 11.48}
    assert got["合计"]["birth_rate"] == 10.41 and got["乙镇"]["population_end"] == 1000
    # 14 / 1220 × 1000 = 11.475 → 11.48, 23 / 2210 × 1000 = 10.407 → 10.41: nothing to report once read right
    assert [f.rule for f in doc.findings] == []


def test_a_semicolon_csv_with_decimal_points_keeps_a_comma_a_thousands_separator(tmp_path: Path) -> None:
    path = tmp_path / "dot.csv"
    path.write_text("乡镇;年初人口;出生率\n甲镇;1,200;11.48\n乙镇;980;9.09\n", encoding="utf-8")
    (doc,) = read_table(path)
    assert {r.unit: r.values["population_start"].number for r in doc.records} == {"甲镇": 1200, "乙镇": 980}


@given(st.lists(st.integers(min_value=-9999, max_value=99999), min_size=1, max_size=6),
       st.integers(min_value=1, max_value=2))
@settings(max_examples=60, deadline=None)
def test_any_decimal_comma_figure_reads_as_its_point_twin(hundredths: list[int], places: int) -> None:
    """Property: a semicolon file of decimal-comma figures reads as the same file written with points."""
    from fpcheck.sheets import _decimal_comma

    texts = [f"{h / 100:.{places}f}" for h in hundredths]
    rows: list[list[object]] = [["甲"] + [t.replace(".", ",") for t in texts]]
    _decimal_comma(rows)
    assert rows == [["甲"] + texts]


@st.composite
def _villages_with_blank_parts(draw: st.DrawFn) -> list[list[object]]:
    """Villages' births and their parities, 三孩及以上 left blank where there were none (as clerks leave a nought)."""
    rows: list[list[object]] = []
    for k in range(draw(st.integers(2, 6))):
        first, second, third = draw(st.integers(0, 60)), draw(st.integers(0, 60)), draw(st.integers(0, 5))
        assume(first + second + third > 0)
        rows.append([f"村{k + 1}", first + second + third, first, second, third or None])
    return rows


@settings(max_examples=40, deadline=None)
@given(_villages_with_blank_parts(), st.data())
def test_a_part_left_blank_counts_as_nought_beside_parts_that_are_filled(rows: list[list[object]],
                                                                      data: st.DataObject) -> None:
    from fpcheck.check import Options, check_document

    def parity_errors(table: list[list[object]]) -> set[str | None]:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "t.xlsx"
            wb = openpyxl.Workbook()
            wb.active.append(["2024年各村出生情况"])
            wb.active.append(["村", "出生人数", "一孩", "二孩", "三孩及以上"])
            for row in table:
                wb.active.append(row)
            wb.save(path)
            docs = [check_document(d, Options(diagnose=False)) for d in read_table(path)]
        return {f.location.cell for d in docs for f in d.all_findings()
                if f.rule == "births_by_parity" and f.location is not None}

    assert parity_errors(rows) == set()  # every blank is a nought: every row adds up
    k = data.draw(st.integers(0, len(rows) - 1))
    wrong = [list(r) for r in rows]
    wrong[k][1] = int(wrong[k][1]) + data.draw(st.integers(1, 9))  # births one to nine over their parities
    assert parity_errors(wrong) == {f"B{k + 3}"}


def test_periods_as_a_data_set_or_a_spreadsheet_stores_them() -> None:
    # a date cell shown as a month (yyyy"年"m"月": 2024-03-01) is that month's; a quarter written 2024Q3 or Q1 is the
    # quarter's; a time of day is no month
    from datetime import datetime

    from fpcheck.layout import period_label

    assert period_label(datetime(2024, 3, 1), 'yyyy"年"m"月"') == "month: 3月"
    assert period_label(datetime(2024, 3, 1), "yyyy-mm-dd") == "2024-03-01"
    assert period_label(datetime(2024, 3, 1), "h:mm") == "2024-03-01"
    assert [period_label(p) for p in ("2024Q3", "Q1", "2024年Q2")] == ["quarter: 三季度", "quarter: 一季度", "quarter: 二季度"]


@pytest.mark.parametrize(("text", "number", "printed", "kind"), [
    ("3,887人", 3887.0, "3,887", "number"), ("4例", 4.0, "4", "number"), ("3.5万人", 35000.0, "3.5万", "number"),
    ("120人次", 120.0, "120", "number"), ("120余人", 120.0, "120余人", "approx"), ("约300人", 300.0, "约300人", "approx"),
])
def test_a_unit_typed_after_a_figure_leaves_it_exact(text: str, number: float, printed: str, kind: str) -> None:
    # 479, 484: clerks type 3,887人 / 4例 in a figure cell: the figure, exact, printed without its unit; only 余 / 约 /
    # 左右 … still make it approximate
    cell = parse_text_number(text)
    assert (cell.number, cell.kind) == (number, kind)
    assert cell.printed == printed


def test_a_figure_merged_over_a_village_s_rows_counts_on_each_row(tmp_path: Path) -> None:
    # 483: 石岭村 merged down over its 第一次 | 第二次 rows, its 应查 412 merged over both; each round's 参检率 is
    # 实查 over that 412 (405 / 412 = 98.30%, 398 / 412 = 96.60%), so no rate error and both rows hold 412
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["村", "轮次", "应查人数", "实查人数", "参检率（%）"])
    ws.append(["石岭村", "第一次", 412, 405, 98.30])
    ws.append([None, "第二次", None, 398, 96.60])
    ws.merge_cells("A2:A3")
    ws.merge_cells("C2:C3")
    (doc,) = read_table(_save(wb, tmp_path / "m.xlsx"))
    assert [r.number("checkup_expected") for r in doc.records] == [412, 412]
    assert not [f for f in doc.findings if f.severity == "error"]
