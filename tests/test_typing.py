"""The package's type hints hold: mypy over src/fpcheck (config in pyproject.toml) finds no error."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_type_error(tmp_path):
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path),
                                str(ROOT / "src" / "fpcheck")])
    assert status == 0, out + err
    assert "Success: no issues found" in out
