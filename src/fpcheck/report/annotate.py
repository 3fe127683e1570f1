"""An annotated copy of the checked workbook: failing cells filled and commented, plus a summary sheet.

The copy is written to a new path, never over the input. An .xlsx/.xlsm input is loaded with openpyxl
(formulas kept as formulas, macros dropped) and saved as the copy; an .ods, .xls or CSV input is rebuilt
as .xlsx from its parsed cell grid (CSV line/column mapped to the A1 cell of that row and column). Errors
get a red fill, warnings a yellow one; every finding with a place gets a comment naming the rule, the
message and the suggestion, and the summary sheet (``检查结果`` / ``fpcheck``) lists every finding.

No text fpcheck writes (comments, summary cells, CSV text copied into cells) can become a formula:
cells are written with the string data type, whatever their first character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from fpcheck.i18n import t
from fpcheck.model import Document, Finding, Record
from fpcheck.report.html import location_label, suggestion_parts

__all__ = ["annotate_workbook", "AnnotateError", "ERROR_FILL", "WARNING_FILL", "summary_sheet_name"]

ERROR_FILL = "FFFFC7CE"  # Excel's "Bad" red
WARNING_FILL = "FFFFEB9C"  # Excel's "Neutral" yellow
_FILLS = {"error": ERROR_FILL, "warning": WARNING_FILL}
_RANK = {"error": 0, "warning": 1, "info": 2}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PLAIN_NUMBER = re.compile(r"^-?(?:0|[1-9]\d{0,14})(?:\.(\d{1,10}))?$")
_A1 = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")
_BAD_TITLE = re.compile(r"[\\/?*\[\]:]")

_COLS = {
    "zh": ["文件", "工作表", "单元格", "单位", "级别", "规则", "说明", "建议", "其他可能与依据"],
    "en": ["File", "Sheet", "Cell", "Unit", "Severity", "Rule", "Message", "Suggestion", "Alternatives and evidence"],
}


class AnnotateError(ValueError):
    """The annotated copy cannot be written (it would overwrite the input, or no workbook to copy)."""


def summary_sheet_name(lang: str = "zh") -> str:
    return "检查结果" if lang == "zh" else "fpcheck"


def safe_text(s: object) -> str:
    """Text for a cell or comment: illegal XML characters dropped, a formula-looking start escaped."""
    text = _ILLEGAL.sub("", "" if s is None else str(s))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _put_text(cell, text: object) -> None:  # type: ignore[no-untyped-def]
    """Write ``text`` as a string cell: never a formula, whatever it starts with."""
    cell.value = _ILLEGAL.sub("", "" if text is None else str(text))
    cell.data_type = "s"


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, ValueError):
        return False


def _pick_source(docs: Sequence[Document]) -> str | None:
    for d in docs:
        if d.kind != "table" or any(f.rule == "input_error" for f in d.findings):
            continue
        if Path(d.source).is_file():
            return d.source
    return None


# ============================================================================================ the copy


def _load_openpyxl(source: str):  # type: ignore[no-untyped-def]
    import openpyxl

    try:
        return openpyxl.load_workbook(source, keep_vba=False, data_only=False, keep_links=True)
    except Exception:  # noqa: BLE001 - a .xlsx that is really an .xls, or that openpyxl cannot load: use the grid
        return None


def _unique_title(title: str, used: set[str]) -> str:
    base = _BAD_TITLE.sub("_", title or "Sheet").strip("'")[:31] or "Sheet"
    out, i = base, 2
    while out.lower() in {u.lower() for u in used}:
        suffix = f" ({i})"
        out, i = base[: 31 - len(suffix)] + suffix, i + 1
    used.add(out)
    return out


def _write_value(cell, v: object) -> None:  # type: ignore[no-untyped-def]
    if v is None or v == "":
        return
    if isinstance(v, bool) or isinstance(v, (int, float)):
        cell.value = v
        return
    if isinstance(v, (datetime, date, time, timedelta)):
        cell.value = v
        return
    text = str(v)
    m = _PLAIN_NUMBER.match(text.strip())
    if m:  # a CSV field holding a plain number: a number, printed with its decimals
        cell.value = float(text) if m.group(1) else int(text)
        if m.group(1):
            cell.number_format = "0." + "0" * len(m.group(1))
        return
    _put_text(cell, text)


def _grid_workbook(source: str):  # type: ignore[no-untyped-def]
    """(workbook, {sheet name or None: (title, row index by CSV line)}) rebuilt from the parsed grids."""
    import openpyxl

    from fpcheck.sheets import load_grids

    grids = load_grids(source)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    sheets: dict[str | None, tuple[str, dict[int, int]]] = {}
    for g in grids:
        title = _unique_title(g.name or Path(source).stem, used)
        ws = wb.create_sheet(title)
        if g.hidden:
            ws.sheet_state = "hidden"
        for r, row in enumerate(g.rows):
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r + 1, column=c + 1)
                _write_value(cell, v)
                if (r, c) in g.formats and isinstance(v, (int, float)) and not isinstance(v, bool):
                    cell.number_format = g.formats[(r, c)]  # shown as the input showed it (94.60, 81.14%)
        lines = {g.line_of(r): r for r in range(len(g.rows))} if g.csv else {}
        sheets[g.name] = (title, lines)
    return wb, sheets


def _target_cell(f: Finding, sheets: dict[str | None, tuple[str, dict[int, int]]] | None) -> tuple[str | None, str | None]:
    """(sheet title in the copy, A1 cell) of a finding, or (None, None) when it has no cell."""
    from fpcheck.sheets import cell_ref

    loc = f.location
    if loc is None:
        return None, None
    if sheets is None:  # the openpyxl copy: names as in the workbook
        return (loc.sheet, loc.cell.upper()) if loc.sheet and loc.cell else (None, None)
    if loc.cell and loc.sheet in sheets:
        return sheets[loc.sheet][0], loc.cell.upper()
    if loc.cell is None and loc.line is not None and loc.column is not None and None in sheets:
        title, lines = sheets[None]
        r = lines.get(loc.line, loc.line - 1)
        return title, cell_ref(r, loc.column - 1)
    return None, None


# ============================================================================================ annotating


def _comment_text(f: Finding, record: Record | None, lang: str) -> str:
    sugg, alts, evidence = suggestion_parts(f, record, lang)
    lines = [f"[{t(f.severity, lang)}] {f.rule}", f.text(lang)]
    if sugg:
        lines.append(f"{t('suggestion', lang)}: {sugg}")
    if alts:
        lines.append(f"{t('alternatives', lang)}: " + " | ".join(alts))
    lines.extend(evidence)
    return "\n".join(safe_text(x) if i else x for i, x in enumerate(lines))


def _annotate_cell(ws, ref: str, items: list[tuple[Finding, Record | None]], lang: str) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.cell.cell import MergedCell
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    cell = ws[ref]
    if isinstance(cell, MergedCell):  # a covered cell of a merged range: mark the range's top-left cell
        for rng in ws.merged_cells.ranges:
            if ref in rng:
                cell = ws.cell(row=rng.min_row, column=rng.min_col)
                break
    worst = min((f.severity for f, _ in items), key=lambda s: _RANK.get(s, 3))
    if worst in _FILLS:
        cell.fill = PatternFill(fill_type="solid", fgColor=_FILLS[worst], bgColor=_FILLS[worst])
    text = "\n\n".join(_comment_text(f, rec, lang) for f, rec in items)
    if cell.comment is not None and cell.comment.text:
        text = f"{cell.comment.text}\n\n— fpcheck —\n{text}"
    text = text[:30000]
    lines = text.count("\n") + 1
    cell.comment = Comment(text, "fpcheck", height=min(600, 20 + 16 * (lines + len(text) // 40)), width=360)


def _all_findings(doc: Document) -> list[tuple[Finding, Record | None]]:
    out: list[tuple[Finding, Record | None]] = [(f, None) for f in doc.findings]
    per = doc.record_findings or [[] for _ in doc.records]
    for rec, fs in zip(doc.records, per):
        out.extend((f, rec) for f in fs)
    return out


def _summary(wb, rows: list[tuple[list[object], str]], lang: str) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    names = {ws.title.lower() for ws in wb.worksheets}
    title = summary_sheet_name(lang)
    i = 2
    while title.lower() in names:
        title, i = f"{summary_sheet_name(lang)} ({i})", i + 1
    ws = wb.create_sheet(title)
    for c, head in enumerate(_COLS[lang], start=1):
        cell = ws.cell(row=1, column=c)
        _put_text(cell, head)
        cell.font = Font(bold=True)
    for r, (row, severity) in enumerate(rows, start=2):
        for c, v in enumerate(row, start=1):
            _put_text(ws.cell(row=r, column=c), v)
        fill = _FILLS.get(severity)
        if fill:
            ws.cell(row=r, column=5).fill = PatternFill(fill_type="solid", fgColor=fill, bgColor=fill)
    for c, width in enumerate((30, 14, 10, 14, 8, 26, 60, 40, 40), start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    for other in wb.worksheets:
        other.sheet_view.tabSelected = False
    ws.sheet_view.tabSelected = True
    wb.active = wb.worksheets.index(ws)


def annotate_workbook(docs: Sequence[Document], path: Path, lang: str = "zh") -> None:
    """Write an annotated .xlsx copy of the first table input in ``docs`` to ``path``.

    Every sheet of that input is copied; each finding on one of its cells fills the cell (red for errors,
    yellow for warnings) and adds a comment; a summary sheet lists every finding of that input. Raises
    :class:`AnnotateError` when ``path`` is one of the inputs.
    """
    lang = lang if lang in _COLS else "zh"
    path = Path(path)
    for d in docs:
        if _same_file(d.source, path):
            raise AnnotateError(t("refuse_overwrite", lang, path=str(path)))
    source = _pick_source(docs)
    mine = [d for d in docs if source is not None and _same_file(d.source, source)]
    sheets: dict[str | None, tuple[str, dict[int, int]]] | None = None
    wb = None
    if source is not None:
        if Path(source).suffix.lower() in (".xlsx", ".xlsm"):
            wb = _load_openpyxl(source)
        if wb is None:
            wb, sheets = _grid_workbook(source)
    if wb is None:  # no workbook among the inputs: the summary alone
        import openpyxl

        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        mine = [d for d in docs]
    by_cell: dict[tuple[str, str], list[tuple[Finding, Record | None]]] = {}
    rows: list[tuple[list[object], str]] = []
    for d in mine:
        for f, rec in _all_findings(d):
            title, ref = _target_cell(f, sheets) if source is not None else (None, None)
            valid = title is not None and ref is not None and title in wb.sheetnames and _A1.match(ref)
            if valid and not hasattr(wb[title], "merged_cells"):  # a chartsheet
                valid = False
            if valid:
                by_cell.setdefault((title, ref), []).append((f, rec))  # type: ignore[arg-type]
            sugg, alts, evidence = suggestion_parts(f, rec, lang)
            unit = (rec.unit or t("unit_unnamed", lang)) if rec is not None else t("document_level", lang)
            sheet = (f.location.sheet if f.location is not None else None) or (title or "")
            cell = ref if valid else location_label(f, rec, lang)
            rows.append(([d.source, sheet, cell or "", unit, t(f.severity, lang), f.rule, f.text(lang), sugg,
                          "; ".join([*(f"{t('alternatives', lang)}: {a}" for a in alts), *evidence])], f.severity))
    for (title, ref), items in by_cell.items():
        items.sort(key=lambda fr: _RANK.get(fr[0].severity, 3))
        _annotate_cell(wb[title], ref, items, lang)
    _summary(wb, rows, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
