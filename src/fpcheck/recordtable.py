"""Records of a large table held as columns: rules read the arrays, Record objects are built on access.

A 100k-row sheet would otherwise become a million Value objects before any rule runs. ``RecordTable`` is a
``Sequence[Record]``: validation takes its column arrays directly (zero-copy), and only the records a report
or a diagnosis looks at are materialised, each value located at its cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
import dataclasses
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import compress, repeat
from operator import is_not
from typing import cast, overload

import numpy as np

from fpcheck.extract import anchors
from fpcheck.catalog import table_rules
from fpcheck.model import Document, Location, Record, Value, annual_factor


@dataclass
class ColumnData:
    """One indicator's column: numbers in base units (NaN = missing), printed decimals and scale per row.

    ``printed`` holds the text as the sheet shows it where it differs from formatting ``number / scale``
    with ``decimals`` (None elsewhere, or no list at all)."""

    number: np.ndarray
    decimals: np.ndarray
    scale: np.ndarray | float = 1.0
    printed: list[str | None] | None = None
    unit_printed: str | None = None
    #: the rows whose cell in this column is empty (not text, not a marker): a part a clerk left blank for nought
    blank: np.ndarray | None = None
    #: the rows whose rate is restated for a whole year (出生率（折合全年，‰）), checked on their period's months
    annualised: np.ndarray | None = None

    @cached_property
    def _lists(self) -> tuple[list[float], list[int], list[float] | float]:
        """The arrays as Python lists, built once: per-value numpy scalar access is what makes records slow."""
        sc = np.asarray(self.scale).tolist() if np.ndim(self.scale) else float(self.scale)
        return self.number.tolist(), self.decimals.tolist(), sc

    def present(self, row: int) -> bool:
        x = self._lists[0][row]
        return x == x  # not NaN

    def value(self, indicator: str, row: int, location: Location) -> Value:
        num, dec, scale = self._lists
        x, d = num[row], int(dec[row])
        sc = scale[row] if isinstance(scale, list) else scale
        text = self.printed[row] if self.printed is not None else None
        if text is None:
            text = f"{x / sc:.{d}f}"
        return Value(indicator, x, text, d, sc, location, unit_printed=self.unit_printed)


class RecordTable(Sequence[Record]):
    """Records of one table: unit labels, periods and indicator columns; ``locate(row, indicator)`` gives a
    value's cell (indicator None: the row's label cell)."""

    def __init__(self, units: Sequence[str | None], periods: Sequence[str | None], columns: dict[str, ColumnData],
                 locate: Callable[[int, str | None], Location]) -> None:
        self.units, self.periods, self.columns, self.locate = list(units), list(periods), columns, locate
        self._cache: dict[int, Record] = {}

    def __len__(self) -> int:
        return len(self.units)

    def has(self, i: int, indicator: str) -> bool:
        """Whether record ``i`` holds a value for ``indicator`` (without building the record, nor turning the
        column into lists: asked of the few records with findings)."""
        col = self.columns.get(indicator)
        return col is not None and bool(col.number[i] == col.number[i])  # (not NaN)

    @overload
    def __getitem__(self, i: int) -> Record: ...
    @overload
    def __getitem__(self, i: slice) -> list[Record]: ...

    def __getitem__(self, i: int | slice) -> Record | list[Record]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i not in self._cache:
            values = {}
            for ind, col in self.columns.items():
                if col.present(i):  # locate only the values that exist
                    values[ind] = v = col.value(ind, i, self.locate(i, ind))
                    if col.annualised is not None and col.annualised[i]:
                        values[ind] = dataclasses.replace(v, annualised=annual_factor(self.periods[i]))
            self._cache[i] = Record(self.units[i], values, self.periods[i], self.locate(i, None))
        return self._cache[i]

    def __iter__(self) -> Iterator[Record]:
        return (self[i] for i in range(len(self)))


def record_numbers(records: Sequence[Record], indicator: str) -> np.ndarray:
    """Each record's number for ``indicator`` (NaN where it has none), a table's read from its column."""
    if isinstance(records, RecordTable):
        col = records.columns.get(indicator)
        return np.full(len(records), np.nan) if col is None else np.asarray(col.number, dtype=float)
    return np.fromiter((np.nan if (n := r.number(indicator)) is None else n for r in records), float, len(records))


def unit_labels(records: Sequence[Record]) -> list[str | None]:
    """The unit of every record (a table's read from its labels, without building the records)."""
    return list(records.units) if isinstance(records, RecordTable) else [r.unit for r in records]


def record_periods(records: Sequence[Record]) -> list[str | None]:
    """The period of every record (a table's read from its column, without building the records)."""
    return list(records.periods) if isinstance(records, RecordTable) else [r.period for r in records]


ANNUAL = {None, "full-year"}  # periods a sheet's year may stand for


@cache
def _year_re() -> re.Pattern[str]:
    """A year in a period, a sheet's name or a title (``year`` in ``schemas/tables.yaml``)."""
    return re.compile(table_rules()["year"])


def one_year(*texts: str | None) -> int | None:
    """The one year the first text naming any names (a sheet's name 2023年, else its title 河口县2023年…); None when
    that text names two (2023年与2022年对比) or none does."""
    for text in texts:
        if named := {int(y) for y in _year_re().findall(text or "")}:
            return named.pop() if len(named) == 1 else None
    return None


def record_years(doc: Document) -> list[int | None] | None:
    """Each record's year: its period when that is a year, else (for a whole year) the document's year (its
    sheet's name's, else its title's); None where neither says, and no list at all when no record has a year."""
    periods = record_periods(doc.records)
    by_period = {p: _year(p, doc.year) for p in set(periods)}
    return [by_period[p] for p in periods] if any(by_period.values()) else None


def year_before(records: Sequence[Record]) -> np.ndarray | None:
    """In records of several years (a series down the rows or across the columns), the record of each one's unit a
    year earlier (-1 for none); None where no record has one."""
    periods = record_periods(records)
    by_period = {p: _year(p, None) for p in set(periods)}  # (a table names a few periods: each parsed once)
    if sum(y is not None for y in by_period.values()) < 2:
        return None  # (one year or none, the common case: no record-by-record pass at all)
    keys = list(zip(unit_labels(records), map(by_period.__getitem__, periods)))
    seen: dict[tuple[str | None, int | None], int] = {}
    for i, key in enumerate(keys):
        seen[key] = -1 if key in seen else i  # (a key held twice is ambiguous)
    before = np.array([seen.get((u, y - 1), -1) if y is not None else -1 for u, y in keys], dtype=np.int64)
    return before if (before >= 0).any() else None


def carried_columns(records: Sequence[Record]) -> dict[str, tuple[np.ndarray, str]]:
    """Each record's opening figure as its unit's record of the year before (:func:`year_before`) closed it (年初人口
    as 年末人口 a year earlier: ``year_carry`` pairs in ``schemas/tables.yaml``), NaN where none closes that year: by
    opening indicator, with the closing one."""
    if (before := year_before(records)) is None:
        return {}
    out = {}
    for opening, closing in table_rules()["year_carry"]["pairs"].items():
        if isinstance(records, RecordTable):
            col = records.columns.get(closing)
            closed = None if col is None else col.number
        else:
            closed = np.array([np.nan if (v := r.values.get(closing)) is None or v.number is None else v.number
                               for r in records])
        if closed is not None:
            carried = np.where(before >= 0, closed[before], np.nan)
            if not np.isnan(carried).all():
                out[opening] = (carried, closing)
    return out


def _year(period: str | None, sheet_year: int | None) -> int | None:
    if period in ANNUAL:
        return sheet_year
    m = _year_re().fullmatch(period or "")
    return int(m.group(1)) if m else None


class LabelColumn:
    """Row labels (None for none) to be matched against patterns, the whole column at once. When every match
    of a pattern holds one of a few literals (:func:`~fpcheck.extract.anchors`: 其中, 小计 …), only the labels
    that hold one are tried: those are found by ``str.find`` over all the labels laid end to end, once."""

    def __init__(self, labels: Sequence[str | None]) -> None:
        self.named = np.fromiter(map(is_not, labels, repeat(None)), dtype=np.bool_, count=len(labels))
        self.texts = cast(list[str], list(compress(labels, self.named)))

    def matches(self, pattern: re.Pattern[str]) -> np.ndarray:
        """Whether each label matches ``pattern`` at its start (None never does), as a boolean array."""
        tried = self._holding(pattern)
        found = map(pattern.match, map(self.texts.__getitem__, tried.tolist()))
        hits = np.zeros(len(self.texts), dtype=np.bool_)
        hits[tried] = np.fromiter(map(is_not, found, repeat(None)), dtype=np.bool_, count=len(tried))
        out = self.named.copy()
        out[self.named] = hits
        return out

    def _holding(self, pattern: re.Pattern[str]) -> np.ndarray:
        """The positions of the texts that hold one of the pattern's anchors (all of them if it has none), in
        order. A pattern ignoring case has its anchors found in the lowercased texts, when they are ASCII or
        uncased (subtotal, 小计) and no text holds a letter that case ignoring takes for an ASCII one."""
        everything = np.arange(len(self.texts))
        if not pattern.flags & re.IGNORECASE:
            joined, words = self._joined, anchors(pattern)
        else:
            words = anchors(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))
            if words is None or self._lowered is None or not all(
                    c.isascii() or c.lower() == c == c.upper() for w in words for c in w):
                return everything
            joined, words = self._lowered, frozenset(w.lower() for w in words)
        if words is None:
            return everything
        at: list[int] = []
        for word in words:
            i = joined.find(word)
            while i >= 0:
                at.append(i)
                i = joined.find(word, i + 1)
        if not at:  # (the common case in a big table: no label holds one; where the texts end is not needed)
            return np.zeros(0, dtype=np.intp)
        return np.unique(np.searchsorted(self._ends, at))

    @cached_property
    def _joined(self) -> str:
        """The texts end to end, a "\\0" between each two."""
        return "\0".join(self.texts)  # (a word found across two texts flags one more to try, no harm)

    @cached_property
    def _ends(self) -> np.ndarray:
        """Where each text ends in ``_joined`` (the "\\0" after it)."""
        return np.cumsum(np.fromiter(map(len, self.texts), dtype=np.int64, count=len(self.texts)) + 1) - 1

    @cached_property
    def _lowered(self) -> str | None:
        """``_joined`` lowercased, character for character: None when it holds a letter other than ASCII that
        case ignoring takes for an ASCII one (İ ı ſ K, see the re module's docs), which no lowercase search finds."""
        lowered = self._joined.lower()
        odd = len(lowered) != len(self._joined) or any(c in self._joined for c in "\u0130\u0131\u017f\u212a")
        return None if odd else lowered
