"""Issuing bodies named in prose, resolved to a named body with its level and place.

"của Ban Thường vụ Tỉnh ủy" in a Gia Lai article is "Ban Thường vụ Tỉnh ủy Gia Lai" (province,
Gia Lai); "UBND huyện Can Lộc" is a district body in Hà Tĩnh; "Bộ chính trị" is central.
The grammar of a local body is [organ…] committee [descriptor] [place] ("Ban Thường vụ Quận ủy
Quận 3", "Đảng ủy cơ quan chính quyền Quận 3") or [organ…] council [descriptor] level-word
[place] ("Chủ tịch UBND tỉnh", "Ban Chỉ đạo 138 tỉnh"); the words are in
data/issuer_prose.tsv, the places come from loaders.gazetteer. A body named without its place
takes the article's place (vn-conventions §3.2, locality rule).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from loaders import gazetteer
from loaders.record import Place
from loaders.symbols import issuer_code
from loaders.tables import UPPER, cues, fold, phrase_pattern, read_csv, read_table

_ROWS = read_table("issuer_prose.tsv")
_LOWER = "".join(sorted({c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha()}))
_LOWER_WORD = rf"[{_LOWER}]+"
_CAP_WORD = rf"[{UPPER}][^\W\d_]*(?:['’][ ]?[^\W\d_]+)?"  # "Đắk R'Lấp", "K' Dang"
# after a number, a comma ends the place only before its district: "UBND Phường 12, quận Gò Vấp" ("phường 1, 2" is a list)
_NUMBER_END = r"(?![\d/.-])(?!,(?![ ]*(?i:quận|huyện|thị xã|thành phố|tp\.?|q\.)))"
_PLACE = (
    rf"(?:(?:Thành phố|TP\.?|T\.P\.?)[ ]?)?(?:(?:Quận|Phường|Q\.|P\.)[ ]?\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}{_NUMBER_END}"  # the number after a level word: "UBND phường 1", "UBND Phường 1"
    # a name may end in a number ("xã Sơn Kim 1", "phường Mỹ Đình 2"); `_place` keeps it only
    # when the gazetteer knows the name with it ("Thạch Kim 5 năm qua" stays "Thạch Kim")
    rf"|{_CAP_WORD}(?:(?:[ ]?-[ ]?|[ ]){_CAP_WORD}){{0,4}}(?:[ ]\d{{1,2}}{_NUMBER_END})?)"
)
_TERM = r"(?:[ ]*,?[ ]*\(?(?:khóa|khoá|Khóa|Khoá)[ ]+(?P<term>[IVXLC]+)\b\)?)?"
_NOW = r"(?:[ ]*\((?:nay là|nay|sau này là)[ ][^()\n]{1,60}\))?"  # "Bộ Nội vụ (nay là Bộ Công an)"


def _by_kind(kind: str) -> dict[str, dict[str, str]]:
    """Every spelling (case-folded) of the rows of one kind -> the row."""
    return {
        fold(spelling): row
        for row in _ROWS if row["kind"] == kind
        for spelling in row["prose"].split("|")
    }


_CENTRAL, _ORGANS, _COMMITTEES, _COUNCILS, _LEVEL_WORDS, _INSTITUTIONS = (
    _by_kind(k) for k in ("central", "organ", "committee", "council", "level", "institution")
)
_COMMUNE_LEVEL_WORDS = {k: row for k, row in _LEVEL_WORDS.items() if row["level"] == "commune"}
_NON_COMMUNE_LEVEL_WORDS = {k: row for k, row in _LEVEL_WORDS.items() if row["level"] != "commune"}
# level words ("tỉnh", "thành phố", "huyện" …, folded) -> province | city | district | commune
LEVEL_WORDS: dict[str, str] = {k: row["level"] for k, row in _LEVEL_WORDS.items()}
CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"  # the issuer of a plenum's resolutions


def _words(table: dict[str, dict[str, str]]) -> str:
    """The table's prose names as one alternation."""
    return phrase_pattern(_names(table))


def _any_case(table: dict[str, dict[str, str]]) -> str:
    """The table's prose names as one group matched without case, its trie holding each name once in lower case (two
    spellings, "Kiểm toán Nhà nước" beside "kiểm toán nhà nước", would be two branches, and the first to match,
    however short, would win over a longer name of the other spelling)."""
    return f"(?i:{phrase_pattern({n.lower() for n in _names(table)})})"


def _names(table: dict[str, dict[str, str]]) -> set[str]:
    return {p for row in table.values() for p in row["prose"].split("|")}


_END = r"(?:(?<=\.)|(?![^\W\d_]))"  # an abbreviation's dot ends it: "TP.Vinh"
# descriptor words are content words: never the function words that follow an issuer in a
# citation ("… của Ban Thường vụ Tỉnh ủy về thực hiện …")
_DESCRIPTOR_WORD = rf"(?!(?:về|của|và|thực|triển|ban|đã|vừa|tại|trong|theo|với|để|nhằm|các|những|lần)(?![^\W\d_])){_LOWER_WORD}"


# a steering committee's task before its level word is any content words, "về" and "và" too ("… liên ngành về an
# toàn thực phẩm huyện …"); the level word must end it, so a citation's "về thực hiện …" is never taken
# … the disease it fights named in capitals among them: "Ban Chỉ đạo phòng, chống dịch COVID-19 quận Ninh Kiều"
# a standing committee's remit that opens with "thực hiện", which _TASK_WORD refuses: "Ban Chỉ đạo thực hiện Quy chế
# dân chủ ở cơ sở tỉnh Bắc Kạn"
_REMITS = phrase_pattern(cues("committee_remit"))
# a steering committee's remit named by the document it carries out, with the document's number: "triển khai Đề án 06"
_REMIT_DOCUMENT = rf"(?:{phrase_pattern(cues('remit_document'))})[ ]+\d{{1,4}}(?![\d/-])"
_DOCUMENT_REMIT = rf"(?:triển[ ]khai|thực[ ]hiện)[ ]+{_REMIT_DOCUMENT}"
_TASK_WORD = (rf"(?!(?:của|ban|đã|vừa|tại|trong|theo|với|để|nhằm|các|những|lần|thực[ ]hiện|triển[ ]khai)(?![^\W\d_]))"
              rf"(?:{_LOWER_WORD}|(?:{phrase_pattern(cues('disease'), either_case=True)})(?![\w-]))")


def _with_descriptor(table: dict[str, dict[str, str]], descriptor: bool) -> dict[str, dict[str, str]]:
    return {k: row for k, row in table.items() if (row["descriptor"] == "yes") == descriptor}


_INSTITUTION_WORD = phrase_pattern(cues("institution_word"))
_ARMY = {k: row for k, row in _INSTITUTIONS.items() if not row["level"]}  # the army's institutions (issuer_prose.tsv)
# the institution a bare "Đảng ủy" is of, named by its kind alone ("Kế hoạch số 25-KH/ĐU của Đảng ủy Trường thực hiện …",
# "Ban Thường vụ Đảng ủy Bệnh viện"): part of the body's name, not a capitalised word after it
_INSTITUTION_KIND = re.compile(
    rf"[ ]+(?:{_words({k: row for k, row in _INSTITUTIONS.items() if row['level']})}){_END}(?![ ]+[{UPPER}\d])")
# such a committee's name, folded ("đảng uỷ trường"), for telling which committee named in full it is
SHORT_INSTITUTION_COMMITTEES = frozenset(
    fold(f"Đảng ủy {kind}") for row in _INSTITUTIONS.values() if row["level"] for kind in row["prose"].split("|"))
_NATIONAL_WORD = phrase_pattern(cues("national_word"))
# the lower-case syllable of a capitalised word in an institution's name ("Điện lực", "Dầu khí", "Sư
# phạm"), when the name goes on after it: a verb or a function word is never one ("Trường Đại học
# Vinh ký Quy chế", "Trường Đại học Vinh và Đảng ủy …")
_SECOND_SYLLABLE = (
    rf"(?:[ ](?!(?:{phrase_pattern(cues('not_in_name'))})(?![^\W\d_])){_LOWER_WORD}"
    rf"(?=(?:[ ]+(?:{_INSTITUTION_WORD}))*(?:[ ]?-[ ]?|[ ])[{UPPER}\d]|[ ]+(?:{_NATIONAL_WORD}){_END}))?"
)
# committees spelt as councils are read after the councils, when no level word follows (data/issuer_prose.tsv)
_BARE_COUNCILS = {k: row for k, row in _COMMITTEES.items()
                  if any(fold(p) in _COUNCILS for p in row["prose"].split("|"))}
_PLAIN_COMMITTEES = {k: row for k, row in _with_descriptor(_COMMITTEES, False).items() if k not in _BARE_COUNCILS}
# the central bodies a Party committee of their own leads ("Đảng ủy Bộ Y tế"): not the Party's own central organs
# (code TW), nor a row that already names a Party committee ("Đảng ủy Chính phủ")
_CENTRAL_STATE_BODIES = {k: row for k, row in _CENTRAL.items()
                         if row["code"] != "TW" and not row["name"].startswith(("Đảng ủy", "Đảng bộ"))}
_MEETING = rf"(?i:Hội nghị)(?:[ ]lần thứ[ ](?:{_LOWER_WORD}|\d+))?[ ]+"  # "Hội nghị lần thứ sáu"
# a central name with a level word after it is a local body's: "Hội Nông dân Việt Nam tỉnh Bắc Giang"
# … and so is one with a province's name after it: "KBNN Cao Bằng", "Kho bạc Nhà nước Bình Phước" (its branch there)
_PROVINCE_NAMES = phrase_pattern({unit.name for unit in gazetteer.provinces(include_former=True)})
# … also with the short name in brackets between: "Kho bạc Nhà nước (KBNN) Quảng Ngãi"
_ACRONYM = r"(?:[ ]+\([A-ZĐ][A-ZĐ&]{1,9}\))?"
_NOT_LOCAL = rf"(?!{_ACRONYM}[ ]+{_any_case(_LEVEL_WORDS)}{_END})(?!{_ACRONYM}[ ]+(?:{_PROVINCE_NAMES}){_END})"
# "TPHCM" written as one word, as the Saigon papers write it: the level word "TP" and the place "HCM"
_END_OR_HCM = rf"(?:{_END}|(?<=[Tt][Pp])(?=HCM{_END}))"
# a ministry by its name without "Bộ", as news names its minister ("Bộ trưởng Giáo dục và Đào tạo", "Bộ trưởng Y tế")
# (a ministry's code starts with B: not the Politburo's TW, nor the army's commands, "Bộ Tư lệnh …")
_MINISTRIES_UNNAMED = {fold(spelling[len("Bộ "):]): row for row in _CENTRAL.values()
                       if row["name"].startswith("Bộ ") and row["code"].startswith("B")
                       and not row["name"].startswith(("Bộ Tư lệnh", "Bộ Tổng", "Bộ Chỉ huy"))
                       for spelling in row["prose"].split("|") if spelling.startswith("Bộ ")}
