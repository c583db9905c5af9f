"""Việt Nam's administrative units, before and after the 2025 reform, and finding them in text.

Source: the `vietnam-provinces` package (GSO codes): its `legacy` module is the early-2025
snapshot of 63 provinces, 696 districts and 10,051 communes; its top level holds the 34
provinces and their communes from 1 July 2025; `_province_conversion_2025` and
`_ward_conversion_2025` map old units to new ones. Provinces and districts merged away before that
snapshot come from data/provinces_merged_before_2025.csv (Hà Tây, until 2008) and
data/districts_merged_before_2025.csv, abbreviations and former names from
data/place_aliases.csv, names the list misspells from data/listed_name_corrections.csv.

Names follow the annotation convention: no kind prefix ("Hà Tĩnh", "Hồ Chí Minh", "Can Lộc")
except for numbered units ("Quận 11", "Phường 5"), and modern tone placement ("Hòa Bình").
Everything is loaded once, on first use; lookups are dictionary look-ups.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from functools import cache, lru_cache
from operator import attrgetter
from typing import NamedTuple

from loaders.tables import DATA_DIR as DATA, UPPER, alternation, read_csv  # DATA: the files graph/units.py hashes

LEVELS = ("province", "district", "commune")
ERAS = ("legacy", "2025")
REFORM_DATE = "2025-07-01"  # two-level local government (no districts) from this day
LEGACY_LAST_DAY = "2025-06-30"
_CODE_WIDTH = {"province": 2, "district": 3, "commune": 5}


CENTRAL_CITY = "thành phố trung ương"  # the kind of the five centrally-run cities


@dataclass(frozen=True)
class Unit:
    code: str  # GSO code, zero-padded: province "42", district "443", commune "18568"
    name: str  # "Hà Tĩnh", "Hồ Chí Minh", "Can Lộc", "Quận 11"
    full_name: str  # "Tỉnh Hà Tĩnh"
    kind: str  # tỉnh, thành phố trung ương, huyện, quận, thị xã, thành phố, xã, phường, thị trấn, đặc khu
    level: str  # province | district | commune
    era: str  # legacy (before 1 July 2025) | 2025
    parent_code: str | None = None  # province of a district; district (legacy) or province (2025) of a commune
    valid_from: str | None = None  # ISO date, None = before the data's horizon
    valid_until: str | None = None  # ISO date of the last day, None = still valid

    def __hash__(self) -> int:  # cheaper than hashing every field; equal units share the key
        return hash((self.era, self.level, self.code))

    def __eq__(self, other: object) -> bool:
        """Every field equal, as a dataclass compares; the same object, or another code, is
        known at once (units of different places are compared again and again)."""
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.code == other.code and _unit_fields(self) == _unit_fields(other)


_unit_fields = attrgetter(*(f.name for f in fields(Unit)))


@dataclass(frozen=True)
class PlaceMatch:
    unit: Unit
    start: int
    end: int
    prefixed: bool  # written with its kind ("huyện Can Lộc", "TP.HCM", "Quận 11"), not a bare name


# --- name folding -----------------------------------------------------------------------

# Two tone placements in open syllables "oa, oe, uy" occur in official data and in news
# ("Hoà Bình"/"Hòa Bình", "Tỉnh uỷ"/"Tỉnh ủy"); names here use the commoner one, with the mark
# on the first vowel, as the annotated corpus does. "Quý" keeps its mark on y.
_SECOND_VOWEL_TONE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_]|[\u0300-\u036f])"
)


def modern_tones(text: str) -> str:
    """ "Hoà Bình" -> "Hòa Bình", "Thuỷ Nguyên" -> "Thủy Nguyên"; "Quý", "Hoàng" unchanged."""
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _SECOND_VOWEL_TONE.sub(r"\1\3\2", nfd))


# After "qu" a closing i is the older spelling of y: the dataset's "Phú Quí" (Bình Thuận's island district),
# "Thuận Quí", "Quí Quân" are the press's and the annotated corpus's "Phú Quý", "Thuận Quý", "Quý Quân";
# "Qui Nhơn" is Quy Nhơn. One rule, as for "Đắk".
_QU_I = re.compile(r"\b([Qq][Uu])([iíìỉĩị])(?![^\W\d_])")
_Y_OF_I = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")


def modern_spelling(text: str) -> str:
    """modern_tones, and y for a closing i after "qu": "Phú Quí" -> "Phú Quý"."""
    text = modern_tones(text)
    return _QU_I.sub(lambda m: m.group(1) + m.group(2).translate(_Y_OF_I), text) if "u" in text else text


_SEPARATORS = re.compile(r"\s*-\s*|\s+")
# The Central Highlands prefix "Đắk" is also written "Đăk", "Đắc" (Đăk Nông, Đắc Lắc): one
# spelling rule rather than an alias for each of the many units that carry it.
_DAK = re.compile(r"\bđ(?:ăk|ắc|ak)\b")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The key two spellings of one name share: lower case, modern tones, no apostrophes,
    dashes as spaces ("Bà Rịa - Vũng Tàu" == "bà rịa-vũng tàu", "R'Lấp" == "R’lấp")."""
    name = modern_spelling(name).lower().replace("'", "").replace("’", "").replace("‘", "")
    return _DAK.sub("đắk", _SEPARATORS.sub(" ", name).strip())


