"""Stores for the api tests: the hand-written graph of tests/fixtures/api_graph.trig (it follows
graph/vocab.py and holds cases the five samples cannot show), with its indexes built as loading
would write them (graph/indexes.py)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.indexes import rebuild_indexes
from graph.store import Store, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "api_graph.trig"


def fixture_nquads() -> str:
    quads = ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()


def fixture_store(url: str = "memory:") -> Store:
    store = open_store(url)
    store.add_new_graphs(fixture_nquads())
    rebuild_indexes(store)
    store.flush()
    return store
