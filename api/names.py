"""The names of what documents point at: a type's code, an issuer's name, a place's name, kept
per store in tables filled as documents point at what they do not hold yet.

Why: a summary shows each of these by name, and reading a name beside a document's other facts
is a lookup of two steps (`eli:type_document/skos:notation`), or nested (an issuer's name as
its article states it, a place and then its name). Beside other lookups in one query, those
made Oxigraph read whole predicates wherever a document is restated by many articles (a trace
of 50 documents on 2,000 generated articles: 14 s), so they were asked in queries of their own:
three more queries over every document of a tree (41 of the 57 ms of a tree's summaries on
200,000 generated documents in memory). A tree of a thousand documents points at a few hundred
issuers and places and a handful of types, the same ones tree after tree: they are read once,
the documents then read one-step facts only (the IRIs) in one query.

A table is read again after `NAMES_SECONDS`, as a cached answer of api/cache.py is: the stores
offer no count of their writes to tell a table is stale, and within that time a name may be
as old as an answer of the response cache. Types and places are reference data whose IRIs are
made of their codes (graph/scheme.py, graph/units.py): their names do not change while the
store lives. An issuer's IRI is made of its name (graph.vocab.org_iri), so its name changes only
where articles spell it two ways (then either is shown, as before). `forget` drops a store's
tables at once (a test or a tool that writes the store and reads it back at once).

A place is named as on its document's date: the few units renamed since (Thừa Thiên Huế, "Huế"
since 2025) are kept in a table of their own with each former name's last day (`former_names`),
consulted for those units only, so a trace of a thousand documents pays a dict lookup each.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from graph.store import Store
from graph.terms import iri, iri_values
from graph.vocab import GAZETTEER_GRAPH, SCHEME_GRAPH, SPARQL_PREFIXES

NAMES_SECONDS = 60.0


@dataclass
class _Tables:
    read_at: float = field(default_factory=time.monotonic)
    names: dict[str, dict[str, str | None]] = field(default_factory=dict)  # kind -> IRI -> name
    former: dict[str, tuple[tuple[str, str, str], ...]] | None = None  # see `former_names`


_TABLES: WeakKeyDictionary[Store, _Tables] = WeakKeyDictionary()


def forget(store: Store) -> None:
    """Drop the store's tables: the next summaries read the names again."""
    _TABLES.pop(store, None)


def _tables(store: Store) -> _Tables:
    tables = _TABLES.get(store)
    if tables is None or time.monotonic() - tables.read_at > NAMES_SECONDS:
        tables = _TABLES[store] = _Tables()
    return tables


def _type_codes(store: Store, pointed: dict[str, set[str]]) -> dict[str, str | None]:
    """The types' codes: those of the scheme in one read (a few dozen), any other as stated
    anywhere (a type the scheme lacks is stated with its code by the articles naming it)."""
    codes: dict[str, str | None] = {}
    for row in store.select(SPARQL_PREFIXES + f"""
            SELECT ?type ?code WHERE {{ GRAPH <{SCHEME_GRAPH}> {{ ?type skos:notation ?code }} }}"""):
        codes.setdefault(row["type"], row["code"])
    others = sorted(set(pointed) - set(codes))
    if others:
        for row in store.select(SPARQL_PREFIXES + f"""
                SELECT ?type ?code WHERE {{ {iri_values('type', others)} OPTIONAL {{ ?type skos:notation+ ?code }} }}"""):
            codes.setdefault(row["type"], row.get("code"))
    return codes


def _issuer_names(store: Store, pointed: dict[str, set[str]]) -> dict[str, str | None]:
    """Each issuer's name as an article naming it as a document's issuer states it (the builder
    writes an issuer's facts wherever it names it), through each document pointing at it: the
    name through the first of them (by IRI) that has one. Through one document only, the name
    depended on the order the rows came in (an article stating the issuer without its name gave
    none). Read from the issuer, a name restated by every article naming it (Ban Bí thư: all the
    central documents' articles) is read whole."""
    pairs = " ".join(f"({iri(doc)} {iri(issuer)})" for issuer, docs in sorted(pointed.items()) for doc in sorted(docs))
    by_document: dict[str, dict[str, str]] = {}  # issuer -> document -> name
    for row in store.select(SPARQL_PREFIXES + f"""
            SELECT DISTINCT ?doc ?issuer ?name WHERE {{ VALUES (?doc ?issuer) {{ {pairs} }}
                OPTIONAL {{ GRAPH ?g {{ ?doc eli:passed_by ?issuer . ?issuer skos:prefLabel ?name }} }} }}"""):
        if "name" in row:
            by_document.setdefault(row["issuer"], {}).setdefault(row["doc"], row["name"])
    return {issuer: named[min(named)] for issuer, named in by_document.items()}


