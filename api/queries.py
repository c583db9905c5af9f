"""The questions users come with, as pure functions over a `graph.store.Store` (no HTTP).

Every function takes what a user types (a symbol in any written variant, a place name with or
without accents) and resolves it first (api/resolve.py); unknown input raises
`api.errors.NotFound` with close matches, several matches `api.errors.Ambiguous`, bad parameters
`api.errors.BadParameter`. User input is bound as a value, never pasted into SPARQL; the one
exception is a word search's words, folded to [a-z0-9] first (see `_word_page`), which start
from the word index of graph/indexes.py.

Over the model of graph/vocab.py:
- "implements" is eli:ensures_implementation_of or its sub-property chithi:continues (a local
  plan on Kết luận 44-KL/TW, which continues Chỉ thị 09-CT/TW, carries out 09-CT/TW too);
  trace, gaps and lag follow it transitively with a `+`/`*` path from one bound node.
- Oxigraph 0.5 runs an inner join as a hash join (both sides evaluated in full) and an
  OPTIONAL as a lookup per row: lookups from a bound node are written as OPTIONALs.
- gaps take the difference of two lookups in Python (see `gaps`); never FILTER NOT EXISTS,
  which runs as a cartesian product in Oxigraph.
- reads run over the union of the article graphs, where a fact stated by n articles appears
  n times: single facts are read through `p+` paths, which return distinct values.
- a bound variable is projected (pyoxigraph substitutes only projected variables) and never
  used inside a subquery (the HTTP store binds with VALUES at the top of the WHERE group).
"""
from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from api import resolve
from api.collation import vietnamese_key
from api.errors import BadParameter
from api.models import (DocumentDetail, DocumentSummary, Fact, FormerName, GapReport, GapUnit, IssuerDetail,
                        LagItem, LagReport, LagStats, Level, Matrix, MatrixRow, MentionOut, Neighbourhood,
                        NeighbourhoodEdge, Page, Ref, RelationOut, SearchHit, Trace,
                        UnitDetail)
from api.names import former_names, name_on
from api.summaries import (TREE_FIELDS, Summaries, add_source, build_sources, edges_of_records, facts_column,
                           read_summaries, read_summaries_where, records_of, source_data, source_from_row,
                           source_pattern, summaries_of_records)
from graph.indexes import WORDS_GRAPH, has_facts, has_words, word_token
from graph.store import Store, StoreError
from graph.terms import date_lit, iri, iri_values, lit
from graph.vocab import BASE, COUNTRY, GAZETTEER_GRAPH, OA, RELATION_PREDICATES, SPARQL_PREFIXES

IMPLEMENTS = "(eli:ensures_implementation_of|chithi:continues)"
REFORM_DATE = date(2025, 7, 1)
LAST_LEGACY_DAY = date(2025, 6, 30)
RELATION_OF = {str(p): name for name, p in RELATION_PREDICATES.items()}
LEVELS_BY_ERA = {"legacy": ("province", "district", "commune"), "2025": ("province", "commune")}


def resolve_document(store: Store, symbol_or_iri: str, year: int | None = None) -> str:
    """IRI of the one document named by an IRI or a symbol in any written variant
    ("09-CT/TW", "9-CT/TW", "09 CT/TW", "09/TW"); `year` picks between documents sharing a
    symbol (18-NQ/TW of 2017 and 2022). Raises NotFound (with close symbols) or Ambiguous."""
    return resolve.resolve_document(store, symbol_or_iri, year)


def _select(store: Store, query: str, bindings: dict[str, object] | None = None) -> list[dict]:
    return store.select(SPARQL_PREFIXES + query, bindings)


# -- trace --------------------------------------------------------------------------------------

def _edges_from(var: str) -> str:
    """The implements/continues statements ?{var} -> ?parent, with the article graph ?g that
    states each and its facts. Inside an OPTIONAL, with ?{var} bound, each is a lookup per row;
    an inner join would scan every such statement of the store."""
    branches = " UNION ".join(
        f"{{ GRAPH ?g {{ ?{var} {p} ?parent }} BIND({p} AS ?rel) {source_pattern('g', brief=True)} }}"
        for p in ("eli:ensures_implementation_of", "chithi:continues"))
    return f"OPTIONAL {{ {branches} }}"


def _trace(store: Store, root: str, direction: str, max_depth: int | None) -> Trace:
    # every document of the tree (`*`: the root too) with its record in the facts index, which
    # keeps its edges to its parents with the articles stating them (graph/indexes.py), in one
    # query: a row per document (down, an edge to a parent outside the tree is dropped below;
    # up, all are inside). A store without the index reads the edges with their articles' facts
    # and the summaries in two queries, from the same path (see read_summaries_where). The root
    # came out of the store (resolve_document) and is written as a term: bound, it would be
    # projected and come back in every row (a tree of 835 documents: 1,670 terms to convert)
    reach = f"?{{0}} {IMPLEMENTS}* {iri(root)} ." if direction == "down" else f"{iri(root)} {IMPLEMENTS}* ?{{0}} ."
    if has_facts(store):
        rows = _select(store, f"SELECT ?child ?child_facts WHERE {{ {reach.format('child')} {facts_column('child')} }}")
        records = records_of(rows, "child")
        summaries = summaries_of_records(store, records, TREE_FIELDS)
        edges = edges_of_records(records)
    else:
        edge_rows = _select(store, f"""
            SELECT ?child ?rel ?parent ?g ?g_url ?g_title WHERE {{ {reach.format("child")} {_edges_from("child")} }}""")
        summaries = read_summaries_where(store, reach.format("doc"), None, TREE_FIELDS)
        edges = ((row["child"], row["parent"], RELATION_OF[row["rel"]], source_data(row))
                 for row in sorted(edge_rows, key=lambda row: row.get("g", "")) if "parent" in row)
    return _tree(root, direction, max_depth, edges, summaries)


def _tree(root: str, direction: str, max_depth: int | None, edge_list: Iterable[tuple[str, str, str, dict | None]],
          summaries: Summaries) -> Trace:
    """The trace from its edges (each: the document, the one it points at, the relation, the
    fields of the article stating it; an edge's articles come in the order of their IRIs, as
    records keep them) and its documents' summaries."""
    # the tree is built as plain data around the documents' and the articles' models, and
    # validated once, at the end (a model given where one is due is taken as it is): a thousand
    # nodes built as models one by one cost 20 ms more, each document validated twice 8 ms more
    edges: dict[tuple[str, str, str], dict] = {}
    for child, parent, relation, source in edge_list:
        if parent not in summaries:
            continue
        key = (child, parent, relation)
        edge = edges.get(key)
        if edge is None:
            edge = edges[key] = {"source": child, "target": parent, "relation": relation, "sources": {}}
        if source is not None:  # each article once (rows repeat per optional value)
            edge["sources"].setdefault(source["article"], source)
    build_sources(list(edges.values()))

    # the tree hangs from the root: down, a node's children implement it; up, they are implemented
    below: dict[str, list[dict]] = defaultdict(list)
    for edge in edges.values():
        below[edge["target"] if direction == "down" else edge["source"]].append(edge)
    summaries.build_all()
    tree = _Branches(summaries, below, "source" if direction == "down" else "target", max_depth)
    return Trace.model_validate({"direction": direction, "root": tree.grow(root, 0, None),
                                 "documents": [summaries.get(i) for i in sorted(tree.shown)],
                                 "edges": [edges[key] for key in sorted(edges)]})


