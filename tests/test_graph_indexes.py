"""graph/indexes.py: the word index lists every word of every document's labels, titles and
issuers' names, after loading, replacing and unloading articles (on both kinds of store); the
facts index holds for each document exactly what the one-step lookups read (on the store in
memory, on disk and the server), after every write."""
from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import URIRef

from graph.indexes import (FACTS, FACTS_GRAPH, WORDS_GRAPH, has_facts, has_indexes, read_facts, read_record,
                            rebuild_indexes, record_text, titles_in_order, tokens)
from graph.load import load_records, unload
from graph.store import Store, open_store
from graph.vocab import SPARQL_PREFIXES
from loaders.record import ArticleRecord, Place
from tests.fixtures import records
from tests.fixtures.stores import oxigraph_server, store  # noqa: F401

DOC = "https://chithi.vn/id/doc/"
CT09 = DOC + "vn/09-ct-tw/khoa-xi"


@pytest.mark.parametrize("text, expected", [
    ("Chỉ thị 09-CT/TW", {"chi", "thi", "9", "ct", "tw"}),
    ("Ban Thường vụ Huyện ủy Can Lộc", {"ban", "thuong", "vu", "huyen", "uy", "can", "loc"}),
    ("Đảng ủy xã Thạch Kim", {"dang", "uy", "xa", "thach", "kim"}),
    ("Nghị định 100/2019/NĐ-CP", {"nghi", "dinh", "100", "2019", "nd", "cp"}),
    ("“tăng cường sự lãnh đạo của Đảng”", {"tang", "cuong", "su", "lanh", "dao", "cua", "dang"}),
    ("số 007, năm 2012", {"so", "7", "nam", "2012"}),
])
def test_tokens_are_folded_words(text, expected):
    assert tokens(text) == expected


def words_of(store, doc: str) -> set[str]:
    rows = store.select(SPARQL_PREFIXES + f"SELECT ?w WHERE {{ GRAPH <{WORDS_GRAPH}> {{ ?doc chithi:word ?w }} }}",
                        {"doc": URIRef(doc)})
    return {r["w"] for r in rows}


def index_statements(store) -> set[tuple[str, str]]:
    return {(r["doc"], r["w"]) for r in store.select(SPARQL_PREFIXES + f"""
        SELECT ?doc ?w WHERE {{ GRAPH <{WORDS_GRAPH}> {{ ?doc chithi:word ?w }} }}""")}


def test_loading_indexes_labels_titles_and_issuers(store):
    load_records(store, [records.ha_tinh_448(), records.thach_kim_plan()], reference_data=False)
    programme = DOC + "ha-tinh/448-ctr-tu/2010-2015"
    assert {"chuong", "trinh", "hanh", "dong", "448", "ctr", "tu", "thuong", "vu", "tinh", "uy"} <= words_of(store, programme)
    assert {"chi", "thi", "9", "lanh", "dao", "phong", "trao", "ban", "bi", "thu"} <= words_of(store, CT09)
    assert {"ke", "hoach", "ubnd", "xa", "thach", "kim"} <= words_of(store, DOC + "ha-tinh/loc-ha/thach-kim/kh/ubnd-xa-thach-kim/tk-plan")
    loaded = index_statements(store)
    rebuild_indexes(store)
    assert index_statements(store) == loaded  # loading wrote what a rebuild from scratch writes


def test_a_changed_title_is_indexed_when_its_article_is_reloaded(store):
    load_records(store, [records.ha_tinh_448()], reference_data=False)
    changed = records.ha_tinh_448()
    changed = replace(changed, documents=[changed.documents[0],
                                          replace(changed.documents[1], title="đẩy mạnh công tác dân vận")])
    load_records(store, [changed], reference_data=False)
    assert {"day", "manh", "dan", "van"} <= words_of(store, CT09)
    assert "trao" not in words_of(store, CT09)  # the old title's words are gone


def test_an_unloaded_article_leaves_no_words_behind_for_its_keyed_documents(store):
    load_records(store, [records.quang_binh_undated(), records.nghe_an_448()], reference_data=False)
    assert words_of(store, DOC + "vn/09-ct-tw")
    unload(store, "qb-09")
    assert not words_of(store, DOC + "vn/09-ct-tw")
    assert "nghe" in words_of(store, DOC + "nghe-an/448-ctr-tu/2010-2015")


def undated_18_with_title() -> ArticleRecord:
    """An article citing 18-NQ/TW without its date, but with words of its title."""
    text = ("Tỉnh ủy tổ chức sơ kết Nghị quyết 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy "
            "của hệ thống chính trị tinh gọn.")
    return ArticleRecord(
        id="nq18-bo-may", text=text, published="2019-05-02", place=Place(province="Thanh Hóa"),
        documents=[records.doc("d1", "Nghị quyết 18-NQ/TW", text, type="Nghị quyết", type_code="NQ",
                               number="18", symbol="18-NQ/TW", issuer="Ban Chấp hành Trung ương Đảng",
                               issuer_level="central", system="party", issuer_code="TW",
                               title="một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy")])


