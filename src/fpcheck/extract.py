"""Text → records: find every catalog indicator a report states, with where it was printed.

The machinery is generic; the phrasing lives in ``schemas/patterns.yaml`` and the indicator names and
aliases in the catalog. For each cue (indicator name, alias, cue word, or a contextual cue such as 计内 or
完成 whose meaning comes from the sentence's subject) the first number right after it — separated only by
light connectors (为/达/共/约 …) — is its value. Precision over recall: a number is dropped when its clause
states a target, a bound (以上/以下), another period or unit, or when its unit does not fit the indicator.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import accumulate, islice, takewhile
from operator import itemgetter
from re import _constants as _sre  # type: ignore[attr-defined]  # the regex parse tree's node types (anchors())
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any
from unicodedata import east_asian_width
from weakref import WeakKeyDictionary

import numpy as np

from fpcheck.catalog import Catalog, default_catalog, header_key, read_yaml, schemas_dir
from fpcheck.gcpause import COLLECTOR_PAUSE
from fpcheck.model import TOTAL_UNIT, Document, Finding, Location, Record, Value, annual_factor, period_months
from fpcheck.normalize import Normalized, normalize, trie_regex
from fpcheck.numerals import BIG_UNITS, parse_number
from fpcheck.rules import core_rules
from fpcheck.texttables import (INDEX_COLUMN, VERSION_COLUMN, Block, PeriodTable, RoleTable, Row, TextTable, blocks, period_tables,
                                role_tables, text_tables)

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER_START = frozenset("0123456789Xx*×□■○_‰%-−负")
#: what opens a statement that goes on with a total (…五年累计出生25075人；累计死亡13571人: its sentence's years too)
_TOTAL_WORDS = ("累计", "共", "合计", "总计")
_FIGURE_CHAR = re.compile("[0-9Xx*×□■○_‰%]")  # what any figure, masked one or blank template holds (signs aside)
_BRACKET_THEN_UNIT = re.compile(r"[（(][-−]?\d[\d.,]*[)）]([人例户名个])")
_PARAGRAPH_GAP = re.compile(r"\n[ \t\u3000]*\n")  # an empty line: where a 简报's next item may open
_HEADLINE_MAX = 40  # chars of a headline's line (a paragraph's first line is longer, or has no break so soon)
_FIGURE_OR_SIGN = re.compile("[0-9Xx*×□■○_‰%\\-−负]")  # … or where a cue may take a figure to start (a sign)

_TO_DATE = "to-date"  # the key of a monthly report's year-to-date figures (beside the month's)
_QUARTER = "quarter: "  # a quarter's record inside a longer report (quarter: 一季度), as tables label it
_MONTH = "month: "  # a month's (month: 12月)
_PART = (_QUARTER, _MONTH)  # a part of a longer period, whose section is all its own
_REST = "rest"  # a section after a part's, back to the report's own period

#: How far into a unit's text a title naming a part of a year (2024年第三季度人口监测分析) is looked for (under an issuer's line)
_PART_TITLE_WITHIN = 60
#: How far back (chars) a cue's clause and sentence are read for target/period/qualifier words. Real
#: sentences are far shorter; the bound keeps unbroken input linear.
LOOKBACK = 400
#: How far a paragraph a place opens may run (a report's paragraph is far shorter; the bound keeps a text that never
#: breaks its lines linear).
PARAGRAPH_MAX = 2000
_UNSET: Any = object()
#: Look-back windows up to this long are searched directly; longer ones first ask where a match could start.
_SHORT_WINDOW = 96
#: A parenthesis after 人 (the count before it is read backwards: the scan starts at the literal 人).
_COUNT_PAREN = re.compile("人[(（]")
_DIGITS_BEFORE = re.compile(r"\d{1,9}$")
#: Kinds of unit cut: a unit of its own (named by a heading or title, or by its text), a section for another
#: period of the unit before (its name carries over), a line labelled with another unit's name (东关镇：…),
#: and the text after such a line (back to the unit it interrupted: its figures join that unit's record).
UNIT, SAME_UNIT, LABEL, RESUME = "unit", "same", "label", "resume"
_FULL_STOPS = "。\n"  # where a sentence ends for good (a place-led statement runs to the next)
_BLANKS = re.compile("[ \t\u3000]*")
#: an aside right after a heading's title (一、人口计划指标（分值40分，占考核权重40%）): part of the heading
_HEADING_ASIDE = re.compile(r"[^\n 　\t(（]{1,24}[(（][^()（）\n]{0,40}[)）]")
#: Punctuation a statement has and a title line has not.
_CLAUSE_MARK = re.compile("[，,、。；;：:]")
_SEMICOLON = re.compile("[；;]")
_OWN_END = ("年末", "年底", "期末")  # a stock's cue naming its own end
_DIGIT = re.compile("[0-9]")
#: Words a name may be glued to (在白水镇, 核查中发现枫树村): prepositions, particles, verbs of visiting and finding.
_GLUED_RE = re.compile("(?:发现|来到|走访|深入|前往|调研|检查|督查|抽查|核查|高于|低于|[在于对从据是的把将与和及向到但而并且又比较同率数])+")  # (出生率枫亭镇: a topic's last char)


def _aside(t: str, a: int, pos: int, b: int) -> bool:
    """Whether ``pos`` is inside a bracket that opens after ``a`` and closes before ``b``."""
    opened = max(t.rfind("（", a, pos), t.rfind("(", a, pos))
    return opened >= 0 and max(t.rfind("）", opened, pos), t.rfind(")", opened, pos)) < 0 \
        and any(0 <= t.find(c, pos, b) for c in "）)")


def _whole_of(name: str) -> str:
    """How a report names the whole of a place (河口乡 → 全乡, 翠屏街道 → 全街道)."""
    return "全" + (name[-2:] if name.endswith(("街道", "社区")) else name[-1:])


def _unglued(name: str) -> str | None:
    """A place name with what is glued before it taken off (在白水镇, 是枫林镇, 发现枫树村 → 白水镇, 枫林镇, 枫树村),
    keeping a name of three chars or more whole (和平镇, 向阳镇) unless 是 or 的 was glued (是东村: 东村, as no place
    starts with them); None when nothing was glued."""
    m = _GLUED_RE.match(name)
    if m is None:
        return None
    k = m.end()
    while len(name) - k < (2 if name[k - 1] in "是的" else 3) and k > 0:  # (give back what the name needs: 和平镇)
        k -= 1
    return name[k:] if k else None
#: Figures read for units inside a report, by unit name: its values, their findings, and for each value the
#: text its period is read from (as :meth:`_Extractor.unit_values` gives them for a reporting unit).
UnitFigures = dict[str, tuple[dict[str, Value], list[Finding], list[tuple[int, int]]]]
Cumulative = tuple[dict[str, Value], list[tuple[int, int]]]  # values of another period of the unit, and their windows
#: A percentage starting here (完成107.27%: 完成 names the rate, not the count).
_PERCENT_AHEAD = re.compile(r"\d{1,3}(?:\.\d{1,4})?%")
#: A figure ending right where a search window ends, not inside a longer number (362 in 共有362名婴儿出生).
_FIGURE_BEFORE = re.compile(r"(?<![\d.])\d{1,15}(?:\.\d{1,8})?$")
#: a place's line in a list: a bullet, its name, a colon, then its figure (●　枫林街道：96418人（23.03%）)
_LISTED_LINE = re.compile(r"[^\S\n]*(?:[●•·▪◆■□○◇*][^\S\n]*)?[^\s：:，,。；;\d]{2,12}[：:][^\S\n]*(?=\d)")
#: … and what may follow the figure on its line: a bracketed aside (its share), a stop
_LINE_REST = re.compile(r"[^\S\n]*(?:[（(][^（）()\n]{1,24}[）)])?[^\S\n]*[。；;，,]?[^\S\n]*(?:\n|$)")
_STATED_FIGURE = re.compile(r"\d[\d.]*[^\S\n]?(?:人|户|例|名|‰|%)")  # (a heading states no figure of its own)
_LIST_HEADING_MAX = 40
#: a stock dated to a month's end (6月底), and — after its cue and figure (_FIGURE_AFTER: 户籍人口24290人) — a later
#: month's end right after it (，9月底24396人): the two bound a part of the year
_MONTH_END = re.compile(r"(1[0-2]|[1-9])月(?:末|底)")
_FIGURE_AFTER = re.compile(r"[^，,。；;\n\d]{0,12}?(?:为|是|有)?\d{1,9}人")
_LATER_MONTH_END = re.compile(r"[，,、；;][ \t]{0,8}(?:截至|截止|到|至)?(1[0-2]|[1-9])月(?:末|底)(?:为|是|有)?\d{1,9}人")
_YEAR_RE = re.compile(r"((?:19|20)\d{2})年")  # a year a heading names (一、2023年度主要统计数据)
_DECLARED_WITHIN = 800  # chars from a unit's text's start within which it declares the year it reports on
_SPENT_ON_A_FIGURE = re.compile(r"(?:为|是|有)?[ \t]?\d")  # (6月底39766人: a qualifier its own figure follows)
_JOINERS = "和及与"  # what joins the last two of a list of places (龙口乡和沙坪镇)
_RESPECTIVE_VERB = re.compile(r"(?:仅)?(?:为|是|达到?)?")  # (…，分别为99.21%: what stands between 分别 and its figures)
_A_YEAR = re.compile(r"(?:19|20)\d{2}")  # each year of a list (2015、2016和2017年); a record's period in annals
_NUM = r"\d{1,4}万(?:\d{1,4}|\d,\d{3})(?=[人例名户个])|\d{1,15}(?:\.\d{1,8})?(?:亿(?:\d{1,8}(?:\.\d{1,8})?万)?|万)?"


@cache
def patterns() -> dict[str, Any]:
    """The phrasing data (``schemas/patterns.yaml``)."""
    return read_yaml(schemas_dir() / "patterns.yaml")


# --- what a pattern needs: anchors, width, whether it looks past its end --------------------------------
# Searching costs the regex engine a step per character; a literal that every match must contain is found
# far faster (str.find). The look-back and one-off patterns below are searched only where it can occur.

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
#: An exact set (every string a node matches) larger than this is not worth spelling out.
_MAX_EXACT = 256


@cache
def annualised_cue() -> re.Pattern[str]:
    """The words saying a per-mille rate is restated for a whole year (折合全年, 年化): in a report's sentence or a
    table's header."""
    return re.compile(patterns()["annualised"]["cue"])


def _product(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or b is None or len(a) * len(b) > _MAX_EXACT:
        return None
    return frozenset(x + y for x in a for y in b)


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """Every string a parsed regex node matches, when that is a small set of literals; else None. (A look-around
    matches nothing but the empty string: the literals either side of it are adjacent in the text.)"""
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset([""])
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)
    if op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _seq_exact(av[3])
    if op is _sre.BRANCH:
        parts = [_seq_exact(b) for b in av[1]]
        return frozenset().union(*parts) if all(x is not None for x in parts) else None  # type: ignore[arg-type]
    if op in _REPEATS and av[1] == 1:
        body = _seq_exact(av[2])
        return None if body is None else body | {""} if av[0] == 0 else body
    return None


def _seq_exact(seq: Any) -> frozenset[str] | None:
    out: frozenset[str] | None = frozenset([""])
    for op, av in seq:
        out = _product(out, _exact(op, av))
    return out


def _seq_anchors(seq: Any) -> frozenset[str] | None:
    """Anchors of a parsed regex sequence: literal strings one of which every match of it contains."""
    best: frozenset[str] | None = None

    def consider(c: frozenset[str] | None) -> None:
        nonlocal best
        if c and "" not in c and (best is None or (min(map(len, c)), -len(c)) > (min(map(len, best)), -len(best))):
            best = c

    # What each stretch of exact nodes ending at the current node matches, not just the longest stretch: where
    # that one grows too large (全镇|本村… before 年末…), a later one may still be long and rare (年末共有…).
    runs: list[frozenset[str]] = []
    for op, av in seq:
        exact = _exact(op, av)
        if exact is not None:
            runs = [r for r in (_product(run, exact) for run in runs) if r is not None] + [exact]
            for run in runs:
                consider(run)
            continue
        runs = []
        if op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            consider(_seq_anchors(av[3]))
        elif op is _sre.ATOMIC_GROUP:
            consider(_seq_anchors(av))
        elif op is _sre.BRANCH:
            parts = [_seq_anchors(b) for b in av[1]]
            if all(parts):
                consider(frozenset().union(*parts))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            consider(_seq_anchors(av[2]))
    return best


def _minimal(words: Set[str]) -> set[str]:
    """``words`` without those containing another of them (finding the shorter one is enough)."""
    return {w for w in words if not any(v != w and v in w for v in words)}


def anchors(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which every match of ``rx`` contains, read off its parse tree (the longest
    such, for the fewest false alarms); None when there are none (say ``[一-龥]+``) or the pattern ignores
    case. A window of text that holds none of them cannot hold a match, so it need not be searched."""
    if rx.flags & re.IGNORECASE:
        return None
    found = _seq_anchors(_sre_parser.parse(rx.pattern, rx.flags))
    return None if found is None else frozenset(_minimal(found))


def openers(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The characters a match of ``rx`` can open with after its leading blanks, as a one-character pattern
    with ``rx``'s flags (``ignore case``: ``n`` stands for ``N`` too): read off its parse tree, for a pattern
    that is ``^``, ``\\s*``, then literals or alternatives each opening with one (a footnote's 注|数据来源|…);
    None for any other shape. A text whose first non-blank character it does not match cannot match ``rx``."""
    items = list(_sre_parser.parse(rx.pattern, rx.flags))
    blanks = [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE)])]
    while items and (items[0] == (_sre.AT, _sre.AT_BEGINNING)
                     or items[0][0] is _sre.MAX_REPEAT and items[0][1][0] == 0 and list(items[0][1][2]) == blanks):
        items.pop(0)
    chars = _opening_chars(items)
    return None if not chars else re.compile(f"[{re.escape(''.join(dict.fromkeys(chars)))}]", rx.flags)


def _opening_chars(seq: Any) -> str | None:
    """The literal characters a parsed regex sequence opens with, or None when it may open otherwise."""
    if not seq:
        return None
    op, av = seq[0]
    if op is _sre.LITERAL:
        return chr(av)
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        return "".join(chr(c) for _, c in av)
    if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # (a group that sets no flags of its own)
        return _opening_chars(av[3])
    if op is _sre.BRANCH:
        parts = [_opening_chars(b) for b in av[1]]
        return None if None in parts else "".join(filter(None, parts))
    return None


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of half-open ``spans`` as sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    start, end = 0, -1  # the span being grown (none yet)
    for s, e in sorted(spans):
        if s > end:
            if end >= 0:
                out.append((start, end))
            start, end = s, e
        elif e > end:
            end = e
    if end >= 0:
        out.append((start, end))
    return out


def _same_span(start: int, end: int) -> tuple[int, int]:
    """A span in a text whose normalisation moved no character: the same span in the original."""
    return start, end


#: Numbers are parsed once per distinct printed string (reports repeat figures and years).
_parse = lru_cache(maxsize=8192)(parse_number)


#: How many anchors an anchored search looks around before scanning on from the first.
_PROBES = 8
#: Texts shorter than this are searched directly: looking for anchors first costs more than it saves (past it,
#: the anchors pay off for a pattern the regex engine tries at every char, such as the alone counts).
_ANCHORED_MIN = 128
#: Up to this many anchors are looked for one ``str.find`` each; more, in one scan of a regex of them all.
_FIND_MAX = 8


