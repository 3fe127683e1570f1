"""Number parsing: Arabic (separators, decimals, 万/亿, mixed), Chinese numerals, 千分之/百分之, %/‰."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpcheck.numerals import CHINESE_NUMBER_RE, ParsedNumber, parse_number

DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """Chinese for 0 < n < 10000, with 零 for inner zero runs and no trailing zeros."""
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero and out:
                out += "零"
            out += DIGITS[d] + unit
            zero = False
        else:
            zero = True
    return out


def to_chinese(n: int) -> str:
    """Standard Chinese numeral for 0 ≤ n ≤ 10**8 (十五 not 一十五 at the start)."""
    if n == 0:
        return "零"
    parts = [(n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")]
    out = ""
    for i, (sec, unit) in enumerate(parts):
        if not sec:
            continue
        higher = any(p for p, _ in parts[:i])
        if higher and (sec < 1000 or not parts[i - 1][0]):
            out += "零"
        out += _section(sec) + unit
    if out.startswith("一十"):
        out = out[1:]
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("47万", ParsedNumber(470000.0, 0, 1e4, None)),
        ("9.7万", ParsedNumber(97000.0, 1, 1e4, None)),
        ("13.16", ParsedNumber(13.16, 2, 1.0, None)),
        ("1,234", ParsedNumber(1234.0, 0, 1.0, None)),
        ("1，234", ParsedNumber(1234.0, 0, 1.0, None)),
        ("１２３４", ParsedNumber(1234.0, 0, 1.0, None)),
        ("13億3474萬", ParsedNumber(1334740000.0, 0, 1e4, None)),
        ("13亿3474万", ParsedNumber(1334740000.0, 0, 1e4, None)),
        ("2.5亿", ParsedNumber(250000000.0, 1, 1e8, None)),
        ("三", ParsedNumber(3.0, 0, 1.0, None)),
        ("四百四十九", ParsedNumber(449.0, 0, 1.0, None)),
        ("一千零五", ParsedNumber(1005.0, 0, 1.0, None)),
        ("两万三千", ParsedNumber(23000.0, 0, 1.0, None)),
        ("两万三", ParsedNumber(23000.0, 0, 1.0, None)),
        ("一百五", ParsedNumber(150.0, 0, 1.0, None)),
        ("四十七万", ParsedNumber(470000.0, 0, 1e4, None)),
        ("九点七万", ParsedNumber(97000.0, 1, 1e4, None)),
        ("二〇〇八", ParsedNumber(2008.0, 0, 1.0, None)),
        ("二OO八", ParsedNumber(2008.0, 0, 1.0, None)),
        ("一九九八", ParsedNumber(1998.0, 0, 1.0, None)),
        ("一二八", ParsedNumber(128.0, 0, 1.0, None)),  # (digit by digit in an old typed report: 943)
        ("八六", ParsedNumber(86.0, 0, 1.0, None)),
        ("一五七〇二", ParsedNumber(15702.0, 0, 1.0, None)),
        ("一〇六点六七", ParsedNumber(106.67, 2, 1.0, None)),
        ("千分之一点五二", ParsedNumber(1.52, 2, 1.0, "‰")),
        ("百分之九十八点五", ParsedNumber(98.5, 1, 1.0, "%")),
        ("百分之九十八", ParsedNumber(98.0, 0, 1.0, "%")),
        ("百分之百", ParsedNumber(100.0, 0, 1.0, "%")),  # all of it
        ("98%", ParsedNumber(98.0, 0, 1.0, "%")),
        ("99.78％", ParsedNumber(99.78, 2, 1.0, "%")),
        ("1.21‰", ParsedNumber(1.21, 2, 1.0, "‰")),
        ("-6.18", ParsedNumber(-6.18, 2, 1.0, None)),
        ("0.15", ParsedNumber(0.15, 2, 1.0, None)),
    ],
)
def test_parse_examples(text: str, expected: ParsedNumber) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "  ", "abc", "1.2.3", "三四", "三四五", "三五", "一两", "三四百", "O", "OO八", "一孩", "12,34", "万", "%", "百分之", "百",
             "千分之百万", "1亿2.5万x"]  # (三四, 三四五, 三五, 一两: ranges in words)
)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_regex_matches_whole_chinese_tokens() -> None:
    pat = re.compile(CHINESE_NUMBER_RE)
    assert pat.fullmatch("四百四十九")
    assert pat.fullmatch("一点五二")
    assert pat.fullmatch("二OO八")
    assert pat.fullmatch("九点七万")
    assert not pat.fullmatch("O八")  # a Latin O only counts inside a numeral
    assert pat.search("共四百四十九人").group(0) == "四百四十九"


def test_to_chinese_helper() -> None:  # the generator the round-trip test relies on
    assert to_chinese(10) == "十"
    assert to_chinese(15) == "十五"
    assert to_chinese(110) == "一百一十"
    assert to_chinese(1005) == "一千零五"
    assert to_chinese(10005) == "一万零五"
    assert to_chinese(100000) == "十万"
    assert to_chinese(23000) == "二万三千"
    assert to_chinese(10**8) == "一亿"
    assert to_chinese(1_000_500) == "一百万零五百"


@given(st.integers(0, 10**8))
def test_chinese_round_trip(n: int) -> None:
    p = parse_number(to_chinese(n))
    assert p is not None and p.value == n and p.decimals == 0


@given(st.integers(0, 10**12))
def test_thousands_separator_round_trip(n: int) -> None:
    for text in (f"{n:,}", f"{n}", f"{n:,}".replace(",", "，")):
        p = parse_number(text)
        assert p == ParsedNumber(float(n), 0, 1.0, None)


@given(st.integers(0, 10**9), st.integers(1, 4))
def test_decimal_round_trip(units: int, decimals: int) -> None:
    x = units / 10**decimals
    text = f"{x:.{decimals}f}"
    p = parse_number(text)
    assert p is not None and p.decimals == decimals and p.value == pytest.approx(x, rel=1e-12, abs=1e-12)
    pct = parse_number(text + "%")
    assert pct is not None and pct.unit == "%" and pct.value == p.value


@given(st.integers(0, 99999), st.integers(0, 2), st.sampled_from(["万", "亿", "萬", "億"]))
def test_wan_yi_suffix(units: int, decimals: int, suffix: str) -> None:
    text = f"{units / 10**decimals:.{decimals}f}{suffix}"
    scale = 1e4 if suffix in "万萬" else 1e8
    p = parse_number(text)
    assert p is not None and p.scale == scale and p.decimals == decimals
    assert p.value == pytest.approx(units / 10**decimals * scale)


@given(st.integers(0, 9999).map(lambda y: f"{y:04d}"))
def test_digit_by_digit_years(year: str) -> None:
    chinese = "".join("〇一二三四五六七八九"[int(d)] for d in year)
    p = parse_number(chinese)
    assert p is not None and p.value == int(year)


def test_wan_and_the_units_under_it_is_an_exact_figure() -> None:
    # 285万3,700 = 2 853 700 exactly (not 285万 with a rounding of 5 000); 1.2万300 is no way to print a number
    assert parse_number("285万3,700") == parse_number("2853700")
    assert parse_number("3萬812").value == 30812 and parse_number("3萬812").scale == 1.0  # type: ignore[union-attr]
    assert parse_number("1.2万300") is None and parse_number("1亿300") is None


@given(st.integers(1, 9999), st.integers(0, 9999), st.booleans())
def test_property_wan_with_units_under_it(wan: int, rest: int, grouped: bool) -> None:
    shown = f"{rest:,}" if grouped else str(rest)
    parsed = parse_number(f"{wan}万{shown}")
    assert parsed is not None and (parsed.value, parsed.decimals, parsed.scale) == (wan * 10_000 + rest, 0, 1.0)
