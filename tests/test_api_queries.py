"""api.queries over the hand-written graph (tests/fixtures/api_graph.trig): the chain
09-CT/TW → 448-CTr/TU (Hà Tĩnh) → 25-KH/HU (Can Lộc) → plan of xã Kim Song Trường, the chain
09-CT/TW → 26-CTr/TU (Hồ Chí Minh) → 73-KH/QU (Quận 11), 44-KL/TW continuing 09-CT/TW, two
articles disagreeing on 09-CT/TW's date, Hương Sơn with an article but no plan, and a plan of
the new (2025) Hà Tĩnh."""
from __future__ import annotations

import gc
from datetime import date

import pyoxigraph as ox
import pytest

from api import queries
from api.collation import vietnamese_key
from api.errors import Ambiguous, BadParameter, NotFound
from api.models import TraceNode
from api.names import forget
from api.summaries import TREE_FIELDS, read_summaries
from graph.indexes import FACTS_GRAPH, WORDS_GRAPH, rebuild_indexes
from graph.store import Store, StoreError, open_store
from graph.vocab import SPARQL_PREFIXES
from tests.api_support import FIXTURE, fixture_nquads, fixture_store, hue_store

DIRECTIVE = "https://chithi.vn/id/doc/09-ct-tw-2011"


@pytest.fixture(scope="module")
def store():
    return fixture_store()


def labels(node: TraceNode) -> list[str]:
    """The tree flattened: label, indented by depth."""
    out = ["  " * node.depth + node.document.label]
    for child in node.children:
        out += labels(child)
    return out


def test_trace_down_is_the_whole_tree_with_its_sources(store):
    trace = queries.trace_down(store, "09-CT/TW")
    assert labels(trace.root) == [
        "Chỉ thị 09-CT/TW",
        "  Kết luận 44-KL/TW",
        "    Kế hoạch 177-KH/TU",
        "    Kế hoạch 05-KH/TU",
        "  Chương trình hành động 448-CTr/TU",
        "    Kế hoạch 25-KH/HU",
        "      Kế hoạch của Đảng ủy xã Kim Song Trường",
        "  Chương trình hành động 26-CTr/TU",
        "    Kế hoạch 73-KH/QU",
        "  Chương trình hành động của Tỉnh ủy Bình Dương",
    ]
    quan_11 = trace.root.children[2].children[0]
    assert (quan_11.relation, quan_11.document.place.label, quan_11.document.level) == \
        ("implements", "Quận 11", "district")
    assert [s.url for s in quan_11.sources] == ["https://thanhuytphcm.vn/tin-tuc/quan-11-so-ket-ke-hoach-73-kh-qu"]
    assert trace.root.children[0].relation == "continues"
    assert len(trace.documents) == 10 and len(trace.edges) == 9


def _nodes(node: TraceNode) -> list[TraceNode]:
    return [node, *(n for child in node.children for n in _nodes(child))]


@pytest.mark.parametrize(("direction", "symbol"), [("down", "09-CT/TW"), ("up", "73-KH/QU")])
def test_every_node_of_a_trace_shows_its_documents_summary_as_read_alone(store, direction, symbol):
    """A trace is built as plain data around the summaries, validated once: each node shows
    the summary read for its document alone, names of type, issuer and place included."""
    forget(store)
    trace = (queries.trace_down if direction == "down" else queries.trace_up)(store, symbol)
    nodes = _nodes(trace.root)
    alone = {n.document.iri: read_summaries(store, [n.document.iri], TREE_FIELDS).get(n.document.iri) for n in nodes}
    assert [n.document for n in nodes] == [alone[n.document.iri] for n in nodes]
    assert trace.documents == [alone[i] for i in sorted(alone)]
    assert all(n.document.type_code and n.document.issuer.label and n.document.place.label for n in nodes)


@pytest.mark.parametrize(("direction", "symbol"), [("down", "09-CT/TW"), ("down", "44-KL/TW"), ("down", "448-CTr/TU"),
                                                 ("up", "73-KH/QU"), ("up", "05-KH/TU")])
def test_a_trace_read_with_the_facts_records_is_the_trace_the_lookups_read(store, direction, symbol):
    """With the facts index, a trace reads its documents' records in the query of its edges (one
    path walked, not two: on 200,000 generated documents, 50.3 -> 44.0 ms CPU); a store loaded
    before the index reads the summaries through the lookups: the same trace, to the byte."""
    lookups = fixture_store()
    lookups.drop_graph(FACTS_GRAPH)
    forget(store)  # names read afresh in both (an issuer's is read through the first question's documents)
    trace = queries.trace_down if direction == "down" else queries.trace_up
    assert trace(store, symbol).model_dump_json() == trace(lookups, symbol).model_dump_json()


@pytest.mark.parametrize(("direction", "symbol"), [("down", "09-CT/TW"), ("up", "73-KH/QU")])
def test_a_trace_leaves_the_garbage_collector_nothing(store, direction, symbol):
    """Regression: the tree grew from a closure calling itself, a reference cycle that held the
    whole trace (~30,000 objects for 870 documents) until a full collection found it (100-130 ms
    CPU, every few traces on 200,000 generated documents). Now freed as soon as it is dropped."""
    trace = queries.trace_down if direction == "down" else queries.trace_up
    gc.collect()
    gc.disable()
    try:
        trace(store, symbol)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_an_edge_stated_by_two_articles_lists_both(store):
    edge = next(e for e in queries.trace_down(store, "09-CT/TW").edges if e.source.endswith("448-ctr-tu-ha-tinh-2012"))
    assert sorted(s.url for s in edge.sources) == ["https://baohatinh.vn/can-loc-trien-khai-chi-thi-09",
                                                   "https://baohatinh.vn/nang-cao-hieu-qua-phong-trao-toan-dan-bao-ve-antq"]


