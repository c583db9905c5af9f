"""The document graph, or one document's neighbourhood, as a networkx MultiDiGraph for
analysis (the notebook): nodes are documents, edges their relations.

    g = to_networkx(store, root="09-CT/TW", depth=2)
    nodes: IRI -> label, symbol, type, level, date, year, issuer, jurisdiction
    edges: A -> B with relation ("implements", "continues" …) and articles (how many state it)
"""
from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import URIRef

from graph.bindings import values_block
from graph.export import documents_named
from graph.store import Store
from graph.terms import iri
from graph.vocab import RELATION_PREDICATES, SPARQL_PREFIXES

RELATION_NAMES = {str(p): name for name, p in RELATION_PREDICATES.items()}
_CHUNK = 500


def to_networkx(store: Store, root: str | None = None, depth: int = 2,
                relations: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """All documents linked by a relation, or those within `depth` relation steps (either
    direction) of `root` (a symbol in any written variant, or an IRI). `relations` limits the
    edges to some relation types ("implements", "continues", …)."""
    wanted = list(relations) if relations else list(RELATION_PREDICATES)
    predicates = " ".join(iri(str(RELATION_PREDICATES[name])) for name in wanted)
    graph = nx.MultiDiGraph()
    if root is None:
        _add_edges(graph, store.select(
            f"SELECT ?a ?p ?b (COUNT(DISTINCT ?g) AS ?n) WHERE {{ VALUES ?p {{ {predicates} }} "
            f"GRAPH ?g {{ ?a ?p ?b }} }} GROUP BY ?a ?p ?b"))
    else:
        frontier = set(documents_named(store, root))
        graph.add_nodes_from(frontier)
        for _ in range(depth):
            found: set[str] = set()
            for chunk in _chunks(sorted(frontier)):
                docs = values_block(["doc"], [(URIRef(d),) for d in chunk])
                rows = store.select(
                    f"SELECT ?a ?p ?b (COUNT(DISTINCT ?g) AS ?n) WHERE {{ {docs} "
                    f"VALUES ?p {{ {predicates} }} "
                    f"{{ GRAPH ?g {{ ?doc ?p ?b }} BIND(?doc AS ?a) }} UNION "
                    f"{{ GRAPH ?g {{ ?a ?p ?doc }} BIND(?doc AS ?b) }} }} GROUP BY ?a ?p ?b")
                found |= _add_edges(graph, rows)
            frontier = found - set(frontier)
            if not frontier:
                break
    _describe_nodes(store, graph)
    return graph


def _add_edges(graph: nx.MultiDiGraph, rows: list[dict]) -> set[str]:
    touched: set[str] = set()
    for row in rows:
        a, b, relation = row["a"], row["b"], RELATION_NAMES[row["p"]]
        if not graph.has_edge(a, b, key=relation):
            graph.add_edge(a, b, key=relation, relation=relation, articles=int(row["n"]))
        touched |= {a, b}
    return touched


# node attribute -> property path; one query each (OPTIONALs side by side multiply, since
# every article graph repeats a document's facts)
NODE_FACTS = {
    "label": "rdfs:label", "symbol": "eli:id_local", "type": "eli:type_document/skos:notation",
    "level": "chithi:level", "date": "eli:date_document", "year": "chithi:year",
    "issuer": "eli:passed_by/skos:prefLabel", "jurisdiction": "eli:jurisdiction",
}


def _describe_nodes(store: Store, graph: nx.MultiDiGraph) -> None:
    """Each attribute once per node: the earliest value when articles disagree."""
    for chunk in _chunks(sorted(graph.nodes)):
        docs = values_block(["doc"], [(URIRef(d),) for d in chunk])
        for name, path in NODE_FACTS.items():
            for row in store.select(SPARQL_PREFIXES + f"SELECT ?doc (MIN(?v) AS ?value) "
                                    f"WHERE {{ {docs} ?doc {path} ?v }} GROUP BY ?doc"):
                graph.nodes[row["doc"]][name] = row["value"]


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]
