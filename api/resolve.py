"""From what a user types to IRIs in the graph: a symbol in any written variant, a place or an
issuer by name (accents optional), a document type by code or name. Every value is bound."""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pyoxigraph
from rdflib import Literal, URIRef

from api.errors import Ambiguous, BadParameter, NotFound
from api.names import former_names, name_on
from graph.indexes import fold  # noqa: F401 - the folding of user input is the word index's
from graph.store import Store
from graph.terms import lit
from graph.vocab import BASE, GAZETTEER_GRAPH, SCHEME_GRAPH, SPARQL_PREFIXES, symbol_key

LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "unknown": 4}
_SLASHES = re.compile("[\u2044\u2215\uFF0F]")
_CENTRAL_SPELLINGS = re.compile(r"T\.?Ư|T\.W")  # "TƯ", "T.Ư", "T.W" are written for TW
_SYMBOL_SHAPE = re.compile(r"^\s*\d+\s*[-/\u2010-\u2015\u2212]?\s*[^\W\d_]*\s*[-/\u2010-\u2015\u2212\u2044\u2215\uFF0F]\s*\w")
_IRI = re.compile(r'https?://[^\x00-\x20<>"{}|^`\\]+')
_ADMIN_PREFIX = re.compile(r"^(tinh|thanh pho|tp|huyen|quan|thi xa|tx|xa|phuong|thi tran|tt|dac khu) ")


def as_iri(text: str, parameter: str) -> URIRef:
    """A user's IRI, refused when it is none (it is bound either way): the store's own parser
    decides (a lone '%', brackets in a path, control or private-use characters)."""
    try:
        if not _IRI.fullmatch(text):
            raise ValueError(text)
        pyoxigraph.NamedNode(text)
    except ValueError as err:
        raise BadParameter(parameter, f"{text!r} is not a valid IRI") from err
    return URIRef(text)


def looks_like_symbol(text: str) -> bool:
    """"09-CT/TW", "09/TW", "09 CT/TW", "100/2019/NĐ-CP": a number, then a slash or dash group."""
    return bool(_SYMBOL_SHAPE.match(text))


def symbol_keys(text: str, type_codes: list[str]) -> list[str]:
    """Candidate `chithi:symbolKey` values for a symbol as a user may write it, the exact
    normalisation of graph.vocab.symbol_key first. A missing type ("09/TW") is tried with
    every type code of the graph; a Party/state shape mix-up ("09 CT/TW", "09-CT-TW",
    "9/CT-TW") is tried both ways."""
    key = _CENTRAL_SPELLINGS.sub("TW", symbol_key(_SLASHES.sub("/", text)))
    keys = [key]
    match = re.fullmatch(r"(\d+)[-/]?(.+)", key)
    if match:
        number, rest = match.groups()
        groups = [g for g in re.split(r"[-/]", rest) if g]
        if len(groups) == 1:
            for code in type_codes:
                keys += [f"{number}-{code}/{groups[0]}", f"{number}/{code}-{groups[0]}"]
        elif groups and re.fullmatch(r"(19|20)\d\d", groups[0]):
            keys.append(f"{number}/{groups[0]}/" + "-".join(groups[1:]))
        elif groups:
            keys += [f"{number}-{groups[0]}/" + "-".join(groups[1:]), f"{number}/" + "-".join(groups)]
    return list(dict.fromkeys(keys))


def number_variants(number: str) -> list[str]:
    """"9" -> ["9", "09", "009"]: eli:number keeps the number as written."""
    bare = number.lstrip("0") or "0"
    return list(dict.fromkeys([bare, bare.zfill(2), bare.zfill(3), number]))


def union_of(pattern: str, var: str, values: list[object]) -> tuple[str, dict[str, object]]:
    """`{ pattern with ?var0 } UNION { … ?var1 } …` and the bindings: one bound variable per
    value, so a list of user values is bound, never pasted."""
    blocks = [f"{{ {pattern.replace('?' + var, f'?{var}{i}')} }}" for i in range(len(values))]
    return " UNION ".join(blocks), {f"{var}{i}": v for i, v in enumerate(values)}


