"""Decoding: encodings detected from the bytes, binary/empty/undecodable input refused with InputError."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fpcheck import read
from fpcheck.model import InputError
from fpcheck.read import decode_bytes, read_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Text a report could hold: CJK, ASCII letters/digits/punctuation, full-width forms, line breaks.
report_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
        st.sampled_from("0123456789.,%‰ abcXYZ()、。，：；（）“”《》０１９％\n\r\t"),
    ),
    min_size=1,
    max_size=300,
)


@given(report_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_round_trip(text: str, codec: str) -> None:
    # A few GB18030 bytes can be valid UTF-8 CJK too (瑾丮 = E8 AA 81 4D = 誁M): a file that short is genuinely
    # ambiguous, so GB18030 is asked to round-trip from six characters on (reports hold hundreds).
    assume(codec != "gb18030" or len(text) >= 6)
    assert decode_bytes(text.encode(codec), "t.txt") == text


@given(
    report_text.filter(
        # Detectable by the NUL pattern when the text holds an ASCII character. CJK with a zero low byte
        # (一 U+4E00, 怀 U+6000) reads as ASCII in the other byte order, so "一a" is genuinely ambiguous
        # without a BOM; the seeds below show real text with 一 is still read right.
        lambda t: any(c.isascii() for c in t) and not any(ord(c) > 0x7F and ord(c) % 256 == 0 for c in t)
    )
)
def test_round_trip_bomless_utf16(text: str) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(codec), "t.txt") == text


def test_seeds_bomless_utf16_and_gbk() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for codec in ("utf-16-le", "utf-16-be", "gb18030"):
            assert decode_bytes(text.encode(codec), path.name) == text, (path.name, codec)


def test_short_gbk_that_is_also_valid_utf8() -> None:
    assert "一".encode("gbk").decode("utf-8") == "һ"  # the trap
    assert decode_bytes("一".encode("gbk"), "a") == "一"
    assert decode_bytes("计划Ωмир".encode(), "a") == "计划Ωмир"  # UTF-8 holding CJK never flips


def test_gbk_and_crlf_kept() -> None:
    text = "计划生育率达到99.78%\r\n出生率13.16‰\r"
    assert decode_bytes(text.encode("gbk"), "a") == text  # line breaks are normalise's job


def test_seeds_decode_as_utf8() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = read_text(path)
        assert text == path.read_bytes().decode("utf-8")
        assert "计划生育" in text or "計劃生育" in text or "方案生育" in text


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06", "binary"),
        (bytes(range(256)) * 8, "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "binary"),
        (b"abc\x01\x02\x03\x04\x05def", "binary"),
    ],
)
def test_refused(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "report-17.txt")
    assert info.value.source == "report-17.txt"
    assert "report-17.txt" in str(info.value)
    assert words in info.value.reason


def test_undecodable_names_offset() -> None:
    data = "计划生育".encode() + b"\xff\xfe\x80abc"
    with pytest.raises(InputError) as info:
        decode_bytes(data, "x.txt")
    assert "offset 12" in info.value.reason
    assert info.value.place == "byte 12"


def test_read_text_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_text(missing)
    assert info.value.source == str(missing)
    assert "cannot read" in info.value.reason


def test_read_text_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_text(tmp_path)


def test_read_text_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("计划生育".encode() * 10)
    monkeypatch.setattr(read, "MAX_TEXT_BYTES", 20)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert "too large" in info.value.reason


def test_read_text_pathlike_and_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"  # the extension says nothing about the encoding
    path.write_bytes("全镇总人口47万人".encode("gb18030"))
    assert read_text(os.fspath(path)) == "全镇总人口47万人"
    assert read_text(path) == "全镇总人口47万人"


def test_gbk_that_reads_as_an_em_quad_in_utf8() -> None:
    # GBK 鈥丟 is E2 80 81 47: valid UTF-8 for U+2001 (em quad) and G, a space no report holds
    assert "鈥丟".encode("gbk").decode("utf-8") == "\u2001G"
    assert decode_bytes("鈥丟".encode("gbk"), "a") == "鈥丟"


REPORT_WORDS = "出生死亡人口年末年初率计划生育镇乡村县社区全年共计其中一孩二孩多孩男女"  # (no GBK lead byte of these is a UTF-8 one)


# (six characters at least, as in test_round_trip: a line of two, 乡亡, is 涔′骸 in GBK, common characters both ways)
report_line = st.tuples(st.text(REPORT_WORDS, min_size=6, max_size=30), st.text("0123456789，。：%‰ ", max_size=8)).map(
    "".join)


@given(st.lists(st.tuples(report_line, st.booleans()), min_size=2, max_size=12))
def test_a_utf8_line_in_a_gb18030_file_is_read_as_utf8(lines: list[tuple[str, bool]]) -> None:
    # 427: a line pasted from a UTF-8 export into a GB18030 one (copy /b): read as UTF-8 and named, the rest as GB18030
    assume(not all(utf8 for _, utf8 in lines) and any(utf8 for _, utf8 in lines))
    data = b"\n".join(line.encode("utf-8" if utf8 else "gb18030") for line, utf8 in lines)
    try:  # (a GB18030 file: one that is not UTF-8 throughout — 一一一 is D2 BB …, Cyrillic һһһ in UTF-8)
        data.decode("utf-8")
        assume(False)
    except UnicodeDecodeError:
        pass
    text, found = read.decode_lines(data, "t.csv")
    assert text == "\n".join(line for line, _ in lines)
    assert found == [k for k, (_, utf8) in enumerate(lines, 1) if utf8]


def test_a_gbk_file_names_no_line() -> None:
    text = "白石镇2023年各村出生情况\n村名,出生人数\n光明社区,12\n合计,12\n"
    assert read.decode_lines(text.encode("gb18030"), "t.csv") == (text, [])


def test_a_reports_utf8_line_is_named_and_its_figures_read(tmp_path: Path) -> None:
    from fpcheck.check import check_paths

    report = tmp_path / "mixed.txt"
    report.write_bytes("白石镇2023年工作总结\n全镇出生312人。\n".encode("gb18030") + "全镇死亡208人，死亡率为6.21‰。\n".encode())
    (doc,), unread = check_paths([report])
    assert unread == 0 and doc.records[0].values["deaths"].number == 208
    (note,) = [f for f in doc.findings if f.rule == "mixed_encoding"]
    assert note.severity == "warning" and note.location is not None and note.location.line == 3
