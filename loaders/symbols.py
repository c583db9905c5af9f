"""Document symbols (số và ký hiệu) in both systems, in every way news text writes them.

Party `09-CT/TW`, state `09/CT-BCA`, legal normative `100/2019/NĐ-CP`, National Assembly
`45/2019/QH14`, and the variants of vn-conventions §1.4: spaces around separators
(`09 CT/TW`, `11/CT- BNV`, `100 - KL/TW`), no separator (`858CV/ĐUK`), mixed case (`10-Ctr/TU`),
`TƯ`/`T.Ư` for TW, all hyphens (`72-NQ-TW`), a missing type (`09/TW`), and each system written
in the other's punctuation (`31/CT-TU` is the Party symbol `31-CT/TU`).

A match is kept only when its type code is a known type (the table rejects "3 km/h") and its
issuer looks like an issuer code; a state shape whose "type" is an issuer is a công văn
(`1483/UBND-THNC`). Text is expected normalised (one dash, one slash: loaders.text).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from loaders.tables import read_table

_TYPE_ROWS = read_table("type_codes.tsv")
_ISSUER_ROWS = read_table("issuer_codes.tsv")

# casefolded code -> canonical code; names per system
TYPE_CODES: dict[str, str] = {r["code"].casefold(): r["code"] for r in _TYPE_ROWS}
TYPE_NAMES: dict[tuple[str, str], str] = {
    (r["code"], system): r[system] for r in _TYPE_ROWS for system in ("party", "state") if r[system]
}


@dataclass(frozen=True)
class IssuerCode:
    code: str
    system: str  # party | state (the first when both write it)
    level: str
    name: str | None


ISSUER_CODES: dict[str, IssuerCode] = {}
EITHER_SYSTEM: set[str] = set()  # codes both systems write: the punctuation decides (02/KH-BCĐ, 59-CV/BCĐ)
for _row in _ISSUER_ROWS:
    _entry = IssuerCode(_row["code"], _row["system"].split("|")[0], _row["level"], _row["name"] or None)
    if "|" in _row["system"]:
        EITHER_SYSTEM.add(_row["code"])
    for _spelling in [_row["code"], *filter(None, _row["aliases"].split("|"))]:
        ISSUER_CODES[_spelling.casefold()] = _entry

# Party codes not in the table follow the derivation rule of vn-conventions §3.1: a board adds
# its initials before the committee's code (BTGDVTU = Ban Tuyên giáo và Dân vận + TU).
_PARTY_SUFFIX_LEVEL = (("TW", "central"), ("TU", "province"), ("HU", "district"), ("QU", "district"))

_LETTER = r"[^\W\d_]"
# "&" joins the initials of a department's two fields in its code: SGD&ĐT, PGD&ĐT, SNN&PTNT
_CODE = r"[^\W\d_](?:[^\W_]|&(?=[^\W\d_])){0,15}"
_SEP = r"[ ]?-[ ]?"
# a unit may be a numbered department, its Roman number after a dot: the Government Office's and the Government
# Inspectorate's "5123/VPCP-V.I", "442/TTg-V.I", "1033/TTCP-C.III" (a công văn's issuer is read as its type)
_NUMBERED_UNIT = r"[A-ZĐ]{1,2}\.[IVX]{1,4}(?![^\W_])"
_ISSUER = rf"(?:T\.[ƯW]|{_NUMBERED_UNIT}|{_CODE})(?:{_SEP}(?:{_NUMBERED_UNIT}|{_CODE}))*"
SYMBOL_RE = re.compile(
    # 9c/NQ-BCH, 6b/NQ-TLĐ: the Tổng Liên đoàn (and some local bodies) number with a letter after the digits
    r"(?P<num>\d{1,5}(?:[a-e](?=[ ]?[/-]))?)(?:"
    # 45/2019/QH14, 76/2025/UBTVQH15; a space beside a slash where a PDF's line was wrapped ("45/2019/\nQH14")
    r"[ ]?/[ ]?(?P<qyear>(?:19|20)\d\d)[ ]?/[ ]?(?P<qh>(?:UBTVQH|QH)\d{1,2})"
    # 100/2019/NĐ-CP
    # 01/2014/NQLT/CP-UBTƯMTTQVN: a joint (liên tịch) type may end in a slash before its issuers
    # 19-2016/NQ-CP: the Government's yearly resolutions on the business climate were numbered with a dash
    # before the year, and news writes others so ("Nghị quyết 35-2016/NQ-CP"); a number of at most three digits
    rf"|(?:[ ]?/[ ]?|(?P<ldash>-))(?P<lyear>(?:19|20)\d\d)[ ]?/[ ]?(?P<ltype>{_LETTER}{{1,6}})(?:{_SEP}|(?P<lslash>(?<=LT)/))"
    rf"(?P<liss>{_ISSUER})"
    # 09/CT-BCA, 11/CT- BNV, 04/Ctr BCA-HCCB (a space only before an upper-case issuer), 1483/UBND-THNC
    rf"|[ ]?/[ ]?(?P<stype>{_CODE})(?:{_SEP}|[ ](?=[A-ZĐ]))(?P<siss>{_ISSUER})"
    # 09/TW: the type is in the prose ("Chỉ thị 09/TW")
    r"|[ ]?/[ ]?(?P<ntiss>T\.[ƯW]|TW|TƯ)"
    # 09-CT/TW, 09 CT/TW, 858CV/ĐUK, 100 - KL/TW
    rf"|(?:{_SEP}|[ ])?(?P<ptype>{_LETTER}{{1,5}})[ ]?/[ ]?(?P<piss>{_ISSUER})"
    # 72-NQ-TW; a dot for the Party's slash, as small pages type it: 09/CT.TW, 09-CT.TU
    rf"|(?:-|[ ]?/[ ]?(?={_LETTER}{{1,5}}\.))(?P<atype>{_LETTER}{{1,5}})[.-](?P<aiss>TW|TƯ|TU|HU|QU|ĐU)"
    r")(?![^\W_])"
)


class Symbol(NamedTuple):
    """One symbol found in text; `canonical` is the form the corpus uses (vn-conventions §1.3).
    A tuple: cheap to build, and two readings of one place are equal."""

    start: int
    end: int
    raw: str
    number: str
    type_code: str | None  # canonical spelling; None for a công văn or a type-less Party symbol
    issuer_code: str  # the first issuer group: TW, TU, BCA, UBND …
    issuer_parts: tuple[str, ...]  # every issuer group: ("BCA", "MTTW")
    system: str  # party | state | legal
    year: int | None = None  # the year inside a legal normative symbol
    type_end: str = "-"  # what ends a legal symbol's type: "/" in a joint one written so (01/2014/NQLT/CP-…)
    year_sep: str = "/"  # what comes before a legal symbol's year: "-" in 19-2016/NQ-CP

    @property
    def canonical(self) -> str | None:
        """09-CT/TW, 09/CT-BCA, 100/2019/NĐ-CP, 45/2019/QH14, 1483/UBND-THNC; None when the
        type must still come from the prose (09/TW)."""
        issuers = "-".join(self.issuer_parts)
        if self.system == "legal":
            if self.type_code is None:
                return f"{self.number}{self.year_sep}{self.year}/{issuers}"
            return f"{self.number}{self.year_sep}{self.year}/{self.type_code}{self.type_end}{issuers}"
        if self.type_code is None:
            return None if self.system == "party" else f"{self.number}/{issuers}"
        if self.system == "party":
            return f"{self.number}-{self.type_code}/{issuers}"
        return f"{self.number}/{self.type_code}-{issuers}"

    def with_type(self, type_code: str) -> "Symbol":
        """The symbol completed with a type taken from the prose ("Chỉ thị 09/TW" -> 09-CT/TW)."""
        return self._replace(type_code=type_code)

    def with_issuer(self, code: str) -> "Symbol":
        """The symbol with its first issuer group replaced (TƯ of a Tỉnh ủy -> TU)."""
        return self._replace(issuer_code=code, issuer_parts=(code, *self.issuer_parts[1:]))


def type_code(code: str) -> str | None:
    """Canonical spelling of a type code (Ctr -> CTr, nq -> NQ), None if it is not a type."""
    return TYPE_CODES.get(code.casefold())


def number_key(number: str) -> str:
    """A document number as identity compares it: 09 is 9; a letter after the digits is part of it (9c)."""
    return number.lstrip("0") or "0"


def type_name(code: str, system: str) -> str | None:
    """Full name of a type code in a system: ("TT", "party") -> "Thông tri"."""
    key_system = "party" if system == "party" else "state"
    return TYPE_NAMES.get((code, key_system)) or TYPE_NAMES.get(
        (code, "state" if key_system == "party" else "party")
    )


def is_central(symbol: Symbol | None) -> bool:
    """Does the symbol's issuer code name a central body ("09-CT/TW", "19/CT-TTg")?"""
    code = issuer_code(symbol.issuer_code) if symbol is not None and symbol.issuer_code else None
    return code is not None and code.level == "central"


