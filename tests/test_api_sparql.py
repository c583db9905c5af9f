"""/sparql (api/sparql.py): the SPARQL 1.1 Protocol, read-only, limited; and a real client
(SPARQLWrapper) against the app served by uvicorn on 127.0.0.1."""
from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import xml.etree.ElementTree as ET
from urllib.error import HTTPError

import pytest
import uvicorn
from fastapi.testclient import TestClient
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from api.app import create_app
from api.sparql import Refused, limited, negotiate, query_form
from tests.api_support import fixture_store

LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?label WHERE { ?doc rdfs:label ?label FILTER(STRSTARTS(?label, "Kế hoạch 7")) }"""


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(store=fixture_store(), sparql_max_results=3)) as test_client:
        yield test_client


@pytest.mark.parametrize("query, form", [
    ("SELECT * WHERE { ?s ?p ?o }", "select"),
    ('PREFIX add: <http://example.org/> SELECT ?with WHERE { ?with add:drop "INSERT" } # DELETE', "select"),
    ("ask {}", "ask"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "construct"),
    ("DESCRIBE <https://chithi.vn/id/doc/09-ct-tw-2011>", "describe"),
])
def test_query_forms(query, form):
    assert query_form(query) == form


@pytest.mark.parametrize("query, keyword", [
    ("INSERT DATA { <a:x> <a:y> <a:z> }", "INSERT"),
    ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("DROP ALL", "DROP"),
    ("WITH <a:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
])
def test_updates_and_service_are_refused(query, keyword):
    with pytest.raises(Refused) as caught:
        query_form(query)
    assert caught.value.extra["keyword"] == keyword


@pytest.mark.parametrize("accept, form, expected", [
    (None, "select", "application/sparql-results+json"),
    ("text/csv", "select", "text/csv"),
    ("application/sparql-results+xml;q=0.9, text/tab-separated-values", "select", "text/tab-separated-values"),
    ("text/html, */*;q=0.1", "select", "application/sparql-results+json"),
    ("application/n-triples", "construct", "application/n-triples"),
    ("*/*", "construct", "text/turtle"),
])
def test_content_negotiation(accept, form, expected):
    assert negotiate(accept, form) == expected


def test_get_select_in_every_result_format(client):
    json_body = client.get("/sparql", params={"query": LABELS}).json()
    assert [b["label"]["value"] for b in json_body["results"]["bindings"]] == ["Kế hoạch 73-KH/QU"]
    rows = list(csv.reader(io.StringIO(client.get("/sparql", params={"query": LABELS},
                                                  headers={"accept": "text/csv"}).text)))
    assert rows == [["label"], ["Kế hoạch 73-KH/QU"]]
    tsv = client.get("/sparql", params={"query": LABELS}, headers={"accept": "text/tab-separated-values"}).text
    assert tsv.splitlines() == ["?label", '"Kế hoạch 73-KH/QU"@vi']
    xml = client.get("/sparql", params={"query": LABELS}, headers={"accept": "application/sparql-results+xml"})
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    assert "Kế hoạch 73-KH/QU" in "".join(ET.fromstring(xml.content).itertext())


def test_post_form_and_direct_body(client):
    form = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }"})
    assert form.json()["boolean"] is True
    direct = client.post("/sparql", content=LABELS.encode(), headers={"content-type": "application/sparql-query"})
    assert direct.json()["results"]["bindings"][0]["label"]["value"] == "Kế hoạch 73-KH/QU"


def test_construct_is_turtle(client):
    response = client.get("/sparql", params={"query": "CONSTRUCT { ?d <urn:x:label> ?l } WHERE { "
                                                      "?d <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 2"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert "<urn:x:label>" in response.text


def test_the_store_stops_at_the_result_limit(client):
    """Regression: a cross product was built whole (515,524 rows, gigabytes) before the cut."""
    started = time.monotonic()
    response = client.get("/sparql", params={"query": "SELECT * { ?a ?b ?c . ?d ?e ?f }"})
    assert len(response.json()["results"]["bindings"]) == 3
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("query, wrapped", [
    ("SELECT * WHERE { ?s ?p ?o }", "\nSELECT *  WHERE { { SELECT * WHERE { ?s ?p ?o }\n} } LIMIT 4"),
    ("PREFIX e: <http://e/>\nSELECT ?s FROM <urn:g1> FROM NAMED <urn:g2> WHERE { ?s e:p ?o } ORDER BY ?s",
     "PREFIX e: <http://e/>\n\nSELECT * FROM <urn:g1> FROM NAMED <urn:g2> WHERE { { SELECT ?s     WHERE "
     "{ ?s e:p ?o } ORDER BY ?s\n} } LIMIT 4"),
])
def test_a_select_is_wrapped_to_stop_at_the_limit(query, wrapped):
    assert limited(query, 4) == wrapped


def test_result_limit_cuts_and_says_so(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(response.json()["results"]["bindings"]) == 3
    assert (response.headers["x-result-truncated"], response.headers["x-result-limit"]) == ("true", "3")


@pytest.mark.parametrize("method, kwargs, status", [
    ("post", {"data": {"update": "DROP ALL"}}, 403),
    ("post", {"content": b"CLEAR ALL", "headers": {"content-type": "application/sparql-update"}}, 403),
    ("post", {"content": b"INSERT DATA { <a:a> <a:b> <a:c> }", "headers": {"content-type": "application/sparql-query"}}, 403),
    ("get", {"params": {"query": "SELECT * WHERE { ?s ?p ?o "}}, 400),
    ("get", {"params": {}}, 400),
    ("get", {"params": {"query": "SELECT * {}", "default-graph-uri": "urn:g"}}, 400),
    ("get", {"params": {"query": "SELECT * {}"}, "headers": {"accept": "image/png"}}, 406),
])
def test_refusals_are_problem_json(client, method, kwargs, status):
    response = getattr(client, method)("/sparql", **kwargs)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/sparql", params={"query": "ASK { <https://chithi.vn/id/doc/09-ct-tw-2011> ?p ?o }"}).json()["boolean"]


def test_time_limit():
    # 700 × 700 × 9 rows: about a second here (the thread finishes it after the answer)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e a <https://chithi.vn/ontology#Article> }"
    with TestClient(create_app(store=fixture_store(), sparql_timeout=0.05)) as quick:
        started = time.monotonic()
        response = quick.get("/sparql", params={"query": slow})
        assert response.status_code == 503
        assert "time limit of 0.05 s" in response.json()["detail"]
        assert time.monotonic() - started < 0.5


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def served():
    """The app served by uvicorn on 127.0.0.1 (a free port), stopped after the tests."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store=fixture_store()), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/sparql"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.server
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select(served, method):
    client = SPARQLWrapper(served)
    client.setMethod(method)
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["Kế hoạch 73-KH/QU"]


