"""api/web.py: page paths, links and names of articles, the highlighted citations."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser

from api import queries
from api.app import create_app
from api.models import MentionOut, Source
from api.web import highlight, page_url, quotes, safe_href, source_name, vn_date
from graph.load import load_paths
from graph.store import Store, open_store
from tests.conftest import SAMPLES

BASE = "https://chithi.vn/id/"
SCRIPT = "<script>window.__pwned = 1</script>"


def can_loc_article() -> dict[str, str]:
    """A news item about a district plan under Hà Tĩnh's programme, written for these tests:
    markup in its headline and in the plan's title, a javascript: link, and a date for 09-CT/TW
    (2/12/2011) that disagrees with the samples (1/12/2011)."""
    return {
        "id": "can-loc-ke-hoach-12",
        "url": "javascript:window.__pwned = 2",
        "title": f"Can Lộc {SCRIPT} triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "published": "2013-03-04",
        "text": (f"Can Lộc {SCRIPT} triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc\n\n"
                 "(Hà Tĩnh) - Sáng 4/3, Huyện ủy Can Lộc tổ chức hội nghị quán triệt Kế hoạch số "
                 "12-KH/HU ngày 2/3/2013 của Ban Thường vụ Huyện ủy về tăng cường "
                 f"{SCRIPT} phòng, chống tội phạm trên địa bàn huyện. Kế hoạch được ban hành để "
                 "thực hiện Chương trình hành động số 448-CTr/TU của Ban Thường vụ Tỉnh ủy về "
                 "thực hiện Chỉ thị số 09-CT/TW ngày 2/12/2011 của Ban Bí thư."),
    }


def site_store(folder: Path) -> Store:
    """The five sample articles and the Can Lộc article, read, extracted and loaded by graph.load."""
    extra = folder / "can-loc.jsonl"
    extra.write_text(json.dumps(can_loc_article(), ensure_ascii=False) + "\n", encoding="utf-8")
    store = open_store("memory:")
    summary = load_paths(store, [SAMPLES, extra], progress=False)
    assert summary.ok and len(summary.loaded) == 6, str(summary)
    return store


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


def mention(exact: str, prefix: str | None = None, sentence: str | None = None,
            source: Source = SOURCE) -> MentionOut:
    return MentionOut(iri=BASE + "article/002#m1", exact=exact, prefix=prefix, sentence=sentence,
                      source=source)


@pytest.mark.parametrize("sentence, cited, pieces", [
    ("Chương trình hành động số 448-CTr/TU, ngày 30/5/2012 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 09-CT/TW",
     [("Chỉ thị số 09-CT/TW", "Tỉnh ủy về thực hiện ")],
     [("Chương trình hành động số 448-CTr/TU, ngày 30/5/2012 của Ban Thường vụ Tỉnh ủy về thực hiện ", False),
      ("Chỉ thị số 09-CT/TW", True)]),
    # the same words twice: the prefix picks the second
    ("Kế hoạch 73-KH/QU thực hiện Chỉ thị 09; sơ kết Kế hoạch 73-KH/QU năm 2013.",
     [("Kế hoạch 73-KH/QU", "Chỉ thị 09; sơ kết ")],
     [("Kế hoạch 73-KH/QU thực hiện Chỉ thị 09; sơ kết ", False), ("Kế hoạch 73-KH/QU", True),
      (" năm 2013.", False)]),
    # two mentions of the document in one sentence: both marked, the sentence shown once
    ("Ngày 1-12-2011, Ban Bí thư ban hành Chỉ thị số 09 về phong trào; nhằm thực hiện có hiệu quả chỉ thị trên, Công an tỉnh tham mưu.",
     [("Chỉ thị số 09", None), ("chỉ thị trên", "hằm thực hiện có hiệu quả ")],
     [("Ngày 1-12-2011, Ban Bí thư ban hành ", False), ("Chỉ thị số 09", True),
      (" về phong trào; nhằm thực hiện có hiệu quả ", False), ("chỉ thị trên", True),
      (", Công an tỉnh tham mưu.", False)]),
    # one mention inside another
    ("Quán triệt Chỉ thị 09-CT/TW của Ban Bí thư.", [("Chỉ thị 09-CT/TW của Ban Bí thư", None), ("Chỉ thị 09", None)],
     [("Quán triệt ", False), ("Chỉ thị 09-CT/TW của Ban Bí thư", True), (".", False)]),
    # a prefix not in the sentence (it ran past its start): the first occurrence
    ("Chỉ thị số 09 về tăng cường sự lãnh đạo", [("Chỉ thị số 09", "Ngày 1-12-2011, Ban Bí thư ban hành ")],
     [("Chỉ thị số 09", True), (" về tăng cường sự lãnh đạo", False)]),
    # the quote is not in the stored sentence: the sentence, nothing marked
    ("Tỉnh ủy ban hành chương trình hành động.", [("Chương trình 26-CTr/TU", None)],
     [("Tỉnh ủy ban hành chương trình hành động.", False)]),
])
def test_the_citations_are_marked_in_their_sentence(sentence, cited, pieces):
    assert highlight(sentence, [mention(exact, prefix) for exact, prefix in cited]) == pieces


def test_each_sentence_is_quoted_once_per_article():
    other = Source(article=BASE + "article/003")
    said = "Huyện Hương Sơn quán triệt Chỉ thị số 09-CT/TW ngày 2/12/2011 của Ban Bí thư."
    quoted = quotes([mention("Chỉ thị số 09-CT/TW", sentence=said),
                     mention("Chỉ thị số 09-CT/TW", sentence=said, source=other),
                     mention("Chỉ thị số 09-CT/TW ngày 2/12/2011", sentence=said)])
    assert [(source.article, len(sentences)) for source, sentences in quoted] == [
        (BASE + "article/002", 1), (BASE + "article/003", 1)]


@pytest.mark.parametrize("source, name", [
    (Source(article=BASE + "article/002", title="Nâng cao hiệu quả phong trào toàn dân bảo vệ ANTQ",
            url="https://baohatinh.vn/a.htm"), "Nâng cao hiệu quả phong trào toàn dân bảo vệ ANTQ"),
    (Source(article=BASE + "article/002", url="https://baohatinh.vn/a.htm"), "https://baohatinh.vn/a.htm"),
    (Source(article=BASE + "article/000", url="file:///work/main/data/samples/000_5e3936229a79ecd7.txt"),
     "000_5e3936229a79ecd7.txt"),
    (Source(article=BASE + "article/000", url="data/samples/b%C3%A1o%20ha%20tinh.txt"), "báo ha tinh.txt"),
    (Source(article=BASE + "article/000"), "000"),
])
def test_an_article_is_named_by_its_title_else_its_address_else_its_file(source, name):
    assert source_name(source) == name


# -- the pages over HTTP -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    store = site_store(tmp_path_factory.mktemp("articles"))
    with TestClient(create_app(store=store)) as client:
        yield client, store


def doc_path(store: Store, symbol: str) -> str:
    return page_url(queries.resolve_document(store, symbol))


def pages(store: Store) -> list[str]:
    directive = doc_path(store, "09-CT/TW")
    return ["/", "/?q=Ch%E1%BB%89+th%E1%BB%8B+09", directive, f"{directive}?as_of=2025-07-01",
            "/graph" + directive, "/graph" + doc_path(store, "12-KH/HU") + "?hops=1&layout=force",
            doc_path(store, "12-KH/HU"), "/unit/legacy/province/42", "/gaps?as_of=2013-01-01"]


def test_every_page_loads_its_assets_from_the_app_itself(site):
    client, store = site
    for path in pages(store):
        response = client.get(path)
        assert response.status_code == 200, path
        tree = LexborHTMLParser(response.text)
        assets = ([n.attributes.get("href") for n in tree.css("link")] +
                  [n.attributes.get("src") for n in tree.css("script[src], img[src], iframe[src]")])
        assert assets and all(a and a.startswith("/") and not a.startswith("//") for a in assets), (path, assets)
        assert not tree.css("style") or "url(" not in "".join(n.text() for n in tree.css("style")), path


@pytest.mark.parametrize("asset, kind", [
    ("/vendor/vis-network/vis-network.min.js", "javascript"),
    ("/vendor/vis-network/vis-network.css", "text/css"),
    ("/static/graph.js", "javascript"),
    ("/static/chithi.css", "text/css"),
    ("/static/favicon.svg", "image/svg+xml"),
])
def test_assets_are_served(site, asset, kind):
    response = site[0].get(asset)
    assert response.status_code == 200 and kind in response.headers["content-type"]
    if kind == "text/css":  # images inside stylesheets are data: URIs, never fetched from elsewhere
        assert all(ref.startswith('"data:') or ref.startswith("data:")
                   for ref in response.text.split("url(")[1:]), asset


def test_markup_from_an_article_is_escaped_in_pages(site):
    client, store = site
    plan = client.get(doc_path(store, "12-KH/HU")).text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in plan
    assert SCRIPT not in plan and "javascript:" not in plan
    graph = client.get("/graph" + doc_path(store, "12-KH/HU")).text
    assert "\\u003cscript\\u003ewindow.__pwned" in graph and SCRIPT not in graph


@pytest.mark.parametrize("path, status", [
    ("/doc/khong-co-van-ban-nay", 404),
    ("/graph/doc/khong-co-van-ban-nay", 404),
    ("/org/khong-co-co-quan-nay", 404),
    ("/?q=ch%E1%BB%89+th%E1%BB%8B&page=18446744073709551616", 422),
    ("/graph/doc/x?hops=3", 422),
])
def test_bad_addresses_are_refused_as_a_user_error(site, path, status):
    assert site[0].get(path).status_code == status


def test_the_ego_network_of_an_unknown_document_is_a_json_404(site):
    response = site[0].get("/ego/doc/khong-co-van-ban-nay?hops=1")
    assert response.status_code == 404 and "khong-co-van-ban-nay" in response.json()["detail"]
