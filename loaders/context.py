"""What an article is about: its publication date and its province/district.

The extractor localises issuers named without a place ("Ban Thường vụ Tỉnh ủy" in a Gia Lai
paper is Tỉnh ủy Gia Lai) from `ArticleContext.place`, and the scorer pairs local documents by
it, so a wrong place costs more than no place: every rule here prefers None to a guess.

Published date: metadata wins; otherwise only a header that is clearly a publication stamp —
a date with a time ("15/10/2019 09:59", "Thứ Tư, 11/02/2015, 11:10 [GMT+7]"), a labelled date
("Cập nhật: 05-02-2013"), a dated lead "(09/03/2020) …", or a lead that reports a local body's
act of that day ("Ngày 16/5/2022, UBND tỉnh Thanh Hóa ban hành …"). A bare weekday banner
("Thứ Năm, ngày 4 tháng 6 năm 2020") is the site's page date, not the article's.

Place: evidence from the title, the lead's byline ("(Can Lộc)", "(Thanhuytphcm.vn)",
"(QBĐT)"), the source URL's domain, the outlet named on the last lines ("Theo Báo Bắc Giang")
and the places the text names, weighted by where they are and whether a body is attached
("Tỉnh ủy Hà Tĩnh", "UBND huyện Can Lộc"). After the 2025 reform an article has a province
only, the one in force (see _names).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter
from urllib.parse import urlsplit

from loaders import gazetteer as gz
from loaders.dates import DATE_RE, find_dates
from loaders.readers import DOCUMENT_MOTTOS, iso_date
from loaders.record import Place
from loaders.tables import NUMBER_WORD, UPPER, cues, phrase_pattern, read_csv, read_table



@dataclass(frozen=True)
class DocumentHeader:
    """The header block of a document the page prints (ĐẢNG CỘNG SẢN VIỆT NAM / TỈNH ỦY HÀ TĨNH
    / * / Số 12-KH/TU / Hà Tĩnh, ngày 3 tháng 5 năm 2023 / KẾ HOẠCH)."""

    issuer: str  # the issuing body's lines as written, joined by a space ("TỈNH ỦY HÀ TĨNH")
    symbol: str | None  # as written after "Số" ("12-KH/TU")
    date: str | None  # ISO, from the place-and-date line
    place_line: str | None  # "Hà Tĩnh, ngày 3 tháng 5 năm 2023"


@dataclass
class ArticleContext:
    published: str | None
    place: Place
    header: DocumentHeader | None = None


def detect(text: str, title: str | None = None, published: str | None = None,
           source_url: str | None = None) -> ArticleContext:
    layout = _Layout(text, title)
    header = _document_header(layout)
    # a page printing a document is dated by the document when it gives no date of its own
    published = (_iso_date(published) if published else None) or _published(layout) or (header and header.date)
    return ArticleContext(published=published, place=_place(layout, source_url, published, header), header=header)


_iso_date = lru_cache(maxsize=4096)(iso_date)  # a corpus holds many articles of one day


# --- the parts of an article ---------------------------------------------------------------

_MIN_LEAD_CHARS = 150
# A shorter paragraph after the title is the lead when it is a sentence: VnExpress's
# "Hà Tĩnh Ban Thường vụ Huyện ủy Can Lộc thi hành kỷ luật … Quy định số 69-QĐ/TW." (127
# characters); a caption ends with its credit ("Ảnh: Thu Hà"), a stamp with its time.
_MIN_SENTENCE_LEAD_CHARS = 100
_SENTENCE_ENDS = (".", "!", "?", "…", ".”", '."')
_MAX_TITLE_CHARS = 250


_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")


@dataclass
class _Paragraph:
    text: str
    start: int


class _Layout:
    """Title, header lines (between title and lead) and lead of a plain-text article."""

    def __init__(self, text: str, title: str | None) -> None:
        self.text = text
        self.title: _Paragraph | None = None
        self.header: list[_Paragraph] = []
        self.lead: _Paragraph | None = None
        for m in _PARAGRAPH.finditer(text):  # up to the lead only
            p = _Paragraph(m.group(), m.start())
            stripped = p.text.strip()
            if len(stripped) >= _MIN_LEAD_CHARS or (
                    self.title is not None and len(stripped) >= _MIN_SENTENCE_LEAD_CHARS
                    and stripped.endswith(_SENTENCE_ENDS)):
                self.lead = p
                break
            if self.title is None and _looks_like_title(stripped):
                self.title = p
            else:
                self.header.append(p)
        if self.title is not None and _is_kicker(self.title.text):
            # a category or breadcrumb above the headline ("Xây dựng Đảng", "Trang chủ > Chính trị")
            headline = next((p for p in self.header if _looks_like_title(p.text.strip()) and not _is_kicker(p.text)),
                            None)
            if headline is not None:
                self.header = sorted([self.title, *(p for p in self.header if p is not headline)],
                                     key=lambda p: p.start)
                self.title = headline
        if title:  # a title from metadata is the title, wherever the text starts
            in_text = text.find(title)
            self.title = _Paragraph(title, in_text if in_text >= 0 else -1)


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return (len(words) >= 3 and len(line) <= _MAX_TITLE_CHARS and not line.endswith(".")
            and not is_date_line(line))


_MAX_KICKER_WORDS = 4
_CRUMB = re.compile(r"\s[>»›|/]\s")


def _is_kicker(line: str) -> bool:
    """A section name or breadcrumb, not a headline: a few words, or parts joined by ">"."""
    return len(line.split()) <= _MAX_KICKER_WORDS or _CRUMB.search(line) is not None


_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_STAMP_LABEL = re.compile(  # in brackets too: "(Ngày đăng: 13-05-2024)"
    r"^\s*\(?\s*(?:cập nhật|ngày cập nhật|đăng|đăng ngày|ngày đăng|đăng lúc|xuất bản|ngày xuất bản|"
    r"thời gian đăng|published|updated)\s*:?", re.IGNORECASE,
)
# Words a date line may hold besides its date: weekday, "ngày/tháng/năm", time zone.
_DATE_LINE_WORDS = re.compile(
    r"thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|ngày|tháng|gmt|cập|nhật|đăng|xuất|bản|lúc", re.IGNORECASE
)


def is_date_line(line: str) -> bool:
    """"Thứ Năm, ngày 4 tháng 6 năm 2020", "15/10/2019 09:59": a date and nothing to read."""
    if not DATE_RE.search(line):
        return False
    words = re.findall(r"[^\W\d_]+", DATE_RE.sub(" ", line))
    return all(_DATE_LINE_WORDS.fullmatch(w) for w in words)


# --- published -------------------------------------------------------------------------------

_DATED_LEAD = re.compile(r"^\s*\(\s*(?P<date>[^()]{6,12})\s*\)")
# a lead that opens with where and when it was written, set off by a dash: "Quảng Ninh, 06/9/2024 - Chiều 5/9, …",
# "Thái Bình, ngày 14/6/2019 – …"
# a place name and its comma, before a date: shared by the lead's form below and a header line's (_PLACE_DATELINE)
_PLACE_BEFORE_DATE = r"(?P<place>[^\W\d_][^,\d\n]{1,40}),[ ]*(?:ngày[ ]+)?"
_PLACE_DATED_LEAD = re.compile(rf"^\s*{_PLACE_BEFORE_DATE}(?P<date>\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})[ ]+[-–][ ]")
_LOCAL_BODY = re.compile(
    r"\b(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|"
    r"(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)|Đảng ủy|Đảng uỷ|Ban Thường vụ (?:Tỉnh|Thành|Huyện|Quận|Thị)|"
    r"Đảng bộ (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b)"
)
_CENTRAL_BODY = re.compile(
    r"\b(?:Trung ương|Bộ Chính trị|Ban Bí thư|Chính phủ|Thủ tướng|Quốc hội|Bộ [A-ZĐ])"
)
# the subject runs to the verb within the sentence: a dot inside an abbreviation ("TP.HCM") does
# not end it
_REPORTED_ACT = re.compile(  # after the outlet's byline, if any: "(Baogialai.com.vn) - Ngày 19/8/2025, …"
    r"^\s*(?:\([^()\n]{2,40}\)\s*[-–]\s*)?Ngày\s+(?P<date>[^,]{6,25}),\s*(?P<subject>(?:[^.;]|\.(?=\S)){3,200}?)"
    rf"\b(?:{phrase_pattern(cues('reported_act'))})\b")


# a news bulletin's name, in a headline or header line that then gives its day (data/cues bulletin)
_BULLETIN_IN_LINE = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('bulletin'))})(?![^\W\d_])", re.IGNORECASE)
# "Thứ ba, 02/11/2021": a paper's dateline, weekday and numeric date alone
_WEEKDAY_DATELINE = re.compile(rf"(?=[TC])(?:{phrase_pattern(cues('weekday'), either_case=True)})")  # capitalised


def _published(layout: _Layout) -> str | None:
    for line in layout.header[:6]:
        stamp = line.text.strip()
        if len(stamp) <= 80 and (_TIME.search(stamp) or _labelled_stamp(stamp) or _is_signed_date(stamp)
                                 or _is_dateline(line, layout) or _place_dateline(stamp) and not _printed(layout)):
            if day := _full_date(stamp):
                return day
    for line in filter(None, (layout.title, *layout.header[:6])):
        if day := _bulletin_day(line.text.strip()):
            return day  # "Bản tin thời sự trưa 20/11/2024", "Điểm tin Tây Bắc ngày 12/3/2024": the broadcast's day
    lead = layout.lead.text if layout.lead else ""
    if (m := _DATED_LEAD.match(lead)) and (day := _full_date(m.group("date"))):
        return day
    if (m := _PLACE_DATED_LEAD.match(lead)) and _byline_units(m.group("place")) and (day := _full_date(m.group("date"))):
        return day
    if (m := _REPORTED_ACT.match(lead)) and (day := _full_date(m.group("date"))):
        subject = m.group("subject")
        if _LOCAL_BODY.search(subject) and not _CENTRAL_BODY.search(subject):
            return day
    return None


_BULLETIN_NAME_CHARS = 40  # a station's name before the bulletin's ("VTV1 - Thời sự 19h", "Đài PT-TH tỉnh - Bản tin …")
_BULLETIN_LINE_CHARS = 100


def _bulletin_day(line: str) -> str | None:
    """The day a bulletin's name line gives, in a headline or a header line under it, in any case, after the
    station's name too ("BẢN TIN THỜI SỰ 19 GIỜ NGÀY 18/5/2021", "VTV1 - THỜI SỰ 19H NGÀY 1/4/2020", "Chương trình thời
    sự tối 27-3-2012"); not a document's date ("Bản tin: Kế hoạch 12/KH-UBND ngày 5/8/2024")."""
    if len(line) > _BULLETIN_LINE_CHARS or (name := _BULLETIN_IN_LINE.search(line, 0, _BULLETIN_NAME_CHARS)) is None:
        return None
    found = next((d for d in find_dates(line) if d.iso and d.start >= name.end()), None)
    if found is None or "/" in line[name.end():found.start]:
        return None
    return found.iso


