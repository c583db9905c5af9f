"""api/web.py: page paths, links and names of articles, the highlighted citations, dates as the
pages write them, and what the pages show over HTTP."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser

from api import queries
from api.app import create_app
from api.errors import BadParameter
from api.models import (DocumentSummary, GapReport, GapUnit, LagItem, LagReport, LagStats, Matrix,
                        MatrixRow, MentionOut, Ref, Source)
from api.web import (ENGLISH, ENGLISH_ONE, HERE, UNITS_OFFERED, delay, highlight, in_lang, most_implemented, number, page_url,
                     parse_day, per_level, period_beside_dates, quotes, read_english, safe_href, source_name,
                     templates, timeline_years, vn_date)
from graph.load import load_paths
from graph.store import Store, open_store
from graph.vocab import SPARQL_PREFIXES
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


@pytest.mark.parametrize("typed, day", [
    ("31/12/2012", date(2012, 12, 31)),     # as the pages write it
    ("1/7/2025", date(2025, 7, 1)),
    (" 30-06-2013 ", date(2013, 6, 30)),
    ("30.06.2013", date(2013, 6, 30)),
    ("2013-06-30", date(2013, 6, 30)),      # ISO: links and older bookmarks
    ("", None),
    (None, None),
])
def test_a_day_is_read_as_the_pages_write_it(typed, day):
    assert parse_day(typed) == day


@pytest.mark.parametrize("typed", ["31/13/2012", "30/02/2013", "06/30/2013", "hôm qua", "2013"])
def test_a_day_that_is_no_day_is_refused_naming_the_field(typed):
    with pytest.raises(BadParameter, match="as_of.*dd/mm/yyyy"):
        parse_day(typed)


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


@pytest.mark.parametrize("days, said", [
    (24, "24 ngày"),
    (59, "59 ngày"),
    (150, "5 tháng"),
    (365, "1 năm"),
    (1415, "3 năm 10 tháng"),
    (2675.5, "7 năm 4 tháng"),     # a median
    (-30, "−30 ngày"),            # issued before what it implements
    (None, "—"),
])
def test_a_delay_is_said_in_days_months_and_years(days, said):
    assert delay(days) == said


@pytest.mark.parametrize("days, said", [
    (1, "1 day"), (45, "45 days"), (400, "1 year 1 month"), (1415, "3 years 10 months"), (-30, "−30 days"),
])
def test_a_delay_on_an_english_page(days, said):
    assert delay(days, "en") == said


@pytest.mark.parametrize("n, lang, shown", [(2718, "vi", "2.718"), (2718, "en", "2,718"), (30, "vi", "30"),
                                             (1234567, "vi", "1.234.567"),
                                             # the median of two delays, the mean of several (chithi lag)
                                             (79.5, "vi", "79,5"), (79.5, "en", "79.5"), (155.0, "vi", "155"),
                                             (1234.5, "vi", "1.234,5"), (1234.5, "en", "1,234.5")])
def test_counts_group_thousands_as_the_language_does(n, lang, shown):
    assert number(n, lang) == shown


@pytest.mark.parametrize("path, lang, other", [
    ("/doc/vn/09-ct-tw/khoa-xi", "en", "/en/doc/vn/09-ct-tw/khoa-xi"),
    ("/en/doc/vn/09-ct-tw/khoa-xi", "vi", "/doc/vn/09-ct-tw/khoa-xi"),
    ("/graph/doc/x", "en", "/en/graph/doc/x"),
    ("/", "en", "/en/"),
    ("/en/", "vi", "/"),
    ("/en", "vi", "/"),
    ("/en/gaps", "en", "/en/gaps"),
    ("/entry", "en", "/en/entry"),   # a path that merely starts with "en"
])
def test_a_page_in_the_other_language_is_the_same_path_with_or_without_en(path, lang, other):
    assert in_lang(path, lang) == other


def template_words() -> set[str]:
    """Every word the templates say through t: the literals, and the tables of names they pass to it."""
    said = set()
    for template in (HERE / "templates").glob("*.html"):
        said |= set(re.findall(r"\bt\(\s*'([^']*)'", template.read_text(encoding="utf-8")))
    macros = templates.get_template("_macros.html").make_module({"lang": "vi"})
    said |= set(macros.level_names.values()) | set(macros.status_names.values())
    error = (HERE / "templates" / "error.html").read_text(encoding="utf-8")
    said |= set(re.findall(r"'[^']+': '([^']+)'", error))
    return said


def test_every_word_of_the_pages_has_its_english():
    words = template_words()
    assert len(words) > 150
    assert sorted(w for w in words if w not in ENGLISH) == []
    assert all(ENGLISH[w].count("{") == w.count("{") for w in words), "a {name} lost in translation"
    assert ENGLISH_ONE and all(w in words and "{n}" in w and ENGLISH_ONE[w].count("{") == w.count("{")
                               for w in ENGLISH_ONE), "a singular for no count {n}"


def lag_item(iri: str, level: str, *days: date) -> LagItem:
    return LagItem(document=DocumentSummary(iri=BASE + f"doc/{iri}", level=level, dates=list(days)))


def test_a_timeline_counts_documents_per_year_and_level_and_keeps_the_empty_years():
    report = LagReport(directive=directive("09-CT/TW"), overall=LagStats(group="all", count=4),
                       by_level=[], by_province=[], items=[
                           lag_item("281", "province", date(2011, 12, 25)),
                           lag_item("448", "province", date(2012, 5, 30)),
                           lag_item("73", "district", date(2012, 8, 13)),
                           lag_item("5", "district", date(2015, 2, 1), date(2014, 12, 30)),  # the earliest counts
                           lag_item("x", "commune")])                                         # undated: not in a year
    assert timeline_years(report) == [(2011, {"province": 1}), (2012, {"province": 1, "district": 1}),
                                      (2013, {}), (2014, {"district": 1})]


def test_articles_are_quoted_oldest_first_and_undated_last():
    said = "Huyện ủy Can Lộc ban hành Kế hoạch số 12-KH/HU thực hiện Chỉ thị số 09-CT/TW."
    published = {"006": date(2015, 2, 11), "003": None, "001": date(2012, 5, 30), "002": date(2013, 3, 4)}
    quoted = quotes([mention("Chỉ thị số 09-CT/TW", sentence=said,
                             source=Source(article=BASE + f"article/{a}", published=day))
                     for a, day in published.items()])
    assert [source.article.rsplit("/", 1)[1] for source, _ in quoted] == ["001", "002", "006", "003"]


def directive(symbol: str) -> DocumentSummary:
    return DocumentSummary(iri=BASE + f"doc/{symbol}", label=f"Chỉ thị {symbol}", symbol=symbol, level="central")


def test_the_most_implemented_come_first_by_the_number_shown():
    """The matrix ranks its columns by direct implementers; the home page shows (and so ranks
    by) the implementing documents issued in the provinces, the ones not implemented dropped."""
    table = Matrix(as_of=date(2025, 6, 30), directives=[directive("05-CT/TW"), directive("09-CT/TW"), directive("20-CT/TW")],
                   rows=[MatrixRow(province=Ref(iri=BASE + "unit/42", label="Hà Tĩnh"), counts=[3, 5, 0]),
                         MatrixRow(province=Ref(iri=BASE + "unit/44", label="Quảng Bình"), counts=[1, 4, 0])])
    assert [(d.symbol, n) for d, n in most_implemented(table)] == [("09-CT/TW", 9), ("05-CT/TW", 4)]


def gap_html(units: list[GapUnit]) -> LexborHTMLParser:
    report = GapReport(directive=directive("09-CT/TW"), level="province", as_of=date(2011, 12, 1), era="legacy",
                       units=units, implemented=sum(u.status == "implemented" for u in units),
                       no_plan_found=sum(u.status == "no_plan_found" for u in units))
    macros = templates.get_template("_macros.html").make_module({"lang": "vi"})
    return LexborHTMLParser(str(macros.gap_table(report, "Tỉnh, thành phố", "gaps-province")))


HA_TINH = GapUnit(unit=Ref(iri=BASE + "unit/42", label="Hà Tĩnh"), status="implemented", articles=3,
                  documents=[DocumentSummary(iri=BASE + "doc/448", label="Chương trình hành động 448-CTr/TU",
                                             symbol="448-CTr/TU", level="province")])
AN_GIANG = GapUnit(unit=Ref(iri=BASE + "unit/89", label="An Giang"), status="no_plan_found",
                   articles=20, articles_more=True)


def test_a_gap_table_says_when_more_articles_were_loaded_than_counted():
    cells = {row.css_first("td a").text(): row.css_first("td.num").text()
             for row in gap_html([HA_TINH, AN_GIANG]).css("tbody tr")}
    assert cells == {"Hà Tĩnh": "3", "An Giang": "20+"}


@pytest.mark.parametrize("units, offered", [
    ([HA_TINH, AN_GIANG], True),
    ([AN_GIANG], False),   # nothing to hide
    ([HA_TINH], False),    # no gap to show alone
])
def test_a_gap_table_offers_its_gaps_alone_when_it_has_both(units, offered):
    toggle = gap_html(units).css(".only-gaps input[type=checkbox]")
    assert bool(toggle) == offered


def test_a_symbol_is_kept_on_one_line_in_a_name():
    macros = templates.get_template("_macros.html").make_module({"lang": "vi"})
    plan = DocumentSummary(iri=BASE + "doc/71", label="Kế hoạch 71/KH-UBND", symbol="71/KH-UBND")
    unnumbered = DocumentSummary(iri=BASE + "doc/x", label="Kế hoạch của UBND xã Cù Vân")
    assert str(macros.doc_name(plan)) == 'Kế hoạch <span class="sym">71/KH-UBND</span>'
    assert str(macros.doc_name(unnumbered)) == "Kế hoạch của UBND xã Cù Vân"


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


@pytest.mark.parametrize("line", ["Trang sau →", "Trang sau →\t", "Trang sau →\t  "])
def test_a_word_without_its_english_is_an_error_naming_the_file_and_line(tmp_path, line):
    words = tmp_path / "en.tsv"
    words.write_text("# the pages' words\nXem\tShow\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"en\.tsv:3: no English"):
        read_english(words)


def test_an_english_line_may_say_a_count_of_one_in_a_third_column(tmp_path):
    words = tmp_path / "en.tsv"
    words.write_text("{n} kết quả cho “{q}”\t{n} results for “{q}”\t{n} result for “{q}”\nXem\tShow\n", encoding="utf-8")
    assert read_english(words) == {"{n} kết quả cho “{q}”": "{n} results for “{q}”", "Xem": "Show"}
    assert read_english(words, one=True) == {"{n} kết quả cho “{q}”": "{n} result for “{q}”"}


def test_the_english_words_are_read_past_comments_and_blank_lines(tmp_path):
    words = tmp_path / "en.tsv"
    words.write_text("# comment\n\n{n} kết quả cho “{q}”\t{n} results for “{q}”\n", encoding="utf-8")
    assert read_english(words) == {"{n} kết quả cho “{q}”": "{n} results for “{q}”"}


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


BROWSER_ACCEPT = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


# regression: a page asked with page=0 or hops=3, or at no page's address, answered problem JSON
@pytest.mark.parametrize("path, status, heading, said", [
    ("/?q=ch%E1%BB%89+th%E1%BB%8B&page=0", 422, "Yêu cầu chưa hợp lệ", "page: Input should be greater than or equal to 1"),
    ("/graph/doc/x?hops=3", 422, "Yêu cầu chưa hợp lệ", "hops: Input should be less than or equal to 2"),
    ("/khong-co-trang-nay", 404, "Không tìm thấy", "Không có trang nào ở địa chỉ này."),
    ("/en/khong-co-trang-nay", 404, "Not found", "There is no page at this address."),
])
def test_a_browser_gets_the_error_page_for_a_bad_parameter_or_address(site, path, status, heading, said):
    response = site[0].get(path, headers=BROWSER_ACCEPT)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    error = html(response).css_first("#error")
    assert error.css_first("h1").text().startswith(heading) and said in error.text()


@pytest.mark.parametrize("path, headers", [
    ("/api/search?q=x&limit=0", BROWSER_ACCEPT),  # the API answers problems to browsers too
    ("/api/khong-co", BROWSER_ACCEPT),
    ("/?page=0", {"accept": "application/json"}),
    ("/khong-co-trang-nay", {}),
])
def test_other_clients_get_problem_json_as_before(site, path, headers):
    response = site[0].get(path, headers=headers)
    assert response.headers["content-type"] == "application/problem+json" and response.json()["detail"]


def test_the_ego_network_of_an_unknown_document_is_a_json_404(site):
    response = site[0].get("/ego/doc/khong-co-van-ban-nay?hops=1")
    assert response.status_code == 404 and "khong-co-van-ban-nay" in response.json()["detail"]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


STYLESHEET = (Path(__file__).parents[1] / "api" / "static" / "chithi.css").read_text(encoding="utf-8")


def css_colour(pattern: str) -> str:
    found = re.search(pattern + r"\s*:?\s*\{?\s*(?:color|background)?:?\s*(#[0-9a-fA-F]{6})", STYLESHEET)
    assert found, pattern
    return found.group(1)


@pytest.mark.parametrize("text, on", [
    (r"--faint", "#ffffff"),                 # meta lines, English glosses, the footer
    (r"--faint", r"--wash"),
    (r"--muted", r"--wash"),
    (r"\.lvl-central", "#ffffff"),           # level badges
    (r"\.lvl-province", "#ffffff"),
    (r"\.lvl-district", "#ffffff"),
    (r"\.lvl-commune", "#ffffff"),
    (r"\.lvl-unknown", "#ffffff"),
])
def test_small_text_is_readable_against_its_background(text, on):
    foreground = css_colour(text)
    background = on if on.startswith("#") else css_colour(on)
    assert contrast(foreground, background) >= 4.5, (text, foreground, on)


def test_the_darkest_matrix_cell_keeps_its_number_readable():
    rule = re.search(r"\.matrix td\.cell\.done\.many \{ background: (#\w{6}); color: (#\w{6}); \}", STYLESHEET)
    assert rule and contrast(rule.group(2), rule.group(1)) >= 4.5


def html(response) -> LexborHTMLParser:
    assert response.headers["content-type"].startswith("text/html"), response.text[:200]
    return LexborHTMLParser(response.text)


@pytest.mark.parametrize("typed, suggested", [
    ("09-CT/TWW", "09-CT/TW"),         # a slip of the key
    ("chi thj 09", "09-CT/TW"),        # a typo in the words: the number still says which
    ("448-CTr/TUU", "448-CTr/TU"),
])
def test_a_search_that_finds_nothing_offers_the_symbols_with_its_number(site, typed, suggested):
    page = html(site[0].get("/", params={"q": typed}))
    assert page.css_first("#results h2").text().startswith("0 kết quả")
    links = {a.text(): a.attributes["href"] for a in page.css("#suggestions a")}
    assert suggested in links and parse_qs(urlsplit(links[suggested]).query) == {"q": [suggested]}


def test_a_search_without_a_number_that_finds_nothing_offers_nothing(site):
    page = html(site[0].get("/", params={"q": "khong co van ban nao nhu the"}))
    assert page.css_first("#results h2").text().startswith("0 kết quả") and not page.css("#suggestions")


@pytest.mark.parametrize("path", ["/gaps?as_of=31/13/2012", "/doc/09-ct-tw-2011?as_of=h%C3%B4m+qua"])
def test_a_day_that_is_no_day_is_a_page_saying_how_to_write_one(site, path):
    response = site[0].get(path)
    assert response.status_code == 422
    assert "Ngày chưa đúng: hãy viết ngày/tháng/năm" in html(response).css_first("#error").text()


def test_the_date_fields_show_and_take_days_as_dd_mm_yyyy(site):
    client, store = site
    directive_page = html(client.get(doc_path(store, "09-CT/TW"), params={"as_of": "30/06/2013"}))
    assert directive_page.css_first("#as_of").attributes["value"] == "30/06/2013"
    assert "30/06/2013" in directive_page.css_first("#gaps ~ p.muted").text()
    matrix = html(client.get("/gaps", params={"as_of": "01/01/2013"}))
    assert matrix.css_first("#as_of").attributes["value"] == "01/01/2013"
    assert "01/01/2013" in matrix.css_first("#matrix th").text()


def test_a_page_for_nothing_says_so_in_vietnamese(site):
    page = html(site[0].get("/doc/khong-co-van-ban-nay"))
    assert "Không có văn bản nào ở địa chỉ này" in page.css_first("#error").text()


def test_a_matrix_cell_opens_the_directive_with_that_provinces_districts(site):
    client, store = site
    matrix = html(client.get("/gaps", params={"as_of": "01/01/2013"}))
    column = [th.text().strip() for th in matrix.css("#matrix thead th")].index("09-CT/TW")
    ha_tinh = next(tr for tr in matrix.css("#matrix tbody tr") if tr.css_first("th").text().strip() == "Hà Tĩnh")
    link = ha_tinh.css("th, td")[column].css_first("a")
    assert link is not None and link.text() == ha_tinh.css("th, td")[column].text().strip()
    page = html(client.get(link.attributes["href"].split("#")[0]))
    heading = [h.text() for h in page.css("h3") if "Theo quận, huyện" in h.text()]
    assert heading and "Hà Tĩnh" in heading[0]
    key = {li.css_first(".symbol").text(): li.text() for li in matrix.css("#matrix-key li")}
    assert "phong trào toàn dân bảo vệ an ninh Tổ quốc" in key["09-CT/TW"]


def test_the_timeline_of_a_directive_lists_its_documents_in_the_order_they_came(site):
    client, store = site
    directive_page = html(client.get(doc_path(store, "09-CT/TW")))
    timeline = html(client.get(directive_page.css_first("#timeline-link").attributes["href"]))
    came = [li.css_first("a").text() for li in timeline.css("#timeline li")]
    assert came.index("Chương trình hành động 448-CTr/TU") < came.index("Kế hoạch 12-KH/HU")  # 30/05/2012, 02/03/2013
    programme = next(li.text() for li in timeline.css("#timeline li") if "448-CTr/TU" in li.text())
    assert "30/05/2012" in programme and "sau 6 tháng" in programme
    years = [int(tr.css_first("td").text()) for tr in timeline.css("#years tbody tr")]
    assert years[0] == 2012 and years == list(range(years[0], years[-1] + 1))  # every year, none skipped


def test_a_document_nothing_implements_has_no_timeline_link_and_an_empty_timeline(site):
    client, store = site
    plan = doc_path(store, "12-KH/HU")
    assert not html(client.get(plan)).css("#timeline-link")
    empty = html(client.get("/timeline" + plan))
    assert "Chưa thấy văn bản nào thực hiện" in empty.css_first(".empty-note").text()


def test_a_page_in_english_links_to_english_pages_and_back_to_the_vietnamese(site):
    client, store = site
    directive = doc_path(store, "09-CT/TW")
    english = html(client.get("/en" + directive, params={"as_of": "30/06/2013"}))
    assert english.css_first("html").attributes["lang"] == "en"
    assert english.css_first("#tree").text().startswith("Implementation tree")
    assert english.css_first("#graph-link").attributes["href"] == "/en/graph" + directive
    documents = [a.attributes["href"] for a in english.css("#tree + .card a")]
    assert documents and all(href.startswith("/en/doc/") for href in documents)
    assert english.css_first("#lang-switch").attributes["href"] == directive + "?as_of=30%2F06%2F2013"
    vietnamese = html(client.get(directive))
    assert vietnamese.css_first("#lang-switch").attributes["href"] == "/en" + directive
    assert vietnamese.css_first("#tree").text().startswith("Cây thực hiện")


@pytest.mark.parametrize("path", ["/en/", "/en", "/en/?q=chi+thj+09", "/en/gaps?as_of=01/01/2013",
                                  "/en/unit/legacy/province/42", "/en/doc/khong-co-van-ban-nay"])
def test_every_kind_of_page_is_there_in_english(site, path):
    response = site[0].get(path)
    assert response.status_code in (200, 404)
    assert html(response).css_first("html").attributes["lang"] == "en"


def test_the_english_graph_names_relations_in_english_and_expands_from_english_pages(site):
    client, store = site
    directive = doc_path(store, "09-CT/TW")
    page = html(client.get("/en/graph" + directive))
    payload = json.loads(page.css_first("#graph-data").text())
    assert all(node["url"].startswith("/en/doc/") for node in payload["nodes"])
    assert page.css_first("#graph-app").attributes["data-prefix"] == "/en"
    expanded = client.get("/en/ego" + directive, params={"hops": 1}).json()
    assert {e["label"] for e in expanded["edges"]} >= {"implements", "continues"}
    assert all(node["url"].startswith("/en/doc/") for node in expanded["nodes"])


def test_after_the_2025_reform_the_gaps_say_there_are_no_districts_and_offer_none(site):
    client, store = site
    after = html(client.get(doc_path(store, "09-CT/TW"), params={"as_of": "01/08/2025"}))
    assert after.css_first("#gaps-province") and not after.css("#gaps-district")
    assert not after.css("select#province")  # a choice of districts that no longer exist
    assert "không còn cấp huyện" in after.css_first("#no-districts").text()
    before = html(client.get(doc_path(store, "09-CT/TW"), params={"as_of": "30/06/2013"}))
    assert before.css("select#province") and not before.css("#no-districts")


def test_a_provincial_document_after_the_2025_reform_has_its_gaps_by_commune(site):
    # regression: a provincial document's gap table asked for districts whatever the day, so its page on a day after
    # 2025-07-01 (any provincial document issued since) was a 422 "no district existed on …"
    client, store = site
    programme = doc_path(store, "448-CTr/TU")
    response = client.get(programme, params={"as_of": "01/08/2025"})
    assert response.status_code == 200
    after = html(response)
    assert after.css_first("#gaps-commune") and not after.css("#gaps-district")
    assert "Theo xã, phường" in after.css_first("#gaps ~ h3").text()
    before = html(client.get(programme))
    assert before.css_first("#gaps-district") and not before.css("#gaps-commune")


def test_a_document_of_a_former_unit_is_marked_apart_from_its_dates(site):
    client, store = site
    after = html(client.get(doc_path(store, "09-CT/TW"), params={"as_of": "01/08/2025"}))
    marked = [td.text() for td in after.css("#gaps-province td") if "(qua đơn vị cũ)" in td.text()]
    assert marked and all(re.search(r"\s\(qua đơn vị cũ\)", text) for text in marked)


def test_headings_go_down_one_level_at_a_time_on_every_page(site):
    """A screen reader lists a page by its headings: one h1, and no h3 without an h2 above it."""
    client, store = site
    for path in [*pages(store), "/timeline" + doc_path(store, "09-CT/TW"), "/org/ban-bi-thu"]:
        levels = [int(h.tag[1]) for h in html(client.get(path)).css("h1, h2, h3, h4")]
        assert levels[0] == 1 and levels.count(1) == 1, (path, levels)
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), (path, levels)


def test_the_implementation_tree_is_summed_up_by_level_from_the_centre_down():
    documents = [DocumentSummary(iri=BASE + f"doc/{i}", level=level) for i, level in enumerate(
        ["central", "district", "province", "commune", "district", "province", "province"])]
    assert per_level(documents, leaving_out=BASE + "doc/0") == [("province", 3), ("district", 2), ("commune", 1)]


def test_the_tree_summary_on_the_page(site):
    client, store = site
    summary = html(client.get(doc_path(store, "09-CT/TW"))).css_first("#tree-summary")
    counts = {c.css_first(".badge").text(): int(c.text().split()[-1]) for c in summary.css(".level-count")}
    assert counts["Cấp tỉnh"] >= 3 and counts["Cấp huyện"] >= 2  # 448-CTr/TU, 26-CTr/TU …; 73-KH/QU, 12-KH/HU


def test_past_the_first_articles_the_quotes_are_one_click_away(site, monkeypatch):
    client, store = site
    monkeypatch.setitem(templates.globals, "FOLD_SOURCES_AFTER", 2)
    page = html(client.get(doc_path(store, "09-CT/TW")))
    shown = page.css("#sources ~ section.card")
    folded = page.css("#more-sources > section.card")
    assert len(shown) == 2 and len(folded) >= 2
    assert page.css_first("#more-sources > summary").text() == f"Xem thêm {len(folded)} bài báo"


# -- same-symbol documents of different terms ----------------------------------------------------

def quy_dinh_103_articles() -> list[dict[str, str]]:
    """Three articles written for these tests citing 103-QĐ/TW: the Secretariat's rule of khóa X
    (2007), its rule of khóa XII (2017), and a citation with no date, which may be either."""
    def article(slug: str, published: str, sentence: str) -> dict[str, str]:
        return {"id": slug, "url": f"https://baomoi.example.vn/{slug}.htm", "title": sentence[:40],
                "published": published, "text": f"Quy định 103\n\n{sentence}"}
    return [
        article("qd-103-khoa-x", "2012-05-10", "Ngày 9/5, Ban Tuyên giáo Trung ương tổ chức hội nghị tổng kết "
                "thực hiện Quy định số 103-QĐ/TW ngày 12/7/2007 của Ban Bí thư khóa X về công tác văn thư của Đảng."),
        article("qd-103-khoa-xii", "2018-03-02", "Sáng 1/3, Đảng ủy Khối các cơ quan Trung ương quán triệt Quy "
                "định số 103-QĐ/TW ngày 20/9/2017 của Ban Bí thư khóa XII về công tác kiểm tra, giám sát."),
        article("qd-103-khong-ngay", "2019-01-15", "Hội nghị nhắc lại yêu cầu của Quy định số 103-QĐ/TW của "
                "Ban Bí thư về công tác kiểm tra."),
    ]


@pytest.fixture(scope="module")
def same_symbol_site(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("same-symbol")
    (folder / "qd-103.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in quy_dinh_103_articles()), encoding="utf-8")
    store = open_store("memory:")
    assert load_paths(store, [folder], progress=False).ok
    with TestClient(create_app(store=store)) as client:
        yield client


@pytest.mark.parametrize("period, dates, lang, shown", [
    ("khóa XII", [], "vi", "khóa XII"),                    # undated: the term tells it apart
    ("khóa XII", [], "en", "term XII"),
    ("2010–2015", [], "vi", "2010–2015"),                  # a provincial term in years
    ("2014", [], "en", "2014"),                            # a state document's year
    ("2020–2025, sau hợp nhất", [], "vi", "2020–2025, sau hợp nhất"),  # a merged province's, from 1/7/2025
    ("2020–2025, sau hợp nhất", [], "en", "2020–2025, after the 2025 merger"),
    ("khóa X", [date(2007, 7, 12)], "vi", ""),             # the date says the term
    ("2020–2025", [date(2023, 6, 6)], "vi", ""),
    (None, [], "vi", ""),
])
def test_a_list_says_the_period_of_a_document_its_dates_do_not_place(period, dates, lang, shown):
    doc = DocumentSummary(iri=BASE + "doc/vn/103-qdd-tw", period=period, dates=dates)
    assert period_beside_dates(doc, lang) == shown


@pytest.mark.parametrize("path, said", [
    ("/org/ban-bi-thu", ["12/07/2007", "20/09/2017", "chưa rõ khóa, năm"]),
    ("/?q=103-QĐ/TW", ["12/07/2007", "20/09/2017", "chưa rõ khóa, năm"]),
    ("/unit/vn", ["12/07/2007", "20/09/2017", "chưa rõ khóa, năm"]),
    ("/en/org/ban-bi-thu", ["12/07/2007", "20/09/2017", "term or year not known"]),
])
def test_same_symbol_documents_side_by_side_are_told_apart(same_symbol_site, path, said):
    page = html(same_symbol_site.get(path))
    items = [li for li in page.css("li") if li.css_first(".sym") and li.css_first(".sym").text() == "103-QĐ/TW"]
    assert sorted(li.css_first(".meta").text().split(" · ")[-1] for li in items) == sorted(said)


def test_an_undated_document_of_a_known_term_is_listed_with_its_term():
    doc = DocumentSummary(iri=BASE + "doc/vn/103-qdd-tw/khoa-xii", label="Quy định 103-QĐ/TW", symbol="103-QĐ/TW",
                          period="khóa XII", level="central")
    item = LexborHTMLParser(templates.from_string(
        '{% from "_macros.html" import doc_item with context %}{{ doc_item(doc) }}').render(
        doc=doc, lang="en", page_url=page_url))
    assert item.css_first(".period").text() == "term XII"


def test_a_documents_page_says_its_term(same_symbol_site):
    page = html(same_symbol_site.get("/doc/vn/103-qdd-tw/khoa-xii"))
    assert page.css_first("#doc-period").text() == "khóa XII"
    undated = html(same_symbol_site.get("/en/doc/vn/103-qdd-tw"))
    assert undated.css_first("#doc-period").text() == "not known: the articles give no date"


def test_the_country_lists_every_document_and_article_of_the_units_below_it(site):
    """The country's page reads all documents and articles at once, not through its 14,178 units:
    it must count what the walk down its units finds."""
    client, store = site
    below = "?place skos:broader* <https://chithi.vn/id/unit/vn> ."
    walked = store.select(SPARQL_PREFIXES + f"""SELECT (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?article) AS ?articles)
        WHERE {{ {{ {below} ?doc eli:jurisdiction ?place }} UNION {{ {below} ?article chithi:about ?place }} }}""")[0]
    page = html(client.get("/unit/vn"))
    assert page.css_first("h2").text().endswith(f"({walked['docs']})") and walked["docs"] > 10
    assert page.css_first(".facts dd:last-child").text() == str(walked["articles"])
    assert len(page.css(".doc-list > li")) == min(walked["docs"], 50)


def test_a_new_commune_without_documents_points_to_the_former_units(site):
    """Xã Lộc Hà (2025) merges Thạch Kim and four others: its documents of before are theirs."""
    page = html(site[0].get("/unit/2025/commune/18568"))
    note = page.css_first("#see-predecessors")
    assert note is not None and "trước đó" in note.text()
    assert {a.text() for a in note.css("a")} >= {"Thạch Kim", "Lộc Hà"}
    assert all(a.attributes["href"].startswith("/unit/legacy/") for a in note.css("a"))


def test_an_undated_citation_of_two_documents_links_to_both(same_symbol_site):
    page = html(same_symbol_site.get("/doc/vn/103-qdd-tw"))
    said = [(li.css_first("a").attributes["href"], li.text()) for li in page.css("#candidates li")]
    assert said == [("/doc/vn/103-qdd-tw/khoa-x", "Quy định 103-QĐ/TW · khóa X · 12/07/2007"),
                    ("/doc/vn/103-qdd-tw/khoa-xii", "Quy định 103-QĐ/TW · khóa XII · 20/09/2017")]
    assert not html(same_symbol_site.get("/doc/vn/103-qdd-tw/khoa-xii")).css("#candidates")


@pytest.mark.parametrize("path, others", [
    ("/doc/vn/103-qdd-tw/khoa-x", [("/doc/vn/103-qdd-tw/khoa-xii", "khóa XII (20/09/2017)"),
                                   ("/doc/vn/103-qdd-tw", "chưa rõ khóa, năm")]),
    ("/doc/vn/103-qdd-tw/khoa-xii", [("/doc/vn/103-qdd-tw/khoa-x", "khóa X (12/07/2007)"),
                                     ("/doc/vn/103-qdd-tw", "chưa rõ khóa, năm")]),
])
def test_a_documents_page_links_to_the_other_documents_of_its_symbol(same_symbol_site, path, others):
    row = html(same_symbol_site.get(path)).css_first("#same-symbol")
    assert [(a.attributes["href"], text) for a, text in zip(row.css("a"), row.text().split("; "))] == others


def test_a_document_alone_with_its_symbol_has_no_same_symbol_row(site):
    client, store = site
    assert not html(client.get(doc_path(store, "12-KH/HU"))).css("#same-symbol")


@pytest.mark.parametrize("typed, offered", [
    ("Hà Tĩnh", ["/unit/legacy/province/42", "/unit/2025/province/42", "/unit/legacy/district/436"]),
    ("can loc", ["/unit/legacy/district/443", "/unit/2025/commune/18406"]),  # the district, the 2025 commune
    ("phong trào toàn dân", []),   # words of titles
    ("448-CTr/TU", []),            # a symbol
])
def test_a_search_naming_a_place_links_to_its_pages(site, typed, offered):
    page = html(site[0].get("/", params={"q": typed}))
    assert [a.attributes["href"] for a in page.css("#units-named a")] == offered


def test_a_search_naming_many_units_links_to_a_few_and_says_there_are_more(site):
    named = html(site[0].get("/", params={"q": "Châu Thành"})).css_first("#units-named")
    assert len(named.css("a")) == UNITS_OFFERED and named.text().endswith("…")
    assert "Huyện Châu Thành, Tiền Giang (trước 2025)" in named.text()


@pytest.fixture(scope="module")
def hue_site(tmp_path_factory: pytest.TempPathFactory):
    from tests.api_support import hue_store
    with TestClient(create_app(store=hue_store(tmp_path_factory.mktemp("hue")))) as client:
        yield client


def fact(page: LexborHTMLParser, term: str) -> str:
    """The text of a page's fact (its dd) by the start of its term (dt)."""
    for dt in page.css("dl.facts dt"):
        if dt.text().startswith(term):
            return dt.next.text() if dt.next.tag == "dd" else dt.next.next.text()
    raise AssertionError(f"no fact {term!r}")


