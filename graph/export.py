"""Export the graph, or one document's neighbourhood, as Turtle, TriG, N-Quads or JSON-LD.

Serialised by pyoxigraph (fast on the whole store). TriG, N-Quads and JSON-LD keep the named
graphs (the provenance of every statement); Turtle gives the union, each triple once.

A document's neighbourhood: the document, what it cites and what cites it (with their own
facts), its issuer, and every annotation on it with its target, selectors and article.
"""
from __future__ import annotations

from typing import Literal

import pyoxigraph as ox
from rdflib import URIRef

from graph.bindings import values_block
from graph.store import Store, StoreError
from graph.terms import iri
from graph.vocab import BASE, PREFIXES, SPARQL_PREFIXES, symbol_key

Format = Literal["turtle", "trig", "nquads", "jsonld"]
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
}
# Issuers as "body:" ("org:" is the ORG ontology's). Document, unit and article IRIs hold "/"
# or "#", which a prefixed name would have to escape: they are written in full.
EXPORT_PREFIXES = {**PREFIXES, "body": f"{BASE}org/"}


def export(store: Store, fmt: Format, document: str | None = None) -> bytes:
    """Everything, or the neighbourhood of `document` (a symbol in any written variant, or an
    IRI; a symbol shared by several documents exports all of them)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if document is None:
        nquads = store.dump_nquads()
    else:
        nquads = neighbourhood_nquads(store, documents_named(store, document)).encode()
    if fmt == "nquads":
        return nquads
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    if fmt == "turtle":
        triples = list(dict.fromkeys(q.triple for q in quads))
        return ox.serialize(triples, format=FORMATS[fmt], prefixes=EXPORT_PREFIXES)
    quads.sort(key=lambda q: str(q.graph_name))  # each graph written as one block
    if fmt == "jsonld":
        return ox.serialize(quads, format=FORMATS[fmt])
    return ox.serialize(quads, format=FORMATS[fmt], prefixes=EXPORT_PREFIXES)


def documents_named(store: Store, document: str) -> list[str]:
    """IRIs of the documents a symbol (any variant) or an IRI names."""
    if document.startswith(("http://", "https://")):
        return [document]
    rows = store.select(SPARQL_PREFIXES + "SELECT DISTINCT ?doc WHERE { ?doc chithi:symbolKey ?key }",
                        {"key": symbol_key(document)})
    if not rows:
        raise StoreError(f"no document with the symbol {document!r} in {store.url}")
    return sorted(r["doc"] for r in rows)


def neighbourhood_nquads(store: Store, documents: list[str]) -> str:
    """Quads about the documents, and about their neighbours (related documents, issuers,
    annotations and their articles) as stated in the articles that cite the documents: a
    neighbour's statements elsewhere (Ban Bí thư in ten thousand other articles) stay out.
    Blank nodes (an annotation's target and selectors as other tools write them) come with
    the node that holds them."""
    docs = values_block(["doc"], [(URIRef(d),) for d in documents])
    graphs = {r["g"] for r in store.select(
        f"SELECT DISTINCT ?g WHERE {{ {docs} {{ GRAPH ?g {{ ?doc ?p ?o }} }} "
        f"UNION {{ GRAPH ?g {{ ?s ?p ?doc }} }} }}")}
    subjects = documents + [r["x"] for r in store.select(SPARQL_PREFIXES + f"""
        SELECT DISTINCT ?x WHERE {{ {docs}
          {{ ?x ?p ?doc }}
          UNION {{ ?doc ?p ?x FILTER(?p NOT IN (eli:jurisdiction, eli:type_document, rdf:type)) }}
          UNION {{ ?a oa:hasBody ?doc ; oa:hasTarget ?x }}
          UNION {{ ?a oa:hasBody ?doc ; oa:hasTarget/oa:hasSelector ?x }}
          UNION {{ ?a oa:hasBody ?doc ; oa:hasTarget/oa:hasSource ?x }}
          FILTER(isIRI(?x))
        }}""")]
    roots = [values_block(["root"], [(URIRef(s),) for s in subjects[start:start + 500]])
             for start in range(0, len(subjects), 500)]
    roots.append(f"{docs} GRAPH ?g {{ ?root ?cites ?doc FILTER(isBlank(?root)) }}")  # blank annotations
    wanted = {iri(g) for g in graphs}
    focus = {iri(d) for d in documents}
    lines: list[str] = []
    for number, root in enumerate(roots):
        for row in store.select_terms(_with_blank_nodes(root)):
            if row["g"] in wanted or row["s"] in focus:
                s, o = (_scoped(row[k], number) for k in ("s", "o"))
                lines.append(f"{s} {row['p']} {o} {row['g']} .\n")
    return "".join(lines)


_BLANK_DEPTH = 3  # annotation -> target -> selector -> refinement


def _with_blank_nodes(roots: str) -> str:
    """A query for the quads of each ?root (bound by `roots`) and of the blank nodes it holds,
    up to _BLANK_DEPTH steps, in the root's graph: one query, as a blank node's label means
    something only within one result."""
    paths = ["?root ?p ?o BIND(?root AS ?s)"]  # (each branch binds ?root itself: a group
    for depth in range(1, _BLANK_DEPTH + 1):       # does not see the VALUES outside it)
        steps = ["?root"] + [f"?b{i}" for i in range(1, depth)] + ["?s"]
        paths.append(" ".join(f"{a} ?p{i} {b} FILTER(isBlank({b}))"
                              for i, (a, b) in enumerate(zip(steps, steps[1:]))) + " ?s ?p ?o")
    union = " UNION ".join(f"{{ {path} }}" for path in paths)
    return f"SELECT ?s ?p ?o ?g WHERE {{ {roots} GRAPH ?g {{ {union} }} }}"


def _scoped(term: str, query: int) -> str:
    """A blank node's label made unique to the query it came from (a server may reuse labels
    from one result to the next)."""
    return f"_:q{query}x{term[2:]}" if term.startswith("_:") else term
