"""validate(): each rule kind on hand-worked figures, tolerance from printed precision, missing ≠ failing."""

import math
from pathlib import Path

import numpy as np
import pandas as pd

from hypothesis import given, settings
from hypothesis import strategies as st

from fpcheck.validate import validate

FIX = Path(__file__).parent / "fixtures"


def failing(df: pd.DataFrame) -> dict[str, list[int]]:
    return {k: v.tolist() for k, v in validate(df).failing_rows().items()}


def test_sum_is_exact_for_counts() -> None:
    df = pd.DataFrame({"births": [767, 767, 767], "births_first": [510, 511, 52023],
                       "births_second": [220, 220, 220], "births_third_plus": [37, 37, 37]})
    assert failing(df) == {"births_by_parity": [1, 2]}
    f = validate(df).findings([2])[0]
    assert f.expected == 52023 + 220 + 37 and f.actual == 767
    assert set(f.indicators) == {"births", "births_first", "births_second", "births_third_plus"}
    assert "52280" in f.message and "767" in f.message


def test_married_women_parts_of_seed_000_disagree_by_one() -> None:
    # 426 + 3710 + 5553 + 704 = 10393 against a printed total of 10392
    df = pd.DataFrame({"married_women": [10392], "married_women_childless": [426], "married_women_one_child": [3710],
                       "married_women_two_children": [5553], "married_women_three_plus": [704]})
    f = validate(df).findings()
    assert [(x.rule, x.expected, x.actual, x.severity) for x in f] == [("married_women_by_children", 10393, 10392, "error")]


def test_ratio_tolerance_is_half_a_unit_plus_one_unit_of_the_printed_rate() -> None:
    # 81.14 printed with 2 decimals: |computed − 81.14| ≤ 0.015
    births = 100000
    planned = [81155, 81156, 81124, 81125]  # 81.155 (ok), 81.156 (off by 0.016), 81.124 (off by 0.016), 81.125 (ok)
    df = pd.DataFrame({"births": [births] * 4, "births_planned": planned, "planned_birth_rate": [81.14] * 4})
    assert failing(df).get("planned_birth_rate_from_counts") == [1, 2]


def test_planned_birth_rate_of_seed_000_disagrees_and_is_not_attainable() -> None:
    # (510 + 101 + 5) / 767 = 80.31%; 622/767 = 81.10%, 623/767 = 81.23%: 81.14% cannot be printed from 767 births
    df = pd.DataFrame({"births": [767], "births_first_planned": [510], "births_second_planned": [101],
                       "births_third_plus_planned": [5], "planned_birth_rate": [81.14]})
    found = {f.rule: f for f in validate(df).findings()}
    assert set(found) == {"planned_birth_rate_from_counts", "planned_birth_rate_attainable"}
    assert round(found["planned_birth_rate_from_counts"].expected, 2) == 80.31
    assert "80.31" in found["planned_birth_rate_from_counts"].message


def test_grim_example_from_the_issue() -> None:
    # 96.05% of 126 is impossible (121/126 = 96.03%, 122/126 = 96.83%); 96.03% and 96.83% are fine
    df = pd.DataFrame({"checkup_expected": [126, 126, 126], "checkup_rate": [96.05, 96.03, 96.83]})
    assert failing(df) == {"checkup_rate_attainable": [0]}


def test_grim_accepts_truncation_and_needs_a_whole_denominator() -> None:
    # 2/3 = 66.666…: rounded 66.67, truncated 66.66 — both printable; 66.65 is not
    df = pd.DataFrame({"checkup_expected": [3, 3, 3], "checkup_rate": [66.67, 66.66, 66.65]})
    assert failing(df) == {"checkup_rate_attainable": [2]}
    # a denominator printed in 万 is not a whole count: not applicable
    df = pd.DataFrame({"checkup_expected": [3.0], "checkup_expected__decimals": [0], "checkup_expected__scale": [1e4],
                       "checkup_rate": [66.65]})
    summary = validate(df).summary().set_index("check")
    assert summary.loc["checkup_rate_attainable", "nNA"] == 1


def test_grim_one_printed_unit_off_is_a_warning_never_an_error() -> None:
    # 298/305 = 97.7049…%: 97.70 (rounded) and 97.70 (truncated) are attainable; 97.69 is attainable by no k
    # (297/305 = 97.38) but lies one printed unit from 97.70: a rounding step, a warning; 97.67 is 0.035 off: error
    df = pd.DataFrame({"births": [305, 305, 305], "planned_birth_rate": [97.70, 97.69, 97.67]})
    assert failing(df) == {"planned_birth_rate_attainable": [1, 2]}
    assert _severity_of(df, "planned_birth_rate_attainable") == ["warning", "error"]


@given(st.integers(1, 20_000), st.data(), st.sampled_from([-0.01, 0.0, 0.01]))
@settings(max_examples=300, deadline=None)
def test_grim_never_errs_within_one_printed_unit_of_an_attainable_rate(n: int, data: st.DataObject,
                                                                       step: float) -> None:
    k = data.draw(st.integers(0, n))
    printed = round(round(100 * k / n, 2) + step, 2)
    df = pd.DataFrame({"checkup_expected": [n], "checkup_rate": [printed]})
    assert "error" not in _severity_of(df, "checkup_rate_attainable")