@lru_cache(maxsize=65536)
def unaccent(name: str) -> str:
    """fold() without any diacritics, for text typed without them: "Dak Nong", "Ha Tinh"."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", fold(name)) if not unicodedata.combining(c)
    )
    return stripped.replace("đ", "d")


# --- the data ----------------------------------------------------------------------------

_KIND_PREFIX = {
    "tỉnh": "Tỉnh", "thành phố trung ương": "Thành phố", "huyện": "Huyện", "quận": "Quận",
    "thị xã": "Thị xã", "thành phố": "Thành phố", "xã": "Xã", "phường": "Phường",
    "thị trấn": "Thị trấn", "đặc khu": "Đặc khu",
}


def _short_name(full_name: str, kind: str) -> str:
    prefix = _KIND_PREFIX[kind]
    rest = full_name[len(prefix):].strip() if full_name.lower().startswith(prefix.lower()) else full_name
    if rest.isdigit():  # numbered units are named with their kind: "Quận 11"
        return f"{prefix} {rest}"
    return modern_spelling(rest)


# the dataset writes seven names with a space after the apostrophe ("Ia H' Drai", "K' Dang"), the other 32 and
# the press without ("Ia H'Drai", "Ea H'leo"): named so, a gold "Ia H'Drai" pairs with what is extracted
_APOSTROPHE_SPACE = re.compile(r"(?<=['’])[ ]+")


def _unit(full_name: str, code: int | str, kind: str, level: str, era: str,
          parent: int | str | None, **validity: str | None) -> Unit:
    full_name = _APOSTROPHE_SPACE.sub("", " ".join(full_name.split()))
    return Unit(
        code=_pad(code, level), name=_short_name(full_name, str(kind)),
        full_name=modern_spelling(full_name), kind=str(kind), level=level, era=era,
        parent_code=None if parent is None else _pad(parent, LEVELS[LEVELS.index(level) - 1]
                                                      if era == "legacy" else "province"),
        **validity,
    )


def _pad(code: int | str, level: str) -> str:
    code = str(int(code)) if isinstance(code, int) or str(code).isdigit() else str(code)
    head, sep, tail = code.partition("-")
    return head.zfill(_CODE_WIDTH[level]) + sep + tail


class _Gazetteer:
    """All units, indexed by (era, level, code), by parent and by folded name."""

    def __init__(self) -> None:
        self.units: dict[tuple[str, str, str], Unit] = {}
        self.children: dict[tuple[str, str | None, str], list[Unit]] = defaultdict(list)
        self.by_name: dict[str, list[Unit]] = defaultdict(list)  # fold(name) -> units
        self.by_unaccented: dict[str, list[Unit]] = defaultdict(list)
        self.prefixed_names: set[str] = set()  # folded keys that carry the kind ("quận 11")
        # quick tests in find_places: the first two words of every longer name, names of one word
        self.first_bigrams: set[str] = set()
        self.one_word_names: set[str] = set()
        self.not_bare = {fold(row["name"]) for row in read_csv("bare_names_not_places.csv")}
        self.holding_places = {tuple(fold(w) for w in row["name"].split()) for row in read_csv("names_holding_places.csv")}
        self.place_prepositions = {row["word"] for row in read_csv("place_prepositions.csv")}
        self.bodies_before_place = {fold(row["body"]) for row in read_csv("bodies_before_place.csv")}
        # (level, code) of a unit merged away before the snapshot -> the codes of the units it joined
        self.former_successors: dict[tuple[str, str], tuple[str, ...]] = {}
        # (folded alias, unit code) -> the kind the unit had under that name ("thừa thiên huế": tỉnh)
        self.alias_kinds: dict[tuple[str, str], str] = {}
        self.names: dict[tuple[str, str, str], list[str]] = defaultdict(list)  # every indexed name
        # (era, level, code) -> the unit under each name it bore before the list's, oldest last
        self.former: dict[tuple[str, str, str], list[Unit]] = defaultdict(list)
        self._load_legacy()
        self._load_2025()
        self._load_former_provinces()
        self._load_former_districts()
        self._load_corrections()
        self._load_aliases()
        self.longest_name = max(len(k.split()) for k in self.by_unaccented)
        keys = (*self.by_name, *self.by_unaccented)
        self.first_bigrams = {" ".join(k.split()[:2]) for k in keys if " " in k}
        self.one_word_names = {k for k in keys if " " not in k}

    def add(self, unit: Unit, names: Iterable[str] = ()) -> None:
        self.units[(unit.era, unit.level, unit.code)] = unit
        self.children[(unit.era, unit.parent_code, unit.level)].append(unit)
        self.index(unit, [unit.name, unit.full_name, *names])

    def index(self, unit: Unit, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.names[(unit.era, unit.level, unit.code)]:
                self.names[(unit.era, unit.level, unit.code)].append(name)
            for spelling in _apostrophe_spellings(name):
                key = fold(spelling)
                if unit not in self.by_name[key]:
                    self.by_name[key].append(unit)
                loose = unaccent(spelling)
                if unit not in self.by_unaccented[loose]:
                    self.by_unaccented[loose].append(unit)
        self.prefixed_names.update((fold(unit.full_name), unaccent(unit.full_name)))
        if unit.name[-1].isdigit():  # "Quận 11" carries its kind
            self.prefixed_names.update((fold(unit.name), unaccent(unit.name)))

    def _load_legacy(self) -> None:
        from vietnam_provinces.legacy._lookup import (
            DISTRICT_MAPPING, PROVINCE_MAPPING, WARD_MAPPING,
        )

        until = {"valid_until": LEGACY_LAST_DAY}
        for p in PROVINCE_MAPPING.values():
            self.add(_unit(p.name, p.code.value, p.division_type, "province", "legacy", None, **until))
        for d in DISTRICT_MAPPING.values():
            self.add(_unit(d.name, d.code.value, d.division_type, "district", "legacy",
                           d.province_code.value, **until))
        for w in WARD_MAPPING.values():
            self.add(_unit(w.name, w.code.value, w.division_type, "commune", "legacy",
                           w.district_code.value, **until))

    def _load_2025(self) -> None:
        from vietnam_provinces._lookup import PROVINCE_MAPPING, WARD_MAPPING

        since = {"valid_from": REFORM_DATE}
        for p in PROVINCE_MAPPING.values():
            self.add(_unit(p.name, p.code.value, p.division_type, "province", "2025", None, **since))
        for w in WARD_MAPPING.values():
            self.add(_unit(w.name, w.code.value, w.division_type, "commune", "2025",
                           w.province_code.value, **since))

    def _load_former_provinces(self) -> None:
        for row in read_csv("provinces_merged_before_2025.csv"):
            unit = _unit(row["full_name"], row["code"], row["kind"], "province", "legacy", None,
                         valid_until=row["valid_until"])
            self.add(unit)
            self.former_successors[("province", unit.code)] = tuple(
                _pad(c, "province") for c in row["successor_codes"].split())

    def _load_former_districts(self) -> None:
        for row in read_csv("districts_merged_before_2025.csv"):
            unit = _unit(row["full_name"], row["code"], row["kind"], "district", "legacy",
                         row["province_code"], valid_until=row["valid_until"])
            successors = tuple(_pad(c, "district") for c in row["successor_codes"].split())
            self.add(unit)
            self.former_successors[("district", unit.code)] = successors
            if row["successor_created"] == "yes":  # the successor exists only from the next day
                first_day = (date.fromisoformat(row["valid_until"]) + timedelta(days=1)).isoformat()
                for code in successors:
                    old = self.units[("legacy", "district", code)]
                    if old.valid_from is None or old.valid_from < first_day:
                        self.replace(old, valid_from=first_day)

    def former_self(self, unit: Unit, name: str, kind: str, named_until: str) -> Unit:
        """The unit under a name it bore until `named_until` (its validity is the name's):
        "Thừa Thiên Huế", a tỉnh, is unit 46 until 31/12/2024; the list names it Thành phố Huế."""
        key = (unit.era, unit.level, unit.code)
        for known in self.former[key]:
            if known.name == name:
                return known
        former = Unit(**{**unit.__dict__, "name": name, "full_name": f"{_KIND_PREFIX[kind]} {name}",
                         "kind": kind, "valid_until": named_until})
        self.former[key].append(former)
        self.index(former, [name, former.full_name])
        return former

    def replace(self, old: Unit, **changes: str) -> None:
        new = Unit(**{**old.__dict__, **changes})
        self.units[(old.era, old.level, old.code)] = new
        for table in (self.children[(old.era, old.parent_code, old.level)],
                      *self.by_name.values(), *self.by_unaccented.values()):
            for i, unit in enumerate(table):
                if unit is old:
                    table[i] = new

    def _load_corrections(self) -> None:
        for row in read_csv("listed_name_corrections.csv"):
            old = self.units[("legacy", row["level"], _pad(row["code"], row["level"]))]
            name = row["name"]
            self.replace(old, name=name, full_name=f"{_KIND_PREFIX[old.kind]} {name}")
            self.index(self.units[("legacy", old.level, old.code)], [name, f"{_KIND_PREFIX[old.kind]} {name}"])

    def _load_aliases(self) -> None:
        for row in read_csv("place_aliases.csv"):
            unit = self.units[("legacy", row["level"], _pad(row["code"], row["level"]))]
            if row["former_name"]:  # the name denotes the unit as it was then
                unit = self.former_self(unit, row["former_name"], row["kind"], row["named_until"])
            self.index(unit, [row["alias"]])
            # a row giving only the kind a unit bore under its own name ("huyện Phong Điền") makes no bare name a
            # prefixed one
            if row["former_name"] or row["alias"] != unit.name:
                self.prefixed_names.update((fold(row["alias"]), unaccent(row["alias"])))
            if row["kind"]:
                for key in (fold(row["alias"]), unaccent(row["alias"])):
                    self.alias_kinds[(key, unit.code)] = row["kind"]


_APOSTROPHE = re.compile(r"(['’‘])[ ]?")


def _apostrophe_spellings(name: str) -> tuple[str, ...]:
    """A name and, if it has an apostrophe, its other spelling: the dataset writes "K' Dang"
    and "Ea H'Leo", the press both "K'Dang" and "Ea H' Leo"."""
    if not _APOSTROPHE.search(name):
        return (name,)
    return name, _APOSTROPHE.sub(lambda m: m.group(1) if m.group().endswith(" ") else m.group(1) + " ", name)


@cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


# --- listing -----------------------------------------------------------------------------

def provinces(era: str = "legacy", include_former: bool = False) -> list[Unit]:
    """Provinces of an era; of the legacy era, those merged away before the snapshot (Hà Tây)
    only with include_former."""
    found = _gazetteer().children[(era, None, "province")]
    return [u for u in found if include_former or u.valid_until in (None, LEGACY_LAST_DAY)]


def districts(province_code: str | None = None, include_former: bool = False) -> list[Unit]:
    """Districts of the legacy era (there are none from 1 July 2025); those merged away before
    the snapshot only with include_former."""
    g = _gazetteer()
    if province_code is None:
        found = [u for (era, level, _), u in g.units.items() if era == "legacy" and level == "district"]
    else:
        found = list(g.children[("legacy", _pad(province_code, "province"), "district")])
    return [u for u in found if include_former or u.valid_until == LEGACY_LAST_DAY]


def communes(parent_code: str | None = None, era: str = "legacy") -> list[Unit]:
    """Communes of a district (legacy) or of a province (2025, or legacy via its districts)."""
    g = _gazetteer()
    if parent_code is None:
        return [u for (e, level, _), u in g.units.items() if e == era and level == "commune"]
    if era == "legacy" and len(parent_code) <= 2:
        return [c for d in districts(parent_code) for c in g.children[("legacy", d.code, "commune")]]
    parent_level = "district" if era == "legacy" else "province"
    return list(g.children[(era, _pad(parent_code, parent_level), "commune")])


def get(era: str, level: str, code: str | int) -> Unit | None:
    units = _gazetteer().units
    return units.get((era, level, code)) or units.get((era, level, _pad(code, level)))


def names_of(unit: Unit) -> list[str]:
    """Every name the unit is known by: short, full, and aliases ("TP.HCM", "Sài Gòn")."""
    return list(_gazetteer().names[(unit.era, unit.level, unit.code)])


def as_on(unit: Unit, day: str | None) -> Unit:
    """The unit under the name it bore on `day` (ISO): province 46 in 2015 is "Thừa Thiên Huế",
    a tỉnh; from 2025 "Huế", the centrally-run city the list knows. Unchanged without a day."""
    if day is None:
        return unit
    bore = [u for u in _gazetteer().former.get((unit.era, unit.level, unit.code), ()) if day <= u.valid_until]
    return min(bore, key=attrgetter("valid_until")) if bore else as_listed(unit)


def as_named(unit: Unit, name: str | None) -> Unit:
    """The unit under `name` when that is a name it bore before the list's ("Thừa Thiên Huế"),
    else as the list names it."""
    for former in _gazetteer().former.get((unit.era, unit.level, unit.code), ()):
        if former.name == name:
            return former
    return as_listed(unit)


def as_listed(unit: Unit) -> Unit:
    """The unit under the name the list gives it (the same unit when it is not a former self)."""
    return _gazetteer().units.get((unit.era, unit.level, unit.code), unit)


def former_selves(unit: Unit) -> list[Unit]:
    """The unit under each name it bore before the list's, each valid until that name's last day."""
    return list(_gazetteer().former.get((unit.era, unit.level, unit.code), ()))


@lru_cache(maxsize=32768)
def parent(unit: Unit) -> Unit | None:
    if unit.parent_code is None:
        return None
    level = "province" if unit.era == "2025" else LEVELS[LEVELS.index(unit.level) - 1]
    return get(unit.era, level, unit.parent_code)


@lru_cache(maxsize=32768)
def province_of(unit: Unit) -> Unit:
    while unit.level != "province":
        up = parent(unit)
        if up is None:
            break
        unit = up
    return unit


def is_within(unit: Unit, ancestor: Unit | str) -> bool:
    code = ancestor.code if isinstance(ancestor, Unit) else ancestor
    current: Unit | None = unit
    while current is not None:
        if current.code == code and current is not unit:
            return True
        current = parent(current)
    return False


# --- lookup ------------------------------------------------------------------------------

# Kind words written before a name, folded, and the kinds each may introduce.
_PREFIX_KINDS: dict[str, tuple[str, ...]] = {
    "tỉnh": ("tỉnh",),
    "thành phố": ("thành phố", "thành phố trung ương"),
    "tp": ("thành phố", "thành phố trung ương"),
    "tp.": ("thành phố", "thành phố trung ương"),
    "t.p": ("thành phố", "thành phố trung ương"),
    "t.p.": ("thành phố", "thành phố trung ương"),
    "huyện": ("huyện",),
    "quận": ("quận",),
    "q.": ("quận",),
    "thị xã": ("thị xã",),
    "tx": ("thị xã",),
    "tx.": ("thị xã",),
    "xã": ("xã",),
    "phường": ("phường",),
    "p.": ("phường",),
    "thị trấn": ("thị trấn",),
    "tt.": ("thị trấn",),
    "đặc khu": ("đặc khu",),
}
# In text, a Party committee named after its unit says the unit's kind as well: "Huyện ủy Thống
# Nhất" is the huyện (a bare "Thống Nhất" is reunification), "Thị ủy Kỳ Anh" the thị xã, not the
# huyện. Not for lookup: "Tỉnh ủy Hà Tĩnh" names a body, not a unit.
_KINDS_BEFORE: dict[str, tuple[str, ...]] = {
    **_PREFIX_KINDS,
    "tỉnh ủy": ("tỉnh",),
    "thành ủy": ("thành phố", "thành phố trung ương"),
    "huyện ủy": ("huyện",),
    "quận ủy": ("quận",),
    "thị ủy": ("thị xã",),
}
# A district named by the kind it had before it was raised ("huyện Hoài Nhơn" in 2019, a thị xã
# since 2020; "thị xã Hà Tĩnh" before 2007): the kinds it may have now, when none of that name
# has the kind written. Not for communes: a xã's name gone since is often a phường's elsewhere.
_RAISED_KINDS: dict[str, tuple[str, ...]] = {
    "huyện": ("thị xã", "thành phố", "quận"),
    "thị xã": ("thành phố",),
}


def _of_kinds(units: Iterable[Unit], kinds: tuple[str, ...], key: str) -> list[Unit]:
    """The units of `kinds` (or that bore one of them under the name `key`); failing that, the
    districts raised since from the kind written."""
    g = _gazetteer()
    units = list(units)
    found = [u for u in units if u.kind in kinds or g.alias_kinds.get((key, u.code)) in kinds]
    if found or len(kinds) != 1 or kinds[0] not in _RAISED_KINDS:
        return found
    return [u for u in units if u.level == "district" and u.kind in _RAISED_KINDS[kinds[0]]]


_PREFIX = re.compile(
    r"^(" + "|".join(sorted(map(re.escape, _PREFIX_KINDS), key=len, reverse=True)) + r")\s*(?=\w)"
)


@lru_cache(maxsize=65536)  # issuers and asides look the same names up again and again
def lookup(name: str, level: str | None = None, within: Unit | str | None = None,
           era: str = "legacy") -> Unit | None:
    """The one unit `name` denotes ("tỉnh Hà Tĩnh", "TP.HCM", "Q.11", "huyen can loc"), or None
    when there is none or several (many communes share a name: pass `within`)."""
    return _choose(_named(name), level, within, era)


@lru_cache(maxsize=65536)
def new_commune_in(name: str, within: str) -> Unit | None:
    """The one 2025 commune called `name` ("xã Đồng Lộc") formed from communes of the legacy
    province or district `within` (a code), or else lying in the 2025 province that succeeded
    the legacy province `within` ("phường Phan Thiết", of former Bình Thuận, is in Lâm Đồng);
    None when there is no such commune or several: a commune renamed or given another kind in
    2025 is not found among the legacy units of its place."""
    named = [u for u in _named(name) if u.era == "2025" and u.level == "commune"]
    found = [u for u in named if any(is_within(old, within) for old in predecessors(u))]
    if not found and (province := _gazetteer().units.get(("legacy", "province", within))) is not None:
        new = {u.code for u in successors(province)}
        found = [u for u in named if u.parent_code in new]
    return found[0] if len(found) == 1 else None


def reformed(commune: Unit) -> Unit | None:
    """The 2025 commune that carries a legacy commune's name on: the one of the communes that
    cover it named as it was ("xã Thạch Khê" of 2024 -> the xã Thạch Khê formed in 2025; a thị
    trấn may have become a xã), or None when its name went out of use."""
    if commune.era != "legacy" or commune.level != "commune":
        return None
    named = [u for u in successors(commune) if fold(u.name) == fold(commune.name)]
    return named[0] if len(named) == 1 else None


def legacy_province_of(unit: Unit) -> Unit | None:
    """The province before the reform: a legacy unit's own; a 2025 commune's, when the communes
    it was formed from were all in one, or, for an island district that had no communes and is
    an đặc khu since (Côn Đảo, Bạch Long Vĩ), that district's."""
    if unit.era == "legacy":
        return province_of(unit)
    provinces = {province_of(old) for old in predecessors(unit)} or _commune_less_district_provinces(unit)
    return provinces.pop() if len(provinces) == 1 else None


def _commune_less_district_provinces(unit: Unit) -> set[Unit]:
    """The provinces of the legacy districts of the 2025 commune's name, without communes, in a
    province its own 2025 province succeeded."""
    if unit.level != "commune":
        return set()
    return {province_of(d) for d in _named(unit.name) if d.era == "legacy" and d.level == "district"
            and not communes(d.code) and any(s.code == unit.parent_code for s in successors(province_of(d)))}


def is_commune_name(name: str) -> bool:
    """Whether some commune, of any place or era, is called `name` ("phường Quang Trung")."""
    return any(u.level == "commune" for u in _named(name))


def _named(name: str) -> list[Unit]:
    """The units `name` may denote, of any era and level, with its kind word if written."""
    key = fold(name)
    candidates = _name_candidates(key)
    if not candidates and (m := _PREFIX.match(key)):
        kinds = _PREFIX_KINDS[m.group(1)]
        rest = key[m.end():]
        if rest.isdigit() and kinds[0] in ("quận", "phường"):
            rest = f"{kinds[0]} {rest}"
        candidates = _of_kinds(_name_candidates(rest), kinds, rest)
    return candidates


def _name_candidates(key: str) -> list[Unit]:
    """Units named `key` (folded); without diacritics only when the key has none: a written
    accent is information ("Chủ" is not "Chũ", "Quý" is not "Quỳ")."""
    g = _gazetteer()
    found = g.by_name.get(key)
    if not found and unaccent(key) == key:
        found = g.by_unaccented.get(key)
    return list(found or ())


def _choose(candidates: list[Unit], level: str | None, within: Unit | str | None,
            era: str) -> Unit | None:
    found = [u for u in candidates if u.era == era and (level is None or u.level == level)]
    if within is not None:
        found = [u for u in found if is_within(u, within)]
    if level is None and len(found) > 1:  # a bare name means the largest unit
        top = min(LEVELS.index(u.level) for u in found)
        found = [u for u in found if LEVELS.index(u.level) == top]
    current = [u for u in found if u.valid_until in (None, LEGACY_LAST_DAY)]
    found = current or found  # a unit of the snapshot before one merged away earlier
    return found[0] if len(found) == 1 else None


# --- finding places in text --------------------------------------------------------------

_WORD = rf"[{re.escape(UPPER)}]\w*(?:['’]\w*)?"  # "Đắk R'Lấp", "Ia H' Drai"
# A run of capitalised words (a proper name), which may go on with numbers ("Quận 11"), dots
# ("TP.HCM", "Q.11") and dashes ("Bà Rịa - Vũng Tàu").
_NAME_RUN = re.compile(rf"{_WORD}(?:(?:\s?-\s?|[ .])(?:{_WORD}|\d+\b))*")
_TOKEN = re.compile(r"[\w'’]+")
_PREFIX_BEFORE = re.compile(
    r"(?:^|[^\w])((?:tỉnh|thành|huyện|quận|thị) (?:ủy|uỷ)|"
    r"tỉnh|thành phố|tp\.?|huyện|quận|q\.|thị xã|tx\.?|xã|phường|p\.|thị trấn|tt\.?|đặc khu)\s*$",
    re.IGNORECASE,
)
_PREFIX_TOKENS = {"tp": "tp", "tx": "tx", "q": "q.", "p": "p.", "tt": "tt.", "tỉnh": "tỉnh",
                  "huyện": "huyện", "quận": "quận", "xã": "xã", "phường": "phường"}


class NameMatch(NamedTuple):
    """One place name written in text and every unit it may denote ("Châu Thành" is a
    district in nine provinces)."""

    start: int
    end: int
    prefixed: bool
    units: tuple[Unit, ...]


def find_places(text: str, era: str = "legacy", within: Unit | str | None = None) -> list[PlaceMatch]:
    """Every place named in `text`, in order. A name with its kind word ("xã Thạch Kim",
    "TP.HCM", "Quận 11") is `prefixed`; a bare name counts only for provinces and districts
    (commune names such as "Tân Thành" or "Độc Lập" are ordinary words too). A name that
    several units share gives one match per unit; `within` keeps those inside a province or
    district."""
    return [PlaceMatch(u, m.start, m.end, m.prefixed) for m in find_names(text, era, within)
            for u in m.units]


def find_names(text: str, era: str = "legacy", within: Unit | str | None = None,
               day: str | None = None) -> list[NameMatch]:
    """find_places grouped by name: each name once, with the units it may denote (on `day`, when
    given: before August 2008 "Chương Mỹ" is Hà Tây's district, not the Hà Nội one it became)."""
    out: list[NameMatch] = []
    code = within.code if isinstance(within, Unit) else within
    for run in _NAME_RUN.finditer(text):
        run_text = run.group()
        if _run_words(run_text) is None:
            continue
        base = run.start()
        for start, end, prefixed, units, chosen in _names_in_run(run_text, _kind_before(text, base), era):
            if not prefixed and _in_organisation_name(text, base + start):
                continue
            if code is not None:
                units = tuple(u for u in units if u.code == code or is_within(u, code))
                chosen = tuple(u for u in units if u.valid_until in (None, LEGACY_LAST_DAY)) or units
            if day is not None and len(chosen) < len(units):
                chosen = _as_then(units, chosen, day)
            if chosen:
                out.append(NameMatch(base + start, base + end, prefixed, chosen))
    return out


def _as_then(units: tuple[Unit, ...], current: tuple[Unit, ...], day: str) -> tuple[Unit, ...]:
    """The current units of a name, each that on `day` was still a unit now gone and bearing the
    same name (a district of Hà Tây, until 31/7/2008) replaced by that unit."""
    then = {successor: u for u in units if u not in current and u.valid_until is not None and day <= u.valid_until
            for successor in successors(u)}
    return tuple(then.get(u, u) for u in current)


_ORGANISATION_WINDOW = 80  # characters before a name searched for the organisation it may end


@cache
def _organisation_name_before() -> re.Pattern[str]:
    """An organisation's head and the words of its name, ending where a place name starts. Each
    part of the name is capitalised and may go on with one word in lower case ("Công ty Điện
    lực", "Cấp nước"); more would be a sentence ("Trường Đại học Vinh tổ chức hội nghị tại")."""
    head = "|".join(re.escape(h).replace(r"\ ", "[ ]+") for h in _organisation_heads())
    part = rf"(?:{_WORD}(?:[ ]+(?![{re.escape(UPPER)}])[^\W\d_]+)?|\d+)"
    return re.compile(rf"(?<!\w)(?i:{head})(?:[ ]+{part})*[ ]+$")


def _in_organisation_name(text: str, start: int) -> bool:
    """Is the name at `start` the end of an organisation's proper name ("Trường Đại học Vinh")?
    Not a branch's ("Ngân hàng Nhà nước Chi nhánh Hà Tĩnh" is named after where it is)."""
    low = max(0, start - _ORGANISATION_WINDOW)
    window = text[low:start].lower()
    if not _organisation_first_word().search(window):  # most names: a cheap test
        return False
    found = _organisation_name_before().search(text, low, start)
    return found is not None and _BRANCH not in found.group().lower()


@cache
def _organisation_heads() -> list[str]:
    """The heads of organisations' names (data/organisation_heads.csv), longest first."""
    return sorted((row["head"] for row in read_csv("organisation_heads.csv")), key=len, reverse=True)


@cache
def _organisation_first_word() -> re.Pattern[str]:
    """Any head's first word, lower case: one scan of a window instead of a test per word."""
    return re.compile(alternation({head.split()[0].lower() for head in _organisation_heads()}))


_BRANCH = "chi nhánh"


_PREFIX_LAST = ("tỉnh", "phố", "tp", "tp.", "huyện", "quận", "q.", "xã", "tx", "tx.", "phường", "p.",
                "trấn", "tt", "tt.", "khu", "ủy", "uỷ")  # how each kind word in _PREFIX_BEFORE ends


def _kind_before(text: str, start: int) -> str:
    """The kind word written just before `start` ("huyện "), folded, or ""."""
    low = max(0, start - 12)
    words = text[low:start].split()
    if not words or not words[-1].lower().endswith(_PREFIX_LAST):  # a cheap test first
        return ""
    before = _PREFIX_BEFORE.search(text, low, start)
    return fold(before.group(1)) if before else ""


@lru_cache(maxsize=16384)  # a run and the kind word before it decide its names: they recur
def _names_in_run(run_text: str, kind_before: str, era: str
                  ) -> tuple[tuple[int, int, bool, tuple[Unit, ...], tuple[Unit, ...]], ...]:
    """(start, end, prefixed, units of `era`, the current ones among them or else all) of each
    name in a run of capitalised words, with offsets inside the run; `kind_before` is the kind
    word written before the run ("huyện")."""
    g = _gazetteer()
    words = _run_words(run_text)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(run_text)]
    kinds: tuple[str, ...] | None = None  # kinds in force: those before the run until a name is read
    out = []
    i = 0
    while i < len(words):
        if held := _name_holding_places(g, words, i):  # "Thái Bình Dương" is the Pacific: no name inside it
            kinds, i = (), i + held
            continue
        matched = _longest_name(g, words, i)
        if matched is None:
            kinds, skip = _prefix_at(words, i)
            i += skip or 1
            continue
        if kinds is None:
            kinds = _KINDS_BEFORE[kind_before] if kind_before else ()
        j, units, key = matched
        if kinds:  # "tỉnh Lê Thanh Cung" is a person; "tỉnh Thừa Thiên Huế" the former tỉnh
            units = _of_kinds(units, kinds, key)
        prefixed = (bool(units) and bool(kinds)) or key in g.prefixed_names
        if not prefixed:
            units = [] if key in g.not_bare else _bare_name_units(matched[1], tokens, i)
        units = tuple(u for u in units if u.era == era)
        current = tuple(u for u in units if u.valid_until in (None, LEGACY_LAST_DAY))
        out.append((tokens[i][0], tokens[j - 1][1], prefixed, units, current or units))
        kinds, i = (), j
    return tuple(out)


