"""The main job: read each input, extract or tabulate its records, validate them, diagnose the failures.

read → normalise → extract (text) / tabulate (tables) → validate → diagnose; one input that cannot be
read becomes a document with an ``input_error`` finding, and the others are still checked.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Literal, TypeVar

from fpcheck.carry import carry_findings
from fpcheck.catalog import Catalog, default_catalog
from fpcheck.diagnose.repair import diagnose_document, sheet_base
from fpcheck.gcpause import COLLECTOR_PAUSE
from fpcheck.i18n import reason_zh
from fpcheck.model import Document, Finding, InputError, Location
from fpcheck.rules import Rule, core_rules
from fpcheck.totals import TablePolicy, check_totals, policy_from_notes, weighted_signature
from fpcheck.validate import validate_records
from fpcheck.workbook import cross_sheet_findings, spans_sheets
from fpcheck.within import within_findings

TEXT_SUFFIXES = {".txt", ".md", ".text"}
TABLE_SUFFIXES = {".csv", ".xlsx", ".xlsm", ".ods", ".xls", ".tsv"}


@dataclass
class Options:
    """What a check run needs besides its inputs."""

    rules: Sequence[Rule] = field(default_factory=core_rules)
    catalog: Catalog = field(default_factory=default_catalog)
    mapping: dict[str, str] = field(default_factory=dict)
    abs_tolerance: float = 0.0
    diagnose: bool = True


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to check: files as given, directories expanded to their reports and tables (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES))
        else:
            out.append(p)
    return out


def kind_of(path: Path) -> Literal["report", "table"]:
    return "table" if path.suffix.lower() in TABLE_SUFFIXES else "report"


def read_documents(path: Path, opts: Options) -> list[Document]:
    """Extract records from one input: a text report or every sheet of a table."""
    if not path.exists():
        raise InputError(str(path), "no such file")
    if kind_of(path) == "table":
        from fpcheck.tables import read_table

        return read_table(path, catalog=opts.catalog, mapping=opts.mapping or None)
    from fpcheck.extract import extract
    from fpcheck.read import mixed_encoding_finding, read_text_lines

    text, utf8_lines = read_text_lines(path)
    doc = extract(text, str(path), catalog=opts.catalog)
    doc.findings += [mixed_encoding_finding(str(path), k) for k in utf8_lines]
    return [doc]


def input_error_document(path: Path, err: InputError) -> Document:
    """An unreadable input, reported as a document with one error finding naming file, place, reason."""
    where = f"（{err.place}）" if err.place else ""
    where_en = f" ({err.place})" if err.place else ""
    return Document(str(path), kind_of(path), findings=[Finding(
        rule="input_error", severity="error", indicators=[],
        message=f"无法读取 {path}{where}：{reason_zh(err.reason)}", message_en=f"cannot read {path}{where_en}: {err.reason}",
        location=Location(source=str(path)))])


def _validate(doc: Document, rules: Sequence[Rule], opts: Options, policy: TablePolicy | None,
              tolerance: float, rounded: bool) -> list[Finding]:
    """Findings per record (into the document) and the totals findings (returned)."""
    doc.record_findings = validate_records(doc.records, rules, catalog=opts.catalog, rounded_counts=rounded)
    if policy is None:  # a report: the totals rows of its text tables
        return [f for table in doc.tables for f in check_totals(table, rules, opts.catalog, tolerance)]
    return check_totals(doc, rules, opts.catalog, tolerance, policy.exempt, rounded, policy.outside)


def check_document(doc: Document, opts: Options) -> Document:
    """Validate a document's records (and a table's totals rows), then diagnose what failed.

    A table whose footnotes say it is a sample survey, or whose sums all miss by no more than the rounding of
    their terms (the signature of a weighted table), is checked with its counts as estimates rounded to ±0.5."""
    rules, tolerance = opts.rules, opts.abs_tolerance
    if tolerance:
        rules = [replace(r, tolerance=max(r.tolerance, tolerance)) if r.kind == "sum" else r for r in rules]
    policy = policy_from_notes(doc, opts.catalog) if doc.kind == "table" else None
    rounded = bool(policy and policy.rounded_counts)
    notes = list(policy.findings) if policy else []
    read = list(doc.findings)
    # what reading found in each record (a masked figure, a rate printed in % for ‰): kept before the rules' findings
    read_per = list(doc.record_findings)
    with COLLECTOR_PAUSE:  # a list of findings per record: 100 000 of them would have it rescan the heap
        totals = _validate(doc, rules, opts, policy, tolerance, rounded)
        doc.findings = [*read, *totals]
        if policy and not rounded and not tolerance and (note := weighted_signature(doc)) is not None:
            notes.append(note)
            totals = _validate(doc, rules, opts, policy, tolerance, rounded=True)
    doc.findings = [*notes, *read, *totals, *cross_sheet_findings(doc, opts.catalog),
                    *carry_findings(doc, opts.catalog), *within_findings(doc, opts.catalog)]
    if read_per:
        doc.record_findings = [[*(read_per[i] if i < len(read_per) else ()), *fs]
                               for i, fs in enumerate(doc.record_findings)]
    if doc.joins:  # sheets joined: only what spans them is this document's (each sheet reports its own)
        # (rows continued on a second sheet: each record is one sheet's, and what spans them is the totals row's)
        by_rows = all(len({v.location.sheet for v in r.values.values()}) <= 1 for r in doc.records)
        doc.findings = [f for f in doc.findings if by_rows or spans_sheets(doc, f)]
        doc.record_findings = [[f for f in fs if not by_rows and spans_sheets(doc, f)] for fs in doc.record_findings]
    sheet_base(doc, rules, opts.catalog)  # (a table's rates all on the year-end, as its 注 says: not an error per row)
    if opts.diagnose:
        diagnose_document(doc, rules, opts.catalog)
    return doc


def read_file(path: Path, opts: Options) -> tuple[list[Document], bool]:
    """One input read (not checked): its documents, and whether it could not be read (then its one document says
    why)."""
    try:
        return read_documents(path, opts), False
    except InputError as err:
        return [input_error_document(path, err)], True


def check_file(path: Path, opts: Options) -> tuple[list[Document], bool]:
    """One input read and checked, as :func:`read_file` gives it."""
    found, failed = read_file(path, opts)
    return (found if failed else [check_document(d, opts) for d in found]), failed


T = TypeVar("T")
FILES_PER_WORKER = 4  # fewer files than this per worker process: starting the processes costs more than it saves
_worker_opts: Options | None = None  # a worker process's options: sent once, when it starts (see :func:`mapped`)


def available_cores() -> int:
    """The cores this process may run on (its affinity where the system says, else the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # (macOS, Windows)
        return os.cpu_count() or 1


def _start_worker(opts: Options) -> None:
    global _worker_opts
    _worker_opts = opts


def _in_worker(fn: Callable[[Path, Options], T], path: Path) -> T:
    assert _worker_opts is not None, "a worker process starts with its options"
    return fn(path, _worker_opts)


@contextmanager
def mapped(fn: Callable[[Path, Options], T], files: Sequence[Path], opts: Options,
           jobs: int | None = None) -> Iterator[Iterator[T]]:
    """``fn(file, opts)`` over ``files``, results in the files' order: in up to ``jobs`` worker processes (None
    or 0: one per core) when there are enough files for each to pay for its start, else in this process.

    ``fn`` is a module-level function (it is sent by name). ``opts`` goes to each worker once, when it starts: a
    copy per task would be a new catalog each time, and everything compiled from the catalog (the text
    grammar, the rules' columns) would be compiled again. Every task is handed out on entry, so the workers
    start before the caller starts a progress bar's thread."""
    jobs = min(jobs or available_cores(), len(files) // FILES_PER_WORKER)
    if jobs <= 1:
        yield (fn(f, opts) for f in files)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(opts,))
    done = False
    try:
        yield pool.map(partial(_in_worker, fn), files, chunksize=max(1, len(files) // (jobs * 32)))
        done = True
    finally:
        pool.shutdown(wait=True, cancel_futures=not done)  # (interrupted: the queued files are not read)


def check_paths(paths: Sequence[str | Path], opts: Options | None = None,
                progress: Callable[[Sequence[Path]], Iterable[Path]] | None = None,
                jobs: int | None = None) -> tuple[list[Document], int]:
    """Check every input (in ``jobs`` processes: see :func:`mapped`); returns the documents, in the inputs'
    order, and how many inputs could not be read."""
    opts = opts or Options()
    files = discover(paths)
    docs: list[Document] = []
    unreadable = 0
    with mapped(check_file, files, opts, jobs) as results:
        for _path, (found, failed) in zip(progress(files) if progress else files, results):
            docs.extend(found)
            unreadable += failed
    return docs, unreadable