def test_natural_growth_difference_allows_the_sum_of_half_units() -> None:
    # 13.16 − 6.97 = 6.19; printed 6.18 passes (official tables differ by 0.01); 6.21 is off by 0.02 > 0.015
    df = pd.DataFrame({"birth_rate": [13.16] * 4, "death_rate": [6.97] * 4, "natural_growth_rate": [6.18, 6.20, 6.21, 6.17]})
    assert failing(df) == {"natural_growth_is_difference": [2, 3]}


def test_nbs_national_rates_2005_2024_all_agree() -> None:
    # 2015 (11.99 − 7.07 = 4.92 vs 4.93) and 2012 (14.57 − 7.13 = 7.44 vs 7.43) differ by 0.01: never an error
    raw = pd.read_csv(FIX / "tables" / "nbs_national_birth_death_natural_rates_2005_2024.csv", encoding="utf-8-sig")
    df = raw.rename(columns={"人口出生率": "birth_rate", "人口死亡率": "death_rate", "人口自然增长率": "natural_growth_rate"})
    assert len(df) == 20
    assert failing(df) == {}


def test_birth_rate_uses_mean_population_and_fallbacks_are_warnings() -> None:
    # births 767, population 56210 → 56818: mean 56514, 767/56514×1000 = 13.57‰
    df = pd.DataFrame({"births": [767, 767, 767], "population_start": [56210, np.nan, np.nan],
                       "population_end": [56818, 56818, np.nan], "population": [np.nan, np.nan, 56514],
                       "birth_rate": [13.57, 13.57, 13.16]})
    rep = validate(df)
    # row 1 falls back to the year-end figure alone: 767/56818 = 13.50‰ ≠ 13.57‰, uncertain → warning
    assert failing(df).get("birth_rate_from_counts") == [1, 2]
    f1, f2 = rep.findings([1])[0], rep.findings([2])[0]
    assert (f1.severity, round(f1.expected, 2)) == ("warning", 13.50)
    assert f2.severity == "warning" and f2.rule == "birth_rate_from_counts" and round(f2.expected, 2) == 13.57
    # each message names the base its row used: the year-end figure, the population figure
    assert "出生人数/年末人口 13.50‰" in f1.message and "births / year-end population 13.50‰" in f1.message_en
    assert "出生人数/总人口 13.57‰" in f2.message
    # same disagreement with both start and end known is an error
    df2 = pd.DataFrame({"births": [767], "population_start": [56210], "population_end": [56818], "birth_rate": [13.16]})
    assert validate(df2).findings()[0].severity == "error"
    assert "出生人数/平均人口 13.57‰" in validate(df2).findings()[0].message
    # … unless the record covers part of a year
    df2["_partial_period"] = [True]
    assert validate(df2).findings()[0].severity == "warning"


def test_missing_inputs_are_not_applicable_never_pass_or_fail() -> None:
    df = pd.DataFrame({"births": [767, np.nan], "births_first": [np.nan, 510], "births_second": [220, 220],
                       "births_third_plus": [37, 37]})
    s = validate(df).summary().set_index("check")
    assert s.loc["births_by_parity", ["items", "passes", "fails", "nNA"]].tolist() == [0, 0, 0, 2]


def test_absent_columns_switch_their_rules_off() -> None:
    df = pd.DataFrame({"births": [767]})
    checks = set(validate(df).summary()["check"])
    assert "births_by_parity" not in checks and "range.births" in checks


def test_ranges_hard_is_error_plausible_is_warning() -> None:
    df = pd.DataFrame({"sex_ratio_at_birth": [118, 135, 160, 20230118], "births": [-1, 3.5, 10, 12],
                       "planned_birth_rate": [101, 99, 40, 100]})
    rep = validate(df)
    sev = {(f.rule, i): f.severity for i in range(4) for f in rep.findings([i])}
    assert sev[("range.sex_ratio_at_birth", 1)] == "warning"
    assert sev[("range.sex_ratio_at_birth", 2)] == "error"
    assert sev[("range.sex_ratio_at_birth", 3)] == "error"
    assert ("range.sex_ratio_at_birth", 0) not in sev
    assert sev[("range.births", 0)] == "error" and sev[("range.births", 1)] == "error"  # negative, not whole
    assert sev[("range.planned_birth_rate", 0)] == "error" and sev[("range.planned_birth_rate", 2)] == "warning"


@given(st.integers(0, 10**7), st.sampled_from([0.0, 0.5]))
@settings(max_examples=50, deadline=None)
def test_a_population_may_be_a_mean_of_two_counts_a_count_of_births_may_not(n: int, half: float) -> None:
    # 年平均人口 (start + end) / 2 is whole in halves (2863.5); births are whole; a fraction inside the range is
    # said to be no whole number, not to be out of range
    rep = validate(pd.DataFrame({"population": [n + half], "births": [n + half]}))
    assert {f.rule for f in rep.findings()} == ({"range.births"} if half else set())
    if half:
        (f,) = rep.findings()
        assert f.severity == "error" and f.message.endswith("不是整数") and f.message_en.endswith("not a whole number")
    rep = validate(pd.DataFrame({"population": [n + 0.25]}))
    assert [f.rule for f in rep.findings()] == ["range.population"]