def test_trace_up_from_a_district_plan_reaches_the_directive(store):
    assert labels(queries.trace_up(store, "73-KH/QU").root) == [
        "Kế hoạch 73-KH/QU", "  Chương trình hành động 26-CTr/TU", "    Chỉ thị 09-CT/TW"]


def test_trace_depth_limit(store):
    assert labels(queries.trace_down(store, "448-CTr/TU", max_depth=1).root) == [
        "Chương trình hành động 448-CTr/TU", "  Kế hoạch 25-KH/HU"]


@pytest.mark.parametrize("written", ["09-CT/TW", "9-CT/TW", "09 CT/TW", "09/TW", "09-ct/tw", "09–CT/TW",
                                     "09-CT-TW", DIRECTIVE])
def test_every_written_variant_resolves_to_the_directive(store, written):
    assert queries.resolve_document(store, written) == DIRECTIVE


@pytest.mark.parametrize("written, year, expected", [
    ("18-NQ/TW", 2017, "https://chithi.vn/id/doc/18-nq-tw-2017"),
    ("18-NQ/TW", 2022, "https://chithi.vn/id/doc/18-nq-tw-2022"),
    ("09/CT-BCA", None, "https://chithi.vn/id/doc/09-ct-bca-2014"),
])
def test_year_and_system_tell_documents_apart(store, written, year, expected):
    assert queries.resolve_document(store, written, year) == expected


def test_a_shared_symbol_without_a_year_is_ambiguous(store):
    """The two resolutions are offered; the node of an undated citation of them is not."""
    with pytest.raises(Ambiguous) as caught:
        queries.trace_down(store, "18-NQ/TW")
    assert sorted(c["date"] for c in caught.value.candidates) == ["2017-10-25", "2022-06-16"]


def test_search_shows_an_undated_citation_as_unresolved(store):
    hits = queries.search(store, "18-NQ/TW").items
    assert [(h.first_date, h.unresolved) for h in hits] == [
        (date(2022, 6, 16), False), (date(2017, 10, 25), False), (None, True)]


def test_an_unknown_symbol_names_close_ones(store):
    with pytest.raises(NotFound) as caught:
        queries.document(store, "09-CT/TU")
    assert caught.value.suggestions == ["09-CTr/TU", "09-CT/TW", "09/CT-BCA"]


def gap_rows(report):
    return [(u.unit.label, u.status, u.articles, [d.label for d in u.documents]) for u in report.units]


def test_gaps_of_the_districts_of_ha_tinh_in_2012(store):
    report = queries.gaps(store, "09-CT/TW", "district", province="Hà Tĩnh", as_of=date(2012, 12, 31))
    assert (report.era, report.province.label, report.implemented, report.no_plan_found, report.no_data) == \
        ("legacy", "Hà Tĩnh", 1, 1, 10)
    rows = gap_rows(report)
    assert ("Can Lộc", "implemented", 1, ["Kế hoạch 25-KH/HU"]) in rows  # the article stating its plan
    assert ("Hương Sơn", "no_plan_found", 1, []) in rows
    assert ("Lộc Hà", "no_data", 0, []) in rows  # merged away in 2025, present in 2012
    assert "Kỳ Anh" in [r[0] for r in rows]  # the huyện; thị xã Kỳ Anh was created in 2015
    assert len(rows) == 12


def test_gaps_default_to_the_directives_date_and_accept_unaccented_names(store):
    report = queries.gaps(store, "09/TW", "district", province="ha tinh")
    assert report.as_of == date(2011, 12, 1)  # the earliest of the two stated dates
    assert len(report.units) == 12


def test_gaps_of_provinces_tell_no_plan_from_no_data(store):
    rows = gap_rows(queries.gaps(store, "09-CT/TW", "province"))
    assert rows == [
        ("Bình Dương", "implemented", 1, ["Chương trình hành động của Tỉnh ủy Bình Dương"]),
        ("Hà Tĩnh", "implemented", 2, ["Chương trình hành động 448-CTr/TU", "Kế hoạch 177-KH/TU"]),
        ("Hồ Chí Minh", "implemented", 1, ["Chương trình hành động 26-CTr/TU"]),
        ("Quảng Bình", "no_plan_found", 1, []),
    ]


def test_gaps_after_the_2025_reform_use_the_new_provinces_and_their_predecessors(store):
    report = queries.gaps(store, "09-CT/TW", "province", as_of=date(2025, 8, 1))
    assert report.era == "2025"
    by_name = {u.unit.label: u for u in report.units}
    assert sorted(by_name) == ["Hà Tĩnh", "Hồ Chí Minh", "Quảng Trị"]
    hcm = by_name["Hồ Chí Minh"]
    assert (hcm.status, hcm.via_predecessor) == ("implemented", True)
    assert sorted(d.label for d in hcm.documents) == ["Chương trình hành động 26-CTr/TU",
                                                     "Chương trình hành động của Tỉnh ủy Bình Dương"]
    assert (by_name["Quảng Trị"].status, by_name["Quảng Trị"].articles) == ("no_plan_found", 1)
    assert by_name["Hà Tĩnh"].via_predecessor is False  # 05-KH/TU was issued by the new province


