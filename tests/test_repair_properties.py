"""Property tests of diagnosis over generated consistent records (``fpcheck.strategies``).

(a) a clean record never gets a suggestion (nor a blamed figure); (b) for every operator, one corruption
anywhere: a suggestion always fixes a failing check (or a figure suspect on its own) and breaks none that
held, and a figure a sum rule pins is never given a wrong value; (c) a pasted token or a lost colon that
breaks a rule pinning the figure is repaired exactly; (d) two pasted tokens in cells that different rules
pin are both localised and repaired.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from fpcheck.catalog import default_catalog
from fpcheck.diagnose.localize import Option
from fpcheck.diagnose.operators import corrupt, operator_names
from fpcheck.diagnose.repair import diagnose_record, failing_checks
from fpcheck.model import Record, Value
from fpcheck.rules import core_rules
from fpcheck.strategies import RATE_IDS, consistent_records, derive, draw_base, printed_value, row_values
from fpcheck.validate import fmt

RULES = core_rules()
CATALOG = default_catalog()
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# cells of a sum rule whose other inputs every generated record has: the rules pin their value
SUM_CELLS = ("births_first", "births_second", "births_third_plus", "births_male", "births_first_planned",
             "births_second_planned", "births_third_plus_planned", "married_women_childless",
             "married_women_one_child", "married_women_two_children", "married_women_three_plus",
             "sterilizations", "induced_labors", "abortions", "iud_insertions", "births", "married_women")


BASE_CELLS = ("births_first", "births_second", "births_third_plus", "married_women_childless", "married_women_one_child", "married_women_two_children",
              "married_women_three_plus", "sterilizations", "induced_labors", "abortions", "iud_insertions")


def _with_10(x: float) -> float:
    """The smallest whole number ≥ x whose digits hold "10" (the original the pasted token replaces)."""
    n = int(x)
    while "10" not in str(n):
        n += 1
    return float(n)


@st.composite
def records_with_10(draw: st.DrawFn, cells: tuple[str, ...]) -> pd.DataFrame:
    """A consistent one-row frame (as ``consistent_records``) whose ``cells`` (independent counts) were moved
    up to the nearest figure containing "10" before the totals and rates were derived."""
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    base = draw_base(rng, 1)
    for k in cells:
        base[k] = np.array([_with_10(base[k][0])])
    dec = {k: np.array([draw(st.integers(0, 3))]) for k in RATE_IDS}
    frame = pd.DataFrame(derive(base, dec))
    for k in RATE_IDS:
        frame[f"{k}__decimals"] = dec[k]
    return frame


def values_of(frame: pd.DataFrame) -> dict[str, Value]:
    return row_values(frame.iloc[0], [k for k in frame.columns if not k.endswith("__decimals") and k in CATALOG])



def applied(rec: Record, changes: dict[str, Option]) -> Record:
    return Record(rec.unit, {**rec.values, **{k: Value(k, o.value, fmt(o.value, o.decimals), o.decimals)
                                              for k, o in changes.items()}})


OPERATORS = [op for op in operator_names() if op != "chunk_cut"]  # a cut figure is rejoined before records exist


@SETTINGS
@given(consistent_records())
def test_clean_record_never_gets_a_suggestion(frame: pd.DataFrame) -> None:
    rec = Record("u", values_of(frame))
    assert failing_checks([rec], RULES, CATALOG) == [set()]  # the generator is consistent
    d = diagnose_record(rec, RULES, CATALOG)
    assert d.suggestion == {}
    assert d.blamed == {}
    assert d.alternatives == []


@pytest.mark.parametrize("op", OPERATORS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=consistent_records(), data=st.data(), rng=st.randoms(use_true_random=False))
def test_one_corruption_suggestions_fix_and_break_nothing(op: str, frame: pd.DataFrame, data: st.DataObject,
                                                         rng: random.Random) -> None:
    vals = values_of(frame)
    fits = [c for c in sorted(vals) if corrupt(vals[c].printed, op, random.Random(0)) is not None]  # a 10 to paste …
    assume(fits)
    k = data.draw(st.sampled_from(["sex_ratio_at_birth"] if op in ("lost_colon", "inverted_ratio") else fits))
    bad = corrupt(vals[k].printed, op, rng)
    assume(bad is not None)
    vals[k] = printed_value(k, bad)
    rec = Record("u", vals)
    d = diagnose_record(rec, RULES, CATALOG)
    if d.suggestion:
        before, after = failing_checks([rec, applied(rec, d.suggestion)], RULES, CATALOG)
        assert after <= before
        assert before - after or set(d.suggestion) <= set(d.suspect)


@pytest.mark.parametrize("op", [op for op in OPERATORS if op not in ("token_paste", "lost_colon")])  # (tested below)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=consistent_records(), k=st.sampled_from(SUM_CELLS), rng=st.randoms(use_true_random=False))
def test_a_figure_a_sum_pins_never_gets_a_wrong_value(op: str, frame: pd.DataFrame, k: str, rng: random.Random) -> None:
    never_a_wrong_value(frame, k, op, rng)


def never_a_wrong_value(frame: pd.DataFrame, k: str, op: str, rng: random.Random) -> None:
    """Corrupt figure ``k`` of a consistent record by ``op``: if diagnosis suggests a value for it, the original."""
    vals = values_of(frame)
    orig = vals[k].number
    bad = corrupt(vals[k].printed, op, rng)
    assume(bad is not None)
    vals[k] = printed_value(k, bad)
    d = diagnose_record(Record("u", vals), RULES, CATALOG)
    assert k not in d.suggestion or d.suggestion[k].value == orig


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=consistent_records(), k=st.sampled_from(["population_start", "population_end"]),
       op=st.sampled_from([op for op in OPERATORS if op not in ("token_paste", "lost_colon", "inverted_ratio")]),
       rng=st.randoms(use_true_random=False))
def test_a_stock_the_register_balance_pins_never_gets_a_wrong_value(frame: pd.DataFrame, k: str, op: str,
                                                                    rng: random.Random) -> None:
    """The generated records balance (年末 = 年初 + 出生 − 死亡 + 迁入 − 迁出): a warning rule, too weak to blame a figure,
    but among the one-keystroke originals the rates leave for a corrupted stock (a dozen, at rates of two decimals or
    none) it chooses the one it pins (found by this test: 172216 printed 271216 had been given 171216, one mistyped
    digit, over the two swapped digits the balance pins)."""
    never_a_wrong_value(frame, k, op, rng)


# Found by Hypothesis (test_a_figure_a_sum_pins_never_gets_a_wrong_value, digit_inserted): married women 202775
# printed 2027752. Its children (6376 + 98111 + 78011 + 20277) pin 202775, a stray digit explains it at cost 1.1, yet
# HiGHS answered 202752 (a doubled digit, 0.9) with the sum left broken (2.4): its tolerances missed a row met exactly
# once scaled to unit coefficients. The exactly costed single changes are now checked against its answer.
STRAY_DIGIT = {
    "population_start": "1274650", "population_end": "1268781", "births_first": "5415", "births_second": "1934",
    "births_third_plus": "312", "births_male": "4287", "births_first_planned": "5202",
    "births_second_planned": "1830", "births_third_plus_planned": "170", "deaths": "14600", "birth_quota": "8599",
    "married_women_childless": "6376", "married_women_one_child": "98111", "married_women_two_children": "78011",
    "married_women_three_plus": "20277", "checkup_expected": "149510", "checkup_done": "147465",
    "contraception_users": "178689", "sterilizations_target": "127", "sterilizations": "110",
    "induced_labors_target": "21", "induced_labors": "16", "abortions_target": "272", "abortions": "261",
    "iud_insertions_target": "250", "iud_insertions": "213", "floating_population": "253634", "births": "7661",
    "births_female": "3374", "births_planned": "7202", "married_women": "2027752", "surgeries": "600",
    "surgeries_target": "670", "birth_rate": "6", "death_rate": "11", "natural_growth_rate": "-5",
    "planned_birth_rate": "94", "second_birth_planned_rate": "95", "third_plus_birth_share": "4",
    "sex_ratio_at_birth": "127", "birth_quota_used_pct": "89", "contraceptive_rate": "88.12", "checkup_rate": "99",
    "surgeries_pct": "90", "sterilizations_pct": "87", "induced_labors_pct": "76", "abortions_pct": "96",
    "iud_insertions_pct": "85"
}


def test_a_single_change_costed_exactly_beats_a_worse_solver_answer() -> None:
    vals = {k: printed_value(k, p) for k, p in STRAY_DIGIT.items()}
    d = diagnose_record(Record("u", vals), RULES, CATALOG)
    assert {k: o.value for k, o in d.suggestion.items()} == {"married_women": 202775.0}
    assert d.suggestion["married_women"].operator == "digit_inserted" and not d.still_broken


@SETTINGS
@given(st.sampled_from(BASE_CELLS).flatmap(lambda k: st.tuples(st.just(k), records_with_10((k,)))),
       st.randoms(use_true_random=False))
def test_token_paste_in_a_pinned_cell_is_repaired(case: tuple[str, pd.DataFrame], rng: random.Random) -> None:
    k, frame = case
    vals = values_of(frame)
    rec0 = Record("u", dict(vals))
    assume(failing_checks([rec0], RULES, CATALOG) == [set()])  # moving a count up may push a rate out of range
    orig = vals[k]
    assert "10" in orig.printed and k in SUM_CELLS
    bad = corrupt(orig.printed, "token_paste", rng)
    assert bad is not None and "2023" in bad
    vals[k] = printed_value(k, bad)
    rec = Record("u", vals)
    assert failing_checks([rec], RULES, CATALOG) != [set()]  # 10 → 2023 always breaks the sum
    d = diagnose_record(rec, RULES, CATALOG)
    assert {kk: o.value for kk, o in d.suggestion.items()} == {k: orig.number}
    assert d.suggestion[k].operator == "token_paste"


@SETTINGS
@given(consistent_records(), st.randoms(use_true_random=False))
def test_lost_colon_in_the_sex_ratio_is_repaired(frame: pd.DataFrame, rng: random.Random) -> None:
    vals = values_of(frame)
    k = "sex_ratio_at_birth"
    orig = vals[k]
    bad = corrupt(orig.printed, "lost_colon", rng)
    assert bad is not None
    vals[k] = printed_value(k, bad)
    rec = Record("u", vals)
    broken = failing_checks([rec], RULES, CATALOG)[0]
    assume("sex_ratio_from_counts" in broken)  # 100 appended after the decimals may stay inside the rounding
    d = diagnose_record(rec, RULES, CATALOG)
    assert {kk: o.value for kk, o in d.suggestion.items()} == {k: orig.number}
    assert d.suggestion[k].operator == "lost_colon"


@SETTINGS
@pytest.mark.parametrize("k", ["sex_ratio_at_birth", "planned_birth_rate"])
@given(frame=consistent_records())
def test_a_ratio_computed_the_wrong_way_round_is_repaired(k: str, frame: pd.DataFrame) -> None:
    """Girls per 100 boys printed as the sex ratio (女÷男×100), births over planned births as the planned-birth
    rate: the counts pin the ratio, and the inverse of the printed figure, to its printed decimals, is it."""
    vals = values_of(frame)
    assume(k in vals)
    orig = vals[k]
    bad = corrupt(orig.printed, "inverted_ratio", random.Random(0))
    assume(bad is not None)
    vals[k] = printed_value(k, bad)
    rec = Record("u", vals)
    assume(failing_checks([rec], RULES, CATALOG)[0])  # (100.00 is its own inverse)
    d = diagnose_record(rec, RULES, CATALOG)
    # the inverse nearest the ratio the counts give: the original, whatever its decimals (the inverse's rounding
    # may let several through, and the counts, rounded as printed, are the original)
    assert {kk: o.value for kk, o in d.suggestion.items()} == {k: orig.number}
    assert d.suggestion[k].operator == "inverted_ratio"


PAIR = ("births_first", "married_women_one_child")  # births_by_parity and married_women_by_children


@SETTINGS
@given(records_with_10(PAIR), st.randoms(use_true_random=False))
def test_two_token_pastes_told_apart_by_different_rules(frame: pd.DataFrame, rng: random.Random) -> None:
    vals = values_of(frame)
    assume(failing_checks([Record("u", dict(vals))], RULES, CATALOG) == [set()])
    pair = PAIR
    bads = {k: corrupt(vals[k].printed, "token_paste", rng) for k in pair}
    assert all(b is not None for b in bads.values())
    orig = {k: vals[k].number for k in pair}
    for k in pair:
        vals[k] = printed_value(k, bads[k])  # type: ignore[arg-type]
    d = diagnose_record(Record("u", vals), RULES, CATALOG)
    assert {k: o.value for k, o in d.suggestion.items()} == orig
    assert not d.still_broken


def test_two_faults_example_by_hand() -> None:
    """births_first 510 → 52023 and married_women_one_child 3710 → 372023 (the seed's damage) in a record
    whose sums otherwise hold: 767 = 510 + 220 + 37 and 10392 = 426 + 3710 + 5552 + 704."""
    printed = {"births": "767", "births_first": "52023", "births_second": "220", "births_third_plus": "37",
               "married_women": "10392", "married_women_childless": "426", "married_women_one_child": "372023",
               "married_women_two_children": "5552", "married_women_three_plus": "704"}
    rec = Record("u", {k: Value(k, float(p), p) for k, p in printed.items()})
    d = diagnose_record(rec, RULES, CATALOG)
    assert {k: o.value for k, o in d.suggestion.items()} == {"births_first": 510, "married_women_one_child": 3710}
    assert d.fixed_rules == {"births_by_parity", "married_women_by_children"}


@SETTINGS
@pytest.mark.parametrize("pair", [("birth_rate", "death_rate"), ("births_male", "births_female")])
@given(frame=consistent_records())
def test_two_figures_printed_in_each_others_places_are_put_back(pair: tuple[str, str], frame: pd.DataFrame) -> None:
    """出生率 and 死亡率 (or 男婴 and 女婴) printed in each other's places: where putting them back mends a check the
    swap broke, both are suggested back together (``swap_pairs`` in corruption.yaml), never one of them alone."""
    vals = values_of(frame)
    a, b = pair
    assume(a in vals and b in vals and vals[a].number != vals[b].number)
    orig = {a: vals[a].number, b: vals[b].number}
    vals[a], vals[b] = printed_value(a, vals[b].printed), printed_value(b, vals[a].printed)
    rec = Record("u", vals)
    broken = failing_checks([rec], RULES, CATALOG)[0]
    assume(broken)  # (two figures alike within the rounding break nothing)
    d = diagnose_record(rec, RULES, CATALOG)
    suggested = {k: o.value for k, o in d.suggestion.items()}
    assert not (suggested.keys() & set(pair)) or suggested.keys() >= set(pair)  # both or neither
    if {"birth_rate_from_counts", "death_rate_from_counts"} <= broken:  # (the counts pin both rates, beyond their
        assert suggested == orig and {o.operator for o in d.suggestion.values()} == {"swapped"}  # rounding)


KEYSTROKES = ("digit_dropped", "digit_doubled", "digit_inserted", "digit_substituted", "transposition")


@SETTINGS
@given(places=st.integers(1, 3), k=st.sampled_from(["birth_rate", "death_rate", "natural_growth_rate"]),
       op=st.sampled_from(KEYSTROKES), seed=st.integers(0, 2**32 - 1), rng=st.randoms(use_true_random=False))
def test_a_keystroke_original_has_the_places_of_its_kind(places: int, k: str, op: str, seed: int,
                                                          rng: random.Random) -> None:
    """A report printing every rate to the same places: a keystroke slip in one of them is mended, if at all, to a
    figure printed to those places or to the figure's own as printed (never 11.2 nor 0.496 among rates printed to two),
    whatever it breaks."""
    base = draw_base(np.random.default_rng(seed), 1)
    dec = {r: np.array([places]) for r in RATE_IDS}
    frame = pd.DataFrame(derive(base, dec))
    for r in RATE_IDS:
        frame[f"{r}__decimals"] = dec[r]
    vals = values_of(frame)
    bad = corrupt(vals[k].printed, op, rng)
    assume(bad is not None and bad != vals[k].printed)
    vals[k] = printed_value(k, bad)
    d = diagnose_record(Record("u", vals), RULES, CATALOG)
    assert all(o.decimals in (places, vals[j].decimals) for j, o in d.suggestion.items()
               if o.operator in KEYSTROKES and not CATALOG[j].integer)
