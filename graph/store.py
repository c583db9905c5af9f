"""Stores named by a URL: `oxigraph:PATH` (embedded, on disk; the default), `memory:` (tests),
`http(s)://…` (any SPARQL 1.1 Query/Update + Graph Store Protocol server).

The interface below is what api/ relies on; graph/ implements it for each kind of store
(graph/store_embedded.py: pyoxigraph; graph/store_http.py: a SPARQL server over httpx).
Reads see the union of all named graphs.

An HTTP URL names the server's base; the endpoints default to Oxigraph's layout
(`BASE/query`, `BASE/update`, `BASE/store`) and can be set in the query string for other
servers, e.g. `http://127.0.0.1:3030/ds?query=sparql&update=update&store=data` (Fuseki).
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

if TYPE_CHECKING:
    from graph.query_process import QueryProcesses

DEFAULT_STORE = "oxigraph:data/graph"


def default_store_url() -> str:
    return os.environ.get("CHITHI_STORE") or DEFAULT_STORE


class StoreError(RuntimeError):
    """The store refused or failed a request (the message says which and why)."""


class QueryTimeout(StoreError):
    """A query ran out of time. A server that cancels a query after it has sent HTTP 200 cuts
    the body short: that is reported as this error, never as an empty answer."""


class Store(ABC):
    url: str

    @abstractmethod
    def select(self, query: str, bindings: dict[str, Any] | None = None,
               timeout: float | None = None) -> list[dict[str, Any]]:
        """Run a SELECT. `bindings` maps variable names (no "?") to values that are bound, never
        pasted into the query text: str -> plain literal, "http…" IRIs must be given as
        `rdflib.URIRef`, int/float/bool/datetime.date -> typed literals, rdflib terms as they are.
        Each row maps variable name -> Python value (IRI and string -> str, numbers -> int/float,
        xsd:date -> ISO str, unbound -> missing key)."""

    @abstractmethod
    def select_terms(self, query: str, bindings: dict[str, Any] | None = None,
                     timeout: float | None = None) -> list[dict[str, str]]:
        """As `select`, but every value is the term in N-Triples syntax (`<iri>`, `"x"@vi`,
        `"2011-12-01"^^<…#date>`): nothing about the term is lost (used to rebuild quads)."""

    @abstractmethod
    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool: ...

    @abstractmethod
    def construct(self, query: str, bindings: dict[str, Any] | None = None,
                  timeout: float | None = None) -> str:
        """Run a CONSTRUCT (or DESCRIBE) with bound variables; returns N-Triples text."""

    @abstractmethod
    def sparql_raw(self, query: str, media_type: str, timeout: float | None = None,
                   ) -> tuple[bytes, str]:
        """Run any read query and serialise its result (SPARQL JSON/XML/CSV/TSV for SELECT/ASK,
        Turtle/N-Triples/RDF-XML for CONSTRUCT/DESCRIBE); returns (body, content type)."""

    def untrusted_queries(self) -> Store | QueryProcesses:
        """What evaluates `sparql_raw` for queries from anyone (the /sparql endpoint), so that
        a runaway or faulty query costs neither the server nor its other requests: here the
        store itself (a SPARQL server stops its own queries past their time limit)."""
        return self

    @abstractmethod
    def replace_graph(self, graph_iri: str, quads_nquads: str) -> None:
        """Atomically replace the named graph with the given N-Quads (all in that graph)."""

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace several named graphs; each one atomically (a store may do all at once)."""
        for graph_iri, nquads in graphs.items():
            self.replace_graph(graph_iri, nquads)

    def add_new_graphs(self, nquads: str) -> None:
        """Add N-Quads of graphs that are not in the store yet, by the store's fastest path.
        Not atomic per graph on every store: the loader writes each graph's completion mark
        (its content hash) afterwards, in one atomic write, so a graph cut short by a crash is
        recognised and replaced on the next load."""
        self.replace_graphs({g: "".join(f"{q} .\n" for q in quads) for g, quads in _quads_by_graph(nquads).items()})

    def add_quads(self, nquads: str) -> None:
        """Add N-Quads to named graphs that may already hold statements (nothing is replaced),
        by the store's fastest path; not atomic on every store. Here: one SPARQL update."""
        graphs = []
        for graph, quads in _quads_by_graph(nquads).items():
            triples = "".join(f"{quad.triple} .\n" for quad in quads)
            graphs.append(f"GRAPH <{graph}> {{\n{triples}}}\n")
        if graphs:
            self.update("INSERT DATA {\n" + "".join(graphs) + "}")

    @abstractmethod
    def drop_graph(self, graph_iri: str) -> None: ...

    @abstractmethod
    def update(self, sparql_update: str) -> None: ...

    @abstractmethod
    def graphs(self) -> Iterable[str]: ...

    @abstractmethod
    def triple_count(self) -> int:
        """Statements stored, counted per named graph (a triple stated by 3 articles counts 3)."""

    @abstractmethod
    def dump_nquads(self) -> bytes:
        """Every quad of the store as N-Quads."""

    def flush(self) -> None:
        """Make every write durable (the embedded store otherwise replays its log on open)."""

    def close(self) -> None:
        pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _quads_by_graph(nquads: str) -> dict[str, list[ox.Quad]]:
    """Parsed N-Quads by graph IRI; a quad outside a named graph is refused."""
    by_graph: dict[str, list[ox.Quad]] = {}
    for quad in _parsed(nquads):
        if not isinstance(quad.graph_name, ox.NamedNode):
            raise StoreError(f"not a quad in a named graph: {quad}")
        by_graph.setdefault(quad.graph_name.value, []).append(quad)
    return by_graph


def _parsed(nquads: str) -> list[ox.Quad]:
    """Every quad, or a StoreError naming the line and the problem (a server that refuses the
    N-Quads sends its writes here: a SyntaxError would stop the whole load)."""
    try:
        return list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as err:
        raise StoreError(f"bad N-Quads: {err}") from err


def triples_of_graph(nquads: str, graph_term: str) -> str:
    """N-Triples lines of N-Quads that are all in `graph_term`: a string cut for the lines the
    builder writes, a parse for anything else."""
    suffix = f" {graph_term} ."
    lines = nquads.splitlines()
    if all(line.endswith(suffix) for line in lines):
        return "".join(line[: -len(suffix)] + " .\n" for line in lines)
    out = []
    for quad in _parsed(nquads):
        if str(quad.graph_name) != graph_term:
            raise StoreError(f"quad outside {graph_term}: {quad}")
        out.append(f"{quad.triple} .\n")
    return "".join(out)


def open_store(url: str | None = None) -> Store:
    """`oxigraph:PATH` | `memory:` | `http(s)://HOST[:PORT][/PATH][?query=…&update=…&store=…]`;
    None -> $CHITHI_STORE, else the embedded store under data/graph (relative to the cwd)."""
    url = url or default_store_url()
    if url == "memory:" or url.startswith("memory:"):
        from graph.store_embedded import EmbeddedStore
        return EmbeddedStore(None)
    if url.startswith("oxigraph:"):
        from graph.store_embedded import EmbeddedStore
        return EmbeddedStore(url.removeprefix("oxigraph:") or "data/graph")
    if url.startswith(("http://", "https://")):
        from graph.store_http import HttpStore
        return HttpStore(url)
    raise StoreError(f"unknown store URL {url!r}: use oxigraph:PATH, memory: or http(s)://…")
