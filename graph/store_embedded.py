"""The embedded store: pyoxigraph on disk (`oxigraph:PATH`) or in memory (`memory:`).

Writes go through pyoxigraph's own operations, never triple by triple through rdflib: one
SPARQL update per article graph (atomic), `bulk_load` for graphs that are new, and a flush
after bulk writes so the next open does not replay the log (design.md §5).
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from graph.bindings import with_values
from graph.query_process import QueryProcesses, raw_answer
from graph.store import Store, StoreError, triples_of_graph
from graph.terms import XSD_DATE, XSD_STRING, iri, literal_to_python

# A bulk load parses on the calling thread and sorts and writes on one more, one after the
# other for a batch of the size the loader writes: on disk, loads of parts side by side, one
# per core, take 0.5-0.6 of the wall time (benchmarks/load.py). In memory the store's writes
# take turns: no gain there. Below some 20,000 quads a split gains little and costs a thread.
PARALLEL_BULK_CHARS = 4_000_000
BULK_THREADS = len(os.sched_getaffinity(0))


class EmbeddedStore(Store):
    def __init__(self, path: str | Path | None):
        self._count: int | None = None
        self._path = None if path is None else str(path)
        if path is None:
            self.url = "memory:"
            self._store = ox.Store()
        else:
            Path(path).mkdir(parents=True, exist_ok=True)
            self.url = f"oxigraph:{path}"
            try:
                self._store = ox.Store(str(path))
            except OSError as err:  # most often: another process holds the store open
                raise StoreError(f"cannot open the store at {path}: {err}") from err

    # -- reads ------------------------------------------------------------------------------
    def _query(self, query: str, bindings: dict[str, Any] | None) -> Any:
        subs = {ox.Variable(k): _to_ox(v) for k, v in (bindings or {}).items()}
        try:
            try:
                return self._store.query(query, use_default_graph_as_union=True,
                                         substitutions=subs or None)
            except RuntimeError as err:
                if "variable" not in str(err):
                    raise
                # pyoxigraph substitutes only projected variables: bind the rest with VALUES
                return self._store.query(with_values(query, bindings),
                                         use_default_graph_as_union=True)
        except SyntaxError as err:
            raise StoreError(f"SPARQL syntax error: {err}") from err
        except (OSError, RuntimeError) as err:
            raise StoreError(f"query failed: {err}") from err

    def select(self, query: str, bindings: dict[str, Any] | None = None,
               timeout: float | None = None) -> list[dict[str, Any]]:
        """`timeout` is not enforced here: pyoxigraph cannot cancel a running query."""
        result = self._query(query, bindings)
        names = [v.value for v in result.variables]
        return [_row_values(names, row) for row in result]

    def select_terms(self, query: str, bindings: dict[str, Any] | None = None,
                     timeout: float | None = None) -> list[dict[str, str]]:
        result = self._query(query, bindings)
        names = [v.value for v in result.variables]
        return [{n: str(t) for n, t in zip(names, row) if t is not None} for row in result]

    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool:
        return bool(self._query(query, bindings))

    def construct(self, query: str, bindings: dict[str, Any] | None = None,
                  timeout: float | None = None) -> str:
        result = self._query(query, bindings)
        return result.serialize(format=ox.RdfFormat.N_TRIPLES).decode()

    def sparql_raw(self, query: str, media_type: str, timeout: float | None = None,
                   ) -> tuple[bytes, str]:
        return raw_answer(self._store, query, media_type)

    def untrusted_queries(self) -> Store | QueryProcesses:
        """On disk: child processes that open the store read-only (graph/query_process.py). In
        memory there is nothing a child could open: queries run here, uncancellable."""
        return self if self._path is None else QueryProcesses(self._path)

    def graphs(self) -> Iterable[str]:
        return [g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)]

    def triple_count(self) -> int:
        """Counting walks the store (about 2 s for 12 M statements on disk): the count is kept
        until this store object writes again."""
        if self._count is None:
            self._count = len(self._store)
        return self._count

    def dump_nquads(self) -> bytes:
        return self._store.dump(format=ox.RdfFormat.N_QUADS)

    # -- writes -----------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, quads_nquads: str) -> None:
        """One SPARQL update (DROP + INSERT DATA): pyoxigraph runs it as one transaction."""
        g = iri(graph_iri)
        triples = triples_of_graph(quads_nquads, g)
        self.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{triples}}} }}")

    def add_new_graphs(self, nquads: str) -> None:
        """On disk, a large write is loaded in parts side by side (PARALLEL_BULK_CHARS). Not
        `lenient=True`: it skips IRI validation, 5 to 10% of this call's CPU time, and a source
        URL that is no IRI would be stored instead of refused. The rest of the cost (about 9 µs
        a quad on disk, 3 in memory) is the bulk loader's: benchmarks/load.py."""
        self._count = None
        parts = 1 if self._path is None else min(BULK_THREADS, len(nquads) // PARALLEL_BULK_CHARS)
        if parts <= 1:
            self._bulk_load(nquads, lines_before=0)
            return
        with ThreadPoolExecutor(parts, thread_name_prefix="chithi-bulk") as pool:
            loads = [pool.submit(self._bulk_load, part, lines_before)
                     for lines_before, part in _line_parts(nquads, parts)]
        for load in loads:
            load.result()  # the first part's error first, as one load would raise it

    def _bulk_load(self, nquads: str, lines_before: int) -> None:
        try:
            self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError) as err:
            raise StoreError(f"bulk load failed: {_lines_shifted(str(err), lines_before)}") from err

    def add_quads(self, nquads: str) -> None:
        """One transaction: a batch's completion marks are written all or none (a bulk load can
        stop part-way). These writes are small (marks, new words): over a 30,000-article load
        the pipeline took the same CPU time as with bulk loads (102 and 98 s, shared machine)."""
        self._count = None
        try:
            self._store.load(nquads, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError) as err:
            raise StoreError(f"load failed: {err}") from err

    def drop_graph(self, graph_iri: str) -> None:
        self.update(f"DROP SILENT GRAPH {iri(graph_iri)}")

    def update(self, sparql_update: str) -> None:
        self._count = None
        try:
            self._store.update(sparql_update)
        except SyntaxError as err:
            raise StoreError(f"SPARQL update syntax error: {err}") from err
        except OSError as err:
            raise StoreError(f"update failed: {err}") from err

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        """Flush, and let go of the database so another `open_store` may open it."""
        if self._store is not None:
            self._store.flush()
            self._store = None


