"""graph/stats.py: what `chithi stats` counts."""
from __future__ import annotations

from graph.load import load_records, unload
from graph.stats import graph_stats
from tests.fixtures import records
from tests.fixtures.stores import oxigraph_server, store  # noqa: F401


def test_counts(store):
    load_records(store, [records.ha_tinh_448(), records.quang_binh_undated(), records.thach_kim_plan(),
                         records.conclusion_44("2019-01-22", "a"), records.conclusion_44("2019-01-25", "b"),
                         records.resolution_18(2017, "c"), records.resolution_18(2022, "d"),
                         records.resolution_18(None, "e")], reference_data=False)
    stats = graph_stats(store)
    # documents: 448-CTr/TU, 09-CT/TW, 09-CTr/TU, the Thạch Kim plan, 44-KL/TW, 18-NQ/TW ×2 and
    # the unresolved undated 18-NQ/TW
    assert (stats.articles, stats.documents, stats.unresolved, stats.date_conflicts) == (8, 8, 1, 1)
    # 448 -> 09, 09-CTr -> 09, plan -> 448, 44 -> 09 (stated by two articles: one relation)
    assert stats.relations == 4
    # Ban Thường vụ Tỉnh ủy Hà Tĩnh, … Quảng Bình, Ban Bí thư, UBND xã Thạch Kim, Ban Chấp hành
    # Trung ương Đảng; and above them Tỉnh ủy ×2, Đảng bộ tỉnh ×2, Đảng Cộng sản Việt Nam
    assert (stats.issuers, stats.organisations) == (5, 10)
    assert stats.triples == store.triple_count() > 0
    unload(store, "e")
    assert graph_stats(store).unresolved == 0
