"""Parse a printed number — Arabic or Chinese numerals — into value, printed precision, scale and unit.

Reports print the same figure many ways: ``47万``, ``9.7万``, ``1,234``, ``13亿3474万``, ``四百四十九``,
``二〇〇八`` (a year, digit by digit), ``千分之一点五二``, ``百分之九十八点五``, ``98%``. ``parse_number`` reads a
whole string as one number and returns None when it is not one; it never guesses from a partial match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["CHINESE_NUMBER_RE", "ParsedNumber", "parse_number", "CN_DIGITS", "CN_ZEROS"]

#: Chinese digit characters → value. ``O``/``○``/``〇`` are zeros as OCR and typists write them (二OO八).
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "O": 0,
    "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
CN_ZEROS = frozenset("零〇○O")
_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
_SAYINGS = frozenset({"三五", "一两", "两三"})  # ranges in words whose digits do not run on
#: A note's mark after a figure: superscript digits and circled numbers (108.25², 2711.00①), which NFKC would turn
#: into digits of the figure.
NOTE_MARK = "[\u00b9\u00b2\u00b3\u2070-\u2079\u2460-\u2473]"
#: The multipliers a figure may be printed in.
BIG_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

_CN_START = "零〇○一二三四五六七八九十两兩"
_CN_BODY = "零〇○O一二三四五六七八九十百千万亿两兩萬億"
_CN_FRAC = "零〇○O一二三四五六七八九"

#: Regex source for one Chinese-numeral number token: integer part, optional ``点`` + digits, optional 万/亿
#: after a decimal (九点七万). Character classes only, so matching is linear (no catastrophic backtracking).
CHINESE_NUMBER_RE = f"[{_CN_START}][{_CN_BODY}]*(?:点[{_CN_FRAC}]+[万亿萬億]?)?"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％－＋", "0123456789.,%-+")
_ARABIC_RE = re.compile(
    r"(?P<sign>[-+−]?)"
    r"(?P<a>\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(?P<fa>\d+))?"
    r"(?:(?P<u1>[万萬亿億])(?:(?P<b>\d+)(?:\.(?P<fb>\d+))?(?P<u2>[万萬])|(?P<r>\d{1,4}|\d[,，]\d{3}))?)?"
)
_PREFIX_UNITS = (("千分之", "‰"), ("百分之", "%"))
_PLAIN_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class ParsedNumber:
    """A parsed figure: ``value`` in base units, ``decimals`` as printed, ``scale`` applied, ``unit`` (‰/%)."""

    value: float
    decimals: int
    scale: float
    unit: str | None


def parse_number(s: str) -> ParsedNumber | None:
    """Parse the whole of ``s`` as one number (Arabic or Chinese, with 万/亿, %/‰, 千分之/百分之); else None."""
    if _PLAIN_RE.fullmatch(s):  # the common case, 81.14 / 767: no sign, separator, unit or scale
        dot = s.find(".")
        return ParsedNumber(float(s), 0 if dot < 0 else len(s) - dot - 1, 1.0, None)
    text = s.strip().translate(_FULLWIDTH)
    if not text:
        return None
    unit: str | None = None
    for prefix, sign in _PREFIX_UNITS:
        if text.startswith(prefix):
            text, unit = text[len(prefix) :], sign
            text = "一百" if text == "百" else text  # 百分之百: all of it
            break
    else:
        if text[-1] in "%‰":
            text, unit = text[:-1].rstrip(), text[-1]
    if not text:
        return None
    parsed = _parse_arabic(text)
    if parsed is None:
        parsed = _parse_chinese(text)
    if parsed is None:
        return None
    value, decimals, scale = parsed
    return ParsedNumber(float(value), decimals, float(scale), unit)


def _parse_arabic(text: str) -> tuple[Decimal, int, int] | None:
    """Arabic digits with optional thousands separators, decimals, 万/亿 and mixed 13亿3474万."""
    m = _ARABIC_RE.fullmatch(text)
    if m is None:
        return None
    u1, u2 = m["u1"], m["u2"]
    if u2 is not None and BIG_UNITS[u1] != 10**8:
        return None  # only 亿 may be followed by a 万 part
    if m["r"] is not None:  # 285万3,700 / 3万812: 万 and the units under it, an exact figure
        if m["fa"] or BIG_UNITS[u1] != 10**4:
            return None
        whole = Decimal(m["a"].replace(",", "").replace("，", "")) * 10**4 + Decimal(m["r"].replace(",", "").replace("，", ""))
        return (-whole if m["sign"] in ("-", "−") else whole), 0, 1
    a = Decimal(m["a"].replace(",", "").replace("，", "") + ("." + m["fa"] if m["fa"] else ""))
    scale = BIG_UNITS[u1] if u1 else 1
    value = a * scale
    decimals = len(m["fa"] or "")
    if u2 is not None:
        if m["fa"]:
            return None  # 1.5亿3000万 is not a way to print a number
        b = Decimal(m["b"] + ("." + m["fb"] if m["fb"] else ""))
        if b >= 10**4:
            return None
        value += b * 10**4
        scale, decimals = 10**4, len(m["fb"] or "")
    if m["sign"] in ("-", "−"):
        value = -value
    return value, decimals, scale


def _parse_chinese(text: str) -> tuple[Decimal, int, int] | None:
    """Chinese numerals: 四百四十九, 一千零五, 两万三千, 二〇〇八 (digit by digit), 一点五二, 九点七万."""
    if not re.fullmatch(CHINESE_NUMBER_RE, text):
        return None
    int_part, _, frac_part = text.partition("点")
    scale = 1
    if frac_part and frac_part[-1] in BIG_UNITS:
        scale, frac_part = BIG_UNITS[frac_part[-1]], frac_part[:-1]
    elif not frac_part and len(int_part) > 1 and int_part[-1] in BIG_UNITS:
        scale = BIG_UNITS[int_part[-1]]
    whole = _chinese_integer(int_part)
    if whole is None:
        return None
    frac = "".join(str(CN_DIGITS[c]) for c in frac_part)
    value = Decimal(f"{whole}.{frac}") if frac else Decimal(whole)
    if frac and scale > 1:
        value *= scale
    return value, len(frac), scale


def _chinese_integer(s: str) -> int | None:
    """Integer value of a Chinese numeral (None if malformed, e.g. 三四百 or a lone O)."""
    if not s or s[0] == "O":
        return None
    if all(c in CN_DIGITS for c in s):
        if len(s) == 1:
            return CN_DIGITS[s]
        # Digit-by-digit (years like 二〇〇八, counts like 一二八 or 八六 in an old typed report); digits running on
        # are a range (三四: "three or four", 三四五: "three to five"), as is 三五 ("a few"), not numbers.
        digits = [CN_DIGITS[c] for c in s]
        running = all(b == a + 1 for a, b in zip(digits, digits[1:])) or s in _SAYINGS
        if len(s) >= 4 or any(c in CN_ZEROS for c in s) or not running:
            return int("".join(map(str, digits)))  # (二胎八六人, 一五七〇二人: 86, 15702)
        return None
    return _positional(s)


def _positional(s: str) -> int | None:
    """Value of a numeral with units (十百千万亿), including the colloquial tail 两万三 = 23000."""
    total = section = 0
    num: int | None = None
    last_small = 10**5  # small units must decrease within a section
    last_big = 10**9  # big units must decrease (亿 then 万)
    prev_unit = 0  # value of the unit directly before the pending digit (for 一百五 = 150)
    zero_seen = False
    for c in s:
        if c in CN_DIGITS:
            if num is not None:
                return None  # two digits in a row (三四百)
            d = CN_DIGITS[c]
            if d == 0:
                zero_seen, num, prev_unit = True, None, 0
                continue
            num = d
        elif c in _SMALL_UNITS:
            u = _SMALL_UNITS[c]
            if u >= last_small:
                return None
            section += (1 if num is None else num) * u
            num, last_small, prev_unit, zero_seen = None, u, u, False
        else:
            u = BIG_UNITS[c]
            if u >= last_big:
                return None
            if u == 10**8:
                total = (total + section + (num or 0)) * u
                section = 0
            else:
                section = (section + (num or 0)) * u
            num, last_small, last_big, prev_unit, zero_seen = None, 10**5, u, u, False
    tail = num or 0
    if num is not None and prev_unit >= 100 and not zero_seen:
        tail = num * prev_unit // 10
    return total + section + tail