@pytest.mark.server
def test_sparqlwrapper_formats_and_construct(served):
    client = SPARQLWrapper(served)
    client.setQuery(LABELS)
    client.setReturnFormat(XML)
    assert "Kế hoạch 73-KH/QU" in client.query().convert().toxml()
    client.setReturnFormat(CSV)
    assert client.query().convert().decode().splitlines() == ["label", "Kế hoạch 73-KH/QU"]
    client.setQuery("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> CONSTRUCT WHERE { "
                    "<https://chithi.vn/id/doc/73-kh-qu-quan-11-2012> rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    assert "Kế hoạch 73-KH/QU" in client.query().convert().decode()


@pytest.mark.server
def test_sparqlwrapper_update_is_refused(served):
    client = SPARQLWrapper(served)
    client.setMethod("POST")
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")  # SPARQLWrapper sends it as an update
    with pytest.raises(HTTPError) as caught:  # SPARQLWrapper passes a 403 on as urllib's error
        client.query()
    assert caught.value.code == 403
    assert "read-only" in json.loads(caught.value.read())["detail"]
    check = SPARQLWrapper(served)
    check.setQuery("ASK { <urn:a> <urn:b> <urn:c> }")
    check.setReturnFormat(JSON)
    assert check.query().convert()["boolean"] is False
