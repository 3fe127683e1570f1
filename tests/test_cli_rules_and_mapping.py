"""The command line with a user's rules file and header mappings (--rules, --map, --mapping-file)."""

import json
from pathlib import Path

from fpcheck.cli import main


def run(args: list[str], capsys) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(args)
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith("{") else {}


def test_a_rules_file_adds_a_rule_without_python(tmp_path: Path, capsys) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("单位,births,deaths\n甲镇,100,120\n乙镇,100,80\n", encoding="utf-8")
    rules = tmp_path / "mine.yaml"
    rules.write_text("rules:\n  - id: deaths_below_births\n    kind: bound\n    part: deaths\n    whole: births\n"
                     "    message: {zh: '死亡 {actual} 多于出生 {expected}', en: 'deaths {actual} exceed births {expected}'}\n",
                     encoding="utf-8")
    code, rep = run(["check", str(csv), "--rules", str(rules), "--format", "json", "--no-diagnose"], capsys)
    recs = rep["documents"][0]["records"]
    assert code == 1
    assert [f["rule"] for f in recs[0]["findings"]] == ["deaths_below_births"]
    assert recs[0]["findings"][0]["message"] == "死亡 120 多于出生 100"
    assert recs[1]["findings"] == []


def test_a_broken_rules_file_is_named_with_its_line(tmp_path: Path, capsys) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("单位,births\n甲镇,100\n", encoding="utf-8")
    rules = tmp_path / "bad.yaml"
    rules.write_text("rules:\n  - id: x\n    kind: bound\n    part: birthz\n    whole: births\n", encoding="utf-8")
    assert main(["check", str(csv), "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml:2" in err and "birthz" in err and "Traceback" not in err


def test_map_and_mapping_file_fix_headers(tmp_path: Path, capsys) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("乡镇,新生儿合计,孩次A,孩次B,孩次C\n甲镇,100,60,30,9\n", encoding="utf-8")
    _, rep = run(["check", str(csv), "--format", "json", "--no-diagnose"], capsys)
    assert "births_first" not in rep["documents"][0]["records"][0]["values"]
    mapping = tmp_path / "map.yaml"
    mapping.write_text("新生儿合计: births\n孩次B: births_second\n", encoding="utf-8")
    code, rep = run(["check", str(csv), "--format", "json", "--no-diagnose", "--mapping-file", str(mapping),
                     "--map", "孩次A=births_first", "--map", "孩次C=births_third_plus"], capsys)
    rec = rep["documents"][0]["records"][0]
    assert rec["values"] == {"births": 100, "births_first": 60, "births_second": 30, "births_third_plus": 9}
    assert code == 1 and [f["rule"] for f in rec["findings"]] == ["births_by_parity"]  # 60+30+9 = 99 ≠ 100


def test_unreadable_inputs_are_explained_in_chinese_by_default_and_in_english(tmp_path: Path, capsys) -> None:
    empty, fake = tmp_path / "空.csv", tmp_path / "book.xlsx"
    empty.write_bytes(b"")
    fake.write_bytes(b"this is not a workbook")
    assert main(["check", str(empty), str(fake)]) == 2
    err = capsys.readouterr().err
    assert f"无法读取 {empty}：空文件" in err
    assert f"无法读取 {fake}：不是 .xlsx 工作簿" in err
    assert main(["check", str(empty), "--lang", "en"]) == 2
    assert f"cannot read {empty}: empty file" in capsys.readouterr().err