_MINISTRY_NAMES = f"(?i:{phrase_pattern({spelling.lower() for spelling in _MINISTRIES_UNNAMED})})"
ISSUER_RE = re.compile(
    rf"(?:{_MEETING})?(?P<central>{_any_case(_CENTRAL)}){_END}{_NOT_LOCAL}"
    rf"|(?P<minister>{phrase_pattern(cues('minister'))})[ ]+(?P<ministry>{_MINISTRY_NAMES}){_END}"
    # an organ of a central body: "Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương"
    # (two offices of one person after a comma: "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc")
    rf"|(?P<corgans>(?:{_any_case(_ORGANS)}(?:,[ ]+(?={_any_case(_ORGANS)})|[ ]+)){{1,2}})(?P<ocentral>{_any_case(_CENTRAL)}){_END}{_NOT_LOCAL}"
    # the Party committee of a central state body, perhaps with its organ: "của Ban Thường vụ Đảng ủy Bộ Công
    # Thương", "Đảng ủy Bộ Y tế" (a ministry's committee, central as the ministry is)
    rf"|(?P<porgans>(?:{_any_case(_ORGANS)}[ ]+){{0,2}})(?P<pparty>{phrase_pattern(cues('party_of_body'))})[ ]+"
    rf"(?P<pcentral>{_any_case(_CENTRAL_STATE_BODIES)}){_END}{_NOT_LOCAL}"
    rf"|(?P<organs>(?:(?:{_MEETING})?"
    rf"{_any_case(_ORGANS)}[ ]+){{0,2}})"
    # the Party committee of an institution, with the institution's name: "Đảng ủy Trường Đại học Vinh"
    rf"(?:(?:(?P<iparty>Đảng ủy|Đảng bộ)[ ]+(?P<institution>{_words(_INSTITUTIONS)})"
    # … or of its command, the army's ("Bộ Tư lệnh Quân khu 4")
    rf"|(?P<ihead>{phrase_pattern(cues('army_head'))})[ ]+(?P<army>{_words(_ARMY)})){_END}"
    rf"(?P<iname>(?:(?:[ ]+(?:{_INSTITUTION_WORD}))*(?:[ ]?-[ ]?|[ ])"
    rf"(?:(?:{_NATIONAL_WORD}){_END}|{_CAP_WORD}{_SECOND_SYLLABLE}|\d{{1,3}}(?![\d/-]|[.,]\d))){{1,8}}"
    # a lower-case end that makes it a state group's: "Tổng công ty Truyền tải điện quốc gia"
    rf"(?:(?:[ ]+(?:{_INSTITUTION_WORD}))*[ ]+(?:{_NATIONAL_WORD}){_END})?)"
    # the army's command named with no number, the article's own ("Nghị quyết số 3-NQ/ĐU của Đảng ủy Quân khu",
    # "Chỉ thị 01 của Tư lệnh Quân khu"): of no one place, as when numbered
    rf"|(?P<rhead>Đảng ủy|Đảng bộ|{phrase_pattern(cues('army_head'))})[ ]+(?P<region>{phrase_pattern(cues('army_bare'))})"
    rf"{_END}(?![ ]+(?:\d|[{UPPER}]))"
    rf"|(?P<committee>{_any_case(_PLAIN_COMMITTEES)}){_END}"
    # "Sở Y tế tỉnh Bến Tre", "Thành ủy thành phố Hồ Chí Minh", "Quận ủy quận Gò Vấp", "Huyện ủy H.Củ Chi"
    rf"(?:[ ]+{_any_case(_NON_COMMUNE_LEVEL_WORDS)}{_END})?"
    # a council before "Đảng ủy" with a descriptor: "Đảng ủy Công an tỉnh" is the province's
    rf"|(?P<council>{_any_case(_with_descriptor(_COUNCILS, False))}){_END}"
    rf"{_ACRONYM}[ ]+(?P<level>{_any_case(_LEVEL_WORDS)}){_END_OR_HCM}"
    # a council's name with no level word after it: "Đảng ủy Khối Doanh nghiệp ban hành …"
    rf"|(?P<bare>{_any_case(_BARE_COUNCILS)}){_END}"
    rf"|(?P<dcommittee>{_any_case(_with_descriptor(_COMMITTEES, True))}){_END}"
    # … but not a commune's level word before a verb: "Đảng ủy xã giao UBND xã …" is "Đảng ủy xã"
    rf"(?P<desc>(?![ ]+{_any_case(_COMMUNE_LEVEL_WORDS)}{_END}[ ]+{_LOWER_WORD}{_END})"
    rf"(?:[ ]+{_DESCRIPTOR_WORD}){{1,4}}(?=[ ]+[{UPPER}])"
    rf"|[ ]+{_any_case(_COMMUNE_LEVEL_WORDS)}{_END})?"  # "Đảng ủy xã" with no name after it
    rf"|(?P<dcouncil>{_any_case(_with_descriptor(_COUNCILS, True))}){_END}"
    # "Ban Chỉ đạo 138 tỉnh", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Ban Chỉ đạo liên ngành về an
    # toàn thực phẩm huyện Văn Yên", "Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội huyện" ("xã hội" is no commune)
    # … or named by the document it carries out: "Ban Chỉ đạo triển khai Đề án 06 tỉnh"
    # … the document among its tasks, and "của" before its level word: "Ban Chỉ đạo về phát triển khoa học, công nghệ,
    # đổi mới sáng tạo, chuyển đổi số và Đề án 06 của Tỉnh ủy"
    rf"(?P<cdesc>(?:[ ]+(?P<remit>{_REMITS})|[ ]+{_DOCUMENT_REMIT})?(?:,?[ ]+(?:\d+|{_TASK_WORD}|{_REMIT_DOCUMENT})){{0,16}}?)"
    rf"(?:[ ]+của)?[ ]+(?P<dlevel>{_any_case(_LEVEL_WORDS)}){_END_OR_HCM}(?![ ]hội{_END})"
    # … of a Party committee: "Ban Chỉ đạo 35 Tỉnh ủy Đắk Lắk", "Ban Chỉ đạo 35 Huyện ủy" (not "Ban Chỉ đạo 35 Tỉnh")
    rf"(?P<dparty>(?:(?<=[Tt]ỉnh)|(?<=[Hh]uyện)|(?<=[Qq]uận))[ ](?:ủy|uỷ){_END})?)"
    rf"(?:{_ACRONYM}(?:[ ]+|(?<=\.)|(?=HCM))(?P<place>{_PLACE}))?"  # "UBND TP.Vinh" as "UBND TP. Vinh"; "UBND TPHCM"
)
# words that make an institution's name a state group's, led from the centre ("Tập đoàn Dầu khí Quốc gia Việt Nam")
_STATE_GROUP_HEADS = {fold(w) for w in cues("state_group_head")}
_NATIONAL = re.compile(rf"(?<![^\W\d_])(?:{_NATIONAL_WORD})(?![^\W\d_])")
# ", huyện Đồng Phú", ", tỉnh Bình Phước" after a commune's or a district's name: its higher unit
_COMMA_ASIDE = re.compile(
    rf",[ ]*(?P<name>{_any_case(_NON_COMMUNE_LEVEL_WORDS)}"
    rf"{_END}(?:[ ]+|(?<=\.)){_PLACE})"
)
_ERA = rf"(?:[ ]*\((?:{phrase_pattern(cues('era'))})\))?"  # "UBND tỉnh Vĩnh Phúc (cũ)"
# … and its term's years, after its number or alone: "Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020 - 2025",
# "Ban Chấp hành Đảng bộ Chính phủ nhiệm kỳ 2020 - 2025"
TERM_YEARS = r"(?:[ ]*,?[ ]*\(?nhiệm[ ]kỳ[ ]+\d{4}[ ]?[-–][ ]?\d{4}\)?)?"
_TAIL = re.compile(_ERA + _TERM + TERM_YEARS + _NOW)
_TAIL_OPENERS = "(kKn"  # what a tail can start with after spaces and a comma
# … with the province after a comma: "UBND xã Thạch Đài (huyện Thạch Hà, Hà Tĩnh)"
_PLACE_ASIDE = re.compile(r"[ ]*\((?P<name>[^()\n,;]{2,40})(?:,[ ]*(?P<higher>[^()\n,;]{2,40}))?\)")
_PLURAL = set(cues("plural"))


@dataclass(frozen=True)
class Issuer:
    """A body that issues documents, as the record stores it."""

    name: str  # "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Bộ Chính trị"
    level: str  # central | province | district | commune | unknown
    code: str | None = None  # the issuer code its documents carry: TW, TU, UBND …
    parent: str | None = None  # "Tỉnh ủy Hà Tĩnh" for an organ of it
    term: str | None = None  # "XI" from "(khóa XI)"
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    province_code: str | None = None
    district_code: str | None = None
    commune_code: str | None = None
    placeless: bool = False  # of no one place, though not central: the army's regions, corps, divisions

    @property
    def is_party(self) -> bool:
        return self.code in _PARTY_CODES

    @property
    def own_unit(self) -> str | None:
        """The name of the unit it serves at its own level (its commune's, district's or province's); None if central."""
        return {"commune": self.commune, "district": self.district, "province": self.province}.get(self.level)

    @property
    def own_unit_code(self) -> str | None:
        """The code of that unit."""
        return {"commune": self.commune_code, "district": self.district_code, "province": self.province_code}.get(
            self.level)


_PARTY_CODES = {"TW", "TU", "HU", "QU", "ĐU", "ĐUK", "VPTW", "BTCTW", "BTGTW", "BDVTW",
                "BTGDVTW", "BNCTW", "BKTTW", "UBKTTW", "QUTW", "BCSĐCP", "MTTW", "TWĐTN"}


class IssuerMatch(NamedTuple):
    start: int
    end: int
    issuer: Issuer


# a local Party committee named by its code in capitals, as small pages write it, alone or after its organ, the two
# perhaps glued: "… của TU Yên Bái", "Chương trình hành động của HU", "BTV HU Can Lộc", "Kế hoạch … của BTVTU"
# (vn-conventions §3.1). Matched with its case ("tu" is a word); read as the committee's name written out.
_COMMITTEE_NAMED_BY_CODE = {row["code"]: row["name"] for row in read_table("issuer_codes.tsv")
                      if row["system"] == "party" and row["level"] in ("province", "district") and len(row["code"]) == 2
                      and row["name"].endswith("ủy")}
_CODE_NAMED = re.compile(rf"(?:(?P<organ>{_any_case(_ORGANS)})[ ]?)?(?P<code>{'|'.join(_COMMITTEE_NAMED_BY_CODE)})(?![^\W\d_])")
_CODE_NAMED_STARTS = tuple({p[:1] for row in _ORGANS.values() for p in row["prose"].split("|")}
                           | {p[:1].lower() for row in _ORGANS.values() for p in row["prose"].split("|")}
                           | {code[:1] for code in _COMMITTEE_NAMED_BY_CODE})
