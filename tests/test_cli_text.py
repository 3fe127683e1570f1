"""The command line on text reports: bad input gives a clear message and exit status 2 (the other inputs are
still reported), every output format prints each value with its printed string and span, and a report reads
the same whatever its encoding or line endings."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from fpcheck import read
from fpcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REPORTS = ROOT / "tests" / "fixtures" / "reports"
SEED0 = next(SEEDS.glob("000_*.txt"))
GOOD = REPORTS / "01_qinghe_town_annual.txt"


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # rich tables: no wrapping inside a cell


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "binary": bytes(range(256)) * 16,
        "empty": b"",
        # high bytes that are neither UTF-8 nor GB18030 (0x80 and 0xFF lead no character in either)
        "unknown": bytes([0x80, 0xFF, 0xC1, 0xFF, 0x9A, 0x80]) * 200,
    }
    out = {}
    for name, data in files.items():
        path = tmp_path / f"{name}_report.txt"
        path.write_bytes(data)
        out[name] = path
    return out


@pytest.mark.parametrize("kind", ["binary", "empty", "unknown"])
def test_extract_bad_input_named_and_others_still_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          kind: str) -> None:
    bad = bad_files(tmp_path)[kind]
    status, out, err = run(capsys, "extract", str(bad), str(GOOD), "--format", "json")
    assert status == 2
    assert bad.name in err and "Traceback" not in err + out
    rows = json.loads(out)["values"]
    assert rows and {r["source"] for r in rows} == {str(GOOD)}


@pytest.mark.parametrize("kind", ["binary", "empty", "unknown"])
def test_check_bad_input_is_a_document(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    bad = bad_files(tmp_path)[kind]
    status, out, err = run(capsys, "check", str(bad), str(GOOD), "--format", "json", "--no-diagnose")
    assert status == 2
    assert bad.name in err and "Traceback" not in err + out
    docs = {Path(d["source"]).name: d for d in json.loads(out)["documents"]}
    assert set(docs) == {bad.name, GOOD.name}  # both documents
    assert docs[GOOD.name]["records"] and docs[GOOD.name]["records"][0]["values"]
    assert not docs[bad.name].get("records")


def test_reasons_are_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = bad_files(tmp_path)
    _, _, err = run(capsys, "extract", *(str(p) for p in files.values()))
    lines = err.replace("\n", " ")
    assert "二进制" in lines and "空文件" in lines and "无法解码" in lines  # Chinese by default
    for p in files.values():
        assert p.name in err
    _, _, err = run(capsys, "extract", *(str(p) for p in files.values()), "--lang", "en")
    lines = err.replace("\n", " ")
    assert "binary" in lines and "empty" in lines and "undecodable" in lines


def test_file_over_the_size_limit_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "huge_report.txt"
    with open(big, "wb") as fh:  # sparse: the size is checked before anything is read
        fh.write("计划生育".encode())
        fh.truncate(read.MAX_TEXT_BYTES + 1)
    status, out, err = run(capsys, "extract", str(big), str(GOOD), "--format", "json")
    assert status == 2
    assert big.name in err and "文件过大" in err and "Traceback" not in err
    assert json.loads(out)["values"]


def test_one_megabyte_line_completes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = SEED0.read_text(encoding="utf-8").replace("\n", "")
    path = tmp_path / "one_line.txt"
    path.write_text((line * (1_000_000 // len(line.encode()) + 1))[:370_000], encoding="utf-8")
    assert path.stat().st_size > 1_000_000 and b"\n" not in path.read_bytes()
    status, out, _ = run(capsys, "extract", str(path), "--format", "json")
    assert status == 0
    assert json.loads(out)["values"]


# --- output formats: printed string and span, on seed 000's chunk-cut 81.14 ---------------------------------


def _seed0_rate(rows: list[dict[str, object]]) -> dict[str, object]:
    (row,) = [r for r in rows if r["indicator"] == "planned_birth_rate"]
    return row


def test_extract_json_printed_and_span(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", str(SEED0), "--format", "json")
    assert status == 0
    rows = json.loads(out)["values"]
    assert all("printed" in r and "span" in r for r in rows)
    row = _seed0_rate(rows)
    assert row["printed"] == "81.14" and row["value"] == 81.14
    s, e = row["span"]  # type: ignore[misc]
    original = SEED0.read_text(encoding="utf-8")
    assert original[s:e] == "8\n2、1.14"


def test_extract_csv_printed_and_span(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", str(SEED0), "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    row = _seed0_rate(rows)  # type: ignore[arg-type]
    assert row["printed"] == "81.14"
    s, e = json.loads(str(row["span"]))
    assert SEED0.read_text(encoding="utf-8")[s:e] == "8\n2、1.14"


def test_extract_text_printed_and_span(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", str(SEED0), "--format", "text")
    assert status == 0
    original = SEED0.read_text(encoding="utf-8")
    s = original.index("8\n2、1.14")
    (line,) = [ln for ln in out.splitlines() if "planned_birth_rate" in ln]
    assert "81.14" in line and f"[{s}, {s + len('8' + chr(10) + '2、1.14')}]" in line


# --- check on a directory ------------------------------------------------------------------------------------


def test_check_directory(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", str(SEEDS), "--format", "json", "--no-diagnose")
    assert status == 1  # seed 000 has errors
    sources = {Path(d["source"]).name for d in json.loads(out)["documents"]}
    assert {p.name for p in SEEDS.glob("*.txt")} <= sources
    assert "Traceback" not in err


def test_check_text_shows_the_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", str(SEED0), "--format", "text", "--no-diagnose")
    assert status == 1
    assert "二孩220人(计内20231人);" in out  # the sentence holding the planned-second-births figure


def test_check_keeps_what_reading_found_in_each_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a masked template reads no figure and breaks no rule: each masked figure is an info finding, never an error
    status, out, _ = run(capsys, "check", str(next(SEEDS.glob("002_*.txt"))), "--format", "json", "--lang", "en")
    (doc,) = json.loads(out)["documents"]
    found = [f for r in doc["records"] for f in r["findings"]]
    assert status == 0 and found
    assert {(f["rule"], f["severity"]) for f in found} == {("masked_value", "info")}
    assert len(found) == sum(v is None for r in doc["records"] for v in r["values"].values())
    # a per-mille rate printed in % is read as printed and flagged beside the rules' findings
    path = tmp_path / "r.txt"
    path.write_text("全乡年初总人口21408人，年末总人口21454人。全年死亡132人，死亡率6.16%。\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", str(path), "--format", "json", "--lang", "en")
    (rec,) = json.loads(out)["documents"][0]["records"]
    assert status == 0 and rec["values"]["death_rate"] == 6.16
    assert [(f["rule"], f["severity"], f["indicators"]) for f in rec["findings"]] == [
        ("unit_mismatch", "warning", ["death_rate"])]


# --- encodings and line endings -------------------------------------------------------------------------------


def _values(capsys: pytest.CaptureFixture[str], path: Path) -> list[tuple[object, ...]]:
    status, out, _ = run(capsys, "extract", str(path), "--format", "json")
    assert status == 0
    return [(r["record"], r["indicator"], r["value"], r["printed"]) for r in json.loads(out)["values"]]


@pytest.mark.parametrize(
    ("name", "codec", "crlf"),
    [
        ("14_ningchuan_city_typical_utf16.txt", "utf-16", False),
        ("06_shiqiao_town_halfyear_gb18030.txt", "gb18030", False),
        ("16_taoyuan_township_halfyear_gb18030.txt", "gb18030", False),
        ("24_star_district_bulletin_utf8bom.txt", "utf-8-sig", False),
        ("28_hekou_town_crlf.txt", "utf-8", True),
    ],
)
def test_encodings_read_like_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, codec: str,
                                  crlf: bool) -> None:
    path = REPORTS / name
    raw = path.read_bytes()
    text = raw.decode(codec)
    assert ("\r\n" in text) == crlf
    plain = tmp_path / name
    plain.write_bytes(text.replace("\r\n", "\n").encode("utf-8"))
    got, want = _values(capsys, path), _values(capsys, plain)
    assert got and got == want


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16", "gb18030", "utf-8-sig"])
def test_encoded_seed_with_crlf_reads_like_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                codec: str) -> None:
    text = SEED0.read_text(encoding="utf-8")
    if codec == "gb18030":
        text = text.replace("\ufffd", "")  # the seed's replacement chars have no GB18030 form worth testing
    plain = tmp_path / "plain.txt"
    plain.write_text(text, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_bytes(text.replace("\n", "\r\n").encode(codec))
    assert _values(capsys, other) == _values(capsys, plain)


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    report = tmp_path / "r.txt"
    report.write_text("清河镇2013年工作总结\n全镇出生人口767人，其中一孩510人，二孩220人，多孩37人。\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "fpcheck", "extract", str(report), "--format", "json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    got = {v["indicator"]: v["value"] for v in json.loads(out.stdout)["values"]}
    assert got == {"births": 767, "births_first": 510, "births_second": 220, "births_third_plus": 37}
