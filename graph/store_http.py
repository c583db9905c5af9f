"""A SPARQL 1.1 server as a store: Query and Update over HTTP, graphs written with the Graph
Store Protocol (PUT replaces one graph in one request). Tested against Oxigraph's server
started with --union-default-graph, so reads see every named graph.

Bindings travel as a VALUES block (terms in N-Triples syntax, escaped by graph/terms.py) at
the start of the query's WHERE group: the value is never pasted into the query's own text.
A server that cancels a query after sending HTTP 200 cuts the body short (design.md §5): a
body that does not end as its format requires is reported as QueryTimeout, never as an
empty answer.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import httpx

from graph.store import QueryTimeout, Store, StoreError, triples_of_graph
from graph.bindings import with_values
from graph.terms import iri, sparql_json_to_nt, sparql_json_to_python

_JSON = "application/sparql-results+json"
_UNSUPPORTED = {400, 405, 415}  # how a server says it does not take N-Quads on its store endpoint
_CANCELLED = b"cancelled"  # Oxigraph appends "The SPARQL operation has been cancelled"
_DEFAULT_TIMEOUT = 120.0


class HttpStatusError(StoreError):
    """The server answered a write with an error status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class HttpStore(Store):
    def __init__(self, url: str):
        self.url = url
        parts = urlsplit(url)
        base = urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
        options = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.query_url = f"{base}/{options.get('query', 'query')}"
        self.update_url = f"{base}/{options.get('update', 'update')}"
        self.store_url = f"{base}/{options.get('store', 'store')}"
        self._http = httpx.Client(timeout=_DEFAULT_TIMEOUT)

    # -- reads ------------------------------------------------------------------------------
    def _post_query(self, query: str, accept: str, timeout: float | None) -> httpx.Response:
        try:
            response = self._http.post(
                self.query_url, data={"query": query}, headers={"Accept": accept},
                timeout=timeout or _DEFAULT_TIMEOUT)
        except httpx.TimeoutException as err:
            raise QueryTimeout(f"no answer from {self.query_url} in time") from err
        except (httpx.RemoteProtocolError, httpx.ReadError) as err:
            raise QueryTimeout(f"{self.query_url} cut its answer short: {err}") from err
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach {self.query_url}: {err}") from err
        if response.status_code != 200:
            raise StoreError(f"{self.query_url} answered {response.status_code}: "
                             f"{response.text[:500]}")
        return response

    def _json_results(self, query: str, bindings: dict[str, Any] | None,
                      timeout: float | None) -> dict[str, Any]:
        response = self._post_query(with_values(query, bindings), _JSON, timeout)
        try:
            return json.loads(response.content)
        except ValueError as err:
            raise QueryTimeout(f"{self.query_url} cut its answer short "
                               f"(the query probably ran out of time)") from err

    def select(self, query: str, bindings: dict[str, Any] | None = None,
               timeout: float | None = None) -> list[dict[str, Any]]:
        rows = self._json_results(query, bindings, timeout)["results"]["bindings"]
        return [{k: sparql_json_to_python(t) for k, t in row.items()} for row in rows]

    def select_terms(self, query: str, bindings: dict[str, Any] | None = None,
                     timeout: float | None = None) -> list[dict[str, str]]:
        rows = self._json_results(query, bindings, timeout)["results"]["bindings"]
        return [{k: sparql_json_to_nt(t) for k, t in row.items()} for row in rows]

    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool:
        return bool(self._json_results(query, bindings, None)["boolean"])

    def construct(self, query: str, bindings: dict[str, Any] | None = None,
                  timeout: float | None = None) -> str:
        response = self._post_query(with_values(query, bindings), "application/n-triples",
                                    timeout)
        _check_complete(response.content, "application/n-triples", self.query_url)
        return response.text

    def sparql_raw(self, query: str, media_type: str, timeout: float | None = None,
                   ) -> tuple[bytes, str]:
        response = self._post_query(query, media_type, timeout)
        content_type = response.headers.get("content-type", media_type)
        _check_complete(response.content, content_type, self.query_url)
        return response.content, content_type

    def graphs(self) -> Iterable[str]:
        return [r["g"] for r in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")]

    def triple_count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0

    def dump_nquads(self) -> bytes:
        response = self._http.get(self.store_url, headers={"Accept": "application/n-quads"})
        if response.status_code == 200:
            return response.content
        rows = self.select_terms("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return "".join(f"{r['s']} {r['p']} {r['o']} {r['g']} .\n" for r in rows).encode()

    # -- writes -----------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, quads_nquads: str) -> None:
        """Graph Store Protocol PUT: the server replaces the graph in one request."""
        triples = triples_of_graph(quads_nquads, iri(graph_iri))
        self._send("PUT", self.store_url, params={"graph": graph_iri},
                   content=triples.encode(), content_type="application/n-triples")

    def add_new_graphs(self, nquads: str) -> None:
        """One POST of the whole dataset; a server that does not take N-Quads on its store
        endpoint falls back to one PUT per graph."""
        self._post_nquads(nquads, super().add_new_graphs)

    def add_quads(self, nquads: str) -> None:
        """One POST (it adds to the graphs); a server that does not take N-Quads on its store
        endpoint gets one SPARQL update."""
        self._post_nquads(nquads, super().add_quads)

    def _post_nquads(self, nquads: str, fallback: Callable[[str], None]) -> None:
        """A Graph Store Protocol POST of N-Quads (Oxigraph accepts them on its store endpoint)."""
        try:
            self._send("POST", self.store_url, content=nquads.encode(),
                       content_type="application/n-quads")
        except HttpStatusError as err:
            if err.status not in _UNSUPPORTED:
                raise
            fallback(nquads)

    def drop_graph(self, graph_iri: str) -> None:
        self.update(f"DROP SILENT GRAPH {iri(graph_iri)}")

    def update(self, sparql_update: str) -> None:
        self._send("POST", self.update_url, content=sparql_update.encode(),
                   content_type="application/sparql-update")

    def _send(self, method: str, url: str, content: bytes, content_type: str,
              params: Mapping[str, str] | None = None) -> None:
        try:
            response = self._http.request(method, url, params=params, content=content,
                                          headers={"Content-Type": content_type})
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach {url}: {err}") from err
        if response.status_code >= 300:
            raise HttpStatusError(response.status_code, f"{method} {url} answered "
                                  f"{response.status_code}: {response.text[:500]}")

    def close(self) -> None:
        self._http.close()


def _check_complete(body: bytes, content_type: str, url: str) -> None:
    """Raise QueryTimeout when a 200 body was cut short (see the module docstring)."""
    tail = body[-200:].rstrip()
    complete = True
    if _CANCELLED in body[-200:]:
        complete = False
    elif "json" in content_type:
        try:
            json.loads(body)
        except ValueError:
            complete = False
    elif "xml" in content_type:
        complete = tail.endswith(b">")
    elif body:  # line-based formats (CSV, TSV, N-Triples, Turtle) end with a newline
        complete = body.endswith(b"\n")
    if not complete:
        raise QueryTimeout(f"{url} cut its answer short (the query probably ran out of time)")
