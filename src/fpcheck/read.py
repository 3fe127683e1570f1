"""Read a text report's bytes and decode them, detecting the encoding from the bytes alone.

Strict try-order, no guessing library: BOM (UTF-8, UTF-16 LE/BE) → UTF-8 → BOM-less UTF-16 (recognised by
its NUL-byte pattern) → GB18030 (a superset of GBK/GB2312). Every decoder is strict, so a file is either
decoded exactly or refused with an ``InputError`` naming the byte offset. Line breaks are left as they are:
offsets refer to the decoded text, and normalisation maps CRLF/CR later.
"""

from __future__ import annotations

import codecs
import os
import re

from fpcheck.model import Finding, InputError, Location

__all__ = ["MAX_TEXT_BYTES", "decode_bytes", "decode_lines", "mixed_encoding_finding", "read_text", "read_text_lines"]

#: Larger files are refused before being read whole (a report is a few hundred KiB at most).
MAX_TEXT_BYTES = 64 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls and DEL, except \t \n \v \f \r and \x1a (the DOS end-of-file mark some old exports carry).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
#: What only a real UTF-8 report holds above ASCII: CJK, its punctuation and full-width forms, dashes, quotes,
#: … and ‰. (Not the rare spaces U+2000–U+200A: GBK 鈥丟 is valid UTF-8 for an em quad and G.)
_UTF8_EVIDENCE_RE = re.compile("[\u2010-\u2030\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
_CORE_RE = re.compile("[\t\n\r\x20-\x7e\u4e00-\u9fff]")
_PLAUSIBLE_RE = re.compile("[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2460-\u24ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file's bytes; raise ``InputError(source, …)`` for empty, binary or undecodable input."""
    return decode_lines(data, source)[0]


def decode_lines(data: bytes, source: str) -> tuple[str, list[int]]:
    """:func:`decode_bytes`, and the lines (1-based) of a GB18030 file that were UTF-8 and are read as such (a
    line pasted in from another file, ``copy /b`` of two exports): an empty list for any other file."""
    if not data:
        raise InputError(source, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec, source, offset=len(bom))
            if not text:
                raise InputError(source, "empty file (only a byte-order mark)")
            return _check_text(text, source), []
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(source, "binary data, not text (NUL bytes)", f"byte {data.index(0)}")
        return _check_text(utf16, source), []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_err:
        try:
            gb_text, utf8_lines = _gb18030_lines(data)
            return _check_text(gb_text, source), utf8_lines
        except UnicodeDecodeError as gb_err:
            bad = data[utf8_err.start : utf8_err.start + 1].hex()
            raise InputError(
                source,
                f"undecodable bytes: not UTF-8 (byte 0x{bad} at offset {utf8_err.start}) "
                f"nor GB18030 (offset {gb_err.start})",
                f"byte {utf8_err.start}",
            ) from None
    return _check_text(_prefer_gb18030(data, text), source), []


def _gb18030_lines(data: bytes) -> tuple[str, list[int]]:
    """GB18030 text in which a line that reads better as UTF-8 is read so (a line pasted in from a UTF-8 file); the
    numbers of those lines. A line break byte never occurs inside a GB18030 character, so the file decodes line by
    line as it does whole; raises the whole file's ``UnicodeDecodeError`` when a line is neither."""
    try:
        whole: str | None = data.decode("gb18030")
    except UnicodeDecodeError as err:
        whole, failed = None, err
    if whole is not None and not _UTF8_LEAD_RE.search(data):
        return whole, []
    parts: list[str] = []
    found: list[int] = []
    for k, raw in enumerate(data.split(b"\n"), 1):
        try:
            gb: str | None = raw.decode("gb18030")
        except UnicodeDecodeError:
            gb = None
        line = _utf8_line(raw, gb)
        if line is not None:
            found.append(k)
        elif gb is not None:
            line = gb
        else:
            raise failed  # (a line neither: the file's own error, its offset in the file)
        parts.append(line)
    return "\n".join(parts), found


def _utf8_line(raw: bytes, gb: str | None) -> str | None:
    """``raw`` as UTF-8 when it is valid UTF-8 with CJK in it and reads as commoner text so than as GB18030 (more
    of its characters in GB2312's 6763 and ASCII: a GBK line that is valid UTF-8 by chance reads as rare characters, a UTF-8
    line read as GBK as mojibake, 光明社区 as 鍏夋槑绀惧尯); None otherwise."""
    if raw.isascii() or not _UTF8_LEAD_RE.search(raw):
        return None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _UTF8_EVIDENCE_RE.search(line) is None:
        return None
    return line if gb is None or _common(line) > _common(gb) else None


def _common(text: str) -> float:
    """The share of ``text``'s characters GB2312 holds (the everyday characters, ASCII among them)."""
    return sum(1 for c in text if c.isascii() or c.encode("gb2312", "ignore")) / max(len(text), 1)


#: A three-byte UTF-8 sequence (every CJK character): a lead byte E0–EF then two continuation bytes.
_UTF8_LEAD_RE = re.compile(rb"[\xe0-\xef][\x80-\xbf][\x80-\xbf]")


def _prefer_gb18030(data: bytes, utf8_text: str) -> str:
    """A short GBK text can also be valid UTF-8 (D2 BB is 一 in GBK, Cyrillic һ in UTF-8). When the UTF-8
    reading has no CJK at all (only Latin/Greek/Cyrillic or rare spaces above ASCII) and the GB18030 reading is
    plausible report text, take GB18030. Real UTF-8 reports always hold CJK, so they never flip."""
    if utf8_text.isascii() or _UTF8_EVIDENCE_RE.search(utf8_text):
        return utf8_text
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        return utf8_text
    return gb_text if _plausibility(gb_text)[0] == len(gb_text) else utf8_text


def read_text(path: str | os.PathLike[str]) -> str:
    """Read and decode a text file; OS errors and oversized files become ``InputError`` naming the file."""
    return read_text_lines(path)[0]


def mixed_encoding_finding(source: str, line: int) -> Finding:
    """The note that ``line`` of a GB18030 file was UTF-8 and was read as such (a warning: the file was put
    together from two sources, and the line's words were damaged in every other reader)."""
    return Finding("mixed_encoding", "warning", [], f"第{line}行是 UTF-8 编码，文件其余部分是 GB18030；该行已按 UTF-8 读取",
                   f"line {line} is UTF-8 in a GB18030 file; read as UTF-8", location=Location(source=source, line=line))


def read_text_lines(path: str | os.PathLike[str]) -> tuple[str, list[int]]:
    """:func:`read_text`, and the lines of a GB18030 file read as UTF-8 (:func:`decode_lines`)."""
    source = os.fspath(path)
    try:
        size = os.stat(source).st_size
        if size > MAX_TEXT_BYTES:
            raise InputError(source, f"file too large ({size} bytes; limit {MAX_TEXT_BYTES})")
        with open(source, "rb") as fh:
            data = fh.read(MAX_TEXT_BYTES + 1)
    except OSError as err:
        raise InputError(source, f"cannot read file: {err.strerror or err}") from None
    if len(data) > MAX_TEXT_BYTES:  # grew while we read it
        raise InputError(source, f"file too large (over {MAX_TEXT_BYTES} bytes)")
    return decode_lines(data, source)


def _strict(data: bytes, codec: str, source: str, offset: int = 0) -> str:
    """Decode strictly; a failure names the byte offset in the file."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        at = err.start + offset
        raise InputError(source, f"undecodable bytes as {codec.upper()} at offset {at}", f"byte {at}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """The text, when the bytes read as BOM-less UTF-16 (LE or BE) give plausible report text; else None.

    ASCII in UTF-16 has a zero byte, which is how such files are noticed (NUL bytes). Both byte orders
    are decoded strictly and the one whose characters are (nearly) all plausible — CJK, ASCII, CJK and
    full-width punctuation — wins; the wrong order turns CJK into Yi/Hangul/private-use junk, and binary
    data is junk either way.
    """
    if len(data) % 2:
        return None
    best: tuple[int, int, int, str] | None = None
    for codec, high_bytes in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # Ties (very short texts) go to the order that puts ASCII's zero byte high.
        score = (*_plausibility(text), high_bytes.count(0), text)
        if best is None or score[:3] > best[:3]:
            best = score
    if best is None or best[0] < 0.95 * len(best[3]):
        return None
    return best[3]


def _plausibility(text: str) -> tuple[int, int]:
    """(characters plausible in a report, of which ASCII or common CJK): to choose between decodings."""
    return len(_PLAUSIBLE_RE.findall(text)), len(_CORE_RE.findall(text))


def _check_text(text: str, source: str) -> str:
    """Refuse decoded text that is really binary: NUL characters or many control characters."""
    if "\x00" in text:
        raise InputError(source, "binary data, not text (NUL characters)", f"character {text.index(chr(0))}")
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise InputError(source, f"binary data, not text ({controls} control characters)")
    return text
