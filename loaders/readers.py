"""Read articles from files and folders: .txt, .html/.htm news pages and .jsonl batches.

`read_paths` yields one RawArticle per article and one ReadError per file (or .jsonl line)
that could not be read, so a caller reports the bad ones and keeps going.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from loaders.dates import find_dates
from loaders.tables import read_csv
from loaders.text import ReadError, decode, normalise, undo_double_encoding

__all__ = ["RawArticle", "ReadError", "read_paths", "read_file", "read_html"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
# The largest real article seen is 13 kB; anything this large is a dump, not an article, and
# would be read, extracted and stored as one graph of a million triples.
MAX_ARTICLE_BYTES = 2_000_000
MAX_PAGE_BYTES = 20_000_000  # an HTML page also carries markup, scripts and styles


@dataclass
class RawArticle:
    id: str
    text: str  # normalised: every later offset points into it
    title: str | None = None
    published: str | None = None  # ISO yyyy-mm-dd
    source_url: str | None = None
    path: str | None = None
    line: int | None = None  # 1-based line of a .jsonl file


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadError]:
    """Every article under `paths` (files, or folders read recursively in sorted order)."""
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            for file in files:
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield ReadError(str(path), "no such file or folder")


def read_file(path: Path) -> Iterator[RawArticle | ReadError]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ReadError(str(path), f"unsupported file type {suffix or '(none)'!r}; "
                                   "expected .txt, .html, .htm or .jsonl")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:
        limit = MAX_ARTICLE_BYTES if suffix == ".txt" else MAX_PAGE_BYTES
        if (size := path.stat().st_size) > limit:
            yield ReadError(str(path), _too_large(size, limit))
            return
        data = path.read_bytes()
        if suffix == ".txt" and not _is_page(text := _unescaped(decode(data, str(path)))):
            yield _article(path.stem, normalise(_without_related_lists(_without_markup(text))), path=path)
        elif suffix == ".txt":  # a crawler's copy of the whole page, kept as text
            yield read_html(text, path.stem, str(path))
        else:
            yield read_html(_decode_html(data, str(path)), path.stem, str(path))
    except ReadError as err:
        yield err
    except OSError as err:
        yield ReadError(str(path), f"cannot read the file ({err.strerror or err})")


def _article(id: str, text: str, path: Path | str, **meta) -> RawArticle:
    if not text.strip():
        raise ReadError(str(path), "no text (the file holds only white space)", meta.get("line"))
    if (size := len(text.encode())) > MAX_ARTICLE_BYTES:
        raise ReadError(str(path), _too_large(size, MAX_ARTICLE_BYTES), meta.get("line"))
    return RawArticle(id=id, text=text, path=str(path), **meta)


# --- .jsonl ---------------------------------------------------------------------------

def _read_jsonl(path: Path) -> Iterator[RawArticle | ReadError]:
    """One article per line; a broken line is reported and the others are still read.
    Lines are read one at a time so that a file of a million articles streams."""
    name = str(path)
    seen_any = False
    try:
        with path.open("rb") as lines:
            for number, raw in enumerate(lines, start=1):
                if number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                seen_any = True
                try:
                    yield _jsonl_article(raw, path, number)
                except ReadError as err:
                    yield err
    except OSError as err:
        yield ReadError(name, f"cannot read the file ({err.strerror or err})")
        return
    if not seen_any:
        yield ReadError(name, "empty file (no JSON lines)")


def _too_large(size: int, limit: int) -> str:
    return (f"too large for one article: {size / 1e6:.1f} MB (the limit is {limit / 1e6:g} MB); "
            "split it into articles")


def _jsonl_article(raw: bytes, path: Path, line: int) -> RawArticle:
    name = str(path)
    if len(raw) > MAX_PAGE_BYTES:  # the text inside is checked against the article limit
        raise ReadError(name, _too_large(len(raw), MAX_PAGE_BYTES), line)
    if b"\x00" in raw:
        raise ReadError(name, "binary data (contains NUL bytes), not a JSON line", line)
    try:
        obj = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
    except UnicodeDecodeError as err:
        raise ReadError(name, f"not UTF-8 (invalid byte at column {err.start + 1})", line) from None
    except json.JSONDecodeError as err:
        # json's own message may end with "at" ("Invalid control character at")
        raise ReadError(name, f"invalid JSON: {err.msg.removesuffix(' at')} at column {err.colno}",
                        line) from None
    if not isinstance(obj, dict):
        raise ReadError(name, f"expected a JSON object, found {type(obj).__name__}", line)
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError(name, 'missing "text" (a string)', line)
    for key in ("id", "url", "title", "published"):
        if obj.get(key) is not None and not isinstance(obj[key], str | int):
            raise ReadError(name, f'"{key}" must be a string', line)
    published = None
    if obj.get("published"):
        published = iso_date(str(obj["published"]))
        if published is None:
            raise ReadError(name, f'"published" is not a date: {obj["published"]!r}', line)
    title = normalise(undo_double_encoding(obj["title"])) if obj.get("title") else None
    article_id = str(obj["id"]) if obj.get("id") is not None else f"{path.stem}-{line}"
    text = _unescaped(undo_double_encoding(text))
    if _is_page(text):  # a crawler's feed of whole pages: the line's fields first, then the page's
        try:
            page = read_html(text, article_id, name)
        except ReadError as err:
            raise ReadError(name, err.reason, line) from None
        return RawArticle(id=article_id, text=page.text, title=title or page.title, published=published or page.published,
                          source_url=obj.get("url") or page.source_url, path=name, line=line)
    return _article(
        article_id, normalise(_without_related_lists(_without_markup(text))), path, title=title, published=published,
        source_url=obj.get("url") or None, line=line,
    )


# --- text scraped with its markup ------------------------------------------------------

_JSON_ESCAPES = (("\\r\\n", "\n"), ("\\n", "\n"), ("\\t", " "), ('\\"', '"'), ("\\/", "/"))


def _unescaped(text: str) -> str:
    """Text whose line breaks a scraper left as JSON escapes ("…số 12-NQ/HU.\\nNghị quyết…", "05-CT\\/TW"),
    encoded twice, read with real ones: "\\n\\nNgày 12/4/2024" hid the date of the plan it opened, and the
    headline ran into the body. Only a text without a line break of its own is such a text."""
    if "\\n" not in text or "\n" in text.strip():
        return text
    for escaped, plain in _JSON_ESCAPES:
        text = text.replace(escaped, plain)
    return text


_TAG = re.compile(r"</?(?:p|br|div|span|strong|b|em|i|a|h[1-6]|ul|ol|li|figure|figcaption|img|table|tr|td)\b[^>]*>",
                  re.I)
_SCRIPTS = "script, style, noscript, template"
_ENTITY = re.compile(r"&(?:nbsp|amp|quot|apos|lt|gt|#\d+|#x[0-9a-f]+);", re.I)


def _without_markup(text: str) -> str:
    """Text as a scraper kept it, with its tags ("<p>…</p>") or entities ("số&nbsp;45-KH/HU"),
    read as the paragraphs of an HTML page would be; other text unchanged. "số&nbsp;45" hid
    the plan's number and made it two documents."""
    if "<" in text and _TAG.search(text):
        body = LexborHTMLParser(f"<body>{text}</body>").body
        for node in body.css(_SCRIPTS):  # an ad's or a player's code is no text
            node.decompose()
        _remove_related_lists(body)  # "<p>Tin liên quan:</p><p><a>Tân An ban hành Kế hoạch số 45/KH-UBND …</a></p>"
        return "\n\n".join(_paragraphs(body))
    if "&" in text and _ENTITY.search(text):
        return html.unescape(text)
    return text


