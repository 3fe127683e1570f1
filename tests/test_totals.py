"""The totals row against the unit rows, worked by hand, through the ``fpcheck check`` command.

Layout of every workbook here: row 1 a title, row 2 the units line, row 3 the header, rows 4–6 three
townships, row 7 the 全县 totals row — so the totals cells are B7, C7, ….
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fpcheck.cli import main
from fpcheck.model import Document, Location, Record, Value
from fpcheck.tables import read_table
from helpers import check_json, township_book

FIX = Path(__file__).parent / "fixtures" / "tables"
T21 = FIX / "yb2023_t2-1_province_birth_death_natural_rates_2022.xlsx"


def totals_findings(report: dict) -> list[dict]:
    return [f for d in report["documents"] for f in d["findings"] if f["rule"].startswith("totals")]


# births: 100 + 60 + 40 = 200; deaths: 50 + 30 + 20 = 100
COUNTS = ["地区", "出生人数", "死亡人数"]
UNITS = [["城关镇", 100, 50], ["东河乡", 60, 30], ["西山乡", 40, 20]]


def test_totals_equal_to_the_sum_pass(tmp_path, capsys):
    src = township_book(tmp_path / "ok.xlsx", COUNTS, [*UNITS, ["全县", 200, 100]])
    status, report = check_json(capsys, str(src))
    assert status == 0
    doc = report["documents"][0]
    assert doc["records"][-1]["unit"] == "合计" and doc["records"][-1]["values"] == {"births": 200, "deaths": 100}
    assert totals_findings(report) == []


def test_count_column_off_by_five(tmp_path, capsys):
    src = township_book(tmp_path / "off.xlsx", COUNTS, [*UNITS, ["全县", 200, 105]])
    status, report = check_json(capsys, str(src))
    assert status == 1
    (f,) = totals_findings(report)
    assert f["rule"] == "totals" and f["severity"] == "error" and f["indicators"] == ["deaths"]
    assert f["location"]["sheet"] == "Sheet1" and f["location"]["cell"] == "C7"
    assert f["expected"] == 100 and f["actual"] == 105
    assert f["message"] == "合计行 死亡人数（C7） 为 105，各单位之和为 100"
    # the finding is about the document (the totals row against the others), not a record
    assert all(not r["findings"] for r in report["documents"][0]["records"])


def test_count_column_off_by_five_in_english(tmp_path, capsys):
    src = township_book(tmp_path / "off.xlsx", COUNTS, [*UNITS, ["全县", 195, 100]])
    _status, report = check_json(capsys, str(src), "--lang", "en")
    (f,) = totals_findings(report)
    assert f["location"]["cell"] == "B7"
    assert f["message"] == "the totals row has births (B7) = 195, the units add up to 200"


# birth rates: 100 / mean(9900, 10100) = 100 / 10000 = 10.0‰; 60 / 6000 = 10.0‰; 40 / 4000 = 10.0‰;
# summed: 200 / mean(19800, 20200) = 200 / 20000 = 10.0‰
RATES = ["地区", "出生人数", "出生率", "年初人口", "年末人口"]
RATE_UNITS = [["城关镇", 100, 10.0, 9900, 10100], ["东河乡", 60, 10.0, 5950, 6050], ["西山乡", 40, 10.0, 3950, 4050]]


def test_rate_on_totals_row_agrees_with_summed_counts(tmp_path, capsys):
    src = township_book(tmp_path / "rate_ok.xlsx", RATES, [*RATE_UNITS, ["全县", 200, 10.0, 19800, 20200]])
    status, report = check_json(capsys, str(src))
    assert status == 0 and totals_findings(report) == []


def test_rate_on_totals_row_disagrees_with_summed_counts(tmp_path, capsys):
    src = township_book(tmp_path / "rate_bad.xlsx", RATES, [*RATE_UNITS, ["全县", 200, 12.0, 19800, 20200]])
    status, report = check_json(capsys, str(src))
    assert status == 1
    (f,) = totals_findings(report)
    assert f["rule"] == "totals.birth_rate_from_counts"
    assert f["location"]["cell"] == "C7"
    assert f["actual"] == 12 and abs(f["expected"] - 10.0) < 1e-9
    assert f["message"].startswith("合计行：出生率 12‰") and "10.00‰" in f["message"]
    # the count columns do add up: no plain 'totals' finding
    assert not any(x["rule"] == "totals" for x in report["documents"][0]["findings"])


def test_rules_file_exempts_births(tmp_path, capsys):
    src = township_book(tmp_path / "off.xlsx", COUNTS, [*UNITS, ["全县", 205, 105]])
    _status, report = check_json(capsys, str(src))
    assert sorted(f["indicators"][0] for f in totals_findings(report)) == ["births", "deaths"]
    rules = tmp_path / "exempt.yaml"
    rules.write_text("rules:\n  - {id: totals_exempt, kind: totals, exempt: [births]}\n", encoding="utf-8")
    status, report = check_json(capsys, str(src), "--rules", str(rules))
    assert status == 1  # deaths still off
    (f,) = totals_findings(report)
    assert f["indicators"] == ["deaths"] and f["location"]["cell"] == "C7"


def test_rules_file_with_unknown_exempt_indicator_is_refused(tmp_path, capsys):
    src = township_book(tmp_path / "ok.xlsx", COUNTS, [*UNITS, ["全县", 200, 100]])
    rules = tmp_path / "bad.yaml"
    rules.write_text("rules:\n  - {id: totals_exempt, kind: totals, exempt: [birthz]}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(src), "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    assert "birthz" in err and "Traceback" not in err


def test_tolerance_accepts_a_miss_of_one(tmp_path, capsys):
    src = township_book(tmp_path / "one.xlsx", COUNTS, [*UNITS, ["全县", 201, 99]])
    status, report = check_json(capsys, str(src))
    assert status == 1 and len(totals_findings(report)) == 2
    status, report = check_json(capsys, str(src), "--tolerance", "1")
    assert status == 0 and totals_findings(report) == []
    # ... but not a miss of two
    src2 = township_book(tmp_path / "two.xlsx", COUNTS, [*UNITS, ["全县", 202, 100]])
    status, report = check_json(capsys, str(src2), "--tolerance", "1")
    assert status == 1 and [f["location"]["cell"] for f in totals_findings(report)] == ["B7"]


def test_yearbook_national_row_rates_are_not_summed(capsys):
    """Table 2-1 of the 2023 yearbook: 全国 6.77 / 7.37 / -0.60 ‰ and 141175 万人 (C10:F10).

    The rate columns are not counts (a national rate is no sum of provincial rates): no totals finding
    for them. Year-end population is a count, but the provinces add up to 140975 万人, 200 万 short of the
    national 141175 (the military, per note 2), and that footnote exempts the column.
    """
    (doc,) = read_table(T21)
    total = doc.records[-1]
    assert total.unit == "合计" and total.values["birth_rate"].location.cell == "C10"
    assert [total.number(k) for k in ("birth_rate", "death_rate", "natural_growth_rate")] == [6.77, 7.37, -0.6]
    provinces = sum(r.number("population_end") for r in doc.records[:-1])
    assert provinces == 1_409_750_000 and total.number("population_end") == 1_411_750_000

    status, report = check_json(capsys, str(T21))
    assert status == 0
    (d,) = report["documents"]
    assert totals_findings(report) == []
    assert not any(f["severity"] == "error" for f in d["findings"])
    rate_ids = {"birth_rate", "death_rate", "natural_growth_rate"}
    assert not any(rate_ids & set(f["indicators"]) for f in d["findings"])
    assert d["records"][-1]["findings"] == []


# villages under two townships. Trailing subtotals: 东村 100 + 西村 60 = 160 (城关镇小计), 南村 40 = 40 (河西乡小计);
# the county total counts each village once: 100 + 60 + 40 = 200 (births), 50 + 30 + 20 = 100 (deaths).
VILLAGES = [["东村", 100, 50], ["西村", 60, 30], ["城关镇小计", 160, 80], ["南村", 40, 20], ["河西乡小计", 40, 20]]


def test_subtotal_rows_sum_their_group_and_are_not_counted_twice(tmp_path, capsys):
    src = township_book(tmp_path / "sub.xlsx", COUNTS, [*VILLAGES, ["全县", 200, 100]])
    status, report = check_json(capsys, str(src))
    assert totals_findings(report) == [] and status == 0


def test_a_wrong_subtotal_is_named(tmp_path, capsys):
    rows = [list(r) for r in VILLAGES]
    rows[2][1] = 170  # 城关镇小计 births: 170 against 100 + 60 = 160 (row 6 of the sheet: B6)
    src = township_book(tmp_path / "sub.xlsx", COUNTS, [*rows, ["全县", 210, 100]])
    _status, report = check_json(capsys, str(src))
    (f,) = totals_findings(report)
    assert f["location"]["cell"] == "B6" and f["expected"] == 160 and f["actual"] == 170
    assert f["message"].startswith("小计行 城关镇小计")
    # the county row is checked against the subtotals and the rows no subtotal covers: 170 + 40 = 210 holds


def test_leading_subtotals_are_recognised_by_what_adds_up(tmp_path, capsys):
    lead = [["城关镇小计", 160, 80], ["东村", 100, 50], ["西村", 60, 30], ["河西乡小计", 40, 20], ["南村", 40, 20]]
    src = township_book(tmp_path / "lead.xlsx", COUNTS, [*lead, ["全县", 200, 100]])
    status, report = check_json(capsys, str(src))
    assert totals_findings(report) == [] and status == 0


def test_two_label_levels_township_and_village(tmp_path, capsys):
    """乡镇 | 村 with the township merged over its villages: each village is a unit named 城关镇/东村, an inner
    小计 is its township's subtotal, and the county total counts each village once."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["乡镇", "村（居）", "出生人数", "死亡人数"])
    ws.append(["城关镇", "东村", 100, 50])
    ws.append([None, "西村", 60, 30])
    ws.append([None, "小计", 160, 80])
    ws.append(["河西乡", "南村", 40, 20])
    ws.append(["合计", None, 200, 100])
    ws.merge_cells("A2:A4")
    wb.save(tmp_path / "nested.xlsx")
    (doc,) = read_table(tmp_path / "nested.xlsx")
    assert [r.unit for r in doc.records] == ["城关镇/东村", "城关镇/西村", "城关镇小计", "河西乡/南村", "合计"]
    status, report = check_json(capsys, str(tmp_path / "nested.xlsx"))
    assert totals_findings(report) == [] and status == 0
    ws["C4"] = 170  # the subtotal no longer adds up: 100 + 60 = 160
    ws["C6"] = 210
    wb.save(tmp_path / "nested.xlsx")
    _status, report = check_json(capsys, str(tmp_path / "nested.xlsx"))
    (f,) = totals_findings(report)
    assert f["location"]["cell"] == "C4" and f["expected"] == 160