def _is_dateline(line: _Paragraph, layout: _Layout) -> bool:
    """A weekday and a numeric date right under the headline, or between a breadcrumb and it
    ("Thứ ba, 02/11/2021"): the article's dateline. A banner is the page's first line, or
    spells its date out ("Thứ Năm, ngày 4 tháng 6 năm 2020")."""
    weekday, comma, day = line.text.strip().partition(", ")
    if not comma or not _WEEKDAY_DATELINE.fullmatch(weekday) or not DATE_RE.fullmatch(day) \
            or not day[:1].isdigit() or layout.title is None:
        return False
    between = layout.text[min(line.start, layout.title.start):max(line.start, layout.title.start)]
    return between.count("\n") <= 2 and layout.text[:line.start].strip() != ""


# "Yên Bái, ngày 20/1/2025" under a speech's or a letter's headline: where and when it was given
_PLACE_DATELINE = re.compile(rf"{_PLACE_BEFORE_DATE}(?P<date>\d[^\n]{{5,25}}?)[ ]*\.?")


@lru_cache(maxsize=4096)
def _place_dateline(line: str) -> tuple[gz.Unit, ...]:
    """The province or district of a header line that is a place and a full date alone ("Quảng Trị, ngày
    18/5/2021"); empty for any other line."""
    m = _PLACE_DATELINE.fullmatch(line)
    if m is None or not DATE_RE.fullmatch(m.group("date")):
        return ()
    return _byline_units(m.group("place"))


