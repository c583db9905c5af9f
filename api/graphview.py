"""The interactive graph: an ego network of one document, built with pyvis, drawn by vis-network.

pyvis builds the node and edge dictionaries (colour by level, shape by type, edge labels by
relation, positions) and the page's own script (api/static/graph.js) draws them with the
vis-network that the pyvis package ships, served by the app: pyvis's HTML template is not used,
because its "local" and "remote" modes load vis-network from a CDN and every mode links
Bootstrap from one.

Titles (tooltips) are plain text: vis-network 9 shows a string title with `innerText`, so a
`<script>` in an article's title is shown, never run (tests/test_web_browser.py hovers one).

Layouts (design.md §6; benchmarks/graph_render.py): "hierarchical" is drawn at the top-down
positions computed here (`layered_positions`) with physics off; "force" starts from them, runs
vis-network's physics until stable once, and the page then turns physics off.
"""
from __future__ import annotations

import json
import math
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from pyvis.network import Network

from api import queries
from api.models import DocumentSummary
from api.summaries import summary_rows
from graph.store import Store

STYLE: dict[str, dict[str, dict[str, Any]]] = json.loads(
    (Path(__file__).parent / "static" / "graph-style.json").read_text(encoding="utf-8"))
BAND_WIDTH = 12  # documents side by side in a row before a band folds: a directive's ~60 provinces in
# 5 rows keep the drawing about a screen's shape (24 a row made it 4 times wider than tall, and too small to read)
NODE_SPACING, ROW_SPACING, BAND_SPACING = 150.0, 110.0, 200.0  # px in the layered layout
EDGE_LABEL_FROM_PX = 8  # an edge label smaller than this on screen is not drawn
# The first view (graph.js): the whole drawing when its node labels (13 px) are drawn at 5 px or
# more, where the shape of the whole is read at a glance (a 1,280 px screen shows a directive's
# 77 documents at 0.46); below that (a 390 px phone: 0.19, labels of 2.5 px) the document in
# question at a scale its label is read at (10 px), what implements it below it.
OVERVIEW_MIN_SCALE, READABLE_SCALE = 0.4, 0.8
MAX_NODES = 2500  # a page never receives more: the whole graph is never shipped (design.md §6)


@dataclass(frozen=True)
class GraphNode:
    iri: str
    label: str  # "Chỉ thị 09-CT/TW"
    url: str  # the document's page in this app
    symbol: str | None = None  # drawn under the node (the shape already tells the type)
    type_code: str | None = None  # CT, CTr, KH …
    type_name: str | None = None  # "Chương trình hành động"
    level: str = "unknown"  # central | province | district | commune | unknown
    year: int | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class GraphEdge:
    source: str  # IRI of the citing document: source implements target
    target: str
    relation: str  # implements | continues | reviews | based_on | amends | replaces | cites


def type_style_key(type_code: str | None) -> str:
    return type_code if type_code in STYLE["types"] else "other"


def level_style_key(level: str | None) -> str:
    return level if level in STYLE["levels"] else "unknown"


def type_word(type_code: str | None, type_name: str | None, lang: str) -> str:
    """A document's type on a page: as the article wrote it on a Vietnamese page, the legend's
    word on an English one (and when the article gave none)."""
    return (type_name if lang == "vi" else None) or STYLE["types"][type_style_key(type_code)][lang]


ON = {"vi": "về", "en": "on"}  # before a document's title: "Chỉ thị 09-CT/TW về …"


def tooltip(node: GraphNode, lang: str = "vi") -> str:
    """Plain text, one fact a line (vis-network renders a string title as text)."""
    lines = [node.label]
    issued = " · ".join(x for x in (node.issuer, node.date) if x)
    if issued:
        lines.append(issued)
    if node.title:
        lines.append(f"{ON[lang]} {node.title}")
    return "\n".join(lines)


def layout_options(layout: str) -> dict[str, Any]:
    """vis-network options for "hierarchical" (the positions of `layered_positions`, physics
    off) or "force" (physics from those positions until stable once; the page then turns it off)."""
    common: dict[str, Any] = {
        "nodes": {"size": 14, "borderWidth": 1, "widthConstraint": {"maximum": 130},  # long labels wrap
                  "font": {"size": 13, "background": "rgba(255,255,255,0.8)",
                           "face": "system-ui, 'Liberation Sans', 'DejaVu Sans', sans-serif"}},
        # an edge's label is drawn once 10 px * zoom reaches 8 px (zoom 0.8): on the overview of a
        # directive's 70 documents (zoom ~0.45) they were a grey haze over the lines, which say the
        # relation by colour and dash (the legend) and by their tooltip
        "edges": {"width": 1, "font": {"size": 10, "align": "horizontal", "color": "#4a5260",
                                       "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": EDGE_LABEL_FROM_PX + 1}},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True,
                        "navigationButtons": False,  # the page's own buttons: labelled, reached by Tab
                        # arrows and +/- once the drawing has the focus (Tab or a click); not on a mere
                        # hover, whose focus() scrolled the page under the pointer
                        "keyboard": {"enabled": True, "bindToWindow": False, "autoFocus": False}},
        "layout": {"hierarchical": {"enabled": False}, "improvedLayout": False},
    }
    if layout == "hierarchical":
        return common | {
            "physics": {"enabled": False},
            "edges": common["edges"] | {"smooth": {"enabled": True, "type": "cubicBezier",
                                                   "forceDirection": "vertical", "roundness": 0.4}},
        }
    if layout == "force":
        return common | {
            "physics": {"enabled": True, "solver": "barnesHut",
                        "barnesHut": {"gravitationalConstant": -6000, "springLength": 140,
                                      "avoidOverlap": 0.2},
                        "stabilization": {"enabled": True, "iterations": 600,
                                          "updateInterval": 50, "fit": True}},
            "edges": common["edges"] | {"smooth": {"enabled": False}},
        }
    raise ValueError(f"unknown layout {layout!r}: use 'hierarchical' or 'force'")


