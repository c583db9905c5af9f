"""api.summaries: the facts of many documents read a group of lookups at a time (a VALUES block)
give the same summaries as the lookups of one document at a time in one query, which was
correct but, once a lookup nested an OPTIONAL or a two-step path, joined by reading whole
predicates: on 2,000 generated articles, a trace's 50 summaries took 4.3-7 s, a search page over
20 popular documents over 60 s (regression: 5d2d0c5 asked every lookup in one query)."""
from __future__ import annotations

import re

import pytest
from rdflib import URIRef

from api import names
from api.models import DocumentSummary
from api.names import KINDS, forget
from api.names import add_names
from api.models import Source
from api.summaries import (ALL_FIELDS, TREE_FIELDS, Summaries, add_source, build_sources, facts_column,
                           read_summaries, read_summaries_where, records_of, source_data, source_from_row,
                           summaries_of_records, summary_pattern, summary_rows)
from graph.indexes import FACTS_GRAPH
from graph.load import load_paths
from graph.store import Store, open_store
from graph.terms import iri_values
from graph.vocab import SPARQL_PREFIXES
from tests.api_support import fixture_store, hue_store
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def store() -> Store:
    store = open_store("memory:")
    assert load_paths(store, [SAMPLES], progress=False).ok
    return store


@pytest.fixture(scope="module")
def lookups_store(store: Store) -> Store:
    """The same store without the facts index (as loaded before it existed): read by the lookups."""
    copy = open_store("memory:")
    copy.add_new_graphs(store.dump_nquads().decode())
    copy.drop_graph(FACTS_GRAPH)
    return copy


@pytest.fixture(scope="module")
def documents(store: Store) -> list[str]:
    return sorted(r["doc"] for r in store.select(
        SPARQL_PREFIXES + "SELECT DISTINCT ?doc WHERE { ?doc a eli:LegalResource }"))


# the lookups as they were read before names came from api/names.py: each of these in a query
# of its own (beside others, they made Oxigraph read whole predicates), the others together
_BEFORE = {
    "type_code": "OPTIONAL { ?doc eli:type_document+/skos:notation ?doc_type_code }",
    "issuer": "OPTIONAL { GRAPH ?doc_issuer_graph { ?doc eli:passed_by ?doc_issuer "
              "OPTIONAL { ?doc_issuer skos:prefLabel ?doc_issuer_label } } }",
    "place": "OPTIONAL { ?doc eli:jurisdiction+ ?doc_place . OPTIONAL { ?doc_place skos:prefLabel+ ?doc_place_label } }",
}


def _read_before(store: Store, documents: list[str], fields: tuple[str, ...]) -> Summaries:
    values = iri_values("doc", documents)
    plain = tuple(f for f in fields if f not in _BEFORE)
    before = Summaries()
    for group in [summary_pattern("doc", plain)] + [_BEFORE[f] for f in fields if f in _BEFORE]:
        before.add_all(store.select(SPARQL_PREFIXES + f"SELECT DISTINCT * WHERE {{ {values} {group} }}"))
    return before


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_the_summaries_in_one_query_with_names_from_the_tables_are_those_read_before(
        store: Store, documents: list[str], fields: tuple[str, ...]) -> None:
    forget(store)
    before, now = _read_before(store, documents, fields), read_summaries(store, documents, fields)
    assert len(documents) > 20
    assert all(before.get(d).type_code for d in documents if before.get(d).symbol)
    assert sum(bool(before.get(d).issuer and before.get(d).place) for d in documents) > 10
    assert [_without_title(now.get(d)) for d in documents] == [_without_title(before.get(d)) for d in documents]
    for doc in documents:  # a document stated with two titles shows either
        assert now.get(doc).title in _titles(store, doc) | {None}
    again = read_summaries(store, documents, fields)  # names from the tables now
    assert [again.get(d) for d in documents] == [now.get(d) for d in documents]


class _Recording:
    """A store that lists the queries it is sent."""

    def __init__(self, store: Store) -> None:
        self.store, self.sent = store, []

    def select(self, query: str, bindings: dict | None = None) -> list[dict]:
        self.sent.append(query)
        return self.store.select(query, bindings)

    def ask(self, query: str, bindings: dict | None = None) -> bool:
        return self.store.ask(query, bindings)


