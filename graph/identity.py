"""Which node a cited document is (design.md §3), and the reconciliation across articles.

A Party symbol is unique within its issuer and term, a state symbol within its issuer and
year, a legal symbol (100/2019/NĐ-CP) carries its year. So a document's node is

    <BASE/doc/{place}/{symbol}/{period}>

place: `vn` for central bodies, else the issuer's province[/district[/commune]] ("/TU" in an
article about Hà Tĩnh is Tỉnh ủy Hà Tĩnh); period: the Party term or the year its date falls
in. The place and symbol part, `{place}/{symbol}`, is the document's identity key.

An article that cites a document without a date cannot name the period. Each article's graph
is first written with what that article alone says (an undated citation on
<BASE/doc/{key}>); `reconcile` then moves every undated citation of a key to the single dated
document with that key, or back to <BASE/doc/{key}> marked chithi:unresolved when there are
several (18-NQ/TW of 2017 and of 2022): never merged by guess. It looks only at what the store
holds, so the graph after loading a set of articles does not depend on their order.

Unnumbered documents ("kế hoạch của UBND xã Thạch Kim") are real documents: their node is
type + issuer + the article that reports them.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.gazetteer import Unit, parent
from loaders.record import ArticleRecord, Document
from loaders.symbols import Symbol, issuer_code, symbol_at
from rdflib import URIRef

from graph.bindings import values_block
from graph.store import Store
from graph.terms import bool_lit, iri
from graph.units import find_unit
from graph.vocab import (CHITHI, IDENTITY_GRAPH, SPARQL_PREFIXES, article_iri, code_slug, doc_iri,
                         slug)

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


def party_term(day: str, central: bool) -> Term | None:
    """The term a date (ISO) falls in."""
    scope = "central" if central else "local"
    found = None
    for term in TERMS:
        if term.scope == scope and term.first_day <= day:
            found = term
    return found


def _term_by_roman(roman: str) -> Term | None:
    wanted = f"khoa-{roman.strip().lower()}"
    return next((t for t in TERMS if t.scope == "central" and t.term == wanted), None)


@dataclass(frozen=True)
class Period:
    iri_part: str  # khoa-xi, 2010-2015, 2014
    label: str  # khóa XI, 2010–2015, 2014


def document_period(doc: Document, system: str, central: bool) -> Period | None:
    """The Party term (by the date, else the written term, else mid-year) or the state year;
    None when the article gives no date, year or term."""
    year = int(doc.date[:4]) if doc.date else doc.year
    if system == "party":
        term = None
        if doc.date:
            term = party_term(doc.date, central)
        elif doc.term and central:
            term = _term_by_roman(doc.term)
        elif year:
            term = party_term(f"{year}-07-01", central)
        return Period(term.term, term.label) if term else None
    return Period(str(year), str(year)) if year else None


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
    period = document_period(doc, system or "state", place.central)
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


# -- reconciliation -----------------------------------------------------------------------------
_KEY, _PERIOD = iri(str(CHITHI.identityKey)), iri(str(CHITHI.period))
_CHUNK = 500


def keys_of_graphs(store: Store, graph_iris: list[str]) -> set[str]:
    """Identity keys of the documents the given article graphs cite."""
    keys: set[str] = set()
    for start in range(0, len(graph_iris), _CHUNK):
        rows = [(URIRef(g),) for g in graph_iris[start:start + _CHUNK]]
        keys.update(r["key"] for r in store.select(
            f"SELECT DISTINCT ?key WHERE {{ {values_block(['g'], rows)} "
            f"GRAPH ?g {{ ?doc {_KEY} ?key }} }}"))
    return keys


@dataclass
class _KeyState:
    dated: set[str] = field(default_factory=set)
    undated: list[tuple[str, str]] = field(default_factory=list)  # (graph, current node)


def reconcile(store: Store, keys: set[str] | list[str]) -> int:
    """Point every undated citation of these keys at the node it belongs to (see the module
    docstring); returns how many article graphs had a citation moved. One atomic update per
    chunk of keys."""
    moved = 0
    keys = sorted(keys)
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        states: dict[str, _KeyState] = defaultdict(_KeyState)
        for row in store.select(
                f"SELECT ?key ?g ?doc ?period WHERE {{ {values_block(['key'], [(k,) for k in chunk])} "
                f"GRAPH ?g {{ ?doc {_KEY} ?key OPTIONAL {{ ?doc {_PERIOD} ?period }} }} }}"):
            state = states[row["key"]]
            if "period" in row:
                state.dated.add(row["doc"])
            else:
                state.undated.append((row["g"], row["doc"]))
        moves: list[tuple[str, str, str]] = []
        unresolved: list[tuple[str, list[str]]] = []
        for key in chunk:
            state = states.get(key) or _KeyState()
            target = next(iter(state.dated)) if len(state.dated) == 1 else doc_iri(key)
            if len(state.dated) > 1 and state.undated:
                unresolved.append((doc_iri(key), sorted(state.dated)))
            moves += [(g, node, target) for g, node in state.undated if node != target]
        store.update(_reconcile_update([doc_iri(k) for k in chunk], moves, unresolved))
        moved += len({g for g, _, _ in moves})
    return moved


def _reconcile_update(undated_nodes: list[str], moves: list[tuple[str, str, str]],
                      unresolved: list[tuple[str, list[str]]]) -> str:
    parts = [
        # what IDENTITY_GRAPH said about these keys is recomputed below
        f"DELETE {{ GRAPH {iri(IDENTITY_GRAPH)} {{ ?node ?p ?o }} }} WHERE {{ "
        f"{values_block(['node'], [(URIRef(n),) for n in undated_nodes])} "
        f"GRAPH {iri(IDENTITY_GRAPH)} {{ ?node ?p ?o }} }}"]
    if moves:
        rows = values_block(["g", "from", "to"],
                            [(URIRef(g), URIRef(a), URIRef(b)) for g, a, b in moves])
        parts.append(f"DELETE {{ GRAPH ?g {{ ?from ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?to ?p ?o }} }} "
                     f"WHERE {{ {rows} GRAPH ?g {{ ?from ?p ?o }} }}")
        parts.append(f"DELETE {{ GRAPH ?g {{ ?s ?p ?from }} }} INSERT {{ GRAPH ?g {{ ?s ?p ?to }} }} "
                     f"WHERE {{ {rows} GRAPH ?g {{ ?s ?p ?from }} }}")
    if unresolved:
        triples = []
        for node, candidates in unresolved:
            triples.append(f"{iri(node)} {iri(str(CHITHI.unresolved))} {bool_lit(True)} .")
            triples += [f"{iri(node)} {iri(str(CHITHI.candidate))} {iri(c)} ." for c in candidates]
        parts.append(f"INSERT DATA {{ GRAPH {iri(IDENTITY_GRAPH)} {{ {' '.join(triples)} }} }}")
    return " ;\n".join(parts)


# -- what the API reports -----------------------------------------------------------------------
@dataclass
class DateConflict:
    document: str
    dates: dict[str, list[str]]  # date -> article graphs that state it


def date_conflicts(store: Store, document: str | None = None) -> list[DateConflict]:
    """Documents to which different articles give different dates; each date with the
    articles that state it (both statements are kept, each in its article's graph)."""
    bindings = {"doc": URIRef(document)} if document else None
    rows = store.select(SPARQL_PREFIXES + """
        SELECT ?doc ?date ?g WHERE {
          { SELECT ?doc WHERE { ?doc eli:date_document ?d }
            GROUP BY ?doc HAVING (COUNT(DISTINCT ?d) > 1) }
          GRAPH ?g { ?doc eli:date_document ?date }
        } ORDER BY ?doc ?date ?g""", bindings)
    conflicts: dict[str, DateConflict] = {}
    for row in rows:
        conflict = conflicts.setdefault(row["doc"], DateConflict(row["doc"], {}))
        conflict.dates.setdefault(row["date"], []).append(row["g"])
    return list(conflicts.values())


@dataclass
class Unresolved:
    node: str  # <BASE/doc/{key}>: where the undated citations stay
    candidates: list[str]  # the dated documents it may be
    articles: list[str]  # article graphs that cite it undated


def unresolved_citations(store: Store) -> list[Unresolved]:
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT ?node ?candidate ?g WHERE {{
          GRAPH {iri(IDENTITY_GRAPH)} {{ ?node chithi:unresolved true ; chithi:candidate ?candidate }}
          OPTIONAL {{ GRAPH ?g {{ ?node chithi:identityKey ?key }} }}
        }} ORDER BY ?node ?candidate ?g""")
    found: dict[str, Unresolved] = {}
    for row in rows:
        item = found.setdefault(row["node"], Unresolved(row["node"], [], []))
        if row["candidate"] not in item.candidates:
            item.candidates.append(row["candidate"])
        if "g" in row and row["g"] not in item.articles:
            item.articles.append(row["g"])
    return list(found.values())