@dataclass
class _Branches:
    """Grows a trace's tree as plain data from its edges (`below`: node -> the edges to the nodes
    under it). A class, not a closure calling itself: that closure is a reference cycle, and it
    held the whole tree (~30,000 objects a trace of 870 documents) until a full collection of
    the garbage collector found it (100-130 ms, every few traces)."""

    summaries: Summaries
    below: dict[str, list[dict]]
    end: str  # of an edge, the node below
    max_depth: int | None
    shown: set[str] = field(default_factory=set)

    def order(self, edge: dict) -> tuple:
        doc = self.summaries.data(edge[self.end])
        return (resolve.LEVEL_RANK.get(doc["level"], 9), doc["dates"][0] if doc["dates"] else "~",
                doc.get("label") or "", doc["iri"])

    def grow(self, doc_iri: str, depth: int, via: dict | None) -> dict:
        repeated, children = doc_iri in self.shown, []
        if not repeated:
            self.shown.add(doc_iri)
            if self.max_depth is None or depth < self.max_depth:
                children = [self.grow(edge[self.end], depth + 1, edge)
                            for edge in sorted(self.below.get(doc_iri, []), key=self.order)]
        return {"document": self.summaries.get(doc_iri), "depth": depth,
                "relation": via["relation"] if via else None, "sources": via["sources"] if via else [],
                "repeated": repeated, "children": children}


def trace_down(store: Store, symbol_or_iri: str, *, year: int | None = None,
               max_depth: int | None = None) -> Trace:
    """Everything that implements (or continues) the document, transitively, as a tree:
    directive → provincial programmes → district plans → commune plans. Each node carries
    issuer, place, level, dates and the articles that state its edge to the parent. A document
    reached twice (a DAG) is shown once in full and then marked `repeated`."""
    return _trace(store, resolve_document(store, symbol_or_iri, year), "down", max_depth)


def trace_up(store: Store, symbol_or_iri: str, *, year: int | None = None,
             max_depth: int | None = None) -> Trace:
    """What the document implements or continues, transitively (73-KH/QU → 26-CTr/TU → 09-CT/TW)."""
    return _trace(store, resolve_document(store, symbol_or_iri, year), "up", max_depth)


# -- gaps -----------------------------------------------------------------------------------------

def _summary(store: Store, doc_iri: str) -> DocumentSummary:
    return read_summaries(store, [doc_iri]).get(doc_iri)


def default_as_of(store: Store, directive: DocumentSummary) -> date:
    """The directive's date; undated, the end of its year, else the earliest date of a document
    implementing it (the directive came before), else the last day of the 63 provinces."""
    if directive.first_date:
        return directive.first_date
    if directive.year:
        return date(directive.year, 12, 31)
    earliest = _select(store, f"""
        SELECT ?directive (MIN(?date) AS ?earliest) WHERE {{
            ?doc {IMPLEMENTS}+ ?directive OPTIONAL {{ ?doc eli:date_document ?date }} }} GROUP BY ?directive""",
        {"directive": URIRef(directive.iri)})
    found = earliest[0].get("earliest") if earliest else None
    return date.fromisoformat(found) if found else LAST_LEGACY_DAY


def level_below_province(day: date) -> Level:
    """The level a province's gaps are counted in on `day`: its districts before the 2025 reform,
    its communes after."""
    return "commune" if day >= REFORM_DATE else "district"


def _successor_on(store: Store, unit_iri: str, day: date) -> Ref | None:
    """The one unit that replaced `unit_iri` in the 2025 reform, if it existed on `day`."""
    rows = _select(store, f"""
        SELECT ?successor ?label WHERE {{ GRAPH <{GAZETTEER_GRAPH}> {{
            ?unit dcterms:isReplacedBy ?successor . ?successor skos:prefLabel ?label ; chithi:validFrom ?from
            FILTER(?from <= {date_lit(day.isoformat())}) }} }}""", {"unit": URIRef(unit_iri)})
    return Ref(iri=rows[0]["successor"], label=rows[0]["label"]) if len(rows) == 1 else None


def _unit_on(store: Store, unit_iri: str, label: str | None, day: date | None) -> Ref:
    """A unit by the name it bore on `day` (api.names.former_names: Thừa Thiên Huế until 2024)."""
    former = former_names(store).get(unit_iri)
    return Ref(iri=unit_iri, label=name_on(former, day and day.isoformat(), label) if former else label)


@dataclass
class _ScopeUnit:
    row: dict
    predecessors: set[str] = field(default_factory=set)  # same level, gone by the date


def _units_on(store: Store, level: str, day: date, province: str | None = None) -> dict[str, "_ScopeUnit"]:
    """Units of `level` existing on `day` (inside `province`, an IRI from the store, when given),
    with their predecessors of the same level gone by then, from the gazetteer graph (where every
    unit fact is, once; documents carry chithi:level too, and far more of them). Nothing is
    bound: with a bound ?level every OPTIONAL below cost a join over all the units (0.1 s each);
    the level is one of the fixed names, written as a literal. The dates are compared here:
    FILTERs over OPTIONALs cost as much again.

    Predecessors are read from their side: each unit of the level read says which unit of the
    level replaced it (a lookup from the unit). Read from the replacing units' side, a lookup
    walks every statement naming the unit (its documents' places, its articles): 0.24 s for
    the districts of a million documents in memory, against nothing measurable. The read of one
    province's units does not hold a predecessor from another one: there, the predecessors of
    its few units are read from their side. The VALUES go inside the GRAPH block: outside it,
    Oxigraph 0.5 joined them after reading every unit of the level (the communes of one province
    in 13 s on disk, against 0.03 s)."""
    known = next(name for names in LEVELS_BY_ERA.values() for name in names if name == level)
    rows = _select(store, f"""
        SELECT ?unit ?unit_label ?code ?valid_from ?valid_until ?successor ?parent ?parent_label WHERE {{
          GRAPH <{GAZETTEER_GRAPH}> {{
            {iri_values("province", [province]) if province else ""}
            ?unit chithi:level {lit(known)} .
            {"?unit skos:broader* ?province ." if province else ""}
            OPTIONAL {{ ?unit chithi:validFrom ?valid_from }}
            OPTIONAL {{ ?unit chithi:validUntil ?valid_until }}
            OPTIONAL {{ ?unit skos:prefLabel ?unit_label }}
            OPTIONAL {{ ?unit skos:notation ?code }}
            OPTIONAL {{ ?unit dcterms:isReplacedBy ?successor . ?successor chithi:level {lit(known)} }}
            OPTIONAL {{ ?unit skos:broader ?parent OPTIONAL {{ ?parent skos:prefLabel ?parent_label }} }}
          }}
        }}""")
    iso = day.isoformat()
    former = former_names(store)
    scope: dict[str, _ScopeUnit] = {}
    for row in rows:
        if row.get("valid_from", iso) <= iso and row.get("valid_until", iso) >= iso:
            for unit_key, label_key in (("unit", "unit_label"), ("parent", "parent_label")):
                if row.get(unit_key) in former:  # renamed since: the name it bore on the day
                    row[label_key] = name_on(former[row[unit_key]], iso, row.get(label_key))
            scope.setdefault(row["unit"], _ScopeUnit(row))
    if province and scope:  # the pairs (?unit replaced by ?successor) read from the units in scope
        rows = _select(store, f"""
            SELECT ?successor ?unit ?valid_until WHERE {{
              GRAPH <{GAZETTEER_GRAPH}> {{
                {iri_values("successor", sorted(scope))}
                ?unit dcterms:isReplacedBy ?successor ; chithi:level {lit(known)}
                OPTIONAL {{ ?unit chithi:validUntil ?valid_until }}
              }}
            }}""")
    for row in rows:
        if row.get("successor") in scope and row.get("valid_until", "9999") < iso:
            scope[row["successor"]].predecessors.add(row["unit"])
    return scope


