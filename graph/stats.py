"""What a store holds, counted: `chithi stats`."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from graph.reconcile import date_conflicts, unresolved_citations
from graph.store import Store
from graph.terms import iri
from graph.vocab import RELATION_PREDICATES, SPARQL_PREFIXES


@dataclass
class GraphStats:
    articles: int
    documents: int
    issuers: int  # bodies that issued at least one document
    organisations: int  # issuers and the bodies above them
    relations: int  # distinct (document, relation, document) statements
    units: int  # administrative units of the gazetteer
    unresolved: int  # undated citations that match several documents
    date_conflicts: int  # documents given different dates by different articles
    triples: int  # statements stored, counted per named graph

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _count(store: Store, pattern: str) -> int:
    rows = store.select(SPARQL_PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(rows[0]["n"]) if rows else 0


def graph_stats(store: Store) -> GraphStats:
    relations = " ".join(iri(str(p)) for p in dict.fromkeys(RELATION_PREDICATES.values()))
    return GraphStats(
        articles=_count(store, "SELECT DISTINCT ?a WHERE { ?a a chithi:Article }"),
        documents=_count(store, "SELECT DISTINCT ?d WHERE { ?d a eli:LegalResource }"),
        issuers=_count(store, "SELECT DISTINCT ?o WHERE { ?d eli:passed_by ?o }"),
        organisations=_count(store, "SELECT DISTINCT ?o WHERE { "
                                    "{ ?o a org:Organization } UNION { ?o a org:OrganizationalUnit } }"),
        relations=_count(store, f"SELECT DISTINCT ?a ?p ?b WHERE {{ VALUES ?p {{ {relations} }} "
                                f"?a ?p ?b }}"),
        units=_count(store, "SELECT DISTINCT ?u WHERE { ?u a chithi:AdministrativeUnit }"),
        unresolved=len(unresolved_citations(store)),
        date_conflicts=len(date_conflicts(store)),
        triples=store.triple_count(),
    )