# --- towns over their villages with no 小计 word: the hierarchy by arithmetic ----------------------------
# 城关镇 160 = 东村 100 + 西村 60, 河西乡 40 = 南村 25 + 北村 15; the county 200 = 160 + 40 (the rows' plain sum, 400,
# counts each birth twice); deaths 80 = 50 + 30, 20 = 12 + 8, 100 = 80 + 20
TOWNS = [["城关镇", 160, 80], ["东村", 100, 50], ["西村", 60, 30], ["河西乡", 40, 20], ["南村", 25, 12], ["北村", 15, 8]]


def test_towns_heading_their_villages_are_found_by_what_adds_up(tmp_path, capsys):
    src = township_book(tmp_path / "towns.xlsx", COUNTS, [*TOWNS, ["全县", 200, 100]])
    status, report = check_json(capsys, str(src))
    assert totals_findings(report) == [] and status == 0
    rows = [list(r) for r in TOWNS]
    rows[2][1] = 66  # 西村 births 66: 城关镇 160 against 100 + 66 = 166 (its deaths, 80 = 50 + 30, still head the group)
    src = township_book(tmp_path / "towns.xlsx", COUNTS, [*rows, ["全县", 200, 100]])
    _status, report = check_json(capsys, str(src))
    (f,) = totals_findings(report)
    assert f["location"]["cell"] == "B4" and (f["expected"], f["actual"]) == (166, 160)
    assert f["message"].startswith("小计行 城关镇")


