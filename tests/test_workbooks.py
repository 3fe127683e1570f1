"""Other clerks' workbooks (tests/fixtures/workbooks/, built independently with their expected findings worked
out by hand in the .expected.yaml beside each): the cells that must be flagged, and those that must not."""

from __future__ import annotations

from pathlib import Path

from fpcheck.check import Options, check_document
from fpcheck.model import Document
from fpcheck.tables import read_table

WB = Path(__file__).parent / "fixtures" / "workbooks"


def errors(name: str) -> set[tuple[str, str]]:
    """(rule, place) of every error finding in a fixture workbook, the place as a cell (A1) or line:column."""
    return set().union(*(errors_of(doc) for doc in read_table(WB / name)))


def errors_of(doc: Document) -> set[tuple[str, str]]:
    """(rule, place) of every error finding of one checked document."""
    check_document(doc, Options(diagnose=False))
    return {(f.rule, f.location.cell or f"{f.location.line}:{f.location.column}")
            for f in [*doc.findings, *(f for fs in doc.record_findings for f in fs)] if f.severity == "error"}


def test_a_grand_total_over_subtotals_is_checked_against_the_units_themselves() -> None:
    # 09: 河口镇小计 births 68 against its villages' 58; 总计 331 is the villages' sum, not the subtotals' 341
    got = errors("09_village_level.xlsx")
    assert {("totals", "E12"), ("totals", "F18"), ("totals.death_rate_from_counts", "H18")} <= got
    assert not {place for rule, place in got if rule.startswith("totals") and place.endswith("19")}


def test_an_approximate_figure_carries_its_rounding() -> None:
    # 04: 清河社区 births 约120 (±5) feeds its rate (8.31‰) and the column total (479) without an error
    got = errors("04_village_gbk.csv")
    assert ("birth_rate_from_counts", "15:6") not in got and ("totals", "17:4") not in got
    assert {("totals", "17:3"), ("totals", "17:5"), ("birth_rate_from_counts", "7:6")} <= got


def test_a_yearbook_note_on_the_army_and_an_english_name_column() -> None:
    (doc,) = read_table(WB / "03_yearbook_bilingual.xlsx")
    check_document(doc, Options(diagnose=False))
    rules = {(f.rule, f.location.cell if f.location else None) for f in doc.findings}
    assert ("table_note.totals_include_unlisted", None) in rules  # 包括中国人民解放军现役军人
    assert not any(r == "totals" for r, _ in rules) and not any(r == "duplicate_column" for r, _ in rules)
    assert ("unknown_column", "F5") in rules  # Region under a blank cell: names, not 自然增长率


def test_a_form_filled_by_an_office_is_its_places() -> None:
    (doc,) = read_table(WB / "08_vertical_form.xlsx")
    assert {r.unit for r in doc.records} == {"柳林乡"}  # 填报单位：柳林乡人民政府


def test_a_workbook_of_notes_is_answered_with_no_table(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["填报说明：本表由各乡镇填写"])
    wb.save(tmp_path / "notes.xlsx")
    (doc,) = read_table(tmp_path / "notes.xlsx")
    assert doc.records == [] and [(f.rule, f.message) for f in doc.findings] == [
        ("no_table", "工作簿中没有表格（工作表：说明）")]


def test_this_year_and_last_year_columns_of_a_form_are_years() -> None:
    (doc,) = read_table(WB / "08_vertical_form.xlsx")  # 2023年度 | 本年 | 上年
    assert [r.period for r in doc.records] == ["2023", "2022"]


def test_a_whole_area_total_label_is_the_totals_row(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["序号", "乡镇名称", "年末总人口", "出生人数"], [1, "城关镇", 20100, 201], [2, "东河乡", 15000, 150],
                [None, "全县合计", 35100, 352]):
        ws.append(row)
    wb.save(tmp_path / "t.xlsx")
    (doc,) = read_table(tmp_path / "t.xlsx")
    check_document(doc, Options(diagnose=False))
    assert [r.unit for r in doc.records] == ["城关镇", "东河乡", "合计"]
    # 201 + 150 = 351, not 352: the totals row is checked as one
    assert [(f.rule, f.location.cell) for f in doc.findings if f.rule == "totals"] == [("totals", "D4")]