def issuer_code(code: str) -> IssuerCode | None:
    """What an issuer code says: system and level. UBTVQH15 and QH14 carry a term number."""
    found = ISSUER_CODES.get(code.casefold())
    if found:
        return found
    if "&" in code:  # SGD&ĐT is SGDĐT; the symbol keeps the "&" as written
        return issuer_code(code.replace("&", ""))
    term_less = code.rstrip("0123456789")
    if term_less != code and term_less.casefold() in ("qh", "ubtvqh"):
        return ISSUER_CODES[term_less.casefold()]
    if code.isupper():
        for suffix, level in _PARTY_SUFFIX_LEVEL:
            if code.endswith(suffix) and len(code) > len(suffix):
                return IssuerCode(code, "party", level, None)
    return None


def _canonical_issuer(code: str) -> str:
    known = ISSUER_CODES.get(code.casefold())
    if known:
        return known.code
    if any(c.islower() for c in code) and code[0].isupper():
        return code
    upper = code.upper()  # a letter that upper-cases to several (Greek ΐ, German ß) stays as written:
    return upper if len(upper) == len(code) else code  # the canonical form must read back as itself


def _issuer_parts(raw: str) -> tuple[str, ...]:
    return tuple(_canonical_issuer(p.strip()) for p in raw.split("-") if p.strip())