@pytest.mark.parametrize("path, term, said", [
    # regression: each said "Huế", the name of province 46 since 2025, for the tỉnh Thừa Thiên Huế
    ("/doc/hue/25-ctr-tu/2010-2015", "Địa bàn", "Thừa Thiên Huế"),      # a plan of 2012
    ("/doc/hue/210-kh-tu/2020-2025", "Địa bàn", "Huế"),                 # a plan of 2025
    ("/org/ban-thuong-vu-tinh-uy-thua-thien-hue", "Địa bàn", "Thừa Thiên Huế"),
    ("/en/org/ban-thuong-vu-tinh-uy-thua-thien-hue", "Place", "Thừa Thiên Huế"),
    # its own page said nothing of the name it bore until 2024
    ("/unit/legacy/province/46", "Tên trước đây", "Tỉnh Thừa Thiên Huế (đến 31/12/2024)"),
    ("/en/unit/legacy/province/46", "Former names", "Tỉnh Thừa Thiên Huế (until 31/12/2024)"),
])
def test_a_renamed_unit_is_named_as_on_the_day_and_its_page_says_its_former_name(hue_site, path, term, said):
    assert fact(html(hue_site.get(path)), term) == said


@pytest.mark.parametrize("path, said", [
    # regression: "Thừa Thiên Huế" offered "Thành phố Huế (trước 2025)", with nothing saying why
    ("/", "Đơn vị hành chính: Thành phố Huế, tên cũ Tỉnh Thừa Thiên Huế (trước 2025)"),
    ("/en/", "Administrative units: Thành phố Huế, formerly Tỉnh Thừa Thiên Huế (before 2025)"),
])
def test_a_search_by_a_former_name_says_the_unit_bore_it(hue_site, path, said):
    page = html(hue_site.get(path, params={"q": "Thừa Thiên Huế"}))
    assert " ".join(page.css_first("#units-named").text().split()) == said


