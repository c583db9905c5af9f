"""One article in, one ArticleRecord out: normalise, find the article's date and place, find
citations, resolve them into documents, read the relations between them."""
from __future__ import annotations

import re
from dataclasses import replace
from operator import attrgetter
from typing import Protocol

from loaders import gazetteer
from loaders.citations import Citation, abbreviated, find_citations
from loaders.context import detect, is_date_line
from loaders.issuers import Issuer, as_on, city_then, well_known
from loaders.record import ArticleRecord, Document, Mention, Place, Relation
from loaders.references import Resolved, resolve
from loaders.relations import find_relations
from loaders.symbols import type_name as symbol_type_name
from loaders.text import normalise, read_capitals

_HEADLINE_MAX_CHARS = 250
_LEADING_SPACE = re.compile(r"\s*")
_PARTY_CODES = {"TW", "TU", "HU", "QU", "ĐU", "ĐUK"}


class Context(Protocol):
    """What the extractor needs to know about an article (loaders.context.ArticleContext)."""

    published: str | None
    place: Place


def extract(text: str, context: Context | None = None, *, id: str = "article",
            source_url: str | None = None, title: str | None = None,
            published: str | None = None, normalised: bool = False) -> ArticleRecord:
    """The documents `text` cites and the relations between them. Without a `context`, the
    article's date and place are detected from the text (loaders.context). The text is
    normalised first (loaders.text) unless the caller says it already is (`normalised=True`,
    as loaders.readers returns it): normalising twice gives the same text at twice the cost."""
    if not normalised:
        text = normalise(text)
    detected = context is None
    if context is None:
        context = detect(text, title=title, published=published, source_url=source_url)
    place = context.place
    year = int(context.published[:4]) if context.published else None
    headline_end = _headline_end(text, title)
    read = read_capitals(text)  # the text, with its lines in capitals read as prose
    citations = find_citations(read, place, year, headline_end, context.published, context.published)
    # an article is no older than what it cites: its latest date stands in for a publication date
    # the text does not give (a ward's undated congress in "Ngày 5/9/2025, … ban hành …" is the 2025 ward's)
    as_of = context.published or max((c.date for c in citations if c.date), default=None)
    if detected and context.published is None and as_of and as_of >= gazetteer.REFORM_DATE:
        # so are the places it names: "Xã Hưng Hà …" over an undated article citing a plan of
        # September 2025 is the 2025 commune of Hưng Yên, not a former one of Long An
        reformed = detect(text, title=title, published=as_of, source_url=source_url).place
        # so is a commune's body named by its kind alone before the first such date ("Báo cáo số 45-BC/ĐU
        # của Đảng ủy phường" above a decision of October 2025): the named 2025 ward's
        if reformed != place or any(_bare_commune(c.issuer) for c in citations):
            place = reformed
            citations = find_citations(read, place, year, headline_end, as_of)
    # which body a bare "thành phố" names is known by the document's or the article's day, before documents are told
    # apart ("Nghị quyết 05 của HĐND thành phố" in 2023 news of huyện Thủy Nguyên is Hải Phòng's "Nghị quyết số
    # 05/2023/NQ-HĐND" cited before)
    for c in citations:
        c.issuer = city_then(c.issuer, c.date or as_of)
    docs = resolve(read, citations, place)
    documents = [_document(doc, text, place, as_of) for doc in docs]
    if read is not text:  # a title read from a line in capitals is given as written
        documents = [replace(d, title=_as_written(d.title, read, text)) if d.title else d for d in documents]
    relations = [
        Relation(f.source.key, f.target.key, f.type,
                 Mention(text[f.start:f.end], f.start, f.end))
        for f in find_relations(read, citations, docs)
    ]
    return ArticleRecord(id=id, text=text, source_url=source_url, published=context.published,
                         title=title, place=place, documents=documents, relations=relations)


def _bare_commune(issuer: Issuer | None) -> bool:
    """A commune's body named by its kind alone ("Đảng ủy phường"), placed by whether the article is of after
    the 2025 reform."""
    return issuer is not None and issuer.level == "commune" and issuer.commune is None


def _as_written(title: str, read: str, text: str) -> str:
    """The title as the text writes it, where `read` (the text re-cased) holds it."""
    at = read.find(title)
    return text[at:at + len(title)] if at != -1 else title


