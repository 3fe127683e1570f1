"""The terminal report: one rich table per document, Chinese by default.

For a text report each finding shows the sentence it came from with the figure highlighted, so a reader
can find it in the file without counting characters.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from fpcheck.i18n import t
from fpcheck.model import Document, Finding, record_count

STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}
_SENTENCE_END = "。！？；!?;\n"


def sentence_around(text: str, span: tuple[int, int], limit: int = 120) -> Text:
    """The sentence holding ``span`` (at most ``limit`` chars each side), the span highlighted."""
    start, end = span
    lo = max(max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1, start - limit, 0)
    hi_candidates = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0]
    hi = min(min(hi_candidates, default=len(text)) + 1, end + limit, len(text))
    out = Text(text[lo:hi].replace("\n", " ").strip())
    shift = len(text[lo:hi]) - len(text[lo:hi].lstrip())
    out.stylize("bold reverse", start - lo - shift, end - lo - shift)
    return out


def _suggestion(f: Finding, lang: str) -> str:
    parts = []
    if f.suggestion:
        parts.append(", ".join(f"{k} → {v:g}" for k, v in f.suggestion.items()))
    if f.alternatives:
        alts = " | ".join(", ".join(f"{k} → {v:g}" for k, v in a.items()) for a in f.alternatives)
        parts.append(f"{t('alternatives', lang)}: {alts}")
    if f.evidence:
        parts.append("; ".join(f.evidence_in(lang)))
    return "\n".join(parts)


def _row(f: Finding, unit: str, doc: Document, lang: str) -> list[Text | str]:
    msg = Text(f.text(lang))
    loc = f.location.label(lang) if f.location else ""
    if doc.text is not None and f.location is not None and f.location.span is not None:
        msg = Text.assemble(Text(f.text(lang)), "\n", sentence_around(doc.text, f.location.span))
    return [unit, Text(t(f.severity, lang), style=STYLE[f.severity]), f.rule, msg, loc, _suggestion(f, lang)]


def document_table(doc: Document, lang: str = "zh") -> Table:
    table = Table(title=f"{t('document', lang)}: {doc.source}", show_lines=True, expand=False)
    for key in ("unit", "severity", "rule", "message", "location", "suggestion"):
        table.add_column(t(key, lang), overflow="fold")
    for f in doc.findings:
        table.add_row(*_row(f, t("document_level", lang), doc, lang))
    per = doc.record_findings or [[] for _ in doc.records]
    periods = len({rec.period for rec, fs in zip(doc.records, per, strict=True) if fs}) > 1
    for rec, fs in zip(doc.records, per, strict=True):
        name = rec.unit or t("unit_unnamed", lang)
        if periods and rec.period:  # records of several periods (本年/上年, a yearbook's years): say which
            name = f"{name}（{rec.period}）"
        for f in fs:
            table.add_row(*_row(f, name, doc, lang))
    return table


def render(docs: Sequence[Document], console: Console, lang: str = "zh") -> None:
    """Print every document's findings, then a one-line summary."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for doc in docs:
        fs = doc.all_findings()
        for f in fs:
            counts[f.severity] += 1
        if fs:
            console.print(document_table(doc, lang))
        else:
            console.print(f"{t('document', lang)}: {doc.source} — {t('no_findings', lang)}")
    console.print(t("summary", lang, docs=len({d.source for d in docs}), records=record_count(docs),
                    errors=counts["error"], warnings=counts["warning"], infos=counts["info"]))