@pytest.mark.parametrize("path, selector, said", [
    # regression: "1 results for", "Show only the 1 units with no document found"
    ("/en/?q=448-CTr/TU", "#results h2", "1 result for “448-CTr/TU”"),
    ("/en/?q=ha+tinh", "#results h2", "results for “ha tinh”"),
    ("/?q=448-CTr/TU", "#results h2", "1 kết quả cho “448-CTr/TU”"),
    ("/en/doc/vn/09-ct-tw/khoa-xi", "label.only-gaps", "Show only the 1 unit with no document found"),
])
def test_english_says_one_of_a_count_in_the_singular(site, path, selector, said):
    assert said in html(site[0].get(path)).css_first(selector).text()


def test_a_search_that_finds_nothing_does_not_advise_dropping_the_accents(site):
    """regression: it advised "Thử bỏ dấu" (try without accents), though accents change nothing."""
    for path in ("/", "/en/"):
        note = html(site[0].get(path, params={"q": "xyzzy"})).css_first(".empty-note").text()
        assert "09-CT/TW" in note and "dấu" not in note and "accent" not in note


def test_a_list_of_several_pages_links_both_ways_and_says_where_the_reader_is(site, monkeypatch):
    """regression: past the first page there was no way back but the browser's, nor a word of
    how many pages there were."""
    monkeypatch.setattr("api.web.PER_PAGE", 2)
    total = queries.issuer(site[1], BASE + "org/ban-thuong-vu-tinh-uy-ha-tinh").documents.total
    assert total > 4
    pager = html(site[0].get("/org/ban-thuong-vu-tinh-uy-ha-tinh", params={"page": 2})).css_first(".pager")
    assert [(a.attributes["rel"], a.attributes["href"]) for a in pager.css("a")] == [("prev", "?page=1"), ("next", "?page=3")]
    assert f"Trang 2 / {(total + 1) // 2}" in pager.text()
    english = html(site[0].get("/en/org/ban-thuong-vu-tinh-uy-ha-tinh", params={"page": 2})).css_first(".pager").text()
    assert f"← Previous page Page 2 of {(total + 1) // 2} Next page →" == " ".join(english.split())