@lru_cache(maxsize=65536)  # the same runs recur in every article: "Ban Thường", "UBND", "Chỉ"
def _run_words(run_text: str) -> tuple[str, ...] | None:
    """The folded words of a run of capitalised words, or None when no name can start in it."""
    g = _gazetteer()
    if run_text.isalpha() and fold(run_text) not in g.one_word_names:
        return None  # most runs are one capitalised word: "Theo", "Ban", "UBND"
    words = tuple(fold(w) for w in _TOKEN.findall(run_text))
    return words if _may_hold_a_name(g, words) else None


def _may_hold_a_name(g: _Gazetteer, words: tuple[str, ...]) -> bool:
    """A quick test before the word-by-word search: does any name (or "Q.11") start here?"""
    return any(w in g.one_word_names or w in ("q", "p") for w in words) or any(
        f"{a} {b}" in g.first_bigrams for a, b in zip(words, words[1:]))


def _bare_name_units(units: list[Unit], tokens: list[tuple[int, int, str]], i: int) -> list[Unit]:
    """What a name written without its kind may denote: a province or district, not a
    commune; the largest unit when a province and its capital share the name ("Hà Tĩnh");
    nothing when it ends a longer proper name ("Đặng Thanh Bình" is a person; "UBND Hà Tĩnh"
    still names the province, and so does "Tại Bình Định" opening a sentence, and "Tỉnh Đoàn Nghệ An")."""
    g = _gazetteer()
    if i > 0 and not tokens[i - 1][2].isupper() and not (i == 1 and tokens[0][2] in g.place_prepositions) \
            and fold(" ".join(token[2] for token in tokens[:i])) not in g.bodies_before_place:
        return []
    units = [u for u in units if u.level != "commune"]
    if units:
        top = min(LEVELS.index(u.level) for u in units)
        units = [u for u in units if LEVELS.index(u.level) == top]
    return units


