"""graph/load.py: articles in (read -> extract -> build -> store) and out again, on the embedded
store and on a real Oxigraph server. The corpus tests load data/samples/ and the annotated
development corpus through the real extractor, as `chithi load` does."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from rdflib import URIRef

from graph.build import build_article
from graph.load import load_paths, load_records, unload
from graph.stats import graph_stats
from graph.store import StoreError, open_store
from graph.store_embedded import EmbeddedStore
from graph.validate import validate
from graph.vocab import SPARQL_PREFIXES
from tests.conftest import SAMPLES
from tests.fixtures import records
from tests.fixtures.stores import oxigraph_server, store  # noqa: F401

UNIT = "https://chithi.vn/id/unit/legacy/province/"


# -- the corpus: what it must show ----------------------------------------------------------
@pytest.fixture(scope="module", params=["embedded", "server"])
def corpus(request, dev_corpus):
    """data/samples/ and the development corpus, plus another province's 448-CTr/TU."""
    if request.param == "embedded":
        opened = open_store("memory:")
    else:
        opened = open_store(request.getfixturevalue("oxigraph_server"))
        opened.update("DROP ALL")
    summary = load_paths(opened, [SAMPLES, dev_corpus], progress=False)
    assert summary.ok, summary
    load_records(opened, [records.nghe_an_448()], reference_data=False)
    yield opened
    opened.close()


def test_one_node_for_chi_thi_09(corpus):
    rows = corpus.select(SPARQL_PREFIXES + "SELECT DISTINCT ?doc WHERE { ?doc chithi:symbolKey '9-CT/TW' }")
    assert [r["doc"] for r in rows] == ["https://chithi.vn/id/doc/vn/09-ct-tw/khoa-xi"]


IMPLEMENTS = "(eli:ensures_implementation_of|chithi:continues)+"


@pytest.mark.parametrize("province, code, link", [
    # Hà Tĩnh's programme 448-CTr/TU implements it
    ("Hà Tĩnh", "42", f"?doc {IMPLEMENTS} ?ct09 ."),
    # Bình Dương's unnumbered programme and plan implement it
    ("Bình Dương", "74", f"?doc {IMPLEMENTS} ?ct09 ."),
    # Quận 11's plan 73-KH/QU implements Hồ Chí Minh City's programme 26-CTr/TU, which implements it
    ("Hồ Chí Minh", "79", f"?doc {IMPLEMENTS} ?ct09 . ?doc chithi:level 'district' ."),
    # Quảng Bình's article names its programme 09-CTr/TU beside the directive without saying that
    # one implements the other (nor does the annotated corpus): they are linked through the
    # article that cites both
    ("Quảng Bình", "44", "?m1 oa:hasBody ?ct09 ; oa:hasTarget/oa:hasSource ?article . "
                         "?m2 oa:hasBody ?doc ; oa:hasTarget/oa:hasSource ?article . "
                         "?article chithi:about ?unit ."),
])
def test_provincial_documents_are_linked_to_chi_thi_09(corpus, province, code, link):
    assert corpus.ask(SPARQL_PREFIXES + f"""ASK {{
        ?ct09 chithi:symbolKey "9-CT/TW" .
        ?doc eli:jurisdiction ?where . ?where skos:broader* ?unit .
        {link} }}""", {"unit": URIRef(UNIT + code)})


def test_448_ctr_tu_of_ha_tinh_is_not_another_provinces(corpus):
    rows = corpus.select(SPARQL_PREFIXES + """SELECT DISTINCT ?doc ?place WHERE {
        ?doc chithi:symbolKey "448-CTR/TU" ; eli:jurisdiction ?place } ORDER BY ?place""")
    assert rows == [
        {"doc": "https://chithi.vn/id/doc/nghe-an/448-ctr-tu/2010-2015", "place": UNIT + "40"},
        {"doc": "https://chithi.vn/id/doc/ha-tinh/448-ctr-tu/2010-2015", "place": UNIT + "42"},
    ]