def test_a_flat_table_whose_total_adds_up_has_no_hidden_hierarchy(tmp_path, capsys):
    # 城关镇 160 is also 东村 100 + 西村 60 here, but the county row is the sum of all four rows: no heads
    flat = [["城关镇", 160, 80], ["东村", 100, 50], ["西村", 60, 30], ["河西乡", 40, 20]]
    src = township_book(tmp_path / "flat.xlsx", COUNTS, [*flat, ["全县", 360, 180]])
    status, report = check_json(capsys, str(src))
    assert totals_findings(report) == [] and status == 0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(1, 400), st.integers(1, 300)), min_size=2, max_size=6),
                min_size=2, max_size=5))
def test_property_any_consistent_town_village_table_checks_clean(towns: list[list[tuple[int, int]]]) -> None:
    """Towns, each the sum of its villages right under it, and a total of the towns: no totals finding."""
    from fpcheck.check import Options, check_document

    rows, k = [], 0
    for villages in towns:
        rows.append((f"镇{len(rows)}", sum(b for b, _ in villages), sum(d for _, d in villages)))
        for b, d in villages:
            k += 1
            rows.append((f"村{k}", b, d))
    heads = [r for r in rows if r[0].startswith("镇")]
    rows.append(("合计", sum(r[1] for r in heads), sum(r[2] for r in heads)))

    def rec(i: int, name: str, b: int, d: int) -> Record:
        loc = Location("t", sheet="S", cell=f"A{i}")
        return Record("合计" if name == "合计" else name, {"births": Value("births", b, str(b), 0, 1.0, loc),
                                                            "deaths": Value("deaths", d, str(d), 0, 1.0, loc)}, None, loc)
    doc = Document("t", "table", [rec(i, *r) for i, r in enumerate(rows)])
    check_document(doc, Options(diagnose=False))
    assert [f for f in doc.findings if f.rule.startswith("totals")] == []