def gaps(store: Store, directive: str, level: Level = "province", *, province: str | None = None,
         as_of: date | None = None, year: int | None = None) -> GapReport:
    """For each administrative unit of `level` that existed on `as_of` (default: the directive's
    date, see `default_as_of`), optionally inside `province` (a name, accents optional, or an IRI): whether a document
    issued in it implements the directive (transitively), and how many loaded articles concern
    it (about it, a unit inside it, or a unit it replaced), so "no plan found in 3 articles" and
    "no data" are told apart. A unit that replaced others (the 2025 reform, a district merged
    before it) inherits their documents, marked `via_predecessor`. After 2025-07-01 there are 34
    provinces and communes and no districts (level "district" then raises BadParameter).

    Three lookups from bound nodes: the units in scope (gazetteer), the documents implementing
    the directive (a `+` path), the articles about the units without a document; the difference
    is taken here. (A MINUS of the second from the first measured 8-20× slower in Oxigraph 0.5:
    its anti-join cannot hash on a variable that an OPTIONAL may leave unbound.)"""
    directive_iri = resolve_document(store, directive, year)
    summary = _summary(store, directive_iri)
    day = as_of or default_as_of(store, summary)
    era = "2025" if day >= REFORM_DATE else "legacy"
    if level not in LEVELS_BY_ERA[era]:
        raise BadParameter("level", f"no {level} existed on {day.isoformat()}; levels then: "
                           + ", ".join(LEVELS_BY_ERA[era]))
    province_ref = None
    if province:
        prov = resolve.resolve_unit(store, province, level="province", as_of=day, parameter="province")
        if prov.valid_on(day):
            province_ref = _unit_on(store, prov.iri, prov.label, day)
        elif (successor := _successor_on(store, prov.iri, day)) is not None:
            province_ref = successor  # "Hà Tĩnh" after the reform: the province of 2025 that took it in
        else:
            raise BadParameter("province", f"{prov.full_name or prov.label} did not exist on {day.isoformat()}")
    scope = _units_on(store, level, day, province_ref.iri if province_ref else None)

    # the implementing documents and where each was issued; only those issued in a unit in
    # scope (or one it replaced) are read further: a district's gaps need none of the
    # provincial programmes and commune plans, half of a directive's tree
    areas = set(scope).union(*(unit.predecessors for unit in scope.values()))
    issued_in: dict[str, set[str]] = defaultdict(set)  # unit -> documents issued there
    for row in _select(store, f"""
        SELECT ?directive ?doc ?place WHERE {{
            ?doc {IMPLEMENTS}+ ?directive . OPTIONAL {{ ?doc eli:jurisdiction+ ?place }}
        }}""", {"directive": URIRef(directive_iri)}):
        if row.get("place") in areas:
            issued_in[row["place"]].add(row["doc"])
    in_scope = sorted(set().union(*issued_in.values()))
    summaries = read_summaries(store, in_scope, TREE_FIELDS)
    stated_by: dict[str, set[str]] = defaultdict(set)  # document -> articles stating it
    if in_scope:
        for row in _select(store, f"""
            SELECT ?doc ?doc_article WHERE {{
                {iri_values("doc", in_scope)} GRAPH ?doc_article {{ ?doc a eli:LegalResource }}
            }}"""):
            stated_by[row["doc"]].add(row["doc_article"])

    units: list[GapUnit] = []
    for iri_, unit in scope.items():
        direct = issued_in.get(iri_, set())
        inherited = set().union(*(issued_in.get(p, set()) for p in unit.predecessors)) - direct
        docs = sorted(direct | inherited, key=lambda i: (summaries.get(i).first_date or date.max, i))
        row = unit.row
        units.append(GapUnit(
            unit=Ref(iri=iri_, label=row.get("unit_label")), code=row.get("code"),
            parent=Ref(iri=row["parent"], label=row.get("parent_label")) if row.get("parent") else None,
            status="implemented" if docs else "no_data", documents=[summaries.get(i) for i in docs],
            via_predecessor=bool(inherited) and not direct,
            articles=len(set().union(*(stated_by[i] for i in docs))) if docs else 0))
    _count_articles(store, units, scope, level)
    units.sort(key=lambda u: (vietnamese_key(u.parent.label or "") if u.parent else vietnamese_key(""),
                              vietnamese_key(u.unit.label or ""), u.code or ""))
    count = lambda status: sum(u.status == status for u in units)  # noqa: E731
    return GapReport(directive=summary, level=level, as_of=day, era=era, province=province_ref,
                     units=units, implemented=count("implemented"),
                     no_plan_found=count("no_plan_found"), no_data=count("no_data"))


ARTICLES_COUNTED = 20  # per unit without a document: enough to tell "no plan found" from "no data"


def _count_articles(store: Store, units: list[GapUnit], scope: dict[str, _ScopeUnit], level: str) -> None:
    """Articles about each unit without a document, a unit inside it, or a unit it replaced,
    up to ARTICLES_COUNTED (then `articles_more`): with articles, it is `no_plan_found`. One
    query per unit that stops at the cap: a full count costs a row per article, and a district
    of a large graph has thousands. (Articles have one chithi:about each: no double counting.
    The same capped subqueries UNIONed into one query measured 3-8x slower in Oxigraph 0.5.)
    The articles about the unit itself are read first: past the cap, the units inside it need
    not be walked (in memory, listing a district's communes walks every statement naming the
    district, a document's place or an article's subject: 0.8 ms a district of a million
    documents, against 0.15 ms for its first articles). Communes, a country's 10,051, are first
    sifted by one query that stops at each one's first article: most have none, and their two
    queries each made the country's commune gaps 3.7 s of CPU on 188 articles (1.4 s now; a
    scan of every article's subject instead cost districts of 100,000 documents 3x)."""
    without = [unit for unit in units if unit.status == "no_data"]
    if level == "commune":  # nothing is below a commune: one query finds the few any article is about
        written_about = _written_about(store, [iri for unit in without for iri in _own_areas(unit, scope)])
        without = [unit for unit in without if not written_about.isdisjoint(_own_areas(unit, scope))]
    for unit in without:
        areas = iri_values("area", _own_areas(unit, scope))
        found = []
        for about in ("OPTIONAL { ?article chithi:about ?area }",  # the unit itself, then with those inside
                      "?about skos:broader* ?area OPTIONAL { ?article chithi:about ?about }"):
            found = _select(store, f"""
                SELECT ?article WHERE {{ {areas} {about} FILTER(BOUND(?article)) }} LIMIT {ARTICLES_COUNTED + 1}""")
            if len(found) > ARTICLES_COUNTED:
                break
        unit.articles = min(len(found), ARTICLES_COUNTED)
        unit.articles_more = len(found) > ARTICLES_COUNTED
        unit.status = "no_plan_found" if found else "no_data"


