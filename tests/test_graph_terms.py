"""graph/terms.py: RDF terms written as N-Triples and read back as Python values."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from graph.terms import iri, literal_to_python, python_to_nt, sparql_json_to_nt

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize("value, nt", [
    ("Hà Tĩnh", '"Hà Tĩnh"'),
    ('về "tăng cường"\nsự lãnh đạo\\', '"về \\"tăng cường\\"\\nsự lãnh đạo\\\\"'),
    (URIRef("https://chithi.vn/id/doc/vn/09-ct-tw"), "<https://chithi.vn/id/doc/vn/09-ct-tw>"),
    (Literal("Chỉ thị", lang="vi"), '"Chỉ thị"@vi'),
    (Literal("2011-12-01", datatype=URIRef(XSD + "date")), f'"2011-12-01"^^<{XSD}date>'),
    (2011, f'"2011"^^<{XSD}integer>'),
    (True, f'"true"^^<{XSD}boolean>'),
    (0.5, f'"0.5"^^<{XSD}double>'),
    (dt.date(2011, 12, 1), f'"2011-12-01"^^<{XSD}date>'),
    (BNode("b1"), "_:b1"),
])
def test_python_to_nt(value, nt):
    assert python_to_nt(value) == nt
    assert list(ox.parse(f"<x:s> <x:p> {nt} .", format=ox.RdfFormat.N_TRIPLES))  # valid N-Triples


def test_an_unbindable_value_is_refused():
    with pytest.raises(TypeError, match="cannot bind"):
        python_to_nt(["09-CT/TW"])


@pytest.mark.parametrize("url, nt", [
    ("https://baohatinh.vn/tin tức?id=1", "<https://baohatinh.vn/tin%20tức?id=1>"),
    ("file:///data/bài <1>.txt", "<file:///data/bài%20%3C1%3E.txt>"),
])
def test_iris_are_made_safe(url, nt):
    assert iri(url) == nt
    assert list(ox.parse(f"{nt} <x:p> <x:o> .", format=ox.RdfFormat.N_TRIPLES))


@pytest.mark.parametrize("lexical, datatype, value", [
    ("42", XSD + "integer", 42), ("0.5", XSD + "decimal", 0.5), ("true", XSD + "boolean", True),
    ("2011-12-01", XSD + "date", "2011-12-01"), ("Hà Tĩnh", None, "Hà Tĩnh"),
    ("not a number", XSD + "integer", "not a number"),
])
def test_literal_to_python(lexical, datatype, value):
    assert literal_to_python(lexical, datatype) == value


@pytest.mark.parametrize("term, nt", [
    ({"type": "uri", "value": "http://x/a"}, "<http://x/a>"),
    ({"type": "literal", "value": "Chỉ thị", "xml:lang": "vi"}, '"Chỉ thị"@vi'),
    ({"type": "literal", "value": "3", "datatype": XSD + "integer"}, f'"3"^^<{XSD}integer>'),
    ({"type": "literal", "value": "x", "datatype": XSD + "string"}, '"x"'),
    ({"type": "bnode", "value": "b0"}, "_:b0"),
])
def test_sparql_json_terms(term, nt):
    assert sparql_json_to_nt(term) == nt
