"""The indicator catalog: what each figure is, its unit, and which values are impossible or implausible.

Loaded from ``schemas/indicators.yaml`` (installed as the ``fpcheck.schemas`` package data), so adding an
indicator or an alias is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

Range = tuple[float | None, float | None]

MEASURE_UNITS = {"persons", "cases", "permille", "percent", "per100", "yuan", "wanyuan"}


@dataclass(frozen=True)
class Indicator:
    """One indicator: id, Chinese and English name, aliases, measure, integer-ness, hard and plausible ranges."""

    id: str
    name: str
    aliases: tuple[str, ...]
    measure: str
    unit: str
    integer: bool
    hard: Range
    plausible: Range
    header_aliases: tuple[str, ...] = ()
    by_unit: tuple[tuple[str, str], ...] = ()  # (unit printed, the indicator such a figure is instead)
    name_en: str = ""  # the name in English messages (the id with spaces when the catalog gives none)
    header_parents: tuple[str, ...] = ()  # groups under which a bare header alias (男) names this indicator
    halves: bool = False  # a count that may be a mean of two (年平均人口 2863.5): whole in steps of one half

    @property
    def step(self) -> float:
        """The step a whole value of this count moves in: 1, or 0.5 for a count that may be a mean of two."""
        return 0.5 if self.halves else 1.0

    def is_whole(self, x: float) -> bool:
        """Whether ``x`` is a whole value of this indicator (any value, for one that is not a count)."""
        return not self.integer or abs(x / self.step - round(x / self.step)) <= 1e-9 * (1.0 + abs(x))

    def label(self, lang: str) -> str:
        """The indicator's name in a message of ``lang`` (zh or en)."""
        return self.name if lang == "zh" else self.name_en or self.id.replace("_", " ")

    def printed_in(self, unit: str | None) -> str:
        """The indicator a figure of this one printed in ``unit`` is (落实节育措施7431人: users, not cases)."""
        return next((other for u, other in self.by_unit if u == unit), self.id)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name a report may use for this indicator, the canonical name first (header-only aliases,
        too short or ambiguous for running text — 男, 女 — are left out)."""
        return (self.name, *self.aliases)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's C parser where PyYAML was built with it


def read_yaml(path: str | Path) -> Any:
    """A schema file, parsed safely (libyaml's C loader when present: about five times faster than the
    pure-Python one on patterns.yaml, which the first report or table of a run waits for)."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader


def schemas_dir() -> Path:
    """Directory holding the YAML schemas (the repository's ``schemas/``, installed as package data)."""
    return Path(str(resources.files("fpcheck.schemas")))


@cache
def table_rules() -> dict:  # type: ignore[type-arg]
    """``schemas/tables.yaml``: what footnotes declare, row hierarchies, column groups."""
    return read_yaml(schemas_dir() / "tables.yaml")  # type: ignore[no-any-return]


def _range(raw: Any, default: Range) -> Range:
    if raw is None:
        return default
    lo, hi = raw
    return (None if lo is None else float(lo), None if hi is None else float(hi))


@dataclass(frozen=True)
class HeaderAffixes:
    """Decorations a table header puts around an indicator's name (``schemas/indicators.yaml``)."""

    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    total_words: tuple[str, ...] = ()
    enumeration: str = "(?!)"  # a list number before the name (一、出生人数, 1.出生人数, ①出生人数)
    #: a header's own words for a name's (上年12月31日 → 上年末, 户口 / 在籍 dropped, 每千人出生 → 出生率), in turn
    rewrites: tuple[tuple[re.Pattern[str], str], ...] = ()

    def rewritten(self, key: str) -> str:
        """``key`` with every rewrite applied in turn (``key`` itself when none applies)."""
        for rx, to in self.rewrites:
            key = rx.sub(to, key)
        return key

    def strip_prefix(self, key: str) -> str:
        """``key`` without a list number, one leading marker and the ：/:/、 after it (``key`` itself when it
        has none)."""
        m = re.match(self.enumeration, key)
        if m and len(key) > m.end():
            key = key[m.end():]
        for p in self.prefixes:
            if key.startswith(p) and len(key) > len(p):
                return key[len(p):].lstrip("：:、.． ")
        return key

    def variants(self, key: str) -> list[str]:
        """``key`` without one leading marker, then also without one trailing word (longest first); after those,
        ``key`` in a name's words (:meth:`rewritten`) and its same variants."""
        out = self._undecorated(key)
        if (plain := self.rewritten(key)) != key and plain:
            out += [plain, *self._undecorated(plain)]
        return out

    def _undecorated(self, key: str) -> list[str]:
        """``key`` without one leading marker, then also without one trailing word (longest first)."""
        bare = [key]
        if (stripped := self.strip_prefix(key)) != key:
            bare.append(stripped)
        out = list(bare)
        for k in bare:
            for s in sorted(self.suffixes, key=len, reverse=True):
                if k.endswith(s) and len(k) > len(s):
                    out.append(k[: -len(s)])
                    break
        return out[1:]

    def is_total(self, key: str) -> bool:
        return key in self.total_words