@pytest.mark.parametrize("path, note, back", [
    # regression: a page past the last said "Không tìm thấy văn bản nào", though there were some
    ("/?q=ha+tinh&page=3", "Trang 3 không có văn bản: danh sách có 1 trang.", "/?q=ha%20tinh&page=1"),
    ("/en/?q=ha+tinh&page=3", "Page 3 lists no document: the list has 1 page.", "/en/?q=ha%20tinh&page=1"),
    ("/unit/legacy/province/42?page=9", "Trang 9 không có văn bản: danh sách có 1 trang.", "?page=1"),
])
def test_a_page_past_the_last_says_how_many_there_are_and_links_back(site, path, note, back):
    page = html(site[0].get(path))
    assert page.css_first(".empty-note").text() == note
    assert [a.attributes["href"] for a in page.css(".pager a")] == [back]


@pytest.mark.parametrize("path, kind", [
    ("/en/doc/vn/09-ct-tw/khoa-xi", "Directive"),  # regression: "directive Central" began the English page
    ("/doc/vn/09-ct-tw/khoa-xi", "Chỉ thị"),
])
def test_a_documents_page_begins_with_its_kind_capitalised(site, path, kind):
    assert html(site[0].get(path)).css_first(".kicker").text().startswith(kind + " ")


def test_every_link_of_an_issuers_page_opens_a_page(site):
    """regression: 'Thuộc: Tỉnh ủy Hà Tĩnh' on the page of its Ban Thường vụ led to a 404 (a body
    was found by IRI only when it issued a document itself)."""
    client = site[0]
    for lang in ("", "/en"):
        page = html(client.get(f"{lang}/org/ban-thuong-vu-tinh-uy-ha-tinh"))
        links = [a.attributes["href"] for a in page.css("dl.facts a")]
        assert f"{lang}/org/tinh-uy-ha-tinh" in links
        assert [(link, client.get(link).status_code) for link in links] == [(link, 200) for link in links]
    parent = html(client.get("/org/tinh-uy-ha-tinh"))
    assert "Chương trình hành động 448-CTr/TU" in parent.css_first(".doc-list").text()


