"""Indexes written at load time, in a named graph of their own, for questions the article graphs
can only answer by reading every document.

WORDS_GRAPH holds `<doc> chithi:word "token"` for every word of a document's labels, titles
and issuers' names, folded (`fold`: lower case, no accents, đ -> d; numbers without leading
zeros): "Chỉ thị 09-CT/TW" -> chi, thi, 9, ct, tw. A word search starts from the documents of
one word (an index lookup) instead of matching every label in the store.

After each write (graph.load calls `update_indexes` after reconciling), the words of every
document the write may have changed are read again and replace what the index listed for it:
the documents the replaced article graphs state, and those whose citations reconciliation may
have moved (the documents of their identity keys, and the node of their undated citations).
Article graphs that are new in the store only add statements: their documents' words are read
in those graphs alone and added to what the index lists (a directive cited by 10,000 articles
is not read whole again for every batch that cites it: that made the index a third of a load's
time, growing with every batch).
An unloaded article's documents are found by their identity keys too; a document without one
(a legal symbol, an unnumbered plan) whose last article is unloaded may stay listed. The index
is a list of candidates, and the search checks each candidate's texts as the store holds them
now: a stale entry costs a lookup, never a wrong answer. `rebuild_indexes` starts over from
the article graphs; it marks the graph as a word index (`<WORDS_GRAPH> a chithi:WordIndex`),
so a store loaded before the index existed is told apart from one without words, and is
indexed whole on its next load.

An issuer's name is read in the graphs that state it with the document's eli:passed_by (the
builder writes an issuer's facts wherever it names it), as the search checks it: Ban Bí thư's
name, restated by every article naming it, read whole for each of its documents made a word
search on a million documents take 32 s.

FACTS_GRAPH holds one record per document, `<doc> chithi:facts "…"` (`record_text`): each fact a summary
shows (`FACT_PREDICATES`) with every distinct value the store states for it, in any graph, as a
one-step `p+` lookup returns them (two dates stay two dates: a conflict stays visible), and its
edges to the documents it implements or continues, each statement with the article stating it
(`EDGE_RELATIONS`). A trace of 873 documents reads one literal per document instead of a dozen
lookups, a row per combination of their values and a row per article stating an edge. Unlike a
word, a stale record would be a wrong answer, so every write keeps it exact: the documents read
whole are those above plus every document the replaced or removed graphs stated before the
write (graph.load reads them first: `documents_stated`) and every document whose edge
reconciliation moved to another node; a document of a new graph only gains values, merged into
its record, but its `unresolved` flag (written by reconciliation in IDENTITY_GRAPH) is read
again. A store without the records (loaded before they existed) is indexed whole on its next
load, and api/summaries.py reads a store without them through the lookups themselves.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from rdflib import URIRef

from graph.bindings import values_block
from graph.store import Store
from graph.terms import iri, iri_values, lit
from graph.vocab import (BASE, CHITHI, DCTERMS, ELI, IDENTITY_GRAPH, PROV, RDF, RDFS, RELATION_PREDICATES, SKOS,
                         doc_iri)

WORDS_GRAPH = BASE + "graph/index/words"
WORD = CHITHI.word

_WORDS, _WORD = iri(WORDS_GRAPH), iri(str(WORD))
_MARK = f"{_WORDS} {iri(str(RDF.type))} {iri(str(CHITHI.WordIndex))}"
_LABEL, _TITLE, _PASSED_BY, _PREF_LABEL = (iri(str(p)) for p in (RDFS.label, ELI.title, ELI.passed_by,
                                                                   SKOS.prefLabel))
_LEGAL_RESOURCE = iri(str(ELI.LegalResource))
_CHUNK = 500  # documents per read and per write

FACTS_GRAPH = BASE + "graph/index/facts"
FACTS = CHITHI.facts
# a record's keys: the facts a summary shows (api/summaries.py), each one step from the document
FACT_PREDICATES: dict[str, str] = {field: str(p) for field, p in {
    "label": RDFS.label, "symbol": ELI.id_local, "type": ELI.type_document, "type_name": CHITHI.typeName,
    "date": ELI.date_document, "title": ELI.title, "issuer": ELI.passed_by, "place": ELI.jurisdiction,
    "level": CHITHI.level, "system": CHITHI.system, "year": CHITHI.year, "period": CHITHI.period,
    "unresolved": CHITHI.unresolved}.items()}
_FIELD_OF = {p: field for field, p in FACT_PREDICATES.items()}
# the relations a trace follows (api/queries.py), kept in a record's last field, "edges": each
# statement of one as (relation, the document it points at, the article graph stating it, the
# article's URL, its title), so that a trace reads one literal per document of its tree, not a
# row per statement with the article's facts looked up beside it
EDGE_RELATIONS: dict[str, str] = {str(RELATION_PREDICATES[name]): name for name in ("implements", "continues")}
RECORD_FIELDS = (*FACT_PREDICATES, "edges")
# the facts' and edges' statements only, filtered in the store: each row made a Python object costs ~10 µs
_FACT_FILTER = f"FILTER(?p IN ({', '.join(iri(p) for p in (*FACT_PREDICATES.values(), *EDGE_RELATIONS))}))"
# an edge's article ?g: its URL and title, where it has them
_ARTICLE_FACTS = (f"OPTIONAL {{ GRAPH ?g {{ ?g {iri(str(PROV.wasDerivedFrom))} ?url }} }} "
                  f"OPTIONAL {{ GRAPH ?g {{ ?g {iri(str(DCTERMS.title))} ?title }} }}")
INDEX_GRAPHS = (WORDS_GRAPH, FACTS_GRAPH)  # derived from the article graphs: no export of them
_FACTS_G, _FACTS = iri(FACTS_GRAPH), iri(str(FACTS))
# what a record holds: a store whose records hold other facts has none (indexed on its next load)
_FACTS_MARK = f"{_FACTS_G} {iri(str(CHITHI.recordFacts))} {lit(' '.join(RECORD_FIELDS))}"


def fold(text: str) -> str:
    """Lower case, no accents, đ -> d, runs of other characters -> one space: "Hà Tĩnh" -> "ha tinh"."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", bare))


