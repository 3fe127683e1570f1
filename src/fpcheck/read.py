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

from fpcheck.model import InputError

__all__ = ["MAX_TEXT_BYTES", "decode_bytes", "read_text"]

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


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file's bytes; raise ``InputError(source, …)`` for empty, binary or undecodable input."""
    if not data:
        raise InputError(source, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec, source, offset=len(bom))
            if not text:
                raise InputError(source, "empty file (only a byte-order mark)")
            return _check_text(text, source)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        try:
            if codec is None:
                raise UnicodeError
            return _check_text(data.decode(codec), source)
        except UnicodeError:
            raise InputError(source, "binary data, not text (NUL bytes)", f"byte {data.index(0)}") from None
    try:
        return _check_text(data.decode("utf-8"), source)
    except UnicodeDecodeError as utf8_err:
        try:
            return _check_text(data.decode("gb18030"), source)
        except UnicodeDecodeError as gb_err:
            bad = data[utf8_err.start : utf8_err.start + 1].hex()
            raise InputError(
                source,
                f"undecodable bytes: not UTF-8 (byte 0x{bad} at offset {utf8_err.start}) "
                f"nor GB18030 (offset {gb_err.start})",
                f"byte {utf8_err.start}",
            ) from None


def read_text(path: str | os.PathLike[str]) -> str:
    """Read and decode a text file; OS errors and oversized files become ``InputError`` naming the file."""
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
    return decode_bytes(data, source)


def _strict(data: bytes, codec: str, source: str, offset: int = 0) -> str:
    """Decode strictly; a failure names the byte offset in the file."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        at = err.start + offset
        raise InputError(source, f"undecodable bytes as {codec.upper()} at offset {at}", f"byte {at}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit (almost) all in odd/even positions, else None (binary).

    ASCII characters (digits, line breaks, punctuation) in UTF-16 have a zero high byte, so BOM-less UTF-16
    shows NULs at one parity; binary data has them everywhere.
    """
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if odd > 0 and odd >= 4 * even:
        return "utf-16-le"
    if even > 0 and even >= 4 * odd:
        return "utf-16-be"
    return None


def _check_text(text: str, source: str) -> str:
    """Refuse decoded text that is really binary: NUL characters or many control characters."""
    if "\x00" in text:
        raise InputError(source, "binary data, not text (NUL characters)", f"character {text.index(chr(0))}")
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise InputError(source, f"binary data, not text ({controls} control characters)")
    return text
