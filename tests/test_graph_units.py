"""graph/units.py: the administrative units of both eras, their hierarchy and succession."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.store import open_store
from graph.units import find_unit, load_units
from graph.vocab import SPARQL_PREFIXES
from tests.fixtures.stores import oxigraph_server  # noqa: F401

UNIT = "https://chithi.vn/id/unit/"


@pytest.fixture(scope="module")
def units():
    store = open_store("memory:")
    load_units(store)
    return store


@pytest.mark.parametrize("era, level, count", [
    ("legacy", "province", 64),  # 63 and Hà Tây, until 2008
    ("legacy", "commune", 10051),
    ("2025", "province", 34),
    ("2025", "commune", 3321),
])
def test_every_unit_of_both_eras(units, era, level, count):
    rows = units.select(SPARQL_PREFIXES + "SELECT (COUNT(?u) AS ?n) WHERE { ?u a chithi:AdministrativeUnit ; "
                        "chithi:era ?era ; chithi:level ?level }", {"era": era, "level": level})
    assert rows[0]["n"] == count


def test_districts_include_those_merged_before_the_snapshot(units):
    rows = units.select(SPARQL_PREFIXES + """SELECT ?until ?next WHERE {
        <https://chithi.vn/id/unit/legacy/district/448> skos:prefLabel "Lộc Hà"@vi ;
            skos:broader <https://chithi.vn/id/unit/legacy/province/42> ;
            chithi:validUntil ?until ; dcterms:isReplacedBy ?next }""")
    assert rows == [{"until": "2024-11-30", "next": UNIT + "legacy/district/445"}]
    count = units.select(SPARQL_PREFIXES + "SELECT (COUNT(?u) AS ?n) WHERE { ?u chithi:era 'legacy' ; "
                         "chithi:level 'district' }")[0]["n"]
    assert count > 696
    # a district of Hà Tây until it moved to Hà Nội with its province
    assert units.ask(SPARQL_PREFIXES + """ASK {
        <https://chithi.vn/id/unit/legacy/district/277-2008> skos:prefLabel "Chương Mỹ"@vi ;
            skos:broader <https://chithi.vn/id/unit/legacy/province/28> ; chithi:validUntil "2008-07-31"^^xsd:date ;
            dcterms:isReplacedBy <https://chithi.vn/id/unit/legacy/district/277> }""")


@pytest.mark.parametrize("old, new", [
    ("42", ["42"]),  # Hà Tĩnh stays
    ("74", ["79"]),  # Bình Dương joins Hồ Chí Minh
    ("44", ["44"]),  # Quảng Bình joins Quảng Trị, which takes code 44
    ("28", ["01"]),  # Hà Tây joined Hà Nội in 2008
])
def test_the_2025_succession_of_provinces(units, old, new):
    rows = units.select(SPARQL_PREFIXES + "SELECT ?code WHERE { ?old dcterms:isReplacedBy ?n . "
                        "?n chithi:level 'province' ; skos:notation ?code }",
                        {"old": URIRef(f"{UNIT}legacy/province/{old}")})
    assert sorted(r["code"] for r in rows) == new


def test_the_hierarchy_and_validity(units):
    assert units.ask(SPARQL_PREFIXES + """ASK {
        <https://chithi.vn/id/unit/legacy/district/772> skos:prefLabel "Quận 11"@vi ;
            chithi:fullName "Quận 11" ; skos:broader/skos:broader <https://chithi.vn/id/unit/vn> ;
            chithi:validUntil "2025-06-30"^^xsd:date .
        <https://chithi.vn/id/unit/2025/province/79> chithi:validFrom "2025-07-01"^^xsd:date }""")


def test_a_unit_keeps_the_names_it_bore_before(units):
    # regression: province 46 was only "Huế", the list's name for the centrally-run city of 2025
    rows = units.select(SPARQL_PREFIXES + """SELECT ?label ?full ?kind ?until WHERE {
        <https://chithi.vn/id/unit/legacy/province/46> skos:prefLabel "Huế"@vi ; skos:altLabel ?label ;
            chithi:formerName [ a chithi:UnitName ; rdfs:label ?full ; chithi:kind ?kind ;
                                chithi:validUntil ?until ] }""")
    assert rows == [{"label": "Thừa Thiên Huế", "full": "Tỉnh Thừa Thiên Huế", "kind": "tỉnh",
                     "until": "2024-12-31"}]
    # the tỉnh's city, a district until 2025, is another unit
    assert units.ask(SPARQL_PREFIXES + """ASK { <https://chithi.vn/id/unit/legacy/district/474-2024>
        skos:prefLabel "Huế"@vi ; chithi:kind "thành phố" ; skos:broader <https://chithi.vn/id/unit/legacy/province/46> }""")


def test_loading_the_units_again_changes_nothing(units):
    before = units.triple_count()
    assert load_units(units) is False
    assert units.triple_count() == before


def test_the_units_on_a_server(oxigraph_server):
    server = open_store(oxigraph_server)
    server.update("DROP ALL")
    assert load_units(server) is True
    assert load_units(server) is False
    assert server.ask(SPARQL_PREFIXES + "ASK { <https://chithi.vn/id/unit/legacy/province/42> "
                      "dcterms:isReplacedBy <https://chithi.vn/id/unit/2025/province/42> }")
    server.update("DROP ALL")


@pytest.mark.parametrize("place, code", [
    (dict(province="Hà Tĩnh"), "42"),
    (dict(province="TP.HCM", district="Quận 11"), "772"),
    (dict(province="Hồ Chí Minh", district="Quận 11"), "772"),
    (dict(province="Hà Tĩnh", district="Can Lộc", commune="Kim Song Trường"), "18436"),
    (dict(province_code="42", district="Can Lộc"), "443"),
    # a commune the gazetteer does not know: its district
    (dict(province="Đắk Nông", district="Đắk R'lấp", commune="Không Tồn Tại"), "666"),
    (dict(province="Không Tồn Tại"), None),
    # regression: a 2025 ward's body ("Đảng ủy phường Tuy Hòa", September 2025) was placed in its
    # former province only, so no commune of 2025 ever had a document and its page listed none
    (dict(province="Phú Yên", commune="Tuy Hòa", province_code="54", commune_code="22015"), ("2025", "22015")),
    (dict(province="Phú Yên", district="Tuy Hòa", commune="Phường 1", province_code="54",
          district_code="555", commune_code="22015"), ("legacy", "22015")),
    # 22015 was also Phường 1's code: a name that is not the 2025 commune's keeps the province
    (dict(province="Phú Yên", commune="Phường 1", province_code="54", commune_code="22015"), ("legacy", "54")),
    # a 2025 commune of a province that did not succeed the one named
    (dict(province="Hà Tĩnh", commune="Tuy Hòa", province_code="42", commune_code="22015"), ("legacy", "42")),
])
def test_find_unit(place, code):
    unit = find_unit(**place)
    if isinstance(code, tuple):
        assert unit is not None and (unit.era, unit.code) == code
    else:
        assert (unit.code if unit else None) == code