def _looks_like_issuer(raw: str) -> bool:
    """An issuer group is a known code, or a code in capitals: upper case throughout, or
    starting with a capital and holding another one (ThU, the Thành ủy of a provincial city);
    lower case only if known ("tw")."""
    first = raw.split("-")[0].strip()
    if issuer_code(first) is not None:
        return True
    capitals = sum(c.isupper() for c in first)
    return len(first) >= 2 and first[0].isupper() and (first.isupper() or capitals >= 2)


@lru_cache(maxsize=16384)
def _fields(raw: str) -> tuple | None:
    """(number, type_code, issuer_code, issuer_parts, system, year[, type_end]) of a spelling matched by
    SYMBOL_RE, None if the grammar's checks reject it (unknown type, an issuer that is no
    code). Spellings recur across articles: each is parsed once."""
    m = SYMBOL_RE.fullmatch(raw)
    g = m.groupdict()
    num = g["num"]
    if g["qh"]:
        code = g["qh"].upper()
        return num, None, code, (code,), "legal", int(g["qyear"])
    if g["ltype"]:
        tcode = type_code(g["ltype"])
        if tcode is None or not _looks_like_issuer(g["liss"]):
            return None
        if g["ldash"] and (len(num) > 3 or not tcode.isupper()):  # "2019-2020/…" is a period; NĐ, NQ, QĐ, TT …
            return None
        parts = _issuer_parts(g["liss"])
        return (num, tcode, parts[0], parts, "legal", int(g["lyear"]), "/" if g["lslash"] else "-",
                "-" if g["ldash"] else "/")
    if g["stype"]:
        tcode = type_code(g["stype"])
        if tcode is None:  # NUMBER/ISSUER-UNIT: a state công văn (1483/UBND-THNC)
            issuer = issuer_code(g["stype"])
            if issuer is None or issuer.system != "state":
                return None
            parts = (_canonical_issuer(g["stype"]), *_issuer_parts(g["siss"]))
            return num, None, parts[0], parts, "state", None
        if not _looks_like_issuer(g["siss"]):
            return None
        parts = _issuer_parts(g["siss"])
        return num, tcode, parts[0], parts, _system_of(parts[0], "state"), None
    if g["ntiss"]:
        return num, None, "TW", ("TW",), "party", None
    ptype, piss = (g["ptype"], g["piss"]) if g["ptype"] else (g["atype"], g["aiss"])
    tcode = type_code(ptype)
    if tcode is None or not _looks_like_issuer(piss):
        return None
    parts = _issuer_parts(piss)
    return num, tcode, parts[0], parts, _system_of(parts[0], "party"), None