def test_a_province_gone_by_the_day_is_the_one_that_took_it_in(store):
    # regression: a province named for a day after the 2025 reform was refused ("Tỉnh Quảng Bình did not exist on
    # 2025-08-01"); the 2025 province that took it in is meant, and a provincial document's page asks so
    report = queries.gaps(store, "09-CT/TW", "commune", province="Quảng Bình", as_of=date(2025, 8, 1))
    assert (report.era, report.province.iri, report.province.label) == \
        ("2025", "https://chithi.vn/id/unit/2025/province/44", "Quảng Trị")


def test_no_districts_after_the_reform(store):
    with pytest.raises(BadParameter) as caught:
        queries.gaps(store, "09-CT/TW", "district", as_of=date(2025, 8, 1))
    assert caught.value.parameter == "level"


@pytest.mark.parametrize("document, as_of", [
    ("26-CTr/TU", date(2012, 8, 13)),  # undated: the date of 73-KH/QU, which implements it
    ("https://chithi.vn/id/doc/ctr-tinh-uy-binh-duong-2012", date(2025, 6, 30)),  # undated, nothing below
])
def test_gaps_of_an_undated_document_pick_a_date_and_say_which(store, document, as_of):
    """Regression: an undated document's page was a 422 (its gaps had no date to use)."""
    assert queries.gaps(store, document, "district", province="Hồ Chí Minh"
                        if document == "26-CTr/TU" else "Bình Dương").as_of == as_of


def test_gaps_of_communes(store):
    rows = gap_rows(queries.gaps(store, "09-CT/TW", "commune", province="Hà Tĩnh"))
    assert rows == [("Kim Song Trường", "implemented", 1, ["Kế hoạch của Đảng ủy xã Kim Song Trường"]),
                    ("Nghèn", "no_data", 0, [])]


ART, CHITHI, RDF_TYPE = "https://chithi.vn/id/article/", "https://chithi.vn/ontology#", \
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DISTRICT, COMMUNE = "https://chithi.vn/id/unit/legacy/district/", "https://chithi.vn/id/unit/legacy/commune/"


def _articles_about(unit: str, count: int) -> str:
    """N-Quads of `count` articles about `unit`, each in its own graph."""
    graphs = [f"{ART}extra-{unit.rsplit('/', 1)[1]}-{i}" for i in range(count)]
    return "".join(f"<{g}> <{RDF_TYPE}> <{CHITHI}Article> <{g}> .\n<{g}> <{CHITHI}about> <{unit}> <{g}> .\n"
                   for g in graphs)


@pytest.mark.parametrize("district, articles, more", [
    ("Hương Sơn", 20, True),   # 1 + 25 articles about the district itself: past the cap without its communes
    ("Đức Thọ", 3, False),     # 3 about a commune inside it, none about the district
    ("Vũ Quang", 20, True),    # 22 about a commune inside it
    ("Thạch Hà", 20, True),    # 22 about Lộc Hà, merged into it on 2025-01-01
    ("Nghi Xuân", 0, False),
])
def test_gaps_count_articles_up_to_the_cap_as_one_query_over_the_units_inside_did(district, articles, more):
    """Regression for reading a unit's own articles first (the units inside it only when they
    are too few): the counts are those of the query that walked the units inside every time."""
    store = fixture_store()
    gazetteer = "https://chithi.vn/id/graph/gazetteer"
    store.add_new_graphs(_articles_about(DISTRICT + "439", 25) + _articles_about(COMMUNE + "90001", 3)
                         + _articles_about(COMMUNE + "90002", 22) + _articles_about(DISTRICT + "448", 22))
    store.add_quads("".join(f"<{COMMUNE}{code}> <http://www.w3.org/2004/02/skos/core#broader> <{DISTRICT}{parent}> <{gazetteer}> .\n"
                            f"<{COMMUNE}{code}> <{CHITHI}level> \"commune\" <{gazetteer}> .\n"
                            for code, parent in (("90001", "440"), ("90002", "441"))))
    report = queries.gaps(store, "09-CT/TW", "district", province="Hà Tĩnh", as_of=date(2025, 1, 15))
    unit = next(u for u in report.units if u.unit.label == district)
    areas = [unit.unit.iri] + ([DISTRICT + "448"] if district == "Thạch Hà" else [])
    walked = store.select(SPARQL_PREFIXES + f"""
        SELECT ?article WHERE {{ VALUES ?area {{ {" ".join(f"<{a}>" for a in areas)} }}
            ?about skos:broader* ?area OPTIONAL {{ ?article chithi:about ?about }} FILTER(BOUND(?article)) }} LIMIT 21""")
    assert (unit.articles, unit.articles_more) == (articles, more) == (min(len(walked), 20), len(walked) > 20)
    assert unit.status == ("no_plan_found" if articles else "no_data")


