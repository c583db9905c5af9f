"""loaders.readers: each file kind, each kind of bad file, and batches that survive bad files."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from loaders.readers import MAX_ARTICLE_BYTES, RawArticle, ReadError, iso_date, read_paths

LEAD = "Sáng 14/9, Huyện ủy Can Lộc tổ chức hội nghị sơ kết 10 năm thực hiện Chỉ thị 09-CT/TW."
BODY = (
    "Thực hiện Chương trình hành động số 448-CTr/TU ngày 30/5/2012 của Ban Thường vụ Tỉnh ủy, "
    "Ban Thường vụ Huyện ủy Can Lộc đã ban hành Kế hoạch số 79-KH/HU triển khai đến các tổ "
    "chức cơ sở đảng."
)

NEWS_PAGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Can Lộc sơ kết Chỉ thị 09 | Báo Hà Tĩnh</title>
<meta property="og:title" content="Can Lộc sơ kết 10 năm thực hiện Chỉ thị 09-CT/TW">
<meta property="article:published_time" content="2022-09-14T08:30:00+07:00">
<link rel="canonical" href="https://baohatinh.vn/can-loc-so-ket-chi-thi-09.html">
<script>var tracking = "Chỉ thị 99-CT/TW";</script><style>p {{ color: red }}</style></head>
<body><header class="site-header"><nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/thoi-su">Thời sự</a></li></ul></nav></header>
<div class="breadcrumb"><a>Chính trị</a> / <a>Xây dựng Đảng</a></div>
<div class="container"><div class="col-main">
<h1 class="title">Can Lộc sơ kết 10 năm thực hiện Chỉ thị 09-CT/TW</h1>
<div class="sapo">(Baohatinh.vn) - {LEAD}</div>
<div class="detail-content">
<p>{BODY.replace("448-CTr/TU", "<b>448-CTr/TU</b>")}</p>
<p>Các xã, thị trấn đã xây dựng kế hoạch<br>thực hiện phù hợp với&nbsp;điều kiện địa phương.</p>
<!-- quảng cáo: Chỉ thị 98-CT/TW -->
</div>
<div class="box-share"><a>Chia sẻ Facebook</a></div>
<div class="related-news"><h3>Tin liên quan</h3><ul><li><a>Thạch Hà triển khai Chỉ thị
05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a></li></ul></div>
<div id="comments"><p>Bạn đọc Nguyễn Văn A: Bài viết rất hay, cảm ơn tác giả đã phản ánh kịp
thời việc thực hiện Chỉ thị 97-CT/TW ở huyện nhà.</p></div>
</div><aside class="sidebar"><p>Đọc nhiều nhất: Nghị quyết 18-NQ/TW</p></aside></div>
<footer><p>Báo Hà Tĩnh - Cơ quan của Đảng bộ tỉnh Hà Tĩnh</p></footer></body></html>"""

# A page with its body in <article>, the date only in JSON-LD and the lead inside the body.
ARTICLE_PAGE = f"""<html><head><title>Quận 11 sơ kết Kế hoạch 73-KH/QU</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2012-08-24T07:00:00+07:00"}}</script>
</head><body><div class="menu-top"><a>Tin tức</a><a>Sự kiện</a></div>
<article><h1>Quận 11 sơ kết Kế hoạch 73-KH/QU</h1>
<p>(Thanhuytphcm.vn) - Sáng 23/8, Quận 11 đã tổ chức Hội nghị sơ kết thực hiện Kế hoạch
73-KH/QU ngày 13/8/2012 của Ban Thường vụ Quận ủy.</p>
<p>{BODY}</p></article>
<div class="tin-khac"><article><a>Quận 3 triển khai Chỉ thị 05-CT/TW</a></article></div>
</body></html>"""