def _headline_end(text: str, title: str | None, start: int = 0) -> int:
    """End of the headline: the given title if the text opens with it, else the first line of
    a few words that is not a sentence nor the page's date line ("Thứ Hai, 15/01/2024 - 09:35" above
    the title) (news text starts with its title)."""
    if title and text.startswith(title.strip(), _LEADING_SPACE.match(text).end()):
        return text.find(title.strip()) + len(title.strip())
    pos = start
    for _ in range(3):
        end = text.find("\n", pos, pos + _HEADLINE_MAX_CHARS + 1)
        if end == -1:  # no line break soon: the text opens with prose, not a headline
            return 0
        line = text[pos:end].strip()
        if len(line.split()) >= 4 and not is_date_line(line):
            if line.endswith("."):
                return 0
            return _headline_end(text, None, after) if (after := _after_menu(text, end)) else end
        pos = end + 1
    return 0


_MENU_LINE = re.compile(r"^[^\d\n.]*\s[>»›|]\s[^\d\n.]*$", re.MULTILINE)
_MENU_LOOKAHEAD_LINES = 4


def _after_menu(text: str, end: int) -> int:
    """Where the text goes on after a site's menu or breadcrumb line ("Trang chủ | Tin tức | Văn bản",
    "Tin tức - Sự kiện > Chỉ đạo điều hành") just below the first line, which is then the site's name
    ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN"), not the headline; 0 when no such line follows."""
    found, pos = 0, end + 1
    for _ in range(_MENU_LOOKAHEAD_LINES):
        line_end = text.find("\n", pos, pos + _HEADLINE_MAX_CHARS + 1)
        if line_end == -1:
            break
        if _MENU_LINE.match(text, pos, line_end):
            found = line_end + 1
        elif text[pos:line_end].strip():
            break
        pos = line_end + 1
    return found


def _abbreviated_rule(type_name: str, doc: Resolved, day: str | None, code: str | None) -> str:
    """"QĐ" writes Quyết định and the Party's Quy định alike: one whose symbol's code is a Quy định's ("QĐ 08-QĐi/TW",
    data/type_codes.tsv) is that; so is a Party document of a number the table of well-known documents
    (data/well_known_documents.csv) knows as a central Quy định, and as no Quyết định."""
    if type_name == "Quyết định" and code and symbol_type_name(code, "party") == "Quy định":
        return "Quy định"
    if type_name != "Quyết định" or not doc.number or well_known(type_name, doc.number, day) is not None \
            or (rule := well_known("Quy định", doc.number, day)) is None:
        return type_name
    party = doc.symbol.endswith("/TW") if doc.symbol else doc.issuer is None or doc.issuer.name == rule.name
    return "Quy định" if party else type_name


def _document(doc: Resolved, text: str, article: Place, published: str | None) -> Document:
    cites = doc.citations
    symbol, date, term = _first(cites, _SYMBOL_DATE_TERM)
    # the type as the body names it: a headline's word may be looser ("ban hành quy định mới về
    # dạy thêm" for the body's "Quyết định số 10/2025/QĐ-UBND"); a document named for the one
    # that carries it is of that one's type ("Quy chế … (ban hành kèm theo Quyết định số 05-QĐ/TU)")
    named = [c for c in cites if c.form != "ref" and c.alias_of is None] or cites
    named = [c for c in named if not c.headline] or named
    # … and a document named before the decision that carries it is of that decision's type ("Đề án phát triển … (Đề án
    # 06). Thực hiện Quyết định số 06/QĐ-TTg … phê duyệt Đề án 06"): the numbered citation names the type
    named = [c for c in named if c.form == "numbered"] or named
    if len(named) > 1:  # an abbreviation, when another citation spells the type out ("QĐ số 115-QĐ/TW … Quy định 115")
        named = [c for c in named if not abbreviated(c, text)] or named
    type_name, written_code = _first(named, _TYPE_AND_CODE)
    type_code = symbol.type_code if symbol and symbol.type_code else written_code
    if all(abbreviated(c, text) for c in named):  # "QĐ 148", "QĐ 80 của Bộ Chính trị": the Party's rule of that number
        type_name = _abbreviated_rule(type_name, doc, date or published, symbol.type_code if symbol else None)
    body = as_on(doc.issuer, date or published)  # "Cục Thuế" of 2025 is central, of 2024 the province's
    if body is None and doc.symbol is None:  # "Nghị quyết 68" alone in news of 2025: the Politburo's
        body = well_known(type_name, doc.number, date or published)
    issuer = body if body and body.name else None
    level = body.level if body else "unknown"
    place = _place_of(body, level, article)
    if (date or published or "") >= gazetteer.REFORM_DATE:
        place = _after_the_reform(place)
    place = _named_on(place, date or published)
    if level == "commune":  # (a district's own body is named as the text names it: "Quận ủy Thuận Hóa")
        place = _district_then(place, date or published)
    return Document(
        key=doc.key,
        type=type_name,
        type_code=type_code,
        number=doc.number,
        symbol=doc.symbol or _completed_symbol(doc, type_code),
        issuer=issuer.name if issuer else None,
        issuer_level=level,
        province=place.province, district=place.district, commune=place.commune,
        date=date,
        title=doc.title,
        mentions=_mentions(doc, text),
        system=symbol.system if symbol else _system(doc.issuer),
        issuer_code=symbol.issuer_code if symbol else (body.code if body else None),
        issuer_parent=issuer.parent if issuer else None,
        year=int(date[:4]) if date else (symbol.year if symbol else None),
        term=(doc.issuer.term if doc.issuer else None) or term,
        province_code=place.province_code, district_code=place.district_code,
        commune_code=place.commune_code,
    )


