"""The issue's acceptance on the seeds (values checked by hand), and `fpcheck repair`'s corrected copy."""

from __future__ import annotations

import codecs
import csv
from functools import cache
from pathlib import Path

import openpyxl
import pytest

from fpcheck.check import Options, check_document
from fpcheck.cli import main
from fpcheck.diagnose.repair import diagnose_record
from fpcheck.diagnose.rewrite import RepairRefused, detect_encoding, repair_file
from fpcheck.extract import extract
from fpcheck.model import Document, Record, Value
from fpcheck.read import read_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed_path(i: int) -> Path:
    return next(SEEDS.glob(f"{i:03d}_*.txt"))


@cache
def checked(i: int) -> Document:
    p = seed_path(i)
    return check_document(extract(read_text(p), str(p)), Options())


def town() -> tuple[Record, list]:  # type: ignore[type-arg]
    doc = checked(0)
    i = next(j for j, r in enumerate(doc.records) if r.unit == "我镇")
    return doc.records[i], doc.record_findings[i]


def suggested(findings: list) -> dict[str, float]:  # type: ignore[type-arg]
    return {k: v for f in findings if f.rule == "repair" for k, v in (f.suggestion or {}).items()}


# ---------------------------------------------------------------------------------------------------
# seed 000
# ---------------------------------------------------------------------------------------------------

SEED0 = {"population_start": (5622023, 56210), "births_first": (52023, 510), "births_first_planned": (52023, 510),
         "births_second_planned": (20231, 101), "married_women": (2023392, 10392),
         "married_women_one_child": (372023, 3710), "sex_ratio_at_birth": (20230118, 118)}


def test_seed0_repairs_are_exactly_the_issues() -> None:
    rec, findings = town()
    for k, (printed, _) in SEED0.items():
        assert rec.values[k].number == printed
    assert suggested(findings) == {k: new for k, (_, new) in SEED0.items()}
    ops = {f.indicators[0]: f.operator for f in findings if f.rule == "repair"}
    assert ops["sex_ratio_at_birth"] == "lost_colon"
    assert {ops[k] for k in SEED0 if k != "sex_ratio_at_birth"} == {"token_paste"}


def test_seed0_births_first_is_pinned_by_the_rules() -> None:
    rec, findings = town()
    assert 767 - 220 - 37 == 510
    assert (rec.values["births"].number, rec.values["births_second"].number, rec.values["births_third_plus"].number) \
        == (767, 220, 37)
    f = next(f for f in findings if f.rule == "repair" and f.indicators == ["births_first"])
    assert any("births_by_parity" in e and "= 510" in e and "强证据" in e for e in f.evidence)
    assert f.severity == "error"
    parity = next(f for f in findings if f.rule == "births_by_parity")
    assert parity.suggestion == {"births_first": 510}


def test_seed0_sex_ratio_printed_as_100_to_118() -> None:
    _, findings = town()
    f = next(f for f in findings if f.rule == "repair" and f.indicators == ["sex_ratio_at_birth"])
    assert "100:118" in f.message and f.expected == 118


def test_seed0_genuine_disagreements_remain_without_suggestion() -> None:
    rec, findings = town()
    by_rule = {f.rule: f for f in findings}
    married = by_rule["married_women_by_children"]
    assert married.suggestion is None
    assert 426 + 3710 + 5553 + 704 == 10393
    assert (married.expected, married.actual) == (10393, 10392)
    assert any("真实的矛盾" in e for e in married.evidence)
    planned = by_rule["planned_birth_rate_from_counts"]
    assert planned.suggestion is None
    assert planned.actual == 81.14
    assert planned.expected == pytest.approx(100 * (510 + 101 + 5) / 767)
    assert round(100 * 616 / 767, 2) == 80.31
    attain = by_rule["planned_birth_rate_attainable"]
    assert attain.suggestion is None and attain.actual == 81.14
    # 81.14% is not k/767 for any whole k
    assert all(round(100 * k / 767, 2) != 81.14 for k in range(768))
    # and no repair touches the married women's parts or the rate
    assert not set(suggested(findings)) & {"married_women_childless", "married_women_two_children",
                                            "married_women_three_plus", "planned_birth_rate"}
    assert rec.values["planned_birth_rate"].number == 81.14