def word_token(folded_word: str) -> str:
    """The index's form of a folded word: a number without its leading zeros ("09" -> "9")."""
    return (folded_word.lstrip("0") or "0") if folded_word.isdigit() else folded_word


@lru_cache(maxsize=1 << 16)  # a label ("Chỉ thị 09-CT/TW", "Ban Bí thư") recurs in many articles
def tokens(text: str) -> frozenset[str]:
    """The index tokens of a text: "Chỉ thị 09-CT/TW" -> {"chi", "thi", "9", "ct", "tw"}."""
    return frozenset(word_token(w) for w in fold(text).split())


def _texts_query(docs: list[str] | None) -> str:
    """Rows (?doc ?text) of the labels, titles and issuers' names of `docs`: a label or title
    once (`p+`: restated by thousands of articles, it is one row), an issuer's name as the graphs
    stating the document's issuer give it (see the module docstring); of every document when
    `docs` is None, then one row per statement of an article graph (the ontology's terms have
    labels too, and a path over every subject would be a closure)."""
    if docs is None:
        return (f"SELECT ?doc ?text WHERE {{ "
                f"{{ GRAPH ?g {{ ?doc {_LABEL} ?text }} }} UNION {{ GRAPH ?g {{ ?doc {_TITLE} ?text }} }} "
                f"UNION {{ GRAPH ?g {{ ?doc {_PASSED_BY} ?issuer . ?issuer {_PREF_LABEL} ?text }} }} "
                f"FILTER(STRSTARTS(STR(?g), {lit(BASE + 'article/')})) }}")
    return (f"SELECT ?doc ?text WHERE {{ {values_block(['doc'], [(URIRef(d),) for d in docs])} "
            f"{{ ?doc {_LABEL}+ ?text }} UNION {{ ?doc {_TITLE}+ ?text }} "
            f"UNION {{ GRAPH ?g {{ ?doc {_PASSED_BY} ?issuer . ?issuer {_PREF_LABEL} ?text }} }} }}")


def _words(rows: Iterable[dict]) -> dict[str, set[str]]:
    """doc -> the tokens of its texts, for rows (?doc ?text)."""
    words: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        words[row["doc"]] |= tokens(str(row["text"]))
    return words


