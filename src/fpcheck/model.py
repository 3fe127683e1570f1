"""The few small types every stage shares: where a figure came from, the figure, the record, the finding.

Data flows one way (read → normalise → extract/tables → validate → diagnose → report); these types are
what passes between the stages. They are frozen or plain dataclasses, serialisable to JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
TOTAL_UNIT = "合计"  # the unit of a totals row's record, whatever the table calls the row (总计, 全县 …)


@dataclass(frozen=True)
class Location:
    """Where a value or finding sits in its source.

    Text: ``span`` is a half-open ``(start, end)`` character range in the *decoded original* text, and
    ``line`` (1-based) the line it starts on. Tables: ``sheet`` and ``cell`` as Excel shows them (``F7``);
    for CSV ``line`` and ``column`` (both 1-based) instead of a cell.
    """

    source: str | None = None
    span: tuple[int, int] | None = None
    line: int | None = None
    column: int | None = None
    sheet: str | None = None
    cell: str | None = None

    def label(self, lang: str = "en") -> str:
        """Human label: ``Sheet1!F7``, ``line 3, column 2`` (``第3行第2列``) or ``chars 10–14``."""
        zh = lang == "zh"
        if self.cell:
            return f"{self.sheet}!{self.cell}" if self.sheet else self.cell
        if self.line is not None and self.column is not None:
            return f"第{self.line}行第{self.column}列" if zh else f"line {self.line}, column {self.column}"
        if self.span is not None:
            where = f"第{self.span[0]}–{self.span[1]}字" if zh else f"chars {self.span[0]}–{self.span[1]}"
            if self.line is None:
                return where
            return f"第{self.line}行{where}" if zh else f"line {self.line}, {where}"
        if self.line is not None:
            return f"第{self.line}行" if zh else f"line {self.line}"
        return self.sheet or ""  # (a finding on a whole sheet: hidden, no table)

    def to_json(self) -> dict[str, object]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Value:
    """One figure as printed.

    ``number`` is in the indicator's base unit (persons, ‰, %), already multiplied by ``scale`` (万 → 10000);
    it is None when masked or missing. ``decimals`` is how many decimals were printed: precision travels
    with the value and sets every rule's tolerance. ``annualised``: a per-mille rate a part-year report prints
    for a whole year (折合全年, 年化): the factor the period's rate was multiplied by (12 / the months covered),
    NaN where neither the text nor the period says how many months; the rules check it as such.
    """

    indicator: str
    number: float | None
    printed: str
    decimals: int = 0
    scale: float = 1.0
    location: Location = field(default_factory=Location)
    masked: bool = False
    unit_printed: str | None = None
    annualised: float | None = None

    @property
    def resolution(self) -> float:
        """Half a unit of the last printed decimal, in base units: the rounding the printed figure carries."""
        return 0.5 * 10.0 ** (-self.decimals) * self.scale


def period_months(period: str | None) -> int | None:
    """How many months a record's period covers (half-year 6, to-date: 9月 9, a quarter 3, a month 1, a year 12),
    None where its label does not say."""
    if not period:
        return None
    p = str(period)
    if p.startswith("full-year"):
        return 12
    if "half" in p or "半年" in p:
        return 6
    if p.startswith("quarter"):
        return 3
    if p.startswith("month"):
        return 1
    months = re.findall(r"(\d{1,2})月", p) if p.startswith("to-date") else []
    return int(months[-1]) if months and 1 <= int(months[-1]) <= 12 else None


def period_span(period: str | None) -> tuple[int, int] | None:
    """The months of its year a record's period runs over, first and last (month: 8月 (8, 8), quarter: 三季度 (7, 9),
    half-year (1, 6), to-date: 8月末 (1, 8), full-year (1, 12)); None where its label does not say (a year of annals,
    上年同期, no period)."""
    months = period_months(period)
    if months is None:
        return None
    p = str(period)
    if p.startswith("month"):
        m = re.search(r"(\d{1,2})月", p)
        return (int(m.group(1)),) * 2 if m and 1 <= int(m.group(1)) <= 12 else None
    if p.startswith("quarter"):
        q = re.search(r"[一二三四1-4](?=季度)", p)
        last = 3 * ("一二三四".find(q.group()) + 1 or int(q.group())) if q else 0
        return (last - 2, last) if last else None
    return 1, months


def annual_factor(period: str | None) -> float:
    """What a rate of ``period`` is multiplied by to be restated for a whole year (12 / its months); NaN where its
    label does not say how many months it covers."""
    months = period_months(period)
    return 12 / months if months else float("nan")


@dataclass
class Record:
    """One reporting unit (and period) with its values keyed by indicator id."""

    unit: str | None
    values: dict[str, Value] = field(default_factory=dict)
    period: str | None = None
    location: Location = field(default_factory=Location)
    #: figures the text implies but does not print (年初 from 年末 and 比上年末减少1208人), each with the indicator
    #: it was worked from: the rules may rest a rate on them, no reading reports them
    implied: dict[str, tuple[Value, str]] = field(default_factory=dict)
    #: the stock its text states the rates rest on (出生率按年末总人口计算: population_end), None when it states none
    rate_base: str | None = None
    #: whether its text states that its rates are its period's own, not restated for a whole year (均为半年数，未折算全年)
    own_rates: bool = False

    def number(self, indicator: str) -> float | None:
        v = self.values.get(indicator)
        return None if v is None else v.number


@dataclass
class Finding:
    """A rule that does not hold (or a note about the input), with what it involves.

    ``suggestion`` maps indicator ids to proposed values (filled by diagnosis); ``alternatives`` lists other
    equally good candidate repairs; ``evidence`` says why, in words.
    """

    rule: str
    severity: Severity
    indicators: list[str]
    message: str
    message_en: str = ""
    expected: float | None = None
    actual: float | None = None
    location: Location | None = None
    suggestion: dict[str, float] | None = None
    alternatives: list[dict[str, float]] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    operator: str | None = None
    rounding: float | None = None  # the miss independent rounding of the terms could explain (sums, totals)
    evidence_en: list[str] = field(default_factory=list)

    def text(self, lang: str = "zh") -> str:
        return self.message_en if lang == "en" and self.message_en else self.message

    def add_evidence(self, zh: str, en: str) -> None:
        self.evidence.append(zh)
        self.evidence_en.append(en)

    def evidence_in(self, lang: str = "zh") -> list[str]:
        """The evidence in ``lang`` (Chinese where no English was given)."""
        return self.evidence_en if lang == "en" and len(self.evidence_en) == len(self.evidence) else self.evidence


@dataclass
class Document:
    """One input: a report (text) or a table (sheet), its records and the findings about it."""

    source: str
    kind: Literal["report", "table"]
    records: list[Record] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    record_findings: list[list[Finding]] = field(default_factory=list)
    text: str | None = None
    notes: list[str] = field(default_factory=list)  # a table's footnotes (注：…), as printed
    sheet: str | None = None  # the workbook sheet a table document was read from
    # a table's 其中 rows (城镇/乡村 under the total): record indices of each block, and whether it follows
    # the totals row; a breakdown in another dimension, never units of the sum
    breakdowns: list[tuple[list[int], bool]] = field(default_factory=list)
    # a 其中 row over rows repeating units listed above (其中：贫困村 over four of the villages): its record index and
    # the records of the units it sums, a part of the total rather than a breakdown of it
    subsets: list[tuple[int, list[int]]] = field(default_factory=list)
    # a report's tables pasted as text that have a totals row: each a table document (its unit rows, whose
    # records the report holds too, and the totals row as the record 合计), so its totals are checked
    tables: list[Document] = field(default_factory=list)
    # a summary sheet's rows that restate another sheet's totals row (汇总's 城关镇 row, sheet 城关镇's 合计):
    # record index → (that sheet's document, the totals record restated); see fpcheck.workbook
    restates: dict[int, tuple[Document, Record]] = field(default_factory=dict)
    # a table's figures that open a year the same or another sheet's figures close the year before (2023's
    # 年初人口, 2022's 年末人口): record index → [(indicator, that document, its record index)]; see fpcheck.carry
    carries: dict[int, list[tuple[str, Document, int]]] = field(default_factory=dict)
    # the one year a table's sheet name, else its title, names (2023年, 河口县2023年…情况): its whole-year records'
    year: int | None = None
    # a whole period's records (上半年's) and the records of the same unit on the sheets that make the period up (1月 …
    # 6月): record index → those records, in period order; see fpcheck.workbook.link_period_sheets
    period_parts: dict[int, list[Record]] = field(default_factory=dict)
    # a summary sheet's record (汇总) and the records of the unit sheets it sums (a village a sheet): record index →
    # those records; see fpcheck.workbook.link_unit_sheets
    unit_parts: dict[int, list[Record]] = field(default_factory=dict)
    # a document joining sheets of one indicator each (出生率 | 出生人数 | 年末人口, years across): the sheets it joins;
    # only what spans two of them is reported on it (each sheet's own findings are its own); see fpcheck.workbook
    joins: list[str] = field(default_factory=list)
    # the words above a table's header (its title lines: 2024年各乡镇户籍人口变动情况), for what it is a table of
    heading: str = ""
    # a sheet whose rows go on from another's (表3-1（续） after 表3-1): its totals row totals both sheets' rows, so it
    # is checked in the document joining them, not against this sheet's rows alone
    continues: bool = False
    # a yearbook's wider areas printed above its own total for comparison (全国, 全省 over 全市): record indices; no
    # sum includes them, and they are no total
    references: list[int] = field(default_factory=list)
    # a table's rows whose labels are indented to show a hierarchy (抚州市 over 　市辖区 over 　　临川区): each record's
    # level (0 flush left, 1 one step in …); empty where the labels are not so indented
    levels: list[int] = field(default_factory=list)
    # the sheet's rows (0-based) a clerk hid, by hand, by a filter or in a collapsed outline, where its formulas hold a
    # SUBTOTAL: a totals row made with it may leave them out (one made with SUM, or typed, does not; see fpcheck.totals)
    hidden_rows: frozenset[int] = frozenset()

    def all_findings(self) -> list[Finding]:
        return [*self.findings, *(f for fs in self.record_findings for f in fs)]


class InputError(Exception):
    """An input that cannot be read: names the file, the place and the reason (never a traceback)."""

    def __init__(self, source: str, reason: str, place: str | None = None) -> None:
        self.source = source
        self.reason = reason
        self.place = place
        where = f"{source}" + (f" ({place})" if place else "")
        super().__init__(f"{where}: {reason}")


def record_count(docs: Iterable[Document]) -> int:
    """How many records the inputs hold: a document joining one-indicator sheets restates their records, so its
    own are not counted again."""
    return sum(len(d.records) for d in docs if not d.joins)
