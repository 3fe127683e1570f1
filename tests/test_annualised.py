"""Part-year rates printed for a whole year (折合全年, 年化): read as such from reports and tables, checked on their factor."""

import math

import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fpcheck.extract import extract
from fpcheck.model import Record, Value, annual_factor, period_months
from fpcheck.validate import validate, validate_records

SETTINGS = settings(max_examples=60, deadline=None)


def _values(text: str) -> dict[str, tuple[float | None, float | None]]:
    """The first record's values of ``text``: (number, annualised factor)."""
    rec = extract(text, "t").records[0]
    return {k: (v.number, v.annualised) for k, v in rec.values.items()}


def test_rates_after_an_annualising_cue_carry_the_factor_the_text_states() -> None:
    got = _values("1—9月全县出生3318人。人口变动指标按年化口径（1—9月数据乘以12/9）计算：人口出生率11.43‰，死亡率7.05‰，"
                  "自然增长率4.38‰。")
    assert got["birth_rate"] == (11.43, 12 / 9)
    assert got["death_rate"] == (7.05, 12 / 9)
    assert got["natural_growth_rate"] == (4.38, 12 / 9)
    assert got["births"] == (3318, None)


def test_a_quarter_multiplied_by_four_says_so() -> None:
    got = _values("一季度出生98人。按季度数乘以4折算为年率：出生率7.45‰，死亡率9.20‰。")
    assert got["birth_rate"] == (7.45, 4.0)
    assert got["death_rate"] == (9.2, 4.0)


def test_without_a_stated_factor_the_period_gives_it() -> None:
    """上半年 covers six months: its 折合全年 rate is twice the half-year's."""
    got = _values("上半年全镇出生160人，折合全年出生率为10.24‰。")
    assert got["birth_rate"] == (10.24, 2.0)


def test_the_periods_own_rates_listed_after_the_annualised_ones_are_the_values() -> None:
    """按全年折算 first, then 按半年实际计算，分别为…: the half-year's own rates replace the annualised ones, in order."""
    got = _values("上半年全县出生2716人。按全年折算，全县人口出生率为11.26‰，死亡率为7.40‰，自然增长率为3.86‰；"
                  "按半年实际计算，分别为5.63‰、3.70‰和1.93‰。")
    assert {k: got[k] for k in ("birth_rate", "death_rate", "natural_growth_rate")} == {
        "birth_rate": (5.63, None), "death_rate": (3.7, None), "natural_growth_rate": (1.93, None)}


def test_a_rate_after_a_bracketed_restatement_is_the_periods_own() -> None:
    """出生率4.86‰（折合全年9.72‰），死亡率3.40‰: the bracket closes before 死亡率, which is the half-year's."""
    got = _values("上半年出生率4.86‰（折合全年9.72‰），死亡率3.40‰（折合全年6.80‰）。")
    assert got["birth_rate"] == (4.86, None)
    assert got["death_rate"] == (3.4, None)


def test_a_negated_cue_annualises_nothing() -> None:
    got = _values("1—9月出生300人，以下均未年化：出生率5.01‰，死亡率4.22‰。")
    assert got["birth_rate"] == (5.01, None)


def test_the_periods_own_rate_printed_later_replaces_an_annualised_one() -> None:
    got = _values("1—6月出生200人。折合全年出生率11.26‰。上半年实际出生率5.63‰。")
    assert got["birth_rate"] == (5.63, None)


def test_planned_births_broken_down_by_parity_in_brackets() -> None:
    """计划内出生229人（一孩131人、二孩91人、多孩7人）: the planned births of each parity, not the births."""
    got = _values("累计出生236人，一孩131人，二孩89人，多孩7人。计划内出生229人（一孩131人、二孩91人、多孩7人）。")
    assert {k: got[k][0] for k in ("births_second", "births_first_planned", "births_second_planned",
                                   "births_third_plus_planned")} == {
        "births_second": 89, "births_first_planned": 131, "births_second_planned": 91, "births_third_plus_planned": 7}


def test_a_reports_annualised_rates_are_checked_on_their_factor() -> None:
    """841-style: 3318 births over the mean of 386214 and 387932 is 8.572‰ for nine months, × 12/9 = 11.43‰: no
    finding; the same report with 12.43 printed is off by a whole per mille."""
    text = ("全县年初户籍人口386214人，9月末户籍人口387932人。1—9月全县出生3318人，死亡2046人。按年化口径（乘以12/9）计算："
            "人口出生率{}‰，死亡率7.05‰，自然增长率{}‰。")
    good = extract(text.format("11.43", "4.38"), "t")
    assert [f.rule for f in validate_records(good.records)[0]] == []
    bad = extract(text.format("12.43", "4.38"), "t")
    rules = {f.rule for f in validate_records(bad.records)[0]}
    assert {"birth_rate_from_counts", "natural_growth_is_difference"} <= rules


