"""Property tests over constructively generated consistent records (fpcheck.strategies)."""

import numpy as np
import pandas as pd
import pandera.pandas as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpcheck.rules import core_rules
from fpcheck.schema import schema_for
from fpcheck.strategies import RATE_IDS, consistent_frame, consistent_records, records_with_fault
from fpcheck.validate import validate

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GENERATED = set(consistent_frame(1).columns)  # the indicators the strategies build (the core report's)


def _covered(rule) -> bool:  # type: ignore[no-untyped-def]
    """Every operand of the rule is generated (a derived one through at least one alternative)."""
    for names in rule.operands.values():
        for n in names:
            if n in rule.optional:
                continue  # (nought where not stated: a record without it is covered)
            d = rule.derived.get(n)
            if not (any(set(a.ids) <= GENERATED for a in d.alternatives) if d else n in GENERATED):
                return False
    return True


RULES = {r.id: r for r in core_rules() if _covered(r)}


@SETTINGS
@given(consistent_records())
def test_every_consistent_record_passes_every_rule(df: pd.DataFrame) -> None:
    rep = validate(df)
    assert rep.failing_rows() == {}, rep.findings()


@SETTINGS
@given(consistent_records(), st.sampled_from([r for r in RULES.values() if r.kind == "sum"]), st.data())
def test_changing_a_summed_count_fails_that_sum_and_names_it(df: pd.DataFrame, rule, data) -> None:
    ind = data.draw(st.sampled_from([rule.operands["total"][0], *rule.operands["parts"]]))
    delta = data.draw(st.integers(1, 500))
    df = df.copy()
    df[ind] = df[ind] + delta
    found = [f for f in validate(df).findings() if f.rule == rule.id]
    assert len(found) == 1 and ind in found[0].indicators


@SETTINGS
@given(consistent_records(), st.sampled_from(["population_start", "births", "deaths", "migration_in", "migration_out",
                                              "population_end"]), st.integers(1, 500), st.sampled_from([-1, 1]))
def test_moving_any_count_of_the_balance_breaks_it_by_that_much(df: pd.DataFrame, ind: str, delta: int,
                                                                sign: int) -> None:
    """年末 = 年初 + 出生 − 死亡 + 迁入 − 迁出 holds on a consistent record; a count moved by d leaves the year-end
    population d away from the rest (a warning: a report may mix 口径), naming the count moved."""
    df = df.copy()
    original = float(df[ind].iloc[0])
    if original < delta:
        sign = 1  # (a count cannot go below nought)
    df[ind] = original + sign * delta
    found = [f for f in validate(df).findings() if f.rule == "population_balance"]
    assert len(found) == 1 and found[0].severity == "warning" and ind in found[0].indicators
    assert found[0].actual == float(df["population_end"].iloc[0])
    assert abs(found[0].expected - found[0].actual) == delta


@SETTINGS
@given(consistent_records(), st.integers(0, 300), st.integers(0, 300), st.integers(1, 300))
def test_other_changes_count_in_the_balance_where_stated(df: pd.DataFrame, more: int, fewer: int, slip: int) -> None:
    """其他增加 / 其他减少 are terms of the balance where a sheet states them (nought where not): stated with the year-end
    moved by them, it balances; stated beside a year-end left as it was, it is off by their difference."""
    df = df.copy()
    df["other_increase"], df["other_decrease"] = float(fewer + slip + more), float(fewer + more)
    off = [f for f in validate(df).findings() if f.rule == "population_balance"]
    assert len(off) == 1 and off[0].expected - off[0].actual == slip
    df["population_end"] = df["population_end"] + slip
    assert not [f for f in validate(df).findings() if f.rule == "population_balance"]


@SETTINGS
@given(consistent_records(), st.sampled_from([r for r in RULES.values() if r.kind == "bound"
                                              and r.operands["whole"][0] != "mean_population"]), st.integers(1, 50))
def test_raising_a_part_above_its_whole_fails_the_bound(df: pd.DataFrame, rule, extra: int) -> None:
    part, whole = rule.operands["part"][0], rule.operands["whole"][0]
    df = df.copy()
    df[part] = df[whole] + extra
    found = [f for f in validate(df).findings() if f.rule == rule.id]
    assert len(found) == 1 and part in found[0].indicators


