"""fpcheck: check Chinese population and family-planning statistics for consistency and corruption."""

from fpcheck.catalog import Catalog, Indicator, default_catalog

__all__ = ["Catalog", "Indicator", "default_catalog"]
__version__ = "0.1.0"
