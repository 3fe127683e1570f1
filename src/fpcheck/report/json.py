"""The JSON report, version 1: a serialisation of documents, records and findings.

The format is a public interface (``docs/report-format.md``): change it only by raising ``VERSION``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from fpcheck.model import Document, Finding, Record

VERSION = 1


def _number(x: float | None) -> float | int | None:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


def finding_json(f: Finding, lang: str = "zh") -> dict[str, Any]:
    """One finding: rule, severity, indicators, message (in ``lang``), and the optional details."""
    out: dict[str, Any] = {"rule": f.rule, "severity": f.severity, "indicators": list(f.indicators),
                           "message": f.text(lang)}
    if f.expected is not None:
        out["expected"] = _number(f.expected)
    if f.actual is not None:
        out["actual"] = _number(f.actual)
    if f.location is not None and f.location.to_json():
        out["location"] = f.location.to_json()
    if f.suggestion:
        out["suggestion"] = {k: _number(v) for k, v in f.suggestion.items()}
    if f.alternatives:
        out["alternatives"] = [{k: _number(v) for k, v in a.items()} for a in f.alternatives]
    if f.operator:
        out["operator"] = f.operator
    if f.evidence:
        out["evidence"] = list(f.evidence_in(lang))
    return out


def record_json(r: Record, findings: Sequence[Finding], lang: str = "zh") -> dict[str, Any]:
    out: dict[str, Any] = {"unit": r.unit, "values": {k: _number(v.number) for k, v in r.values.items()},
                           "findings": [finding_json(f, lang) for f in findings]}
    if r.period:
        out["period"] = r.period
    return out


def document_json(doc: Document, lang: str = "zh") -> dict[str, Any]:
    per = doc.record_findings or [[] for _ in doc.records]
    return {"source": doc.source, "kind": doc.kind, **({"sheet": doc.sheet} if doc.sheet else {}),
            "records": [record_json(r, fs, lang) for r, fs in zip(doc.records, per, strict=True)],
            "findings": [finding_json(f, lang) for f in doc.findings]}


def report_json(docs: Sequence[Document], lang: str = "zh") -> dict[str, Any]:
    """The whole report as a JSON-ready object."""
    return {"version": VERSION, "documents": [document_json(d, lang) for d in docs]}


def dumps(docs: Sequence[Document], lang: str = "zh") -> str:
    return json.dumps(report_json(docs, lang), ensure_ascii=False, indent=1)
