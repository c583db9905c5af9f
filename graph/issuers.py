"""Issuers: the full name of a body in its place, and the hierarchy its name states.

"Tỉnh ủy" in an article about Hà Tĩnh is "Tỉnh ủy Hà Tĩnh"; "Ban Thường vụ Tỉnh ủy Hà Tĩnh" is
a unit of "Tỉnh ủy Hà Tĩnh", itself the committee of "Đảng bộ tỉnh Hà Tĩnh". The patterns are
in data/issuer_parents.tsv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from loaders.gazetteer import fold

from graph.identity import IssuerPlace

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class ParentRule:
    pattern: re.Pattern[str]
    parent: str
    relation: str  # unit | sub


def _read_rules() -> list[ParentRule]:
    rules = []
    lines = (DATA / "issuer_parents.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line or line.startswith("#") or line.startswith("pattern\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or cells[2] not in ("unit", "sub"):
            raise ValueError(f"{DATA / 'issuer_parents.tsv'}:{number}: expected pattern, parent, "
                             f"relation (unit|sub)")
        rules.append(ParentRule(re.compile(cells[0] + r"$", re.IGNORECASE), cells[1], cells[2]))
    return rules


RULES = _read_rules()


@lru_cache(maxsize=16384)
def localised_name(name: str, place: IssuerPlace) -> str:
    """The issuer's name with its place when the name lacks it ("UBND tỉnh" -> "UBND tỉnh
    Bình Dương"); central bodies and names that already carry a place are kept. A body whose own
    unit is unknown gets the unit above it in brackets ("Đảng ủy xã (Ninh Bình)"), not as its
    name: there is no xã Ninh Bình."""
    if place.central or not place.names:
        return name
    levels = ("province", "district", "commune")
    depth = levels.index(place.level) + 1 if place.level in levels else 1
    folded = fold(name)
    if any(fold(n) in folded for n in place.names):
        return name
    if len(place.names) < depth:
        return f"{name} ({place.names[-1]})"
    return f"{name} {place.names[depth - 1]}"


@dataclass(frozen=True)
class Link:
    child: str
    parent: str
    relation: str  # unit (org:unitOf) | sub (org:subOrganizationOf)


@lru_cache(maxsize=16384)
def hierarchy(name: str, stated_parent: str | None = None) -> tuple[Link, ...]:
    """Every link up from the issuer: the record's own parent first, then the table's rules."""
    links: list[Link] = []
    current = name
    seen = {fold(name)}
    while True:
        if links == [] and stated_parent:
            parent, relation = stated_parent, _relation_of(name, stated_parent)
        else:
            rule_match = _parent_by_rule(current)
            if rule_match is None:
                break
            parent, relation = rule_match
        if fold(parent) in seen:
            break
        seen.add(fold(parent))
        links.append(Link(current, parent, relation))
        current = parent
    return tuple(links)


def _parent_by_rule(name: str) -> tuple[str, str] | None:
    for rule in RULES:
        match = rule.pattern.match(name)
        if match:
            return match.expand(rule.parent), rule.relation
    return None


def _relation_of(name: str, parent: str) -> str:
    by_rule = _parent_by_rule(name)
    return by_rule[1] if by_rule else "unit"
