"""The column namespace rules are evaluated over: values, printed precision and missing masks per indicator.

A frame carries one row per reporting unit and one column per indicator id (float; NaN = missing or
masked). Printed precision travels with it, by this documented mechanism (first match wins):

1. a per-cell companion column ``<id>__decimals`` (and ``<id>__scale`` for 万-style multipliers);
2. per column, ``df.attrs["fpcheck"]["decimals"][id]`` (and ``["scale"][id]``);
3. by default, inferred per cell from the float: the fewest decimals (0–6) that represent it.

A count printed as a whole number with scale 1 is exact — unless ``df.attrs["fpcheck"]["rounded_counts"]``
says the counts are rounded estimates (a weighted sample table); every other figure carries half a unit of
its last printed decimal (times its scale) as rounding. A boolean column ``_partial_period`` marks records
that cover part of a year (their per-mille rates' population base is uncertain); a companion ``<id>__annualised``
gives the factor a part-year rate printed for a whole year was multiplied by (12 / months; NaN: not known).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from fpcheck.catalog import Catalog, default_catalog

MAX_DECIMALS = 6
PARTIAL_PERIOD = "_partial_period"
OWN_RATES = "_own_rates"  # (a part-year record whose text says its rates are its period's own)
SHORT_PERIOD = "_short_period"  # (a record covering less than a year, a quarter too: where it differs from the partial)


def infer_decimals(x: np.ndarray) -> np.ndarray:
    """Fewest decimals (0–6) that print each float exactly (NaN → 0); vectorised, a pass per decimal."""
    finite = np.isfinite(x)
    if np.array_equal(x[finite], np.rint(x[finite])):
        return np.zeros(x.shape, dtype=np.int8)  # the common case, whole numbers: one pass
    out = np.full(x.shape, MAX_DECIMALS, dtype=np.int8)
    todo = finite
    out[~todo] = 0
    for d in range(MAX_DECIMALS):
        if not todo.any():
            break
        y = x * (10.0**d)
        hit = todo & (np.abs(y - np.rint(y)) <= 1e-9 * np.maximum(1.0, np.abs(y)))
        out[hit] = d
        todo &= ~hit
    return out


@dataclass
class Columns:
    """Indicator arrays for a frame of ``n`` rows: ``value(id)`` is None when the column is absent."""

    n: int
    values: dict[str, np.ndarray]
    decimals: dict[str, np.ndarray | int] = field(default_factory=dict)
    scales: dict[str, np.ndarray | float] = field(default_factory=dict)
    partial: np.ndarray | None = None
    catalog: Catalog = field(default_factory=default_catalog)
    rounded_counts: bool = False  # counts are rounded estimates (weighted sample tables): ±½ each
    #: per indicator, the rows whose cell was left empty in a table (a part of a sum counted as nought there)
    blank: dict[str, np.ndarray] = field(default_factory=dict)
    #: per indicator, the factor each row's rate was annualised by (1 where printed for its own period)
    annualised: dict[str, np.ndarray] = field(default_factory=dict)
    #: per indicator, each row's figure where a table of several years prints it only as the year before's closing
    #: one (年初人口 as 上年年末人口), and that closing indicator (whose rounding it carries)
    carried: dict[str, tuple[np.ndarray, str]] = field(default_factory=dict)
    #: per indicator, each row's figure its text implies but does not print (:attr:`Record.implied`), and the
    #: indicator it was worked from (whose rounding it carries)
    implied: dict[str, tuple[np.ndarray, str]] = field(default_factory=dict)
    #: per indicator, its figure in the rows whose text states their rates rest on it (:attr:`Record.rate_base`),
    #: NaN elsewhere
    stated: dict[str, np.ndarray] = field(default_factory=dict)
    #: the rows whose text says their rates are their period's own (:attr:`Record.own_rates`), None when none does
    own_rates: np.ndarray | None = None
    #: the rows whose period is shorter than a year, quarters too (None: those of ``partial``)
    short: np.ndarray | None = None
    _res: dict[str, np.ndarray | float] = field(default_factory=dict)
    memo: dict[object, object] = field(default_factory=dict)  # derived quantities, computed once

    def value(self, ind: str) -> np.ndarray | None:
        return self.values.get(ind)

    def filled_value(self, ind: str, fills: dict[str, tuple[np.ndarray, str]]) -> np.ndarray | None:
        """The column with the rows it misses filled from ``fills`` (:attr:`carried` from the year before, or
        :attr:`implied`), where any are."""
        if ind not in fills:
            return self.value(ind)
        own = self.value(ind)
        return fills[ind][0] if own is None else np.where(np.isnan(own), fills[ind][0], own)

    def filled_res(self, ind: str, fills: dict[str, tuple[np.ndarray, str]]) -> np.ndarray | float:
        """The rounding of :meth:`filled_value`: the figure's it was worked from, where the row's own is missing."""
        if ind not in fills:
            return self.res(ind)
        source = self.res(fills[ind][1])
        own = self.value(ind)
        return source if own is None else np.where(np.isnan(own), source, self.res(ind))

    def decimals_of(self, ind: str) -> np.ndarray | int:
        if ind not in self.decimals:
            self.decimals[ind] = infer_decimals(self.values[ind])
        return self.decimals[ind]

    def whole(self, ind: str) -> bool:
        """Whether every value of the column is a whole number (one pass, remembered)."""
        key = ("whole", ind)
        if key not in self.memo:
            x = self.values[ind]
            self.memo[key] = bool(np.all((x == np.rint(x)) | np.isnan(x)))
        return self.memo[key]  # type: ignore[return-value]

    def scale_of(self, ind: str) -> np.ndarray | float:
        return self.scales.get(ind, 1.0)

    def unit(self, ind: str) -> np.ndarray | float:
        """One unit of the last printed decimal, in base units."""
        dec = self.decimals_of(ind)
        if isinstance(dec, np.ndarray) and dec.ndim and dec.size and (dec == dec.flat[0]).all():
            dec = int(dec.flat[0])  # one precision for the whole column: a scalar, not an array power
        return 10.0 ** (-np.asarray(dec, dtype=np.float64)) * self.scale_of(ind)

    def res(self, ind: str) -> np.ndarray | float:
        """Half a unit of the last printed decimal (0 for exact counts): the rounding a figure carries."""
        if ind not in self._res:
            ind_meta = self.catalog.indicators.get(ind)
            dec, scale = self.decimals_of(ind), self.scale_of(ind)
            exact_counts = ind_meta is not None and ind_meta.integer and not self.rounded_counts
            if exact_counts and np.ndim(scale) == 0 and scale == 1.0 and not np.any(dec):
                self._res[ind] = 0.0  # exact counts: no rounding at all
                return 0.0
            half = 0.5 * self.unit(ind)
            if exact_counts:
                exact = (np.asarray(self.decimals_of(ind)) == 0) & (np.asarray(self.scale_of(ind)) == 1.0)
                half = np.where(exact, 0.0, half)
                if np.ndim(half) and not half.any():
                    half = 0.0
            self._res[ind] = half
        return self._res[ind]

    @classmethod
    def from_frame(cls, df: pd.DataFrame, catalog: Catalog | None = None,
                   indicators: Mapping[str, object] | None = None) -> Columns:
        """Namespace over the indicator columns of ``df`` (others ignored), zero-copy where possible."""
        catalog = catalog or default_catalog()
        meta = df.attrs.get("fpcheck", {}) if isinstance(df.attrs, dict) else {}
        col_dec, col_scale = meta.get("decimals", {}), meta.get("scale", {})
        values: dict[str, np.ndarray] = {}
        decimals: dict[str, np.ndarray | int] = {}
        scales: dict[str, np.ndarray | float] = {}
        annualised: dict[str, np.ndarray] = {}
        wanted = indicators if indicators is not None else catalog.indicators
        for name in df.columns:
            if not isinstance(name, str) or name not in wanted:
                continue
            values[name] = _as_float(df[name])
            if f"{name}__decimals" in df.columns:
                decimals[name] = _as_float(df[f"{name}__decimals"]).astype(np.int16)
            elif name in col_dec:
                decimals[name] = int(col_dec[name])
            if f"{name}__scale" in df.columns:
                scales[name] = np.nan_to_num(_as_float(df[f"{name}__scale"]), nan=1.0)
            elif name in col_scale:
                scales[name] = float(col_scale[name])
            if f"{name}__annualised" in df.columns:
                annualised[name] = _as_float(df[f"{name}__annualised"])
        partial = _as_float(df[PARTIAL_PERIOD]) > 0 if PARTIAL_PERIOD in df.columns else None
        own = _as_float(df[OWN_RATES]) > 0 if OWN_RATES in df.columns else None
        short = _as_float(df[SHORT_PERIOD]) > 0 if SHORT_PERIOD in df.columns else None
        return cls(len(df), values, decimals, scales, partial, catalog, bool(meta.get("rounded_counts", False)),
                   annualised=annualised, own_rates=own, short=short)


def _as_float(s: pd.Series) -> np.ndarray:
    """A column as float64 with NaN for missing; text that is not a number becomes NaN."""
    if s.dtype == np.float64:
        return s.to_numpy()
    try:
        return s.to_numpy(dtype=np.float64, na_value=np.nan)
    except (TypeError, ValueError):
        return pd.to_numeric(s, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