def test_period_months_and_factors() -> None:
    assert [period_months(p) for p in ("half-year", "to-date: 9月", "to-date: 11月末", "quarter: 三季度", "month: 8月",
                                      "full-year", None, "上年同期")] == [6, 9, 11, 3, 1, 12, None, None]
    assert annual_factor("to-date: 8月") == 1.5
    assert math.isnan(annual_factor(None))


def _rate_frame(births: int, start: int, end: int, months: int, printed: float, factor: float | None) -> pd.DataFrame:
    row = {"population_start": float(start), "population_end": float(end), "births": float(births),
           "birth_rate": printed, "birth_rate__decimals": 2, "_partial_period": 1.0}
    if factor is not None:
        row["birth_rate__annualised"] = factor
    return pd.DataFrame([row])


@SETTINGS
@given(st.integers(100, 5_000), st.integers(20_000, 400_000), st.integers(-2_000, 2_000), st.integers(1, 11))
def test_an_annualised_rate_holds_on_its_factor_and_the_periods_rate_does_not_pass_for_it(
        births: int, start: int, change: int, months: int) -> None:
    """The period's rate × 12 / months, rounded to two decimals, passes with that factor; the period's own rate with the
    same factor (a rate wrongly said annualised) is off by at least 1/11 of itself, far beyond rounding."""
    end = start + change
    period_rate = births * 1000 / ((start + end) / 2)
    factor = 12 / months
    annualised = _rate_frame(births, start, end, months, round(period_rate * factor, 2), factor)
    assert [f.rule for f in validate(annualised).findings() if f.rule == "birth_rate_from_counts"] == []
    wrong = _rate_frame(births, start, end, months, round(period_rate, 2), factor)
    assert [f.rule for f in validate(wrong).findings() if f.rule == "birth_rate_from_counts"] == ["birth_rate_from_counts"]


@SETTINGS
@given(st.floats(5, 30), st.floats(2, 15), st.integers(1, 11))
def test_growth_holds_between_rates_annualised_alike_and_is_not_judged_across_factors(
        birth: float, death: float, months: int) -> None:
    """自然增长率 = 出生率 − 死亡率 holds in rates annualised by one factor; where only one of them is annualised the
    printed figures are on different footings and the rule does not apply (no finding either way)."""
    factor = 12 / months
    b, d = round(birth * factor, 2), round(death * factor, 2)
    alike = pd.DataFrame([{"birth_rate": b, "death_rate": d, "natural_growth_rate": round(b - d, 2),
                           "birth_rate__annualised": factor, "death_rate__annualised": factor,
                           "natural_growth_rate__annualised": factor}])
    assert not [f for f in validate(alike).findings() if f.rule == "natural_growth_is_difference"]
    mixed = pd.DataFrame([{"birth_rate": b, "death_rate": round(death, 2), "natural_growth_rate": round(b - d, 2) + 5,
                           "birth_rate__annualised": factor}])
    assert not [f for f in validate(mixed).findings() if f.rule == "natural_growth_is_difference"]


def test_an_annualised_rate_of_unknown_factor_is_not_checked_against_counts() -> None:
    rec = Record("甲镇", {"population_start": Value("population_start", 50000, "50000"),
                         "population_end": Value("population_end", 50200, "50200"),
                         "births": Value("births", 120, "120"),
                         "birth_rate": Value("birth_rate", 9.56, "9.56", 2, annualised=float("nan"))}, None)
    assert [f.rule for f in validate_records([rec])[0]] == []


def test_a_text_saying_its_rates_are_the_periods_own_is_noted_on_its_record() -> None:
    for said in ("人口出生率4.52‰，死亡率5.13‰，均为半年数，未折算全年。", "以上三率为季度数。", "出生率5.01‰（未经年化）。",
                 "出生率8.76‰（按年初、9月末平均人口计算，未折算年率）。", "出生率2.57‰，系实际发生率，不作年率换算。",
                 "出生率2.63‰（季度数，不折年）。"):
        assert extract("上半年全县出生1862人。" + said, "t").records[0].own_rates, said
    for silent in ("人口出生率4.52‰，死亡率5.13‰。", "折合全年出生率为9.04‰。", "全年出生率为10.5‰。",
                   "流动人口未折算为常住人口。", "不折年龄分组。"):  # (未折算 of something else than the rates, for a year)
        assert not extract("上半年全县出生1862人。" + silent, "t").records[0].own_rates, silent


