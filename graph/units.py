"""Administrative units into GAZETTEER_GRAPH, and the unit a record's place names.

The units come from `loaders.gazetteer` (the `vietnam-provinces` package plus the provinces and
districts merged away before its snapshot): the 63 provinces (and Hà Tây, until 2008), 735
districts (696 in the snapshot) and 10,051 communes before 1 July 2025 and the 34 provinces and
their communes after, with GSO codes, validity, the hierarchy (skos:broader), the succession
(dcterms:isReplacedBy: the 2025 reform and the earlier mergers) and the names a unit bore
before the list's (skos:altLabel, and chithi:formerName with the name's kind and last day: province
46, "Huế" since 2025, was the tỉnh "Thừa Thiên Huế" until 2024-12-31). The graph is written
once per store and replaced only when the data changes (its content hash differs).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import vietnam_provinces

from loaders import gazetteer
from loaders.gazetteer import Unit

from graph.store import Store
from graph.terms import date_lit, iri, lit
from graph.vocab import CHITHI, COUNTRY, DCTERMS, GAZETTEER_GRAPH, RDF, RDFS, SKOS, unit_iri

_T = {name: iri(str(term)) for name, term in {
    "type": RDF.type, "Unit": CHITHI.AdministrativeUnit, "notation": SKOS.notation,
    "prefLabel": SKOS.prefLabel, "fullName": CHITHI.fullName, "level": CHITHI.level,
    "kind": CHITHI.kind, "era": CHITHI.era, "broader": SKOS.broader,
    "validFrom": CHITHI.validFrom, "validUntil": CHITHI.validUntil,
    "isReplacedBy": DCTERMS.isReplacedBy, "contentHash": CHITHI.contentHash,
    "altLabel": SKOS.altLabel, "formerName": CHITHI.formerName, "Name": CHITHI.UnitName,
    "label": RDFS.label,
}.items()}
_GRAPH = iri(GAZETTEER_GRAPH)


def unit_uri(unit: Unit) -> str:
    return unit_iri(unit.era, unit.level, unit.code)


def all_units() -> list[Unit]:
    legacy = [*gazetteer.provinces("legacy", include_former=True), *gazetteer.districts(include_former=True),
              *gazetteer.communes(era="legacy")]
    return [*legacy, *gazetteer.provinces("2025"), *gazetteer.communes(era="2025")]


def gazetteer_nquads() -> str:
    """Every unit as N-Quads in GAZETTEER_GRAPH (without the content-hash mark)."""
    out: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        out.append(f"{s} {_T[p]} {o} {_GRAPH} .\n")

    country = iri(COUNTRY)
    add(country, "type", _T["Unit"])
    add(country, "prefLabel", lit("Việt Nam", "vi"))
    add(country, "level", lit("central"))
    for unit in all_units():
        s = iri(unit_uri(unit))
        add(s, "type", _T["Unit"])
        add(s, "notation", lit(unit.code))
        add(s, "prefLabel", lit(unit.name, "vi"))
        add(s, "fullName", lit(unit.full_name))
        add(s, "level", lit(unit.level))
        add(s, "kind", lit(unit.kind))
        add(s, "era", lit(unit.era))
        up = gazetteer.parent(unit)
        add(s, "broader", iri(unit_uri(up)) if up else country)
        if unit.valid_from:
            add(s, "validFrom", date_lit(unit.valid_from))
        if unit.valid_until:
            add(s, "validUntil", date_lit(unit.valid_until))
        if unit.era == "legacy":
            for successor in gazetteer.successors(unit):
                add(s, "isReplacedBy", iri(unit_uri(successor)))
        for former in gazetteer.former_selves(unit):  # "Thừa Thiên Huế", a tỉnh, until 2024-12-31
            name = iri(f"{unit_uri(unit)}/name/{former.valid_until}")
            add(s, "altLabel", lit(former.name, "vi"))
            add(s, "formerName", name)
            add(name, "type", _T["Name"])  # labelled apart from the units, which are found by name
            add(name, "label", lit(former.full_name, "vi"))
            add(name, "kind", lit(former.kind))
            add(name, "validUntil", date_lit(former.valid_until))
    return "".join(out)


def load_units(store: Store) -> bool:
    """Write the gazetteer graph unless the store already holds this version of it (the
    version: a fingerprint of the dataset, the extra data files and this module). Returns True
    when it was written."""
    digest = units_fingerprint()
    if store.ask(f"ASK {{ GRAPH {_GRAPH} {{ {_GRAPH} {_T['contentHash']} ?h }} }}",
                 {"h": digest}):
        return False
    # Not one atomic replacement (20 s on disk for 140,000 statements): drop, bulk-load, then
    # the mark; a rewrite cut short lacks the mark and is redone by the next load.
    store.drop_graph(GAZETTEER_GRAPH)
    store.add_new_graphs(gazetteer_nquads())
    store.update(f"INSERT DATA {{ GRAPH {_GRAPH} {{ {_GRAPH} {_T['contentHash']} {lit(digest)} }} }}")
    store.flush()
    return True


def units_fingerprint() -> str:
    """What the gazetteer graph is built from, hashed without building it (that takes seconds)."""
    digest = hashlib.sha256(vietnam_provinces.__version__.encode())
    for path in sorted(gazetteer.DATA.glob("*.csv")) + [Path(gazetteer.__file__), Path(__file__)]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=8192)
def find_unit(province: str | None = None, district: str | None = None,
              commune: str | None = None, province_code: str | None = None,
              district_code: str | None = None, commune_code: str | None = None,
              ) -> Unit | None:
    """The most specific unit a place names (a code first, else the name inside the unit above
    it): a legacy unit, or the 2025 commune a commune code without a district stands for (the
    loaders place a commune's body acting after the reform so: "Đảng ủy phường Tuy Hòa" in
    September 2025, by its former province Phú Yên). Stops at the first level it cannot find,
    so a commune missing from the gazetteer yields its district; None when not even the
    province is known."""
    found = None
    for level, code, name in (("province", province_code, province),
                              ("district", district_code, district),
                              ("commune", commune_code, commune)):
        if not (code or name):
            break
        unit = gazetteer.get("legacy", level, code) if code else None
        if unit is None and name:
            unit = gazetteer.lookup(name, level=level, within=found)
        if unit is None:
            break
        found = unit
    if found is not None and found.level == "province" and commune_code and not (district or district_code):
        return _commune_of_2025(found, commune, commune_code) or found
    return found


def _commune_of_2025(province: Unit, name: str | None, code: str) -> Unit | None:
    """The 2025 commune of `code`, if it lies in a province that succeeded `province` and bears
    the name given (codes of 2025 reuse legacy ones: 22015 is phường Tuy Hòa and was Phường 1)."""
    unit = gazetteer.get("2025", "commune", code)
    if unit is None or (name and gazetteer.fold(unit.name) != gazetteer.fold(name)):
        return None
    return unit if unit.parent_code in {s.code for s in gazetteer.successors(province)} else None
