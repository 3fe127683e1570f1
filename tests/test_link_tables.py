"""A unit's figures on two tables of one workbook (表1 人口变动 and 表2 出生情况 both print its births) must agree."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from fpcheck.check import Options, check_document
from fpcheck.tables import read_table


def _package(births: list[tuple[int, int]], typo: tuple[int, int] | None = None,
             names: tuple[str, str] = ("表1 人口变动", "表2 出生情况"),
             titles: tuple[str, str] = ("2024年各乡镇人口变动情况", "2024年各乡镇出生情况")) -> list[tuple[str | None, str | None]]:
    """(sheet, cell) of every cross_sheet finding of a two-table package: 表1 births by township, 表2 the same
    births by sex; ``typo`` (row, births) retypes one township's births on 表2 only."""
    wb = openpyxl.Workbook()
    one = wb.active
    one.title = names[0]
    one.append([titles[0]])
    one.append(["乡镇", "出生人数", "死亡人数"])
    two = wb.create_sheet(names[1])
    two.append([titles[1]])
    two.append(["乡镇", "出生人数", "男", "女"])
    for k, (boys, girls) in enumerate(births):
        one.append([f"镇{k + 1}", boys + girls, 10 + k])
        shown = typo[1] if typo is not None and typo[0] == k else boys + girls
        two.append([f"镇{k + 1}", shown, boys, girls])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "package.xlsx"
        wb.save(path)
        docs = [check_document(d, Options(diagnose=False)) for d in read_table(path)]
    return [(f.location.sheet, f.location.cell) for d in docs for f in d.all_findings()
            if f.rule == "cross_sheet" and f.location is not None]


towns = st.lists(st.tuples(st.integers(5, 300), st.integers(5, 300)), min_size=2, max_size=6)


@settings(max_examples=25, deadline=None)
@given(towns, st.data())
def test_a_townships_births_retyped_on_one_table_is_found_on_that_copy(births: list[tuple[int, int]],
                                                                       data: st.DataObject) -> None:
    assert _package(births) == []  # the same figures twice: nothing
    k = data.draw(st.integers(0, len(births) - 1))
    wrong = sum(births[k]) + data.draw(st.integers(1, 9))
    # 表2's copy breaks its own 男 + 女: the finding is there, on its births cell (row k + 3)
    assert _package(births, (k, wrong)) == [("表2 出生情况", f"B{k + 3}")]


def test_sheets_named_for_periods_are_no_copies_of_each_other() -> None:
    # 1月 and 2月 print each township's births of their own month: different figures, rightly
    assert _package([(30, 28), (12, 15)], (0, 70), names=("1月", "2月")) == []


def test_tables_of_two_populations_are_no_copies_of_each_other() -> None:
    # the 户籍 population's births beside the 常住 population's, the migrants' beside everyone's: other figures, rightly
    assert _package([(30, 28), (12, 15)], (0, 70), titles=("2024年各乡镇户籍人口变动情况", "2024年各乡镇常住人口出生情况")) == []
    assert _package([(30, 28), (12, 15)], (0, 70), titles=("2024年各乡镇人口变动情况", "2024年各乡镇流动人口出生情况")) == []


def test_the_copy_fewer_of_its_own_checks_vouch_for_is_blamed() -> None:
    # 表1's 横江镇 births 236 for 263, its rate worked from the typo (236 / mean(33120, 33080) × 1000 = 7.13): 表1 holds
    # in itself, but 表2's 263 = 男 137 + 女 126 = 140 + 120 + 3 (two checks vouch for it, one for 表1's): the finding is
    # 表1's, on D4
    wb = openpyxl.Workbook()
    one = wb.active
    one.title = "表1 人口变动"
    one.append(["2024年各乡镇人口变动情况"])
    one.append(["乡镇", "年初人口", "年末人口", "出生人数", "出生率（‰）"])
    one.append(["城关镇", 40000, 40200, 400, 9.98])
    one.append(["横江镇", 33120, 33080, 236, 7.13])
    two = wb.create_sheet("表2 出生情况")
    two.append(["2024年各乡镇出生情况"])
    two.append(["乡镇", "出生人数", "男", "女", "一孩", "二孩", "三孩及以上"])
    two.append(["城关镇", 400, 210, 190, 200, 195, 5])
    two.append(["横江镇", 263, 137, 126, 140, 120, 3])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "package.xlsx"
        wb.save(path)
        docs = [check_document(d, Options(diagnose=False)) for d in read_table(path)]
    found = [(f.location.sheet, f.location.cell, f.expected) for d in docs for f in d.all_findings()
             if f.rule == "cross_sheet" and f.location is not None]
    assert found == [("表1 人口变动", "D4", 263)]