@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(1, 400), st.integers(1, 300)), min_size=2, max_size=8), st.data())
def test_property_a_row_typed_twice_is_counted_once_and_warned(villages: list[tuple[int, int]],
                                                              data: st.DataObject) -> None:
    """Villages and their 合计, one village's row typed again right after it: no totals finding, one warning
    at the repeat; the same row with one figure changed is a unit of its own, and the 合计 then misses it."""
    from fpcheck.check import Options, check_document

    k = data.draw(st.integers(0, len(villages) - 1))
    rows = [(f"村{i}", b, d) for i, (b, d) in enumerate(villages)]
    total = ("合计", sum(b for b, _ in villages), sum(d for _, d in villages))

    def doc_of(table: list[tuple[str, int, int]]) -> Document:
        def rec(i: int, name: str, b: int, d: int) -> Record:
            loc = Location("t", sheet="S", cell=f"B{i + 3}")
            return Record(name, {"births": Value("births", b, str(b), 0, 1.0, loc),
                                 "deaths": Value("deaths", d, str(d), 0, 1.0, loc)}, None, loc)
        doc = Document("t", "table", [rec(i, *r) for i, r in enumerate(table)])
        return check_document(doc, Options(diagnose=False))

    twice = doc_of([*rows[:k + 1], rows[k], *rows[k + 1:], total])
    assert [(f.rule, f.location.cell) for f in twice.findings] == [("duplicate_row", f"B{k + 4}")]
    other = doc_of([*rows[:k + 1], (rows[k][0], rows[k][1], rows[k][2] + 1), *rows[k + 1:], total])
    assert {f.rule for f in other.findings} == {"totals"}


@settings(deadline=None)
@given(st.lists(st.lists(st.lists(st.tuples(st.integers(1, 400), st.integers(1, 300)), min_size=1, max_size=4),
                         min_size=1, max_size=3), min_size=2, max_size=3), st.data())
def test_property_subtotals_of_subtotals_three_levels_deep(districts: list[list[list[tuple[int, int]]]],
                                                           data: st.DataObject) -> None:
    """村 rows, each town's 小计 under them, each district's 小计 right after its last town's, then 合计: no totals
    finding; a district's 小计 one birth off is found there and nowhere else."""
    from fpcheck.check import Options, check_document

    def total(rows: list[tuple[str, int, int]]) -> tuple[int, int]:
        return sum(r[1] for r in rows), sum(r[2] for r in rows)

    off = data.draw(st.integers(0, len(districts)))  # (the district one off; len: none)
    rows: list[tuple[str, int, int]] = []
    heads = []
    for d, towns in enumerate(districts):
        subs = []
        for t, villages in enumerate(towns):
            vs = [(f"村{d}{t}{k}", b, x) for k, (b, x) in enumerate(villages)]
            subs.append((f"镇{d}{t}小计", *total(vs)))
            rows += [*vs, subs[-1]]
        b, x = total(subs)
        heads.append((f"片区{d}小计", b + (d == off), x))
        rows.append(heads[-1])
    rows.append(("合计", *total(heads)))

    def rec(i: int, name: str, b: int, x: int) -> Record:
        loc = Location("t", sheet="S", cell=f"B{i + 3}")
        return Record(name, {"births": Value("births", b, str(b), 0, 1.0, loc),
                             "deaths": Value("deaths", x, str(x), 0, 1.0, loc)}, None, loc)
    doc = check_document(Document("t", "table", [rec(i, *r) for i, r in enumerate(rows)]), Options(diagnose=False))
    found = {f.location.cell for f in doc.findings if f.rule == "totals"}
    expected = set() if off == len(districts) else {f"B{rows.index(heads[off]) + 3}"}
    assert found == expected