_PAGE_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def _is_page(text: str) -> bool:
    """Is the text a whole HTML page ("<!DOCTYPE html><html>…"), as a crawler stores one? Read
    as a fragment, its menus, scripts, sidebars ("VĂN BẢN MỚI: Quyết định số 2450/QĐ-UBND …") and
    footer were the article's text."""
    return _PAGE_START.match(text) is not None


_LINE_ENDS_SENTENCE = (".", "!", "?", ";", "…")
# A related article's link as news papers write it inside the body: a headline after ">>" or "»" (">> Hà Nội đề xuất
# thu phí ô tô vào nội đô"), a label marked so ("(*) Xem thêm: …", "Xem thêm >> …"); a line no longer than a headline
_LINK_MARK = re.compile(r"[ ]*(?:>>|»|\(\*\))[ ]*")
_MAX_LINK_CHARS = 200


def _without_related_lists(text: str) -> str:
    """Text copied from a page without a line that is a related-links label ("Tin liên quan:",
    "Văn bản liên quan", as a legal database lists other documents under a document), or such a
    label with the first link after its colon (or such a label opening a sentence inside a line, and the rest
    of that line), and the lines after it up to a blank line, a sentence or a line in capitals (a printed document's
    header): the titles of other articles or documents, which the article does not cite (a
    Nghệ An plan's page listed 'Quyết định 2555/QĐ-UBND năm 2020 … tỉnh Thanh Hóa', which
    became a Nghệ An decision). As _remove_related_lists does for a page's markup."""
    if "\n" not in text:
        return text
    labels = _related_labels()
    lines = text.split("\n")
    kept: list[str] = []
    in_list = cut = False
    for at, line in enumerate(lines):
        marked = _LINK_MARK.match(line) if ">" in line or "»" in line or "(*)" in line else None
        bare = " ".join(line[marked.end() if marked else 0:].replace(">>", ":").split()).rstrip(": ").lower()
        label, colon, _ = bare.partition(":")
        linked = marked is not None and marked.group().strip() != "(*)" and len(line) <= _MAX_LINK_CHARS \
            and not line.rstrip().endswith((".", ";"))
        if bare in _comment_labels():  # the readers' comments, to the page's end
            kept.append("")
            cut = True
            break
        if bare in labels and _heads_fields(lines, at + 1):
            pass  # "Văn bản chỉ đạo điều hành / Số ký hiệu: 45/KH-UBND / …": the heading of the page's own document
        elif bare in labels or colon and label.rstrip() in labels or linked:  # "Các bài viết khác: Nghị định …"
            in_list = True
        elif not in_list and (inline := _label_after_sentence().search(line)):  # "… 0207.3822.xxx. Tin liên quan: …"
            kept.append(line[:inline.start()])
            in_list = cut = True
            continue
        elif in_list and (not bare or line.rstrip().endswith(_LINE_ENDS_SENTENCE) or line.isupper()):
            in_list = False  # a blank line, a sentence, or a printed document's header in capitals
        if not in_list:
            kept.append(line)
    return "\n".join(kept) if cut or len(kept) < len(lines) else text