def _index_lines(words: dict[str, set[str]], graph: str = "") -> str:
    """N-Triples (N-Quads with `graph`) of the word index: doc -> its tokens."""
    end = f" {graph} .\n" if graph else " .\n"
    return "".join(f"{iri(doc)} {_WORD} {lit(token)}{end}" for doc, found in words.items() for token in sorted(found))


def index_documents(store: Store, docs: Iterable[str]) -> None:
    """List the words these documents have now in place of those listed for them (one atomic
    update per chunk of documents)."""
    docs = sorted(set(docs))
    for start in range(0, len(docs), _CHUNK):
        chunk = docs[start:start + _CHUNK]
        triples = _index_lines(_words(store.select(_texts_query(chunk))))
        listed = values_block(["doc"], [(URIRef(d),) for d in chunk])
        store.update(f"DELETE {{ GRAPH {_WORDS} {{ ?doc {_WORD} ?word }} }} "
                     f"WHERE {{ {listed} GRAPH {_WORDS} {{ ?doc {_WORD} ?word }} }} ;\n"
                     f"INSERT DATA {{ GRAPH {_WORDS} {{\n{triples}}} }}")


def documents_touched(store: Store, graphs: Iterable[str], keys: Iterable[str]) -> set[str]:
    """Documents the article graphs state, and those with the identity keys (the dated ones, from
    the index in IDENTITY_GRAPH, and the node of their undated citations)."""
    graphs, keys = sorted(set(graphs)), sorted(set(keys))
    docs = {doc_iri(k) for k in keys}
    for start in range(0, len(graphs), _CHUNK):
        chunk = values_block(["g"], [(URIRef(g),) for g in graphs[start:start + _CHUNK]])
        docs |= {r["doc"] for r in store.select(
            f"SELECT DISTINCT ?doc WHERE {{ {chunk} GRAPH ?g {{ ?doc a {_LEGAL_RESOURCE} }} }}")}
    for start in range(0, len(keys), _CHUNK):
        chunk = values_block(["key"], [(k,) for k in keys[start:start + _CHUNK]])
        docs |= {r["doc"] for r in store.select(
            f"SELECT ?doc WHERE {{ {chunk} GRAPH {iri(IDENTITY_GRAPH)} {{ ?doc {iri(str(CHITHI.identityKey))} ?key }} }}")}
    return docs


def has_indexes(store: Store) -> bool:
    """Both indexes are there (a store loaded before either existed has not)."""
    return store.ask(f"ASK {{ GRAPH {_WORDS} {{ {_MARK} }} GRAPH {_FACTS_G} {{ {_FACTS_MARK} }} }}")


def has_words(store: Store) -> bool:
    """The word index is there (a word search needs it; the facts index it does not)."""
    return store.ask(f"ASK {{ GRAPH {_WORDS} {{ {_MARK} }} }}")


def has_facts(store: Store) -> bool:
    return store.ask(f"ASK {{ GRAPH {_FACTS_G} {{ {_FACTS_MARK} }} }}")


def update_indexes(store: Store, graphs: Iterable[str], keys: Iterable[str],
                   added: Iterable[str] = (), moved: Iterable[str] = (), moved_in: Iterable[str] = ()) -> None:
    """After article graphs were written or removed and their identity keys reconciled (graph.load
    calls this after `reconcile`): index every document they may have changed (every document,
    in a store that has no index yet). Read again whole: the documents of `graphs` (replaced or
    removed) and of `keys`, the nodes `moved` (citations left or joined them, and the
    documents the replaced or removed graphs stated before: `documents_stated`), and the
    documents whose edges point at a moved node in the graphs `moved_in` (where reconciliation
    moved citations: an edge's end changed); `added` graphs are new in the store: the words and
    facts of their other documents are read in them alone and added to what the indexes list."""
    if not has_indexes(store):
        rebuild_indexes(store)
        return
    moved = set(moved)
    read_whole = documents_touched(store, graphs, keys) | moved | _pointing_at(store, sorted(set(moved_in)), moved)
    index_documents(store, read_whole)
    index_facts(store, read_whole)
    added = sorted(set(added))
    _add_words_of_graphs(store, added, read_whole)
    _add_facts_of_graphs(store, added, read_whole)


