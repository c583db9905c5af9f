"""graph/networkx.py: the document graph for analysis."""
from __future__ import annotations

import pytest

from graph.load import load_records
from graph.networkx import to_networkx
from graph.store import open_store
from tests.fixtures import records

DOC = "https://chithi.vn/id/doc/"


@pytest.fixture(scope="module")
def loaded():
    store = open_store("memory:")
    load_records(store, [records.ha_tinh_448(), records.quang_binh_undated(), records.thach_kim_plan(),
                         records.conclusion_44("2019-01-22", "kl44"), records.nghe_an_448()],
                 reference_data=False)
    return store


@pytest.mark.parametrize("root, depth, nodes", [
    ("09-CT/TW", 1, {"vn/09-ct-tw/khoa-xi", "ha-tinh/448-ctr-tu/2010-2015", "quang-binh/09-ctr-tu",
                     "vn/44-kl-tw/khoa-xii"}),
    # two steps down: the commune plan implementing the provincial programme
    ("09-CT/TW", 2, {"vn/09-ct-tw/khoa-xi", "ha-tinh/448-ctr-tu/2010-2015", "quang-binh/09-ctr-tu",
                     "vn/44-kl-tw/khoa-xii", "ha-tinh/loc-ha/thach-kim/kh/ubnd-xa-thach-kim/tk-plan"}),
    (DOC + "nghe-an/448-ctr-tu/2010-2015", 2, {"nghe-an/448-ctr-tu/2010-2015"}),
])
def test_the_neighbourhood_of_a_document(loaded, root, depth, nodes):
    graph = to_networkx(loaded, root=root, depth=depth)
    assert set(graph.nodes) == {DOC + n for n in nodes}


def test_nodes_and_edges_carry_their_facts(loaded):
    graph = to_networkx(loaded)
    ht = graph.nodes[DOC + "ha-tinh/448-ctr-tu/2010-2015"]
    assert (ht["symbol"], ht["type"], ht["level"], ht["date"], ht["issuer"]) == (
        "448-CTr/TU", "CTr", "province", "2012-05-30", "Ban Thường vụ Tỉnh ủy Hà Tĩnh")
    edge = graph.get_edge_data(DOC + "vn/44-kl-tw/khoa-xii", DOC + "vn/09-ct-tw/khoa-xi")
    assert edge == {"continues": {"relation": "continues", "articles": 1}}


def test_only_some_relations(loaded):
    graph = to_networkx(loaded, relations=["continues"])
    assert {(a, b) for a, b in graph.edges()} == {(DOC + "vn/44-kl-tw/khoa-xii", DOC + "vn/09-ct-tw/khoa-xi")}
