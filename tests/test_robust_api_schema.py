"""The JSON API, /sparql and the exports under schemathesis: every operation of the OpenAPI schema
of `api.app.create_app`, with generated parameters (valid and not), sent to uvicorn on 127.0.0.1
over a store holding the api fixture graph. No answer is a 5xx; every error is
application/problem+json that says its own status.
"""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from api.app import create_app
from api.web import page_url
from graph.store import open_store
from graph.vocab import SPARQL_PREFIXES
from tests.fixtures.robust.server import running_app
from tests.fixtures.robust.stores import add_api_graph, store_with_api_graph

PROBLEM = "application/problem+json"
U64_LIMIT = 2**64

# The schema is read from an app object at import (schemathesis generates one test per operation
# from it); the requests go to a real server: in-process ASGI calls would end the app's lifespan,
# and with it the store, after each operation.
schema = schemathesis.openapi.from_dict(create_app("memory:").openapi())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store_url = store_with_api_graph(tmp_path_factory.mktemp("schema") / "graph")
    with running_app(store_url, sparql_timeout=5, max_results=1000) as running:
        yield running.url


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_and_every_error_is_a_problem(case: schemathesis.Case, server: str) -> None:
    # offsets past 64 bits: a known 5xx, checked in test_an_offset_beyond_64_bits_is_a_bad_parameter
    assume(not any(isinstance(v, int) and abs(v) >= U64_LIMIT // 2 for v in (case.query or {}).values()))
    response = case.call(base_url=server)
    where = f"{case.method} {case.formatted_path} {case.query or ''}"
    assert response.status_code < 500, f"{where} -> {response.status_code}: {response.text[:500]}"
    if case.method.upper() != case.operation.method.upper():
        return  # a method the route lacks: 405, checked in test_unrouted_requests_answer_a_problem
    if response.status_code >= 400:
        content_type = response.headers["content-type"][0]  # schemathesis keeps every value of a header
        assert content_type.startswith(PROBLEM), (
            f"{where} -> {response.status_code} as {content_type}: {response.text[:300]}")
        problem = response.json()
        assert problem["status"] == response.status_code and problem["title"] and problem["detail"], problem


# The browser pages are outside the OpenAPI schema; anything typed into their paths and search
# box must still never be a 5xx. Characters that no IRI may hold are left to
# test_text_that_is_no_iri_is_refused_not_a_server_error (a known bug).
PAGES = ["/doc/{}", "/graph/doc/{}", "/ego/doc/{}", "/org/{}", "/unit/{}"]
IRI_SAFE_TEXT = st.text(st.characters(
    max_codepoint=0xFFFD, exclude_categories=("Cc", "Cs", "Co"),
    exclude_characters="%[]" + "".join(map(chr, range(0xFDD0, 0xFDF0)))), max_size=60)
TYPED = st.one_of(IRI_SAFE_TEXT, st.sampled_from(
    ["09-CT/TW", "https://chithi.vn/id/doc/09-ct-tw", "Hà Tĩnh", "..", "a/b/../../c", "%41"]))


@given(page=st.sampled_from(PAGES), typed=TYPED)
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_pages_answer_anything_typed_into_their_path_without_a_server_error(
        server: str, page: str, typed: str) -> None:
    response = httpx.get(server + page.format(quote(typed, safe="")), timeout=10)
    assert response.status_code < 500, (page, typed, response.status_code, response.text[:300])


@given(typed=st.one_of(st.text(max_size=60), TYPED), page_number=st.integers(-5, 10**6))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_search_box_answers_anything_without_a_server_error(
        server: str, typed: str, page_number: int) -> None:
    response = httpx.get(f"{server}/", params={"q": typed, "page": page_number}, timeout=10)
    assert response.status_code < 500, (typed, page_number, response.status_code, response.text[:300])


# a lone percent, brackets (only an IPv6 host may hold them), a C1 control, private use, a non-character
NO_IRI = ["%", "[", "]", "\x81", "\U000f0000", "\ufdd0"]


@pytest.mark.xfail(strict=True, reason=(
    "bug in api/resolve.py as_iri (api engineer): its _IRI pattern lets through a '%' not followed "
    "by two hex digits, '[' and ']' in the path, C1 controls, private-use characters and non-characters; "
    "graph/store_embedded._to_ox then raises ValueError('Invalid IRI ...') from ox.NamedNode and "
    "the request ends in 500 text/plain. Validating with pyoxigraph.NamedNode(text) inside "
    "as_iri (ValueError -> BadParameter) fixes every page and route."))
@pytest.mark.parametrize("bad", NO_IRI)
@pytest.mark.parametrize("path", ["/doc/{}", "/org/{}", "/unit/{}", "/api/document?symbol=https://chithi.vn/{}",
                                  "/api/trace?symbol=https://chithi.vn/{}"])
def test_text_that_is_no_iri_is_refused_not_a_server_error(server: str, path: str, bad: str) -> None:
    response = httpx.get(server + path.format(quote(bad, safe="")), timeout=10)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:200])
    if path.startswith("/api/"):
        assert response.headers["content-type"].startswith(PROBLEM)