@SETTINGS
@given(consistent_records(), st.sampled_from([r for r in RULES.values() if r.kind == "ratio"]), st.data())
def test_moving_a_ratio_count_beyond_tolerance_fails_the_ratio(df: pd.DataFrame, rule, data) -> None:
    """Numerator moved so the rate moves by > 2 printed units: beyond 1.5 units of tolerance plus the
    half unit the printed rate may already be off by."""
    rate_id, num_id = rule.operands["rate"][0], rule.operands["numerator"][0]
    if num_id not in df.columns:  # planned_births: derived, change births_planned instead
        num_id = "births_planned"
    den_id = rule.operands["denominator"][0]
    den = (df["population_start"] + df["population_end"]).iloc[0] / 2 if den_id == "mean_population" else df[den_id].iloc[0]
    unit = 10.0 ** -int(df[f"{rate_id}__decimals"].iloc[0])
    need = int(np.ceil(2.05 * unit * den / rule.scale)) + 1
    sign = data.draw(st.sampled_from([-1, 1]))
    value = df[num_id].iloc[0]
    if sign < 0 and value - need < 0:
        sign = 1
    df = df.copy()
    df[num_id] = value + sign * (need + data.draw(st.integers(0, 20)))
    found = [f for f in validate(df).findings() if f.rule == rule.id]
    assert len(found) == 1 and num_id in found[0].indicators and rate_id in found[0].indicators


@SETTINGS
@given(consistent_records(), st.sampled_from([r for r in RULES.values() if r.kind in ("sum", "bound", "ratio", "difference")]), st.data())
def test_a_missing_input_gives_not_applicable_never_failure(df: pd.DataFrame, rule, data) -> None:
    direct = [i for i in rule.indicators if i in df.columns and i not in ("population",)]
    ind = data.draw(st.sampled_from(direct))
    df = df.copy()
    for d in rule.derived.values():  # a derived operand falls back to other inputs: remove them all
        if ind in d.indicators:
            df[[i for i in d.indicators if i in df.columns]] = np.nan
    df[ind] = np.nan
    s = validate(df).summary().set_index("check")
    if rule.id in s.index:
        assert s.loc[rule.id, "fails"] == 0 and s.loc[rule.id, "nNA"] == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**31), st.integers(1, 40), st.floats(0.0, 0.5), st.sampled_from([0, 1, 2, 3, None]))
def test_pandera_schema_and_validate_agree_on_every_failing_row(seed: int, n: int, frac: float, dec) -> None:
    rng = np.random.default_rng(seed)
    df = consistent_frame(n, seed=seed, decimals=dec)
    counts = [c for c in df.columns if not c.endswith("__decimals")]
    for col in rng.choice(counts, size=max(1, int(frac * 10)), replace=False):  # plant faults and holes
        rows = rng.random(n) < frac
        df.loc[rows, col] = df.loc[rows, col] * rng.choice([0, 2, 10]) + rng.integers(1, 9)
        df.loc[rng.random(n) < frac / 3, col] = np.nan
    ours = {(chk, int(r)) for chk, rows in validate(df).failing_rows().items() for r in rows}
    try:
        schema_for(df.columns).validate(df, lazy=True)
        theirs: set[tuple[str, int]] = set()
    except pa.errors.SchemaErrors as exc:
        fc = exc.failure_cases
        theirs = {(c, int(i)) for c, i in zip(fc["check"], fc["index"], strict=True) if i is not None and not pd.isna(i)}
    assert ours == theirs


def test_rate_ids_are_what_the_generator_rounds() -> None:
    df = consistent_frame(5, seed=3, decimals=1)
    for k in RATE_IDS:
        assert np.allclose(df[k] * 10, np.round(df[k] * 10))
    assert RULES["births_by_parity"].kind == "sum"


@SETTINGS
@given(records_with_fault())
def test_a_planted_fault_is_found_and_names_its_indicator(case) -> None:
    df, fault = case
    errors = [f for f in validate(df).findings() if f.severity == "error"]
    assert errors and all(fault.indicator in f.indicators for f in errors if f.rule.endswith(("by_parity", "by_sex",
                                                                                                  "by_children", "by_kind")))
    assert any(f.rule in {r.id for r in core_rules() if r.kind == "sum"} and fault.indicator in f.indicators for f in errors)


@SETTINGS
@given(st.integers(2, 10**7), st.integers(2, 10**7), st.sampled_from(["population", "population_end", None]),
       st.data())