def type_codes(store: Store) -> list[str]:
    """Type codes of the graph's SKOS scheme, upper case as in symbol keys ("CTR")."""
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT DISTINCT ?code WHERE {{ GRAPH <{SCHEME_GRAPH}> {{ ?type skos:notation ?code }} }}""")
    return sorted({str(r["code"]).upper() for r in rows if "code" in r})


@dataclass
class Candidate:
    iri: str
    label: str | None = None
    date: str | None = None
    year: int | None = None
    place: str | None = None
    unresolved: bool = False  # the node of an undated citation that matches several documents
    period: str | None = None  # the term or year that makes the symbol this document (khóa XI)

    def as_dict(self) -> dict[str, str | None]:
        return {"iri": self.iri, "label": self.label, "date": self.date, "place": self.place}


# `p+`: distinct values (a directive's facts are restated by every article citing it)
_CANDIDATE_FACTS = """
    OPTIONAL { ?doc rdfs:label+ ?label }
    OPTIONAL { ?doc eli:date_document+ ?date }
    OPTIONAL { ?doc chithi:year+ ?year }
    OPTIONAL { ?doc eli:jurisdiction+ ?place_iri OPTIONAL { ?place_iri skos:prefLabel ?place } }
    OPTIONAL { ?doc chithi:unresolved+ ?unresolved }
    OPTIONAL { ?doc chithi:period+ ?period }
"""


def _candidates(store: Store, where: str, bindings: dict[str, object]) -> list[Candidate]:
    rows = store.select(SPARQL_PREFIXES + f"SELECT * WHERE {{ {where} {_CANDIDATE_FACTS} }}", bindings)
    found: dict[str, Candidate] = {}
    for row in rows:
        cand = found.setdefault(row["doc"], Candidate(row["doc"]))
        cand.label = cand.label or row.get("label")
        cand.date = min(filter(None, [cand.date, row.get("date")]), default=None)
        cand.year = cand.year or row.get("year")
        cand.place = cand.place or row.get("place")
        cand.unresolved = cand.unresolved or bool(row.get("unresolved"))
        cand.period = cand.period or row.get("period")
    return list(found.values())


def citation_candidates(store: Store, citation_iri: str) -> list[Candidate]:
    """The documents an undated citation may be, when it matches several (its node's
    chithi:candidate, graph/reconcile.py)."""
    found = _candidates(store, "?citation chithi:candidate ?doc .", {"citation": as_iri(citation_iri, "symbol")})
    return sorted(found, key=_oldest_first)


def _oldest_first(candidate: Candidate) -> tuple:
    """Dated documents by date, then the undated by term or year, then an undated citation's node."""
    return candidate.unresolved, candidate.date is None, candidate.date or "", candidate.period or "", candidate.iri


def document_candidates(store: Store, text: str) -> tuple[list[Candidate], str]:
    """Documents a symbol (or IRI) names and how they were found ("symbol" exact key, "variant")."""
    text = text.strip()
    if text.startswith(("http://", "https://")):
        where = "?doc rdf:type+ eli:LegalResource ."
        return _candidates(store, where, {"doc": as_iri(text, "symbol")}), "iri"
    exact = symbol_key(text)
    found = _candidates(store, "?doc chithi:symbolKey ?key .", {"key": exact})
    if found or not looks_like_symbol(text):
        return found, "symbol"
    keys = symbol_keys(text, type_codes(store))
    where, bindings = union_of("?doc chithi:symbolKey ?key .", "key", keys)
    return _candidates(store, where, bindings), "variant"


def same_symbol_documents(store: Store, doc_iri: str) -> list[Candidate]:
    """The other documents of a document's symbol and place (its chithi:identityKey): those of
    other terms or years, and the node of an undated citation that may be any of them."""
    # the key first, then the documents of it: in one query the planner read every document's key
    keys = store.select(SPARQL_PREFIXES + "SELECT DISTINCT ?key WHERE { ?this chithi:identityKey ?key }",
                        {"this": as_iri(doc_iri, "symbol")})
    found = [c for row in keys for c in _candidates(store, "?doc chithi:identityKey ?key .", {"key": row["key"]})
             if c.iri != doc_iri]
    return sorted(found, key=_oldest_first)