# --- 其中 rows: the total broken down another way (城镇/乡村), never units of the sum ----------------------
# births 200 = 城镇 120 + 乡村 80; deaths 100 = 城镇 45 + 乡村 55


def test_breakdown_rows_after_the_total_are_not_summed_but_checked_against_it(tmp_path, capsys):
    rows = [*UNITS, ["全县", 200, 100], ["其中：城镇", 120, 45], ["\u3000\u3000乡村", 80, 55]]
    status, report = check_json(capsys, str(township_book(tmp_path / "ok.xlsx", COUNTS, rows)))
    assert status == 0 and totals_findings(report) == []
    rows[-1] = ["\u3000\u3000乡村", 80, 57]  # deaths: 45 + 57 = 102, not the total's 100
    status, report = check_json(capsys, str(township_book(tmp_path / "bad.xlsx", COUNTS, rows)))
    (f,) = totals_findings(report)
    assert f["indicators"] == ["deaths"] and f["expected"] == 102 and f["actual"] == 100
    assert f["location"]["cell"] == "C7" and f["message"].startswith("合计行（按其中分组）")


def test_a_single_breakdown_row_is_a_part_not_a_unit(tmp_path, capsys):
    # totals first (yearbook style): 其中：城关镇 repeats a part of the total; the units still add up
    rows = [["全县", 200, 100], ["其中：城区", 70, 30], *UNITS]
    status, report = check_json(capsys, str(township_book(tmp_path / "first.xlsx", COUNTS, rows)))
    assert status == 0 and totals_findings(report) == []


def test_a_negated_note_declares_nothing(tmp_path, capsys):
    rows = [*UNITS, ["全县", 205, 100], ["注：总人口不含现役军人。", None, None]]
    _status, report = check_json(capsys, str(township_book(tmp_path / "n.xlsx", COUNTS, rows)))
    assert [f["indicators"] for f in totals_findings(report)] == [["births"]]
    assert not any(f["rule"].startswith("table_note") for d in report["documents"] for f in d["findings"])


def test_the_totals_row_decides_between_equally_good_repairs_of_a_row(tmp_path, capsys):
    # 石桥镇: 98 + 96 + 21 = 215, not 206. Transposing 21 → 12 or 98 → 89 each fixes the row alone; only
    # 12 makes the 三孩及以上 column add up to its total (22 + 12 + 15 = 49) without breaking the 一孩 one
    # (201 + 98 + 87 = 386). Rates: 391/48370.5 = 8.08‰, 206/31739 = 6.49‰, 182/27384 = 6.65‰,
    # 779/107493.5 = 7.25‰.
    header = ["乡镇", "年初人口", "年末人口", "出生人数", "一孩", "二孩", "三孩及以上", "出生率(‰)"]
    rows = [["城关镇", 48211, 48530, 391, 201, 168, 22, 8.08], ["石桥镇", 31876, 31602, 206, 98, 96, 21, 6.49],
            ["河口镇", 27450, 27318, 182, 87, 80, 15, 6.65], ["合计", 107537, 107450, 779, 386, 344, 49, 7.25]]
    _status, report = check_json(capsys, str(township_book(tmp_path / "t.xlsx", header, rows)))
    shiqiao = report["documents"][0]["records"][1]
    (repair,) = [f for f in shiqiao["findings"] if f["rule"] == "repair"]
    assert repair["suggestion"] == {"births_third_plus": 12} and repair["location"]["cell"] == "G5"
    assert repair["severity"] == "error"


