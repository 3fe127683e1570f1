"""Corruption operators: what a printed figure may have been before scraping, OCR or typing damaged it.

Each operator is the inverse of one kind of damage. Given a printed figure (``"5622023"``, ``"20230118"``,
``"12O"``, ``"1316"``) :func:`candidates` proposes originals with a cost (lower = more likely; costs add when
operators compose). :func:`corrupt` applies the damage itself (for property tests and the repair benchmark).
:func:`suspicions` and :func:`find_impossible_dates` flag figures that look damaged on their own.

The token pairs, OCR confusions and costs are data: ``schemas/corruption.yaml``.

Composition order (reversing the damage): OCR letters → pasted tokens → lost colon (per100 only) → at most
one of decimal shift / one keystroke. A sign flip (a minus sign lost, or a stray one) stands alone. A
candidate's ``operator`` is the last step of that chain (the one that produced its value); ``steps`` lists
the whole chain.
"""

from __future__ import annotations

import random
import re
import math
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any


from fpcheck.catalog import read_yaml, schemas_dir

OPERATORS: tuple[str, ...] = (
    "token_paste",
    "lost_colon",
    "ocr_confusion",
    "decimal_shift",
    "transposition",
    "jump_transposition",
    "digit_dropped",
    "digit_doubled",
    "digit_inserted",
    "digit_substituted",
    "sign_flip",
    "chunk_cut",
    "inverted_ratio",
)
KEYSTROKE: tuple[str, ...] = ("transposition", "jump_transposition", "digit_dropped", "digit_doubled", "digit_inserted",
                               "digit_substituted")
#: The operators a diagnosis asks only near a value a rule pins (a keystroke reaches too many figures to try
#: them all; a ratio's inverse is worth trying only where counts say what the ratio should be).
TARGETED: tuple[str, ...] = (*KEYSTROKE, "inverted_ratio")
INTEGER_MEASURES = frozenset({"persons", "cases"})
_ORDER = {op: i for i, op in enumerate(OPERATORS)}
_DIGITS = "0123456789"
_GRID_MAX = 200  # target mode: most values of the target's grid we check directly before enumerating instead
_MAX_TOKEN_OCCURRENCES = 4  # at most 15 subsets per token pair
_MAX_ENUMERATE_LEN = 15  # longer figures: keystroke candidates only in target mode

_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_RATIO_SQUARE = 10_000  # a per-100 ratio and its inverse multiply to 100²
_FULLWIDTH = str.maketrans("０１２３４５６７８９．－−", "0123456789.--")
_UNIT_SUFFIX_RE = re.compile(r"\s*[%％‰]\s*$")
_CUT_RE = re.compile(r"(?P<left>\d[\d.]*?)\s*(?P<marker>[1-9]\d{0,2})\s*[、，,]\s*(?P<right>[\d.]*\d)")


# --------------------------------------------------------------------------------------------------------
# the data
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenPair:
    """A token the scraper pasted (``pasted``) where ``original`` was printed."""

    pasted: str
    original: str


@dataclass(frozen=True)
class CorruptionTable:
    """``schemas/corruption.yaml``: operator costs, pasted tokens, OCR confusions."""

    costs: dict[str, float]
    extra: dict[str, float]
    tokens: tuple[TokenPair, ...]
    ocr: dict[str, tuple[str, ...]]
    ratio_base: str = "100"
    out_of_proportion_factor: float = 50.0
    max_month: int = 12
    max_day: int = 31
    swap_pairs: tuple[tuple[str, str], ...] = ()  # indicators a clerk may print in each other's places

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> CorruptionTable:
        costs = {k: float(v) for k, v in (data.get("costs") or {}).items()}
        missing = [op for op in OPERATORS if op not in costs]
        if missing:
            raise ValueError(f"corruption table: no cost for {', '.join(missing)}")
        if any(c <= 0 for c in costs.values()):
            raise ValueError("corruption table: costs must be > 0")
        tokens = tuple(TokenPair(str(t["pasted"]), str(t["original"])) for t in data.get("tokens") or ())
        ocr = {str(k): tuple(str(d) for d in (v if isinstance(v, list) else [v])) for k, v in (data.get("ocr") or {}).items()}
        susp = data.get("suspicion") or {}
        return cls(
            costs=costs,
            extra={k: float(v) for k, v in (data.get("extra") or {}).items()},
            tokens=tokens,
            ocr=ocr,
            ratio_base=str(data.get("ratio_base", "100")),
            out_of_proportion_factor=float(susp.get("out_of_proportion_factor", 50)),
            max_month=int(susp.get("max_month", 12)),
            max_day=int(susp.get("max_day", 31)),
            swap_pairs=tuple((str(a), str(b)) for a, b in data.get("swap_pairs") or ()),
        )

    @classmethod
    def from_yaml(cls, path: Path) -> CorruptionTable:
        return cls.from_data(read_yaml(path))

    def cost(self, op: str) -> float:
        return self.costs[op]

    def x(self, key: str) -> float:
        return self.extra.get(key, 0.0)