def test_a_quarters_own_rate_below_a_years_plausible_range_is_no_warning() -> None:
    """1370 / 1376 / 1378: a quarter's report whose period the extraction leaves unnamed (第二季度 is no half-year,
    no year to date) but whose text says its rates are its own: 2.57‰ is a quarter's birth rate (51 births on a mean
    of 19856.5: 2.568‰), no year's below the plausible 3‰. The same rate in a year's report is warned on."""
    body = "户籍人口由3月末的19842人增加到6月末的19871人。本季度出生51人，出生率2.57‰{}。"
    quarter = extract("稗溪乡2017年第二季度计划生育工作季报\n" + body.format("，不作年率换算"), "t").records
    assert [(r.period, r.own_rates) for r in quarter] == [(None, True)]
    assert [f.rule for f in validate_records(quarter)[0]] == []
    year = extract("稗溪乡2017年计划生育工作总结\n" + body.format(""), "t").records
    assert [f.rule for f in validate_records(year)[0] if f.severity == "warning"] == ["range.birth_rate"]


def _part_year(births: int, start: int, end: int, printed: float, own: bool) -> pd.DataFrame:
    frame = _rate_frame(births, start, end, 6, printed, None)
    if own:
        frame["_own_rates"] = 1.0
    return frame


def _birth_rate_severities(frame: pd.DataFrame) -> list[str]:
    return [f.severity for f in validate(frame).findings() if f.rule == "birth_rate_from_counts"]


@SETTINGS
@given(st.integers(100, 5_000), st.integers(20_000, 400_000), st.integers(-2_000, 2_000), st.floats(0.05, 3.0))
def test_a_part_year_rate_said_to_be_the_periods_own_is_an_error_when_its_counts_disagree(
        births: int, start: int, change: int, off: float) -> None:
    """均为半年数，未折算全年: the half-year's rate on the mean of its bounds, rounded, passes; one off by more than its
    rounding (0.05‰ or more) is an error. Without the text saying so the same miss is only a warning (the rate might
    have been printed annualised, or on another base)."""
    end = start + change
    rate = births * 1000 / ((start + end) / 2)
    assert _birth_rate_severities(_part_year(births, start, end, round(rate, 2), own=True)) == []
    missed = round(rate + off, 2)
    assert _birth_rate_severities(_part_year(births, start, end, missed, own=True)) == ["error"]
    assert _birth_rate_severities(_part_year(births, start, end, missed, own=False)) == ["warning"]


@SETTINGS
@given(st.integers(200, 2_000), st.integers(5_000, 50_000), st.integers(1_000, 5_000))
def test_a_part_year_rate_that_holds_on_one_bound_alone_is_not_excused_when_the_mean_is_known(
        births: int, start: int, change: int) -> None:
    """A part-year record with both bounds: its base is their mean. A rate that holds only on its start (a mistyped end,
    1227: 418172 for 411872) is warned on, though a start alone is a plausible base where the end is not printed."""
    end = start + change
    on_start, on_mean = births * 1000 / start, births * 1000 / ((start + end) / 2)
    assume(abs(on_start - on_mean) > 0.05)  # (beyond the rounding of the printed rate and of the counts)
    frame = _part_year(births, start, end, round(on_start, 2), own=False)
    assert _birth_rate_severities(frame) == ["warning"]
    assert _birth_rate_severities(frame.drop(columns=["population_end"])) == []


def test_annualised_rates_stay_the_values_when_a_target_for_them_follows() -> None:
    """1223: the 1—11月 rates printed only 折合全年, then the city's targets for them after a semicolon (控制目标为出生率
    12.5‰以内): the targets are no rates of the period's own that would replace them."""
    got = _values("1—11月全县死亡2318人。按1—11月实际数折合全年（乘以12/11）计算，全县人口出生率12.15‰，死亡率7.09‰，"
                  "自然增长率5.06‰；市下达的控制目标为出生率12.5‰以内、自然增长率6‰以内。")
    assert {k: got[k] for k in ("birth_rate", "death_rate", "natural_growth_rate")} == {
        "birth_rate": (12.15, 12 / 11), "death_rate": (7.09, 12 / 11), "natural_growth_rate": (5.06, 12 / 11)}


@SETTINGS
@given(st.floats(0.05, 2.9), st.sampled_from(["quarter: 三季度", "month: 8月", "half-year", "to-date: 9月"]))
def test_a_part_of_a_years_own_rate_below_a_years_plausible_range_is_no_warning(rate: float, period: str) -> None:
    """1225: a quarter's 出生率 2.92‰ is a quarter's (a year's would be four times it): below a year's plausible 3‰ it is
    no warning, as a month's or a half-year's is not; the same rate for a whole year is warned on."""
    def range_findings(period: str | None) -> list[str]:
        rec = Record("甲镇", {"birth_rate": Value("birth_rate", round(rate, 2), f"{rate:.2f}", 2)}, period)
        return [f.severity for f in validate_records([rec])[0] if f.rule == "range.birth_rate"]

    assert range_findings(period) == []
    assert range_findings("full-year") == ["warning"]