def _own_areas(unit: GapUnit, scope: dict[str, _ScopeUnit]) -> list[str]:
    """The unit and the units of its level it replaced."""
    return [unit.unit.iri, *sorted(scope[unit.unit.iri].predecessors)]


def _written_about(store: Store, areas: list[str]) -> set[str]:
    """Which of `areas` an article is about (at least one)."""
    if not areas:
        return set()
    return {row["area"] for row in _select(store, f"""
        SELECT ?area WHERE {{ {iri_values("area", areas)} FILTER EXISTS {{ ?article chithi:about ?area }} }}""")}


# -- province × directive matrix ----------------------------------------------------------------

def _provinces_on(store: Store, day: date) -> list[dict]:
    """The provinces existing on `day`, by name (a unit without one first, as SPARQL orders)."""
    rows = [unit.row for unit in _units_on(store, "province", day).values()]
    return sorted(rows, key=lambda r: ("unit_label" in r, vietnamese_key(r.get("unit_label", ""))))


def _provinces_of_implementers(store: Store, directive_iri: str, successors: bool = False) -> list[dict]:
    """Each document implementing the directive, with the province its issuer is in (?area:
    its own unit or one above it) and, with `successors`, that province's 2025 successor. Each
    step is a lookup from a bound node (a path of several steps, jurisdiction/broader*, made
    Oxigraph read every document); units of other levels are dropped inside the lookup: with
    their successors (a district's are its 2025 communes) they made 8 rows a document, and the
    matrix of 8 directives took 1.9 s on 20,000 documents (0.6 s now)."""
    successor = "OPTIONAL { ?area dcterms:isReplacedBy ?successor }" if successors else ""
    return _select(store, f"""
        SELECT ?directive ?doc ?area ?area_label {"?successor" if successors else ""} WHERE {{
            ?doc {IMPLEMENTS}+ ?directive .
            OPTIONAL {{ ?doc eli:jurisdiction+ ?place
                        OPTIONAL {{ ?place skos:broader* ?area
                                    OPTIONAL {{ ?area chithi:level ?area_level }} FILTER(?area_level = "province")
                                    OPTIONAL {{ ?area skos:prefLabel ?area_label }}
                                    {successor} }} }}
        }}""", {"directive": URIRef(directive_iri)})


def matrix(store: Store, directives: list[str] | None = None, *, as_of: date | None = None,
           limit: int = 20) -> Matrix:
    """Province × directive: implementing documents issued in each province (or below) for each
    directive. Default directives: the `limit` central documents with the most documents
    implementing them directly. Provinces are those existing on `as_of` (default: 2025-06-30,
    the last day of the 63)."""
    day = as_of or LAST_LEGACY_DAY
    era = "2025" if day >= REFORM_DATE else "legacy"
    if directives:
        iris = list(dict.fromkeys(resolve_document(store, d) for d in directives))
    else:
        ranked = _select(store, f"""
            SELECT ?dir (COUNT(DISTINCT ?doc) AS ?n) WHERE {{
                ?doc {IMPLEMENTS} ?dir . ?dir chithi:level+ "central" .
            }} GROUP BY ?dir ORDER BY DESC(?n) ?dir LIMIT {int(limit)}""")
        iris = [r["dir"] for r in ranked]
    provinces = _provinces_on(store, day)
    index = {row["unit"]: i for i, row in enumerate(provinces)}
    rows = [MatrixRow(province=Ref(iri=p["unit"], label=p.get("unit_label")), code=p.get("code"),
                      counts=[0] * len(iris)) for p in provinces]
    for column, directive_iri in enumerate(iris):
        counted: dict[str, set[str]] = defaultdict(set)  # province -> documents
        for row in _provinces_of_implementers(store, directive_iri, successors=era == "2025"):
            for area in (row.get("area"), row.get("successor")):
                if area in index:
                    counted[area].add(row["doc"])
        for area, docs in counted.items():
            rows[index[area]].counts[column] = len(docs)
    return Matrix(as_of=day, directives=[_summary(store, i) for i in iris], rows=rows)


# -- lag --------------------------------------------------------------------------------------------

def _stats(group: str, items: list[LagItem]) -> LagStats:
    days = [i.days for i in items if i.days is not None]
    return LagStats(group=group, count=len(days), undated=len(items) - len(days),
                    min=min(days) if days else None, max=max(days) if days else None,
                    median=statistics.median(days) if days else None,
                    mean=round(statistics.fmean(days), 1) if days else None)


def lag(store: Store, directive: str, *, year: int | None = None, level: Level | None = None,
        province: str | None = None) -> LagReport:
    """Days from the directive's date to each implementing document's date (transitively), with
    count/min/median/mean/max overall, per level and per province. A document with two stated
    dates counts from the earliest and is flagged `dates_conflict`."""
    directive_iri = resolve_document(store, directive, year)
    summary = _summary(store, directive_iri)
    start = summary.first_date
    province_iri = resolve.resolve_unit(store, province, level="province", parameter="province").iri \
        if province else None
    implementers = _select(store, f"SELECT DISTINCT ?doc WHERE {{ ?doc {IMPLEMENTS}+ ?directive }}",
                           {"directive": URIRef(directive_iri)})
    summaries = read_summaries(store, (r["doc"] for r in implementers), TREE_FIELDS)
    # each province by its name on the directive's date: one name per province groups its documents
    province_of = {r["doc"]: _unit_on(store, r["area"], r.get("area_label"), start)
                   for r in _provinces_of_implementers(store, directive_iri) if "area" in r}
    items = []
    for doc in summaries.all():
        where = province_of.get(doc.iri)
        if level and doc.level != level or province_iri and (where is None or where.iri != province_iri):
            continue
        days = (doc.first_date - start).days if doc.first_date and start else None
        items.append(LagItem(document=doc, province=where, days=days, dates_conflict=len(doc.dates) > 1))
    items.sort(key=lambda i: (i.days is None, i.days or 0, i.document.label or ""))
    by_level: dict[str, list[LagItem]] = defaultdict(list)
    by_province: dict[str, list[LagItem]] = defaultdict(list)
    for item in items:
        by_level[item.document.level].append(item)
        if item.province:
            by_province[item.province.label or item.province.iri].append(item)
    return LagReport(
        directive=summary, items=items, overall=_stats("all", items),
        by_level=[_stats(lv, by_level[lv]) for lv in sorted(by_level, key=lambda lv: resolve.LEVEL_RANK.get(lv, 9))],
        by_province=[_stats(p, by_province[p]) for p in sorted(by_province, key=vietnamese_key)])


# -- pages of documents -----------------------------------------------------------------------------

def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= 1000:
        raise BadParameter("limit", "must be between 1 and 1000")
    if not 0 <= offset <= 10**9:
        raise BadParameter("offset", "must be between 0 and 1,000,000,000")


_DATED = "OPTIONAL { ?doc eli:date_document ?date }"
# what the graph says of a document, looked up from the bound ?doc: the documents implementing
# it directly and the articles stating it (the identity graph states a document too)
_KNOWN = ("OPTIONAL { { ?implementer " + IMPLEMENTS + " ?doc } "
          "UNION { GRAPH ?article { ?doc a eli:LegalResource } "
          f"FILTER(STRSTARTS(STR(?article), {lit(BASE + 'article/')})) }} }}")


