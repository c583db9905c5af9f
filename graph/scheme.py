"""SCHEME_GRAPH: the ontology's own terms (data/ontology.ttl) and the document types as SKOS
concepts, generated from the extractor's type table (loaders/data/type_codes.tsv) so that the
graph and the extractor know the same types. Written once per store, replaced when it changes.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox
from loaders.symbols import TYPE_CODES, TYPE_NAMES

from graph.store import Store
from graph.terms import iri, lit
from graph.vocab import BASE, CHITHI, RDF, SCHEME_GRAPH, SKOS, type_iri

ONTOLOGY = Path(__file__).with_name("data") / "ontology.ttl"
TYPE_SCHEME = BASE + "type"


def type_concepts() -> dict[str, tuple[str, str | None]]:
    """code -> (preferred label, other label): the state name first, the Party one when the
    systems name the code differently (TT: Thông tư / Thông tri)."""
    out = {}
    for code in sorted(set(TYPE_CODES.values())):
        state, party = TYPE_NAMES.get((code, "state")), TYPE_NAMES.get((code, "party"))
        preferred = state or party
        out[code] = (preferred, party if party and party != preferred else None)
    return out


def scheme_nquads() -> str:
    g = iri(SCHEME_GRAPH)
    lines = [f"{quad.triple} {g} .\n" for quad in ox.parse(path=str(ONTOLOGY),
                                                           format=ox.RdfFormat.TURTLE)]
    for code, (preferred, other) in type_concepts().items():
        s = iri(type_iri(code))
        lines.append(f"{s} {iri(str(RDF.type))} {iri(str(SKOS.Concept))} {g} .\n")
        lines.append(f"{s} {iri(str(SKOS.inScheme))} {iri(TYPE_SCHEME)} {g} .\n")
        lines.append(f"{s} {iri(str(SKOS.notation))} {lit(code)} {g} .\n")
        lines.append(f"{s} {iri(str(SKOS.prefLabel))} {lit(preferred, 'vi')} {g} .\n")
        if other:
            lines.append(f"{s} {iri(str(SKOS.altLabel))} {lit(other, 'vi')} {g} .\n")
    return "".join(lines)


def load_scheme(store: Store) -> bool:
    """Write SCHEME_GRAPH unless the store holds this version; True when written."""
    nquads = scheme_nquads()
    digest = hashlib.sha256(nquads.encode()).hexdigest()
    g, mark = iri(SCHEME_GRAPH), iri(str(CHITHI.contentHash))
    if store.ask(f"ASK {{ GRAPH {g} {{ {g} {mark} ?h }} }}", {"h": digest}):
        return False
    store.replace_graph(SCHEME_GRAPH, nquads + f"{g} {mark} {lit(digest)} {g} .\n")
    return True
