"""api.summaries: the facts of many documents read a group of lookups at a time (a VALUES block)
give the same summaries as the lookups of one document at a time in one query, which was
correct but, once a lookup nested an OPTIONAL or a two-step path, joined by reading whole
predicates: on 2,000 generated articles, a trace's 50 summaries took 4.3-7 s, a search page over
20 popular documents over 60 s (regression: 5d2d0c5 asked every lookup in one query)."""
from __future__ import annotations

import pytest
from rdflib import URIRef

from api.models import DocumentSummary
from api.summaries import (ALL_FIELDS, TREE_FIELDS, Summaries, read_summaries, summary_pattern, summary_rows,
                           values_block)
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


# a type's code was looked up in a nested OPTIONAL, now through a path
_NESTED_BEFORE = {"type_code": "OPTIONAL { ?doc eli:type_document+ ?doc_type . "
                               "OPTIONAL { ?doc_type skos:notation ?doc_type_code } }",
                  "place": summary_pattern("doc", ("place",)), "issuer": summary_pattern("doc", ("issuer",))}


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_the_type_code_through_a_path_gives_what_the_nested_lookup_gave(
        store: Store, documents: list[str], fields: tuple[str, ...]) -> None:
    values = values_block("doc", documents)
    plain = tuple(f for f in fields if f not in _NESTED_BEFORE)
    groups = [summary_pattern("doc", plain)] + [_NESTED_BEFORE[f] for f in fields if f in _NESTED_BEFORE]
    before = Summaries()
    for group in groups:
        before.add_all(store.select(SPARQL_PREFIXES + f"SELECT DISTINCT * WHERE {{ {values} {group} }}"))
    now = read_summaries(store, documents, fields)
    assert any(before.get(d).type_code for d in documents) and any(before.get(d).place for d in documents)
    assert [_without_title(now.get(d)) for d in documents] == [_without_title(before.get(d)) for d in documents]


# lookups that made Oxigraph read whole predicates when asked beside others in one query
ASKED_ALONE = ("type_code", "issuer", "place")


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_a_lookup_that_reads_whole_predicates_beside_others_is_asked_alone(
        store: Store, documents: list[str], fields: tuple[str, ...]) -> None:
    sent: list[str] = []

    class Recording:
        def select(self, query: str, bindings: dict | None = None) -> list[dict]:
            sent.append(query)
            return store.select(query, bindings)

    summary_rows(Recording(), documents, fields)
    asked = [{f for f in fields if summary_pattern("doc", (f,)) in query} for query in sent]
    assert sorted(f for group in asked for f in group) == sorted(fields)  # each once
    for group in asked:
        assert len(group) == 1 or not group & set(ASKED_ALONE), f"{sorted(group)} in one query"
    assert len(sent) == 1 + sum(f in ASKED_ALONE for f in fields)


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