def test_a_total_that_disagrees_with_sound_units_is_what_is_wrong(tmp_path, capsys):
    _status, report = check_json(capsys, str(township_book(tmp_path / "off.xlsx", COUNTS, [*UNITS, ["全县", 200, 105]])))
    (f,) = totals_findings(report)
    assert f["suggestion"] == {"deaths": 100}  # 50 + 30 + 20, no unit row is wrong in the column
    # a unit row that is itself wrong in the column takes the blame instead (see the test above)
    # 东河乡: 35 + 20 + 5 = 60, printed 65; the units' births add up to 205, the total says 200
    header = ["地区", "出生人数", "一孩", "二孩", "三孩及以上"]
    rows = [["城关镇", 100, 60, 30, 10], ["东河乡", 65, 35, 20, 5], ["西山乡", 40, 25, 10, 5], ["全县", 200, 120, 60, 20]]
    _status, report = check_json(capsys, str(township_book(tmp_path / "unit.xlsx", header, rows)))
    (f,) = totals_findings(report)
    assert f["indicators"] == ["births"] and "suggestion" not in f


# A census age table: 5-year groups, a section label, broad groups over them (one open), a 其中 row.
AGES = ["年龄", "人口数", "男", "女"]
AGE_ROWS = [["总计", 200, 100, 100], ["0-4岁", 10, 6, 4], ["5-9岁", 20, 11, 9], ["10-14岁", 30, 15, 15],
            ["15-19岁", 40, 20, 20], ["20岁及以上", 100, 48, 52], ["按年龄大组分", None, None, None],
            ["0-14岁", 60, 32, 28], ["15岁及以上", 140, 68, 72], ["其中：65岁及以上", 30, 12, 18]]


def test_broad_age_groups_are_the_sums_of_the_groups_inside_them(tmp_path, capsys):
    # 0-14 = 10 + 20 + 30; 15岁及以上 = 40 + 100 (the open 20岁及以上 lies inside it); 总计 = 60 + 140
    status, report = check_json(capsys, str(township_book(tmp_path / "ok.xlsx", AGES, AGE_ROWS)))
    assert status == 0 and totals_findings(report) == []
    rows = [list(r) for r in AGE_ROWS]
    rows[2] = ["5-9岁", 21, 12, 9]  # one more boy aged 5-9: 0-14 (60) no longer matches 10 + 21 + 30
    _status, report = check_json(capsys, str(township_book(tmp_path / "bad.xlsx", AGES, rows)))
    got = {(f["indicators"][0], f["location"]["cell"], f["expected"]) for f in totals_findings(report)
           if f["rule"] == "totals"}
    assert got == {("population", "B11", 61), ("population_male", "C11", 33)}


def test_a_unit_that_reported_nothing_leaves_its_columns_unsummed(tmp_path, capsys):
    # 乙乡 printed — everywhere: its figures are unknown, so 100 + ? + 40 cannot be held against 200
    rows = [["甲乡", 100, 50], ["乙乡", "—", "—"], ["丙乡", 40, 20], ["全县", 200, 100]]
    status, report = check_json(capsys, str(township_book(tmp_path / "dash.xlsx", COUNTS, rows)))
    assert status == 0 and totals_findings(report) == []


def _row(unit: str, r: int, pop: str, births: int, true_pop: int) -> Record:
    """A table row in cells B–D of row ``r``: population as printed, births, and the birth rate from the
    true population, rounded half-up to two decimals."""
    from decimal import ROUND_HALF_UP, Decimal

    from fpcheck.model import Location, Value

    rate = Decimal(births * 1000) / Decimal(true_pop)
    shown = str(rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    at = lambda c: Location("t.xlsx", sheet="S", cell=f"{c}{r}")  # noqa: E731
    return Record(unit, {"population": Value("population", float(pop), pop, 0, 1.0, at("B")),
                         "births": Value("births", float(births), str(births), 0, 1.0, at("C")),
                         "birth_rate": Value("birth_rate", float(shown), shown, 2, 1.0, at("D"))})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(20_000, 99_999), st.integers(80, 140)), min_size=3, max_size=8),
       st.data(), st.randoms(use_true_random=False))