def _printed(layout: _Layout) -> bool:
    """Does the page print a document's number line ("Số 45-KH/HU")? Its place-and-date line is then the
    document's, not the article's."""
    return any(_HEADER_SYMBOL.match(p.text.strip()) for p in layout.header[:_HEADER_LINES])


def _labelled_stamp(stamp: str) -> bool:
    """A date labelled as the article's, also after other fields of the line ("Lượt xem: 120 | Ngày đăng: 13/05/2024")."""
    return any(_STAMP_LABEL.match(part) for part in stamp.split("|"))


_SIGNATURE_SEPARATOR = re.compile(r"\s+[|–-]\s+|\s*\|\s*")
_MAX_NAME_WORDS = 4


def _is_signed_date(line: str) -> bool:
    """An author's name beside a date ("Thu Hà | 15/09/2021"), or the outlet's ("Thời báo Ngân hàng - 25/6/2024"):
    the article's date, as a banner date alone is not."""
    parts = _SIGNATURE_SEPARATOR.split(line)
    if len(parts) != 2:
        return False
    dates = [p for p in parts if is_date_line(p)]
    names = [p.split() for p in parts if not DATE_RE.search(p)]
    if len(dates) != 1 or len(names) != 1:
        return False
    if _is_outlet(" ".join(names[0])):
        return True
    return 0 < len(names[0]) <= _MAX_NAME_WORDS \
        and all(w[0].isupper() and w.isalpha() for w in names[0]) \
        and not all(_DATE_LINE_WORDS.fullmatch(w) for w in names[0])  # "Thứ Năm | 04/06/2020": a banner


_OUTLET_NAME_WORDS = 6  # "Báo Điện tử Đảng Cộng sản Việt Nam" is no dateline's


def _is_outlet(name: str) -> bool:
    """An outlet's name: one of data/outlets.csv ("Kinh tế & Đô thị"), or a capitalised outlet word and a capitalised
    name after it ("Báo Đầu tư", "Thời báo Ngân hàng", "Tạp chí Tài chính"); not "báo cáo …"."""
    if name in _outlets():
        return True
    m = _outlet_words().match(name)
    return m is not None and m.group()[:1].isupper() and name[m.end():m.end() + 1].isupper() \
        and len(name.split()) <= _OUTLET_NAME_WORDS


def _full_date(text: str) -> str | None:
    found = [d.iso for d in find_dates(text) if d.iso]
    return found[0] if found else None


# --- a document's header block ------------------------------------------------------------

_HEADER_SYMBOL = re.compile(rf"^{NUMBER_WORD}\s*:?\s*(?P<symbol>\d[^\s,;]*(?:[ ]*[-/][ ]*[^\s,;]+)*)\s*$")
_PLACE_DATE = re.compile(r"^(?P<place>[^\W\d_][^,\d\n]{1,40}(?:[ ]\d{1,2})?),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?$")
_HEADER_LINES = 12  # a header block is a few short lines between the headline and the text


def _document_header(layout: _Layout) -> DocumentHeader | None:
    """The header block of a document printed in the page, if the lines before its text hold
    one: a motto line ("ĐẢNG CỘNG SẢN VIỆT NAM"), the body in capitals, its "Số …" line, its
    place-and-date line. A page may print them in any order (an HTML table reads the left
    column, the body and its number, before the right, the motto and the date)."""
    lines = [p.text.strip() for p in ([layout.title] if layout.title else []) + layout.header[:_HEADER_LINES]]
    if not any(line in DOCUMENT_MOTTOS for line in lines):
        return None
    symbol = next((m.group("symbol") for line in lines if (m := _HEADER_SYMBOL.match(line))), None)
    place_line = next((line for line in lines if _PLACE_DATE.match(line)), None)
    if symbol is None and place_line is None:
        return None
    body = [line for line in lines if line not in DOCUMENT_MOTTOS and line.isupper() and line not in _type_lines()]
    return DocumentHeader(issuer=" ".join(body), symbol=symbol,
                          date=_full_date(place_line) if place_line else None, place_line=place_line)


@cache
def _type_lines() -> frozenset[str]:
    """Document types as a header's type line writes them ("KẾ HOẠCH", "CHƯƠNG TRÌNH")."""
    return frozenset(row["word"].upper() for row in read_table("document_types.tsv"))


# --- place -----------------------------------------------------------------------------------

# Weights of one piece of evidence for a unit, by where it is.
_TITLE, _BYLINE, _URL, _LEAD, _BODY = 6.0, 6.0, 3.0, 3.0, 1.0
_PREFIXED_BONUS, _BODY_BONUS = 0.5, 1.0
_MIN_PROVINCE_SCORE = 2.0
# News states its place early: the body is read for places only this far, which keeps the
# cost per article bounded (long reports repeat the place, they do not change it).
_BODY_SCAN_CHARS = 3000
_STRONG_DISTRICT = 6.0  # named in the title or byline: the article is about the district

# "(GLO)- ", or an outlet's initials bare before the dash: "GLO- ", "STO - "
# … or the paper named bare before the dash: "Báo Hòa Bình - Chỉ thị số 35-CT/TW …"
_BYLINE_RE = re.compile(r"^\s*(?:\((?P<tag>[^()\n]{2,40})\)\s*(?:[-–]\s*)?|(?P<initials>[A-ZĐ]{2,8})[ ]?[-–][ ]+"
                        r"|(?P<paper>Báo(?:[ ][^\W\d_]+){1,4}?)[ ]?[-–][ ]+)")
