"""fpcheck: check Chinese population and family-planning statistics for consistency and corruption.

The public API: ``validate(df) -> Report`` (fast, findings only for failing rows), ``schema_for(columns)``
(the same rules as a pandera DataFrameSchema), ``load_rules``, ``default_catalog``, ``extract`` (text →
records), ``read_table`` (spreadsheets → records) and ``check_paths`` (the whole job). Heavy modules
(pandera, the readers) are imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Catalog": "fpcheck.catalog", "Indicator": "fpcheck.catalog", "default_catalog": "fpcheck.catalog",
    "load_rules": "fpcheck.rules", "Rule": "fpcheck.rules",
    "validate": "fpcheck.validate", "Report": "fpcheck.validate", "validate_records": "fpcheck.validate",
    "schema_for": "fpcheck.schema",
    "extract": "fpcheck.extract", "read_table": "fpcheck.tables",
    "check_paths": "fpcheck.check", "Options": "fpcheck.check",
    "diagnose_record": "fpcheck.diagnose.repair",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'fpcheck' has no attribute {name!r}")
