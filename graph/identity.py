"""Which node a cited document is (design.md §3).

A Party symbol is unique within its issuer and term, a state symbol within its issuer and
year, a legal symbol (100/2019/NĐ-CP) carries its year. So a document's node is

    <BASE/doc/{place}/{symbol}/{period}>

place: `vn` for central bodies, else the issuer's province[/district[/commune]] ("/TU" in an
article about Hà Tĩnh is Tỉnh ủy Hà Tĩnh); period: the Party term or the year its date falls
in. The place and symbol part, `{place}/{symbol}`, is the document's identity key.

An article that cites a document without a date cannot name the period: its citation is
<BASE/doc/{key}> until graph/reconcile.py points it at the document it can only be.

Unnumbered documents ("kế hoạch của UBND xã Thạch Kim") are real documents: their node is
type + issuer + the article that reports them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from loaders.gazetteer import Unit, merged_in_2025, parent, province_of
from loaders.record import ArticleRecord, Document
from loaders.symbols import Symbol, issuer_code, symbol_at

from graph.units import find_unit
from graph.vocab import article_iri, code_slug, doc_iri, slug

DATA = Path(__file__).with_name("data")
LOCAL_LEVELS = ("province", "district", "commune")


# -- the issuer's place ----------------------------------------------------------------------
@dataclass(frozen=True)
class IssuerPlace:
    """Where the issuing body is. `names` run from province down (canonical names when the
    gazetteer knows them); `unit` is the most specific gazetteer unit found."""

    level: str  # central | province | district | commune | unknown
    names: tuple[str, ...] = ()
    unit: Unit | None = None

    @property
    def central(self) -> bool:
        return self.level == "central"

    @property
    def path(self) -> str:
        if self.central:
            return "vn"
        return "/".join(slug(n) for n in self.names) or "unknown"


def issuer_level(doc: Document) -> str:
    """The record's level, else what the issuer code says (TW central, TU province …)."""
    if doc.issuer_level and doc.issuer_level != "unknown":
        return doc.issuer_level
    code = doc.issuer_code or _symbol_issuer(doc.symbol)
    known = issuer_code(code) if code else None
    return known.level if known else "unknown"


def issuer_place(doc: Document, article: ArticleRecord) -> IssuerPlace:
    """A local body's place is the record's, completed from the article's place: a Tỉnh ủy in
    an article about Hà Tĩnh is Hà Tĩnh's, a Quận ủy in an article about Quận 11 is Quận 11's.
    A document is central only when its record or its issuer code says so."""
    level = issuer_level(doc)
    if level == "central":
        return IssuerPlace("central")
    here = article.place
    province = doc.province or here.province
    province_code = doc.province_code or (here.province_code if not doc.province else None)
    district = doc.district
    district_code = doc.district_code
    commune = doc.commune
    if not (district or doc.commune) and level in ("district", "commune"):
        district, district_code = here.district, here.district_code
    if not commune and level == "commune" and not doc.district:
        commune = here.commune
    return _place(level, province, district, commune, province_code, district_code,
                  doc.commune_code)


@lru_cache(maxsize=8192)
def _place(level: str, province: str | None, district: str | None, commune: str | None,
           province_code: str | None, district_code: str | None,
           commune_code: str | None) -> IssuerPlace:
    unit = find_unit(province, district, commune, province_code, district_code, commune_code)
    found = []
    current = unit
    while current is not None:  # canonical names of the units found, province first
        found.insert(0, current.name)
        current = parent(current)
    given = [n for n in (province, district, commune) if n]
    names = tuple(found + given[len(found):])
    return IssuerPlace(level, names, unit)


# -- periods -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    scope: str
    term: str  # as in the IRI: khoa-xi, 2010-2015
    label: str  # chithi:period: khóa XI, 2010–2015
    first_day: str


