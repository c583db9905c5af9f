"""graph/build.py: what one article's graph states, asked through SPARQL."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from graph.build import _TERMS, build_article, sentence_around
from graph.store import open_store
from graph.vocab import SPARQL_PREFIXES
from tests.fixtures import records
from tests.fixtures.records import doc

HT = "https://chithi.vn/id/doc/ha-tinh/448-ctr-tu/2010-2015"
CT09 = "https://chithi.vn/id/doc/vn/09-ct-tw/khoa-xi"


def graph_of(record):
    store = open_store("memory:")
    store.replace_graph(*(lambda b: (b.graph, b.nquads))(build_article(record)))
    return store


@pytest.mark.parametrize("record, question", [
    (records.ha_tinh_448, f"ASK {{ <{HT}> a eli:LegalResource, chithi:PartyDocument ; "
                          f"eli:id_local '448-CTr/TU' ; chithi:symbolKey '448-CTR/TU' ; eli:number '448' ; "
                          f"eli:date_document '2012-05-30'^^xsd:date ; chithi:year 2012 ; "
                          f"rdfs:label 'Chương trình hành động 448-CTr/TU'@vi }}"),
    # "/TU" in an article about Hà Tĩnh: the programme is Hà Tĩnh's, issued by its Tỉnh ủy's standing committee
    (records.ha_tinh_448, f"ASK {{ <{HT}> eli:jurisdiction <https://chithi.vn/id/unit/legacy/province/42> ; "
                          "eli:passed_by ?b . ?b skos:prefLabel 'Ban Thường vụ Tỉnh ủy Hà Tĩnh'@vi ; "
                          "a org:OrganizationalUnit ; org:unitOf ?t . ?t skos:prefLabel 'Tỉnh ủy Hà Tĩnh'@vi ; "
                          "org:subOrganizationOf/skos:prefLabel 'Đảng bộ tỉnh Hà Tĩnh'@vi }"),
    (records.ha_tinh_448, f"ASK {{ <{HT}> eli:ensures_implementation_of <{CT09}> . "
                          f"<{CT09}> eli:jurisdiction <https://chithi.vn/id/unit/vn> ; chithi:level 'central' ; "
                          "eli:type_document <https://chithi.vn/id/type/ct> ; "
                          "eli:title 'tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ "
                          "an ninh Tổ quốc trong tình hình mới'@vi }"),
    # provenance: the article graph, its date and place
    (records.ha_tinh_448, "ASK { GRAPH ?g { ?g a chithi:Article, prov:Entity ; dcterms:issued '2012-06-10'^^xsd:date ; "
                          "dcterms:title 'Hà Tĩnh triển khai Chỉ thị 09'@vi ; "
                          "chithi:about <https://chithi.vn/id/unit/legacy/province/42> ; chithi:contentHash ?h } }"),
    # every mention: an annotation with quote and position selectors and its sentence
    (records.ha_tinh_448, f"ASK {{ ?m a oa:Annotation ; oa:motivatedBy oa:identifying ; oa:hasBody <{HT}> ; "
                          "oa:hasTarget [ oa:hasSource ?g ; "
                          "oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact 'Chương trình hành động số 448-CTr/TU, ngày 30/5/2012' ; "
                          "oa:prefix 'n Thường vụ Tỉnh ủy đã ban hành ' ] , "  # 32 characters
                          "[ a oa:TextPositionSelector ; oa:start 34 ; oa:end 86 ] ] ; "
                          "chithi:sentence ?s . ?g a chithi:Article . "
                          "FILTER(STRSTARTS(?s, 'Ban Thường vụ Tỉnh ủy đã ban hành') && STRENDS(?s, 'tình hình mới”.')) }"),
    # the relation's evidence: the phrase that states it, as an annotation on a statement
    (records.ha_tinh_448, f"ASK {{ ?r oa:motivatedBy oa:linking ; oa:hasBody [ rdf:subject <{HT}> ; "
                          f"rdf:predicate eli:ensures_implementation_of ; rdf:object <{CT09}> ] ; "
                          "oa:hasTarget/oa:hasSelector [ oa:exact 'về thực hiện' ] }"),
    (records.nghe_an_448, "ASK { <https://chithi.vn/id/doc/nghe-an/448-ctr-tu/2010-2015> "
                          "eli:jurisdiction <https://chithi.vn/id/unit/legacy/province/40> }"),
    (records.quang_binh_undated, "ASK { <https://chithi.vn/id/doc/vn/09-ct-tw> chithi:identityKey 'vn/09-ct-tw' "
                                 "FILTER NOT EXISTS { <https://chithi.vn/id/doc/vn/09-ct-tw> chithi:period ?p } }"),
    (records.quang_binh_undated, "ASK { ?p eli:id_local '09-CTr/TU' ; eli:ensures_implementation_of "
                                 "<https://chithi.vn/id/doc/vn/09-ct-tw> }"),
    # an unnumbered commune plan: type + issuer + article
    (records.thach_kim_plan, "ASK { <https://chithi.vn/id/doc/ha-tinh/loc-ha/thach-kim/kh/ubnd-xa-thach-kim/tk-plan> "
                             "a eli:LegalResource ; chithi:level 'commune' ; rdfs:label 'Kế hoạch của UBND xã Thạch Kim'@vi ; "
                             "eli:ensures_implementation_of ?p . ?p eli:id_local '448-CTr/TU' "
                             "FILTER NOT EXISTS { <https://chithi.vn/id/doc/ha-tinh/loc-ha/thach-kim/kh/ubnd-xa-thach-kim/tk-plan> eli:id_local ?s } }"),
])
def test_what_an_article_graph_states(record, question):
    assert graph_of(record()).ask(SPARQL_PREFIXES + question)


def test_every_vocabulary_term_is_an_iri():
    """Regression: CHITHI.term was rdflib's Namespace.term method, written as a broken IRI."""
    assert all(isinstance(term, URIRef) for term in _TERMS.values())


