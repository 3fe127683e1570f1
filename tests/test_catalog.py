"""The indicator catalog: required ids, measures, ranges and header resolution."""

from fpcheck.catalog import default_catalog

REQUIRED = """population_start population_end population births births_male births_female births_first births_second
births_third_plus births_planned births_first_planned births_second_planned births_third_plus_planned deaths birth_rate
death_rate natural_growth_rate planned_birth_rate second_birth_planned_rate sex_ratio_at_birth birth_quota
birth_quota_used_pct married_women married_women_childless married_women_one_child married_women_two_children
married_women_three_plus contraception_cases contraceptive_rate floating_population surgeries surgeries_target
surgeries_pct sterilizations sterilizations_target sterilizations_pct induced_labors induced_labors_target
induced_labors_pct abortions abortions_target abortions_pct iud_insertions iud_insertions_target iud_insertions_pct
checkup_expected checkup_done checkup_rate""".split()


def test_every_required_indicator_is_in_the_catalog() -> None:
    cat = default_catalog()
    assert [i for i in REQUIRED if i not in cat] == []


def test_measures_follow_the_issue() -> None:
    cat = default_catalog()
    for i in ("birth_rate", "death_rate", "natural_growth_rate"):
        assert cat[i].measure == "permille"
    assert cat["sex_ratio_at_birth"].measure == "per100"
    for i in REQUIRED:
        if i.endswith("_pct") or i.endswith("_rate") and cat[i].measure != "permille":
            assert cat[i].measure == "percent", i
    assert cat["births"].integer and cat["births"].hard == (0.0, None)


def test_ranges_from_the_issue_examples() -> None:
    cat = default_catalog()
    assert cat["sex_ratio_at_birth"].hard == (80.0, 150.0)
    assert cat["sex_ratio_at_birth"].plausible == (100.0, 130.0)
    assert cat["birth_rate"].hard[1] == 60.0
    assert cat["planned_birth_rate"].hard == (0.0, 100.0)
    assert cat["surgeries_pct"].hard[1] is None  # a task-completion percentage may exceed 100


def test_headers_resolve_ignoring_spaces_breaks_and_units() -> None:
    cat = default_catalog()
    assert cat.resolve("出生率\n(‰)") == "birth_rate"
    assert cat.resolve("出生率(‰)") == "birth_rate"
    assert cat.resolve("出生率‰") == "birth_rate"
    assert cat.resolve("人口 出生率") == "birth_rate"
    assert cat.resolve("自然增长率 (%)") == "natural_growth_rate"
    assert cat.resolve("birth_rate") == "birth_rate"
    assert cat.resolve("计生率") == "planned_birth_rate"
    assert cat.resolve("地  区") is None
