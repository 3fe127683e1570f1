"""Rules as a pandera DataFrameSchema that other pipelines import and run on their own frames.

Each rule (each indicator, for range rules) becomes one registered dataframe-level check,
``Check.fpcheck_rule(rule=<plain-JSON spec>)``: the spec is the rule itself, so the schema round-trips
through pandera's YAML I/O and the check runs the very expression ``fpcheck.validate`` runs. Checks are
built with ``ignore_na=False``: rules handle missing values themselves (missing = not applicable).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.extensions import register_check_method

from fpcheck.catalog import Catalog, default_catalog, schemas_dir
from fpcheck.columns import Columns
from fpcheck.kinds import evaluate
from fpcheck.rules import Rule, core_rules, rules_from_spec


@lru_cache(maxsize=512)
def _rule_of(spec_json: str) -> Rule:
    return rules_from_spec([json.loads(spec_json)])[0]


def _check(df: pd.DataFrame, *, rule: dict[str, Any]) -> pd.Series:
    """True where the rule holds or does not apply: the same outcome ``fpcheck.validate`` computes."""
    compiled = _rule_of(json.dumps(rule, sort_keys=True, ensure_ascii=False))
    ns = Columns.from_frame(df, indicators=dict.fromkeys(compiled.indicators))
    passed = pd.Series(True, index=df.index)
    for out in evaluate(ns, compiled).values():
        passed &= ~out.failing
    return passed


def fpcheck_rule(pandas_obj: pd.DataFrame, *, rule: dict[str, Any]) -> pd.Series:
    """The registered check: one fpcheck rule, given as its plain-JSON spec, over a whole frame."""
    return _check(pandas_obj, rule=rule)


if not hasattr(pa.Check, "fpcheck_rule"):
    register_check_method(statistics=["rule"], supported_types=pd.DataFrame)(fpcheck_rule)


def checks_for(rules: Sequence[Rule], columns: Iterable[str]) -> list[pa.Check]:
    """One check per rule whose indicators all appear in ``columns`` (range: one per indicator)."""
    cols = set(columns)
    out = []
    for rule in rules:
        if rule.kind == "totals":
            continue
        if rule.kind == "range":
            ids = rule.indicators_filter or tuple(c for c in default_catalog().indicators if c in cols)
            for ind in ids:
                if ind in cols:
                    spec = {**rule.spec(), "indicators": [ind]}
                    out.append(pa.Check.fpcheck_rule(rule=spec, ignore_na=False,
                                                     error=f"{rule.id}.{ind}"))
            continue
        if any(_has_input(rule, role, cols) for role in rule.operands) and all(
                _has_input(rule, role, cols) for role in rule.operands):
            out.append(pa.Check.fpcheck_rule(rule=rule.spec(), ignore_na=False, error=rule.id))
    return out


def _has_input(rule: Rule, role: str, cols: set[str]) -> bool:
    """Whether the role's operands can be computed: all of them, or for a sum one of its alternative totals and one
    of its parts (what the direct evaluation needs)."""
    def present(name: str) -> bool:
        d = rule.derived.get(name)
        return any(all(i in cols for i in a.ids) for a in d.alternatives) if d else name in cols

    names = [n for n in rule.operands[role] if n not in rule.optional]  # (an optional term may be absent)
    # (a sum is checked with some parts absent too: the stated ones may already exceed the total)
    return any(map(present, names)) if rule.kind == "sum" else all(map(present, names))


def schema_for(columns: Iterable[str] | None = None, rules: Sequence[Rule] | None = None, *,
               catalog: Catalog | None = None, name: str = "fpcheck") -> pa.DataFrameSchema:
    """A DataFrameSchema for frames with these columns (all catalog indicators by default).

    Indicator columns are optional nullable floats; rules whose inputs are absent are left out.
    """
    catalog = catalog or default_catalog()
    cols = list(columns) if columns is not None else list(catalog.indicators)
    present = [c for c in cols if c in catalog]
    return pa.DataFrameSchema(
        columns={c: pa.Column(float, nullable=True, required=False, coerce=True) for c in present},
        checks=checks_for(rules if rules is not None else core_rules(), present),
        name=name, strict=False,
    )


def export_schemas(out_dir: Path | None = None) -> list[Path]:
    """Write the full core schema as pandera YAML to ``schemas/pandera/`` (the command ``fpcheck export``)."""
    out_dir = out_dir or schemas_dir() / "pandera"
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "core.yaml"
    path.write_text(schema_yaml(), encoding="utf-8")
    return [path]


def schema_yaml() -> str:
    """The full core schema in pandera's YAML format."""
    text = schema_for(name="fpcheck_core").to_yaml()
    assert text is not None  # no stream given: pandera returns the YAML text
    return text