def test_seed0_staff_breakdown_disagrees() -> None:
    doc = checked(0)
    f = next(f for f in doc.findings if f.rule == "breakdown_sum")
    assert (f.expected, f.actual) == (3, 4)
    assert f.suggestion is None
    s, e = f.location.span  # type: ignore[union-attr, misc]
    assert doc.text is not None and doc.text[s:e] == "3"
    assert "男职工3人" in doc.text[s - 3:e + 1]


def test_seed0_records_repair_nothing_for_the_second_unit() -> None:
    doc = checked(0)
    for rec, fs in zip(doc.records, doc.record_findings, strict=True):
        if rec.unit != "我镇":
            assert suggested(fs) == {}


# ---------------------------------------------------------------------------------------------------
# seeds 004 and 003: document-level scans
# ---------------------------------------------------------------------------------------------------


def test_seed4_token_figures_and_impossible_month() -> None:
    doc = checked(4)
    assert doc.text is not None
    figs = {doc.text[f.location.span[0]:f.location.span[1] + 1]: f.suggestion  # type: ignore[union-attr, index]
            for f in doc.findings if f.rule == "suspect_figure"}
    assert figs == {"20230%": {"figure": 100.0}, "2023元": {"figure": 10.0}}
    assert "每月2023元" in doc.text
    dates = [f for f in doc.findings if f.rule == "impossible_date"]
    assert dates and all(doc.text[f.location.span[0]:f.location.span[1] + 1] == "2023月" for f in dates)  # type: ignore[union-attr, index]
    assert all(f.suggestion is None and f.severity == "error" for f in dates)


def test_seed3_target_restated() -> None:
    doc = checked(3)
    f = next(f for f in doc.findings if f.rule == "target_restated")
    assert "社会抚养费征收到位率" in f.message
    assert {f.expected, f.actual} == {90.0, 80.0}
    assert f.suggestion is None


# ---------------------------------------------------------------------------------------------------
# diagnose_record directly
# ---------------------------------------------------------------------------------------------------


def rec_of(**printed: str) -> Record:
    return Record("u", {k: Value(k, float(p), p, len(p.split(".")[1]) if "." in p else 0) for k, p in printed.items()})


def test_clean_record_gets_nothing() -> None:
    d = diagnose_record(rec_of(births="767", births_first="510", births_second="220", births_third_plus="37"))
    assert (d.suggestion, d.blamed, d.suspect, d.alternatives) == ({}, {}, {}, [])


def test_transposed_part_is_repaired_when_pinned() -> None:
    d = diagnose_record(rec_of(births="767", births_first="150", births_second="220", births_third_plus="37"))
    assert {k: o.value for k, o in d.suggestion.items()} == {"births_first": 510}
    assert d.suggestion["births_first"].operator == "transposition"
    assert "births_by_parity" in d.fixed_rules and not d.still_broken


def test_off_by_one_sum_is_a_disagreement_not_a_guess() -> None:
    # 511 ≠ 510 + 1: every figure one keystroke away fits equally; nothing is suggested
    d = diagnose_record(rec_of(births="768", births_first="510", births_second="220", births_third_plus="37"))
    assert d.suggestion == {}
    assert "births_by_parity" in d.still_broken


def test_ocr_letter_figure_is_read_back() -> None:
    rec = rec_of(births="767", births_second="220", births_third_plus="37")
    rec.values["births_first"] = Value("births_first", None, "51O")
    d = diagnose_record(rec)
    assert {k: o.value for k, o in d.suggestion.items()} == {"births_first": 510}
    assert d.suggestion["births_first"].operator == "ocr_confusion"


def test_corrupted_denominator_is_localised() -> None:
    # second_birth_planned_rate 80.0% = 176/220; births_second printed 202 (two digits swapped): only
    # 220 fits 176/x = 80.0% ± 0.05 among the figures one operator away (176/202 = 87.13%)
    d = diagnose_record(rec_of(births_second="202", births_second_planned="176", second_birth_planned_rate="80.0"))
    assert {k: o.value for k, o in d.suggestion.items()} == {"births_second": 220}
    assert d.suggestion["births_second"].operator == "transposition"