def _pointing_at(store: Store, graphs: list[str], nodes: set[str]) -> set[str]:
    """The documents with an edge (`EDGE_RELATIONS`) to one of `nodes` in one of `graphs`."""
    if not graphs or not nodes:
        return set()
    edge = "|".join(iri(p) for p in EDGE_RELATIONS)
    pointing: set[str] = set()
    for start in range(0, len(graphs), _CHUNK):  # an article states a few edges: filtered here
        chunk = values_block(["g"], [(URIRef(g),) for g in graphs[start:start + _CHUNK]])
        rows = store.select(f"SELECT ?doc ?parent WHERE {{ {chunk} GRAPH ?g {{ ?doc {edge} ?parent }} }}")
        pointing |= {r["doc"] for r in rows if r["parent"] in nodes}
    return pointing


def documents_stated(store: Store, graphs: Iterable[str]) -> set[str]:
    """The documents these article graphs state (graph.load asks before replacing or removing
    them: their records must lose what the graphs said)."""
    return documents_touched(store, graphs, ())


def _add_words_of_graphs(store: Store, graphs: list[str], skip: set[str]) -> None:
    """Add the words the documents of these (new) article graphs have in them and the index
    does not list yet, except for the documents in `skip` (indexed whole already)."""
    words: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(graphs), _CHUNK):
        chunk = values_block(["g"], [(URIRef(g),) for g in graphs[start:start + _CHUNK]])
        for doc, found in _words(store.select(
                f"SELECT ?doc ?text WHERE {{ {chunk} GRAPH ?g {{ ?doc a {_LEGAL_RESOURCE} . "
                f"{{ ?doc {_LABEL} ?text }} UNION {{ ?doc {_TITLE} ?text }} "
                f"UNION {{ ?doc {_PASSED_BY} ?issuer . ?issuer {_PREF_LABEL} ?text }} }} }}")).items():
            if doc not in skip:
                words[doc] |= found
    docs = sorted(words)
    for start in range(0, len(docs), _CHUNK):  # words listed already (a directive's) not again
        chunk = docs[start:start + _CHUNK]
        for row in store.select(f"SELECT ?doc ?word WHERE {{ {values_block(['doc'], [(URIRef(d),) for d in chunk])} "
                                f"GRAPH {_WORDS} {{ ?doc {_WORD} ?word }} }}"):
            words[row["doc"]].discard(row["word"])
        quads = _index_lines({doc: words[doc] for doc in chunk}, _WORDS)
        if quads:
            store.add_quads(quads)


def rebuild_indexes(store: Store) -> int:
    """The indexes from the article graphs alone (what a word lost is forgotten); returns the
    number of index statements written."""
    store.drop_graph(WORDS_GRAPH)
    quads = _index_lines(_words(store.select(_texts_query(None))), _WORDS)
    store.add_new_graphs(quads + f"{_MARK} {_WORDS} .\n")
    return quads.count("\n") + rebuild_facts(store)


# -- the facts index ------------------------------------------------------------------------------

def fact_lookups(var: str, fields: Iterable[str]) -> str:
    """The SPARQL group reading the facts `fields` of ?{var} into ?{var}_{field}: one OPTIONAL
    lookup each, through `p+` (distinct values, where a plain pattern returns a value once per
    article stating it and the lookups would multiply the copies), but the issuer's, a plain
    pattern asked last (see api/summaries.py for why)."""
    return "\n".join(
        f"OPTIONAL {{ ?{var} {iri(FACT_PREDICATES[f])}{'' if f == 'issuer' else '+'} ?{var}_{f} }}"
        for f in sorted(fields, key=lambda f: f == "issuer"))


def _fact_order(value: Any) -> tuple[str, Any]:
    return type(value).__name__, value