_LOOKUP = re.compile(r"OPTIONAL \{ \?doc (\S+) \?doc_\w+ \}")


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_the_facts_are_read_in_one_query_of_one_step_lookups(
        lookups_store: Store, documents: list[str], fields: tuple[str, ...]) -> None:
    """Lookups of two steps or nesting an OPTIONAL (a GRAPH) beside others in one query made
    Oxigraph read whole predicates (5d2d0c5: a trace of 50 documents on 2,000 generated
    articles took 14 s): every lookup of the documents' query is one step from the document."""
    forget(lookups_store)
    recording = _Recording(lookups_store)
    summary_rows(recording, documents, fields)
    facts = [q for q in recording.sent if "VALUES ?doc " in q]
    assert len(facts) == 1
    lookups = re.findall(r"OPTIONAL \{[^{}]*\}", facts[0])
    assert len(lookups) == len(fields)
    for lookup in lookups:
        matched = _LOOKUP.fullmatch(lookup)
        assert matched and re.fullmatch(r"<[^<>|\s]+>\+?", matched[1]), lookup  # one IRI: one step


def test_the_issuers_lookup_once_per_article_stating_it_comes_last() -> None:
    """A lookup after it ran once per article restating the document: a search page of
    directives stated by hundreds, on 2,000 generated articles, took 307 ms, 39 ms with it last."""
    pattern = summary_pattern("doc", ("label", "issuer", "date", "place")).splitlines()
    assert pattern[-1] == summary_pattern("doc", ("issuer",))
    assert pattern[:-1] == summary_pattern("doc", ("label", "date", "place")).splitlines()


def test_names_are_read_once_then_come_from_the_tables(store: Store, documents: list[str]) -> None:
    recording = _Recording(store)
    summary_rows(recording, documents, TREE_FIELDS)
    # the facts, then the names of each kind, and the units renamed since (names.former_names)
    assert len(recording.sent) == 1 + len(KINDS) + 1
    recording.sent.clear()
    summary_rows(recording, documents, TREE_FIELDS)
    assert len(recording.sent) == 1


