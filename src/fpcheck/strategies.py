"""Consistent family-planning records, built constructively, for property tests and benchmarks.

pandera's own ``strategy()`` filters wide dataframe checks and never finishes on this schema, so records
are built the way an office computes them: draw the independent counts, compute totals and rates with
the rules' formulas, and round the rates as printed (0–3 decimals). :func:`derive` holds those formulas
once; Hypothesis strategies (scalars) and the NumPy generator (whole columns) both call it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from fpcheck.model import Value

#: independent counts and the range each is drawn from (chosen so every rate is plausible)
RATE_IDS = ("birth_rate", "death_rate", "natural_growth_rate", "planned_birth_rate", "second_birth_planned_rate",
            "third_plus_birth_share", "sex_ratio_at_birth", "birth_quota_used_pct", "contraceptive_rate", "surgeries_pct", "sterilizations_pct",
            "induced_labors_pct", "abortions_pct", "iud_insertions_pct", "checkup_rate")


def _round(x: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Round half away from zero to ``d`` decimals, as statistical offices print."""
    f = 10.0 ** d
    return np.sign(x) * np.floor(np.abs(x) * f + 0.5) / f


def derive(base: dict[str, np.ndarray], decimals: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Totals and printed rates from independent counts (arrays of equal length)."""
    b = base
    v = dict(base)
    v["births"] = b["births_first"] + b["births_second"] + b["births_third_plus"]
    v["births_female"] = v["births"] - b["births_male"]
    v["births_planned"] = b["births_first_planned"] + b["births_second_planned"] + b["births_third_plus_planned"]
    v["married_women"] = (b["married_women_childless"] + b["married_women_one_child"]
                          + b["married_women_two_children"] + b["married_women_three_plus"])
    kinds = ("sterilizations", "induced_labors", "abortions", "iud_insertions")
    v["surgeries"] = np.asarray(sum(b[k] for k in kinds))
    v["surgeries_target"] = np.asarray(sum(b[f"{k}_target"] for k in kinds))
    # the moves close the balance: 年末 = 年初 + 出生 − 死亡 + 迁入 − 迁出 (``migration_out`` drawn: the moves both ways)
    net = b["population_end"] - b["population_start"] - v["births"] + b["deaths"]
    v["migration_in"] = b["migration_out"] + np.maximum(net, 0)
    v["migration_out"] = b["migration_out"] + np.maximum(-net, 0)
    v["total_increase"] = v["births"] + v["migration_in"]  # (a balance sheet's group totals: no other changes here)
    v["total_decrease"] = b["deaths"] + v["migration_out"]
    mean = (b["population_start"] + b["population_end"]) / 2
    br, dr = 1000 * v["births"] / mean, 1000 * b["deaths"] / mean
    exact = {
        "birth_rate": br, "death_rate": dr, "natural_growth_rate": br - dr,
        "planned_birth_rate": 100 * v["births_planned"] / v["births"],
        "second_birth_planned_rate": 100 * b["births_second_planned"] / b["births_second"],
        "third_plus_birth_share": 100 * b["births_third_plus"] / v["births"],
        "sex_ratio_at_birth": 100 * b["births_male"] / v["births_female"],
        "birth_quota_used_pct": 100 * v["births"] / b["birth_quota"],
        "contraceptive_rate": 100 * b["contraception_users"] / v["married_women"],
        "checkup_rate": 100 * b["checkup_done"] / b["checkup_expected"],
        "surgeries_pct": 100 * v["surgeries"] / v["surgeries_target"],
        **{f"{k}_pct": 100 * b[k] / b[f"{k}_target"] for k in kinds},
    }
    for k, x in exact.items():
        v[k] = _round(x, decimals[k])
    return v


def draw_base(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Independent counts for ``n`` records, drawn so every derived rate lies in its plausible range."""
    def ints(lo: np.ndarray | int, hi: np.ndarray | int) -> np.ndarray:
        lo, hi = np.broadcast_to(lo, (n,)), np.broadcast_to(hi, (n,))
        return np.floor(lo + rng.random(n) * (hi - lo + 1)).astype(np.int64).astype(np.float64)

    start = ints(2_000, 2_000_000)
    end = np.round(start * (1 + (rng.random(n) - 0.5) * 0.02))
    mean = (start + end) / 2
    births = ints(np.ceil(mean * 0.005), np.floor(mean * 0.03))
    second = ints(np.ceil(births * 0.25), np.floor(births * 0.4))
    third = ints(0, np.floor(births * 0.05))
    first = births - second - third
    male = ints(np.ceil(births / 2), np.floor(births * 13 / 23))  # sex ratio within 100–130
    b = {"population_start": start, "population_end": end, "births_first": first, "births_second": second,
         "births_third_plus": third, "births_male": male,
         "births_first_planned": ints(np.ceil(first * 0.9), first),
         "births_second_planned": ints(np.ceil(second * 0.8), second),
         "births_third_plus_planned": ints(0, third),
         "deaths": ints(np.ceil(mean * 0.004), np.floor(mean * 0.012)),
         "birth_quota": ints(births, np.floor(births * 1.15)),
         "married_women_childless": ints(np.ceil(mean * 0.005), np.floor(mean * 0.01)),
         "married_women_one_child": ints(np.ceil(mean * 0.06), np.floor(mean * 0.08)),
         "married_women_two_children": ints(np.ceil(mean * 0.06), np.floor(mean * 0.1)),
         "married_women_three_plus": ints(np.ceil(mean * 0.005), np.floor(mean * 0.02)),
         "checkup_expected": ints(np.ceil(mean * 0.1), np.floor(mean * 0.2))}
    b["checkup_done"] = ints(np.ceil(b["checkup_expected"] * 0.9), b["checkup_expected"])
    mw = sum(b[k] for k in ("married_women_childless", "married_women_one_child", "married_women_two_children",
                            "married_women_three_plus"))
    b["contraception_users"] = ints(np.ceil(mw * 0.8), np.floor(mw * 0.95))
    for k in ("sterilizations", "induced_labors", "abortions", "iud_insertions"):
        b[f"{k}_target"] = ints(10, 400)
        b[k] = ints(np.ceil(b[f"{k}_target"] * 0.7), np.floor(b[f"{k}_target"] * 1.1))
    b["floating_population"] = ints(0, np.floor(mean * 0.2))
    b["migration_out"] = ints(0, np.floor(mean * 0.02))  # (moves out beside any net loss: see derive)
    return b


def consistent_frame(n: int, seed: int = 0, decimals: int | None = 2) -> pd.DataFrame:
    """``n`` consistent records as a frame with ``<id>__decimals`` columns (random 0–3 when None)."""
    rng = np.random.default_rng(seed)
    dec = {k: (np.full(n, decimals) if decimals is not None else rng.integers(0, 4, n)).astype(np.int64)
           for k in RATE_IDS}
    values = derive(draw_base(rng, n), dec)
    frame = pd.DataFrame(values)
    for k in RATE_IDS:
        frame[f"{k}__decimals"] = dec[k]
    return frame


@dataclass(frozen=True)
class Fault:
    """One planted fault: which indicator was changed, from what to what."""

    indicator: str
    original: float
    planted: float


@st.composite
def consistent_records(draw: st.DrawFn, decimals: st.SearchStrategy[int] = st.integers(0, 3)) -> pd.DataFrame:
    """A one-row frame of a consistent record, rates printed with drawn decimals (per indicator)."""
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    base = draw_base(rng, 1)
    dec = {k: np.array([draw(decimals)]) for k in RATE_IDS}
    frame = pd.DataFrame(derive(base, dec))
    for k in RATE_IDS:
        frame[f"{k}__decimals"] = dec[k]
    return frame


SUMMED = ("births", "births_first", "births_second", "births_third_plus", "births_male", "births_female",
          "births_planned", "births_first_planned", "births_second_planned", "births_third_plus_planned",
          "married_women", "married_women_childless", "married_women_one_child", "married_women_two_children",
          "married_women_three_plus", "surgeries", "sterilizations", "induced_labors", "abortions", "iud_insertions")


@st.composite
def records_with_fault(draw: st.DrawFn) -> tuple[pd.DataFrame, Fault]:
    """A consistent one-row record with one count that a sum rule reads changed by 1–500."""
    frame = draw(consistent_records())
    ind = draw(st.sampled_from(SUMMED))
    original = float(frame[ind].iloc[0])
    planted = original + draw(st.integers(1, 500)) * draw(st.sampled_from([-1, 1]))
    if planted < 0:
        planted = original + 1
    frame = frame.copy()
    frame[ind] = planted
    return frame, Fault(ind, original, planted)


def row_values(row: pd.Series, ids: list[str]) -> dict[str, Value]:
    """One generated row as the values a record holds, each printed with its own decimals (counts: none)."""
    out = {}
    for k in ids:
        d = int(row[f"{k}__decimals"]) if k in RATE_IDS else 0
        x = float(row[k])
        out[k] = Value(k, x, f"{x:.{d}f}", d)
    return out


def printed_value(indicator: str, printed: str) -> Value:
    """A figure as extraction gives it from a (possibly corrupted) print: its number and printed decimals, or
    no number when OCR letters are in it."""
    try:
        number = float(printed)
    except ValueError:
        return Value(indicator, None, printed)
    return Value(indicator, number, printed, len(printed.split(".", 1)[1]) if "." in printed else 0)