def _system_of(issuer: str, shape: str) -> str:
    """The issuer decides the system when the punctuation disagrees (vn-conventions §1.4)."""
    known = issuer_code(issuer)
    return known.system if known and known.code not in EITHER_SYSTEM else shape


def _preceded_by_number(text: str, start: int) -> bool:
    """"1.201/1.273", "2019/NĐ" inside a longer number: not the start of a symbol."""
    return start > 0 and text[start - 1] in "0123456789/.,"


# Every symbol has a slash except the rare all-hyphen form (72-NQ-TW, found after its noun by
# `symbol_at`); the slash is rare in prose, so finding slashes first is far faster than trying
# the symbol grammar at every digit. This is where a symbol ending at the slash may start
# (the number may end in a letter: 6b-NQ/TW).
_START_BEFORE_SLASH = re.compile(
    r"\d{1,5}[a-e]?(?:[ ]?-?[ ]?[^\W\d_]{1,6}[ ]?|(?:[ ]?/[ ]?|-)(?:19|20)\d\d[ ]?|[ ]?)$"
)


# A slash with a letter beside it, over one space ("CT/TW", "09/CT", "CT / TW"); the pattern
# starts with the slash itself so that the regex engine skips to slashes in C, and dates
# ("1/8/2013") are passed over there too.
_LETTER_SLASH = re.compile(r"/(?:(?=[ ]?[^\W\d_])|(?<=[^\W\d_]/)|(?<=[^\W\d_] /))")


def find_symbols(text: str, skip: list[tuple[int, int]] = ()) -> list[Symbol]:
    """Every symbol in the text that has a slash, in order, except those inside the `skip`
    spans (symbols the caller has already read)."""
    out: list[Symbol] = []
    end = -1
    skip = sorted(skip)
    starts = [a for a, _ in skip]
    for m in _LETTER_SLASH.finditer(text):
        slash = m.start()
        i = bisect.bisect_right(starts, slash) - 1
        if slash < end or (i >= 0 and slash < skip[i][1]):
            continue
        start = _START_BEFORE_SLASH.search(text, max(0, end, slash - 16), slash)  # no overlap
        symbol = symbol_at(text, start.start()) if start else None
        if symbol is not None:
            end = symbol.end
            out.append(symbol)
    return out


# NUMBER/ISSUER-UNIT with an issuer the tables do not know (Sở Tư pháp: 2365/STP-VP), or a
# body's own with no unit (a district office's "215/PGDĐT", a commune's "88/UBND"): read only
# where the prose says "Công văn", since the shape alone is too weak. A province's initials in a code may end in a
# small letter that tells it from another's (Quảng Ngãi's "412/KBQNg-KSC", Quảng Nam's "836/KBQNa-KSC"): one after two
# capitals
_LETTER_RE = re.compile(r"(?P<num>\d{1,5})[ ]?/[ ]?(?P<iss>[A-ZĐ](?:[A-ZĐ0-9]|&(?=[A-ZĐ])|(?<=[A-ZĐ]{2})[a-z]){1,11})(?:-(?P<unit>[A-ZĐ0-9]{1,12}(?:-[A-ZĐ0-9]{1,12})*))?(?![^\W_])")


def letter_symbol_at(text: str, pos: int) -> Symbol | None:
    """The symbol of a state công văn at `pos`, whatever its issuer code."""
    symbol = symbol_at(text, pos)
    if symbol is not None:
        return symbol
    m = _LETTER_RE.match(text, pos)
    if m is None or _preceded_by_number(text, pos):
        return None
    parts = (m.group("iss"), *(m.group("unit").split("-") if m.group("unit") else ()))
    return Symbol(pos, m.end(), m.group(), m.group("num"), None, parts[0], parts, "state")