def test_decimals_travel_by_companion_column_attrs_or_inference() -> None:
    # natural growth printed 6.2 with 2 decimals (6.20) vs 13.16 − 6.97 = 6.19 → ok within 0.015
    # printed with 1 decimal (6.2): tolerance 0.05 + 0.005 + 0.005 → ok as well; but 6.22 with 2 decimals fails
    base = {"birth_rate": [13.16], "death_rate": [6.97]}
    df = pd.DataFrame({**base, "natural_growth_rate": [6.22], "natural_growth_rate__decimals": [2]})
    assert "natural_growth_is_difference" in failing(df)
    df = pd.DataFrame({**base, "natural_growth_rate": [6.22]})
    df.attrs["fpcheck"] = {"decimals": {"natural_growth_rate": 1}}
    assert failing(df) == {}


def test_rates_with_counts_in_wan_carry_their_rounding() -> None:
    # births 1,062 万 and population 141,175 万 (both rounded to 万): 1062/141175 = 7.5226‰, printed 7.52 → ok
    df = pd.DataFrame({"births": [10_620_000], "births__scale": [1e4], "births__decimals": [0],
                       "population": [1_411_750_000], "population__scale": [1e4], "population__decimals": [0],
                       "birth_rate": [7.52]})
    assert failing(df) == {}
    assert not math.isnan(validate(df).summary().set_index("check").loc["birth_rate_from_counts", "items"])


def test_records_as_a_frame_keep_their_precision_and_give_the_same_findings() -> None:
    """Extracted records → records_frame → validate: the same failing checks as validating the records."""
    from fpcheck.extract import extract
    from fpcheck.read import read_text
    from fpcheck.validate import records_frame, validate_records

    path = Path(__file__).parents[1] / "seeds" / "000_723c549beab4e513.txt"
    records = extract(read_text(path), str(path)).records
    frame = records_frame(records)
    assert frame.loc["我镇", "birth_rate__decimals"] == 2 and frame.loc["我镇", "_partial_period"] == 1.0
    via_frame = {(f.rule, i) for i, fs in enumerate(validate(frame).findings_by_row()) for f in fs}
    direct = {(f.rule, i) for i, fs in enumerate(validate_records(records)) for f in fs}
    assert via_frame == direct
    assert ("married_women_by_children", 0) in direct and ("birth_rate_from_counts", 0) in direct


def _severity_of(df: pd.DataFrame, check: str) -> list[str]:
    return [f.severity for f in validate(df).findings() if f.rule == check]


def test_counts_vouch_for_an_extreme_rate():
    # 27 boys / 17 girls × 100 = 158.82: outside the hard range [80, 150], but what the counts give
    vouched = pd.DataFrame({"births_male": [27], "births_female": [17], "sex_ratio_at_birth": [158.82]})
    assert _severity_of(vouched, "range.sex_ratio_at_birth") == ["warning"]
    alone = pd.DataFrame({"sex_ratio_at_birth": [158.82]})
    assert _severity_of(alone, "range.sex_ratio_at_birth") == ["error"]
    # counts that disagree vouch for nothing: 30 / 17 × 100 = 176.47
    disagree = pd.DataFrame({"births_male": [30], "births_female": [17], "sex_ratio_at_birth": [158.82]})
    assert _severity_of(disagree, "range.sex_ratio_at_birth") == ["error"]


def test_a_part_of_a_years_rate_is_held_to_its_possible_range_alone() -> None:
    # 1025: 1—3月 births 62 of a mean 48582.5 → 1.28‰, a quarter's rate not annualised: below a year's plausible 3‰, no
    # warning for the quarter, one for a year; a rate beyond the possible range (75‰) is an error either way; and no
    # repair multiplies the quarter's rate by ten (规则要求约 12.8)
    from fpcheck.check import Options, check_document
    from fpcheck.model import Document, Record, Value
    from fpcheck.validate import validate_records

    def rec(period: str, rate: float) -> Record:
        return Record("桂园街道", {"birth_rate": Value("birth_rate", rate, f"{rate:.2f}", 2)}, period)

    got = validate_records([rec("to-date: 3月", 1.28), rec("full-year", 1.28), rec("to-date: 3月", 75.0)])
    assert [[(f.rule, f.severity) for f in fs] for fs in got] == [
        [], [("range.birth_rate", "warning")], [("range.birth_rate", "error")]]
    doc = Document(source="t", kind="report", records=[Record("桂园街道", {
        "population_start": Value("population_start", 48612, "48612"), "population_end": Value("population_end", 48553, "48553"),
        "births": Value("births", 62, "62"), "birth_rate": Value("birth_rate", 1.28, "1.28", 2)}, "to-date: 3月")])
    check_document(doc, Options())
    assert [f.rule for f in doc.all_findings() if f.severity != "info"] == []
