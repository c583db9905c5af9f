"""graph/bindings.py: values bound as a VALUES block, never pasted into the query text."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal, URIRef

from graph.bindings import values_block, with_values
from graph.store import StoreError


@pytest.mark.parametrize("query, bindings, expected", [
    ("SELECT ?d WHERE { ?d ?p ?o }", {"o": 1},
     'SELECT ?d WHERE { VALUES (?o) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }  ?d ?p ?o }'),
    ("SELECT * { ?d ?p ?o }", {"o": "a"}, 'SELECT * { VALUES (?o) { ("a") }  ?d ?p ?o }'),
    ('PREFIX ex: <http://x/#where>\nSELECT (CONCAT("where {", ?o) AS ?l) WHERE { ?d ?p ?o } # {',
     {"d": URIRef("http://x/d")},
     'PREFIX ex: <http://x/#where>\nSELECT (CONCAT("where {", ?o) AS ?l) WHERE { '
     'VALUES (?d) { (<http://x/d>) }  ?d ?p ?o } # {'),
    ("CONSTRUCT { ?d ?p ?o } WHERE { ?d ?p ?o }", {"d": URIRef("http://x/d")},
     "CONSTRUCT { ?d ?p ?o } WHERE { VALUES (?d) { (<http://x/d>) }  ?d ?p ?o }"),
])
def test_bindings_travel_as_a_values_block(query, bindings, expected):
    assert with_values(query, bindings) == expected



def test_a_query_without_a_group_cannot_take_bindings():
    with pytest.raises(StoreError, match="no WHERE group"):
        with_values("DESCRIBE <http://x/d>", {"d": 1})


def test_many_rows_of_values():
    assert values_block(["g", "n"], [(URIRef("http://x/g1"), 1), (URIRef("http://x/g2"), dt.date(2011, 12, 1))]) == (
        'VALUES (?g ?n) { (<http://x/g1> "1"^^<http://www.w3.org/2001/XMLSchema#integer>) '
        '(<http://x/g2> "2011-12-01"^^<http://www.w3.org/2001/XMLSchema#date>) }')


def test_a_value_that_looks_like_sparql_stays_a_string():
    query = with_values("SELECT ?d WHERE { ?d ?p ?t }", {"t": Literal('x" } ; DROP ALL ; #', lang="vi")})
    assert query == 'SELECT ?d WHERE { VALUES (?t) { ("x\\" } ; DROP ALL ; #"@vi) }  ?d ?p ?t }'