@pytest.mark.parametrize("province, as_of, counted", [
    ("Thừa Thiên Huế", date(2024, 8, 1), {"Phường Đúc": 3, "Thủy Biều": 20}),  # 25 articles: the cap
    ("Huế", date(2025, 8, 1), {"Thuận Hóa": 3, "Thủy Xuân": 20}),  # the 2025 communes they went into
])
def test_commune_gaps_sifted_by_one_query_count_as_each_commune_s_own_queries(province, as_of, counted,
                                                                              tmp_path, monkeypatch):
    """The communes no article is about are left out by one query before the capped count of
    each (10,051 communes took 3.7 s of CPU): the report is the one counted commune by commune."""
    store = hue_store(tmp_path)
    store.add_new_graphs(_articles_about(COMMUNE + "19780", 3) + _articles_about(COMMUNE + "19807", 25))
    sifted = queries.gaps(store, "09-CT/TW", "commune", province=province, as_of=as_of)
    monkeypatch.setattr(queries, "_written_about", lambda store, areas: set(areas))
    one_by_one = queries.gaps(store, "09-CT/TW", "commune", province=province, as_of=as_of)
    assert sifted == one_by_one
    assert {u.unit.label: u.articles for u in sifted.units if u.status == "no_plan_found"} == counted


def test_gaps_query_shapes_stay_fast_in_oxigraph(store, monkeypatch):
    """No FILTER NOT EXISTS (a cartesian product in Oxigraph, design.md §5); the documents come
    from one `+` path from the bound directive; the units in one read of the gazetteer graph
    alone, with nothing bound and the dates of validity compared in Python (a bound level and
    FILTERs over OPTIONALs took 0.7 s for the 700 districts); the province and the successors as
    VALUES inside the GRAPH block (regression: outside it, the communes of one province took 13 s
    on disk, every commune of the country read first)."""
    seen: list[str] = []
    original = store.select
    monkeypatch.setattr(store, "select", lambda q, b=None, timeout=None: seen.append(q) or original(q, b, timeout))
    queries.gaps(store, "09-CT/TW", "district", province="Hà Tĩnh")
    assert not any("NOT EXISTS" in q for q in seen)
    assert any("(eli:ensures_implementation_of|chithi:continues)+ ?directive" in q for q in seen)
    units = [" ".join(q.split()) for q in seen if "?unit_label" in q and "GRAPH <https://chithi.vn/id/graph/gazetteer>" in q]
    assert len(units) == 1 and '?unit chithi:level "district" .' in units[0] and "?as_of" not in units[0]
    gazetteer_reads = [" ".join(q.split()) for q in seen if "GRAPH <https://chithi.vn/id/graph/gazetteer>" in q]
    assert all("GRAPH <https://chithi.vn/id/graph/gazetteer> { VALUES" in q for q in gazetteer_reads if "VALUES" in q)
    assert any("VALUES ?successor" in q for q in gazetteer_reads)


def test_matrix_counts_documents_per_province(store):
    result = queries.matrix(store, ["09-CT/TW", "44-KL/TW"])
    assert [d.symbol for d in result.directives] == ["09-CT/TW", "44-KL/TW"]
    assert {r.province.label: r.counts for r in result.rows} == {
        "Bình Dương": [1, 0], "Hà Tĩnh": [4, 1], "Hồ Chí Minh": [2, 0], "Quảng Bình": [0, 0]}


def test_matrix_after_the_reform_counts_old_provinces_in_their_successors(store):
    """On 2025-07-01 the old provinces' documents count in the new ones (Bình Dương's plan in Hồ
    Chí Minh, Quảng Bình's none in Quảng Trị); a district's successors (communes) count nowhere."""
    result = queries.matrix(store, ["09-CT/TW", "44-KL/TW"], as_of=date(2025, 7, 1))
    assert {r.province.label: r.counts for r in result.rows} == {
        "Hà Tĩnh": [5, 2], "Hồ Chí Minh": [3, 0], "Quảng Trị": [0, 0]}


def test_matrix_picks_the_most_implemented_directives(store):
    assert [d.symbol for d in queries.matrix(store, limit=1).directives] == ["09-CT/TW"]


def test_lag_in_days_per_level_and_province(store):
    report = queries.lag(store, "09-CT/TW")
    days = {i.document.label: i.days for i in report.items}
    assert days["Chương trình hành động 448-CTr/TU"] == 181  # 2011-12-01 → 2012-05-30
    assert days["Kế hoạch 73-KH/QU"] == 256
    assert days["Chương trình hành động 26-CTr/TU"] is None
    assert (report.overall.count, report.overall.undated, report.overall.min, report.overall.max) == (7, 2, 181, 5011)
    district = next(s for s in report.by_level if s.group == "district")
    assert (district.count, district.median) == (2, 244.0)
    assert [s.group for s in report.by_province] == ["Bình Dương", "Hà Tĩnh", "Hồ Chí Minh"]


def test_lag_filtered_by_province(store):
    report = queries.lag(store, "09-CT/TW", province="Hồ Chí Minh")
    assert [i.document.label for i in report.items] == ["Kế hoạch 73-KH/QU", "Chương trình hành động 26-CTr/TU"]