def _line_parts(text: str, parts: int) -> list[tuple[int, str]]:
    """`text` cut into about `parts` equal parts at line ends, each with the number of lines
    before it."""
    cuts = [0]
    for i in range(1, parts):
        end = text.find("\n", max(cuts[-1], len(text) * i // parts))
        if end < 0:
            break
        if end + 1 < len(text):
            cuts.append(end + 1)
    cuts.append(len(text))
    out, lines_before = [], 0
    for start, end in zip(cuts, cuts[1:]):
        out.append((lines_before, text[start:end]))
        lines_before += text.count("\n", start, end)
    return out


def _lines_shifted(message: str, lines_before: int) -> str:
    """A parser's message about a part, with its line numbers those of the whole text."""
    return re.sub(r"\bline (\d+)", lambda m: f"line {int(m.group(1)) + lines_before}", message)


def _to_ox(value: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A binding value as a pyoxigraph term, by the rules of `Store.select`."""
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, BNode):
        return ox.BlankNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=ox.NamedNode(value.datatype or XSD_STRING))
    if isinstance(value, (bool, int, float, str)):
        return ox.Literal(value)
    if isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(str(XSD.dateTime)))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD_DATE))
    raise TypeError(f"cannot bind a {type(value).__name__} ({value!r}) in a SPARQL query")


def _row_values(names: list[str], row: ox.QuerySolution) -> dict[str, Any]:
    """A result row as `Store.select` gives it. Dispatch on the exact term class and the
    common literals first: this runs for every term of every row (benchmarks/select_rows.py)."""
    values: dict[str, Any] = {}
    for name, term in zip(names, row):
        kind = type(term)
        if kind is ox.NamedNode:
            values[name] = term.value
        elif kind is ox.Literal:
            if term.language:
                values[name] = term.value
            else:
                datatype = term.datatype.value
                values[name] = term.value if datatype == XSD_STRING else literal_to_python(
                    term.value, datatype)
        elif kind is ox.BlankNode:
            values[name] = f"_:{term.value}"
        elif term is not None:  # an RDF-star triple; None: unbound, left out
            values[name] = str(term)
    return values
