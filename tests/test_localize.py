"""The localisation MIP on tiny hand-built rule rows and options."""

from __future__ import annotations

import pytest

from fpcheck.diagnose.localize import BROKEN_COST, PINNED_COST, Option, Row, localize

# total = a + b, exactly
SUM = Row("sum", {"total": 1.0, "a": -1.0, "b": -1.0}, 0.0, 0.0)


def test_cheap_candidate_that_fixes_the_sum_is_chosen() -> None:
    values = {"total": 30.0, "a": 10.0, "b": 220.0}  # b was 20, printed 220 (say)
    options = {"b": [Option("b", 20.0, 0, 0.2, "token_paste"), Option("b", 21.0, 0, 1.0, "digit_substituted")]}
    sol = localize(values, [SUM], options)
    assert set(sol.changes) == {"b"}
    assert sol.changes["b"].value == 20.0
    assert sol.broken == []
    assert sol.cost == pytest.approx(0.2)
    assert sol.ties == []


def test_two_equally_cheap_candidates_are_a_tie() -> None:
    values = {"total": 30.0, "a": 11.0, "b": 20.0}  # off by one: a→10 or total→31 fix it equally
    options = {"a": [Option("a", 10.0, 0, 1.0, "digit_substituted")],
               "total": [Option("total", 31.0, 0, 1.0, "digit_substituted")]}
    sol = localize(values, [SUM], options)
    assert sol.broken == []
    assert sol.cost == pytest.approx(1.0)
    found = [set(sol.changes), *(set(t) for t in sol.ties)]
    assert sorted(map(sorted, found)) == [["a"], ["total"]]
    assert len(sol.ties) == 1


def test_no_explaining_candidate_leaves_the_rule_broken_rather_than_a_pinned_guess() -> None:
    values = {"total": 30.0, "a": 11.0, "b": 20.0}
    options = {"a": [Option("a", 10.0, 0, PINNED_COST, None)]}  # only the value the rule pins: a guess
    sol = localize(values, [SUM], options)
    assert sol.changes == {}
    assert sol.broken == ["sum"]
    assert sol.cost == pytest.approx(BROKEN_COST)
    assert BROKEN_COST < PINNED_COST


def test_must_change_is_respected_even_when_keeping_is_cheaper() -> None:
    values = {"total": 30.0, "a": 10.0, "b": 20.0}  # the sum holds already
    options = {"b": [Option("b", 2.0, 0, 0.5, "decimal_shift")]}
    free = localize(values, [SUM], options)
    assert free.changes == {} and free.broken == [] and free.cost == 0.0
    forced = localize(values, [SUM], options, must_change={"b"})
    assert forced.changes["b"].value == 2.0
    assert forced.broken == ["sum"]
    assert forced.cost == pytest.approx(0.5 + BROKEN_COST)


def test_conditional_row_binds_only_for_its_denominator_value() -> None:
    # rate = 100·n/d with d printed 2000 (really 200): one row per value d may take
    values = {"rate": 50.0, "n": 100.0, "d": 2000.0}
    rows = [Row("ratio", {"rate": 1.0, "n": -100.0 / 2000.0}, -0.5, 0.5, (("d", 2000.0),)),
            Row("ratio", {"rate": 1.0, "n": -100.0 / 200.0}, -0.5, 0.5, (("d", 200.0),))]
    options = {"d": [Option("d", 200.0, 0, 0.5, "decimal_shift")]}
    sol = localize(values, rows, options)
    assert sol.changes["d"].value == 200.0
    assert sol.broken == []
    kept = localize(values, rows, {})
    assert kept.broken == ["ratio"]


