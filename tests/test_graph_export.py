"""graph/export.py: the whole graph or one document's neighbourhood in four formats."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from graph.export import export
from graph.load import load_records
from graph.store import StoreError
from tests.fixtures import records
from tests.fixtures.stores import oxigraph_server, store  # noqa: F401

HT = "https://chithi.vn/id/doc/ha-tinh/448-ctr-tu/2010-2015"
NA = "https://chithi.vn/id/doc/nghe-an/448-ctr-tu/2010-2015"
CT09 = "https://chithi.vn/id/doc/vn/09-ct-tw/khoa-xi"


@pytest.fixture
def loaded(store):
    load_records(store, [records.ha_tinh_448(), records.nghe_an_448(), records.thach_kim_plan(),
                         records.conclusion_44("2019-01-22", "kl44")], reference_data=False)
    return store


@pytest.mark.parametrize("fmt, rdf_format", [
    ("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
    ("turtle", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD),
])
def test_everything_round_trips(loaded, fmt, rdf_format):
    parsed = list(ox.parse(export(loaded, fmt), format=rdf_format))
    if fmt == "turtle":  # the union: each triple once
        assert len(parsed) == len({line.rsplit(" ", 2)[0] for line in
                                   loaded.dump_nquads().decode().splitlines()})
    else:
        assert len(parsed) == loaded.triple_count()


def test_a_documents_neighbourhood(loaded):
    quads = list(ox.parse(export(loaded, "nquads", document="09-CT/TW"), format=ox.RdfFormat.N_QUADS))
    subjects = {q.subject.value for q in quads}
    assert CT09 in subjects and HT in subjects  # the directive and what implements it
    assert any(q.predicate.value == "http://www.w3.org/ns/oa#exact" for q in quads)  # its mentions
    assert NA not in subjects  # Nghệ An's 448-CTr/TU has nothing to do with it


def test_a_neighbours_statements_come_only_from_the_articles_about_the_document(loaded):
    quads = list(ox.parse(export(loaded, "nquads", document="44-KL/TW"), format=ox.RdfFormat.N_QUADS))
    assert CT09 in {q.object.value for q in quads}  # it continues 09-CT/TW …
    graphs = {q.graph_name.value for q in quads}
    assert "https://chithi.vn/id/article/kl44" in graphs
    assert "https://chithi.vn/id/article/ht-448" not in graphs  # … which Hà Tĩnh's article also cites


def test_a_symbol_shared_by_two_documents_exports_both(loaded):
    data = json.loads(export(loaded, "jsonld", document="448-ctr/tu"))
    ids = {node["@id"] for graph in data for node in graph.get("@graph", [])}
    assert {HT, NA} <= ids


def test_an_unknown_document_is_an_error(loaded):
    with pytest.raises(StoreError, match="no document"):
        export(loaded, "turtle", document="999-CT/TW")


OTHER_TOOL = "https://chithi.vn/id/article/other-tool"
# W3C annotations as other tools write them: target and selector (here the annotation too) blank
BLANK_ANNOTATIONS = f"""PREFIX oa: <http://www.w3.org/ns/oa#>
INSERT DATA {{ GRAPH <{OTHER_TOOL}> {{
  <{OTHER_TOOL}#a1> a oa:Annotation ; oa:hasBody <{CT09}> ;
    oa:hasTarget [ oa:hasSource <{OTHER_TOOL}> ;
                   oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Chỉ thị số 09-CT/TW" ] ] .
  [] a oa:Annotation ; oa:hasBody <{CT09}> ;
    oa:hasTarget [ oa:hasSource <{OTHER_TOOL}> ;
                   oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "Chỉ thị 09 của Ban Bí thư" ] ] .
}} }}"""
OA = "http://www.w3.org/ns/oa#"


@pytest.mark.parametrize("fmt, rdf_format", [
    ("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
    ("turtle", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD),
])
def test_annotations_with_blank_nodes_come_with_their_document(loaded, fmt, rdf_format):
    """Regression: the neighbourhood put a blank target's label into its next query as an IRI
    (`chithi export --document 09-CT/TW` failed: "expected IRI")."""
    loaded.update(BLANK_ANNOTATIONS)
    triples = {(q.subject, q.predicate.value, q.object) for q in
               ox.parse(export(loaded, fmt, document="09-CT/TW"), format=rdf_format)}
    quotes = {}
    for annotation, _, target in (t for t in triples if t[1] == OA + "hasTarget"):
        for _, _, selector in (t for t in triples if t[0] == target and t[1] == OA + "hasSelector"):
            quotes.update({o.value: annotation for s, p, o in triples
                           if s == selector and p == OA + "exact"})
    assert isinstance(quotes["Chỉ thị số 09-CT/TW"], ox.NamedNode)
    assert isinstance(quotes["Chỉ thị 09 của Ban Bí thư"], ox.BlankNode)
    assert (quotes["Chỉ thị 09 của Ban Bí thư"], OA + "hasBody", ox.NamedNode(CT09)) in triples