def _dated(where: str) -> str:
    """`where` with the date of ?doc looked up: in its inner group where it marks one."""
    return where.replace("{inner}", _DATED) if "{inner}" in where else where + _DATED


def _page(store: Store, where: str, bindings: dict[str, object], limit: int, offset: int,
          hit: str | None = None) -> Page:
    """One page of the documents ?doc matching `where`, newest first: count, page, then the
    page's summaries (their IRIs come from the store, so a VALUES block is safe)."""
    _check_page(limit, offset)
    bound = " ".join(f"?{name}" for name in bindings)
    group = f"GROUP BY {bound}" if bound else ""
    counted = _select(store, f"""
        SELECT {bound} (COUNT(DISTINCT ?doc) AS ?total) WHERE {{ {where.replace("{inner}", "")} }} {group}""",
        bindings)
    total = int(counted[0]["total"]) if counted else 0
    ranked = _select(store, f"""
        SELECT {bound} ?doc (MAX(?date) AS ?newest) WHERE {{
            {_dated(where)}
        }} GROUP BY {bound} ?doc ORDER BY DESC(?newest) ?doc LIMIT {int(limit)} OFFSET {int(offset)}""",
        bindings) if total else []
    return _summaries_page(store, [r["doc"] for r in ranked], total, limit, offset, hit)


def _best_known_page(store: Store, where: str, bindings: dict[str, object], limit: int, offset: int,
                     hit: str) -> Page:
    """One page of the documents ?doc matching `where`, those the graph says most of first:
    the most documents implementing (or continuing) them directly, then the most articles
    stating them, then the newest. Every candidate is read with its date, then the counts of
    the candidates in one query from a VALUES block: the lookups in the query of the candidates
    ran once per row of the driving pattern, which may give a document several times (09-CT/TW
    took a minute on 2,000 articles)."""
    _check_page(limit, offset)
    bound = " ".join(f"?{name}" for name in bindings)
    dated = _select(store, f"""
        SELECT {bound} ?doc (MAX(?date) AS ?newest) WHERE {{
            {_dated(where)}
        }} GROUP BY {bound} ?doc""", bindings)
    known = {r["doc"]: r for r in _select(store, f"""
        SELECT ?doc (COUNT(DISTINCT ?implementer) AS ?implementers) (COUNT(DISTINCT ?article) AS ?articles) WHERE {{
            {iri_values("doc", sorted(r["doc"] for r in dated))} {_KNOWN}
        }} GROUP BY ?doc""")} if dated else {}
    dated.sort(key=lambda r: (int(known[r["doc"]]["implementers"]), int(known[r["doc"]]["articles"]),
                              str(r.get("newest", "")), r["doc"]), reverse=True)
    order = [r["doc"] for r in dated[offset:offset + limit]]
    return _summaries_page(store, order, len(dated), limit, offset, hit)


def _summaries_page(store: Store, order: list[str], total: int, limit: int, offset: int,
                    hit: str | None) -> Page:
    """The page's summaries, in order (their IRIs come from the store: a VALUES block is safe)."""
    summaries = read_summaries(store, order)
    items = [summaries.get(i) for i in order]
    if hit is not None:
        items = [SearchHit(**doc.model_dump(), match=hit) for doc in items]
    return Page(items=items, total=total, limit=limit, offset=offset)


_ACCENTS = {"a": "aàáảãạăằắẳẵặâầấẩẫậ", "e": "eèéẻẽẹêềếểễệ", "i": "iìíỉĩị", "o": "oòóỏõọôồốổỗộơờớởỡợ",
            "u": "uùúủũụưừứửữự", "y": "yỳýỷỹỵ", "d": "dđ"}


def word_pattern(folded_word: str) -> str:
    """A regex matching the word with or without Vietnamese accents: "thi" -> \\bth[iìíỉĩị]\\b.
    Only for folded words (resolve.fold: [a-z0-9]); anything else is refused."""
    if not re.fullmatch(r"[a-z0-9]+", folded_word):
        raise BadParameter("q", f"not a folded word: {folded_word!r}")
    if folded_word.isdigit():
        return rf"\b0*{folded_word.lstrip('0') or '0'}\b"
    return r"\b" + "".join(f"[{_ACCENTS[c]}]" if c in _ACCENTS else c for c in folded_word) + r"\b"


_UNIT_OF = "(org:unitOf|org:subOrganizationOf)*"


def _value_filter(rank: int, predicate: str, var: str) -> tuple[int, str, str]:
    """?doc has ?var as `predicate`: as the driving pattern, or as a check on a ?doc found by
    another (a lookup per row, each value once; joining two patterns would read both in full).
    Driving, the predicate is read plainly: `p+` there looks each document up once more as an
    object (a listing of 2,166 plans, stated once or twice each: 71 -> 94 ms on disk)."""
    return (rank, f"?doc {predicate} ?{var} .",
            f"OPTIONAL {{ ?doc {predicate}+ ?{var}_seen FILTER(?{var}_seen = ?{var}) }} FILTER(BOUND(?{var}_seen))")


def _below_filter(rank: int, predicate: str, path: str, var: str) -> tuple[int, str, str]:
    """?doc's `predicate` is ?var or below it along `path` (an issuer's units, a place's units):
    driving, from ?var down, then the documents of each; as a check, from ?doc up. The driving
    group leaves `{inner}` for the checks and the date, which must be looked up inside it: after
    it, ?doc may be unbound for all the planner knows, and it reads the whole predicate."""
    return (rank,
            f"{{ ?{var}_below {path} ?{var} OPTIONAL {{ ?doc {predicate} ?{var}_below {{inner}} }} "
            f"FILTER(BOUND(?doc)) }}",
            f"OPTIONAL {{ ?doc {predicate} ?{var}_seen . ?{var}_seen {path} ?{var} }} FILTER(BOUND(?{var}_seen))")