_CODE_TAIL_CHARS = 80  # the place and term a committee's name may go on with


def _code_named(text: str, pos: int, coded: re.Match, article: Place | None) -> IssuerMatch | None:
    organ = coded.group("organ")
    prose = " ".join((*((_ORGANS[fold(organ)]["name"],) if organ else ()), _COMMITTEE_NAMED_BY_CODE[coded.group("code")]))
    found = issuer_at(prose + text[coded.end():coded.end() + _CODE_TAIL_CHARS], 0, clause_place(text, pos, article))
    if found is None or found.end < len(prose):
        return None
    return IssuerMatch(pos, coded.end() + found.end - len(prose), found.issuer)


def _institution_kind(text: str, m: re.Match) -> int | None:
    """The end of the institution's kind after a bare "Đảng ủy" ("… của Đảng ủy Trường thực hiện …"), if one follows."""
    if m.group("dcommittee") is None or m.group("desc") or fold(m.group("dcommittee")) != fold("Đảng ủy"):
        return None
    kind = _INSTITUTION_KIND.match(text, m.end("dcommittee"))
    return kind.end() if kind else None


def issuer_at(text: str, pos: int, article: Place | None = None) -> IssuerMatch | None:
    """The issuer named exactly at `pos` ("Ban Bí thư (khóa XI)", "UBND tỉnh Thanh Hóa")."""
    if text.startswith(_CODE_NAMED_STARTS, pos) and (coded := _CODE_NAMED.match(text, pos)) is not None:
        return _code_named(text, pos, coded, article)
    m = ISSUER_RE.match(text, pos)
    if m is None:
        if text.startswith(_BARE_KINDS, pos):
            return _bare_department(text, pos, article)
        return _organs_of_bare_department(text, pos, article)
    if m.group("central") or m.group("ocentral"):  # a central body is the same wherever the article is
        found = _resolve(m.group(), None)
    else:  # a local body is of the place its clause is about (looked back for only here: a quarter are central)
        article = clause_place(text, pos, article)
        if (kind := _institution_kind(text, m)) is not None:  # "Đảng ủy Trường": the bare committee, "Trường" in it
            found = _resolve(text[pos:m.end("dcommittee")], _place_key(article))
            if found is not None:  # the kind kept in the name, to tell which institution's committee it is
                short, bare = text[m.end("dcommittee"):kind], found[1]
                found = kind - pos, replace(bare, name=bare.name + short, parent=bare.parent and bare.parent + short)
        else:
            found = _resolve_aside(text, m)
            if found is not None and article is not None:
                found = found[0], _named_as_in(article, found[1])
            found = found or _resolve(m.group(), _place_key(article))
    if found is None:
        return None
    length, issuer = found
    end = pos + length
    ahead = text[end:end + 8].lstrip(" ,")
    if ahead and ahead[0] not in _TAIL_OPENERS:  # most issuers have no term or "(nay là …)"
        return IssuerMatch(pos, end, issuer)
    tail = _TAIL.match(text, end)
    if tail.group("term"):
        issuer = _with_term(issuer, tail.group("term"))
    return IssuerMatch(pos, tail.end(), issuer)


# bodies named alone that a reorganisation made central on a day (data/centralised_bodies.csv): "Cục Thuế" of 2024 is
# the article's province's tax department, "Cục Thuế" of July 2025 the Ministry of Finance's
_CENTRALISED_SINCE = {fold(row["name"]): row["since"] for row in read_csv("centralised_bodies.csv")}


# the city's full name the body named alone takes ("Cục Thuế Thành phố Hồ Chí Minh"); named with its place it is
# written "Cục Thuế thành phố Hồ Chí Minh", and stays the city's
_CITY_WORD_END = re.compile(r" Thành phố$")


_RAISED_TO_CITY = {(row["province"], row["district"]): row["since"] for row in read_csv("districts_raised_to_city.csv")}


def city_then(issuer: Issuer | None, day: str | None) -> Issuer | None:
    """A city's body placed in a district of a centrally-run city that was no city yet on `day` (ISO): the centrally-run
    city's ("HĐND thành phố" in a 2023 article about huyện Thủy Nguyên is Hải Phòng's;
    data/districts_raised_to_city.csv)."""
    if issuer is not None and day is not None and issuer.level == "district" and issuer.province and issuer.district \
            and day < _RAISED_TO_CITY.get((issuer.province, issuer.district), "") \
            and issuer.name.endswith(f" thành phố {issuer.district}"):
        return replace(issuer, name=issuer.name.removesuffix(issuer.district) + issuer.province, level="province",
                       parent=issuer.parent and issuer.parent.removesuffix(issuer.district) + issuer.province,
                       district=None, district_code=None)
    return issuer


def as_on(issuer: Issuer | None, day: str | None) -> Issuer | None:
    """`issuer` as it was on `day` (ISO): a body named alone, placed in the article's province, that was
    central by then is the central one; a city's body of a district of a centrally-run city that was no city yet is
    the centrally-run city's (data/districts_raised_to_city.csv)."""
    issuer = city_then(issuer, day)
    if issuer is None or day is None or issuer.level != "province":
        return issuer
    if issuer.province is None:  # in an article of no province ("Cục Thuế ban hành Công văn …" in a national paper)
        since = _CENTRALISED_SINCE.get(fold(issuer.name))
        return Issuer(issuer.name, "central") if since is not None and day >= since else issuer
    name = _CITY_WORD_END.sub("", issuer.name.removesuffix(" " + issuer.province))
    since = _CENTRALISED_SINCE.get(fold(name))
    return Issuer(name, "central") if since is not None and day >= since and name != issuer.name else issuer


# central documents cited by type and number alone (data/well_known_documents.csv): "Nghị quyết 68" in a
# province's news of 2025 is the Politburo's
# … and one number may name two in turn ("Nghị quyết 68" of 2021–2024 is the Government's support package): the
# latest issued by the article's day
_WELL_KNOWN: dict[tuple[str, str], list[dict[str, str]]] = {}
for _row in sorted(read_csv("well_known_documents.csv"), key=lambda row: row["since"], reverse=True):
    _WELL_KNOWN.setdefault((fold(_row["type"]), _row["number"].lstrip("0")), []).append(_row)


def well_known(type_name: str, number: str | None, day: str | None) -> Issuer | None:
    """The issuer of the central document of `type_name` and `number` that news of `day` (ISO) means when it
    names no issuer, if the table knows one issued by then."""
    rows = _WELL_KNOWN.get((fold(type_name), (number or "").lstrip("0")), []) if day else []
    row = next((row for row in rows if day >= row["since"]), None)
    return Issuer(row["issuer"], "central", row["code"]) if row else None


# a department named by its kind alone ("kế hoạch của Sở", "Kế hoạch của Cục cũng nhằm …"): not before a name
_BARE_CENTRAL_KINDS = tuple(cues("bare_central_department"))
_BARE_KINDS = tuple(cues("bare_department")) + _BARE_CENTRAL_KINDS
_BARE_KIND_RE = re.compile(rf"(?:{phrase_pattern(_BARE_KINDS)})(?![ ]*[{UPPER}\d&])(?![^\W\d_])")
_BARE_LOOKBACK = 3000  # characters: where the text named the department in full
# one department named with and without its province's level word ("Cục Hải quan Quảng Ninh" in the headline, "Cục
# Hải quan tỉnh Quảng Ninh" in the lead) is one
_PROVINCE_LEVEL_WORD = re.compile(
    rf" (?:{phrase_pattern({row['name'] for row in _LEVEL_WORDS.values() if row['level'] in ('province', 'city')})}) ")


def _bare_department(text: str, pos: int, article: Place | None) -> IssuerMatch | None:
    """A department named by its kind alone after the text named one department of that kind in full ("Sở Tư
    pháp tỉnh Bình Định ban hành Kế hoạch số 28/KH-STP … Phòng Tư pháp huyện … triển khai kế hoạch của Sở"): that
    one; none when it named several."""
    bare = _BARE_KIND_RE.match(text, pos)
    if bare is None:
        return None
    kind = bare.group()
    if kind in _BARE_CENTRAL_KINDS and text.startswith(" trưởng", bare.end()):  # "của Bộ trưởng": the head, not the body
        return None
    named: dict[str, Issuer] = {}
    at = text.rfind(kind, max(0, pos - _BARE_LOOKBACK), pos)
    while at != -1:
        m = ISSUER_RE.match(text, at)
        found = issuer_at(text, at, article) if m is not None else None
        if found is not None and found.issuer.name.startswith(kind + " ") \
                and (found.issuer.level != "central" if kind not in _BARE_CENTRAL_KINDS else not found.issuer.is_party) \
                and (found.issuer.name[len(kind) + 1:len(kind) + 2].isupper()
                     or found.issuer.name[len(kind) + 1:len(kind) + 2].isdigit()):  # "Ban Chỉ đạo 389 …"
            named.setdefault(fold(_PROVINCE_LEVEL_WORD.sub(" ", found.issuer.name)), found.issuer)  # the nearest
        at = text.rfind(kind, max(0, pos - _BARE_LOOKBACK), at)
    return IssuerMatch(pos, bare.end(), *named.values()) if len(named) == 1 else None


# the organs of a department named by its kind alone: "Quyết định số 276/QĐ-TTr … của Chánh Thanh tra Bộ" after "Thanh
# tra Bộ Tài nguyên và Môi trường", "Giám đốc Sở" after "Sở Y tế tỉnh Bình Dương"
_ORGANS_BEFORE_BARE = re.compile(
    rf"(?:{_any_case(_ORGANS)}[ ]+){{1,2}}(?=(?:{phrase_pattern(_BARE_KINDS)})(?![^\W\d_]))")


def _organs_of_bare_department(text: str, pos: int, article: Place | None) -> IssuerMatch | None:
    organs = _ORGANS_BEFORE_BARE.match(text, pos)
    department = organs and _bare_department(text, organs.end(), article)
    if not department:
        return None
    body = department.issuer
    return IssuerMatch(pos, department.end, replace(body, name=" ".join((*_organ_names(organs.group()), body.name)),
                                                    parent=body.name, code=None))


