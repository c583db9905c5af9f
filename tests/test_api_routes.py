"""The JSON API (api/routes.py via api.app.create_app): every route on the fixture graph, the
problem+json errors and the pagination links."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.api_support import fixture_store


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(store=fixture_store())) as test_client:
        yield test_client


def test_search(client):
    body = client.get("/api/search", params={"q": "09/TW"}).json()
    assert [(h["label"], h["match"]) for h in body["items"]] == [("Chỉ thị 09-CT/TW", "symbol")]


def test_search_pagination_links(client):
    response = client.get("/api/search", params={"limit": 5, "offset": 5})
    assert response.json()["total"] == 15
    assert response.headers["link"] == ('<http://testserver/api/search?limit=5&offset=10>; rel="next", '
                                        '<http://testserver/api/search?limit=5&offset=0>; rel="prev"')


def test_document(client):
    body = client.get("/api/document", params={"symbol": "9-CT/TW"}).json()
    assert body["document"]["symbol"] == "09-CT/TW"
    assert body["conflicts"] == ["date"]
    assert len(body["mentions"]) == 3


def test_trace_down_and_up(client):
    down = client.get("/api/trace", params={"symbol": "09-CT/TW"}).json()
    hcm = next(c for c in down["root"]["children"] if c["document"]["symbol"] == "26-CTr/TU")
    assert [c["document"]["symbol"] for c in hcm["children"]] == ["73-KH/QU"]
    up = client.get("/api/trace", params={"symbol": "73-KH/QU", "direction": "up"}).json()
    assert up["root"]["children"][0]["children"][0]["document"]["symbol"] == "09-CT/TW"


def test_gaps(client):
    body = client.get("/api/gaps", params={"directive": "09-CT/TW", "level": "district", "province": "Hà Tĩnh",
                                           "as_of": "2012-12-31"}).json()
    assert (body["implemented"], body["no_plan_found"], body["no_data"]) == (1, 1, 10)


def test_matrix_lag_issuer_unit_neighbourhood(client):
    matrix = client.get("/api/matrix", params=[("directive", "09-CT/TW"), ("directive", "44-KL/TW")]).json()
    assert {r["province"]["label"]: r["counts"] for r in matrix["rows"]}["Hà Tĩnh"] == [4, 1]
    assert client.get("/api/lag", params={"directive": "09-CT/TW"}).json()["overall"]["min"] == 181
    assert client.get("/api/issuer", params={"name": "Ban Bí thư"}).json()["documents"]["total"] == 2
    assert client.get("/api/unit", params={"name": "Quận 11"}).json()["code"] == "772"
    assert len(client.get("/api/neighbourhood", params={"symbol": "73-KH/QU"}).json()["documents"]) == 2


@pytest.mark.parametrize("url, params, status, detail, extra", [
    ("/api/document", {"symbol": "09-CT/TU"}, 404, "no document '09-CT/TU'; close matches: 09-CTr/TU, 09-CT/TW, 09/CT-BCA",
     {"suggestions": ["09-CTr/TU", "09-CT/TW", "09/CT-BCA"]}),
    ("/api/trace", {"symbol": "18-NQ/TW"}, 409, None, {}),
    ("/api/gaps", {"directive": "09-CT/TW", "level": "district", "as_of": "2025-08-01"}, 422,
     "level: no district existed on 2025-08-01; levels then: province, commune", {"parameter": "level"}),
    ("/api/gaps", {"directive": "09-CT/TW", "level": "village"}, 422, None, {"parameter": "level"}),
    ("/api/search", {"limit": 0}, 422, "limit: Input should be greater than or equal to 1", {"parameter": "limit"}),
    ("/api/unit", {"name": "Ha Tinhh"}, 404, "no administrative unit 'Ha Tinhh'; close matches: Hà Tĩnh", {}),
    ("/api/document", {}, 422, "symbol: Field required", {"parameter": "symbol"}),
    # regressions: text that is no IRI was a 500; an offset past 64 bits a 502
    ("/api/document", {"symbol": "https://chithi.vn/%"}, 422, "symbol: 'https://chithi.vn/%' is not a valid IRI", {}),
    ("/api/trace", {"symbol": "https://chithi.vn/a[b]"}, 422, None, {"parameter": "symbol"}),
    ("/api/search", {"offset": 2**64}, 422, None, {"parameter": "offset"}),
    ("/api/khong-co", {}, 404, "Not Found", {}),
])
def test_errors_are_problem_json_naming_what_was_wrong(client, url, params, status, detail, extra):
    response = client.get(url, params=params)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["instance"] == url
    if detail:
        assert body["detail"] == detail
    for key, value in extra.items():
        assert body[key] == value


def test_openapi_documents_the_models_and_docs_are_offline(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/search", "/api/document", "/api/trace", "/api/gaps", "/api/matrix", "/api/lag", "/api/issuer",
            "/api/unit", "/api/neighbourhood", "/sparql", "/export/graph", "/export/csv", "/export/graphml"} <= set(spec["paths"])
    assert "GapReport" in spec["components"]["schemas"] and "Problem" in spec["components"]["schemas"]
    page = client.get("/docs").text
    assert "cdn" not in page.lower() and "/static-offline-docs/swagger-ui-bundle.js" in page
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
