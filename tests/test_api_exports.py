"""/export (api/exports.py): RDF with the article graphs kept, CSV of a SELECT, GraphML."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.api_support import fixture_store


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(store=fixture_store())) as test_client:
        yield test_client


def test_whole_graph_as_trig_keeps_every_article_graph(client):
    response = client.get("/export/graph", params={"format": "trig"})
    assert response.headers["content-disposition"] == 'attachment; filename="chithi.trig"'
    quads = list(ox.parse(response.content, format=ox.RdfFormat.TRIG))
    assert len({q.graph_name.value for q in quads}) == 13  # 8 articles, gazetteer, schemes, identity, words, facts
    assert len(quads) == len(list(ox.parse(client.get("/export/graph", params={"format": "nquads"}).content,
                                           format=ox.RdfFormat.N_QUADS)))


def test_neighbourhood_as_turtle_and_json_ld(client):
    turtle = client.get("/export/graph", params={"format": "turtle", "symbol": "73-KH/QU"})
    triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
    subjects = {t.subject.value.rsplit("/", 1)[-1] for t in triples}
    assert subjects == {"73-kh-qu-quan-11-2012", "26-ctr-tu-ho-chi-minh"}
    jsonld = json.loads(client.get("/export/graph", params={"format": "jsonld", "symbol": "73-KH/QU"}).content)
    assert {g["@id"] for g in jsonld} == {"https://chithi.vn/id/article/003-7abbad60e603f795"}


def test_csv_of_a_select(client):
    query = ("PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT DISTINCT ?symbol WHERE { "
             "?d eli:id_local ?symbol FILTER(STRENDS(?symbol, \"/QU\")) }")
    response = client.get("/export/csv", params={"query": query})
    assert response.headers["content-disposition"] == 'attachment; filename="chithi-query.csv"'
    assert list(csv.reader(io.StringIO(response.text))) == [["symbol"], ["73-KH/QU"]]
    assert client.get("/export/csv", params={"query": "ASK {}"}).status_code == 422
    assert client.get("/export/csv", params={"query": "DROP ALL"}).status_code == 403


def test_graphml_of_a_neighbourhood(client):
    response = client.get("/export/graphml", params={"symbol": "448-CTr/TU", "hops": 2})
    graph = nx.read_graphml(io.BytesIO(response.content))
    assert graph.nodes["https://chithi.vn/id/doc/25-kh-hu-can-loc-2012"]["place"] == "Can Lộc"
    assert graph.nodes["https://chithi.vn/id/doc/448-ctr-tu-ha-tinh-2012"]["date"] == "2012-05-30"
    relations = {(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1], d["relation"]) for a, b, d in graph.edges(data=True)}
    assert ("44-kl-tw-2019", "09-ct-tw-2011", "continues") in relations
    assert graph.number_of_nodes() == 7
