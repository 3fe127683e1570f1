"""Write a corrected copy of an input: every suggested repair applied, plus a change log beside it.

Text reports: the original text with each suggested figure's span (``Value.location.span`` in the decoded
original; a document-level ``suspect_figure`` finding's span) replaced by the suggested value printed with
the candidate's decimals (a sex ratio that lost its colon is written back as ``100:118``), re-encoded in
the input's encoding (BOM, UTF-16, UTF-8 or GB18030 as detected from the bytes). Tables: an .xlsx copy with
the cells set (openpyxl), or a CSV copy with the line/column cell rewritten in the input's encoding.

The log (``OUT.changes.csv``, UTF-8 with BOM so spreadsheets read the Chinese) has one row per change:
what (indicator), where (span and line, or sheet!cell, or line/column), from, to, operator, evidence.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from fpcheck.check import Options, check_document, kind_of, read_documents
from fpcheck.diagnose.operators import candidates
from fpcheck.diagnose.repair import diagnose_record
from fpcheck.model import Document, InputError, Location
from fpcheck.read import read_text
from fpcheck.validate import fmt

__all__ = ["Change", "RepairRefused", "repair_file", "detect_encoding"]

_BOMS: tuple[tuple[bytes, str], ...] = (  # the order of fpcheck.read's detection
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LOG_FIELDS = ("what", "where", "from", "to", "operator", "evidence", "note")


class RepairRefused(Exception):
    """The repaired copy would overwrite the input, or cannot be written faithfully."""


@dataclass
class Change:
    """One figure changed in the copy."""

    what: str
    location: Location
    before: str
    after: str
    operator: str | None
    evidence: list[str]
    note: str = ""

    def where(self) -> str:
        loc = self.location
        if loc.span is not None:
            return f"chars {loc.span[0]}–{loc.span[1]}" + (f" (line {loc.line})" if loc.line is not None else "")
        return loc.label()

    def row(self) -> dict[str, str]:
        return {"what": self.what, "where": self.where(), "from": self.before, "to": self.after,
                "operator": self.operator or "", "evidence": " | ".join(self.evidence), "note": self.note}


def detect_encoding(data: bytes, text: str) -> tuple[bytes, str] | None:
    """(BOM, codec) that decodes ``data`` to ``text`` exactly, tried in fpcheck.read's order; None if none does."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return (bom, codec) if data[len(bom):].decode(codec) == text else None
            except UnicodeDecodeError:
                return None
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "gb18030"):
        try:
            if data.decode(codec) == text:
                return b"", codec
        except UnicodeDecodeError:
            continue
    return None


def _refuse_overwrite(src: Path, out: Path) -> None:
    if out.resolve() == src.resolve() or (out.exists() and os.path.samefile(out, src)):
        raise RepairRefused(f"{out}: refusing to write the repaired copy over its input {src}")
    log = _log_path(out)
    if log.resolve() == src.resolve() or (log.exists() and os.path.samefile(log, src)):
        raise RepairRefused(f"{log}: refusing to write the change log over the input {src}")


def _log_path(out: Path) -> Path:
    return out.with_name(out.name + ".changes.csv")


def _printed(value: float, decimals: int, note: str) -> str:
    """The suggested figure as it was printed: its decimals; a lost colon restored (``100:118``)."""
    body = fmt(value, decimals)
    m = re.search(r"= (\d+(?:\.\d+)?):(\d+(?:\.\d+)?) → ", note)
    if m and (m.group(1) == body or m.group(2) == body):
        return f"{m.group(1)}:{m.group(2)}"
    return body


def _record_changes(doc: Document, opts: Options) -> list[Change]:
    out = []
    for rec in doc.records:
        if rec.unit == "合计":
            continue
        diag = diagnose_record(rec, opts.rules, opts.catalog)
        for k, o in diag.suggestion.items():
            v = rec.values[k]
            out.append(Change(k, v.location, v.printed, _printed(o.value, o.decimals, o.note_zh), o.operator,
                              [f"{zh} / {en}" for zh, en in diag.evidence.get(k, [])]))
    return out


def _doc_changes(doc: Document) -> list[Change]:
    out = []
    for f in doc.findings:
        if f.rule != "suspect_figure" or not f.suggestion or "figure" not in f.suggestion or f.location is None:
            continue
        span = f.location.span
        if span is None or doc.text is None:
            continue
        before = doc.text[span[0]:span[1]]
        value = f.suggestion["figure"]
        printed = next((c.printed for c in candidates(before) if c.value == value), None)
        if printed is None:
            printed = fmt(value, 0) if value == int(value) else repr(value)
        out.append(Change("figure", f.location, before, printed, f.operator, list(f.evidence)))
    return out