def test_a_citation_moved_by_reconciliation_after_an_unload_brings_its_words(store):
    """Two dated 18-NQ/TW: the undated citation stays apart; once the 2022 one is unloaded it
    joins the 2017 one, whose words must now include its title's."""
    load_records(store, [records.resolution_18(2017, "nq18-2017"), records.resolution_18(2022, "nq18-2022"),
                         undated_18_with_title()], reference_data=False)
    of_2017 = DOC + "vn/18-nq-tw/khoa-xii"
    assert "xep" not in words_of(store, of_2017)
    unload(store, "nq18-2022")
    assert store.ask(SPARQL_PREFIXES + "ASK { ?doc eli:title ?title }", {"doc": URIRef(of_2017)})
    assert {"sap", "xep", "bo", "may"} <= words_of(store, of_2017)


# Loads one after another: each later load's articles are new in the store, so their words are
# added to the index (graph/indexes.py) rather than read again whole; moved citations are read again.
LOADS = {
    "another province's programme": [[records.ha_tinh_448], [records.nghe_an_448, records.thach_kim_plan]],
    "an undated citation, then its dated directive (the citation moves)":
        [[records.quang_binh_undated], [records.ha_tinh_448]],
    "a dated directive, then an undated citation of it": [[records.ha_tinh_448], [records.quang_binh_undated]],
    "an undated 18-NQ/TW, then 2017, then 2022 (moved, then left apart)":
        [[undated_18_with_title], [lambda: records.resolution_18(2017, "nq18-2017")],
         [lambda: records.resolution_18(2022, "nq18-2022")]],
}


@pytest.mark.parametrize("loads", LOADS.values(), ids=LOADS.keys())
def test_loads_one_after_another_index_what_a_rebuild_indexes(store, loads):
    """Regression: every batch read the words of each document it touched again from every
    article (a directive cited by 10,000 articles, for each batch citing it)."""
    for articles in loads:
        load_records(store, [article() for article in articles], reference_data=False)
    loaded = index_statements(store)
    rebuild_indexes(store)
    assert index_statements(store) == loaded


# -- the facts index: one record per document, exact after every write ------------------------------

@pytest.fixture(params=["memory", "disk", "server"])
def any_store(request: pytest.FixtureRequest, tmp_path) -> Store:
    """An empty store of each kind the records must stay exact on."""
    if request.param == "server":
        opened = open_store(request.getfixturevalue("oxigraph_server"))
        opened.update("DROP ALL")
    else:
        opened = open_store("memory:" if request.param == "memory" else f"oxigraph:{tmp_path / 'store'}")
    yield opened
    opened.close()


def records_of(store: Store) -> dict[str, dict]:
    return {r["doc"]: read_record(r["record"]) for r in store.select(
        f"SELECT ?doc ?record WHERE {{ GRAPH <{FACTS_GRAPH}> {{ ?doc <{FACTS}> ?record }} }}")}


def looked_up(store: Store) -> dict[str, dict]:
    """What the one-step `p+` lookups return for every document, as records."""
    docs = sorted(r["doc"] for r in store.select(SPARQL_PREFIXES + "SELECT DISTINCT ?doc WHERE { ?doc a eli:LegalResource }"))
    return {doc: read_record(record_text(facts)) for doc, facts in read_facts(store, docs).items() if any(facts.values())}


def ha_tinh_448_retitled_and_redated() -> ArticleRecord:
    """ht-448 again, saying 09-CT/TW has another title and was dated 02/12/2011."""
    changed = records.ha_tinh_448()
    return replace(changed, documents=[changed.documents[0], replace(
        changed.documents[1], title="đẩy mạnh công tác dân vận", date="2011-12-02")])


# each step: ("load", records) or ("unload", an article id); the records are checked after each
STEPS = {
    "load, another province, an unnumbered plan": [("load", [records.ha_tinh_448]),
                                                   ("load", [records.nghe_an_448, records.thach_kim_plan])],
    "an article reloaded changed (a title replaced, a date moved), then unloaded":
        [("load", [records.ha_tinh_448, records.nghe_an_448]), ("load", [ha_tinh_448_retitled_and_redated]),
         ("unload", "ht-448")],
    "two dates stay two dates, one goes with its article":
        [("load", [lambda: records.conclusion_44("2019-01-22", "kl44-a")]),
         ("load", [lambda: records.conclusion_44("2019-01-23", "kl44-b")]), ("unload", "kl44-a")],
    "an undated citation, then its dated directive (the citation moves), then unloaded":
        [("load", [records.quang_binh_undated]), ("load", [records.ha_tinh_448]), ("unload", "ht-448")],
    "a dated directive, then an undated citation of it": [("load", [records.ha_tinh_448]),
                                                          ("load", [records.quang_binh_undated])],
    "an undated 18-NQ/TW, then 2017, then 2022 (unresolved), then 2022 unloaded (it joins 2017)":
        [("load", [undated_18_with_title]), ("load", [lambda: records.resolution_18(2017, "nq18-2017")]),
         ("load", [lambda: records.resolution_18(2022, "nq18-2022")]), ("unload", "nq18-2022")],
    "two dated 18-NQ/TW at once after an undated citation (marked unresolved, nothing moved)":
        [("load", [undated_18_with_title]),
         ("load", [lambda: records.resolution_18(2017, "nq18-2017"), lambda: records.resolution_18(2022, "nq18-2022")])],
    "every article unloaded": [("load", [records.ha_tinh_448, records.quang_binh_undated]), ("unload", "ht-448"),
                               ("unload", "qb-09")],
}