def search(store: Store, q: str | None = None, *, type: str | None = None, issuer: str | None = None,
           place: str | None = None, year: int | None = None, limit: int = 20,
           offset: int = 0) -> Page[SearchHit]:
    """Documents by symbol in any written variant ("09/TW", "9-CT/TW", "09 CT/TW" find 09-CT/TW),
    type (code "CT" or name "Chỉ thị"), issuer (name or IRI: its documents and its units'),
    place (a unit: documents issued in it or below it), year, and words of the label/title,
    accent-insensitive, in the label, title, issuer or place ("chi thi 09" finds Chỉ thị
    09-CT/TW, "ke hoach can loc" the plans of Can Lộc).

    Words are read before they are matched: a type name ("chi thi", or its code in a query
    with a number: "ct 09") becomes a type filter and a number a number filter, both index lookups;
    only the remaining words are matched as text.

    The order says which document the user most likely means:
    - a symbol, or a type and number ("chỉ thị 09", "ct 09", "09/TW"): the document the graph
      says most of first, by the documents implementing it directly, then the articles stating
      it, the newest first among equals: 09-CT/TW of the Secretariat, which dozens of local plans
      implement, before the ministry's 09/CT-BCA of 2014 (see `_best_known_page`). A number
      alone ("09") names a plan of every district: newest first, as reading what the graph
      says of each of them doubled its time (8.2 -> 18.6 ms CPU on 200,000 documents);
    - words: the documents where the words stand side by side, in the order given, first: one
      of its texts holding the whole phrase, then by how many of the query's adjacent pairs one
      of its texts holds as adjacent words ("Hà Tĩnh": Tỉnh ủy Hà Tĩnh's documents before Tỉnh
      ủy Hà Nam's, which hold both words apart), then one text holding every word (a title
      holding "sinh hoạt" and "chi bộ" before a title holding "sinh hoạt" issued by a "Chi bộ"),
      then the newest. Every word must still be in a text, though not next to the others ("ke
      hoach can loc": the type in the label, the district in the issuer's name). The word index
      lists a document's words without their places (graph/indexes.py), so adjacency is read
      in the texts of the candidates the query returns (see `phrase_pattern`): every candidate
      is ranked, not only the page's;
    - filters alone (a type, an issuer, a place, a year): a listing, newest first."""
    filters: list[tuple[int, str, str]] = []  # (selectivity rank, driving pattern, check)
    bindings: dict[str, object] = {}
    hit = "filters"
    words: list[str] = []
    named_type = None
    if q and q.strip():
        # symbols and numbers are read through `p+`, each document once however many articles
        # restate it: 09-CT/TW's number and type, each stated by ~2,000 of 2,000 generated
        # articles, made 96,000 rows of "chỉ thị 09" (0.5 s on disk, 2 ms with paths)
        if resolve.looks_like_symbol(q):
            block, bound = resolve.union_of("?doc chithi:symbolKey+ ?key .", "key",
                                            resolve.symbol_keys(q, resolve.type_codes(store)))
            filters.append((0, block, ""))
            bindings.update(bound)
            hit = "symbol"
        else:
            words = resolve.fold(q).split()
            named_type = _type_in_words(store, words)
            if named_type:
                type_iri, words = named_type
                filters.append(_value_filter(5, "eli:type_document", "q_type"))
                bindings["q_type"] = URIRef(type_iri)
            numbers = [w for w in words if w.isdigit()]
            years = [w for w in numbers[1:] if re.fullmatch(r"(19|20)\d\d", w)]
            if years and year is None:  # "nghị quyết 18 2017": the number, then its year
                year = int(years[0])
                words.remove(years[0])
            if numbers:
                variants = resolve.number_variants(numbers[0])
                block, bound = resolve.union_of("?doc eli:number+ ?number .", "number", variants)
                names = ", ".join(f"?number{i}" for i in range(len(variants)))
                filters.append((1, block, f"OPTIONAL {{ ?doc eli:number+ ?number_seen "
                                          f"FILTER(?number_seen IN ({names})) }} FILTER(BOUND(?number_seen))"))
                bindings.update(bound)
                words.remove(numbers[0])
                hit = "number"
            hit = "words" if words else hit
    if type:
        filters.append(_value_filter(5, "eli:type_document", "type"))
        bindings["type"] = URIRef(resolve.resolve_type(store, type))
    if issuer:
        filters.append(_below_filter(2, "eli:passed_by", _UNIT_OF, "issuer"))
        bindings["issuer"] = URIRef(resolve.resolve_issuer(store, issuer))
    if place:
        filters.append(_below_filter(3, "eli:jurisdiction", "skos:broader*", "place"))
        bindings["place"] = URIRef(resolve.resolve_unit(store, place).iri)
    if year is not None:
        filters.append(_value_filter(4, "chithi:year", "year"))
        bindings["year"] = year
    if words:
        if not has_words(store):
            raise StoreError("the store has no word index (it was loaded before there was one): "
                             "load or unload any article once (`chithi load`) to build it")
        token, found = _rarest_word(store, words)
        if not filters or found < WORD_DRIVES_BELOW:  # else the other filters narrow down faster
            filters.append((-1, f"GRAPH <{WORDS_GRAPH}> {{ ?doc chithi:word {token} }}", ""))
    filters.sort(key=lambda f: f[0])
    parts = [filters[0][1], *(check for _, _, check in filters[1:])] if filters else []
    if parts and "{inner}" in parts[0]:  # the checks go inside the driving group
        parts = [parts[0].replace("{inner}", " ".join([*parts[1:], "{inner}"]))]
    if words:
        return _word_page(store, parts, bindings, words, limit, offset)
    if not parts:
        parts.append("?doc a eli:LegalResource .")
    if hit == "symbol" or (hit == "number" and (named_type or type)):
        return _best_known_page(store, "\n".join(parts), bindings, limit, offset, hit)
    return _page(store, "\n".join(parts), bindings, limit, offset, hit)


# `p+`: a label or title once, however many articles restate it; an issuer's name as the
# articles stating the document's issuer give it (`prefLabel+` read every article's copy of
# Ban Bí thư's name for each directive: 32 s for a word search on a million documents on disk)
_TEXTS = ("OPTIONAL { { ?doc rdfs:label+ ?text } UNION { ?doc eli:title+ ?text } "
          "UNION { GRAPH ?text_graph { ?doc eli:passed_by ?text_issuer . ?text_issuer skos:prefLabel ?text } } }")
WORD_DRIVES_BELOW = 2000  # documents listed for a word, beyond which another filter drives


def _rarest_word(store: Store, words: list[str]) -> tuple[str, int]:
    """The word (as a literal of the index's form) listed for the fewest documents in the word
    index (graph/indexes.py), and how many, counted up to WORD_DRIVES_BELOW: one query, a
    capped count per word."""
    literals = sorted({lit(word_token(w)) for w in words})
    counts = " UNION ".join(
        f"{{ SELECT ({word} AS ?word) (COUNT(*) AS ?n) WHERE {{ {{ SELECT ?doc WHERE {{ "
        f"GRAPH <{WORDS_GRAPH}> {{ ?doc chithi:word {word} }} }} LIMIT {WORD_DRIVES_BELOW} }} }} }}"
        for word in literals)
    found = {lit(r["word"]): int(r["n"]) for r in _select(store, f"SELECT ?word ?n WHERE {{ {counts} }}")}
    return min(((found.get(word, 0), word) for word in literals))[::-1]


def _word_page(store: Store, parts: list[str], bindings: dict[str, object], words: list[str],
               limit: int, offset: int) -> Page[SearchHit]:
    """Documents whose labels, titles or issuers' names hold every word (each word may be in a
    different one). The candidates come from the driving filter, most often the documents of
    the rarest word in the word index (graph/indexes.py, which may list a word a document has
    lost since); each candidate's texts are then matched as the store holds them (a lookup
    each), which decides. Ranked by the phrase, then the query's adjacent pairs, found side
    by side in one text, then every word in one text (see `search`), then newest first."""
    _check_page(limit, offset)
    # Patterns are written into the query: Oxigraph compiles a bound pattern once per row (5 s
    # for 20,000 labels, against 40 ms). They hold only folded words ([a-z0-9], see fold) mapped
    # to fixed letter classes, and go through graph.terms.lit, the escaping the stores use.
    checks = [f'MAX(IF(REGEX(?text, {lit(word_pattern(w))}, "i"), 1, 0)) = 1' for w in words]
    any_word = lit("|".join(word_pattern(w) for w in words))
    texts, dated = _TEXTS, _DATED
    if "{inner}" in parts[0]:
        parts, texts, dated = [parts[0].replace("{inner}", texts + " " + dated)], "", ""
    bound = " ".join(f"?{name}" for name in bindings)
    rows = _select(store, f"""
        SELECT {bound} ?doc (MAX(?date) AS ?newest) (GROUP_CONCAT(DISTINCT ?text; separator="\\n") AS ?texts) WHERE {{
            {"\n".join(parts)}
            {texts}
            FILTER(REGEX(?text, {any_word}, "i"))
            {dated}
        }} GROUP BY {bound} ?doc HAVING ({" && ".join(checks)})""", bindings)
    # the phrase, the query's adjacent words and every word in one text, matched here in the
    # texts (one a line): as a regex per pair in the query, Oxigraph compiled each again for
    # every row (4.2 ms for a title search of 20,000 documents, against 1.7)
    phrase = re.compile(phrase_pattern(words), re.IGNORECASE)
    pairs = [re.compile(phrase_pattern(pair), re.IGNORECASE) for pair in sorted(set(zip(words, words[1:])))]
    together = re.compile("^" + "".join(rf"(?=[^\n]*{word_pattern(w)})" for w in sorted(set(words))),
                          re.IGNORECASE | re.MULTILINE)
    rows.sort(key=lambda r: (bool(phrase.search(r["texts"])), sum(bool(pair.search(r["texts"])) for pair in pairs),
                             bool(together.search(r["texts"])), str(r.get("newest", "")), r["doc"]), reverse=True)
    order = [r["doc"] for r in rows[offset:offset + limit]]
    return _summaries_page(store, order, len(rows), limit, offset, "words")