def close_symbols(store: Store, text: str, limit: int = 8) -> list[str]:
    """Symbols sharing the first number of `text` (what a user most likely meant), closest to
    what follows it first ("09-CT/TWW", "chi thj 09" -> 09-CT/TW …). Without a number: none."""
    match = re.search(r"(\d+)", text)
    if not match:
        return []
    where, bindings = union_of("?doc eli:number ?number .", "number", number_variants(match.group(1)))
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT DISTINCT * WHERE {{ {where} ?doc eli:id_local ?symbol }} LIMIT {int(limit) * 3}""", bindings)
    symbols = sorted({r["symbol"] for r in rows})
    return difflib.get_close_matches(text[match.start():].strip(), symbols, n=limit, cutoff=0) if symbols else []


def resolve_document(store: Store, symbol_or_iri: str, year: int | None = None) -> str:
    """The one document a user names (see api.queries.resolve_document)."""
    if not symbol_or_iri or not symbol_or_iri.strip():
        raise BadParameter("symbol", "empty")
    found, _ = document_candidates(store, symbol_or_iri)
    if any(not c.unresolved for c in found):  # the documents themselves, not the citation node
        found = [c for c in found if not c.unresolved]
    if year is not None:
        found = [c for c in found if c.year == year or (c.date or "").startswith(f"{year:04d}")]
    if not found:
        suffix = f" of {year}" if year is not None else ""
        raise NotFound("document", symbol_or_iri + suffix, close_symbols(store, symbol_or_iri))
    if len(found) > 1:
        raise Ambiguous("symbol", symbol_or_iri, [c.as_dict() for c in found])
    return found[0].iri


# -- administrative units -------------------------------------------------------------------

@dataclass
class UnitRow:
    iri: str
    label: str
    level: str
    full_name: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    parent: str | None = None  # the name of the unit it is in ("Tiền Giang" for a Huyện Châu Thành)

    @property
    def era(self) -> str:
        return "2025" if "/unit/2025/" in self.iri else "legacy"

    def valid_on(self, day: date) -> bool:
        iso = day.isoformat()
        return (self.valid_from or "") <= iso and (self.valid_until is None or iso <= self.valid_until)


def _unit_rows(store: Store, where: str, bindings: dict[str, object]) -> list[UnitRow]:
    """Units matching `where` (a pattern of the gazetteer graph, where every unit fact is, once),
    with their facts: the lookups follow a pattern that binds ?unit, so each is one per unit."""
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT * WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{
            {where} ?unit skos:prefLabel ?label .
            OPTIONAL {{ ?unit chithi:level ?level }}
            OPTIONAL {{ ?unit chithi:fullName ?full_name }}
            OPTIONAL {{ ?unit chithi:validFrom ?valid_from }}
            OPTIONAL {{ ?unit chithi:validUntil ?valid_until }}
            OPTIONAL {{ ?unit skos:broader ?parent_unit . ?parent_unit skos:prefLabel ?parent }} }} }}""", bindings)
    units: dict[str, UnitRow] = {}
    former = former_names(store) if rows else {}
    for r in rows:
        parent = r.get("parent")
        if r.get("parent_unit") in former:  # renamed since: as on the unit's last day (the city of Huế, in Thừa Thiên Huế)
            parent = name_on(former[r["parent_unit"]], r.get("valid_until"), parent)
        units.setdefault(r["unit"], UnitRow(r["unit"], r["label"], r.get("level", "unknown"),
                                            r.get("full_name"), r.get("valid_from"), r.get("valid_until"), parent))
    return list(units.values())


def resolve_unit(store: Store, name_or_iri: str, level: str | None = None,
                 as_of: date | None = None, parameter: str = "place") -> UnitRow:
    """A unit by IRI, official code or name ("Hà Tĩnh", "ha tinh", "tỉnh Hà Tĩnh", "Quận 11").
    Several left after `level` and `as_of`: the higher level wins (the province Hà Tĩnh over the
    city), then, without a date, the pre-2025 unit (most documents were issued there)."""
    text = (name_or_iri or "").strip()
    if not text:
        raise BadParameter(parameter, "empty")
    if text.startswith(("http://", "https://")):
        found = _unit_rows(store, "", {"unit": as_iri(text, parameter)})
    elif text.isdigit():
        found = _unit_rows(store, "?unit skos:notation ?code .", {"code": text})
    else:
        found = _named_units(store, text, level)
        if not found:
            suggestable = _folded_names(store).suggestable
            close = difflib.get_close_matches(fold(text), list(suggestable), n=5)
            raise NotFound("administrative unit", text, [suggestable[c] for c in close])
    if not found:
        raise NotFound("administrative unit", text)
    narrowed = [u for u in found if level is None or u.level == level]
    if not narrowed:
        raise NotFound(f"{level}", text, sorted({f"{u.label} ({u.level})" for u in found}))
    if as_of is not None:
        narrowed = [u for u in narrowed if u.valid_on(as_of)] or narrowed
    narrowed.sort(key=lambda u: (LEVEL_RANK.get(u.level, 9), u.era != "legacy" if as_of is None else 0))
    best = narrowed[0]
    same_rank = [u for u in narrowed if LEVEL_RANK.get(u.level) == LEVEL_RANK.get(best.level)
                 and (u.era == best.era)]
    if len({u.iri for u in same_rank}) > 1:
        raise Ambiguous("administrative unit", text,
                        [{"iri": u.iri, "label": u.full_name or u.label, "date": None} for u in same_rank],
                        hint="give the full name (Huyện …, Thị xã …) or the IRI")
    return best