def test_the_loaded_corpus_conforms_to_the_shapes(corpus):
    report = validate(corpus)
    assert report.conforms, [str(v) for v in report.violations[:10]]


def test_loading_the_same_folders_again_changes_nothing(corpus, dev_corpus):
    before = corpus.triple_count()
    summary = load_paths(corpus, [dev_corpus], progress=False)
    assert (len(summary.loaded), len(summary.unchanged), summary.failed) == (0, 25, [])
    assert corpus.triple_count() == before


# -- loading and unloading --------------------------------------------------------------------
def copy_samples(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        (folder / name).write_text((SAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def article_ids(opened) -> list[str]:
    rows = opened.select(SPARQL_PREFIXES + "SELECT ?a WHERE { ?a a chithi:Article } ORDER BY ?a")
    return [r["a"].rsplit("/", 1)[1] for r in rows]


def test_a_changed_article_replaces_its_graph(store, tmp_path):
    folder = copy_samples(tmp_path, ["003_7abbad60e603f795.txt"])
    load_paths(store, [folder], progress=False)
    before = graph_stats(store)
    path = folder / "003_7abbad60e603f795.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Sáng 23/8", "Chiều 23/8"),
                    encoding="utf-8")
    summary = load_paths(store, [folder], progress=False)
    assert summary.loaded == ["003-7abbad60e603f795"]
    after = graph_stats(store)
    assert (after.articles, after.documents, after.triples) == (before.articles, before.documents,
                                                                before.triples)
    assert store.ask(SPARQL_PREFIXES + "ASK { ?m chithi:sentence ?s FILTER(CONTAINS(?s, 'Chiều 23/8')) }")
    assert not store.ask(SPARQL_PREFIXES + "ASK { ?m chithi:sentence ?s FILTER(CONTAINS(?s, 'Sáng 23/8')) }")


def test_a_bad_file_mid_batch_is_named_and_the_rest_loads(store, tmp_path):
    folder = copy_samples(tmp_path, ["000_5e3936229a79ecd7.txt", "002_6286e42729e145c2.txt"])
    (folder / "001_unreadable.txt").write_bytes(b"\x00\x01\xff\xfe\x00binary")
    (folder / "batch.jsonl").write_text(
        '{"id": "ok-1", "text": "Thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư, Huyện ủy Can Lộc ban hành kế hoạch."}\n'
        '{"id": "broken", "text": \n', encoding="utf-8")
    summary = load_paths(store, [folder], progress=False)
    assert sorted(summary.loaded) == ["000-5e3936229a79ecd7", "002-6286e42729e145c2", "ok-1"]
    assert sorted(f.source for f in summary.failed) == [str(folder / "001_unreadable.txt"),
                                                       f"{folder / 'batch.jsonl'}:2"]
    assert article_ids(store) == sorted(summary.loaded)
    assert validate(store).conforms


@pytest.mark.parametrize("source_url, loads", [
    ("https://baohatinh.vn/chinh-tri/ha-tinh-trien-khai-chi-thi-09-ct-tw", True),
    ("https://baohatinh.vn/tin tức/chỉ thị 09?id=1", True),  # spaces are percent-encoded
    ("https://baohatinh.vn/bao-cao-100%", False),  # not an IRI: refused, not stored
    ("http://[baohatinh.vn/chi-thi-09", False),
])
def test_an_article_whose_source_url_is_not_an_iri_is_named_and_the_rest_loads(store, source_url, loads):
    article = dataclasses.replace(records.ha_tinh_448(), id="ht-448-web", source_url=source_url)
    summary = load_records(store, [article, records.nghe_an_448()])
    assert sorted(summary.loaded) == (["ht-448-web", "na-448"] if loads else ["na-448"])
    assert [f.source for f in summary.failed] == ([] if loads else ["ht-448-web"])
    assert article_ids(store) == sorted(summary.loaded)


class FailingStore(EmbeddedStore):
    """An embedded store that refuses to write one article's graph (as a disk error would)."""

    def __init__(self, refused: str):
        super().__init__(None)
        self.refused = refused

    def add_new_graphs(self, nquads: str) -> None:
        if self.refused in nquads:
            super().add_new_graphs(nquads[: len(nquads) // 2])  # half written, then the failure
            raise StoreError("disk full")
        super().add_new_graphs(nquads)

    def replace_graph(self, graph_iri: str, quads_nquads: str) -> None:
        if graph_iri.endswith(self.refused):
            raise StoreError("disk full")
        super().replace_graph(graph_iri, quads_nquads)


def test_a_write_that_fails_mid_batch_leaves_the_store_consistent():
    failing = FailingStore("qb-09")
    summary = load_records(failing, [records.ha_tinh_448(), records.quang_binh_undated(),
                                     records.nghe_an_448()], reference_data=True)
    assert [f.source for f in summary.failed] == ["qb-09"]
    assert article_ids(failing) == ["ht-448", "na-448"]
    report = validate(failing)
    assert report.conforms, [str(v) for v in report.violations[:5]]


def test_a_graph_cut_short_by_a_crash_is_replaced_on_the_next_load(store):
    built = build_article(records.ha_tinh_448())
    store.add_new_graphs(built.body[: len(built.body) // 2].rsplit("\n", 1)[0] + "\n")  # no mark
    assert not validate(store).conforms
    summary = load_records(store, [records.ha_tinh_448()])
    assert summary.loaded == ["ht-448"]
    assert validate(store).conforms
    fresh = open_store("memory:")
    load_records(fresh, [records.ha_tinh_448()])
    assert store.triple_count() == fresh.triple_count()


@pytest.mark.parametrize("source", ["file", "folder", "id", "iri"])
def test_unload(store, tmp_path, source):
    folder = copy_samples(tmp_path, ["000_5e3936229a79ecd7.txt", "003_7abbad60e603f795.txt"])
    load_paths(store, [folder], progress=False)
    name = {"file": str(folder / "003_7abbad60e603f795.txt"), "folder": str(folder),
            "id": "003_7abbad60e603f795",
            "iri": "https://chithi.vn/id/article/003-7abbad60e603f795"}[source]
    removed = unload(store, name)
    expected = (["000-5e3936229a79ecd7", "003-7abbad60e603f795"] if source == "folder"
                else ["003-7abbad60e603f795"])
    assert [r.rsplit("/", 1)[1] for r in removed] == expected
    assert article_ids(store) == sorted({"000-5e3936229a79ecd7", "003-7abbad60e603f795"} - set(expected))
    assert not store.ask(SPARQL_PREFIXES + "ASK { ?d eli:id_local '73-KH/QU' }")


def test_unloading_what_was_never_loaded_removes_nothing(store):
    load_records(store, [records.ha_tinh_448()], reference_data=False)
    assert unload(store, "/no/such/article.txt") == []
    assert article_ids(store) == ["ht-448"]


def test_a_well_known_resolution_cited_by_number_alone_is_the_node_of_its_symbol(tmp_path):
    # regression: "Nghị quyết 57" alone (the Politburo's, in news of 2025) was a node of its own beside 57-NQ/TW
    (tmp_path / "a.txt").write_text("Bắc Ninh triển khai Nghị quyết 57\n\nNgày 10/3/2025, Tỉnh ủy Bắc Ninh quán triệt "
                                    "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
                                    "khoa học, công nghệ.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({
        "id": "b", "url": "https://baobacninh.vn/b", "published": "2025-06-05", "title": "Doanh nghiệp kỳ vọng",
        "text": "Doanh nghiệp Bắc Ninh kỳ vọng Nghị quyết 57 và Nghị quyết 68 sẽ tháo gỡ nhiều rào cản."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    opened = open_store("memory:")
    assert load_paths(opened, [tmp_path], progress=False).ok
    rows = opened.select(SPARQL_PREFIXES + "SELECT DISTINCT ?doc WHERE { ?doc a eli:LegalResource ; eli:number '57' }")
    assert [r["doc"] for r in rows] == ["https://chithi.vn/id/doc/vn/57-nq-tw/khoa-xiii"]