def phrase_pattern(words: Sequence[str]) -> str:
    """A regex matching folded words side by side, in order, in one line ("ha", "tinh" -> "Hà
    Tĩnh", not "Hà Nam … tỉnh"): anything but a letter, a digit or a line's end between."""
    return r"\b" + r"[^\w\n]+".join(word_pattern(w).removeprefix(r"\b").removesuffix(r"\b") for w in words) + r"\b"


def _type_in_words(store: Store, words: list[str]) -> tuple[str, list[str]] | None:
    """The longest type name found as consecutive words ("chi thi" in "chi thi 09"), or a type
    code in words with a number ("ct 09"; without one, "kh" may be a word of a title), and the
    words left once it is taken out."""
    best = None
    numbered = any(w.isdigit() for w in words)
    for t in resolve.document_types(store):
        for name in (resolve.fold(t.label).split(), resolve.fold(t.code).split() if numbered else []):
            for start in range(len(words) - len(name) + 1):
                if name and words[start:start + len(name)] == name and (best is None or len(name) > best[2]):
                    best = (t.iri, words[:start] + words[start + len(name):], len(name))
    return (best[0], best[1]) if best else None


# -- lookups ----------------------------------------------------------------------------------------

def document(store: Store, symbol_or_iri: str, *, year: int | None = None) -> DocumentDetail:
    """All facts of one document with the articles stating each (conflicting dates kept side by
    side), its mentions (sentence, offsets, source URL) and its relations in and out."""
    doc_iri = resolve_document(store, symbol_or_iri, year)
    bound = {"doc": URIRef(doc_iri)}
    detail = DocumentDetail(document=_summary(store, doc_iri))

    facts: dict[str, dict[str, Fact]] = {"date": {}, "title": {}}
    for row in _select(store, f"""
        SELECT DISTINCT ?doc ?field ?value ?g ?g_url ?g_path ?g_title ?g_published WHERE {{
            {{ GRAPH ?g {{ ?doc eli:date_document ?value }} BIND("date" AS ?field) }}
            UNION {{ GRAPH ?g {{ ?doc eli:title ?value }} BIND("title" AS ?field) }}
            {source_pattern("g")}
        }}""", bound):
        fact = facts[row["field"]].setdefault(str(row["value"]), Fact(value=str(row["value"])))
        add_source(fact.sources, source_from_row(row))
    detail.dates = sorted(facts["date"].values(), key=lambda f: f.value)
    # the title most articles state heads the page (a record keeps each title once: see
    # graph.indexes.titles_in_order), the summary's own first where as many state it
    detail.titles = sorted(facts["title"].values(),
                           key=lambda fact: (-len(fact.sources), fact.value != detail.document.title))
    if detail.titles:
        detail.document.title = detail.titles[0].value
    detail.conflicts = [name for name, values in facts.items() if name == "date" and len(values) > 1]

    detail.mentions = _mentions(store, doc_iri)
    detail.relations_out = _relations(store, doc_iri, outgoing=True)
    detail.relations_in = _relations(store, doc_iri, outgoing=False)
    return detail


_SELECTOR_FIELDS = {f"{OA}{name}": name for name in ("exact", "prefix", "suffix", "start", "end")}


def _mentions(store: Store, doc_iri: str) -> list[MentionOut]:
    """The document's mentions, by article and position, in four plain joins from the bound
    document. Joined with OPTIONAL groups (a selector's fields), Oxigraph read every selector
    of the store: 0.44 s for a document of one mention on 2,000 articles, 10 ms this way."""
    bound = {"doc": URIRef(doc_iri)}
    mentions: dict[str, MentionOut] = {}
    found = _select(store, "SELECT ?m ?g WHERE { ?m oa:hasBody ?doc ; oa:hasTarget ?target . ?target oa:hasSource ?g }",
                    bound)
    articles = sorted({row["g"] for row in found if not row["g"].startswith("_:")})
    sources = {}
    if articles:
        for row in _select(store, f"SELECT * WHERE {{ {iri_values('g', articles)} {source_pattern('g')} }}"):
            sources.setdefault(row["g"], source_from_row(row))
    for row in found:
        mentions.setdefault(row["m"], MentionOut(iri=row["m"], source=sources.get(row["g"])))
    for row in _select(store, """SELECT ?m ?p ?o WHERE { ?m oa:hasBody ?doc ; oa:hasTarget ?target .
                                 ?target oa:hasSelector ?selector . ?selector ?p ?o }""", bound):
        field = _SELECTOR_FIELDS.get(row["p"])
        if field and row["m"] in mentions and getattr(mentions[row["m"]], field) is None:
            setattr(mentions[row["m"]], field, row["o"])
    for row in _select(store, "SELECT ?m ?sentence WHERE { ?m oa:hasBody ?doc ; chithi:sentence ?sentence }", bound):
        if row["m"] in mentions and mentions[row["m"]].sentence is None:
            mentions[row["m"]].sentence = row["sentence"]
    return sorted(mentions.values(), key=lambda m: (m.source.article if m.source else "", m.start is not None,
                                                    m.start or 0, m.iri))


def _relations(store: Store, doc_iri: str, outgoing: bool) -> list[RelationOut]:
    triple = "?doc ?rel ?other" if outgoing else "?other ?rel ?doc"
    predicates = " ".join(f"<{p}>" for p in RELATION_PREDICATES.values())
    rows = _select(store, f"""
        SELECT DISTINCT * WHERE {{
            VALUES ?rel {{ {predicates} }}
            GRAPH ?g {{ {triple} }}
            {source_pattern("g")}
        }}""", {"doc": URIRef(doc_iri)})
    summaries = read_summaries(store, (r["other"] for r in rows), TREE_FIELDS)
    relations: dict[tuple[str, str], RelationOut] = {}
    for row in rows:
        key = (RELATION_OF[row["rel"]], row["other"])
        rel = relations.setdefault(key, RelationOut(relation=key[0], document=summaries.get(row["other"])))
        add_source(rel.sources, source_from_row(row))
    return sorted(relations.values(), key=lambda r: (r.relation, r.document.first_date or date.max,
                                                     r.document.label or ""))


