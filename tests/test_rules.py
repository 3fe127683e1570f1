"""Rule files: the core rules load, and a broken rules file is an error naming the file, line and problem."""

from pathlib import Path

import pytest

from fpcheck.catalog import schemas_dir
from fpcheck.rules import RuleFileError, core_rules, load_rules, parse_rules


def test_core_rules_cover_every_kind() -> None:
    kinds = {r.kind for r in core_rules()}
    assert kinds == {"sum", "bound", "ratio", "difference", "attainable", "range", "totals"}
    ids = {r.id for r in core_rules()}
    assert {"births_by_parity", "married_women_by_children", "surgeries_by_kind", "natural_growth_is_difference",
            "planned_birth_rate_attainable", "birth_rate_from_counts"} <= ids


def test_every_rule_has_messages_in_both_languages() -> None:
    for r in core_rules():
        assert r.message_zh and r.message_en, r.id
        assert r.message_zh != r.message_en, r.id


def test_derived_mean_population_is_expanded() -> None:
    rule = next(r for r in core_rules() if r.id == "birth_rate_from_counts")
    assert set(rule.indicators) == {"birth_rate", "births", "population_start", "population_end", "population"}


def test_bundled_rules_read_as_a_user_file_of_the_same_text() -> None:
    """fpcheck's own rule files are parsed by libyaml (faster), a user's by pure-Python PyYAML: same rules."""
    for path in sorted((schemas_dir() / "rules").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert parse_rules(text, str(path), bundled=True) == parse_rules(text, str(path))


def _err(text: str) -> RuleFileError:
    with pytest.raises(RuleFileError) as exc:
        parse_rules(text, "my_rules.yaml")
    return exc.value


def test_unknown_indicator_names_file_and_line() -> None:
    e = _err("rules:\n  - id: a\n    kind: sum\n    total: births\n    parts: [births_first]\n"
             "  - id: b\n    kind: bound\n    part: birthz\n    whole: births\n")
    assert e.path == "my_rules.yaml" and e.line == 6 and "birthz" in e.problem
    assert str(e).startswith("my_rules.yaml:6:")


def test_unknown_kind() -> None:
    e = _err("rules:\n  - id: a\n    kind: product\n")
    assert e.line == 2 and "unknown kind 'product'" in e.problem


def test_yaml_syntax_error_names_the_line() -> None:
    e = _err("rules:\n  - id: a\n    kind: sum\n   total: [births\n")
    assert e.line is not None and e.line >= 3 and "YAML" in e.problem


def test_missing_role_and_unknown_key() -> None:
    assert "needs 'parts'" in _err("rules:\n  - {id: a, kind: sum, total: births}\n").problem
    assert "unknown key" in _err("rules:\n  - {id: a, kind: bound, part: births, whole: population, colour: red}\n").problem


def test_a_user_rules_file_adds_rules(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text("rules:\n  - id: deaths_below_births\n    kind: bound\n    part: deaths\n    whole: births\n"
                 "    severity: warning\n    message: {zh: 死亡多于出生, en: more deaths than births}\n", encoding="utf-8")
    rules = load_rules([f])
    mine = [r for r in rules if r.id == "deaths_below_births"]
    assert len(mine) == 1 and mine[0].severity == "warning" and mine[0].source == str(f)
    assert len(rules) == len(core_rules()) + 1


def test_a_rule_id_defined_twice_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "dup.yaml"
    f.write_text("rules:\n  - {id: births_by_parity, kind: bound, part: deaths, whole: births}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="births_by_parity"):
        load_rules([f])


def test_a_difference_sums_each_side_and_takes_optional_terms() -> None:
    # one term may stand alone (a rule file written before the sides were lists); "x?" marks a term nought where not
    # stated, and only a difference may have one
    (old,) = parse_rules("rules:\n  - {id: g, kind: difference, result: natural_growth_rate, minuend: birth_rate,"
                         " subtrahend: death_rate}\n", "old.yaml")
    assert old.operands == {"result": ("natural_growth_rate",), "minuend": ("birth_rate",),
                            "subtrahend": ("death_rate",)} and not old.optional
    (bal,) = parse_rules('rules:\n  - {id: b, kind: difference, result: population_end, minuend: [population_start,'
                         ' births, "other_increase?"], subtrahend: [deaths]}\n', "mine.yaml")
    assert bal.operands["minuend"] == ("population_start", "births", "other_increase")
    assert bal.optional == frozenset({"other_increase"})
    assert bal.spec()["minuend"] == ["population_start", "births", "other_increase?"]  # (round-trips through pandera)
    assert "unknown indicator 'births?'" in _err(
        'rules:\n  - {id: s, kind: sum, total: births_planned, parts: ["births?"]}\n').problem