@dataclass(frozen=True)
class _FoldedNames:
    """The gazetteer's names as written, by their folded form: short names ("Hà Tĩnh"), full
    names ("Tỉnh Hà Tĩnh"), full names without their administrative word ("ha tinh"), and the
    names units bore before the gazetteer's ("Thừa Thiên Huế", graph/units.py)."""

    labels: dict[str, list[str]]
    full_names: dict[str, list[str]]
    bare_full_names: dict[str, list[str]]
    former_labels: dict[str, list[str]]

    @property
    def suggestable(self) -> dict[str, str]:
        """Folded short name -> a name as written (the first, when several fold alike)."""
        return {folded: min(written) for folded, written in self.labels.items()}


# gazetteer version (its content hash, graph/units.py) -> its names, folded: the same for every
# store holding that version, and folding them is most of a lookup by a name the store lacks
_FOLDED_NAMES: dict[str, _FoldedNames] = {}


def _folded_names(store: Store) -> _FoldedNames:
    """The names of the store's gazetteer, folded: each distinct name once (7,757 short and
    9,448 full names for 14,177 units), read and folded once per gazetteer version."""
    graph = f"<{GAZETTEER_GRAPH}>"
    marks = store.select(SPARQL_PREFIXES + f"SELECT ?version WHERE {{ GRAPH {graph} {{ {graph} chithi:contentHash ?version }} }}")
    version = str(marks[0]["version"]) if marks else None
    if version in _FOLDED_NAMES:
        return _FOLDED_NAMES[version]

    def by_fold(predicate: str, key: Callable[[str], str] = fold) -> dict[str, list[str]]:
        folded: dict[str, list[str]] = {}
        for row in store.select(SPARQL_PREFIXES + f"SELECT DISTINCT ?name WHERE {{ GRAPH {graph} {{ ?unit {predicate} ?name }} }}"):
            folded.setdefault(key(row["name"]), []).append(row["name"])
        return folded

    full_names = by_fold("chithi:fullName")
    bare_full_names: dict[str, list[str]] = {}
    for folded, names in full_names.items():
        bare_full_names.setdefault(_ADMIN_PREFIX.sub("", folded), []).extend(names)
    names = _FoldedNames(by_fold("skos:prefLabel"), full_names, bare_full_names, by_fold("skos:altLabel"))
    if version is not None:
        _FOLDED_NAMES.clear()  # one version at a time: a store's gazetteer is replaced whole
        _FOLDED_NAMES[version] = names
    return names


def units_named(store: Store, text: str) -> list[UnitRow]:
    """Every unit `text` names, as written or folded ("Hà Tĩnh", "ha tinh", "tỉnh Hà Tĩnh"), of
    any level and era, highest level first: what a search for a place may also have meant."""
    unique = {u.iri: u for u in _named_units(store, text.strip())}
    return sorted(unique.values(), key=lambda u: (LEVEL_RANK.get(u.level, 9), u.era != "legacy", u.iri))


def _named_units(store: Store, text: str, level: str | None = None) -> list[UnitRow]:
    """The units whose short, full or former name is `text` as written, else once folded."""
    found = _unit_rows(store, "?unit skos:prefLabel|skos:altLabel ?name .", {"name": Literal(text, lang="vi")})
    found += _unit_rows(store, "?unit chithi:fullName ?name .", {"name": text})
    return found or _units_by_folded_name(store, text, level)