def issuer(store: Store, name_or_iri: str, *, limit: int = 50, offset: int = 0) -> IssuerDetail:
    """An issuing body or unit, its parent and sub-units, and its documents and its units'
    documents (newest first)."""
    org_iri = resolve.resolve_issuer(store, name_or_iri)
    bound = {"org": URIRef(org_iri)}
    facts = _select(store, """
        SELECT DISTINCT * WHERE {
            OPTIONAL { ?org skos:prefLabel+ ?label }
            OPTIONAL { ?org chithi:code+ ?code }
            OPTIONAL { ?org chithi:level+ ?level }
            OPTIONAL { ?org (org:unitOf|org:subOrganizationOf) ?parent . ?parent skos:prefLabel+ ?parent_label }
            OPTIONAL { ?org dcterms:spatial+ ?place . ?place skos:prefLabel+ ?place_label }
        }""", bound)
    units = _select(store, """
        SELECT DISTINCT ?org ?unit ?unit_label WHERE {
            ?unit (org:unitOf|org:subOrganizationOf) ?org . OPTIONAL { ?unit skos:prefLabel+ ?unit_label }
        }""", bound)
    units.sort(key=lambda u: vietnamese_key(u.get("unit_label", "")))
    first = facts[0] if facts else {}
    if first.get("place") in former_names(store) and first.get("label"):
        # a place renamed since, as the issuer's name says it ("Tỉnh ủy Thừa Thiên Huế": named
        # as on its documents' days, loaders' gazetteer.as_on), not as it is called now ("Huế")
        named = [name for _, name, _ in former_names(store)[first["place"]] if name in first["label"]]
        first["place_label"] = max(named, key=len) if named else first.get("place_label")
    return IssuerDetail(
        iri=org_iri, label=first.get("label"), code=first.get("code"), level=first.get("level", "unknown"),
        parent=Ref(iri=first["parent"], label=first.get("parent_label")) if "parent" in first else None,
        place=Ref(iri=first["place"], label=first.get("place_label")) if "place" in first else None,
        units=[Ref(iri=u["unit"], label=u.get("unit_label")) for u in units],
        documents=_page(store, _below_filter(0, "eli:passed_by", _UNIT_OF, "org")[1], bound, limit, offset))


def unit(store: Store, name_or_iri: str, *, level: Level | None = None, as_of: date | None = None,
         limit: int = 50, offset: int = 0) -> UnitDetail:
    """An administrative unit ("Hà Tĩnh", "ha tinh", "Quận 11", a code or an IRI), its parent, its
    2025 successor(s)/predecessors, the articles about it (or a unit inside it), and the
    documents issued in it or in a unit inside it (newest first)."""
    found = resolve.resolve_unit(store, name_or_iri, level=level, as_of=as_of)
    bound = {"unit": URIRef(found.iri)}
    links = _select(store, """
        SELECT DISTINCT ?unit ?kind ?other ?other_label WHERE {
            { ?unit skos:broader ?other BIND("parent" AS ?kind) }
            UNION { ?unit dcterms:isReplacedBy ?other BIND("successor" AS ?kind) }
            UNION { ?other dcterms:isReplacedBy ?unit BIND("predecessor" AS ?kind) }
            OPTIONAL { ?other skos:prefLabel+ ?other_label }
        }""", bound)
    links.sort(key=lambda row: vietnamese_key(row.get("other_label", "")))
    # a unit above it named as on its last day: the district city of Huế, gone on 2024-12-31, was
    # in the tỉnh Thừa Thiên Huế, not in "Huế"
    last_day = date.fromisoformat(found.valid_until) if found.valid_until else None
    by_kind: dict[str, list[Ref]] = defaultdict(list)
    for row in links:
        by_kind[row["kind"]].append(_unit_on(store, row["other"], row.get("other_label"), last_day)
                                    if row["kind"] == "parent" else Ref(iri=row["other"], label=row.get("other_label")))
    code = _select(store, "SELECT ?unit ?code WHERE { ?unit skos:notation+ ?code }", bound)
    # every unit is in the country: its articles and documents are all of them, read as they are
    # and not through the 14,178 units below it (the country's answer: 658 -> 143 ms CPU on 2,000
    # generated articles on disk, same answers)
    country = found.iri == COUNTRY
    about = "?article chithi:about ?about" if country else "?about skos:broader* ?unit OPTIONAL { ?article chithi:about ?about }"
    articles = _select(store, f"""
        SELECT ?unit (COUNT(DISTINCT ?article) AS ?n) WHERE {{ {about} }} GROUP BY ?unit""", bound)
    issued_in = "?doc eli:jurisdiction ?place ." if country else \
        _below_filter(0, "eli:jurisdiction", "skos:broader*", "unit")[1]
    era = "country" if country else found.era
    return UnitDetail(
        iri=found.iri, label=found.label, full_name=found.full_name, code=code[0]["code"] if code else None,
        former_names=[FormerName(label=name, full_name=full, until=date.fromisoformat(last_day))
                      for last_day, name, full in former_names(store).get(found.iri, ())],
        level=found.level if found.level in resolve.LEVEL_RANK else "unknown", era=era,
        valid_from=date.fromisoformat(found.valid_from) if found.valid_from else None,
        valid_until=date.fromisoformat(found.valid_until) if found.valid_until else None,
        parent=by_kind["parent"][0] if by_kind["parent"] else None,
        successors=by_kind["successor"], predecessors=by_kind["predecessor"],
        articles=int(articles[0]["n"]) if articles else 0,
        documents=_page(store, issued_in, bound, limit, offset))


# -- neighbourhood ----------------------------------------------------------------------------------

def neighbourhood(store: Store, symbol_or_iri: str, *, hops: int = 1, year: int | None = None,
                  max_documents: int = 500) -> Neighbourhood:
    """The documents within `hops` relations (implements, continues, reviews, based on, amends,
    replaces, cites; either direction) of a document, breadth first, at most `max_documents`."""
    if not 1 <= hops <= 3:
        raise BadParameter("hops", "must be 1, 2 or 3")
    center = resolve_document(store, symbol_or_iri, year)
    predicates = " ".join(f"<{p}>" for p in RELATION_PREDICATES.values())
    seen, frontier, truncated = {center}, [center], False
    edges: set[tuple[str, str, str]] = set()
    for _ in range(hops):
        if not frontier:
            break
        rows = _select(store, f"""
            SELECT DISTINCT ?a ?rel ?b WHERE {{
                {iri_values("x", frontier)}
                VALUES ?rel {{ {predicates} }}
                {{ ?x ?rel ?b BIND(?x AS ?a) }} UNION {{ ?a ?rel ?x BIND(?x AS ?b) }}
            }}""")
        frontier = []
        for row in rows:
            for end in (row["a"], row["b"]):
                if end not in seen:
                    if len(seen) >= max_documents:
                        truncated = True
                        continue
                    seen.add(end)
                    frontier.append(end)
            if row["a"] in seen and row["b"] in seen:
                edges.add((row["a"], row["b"], RELATION_OF[row["rel"]]))
    summaries = read_summaries(store, seen, TREE_FIELDS)
    return Neighbourhood(center=center, hops=hops, documents=[summaries.get(i) for i in sorted(seen)],
                         edges=[NeighbourhoodEdge(source=a, target=b, relation=r) for a, b, r in sorted(edges)],
                         truncated=truncated)