def _read_terms() -> list[Term]:
    rows = []
    for line in (DATA / "party_terms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("scope\t"):
            rows.append(Term(*line.split("\t")))
    return sorted(rows, key=lambda t: t.first_day)


TERMS = _read_terms()


def party_term(day: str, central: bool, merged: bool = False) -> Term | None:
    """The term a date (ISO) falls in. `merged`: a provincial body of a province merged with
    others on 1 July 2025, whose numbering began again that day (party_terms.tsv)."""
    scopes = ("central",) if central else ("local", "merged") if merged else ("local",)
    found = None
    for term in TERMS:
        if term.scope in scopes and term.first_day <= day:
            found = term
    return found


def _term_by_roman(roman: str) -> Term | None:
    wanted = f"khoa-{roman.strip().lower()}"
    return next((t for t in TERMS if t.scope == "central" and t.term == wanted), None)


@dataclass(frozen=True)
class Period:
    iri_part: str  # khoa-xi, 2010-2015, 2014
    label: str  # khóa XI, 2010–2015, 2014


def document_period(doc: Document, system: str, place: IssuerPlace) -> Period | None:
    """The Party term (by the date, else the written term, else mid-year) or the state year;
    None when the article gives no date, year or term."""
    year = int(doc.date[:4]) if doc.date else doc.year
    if system == "party":
        central, merged = place.central, _renumbered_in_2025(place)
        term = None
        if doc.date:
            term = party_term(doc.date, central, merged)
        elif doc.term and central:
            term = _term_by_roman(doc.term)
        elif year:
            term = party_term(f"{year}-07-01", central, merged)
        return Period(term.term, term.label) if term else None
    return Period(str(year), str(year)) if year else None


def _renumbered_in_2025(place: IssuerPlace) -> bool:
    """A provincial Party body of a province merged on 1 July 2025: the merged province's new
    committees numbered their documents from 1 again, within the 2020–2025 term."""
    return place.level == "province" and place.unit is not None and merged_in_2025(province_of(place.unit))


# -- identity -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Identity:
    iri: str
    key: str | None  # None when the IRI needs no reconciling (legal symbols, unnumbered documents)
    period: Period | None
    place: IssuerPlace
    symbol: str | None  # canonical, possibly completed from type + number + issuer code
    system: str | None


def identify(doc: Document, article: ArticleRecord) -> Identity:
    place = issuer_place(doc, article)
    symbol, parsed = _symbol_of(doc)
    system = doc.system or (parsed.system if parsed else None) or _system_of_code(doc)
    if symbol:
        if parsed is not None and parsed.system == "legal":
            return Identity(doc_iri(f"{place.path}/{_symbol_slug(symbol)}"), None, None, place,
                            symbol, "legal")
        key = f"{place.path}/{_symbol_slug(symbol)}"
    elif doc.number:  # a number without a symbol: the issuer stands in for the code
        issuer = slug(doc.issuer) if doc.issuer else "khong-ro"
        key = f"{place.path}/{issuer}/{code_slug(doc.type_code or doc.type or 'vb')}-{_pad(doc.number)}"
    else:
        type_part = code_slug(doc.type_code or doc.type or "vb")
        issuer = slug(doc.issuer) if doc.issuer else "khong-ro"
        article_part = article_iri(article.id).rsplit("/", 1)[1]
        return Identity(doc_iri(f"{place.path}/{type_part}/{issuer}/{article_part}"), None, None,
                        place, None, system)
    period = document_period(doc, system or "state", place)
    node = doc_iri(f"{key}/{period.iri_part}" if period else key)
    return Identity(node, key, period, place, symbol, system)


def _symbol_of(doc: Document) -> tuple[str | None, Symbol | None]:
    """The canonical symbol, completed from number + type + issuer code when the text gave
    only "Chỉ thị số 09 … của Ban Bí thư" and the extractor found the code."""
    if doc.symbol:
        parsed = symbol_at(doc.symbol, 0)
        return (parsed.canonical or doc.symbol if parsed else doc.symbol), parsed
    if doc.number and doc.type_code and doc.issuer_code:
        known = issuer_code(doc.issuer_code)
        if known and known.system == "party":
            text = f"{_pad(doc.number)}-{doc.type_code}/{doc.issuer_code}"
        else:
            text = f"{_pad(doc.number)}/{doc.type_code}-{doc.issuer_code}"
        parsed = symbol_at(text, 0)
        return (parsed.canonical if parsed and parsed.canonical else text), parsed
    return None, None


def _symbol_slug(symbol: str) -> str:
    """09-ct-tw: the number with two digits at least, as documents write it."""
    head, sep, rest = symbol.partition("-") if symbol[:1].isdigit() else ("", "", symbol)
    number, slash, tail = head.partition("/") if "/" in head else (head, "", "")
    if number.isdigit():
        head = _pad(number) + slash + tail
    return code_slug(head + sep + rest)


def _pad(number: str) -> str:
    return (number.lstrip("0") or "0").zfill(2) if number.isdigit() else number


def _symbol_issuer(symbol: str | None) -> str | None:
    parsed = symbol_at(symbol, 0) if symbol else None
    return parsed.issuer_code if parsed else None


def _system_of_code(doc: Document) -> str | None:
    known = issuer_code(doc.issuer_code) if doc.issuer_code else None
    return known.system if known else None