# A body just before a place name: "Tỉnh ủy Hà Tĩnh", "UBND huyện Can Lộc", "Đảng bộ quận".
_BODIES = ("Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Quận ủy", "Quận uỷ",
           "Thị ủy", "Thị uỷ", "Đảng bộ", "Đảng ủy", "Đảng uỷ", "UBND", "HĐND", "Ủy ban nhân dân",
           "Uỷ ban nhân dân", "Hội đồng nhân dân", "Công an", "MTTQ", "Mặt trận Tổ quốc",
           "Ban Thường vụ", "Ban Chấp hành",
           # a bloc's committee, before its level word: "Đảng ủy Khối các cơ quan tỉnh Nam Định"
           "Đảng ủy Khối các cơ quan", "Đảng uỷ Khối các cơ quan", "Đảng ủy Khối Doanh nghiệp", "Đảng uỷ Khối Doanh nghiệp")
_LEVELS_AFTER_BODY = ("tỉnh", "thành phố", "TP.", "TP", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_BODY_BEFORE = re.compile(
    rf"(?:{'|'.join(_BODIES)})(?:\s+(?:{'|'.join(map(re.escape, _LEVELS_AFTER_BODY))}))?\s*$"
)
# the last word of a body or a level word: a cheap test before the regex
_BODY_LAST_WORDS = tuple({phrase.split()[-1] for phrase in _BODIES + _LEVELS_AFTER_BODY})
# Bodies counted over the whole text, each as (a cheap pattern of its first syllable, which
# the regex engine skips to in C, and the exact words checked where it is found).
_DISTRICT_BODIES = (re.compile(r"[HQThqt](?:uyện|uận|hị)"),
                    re.compile(r"\b(?:Huyện|Quận|Thị) (?:ủy|uỷ)|\b(?:huyện|quận|thị xã)\b"))
_PROVINCE_BODIES = (re.compile(r"[Tt](?:ỉnh|hành)"),
                    re.compile(r"\b(?:Tỉnh|Thành) (?:ủy|uỷ)|\b(?:tỉnh|thành phố)\b"))
_CITY_COMMITTEE_BEFORE = re.compile(r"Thành (?:ủy|uỷ)[ ]+$")
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:[Tt]ại|[Ởở])\b[^,.;:\n]*|\b(?:các|những)[ ]+(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)[ ]+)$"
)
# a place that ends a list of bare level words is one kind of addressee, not what the lead is about: "gửi các
# bệnh viện, trung tâm y tế quận, huyện, TP Thủ Đức", "UBND các quận, huyện và thành phố Thủ Đức"
_AFTER_BARE_LEVELS = re.compile(r"\b(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)(?:[ ]*,[ ]*|[ ]+và[ ]+)"
                                r"(?:(?:TP|Tp|TX|Tx|[Tt]hành phố|[Tt]hị xã|[Qq]uận|[Hh]uyện)\.?[ ]*)?$")
# In a tỉnh, "Thành ủy" and "thành phố" are the provincial city's: a district's bodies.
_CITY_BODIES = (re.compile(r"[Tt]hành"), re.compile(r"\bThành (?:ủy|uỷ)|\bthành phố\b"))


def _place(layout: _Layout, source_url: str | None, published: str | None,
           header: DocumentHeader | None = None) -> Place:
    """The article's place, its province named as on the day it was published (Thừa Thiên Huế
    until 2025, Huế after). In an article published after the 2025 reform there are no
    districts, and a legacy commune is not the commune of that day: only the province is
    kept ("xã Can Lộc … thuộc huyện Can Lộc (cũ)" in August 2025 placed the article, and its
    "Đại hội Đảng bộ xã", in the former district)."""
    reformed = bool(published) and published >= gz.REFORM_DATE
    place = _evidence(layout, source_url, published, header).decide(layout.text, published)
    if reformed and place.district_code:
        return Place(province=place.province, province_code=place.province_code)
    return place


def _evidence(layout: _Layout, source_url: str | None, published: str | None,
              header: DocumentHeader | None = None) -> _Evidence:
    evidence = _Evidence()
    text = layout.text
    if header is not None:  # the page prints a document: its body and place line say where it is
        for line in filter(None, (header.issuer, header.place_line)):
            for name in _names(line, published):
                evidence.add(name.units, _BYLINE)
    placed: dict = {}
    body_names = _names(text[:_BODY_SCAN_CHARS], published, placed)
    if layout.title is not None:
        for name in _names(layout.title.text, published, placed):
            evidence.add(name.units, _TITLE)
            if _CITY_COMMITTEE_BEFORE.search(layout.title.text, max(0, name.start - 12), name.start):
                evidence.former_cities.extend((city, _TITLE) for city in _former_cities_of(name.units))
    datelines = [units for line in layout.header[:6] if (units := _place_dateline(line.text.strip()))]
    if datelines and not _printed(layout):
        for units in datelines:
            evidence.add(list(units), _BYLINE)
    if layout.lead is not None and (byline := _BYLINE_RE.match(layout.lead.text)):
        for unit in _byline_units(byline.group("tag") or byline.group("initials") or byline.group("paper")):
            evidence.add([unit], _BYLINE)
    if source_url:
        for unit in _domain_units(_host(source_url)):
            evidence.add([unit], _URL)
    for unit in _source_units(text, published):
        evidence.add([unit], _URL)
    for reporter in _reporters(text):  # the outlet's own reporter: its province's
        for unit in _byline_units(reporter.group("paper")):
            evidence.add([gz.province_of(unit)], _URL)
    lead_span = (layout.lead.start, layout.lead.start + len(layout.lead.text)) if layout.lead else (0, 0)
    title = layout.title
    # a title given as metadata and absent from the text has no span there
    title_span = (title.start, title.start + len(title.text)) if title and title.start >= 0 else (-1, -1)
    for start, _, prefixed, units in body_names:
        if title_span[0] <= start < title_span[1]:
            continue  # counted as the title
        if _CITY_COMMITTEE_BEFORE.search(text, max(0, start - 12), start):
            units, prefixed = _cities_of(units), True  # "Thành ủy Cà Mau" in a tỉnh: its city
            former_cities = _former_cities_of(units)
        else:
            former_cities = []
        in_lead = lead_span[0] <= start < lead_span[1] \
            and not _AFTER_BARE_LEVELS.search(text, max(lead_span[0], start - 20), start)
        weight = _LEAD if in_lead else _BODY
        if prefixed:
            weight += _PREFIXED_BONUS
        if _body_before(text, start):
            weight += _BODY_BONUS
        if in_lead and evidence.lead_subject is None:
            # the lead's first place, when written with its kind ("thành phố Thái Bình đã tổ
            # chức …"), is who acts: a district there is what the article is about; not where
            # the act happens ("tại thành phố Hà Tĩnh, Ban Thường vụ Tỉnh ủy …") nor one of
            # several ("các huyện Can Lộc, Thạch Hà và Cẩm Xuyên")
            acts = prefixed and not _NOT_SUBJECT_BEFORE.search(text, max(lead_span[0], start - 40), start)
            evidence.lead_subject = [u for u in units if u.level == "district"] if acts else []
        evidence.add(units, weight)
        evidence.former_cities.extend((city, weight) for city in former_cities)
    return evidence


