"""The ``fpcheck`` command: parse arguments, call the library, choose the exit status.

Exit status: 0 no error finding; 1 at least one error finding; 2 an input (or rules file) could not be read
— the other inputs are still checked and reported.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import track

from fpcheck.i18n import t

if TYPE_CHECKING:
    from fpcheck.model import Document

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fpcheck", description="检查人口与计划生育统计数据 / check population and family-planning statistics")
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--lang", choices=["zh", "en"], default="zh", help="message language (default zh)")
        sp.add_argument("--map", action="append", default=[], metavar="HEADER=INDICATOR",
                        help="map a table header to an indicator id (repeatable)")
        sp.add_argument("--mapping-file", type=Path, help="YAML or CSV file of header → indicator mappings")

    def jobs(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                        help="worker processes for many files (default 0: one per core; 1: none)")

    c = sub.add_parser("check", help="检查报告与表格 / check reports and tables")
    c.add_argument("paths", nargs="+", help="files or directories")
    c.add_argument("--rules", action="append", default=[], type=Path, help="extra rules file (repeatable)")
    c.add_argument("--only-rules", action="store_true", help="use only the given rules files, not the core rules")
    c.add_argument("--format", choices=["text", "json"], default="text")
    c.add_argument("--tolerance", type=float, default=0.0,
                   help="absolute tolerance for sums (weighted sample-survey tables)")
    c.add_argument("--html", type=Path, help="also write a self-contained HTML report")
    c.add_argument("--annotate", type=Path, help="also write an annotated copy of the (first) workbook")
    c.add_argument("--no-diagnose", action="store_true", help="skip error localisation and repair suggestions")
    common(c)
    jobs(c)

    e = sub.add_parser("extract", help="抽取报告中的指标 / extract the figures of a report")
    e.add_argument("paths", nargs="+")
    e.add_argument("--format", choices=["text", "json", "csv"], default="text")
    common(e)
    jobs(e)

    r = sub.add_parser("repair", help="写出修正后的副本 / write a repaired copy")
    r.add_argument("path")
    r.add_argument("-o", "--output", required=True, type=Path)
    common(r)

    x = sub.add_parser("export-schemas", help="export the pandera schemas to schemas/pandera/")
    x.add_argument("--out", type=Path)
    return p


def _mapping(args: argparse.Namespace) -> dict[str, str]:
    from fpcheck.tables import load_mapping_file

    out = load_mapping_file(args.mapping_file) if args.mapping_file else {}
    for item in args.map:
        header, _, ind = item.partition("=")
        out[header.strip()] = ind.strip()
    return out


def _progress(console: Console, lang: str):  # type: ignore[no-untyped-def]
    """A progress bar on stderr when stdout is a terminal and there are many files."""
    def wrap(files: Sequence[Path]) -> Iterable[Path]:
        if sys.stdout.isatty() and len(files) > 3:
            return track(files, description=t("checking", lang), console=console, transient=True)
        return files
    return wrap


def cmd_check(args: argparse.Namespace, out: Console, err: Console) -> int:
    from fpcheck.check import Options, check_paths
    from fpcheck.report import json as report_json
    from fpcheck.report import text as report_text
    from fpcheck.rules import RuleFileError, load_rules

    try:
        rules = load_rules(args.rules, include_core=not args.only_rules)
    except RuleFileError as exc:
        err.print(t("rules_error", args.lang, reason=str(exc)))
        return EXIT_UNREADABLE
    opts = Options(rules=rules, mapping=_mapping(args), abs_tolerance=args.tolerance, diagnose=not args.no_diagnose)
    docs, unreadable = check_paths(args.paths, opts, _progress(err, args.lang), args.jobs)
    if not docs:
        err.print(t("no_inputs", args.lang, path=" ".join(args.paths)))
        return EXIT_UNREADABLE
    for d in docs:
        for f in d.findings:
            if f.rule == "input_error":
                err.print(f.text(args.lang), style="red", markup=False, highlight=False)
    if args.format == "json":
        print(report_json.dumps(docs, args.lang))
    else:
        report_text.render(docs, out, args.lang)
    inputs = {Path(p).resolve() for p in args.paths}
    for target, writer in ((args.html, "html"), (args.annotate, "annotate")):
        if target is None:
            continue
        if target.resolve() in inputs or any(Path(d.source).resolve() == target.resolve() for d in docs):
            err.print(t("refuse_overwrite", args.lang, path=str(target)))
            return EXIT_UNREADABLE
        try:
            if writer == "html":
                from fpcheck.report.html import write_html

                write_html(docs, target, args.lang)
            else:
                from fpcheck.report.annotate import annotate_workbook

                annotate_workbook(docs, target, args.lang)
        except (OSError, ValueError) as exc:
            err.print(t("cannot_write", args.lang, path=str(target), reason=str(exc)), markup=False)
            return EXIT_UNREADABLE
        err.print(t("written", args.lang, path=str(target)))
    if unreadable:
        return EXIT_UNREADABLE
    return EXIT_ERRORS if any(f.severity == "error" for d in docs for f in d.all_findings()) else EXIT_OK


def cmd_extract(args: argparse.Namespace, out: Console, err: Console) -> int:
    from fpcheck.check import Options, discover, mapped, read_file

    opts = Options(mapping=_mapping(args))
    rows: list[dict[str, object]] = []
    status = EXIT_OK
    files = discover(args.paths)
    with mapped(read_file, files, opts, args.jobs) as results:
        for docs, failed in results:
            if failed:
                err.print(docs[0].findings[0].text(args.lang), markup=False)
                status = EXIT_UNREADABLE
                continue
            rows += [row for doc in docs for row in _value_rows(doc)]
    if args.format == "json":
        print(json.dumps({"version": 1, "values": rows}, ensure_ascii=False, indent=1))
    elif args.format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["source"], lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: _csv_safe(v) for k, v in r.items()})
    else:
        from rich.table import Table

        table = Table(show_lines=False)
        for col in ("source", "unit", "period", "indicator", "value", "printed", "span"):
            table.add_column(col)
        for r in rows:
            table.add_row(*(str(r[c]) if r[c] is not None else "" for c in
                            ("source", "unit", "period", "indicator", "value", "printed")),
                          str(r["span"] or r["cell"] or ""))
        out.print(table)
    return status


def _value_rows(doc: Document) -> list[dict[str, object]]:
    """A row per extracted value of ``doc``: its record, indicator, number, printed string and place."""
    rows: list[dict[str, object]] = []
    for ri, rec in enumerate(doc.records):
        for ind, v in rec.values.items():
            loc = v.location
            rows.append({"source": doc.source, "record": ri, "unit": rec.unit, "period": rec.period,
                         "indicator": ind, "value": v.number, "printed": v.printed, "decimals": v.decimals,
                         "masked": v.masked, "span": list(loc.span) if loc.span else None,
                         "annualised": None if v.annualised is None or v.annualised != v.annualised else v.annualised,
                         "line": loc.line, "sheet": loc.sheet, "cell": loc.cell})
    return rows


def _csv_safe(v: object) -> object:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def cmd_repair(args: argparse.Namespace, out: Console, err: Console) -> int:
    from fpcheck.diagnose.rewrite import RepairRefused, repair_file
    from fpcheck.model import InputError

    try:
        log_path = repair_file(Path(args.path), args.output, lang=args.lang)
    except (InputError, RepairRefused) as exc:
        err.print(str(exc), markup=False)
        return EXIT_UNREADABLE
    err.print(t("written", args.lang, path=f"{args.output}, {log_path}"))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Console, err: Console) -> int:
    from fpcheck.schema import export_schemas

    for p in export_schemas(args.out):
        out.print(str(p))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    out = Console() if sys.stdout.isatty() else Console(width=160)  # piped: wide enough for the tables
    err = Console(stderr=True, soft_wrap=True)  # messages name paths: never break them
    handler = {"check": cmd_check, "extract": cmd_extract, "repair": cmd_repair, "export-schemas": cmd_export}
    return handler[args.command](args, out, err)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
