"""Document-level scans of a report's text, beyond its catalog figures.

- impossible dates (``2023月``): the pasted token over a masked month;
- figures outside the catalog that carry the pasted token (``每月2023元`` → 10元, ``20230%`` → 100%);
- the same target stated twice with different values (a plan's list says 90%, its measures 80%).
"""

from __future__ import annotations

import re
from collections import defaultdict

from fpcheck.diagnose.operators import candidates, default_table, find_impossible_dates, suspicions
from fpcheck.model import Document, Finding, Location

_FIGURE = re.compile(r"(?<![\d.])(\d{4,}(?:\.\d+)?)(元|%|‰|人|例|名|个|户|次|份)")
_RATE = re.compile(r"([\u4e00-\u9fff]{2,14}?率)(?:达到|要达到|达|为|到|保持在|控制在)?(\d+(?:\.\d+)?)%")
_TARGET_CUES = ("确保", "力争", "目标", "以上", "以下", "不低于", "不超过", "争取")
_AGES = re.compile(r"\d{1,3}\s*周?岁(?:及|或)?以[上下]")
_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、(.*)$", re.M)
_LEADING = re.compile(r"^(?:确保|力争|争取|使|把|将|全镇|全县|全乡|其中|期内)+")


def _loc(doc: Document, start: int, end: int) -> Location:
    return Location(source=doc.source, span=(start, end), line=doc.text.count("\n", 0, start) + 1 if doc.text else None)


def _extracted_spans(doc: Document) -> list[tuple[int, int]]:
    return [v.location.span for r in doc.records for v in r.values.values() if v.location.span]


def impossible_dates(doc: Document) -> list[Finding]:
    out = []
    for s, e, sus in find_impossible_dates(doc.text or ""):
        out.append(Finding("impossible_date", "error", [], sus.message_zh, sus.message_en, location=_loc(doc, s, e),
                           actual=float(doc.text[s:e]) if doc.text else None))
    return out


def token_figures(doc: Document) -> list[Finding]:
    """Figures outside the catalog that look corrupted on their own, with the operator's candidate. A figure that is
    a pasted token whole (三年共为2023人次奖扶对象) only where the document's own figures show the token pasted: in a
    clean report on 2023 it is an honest count."""
    text, taken, found = doc.text or "", _extracted_spans(doc), []
    whole = {t.pasted for t in default_table().tokens}
    pasted = any(f.operator == "token_paste" for fs in doc.record_findings for f in fs)
    for m in _FIGURE.finditer(text):
        s, e = m.span(1)
        if any(a <= s < b for a, b in taken):
            continue
        unit = m.group(2)
        measure = "percent" if unit == "%" else None
        sus = [x for x in suspicions(m.group(1), measure=measure, hard_max=100.0 if unit == "%" else None,
                                     following=unit) if x.code in ("token_in_figure", "percent_over_100")]
        if not sus:
            continue
        bounds = (0.0, 100.0) if unit == "%" else None
        cands = [c for c in candidates(m.group(1), measure=measure, bounds=bounds) if c.operator == "token_paste"]
        best = [c for c in cands if c.cost == cands[0].cost] if cands else []
        f = Finding("suspect_figure", "warning", [], "；".join(x.message_zh for x in sus),
                    "; ".join(x.message_en for x in sus), location=_loc(doc, s, e), actual=float(m.group(1)))
        if len(best) == 1:
            c = best[0]
            f.suggestion, f.operator = {"figure": c.value}, c.operator
            f.add_evidence(c.note_zh, c.note_en)
            f.add_evidence(f"原文“{m.group(0)}”很可能是“{c.printed}{unit}”",
                           f"'{m.group(0)}' in the text was most likely '{c.printed}{unit}'")
        elif best:
            f.alternatives = [{"figure": c.value} for c in best]
        found.append((m.group(1) in whole, f))
    # (a token inside a longer figure, 20230%, or a repaired catalog figure shows the paste)
    pasted = pasted or any(not is_whole for is_whole, _ in found)
    return [f for is_whole, f in found if pasted or not is_whole]


def _in_target_context(text: str, start: int) -> bool:
    clause_start = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    clause_end = min([i for i in (text.find(c, start) for c in "。；;\n") if i >= 0], default=len(text))
    if any(cue in _AGES.sub("", text[clause_start:clause_end]) for cue in _TARGET_CUES):
        return True  # (3岁以下儿童, 65岁及以上老年人: ages, no bound of a target)
    heading = None
    for h in _HEADING.finditer(text, 0, start):
        heading = h
    return heading is not None and any(w in heading.group(1) for w in ("目标", "任务", "指标"))


def restated_targets(doc: Document) -> list[Finding]:
    """The same named target rate stated with different values in one document: a disagreement. (A rate the
    extraction read as the unit's achieved value is none, whatever heading it stands under: 主要指标完成情况.)"""
    text, taken = doc.text or "", _extracted_spans(doc)
    seen: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    for m in _RATE.finditer(text):
        if not _in_target_context(text, m.start()) or any(a <= m.start(2) < b for a, b in taken):
            continue
        name = _LEADING.sub("", m.group(1))
        seen[name].append((float(m.group(2)), m.start(2), m.end(2)))
    out = []
    for name, stated in seen.items():
        values = sorted({v for v, _, _ in stated})
        if len(values) < 2:
            continue
        shown = "、".join(f"{v:g}%" for v in values)
        s, e = stated[-1][1], stated[-1][2]
        out.append(Finding("target_restated", "warning", [], f"目标“{name}”前后表述不一致：{shown}",
                           f"the target '{name}' is stated with different values: {shown}",
                           location=_loc(doc, s, e), expected=stated[0][0], actual=stated[-1][0]))
    return out


def scan_text(doc: Document) -> list[Finding]:
    """All document-level scans of a report."""
    return [*impossible_dates(doc), *token_figures(doc), *restated_targets(doc)]