@pytest.mark.parametrize("q, expected", [
    ("09/TW", ["Chỉ thị 09-CT/TW"]),
    ("9-CT/TW", ["Chỉ thị 09-CT/TW"]),
    ("09 CT/TW", ["Chỉ thị 09-CT/TW"]),
    ("chi thi 09", ["Chỉ thị 09-CT/TW", "Chỉ thị 09/CT-BCA"]),  # the one four documents implement first
    ("Chỉ thị 09", ["Chỉ thị 09-CT/TW", "Chỉ thị 09/CT-BCA"]),
    ("ct 09", ["Chỉ thị 09-CT/TW", "Chỉ thị 09/CT-BCA"]),  # the type's code beside a number
    ("CT 9", ["Chỉ thị 09-CT/TW", "Chỉ thị 09/CT-BCA"]),
    ("09", ["Chỉ thị 09/CT-BCA", "Chỉ thị 09-CT/TW", "Chương trình hành động 09-CTr/TU"]),  # no type: newest
    ("kh 25", ["Kế hoạch 25-KH/HU"]),
    ("ke hoach can loc", ["Kế hoạch 25-KH/HU"]),
    ("nghi quyet 18 2017", ["Nghị quyết 18-NQ/TW"]),
    ("phong trao toan dan", ["Kết luận 44-KL/TW", "Chỉ thị 09-CT/TW", "Chương trình hành động 09-CTr/TU"]),
    ("không có gì như thế", []),
])
def test_search_by_symbol_variant_and_words(store, q, expected):
    assert [h.label for h in queries.search(store, q).items] == expected


@pytest.mark.parametrize("filters, expected", [
    ({"type": "KH", "place": "Hà Tĩnh"}, ["Kế hoạch 177-KH/TU", "Kế hoạch của Đảng ủy xã Kim Song Trường",
                                           "Kế hoạch 25-KH/HU"]),
    ({"type": "kế hoạch", "place": "Quan 11"}, ["Kế hoạch 73-KH/QU"]),
    ({"issuer": "Tỉnh ủy Hà Tĩnh"}, ["Kế hoạch 05-KH/TU", "Kế hoạch 177-KH/TU", "Chương trình hành động 448-CTr/TU"]),
    ({"issuer": "ban bi thu", "year": 2019}, ["Kết luận 44-KL/TW"]),
    ({"q": "09", "type": "CT"}, ["Chỉ thị 09-CT/TW", "Chỉ thị 09/CT-BCA"]),  # a type and number: best known first
])
def test_search_by_filters(store, filters, expected):
    assert [h.label for h in queries.search(store, **filters).items] == expected


def test_search_pages(store):
    first, second = queries.search(store, limit=10), queries.search(store, limit=10, offset=10)
    assert first.total == second.total == 15  # 14 documents and the undated citation of 18-NQ/TW
    assert len(first.items) == 10 and len(second.items) == 5
    assert not {h.iri for h in first.items} & {h.iri for h in second.items}


@pytest.mark.parametrize("q, expected", [
    ("quan uy", ["Kế hoạch 73-KH/QU"]),  # Ban Thường vụ Quận ủy Quận 11: words of the issuer only
    ("ban bi thu", ["Kết luận 44-KL/TW", "Chỉ thị 09-CT/TW"]),
    ("thanh uy ho chi minh", ["Chương trình hành động 26-CTr/TU"]),
])
def test_search_by_words_of_the_issuers_name(store, q, expected):
    assert [h.label for h in queries.search(store, q).items] == expected


# an article of another province whose issuer holds both words of "Hà Tĩnh", apart
HA_NAM = """art:h-ha-nam-2021 {
    art:h-ha-nam-2021 a chithi:Article, prov:Entity ;
        prov:wasDerivedFrom <https://baohanam.vn/ke-hoach-68-kh-tu> ;
        dcterms:title "Hà Nam ban hành Kế hoạch thực hiện Chỉ thị 09" ; dcterms:issued "2021-08-02"^^xsd:date .
    doc:68-kh-tu-ha-nam-2021 a eli:LegalResource, chithi:PartyDocument ; rdfs:label "Kế hoạch 68-KH/TU"@vi ;
        eli:type_document type:kh ; eli:id_local "68-KH/TU" ; chithi:symbolKey "68-KH/TU" ; eli:number "68" ;
        eli:date_document "2021-07-29"^^xsd:date ; eli:passed_by body:ban-thuong-vu-tinh-uy-ha-nam ;
        chithi:level "province" ; chithi:system "party" ;
        eli:title "tăng cường phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới"@vi .
    body:ban-thuong-vu-tinh-uy-ha-nam a org:OrganizationalUnit ; skos:prefLabel "Ban Thường vụ Tỉnh ủy Hà Nam"@vi ;
        chithi:code "TU" ; chithi:level "province" .
}"""
# an article restating Nghị quyết 18-NQ/TW of 2017: two articles state it, one the 2022 resolution
NQ_18_RESTATED = """art:h-tong-ket-nghi-quyet-18 {
    art:h-tong-ket-nghi-quyet-18 a chithi:Article, prov:Entity ;
        prov:wasDerivedFrom <https://tuyengiao.vn/tong-ket-nghi-quyet-18-khoa-xii> ;
        dcterms:title "Tổng kết Nghị quyết 18-NQ/TW về sắp xếp tổ chức bộ máy" ; dcterms:issued "2024-11-20"^^xsd:date .
    doc:18-nq-tw-2017 a eli:LegalResource, chithi:PartyDocument ; rdfs:label "Nghị quyết 18-NQ/TW"@vi ;
        eli:type_document type:nq ; eli:id_local "18-NQ/TW" ; chithi:symbolKey "18-NQ/TW" ; eli:number "18" ;
        eli:date_document "2017-10-25"^^xsd:date ; chithi:year 2017 .
}"""


