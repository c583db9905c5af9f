"""api/graphview.py: how an ego network is styled, placed and cut before vis-network draws it."""
from __future__ import annotations

import pytest

from api.graphview import (BAND_WIDTH, NODE_SPACING, STYLE, GraphEdge, GraphNode, build_network, ego_network,
                           ego_payload, layered_positions, layout_options, nearest, spread, tooltip,
                           type_word)

FIXTURE_DOC = "https://chithi.vn/id/doc/"  # documents of tests/fixtures/api_graph.trig
CT09 = GraphNode("doc:09", "Chỉ thị 09-CT/TW", "/doc/09", symbol="09-CT/TW", type_code="CT",
                 level="central", year=2011, issuer="Ban Bí thư")
KL44 = GraphNode("doc:44", "Kết luận 44-KL/TW", "/doc/44", symbol="44-KL/TW", type_code="KL",
                 level="central", year=2019)
CTR448 = GraphNode("doc:448", "Chương trình hành động 448-CTr/TU", "/doc/448", symbol="448-CTr/TU",
                   type_code="CTr", level="province", year=2012)
CTR26 = GraphNode("doc:26", "Chương trình hành động 26-CTr/TU", "/doc/26", symbol="26-CTr/TU",
                  type_code="CTr", level="province")
KH73 = GraphNode("doc:73", "Kế hoạch 73-KH/QU", "/doc/73", symbol="73-KH/QU", type_code="KH",
                 level="district", year=2012)
KH_XA = GraphNode("doc:xa", "Kế hoạch của UBND xã Thạch Kim", "/doc/xa", type_code="KH",
                  level="commune")
CHAIN = [CT09, KL44, CTR448, CTR26, KH73, KH_XA]
CHAIN_EDGES = [GraphEdge("doc:448", "doc:09", "implements"), GraphEdge("doc:26", "doc:09", "implements"),
               GraphEdge("doc:73", "doc:26", "implements"), GraphEdge("doc:44", "doc:09", "continues"),
               GraphEdge("doc:xa", "doc:448", "implements")]


def drawn(nodes=CHAIN, edges=CHAIN_EDGES, centre="doc:09"):
    net = build_network(nodes, edges, centre)
    return {n["id"]: n for n in net.nodes}, {e["id"]: e for e in net.edges}


@pytest.mark.parametrize("node, colour, shape", [
    (CT09, STYLE["levels"]["central"]["color"], "diamond"),
    (KL44, STYLE["levels"]["central"]["color"], "triangle"),
    (CTR448, STYLE["levels"]["province"]["color"], "square"),
    (KH73, STYLE["levels"]["district"]["color"], "dot"),
    (KH_XA, STYLE["levels"]["commune"]["color"], "dot"),
    (GraphNode("doc:hd", "Hướng dẫn 12-HD/BTGTW", "/doc/hd", type_code="HD", level="central"),
     STYLE["levels"]["central"]["color"], "hexagon"),
    (GraphNode("doc:x", "Công văn của Sở", "/doc/x", type_code=None, level="surprise"),
     STYLE["levels"]["unknown"]["color"], "hexagon"),
])
def test_colour_by_level_and_shape_by_type(node, colour, shape):
    nodes, _ = drawn([node], [], node.iri)
    assert nodes[node.iri]["color"]["background"] == colour
    assert nodes[node.iri]["shape"] == shape


@pytest.mark.parametrize("node, label", [
    (CTR448, "448-CTr/TU"),                          # the shape tells the type: the symbol suffices
    (KH_XA, "Kế hoạch của UBND xã Thạch Kim"),       # unnumbered: its label
])
def test_a_node_is_labelled_by_its_symbol_else_its_label(node, label):
    nodes, _ = drawn([node], [], node.iri)
    assert nodes[node.iri]["label"] == label
    assert nodes[node.iri]["fullLabel"] == node.label


@pytest.mark.parametrize("edge, label", [
    (GraphEdge("doc:448", "doc:09", "implements"), "thực hiện"),
    (GraphEdge("doc:44", "doc:09", "continues"), "tiếp tục"),
    (GraphEdge("doc:448", "doc:44", "reviews"), "sơ kết, tổng kết"),
    (GraphEdge("doc:448", "doc:44", "based_on"), "căn cứ"),
    (GraphEdge("doc:448", "doc:44", "cites"), "nhắc đến"),
])
def test_edges_are_labelled_by_relation(edge, label):
    _, edges = drawn([CT09, KL44, CTR448], [edge])
    (only,) = edges.values()
    assert (only["from"], only["to"], only["label"], only["arrows"]) == (edge.source, edge.target, label, "to")


def test_an_english_graph_says_its_relations_types_and_titles_in_english():
    titled = GraphNode("doc:448", "Chương trình hành động 448-CTr/TU", "/en/doc/448", symbol="448-CTr/TU",
                       type_code="CTr", type_name="Chương trình hành động", level="province",
                       title="thực hiện Chỉ thị số 09-CT/TW")
    net = build_network([CT09, titled], [GraphEdge("doc:448", "doc:09", "implements")], "doc:09", lang="en")
    (edge,) = net.edges
    node = next(n for n in net.nodes if n["id"] == "doc:448")
    assert (edge["label"], node["typeName"]) == ("implements", "programme")
    assert tooltip(titled, "en").endswith("\non thực hiện Chỉ thị số 09-CT/TW")  # the article's words stay


