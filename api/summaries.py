"""How a document summary and an article (a source) are read out of query rows.

A document's facts are read from its record in the facts index (graph/indexes.py: one literal
per document, every value of each fact) into row keys ?doc_label, ?doc_date …; a store without
the index (loaded before it existed, until its next load) is read through `summary_pattern`,
the one-step lookups the records keep. `Summaries` merges the rows (a document with two dates,
or stated by several articles, comes back in several rows of the lookups) into one
`DocumentSummary` per IRI.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from api.models import DocumentSummary, Ref, Source
from api.names import KINDS, add_names, former_names, name_on, names_of
from graph.indexes import (FACT_PREDICATES, FACTS, FACTS_GRAPH, RECORD_SEPARATOR, VALUE_SEPARATOR, fact_lookups,
                           has_facts, record_value)
from graph.store import Store
from graph.terms import iri, iri_values
from graph.vocab import SPARQL_PREFIXES

# a summary's fields: the facts of graph.indexes.FACT_PREDICATES of the same name, but the type's,
# read as its IRI (?doc_type) and named from api/names.py's tables (?doc_type_code)
_FACT = {"type_code": "type"}
_POSITION = {fact: position for position, fact in enumerate(FACT_PREDICATES)}  # in a record
ALL_FIELDS = tuple("type_code" if fact == "type" else fact for fact in FACT_PREDICATES)
TREE_FIELDS = ("label", "symbol", "type_code", "date", "issuer", "place", "level")  # what trees and tables show


def summary_pattern(var: str = "doc", fields: tuple[str, ...] = ALL_FIELDS) -> str:
    """The facts of ?var, each one step from it, through a one-or-more path (`p+`) but the
    issuer's. The predicates do not chain, so it is one step, but a path returns distinct
    values, where a plain triple pattern returns a fact once per article graph stating it and
    the OPTIONALs would multiply those copies (a directive stated by 1,000 articles: 1,000^n
    rows). Each lookup is an OPTIONAL of its own, which Oxigraph runs as a lookup per row (an
    inner join would scan the whole predicate). No lookup nests an OPTIONAL or is a path of two
    steps: beside other lookups, those made Oxigraph read whole predicates (the names of types,
    issuers and places they read come from api/names.py). The issuer's, a plain pattern, comes
    last: a lookup after it ran once per article restating the document (a search page of
    directives stated by hundreds, on 2,000 generated articles: 307 ms, 39 ms with it last). A
    lookup costs a few µs a row, so lists and trees ask for `TREE_FIELDS` only. Read this way
    only from a store without the facts index (graph/indexes.py), which keeps what they return."""
    return fact_lookups(var, [_FACT.get(f, f) for f in fields])


def summary_rows(store: Store, iris: Iterable[str], fields: tuple[str, ...] = ALL_FIELDS) -> list[dict[str, Any]]:
    """Rows of the facts of documents known by IRI (from the store: a VALUES block is safe), in
    one query, with the names of their types, issuers and places (api/names.py). On 200,000
    generated documents in memory, the summaries of a trace's 835 documents: 57 ms CPU in four
    queries (the type code, the issuer and the place each asked alone), 24 ms in this one, and
    1 ms for the names once in the tables (a name not in them yet: about 30 µs)."""
    documents = sorted(set(iris))
    if not documents:
        return []
    return _named_rows(store, iri_values("doc", documents), None, fields)


def read_summaries(store: Store, iris: Iterable[str], fields: tuple[str, ...] = ALL_FIELDS) -> "Summaries":
    """The summaries of documents known by IRI (see `summary_rows`)."""
    return Summaries().add_all(summary_rows(store, iris, fields))


def read_summaries_where(store: Store, group: str, bindings: dict[str, object] | None,
                         fields: tuple[str, ...] = ALL_FIELDS) -> "Summaries":
    """The summaries of the documents ?doc that `group` finds from bound nodes or terms written
    in it (a path from a trace's root), read beside it: no VALUES block of their IRIs to write,
    parse and look up (a trace of 835 documents on 200,000 generated documents in memory: 22.7
    ms CPU with the IRIs, 18.1 from its path). The variables of `group` are projected too (see
    api.queries)."""
    return Summaries().add_all(_named_rows(store, group, bindings, fields))


def _named_rows(store: Store, group: str, bindings: dict[str, object] | None,
                fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """The facts of the documents ?doc that `group` finds, with the names of what they point at:
    from each document's record in the facts index (graph/indexes.py), or where the store has
    none, through the lookups of `summary_pattern`."""
    if has_facts(store):
        rows = _record_rows(store, group, bindings, fields)
    else:
        rows = store.select(SPARQL_PREFIXES + f"SELECT DISTINCT * WHERE {{ {group} {summary_pattern('doc', fields)} }}",
                            bindings)
    add_names(store, rows, [f for f in fields if f in KINDS])
    return rows


def _record_rows(store: Store, group: str, bindings: dict[str, object] | None,
                 fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """One row per document with its record read into the keys the lookups would give
    (?doc_label …): a single fact's first value (a document stated with two takes either, as
    the lookups' rows did), every date (`Summaries` reads a list). On 200,000 generated
    documents in memory, a trace (~870 documents) takes 48 ms CPU with the records, 58 with the
    lookups (A/B in one process, the same JSON for 50 directives)."""
    rows = store.select(SPARQL_PREFIXES + f"SELECT DISTINCT * WHERE {{ {group} "
                        f"OPTIONAL {{ GRAPH {iri(FACTS_GRAPH)} {{ ?doc {iri(str(FACTS))} ?doc_facts }} }} }}",
                        bindings)
    keys = [(f"doc_{fact}", _POSITION[fact], fact == "date") for fact in (_FACT.get(f, f) for f in fields)]
    for row in rows:
        record = row.pop("doc_facts", None)
        if record is None:
            continue
        facts = record.split(RECORD_SEPARATOR)
        for key, position, every in keys:
            values = facts[position]
            if not values:
                continue
            if every:
                row[key] = [record_value(v) for v in values.split(VALUE_SEPARATOR)]
            else:  # a text, mostly: read here without a call
                first = values.split(VALUE_SEPARATOR, 1)[0]
                row[key] = first[1:] if first[0] == "s" else record_value(first)
    return rows


def facts_column(var: str = "doc") -> str:
    """The group binding ?{var}_facts to the record of ?{var} (see `summaries_of_records`), a
    lookup per row: asked in the query that finds the documents (a trace's path and edges)."""
    return f"OPTIONAL {{ GRAPH {iri(FACTS_GRAPH)} {{ ?{var} {iri(str(FACTS))} ?{var}_facts }} }}"


def records_of(rows: Iterable[dict[str, Any]], var: str = "doc") -> dict[str, str | None]:
    """Each document ?{var} of rows with its record in ?{var}_facts (`facts_column`; a document
    may come in several rows, or without a record), in the order first seen."""
    records: dict[str, str | None] = {}
    fact_key = f"{var}_facts"
    for row in rows:
        doc_iri = row[var]
        if doc_iri not in records:
            records[doc_iri] = row.get(fact_key)
    return records


def summaries_of_records(store: Store, records: dict[str, str | None],
                         fields: tuple[str, ...] = ALL_FIELDS) -> "Summaries":
    """The summaries of documents given with their records (`records_of`), each record read
    straight into the fields of a `DocumentSummary` as `_record_rows`, `add_names` and
    `Summaries` give them, with no row per document in between (a trace's ~870 documents on
    200,000 generated ones: 7.5 -> 4.6 ms CPU). For a store with the facts index (`has_facts`)."""
    # the first value of each single fact, and of the type, issuer and place (IRIs, named below)
    firsts = [(field, _POSITION[_FACT.get(field, field)]) for field in (*_SINGLE, "issuer", "place") if field in fields]
    dates_at = _POSITION["date"] if "date" in fields else None
    unresolved_at = _POSITION["unresolved"] if "unresolved" in fields else None
    summaries: dict[str, dict[str, Any]] = {}
    for doc_iri, record in records.items():
        data: dict[str, Any] = {}
        summaries[doc_iri] = data
        if record is None:
            data.update(level="unknown", iri=doc_iri, dates=[], unresolved=False)
            continue
        facts = record.split(RECORD_SEPARATOR)
        for field, position in firsts:
            values = facts[position]
            if values:
                first = values.split(VALUE_SEPARATOR, 1)[0]
                data[field] = first[1:] if first[0] == "s" else record_value(first)
        if data.get("level") not in _LEVELS:
            data["level"] = "unknown"
        dates = facts[dates_at] if dates_at is not None else ""
        data["iri"] = doc_iri
        if not dates:
            data["dates"] = []
        elif dates[0] == "s" and VALUE_SEPARATOR not in dates:  # one date, as most documents have
            data["dates"] = [dates[1:]]
        else:
            data["dates"] = sorted([str(record_value(v)) for v in dates.split(VALUE_SEPARATOR)])
        data["unresolved"] = bool(unresolved_at is not None and facts[unresolved_at]
                                  and record_value(facts[unresolved_at].split(VALUE_SEPARATOR, 1)[0]))
    for kind in ("type_code", "issuer", "place"):
        if kind in fields:
            _name(store, kind, summaries)
    built = Summaries()
    for doc_iri, data in summaries.items():
        built.add_data(doc_iri, data)
    return built


def edges_of_records(records: dict[str, str | None]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """The edges kept in documents' records (`records_of`), each as (the document, the document
    it points at, the relation, the fields of the `Source` stating it: its URL and title, as a
    trace shows them)."""
    for doc_iri, record in records.items():
        edges = record.rsplit(RECORD_SEPARATOR, 1)[1] if record else ""  # the last field
        if edges:
            for value in edges.split(VALUE_SEPARATOR):
                relation, parent, article, url, title = record_value(value)
                yield doc_iri, parent, relation, {"article": article, "url": url or None, "title": title or None,
                                                  "published": None}


def _name(store: Store, kind: str, summaries: dict[str, dict[str, Any]]) -> None:
    """The IRI of `kind` in each summary's fields replaced by its name (the type's code, which
    goes when there is none) or by a reference with its name (issuer, place): one `Ref` for all
    the documents pointing at the same one, which their validation takes as it is (a trace's
    ~870 documents point at a few hundred issuers and places: 1.5 ms less than a reference
    validated for each)."""
    table = names_of(store, kind, [(data[kind], doc_iri) for doc_iri, data in summaries.items() if kind in data])
    former = former_names(store) if kind == "place" else {}
    refs: dict[str, Ref] = {}
    for data in summaries.values():
        pointed = data.get(kind)
        if pointed is None:
            continue
        if pointed in former:  # a unit renamed since: its name on the document's date
            data[kind] = {"iri": pointed, "label": name_on(former[pointed], data["dates"], table[pointed])}
        elif kind != "type_code":
            ref = refs.get(pointed)
            data[kind] = ref if ref is not None else refs.setdefault(pointed, Ref(iri=pointed, label=table[pointed]))
        elif table[pointed] is None:
            del data[kind]
        else:
            data[kind] = table[pointed]


_SINGLE = ("label", "symbol", "type_code", "type_name", "title", "system", "year", "period", "level")
_KEPT = (*_SINGLE, "date", "unresolved", "issuer", "issuer_label", "place", "place_label")
_LEVELS = ("central", "province", "district", "commune")


@lru_cache(maxsize=16)
def _fields_of(var: str) -> dict[str, str]:
    """Row key -> field, of the facts a summary keeps, for the document variable `var`."""
    return {f"{var}_{field}": field for field in _KEPT}


class _Keys(NamedTuple):
    """The row keys of a summary's fields, for one document variable."""

    single: tuple[tuple[str, str], ...]  # (row key, field) of the facts taken as they are
    refs: tuple[tuple[str, str, str], ...]  # (field, row key of the IRI, row key of its name)
    date: str
    unresolved: str


@lru_cache(maxsize=16)
def _keys_of(var: str) -> _Keys:
    return _Keys(tuple((f"{var}_{f}", f) for f in _SINGLE),
                 tuple((kind, f"{var}_{kind}", f"{var}_{kind}_label") for kind in ("issuer", "place")),
                 f"{var}_date", f"{var}_unresolved")


_SUMMARY_LIST = TypeAdapter(list[DocumentSummary])
_READ_WHOLE: tuple[dict[str, Any], str] = ({}, "doc")  # the first row of a summary read whole: none


class Summaries:
    """Accumulates rows into document summaries, keeping first-seen order. A summary is given
    as the plain data of a `DocumentSummary` (`data`: what a whole response validates at once,
    see api.queries._trace) or as the model, built once, when first asked for (validating nested
    dicts is the fastest way pydantic has: 4x faster than `model_construct`, which is written in
    Python). Most documents come in one row: its data is read off it when asked for; the rows
    of a document stated in several are merged (on 200,000 generated documents, a trace's 835
    summaries: 5.6 ms of Python merging every row, 1.3 reading the single rows as they are)."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[dict[str, Any], str]] = {}  # document -> its first row, its variable
        self._facts: dict[str, dict[str, Any]] = {}  # of the documents in several rows: merged
        self._data: dict[str, dict[str, Any]] = {}
        self._built: dict[str, DocumentSummary] = {}

    def add(self, row: dict[str, Any], var: str = "doc") -> None:
        doc_iri = row.get(var)
        if not isinstance(doc_iri, str):
            return
        self._data.pop(doc_iri, None)
        self._built.pop(doc_iri, None)
        first = self._first.get(doc_iri)
        if first is None:
            self._first[doc_iri] = (row, var)
            return
        facts = self._facts.get(doc_iri)
        if facts is None:
            facts = self._facts[doc_iri] = _facts_of(doc_iri, *first)
        fields = _fields_of(var)
        for key, value in row.items():
            field = fields.get(key)
            if field is None:
                continue
            if field == "date":
                facts["dates"].update(_dates(value))
            elif field == "unresolved":
                facts["unresolved"] = facts.get("unresolved") or bool(value)
            elif field not in facts:
                facts[field] = value

    def add_data(self, doc_iri: str, data: dict[str, Any]) -> None:
        """A document's summary read whole (from its record, see `summaries_of_records`), given
        as the fields of a `DocumentSummary`: no row of it is merged into it after."""
        self._first[doc_iri] = _READ_WHOLE
        self._data[doc_iri] = data
        self._built.pop(doc_iri, None)

    def add_all(self, rows: Iterable[dict[str, Any]], var: str = "doc") -> "Summaries":
        for row in rows:
            self.add(row, var)
        return self

    def data(self, doc_iri: str) -> dict[str, Any]:
        """The summary as the fields of a `DocumentSummary` (dates as ISO text, sorted)."""
        data = self._data.get(doc_iri)
        if data is None:
            facts, first = self._facts.get(doc_iri), self._first.get(doc_iri)
            if facts is None and first is not None:
                data = _row_data(doc_iri, *first)
            else:
                data = _summary_data(facts or {"iri": doc_iri, "dates": set()})
            self._data[doc_iri] = data
        return data

    def get(self, doc_iri: str) -> DocumentSummary:
        built = self._built.get(doc_iri)
        if built is None:
            built = self._built[doc_iri] = DocumentSummary.model_validate(self.data(doc_iri))
        return built

    def build_all(self) -> None:
        """Builds the models of every summary not built yet in one validation (a trace's 835:
        1 ms less than one at a time)."""
        unbuilt = [i for i in self._first if i not in self._built]
        self._built.update(zip(unbuilt, _SUMMARY_LIST.validate_python([self.data(i) for i in unbuilt])))

    def __contains__(self, doc_iri: str) -> bool:
        return doc_iri in self._first

    def all(self) -> list[DocumentSummary]:
        self.build_all()
        return [self._built[i] for i in self._first]


def _facts_of(doc_iri: str, row: dict[str, Any], var: str) -> dict[str, Any]:
    """The facts of a document's first row, to merge the next ones into."""
    fields = _fields_of(var)
    facts = {fields[key]: value for key, value in row.items() if key in fields}
    facts.update(iri=doc_iri, dates=set(_dates(facts.pop("date", None))))
    if "unresolved" in facts:
        facts["unresolved"] = bool(facts["unresolved"])
    return facts


def _summary_data(facts: dict[str, Any]) -> dict[str, Any]:
    data = {f: facts[f] for f in _SINGLE if f in facts}
    if data.get("level") not in _LEVELS:
        data["level"] = "unknown"
    for kind in ("issuer", "place"):
        if kind in facts:
            data[kind] = {"iri": facts[kind], "label": facts.get(f"{kind}_label")}
    data.update(iri=facts["iri"], dates=sorted(map(str, facts["dates"])),
                unresolved=facts.get("unresolved", False))
    return data


def _row_data(doc_iri: str, row: dict[str, Any], var: str) -> dict[str, Any]:
    """`_summary_data(_facts_of(doc_iri, row, var))`, read off the row at once."""
    keys = _keys_of(var)
    data = {field: row[key] for key, field in keys.single if key in row}
    if data.get("level") not in _LEVELS:
        data["level"] = "unknown"
    for kind, key, name_key in keys.refs:
        if key in row:
            data[kind] = {"iri": row[key], "label": row.get(name_key)}
    data.update(iri=doc_iri, dates=sorted(map(str, _dates(row.get(keys.date)))),
                unresolved=bool(row.get(keys.unresolved, False)))
    return data


def _dates(value: Any) -> list[Any]:
    """A row's date: one (a lookup's row), none, or every date (a record's row)."""
    return [] if value is None else value if isinstance(value, list) else [value]


SOURCE_PATTERN = """
    OPTIONAL { ?g prov:wasDerivedFrom ?g_url }
    OPTIONAL { ?g dcterms:source ?g_path }
    OPTIONAL { ?g dcterms:title ?g_title }
    OPTIONAL { ?g dcterms:issued ?g_published }
"""


def source_pattern(var: str = "g", brief: bool = False) -> str:
    """Facts of the article whose named graph is ?var (its IRI is the graph's name); `brief`:
    its URL and title only (for trees, where every edge has its article)."""
    lines = [line for line in SOURCE_PATTERN.strip().splitlines()
             if not brief or "wasDerivedFrom" in line or "dcterms:title" in line]
    return "\n".join(lines).replace("?g", f"?{var}")


@lru_cache(maxsize=16)
def _source_keys(var: str) -> tuple[str, str, str, str]:
    """The row keys of an article's URL, path, title and date, for the article variable `var`."""
    return f"{var}_url", f"{var}_path", f"{var}_title", f"{var}_published"


def source_data(row: dict[str, Any], var: str = "g") -> dict[str, Any] | None:
    """The fields of the `Source` of the article ?var of a row."""
    article = row.get(var)
    if not isinstance(article, str):
        return None
    url_key, path_key, title_key, published_key = _source_keys(var)
    published = row.get(published_key)
    return {"article": article, "url": row.get(url_key) or row.get(path_key),
            "title": row.get(title_key), "published": published[:10] if published else None}


def source_from_row(row: dict[str, Any], var: str = "g") -> Source | None:
    data = source_data(row, var)
    return None if data is None else Source.model_validate(data)


def add_source(sources: list[Source], source: Source | None) -> None:
    """Append unless the same article is already listed (rows repeat per optional value)."""
    if source is not None and all(s.article != source.article for s in sources):
        sources.append(source)


_SOURCE_LIST = TypeAdapter(list[Source])


def build_sources(edges: list[dict[str, Any]]) -> None:
    """Turns each edge's sources, given as {article: its fields}, into a list of models, in
    place, in one validation (a trace's 835: 1.7 -> 1.0 ms)."""
    built = iter(_SOURCE_LIST.validate_python([source for edge in edges for source in edge["sources"].values()]))
    for edge in edges:
        edge["sources"] = [next(built) for _ in edge["sources"]]
