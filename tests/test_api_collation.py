"""api/collation.py: names in the order a Vietnamese reader expects to find them."""
from __future__ import annotations

import pytest

from api import queries
from api.collation import vietnamese_key
from graph.load import load_paths
from graph.store import open_store
from tests.conftest import SAMPLES


@pytest.mark.parametrize("names", [
    # regression: the province matrix listed "Bình Dương" before "Bạc Liêu" (code-point order)
    ["Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
     "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng"],
    ["Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp"],  # after every D
    ["Dak Nong", "Điện Biên"],
    ["Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
     "Hồ Chí Minh", "Hưng Yên"],
    ["Quận 1", "Quận 10", "Quận 11", "Quận 3"],  # digits as text, as the gazetteer's codes sort
    ["ma", "mà", "mả", "mã", "má", "mạ"],  # tones break ties only: none, huyền, hỏi, ngã, sắc, nặng
    ["mạ", "mai"],
    ["Thạch Hà", "Thạch Kim", "thạch kim"],
])
def test_names_sort_in_vietnamese_alphabet_order(names):
    assert sorted(reversed(names), key=vietnamese_key) == names


def test_the_key_reads_decomposed_text_as_composed():
    assert vietnamese_key("Hà Tĩnh")[:2] == vietnamese_key("Ha\u0300 Ti\u0303nh")[:2]


def test_the_province_matrix_and_a_gap_table_list_units_in_that_order():
    """Regression: the matrix page listed "Bình Dương" … "Bình Thuận" before "Bạc Liêu"."""
    store = open_store("memory:")
    assert load_paths(store, [SAMPLES], progress=False).ok
    provinces = [row.province.label for row in queries.matrix(store).rows]
    assert provinces.index("Bạc Liêu") < provinces.index("Bắc Giang") < provinces.index("Bình Dương")
    assert provinces == sorted(provinces, key=vietnamese_key)
    units = [u.unit.label for u in queries.gaps(store, "09-CT/TW", "province").units]
    assert units == sorted(units, key=vietnamese_key) and len(units) == 63
