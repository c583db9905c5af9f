"""graph/issuers.py: an issuer's full name in its place, and the hierarchy its name states."""
from __future__ import annotations

import pytest

from graph.identity import IssuerPlace
from graph.issuers import hierarchy, localised_name


@pytest.mark.parametrize("name, place, full", [
    ("UBND tỉnh", IssuerPlace("province", ("Bình Dương",)), "UBND tỉnh Bình Dương"),
    ("Ban Thường vụ Tỉnh ủy", IssuerPlace("province", ("Hà Tĩnh",)), "Ban Thường vụ Tỉnh ủy Hà Tĩnh"),
    ("Ban Thường vụ Quận ủy", IssuerPlace("district", ("Hồ Chí Minh", "Quận 11")),
     "Ban Thường vụ Quận ủy Quận 11"),
    ("Huyện ủy", IssuerPlace("district", ("Hà Tĩnh", "Can Lộc")), "Huyện ủy Can Lộc"),
    # regression: a body whose own unit is unknown is not named after the unit above it ("Ban Thường vụ Đảng ủy xã"
    # of an unnamed commune in Ninh Bình was "Ban Thường vụ Đảng ủy xã Ninh Bình", a commune that does not exist)
    ("Ban Thường vụ Đảng ủy xã", IssuerPlace("commune", ("Ninh Bình",)), "Ban Thường vụ Đảng ủy xã (Ninh Bình)"),
    ("Huyện ủy", IssuerPlace("district", ("Hà Tĩnh",)), "Huyện ủy (Hà Tĩnh)"),
    ("UBND xã", IssuerPlace("commune", ("Hà Tĩnh", "Can Lộc")), "UBND xã (Can Lộc)"),
    # names that already carry their place, in any spelling, are kept
    ("Tỉnh uỷ Hoà Bình", IssuerPlace("province", ("Hòa Bình",)), "Tỉnh uỷ Hoà Bình"),
    ("Ban Chỉ đạo 138 tỉnh Quảng Bình", IssuerPlace("province", ("Quảng Bình",)),
     "Ban Chỉ đạo 138 tỉnh Quảng Bình"),
    ("Ban Bí thư", IssuerPlace("central"), "Ban Bí thư"),
    ("Chủ tịch UBND tỉnh", IssuerPlace("unknown"), "Chủ tịch UBND tỉnh"),
])
def test_localised_name(name, place, full):
    assert localised_name(name, place) == full


@pytest.mark.parametrize("name, stated, chain", [
    ("Ban Thường vụ Tỉnh ủy Hà Tĩnh", None,
     [("Tỉnh ủy Hà Tĩnh", "unit"), ("Đảng bộ tỉnh Hà Tĩnh", "sub")]),
    ("Ban Thường vụ Quận ủy Quận 11", None, [("Quận ủy Quận 11", "unit"), ("Đảng bộ Quận 11", "sub")]),
    ("Thành ủy Thành phố Hồ Chí Minh", None, [("Đảng bộ thành phố Hồ Chí Minh", "sub")]),
    ("Ban Bí thư", None, [("Ban Chấp hành Trung ương Đảng", "unit"), ("Đảng Cộng sản Việt Nam", "sub")]),
    ("Ban Tuyên giáo Tỉnh ủy Hậu Giang", None,
     [("Tỉnh ủy Hậu Giang", "unit"), ("Đảng bộ tỉnh Hậu Giang", "sub")]),
    # the record's own parent comes first
    ("Ban Chỉ đạo 138 tỉnh Quảng Bình", "UBND tỉnh Quảng Bình", [("UBND tỉnh Quảng Bình", "unit")]),
    ("UBND tỉnh Bình Dương", None, []),
])
def test_hierarchy(name, stated, chain):
    links = hierarchy(name, stated)
    assert [(link.parent, link.relation) for link in links] == chain
    assert [link.child for link in links] == ([name] + [parent for parent, _ in chain])[:len(chain)]