def test_a_search_names_the_province_of_a_unit_gone_before_its_rename_as_it_was_then(hue_site):
    """regression: 'Huế' offered the district city of Huế (until 2024) as 'Thành phố Huế, Huế'."""
    named = " ".join(html(hue_site.get("/", params={"q": "Huế"})).css_first("#units-named").text().split())
    assert "Thành phố Huế, Thừa Thiên Huế (trước 2025)" in named


def matrix_html(directives: list[DocumentSummary]) -> LexborHTMLParser:
    table = Matrix(as_of=date(2025, 6, 30), directives=directives,
                   rows=[MatrixRow(province=Ref(iri=BASE + "unit/24", label="Bắc Giang"), counts=[1] * len(directives))])
    page = templates.get_template("matrix.html").render(
        request=None, lang="vi", other_lang="en", other_url="/en/gaps", nav="gaps", table=table, limit=15)
    return LexborHTMLParser(page)


def test_matrix_columns_of_one_symbol_are_told_apart_by_their_term():
    # regression: the two Nghị quyết 19-NQ/TW (khóa XII, 2017; khóa XIII, 2022) both among the most
    # implemented headed two columns "19-NQ/TW" alike
    of_2017 = directive("19-NQ/TW").model_copy(update={"iri": BASE + "doc/19-2017", "period": "khóa XII"})
    of_2022 = directive("19-NQ/TW").model_copy(update={"iri": BASE + "doc/19-2022", "period": "khóa XIII"})
    of_2011 = directive("09-CT/TW").model_copy(update={"period": "khóa XI"})
    headers = [th.text().strip() for th in matrix_html([of_2017, of_2011, of_2022]).css("#matrix thead th.col")]
    assert headers == ["19-NQ/TW khóa XII", "09-CT/TW", "19-NQ/TW khóa XIII"]
