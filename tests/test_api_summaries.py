"""api.summaries: the facts of documents read one field at a time give the same summaries as
the single query of every lookup (`summary_pattern`), which was correct but, once a lookup
nested an OPTIONAL, joined by reading whole predicates (a search page over 20 popular
documents of a 2,000-article store took over 60 s)."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from api.models import DocumentSummary
from api.summaries import ALL_FIELDS, TREE_FIELDS, Summaries, read_summaries, summary_pattern, summary_rows
from graph.load import load_paths
from graph.store import Store, open_store
from graph.vocab import SPARQL_PREFIXES
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def store() -> Store:
    store = open_store("memory:")
    assert load_paths(store, [SAMPLES], progress=False).ok
    return store


@pytest.fixture(scope="module")
def documents(store: Store) -> list[str]:
    return sorted(r["doc"] for r in store.select(
        SPARQL_PREFIXES + "SELECT DISTINCT ?doc WHERE { ?doc a eli:LegalResource }"))


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_one_query_per_field_gives_the_summaries_of_one_joined_query(
        store: Store, documents: list[str], fields: tuple[str, ...]) -> None:
    joined = Summaries()
    for doc in documents:  # the joined query, one document at a time (fast enough on the samples)
        joined.add_all(store.select(SPARQL_PREFIXES + f"SELECT DISTINCT * WHERE {{ {summary_pattern('doc', fields)} }}",
                                    {"doc": URIRef(doc)}) or [{"doc": doc}])
    by_field = read_summaries(store, documents, fields)
    assert len(documents) > 20
    assert [_without_title(by_field.get(d)) for d in documents] == [_without_title(joined.get(d)) for d in documents]
    for doc in documents:  # a document stated with two titles shows either
        assert by_field.get(doc).title in _titles(store, doc) | {None}


def _without_title(summary: DocumentSummary) -> dict:
    return summary.model_dump(exclude={"title"})


def _titles(store: Store, doc: str) -> set[str]:
    return {r["t"] for r in store.select(SPARQL_PREFIXES + "SELECT ?t WHERE { ?doc eli:title ?t }", {"doc": URIRef(doc)})}


@pytest.mark.parametrize(("symbol", "issuer_label", "place_label"), [
    ("448-CTr/TU", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Hà Tĩnh"),
    ("73-KH/QU", "Ban Thường vụ Quận ủy Quận 11", "Quận 11"),
])
def test_a_summary_pairs_the_issuer_and_the_place_with_their_names(
        store: Store, documents: list[str], symbol: str, issuer_label: str, place_label: str) -> None:
    summaries = read_summaries(store, documents).all()
    (doc,) = [s for s in summaries if s.symbol == symbol]
    assert (doc.issuer.label, doc.place.label) == (issuer_label, place_label)


def test_no_documents_ask_nothing(store: Store) -> None:
    assert list(summary_rows(store, [])) == []
    assert read_summaries(store, []).all() == []
