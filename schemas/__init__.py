"""Bundled YAML schemas: the indicator catalog, rule files, normalisation tables, exported pandera schemas."""