def test_contraceptive_prevalence_is_checked_against_the_women_using_contraception() -> None:
    # 10: 落实节育措施 beside 已婚育龄妇女 counts women; 桃园镇's 综合节育率 78.20 against 5771/6618 = 87.20%
    (doc,) = read_table(WB / "10_contraception.xlsx")
    assert doc.records[0].values["contraception_users"].number == 8098
    got = errors("10_contraception.xlsx")
    assert ("contraceptive_rate_from_counts", "D13") in got
    assert not any(rule == "contraceptive_rate_from_counts" and place != "D13" for rule, place in got)


def test_signatures_under_a_form_and_a_date_above_its_header() -> None:
    # 11: 填表人：王丽 | 审核人：张建国 | 单位负责人：李明 under the table is no unit and no cells to read
    (doc,) = read_table(WB / "11_report_form.xlsx")
    assert [r.unit for r in doc.records][-2:] == ["岭头乡", "合计"] and len(doc.records) == 10
    assert errors("11_report_form.xlsx") == set()
    # 12: 填报单位：… | 2024年1月8日 above the header: G is 年末人口, so the rates use the mean population and only
    # the planted 合计 年初人口 (24477 for 24177) and the 合计 rates it skews are errors
    (doc,) = read_table(WB / "12_growth_migration.xlsx")
    assert doc.records[0].values["population_end"].number > 0
    assert errors("12_growth_migration.xlsx") == {
        ("totals", "B16"), ("birth_rate_from_counts", "H16"), ("death_rate_from_counts", "I16")}


def test_the_first_column_of_a_group_holds_the_group_header() -> None:
    # 14: 出生情况 over 出生合计 | 一孩 …, 政策生育情况 over 政策内 | 政策外 | 政策符合率 (B4 and F4 head their groups)
    (doc,) = read_table(WB / "14_policy_rate.xlsx")
    assert {"births", "births_planned", "planned_birth_rate"} <= set(doc.records[0].values)
    got = errors("14_policy_rate.xlsx")
    assert {("births_by_parity", "B8"), ("planned_birth_rate_from_counts", "H11"), ("totals", "C14")} <= got


def test_tables_stacked_on_one_sheet_are_read_apart() -> None:
    # 15: 表1 births by sex over 表2 married women by children; the hidden code list has no indicator column
    docs = read_table(WB / "15_stacked_tables.xlsx")
    births, women, codes = docs
    assert births.sheet == women.sheet == "汇总" and codes.records == []
    assert set(births.records[0].values) >= {"births", "births_male", "births_female"}
    assert women.records[0].values["married_women"].number == 3798  # 城郊镇, row 15
    assert women.records[0].values["married_women"].location.cell == "B15"
    assert [r.unit for r in women.records][-1] == "合计" and len(women.records) == 8
    assert errors("15_stacked_tables.xlsx") == set()


def test_the_period_a_title_names() -> None:
    (doc,) = read_table(WB / "17_halfyear_checkups.ods")  # 2024年1—6月
    assert {r.period for r in doc.records} == {"half-year"}
    (doc,) = read_table(WB / "11_report_form.xlsx")  # 2023年度
    assert {r.period for r in doc.records} == {"full-year"}


def test_a_header_repeated_down_the_sheet_is_neither_a_unit_nor_a_second_table(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["乡镇", "出生人数", "死亡人数"], ["甲镇", 100, 50], ["乙镇", 200, 60],
                ["乡镇", "出生人数", "死亡人数"], ["丙镇", 300, 70], ["合计", 600, 180]):
        ws.append(row)
    wb.save(tmp_path / "pages.xlsx")
    (doc,) = read_table(tmp_path / "pages.xlsx")  # one table: the totals row sums all three towns (600 = 100+200+300)
    assert [r.unit for r in doc.records] == ["甲镇", "乙镇", "丙镇", "合计"]
    assert errors_of(doc) == set()
