"""graph/scheme.py: the ontology's own terms and the document types as SKOS concepts."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from graph.scheme import load_scheme, type_concepts
from graph.store import open_store
from graph.vocab import SPARQL_PREFIXES


@pytest.fixture(scope="module")
def scheme():
    store = open_store("memory:")
    load_scheme(store)
    return store


@pytest.mark.parametrize("code, iri, label", [
    ("CT", "ct", "Chỉ thị"),
    ("CTr", "ctr", "Chương trình"),
    ("HD", "hd", "Hướng dẫn"),
    ("HĐ", "hdd", "Hợp đồng"),  # HĐ and HD are different types
    ("ĐA", "dda", "Đề án"),
    ("TT", "tt", "Thông tư"),
])
def test_types_are_skos_concepts(scheme, code, iri, label):
    assert scheme.ask(SPARQL_PREFIXES + "ASK { ?c a skos:Concept ; skos:inScheme <https://chithi.vn/id/type> ; "
                      "skos:notation ?code ; skos:prefLabel ?label }",
                      {"c": URIRef(f"https://chithi.vn/id/type/{iri}"),
                       "code": code, "label": Literal(label, lang="vi")})


def test_a_code_named_differently_by_the_two_systems_has_both_names():
    assert type_concepts()["TT"] == ("Thông tư", "Thông tri")


def test_the_sub_properties(scheme):
    assert scheme.ask(SPARQL_PREFIXES + "ASK { chithi:continues rdfs:subPropertyOf eli:ensures_implementation_of . "
                      "chithi:reviews rdfs:subPropertyOf eli:related_to . "
                      "chithi:PartyDocument rdfs:subClassOf eli:LegalResource }")


def test_loading_the_scheme_again_changes_nothing(scheme):
    before = scheme.triple_count()
    assert load_scheme(scheme) is False
    assert scheme.triple_count() == before
