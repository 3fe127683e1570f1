"""A count of a part of a period against the same unit's count of a period holding it (fpcheck.within): a month's
人流 above the year to date's, a quarter's births above the nine months', 本月 above 本年累计 in a table."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpcheck.catalog import default_catalog
from fpcheck.check import Options, check_document
from fpcheck.extract import extract
from fpcheck.model import Document, Record, Value, period_span
from fpcheck.read import read_text
from fpcheck.tables import read_table
from fpcheck.within import within_findings

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REPORTS = Path(__file__).parent / "fixtures" / "reports"
MONTHLY = ("稷川镇人口监测月报（2023年第8期）\n一、8月份情况\n本月全镇出生{births}人，死亡27人；完成人流{month}例。\n"
           "二、1—8月累计情况\n1—8月全镇累计出生176人，死亡203人；累计人流{to_date}例。\n")


def _within(doc: Document) -> list[tuple[str, float | None, float | None]]:
    """(indicator, the longer period's figure, the part's) of every ``period_within`` finding, checked as the CLI does."""
    check_document(doc, Options(diagnose=False))
    return [(f.indicators[0], f.actual, f.expected) for f in doc.all_findings() if f.rule == "period_within"]


def test_period_spans_by_hand() -> None:
    assert [period_span(p) for p in ("month: 8月", "quarter: 三季度", "half-year", "to-date: 8月末", "full-year",
                                     "to-date: 11月", "quarter: 一季度", None, "2023", "上年同期")] == [
        (8, 8), (7, 9), (1, 6), (1, 8), (1, 12), (1, 11), (1, 3), None, None, None]


def test_a_months_abortions_above_the_year_to_dates_are_found_on_the_to_date_figure() -> None:
    # 1373's slip: 本月人流5例 beside 1—8月累计人流4例 (the 2 of 24 dropped): found on the 4, the 5 named
    text = MONTHLY.format(births=23, month=5, to_date=4)
    doc = extract(text, "t")
    assert [(r.period, r.values["abortions"].number) for r in doc.records] == [("month: 8月", 5), ("to-date: 8月", 4)]
    assert _within(doc) == [("abortions", 4, 5)]
    (finding,) = [f for f in doc.all_findings() if f.rule == "period_within"]
    assert finding.location is not None and text[slice(*finding.location.span)] == "4"
    assert "1—8月" in finding.message and "其中8月的 5" in finding.message
    assert within_findings(extract(MONTHLY.format(births=23, month=5, to_date=24), "t"), default_catalog()) == []


def test_fixture_1373_is_found_where_it_was_planted() -> None:
    # tests/fixtures/reports/1373: 累计人流 printed 4 (true 24) below the month's 5; nothing else compares wrongly
    # (the month's births 23, deaths 27, 放环 3, 结扎 1 are all below their 1—8月 sums 176, 203, 26, 8)
    (path,) = REPORTS.glob("1373_*.txt")
    assert _within(extract(read_text(path), path.name)) == [("abortions", 4, 5)]


@given(st.integers(0, 400), st.integers(0, 400), st.sampled_from(["births", "deaths", "abortions", "sterilizations"]))
@SETTINGS
def test_a_part_above_its_whole_is_an_error_and_only_then(part: int, whole: int, ind: str) -> None:
    # a unit's records for 三季度 and 1—9月 (and one for 全年 holding both): each pair of a part and a period holding
    # it compares; the stocks (the year-end population) never do
    def rec(period: str, n: int, pop: int) -> Record:
        return Record("东河乡", {ind: Value(ind, n, str(n)), "population_end": Value("population_end", pop, str(pop))},
                      period)
    records = [rec("quarter: 三季度", part, 50000), rec("to-date: 9月", whole, 30000), rec("full-year", whole + 50, 1)]
    got = within_findings(Document("t", "report", records=records), default_catalog())
    want = [(whole, part)] if part > whole else []
    want += [(whole + 50, part)] if part > whole + 50 else []
    assert sorted((f.actual, f.expected) for f in got) == sorted(want)
    assert all(f.indicators == [ind] and f.severity == "error" for f in got)


def test_other_units_and_periods_no_part_holds_are_not_compared() -> None:
    # 西山镇's month beside 东河乡's year to date; a 上年同期 beside this year's month: no pair
    def rec(unit: str, period: str, n: int) -> Record:
        return Record(unit, {"births": Value("births", n, str(n))}, period)
    records = [rec("西山镇", "month: 8月", 90), rec("东河乡", "to-date: 8月", 10), rec("东河乡", "上年同期", 5),
               rec("东河乡", "month: 9月", 30)]
    assert within_findings(Document("t", "report", records=records), default_catalog()) == []


def test_a_tables_this_month_above_its_year_to_date_is_found_on_the_cell() -> None:
    # 出生人数 | 死亡人数 each over 本月 | 本年累计 under a title naming the month, as a clerk's CSV: 竹园村's 累计 births 3
    # below its 本月 4 (fixture 631's slip), found on its cell (line 5, column 3); its deaths 1 and 9 hold
    csv = ("东河乡2024年8月人口月报表（分村）\n村名,出生人数,,死亡人数,\n,本月,本年累计,本月,本年累计\n"
           "东山村,5,31,2,20\n竹园村,4,3,1,9\n合计,9,34,3,29\n")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "月报.csv").write_text(csv, encoding="utf-8")
        docs = read_table(Path(tmp) / "月报.csv")
    found = [(f.location.label() if f.location else None, f.actual, f.expected)
             for d in docs for f in (check_document(d, Options(diagnose=False)).all_findings())
             if f.rule == "period_within"]
    assert found == [("line 5, column 3", 3, 4)]
