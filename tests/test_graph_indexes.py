"""graph/indexes.py: the word index lists every word of every document's labels, titles and
issuers' names, after loading, replacing and unloading articles (on both kinds of store)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import URIRef

from graph.indexes import WORDS_GRAPH, rebuild_indexes, tokens
from graph.load import load_records, unload
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