_DOCUMENT_FIELD = re.compile(r"\s*(?:Số ký hiệu|Số, ký hiệu|Số/Ký hiệu|Số hiệu|Ký hiệu|Số văn bản)\s*:", re.I)


def _heads_fields(lines: list[str], start: int) -> bool:
    """Does the next line that is not blank give a document's number as a field ("Số ký hiệu: 45/KH-UBND")?"""
    line = next((line for line in lines[start:start + 3] if line.strip()), "")
    return _DOCUMENT_FIELD.match(line) is not None


# --- dates in metadata ----------------------------------------------------------------

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"\s*(?:[^\d]*?)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_RFC_2822 = re.compile(r"\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\b")
_EPOCH_DIGITS = (10, 13)  # seconds or milliseconds since 1970
_VIETNAM_TIME = timezone(timedelta(hours=7))


def iso_date(value: str) -> str | None:
    """The calendar date of a metadata timestamp: "2020-06-04T08:15:00+07:00",
    "2020-06-04", "04/06/2020 08:15" (day first, as Vietnamese sites write it), an RSS
    "Thu, 04 Jun 2020 08:15:00 +0700", or a Unix time in seconds or milliseconds (its day in
    Việt Nam)."""
    if m := _ISO.match(value):
        y, mo, d = m.groups()
    elif m := _DMY.match(value):
        d, mo, y = m.groups()
    elif _RFC_2822.match(value):
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError):
            return None
    elif (digits := value.strip()).isdigit() and len(digits) in _EPOCH_DIGITS:
        seconds = int(digits) / (1000 if len(digits) == 13 else 1)
        return datetime.fromtimestamp(seconds, _VIETNAM_TIME).date().isoformat()
    else:
        return None
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


# --- .html ----------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def _decode_html(data: bytes, name: str) -> str:
    """A page's own <meta charset> is believed when the bytes are not UTF-8."""
    try:
        return decode(data, name)
    except ReadError:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise


# Elements that are never article text.
_DROP_TAGS = (
    "script, style, noscript, template, svg, nav, footer, aside, form, iframe, "
    "button, select, [hidden]"
)
# class/id words of page furniture on Vietnamese news sites (menus, comments, share bars,
# related-article lists, banners).
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?|comments?|binh-?luan|footer|header|sidebar|"
    r"relat(?:ed|e|ion)(?:-?news|-?posts?)?|(?:tin-?|bai-?)?lien-?quan(?:-?v?\d+)?|tin-?khac|"
    r"(?:tin-?)?cung-?chuyen-?muc|other-?news|more-?news|share|social|tags?|banner|ads?|"
    r"advert\w*|quang-?cao|popup|modal|cookie|login|search|subscribe|widget|print|rating|"
    r"y-?kien(?:-?ban-?doc)?|ban-?doc|thao-?luan|feedback|replies)"
    r"(?:$|[\s_-])",
    re.I,
)
_BLOCK_TAGS = frozenset(
    "p div section article h1 h2 h3 h4 h5 h6 li ul ol blockquote table tr td th "
    "dd dt dl pre main figure figcaption hr".split()
)
_TITLE_META = ('meta[property="og:title"]', 'meta[name="title"]', 'meta[name="twitter:title"]')
_PUBLISHED_META = (
    'meta[property="article:published_time"]', 'meta[property="og:published_time"]',
    'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]',
    'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]', 'meta[name="date"]',
    'meta[property="og:updated_time"]',
)
_URL_META = ('link[rel="canonical"]', 'meta[property="og:url"]')
# class words of a lead and of a publication stamp; "sapo" and the stamp's words also inside a
# compound ("article__sapo", "detail-time", "publish-date")
_LEAD_CLASS = re.compile(r"(?:^|\s)(?:lead|summary|description)(?:$|\s)|(?:^|[\s_-])sapo(?:$|[\s_-])", re.I)
_STAMP_CLASS = re.compile(r"(?:^|[\s_-])(?:date|time|datetime|pubdate|publish\w*|ngay-?dang)(?:$|[\s_-])", re.I)
_MAX_STAMP_CHARS = 80  # "Thứ Sáu, 14-07-2023, 10:25 (GMT+7)"; longer is prose or a list
_MIN_ARTICLE_CHARS = 200


def read_html(html: str, id: str, path: str) -> RawArticle:
    """The article of a news page: title, lead and body paragraphs, without page furniture."""
    tree = LexborHTMLParser(html)
    title = _first_attr(tree, _TITLE_META, "content") or _text_of(tree.css_first("h1")) \
        or _text_of(tree.css_first("title"))
    published = _published(tree)
    source_url = _first_attr(tree, _URL_META, "href") or _first_attr(tree, _URL_META, "content")
    lead = _lead(tree)
    body = tree.body
    if body is None:
        raise ReadError(path, "no <body>: not an HTML page")
    _remove_furniture(body, title)
    published = published or _stamped(body)
    container = _article_container(body)
    _remove_related_lists(container)
    paragraphs = _paragraphs(container)
    if sum(len(p) for p in paragraphs) + len(lead or "") < _MIN_ARTICLE_CHARS:  # the lead is article text
        raise ReadError(path, "no article text found in the page (only menus, links or scripts)")
    parts = [p for p in (title, lead) if p and p not in paragraphs] + paragraphs
    text = normalise("\n\n".join(parts))
    if (size := len(text.encode())) > MAX_ARTICLE_BYTES:
        raise ReadError(path, _too_large(size, MAX_ARTICLE_BYTES))
    return RawArticle(
        id=id, text=text, title=normalise(title) if title else None, published=published,
        source_url=source_url, path=path,
    )


def _first_attr(tree: LexborHTMLParser, selectors: tuple[str, ...], attr: str) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None and (value := (node.attributes.get(attr) or "").strip()):
            return value
    return None


def _published(tree: LexborHTMLParser) -> str | None:
    candidates = [_first_attr(tree, (s,), "content") for s in _PUBLISHED_META]
    for node in tree.css('script[type="application/ld+json"]'):
        if m := re.search(r'"datePublished"\s*:\s*"([^"]+)"', node.text() or ""):
            candidates.append(m.group(1))
    candidates += [n.attributes.get("datetime") for n in tree.css("time[datetime]")]
    for value in candidates:
        if value and (iso := iso_date(value)):
            return iso
    return None