# a clause that opens with a province ("Tại Hà Tĩnh, Ban Thường vụ Tỉnh ủy …"; "…; ở tỉnh Quảng Trị, …")
_CLAUSE_PLACE_RE = re.compile(
    rf"(?:^|(?<=[.;!?\n])[ ]*|(?<=\n))(?i:(?:{phrase_pattern(cues('clause_place_lead'))}),?[ ]+)?"
    rf"(?i:{phrase_pattern(cues('clause_place'))})[ ]+"
    rf"(?:(?P<level>{_any_case(_NON_COMMUNE_LEVEL_WORDS)}){_END}[ ]*)?"
    rf"(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}|(?<=[ .])\d{{1,2}}),[ ]"  # "Tại Q.Gò Vấp, …", "Tại Quận 8, …"
)
# a brief's place label opening its line, after a bullet or a number if any ("• Hòa Vang: UBND huyện ban hành …", "3.
# Huyện Thọ Xuân: Ban Thường vụ Huyện ủy …"), or opening the headline line above it ("Quỳ Hợp: Kiểm tra …\nĐoàn …")
_BRIEF_LABEL_RE = re.compile(
    rf"[ ]*(?:[-+*•–][ ]*|\d{{1,2}}[.)][ ]*)?"
    rf"(?:(?P<level>{_any_case(_NON_COMMUNE_LEVEL_WORDS)}){_END}[ ]*)?"
    rf"(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}|(?<=[ .])\d{{1,2}})[ ]?:[ ]"
)
_HEADLINE_MAX_CHARS = 160  # a line above that is longer, or ends a sentence, is no brief's headline
# a place with its own document in a round-up of examples: "như Hà Nội với Kế hoạch số 61-KH/TU của Ban Thường vụ
# Thành ủy, Đà Nẵng với Chương trình hành động số 09-CTr/TU của Thành ủy"; the body named in that citation is the
# place's, not the article's
_EXAMPLE_PLACE_RE = re.compile(
    rf"(?:(?<![^\W\d_])(?:{phrase_pattern(cues('example_place_lead'))})|[,;])[ ]+"
    rf"(?:(?P<level>{_any_case(_NON_COMMUNE_LEVEL_WORDS)}){_END}[ ]*)?"
    rf"(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})[ ]+với[ ]+(?=[{UPPER}])"
)
_EXAMPLE_CHARS = 160  # the example's own citation up to its issuer: type, number, date, "của"
_CLAUSE_LOOKBACK = 400  # characters: a clause's place is looked for in its own sentence
_PARAGRAPH_LOOKBACK = 1500  # … else in the sentences of its paragraph before it


# a level word's abbreviation before a place ends no sentence: "Ngày 12/10, UBND TP. Cao Lãnh ban hành …"
# (single letters are left out: "ông Nguyễn Văn H. Ông …" may end one; but the letters of the units
# named by a number do not before a number: "Tại Q. 8, …", "UBND P. 12")
_ABBREVIATED_LEVELS = {word[:-1] for word in LEVEL_WORDS if word.endswith(".") and len(word) > 2}
_NUMBERED_UNIT_LETTERS = ("q", "p")
# … nor does one letter's right after a body's acronym, where no name may stand: "UBND H. Hòa Bình ban hành …"
_ONE_LETTER_LEVELS = {word[:-1] for word in LEVEL_WORDS if word.endswith(".") and len(word) == 2}
_ACRONYM_BEFORE = re.compile(r"(?<![^\W\d_])[A-ZĐ]{2,}[ ]+\Z")
# … nor one's that opens an aside or follows a comma, where no sentence ends: "(Q. Liên Chiểu)", "…, H. Hòa Vang"
_UNIT_ASIDE_OPENINGS = ("(", ", ")


def abbreviation_dot(text: str, dot: int) -> bool:
    """Whether the dot at `dot` (of ". ") ends a level word's abbreviation, not a sentence."""
    word = max(0, dot - 2)
    if text[word:dot].lower() in _ABBREVIATED_LEVELS and not text[max(0, word - 1):word].isalpha():
        return True
    if text[dot - 1:dot].isupper() and text[word:dot - 1] == " " and text[dot + 2:dot + 3].islower():
        return True  # a name's initial, the sentence going on in lower case: "… khiển trách đồng chí Nguyễn Văn T. bằng …"
    letter = text[dot - 1:dot].lower()
    if letter not in _ONE_LETTER_LEVELS or text[word:dot - 1].isalpha():
        return False
    return letter in _NUMBERED_UNIT_LETTERS and text[dot + 2:dot + 3].isdigit() \
        or _ACRONYM_BEFORE.search(text, max(0, dot - 12), dot - 1) is not None \
        or text.endswith(_UNIT_ASIDE_OPENINGS, max(0, dot - 3), dot - 1)  # "UBND P. Hòa Minh (Q. Liên Chiểu) …"


def clause_place(text: str, pos: int, article: Place | None) -> Place | None:
    """The province or district a clause is about when it, or the nearest sentence of its paragraph
    that does, opens with one ("Tại Hà Tĩnh, …", "Tại huyện Hương Sơn, …") and it is not the
    article's (a round-up of several provinces' or districts' programmes), else the article's place.
    A district is looked for in the article's province; a bare name is a province's first."""
    if (example := _example_place(text, pos, article)) is not None:
        return example
    start = max(0, pos - _CLAUSE_LOOKBACK)
    for mark in (". ", ".\n", "\n"):  # the sentence holding `pos`
        found = text.rfind(mark, start, pos)
        while found != -1 and mark == ". " and abbreviation_dot(text, found):
            found = text.rfind(mark, start, found)
        start = max(start, found + 1)
    found = None
    for found in _CLAUSE_PLACE_RE.finditer(text, start, pos):
        pass
    if found is None:  # a paragraph about one place goes on about it: "Tại Hà Nội, … . Cùng ngày, UBND thành phố …"
        for found in _CLAUSE_PLACE_RE.finditer(text, max(0, pos - _PARAGRAPH_LOOKBACK, text.rfind("\n", 0, start) + 1),
                                               start):
            pass
    if found is None:
        return _district_labelled(text, pos, article)
    unit = _unit_named(found.group("name"), LEVEL_WORDS.get(fold(found.group("level") or "")), article)
    if unit is None or article is not None and unit.code in (article.province_code, article.district_code):
        return article
    return unit_place(unit)


def _example_place(text: str, pos: int, article: Place | None) -> Place | None:
    """The place whose example the citation holding `pos` is ("…, Đà Nẵng với Chương trình … của Thành ủy"), if any."""
    start = max(0, pos - _EXAMPLE_CHARS)
    found = None
    for found in _EXAMPLE_PLACE_RE.finditer(text, start, pos):
        pass
    if found is None or any(mark in text[found.end():pos] for mark in (";", ". ", "\n")):
        return None
    unit = _unit_named(found.group("name"), LEVEL_WORDS.get(fold(found.group("level") or "")), article)
    if unit is None:
        return None
    if article is not None and unit.code in (article.province_code, article.district_code):
        return article
    return unit_place(unit)


def _district_labelled(text: str, pos: int, article: Place | None) -> Place | None:
    """The district of the article's province that the label of the brief `pos` is in names, else the article's place
    (a province's label is its item's: citations._placed_by_item_label, which the body's level word must fit)."""
    label = _brief_label(text, pos)
    if label is None:
        return article
    unit = _unit_named(label.group("name"), LEVEL_WORDS.get(fold(label.group("level") or "")), article)
    if unit is None or unit.level != "district" or article is not None and unit.code == article.district_code:
        return article
    return unit_place(unit)


def labelled_other_province(text: str, pos: int, article: Place | None) -> bool:
    """Is the brief `pos` is in labelled with a province other than the article's ("- Bình Thuận: UBND tỉnh ban hành
    …" in a Đắk Nông bulletin)?"""
    label = _brief_label(text, pos)
    if label is None or label.group("level"):
        return False
    unit = gazetteer.lookup(label.group("name"), level="province")
    return unit is not None and (article is None or unit.code != article.province_code)


def _brief_label(text: str, pos: int) -> re.Match[str] | None:
    """The place label of the brief `pos` is in: opening its line, else the headline line right above it (a bulletin's
    briefs each have their place: "• Hòa Vang: UBND huyện ban hành …")."""
    line = text.rfind("\n", 0, pos) + 1
    label = _BRIEF_LABEL_RE.match(text, line, pos)
    if label is None and line > 1 and text[line - 1] == "\n":
        above = text.rfind("\n", 0, line - 1) + 1
        headline = text[above:line - 1].rstrip()
        if headline and len(headline) <= _HEADLINE_MAX_CHARS and not headline.endswith((".", ":", ";")):
            label = _BRIEF_LABEL_RE.match(text, above, line - 1)
    return label


def _unit_named(name: str, level: str | None, article: Place | None) -> gazetteer.Unit | None:
    """The province, else the district of the article's province, that a place name with its level
    word, if any, names ("Hà Tĩnh", "huyện Can Lộc"); a numbered district needs its level word ("Quận 8")."""
    if name.isdigit():
        if level != "district":
            return None
        name = f"quận {name}"
    unit = gazetteer.lookup(name, level="province") if level in (None, "province", "city") else None
    if unit is None and level != "province" and article is not None and article.province_code:
        unit = gazetteer.lookup(name, level="district", within=article.province_code)
    return unit


# a place for subject: "Tỉnh Quảng Ninh cũng ban hành …", "Hà Nội ban hành …", "TP.HCM đã ban hành …"
_SUBJECT_PLACE_RE = re.compile(
    rf"(?:(?P<level>{_any_case(_NON_COMMUNE_LEVEL_WORDS)}){_END}[ ]*)?"
    rf"(?P<name>{_CAP_WORD}(?:(?:[ ]?-[ ]?|[ ]){_CAP_WORD}){{0,4}}|(?<=[ .])\d{{1,2}}(?!\d))"  # "Quận 8"
)

# … or a commune, with its level word: "Xã Ea Kênh đã ban hành …", "Năm 2023, phường Hải Châu ban hành …"
_COMMUNE_SUBJECT_RE = re.compile(
    rf"(?P<level>{_any_case({k: row for k, row in _LEVEL_WORDS.items() if row['level'] == 'commune'})}){_END}[ ]*"
    rf"(?P<name>{_CAP_WORD}(?:(?:[ ]?-[ ]?|[ ]){_CAP_WORD}){{0,4}}|\d{{1,2}}(?!\d))"
)