def test_the_nquads_parse_whatever_the_text_holds():
    text = 'Kế hoạch số 12-KH/HU về "xây dựng" nông thôn mới\\ tại \t huyện\nCan Lộc'
    record = records.ArticleRecord(
        id="la bàn/ 01", text=text, source_url="https://baohatinh.vn/tin tức?id=1&x=<2>",
        place=records.Place(province="Hà Tĩnh", district="Can Lộc"),
        documents=[doc("d1", 'Kế hoạch số 12-KH/HU về "xây dựng" nông thôn mới\\', text,
                       type="Kế hoạch", type_code="KH", number="12", symbol="12-KH/HU",
                       issuer="Huyện ủy", issuer_level="district", term="XIX")])
    built = build_article(record)
    quads = list(ox.parse(built.nquads, format=ox.RdfFormat.N_QUADS))
    assert len(quads) == built.triples
    store = graph_of(record)
    assert store.ask(SPARQL_PREFIXES + "ASK { ?d eli:passed_by/skos:prefLabel 'Huyện ủy Can Lộc'@vi ; "
                     "chithi:term 'XIX' ; eli:jurisdiction <https://chithi.vn/id/unit/legacy/district/443> }")


def test_the_content_hash_ignores_the_run():
    first = build_article(records.ha_tinh_448(), run="https://chithi.vn/id/run/a")
    second = build_article(records.ha_tinh_448(), run="https://chithi.vn/id/run/b",
                           run_started="2026-01-01T00:00:00+00:00")
    assert first.content_hash == second.content_hash and first.mark != second.mark
    # the hash is of the graph: an edit outside every cited sentence changes nothing to reload
    elsewhere = records.with_text(records.ha_tinh_448(), "Các huyện", "Các xã   ")
    assert build_article(elsewhere).content_hash == first.content_hash
    in_a_sentence = records.with_text(records.ha_tinh_448(), "đã ban hành", "sẽ ban hành")
    assert build_article(in_a_sentence).content_hash != first.content_hash


@pytest.mark.parametrize("text, mention, sentence", [
    ("Sáng 23/8, Quận 11 sơ kết. Kế hoạch 73-KH/QU của Ban Thường vụ Quận ủy được triển khai. "
     "Các phường báo cáo.", "73-KH/QU",
     "Kế hoạch 73-KH/QU của Ban Thường vụ Quận ủy được triển khai."),
    ("Thực hiện Chỉ thị số 09-CT/TW, ngày 01.12.2011 của Ban Bí thư, tỉnh đã ban hành kế hoạch",
     "09-CT/TW", "Thực hiện Chỉ thị số 09-CT/TW, ngày 01.12.2011 của Ban Bí thư, tỉnh đã ban hành kế hoạch"),
    ("Tiêu đề bài viết\nTheo Kế hoạch số 06/KH-UBND của UBND tỉnh, các xã rà soát.\nĐoạn sau.",
     "06/KH-UBND", "Theo Kế hoạch số 06/KH-UBND của UBND tỉnh, các xã rà soát."),
])
def test_the_sentence_of_a_mention(text, mention, sentence):
    start = text.index(mention)
    assert sentence_around(text, start, start + len(mention)) == sentence


# regression: a sentence longer than the reach each side was cut mid-word ("…bảo vệ an nin")
@pytest.mark.parametrize("before, after", [
    ("bảo vệ an ninh " * 50, "giữ vững an ninh " * 50 + "kết thúc."),
    ("mở đầu. " + "bảo vệ an ninh " * 50, "giữ vững " * 10 + "kết thúc. Câu sau."),
    ("Câu trước. Ngắn ", "giữ vững an ninh " * 50),
])
def test_a_sentence_cut_short_ends_at_a_word_and_says_so(before, after):
    text = before + "Kế hoạch số 12-KH/TU " + after
    start = text.index("12-KH/TU")
    sentence = sentence_around(text, start, start + len("12-KH/TU"))
    cut_before, cut_after = len(before) > 600, len(after.split(".")[0]) > 600
    assert sentence.startswith("…") == cut_before and sentence.endswith("…") == cut_after
    words = sentence.strip("…").split()
    assert " ".join(words) in " ".join(text.split())  # whole words, in order
    assert words[0] in before.split() + ["Kế"] and words[-1] in (after.split() + ["12-KH/TU"])


def test_a_2025_communes_body_serves_that_commune():
    """Regression: a ward's plan of September 2025 had its former province (Phú Yên) as its
    jurisdiction, so the commune gap table and the ward's page never found it."""
    from loaders import extract

    text = ("Ngày 24/9/2025, Ban Thường vụ Đảng ủy phường Tuy Hòa (tỉnh Đắk Lắk) ban hành Kế hoạch số "
            "18-KH/ĐU thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")
    store = graph_of(extract(text, id="tuy-hoa", published="2025-09-26"))
    assert store.ask(SPARQL_PREFIXES + "ASK { ?d eli:id_local '18-KH/ĐU' ; "
                     "eli:jurisdiction <https://chithi.vn/id/unit/2025/commune/22015> }")