def fixture_with(trig: str) -> Store:
    """The fixture's store with one more article graph (TriG with the fixture's prefixes), its
    word index built again."""
    store = fixture_store()
    prefixes = "".join(line + "\n" for line in FIXTURE.read_text().splitlines() if line.startswith("@prefix"))
    quads = ox.parse(prefixes + trig, format=ox.RdfFormat.TRIG)
    store.add_new_graphs(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode())
    rebuild_indexes(store)
    return store


@pytest.fixture(scope="module")
def with_ha_nam():
    return fixture_with(HA_NAM)


@pytest.mark.parametrize("q, expected", [
    # the words side by side first: Hà Nam's newer plan holds "Hà" and "Tỉnh" apart
    ("Hà Tĩnh", ["Kế hoạch 177-KH/TU", "Chương trình hành động 448-CTr/TU", "Kế hoạch 68-KH/TU"]),
    ("ha tinh", ["Kế hoạch 177-KH/TU", "Chương trình hành động 448-CTr/TU", "Kế hoạch 68-KH/TU"]),
    ("kế hoạch hà tĩnh", ["Kế hoạch 177-KH/TU", "Kế hoạch 68-KH/TU"]),  # 2 of its 3 pairs, then 1
    ("tinh uy ha nam", ["Kế hoạch 68-KH/TU"]),
    ("an ninh to quoc trong tinh hinh moi",  # the whole phrase in three titles, newest first
     ["Kế hoạch 68-KH/TU", "Kết luận 44-KL/TW", "Chỉ thị 09-CT/TW"]),
])
def test_search_ranks_words_side_by_side_first(with_ha_nam, q, expected):
    assert [h.label for h in queries.search(with_ha_nam, q).items] == expected


# three documents holding the words of "sinh hoạt chi bộ": as the phrase (the oldest), all in
# one title (2 of the 3 pairs), and spread over the title and the issuer's name (2 pairs, the newest)
CHI_BO = """art:h-sinh-hoat-chi-bo {
    art:h-sinh-hoat-chi-bo a chithi:Article, prov:Entity ;
        prov:wasDerivedFrom <https://xaydungdang.vn/sinh-hoat-chi-bo> ;
        dcterms:title "Nâng cao chất lượng sinh hoạt chi bộ" ; dcterms:issued "2024-05-02"^^xsd:date .
    doc:10-hd-btctw-2017 a eli:LegalResource, chithi:PartyDocument ; rdfs:label "Hướng dẫn 10-HD/BTCTW"@vi ;
        eli:date_document "2017-03-27"^^xsd:date ; eli:title "nâng cao chất lượng sinh hoạt chi bộ"@vi .
    doc:05-kh-du-2022 a eli:LegalResource, chithi:PartyDocument ; rdfs:label "Kế hoạch 05-KH/ĐU"@vi ;
        eli:date_document "2022-04-10"^^xsd:date ; eli:title "tổ chức sinh hoạt chuyên đề ở các chi bộ"@vi .
    doc:02-nq-cb-2024 a eli:LegalResource, chithi:PartyDocument ; rdfs:label "Nghị quyết 02-NQ/CB"@vi ;
        eli:date_document "2024-01-15"^^xsd:date ; eli:title "đổi mới nội dung sinh hoạt"@vi ;
        eli:passed_by body:chi-bo-thon-3 .
    body:chi-bo-thon-3 a org:Organization ; skos:prefLabel "Chi bộ Thôn 3"@vi .
}"""


@pytest.mark.parametrize("q, expected", [
    ("sinh hoạt chi bộ", ["Hướng dẫn 10-HD/BTCTW", "Kế hoạch 05-KH/ĐU", "Nghị quyết 02-NQ/CB"]),
    ("sinh hoat chi bo", ["Hướng dẫn 10-HD/BTCTW", "Kế hoạch 05-KH/ĐU", "Nghị quyết 02-NQ/CB"]),
])
def test_search_ranks_the_phrase_then_the_words_in_one_text_before_words_spread(q, expected):
    """regression: of two documents holding the same pairs of the query side by side, the one
    holding every word in one text (its title) came after the newer one holding them spread
    over its title and its issuer's name."""
    assert [h.label for h in queries.search(fixture_with(CHI_BO), q).items] == expected


@pytest.mark.parametrize("q, expected", [
    ("18-NQ/TW", [date(2017, 10, 25), date(2022, 6, 16), None]),
    ("nghị quyết 18", [date(2017, 10, 25), date(2022, 6, 16)]),
    ("nq 18", [date(2017, 10, 25), date(2022, 6, 16)]),
])
def test_search_ranks_the_document_more_articles_state_first(q, expected):
    """Of documents nothing implements, the one more articles state, whatever its date."""
    assert [h.first_date for h in queries.search(fixture_with(NQ_18_RESTATED), q).items] == expected


