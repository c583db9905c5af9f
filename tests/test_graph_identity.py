"""graph/identity.py: the node of a citation (design.md §3)."""
from __future__ import annotations

import pytest

from graph.identity import identify, party_term
from loaders.record import ArticleRecord, Document, Place

DOC = "https://chithi.vn/id/doc/"


def document(**fields) -> Document:
    base = dict(key="d1", type=None, type_code=None, number=None, symbol=None, issuer=None)
    return Document(**{**base, **fields})


def article(province=None, district=None, id="a1") -> ArticleRecord:
    return ArticleRecord(id=id, text="", place=Place(province=province, district=district))


CT = dict(type="Chỉ thị", type_code="CT", issuer="Ban Bí thư", issuer_level="central", system="party")


@pytest.mark.parametrize("doc, where, node", [
    (document(symbol="09-CT/TW", number="09", date="2011-12-01", **CT), article("Hà Tĩnh"),
     "vn/09-ct-tw/khoa-xi"),
    # written without the leading zero: the same document
    (document(symbol="9-CT/TW", number="9", date="2011-12-01", **CT), article(), "vn/09-ct-tw/khoa-xi"),
    # 18-NQ/TW names two resolutions: 2017 (khóa XII) and 2022 (khóa XIII)
    (document(symbol="18-NQ/TW", date="2017-10-25", **CT), article(), "vn/18-nq-tw/khoa-xii"),
    (document(symbol="18-NQ/TW", date="2022-06-16", **CT), article(), "vn/18-nq-tw/khoa-xiii"),
    # the term as the article writes it, when it gives no date
    (document(symbol="18-NQ/TW", term="XII", **CT), article(), "vn/18-nq-tw/khoa-xii"),
    # undated: the identity key alone, reconciled later
    (document(symbol="09-CT/TW", **CT), article("Quảng Bình"), "vn/09-ct-tw"),
    # "/TU" in an article about Hà Tĩnh is Tỉnh ủy Hà Tĩnh's, in the term its date falls in
    (document(symbol="448-CTr/TU", type_code="CTr", issuer="Ban Thường vụ Tỉnh ủy", date="2012-05-30",
              system="party"), article("Hà Tĩnh"), "ha-tinh/448-ctr-tu/2010-2015"),
    (document(symbol="448-CTr/TU", type_code="CTr", issuer="Tỉnh ủy Nghệ An", province="Nghệ An",
              issuer_level="province", date="2013-03-12", system="party"), article("Hà Tĩnh"),
     "nghe-an/448-ctr-tu/2010-2015"),
    (document(symbol="06-CTr/TU", type_code="CTr", date="2020-12-15", system="party"), article("Hà Nội"),
     "ha-noi/06-ctr-tu/2020-2025"),
    (document(symbol="06-CTr/TU", type_code="CTr", date="2020-09-20", system="party"), article("Hà Nội"),
     "ha-noi/06-ctr-tu/2015-2020"),
    # a province merged on 1 July 2025 numbered its Party documents from 1 again that day: its
    # 03-CTr/TU of August 2025 is not that of 2021, though both fall in the 2020–2025 term …
    (document(symbol="03-CTr/TU", type_code="CTr", date="2025-08-05", system="party"), article("Đắk Lắk"),
     "dak-lak/03-ctr-tu/2020-2025-hop-nhat"),
    (document(symbol="03-CTr/TU", type_code="CTr", date="2021-03-10", system="party"), article("Đắk Lắk"),
     "dak-lak/03-ctr-tu/2020-2025"),
    (document(symbol="03-CTr/TU", type_code="CTr", date="2025-12-02", system="party"), article("Đắk Lắk"),
     "dak-lak/03-ctr-tu/2025-2030"),
    # … while a province left as it was went on numbering
    (document(symbol="03-CTr/TU", type_code="CTr", date="2025-08-05", system="party"), article("Hà Tĩnh"),
     "ha-tinh/03-ctr-tu/2020-2025"),
    # a district committee's plan: the district comes from the article
    (document(symbol="73-KH/QU", type_code="KH", issuer_level="district", date="2012-08-13"),
     article("Hồ Chí Minh", "Quận 11"), "ho-chi-minh/quan-11/73-kh-qu/2010-2015"),
    # state documents: unique within issuer and year; a legal symbol carries its year
    (document(symbol="09/CT-BCA", type_code="CT", issuer="Bộ Công an", issuer_level="central",
              date="2014-08-19", system="state"), article("Quảng Bình"), "vn/09-ct-bca/2014"),
    (document(symbol="06/KH-UBND", type_code="KH", issuer="UBND tỉnh Quảng Bình", province="Quảng Bình",
              issuer_level="province", date="2015-01-30"), article("Quảng Bình"),
     "quang-binh/06-kh-ubnd/2015"),
    (document(symbol="100/2019/NĐ-CP", type_code="NĐ", issuer="Chính phủ", issuer_level="central"),
     article(), "vn/100-2019-ndd-cp"),
    # a number without a symbol: completed from the issuer code when the extractor found it …
    (document(number="09", date="2011-12-01", issuer_code="TW", **CT), article(), "vn/09-ct-tw/khoa-xi"),
    # … else keyed on the issuer
    (document(number="05", type="Chỉ thị", type_code="CT", issuer="Thành ủy Hà Nội", province="Hà Nội",
              issuer_level="province"), article("Hà Nội", "Gia Lâm"), "ha-noi/thanh-uy-ha-noi/ct-05"),
    # unnumbered: type + issuer + article (a real document)
    (document(type="Kế hoạch", type_code="KH", issuer="UBND xã Thạch Kim", issuer_level="commune",
              province="Hà Tĩnh", district="Thạch Hà", commune="Thạch Kim"),
     article("Hà Tĩnh", id="Bài 12"), "ha-tinh/thach-ha/thach-kim/kh/ubnd-xa-thach-kim/bai-12"),
    # a local symbol with no place anywhere is not merged with any place's document
    (document(symbol="448-CTr/TU", type_code="CTr", date="2012-05-30", system="party"), article(),
     "unknown/448-ctr-tu/2010-2015"),
])
def test_the_node_of_a_citation(doc, where, node):
    assert identify(doc, where).iri == DOC + node


@pytest.mark.parametrize("day, central, term", [
    ("2011-01-19", True, "khoa-x"),  # the last day of the XI congress still belongs to term X
    ("2011-01-20", True, "khoa-xi"),
    ("2021-02-01", True, "khoa-xii"),
    ("2021-02-02", True, "khoa-xiii"),
    ("2015-10-31", False, "2010-2015"),
    ("2015-11-01", False, "2015-2020"),
    ("2025-07-01", False, "2020-2025"),
])
def test_party_terms(day, central, term):
    assert party_term(day, central).term == term


@pytest.mark.parametrize("day, term", [
    ("2025-06-30", "2020-2025"),  # the old province's last day
    ("2025-07-01", "2020-2025-hop-nhat"),
    ("2025-10-31", "2020-2025-hop-nhat"),
    ("2025-11-01", "2025-2030"),
])
def test_party_terms_of_a_province_merged_in_2025(day, term):
    assert party_term(day, central=False, merged=True).term == term