class _Anchored:
    """A pattern searched from a little before the first of its anchors (``str.find``, a fast scan), not
    from the start of the window: a match holds an anchor, so it cannot start earlier than its own width
    before the first one — and there is none at all when no anchor occurs. When how far a match looks is
    bounded (its width, with its look-aheads: :func:`_reach`), whether there is a match at all is first settled
    around each anchor alone, so a window with anchors but no match is not scanned through."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx, self.words = rx, anchors(rx)
        tree = _sre_parser.parse(rx.pattern, rx.flags)
        width = tree.getwidth()[1]
        self.width = width if width < _sre.MAXREPEAT else None
        self.reach = _reach(tree) if self.width is not None else None
        many = self.words is not None and len(self.words) > _FIND_MAX
        self.words_re = re.compile(trie_regex(sorted(self.words))) if many else None  # type: ignore[arg-type]

    def _next(self, words: frozenset[str], t: str, lo: int, hi: int) -> int:
        """Start of the earliest of ``words`` (the anchors) inside ``t[lo:hi]``, or ``hi``."""
        if self.words_re is not None:
            m = self.words_re.search(t, lo, hi)
            return hi if m is None else m.start()
        first = hi
        for w in words:  # (each find looks only before the best so far)
            i = t.find(w, lo, min(hi, first + len(w) - 1))
            if i >= 0:
                first = i
        return first

    def search(self, t: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
        hi = len(t) if hi is None else hi
        rx, width, words = self.rx, self.width, self.words
        if words is None or hi - lo < _ANCHORED_MIN:  # a short text is quicker searched than sized up
            return rx.search(t, lo, hi)
        first = self._next(words, t, lo, hi)
        if first == hi:
            return None
        if width is None:
            return rx.search(t, lo, hi)
        if (reach := self.reach) is not None:  # a match holding the anchor at p starts within width before it
            p = first  # and looks no further than reach past its start: look there first
            for _ in range(_PROBES):  # (a few: an anchor as common as a digit is cheaper to scan past)
                if rx.search(t, max(lo, p - width), min(hi, p + reach)) is not None:
                    break
                p = self._next(words, t, p + 1, hi)
                if p == hi:
                    return None
        return rx.search(t, max(lo, first - width), hi)

    def search_spans(self, t: str, spans: Sequence[tuple[int, int]]) -> re.Match[str] | None:
        """What :meth:`search` finds in the first of ``spans`` that holds a match (a span too short to size
        up is searched straight away, without a call per span)."""
        rx = self.rx
        for s, e in spans:
            m = rx.search(t, s, e) if e - s < _ANCHORED_MIN else self.search(t, s, e)
            if m is not None:
                return m
        return None

    def finditer(self, t: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """The matches ``rx.finditer(t, lo, hi)`` finds, each found by :meth:`search` (the same ones when
        none is empty: after an empty match the search simply moves on by one)."""
        m = self.search(t, lo, hi)
        while m is not None:
            yield m
            at = m.end() + (m.end() == m.start())
            m = self.search(t, at, hi) if at <= hi else None


_END_CHECKS = frozenset(code for code in _sre.ATCODES if "BEGINNING" not in str(code))  # $, \\b, \\Z …
_ONE_CHAR = (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN, _sre.CATEGORY)


def _reach(seq: Any) -> int | None:
    """How far past its start a match of a parsed pattern can look: its widest match, with each look-ahead's
    own reach and each end check (``$``, ``\\b``: the char after) added where it stands (an overestimate is
    safe); None when unbounded (``*``, a back-reference). A search of a window that holds a match's start and
    this many chars after it finds a match there, as the search of the whole text does."""
    total = 0
    for op, av in seq:
        if op in _ONE_CHAR:
            n: int | None = 1
        elif op is _sre.AT:
            n = 1 if av in _END_CHECKS else 0
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            inner = _reach(av[1])  # (a look-behind looks at none past here, unless it holds a look-ahead)
            n = inner if av[0] > 0 else 0 if inner == av[1].getwidth()[1] else None
        elif op is _sre.BRANCH:
            parts = [_reach(b) for b in av[1]]
            n = None if None in parts else max(parts)  # type: ignore[type-var]
        elif op is _sre.SUBPATTERN:
            n = _reach(av[3])
        elif op is _sre.ATOMIC_GROUP:
            n = _reach(av)
        elif op in _REPEATS:
            one = _reach(av[2])
            n = None if one is None or av[1] == _sre.MAXREPEAT else av[1] * one
        else:
            n = None
        if n is None:
            return None
        total += n
    return total


class _AtLineStart:
    """A pattern matched at the start of the text or of a line (that match then begins with the ``\n``):
    ``(?:^|\n)REST``, but found by a scan for line breaks rather than by trying every character. With
    ``breaks``, at the start of the text or after any of those characters (a sentence's start)."""

    def __init__(self, rest: str, breaks: str = "\n") -> None:
        self.first = re.compile(rest)
        self.after_break = re.compile(f"[{re.escape(breaks)}](?:{rest})")

    def finditer(self, t: str) -> Iterator[re.Match[str]]:
        m = self.first.match(t)
        if m is not None:
            yield m
        yield from self.after_break.finditer(t, m.end() if m is not None else 0)


@dataclass(frozen=True)
class _Cue:
    indicator: str | None  # explicit meaning
    role: str | None  # contextual meaning
    weak: bool  # short: counts only after a non-CJK char or a weak_left_ok word
    family: str | None  # the subject an explicit cue sets (its indicator's family)


#: The last month of the quarters counted from the year's start (前三季度: to the end of September).
_QUARTER_END = {"一": 3, "1": 3, "二": 6, "两": 6, "2": 6, "三": 9, "3": 9}


class _Periods:
    """The period patterns (``periods`` in ``schemas/patterns.yaml``), in the order a period is told by."""

    def __init__(self, per: dict[str, str]) -> None:
        self.half_year, self.to_date, self.to_date_range, self.full_year, self.year_only = (
            _Anchored(re.compile(per[k])) for k in ("half_year", "to_date", "to_date_range", "full_year", "year_only"))

    def classify(self, first: Callable[[_Anchored], re.Match[str] | None]) -> str | None:
        """The period named where ``first`` finds these patterns: half-year, to-date (截至9月底), full-year
        or None."""
        if first(self.half_year):
            return "half-year"
        m = first(self.to_date)
        if m:
            return f"to-date: {m.group(1).removeprefix('0')}"  # (至2024年04月: 4月)
        m = first(self.to_date_range)
        if m:
            quarter = m.groupdict().get("q") or m.groupdict().get("q1")
            return f"to-date: {m.group(1) or _QUARTER_END[quarter or '']}月"
        if first(self.full_year) or first(self.year_only):
            return "full-year"  # (a year and nothing shorter: 白云乡2013年人口计生工作总结, 2012年，全市…)
        return None


@cache
def _periods() -> _Periods:
    return _Periods(patterns()["periods"])


class _Grammar:
    """Everything compiled once per catalog."""

    # compiled straight from patterns.yaml (the loop at the top of __init__)
    bound_after: re.Pattern[str]
    target_clause: re.Pattern[str]
    negation_before: re.Pattern[str]
    change_before: re.Pattern[str]
    weak_left_ok: re.Pattern[str]
    cut_after: re.Pattern[str]
    unit_break: re.Pattern[str]
    self_reference: re.Pattern[str]
    not_place: re.Pattern[str]
    plan_title: re.Pattern[str]
    plan_opening: re.Pattern[str]
    target_heading: re.Pattern[str]
    note_line: re.Pattern[str]
    declared_year: re.Pattern[str]
    breakdown_subject: re.Pattern[str]
    ratio_counts: re.Pattern[str]
    unit_sentence_next: re.Pattern[str]
    month_column: re.Pattern[str]
    old_boundary_after: re.Pattern[str]
    old_area_before: re.Pattern[str]

    def __init__(self, catalog: Catalog) -> None:
        p = patterns()
        self.catalog = catalog
        for key in _Grammar.__annotations__:
            setattr(self, key, re.compile(p[key]))
        # What blocks a figure from anywhere earlier in its sentence: a target, or another unit's label.
        self.target_sentence = re.compile(f"(?:{p['target_sentence']})|(?:{p['other_unit_sentence']})")
        meanings: dict[str, tuple[str | None, str | None]] = {}
        for ind in catalog:
            for name in ind.names:
                if _CJK.search(name) and not re.search(r"[()（）‰%]", name):
                    meanings.setdefault(name, (ind.id, None))
        for ind_id, words in (p.get("cues") or {}).items():
            if ind_id in catalog:
                for w in words:
                    meanings.setdefault(w, (ind_id, None))
        for w, role in (p.get("contextual") or {}).items():
            meanings[w] = (meanings.get(w, (None, None))[0], role)
        self.weak_len = int(p["weak_len"])
        self.family_of: dict[str, str] = {}
        for fam, spec in p["families"].items():
            for m in spec.get("members") or ():
                self.family_of.setdefault(m, fam)
        cues = {w: _Cue(ind, role, len(w) <= self.weak_len, self.family_of.get(ind) if ind else None)
                for w, (ind, role) in meanings.items()}
        self.cues = cues
        self.cue_re = re.compile(trie_regex(list(cues)))
        conn = [re.escape(c) for c in sorted(p["connectors"], key=len, reverse=True)]
        # A run of blanks (a table pasted as text: 出生人数\t312) is one connector however wide it is padded.
        conn.insert(0, f"[ \\t]{{1,{int(p['blank_run'])}}}")
        conn.insert(1, p["gap_aside"])  # 总人口性别比（以女性为100）为104.12: an aside between cue and figure
        conn.insert(2, p["share_aside"])  # 一孩占64.65%，计331人: a share between a cue and its count
        conn.insert(3, p["formula"])  # 出生率 = 出生人数 ÷ 年平均人口 × 1000‰ = 178 ÷ 18342.5 × 1000‰ = 9.70‰: its result
        conn.append(p["figure_paren"])  # 人口计划（3700人）的97.78%: a figure alone in brackets is the cue's
        conn.append(p["unit_cell"])  # 出生率    ‰    8.49: a text table's unit column
        self.unit_cell_re = re.compile(p["unit_cell"])
        self.gap_free = re.compile("|".join(conn[:4]))  # (blanks, asides and formulas do not count towards max_gap)
        self.gap_re = re.compile("(?:" + "|".join(conn) + "){0,%d}" % p["max_gap"])
        self.max_gap = int(p["max_gap"])
        # 落实节育措施7431人: a figure printed in another unit is another indicator (the catalog's by_unit)
        self.by_unit = {(ind.id, u): other for ind in catalog for u, other in ind.by_unit if other in catalog}
        self.catalog_hard = {ind.id: ind.hard for ind in catalog}
        self.num_re = re.compile(f"({p['mask']})|({_NUM})")
        self.qualify = {k: [(re.compile(q["before"]), q["becomes"]) for q in v] for k, v in (p.get("qualify") or {}).items()}
        target_words = [w for w, c in cues.items() if c.indicator in set(p["target_indicators"])]
        self.target_words = re.compile(trie_regex(target_words) + p["quota_count_after"]) if target_words else None
        self.approx = tuple(sorted(p["approx_suffix"], key=len, reverse=True))
        self.units = {m: tuple(sorted(u, key=len, reverse=True)) for m, u in p["units"].items()}
        self.mismatch = {m: tuple(u) for m, u in (p.get("mismatch_units") or {}).items()}
        self.unit_stop = "".join(p["unit_stop"])
        if len(self.unit_stop) != len(p["unit_stop"]):
            raise ValueError("patterns: unit_stop entries must be single characters")
        self.negation_window = int(p["negation_window"])
        # The few chars left of a cue decide whether a weak cue stands alone and whether a cue is negated;
        # the same few chars recur all through a report, so each verdict is remembered.
        self.weak_ok = lru_cache(maxsize=4096)(self.weak_left_ok.search)
        self.negated = lru_cache(maxsize=4096)(self.negation_before.search)
        # A cue that is another with a word before it adding nothing (全年出生: 出生) ends where a longer cue starting
        # at that other one may run on (全年出生率, 全年出生婴儿性别比): for each such cue, where those may start in it
        # (not after a word that negates what follows it: 婴儿出生 is births, 婴儿 before 出生人口 would be no births).
        # So too where the word before is a connector and the rest opens a longer cue of the same meaning (已占 |
        # 占全年计划的: both a share).
        words, linking = sorted(cues), frozenset(p["connectors"])

        def meaning(c: _Cue) -> tuple[str | None, str | None]:
            return c.indicator, c.role

        def runs_on(w: str, k: int) -> bool:
            rest, i = w[k:], bisect_left(words, w[k:])
            if (core := cues.get(rest)) is not None:
                return meaning(core) == meaning(cues[w]) and i + 1 < len(words) and words[i + 1].startswith(rest)
            longer = takewhile(lambda c: c.startswith(rest), islice(words, i, None))
            return w[:k] in linking and any(meaning(cues[c]) == meaning(cues[w]) for c in longer)

        self.cue_inner: dict[str, tuple[int, ...]] = {}
        for w in cues:
            if ks := tuple(k for k in range(1, len(w)) if not self.negated(w[:k]) and runs_on(w, k)):
                self.cue_inner[w] = ks
        # Per code point: 1 if it ends a clause, 2 if it ends a sentence, 4 if it ends one for good (all found
        # in one array lookup).
        self.break_kind = np.zeros(0x110000, dtype=np.uint8)
        self.break_kind[[ord(c) for c in p["clause_breaks"]]] |= 1
        self.break_kind[[ord(c) for c in p["sentence_breaks"]]] |= 2
        self.break_kind[[ord(c) for c in _FULL_STOPS]] |= 4
        self.targets = set(p["target_indicators"])
        self.actual_roles: dict[str, str | None] = dict(p["actual_roles"])
        self.whole_of: dict[str | None, str] = dict(p["whole_of"])
        self.wholes = frozenset(self.whole_of.values())
        self.group_breakdowns = frozenset(p["group_breakdowns"])
        self.share = dict(p["share_of_target"])
        self.percent_role = {k: dataclasses.replace(c, role=p["percent_role"][c.role]) for k, c in cues.items()
                             if c.role in (p.get("percent_role") or {})}  # 完成 → 完成 as a rate
        self.share_link = p["share_link"]
        self.roles: dict[str, dict[str, str]] = {}
        self.paren_roles: dict[str, dict[str, str]] = {}
        self.paren_excludes: dict[str, frozenset[str]] = {}  # family → what its parenthesis never counts
        for fam, spec in p["families"].items():
            self.roles[fam] = dict(spec.get("roles") or {})
            self.paren_roles[fam] = {**self.roles[fam], **(spec.get("paren_roles") or {})}
            self.paren_excludes[fam] = frozenset(spec.get("paren_excludes") or ())
        place = p["place"]
        self.unit_name = _Anchored(re.compile(p["unit_name"]))
        self.clause_place = re.compile(p["clause_place"].replace("PLACE", place))
        self.village_line = re.compile(p["village_line"])
        self.migrant_line = re.compile(p["migrant_line"])
        self.part_line = re.compile(p["part_line"])
        self.place_title = re.compile(p["place_title"].replace("PLACE", place))
        self.case_title = re.compile(p["case_title"].replace("PLACE", place))
        self.piece_title = re.compile(p["piece_title"].replace("PLACE", place))
        self.headline = re.compile(p["headline"].replace("PLACE", place))
        self.mean_before = re.compile(p["mean_before"])
        self.breadcrumb_line = re.compile(p["breadcrumb_line"])
        self.declared_unit = re.compile(p["declared_unit"].replace("PLACE", place))
        self.place_early = re.compile(p["place_early"].replace("PLACE", place))
        self.signatures = [re.compile(rx.replace("PLACE", place)) for rx in p["signature"]]
        self.ratio_base = re.compile(p["ratio_base"])
        self.institution_title = re.compile(p["institution_title"])
        self.part_year_title = re.compile(p["part_year_title"])
        self.place_window = int(p["place_window"])
        # (at a line's start, or run on after a sentence or a colon where chunks or a scrape joined the lines: …汇报如下：
        # 一、城关镇全镇年初总人口…。二、河口乡…)
        self.unit_heading = _AtLineStart(p["unit_heading"].replace("PLACE", place), "\n。：:；;")
        unit_word = p["unit_word"].replace("PLACE", place)
        self.unit_word = re.compile(unit_word)
        self.unit_break_signed = re.compile(p["unit_break_signed"].replace("UNIT", unit_word))
        self.anaphora = re.compile(p["anaphora"])
        self.ranked_place = re.compile(p["ranked_place"].replace("UNIT", unit_word))
        self.among_place = re.compile(p["among_place"].replace("UNIT", unit_word))
        self.achieved_opening = re.compile(p["achieved_opening"])
        self.planned_clause = re.compile(p["planned_clause"])
        self.clause_break_chars = frozenset(p["clause_breaks"])
        self.unit_label = _AtLineStart(p["unit_label"].replace("UNIT", unit_word))
        self.statement_ends = tuple(p["statement_ends"])
        self.unit_list = _AtLineStart(p["unit_list"].replace("PLACE", place), p["statement_ends"])
        self.unit_sentence = _AtLineStart(p["unit_sentence"].replace("UNIT", unit_word), p["statement_ends"])
        self.table_totals = tuple(p["text_table_totals"])
        self.table_score = re.compile(p["table_score_columns"])
        self.table_achieved = re.compile(p["table_achieved_column"])
        self.table_target = re.compile(p["table_target_column"])
        self.table_period_row = re.compile(p["text_table_period_row"])
        month = p["monthly_report"]
        self.to_date_mark = re.compile("|".join(month["to_date"]))
        self.month_end_stocks = frozenset(month["stocks"])
        # (searched over a whole unit's text: found from their anchors, 本月/季度, not tried at every char)
        self.this_month = _Anchored(re.compile("|".join(month["this_month"])))
        self.month_marks = re.compile("|".join([*month["this_month"], *month["to_date"]]))
        self.year_opening = re.compile(p["year_opening"])
        self.quarter_opening = _Anchored(re.compile(p["quarter_opening"]))
        self.period_line = _AtLineStart(p["period_line"])  # (at a line's start: found by a scan for breaks)
        self.compared_with_start = re.compile(p["compared_with_start"])
        implied = p["implied_start"]
        self.implied_from, self.implied_to = str(implied["from"]), str(implied["to"])
        self.implied_change = re.compile(implied["change"])
        self.implied_family = self.family_of.get(self.implied_to)
        self.count_first_group = re.compile(p["count_first_group"])
        self.planned_parts, self.planned_whole = p["planned_parts"], p["planned_whole"]
        self.summed_gap, self.dimension_opening = re.compile(p["summed_gap"]), re.compile(p["dimension_opening"])
        self.round_indicators = frozenset(p["round_indicators"])
        self.month_clause, self.month_title = re.compile(p["month_clause"]), re.compile(p["month_title"])
        self.sexed_population = frozenset(p["other_sexed"]["population"])
        self.other_sexed = re.compile(p["other_sexed"]["before"])
        self.disclaimed = re.compile(p["disclaimed"])
        self.year_end_heading = re.compile(p["year_end_heading"]["pattern"])
        self.year_end_stocks: dict[str, str] = dict(p["year_end_heading"]["stocks"])
        self.table_current = tuple(p["text_table_current"])
        self.planned_of = p["planned_of"]
        ann = p["annualised"]
        self.annualised, self.annualised_factor = annualised_cue(), re.compile(ann["factor"])
        self.period_list = re.compile(ann["period_list"])
        self.own_rates = _Anchored(re.compile(ann["own"]))  # (a scan for its words: most texts hold none)
        self.annualisable = frozenset(i for i, ind in catalog.indicators.items() if ind.measure == "permille")
        self.corrections = (re.compile(p["correction"]), re.compile(p["correction_quoted"]))
        self.plan_inline = re.compile(p["plan_inline"])
        self.compared_with = re.compile(p["compared_with"])
        self.period_aside = re.compile(p["period_aside"])
        self.year_mention = re.compile(p["year_mention"])
        self.plan_statement = re.compile(p["plan_statement"])
        self.year_date_opening, self.same_year_opening = re.compile(p["year_date_opening"]), re.compile(
            p["same_year_opening"])
        self.years_before_total = re.compile(p["years_before_total"])
        self.several_years_total = re.compile(p["several_years_total"])
        self.year_range, self.year_topic = re.compile(p["year_range"]), re.compile(p["year_topic"])
        self.year_list = re.compile(p["year_list"])
        self.places_counted = re.compile(p["places_counted"])
        self.years_compared = re.compile(p["years_compared"])
        self.year_heading = re.compile(p["year_heading"])
        # (…，枫坪乡出生187人; after a figure, 、 too: 岩口乡出生97人、大坝乡出生136人)
        self.clause_opening_place = re.compile(  # (one char class first: a fast scan)
            "[，,、](?:(?<=[，,])|(?<=\\d[人例名户个%‰]、))" + p["unit_sentence"].replace("UNIT", unit_word))
        self.compared_place = re.compile(p["compared_place"].replace("UNIT", unit_word))
        self.compared_hint = re.compile(p["compared_place_hint"])
        self.count_first = re.compile(p["count_first"])
        self.count_first_end = re.compile(p["count_first_end"])
        self.dash_first, self.dash_figure = re.compile(p["dash_first"]), re.compile(p["dash_figure"])
        self.field_line = re.compile(p["field_line"])
        self.mean_base = re.compile(p["mean_base"])
        self.rate_base = {ind: re.compile(rx) for ind, rx in p["rate_base"].items()}
        self.table_mean_row = re.compile(p["text_table_mean_row"])
        self.dash_label_head, self.dash_label_tail = re.compile(p["dash_label_head"]), re.compile(p["dash_label_tail"])
        self.count_measures = frozenset(("persons", "cases"))
        self.table_roles = {header_key(w): role for role, words in p["text_table_roles"].items() for w in words}
        self.table_targets: dict[str, str] = dict(p["text_table_targets"])  # (beyond the families' target_of)
        self.place = re.compile(place)
        self.report_title = _AtLineStart(p["report_title"].replace("PLACE", place))
        self.dated_title = re.compile(p["dated_title"].replace("PLACE", place))
        self.period_heading = re.compile(p["period_heading"])
        self.heading = _AtLineStart(p["heading"], "\n \u3000")  # (a heading after a blank: chunks joined into one line)
        self.inline_heading = _AtLineStart(p["heading"], "。")  # (…通报如下。一、1—9月累计情况。全县…: one line)
        self.question_line = _AtLineStart(p["question_line"])
        self.question_past, self.answer_line = re.compile(p["question_past"]), re.compile(p["answer_line"])
        self.title_lines, self.title_max = int(p["title_lines"]), int(p["title_max_len"])
        self.run_on_title = re.compile(p["run_on_title"])
        self.summary_title = re.compile(p["summary_title"])
        self.periods = _periods()
        self.half_year, self.to_date, self.to_date_range = (self.periods.half_year, self.periods.to_date,
                                                             self.periods.to_date_range)
        # A figure and what may follow it, read in one match: masked or a number, then a chunk-marker cut
        # (not read), an approximation (余/多), a unit — after at most one blank (412 人, a Word export), with a
        # char that makes it another unit (人次) — and a bound (以上).
        alt = lambda words: "|".join(map(re.escape, words))  # noqa: E731
        figure = (f"(?P<sign>[-−]|负)?(?:(?P<mask>{p['mask']})|(?P<num>{_NUM}))(?P<tail>(?P<cut>{p['cut_after']})"
                  f"|(?P<approx>{alt(self.approx)})?(?:[ \u3000]?(?P<unit>{{units}})(?P<stop>[{re.escape(self.unit_stop)}])?)?"
                  f"(?P<bound>{p['bound_after']})?)")
        # Per indicator, all read_number needs: measure, units it may carry (incl. mismatched ones), mismatched
        # units, the figure with those units, and what follows a figure alone (after 100:118).
        self.spec: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], re.Pattern[str], re.Pattern[str]]] = {}
        by_measure: dict[tuple[str, tuple[str, ...]], tuple[re.Pattern[str], re.Pattern[str]]] = {}
        self.extra_units = {ind: tuple(units) for ind, units in (p.get("indicator_units") or {}).items()}
        for ind in catalog:
            m, extra = ind.measure, self.extra_units.get(ind.id, ())
            units = extra + self.units.get(m, ()) + self.mismatch.get(m, ())  # (人次 tried before 人)
            # the figure read with the units that make it another indicator too (人口出生12.55‰ is the birth rate, by
            # the catalog's by_unit), though they are none of its own
            converts = tuple(u for u, _ in ind.by_unit if u not in units)
            if (m, extra + converts) not in by_measure:
                fig = figure.replace("{units}", alt(units + converts) if units + converts else "(?!)")
                by_measure[m, extra + converts] = re.compile(fig), re.compile(fig[fig.index("(?P<tail>"):])
            self.spec[ind.id] = (m, units, self.mismatch.get(m, ()), *by_measure[m, extra + converts])
        self.signed = frozenset(ind.id for ind in catalog if ind.hard[0] is not None and ind.hard[0] < 0)
        any_figure = next(iter(by_measure.values()))[0]  # the same groups in every figure pattern
        self.figure_groups = tuple(any_figure.groupindex[k] for k in ("mask", "num", "cut", "unit", "stop", "bound",
                                                                       "sign"))
        # The scan: a cue and, looked ahead at (not consumed: a cue may sit in the gap), the connectors after it.
        self.scan_re = re.compile(f"(?:{self.cue_re.pattern})(?=(?P<gap>{self.gap_re.pattern}))")
        # A clause is searched once for all that may block its figure: another period or unit (any
        # indicator), or (not for targets themselves) a target word too; the sentence's first clause, once
        # for the sentence's target words as well.
        other = (f"(?:{p['other_period_clause']})|(?:{p['several_years']})|(?:{p['superseded']})"
                 f"|(?:{p['other_unit_clause']})|(?:{p['sample_clause']})")
        self.clause_other = re.compile(other)
        self.other_period = re.compile(f"(?:{p['other_period_clause']})|(?:{p['several_years']})|(?:{p['superseded']})")
        self.past_opening = re.compile(f"(?:{p['past_opening']})|(?:{p['several_years_opening']})"
                                       f"|[ \t　]*[\u4e00-\u9fff]{{0,4}}?(?:\\d{{1,2}}月份?[\u4e00-\u9fff]{{0,4}}?)?(?:{p['superseded']})"  # (年报原报全年出生…; 我乡12月份统计快报上报…)
                                       f"|[ \t　]*[\u4e00-\u9fff0-9]{{0,8}}?(?:{p['sample_clause']})")  # (113份有效问卷中，…)
        self.this_period = re.compile(p["this_period"])
        self.superseded_after = re.compile(p["superseded_after"])
        self.carried_lead = re.compile(p["carried_lead"])
        self.past_year_opening = re.compile(p["past_year_opening"])
        self.change_then_value = re.compile(p["change_then_value"])
        self.list_other = re.compile(p["list_other"])
        self.review_opening, self.review_window = re.compile(p["review_opening"]), int(p["review_window"])
        self.review_meeting = re.compile(p["review_meeting"])
        self.last_year_opening, self.review_ahead = re.compile(p["last_year_opening"]), re.compile(p["review_ahead"])
        self.year_end_mention = re.compile(p["year_end_mention"])
        self.clause_any = re.compile(f"{other}|(?:{p['target_clause']})")
        self.clause_or_sentence = re.compile(f"{self.clause_any.pattern}|(?:{self.target_sentence.pattern})")
        self.alone = {ind: [_Anchored(re.compile(rx)) for rx in rxs] for ind, rxs in (p.get("alone") or {}).items()
                      if ind in catalog}
        # Where each look-back pattern's anchors are (found once per document, only when wanted): a window
        # holding none of them cannot match, so it is not searched (or, for target words, not rewritten). So
        # too for a unit's text and an indicator's ``alone`` patterns (searched for their anchors directly: each
        # unit's text is looked at once).
        self.anchor_res: dict[str, tuple[re.Pattern[str], int]] = {}
        lookback = {k: [getattr(self, k)] for k in ("clause_other", "clause_any", "clause_or_sentence",
                                                    "target_sentence", "target_words") if getattr(self, k)}
        lookback.update({"qualify:" + ind_id: [rx for rx, _ in quals] for ind_id, quals in self.qualify.items()})
        lookback.update({"alone:" + ind_id: [a.rx for a in rxs] for ind_id, rxs in self.alone.items()})
        for key, rxs in lookback.items():
            found = [anchors(rx) for rx in rxs]
            if all(found):
                words = _minimal(set().union(*found))  # type: ignore[arg-type]
                self.anchor_res[key] = re.compile(trie_regex(sorted(words))), max(map(len, words))
        # A sentence holding no anchor of anything that can block a figure (other period or unit, target
        # words) blocks none of its figures: one search per sentence then settles all of them (when every
        # clause lies inside its sentence, that is when every sentence break is a clause break).
        found = [anchors(rx) for rx in (self.clause_or_sentence, self.target_words) if rx is not None]
        #: Every sentence break is a clause break: a cue's clause lies inside its sentence.
        self.clauses_in_sentence = set(p["sentence_breaks"]) <= set(p["clause_breaks"])
        self.blocking = (re.compile(trie_regex(sorted(_minimal(set().union(*found))))) if all(found)  # type: ignore[arg-type]
                         and self.clauses_in_sentence else None)
        post = p["figure_first"]
        self.postfix = {verb: ind for ind, verbs in post["verbs"].items() if ind in catalog for verb in verbs}
        self.postfix_verb = re.compile(alt(sorted(self.postfix, key=len, reverse=True)))  # (a dash's label: 落实节育措施)
        self.postfix_re = re.compile(f"(?P<unit>{alt(post['units'])})(?:{alt(post['fillers'])})?(?:{post['where']})?"
                                     f"(?P<verb>{alt(sorted(self.postfix, key=len, reverse=True))})(?!{post['not_after']})")
        self.target_lead = re.compile(p["target_lead"])
        self.actual_lead = re.compile(p["actual_lead"])
        self.second_caliber: dict[str, str] = dict(p["second_caliber"]["becomes"])
        self.calibers = re.compile(p["second_caliber"]["calibers"])
        self.rates_on = re.compile(p["second_caliber"]["rates_on"])
        self.target_of = {spec["roles"]["achieved"]: spec["roles"]["target"] for spec in p["families"].values()
                          if {"achieved", "target"} <= set(spec.get("roles") or ())}
        self.loose_units = {u: tuple(after) for u, after in (p.get("loose_units") or {}).items()}
        self.stock_units = {ind: tuple(units) for ind, units in (p.get("stock_units") or {}).items()}
        ft = p["from_to"]
        self.from_open = re.compile(f"(?:{'|'.join(map(re.escape, ft['opening']))}){ft['opening_filler']}")
        self.year_tag, self.year_tag_next = re.compile(p["year_tag"]), re.compile(p["year_tag_next"])
        self.month_aside = re.compile(p["monthly_report"]["aside"])
        self.latest_round = re.compile(p["latest_round"]["words"])
        self.list_place_ok = re.compile(p["list_place_ok"])
        self.ranked_lead = re.compile(p["ranked_lead"])
        self.topic_heading = re.compile(p["topic_heading"])
        self.issuer_line = re.compile(p["issuer_line"])
        self.round_indicators = frozenset(p["latest_round"]["indicators"])
        self.verified = re.compile(p["verified"])
        self.verified_block = re.compile(p["verified_block"])
        self.from_first = frozenset(w[0] for w in ft["opening"])
        self.from_link = re.compile(ft["link"])
        self.correction_link = re.compile(ft["correction"])
        self.from_start, self.from_end = dict(ft.get("start") or {}), dict(ft.get("end") or {})
        # A unit's level by its suffix (社区, 镇, 县 …), and the suffixes' lengths, longest first: 社区 before 区.
        self.unit_levels = {k: int(v) for k, v in p["unit_levels"].items()}
        self.suffix_lengths = sorted({len(k) for k in self.unit_levels}, reverse=True)
        self.wide_areas = {k: int(v) for k, v in p["wide_areas"].items()}
        self.wide_area_survey = p["wide_area_survey"]
        self.breakdown_opener = p["breakdown_opener"]
        self.among = re.compile(p["among"])
        self.basis_list = re.compile(p["basis_list"])
        self.its_opening = re.compile(p["its_opening"])
        self.qualify_exempt = frozenset(p.get("qualify_exempt") or ())
        self.cell_sep = re.compile(p["cell_separator"])
        self.table_other_period = re.compile(p["table_other_period"])
        self.table_other_version = re.compile(p["table_other_version"])
        self.own_column, self.skip_column = re.compile(p["own_column"]), re.compile(p["skip_column"])
        self.index_column, self.change_row = re.compile(p["index_column"]), re.compile(p["change_row"])
        self.table_scale_unit = re.compile(p["table_scale_unit"])
        self.year_stocks = frozenset(p["year_stocks"])
        self.table_column_roles: dict[str, str] = dict(p["table_column_roles"])
        self.list_joiners = frozenset(p["list_joiners"])
        self.figure_joiners = frozenset(p["figure_joiners"])
        # (a figure with no unit may be followed by the joiner to the next one: 127.48和120.00)
        self.next_figure = re.compile("[%s](?=[%s])" % (re.escape("".join(self.figure_joiners)),
                                                         re.escape("".join(_NUMBER_START))))
        self.respectively = p["respectively"]
        self.in_turn = re.compile(p["respectively_words"])  # (a cue list's 分别 or 依次)
        self.run_together_list = re.compile(p["run_together_list"])
        self.handed_down = re.compile(p["handed_down"])
        self.change_first = frozenset(p["change_first"])
        self.void_roles = frozenset(p["void_roles"])
        self.bracket_after_figure = re.compile(p["bracket_after_figure"])
        self.share_word, self.count_share = p["count_shares"]["word"], dict(p["count_shares"]["of"])
        cats = sorted(p["breakdown_categories"], key=len, reverse=True)
        self.bd_item = re.compile("(" + "|".join(map(re.escape, cats)) + r")(\d{1,9})人")


    def unit_indicator(self, ind_id: str, unit: str | None, number: float | None = None) -> str:
        """The indicator a figure is by the unit it is printed in (the catalog's by_unit: 落实节育措施…人 the women, 人口
        出生12.55‰ the birth rate), where its number can be that one's (389‰ is no birth rate), else ``ind_id``."""
        other = self.by_unit.get((ind_id, unit or ""))
        if other is None:
            return ind_id
        lo, hi = self.catalog_hard[other]
        return ind_id if number is not None and (lo is not None and number < lo or hi is not None and number > hi) \
            else other

    @cache  # noqa: B019 - one grammar per catalog, a handful of levels
    def _wider(self, level: int) -> re.Pattern[str] | None:
        words = sorted((w for w, lv in self.wide_areas.items() if lv > level), key=len, reverse=True)
        survey = f"(?!{self.wide_area_survey})"  # (全国人口普查 names a census, not the nation)
        return re.compile("|".join(re.escape(w) + survey for w in words)) if words else None

    @cache  # noqa: B019
    def _within(self, level: int) -> re.Pattern[str]:
        words = sorted((w for w, lv in self.wide_areas.items() if lv <= level), key=len, reverse=True)
        return re.compile("|".join([*map(re.escape, words), self.self_reference.pattern]))

    @cache  # noqa: B019
    def level_of(self, unit: str | None) -> int | None:
        """The level of ``unit`` by its longest suffix that names one (one dict look-up per suffix length), as
        printed or as normalised text spells it (安瀾縣 is a 县); cached: a report names few units, often."""
        if not unit:
            return None
        for name in (unit, _normal_name(unit)):
            for n in self.suffix_lengths:
                level = self.unit_levels.get(name[-n:])
                if level is not None:
                    return level
        return None

    def caliber_of(self, t: str, start: int, end: int) -> str | None:
        """The 口径 (常住, 户籍) the text between ``start`` and ``end`` names, the last one; None for none."""
        found = self.calibers.findall(t, start, end)
        return found[-1] if found else None

    def rates_caliber(self, t: str, start: int, end: int) -> str | None:
        """The one 口径 the text between ``start`` and ``end`` says its rates rest on (户籍人口出生率, 按户籍人口…计算);
        None for none or both."""
        named = {a or b for a, b in self.rates_on.findall(t, start, end)}
        return named.pop() if len(named) == 1 else None

    def same_unit(self, name: str | None, unit: str | None) -> bool:
        """Whether a labelled line's ``name`` is the report's ``unit``: the same name, or, when the report names
        itself only as 我镇/我县, a place of that level or above (a place below it is one of its parts)."""
        if unit is None:
            return False
        if _normal_name(name or "") == _normal_name(unit):
            return True
        own, level = self.level_of(unit), self.level_of(name)
        return bool(self.self_reference.fullmatch(unit)) and own is not None and level is not None and level >= own

    def opens_last_year_end(self, t: str, sent: int, cs: int, year: int) -> bool:
        """Whether the sentence from ``sent`` opens with the end of the year before ``year`` (2023年末… in a report on
        2024), before the cue at ``cs``."""
        m = self.year_end_mention.match(t, sent, cs)
        return m is not None and int(m.group(1)) == year - 1

    def wider_than(self, unit: str | None) -> re.Pattern[str] | None:
        """Names of areas wider than ``unit`` by its suffix (全县, 全市 for 清河镇), None when unknown."""
        level = self.level_of(unit)
        return None if level is None else self._wider(level)

    def within(self, unit: str | None) -> re.Pattern[str] | None:
        """Words naming ``unit``'s own area or a part of it (全镇, 我镇, 全村 for 清河镇), None when unknown."""
        level = self.level_of(unit)
        return None if level is None else self._within(level)


_GRAMMARS: WeakKeyDictionary[Catalog, _Grammar] = WeakKeyDictionary()


def grammar(catalog: Catalog) -> _Grammar:
    """The compiled grammar for ``catalog`` (built once per catalog)."""
    if catalog not in _GRAMMARS:
        _GRAMMARS[catalog] = _Grammar(catalog)
    return _GRAMMARS[catalog]


@dataclass
class _Paren:
    start: int
    end: int
    family: str | None
    foreign: bool


