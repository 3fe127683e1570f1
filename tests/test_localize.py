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
