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
    neighbour's statements elsewhere (Ban Bí thư in ten thousand other articles) stay out."""
    docs = values_block(["doc"], [(URIRef(d),) for d in documents])
    graphs = {r["g"] for r in store.select(
        f"SELECT DISTINCT ?g WHERE {{ {docs} {{ GRAPH ?g {{ ?doc ?p ?o }} }} "
        f"UNION {{ GRAPH ?g {{ ?s ?p ?doc }} }} }}")}
    subjects = documents + [r["x"] for r in store.select(SPARQL_PREFIXES + f"""
        SELECT DISTINCT ?x WHERE {{ {docs}
          {{ ?x ?p ?doc FILTER(isIRI(?x)) }}
          UNION {{ ?doc ?p ?x FILTER(isIRI(?x) && ?p NOT IN (eli:jurisdiction, eli:type_document, rdf:type)) }}
          UNION {{ ?a oa:hasBody ?doc ; oa:hasTarget ?x }}
          UNION {{ ?a oa:hasBody ?doc ; oa:hasTarget/oa:hasSelector ?x }}
          UNION {{ ?a oa:hasBody ?doc ; oa:hasTarget/oa:hasSource ?x }}
        }}""")]
    wanted = {iri(g) for g in graphs}
    focus = {iri(d) for d in documents}
    lines: list[str] = []
    for start in range(0, len(subjects), 500):
        chunk = values_block(["s"], [(URIRef(s),) for s in subjects[start:start + 500]])
        for row in store.select_terms(f"SELECT ?s ?p ?o ?g WHERE {{ {chunk} GRAPH ?g {{ ?s ?p ?o }} }}"):
            if row["g"] in wanted or row["s"] in focus:
                lines.append(f"{row['s']} {row['p']} {row['o']} {row['g']} .\n")
    return "".join(lines)
