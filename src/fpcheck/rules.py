"""Rule files: load YAML, check every rule against the catalog, and hand back plain rule objects.

A rule is data (R's ``validate`` keeps rules as a file of expressions; here a file of small mappings):
an id, a kind, the operands it binds, a severity and a message in Chinese and English. Errors in a rules
file name the file, the line and the problem.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from fpcheck.catalog import Catalog, default_catalog, schemas_dir
from fpcheck.model import Severity

#: operand roles of each kind: role name -> True when the role holds a list of operands
#: (a sum's total may list alternatives too: the parts add up to whichever of them is nearest)
KINDS: dict[str, dict[str, bool]] = {
    "sum": {"total": False, "parts": True},
    "bound": {"part": False, "whole": False},
    "ratio": {"rate": False, "numerator": False, "denominator": False},
    "difference": {"result": False, "minuend": True, "subtrahend": True},  # (each side summed: the balance)
    "attainable": {"rate": False, "denominator": False},
    "range": {},
    "totals": {},
}
#: roles that may list alternatives (total: [population, population_end]: a sex split of either stock)
_ALTERNATIVE_ROLES = {("sum", "total")}
_OPTIONAL = {"id", "kind", "severity", "message", "scale", "tolerance", "indicators", "description", "exempt"}


class RuleFileError(ValueError):
    """A rules file that cannot be used: names the file, the line and the problem."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}" + (f":{line}" if line else "") + f": {problem}")


@dataclass(frozen=True)
class Alternative:
    """One way to compute a derived quantity: the mean or sum of ids, or one id; maybe uncertain."""

    how: str  # "mean" | "sum" | "of"
    ids: tuple[str, ...]
    uncertain: bool = False
    name_zh: str = ""  # what the alternative is, for messages ({denominator_name}: 平均人口, 年末人口)
    name_en: str = ""
    # how far (relatively) an uncertain alternative may lie from the quantity itself (a year-end population from the
    # year's mean): a ratio on it that misses by more than that is wrong whatever the base; 0 for no bound
    within: float = 0.0
    # a figure missing from a year's row taken from the year before's closing one (its 年初人口 from 上年年末人口, in
    # a table of several years: ``Columns.carried``)
    carried: bool = False
    # a figure missing from a record taken from what its text implies (its 年初 from its 年末 and
    # 比上年末减少1208人: ``Columns.implied``)
    implied: bool = False
    # used only where the record's text states its rates rest on this figure (出生率按年末总人口计算:
    # ``Columns.stated``)
    stated: bool = False


@dataclass(frozen=True)
class Derived:
    """A named quantity with ordered alternatives: the first whose inputs are all present is used."""

    name: str
    alternatives: tuple[Alternative, ...]
    annual: bool = False

    @property
    def indicators(self) -> tuple[str, ...]:
        """Its inputs, in the order the alternatives that every record may use name them (a base a text states is
        one of those, named where they name it: the repairs tried follow this order)."""
        return tuple(dict.fromkeys(i for a in sorted(self.alternatives, key=lambda a: a.stated) for i in a.ids))