@pytest.mark.xfail(strict=True, reason=(
    "bug in api/routes.py and api/web.py (api and web engineers): `offset` (and the pages' `page`) "
    "have no upper bound; api/queries._page writes OFFSET into the SPARQL text and Oxigraph, whose "
    "offsets are 64-bit, answers a syntax error: 502 'Store error' for a user's bad parameter. "
    "Query(0, ge=0, le=10**9) (and page le=...) makes it a 422."))
@pytest.mark.parametrize(("path", "params"), [
    ("/api/search", {"offset": U64_LIMIT}),
    ("/api/issuer", {"name": "Ban Bí thư", "offset": U64_LIMIT}),
    ("/api/unit", {"name": "Hà Tĩnh", "offset": U64_LIMIT}),
    ("/", {"q": "chỉ thị", "page": U64_LIMIT}),
])
def test_an_offset_beyond_64_bits_is_a_bad_parameter(server: str, path: str, params: dict) -> None:
    response = httpx.get(server + path, params=params, timeout=10)
    assert response.status_code == 422, (response.status_code, response.text[:200])


def _document_pages() -> list[str]:
    with add_api_graph(open_store("memory:")) as store:
        rows = store.select(SPARQL_PREFIXES + "SELECT DISTINCT ?doc WHERE { ?doc a eli:LegalResource } ORDER BY ?doc")
    return [page_url(row["doc"]) for row in rows]


UNDATED_WITH_NO_GAP_DATE = pytest.mark.xfail(strict=True, reason=(
    "bug in api/web.py document_page/gap_tables (web engineer): the page of a document with no "
    "known date answers 422 'as_of: Chương trình 26-CTr/TU has no known date: give one': the "
    "gap table's default as_of is the document's date, and a page reached from a search result "
    "fails instead of showing the document without that table"))


@pytest.mark.parametrize("page", [
    pytest.param(page, marks=UNDATED_WITH_NO_GAP_DATE) if page == "/doc/26-ctr-tu-ho-chi-minh" else page
    for page in _document_pages()])
def test_every_document_has_a_page(server: str, page: str) -> None:
    response = httpx.get(server + page, timeout=30)
    assert response.status_code == 200, (response.status_code, response.text[:300])


@pytest.mark.xfail(strict=True, reason=(
    "bug in api/problems.py install() (api engineer): only QueryError, RequestValidationError and "
    "StoreError become problems; Starlette's own HTTPException (404 for a path with no route, 405 "
    "for a method a route lacks) is answered as application/json {\"detail\": ...}. An exception "
    "handler for starlette.exceptions.HTTPException that calls problem() fixes both."))
@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/api/khong-co", 404),
    ("GET", "/api/search/extra", 404),
    ("DELETE", "/api/search", 405),
    ("PUT", "/sparql", 405),
    ("TRACE", "/api/document", 405),
])
def test_unrouted_requests_answer_a_problem(server: str, method: str, path: str, status: int) -> None:
    response = httpx.request(method, f"{server}{path}", timeout=10)
    assert response.status_code == status
    assert response.headers["content-type"].startswith(PROBLEM), response.headers["content-type"]
    assert response.json()["status"] == status