def _name_holding_places(g: _Gazetteer, words: tuple[str, ...], i: int) -> int:
    """How many words a proper name of something else that holds a place's name takes at word i, or 0."""
    return next((len(name) for name in g.holding_places if words[i:i + len(name)] == name), 0)


def _longest_name(g: _Gazetteer, words: tuple[str, ...], i: int) -> tuple[int, list[Unit], str] | None:
    """The longest unit name starting at word i: (end word, units, folded name)."""
    if i + 1 < len(words) and words[i] in ("q", "p") and words[i + 1].isdigit():  # "Q.11", "P.5"
        key = f"{'quận' if words[i] == 'q' else 'phường'} {words[i + 1]}"
        units = _name_candidates(key)
        return (i + 2, units, key) if units else None
    if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in g.first_bigrams:
        for j in range(min(len(words), i + g.longest_name), i + 1, -1):
            key = " ".join(words[i:j])
            if units := _name_candidates(key):
                return j, units, key
    if words[i] in g.one_word_names and (units := _name_candidates(words[i])):
        return i + 1, units, words[i]
    return None


def _prefix_at(words: tuple[str, ...], i: int) -> tuple[tuple[str, ...], int]:
    """A capitalised kind word inside a run of names ("Huyện Can Lộc", "Thành Phố Huế",
    "TP Huế"): the kinds it introduces and how many words it takes."""
    if i + 2 < len(words) and " ".join(words[i:i + 2]) in _PREFIX_KINDS:
        return _PREFIX_KINDS[" ".join(words[i:i + 2])], 2
    if i + 1 < len(words) and words[i] in _PREFIX_TOKENS:
        return _PREFIX_KINDS[_PREFIX_TOKENS[words[i]]], 1
    return (), 0