def test_a_sex_split_adds_up_to_either_stock_or_fails(pop: int, pop_end: int, of: str | None, data) -> None:
    """population_by_sex lists two totals (a 户籍 and a 常住 stock in one report): the split of either
    passes; a split adding up to neither fails, and the pandera schema agrees."""
    stocks = {"population": pop, "population_end": pop_end}
    total = stocks[of] if of else data.draw(st.integers(2, 2 * 10**7).filter(
        lambda x: min(abs(x - pop), abs(x - pop_end)) > 1))
    male = data.draw(st.integers(1, total - 1))
    df = pd.DataFrame([{**stocks, "population_male": male, "population_female": total - male}], dtype=float)
    failing = "population_by_sex" in validate(df).failing_rows()
    assert failing == (of is None)
    try:
        schema_for(df.columns).validate(df, lazy=True)
        schema_failed = False
    except pa.errors.SchemaErrors as err:
        schema_failed = "population_by_sex" in set(err.failure_cases["check"].astype(str))
    assert schema_failed == failing


@SETTINGS
@given(st.lists(st.integers(0, 5000), min_size=3, max_size=3), st.integers(0, 2), st.integers(0, 15000))
def test_stated_parts_over_their_total_fail_whatever_the_missing_part(parts: list[int], missing: int,
                                                                      births: int) -> None:
    """births_by_parity with one parity not stated (无多孩出生): not applicable while the stated parities fit in
    the births, a failure once they exceed them (counts are never negative); the pandera schema agrees."""
    row = dict(zip(["births_first", "births_second", "births_third_plus"], map(float, parts)), births=float(births))
    row[["births_first", "births_second", "births_third_plus"][missing]] = np.nan
    df = pd.DataFrame([row])
    stated = sum(p for k, p in enumerate(parts) if k != missing)
    s = validate(df).summary().set_index("check").loc["births_by_parity"]
    assert (s["fails"], s["nNA"]) == ((1, 0) if stated > births else (0, 1))
    try:
        schema_for(df.columns).validate(df, lazy=True)
        schema_failed = False
    except pa.errors.SchemaErrors as err:
        schema_failed = "births_by_parity" in set(err.failure_cases["check"].astype(str))
    assert schema_failed == (stated > births)


@SETTINGS
@given(st.integers(5_000, 2_000_000), st.integers(5, 20), st.sampled_from([1.0, 1.05, 0.95, 1.3, 0.7, 0.1, 10.0]))
def test_a_rate_on_a_year_end_base_is_an_error_once_no_base_could_explain_it(pop: int, per_mille: int,
                                                                            factor: float) -> None:
    """With only the year-end population printed, the mean the rate was taken on lies within 10% of it: a printed
    rate 5% off is a warning (the base may explain it), one 30% off or ten times off an error (no base can)."""
    births = round(pop * per_mille / 1000)
    expected = births / pop * 1000
    df = pd.DataFrame([{"population_end": float(pop), "births": float(births), "birth_rate": round(expected * factor, 2),
                        "birth_rate__decimals": 2}])  # (printed to two decimals, as a yearbook does)
    severities = {f.severity for f in validate(df).findings() if f.rule == "birth_rate_from_counts"}
    assert severities == (set() if factor == 1.0 else {"warning"} if factor in (1.05, 0.95) else {"error"})


@SETTINGS
@given(st.integers(5_000, 2_000_000), st.integers(5, 20), st.sampled_from([1.0, 1.3, 0.8, 1.9, 0.1, 10.0, 0.4]))
def test_a_rate_on_a_population_printed_alone_errs_only_beyond_any_caliber(pop: int, per_mille: int,
                                                                           factor: float) -> None:
    """A population printed alone (总人口, 年平均人口) may be another 口径 than the rate's base, half as large again or
    half as small: a rate 30% off, 20% under or 1.9 times over is a warning; one ten times off (worked per hundred),
    or 0.4 and 0.1 of it, an error."""
    births = round(pop * per_mille / 1000)
    expected = births / pop * 1000
    df = pd.DataFrame([{"population": float(pop), "births": float(births), "birth_rate": round(expected * factor, 2),
                        "birth_rate__decimals": 2}])
    severities = {f.severity for f in validate(df).findings() if f.rule == "birth_rate_from_counts"}
    assert severities == (set() if factor == 1.0 else {"warning"} if factor in (1.3, 0.8, 1.9) else {"error"})