def _names(text: str, published: str | None, placed: dict | None = None) -> list[gz.NameMatch]:
    """The place names of `text`, each with the (legacy) units it may denote on the day the
    article was `published` (before August 2008 "Chương Mỹ" is Hà Tây's). In an article
    published after the 2025 reform a commune's name is a 2025 commune's, and the commune is in
    its new province, represented by the legacy province whose name it kept ("phường Phan
    Thiết" in September 2025 is Lâm Đồng's, whose Tỉnh ủy the article's bare "Tỉnh ủy" is, not
    former Bình Thuận's nor Tuyên Quang's former ward); a legacy commune of that name no longer
    exists. Only the province: a 2025 commune is in no district. A name placed by an aside
    ("xã Thạch Đài (huyện Thạch Hà, Hà Tĩnh)") is placed so wherever it recurs; `placed` collects
    those placings, to be given to the names of another piece of the article (its title)."""
    found = [n for n in gz.find_names(text, day=published) if not _cut_commune(text, n)]
    placed = {} if placed is None else placed
    placed.update({n.units: _placed_by_aside(text, n).units for n in found
                   if text.startswith("(", n.end + (text[n.end:n.end + 1] == " "))})
    names = [gz.NameMatch(n.start, n.end, n.prefixed, placed[n.units]) if n.units in placed else n for n in found]
    if not (published and published >= gz.REFORM_DATE):
        return names
    by_span = {(n.start, n.end): _in_new_province(n) if _FORMER.match(text, n.end) else n for n in names}
    for new in gz.find_names(text, era="2025"):
        provinces = {_legacy_namesake(unit) for unit in new.units if unit.level == "commune"} - {None}
        if not provinces:
            continue
        known = by_span.get((new.start, new.end))
        legacy = [u for u in known.units if u.level != "commune"] if known else []
        units = tuple(dict.fromkeys([*legacy, *sorted(provinces, key=lambda u: u.code)]))
        by_span[(new.start, new.end)] = gz.NameMatch(new.start, new.end, new.prefixed, units)
    return sorted(by_span.values())


# a capitalised syllable right after a commune's name goes on with it: "xã Thanh Lĩnh" (merged away before the
# gazetteer's snapshot) is not "xã Thanh" of Hướng Hóa
_NAME_GOES_ON = re.compile(rf"[ ][{UPPER}][^\W\d_]*")


def _cut_commune(text: str, name: gz.NameMatch) -> bool:
    """Is the name a commune's, matched on the first syllables of a longer name the text gives?"""
    return name.prefixed and all(u.level == "commune" for u in name.units) and _NAME_GOES_ON.match(text, name.end) is not None


_FORMER = re.compile(r"[ ]*\((?:cũ|trước đây)\)")
# a name with its province or district in brackets after it: "Kỳ Sơn (Hòa Bình)", "xã Sín Chải (Tủa Chùa)",
# "xã Thạch Đài (huyện Thạch Hà, Hà Tĩnh)"
_ASIDE_PLACE = re.compile(r"[ ]?\((?P<place>[^\W\d_][^()\n,]{1,30})(?:,[ ]*[^\W\d_][^()\n,]{1,30})?\)")


def _placed_by_aside(text: str, name: gz.NameMatch) -> gz.NameMatch:
    """The name as the bracketed province or district after it places it: "Kỳ Sơn (Hòa Bình)" is Hòa Bình's
    district, merged away in 2020, not Nghệ An's, the one the list holds."""
    aside = _ASIDE_PLACE.match(text, name.end)
    outer = gz.lookup(aside.group("place")) if aside else None
    if outer is None or outer.level not in ("province", "district") \
            or all(gz.is_within(u, outer) for u in name.units):
        return name
    unit = gz.lookup(text[name.start:name.end], within=outer)
    if unit is None and outer.level == "district" and all(u.level == "commune" for u in name.units):
        unit = outer  # the text places the commune, which the gazetteer's snapshot has in another district
    return name if unit is None else gz.NameMatch(name.start, name.end, name.prefixed, (unit,))


def _in_new_province(name: gz.NameMatch) -> gz.NameMatch:
    """A unit named as former ("tỉnh Bình Thuận (cũ)", "huyện Can Lộc (cũ)") in an article
    after the reform: where it now is, the new province, by the legacy name that province kept
    (Lâm Đồng; a province split between two, Tiền Giang in the data, stays as it was)."""
    provinces = []
    for unit in name.units:
        province = gz.province_of(unit)
        new = gz.successors(province)
        provinces.append((_namesake(new[0]) or province) if len(new) == 1 else province)
    return name._replace(units=tuple(dict.fromkeys(provinces)))


@lru_cache(maxsize=4096)
def _legacy_namesake(commune: gz.Unit) -> gz.Unit | None:
    """The legacy province named as a 2025 commune's province, or else the one province the
    commune was formed in."""
    return _namesake(gz.parent(commune)) or gz.legacy_province_of(commune)


def _namesake(new_province: gz.Unit | None) -> gz.Unit | None:
    """The legacy province whose name a 2025 province kept (each kept one)."""
    return gz.lookup(new_province.name, level="province") if new_province else None


def _body_before(text: str, start: int) -> bool:
    """Is a body ("UBND huyện", "Tỉnh ủy") written just before the place at `start`?"""
    low = max(0, start - 40)
    words = text[low:start].split()
    return bool(words) and words[-1].endswith(_BODY_LAST_WORDS) and \
        _BODY_BEFORE.search(text, low, start) is not None