def test_the_tables_are_read_again_once_forgotten_or_old(
        store: Store, documents: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    recording = _Recording(store)
    summary_rows(recording, documents, TREE_FIELDS)
    forget(recording)
    recording.sent.clear()
    summary_rows(recording, documents, TREE_FIELDS)
    assert len(recording.sent) == 1 + len(KINDS) + 1
    monkeypatch.setattr(names, "NAMES_SECONDS", 0.0)
    recording.sent.clear()
    summary_rows(recording, documents, TREE_FIELDS)
    assert len(recording.sent) == 1 + len(KINDS) + 1


def test_an_issuer_renamed_in_the_store_is_shown_by_its_new_name_once_the_table_is_old(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A name is at most NAMES_SECONDS old (the stores count no writes), then read again."""
    store = open_store("memory:")
    assert load_paths(store, [SAMPLES], progress=False).ok
    (doc,) = [r["doc"] for r in store.select(SPARQL_PREFIXES + 'SELECT ?doc WHERE { ?doc eli:id_local+ "448-CTr/TU" }')]
    assert read_summaries(store, [doc], TREE_FIELDS).get(doc).issuer.label == "Ban Thường vụ Tỉnh ủy Hà Tĩnh"
    store.update(SPARQL_PREFIXES + """
        DELETE { GRAPH ?g { ?org skos:prefLabel ?name } } INSERT { GRAPH ?g { ?org skos:prefLabel "Tỉnh ủy Hà Tĩnh"@vi } }
        WHERE { GRAPH ?g { ?org skos:prefLabel ?name FILTER(STR(?name) = "Ban Thường vụ Tỉnh ủy Hà Tĩnh") } }""")
    assert read_summaries(store, [doc], TREE_FIELDS).get(doc).issuer.label == "Ban Thường vụ Tỉnh ủy Hà Tĩnh"
    monkeypatch.setattr(names, "NAMES_SECONDS", 0.0)
    assert read_summaries(store, [doc], TREE_FIELDS).get(doc).issuer.label == "Tỉnh ủy Hà Tĩnh"


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


@pytest.fixture(scope="module")
def hue(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return hue_store(tmp_path_factory.mktemp("hue"))


def _hue_documents(store: Store) -> dict[str, str]:
    return {r["symbol"]: r["doc"] for r in store.select(SPARQL_PREFIXES + """
        SELECT ?doc ?symbol WHERE { VALUES ?symbol { "25-CTr/TU" "210-KH/TU" } ?doc eli:id_local+ ?symbol }""")}


HUE_PLACES = {"25-CTr/TU": "Thừa Thiên Huế", "210-KH/TU": "Huế"}  # of 2012 and 2025


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_a_renamed_units_place_is_named_as_on_the_documents_date(hue: Store, fields: tuple[str, ...]) -> None:
    """regression: a 2012 plan of the tỉnh Thừa Thiên Huế showed its place as "Huế", the unit's
    name since 2025 (graph/units.py keeps the former name with its last day); the IRI is kept.
    The same through the records (a page), the lookups (a store without the facts index) and
    the records read beside a trace's edges."""
    documents = _hue_documents(hue)
    lookups = open_store("memory:")
    lookups.add_new_graphs(hue.dump_nquads().decode())
    lookups.drop_graph(FACTS_GRAPH)
    rows = hue.select(SPARQL_PREFIXES + f"SELECT ?doc ?doc_facts WHERE {{ {iri_values('doc', documents.values())} "
                      f"{facts_column()} }}")
    for summaries in (read_summaries(hue, documents.values(), fields), read_summaries(lookups, documents.values(), fields),
                      summaries_of_records(hue, records_of(rows), fields=fields)):
        places = {symbol: summaries.get(doc).place for symbol, doc in documents.items()}
        assert {symbol: place.label for symbol, place in places.items()} == HUE_PLACES
        assert {place.iri for place in places.values()} == {"https://chithi.vn/id/unit/legacy/province/46"}


def test_a_trace_names_a_renamed_units_place_as_on_each_documents_date(hue: Store) -> None:
    from api import queries
    trace = queries.trace_down(hue, "09-CT/TW")
    assert {d.symbol: d.place.label for d in trace.documents} == {**HUE_PLACES, "09-CT/TW": "Việt Nam"}
    assert {c.document.symbol: c.document.place.label for c in trace.root.children} == HUE_PLACES


@pytest.mark.parametrize(("dates", "expected"), [
    ("2012-02-10", "Thừa Thiên Huế"), ("2024-12-31", "Thừa Thiên Huế"), ("2025-01-01", "Huế"),
    (None, "Huế"), ([], "Huế"),  # undated: the name now
    (["2025-03-05", "2024-12-20"], "Thừa Thiên Huế"),  # two dates stated: the earliest
])
def test_a_renamed_unit_bears_on_each_day_the_name_it_had(hue: Store, dates, expected: str) -> None:
    former = names.former_names(hue)  # Huế's, among the districts renamed before 2025 (Tĩnh Gia, Yên Hưng …)
    assert "https://chithi.vn/id/unit/legacy/province/46" in former
    assert names.name_on(former["https://chithi.vn/id/unit/legacy/province/46"], dates, "Huế") == expected


def test_no_documents_ask_nothing(store: Store) -> None:
    assert list(summary_rows(store, [])) == []
    assert read_summaries(store, []).all() == []


IMPLEMENTS = "(eli:ensures_implementation_of|chithi:continues)"


@pytest.mark.parametrize(("group", "root"), [
    (f"?doc {IMPLEMENTS}* ?root", "https://chithi.vn/id/doc/09-ct-tw-2011"),  # a trace down
    (f"?root {IMPLEMENTS}* ?doc", "https://chithi.vn/id/doc/73-kh-qu-quan-11-2012"),  # a trace up
], ids=["down from 09-CT/TW", "up from 73-KH/QU"])
@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_the_summaries_of_the_documents_a_path_reaches_are_those_read_by_their_iris(
        group: str, root: str, fields: tuple[str, ...]) -> None:
    """A trace reads its summaries beside its path (no VALUES block of a thousand IRIs: 22.7 ->
    18.1 ms CPU on 200,000 generated documents): the same summaries as read by IRI."""
    store = fixture_store()
    recording = _Recording(store)
    by_path = read_summaries_where(recording, group, {"root": URIRef(root)}, fields)
    reached = [r["doc"] for r in store.select(SPARQL_PREFIXES + f"SELECT ?root ?doc WHERE {{ {group} }}",
                                              {"root": URIRef(root)})]
    assert len(reached) > 2 and "VALUES ?doc" not in recording.sent[0]
    forget(store)
    by_iri = read_summaries(store, reached, fields)
    assert [by_path.get(d) for d in sorted(reached)] == [by_iri.get(d) for d in sorted(reached)]


HA_TINH = "https://chithi.vn/id/org/ban-thuong-vu-tinh-uy-ha-tinh"
PLAN_05 = "https://chithi.vn/id/doc/05-kh-tu-ha-tinh-2025"  # its article names no issuer's name
PLAN_177 = "https://chithi.vn/id/doc/177-kh-tu-ha-tinh-2019"  # its article does


@pytest.mark.parametrize("order", [[PLAN_05, PLAN_177], [PLAN_177, PLAN_05]], ids=["05 first", "177 first"])
def test_an_issuers_name_is_read_through_any_document_pointing_at_it_whatever_the_rows_order(
        order: list[str]) -> None:
    """Regression: the name was read through one document per issuer, the last row's: 05-KH/TU's
    article states its issuer without a name, so the Ban Thường vụ of Hà Tĩnh had a name or
    none in a trace of 44-KL/TW as the rows came (the summaries read beside a path changed it)."""
    store = fixture_store()
    rows = [{"doc": doc, "doc_issuer": HA_TINH} for doc in order]
    add_names(store, rows, ["issuer"])
    assert [row.get("doc_issuer_label") for row in rows] == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh"] * 2


def test_an_issuers_name_is_none_when_no_document_pointing_at_it_gives_one() -> None:
    store = fixture_store()
    rows = [{"doc": PLAN_05, "doc_issuer": HA_TINH}]
    add_names(store, rows, ["issuer"])
    assert "doc_issuer_label" not in rows[0]


@pytest.mark.parametrize(("rows", "expected"), [
    ([{"doc": "d1", "doc_label": "Kế hoạch 73-KH/QU", "doc_date": "2012-05-10", "doc_level": "district"}],
     {"label": "Kế hoạch 73-KH/QU", "dates": ["2012-05-10"], "level": "district", "unresolved": False}),
    # a document stated with two dates, then an issuer and a flag from a later row: all merged,
    # the first value of a single fact kept
    ([{"doc": "d1", "doc_label": "Chỉ thị 09-CT/TW", "doc_date": "2011-12-01"},
      {"doc": "d1", "doc_label": "Chỉ thị số 09", "doc_date": "2011-12-02", "doc_issuer": "o1",
       "doc_issuer_label": "Ban Bí thư", "doc_unresolved": True}],
     {"label": "Chỉ thị 09-CT/TW", "dates": ["2011-12-01", "2011-12-02"], "level": "unknown",
      "issuer": {"iri": "o1", "label": "Ban Bí thư"}, "unresolved": True}),
    ([{"doc": "d1", "doc_unresolved": 1, "doc_level": "ward"}],
     {"dates": [], "level": "unknown", "unresolved": True}),
    ([{"doc": "d1", "doc_place": "p1"}, {"doc": "d1", "doc_place": "p2", "doc_place_label": "Quận 11"}],
     {"dates": [], "level": "unknown", "place": {"iri": "p1", "label": "Quận 11"}, "unresolved": False}),
    ([{"doc": "d1", "doc_label": "Kế hoạch 25-KH/HU", "doc_date": "2012-06-01", "doc_issuer": "o2",
       "doc_issuer_label": "Ban Thường vụ Huyện ủy Can Lộc", "doc_place": "p3", "doc_level": "district",
       "doc_unresolved": False, "doc_year": 2012}],
     {"label": "Kế hoạch 25-KH/HU", "dates": ["2012-06-01"], "level": "district", "year": 2012, "unresolved": False,
      "issuer": {"iri": "o2", "label": "Ban Thường vụ Huyện ủy Can Lộc"}, "place": {"iri": "p3", "label": None}}),
], ids=["one row", "two rows merged", "a flag and an unknown level", "a place's name from a later row", "every fact"])
def test_rows_merge_into_one_summary(rows: list[dict], expected: dict) -> None:
    """The first row of a document is read as it is (most have one), the next ones merged: a
    row repeated gives the summary of the row once."""
    assert Summaries().add_all(rows).data("d1") == {"iri": "d1", **expected}
    assert Summaries().add_all(rows + rows).data("d1") == {"iri": "d1", **expected}
    assert Summaries().add_all(rows).get("d1") == DocumentSummary.model_validate({"iri": "d1", **expected})


def test_the_models_built_at_once_are_those_built_one_at_a_time(store: Store, documents: list[str]) -> None:
    at_once, one_by_one = read_summaries(store, documents), read_summaries(store, documents)
    assert at_once.all() == [one_by_one.get(d) for d in documents]


ARTICLE_ROWS = [
    {"g": "https://chithi.vn/id/article/a1", "g_url": "https://baohatinh.vn/can-loc-trien-khai-chi-thi-09",
     "g_published": "2012-06-03T08:00:00"},
    {"g": "https://chithi.vn/id/article/a1", "g_url": "https://baohatinh.vn/can-loc-trien-khai-chi-thi-09",
     "g_published": "2012-06-03T08:00:00"},  # the same article again: another optional value's row
    {"g": "https://chithi.vn/id/article/a2", "g_path": "file:///data/samples/002.txt",
     "g_title": "Hà Tĩnh sơ kết Chỉ thị 09"},
]


def test_sources_given_as_fields_and_built_at_once_are_those_built_one_at_a_time() -> None:
    as_models: list[Source] = []
    edge: dict = {"sources": {}}  # as api.queries builds a trace's edge: each article's fields once
    for row in ARTICLE_ROWS:
        add_source(as_models, source_from_row(row))
        edge["sources"].setdefault(source_data(row)["article"], source_data(row))
    build_sources([edge, {"sources": {}}])
    as_fields = edge["sources"]
    assert as_fields == as_models and len(as_models) == 2
    assert [s.url for s in as_models] == ["https://baohatinh.vn/can-loc-trien-khai-chi-thi-09",
                                          "file:///data/samples/002.txt"]


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_the_summaries_read_from_the_records_are_those_the_lookups_read(
        store: Store, lookups_store: Store, documents: list[str], fields: tuple[str, ...]) -> None:
    """A store with the facts index reads one record per document (graph/indexes.py), a store
    without it the lookups: the same summaries (a document stated with two titles shows either)."""
    recording = _Recording(store)
    from_records = read_summaries(recording, documents, fields)
    assert "graph/index/facts" in recording.sent[0] and "OPTIONAL { ?doc <" not in recording.sent[0]
    by_lookups = read_summaries(lookups_store, documents, fields)
    assert [_without_title(from_records.get(d)) for d in documents] == [_without_title(by_lookups.get(d)) for d in documents]
    for doc in documents:
        assert from_records.get(doc).title in _titles(store, doc) | {None}


@pytest.mark.parametrize("fields", [ALL_FIELDS, TREE_FIELDS], ids=["all fields", "tree fields"])
def test_the_records_read_beside_other_columns_give_the_summaries_read_by_iri(
        store: Store, documents: list[str], fields: tuple[str, ...]) -> None:
    """A trace reads each document's record in the query of its edges (`facts_column`), where a
    document comes once per article stating it, straight into summaries (no row per document to
    name and merge: on 200,000 generated documents, a trace's ~870 summaries 7.5 -> 4.6 ms CPU):
    the summaries `read_summaries` gives, names of types, issuers and places included."""
    forget(store)
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT ?doc ?doc_facts ?g WHERE {{ ?doc a eli:LegalResource {facts_column("doc")}
            OPTIONAL {{ GRAPH ?g {{ ?doc a eli:LegalResource }} }} }}""")
    assert len(rows) > len({row["doc"] for row in rows}) == len(documents)
    from_rows, by_iri = summaries_of_records(store, records_of(rows, "doc"), fields), read_summaries(store, documents, fields)
    assert [from_rows.get(d) for d in documents] == [by_iri.get(d) for d in documents]
    assert sum(bool(by_iri.get(d).issuer and by_iri.get(d).issuer.label and by_iri.get(d).type_code)
               for d in documents) > 10


def test_a_document_without_a_record_has_an_empty_summary(store: Store) -> None:
    """A document a path reaches that no article states facts of (no record) is shown by its IRI."""
    summaries = summaries_of_records(store, records_of([{"doc": "https://chithi.vn/id/doc/x"}]), TREE_FIELDS)
    assert summaries.data("https://chithi.vn/id/doc/x") == {"iri": "https://chithi.vn/id/doc/x", "level": "unknown",
                                                           "dates": [], "unresolved": False}


def test_a_records_two_dates_stay_two_dates() -> None:
    """The test graph states 09-CT/TW with two dates: a conflict the summary shows."""
    store = fixture_store()
    doc = "https://chithi.vn/id/doc/09-ct-tw-2011"
    assert [str(d) for d in read_summaries(store, [doc], TREE_FIELDS).get(doc).dates] == ["2011-12-01", "2011-12-02"]