# A record: the facts in the order of FACT_PREDICATES apart by RS, each fact's values (sorted, the
# titles as `titles_in_order`)
# apart by US, each value its type's letter and its text: two splits read it where json.loads
# took ~10 µs a record (a trace of 870 documents: ~8 ms). A text holding a separator is written
# as JSON ("j"), which escapes them.
RECORD_SEPARATOR, VALUE_SEPARATOR, PART_SEPARATOR = "\x1e", "\x1f", "\x1d"
_TYPE_LETTERS = {str: "s", int: "i", float: "f", bool: "b"}
_SEPARATORS = re.compile("[\x1d-\x1f]")


def _value_text(value: Any) -> str:
    if type(value) is tuple:  # an edge: its parts apart by GS ("e"), or as JSON ("t") if one holds a separator
        if any(_SEPARATORS.search(part) for part in value):
            return "t" + json.dumps(value)
        return "e" + PART_SEPARATOR.join(value)
    letter = _TYPE_LETTERS.get(type(value))
    if letter is None or letter == "s" and (RECORD_SEPARATOR in value or VALUE_SEPARATOR in value):
        return "j" + json.dumps(value)
    if letter == "b":
        return "b1" if value else "b0"
    return letter + (repr(value) if letter == "f" else str(value))


def record_value(text: str) -> Any:
    """One value of a record, as `Store.select` gives it."""
    letter, rest = text[0], text[1:]
    if letter == "s":
        return rest
    if letter == "i":
        return int(rest)
    if letter == "b":
        return rest == "1"
    if letter == "e":
        return tuple(rest.split(PART_SEPARATOR))
    if letter == "t":
        return tuple(json.loads(rest))
    return float(rest) if letter == "f" else json.loads(rest)


def titles_in_order(titles: Iterable[str]) -> list[str]:
    """A document's titles as its articles give them, the one that begins the most of them first
    (a summary shows the first): articles quote the core of a title and run on past it in their
    own words ("đột phá phát triển khoa học, công nghệ, … quốc gia" begins "… quốc gia trên địa
    bàn tỉnh giai đoạn 2025 - 2030"), or give a gist ("khoa học, công nghệ"), which alphabetical
    order put first. Then the shorter, then alphabetical."""
    titles = set(titles)
    return sorted(titles, key=lambda title: (-sum(other.startswith(title) for other in titles), len(title), title))


def _in_record_order(field: str, values: Iterable[Any]) -> list[Any]:
    return titles_in_order(values) if field == "title" else sorted(values, key=_fact_order)


def record_text(facts: dict[str, set[Any]]) -> str:
    """A document's record (see RECORD_SEPARATOR) of its facts' values."""
    return RECORD_SEPARATOR.join(VALUE_SEPARATOR.join(_value_text(v) for v in _in_record_order(f, facts.get(f, ())))
                                 for f in RECORD_FIELDS)


def read_record(text: str) -> dict[str, list[Any]]:
    """A record's facts: field -> its values in the record's order (a fact without one left out)."""
    return {field: [record_value(v) for v in values.split(VALUE_SEPARATOR)]
            for field, values in zip(RECORD_FIELDS, text.split(RECORD_SEPARATOR)) if values}


def edge_value(relation: str, parent: str, article: str, url: str | None, title: str | None) -> tuple[str, ...]:
    """An edge as a record keeps it (see EDGE_RELATIONS); no URL or title: an empty text."""
    return relation, parent, article, url or "", title or ""


def read_facts(store: Store, docs: list[str]) -> dict[str, dict[str, set[Any]]]:
    """doc -> field -> every value the store states for it (the lookups of `fact_lookups`), and
    its edges: every statement of one, in every article graph, with the article's URL and title."""
    facts: dict[str, dict[str, set[Any]]] = {}
    rows = store.select(f"SELECT DISTINCT * WHERE {{ {iri_values('doc', docs)} "
                        f"{fact_lookups('doc', FACT_PREDICATES)} }}")
    for row in rows:
        found = facts.setdefault(row["doc"], defaultdict(set))
        for field in FACT_PREDICATES:
            value = row.get(f"doc_{field}")
            if value is not None:
                found[field].add(value)
    edges = " UNION ".join(f"{{ GRAPH ?g {{ ?doc {iri(p)} ?parent }} BIND({lit(name)} AS ?relation) }}"
                           for p, name in EDGE_RELATIONS.items())
    for row in store.select(f"SELECT ?doc ?relation ?parent ?g ?url ?title WHERE {{ {iri_values('doc', docs)} {edges} "
                            f"{_ARTICLE_FACTS} }}"):
        facts.setdefault(row["doc"], defaultdict(set))["edges"].add(
            edge_value(row["relation"], row["parent"], row["g"], row.get("url"), row.get("title")))
    return facts