def _former_cities_of(units: Sequence[gz.Unit]) -> list[gz.Unit]:
    """The city of a centrally-run city's name that was a district of the tỉnh it was before (Thành
    phố Huế, a district of Thừa Thiên Huế until 2024): what "Thành ủy Huế" was then."""
    out = []
    for unit in units:
        if unit.level == "province" and unit.kind == gz.CENTRAL_CITY and gz.former_selves(unit):
            city = gz.lookup(unit.name, level="district", within=unit.code)
            if city is not None and city.kind == "thành phố" and city.valid_until < gz.LEGACY_LAST_DAY:
                out.append(city)
    return out


def _cities_of(units: Sequence[gz.Unit]) -> list[gz.Unit]:
    """What "Thành ủy X" may denote: a centrally-run city, or a city (district) inside a tỉnh
    (the tỉnh itself has a Tỉnh ủy)."""
    out = []
    for unit in units:
        if unit.level == "province" and unit.kind == "tỉnh":
            city = gz.lookup(unit.name, level="district", within=unit.code)
            if city is not None and city.kind == "thành phố":
                out.append(city)
        elif unit.level == "province" or unit.kind == "thành phố":
            out.append(unit)
    return out


_PLAIN_HOST = re.compile(r"https?://([a-z0-9.-]+)(?=[/?#]|$)", re.ASCII | re.IGNORECASE)


def _host(url: str) -> str:
    """The host name of a URL, lower case ("" if none); the common "https://host/…" without
    the cost of a full parse."""
    if m := _PLAIN_HOST.match(url):
        return m.group(1).lower()
    return urlsplit(url).hostname or ""


_DOMAIN = re.compile(r"\.(?:vn|com|net|org)\b", re.IGNORECASE)
# an interview's "phóng viên Báo Đắk Lắk có cuộc trao đổi với …": the paper of the article's own reporter
_REPORTER_OF = re.compile(r"(?<![^\W\d_])(?:[Pp]hóng viên|PV)[ ]+(?P<paper>Báo[ ][^\W\d_]+(?:[ ][^\W\d_]+){0,3}?)"
                          r"(?=[ ]+(?:có|đã|thực hiện|phỏng vấn|trao đổi)(?![^\W\d_])|[,.:)])")



def _reporters(text: str) -> Iterator[re.Match[str]]:
    """_REPORTER_OF's matches in the part of the text scanned for places; looked for only where its
    words occur: a regex that opens on a look-behind is tried at every position (27 ms per MB)."""
    if any(text.find(word, 0, _BODY_SCAN_CHARS) >= 0 for word in ("hóng viên", "PV")):
        yield from _REPORTER_OF.finditer(text, 0, _BODY_SCAN_CHARS)


@lru_cache(maxsize=4096)
def _byline_units(tag: str) -> tuple[gz.Unit, ...]:
    """"(Can Lộc)" names a place; "(QBĐT)" an outlet; "(Baohatinh.vn)" a domain."""
    tag = tag.strip()
    if _DOMAIN.search(tag):
        return _domain_units(tag.lower())
    if code := _outlets().get(tag):
        return (gz.get("legacy", "province", code),)
    # an outlet is named after its place: "(Báo Gia Lai)", "Báo Hà Tĩnh điện tử", "Cổng TTĐT huyện Can Lộc"
    place = _outlet_words().sub("", tag)
    unit = gz.lookup(place)
    if unit is None:  # the place with its kind or body: "tỉnh Hà Tĩnh", "Huyện ủy Can Lộc"
        units = {u for name in gz.find_names(place) if name.prefixed for u in name.units}
        unit = units.pop() if len(units) == 1 else None
    return (unit,) if unit is not None and unit.level != "commune" else ()


@cache
def _outlet_words() -> re.Pattern[str]:
    """The words of data/outlet_words.csv before and after an outlet's place."""
    words = "|".join(sorted((re.escape(row["words"]) for row in read_csv("outlet_words.csv")), key=len, reverse=True))
    return re.compile(rf"^(?:(?:{words})[ ]+)+|(?:[ ]+(?:{words}))+$", re.IGNORECASE)


# The outlet a story is taken from, or the paper of its author, on one of its last lines:
# "Theo Báo Bắc Giang", "Nguồn: baobacninh.vn", "Minh Hương (Báo Thái Nguyên)".
_SOURCE_LINE = re.compile(
    r"^\s*(?:\(?\s*(?:Theo|Nguồn\s*:)\s*(?P<source>[^()\n]{2,60}?)\s*\)?|[^()\n]{0,40}\((?P<paper>Báo [^()\n]{2,40})\)"
    # the paper alone, or after its author: "Báo Hưng Yên", "Thanh Lê - Báo Nghệ An"
    r"|(?:[^()\n]{2,40}?[ ][-–][ ]+)?(?P<outlet>Báo [^()\n\d-]{2,40}))"
    r"\s*\.?\s*$", re.IGNORECASE,
)
_SOURCE_LINES = 3
# An author credited with the body they write for, on one of the last lines: "Thu Hằng (Trung tâm
# VH-TT huyện Đức Thọ)", "Tin, ảnh: Văn Tú - Ban Tuyên giáo Huyện ủy Can Lộc"; or the portal
# itself: "Cổng TTĐT huyện Can Lộc".
_CREDIT_LINE = re.compile(
    r"^\s*(?:(?P<portal>(?:Cổng|Trang)[ ]+(?:TTĐT|thông tin điện tử)[ ][^()\n]{3,60}?)|"
    r"(?:(?:Tin|Bài|Ảnh)(?:,\s*ảnh)?\s*:\s*)?(?P<author>(?:[^\W\d_][\w.]*[ ]*){1,4}?)"
    r"(?:\((?P<org>[^()\n]{3,70})\)|[-–][ ]+(?P<body>[^()\n]{3,70}?)))\s*\.?\s*$"
)
# what the last lines hold if they credit anyone: a cheap test, most articles end in prose
_CREDIT_MARKERS = ("Theo", "Nguồn", "(", "- ", "– ", "Cổng", "Trang", "Báo")
_MAX_SOURCE_LINE_CHARS = 80