def place_subject(text: str, start: int, end: int, article: Place | None, code: str | None = None) -> Issuer | None:
    """The province or district a clause's subject names when the subject is a place and no
    body ("Tỉnh Quảng Ninh cũng ban hành Kế hoạch số 44/KH-UBND", "Hà Nội đã ban hành …"):
    an issuer of no name yet, of that unit's level and place (the document's code names the
    body). The subject runs from the clause's start, or from its last comma, up to the verb."""
    end = _before_aside(text, start, end)
    # the subject follows a comma, or a colon opening a list of clauses ("… bằng những văn bản riêng: Hương Khê có A1; …")
    comma = max(text.rfind(",", start, end), text.rfind(": ", start, end))
    for pos in dict.fromkeys((comma + 1 if comma != -1 else start, start)):
        pos = _ITEM_MARK.match(text, pos, end).end()  # an item of a bulletin's list: "- Huyện Đức Trọng ban hành …"
        # a level word alone: the unit of that level the article is about ("Chủ tịch UBND phường
        # Hoàng Văn Thụ cho biết, phường đã ban hành Kế hoạch số 35/KH-UBND …")
        bare = _BARE_LEVEL_RE.match(text, pos, end)
        if bare is not None and _UP_TO_VERB.fullmatch(text, bare.end(), end):
            found = authority_of_level(bare.group(), article)
            if found is not None and found.level == "commune" and code and (known := issuer_code(code)) \
                    and known.name and known.level in ("unknown", "commune"):
                # named here: the code alone would name the district's body ("UBND quận …")
                found = replace(found, name=f"{known.name} {_LEVEL_WORDS[fold(bare.group())]['name']}", code=known.code)
            return found
        commune = _COMMUNE_SUBJECT_RE.match(text, pos, end)
        if commune is not None and code and _UP_TO_VERB.fullmatch(text, commune.end(), end) \
                and (known := issuer_code(code)) and known.name and known.level in ("unknown", "commune"):
            # "Xã Ea Kênh đã ban hành Kế hoạch số 05/KH-UBND": the commune's body the code names, found as its prose
            # would be ("UBND xã Ea Kênh"); a commune's name needs its level word, and the code to name the body
            prose = f"{known.name} {commune.group('level').lower()} {commune.group('name')}"
            found = issuer_at(prose, 0, article)
            if found is not None and found.end == len(prose) and found.issuer.level == "commune":
                return found.issuer
        m = _SUBJECT_PLACE_RE.match(text, pos, end)
        if m is None or not _UP_TO_VERB.fullmatch(text, m.end(), end):
            continue
        unit = _unit_named(m.group("name"), LEVEL_WORDS.get(fold(m.group("level") or "")), article)
        if unit is not None:
            place = unit_place(unit)
            return Issuer("", unit.level, province=place.province, district=place.district,
                          province_code=place.province_code, district_code=place.district_code)
    return None


_ITEM_MARK = re.compile(r"\s*(?:[-+•*–][ ]*)?")
_BARE_LEVEL_RE = re.compile(rf"(?i:{phrase_pattern({row['name'] for row in _LEVEL_WORDS.values()})}){_END}")


def bodies_named(text: str, code: str, article: Place | None) -> list[Issuer]:
    """The local committees with this code that the text names with their place ("Huyện ủy
    Thạch Hà" for HU), in order."""
    pattern = _COMMITTEE_OF_CODE.get(code)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        found = issuer_at(text, m.start(), article)
        if found is not None and found.issuer.code == code and (found.issuer.district or found.issuer.commune):
            out.append(found.issuer)
    return out


_COMMITTEE_OF_CODE = {
    code: re.compile(rf"(?i:{phrase_pattern(p for row in _COMMITTEES.values() if row['code'] == code
                                            for p in row['prose'].split('|'))}){_END}")
    for code in {row["code"] for row in _COMMITTEES.values() if row["level"] == "district" and row["code"]}
}


@lru_cache(maxsize=4096)
def _with_term(issuer: Issuer, term: str) -> Issuer:
    """The issuer of "… (khóa XI)": the same body, with its term."""
    return replace(issuer, term=term)


def _place_key(article: Place | None) -> tuple[str | None, ...] | None:
    if article is None:
        return None
    return (article.province, article.district, article.province_code, article.district_code,
            article.commune, article.commune_code)


def _resolve_aside(text: str, m: re.Match[str]) -> tuple[int, Issuer] | None:
    """"UBND xã Đông Quang (Ba Vì)", "UBND huyện Đồng Phú, tỉnh Bình Phước": the aside says
    which Đông Quang, which Đồng Phú; the issuer then runs over the aside."""
    if not m.group("place"):
        return None
    ahead = text[m.end():m.end() + 3]
    if "(" in ahead:
        aside = _PLACE_ASIDE.match(text, m.end())
        issuer = _placed_by_aside(m.group(), aside.group("name")) if aside else None
        if issuer is not None and aside.group("higher") and not _in_province(issuer, aside.group("higher")):
            issuer = None  # "(huyện Thạch Hà, Hà Tĩnh)": the province must hold the district
    elif ahead.startswith(","):
        aside = _COMMA_ASIDE.match(text, m.end())
        issuer = _placed_by_aside(m.group(), aside.group("name")) if aside else None
        if issuer is not None and not _within(issuer, aside.group("name")):
            issuer = None  # "UBND huyện Thạch Hà, huyện Can Lộc": a list, not an aside
        elif issuer is not None and (higher := _higher_aside(text, aside.end())) \
                and _within(issuer, higher.group("name")):
            aside = higher  # "UBND xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước": the district's unit named too
    else:
        return None
    return (aside.end() - m.start(), issuer) if issuer else None  # the aside follows the place it qualifies


# a province named alone after a district's aside: "Đảng ủy phường Bến Nghé, Q.1, TPHCM"
_COMMA_PROVINCE = re.compile(rf",[ ]*(?P<name>(?:TP\.?[ ]?)?{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})")


def _higher_aside(text: str, pos: int) -> re.Match[str] | None:
    """The unit named after an aside: with its level word, or a province by its name alone."""
    higher = _COMMA_ASIDE.match(text, pos)
    if higher is None and (bare := _COMMA_PROVINCE.match(text, pos)) \
            and gazetteer.lookup(bare.group("name"), level="province") is not None:
        higher = bare
    return higher


def _named_as_in(article: Place, issuer: Issuer) -> Issuer:
    """An issuer an aside placed (out of any article) in the article's province, under the name
    the article gives that province: "UBND phường Thủy Bằng (Thuận Hóa)" in Thừa Thiên Huế of
    2019 is not in "Huế", the name it bears since 2025."""
    if issuer.province_code != article.province_code or issuer.province == article.province:
        return issuer
    province = gazetteer.get("legacy", "province", issuer.province_code)
    if province is None or _as_named_in(province, article).name != article.province:
        return issuer
    return replace(issuer, province=article.province)


def _former_district(district: gazetteer.Unit | None, article: Place | None) -> gazetteer.Unit | None:
    """The district the article (or an aside) places a commune in, when that district was merged
    away before the gazetteer's snapshot into the one that holds the commune there: xã Thạch Kim
    "(huyện Lộc Hà)" was Lộc Hà's until 2024, though the snapshot lists it under Thạch Hà."""
    if district is None or article is None or not article.district_code or article.district_code == district.code:
        return None
    former = gazetteer.get("legacy", "district", article.district_code)
    if former is None or former.valid_until == gazetteer.LEGACY_LAST_DAY:
        return None
    return former if district in gazetteer.successors(former) else None


def _as_named_in(province: gazetteer.Unit, article: Place | None) -> gazetteer.Unit:
    """The article's province under the name the article gives it ("Thừa Thiên Huế" before
    2025, not the list's "Huế"); a former name written out, or another province, stays."""
    if (article is None or province.level != "province" or province.code != article.province_code
            or province != gazetteer.as_listed(province)):
        return province
    return gazetteer.as_named(province, article.province)


def _within(issuer: Issuer, aside: str) -> bool:
    """Is the issuer's unit inside the higher unit the aside names ("xã Tân Lập" in "huyện Đồng Phú")?"""
    unit = gazetteer.lookup(aside, level="district") or gazetteer.lookup(aside)
    if unit is None:
        return False
    if unit.level == "district":
        return issuer.level == "commune" and issuer.district == unit.name
    if issuer.level not in ("district", "commune"):
        return False
    # a 2025 commune is placed by its former province ("phường Quy Nhơn Nam": Bình Định), and its
    # 2025 province is named as a post-reform article names it ("phường Quy Nhơn Nam, tỉnh Gia Lai")
    reformed = gazetteer.get("2025", "commune", issuer.commune_code) if issuer.commune_code else None
    return issuer.province == unit.name or (reformed is not None and reformed.name == issuer.commune
                                            and gazetteer.province_of(reformed).name == unit.name)


def _in_province(issuer: Issuer, name: str) -> bool:
    """Is the issuer in the province `name` names ("Hà Tĩnh" after "huyện Thạch Hà", not the city)?"""
    province = gazetteer.lookup(name, level="province")
    return province is not None and issuer.province == province.name


def unit_place(unit: gazetteer.Unit) -> Place:
    """The place a province or a district is (a district with its province)."""
    province = gazetteer.province_of(unit)
    district = unit if unit.level == "district" else None
    return Place(province.name, district.name if district else None, None, province.code,
                 district.code if district else None)


@lru_cache(maxsize=8192)
def _placed_by_aside(raw: str, aside: str) -> Issuer | None:
    """The issuer `raw` names when the aside after it names its district or province."""
    # the aside names the district ("Phường 1 (Trà Vinh)" is in the city, not just the province)
    for unit in dict.fromkeys((gazetteer.lookup(aside, level="district"), gazetteer.lookup(aside))):
        if unit is None or unit.level not in ("province", "district"):
            continue
        found = _resolve(raw, _place_key(unit_place(unit)))
        said = unit.level == "district" and _DISTRICT_SAID.match(aside) is not None  # "(huyện Cẩm Xuyên)", not "(Hà Tĩnh)"
        if found is not None and found[1].level == "commune" and said \
                and _NAME_RUNS_ON.fullmatch(raw, found[0]) and found[1].commune is None:
            # "Đảng ủy xã Thanh Lĩnh (huyện Thanh Chương)": a commune the list no longer has, merged away before its
            # snapshot, keeps the whole name the text gives it (not that of a namesake "xã Thanh" elsewhere)
            found = len(raw), replace(found[1], name=raw)
        if found is not None and found[0] == len(raw) and found[1].level != "central":
            if found[1].level == "commune" and said and found[1].district != unit.name:
                # … and a commune the list holds under another district, as it moved (xã Cẩm Bình, Cẩm Xuyên's until
                # 2024, later the city of Hà Tĩnh's) or only in 2025, is in the district the text says
                return replace(found[1], district=unit.name, district_code=unit.code)
            return found[1]
    return None


_DISTRICT_SAID = re.compile(r"(?:[Hh]uyện|[Qq]uận|[Tt]hị[ ]+xã)[ ]")  # an aside that names a district as one
_NAME_RUNS_ON = re.compile(rf"(?:[ ]+[{UPPER}][^\s,.;:()]*){{1,2}}")  # the name's last syllables, capitalised


# an aside about the subject set off by commas before its verb (data/cues.tsv appositive)
_APPOSITIVE = re.compile(rf",[ ]+(?:{phrase_pattern(cues('appositive'))})[ ](?:[^,.;:!?\n()]|(?<=\d)[.,](?=\d)){{1,150}}?,")


def _before_aside(text: str, start: int, end: int) -> int:
    """Where the subject ends when an aside about it stands between it and its verb ("Huyện Nhơn Trạch, địa phương có
    hơn 200.000 công nhân, | đã ban hành …": the aside's first comma); else `end`."""
    closing = text.rfind(",", start, end)
    if closing == -1 or not _UP_TO_VERB.fullmatch(text, closing + 1, end):
        return end
    opening = closing
    while (opening := text.rfind(",", start, opening)) != -1:
        if not (text[opening - 1:opening].isdigit() and text[opening + 1:opening + 2].isdigit()):  # "2,25 m"
            return opening if _APPOSITIVE.fullmatch(text, opening, closing + 1) else end
    return end