# --- time and succession -----------------------------------------------------------------

def units_at(day: str, level: str, within: Unit | str | None = None) -> list[Unit]:
    """The units of `level` that existed on `day` (ISO): legacy units (including districts merged
    away before the snapshot) before 1 July 2025, the 2025 units from then (no districts)."""
    era = "legacy" if day < REFORM_DATE else "2025"
    g = _gazetteer()
    found = [
        u for (e, lv, _), u in g.units.items()
        if e == era and lv == level
        and (u.valid_from is None or u.valid_from <= day)
        and (u.valid_until is None or day <= u.valid_until)
    ]
    if within is not None:
        found = [u for u in found if is_within(u, within)]
    return found


def successors(unit: Unit) -> list[Unit]:
    """What a unit became: a legacy province -> its 2025 province(s); a province or district
    merged away before the snapshot -> the province(s) or district(s) it joined; a legacy district or commune -> the 2025
    communes that cover it. A 2025 unit has no successor."""
    g = _gazetteer()
    if unit.era == "2025":
        return []
    if (unit.level, unit.code) in g.former_successors:
        return [g.units[("legacy", unit.level, code)] for code in g.former_successors[(unit.level, unit.code)]]
    if unit.level == "province":
        from vietnam_provinces._province_conversion_2025 import OLD_TO_NEW

        entry = OLD_TO_NEW.get(int(unit.code))
        return [g.units[("2025", "province", _pad(ref.code, "province"))]
                for ref in (entry.new_provinces if entry else ())]
    old_communes = [unit] if unit.level == "commune" else communes(unit.code)
    return _new_communes_of(tuple(c.code for c in old_communes))


