"""Stores named by a URL: `oxigraph:PATH` (embedded, on disk; the default), `memory:` (tests),
`http(s)://…` (any SPARQL 1.1 Query/Update + Graph Store Protocol server).

The interface below is what api/ relies on; graph/ implements it for each kind of store.
Reads see the union of all named graphs.
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from typing import Any, Iterable

DEFAULT_STORE = "oxigraph:data/graph"


def default_store_url() -> str:
    return os.environ.get("CHITHI_STORE") or DEFAULT_STORE


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
    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool: ...

    @abstractmethod
    def sparql_raw(self, query: str, media_type: str, timeout: float | None = None,
                   ) -> tuple[bytes, str]:
        """Run any read query and serialise its result (SPARQL JSON/XML/CSV/TSV for SELECT/ASK,
        Turtle/N-Triples/RDF-XML for CONSTRUCT/DESCRIBE); returns (body, content type)."""

    @abstractmethod
    def replace_graph(self, graph_iri: str, quads_nquads: str) -> None:
        """Atomically replace the named graph with the given N-Quads (all in that graph)."""

    @abstractmethod
    def drop_graph(self, graph_iri: str) -> None: ...

    @abstractmethod
    def update(self, sparql_update: str) -> None: ...

    @abstractmethod
    def graphs(self) -> Iterable[str]: ...

    @abstractmethod
    def triple_count(self) -> int: ...

    def close(self) -> None:
        pass


def open_store(url: str | None = None) -> Store:
    raise NotImplementedError("graph/ implements the store kinds")  # replaced by the graph work