@cache
def default_table() -> CorruptionTable:
    """The bundled table (``schemas/corruption.yaml``)."""
    return CorruptionTable.from_yaml(schemas_dir() / "corruption.yaml")


def operator_names() -> tuple[str, ...]:
    """The stable operator ids, in a fixed order."""
    return OPERATORS


# --------------------------------------------------------------------------------------------------------
# candidates
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A figure the printed one may originally have been."""

    value: float
    printed: str
    decimals: int
    operator: str
    cost: float
    note_zh: str
    note_en: str
    steps: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Path:
    body: str  # unsigned
    cost: float
    steps: tuple[str, ...]
    zh: tuple[str, ...]
    en: tuple[str, ...]

    def then(self, body: str, op: str, cost: float, zh: str, en: str) -> _Path:
        return _Path(body, round(self.cost + cost, 6), (*self.steps, op), (*self.zh, zh), (*self.en, en))


def _clean(printed: str) -> str:
    s = str(printed).strip().translate(_FULLWIDTH)
    s = _UNIT_SUFFIX_RE.sub("", s)
    return s.replace(",", "") if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", s) else s


def _split_sign(s: str) -> tuple[str, str]:
    return ("-", s[1:]) if s.startswith("-") else ("", s)


def _is_number(body: str) -> bool:
    return _NUMBER_RE.fullmatch(body) is not None


def _canonical(body: str) -> bool:
    """A number as it would be printed: no leading zeros (``0.5`` is fine, ``05`` is not)."""
    if not _is_number(body):
        return False
    ip = body.split(".", 1)[0]
    return ip == "0" or not ip.startswith("0")


def _decimals(body: str) -> int:
    return len(body.split(".", 1)[1]) if "." in body else 0


def _value(sign: str, body: str) -> float:
    return float(sign + body)


def _ocr_paths(p: _Path, table: CorruptionTable) -> list[_Path]:
    letters = [i for i, ch in enumerate(p.body) if ch in table.ocr]
    if not letters:
        return []
    choices = [table.ocr[p.body[i]] for i in letters]
    n = 1
    for c in choices:
        n *= len(c)
    if n > 64:
        return []
    out = []
    cost = table.cost("ocr_confusion") + table.x("ocr_extra_letter") * (len(letters) - 1)
    for combo in _product(choices):
        chars = list(p.body)
        for i, d in zip(letters, combo, strict=True):
            chars[i] = d
        body = "".join(chars)
        out.append(
            p.then(body, "ocr_confusion", cost, f"OCR 把数字误认成字母：{p.body} → {body}", f"OCR read digits as letters: {p.body} → {body}")
        )
    return out


def _product(choices: list[tuple[str, ...]]) -> Iterator[tuple[str, ...]]:
    if not choices:
        yield ()
        return
    for head in choices[0]:
        for rest in _product(choices[1:]):
            yield (head, *rest)


def _occurrences(s: str, token: str) -> list[int]:
    out, i = [], s.find(token)
    while i >= 0:
        out.append(i)
        i = s.find(token, i + 1)
    return out


def _nonoverlapping_sets(occ: list[int], width: int) -> Iterator[tuple[int, ...]]:
    """Every non-empty set of non-overlapping occurrences."""

    def rec(start: int, last_end: int, chosen: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        for j in range(start, len(occ)):
            if occ[j] >= last_end:
                picked = (*chosen, occ[j])
                yield picked
                yield from rec(j + 1, occ[j] + width, picked)

    yield from rec(0, 0, ())


def _max_nonoverlapping(occ: list[int], width: int) -> int:
    n, end = 0, 0
    for i in occ:
        if i >= end:
            n, end = n + 1, i + width
    return n


def _token_paths(p: _Path, table: CorruptionTable) -> list[_Path]:
    out = []
    for pair in table.tokens:
        occ = _occurrences(p.body, pair.pasted)[:_MAX_TOKEN_OCCURRENCES]
        if not occ:
            continue
        w = len(pair.pasted)
        n_max = _max_nonoverlapping(occ, w)
        whole = table.x("token_whole_figure") if p.body == pair.pasted else 0.0
        for chosen in _nonoverlapping_sets(occ, w):
            parts, prev = [], 0
            for i in chosen:
                parts += [p.body[prev:i], pair.original]
                prev = i + w
            body = "".join(parts) + p.body[prev:]
            cost = table.cost("token_paste") + table.x("token_kept") * max(0, n_max - len(chosen)) + whole
            out.append(
                p.then(
                    body,
                    "token_paste",
                    cost,
                    f"“{pair.pasted}”覆盖了“{pair.original}”：{p.body} → {body}",
                    f"'{pair.pasted}' pasted over '{pair.original}': {p.body} → {body}",
                )
            )
    return out


def _lost_colon_paths(p: _Path, table: CorruptionTable) -> list[_Path]:
    base, s = table.ratio_base, p.body
    out: list[_Path] = []
    if len(s) <= len(base):
        return out
    cost = table.cost("lost_colon")
    if s.startswith(base) and _is_number(s[len(base) :]):
        r = s[len(base) :]
        out.append(p.then(r, "lost_colon", cost, f"比值丢了冒号：{s} = {base}:{r} → {r}", f"colon lost in a ratio: {s} = {base}:{r} → {r}"))
    if s.endswith(base) and _is_number(s[: -len(base)]):
        r = s[: -len(base)]
        out.append(p.then(r, "lost_colon", cost, f"比值丢了冒号：{s} = {r}:{base} → {r}", f"colon lost in a ratio: {s} = {r}:{base} → {r}"))
    return out


def _inverted_body(body: str, target: float | None) -> str | None:
    """The ratio a figure printed the wrong way round came from (girls per 100 boys printed for boys per 100
    girls: 85.15 for 117.44): ``base² / printed``, to the printed decimals. Rounding the inverse lets any figure
    in ``[base²/(printed + ½ulp), base²/(printed − ½ulp)]`` through; the one nearest ``target`` when given, else
    the central one."""
    d = _decimals(body)
    printed, half, sq = Decimal(body), Decimal(1).scaleb(-d) / 2, Decimal(_RATIO_SQUARE)
    if printed - half <= 0:
        return None
    step = Decimal(1).scaleb(-d)
    lo = (sq / (printed + half)).quantize(step, rounding=ROUND_CEILING)
    hi = (sq / (printed - half)).quantize(step, rounding=ROUND_FLOOR)
    if lo > hi:
        return None
    centre = (sq / printed).quantize(step, rounding=ROUND_HALF_UP)
    aim = target is not None and math.isfinite(target)
    want = Decimal(repr(abs(target))).quantize(step, rounding=ROUND_HALF_UP) if aim else centre  # type: ignore[arg-type]
    return format(min(max(want, lo), hi), "f")


#: the measures a figure may be computed the wrong way round in: per 100 (女÷男×100) and per cent (出生÷计划内×100)
_RATIOS = frozenset({"per100", "percent"})


def _inverted_paths(p: _Path, table: CorruptionTable, target: float | None) -> list[_Path]:
    b = _inverted_body(p.body, target) if _is_number(p.body) else None
    if b is None or not _canonical(b):
        return []
    return [p.then(b, "inverted_ratio", table.cost("inverted_ratio"),
                   f"比值算反了（分子分母颠倒，如女÷男×100）：{p.body} → {b}",
                   f"ratio computed the wrong way round (numerator and denominator swapped): {p.body} → {b}")]


def _decimal_bodies(s: str, integer: bool, max_decimals: int) -> Iterator[str]:
    """Where the point may have been: removed (a spurious point), or — for non-integer measures — inserted
    into a figure that lost it / moved; at most ``max_decimals`` places (or as many as printed)."""
    digits = s.replace(".", "")
    if "." in s:
        yield digits
    if integer:
        return
    cap = max(max_decimals, _decimals(s))
    for k in range(max(1, len(digits) - cap), len(digits)):
        b = digits[:k] + "." + digits[k:]
        if b != s:
            yield b


def _decimal_paths(p: _Path, table: CorruptionTable, integer: bool, percent: bool = False) -> list[_Path]:
    """The point dropped or moved; for a percentage of a thousand or more, two places further than printed too (a
    fraction's cell pasted ×100 under a % format: 8620.99% for 86.21%)."""
    cost = table.cost("decimal_shift")
    cap = int(table.extra.get("decimal_max_places", 3))
    if percent and _is_number(p.body) and float(p.body) >= 1000:
        cap = max(cap, _decimals(p.body) + 2)
    return [
        p.then(b, "decimal_shift", cost, f"小数点丢失或错位：{p.body} → {b}", f"decimal point dropped or moved: {p.body} → {b}")
        for b in dict.fromkeys(_decimal_bodies(p.body, integer, cap))
    ]


_KEY_NOTES = {
    "transposition": ("相邻两位数字颠倒", "adjacent digits transposed"),
    "jump_transposition": ("隔一位的两位数字颠倒", "two digits one place apart swapped"),
    "digit_dropped": ("漏了一位数字", "a digit dropped"),
    "digit_doubled": ("一位数字重复", "a digit doubled"),
    "digit_inserted": ("多打了一位数字", "a stray digit typed in"),
    "digit_substituted": ("一位数字打错", "a digit mistyped"),
}


def _keystroke_bodies(s: str) -> Iterator[tuple[str, str]]:
    """Every original one keystroke away from ``s`` (``s`` is what was printed)."""
    n = len(s)
    for i in range(n - 1):
        a, b = s[i], s[i + 1]
        if a != b and a.isdigit() and b.isdigit():
            yield "transposition", s[:i] + b + a + s[i + 2 :]
    for i in range(n - 2):  # 843 for 348, or across the point: 92.54 for 95.24
        a, b = s[i], s[i + 2]
        if a != b and a.isdigit() and b.isdigit():
            yield "jump_transposition", s[:i] + b + s[i + 1] + a + s[i + 3 :]
    for i in range(n + 1):
        for d in _DIGITS:
            yield "digit_dropped", s[:i] + d + s[i:]
    for i in range(n - 1):
        if s[i] == s[i + 1] and s[i].isdigit():
            yield "digit_doubled", s[:i] + s[i + 1 :]
    for i, ch in enumerate(s):
        if ch.isdigit() and ch not in s[max(0, i - 1) : i] + s[i + 1 : i + 2]:
            yield "digit_inserted", s[:i] + s[i + 1 :]
    for i, ch in enumerate(s):
        if ch.isdigit():
            for d in _DIGITS:
                if d != ch:
                    yield "digit_substituted", s[:i] + d + s[i + 1 :]


def keystroke_reach(printed: str) -> tuple[float, float]:
    """Bounds on the size of any original one keystroke from ``printed`` (a digit dropped, doubled, inserted,
    substituted or transposed): it has one integer digit more or fewer at most (or none, 10.00 for 0.00)."""
    whole = _split_sign(_clean(printed))[1].split(".", 1)[0]
    return (10.0 ** (len(whole) - 2) if len(whole) >= 2 and whole[1] != "0" else 0.0), 10.0 ** (len(whole) + 1)


def keystroke_kind(printed: str, original: str) -> str | None:
    """Which single keystroke turns ``original`` into ``printed`` (an operator id), or None."""
    a, b = printed, original
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1 and a[diff[0]].isdigit() and b[diff[0]].isdigit():
            return "digit_substituted"
        if len(diff) == 2 and diff[1] - diff[0] in (1, 2):
            i, j = diff
            if a[i] == b[j] and a[j] == b[i] and a[i].isdigit() and b[i].isdigit():
                return "transposition" if j == i + 1 else "jump_transposition"
        return None
    if lb == la + 1:
        i = _first_mismatch(a, b)
        return "digit_dropped" if b[i].isdigit() and b[i + 1 :] == a[i:] else None
    if la == lb + 1:
        i = _first_mismatch(b, a)
        if a[i].isdigit() and a[i + 1 :] == b[i:]:
            doubled = (i > 0 and a[i - 1] == a[i]) or (i + 1 < la and a[i + 1] == a[i])
            return "digit_doubled" if doubled else "digit_inserted"
        return None
    return None


def _first_mismatch(short: str, long: str) -> int:
    for i, ch in enumerate(short):
        if long[i] != ch:
            return i
    return len(short)


def _target_bodies(s: str, sign: str, target: float, tol: float) -> Iterator[tuple[str, str]] | None:
    """Originals one keystroke from ``s`` whose value is within ``tol`` of ``target``, found by formatting
    the target's grid values and checking each; None when the grid is too large (caller enumerates)."""
    try:
        t = Decimal(repr(float(target)))
        tl = Decimal(repr(abs(float(tol))))
    except (InvalidOperation, ValueError):
        return None
    if not t.is_finite() or not tl.is_finite():
        return iter(())
    tl += Decimal("1e-9") * max(Decimal(1), abs(t))  # a computed target carries float noise (3.81 + 1)
    if sign == "-":
        t = -t
    d0 = _decimals(s)
    grids = []
    for d in sorted({max(0, d0 - 1), d0, d0 + 1}):
        q = Decimal(1).scaleb(d)
        lo = ((t - tl) * q).to_integral_value(rounding=ROUND_CEILING)
        hi = ((t + tl) * q).to_integral_value(rounding=ROUND_FLOOR)
        lo = max(lo, Decimal(0))
        if hi < lo:
            continue
        if hi - lo + 1 > _GRID_MAX:
            return None
        grids.append((d, int(lo), int(hi)))

    def gen() -> Iterator[tuple[str, str]]:
        for d, lo, hi in grids:
            for k in range(lo, hi + 1):
                b = format(Decimal(k).scaleb(-d), "f")
                kind = keystroke_kind(s, b)
                if kind is not None:
                    yield kind, b

    return gen()


def _keystroke_paths(p: _Path, table: CorruptionTable, sign: str, target: float | None, tol: float) -> list[_Path]:
    found: Iterator[tuple[str, str]] | None = None
    if target is not None:
        found = _target_bodies(p.body, sign, target, tol)
    if found is None:
        if target is None and len(p.body) > _MAX_ENUMERATE_LEN:
            return []
        found = _keystroke_bodies(p.body)
        if target is not None:
            eps = abs(tol) + 1e-9 * max(1.0, abs(target))
            found = ((k, b) for k, b in found if _canonical(b) and abs(_value(sign, b) - target) <= eps)
    out, seen = [], set()
    for kind, b in found:
        if b in seen or not _canonical(b):
            continue
        seen.add(b)
        zh, en = _KEY_NOTES[kind]
        cost = table.cost(kind)
        if kind == "digit_dropped" and _decimals(b) > max(_decimals(p.body), table.x("dropped_decimal_after")):
            cost += table.x("dropped_decimal")  # 8.56 ← 8.056: a rate printed to 2 decimals rarely had 3
        out.append(p.then(b, kind, cost, f"{zh}：{p.body} → {b}", f"{en}: {p.body} → {b}"))
    return out


def _finish(p: _Path, sign: str) -> Candidate:
    kept = bool(sign) and "sign_flip" not in p.steps
    return Candidate(
        value=_value(sign, p.body),
        printed=sign + p.body,
        decimals=_decimals(p.body),
        operator=p.steps[-1],
        cost=p.cost,
        note_zh="；".join(p.zh) + ("（负号保留）" if kept else ""),
        note_en="; ".join(p.en) + (" (sign kept)" if kept else ""),
        steps=p.steps,
    )


def join_cut(left: str, right: str, *, table: CorruptionTable | None = None) -> Candidate | None:
    """Rejoin a figure a chunk break cut in two: ``join_cut("8", "2、1.14%")`` → 81.14.

    ``left`` ends with the figure's first digits; ``right`` starts with the chunk marker (``2、``) followed
    by the rest of the figure. None when the pieces do not make a number.
    """
    table = table or default_table()
    lm = re.search(r"(\d[\d.]*)\s*$", _clean(left))
    rm = re.match(r"\s*[1-9]\d{0,2}\s*[、，,]\s*([\d.]*\d)", _clean(right).translate(_FULLWIDTH))
    if not lm or not rm:
        return None
    body = lm.group(1) + rm.group(1)
    if not _canonical(body):
        return None
    marker = re.match(r"\s*(\d+)", _clean(right).translate(_FULLWIDTH)).group(1)  # type: ignore[union-attr]
    return Candidate(
        value=float(body),
        printed=body,
        decimals=_decimals(body),
        operator="chunk_cut",
        cost=round(table.cost("chunk_cut") + 0.05 * (len(marker) - 1), 6),  # chunk numbers are small
        note_zh=f"数字被分段编号切断：“{left.strip()}”＋“{right.strip()}” → {body}",
        note_en=f"figure cut by a chunk marker: '{left.strip()}' + '{right.strip()}' → {body}",
        steps=("chunk_cut",),
    )


def _cut_candidates(s: str, table: CorruptionTable) -> list[Candidate]:
    """``8\n2、1.14`` (or ``82、1.14`` when the break was lost): every split of the digits before 、 into the
    figure's head and a 1–3 digit chunk marker."""
    m = re.fullmatch(r"(\d[\d.]*?)(\s*)([1-9]\d{0,2})\s*[、，,]\s*([\d.]*\d)", s)
    if not m:
        return []
    if m.group(2):  # whitespace / line break: the marker is what follows it
        splits = [(m.group(1), m.group(3))]
    else:
        run = m.group(1) + m.group(3)
        splits = [(run[:k], run[k:]) for k in range(max(1, len(run) - 3), len(run))]
    out = []
    for left, marker in splits:
        if not marker or marker.startswith("0") or "." in marker:
            continue
        c = join_cut(left, f"{marker}、{m.group(4)}", table=table)
        if c is not None:
            out.append(c)
    return out


def candidates(
    printed: str,
    *,
    measure: str | None = None,
    integer: bool | None = None,
    target: float | None = None,
    tol: float = 0.0,
    max_cost: float = 2.0,
    bounds: tuple[float | None, float | None] | None = None,
    table: CorruptionTable | None = None,
) -> list[Candidate]:
    """All candidate originals of ``printed`` from all operators, deduplicated by value and decimals (90 and
    90.0 carry different rounding) keeping the cheapest, cheapest first (ties: operator order, then printed
    form). The printed value itself is never a candidate.

    ``measure`` (catalog measure id) enables ``lost_colon`` (per100 only) and ``inverted_ratio`` (per100 and
    percent), and sets ``integer`` when not
    given; for integer measures the decimal operator only removes a spurious point. With ``target``, the
    keystroke operators (transposition, digit dropped/doubled/substituted) only propose originals within
    ``tol`` of the target, found by checking the target's printed forms against ``printed`` rather than
    enumerating; the other operators (few candidates each) are not filtered. ``bounds`` (the indicator's
    hard range, ``(lo, hi)``, None = unbounded) drops candidates outside it.
    """
    table = table or default_table()
    if integer is None:
        integer = measure in INTEGER_MEASURES
    s = _clean(printed)
    if _CUT_RE.fullmatch(s) and not _is_number(s):
        cands = _cut_candidates(s, table)
        return sorted((c for c in cands if c.cost <= max_cost), key=lambda c: (c.cost, _ORDER[c.operator], c.printed))
    sign, body = _split_sign(s)
    if not body:
        return []
    start = _Path(body, 0.0, (), (), ())

    # stage 1–3: systematic damage (OCR letters, pasted tokens, lost colon)
    level: list[_Path] = [start, *_ocr_paths(start, table)]
    level += [q for p in list(level) for q in _token_paths(p, table)]
    if measure == "per100":
        level += [q for p in list(level) for q in _lost_colon_paths(p, table)]
    bases = [p for p in level if p.cost <= max_cost and _is_number(p.body)]
    inverted = [q for p in bases for q in _inverted_paths(p, table, target)] if measure in _RATIOS else []

    # stage 4: at most one of decimal shift / one keystroke
    paths: list[_Path] = [p for p in bases if p.steps]
    for p in bases:
        if p.cost + table.cost("decimal_shift") <= max_cost:
            paths += _decimal_paths(p, table, integer, measure == "percent")
        if p.cost + min(table.cost(k) for k in KEYSTROKE) <= max_cost:
            paths += _keystroke_paths(p, table, sign, target, tol)
    signed = [(p, sign) for p in paths + inverted]
    if _is_number(body) and float(body) != 0:  # a minus sign lost (5 − 6 printed as 0.1) or a stray one
        flipped = "" if sign else "-"
        signed.append((start.then(body, "sign_flip", table.cost("sign_flip"),
                                  f"{'多出负号' if sign else '负号丢失'}：{sign}{body} → {flipped}{body}",
                                  f"{'stray minus sign' if sign else 'minus sign lost'}: {sign}{body} → {flipped}{body}"),
                       flipped))

    own = _value(sign, body) if _is_number(body) else None
    best: dict[tuple[float, int], Candidate] = {}
    for p, sg in signed:
        if p.cost > max_cost or not _canonical(p.body):
            continue
        c = _finish(p, sg)
        if own is not None and c.value == own:
            continue
        if integer and c.value != int(c.value):
            continue
        if bounds is not None and (
            (bounds[0] is not None and c.value < bounds[0]) or (bounds[1] is not None and c.value > bounds[1])
        ):
            continue
        old = best.get((c.value, c.decimals))
        if old is None or (c.cost, _ORDER[c.operator], len(c.steps)) < (old.cost, _ORDER[old.operator], len(old.steps)):
            best[(c.value, c.decimals)] = c
    return sorted(best.values(), key=lambda c: (c.cost, _ORDER[c.operator], c.printed))


# --------------------------------------------------------------------------------------------------------
# corrupt: the damage itself
# --------------------------------------------------------------------------------------------------------


def corrupt(printed: str, operator: str, rng: random.Random, *, table: CorruptionTable | None = None) -> str | None:
    """Apply one corruption of the named kind to a clean printed figure (the inverse of the operator), or
    None when it cannot apply (token paste needs a ``10`` in the digits, transposition two different
    adjacent digits, ...). ``lost_colon`` treats the figure as a ratio to 100; ``chunk_cut`` returns the
    two pieces as ``"8\\n2、1.14"``."""
    if operator not in OPERATORS:
        raise ValueError(f"unknown operator {operator!r}; expected one of {', '.join(OPERATORS)}")
    table = table or default_table()
    s = _clean(printed)
    sign, body = _split_sign(s)
    if not _is_number(body):
        return None
    if operator == "sign_flip":
        return None if float(body) == 0 else (body if sign else "-" + body)
    for _ in range(20):  # a corruption must change the figure's value (0 → 00 is no corruption)
        out = _corrupt_body(body, operator, rng, table)
        if out is None:
            return None
        if operator == "chunk_cut" or (out != body and not (_is_number(out) and float(out) == float(body))):
            return sign + out
    return None


def _corrupt_body(s: str, op: str, rng: random.Random, table: CorruptionTable) -> str | None:
    n = len(s)
    digit_pos = [i for i, ch in enumerate(s) if ch.isdigit()]
    if op == "token_paste":
        pairs = [t for t in table.tokens if t.original in s]
        if not pairs:
            return None
        pair = rng.choice(pairs)
        return s.replace(pair.original, pair.pasted)
    if op == "lost_colon":
        return table.ratio_base + s if rng.random() < 0.5 else s + table.ratio_base
    if op == "inverted_ratio":
        if Decimal(s) == 0:
            return None
        out = format((Decimal(_RATIO_SQUARE) / Decimal(s)).quantize(Decimal(1).scaleb(-_decimals(s)), ROUND_HALF_UP), "f")
        return out if Decimal(out) > 0 else None
    if op == "ocr_confusion":
        reverse: dict[str, list[str]] = {}
        for letter, ds in table.ocr.items():
            for d in ds:
                reverse.setdefault(d, []).append(letter)
        pos = [i for i in digit_pos if s[i] in reverse]
        if not pos:
            return None
        i = rng.choice(pos)
        return s[:i] + rng.choice(reverse[s[i]]) + s[i + 1 :]
    if op == "decimal_shift":
        digits = s.replace(".", "")
        if len(digits) < 2:
            return None
        options = [digits[:k] + "." + digits[k:] for k in range(1, len(digits))]
        if "." in s:
            options = [digits, *(o for o in options if o != s)]
        return rng.choice(options)
    if op == "transposition":
        pos = [i for i in range(n - 1) if s[i] != s[i + 1] and s[i].isdigit() and s[i + 1].isdigit()]
        if not pos:
            return None
        i = rng.choice(pos)
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if op == "jump_transposition":
        pos = [i for i in range(n - 2) if s[i] != s[i + 2] and s[i].isdigit() and s[i + 2].isdigit()]
        if not pos:
            return None
        i = rng.choice(pos)
        return s[:i] + s[i + 2] + s[i + 1] + s[i] + s[i + 3 :]
    if op == "digit_dropped":
        options = []
        for i in digit_pos:
            t = s[:i] + s[i + 1 :]
            if t and t[0] != "." and t[-1] != ".":
                options.append(t)
        return rng.choice(options) if options else None
    if op == "digit_doubled":
        i = rng.choice(digit_pos)
        return s[:i] + s[i] + s[i:]
    if op == "digit_inserted":  # a digit unlike its neighbours (alike, it is a doubled one), never a leading 0
        options = [s[:i] + d + s[i:] for i in range(n + 1) for d in _DIGITS
                   if d not in s[max(0, i - 1) : i + 1] and not (i == 0 and d == "0")]
        return rng.choice(options)
    if op == "digit_substituted":
        i = rng.choice(digit_pos)
        return s[:i] + rng.choice([d for d in _DIGITS if d != s[i]]) + s[i + 1 :]
    if op == "chunk_cut":
        cuts = [k for k in range(1, n) if s[k - 1] != "." and s[k] != "."]
        if not cuts:
            return None
        k = rng.choice(cuts)
        return f"{s[:k]}\n{rng.randint(1, 30)}、{s[k:]}"
    raise AssertionError(op)


# --------------------------------------------------------------------------------------------------------
# suspicions: a figure that looks damaged on its own
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suspicion:
    """Why a figure looks corrupted before any rule is checked."""

    code: str  # impossible_month | impossible_day | percent_over_100 | token_in_figure | out_of_proportion
    message_zh: str
    message_en: str


def _date_suspicion(n: int, unit: str, printed: str, table: CorruptionTable) -> Suspicion | None:
    if unit == "月" and not 1 <= n <= table.max_month:
        return Suspicion("impossible_month", f"“{printed}月”不是有效月份", f"'{printed}月' is not a valid month")
    if unit == "日" and not 1 <= n <= table.max_day:
        return Suspicion("impossible_day", f"“{printed}日”不是有效日期", f"'{printed}日' is not a valid day of the month")
    return None


def suspicions(
    printed: str,
    *,
    measure: str | None,
    hard_max: float | None,
    siblings: Sequence[float] = (),
    following: str = "",
    table: CorruptionTable | None = None,
) -> list[Suspicion]:
    """Flags a figure that looks corrupted on its own, before any rule.

    - ``impossible_month`` / ``impossible_day``: ``following`` (the text right after the figure) starts with
      月 and the figure is not 1–12, or with 日 and it is not 1–31 (``2023月``).
    - ``percent_over_100``: a percent figure over ``hard_max`` (``20230%``); not raised when hard_max is None.
    - ``token_in_figure``: a pasted token (``2023``) inside the digits, unless the figure is exactly the
      token followed by nothing or 年 (then it is probably a real year).
    - ``out_of_proportion``: a count (persons/cases, or measure None) over 50× the median of the positive
      sibling counts of the same record (``5622023`` among ~50000s).
    """
    table = table or default_table()
    s = _clean(printed)
    sign, body = _split_sign(s)
    out: list[Suspicion] = []
    value = _value(sign, body) if _is_number(body) else None
    follow = following.lstrip()
    if value is not None and "." not in body and not sign and follow[:1] in ("月", "日"):
        d = _date_suspicion(int(body), follow[0], body, table)
        if d:
            out.append(d)
    if value is not None and measure == "percent" and hard_max is not None and value > hard_max:
        out.append(
            Suspicion(
                "percent_over_100",
                f"百分比 {s}% 超过上限 {hard_max:g}%",
                f"percentage {s}% is over its maximum {hard_max:g}%",
            )
        )
    runs = body.split(".")  # a token is pasted inside a digit run, never across the point
    for pair in table.tokens:
        if not any(pair.pasted in run for run in runs):
            continue
        if body == pair.pasted and (not follow or follow.startswith("年")):
            continue
        out.append(
            Suspicion(
                "token_in_figure",
                f"“{s}”中含有“{pair.pasted}”，可能是“{pair.original}”被替换",
                f"'{s}' contains '{pair.pasted}', probably pasted over '{pair.original}'",
            )
        )
        break
    if value is not None and measure in (None, *INTEGER_MEASURES):
        sib = [float(x) for x in siblings if x is not None and float(x) > 0]
        if sib:
            med = statistics.median(sib)
            factor = table.out_of_proportion_factor
            if value > factor * med:
                out.append(
                    Suspicion(
                        "out_of_proportion",
                        f"{s} 超过同组数字中位数 {med:g} 的 {factor:g} 倍",
                        f"{s} is more than {factor:g}× the median ({med:g}) of its sibling figures",
                    )
                )
    return out


#: (not l0月, an OCR'd 10月; not a span of days, 收到之日起60日内 / 30日以内 / 15日后)
_DATE_RE = re.compile(r"(?<![\d.A-Za-z])(\d+)\s*([月日])(?![内后前起]|以[内上下后前]|之[内后前]|左右)")


def find_impossible_dates(text: str, *, table: CorruptionTable | None = None) -> list[tuple[int, int, Suspicion]]:
    """Spans (half-open, of the number) of impossible months/days in a text: ``2023月``, ``2023年2023月``, ``45日``."""
    table = table or default_table()
    out = []
    for m in _DATE_RE.finditer(text):
        d = _date_suspicion(int(m.group(1)), m.group(2), m.group(1), table)
        if d:
            out.append((m.start(1), m.end(1), d))
    return out