@dataclass(frozen=True)
class Rule:
    """A rule as written: kind, operands by role, severity, messages; ``spec`` is its plain-JSON form."""

    id: str
    kind: str
    operands: dict[str, tuple[str, ...]]
    severity: Severity = "error"
    message_zh: str = ""
    message_en: str = ""
    scale: float = 1.0
    tolerance: float = 0.0
    derived: dict[str, Derived] = field(default_factory=dict)
    indicators_filter: tuple[str, ...] = ()
    exempt: tuple[str, ...] = ()
    source: str = ""
    #: operands written ``name?``: counted as nought where not stated (a balance sheet's 其他增减), never required
    optional: frozenset[str] = frozenset()

    @property
    def indicators(self) -> tuple[str, ...]:
        """Every indicator id the rule reads, derived quantities expanded."""
        out: list[str] = list(self.indicators_filter)
        for names in self.operands.values():
            for name in names:
                out.extend(self.derived[name].indicators if name in self.derived else (name,))
        return tuple(dict.fromkeys(out))

    def spec(self) -> dict[str, Any]:
        """Plain-JSON form (used as the pandera check's statistics, so schemas round-trip through YAML)."""
        marked = {r: [n + "?" if n in self.optional else n for n in v] for r, v in self.operands.items()}
        ops = {r: (v if KINDS[self.kind][r] or len(v) > 1 else v[0]) for r, v in marked.items()}
        return {
            "id": self.id, "kind": self.kind, **ops, "severity": self.severity, "scale": self.scale,
            "tolerance": self.tolerance, "indicators": list(self.indicators_filter), "exempt": list(self.exempt),
            "message": {"zh": self.message_zh, "en": self.message_en},
            "derived": {
                n: {"annual": d.annual,
                    "alternatives": [{a.how: list(a.ids) if a.how != "of" else a.ids[0],
                                      "uncertain": a.uncertain, "within": a.within, "carried": a.carried,
                                      "implied": a.implied, "stated": a.stated,
                                      "name": {"zh": a.name_zh, "en": a.name_en}}
                                     for a in d.alternatives]}
                for n, d in self.derived.items() if n in {x for v in self.operands.values() for x in v}
            },
        }


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping, so errors can name it."""


class _BundledLineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same, on libyaml's C parser where PyYAML was built with it, for fpcheck's own rule files: the same
    mappings and lines, ten times faster (the core rules took 17 ms to parse, which the first check waited
    for). A user's file keeps the pure-Python parser, whose messages its syntax errors quote."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Hashable, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


for _loader in (_LineLoader, _BundledLineLoader):
    _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _parse_derived(raw: dict[str, Any], path: str, catalog: Catalog) -> dict[str, Derived]:
    out: dict[str, Derived] = {}
    for name, body in raw.items():
        if name == "__line__":
            continue
        line = body.get("__line__") if isinstance(body, dict) else None
        alts = []
        for alt in (body or {}).get("alternatives") or []:
            hows = [h for h in ("mean", "sum", "of") if h in alt]
            if len(hows) != 1:
                raise RuleFileError(path, alt.get("__line__", line), f"derived '{name}': each alternative needs one of mean/sum/of")
            ids = alt[hows[0]]
            ids = (ids,) if isinstance(ids, str) else tuple(ids)
            for i in ids:
                if i not in catalog:
                    raise RuleFileError(path, alt.get("__line__", line), f"derived '{name}': unknown indicator '{i}'")
            label = alt.get("name") or {}
            if not isinstance(label, dict):
                raise RuleFileError(path, alt.get("__line__", line), f"derived '{name}': name must be {{zh: …, en: …}}")
            alts.append(Alternative(hows[0], ids, bool(alt.get("uncertain", False)), str(label.get("zh") or ""),
                                    str(label.get("en") or ""), float(alt.get("within", 0.0)),
                                    bool(alt.get("carried", False)), bool(alt.get("implied", False)),
                                    bool(alt.get("stated", False))))
        if not alts:
            raise RuleFileError(path, line, f"derived '{name}' has no alternatives")
        out[name] = Derived(name, tuple(alts), bool(body.get("annual", False)))
    return out


def _parse_rule(raw: Any, path: str, catalog: Catalog, derived: dict[str, Derived]) -> Rule:
    if not isinstance(raw, dict):
        raise RuleFileError(path, None, f"a rule must be a mapping, got {raw!r}")
    line = raw.get("__line__")
    rid, kind = raw.get("id"), raw.get("kind")
    if not rid or not isinstance(rid, str):
        raise RuleFileError(path, line, "rule without an id")
    if kind not in KINDS:
        raise RuleFileError(path, line, f"rule '{rid}': unknown kind '{kind}' (known: {', '.join(KINDS)})")
    severity = raw.get("severity", "error")
    if severity not in ("error", "warning", "info"):
        raise RuleFileError(path, line, f"rule '{rid}': unknown severity '{severity}'")
    operands: dict[str, tuple[str, ...]] = {}
    optional: set[str] = set()
    for role, is_list in KINDS[kind].items():
        if role not in raw:
            raise RuleFileError(path, line, f"rule '{rid}' ({kind}) needs '{role}'")
        val = raw[role]
        either = (kind, role) in _ALTERNATIVE_ROLES and isinstance(val, list) and bool(val)
        names = tuple(val) if (is_list or either) and isinstance(val, list) else (val,)
        if is_list and not isinstance(val, list) and not (kind == "difference" and isinstance(val, str)):
            raise RuleFileError(path, line, f"rule '{rid}': '{role}' must be a list")  # (a difference's one term may stand alone)
        if kind == "difference" and role != "result":  # (a term written name? is nought where not stated)
            optional |= {n[:-1] for n in names if isinstance(n, str) and n.endswith("?")}
            names = tuple(n[:-1] if isinstance(n, str) and n.endswith("?") else n for n in names)
        for name in names:
            if not isinstance(name, str) or (name not in catalog and name not in derived):
                raise RuleFileError(path, line, f"rule '{rid}': unknown indicator '{name}' in '{role}'")
        operands[role] = names
    unknown = set(raw) - set(KINDS[kind]) - _OPTIONAL - {"__line__"}
    if unknown:
        raise RuleFileError(path, line, f"rule '{rid}': unknown key(s) {', '.join(sorted(unknown))}")
    msg = raw.get("message") or {}
    if isinstance(msg, str):
        msg = {"zh": msg, "en": msg}
    flt = tuple(raw.get("indicators") or ())
    exempt = tuple(raw.get("exempt") or ())
    for i in (*flt, *exempt):
        if i not in catalog:
            raise RuleFileError(path, line, f"rule '{rid}': unknown indicator '{i}' in 'indicators' or 'exempt'")
    try:
        scale, tol = float(raw.get("scale", 1.0)), float(raw.get("tolerance", 0.0))
    except (TypeError, ValueError):
        raise RuleFileError(path, line, f"rule '{rid}': scale and tolerance must be numbers") from None
    used = {n for v in operands.values() for n in v}
    return Rule(
        id=rid, kind=kind, operands=operands, severity=severity,
        message_zh=str(msg.get("zh", "")), message_en=str(msg.get("en", msg.get("zh", ""))),
        scale=scale, tolerance=tol, indicators_filter=flt, exempt=exempt, source=path,
        derived={n: d for n, d in derived.items() if n in used}, optional=frozenset(optional),
    )


def parse_rules(text: str, path: str = "<rules>", catalog: Catalog | None = None, *, bundled: bool = False
                ) -> list[Rule]:
    """Parse one rules document (``derived:`` and ``rules:``) into rules, checking every name; ``bundled``: one
    of fpcheck's own files (parsed by libyaml, see _BundledLineLoader)."""
    catalog = catalog or default_catalog()
    try:
        data = yaml.load(text, Loader=_BundledLineLoader if bundled else _LineLoader)  # noqa: S506 - SafeLoaders
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleFileError(path, mark.line + 1 if mark else None, f"YAML syntax error: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleFileError(path, None, "a rules file is a mapping with a 'rules:' list")
    derived = _parse_derived(data.get("derived") or {}, path, catalog)
    rules = [_parse_rule(r, path, catalog, derived) for r in data["rules"]]
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise RuleFileError(path, None, f"duplicate rule id '{r.id}'")
        seen.add(r.id)
    return rules


def load_rules(paths: Iterable[str | Path] = (), *, catalog: Catalog | None = None,
               include_core: bool = True) -> list[Rule]:
    """The bundled core rules (``schemas/rules/*.yaml``) plus any user rule files, in order."""
    files: list[Path] = sorted((schemas_dir() / "rules").glob("*.yaml")) if include_core else []
    bundled = len(files)
    files += [Path(p) for p in paths]
    out: list[Rule] = []
    for i, f in enumerate(files):
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleFileError(str(f), None, f"cannot read: {exc}") from None
        out.extend(parse_rules(text, str(f), catalog, bundled=i < bundled))
    ids = [r.id for r in out]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise RuleFileError(str(files[-1]), None, f"rule id(s) defined twice: {', '.join(sorted(dup))}")
    return out


@cache
def core_rules() -> tuple[Rule, ...]:
    """The bundled rules, loaded once."""
    return tuple(load_rules())


def rules_from_spec(specs: Sequence[dict[str, Any]], catalog: Catalog | None = None) -> list[Rule]:
    """Rebuild rules from their plain-JSON ``spec()`` form (as stored in a pandera schema)."""
    out = []
    for s in specs:
        doc = {"derived": s.get("derived") or {}, "rules": [{k: v for k, v in s.items() if k != "derived"}]}
        out.extend(parse_rules(yaml.safe_dump(doc, allow_unicode=True), f"<spec {s.get('id')}>", catalog))
    return out
