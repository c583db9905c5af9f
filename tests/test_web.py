"""api/web.py: page paths, links taken from articles, the highlighted citation."""
from __future__ import annotations

from datetime import date

import pytest

from api.models import MentionOut, Source
from api.web import highlight, page_url, safe_href, vn_date

BASE = "https://chithi.vn/id/"


@pytest.mark.parametrize("iri, path", [
    (BASE + "doc/09-ct-tw-2011", "/doc/09-ct-tw-2011"),
    (BASE + "org/ban-thuong-vu-tinh-uy-ha-tinh", "/org/ban-thuong-vu-tinh-uy-ha-tinh"),
    (BASE + "unit/legacy/district/772", "/unit/legacy/district/772"),
    (BASE + "doc/kh của xã", "/doc/kh%20c%E1%BB%A7a%20x%C3%A3"),
    ("http://example.org/other", "/?q=http%3A%2F%2Fexample.org%2Fother"),
])
def test_a_page_path_mirrors_the_iri(iri, path):
    assert page_url(iri) == path


@pytest.mark.parametrize("url, kept", [
    ("https://baohatinh.vn/nang-cao-hieu-qua-phong-trao/185000.htm", True),
    ("http://www.qbdt.vn/an-ninh/2015/02/11", True),
    ("javascript:alert(document.cookie)", False),
    ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("file:///work/main/data/samples/000_5e3936229a79ecd7.txt", False),
    ("data/samples/002_6286e42729e145c2.txt", False),
    (None, False),
])
def test_only_web_links_from_articles_become_links(url, kept):
    assert safe_href(url) == (url if kept else None)


@pytest.mark.parametrize("value, shown", [
    (date(2011, 12, 1), "01/12/2011"),
    ("2012-05-30", "30/05/2012"),
    (None, ""),
])
def test_dates_are_written_the_vietnamese_way(value, shown):
    assert vn_date(value) == shown


SOURCE = Source(article=BASE + "article/002")


@pytest.mark.parametrize("sentence, exact, prefix, parts", [
    ("Chương trình hành động số 448-CTr/TU, ngày 30/5/2012 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 09-CT/TW",
     "Chỉ thị số 09-CT/TW", "Tỉnh ủy về thực hiện ",
     ("Chương trình hành động số 448-CTr/TU, ngày 30/5/2012 của Ban Thường vụ Tỉnh ủy về thực hiện ",
      "Chỉ thị số 09-CT/TW", "")),
    # the same words twice: the prefix picks the second
    ("Kế hoạch 73-KH/QU thực hiện Chỉ thị 09; sơ kết Kế hoạch 73-KH/QU năm 2013.",
     "Kế hoạch 73-KH/QU", "Chỉ thị 09; sơ kết ",
     ("Kế hoạch 73-KH/QU thực hiện Chỉ thị 09; sơ kết ", "Kế hoạch 73-KH/QU", " năm 2013.")),
    # a prefix that is not in the sentence (it ran past its start): the first occurrence
    ("Chỉ thị số 09 về tăng cường sự lãnh đạo", "Chỉ thị số 09", "Ngày 1-12-2011, Ban Bí thư ban hành ",
     ("", "Chỉ thị số 09", " về tăng cường sự lãnh đạo")),
    # the quote is not in the stored sentence: the sentence, nothing marked
    ("Tỉnh ủy ban hành chương trình hành động.", "Chương trình 26-CTr/TU", None,
     ("Tỉnh ủy ban hành chương trình hành động.", "", "")),
])
def test_the_citation_is_marked_in_its_sentence(sentence, exact, prefix, parts):
    mention = MentionOut(iri=BASE + "article/002#m1", exact=exact, prefix=prefix, sentence=sentence,
                         source=SOURCE)
    assert highlight(mention) == parts