def carries_own_code(body_code: str | None, code: str) -> bool:
    """Is `code`, after a document's type, the code of the body whose own code is `body_code`: the same, or, for a
    mass organisation, one of the codes its documents carry (data/organisation_codes.tsv: "MT", "HNDT")?"""
    if not body_code:
        return False
    return fold(code) == fold(body_code) or fold(code) in _ORGANISATION_CODES.get(fold(body_code), ())


_ORGANISATION_CODES = {fold(row["code"]): frozenset(fold(c) for c in row["codes"].split("|"))
                       for row in read_table("organisation_codes.tsv")}


def issuer_before(text: str, start: int, end: int, article: Place | None = None,
                  code: str | None = None) -> IssuerMatch | None:
    """The longest issuer in text[start:end] that runs up to `end` (the subject before a verb:
    "Ngày 24/12/2021, Ban Thường vụ Thành ủy … | ban hành"). A subject of bodies joined by "và"
    issues a joint document: the body whose code is the symbol's first issuer (`code`), else the
    lead, the first named ("Công an tỉnh và Sở GD&ĐT ký Kế hoạch liên tịch …"; vn-conventions
    §1.1: a joint document takes the lead body's number). An officer's name after the office is
    passed over ("Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh | đã ký …")."""
    found = _issuer_before(text, start, end, article, code)
    if found is not None or (named := _HOLDER_NAME.search(text, max(start, end - _HOLDER_NAME_CHARS), end)) is None:
        return found
    name_start = named.start()
    for _ in range(_HOLDER_NAME_WORDS - 1):  # the shortest name first: "… tỉnh Quảng Ngãi | Đặng Văn Minh"
        name_start = text.find(" ", name_start + 1, end)
        if name_start == -1 or _HOLDER_NAME.fullmatch(text, name_start, end) is None:
            break
    while name_start != -1 and name_start >= named.start():
        office = _issuer_before(text, start, name_start, article, code)
        if office is not None and _OFFICER.search(text, office.start, office.end) is not None:
            return office
        name_start = text.rfind(" ", named.start(), name_start) if name_start > named.start() else -1
    return None


def holder_name_end(text: str, office: IssuerMatch) -> int:
    """Where the name of the office's holder after it ends ("Chủ tịch UBND tỉnh Quảng Ngãi | Đặng Văn Minh | đã ký"),
    or the office's end when none follows or the body is no office."""
    named = _HOLDER_NAME_AFTER.match(text, office.end)
    if named is None or _OFFICER.search(text, office.start, office.end) is None:
        return office.end
    return named.end()


# a person's name: two to four capitalised syllables, after the office or right before the verb (or its marker)
_HOLDER_NAME_WORDS = 4
_HOLDER_NAME_AFTER = re.compile(rf"(?:[ ]+[{UPPER}][^\W\d_]*){{2,{_HOLDER_NAME_WORDS}}}(?![^\W\d_])")
_HOLDER_NAME = re.compile(rf"(?<=[^\W\d_])(?:[ ]+[{UPPER}][^\W\d_]*){{2,{_HOLDER_NAME_WORDS}}}"
                          rf"(?:[ ]+(?:{phrase_pattern(cues('perfective'))}|{phrase_pattern(cues('subject_adverb'))}))*"
                          r"[ ]*\Z")
_HOLDER_NAME_CHARS = 40
_OFFICER = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('officer'))})[ ]")


def _issuer_before(text: str, start: int, end: int, article: Place | None, code: str | None) -> IssuerMatch | None:
    end = _before_aside(text, start, end)
    sentence, comma = start, text.rfind(",", start, end)  # the subject follows "Ngày 24/12/2021, "
    aside = _COMMA_ASIDE.match(text, comma) if comma != -1 else None
    if aside is not None and _UP_TO_VERB.fullmatch(text, aside.end(), end):  # "UBND huyện Đồng Phú, tỉnh Bình Phước"
        comma = text.rfind(",", start, comma)
    joints: dict[int, list[IssuerMatch]] = {}  # each word's bodies up to `end`: the wider starts try the same words again
    for _ in range(_NAME_COMMAS + 1):
        found = _subject(text, sentence, max(sentence, comma + 1), end, article, code, joints)
        if found is not None and comma != -1:  # the name may hold the comma: "Ban Chính sách, chiến lược Trung ương"
            wider = _subject(text, sentence, max(sentence, text.rfind(",", sentence, comma) + 1), end, article, code,
                             joints)
            return wider if wider is not None and wider.start < comma < wider.end else found
        if found is not None or comma == -1:
            return found
        # a name may hold a comma: "Ban Thường trực Ủy ban MTTQ tỉnh và Sở Văn hóa, Thể thao và Du lịch"
        comma = text.rfind(",", sentence, comma)
    return None


_NAME_COMMAS = 2  # "Bộ Văn hóa, Thể thao và Du lịch"; "Sở Văn hóa, Thể thao và Du lịch"


def _subject(text: str, sentence: int, start: int, end: int, article: Place | None,
             code: str | None, joints: dict[int, list[IssuerMatch]]) -> IssuerMatch | None:
    """The longest issuer from `start` on that runs up to `end`; `joints` keeps what each word
    gave, for the next call with the same `end`."""
    for word in _capitalised_words(text, start, end):  # the farthest first: the first that runs up to `end` is the longest
        joint = joints.get(word)
        if joint is None:
            found = issuer_at(text, word, article)
            joint = joints[word] = _joint_subject(text, found, end, article) if found is not None else []
        if joint:
            if len(joint) > 1:  # "Công an tỉnh, Sở GD&ĐT và Tỉnh đoàn ký …": the list began before the comma
                joint = _listed_before(text, sentence, joint[0].start, article) + joint
            return next((body for body in joint if code and carries_own_code(body.issuer.code, code)), joint[0])
    return None


def _listed_before(text: str, start: int, first: int, article: Place | None) -> list[IssuerMatch]:
    """The bodies listed before `first`, each the whole clause before a comma ("Công an tỉnh, |
    Sở GD&ĐT và …"; not "Thực hiện Chỉ thị của Tỉnh ủy, | …")."""
    listed: list[IssuerMatch] = []
    while text.startswith(", ", first - 2) and first - 2 > start:
        comma = first - 2
        clause = max(start, text.rfind(",", start, comma) + 1)
        clause += len(text[clause:comma]) - len(text[clause:comma].lstrip())
        body = issuer_at(text, clause, article)
        if body is None or body.end != comma:
            break
        listed.insert(0, body)
        first = body.start
    return listed


def subject_from(text: str, body: IssuerMatch, end: int, article: Place | None) -> list[IssuerMatch]:
    """The bodies of the subject that runs from `body` up to `end`: it alone, or it and the bodies joined to it by
    "và", "phối hợp với" ("Liên đoàn Lao động tỉnh | phối hợp với Bảo hiểm xã hội tỉnh | thực hiện …"); [] when the
    subject does not run to `end`. The last body must reach `end` itself: words between a lone body and the verb are
    a title it is named before ("… của Ban Bí thư (khóa XII) về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW"), not
    the rest of a subject."""
    if body.end == end:
        return [body]
    joint = _joint_subject(text, body, end, article)
    if len(joint) == 1:  # the lead named before plural partners ("Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội")
        return joint if _JOINED.match(text, body.end, end) else []
    return joint if joint and joint[-1].end == end else []


def _joint_subject(text: str, first: IssuerMatch, end: int, article: Place | None) -> list[IssuerMatch]:
    """The bodies from `first` on, joined by "và", when the last runs up to `end`; else []."""
    bodies = [first]
    while not _UP_TO_VERB.fullmatch(text, bodies[-1].end, end):
        joined = _JOINED.match(text, bodies[-1].end, end)
        following = issuer_at(text, joined.end(), article) if joined else None
        if following is None and joined is not None and _PLURAL_PARTNERS.fullmatch(text, joined.end(), end):
            return bodies  # "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội ký …": the first named lead
        if following is None or following.end > end:
            return []
        bodies.append(following)
    return bodies


_JOINED = re.compile(rf"[ ]*(?:,[ ]*)?(?:{phrase_pattern(cues('joint'))})[ ]+")
# partners of a joint subject named as a plural after the lead body, up to the verb
_PLURAL_PARTNERS = re.compile(rf"(?:{phrase_pattern(cues('plural_subject'))})[ ]+[^\W\d_][^.;:()\n]{{0,60}}")


def _capitalised_words(text: str, start: int, end: int) -> list[int]:
    """Where the capitalised words among the last few before `end` start, the farthest first: a
    body's name starts with one."""
    words = []
    pos = end
    for _ in range(_SUBJECT_MAX_WORDS):
        pos = text.rfind(" ", start, pos - 1)
        word = pos + 1 if pos != -1 else start
        if text[word:word + 1].isupper():
            words.append(word)
        if pos == -1:
            break
    return words[::-1]