# the Government's and the Prime Minister's symbols before the type was written in them (until the mid-1990s: "Nghị
# định số 64/CP ngày 27-9-1993", "Nghị định 02-CP", "Chỉ thị 406/TTg", the Council of Ministers' "Quyết định 72/HĐBT"),
# read only after a document noun, which gives the type: a bare "138/CP" names a steering committee (Ban Chỉ đạo 138/CP)
_OLD_GOVERNMENT_RE = re.compile(r"(?P<num>\d{1,4})[ ]?[/-][ ]?(?P<iss>CP|TTg|HĐBT)(?![^\W_]|[/-][^\W\d_])")


def old_government_symbol_at(text: str, pos: int) -> Symbol | None:
    """The symbol of a Government or Prime Minister's document without its type at `pos`, after its noun."""
    m = _OLD_GOVERNMENT_RE.match(text, pos)
    if m is None or _preceded_by_number(text, pos):
        return None
    return Symbol(pos, m.end(), m.group(), m.group("num"), None, m.group("iss"), (m.group("iss"),), "state")


# a state body's section after a dot, written close up: Đồng Tháp's "Quyết định số 1033/QĐ-UBND.HC" (hành chính)
# is one symbol; an issuer code after the dot ("…/QĐ-UBND.UBND tỉnh", a lost space) is a new sentence
_DOTTED_UNIT = re.compile(r"\.([A-ZĐ]{1,4})(?![^\W_]|\.[^\W\d_])")


def _with_dotted_unit(text: str, symbol: Symbol) -> Symbol:
    unit = _DOTTED_UNIT.match(text, symbol.end)
    if unit is None or symbol.system == "party" or unit.group(1).casefold() in ISSUER_CODES:
        return symbol
    *head, last = symbol.issuer_parts
    # the joined part in its canonical spelling, as when written in one piece ("T.W" is TW)
    return symbol._replace(end=unit.end(), raw=symbol.raw + unit.group(),
                           issuer_parts=(*head, _canonical_issuer(last + unit.group())))


def symbol_at(text: str, pos: int) -> Symbol | None:
    """The symbol starting exactly at `pos`, if any."""
    m = SYMBOL_RE.match(text, pos)
    if m is None or _preceded_by_number(text, pos):
        return (_grouped_symbol_at(text, pos) or _part_numbered_symbol_at(text, pos)) if m is None else None
    fields = _fields(m.group())
    if not fields or (fields[-1] == "-" and pos > 1 and text[pos - 1] == "-" and text[pos - 2].isdigit()):
        return None  # "ngày 15-5-2018/…": a date's month before its year, no number-dash-year
    symbol = Symbol(pos, m.end(), m.group(), *fields)
    return _with_dotted_unit(text, symbol) if text.startswith(".", symbol.end) else symbol


# news sometimes groups a long number's thousands: "Quyết định số 1.234/QĐ-UBND" is 1234/QĐ-UBND
_GROUPED_NUMBER = re.compile(r"\d{1,2}\.\d{3}(?=[ ]?/[ ]?[^\W\d_])")
_SYMBOL_MAX_CHARS = 60


# a number with a part after a dot, in a legal symbol: "Nghị quyết số 66.7/2025/NQ-CP" (one of the Government's
# resolutions numbered under Nghị quyết 66/2025) is number 66.7, not 7/2025/NQ-CP inside a longer number
_PART_NUMBER = re.compile(r"\d{1,3}\.(?=\d{1,2}/(?:19|20)\d\d/)")


def _part_numbered_symbol_at(text: str, pos: int) -> Symbol | None:
    part = _PART_NUMBER.match(text, pos)
    if part is None or _preceded_by_number(text, pos):
        return None
    m = SYMBOL_RE.match(text, part.end())
    fields = _fields(m.group()) if m else None
    if fields is None or fields[4] != "legal":
        return None
    return Symbol(pos, m.end(), text[pos:m.end()], text[pos:part.end()] + fields[0], *fields[1:])


def _grouped_symbol_at(text: str, pos: int) -> Symbol | None:
    grouped = _GROUPED_NUMBER.match(text, pos)
    if grouped is None or _preceded_by_number(text, pos):
        return None
    dot = text.index(".", pos)
    joined = text[pos:dot] + text[dot + 1:grouped.end() + _SYMBOL_MAX_CHARS]
    m = SYMBOL_RE.match(joined)
    fields = _fields(m.group()) if m else None
    if fields is None:
        return None
    end = pos + m.end() + 1
    return Symbol(pos, end, text[pos:end], *fields)
