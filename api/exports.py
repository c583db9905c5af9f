"""Exports: the graph (whole, or a document's neighbourhood) as TriG, N-Quads, Turtle or JSON-LD;
the result of a SELECT as CSV; a neighbourhood as GraphML for Gephi/yEd/Cytoscape.

TriG and N-Quads keep one named graph per article (the provenance); Turtle merges them."""
from __future__ import annotations

import io
from typing import Literal

import networkx as nx
import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api import queries, sparql
from api.errors import BadParameter
from api.models import Neighbourhood
from api.problems import problem_responses
from graph.indexes import INDEX_GRAPHS
from graph.store import Store
from graph.terms import iri_values
from graph.vocab import PREFIXES, SPARQL_PREFIXES

FORMATS = {  # name -> (pyoxigraph format, media type, file extension)
    "trig": (ox.RdfFormat.TRIG, "application/trig", "trig"),
    "nquads": (ox.RdfFormat.N_QUADS, "application/n-quads", "nq"),
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle", "ttl"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json", "jsonld"),
}
ExportFormat = Literal["trig", "nquads", "turtle", "jsonld"]


def neighbourhood_nquads(store: Store, area: Neighbourhood) -> bytes:
    """Every statement about the neighbourhood's documents, in the graph of the article stating it
    (the indexes, derived from those statements, stay out)."""
    rows = store.select_terms(SPARQL_PREFIXES + f"""
        SELECT ?doc ?p ?o ?g WHERE {{ {iri_values("doc", [d.iri for d in area.documents])}
                                     GRAPH ?g {{ ?doc ?p ?o }} FILTER(?g NOT IN ({", ".join(f"<{g}>" for g in INDEX_GRAPHS)})) }}""")
    return "".join(f"{r['doc']} {r['p']} {r['o']} {r['g']} .\n" for r in rows).encode()


def serialise(nquads: bytes, fmt: ExportFormat) -> bytes:
    rdf_format = FORMATS[fmt][0]
    quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    if rdf_format in (ox.RdfFormat.TURTLE,):
        return ox.serialize((q.triple for q in quads), format=rdf_format, prefixes=PREFIXES)
    prefixes = PREFIXES if rdf_format is not ox.RdfFormat.N_QUADS else None
    return ox.serialize(quads, format=rdf_format, prefixes=prefixes)


def graphml(area: Neighbourhood) -> bytes:
    """Documents as nodes (label, symbol, type, level, date, place), relations as edges."""
    graph = nx.MultiDiGraph(center=area.center, hops=area.hops)
    for doc in area.documents:
        graph.add_node(doc.iri, label=doc.label or "", symbol=doc.symbol or "", type=doc.type_code or "",
                       level=doc.level, date=doc.first_date.isoformat() if doc.first_date else "",
                       place=doc.place.label if doc.place and doc.place.label else "",
                       issuer=doc.issuer.label if doc.issuer and doc.issuer.label else "")
    for edge in area.edges:
        graph.add_edge(edge.source, edge.target, relation=edge.relation)
    out = io.BytesIO()
    nx.write_graphml(graph, out, encoding="utf-8")
    return out.getvalue()


router = APIRouter(prefix="/export", tags=["exports"])


def _attachment(body: bytes, media_type: str, filename: str) -> Response:
    return Response(body, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/graph", summary="The graph, or a document's neighbourhood, as RDF",
            responses=problem_responses(404, 409, 422))
def export_graph(request: Request, format: ExportFormat = "trig",
                 symbol: str | None = Query(None, description="only this document's neighbourhood"),
                 hops: int = Query(1, ge=1, le=3), year: int | None = None) -> Response:
    store: Store = request.app.state.store
    if symbol:
        area = queries.neighbourhood(store, symbol, hops=hops, year=year)
        nquads, name = neighbourhood_nquads(store, area), f"chithi-{area.center.rsplit('/', 1)[-1]}"
    else:
        nquads, name = store.dump_nquads(), "chithi"
    _, media_type, extension = FORMATS[format]
    return _attachment(serialise(nquads, format), media_type, f"{name}.{extension}")


@router.get("/csv", summary="The result of a SELECT query as CSV", responses=problem_responses(400, 403, 503))
def export_csv(request: Request, query: str = Query(description="a SPARQL SELECT query")) -> Response:
    endpoint: sparql.Endpoint = request.app.state.sparql
    if sparql.query_form(query) != "select":
        raise BadParameter("query", "a CSV export needs a SELECT query")
    answer = endpoint.answer(query, "text/csv")
    response = _attachment(answer.body, "text/csv", "chithi-query.csv")
    if answer.truncated:
        response.headers["X-Result-Truncated"] = "true"
    return response


@router.get("/graphml", summary="A document's neighbourhood as GraphML",
            responses=problem_responses(404, 409, 422))
def export_graphml(request: Request, symbol: str = Query(examples=["09-CT/TW"]),
                   hops: int = Query(2, ge=1, le=3), year: int | None = None) -> Response:
    area = queries.neighbourhood(request.app.state.store, symbol, hops=hops, year=year)
    return _attachment(graphml(area), "application/graphml+xml",
                       f"chithi-{area.center.rsplit('/', 1)[-1]}.graphml")