class Catalog:
    """All indicators, by id, with header-name resolution."""

    def __init__(self, indicators: list[Indicator], affixes: HeaderAffixes | None = None) -> None:
        self.indicators: dict[str, Indicator] = {i.id: i for i in indicators}
        self.affixes = affixes or HeaderAffixes()
        self._by_name: dict[str, str] = {}
        for ind in indicators:
            self._by_name.setdefault(header_key(ind.id), ind.id)
        for ind in indicators:  # canonical names win over aliases shared with another indicator
            self._by_name.setdefault(header_key(ind.name), ind.id)
        for ind in indicators:
            for alias in (*ind.aliases, *ind.header_aliases):
                self._by_name.setdefault(header_key(alias), ind.id)

    def __getitem__(self, indicator_id: str) -> Indicator:
        return self.indicators[indicator_id]

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self.indicators

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.indicators.values())

    def resolve(self, header: str, *, decorated: bool = True) -> str | None:
        """Indicator id for a header or name as printed (spaces, line breaks and units ignored), or None.

        A header that is no known name is tried without the decorations of :class:`HeaderAffixes`
        (其中：一孩 → 一孩, 已婚育龄妇女人数 → 已婚育龄妇女), unless ``decorated`` is False."""
        key = header_key(header)
        hit = self._by_name.get(key)
        if hit is None and key and decorated:
            hit = next((self._by_name[v] for v in self.affixes.variants(key) if v in self._by_name), None)
        return hit

    @classmethod
    def from_yaml(cls, path: Path) -> Catalog:
        data = read_yaml(path)
        measures = data["measures"]
        out = []
        for raw in data["indicators"]:
            m = measures[raw["measure"]]
            out.append(
                Indicator(
                    id=raw["id"],
                    name=raw["name"],
                    aliases=tuple(raw.get("aliases") or ()),
                    measure=raw["measure"],
                    unit=raw.get("unit", m["unit"]),
                    integer=bool(raw.get("integer", m["integer"])),
                    hard=_range(raw.get("hard"), _range(m["hard"], (None, None))),
                    plausible=_range(raw.get("plausible"), _range(m["plausible"], (None, None))),
                    header_aliases=tuple(raw.get("header_aliases") or ()),
                    by_unit=tuple((str(k), str(v)) for k, v in (raw.get("by_unit") or {}).items()),
                    name_en=str(raw.get("name_en") or ""),
                    header_parents=tuple(raw.get("header_parents") or ()),
                    halves=bool(raw.get("halves", False)),
                )
            )
        affixes = data.get("header_affixes") or {}
        prefixes, suffixes, total_words = (tuple(str(x).lower() for x in affixes.get(k) or ())
                                           for k in ("prefixes", "suffixes", "total_words"))
        rewrites = tuple((re.compile(str(rx)), str(to)) for rx, to in affixes.get("rewrites") or ())
        return cls(out, HeaderAffixes(prefixes, suffixes, total_words,
                                      enumeration=affixes.get("enumeration", "(?!)"), rewrites=rewrites))


_UNIT_RE = re.compile(r"[(（][^()（）]*[)）]|[‰%％]|\s+")


def header_key(text: str) -> str:
    """Normalise a header for lookup: drop whitespace (``地  区``), bracketed units (``(‰)``) and ‰/%; a bracket
    saying which women (育龄妇女（已婚）) is kept, before the name, as the plain name says it (已婚育龄妇女)."""
    text = _QUALIFIER_RE.sub(r"\2\1", str(text))
    return _UNIT_RE.sub("", text).strip().lower()


_QUALIFIER_RE = re.compile(r"^\s*(育龄妇女)\s*[(（](已婚)[)）]")


@cache
def default_catalog() -> Catalog:
    """The bundled catalog (``schemas/indicators.yaml``)."""
    return Catalog.from_yaml(schemas_dir() / "indicators.yaml")
