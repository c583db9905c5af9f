"""Check the graph against the SHACL shapes of data/shapes.ttl (pyshacl): `chithi validate`.

The data checked is the union of the article graphs and SCHEME_GRAPH, with the gazetteer
units they refer to (and the units those lead to by skos:broader and dcterms:isReplacedBy, and
the former names of all of them: "Thừa Thiên Huế" of province 46);
the whole gazetteer (140,000 statements, generated from a checked dataset) only on request.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from graph.bindings import values_block
from graph.store import Store
from graph.vocab import GAZETTEER_GRAPH, SPARQL_PREFIXES

SHAPES = Path(__file__).with_name("data") / "shapes.ttl"


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    triples_checked: int
    text: str  # pyshacl's own report


def validate(store: Store, include_gazetteer: bool = False) -> ValidationReport:
    data = Graph()
    data.parse(data=data_to_check(store, include_gazetteer), format="nt")
    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, results, text = shacl_validate(data, shacl_graph=shapes, inference="none",
                                             advanced=True, allow_warnings=True)
    violations = [
        Violation(str(results.value(r, SH.focusNode)),
                  str(results.value(r, SH.resultPath)) if results.value(r, SH.resultPath) else None,
                  str(results.value(r, SH.resultMessage)),
                  str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1])
        for r in results.subjects(SH.resultSeverity, None)
    ]
    return ValidationReport(bool(conforms), violations, len(data), text)


def data_to_check(store: Store, include_gazetteer: bool) -> str:
    """N-Triples of the union of what is checked (see the module docstring)."""
    gazetteer = f"<{GAZETTEER_GRAPH}>"
    triples: dict[str, None] = {}
    for quad in ox.parse(store.dump_nquads(), format=ox.RdfFormat.N_QUADS):
        if include_gazetteer or str(quad.graph_name) != gazetteer:
            triples[f"{quad.triple} .\n"] = None
    if not include_gazetteer:
        units = [r["u"] for r in store.select(SPARQL_PREFIXES + """
            SELECT DISTINCT ?u WHERE {
              ?s eli:jurisdiction|chithi:about|dcterms:spatial ?r .
              ?r (skos:broader|dcterms:isReplacedBy)*/chithi:formerName? ?u }""")]
        for start in range(0, len(units), 500):
            chunk = values_block(["s"], [(URIRef(u),) for u in units[start:start + 500]])
            for row in store.select_terms(
                    f"SELECT ?s ?p ?o WHERE {{ {chunk} GRAPH {gazetteer} {{ ?s ?p ?o }} }}"):
                triples[f"{row['s']} {row['p']} {row['o']} .\n"] = None
    return "".join(triples)