def test_an_option_with_more_decimals_is_held_to_its_own_rounding() -> None:
    # rate = 98.04 within 3 × its rounding: printed 988 (±0.5) the row spans 96.54–99.54; taking 98.8
    # (±0.05) tightens it by 3 × 0.45 to 97.89–98.19, which 98.8 misses; 98 (±0.5) keeps the row as printed
    row = Row("ratio", {"rate": 1.0}, 98.04 - 1.5, 98.04 + 1.5, rounding=(("rate", 3.0),))
    options = {"rate": [Option("rate", 98.8, 1, 0.5, "decimal_shift", slack=0.05 - 0.5),
                        Option("rate", 98.0, 0, 0.9, "digit_doubled")]}
    sol = localize({"rate": 988.0}, [row], options, must_change={"rate"})
    assert sol.changes["rate"].value == 98.0
    assert sol.broken == [] and sol.ties == []


def test_every_equally_cheap_single_change_is_a_tie() -> None:
    # total = a + b + c + d, off by one: any of the five figures one keystroke away fixes it
    row = Row("sum", {"total": 1.0, "a": -1.0, "b": -1.0, "c": -1.0, "d": -1.0}, 0.0, 0.0)
    values = {"total": 101.0, "a": 10.0, "b": 20.0, "c": 30.0, "d": 40.0}
    options = {"total": [Option("total", 100.0, 0, 1.0, "digit_substituted")],
               **{k: [Option(k, values[k] + 1, 0, 1.0, "digit_substituted")] for k in "abcd"}}
    sol = localize(values, [row], options)
    assert sol.cost == pytest.approx(1.0)
    assert sorted(k for alt in (sol.changes, *sol.ties) for k in alt) == ["a", "b", "c", "d", "total"]


def test_ties_of_two_changes_come_from_the_solver() -> None:
    # s = a and s = b, printed s 5, a 4, b 6: each figure one keystroke away fixes one row, so any single
    # change leaves a row broken (1 + 1.5); three pairs fix both at 2.0: a, b → 5; s, b → 4; s, a → 6
    rows = [Row("r1", {"s": 1.0, "a": -1.0}, 0.0, 0.0), Row("r2", {"s": 1.0, "b": -1.0}, 0.0, 0.0)]
    options = {"s": [Option("s", 4.0, 0, 1.0, "digit_substituted"), Option("s", 6.0, 0, 1.0, "digit_substituted")],
               "a": [Option("a", 5.0, 0, 1.0, "digit_substituted"), Option("a", 6.0, 0, 1.0, "digit_substituted")],
               "b": [Option("b", 5.0, 0, 1.0, "digit_substituted"), Option("b", 4.0, 0, 1.0, "digit_substituted")]}
    sol = localize({"s": 5.0, "a": 4.0, "b": 6.0}, rows, options)
    found = sorted(sorted((k, o.value) for k, o in alt.items()) for alt in (sol.changes, *sol.ties))
    assert found == [[("a", 5.0), ("b", 5.0)], [("a", 6.0), ("s", 6.0)], [("b", 4.0), ("s", 4.0)]]
    assert sol.cost == pytest.approx(2.0) and sol.broken == []


def test_the_two_halves_of_a_swap_are_taken_together_or_not_at_all() -> None:
    # a and b printed in each other's places: each row wants the other's figure back
    values = {"a": 2.0, "b": 1.0}
    rows = [Row("ra", {"a": 1.0}, 1.0, 1.0), Row("rb", {"b": 1.0}, 2.0, 2.0)]
    halves = {"a": [Option("a", 1.0, 0, 0.4, "swapped", partner="b")], "b": [Option("b", 2.0, 0, 0.4, "swapped", partner="a")]}
    sol = localize(values, rows, halves)
    assert {k: o.value for k, o in sol.changes.items()} == {"a": 1.0, "b": 2.0} and sol.broken == []
    # where b's figure is right as printed (its row holds), taking a's half alone would be half a swap: not done
    rows_b_right = [Row("ra", {"a": 1.0}, 1.0, 1.0), Row("rb", {"b": 1.0}, 1.0, 1.0)]
    sol = localize(values, rows_b_right, halves)
    assert sol.changes == {} and sol.broken == ["ra"]