_SUBJECT_MAX_WORDS = 20  # a subject may hold an aside in dashes before its verb
# what may stand between a subject and its verb: a term, "đã", "vừa", "kịp thời"
_UP_TO_VERB = re.compile(
    rf"[ ]*(?:,?[ ]*\(?(?:khóa|khoá)[ ]+[IVXLC]+\)?)?(?:[ ]*\([^()\n]{{1,40}}\))?"  # "(tỉnh Hà Tĩnh)"
    r"(?:[ ]+[-–][ ]+[^-–\n]{1,80}?[ ]+[-–])?"  # "Ban Tuyên giáo Tỉnh ủy - cơ quan thường trực Ban Chỉ đạo 35 - đã"
    # a committee's remit before its verb (the verb's "đã" may be where the subject must end): "Văn phòng Ban Chỉ
    # đạo quốc gia về phòng chống thiên tai đã có …"; its remit may name a document by its number: "Ban Chỉ đạo Trung ương
    # về tổng kết Nghị quyết 18 đã ban hành …", "Ban Chỉ đạo Trung ương thực hiện Nghị quyết Trung ương 4 khóa XI đã …"
    # (not over a comma that a level word made subject follows: "… của Tỉnh ủy về chuyển đổi số, huyện đã ban hành …")
    rf"(?:[ ]+(?:{phrase_pattern(cues('remit'))})(?:[ ]+(?:[^\W\d_]+|\d+)"
    rf"(?:,(?![ ]+(?:{phrase_pattern(cues('level_subject'))})(?![^\W\d_])))?){{1,8}}?"
    rf"(?=[ ]*$|[ ]+(?:{phrase_pattern(cues('perfective'))})[ ]))?"
    # a first predicate of the same subject, then a comma: "Ủy ban MTTQ xã đã nhanh chóng kiện toàn tổ chức, ban hành …"
    rf"(?:[ ]+(?:{phrase_pattern(cues('perfective'))})(?:[ ]+{_LOWER_WORD}){{1,8}}?,(?=[ ]*$))?"
    rf"(?:[ ]+(?:{phrase_pattern(cues('perfective') + cues('subject_adverb'))}))*"
    r"[ ]*(?:kịp thời|chính thức)?[ ]*"
    # the signing it holds: "Ủy ban MTTQ tỉnh và Hội Nông dân tỉnh tổ chức ký kết …"
    rf"(?:(?:{phrase_pattern(cues('signing_event'))})[ ]*)?"
    # "… là đơn vị đầu tiên [trong tỉnh] ban hành": what the subject is said to be
    rf"(?:là(?:[ ]+[^\W\d_]+){{1,6}}?[ ]+(?:{phrase_pattern(cues('first_to'))})(?:[ ]+(?:trong|của|ở)(?:[ ]+[^\W\d_]+){{1,3}}?)?[ ]*)?"
    # "… tổ chức hội nghị sơ kết và ban hành": a meeting, then the issuing, of one subject (its words: "tổ chức hội nghị
    # quán triệt cho cán bộ chủ chốt và ban hành")
    rf"(?:(?:{phrase_pattern(cues('meeting_before_issue'))})(?:[ ]+[^\W\d_]+){{0,10}}?[ ]+và"
    rf"(?:[ ]+(?:{phrase_pattern(cues('perfective') + cues('subject_adverb'))}))*[ ]*"
    # … or the meeting that itself passes it: "Ban Chấp hành Đảng bộ xã tổ chức hội nghị (lần thứ 5) thông qua …"
    rf"|(?:{phrase_pattern(cues('meeting_before_issue'))})[ ]+(?:{phrase_pattern(cues('meeting'))})"
    r"(?:[ ]+(?:lần[ ]+thứ[ ]+[^\W_]+|\([^()\n]{1,20}\)|[^\W\d_]+)){0,4}?[ ]*,?[ ]*)?"
)


@lru_cache(maxsize=8192)
def _resolve(raw: str, place: tuple[str | None, ...] | None) -> tuple[int, Issuer] | None:
    """(length, issuer) of the issuer phrase `raw` in an article placed at `place` (province,
    district, province_code, district_code, commune, commune_code). The same phrases recur ("của Ban Thường vụ Tỉnh
    ủy"), so each is resolved once per article place."""
    article = Place(place[0], place[1], place[4], place[2], place[3], place[5]) if place else None
    m = ISSUER_RE.match(raw)
    g = m.groupdict()
    if g["central"] or g["ocentral"]:
        row = _CENTRAL[fold(g["central"] or g["ocentral"])]
        organs = _organ_names(g["corgans"] or "")
        return m.end(), Issuer(" ".join((*organs, row["name"])), "central", row["code"] or None,
                               parent=row["name"] if organs else None)
    if g["ministry"]:
        row = _MINISTRIES_UNNAMED[fold(g["ministry"])]
        return m.end(), Issuer(f"{g['minister']} {row['name']}", "central", row["code"] or None, parent=row["name"])
    if g["pcentral"]:  # its committee, however written ("Đảng bộ Bộ Y tế" is led by "Đảng ủy Bộ Y tế")
        body = f"Đảng ủy {_CENTRAL[fold(g['pcentral'])]['name']}"
        organs = _organ_names(g["porgans"] or "")
        return m.end(), Issuer(" ".join((*organs, body)), "central", "ĐU", parent=body if organs else None)
    organs = _organ_names(g["organs"])
    if g["region"]:  # … named bare
        body = f"{g['rhead']} {g['region']}"
        return m.end(), Issuer(" ".join((*organs, body)), "unknown", parent=body if organs else None, placeless=True)
    if g["army"]:  # a command of the army's: of no one place, no Party committee
        body = f"{g['ihead']} {g['army']}{g['iname']}"
        return m.end(), Issuer(" ".join((*organs, body)), "unknown", parent=body if organs else None, placeless=True)
    if g["institution"]:  # its name is no place: the body is of the article's province
        body, province = f"{g['iparty']} {g['institution']}{g['iname']}", _unit(article, "province")
        if fold(g["institution"]) in _STATE_GROUP_HEADS and _NATIONAL.search(g["iname"]):
            # a state group's ("Đảng ủy Tập đoàn Điện lực Việt Nam", "… Tổng công ty Điện lực miền Bắc"): of no province
            return m.end(), Issuer(" ".join((*organs, body)), "central", "ĐU", parent=body if organs else None)
        row = _INSTITUTIONS[fold(g["institution"])]
        if not row["level"]:  # the army's (a military region, corps, division): of no one province, level unknown
            return m.end(), Issuer(" ".join((*organs, body)), "unknown", "ĐU", parent=body if organs else None,
                                   placeless=True)
        province = province or _province_ending(g["iname"])
        level = row["level"]
        return m.end(), Issuer(" ".join((*organs, body)), level, "ĐU", parent=body if organs else None,
                               province=province.name if province else None,
                               province_code=province.code if province else None)
    if g["committee"] or g["dcommittee"] or g["bare"]:
        row = _COMMITTEES[fold(g["committee"] or g["dcommittee"] or g["bare"])]
        descriptor, level_word = g["desc"], None
        if descriptor:  # "Đảng ủy xã Thạch Kim", "Đảng ủy đặc khu Vân Đồn" (a level word of two syllables)
            words = _as_prose(descriptor.strip()).split()
            for size in (2, 1):
                level_word = _LEVEL_WORDS.get(fold(" ".join(words[-size:])))
                if level_word:  # written out: "Đảng ủy P.Bến Nghé" is "Đảng ủy phường Bến Nghé"
                    words[-size:] = [level_word["name"]]
                    break
            descriptor = " ".join(words)
        level = level_word["level"] if level_word else row["level"]
        body = row["name"] + (f" {descriptor}" if descriptor else "")
    else:
        row = _COUNCILS[fold(g["council"] or g["dcouncil"])]
        descriptor = _as_prose((g["cdesc"] or "").strip())
        task = descriptor[len(_as_prose(g["remit"])) + 1:] if g["remit"] else descriptor
        if set(task.split()) & _PLURAL:  # "UBND các huyện" names no one body (a remit may: "các chương trình …")
            return None
        level_word = _LEVEL_WORDS[fold(g["level"] or g["dlevel"])]
        level = level_word["level"]
        body = " ".join(filter(None, (row["name"], descriptor,
                                      f"{level_word['name'].capitalize()} ủy" if g["dparty"] else level_word["name"])))
    code = row["code"] or None
    if code == "party":  # "Đảng bộ tỉnh" signs with its committee's code
        code = level_word["party_code"] or None if level_word else None
    end, unit = m.end(), None
    if g["place"]:
        unit, place_end = _place(raw, m.start("place"), g["place"], level, article,
                                 level_word["name"] if level_word else None)
        if unit is None and level_word is None and row["name"] in _COMMITTEE_UNIT_KINDS:
            # a name two districts share tells them apart by the committee's kind ("Thị ủy Kỳ
            # Anh" is the thị xã's, "Huyện ủy Kỳ Anh" the huyện's)
            unit, place_end = _place(raw, m.start("place"), g["place"], level, article,
                                     _COMMITTEE_UNIT_KINDS[row["name"]])
        if unit is None and place_end > m.start("place"):  # a commune merged away: its name kept
            written = raw[m.start("place"):place_end]
            if written.isdigit():  # "UBND Phường 9"
                head, kind_word = body.rsplit(" ", 1)
                body = f"{head} {kind_word.capitalize()}"
            body = f"{body} {written}"
        end = place_end if place_end > m.start("place") else m.start("place") - 1  # a capitalised word that is no place
    # "UBND Thành phố" in capitals is the centrally-run city's, in Hồ Chí Minh City's news of Thủ Đức too
    capital = not g["place"] and not g["committee"] and not g["dcommittee"] and not g["bare"] \
        and (g["level"] or g["dlevel"] or "").startswith("Thành phố")
    province, district, commune, level = _localise(unit, level, article, by_level_word=level_word is not None,
                                                   kind=level_word["name"] if level_word
                                                   else _COMMITTEE_KINDS.get(row["name"]), capital=capital)
    if unit is None and level_word is None and row["name"] == "Thị ủy" and (district is None or district.kind not in _TOWN_THEN):
        district = _only_district(province, "thị xã")  # "Ban Thường vụ Thị ủy" alone: the tỉnh's one thị xã
    name = _name(organs, body, level, province, district, commune, unit)
    parent = _name((), body, level, province, district, commune, unit) if organs else None
    issuer = Issuer(
        name=name, level=level, code=code, parent=parent,
        province=province.name if province else None,
        district=district.name if district else None,
        commune=commune.name if commune else None,
        province_code=province.code if province else None,
        district_code=district.code if district else None,
        commune_code=commune.code if commune else None,
    )
    return end, issuer


def _province_ending(name: str) -> gazetteer.Unit | None:
    """The province of the province or district that ends an institution's name, for an article that
    gives none ("Trường Đại học Sư phạm Hà Nội", "Trường Đại học Vinh")."""
    words = name.split()
    for size in (3, 2, 1):
        unit = gazetteer.lookup(" ".join(words[-size:])) if len(words) > size else None
        if unit is not None and unit.level in ("province", "district"):
            return gazetteer.province_of(unit)
    return None


# The kind of unit a committee named without a level word leads (only to tell apart units that
# share a name: a huyện named "Huyện ủy X" in an article older than its becoming a thị xã is still found)
_COMMITTEE_UNIT_KINDS = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã", "Thành ủy": "thành phố"}
_COMMITTEE_KINDS = {**_COMMITTEE_UNIT_KINDS, "Tỉnh ủy": "tỉnh"}  # the unit each committee's name says it is of


def _as_prose(descriptor: str) -> str:
    """A descriptor's lower-case words as prose writes them, also from a header in capitals
    ("ĐẢNG ỦY XÃ THẠCH KHÊ" is "Đảng ủy xã Thạch Khê")."""
    return descriptor.lower() if descriptor.isupper() else descriptor


_ORGAN_RE = re.compile(
    rf"(?P<meeting>(?i:Hội nghị)(?:[ ]lần thứ[ ](?:{_LOWER_WORD}|\d+))?[ ]+)?(?P<organ>{_any_case(_ORGANS)})"
)


# "của" and the organs of a body named after it: the body is named as a cited document's author ("… Hướng dẫn số
# 25-HD/ĐUK của Ban Tuyên giáo Đảng ủy Khối Doanh nghiệp Trung ương"), not as an actor of the article
_AUTHOR_BEFORE = re.compile(rf"(?<![^\W\d_])của[ ]+(?:{_any_case(_ORGANS)}[ ]+){{0,2}}$")


def named_as_author(text: str, pos: int) -> bool:
    """Whether the body named at `pos` follows "của" (and its organs): the author of a document cited."""
    return _AUTHOR_BEFORE.search(text, max(0, pos - 60), pos) is not None


