"""The pandera schema: importable, round-trips through pandera's YAML, exported copy is current."""

import numpy as np
import pandas as pd
import pandera.pandas as pa
import pytest
from pandera.io import pandas_io

from fpcheck import schema_for
from fpcheck.catalog import schemas_dir
from fpcheck.schema import schema_yaml


def seed_like() -> pd.DataFrame:
    return pd.DataFrame({"births": [767, 767], "births_first": [510, 52023], "births_second": [220, 220],
                         "births_third_plus": [37, 37], "married_women": [10392, 10393],
                         "married_women_childless": [426, 426], "married_women_one_child": [3710, 3710],
                         "married_women_two_children": [5553, 5553], "married_women_three_plus": [704, 704]},
                        index=["甲镇", "乙镇"])


def test_schema_for_validates_a_pipeline_frame_lazily() -> None:
    df = seed_like()
    with pytest.raises(pa.errors.SchemaErrors) as exc:
        schema_for(df.columns).validate(df, lazy=True)
    fc = exc.value.failure_cases
    failing = sorted({(c, i) for c, i in zip(fc["check"], fc["index"], strict=True)})
    # 甲镇: 426+3710+5553+704 = 10393 ≠ 10392; 乙镇: 52023+220+37 ≠ 767
    assert failing == [("births_by_parity", "乙镇"), ("married_women_by_children", "甲镇")]


def test_clean_frame_passes_and_absent_columns_switch_rules_off() -> None:
    df = pd.DataFrame({"births": [767], "births_first": [510], "births_second": [220], "births_third_plus": [37]})
    out = schema_for(df.columns).validate(df, lazy=True)
    assert out["births"].dtype == np.float64
    names = {c.error for c in schema_for(df.columns).checks}
    assert "births_by_parity" in names and "married_women_by_children" not in names


def test_schema_round_trips_through_pandera_yaml() -> None:
    df = seed_like()
    original = schema_for(df.columns)
    again = pandas_io.from_yaml(original.to_yaml())
    assert [c.error for c in again.checks] == [c.error for c in original.checks]
    with pytest.raises(pa.errors.SchemaErrors) as exc:
        again.validate(df, lazy=True)
    assert set(exc.value.failure_cases["check"]) == {"births_by_parity", "married_women_by_children"}


def test_exported_schema_is_current() -> None:
    """Fails when rules or the catalog changed without `fpcheck export-schemas`."""
    exported = (schemas_dir() / "pandera" / "core.yaml").read_text(encoding="utf-8")
    assert exported == schema_yaml(), "schemas/pandera/core.yaml is stale: run `fpcheck export-schemas`"
