"""Real yearbook and census tables, checked end to end; every expected figure worked out by hand."""

import json
from pathlib import Path

from fpcheck.cli import main

FIX = Path(__file__).parent / "fixtures" / "tables"


def report(capsys, name: str, *extra: str) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(["check", str(FIX / name), "--format", "json", *extra])
    return code, json.loads(capsys.readouterr().out)


def by_unit(rep: dict) -> dict[str, list[dict]]:
    return {r["unit"]: r["findings"] for d in rep["documents"] for r in d["records"]}


def test_census_2020_errors_are_found_and_the_transposed_digits_repaired(capsys) -> None:
    code, rep = report(capsys, "census2020_province_households_population_sex.csv")
    units = by_unit(rep)
    assert code == 1
    # 河北: 74610235 − 37679003 = 36931232, printed 36913232 (13 ↔ 31); 37679003/36931232 = 102.02 as printed
    hebei = {f["rule"]: f for f in units["河北"]}
    assert hebei["population_by_sex"]["expected"] == 37679003 + 36913232
    assert hebei["repair"]["suggestion"] == {"population_female": 36931232}
    assert hebei["repair"]["operator"] == "transposition"
    # the same repair told in English names the figure in English, not by its JSON key
    _, rep_en = report(capsys, "census2020_province_households_population_sex.csv", "--lang", "en")
    (repair_en,) = [f for f in by_unit(rep_en)["河北"] if f["rule"] == "repair"]
    assert repair_en["message"].startswith("female population is printed 36913232, most likely 36931232")
    # 山西: family-household women printed 1556494; 32138952 − 16184258 = 15954694 (no single keystroke)
    shanxi = {f["rule"]: f for f in units["山西"]}
    assert shanxi["household_population_by_sex"]["expected"] == 16184258 + 1556494
    assert "suggestion" not in shanxi["household_population_by_sex"]
    # 宁夏: 3689383 / 3513271 × 100 = 105.01 against a printed 103.83, while 3689383 + 3513271 = 7202654 holds
    ningxia = {f["rule"]: f for f in units["宁夏"]}
    assert set(ningxia) == {"population_sex_ratio_from_counts"}
    assert round(ningxia["population_sex_ratio_from_counts"]["expected"], 2) == 105.01
    # 陕西: family 35975425 + collective 3535374 = 39510799 households' people, against 39528999 in all (which
    # 20226490 + 19302509 confirms): 18200 missing, no single keystroke explains it
    shaanxi = {f["rule"]: f for f in units["陕西"]}
    assert set(shaanxi) == {"population_by_household_type"}
    assert shaanxi["population_by_household_type"]["expected"] == 39510799
    assert "suggestion" not in shaanxi["population_by_household_type"]
    # 北京 adds up: 11195390 + 10697705 = 21893095, 9436296 + 9578042 = 19014338
    assert units["北京"] == []


def test_yearbook_2_1_national_total_includes_the_military_by_its_note(capsys) -> None:
    code, rep = report(capsys, "yb2023_t2-1_province_birth_death_natural_rates_2022.csv")
    (doc,) = rep["documents"]
    rules = [f["rule"] for f in doc["findings"]]
    assert code == 0
    assert rules == ["table_note.sample_survey", "table_note.totals_include_unlisted"]
    assert all(r["findings"] == [] for r in doc["records"])


def test_births_by_age_is_a_weighted_table_whose_misses_are_rounding(capsys) -> None:
    # 15-19: 119 + 13 + 1 = 133 births against 132 printed; 18: 38 + 6 + 0 = 44 against 45 — weighted counts
    code, rep = report(capsys, "yb2023_t2-40_births_by_mother_age_and_order_national.csv")
    (doc,) = rep["documents"]
    assert code == 0
    assert [f["rule"] for f in doc["findings"] if f["severity"] != "info" or f["rule"] == "weighted_table"] == [
        "weighted_table"]
    assert all(f["severity"] == "info" for r in doc["records"] for f in r["findings"])


def test_yearbook_1_2_sex_over_population_reads_the_male_and_female_columns(capsys, tmp_path: Path) -> None:
    """男 / 女 over 人口数 and 比重(%): the population by sex, not three population columns (the share is unknown)."""
    code, rep = report(capsys, "yb2023_t1-2_population_by_sex_1949_2022.xlsx")
    (doc,) = rep["documents"]
    assert code == 0
    assert not [f for f in doc["findings"] if f["rule"] == "duplicate_column"]
    unknown = sorted(f["location"]["cell"] for f in doc["findings"] if f["rule"] == "unknown_column")
    assert unknown == ["D7", "F7"]  # 比重(%) under 男 and under 女
    rec = {r["period"]: r["values"] for r in doc["records"]}
    # 2022 (万人): 72206 + 68969 = 141175, the printed total
    assert rec["2022"]["population"] == 141175 * 10_000
    assert rec["2022"]["population_male"] == 72206 * 10_000 and rec["2022"]["population_female"] == 68969 * 10_000
    assert all(r["findings"] == [] for r in doc["records"])
    # the same header with the 2022 men typed as 72260: the sum no longer holds
    src = (FIX.parent / "tables" / "yb2023_t1-2_population_by_sex_1949_2022.xlsx")
    import openpyxl

    wb = openpyxl.load_workbook(src)
    ws = wb.active
    row = next(r for r in ws.iter_rows() if str(r[0].value).strip() == "2022")
    row[2].value = 72260
    bad = tmp_path / "t1-2_bad.xlsx"
    wb.save(bad)
    capsys.readouterr()
    assert main(["check", str(bad), "--format", "json"]) == 1
    found = [f for d in json.loads(capsys.readouterr().out)["documents"] for r in d["records"] for f in r["findings"]]
    assert [(f["rule"], f["location"]["cell"]) for f in found if f["severity"] == "error"][:1] == [
        ("population_by_sex", f"B{row[0].row}")]


def test_a_lost_minus_sign_in_the_world_table_is_repaired(capsys) -> None:
    # yearbook 7-2: 韩国 birth rate 5‰, death rate 6‰, natural increase printed 0.1 (%): 5 − 6 = −1‰ = −0.1%,
    # so the minus sign was lost; the other 32 countries agree (percent read as 10× per mille, e.g. 马来西亚
    # 14 − 5 = 9‰ = 0.9%)
    code, rep = report(capsys, "yb2023_t7-2_world_birth_death_rates_ngr_in_percent.xlsx")
    units = by_unit(rep)
    assert code == 1 and len(units) == 33
    korea = {f["rule"]: f for f in units["韩国"]}
    assert set(korea) == {"natural_growth_is_difference", "repair"}
    assert korea["repair"]["suggestion"] == {"natural_growth_rate": -1.0}  # −0.1% in ‰, the unit of the values
    assert "-0.1" in korea["repair"]["message"]  # told as the column prints it
    assert korea["repair"]["operator"] == "sign_flip" and korea["repair"]["location"]["cell"] == "E28"
    assert not any(fs for unit, fs in units.items() if unit != "韩国")
