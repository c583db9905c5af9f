"""graph: records -> RDF, identity across articles, stores (graph/vocab.py documents the model).

The entry points api/ and the notebook use:
    open_store(url) -> Store                      graph.store (select, ask, construct, …)
    load_paths / load_records / unload            graph.load
    export(store, fmt, document=None)             graph.export
    graph_stats(store)                            graph.stats
    validate(store)                               graph.validate
    date_conflicts / unresolved_citations         graph.reconcile
    to_networkx(store, root=None, depth=2)        graph.networkx
Each is imported on first use, so `import graph` stays light.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "open_store": "graph.store", "Store": "graph.store", "StoreError": "graph.store",
    "QueryTimeout": "graph.store", "default_store_url": "graph.store",
    "load_paths": "graph.load", "load_records": "graph.load", "unload": "graph.load",
    "LoadSummary": "graph.load", "export": "graph.export", "graph_stats": "graph.stats",
    "validate": "graph.validate", "date_conflicts": "graph.reconcile",
    "unresolved_citations": "graph.reconcile", "to_networkx": "graph.networkx",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
