"""graph/reconcile.py: one node per real document across articles, whatever the load order;
unresolved and conflicting citations kept and reported. On both kinds of store."""
from __future__ import annotations

import itertools

from graph.load import load_records, unload
from graph.reconcile import date_conflicts, unresolved_citations
from graph.store import open_store
from graph.vocab import SPARQL_PREFIXES
from tests.fixtures import records
from tests.fixtures.stores import oxigraph_server, store  # noqa: F401

DOC = "https://chithi.vn/id/doc/"


def nodes_citing(store, symbol: str) -> dict[str, set[str]]:
    rows = store.select(SPARQL_PREFIXES + """
        SELECT DISTINCT ?doc ?g WHERE { GRAPH ?g { ?doc eli:id_local ?symbol } }""",
                        {"symbol": symbol})
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["doc"], set()).add(row["g"].rsplit("/", 1)[1])
    return found


def test_an_undated_citation_joins_the_one_dated_document(store):
    load_records(store, [records.quang_binh_undated()], reference_data=False)
    assert nodes_citing(store, "09-CT/TW") == {DOC + "vn/09-ct-tw": {"qb-09"}}
    load_records(store, [records.ha_tinh_448()], reference_data=False)
    assert nodes_citing(store, "09-CT/TW") == {DOC + "vn/09-ct-tw/khoa-xi": {"qb-09", "ht-448"}}
    # the Quảng Bình programme now implements the dated node
    assert store.ask(SPARQL_PREFIXES + "ASK { ?p eli:id_local '09-CTr/TU' ; "
                     "eli:ensures_implementation_of <https://chithi.vn/id/doc/vn/09-ct-tw/khoa-xi> }")


def test_an_undated_citation_of_a_shared_symbol_stays_unresolved(store):
    load_records(store, [records.resolution_18(2017, "nq18-2017"), records.resolution_18(None, "nq18"),
                         records.resolution_18(2022, "nq18-2022")], reference_data=False)
    assert nodes_citing(store, "18-NQ/TW") == {
        DOC + "vn/18-nq-tw/khoa-xii": {"nq18-2017"}, DOC + "vn/18-nq-tw/khoa-xiii": {"nq18-2022"},
        DOC + "vn/18-nq-tw": {"nq18"}}
    [open_question] = unresolved_citations(store)
    assert open_question.node == DOC + "vn/18-nq-tw"
    assert open_question.candidates == [DOC + "vn/18-nq-tw/khoa-xii", DOC + "vn/18-nq-tw/khoa-xiii"]
    assert open_question.articles == ["https://chithi.vn/id/article/nq18"]
    # once the 2022 article is gone, the undated citation can only be the 2017 resolution
    unload(store, "nq18-2022")
    assert nodes_citing(store, "18-NQ/TW") == {DOC + "vn/18-nq-tw/khoa-xii": {"nq18-2017", "nq18"}}
    assert unresolved_citations(store) == []


def test_a_second_dated_document_takes_the_undated_citation_back_to_the_open_question(store):
    """The undated citation had joined the 2017 resolution (one batch); the 2022 one arrives in
    a later load: the citation must leave the 2017 node and be reported unresolved."""
    load_records(store, [records.resolution_18(2017, "nq18-2017"), records.resolution_18(None, "nq18")],
                 reference_data=False)
    assert nodes_citing(store, "18-NQ/TW") == {DOC + "vn/18-nq-tw/khoa-xii": {"nq18-2017", "nq18"}}
    summary = load_records(store, [records.resolution_18(2022, "nq18-2022")], reference_data=False)
    assert summary.reconciled == 1
    assert nodes_citing(store, "18-NQ/TW") == {
        DOC + "vn/18-nq-tw/khoa-xii": {"nq18-2017"}, DOC + "vn/18-nq-tw/khoa-xiii": {"nq18-2022"},
        DOC + "vn/18-nq-tw": {"nq18"}}
    [open_question] = unresolved_citations(store)
    assert open_question.candidates == [DOC + "vn/18-nq-tw/khoa-xii", DOC + "vn/18-nq-tw/khoa-xiii"]
    assert open_question.articles == ["https://chithi.vn/id/article/nq18"]


def test_conflicting_dates_are_both_kept_and_reported(store):
    load_records(store, [records.conclusion_44("2019-01-22", "kl44-a"),
                         records.conclusion_44("2019-01-25", "kl44-b")], reference_data=False)
    [conflict] = date_conflicts(store)
    assert conflict.document == DOC + "vn/44-kl-tw/khoa-xii"
    assert conflict.dates == {"2019-01-22": ["https://chithi.vn/id/article/kl44-a"],
                              "2019-01-25": ["https://chithi.vn/id/article/kl44-b"]}


def test_the_same_directive_from_many_articles_is_one_node(store):
    load_records(store, [records.ha_tinh_448(), records.quang_binh_undated(),
                         records.conclusion_44("2019-01-22", "kl44-a")], reference_data=False)
    rows = store.select(SPARQL_PREFIXES + """
        SELECT ?doc (COUNT(DISTINCT ?ann) AS ?mentions) WHERE {
          ?doc chithi:symbolKey "9-CT/TW" . ?ann oa:hasBody ?doc } GROUP BY ?doc""")
    assert rows == [{"doc": DOC + "vn/09-ct-tw/khoa-xi", "mentions": 3}]


ORDER_RECORDS = (
    lambda: records.quang_binh_undated(), lambda: records.ha_tinh_448(),
    lambda: records.resolution_18(None, "nq18"), lambda: records.resolution_18(2017, "nq18-2017"),
)


def _content(store) -> set[str]:
    """Every quad but the load run's (which differs from one load to the next)."""
    return {line for line in store.dump_nquads().decode().splitlines()
            if "/run/" not in line and "wasGeneratedBy" not in line}


def test_the_graph_does_not_depend_on_the_load_order():
    results = []
    for order in itertools.permutations(range(len(ORDER_RECORDS))):
        opened = open_store("memory:")
        for index in order:  # one article per load: the worst case for reconciliation
            load_records(opened, [ORDER_RECORDS[index]()], reference_data=False)
        results.append(_content(opened))
    all_at_once = open_store("memory:")
    load_records(all_at_once, [make() for make in ORDER_RECORDS], reference_data=False)
    assert all(result == results[0] for result in results)
    assert _content(all_at_once) == results[0]


def test_a_batch_is_resolved_before_it_is_written(store):
    """The undated citation and the dated one in one batch: nothing stored needs moving."""
    summary = load_records(store, [records.quang_binh_undated(), records.ha_tinh_448()],
                           reference_data=False)
    assert summary.reconciled == 0
    assert nodes_citing(store, "09-CT/TW") == {DOC + "vn/09-ct-tw/khoa-xi": {"qb-09", "ht-448"}}