MENU_ONLY_PAGE = """<html><head><title>Trang chủ</title></head><body>
<nav><ul><li><a>Trang chủ</a></li><li><a>Thời sự</a></li><li><a>Kinh tế</a></li></ul></nav>
<script>document.write("Chỉ thị 09-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo")</script>
<footer>Báo điện tử của Đảng bộ tỉnh</footer></body></html>"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def read_one(path: Path) -> RawArticle | ReadError:
    (item,) = list(read_paths([path]))
    return item


def test_txt_is_decoded_and_normalised(tmp_path: Path) -> None:
    raw = unicodedata.normalize("NFD", f"Thứ Năm, ngày 4 tháng 6 năm 2020\r\n\r\n{BODY}")
    article = read_one(write(tmp_path, "can-loc.txt", raw.replace("-", "\u2013")))
    assert article == RawArticle(
        id="can-loc", text=f"Thứ Năm, ngày 4 tháng 6 năm 2020\n\n{BODY}",
        path=str(tmp_path / "can-loc.txt"),
    )


def test_html_news_page_keeps_title_lead_and_body_only(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "trang.html", NEWS_PAGE))
    assert isinstance(article, RawArticle)
    assert (article.id, article.title, article.published, article.source_url) == (
        "trang", "Can Lộc sơ kết 10 năm thực hiện Chỉ thị 09-CT/TW", "2022-09-14",
        "https://baohatinh.vn/can-loc-so-ket-chi-thi-09.html",
    )
    assert article.text.split("\n\n") == [
        "Can Lộc sơ kết 10 năm thực hiện Chỉ thị 09-CT/TW",
        f"(Baohatinh.vn) - {LEAD}",
        BODY,
        # a <br> is a new line, and one inside a sentence a wrapped line (loaders.text)
        "Các xã, thị trấn đã xây dựng kế hoạch thực hiện phù hợp với điều kiện địa phương.",
    ]


@pytest.mark.parametrize(
    "furniture",
    ["Trang chủ", "Xây dựng Đảng", "Chia sẻ", "Tin liên quan", "05-CT/TW", "Bạn đọc",
     "97-CT/TW", "98-CT/TW", "99-CT/TW", "18-NQ/TW", "Cơ quan của Đảng bộ", "color"],
)
def test_html_drops_page_furniture(tmp_path: Path, furniture: str) -> None:
    article = read_one(write(tmp_path, "trang.html", NEWS_PAGE))
    assert furniture not in article.text


def test_html_article_element_and_json_ld_date(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "q11.htm", ARTICLE_PAGE))
    assert article.published == "2012-08-24"
    assert article.title == "Quận 11 sơ kết Kế hoạch 73-KH/QU"
    assert article.text.startswith("Quận 11 sơ kết Kế hoạch 73-KH/QU\n\n(Thanhuytphcm.vn) - Sáng 23/8")
    assert BODY in article.text
    assert "Tin tức" not in article.text and "Quận 3" not in article.text


def test_jsonl_reads_every_good_line_and_reports_the_broken_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "url": "https://thanhuytphcm.vn/a1", "published": "2012-08-24",
                    "title": "Quận 11 sơ kết", "text": BODY}, ensure_ascii=False),
        "",
        '{"id": "a2", "text": "Chỉ thị số 09-CT/TW',  # cut off
        json.dumps({"id": "a3", "text": 42}),
        json.dumps(["Chỉ thị 09-CT/TW"], ensure_ascii=False),
        json.dumps({"id": "a5", "published": "hôm qua", "text": BODY}, ensure_ascii=False),
        json.dumps({"text": "Kết luận số 44\u2013KL/TW", "published": "24/08/2012 07:15"},
                   ensure_ascii=False),
    ]
    path = write(tmp_path, "lo.jsonl", "\n".join(lines) + "\n")
    items = list(read_paths([path]))
    assert [(type(i).__name__, i.line) for i in items] == [
        ("RawArticle", 1), ("ReadError", 3), ("ReadError", 4), ("ReadError", 5),
        ("ReadError", 6), ("RawArticle", 7),
    ]
    first, last = items[0], items[-1]
    assert (first.id, first.source_url, first.published, first.title, first.text) == (
        "a1", "https://thanhuytphcm.vn/a1", "2012-08-24", "Quận 11 sơ kết", BODY)
    assert (last.id, last.published, last.text) == ("lo-7", "2012-08-24", "Kết luận số 44-KL/TW")
    reasons = [i.reason for i in items if isinstance(i, ReadError)]
    assert reasons[0] == "invalid JSON: Unterminated string starting at column 22"
    assert reasons[1:] == ['missing "text" (a string)', "expected a JSON object, found list",
                           "\"published\" is not a date: 'hôm qua'"]
    assert str(items[1]) == f"{path}:3: {reasons[0]}"


def test_a_control_character_in_a_json_line_is_named_once(tmp_path: Path) -> None:
    # regression: json's message "Invalid control character at" gave "… at at column 26"
    path = write(tmp_path, "lo.jsonl", '{"id": "a3", "text": "dòng\u0001"}\n')
    (error,) = list(read_paths([path]))
    assert error.reason == "invalid JSON: Invalid control character at column 27"


def write_bad_files(folder: Path) -> dict[str, str]:
    """Every kind of bad file, and the reason each must be reported with."""
    good = BODY.encode("utf-8")
    bad = {
        "rong.txt": (b"", "empty file"),
        "trang-trang.txt": (b"  \n\n \t", "no text"),
        "anh.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        "cut.txt": (good + "ữ".encode("utf-8")[:2], "truncated UTF-8"),
        "latin.txt": (bytes(range(128, 256)) * 3, "could not be detected with certainty"),
        "menu.html": (MENU_ONLY_PAGE.encode("utf-8"), "no article text found"),
        "rong.jsonl": (b"\n\n", "empty file"),
        "cut.jsonl": (json.dumps({"text": BODY}, ensure_ascii=False).encode("utf-8")[:-5],
                      "invalid JSON"),
        "bang.pdf": (b"%PDF-1.4", "unsupported file type '.pdf'"),
    }
    for name, (data, _) in bad.items():
        write(folder, name, data)
    return {str(folder / name): reason for name, (_, reason) in bad.items()}


def test_each_bad_file_is_reported_by_name(tmp_path: Path) -> None:
    expected = write_bad_files(tmp_path)
    for path, reason in expected.items():
        (error,) = list(read_paths([path]))
        assert isinstance(error, ReadError), path
        assert reason in error.reason
        assert error.path == path and str(error).startswith(path)


def test_missing_path_is_reported(tmp_path: Path) -> None:
    (error,) = list(read_paths([tmp_path / "khong-co.txt"]))
    assert error.reason == "no such file or folder"


def test_a_folder_is_read_recursively_in_order_past_bad_files(tmp_path: Path) -> None:
    write(tmp_path, "b/2.txt", BODY)
    write(tmp_path, "a.txt", f"Kế hoạch 73-KH/QU. {BODY}")
    write(tmp_path, "b/1.html", NEWS_PAGE)
    write(tmp_path, "b/1.gold.json", "{}")  # not an article: skipped in a folder
    write(tmp_path, ".git/x.txt", BODY)  # hidden: skipped
    write(tmp_path, "b/rong.txt", b"")
    items = list(read_paths([tmp_path]))
    assert [(type(i).__name__, Path(i.path).relative_to(tmp_path).as_posix()) for i in items] == [
        ("RawArticle", "a.txt"), ("RawArticle", "b/1.html"), ("RawArticle", "b/2.txt"),
        ("ReadError", "b/rong.txt"),
    ]


# one sentence repeated past the article limit: a dump, not an article
OVERSIZED = (BODY + " ") * (MAX_ARTICLE_BYTES // len(BODY.encode()) + 1)


@pytest.mark.parametrize(("name", "content", "line"), [
    ("mot-dong.txt", OVERSIZED, None),
    ("trang.html", NEWS_PAGE.replace("<!-- quảng cáo", f"<p>{OVERSIZED}</p><!-- quảng cáo"), None),
    ("lo.jsonl", json.dumps({"text": BODY}, ensure_ascii=False) + "\n"
     + json.dumps({"text": OVERSIZED}, ensure_ascii=False) + "\n", 2),
])
def test_an_article_past_the_size_limit_is_refused_by_name(
        tmp_path: Path, name: str, content: str, line: int | None) -> None:
    path = write(tmp_path, name, content)
    errors = [item for item in read_paths([path]) if isinstance(item, ReadError)]
    assert [(e.path, e.line) for e in errors] == [(str(path), line)]
    assert "too large for one article" in errors[0].reason and "MB" in errors[0].reason


def test_an_article_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    text = (BODY + " ") * (MAX_ARTICLE_BYTES // len((BODY + " ").encode()))
    assert isinstance(read_one(write(tmp_path, "dai.txt", text)), RawArticle)


def test_windows_1258_file_is_read(tmp_path: Path) -> None:
    from tests.test_text import ARTICLE, windows_1258

    article = read_one(write(tmp_path, "cu.txt", windows_1258(ARTICLE)))
    assert article.text == ARTICLE


def test_the_dev_corpus_reads_without_errors(dev_corpus: Path) -> None:
    items = list(read_paths([dev_corpus]))
    assert len(items) == 25 and all(isinstance(i, RawArticle) for i in items)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-14T08:30:00+07:00", "2022-09-14"),
        ("2022-9-4", "2022-09-04"),
        ("14/09/2022 08:30", "2022-09-14"),
        ("Thứ tư, 14-9-2022", "2022-09-14"),
        # regression: an RSS date and a Unix time (a feed's or an API's) rejected the whole article
        ("Wed, 14 Sep 2022 08:30:00 +0700", "2022-09-14"),
        ("14 Sep 2022 23:30:00 GMT", "2022-09-14"),  # the day as written
        ("1663119000", "2022-09-14"),  # 08:30 in Việt Nam
        ("1663119000000", "2022-09-14"),
        ("Wed, 31 Feb 2022 08:30:00 +0700", None),
        ("12345", None),
        ("31/02/2022", None),
        ("hôm qua", None),
    ],
)
def test_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


def _page_with_body(body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>Nghi Xuân sơ kết Chỉ thị 09</title></head><body>"
            f"<div class='content-detail'><p>(Baohatinh.vn) - {LEAD}</p><p>{BODY}</p>{body}</div></body></html>")


@pytest.mark.parametrize(
    ("body", "dropped", "kept"),
    [
        # regression: a related list inside the body gave the article another district's plan
        ("<p><strong>Tin liên quan:</strong></p><ul><li><a href='/a'>Nghi Xuân triển khai Kế hoạch "
         "số 210-KH/HU thực hiện Chỉ thị 35</a></li><li><a href='/b'>Hương Khê ban hành Kế hoạch số "
         "95-KH/HU</a></li></ul><p>Các xã đã xây dựng 120 mô hình tự quản.</p>",
         ["Tin liên quan", "210-KH/HU", "95-KH/HU"], ["120 mô hình tự quản"]),
        ("<h3>Bài liên quan</h3><div><a href='/a'>Thạch Hà quán triệt Nghị quyết số 03-NQ/HU</a></div>",
         ["Bài liên quan", "03-NQ/HU"], []),
        ("<p><strong>Xem thêm:</strong> <a href='/c'>Thạch Hà quán triệt Nghị quyết số 03-NQ/HU của "
         "Huyện ủy Thạch Hà</a></p>", ["Xem thêm", "03-NQ/HU"], []),
        ("<div class='box-tinlienquanv2'><a>Thạch Hà kỷ luật theo Quyết định số 2001-QĐ/HU</a></div>"
         "<div class='relate-news'><a>Đức Thọ ban hành Kế hoạch số 11-KH/HU</a></div>",
         ["2001-QĐ/HU", "11-KH/HU"], []),
        # a label followed by prose, and links that no label announces, are the article's
        ("<p>Xem thêm: các xã, thị trấn phải rà soát lại các mô hình trước ngày 30/9.</p>"
         "<ul><li><a href='/kh.pdf'>Kế hoạch số 79-KH/HU của Ban Thường vụ Huyện ủy</a></li></ul>",
         [], ["rà soát lại các mô hình", "79-KH/HU"]),
    ],
)
def test_html_drops_lists_of_related_articles_in_the_body(
        tmp_path: Path, body: str, dropped: list[str], kept: list[str]) -> None:
    article = read_one(write(tmp_path, "trang.html", _page_with_body(body)))
    assert BODY in article.text
    assert [d for d in dropped if d in article.text] == []
    assert [k for k in kept if k not in article.text] == []


NHAN_DAN_PAGE = """<html><head><meta charset="utf-8"><title>Thái Nguyên tổng kết Nghị quyết 26</title></head>
<body><div class="article"><h1 class="article__title">Thái Nguyên tổng kết Nghị quyết 26</h1>
<div class="article__meta"><span class="author">Nguyễn Đức</span> <time>Thứ Sáu, 14-07-2023, 10:25</time></div>
<div class="article__sapo">NDO - Ngày 14/7, Ban Thường vụ Tỉnh ủy Thái Nguyên tổng kết 15 năm thực hiện
Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương Đảng khóa X.</div>
<div class="article__body"><p>{body}</p><p>{body}</p></div>
<div class="box-related"><span class="time">02/01/2020 08:00</span><a>Bắc Kạn triển khai Chương trình 31</a></div>
</div></body></html>"""


@pytest.mark.parametrize(
    ("page", "published", "lead"),
    [
        # regression: a lead in a compound class ("article__sapo") and a date written only as the
        # text of <time> were lost (the 26-NQ/TW citation with its date and issuer was in the lead)
        (NHAN_DAN_PAGE, "2023-07-14", "NDO - Ngày 14/7"),
        (NHAN_DAN_PAGE.replace("<time>", '<span class="detail-time">').replace("</time>", "</span>"),
         "2023-07-14", "NDO - Ngày 14/7"),
        # a related list's dates are other articles'; a class word inside a compound is not a lead
        (NHAN_DAN_PAGE.replace("<time>Thứ Sáu, 14-07-2023, 10:25</time>", "")
         .replace("article__sapo", "item-summary"), None, None),
    ],
)
def test_html_lead_and_date_written_in_the_page(
        tmp_path: Path, page: str, published: str | None, lead: str | None) -> None:
    article = read_one(write(tmp_path, "nd.html", page.format(body=BODY)))
    assert article.published == published
    assert article.text.split("\n\n")[1].startswith(lead) if lead else "NDO" not in article.text


def test_a_json_line_encoded_twice_is_read_as_first_written(tmp_path: Path) -> None:
    from tests.test_text import double_encoded

    line = json.dumps({"id": "x", "title": double_encoded("Can Lộc sơ kết"), "text": double_encoded(BODY)},
                      ensure_ascii=False)
    article = read_one(write(tmp_path, "lo.jsonl", line + "\n"))
    assert (article.title, article.text) == ("Can Lộc sơ kết", BODY)


_COMMENT = ("<div class='item'><p>Bạn đọc: Tôi thấy ở huyện {d} cũng đã ban hành Kế hoạch số {k}-KH/HU "
            "thực hiện Chỉ thị 35 rất sát thực tế, đề nghị các địa phương khác học tập, nhân rộng mô "
            "hình này trong thời gian tới.</p></div>")
_COMMENTS = "".join(_COMMENT.format(d=d, k=k) for d, k in (("Đức Thọ", 11), ("Hương Sơn", 12), ("Kỳ Anh", 13),
                                                            ("Thạch Hà", 14), ("Vũ Quang", 15)))
_HEADLINE = "Nghi Xuân triển khai Kế hoạch thực hiện Chỉ thị 35"


@pytest.mark.parametrize(
    ("page", "dropped", "kept"),
    [
        # regression: comments outweighing a short article were kept (a class word may not remove
        # half the page), and one of them was taken for the article's body
        (f"<html><body><div class='main'><h1>{_HEADLINE}</h1><div class='detail-sapo'>(Baohatinh.vn) - "
         f"{LEAD}</div><div class='detail-content'><p>{BODY}</p></div></div><div class='ykien-bandoc'>"
         f"<h3>Ý kiến bạn đọc</h3>{_COMMENTS}</div></body></html>",
         ["Bạn đọc", "12-KH/HU"], [LEAD, BODY]),
        # ... but a wrapper named for its comments that holds the headline holds the article
        (f"<html><body><div class='page has-comments'><h1>{_HEADLINE}</h1><p>{LEAD}</p><p>{BODY}</p>"
         f"</div><p>Liên hệ quảng cáo: 0239 3855 555</p></body></html>", [], [LEAD, BODY]),
        # regression: an old portal's "Các tin khác:" in bold inside the article's cell, its links
        # after <br>, gave the district two plans of other districts
        (f"<html><body><table><tr><td class='noidung'><b>{_HEADLINE}</b><br><br>{LEAD}<br><br>{BODY}<br><br>"
         "<b>Các tin khác:</b><br><a>Vũ Quang ban hành Kế hoạch số 88-KH/HU</a><br><a>Đức Thọ quán triệt "
         "Nghị quyết số 10-NQ/HU</a> (12/05/2023)</td></tr></table></body></html>",
         ["Các tin khác", "88-KH/HU", "10-NQ/HU"], [LEAD, BODY]),
        # regression: a body written in <div>s, no <p>, lost to a sidebar's paragraphs of links, which were
        # taken for the article (three notices of the province, and no directive)
        (f"<html><body><div class='left-col'><div class='box'><p>Thông báo</p><p><a>Thông báo số 125/TB-UBND ngày "
         "15/5/2024 về kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải phóng mặt bằng</a></p><p><a>Thông báo số "
         "118/TB-UBND ngày 10/5/2024 về lịch tiếp công dân tháng 5 năm 2024</a></p></div></div><div class='center-col'>"
         f"<div class='tieude'>{_HEADLINE}</div><div class='noidung'><div>{LEAD}</div><div>{BODY}</div></div></div>"
         "</body></html>", ["125/TB-UBND", "118/TB-UBND"], [LEAD, BODY]),
        # regression: a "Tin liên quan:" label in a table's row, its links in the rows below, inside the body: the
        # label had no next sibling in its cell, and a plan of another district stayed
        (f"<html><body><div class='content'><p>{LEAD}</p><table><tr><td><b>Tin liên quan:</b></td></tr><tr><td><a "
         "href='/x1'>Phước Long ban hành Kế hoạch số 98/KH-UBND</a></td></tr><tr><td><a href='/x2'>Giá Rai sơ kết "
         f"Nghị quyết số 06-NQ/TU</a></td></tr></table><p>{BODY}</p></div></body></html>",
         ["Tin liên quan", "98/KH-UBND", "Giá Rai"], [LEAD, BODY]),
        # regression: the header block of a document the page prints, in a table of class
        # "vb-header", was dropped as the site's header, and with it the document's place and date
        (f"<html><body><div class='header'><a>Trang chủ</a></div><div class='detail-content'><h1>{_HEADLINE}</h1>"
         "<table class='vb-header'><tr><td>HUYỆN ỦY CAN LỘC<br>*<br>Số 79-KH/HU</td><td>ĐẢNG CỘNG SẢN VIỆT "
         "NAM<br><i>Can Lộc, ngày 20 tháng 6 năm 2012</i></td></tr></table><p><b>KẾ HOẠCH</b></p>"
         f"<p>{BODY}</p></div></body></html>",
         ["Trang chủ"], ["HUYỆN ỦY CAN LỘC", "Số 79-KH/HU", "Can Lộc, ngày 20 tháng 6 năm 2012", BODY]),
    ],
)
def test_html_keeps_the_article_apart_from_comments_and_portal_lists(
        tmp_path: Path, page: str, dropped: list[str], kept: list[str]) -> None:
    article = read_one(write(tmp_path, "trang.html", page))
    assert [d for d in dropped if d in article.text] == []
    assert [k for k in kept if k not in article.text] == []


@pytest.mark.parametrize(
    ("page", "dropped", "kept"),
    [
        # regression: a crawler's copy of a whole portal page kept as .txt was read as a fragment: its
        # script, menu, a sidebar "VĂN BẢN MỚI" (three decisions and plans of the district) and footer were text
        ("<!DOCTYPE html>\n<html><head><title>Cẩm Xuyên triển khai Chỉ thị 09</title><script>var baseUrl='x';"
         "</script></head><body><div class='menu'><a>TRANG CHỦ</a> | <a>VĂN BẢN</a></div><table><tr><td width='70%'>"
         f"<div class='news-title'>{_HEADLINE}</div><div class='news-content'><p>{LEAD}</p><p>{BODY}</p></div></td>"
         "<td class='sidebar'><div class='vbmoi'><b>VĂN BẢN MỚI</b><br><a>Quyết định số 2450/QĐ-UBND ngày 01/8/2023"
         " phê duyệt quy hoạch</a><br><a>Kế hoạch số 179/KH-UBND ngày 28/7/2023</a></div></td></tr></table>"
         "<div class='footer'>Bản quyền thuộc UBND huyện. Giấy phép số 12/GP-TTĐT</div></body></html>",
         ["baseUrl", "TRANG CHỦ", "2450/QĐ-UBND", "179/KH-UBND", "12/GP-TTĐT"], [LEAD, BODY]),
        ("<!-- saved 2023-08-10 --><html lang='vi'><body><div class='content-detail'>"
         f"<p>{LEAD}</p><p>{BODY}</p></div><div class='tin-lien-quan'><h3>Tin liên quan</h3><ul><li><a>Lộc Hà"
         " ban hành Kế hoạch số 46-KH/HU</a></li></ul></div></body></html>", ["46-KH/HU"], [LEAD, BODY]),
    ],
)
def test_a_whole_page_kept_as_text_is_read_as_a_page(
        tmp_path: Path, page: str, dropped: list[str], kept: list[str]) -> None:
    article = read_one(write(tmp_path, "trang.txt", page))
    assert [d for d in dropped if d in article.text] == []
    assert [k for k in kept if k not in article.text] == []


def test_a_whole_page_in_a_json_line_is_read_as_a_page(tmp_path: Path) -> None:
    # regression: a crawler's feed line holding the whole page read it as a fragment: the menu and a sidebar's
    # decisions were the article's text
    page = ("<!DOCTYPE html><html><head><title>Trang</title><meta property='article:published_time' "
            "content='2023-08-10T08:00:00+07:00'></head><body><div class='menu'><a>TRANG CHỦ</a></div><div "
            f"class='news-content'><p>{LEAD}</p><p>{BODY}</p></div><div class='sidebar'><b>VĂN BẢN MỚI</b><br><a>"
            "Quyết định số 2450/QĐ-UBND ngày 01/8/2023</a></div></body></html>")
    line = json.dumps({"id": "a1", "url": "https://x.vn/a1", "title": "Can Lộc sơ kết Chỉ thị 09", "text": page},
                      ensure_ascii=False)
    article = read_one(write(tmp_path, "feed.jsonl", line + "\n"))
    assert (article.id, article.title, article.published, article.source_url) == \
        ("a1", "Can Lộc sơ kết Chỉ thị 09", "2023-08-10", "https://x.vn/a1")
    assert LEAD in article.text and BODY in article.text
    assert [d for d in ("TRANG CHỦ", "2450/QĐ-UBND") if d in article.text] == []


@pytest.mark.parametrize(
    ("name", "content", "text"),
    [
        # regression: a scraper's markup left in the text ("số&nbsp;45-KH/HU" made the plan two
        # documents, one without its number)
        ("lo.jsonl", json.dumps({"text": f"<p>{LEAD}</p><p>Ban Thường vụ Huyện ủy đã ban hành Kế hoạch "
                                         "số&nbsp;45-KH/HU.</p>"}, ensure_ascii=False) + "\n",
         f"{LEAD}\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU."),
        ("bai.txt", f"{LEAD}\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số&nbsp;45-KH/HU &amp; triển khai.",
         f"{LEAD}\n\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU & triển khai."),
        # regression: a related box inside the markup ("<p>Tin liên quan:</p><p><a>Tân An ban hành Kế hoạch số
        # 45/KH-UBND …</a></p>") gave the province the plan of another article
        ("lo.jsonl", json.dumps({"text": f"<p>{LEAD}</p><p>{BODY}</p><div class='box-related'><p>Tin liên quan:</p>"
                                         "<p><a href='/a'>Tân An ban hành Kế hoạch số 45/KH-UBND</a></p></div>"},
                                ensure_ascii=False) + "\n", f"{LEAD}\n\n{BODY}"),
        ("bai.txt", f"<div>{LEAD}<br><br>{BODY}<br><br><b>Tin liên quan:</b><br><a href='/1'>Kon Tum triển khai Nghị "
                    "quyết số 11/NQ-CP</a></div>", f"{LEAD}\n{BODY}"),
        # regression: an ad's script and style kept in the body's markup were paragraphs of the text
        ("bai.txt", f"<p>{LEAD}</p><script>googletag.cmd.push(function(){{ show('Quyết định số 12/QĐ-UBND'); }});"
                    f"</script><style>.ad{{float:right}}</style><p>{BODY}</p>", f"{LEAD}\n\n{BODY}"),
        # regression: line breaks and slashes left as JSON escapes by a scraper that encoded the text twice
        # ("…\\n\\nNgày 12/4/2024, …" hid the plan's date and ran the headline into the body)
        ("bai.txt", f"Đô Lương ban hành Nghị quyết\\n\\n{LEAD}\\nBan Thường vụ ban hành Kế hoạch số 45-KH\\/HU "
                    "\\\"về chuyển đổi số\\\".",
         f"Đô Lương ban hành Nghị quyết\n\n{LEAD}\nBan Thường vụ ban hành Kế hoạch số 45-KH/HU \"về chuyển đổi số\"."),
        ("lo.jsonl", json.dumps({"text": f"{LEAD}\\n{BODY}"}, ensure_ascii=False) + "\n", f"{LEAD}\n{BODY}"),
        # ... but a text with line breaks of its own keeps a backslash as written
        ("bai.txt", f"{LEAD}\n\nThư mục D:\\new\\kehoach.", f"{LEAD}\n\nThư mục D:\\new\\kehoach."),
        # text that only looks like markup stays as written
        ("bai.txt", f"{LEAD}\n\nTỷ lệ hộ nghèo <5%, chương trình R&D và M&A.",
         f"{LEAD}\n\nTỷ lệ hộ nghèo <5%, chương trình R&D và M&A."),
    ],
)
def test_markup_left_in_text_is_read_as_a_page_would_be(tmp_path: Path, name: str, content: str, text: str) -> None:
    assert read_one(write(tmp_path, name, content)).text == text


_PLAN = ("Số hiệu: 1234/QĐ-UBND  Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Nghệ An\n\n"
         "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Kết luận số 01-KL/TW.\nBùi Đình Long")


@pytest.mark.parametrize(
    ("name", "content", "text"),
    [
        # regression: a legal database's lists of other documents under the page's document
        # ('Quyết định 2555/QĐ-UBND năm 2020 … tỉnh Thanh Hóa' became a Nghệ An decision)
        ("tvpl.txt", f"{_PLAN}\n\nVăn bản được hướng dẫn\nChỉ thị 05-CT/TW năm 2016 đẩy mạnh học tập\n"
                     "Văn bản liên quan\nKế hoạch 123/KH-UBND năm 2021 thực hiện Chỉ thị 05-CT/TW tỉnh Hà Tĩnh\n"
                     "Quyết định 2555/QĐ-UBND năm 2020 ban hành Quy chế tỉnh Thanh Hóa\n", f"{_PLAN}\n\n"),
        # a news page's label in text: the list ends at a blank line or at a sentence
        ("tin.txt", f"{LEAD}\n\nTin liên quan:\n- Can Lộc triển khai Kế hoạch số 210-KH/HU\n\n{BODY}",
         f"{LEAD}\n\n\n{BODY}"),
        ("tin.jsonl", json.dumps({"text": f"{LEAD}\nXem thêm:\nNghi Xuân sơ kết Chỉ thị 09\n{BODY}"},
                                 ensure_ascii=False) + "\n", f"{LEAD}\n{BODY}"),
        # regression: a label with the first link on its line ("Các bài viết khác: Nghị định 02/2017/NĐ-CP về hỗ trợ …"
        # was a decree the article cited)
        ("tin.txt", f"{LEAD}\n\nCác bài viết khác: Nghị định 02/2017/NĐ-CP về hỗ trợ sản xuất nông nghiệp\n",
         f"{LEAD}\n\n"),
        ("tin.txt", f"{LEAD}\nTin liên quan: Can Lộc triển khai Kế hoạch số 210-KH/HU\n- Nghi Xuân sơ kết Chỉ thị 09\n{BODY}",
         f"{LEAD}\n{BODY}"),
        # regression: a label opening a sentence inside a paragraph ("… 0207.3822.xxx. Tin liên quan: Hà Giang ban hành
        # Quyết định số 04/2025/QĐ-UBND …" was a Tuyên Quang decision)
        ("tin.txt", f"{LEAD}\nGọi 0207.3822.xxx. Tin liên quan: Hà Giang ban hành Quyết định số 04/2025/QĐ-UBND.\n\n{BODY}",
         f"{LEAD}\nGọi 0207.3822.xxx.\n\n{BODY}"),
        # ... or at a printed document's header in capitals
        ("tvpl.txt", "Văn bản liên quan\nKế hoạch 123/KH-UBND năm 2021 tỉnh Hà Tĩnh\nTỈNH ỦY NGHỆ AN\n*\nSố 12-KH/TU\n",
         "TỈNH ỦY NGHỆ AN\n*\nSố 12-KH/TU\n"),
        # regression: a portal's "Văn bản chỉ đạo điều hành" table flattened below the article, its rows
        # opening with numbers, was joined into one line with its label and read as three provincial documents
        ("tin.txt", f"{LEAD}\n\nVăn bản chỉ đạo điều hành\nSố ký hiệu | Ngày ban hành | Trích yếu\n"
                    "805/QĐ-UBND | 02/03/2023 | Quyết định công bố danh mục thủ tục hành chính\n"
                    f"798/KH-UBND | 01/03/2023 | Kế hoạch thực hiện Chỉ thị số 02/CT-TTg\nXem thêm\n\n{BODY}",
         f"{LEAD}\n\n\n{BODY}"),
        ("tin.txt", f"{LEAD}\n\nVĂN BẢN MỚI\n12/KH-UBND Kế hoạch cải cách hành chính\n\n{BODY}",
         f"{LEAD}\n\n\n{BODY}"),
        # ... but such a heading over a document's own fields heads the page's document, and stays; the list of
        # "Các văn bản khác" after it goes
        ("vb.txt", "Văn bản chỉ đạo điều hành\nSố ký hiệu: 45/KH-UBND\nNgày ban hành: 12/03/2024\nTrích yếu: Kế hoạch "
                   "thực hiện Chỉ thị số 05/CT-TTg\n\nCác văn bản khác\n44/KH-UBND - Kế hoạch tổ chức Ngày Sách\n",
         "Văn bản chỉ đạo điều hành\nSố ký hiệu: 45/KH-UBND\nNgày ban hành: 12/03/2024\nTrích yếu: Kế hoạch "
         "thực hiện Chỉ thị số 05/CT-TTg\n\n"),
        # regression: readers' comments copied below the article ("Ý kiến bạn đọc", then sentences naming other
        # documents: "… thực hiện nghiêm Chỉ thị số 12-CT/HU …") were the district's documents; they go to the end
        ("tin.txt", f"{LEAD}\n\n{BODY}\n\nIn bài viết | Gửi email\n\nÝ kiến bạn đọc\nNguyễn Văn Tâm: Đề nghị huyện "
                    "thực hiện nghiêm Chỉ thị số 12-CT/HU.\n\nTrần Hùng: Kế hoạch số 45/KH-UBND của xã cũng nói vậy\n",
         f"{LEAD}\n\n{BODY}\n\nIn bài viết | Gửi email\n\n"),
        # regression: a page's tags ("Tags: Chỉ thị 21-CT/TW, Nghị quyết 11-NQ/TW, …") and the links after them named
        # a resolution the article does not cite
        ("tin.txt", f"{LEAD}\n\n{BODY}\nTags: Chỉ thị 21-CT/TW, Nghị quyết 11-NQ/TW, công tác phụ nữ\n» Vũng Liêm triển "
                    "khai Kế hoạch số 120-KH/HU\n", f"{LEAD}\n\n{BODY}\n"),
        # regression: a related article's link as national papers write it inside the body, after ">>" or a marked
        # label (">> Nghị định 100/2019/NĐ-CP hết hiệu lực: những điểm cần biết" was a decree the article cited)
        ("tin.txt", f"{LEAD}\n\n>> Nghị định 100/2019/NĐ-CP hết hiệu lực: những điểm cần biết\n\n{BODY}",
         f"{LEAD}\n\n\n{BODY}"),
        ("tin.txt", f"{LEAD}\n\nXem thêm >> Quyết định 2345/QĐ-UBND: TP HCM lắp camera phạt nguội\n\n{BODY}",
         f"{LEAD}\n\n\n{BODY}"),
        ("tin.txt", f"{LEAD}\n\n(*) Xem thêm: Nghị định 123/2021/NĐ-CP sửa những gì?\n\n{BODY}", f"{LEAD}\n\n\n{BODY}"),
        # ... but a sentence after ">>", and a footnote after "(*)", are the article's
        ("tin.txt", f"{LEAD}\n\n>> UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND.\n\n{BODY}",
         f"{LEAD}\n\n>> UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND.\n\n{BODY}"),
        ("tin.txt", f"{LEAD}\n\n{BODY}\n(*) Nghị quyết số 57-NQ/TW của Bộ Chính trị\n",
         f"{LEAD}\n\n{BODY}\n(*) Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"),
        # the words in a sentence are no label
        ("bai.txt", f"{LEAD}\n\nVăn bản liên quan đến công tác này được gửi tới các xã.",
         f"{LEAD}\n\nVăn bản liên quan đến công tác này được gửi tới các xã."),
    ],
)
def test_text_drops_lists_of_related_documents(tmp_path: Path, name: str, content: str, text: str) -> None:
    assert read_one(write(tmp_path, name, content)).text == text