@pytest.mark.parametrize("steps", STEPS.values(), ids=STEPS.keys())
def test_each_documents_record_is_what_the_lookups_return_after_every_write(any_store, steps):
    for step, what in steps:
        if step == "load":
            assert load_records(any_store, [article() for article in what], reference_data=False).ok
        else:
            assert unload(any_store, what)
        assert records_of(any_store) == looked_up(any_store), f"after {step} {what}"
    loaded = records_of(any_store)
    rebuild_indexes(any_store)
    assert records_of(any_store) == loaded


def test_a_record_keeps_two_dates_and_the_unresolved_flag(store):
    load_records(store, [records.conclusion_44("2019-01-22", "kl44-a"), records.conclusion_44("2019-01-23", "kl44-b"),
                         undated_18_with_title(), records.resolution_18(2017, "nq18-2017"),
                         records.resolution_18(2022, "nq18-2022")], reference_data=False)
    kept = records_of(store)
    (kl44,) = [r for r in kept.values() if r.get("symbol") == ["44-KL/TW"]]
    assert kl44["date"] == ["2019-01-22", "2019-01-23"]
    assert kept[DOC + "vn/18-nq-tw"]["unresolved"] == [True]


def test_a_record_keeps_each_edge_with_the_article_stating_it(store):
    """A trace reads a document's edges to its parents from its record (api/queries.py): each
    statement of one, with its article's URL and title."""
    load_records(store, [records.ha_tinh_448(), records.quang_binh_undated()], reference_data=False)
    kept = records_of(store)
    directive, article = DOC + "vn/09-ct-tw/khoa-xi", "https://chithi.vn/id/article/"
    assert kept[DOC + "ha-tinh/448-ctr-tu/2010-2015"]["edges"] == [
        ("implements", directive, article + "ht-448", "", "Hà Tĩnh triển khai Chỉ thị 09")]
    # an undated citation's edge points at the one dated directive of its key
    assert kept[DOC + "quang-binh/09-ctr-tu"]["edges"] == [("implements", directive, article + "qb-09", "", "")]
    assert "edges" not in kept[directive]


def test_a_store_loaded_before_the_records_existed_gets_them_on_its_next_load(any_store):
    load_records(any_store, [records.ha_tinh_448()], reference_data=False)
    any_store.drop_graph(FACTS_GRAPH)  # as a store of the session before wrote it
    assert not has_facts(any_store) and not has_indexes(any_store)
    load_records(any_store, [records.nghe_an_448()], reference_data=False)
    assert has_facts(any_store) and records_of(any_store) == looked_up(any_store)


@pytest.mark.parametrize("facts", [
    {"label": {"Chỉ thị 09-CT/TW"}, "date": {"2011-12-01", "2011-12-02"}, "year": {2011}, "unresolved": {True}},
    {"title": {"phòng, chống tham nhũng\x1elãng phí", "dân vận\x1f"}, "level": {"district"}},  # separators inside
    {"symbol": {"448-CTr/TU"}, "year": {2012, "2012"}, "system": {1.5}, "unresolved": {False}},  # odd datatypes
    {"edges": {("implements", DOC + "09", "urn:a1", "https://baohatinh.vn/a", "Can Lộc triển khai"),
               ("continues", DOC + "09", "urn:a2", "", "")}},  # an edge of an article without URL or title
    {"edges": {("implements", DOC + "09", "urn:a1", "", "tiêu đề\x1dcó dấu phân cách")}},
    {},
], ids=["a directive stated with two dates", "texts holding the separators", "values of other types", "edges",
        "an edge's title holding a separator", "no facts"])
def test_a_record_reads_back_the_values_it_was_written_with(facts):
    assert read_record(record_text(facts)) == {field: titles_in_order(values) if field == "title" else
                                               sorted(values, key=lambda v: (type(v).__name__, v))
                                               for field, values in facts.items()}


@pytest.mark.parametrize("titles, first", [
    # regression: 57-NQ/TW's page was headed "về khoa học, công nghệ", the gist one article gave,
    # which sorts before "đột phá …" (đ after the Latin letters)
    (["đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn tỉnh",
      "khoa học, công nghệ",
      "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
      "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia vào cuộc sống"],
     "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    (["tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới",
      "tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc"],
     "tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc"),
    (["phát triển kinh tế tư nhân", "kinh tế tư nhân"], "kinh tế tư nhân"),  # no core: the shorter
    (["dân vận"], "dân vận"),
])
def test_a_record_gives_first_the_title_that_begins_the_most_of_them(titles, first):
    assert read_record(record_text({"title": set(titles)}))["title"][0] == first