@pytest.mark.parametrize("type_code, type_name, lang, word", [
    ("CTr", "Chương trình hành động", "vi", "Chương trình hành động"),  # as the article wrote it
    ("CTr", "Chương trình hành động", "en", "programme"),
    ("KH", None, "vi", "Kế hoạch"),  # the article gave no name: the legend's
    ("HD", "Hướng dẫn", "en", "other"),  # a type the legend lacks
    (None, None, "vi", "Loại khác"),
])
def test_a_documents_type_is_said_as_the_article_wrote_it_on_a_vietnamese_page(type_code, type_name, lang, word):
    assert type_word(type_code, type_name, lang) == word


def test_an_edge_to_a_document_left_out_is_not_drawn():
    _, edges = drawn([CT09, CTR448], [GraphEdge("doc:448", "doc:09", "implements"),
                                      GraphEdge("doc:73", "doc:448", "implements")])
    assert [(e["from"], e["to"]) for e in edges.values()] == [("doc:448", "doc:09")]


def test_the_centre_stands_out():
    nodes, _ = drawn()
    assert nodes["doc:09"]["centre"] and nodes["doc:09"]["size"] > nodes["doc:448"]["size"]
    assert not nodes["doc:448"]["centre"]


def test_a_tooltip_is_plain_text_and_keeps_what_the_article_wrote():
    node = GraphNode("doc:x", "Kế hoạch 5-KH/UBND", "/doc/x", issuer="UBND xã <b>Kim</b>",
                     date="01/02/2013", title="tăng cường <script>alert(1)</script> an ninh")
    assert tooltip(node) == ("Kế hoạch 5-KH/UBND\nUBND xã <b>Kim</b> · 01/02/2013\n"
                             "về tăng cường <script>alert(1)</script> an ninh")


def test_levels_of_government_are_bands_from_top_to_bottom():
    y = {iri: xy[1] for iri, xy in layered_positions(CHAIN, CHAIN_EDGES, "doc:09").items()}
    assert y["doc:09"] == y["doc:44"] < y["doc:448"] == y["doc:26"] < y["doc:73"] < y["doc:xa"]


def test_a_document_sits_under_what_it_implements():
    x = {iri: xy[0] for iri, xy in layered_positions(CHAIN, CHAIN_EDGES, "doc:09").items()}
    assert x["doc:xa"] == x["doc:448"] and x["doc:73"] == x["doc:26"]
    assert x["doc:26"] < x["doc:09"] < x["doc:448"] or x["doc:448"] < x["doc:09"] < x["doc:26"]


@pytest.mark.parametrize("wanted, placed", [
    ([0.0], [0.0]),
    ([-200.0, 200.0], [-200.0, 200.0]),       # far enough apart: as wanted
    ([0.0, 0.0], [-75.0, 75.0]),              # on one spot: pushed apart around it
    ([0.0, 0.0, 0.0], [-150.0, 0.0, 150.0]),
])
def test_siblings_spread_around_the_place_they_want(wanted, placed):
    assert spread(wanted, 150.0) == placed


def test_a_wide_band_folds_into_rows_near_the_shape_of_a_screen():
    plans = [GraphNode(f"doc:p{i}", f"Kế hoạch {i}-KH/HU", f"/doc/p{i}", level="district")
             for i in range(1000)]
    edges = [GraphEdge(p.iri, "doc:09", "implements") for p in plans]
    position = layered_positions([CT09, *plans], edges, "doc:09")
    xs = {position[p.iri][0] for p in plans}
    ys = {position[p.iri][1] for p in plans}
    assert len(xs) == 32 and len(ys) == 32  # ceil(sqrt(1000)) columns
    assert all(y > position["doc:09"][1] for y in ys)


def test_a_directive_answered_by_most_provinces_is_drawn_about_the_shape_of_a_screen():
    """51 provincial programmes under a directive, 15 district plans under some of them: folded
    24 a row the drawing was 4.4 times wider than tall, and fitting it to the canvas shrank the
    labels below what vis-network draws; a screen is 1.3-1.8 times wider than tall."""
    programmes = [GraphNode(f"doc:p{i}", f"Chương trình hành động {i}-CTr/TU", f"/doc/p{i}", level="province")
                  for i in range(51)]
    plans = [GraphNode(f"doc:d{i}", f"Kế hoạch {i}-KH/HU", f"/doc/d{i}", level="district") for i in range(15)]
    edges = ([GraphEdge(p.iri, "doc:09", "implements") for p in programmes] +
             [GraphEdge(d.iri, programmes[i].iri, "implements") for i, d in enumerate(plans)])
    position = layered_positions([CT09, KL44, *programmes, *plans], edges, "doc:09")
    xs, ys = [x for x, _ in position.values()], [y for _, y in position.values()]
    width = max(xs) - min(xs) + NODE_SPACING
    height = max(ys) - min(ys) + NODE_SPACING
    assert 1.0 <= width / height <= 2.0