def test_ocr_symbol_figure_is_read_back() -> None:
    rec = rec_of(births="767", births_second="220", births_third_plus="37")
    rec.values["births_first"] = Value("births_first", None, "5|0")  # | read for 1: 767 − 220 − 37 = 510
    d = diagnose_record(rec)
    assert {k: o.value for k, o in d.suggestion.items()} == {"births_first": 510}
    assert "births_first" in d.suspect


def test_count_with_a_decimal_point_must_change() -> None:
    # 426 + 3710 + 5552 + 704 = 10392; a count of 42.6 women is impossible on its own
    d = diagnose_record(rec_of(married_women="10392", married_women_childless="42.6", married_women_one_child="3710",
                               married_women_two_children="5552", married_women_three_plus="704"))
    assert {k: o.value for k, o in d.suggestion.items()} == {"married_women_childless": 426}
    assert any("whole number" in en for _, en in d.suspect["married_women_childless"])


def test_implausible_figure_in_no_rule_is_repaired_by_its_range() -> None:
    # a contraceptive rate of 8.3% is possible but outside its plausible 50–100%: 83 (point moved) is inside
    d = diagnose_record(rec_of(contraceptive_rate="8.3"))
    assert {k: (o.value, o.operator) for k, o in d.suggestion.items()} == {"contraceptive_rate": (83, "decimal_shift")}
    assert d.fixed_rules == {"range.contraceptive_rate"}


def test_attainability_decides_between_keystroke_candidates() -> None:
    # 101/220 = 45.909…%, printed 45.7. One digit changed, 45.8 and 45.9 are both within the ratio's
    # ±0.15; only 45.9 is attainable: k/220 for a whole k lies in [45.85, 46.0) for 45.9 (101/220) but
    # in no [45.75, 45.9) for 45.8 (100/220 = 45.45). births_second = 221 would fit the rate too, but
    # 510 + 221 + 37 ≠ 767.
    d = diagnose_record(rec_of(births="767", births_first="510", births_second="220", births_third_plus="37",
                               births_second_planned="101", second_birth_planned_rate="45.7"))
    assert {k: (o.value, o.operator) for k, o in d.suggestion.items()} == {
        "second_birth_planned_rate": (45.9, "digit_substituted")}
    assert not d.still_broken


def test_a_candidate_with_more_decimals_meets_its_own_rounding() -> None:
    # 49/50 = 98%, printed 988 (the 8 doubled). 98.8 (point lost) is within ±1.5 of 98 at the printed
    # precision, but as 98.8 it must be within ±0.15: only 98 fits
    d = diagnose_record(rec_of(births_second="50", births_second_planned="49", second_birth_planned_rate="988"))
    assert {k: (o.value, o.operator) for k, o in d.suggestion.items()} == {
        "second_birth_planned_rate": (98, "digit_doubled")}


def test_five_equally_good_cells_are_all_alternatives() -> None:
    # 426 + 3710 + 5552 + 704 = 10392, printed total 10492: one digit of any of the five figures explains it
    d = diagnose_record(rec_of(married_women="10492", married_women_childless="426", married_women_one_child="3710",
                               married_women_two_children="5552", married_women_three_plus="704"))
    assert d.suggestion == {}
    assert sorted((k, o.value) for alt in d.alternatives for k, o in alt.items()) == [
        ("married_women", 10392), ("married_women_childless", 526), ("married_women_one_child", 3810),
        ("married_women_three_plus", 804), ("married_women_two_children", 5652)]
    assert "married_women_by_children" in d.still_broken


# ---------------------------------------------------------------------------------------------------
# fpcheck repair
# ---------------------------------------------------------------------------------------------------