def test_a_word_the_index_still_lists_but_the_texts_lost_finds_nothing():
    """The word index may list a word a document has lost (graph/indexes.py): the texts decide."""
    store = fixture_store()
    store.update(f"INSERT DATA {{ GRAPH <{WORDS_GRAPH}> {{ <https://chithi.vn/id/doc/73-kh-qu-quan-11-2012> "
                 f'<https://chithi.vn/ontology#word> "khuyen" }} }}')
    assert queries.search(store, "khuyen").total == 0
    assert queries.search(store, "quan uy").total == 1


def test_a_store_without_a_word_index_says_so():
    store = open_store("memory:")
    store.add_new_graphs(fixture_nquads())
    with pytest.raises(StoreError, match="no word index"):
        queries.search(store, "phong trao toan dan")
    assert queries.search(store, "09-CT/TW").total == 1  # symbols need no word index


def test_a_store_with_words_but_no_facts_index_still_searches_words():
    """regression: a store loaded before the facts index (graph/indexes.py) answered a word search
    with "no word index" (502) though it had one; its summaries are read through the lookups."""
    store = fixture_store()
    expected = [h.iri for h in queries.search(store, "phong trao toan dan").items]
    store.drop_graph(FACTS_GRAPH)
    assert [h.iri for h in queries.search(store, "phong trao toan dan").items] == expected != []


def test_hostile_input_is_bound_not_pasted(store):
    """A string that would break out of a SPARQL literal or IRI finds nothing and breaks nothing."""
    hostile = '09" } ; DROP ALL ; SELECT * WHERE { ?s ?p "x> <y'
    assert queries.search(store, hostile).total == 0
    with pytest.raises(BadParameter):
        queries.document(store, "https://chithi.vn/id/doc/x> ?p ?o } #")
    with pytest.raises(NotFound):
        queries.unit(store, hostile)
    with pytest.raises(NotFound):
        queries.issuer(store, hostile)
    assert queries.search(store, limit=1).total == 15  # the graph is intact


def test_document_keeps_conflicting_dates_with_their_sources(store):
    detail = queries.document(store, "09-CT/TW")
    assert detail.conflicts == ["date"]
    assert [(f.value, sorted(s.url for s in f.sources)) for f in detail.dates] == [
        ("2011-12-01", ["https://baobinhduong.vn/quyet-tam-thuc-hien-co-hieu-qua-chi-thi-09-tw",
                        "https://baohatinh.vn/nang-cao-hieu-qua-phong-trao-toan-dan-bao-ve-antq"]),
        ("2011-12-02", ["https://baohatinh.vn/huong-son-quan-triet-chi-thi-09"])]
    assert detail.document.dates == [date(2011, 12, 1), date(2011, 12, 2)]


CT_09_ABBREVIATED = """art:h-antq {
    art:h-antq a chithi:Article, prov:Entity ; prov:wasDerivedFrom <https://baoquangbinh.vn/antq> .
    doc:09-ct-tw-2011 a eli:LegalResource, chithi:PartyDocument ; rdfs:label "Chỉ thị 09-CT/TW"@vi ;
        eli:type_document type:ct ; eli:id_local "09-CT/TW" ; chithi:symbolKey "9-CT/TW" ; eli:number "09" ;
        eli:title "Tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ ANTQ trong tình hình mới"@vi .
}"""


def test_document_is_headed_by_the_title_most_articles_state():
    # regression: 09-CT/TW's page was headed by one article's "Tăng cường … ANTQ …" (first in the
    # record: shorter, and capitals sort first), not the title two articles state
    detail = queries.document(fixture_with(CT_09_ABBREVIATED), "09-CT/TW")
    stated = "tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới"
    assert [(f.value == stated, len(f.sources)) for f in detail.titles] == [(True, 2), (False, 1)]
    assert detail.document.title == stated


def test_document_mentions_with_sentence_offsets_and_source(store):
    mentions = {m.exact: m for m in queries.document(store, "73-KH/QU").mentions}
    mention = mentions["Kế hoạch 73-KH/QU ngày 13/8/2012 của Ban Thường vụ Quận ủy"]
    assert (mention.start, mention.end) == (298, 356)
    assert mention.sentence.startswith("(Thanhuytphcm.vn) - Sáng 23/8, Quận 11 đã tổ chức")
    assert mention.source.url == "https://thanhuytphcm.vn/tin-tuc/quan-11-so-ket-ke-hoach-73-kh-qu"


def test_document_relations_in_and_out(store):
    detail = queries.document(store, "448-CTr/TU")
    assert [(r.relation, r.document.label) for r in detail.relations_out] == [("implements", "Chỉ thị 09-CT/TW")]
    assert [(r.relation, r.document.label) for r in detail.relations_in] == [("implements", "Kế hoạch 25-KH/HU")]


def test_issuer_with_parent_units_and_documents(store):
    body = queries.issuer(store, "ban thuong vu tinh uy ha tinh")
    assert (body.label, body.code, body.level, body.parent.label, body.place.label) == \
        ("Ban Thường vụ Tỉnh ủy Hà Tĩnh", "TU", "province", "Tỉnh ủy Hà Tĩnh", "Hà Tĩnh")
    parent = queries.issuer(store, "Tỉnh ủy Hà Tĩnh")
    assert [u.label for u in parent.units] == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh"]
    assert parent.documents.total == 3  # its standing committee's documents are its own