_SYMBOL_DATE_TERM = attrgetter("symbol", "date", "term")
_TYPE_AND_CODE = attrgetter("type", "type_code")


def _first(cites: list[Citation], fields: attrgetter) -> tuple:
    """The first value the citations give for each of the `fields` (this runs per document,
    and most documents are cited once)."""
    found = fields(cites[0])
    for c in cites[1:]:
        found = tuple(have or value for have, value in zip(found, fields(c)))
    return found


def _completed_symbol(doc: Resolved, type_code: str | None) -> str | None:
    """"Chỉ thị số 35 … của Bộ Chính trị": the central Party bodies all sign /TW."""
    issuer = doc.issuer
    if doc.number and type_code and issuer and issuer.level == "central" and issuer.code == "TW":
        return f"{doc.number}-{type_code}/TW"
    return None


def _place_of(issuer: Issuer | None, level: str, article: Place) -> Place:
    """The issuer's place; a local document whose issuer has none is placed where the article is, but for a
    body of no one place ("Đảng ủy Quân khu 4" in a Quảng Trị article)."""
    if level == "central" or issuer is not None and issuer.placeless:
        return Place()
    if issuer is not None and (issuer.province or issuer.district):
        return Place(issuer.province, issuer.district, issuer.commune, issuer.province_code,
                     issuer.district_code, issuer.commune_code)
    return Place(article.province, article.district, None, article.province_code,
                 article.district_code, None)


def _named_on(place: Place, day: str | None) -> Place:
    """The issuer's province under the name it bore on the document's day: a 2016 plan of the
    Tỉnh ủy cited in a Huế article of 2025 is Thừa Thiên Huế's, as it was then; undated, on the
    article's day (a district's body found in the text is placed by the list, which names 46 "Huế")."""
    unit = gazetteer.get("legacy", "province", place.province_code) if day and place.province_code else None
    named = gazetteer.as_on(unit, day).name if unit else place.province
    return place if named == place.province else replace(place, province=named)


def _district_then(place: Place, day: str | None) -> Place:
    """A commune's district as it was on the document's day (else the article's): a ward's Party committee acting in
    2024 is of Thành phố Huế, which became Thuận Hóa and Phú Xuân only on 1/1/2025 (corpus/README: the names of then)."""
    unit = gazetteer.get("legacy", "district", place.district_code) if day and place.district_code else None
    former = gazetteer.former_district(unit, day) if unit else None
    return place if former is None else replace(place, district=former.name, district_code=former.code)


def _after_the_reform(place: Place) -> Place:
    """A commune's body acting after the 2025 reform is the 2025 commune's, which no district
    holds ("Đảng ủy xã Thạch Khê" in August 2025 is not the former xã of thành phố Hà Tĩnh)."""
    old = gazetteer.get("legacy", "commune", place.commune_code) if place.commune_code and place.district_code else None
    new = gazetteer.reformed(old) if old else None
    if new is None:
        return place
    return Place(place.province, None, new.name, place.province_code, None, new.code)


def _system(issuer: Issuer | None) -> str | None:
    if issuer is None or issuer.code is None:
        return None
    return "party" if issuer.code in _PARTY_CODES else "state"


def _mentions(doc: Resolved, text: str) -> list[Mention]:
    """Every distinct surface form, at its first place. A document that only its description
    identifies (no number) is mentioned with that description and title."""
    out: dict[str, Mention] = {}
    for c in doc.citations:
        end = c.cover_end if (doc.title_from_ref and c is doc.first) else c.end
        surface = text[c.start:end]
        if surface not in out:
            out[surface] = Mention(surface, c.start, end)
    return list(out.values())
