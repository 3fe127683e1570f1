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
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from weakref import WeakKeyDictionary

import yaml

from fpcheck.catalog import Catalog, default_catalog, schemas_dir
from fpcheck.model import Document, Finding, Location, Record, Value
from fpcheck.normalize import Normalized, normalize
from fpcheck.numerals import parse_number

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUMBER_START = frozenset("0123456789Xx*‰%")
#: How far back (chars) a cue's clause and sentence are read for target/period/qualifier words. Real
#: sentences are far shorter; the bound keeps unbroken input linear.
LOOKBACK = 400
_UNSET: Any = object()
#: Look-back windows up to this long are searched directly; longer ones first ask where a match could start.
_SHORT_WINDOW = 96
_NUM = r"\d{1,15}(?:\.\d{1,8})?(?:亿(?:\d{1,8}(?:\.\d{1,8})?万)?|万)?"


@cache
def patterns() -> dict[str, Any]:
    """The phrasing data (``schemas/patterns.yaml``)."""
    with open(schemas_dir() / "patterns.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _trie_regex(words: list[str]) -> str:
    """A regex matching the longest of ``words`` (greedy trie: no nested quantifiers over overlaps)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


_LOOKAROUND = re.compile(r"\(\?<?[=!](?:\[[^\]]*\]|\\.|[^()\[\]\\])*\)")


def _starts_re(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A zero-width pattern matching wherever ``rx`` without its lookarounds could start a match (overlaps
    included), or None when ``rx`` cannot be relaxed safely (then every window is searched)."""
    relaxed = _LOOKAROUND.sub("", rx.pattern)
    if "(?=" in relaxed or "(?!" in relaxed or "(?<" in relaxed or "^" in relaxed or "$" in relaxed:
        return None
    try:
        return re.compile(f"(?=(?:{relaxed}))")
    except re.error:
        return None


def _plain_frozen(cls: type, names: tuple[str, ...]) -> bool:
    """Whether ``cls`` is still a frozen dataclass with exactly the plain fields ``names`` (so it may be
    built by filling its ``__dict__``)."""
    return (tuple(f.name for f in dataclasses.fields(cls)) == names and not hasattr(cls, "__post_init__")
            and "__slots__" not in cls.__dict__)


_new = object.__new__

# A report builds one Value and one Location per figure; the frozen dataclass __init__ sets each field
# through object.__setattr__, 3–4× slower than filling the instance dict. Same objects, same equality.
if _plain_frozen(Location, ("source", "span", "line", "column", "sheet", "cell")):
    def _Location(source: str, span: tuple[int, int], line: int) -> Location:
        obj = _new(Location)
        obj.__dict__.update(source=source, span=span, line=line, column=None, sheet=None, cell=None)
        return obj
else:  # pragma: no cover - the model changed: use its constructor
    def _Location(source: str, span: tuple[int, int], line: int) -> Location:
        return Location(source=source, span=span, line=line)

if _plain_frozen(Value, ("indicator", "number", "printed", "decimals", "scale", "location", "masked",
                         "unit_printed")):
    def _Value(indicator: str, number: float | None, printed: str, decimals: int, scale: float,
               location: Location, masked: bool, unit_printed: str | None) -> Value:
        obj = _new(Value)
        obj.__dict__.update(indicator=indicator, number=number, printed=printed, decimals=decimals, scale=scale,
                            location=location, masked=masked, unit_printed=unit_printed)
        return obj
else:  # pragma: no cover
    _Value = Value  # type: ignore[assignment,misc]


#: Numbers are parsed once per distinct printed string (reports repeat figures and years).
_parse = lru_cache(maxsize=8192)(parse_number)


@dataclass(frozen=True)
class _Cue:
    indicator: str | None  # explicit meaning
    role: str | None  # contextual meaning


class _Grammar:
    """Everything compiled once per catalog."""

    def __init__(self, catalog: Catalog) -> None:
        p = patterns()
        self.catalog = catalog
        for key in ['bound_after', 'target_clause', 'target_sentence', 'other_period_clause', 'other_unit_clause', 'negation_before', 'weak_left_ok', 'cut_after', 'unit_break', 'self_reference', 'unit_name', 'not_place', 'plan_title', 'plan_opening', 'heading', 'target_heading', 'breakdown_subject']:
            setattr(self, key, re.compile(p[key]))
        cues: dict[str, _Cue] = {}
        for ind in catalog:
            for name in ind.names:
                if _CJK.search(name) and not re.search(r"[()（）‰%]", name):
                    cues.setdefault(name, _Cue(ind.id, None))
        for ind_id, words in (p.get("cues") or {}).items():
            if ind_id in catalog:
                for w in words:
                    cues.setdefault(w, _Cue(ind_id, None))
        for w, role in (p.get("contextual") or {}).items():
            old = cues.get(w)
            cues[w] = _Cue(old.indicator if old else None, role)
        self.cues = cues
        self.cue_re = re.compile(_trie_regex(list(cues)))
        conn = sorted(p["connectors"], key=len, reverse=True)
        self.gap_re = re.compile("(?:" + "|".join(re.escape(c) for c in conn) + "){0,%d}" % p["max_gap"])
        self.max_gap = int(p["max_gap"])
        self.num_re = re.compile(f"({p['mask']})|({_NUM})")
        self.qualify = {k: [(re.compile(q["before"]), q["becomes"]) for q in v] for k, v in (p.get("qualify") or {}).items()}
        target_words = [w for w, c in cues.items() if c.indicator in set(p["target_indicators"])]
        self.target_words = re.compile(_trie_regex(target_words)) if target_words else None
        self.approx = tuple(sorted(p["approx_suffix"], key=len, reverse=True))
        self.units = {m: tuple(sorted(u, key=len, reverse=True)) for m, u in p["units"].items()}
        self.mismatch = {m: tuple(u) for m, u in (p.get("mismatch_units") or {}).items()}
        self.unit_stop = set(p["unit_stop"])
        self.weak_len = int(p["weak_len"])
        self.negation_window = int(p["negation_window"])
        self.clause_breaks = re.compile("[" + re.escape(p["clause_breaks"]) + "]")
        self.sentence_breaks = re.compile("[" + re.escape(p["sentence_breaks"]) + "]")
        sb = frozenset(p["sentence_breaks"])
        self.sentence_in_clause = sb if sb <= frozenset(p["clause_breaks"]) else None
        self.targets = set(p["target_indicators"])
        self.share = dict(p["share_of_target"])
        self.share_link = p["share_link"]
        self.family_of: dict[str, str] = {}
        self.roles: dict[str, dict[str, str]] = {}
        self.paren_roles: dict[str, dict[str, str]] = {}
        for fam, spec in p["families"].items():
            for m in spec.get("members") or ():
                self.family_of.setdefault(m, fam)
            self.roles[fam] = dict(spec.get("roles") or {})
            self.paren_roles[fam] = {**self.roles[fam], **(spec.get("paren_roles") or {})}
        place = p["place"]
        self.place_title = re.compile(p["place_title"].replace("PLACE", place))
        self.place_early = re.compile(p["place_early"].replace("PLACE", place))
        self.place_window = int(p["place_window"])
        self.unit_heading = re.compile(p["unit_heading"].replace("PLACE", place))
        self.title_lines, self.title_max = int(p["title_lines"]), int(p["title_max_len"])
        per = p["periods"]
        self.half_year = re.compile(per["half_year"])
        self.to_date = re.compile(per["to_date"])
        self.to_date_range = re.compile(per["to_date_range"])
        self.full_year = re.compile(per["full_year"])
        # Per indicator: (measure, units it may carry incl. mismatched ones, mismatched units): read_number
        # runs once per figure, so nothing it needs is looked up twice.
        self.spec: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
        for ind in catalog:
            m = ind.measure
            self.spec[ind.id] = (m, self.units.get(m, ()) + self.mismatch.get(m, ()), self.mismatch.get(m, ()))
        self.approx_first = frozenset(a[0] for a in self.approx)
        #: Where each look-back pattern could start a match (lookarounds dropped: a superset), found once per
        #: document; a window holding no such start cannot match, so it is not searched at all.
        self.trigger = {key: _starts_re(getattr(self, key)) for key in
                        ("other_period_clause", "other_unit_clause", "target_clause", "target_sentence")}
        if self.target_words is not None:
            self.trigger["target_words"] = _starts_re(self.target_words)
        for ind_id, quals in self.qualify.items():
            trig = [_starts_re(rx) for rx, _ in quals]
            self.trigger["qualify:" + ind_id] = (
                None if any(x is None for x in trig) else re.compile("|".join(x.pattern for x in trig)))  # type: ignore[union-attr]
        cats = sorted(p["breakdown_categories"], key=len, reverse=True)
        self.bd_item = re.compile("(" + "|".join(map(re.escape, cats)) + r")(\d{1,9})人")
        self.bd_open = re.compile(r"(\d{1,9})人[(（]")


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
        self.clause_pos = [m.start() for m in g.clause_breaks.finditer(self.t)]
        if g.sentence_in_clause is not None:  # every sentence break is a clause break: pick them out
            t, sb = self.t, g.sentence_in_clause
            self.sent_pos = [i for i in self.clause_pos if t[i] in sb]
        else:
            self.sent_pos = [m.start() for m in g.sentence_breaks.finditer(self.t)]
        self.findings: list[Finding] = []
        self.parens: list[_Paren] = []
        self.paren_starts: list[int] = []
        self.pos: dict[int, tuple[int, int]] = {}  # id(value) → normalised (cue start, value end)
        self._starts: dict[str, list[int] | None] = {}  # look-back pattern → where a match could start

    # --- positions ----------------------------------------------------------------------------
    def _start_of(self, breaks: list[int], pos: int) -> int:
        i = bisect_right(breaks, pos - 1)
        return breaks[i - 1] + 1 if i else 0

    def _window_start(self, breaks: list[int], pos: int) -> int:
        """Start of the clause/sentence holding ``pos``, but at most ``LOOKBACK`` chars back: text that
        never breaks (a 1 MB line) must not make every cue rescan everything before it."""
        return max(self._start_of(breaks, pos), pos - LOOKBACK)

    def loc(self, start: int, end: int) -> Location:
        s, e = self.n.to_original(start, end)
        return _Location(self.source, (s, e), self.n.line_of(s))

    # --- document structure -----------------------------------------------------------------------
    def is_plan(self) -> bool:
        lines = [ln.strip() for ln in self.t.split("\n", 40)[:40] if ln.strip()][: self.g.title_lines]
        if any(len(ln) <= self.g.title_max and self.g.plan_title.search(ln) for ln in lines):
            return True
        return bool(self.g.plan_opening.search(self.t, 0, 400))

    def target_sections(self) -> list[tuple[int, int]]:
        heads = list(self.g.heading.finditer(self.t))
        out = []
        for i, h in enumerate(heads):
            if self.g.target_heading.search(h.group(2).strip()):
                end = heads[i + 1].start() if i + 1 < len(heads) else len(self.t)
                out.append((h.start(), end))
        return out

    def units(self) -> list[tuple[int, int, str | None]]:
        """Reporting units: (start, end, name from a heading or None)."""
        cuts: dict[int, str | None] = {m.end(): None for m in self.g.unit_break.finditer(self.t)}
        for m in self.g.unit_heading.finditer(self.t):
            if not self.g.not_place.search(m.group(1)):
                cuts[m.start(1) - (1 if m.group(0).startswith("\n") else 0)] = self.orig(*m.span(1))
        starts = sorted(cuts)
        bounds = [0, *starts, len(self.t)]
        names = [None, *(cuts[c] for c in starts)]
        return [(a, b, n) for a, b, n in zip(bounds, bounds[1:], names) if b > a]

    def orig(self, start: int, end: int) -> str:
        s, e = self.n.to_original(start, end)
        return self.n.original[s:e]

    def unit_name(self, a: int, b: int) -> str | None:
        """The unit as the text names it (original spelling), None when masked or unnamed."""
        g, t = self.g, self.t
        line_end = t.find("\n", a, a + 200)
        m = g.place_title.match(t, a, line_end if line_end > 0 else min(b, a + 200))
        if m:
            if m.group(1) is None:
                return None  # XX镇: masked
            if not g.not_place.search(m.group(1)):
                return self.orig(*m.span(1))
        m = g.unit_name.search(t, a, min(b, a + 3000))
        if m and not g.not_place.search(m.group(1)):
            return self.orig(*m.span(1))
        for m in g.place_early.finditer(t, a, min(b, a + g.place_window)):
            if not g.not_place.search(m.group(1)):
                return self.orig(*m.span(1))
        m = g.self_reference.search(t, a, b)
        return m.group(0) if m else None

    def period(self, spans: list[tuple[int, int]], a: int, b: int) -> str | None:
        texts = [self.t[self._window_start(self.sent_pos, s) : e] for s, e in spans] or [self.t[a : min(b, a + 300)]]
        text = "\n".join(texts)
        if self.g.half_year.search(text):
            return "half-year"
        m = self.g.to_date.search(text)
        if m:
            return f"to-date: {m.group(1)}"
        m = self.g.to_date_range.search(text)
        if m:
            return f"to-date: {m.group(1)}月"
        return "full-year" if self.g.full_year.search(text) else None

    # --- breakdowns -------------------------------------------------------------------------------
    def find_parens(self) -> None:
        """Parentheses after ``<subject>N人``: a foreign subject's parity breakdown is checked, not read."""
        g, t = self.g, self.t
        if "人(" not in t and "人（" not in t:  # what bd_open needs (a fast scan)
            return
        for m in g.bd_open.finditer(t):
            close = min((i for i in (t.find(")", m.end(), m.end() + 160), t.find("）", m.end(), m.end() + 160)) if i >= 0), default=-1)
            if close < 0:
                continue
            inner = t[m.end() : close]
            items = list(g.bd_item.finditer(inner))
            if not items:
                continue
            subj = g.breakdown_subject.search(t, max(0, m.start() - 6), m.start())
            if not subj:
                continue
            name = subj.group(1)
            cue_end = [c.end() for c in g.cue_re.finditer(name) if c.end() > c.start()]
            if cue_end and cue_end[-1] == len(name):
                continue  # a catalog count: its breakdown is read as values
            self.add_paren(_Paren(m.end() - 1, close + 1, None, True))
            total = int(m.group(1))
            parts = [int(i.group(2)) for i in items]
            if len(parts) >= 2 and sum(parts) != total:
                figs = "、".join(f"{i.group(1)}{i.group(2)}人" for i in items)
                self.findings.append(Finding(
                    rule="breakdown_sum", severity="error", indicators=[],
                    message=f"{name}{total}人，但分项（{figs}）合计{sum(parts)}人",
                    message_en=f"{name}: total {total}, but the breakdown by children ({figs}) sums to {sum(parts)}",
                    expected=float(total), actual=float(sum(parts)), location=self.loc(m.start(1), m.end(1))))

    def add_paren(self, p: _Paren) -> None:
        i = bisect_right(self.paren_starts, p.start)
        self.paren_starts.insert(i, p.start)
        self.parens.insert(i, p)

    def paren_at(self, pos: int) -> _Paren | None:
        i = bisect_right(self.paren_starts, pos - 1)
        p = self.parens[i - 1] if i else None
        return p if p is not None and p.start < pos < p.end else None

    # --- values -------------------------------------------------------------------------------------
    def read_number(self, pos: int, ind_id: str, build: bool = True) -> tuple[Value | None, int, list[Finding]] | None:
        """The value printed at ``pos`` (after the gap) for ``ind_id``, and where it ends.

        ``build=False``: only whether there is one and where it ends (value None), for a figure that will
        not be kept (blocked or already read): no location or value is built for it."""
        g, t = self.g, self.t
        measure, units, mismatch = g.spec[ind_id]
        m = g.num_re.match(t, pos)
        if m is None:  # a blank in a template: 出生率为‰
            if measure in ("permille", "percent") and t.startswith(units, pos):
                v = _Value(ind_id, None, "", 0, 1.0, self.loc(pos, pos + 1), True, t[pos])
                return v, pos + 1, [self._masked(v)]
            return None
        nstart, nend = m.span()
        if nstart > 0 and (t[nstart - 1].isdigit() or t[nstart - 1] == "."):
            return None
        printed, masked = m.group(0), m.group(1) is not None
        end = nend
        n = len(t)
        if measure == "per100" and not masked and t.startswith((":", "："), end):
            m2 = g.num_re.match(t, end + 1)  # 100:118, 106.63:100 — the base (100) is an integer
            if not m2 or m2.group(1):
                return None
            a, b = printed, m2.group(0)
            if "." not in a and (float(a) == 100 or float(b) != 100 and ("." in b or "." not in a + b)):
                printed, (nstart, nend) = b, m2.span()
            end = m2.end()
        if end >= n:
            unit = None
        else:
            if g.cut_after.match(t, end):
                return None
            if t[end] in g.approx_first:
                for a in g.approx:
                    if t.startswith(a, end):
                        end += len(a)
                        break
            unit = None
            for u in units:
                if t.startswith(u, end):
                    unit = u
                    break
            if unit is not None:
                end += len(unit)
                if end < n and t[end] in g.unit_stop:
                    return None
            elif end < n and (_CJK.match(t, end) or t[end].isalnum() or t[end] in "%‰.·:：/-~"):
                return None  # 2023年, 20元, 6月, 3个 …: not this indicator's unit
            if end < n and g.bound_after.match(t, end) and not masked:
                return None
        if masked:
            if not build:
                return None, end, []
            dec = len(printed.split(".", 1)[1]) if "." in printed else 0
            v = _Value(ind_id, None, printed, dec, 1.0, self.loc(nstart, nend), True, unit)
            return v, end, [self._masked(v)]
        pn = _parse(printed)
        if pn is None:
            return None
        if not build:
            return None, end, []
        v = _Value(ind_id, pn.value, printed, pn.decimals, pn.scale, self.loc(nstart, nend), False, unit)
        if unit is not None and unit in mismatch:
            want = g.catalog[ind_id].unit
            return v, end, [Finding("unit_mismatch", "warning", [ind_id],
                                    f"{g.catalog[ind_id].name}应以{want}表示，原文为{printed}{unit}，按原文读取",
                                    f"{ind_id} is a {measure} figure but printed as {printed}{unit}; read as printed",
                                    location=v.location)]
        return v, end, []

    def _masked(self, v: Value) -> Finding:
        name, shown = self.g.catalog[v.indicator].name, v.printed or "空白"
        return Finding("masked_value", "info", [v.indicator],
                       f"{name}的数字被遮盖或留空（{shown}），未读取数值",
                       f"{v.indicator} is masked or blank in the text ({v.printed or 'blank'}); no number read",
                       location=v.location)

    def _may_match(self, key: str, lo: int, hi: int) -> bool:
        """Whether look-back pattern ``key`` could match inside ``t[lo:hi]``: False when no position there
        can start a match (found once per document, lookarounds ignored), so the window is not searched.
        Short windows (the usual clause) are simply searched: finding the starts would cost more."""
        if hi - lo <= _SHORT_WINDOW:
            return True
        starts = self._starts.get(key, _UNSET)
        if starts is _UNSET:
            rx = self.g.trigger.get(key)
            starts = None if rx is None else [m.start() for m in rx.finditer(self.t)]
            self._starts[key] = starts
        if starts is None:
            return True
        i = bisect_left(starts, lo)  # type: ignore[arg-type]
        return i < len(starts) and starts[i] < hi  # type: ignore[arg-type,index]

    def blocked(self, cue_start: int, ind_id: str, sections: list[tuple[int, int]]) -> bool:
        g, t = self.g, self.t
        if sections:
            i = bisect_right(sections, (cue_start, len(t) + 1))
            if i and sections[i - 1][0] <= cue_start < sections[i - 1][1]:
                return True
        cs = self._window_start(self.clause_pos, cue_start)
        may = self._may_match
        if may("other_period_clause", cs, cue_start) and g.other_period_clause.search(t[cs:cue_start]):
            return True
        if may("other_unit_clause", cs, cue_start) and g.other_unit_clause.search(t[cs:cue_start]):
            return True
        if ind_id in g.targets:
            return False
        ss = self._window_start(self.sent_pos, cue_start)
        if g.target_words is not None and may("target_words", ss, cue_start):  # 人口计划210人 names a quota, not a plan
            sentence = g.target_words.sub("", t[ss:cue_start])
            clause = g.target_words.sub("", t[cs:cue_start])
            return bool(g.target_clause.search(clause) or g.target_sentence.search(sentence))
        # no target word in the window: clause and sentence are searched as printed (cs >= ss)
        if may("target_clause", cs, cue_start) and g.target_clause.search(t[cs:cue_start]):
            return True
        return may("target_sentence", ss, cue_start) and g.target_sentence.search(t[ss:cue_start]) is not None

    def qualified(self, ind_id: str, cue_start: int) -> str:
        """The bare population cue after 年末/年初 earlier in the sentence is population_end/start."""
        quals = self.g.qualify.get(ind_id)
        if not quals:
            return ind_id
        ss = self._window_start(self.sent_pos, cue_start)
        if not self._may_match("qualify:" + ind_id, ss, cue_start):
            return ind_id
        best, where = ind_id, -1
        for rx, becomes in quals:
            for m in rx.finditer(self.t, ss, cue_start):
                if m.start() > where:
                    best, where = becomes, m.start()
        return best

    def unit_values(self, a: int, b: int, sections: list[tuple[int, int]]):
        g, t = self.g, self.t
        cues, cue_re, gap_re, max_gap, weak_len = g.cues, g.cue_re, g.gap_re, g.max_gap, g.weak_len
        weak_left_ok, negation_before, neg_win = g.weak_left_ok, g.negation_before, g.negation_window
        family_of, spec, qualify, sent_pos = g.family_of, g.spec, g.qualify, self.sent_pos
        values: dict[str, Value] = {}
        findings: list[Finding] = []
        subject: str | None = None
        subject_sent = -1
        pos = a
        # One finditer pass; after a figure moves ``pos`` past a cue match's start, the scan restarts at
        # ``pos`` (what a fresh search from ``pos`` would find, as before).
        it = cue_re.finditer(t, a, b)
        while True:
            m = next(it, None)
            if m is None:
                break
            cs, ce = m.span()
            if cs < pos:
                it = cue_re.finditer(t, pos, b)
                continue
            pos = ce if ce > cs else cs + 1
            if ce == cs:
                continue
            cue = cues[m.group()]
            if ce - cs <= weak_len and cs > 0 and not weak_left_ok.search(t, max(0, cs - 2), cs):
                continue
            i = bisect_right(sent_pos, cs - 1)
            sent = sent_pos[i - 1] + 1 if i else 0
            if sent != subject_sent:
                subject, subject_sent = None, sent
            at = gap_re.match(t, ce, min(b, ce + max_gap)).end()  # type: ignore[union-attr]
            if at >= b or t[at] not in _NUMBER_START:  # no figure here: only the subject may change
                if not cue.role:
                    subject = family_of.get(cue.indicator) if cue.indicator else None
                continue
            if negation_before.search(t, max(0, cs - neg_win), cs):
                continue
            paren = self.paren_at(cs) if self.parens else None
            if paren is not None and paren.foreign:
                continue
            ind_id = None
            if cue.role:
                if paren is not None and paren.family:
                    ind_id = g.paren_roles[paren.family].get(cue.role)
                if ind_id is None and subject is not None:
                    ind_id = g.roles.get(subject, {}).get(cue.role)
                if ind_id is None and subject is None:
                    ind_id = cue.indicator
            else:
                ind_id = cue.indicator
                subject = family_of.get(ind_id) if ind_id else None
            if ind_id is None or ind_id not in spec:
                continue
            if ind_id in qualify:
                ind_id = self.qualified(ind_id, cs)
            share = g.share.get(ind_id)
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
                if self.blocked(cs, ind_id, sections):
                    continue
                v = None
            else:
                blocked = self.blocked(cs, ind_id, sections)
                got = self.read_number(at, ind_id, build=not blocked)
                if got is None:
                    continue
                v, end, fs = got
                if end > pos:
                    pos = end
                if blocked:
                    continue
                if v is not None:
                    values[ind_id] = v
                    self.pos[id(v)] = (cs, end)
                    if fs:
                        findings.extend(fs)
            if end < b and t[end] in "(（":
                close = t.find(")" if t[end] == "(" else "）", end, min(b, end + 160))
                stop = self.sentence_breaks_after(end)
                self.add_paren(_Paren(end, close + 1 if 0 <= close < stop else stop, family_of.get(ind_id), False))
            if share and t.startswith(g.share_link, end):
                got2 = self.read_number(end + len(g.share_link), share)
                if got2 is not None and got2[0].unit_printed is not None:  # type: ignore[union-attr]
                    if share not in values:
                        values[share] = got2[0]  # type: ignore[assignment]
                        self.pos[id(got2[0])] = (end, got2[1])
                        findings.extend(got2[2])
                    pos = max(pos, got2[1])
        return values, findings

    def sentence_breaks_after(self, pos: int) -> int:
        i = bisect_right(self.sent_pos, pos)
        return self.sent_pos[i] if i < len(self.sent_pos) else len(self.t)


def extract(original: str, source: str, *, catalog: Catalog | None = None) -> Document:
    """Normalise, split into reporting units, extract every catalog indicator the text states."""
    catalog = catalog or default_catalog()
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
    sections = ex.target_sections()
    for a, b, heading_name in ex.units():
        values, findings = ({}, []) if plan else ex.unit_values(a, b, sections)
        unit = heading_name or ex.unit_name(a, b)
        preamble = a == 0 and b < len(ex.t) and heading_name is None and not plan
        if not values and (unit is None or preamble):
            continue  # no figures and no name, or the preamble before the first unit
        period = ex.period([ex.pos[id(v)] for v in values.values()], a, b)
        rec = Record(unit=unit, values=values, period=period, location=ex.loc(a, b))
        doc.records.append(rec)
        doc.record_findings.append(findings)
    doc.findings.extend(ex.findings)
    return doc