def _place_names(store: Store, pointed: dict[str, set[str]]) -> dict[str, str | None]:
    """Each unit's name, stated once, in the gazetteer graph."""
    names: dict[str, str | None] = {}
    for row in store.select(SPARQL_PREFIXES + f"""
            SELECT ?place ?name WHERE {{ {iri_values('place', sorted(pointed))}
                OPTIONAL {{ ?place skos:prefLabel+ ?name }} }}"""):
        names.setdefault(row["place"], row.get("name"))
    return names


def former_names(store: Store) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """The units renamed since (graph/units.py: province 46, "Huế" since 2025, was the tỉnh
    "Thừa Thiên Huế" until 2024-12-31): IRI -> (each former name's last day as ISO text, the
    name, the full name), oldest first. A handful of units, read in one query beside the store's
    other tables: a summary consults it for those places only (`name_on`). The name is the full
    one without its kind ("Tỉnh Thừa Thiên Huế" -> "Thừa Thiên Huế"), as a unit's prefLabel is."""
    tables = _tables(store)
    if tables.former is None:
        former: dict[str, list[tuple[str, str, str]]] = {}
        for row in store.select(SPARQL_PREFIXES + f"""
                SELECT ?unit ?until ?full ?kind WHERE {{ GRAPH {iri(GAZETTEER_GRAPH)} {{
                    ?unit chithi:formerName ?name . ?name chithi:validUntil ?until ; rdfs:label ?full
                    OPTIONAL {{ ?name chithi:kind ?kind }} }} }}"""):
            full, prefix = row["full"], f"{row.get('kind', '')} "
            short = full[len(prefix):] if prefix.strip() and full.lower().startswith(prefix.lower()) else full
            former.setdefault(row["unit"], []).append((str(row["until"]), short, full))
        tables.former = {unit: tuple(sorted(names)) for unit, names in former.items()}
    return tables.former


def name_on(former: tuple[tuple[str, str, str], ...], dates: Any, name: str | None) -> str | None:
    """The name a renamed unit (`former_names`) bore on a document's date (`dates`: ISO text, a
    date, or a list of them: the earliest decides); undated, the unit's name now (`name`)."""
    if isinstance(dates, list):
        dates = min(map(str, dates), default=None)
    if dates:
        day = str(dates)[:10]
        for last_day, former_name, _ in former:
            if day <= last_day:
                return former_name
    return name


# kind: (the row's key of the IRI pointed at, the row's key of its name, the reader of names of
# IRIs not in the table: {IRI: the documents pointing at it} -> {IRI: name})
KINDS: dict[str, tuple[str, str, Callable[[Store, dict[str, set[str]]], dict[str, str | None]]]] = {
    "type_code": ("type", "type_code", _type_codes),
    "issuer": ("issuer", "issuer_label", _issuer_names),
    "place": ("place", "place_label", _place_names),
}


def names_of(store: Store, kind: str, pointers: Iterable[tuple[str, str]]) -> dict[str, str | None]:
    """The store's table of names of `kind` (IRI -> name), holding those of the IRIs pointed at
    by the pairs (IRI, the document pointing at it): the ones it lacked read in one query."""
    table = _tables(store).names.setdefault(kind, {})
    missing: dict[str, set[str]] = {}
    for pointed, doc in pointers:
        if pointed not in table:
            missing.setdefault(pointed, set()).add(doc)
    if missing:
        found = KINDS[kind][2](store, missing)
        table.update({pointed: found.get(pointed) for pointed in missing})
    return table


def add_names(store: Store, rows: Iterable[dict[str, Any]], kinds: Iterable[str], var: str = "doc") -> None:
    """Adds to each row the name of each IRI of `kinds` it points at (?{var}_type ->
    ?{var}_type_code, ?{var}_issuer -> ?{var}_issuer_label, ?{var}_place -> ?{var}_place_label),
    reading the names the store's tables lack, one query per kind."""
    rows = list(rows)
    for kind in kinds:
        pointer, name, _ = KINDS[kind]
        pointer_key, name_key = f"{var}_{pointer}", f"{var}_{name}"
        table = names_of(store, kind, [(row[pointer_key], row[var]) for row in rows
                                       if row.get(pointer_key) is not None])
        former = former_names(store) if kind == "place" else {}
        for row in rows:
            pointed = row.get(pointer_key)
            if pointed is not None and table[pointed] is not None:
                row[name_key] = table[pointed]
                if pointed in former:  # renamed since: its name on the document's date
                    row[name_key] = name_on(former[pointed], row.get(f"{var}_date"), table[pointed])