def read_log(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_repair_seed0_text(tmp_path: Path) -> None:
    out = tmp_path / "fixed.txt"
    log = repair_file(seed_path(0), out)
    assert log == tmp_path / "fixed.txt.changes.csv"
    orig = read_text(seed_path(0))
    fixed = out.read_text(encoding="utf-8")
    assert "年初总人口56210人" in fixed and "年初总人口5622023人" in orig
    assert "其中一孩510人(计内510人);二孩220人(计内101人)" in fixed
    assert "性别比为100:118;" in fixed
    assert "已婚育龄妇女10392人" in fixed and "一孩妇女3710人" in fixed
    assert "2023年2023月" in fixed  # impossible month: reported, never rewritten
    assert "男职工3人(二孩1人,一孩2人,未生育1人)" in fixed  # a disagreement: left as printed
    assert len(fixed) == len(orig) - (7 - 5) - 2 * (5 - 3) - (5 - 3) - (8 - 7) - (7 - 5) - (6 - 4)
    rows = read_log(log)
    assert {(r["what"], r["from"], r["to"]) for r in rows} == {
        ("population_start", "5622023", "56210"), ("births_first", "52023", "510"),
        ("births_first_planned", "52023", "510"), ("births_second_planned", "20231", "101"),
        ("married_women", "2023392", "10392"), ("married_women_one_child", "372023", "3710"),
        ("sex_ratio_at_birth", "20230118", "100:118")}
    first = next(r for r in rows if r["what"] == "population_start")
    assert first["where"] == "chars 185–192 (line 1)" and orig[185:192] == "5622023"
    assert first["operator"] == "token_paste" and "2023" in first["evidence"]


def test_repair_seed4_doc_level_figures(tmp_path: Path) -> None:
    out = tmp_path / "fixed.txt"
    log = repair_file(seed_path(4), out)
    fixed = out.read_text(encoding="utf-8")
    assert "每月10元" in fixed and "每月2023元" not in fixed
    assert "20230%" not in fixed and "100%。" in fixed
    assert {(r["what"], r["from"], r["to"]) for r in read_log(log)} == {("figure", "20230", "100"),
                                                                       ("figure", "2023", "10")}


@pytest.mark.parametrize(("codec", "bom"), [("gb18030", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
                                            ("utf-8", codecs.BOM_UTF8)])
def test_repair_keeps_the_encoding(tmp_path: Path, codec: str, bom: bytes) -> None:
    text = "全镇共出生767人,其中一孩52023人;二孩220人;多孩37人。\r\n"
    src = tmp_path / "in.txt"
    src.write_bytes(bom + text.encode(codec))
    out = tmp_path / "out.txt"
    log = repair_file(src, out)
    data = out.read_bytes()
    assert data.startswith(bom)
    assert data[len(bom):].decode(codec) == text.replace("52023", "510")
    assert detect_encoding(data, read_text(out)) == (bom, codec)
    rows = read_log(log)
    assert [(r["what"], r["to"]) for r in rows] == [("births_first", "510")]
    assert codec in rows[0]["note"]


def test_repair_csv_table(tmp_path: Path) -> None:
    src = tmp_path / "t.csv"
    src.write_bytes("单位,出生人数,一孩,二孩,多孩\r\n甲镇,767,150,220,37\r\n乙镇,100,60,30,10\r\n".encode("gb18030"))
    out = tmp_path / "fixed.csv"
    log = repair_file(src, out)
    assert out.read_bytes().decode("gb18030") == "单位,出生人数,一孩,二孩,多孩\r\n甲镇,767,510,220,37\r\n乙镇,100,60,30,10\r\n"
    rows = read_log(log)
    assert [(r["what"], r["where"], r["from"], r["to"], r["operator"]) for r in rows] == [
        ("births_first", "line 2, column 3", "150", "510", "transposition")]


def test_repair_xlsx_table(tmp_path: Path) -> None:
    src = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表1"
    for row in (["单位", "出生人数", "一孩", "二孩", "多孩"], ["甲镇", 767, 150, 220, 37]):
        ws.append(row)
    wb.save(src)
    out = tmp_path / "fixed.xlsx"
    log = repair_file(src, out)
    assert openpyxl.load_workbook(out)["表1"]["C2"].value == 510
    assert openpyxl.load_workbook(src)["表1"]["C2"].value == 150
    assert [(r["where"], r["from"], r["to"]) for r in read_log(log)] == [("表1!C2", "150", "510")]


def test_repair_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("其中一孩52023人", encoding="utf-8")
    with pytest.raises(RepairRefused):
        repair_file(src, src)
    with pytest.raises(RepairRefused):
        repair_file(src, tmp_path / "." / "in.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(src)
    with pytest.raises(RepairRefused):
        repair_file(src, link)
    assert src.read_text(encoding="utf-8") == "其中一孩52023人"


def test_cli_repair(tmp_path: Path) -> None:
    out = tmp_path / "fixed.txt"
    assert main(["repair", str(seed_path(0)), "-o", str(out)]) == 0
    assert "年初总人口56210人" in out.read_text(encoding="utf-8")
    assert (tmp_path / "fixed.txt.changes.csv").exists()
    assert main(["repair", str(out), "-o", str(out)]) != 0


def _wan(**printed: str) -> Record:
    """A record printed in 万 (76.7 万 = 767000 people)."""
    return Record("u", {k: Value(k, float(p) * 10000, p, len(p.split(".")[1]) if "." in p else 0, 10000.0)
                        for k, p in printed.items()})


# births 76.7 万 against 15.0 + 22.0 + 3.7; planned first births 52.0 > 15.0 while the planned parities add up
# to births_planned 74.0, so no single repair mends every rule and the solver's choice leaves the parity sum broken
WAN_CONFLICT = dict(births="76.7", births_first="15.0", births_second="22.0", births_third_plus="3.7",
                    births_first_planned="52.0", births_second_planned="21.0", births_third_plus_planned="1.0",
                    births_planned="74.0")


def test_messages_on_figures_printed_in_wan_show_base_units_without_false_decimals() -> None:
    from fpcheck.validate import validate_records

    [found] = validate_records([_wan(**WAN_CONFLICT)])
    parity = next(f for f in found if f.rule == "births_by_parity")
    assert "767000 " in parity.message and "767000.0" not in parity.message  # 76.7 万: whole people


def test_a_rule_still_broken_after_repair_names_the_repair_as_printed(capfd: pytest.CaptureFixture[str]) -> None:
    from fpcheck.catalog import default_catalog
    from fpcheck.diagnose.repair import findings_for
    from fpcheck.rules import core_rules
    from fpcheck.validate import validate_records

    rec = _wan(**WAN_CONFLICT)
    [found] = validate_records([rec])
    diag = diagnose_record(rec)
    out = findings_for(rec, diag, found, core_rules(), default_catalog())
    restated = [f for f in out if f.message.startswith("按建议修正")]
    assert restated, [f.message for f in out]
    for f in restated:  # the repaired figure as the sheet prints it (150 万), not 1500000
        fixed = {k: diag.suggestion[k] for k in f.indicators if k in diag.suggestion}
        assert fixed and all(f"{k}→{o.value / 10000:g}" in f.message for k, o in fixed.items()), f.message
    # HiGHS prints a debug line to the process's stdout on this model: none of it may reach fpcheck's stdout
    assert capfd.readouterr().out == ""


def test_ages_are_no_bounds_of_a_restated_target() -> None:
    # 1020: 孕产妇系统管理率96.18%，3岁以下儿童系统管理率94.27% under 工作成效, then 孕产妇系统管理率保持在95%以上 in the plan:
    # the first is achieved (its 以下 an age), so no target is stated twice; two targets that differ still warn
    from fpcheck.diagnose.scan import restated_targets
    from fpcheck.model import Document

    text = ("一、2025年工作成效\n孕产妇系统管理率96.18%，3岁以下儿童系统管理率94.27%。\n"
            "二、2026年工作计划\n孕产妇系统管理率保持在95%以上。\n")
    assert restated_targets(Document(source="t", kind="report", text=text)) == []
    twice = "三、目标任务\n确保三查率达到95%以上。\n四、考核要求\n确保三查率达到96%以上。\n"
    assert [f.rule for f in restated_targets(Document(source="t", kind="report", text=twice))] == ["target_restated"]


def test_no_keystroke_original_to_other_places_than_its_kind() -> None:
    # 9.08 − 8.59 = 0.49, growth printed 0.96 (blind round 1296: last year's death rate 8.12 taken): 0.496 (a 4
    # dropped) would meet the rule within the rates' rounding, but the other rates are printed to two places: the
    # rule is told, nothing mended
    d = diagnose_record(rec_of(birth_rate="9.08", death_rate="8.59", natural_growth_rate="0.96"))
    assert d.suggestion == {}
    assert "natural_growth_is_difference" in d.still_broken
    # printed to three like the others, the same slip is mended (0.496 − a digit dropped − for 9.085 − 8.589)
    d = diagnose_record(rec_of(birth_rate="9.085", death_rate="8.589", natural_growth_rate="0.96"))
    assert {k: (o.value, o.decimals) for k, o in d.suggestion.items()} == {"natural_growth_rate": (0.496, 3)}
