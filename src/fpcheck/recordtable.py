"""Records of a large table held as columns: rules read the arrays, Record objects are built on access.

A 100k-row sheet would otherwise become a million Value objects before any rule runs. ``RecordTable`` is a
``Sequence[Record]``: validation takes its column arrays directly (zero-copy), and only the records a report
or a diagnosis looks at are materialised, each value located at its cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

import numpy as np

from fpcheck.model import Location, Record, Value


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
        """Whether record ``i`` holds a value for ``indicator`` (without building the record)."""
        col = self.columns.get(indicator)
        return col is not None and col.present(i)

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
                    values[ind] = col.value(ind, i, self.locate(i, ind))
            self._cache[i] = Record(self.units[i], values, self.periods[i], self.locate(i, None))
        return self._cache[i]

    def __iter__(self) -> Iterator[Record]:
        return (self[i] for i in range(len(self)))


def unit_labels(records: Sequence[Record]) -> list[str | None]:
    """The unit of every record (a table's read from its labels, without building the records)."""
    return list(records.units) if isinstance(records, RecordTable) else [r.unit for r in records]


def record_periods(records: Sequence[Record]) -> list[str | None]:
    """The period of every record (a table's read from its column, without building the records)."""
    return list(records.periods) if isinstance(records, RecordTable) else [r.period for r in records]
