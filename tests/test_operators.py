"""Corruption operators: the seeds' damage, and every operator inverted by property tests."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fpcheck.diagnose.operators import (
    KEYSTROKE,
    Candidate,
    CorruptionTable,
    candidates,
    corrupt,
    default_table,
    find_impossible_dates,
    join_cut,
    keystroke_kind,
    keystroke_reach,
    operator_names,
    suspicions,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TABLE = default_table()


def by_value(cands: list[Candidate], value: float) -> Candidate | None:
    return next((c for c in cands if c.value == value), None)


# ---------------------------------------------------------------------------------------------------
# the seeds
# ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "original"),
    [("5622023", 56210), ("52023", 510), ("20231", 101), ("2023392", 10392), ("372023", 3710)],
)
def test_seed_token_paste_is_cheapest(printed: str, original: int) -> None:
    cands = candidates(printed, measure="persons")
    assert cands[0].value == original
    assert cands[0].operator == "token_paste"
    assert cands[0].printed == str(original)
    assert cands[0].cost == pytest.approx(TABLE.cost("token_paste"))
    assert "2023" in cands[0].note_zh and "10" in cands[0].note_en


def test_seed_token_paste_cheapest_without_measure() -> None:
    assert candidates("5622023")[0].value == 56210


def test_seed_sex_ratio_lost_colon_after_token_paste() -> None:
    cands = candidates("20230118", measure="per100")
    c = by_value(cands, 118.0)
    assert c is not None
    assert c.operator == "lost_colon"
    assert c.steps == ("token_paste", "lost_colon")
    assert c.cost == pytest.approx(TABLE.cost("token_paste") + TABLE.cost("lost_colon"))
    assert "100118" in c.note_zh
    # with the indicator's hard range, it is the best explanation
    assert candidates("20230118", measure="per100", bounds=(80, 150))[0].value == 118


def test_inverted_ratio_only_for_ratios_and_to_the_printed_decimals() -> None:
    # 86 girls per 101 boys printed the wrong way round: 86 / 101 × 100 = 85.148… → 85.15; 10000 / 85.15 = 117.439…
    assert all("inverted_ratio" not in c.steps for c in candidates("85.15", measure="persons"))
    # a planned-birth rate as births over planned births: 1622 / 1544 × 100 = 105.05…; 10000 / 105.05 = 95.19
    c = by_value(candidates("105.05", measure="percent", target=1544 / 1622 * 100), 95.19)
    assert c is not None and c.operator == "inverted_ratio"
    c = by_value(candidates("85.15", measure="per100"), 117.44)
    assert c is not None and c.operator == "inverted_ratio" and c.printed == "117.44"
    # with the counts' ratio as target, the figure nearest it within the inverse's rounding: 10000/85.155 =
    # 117.433…, 10000/85.145 = 117.446…, so 117.44 (not 117.4419 rounded another way) and never 117.45
    assert by_value(candidates("85.15", measure="per100", target=101 / 86 * 100), 117.44) is not None
    # printed without decimals, 83 is the inverse of anything in [10000/83.5, 10000/82.5] = [119.76, 121.21]:
    # 120 or 121; the one nearest the target, the central one (10000/83 = 120.48 → 120) without
    inv = lambda **kw: [c.value for c in candidates("83", measure="per100", **kw) if c.operator == "inverted_ratio"]  # noqa: E731
    assert inv() == [120.0] and inv(target=120.9) == [121.0] and inv(target=135.0) == [121.0]
    assert corrupt("117.44", "inverted_ratio", random.Random(0)) == "85.15"
    assert corrupt("0", "inverted_ratio", random.Random(0)) is None


def test_lost_colon_only_for_per100() -> None:
    assert all("lost_colon" not in c.steps for c in candidates("100118", measure="persons"))
    assert by_value(candidates("100118", measure="per100"), 118.0).operator == "lost_colon"


def test_lost_colon_ratio_to_100_with_point_lost() -> None:
    # 106.63:100 printed 10663100: colon and point both lost
    c = by_value(candidates("10663100", measure="per100"), 106.63)
    assert c is not None and c.steps == ("lost_colon", "decimal_shift") and c.decimals == 2
    c = by_value(candidates("106.63100", measure="per100"), 106.63)
    assert c is not None and c.operator == "lost_colon"


def test_seed_percent_20230_is_100() -> None:
    cands = candidates("20230", measure="percent")
    assert cands[0].value == 100 and cands[0].operator == "token_paste"
    assert candidates("20230%", measure="percent")[0].value == 100


def test_seed_month_2023_is_impossible() -> None:
    codes = [s.code for s in suspicions("2023", measure=None, hard_max=None, following="月")]
    assert "impossible_month" in codes
    assert not suspicions("12", measure=None, hard_max=None, following="月")
    assert [s.code for s in suspicions("32", measure=None, hard_max=None, following="日")] == ["impossible_day"]


def test_seed_rate_decimal_point() -> None:
    c = by_value(candidates("1316", measure="permille"), 13.16)
    assert c is not None and c.operator == "decimal_shift" and c.decimals == 2 and c.printed == "13.16"
    c = by_value(candidates("131.6", measure="permille"), 13.16)
    assert c is not None and c.operator == "decimal_shift"


def test_decimal_shift_integer_measure_only_removes_point() -> None:
    cands = candidates("5681.8", measure="persons")
    assert all(c.value == int(c.value) for c in cands)
    assert by_value(cands, 56818.0).operator == "decimal_shift"
    assert all("decimal_shift" not in c.steps for c in candidates("56818", measure="persons"))


def test_seed_ocr_letter() -> None:
    cands = candidates("12O")
    assert cands[0].value == 120 and cands[0].operator == "ocr_confusion"
    assert candidates("l2S")[0].value == 125
    assert candidates("5B.l", measure="percent")[0].value == 58.1


def test_seed_chunk_cut() -> None:
    c = join_cut("计生率为8", "2、1.14%，出生率为13.16")
    assert c is not None and c.value == 81.14 and c.decimals == 2 and c.operator == "chunk_cut"
    assert c.cost == pytest.approx(TABLE.cost("chunk_cut"))
    assert join_cut("计生率为", "2、1.14") is None
    assert candidates("8\n2、1.14")[0].value == 81.14
    # break lost: "82、1.14" — both "8|2、" and "82|…" readings offered, the one-digit marker first
    cands = candidates("82、1.14")
    assert cands[0].value == 81.14


def test_seed_texts_impossible_dates() -> None:
    text0 = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    found = find_impossible_dates(text0)
    assert found and all(text0[a:b] == "2023" and s.code == "impossible_month" for a, b, s in found)
    assert text0[found[0][1]] == "月"
    text4 = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    assert len(find_impossible_dates(text4)) == 2  # xx年2023月 twice
    assert find_impossible_dates("2023年2023月至2023年9月底") == [(5, 9, find_impossible_dates("2023月")[0][2])]
    assert find_impossible_dates("3个月，12月，1.5月，12日") == []
    # a span of days is no date (612: 自收到本答复书之日起60日内), a day past 31 on its own is
    assert find_impossible_dates("收到之日起60日内，45日以内，90日后") == []
    assert [s.code for _, _, s in find_impossible_dates("于45日召开")] == ["impossible_day"]


def test_token_whole_figure_is_dearer() -> None:
    c = candidates("2023")[0]
    assert c.value == 10 and c.cost > TABLE.cost("token_paste")


def test_token_partial_replacement() -> None:
    # 2023年的10 → "20232023": replacing both is cheapest, keeping the year is offered too
    cands = [c for c in candidates("20232023") if "token_paste" in c.steps and len(c.steps) == 1]
    assert [c.printed for c in cands] == ["1010", "102023", "202310"]
    assert cands[0].cost < cands[1].cost == cands[2].cost


def test_token_pairs_are_data() -> None:
    data = {
        "costs": dict(TABLE.costs),
        "extra": dict(TABLE.extra),
        "tokens": [{"pasted": "2023", "original": "10"}, {"pasted": "2022", "original": "10"}],
        "ocr": {},
    }
    table = CorruptionTable.from_data(data)
    assert candidates("5622022", table=table)[0].value == 56210
    assert all(c.value != 56210 for c in candidates("5622022", max_cost=0.6))
    with pytest.raises(ValueError):
        CorruptionTable.from_data({"costs": {"token_paste": 0.2}})


def test_suspicions_seed_figures() -> None:
    sib = [56818, 56000, 52023]  # the caller passes comparable counts (population figures of the record)
    codes = {s.code for s in suspicions("5622023", measure="persons", hard_max=None, siblings=[56818, 56000, 55000])}
    assert codes == {"token_in_figure", "out_of_proportion"}
    assert "out_of_proportion" not in {s.code for s in suspicions("56818", measure="persons", hard_max=None, siblings=sib)}
    codes = {s.code for s in suspicions("20230", measure="percent", hard_max=100)}
    assert codes == {"percent_over_100", "token_in_figure"}
    assert not suspicions("85.55", measure="percent", hard_max=100)
    assert not suspicions("2023", measure=None, hard_max=None, following="年")
    assert not suspicions("2023", measure=None, hard_max=None)
    assert [s.code for s in suspicions("2023", measure="yuan", hard_max=None, following="元")] == ["token_in_figure"]
    assert not suspicions("20.23", measure="percent", hard_max=100)
    s = suspicions("52023", measure="persons", hard_max=None)[0]
    assert s.code == "token_in_figure" and "10" in s.message_zh


def test_target_mode_filters_keystroke_only() -> None:
    cands = candidates("56120", target=56210.0)
    key = [c for c in cands if c.operator in KEYSTROKE]
    assert [(c.value, c.operator) for c in key] == [(56210.0, "transposition")]
    assert by_value(candidates("5621", target=56210.0), 56210.0).operator == "digit_dropped"
    assert by_value(candidates("562210", target=56210.0), 56210.0).operator == "digit_doubled"
    assert by_value(candidates("56910", target=56210.0), 56210.0).operator == "digit_substituted"
    assert by_value(candidates("843", target=348.0), 348.0).operator == "jump_transposition"
    assert by_value(candidates("61", target=6.0), 6.0).operator == "digit_inserted"
    assert by_value(candidates("92.54", target=95.238, tol=0.005), 95.24).operator == "jump_transposition"
    # a tolerance: the rule's expected value 13.157 ± 0.005 matches 13.16 printed as 13.19
    assert by_value(candidates("13.19", target=13.157, tol=0.005), 13.16).operator == "digit_substituted"
    # target mode finds the same keystroke candidates as enumerating
    full = {(c.value, c.operator) for c in candidates("7305", max_cost=1.0) if c.operator == "digit_substituted"}
    assert (7306.0, "digit_substituted") in full
    assert by_value(candidates("7305", target=7306.0), 7306.0).operator == "digit_substituted"


def test_negative_figures_keep_sign() -> None:
    c = by_value(candidates("-21.5", measure="permille", target=-12.5), -12.5)
    assert c is not None and c.printed == "-12.5" and c.operator == "transposition"
    assert by_value(candidates("-2.1", measure="permille"), -21.0).operator == "decimal_shift"


def test_keystroke_kind() -> None:
    assert keystroke_kind("56120", "56210") == "transposition"
    assert keystroke_kind("5621", "56210") == "digit_dropped"
    assert keystroke_kind("562210", "56210") == "digit_doubled"
    assert keystroke_kind("562310", "56210") == "digit_inserted"  # a stray digit, not a double
    assert keystroke_kind("56910", "56210") == "digit_substituted"
    assert keystroke_kind("59910", "56210") is None
    assert keystroke_kind("843", "348") == "jump_transposition"  # two digits one place apart
    assert keystroke_kind("92.54", "95.24") == "jump_transposition"  # either side of the point
    assert keystroke_kind("9.254", "95.24") is None  # the point moved: no swap of digits
    assert keystroke_kind("1234", "4231") is None  # three places apart


def test_long_figures_stay_bounded() -> None:
    long = "2023" * 6 + "123456789"
    cands = candidates(long)
    assert 0 < len(cands) < 500
    assert candidates("2023" * 3)[0].value == 101010


def test_candidates_sorted_dedup_and_capped() -> None:
    cands = candidates("5622023", max_cost=1.0)
    assert [c.cost for c in cands] == sorted(c.cost for c in cands)
    assert len({(c.value, c.decimals) for c in cands}) == len(cands)
    assert all(0 < c.cost <= 1.0 for c in cands)
    assert all(c.value != 5622023 for c in cands)
    assert candidates("") == [] and candidates("abc") == []


def test_operator_names_and_unknown_operator() -> None:
    assert set(operator_names()) == set(TABLE.costs) and len(operator_names()) == 13
    with pytest.raises(ValueError):
        corrupt("10", "nonsense", random.Random(0))
    assert corrupt("5", "token_paste", random.Random(0)) is None
    assert corrupt("56210", "token_paste", random.Random(0)) == "5622023"


# ---------------------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------------------


@st.composite
def clean_figures(draw: st.DrawFn) -> str:
    n = draw(st.integers(0, 10**7))
    places = draw(st.sampled_from([0, 0, 1, 2, 3]))
    return str(n) if places == 0 else format(Decimal(n).scaleb(-places), "f")


@pytest.mark.parametrize("op", operator_names())
@settings(max_examples=60, deadline=None)
@given(x=clean_figures(), seed=st.integers(0, 2**32 - 1))
def test_corrupt_then_candidates_recovers(op: str, x: str, seed: int) -> None:
    y = corrupt(x, op, random.Random(seed))
    if y is None:
        return
    assert y != x
    measure = "per100" if op in ("lost_colon", "inverted_ratio") else None
    cands = candidates(y, measure=measure, target=float(x))
    hit = by_value(cands, float(x))
    assert hit is not None, (x, y, op)
    # (a digit dropped from the decimals of a figure printed with 2 or more costs dropped_decimal more)
    places = lambda s: len(s.split(".")[1]) if "." in s else 0  # noqa: E731
    extra = TABLE.x("dropped_decimal") if op == "digit_dropped" and places(x) > max(
        places(y), TABLE.x("dropped_decimal_after")) else 0.0
    assert op in hit.steps or hit.cost <= TABLE.cost(op) + extra, (x, y, op, hit)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 10**9))
def test_token_paste_all_replaced_is_cheapest(n: int) -> None:
    x = str(n)
    if "10" not in x or "2023" in x:
        return
    y = x.replace("10", "2023")
    tp = [c for c in candidates(y) if c.steps == ("token_paste",)]
    assert tp and tp[0].value == float(x) and tp[0].printed == x
    assert all(c.cost > tp[0].cost for c in tp[1:])


@settings(max_examples=100, deadline=None)
@given(x=clean_figures())
def test_clean_figures_have_no_token_or_ocr_candidates(x: str) -> None:
    if "2023" in x:
        return
    for c in candidates(x):
        assert "token_paste" not in c.steps and "ocr_confusion" not in c.steps


@settings(max_examples=60, deadline=None)
@given(x=clean_figures(), d=st.sampled_from([0, 1, 5, 10, 50]))
def test_target_mode_agrees_with_enumeration(x: str, d: int) -> None:
    # the printed figure is the clean one; the target is nearby. Keystroke candidates found by checking the
    # target's printed forms equal those found by enumerating every one-keystroke neighbour.
    keys = KEYSTROKE
    target = float(x) + d
    full = {c.value for c in candidates(x, max_cost=1.0) if c.operator in keys and abs(c.value - target) <= 1e-9}
    direct = {c.value for c in candidates(x, max_cost=1.0, target=target) if c.operator in keys}
    assert direct == full


@settings(max_examples=100, deadline=None)
@given(x=clean_figures())
def test_keystroke_originals_lie_within_reach(x: str) -> None:
    # every original one keystroke away has one integer digit more or fewer at most (a keystroke after a pasted
    # token starts from another figure)
    lo, hi = keystroke_reach(x)
    assert all(lo <= c.value <= hi for c in candidates(x, max_cost=1.5) if c.steps == (c.operator,) and c.operator in KEYSTROKE)


def test_keystroke_reach_by_hand() -> None:
    assert keystroke_reach("56210") == (1000, 1_000_000)  # 5621 (a 0 doubled) … 562100 (a digit dropped)
    assert keystroke_reach("-8.1") == (0, 100)
    assert keystroke_reach("10.00") == (0, 1000)  # 0.00, a stray 1 typed before it


def test_a_rate_printed_to_two_decimals_rarely_lost_a_third() -> None:
    # 8.56 where 8.06 belongs: a mistyped digit (8.06), not a dropped one (8.056, three decimals)
    best = candidates("8.56", measure="permille", target=8.06, tol=0.006)
    keystrokes = [c for c in best if c.operator in KEYSTROKE]
    assert (keystrokes[0].value, keystrokes[0].operator) == (8.06, "digit_substituted")
    # a figure printed with fewer decimals still lost one at the ordinary cost: 13.6 ← 13.16
    c = by_value(candidates("13.6", measure="permille", target=13.16, tol=0.006), 13.16)
    assert c is not None and c.operator == "digit_dropped" and c.cost == TABLE.cost("digit_dropped")


def test_a_lost_minus_sign_and_a_stray_one() -> None:
    lost = by_value(candidates("0.1", measure="percent"), -0.1)
    assert lost is not None and lost.operator == "sign_flip" and lost.printed == "-0.1"
    assert lost.cost == pytest.approx(TABLE.cost("sign_flip")) and "sign kept" not in lost.note_en
    stray = by_value(candidates("-767", measure="persons"), 767.0)
    assert stray is not None and stray.operator == "sign_flip"
    assert by_value(candidates("767", measure="persons", bounds=(0, None)), -767.0) is None  # a count is never negative
    assert corrupt("0", "sign_flip", random.Random(0)) is None and corrupt("-2.5", "sign_flip", random.Random(0)) == "2.5"


def test_an_ocr_letter_before_a_month_is_no_impossible_month() -> None:
    # 2014年l0月 is an OCR'd 10月 (l for 1), not a month 0; 2023月 stays impossible
    assert find_impossible_dates("我镇于2014年l0月至l2月开展核查") == []
    assert [text for text in ("2023年2023月",) for _s, _e, d in find_impossible_dates(text)] == ["2023年2023月"]


def test_a_percentage_pasted_a_hundred_times_too_large_has_its_point_moved_back() -> None:
    # 580: 综合节育率 pasted already ×100 under a % format shows 8620.99% for 3007 / 3488 = 86.21%
    hit = by_value(candidates("8620.99", measure="percent", bounds=(0, 100)), 86.2099)
    assert hit is not None and hit.operator == "decimal_shift"
    # (a count or a per-mille rate moves its point no further than decimal_max_places, nor does a percentage under a
    # thousand: 100.96% is not 1.0096%)
    assert by_value(candidates("8620.99", measure="permille"), 86.2099) is None
    assert by_value(candidates("100.96", measure="percent"), 1.0096) is None


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1_000, 10_000))
def test_a_percentage_times_a_hundred_is_found_again(n: int) -> None:
    """Any percentage with two decimals from 10.00 to 100.00 printed a hundred times too large, to its own two
    decimals (a fraction's cell pasted ×100: a thousand per cent or more), has the true percentage among its
    candidates: the point moved two places. (100.96% is no such slip: a percentage a little over a hundred.)"""
    x = Decimal(n).scaleb(-2)
    y = format(x * 100, ".2f")
    assert by_value(candidates(y, measure="percent", bounds=(0, 100)), float(x)) is not None, (x, y)