def test_unit_with_successor_predecessors_and_documents(store):
    ha_tinh = queries.unit(store, "ha tinh")
    assert (ha_tinh.iri, ha_tinh.era, ha_tinh.code, ha_tinh.articles) == \
        ("https://chithi.vn/id/unit/legacy/province/42", "legacy", "42", 3)
    assert [s.iri for s in ha_tinh.successors] == ["https://chithi.vn/id/unit/2025/province/42"]
    assert ha_tinh.documents.total == 4  # the province's, Can Lộc's and Kim Song Trường's
    new_hcm = queries.unit(store, "Hồ Chí Minh", as_of=date(2025, 8, 1))
    assert [p.label for p in new_hcm.predecessors] == ["Bình Dương", "Hồ Chí Minh"]


@pytest.mark.parametrize("name, error", [("Kỳ Anh", Ambiguous), ("Ha Tinhh", NotFound)])
def test_unit_names_that_need_more(store, name, error):
    with pytest.raises(error):
        queries.unit(store, name)


def test_neighbourhood(store):
    area = queries.neighbourhood(store, "448-CTr/TU", hops=1)
    assert sorted(d.label for d in area.documents) == [
        "Chương trình hành động 448-CTr/TU", "Chỉ thị 09-CT/TW", "Kế hoạch 25-KH/HU"]
    assert len(area.edges) == 2


@pytest.fixture(scope="module")
def hue(tmp_path_factory):
    return hue_store(tmp_path_factory.mktemp("hue"))


PROVINCE_46 = "https://chithi.vn/id/unit/legacy/province/46"


@pytest.mark.parametrize("q, place", [("25-CTr/TU", "Thừa Thiên Huế"), ("210-KH/TU", "Huế")])
def test_a_renamed_units_place_is_named_as_on_the_documents_date(hue, q, place):
    """regression: the 2012 plan of the tỉnh Thừa Thiên Huế was placed in "Huế", the unit's name
    since 2025 (in the JSON: the label the place bore on the document's date; the IRI is kept)."""
    (hit,) = queries.search(hue, q).items
    assert (hit.place.iri, hit.place.label) == (PROVINCE_46, place)
    assert queries.document(hue, q).document.place.label == place


@pytest.mark.parametrize("as_of, name", [(date(2012, 12, 31), "Thừa Thiên Huế"), (date(2025, 3, 31), "Huế")])
def test_gaps_and_the_matrix_name_a_renamed_unit_as_on_their_day(hue, as_of, name):
    provinces = {u.unit.iri: u.unit.label for u in queries.gaps(hue, "09-CT/TW", as_of=as_of).units}
    assert provinces[PROVINCE_46] == name
    districts = queries.gaps(hue, "09-CT/TW", "district", province="Thừa Thiên Huế", as_of=as_of)
    assert districts.province.label == name and {u.parent.label for u in districts.units} == {name}
    rows = queries.matrix(hue, ["09-CT/TW"], as_of=as_of).rows
    assert [r.province.label for r in rows if r.province.iri == PROVINCE_46] == [name]
    assert [r.province.label for r in rows] == sorted((r.province.label for r in rows), key=vietnamese_key)


def test_lag_groups_a_renamed_units_documents_under_its_name_on_the_directives_date(hue):
    report = queries.lag(hue, "09-CT/TW")
    assert {i.province.label for i in report.items} == {"Thừa Thiên Huế"}
    assert [(s.group, s.count) for s in report.by_province] == [("Thừa Thiên Huế", 2)]


@pytest.mark.parametrize("name, place", [
    ("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế", "Thừa Thiên Huế"),  # named as its name says it
    ("Ban Thường vụ Thành ủy Huế", "Huế"),
])
def test_an_issuers_renamed_place_is_named_as_the_issuers_name_says_it(hue, name, place):
    """regression: the issuer page of the Ban Thường vụ Tỉnh ủy Thừa Thiên Huế said its place was "Huế"."""
    found = queries.issuer(hue, name).place
    assert (found.iri, found.label) == (PROVINCE_46, place)


def test_a_renamed_units_page_lists_its_former_names(hue):
    unit = queries.unit(hue, "Thừa Thiên Huế")
    assert (unit.iri, unit.full_name) == (PROVINCE_46, "Thành phố Huế")
    assert [f.model_dump() for f in unit.former_names] == [
        {"label": "Thừa Thiên Huế", "full_name": "Tỉnh Thừa Thiên Huế", "until": date(2024, 12, 31)}]
    assert queries.unit(hue, "Hà Tĩnh").former_names == []


@pytest.mark.parametrize("unit, parent", [
    ("https://chithi.vn/id/unit/legacy/district/474-2024", "Thừa Thiên Huế"),  # the city of Huế, until 2024
    ("https://chithi.vn/id/unit/legacy/district/474", "Huế"),                  # Thuận Hóa, until 2025-06-30
])
def test_a_units_parent_is_named_as_on_the_units_last_day(hue, unit, parent):
    """regression: the district city of Huế, gone on 2024-12-31, was 'part of Huế'."""
    assert queries.unit(hue, unit).parent.model_dump() == {"iri": PROVINCE_46, "label": parent}