class _Extractor:
    def __init__(self, g: _Grammar, norm: Normalized, source: str) -> None:
        self.g, self.n, self.t, self.source = g, norm, norm.text, source
        # Most texts move no character in normalising: their spans need no mapping back.
        self.to_original = norm.to_original if norm.moved else _same_span
        self.line_of = norm.line_of
        kind = g.break_kind.take(np.frombuffer(self.t.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
        self.clause_pos: list[int] = (kind & 1).nonzero()[0].tolist()
        self.sent_pos: list[int] = (kind & 2).nonzero()[0].tolist()
        #: Where sentences end for good (。 or a line break), in order: a place-led statement runs to the next.
        self.full_stops: list[int] = (kind & 4).nonzero()[0].tolist()
        self.findings: list[Finding] = []
        self.parens: list[_Paren] = []
        self.paren_starts: list[int] = []
        self._anchor_starts: dict[str, list[int] | None] = {}  # look-back pattern → where its anchors are
        self._damaged_at: set[int] = set()  # where counts printed with a fraction were reported
        #: the spans of figures read as verified (…经核实，出生人数应为312人; under 二、核定数据): they replace, when a unit's
        #: pieces are joined, a figure of the same indicator read before them (an audit's first-reported one)
        self.verified_spans: set[tuple[int, int] | None] = set()
        #: the start a year-end's stated change implies (…421356人，比上年末减少1208人: 422564), by the year-end's span
        self.implied_starts: dict[tuple[int, int] | None, Value] = {}
        self._old_area: set[int] = set()  # where figures stated on the area before a boundary change start
        self._row_values: dict[Row, dict[str, Value]] = {}  # (see row_values)
        self._reviewed: dict[tuple[int, int], bool] = {}  # (see reviews: a unit's labelled lines ask it again and again)
        self._list_heads: dict[int, tuple[int, int] | None] = {}  # (see list_heading)

    def imply_start(self, stock: Value, end: int) -> None:
        """Remember the start a stock's stated change implies, when one follows it (…421356人，比上年末减少1208人:
        422564; 比上年末的328212人增加1906人: 328212)."""
        if (m := self.g.implied_change.match(self.t, end)) is None or stock.number is None:
            return
        by = float(m.group("by")) * (10_000 if m.group("wan") else 1)  # (比上年末减少1.26万人)
        start = float(m.group("base")) if m.group("base") else stock.number - by if m.group("up") else stock.number + by
        self.implied_starts[stock.location.span] = Value(
            self.g.implied_to, start, m.group(), stock.decimals, stock.scale, self.loc(*m.span()))

    def on_old_area(self, v: Value) -> bool:
        """Whether ``v`` was stated on the area before a boundary change (read_number saw its bracket)."""
        span = v.location.span
        return span is not None and any(self.to_original(at, at + 1)[0] == span[0] for at in self._old_area)

    # --- positions ----------------------------------------------------------------------------
    def _sentence_start(self, pos: int) -> int:
        """Start of the sentence holding ``pos``, but at most ``LOOKBACK`` chars back: text that never
        breaks (a 1 MB line) must not make every cue rescan everything before it."""
        i = bisect_right(self.sent_pos, pos - 1)
        return max(self.sent_pos[i - 1] + 1 if i else 0, pos - LOOKBACK)

    def _clause_start(self, pos: int) -> int:
        """Start of the clause holding ``pos``, at most ``LOOKBACK`` chars back."""
        j = bisect_right(self.clause_pos, pos - 1)
        return max(self.clause_pos[j - 1] + 1 if j else 0, pos - LOOKBACK)

    def _clause_end(self, pos: int, limit: int) -> int:
        """Where the clause holding ``pos`` ends, at ``limit`` at the latest."""
        j = bisect_left(self.clause_pos, pos)
        return min(self.clause_pos[j] if j < len(self.clause_pos) else len(self.t), limit)

    def loc(self, start: int, end: int) -> Location:
        # (Built by the dataclass constructor: filling ``obj.__dict__`` directly, though quicker per object,
        # gives each its own dict object, which the garbage collector then tracks and scans too.)
        span = self.to_original(start, end)
        return Location(self.source, span, self.line_of(span[0]))

    # --- document structure -----------------------------------------------------------------------
    @cached_property
    def headings(self) -> list[re.Match[str]]:
        """The section headings (一、…), found once for both the period and the target sections."""
        return list(self.g.heading.finditer(self.t))

    @cached_property
    def verifies(self) -> bool:
        """Whether the text says anywhere that a figure is verified (核实, 更正后 …): most say nothing of the kind."""
        return self.g.verified.search(self.t) is not None or self.g.verified_block.search(self.t) is not None

    @cached_property
    def verified_blocks(self) -> tuple[list[int], list[int]]:
        """(starts, ends) of the stretches that give figures as verified (二、核定数据 ⏎ …; 主要数据核定如下：…): from the
        words to the next heading, or the text's end."""
        heads = self.heading_starts
        starts: list[int] = []
        ends: list[int] = []
        for m in self.g.verified_block.finditer(self.t):
            if starts and m.start() < ends[-1]:
                continue
            k = bisect_right(heads, m.end())
            starts.append(m.start())
            ends.append(heads[k] if k < len(heads) else len(self.t))
        return starts, ends

    def in_verified_block(self, pos: int) -> bool:
        """Whether ``pos`` lies in a stretch that gives figures as verified (:attr:`verified_blocks`)."""
        starts, ends = self.verified_blocks
        k = bisect_right(starts, pos)
        return bool(k) and pos < ends[k - 1]

    @cached_property
    def topic_years(self) -> tuple[list[int], list[int]]:
        """Where each year named as a topic (not a date's: 2018年4月) ends, and the latest named by there."""
        found = [(m.end(), int(m.group(1))) for m in self.g.year_topic.finditer(self.t)]
        return [e for e, _ in found], list(accumulate((y for _, y in found), max))

    def latest_topic_year(self, end: int) -> int | None:
        """The latest year the text names as a topic before ``end`` (:attr:`topic_years`), None when it names none."""
        ends, latest = self.topic_years
        k = bisect_right(ends, end)
        return latest[k - 1] if k else None

    @cached_property
    def year_ends(self) -> tuple[list[int], list[str]]:
        """Where the text names a year's end (2015年末, 2015年12月31日), and which year: found once per document."""
        found = [(m.start(), m.group(1)) for m in self.g.year_end_mention.finditer(self.t)]
        return [p for p, _ in found], [y for _, y in found]

    @cached_property
    def all_headings(self) -> list[re.Match[str]]:
        """The section headings at lines' starts and those inside a line that a full stop ends (。二、第三季度情况。
        7—9月，…: a scraped page's one line), in text order."""
        t = self.t
        inline = (h for h in self.g.inline_heading.finditer(t) if h.start() > 0 and t.startswith("。", h.end()))
        return sorted([*self.headings, *inline], key=lambda h: h.start())

    @cached_property
    def heading_bodies(self) -> list[int]:
        """Where the text run into a heading on its line starts (一、人口计划指标（分值40分，占考核权重40%） 全乡年初…: at
        全乡), in order: the heading's words (计划, 指标) are its title's, none of the statement after it."""
        t, out = self.t, []
        for h in self.headings:
            end = h.end()
            if (aside := _HEADING_ASIDE.match(t, h.start(2))) is not None and aside.end() >= end:
                end = aside.end()  # (the title cut at the comma inside its aside: to the aside's end)
            body = _BLANKS.match(t, end).end()  # type: ignore[union-attr]
            if body > end and body < len(t) and t[body] != "\n":
                out.append(body)
        return out

    @cached_property
    def heading_starts(self) -> list[int]:
        """Where each of :attr:`all_headings` starts, in order (for a bisect)."""
        return [h.start() for h in self.all_headings]

    @cached_property
    def heading_ends(self) -> frozenset[int]:
        """Where the text after a heading that a full stop ends starts (三、先进大队情况。|东风大队…: a statement found
        there opens with that 。)."""
        t = self.t
        return frozenset(h.end() + 1 for h in self.all_headings if t.startswith("。", h.end()))

    def is_plan(self) -> bool:
        """Whether the text is a plan (its title, not a section's heading, names one; or it opens saying so)."""
        lines = [ln.strip() for ln in self.t.split("\n", 40)[:40] if ln.strip()][: self.g.title_lines]
        if any(len(ln) <= self.g.title_max and self.g.plan_title.search(ln) and not self.g.heading.first.match(ln)
               for ln in lines):  # (三、“十四五”工作思路 in a short summary: its last section)
            return True
        return bool(self.g.plan_opening.search(self.t, 0, 400))

    @cached_property
    def period_sections(self) -> dict[int, str]:
        """Where sections for different periods of one unit start (一、上半年工作小结 … 二、全年工作总结), with the
        period kind each heading names, when they name more than one (found once: the units and the records ask).
        A quarter's heading (一、一季度（1—3月）) names that quarter: its section is the quarter's record, to the next
        heading (五、育龄妇女（年末数） after 四、第四季度情况: the report's own period again, ``_REST``)."""
        g, found = self.g, list[tuple[int, str]]()
        lines = list(g.period_line.finditer(self.t)) if "：" in self.t or ":" in self.t else []
        for h in sorted([*self.all_headings, *lines], key=lambda h: h.start()) if lines else self.all_headings:
            title = h.group(2)
            if found and found[-1][1].startswith(_PART) and not g.period_heading.search(title):
                found.append((h.start() + (1 if h.group(0).startswith(("\n", "。")) else 0), _REST))
            elif g.period_heading.search(title):
                year = _YEAR_RE.search(title)  # (一、2023年度主要统计数据 … 二、2022年度主要统计数据（补充公示）)
                quarter = g.quarter_opening.search(title)
                month = g.this_month.search(title)
                kind = quarter_label(quarter.group(1)) if quarter else "half" if g.half_year.search(
                    title) else "to-date" if (g.to_date.search(title) or g.to_date_range.search(title)) else \
                    _month_label(month.group()) if month else year.group(1) if year else "year"  # (【12月份】 … 【1—12月（全年）】)
                found.append((h.start() + (1 if h.group(0).startswith(("\n", "。")) else 0), kind))
        kinds = {k for _, k in found} - {_REST}
        if len(kinds) == 1 and kinds.pop().startswith(_PART) and self.period([], 0, found[0][0]) is not None:
            return dict(found)  # (三、12月份工作情况 in a year's 总结: the month's section, apart from the year)
        return dict(found) if len(kinds) > 1 else {}

    def target_sections(self, cuts: list[int]) -> list[tuple[int, int]]:
        """Sections headed as targets (三、明年工作目标, or inside a line: 2012年工作打算：…): to the next heading or
        unit cut; and an interviewer's lines (问：…), whose figures are not the report's, with the answer to a
        question about another year."""
        g, t = self.g, self.t
        heads = self.headings
        out = []
        for m in g.question_line.finditer(t):  # (a match after a break holds it: harmless)
            out.append(m.span())
            if g.question_past.search(t, *m.span()) and (answer := g.answer_line.match(t, m.end())) is not None:
                out.append(answer.span())  # (问：去年村里出生多少？ 答：2020年出生14人: last year's)
        # (四、2016年工作打算 … ⏎注：①按年平均人口18975人计算: the report's notes, below its plans, are no plan)
        cuts = [*cuts, *(m.start() for m in g.note_line.finditer(t))] if "注" in t or "说明" in t else cuts
        cuts = sorted(cuts)

        def cut_after(at: int, end: int) -> int:
            """The first cut after ``at``, if before ``end``."""
            k = bisect_right(cuts, at)
            return min(end, cuts[k]) if k < len(cuts) else end

        for i, h in enumerate(heads):
            if g.target_heading.search(h.group(2).strip()):
                end = heads[i + 1].start() if i + 1 < len(heads) else len(t)
                out.append((h.start(), cut_after(h.start(), end)))
        starts = [h.start() for h in heads]
        for m in g.plan_inline.finditer(t):  # (…时有发生。 2012年工作打算：县下达…四术任务180例；…: joined chunks)
            k = bisect_right(starts, m.start())
            out.append((m.start(), cut_after(m.start(), starts[k] if k < len(starts) else len(t))))
        return out

    @cached_property
    def list_openings(self) -> set[int]:
        """Where statements that open with a list of units (黄土乡、马庄乡出生分别为…) start."""
        ends, t = self.g.statement_ends, self.t
        starts = (m.start() + m.group().startswith(ends) for m in self.place_statements)
        return {at for at in starts if self.g.unit_list.first.match(t, at) is not None}

    @cached_property
    def place_statements(self) -> list[re.Match[str]]:
        """Statements that open with a place's name (白马乡上半年出生…, 黄土乡、马庄乡出生分别为…), found once."""
        return list(self.g.unit_sentence.finditer(self.t))

    def units(self) -> list[tuple[int, int, str | None, str]]:
        """Reporting units: (start, end, name from a heading or label or None, kind of cut)."""
        g, t = self.g, self.t
        cuts: dict[int, tuple[str | None, str]] = {m.end(): (None, UNIT) for m in g.unit_break.finditer(t)}
        for m in g.unit_break_signed.finditer(t):  # (the next report, named by the place it opens with)
            if not g.not_place.search(m.group("unit")):
                cuts[m.end()] = (self.orig(*m.span("unit")), UNIT)
        for m in g.unit_label.finditer(t):  # 东关镇：出生712人，…: that unit's line, then back
            if not g.not_place.search(m.group(1)):
                end = t.find("\n", m.end())
                cuts[m.end()] = (self.orig(*m.span(1)), LABEL)  # (its figures are read after the label)
                cuts.setdefault(len(t) if end < 0 else end, (None, RESUME))
        back_at: dict[str, int] = {}  # where each place's text read so far goes back to the report's
        for m in self.place_statements:  # 白马乡上半年出生143人，…。: that place's sentence, then back
            nxt = m.end() + len(_BLANKS.match(t, m.end()).group())  # type: ignore[union-attr]  # (城关镇　出生812人)
            name = m.group(1)
            if len(name) <= 2 and not name.endswith(("村", "连")) or g.not_place.search(name):
                continue  # (日乡, 费镇: 全乡, 全镇 misread, not a place; 三连, a 团's company, is one)
            paragraph = self.paragraph_of(m, name)  # (a paragraph a place opens and no wider area's figures enter)
            if paragraph is None and not (g.unit_sentence_next.match(t, nxt) or g.scan_re.match(t, nxt)):
                continue
            stops = self.full_stops
            k = bisect_right(stops, m.end())
            end = self.whole_after(name, paragraph or (stops[k] if k < len(stops) else len(t)))
            if not t.startswith("。", end) and _CLAUSE_MARK.search(t, m.end(), min(end + 1, m.end() + 200)) is None:
                continue  # a title or heading (上塬镇2019年上半年工作情况报告), not a statement (岩口乡出生97人，大坝乡…: one,
                # to the clause another place opens)
            cuts.setdefault(m.end(), (self.orig(m.end(1) - len(_unglued(name) or name), m.end(1)), LABEL))  # (在沣川县…)
            if (before := back_at.get(name)) is not None and m.start() <= before < end \
                    and cuts.get(before) == (None, RESUME):
                del cuts[before]  # (三、典型引路：杉坊镇 ⏎ 杉坊镇是…。2019年全镇出生…: its paragraph runs on past its heading's sentence)
            cuts.setdefault(end, (None, RESUME))
            back_at[name] = end
            for at, name_span in self.clause_places(m.end(), self.sentence_breaks_after(m.end())):  # 鹤林镇出生326人，枫坪乡出生187人
                cuts.setdefault(at, (self.orig(*name_span), LABEL))
        named_at = sorted((c, n) for c, (n, _) in cuts.items())  # (the cuts so far: places' own lines and statements)
        named_pos = [c for c, _ in named_at]
        for m in g.anaphora.finditer(t):  # …在白水镇尤为突出，该镇全年出生237人…。: 该镇 is the place named last
            named_span = self.named_before(m.start() + 1, m.group(1))  # (after the mark the match opens with)
            k = bisect_right(self.full_stops, m.end())  # (to the sentence's end, within bounds: linear on any input)
            end = min(self.full_stops[k] if k < len(self.full_stops) else len(t), m.end() + PARAGRAPH_MAX,
                      self.next_statement(m.end()))
            if named_span is not None and self.holds_figure(m.end(), end):
                name = self.orig(*named_span)
                k = bisect_right(named_pos, m.end())
                if k and named_at[k - 1][1] == name:
                    continue  # (城关镇（考核得分97.5分）。该镇…。政策内出生551人…: inside the place's own line, its text goes on)
                cuts.setdefault(m.end(), (name, LABEL))
                cuts.setdefault(end, (None, RESUME))
        # 出生人数最多的为湖滨社区，1—11月累计出生56人: the place's, to the full stop; 全县14个乡镇中，城关镇是唯一…的乡镇，
        # 全年出生612人，死亡548人；山区…: the place's, to the semicolon
        for pattern, clause_end in ((g.ranked_place, None), (g.among_place, _SEMICOLON)):
            for m in pattern.finditer(t):
                if pattern is g.among_place and (m.start() == 0 or t[m.start() - 1] not in "个各辖"):
                    continue  # (全县14个乡镇中: the places counted before them)
                k = bisect_right(self.full_stops, m.end())
                end = self.full_stops[k] if k < len(self.full_stops) else len(t)
                if clause_end is not None and (semicolon := clause_end.search(t, m.end(), end)) is not None:
                    end = semicolon.start()
                if not g.not_place.search(m.group(1)) and self.holds_figure(m.end(), end):
                    cuts.setdefault(m.end(), (self.orig(*m.span(1)), LABEL))
                    cuts.setdefault(end, (None, RESUME))
        for m in g.unit_heading.finditer(t):
            if not g.not_place.search(m.group(1)):
                cuts[m.start(1) - (1 if m.group(0)[0] in "\n。：:；;" else 0)] = (self.orig(*m.span(1)), UNIT)
        # a 简报's items, each under its headline (柳林乡出生人口结构平稳，四术任务超额完成 ⏎ 2019年，柳林乡…), where two
        # places or more head them
        heads = []
        for m in _PARAGRAPH_GAP.finditer(t):
            if 0 <= t.find("\n", m.end(), m.end() + _HEADLINE_MAX) \
                    and (h := g.headline.match(t, m.end())) is not None and not g.not_place.search(h.group(1)):
                gap = _PARAGRAPH_GAP.search(t, h.end())
                if self.holds_figure(h.end(), gap.start() if gap is not None else len(t)):  # (an item with figures)
                    heads.append(h)
        if len({h.group(1) for h in heads}) > 1:
            for h in heads:
                cuts.setdefault(h.start(1), (self.orig(*h.span(1)), UNIT))
        for m in g.piece_title.finditer(t):  # (…篇二：李庄乡2010年计划生育工作总结 一年来，… in a 范文 page of two)
            if not g.not_place.search(m.group(1)):
                cuts[m.start()] = (self.orig(*m.span(1)), UNIT)
        for m in g.dated_title.finditer(t):  # …计生办 2004年10月8日 二、椑木乡2004年1—9月…汇报: the next report's title
            if not g.not_place.search(m.group(1)):
                cuts[m.start(1)] = (self.orig(*m.span(1)), UNIT)
        for m in g.report_title.finditer(t):  # a report appended after another: its title line
            named = next(k for k in range(1, (m.lastindex or 1) + 1) if m.group(k))  # (its place, or the village after 附：)
            if not g.not_place.search(m.group(named)):
                cuts[m.start() + (1 if m.group(0).startswith("\n") else 0)] = (self.orig(*m.span(named)), UNIT)
        stops = self.full_stops  # 孩次结构上，鹤林镇一孩139人…，枫坪乡一孩86人…: places compared in turn, each its clauses
        by_sentence: dict[int, list[tuple[int, tuple[int, int]]]] = {}
        for hit in self.clause_place_hits:
            by_sentence.setdefault(bisect_left(stops, hit[0]), []).append(hit)
        for k, found in by_sentence.items():
            stop = stops[k] if k < len(stops) else len(t)
            at0, (a0, b0) = found[0]
            # (two or more places opening clauses; or one, stating a figure: …，2019年雁州市人口出生率为10.86‰, or
            # its figures in the clauses after it: …，龙门村出生最多，1—10月出生31人，…)
            if len(found) == 1:
                stop = self.whole_after(t[a0:b0], stop)
            if len({t[a:b] for _, (a, b) in found}) > 1 or self.states_figure(at0) or (
                    len(found) == 1 and self.own_text(at0, t[a0:b0], min(stop, at0 + PARAGRAPH_MAX)) == stop):
                for at, (a, b) in found:  # (…，但石门乡政策内出生仅15人: 石门乡)
                    cuts.setdefault(at, (self.orig(b - len(_unglued(t[a:b]) or t[a:b]), b), LABEL))
                cuts.setdefault(stop, (None, RESUME))
        for at in self.period_sections:
            cuts.setdefault(at, (None, SAME_UNIT))
        starts = sorted(cuts)
        bounds = [0, *starts, len(t)]
        kinds = [(None, UNIT), *(cuts[c] for c in starts)]
        return [(a, b, n, k) for a, b, (n, k) in zip(bounds, bounds[1:], kinds) if b > a]

    def whole_after(self, name: str, stop: int) -> int:
        """Where a place's statement ending at ``stop`` (a full stop) ends when the sentences after it speak of the
        whole of that place (柏溪县年初户籍人口538730人…。全县出生3905人，…。 in a city's report) or break it down
        (…。其中男性251386人，…): theirs too."""
        t, stops = self.t, self.full_stops
        whole = _whole_of(name)
        k = bisect_left(stops, stop)  # (…。其中男性251386人…: a sentence breaking down the one before is the place's too)
        while t.startswith("。", stop) and t.startswith((whole, self.g.breakdown_opener), stop + 1) and k + 1 < len(stops):
            k += 1
            stop = stops[k]
        return stop

    def paragraph_of(self, m: re.Match[str], name: str) -> int | None:
        """Where the text that the place statement ``m`` opens ends, when that text is the place's though no cue
        follows the name: at a line's start the paragraph (东坪村是乡政府所在地，…，年末全村户籍人口2870人。该村全年出生
        38人…), else the sentence (枫树村是我的联系村，全年出生27人…). It must hold a figure, and name no area wider
        than the place (全乡, 全县: the report's own figures again); another place of its level or below opening a
        clause ends it there (鹤林镇紧邻县城，…；枫坪乡青壮年…: places compared in turn). None otherwise."""
        t = self.t
        if _unglued(name) is not None:
            return None  # (从各社区看，…: a preposition, not a place, opens it)
        # (to the next place statement and at most PARAGRAPH_MAX chars on: linear on any input)
        limit = min(len(t), m.end() + PARAGRAPH_MAX, self.next_statement(m.end(), name))
        if m.start() == 0 or t[m.start()] == "\n" or m.start() + 1 in self.heading_ends:
            end = t.find("\n", m.end(), limit)  # (三、先进大队情况。东风大队党支部…。该大队年初人口…: after a heading too)
        else:
            k = bisect_right(self.full_stops, m.end())
            end = self.full_stops[k] if k < len(self.full_stops) and self.full_stops[k] < limit else -1
        return self.own_text(m.end(), name, limit if end < 0 else end)

    def own_text(self, at: int, name: str, end: int) -> int | None:
        """Where the place ``name``'s own text from ``at`` ends at the latest by ``end`` (see :meth:`paragraph_of`):
        None when it names a wider area or holds no figure."""
        t, g = self.t, self.g
        wider = g.wider_than(name)
        if wider is None or any(not g.compared_with.search(t, max(at, w.start() - 2), w.start())
                                and self.holds_figure(w.start(), self._clause_end(w.end(), end))
                                for w in wider.finditer(t, at, end)):
            # (its figures compared with the county's, 高出全县8.53, are still its own; and a clause naming the county
            # with no figure of it, 茅坪乡是全县计划生育试点乡 / 全市现场会在该乡召开, is the place's words)
            return None
        level = g.level_of(name)
        for other in g.unit_word.finditer(t, at, end):  # (another place opening a clause: its text from there)
            n = other.group()
            if n != name and not g.not_place.search(n) and (g.level_of(n) or 0) <= (level or 0) \
                    and t[other.start() - 1] in g.clause_break_chars and _unglued(n) is None:  # (比梅溪镇: compared)
                end = other.start() - 1
                break
        return end if self.holds_figure(at, end) else None

    @cached_property
    def statement_starts(self) -> list[int]:
        """Where the place statements start, in order."""
        return [m.start() for m in self.place_statements]

    @cached_property
    def statement_ends(self) -> list[int]:
        """Where the place statements end, in order (they do not overlap)."""
        return [m.end() for m in self.place_statements]

    def next_statement(self, pos: int, name: str | None = None) -> int:
        """Where the first place statement after ``pos`` starts (the text's end when none does); with the ``name`` of
        the place whose text it bounds, not one of that place's whole or naming it again (河口乡…；全乡年初人口… /
        茅坪乡是…。该乡总人口…: still the 乡's)."""
        i = bisect_right(self.statement_starts, pos)
        if name is not None:
            whole = _whole_of(name)
            same = (whole, "该" + whole[1:], "本" + whole[1:])
            while i < len(self.statement_starts) and self.place_statements[i].group(1) in same:
                i += 1
        return self.statement_starts[i] if i < len(self.statement_starts) else len(self.t)

    def holds_figure(self, a: int, b: int) -> bool:
        """Whether ``t[a:b]`` states a figure: a cue with a number after it (a place's text worth a record)."""
        t = self.t
        if not _DIGIT.search(t, a, b):
            return False
        return any(c.end() > c.start() and c.end("gap") < b and t[c.end("gap")] in _NUMBER_START
                   for c in self.g.scan_re.finditer(t, a, b))

    def named_before(self, at: int, level: str) -> tuple[int, int] | None:
        """The span of the place of ``level`` (镇, 村 …) named last before ``at`` in its sentence or the one
        before it (for 该镇 / 该村), None when there is none."""
        t, g = self.t, self.g
        i = bisect_left(self.full_stops, at)
        lo = self.full_stops[i - 2] + 1 if i >= 2 else 0
        last = None
        for m in g.unit_word.finditer(t, max(lo, at - 200), at):
            if m.group().endswith(level) and not g.not_place.search(m.group()):
                last = (m.end() - len(_unglued(m.group()) or m.group()), m.end())  # (在白水镇: 白水镇)
        return last

    @cached_property
    def clause_place_hits(self) -> list[tuple[int, tuple[int, int]]]:
        """Every clause that opens with a place and then a cue or period (…，枫坪乡出生187人), found in one scan:
        where its figures start, and the name's span, in text order."""
        g, t, out = self.g, self.t, []
        for m in g.clause_opening_place.finditer(t):
            nxt = m.end() + len(_BLANKS.match(t, m.end()).group())  # type: ignore[union-attr]
            name = m.group(1)
            if (len(name) > 2 or name.endswith("村")) and not g.not_place.search(name) and (
                    g.unit_sentence_next.match(t, nxt) or g.scan_re.match(t, nxt)):
                out.append((m.end(), m.span(1)))
        return out

    def states_figure(self, at: int) -> bool:
        """Whether the clause from ``at`` (after a place opening it) is a statement: a cue, then its figure
        (…，2019年雁州市人口出生率为10.86‰: the city's), not a remark (…，鹤林镇紧邻县城)."""
        lead = self.g.unit_sentence_next.match(self.t, at)  # (蓮塘縣2013年人口出生率為…: past the year)
        c = self.g.scan_re.match(self.t, lead.end() if lead is not None else at)
        return c is not None and c.end() > c.start() and c.end("gap") < len(self.t) \
            and self.t[c.end("gap")] in _NUMBER_START and self.t[c.end("gap")] not in "%‰-−负"

    def clause_places(self, start: int, end: int) -> list[tuple[int, tuple[int, int]]]:
        """The :attr:`clause_place_hits` inside ``start``…``end``."""
        hits = self.clause_place_hits
        i = bisect_left(hits, (start, (0, 0)))
        j = bisect_left(hits, (end, (0, 0)), i)
        return hits[i:j]

    def orig(self, start: int, end: int) -> str:
        """``t[start:end]`` as the original spells it, without what normalising dropped inside it (a chunk marker
        that cut a name in two: 水⏎9、口镇 → 水口镇)."""
        s, e = self.to_original(start, end)
        original = self.n.original
        if e - s == end - start:
            return original[s:e]
        kept: list[list[int]] = []  # (the original chars each normalised char comes from, runs merged)
        for p in range(start, end):
            a, b = self.to_original(p, p + 1)
            if kept and a <= kept[-1][1]:
                kept[-1][1] = max(kept[-1][1], b)
            else:
                kept.append([a, b])
        return "".join(original[a:b] for a, b in kept)

    def unit_name(self, a: int, b: int) -> str | None:
        """The unit as the text names it (original spelling), None when masked or unnamed."""
        g, t = self.g, self.t
        if (crumbs := g.breadcrumb_line.match(t, a, b)) is not None:  # (首页 > 范文中心 > 调研报告 ⏎ 1、关于新塘镇…)
            s, e = crumbs.end(), t.find("\n", crumbs.end(), crumbs.end() + 200)
            m = g.place_title.match(t[s : e if e > 0 else min(b, s + 200)])
            if m and m.group(1) is not None and not g.not_place.search(m.group(1)):
                return self.orig(s + m.start(1), s + m.end(1))  # the title under the page's breadcrumb
        m = g.declared_unit.search(t, a, min(b, a + 400))  # 被考核单位：石泉乡 under the county's title
        if m and not g.not_place.search(m.group(m.lastindex or 1)):
            return self.orig(*m.span(m.lastindex or 1))
        line_end = t.find("\n", a, a + 200)
        if line_end > 0 and g.issuer_line.fullmatch(t, a, line_end) and t.startswith("关于", line_end + 1):
            next_end = t.find("\n", line_end + 1, line_end + 200)  # (岚州市卫计委 ⏎ 关于莲山县…考核结果的反馈意见: 莲山县)
            m = g.place_title.match(t[line_end + 1 : next_end if next_end > 0 else min(b, line_end + 200)])
            if m and m.group(1) is not None and not g.not_place.search(m.group(1)):
                return self.orig(line_end + 1 + m.start(1), line_end + 1 + m.end(1))
        if (inst := g.institution_title.match(t, a, line_end if line_end > 0 else min(b, a + 200))) is not None:
            return self.orig(*inst.span(1))  # (鹮城县人民医院2022年…: the hospital, not its county)
        m = g.place_title.match(t, a, line_end if line_end > 0 else min(b, a + 200))
        if m and m.group(1) is None:
            return None  # XX镇: masked
        if m and not g.not_place.search(m.group(1)):
            return self.orig(*m.span(1))
        for s, e in ((a, line_end if line_end > 0 else min(b, a + 200)), (line_end + 1, t.find("\n", line_end + 1, b))):
            if s <= e and (m := g.case_title.search(t, s, e)) is not None and not g.not_place.search(
                    m.group(k := 1 if m.group(1) else g.case_title.groups // 2 + 1)):  # (its two branches' outer groups)
                return self.orig(*m.span(k))  # (…政策实施效果评估报告——以白鹭镇为例: a study's case)
            if line_end <= 0:
                break
        # a subtitle under it (——青山乡白岩村…先进事迹材料), or after it on its line where the line breaks were lost
        sub = line_end + 1 if line_end > 0 and t.startswith("—", line_end + 1) else \
            t.find("——", a, line_end if line_end > 0 else min(b, a + 200))
        if sub >= 0:
            sub_end = t.find("\n", sub, sub + 200)
            m = g.place_title.match(t[sub : sub_end if sub_end > 0 else min(b, sub + 200)])
            if m and m.group(1) is not None and not g.not_place.search(m.group(1)):
                return self.orig(sub + m.start(1), sub + m.end(1))
        m = g.unit_name.search(t, a, min(b, a + 3000))
        if m and not g.not_place.search(m.group(1)):
            return self.orig(*m.span(1))
        for m in g.place_early.finditer(t, a, min(b, a + g.place_window)):
            if not g.not_place.search(m.group(1)):
                return self.orig(*m.span(1))
        for m in (m for rx in g.signatures for m in rx.finditer(t, max(a, b - g.place_window), b)):
            if not g.not_place.search(m.group(1)):  # (the office signing it at its end, a post's source)
                return self.orig(*m.span(1))
        m = g.self_reference.search(t, a, b)
        return m.group(0) if m else None

    def period(self, windows: list[tuple[int, int]], a: int, b: int, titled: bool = True) -> str | None:
        """The period the unit's figures are for, read from their sentences up to each figure (or from the
        unit's opening when it has none) and its title unless not ``titled`` (a quarter's figures inside a
        report for nine months): half-year, to-date (截至9月底), full-year or None."""
        g, t = self.g, self.t
        title = self.title(a, b) if titled else []
        spans = _merged([*windows, *title]) if windows else [(a, min(b, a + 300))]  # (each char read once)

        return g.periods.classify(lambda rx: rx.search_spans(t, spans))

    def title(self, a: int, b: int) -> list[tuple[int, int]]:
        """The unit's title line, when its first line is short enough to be one, else a title its text runs on from
        (a 文库 page's one line: 芸口镇计生专干2009年工作日志(年终摘录) 1月6日 …: ``run_on_title``), else nothing."""
        t = self.t
        while a < b and t[a] in " \t\n\u3000":
            a += 1
        most = self.g.title_max
        end = t.find("\n", a, min(b, a + most + 1))  # (no further than a title may run: a text of one line, linear)
        end = b if end < 0 else end
        if 0 < end - a <= most:
            return [(a, end)]
        run_on = self.g.run_on_title.match(t, a, min(b, a + most + 1))
        return [run_on.span()] if run_on is not None else []

    def report_year(self, a: int, b: int) -> int | None:
        """The year the unit's text reports on: the one its title names (:meth:`title_year`), else the last of a
        range its title names (2017—2019年…三年回顾), or of two it compares (2024年与2020年…对比分析), when the text
        names it again, else the one it declares near its start (以2017年为评估年度), else the latest one a heading of
        the text opens with (二、2020年主要指标完成情况; not a plan's heading: 五、2021年工作打算), else, under a title
        naming no year, the one year its year-ends name (2015年末全县户籍总人口… in a study's chapter)."""
        if self.t.find("年", a, b) < 0 and bisect_left(self.heading_starts, a) == bisect_left(self.heading_starts, b):
            return None  # (each way names a year with its 年: a text without one, a labelled line, names none)
        if (year := self.title_year(a, b)) is not None:
            return year
        g, t = self.g, self.t
        titles = self.title(a, b)
        for s, e in titles:
            if (m := g.year_range.search(t, s, e) or g.years_compared.search(t, s, e)) is not None \
                    and t.find(max(m.groups()) + "年", e, b) >= 0:
                return int(max(m.groups()))  # (2019—2023年…回顾; 2024年与2020年…对比分析: the later)
        if (declared := g.declared_year.search(t, a, min(b, a + _DECLARED_WITHIN))) is not None:
            return int(declared.group(1) or declared.group(2))  # (…以2015年为基期，以2017年为评估年度)
        if (heading := max(self.heading_years(a, b), default=None)) is not None:
            return heading
        if any(g.year_mention.search(t, s, e) for s, e in titles):
            return None
        at, years = self.year_ends
        ends = set(years[bisect_left(at, a):bisect_left(at, b)])
        return int(ends.pop()) if len(ends) == 1 else None

    def heading_years(self, a: int, b: int) -> list[int]:
        """The years headings inside ``t[a:b]`` open with (二、2020年主要指标完成情况; 第二节 一九九〇年人口), in order."""
        g, heads = self.g, self.all_headings
        return [int(m.group(1)) for h in heads[bisect_left(self.heading_starts, a) : bisect_left(self.heading_starts, b)]
                if (m := g.year_heading.match(h.group(2).strip())) is not None]

    def after_years_total(self, sent: int, cs: int, year: int | None) -> bool:
        """Whether a total of several years (五年累计) comes before the cue at ``cs`` in its sentence, and no clause
        after it names this year again (今年, 全年, the report's ``year``)."""
        g, t, last = self.g, self.t, None
        for last in g.several_years_total.finditer(t, sent, cs):
            pass
        if last is None:
            return False
        again = g.this_period.search(t, last.end(), cs) or t.find("全年", last.end(), cs) >= 0
        return not again and (year is None or t.find(f"{year}年", last.end(), cs) < 0)

    def before_report(self, sent: int, cs: int, year: int | None) -> bool:
        """Whether the last year its sentence names as its topic before ``cs`` (the cue's start, or its end for a
        cue opening with the year's 年: 2021年末达到30652人) is earlier than the report's ``year`` (its end the year
        before's: the start, not earlier)."""
        if year is None:
            return False
        t, last = self.t, None
        for m in self.g.year_topic.finditer(t, sent, cs):
            if not _aside(t, sent, m.start(), cs):  # (出生（含补登2017年漏报43人）4215人: the year's births)
                last = m
        return last is not None and int(last.group(1)) < year - (1 if last.group(2) else 0)

    def title_year(self, a: int, b: int, stated: bool = True) -> int | None:
        """The one year the unit's title line names (2022年全镇人口“成绩单”) when a statement opens with it
        (2022年，全镇…: the figures are that year's, not a meeting's the year after) or the text names its end
        (2020年末全乡户籍人口…), or when not ``stated``; else None."""
        titles = self.title(a, b)
        found = {y for s, e in titles for y in self.g.year_mention.findall(self.t, s, e)}
        if len(found) != 1:
            return None
        year = found.pop()
        if stated and any(self.g.summary_title.search(self.t, s, e) for s, e in titles):
            stated = False  # (…2009年工作日志 / 工作总结: the year it sums up, whether the text names it again or not)
        if stated and not any(m.group(1) == year for m in self.g.year_opening.finditer(self.t, a, b)) \
                and year not in self.g.year_end_mention.findall(self.t, a, b):
            return None
        return int(year)

    def reviews(self, a: int, b: int) -> bool:
        """Whether the unit's text (from ``a``) says near its opening that it reviews the year before the one
        it plans for (总结2012年工作，…部署2013年工作任务), or is a speech at a meeting early in a year: a review."""
        g, end = self.g, min(b, a + self.g.review_window)
        if (known := self._reviewed.get((a, end))) is not None:
            return known
        m = g.review_opening.search(self.t, a, end)
        if m is not None:
            known = not (m.group(1) and m.group(2)) or int(m.group(2)) == int(m.group(1)) + 1
        else:
            known = g.review_meeting.search(self.t, a, end) is not None
        self._reviewed[a, end] = known
        return known

    # --- breakdowns -------------------------------------------------------------------------------
    def find_parens(self) -> None:
        """Parentheses after ``<subject>N人``: a foreign subject's parity breakdown is checked, not read."""
        g, t = self.g, self.t
        for paren in _COUNT_PAREN.finditer(t):  # 人( / 人（, then the count right before it
            digits = _DIGITS_BEFORE.search(t, max(0, paren.start() - 9), paren.start())
            if digits is None:
                continue
            after = paren.end()
            if (close := self._closing(after)) is None:
                continue
            items = list(g.bd_item.finditer(t[after:close]))
            if not items:
                continue
            subj = g.breakdown_subject.search(t, max(0, digits.start() - 6), digits.start())
            if not subj:
                continue
            name = subj.group(1)
            cue_end = [c.end() for c in g.cue_re.finditer(name) if c.end() > c.start()]
            if cue_end and cue_end[-1] == len(name):
                continue  # a catalog count: its breakdown is read as values
            self.add_paren(_Paren(after - 1, close + 1, None, True))
            total = int(digits.group())
            parts = [int(i.group(2)) for i in items]
            if len(parts) >= 2 and sum(parts) != total:
                figs = "、".join(f"{i.group(1)}{i.group(2)}人" for i in items)
                self.findings.append(Finding(
                    rule="breakdown_sum", severity="error", indicators=[],
                    message=f"{name}{total}人，但分项（{figs}）合计{sum(parts)}人",
                    message_en=f"{name}: total {total}, but the breakdown by children ({figs}) sums to {sum(parts)}",
                    expected=float(total), actual=float(sum(parts)), location=self.loc(*digits.span())))

    def earlier_year(self, clause: int, cs: int, end: int) -> bool:
        """Whether the clause before the cue at ``cs`` names a year its sentence (to ``end``) goes past
        (2019年出生4012人，到2023年已不足3000人): that year's figure, not the report's."""
        m = self.g.year_mention.search(self.t, clause, cs)
        return m is not None and any(int(y) > int(m.group(1)) for y in self.g.year_mention.findall(self.t, cs, end))

    def full_stop_before(self, pos: int, a: int) -> int:
        """Where the sentence holding ``pos`` starts for good (after 。 or a line break), not before ``a``."""
        k = bisect_right(self.full_stops, pos - 1)
        return max(a, self.full_stops[k - 1] + 1 if k else 0)

    def statement_years(self, a: int, b: int) -> list[str]:
        """The years that statements in ``t[a:b]`` open with (1978年，全县… 1980年，…), when there are two or more
        different ones (annals), else none."""
        t, ends = self.t, self.g.statement_ends
        lead = len(t[a:b]) - len(t[a:b].lstrip()) + a  # (the first char that is no blank: a year there opens the text)
        found = [m.group(1) for m in self.g.year_opening.finditer(t, a, b)
                 if (m.start() <= lead or t[m.start() - 1] in ends)
                 and not self.g.plan_statement.match(t, m.end(), self.sentence_breaks_after(m.end()))]
        if len(set(found)) < 2 or found[1] < found[0]:
            return []  # (2020年，我乡将力争…: a plan's year, no annals; 2017年，… then 2016年全县出生…: a comparison)
        # a section headed by one of its years (第二节 一九九〇年人口) is that year's: 1989年全县迁入… in it compares
        headed = self.heading_years(a, b)
        return [] if len(headed) == 1 and str(headed[0]) in found else found

    def find_period_asides(self) -> None:
        """Parentheses right after another period (与上年同期（出生63人、死亡66人）相比): that period's figures, which
        no cue inside them reads as this unit's."""
        for m in self.g.period_aside.finditer(self.t):
            if (close := self._closing(m.end())) is not None:
                self.add_paren(_Paren(m.end() - 1, close + 1, None, True))

    def _closing(self, after: int) -> int | None:
        """Where the parenthesis opened right before ``after`` closes, within 160 chars; None if it does not."""
        t = self.t
        closes = [i for i in (t.find(")", after, after + 160), t.find("）", after, after + 160)) if i >= 0]
        return min(closes) if closes else None

    def add_paren(self, p: _Paren) -> None:
        i = bisect_right(self.paren_starts, p.start)
        self.paren_starts.insert(i, p.start)
        self.parens.insert(i, p)

    # --- values -------------------------------------------------------------------------------------
    def other_by_unit(self, pos: int, ind_id: str) -> str | None:
        """The indicator the figure at ``pos`` is by the unit it is printed in, where that is another one (the
        catalog's by_unit: 出生12.55‰ is the birth rate), else None."""
        if not self.g.by_unit or (m := self.g.spec[ind_id][3].match(self.t, pos)) is None:
            return None
        return self.g.by_unit.get((ind_id, m.group("unit")))

    def read_number(self, pos: int, ind_id: str, build: bool = True, then: re.Pattern[str] | None = None,
                    scale: float = 1.0) -> tuple[Value | None, int, Sequence[Finding]] | None:
        """The value printed at ``pos`` (after the gap) for ``ind_id``, and where it ends.

        One match reads the figure and what follows it (cut, 余/多, unit, bound). ``build=False``: only
        whether there is one and where it ends (value None), for a figure that will not be kept (blocked or
        already read): no location or value is built for it. ``then``: what may follow a figure printed
        without a unit (the link of 性别比由115.3下降到112.6). ``scale``: the multiplier of a figure printed with
        none (a text table's column headed 年末数（万人）)."""
        g, t = self.g, self.t
        measure, units, mismatch, figure, tail = g.spec[ind_id]
        m = figure.match(t, pos)
        if m is None:  # a blank in a template: 出生率为‰, 综合节育率.%
            blank = pos + 1 if t.startswith(".", pos) else pos
            if measure in ("permille", "percent") and t.startswith(units, blank):
                v = Value(ind_id, None, "", 0, 1.0, self.loc(pos, blank + 1), True, t[blank])
                return v, blank + 1, [self._masked(v)]
            return None
        before = t[pos - 1] if pos else ""
        if before.isdigit() or before == ".":
            return None
        mask, num, cut, unit, stop, bound, sign = m.group(*g.figure_groups)
        if unit is None and (later := _BRACKET_THEN_UNIT.match(t, m.end())) is not None and later.group(1) in units:
            unit = later.group(1)  # (落实各种节育措施5386（5402）人, last year's in brackets: the unit after them is this one's)
        masked = mask is not None
        printed = mask if masked else num
        if sign is not None:  # -1.45‰, 负1.45‰, -1.9X‰: only where the indicator can be negative (its hard range)
            if ind_id not in g.signed:
                return None
            printed = "-" + printed
        nstart, nend = pos, pos + len(printed)
        per_one, shares = False, None
        if measure == "per100" and not masked and t.startswith((":", "：", "比"), nend) and (
                t[nend] != "比" or g.num_re.match(t, nend + 1)):  # (107比100, not 108比上年)
            m2 = g.num_re.match(t, nend + 1)  # 100:118, 106.63:100 — the base (100) is an integer
            if not m2 or m2.group(1):
                return None
            a, b = printed, m2.group(0)
            per_one = b == "1" and "." in a and float(a) < 10  # 1.08:1 — 108 to 100
            if 0 < float(b) < 100 and abs(float(a) + float(b) - 100) <= 1:
                shares = (a, b, m2.end())  # 男女比为52:48: two shares of a hundred, the ratio theirs (108.33)
            elif "." not in a and (float(a) == 100 or float(b) != 100 and ("." in b or "." not in a + b)):
                printed, (nstart, nend) = b, m2.span()
            m = tail.match(t, m2.end())
            cut, unit, stop, bound = m.group("cut", "unit", "stop", "bound")  # type: ignore[union-attr]
        if cut is not None or stop is not None:
            return None  # a number cut by a chunk marker; 人次, 例次: another unit
        end = m.end()  # type: ignore[union-attr]
        if bound is not None:
            if not masked:
                return None
            end -= len(bound)
        if unit is None and end < len(t) and (then is None or not then.match(t, end)):
            c = t[end]
            if c in " \n" and (cut_tail := _SPLIT_TAIL.match(t, end)):  # 应查46 30人, 一胎2‖01人: a figure cut
                self._damaged(ind_id, t[nstart:cut_tail.end()], None, nstart, cut_tail.end(),
                              ("数字中间有空格或断行", "a blank or line break inside the figure"))
                return None
            if c in "?？" and (t[end + 1 : end + 2].isdigit() or t[end + 1 : end + 2] in ("人", "例", "名", "户")):
                # 死亡1?2人, 多胎2?人: a digit the scan could not read
                damaged = _UNREADABLE.match(t, nstart)
                self._damaged(ind_id, damaged.group(), None, nstart, damaged.end(),  # type: ignore[union-attr]
                              ("有一位数字无法辨认", "a digit is unreadable"))
                return None
            if (c.isalnum() or c in "%‰.·:：/-~—–～") and not (
                    "\u4e00" <= c <= "\u9fff" and c not in _NOT_A_CUE_AFTER and g.scan_re.match(t, end) is not None):
                return None  # 2023年, 20元, 6月, 3个, 1—9月 …: not this indicator's unit (but 男7女5, 一孩6二孩5: terse)
        elif unit in g.loose_units and end < len(t) and "\u4e00" <= t[end] <= "\u9fff" \
                and not t.startswith(g.loose_units[unit], end):
            return None  # 3个村: 个 counts villages here
        if end < len(t) and t[end] in "(（" and g.old_boundary_after.match(t, end):
            self._old_area.add(nstart)  # 上年末户籍人口52348人（原口径）: the area before a boundary change — the value
            # only until the same figure on the present area is read (…，按调整后口径，年初户籍人口为46215人)
        if before == "(" and t.startswith(")", end):
            end += 1  # a figure alone in brackets (任务（360例）的103.89%): what follows comes after them
        if unit is not None and unit in g.stock_units.get(ind_id, ()):
            return None  # 按措施分：上环2864人，结扎2012人: the women wearing one, sterilised — no operations of the year
        if g.by_unit and (ind_id, unit) in g.by_unit:  # (the value says which: callers key it by its indicator)
            ind_id = g.unit_indicator(ind_id, unit, None if masked or (q := _parse(printed)) is None else q.value)
            if unit not in g.spec[ind_id][1]:
                return None  # (人口出生389‰: no birth rate, and births are not in ‰)
        if masked:
            if not build:
                return None, end, ()
            dec = len(printed.split(".", 1)[1]) if "." in printed else 0
            v = Value(ind_id, None, printed, dec, 1.0, self.loc(nstart, nend), True, unit)
            return v, end, [self._masked(v)]
        pn = _parse(printed)
        if pn is None:
            return None
        if scale != 1 and unit is None and pn.scale == 1:
            pn = dataclasses.replace(pn, value=round(pn.value * scale, 6), scale=scale)
        meta = g.catalog[ind_id]
        if pn.decimals and pn.scale == 1 and meta.integer and not (meta.halves and meta.is_whole(pn.value)):
            if g.mean_before.search(t, max(0, nstart - 8), nstart) is None:  # (子女数平均为1.52个: a mean, no count)
                self._damaged(ind_id, printed, unit, nstart, nend)  # 死亡1.973人: a count cannot hold a fraction
            return None
        if not build:
            return None, end, ()
        v = Value(ind_id, pn.value, printed, pn.decimals, pn.scale, self.loc(nstart, nend), False, unit)
        if per_one:  # (1.08:1 is 108 per 100: printed to 0.01 of one, so to 1 per 100, as its scale says)
            v = dataclasses.replace(v, number=round(pn.value * 100, 10), scale=100.0)
        elif shares is not None:  # (52:48 is 108.33 per 100, worked out to two decimals: a rate, not a print)
            a, b, stop = shares
            v = dataclasses.replace(v, number=round(float(a) / float(b) * 100, 2), printed=f"{a}:{b}", decimals=2,
                                    location=self.loc(nstart, stop))
        if unit is not None and unit in mismatch:
            want = g.catalog[ind_id].unit
            return v, end, [Finding("unit_mismatch", "warning", [ind_id],
                                    f"{g.catalog[ind_id].name}应以{want}表示，原文为{printed}{unit}，按原文读取",
                                    f"the {g.catalog[ind_id].label('en')} is a {measure} figure but printed as {printed}{unit}; read as printed",
                                    location=v.location)]
        return v, end, ()

    def _damaged(self, ind_id: str, printed: str, unit: str | None, start: int, end: int,
                 why: tuple[str, str] = ("计数不应有小数", "a count with a fraction")) -> None:
        """A warning (once per figure) that a damaged figure was not read: a count printed with a fraction (死亡
        1.973人: a stray point from OCR or typing), a digit a scan could not read (死亡1?2人). Its true value
        cannot be told from the text."""
        if start in self._damaged_at:
            return
        self._damaged_at.add(start)
        name, shown = self.g.catalog[ind_id].name, printed + (unit or "")
        self.findings.append(Finding(
            "damaged_figure", "warning", [ind_id],
            f"{name}印作{shown}，{why[0]}，疑为识别或录入错误，未读取",
            f"{ind_id} is printed as {shown}: {why[1]}, likely an OCR or typing error; not read",
            location=self.loc(start, end)))

    def _masked(self, v: Value) -> Finding:
        name, shown = self.g.catalog[v.indicator].name, v.printed or "空白"
        return Finding("masked_value", "info", [v.indicator],
                       f"{name}的数字被遮盖或留空（{shown}），未读取数值",
                       f"{v.indicator} is masked or blank in the text ({v.printed or 'blank'}); no number read",
                       location=v.location)

    def _may_hold(self, key: str, lo: int, hi: int) -> bool:
        """Whether look-back pattern ``key`` could match inside ``t[lo:hi]``: False when none of its anchors
        occurs there (anchors found once per document, when first asked, or in a short window, looked for
        in it alone), so the window is not searched."""
        starts = self._anchor_starts.get(key, _UNSET)
        if starts is _UNSET and hi - lo <= _SHORT_WINDOW:
            rx = self.g.anchor_res.get(key)
            return rx is None or rx[0].search(self.t, lo, hi) is not None
        if starts is _UNSET:
            rx = self.g.anchor_res.get(key)
            starts = None if rx is None else [m.start() for m in rx[0].finditer(self.t)]
            self._anchor_starts[key] = starts
        if starts is None:
            return True
        # A non-overlapping scan may swallow an anchor in an earlier, overlapping one: look that far back.
        i = bisect_left(starts, lo - self.g.anchor_res[key][1] + 1)
        return i < len(starts) and starts[i] < hi

    def _search(self, rx: re.Pattern[str], key: str, lo: int, hi: int) -> bool:
        """Look-back pattern ``rx`` (anchors under ``key``) matches inside ``t[lo:hi]`` (searched in place;
        long windows only when an anchor says it might: text that never breaks must not make every cue
        rescan 400 chars)."""
        if hi - lo > _SHORT_WINDOW and not self._may_hold(key, lo, hi):
            return False
        return rx.search(self.t, lo, hi) is not None

    def blocked(self, cue_start: int, clause: int, sentence: int, ind_id: str,
                sections: list[tuple[int, int]], quiet: bool) -> bool:
        """The figure after the cue at ``cue_start`` is not this unit's achieved value: the cue is in a target
        section, or its clause (from ``clause``) names another period or unit, or — unless the indicator is a
        target itself — its clause or sentence (from ``sentence``) states a target. ``quiet``: its sentence
        holds nothing that could, so only the section counts."""
        if sections:
            i = bisect_right(sections, (cue_start, len(self.t) + 1))
            if i and sections[i - 1][0] <= cue_start < sections[i - 1][1]:
                return True
        if quiet:
            return False
        bodies = self.heading_bodies
        if bodies and (k := bisect_right(bodies, cue_start)) and bodies[k - 1] > min(clause, sentence):
            clause, sentence = max(clause, bodies[k - 1]), max(sentence, bodies[k - 1])  # (not the heading's words)
        g, search = self.g, self._search
        if ind_id in g.targets:
            return search(g.clause_other, "clause_other", clause, cue_start)
        tw = g.target_words
        if tw is not None and self._may_hold("target_words", min(clause, sentence), cue_start):
            # 人口计划210人 names a quota, not a plan: the target words are dropped before looking (for 的, so
            # that 计划生育指标执行情况 leaves 计划的…, no plan, where nothing would leave 计划执行).
            t = self.t
            return bool(search(g.clause_other, "clause_other", clause, cue_start)
                        or g.target_clause.search(tw.sub("的", t[clause:cue_start]))
                        or g.target_sentence.search(tw.sub("的", t[sentence:cue_start])))
        if clause == sentence:  # the sentence's first clause: one search for both
            return search(g.clause_or_sentence, "clause_or_sentence", clause, cue_start)
        return (search(g.clause_any, "clause_any", clause, cue_start)
                or search(g.target_sentence, "target_sentence", sentence, cue_start))

    def qualified(self, ind_id: str, cue_start: int, sentence: int) -> str:
        """The bare population cue after 年末/年初 earlier in the sentence is population_end/start; not after one
        that its own figure follows (…年初38420人，6月底39766人，其中户籍人口13316人: 6月底 is spent on 39766)."""
        if not self._may_hold("qualify:" + ind_id, sentence, cue_start):
            return ind_id
        best, where, month = ind_id, -1, None
        t = self.t
        for rx, becomes in self.g.qualify[ind_id]:
            for m in rx.finditer(t, sentence, cue_start):
                if m.start() > where and _SPENT_ON_A_FIGURE.match(t, m.end()) is None \
                        and t.rfind("(", sentence, m.start()) <= t.rfind(")", sentence, m.start()):
                    best, where = becomes, m.start()  # (not inside an aside dating the word before it: 期初（7月末）)
                    month = _MONTH_END.fullmatch(m.group())
        figure = _FIGURE_AFTER.match(t, cue_start) if month is not None and best == self.g.implied_from else None
        if month is not None and figure is not None and (later := _LATER_MONTH_END.match(t, figure.end())) is not None \
                and int(later.group(1)) > int(month.group(1)):
            return self.g.implied_to  # (6月底全乡户籍人口24290人，9月底24396人 in a quarter's report: the earlier its start)
        return best

    def _passes_on(self, end: int, b: int) -> bool:
        """Whether the sentence after the break at ``end`` (inside the unit's text, before ``b``) may take its
        subject or its period from the one that break ends: it follows a semicolon, opens with 其中, or opens
        with a cue (the conditions :meth:`unit_values` carries a subject on, taken wider)."""
        t = self.t
        if end >= b:
            return False
        if t[end] in "；;" or t.startswith(self.g.breakdown_opener, end + 1):
            return True
        k = end + 1
        while k < b and t[k].isspace():
            k += 1
        return self.g.scan_re.match(t, k, b) is not None

    def unit_values(self, a: int, b: int, sections: list[tuple[int, int]], wider: re.Pattern[str] | None = None,
                    own: str | None = None, within: re.Pattern[str] | None = None, monthly: bool = False,
                    head: int | None = None, whole_part: bool = False, text_year: int | None = None,
                    ) -> tuple[dict[str, Value], list[Finding], list[tuple[int, int]], dict[str, Cumulative]]:
        """The values stated between ``a`` and ``b`` (one reporting unit), the findings on them, and for each
        value (in order) the text its period is read from: (start of its sentence, its end). ``wider``: names
        of areas wider than the unit (全县 in a town's report): a figure whose clause names one is not its;
        ``own``: the unit's name as normalised: a clause opening with another place's name is that place's.
        ``head``: where the unit's text opens (its title), when before ``a`` (the document's first unit after
        its title and byline; a unit's text resumed after another's line).
        ``whole_part``: the text is a quarter's or a month's section, all its figures that part's. ``text_year``: the
        year the unit's whole text reports on (:meth:`report_year`, read once for it), when known.
        ``monthly``: the text may be a monthly report stating the month and the year to date side by side (not in
        sections of their own); if it says 本月, the figures a sentence states after 累计 are the year to date's.
        Annals (县志: 1978年，… 1980年，…, statements opening with two or more years) give each later year's
        figures apart. Those come back by period (累计, 1980年), each with its own windows.

        One scan over the cues, each with the connectors after it; only a cue followed by a figure costs
        more than a look at one character: the look-back (clause, sentence) is worked out for it alone."""
        g, t = self.g, self.t
        if _FIGURE_CHAR.search(t, a, b) is None:  # (a label's name, a line of words: nothing to read, at once)
            return {}, [], [], {}
        cues, scan, gap_re, max_gap, blocking = g.cues, g.scan_re, g.gap_re, g.max_gap, g.blocking
        weak_ok, negated, neg_win = g.weak_ok, g.negated, g.negation_window
        family_of, spec, qualify, sent_pos = g.family_of, g.spec, g.qualify, self.sent_pos
        parens, paren_starts = self.parens, self.paren_starts  # (grown in place by add_paren)
        values: dict[str, Value] = {}
        findings: list[Finding] = []
        windows: list[tuple[int, int]] = []
        main: Cumulative = (values, windows)  # the record's own: the month's in a monthly report, the first year's in annals
        others: dict[str, Cumulative] = {}  # by period: 累计 in a monthly report, 1980年 … in annals
        monthly = monthly and g.this_month.search(t, a, b) is not None
        # 累计出生146人（其中本月31人）…男孩77人（本月17人）: a report that puts the month in brackets after the year to
        # date's figures, twice or more, states the year to date unless a sentence marks the month outside them
        asides = [m.span() for m in g.month_aside.finditer(t, a, b)] if monthly else []
        asides = asides if len(asides) > 1 else []
        years = [] if monthly else self.statement_years(a, b)  # (annals: statements opening with their year)
        # the year it reports on (``text_year``: its unit's, read once; a section's own heading may name another)
        titled = None if years else text_year if text_year is not None else self.report_year(
            a if head is None else head, b)
        if titled is None and not years and (part := g.part_year_title.search(t, a, min(b, a + _PART_TITLE_WITHIN))):
            titled = int(part.group(1))  # (秬阳县卫生健康局 ⏎ 2024年第三季度…: no review of a year; 2023年… is last year's)
        # a review of last year at this year's meeting: its 去年 is the year reported on, its 今年 the plan's
        review = not (years or monthly) and self.reviews(a if head is None else head, b)
        if review and titled is not None:
            titled -= 1  # (在2019年…会议上的讲话: the meeting's year is in the title, the year reviewed the one before)
        opened = -1  # where the current sentence's 去年 ends, in a review (its clauses start after it)
        year = first_year = None  # the year the last statement opening with one named, the first such
        # a quarter stated inside a longer report (…，今年一季度全市出生7926人，死亡11342人。): its sentence's figures
        titles = self.title(a if head is None else head, b)
        # (a report on one quarter, 第三季度…报告: its 第三季度 sentences are its own, no quarter of a longer period)
        quarters = not (monthly or whole_part) and g.quarter_opening.search(t, a, b) is not None \
            and not any(g.quarter_opening.search(t, s, e) for s, e in titles)
        # a month's clause in a report on a longer period (分月看，7月出生21人，8月出生17人 in a quarter's): that month's
        months = not (monthly or whole_part) and not any(g.month_title.search(t, s, e) for s, e in titles)
        subject: str | None = None  # the family last named in the current sentence
        # whether a negated count's breakdown runs on from the statements before, to a ； (…漏报出生9人，其中一孩3人…；
        # 政策内7人，政策外2人: none of it the unit's)
        voided = False
        sent, sent_end = 0, -1  # the current sentence: its start and the break that ends it
        past = False  # whether it opens with last year (去年，…)
        quiet: bool | None = None  # whether nothing in it can block a figure (looked at when first needed)
        yearly: bool | None = None  # whether it names a year at all (年: looked at when first needed)
        # the wider areas its clauses may name: ``wider``, or None when it names none (looked at when first
        # needed; a clause lies inside its sentence, so one search settles every cue in it)
        wide: re.Pattern[str] | None = _UNSET
        nested = g.clauses_in_sentence
        after_cue = -1  # where the last cue read as a cue ends (死亡率|今年为: an achieved value's cue may follow it)
        group_end = -1  # where a group's own count read in it ends (流动人口18620人: a 其中 clause after it is theirs)
        parts: set[str] = set()  # the parts of a whole (结扎, 放环 of the 四术) named in it
        tasked = False  # whether a task (任务, 完成率) was named in it
        task_of: tuple[str, int] | None = None  # a whole's task read in it (四术任务436例): its family, where it ends
        planned = -1  # where a target read in it (计划完成四术380例) ends: its target word is spent there
        named: str | None = None  # the indicator its last cue named (for 实际为…)
        foreign = False  # whether it opens with a village's or community's name other than the unit's
        chain: list[tuple[str, int]] | None = None  # cues listed so far with no figure: (meaning, end)
        spread: list[str] = []  # the cues the sentence's last 分别 list gave figures to
        caliber: str | None = None  # the 口径 (常住, 户籍) its clause gave the year-end population read
        annual: list[tuple[int, str]] = []  # the annualised rates read: where each ends, its indicator
        pos = a
        # One finditer pass; after a figure moves ``pos`` past a cue match's start, the scan restarts at
        # ``pos`` (what a fresh search from ``pos`` would find).
        it = scan.finditer(t, a, b)
        while True:
            m = next(it, None)
            if m is None:
                break
            cs, ce = m.span()
            if cs < pos:
                it = scan.finditer(t, pos, b)
                continue
            pos = ce if ce > cs else cs + 1
            if ce == cs:
                continue
            cue = cues[m.group()]
            if (inner := g.cue_inner.get(m.group())) is not None and (longer := next(
                    (cs + k for k in inner if (n := scan.match(t, cs + k, b)) is not None and n.end() > ce
                     and ((cues[n.group()].indicator, cues[n.group()].role) != (cue.indicator, cue.role)
                          or (g_at := m.end("gap")) >= b or t[g_at] not in _NUMBER_START)), None)):
                # (全年出生率: 出生率, not 全年出生 and 率; 登记出生登记为312: 出生登记, whose figure follows; but 外来流动人口共0人
                # stays itself: a longer cue of its meaning inside it, 流动人口共, would shed the word before it, 计划…)
                pos, it = longer, scan.finditer(t, longer, b)
                continue
            if cs > sent_end:  # a new sentence: no subject named in it yet
                i = bisect_right(sent_pos, cs - 1)
                prev_sent, prev_end = sent, sent_end
                sent = sent_pos[i - 1] + 1 if i and sent_pos[i - 1] >= a else a  # (not before the unit's text)
                sent_end = min(sent_pos[i] if i < len(sent_pos) else len(t), b)  # (a statement inside a sentence: its own)
                if not years and _FIGURE_OR_SIGN.search(t, sent, sent_end) is None and not self._passes_on(sent_end, b):
                    # a sentence with no figure reads nothing, and if the next one takes nothing from it (its
                    # subject, its last year), its cues change nothing: passed over whole (most of a report's prose)
                    pos, chain = max(pos, sent_end), None
                    continue
                if g.disclaimed.search(t, sent, sent_end) is not None:
                    pos, chain = max(pos, sent_end), None  # (…常住人口2076人，与户籍人口口径不同，未纳入本报告: no figure of it)
                    continue
                # …总人口41.28万人。其中男性21.36万人: a sentence opening with 其中 breaks down the one just before
                # …；完成四术：162例；完成率：108.00%: a statement opening with a role (完成率, 任务) after a semicolon is
                # the same subject's
                carried = subject if prev_end == sent - 1 and (t.startswith(g.breakdown_opener, sent)
                                                               or g.dimension_opening.match(t, sent) is not None or (
                    cue.role in _CARRIED_ROLES and t[sent - 1] in "；;" and g.carried_lead.fullmatch(t, sent, cs) is not None
                    or cue.role in _TASK_ROLES and t[sent - 1] == "\n" and not t[sent:cs].strip()
                    or cue.role == "sex_ratio" and not t[sent:cs].strip()
                    or cue.role in _CARRIED_ROLES and not t[sent:cs].strip() and prev_end - prev_sent <= _HEADING_MAX
                    and _FIGURE_OR_SIGN.search(t, prev_sent, prev_end) is None)) else None
                # (出生方面，…共出生201人。性别上，男性106人…: a sentence opening with the breakdown it gives is the same
                # subject's)
                # (…男性为215764人，…女性为202839人。性别比(以女性为一百)为106.37: the population's, as a sentence on
                # the births before it makes it theirs; 三、出生情况。男121人，女100人: the heading's)
                # (全年人口计划：520人⏎占全年计划：50.58%: a task's line after the line of what it is the task of)
                voided = voided and subject == _NO_FAMILY and prev_end == sent - 1 and t[prev_end] in "；;"
                subject, quiet, planned, named, wide, yearly = carried, None, -1, None, _UNSET, None
                last = g.last_year_opening.match(t, sent) if review else None
                opened = last.end() if last is not None else -1
                past = last is None and g.past_opening.match(t, sent) is not None or (  # (去年，全镇出生296人: last year's)
                    titled is not None and (py := g.past_year_opening.match(t, sent)) is not None
                    and int(py.group(1)) < titled) or (  # (三年来，…累计出生648人；累计死亡450人: its clauses all)
                    past and prev_end == sent - 1 and t[prev_end] in "；;"
                    and g.year_mention.search(t, max(sent, cs - LOOKBACK), cs) is None
                    and g.verified.search(t, prev_sent, prev_end) is None  # (…，清理后全年出生210人…；一孩…: checked)
                    and g.superseded_after.search(t, prev_sent, prev_end) is None)
                group_end = -1  # where a group's own count (流动人口18620人) read in this sentence ends
                parts, tasked, spread, task_of = set(), False, [], None  # the parts of a whole (结扎, 放环) named in it, whether a task was
                if years and (opening := g.year_opening.match(t, sent) or g.year_date_opening.match(t, sent)):
                    year = opening.group(1)  # (1990年7月1日零时…普查: that year's statement too)
                    first_year = first_year or year
                elif years and g.same_year_opening.match(t, sent) and (named_year := g.year_mention.search(
                        t, max(a, sent - LOOKBACK, self._sentence_start(sent - 1)), sent)) is not None:
                    year = named_year.group(1)  # (…1990年7月1日…。是年，全县…: the year the sentence before named)
                village = g.village_line.match(t, sent, cs)  # 东村出生52人，死亡31人: the village's, all of it
                foreign = village is not None and village.group(1) != own and not (  # (…岩门村村部会议室里，…全镇户籍人口
                    within is not None and within.search(t, sent, sent_end)) \
                    or sent in self.list_openings \
                    or g.migrant_line.match(t, sent, sent_end) is not None \
                    or g.part_line.match(t, sent, sent_end) is not None  # 黄土乡、马庄乡出生分别为…, 流动人口中…, 这6个村: theirs
            # A parenthesis is an aside on the figure before it: a cue inside it leaves the subject alone.
            paren = None
            if parens:  # the last one opening before the cue, if the cue is inside it
                k = bisect_right(paren_starts, cs - 1)
                if k and parens[k - 1].start < cs < parens[k - 1].end:
                    paren = parens[k - 1]
            if cs > 0 and t[cs - 1] in "，," and g.ratio_base.search(t, cs - 12 if cs > 12 else 0, cs) is not None:
                continue  # (以女性为100，男性为103.29: a ratio's base, then its figure in words: no count of men)
            if cue.weak and cs > 0 and not weak_ok(t[cs - 2 if cs > 1 else 0 : cs]) \
                    and not (own and t.startswith(own, cs - len(own))) \
                    and not (chain is not None and cs == chain[-1][1] + 1) \
                    and not ((cue.role in g.actual_roles or cue.role in _TASK_ROLES) and cs - after_cue in (0, 1)
                             and t[after_cue:cs] in ("", "的")):
                # (清河镇出生312人 in 清河镇's report; 死亡率今年为5.93‰, 落实节育措施的今年为5912人: the cue's achieved value;
                # 完成结扎任务（120例）: the task of what the cue before names)
                if paren is None and not cue.role and negated(t[cs - neg_win if cs > neg_win else 0 : cs]):
                    subject, chain, voided = _NO_FAMILY, None, True  # (政策外出生11人，其中三孩及以上10人: no catalog
                    # count's; 未完成目标: no count)
                elif paren is None and not cue.role and g.change_before.search(t, cs - 1, cs):
                    subject, named = cue.family, cue.indicator  # 全年少出生17人，今年为356人: the change's subject
                continue
            after_cue = ce
            at = m.end("gap")
            if at - ce > max_gap and len(g.gap_free.sub("", t[ce:at])) > max_gap:
                # the connectors run on: read only the first max_gap chars of them
                at = gap_re.match(t, ce, min(b, ce + max_gap)).end()  # type: ignore[union-attr]
            if chain is not None and cs != chain[-1][1] + 1:
                chain = None
            if at < b and t[at] in g.change_first and (changed_by := g.change_then_value.match(t, at, b)) is not None:
                at = changed_by.end()  # (出生人口比上年增加23人，达到436人; 男孩减少4人，为176人: the change passed over)
            if not years and at < b and t[at] in "12" and (tag := g.year_tag.match(t, at, b)) is not None:
                # 出生：2023年为3241人，2024年为2984人 in a report on 2024: the figures tagged with their years
                changed = cue.indicator if not cue.role else self.meaning(cue, paren, subject)
                if changed is not None and not negated(t[cs - neg_win if cs > neg_win else 0 : cs]):
                    end = self.year_pairs(changed, titled, cs, tag, sections, values, findings, windows)
                    if end:
                        pos, subject, chain = max(pos, end), family_of.get(changed, subject), None
                        continue
            shares = chain is not None and t.startswith(g.share_word, at) and g.in_turn.search(t, ce, at) is not None
            if at >= b or t[at] not in _NUMBER_START and not shares and not t.startswith((".%", ".‰"), at):
                # no figure here (a template's blank with its point, 综合节育率.%, is one): only the subject may change
                if at < b and t[at] in g.from_first and (paren is None or not cue.role):  # (…，其中户籍人口由…增加到…)
                    changed = cue.indicator if not cue.role else self.meaning(cue, None, subject)
                    if changed is not None and caliber is not None and (ends := g.from_end.get(changed)) in values \
                            and (second := g.second_caliber.get(ends or "")) is not None and second not in values \
                            and g.caliber_of(t, max(self._clause_start(cs), a), ce) not in (None, caliber):
                        # (年末常住人口52.36万人；户籍人口由年初的386420人减少到年末的385816人: the pair is the other 口径's
                        # year, its rates' base; the stock read before it the population)
                        values[second] = dataclasses.replace(values.pop(ends), indicator=second)  # type: ignore[arg-type]
                    end = self.from_to(changed, cs, at, b, titled, sections, values, findings, windows) if changed else 0
                    if changed and end:  # 总人口由24318人…变为24276人; (出生人口)性别比由上年的115.3下降到112.6
                        pos, subject, chain = max(pos, end), family_of.get(changed, subject), None
                        if any(k in values for k in g.second_caliber):  # (户籍人口由年初的…减少到523947人: its 口径)
                            caliber = g.caliber_of(t, max(self._clause_start(cs), a), ce) or caliber
                        continue
                if paren is None:  # (二孩比上年少9人，今年为165人: 今年 is the 二孩's)
                    if not cue.role:
                        subject, named = cue.family, cue.indicator
                    elif cue.role not in g.actual_roles:
                        named = self.meaning(cue, None, subject) or named
                    if (among := g.among.match(t, ce)) is not None \
                            and (owner := family_of.get(self.meaning(cue, None, subject) or "")) in g.paren_roles:
                        i = bisect_right(self.clause_pos, among.end())  # (二孩之中属政策内的2301人: its breakdown)
                        self.add_paren(_Paren(ce, self.clause_pos[i] if i < len(self.clause_pos) else b, owner, False))
                j = at if ce < at < b and t[at] in g.list_joiners else ce  # (全年出生人口、: 人口 a connector)
                if j == ce and g.run_together_list.match(t, ce, b) is not None:
                    j -= 1  # (男女分别为185名和167名: the next cue straight after, as if after a 、)
                if j < b and (t[j] in g.list_joiners or j < ce):  # a cue listed before another (二孩、三孩及以上分别为…)
                    listed = self.meaning(cue, paren, subject)
                    chain = [*(chain or ()), (listed, j)] if listed is not None else None
                    pos = max(pos, j)
                    if chain is not None and not (past or foreign) and g.scan_re.match(t, j + 1) is None \
                            and (other := g.list_other.match(t, j + 1, b)) is not None:
                        # 出生、死亡、净增分别为281人、102人、179人: the last member no cue names, its figure no one's
                        sentence = self._sentence_start(cs)
                        if not self.blocked(cs, self._clause_start(cs), sentence, listed or "", sections, False):
                            members: list[str | None] = [*(c for c, _ in chain), None]
                            pos = max(pos, self.respectively(members, other.end(), values, findings, windows, sentence))
                        chain = None
                elif chain is not None and not (past or foreign) and (basis := g.basis_list.match(t, ce, b)) is not None \
                        and (last_one := self.meaning(cue, paren, subject)) is not None:
                    # 出生率、死亡率系按年平均人口计算，分别为12.07‰和6.74‰: the list's figures after the basis they rest on
                    sentence = self._sentence_start(cs)
                    if not self.blocked(cs, self._clause_start(cs), sentence, last_one, sections, False):
                        pos = max(pos, self.respectively([*(c for c, _ in chain), last_one], basis.end(), values,
                                                         findings, windows, sentence))
                    chain = None
                else:
                    chain = None
                continue
            if negated(t[cs - neg_win if cs > neg_win else 0 : cs]) or cue.role in g.void_roles:
                if paren is None and (not cue.role or cue.role in g.void_roles):  # 政策外出生11人，其中三孩及以上10人:
                    subject, chain, voided = _NO_FAMILY, None, True  # what follows breaks down no catalog count
                    if (bracket := g.bracket_after_figure.match(t, at, b)) is not None:  # (计划外的27人（二胎6人、多胎21人）:
                        bra = bracket.end() - 1
                        close = t.find(")" if t[bra] == "(" else "）", bra, min(b, bra + 160))
                        self.add_paren(_Paren(bra, close + 1 if close >= 0 else self.sentence_breaks_after(bra), None, True))
                continue  # (未完成确保目标 negates no count: the subject stays; its parts, the unplanned births')
            if voided and cue.role and not t[sent:cs].strip():
                subject = _NO_FAMILY  # (a statement opening with a part, after the negated count's: its part too)
                continue
            in_cell = at > ce and g.cell_sep.search(t, ce, at) is not None  # (a text table's row)
            if in_cell and (column := self.column_role(at)) is not None:
                if column[0] == "other":
                    continue  # a table pasted as text whose first figure column is last year's
                # a score sheet's points alone in their cell: the indicator's figure is in the achieved column
                # (分值 | 目标值 | 完成值 | 得分: two cells on), else the next cell, if any
                line_end = t.find("\n", at)
                for _ in range(column[1]):
                    cell_end = g.cell_sep.search(t, at, line_end if line_end >= 0 else b)
                    if cell_end is None:
                        break
                    at = cell_end.end()
                if cell_end is None or at >= b or t[at] not in _NUMBER_START:
                    continue
            actual = (role := cue.role or "") in g.actual_roles  # 出生率控制在10‰以内，实际为9.5‰: the indicator last named
            if actual:
                ind_id = named if named not in g.targets else None
                if ind_id is not None and (then := g.actual_roles[role]):  # 总人口…，今年末为30598人: its year-end
                    ind_id = g.roles.get(family_of.get(ind_id, ""), {}).get(then, ind_id)
            else:
                if cue.role and m.group() in g.percent_role and _PERCENT_AHEAD.match(t, at) \
                        and self.meaning(cue, paren, subject) is not None:
                    cue = g.percent_role[m.group()]  # 完成107.27% where 完成 names a count: the rate
                whole = g.whole_of.get(subject) if role in _TASK_ROLES and paren is None and not tasked else None
                if whole is not None and len(parts) > 1 and t.find(g.breakdown_opener, sent, cs) >= 0:
                    subject = whole  # 四术268例，其中结扎64例，…引产11例，县下达任务250例: the task is the whole's
                tasked = tasked or role in _TASK_ROLES and bool(parts)  # (其中结扎XX例，任务XX例: a part's own task, not
                # the whole's; a task before the parts, 县下达任务280例，…其中结扎38例…，完成率94.28%, is the whole's)
                ind_id = cue.indicator if paren is None and not cue.role else self.meaning(cue, paren, subject)
                if subject is None and ind_id in g.sexed_population and g.other_sexed.search(t, sent, cs) is not None:
                    ind_id = None  # (死亡2131人，其中男性1163人: the deaths' men, no catalog figure — not the population's)
                if cue.role and cue.indicator is not None and paren is None and g.summed_gap.match(t, ce) is not None:
                    ind_id = cue.indicator  # (…多孩12人(计内1人)，计内合计391人: the parts' sum, the cue's own whole)
                if at > ce and (handed := g.roles.get(family_of.get(ind_id or "", ""), {}).get("target")) is not None \
                        and ind_id != handed and g.handed_down.search(t, ce, at) is not None:
                    ind_id = handed  # (四术：县下达250例，全镇完成262例: what was handed down is the task)
                if task_of is not None and task_of[1] >= 0 and (paren is None or paren.family == task_of[0]) and not cue.role \
                        and g.whole_of.get(cue.family) == task_of[0] and (t.find(g.breakdown_opener, task_of[1], cs) >= 0
                                                                          or t.startswith(("：", ":"), task_of[1])):
                    ind_id = g.roles.get(cue.family or "", {}).get("target", ind_id)  # 四术任务436例，其中结扎84例 / 四术任务
                    # 520例：结扎60例、放环290例…: the parts' tasks
                if spread and chain is None and paren is None and cue.role and g.in_turn.search(t, ce, at) is not None:
                    # 一孩、二孩、多孩分别为2315人、1402人和145人，计划内分别为2315人、1368人和21人: the role of each listed
                    # cue in turn (distinct ones: 男孩分别为… would give every parity the same boys)
                    each = [e for x in spread if (e := g.paren_roles.get(family_of.get(x, x), {}).get(role))]
                    if len(set(each)) == len(spread) and not set(each) & set(spread):
                        chain, ind_id = [(x, -1) for x in each[:-1]], each[-1]
            if ind_id is None or ind_id not in spec:
                chain = None
                continue
            named = ind_id
            if family_of.get(ind_id) in g.whole_of:
                parts.add(family_of[ind_id])
            if paren is None:
                subject = family_of.get(ind_id, subject) if cue.role else cue.family
            # The look-back windows: the cue's clause and sentence, at most LOOKBACK chars back (text that
            # never breaks, a 1 MB line, must not make every cue rescan everything before it).
            clause = max(self._clause_start(cs), a)
            while clause > a and t[clause - 1] == ")" and (o := t.rfind("(", max(a, clause - 40), clause - 1)) >= 0:
                clause = max(self._clause_start(o), a)  # 去年（2018年）全镇出生296人: an aside is inside its clause
            if clause > sent and g.its_opening.match(t, clause) is not None:
                clause = max(self._clause_start(clause - 1), sent)  # (…流动人口中已婚育龄妇女3.86万人，其…落实率为84.2%:
                # 其 is the clause before's subject, a group's rate)
            clause = max(clause, opened)
            if review and (last_year := g.last_year_opening.match(t, clause, cs)) is not None:
                clause = last_year.end()  # (…；再说死亡，去年全村过世了10位老人 in a review: the year reviewed, a clause on)
            if paren is not None and paren.start > clause:  # (…低于全区同期水平（出生率3.86‰）: the aside is its clause's)
                clause = max(self._clause_start(paren.start), a)
            if 0 <= group_end < clause and t.startswith(g.breakdown_opener, clause):
                continue  # 流动人口18620人，主要集中在…，其中已婚育龄妇女4135人: the group's, a clause of 其中 after it
            if monthly or years or quarters:  # whose the figure is: 本月 / 累计 last before the cue in its sentence,
                if monthly:                    # a quarter opening its sentence, or the year its statement opens with
                    key = self.month_key(sent, cs, asides)
                elif quarters and ind_id not in g.round_indicators \
                        and (opening := g.quarter_opening.search(t, self.full_stop_before(cs, a), cs)) is not None:
                    key = opening.group(1)  # (to the full stop: …第三季度全县出生1026人；死亡905人。; not 第三季度孕环情
                    # 监测应查4012人 in a 1—9月 report: the quarter's round of check-ups is the report's own)
                else:
                    key = year if year != first_year else None
                values, windows = main if key is None else others.setdefault(key, ({}, []))
            if wide is _UNSET:
                wide = wider if wider is None or not nested or wider.search(t, sent, sent_end) else None
            if foreign or self.elsewhere(sent, clause, cs, wide, own, within, ce) or self.earlier_year(clause, cs, sent_end) \
                    or (yearly if yearly is not None else (yearly := t.find("年", sent, sent_end) >= 0)) \
                    and self.before_report(max(sent, cs - LOOKBACK), ce if t[cs] == "年" else cs,
                                           int(year or years[0]) if years else titled) \
                    or t.find("年", (totalled := max(self.full_stop_before(cs, a) if t.startswith(_TOTAL_WORDS, sent)
                                                      else sent, cs - LOOKBACK)), cs) >= 0 \
                    and self.after_years_total(totalled, cs, titled) \
                    or t[cs] in "共累合总" and g.years_before_total.search(t, max(clause, cs - 4), cs) is not None:
                continue
            if months and g.month_clause.match(t, clause, cs) is not None:
                continue  # (…，7月出生21人，…: one month's births in a quarter's report, not the quarter's)
            if past and not g.this_period.search(t, clause, cs) and not g.verified.search(t, sent, cs) \
                    and not g.superseded_after.search(t, sent, cs):
                continue  # a sentence opening with last year, no clause naming this one again (…，今年出生284人), nor
                # the figures as checked after it (清理前…，核减…，清理后全年出生210人，其中男孩114人; 清洗前…，删除…后，全县出生…)
            if review and g.review_ahead.search(t, sent, cs):
                continue  # 今年市下达我县人口计划3500人 in a review of last year: the year it plans for
            if own is not None and (k := t.rfind(own, clause, cs)) >= 0:
                if g.other_period.search(t, clause, k):
                    continue  # 去年我镇完成四术248例: last year's, though it names the unit
                clause = k + len(own)  # 双树村全年出生14人 in 双树村's report: its own name names no other unit
            sentence = max(sent, cs - LOOKBACK, planned)
            if ind_id in qualify and m.group() not in g.qualify_exempt:
                begins = sent  # (2009年末，梅江县总人口52.4万人: the unit's statement opens mid-sentence, after 年末)
                if sent == a:
                    j = bisect_right(sent_pos, a - 1)
                    begins = sent_pos[j - 1] + 1 if j else 0
                ind_id = self.qualified(ind_id, cs, max(min(begins, sentence), cs - LOOKBACK))
            if titled is not None and ind_id == g.roles.get(family_of.get(ind_id, ""), {}).get("end") \
                    and not m.group().startswith(_OWN_END) and any(
                    int(y) == titled - 1 for y in g.year_end_mention.findall(t, sentence, cs)):
                # (2021年末全镇户籍人口… in a report on 2022: its start; not a cue naming its own end after an aside,
                # 2024年初…120412人（即2023年末数），年末户籍人口120235人)
                ind_id = g.roles[family_of[ind_id]]["start"]
            elif titled is not None and family_of.get(ind_id) != g.implied_family and g.opens_last_year_end(
                    t, sent, cs, titled):
                continue  # (2023年末登记流动人口20930人 in a report on 2024: last year's; only a population's end opens this)
            if quiet is None:
                quiet = blocking is not None and blocking.search(t, sent, sent_end) is None
            if actual or not quiet and g.actual_lead.search(t, clause, cs):
                sentence = clause  # 实际为…, 实际出生180人: stated as achieved; a target before it is another's
            scope = sentence  # (where targets are looked for: the period is still read from the whole sentence)
            if not quiet:  # …力争达到97%，全年政策内出生349人: a clause opening as achieved starts afresh
                for again in g.achieved_opening.finditer(t, sentence, cs):
                    # (opening the cue's clause or one before it; or after a colon: …计划，人口变动情况如下：全乡年初…)
                    if again.start() < clause or t[again.start()] in "：:":
                        scope = again.start() + 1
            lead = not quiet and ind_id in g.target_of and g.target_lead.search(t, clause, cs) is not None
            if lead:  # 计划完成四术380例: the target of what the cue names
                ind_id = g.target_of[ind_id]
            share = g.share.get(ind_id)
            if chain is not None:  # 二孩、三孩及以上分别为220人、37人: the figures go to the listed cues in turn
                if g.in_turn.search(t, ce, at) is not None and not self.blocked(cs, clause, scope, ind_id,
                                                                           sections, quiet):
                    spread = [*(c for c, _ in chain), ind_id]
                    pos = max(pos, self.respectively(spread, at, values, findings, windows, sentence))
                chain = None
                continue  # (without 分别: a joint figure, 一孩、二孩共730人, is no one cue's value)
            if share and share not in values and t[at - 1] == g.share_link:
                two = self.read_number(at, share)  # 完成全年任务的82.00%: the target's share, with no count
                # (with its % or ‰, or with decimals: 完成任务的105.21 in a report printing every rate bare)
                if two is not None and two[0] is not None and (two[0].unit_printed is not None or two[0].decimals):
                    if not self.blocked(cs, clause, scope, ind_id, sections, quiet):
                        _keep(values, windows, findings, share, two, sentence)
                    pos = max(pos, two[1])
                    continue
            if ind_id in g.second_caliber and ind_id in values and caliber is not None \
                    and (now := g.caliber_of(t, clause, ce)) not in (None, caliber):
                if not values.keys() & g.annualisable and g.rates_caliber(t, cs, b) == now:
                    # (年末常住人口48.62万人，比上年末的48.35万人…；户籍人口452316人，比上年末的450872人…户籍人口出生率为
                    # 11.61‰: the rates' 口径 is the record's; the first's year-end its population, its start none)
                    first = values[g.second_caliber[ind_id]] = dataclasses.replace(
                        values.pop(ind_id), indicator=g.second_caliber[ind_id])
                    if (start := values.get(g.implied_to)) is not None \
                            and (start.location.span or (0,))[0] > (first.location.span or (0,))[0]:
                        del values[g.implied_to]  # (the first's 比上年末的…: its start)
                    caliber = now
                else:
                    ind_id = g.second_caliber[ind_id]  # 年末常住人口…；年末户籍总人口…: the other 口径 is the population
            if ind_id in values and (self.verifies and (g.verified.search(
                        t, max(self.full_stop_before(cs, a), cs - LOOKBACK), ce) is not None or self.in_verified_block(cs))
                                     or self._old_area and self.on_old_area(values[ind_id])
                                     or ind_id in g.round_indicators
                                     and (g.latest_round.search(t, sentence, cs) is not None
                                          or values[ind_id].unit_printed in g.extra_units.get(ind_id, ()))) \
                    and not self.blocked(cs, clause, scope, ind_id, sections, quiet) \
                    and self.read_number(at, ind_id, build=False) is not None:
                # (你镇上报出生176人，…核实出生179人: the verified figure; 春季三查…应查296人；…冬季三查（全年最后一次），
                # 应查298人: the year's is the last round's; 两次共应查7960人次…；按人计，…应参检对象3980人: by person;
                # but not a later round's target or bound: 秋季三查参检率达到95%以上 in the plan)
                del values[ind_id]
            if paren is None and ind_id in g.annualisable and (had := values.get(ind_id)) is not None \
                    and had.annualised is not None and self.annualised_at(sent, sent_end, cs) is None \
                    and not self.blocked(cs, clause, scope, ind_id, sections, quiet):
                del values[ind_id]  # (折合全年出生率11.26‰…；上半年出生率5.63‰: the period's own rate is the value; not
                # a target after it: …；市下达的控制目标为出生率12.5‰以内)
            if ind_id in values and (by_unit := self.other_by_unit(at, ind_id)) is not None and by_unit not in values:
                ind_id = by_unit  # (全年出生271人。…人口出生12.55‰: a figure in ‰ after the births read is their rate)
            if ind_id in values:
                # Already read: only where the figure ends matters, and whether a parenthesis or a share
                # follows it (which a blocked figure would not open): the look-back is checked only then.
                got = self.read_number(at, ind_id, build=False)
                if got is None:
                    continue
                end = got[1]
                if end > pos:
                    pos = end
                if not ((end < b and t[end] in "(（") or (share and t.startswith(g.share_link, end))):
                    continue
                if self.blocked(cs, clause, scope, ind_id, sections, quiet):
                    continue
                v = None
            else:
                # (a quiet sentence outside any target section blocks nothing: no call needed to say so)
                blocked = bool(sections or not quiet) and self.blocked(cs, clause, scope, ind_id, sections, quiet)
                scale, heading = self.column_reading(at) if in_cell else (1.0, None)
                got = self.read_number(at, ind_id, build=not blocked, scale=scale)
                if got is None:
                    continue
                v, end, fs = got
                if v is not None and self.verifies and (self.in_verified_block(cs) or g.verified.search(
                        t, max(self.full_stop_before(cs, 0), cs - LOOKBACK), ce) is not None):  # (its sentence, from
                    # before the place that cut it)
                    self.verified_spans.add(v.location.span)
                if end > pos:
                    pos = end
                if blocked or g.next_figure.match(t, end) and g.in_turn.search(t, ce, at) is not None:
                    if not blocked and v is not None:  # 2019年至2023年，全区出生人口分别为2986人、…、2106人: the report year's
                        for name, one in self.year_series(v.indicator, sent, cs, at, titled):
                            if name not in values:
                                _keep(values, windows, findings, name, one, sentence)
                    continue  # (各轮参检率分别为96.85%、97.42%…: one cue, several figures, the rounds' and not the year's)
                if v is not None and v.unit_printed is None and at - ce > 2:
                    v = self.unit_from_cell(v, ce, at)  # 落实节育措施    人    4187: users, by the unit column
                if v is not None and heading is not None and heading in g.roles.get(v.indicator, {}):
                    v = dataclasses.replace(v, indicator=g.roles[v.indicator][heading])  # 常住人口 under 年末数: the year-end's
                if v is not None and v.indicator in g.planned_parts and g.planned_whole not in values and cue.role \
                        and t[cs - 1] != "(" and v.number is not None \
                        and self._planned_whole(v.number, g.planned_parts[v.indicator], values):
                    v = dataclasses.replace(v, indicator=g.planned_whole)  # (三孩1，政策内12: all births' planned; not
                    # a cue naming its parity, 政策内二孩235人, above a 二孩 mistyped 229, nor one in the parity's own
                    # bracket, 二孩117人(计内12023人) with 110 pasted over)
                if v is not None and v.indicator not in values:
                    if family_of.get(v.indicator) == g.implied_family:  # (a stock: its stated change, if any)
                        self.imply_start(v, end)
                    if v.indicator in g.annualisable and (f := self.annualised_at(sent, sent_end, cs)) is not None:
                        v = dataclasses.replace(v, annualised=f)
                        annual.append((end, v.indicator))
                    values[v.indicator] = v
                    windows.append((sentence, end))
                    if g.old_area_before.match(t, clause) is not None:  # (原桂花镇上年末户籍人口27742人: the old area's,
                        self._old_area.add(at)  # the value until the present area's, …年初户籍人口按现辖区口径为26318人)
                    if (fam := family_of.get(v.indicator)) in g.wholes:  # (a whole's task, unless what it did came
                        # first: 完成四术XXXX例，占全年任务XXXX例的XX.XX%，其中完成结扎… are the parts done)
                        task_of = (fam, end) if g.roles[fam].get("target") == v.indicator and task_of is None else (
                            fam, -1)
                    if v.indicator in g.group_breakdowns:
                        group_end = end
                    if v.indicator in g.second_caliber:
                        caliber = g.caliber_of(t, clause, ce)
                    if fs:
                        findings.extend(fs)
                    if lead:
                        planned = end
            if monthly and v is not None and end < b and (aside := g.month_aside.match(t, end)) is not None \
                    and (got3 := self.read_number(aside.end(), v.indicator)) is not None and got3[0] is not None:
                _keep(*main, findings, v.indicator, got3, sentence)  # 累计出生146人（其中本月31人）: the month's, beside
            if end < b and t[end] in "(（":
                close = t.find(")" if t[end] == "(" else "）", end, min(b, end + 160))
                stop = self.sentence_breaks_after(end)
                close = close + 1 if 0 <= close < stop else stop
                # after a ratio the parenthesis states its base (108.13（女性为100）): nothing in it is read,
                # unless it gives the counts the ratio comes from (108.65（男婴201人，女婴185人）)
                base = spec[ind_id][0] == "per100" and g.ratio_counts.match(t, end + 1, close) is None
                # (the figure's own indicator: 落实节育措施8936人 is the women, by its unit)
                self.add_paren(_Paren(end, close, family_of.get(v.indicator if v is not None else ind_id),
                                      base or ind_id in g.group_breakdowns))
            elif t[end:end + 1] in ("，", ",") and (t.startswith(g.breakdown_opener, end + 1)
                                                    or g.planned_clause.match(t, end + 1)):
                # (第二孩112人，计划内106人: a clause of just the planned part breaks it down too)
                # 二孩1163人，其中计划内1122人: the clause after 其中 breaks down this figure, as a parenthesis would
                i = bisect_right(self.clause_pos, end + len(g.breakdown_opener))
                while i < len(self.clause_pos) and t[self.clause_pos[i]] == "、":
                    i += 1  # (计划内出生192人，其中一孩119人、二孩70人、多孩3人: the list all of it)
                stop = self.clause_pos[i] if i < len(self.clause_pos) else len(t)
                self.add_paren(_Paren(end, stop, family_of.get(ind_id), ind_id in g.group_breakdowns))  # (流动人口…，
                # 其中已婚育龄妇女4135人: the migrants', no indicator of the unit's)
            if share and t.startswith(g.share_link, end):
                got2 = self.read_number(end + len(g.share_link), share)
                if got2 is not None and got2[0].unit_printed is not None:  # type: ignore[union-attr]
                    if share not in values:
                        _keep(values, windows, findings, share, got2, self._sentence_start(end))
                    pos = max(pos, got2[1])
        if annual:
            self.period_rates(a, b, *main, annual)
        self.figures_first(a, b, sections, *main, review)
        # (annals: counts with no cue go to the first year's record only from its own statements)
        later = next((m.start() for m in self.g.year_opening.finditer(t, a, b) if m.group(1) != years[0]), b) \
            if years else b
        if not monthly:
            self.cueless(a, later, sections, *main, wider, own, within)
            return main[0], findings, main[1], others
        # a monthly report: each count with no cue goes where the mark before it in its sentence says (1—11月累计出生
        # 占全年人口计划230人的93.04%: the year to date's)
        found: Cumulative = ({}, [])
        self.cueless(a, later, sections, *found, wider, own, within)
        for (ind_id, v), (sentence, end) in zip(found[0].items(), found[1]):
            key = self.month_key(sentence, end, asides)
            values, windows = main if key is None else others.setdefault(key, ({}, []))
            if ind_id not in values:
                values[ind_id] = v
                windows.append((sentence, end))
        return main[0], findings, main[1], others

    def _planned_whole(self, planned: float, part: str, values: dict[str, Value]) -> bool:
        """Whether planned births read as the ``part`` parity's (…三孩1，政策内12) are the births' own: more than any
        parity's births read before them, and no more than the births (a parity's planned larger than its count by
        a typo, or pasted over, stays its own)."""
        g = self.g
        whole = values.get(g.planned_of)
        parts = [v.number for p in g.planned_parts.values() if (v := values.get(p)) is not None and v.number is not None]
        return whole is not None and whole.number is not None and part in values and bool(parts) \
            and max(parts) < planned <= whole.number

    def annualised_at(self, sent: int, sent_end: int, cs: int) -> float | None:
        """The factor a rate whose cue starts at ``cs`` was annualised by, where its sentence (``sent`` to
        ``sent_end``) says before it that the rates are restated for a whole year (outside a bracket closed before
        the cue): the one the sentence states (乘以12/9, ×4, 按11个月数据), NaN where it states none; None where the
        rate is the period's own."""
        t, g = self.t, self.g
        lo = max(sent, cs - LOOKBACK)
        cue = None
        for cue in g.annualised.finditer(t, lo, cs):
            pass
        if cue is None:
            return None
        between = t[cue.end():cs]
        if between.count(")") + between.count("）") > between.count("(") + between.count("（"):
            return None  # (出生率4.86‰（折合全年9.72‰），死亡率3.40‰: the death rate is the period's)
        if (f := g.annualised_factor.search(t, lo, sent_end)) is None:
            return float("nan")
        months = f.group(1) or f.group(3)
        return 12 / int(months) if months else float(f.group(2))

    def period_rates(self, a: int, b: int, values: dict[str, Value], windows: list[tuple[int, int]],
                     annual: list[tuple[int, str]]) -> None:
        """A part-year report that prints its annualised rates first, then the period's own as a 分别 list after a
        basis (按全年折算，出生率为11.26‰，死亡率为7.40‰…；按半年实际计算，分别为5.63‰、3.70‰…): the list's figures, one
        for each annualised rate the sentence read before it, in order, replace them."""
        t = self.t
        for m in self.g.period_list.finditer(t, a, b):
            start = self.full_stop_before(m.start(), a)
            listed = [ind for end, ind in annual if start <= end <= m.start() and values.get(ind) is not None
                      and values[ind].annualised is not None]
            if not listed or self.g.annualised.search(t, m.start(), m.end()) is not None:
                continue
            got = self.figure_list(listed, m.end())
            if len(got) == len(listed) and all(one[0] is not None for one in got):
                for ind, one in zip(listed, got):
                    del values[ind]
                    _keep(values, windows, [], ind, one, start)

    def month_key(self, sentence: int, at: int, asides: list[tuple[int, int]]) -> str | None:
        """In a monthly report, whose a figure at ``at`` is: the year to date's when the last month mark before it in
        its sentence is a to-date one (累计), else None (the month's). With ``asides`` (the month's figures in
        brackets after the year to date's), marks inside them do not count and an unmarked figure is the year to
        date's."""
        # (to the full stop: …1—8月累计出生312人，…；其中男孩164人…；政策内出生301人: the statements after a semicolon too)
        marks = [m for m in self.g.month_marks.finditer(self.t, min(sentence, self.full_stop_before(at, 0)), at)
                 if not any(s <= m.start() < e for s, e in asides)]
        if not marks:
            return _TO_DATE if asides else None
        return _TO_DATE if self.g.to_date_mark.fullmatch(marks[-1].group()) else None

    def figures_first(self, a: int, b: int, sections: list[tuple[int, int]], values: dict[str, Value],
                      windows: list[tuple[int, int]], review: bool = False) -> None:
        """Figures printed before their verb (362名婴儿出生, 127位居民去世), for indicators not read yet; ``review``:
        the text reviews last year (see :meth:`reviews`)."""
        g, t = self.g, self.t
        for m in g.postfix_re.finditer(t, a, b):  # (from the unit on: a scan from each digit costs far more)
            ind_id = g.postfix[m.group("verb")]
            num = _FIGURE_BEFORE.search(t, max(a, m.start() - 24), m.start())
            if ind_id in values or num is None:
                continue
            s, e = num.span()
            pn = _parse(num.group())
            sentence = self._sentence_start(s)
            lead = self._sentence_lead(sentence, review)
            if pn is None or lead is None \
                    or self.blocked(s, max(self._clause_start(s), lead), sentence, ind_id, sections, False):
                continue
            ind_id = g.unit_indicator(ind_id, m.group("unit"), pn.value)  # 10875人落实了各项节育措施: women
            if ind_id in values:
                continue
            values[ind_id] = Value(ind_id, pn.value, num.group(), pn.decimals, pn.scale, self.loc(s, e), False,
                                   m.group("unit"))
            windows.append((sentence, m.end()))
        self.counts_first(a, b, sections, values, windows, review)
        self.dashed_first(a, b, sections, values, windows)
        self.field_lines(a, b, sections, values, windows)
        self.mean_bases(a, b, sections, values, windows)

    def _sentence_lead(self, sentence: int, review: bool) -> int | None:
        """Where a figure-first statement's clauses start in the sentence from ``sentence``: after its 去年 in a
        review of last year (去年全县生了2247个男孩: the year reviewed); None when it opens with last year otherwise
        (its figures are last year's, every clause of it), else the sentence's start."""
        g, t = self.g, self.t
        if review and (last := g.last_year_opening.match(t, sentence)) is not None:
            return last.end()
        return None if g.past_opening.match(t, sentence) is not None else sentence

    def counts_first(self, a: int, b: int, sections: list[tuple[int, int]], values: dict[str, Value],
                     windows: list[tuple[int, int]], review: bool = False) -> None:
        """Counts printed before their label (5204名已婚育龄妇女中, 165人为一孩, 22例结扎, 全镇25312人的年初户籍人口),
        for indicators not read yet: a figure and its unit, then (为/属/的) a count's cue that no figure follows."""
        g, t = self.g, self.t
        for m in g.count_first.finditer(t, a, b):
            c = g.scan_re.match(t, m.end())
            if c is None or c.end() == c.start():
                continue
            at = c.end("gap")
            cue = g.cues[c.group()]
            ind_id = cue.indicator if not cue.role else self.meaning(cue, None, None)
            if ind_id is None or ind_id in values or g.spec[ind_id][0] not in g.count_measures \
                    or at < len(t) and t[at] in _NUMBER_START \
                    or not (g.count_first_end.match(t, c.end()) or self._rate_follows(c.end())):
                continue  # (2317名三孩婴幼儿: the label goes on, it names other people)
            s, e = m.span(1)
            pn = _parse(m.group(1))
            sentence = self._sentence_start(s)
            if (lead := self._sentence_lead(sentence, review)) is None:
                continue  # (去年全县生了2247个男孩、2069个女孩: last year's, the girls too)
            clause = max(self._clause_start(s), lead)
            if pn is None or pn.value != int(pn.value) or self.blocked(s, clause, sentence, ind_id, sections, False) \
                    or self.elsewhere(sentence, clause, s, None, None, None) or g.count_first_group.search(t, clause, s):
                continue
            ind_id = g.unit_indicator(ind_id, m.group(2), pn.value)  # (4588人落实了各种节育措施: women)
            if ind_id not in values and m.group(2) in g.spec[ind_id][1]:  # (其中2例为流动人口: births, no population)
                values[ind_id] = Value(ind_id, pn.value, m.group(1), pn.decimals, pn.scale, self.loc(s, e), False,
                                       m.group(2))
                windows.append((sentence, c.end()))

    def dashed_first(self, a: int, b: int, sections: list[tuple[int, int]], values: dict[str, Value],
                     windows: list[tuple[int, int]]) -> None:
        """Figures printed before a dash and their labels after it (32506人——年初户籍总人口；176人、198人——一孩、二孩),
        for indicators not read yet: as many labels as figures, paired in order, each figure in a unit of its label's
        indicator."""
        g, t = self.g, self.t
        for m in g.dash_first.finditer(t, a, b):
            labels: list[str | None] = []  # each label's indicator
            at = m.end()
            while (label := self._label_at(g.dash_label_head.match(t, at).end())) is not None:  # type: ignore[union-attr]
                labels.append(label[0])
                at = label[1]
                if not t.startswith("、", at):
                    break
                at += 1
            at = g.dash_label_tail.match(t, at).end()  # type: ignore[union-attr]
            figures = list(g.dash_figure.finditer(t, *m.span("figs")))
            if len(labels) != len(figures) or not g.count_first_end.match(t, at):
                continue
            sentence = self._sentence_start(m.start())
            clause = self._clause_start(m.start())
            if self.blocked(m.start(), clause, sentence, "", sections, False) \
                    or self.elsewhere(sentence, clause, m.start(), None, None, None):
                continue
            for f, named in zip(figures, labels):
                pn = _parse(f.group(1))
                ind_id = named if named is None else g.unit_indicator(named, f.group(2), None if pn is None else pn.value)
                # (6085人——落实避孕节育措施: the women)
                if ind_id is None or ind_id in values or pn is None:
                    continue
                measure, units = g.spec[ind_id][0], g.spec[ind_id][1]
                if not (f.group(2) in units if f.group(2) else measure == "per100"):
                    continue  # (a count's label under a rate, or a bare number for a count: no pair)
                values[ind_id] = Value(ind_id, pn.value, f.group(1), pn.decimals, pn.scale, self.loc(*f.span(1)), False,
                                       f.group(2) or "")
                windows.append((sentence, at))

    def _label_at(self, at: int, end: int | None = None) -> tuple[str | None, int] | None:
        """The indicator a label starting at ``at`` names (a cue, or a figure-first verb: 落实避孕节育措施) and where it
        ends, or None when none starts there."""
        g, t = self.g, self.t
        end = len(t) if end is None else end
        if (c := g.scan_re.match(t, at, end)) is not None and c.end() > c.start():
            return self.meaning(g.cues[c.group()], None, None), c.end()
        if (c := g.postfix_verb.match(t, at, end)) is not None:
            return g.postfix[c.group()], c.end()
        return None

    def field_lines(self, a: int, b: int, sections: list[tuple[int, int]], values: dict[str, Value],
                    windows: list[tuple[int, int]]) -> None:
        """A table flattened to a line per row (项目：出生人数；单位：人；本年：9；上年：12。), for indicators not read
        yet: the label a cue from end to end (after 其中), the unit one of its indicator's."""
        g, t = self.g, self.t
        for m in g.field_line.finditer(t, a, b):
            ls, le = m.span("label")
            if t.startswith(g.breakdown_opener, ls):
                ls += len(g.breakdown_opener)
            label = self._label_at(ls, le)
            if label is None or label[1] != le:
                continue
            unit = (m.group("unit") or "").strip()
            ind_id = label[0] if label[0] is None else g.unit_indicator(label[0], unit)  # (落实避孕节育措施；单位：人: the women)
            if ind_id is None or ind_id in values or unit and (unit not in g.spec[ind_id][1] or unit in g.spec[ind_id][2]) \
                    or (pn := _parse(m.group("num"))) is None or self.blocked(ls, ls, ls, ind_id, sections, True):
                continue
            values[ind_id] = Value(ind_id, pn.value, m.group("num"), pn.decimals, pn.scale, self.loc(*m.span("num")),
                                   False, unit)
            windows.append((m.start(), m.end()))

    def mean_bases(self, a: int, b: int, sections: list[tuple[int, int]], values: dict[str, Value],
                   windows: list[tuple[int, int]]) -> None:
        """The two stocks whose mean a period's rates are worked on (以3月末198216人和6月末198034人的平均数计算),
        when neither is read yet: the period's start and end."""
        g, t = self.g, self.t
        for m in g.mean_base.finditer(t, a, b):
            start, end = self.to_original(*m.span())
            own = [k for k in ("population_start", "population_end", "population") if k in values
                   and start <= (values[k].location.span or (-1,))[0] < end]  # (9月末户籍人口351318人 read by its cue)
            if len(own) < len([k for k in ("population_start", "population_end") if k in values]):
                return  # the stocks stated elsewhere
            s = m.start("start")
            sentence = self._sentence_start(s)
            if self.blocked(s, self._clause_start(s), sentence, "population_start", sections, False):
                continue
            if "population" in own:
                del values["population"]  # (a bare stock read by its cue: it is the start or the end read below)
            for ind_id, key in (("population_start", "start"), ("population_end", "end")):
                if (pn := _parse(m.group(key))) is not None:
                    values[ind_id] = Value(ind_id, pn.value, m.group(key), pn.decimals, pn.scale,
                                           self.loc(*m.span(key)), False, "人")
                    windows.append((sentence, m.end(key)))

    def _rate_follows(self, at: int) -> bool:
        """Whether a rate's cue starts at ``at`` (8.43万名已婚育龄妇女综合节育率达到88.56%: the group, then its rate)."""
        c = self.g.scan_re.match(self.t, at)
        if c is None or c.end() == c.start():
            return False
        ind_id = self.g.cues[c.group()].indicator
        return ind_id is not None and self.g.spec[ind_id][0] in ("percent", "permille")

    def _clause_opens_with(self, words: re.Pattern[str], sent: int, clause: int) -> bool:
        """Whether a clause of the sentence before ``clause`` opens with one of ``words`` (…数据：全国出生人口956万人，
        人口出生率为6.77‰: the nation's rate too)."""
        t, pos = self.t, self.clause_pos
        j = bisect_right(pos, sent - 1)
        starts = [p + 1 for p in pos[j:bisect_right(pos, clause - 2)]]
        starts += [k + 1 for k, c in enumerate(t[sent:clause], sent) if c in "：:"]  # (…数据：全国出生…)
        # (not an aside's: …出生率12.84‰（全镇为11.36‰），死亡率7.49‰ — the bracket closes before the clause)
        return any(words.match(t, k) for k in starts if not (t[k - 1] in "(（" and _aside(t, k - 1, k, clause)))

    def _opens_with(self, words: re.Pattern[str], sent: int) -> bool:
        """Whether the first clause of the sentence starting at ``sent`` holds one of ``words`` — not where it only
        says what the place before it is, with no figure (龙潭村|是全乡人口最多的村，全年出生32人: the village's)."""
        j = bisect_left(self.clause_pos, sent)
        end = self.clause_pos[j] if j < len(self.clause_pos) else len(self.t)
        if self.t.startswith("是", sent) and _DIGIT.search(self.t, sent, end) is None:
            return False
        return words.search(self.t, sent, end) is not None

    def cueless(self, a: int, b: int, sections: list[tuple[int, int]], values: dict[str, Value],
                windows: list[tuple[int, int]], wider: re.Pattern[str] | None, own: str | None,
                within: re.Pattern[str] | None) -> None:
        """Counts stated with no cue of their own (年末共有11304户), for indicators not read yet: the first
        match of each ``alone`` pattern that is neither blocked nor in another area (全县年末有… in a town's
        report; ``wider``, ``own`` and ``within`` as for :meth:`unit_values`)."""
        g, t = self.g, self.t
        taken = {v.location.span for v in values.values()}  # (a figure is read once)
        for ind_id, rxs in g.alone.items():
            anchor = g.anchor_res.get("alone:" + ind_id)  # (one search of the unit's text, which is looked at once)
            if ind_id in values or anchor is not None and anchor[0].search(t, a, b) is None:
                continue
            for m in (m for rx in rxs for m in rx.finditer(t, a, b)):
                s, e = m.span(1)
                if self.loc(s, e).span in taken:
                    continue  # (截至年底，全村共有486户、1862人: the people read as the year's end already)
                sentence, clause = self._sentence_start(s), self._clause_start(s)
                if own is not None and (k := t.rfind(own, clause, s)) >= 0:
                    clause = k + len(own)  # 上沙村共有8个村民小组468户 in 上沙村's text: its own name, no other unit
                if not self.blocked(s, clause, sentence, ind_id, sections, False) \
                        and not self.elsewhere(sentence, clause, s, wider, own, within):
                    printed = m.group(1)  # (a share's decimals are its printed ones: 7.85% is 2)
                    values[ind_id] = Value(ind_id, float(printed), printed, len(printed.partition(".")[2]), 1.0,
                                           self.loc(s, e), False, g.catalog[ind_id].unit)
                    taken.add(values[ind_id].location.span)
                    windows.append((sentence, e))
                    break

    def rate_base(self, a: int, b: int) -> str | None:
        """The stock the text from ``a`` to ``b`` says its rates rest on (按年末总人口计算: population_end), None when
        it names none or more than one."""
        named = [ind for ind, rx in self.g.rate_base.items() if rx.search(self.t, a, b) is not None]
        return named[0] if len(named) == 1 else None

    def listed_figure(self, a: int, b: int) -> tuple[Value, int] | None:
        """A place's line in a list under a heading that names what its figures are (地区分布（各街道、镇常住人口） ⏎
        ●　枫林街道：96418人（23.03%） ⏎ ●　东湖街道：84263人…): the figure alone after the place's name (the text
        from ``a``, the label's, to ``b``) as the heading's one indicator, and the start of the heading; None when the
        line holds more than that figure or the heading names no one indicator."""
        t = self.t
        line = t.rfind("\n", 0, a) + 1
        if (span := self.list_heading(line)) is None or (head := self._heading_indicator(*span)) is None \
                or (m := _LISTED_LINE.match(t, line)) is None or m.end() < a:
            return None
        ind_id, start = head
        got = self.read_number(m.end(), ind_id)
        if got is None or got[0] is None or got[0].number is None or _LINE_REST.match(t, got[1], b) is None:
            return None
        return got[0], start

    def list_heading(self, line: int) -> tuple[int, int] | None:
        """The heading line over the run of listed lines (a place's name, a colon, a figure) that the line at ``line``
        belongs to: where it starts and ends; None when there is none (remembered per line: a list of many lines is
        walked once)."""
        t, known = self.t, self._list_heads
        path: list[int] = []
        found: tuple[int, int] | None = None
        k = line
        while k > 0:
            if k in known:
                found = known[k]
                break
            path.append(k)
            prev = t.rfind("\n", 0, k - 1) + 1
            if not t[prev : k - 1].strip() or _LISTED_LINE.match(t, prev) is not None:
                k = prev  # (a blank line, or the list's line before: the heading is further up)
                continue
            found = (prev, k - 1)
            break
        for p in path:
            known[p] = found
        return found

    def _heading_indicator(self, s: int, e: int) -> tuple[str, int] | None:
        """The one indicator a heading line ``t[s:e]`` names by its cues (二、各乡镇出生人数; 各街道、镇常住人口), None
        when it names none or several, states a figure of its own or is a sentence."""
        g, t = self.g, self.t
        if e - s > _LIST_HEADING_MAX or _STATED_FIGURE.search(t, s, e) or t.find("。", s, e - 1) >= 0:
            return None
        named = {cue.indicator for m in g.scan_re.finditer(t, s, e) if m.end() > m.start()
                 and (cue := g.cues[m.group()]).indicator is not None and not cue.role}
        return (named.pop(), s) if len(named) == 1 else None

    def elsewhere(self, sent: int, clause: int, cs: int, wider: re.Pattern[str] | None, own: str | None,
                  within: re.Pattern[str] | None, ce: int | None = None) -> bool:
        """Whether the clause before the cue at ``cs`` puts it in another area: a wider one (全市出生率为10.5‰ in
        a town's report), a wider one opening its sentence (全县出生3120人，死亡1000人: the deaths are the
        county's too) unless the clause, or the cue itself (ending at ``ce``), names the unit again (全镇, 我镇, its
        name: 全县出生率为11.2‰，我乡为10.47‰), or another place opening the clause (城关镇全年出生412人 in the
        county's report)."""
        t, g = self.t, self.g
        if wider is not None:
            if wider.search(t, clause, cs):
                return True
            named_to = cs if ce is None else ce
            if sent < clause and (self._opens_with(wider, sent) or self._clause_opens_with(wider, sent, clause)) \
                    and not (within and within.search(t, clause, named_to)) \
                    and not (own and t.find(own, clause, named_to) >= 0):
                return True
        if own is None or t[clause] in _NUMBER_START:
            return False
        at_place = g.clause_place.match(t, clause, cs)
        return bool(at_place and at_place.group(1) != own and not g.not_place.search(at_place.group(1)))

    def from_to(self, ind_id: str, cs: int, at: int, b: int, titled: int | None, sections: list[tuple[int, int]],
                values: dict[str, Value], findings: list[Finding], windows: list[tuple[int, int]]) -> int:
        """A change stated from one figure to another after the cue at ``cs`` (总人口由24318人（1月1日）变为
        24276人): the second is the value, the first only where it has a name (population_start). A change from
        a named year is the report's only from the year before the one its title names (由2023年的8.36‰下降到7.74‰
        in a report on 2024; 由2010年的115.3下降到112.6 spans years). Where the second ends, or 0 when there is no
        such change or its clause is not this unit's achieved value."""
        g, t = self.g, self.t
        m = g.from_open.match(t, at, b)
        if m is None:
            return 0
        start_id, end_id = g.from_start.get(ind_id), g.from_end.get(ind_id, ind_id)
        first = self.read_number(m.end(), start_id or ind_id, then=g.from_link)
        if first is None or first[0] is None:
            return 0
        if first[1] < b and t[first[1]] in "(（" and 0 <= (close := t.find(")" if t[first[1]] == "(" else "）",
                                                                         first[1], min(b, first[1] + 60))):
            # (放环由原报76例（完成率101.33%）核减为72例: the aside is the figure's as it stood, nothing in it read)
            self.add_paren(_Paren(first[1], close + 1, None, True))
        link = g.from_link.match(t, first[1], b)
        second = self.read_number(link.end(), end_id) if link else None
        if second is None or second[0] is None:
            return 0
        if m.group(1) is not None and (titled is None or int(m.group(1)) != titled - 1):
            # from an earlier year: the report's only where the change ends in its year (由2015年末的41286人增加到
            # 2020年末的43209人 in a report on 2020), the first figure no start of it
            # (a text naming no year it reports on: the change's end is its year where it names no later one
            # before it, 2015年为基期、2017年为评估期 … 由2015年的10.41‰升至2017年的13.06‰)
            to_year = link.group("to_year")  # type: ignore[union-attr]
            latest = titled if titled is not None else self.latest_topic_year(link.end())  # type: ignore[union-attr]
            if to_year is None or int(to_year) != latest:
                return second[1]
            start_id = None
        sentence = self._sentence_start(cs)
        if self.blocked(cs, self._clause_start(cs), sentence, ind_id, sections, False):
            return second[1]
        if g.correction_link.search(t, link.start(), link.end()) and second[0].indicator == end_id:  # type: ignore[union-attr]
            values.pop(end_id, None)  # 出生人口由原报的247人更正为261人: the corrected figure, whatever was read before
        for got, name in ((first, start_id), (second, end_id)):
            if name is not None and name not in values:
                _keep(values, windows, findings, name, got, sentence)
        return second[1]

    def year_pairs(self, ind_id: str, titled: int | None, cs: int, tag: re.Match[str], sections: list[tuple[int, int]],
                   values: dict[str, Value], findings: list[Finding], windows: list[tuple[int, int]]) -> int:
        """Figures tagged with their years after the cue at ``cs`` (出生：2023年为3241人，2024年为2984人; 户籍人口：
        2023年末为386412人，2024年末为384906人): the figure of the report's year — the one its title names, else the
        latest of two or more tagged — is the value (its end, for a stock tagged 年末), the year before's end is the
        start, other years' are passed over. Where the last tagged figure ends, or 0 when none is read."""
        g, t = self.g, self.t
        stop = self.sentence_breaks_after(tag.start())
        tagged: list[tuple[int, bool, int, int]] = []  # (year, tagged as its end, where its figure starts, ends)
        at: re.Match[str] | None = tag
        while at is not None:
            got = self.read_number(at.end(), ind_id, build=False)
            if got is None:
                break
            tagged.append((int(at.group(1)), at.group(2) is not None, at.end(), got[1]))
            at = g.year_tag_next.match(t, got[1], stop)
        if not tagged or titled is None and len({year for year, _, _, _ in tagged}) < 2:
            return 0
        year_of = titled if titled is not None else max(year for year, _, _, _ in tagged)
        roles = g.roles.get(g.family_of.get(ind_id, ""), {})
        sentence = self._sentence_start(cs)
        if not self.blocked(cs, self._clause_start(cs), sentence, ind_id, sections, False):
            for year, stock_end, start, _ in tagged:
                name = (roles.get("end", ind_id) if stock_end else ind_id) if year == year_of else (
                    roles.get("start") if year == year_of - 1 and stock_end else None)
                if name is not None and name not in values and (got := self.read_number(start, name)) is not None:
                    _keep(values, windows, findings, name, got, sentence)
        return tagged[-1][3]

    def meaning(self, cue: _Cue, paren: _Paren | None, subject: str | None) -> str | None:
        """The indicator a cue names: its own, or for a contextual cue (计内, 完成, 一孩, 性别比) the one its
        role has inside the parenthesis ``paren`` it sits in, else in the sentence's ``subject``, else its
        own default (一孩 alone is a birth; 计内 or 完成 alone is nothing)."""
        if paren is not None and paren.foreign:
            return None  # inside a breakdown of people no indicator counts (职工3人(二孩1人…))
        if not cue.role:
            if paren is not None and paren.family and cue.indicator in self.g.paren_excludes[paren.family]:
                return None  # (落实节育措施8936人（其中结扎2104人…）: women by method, no operations)
            return cue.indicator
        g = self.g
        if paren is not None:
            if paren.family:
                ind_id = g.paren_roles[paren.family].get(cue.role)
                if ind_id is not None:
                    return ind_id
        if subject is not None:
            return g.roles.get(subject, {}).get(cue.role)
        return cue.indicator

    @cached_property
    def text_tables(self) -> list[TextTable]:
        """The tables of units pasted as text (村（社区）  年末人口  出生 …), found once."""
        g = self.g
        return text_tables(self.table_blocks, g.catalog, g.unit_word, g.table_period_row, g.table_totals, g.table_mean_row,
                           self._column_of, self._grouped, self._display_column)

    def _display_column(self, at: int) -> int:
        """The column ``at`` stands in on its line as a fixed-width font shows it (a wide char, 出 or （, takes two):
        where a text table's cells set by blanks line up."""
        t = self.t
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in t[t.rfind("\n", 0, at) + 1 : at])

    def _grouped(self, header: str, at: int) -> str | None:
        """A text table's header cell (at ``at``) under a group named on the line above the header (已婚育龄妇女（按现有
        子女数分） over 无孩 | 一孩 | … | 合计): the group's part its role names (一孩: the women with one child), the group
        itself under 合计; None where there is no such line or the cell names no part."""
        t = self.t
        above_end = t.rfind("\n", 0, t.rfind("\n", 0, at) + 1)  # (the line before the header's)
        line = t[t.rfind("\n", 0, above_end) + 1 : above_end].strip() if above_end > 0 else ""
        if not line or len(line) > _GROUP_LINE_MAX or _FIGURE_CHAR.search(line):
            return None
        group, cue = self.g.catalog.resolve(header_key(line)), self.g.cues.get(header)
        if group is None or cue is None or not cue.role:
            return None
        return group if cue.role == "whole" else self.g.roles.get(self.g.family_of.get(group, ""), {}).get(cue.role)

    def _column_of(self, header: str, before: str | None) -> str | None:
        """The indicator of a text table's column its header names only with this period's word (本年出生 beside
        上年出生), or only by a role (完成率) right after a column of ``before`` (完成四术 | 完成率: surgeries_pct), as the
        role's cue gives it after that indicator in a sentence."""
        g = self.g
        if (word := next((w for w in g.table_current if header.startswith(w)), None)) is not None:
            return g.catalog.resolve(header[len(word):])
        cue = g.cues.get(header)
        if cue is None or not cue.role or before is None:
            return None
        return g.roles.get(g.family_of.get(before, ""), {}).get(cue.role)

    def row_values(self, row: Row) -> dict[str, Value]:
        """A text table row's figures as values (the first figure of an indicator wins), built once per row (a
        totals row serves both its table's check and the unit holding it): a fresh dict each call."""
        values = self._row_values.get(row)
        if values is None:
            values = self._row_values[row] = {}
            for ind_id, printed, start, end in row.figures:
                pn = _parse(printed)
                if pn is not None and ind_id not in values:
                    values[ind_id] = Value(ind_id, pn.value, printed, pn.decimals, pn.scale, self.loc(start, end),
                                           False, None)
        return dict(values)

    @cached_property
    def table_blocks(self) -> list[Block]:
        """The candidate tables pasted as text (lines of cells), found once."""
        return blocks(self.t, self.g.cell_sep)

    @cached_property
    def role_tables(self) -> list[RoleTable]:
        """The tables of indicators by role pasted as text (项目 | 任务数 | 完成数 | 完成率), found once."""
        g = self.g
        return role_tables(self.table_blocks, g.catalog, g.table_roles, g.table_totals, g.table_other_period,
                           lambda label, at: self.row_indicator(label, at, None), g.change_row)

    @cached_property
    def period_tables(self) -> list[PeriodTable]:
        """The tables of indicators by period pasted as text (指标 | 三季度 | 1—9月累计 | 去年同期), found once."""
        return period_tables(self.table_blocks, self.column_period, self.row_indicator)

    def column_period(self, cell: str) -> str | None:
        """The period a text table's column header names: a quarter (三季度), a part of the year (1—9月累计,
        上半年, 全年), the report's own (本年); "" for another year's (去年同期) or a column of no record's figures
        (计量单位, 增减), :data:`INDEX_COLUMN` for its rows' codes (代码); None for none."""
        g = self.g
        if g.index_column.fullmatch(key := header_key(cell)):
            return INDEX_COLUMN  # (代码: a form's row codes)
        if g.table_other_version.search(cell):
            return VERSION_COLUMN  # (快报数 beside 年报数: not read, the other the table's own)
        if g.table_other_period.search(cell) or g.skip_column.fullmatch(key):
            return ""  # (上年同期; 计量单位, 增减: no figure of any record)
        if g.own_column.fullmatch(key):
            return _OWN_PERIOD  # (本年: the unit's own figures)
        quarter = g.quarter_opening.search(cell)
        if quarter is None and (period := period_of(cell)) is None and g.month_column.fullmatch(header_key(cell)):
            return _ONE_MONTH  # (本期（11月）, 本月, 11月份: one month's, whose record has no period)
        return quarter_label(quarter.group(1)) if quarter else period

    def row_indicator(self, label: str, start: int, parent: str | None = None) -> str | None:
        """The indicator a text table's row label names: a part of ``parent``'s the label names by its role alone (其中：男
        under 本年出生人口: the boys), the catalog's name (出生人数(人), 其中:男孩), or the cue that ends it, read with the
        words before it (9月末户籍人口(人): the population at the period's end)."""
        g = self.g
        role = g.cues.get(g.catalog.affixes.strip_prefix(header_key(label)))
        if parent is not None and role is not None and role.role \
                and (part := g.roles.get(g.family_of.get(parent, ""), {}).get(role.role)) is not None:
            return part
        if (ind := g.catalog.resolve(label) or g.catalog.resolve(header_key(label))) is not None:
            return ind
        end = start + len(label.split("(", 1)[0])
        cue = None
        for c in g.scan_re.finditer(self.t, start, end):
            if c.group() and c.start() + len(c.group()) == end:
                cue = c
        if cue is None or (ind := self.meaning(g.cues[cue.group()], None, None)) is None:
            return None
        return self.qualified(ind, cue.start(), start) if ind in g.qualify else ind

    def period_values(self, table: PeriodTable) -> dict[str | None, dict[str, Value]]:
        """A period table's figures as values, by the period of their column (None: one month's)."""
        out: dict[str | None, dict[str, Value]] = {}
        for ind, cells in table.rows:
            for k, printed, start, end in cells:
                if (pn := _parse(printed)) is not None:
                    out.setdefault(table.periods[k] if table.periods[k] != _ONE_MONTH else None, {}).setdefault(
                        ind, Value(ind, pn.value, printed, pn.decimals, pn.scale, self.loc(start, end), False, None))
        return out

    def role_values(self, table: RoleTable) -> dict[str, Value]:
        """A role table's figures as values: a row's indicator under 完成数 or 合计, its target under 任务数 (出生人数's:
        the quota), the target's share under 完成率, its part by sex under 男 / 女; the totals row as the indicator its
        rows are the parts of."""
        g, out = self.g, {}
        parts = {ind for ind, _ in table.rows if ind is not None}
        parts_of_births = {v for k, v in g.roles.get("births", {}).items() if k not in ("male", "female")}
        total = next((r.operands["total"][0] for r in core_rules()
                      if r.kind == "sum" and parts <= set(r.operands.get("parts", ()))), None)
        for ind, cells in table.rows:
            ind = ind or total
            for role, printed, start, end in cells:
                target = g.target_of.get(ind or "") or g.table_targets.get(ind or "")
                key = ind if role in ("done", "total", "count") else target if role == "target" \
                    else g.share.get(target or "") if role == "share" \
                    else g.count_share.get(ind or "") if role == "portion" \
                    else None if ind in g.from_start.values() or ind in parts_of_births \
                    else g.roles.get(g.family_of.get(ind or "", ""), {}).get(role)  # (男 / 女: its part by sex, but
                # the year's start's — a population by sex is the year-end's — nor a parity's: 一孩's boys are no
                # catalog figure)
                pn = _parse(printed)
                if key is not None and pn is not None and key not in out:
                    out[key] = Value(key, pn.value, printed, pn.decimals, pn.scale, self.loc(start, end), False, None)
        return out

    def table_units(self) -> UnitFigures:
        """The unit rows of the text tables, as :meth:`listed_units` gives units' figures."""
        out: UnitFigures = {}
        for row in (row for table in self.text_tables if not table.by_period for row in table.rows):
            values = self.row_values(row)
            if not values:
                continue
            if (had := out.get(name := self.orig(*row.label_span))) is not None:
                for key, v in values.items():  # (表1 人口变动 and 表2 节育: one township's row in each, one record)
                    had[0].setdefault(key, v)
            else:
                out[name] = (values, [], [(row.label_span[0], row.figures[-1][3])])
        return out

    def table_documents(self) -> list[Document]:
        """Each text table with a totals row as a table of its own (its unit rows, then the totals row as the
        record 合计), so that the totals are checked as a sheet's are."""
        return [Document(self.source, "table", [
            *(Record(self.orig(*row.label_span), self.row_values(row), location=self.loc(*row.label_span))
              for row in table.rows),
            Record(TOTAL_UNIT, self.row_values(table.total), location=self.loc(*table.total.label_span))])
            for table in self.text_tables if table.total is not None]

    def unit_from_cell(self, v: Value, ce: int, at: int) -> Value:
        """A figure printed with no unit after a text table's unit column (``ce``…``at``, the gap after its cue):
        the column's unit, and the indicator that unit makes it (the catalog's by_unit: 人 → users)."""
        cell = self.g.unit_cell_re.search(self.t, ce, at)
        if cell is None:
            return v
        other = self.g.by_unit.get((v.indicator, cell.group()))
        return dataclasses.replace(v, indicator=other or v.indicator, unit_printed=cell.group())

    def figure_list(self, listed: Sequence[str | None], at: int) -> list[tuple[Value | None, int, Sequence[Finding]]]:
        """The figures listed at ``at`` (220人、37人 / 298人和341人), read as ``listed`` in turn (a member no cue names,
        None, as the one before it); none unless there are exactly as many figures as indicators listed."""
        t, joiners, got = self.t, self.g.figure_joiners, []
        pos = at
        for i, named in enumerate(listed):
            ind_id = next(x for x in reversed(listed[: i + 1]) if x is not None)
            one = self.read_number(pos, ind_id, then=self.g.next_figure if i + 1 < len(listed) else None)
            if one is None or one[0] is None:
                return []
            got.append(one)
            end = one[1]
            more = end + 1 < len(t) and t[end] in joiners and t[end + 1] in _NUMBER_START and (
                t[end] != "," or self.read_number(end + 1, ind_id, build=False) is not None)  # (…276人,3个乡镇)
            if more != (i + 1 < len(listed)):
                return []  # fewer or more figures than listed
            pos = end + 1
        return got

    def year_series(self, ind_id: str, sent: int, cs: int, at: int, year: int | None,
                    ) -> list[tuple[str, tuple[Value | None, int, Sequence[Finding]]]]:
        """A cue's 分别 list of one figure per year of the range or list its sentence names before it (2019年至2023年，
        全区年末户籍人口分别为288308人、…、291095人; 2016年、2017年全县出生人口分别为4326人、4518人): the figure of the
        report's ``year``, and for a stock at the year's end the year before's too, the start. Nothing unless the list
        holds one figure per year."""
        g, t = self.g, self.t
        if year is None:
            return []
        # (the years may be named in an earlier sentence of the paragraph: …。人口出生率分别为…)
        since = max(cs - LOOKBACK, min(sent, t.rfind("\n", max(0, cs - LOOKBACK), cs) + 1))
        last = max((m for rx in (g.year_range, g.year_list) for m in rx.finditer(t, since, cs)),
                   key=lambda m: m.start(), default=None)
        if last is None:
            return []
        if last.re is g.year_range:
            first, final = int(last.group(1)), int(last.group(2))
            years = list(range(first, final + 1)) if first < final <= first + 30 else []
        else:
            years = [int(y) for y in _A_YEAR.findall(last.group())]
        if year not in years or years != sorted(set(years)):
            return []
        got = self.figure_list([ind_id] * len(years), at)
        if not got:
            return []
        out = [(ind_id, got[years.index(year)])]
        roles = g.roles.get(g.family_of.get(ind_id, ""), {})
        if ind_id == roles.get("end") and year - 1 in years and (v := got[years.index(year - 1)][0]) is not None:
            before = got[years.index(year - 1)]
            out.append((roles["start"], (dataclasses.replace(v, indicator=roles["start"]), *before[1:])))
        return out

    def respectively(self, listed: Sequence[str | None], at: int, values: dict[str, Value], findings: list[Finding],
                     windows: list[tuple[int, int]], sentence: int) -> int:
        """Figures listed at ``at`` for the cues listed before 分别 (二孩、三孩及以上分别为220人、37人), one
        each in order. Where they end."""
        g = self.g
        if self.t.startswith(g.share_word, at):  # 分别占41.32%、44.35%和14.33%: the counts' shares, where they have one
            shares = [g.count_share.get(ind_id) for ind_id in listed]
            probe = next((s for s in shares if s is not None), None)
            if probe is None:
                return at
            listed, at = [s or probe for s in shares], at + len(g.share_word)
            got = [(one if s is not None else (None, one[1], ())) for s, one in zip(shares, self.figure_list(listed, at))]
        else:
            got = self.figure_list(listed, at)
        factor = self.annualised_at(sentence, at, at) if g.annualisable.intersection(listed) else None
        for ind_id, one in zip(listed, got):
            if ind_id is None or (v := one[0]) is None:
                continue
            if ind_id in g.annualisable:  # (年化出生率、死亡率分别为11.43‰、7.05‰; the period's own replace those)
                if factor is None and (had := values.get(ind_id)) is not None and had.annualised is not None:
                    del values[ind_id]
                one = (dataclasses.replace(v, annualised=factor), *one[1:])
            if ind_id not in values:
                _keep(values, windows, findings, ind_id, one, sentence)
        return got[-1][1] if got else at

    def listed_units(self, sections: list[tuple[int, int]]) -> UnitFigures:
        """Figures given to several units at once: a sentence opening with their names (黄土乡、马庄乡出生分别为
        298人和341人，…) gives each 分别 list in it one figure per unit, in order. By unit: values, findings,
        and the text each value's period is read from (as :meth:`unit_values` gives them)."""
        g, t = self.g, self.t
        out: UnitFigures = {}
        for opening in sorted(self.list_openings):
            m = g.unit_list.first.match(t, opening)
            if m is None:
                continue
            places = list(g.place.finditer(t, m.start(1), m.end(1)))
            names = [self.orig(*p.span(1)) for p in places]
            if len(set(names)) < len(names) or any(g.not_place.search(p.group(1)) and not g.list_place_ok.fullmatch(p.group(1))
                                                   for p in places):
                continue
            # (to the full stop: …，年末分别为…；出生人口分别为…，出生率分别为…: the statements after a semicolon list the
            # same units)
            k = bisect_right(self.full_stops, m.end())  # (within bounds: linear on text that never stops)
            sentence, end = m.start(1), min(self.full_stops[k] if k < len(self.full_stops) else len(t), m.end() + PARAGRAPH_MAX)
            subject: str | None = None
            for c in g.scan_re.finditer(t, m.end(), end):
                cs, ce = c.span()
                if ce == cs:
                    continue
                cue = g.cues[c.group()]
                if cue.weak and cs != m.end() and not g.weak_ok(t[cs - 2: cs]) \
                        or g.negated(t[max(0, cs - g.negation_window): cs]):
                    continue
                ind_id = self.meaning(cue, None, subject)
                if not cue.role:
                    subject = cue.family
                at = c.end("gap")
                if ind_id is None or ind_id not in g.spec or g.in_turn.search(t, ce, at) is None \
                        or self.blocked(cs, max(self._clause_start(cs), m.end()), sentence, ind_id, sections, False):
                    continue
                for name, one in zip(names, self.figure_list([ind_id] * len(names), at)):
                    values, findings, windows = out.setdefault(name, ({}, [], []))
                    if ind_id not in values:
                        _keep(values, windows, findings, ind_id, one, sentence)
        self.paired_places(out, sections)
        return out

    def paired_places(self, out: UnitFigures, sections: list[tuple[int, int]]) -> None:
        """Places stating their own figures one after another, then one 分别 list for all of them (岩口乡出生97人、大坝乡
        出生136人，政策符合率分别仅为93.81%和94.12%), or listed in a clause (计划生育率居前三位的依次为石门镇、马坪乡、青冈镇，
        分别为99.21%、98.85%和98.33%; 从出生规模看，东湖区、西塘区…出生人数分别为…): each list's figures, one per place
        in order, into ``out``; the cue the one the list's 分别 follows, else the one before the places. A later
        sentence naming the list by its count (从政策符合率看，四个区分别为…) gives each of them its figure too."""
        g, t, stops = self.g, self.t, self.full_stops
        last: list[tuple[int, str]] = []  # the last list of places read (四个区 names it again)
        k = t.find(g.respectively)
        while k >= 0:
            i = bisect_right(stops, k)
            start, end = (stops[i - 1] + 1 if i else 0), (stops[i] if i < len(stops) else len(t))
            places = [(at, self.orig(*span)) for at, span in self.clause_places(start, k)]
            j = bisect_left(self.statement_ends, start)  # (ends rise: at most nine can end within eight chars)
            opening = next((m for m in self.place_statements[j : j + 9] if m.end() <= start + 8 and m.end() < k), None)
            if opening is not None:
                places.insert(0, (opening.end(), self.orig(*opening.span(1))))
            if len(places) < 2:
                places = self.place_run(start, k)
            back = len(places) < 2 and bool(last) and (counted := g.places_counted.search(t, start, k)) is not None \
                and (n := _parse(counted.group(1))) is not None and n.value == len(last)
            places = last if back else places
            names = [n for _, n in places]
            cue = None
            if len(names) > 1 and len(set(names)) == len(names):
                cue = None if back else next((c for c in g.scan_re.finditer(t, places[-1][0], end)
                                              if c.start() < k and c.end() > c.start() and c.end("gap") > k), None)
                listed_at = counted.start() if back else places[0][0]  # type: ignore[union-attr]
                if cue is None and (back or t.startswith(g.respectively, places[-1][0] + 1)):  # (…依次为A、B、C，分别为…)
                    cue = next((c for c in reversed(list(g.scan_re.finditer(t, self.topic_opening(start), listed_at)))
                                if c.end() > c.start()), None)
            ind_id = None if cue is None else self.meaning(g.cues[cue.group()], None, None)
            if cue is not None and ind_id in g.spec and not self.blocked(
                    cue.start(), self._clause_start(cue.start()), start, ind_id, sections, False):
                after = k + len(g.respectively)  # (…，分别为99.21%: the list's figures after 分别 and its verb)
                at = cue.end("gap") if not back and cue.end("gap") > places[-1][0] else \
                    after + len(_RESPECTIVE_VERB.match(t, after).group())  # type: ignore[union-attr]
                got = self.figure_list([ind_id] * len(names), at)
                for name, one in zip(names, got):
                    values, findings, windows = out.setdefault(name, ({}, [], []))
                    if ind_id not in values:
                        _keep(values, windows, findings, ind_id, one, start)
            last = places if len(places) > 1 and not back else last
            k = t.find(g.respectively, max(k + 1, end))

    def place_run(self, start: int, k: int) -> list[tuple[int, str]]:
        """The last run of two or more places joined by 、 / 和 / 及 / 与 in ``t[start:k]`` (…依次为石门镇、马坪乡、青冈镇):
        where each ends, its name (a word glued before the first taken off)."""
        g, t = self.g, self.t
        runs: list[list[tuple[int, str]]] = []  # (where each name ends, the name)
        for m in g.place.finditer(t, start, k):
            name, at = m.group(1), m.start(1)
            if runs and runs[-1][-1][0] == at and name[0] in _JOINERS and len(name) > 2:
                runs[-1].append((m.end(1), name[1:]))  # (龙口乡和沙坪镇: the 和 the scan took into the next name)
            elif runs and runs[-1][-1][0] + 1 == at and t[at - 1] in _JOINERS + "、":
                runs[-1].append((m.end(1), name))
            else:
                runs.append([(m.end(1), name)])
        run = next((r for r in reversed(runs) if len(r) > 1), [])
        if run:  # (依次为石门镇, 偏高的是龙口乡: the verb is no part of the first name)
            first = run[0][1]
            run[0] = (run[0][0], _unglued(first) or (first[1:] if first[0] in "为是" and len(first) > 3 else first))
        if any(g.not_place.search(n) for _, n in run):
            return []
        return [(at, self.orig(at - len(n), at)) for at, n in run]

    def compared_units(self, sections: list[tuple[int, int]]) -> UnitFigures:
        """Figures of places compared under one topic (出生人口性别比鹤林镇为113.07，枫坪乡为105.94 / 死亡人数方面，鹤林镇
        171人，枫坪乡160人): a sentence naming two or more places each right before a figure, after a cue with no
        figure of its own, gives each place that figure of the cue's indicator (as :meth:`listed_units` gives
        units' figures)."""
        g, t = self.g, self.t
        out: UnitFigures = {}
        found = []
        for h in g.compared_hint.finditer(t):  # (a place's last char before a figure: a fast scan, then the name)
            for k in (3, 2, 1):  # (as a scan from the left would find it: the longest name first)
                m = g.compared_place.match(t, h.start() - k) if h.start() >= k else None
                if m is not None and m.end(1) == h.end(1):
                    if not g.not_place.search(m.group(1)):
                        found.append(m)
                    break
        # a name glued to the word before it (性别比鹤林镇为…) is the shortest name seen standing alone that ends it
        # (…（8.02‰）和沙溪镇（8.35‰）: a conjunction before a name standing alone is no part of it)
        alone = {m.group(1) for m in found if m.start() == 0 or not "\u4e00" <= t[m.start() - 1] <= "\u9fff"}
        shortest_first = sorted({_unglued(n) or n for n in alone}, key=len)
        by_sentence: dict[int, list[tuple[str, re.Match[str]]]] = {}
        for m in found:
            name = (_unglued(m.group(1)) or m.group(1)) if m.group(1) in alone else next(
                (n for n in shortest_first if m.group(1).endswith(n)), None) or _unglued(m.group(1))
            if name is not None:
                by_sentence.setdefault(self.full_stop_before(m.start(), 0), []).append((name, m))
        for sentence, pairs in by_sentence.items():
            if len({name for name, _ in pairs}) < 2 and not (len(pairs) == 1 and g.ranked_lead.search(
                    t, max(0, pairs[0][1].end(1) - len(pairs[0][0]) - 6), pairs[0][1].end(1) - len(pairs[0][0]))):
                continue  # (one place and a figure: a statement of its own, read as one; but 性别比最高的是龙口乡，达121.43)
            # each place's topic: the last cue with no figure of its own before it (出生率最高的是枫林镇（12.41‰）…；
            # 出生人数最多的是城关镇（412人）: the births); with none, the cue right before it when that cue's clause opens
            # with another place (筲城镇出生652人，笕垭镇463人，…: the cue said once for the run)
            last_name, m_last = pairs[-1]
            cued = [c for c in g.scan_re.finditer(t, self.topic_opening(sentence), m_last.end(1) - len(last_name))
                    if c.end() > c.start() and not g.cues[c.group()].role]
            topics = [c for c in cued if (at := c.end("gap")) >= len(t) or t[at] not in _NUMBER_START]
            starts, cued_starts = [c.start() for c in topics], [c.start() for c in cued]
            for name, p in pairs:
                start = p.end(1) - len(name)
                k = bisect_right(starts, start - 1)
                if k:
                    topic = topics[k - 1]
                elif (j := bisect_right(cued_starts, start - 1)) and self.place_led(cued[j - 1].start()):
                    topic = cued[j - 1]
                else:
                    continue
                ind_id = g.cues[topic.group()].indicator
                since = max(sentence, topic.start() - LOOKBACK)  # (text that never stops: no rescan from its start)
                if ind_id not in g.spec or self.blocked(topic.start(), self._clause_start(topic.start()), since,
                                                        ind_id, sections, False):
                    continue
                got = self.read_number(p.end(), ind_id)
                if got is None or got[0] is None:
                    continue
                values, findings, windows = out.setdefault(self.orig(start, p.end(1)), ({}, [], []))
                if ind_id not in values:
                    _keep(values, windows, findings, ind_id, got, since)
        return out

    def topic_opening(self, start: int) -> int:
        """Where the text a statement at ``start`` may take its topic from begins: the start of a heading that is
        nothing but a topic, when one ends right before it (（一）政策符合率。居前三位的依次为…: the heading's cue),
        else ``start``."""
        t = self.t
        line = t.rfind("\n", 0, max(0, start - 1)) + 1
        heading = self.g.topic_heading.fullmatch(t, line, start) if start - line <= 24 else None
        return line if heading is not None and self.g.scan_re.search(t, line, start) is not None else start

    def place_led(self, at: int) -> bool:
        """Whether the clause holding ``at`` opens with a place's name right before it (…，筲城镇出生652人)."""
        clause = self._clause_start(at)
        clause += len(_BLANKS.match(self.t, clause).group())  # type: ignore[union-attr]
        m = self.g.place.match(self.t, clause, at)
        return m is not None and m.end() == at and not self.g.not_place.search(m.group(1))

    def column_header(self, at: int) -> tuple[list[str], int, str] | None:
        """In a table pasted as text (cells parted by tabs, runs of spaces or |), the header line above the figure
        at ``at`` within its block: its cells, the figure's column among them, and the line; None if there is none."""
        t, g = self.t, self.g
        line_start = start = t.rfind("\n", 0, at) + 1
        while t[start] in " \t":  # (an indented sub-row: 其中：一孩)
            start += 1
        col = len(g.cell_sep.findall(t, start, at))
        end = line_start - 1
        for _ in range(40):  # up to the nearest header line above, within the block
            if end <= 0:
                return None
            top = t.rfind("\n", 0, end) + 1
            line = t[top:end]
            end = top - 1
            if not line.strip():
                return None
            if any(ch.isdigit() for ch in line) or not line.strip(" |-:"):
                continue  # a data row, or a markdown rule |---|
            return g.cell_sep.split(line.lstrip(" \t")), col, line
        return None

    def column_role(self, at: int) -> tuple[str, int] | None:
        """What the header line of a text table says of the figure at ``at``, and how many cells on the
        indicator's own figure is: ``other`` when it names its column as another period (上年, 同期), ``score``
        when it is a score sheet's (序号 考核项目 分值 考核情况 得分: a figure alone in the cell after an indicator's
        name is its points; the figure is in the column the header calls the achieved one, 完成值, else in the
        next), ``target`` when its column is the targets' (指标 计划 完成 完成率: the figure is in 完成), else None."""
        g = self.g
        if (header := self.column_header(at)) is None:
            return None
        cells, col, line = header
        if col < len(cells) and g.table_other_period.search(cells[col]) is not None:
            return "other", 0
        target = col < len(cells) and g.table_target.fullmatch(cells[col].strip()) is not None
        if not target and g.table_score.search(line) is None:
            return None
        achieved = next((k for k, cell in enumerate(cells) if k > col and g.table_achieved.fullmatch(cell.strip())),
                        col + 1)
        return "target" if target else "score", achieved - col

    def column_reading(self, at: int) -> tuple[float, str | None]:
        """What a text table's header says of the figures in the column of ``at``: their multiplier (年末数（万人）:
        10000) and the role it gives a family's bare count (年末数: ``end``, 常住人口 there is the year-end population)."""
        g = self.g
        header = self.column_header(at)
        if header is None or header[1] >= len(header[0]):
            return 1.0, None
        cell = header[0][header[1]]
        m = g.table_scale_unit.search(cell)
        return (float(BIG_UNITS[m.group(1)]) if m else 1.0,
                next((r for word, r in g.table_column_roles.items() if word in cell), None))

    def sentence_breaks_after(self, pos: int) -> int:
        i = bisect_right(self.sent_pos, pos)
        return self.sent_pos[i] if i < len(self.sent_pos) else len(self.t)


@dataclass
class _Home:
    """A unit whose text a labelled line (东关镇：…) interrupts: the figures after the line are its too."""

    unit: str | None
    record: Record | None
    start: int
    end: int
    findings: list[Finding] = field(default_factory=list)

    def join(self, values: dict[str, Value], findings: list[Finding], windows: list[tuple[int, int]],
             ex: _Extractor) -> None:
        """Add the figures read after the interruption; a figure read before it stays (the first wins), unless the
        later one was read as verified (:func:`_merge`)."""
        assert self.record is not None
        _merge(self.record.values, values, ex)
        self.findings.extend(findings)
        if self.record.period is None and windows:  # (a period read already stays: it is read first)
            self.record.period = ex.period(windows, self.start, self.end)
        _stock_at_end(self.record.values, self.record.period, ex.n.original, ex.g.compared_with_start)


def _merge(into: dict[str, Value], values: dict[str, Value], ex: _Extractor) -> None:
    """Add a unit's later figures to its record: a figure read before stays, but one read as verified replaces one
    that was not (原报…计划生育率98.03% … 依法责令更正后…计划生育率93.87%)."""
    for key, v in values.items():
        had = into.get(key)
        if had is None or v.location.span in ex.verified_spans and had.location.span not in ex.verified_spans:
            into[key] = v


def _keep(values: dict[str, Value], windows: list[tuple[int, int]], findings: list[Finding], ind_id: str,
          got: tuple[Value | None, int, Sequence[Finding]], sentence: int) -> None:
    """Record a figure read for ``ind_id`` (from ``read_number``), with the text its period is read from."""
    v = got[0]
    if v is None or v.indicator in values and v.indicator != ind_id:
        return  # read as another indicator (by its unit) that is read already
    values[v.indicator] = v
    windows.append((sentence, got[1]))
    findings.extend(got[2])


_LAST_MONTH = re.compile(r"\d{1,2}月")
_NOT_A_CUE_AFTER = "年月日号时个万亿千百十"  # (2023年末人口: the year's, not a figure before the cue 年末人口)
_ONE_MONTH = "month"  # a text table's column of one month (本期（11月）), whose record has no period
_OWN_PERIOD = "own"  # a text table's column of the unit's own figures (本年), in whatever period its record has
_NO_FAMILY = "(none)"  # the subject after a negated cue (政策外出生): a family with no roles


def period_of(text: str) -> str | None:
    """The period a table's title or form names (2024年1—6月 → half-year), in the terms of reports' periods."""
    return _periods().classify(lambda rx: rx.search(text))


@lru_cache(maxsize=1024)
def _normal_name(name: str) -> str:
    """A unit's name as normalised text spells it (reports name the same few units again and again)."""
    return normalize(name).text




def extract(original: str, source: str, *, catalog: Catalog | None = None) -> Document:
    """Normalise, split into reporting units, extract every catalog indicator the text states (with the
    cyclic garbage collector paused: see :class:`~fpcheck.gcpause.CollectorPause`)."""
    with COLLECTOR_PAUSE:
        return _extract(original, source, catalog or default_catalog())


def _extract(original: str, source: str, catalog: Catalog) -> Document:
    """:func:`extract`'s work: normalise, find the reporting units, read each one's values and period."""
    g = grammar(catalog)
    norm = normalize(original)
    ex = _Extractor(g, norm, source)
    doc = Document(source=source, kind="report", text=original)
    plan = ex.is_plan()
    if plan:
        doc.findings.append(Finding("targets_only", "info", [],
                                    "文本为工作计划/打算，所列数字为目标，不作为实际完成值读取",
                                    "The text is a plan: its figures are targets, not achieved values"))
    ex.find_parens()
    ex.find_period_asides()
    units = ex.units()
    # (nothing in a role table is read by cues: its columns, not its words, say what a figure is)
    sections = sorted([*ex.target_sections([a for a, _, _, _ in units]), *(r.span for r in ex.role_tables),
                       *(p.span for p in ex.period_tables)])
    named = None  # the last unit named: a section for another period of it carries its name
    by_period = bool(ex.period_sections)  # (sections for 本月 and 1—11月累计: no split inside them)
    labelled: dict[str, tuple[Record, list[Finding]]] = {}  # a place's first labelled record: its later ones join it
    beside: set[int] = set()  # records split off another one's text (1—8月累计 beside 8月份; a later year of annals)
    home: _Home | None = None  # the unit (and its record) that a labelled line interrupts
    reaches, reach = [], len(ex.t)  # where each unit's whole text ends: the next UNIT's start (one pass from the end)
    for a, _, _, kind in reversed(units):
        reaches.append(reach)
        reach = a if kind == UNIT else reach
    reaches.reverse()
    year: int | None = None  # the year the current unit's text reports on (its places' lines share it)
    for (a, b, cut_name, kind), reach in zip(units, reaches):
        if kind == LABEL and (home is None or home.unit is None and home.record is None):
            kind = UNIT  # (a report opening 溪山区：…, or 清河镇上半年出生300人 after an unnamed title)
        elif kind == LABEL and home is not None and g.same_unit(cut_name, home.unit):
            kind = RESUME  # (the report naming itself, or a report by 我镇 naming a 镇: itself)
        if kind == RESUME and home is not None:
            unit = home.unit
        elif kind == SAME_UNIT:
            unit = named or ex.unit_name(a, b)
        else:
            unit = cut_name or ex.unit_name(a, b)
        own = _normal_name(unit) if unit else None
        part = ex.period_sections.get(a, "") if kind == SAME_UNIT else ""
        part = part if part.startswith(_PART) else ""  # (一、一季度（1—3月）, 三、12月份: the section is that part's)
        head = 0 if not doc.records else home.start if kind == RESUME and home is not None else a  # (its title)
        if kind == UNIT:  # (its headings say it, a place's line may cut its text before them: to the next unit)
            year = ex.report_year(head, reach)
        values, findings, windows, others = ({}, [], [], {}) if plan else ex.unit_values(
            a, b, sections, g.wider_than(unit), own, g.within(unit), kind == UNIT and not by_period, head,
            whole_part=bool(part), text_year=year if kind != SAME_UNIT else None)
        if kind == LABEL and not values and not plan and (listed := ex.listed_figure(a, b)) is not None:
            values[listed[0].indicator] = listed[0]  # (●　枫林街道：96418人 under 各街道、镇常住人口: the heading's)
            windows.append((listed[1], b))  # (its period read from the heading to the line's end)
        if kind == LABEL and values.keys() & g.year_end_stocks \
                and (span := ex.list_heading(ex.t.rfind("\n", 0, a) + 1)) is not None \
                and g.year_end_heading.search(ex.t, *span) is not None:  # (二、各村民小组情况（年末数） ⏎ 一组：168户631人:
            for bare_id, end_id in g.year_end_stocks.items():  # the year-end's)
                if bare_id in values and end_id not in values:
                    values[end_id] = dataclasses.replace(values.pop(bare_id), indicator=end_id)
        if kind == RESUME and home is not None and home.record is not None:
            home.join(values, findings, windows, ex)
            continue
        if kind == SAME_UNIT and ex.period_sections.get(a) == _REST and (base := next(
                (i for i, r in enumerate(doc.records) if r.unit == unit and not (r.period or "").startswith(_PART)),
                None)) is not None:  # (五、育龄妇女与流动人口（年末数） after the quarter's section: the year's)
            for key, v in values.items():
                doc.records[base].values.setdefault(key, v)
            doc.record_findings[base].extend(findings)
            continue
        if kind != LABEL:
            named = unit or named
        preamble = a == 0 and b < len(ex.t) and cut_name is None and not plan
        main_key = None  # (annals opening with a year that states no figure: the first year that does is the record's)
        if not values and (main_key := next((k for k, (o, _) in others.items() if o), None)) is not None:
            values, windows = others.pop(main_key)
        if not values and (unit is None or preamble or kind != UNIT or by_period):  # (by_period: the title before them)
            if kind != LABEL:  # (back from a labelled line with nothing of its own: the unit's text still opens where it did)
                home = _Home(unit, None, home.start if kind == RESUME and home is not None else a, b)
            continue  # no figures and no name, the preamble before the first unit, a contents line, a bare label
        period = part or ex.period(windows, a, b)
        if period is None and kind == LABEL and home is not None and home.record is None:
            period = ex.period([], home.start, home.end)  # (乡镇：城关镇；出生：318 under a half-year's title: its figures)
        if period is None and kind == LABEL and home is not None and home.record is not None:
            period = home.record.period  # (a labelled line in a year's report: that year's figures too)
            month = _LAST_MONTH.search(period or "") if period and period.startswith("to-date") else None
            if month and any(g.this_month.search(ex.t, *w) for w in windows):  # (兴华社区本月出生9人 in a monthly report)
                period = f"month: {month.group()}"
        earlier = labelled.get(unit) if kind == LABEL and unit is not None else None
        if earlier is not None and (period in (earlier[0].period, None) or earlier[0].period is None) and not others:
            _merge(earlier[0].values, values, ex)  # (鹤林镇… then 鹤林镇… again: one record of the place)
            earlier[1].extend(findings)
            earlier[0].period = earlier[0].period or period  # (its first statement named no period, a later one did)
            continue
        _stock_at_end(values, period, original, g.compared_with_start)
        rec = Record(unit=unit, values=values, period=period, location=ex.loc(a, b), rate_base=ex.rate_base(a, b),
                     own_rates=period_months(period) != 12 and g.own_rates.search(ex.t, a, b) is not None)
        if _year_stocks_before(doc, rec, g.year_stocks):  # (一、基本情况: 1月1日…人，12月31日…人 — then 二、全年…)
            stocks = doc.records.pop()
            rec.values = {**stocks.values, **rec.values}
            findings = [*doc.record_findings.pop(), *findings]
        doc.records.append(rec)
        doc.record_findings.append(findings)
        if kind == LABEL and unit is not None:
            labelled.setdefault(unit, (rec, findings))
        for key, (other, other_windows) in others.items():  # 1—10月累计 beside 本月; 1980年 after 1978年 in annals
            if not other:
                continue
            if key == _TO_DATE:
                so_far = ex.period(other_windows, a, b)
                month = _LAST_MONTH.search(so_far or "")
                if month:
                    rec.period = f"month: {month.group()}"  # (本月: the last month of the year to date)
                for stock in g.month_end_stocks.intersection(rec.values):  # (8月末户籍人口46395人，年初为46218人: the
                    other.setdefault(stock, rec.values.pop(stock))  # year to date's stocks, the base of its rates)
            elif key.isdigit():  # annals: each record is its year's
                so_far, rec.period = key, main_key or ex.statement_years(a, b)[0]
            else:  # a quarter inside a longer report: its own sentences say its period, not the report's title
                so_far = ex.period(other_windows, a, b, titled=False)
            if so_far == rec.period:  # (a section on the quarter itself: one record)
                for k, v in other.items():
                    rec.values.setdefault(k, v)
                continue
            beside.add(len(doc.records))
            _stock_at_end(other, so_far, original, g.compared_with_start)
            doc.records.append(Record(unit, other, so_far, ex.loc(a, b)))
            doc.record_findings.append([])
        if kind != LABEL:
            home = _Home(unit, rec, a, b, findings)
    for rec in doc.records:  # (年末户籍人口421356人，比上年末减少1208人: the start the rules may rest its rates on)
        end = rec.values.get(g.implied_from)
        if end is not None and g.implied_to not in rec.values and (start := ex.implied_starts.get(end.location.span)):
            rec.implied[g.implied_to] = (start, end.indicator)
    _annualise(doc, catalog)
    _apply_corrections(doc, ex)
    if not plan:
        doc.tables = ex.table_documents()
        _add_table_figures(doc, ex)
        _add_listed(doc, ex, _joined(_joined(ex.table_units(), ex.listed_units(sections)), ex.compared_units(sections)),
                    beside)
        doc.findings += _ocr_read(doc, catalog)
    _join_restated(doc)
    doc.findings.extend(ex.findings)
    return doc


def _month_label(printed: str) -> str:
    """12月份 → ``month: 12月``; 本月 / 当月 (no month named) → ``month``."""
    digits = "".join(ch for ch in printed if ch.isdigit())
    return f"{_MONTH}{int(digits)}月" if digits else "month"


def quarter_label(printed: str) -> str:
    """第3季度 / 三季度 → ``quarter: 三季度``."""
    q = printed.removeprefix("第")[0]
    return f"{_QUARTER}{'一二三四'['1234'.index(q)] if q.isdigit() else q}季度"


def _annualise(doc: Document, catalog: Catalog) -> None:
    """Each record's annualised rates: the factor its period gives where the text stated none (上半年 × 2), and
    a note saying which rates are restated for a whole year and how they are checked."""
    for rec, findings in zip(doc.records, doc.record_findings):
        rates = [v for v in rec.values.values() if v.annualised is not None]
        if not rates:
            continue
        for v in rates:
            if v.annualised != v.annualised:  # (NaN: the text gave no factor)
                rec.values[v.indicator] = v = dataclasses.replace(v, annualised=annual_factor(rec.period))
        factor = rec.values[rates[0].indicator].annualised or float("nan")
        names = "、".join(catalog[v.indicator].name for v in rates)
        shown = "" if factor != factor else f"{factor:g}" if factor == int(factor) else f"12/{12 / factor:.0f}"
        how = (f"按期间数×{shown}核对", f"checked as the period's rate × {shown}") if shown else (
            "期间月数不明，未按人数核对", "the months covered are not known: not checked against the counts")
        findings.append(Finding("annualised_rate", "info", [v.indicator for v in rates],
                                f"{names}为折合全年数，{how[0]}",
                                f"{', '.join(v.indicator for v in rates)} printed annualised (for a whole year); {how[1]}",
                                location=rates[0].location))


def _stock_at_end(values: dict[str, Value], period: str | None, text: str, against_start: re.Pattern[str]) -> None:
    """截至9月30日，全镇户籍人口38462人，年初是38301人: beside the start (or compared with it right after its figure:
    …284316人，较年初减少434人, ``text`` the original), the bare stock on a period's last day is that period's end (a
    year's, a half-year's, the year to date's)."""
    if period is not None and period.startswith(("to-date", "half-year", "full-year")) \
            and "population" in values and "population_end" not in values and (
                "population_start" in values or (span := values["population"].location.span) is not None
                and against_start.match(text, span[1]) is not None):
        values["population_end"] = dataclasses.replace(values.pop("population"), indicator="population_end")


def _join_restated(doc: Document) -> None:
    """Records of one unit and period that another states again or goes on: a record all of whose figures another
    of them states, figure for figure (a review's 2024年末 before the 2024 section; a 县志 table's 2005 row after its
    2005 prose), and that raised no finding, is none of its own; and in annals, a year's later record whose figures
    no earlier one of that year contradicts (a 县志's 1986年末 in its prose, 1986's births in its table) joins it."""
    records, findings = doc.records, doc.record_findings
    by_key: dict[tuple[str | None, str | None], list[int]] = {}
    for i, rec in enumerate(records):
        by_key.setdefault((rec.unit, rec.period), []).append(i)
    if all(len(rows) == 1 for rows in by_key.values()):
        return
    same = [[j for j in by_key[(rec.unit, rec.period)] if j != i] for i, rec in enumerate(records)]

    def agree(rec: Record, other: Record) -> bool:
        return all(w.number == v.number for k, v in rec.values.items() if (w := other.values.get(k)) is not None)

    drop: set[int] = set()
    for i, rec in enumerate(records):
        restated = [j for j in same[i] if j not in drop and agree(rec, records[j]) and set(rec.values) <= set(
            records[j].values) and (len(records[j].values) > len(rec.values) or j < i)]
        if rec.values and not findings[i] and restated:
            drop.add(i)
        elif _A_YEAR.fullmatch(rec.period or "") and (into := next(
                (j for j in same[i] if j < i and j not in drop and agree(rec, records[j])), None)) is not None:
            for key, v in rec.values.items():
                records[into].values.setdefault(key, v)
            findings[into].extend(findings[i])
            drop.add(i)
    if drop:
        doc.records[:] = [r for i, r in enumerate(records) if i not in drop]
        doc.record_findings[:] = [f for i, f in enumerate(findings) if i not in drop]


def _year_stocks_before(doc: Document, rec: Record, stocks: frozenset[str]) -> bool:
    """Whether the record just before ``rec`` holds only the year's stocks (its start and end population, households)
    of the same unit with no period of its own, and ``rec`` is that unit's full year: a notice's 基本情况 section
    before its 全年 section, one record (the year's rates need those populations)."""
    if not doc.records or rec.period != "full-year":
        return False
    last = doc.records[-1]
    return last.unit == rec.unit and last.period is None and bool(last.values) and set(last.values) <= stocks \
        and not set(last.values) & set(rec.values) and bool({"population_start", "population_end"} & set(last.values))


def _apply_corrections(doc: Document, ex: _Extractor) -> None:
    """A figure the report corrects itself (更正：…“全镇已婚育龄妇女6128人”…应为6182人; “二孩181人”应为“二孩118人”): the
    value read inside the quoted words where the text states them (within CORRECTION_REACH chars before) takes the corrected figure, with
    an info saying so."""
    t = ex.t
    placed: list[tuple[int, Record, str]] | None = None  # every value by where it starts (built at the first need)
    for m in (m for rx in ex.g.corrections for m in rx.finditer(t)):
        stated = t.rfind(m.group(1), max(0, m.start() - CORRECTION_REACH), m.start())
        if placed is None:
            placed = sorted(((v.location.span[0], rec, key) for rec in doc.records for key, v in rec.values.items()
                             if v.number is not None and v.location.span is not None), key=itemgetter(0))
        fixed = m.group(2)
        scale = 10000.0 if t.startswith("万", m.end(2)) else 1.0
        # (the statement earlier in the report, or the quoted words themselves where only they print it: a 勘误
        # notice's “出生人口性别比为116.18”应为“…111.68”)
        spans = [ex.to_original(*m.span(1)), *([ex.to_original(stated, stated + len(m.group(1)))] if stated >= 0 else [])]
        for _at, rec, key in (p for lo, hi in spans for p in placed[bisect_left(placed, lo, key=itemgetter(0)):
                                                                  bisect_left(placed, hi, key=itemgetter(0))]):
            v = rec.values[key]
            rec.values[key] = dataclasses.replace(v, number=float(fixed) * scale, printed=fixed, scale=scale,
                                                  decimals=len(fixed.partition(".")[2]), location=ex.loc(*m.span(2)))
            doc.findings.append(Finding("corrected_in_text", "info", [key],
                                        f"正文已更正：{v.printed} 应为 {fixed}，按更正后的数字检查",
                                        f"the text corrects {v.printed} to {fixed}; the corrected figure is checked",
                                        location=ex.loc(*m.span())))


CORRECTION_REACH = 20_000  # a correction names a figure of its own report, not one a megabyte earlier


#: Roles whose statement opening after a semicolon keeps the subject before it: a task's (完成四术：162例；完成率：…) and a
#: breakdown's (其中一孩168人、二孩201人；男219人、女193人)
_CARRIED_ROLES = frozenset({"target", "pct", "achieved", "actual", "male", "female", "first", "second", "third_plus"})
_TASK_ROLES = frozenset({"target", "pct"})  # a task's (任务, 完成任务的%)
_GROUP_LINE_MAX = 30  # a text table's group line over its header (已婚育龄妇女（按现有子女数分）): a short line of words
_HEADING_MAX = 16  # the length of a heading sentence with no figure whose subject the next one opening with a role takes
# the rest of a figure after a blank or a break in it (应查46 30人; 死亡率6.0‖8‰, 性别比1‖10.57； on a short line; a PDF's
# 3 7‖68 人, 61‖342 人): the figure is damaged, not read
_SPLIT_TAIL = re.compile(r"[ \n](?:\d[ \n]?){1,7}(?<=\d) ?(?:人|例|名|户|‰|%)|\n\d{0,3}\.\d{1,3}(?=[，,；;。、])")
_UNREADABLE = re.compile(r"[0-9.?？]+(?:人|例|名|户|‰|%)?")  # a figure with a digit a scan left as ?

#: What :func:`fpcheck.normalize.ocr_figures` undoes in a figure as printed: a letter for a digit, a comma or full
#: stop for the point, a blank after it, %o for ‰, digits a blank apart (not a full-width comma before a group of
#: three: 42，491人 is thousands typed in full-width punctuation).
_OCR_MARK = re.compile(r"(?<=[0-9])[OolI]|[OolI](?=[0-9])|(?<=[0-9])。(?=[0-9])|(?<=[0-9])，(?=[0-9])(?![0-9]{3}(?![0-9.]))"
                       r"|(?<=[0-9]\.) |(?<=[0-9])%o|[0-9] [0-9] [0-9]")


_LETTER_SPACED = re.compile(r"(?:[^\s] ){3}$")  # (the three chars before a figure each a blank apart: 死 亡 |1 4 3)


def _ocr_read(doc: Document, catalog: Catalog) -> list[Finding]:
    """A warning on each figure read through scanning damage (29l人 read as 291): the reading is a repair."""
    out = []
    original = doc.text or ""
    for rec in doc.records:
        for v in rec.values.values():
            span = v.location.span
            printed = original[span[0]:span[1]] if span else ""
            if printed != v.printed and v.number is not None and _OCR_MARK.search(printed) \
                    and not (span and _LETTER_SPACED.search(original, max(0, span[0] - 6), span[0])):
                # (most are as printed; 全 年 死 亡 1 4 3 人: a letter-spaced line's figure, no scanning damage)
                name, printed = catalog[v.indicator].name, " ".join(printed.split())  # (1‖l7 wrapped: shown 1 l7)
                out.append(Finding(
                    "ocr_figure", "warning", [v.indicator],
                    f"{name}印作“{printed}”，按 {v.printed} 读取（疑为扫描识别错误，请核对原件）",
                    f"{v.indicator} is printed '{printed}', read as {v.printed} (likely scanning damage: check the source)",
                    location=v.location))
    return out


def _add_table_figures(doc: Document, ex: _Extractor) -> None:
    """Figures of text tables that belong to the unit whose text holds the table: a table of its parts' totals
    row (柏林镇's villages, then 合计: the town's counts; not a row naming a wider area, 全县合计 in a town's
    report) and a table of indicators by role (四术 任务数 | 完成数 | 完成率). Where the text states the same
    indicator, the first figure read wins, but over a table by role (the year's by kind), whose figure does."""
    rows = {row.label for t in ex.text_tables for row in t.rows}
    own = [r for r in doc.records if r.unit not in rows]  # (the text's own units, not its tables' rows)

    def home_of(start: int) -> Record | None:
        """The record whose text holds ``start``; else the text's one unit of its own (a report whose record's span
        is its title line, its table further down); else, of the records opening before it, the one of the longest
        text (a county's, whose text a town's sentence interrupted before the table: not the town's)."""
        at = ex.to_original(start, start)[0]
        before = [(s[1] - s[0], k) for k, r in enumerate(own) if (s := r.location.span) is not None and s[0] <= at]
        return next((r for r in doc.records if r.location.span and r.location.span[0] <= at < r.location.span[1]),
                    own[0] if len(own) == 1 else own[max(before)[1]] if before else None)

    found = [(t.total.label_span[0], t.total.label, ex.row_values(t.total), False) for t in ex.text_tables if t.total]
    found += [(t.span[0], "", ex.role_values(t), True) for t in ex.role_tables]
    for start, label, values, by_role in found:
        home = home_of(start)
        wider = ex.g.wider_than(home.unit) if home is not None else None
        if home is None or wider is not None and wider.search(label):
            continue
        for key, v in values.items():
            if by_role:  # (a table of 结扎 | 放环 … by task and done: its figure, not a sentence's part of it —
                home.values[key] = v  # 十一月…集中完成结扎手术37例 beside the year's 92)
            else:
                home.values.setdefault(key, v)
    for by_period in ex.period_tables:  # 指标 | 三季度 | 1—9月累计: a record of the unit per period
        if (home := home_of(by_period.span[0])) is not None:
            _add_periods(doc, home, ex.period_values(by_period), ex.loc(*by_period.span), ex.g.year_stocks)
    end = len(ex.t)  # (the title's year alone will do here: a row of that year says it is the report's)
    year = None if ex.statement_years(0, end) else ex.report_year(0, end) or ex.title_year(0, end, stated=False)
    for table in (t for t in ex.text_tables if t.by_period):  # 1月 … 12月: a record of the unit per month
        home = home_of(table.rows[0].label_span[0])
        if home is not None and home.period == "full-year" and _year_rows(table, home, year, ex):
            continue
        for row in table.rows if home is not None else ():
            doc.records.append(Record(home.unit, ex.row_values(row), _row_period(row.label),  # type: ignore[union-attr]
                                      ex.loc(*row.label_span)))
            doc.record_findings.append([])


def _add_periods(doc: Document, home: Record, by_period: dict[str | None, dict[str, Value]], where: Location,
                 stocks: frozenset[str]) -> None:
    """A period table's figures, each period's to the unit's record of that period: the unit's own record when
    it has no figure nor period yet, else one read before, else a new one. Beside a month's column (本期 | 累计),
    the stocks the unit's own record holds (注：11月末户籍人口…，年初…) are the to-date period's, whose rates they base."""
    if None in by_period and home.period is None and (to_date := next(
            (p for p in by_period if p and p.startswith("to-date")), None)) is not None:
        moved = {k: home.values.pop(k) for k in list(home.values) if k in stocks}
        by_period[to_date] = {**by_period[to_date], **{k: v for k, v in moved.items() if k not in by_period[to_date]}}
    for period, values in by_period.items():
        period = home.period if period == _OWN_PERIOD else period
        rec = next((r for r in doc.records if r.unit == home.unit and r.period == period), None)
        if rec is None and home.period is None and not home.values:
            rec, home.period = home, period
        if rec is None:
            doc.records.append(Record(home.unit, values, period, where))
            doc.record_findings.append([])
        else:
            for key, v in values.items():
                rec.values.setdefault(key, v)


def _year_rows(table: TextTable, home: Record, year: int | None, ex: _Extractor) -> bool:
    """A table of years (年份 | 年末人口 | 出生 …, 2013年 … 2018年) in a report on one of them: that year's row is the
    report's figures, the year before's year-end population its start; other years' rows are none. Whether the
    table was such a one."""
    rows = {_row_period(row.label): row for row in table.rows}
    if year is None or str(year) not in rows:
        return False
    for key, v in ex.row_values(rows[str(year)]).items():
        home.values.setdefault(key, v)
    before = ex.row_values(rows[str(year - 1)]) if str(year - 1) in rows else {}
    for stock in ("population_end", "population"):
        if stock in before:
            home.values.setdefault("population_start", dataclasses.replace(before[stock], indicator="population_start"))
            break
    return True


def _row_period(label: str) -> str:
    """The period a text table's row label names, as records spell periods: 2019年 → 2019, 8月(份) → month: 8月."""
    label = label.replace(" ", "")
    return label[:4] if label.endswith("年") or label.isdigit() else f"month: {label.removesuffix('份')}"


def _joined(first: UnitFigures, second: UnitFigures) -> UnitFigures:
    """Two sources' units' figures as one: a unit in both (a row of a text table and a 分别 list) keeps every
    figure, the one printed first winning where both give an indicator."""
    out = dict(first)
    for name, (values, findings, windows) in second.items():
        if name not in out:
            out[name] = (values, findings, windows)
            continue
        values0, findings0, windows0 = out[name]
        early, late = (values, values0) if windows[0][0] < windows0[0][0] else (values0, values)
        joined = dict(early)
        for key, v in late.items():
            joined.setdefault(key, v)
        out[name] = (joined, findings0 + findings, sorted(windows0 + windows))
    return out


def _add_listed(doc: Document, ex: _Extractor, listed: UnitFigures, beside: set[int]) -> None:
    """Units' figures from sentences listing several units: each joined to its unit's record (the first figure
    read for an indicator wins), or a record of its own in the period of the record whose text they sit in (not
    one split off beside it: a township table in a brief on 8月份 and 1—8月累计 is the month's)."""
    first: dict[str | None, int] = {}
    for i, r in enumerate(doc.records):
        first.setdefault(r.unit, i)
    homes = [r for i, r in enumerate(doc.records) if i not in beside]
    starts = [(r.location.span or (0, 0))[0] for r in homes]  # (records so far are in text order)
    periods = [r.period for r in homes]
    for name, (values, findings, windows) in listed.items():
        same = first.get(name)
        if same is not None:
            for key, v in values.items():
                doc.records[same].values.setdefault(key, v)
            doc.record_findings[same].extend(findings)
            continue
        start, end = windows[0][0], windows[-1][1]
        around = bisect_right(starts, ex.to_original(start, start)[0]) - 1
        period = ex.period(windows, start, end) or (periods[around] if around >= 0 else None)
        doc.records.append(Record(unit=name, values=values, period=period, location=ex.loc(start, end)))
        doc.record_findings.append(findings)
