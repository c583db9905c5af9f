"""api.resolve: from what a user types to the keys and names of the graph (symbols, units)."""
from __future__ import annotations

from datetime import date

import pytest

from api.errors import Ambiguous, NotFound
from api.resolve import (Candidate, _oldest_first, fold, looks_like_symbol, number_variants, resolve_unit, symbol_keys,
                         units_named)
from graph.store import Store, open_store
from graph.units import load_units

TYPES = ["CT", "CTR", "KH", "KL", "NQ"]


@pytest.mark.parametrize("written, first, also", [
    ("09-CT/TW", "9-CT/TW", []),
    ("9-ct/tw", "9-CT/TW", []),
    ("09–CT/TW", "9-CT/TW", []),               # en dash
    ("09 CT/TW", "9CT/TW", ["9-CT/TW"]),       # a space for the hyphen
    ("09-CT-TW", "9-CT-TW", ["9-CT/TW"]),      # all hyphens
    ("09/TW", "9/TW", ["9-CT/TW", "9-KH/TW"]),  # type missing: every type is tried
    ("445-KL/TƯ", "445-KL/TW", []),            # TƯ is written for TW
    ("09/CT-BCA", "9/CT-BCA", []),
    ("100/2019/nđ-cp", "100/2019/NĐ-CP", []),
    ("448-Ctr/TU", "448-CTR/TU", []),
])
def test_symbol_keys(written, first, also):
    keys = symbol_keys(written, TYPES)
    assert keys[0] == first
    assert set(also) <= set(keys)


@pytest.mark.parametrize("text, expected", [
    ("09-CT/TW", True), ("09/TW", True), ("09 CT/TW", True), ("100/2019/NĐ-CP", True),
    ("chi thi 09", False), ("09", False), ("Quận 11", False),
])
def test_looks_like_symbol(text, expected):
    assert looks_like_symbol(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Hà Tĩnh", "ha tinh"), ("Chỉ thị 09-CT/TW", "chi thi 09 ct tw"), ("ĐẢNG ỦY", "dang uy"),
    ("  Quận   11 ", "quan 11"), ("Tỉnh Thừa Thiên Huế", "tinh thua thien hue"),
])
def test_fold(text, expected):
    assert fold(text) == expected


def test_number_variants_keep_written_forms():
    assert number_variants("09") == ["9", "09", "009"]
    assert number_variants("448") == ["448"]


# -- administrative units by name ------------------------------------------------------------

@pytest.fixture(scope="module")
def gazetteer_store() -> Store:
    """A store holding the gazetteer alone: a unit is resolved from its names, no article needed."""
    store = open_store("memory:")
    load_units(store)
    return store


UNIT = "https://chithi.vn/id/unit/"


@pytest.mark.parametrize("typed, level, as_of, unit", [
    ("Hà Tĩnh", None, None, "legacy/province/42"),                # the name as written
    ("ha tinh", None, None, "legacy/province/42"),                # without accents: the province over the city
    ("HÀ TĨNH", None, None, "legacy/province/42"),
    ("tỉnh Hà Tĩnh", None, None, "legacy/province/42"),           # the full name
    ("tinh ha tinh", None, None, "legacy/province/42"),
    ("Ha Tinh", "district", None, "legacy/district/436"),         # the city, asked for by its level
    ("ha tinh", "province", date(2025, 8, 1), "2025/province/42"),  # after the reform
    ("quan 11", None, None, "legacy/district/772"),
    ("thach kim", None, None, "legacy/commune/18580"),
    ("xa thach kim", None, None, "legacy/commune/18580"),
    ("huyen can loc", None, None, "legacy/district/443"),
    ("loc ha", None, None, "legacy/district/448"),                # merged away before the dataset's snapshot
    ("tp ho chi minh", None, None, "legacy/province/79"),
    ("thanh pho ho chi minh", None, None, "legacy/province/79"),
    ("ho chi minh", None, date(2025, 8, 1), "2025/province/79"),
    ("hue", None, None, "legacy/province/46"),
    ("Thừa Thiên Huế", None, None, "legacy/province/46"),         # its name until 2024 (skos:altLabel)
    ("tinh thua thien hue", None, None, "legacy/province/46"),
    ("viet nam", None, None, "vn"),
    ("dac khu phu quoc", None, None, "legacy/district/911"),
    ("phu quoc", "commune", None, "2025/commune/31078"),          # the special zone, a commune-level unit in 2025
    ("dak lak", None, None, "legacy/province/66"),
    ("42", None, None, "legacy/province/42"),                     # an official code
])
def test_a_unit_is_found_by_its_name_written_any_way(gazetteer_store, typed, level, as_of, unit):
    assert resolve_unit(gazetteer_store, typed, level=level, as_of=as_of).iri == UNIT + unit


@pytest.mark.parametrize("typed, meant", [
    ("Ha Tinnh", "Hà Tĩnh"), ("thach kimm", "Thạch Kim"), ("dac lac", "Đắk La"),
])
def test_a_name_of_no_unit_offers_the_closest_names(gazetteer_store, typed, meant):
    with pytest.raises(NotFound) as found:
        resolve_unit(gazetteer_store, typed)
    assert found.value.suggestions[0] == meant


@pytest.mark.parametrize("typed", ["ky anh", "tx ky anh", "thi xa ky anh"])
def test_a_name_of_two_units_of_one_level_is_ambiguous(gazetteer_store, typed):
    """Huyện Kỳ Anh and Thị xã Kỳ Anh: the administrative word is not used to choose."""
    with pytest.raises(Ambiguous) as both:
        resolve_unit(gazetteer_store, typed)
    assert {c["label"] for c in both.value.candidates} == {"Huyện Kỳ Anh", "Thị xã Kỳ Anh"}


def test_same_symbol_documents_come_dated_first_then_by_term_then_the_undated_citation():
    documents = [Candidate("c", unresolved=True), Candidate("b", period="khóa XIII"),
                 Candidate("a", date="2012-11-15", period="khóa XI")]
    assert [c.iri for c in sorted(documents, key=_oldest_first)] == ["a", "b", "c"]


@pytest.mark.parametrize("typed, first, count", [
    ("Hà Tĩnh", ["legacy/province/42", "2025/province/42", "legacy/district/436"], 3),  # provinces first
    ("ha tinh", ["legacy/province/42", "2025/province/42", "legacy/district/436"], 3),
    ("Quận 11", ["legacy/district/772"], 1),
    ("thua thien hue", ["legacy/province/46"], 1),  # a former name, folded: not its district city
    ("chau thanh", [], 20),                      # 10 districts, 5 communes and 5 of 2025: none first
    ("phong trao toan dan", [], 0),              # words of a title name no unit
])
def test_the_units_a_search_names(gazetteer_store, typed, first, count):
    named = units_named(gazetteer_store, typed)
    assert [u.iri for u in named[:len(first)]] == [UNIT + f for f in first] and len(named) == count


def test_a_unit_below_a_province_knows_the_name_of_the_unit_it_is_in(gazetteer_store):
    assert {u.parent for u in units_named(gazetteer_store, "chau thanh")} >= {"Tiền Giang", "Bến Tre", "An Giang"}