def former_district(unit: Unit, day: str) -> Unit | None:
    """The one district that a district created on a split held on `day`, before it existed ("Quận Thuận Hóa" on
    21/11/2024: Thành phố Huế, divided into it and Phú Xuân from 1/1/2025); None when it existed then, or when several
    districts were merged into it (Thành phố Thủ Đức: which of three is its ward's)."""
    if unit.level != "district" or unit.valid_from is None or day >= unit.valid_from:
        return None
    g = _gazetteer()
    formers = [g.units[("legacy", "district", code)] for (level, code), codes in g.former_successors.items()
               if level == "district" and unit.code in codes]
    formers = [u for u in formers if u.valid_until is not None and day <= u.valid_until]
    return formers[0] if len(formers) == 1 else None


def merged_together(a: str, b: str) -> bool:
    """Whether two legacy provinces (codes) became one 2025 province (Vĩnh Phúc and Phú Thọ); a province with itself."""
    return b in merged_with(a) or a == b and a in _successor_provinces()


@lru_cache(maxsize=None)
def merged_with(code: str) -> tuple[str, ...]:
    """The other legacy provinces (codes) that became one 2025 province with this one (Hải Phòng: Hải Dương)."""
    into = _successor_provinces()
    return tuple(other for other, codes in into.items() if other != code and codes & into.get(code, frozenset()))