def _stamped(body: LexborNode) -> str | None:
    """The date of a page that gives it only as text: the first short <time>, or element of a
    stamp's class ("date", "detail-time"), holding a full date ("Thứ Sáu, 14-07-2023, 10:25").
    Read after the furniture is gone: a related list's items carry the dates of other articles."""
    for node in body.css("time, [class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if node.tag != "time" and not _STAMP_CLASS.search(label):
            continue
        text = node.text(separator=" ")
        if len(text) <= _MAX_STAMP_CHARS and (day := next((d.iso for d in find_dates(text) if d.iso), None)):
            return day
    return None


def _remove_furniture(body: LexborNode, title: str | None) -> None:
    """Drop scripts, menus, comments, related lists... A class word alone never removes more
    than half of the page's text, a wrapper called "has-comments" still holding the article,
    unless the node is apart from the article's headline: comments may outweigh a short article.
    Nor does it remove the header block of a document the page prints (a "vb-header" table):
    its body, number, place and date are the page's."""
    half = len(body.text(strip=True)) / 2
    headline = _headline(body, title)
    doomed = {n.mem_id: n for n in body.css(_DROP_TAGS)}
    for node in body.css("[class], [id]"):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE.search(label) and node.tag not in ("main", "article") \
                and not node.css_first("[itemprop=articleBody]") and not _holds_document_header(node) \
                and (len(node.text(strip=True)) < half
                     or headline is not None and not _has_ancestor_in(headline, {node.mem_id: node})):
            doomed[node.mem_id] = node
    # outermost only, chosen before any removal: decomposing a node frees its descendants
    outermost = [n for n in doomed.values() if not _has_ancestor_in(n, doomed)]
    for node in outermost:
        node.decompose()


# The motto line that heads a Party or a state document (vn-conventions §1), above or beside its number.
DOCUMENT_MOTTOS = ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
_NUMBER_LINE = re.compile(r"^\s*Số\s*:?\s*\d", re.MULTILINE)


def _holds_document_header(node: LexborNode) -> bool:
    """Does the element hold a document's header block: a motto on a line of its own and a
    line that opens with the document's number ("Số 12-KH/TU")?"""
    text = node.text(separator="\n")
    return any(m in text for m in DOCUMENT_MOTTOS) and _NUMBER_LINE.search(text) is not None \
        and any(line.strip() in DOCUMENT_MOTTOS for line in text.splitlines())


_MIN_HEADLINE_CHARS = 20  # shorter is a site's name ("Báo Hà Tĩnh" in <h1 class="logo">)


def _headline(body: LexborNode, title: str | None) -> LexborNode | None:
    """The <h1> that is the article's title, if the page has one."""
    if not title:
        return None
    for node in body.css("h1"):
        text = _text_of(node)
        if text and len(text) >= _MIN_HEADLINE_CHARS and (text in title or title in text):
            return node
    return None


def _has_ancestor_in(node: LexborNode, nodes: dict[int, LexborNode]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in nodes:
            return True
        parent = parent.parent
    return False


# where a label is written: its own block, or bold inside a block of an old portal ("<td>…<b>Các
# tin khác:</b><br><a>…</a><br><a>…</a></td>")
_LABEL_ELEMENTS = "p, div, h2, h3, h4, h5, h6, li, section, td, b, strong, em, span, font"
_MOSTLY_LINKS = 0.6  # share of a block's text in links that makes it a list of links (the rest: dates)


@cache
def _related_labels() -> frozenset[str]:
    return frozenset(row["label"] for row in read_csv("related_labels.csv"))


@cache
def _comment_labels() -> frozenset[str]:
    return frozenset(row["label"] for row in read_csv("comment_labels.csv"))


@cache
def _label_after_sentence() -> re.Pattern[str]:
    """A label and its colon opening a sentence inside a line, as a page's related link flattened into its
    paragraph leaves it ("Đường dây nóng …: 0207.3822.xxx. Tin liên quan: Hà Giang ban hành Quyết định …")."""
    labels = "|".join(re.escape(label) for label in sorted(_related_labels(), key=len, reverse=True))
    return re.compile(rf"(?<=[.!?])[ ]+(?i:{labels})[ ]*:")


def _remove_related_lists(container: LexborNode) -> None:
    """Drop a "Tin liên quan:" / "Xem thêm:" label written inside the article's body, with the
    lists of links after it: they name other articles, whose documents and places are not the
    article's (a link "Can Lộc triển khai Kế hoạch số 210-KH/HU" in a Nghi Xuân report gave
    Nghi Xuân that plan)."""
    labels = _related_labels()
    doomed: dict[int, LexborNode] = {}
    for node in container.css(_LABEL_ELEMENTS):
        text = " ".join(node.text().split())
        head, colon, rest = text.partition(":")
        if text.rstrip(": ").lower() in labels:
            while (parent := node.parent) is not None and parent.mem_id != container.mem_id \
                    and " ".join(parent.text().split()) == text:  # "<tr><td><b>Tin liên quan:</b></td></tr>": its row
                node = parent
            doomed[node.mem_id] = node
            sibling = node.next
            while sibling is not None and (sibling.is_text_node and not (sibling.text_content or "").strip()
                                           or sibling.tag == "br"
                                           or not sibling.is_text_node and _is_link_list(sibling)):
                doomed[sibling.mem_id] = sibling
                sibling = sibling.next
        elif colon and head.strip().lower() in labels and rest.strip() \
                and _is_link_list(node, len("".join(head.split())) + 1):
            doomed[node.mem_id] = node
    for node in [n for n in doomed.values() if not _has_ancestor_in(n, doomed)]:
        node.decompose()


def _is_link_list(node: LexborNode, label_chars: int = 0) -> bool:
    """Is the block's text (after a label of `label_chars`) mostly the text of links?"""
    chars = len("".join(node.text().split()))
    links = chars if node.tag == "a" else sum(len("".join(a.text().split())) for a in node.css("a"))
    text = chars - label_chars
    return text > 0 and links >= _MOSTLY_LINKS * text


def _article_container(body: LexborNode) -> LexborNode:
    """The element whose own paragraphs hold the most text: an explicit article-body
    marker when the page has one, else the parent of the most paragraph text."""
    for selector in ("[itemprop=articleBody]", "article", "main"):
        nodes = [n for n in body.css(selector) if len(n.text(strip=True)) >= _MIN_ARTICLE_CHARS]
        if nodes:
            return max(nodes, key=lambda n: len(n.text(strip=True)))
    score: dict[int, tuple[int, LexborNode]] = {}
    for p in body.css("p, div"):
        parent = p.parent
        if parent is None or p.tag == "div" and any(child.tag in _BLOCK_TAGS for child in p.iter()):
            continue
        # a paragraph's own words: a sidebar's paragraphs of links ("Thông báo số 125/TB-UBND …") outweighed a
        # body written in <div>s
        length = len(p.text(strip=True)) - sum(len(a.text(strip=True)) for a in p.css("a"))
        old = score.get(parent.mem_id, (0, parent))[0]
        score[parent.mem_id] = (old + length, parent)
    if not score:
        return body
    return max(score.values(), key=lambda item: item[0])[1]


_LINE_BREAK = "\x1f"  # a <br>: a new line inside a paragraph, not a new paragraph


def _paragraphs(node: LexborNode) -> list[str]:
    """Text split into paragraphs at block elements; <br> starts a new line within one;
    inline markup (<b>, <a>, <span>) joins its neighbours; white space collapses as HTML does."""
    chunks: list[str] = []
    stack: list[LexborNode | None] = [node]
    while stack:
        current = stack.pop()
        if current is None:  # the end of a block element
            chunks.append("\n")
            continue
        if current.is_text_node:
            chunks.append(current.text_content or "")
            continue
        if current.is_comment_node:
            continue
        if current.tag == "br":
            chunks.append(_LINE_BREAK)
            continue
        block = current.tag in _BLOCK_TAGS
        if block:
            chunks.append("\n")
            stack.append(None)
        stack.extend(reversed(list(current.iter(include_text=True))))
    paragraphs = []
    for raw in "".join(chunks).split("\n"):
        lines = (" ".join(segment.split()) for segment in raw.split(_LINE_BREAK))
        if paragraph := "\n".join(line for line in lines if line):
            paragraphs.append(paragraph)
    return paragraphs


def _lead(tree: LexborHTMLParser) -> str | None:
    """The lead (sapo), which many sites keep outside the body container."""
    for node in tree.css("[class], [itemprop=description]"):
        if node.tag != "meta" and (node.attributes.get("itemprop") == "description"
                                   or _LEAD_CLASS.search(node.attributes.get("class") or "")) \
                and (text := _text_of(node)) and len(text) >= 40:
            return text
    return None


def _text_of(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    return " ".join(node.text(separator=" ").split()) or None