def test_a_row_corrupted_against_a_right_total_is_repaired_to_its_original_or_not_at_all(
        rows: list[tuple[int, int]], data: st.DataObject, rng: random.Random) -> None:
    from fpcheck.check import Options, check_document
    from fpcheck.diagnose.operators import corrupt
    from fpcheck.model import Document

    # a consistent table (births ≈ population × 8–14‰, rates rounded half-up), the 合计 the true sums; then one
    # unit's population damaged by one operator: any repair is that unit's original
    k = data.draw(st.integers(0, len(rows) - 1))
    op = data.draw(st.sampled_from(["transposition", "digit_substituted", "digit_dropped", "token_paste"]))
    pops = [str(p) for p, _ in rows]
    bad = corrupt(pops[k], op, rng)
    assume(bad is not None and bad.isdigit() and not bad.startswith("0"))
    births = [p * b // 10_000 for p, b in rows]
    records = [_row(f"镇{i}", i + 2, bad if i == k else pops[i], births[i], p) for i, (p, _) in enumerate(rows)]
    total = sum(p for p, _ in rows)
    records.append(_row("合计", len(rows) + 2, str(total), sum(births), total))
    doc = check_document(Document("t.xlsx", "table", records), Options())
    suggested = [(i, f.suggestion) for i, fs in enumerate(doc.record_findings) for f in fs if f.rule == "repair"]
    assert all(i == k and s == {"population": float(pops[k])} for i, s in suggested), (pops[k], bad, suggested)
    if doc.record_findings[k]:  # the damage shows in its own row (a damaged figure its rate absorbs does not)
        assert not any(f.suggestion for f in doc.findings if f.rule == "totals")  # so the total is not blamed


def _wan(ind: str, persons: int, cell: str) -> Value:
    """A count printed in 万 to one decimal (5,475,877 persons → 547.6), as a yearbook prints it."""
    shown = round(persons / 1000) / 10
    return Value(ind, shown * 10000, f"{shown:.1f}", 1, 10000.0, Location("t", sheet="s", cell=cell))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(100_000, 9_000_000), st.integers(5, 20)), min_size=2, max_size=16))
def test_a_total_rate_of_the_true_sums_fits_the_sums_of_rounded_rows(rows: list[tuple[int, int]]) -> None:
    # every row's population and births printed in 万 to 0.1, the total row likewise from the true sums, its
    # birth rate from the true sums: the sums of the rounded rows miss the true ones by up to ±0.05万 a row,
    # and the rate recomputed from them must allow for that (no totals finding at all)
    from fpcheck.catalog import default_catalog
    from fpcheck.rules import core_rules
    from fpcheck.totals import check_totals

    pops = [p for p, _ in rows]
    births = [p * per_mille // 1000 for p, per_mille in rows]
    records = [Record(f"市{i}", {"population_end": _wan("population_end", p, f"B{i + 3}"),
                                 "births": _wan("births", b, f"C{i + 3}")}) for i, (p, b) in enumerate(zip(pops, births))]
    rate = round(sum(births) / sum(pops) * 1000, 2)
    n = len(rows) + 3
    records.append(Record("合计", {
        "population_end": _wan("population_end", sum(pops), f"B{n}"), "births": _wan("births", sum(births), f"C{n}"),
        "birth_rate": Value("birth_rate", rate, f"{rate:.2f}", 2, 1.0, Location("t", sheet="s", cell=f"D{n}"))}))
    found = check_totals(Document("t", "table", records=records), core_rules(), default_catalog())
    assert found == [], [f.message_en for f in found]


COUNTY_COLUMNS = ["地区", "年末人口", "出生人数", "死亡人数", "户数"]
COUNTY_TOWNS = [["城关镇", 5000, 100, 50, 1800], ["东河乡", 3000, 60, 30, 1100], ["西山乡", 2000, 40, 20, 700]]


def test_a_place_row_that_sums_the_others_is_the_totals_row(tmp_path):
    # 平川县 first, 10000 = 5000 + 3000 + 2000 and so in every column: the totals row, though no 合计 names it
    (doc,) = read_table(township_book(tmp_path / "county_first.xlsx", COUNTY_COLUMNS,
                                      [["平川县", 10000, 200, 100, 3600], *COUNTY_TOWNS]))
    assert [r.unit for r in doc.records] == ["合计", "城关镇", "东河乡", "西山乡"]
    # one column off (births 210) still leaves three of four: the totals row, and the column is told as wrong
    (doc,) = read_table(township_book(tmp_path / "one_off.xlsx", COUNTY_COLUMNS,
                                      [["平川县", 10000, 210, 100, 3600], *COUNTY_TOWNS]))
    assert doc.records[0].unit == "合计"
    # a row matching the others' sum in two columns only is a unit like the others
    (doc,) = read_table(township_book(tmp_path / "unit.xlsx", COUNTY_COLUMNS,
                                      [["平川县", 10000, 210, 100, 3700], *COUNTY_TOWNS]))
    assert doc.records[0].unit == "平川县"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 400), st.integers(1, 300)), min_size=3, max_size=6),
       st.lists(st.tuples(st.integers(1, 400), st.integers(1, 300)), min_size=2, max_size=5))