@lru_cache(maxsize=None)
def merged_in_2025(province: Unit) -> bool:
    """Whether a province was made one with others on 1 July 2025 (Vĩnh Phúc, Phú Thọ), or is
    the 2025 province they made; not a province left as it was (Hà Tĩnh)."""
    if province.era == "2025":
        return sum(province.code in codes for codes in _successor_provinces().values()) > 1
    return bool(merged_with(province.code))


@lru_cache(maxsize=1)
def _successor_provinces() -> dict[str, frozenset[str]]:
    """Each legacy province's code -> the codes of the 2025 provinces it became."""
    return {p.code: frozenset(u.code for u in successors(p)) for p in provinces("legacy")}


@lru_cache(maxsize=4096)
def predecessors(unit: Unit) -> tuple[Unit, ...]:
    """The legacy communes a 2025 commune was formed from ("Xã Đồng Lộc" of Hà Tĩnh: the
    former thị trấn Đồng Lộc of Can Lộc); nothing for other units."""
    if unit.era != "2025" or unit.level != "commune":
        return ()
    from vietnam_provinces._ward_conversion_2025 import NEW_TO_OLD

    entry = NEW_TO_OLD.get(int(unit.code))
    old = (get("legacy", "commune", ref.code) for ref in (entry.old_wards if entry else ()))
    return tuple(u for u in old if u is not None)


def _new_communes_of(old_codes: tuple[str, ...]) -> list[Unit]:
    from vietnam_provinces._ward_conversion_2025 import OLD_TO_NEW

    g = _gazetteer()
    found: dict[str, Unit] = {}
    for code in old_codes:
        entry = OLD_TO_NEW.get(int(code))
        for ref in entry.new_wards if entry else ():
            unit = g.units.get(("2025", "commune", _pad(ref.code, "commune")))
            if unit is not None:
                found.setdefault(unit.code, unit)
    return list(found.values())
