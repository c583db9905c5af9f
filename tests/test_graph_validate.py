"""graph/validate.py and data/shapes.ttl: a well-formed graph conforms, a broken one does not
and the report says where."""
from __future__ import annotations

from dataclasses import replace

import pytest

from graph.load import load_records
from graph.store import open_store
from graph.validate import validate
from loaders.extract import extract
from loaders.record import Place
from tests.fixtures import records

CHITHI = "https://chithi.vn/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"
HT = "<https://chithi.vn/id/doc/ha-tinh/448-ctr-tu/2010-2015>"


@pytest.fixture
def loaded():
    store = open_store("memory:")
    load_records(store, [records.ha_tinh_448(), records.thach_kim_plan()])
    return store


def test_a_loaded_graph_conforms(loaded):
    report = validate(loaded)
    assert report.conforms, [str(v) for v in report.violations]
    assert report.triples_checked > 100


def test_a_unit_with_a_former_name_conforms():
    # regression: the former name a unit points to was left out of what is checked, so an article about Thừa Thiên
    # Huế (province 46, "Huế" since 2025) failed "Value does not have class chithi:UnitName"
    store = open_store("memory:")
    load_records(store, [replace(records.nghe_an_448(), id="hue-448", place=Place(province="Thừa Thiên Huế"))])
    report = validate(store)
    assert report.conforms, [str(v) for v in report.violations]


def test_an_extracted_article_with_a_lettered_number_and_a_bracketed_report_conforms():
    # regression: a number with a letter after its digits ("Nghị quyết 30a/2008/NQ-CP") failed the number's pattern,
    # and a review whose report is named in brackets after what it reviews quoted no words (an empty selector)
    text = ("Mù Cang Chải giảm nghèo bền vững\n\nHuyện là một trong 62 huyện nghèo được đầu tư theo Nghị quyết "
            "30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ. Ngày 14/11/2023, Ban Thường vụ Huyện ủy Mù Cang Chải nghe "
            "Đảng đoàn HĐND huyện báo cáo tổng kết 5 năm thực hiện Nghị quyết số 07-NQ/HU ngày 20/10/2018 của Ban Chấp "
            "hành Đảng bộ huyện về giảm nghèo (Báo cáo số 95-BC/ĐĐ, ngày 06/11/2023).")
    record = extract(text, id="mu-cang-chai", published="2023-11-20")
    assert {d.number for d in record.documents} >= {"30a", "95"}
    assert any(r.type == "reviews" for r in record.relations)
    store = open_store("memory:")
    load_records(store, [record])
    report = validate(store)
    assert report.conforms, [str(v) for v in report.violations]


@pytest.mark.parametrize("breakage, path", [
    # an article graph that lost its completion mark (a crash)
    ("DELETE WHERE { GRAPH ?g { ?g <https://chithi.vn/ontology#contentHash> ?h } }", CHITHI + "contentHash"),
    # a level outside the list
    (f"INSERT DATA {{ GRAPH <urn:x> {{ {HT} <{CHITHI}level> 'provincial' }} }}", CHITHI + "level"),
    # a date that is not an xsd:date
    (f"INSERT DATA {{ GRAPH <urn:x> {{ {HT} <{ELI}date_document> '30/5/2012' }} }}", ELI + "date_document"),
    # a relation to something that is not a document
    (f"INSERT DATA {{ GRAPH <urn:x> {{ {HT} <{ELI}ensures_implementation_of> "
     f"<https://chithi.vn/id/unit/legacy/province/42> }} }}", ELI + "ensures_implementation_of"),
    # a second symbol for one document
    (f"INSERT DATA {{ GRAPH <urn:x> {{ {HT} <{ELI}id_local> '448/CTr-TU' }} }}", ELI + "id_local"),
    # a document no mention states
    (f"INSERT DATA {{ GRAPH <urn:x> {{ <urn:doc> a <{ELI}LegalResource> ; "
     f"<http://www.w3.org/2000/01/rdf-schema#label> 'Kế hoạch'@vi ; <{CHITHI}level> 'province' }} }}",
     None),
    # a position selector whose start is not before its end
    ("DELETE { GRAPH ?g { ?s <http://www.w3.org/ns/oa#end> ?e } } "
     "INSERT { GRAPH ?g { ?s <http://www.w3.org/ns/oa#end> 0 } } "
     "WHERE { GRAPH ?g { ?s <http://www.w3.org/ns/oa#end> ?e } }", "http://www.w3.org/ns/oa#start"),
])
def test_a_broken_graph_does_not_conform(loaded, breakage, path):
    loaded.update(breakage)
    report = validate(loaded)
    assert not report.conforms
    if path:
        assert path in {v.path for v in report.violations}