def band_of(node: GraphNode) -> int:
    return STYLE["levels"][level_style_key(node.level)]["rank"]


def layered_positions(nodes: list[GraphNode], edges: list[GraphEdge],
                      centre: str) -> dict[str, tuple[float, float]]:
    """Top-down positions: one band per level of government (central above province above
    district…), each document under the documents it is linked to in the bands above, and a band
    too wide to read folded into rows, so 700 district plans make a block rather than a line
    100,000 px wide. Computed here because vis-network's hierarchical layout keeps each level on
    one row, and took 4.9 s to place 1,000 nodes given folded levels."""
    band = {n.iri: band_of(n) for n in nodes}
    label = {n.iri: n.label for n in nodes}
    above: dict[str, list[str]] = {n.iri: [] for n in nodes}
    for e in edges:
        if e.source in band and e.target in band and band[e.source] != band[e.target]:
            low, high = sorted((e.source, e.target), key=band.__getitem__, reverse=True)
            above[low].append(high)
    position: dict[str, tuple[float, float]] = {}
    top = 0.0
    def wanted(iri: str) -> float:  # under the middle of its documents placed above
        xs = [position[a][0] for a in above[iri] if a in position]
        return sum(xs) / len(xs) if xs else 0.0

    for b in sorted(set(band.values())):
        members = sorted((iri for iri in band if band[iri] == b), key=lambda i: (wanted(i), label[i]))
        if centre in members and not above[centre]:
            members.remove(centre)
            members.insert(len(members) // 2, centre)
        per_row = max(BAND_WIDTH, math.ceil(math.sqrt(len(members))))
        if len(members) <= per_row:
            for iri, x in zip(members, spread([wanted(i) for i in members], NODE_SPACING)):
                position[iri] = (x, top)
            top += BAND_SPACING
            continue
        for i, iri in enumerate(members):
            row, col = divmod(i, per_row)
            in_row = min(per_row, len(members) - row * per_row)
            position[iri] = ((col - (in_row - 1) / 2) * NODE_SPACING, top + row * ROW_SPACING)
        top += (math.ceil(len(members) / per_row) - 1) * ROW_SPACING + BAND_SPACING
    return position


def spread(wanted: list[float], gap: float) -> list[float]:
    """Positions on a line as near the wanted ones as keeps `gap` between neighbours (`wanted`
    in order), shifted so that on average nothing moved."""
    placed: list[float] = []
    for x in wanted:
        placed.append(x if not placed else max(x, placed[-1] + gap))
    shift = (sum(wanted) - sum(placed)) / len(placed) if placed else 0.0
    return [x + shift for x in placed]


def build_network(nodes: Iterable[GraphNode], edges: Iterable[GraphEdge], centre: str,
                  lang: str = "vi") -> Network:
    """A pyvis network: colour by level, shape by type, placed top-down by level of government;
    its words (relations, tooltips, type names) in `lang` (vi | en)."""
    nodes, edges = list(nodes), list(edges)
    position = layered_positions(nodes, edges, centre)
    band = {n.iri: band_of(n) for n in nodes}
    net = Network(directed=True)
    for node in nodes:
        level = level_style_key(node.level)
        type_key = type_style_key(node.type_code)
        colour = STYLE["levels"][level]["color"]
        x, y = position[node.iri]
        net.add_node(
            node.iri, label=node.symbol or node.label, title=tooltip(node, lang),
            shape=STYLE["types"][type_key]["shape"],
            color={"background": colour, "border": "#1d2430" if node.iri == centre else colour,
                   "highlight": {"background": colour, "border": "#1d2430"}},
            size=24 if node.iri == centre else 14,
            borderWidth=3 if node.iri == centre else 1,
            x=x, y=y,
            # fields the page filters and shows; vis-network ignores what it does not know
            url=node.url, fullLabel=node.label, typeKey=type_key,
            typeName=type_word(node.type_code, node.type_name, lang), levelKey=level,
            year=node.year, date=node.date, issuer=node.issuer, docTitle=node.title,
            centre=node.iri == centre,
        )
    for edge in edges:
        if edge.source not in band or edge.target not in band:
            continue
        rel = STYLE["relations"].get(edge.relation, STYLE["relations"]["cites"])
        # an edge inside one band is drawn straight: a vertical curve would loop over the row
        straight = {"smooth": {"enabled": False}} if band[edge.source] == band[edge.target] else {}
        net.add_edge(edge.source, edge.target, id=f"{edge.source} {edge.relation} {edge.target}",
                     label=rel[lang], title=f"{rel['vi']} ({rel['en']})", relation=edge.relation,
                     color={"color": rel["color"], "highlight": "#1d2430"}, dashes=rel["dashes"],
                     **straight)
    return net


def ego_payload(nodes: list[GraphNode], edges: list[GraphEdge], centre: str,
                truncated: int = 0, lang: str = "vi") -> dict[str, Any]:
    """What /ego/… returns and graph.js draws."""
    net = build_network(nodes, edges, centre, lang)
    return {
        "centre": centre,
        "nodes": net.nodes,
        "edges": net.edges,
        "truncated": truncated,
        "layouts": {name: layout_options(name) for name in ("hierarchical", "force")},
        "scales": {"overview": OVERVIEW_MIN_SCALE, "readable": READABLE_SCALE},
    }


def ego_network(store: Store, iri: str, hops: int, page_url: Callable[[str], str],
                lang: str = "vi") -> dict[str, Any]:
    """The document, what it implements and what implements it up to `hops` steps (api.queries
    trace_up / trace_down), and its other relations (cites, based on, reviews…) one step away."""
    detail = queries.document(store, iri)
    down = queries.trace_down(store, iri, max_depth=hops)
    up = queries.trace_up(store, iri, max_depth=hops)
    documents: dict[str, DocumentSummary] = {}
    for doc in (detail.document, *down.documents, *up.documents,
                *(r.document for r in (*detail.relations_out, *detail.relations_in))):
        documents.setdefault(doc.iri, doc)
    edges = {GraphEdge(e.source, e.target, e.relation) for e in (*down.edges, *up.edges)}
    edges |= {GraphEdge(iri, r.document.iri, r.relation) for r in detail.relations_out}
    edges |= {GraphEdge(r.document.iri, iri, r.relation) for r in detail.relations_in}
    kept = nearest(iri, documents, edges, MAX_NODES)
    extra = types_and_years(store, kept)
    nodes = [graph_node(documents[k], extra.get(k, {}), page_url) for k in kept]
    return ego_payload(nodes, sorted(edges, key=lambda e: (e.source, e.relation, e.target)), iri,
                       truncated=len(documents) - len(kept), lang=lang)


GRAPH_FIELDS = ("type_code", "type_name", "year")


def types_and_years(store: Store, iris: list[str]) -> dict[str, dict[str, Any]]:
    """Type and year of each document. The trees of api.queries carry api.summaries.TREE_FIELDS
    (no type name, no year), and the graph draws a document's shape by its type, filters by
    type and year and names the type in its panel: one query over the documents already found,
    made of api.summaries' own lookups."""
    facts: dict[str, dict[str, Any]] = {}
    for row in summary_rows(store, iris, GRAPH_FIELDS):
        found = facts.setdefault(row["doc"], {})
        for field in GRAPH_FIELDS:
            if f"doc_{field}" in row:
                found.setdefault(field, row[f"doc_{field}"])
    return facts


def graph_node(doc: DocumentSummary, extra: dict[str, Any], page_url: Callable[[str], str]) -> GraphNode:
    year = doc.year or extra.get("year") or (doc.first_date.year if doc.first_date else None)
    return GraphNode(
        iri=doc.iri, label=doc.label or doc.symbol or doc.type_name or doc.iri, url=page_url(doc.iri),
        symbol=doc.symbol, type_code=doc.type_code or extra.get("type_code"),
        type_name=doc.type_name or extra.get("type_name"), level=doc.level, year=year,
        date=", ".join(d.strftime("%d/%m/%Y") for d in sorted(doc.dates)) or None,
        issuer=doc.issuer.label if doc.issuer else None, title=doc.title)


def nearest(centre: str, documents: dict[str, Any], edges: Iterable[GraphEdge], limit: int) -> list[str]:
    """At most `limit` documents, nearest to the centre first (edges in either direction)."""
    neighbours: dict[str, list[str]] = {k: [] for k in documents}
    for e in edges:
        if e.source in neighbours and e.target in neighbours:
            neighbours[e.source].append(e.target)
            neighbours[e.target].append(e.source)
    seen, queue = {centre: 0}, deque([centre])
    while queue and len(seen) < limit:
        here = queue.popleft()
        for there in sorted(neighbours.get(here, ())):
            if there not in seen and len(seen) < limit:
                seen[there] = seen[here] + 1
                queue.append(there)
    return list(seen)