def test_the_drawing_is_moved_and_zoomed_with_the_keyboard_once_focused():
    for layout in ("hierarchical", "force"):
        assert layout_options(layout)["interaction"]["keyboard"] == {"enabled": True, "bindToWindow": False,
                                                                     "autoFocus": False}


@pytest.mark.parametrize("layout", ["hierarchical", "force"])
def test_edge_labels_wait_for_a_zoom_they_can_be_read_at(layout):
    """vis-network draws a label when its size on screen reaches drawThreshold - 1 (5 for a node
    by default). The overview of 09-CT/TW's 74 documents on 2,000 generated articles is drawn at
    zoom 0.46: the documents' labels are drawn, the relations' (a grey haze there) wait for 0.8."""
    options = layout_options(layout)
    node_px, edge_px = options["nodes"]["font"]["size"], options["edges"]["font"]["size"]
    edge_threshold = options["edges"]["scaling"]["label"]["drawThreshold"]
    drawn = {zoom: (node_px * zoom >= 5 - 1, edge_px * zoom >= edge_threshold - 1) for zoom in (0.46, 0.8)}
    assert drawn == {0.46: (True, False), 0.8: (True, True)}


def test_a_narrow_band_stays_one_row():
    plans = [GraphNode(f"doc:p{i}", f"Kế hoạch {i}-KH/HU", f"/doc/p{i}", level="district")
             for i in range(BAND_WIDTH)]
    position = layered_positions(plans, [], "doc:p0")
    assert len({position[p.iri][1] for p in plans}) == 1


def test_the_nearest_documents_are_kept_when_there_are_too_many():
    documents = {n.iri: n for n in CHAIN}
    assert nearest("doc:09", documents, CHAIN_EDGES, 3) == ["doc:09", "doc:26", "doc:44"]
    assert set(nearest("doc:09", documents, CHAIN_EDGES, 100)) == set(documents)


@pytest.mark.parametrize("layout, physics", [("hierarchical", False), ("force", True)])
def test_layouts(layout, physics):
    assert layout_options(layout)["physics"]["enabled"] is physics
    assert layout_options(layout)["layout"]["hierarchical"]["enabled"] is False  # positions come from here


def test_an_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="unknown layout 'circle'"):
        layout_options("circle")


def test_the_payload_is_what_graph_js_reads():
    payload = ego_payload(CHAIN, CHAIN_EDGES, "doc:09", truncated=7)
    assert payload["centre"] == "doc:09" and payload["truncated"] == 7
    assert {n["id"] for n in payload["nodes"]} == {n.iri for n in CHAIN}
    assert set(payload["layouts"]) == {"hierarchical", "force"}
    assert {"url", "typeKey", "levelKey", "year", "x", "y"} <= set(payload["nodes"][0])


@pytest.fixture(scope="module")
def fixture_graph():
    from tests.api_support import fixture_store
    store = fixture_store()
    yield store
    store.close()


def ego_of(store, iri: str, hops: int) -> tuple[dict, set]:
    payload = ego_network(store, iri, hops, lambda i: "/" + i.rsplit("/", 1)[-1])
    nodes = {n["label"]: n for n in payload["nodes"]}
    labels = {n["id"]: n["label"] for n in payload["nodes"]}
    return nodes, {(labels[e["from"]], e["relation"], labels[e["to"]]) for e in payload["edges"]}


def test_the_ego_network_of_a_directive_two_steps_down(fixture_graph):
    nodes, edges = ego_of(fixture_graph, FIXTURE_DOC + "09-ct-tw-2011", 2)
    assert {("448-CTr/TU", "implements", "09-CT/TW"), ("26-CTr/TU", "implements", "09-CT/TW"),
            ("73-KH/QU", "implements", "26-CTr/TU"), ("44-KL/TW", "continues", "09-CT/TW"),
            ("25-KH/HU", "implements", "448-CTr/TU")} <= edges
    assert "Kế hoạch của Đảng ủy xã Kim Song Trường" not in nodes  # three steps down
    assert nodes["09-CT/TW"]["centre"] and not nodes["448-CTr/TU"]["centre"]
    # type and year come although the trees of api.queries do not carry them
    assert (nodes["448-CTr/TU"]["typeKey"], nodes["448-CTr/TU"]["shape"], nodes["448-CTr/TU"]["year"]) == ("CTr", "square", 2012)
    assert nodes["448-CTr/TU"]["typeName"] == "Chương trình hành động"  # as the article named it
    assert (nodes["73-KH/QU"]["levelKey"], nodes["73-KH/QU"]["url"]) == ("district", "/73-kh-qu-quan-11-2012")


def test_the_ego_network_of_a_programme_one_step_both_ways(fixture_graph):
    nodes, edges = ego_of(fixture_graph, FIXTURE_DOC + "448-ctr-tu-ha-tinh-2012", 1)
    assert set(nodes) == {"448-CTr/TU", "09-CT/TW", "25-KH/HU"}
    assert edges == {("448-CTr/TU", "implements", "09-CT/TW"), ("25-KH/HU", "implements", "448-CTr/TU")}
