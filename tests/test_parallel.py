"""Many inputs are checked in worker processes: the same documents, findings and order as in one process; and a
run's output does not depend on the interpreter's string hashing (each worker hashes differently)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fpcheck.check import Options, check_paths, mapped
from fpcheck.cli import main
from fpcheck.report import json as report_json

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "tests" / "fixtures" / "reports"
WORKBOOKS = ROOT / "tests" / "fixtures" / "workbooks"
# reports whose repairs tie or come in several parts (their order once followed the string hashing), a table
# located through its sex rows, a CSV located by line, and the seeds
MIXED = [
    *sorted((ROOT / "seeds").glob("*.txt")),
    REPORTS / "03_longjing_town_todate_corrupt.txt",
    REPORTS / "366_baiyan_county_jan_sep_progress_townships_2014_bom_crlf_error.txt",
    next(WORKBOOKS.glob("109_*.xlsx")),
    next(WORKBOOKS.glob("232_*.csv")),
]


def _pid(path: Path, opts: Options) -> int:
    return os.getpid()


def _pid_met(path: Path, opts: Options) -> int:
    """This worker's pid once a second worker has started too (waiting at most a minute): on a busy machine the first
    worker could otherwise take every task before the second has loaded the catalog."""
    meet = Path(os.environ["FPCHECK_TEST_MEET"])
    (meet / str(os.getpid())).touch()
    deadline = time.monotonic() + 60
    while len(list(meet.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    return os.getpid()


def test_many_files_go_to_worker_processes_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = MIXED * 2
    monkeypatch.setenv("FPCHECK_TEST_MEET", str(tmp_path))
    with mapped(_pid_met, files, Options(), jobs=2) as results:
        pids = list(results)
    assert len(pids) == len(files) and os.getpid() not in pids and len(set(pids)) == 2
    with mapped(lambda path, opts: path.name, files, Options(), jobs=1) as names:  # (one process: any callable)
        assert list(names) == [f.name for f in files]


def test_few_files_stay_in_this_process() -> None:
    with mapped(_pid, MIXED[:3], Options(), jobs=2) as results:
        assert set(results) == {os.getpid()}


def test_workers_report_what_one_process_reports(tmp_path: Path) -> None:
    broken = tmp_path / "broken_report.txt"
    broken.write_bytes(bytes(range(256)) * 8)
    files = [*MIXED, broken]
    one, unread_one = check_paths(files, jobs=1)
    two, unread_two = check_paths(files, jobs=2)
    assert unread_one == unread_two == 1
    assert [d.source for d in two] == [d.source for d in one]
    assert report_json.dumps(two, "zh") == report_json.dumps(one, "zh")
    repairs = [f for d in one for f in d.all_findings() if f.rule == "repair"]
    assert len(repairs) >= 5  # (the comparison covers repairs, not only clean records)


def test_extract_command_with_workers(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["extract", *map(str, MIXED), "--format", "json"]
    assert main([*args, "-j", "1"]) == 0
    one = json.loads(capsys.readouterr().out)["values"]
    assert main([*args, "-j", "2"]) == 0
    assert json.loads(capsys.readouterr().out)["values"] == one
    plan = next((ROOT / "seeds").glob("003_*.txt"))  # (a plan: its figures are targets, no values)
    assert {r["source"] for r in one} == {str(f) for f in MIXED} - {str(plan)}


def test_output_does_not_depend_on_string_hashing() -> None:
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "fpcheck", "check", *map(str, MIXED[5:]), "--format", "json",
                              "-j", "1"], capture_output=True, text=True, env=env, check=False)
        assert run.returncode == 1, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
