"""A data set's codebook: the sheet that says what each column's code means (``births_policy`` → 政策内出生人数,
``policy_rate`` → 计划生育率 as a share of one). Researchers keep their data under short codes and explain them on a
sheet beside it (变量说明); the data sheets' headers are read through it, as a clerk's Chinese header would be."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .catalog import header_key, table_rules
from .cells import text_of
from .layout import blank
from .sheets import Grid

#: how far down a data sheet its header may sit (rows looked at for codes)
HEADER_ROWS = 10


@cache
def _words() -> tuple[dict[str, frozenset[str]], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spec = table_rules()["codebook"]
    heads = {k: frozenset(header_key(w) for w in spec[k]) for k in ("variable", "meaning", "unit", "note")}
    return heads, re.compile(spec["share"], re.I), re.compile(spec["permille"]), re.compile(spec["percent"])


def read_codebook(grid: Grid) -> dict[str, str]:
    """The header each variable of a codebook sheet stands for (its meaning, with ‰ or % after it), by the
    variable's :func:`header_key`; empty when the grid is no codebook (no variable and meaning columns)."""
    heads, share, permille, percent = _words()
    for r, row in enumerate(grid.rows[:HEADER_ROWS]):
        cols: dict[str, int] = {}
        for c, v in enumerate(row):
            key = header_key(text_of(v))
            role = next((k for k, words in heads.items() if key in words), None)
            if role is not None:
                cols.setdefault(role, c)
        if "variable" in cols and "meaning" in cols:
            break
    else:
        return {}
    book: dict[str, str] = {}
    for row in grid.rows[r + 1:]:
        cell = {k: text_of(row[c]).strip() if c < len(row) and not blank(row[c]) else "" for k, c in cols.items()}
        if not cell["variable"] or not cell["meaning"]:
            continue
        said = f"{cell.get('unit', '')} {cell.get('note', '')}"
        unit = "%" if share.search(said) or percent.search(cell.get("unit", "")) else \
            "‰" if permille.search(cell.get("unit", "")) else ""
        book[header_key(cell["variable"])] = f"{cell['meaning']}（{unit}）" if unit else cell["meaning"]
    return book


def apply_codebooks(grids: Sequence[Grid]) -> None:
    """Read the header cells of the other grids that are a codebook's variables as their meanings (in place, in
    memory: the file is never touched)."""
    books = [(g, book) for g in grids if (book := read_codebook(g))]
    if not books:
        return
    for grid in grids:
        book = {k: v for g, b in books if g is not grid for k, v in b.items()}
        for row in grid.rows[:HEADER_ROWS]:
            for c, v in enumerate(row):
                if isinstance(v, str) and (meaning := book.get(header_key(v))) is not None:
                    row[c] = meaning
