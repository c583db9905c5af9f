"""api.resolve: from what a user types to the keys and names of the graph."""
from __future__ import annotations

import pytest

from api.resolve import fold, looks_like_symbol, number_variants, symbol_keys

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