def _organ_names(raw: str) -> tuple[str, ...]:
    """("Hội nghị lần thứ tám", "Ban Chấp hành") from the organs written before a body."""
    out: list[str] = []
    for m in _ORGAN_RE.finditer(raw):
        if m.group("meeting"):
            out.append(m.group("meeting").strip())
        out.append(_ORGANS[fold(m.group("organ"))]["name"])
    return tuple(out)


_NON_SPACE = re.compile(r"\S+")


# the kinds a commune had before it became a phường, as a town or a city grew (xã Thạch Hạ of the city of Hà Tĩnh, xã
# Hải Thanh of thị xã Nghi Sơn)
_RAISED_COMMUNE_KINDS = ("xã", "thị trấn")


def _raised_commune(name: str, kind: str, district: str) -> gazetteer.Unit | None:
    """The phường of the district the article or an aside names, called `name` without its kind: the xã or thị trấn
    raised to it since ("Đảng ủy xã Thạch Hạ (TP Hà Tĩnh)" in 2021, a phường in the snapshot). Only in that
    district: elsewhere a xã's name gone since is often another unit's."""
    bare = name[len(kind) + 1:] if fold(name).startswith(f"{kind} ") else name
    unit = gazetteer.lookup(bare, level="commune", within=district)
    return unit if unit is not None and unit.kind == "phường" else None


def _place(text: str, start: int, raw: str, level: str, article: Place | None,
           kind: str | None = None) -> tuple[gazetteer.Unit | None, int]:
    """The unit the longest known prefix of `raw` names, and where that prefix ends. `kind`,
    the level word before it ("phường"), tells units of one name apart."""
    words = list(_NON_SPACE.finditer(raw))
    wanted = {"province": ("province",), "city": ("province", "district"),
              "district": ("district",), "commune": ("commune", "district")}[level]
    within = article.province_code if article else None
    district = article.district_code if article else None
    # a commune of a kind the article's district has ("phường" in a quận) is sought in that
    # district's province only (below)
    local = bool(kind and district and "commune" in wanted and any(c.kind == kind for c in gazetteer.communes(district)))
    # the narrowest place first, the whole country last (an article without a district: the
    # province before the country)
    # a unit of a province merged with the article's in 2025 before the country: "Đảng ủy phường 7" in a Đắk Lắk
    # article of 2025 is Tuy Hòa's (Phú Yên), where many provinces have a Phường 7 (a commune: after any 2025
    # commune of the name, below)
    merged = gazetteer.merged_with(within) if within else ()
    scopes = {"province": (None,), "district": (*filter(None, (within,)), *merged, None),
              "commune": (*filter(None, (district, within)), *(() if local else (None,)))}
    for j in range(len(words), 0, -1):
        name = raw[: words[j - 1].end()]
        if kind and not name.lower().startswith(kind):
            name = f"{kind} {name}"
        for lvl in wanted:
            for scope in scopes[lvl]:
                unit = gazetteer.lookup(name, level=lvl, within=scope)
                if unit is None and lvl == "commune" and scope is not None:
                    # a 2025 commune of the article's place ("Đảng ủy xã Đồng Lộc" in Hà Tĩnh,
                    # where Đồng Lộc was a thị trấn) before any older commune of that name elsewhere
                    unit = gazetteer.new_commune_in(name, scope)
                if unit is None and lvl == "commune" and scope is not None and scope == district \
                        and kind in _RAISED_COMMUNE_KINDS:
                    unit = _raised_commune(name, kind, scope)
                if unit is not None:
                    return unit, start + words[j - 1].end()
        if "commune" in wanted and not local:  # a ward or commune created in 2025 has no older name
            unit = gazetteer.lookup(name, level="commune", era="2025")
            for scope in merged if unit is None else ():
                unit = gazetteer.lookup(name, level="commune", within=scope)
                if unit is not None:
                    break
            if unit is not None:
                return unit, start + words[j - 1].end()
        if "commune" in wanted and gazetteer.is_commune_name(name):
            # a commune's name that several places share and the text does not tell apart ("Đảng ủy xã Đông
            # Thành" with no district): the name is kept, not a shorter one of another place ("xã Đông" of KBang)
            return None, start + words[j - 1].end()
    if local:
        # a commune's name not in the article's district nor its province: one merged away before
        # the gazetteer's snapshot ("Đảng ủy phường Quang Trung" in a 2021 article about Sơn Tây,
        # Quang Trung ward merged in 2025), not its namesake in another province; the name is
        # kept, the place is the article's
        for j in range(len(words), 0, -1):
            if gazetteer.is_commune_name(f"{kind} {raw[: words[j - 1].end()]}"):
                return None, start + words[j - 1].end()
    return None, start


def authority_of_level(word: str, article: Place | None) -> Issuer | None:
    """The local authority a bare level word names ("một kế hoạch được quận thiết kế": the
    district's): unnamed, with its level, at the article's place."""
    level = LEVEL_WORDS.get(fold(word))
    if level is None or article is None or not article.province_code:
        return None
    province, district, commune, level = _localise(None, level, article, by_level_word=True)
    if level in ("district", "commune") and district is None:
        return None  # the article names no district: which one is unknown
    return Issuer("", level, province=province.name if province else None,
                  district=district.name if district else None,
                  province_code=province.code if province else None,
                  district_code=district.code if district else None)


# the kinds of an article's district whose bare "Thị ủy" is its own: a thị xã, or a city most of which were thị xã
# before they were raised ("Ban Thường vụ Thị ủy" in a 2015 article about Ngã Bảy, a city since 2020, is Ngã Bảy's,
# not the tỉnh's one thị xã of today, Long Mỹ)
_TOWN_THEN = ("thị xã", "thành phố")


@lru_cache(maxsize=256)
def _only_district(province: gazetteer.Unit | None, kind: str) -> gazetteer.Unit | None:
    """The district of that kind of a tỉnh that has one: "Ban Thường vụ Thành ủy" or "UBND thành phố" alone in
    an article from Sóc Trăng is the city of Sóc Trăng's, "Thị ủy" alone in one from Đắk Lắk Buôn Hồ's; else None."""
    if province is None or province.kind == gazetteer.CENTRAL_CITY:
        return None
    units = [d for d in gazetteer.districts(province.code) if d.kind == kind]
    return units[0] if len(units) == 1 else None


def _localise(unit: gazetteer.Unit | None, level: str, article: Place | None, by_level_word: bool = False,
              kind: str | None = None, capital: bool = False
              ) -> tuple[gazetteer.Unit | None, gazetteer.Unit | None, gazetteer.Unit | None, str]:
    """(province, district, commune, level) of a body from its explicit place or, failing
    that, the article's place. A body of "thành phố" named without its place ("UBND thành
    phố") is the city the article is about: a city inside a centrally-run one (Thủ Đức in Hồ
    Chí Minh) when the article is about that city; "Thành ủy" alone stays the centrally-run
    city's committee, whose code (TU) is provincial."""
    if unit is not None:
        unit = _as_named_in(unit, article)  # "Thành ủy Huế" in 2011: the tỉnh's city
        chain = [unit]
        while (up := gazetteer.parent(chain[-1])) is not None:
            chain.append(up)
        by_level = {u.level: u for u in chain}
        if unit.level == "commune" and (former := _former_district(by_level.get("district"), article)):
            by_level["district"] = former
        if unit.era == "2025":  # places are named as before the reform (a merged province's old name)
            by_level["province"] = gazetteer.legacy_province_of(unit) or by_level.get("province")
        if "province" in by_level:  # a district of Thừa Thiên Huế
            by_level["province"] = _as_named_in(by_level["province"], article)
        if level == "city":
            level = "province" if unit.kind == gazetteer.CENTRAL_CITY else "district"
            if unit.level == "province" and level == "district":  # "Thành ủy Hà Tĩnh": the tỉnh's city
                city = gazetteer.lookup(gazetteer.as_listed(unit).name, level="district", within=unit.code)
                if city is not None and city.kind == "thành phố":
                    by_level["district"] = city
        if level == "commune" and unit.level == "district":
            level = "commune"
        return by_level.get("province"), by_level.get("district"), by_level.get("commune"), level
    province = _unit(article, "province")
    district = _unit(article, "district")
    if level == "province" and kind == "tỉnh" and province is not None and province.kind == gazetteer.CENTRAL_CITY:
        # "UBND tỉnh", "Tỉnh ủy" in an article of Hồ Chí Minh City: another province's, the one named before it
        # (citations places it), not the city's
        return None, None, None, level
    if level == "city":
        inner_city = by_level_word and district is not None and district.kind == "thành phố" and not capital
        if province is not None and province.kind == gazetteer.CENTRAL_CITY and not inner_city:
            level = "province"
        else:
            level = "district"
            if district is None or district.kind != "thành phố":
                district = _only_district(province, "thành phố")
    if level == "province":
        return province, None, None, level
    commune = _unit(article, "commune") if level == "commune" else None
    if commune is not None and commune.kind == kind:  # "Đảng ủy xã" in an article about xã Thạch Kim
        return province, gazetteer.parent(commune), commune, level
    if level == "district" and kind == "huyện" and district is not None and district == _only_district(province, "thành phố"):
        # "Huyện ủy" in an article about a tỉnh's one city (its capital, a city long since): a huyện's, which the text
        # may place (not so for a city raised from a huyện of late, as Phú Quốc, whose Huyện ủy it was)
        district = None
    return province, district, None, level


def _unit(article: Place | None, level: str) -> gazetteer.Unit | None:
    if article is None:
        return None
    code = getattr(article, f"{level}_code")
    if code:  # under the name the article's place gives it ("Thừa Thiên Huế" before 2025)
        return gazetteer.as_named(gazetteer.get("legacy", level, code), getattr(article, level))
    name = getattr(article, level)
    if not name:
        return None
    within = article.province_code if level != "province" else None
    return gazetteer.lookup(name, level=level, within=within)


def _name(organs: tuple[str, ...], body: str, level: str, province: gazetteer.Unit | None,
          district: gazetteer.Unit | None, commune: gazetteer.Unit | None,
          explicit: gazetteer.Unit | None) -> str:
    """"Ban Thường vụ Tỉnh ủy Hà Tĩnh", "UBND huyện Can Lộc", "Thành ủy Thành phố Hồ Chí Minh"."""
    place = explicit or {"province": province, "district": district, "commune": commune}.get(level)
    shown = ""
    if place is not None:
        shown = place.name
        if place.name == "Hồ Chí Minh" and not body.endswith("thành phố"):
            shown = place.full_name  # the city is "Thành phố Hồ Chí Minh"; "Hồ Chí Minh" alone is the man
        if body.split()[-1].lower() == shown.split()[0].lower():
            body = body.rsplit(" ", 1)[0]  # "UBND phường" + "Phường 1" is "UBND Phường 1"
    return " ".join(filter(None, (*organs, body, shown)))