def _units_by_folded_name(store: Store, text: str, level: str | None) -> list[UnitRow]:
    """Units whose short or former name folds to `text` without its administrative word ("tinh
    ha tinh", "thua thien hue"), or whose full name does (with it or without): the gazetteer's
    folded names are looked up (see `_folded_names`), then the facts of the units so named."""
    names = _folded_names(store)
    wanted = fold(text)
    bare = _ADMIN_PREFIX.sub("", wanted)
    labels = names.labels.get(bare, [])
    full_names = sorted({*names.bare_full_names.get(bare, []), *names.full_names.get(wanted, [])})
    found: dict[str, UnitRow] = {}
    former = names.former_labels.get(bare, [])
    for predicate, values in (("skos:prefLabel", [lit(n, "vi") for n in labels]),
                              ("chithi:fullName", [lit(n) for n in full_names]),
                              ("skos:altLabel", [lit(n, "vi") for n in former])):
        if values:  # names read from the store: a VALUES block is safe (a UNION of bound names was not looked up)
            where = f"VALUES ?name {{ {' '.join(values)} }} ?unit {predicate} ?name ."
            found.update((u.iri, u) for u in _unit_rows(store, where, {})
                         if level is None or u.level == level)
    return [found[i] for i in sorted(found)]


# -- issuers and types ------------------------------------------------------------------------

def resolve_issuer(store: Store, name_or_iri: str) -> str:
    """An issuing body by IRI or name ("Ban Bí thư", "ban bi thu", "Tỉnh ủy Hà Tĩnh")."""
    text = (name_or_iri or "").strip()
    if not text:
        raise BadParameter("issuer", "empty")
    if text.startswith(("http://", "https://")):
        # a body issuing documents, or one its issuing units belong to (a Tỉnh ủy, named as its
        # Ban Thường vụ's parent: its page lists their documents)
        if store.ask(SPARQL_PREFIXES + "ASK { ?org skos:prefLabel ?label . "
                     "{ ?doc eli:passed_by ?org } UNION { ?unit (org:unitOf|org:subOrganizationOf) ?org } }",
                     {"org": as_iri(text, "issuer")}):
            return text
        raise NotFound("issuer", text)
    # issuers are <BASE/org/…> (graph/vocab.py): the IRI tells them from units and types, which
    # have names too, without joining their types (restated by every article)
    is_issuer = f'FILTER(STRSTARTS(STR(?org), "{BASE}org/"))'
    rows = store.select(SPARQL_PREFIXES + f"SELECT DISTINCT ?org ?name WHERE {{ ?org skos:prefLabel ?name {is_issuer} }}",
                        {"name": Literal(text, lang="vi")})
    if not rows:  # accents left out: every issuer's name, folded here
        all_rows = store.select(SPARQL_PREFIXES + f"SELECT DISTINCT ?org ?name WHERE {{ ?org skos:prefLabel ?name {is_issuer} }}")
        rows = [r for r in all_rows if fold(r["name"]) == fold(text)]
        if not rows:
            names = {fold(r["name"]): r["name"] for r in all_rows}
            close = difflib.get_close_matches(fold(text), list(names), n=5)
            raise NotFound("issuer", text, [names[c] for c in close])
    iris = sorted({r["org"] for r in rows})
    if len(iris) > 1:
        raise Ambiguous("issuer", text, [{"iri": i, "label": text, "date": None} for i in iris])
    return iris[0]


@dataclass
class TypeRow:
    iri: str
    code: str
    label: str


def document_types(store: Store) -> list[TypeRow]:
    rows = store.select(SPARQL_PREFIXES + f"""
        SELECT DISTINCT ?type ?code ?label WHERE {{ GRAPH <{SCHEME_GRAPH}> {{
            ?type skos:notation ?code . OPTIONAL {{ ?type skos:prefLabel ?label }} }} }}""")
    return [TypeRow(r["type"], r["code"], r.get("label") or r["code"]) for r in rows
            if r["type"].startswith(BASE + "type/")]


def resolve_type(store: Store, code_or_name: str) -> str:
    """A document type by code ("CT", "ctr") or name ("Chỉ thị", "chi thi")."""
    types = document_types(store)
    text = code_or_name.strip()
    for t in types:
        if text.upper() == t.code.upper() or fold(text) == fold(t.label) or text == t.iri:
            return t.iri
    raise NotFound("document type", text, [f"{t.code} ({t.label})" for t in types])
