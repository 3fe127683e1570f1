"""Interface strings in Chinese and English, from ``schemas/messages.yaml``."""

from __future__ import annotations

import re
from functools import cache
from typing import Any


from fpcheck.catalog import read_yaml, schemas_dir

LANGS = ("zh", "en")


@cache
def _table() -> dict[str, Any]:
    return read_yaml(schemas_dir() / "messages.yaml")


def reason_zh(reason: str) -> str:
    """An English reason an input cannot be read, in Chinese (``input_errors`` in messages.yaml)."""
    for entry in _table().get("input_errors", []):
        m = re.match(entry["match"], reason)
        if m:
            return m.expand(entry["zh"])
    return reason


def t(key: str, lang: str = "zh", **fields: object) -> str:
    """The string ``key`` in ``lang`` (Chinese when missing), with ``fields`` filled in."""
    entry = _table().get(key, {})
    text = entry.get(lang) or entry.get("zh") or key
    return text.format(**fields) if fields else text