def _source_units(text: str, published: str | None = None) -> list[gz.Unit]:
    """The provinces of the outlet named on the article's last short lines: a paper is its
    province's (Báo Điện Biên Phủ names a city, but says only that its story is Điện Biên's); a
    district's portal, named by its domain or name ("Nguồn: canloc.hatinh.gov.vn", "Nguồn: Trang
    TTĐT Huyện ủy Can Lộc"), is the district's, and so is an author's body that names its
    district ("(Trung tâm VH-TT huyện Đức Thọ)")."""
    found: list[gz.Unit] = []
    tail = text[-_SOURCE_LINES * (_MAX_SOURCE_LINE_CHARS + 20):]
    if not any(marker in tail for marker in _CREDIT_MARKERS):
        return found
    for line in [line for line in tail.splitlines() if line.strip()][-_SOURCE_LINES:]:
        if len(line) <= _MAX_SOURCE_LINE_CHARS and (m := _SOURCE_LINE.match(line)):
            source = m.group("source") or m.group("paper") or m.group("outlet")
            units = _byline_units(source)
            is_paper = source.lower().startswith("báo") and not _DOMAIN.search(source)
            found += [gz.province_of(unit) for unit in units] if is_paper else list(units)
        elif len(line) <= _MAX_SOURCE_LINE_CHARS and (m := _CREDIT_LINE.match(line)) and \
                (m.group("portal") or all(word[0].isupper() for word in m.group("author").split())):
            credited = m.group("portal") or m.group("org") or m.group("body")
            found += [unit for name in _names(credited, published) if name.prefixed for unit in name.units]
    return found


@cache
def _outlets() -> dict[str, str]:
    return {row["byline"]: row["province_code"] for row in read_csv("outlets.csv")}


_DOMAIN_NOISE = {"www", "vn", "com", "gov", "org", "net", "edu", "info", "online"}


@lru_cache(maxsize=4096)  # a corpus comes from a few outlets
def _domain_units(host: str) -> tuple[gz.Unit, ...]:
    """Provinces and districts spelt out in a domain: baohatinh.vn, thanhuytphcm.vn,
    quan3.hochiminhcity.gov.vn, dakrlap.daknong.gov.vn."""
    labels = [label for label in host.lower().split(".") if label and label not in _DOMAIN_NOISE]
    provinces, districts = _compact_names()
    found: list[gz.Unit] = []
    for label in labels:
        hits = [name for name in provinces if name in label]
        if hits:
            found.append(provinces[max(hits, key=len)])
    for label in labels:
        if label in provinces:  # "hatinh.gov.vn" is the province's portal, not its city's
            continue
        for unit in districts.get(label, ()):
            if not found or gz.province_of(unit) in found:
                found.append(unit)
    return tuple(found)


@cache
def _compact_names() -> tuple[dict[str, gz.Unit], dict[str, list[gz.Unit]]]:
    """Province names as a domain writes them ("hatinh", "hochiminh", "hcm"), and district
    names ("quan3", "dakrlap"), which count only as a whole label."""
    provinces: dict[str, gz.Unit] = {}
    for unit in gz.provinces(include_former=True):
        for name in gz.names_of(unit):
            compact = gz.unaccent(name).replace(" ", "")
            if len(compact) >= 3 and not compact.startswith(("tinh", "thanhpho", "tp")):
                provinces[compact] = unit
    districts: dict[str, list[gz.Unit]] = defaultdict(list)
    for unit in gz.districts():
        districts[gz.unaccent(unit.name).replace(" ", "")].append(unit)
    return provinces, dict(districts)


def _latest_date(text: str) -> str | None:
    """The latest day the text gives (ISO), or None."""
    return max((d.iso for d in find_dates(text) if d.iso), default=None)


