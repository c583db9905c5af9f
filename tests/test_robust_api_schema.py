"""The JSON API, /sparql and the exports under schemathesis: every operation of the OpenAPI schema
of `api.app.create_app`, with generated parameters (valid and not), sent to uvicorn on 127.0.0.1
over a store holding the api fixture graph and the five sample articles. No answer is a 5xx; every error is
application/problem+json that says its own status.
"""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.app import create_app
from api.web import page_url
from graph.vocab import SPARQL_PREFIXES
from tests.fixtures.robust.server import running_app
from tests.fixtures.robust.stores import store_with_api_graph

PROBLEM = "application/problem+json"
U64_LIMIT = 2**64
# generous: the machine is shared, and a slow answer is not what these tests look for
REQUEST_TIMEOUT_S = 60

# The schema is read from an app object at import (schemathesis generates one test per operation
# from it); the requests go to a real server: in-process ASGI calls would end the app's lifespan,
# and with it the store, after each operation.
schema = schemathesis.openapi.from_dict(create_app("memory:").openapi())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store_url = store_with_api_graph(tmp_path_factory.mktemp("schema") / "graph", samples=True)
    with running_app(store_url, sparql_timeout=5, max_results=1000) as running:
        yield running.url


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_and_every_error_is_a_problem(case: schemathesis.Case, server: str) -> None:
    response = case.call(base_url=server, timeout=REQUEST_TIMEOUT_S)
    where = f"{case.method} {case.formatted_path} {case.query or ''}"
    assert response.status_code < 500, f"{where} -> {response.status_code}: {response.text[:500]}"
    if response.status_code >= 400:
        content_type = response.headers["content-type"][0]  # schemathesis keeps every value of a header
        assert content_type.startswith(PROBLEM), (
            f"{where} -> {response.status_code} as {content_type}: {response.text[:300]}")
        problem = response.json()
        assert problem["status"] == response.status_code and problem["title"] and problem["detail"], problem


# The browser pages are outside the OpenAPI schema; anything typed into their paths and search
# box must still never be a 5xx.
PAGES = ["/doc/{}", "/graph/doc/{}", "/ego/doc/{}", "/org/{}", "/unit/{}"]
TYPED = st.one_of(st.text(max_size=60), st.sampled_from(
    ["09-CT/TW", "https://chithi.vn/id/doc/09-ct-tw", "Hà Tĩnh", "..", "a/b/../../c", "%41"]))


@given(page=st.sampled_from(PAGES), typed=TYPED)
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_pages_answer_anything_typed_into_their_path_without_a_server_error(
        server: str, page: str, typed: str) -> None:
    response = httpx.get(server + page.format(quote(typed, safe="")), timeout=REQUEST_TIMEOUT_S)
    assert response.status_code < 500, (page, typed, response.status_code, response.text[:300])


@given(typed=TYPED, page_number=st.integers(-5, 10**6))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_search_box_answers_anything_without_a_server_error(
        server: str, typed: str, page_number: int) -> None:
    response = httpx.get(f"{server}/", params={"q": typed, "page": page_number}, timeout=REQUEST_TIMEOUT_S)
    assert response.status_code < 500, (typed, page_number, response.status_code, response.text[:300])


# a lone percent, brackets (only an IPv6 host may hold them), a C1 control, private use, a non-character
NO_IRI = ["%", "[", "]", "\x81", "\U000f0000", "\ufdd0"]


# regression: as_iri let these through and the store's ValueError ended the request in a 500
@pytest.mark.parametrize("bad", NO_IRI)
@pytest.mark.parametrize("path", ["/doc/{}", "/org/{}", "/unit/{}", "/api/document?symbol=https://chithi.vn/{}",
                                  "/api/trace?symbol=https://chithi.vn/{}"])
def test_text_that_is_no_iri_is_refused_not_a_server_error(server: str, path: str, bad: str) -> None:
    response = httpx.get(server + path.format(quote(bad, safe="")), timeout=REQUEST_TIMEOUT_S)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:200])
    if path.startswith("/api/"):
        assert response.headers["content-type"].startswith(PROBLEM)


# regression: OFFSET past 64 bits went into the SPARQL text and came back as a 502
@pytest.mark.parametrize(("path", "params"), [
    ("/api/search", {"offset": U64_LIMIT}),
    ("/api/issuer", {"name": "Ban Bí thư", "offset": U64_LIMIT}),
    ("/api/unit", {"name": "Hà Tĩnh", "offset": U64_LIMIT}),
    ("/", {"q": "chỉ thị", "page": U64_LIMIT}),
])
def test_an_offset_beyond_64_bits_is_a_bad_parameter(server: str, path: str, params: dict) -> None:
    response = httpx.get(server + path, params=params, timeout=REQUEST_TIMEOUT_S)
    assert response.status_code == 422, (response.status_code, response.text[:200])


# regression: the page of an undated document (26-CTr/TU) was a 422 ("as_of: … has no known date")
def test_every_document_has_a_page(server: str) -> None:
    documents = httpx.get(f"{server}/sparql", timeout=REQUEST_TIMEOUT_S, params={"query": SPARQL_PREFIXES + (
        "SELECT DISTINCT ?doc WHERE { ?doc a eli:LegalResource }")}).json()["results"]["bindings"]
    assert len(documents) > 20
    failed = []
    for row in documents:
        response = httpx.get(server + page_url(row["doc"]["value"]), timeout=REQUEST_TIMEOUT_S)
        if response.status_code != 200:
            failed.append((row["doc"]["value"], response.status_code))
    assert not failed, failed


# regression: Starlette's own 404 and 405 were application/json {"detail": …}
@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/api/khong-co", 404),
    ("GET", "/api/search/extra", 404),
    ("DELETE", "/api/search", 405),
    ("PUT", "/sparql", 405),
    ("TRACE", "/api/document", 405),
])
def test_unrouted_requests_answer_a_problem(server: str, method: str, path: str, status: int) -> None:
    response = httpx.request(method, f"{server}{path}", timeout=REQUEST_TIMEOUT_S)
    assert response.status_code == status
    assert response.headers["content-type"].startswith(PROBLEM), response.headers["content-type"]
    assert response.json()["status"] == status