def test_property_an_indented_subtotal_leaving_out_its_last_member_is_told(
        districts: list[tuple[int, int]], counties: list[tuple[int, int]]) -> None:
    """506: 全市, then 市辖区 over its districts indented under it, then the counties; 市辖区 printed as the sum of all
    but its last district (left out in every column), 全市 right. The three districts that add up to it are not its
    only rows: the indentation says all are, so the subtotal is told in both counts, against the districts' sum,
    and 全市 (the sum of the districts and the counties) has no finding."""
    from fpcheck.check import Options, check_document

    rest = [*districts, *counties]  # (no row the sum of a run of those after it in a column: no other hierarchy)
    assume(not any(sum(r[c] for r in rest[i + 1 : j]) == rest[i][c]
                   for c in (0, 1) for i in range(len(rest)) for j in range(i + 3, len(rest) + 1)))
    short = (sum(b for b, _ in districts[:-1]), sum(d for _, d in districts[:-1]))
    whole = (sum(b for b, _ in districts), sum(d for _, d in districts))
    rows = [("合计", whole[0] + sum(b for b, _ in counties), whole[1] + sum(d for _, d in counties)),
            ("市辖区", *short), *((f"区{k}", b, d) for k, (b, d) in enumerate(districts)),
            *((f"县{k}", b, d) for k, (b, d) in enumerate(counties))]

    def rec(i: int, name: str, b: int, d: int) -> Record:
        loc = Location("t", sheet="S", cell=f"A{i}")
        return Record(name, {"births": Value("births", b, str(b), 0, 1.0, Location("t", sheet="S", cell=f"B{i}")),
                             "deaths": Value("deaths", d, str(d), 0, 1.0, Location("t", sheet="S", cell=f"C{i}"))},
                      None, loc)
    doc = Document("t", "table", [rec(i, *r) for i, r in enumerate(rows)])
    doc.levels = [0, 0, *([1] * len(districts)), *([0] * len(counties))]
    check_document(doc, Options(diagnose=False))
    told = {(f.location.cell, f.expected, f.actual) for f in doc.findings if f.rule == "totals"}
    assert told == {("B1", whole[0], short[0]), ("C1", whole[1], short[1])}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 4000), st.integers(0, 60), st.integers(0, 60)), min_size=2, max_size=8),
       st.data())
def test_property_a_summary_sheet_is_the_sum_of_its_unit_sheets(villages: list[tuple[int, int, int]],
                                                               data: st.DataObject) -> None:
    """509: a 汇总 sheet of one record beside a sheet per village (each named by it): its counts, the population too,
    are the sums of theirs — none told while they are; a village's figure changed after the 汇总 was summed is told
    on the 汇总, against the sum the sheets now give."""
    from fpcheck.check import Options, check_document
    from fpcheck.workbook import link_unit_sheets

    def form(sheet: str, unit: str, pop: int, births: int, deaths: int) -> Document:
        loc = Location("w.xlsx", sheet=sheet, cell="D5")
        rec = Record(unit, {k: Value(k, float(v), str(v), 0, 1.0, Location("w.xlsx", sheet=sheet, cell=f"D{r}"))
                            for r, (k, v) in enumerate((("population_end", pop), ("births", births),
                                                        ("deaths", deaths)), start=5)}, "2019", loc)
        return Document("w.xlsx", "table", [rec], sheet=sheet)

    sums = [sum(v[k] for v in villages) for k in range(3)]
    k = data.draw(st.integers(0, len(villages) - 1))
    bump = data.draw(st.integers(1, 9))
    for changed in (False, True):
        rows = [(p, b + (bump if changed and j == k else 0), d) for j, (p, b, d) in enumerate(villages)]
        docs = [form("汇总", "栗木镇", *sums), *(form(f"{j}村", f"{j}村", *v) for j, v in enumerate(rows))]
        link_unit_sheets(docs)
        check_document(docs[0], Options(diagnose=False))
        told = [(f.indicators, f.expected, f.actual) for f in docs[0].findings if f.rule == "totals"]
        assert told == ([(["births"], sums[1] + bump, sums[1])] if changed else [])
