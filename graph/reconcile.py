"""Reconciling undated citations across articles (design.md §3), and what the API reports.

An article that cites a document without a date ("Chỉ thị 09-CT/TW") names only its identity
key (graph/identity.py). Its citation belongs to the single dated document with that key; when
there are several (18-NQ/TW of 2017 and of 2022) it stays on <BASE/doc/{key}>, marked
chithi:unresolved in IDENTITY_GRAPH with its candidates: never merged by guess. The rule looks
only at what the store holds, so the graph after loading a set of articles does not depend on
their order.

IDENTITY_GRAPH also indexes the dated documents of every key (`<doc> chithi:identityKey "key"`),
so that looking them up does not read every citation (a directive cited by 50,000 articles).
`reconcile` rewrites that index for the keys it is given, from the article graphs.

When loading, `resolve_batch` applies the rule to a batch before it is written (what the index
and the batch hold decide), and tells which keys gain dated documents. For those `reconcile`
needs no full reading: the stored undated citations of such a key sit on one known node (the
key's only dated document before the batch, else <BASE/doc/{key}>), so it looks them up there
and moves them if the key's node changes. After an unload or a replacement, `reconcile`
reads every citation of the keys touched.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from graph.bindings import values_block
from graph.build import BuiltArticle
from graph.store import Store
from graph.terms import bool_lit, iri, lit
from graph.vocab import CHITHI, IDENTITY_GRAPH, SPARQL_PREFIXES, doc_iri

_KEY, _PERIOD = iri(str(CHITHI.identityKey)), iri(str(CHITHI.period))
_IDENTITY = iri(IDENTITY_GRAPH)
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


def dated_documents(store: Store, keys: set[str] | list[str]) -> dict[str, set[str]]:
    """key -> the dated documents with that identity key (from the index in IDENTITY_GRAPH)."""
    found: dict[str, set[str]] = defaultdict(set)
    keys = sorted(keys)
    for start in range(0, len(keys), _CHUNK):
        chunk = values_block(["key"], [(k,) for k in keys[start:start + _CHUNK]])
        for row in store.select(f"SELECT ?key ?doc WHERE {{ {chunk} "
                                f"GRAPH {_IDENTITY} {{ ?doc {_KEY} ?key }} }}"):
            found[row["key"]].add(row["doc"])
    return found


@dataclass
class Additions:
    """What a batch adds to one identity key: dated documents the index did not list."""
    before: set[str]  # the key's dated documents in the index before the batch
    added: set[str]  # those the batch adds
    cited_undated: bool  # an article of the batch cites the key without a date

    @property
    def old_node(self) -> str | None:
        """Where the stored undated citations of the key are (None: its <BASE/doc/{key}>)."""
        return next(iter(self.before)) if len(self.before) == 1 else None

    @property
    def new_node(self) -> str | None:
        dated = self.before | self.added
        return next(iter(dated)) if len(dated) == 1 else None


def resolve_batch(store: Store, batch: list[BuiltArticle]) -> dict[str, Additions]:
    """Point each article's undated citations at their node before the batch is written: the
    one dated document with the key, in the store or in the batch, else <BASE/doc/{key}>
    (marked unresolved when there are several). Rewrites the articles' bodies (not their
    content hashes: those are of what the article says). Returns what the batch adds to the
    keys whose dated documents it adds to: `reconcile` must still look at those after the
    write (articles already stored may cite them undated, and the index must learn them)."""
    in_store = dated_documents(store, set().union(*(b.keys for b in batch)) if batch else set())
    in_batch: dict[str, set[str]] = defaultdict(set)
    for built in batch:
        for key, node in built.dated.items():
            in_batch[key].add(node)
    additions = {key: Additions(in_store.get(key, set()), nodes - in_store.get(key, set()), False)
                 for key, nodes in in_batch.items() if not nodes <= in_store.get(key, set())}
    unresolved: dict[str, list[str]] = {}
    for built in batch:
        for key in built.undated:
            dated = in_store.get(key, set()) | in_batch.get(key, set())
            if key in additions:
                additions[key].cited_undated = True
            if len(dated) > 1 and key not in additions:
                unresolved[doc_iri(key)] = sorted(dated)  # as reconcile would mark it
            elif len(dated) == 1:
                built.body = built.body.replace(f"<{doc_iri(key)}>", f"<{next(iter(dated))}>")
    if unresolved:
        store.update(f"INSERT DATA {{ GRAPH {_IDENTITY} {{ {_unresolved_triples(unresolved)} }} }}")
    return additions


@dataclass
class Reconciled:
    """What `reconcile` moved: the article graphs with a citation moved, and the nodes the
    citations left or joined or that were marked unresolved (their texts or facts changed:
    graph/indexes.py indexes them again)."""
    graphs: set[str] = field(default_factory=set)
    nodes: set[str] = field(default_factory=set)

    def add(self, moves: list[tuple[str, str, str]]) -> None:
        for graph, old, new in moves:
            self.graphs.add(graph)
            self.nodes |= {old, new}


@dataclass
class _KeyState:
    dated: set[str] = field(default_factory=set)
    undated: list[tuple[str, str]] = field(default_factory=list)  # (graph, current node)


def reconcile(store: Store, keys: set[str] | list[str],
              additions: dict[str, Additions] | None = None) -> Reconciled:
    """Point every undated citation of these keys at the node it belongs to (see the module
    docstring); returns what was moved. Keys in `additions`
    (from `resolve_batch`, the store otherwise reconciled) are looked up where their undated
    citations are; the others are read whole. One atomic update per chunk of keys."""
    keys = sorted(set(keys))
    read_whole = set(keys)
    additions = {k: a for k, a in (additions or {}).items() if k not in read_whole}
    moved = Reconciled()
    for start in range(0, len(keys), _CHUNK):
        moved.add(_reconcile_read(store, keys[start:start + _CHUNK]))
    added = sorted(additions)
    for start in range(0, len(added), _CHUNK):
        moves, marked = _reconcile_added(store, {k: additions[k] for k in added[start:start + _CHUNK]})
        moved.add(moves)
        moved.nodes |= marked
    return moved


def _reconcile_read(store: Store, chunk: list[str]) -> list[tuple[str, str, str]]:
    """The keys' dated documents and undated citations read from every article graph."""
    states: dict[str, _KeyState] = defaultdict(_KeyState)
    for row in store.select(
            f"SELECT ?key ?g ?doc ?period WHERE {{ {values_block(['key'], [(k,) for k in chunk])} "
            f"GRAPH ?g {{ ?doc {_KEY} ?key OPTIONAL {{ ?doc {_PERIOD} ?period }} }} "
            f"FILTER(?g != {_IDENTITY}) }}"):
        state = states[row["key"]]
        if "period" in row:
            state.dated.add(row["doc"])
        else:
            state.undated.append((row["g"], row["doc"]))
    moves: list[tuple[str, str, str]] = []
    unresolved: dict[str, list[str]] = {}
    for key in chunk:
        state = states.get(key) or _KeyState()
        target = next(iter(state.dated)) if len(state.dated) == 1 else doc_iri(key)
        if len(state.dated) > 1 and state.undated:
            unresolved[doc_iri(key)] = sorted(state.dated)
        moves += [(g, node, target) for g, node in state.undated if node != target]
    index = [(doc, key) for key in chunk for doc in sorted(states.get(key, _KeyState()).dated)]
    store.update(_reconcile_update(chunk, moves, unresolved, index))
    return moves