class _Evidence:
    """Pieces of evidence (the units a name may denote, and a weight), then a decision.

    A name shared by several units splits its weight among them, so an ambiguous name alone
    ("Châu Thành", "Phường 1") never decides the province."""

    def __init__(self) -> None:
        self.pieces: list[tuple[Sequence[gz.Unit], float]] = []
        self.lead_subject: list[gz.Unit] | None = None
        # a centrally-run city's Thành ủy that was a tỉnh's city (each with its piece's weight): that city when
        # the province is named as the tỉnh
        self.former_cities: list[tuple[gz.Unit, float]] = []

    def add(self, units: Sequence[gz.Unit], weight: float) -> None:
        if units:
            self.pieces.append((units, weight))

    def decide(self, text: str, published: str | None) -> Place:
        """The place the evidence shows; the province under the name it bore on the day
        `published`, or when that is unknown the name the text calls it by."""
        province = self._province()
        if province is None:
            return Place()
        named = gz.as_on(province, published) if published else self._named(province, text)
        if self.former_cities and named != gz.as_listed(province):
            self.pieces.extend(([city], weight) for city, weight in self.former_cities if city.parent_code == province.code)
        district, commune = self._district_and_commune(province, text, published)
        if district is not None:
            district = self._former_named(district, text, published)
        return Place(
            province=named.name, province_code=province.code,
            district=district.name if district else None,
            district_code=district.code if district else None,
            commune=commune.name if commune else None,
            commune_code=commune.code if commune else None,
        )

    def _province(self) -> gz.Unit | None:
        score: dict[str, float] = defaultdict(float)
        first_seen: dict[str, int] = {}
        for order, (units, weight) in enumerate(self.pieces):
            provinces = {gz.province_of(u).code for u in units}
            for code in provinces:
                score[code] += weight / len(provinces)
                first_seen.setdefault(code, order)
        if not score:
            return None
        best = max(score, key=lambda c: (score[c], -first_seen[c]))
        if any(score[c] == score[best] and first_seen[c] == first_seen[best] for c in score if c != best):
            return None  # one name shared by several provinces ("Xã Tân Lộc" in a title) and nothing else
        return gz.get("legacy", "province", best) if score[best] >= _MIN_PROVINCE_SCORE else None

    def _named(self, province: gz.Unit, text: str) -> gz.Unit:
        """The province under the name the evidence weighs most ("Tỉnh ủy Thừa Thiên Huế" is
        province 46 under its name before 2025); a former name the text writes is the one when
        no date the text gives is after it ("Thành ủy Huế", the tỉnh's city, named three times
        beside one "Tỉnh ủy Thừa Thiên Huế" in an article of 2021)."""
        weight: dict[gz.Unit, float] = defaultdict(float)
        for units, piece_weight in self.pieces:
            for unit in units:
                if unit.level == "province" and unit.code == province.code:
                    weight[unit] += piece_weight
        former = [u for u in weight if u != gz.as_listed(u)]
        if former and len(weight) > 1:
            latest = _latest_date(text)
            if latest is not None and latest <= min(u.valid_until for u in former):
                return max(former, key=weight.__getitem__)
        return max(weight, key=weight.__getitem__) if weight else province

    def _former_districts_named(self, province: gz.Unit, text: str, published: str | None
                                ) -> Callable[[gz.Unit], gz.Unit]:
        """A commune's district: the list's, or a district merged into that one before the list's snapshot which the
        article names, and not the list's district itself, when the article is not after the merger ("Lộc Hà (Hà Tĩnh)
        - … xã Thạch Kim" in 2021: Lộc Hà's commune, merged into Thạch Hà only in December 2024)."""
        named = {u for units, _ in self.pieces for u in units
                 if u.level == "district" and u.parent_code == province.code}
        latest = published or _latest_date(text)
        former = {f.code: f for f in named if f.valid_until is not None and f.valid_until < gz.LEGACY_LAST_DAY
                  and (latest is None or latest <= f.valid_until)}

        def district_of(commune: gz.Unit) -> gz.Unit:
            listed = gz.parent(commune)
            if not former or listed in named:
                return listed
            merged = [f for f in former.values() if listed in gz.successors(f)]
            return merged[0] if len(merged) == 1 else listed
        return district_of

    @staticmethod
    def _former_named(district: gz.Unit, text: str, published: str | None) -> gz.Unit:
        """The district under a former name the text writes, when the article, or the latest date the text gives, is
        not after it ("Huyện ủy Tĩnh Gia" in an article of 2015: thị xã Nghi Sơn only from June 2020); else as the list
        names it."""
        former = [u for u in gz.former_selves(district) if u.name in text]
        if not former:
            return district
        latest = published or _latest_date(text)
        return min(former, key=attrgetter("valid_until")) if latest is not None and latest <= min(
            u.valid_until for u in former) else district

    def _district_and_commune(self, province: gz.Unit, text: str, published: str | None = None
                              ) -> tuple[gz.Unit | None, gz.Unit | None]:
        """A district only when the article is about it: named (or one of its communes
        named) in the title or byline, or the lead's district when district bodies (Huyện
        ủy, quận…) outnumber provincial ones. A commune only from the title or byline."""
        score: dict[str, float] = defaultdict(float)
        prominence: dict[str, float] = defaultdict(float)  # the district's weightiest mention
        first_seen: dict[str, int] = {}
        named_communes: list[list[gz.Unit]] = []  # communes the title or byline may name
        district_of = self._former_districts_named(province, text, published)
        for order, (units, weight) in enumerate(self.pieces):
            inside = [u for u in units if u.level != "province" and gz.province_of(u) == province]
            districts = {(u if u.level == "district" else district_of(u)).code for u in inside}
            for code in districts:
                score[code] += weight / len(districts)
                prominence[code] = max(prominence[code], weight / len(districts))
                first_seen.setdefault(code, order)
            if weight >= _STRONG_DISTRICT and any(u.level == "commune" for u in inside):
                named_communes.append([u for u in inside if u.level == "commune"])
        if not score:
            return None, None
        rank = {c: (prominence[c], score[c], -first_seen[c]) for c in score}
        best = max(score, key=rank.__getitem__)
        tied = [c for c in score if rank[c] == rank[best]]
        if len(tied) > 1:  # one name, two districts ("Kỳ Anh", a huyện and a thị xã): the bodies tell
            best = _kind_named_most(tied, text)
            if best is None:
                return None, None
        district = gz.get("legacy", "district", best)
        about_district = prominence[best] >= _STRONG_DISTRICT or district in (self.lead_subject or ()) or (
            prominence[best] >= _LEAD and _district_bodies_outnumber(province, district, text))
        if not about_district:
            return None, None
        for candidates in named_communes:
            in_district = [u for u in candidates if district_of(u).code == best]
            if len(in_district) == 1:
                return district, in_district[0]
        return district, None


# How the text names a district of each kind: its committee and its kind word.
_KIND_WORDS = {"huyện": ("Huyện ủy", "Huyện uỷ", "huyện"), "thị xã": ("Thị ủy", "Thị uỷ", "thị xã"),
               "thành phố": ("Thành ủy", "Thành uỷ", "thành phố"), "quận": ("Quận ủy", "Quận uỷ", "quận")}


def _kind_named_most(codes: list[str], text: str) -> str | None:
    """Of districts that share a name, the one whose kind the text names most ("Huyện ủy" for
    the huyện Kỳ Anh), or None if none stands out."""
    counts = {code: sum(text.count(word) for word in _KIND_WORDS.get(gz.get("legacy", "district", code).kind, ()))
              for code in codes}
    ranked = sorted(counts.values(), reverse=True)
    return max(counts, key=counts.__getitem__) if ranked[0] > ranked[1] else None


def _district_bodies_outnumber(province: gz.Unit, district: gz.Unit, text: str) -> bool:
    """Does the text speak of district bodies (Huyện ủy, quận…) more than provincial ones? In
    a tỉnh whose city is the district in question, the city's bodies are district bodies."""
    district_bodies = _count(_DISTRICT_BODIES, text)
    province_bodies = _count(_PROVINCE_BODIES, text)
    if province.kind == "tỉnh" and district.kind == "thành phố":
        city_bodies = _count(_CITY_BODIES, text)
        district_bodies, province_bodies = district_bodies + city_bodies, province_bodies - city_bodies
    return district_bodies > province_bodies


def _count(bodies: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> int:
    """How often the text names these bodies."""
    first_syllable, exact = bodies
    return sum(1 for m in first_syllable.finditer(text) if exact.match(text, m.start()))