def _write_text(src: Path, out: Path, changes: list[Change]) -> str:
    text = read_text(src)
    data = src.read_bytes()
    enc = detect_encoding(data, text)
    spans = sorted((c for c in changes if c.location.span is not None), key=lambda c: c.location.span[0])  # type: ignore[index]
    pieces, at = [], 0
    for c in spans:
        s, e = c.location.span  # type: ignore[misc]
        if s < at or text[s:e] != c.before:
            c.note = "not applied: the span does not hold the printed figure / overlaps another change"
            continue
        pieces += [text[at:s], c.after]
        at = e
    pieces.append(text[at:])
    return _write_encoded(out, "".join(pieces), enc)


def _write_xlsx(src: Path, out: Path, changes: list[Change]) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(src)
    for c in changes:
        loc = c.location
        if not loc.cell:
            c.note = "not applied: no cell address"
            continue
        ws = wb[loc.sheet] if loc.sheet else wb.active
        ws[loc.cell].value = float(c.after) if "." in c.after else int(c.after)
    wb.save(out)
    return "xlsx copy written with openpyxl (cell values replaced)"


def _write_csv(src: Path, out: Path, changes: list[Change]) -> str:
    data = src.read_bytes()
    text = read_text(src)
    enc = detect_encoding(data, text)
    lines = re.split(r"(?<=\n)|(?<=\r)(?!\n)", text)
    body = text.lstrip("\ufeff")[:4096]
    delim = "\t" if body.count("\t") > body.count(",") and body.count("\t") > 0 else ","
    for c in changes:
        loc = c.location
        if loc.line is None or loc.column is None or not 1 <= loc.line <= len(lines):
            c.note = "not applied: no line/column"
            continue
        raw = lines[loc.line - 1]
        content = raw.rstrip("\r\n")
        ending = raw[len(content):]
        prefix = "\ufeff" if loc.line == 1 and content.startswith("\ufeff") else ""
        content = content[len(prefix):]
        fields = next(csv.reader([content], delimiter=delim), [])
        if loc.column > len(fields) or fields[loc.column - 1].strip() != c.before.strip():
            c.note = "not applied: the cell does not hold the printed figure (a row over several lines?)"
            continue
        if '"' not in content:
            fields[loc.column - 1] = c.after
            lines[loc.line - 1] = prefix + delim.join(fields) + ending
        else:
            fields[loc.column - 1] = c.after
            buf = io.StringIO()
            csv.writer(buf, delimiter=delim, lineterminator="").writerow(fields)
            lines[loc.line - 1] = prefix + buf.getvalue() + ending
    return _write_encoded(out, "".join(lines), enc)


def _write_encoded(out: Path, new: str, enc: tuple[bytes, str] | None) -> str:
    """Write text in the input's encoding (BOM kept); UTF-8 when that encoding was not recognised exactly."""
    if enc is None:
        out.write_bytes(new.encode("utf-8"))
        return "encoding of the input not recognised exactly: the copy is written as UTF-8"
    bom, codec = enc
    out.write_bytes(bom + new.encode(codec))
    return f"written in the input's encoding ({codec}{', with BOM' if bom else ''})"


def _write_log(path: Path, changes: list[Change], note: str) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=LOG_FIELDS)
        w.writeheader()
        for c in changes:
            row = c.row()
            row["note"] = "; ".join(x for x in (row["note"], note) if x)
            w.writerow({k: _csv_safe(v) for k, v in row.items()})


def _csv_safe(v: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v


def repair_file(src: Path, out: Path, lang: str = "zh") -> Path:
    """Write ``out``: a copy of ``src`` with every suggested repair applied; returns the change log's path.

    Raises ``RepairRefused`` when ``out`` is the input (same path or same file) and ``InputError`` when the
    input cannot be read.
    """
    src, out = Path(src), Path(out)
    if not src.exists():
        raise InputError(str(src), "no such file")
    _refuse_overwrite(src, out)
    opts = Options()
    docs = [check_document(d, opts) for d in read_documents(src, opts)]
    changes = [c for d in docs for c in (*_record_changes(d, opts), *_doc_changes(d))]
    suffix = src.suffix.lower()
    if kind_of(src) == "report":
        note = _write_text(src, out, changes)
    elif suffix in (".xlsx", ".xlsm"):
        note = _write_xlsx(src, out, changes)
    elif suffix in (".csv", ".tsv"):
        note = _write_csv(src, out, changes)
    else:
        shutil.copyfile(src, out)
        note = f"{suffix} tables cannot be edited in place: the copy is unchanged, apply the log by hand"
        for c in changes:
            c.note = "not applied"
    log = _log_path(out)
    _write_log(log, changes, note)
    return log