def _reconcile_added(store: Store, chunk: dict[str, Additions]) -> tuple[list[tuple[str, str, str]], set[str]]:
    """Keys that only gained dated documents: their stored undated citations are looked up on
    the node they sit on, moved when the key's node changes, and the index learns the rest.
    Returns the moves and the nodes marked unresolved (where no citation moved, a key that
    gained two dated documents at once)."""
    where = {key: a.old_node or doc_iri(key) for key, a in chunk.items()}
    cited: dict[str, list[str]] = defaultdict(list)  # key -> graphs citing it undated
    rows = [(k, URIRef(node)) for k, node in where.items()]
    for row in store.select(
            f"SELECT ?key ?g WHERE {{ {values_block(['key', 'doc'], rows)} "
            f"GRAPH ?g {{ ?doc {_KEY} ?key FILTER NOT EXISTS {{ ?doc {_PERIOD} ?period }} }} "
            f"FILTER(?g != {_IDENTITY}) }}"):
        cited[row["key"]].append(row["g"])
    moves: list[tuple[str, str, str]] = []
    unresolved: dict[str, list[str]] = {}
    for key, added in chunk.items():
        target = added.new_node or doc_iri(key)
        moves += [(g, where[key], target) for g in cited.get(key, []) if where[key] != target]
        if added.new_node is None and (cited.get(key) or added.cited_undated):
            unresolved[doc_iri(key)] = sorted(added.before | added.added)
    index = [(doc, key) for key, added in chunk.items() for doc in sorted(added.before | added.added)]
    store.update(_reconcile_update(sorted(chunk), moves, unresolved, index))
    return moves, set(unresolved)


def _reconcile_update(keys: list[str], moves: list[tuple[str, str, str]],
                      unresolved: dict[str, list[str]], index: list[tuple[str, str]]) -> str:
    """One update: what IDENTITY_GRAPH said about these keys is replaced, citations moved."""
    parts = [
        f"DELETE {{ GRAPH {_IDENTITY} {{ ?node ?p ?o }} }} WHERE {{ "
        f"{values_block(['node'], [(URIRef(doc_iri(k)),) for k in keys])} "
        f"GRAPH {_IDENTITY} {{ ?node ?p ?o }} }}",
        f"DELETE {{ GRAPH {_IDENTITY} {{ ?doc {_KEY} ?key }} }} WHERE {{ "
        f"{values_block(['key'], [(k,) for k in keys])} GRAPH {_IDENTITY} {{ ?doc {_KEY} ?key }} }}"]
    if moves:
        rows = values_block(["g", "from", "to"],
                            [(URIRef(g), URIRef(a), URIRef(b)) for g, a, b in moves])
        parts.append(f"DELETE {{ GRAPH ?g {{ ?from ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?to ?p ?o }} }} "
                     f"WHERE {{ {rows} GRAPH ?g {{ ?from ?p ?o }} }}")
        parts.append(f"DELETE {{ GRAPH ?g {{ ?s ?p ?from }} }} INSERT {{ GRAPH ?g {{ ?s ?p ?to }} }} "
                     f"WHERE {{ {rows} GRAPH ?g {{ ?s ?p ?from }} }}")
    triples = _unresolved_triples(unresolved) + "".join(
        f"{iri(doc)} {_KEY} {lit(key)} .\n" for doc, key in index)
    if triples:
        parts.append(f"INSERT DATA {{ GRAPH {_IDENTITY} {{ {triples} }} }}")
    return " ;\n".join(parts)


def _unresolved_triples(unresolved: dict[str, list[str]]) -> str:
    lines = []
    for node, candidates in unresolved.items():
        lines.append(f"{iri(node)} {iri(str(CHITHI.unresolved))} {bool_lit(True)} .\n")
        lines += [f"{iri(node)} {iri(str(CHITHI.candidate))} {iri(c)} .\n" for c in candidates]
    return "".join(lines)


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
          GRAPH {_IDENTITY} {{ ?node chithi:unresolved true ; chithi:candidate ?candidate }}
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