def _write_records(store: Store, docs: list[str], facts: dict[str, dict[str, set[Any]]]) -> None:
    """Replace the records of `docs` by these (a document without facts: none), one update."""
    records = "".join(f"{iri(doc)} {_FACTS} {lit(record_text(facts[doc]))} .\n"
                      for doc in docs if any(facts.get(doc, {}).values()))
    store.update(f"DELETE {{ GRAPH {_FACTS_G} {{ ?doc {_FACTS} ?record }} }} "
                 f"WHERE {{ {iri_values('doc', docs)} GRAPH {_FACTS_G} {{ ?doc {_FACTS} ?record }} }} ;\n"
                 f"INSERT DATA {{ GRAPH {_FACTS_G} {{\n{records}}} }}")


def index_facts(store: Store, docs: Iterable[str]) -> None:
    """The records of these documents read again whole (one atomic update per chunk)."""
    docs = sorted(set(docs))
    for start in range(0, len(docs), _CHUNK):
        chunk = docs[start:start + _CHUNK]
        _write_records(store, chunk, read_facts(store, chunk))


def _add_facts_of_graphs(store: Store, graphs: list[str], skip: set[str]) -> None:
    """Merge into the records of the documents of these (new) article graphs the values the
    graphs state, except for the documents in `skip` (read whole already). Their `unresolved`
    flag is read again: reconciliation writes it outside the article graphs."""
    found: dict[str, dict[str, set[Any]]] = defaultdict(lambda: defaultdict(set))
    for start in range(0, len(graphs), _CHUNK):
        chunk = graphs[start:start + _CHUNK]
        edges = []
        for row in store.select(f"SELECT ?doc ?p ?o ?g WHERE {{ {values_block(['g'], [(URIRef(g),) for g in chunk])} "
                                f"GRAPH ?g {{ ?doc a {_LEGAL_RESOURCE} . ?doc ?p ?o {_FACT_FILTER} }} }}"):
            if row["doc"] in skip:
                continue
            field = _FIELD_OF.get(row["p"])
            if field is not None:
                found[row["doc"]][field].add(row["o"])
            elif row["p"] in EDGE_RELATIONS:
                edges.append(row)
        if edges:
            stating = iri_values("g", sorted({e["g"] for e in edges}))
            articles = {r["g"]: r for r in store.select(f"SELECT ?g ?url ?title WHERE {{ {stating} {_ARTICLE_FACTS} }}")}
            for row in edges:
                article = articles[row["g"]]
                found[row["doc"]]["edges"].add(edge_value(EDGE_RELATIONS[row["p"]], row["o"], row["g"],
                                                          article.get("url"), article.get("title")))
    docs = sorted(found)
    for start in range(0, len(docs), _CHUNK):
        chunk = docs[start:start + _CHUNK]
        for row in store.select(f"SELECT ?doc ?record ?doc_unresolved WHERE {{ {iri_values('doc', chunk)} "
                                f"OPTIONAL {{ GRAPH {_FACTS_G} {{ ?doc {_FACTS} ?record }} }} "
                                f"{fact_lookups('doc', ['unresolved'])} }}"):
            facts = found[row["doc"]]
            for field, values in read_record(row.get("record", "")).items():
                if field != "unresolved":
                    facts[field].update(values)
            if "doc_unresolved" in row:
                facts["unresolved"].add(row["doc_unresolved"])
        _write_records(store, chunk, found)


def rebuild_facts(store: Store) -> int:
    """Every document's record read again whole; returns the number of records."""
    store.drop_graph(FACTS_GRAPH)
    docs = sorted({r["doc"] for r in store.select(f"SELECT DISTINCT ?doc WHERE {{ ?doc a {_LEGAL_RESOURCE} }}")})
    index_facts(store, docs)
    store.add_quads(f"{_FACTS_MARK} {_FACTS_G} .\n")
    return len(docs)
