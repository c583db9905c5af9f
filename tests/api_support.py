"""Stores for the api tests: the hand-written graph of tests/fixtures/api_graph.trig (it follows
graph/vocab.py and holds cases the five samples cannot show), with its indexes built as loading
would write them (graph/indexes.py)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.indexes import rebuild_indexes
from graph.store import Store, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "api_graph.trig"


def fixture_nquads() -> str:
    quads = ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()


def fixture_store(url: str = "memory:") -> Store:
    store = open_store(url)
    store.add_new_graphs(fixture_nquads())
    rebuild_indexes(store)
    store.flush()
    return store


# two articles of province 46, the tỉnh Thừa Thiên Huế until 2024-12-31 and the city of Huế since
# (graph/units.py keeps the former name with its last day): a plan of each name implementing 09-CT/TW
HUE_ARTICLES = {
    "hue_2012.txt": "Thừa Thiên Huế triển khai Chỉ thị 09-CT/TW của Ban Bí thư\n\nCập nhật: 15-03-2012\n\n"
                    "Ngày 10/02/2012, Ban Thường vụ Tỉnh ủy Thừa Thiên Huế ban hành Chương trình hành động số "
                    "25-CTr/TU thực hiện Chỉ thị số 09-CT/TW, ngày 01/12/2011 của Ban Bí thư về tăng cường sự "
                    "lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.\n",
    "hue_2025.txt": "Huế tiếp tục thực hiện Chỉ thị 09-CT/TW\n\nCập nhật: 20-03-2025\n\n"
                    "Ngày 05/3/2025, Ban Thường vụ Thành ủy Huế ban hành Kế hoạch số 210-KH/TU thực hiện Chỉ thị "
                    "số 09-CT/TW, ngày 01/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với "
                    "phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.\n",
}


def hue_store(folder: Path, url: str = "memory:") -> Store:
    """A store of `HUE_ARTICLES` (written into `folder`) as `chithi load` builds it, gazetteer included."""
    from graph.load import load_paths

    for name, text in HUE_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = open_store(url)
    assert load_paths(store, [folder], progress=False).ok
    return store
