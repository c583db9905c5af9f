"""Citations in text: every place a document is named, with what that place says about it.

A citation opens with a document noun ("Chỉ thị", "kế hoạch", "KH" before a number) or, more
rarely, with a bare symbol. What follows decides its form:

- numbered: a symbol or a number ("Chỉ thị số 09-CT/TW", "Kết luận số 44", "Kế hoạch 248"),
  then any of a date, "của" + issuer and a term, in any order, then a title after "về" or in
  quotes. The mention runs from the noun to the issuer/term, without the title.
- named: a resolution named by its congress or plenum ("Nghị quyết Đại hội Đảng bộ tỉnh lần
  thứ XVII", "Nghị quyết Trung ương 4 khóa XII").
- new: an unnumbered document the text brings into being or describes as existing: the object
  of an issuing verb ("Tỉnh ủy vừa ban hành Kế hoạch tổng kết …"), or "một kế hoạch được …".
  Its mention takes in its description and title.
- ref: a reference that references.py resolves: "Chỉ thị này", "chỉ thị trên" (this), a bare
  capitalised noun used as a name ("Theo Công văn, …"; bare), "kế hoạch của UBND tỉnh" (issuer:
  the earlier plan of that body, or a new document), "văn bản … (Công văn số …)" (cataphor).

Look-alikes are rejected here: a noun with a plural determiner or in a bare list ("các nghị
quyết, chỉ thị", "chương trình, kế hoạch"), a document still to be written ("tham mưu xây
dựng kế hoạch"), a quantity ("Kế hoạch 5 năm"), a policy object ("Chương trình mục tiêu quốc
gia"), a committee name ("BCĐ 389"), and every non-symbol that loaders.symbols rejects.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from loaders import gazetteer
from loaders.dates import DateMatch, date_at, find_dates
from loaders.issuers import (CENTRAL_COMMITTEE, LEVEL_WORDS, Issuer, IssuerMatch, abbreviation_dot, authority_of_level,
                             carries_own_code, clause_place, holder_name_end, issuer_at, issuer_before, place_subject,
                             subject_from, unit_place)
from loaders.readers import DOCUMENT_MOTTOS
from loaders.record import Place
from loaders.symbols import (Symbol, find_symbols, is_central, issuer_code, letter_symbol_at, number_key,
                             old_government_symbol_at, symbol_at, type_name)
from loaders.tables import (NUMBER_WORD, UPPER, alternation, cues, fold, phrase_pattern, read_csv, read_table, spellings,
                            star_phrase_pattern)

_TYPE_ROWS = read_table("document_types.tsv")
_PROSE_TYPES = {fold(r["word"]): r for r in _TYPE_ROWS if r["unnumbered"] != "abbr"}
_ABBREVIATIONS = {r["word"]: r for r in _TYPE_ROWS if r["unnumbered"] == "abbr"}
_GENERIC_DOC = {fold(w) for w in cues("generic_doc")}
_LETTER_NOUNS = {fold(r["word"]) for r in _TYPE_ROWS if r["code"] == "CV"} | _GENERIC_DOC  # "Văn bản số 456/SNV-TCBC"
_LETTER_ROW = next(r for r in _TYPE_ROWS if r["code"] == "CV")
_GENERIC_OF = {fold(w) for w in cues("generic_of")}
_ACCORDING = {fold(w) for w in cues("according")}

_LETTERS_AT = re.compile(r"[^\W\d_]+")


def abbreviated(c: Citation, text: str) -> bool:
    """Does the citation name its type by an abbreviation ("QĐ số 115-QĐ/TW"), which may stand for more than one
    type (QĐ: Quyết định, or the Party's Quy định)?"""
    word = _LETTERS_AT.match(text, c.start, c.head_end)
    return word is not None and word.group() in _ABBREVIATIONS


def _cue_pattern(kind: str, either_case: bool = False) -> str:
    return phrase_pattern(cues(kind), either_case=either_case)


_WORD_END = r"(?![^\W\d_])"
# as written in running text, and with every word capitalised ("Nghị Quyết số 72-NQ-TW", "Kế
# Hoạch"), as some pages write document types
_NOUN_SPELLINGS = {
    variant for word in [r["word"] for r in _PROSE_TYPES.values()] + cues("generic_doc")
    for spelling in spellings(word, either_case=True) for variant in (spelling, spelling.title())
}
# … and a compound whose second part is a type of its own, that part capitalised ("Thông báo Kết luận số 74-TB/TW"),
# its first part capitalised too: "bộ Luật" in lower case is the end of another word before a law ("triển khai đồng bộ
# Luật Bảo vệ môi trường năm 2020", "toàn bộ Luật Đất đai"), no "Bộ luật"
_NOUN_SPELLINGS |= {
    spelling for word in [r["word"] for r in _PROSE_TYPES.values()] for parts in [word.split()]
    for i in range(1, len(parts)) if fold(" ".join(parts[i:])) in _PROSE_TYPES
    for spelling in spellings(" ".join([parts[0][0].upper() + parts[0][1:]] + parts[1:i]
                                       + [parts[i][0].upper() + parts[i][1:]] + parts[i + 1:]))
}
_NOUNS = alternation(_NOUN_SPELLINGS)
# a document noun; an abbreviation only before its number ("KH 344", "NQ số 18"), a plenum's ("NQ TW 4", glued:
# "NQTW4", "NQ TƯ 4") or a congress's ("NQ Đại hội XIII của Đảng")
TYPE_WORD_RE = re.compile(
    rf"(?:{_NOUNS}){_WORD_END}|(?:{alternation(_ABBREVIATIONS)})(?=[ ]?(?:[Ss]ố[ ]?:?[ ]?)?\d|[ ]*(?:TW|TƯ|Trung ương)[ ]?\d"
    # … or alone before a stop, as what is taken up ("UBND tỉnh ban hành Kế hoạch số 148/KH-UBND thực hiện NQ.")
    rf"|[ ]+Đại hội[ ]|[.,;](?=[ \n]|$))"
)
# The scan looks for the character before a noun (a space, a line break, an opening bracket
# or quote, a list's bullet: "-Quy định số 144-QĐ/TW"): a pattern that starts with a small set
# of characters lets the regex engine skip through the text in C, several times faster than
# trying the nouns at every letter; the sets of the nouns' first and second letters then pass
# over most words before the nouns are tried.
_NOUN_FIRST_LETTERS = "".join(sorted({w[0] for w in _NOUN_SPELLINGS | set(_ABBREVIATIONS)}))
_NOUN_SECOND_LETTERS = "".join(sorted({w[1] for w in _NOUN_SPELLINGS | set(_ABBREVIATIONS)}))
_NOUN_AFTER_MARK = re.compile(
    rf"[ \n(“\"‘'+•*-](?=[{_NOUN_FIRST_LETTERS}][{_NOUN_SECOND_LETTERS}])(?P<word>{TYPE_WORD_RE.pattern})"
)
# "số" typed twice, as a hurried page does, is one: "Chỉ thị số số 05-CT/TW"
_NUMBER_INTRO = re.compile(rf"[ ]*(?:{NUMBER_WORD}[ ]*:?[ ]*){{0,2}}")
# a word between a document noun and its number that leaves the type as it is
_MODIFIER = re.compile(rf"[ ]+(?:{_cue_pattern('type_modifier')})(?=[ ]+{NUMBER_WORD}[ ]*:?[ ]*\d)")
# … and with no "số", as a short reference writes it ("Kết luận thanh tra 868" after "Kết luận thanh tra số
# 868/KL-TTCP"): only a number cited before with that type, the modifier may also count ("kết luận kiểm tra 12 tổ chức")
_MODIFIER_BARE = re.compile(rf"[ ]+(?:{_cue_pattern('type_modifier')})(?=[ ]+\d)")
_MODIFIER_FIRST_LETTERS = {w[0] for w in cues("type_modifier")}
# the type's own code in brackets between the noun and its number: "Chương trình hành động (CTr) số 17-CTr/TU"
_CODE_ASIDE = re.compile(rf"[ ]*\([ ]*(?P<code>[^\W\d_]{{1,6}})[ ]*\)(?=[ ]+{NUMBER_WORD}[ ]*:?[ ]*\d)")
# … or the number itself in brackets, the noun's description or body after it: "Chương trình hành động (số 26-CTr/TU,
# ngày 10/2/2012) của Thành ủy"
_NUMBER_ASIDE = re.compile(rf"[ ]*\([ ]*(?={NUMBER_WORD}[ ]*:?[ ]*\d)")
_NUMBER_ASIDE_AFTER = re.compile(rf"[ ]*\([ ]*{NUMBER_WORD}[ ]*:?[ ]*")  # … after its body: "… của Tỉnh ủy (Số: 187-KH/TU)"
_BARE_NUMBER = re.compile(r"(?P<num>\d{1,5}[a-e]?)(?![\d/.,-]?\d|[^\W\d_]|/|-[^\W\d_])")  # "Nghị quyết 9c" (9c/NQ-BCH)
# a number with its year and no code, as national papers shorten a decree's or circular's symbol ("theo Nghị định
# 100/2019", "Thông tư 38/2024 của Bộ GTVT"): the number is the document's, the year part of the mention
_NUMBER_OF_YEAR = re.compile(r"(?P<num>\d{1,5})[ ]?/[ ]?(?:19|20)\d\d(?![\d/]|[ ]?-[ ]?[^\W\d_]|[^\W\d_])")
_UNIT_AFTER = re.compile(rf"[ ]*(?:(?:{_cue_pattern('unit')}){_WORD_END}"
                         rf"|(?:{_cue_pattern('place_unit')}){_WORD_END}(?![ ]+[{UPPER}]))")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_OF = re.compile(rf"[ ]*,?[ ]*của[ ]+(?:(?:{_cue_pattern('honorific')})[ ]+)?")  # "… của đồng chí Chủ tịch UBND tỉnh"
# "Chương trình phối hợp giữa Ủy ban MTTQ huyện và Công an huyện": a joint document's bodies after "giữa"
_BETWEEN = re.compile(r"[ ]*giữa[ ]+")
# "… ngày 5/3/2019 giữa Đoàn Chủ tịch … và Ban Thường vụ …": a joint document's bodies after "giữa"
_OF_OR_MEETING = re.compile(r"[ ]*,?[ ]*(?:của[ ]+|(?P<between>giữa)[ ]+|(?=Hội nghị[ ]))")
# whose conclusions a notice holds, after its number and date: "Thông báo số 512-TB/TU ngày 20/6/2024 kết luận của
# Thường trực Tỉnh ủy về …", "Thông báo số 45/TB-UBND … ý kiến kết luận của Chủ tịch UBND tỉnh tại …"
# the notice's subject opening on the conclusions it holds: "Thông báo số 335/TB-VPCP ngày 14/8/2023 của Văn phòng
# Chính phủ về kết luận của Phó Thủ tướng …"
_NOTICE_ABOUT = re.compile(r"[ ]*,?[ ]*về[ ]+(?:(?:ý[ ]+kiến|nội[ ]+dung)[ ]+)?")
# the same conclusions with no body named, its title straight after: "Thông báo số 956-TB/TU ngày 02/11/2020 kết luận
# về việc sơ kết 3 năm thực hiện Quy định 11"
# (the notice's heading copied in capitals too: "Thông báo số 1038-TB/TU ngày 15/4/2022 Kết luận của Thường trực Tỉnh ủy
# về …" is one notice, not a notice and a conclusion)
_CONCLUDED_ON = re.compile(r"[ ]*,?[ ]*(?:[ýÝ][ ]+kiến[ ]+)?[kK]ết[ ]+luận(?:[ ]+chỉ[ ]+đạo)?(?=[ ]+về[ ])")
_CONCLUDED_BY = re.compile(r"[ ]*,?[ ]*(?:[ýÝ][ ]+kiến[ ]+)?[kK]ết[ ]+luận(?:[ ]+chỉ[ ]+đạo)?[ ]+của[ ]+")
# "(ban hành ngày 3/4/2023)", "được HĐND tỉnh thông qua ngày 10/7/2024", "do Chính phủ ban hành ngày 20/3/2025": the agent
# may stand before its verb
# the verbs by which a body issues a document it signs or passes
_ISSUING_VERB = r"(?:ký[ ]+ban hành|ban hành|thông qua|ký)"
# (the session after the verb: "Luật Thủ đô số 25/2012/QH13 được Quốc hội khóa XIII thông qua tại kỳ họp thứ 4 ngày …")
_ISSUED_ON = re.compile(rf"[ ]*,?[ ]*(?P<paren>\([ ]*)?(?:(?:được|do)[ ]+(?:[^\W\d_]+[ ]+){{0,4}}?)?{_ISSUING_VERB}"
                        r"(?:[ ]+tại[ ]+[Kk]ỳ họp[ ]+(?:thứ[ ]+)?[^\s,.;:()]+)?[ ]+(?=[Nn]gày[ ]*\d)")
_CLOSE = re.compile(r"[ ]*\)")
# the agent of a passive issuing verb dated after it, named at any length: "được Ban Chấp hành Đảng bộ tỉnh ban hành ngày …"
# (or "do", "by", as news writes it: "Kế hoạch số 231/KH-UBND do Phó chủ tịch UBND thành phố Nguyễn Mạnh Quyền ký ngày 18/7")
_PASSIVE_AGENT = re.compile(r"[ ]*,?[ ]*(?:được|do)[ ]+")
# a short opener before the sentence's subject leaves it the subject: "Được biết, Nghị quyết số 18-NQ/TW được Ban Chấp
# hành Trung ương ban hành ngày 16/6/2022", "Trước đó, …"
_OPENER = re.compile(r"[^\W\d][^,;:()\d]{0,29},")
_BULLETS = " \n\t-–•+*"


def _issued_by_and_on(scan: _Scan, cited: Citation) -> Citation:
    """A bare noun opening its sentence takes the agent and the day of its passive issuing, which are those of the
    document it names ("Nghị quyết được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 15/6/2018"); its span stays."""
    text = scan.text
    if not text.startswith(("được", "do"), cited.end + 1) or not _opens_sentence(text, cited.start):
        return cited
    agent = _PASSIVE_AGENT.match(text, cited.end)
    passive = _agent_issuing(scan, agent.end()) if agent else None
    found = _dated(scan, passive[1]) if passive else None
    if found is not None and found.iso:
        cited.issuer, cited.date = _placed_in_sentence(scan, passive[0], cited.start).issuer, found.iso
    return cited


def _agent_issuing(scan: _Scan, pos: int) -> tuple[IssuerMatch, int] | None:
    """The body a passive names as the agent at `pos` and where its issuing verb after it ends ("được | Ban Chấp hành
    Đảng bộ tỉnh ban hành | ngày …"), if the body and the verb are there."""
    body = issuer_at(scan.text, pos, scan.article)
    verb = _AGENT_VERB.match(scan.text, body.end) if body is not None else None
    return (body, verb.end()) if verb is not None else None


def _opens_sentence(text: str, start: int) -> bool:
    """Is what starts at `start` its sentence's subject: first in it, after a short opener ("Được biết, …") or after the
    article's dateline ("Điện Biên Phủ, 22/3/2023 - Kế hoạch số 86-KH/TU được … ban hành ngày …")?"""
    opens = sentence_start(text, start)
    before = text[opens:start].strip(_BULLETS)
    return not before or _OPENER.fullmatch(before) is not None or _BYLINE_AT.fullmatch(text, opens, start) is not None
# a council's session beside its verb: "được HĐND tỉnh khóa XII, kỳ họp thứ 7 thông qua ngày …", "… thông qua tại kỳ
# họp thứ 8 ngày …"
_SESSION = r"[ ]*,?[ ]+(?:tại[ ]+)?[Kk]ỳ họp[ ]+(?:thứ[ ]+)?[^\s,.;:()]+"
# the signer's name may follow the body's title: "… Phó chủ tịch UBND thành phố Nguyễn Mạnh Quyền ký ngày …"
_AGENT_VERB = re.compile(rf"(?:[ ]+[{UPPER}][^\W\d_]*){{0,4}}(?:{_SESSION})?[ ]+{_ISSUING_VERB}"
                         rf"(?:{_SESSION})?(?=[ ]+[Nn]gày[ ]*\d)")
# a year or a month, not a date: passed over between a symbol and its issuer
# "… số 35-CT/TW năm 2024 của …", "… số 12/CTrPH-BTNMT-HNDVN giai đoạn 2025 - 2030, thay thế …"
_PERIOD_ONLY = re.compile(r"[ ]*,?[ ]*(?:(?:năm|tháng[ ]+\d{1,2}[ ]*[/-]|tháng[ ]+\d{1,2}[ ]+năm)[ ]*(?:19|20)\d\d"
                          r"|giai đoạn[ ]+(?:19|20)\d\d[ ]*[-–][ ]*(?:19|20)\d\d)(?![\d/.-])")
_TERM = re.compile(r"[ ]*,?[ ]*\(?(?:khóa|khoá)[ ]+(?P<term>[IVXLC]+)\b\)?")
# "Chỉ thị này", "chỉ thị trên", "nghị quyết chuyên đề này" (a modifier of the type before it)
_THIS = re.compile(rf"(?:[ ]+(?:{_cue_pattern('type_modifier')}))?[ ]+(?:{_cue_pattern('this')}){_WORD_END}"
                   rf"(?![ ]+(?:{_cue_pattern('on_noun')}){_WORD_END})")
# "Thực hiện Chỉ thị và Chương trình hành động nêu trên, …": one demonstrative after the last of a list of nouns
# is each noun's ("Chỉ thị" is "Chỉ thị nêu trên")
_SHARED_THIS = re.compile(rf"(?:[ ]*,[ ]*(?:{_NOUNS}){_WORD_END})*[ ]*,?[ ]+và[ ]+(?:{_NOUNS}){_WORD_END}{_THIS.pattern}")
_PREDICATE_AFTER = re.compile(rf"[ ]*(?:[,.;:!?)\n]|$)|[ ]+(?:{_cue_pattern('predicate')}){_WORD_END}")
# listed before a numbered document of its own sentence: "UBND huyện ban hành Kế hoạch số 165/KH-UBND triển khai Chỉ
# thị và Quyết định số 2211/QĐ-UBND …": the bare noun names the one cited before, as before a stop
_AND_NUMBERED_AFTER = re.compile(rf"[ ]+và[ ]+(?:{_NOUNS})[ ]+(?:số[ ]*:?[ ]*)?\d")
_OPENING_PREDICATE_AFTER = re.compile(rf"[ ]+(?:{_cue_pattern('opening_predicate')}){_WORD_END}")
# a predicate no name opens with, right after the noun: "Kế hoạch nhằm triển khai Chương trình … của Thành ủy"
_SUBJECT_PREDICATE_AFTER = re.compile(rf"[ ]+(?:{_cue_pattern('subject_predicate')}){_WORD_END}")
# a bare noun for what a decision carries, the decision named back in lower case ("Hướng dẫn ban hành kèm theo
# quyết định", "Kế hoạch kèm theo quyết định này")
# "(đã) được <its approver, up to eight words> phê duyệt tại": what a scheme's noun and the decision approving it share;
# the approver's name may be abbreviated with dots ("được UBND TP.HCM phê duyệt tại")
_APPROVED_AT_WORDS = r"(?:đã[ ]+)?được(?:[ ]+[^\W\d_]+(?:\.[^\W\d_]+)*){0,8}?[ ]+phê[ ]+duyệt[ ]+tại[ ]+"
# a bare noun for what the next document approves: "… thay thế Đề án được phê duyệt tại Nghị quyết số 04/2017/NQ-HĐND"
_APPROVED_AT_NEXT = re.compile(rf"[ ]+{_APPROVED_AT_WORDS}(?=[{UPPER}])")
_CARRIED_BY_BARE = re.compile(
    rf"[ ]+(?:{_cue_pattern('carried_by')})[ ]+(?:{phrase_pattern(w.lower() for w in cues('carrier'))})(?:[ ]+(?:{_cue_pattern('this')}))?{_WORD_END}")
_POLICY_AFTER = re.compile(rf"[ ]+(?:{_cue_pattern('policy')}){_WORD_END}")
_LIST_SEPARATOR = re.compile(r"[ ]*(?:,|và|hoặc|/)[ ]*")
_ITEM_SEMICOLON = re.compile(r"[ ]*;[ ]*(?:và[ ]+)?")
_ITEM_AFTER_DESCRIPTION = re.compile(r"[^.;:\n]{0,200};[ ]*(?:và[ ]+)?")  # an item's description, then "; "
# a document named by its title: "Nghị quyết về kế hoạch đầu tư công …"; a council's resolution by what it does:
# "Nghị quyết phê chuẩn tổng quyết toán ngân sách …", "Nghị quyết bãi bỏ Nghị quyết số 23/2017/NQ-HĐND"
_TITLED_NEXT = re.compile(rf"[ ]+(?:về|{_cue_pattern('council_act')})[ ]+[^\W\d_]")
# … after whose the first item is, when that is no issuer: "ban hành Quy chế làm việc của Ban Chỉ đạo và Chương trình
# công tác năm 2022" (the committee's rules and programme, both issued)
_OWNED_LIST_SEPARATOR = re.compile(r"[ ]+của(?:[ ]+[^\W\d_]+){1,6}?[ ]*(?:,|và)[ ]*")
# … or after a short bracketed aside on the first item: "thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ UBND tỉnh
# khóa I (sửa đổi) và Chương trình kiểm tra, giám sát năm 2026"
_ASIDE_LIST_SEPARATOR = re.compile(r"(?:[ ]+của(?:[ ]+[^\W\d_]+){1,6}?)?[ ]*\([^().;:\n]{1,30}\)[ ]*(?:,|và)[ ]*")
_TITLE_OPENING = re.compile(r"(?:về|Về)[ ]+(?:việc[ ]+)?$")
_ALIAS_BEFORE = re.compile(rf"\([ ]*(?:{_cue_pattern('alias')})[ ]+$")
_COMMITTEE_BEFORE = re.compile(rf"(?:{_cue_pattern('committee')})[ ]+$")
# a steering committee named after the document it reviews or carries out: "Ban Chỉ đạo tổng kết Nghị quyết 18 của Chính
# phủ" is the Government's committee, and Nghị quyết 18 the Party's
_NAMED_COMMITTEE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('committee')})(?:[ ]+[^\W\d_]+){{1,6}}[ ]+$")
_NAMED_COMMITTEE_CHARS = 60
# … or among the tasks of a committee named at length, the name running on over the document to its level word:
# "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 của Tỉnh ủy Hưng Yên"
_COMMITTEE_AT = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('committee')})(?![^\W\d_])")
_COMMITTEE_NAME_CHARS = 160
# a court's or a procuracy's paper, whose number is no document of the corpus ("Theo Cáo trạng số 15/CT-VKSAG-P1 …": its
# CT is cáo trạng, not Chỉ thị)
_WRIT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('writ', either_case=True)})[ ]+(?:{NUMBER_WORD})?[ ]*:?[ ]*$")
_WRIT_WINDOW = 24
_PASSIVE_AFTER = re.compile(r"[ ]+được[ ]")
# "được quận thiết kế": the agent of the passive is a level word, the local authority of that level
_AGENT_LEVEL = re.compile(rf"[ ]+được[ ]+(?P<level>{phrase_pattern(LEVEL_WORDS)}){_WORD_END}")
# "kế hoạch của UBND xã Đông Quang (Ba Vì) đã được ban hành": issued, said after the document
_ISSUED_AFTER = re.compile(
    rf"(?:[ ]*\([^()\n]{{1,40}}\))?[ ]+(?:(?:{_cue_pattern('perfective')})[ ]+)?được"
    rf"(?:[ ]+[^\W\d_]+){{0,3}}?[ ]+(?:ban hành|thông qua|phê duyệt|ký ban hành){_WORD_END}"
)
_ISSUED_DETERMINERS = {"một", "các", "những"}  # the words _ISSUING_BEFORE takes between the verb and the noun
_ISSUING_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<perf>{_cue_pattern('perfective')})[ ]+)?(?P<verb>{_cue_pattern('issue')})"
    r"(?:[ ]+cho[ ]+[^,.;\n]{1,50}?)?[ ]+(?:(?:một|các|những)[ ]+)?$"
)
# a headline's verb, capitalised where it opens the headline or follows its place and colon ("Thái Bình: Ban hành
# Chương trình hành động thực hiện Nghị quyết 68")
_HEADLINE_ISSUING_BEFORE = re.compile(
    rf"(?:^|(?<=:)[ ]+)(?P<perf>(?!)x)?(?P<verb>{_cue_pattern('issue', either_case=True)})[ ]+(?:(?:một|các|những)[ ]+)?$"
)
# a verbless headline, its place and colon right before the plan and what the plan carries out after it ("Cần Thơ:
# Kế hoạch thực hiện Nghị quyết 57"): the plan the body names, issued (the place group stands for the verb)
_HEADLINE_PLACE_COLON = re.compile(r"^(?P<perf>(?!)x)?(?P<verb>[^\W\d_][^\W\d_.]*(?:[ .]+[^\W\d_][^\W\d_.]*){0,3})[ ]*:[ ]+$")
_HEADLINE_ACTION_AFTER = re.compile(rf"[ ]+(?:{_cue_pattern('action')}){_WORD_END}")
# The last word before a noun decides which look-behind is worth a regex: an issuing verb,
# "cho" in "tham mưu cho X …", a plural determiner, "một", "là" of an alias.
_ISSUE_LAST_WORDS = {fold(s).split()[-1] for w in cues("issue") for s in spellings(w)}
_PLURAL_WORDS = {fold(w) for w in cues("plural") if " " not in w}
_MERGED_PART_WORDS = {fold(w) for w in cues("merged_part")}
_FUTURE_VERB_LAST_WORDS = {fold(s).split()[-1] for w in cues("issue") + cues("design") for s in spellings(w)}
_NEEDS_PERFECTIVE = {fold(w) for w in cues("needs_perfective")}
_NOMINALISERS = set(cues("nominaliser"))
_ISSUE_DAY_WORDS = set(cues("issue_day"))
_ISSUE_DAY_ADVERBS = set(cues("issue_day_adverb"))


def _cue_opening(kind: str) -> str:
    """A cue after a space; capitalised only where a sentence or clause starts: mid-sentence a
    capitalised word is a name ("Thành ủy Cần Thơ ban hành …" is no "cần", "Huyện ủy Giao Thủy" no "giao"),
    and so is a lower-case cue after a name's syllable ("Bộ Ngoại giao ban hành …" is no "giao"); a place named
    where a sentence starts, a headline's subject, is no cue either ("Cần Thơ ban hành Kế hoạch thực hiện …")."""
    return (rf"(?:(?:^|(?<=[.;:!?\n\"“(]))[ ]*(?:[-+•–][ ]*)?{_NO_CUE_NOUN}{_no_place_named(kind)}"
            rf"(?:{_cue_pattern(kind, either_case=True)})"
            rf"|{_NOT_AFTER_NAME_SYLLABLE}[ \n]{_NO_CUE_NOUN}(?:{_cue_pattern(kind)}))")


# nor a noun that opens with a cue's word ("Ban An toàn giao thông tỉnh ban hành …" is no "giao"; data/cues not_directing)
_NO_CUE_NOUN = rf"(?!(?:{_cue_pattern('not_directing', either_case=True)}){_WORD_END})"
_PLACE_NAMES = {u.name for u in gazetteer.provinces(include_former=True) + gazetteer.districts(include_former=True)}


def _no_place_named(kind: str) -> str:
    """Not a province or district whose name opens with one of the cues ("Cần Thơ", "Cần Giờ" for "cần")."""
    words = {fold(w) for w in cues(kind) if " " not in w}
    names = [n for n in _PLACE_NAMES if " " in n and fold(n.split()[0]) in words]
    return rf"(?!(?:{alternation(names)}){_WORD_END})" if names else ""


_NOT_AFTER_NAME_SYLLABLE = "".join(rf"(?<!{re.escape(word)})" for word in cues("name_syllable"))


# up to eight words between: the body advised or asked may be named at length ("sẽ tham mưu Ban Thường vụ Tỉnh ủy ban
# hành kế hoạch …")
_FUTURE_BEFORE = re.compile(rf"{_cue_opening('future')}(?:[ ]+[^\W\d_]+){{0,8}}"
                            rf"(?:[ ]+(?:{_cue_pattern('urgency')}))?[ ]+$")
_FUTURE_WINDOW = 60
_TO_MAKE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('to_make')})[ ]+\Z")
_TO_MAKE_LAST_WORDS = {fold(s).split()[-1] for w in cues("to_make") for s in spellings(w)}
_PERFECTIVE_IN = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('perfective')})(?![^\W\d_])[^,.;:\n]*\Z")
_PROVISION_LINE = re.compile(r"[ ]*Điều[ ]+\d{1,3}[.:]")  # a line of a printed decision's articles: "Điều 2. …"
_TO_MAKE_WINDOW = 40  # the verb and what may stand before it in its clause ("đã chỉ đạo xây dựng")
# "… cho đến khi UBND tỉnh Ninh Bình ban hành kế hoạch thay thế": a document awaited, one of no number not issued yet
# (a numbered one was: "… cho đến khi UBND tỉnh ban hành Quyết định số 123/QĐ-UBND")
_UNTIL_BEFORE = re.compile(rf"{_cue_opening('until')}(?:[ ]+[^\W\d_]+){{0,6}}[ ]+$")
# … and an unnumbered one whose having a task waits for: "sau khi có Nghị quyết của Ủy ban Thường vụ Quốc hội, các địa
# phương phải hoàn thành …" (with no task in the clause after, one that came: "Ngay sau khi có Kết luận của Bộ Chính trị,
# Tỉnh ủy đã ban hành …")
_ONCE_HAD_BEFORE = re.compile(r"(?<![^\W\d_])sau[ ]+khi[ ]+\Z")
# "sau khi tỉnh ban hành": a level word for the subject of a clause of time, right before its issuing verb
_ONCE_LEVEL_ISSUED = re.compile(rf"(?<![^\W\d_])sau[ ]+khi[ ]+(?:{phrase_pattern(LEVEL_WORDS)})[ ]+(?:đã[ ]+)?\Z")
_ONCE_LEVEL_CHARS = len("sau khi thành phố đã ")
_BARE_NOUN_END = re.compile(r"[ ]*[,;.]")
_TASK_AFTER_ONCE = re.compile(rf"[^,.;:\n]{{0,120}}?,[ ]+(?:[^\W\d_]+[ ]+){{1,8}}?(?:{_cue_pattern('must')}|sẽ)(?![^\W\d_])")
# … and one its clause says is still to be issued after it: "… với Chương trình hành động của Chính phủ thực hiện Nghị
# quyết số 26-NQ/TW khi được ban hành"
_AWAITED_AFTER = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('awaited_after')})(?![^\W\d_])")
# … or a body's issuing, active, closing that statement: "… kết luận của Bộ Chính trị … khi Trung ương ban hành"
_AWAITED_BY = re.compile(rf"(?<![^\W\d_])(?<!sau )khi[ ]+(?:{_cue_pattern('awaited_issuer')})[ ]+ban hành[ ]*\Z")
_AWAITED_CHARS = 160
_STATEMENT_END = re.compile(r"[.;!?\n]|\Z")
# an order in a speech's closing: "…; khẩn trương xây dựng kế hoạch thực hiện …", "khẩn trương hoàn thiện hồ
# sơ xây dựng Luật Dân số" (with "đã" before it, what was done: "đã khẩn trương ban hành kế hoạch"); the order may list
# other tasks first, each after a comma ("khẩn trương ổn định tổ chức, ban hành quy chế làm việc"), but no clause that
# says what was done ("khẩn trương vào cuộc, đến nay đã ban hành …")
_URGED_BEFORE = re.compile(rf"(?<!đã)(?<!vừa)(?<!mới){_cue_opening('urged')}(?:[ ]+[^\W\d_]+){{0,4}}"
                           rf"(?:,(?:[ ]+(?!(?:{_cue_pattern('perfective')}){_WORD_END})(?![{UPPER}])[^\W\d_]+){{0,4}}){{0,3}}[ ]+$")


def _urged_before(text: str, start: int, end: int) -> bool:
    """Does [start, end) end with an order of haste before the verb at `end`? An order that lists tasks before it needs a
    lower-case verb after its comma: "sau hai ngày làm việc khẩn trương, nghiêm túc, Kỳ họp thứ 11 … thông qua" is the
    haste of the work done, and the session the subject that passed the resolutions."""
    urged = _URGED_BEFORE.search(text, start, end)
    return urged is not None and ("," not in urged.group() or text[end:end + 1].islower())


# "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch thực hiện": the body led issues it still (with "đã" before it,
# what was done: "đã lãnh đạo UBND tỉnh ban hành kế hoạch")
_LED_BEFORE = re.compile(rf"(?<!đã)(?<!vừa)(?<!mới){_cue_opening('led')}(?:[ ]+[^\W\d_]+){{1,6}}[ ]+$")
_CONCRETISE = re.compile(rf"(?:{_cue_pattern('concretise', either_case=True)}){_WORD_END}")
_CONCRETISE_WINDOW = 80
_CONCRETISED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('concretise')})[ ]+\Z")
_DRAFT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('draft', either_case=True)})[ ]+$")
_DRAFT_WINDOW = 20
_UNFINISHED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('unfinished', either_case=True)})[ ]+$")
# "Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch số …": advice given, so the advised body issued it
# (a numbered document was issued whatever the tense: "Bộ Chỉ huy tham mưu UBND tỉnh ban hành Kế hoạch số 330/…");
# the advised body may be named at length ("đã tham mưu Ban Chấp hành Đảng bộ huyện ban hành Chương trình …"), or not
# at all ("Ban Tổ chức Huyện ủy đã tham mưu ban hành Hướng dẫn số 07-HD/BTCHU")
_ADVISED_BEFORE = re.compile(rf"(?:^|[ ])(?:(?P<perf>{_cue_pattern('perfective')})[ ]+)?(?:{_cue_pattern('advise')})"
                             rf"(?:[ ]+(?!(?:{_cue_pattern('future')}){_WORD_END})[^\W\d_]+){{0,10}}[ ]+$")
_PASSIVE_BEFORE = re.compile(r"được[ ]+$")
# a subject of several bodies right before the verb, perhaps after a short opening clause:
# "Các huyện ủy, thành ủy đã ban hành …", "Năm 2023, 21/21 huyện ủy đã ban hành …", "Công an
# các huyện đã xây dựng …"
_PLURAL_SUBJECT = re.compile(
    # a body's words before "các" or a count of units: "Công an các huyện …", "Công an 27/27 huyện, thị xã …",
    # "Ủy ban MTTQ các huyện …", "Hội Nông dân các tỉnh, thành phố …"
    rf"(?:[^,.;\n]{{0,40}},[ ]+)?(?:[{UPPER}][^\W\d_]*[ ]+(?:[^\W\d_]+[ ]+){{0,3}}"
    rf"(?=các[ ]|\d+/\d+[ ]+(?![{UPPER}])[^\W\d_]))?"
    # a count after a few lower-case words: "đến nay 100% sở, ban, ngành …", "toàn tỉnh có 21/21 huyện ủy …"
    # a time adverb before a determiner: "…, đến nay nhiều bộ, ngành đã ban hành …"
    rf"(?:(?:{_cue_pattern('so_far', either_case=True)})[ ]+)?"
    rf"(?:(?:{_cue_pattern('there_are', either_case=True)})[ ]+)?"
    rf"(?:{_cue_pattern('plural_subject', either_case=True)}|(?:(?![{UPPER}])[^\W\d_]+[ ]+){{0,4}}"
    r"(?:\d+/\d+(?![/\d])|\d+[ ]?%"
    # a bare count of units, thousands too: "15 huyện, thị xã, thành phố đã xây dựng kế hoạch …", "Có 58 tập thể và
    # hơn 4.900 đảng viên đã xây dựng kế hoạch khắc phục …"
    rf"|(?<![\d/.,])\d{{1,3}}(?:\.\d{{3}})*(?=[ ]+(?:{_cue_pattern('counted_unit')}){_WORD_END})))"
    # up to a list of levels: "Các đảng ủy quân sự huyện, thị xã, thành phố cũng ban hành …"
    rf"[ ]+[^\W\d_](?:[^,.;\n]|,(?![ ]*[{UPPER}])|(?<=\d)\.(?=\d{{3}})){{0,60}}"  # "…, Tỉnh ủy đã": another subject
)
_ACTION = re.compile(rf"[ ]+(?:{_cue_pattern('action')}|{_cue_pattern('paired_action')}){_WORD_END}")
# a description runs over words; it stops at punctuation and at the words that open an issuer,
# a title, a coordinated document or a new clause
# (not "được ban hành": "Thông báo được ban hành trên cơ sở đề nghị của Ban cán sự đảng …" is about the notice's
# making, the body after "của" another's)
_DESCRIPTION_WORD = re.compile(
    r"[ ]+(?!(?:của|về|và|với|được[ ]+ban[ ]+hành|trong đó|đồng thời|theo đó)(?![^\W\d_]))[^\s,.;:!?()“”\"]+"
)
_DESCRIPTION_MAX_WORDS = 20
# a period in a description ("Đề án phát triển du lịch giai đoạn 2021 - 2025 của UBND tỉnh",
# "Đề án 2021-2025 của Bộ Công an"): a year or a range of years, not a document number
_PERIOD_WORD = re.compile(r"[ ]+(?:19|20)\d\d(?:[ ]?-[ ]?(?:19|20)\d\d)?(?![\d/.,-]?\d)")
_QUOTED_TITLE = re.compile(r"[ ]*[“\"][^“”\"\n]{1,300}[”\"]")
# the types a capitalised noun names by its title alone ("thực hiện Đề án “Xây dựng xã hội học
# tập giai đoạn 2021-2030”", "Đề án giai đoạn 2021 - 2025 về văn hóa công vụ"; data/cues titled_type)
_TITLED_TYPES = {fold(w) for w in cues("titled_type")}
# the types named by their unquoted title only when their approving decision follows in the sentence ("Quy hoạch tỉnh
# Bình Dương thời kỳ 2021 - 2030 … đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 790/QĐ-TTg"): that decision;
# elsewhere such a name is a policy's ("rà soát quy hoạch phù hợp với Quy hoạch tỉnh")
_APPROVED_AT_TYPES = {fold(w) for w in cues("approved_at_type")}
# the types a decision carries, named by their title when their sentence opens with them and says them issued with a
# decision (data/cues carried_in_title and plan types)
_ATTACHED_TYPES = {fold(w) for w in cues("carried_in_title") + cues("attached_type")}
# the types whose noun before a quoted name names a campaign or a show, not a document ("Chương trình
# “Mái ấm cho đồng bào” của Ủy ban MTTQ tỉnh"; data/cues campaign_type)
_CAMPAIGN_TYPES = {fold(w) for w in cues("campaign_type")}
_NAMED_BY_TITLE = re.compile(
    rf"[ ]*[“\"]|(?:[ ]+(?:{_cue_pattern('period')}))?{_PERIOD_WORD.pattern}[ ]*,?[ ]*(?:về|[“\"])"
)


def _compound_ends(compounds: list[str]) -> str:
    """Lookaheads that keep the last word of each compound ("mới" of "đổi mới") from ending a name after the
    words before it; one fixed-width lookbehind per spelling of those words."""
    out = []
    for compound in compounds:
        *head, last = compound.split()
        for before in spellings(" ".join(head), either_case=True):
            out.append(rf"(?!(?<=(?<![^\W\d_]){re.escape(before)}[ ]){phrase_pattern([last])}{_WORD_END})")
    return "".join(out)


# "Luật Đất đai năm 2013", "Luật Phòng, chống tham nhũng", "Bộ luật Hình sự": a law's name is
# capitalised and stops at the words that follow a name, but not at the last word of a compound (data/cues
# name_compound: "Luật Khoa học, công nghệ và đổi mới sáng tạo", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"); "số"
# before no number is no "number" ("Luật Dân số", "Luật Chuyển đổi số"), nor a stop word that opens words of the
# name (data/cues name_goes_on: "Luật Đầu tư theo phương thức đối tác công tư")
_LAW_NAME_STOP = (_compound_ends(cues("name_compound"))
                  + rf"(?!(?:{_cue_pattern('name_goes_on')}){_WORD_END})"
                  rf"(?!số{_WORD_END}(?![ ]*:?[ ]*\d))"
                  rf"(?:{_cue_pattern('name_stop')}){_WORD_END}")
# "và" goes on inside a name in lower case ("Luật Bảo vệ và phát triển rừng"), not into another
# document ("Luật Đất đai và Nghị định …", "và nghị định hướng dẫn"), a stop word or an action
_LAW_NAME_AND = (rf"[ ]+và(?=[ ]+(?![{UPPER}])(?!{_LAW_NAME_STOP}|(?:{_NOUNS}|{_cue_pattern('action')}){_WORD_END})"
                 r"[^\W\d_])")
# "của" goes on inside a name before a word in lower case ("Luật Phòng, chống tác hại của rượu, bia"),
# not before a body ("Luật Đất đai của Quốc hội") or a place ("… của tỉnh")
_LAW_NAME_OF = (rf"[ ]+của(?=[ ]+(?![{UPPER}])(?!{_LAW_NAME_STOP}|(?:{phrase_pattern(LEVEL_WORDS)}){_WORD_END})"
                r"[^\W\d_])")
_LAW_NAME = re.compile(
    rf"[ ]+(?P<name>[{UPPER}][^\W\d_]*(?:,[ ]+(?:{_cue_pattern('name_after_comma', either_case=True)}){_WORD_END}"
    rf"|{_LAW_NAME_AND}|{_LAW_NAME_OF}|[ ]+(?!{_LAW_NAME_STOP})[^\W\d_]+){{0,12}}"
    rf"(?:[ ]+của[ ]+(?:{_cue_pattern('name_bodies')}){_WORD_END})?)"  # "… của Hội đồng nhân dân, Ủy ban nhân dân"
    r"(?:[ ]*\((?:sửa đổi|sửa đổi, bổ sung)\))?"  # the law's new version: "Luật Công an nhân dân (sửa đổi) năm 2023"
    r"(?:[ ]+(?:năm[ ]+)?(?P<year>(?:19|20)\d\d)(?![\d/]))?"  # "Luật Đất đai năm 2024", "Luật Thủ đô 2024"
)
# … or in lower case, as the press often writes it, when its year closes it: "Luật đất đai năm 2013", "Pháp lệnh thực
# hiện dân chủ ở xã, phường, thị trấn năm 2007" (two words at least, no document noun first; without the year a lower
# case word is no name: "Luật quy định …")
_LOWER_LAW_NAME = re.compile(
    rf"[ ]+(?P<name>(?![{UPPER}])(?!(?:{_LAW_NAME_STOP}|{_NOUNS}){_WORD_END})[^\W\d_]+"
    rf"(?:,[ ]+(?:{_cue_pattern('name_after_comma', either_case=True)}){_WORD_END}"
    rf"|{_LAW_NAME_AND}|{_LAW_NAME_OF}|[ ]+(?!{_LAW_NAME_STOP})[^\W\d_]+){{1,11}})"
    r"[ ]+năm[ ]+(?P<year>(?:19|20)\d\d)(?![\d/])"
)
# the press capitalises the word after "và" inside a name ("Luật Khoa học và Công nghệ", "Luật Hôn nhân
# và Gia đình"); a capital there that opens a document, a body, a name of several capitalised words (a
# place, a person) or a treaty (data/cues name_and_stop) is something else named beside the law
_LAW_NAME_AND_CAPITAL = re.compile(
    rf"[ ]+và(?=[ ]+[{UPPER}][^\W\d_]*(?:[ ]+(?![{UPPER}])[^\W\d_]|[^\w ]|[ ]*$))"
    rf"(?![ ]+(?:{_cue_pattern('name_and_stop')}){_WORD_END})"
)


# the words up to the law's own number are its name, stop words too ("Pháp lệnh Ưu đãi người có công với
# cách mạng số 02/2020/UBTVQH14": "có", "với" end no name there); lower-case words only, no document noun;
# before 2008 an ordinance's symbol carried its type ("Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số
# 34/2007/PL-UBTVQH11")
_LAW_NAME_TO_NUMBER = re.compile(
    rf"(?:,?[ ]+(?!(?:{_NOUNS}){_WORD_END})[^\W\d_{UPPER}][^\W\d_]*){{1,8}}"
    r"(?=[ ]+số[ ]+\d{1,4}/(?:19|20)\d\d/(?:PL-)?(?:UBTV)?QH\d)"
)


class _LawName(NamedTuple):
    name: str
    year: str | None
    end: int


# a law named by its initials, the military and police press's short form ("Luật DQTV năm 2019", "Luật NVQS",
# "Luật GDQP&AN"): the name is the initials alone, what follows in lower case is the sentence's ("Luật NVQS bảo đảm …")
_LAW_INITIALS = re.compile(
    rf"[ ]+(?P<name>[{UPPER}]{{2,}}(?:&[{UPPER}]+)*)(?![^\W\d_&])"
    r"(?:[ ]+(?:năm[ ]+)?(?P<year>(?:19|20)\d\d)(?![\d/]))?")


def _initials(name: str) -> str:
    """The initials a law's name is shortened to: "Dân quân tự vệ" → "dqtv", "Giáo dục quốc phòng và an ninh" →
    "gdqpan" ("và" is written "&" or dropped: "GDQP&AN")."""
    return "".join(word[0] for word in fold(name).replace(",", " ").split() if word != "và")


def _law_name(text: str, at: int) -> _LawName | None:
    """The name of a law whose noun ends at `at`, with its year ("Luật Đất đai năm 2024")."""
    if (short := _LAW_INITIALS.match(text, at)) is not None:
        return _LawName(short.group("name"), short.group("year"), short.end())
    name = _LAW_NAME.match(text, at)
    if name is None:
        lower = _LOWER_LAW_NAME.match(text, at)
        return None if lower is None else _LawName(lower.group("name"), lower.group("year"), lower.end())
    start, end = name.start("name"), name.end()
    while name.group("year") is None and (joined := _LAW_NAME_AND_CAPITAL.match(text, end)):
        after = joined.end() + 1
        if TYPE_WORD_RE.match(text, after) or issuer_at(text, after) or not (tail := _LAW_NAME.match(text, joined.end())):
            break
        name, end = tail, tail.end()
    if (cut := _and_before_document(text, start, name.end("name"))) is not None:
        return _LawName(text[start:cut], None, cut)
    if name.group("year") is None and (run := _LAW_NAME_TO_NUMBER.match(text, name.end("name"))):
        return _LawName(text[start:run.end()], None, run.end())
    return _LawName(text[start:name.end("name")], name.group("year"), end)


_WORD_START = re.compile(r"(?<=[ ])[^\W\d_]")


def _and_before_document(text: str, start: int, end: int) -> int | None:
    """Where a law's name ends at a "và" whose words run on into another document's noun, capitalised: "Luật Đất đai
    và xét Tờ trình số 412/TTr-UBND" is the law and the submission, not a law named "Đất đai và xét Tờ trình"."""
    at = text.find(" và ", start, end)
    while at != -1:
        if any(word.group()[0].isupper() and TYPE_WORD_RE.match(text, word.start())
               for word in _WORD_START.finditer(text, at + 4, end)):
            return at
        at = text.find(" và ", at + 4, end)
    return None


# "luật" as the second half of a word: "pháp luật" (the law at large), "kỷ luật" (discipline: "thi hành kỷ luật Ban
# Thường vụ Tỉnh ủy", "Kỷ luật Đảng")
_LAW_IN_A_WORD = re.compile(r"(?<![^\W\d_])(?:[Pp]háp|[Kk][ỷỉ])[ ]+\Z")
_LAW_FIRM = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('law_firm'), either_case=True)})[ ]+\Z")  # "Công ty Luật TNHH …"
_LAW_FIRM_CHARS = max(map(len, cues("law_firm"))) + 2
_LAW_NUMBER_ASIDE = re.compile(r"[ ]*\((?:Bộ luật|Luật)[ ]+số[ ]+")  # "Luật Đất đai năm 2024 (Luật số 31/2024/QH15)"
_LAW_ISSUERS = {"Pháp lệnh": ("Ủy ban Thường vụ Quốc hội", "UBTVQH")}
# "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "Nghị quyết Trung ương 4 khóa XII"
_ROMAN = r"[IVXLC]+"
_CAP_WORD = rf"[{UPPER}][^\W\d_]*"
_CONGRESS = re.compile(
    rf"(?:[ ]+của)?[ ]+(?P<name>Đại hội(?:[ ]+(?:đại biểu|toàn quốc|Đảng bộ|đảng bộ|Đảng|lần thứ|khóa|khoá|nhiệm kỳ"
    rf"|\d{{4}}[ ]?-[ ]?\d{{4}}|của Đảng|(?:toàn[ ]+)?(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)|cơ sở"
    rf"|{_ROMAN}(?![^\W\d_])|\d{{1,2}}(?!\d)|{_CAP_WORD}))*)"
)
# its term after a comma or in brackets belongs to it: "… lần thứ XX, nhiệm kỳ 2020 - 2025 và Chương trình …"
_CONGRESS_TERM = re.compile(r"[ ]*,?[ ]*\(?nhiệm kỳ[ ]+\d{4}[ ]?-[ ]?\d{4}\)?")
_ORDINALS = {r["word"]: r["number"] for r in read_table("ordinals.tsv")}
# "Trung ương" as papers shorten it ("Nghị quyết TƯ 5 khóa IX"), and the Central Committee by its name
_CENTRAL = r"(?:(?i:Trung ương)|TW|TƯ|T\.Ư)"
_COMMITTEE_NAME = r"(?:Ban Chấp hành|BCH)[ ]+(?:Trung ương|TW|TƯ)(?:[ ]+Đảng)?"
_PLENUM = re.compile(
    rf"(?:[ ]+|(?<=NQ)(?=TW|TƯ))(?:(?:(?i:Hội nghị)[ ]+)?(?:{_CENTRAL}|{_COMMITTEE_NAME})"  # either case: a headline in capitals
    rf"(?:[ ]?(?P<n>\d{{1,2}})(?!\d)|[ ]+lần thứ[ ]+(?P<v>{alternation(_ORDINALS)}|\d{{1,2}})(?![^\W\d_]|\d))"
    rf"|Hội nghị[ ]+lần thứ[ ]+(?P<w>{alternation(_ORDINALS)}|\d{{1,2}})(?![^\W\d_]|\d)"
    rf"[ ]+{_COMMITTEE_NAME})"
    rf"(?:[ ]*,?[ ]*(?P<open>\()?(?:khóa|khoá)[ ]+(?P<k>{_ROMAN}|\d{{1,2}})(?(open)\)))?"  # no ")" of an aside
)
# a mass organisation's congress: "Đại hội đại biểu Phụ nữ tỉnh Nghệ An lần thứ XVIII", "Đại hội Đoàn toàn quốc lần
# thứ XII", "Đại hội XIII Công đoàn Việt Nam", "Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX"; "toàn" before
# the level word is the whole province's or district's chapter ("Đại hội Đoàn toàn tỉnh lần thứ X")
_CONGRESS_BODIES = {fold(p): row for row in read_table("congress_bodies.tsv") for p in row["prose"].split("|")}
_ORG_CONGRESS = re.compile(
    rf"(?:[ ]+của)?[ ]+Đại hội(?:[ ]+đại biểu)?(?:[ ]+(?P<before>{_ROMAN})(?![^\W\d_]))?(?P<whole>[ ]+toàn quốc)?"
    rf"[ ]+(?P<org>{phrase_pattern(p for row in _CONGRESS_BODIES.values() for p in row['prose'].split('|'))})"
    rf"(?![^\W\d_])(?P<country>[ ]+(?:toàn quốc|Việt Nam)(?![^\W\d_]))?"
    rf"(?:[ ]+(?:toàn[ ]+)?(?P<level>{phrase_pattern(LEVEL_WORDS)})(?![^\W\d_])(?P<place>(?:[ ]+{_CAP_WORD}){{0,4}}))?"
    rf"(?:[ ]*,?[ ]*lần thứ[ ]+(?P<n>{_ROMAN}|\d+)(?![^\W\d_]))?"
)
_EVERY_LEVEL = re.compile(r"[ ]+các[ ]+cấp(?![^\W\d_])")
_CONGRESS_NUMBER = re.compile(rf"lần thứ[ ]+(?P<n>{_ROMAN}|\d+)|(?<![^\W\d_])(?P<r>{_ROMAN})(?![^\W\d_])")
# … "toàn" before the level word, "the whole" province or district: "Đại hội đại biểu Đảng bộ toàn tỉnh lần thứ XVII"
_CONGRESS_LEVEL = re.compile(rf"Đảng bộ[ ]+(?:toàn[ ]+)?(?P<w>{phrase_pattern(LEVEL_WORDS, either_case=True)}){_WORD_END}")
# A clause whose subject is a document of a body: "…, kế hoạch của UBND xã Đông Quang đã được …",
# or bodies that issue: "…, nhiều tỉnh ủy đã kịp thời ban hành …", or the meeting that passes it: "…, kỳ họp
# [thứ 33] cũng thông qua Nghị quyết số 06/NQ-HĐND", or the units counted and named: "…, hai tỉnh Hòa Bình và Sơn La
# tiếp tục cụ thể hóa bằng …"
CLAUSE_SUBJECT = (
    rf"(?:(?:{_NOUNS})[ ]+(?:[^\W\d_]+[ ]+){{0,3}}?của[ ]"
    rf"|(?:(?:{_cue_pattern('plural_subject')})[ ]+(?:[^\W\d_]+[ ]+){{1,3}}?"
    rf"|(?:{_cue_pattern('plural')}|\d{{1,2}})[ ]+(?:{_cue_pattern('level_subject')})"
    rf"(?:(?:[ ]*,[ ]*|[ ]+và[ ]+|[ ]+)[{UPPER}][^\W\d_]*)+[ ]+"
    rf"|(?:{_cue_pattern('meeting_subject')})[ ]+(?:thứ[ ]+(?:\d+|{_ROMAN})[ ]+)?)"
    rf"(?:(?:{_cue_pattern('perfective')}|{_cue_pattern('subject_adverb')}|kịp thời)[ ]+)*"
    rf"(?:{_cue_pattern('issue')}){_WORD_END})"
)
# "B về … được Tỉnh ủy cụ thể hóa bằng A", "… được sửa đổi, bổ sung bởi A": what a later document does to B
# (data/relation_phrases.tsv, where passive; "*" up to eight words) is no part of B's title
_PASSIVE_RELATION = star_phrase_pattern(row["phrase"] for row in read_table("relation_phrases.tsv")
                                        if row["where"] == "passive")
# a basis word and a document after a comma: "… về quy chế làm việc, căn cứ Nghị định số 150/2025/NĐ-CP …"
_BASIS_OF_CLAUSE = phrase_pattern([row["phrase"] for row in read_table("relation_phrases.tsv")
                                   if row["relation"] == "based_on" and row["where"] in ("gap", "both")
                                   and "*" not in row["phrase"]])
# Where a title ends: the end of the sentence, a short-name parenthesis, a new clause after a
# comma ("…, Ban Thường vụ Tỉnh ủy đã …"), "được ban hành", a predicate ("… cũng được phổ
# biến", "… đã được triển khai"; data/cues.tsv title_stop), a passive relation phrase, the closing
# quote of the title this one is nested in; a quotation inside it is skipped whole.
# "…, tỉnh đã ban hành …", "…, huyện Đông Anh đã ban hành …", "…, tỉnh tiếp tục ban hành …": a level word (and its
# name) that issues opens a clause
_LEVEL_CLAUSE = (rf"(?:{_cue_pattern('level_subject')})(?:[ ]+[{UPPER}][^\W\d_]*){{0,3}}"
                 rf"(?:[ ]+(?:{_cue_pattern('perfective')}|{_cue_pattern('subject_adverb')}))*"
                 rf"[ ]+(?:{_cue_pattern('issue')}){_WORD_END}")
# "…, liên ngành Y tế - Giáo dục đã ban hành …": up to eight words and an issuing verb made past open a clause,
# whatever names the subject, after a time up to now if any ("…, từ đầu năm đến nay Ban Thường vụ Huyện ủy đã ban hành …")
# (… with the bodies it acts with, whose list may hold commas: "…, đơn vị đã phối hợp với các sở, ngành tham mưu …")
PAST_ISSUE_CLAUSE = (rf"(?:(?:[^\s,.;:()]+[ ]+){{0,4}}?(?:{_cue_pattern('so_far')})[ ]+)?"
                      rf"(?:[^\s,.;:()]+[ ]+){{1,8}}?(?:{_cue_pattern('perfective')})"
                      rf"(?:[ ]+(?:{_cue_pattern('perfective')}))*"
                      rf"(?:[ ]+(?:{_cue_pattern('partner')})(?:[ ]+[^\s.;:()]+){{1,8}}?)?[ ]+(?:{_cue_pattern('issue')}){_WORD_END}")
# what a document is based on, asked for in another ("theo đề nghị của * tại", "xét đề nghị của * tại")
_BASIS_REQUEST = star_phrase_pattern(row["phrase"] for row in read_table("relation_phrases.tsv")
                                     if row["relation"] == "based_on" and row["where"] in ("gap", "both")
                                     and "*" in row["phrase"])
_BASIS_PLAIN = phrase_pattern(row["phrase"] for row in read_table("relation_phrases.tsv")
                              if row["relation"] == "based_on" and "*" not in row["phrase"])
# … the request alone, as a list's second basis after the first's title ("trên cơ sở Nghị quyết số 28/NQ-HĐND … về
# điều chỉnh dự toán … và đề nghị của Sở Tài chính tại Tờ trình số 5210/TTr-STC")
_BARE_REQUEST = star_phrase_pattern({row["phrase"][row["phrase"].index("đề nghị"):]
                                     for row in read_table("relation_phrases.tsv")
                                     if row["relation"] == "based_on" and "đề nghị" in row["phrase"]})
# the agent of an issuing verb after a title, a name of up to ten words: "do Ban Chấp hành Đảng bộ tỉnh ban hành", "do
# Phó Chủ tịch UBND huyện ký" (not "… dôi dư do sắp xếp đơn vị hành chính được ban hành trên cơ sở …"); after "của", with
# the date it issued on ("… của UBND tỉnh ban hành ngày 5/5/2023": "của" opens many a title's words)
_AGENT_NAME = rf"[{UPPER}][^\s,.;:()]*(?:[ ]+(?!được[ ])[^\s,.;:()]+){{0,9}}?"
_BY_AGENT_AHEAD = (rf"(?:do|được)[ ]+{_AGENT_NAME}[ ]+{_ISSUING_VERB}(?![^\W\d_])"
                   rf"|của[ ]+{_AGENT_NAME}[ ]+(?:ký[ ]+)?ban hành[ ]+(?:vào[ ]+)?ngày[ ]*\d")
# "… về việc bãi bỏ một số nghị quyết do HĐND tỉnh Quảng Nam ban hành", "… công bố danh mục văn bản quy phạm pháp luật
# do UBND tỉnh ban hành hết hiệu lực": an agent after a lower-case document noun of the title issued those documents,
# not the one cited; the title runs on over it
_LOWER_NOUNS = alternation({w for w in _NOUN_SPELLINGS if not w[0].isupper()})
_AGENT_OF_TITLE_NOUN = re.compile(
    rf"(?<![^\W\d_])(?:{_LOWER_NOUNS})(?:[ ]+(?![{UPPER}])[^\W\d_]+){{0,4}}\Z")
_BY_AGENT_STOP = re.compile(rf",?[ ]+(?={_BY_AGENT_AHEAD})")
_TITLE_STOP = re.compile(
    # a title runs on after "; " in lower case ("về đẩy mạnh xây dựng, chỉnh đốn Đảng …; kiên quyết …"),
    # not into a clause of plural subject ("…; các cấp ủy …") nor one a time word opens ("…; đến nay, huyện đang rà soát …")
    rf"[.!?](?=\s|$)|;(?=\s|$)(?![ ]+(?![{UPPER}])(?!(?:{_cue_pattern('plural')}|{_cue_pattern('urged')}){_WORD_END})"
    rf"(?!(?:{_cue_pattern('so_far')}|{_cue_pattern('date_opener')}|{_cue_pattern('reporting_opener')})[ ]*,)[^\W\d_])"
    # … nor into the citing document's next basis ("… về phục hồi du lịch; theo đề nghị của Giám đốc Sở … tại Tờ trình
    # số 245/TTr-SVHTTDL", "…; căn cứ Nghị định số …")
    rf"|;(?=[ ]+(?:{_BASIS_REQUEST})[ ]|[ ]+(?:{_BASIS_OF_CLAUSE})[ ]+(?:{_NOUNS}){_WORD_END})"
    rf"|\n|[ ]*\((?:{_cue_pattern('alias')})|,[ ]+(?=[{UPPER}]|{CLAUSE_SUBJECT}|{_LEVEL_CLAUSE}|{PAST_ISSUE_CLAUSE})"
    # … nor into a bracket that names what amended the document ("… về đánh giá, xếp loại chất lượng cán bộ (đã được sửa
    # đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP) và B2": an aside about it, not its title's words)
    rf"|(?P<changed>[ ]*\((?=[ ]*(?:đã[ ]+)?(?:được[ ]+)?(?:{_cue_pattern('changed_aside')})[ ]+(?:tại|bởi|theo)[ ]))"
    # … nor after a word that tells when, the next clause's opener ("… về sắp xếp, tổ chức lại đơn vị hành chính các
    # cấp, trước đó Ban Thường vụ Tỉnh ủy đã ban hành …", "…, mới đây, UBND tỉnh ban hành …")
    rf"|,[ ]+(?=(?:{_cue_pattern('date_opener')})[ ]*,?[ ]+(?:[{UPPER}]|{CLAUSE_SUBJECT}|{_LEVEL_CLAUSE}|{PAST_ISSUE_CLAUSE}))"
    # "… định hướng đến năm 2030 - một trong những nghị quyết chuyên đề cụ thể hóa B": what the document is, set off by a dash
    r"|[ ]+[-–][ ]+(?=một[ ]+trong[ ]+(?:những|các)[ ])"
    # the next item of a list by its number and symbol alone: "các Nghị quyết: số 57-NQ/TW … về …, số 59-NQ/TW …"
    rf"|[,;][ ]+(?=số[ ]+\d{{1,5}}(?:/\d{{4}})?[ ]*[-/][ ]*[{UPPER}])"
    # "… về chính sách thu hút, trọng dụng người có tài năng, tỉnh đã rà soát …": a level word made subject by a past
    # verb, whatever the verb, opens the next clause
    rf"|,[ ]+(?=(?:{_cue_pattern('level_subject')})(?:[ ]+[{UPPER}][^\W\d_]*){{0,3}}[ ]+(?:{_cue_pattern('perfective')})[ ]+[^\W\d_])"
    # "… về chuyển đổi số …, đồng thời thực hiện Kế hoạch số 237-KH/TU": the citing document's second act
    rf"|,[ ]+(?=(?:{_cue_pattern('also')}){_WORD_END})"
    # "… về quy chế làm việc, căn cứ Nghị định số …": the citing document's basis; or its request ("… về giao chỉ tiêu
    # tuyển quân năm 2025, theo đề nghị của Bộ CHQS tỉnh tại Tờ trình số …")
    rf"|,[ ]+(?=(?:{_BASIS_OF_CLAUSE})[ ]+(?:{_NOUNS}){_WORD_END}|(?:{_BASIS_REQUEST})[ ])"
    # "… về công tác dân vận trong tình hình mới, gắn với thực hiện Kết luận số 43-KL/TW": a document the citing one
    # carries out with it, tied on after a comma (not a title's own "…, gắn với xây dựng nông thôn mới")
    rf"|(?P<linked>,[ ]+(?=(?:{_cue_pattern('linked')})[ ]+(?:việc[ ]+)?(?:tiếp[ ]+tục[ ]+)?(?:{_cue_pattern('carry_own')})[ ]+"
    rf"(?=[{UPPER}])(?:{_NOUNS}){_WORD_END}))"
    # "… năm 2025, cùng Hướng dẫn số 152-HD/BTGDVTW …": the list's next document, named with a capital
    rf"|,[ ]+(?=(?:{_cue_pattern('along_with')})[ ]+(?=[{UPPER}])(?:{_NOUNS}){_WORD_END})"
    # "…, ngày 22/4/2025, Ban Thường vụ … ban hành": the date that opens the next clause, between commas or before
    # its capitalised subject ("…, ngày 15/02/2024 Ban Chỉ đạo 35 huyện ban hành …")
    r"|,[ ]*(?=ngày[ ]*\d{1,2}(?:[ ]?[/.-][ ]?\d{1,2}(?:[ ]?[/.-][ ]?\d{4})?|[ ]+tháng[ ]+\d{1,2}[ ]+năm[ ]+\d{4})"
    rf"(?:[ ]*,|[ ]+[{UPPER}]))"
    rf"|[ ]+được[ ]+ban hành|[ ]+(?:{_cue_pattern('title_stop')}){_WORD_END}|[ ]+(?:{_PASSIVE_RELATION})[ ]"
    # "… về phát triển du lịch do UBND tỉnh ban hành ngày 5/5/2020": the document's issuer and date after its title
    rf"|,?[ ]+(?={_BY_AGENT_AHEAD})"
    # "… về sắp xếp đơn vị hành chính năm 2025 và xét đề nghị của Chính phủ tại Tờ trình …": the citing document's
    # second basis
    rf"|,?[ ]+và[ ]+(?=(?:{_BASIS_REQUEST})[ ])"
    # … or of a basis word and a document ("…; trên cơ sở Nghị quyết số 117/NQ-CP … về sắp xếp … giai đoạn 2023-2025 và
    # xét Tờ trình số 210/TTr-UBND …")
    rf"|,?[ ]+và[ ]+(?=(?:{_BASIS_PLAIN})[ ]+(?:{_NOUNS}){_WORD_END})"
    rf"|,?[ ]+và[ ]+(?=(?:{_BARE_REQUEST})[ ]+(?:{_NOUNS}){_WORD_END})"
    # "… Nghị quyết về chương trình giám sát năm 2024 và một số nghị quyết về công tác nhân sự": the list's other
    # documents, counted, not the title's words
    rf"|,?[ ]+và[ ]+(?=(?:{_cue_pattern('plural')})[ ]+(?:{_NOUNS}){_WORD_END})"
    # "… về lãnh đạo đại hội, và Tổng cục Chính trị có Hướng dẫn số …": a second subject issuing a document of its own
    rf"|,?[ ]+và[ ]+(?=[{UPPER}][^\s,.;:()]*(?:[ ]+[^\s,.;:()]+){{0,6}}?(?:[ ]+(?:{_cue_pattern('perfective')}))*"
    rf"[ ]+(?:{_cue_pattern('issue')})[ ]+(?:{_NOUNS}){_WORD_END})"
    r"|”|(?P<quote>[“\"])"
)
# the next item of a review's list, after its own period, ends the title of the item before ("… tổng kết 10 năm thực
# hiện Chỉ thị số 40-CT/TW … về … gắn với 3 năm thực hiện Kết luận số 06-KL/TW"), not the review's own title
_NEXT_REVIEW_ITEM = re.compile(r",?[ ]+(?:và|gắn với)[ ]+(?:(?:sơ|tổng)[ ]+kết[ ]+)?\d+[ ]+năm[ ]+thực hiện[ ]")
_PERIOD_DONE = re.compile(r"\d+[ ]+năm[ ]+thực hiện[ ]")
_QUOTE_CLOSE = {"“": "”", '"': '"'}
_STRAIGHT_QUOTE, _CURLY_QUOTES = re.compile('"'), re.compile("[“”]")


def _closing_quote(text: str, start: int, limit: int) -> int:
    """Where the quote opened at `start` closes (-1: not before `limit`), quotes of its kind nested in it skipped:
    "về "đẩy mạnh …, biểu hiện "tự diễn biến", "tự chuyển hóa"" gắn với …". A straight quote after a space and
    before a letter opens one."""
    straight = text[start] == '"'
    depth = 0
    for q in (_STRAIGHT_QUOTE if straight else _CURLY_QUOTES).finditer(text, start + 1, limit):
        if q.group() == "“" or straight and text[q.start() - 1] in " (" and text[q.end():q.end() + 1].isalnum():
            depth += 1
        elif depth == 0:
            return q.start()
        else:
            depth -= 1
    return -1


_TITLE_OPENERS = ("về", "Về", "“", '"')
# "về" opens a title and is not part of it; "việc" is ("về việc tổ chức …": "việc tổ chức …")
_TITLE_OPENER = re.compile(r"^(?:về|Về)[ ]+(?=\S)")
_TITLE_START = re.compile(r"[ ]*,?[ ]*(?:(?:về|Về)[ ]+(?=\S)|(?=[“\"]))")
_SIBLING_BEFORE = re.compile(r"(?:[ ]*,|[ ]*;|[ ]+và|[ ]*,[ ]*và)[ ]+$")
# "… về Chương trình giám sát … năm 2025 và Chiến lược phát triển … ban hành kèm theo Nghị quyết số 1009/…": an item
# named by what carries it, a sibling of the document the title is of
_CARRIED_SIBLING_BEFORE = re.compile(
    rf"[ ]+và[ ]+[{UPPER}][^.;:\n()]{{0,80}}?[ ]+(?:{_cue_pattern('carried_by')})[ ]+$")
# "… về nông nghiệp, nông dân, nông thôn và thay thế Nghị quyết này": what the sentence's subject does, after "và", to a
# document named back by its capitalised noun (data/relation_phrases.tsv, replacing and amending phrases) is no part of
# the title (one named with its number is read past the title, relations._joined_act)
_REPLACING_OR_AMENDING = [row["phrase"] for row in read_table("relation_phrases.tsv")
                          if row["relation"] in ("replaces", "amends") and row["where"] == "gap"
                          and "*" not in row["phrase"]]
_ACTS_ON_SIBLING_BEFORE = re.compile(rf"[ ]+và[ ]+(?:{phrase_pattern(_REPLACING_OR_AMENDING)})[ ]+$")
_ACTS_ON_CHARS = 40


@dataclass(slots=True)
class Citation:
    """One place in the text that names a document (see the module docstring for `form`)."""

    start: int
    head_end: int  # after the noun and its number/symbol/demonstrative
    end: int  # end of the mention
    form: str  # numbered | named | new | ref
    type: str | None = None  # prose type name ("Chương trình hành động"); None for "văn bản"
    type_code: str | None = None
    number: str | None = None
    symbol: Symbol | None = None
    date: str | None = None
    issuer: Issuer | None = None
    term: str | None = None
    title: str | None = None
    cover_end: int = 0  # end of everything that belongs to it (description, title)
    anchor: int = 0  # where what the document does is said ("… của Tỉnh ủy | thực hiện …")
    ref: str | None = None  # this | bare | issuer | cataphor | titled (form ref only)
    issued: bool = False  # the object of an issuing verb ("vừa ban hành Kế hoạch …")
    headline: bool = False
    key: str | None = None  # identity of a named resolution
    alias_of: int | None = None  # index of the citation that names the same document: a short
    # name's ("gọi tắt là …"), a decision's that approves this plan ("Quyết định … phê duyệt Kế hoạch …")
    target: int | None = None  # a cataphor: index of the citation it announces
    own_title: bool = False  # the title follows this citation itself (not a shared list title)
    same_day: bool = False  # dated by "cùng ngày …" after a list: the date of each item ("217-QĐ/TW và 218-QĐ/TW cùng ngày …")
    nested_at: int | None = None  # a new document's description ran into the citation here
    generic_of: bool = False  # "theo quy định của Bộ Tài chính": refers back, never a new document
    of_its_time: bool = False  # a yearless law's name an older document's description holds, read as the law of its time

    def mention(self, text: str) -> str:
        return text[self.start:self.end]


def _in_committee_name(scan: _Scan, start: int, end: int) -> bool:
    """Is the text from `start` to `end` (a document and the "của …" after it) inside the name of a committee named
    before it?"""
    text = scan.text
    low = max(0, start - _COMMITTEE_NAME_CHARS)
    if "Ban" not in text[low:start]:
        return False
    named = [m.start() for m in _COMMITTEE_AT.finditer(text, low, start)]
    body = issuer_at(text, named[-1], scan.article) if named else None
    return body is not None and body.end >= end


class _Noun(NamedTuple):
    start: int
    end: int
    text: str
    number_at: int  # where its number would start (after "số")
    symbol: Symbol | None
    number: re.Match[str] | None  # a bare document number
    before: str  # the word before it, lower case
    before_start: int
    short: bool = False  # its number follows a modifier with no "số" ("Kết luận thanh tra 868"): a short reference


@dataclass(slots=True)
class _Scan:
    """What the pass over one text has found so far."""

    text: str
    article: Place | None
    year: int | None
    numbered_heads: list[int] = field(default_factory=list)  # starts of "noun + number"
    named_heads: list[int] = field(default_factory=list)  # starts of capitalised nouns with no number
    citations: list[Citation] = field(default_factory=list)
    used_symbols: list[tuple[int, int]] = field(default_factory=list)
    printed: Citation | None = None  # the document the page prints, from its header block
    amending_dates: set[int] = field(default_factory=set)  # where a date after the laws it names is the amending law's
    amending_years: set[int] = field(default_factory=set)  # … and where a year after them is
    amending_numbers: set[int] = field(default_factory=set)  # … and where a number after them is
    reformed: bool | None = None  # published after the 2025 reform (its communes are the 2025 ones); None: undated
    scheme_names: list[tuple[int, int, str, list[str]]] | None = None  # see _scheme_named_before
    headline_end: int = 0  # the text before it is the headline
    day: str | None = None  # the article's own date (ISO), which "sáng nay", "chiều qua" count from
    yearless: bool = False  # a partial date ("Ngày 12/9, …") was met with no year to complete it
    latest: str | None = None  # the year is a guess from the latest date cited (ISO): a partial date before it is not read
    # the numbered citations by number_key, in the order of `citations`: "the last document of this number" is asked
    # of each citation, and a walk back over every one made a page of a thousand citations quadratic
    numbered_by_key: dict[str, list[Citation]] = field(default_factory=dict)

    def add(self, cited: Citation) -> None:
        """Record a citation found."""
        self.citations.append(cited)
        self._index(cited)

    def replace(self, citations: list[Citation]) -> None:
        """Replace the citations (a filtered or sorted list) and index them again."""
        self.citations = citations
        self.numbered_by_key = {}
        for cited in citations:
            self._index(cited)

    def _index(self, cited: Citation) -> None:
        if cited.form == "numbered" and cited.number is not None:
            self.numbered_by_key.setdefault(number_key(cited.number), []).append(cited)


_SENTENCE_MARKS = (". ", ".\n", "; ", "? ", "! ", "\n")
_SENTENCE_MAX_CHARS = 1500  # a "sentence" longer than this is cut: every look stays local


# Both are asked of the same place again and again (a citation's sentence by each reading of it: three
# calls in four repeat one), so they keep their answers; a text's hash is computed once and kept.
@lru_cache(maxsize=4096)
def sentence_start(text: str, pos: int) -> int:
    """Start of the sentence or clause holding `pos` (after ". ", "; ", a newline …)."""
    start = max(0, pos - _SENTENCE_MAX_CHARS)
    for mark in _SENTENCE_MARKS:  # each mark is looked for only after the nearest one so far
        found = text.rfind(mark, start, pos)
        while found != -1 and mark == ". " and abbreviation_dot(text, found):
            found = text.rfind(mark, start, found)
        if found != -1:
            start = found + len(mark)
    return start


@lru_cache(maxsize=4096)
def sentence_end(text: str, pos: int) -> int:
    """End of the sentence or clause holding `pos`: just after its ". ", "; " or newline."""
    end = min(len(text), pos + _SENTENCE_MAX_CHARS)
    for mark in _SENTENCE_MARKS:  # each mark is looked for only before the nearest one so far
        found = text.find(mark, pos, end)
        while found != -1 and mark == ". " and abbreviation_dot(text, found):
            found = text.find(mark, found + 2, end)
        if found != -1:
            end = found + len(mark)
    return end


def word_before(text: str, pos: int) -> tuple[str, int]:
    """The word that ends at `pos` (spaces before `pos` skipped), lower case, and its start."""
    end = pos
    while end > 0 and text[end - 1] == " ":
        end -= 1
    low = end - 16 if end > 16 else 0
    start = text.rfind(" ", low, end) + 1 or low
    word = text[start:end]
    cut = max(word.rfind("\n"), word.rfind("("))
    if cut != -1:
        word, start = word[cut + 1:], start + cut + 1
    return word.lower(), start


def find_citations(text: str, article: Place | None = None, year: int | None = None,
                   headline_end: int = 0, published: str | None = None, day: str | None = None) -> list[Citation]:
    """Every citation in `text`, in order. `article` localises issuers named without a place,
    `year` completes partial dates, text before `headline_end` is the headline; `published`
    (ISO) tells whether the article's communes are those of the 2025 reform; `day` (ISO) is the
    article's own date, not a stand-in, which a relative day ("chiều nay") counts from."""
    scan = _scan(text, article, year, headline_end, published, day)
    if year is None and scan.yearless and (latest := max([c.date for c in scan.citations if c.date]
                                                         + [f"{c.symbol.year}-01-01" for c in scan.citations
                                                            if c.symbol is not None and c.symbol.year], default=None)):
        # an undated article is of the year of the latest document it cites, or later: a partial date on or after
        # that document's is read in its year ("Tối 6/9, Sở GD&ĐT có Công văn hỏa tốc số 3561/SGDĐT-CTTT" after
        # "Công điện số 86/CĐ-TTg ngày 5/9/2024"); one before it may be of the next year and stays undated. A legal
        # symbol's year counts as that year's first day ("Ngày 25/10, HĐND tỉnh … thông qua Nghị quyết số
        # 36/2023/NQ-HĐND" after "Nghị quyết số 145-NQ/TU ngày 29/7/2022": 2023, not 2022)
        scan = _scan(text, article, int(latest[:4]), headline_end, published, day, latest)
    return scan.citations


def _scan(text: str, article: Place | None, year: int | None, headline_end: int, published: str | None,
          day: str | None, latest: str | None = None) -> _Scan:
    """The pass over `text` that find_citations makes (see there)."""
    scan = _Scan(text, article, year, reformed=published >= gazetteer.REFORM_DATE if published else None,
                 headline_end=headline_end, day=day, latest=latest)
    nouns = _nouns(text)
    scan.numbered_heads = [n.start for n in nouns if n.symbol is not None or n.number is not None]
    # "… và Chương trình hành động thực hiện …", not "… và Kế hoạch 5 năm …" nor a policy's name
    scan.named_heads = [n.start for n in nouns if n.symbol is None and n.number is None and n.text[:1].isupper()
                        and _WORD_AFTER.match(text, n.end) and not _POLICY_AFTER.match(text, n.end)]
    previous: Citation | None = None
    previous_noun: _Noun | None = None
    previous_generic = False
    for noun in nouns:
        generic = _generic(text, noun, previous_noun, previous_generic)
        cited = _cite(scan, noun, generic, previous)
        previous_generic = generic and cited is None
        previous_noun = noun
        if cited is not None:
            scan.add(cited)
            previous = cited
            if noun.number is not None and cited.form == "numbered" and cited.end == cited.head_end:
                previous = _numbers_sharing_a_symbol(scan, cited) or _listed_numbers(scan, cited) or cited
    _cite_bare_symbols(scan)
    scan.replace(sorted(scan.citations, key=lambda c: c.start))
    _finish(scan, headline_end)
    return scan


def _dated(scan: _Scan, pos: int, *, day_named: bool = False) -> DateMatch | None:
    """`date_at` with the article's year, noting a partial date left without one (scan.yearless)."""
    found = date_at(scan.text, pos, scan.year, day_named=day_named)
    if found is not None and found.iso is None and scan.year is None:
        scan.yearless = True
    elif found is not None and found.iso and scan.latest and found.iso < scan.latest \
            and date_at(scan.text, pos, None, day_named=day_named).iso is None:  # partial, the guessed year in doubt
        return found._replace(iso=None)
    return found


# a word after a noun that makes another noun of the two (data/cues compound_tail), not "viên chức" after a verb
_COMPOUND_TAIL = re.compile(rf"[ ](?:{_cue_pattern('compound_tail')}){_WORD_END}(?![ ]chức)")
_COMPOUND_FIRST_LETTERS = {w[0] for w in cues("compound_tail")}


def _nouns(text: str) -> list[_Noun]:
    found = [(0, m.end(), m.group()) for m in [TYPE_WORD_RE.match(text)] if m is not None]
    found += [(m.start("word"), m.end("word"), m.group("word")) for m in _NOUN_AFTER_MARK.finditer(text)]
    out = []
    covered = -1
    for start, end, word in found:
        if start < covered or word == "luật" and text[max(0, start - 5):start] == "pháp ":  # "kết luận" inside
            continue  # "Thông báo kết luận"; "pháp luật" (the law at large) inside a law's name: "… quy phạm pháp luật số …"
        covered = end
        symbol = number = None
        following = text[end + 1:end + 2] if text[end:end + 1] == " " else text[end:end + 1]
        if following in _COMPOUND_FIRST_LETTERS and _COMPOUND_TAIL.match(text, end):
            continue  # "báo cáo viên của Ban Tuyên giáo": a lecturer, no report
        number_at = _NUMBER_INTRO.match(text, end).end() if following.isdigit() or following in ("s", "S") else end
        short = False
        if following in _MODIFIER_FIRST_LETTERS and (modifier := _MODIFIER.match(text, end)):
            number_at = _NUMBER_INTRO.match(text, modifier.end()).end()  # "Nghị quyết chuyên đề số 05-NQ/TU"
            covered = modifier.end()  # a noun among its words is no noun: "công văn hướng dẫn số …"
        elif following in _MODIFIER_FIRST_LETTERS and (modifier := _MODIFIER_BARE.match(text, end)):
            number_at, short = modifier.end() + 1, True
        elif following == "(" and (aside := _CODE_ASIDE.match(text, end)) \
                and (row := _PROSE_TYPES.get(fold(word))) and aside.group("code").lower() == row["code"].lower():
            number_at = _NUMBER_INTRO.match(text, aside.end()).end()
        elif following == "(" and (aside := _NUMBER_ASIDE.match(text, end)):
            number_at = _NUMBER_INTRO.match(text, aside.end()).end()
        elif following.islower() and (described := _described_number_at(text, end, word)) is not None:
            number_at = covered = described  # "Kế hoạch giáo dục nhà trường số 86/KH-THCS"
        if text[number_at:number_at + 1].isdigit():
            symbol = (letter_symbol_at if fold(word) in _LETTER_NOUNS else symbol_at)(text, number_at) \
                or old_government_symbol_at(text, number_at)
            # a bare number needs a space or "số" before it, but for an abbreviation ("NQ57", as national news writes it)
            if symbol is None and (number_at > end or word in _ABBREVIATIONS):
                number = _BARE_NUMBER.match(text, number_at) or _NUMBER_OF_YEAR.match(text, number_at)
                if number is not None and not _is_document_number(text, number) \
                        and not (fold(word) == _SCHEME_WORD and _decision_numbered(text, number.group("num"))) \
                        and not (_YEAR_LIKE.fullmatch(number.group("num")) and not _UNIT_AFTER.match(text, number.end())
                                 and _symbol_of_number_cited(text, word, number.group("num"))):
                    number = None
        if short and symbol is None and number is None:
            number_at, short = end, False  # "Kết luận kiểm tra năm 2023", "kết luận thanh tra 2023": the noun alone
        out.append(_Noun(start, end, word, number_at, symbol, number, *word_before(text, start), short))
    return out


# a plan's or decision's kind in lower-case words between its noun and its number ("Kế hoạch giáo dục nhà trường số
# 86/KH-THCS", "Kế hoạch phòng, chống dịch sốt xuất huyết số 88/KH-UBND"): no body, subject or other document in them
_DESCRIPTION_WORDS = 8
_DESCRIBED_NUMBER = re.compile(
    rf"(?:,?[ ]+(?!(?:{_cue_pattern('described_stop')}){_WORD_END})[^\W\d_{UPPER}][^\W\d_]*){{1,{_DESCRIPTION_WORDS}}}?"
    rf"[ ]+(?P<intro>{NUMBER_WORD}[ ]*:?[ ]*)(?=\d)")


def _described_number_at(text: str, end: int, word: str) -> int | None:
    """Where the number of the noun ending at `end` starts, past a few lower-case words describing it, when the
    symbol there is of the noun's own type ("Kế hoạch giáo dục nhà trường số 86/KH-THCS"): a symbol of another type
    is another document's ("kế hoạch hoạt động theo số 12/QĐ-UBND")."""
    row = _PROSE_TYPES.get(fold(word))
    if row is None or not row["code"] or (described := _DESCRIBED_NUMBER.match(text, end)) is None:
        return None
    symbol = symbol_at(text, described.end())
    if symbol is None or symbol.type_code is None or symbol.type_code.lower() != row["code"].lower():
        return None
    return described.end()


# --- one noun ---------------------------------------------------------------------------

def _cite(scan: _Scan, noun: _Noun, generic: bool, previous: Citation | None) -> Citation | None:
    text, word, start, word_end = scan.text, noun.text, noun.start, noun.end
    key = fold(word)
    if key in _GENERIC_DOC:
        if generic and noun.symbol is None:
            return None  # (a letter's symbol names one, plural or not: "các văn bản số 1425/UBND-NN và số 1431/UBND-NN")
        if (symbol := noun.symbol) is None:
            # "Thực hiện Văn bản 4467, …" after "Văn bản số 4467/VPCP-V.I": a document cited before by its number
            if noun.number is not None and word[0].isupper() \
                    and (earlier := _cited_by_number(scan, noun.number.group("num"))) is not None:
                row = {"type": earlier.type, "code": earlier.type_code or ""}
                return _numbered(scan, row, noun, noun.number.end(), noun.number.group("num"), None)
            return _cite_generic_noun(scan, start, word_end)
        # "Văn bản số 1678/UBND-KTTH" is a công văn; "văn bản số 45/KH-UBND" the plan its code names
        row = _LETTER_ROW if symbol.type_code is None else \
            {"type": type_name(symbol.type_code, symbol.system), "code": symbol.type_code}
        scan.used_symbols.append((noun.number_at, symbol.end))
        return _numbered(scan, row, noun, symbol.end, symbol.number, symbol)
    row = _PROSE_TYPES.get(key) or _ABBREVIATIONS.get(word)
    if row is None:
        return None
    if noun.symbol is not None:
        end = noun.symbol.end
        scan.used_symbols.append((noun.number_at, end))
        return _numbered(scan, row, noun, end, noun.symbol.number, noun.symbol)
    if noun.short and noun.symbol is None and _cited_by_number(scan, noun.number.group("num"), row["code"]) is None:
        noun = noun._replace(number=None, number_at=noun.end)  # "quyết định kỷ luật 3 đảng viên": a count
    elif _counts_as_verb(scan, noun) and _cited_by_number(scan, noun.number.group("num"), row["code"]) is None:
        noun = noun._replace(number=None, number_at=noun.end)  # "xã hướng dẫn 2 HTX rà soát": a verb and a count
    if noun.number is not None and row["unnumbered"] == "approved" and noun.symbol is None:
        noun = noun._replace(number=None, number_at=noun.end)  # "chọn phương án 2", "đối tác chiến lược 3 bên": none's number
    if noun.number is not None and row["code"]:  # a law is named by its title: "kỷ luật 152 đảng viên" is none
        if _programme_known_by_number(scan, noun):
            return None
        return _numbered(scan, row, noun, noun.number.end(), noun.number.group("num"), None)
    if word in _ABBREVIATIONS:  # "NQ TW 4 khóa XII" is a plenum's resolution; any other is none
        if _TAKEN_UP_BEFORE.search(text, max(0, start - _TAKEN_UP_CHARS), start) and text[word_end:word_end + 1] in ".,;":
            return _unnumbered(scan, row, noun, True, previous)  # "… thực hiện NQ.": the resolution named before
        return _named_resolution(scan, start, word_end) if row["code"] == "NQ" else None
    if not row["code"]:  # a law is named by its title
        return _law(scan, row, noun)
    if row["code"] in _PLENUM_TYPES and not generic:  # "các nghị quyết Trung ương 6 khóa XII" are several
        named = _named_resolution(scan, start, word_end, row)
        if named is not None:
            return named
    if not generic and word[0].isupper() and row["code"] in _SCHEME_TYPES \
            and not _approved_after(text, previous, start) \
            and (named := _scheme_named_before(scan, noun, row)) is not None:
        # (what a decision just cited approves is its own, though named like one before: "Quyết định số 1852/QĐ-UBND
        # … phê duyệt Đề án đào tạo nghề cho lao động nông thôn tỉnh Nam Định" after 'Đề án "Đào tạo nghề …"')
        return named
    if generic or _POLICY_AFTER.match(text, word_end) and not (
            row["code"] == "ĐA" and (_approved_after(text, previous, start)
                                     or word[0].isupper() and _approved_by_in_sentence(scan, word_end))):
        return None  # (a scheme is one when a body is said to approve it: "Đề án tổng thể … được Bộ Chính trị phê duyệt")
    return _unnumbered(scan, row, noun, word[0].isupper(), previous)


# a verb of taking a document up right before an abbreviation standing alone ("… ban hành Kế hoạch số 148/KH-UBND
# thực hiện NQ."): the abbreviation names back the document of its type
_TAKEN_UP_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('uptake')})[ ]+\Z")
_TAKEN_UP_CHARS = 16


# a verb of directing right before a noun that is mostly a verb ("Công văn … đề nghị báo cáo tiến độ …")
_ASKED_TO_REPORT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('directs')})[ ]+\Z")
_ASKED_TO_REPORT_CHARS = 30  # "truyền đạt ý kiến "
# a report named by the review it is, capitalised ("Kỳ họp cũng thông qua Báo cáo sơ kết 2 năm thực hiện Quy định số
# 22-QĐ/TW"): a document, though "báo cáo" alone is mostly a verb
_REVIEW_NAMED = re.compile(rf"[ ]+(?:{_cue_pattern('review')})[ ]")
_RESULTS_OF_NAMED = re.compile(rf"[ ]+(?:{_cue_pattern('report_results')})[ ]+(?:{_NOUNS}){_WORD_END}")


def _review_report_of(text: str, row: dict[str, str], word_end: int, of_at: int) -> bool:
    """A report named in lower case by the review it is, its body's after one or two words at most ("Theo báo cáo
    tổng kết của Ban Thường vụ Huyện ủy, …", "báo cáo sơ kết 5 năm của Ban cán sự đảng UBND tỉnh"): that body's
    report, though "theo báo cáo của …" alone is what a body reports."""
    return row["code"] == "BC" and _REVIEW_NAMED.match(text, word_end) is not None \
        and len(text[word_end:of_at].split()) <= _REVIEW_REPORT_WORDS


_REVIEW_REPORT_WORDS = 3  # "sơ kết 5 năm"
# the meeting's own report speaking as a subject ("Báo cáo sơ kết cho biết, thực hiện chương trình của Thành ủy, …"):
# no document, though a description with a body in it follows
_REPORT_SPEAKS = re.compile(rf"(?:[ ]+(?:{_cue_pattern('review')}))?[ ]+(?:{_cue_pattern('report_speaks')}){_WORD_END}")
# a council committee's vetting, lower-case: a step of the council's procedure (data/cues vetting)
_VETTING = re.compile(rf"[ ]+(?:{_cue_pattern('vetting')}){_WORD_END}")


# a report opening its sentence, perhaps of a kind ("Báo cáo thẩm tra"), then "do" and its author
_REPORT_BY = re.compile(rf"(?:[ ]+[^\W\d_]+){{0,2}}?[ ]+do[ ]+(?=[{UPPER}])")


def _approved_after(text: str, decision: Citation | None, start: int) -> bool:
    """Does the noun at `start` name what the decision just cited approves? A scheme so approved is that decision
    though its name reads as a policy's ("Nghị quyết số 88/2019/QH14 … phê duyệt Đề án tổng thể phát triển kinh tế
    - xã hội vùng đồng bào dân tộc thiểu số …"); a programme or plan named so stays a policy ("phê duyệt Chương
    trình mục tiêu quốc gia …", "phê duyệt Kế hoạch sử dụng đất …")."""
    return decision is not None and decision.form == "numbered" and decision.type in _CARRIERS \
        and _APPROVING.fullmatch(text, decision.cover_end, start) is not None


# "… phê duyệt Chương trình “Phát triển nguồn nhân lực ngành công nghiệp bán dẫn …”", later "Kế hoạch triển khai
# Chương trình phát triển nguồn nhân lực ngành công nghiệp bán dẫn"; "(gọi tắt là Đề án 1 triệu căn hộ)", later
# "Để triển khai Đề án 1 triệu căn hộ, …": a scheme named again by the words of its quoted title or short name
# … or by the first words of the unquoted name a decision just cited approved ("Quyết định số 1384/QĐ-TTg … phê duyệt
# Đề án tái cơ cấu ngành nông nghiệp theo hướng …", later "… thực hiện Đề án tái cơ cấu ngành nông nghiệp trên địa
# bàn tỉnh"; "… phê duyệt Chiến lược phát triển kinh tế tập thể, …", later "Kế hoạch thực hiện Chiến lược phát triển
# kinh tế tập thể, …": the decision, corpus/README)
_SCHEME_TYPES = {"ĐA", "CTr", "KH", "CL"}
_UNQUOTED_WORD = re.compile(r"[^\s,.;:()“”\"]+")
_SCHEME_NAME = re.compile(
    rf"(?P<noun>Đề án|Chương trình|Kế hoạch)[ ]+(?:[“\"](?P<title>[^”\"\n]{{10,300}})[”\"]"
    rf"|(?P<alias>[^()\n]{{3,80}})\))")
_SCHEME_MIN_WORDS = 3


def _scheme_named_before(scan: _Scan, noun: _Noun, row: dict[str, str]) -> Citation | None:
    """The noun and the words after it, when they repeat the start of a scheme's quoted title or short name given
    before (at least three words, either case): a reference to that scheme, whatever its words say (a policy's "phát
    triển", a quantity's "1 triệu"). The names are read once per text, and only from texts that quote or alias."""
    text = scan.text
    if scan.scheme_names is None:
        scan.scheme_names = [] if not any(mark in text for mark in ("“", '"', "gọi tắt", "gọi là")) else [
            (m.start(), m.end(), fold(m.group("noun")), fold(m.group("title") or m.group("alias")).split(),
             _SCHEME_MIN_WORDS)
            for m in _SCHEME_NAME.finditer(text)
            if m.group("title") or _ALIAS_BEFORE.search(text, max(0, m.start() - 30), m.start())]
    key = fold(noun.text)
    for start, end, name_noun, words, need in scan.scheme_names + _approved_names(scan, noun.text, key):
        if end > noun.start or name_noun != key or len(words) < _SCHEME_MIN_WORDS \
                or not any(c.start == start or c.cover_end <= start <= c.cover_end + 30 for c in scan.citations):
            continue  # the name of a document cited there (a quoted campaign is none), or its alias after it
        pos, matched = noun.end, 0
        for word in words:
            m = _NAME_WORD.match(text, pos)
            if m is None or fold(m.group(1)) != word:
                break
            pos, matched = m.end(), matched + 1
        if matched >= need and _other_period(words[matched:], text, pos):
            continue  # "Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020" is not the one of 2021 - 2030
        if matched >= need:
            if any(mark in text[noun.end:pos] for mark in ("“", '"')):
                if not text.startswith(("”", '"'), pos):
                    continue  # a quoted name that goes on is a fuller one ('Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn …"')
                pos += 1  # its closing quote
            return Citation(noun.start, pos, pos, "ref", ref="bare", anchor=pos, cover_end=pos,
                            type=row["type"], type_code=row["code"] or None)
    # a strategy a decision approved, named again by its noun and a period inside its own: "… phê duyệt Chiến lược phát
    # triển các ngành công nghiệp văn hóa Việt Nam đến năm 2020", later "Kế hoạch hành động thực hiện Chiến lược giai
    # đoạn 2017 - 2020"
    if row["unnumbered"] == "approved" and _PERIOD_NEXT.match(text, noun.end) \
            and (named := [n for n in _approved_names(scan, noun.text, key) if n[1] <= noun.start]) \
            and not _other_period(named[-1][3], text, noun.end):
        return Citation(noun.start, noun.end, noun.end, "ref", ref="bare", anchor=noun.end, cover_end=noun.end,
                        type=row["type"], type_code=row["code"] or None)
    return None


_PERIOD_NEXT = re.compile(rf"[ ]+(?:{_cue_pattern('period')})[ ]+(?:19|20)\d\d(?!\d)")


def _approved_names(scan: _Scan, noun: str, key: str) -> list[tuple[int, int, str, list[str], int]]:
    """The names, as _scheme_named_before reads them, of the schemes of this noun that a decision cited right before
    them approves ("Quyết định số 340/QĐ-TTg … phê duyệt Chiến lược phát triển kinh tế tập thể"), or that the next
    sentence says a decision approved ("… thực hiện Chiến lược phát triển kinh tế tập thể …. Chiến lược được Thủ
    tướng Chính phủ phê duyệt tại Quyết định số 340/QĐ-TTg"); unquoted, a name is named again by five of its words
    or all ("Đề án phát triển kinh tế ban đêm" is no "Đề án phát triển kinh tế tập thể")."""
    text, cited = scan.text, scan.citations
    names = []
    for k, c in enumerate(cited):
        if c.form == "new" and fold(text[c.start:c.start + len(noun)]) == key \
                and (k and _approved_after(text, cited[k - 1], c.start)
                     or _APPROVED_NEXT.match(text, sentence_end(text, c.start))):
            words = _UNQUOTED_WORD.findall(fold(text[c.start + len(noun):c.cover_end]))
            names.append((c.start, c.cover_end, key, words, min(len(words), _UNQUOTED_MIN_WORDS)))
    return names


_UNQUOTED_MIN_WORDS = 5
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_UP_TO_YEAR = re.compile(r"(?<![^\W\d_])đến(?:[ ]+năm)?[ ]+(?=(?:19|20)\d\d(?!\d))")
_PERIOD_CHARS = 40


def _other_period(rest: list[str], text: str, pos: int) -> bool:
    """Does the name go on to a period that the years after the match, where it was named again, fall outside of
    (the same name of another period: "… giai đoạn 2011 - 2020" is not "… giai đoạn 2021 - 2030"; but "… giai đoạn
    2024 - 2025" may be a part of "… đến năm 2030")?"""
    named = " ".join(rest)
    years = [int(y) for y in _YEAR_WORD.findall(named)]
    again = _YEAR_WORD.search(text, pos, min(len(text), pos + _PERIOD_CHARS))
    if not years or again is None:
        return False
    first = 0 if _UP_TO_YEAR.search(named) else min(years)
    return not first <= int(again.group()) <= max(years)


_NAME_WORD = re.compile(r"[ ]+[“\"]?([^\s,.;:()“”\"]+)")  # the name quoted again: "triển khai Đề án “Kiểm soát …”"


def _cited_by_number(scan: _Scan, number: str, code: str | None = None) -> Citation | None:
    """The document cited before with this number (and this type code, if given), the last such."""
    return next((c for c in reversed(scan.numbered_by_key.get(number_key(number), ()))
                 if code is None or c.type_code == code), None)


def _cited_in_full(scan: _Scan, number: str, code: str) -> Citation | None:
    """The document cited before with this number and type code by its symbol and body, the last such."""
    return next((c for c in reversed(scan.numbered_by_key.get(number_key(number), ()))
                 if c.type_code == code and c.symbol is not None and c.issuer is not None), None)


# "Đề án 1956" after "Quyết định số 1956/QĐ-TTg … phê duyệt Đề án …": a scheme known by the number of the decision
# that approves it, though the number reads as a year
_SCHEME_WORD = "đề án"


def _decision_numbered(text: str, number: str) -> bool:
    """Does the text cite a decision of this number ("1956/QĐ-TTg")?"""
    return re.search(rf"(?<!\d){number}[ ]*/[ ]*(?:\d{{4}}/)?QĐ", text) is not None


def _symbol_of_number_cited(text: str, word: str, number: str) -> bool:
    """"Để triển khai Quyết định 2085, …" after "Quyết định 2085/QĐ-TTg": a number that reads as a year is the
    document's when the text cites a symbol of that number and the noun's own code."""
    row = _PROSE_TYPES.get(fold(word)) or _ABBREVIATIONS.get(word)
    if row is None or not row["code"]:
        return False
    return re.search(rf"(?<![\d/]){number}[ ]*[-/][ ]*(?:(?:19|20)\d\d[ ]*/[ ]*)?{re.escape(row['code'])}(?![^\W\d_])",
                     text, re.IGNORECASE) is not None


def _is_document_number(text: str, number: re.Match[str]) -> bool:
    """"Kế hoạch 248", "Chỉ thị số 35 ngày 30/5/2019" yes; "Kế hoạch 5 năm", "Chương trình 2030" no.
    After "số" a number is always a document number."""
    if text[max(0, number.start() - 4):number.start()].rstrip(" :").endswith(("số", "sổ")):
        return True
    if _UNIT_AFTER.match(text, number.end()) and not _DATE_AFTER.match(text, number.end()) \
            and not _OF_YEAR_AFTER.match(text, number.end()):
        return False
    return not _YEAR_LIKE.fullmatch(number.group("num"))


_DATE_AFTER = re.compile(r"[ ]*,?[ ]*ngày[ ]+\d")
# "Kế hoạch số 1452/KH-UBND … về thực hiện Đề án 06 năm 2022": the scheme's work of a year, not a quantity of years
# ("Kế hoạch 5 năm 2021 - 2025" runs over a period)
_OF_YEAR_AFTER = re.compile(r"[ ]+năm[ ]+(?:19|20)\d\d(?![\d/]|[ ]*[-–][ ]*(?:19|20)?\d\d)")


def _programme_known_by_number(scan: _Scan, noun: _Noun) -> bool:
    """"Chương trình 135", "vốn Chương trình 134": a national programme known by its number, a policy
    object, not a document; but "Chương trình 12" after "Chương trình hành động số 12-CTr/TU" names that
    programme again, and "Chương trình số 12", "Chương trình 12 của Tỉnh ủy" or "…, ngày …" a document."""
    text, number = scan.text, noun.number
    if fold(noun.text) != "chương trình" or text[noun.end:number.start()].strip(" :"):
        return False
    if _DOCUMENT_TAIL.match(text, number.end()):
        return False
    key = number_key(number.group("num"))
    return not any(c.type_code == "CTr" and c.number is not None and number_key(c.number) == key
                   for c in scan.citations)


_DOCUMENT_TAIL = re.compile(r"[ ]*(?:,[ ]*)?(?:ngày[ ]+\d|của[ ]|\()")
# the document nouns that are also verbs (data/cues verb_noun)
_VERB_NOUNS = {fold(w) for w in cues("verb_noun")}
# … and the words before one that make it a verb (data/cues verb_marker)
_VERB_MARKERS = set(cues("verb_marker"))
# the document nouns that are also adjectives (data/cues adjective_noun), and a document noun just before one
_ADJECTIVE_NOUNS = {fold(w) for w in cues("adjective_noun")}
_NOUN_BEFORE = re.compile(rf"(?:{_NOUNS})[ ]$")
_NOUN_BEFORE_CHARS = 24


def _counts_as_verb(scan: _Scan, noun: _Noun) -> bool:
    """"hướng dẫn 2 HTX", "kết luận 3 nội dung": a verb-noun in lower case, its bare number right after it (no "số")
    and a word after the number that is no document's tail ("hướng dẫn 2 của Sở", "… 2 về …" stay documents)."""
    text, number = scan.text, noun.number
    if number is None or noun.symbol is not None or not noun.text[0].islower() or fold(noun.text) not in _VERB_NOUNS:
        return False
    if text[noun.end:number.start()].strip():
        return False  # "hướng dẫn số 2": a number after "số" is a document's
    return _WORD_AFTER.match(text, number.end()) is not None and not _DOCUMENT_TAIL.match(text, number.end()) \
        and not text.startswith(" về ", number.end())
_WORD_AFTER = re.compile(r"[ ]+[^\W\d_]")


def _numbered(scan: _Scan, row: dict[str, str], noun: _Noun, head_end: int,
              number: str, symbol: Symbol | None) -> Citation:
    start = noun.start
    cited = Citation(start, head_end, head_end, "numbered", type=row["type"],
                     type_code=(symbol.type_code if symbol and symbol.type_code else row["code"] or None),
                     number=number, symbol=symbol)
    _read_tails(scan, cited)
    if (amended := _amending_words(scan.text, cited)) is not None:
        cited.key = amended
    if cited.issuer is None and scan.text.startswith("tại ", start - 4) and (by := _directed_by(scan, start)) \
            and (symbol is None or by.issuer.code == symbol.issuer_code):  # not "của Thủ tướng tại Công văn số …/VPCP-…"
        cited.issuer = by.issuer  # "chỉ đạo của UBND tỉnh tại Công văn số 567/UBND-KT": the body before "tại"
    _read_title(scan, cited, cited.anchor)
    if cited.date is None and not cited.own_title:
        _issued_after_description(scan, cited)
    _mark_issued(scan, cited, (noun.before, noun.before_start))
    return cited


# what a document does, then the passive that issued it: "Thông tư 29/2024/TT-BGDĐT quy định về dạy thêm, học thêm được
# Bộ trưởng … ký ban hành ngày 30/12/2024"
_DESCRIBED_THEN_BY = re.compile(rf"[ ]+(?:{_cue_pattern('describes')})[ ][^.;:()\n]{{1,150}}?,?[ ]+(?:được|do)[ ]+")


def _issued_after_description(scan: _Scan, cited: Citation) -> None:
    """The date (and the issuer, when none was given) in the passive after what the document opening its sentence does
    ("Thông tư 29/2024/TT-BGDĐT quy định về dạy thêm, học thêm được Bộ trưởng Giáo dục và Đào tạo Nguyễn Kim Sơn ký
    ban hành ngày 30/12/2024"): that clause's subject is the document."""
    text = scan.text
    described = _DESCRIBED_THEN_BY.match(text, max(cited.end, cited.cover_end))
    if described is None or not _opens_sentence(text, cited.start):
        return
    passive = _agent_issuing(scan, described.end())
    found = _dated(scan, passive[1]) if passive is not None else None
    if found is None or not found.iso or cited.symbol and cited.symbol.year and found.iso[:4] != str(cited.symbol.year):
        return
    cited.date = found.iso
    if cited.issuer is None:
        cited.issuer = _placed_in_sentence(scan, passive[0], cited.start).issuer


_AT = re.compile(r"[ ]+tại[ ]+")
# "các Nghị quyết 57, 59, 66 và 68": one noun before several numbers, the list closed by "và"/"hoặc"
# … or by commas alone when the list ends there ("Quyết định 217, 218 của Bộ Chính trị", "thực hiện Quyết định 217, 218
# và Quy định 124"): before its issuer, its date, a clause's end or another document
# (each number perhaps after its own "số": "hai Nghị quyết chuyên đề số 05 và số 06")
_NUMBER_LIST = re.compile(r"(?:[ ]*,[ ]*(?:số[ ]+)?\d{1,4})*[ ]*,?[ ]*(?:và|hoặc)[ ]+(?:số[ ]+)?\d{1,4}"
                          r"|(?:[ ]*,[ ]*(?:số[ ]+)?\d{1,4})+(?![\d/-]|[.,]\d)(?=[ ]*(?:của[ ]|ngày[ ]|[,;:.)]|\n|$|,?[ ]*và[ ]+[A-ZĐ]))")
_NEXT_NUMBER = re.compile(r"[ ]*(?:,[ ]*(?:(?:và|hoặc)[ ]+)?|(?:và|hoặc)[ ]+)(?:số[ ]+)?(?=\d)")


def _listed_numbers(scan: _Scan, first: Citation) -> Citation | None:
    """The documents numbered after the first of a list of bare numbers, each of the first's type;
    a list's tails come after its last item (see references._share_list_tails). Returns the last."""
    text = scan.text
    listed = _NUMBER_LIST.match(text, first.head_end)
    if listed is None:
        return None
    numbers, pos = [], first.head_end
    while pos < listed.end() and (step := _NEXT_NUMBER.match(text, pos)):
        number = _BARE_NUMBER.match(text, step.end())
        if number is None or not _is_document_number(text, number):
            return None
        numbers.append(number)
        pos = number.end()
    verb = _issuing_verb(text, first.start, numbered=True) if first.issued else None
    cited = None
    for number in numbers:
        cited = Citation(number.start(), number.end(), number.end(), "numbered", type=first.type,
                         type_code=first.type_code, number=number.group())
        _read_tails(scan, cited)
        _read_title(scan, cited, cited.anchor)
        if verb is not None:  # "Bộ Chính trị đã ban hành các Nghị quyết 57, 59, 66 và 68" issued all four
            cited.issued = True
            _issuing_clause(scan, cited, verb)
        scan.add(cited)
    return cited


# "Nghị quyết số 18, 19-NQ/TW", "Nghị quyết số 26, 27 và 28-NQ/TW": numbers that share the last one's symbol
_SHARED_SYMBOL_LIST = re.compile(r"(?:[ ]*,[ ]*\d{1,4}(?![\d/-]))*[ ]*(?:,|,?[ ]*và)[ ]*(?=\d{1,4}[ ]?[-/])")
_LISTED_NUMBER = re.compile(r"\d{1,4}")


def _numbers_sharing_a_symbol(scan: _Scan, first: Citation) -> Citation | None:
    """The first number of a list whose last number alone is written with the symbol, as Party texts
    shorten it ("Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017"): each number is of that symbol, the first
    and those between cited here (the last is cited as a bare symbol). Returns the last cited here."""
    text = scan.text
    listed = _SHARED_SYMBOL_LIST.match(text, first.head_end)
    last = symbol_at(text, listed.end()) if listed is not None else None
    if last is None or last.type_code != first.type_code:
        return None
    suffix = last.raw[len(last.number):]

    def shares(cited: Citation) -> Citation:
        cited.symbol = last._replace(start=cited.head_end - len(cited.number), end=cited.head_end,
                                     raw=cited.number + suffix, number=cited.number)
        return cited

    shares(first)
    cited = first
    for number in _LISTED_NUMBER.finditer(text, first.head_end, listed.end()):
        cited = shares(Citation(number.start(), number.end(), number.end(), "numbered", type=first.type,
                                type_code=first.type_code, number=number.group()))
        _read_tails(scan, cited)
        scan.add(cited)
    return cited


def _directed_by(scan: _Scan, start: int) -> IssuerMatch | None:
    """The body in "… của X tại" right before a citation: the direction it gave there."""
    of = scan.text.rfind("của ", max(0, start - _DIRECTED_BY_MAX_CHARS), start)
    found = issuer_at(scan.text, of + 4, scan.article) if of != -1 else None
    if found is None or not _AT.fullmatch(scan.text, found.end, start):
        return None
    return _placed_in_sentence(scan, found, found.start)


_DIRECTED_BY_MAX_CHARS = 100


def _dated_otherwise(scan: _Scan, cited: Citation, iso: str) -> bool:
    """Did an earlier citation of this document give it another date? The document is its symbol,
    or its type and number when it has none ("Chỉ thị số 05-CT/TW, ngày 15-5-2016 …", later
    "Thực hiện Chỉ thị 05, ngày 10 tháng 8 năm 2016, Ban Thường vụ Tỉnh ủy ban hành …")."""
    if cited.symbol is not None:
        symbol = cited.symbol.canonical
        return any(c.symbol is not None and c.symbol.canonical == symbol and c.date and c.date != iso
                   for c in scan.citations)
    number = cited.number.lstrip("0")
    return any(c.type_code == cited.type_code and c.number is not None and c.number.lstrip("0") == number
               and c.date and c.date != iso for c in scan.citations)


# (perhaps in brackets after the list, the issuing said: "… Nghị quyết số 19-NQ/TW (cùng ngày 25/10/2017) của …")
_SAME_DAY_TAIL = re.compile(r"[ ]*,?[ ]*(?P<bracket>\([ ]*)?cùng[ ]+(?:ban[ ]+hành[ ]+)?(?=ngày[ ])")
_SAME_DAY_CLOSE = re.compile(r"[ ]*\)")
_SAME_DAY_BARE = re.compile(r"[ ]*cùng[ ]+ngày(?![^\W\d_])(?![ ]*(?:\d|,))")  # no day after it, nor a comma (a clause's)


def _date_listed_before(scan: _Scan, cited: Citation) -> str | None:
    """The date of the last dated document cited before `cited` in its sentence; with none there,
    that of the sentence before (see _date_of_sentence_before)."""
    opening = sentence_start(scan.text, cited.start)
    before = [c for c in scan.citations if opening <= c.start < cited.start and c.date]
    if before:
        return max(before, key=lambda c: c.start).date
    return _date_of_sentence_before(scan, opening)


def _date_of_sentence_before(scan: _Scan, opening: int) -> str | None:
    """The day of the document the sentence (or clause) ending at `opening` is about, for a
    citation dated "cùng ngày" that opens the next one: the one it issued, else the first it dated
    ("Ngày 28/12, UBND tỉnh ban hành Quyết định số 3145/QĐ-UBND …; Quyết định số 3146/QĐ-UBND cùng
    ngày …", "Chính phủ ban hành Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 …, thay thế Nghị định số
    43/2014/NĐ-CP ngày 15/5/2014. Nghị định số 101/2024/NĐ-CP cùng ngày …": 102's day, not 43's)."""
    if opening < 2:
        return None
    before_start = sentence_start(scan.text, opening - 2)
    dated = [c for c in scan.citations if before_start <= c.start < opening and c.date]
    issued = [c for c in dated if c.issued]
    return issued[-1].date if issued else dated[0].date if dated else None


def _aside_open(text: str, start: int, pos: int) -> bool:
    """Did the citation from `start` open a bracket before `pos` that is not closed yet (its number aside)?"""
    return text.count("(", start, pos) > text.count(")", start, pos)


def _read_tails(scan: _Scan, cited: Citation) -> None:
    """Date, issuer and term after the head, in any order ("…, ngày 01/12/2011 của Ban Bí thư
    (khóa XI)", "… của Ban Bí thư (khóa XII), ngày 22/01/2019")."""
    text, pos = scan.text, cited.end
    of_read = False  # the issuer after "của" read before any date
    held = None  # the end of a notice's "kết luận của Thường trực Tỉnh ủy", where its title starts
    named_end = None  # the issuer's end before the brackets that placed it ("… của UBND tỉnh (Sơn La)")
    for _ in range(5):
        ahead = text[pos:pos + 6].lstrip(" ,")  # which tail can come next: a cheap look first
        first = ahead[:1]
        if first == ")" and (close := _CLOSE.match(text, pos)) and _aside_open(text, cited.start, pos):
            pos = close.end()  # "Chương trình hành động (số 26-CTr/TU, ngày 10/2/2012) của Thành ủy thực hiện …": the
            continue           # number's brackets close, and the issuer or what it does comes after them
        if cited.date is None and first and (first in "nN(" or first.isdigit()) \
                and (found := _dated(scan, pos)):
            if _opens_issuing_clause(scan, found.end):  # "…, ngày 3/3/2025 Tỉnh ủy ban hành …": the next clause's
                break
            if of_read and text.startswith(",", pos) and text.startswith(",", found.end) \
                    and _opens_issuing_clause(scan, found.end + 1):
                break  # "Thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương, ngày 28/2/2025, Ban Thường vụ
                # Tỉnh ủy ban hành …": a date set off by commas after the issuer, before a clause that issues, is its
            if cited.symbol and cited.symbol.year and found.iso and found.iso[:4] != str(cited.symbol.year):
                break  # a legal symbol is dated in its year: "Thông tư 29/2024/TT-BGDĐT, ngày 20/2/2025, UBND …"
            if cited.symbol and cited.symbol.system == "state" and text[pos:pos + 3].lstrip(" ").startswith(",") \
                    and text.startswith(",", found.end) and _opens_issuing_clause(scan, found.end + 1):
                break  # a state symbol takes its date with no comma: "Trên cơ sở Nghị quyết số 48/NQ-HĐND, ngày
                # 18/12/2024, UBND tỉnh ban hành …" dates what the clause issues (the Party's "57-NQ/TW, ngày …" is its own)
            if cited.symbol is None and cited.number and text[pos:pos + 3].lstrip(" ").startswith(",") \
                    and text.startswith(",", found.end) and _opens_issuing_clause(scan, found.end + 1):
                break  # nor does a number named alone, the Party's comma kept for a full symbol: "Để cụ thể hóa Nghị
                # định 03, ngày 12/3/2020, ba lực lượng đã ký kết Quy chế …" dates what the clause issues
            if (cited.symbol or cited.number) and found.iso and text.startswith(",", found.end) \
                    and text[pos:pos + 3].lstrip(" ").startswith(",") and _dated_otherwise(scan, cited, found.iso):
                break  # cited again after its date was given: "Triển khai Chỉ thị 22/CT-TTg, ngày 12/7/2024, Bộ Y tế …"
            cited.date, pos = found.iso, found.end
            continue
        if cited.date is None and first in ("c", "(") and (same := _SAME_DAY_TAIL.match(text, pos)) \
                and (found := _dated(scan, same.end())) \
                and (not same.group("bracket") or (close := _SAME_DAY_CLOSE.match(text, found.end))):
            cited.date, cited.same_day, pos = found.iso, True, found.end  # "… và Quyết định số 218-QĐ/TW cùng ngày …"
            if same.group("bracket"):
                pos = close.end()
            continue
        if cited.date is None and first == "c" and (same := _SAME_DAY_BARE.match(text, pos)) \
                and (day := _date_listed_before(scan, cited)):
            # "Chương trình hành động số 48-CTr/TU ngày 06/3/2018 thực hiện … và Chương trình hành động số 49-CTr/TU
            # cùng ngày thực hiện …": the day of the document its sentence dated last, and the tail goes on after it
            cited.date, pos = day, same.end()
            continue
        if cited.issuer is None and first in ("đ", "d") and (agent := _PASSIVE_AGENT.match(text, pos)) \
                and _opens_sentence(text, cited.start) and (passive := _agent_issuing(scan, agent.end())):
            # "Chương trình hành động số 21-CTr/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 22/9/2023", the
            # subject of its sentence (not "Chương trình … thực hiện Nghị quyết 39 được Ban Chấp hành … ban hành …")
            cited.issuer, pos = _placed_in_sentence(scan, passive[0], cited.start).issuer, passive[1]
            continue
        if cited.date is None and first in ("b", "k", "đ", "d", "(") and (on := _ISSUED_ON.match(text, pos)) \
                and (found := _dated(scan, on.end())):
            end = found.end
            if on.group("paren"):  # "(ban hành ngày 3/4/2023)"
                close = _CLOSE.match(text, end)
                if close is None:
                    break
                end = close.end()
            cited.date, pos = found.iso, end  # "… của Thủ tướng Chính phủ ban hành ngày 27/3/2020"
            continue
        # "của" is often left out before a plenum: "… ngày 30/10/2016 Hội nghị lần thứ tư Ban Chấp hành …"
        if cited.type == "Thông báo" and held is None and ahead.startswith(("kết", "ý", "Kết", "Ý")) \
                and (of := _CONCLUDED_BY.match(text, pos)) and (body := issuer_at(text, of.end(), scan.article)):
            held = body.end  # whose conclusions the notice holds, before its title: not its issuer nor its mention
            continue
        if cited.type == "Thông báo" and held is None and ahead.startswith(("kết", "ý", "Kết", "Ý")) \
                and (concluded := _CONCLUDED_ON.match(text, pos)):
            held = concluded.end()  # "Thông báo số 956-TB/TU ngày 2/11/2020 kết luận về việc sơ kết …": its title next
            continue
        if cited.issuer is None and ahead.startswith(("của", "Hội", "giữa")) and (of := _OF_OR_MEETING.match(text, pos)):
            # a resolution of a plenum named by its number is that plenum's resolution ("Nghị quyết số
            # 44-NQ/TW … của Hội nghị Trung ương 8 khóa XIII", later "Nghị quyết Trung ương 8"); the plenum's
            # number is its name's, without its term too ("Kết luận số 64-KL/TW … của Hội nghị Trung ương 8 về …")
            if cited.type in ("Nghị quyết", "Kết luận") and (plenum := _PLENUM.match(text, of.end() - 1)):
                cited.issuer, cited.term, pos = _plenum_issuer(plenum), plenum.group("k"), plenum.end()
                if cited.type == "Nghị quyết" and plenum.group("k"):
                    cited.key = _plenum_key(plenum)
                continue
            if issuer := issuer_at(text, of.end(), scan.article):
                if _local_body_of_central_symbol(cited, issuer.issuer):
                    break  # "Ban Chỉ đạo thực hiện Kết luận số 21-KL/TW của Quận ủy": the body's, not the conclusion's
                if cited.number and f"{fold(cited.type)} {cited.number}" in fold(issuer.issuer.name):
                    break  # "… Đề án 06 năm 2024 của Ban Chỉ đạo triển khai Đề án 06 tỉnh": a body that carries it out
                if cited.symbol is None and "Ban" in text[max(0, cited.start - _NAMED_COMMITTEE_CHARS):cited.start] \
                        and _NAMED_COMMITTEE_BEFORE.search(text, max(0, cited.start - _NAMED_COMMITTEE_CHARS), cited.start):
                    break  # "Ban Chỉ đạo tổng kết Nghị quyết 18 của Chính phủ": the committee's, not the resolution's
                if _in_committee_name(scan, cited.start, issuer.end):
                    break  # "Ban Chỉ đạo về … chuyển đổi số và Đề án 06 của Tỉnh ủy": the committee's place
                issuer = _placed_in_sentence(scan, issuer, cited.start)
                issuer = _placed_as_issued_before(scan, issuer, cited.start)
                end = _joint_issuers_end(scan, issuer.end, of.group("between") is not None, _joint_symbol(cited))
                if of.group("between") and end == issuer.end:
                    break  # "giữa" one body alone is no joint document's issuers
                cited.issuer, pos, of_read = issuer.issuer, end, cited.date is None
                cited.term = cited.term or issuer.issuer.term
                if issuer.issuer.level == "province" and text.startswith(" (", end) \
                        and (bracket := _PROVINCE_IN_BRACKETS.match(text, end)) is not None \
                        and (province := gazetteer.lookup(bracket.group("name"), level="province")) is not None \
                        and issuer.issuer.province == province.name:
                    named_end, pos = end, bracket.end()  # the brackets are the issuer's, not the next words'
                continue
            if cited.type == "Nghị quyết" and text.startswith("Đại hội", of.end()) \
                    and (congress := _named_resolution(scan, cited.start, of.end() - 1, None)) is not None:
                # "Nghị quyết số 01-NQ/ĐH ngày 20/8/2025 của Đại hội đại biểu Đảng bộ xã lần thứ I": the congress's
                cited.issuer, pos = congress.issuer, congress.cover_end
                continue
        if first in ("n", "t", "g") and (period := _PERIOD_ONLY.match(text, pos)):
            pos = period.end()
            continue
        if cited.term is None and first and first in "(kK" and (term := _TERM.match(text, pos)):
            cited.term, pos = term.group("term"), term.end()
            continue
        break
    cited.end = cited.anchor = cited.cover_end = pos
    if named_end is not None and _PROVINCE_IN_BRACKETS.fullmatch(text, named_end, pos):
        cited.end = named_end  # the mention ends with the body's name
    if held is not None:
        cited.anchor = cited.cover_end = held
    elif text.startswith(" (", pos) and (mark := _HANDLING_MARK.match(text, pos)):
        cited.anchor = cited.cover_end = mark.end()  # "Văn bản số 6421/UBND-YT (hỏa tốc) về việc …"


_HANDLING_MARK = re.compile(rf"[ ]\((?:{_cue_pattern('handling_mark', either_case=True)})\)")


# "… của Bộ Nội vụ và Bộ Tài chính; Nghị quyết số …": the partners of a joint document, as far as
# what may follow a citation in a list (punctuation, its date or title, the next document)
# (after "giữa", "với" joins the partners too: "Quy chế phối hợp … giữa Bộ Chỉ huy BĐBP tỉnh với Công an tỉnh")
_JOINT_PARTNER = re.compile(r"(?:,|[ ]+(?:(?P<and>và)|(?P<with>với)))[ ]+(?=[^\W\d_])")
_AFTER_JOINT_ISSUER = re.compile(rf"[ ]*(?:[,.;:)\n]|$|(?:ngày|về|năm|[(])|và[ ]+(?:{_NOUNS}){_WORD_END})")


def _local_body_of_central_symbol(cited: Citation, issuer: Issuer) -> bool:
    """Does a local body follow a central Party symbol ("… Kết luận số 21-KL/TW của Quận ủy")? Only the
    central bodies write /TW, so the "của" names the owner of a phrase around the citation ("/TƯ" is
    no proof: "Kết luận số 445-KL/TƯ của Ban Thường vụ Tỉnh ủy" is a provincial one, vn-conventions §3)."""
    symbol = cited.symbol
    return symbol is not None and symbol.system == "party" and symbol.raw.replace(" ", "").upper().endswith("/TW") \
        and issuer.level in ("province", "district", "commune")


def _joint_symbol(cited: Citation) -> bool:
    """Is the citation's symbol a joint one ("03/2010/TTLT-BNV-BTC-BLĐTBXH", "01/2014/NQLT/CP-UBTƯMTTQVN")?"""
    return cited.symbol is not None and (cited.symbol.type_code or "").upper().endswith("LT")


def _joint_issuers_end(scan: _Scan, end: int, between: bool = False, joint: bool = False) -> int:
    """Where the issuers of a citation end: after the bodies joined to the first by "và" (a joint
    circular, resolution or programme: "của Bộ Công an và Bộ Giáo dục và Đào tạo", "của Bộ Nội vụ, Bộ Tài
    chính và Bộ Lao động - Thương binh và Xã hội"), not a body that opens the next clause ("… của Bộ
    Chính trị và Tỉnh ủy đã ban hành …", "… của Bộ Nội vụ, UBND tỉnh ban hành …"). After "giữa" the body
    after "và" is a partner whatever follows ("… giữa Bộ Công an và Trung ương Đoàn và thực hiện …"); so are
    the central bodies after a joint symbol, before its title too ("Thông tư liên tịch số 03/2010/TTLT-BNV-BTC-BLĐTBXH
    … của Bộ Nội vụ, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện …")."""
    text, pos, alone = scan.text, end, end
    while (joined := _JOINT_PARTNER.match(text, pos)) and (between or not joined.group("with")) \
            and (partner := issuer_at(text, joined.end(), scan.article)):
        pos = partner.end
        central = partner.issuer.level == "central"
        joined_by = joined.group("and") or joined.group("with")
        if (joined_by or central) and (
                _AFTER_JOINT_ISSUER.match(text, pos) or between and joined_by and end == alone
                or joint and central):
            end = pos  # a list of bodies ends at its "và", or central ones at a comma ("của Bộ Chính trị, Ban Bí thư")
    return end


def _opens_issuing_clause(scan: _Scan, pos: int) -> bool:
    """A subject and its issuing verb follow `pos` ("ngày 3/3/2025 | Tỉnh ủy ban hành Kế hoạch …")."""
    end = _subject_end(scan, pos)
    return end is not None and _VERB_AFTER_SUBJECT.match(scan.text, end) is not None


def _subject_end(scan: _Scan, pos: int) -> int | None:
    """Where the subject after `pos` ends: one body, or several listed ("Bộ Chính trị, Ban Bí thư")."""
    subject = _SUBJECT_GAP.match(scan.text, pos)
    body = issuer_at(scan.text, subject.end(), scan.article) if subject else None
    while body is not None and (listed := _BODY_LISTED.match(scan.text, body.end)) \
            and (following := issuer_at(scan.text, listed.end(), scan.article)) is not None:
        body = following
    return holder_name_end(scan.text, body) if body is not None else None  # "Chủ tịch UBND tỉnh Đặng Văn Minh"


_SUBJECT_GAP = re.compile(r"[ ]+(?=[^\W\d_])")  # no comma: "…, ngày 22/12/2024, Ban Thường vụ …" may close a lead
_BODY_LISTED = re.compile(r"[ ]*(?:,[ ]*(?:và[ ]+)?|và[ ]+)")
_VERB_AFTER_SUBJECT = re.compile(
    rf"(?:[ ]+(?:{_cue_pattern('perfective')}|{_cue_pattern('subject_adverb')}))*[ ]+{_cue_pattern('issue')}[ ]"
)


def _placed_in_sentence(scan: _Scan, issuer: IssuerMatch, start: int) -> IssuerMatch:
    """A body named without the place its level needs, in an article that gives none, is of
    the place the sentence names before it: "Tại Bình Định, Ban Thường vụ Tỉnh ủy đã ban hành
    …" (the province), "Huyện ủy Kim Bảng báo cáo … Nghị quyết số 03-NQ/HU … của Ban Chấp hành
    Đảng bộ huyện" (the district, inside the article's province). A name that could be more
    than one unit of that level says nothing."""
    body, article = issuer.issuer, scan.article
    if body.level == "province" and (bracketed := _placed_by_bracket_after(scan, issuer)) is not None:
        return bracketed
    if body.level == "province" and (labelled := _placed_by_item_label(scan, issuer, start)) is not None:
        return labelled
    if body.level == "province" and (former := _placed_in_former_province(scan, issuer, start)) is not None:
        return former
    item_start = None  # a bulletin's item of another province: its earlier sentences may name the district
    if body.level == "province" and body.province is None:
        within, level = None, "province"
    elif body.level == "district" and body.district is None and (body.province_code or article is not None
                                                                  and article.province_code):
        # the body's province is the article's, or the one its clause opens with ("Còn tại Bình Định, …")
        within, level = body.province_code or article.province_code, "district"
        paragraph, label = _item_label(scan, start)
        if label is not None and article is not None and within == article.province_code != label.code:
            within, item_start = label.code, paragraph  # "- Lai Châu: Huyện ủy Than Uyên họp. UBND huyện ban hành …"
    elif body.level == "district" and body.district is None and not body.province_code \
            and (article is None or not article.province_code):
        return _placed_in_central_city(scan, issuer, start)
    elif body.level == "commune" and body.commune is None:
        # after the reform the 2025 commune named before; before it the legacy one ("Đảng ủy xã Tam Quang (Núi Thành)
        # ban hành … UBND xã đã ban hành …")
        return _placed_by_named_commune(scan, issuer, start, "2025" if _after_the_reform(scan, start) else "legacy")
    else:
        return issuer
    sentence = sentence_start(scan.text, start)
    spans = [(sentence, start)]
    if item_start is not None and item_start < sentence:
        spans.append((item_start, sentence))
    if level == "province" and _of_central_city(article):
        # a tỉnh's body in a centrally-run city's article ("Tỉnh ủy Bà Rịa - Vũng Tàu đã có Nghị quyết số 10-NQ/TU …;
        # UBND tỉnh ban hành …"): the province named last before it, in a sentence before too
        spans.append((max(0, sentence - _PROVINCE_LOOK_BACK_CHARS), sentence))
    scopes = [within]
    if level == "district" and item_start is None:
        # "Đảng bộ huyện Kim Thành đã thực hiện Nghị quyết số 10-NQ/HU … của Ban Chấp hành Đảng bộ huyện" in an article of
        # Hải Phòng, which Hải Dương joined in 2025: a district of the former province, when none of the article's
        scopes += gazetteer.merged_with(within)
    for scope in scopes:
        for low, high in spans:
            for name in reversed(gazetteer.find_names(scan.text[low:high], within=scope)):
                units = {u if level == "district" else gazetteer.province_of(u) for u in name.units}
                units = {u for u in units if u.level == level}
                if len(units) == 1:
                    (unit,) = units
                    return issuer_at(scan.text, issuer.start, unit_place(unit)) or issuer
    if level == "district" and item_start is None and article is not None and not article.district_code:
        # "Đoàn giám sát … đã làm việc với UBND huyện Lâm Bình …. Báo cáo của UBND huyện cho biết, …" in an article of
        # the province: the one district the paragraphs before name
        window = scan.text[max(0, sentence - _PROVINCE_LOOK_BACK_CHARS):sentence]
        units = {u for name in gazetteer.find_names(window, within=within) for u in name.units if u.level == "district"}
        if len(units) == 1:
            (unit,) = units
            return issuer_at(scan.text, issuer.start, unit_place(unit)) or issuer
    return issuer


_PROVINCE_LOOK_BACK_CHARS = 1500  # a paragraph or two
_PROVINCE_WORD_BEFORE = re.compile(r"(?:[Tt]ỉnh|[Tt]ỉnh[ ]+ủy)[ ]+$")
_DISTRICT_WORD_BEFORE = re.compile(r"(?:[Hh]uyện|[Hh]uyện[ ]+ủy|[Tt]hị[ ]+xã|[Tt]hị[ ]+ủy|[Tt]hành[ ]+phố|[Tt]hành[ ]+ủy)[ ]+$")
_PROVINCE_NAMED = re.compile(r"[Tt]ỉnh(?:[ ]+ủy)?[ ]+[A-ZĐ]")
_DISTRICT_NAMED = re.compile(r"(?:[Hh]uyện|[Tt]hị[ ]+xã|[Tt]hị|[Tt]hành[ ]+phố|[Tt]hành)(?:[ ]+ủy)?[ ]+[A-ZĐ]")


def _placed_in_former_province(scan: _Scan, issuer: IssuerMatch, start: int) -> IssuerMatch | None:
    """"Trước đó, Tỉnh ủy Long An (cũ) đã ban hành Nghị quyết số 07-NQ/TU …; UBND tỉnh ban hành Kế hoạch số
    890/KH-UBND …" in an article of Tây Ninh after the 2025 merges: a province's body named bare, in a sentence (its
    clauses after "; " too) whose last province named as one ("tỉnh X", "Tỉnh ủy X") was merged into the article's
    province, is that province's, not the article's; so is one after a district of that province named as one ("Huyện ủy
    Lục Nam đã ban hành Kế hoạch số 120-KH/HU … thực hiện Nghị quyết số 30-NQ/TU … của Ban Thường vụ Tỉnh ủy" in an
    article of Bắc Ninh: Bắc Giang's), or its city ("Thành ủy Nam Định" in an article of Ninh Bình: Nam Định's)."""
    body, article, text = issuer.issuer, scan.article, scan.text
    if article is None or not article.province_code or body.province_code != article.province_code \
            or (article.province and article.province in text[issuer.start:issuer.end]):
        return None
    own = gazetteer.get("legacy", "province", article.province_code)
    partners = gazetteer.merged_with(own.code) if own is not None else ()
    if not partners:  # no other province became one with the article's
        return None
    sentence = sentence_start(text, start)
    while sentence >= 2 and text[sentence - 2:sentence] == "; ":
        sentence = sentence_start(text, sentence - 2)
    # the cheap test: no "tỉnh X" in the sentence, nor "huyện X"
    if _PROVINCE_NAMED.search(text, sentence, start) is None and _DISTRICT_NAMED.search(text, sentence, start) is None:
        return None
    for name in reversed(gazetteer.find_names(text[sentence:start])):
        before = max(0, sentence + name.start - 10), sentence + name.start
        provinces = [u for u in name.units if u.level == "province"]
        if len(provinces) != 1 or not _PROVINCE_WORD_BEFORE.search(text, *before):
            # a district of the article's province or of one merged into it
            provinces = list({p for u in name.units if u.level == "district"
                              and ((p := gazetteer.province_of(u)).code == own.code or p.code in partners)})
            if len(provinces) != 1 or not _DISTRICT_WORD_BEFORE.search(text, *before):
                continue
        if _MERGED_PARTNER_BEFORE.search(text, max(sentence, before[1] - _MERGED_PARTNER_CHARS), before[1]):
            continue  # "Sau hợp nhất với tỉnh Bắc Kạn, UBND tỉnh …" in a Thái Nguyên article: the partner is no clause place
        unit = provinces[0]
        if unit.code not in partners:  # the article's own province, or one no merge joined to it
            return None
        placed = issuer_at(text, issuer.start, unit_place(unit))
        if placed is not None and placed.issuer.level != body.level:
            return None  # "HĐND thành phố" in an article of Đà Nẵng is the city's, not a town of Quảng Nam's (nor the
            # one city of Sóc Trăng's in an article of Cần Thơ)
        return placed or issuer
    return None


# a province named as one side of its merger, right after the verb ("hợp nhất với tỉnh Bắc Kạn", "sáp nhập tỉnh Hà Nam,
# tỉnh Nam Định và tỉnh Ninh Bình"): what the clause reports on, not the place its bodies named bare belong to
_MERGED_PARTNER_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{_cue_pattern('merger', either_case=True)})[ ]+(?:(?:với|giữa)[ ]+)?"
    rf"(?:(?:tỉnh|thành[ ]+phố)[ ]+{_CAP_WORD}(?:[ ]+{_CAP_WORD}){{0,3}}[ ]*(?:,|và)[ ]+)*(?:tỉnh|thành[ ]+phố)[ ]+\Z")
_MERGED_PARTNER_CHARS = 120


def _placed_in_central_city(scan: _Scan, issuer: IssuerMatch, start: int) -> IssuerMatch:
    """A city's body named by its kind alone ("UBND thành phố", "Thành ủy"), in an article of no place, is the
    centrally-run city's its clause names, and the only place it names: "Hà Nội ban hành Chỉ thị 02/CT-UBND của UBND
    thành phố", "Sở Y tế Hà Nội tham mưu Thành ủy ban hành Kế hoạch số 245-KH/TU" (a province's, not some town's)."""
    names = gazetteer.find_names(scan.text[sentence_start(scan.text, start):start])
    provinces = {gazetteer.province_of(u) for name in names for u in name.units}
    if len(provinces) != 1:
        return issuer
    (city,) = provinces
    if city.kind != gazetteer.CENTRAL_CITY:
        return issuer
    placed = issuer_at(scan.text, issuer.start, unit_place(city))
    return placed if placed is not None and placed.issuer.level == "province" else issuer


def _of_central_city(article: Place | None) -> bool:
    unit = gazetteer.get("legacy", "province", article.province_code) if article and article.province_code else None
    return unit is not None and unit.kind == gazetteer.CENTRAL_CITY


# "… của Ban Thường vụ Tỉnh ủy (Tuyên Quang)": a province's name alone in brackets right after a body named without it
_PROVINCE_IN_BRACKETS = re.compile(rf"[ ]*\((?P<name>(?:[Tt]ỉnh[ ]+|[Tt]hành[ ]+phố[ ]+)?[{UPPER}][^\W\d_]*(?:[ ]+[^\W\d_]+){{0,3}})\)")


def _placed_by_bracket_after(scan: _Scan, issuer: IssuerMatch) -> IssuerMatch | None:
    """A province's body named without its place, with a province's name in brackets right after it, is that
    province's, whatever the article's place ("Kế hoạch số 31-KH/TU … của Ban Thường vụ Tỉnh ủy (Tuyên Quang)" in a
    Thái Nguyên article). None when the brackets name no province or the body names its own."""
    text = scan.text
    if not text.startswith(" (", issuer.end) or (bracket := _PROVINCE_IN_BRACKETS.match(text, issuer.end)) is None:
        return None
    province = gazetteer.lookup(bracket.group("name"), level="province")
    if province is None or not _level_word_fits(text[issuer.start:issuer.end], province):
        return None
    bare = issuer_at(text, issuer.start, None)
    if bare is None or bare.issuer.province_code is not None or bare.end != issuer.end:
        return None  # named with its place: "… của UBND tỉnh Gia Lai (Pleiku)"
    return issuer_at(text, issuer.start, unit_place(province))


def _placed_by_item_label(scan: _Scan, issuer: IssuerMatch, start: int) -> IssuerMatch | None:
    """A province's body named without its place, in a paragraph a bulletin opens with another
    province's name, is of that province: "- Kon Tum: Thực hiện Kế hoạch 150 của UBND tỉnh …",
    "* Tại Quảng Bình, UBND tỉnh ban hành …" in a round-up of several provinces, whose article
    place is the first item's; or under a heading line that is a province's name alone ("Quảng Ngãi" above
    "UBND tỉnh vừa ban hành …"). None when the label names no other province."""
    text = scan.text
    label = _item_label(scan, start)[1]
    if label is None or scan.article is not None and scan.article.province_code == label.code \
            or not _level_word_fits(text[issuer.start:issuer.end], label):
        return None
    bare = issuer_at(text, issuer.start, None)
    if bare is None or bare.issuer.province_code is not None or bare.end != issuer.end:
        return None  # named with its place: "… của UBND tỉnh Gia Lai"
    return issuer_at(text, issuer.start, unit_place(label))


def _level_word_fits(body: str, province: gazetteer.Unit) -> bool:
    """Does the body's level word fit the province's kind? "Tỉnh ủy" is no centrally-run city's, "Thành ủy" no
    tỉnh's: under "- Hà Nội: Ban Thường vụ Tỉnh ủy …" Hà Nội is where, not whose."""
    folded = body.lower()
    if "tỉnh" in folded:
        return province.kind != gazetteer.CENTRAL_CITY
    if "thành phố" in folded or "thành ủy" in folded or "thành uỷ" in folded:
        return province.kind == gazetteer.CENTRAL_CITY
    return True



@lru_cache(maxsize=4096)
def _item_label_province(opening: str) -> gazetteer.Unit | None:
    """The province a paragraph's label names: "Sơn La: …", "- Kon Tum: …", "* Tại Quảng Bình, …"."""
    label = _ITEM_LABEL.match(opening)
    return gazetteer.lookup(label.group("name"), level="province") if label else None


def _item_label(scan: _Scan, start: int) -> tuple[int, gazetteer.Unit | None]:
    """The start of the paragraph holding `start`, and the province its item's label or heading names, if any."""
    text = scan.text
    paragraph = text.rfind("\n", 0, start) + 1
    # items run on in one paragraph, each after the last one's period: "- Lâm Đồng: …. - Đắk Nông: Tỉnh ủy …"
    inline = None
    for inline in _INLINE_ITEM.finditer(text, paragraph, start):
        pass
    if inline is not None:
        return inline.end(), _item_label_province(text[inline.end():inline.end() + _ITEM_LABEL_MAX_CHARS])
    return paragraph, (_item_label_province(text[paragraph:paragraph + _ITEM_LABEL_MAX_CHARS])
                       or _item_heading(text, paragraph))


_INLINE_ITEM = re.compile(r"[.!?][ ]+(?=[-–•+*][ ]+[^\W\d_])")


def _item_heading(text: str, paragraph: int) -> gazetteer.Unit | None:
    """The province a heading line names alone, over the paragraph at `paragraph` or the few before it of its item
    (a paragraph with a label of its own opens another item)."""
    end = paragraph - 1
    for _ in range(_ITEM_HEADING_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if len(line) <= _ITEM_LABEL_MAX_CHARS and (unit := _heading_province(line)) is not None:
            return unit
        if _item_label_province(line[:_ITEM_LABEL_MAX_CHARS]) is not None:
            return None
    return None


@lru_cache(maxsize=4096)
def _heading_province(line: str) -> gazetteer.Unit | None:
    return gazetteer.lookup(line.strip(_BULLETS + ":"), level="province")


_ITEM_HEADING_LINES = 6  # lines looked back over, blank ones included
_ITEM_LABEL_MAX_CHARS = 60
_ITEM_LABEL = re.compile(
    r"[ \t]*(?:[-–•+*][ \t]*)?(?:(?P<at>Tại[ ]+)(?:tỉnh[ ]+|thành phố[ ]+)?)?(?P<name>[^\W\d_][\w' -]{1,30}?)[ ]*"
    r"(?(at),|:)"
)


# a commune's body named by its kind alone: "Đảng ủy phường", "Ban Thường vụ Đảng ủy xã", "UBND đặc khu"
_COMMUNE_KIND_AT_END = re.compile(r"(?:^|[ ])(?P<kind>xã|phường|thị trấn|đặc khu)$")
_TERM_AT_END = re.compile(r"[ ]*,?[ ]*\(?(?:khóa|khoá|Khóa|Khoá)[ ]+[IVXLC]+\)?$")
_NAMED_COMMUNE_LOOKBACK = 2000  # characters: the unit is named in the paragraphs just before


def _after_the_reform(scan: _Scan, start: int) -> bool:
    """Is the article of after the 2025 reform? Undated, it is no older than the dates it has cited so far, nor
    than a date its sentence gives before `start` ("Ngày 3/10/2025, Đảng ủy phường ban hành …")."""
    if scan.reformed is not None:
        return scan.reformed
    if any(c.date and c.date >= gazetteer.REFORM_DATE for c in scan.citations):
        return True
    text = scan.text
    return any((d.iso or "") >= gazetteer.REFORM_DATE for d in find_dates(text[sentence_start(text, start):start]))


def _placed_by_named_commune(scan: _Scan, issuer: IssuerMatch, start: int, era: str = "2025") -> IssuerMatch:
    """A commune's body named by its kind alone after the 2025 reform is of the 2025 commune of
    that kind the text named last before it ("UBND phường Phan Thiết ban hành … Đảng ủy phường
    đã ban hành Nghị quyết số 02-NQ/ĐU", "Tại phường Bắc Giang, Đảng ủy phường …"), placed as its
    named bodies are (a merged-away province's ward by that province's name), not in the
    article's province. Not a unit the text lists as former ("được thành lập trên cơ sở sắp xếp các
    phường Quyết Thắng, Thống Nhất …"), nor a 2025 unit outside the article's 2025 province. `era`: "legacy"
    before the reform, the commune of that kind named before among the units of then."""
    text = scan.text
    raw = _TERM_AT_END.sub("", text[issuer.start:issuer.end].rstrip())  # "Ban Chấp hành Đảng bộ xã khóa I"
    kind = _COMMUNE_KIND_AT_END.search(raw)
    if kind is None:
        return issuer
    body = raw[:kind.start()].rstrip()
    found = commune_named_before(text, scan.article, body, (kind.group("kind"),), start, era)
    return issuer if found is None else IssuerMatch(issuer.start, issuer.end, replace(found, term=issuer.issuer.term))


def commune_named_before(text: str, article: Place | None, body: str, kinds: tuple[str, ...], start: int,
                         era: str = "2025") -> Issuer | None:
    """The `body` ("Đảng ủy", "UBND") of the commune of one of these kinds the text named last before `start`, of the
    article's province (after the reform, its 2025 province), and not one of the former units a merger lists."""
    window = max(0, start - _NAMED_COMMUNE_LOOKBACK)
    for name in reversed(gazetteer.find_names(text[window:start], era=era)):
        at = window + name.start
        for word in kinds:
            if text[at:at + len(word) + 1].lower() == f"{word} ":  # the kind opens a run: "Phường Tuy Hòa ra mắt …"
                at += len(word) + 1
                break
            if text[max(0, at - len(word) - 1):at].lower() == f"{word} ":
                break
        else:
            continue
        if word_before(text, at - len(word) - 1)[0] in _PLURAL_WORDS | _MERGED_PART_WORDS \
                or _listed_as_merged(text, at - len(word) - 1):
            continue  # "các phường Yên Ninh, Minh Tân …", "… và một phần phường Hiệp Thành", "sáp nhập thị trấn Sông
            # Đốc và xã Phong Điền": the former units a 2025 one was formed from
        if not any(u.level == "commune" and u.kind == word for u in name.units):
            continue
        found = issuer_at(f"{body} {word} {text[at:window + name.end]}", 0, article)
        if found is not None and found.issuer.commune is not None and (
                _in_article_province(found.issuer, article) if era == "2025"
                else article is None or article.province_code in (None, found.issuer.province_code)):
            return found.issuer
    return None


# the verb of a reorganisation, and what may stand between it and each former unit it lists (data/cues merger,
# merged_list): names, commas and the list's own words ("sáp nhập thị trấn Sông Đốc và xã Phong Điền, xã Phong Lạc")
_MERGER = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('merger', either_case=True)})(?![^\W\d_])")
_MERGED_LIST = re.compile(rf"(?:[ ,]+|(?:{_cue_pattern('merged_list')})(?![^\W\d_])|{_CAP_WORD})*")


def _listed_as_merged(text: str, kind_start: int) -> bool:
    """Is the unit whose kind word starts at `kind_start` one of the former units a merger its sentence reports lists
    ("Xã Sông Đốc được thành lập trên cơ sở sáp nhập thị trấn Sông Đốc và xã Phong Điền, …")? Not the unit formed
    ("sáp nhập xã A và xã B thành xã C": "thành" is no word of the list)."""
    sentence = sentence_start(text, kind_start)
    merger = None
    for merger in _MERGER.finditer(text, sentence, kind_start):
        pass
    return merger is not None and _MERGED_LIST.fullmatch(text, merger.end(), kind_start) is not None


def _in_article_province(issuer: Issuer, article: Place | None) -> bool:
    """Is the issuer's 2025 commune in the 2025 province that succeeded the article's (any, in an article
    of no province)?"""
    if article is None or not article.province_code:
        return True
    province = gazetteer.get("legacy", "province", article.province_code)
    wanted = {s.code for s in gazetteer.successors(province)} if province else set()
    new, old = (gazetteer.get(era, "commune", issuer.commune_code) if issuer.commune_code else None
                for era in ("2025", "legacy"))
    if new is not None and new.name == issuer.commune:
        return new.parent_code in wanted
    return old is not None and bool(wanted & {s.code for s in gazetteer.successors(gazetteer.province_of(old))})


def _placed_as_issued_before(scan: _Scan, issuer: IssuerMatch, start: int) -> IssuerMatch:
    """A body named without its place after a document the sentence has another province's body issue
    is of that province: "Đảng ủy xã Tân Phú (Đồng Nai) ban hành Kế hoạch số 05-KH/ĐU … thực hiện Nghị
    quyết số 02-NQ/TU của Ban Chấp hành Đảng bộ tỉnh" in a round-up placed elsewhere is Đồng Nai's."""
    body, article = issuer.issuer, scan.article
    if body.level not in ("province", "district") or article is None or body.province_code != article.province_code:
        return issuer
    sentence = sentence_start(scan.text, start)
    before = next((c.issuer for c in reversed(scan.citations) if c.start >= sentence and c.issued and c.issuer
                   and c.issuer.province_code and c.issuer.province_code != article.province_code), None)
    if before is None or gazetteer.merged_together(before.province_code, article.province_code):
        return issuer  # a ward of a merged-away province in its 2025 province: "Tỉnh ủy" is still the article's
    bare = issuer_at(scan.text, issuer.start, None)
    if bare is None or bare.issuer.province_code is not None or bare.end != issuer.end:
        return issuer  # named with its place: "… của UBND tỉnh Gia Lai"
    place = Place(before.province, None, None, before.province_code, None, None)
    return issuer_at(scan.text, issuer.start, place) or issuer


def _read_title(scan: _Scan, cited: Citation, pos: int) -> None:
    """The subject after "về" or in quotes ("về “Tăng cường …”", "về việc …")."""
    text = scan.text
    if issued := _ISSUED_BEFORE_TITLE.match(text, pos):
        pos = issued.end()  # "… của Bộ Chính trị vừa được ban hành về tiếp tục thực hiện …": the title follows
    ahead = text[pos:pos + 5].lstrip(" ,")
    if not ahead.startswith(_TITLE_OPENERS):
        return
    m = _TITLE_START.match(text, pos)
    if m is None or m.end() >= len(text):
        return
    start = m.end()
    quote = text[start] if text[start] in _QUOTE_CLOSE else None
    end = _closing_quote(text, start, min(len(text), start + 600)) if quote else -1
    if quote and 0 < end - start < 600 and "\n" not in text[start:end]:
        title = text[start + 1:end]
        end += 1
    else:
        end = _title_end(scan, start)
        title = text[start:_tails_after_title(scan, cited, start, end)]
    title = _TITLE_OPENER.sub("", title.strip(" ,“”\""))
    if not title:
        return
    cited.title, cited.cover_end = title, max(cited.cover_end, end)
    cited.own_title = True
    if text.startswith((" do ", " được ", ", do ", ", được ", " của "), end):
        _issued_by_after_title(scan, cited, end)


# the issuing said between a citation and its title: "Kết luận số 01-KL/TW … của Bộ Chính trị vừa được ban hành về …"
ISSUED_SAID = r"(?:(?:đã|vừa|mới)[ ]+)?(?:được[ ]+)?ban[ ]+hành"
_ISSUED_BEFORE_TITLE = re.compile(rf"[ ]*,?[ ]*{ISSUED_SAID}(?=[ ]*,?[ ]*(?:về|Về)[ ]+\S)")


_BY_AGENT = re.compile(r",?[ ]+(?:do|được|(?P<of>của))[ ]+")
_BY_VERB = re.compile(rf"[ ]+{_ISSUING_VERB}(?![^\W\d_])(?:[ ]+vào)?")


def _issued_by_after_title(scan: _Scan, cited: Citation, pos: int) -> None:
    """"Kế hoạch số 45/KH-UBND về … do UBND huyện ban hành ngày 18/5/2020": the issuer and date after the title,
    each taken when the citation gave none before it."""
    text = scan.text
    agent = _BY_AGENT.match(text, pos)
    body = issuer_at(text, agent.end(), scan.article) if agent else None
    verb = _BY_VERB.match(text, body.end) if body else None
    if verb is None:
        return
    found = _dated(scan, verb.end())
    if agent.group("of") and (found is None or not found.iso):
        return  # "của" with no date after the verb: the title's own words
    if cited.issuer is None:
        cited.issuer = _placed_in_sentence(scan, body, cited.start).issuer
    end = verb.end()
    if cited.date is None and found is not None and found.iso:
        cited.date, end = found.iso, found.end
    cited.cover_end = max(cited.cover_end, end)


# "Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm, ngày 6/7/2022 của Bộ Chính trị": the document's
# date with its year, and its issuer, after its title; a list's day after the last title ("… Nghị quyết số 28-NQ/TW về …
# và Nghị quyết số 29-NQ/TW về …, cùng ngày 17/11/2022": each item's, as right after the list)
_DATE_AFTER_TITLE = re.compile(
    r"(?P<comma>,)?[ ]*(?:cùng[ ]+)?(?=ngày[ ]*\d{1,2}[ ]*(?:[/.-][ ]*\d{1,2}[ ]*[/.-][ ]*|[ ]+tháng[ ]+\d{1,2}[ ]+năm[ ]+)(?:19|20)\d\d)"
)


def _tails_after_title(scan: _Scan, cited: Citation, start: int, end: int) -> int:
    """Where the title that runs from `start` to `end` ends: before the document's date and issuer when they
    close it ("… về kỷ luật tổ chức đảng, đảng viên vi phạm, ngày 6/7/2022 của Bộ Chính trị", "… về đột phá
    phát triển khoa học, công nghệ …, ngày 22/12/2024"), which the citation then takes. Not a date of what the
    title is about ("về tổ chức Lễ kỷ niệm ngày 27/7/2024": no comma, no issuer), nor after a document the title
    names (its own tails)."""
    text = scan.text
    if cited.date is not None or "ngày" not in text[start:end]:
        return end
    at = next((m for m in _DATE_AFTER_TITLE.finditer(text, start, end) if m.start() > start), None)
    if at is None or any(start < head < at.start() for heads in (scan.numbered_heads, scan.named_heads)
                         for head in heads[bisect.bisect_right(heads, start):bisect.bisect_left(heads, at.start())]):
        return end
    kept = cited.issuer, cited.term, cited.end, cited.anchor, cited.cover_end
    cited.end = at.start()
    _read_tails(scan, cited)
    if cited.date is not None and not text[cited.end:end].strip(" ,") \
            and (at.group("comma") or cited.issuer is not kept[0]):
        cited.end, cited.anchor, cited.cover_end = kept[2], kept[3], max(kept[4], cited.end)
        return at.start()
    cited.date = None
    cited.issuer, cited.term, cited.end, cited.anchor, cited.cover_end = kept
    return end


# a province's name on each side of a comma, the one after it not the subject of a verb: a list of provinces
_PROVINCE_NAME = phrase_pattern({unit.name for unit in gazetteer.provinces(include_former=True)})
_PROVINCE_LISTED = re.compile(
    rf",[ ]+(?:{_PROVINCE_NAME})(?![^\W\d_])(?:[ ]*\([^()\n]{{1,12}}\))?"
    rf"(?![ ]+(?:(?:cũng|{_cue_pattern('perfective')})[ ]+)*(?:{_cue_pattern('issue')}){_WORD_END})")
_PROVINCE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_PROVINCE_NAME})(?:[ ]*\([^()\n]{{1,12}}\))?\Z")


# a pillar of the political system listed after another in a title, before the list goes on: "… các cơ quan Đảng, chính
# quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội …"
_PILLAR_LISTED = re.compile(rf",[ ]+(?:{_cue_pattern('pillar')}){_WORD_END}(?=[ ]*,|[ ]+và[ ])")
_PILLAR_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('pillar')})\Z")
_BODY_LISTED_CHARS = 40  # the longest body name looked for on each side of the comma
_CAPITAL_WORD = re.compile(rf"(?<![^\W\d_])[{UPPER}]")


def _body_listed(scan: _Scan, low: int, stop: re.Match[str]) -> bool:
    """Is the capitalised words after the comma at `stop` the next body of a list inside the title: a body ends
    right before the comma, the words after it open with the same head and run to a comma before what the citing
    document does ("… thuộc UBND tỉnh, UBND cấp huyện, thực hiện B")?"""
    text, comma = scan.text, stop.start()
    if not text.startswith(", ", comma):
        return False
    head_end = text.find(" ", stop.end(), stop.end() + 30)
    next_comma = text.find(", ", stop.end(), stop.end() + _BODY_LISTED_CHARS)
    if head_end == -1 or next_comma == -1 or any(mark in text[stop.end():next_comma] for mark in ".;:()\n") \
            or _UPTAKE_LEAD.match(text, next_comma + 2) is None:
        return False
    head = text[stop.end():head_end + 1]
    return any(text.startswith(head, w.start()) and (before := issuer_at(text, w.start(), scan.article)) is not None
               and before.end == comma
               for w in _CAPITAL_WORD.finditer(text, max(low, comma - _BODY_LISTED_CHARS), comma))


def _head_repeated(text: str, low: int, stop: re.Match[str]) -> bool:
    """Do the capitalised words after the comma at `stop` open with the same two words as the capitalised phrase the
    comma ends, a list of one head inside the title ("… trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên
    Ban Chấp hành Trung ương")?"""
    comma = stop.start()
    head = _TWO_WORD_HEAD.match(text, stop.end()) if text.startswith(", ", comma) else None
    if head is None:
        return False
    before = text.rfind(" " + head.group(), max(low, comma - _HEAD_LISTED_CHARS), comma)
    # the item before opens the list: after a comma or two words in lower case ("trước hết là Ủy viên …"), not inside a
    # body's name ("… của Ban Thường vụ Đảng ủy Khối …, Đảng ủy EVN đã ban hành": a subject after the title)
    return before != -1 and not any(mark in text[before:comma] for mark in ",;.:()\n") \
        and _LIST_OPENS_BEFORE.search(text, max(low, before - 30), before + 1) is not None


def _subject_issuing_at(scan: _Scan, pos: int) -> bool:
    """Is a body at `pos` the subject of an issuing verb, a clause after the title ("… về việc công nhận Ủy ban MTTQ
    Việt Nam phường Hòa Khánh, | Ủy ban MTTQ phường đã ban hành …"), not the next item of a list of bodies?"""
    body = issuer_at(scan.text, pos, scan.article)
    return body is not None and _ISSUING_AFTER_SUBJECT.match(scan.text, body.end) is not None


_ISSUING_AFTER_SUBJECT = re.compile(
    rf"(?:[ ]+(?:{_cue_pattern('perfective')}|{_cue_pattern('subject_adverb')}))*[ ]+{_ISSUING_VERB}{_WORD_END}")
_TWO_WORD_HEAD = re.compile(rf"[{UPPER}][^\W\d_]*[ ]+[^\W\d_]+(?=[ ])")
_LIST_OPENS_BEFORE = re.compile(rf"(?:,|(?<![^\W\d_])(?![{UPPER}])[^\W\d_]+[ ]+(?![{UPPER}])[^\W\d_]+)[ ]\Z")
_HEAD_LISTED_CHARS = 60  # the longest item of such a list


_MEANS_BEFORE = re.compile(rf"[ ]+(?:{_cue_pattern('means')})[ ]+\Z")  # data/cues means
# "…, theo Kế hoạch số 265-KH/TU" after a title: the plan the document follows, not part of the title
_FOLLOWED_BEFORE = re.compile(r"[ ]*,[ ]*theo(?:[ ]+tinh[ ]+thần)?[ ]+\Z")


_NUMBERED_IN_TITLE = re.compile(rf"(?<![^\W\d_])(?:{_NOUNS})[ ]+(?:số[ ]*)?\d")


def _title_end(scan: _Scan, start: int) -> int:
    text = scan.text
    pos = start
    limit = min(len(text), start + 600)
    end = limit
    while pos < limit:
        m = _TITLE_STOP.search(text, pos, limit)
        if m is None:
            break
        if m.group("linked") is not None and text.find(";", start, m.start()) != -1:
            pos = m.end()  # "… về tổ chức thực hiện cuộc vận động; hằng năm chỉ đạo …, gắn với việc thực hiện C": a clause
            continue       # after "; " the title runs on over ties the committee's act to C, not the document's
        if m.group("changed") is not None and _NUMBERED_IN_TITLE.search(text, start, m.start()):
            pos = m.end()  # "… về quy chế thực hiện theo Nghị định số 59/2015/NĐ-CP (được sửa đổi, bổ sung bởi …) trên
            continue       # địa bàn tỉnh": the bracket is about the document the title names, and the title runs on
        if m.group("quote"):
            close = _closing_quote(text, m.start(), limit)
            if close == -1:
                end = m.start()
                break
            pos = close + 1
            continue
        if _PROVINCE_LISTED.match(text, m.start()) and _PROVINCE_BEFORE.search(text, max(pos, m.start() - 40), m.start()):
            pos = m.end()  # "… của ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận (cũ) sang …": provinces listed, no new clause
            continue
        if _PILLAR_LISTED.match(text, m.start()) and _PILLAR_BEFORE.search(text, max(pos, m.start() - 40), m.start()):
            pos = m.end()  # "… các cơ quan Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể …": pillars listed
            continue
        if _body_listed(scan, max(pos, start), m):
            pos = m.end()  # "… cơ quan chuyên môn thuộc UBND tỉnh, UBND cấp huyện, thực hiện …": bodies listed
            continue
        if _BY_AGENT_STOP.match(text, m.start()) \
                and _AGENT_OF_TITLE_NOUN.search(text, max(pos, m.start() - 80), m.start()):
            pos = m.end() + 1
            continue
        if _head_repeated(text, start, m) and not _subject_issuing_at(scan, m.end()):
            pos = m.end()  # "… là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, …": one head's items listed
            continue
        if _pair_after_comma(scan, start, m):
            pos = m.end()  # "… về thực hiện Nghị quyết 1658, Nghị quyết 1659, Đảng ủy …": the title's pair goes on
            continue
        end = m.start()
        break
    if text.find("năm thực hiện", start, end) != -1 and (item := _NEXT_REVIEW_ITEM.search(text, start, end)) \
            and _PERIOD_DONE.search(text, start, item.start()) is None:
        end = item.start()
    # a lower-case clause after "; " that cites a document of its own, not as the title's sibling, is no part of
    # the title ("… về công tác dân vận trong tình hình mới; hướng dẫn các địa phương thực hiện Quyết định số 217-QĐ/TW")
    semicolon = text.find("; ", start, end)
    if semicolon != -1:
        heads = scan.numbered_heads
        k = bisect.bisect_right(heads, semicolon)
        if k < len(heads) and heads[k] < end \
                and _SIBLING_BEFORE.search(text, max(start, heads[k] - 8), heads[k]) is None \
                or _takes_up_named(scan, semicolon, end):
            end = semicolon
    # a sibling citation after ", " / " và " / "; " closes the title, and so does a document named
    # with a capital after " và " ("ban hành Nghị quyết về … và Chương trình hành động thực hiện …")
    heads = scan.numbered_heads
    inside = heads[bisect.bisect_right(heads, start):bisect.bisect_left(heads, end)]
    for k, head in enumerate(inside):
        if means := _MEANS_BEFORE.search(text, max(start, head - 12), head):
            # "… về phát triển đô thị Tân An bằng Chương trình số 19-CTr/TU", "… về hội nhập quốc tế thông qua Chương
            # trình hành động số 14-CTr/TU": the means
            end = means.start()
            break
        if followed := _FOLLOWED_BEFORE.search(text, max(start, head - 20), head):
            end = followed.start()  # "… về học tập, quán triệt Quy định số 144-QĐ/TW, theo Kế hoạch số 265-KH/TU"
            break
        sep = _SIBLING_BEFORE.search(text, max(start, head - 8), head)
        if sep is not None and not (k and _paired_with(text, inside[k - 1], sep.start(), head)):
            end = sep.start()
            break
    heads = scan.named_heads
    for head in heads[bisect.bisect_right(heads, start):bisect.bisect_left(heads, end)]:
        if text.endswith(" và ", start, head):
            return head - 4
    for head in heads[bisect.bisect_right(heads, start):bisect.bisect_left(heads, end)]:
        if acts := _ACTS_ON_SIBLING_BEFORE.search(text, max(start, head - _ACTS_ON_CHARS), head):
            return acts.start()
    heads = scan.numbered_heads
    for head in heads[bisect.bisect_right(heads, start):bisect.bisect_left(heads, end)]:
        if text.find(" và ", start, head) != -1 \
                and (carried := _CARRIED_SIBLING_BEFORE.search(text, max(start, head - 130), head)) is not None:
            return carried.start()
    return end


# "… về phát triển năng lượng tái tạo trên địa bàn tỉnh; thực hiện Nghị quyết này, UBND tỉnh ban hành …": a clause
# after "; " that opens by taking up a document named by its capitalised noun carries it out, no part of the title;
# so does one the subject's second act opens ("… về phân loại đô thị; đồng thời nhằm thực hiện Nghị quyết Đại hội …")
_UPTAKE_LEAD = re.compile(rf"(?:(?:{_cue_pattern('also')})[ ]*,?[ ]+)?(?:(?:để|nhằm)[ ]+)?"
                          rf"(?:{_cue_pattern('uptake', either_case=True)})[ ]+")


def _takes_up_named(scan: _Scan, semicolon: int, end: int) -> bool:
    heads = scan.named_heads
    k = bisect.bisect_right(heads, semicolon)
    return k < len(heads) and heads[k] < end and _UPTAKE_LEAD.fullmatch(scan.text, semicolon + 2, heads[k]) is not None


_PAIRED_CHARS = 60  # "Quyết định số 217-QĐ/TW": a bare citation, no title or issuer of its own


def _pair_after_comma(scan: _Scan, start: int, stop: re.Match[str]) -> bool:
    """Does the title's ", " stop set a second bare document of the first's kind after one the title names, as a
    pair ("… về thực hiện NQ 1658, NQ 1659, Đảng ủy Quân sự tỉnh ban hành …"), as "và" does (see `_paired_with`)?"""
    if not stop.group().startswith(","):
        return False
    heads = scan.numbered_heads
    k = bisect.bisect_left(heads, stop.end())
    if k == 0 or k == len(heads) or heads[k] != stop.end() or heads[k - 1] <= start:
        return False
    return _paired_with(scan.text, heads[k - 1], stop.start(), heads[k])


def _paired_with(text: str, before: int, sep: int, head: int) -> bool:
    """Is the document at `head` the second of a pair the title names, the one at `before` the first, of the same
    kind and bare ("… về triển khai thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày … của Bộ
    Chính trị, …")? Then the title runs on over both; another kind after it is a sibling of the document."""
    if sep - before > _PAIRED_CHARS or any(mark in text[before:sep] for mark in (",", " về ", " của ")):
        return False
    first, second = TYPE_WORD_RE.match(text, before), TYPE_WORD_RE.match(text, head)
    return first is not None and second is not None and first.group().lower() == second.group().lower()


# --- unnumbered nouns -------------------------------------------------------------------

def _generic(text: str, noun: _Noun, previous: _Noun | None, previous_generic: bool) -> bool:
    """A noun that names no one document: after a plural determiner ("các nghị quyết"), later
    in a list that started with one ("các nghị quyết, chỉ thị"), or in a bare pair of lower-case
    nouns ("xây dựng chương trình, kế hoạch")."""
    start, word = noun.start, noun.before
    if word in _PLURAL_WORDS or word.isdigit() or (word == "số" and word_before(text, noun.before_start)[0] == "một"):
        return True
    adjacent = previous is not None and _LIST_SEPARATOR.fullmatch(text, previous.end, start)
    if adjacent and previous_generic:
        return True
    if previous_generic and text.startswith(" của ", previous.end) \
            and (body := issuer_at(text, previous.end + 5)) is not None and _LIST_SEPARATOR.fullmatch(text, body.end, start):
        return True  # "các Nghị quyết của Chính phủ, Chỉ thị, Công điện của Thủ tướng": the list goes on after its body
    if not text[start].islower():
        return False
    if adjacent and "," in text[previous.end:start] and text[previous.start].islower():
        return True
    if text[noun.end:noun.end + 1] != ",":
        return False
    comma = _COMMA.match(text, noun.end)
    following = TYPE_WORD_RE.match(text, comma.end())
    return following is not None and text[following.start()].islower()


_COMMA = re.compile(r"[ ]*,[ ]*")


def _issuing_verb(text: str, start: int, before: tuple[str, int] | None = None,
                  numbered: bool = False, announced: bool = False, headline: bool = False) -> int | None:
    """Where the issuing verb before a noun starts, when it says the document exists now:
    "vừa ban hành", "đã xây dựng", "tham mưu cho Tỉnh ủy và UBND tỉnh"; not "sẽ ban hành",
    "tham mưu xây dựng", "được ban hành", nor a title's "về ban hành …". `before`: the word
    before the noun, if known; `numbered`: the noun has its number ("có Kế hoạch số 12-KH/TU"
    needs no "đã"); `announced`: its text follows ("xây dựng Kế hoạch thực hiện như sau:" needs
    no "đã" either); `headline`: a headline drops it ("Hà Nội ra kế hoạch thực hiện Chỉ thị 20 của Thủ tướng")."""
    if headline and text.startswith(": ", start - 2) \
            and (placed := _HEADLINE_PLACE_COLON.match(text, text.rfind("\n", 0, start) + 1, start)) \
            and (noun := TYPE_WORD_RE.match(text, start)) and _HEADLINE_ACTION_AFTER.match(text, noun.end()):
        return placed.start()
    word, word_start = before or word_before(text, start)
    # "ban hành các Nghị quyết 57, 59 và 66", "cụ thể hóa bằng hai Nghị quyết chuyên đề số 05 và số 06"
    if word == "một" or numbered and (word in _PLURAL_WORDS or word.isdigit()):
        if word not in _ISSUED_DETERMINERS:
            start = word_start  # the count is no part of the verb's words
        word, word_start = word_before(text, word_start)
    if word in _ISSUE_LAST_WORDS:
        window = max(0, start - 40)
    else:
        cho = text.rfind(" cho ", max(0, start - 70), start)
        if cho == -1:
            return None
        window = max(0, cho - 30)
    issuing = _ISSUING_BEFORE.search(text, window, start)
    if issuing is None and headline:
        issuing = _HEADLINE_ISSUING_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start)
    if issuing is None:
        return None
    head_start = max(0, issuing.start() - _FUTURE_WINDOW)
    if _TITLE_OPENING.search(text, head_start, issuing.start()):
        return None
    if not numbered and word_before(text, issuing.start())[0] in _NOMINALISERS:
        return None  # "Việc ban hành Nghị quyết nhằm …": the issuing talked of, the document named before
    if not numbered and _issue_day_before(text, issuing.start()):
        return None  # "… kể từ ngày ban hành Kết luận": the day of the document named before
    if not issuing.group("perf"):
        verb = fold(issuing.group("verb"))
        # "có kế hoạch" is a plan still to make, "có Kế hoạch số 12-KH/TU" one that exists
        if verb in _NEEDS_PERFECTIVE and not (numbered or announced or headline) \
                or _PASSIVE_BEFORE.search(text, head_start, issuing.start()) \
                or _FUTURE_BEFORE.search(text, head_start, issuing.start()) \
                and not _advice_given(text, head_start, issuing.start(), numbered) \
                or not numbered and _urged_before(text, head_start, issuing.start()) \
                or not numbered and _LED_BEFORE.search(text, head_start, issuing.start()) \
                or not numbered and _UNTIL_BEFORE.search(text, head_start, issuing.start()) \
                or not numbered and _ASSIGNED_BEFORE.search(text, max(0, issuing.start() - _ASSIGNED_WINDOW),
                                                            issuing.start()) \
                or not numbered and _DIRECTED_BEFORE.search(text, max(0, issuing.start() - _ASSIGNED_WINDOW),
                                                            issuing.start()):
            return None
    return issuing.start()


def _issue_day_before(text: str, verb: int) -> bool:
    """Does "ngày" stand right before the issuing verb at `verb` as the noun of the day of issue ("kể từ ngày ban hành
    Kết luận"), not held by an adverb ("cùng ngày ban hành Kế hoạch …")?"""
    word, start = word_before(text, verb)
    return word in _ISSUE_DAY_WORDS and word_before(text, start)[0] not in _ISSUE_DAY_ADVERBS


# a task given to a body named at length, in its clause: "Giao Đảng đoàn HĐND huyện lãnh đạo HĐND
# huyện ban hành nghị quyết về …" is a resolution still to come
# … or in the next task of its list, after a "; " ("Nghị quyết giao Ban Thường vụ Huyện ủy chỉ đạo xây dựng chương trình
# hành động; UBND huyện ban hành kế hoạch thực hiện"): the next body's task is given too
# (the task before the "; " may count or name a number: "yêu cầu các chi bộ quán triệt Nghị quyết 72 đến 100% đảng viên;
# UBND xã ban hành kế hoạch hành động")
_ASSIGNED_BEFORE = re.compile(rf"{_cue_opening('assign')}(?:(?:[ ]+[^\W\d_]+,?){{0,12}}"
                              r"|(?:[ ]+(?:[^\W\d_]+|\d+(?:[.,]\d+)*%?),?){0,16};(?:[ ]+[^\W\d_]+,?){1,6})[ ]+$")  # "… trình ban hành Nghị định …" too
_ASSIGNED_WINDOW = 100
# … and one directed to issue it, the bodies named after the verb ("…; đồng thời chỉ đạo các huyện ủy, thị ủy, thành ủy
# ban hành kế hoạch thực hiện"), not one that did so ("đã chỉ đạo UBND huyện ban hành kế hoạch …")
_DIRECTED_BEFORE = re.compile(rf"(?<!đã)(?<!vừa)(?<!mới){_cue_opening('directed_to_issue')}(?:[ ]+[^\W\d_]+,?){{1,12}}[ ]+$")


_TYPE_NOUN_BEFORE = re.compile(rf"(?:{TYPE_WORD_RE.pattern})[ ]+\Z")


def _in_awaited_title(text: str, about: int) -> bool:
    """Is "về" at `about` the title of an unnumbered document still to be issued ("tham mưu Chính phủ ban hành Nghị quyết
    về …")? What that title names is to come with it."""
    noun = _TYPE_NOUN_BEFORE.search(text, max(0, about - 30), about)
    if noun is None:
        return False
    verb, verb_start = word_before(text, noun.start())
    return fold(verb) in _FUTURE_VERB_LAST_WORDS and (
        _FUTURE_BEFORE.search(text, max(0, noun.start() - _FUTURE_WINDOW), verb_start) is not None
        or _urged_before(text, max(0, noun.start() - _FUTURE_WINDOW), verb_start))


def _advice_given(text: str, start: int, end: int, numbered: bool) -> bool:
    """Does [start, end) end with advice given to the body that issues ("đã tham mưu UBND tỉnh")?"""
    advised = _ADVISED_BEFORE.search(text, start, end)
    return advised is not None and (numbered or advised.group("perf") is not None)


# "… đã chỉ đạo … và hoàn thành Báo cáo số 356-BC/HU": finishing a report issues it (data/cues report_done)
_REPORT_DONE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('report_done')})[ ]+\Z")


def _report_done_verb(text: str, cited: Citation) -> int | None:
    """Where the verb starts that issued a report by finishing it, unless the clause says it is still to come."""
    if cited.type != "Báo cáo" or (done := _REPORT_DONE_BEFORE.search(text, max(0, cited.start - 20), cited.start)) is None:
        return None
    return None if _FUTURE_BEFORE.search(text, max(0, done.start() - _FUTURE_WINDOW), done.start()) else done.start()


def _mark_issued(scan: _Scan, cited: Citation, before: tuple[str, int]) -> None:
    """An issued document takes its issuer and date from the clause that issues it."""
    verb = _means_after_cited(scan, cited) or _numbered_issuing_verb(scan.text, cited.start, before) \
        or _report_done_verb(scan.text, cited)
    if verb is None and cited.issuer is None:
        verb = _verb_of_listed(scan, cited)
    elif verb is None:
        verb = _verb_of_peer_listed(scan, cited) or _verb_of_own_listed(scan, cited)
    if verb is None and cited.issuer is None:
        verb = _means_verb(scan.text, cited.start)
    if verb is None and cited.issuer is None and scan.text.endswith(" tại ", 0, cited.start) \
            and (acted := _acted_at(scan.text, cited.start)) is not None:
        cited.issued = True  # "UBND tỉnh đã giao vốn … tại Quyết định số …": the subject right before the act issued it
        _body_setting_out(scan, cited, acted)
        return
    if verb is not None:
        cited.issued = True
        date = cited.date
        _issuing_clause(scan, cited, verb)
        if cited.symbol is None and cited.issuer is not None and cited.type_code \
                and (known := _cited_in_full(scan, cited.number, cited.type_code)) is not None \
                and known.issuer.name != cited.issuer.name:
            # "Kết luận 24" after "Kết luận số 24-KL/TW … của Bộ Chính trị": the document cited before, of its body, not
            # one the clause it is listed in issues ("… Quyết định số 264/2005/QĐ-TTg … phê duyệt Đề án … và Kết luận 24")
            cited.issuer, cited.issued, cited.date = None, False, date
    elif cited.issuer is None and scan.text.startswith("(", cited.start - 1):
        _bracketed_after_body(scan, cited)
    elif cited.issuer is None and scan.text.endswith(_WITH, 0, cited.start):
        _body_with(scan, cited)
    elif cited.issuer is None and (set_out := _SET_OUT_BEFORE.search(scan.text, max(0, cited.start - _SET_OUT_CHARS),
                                                                      cited.start)) is not None:
        _body_setting_out(scan, cited, set_out.start())
    elif cited.issuer is None and cited.symbol is not None and cited.symbol.issuer_code \
            and (carried := _CARRIED_OWN_BEFORE.search(scan.text, max(0, cited.start - _CARRIED_OWN_CHARS),
                                                       cited.start)) is not None:
        _body_carrying_own(scan, cited, carried.start())
    elif cited.issuer is None and cited.symbol is not None and cited.symbol.issuer_code \
            and (amended := _AMENDED_OWN_BEFORE.search(scan.text, max(0, cited.start - _AMENDED_OWN_CHARS),
                                                       cited.start)) is not None:
        _body_amending_own(scan, cited, amended.start())


# "Năm 2024, Liên đoàn Lao động tỉnh triển khai Kế hoạch số 15/KH-LĐLĐ …": a body carrying out a document whose symbol
# bears the body's own code carries out its own (another's would be named with "của", which gives the issuer first)
# (after the meeting it holds to do so, or to review doing so: "Hội Nông dân huyện tổ chức hội nghị triển khai Kế hoạch số
# 18-KH/HNDH …", "… tổ chức hội nghị sơ kết 5 năm thực hiện Chương trình phối hợp số 03/CTrPH-CCB-CA")
_CARRIED_OWN_BEFORE = re.compile(rf"(?<![^\W\d_])(?:(?:{_cue_pattern('perfective')}|{_cue_pattern('subject_adverb')})[ ]+)*"
                                 rf"(?:(?:{_cue_pattern('meeting_before_issue')})[ ]+(?:{_cue_pattern('meeting')})[ ]+)?"
                                 rf"(?:(?:{_cue_pattern('review')})(?:[ ]+\d{{1,2}}[ ]+năm)?[ ]+)?"
                                 rf"(?:{_cue_pattern('carry_own')})[ ]+\Z")
_CARRIED_OWN_CHARS = 80


def _own_code_body_before(scan: _Scan, cited: Citation, verb: int) -> IssuerMatch | None:
    """The body named before the verb at `verb` whose code the cited document's symbol bears, at a level the code allows
    (a Thị ủy writes ThU, not TU); None if the document was cited before with its body ("… Kế hoạch số 92-KH/TU … của
    Ban Thường vụ Tỉnh ủy …, Thị ủy triển khai Kế hoạch 92-KH/TU")."""
    text, end = scan.text, verb - 1
    code = cited.symbol.issuer_code
    if cited.number is not None and cited.type_code and _cited_in_full(scan, cited.number, cited.type_code):
        return None
    found = issuer_before(text, max(sentence_start(text, end), end - 80), end, scan.article, code)
    said = issuer_code(code)
    if found is None or not carries_own_code(found.issuer.code, code) \
            or said is not None and said.level not in ("unknown", found.issuer.level):
        return None
    return found


def _body_carrying_own(scan: _Scan, cited: Citation, verb: int) -> None:
    found = _own_code_body_before(scan, cited, verb)
    # of a joint subject, the one body of the code ("Huyện ủy Can Lộc và Huyện ủy Thạch Hà triển khai …-KH/HU": neither)
    if found is not None and sum(carries_own_code(body.issuer.code, cited.symbol.issuer_code)
                                 for body in subject_from(scan.text, found, verb - 1, scan.article)) == 1:
        cited.issuer = _placed_in_sentence(scan, found, found.start).issuer
        # its own document put to work is one the clause reports the body has ("Để thực hiện B, UBND tỉnh triển khai
        # Kế hoạch số 1046/KH-UBND": the plan carries B out)
        cited.issued = True


# "… kiến nghị UBND thành phố sửa đổi Quyết định số 4560/QĐ-UBND …": the body named right before the verb that changes a
# document of its own code changes its own (data/cues amend_own); the document is no new one
_AMENDED_OWN_BEFORE = re.compile(rf"(?<![^\W\d_])(?:(?:{_cue_pattern('perfective')}|{_cue_pattern('subject_adverb')})[ ]+)*"
                                 rf"(?:{_cue_pattern('amend_own')})[ ]+\Z")
_AMENDED_OWN_CHARS = 50


def _body_amending_own(scan: _Scan, cited: Citation, verb: int) -> None:
    found = _own_code_body_before(scan, cited, verb)
    if found is not None and found.end == verb - 1:
        cited.issuer = _placed_in_sentence(scan, found, found.start).issuer


# "… các mục tiêu mà Ban Thường vụ Thành ủy đã đề ra tại Nghị quyết số 07-NQ/TU", "những nhiệm vụ do UBND tỉnh giao tại
# Quyết định số …": the body a relative clause names before its verb set the document out
_SET_OUT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:(?:{_cue_pattern('perfective')})[ ]+)?(?:{_cue_pattern('set_out')})"
                             r"[ ]+(?:tại|trong)[ ]+\Z")
_SET_OUT_CHARS = 30


def _body_setting_out(scan: _Scan, cited: Citation, verb: int) -> None:
    text, end = scan.text, verb - 1
    found = issuer_before(text, max(sentence_start(text, end), end - 80), end, scan.article,
                          cited.symbol.issuer_code if cited.symbol else None)
    placed = _placed_in_sentence(scan, found, found.start).issuer if found is not None and found.end == end else None
    # only a body placed whole: a bare "Tỉnh ủy" the article's day leaves unplaced is left to the symbol's code
    if placed is not None and (placed.level == "central" or placed.own_unit and placed.name.endswith(placed.own_unit)):
        cited.issuer = placed


# "Thành ủy Tân An đã thực hiện Nghị quyết số 04-NQ/TU … bằng Chương trình số 19-CTr/TU": the act whose means A is
_MEANS_VERB = re.compile(rf"(?:{_cue_pattern('concretise', either_case=True)}|[Tt]hực hiện|[Tt]riển khai){_WORD_END}")


def _means_after_cited(scan: _Scan, cited: Citation) -> int | None:
    """"… đã triển khai B thông qua A": the means after a document carried out, not a council's adopting ("thông qua"
    issues too): the act's subject issued A (not B's issuer, named right before the verb)."""
    previous = next((c for c in reversed(scan.citations) if c is not cited and c.start < cited.start), None)
    if previous is None or not (means := _MEANS_AFTER_CITED.fullmatch(scan.text, max(previous.end, previous.cover_end),
                                                                        cited.start)):
        return None
    return _means_verb(scan.text, cited.start, means.start("word"))


_MEANS_AFTER_CITED = re.compile(rf"[ ]*,?[ ]*(?P<word>{_cue_pattern('means')})[ ]+")


def _means_verb(text: str, start: int, means: int | None = None) -> int | None:
    """Where the act starts that a numbered document right after "bằng" (or the means word at `means`) is the means
    of, in an active clause: its subject issued the document."""
    if means is None and not text.endswith(" bằng ", 0, start):
        return None
    clause = sentence_start(text, start)
    acts = list(_MEANS_VERB.finditer(text, clause, start))
    if not acts or text.find("được", clause, acts[-1].start()) != -1:
        return None  # "B được Tỉnh ủy cụ thể hóa bằng A": a passive, read as such
    return acts[-1].start()


def _numbered_issuing_verb(text: str, start: int, before: tuple[str, int] | None = None) -> int | None:
    """The issuing verb before a numbered document; in "… đã ban hành 4 nghị quyết, trong đó có Nghị quyết
    số …" the "có" opens a list, and the verb before the count issues."""
    verb = _issuing_verb(text, start, before, numbered=True)
    if verb is not None and (before or word_before(text, start))[0] == "có":
        return _counted_list_verb(text, start) or verb
    return verb


# "UBND tỉnh đã giao vốn chi tiết cho các huyện tại Quyết định số 1357/QĐ-UBND": the act a body did in the document,
# which it issued (data/cues act_at); not passive ("đã được phê duyệt tại"), nor what a rule sets ("như đã quy định tại …")
_ACTED_AT = re.compile(rf"(?<![^\W\d_])(?<!như[ ])(?:{_cue_pattern('perfective')})[ ]+(?:{_cue_pattern('act_at')})"
                       r"(?![^\W\d_])[^.;:\n()“”\"]{0,80}?[ ]tại[ ]\Z")
_ACTED_AT_CHARS = 120


def _acted_at(text: str, start: int) -> int | None:
    found = _ACTED_AT.search(text, max(0, start - _ACTED_AT_CHARS), start)
    if found is None or TYPE_WORD_RE.search(text, found.end(), start - 4) is not None:
        return None
    return found.start()


_BRACKET_CLOSE = re.compile(r"[ ]*\)")


def _bracketed_after_body(scan: _Scan, cited: Citation) -> None:
    """"…, như: Huyện ủy Đô Lương (Kế hoạch số 120-KH/HU), Huyện ủy Yên Thành (Kế hoạch số
    98-KH/HU)": a document alone in brackets right after a body is the one that body issued."""
    text = scan.text
    end = len(text[:cited.start - 1].rstrip(" "))
    if not _BRACKET_CLOSE.match(text, max(cited.end, cited.cover_end)):
        return
    code = cited.symbol.issuer_code if cited.symbol else None
    found = issuer_before(text, max(sentence_start(text, end), end - 80), end, scan.article, code)
    if found is not None and found.end == end and _of_other_system(cited.symbol, found.issuer):
        return  # "… cảnh cáo đối với đồng chí Chủ tịch HĐND xã (Quyết định số 412-QĐ/UBKTTU)": who it concerns
    if found is not None and found.end == end:
        cited.issuer, cited.issued = _placed_in_sentence(scan, found, found.start).issuer, True
        return
    # a place for the body, the item of a list: "…, như: Quận 8 (Kế hoạch số 215/KH-UBND), huyện Cần Giờ (…)"
    item = max(text.rfind(mark, max(0, end - 80), end) for mark in (":", ",", ";")) + 1
    if item and (placed := place_subject(text, item, end, scan.article, code)) is not None:
        cited.issuer, cited.issued = placed, True


_STATE_AUTHORITIES = {"UBND", "HĐND"}
_PARTY_COMMITTEES = {"TU", "HU", "QU", "ĐU"}


def _of_other_system(symbol: Symbol | None, body: Issuer) -> bool:
    """Is the symbol a Party one and the body a People's Council or Committee, or the other way round (so the body
    cannot have issued it)?"""
    if symbol is None or symbol.issuer_code is None:
        return False
    if symbol.system == "party":
        return body.code in _STATE_AUTHORITIES
    return symbol.issuer_code in _STATE_AUTHORITIES and body.code in _PARTY_COMMITTEES


_WITH = " với "


def _body_with(scan: _Scan, cited: Citation) -> None:
    """"… nhiều địa phương cũng ban hành quy chế tương tự, như UBND tỉnh Nghệ An với Quyết định số 35/2021/QĐ-UBND":
    a document right after a body and "với" is that body's, an example a round-up gives of what it did."""
    text, end = scan.text, cited.start - len(_WITH)
    found = issuer_before(text, max(sentence_start(text, end), end - 80), end, scan.article,
                          cited.symbol.issuer_code if cited.symbol else None)
    # not the body after "của", which is the issuer of the document before ("gắn việc thực hiện Chỉ thị 17 của Thủ
    # tướng với Chỉ thị số 10/CT-UBND": two documents linked, the second not the Prime Minister's)
    if found is not None and found.end == end and not _OF_BEFORE.search(text, 0, found.start):
        cited.issuer = _placed_in_sentence(scan, found, found.start).issuer


_OF_BEFORE = re.compile(r"(?<![^\W\d_])của[ ]+\Z")


# what a title opens with before the document it is about (not "về tổng kết …", an act on another document)
_ABOUT = re.compile(r"[ ]*,?[ ]*(?:về(?:[ ]+việc)?[ ]*)?(?:ban hành[ ]*)?")


def _verb_of_listed(scan: _Scan, cited: Citation) -> int | None:
    """The issuing verb of the document listed just before, when `cited` is the next item of
    its list: "Huyện ủy đã ban hành Kế hoạch số 12-KH/HU, ngày 20/7/2016 và Chương trình hành
    động số 08-CTr/HU" issued both (the second had no issuer of its own, and a lead's relation
    went to the first alone)."""
    text = scan.text
    if _in_committee_name(scan, cited.start, cited.end):
        return None  # "… kiện toàn Ban Chỉ đạo … chuyển đổi số và Đề án 06 của xã": a word of the committee's name
    previous = scan.citations[-1] if scan.citations else None
    if previous is not None and previous.form != "numbered" and len(scan.citations) > 1 \
            and (container := scan.citations[-2]).form == "numbered" and previous.end <= container.cover_end \
            and _ABOUT.fullmatch(text, container.end, previous.start):
        previous = container  # "… ban hành Quyết định số 25-QĐ/ĐU về Quy chế làm việc của … và Chương trình … số 03-CTr/ĐU"
    elif previous is not None and previous.form == "named" and len(scan.citations) > 1 \
            and (container := scan.citations[-2]).form == "numbered" and container.issued \
            and container.type == cited.type and container.symbol and cited.symbol \
            and container.symbol.issuer_code == cited.symbol.issuer_code \
            and _DESCRIBED_NEXT.fullmatch(text, max(container.cover_end, container.end), cited.start):
        # "… ban hành Nghị định số 59/2023/NĐ-CP quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở và
        # Nghị định số 61/2023/NĐ-CP về …": the law the first one's description names is no item of the list
        previous = container
    if previous is not None and previous.form == "new" and previous.issued \
            and LISTED_NEXT.fullmatch(text, max(previous.cover_end, previous.end), cited.start):
        # "… đã thông qua Nghị quyết về điều chỉnh kế hoạch đầu tư công và Nghị quyết số 20/NQ-HĐND …": a document of no
        # number heads the list
        return _issuing_verb(text, previous.start, numbered=True)
    if previous is None or previous.form != "numbered":
        return _colon_list_verb(text, cited.start) or (
            _enumeration_verb(scan, cited) if previous is not None
            and _ENUMERATED_NEXT.fullmatch(text, max(previous.cover_end, previous.end), cited.start) else None)
    gap = (max(previous.cover_end, previous.end), cited.start)
    if _PARALLEL_NEXT.fullmatch(text, *gap) and not previous.issued and previous.type != cited.type:
        # "… đã ban hành Chương trình hành động số 18-CTr/TU thực hiện Nghị quyết số 26-NQ/TW …; Chương trình hành
        # động số 19-CTr/TU thực hiện Nghị quyết số 27-NQ/TW …": the next of the issued documents, each with its object
        first = _first_parallel(scan, cited)
        return _enumeration_verb(scan, cited) if first is None else _issuing_verb(text, first.start, numbered=True)
    if previous.issued and previous.symbol and cited.symbol \
            and previous.symbol.issuer_code == cited.symbol.issuer_code and _DESCRIBED_NEXT.fullmatch(text, *gap):
        # "… đã ban hành Quyết định số 07-QĐ/ĐU, ngày 10/7/2025 thành lập Tiểu ban Văn kiện và Quyết định số 08-QĐ/ĐU
        # thành lập Tiểu ban Nhân sự": the next item after what the first does, of its type or another of its body's
        # ("… Quyết định số 1380-QĐ/HU … thành lập Tổ công tác giúp việc và Kế hoạch số 151-KH/HU …")
        head = _list_head(scan, previous)
        return _numbered_issuing_verb(text, head.start) or _colon_list_verb(text, head.start)
    if not LISTED_NEXT.fullmatch(text, *gap):
        # "… đã ban hành: (1) Chương trình hành động số 35-CTr/TU …; (2) Chỉ thị số 22-CT/TU …"
        enumerated = previous.issued and _ENUMERATED_NEXT.fullmatch(text, *gap)
        if not enumerated:
            return _colon_list_verb(text, cited.start) \
                or (_enumeration_verb(scan, cited) if _ENUMERATED_NEXT.fullmatch(text, *gap) else None)
        head = _list_head(scan, previous)
        verb = _colon_list_verb(text, head.start)
        if verb is None and _same_kind_of_body(previous, cited):
            # "… đã ban hành Quyết định số 1520-QĐ/TU về …; Quyết định số 1522-QĐ/TU và …": the next of one body's
            # documents of the type, after the first's title
            verb = _numbered_issuing_verb(text, head.start)
        return verb or _enumeration_verb(scan, cited)
    if not previous.issued:
        previous = _parallel_item(scan, cited, previous)
        if previous is None:
            return None
    # a third item: the verb is before the list's first ("… ban hành Kế hoạch số 58-KH/TU, Kế hoạch số 59-KH/TU
    # và Công văn số 2386-CV/TU"), or before the first of the parallel items ("…; Chương trình hành động số
    # 19-CTr/TU thực hiện B2 và Chương trình hành động số 20-CTr/TU thực hiện B3")
    head = _list_head(scan, previous)
    if _means_after_cited(scan, head) is not None:
        return None  # "… triển khai B thông qua A và A2": "thông qua" is no council's adopting of A2 (nor is "bằng")
    verb = _numbered_issuing_verb(text, head.start) or _colon_list_verb(text, head.start)
    if verb is None and (first := _first_parallel(scan, cited)) is not None and first is not head:
        verb = _issuing_verb(text, first.start, numbered=True)
    return verb or _enumeration_verb(scan, cited)


def _enumeration_verb(scan: _Scan, cited: Citation) -> int | None:
    """The verb before the colon of an enumeration whose item before `cited` ended on what it carries out: "Ban Thường
    vụ Thành ủy đã ban hành: Kế hoạch số 12-KH/TU thực hiện Kết luận số 01-KL/TW; Chỉ thị số 03-CT/TU về …" (the
    directive is the next item, not a second object). The items before, each opening after the colon or a "; ", are
    issued and of `cited`'s issuer code: a document of another code after "; " may be one more object."""
    text = scan.text
    if cited.symbol is None or not cited.symbol.issuer_code:
        return None
    stop = text.rfind(". ", 0, cited.start)  # the sentence's start, its clauses after "; " included
    low = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, cited.start) + 1, cited.start - _ENUMERATION_CHARS)
    for head in reversed(scan.citations):
        if head.start < low:
            return None
        if not _ENUMERATION_ITEM_OPENS.search(text, max(0, head.start - _ENUMERATION_ITEM_CHARS), head.start):
            continue
        if not head.issued or head.form != "numbered" or head.symbol is None \
                or head.symbol.issuer_code != cited.symbol.issuer_code:
            return None
        if (verb := _colon_list_verb(text, head.start)) is not None:
            return verb
    return None


def _same_kind_of_body(previous: Citation, cited: Citation) -> bool:
    """Are both documents of one type and one issuer code ("1520-QĐ/TU", "1522-QĐ/TU")?"""
    return previous.type == cited.type and previous.symbol is not None and cited.symbol is not None \
        and previous.symbol.type_code == cited.symbol.type_code and previous.symbol.issuer_code == cited.symbol.issuer_code


def _first_parallel(scan: _Scan, cited: Citation) -> Citation | None:
    """The first issued document of `cited`'s type and code in its sentence, its clauses after "; " included."""
    text = scan.text
    stop = text.rfind(". ", 0, cited.start)
    start = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, cited.start) + 1, cited.start - 1500)
    first = None
    for head in reversed(scan.citations):
        if head.start < start:
            break
        if head.issued and head.form == "numbered" and head.type == cited.type and head.symbol is not None \
                and cited.symbol is not None and head.symbol.issuer_code == cited.symbol.issuer_code:
            first = head
    return first


def _verb_of_peer_listed(scan: _Scan, cited: Citation) -> int | None:
    """The issuing verb of the document listed just before, when `cited` is the next item of its list, of its type and
    by a body of its kind in another unit: "hai tỉnh đã ban hành Chương trình hành động số 28-CTr/TU … của Tỉnh ủy Hòa
    Bình và Chương trình hành động số 19-CTr/TU … của Tỉnh ủy Sơn La" issued both (a body carries out no peer's
    programme, so the second is no object the first shares)."""
    previous = scan.citations[-1] if scan.citations else None
    if previous is None or not previous.issued or previous.form != "numbered" or previous.type != cited.type \
            or previous.issuer is None or previous.issuer.level != cited.issuer.level \
            or previous.issuer.is_party != cited.issuer.is_party or None in (p := previous.issuer.own_unit_code,
                                                                             q := cited.issuer.own_unit_code) or p == q \
            or not LISTED_NEXT.fullmatch(scan.text, max(previous.cover_end, previous.end), cited.start):
        return None
    return _numbered_issuing_verb(scan.text, _list_head(scan, previous).start)


def _verb_of_own_listed(scan: _Scan, cited: Citation) -> int | None:
    """The issuing verb of the document listed just before, when `cited`, whose symbol already names the same body
    ("NQ-HĐND" in a province's article), is the next item of its list: "HĐND tỉnh thông qua Nghị quyết số
    86/2019/NQ-HĐND quy định mức thu học phí năm học 2019 - 2020 và Nghị quyết số 87/2019/NQ-HĐND …" passed both
    (the second was undated, its body known but not its act); or when its issuer is another organ of the same
    committee: "Tỉnh ủy đã ban hành Chương trình hành động số 34-CTr/TU … và Nghị quyết số 03-NQ/TU … của Ban Chấp
    hành Đảng bộ tỉnh" issued both (Tỉnh ủy, its Ban Thường vụ and its Ban Chấp hành sign one code for one unit)."""
    previous = scan.citations[-1] if scan.citations else None
    if previous is None or previous.form != "numbered" or not previous.issued or previous.issuer is None \
            or previous.issuer.name != cited.issuer.name and not _one_committee(previous.issuer, cited.issuer):
        return None  # (not after what a cited one approves: "… Quyết định số 1719/QĐ-TTg … phê duyệt Chương trình và B")
    return _verb_of_listed(scan, cited)


def _one_committee(first: Issuer, second: Issuer) -> bool:
    """Are both bodies organs of one local Party committee (one code, one level, one unit)?"""
    return first.is_party and first.code == second.code and first.level == second.level != "central" \
        and first.own_unit_code is not None and first.own_unit_code == second.own_unit_code


def _list_head(scan: _Scan, last: Citation) -> Citation:
    """The first issued item of the list that ends with `last` (items after ',', 'và', or '; (2)' in an enumeration)."""
    k = next(n for n in range(len(scan.citations) - 1, -1, -1) if scan.citations[n] is last)
    while k > 0 and (before := scan.citations[k - 1]).issued and before.form == "numbered" and (
            LISTED_NEXT.fullmatch(scan.text, gap_start := max(before.cover_end, before.end), scan.citations[k].start)
            or _ENUMERATED_NEXT.fullmatch(scan.text, gap_start, scan.citations[k].start)):
        k -= 1
    return scan.citations[k]


# an enumeration after the verb's colon: "đã ban hành: (1) …; (2) …", "ban hành: Kế hoạch số …; Chỉ thị số …"; a
# paragraph's "*" too, which news opens a section with ("* Thực hiện B, Ban Thường vụ Tỉnh ủy ban hành A")
ENUMERATION_MARK = r"(?:\(?\d{1,2}[).]|\(?[a-zđ]\)|[-–+•*])"
_ENUMERATED_NEXT = re.compile(rf"[ ]*;[ ]*(?:và[ ]+)?(?:{ENUMERATION_MARK}[ ]*)?")
# where an enumeration's item opens: after the verb's colon or the item before's "; ", perhaps with its mark
_ENUMERATION_ITEM_OPENS = re.compile(rf"[:;][ ]*(?:{ENUMERATION_MARK}[ ]*)?\Z")
_ENUMERATION_ITEM_CHARS = 8
_ENUMERATION_CHARS = 1500  # the longest enumeration read back
_COLON_LIST_HEAD = re.compile(
    rf"(?:(?P<perf>{_cue_pattern('perfective')})[ ]+)?(?P<verb>{_cue_pattern('issue')})[ ]*:[ ]*(?:{ENUMERATION_MARK}[ ]*)?\Z")
_COLON_LIST_CHARS = 40
# a list opened after the documents the verb counts: "đã ban hành 4 nghị quyết chuyên đề, trong đó có …",
# "… ban hành hai nghị quyết chuyên đề: Nghị quyết số 07-NQ/TU … và Nghị quyết số 08-NQ/TU …",
# "… nhiều kế hoạch như: …"; the counted noun takes no relation phrase ("nhiều văn bản thực hiện các nghị
# quyết, như …" lists what is carried out)
_COUNTED_NOUN = rf"(?:(?!(?:{_cue_pattern('action')}|về|của|theo|để|nhằm){_WORD_END})[^\W\d_]+[ ]+){{0,3}}[^\W\d_]+"
_COUNTED_LIST_HEAD = re.compile(
    rf"(?:(?P<perf>{_cue_pattern('perfective')})[ ]+)?(?P<verb>{_cue_pattern('issue')})[ ]+"
    rf"(?:{_cue_pattern('plural')}|\d{{1,3}})[ ]+{_COUNTED_NOUN}"
    rf"(?:(?:[ ]*,[ ]*|[ ]+)(?:{_cue_pattern('list_sequel')}|{_cue_pattern('instances')}){_WORD_END}[ ]*:?|[ ]*:)[ ]*\Z")
# the same, the list opening the next sentence: "… đã ban hành nhiều văn bản. Trong đó có Kế hoạch số …", the count
# perhaps split first: "… thông qua 24 nghị quyết, trong đó có 9 nghị quyết quy phạm pháp luật. Đáng chú ý là: …"
_SUB_COUNT = rf"(?:[ ]*,[ ]*(?:{_cue_pattern('list_sequel')})[ ]+\d{{1,3}}(?:[ ]+[^\W\d_]+){{1,6}})?"
# The next sentence (perhaps the next paragraph) may restate the counted documents before its colon: "… thông qua 18
# nghị quyết. Các nghị quyết được thông qua gồm: …"
_RESTATED_COUNT = (rf"(?:[Cc]ác|[Nn]hững)[ ]+{_COUNTED_NOUN}(?:[ ]+(?:(?:đã|vừa)[ ]+)?được[ ]+(?:{_cue_pattern('issue')}))?[ ]+"
                   rf"(?:{_cue_pattern('instances')}){_WORD_END}[ ]*:")
# the list's opener, perhaps two of them ("Trong đó, đáng chú ý là Nghị quyết …"), perhaps a paragraph after the count
_SEQUEL_WORDS = (rf"(?:{_cue_pattern('list_sequel', either_case=True)}){_WORD_END}"
                 rf"(?:[ ]*,[ ]*(?:{_cue_pattern('list_sequel')}){_WORD_END})?")
_COUNTED_SENTENCE = re.compile(
    rf"(?:(?P<perf>{_cue_pattern('perfective')})[ ]+)?(?P<verb>{_cue_pattern('issue')})[ ]+"
    rf"(?:{_cue_pattern('plural')}|\d{{1,3}})[ ]+{_COUNTED_NOUN}{_SUB_COUNT}[ ]*[.:]"
    rf"[ \n]*(?:{_SEQUEL_WORDS}[ ]*[:,]?|{_RESTATED_COUNT})[ ]*\Z")
# … or the documents passed, some of them listed after: "Trong số 14 nghị quyết được thông qua tại kỳ họp, đáng chú ý
# là Nghị quyết …"
_AMONG_PASSED = re.compile(
    rf"[Tt]rong[ ]+số[ ]+(?:{_cue_pattern('plural')}|\d{{1,3}})[ ]+{_COUNTED_NOUN}[ ]+(?:(?:đã|vừa)[ ]+)?được"
    rf"(?:[ ]+[^\W\d_]+){{0,4}}?[ ]+(?P<verb>{_cue_pattern('issue')})(?:[ ]+[^,.;:]{{1,40}}?)?[ ]*,[ ]*"
    rf"(?:(?:{_cue_pattern('list_sequel')}|có){_WORD_END}[ ]*:?[ ]*)?\Z")
_COUNTED_LIST_CHARS = 130  # (the count split: "… 24 nghị quyết, trong đó có 9 nghị quyết quy phạm pháp luật. Đáng chú ý là: ")
_LIST_OPENER_LAST_WORDS = {w.split()[-1] for w in cues("list_sequel") + cues("instances")}


def _colon_list_verb(text: str, start: int) -> int | None:
    """The issuing verb of an enumeration's first item, before its colon ("đã ban hành: (1) Chương trình
    hành động số 35-CTr/TU"), or before the documents it counts ("đã ban hành 4 nghị quyết chuyên đề,
    trong đó có Nghị quyết số 02-NQ/TU"), unless the document is still to come ("sẽ ban hành: …")."""
    head = None
    if ":" in text[max(0, start - 8):start]:
        head = _COLON_LIST_HEAD.search(text, max(0, start - _COLON_LIST_CHARS), start)
    return _listing_verb(text, head) if head is not None else _counted_list_verb(text, start)


def _counted_list_verb(text: str, start: int) -> int | None:
    """The issuing verb before the documents it counts, when a list of them opens right before
    `start`: "đã ban hành 4 nghị quyết chuyên đề, trong đó có Nghị quyết số 02-NQ/TU"."""
    before = text[max(0, start - 16):start]
    if ":" not in before and not any(word in before for word in _LIST_OPENER_LAST_WORDS):
        return None
    window = max(0, start - _COUNTED_LIST_CHARS)
    head = _COUNTED_LIST_HEAD.search(text, window, start) or _COUNTED_SENTENCE.search(text, window, start)
    if head is None and (among := _AMONG_PASSED.search(text, window, start)) is not None:
        return among.start("verb")
    if head is None:
        head = _counted_in_sentence_before(text, start)
    return None if head is None else _listing_verb(text, head)


# the documents counted anywhere in the sentence before the one whose list opens at a citation, what they do told
# after the count: "… đã thông qua 6 nghị quyết quan trọng để triển khai Nghị quyết 98/2023/QH15 … về …. Trong đó,
# Nghị quyết số 08/2023/NQ-HĐND …" (a count of documents, not of anything: "… có 5 xã đạt chuẩn. Trong đó, …")
_SEQUEL_OPENS = re.compile(rf"[ \n]*{_SEQUEL_WORDS}[ ]*[:,]?[ ]*")
_COUNTED_DOCUMENTS = re.compile(
    rf"(?:(?P<perf>{_cue_pattern('perfective')})[ ]+)?(?P<verb>{_cue_pattern('issue')})[ ]+"
    rf"(?:{_cue_pattern('plural')}|\d{{1,3}})[ ]+(?:{_NOUNS}|{_cue_pattern('generic_doc')}){_WORD_END}")


def _counted_in_sentence_before(text: str, start: int) -> re.Match[str] | None:
    """The count of documents issued in the sentence before, when the sentence at `start` opens with the list's opener
    ("Trong đó, ", "Cụ thể, ") right before the citation."""
    opening = sentence_start(text, start)
    if opening == 0 or not _SEQUEL_OPENS.fullmatch(text, opening, start):
        return None
    end = len(text[max(0, opening - _COUNTED_BACK_CHARS):opening].rstrip()) + max(0, opening - _COUNTED_BACK_CHARS)
    return _COUNTED_DOCUMENTS.search(text, sentence_start(text, end), end)


_COUNTED_BACK_CHARS = 4  # the full stop, a blank line


def _listing_verb(text: str, head: re.Match[str]) -> int | None:
    """Where a list's issuing verb starts, unless the documents are still to come or passive."""
    if not head.group("perf") and (
            _FUTURE_BEFORE.search(text, max(0, head.start() - _FUTURE_WINDOW), head.start())
            or _PASSIVE_BEFORE.search(text, max(0, head.start() - _FUTURE_WINDOW), head.start())):
        return None
    return head.start()


def _parallel_item(scan: _Scan, cited: Citation, previous: Citation) -> Citation | None:
    """The issued document `cited` is listed beside when the item just before it is what that one
    carries out: "Ban Thường vụ Thị ủy đã ban hành Kế hoạch số 15-KH/TU … thực hiện Chương trình số
    04-CTr/TU, Kế hoạch số 28-KH/TU … thực hiện Chương trình số 06-CTr/TU" issued both plans (the
    second took the programme's issuer). Only a document of the issued one's type and code, after an
    object of another type, in the same clause: "thực hiện Kế hoạch số 45-KH/TU, Kế hoạch số 50-KH/TU"
    lists two objects."""
    if cited.symbol is None or previous.type == cited.type:
        return None
    clause = sentence_start(scan.text, cited.start)
    for head in reversed(scan.citations):
        if head.start < clause:
            return None
        if head.issued:
            same = head.form == "numbered" and head.symbol is not None \
                and head.symbol.issuer_code == cited.symbol.issuer_code \
                and (head.type == cited.type or _OWN_OBJECT_AFTER.match(scan.text, cited.end))
            return head if same else None
    return None


# … or of another type of the issuer's code when it carries out an object of its own: "… ban hành Chương trình hành
# động số 38-CTr/TU … thực hiện B1 và Kế hoạch số 146-KH/TU ngày 20/9/2018 thực hiện B2"
_OWN_OBJECT_AFTER = re.compile(rf"(?:[ ]*,?[ ]*ngày[ ]+\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})?[ ]*,?[ ]+"
                               rf"(?:để[ ]+|nhằm[ ]+)?(?:triển[ ]+khai[ ]+)?thực[ ]+hiện[ ]+[{UPPER}]")


LISTED_NEXT = re.compile(r"[ ]*(?:,|và|,[ ]*và)[ ]*")
# what an issued item does, said in place of its title, then the next item: "… thành lập Tiểu ban Văn kiện và …",
# its years too ("… quy định mức thu học phí năm học 2019 - 2020 và …"), though no symbol (no "/")
_DESCRIBED_NEXT = re.compile(
    rf"[ ]+(?:{phrase_pattern(cues('describes') + cues('approve') + cues('item_description'))})[ ]+[^\W\d_]"
    rf"[^.;:()/\n]{{0,120}}?(?:,[ ]*(?:và[ ]+)?|[ ]+và[ ]+)")
_PARALLEL_NEXT = re.compile(r"[ ]*;[ ]*")


def _plural_subject(text: str, verb: int) -> bool:
    """Is the subject of the verb at `verb` several bodies: from the sentence's start, or after
    a lead of any length ("Sau khi Ban Bí thư ban hành Chỉ thị …, nhiều tỉnh ủy đã ban hành …")?"""
    # "(SGGP) - Các huyện ủy đã …": the outlet's credit is no part of the subject
    start = _after_byline(text, sentence_start(text, verb), verb)
    if _PLURAL_SUBJECT.fullmatch(text, start, verb):
        return True
    clause = verb  # after each of the last commas: the subject's own list may hold some ("các huyện, thị xã đã …")
    for _ in range(_SUBJECT_COMMAS):
        clause = text.rfind(", ", start, clause)
        if clause == -1:
            break
        if _PLURAL_SUBJECT.fullmatch(text, clause + 2, verb) is not None:
            return True
    return _joined_plural(text, start, verb) or _plural_with_examples(text, start, verb) \
        or _COUNTED_BEFORE_VERB.search(text, max(start, verb - _COUNTED_WINDOW), verb) is not None \
        or _listed_units(text, start, verb) or _named_units(text, start, verb) or _joined_units(text, start, verb)


def _joined_bodies(text: str, verb: int, article: Place | None) -> bool:
    """Bodies each named as an issuer, joined by "và" up to the verb ("Ngay sau đó, Ban Thường vụ Tỉnh ủy và UBND tỉnh
    đã ban hành kế hoạch thực hiện"): each issued its own, several bodies; not when they sign or make one together
    ("UBND huyện và Ủy ban MTTQ huyện ký kết chương trình phối hợp": data/cues joint_act after the verb)."""
    start = sentence_start(text, verb)
    if text.find(" và ", start, verb) == -1 or _JOINT_ACT.search(text, verb, verb + _JOINT_ACT_CHARS) is not None:
        return False
    for clause in _subject_clauses(text, start, verb):
        body = issuer_at(text, clause, article)
        if body is None:
            continue
        at, names, joined = body.end, {body.issuer.name}, False
        while (joint := _BODY_AFTER.match(text, at, verb)) is not None \
                and (other := issuer_at(text, joint.end(), article)) is not None and other.end <= verb:
            at, joined = other.end, joined or "và" in joint.group()
            names.add(other.issuer.name)
        if joined and len(names) > 1 and _BEFORE_VERB.fullmatch(text, at, verb) is not None:
            return True
    return False


_JOINT_ACT = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('joint_act', either_case=True)})(?![^\W\d_])")
_JOINT_ACT_CHARS = 40  # the verb and the noun after it


# a count right before the verb's subject, after what reports it: "Báo cáo … cho thấy 100% tổ chức đảng đã xây dựng …"
_COUNTED_BEFORE_VERB = re.compile(rf"(?<![\d/])(?:\d+/\d+|\d+[ ]?%)(?:[ ]+(?![{UPPER}])[^\W\d_]+){{1,6}}[ ]+$")
_COUNTED_WINDOW = 60


def _plural_with_examples(text: str, start: int, verb: int) -> bool:
    """A plural subject, then the bodies it stands for after "như" ("Các địa phương như thành phố Hạ Long, Uông Bí,
    thị xã Đông Triều cũng đã xây dựng kế hoạch thực hiện"): several bodies, whatever names the examples hold."""
    examples = _EXAMPLES.search(text, start, verb)
    return examples is not None and _PLURAL_SUBJECT.fullmatch(text, start, examples.start() + 1) is not None


_EXAMPLES = re.compile(rf"[ ](?:{_cue_pattern('instances')})[ ]")


def _joined_plural(text: str, start: int, verb: int) -> bool:
    """A body, then "và" and bodies of a plural determiner right before the verb ("Thành ủy Đà Lạt,
    Thành ủy Bảo Lộc và các huyện ủy đã ban hành kế hoạch thực hiện"): several bodies; a body inside
    a phrase of the subject's ("… phối hợp với Ban Tuyên giáo và các cơ quan xây dựng Kế hoạch") is not
    listed with it."""
    joined = text.rfind(" và ", start, verb)
    if joined == -1 or _PLURAL_SUBJECT.fullmatch(text, joined + 4, verb) is None:
        return False
    comma = text.rfind(", ", start, joined)
    item = start if comma == -1 else comma + 2
    body = issuer_at(text, item)
    return body is not None and body.end == joined


# more units after a body of one, up to the verb: "UBND quận Sơn Trà, quận Ngũ Hành Sơn đã …", "Quận ủy Hải Châu,
# Thanh Khê và Liên Chiểu đã …"
_LEVEL_WORD = '|'.join(sorted(map(re.escape, LEVEL_WORDS), key=len, reverse=True))
_UNIT_JOINT = r"[ ]*(?:,|và|,[ ]*và)[ ]+"
_UNIT_NAME = rf"[{UPPER}][^\W\d_]*(?:[ ]+[{UPPER}][^\W\d_]*){{0,3}}"
_ADVERBS_BEFORE_VERB = rf"(?:[ ]+(?:cũng|đều|{_cue_pattern('perfective')}))*[ ]+"
_UNITS_AFTER_BODY = re.compile(rf"(?:{_UNIT_JOINT}(?:(?:{_LEVEL_WORD})[ ]+)?{_UNIT_NAME})+{_ADVERBS_BEFORE_VERB}")


def _subject_clauses(text: str, start: int, verb: int):
    """Where the verb's subject may open: the sentence's start, then after each of its first commas
    ("Ông …, Chỉ huy trưởng … cho biết, các Ban Chỉ huy Quân sự huyện, thành phố, thị xã đã …")."""
    clause = start
    for _ in range(_SUBJECT_COMMAS + 1):
        yield clause
        clause = text.find(", ", clause, verb)
        if clause == -1:
            return
        clause += 2


def _listed_units(text: str, start: int, verb: int) -> bool:
    """A body of a unit, then other units named after it, as the verb's subject ("UBND quận Sơn Trà, quận Ngũ Hành
    Sơn đã ban hành kế hoạch để thực hiện"): one body each, several bodies."""
    for clause in _subject_clauses(text, start, verb):
        body = issuer_at(text, clause)
        if body is not None and (body.issuer.district or body.issuer.commune) \
                and (_UNITS_AFTER_BODY.fullmatch(text, body.end, verb) is not None or _bodies_after(text, body, verb)):
            return True
    return False


_BODY_AFTER = re.compile(_UNIT_JOINT)
_BEFORE_VERB = re.compile(_ADVERBS_BEFORE_VERB)


def _bodies_after(text: str, body: IssuerMatch, verb: int) -> bool:
    """The same body of other units after it, each named in full, up to the verb ("Ban Chỉ huy Quân sự thành phố
    Buôn Ma Thuột, Ban Chỉ huy Quân sự huyện Krông Pắc đã xây dựng kế hoạch …")."""
    at, units = body.end, {(body.issuer.district, body.issuer.commune)}
    while (joint := _BODY_AFTER.match(text, at, verb)) is not None:
        other = issuer_at(text, joint.end())
        unit = (other.issuer.district, other.issuer.commune) if other is not None else (None, None)
        if other is None or other.end > verb or unit in units or not any(unit):
            return False
        at = other.end
        units.add(unit)
    return len(units) > 1 and _BEFORE_VERB.fullmatch(text, at, verb) is not None


# a local Party committee's one-word name, after a plural determiner in place of a level word: "các huyện ủy Thới
# Bình, U Minh, Trần Văn Thời cũng đã ban hành kế hoạch thực hiện" (data/issuer_prose.tsv, committees of two words)
_LOCAL_COMMITTEE = phrase_pattern([row["prose"] for row in read_table("issuer_prose.tsv")
                                   if row["kind"] == "committee" and len(row["prose"].split()) == 2], either_case=True)
# a plural of a level, then the units' names, up to the verb: "Cùng với xã Cẩm Bình, các xã Cẩm Xuyên, Thiên Cầm, Cẩm
# Duệ cũng đã ban hành nghị quyết …"; "các huyện ủy Thới Bình, U Minh …", "Các đảng ủy xã Vĩnh Mỹ A, Vĩnh Hậu …";
# the level's qualifier and a last unit of another level: "Các xã ven biển Gio Hải, Gio Việt và thị trấn Cửa Việt …";
# a body's words before the determiner: "UBND các huyện Bình Sơn, Sơn Tịnh, Tư Nghĩa đã ban hành kế hoạch triển khai"
_NAMED_UNITS = re.compile(
    rf"(?:[{UPPER}][^ ,.;\n]*(?:[ ]+[^ ,.;\n]+){{0,3}}?[ ]+(?=(?:{_cue_pattern('plural_subject')})[ ]))?"
    rf"(?:{_cue_pattern('plural_subject', either_case=True)})[ ]+(?:{_LEVEL_WORD}|(?:{_LOCAL_COMMITTEE})(?:[ ]+(?:{_LEVEL_WORD}))?)"
    rf"(?:[ ]+(?![{UPPER}])[^\W\d_]+){{0,3}}?[ ]+"
    rf"{_UNIT_NAME}(?:{_UNIT_JOINT}(?:(?:{_LEVEL_WORD})[ ]+)?{_UNIT_NAME})+{_ADVERBS_BEFORE_VERB}"
)


def _named_units(text: str, start: int, verb: int) -> bool:
    """Units of one level named after a plural determiner, as the verb's subject, from the sentence's start or
    after one of its first commas: several bodies."""
    return any(_NAMED_UNITS.fullmatch(text, clause, verb) is not None
               for clause in _subject_clauses(text, start, verb))


# a unit named with its level word, in either case: "phường Rạch Giá", "Thị xã Giá Rai"
_UNIT_ITEM = re.compile(rf"(?i:(?P<level>{_LEVEL_WORD}))[ ]+{_UNIT_NAME}")
_UNIT_JOINT_AT = re.compile(_UNIT_JOINT)
_LEVEL_RANK = {"commune": 0, "district": 1, "city": 2, "province": 3}  # a city may hold districts, a province both


def _joined_units(text: str, start: int, verb: int) -> bool:
    """Units each named with its level word, joined up to the verb, as its subject ("Cùng với Phú Quốc, phường Rạch
    Giá và xã Tri Tôn cũng đã ban hành kế hoạch thực hiện"): one body each, several bodies. A unit then a higher one
    after a comma is the first with its place ("xã Long Hậu, huyện Cần Giuộc đã ban hành …"): one."""
    for clause in _subject_clauses(text, start, verb):
        item = _UNIT_ITEM.match(text, clause, verb)
        if item is None:
            continue
        rank, at, units = _LEVEL_RANK[LEVEL_WORDS[fold(item["level"])]], item.end(), 1
        while (joint := _UNIT_JOINT_AT.match(text, at, verb)) is not None \
                and (item := _UNIT_ITEM.match(text, joint.end(), verb)) is not None:
            if "và" not in joint.group() and _LEVEL_RANK[LEVEL_WORDS[fold(item["level"])]] > rank:
                break
            at, units = item.end(), units + 1
        if units > 1 and _BEFORE_VERB.fullmatch(text, at, verb) is not None:
            return True
    return False


_SUBJECT_COMMAS = 4  # how many commas the verb's subject may follow in its sentence
# the council's members voting: "Các đại biểu đã biểu quyết thông qua …", "100% đại biểu có mặt nhất trí thông qua …",
# after discussing it first: "Các đại biểu đã thảo luận, biểu quyết thông qua …"
_VOTERS_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('voters', either_case=True)})(?:[ ]+[^\W\d_]+,?){{0,3}}[ ]*\Z")
_VOTERS_PASS = re.compile(r"(?:(?:đã|vừa)[ ]+)?(?:(?:biểu quyết|nhất trí|thống nhất)[ ]+)?thông[ ]+qua(?![^\W\d_])")


def _voters_pass(text: str, verb: int) -> bool:
    """Do a council's members pass the document at `verb` together (one document, the council's)?"""
    return _VOTERS_PASS.match(text, verb) is not None \
        and _VOTERS_BEFORE.search(text, sentence_start(text, verb), verb) is not None


# a case a rule provides for, opening the clause of the verb: "trường hợp đã có quyết định thu hồi đất …", "nếu đã có
# kế hoạch …" (data/cues condition)
_CONDITION_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('condition', either_case=True)})(?![^\W\d_])[^,;:.\n]*\Z")
_CONDITION_CHARS = 40


def _conditional(text: str, verb: int) -> bool:
    """Is the verb at `verb` said of a case a rule provides for, not of a document that exists?"""
    return _CONDITION_BEFORE.search(text, max(0, verb - _CONDITION_CHARS), verb) is not None


def _recurring(text: str, verb: int) -> bool:
    """Is the verb at `verb` done by habit: its sentence or its subject's clause opens with a habit ("Hằng năm, Ban
    Thường vụ Tỉnh ủy ban hành kế hoạch …") or one stands right before it ("…; hằng năm ban hành kế hoạch …")? A habit
    elsewhere in the clause is another's ("Thực hiện Kế hoạch … về tổ chức Hội nghị sơ kết hằng năm …, Ban
    Thường vụ Tỉnh ủy đã ban hành kế hoạch …")."""
    start = sentence_start(text, verb)
    return any(_RECURRING_OPENS.match(text, clause, verb) is not None for clause in _subject_clauses(text, start, verb)) \
        or _RECURRING_BEFORE.search(text, max(start, verb - _RECURRING_BEFORE_CHARS), verb) is not None


_RECURRING = _cue_pattern("recurring", either_case=True)
# the habit opens the sentence or the subject's clause, with its comma or before the subject's capital: "Theo đó, hằng
# năm UBND huyện và Ban Dân vận Huyện ủy ký kết chương trình phối hợp …"
_RECURRING_OPENS = re.compile(rf"\s*(?:{_RECURRING})(?:[ ]*,|[ ]+(?=[{UPPER}]))")
_RECURRING_BEFORE = re.compile(  # "hằng năm ban hành", "định kỳ cũng đã ban hành"
    rf"(?<![^\W\d_])(?:{_RECURRING})(?:[ ]+(?:{_cue_pattern('subject_adverb')}|{_cue_pattern('perfective')}))*[ ]*\Z")
_RECURRING_BEFORE_CHARS = 40


def _unnumbered(scan: _Scan, row: dict[str, str], noun: _Noun, capitalised: bool,
                previous: Citation | None) -> Citation | None:
    text, start, word_end = scan.text, noun.start, noun.end
    if not capitalised and previous is not None and previous.form == "numbered" \
            and (text[previous.cover_end:start].isspace() or text[previous.end:start].isspace()):
        return None  # "Thông báo số 123/TB-VPCP kết luận của Thủ tướng …": what that notice holds
    if capitalised and row["code"] == "KL" and previous is not None and previous.form == "numbered" \
            and previous.type_code == "TB" and not text[previous.end:start].strip(" ,"):
        return None  # … its heading copied in capitals: "Thông báo số 1038-TB/TU ngày 15/4/2022 Kết luận của Thường trực …"
    if not capitalised and row["code"] == "KL" and previous is not None and previous.form == "numbered" \
            and previous.type_code == "TB" and _NOTICE_ABOUT.fullmatch(text, previous.end, start):
        return None  # "Thông báo số 335/TB-VPCP … của Văn phòng Chính phủ về kết luận của Phó Thủ tướng …": the same
    if row["code"] == "BC" and capitalised and sentence_start(text, start) == start \
            and (by := _REPORT_BY.match(text, word_end)) is not None \
            and (body := issuer_at(text, by.end(), scan.article)) is not None \
            and not text.startswith(" trình bày", body.end) and not any(c.type_code == "BC" for c in scan.citations):
        # "Báo cáo do Sở Tư pháp trình UBND tỉnh ngày 18/4/2025 cho biết, …": a body's report, named by its author
        # (after a report cited, the one named back: "Báo cáo số 98-BC/TU. Báo cáo do Ban Tổ chức Tỉnh ủy tham mưu …";
        # one presented at the meeting speaks for it: "Báo cáo tổng kết do Ban Tuyên giáo Tỉnh ủy trình bày nêu rõ")
        return Citation(start, word_end, body.end, "new", issuer=body.issuer, term=body.issuer.term, anchor=body.end,
                        cover_end=body.end, type=row["type"], type_code=row["code"])
    if row["code"] == "BC" and _REPORT_SPEAKS.match(text, word_end):
        return None
    if row["code"] == "BC" and not capitalised and _VETTING.match(text, word_end):
        return None  # "…, báo cáo thẩm tra của Ban Đô thị HĐND thành phố và ý kiến thảo luận của các đại biểu"
    if not capitalised and row["unnumbered"] == "no" \
            and _ASKED_TO_REPORT_BEFORE.search(text, max(0, start - _ASKED_TO_REPORT_CHARS), start):
        return None  # "… đề nghị báo cáo tiến độ thực hiện các kết luận của Thường trực Tỉnh ủy": asked to report, a verb
    if not capitalised and noun.before in _VERB_MARKERS and fold(noun.text) in _VERB_NOUNS:
        return None  # "Kết quả giám sát sẽ được báo cáo tại kỳ họp … của HĐND huyện": the clause's verb
    if not capitalised and fold(noun.text) in _ADJECTIVE_NOUNS \
            and _NOUN_BEFORE.search(text, max(0, start - _NOUN_BEFORE_CHARS), start):
        return None  # "triển khai các nghị quyết chiến lược của Bộ Chính trị": what kind of resolutions, an adjective
    base = dict(type=row["type"], type_code=row["code"] or None)
    this = _THIS.match(text, word_end)
    if this is not None:
        return Citation(start, this.end(), this.end(), "ref", ref="this", anchor=this.end(),
                        cover_end=this.end(), **base)
    if _SHARED_THIS.match(text, word_end):
        return Citation(start, word_end, word_end, "ref", ref="this", anchor=word_end, cover_end=word_end, **base)
    if _DRAFT_BEFORE.search(text, max(0, start - _DRAFT_WINDOW), start) \
            or _UNFINISHED_BEFORE.search(text, max(0, start - _DRAFT_WINDOW), start):
        return None  # "thông qua dự thảo Kế hoạch của Đảng ủy Trường …", "khẩn trương hoàn thiện Chương trình …": not adopted yet
    if _EACH_OWN.match(text, word_end):
        return None  # "69 đảng bộ xã, phường đã xây dựng chương trình hành động của cấp mình": each its own
    review_report = row["code"] == "BC" and capitalised and (_REVIEW_NAMED.match(text, word_end) is not None
                                                             or _RESULTS_OF_NAMED.match(text, word_end) is not None)
    can_be_new = row["unnumbered"] == "yes" or row["unnumbered"] == "approved" and capitalised \
        and _approved_after(text, previous, start) or review_report
    # a body's own plan it has exists as one whose text follows does ("UBND thành phố cũng có kế hoạch riêng thực hiện
    # B"; not "các xã xây dựng kế hoạch riêng", still to make)
    own = noun.before == "có" and _OWN.match(text, word_end) is not None
    verb = _issuing_verb(text, start, (noun.before, noun.before_start),
                         announced=_ANNOUNCED.match(text, word_end) is not None or own,
                         headline=start < scan.headline_end) if can_be_new else None
    if verb is not None and not _voters_pass(text, verb) \
            and (_plural_subject(text, verb) or _joined_bodies(text, verb, scan.article)):
        return None  # "Các huyện ủy, thành ủy đã ban hành kế hoạch …": one plan each, none named
    if verb is not None and _recurring(text, verb):
        return None  # "…; hằng năm ban hành kế hoạch học tập chuyên đề": one each year, none named
    if verb is not None and not capitalised and _conditional(text, verb):
        return None  # "trường hợp đã có quyết định giao đất trước ngày …": any such decision, none named
    if verb is not None and not capitalised and _PROVISION_LINE.match(text, text.rfind("\n", 0, start) + 1) \
            and not _PERFECTIVE_IN.search(text, max(0, verb - _TO_MAKE_WINDOW), start):
        return None  # a printed decision's article orders: "Điều 2. … Trưởng Ban Chỉ đạo ban hành quy chế làm việc …"
    if verb is not None and noun.before == "bằng" and not capitalised and _means_to_make(text, start, noun.before_start):
        return None  # "…; UBND huyện cụ thể hóa bằng kế hoạch của UBND huyện": asked for, no "đã" before the verb
    if verb is None and can_be_new and capitalised:
        # "… đã thông qua 16 nghị quyết, trong đó có Nghị quyết sửa đổi, bổ sung …": an item of what the verb counts
        verb = _counted_list_verb(text, start)
    if verb is not None and not capitalised and _BARE_NOUN_END.match(text, word_end) \
            and _ONCE_LEVEL_ISSUED.search(text, max(0, verb - _ONCE_LEVEL_CHARS), verb):
        # "Ngay sau khi tỉnh ban hành kế hoạch, UBND thành phố ban hành Kế hoạch số 2047/KH-UBND …": the level's
        # document told before, the time of the main clause's issuing, not a new one
        return Citation(start, word_end, word_end, "ref", ref="bare", anchor=word_end, cover_end=word_end, **base)
    if verb is not None:
        cited = _described(scan, start, word_end, base, issued=True)
        _issuing_clause(scan, cited, verb)
        return cited
    if previous is not None and not previous.issued and can_be_new and capitalised and len(scan.citations) > 1 \
            and (container := scan.citations[-2]).form == "new" and container.issued \
            and container.start < previous.start and not text[max(container.cover_end, container.end):previous.start].strip() \
            and (_TITLED_NEXT.match(text, word_end) or review_report) \
            and _ITEM_AFTER_DESCRIPTION.fullmatch(text, previous.cover_end, start):
        # "…; Nghị quyết bãi bỏ Nghị quyết số 15/2019/NQ-HĐND … của HĐND huyện; Nghị quyết điều chỉnh …": the item
        # before is the one whose title names that document, not the document
        previous = container
    if previous is not None and previous.form == "new" and previous.issued and can_be_new and \
            (_LIST_SEPARATOR.fullmatch(text, previous.cover_end, start)
             or capitalised and _OWNED_LIST_SEPARATOR.fullmatch(text, previous.cover_end, start)
             or capitalised and _ASIDE_LIST_SEPARATOR.fullmatch(text, previous.cover_end, start)
             # an item with its own title after "; ", the item before perhaps described: "… thông qua 8 nghị quyết, gồm:
             # Nghị quyết về nhiệm vụ …; Nghị quyết về dự toán …", "HĐND thành phố thông qua Nghị quyết quy định về chi
             # thu nhập tăng thêm …; Nghị quyết về danh mục dự án …"
             or capitalised and (_TITLED_NEXT.match(text, word_end) or review_report)
             and _ITEM_AFTER_DESCRIPTION.fullmatch(text, previous.cover_end, start)):
        cited = _described(scan, start, word_end, base, issued=True)  # "ban hành chương trình và kế hoạch"
        cited.issuer = cited.issuer or previous.issuer  # the clause's subject's and date, as the first item's
        cited.date = cited.date or previous.date
        return cited
    if previous is not None and previous.form == "numbered" and previous.issued and can_be_new and capitalised \
            and (_LIST_SEPARATOR.fullmatch(text, previous.cover_end, start)
                 or _TITLED_NEXT.match(text, word_end) and (_ITEM_SEMICOLON.fullmatch(text, previous.cover_end, start)
                                                            or _DESCRIBED_NEXT.fullmatch(text, previous.cover_end, start))) \
            and (verb := _issuing_verb(text, previous.start, numbered=True)
                 or _colon_list_verb(text, _list_head(scan, previous).start)) is not None:
        # (an item with its own title after a "; " or after what the numbered one does: "Kỳ họp đã thông qua: Nghị quyết
        # số 78/NQ-HĐND về …; Nghị quyết về chương trình giám sát năm 2024", "… Nghị quyết số 21/2023/NQ-HĐND quy định
        # mức thu phí và Nghị quyết về kế hoạch đầu tư công năm 2024")
        # "… đã ban hành Kế hoạch số 82-KH/TU ngày 15/4/2019 và Chỉ thị về tăng cường …": issued by the same clause
        cited = _described(scan, start, word_end, base, issued=True)
        _issuing_clause(scan, cited, verb)
        return cited
    word, word_start = noun.before, noun.before_start
    if word in _FUTURE_VERB_LAST_WORDS and (_FUTURE_BEFORE.search(text, max(0, start - _FUTURE_WINDOW), word_start)
                                            or _urged_before(text, max(0, start - _FUTURE_WINDOW), word_start)
                                            or _ASSIGNED_BEFORE.search(text, max(0, word_start - _ASSIGNED_WINDOW),
                                                                       word_start)):
        # "tham mưu xây dựng kế hoạch", "khẩn trương xây dựng kế hoạch": not written yet; nor a task given to a body
        # named at length ("giao Đảng ủy UBND quận chỉ đạo xây dựng Kế hoạch của UBND quận")
        return None
    if not capitalised and word in _TO_MAKE_LAST_WORDS and _TO_MAKE_BEFORE.search(text, max(0, start - _TO_MAKE_WINDOW), start) \
            and not _PERFECTIVE_IN.search(text, max(0, start - _TO_MAKE_WINDOW), start):
        return None  # "… chỉ đạo xây dựng báo cáo sơ kết của Đảng bộ xã": ordered, not written yet
    if word == "bằng" and _CONCRETISE.search(text, max(0, start - _CONCRETISE_WINDOW), word_start):
        return None  # "cụ thể hóa Kế hoạch này bằng kế hoạch của UBND tỉnh": the means, still to be made
    if word == "thành" and _CONCRETISE.search(text, max(0, start - _CONCRETISE_WINDOW), word_start) \
            and not _PERFECTIVE_IN.search(text, max(0, start - _CONCRETISE_WINDOW), start):
        return None  # "chỉ đạo cụ thể hóa Kế hoạch này thành kế hoạch của UBND huyện": what it is to become, not yet
        # made (but "đã cụ thể hóa thành kế hoạch của UBND huyện")
    if fold(noun.text) in _CAMPAIGN_TYPES and _QUOTED_TITLE.match(text, word_end):
        return None  # "Chương trình “Mái ấm cho đồng bào” của Ủy ban MTTQ tỉnh": a campaign, no document
    if not capitalised and row["unnumbered"] == "yes" and _SUBJECT_PREDICATE_AFTER.match(text, word_end) \
            and _after_attribution(text, start):
        # "Theo ông Trần Văn Lợi, Hiệu trưởng nhà trường, kế hoạch được xây dựng trên cơ sở B": what someone says of the
        # plan named before, in lower case after the words the reporter credits them with
        return Citation(start, word_end, word_end, "ref", ref="bare", anchor=word_end, cover_end=word_end, **base)
    if capitalised and _SUBJECT_PREDICATE_AFTER.match(text, word_end) and _opens_body_sentence(text, start) \
            and not _TITLE_OPENING.search(text, max(0, start - 12), start) and not _still_to_pass(text, start):
        # "Kế hoạch nhằm triển khai Chương trình công tác năm 2019 của Thành ủy …" opening its sentence: the plan named
        # before, subject of its predicate; the "của" later is the programme's, not a plan's of that body
        return Citation(start, word_end, word_end, "ref", ref="bare", anchor=word_end, cover_end=word_end, **base)
    if capitalised and text.startswith(" bằng ", word_end) and _CONCRETISED_BEFORE.search(text, max(0, start - 20), start):
        # "UBND tỉnh cụ thể hóa Chương trình bằng kế hoạch của UBND tỉnh": the document named before, made concrete by
        # the means after "bằng" (whose body the "của" names, not the programme's)
        return Citation(start, word_end, word_end, "ref", ref="bare", anchor=word_end, cover_end=word_end, **base)
    of = _description_then_of(scan, word_end)
    if of is not None:
        statement_end = _STATEMENT_END.search(text, of[1].end, of[1].end + _AWAITED_CHARS).start()
        if _AWAITED_AFTER.search(text, of[1].end, statement_end) or _AWAITED_BY.search(text, of[1].end, statement_end):
            return None  # "… Chương trình hành động của Chính phủ thực hiện Nghị quyết số 26-NQ/TW khi được ban hành": to come
    if of is not None and word == "có" and _ONCE_HAD_BEFORE.search(text, max(0, word_start - 12), word_start) \
            and _TASK_AFTER_ONCE.match(text, of[1].end):
        return None  # "Theo kế hoạch, sau khi có Nghị quyết của Ủy ban Thường vụ Quốc hội, các địa phương phải …": awaited
    if of is not None and word == "về" and _in_awaited_title(text, word_start):
        return None  # "… tham mưu Chính phủ ban hành Nghị quyết về Chương trình hành động của Chính phủ thực hiện B"
    if of is not None and of[0] == word_end:
        numbered = _number_after_issuer(scan, noun, of[1])
        if numbered is not None:
            return numbered
    if of is not None:  # "kế hoạch của Đảng ủy xã": the body placed as a subject is
        issuer = _placed_in_sentence(scan, of[1], of[1].start)
        end = _joint_issuers_end(scan, issuer.end) if _BETWEEN.match(text, of[0]) else issuer.end
        # a central document in the description: what A's words say of it is read after A's noun
        anchor = word_end if TYPE_WORD_RE.search(text, word_end, of[0]) else end
        cited = Citation(start, word_end, end, "ref", ref="issuer", issuer=issuer.issuer,
                         term=issuer.issuer.term, anchor=anchor, cover_end=end,
                         **base)
        cited.generic_of = not capitalised and (fold(noun.text) in _GENERIC_OF or word in _ACCORDING) \
            and not _review_report_of(text, row, word_end, of[0]) \
            or not issuer.issuer.name  # a level word's authority: only a document cited before
        _read_title(scan, cited, issuer.end)
        return cited
    if capitalised and _AMENDED.search(text, max(0, start - _AMENDED_WINDOW), start) \
            and not _CARRIED.match(text, word_end):  # "… của Quy định ban hành kèm theo Quyết định số …": that decision
        return _described(scan, start, word_end, base, issued=False)  # amended, so it exists
    if capitalised and fold(noun.text) in _TITLED_TYPES and _NAMED_BY_TITLE.match(text, word_end):
        return _described(scan, start, word_end, base, issued=False)
    if capitalised and (fold(noun.text) in _TITLED_TYPES or row["unnumbered"] == "approved") \
            and _APPROVED_NEXT.match(text, sentence_end(text, word_end)):
        # "… về tăng cường thực hiện Đề án đổi mới công tác trợ giúp pháp lý giai đoạn 2021 - 2025 trên địa bàn tỉnh.
        # Đề án này được UBND tỉnh phê duyệt tại Quyết định số 2750/QĐ-UBND …": named by its unquoted title, the
        # scheme the next sentence says a decision approved; a strategy too ("… thực hiện Chiến lược phát triển kinh tế
        # tập thể …. Chiến lược được Thủ tướng Chính phủ phê duyệt tại Quyết định số 340/QĐ-TTg")
        return _described(scan, start, word_end, base, issued=False)
    if capitalised and (fold(noun.text) in _TITLED_TYPES or fold(noun.text) in _APPROVED_AT_TYPES) \
            and (name_end := _approved_at_in_sentence(text, word_end)):
        # "… triển khai Đề án ổn định dân cư, phát triển kinh tế - xã hội vùng tái định cư … được Thủ tướng Chính phủ
        # phê duyệt tại Quyết định số 666/QĐ-TTg": named by its unquoted title, up to the passive, the scheme the
        # decision after it in the same sentence approves (that decision, references)
        return Citation(start, word_end, name_end, "new", anchor=word_end, cover_end=name_end, issued=False,
                        title=text[word_end:name_end].strip(), own_title=True, **base)
    if capitalised and fold(noun.text) in _ATTACHED_TYPES and _opens_sentence(text, start) \
            and (attached := _NAMED_ATTACHED_TO_LATER.match(text, word_end)) is not None:
        # "Kế hoạch triển khai Đề án 06 trên địa bàn thị xã năm 2023 được ban hành kèm theo Quyết định số 245/QĐ-UBND":
        # the sentence's subject named by its title, which may name what it carries out, up to the passive: the
        # decision (see _carried_past_its_object)
        name_end = attached.end("name_end")
        return Citation(start, word_end, name_end, "new", anchor=word_end, cover_end=name_end, issued=False,
                        title=text[word_end:name_end].strip(), own_title=True, **base)
    if capitalised and fold(noun.text) in _TITLED_TYPES and (approved := _approved_by_in_sentence(scan, word_end)):
        # "… trên cơ sở Đề án tổng thể tham gia lực lượng gìn giữ hòa bình Liên hợp quốc được Bộ Chính trị phê duyệt năm
        # 2014": named by its unquoted title, up to the passive, the scheme of the body that approved it
        name_end, body = approved
        return Citation(start, word_end, name_end, "new", anchor=word_end, cover_end=name_end, issued=False,
                        title=text[word_end:name_end].strip(), own_title=True, issuer=body.issuer, **base)
    if capitalised and fold(noun.text) in _TITLED_TYPES and (name_end := _named_before_short_name(text, noun.text, word_end)):
        # "… thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, … đến năm 2030 (Đề án 06)": named by its title
        # unquoted, up to its short name in brackets, as a quoted title is
        return Citation(start, word_end, name_end, "new", anchor=word_end, cover_end=name_end, issued=False,
                        title=text[word_end:name_end].strip(), own_title=True, **base)
    if can_be_new and word == "một" and _PASSIVE_AFTER.match(text, word_end):
        cited = _described(scan, start, word_end, base, issued=False)  # "một kế hoạch được …"
        if cited.issuer is None and (agent := _AGENT_LEVEL.match(text, word_end)):
            cited.issuer = authority_of_level(agent.group("level"), scan.article)  # "… được quận thiết kế"
        return cited
    bare_end = (modifier := _BARE_MODIFIER.match(text, word_end)) and modifier.end() or word_end
    if capitalised and bare_end == word_end and (recent := _RECENT_MODIFIER.match(text, word_end)) \
            and _opens_body_sentence(text, start):
        bare_end = recent.end()  # "Quy định mới được ban hành trên cơ sở …": the new one just named, opening the sentence
    if capitalised and (year := _BARE_YEAR.match(text, bare_end)):
        bare_end = year.end()  # "Kế hoạch năm 2024 được ban hành để …": that year's plan named before
    if capitalised and (carried := _CARRIED_BY_BARE.match(text, bare_end)):
        bare_end = carried.end()  # "Hướng dẫn ban hành kèm theo quyết định được xây dựng để …": the decision's
    if not capitalised and can_be_new and _PASSIVE_ISSUE_AFTER.match(text, bare_end) \
            and _REPORTING_OPENER.fullmatch(text, sentence_start(text, start), start):
        # "Được biết, kế hoạch được xây dựng trên cơ sở Chỉ thị số 20/CT-UBND …": the spoken news's subject after its
        # opener, in lower case, is the one named before
        return Citation(start, bare_end, bare_end, "ref", ref="bare", anchor=bare_end, cover_end=bare_end, **base)
    if capitalised and text.endswith("thay thế ", 0, start) and _APPROVED_AT_NEXT.match(text, bare_end):
        return None  # "Đề án này thay thế Đề án được phê duyệt tại Nghị quyết số 04/2017/NQ-HĐND": the one B approves is B
    if capitalised and text.startswith(" bằng ", bare_end) and _CONCRETISED_BEFORE.search(text, max(0, start - 20), start):
        # "UBND tỉnh cụ thể hóa Chương trình bằng Kế hoạch số 102/KH-UBND": the document named before, made concrete
        return Citation(start, bare_end, bare_end, "ref", ref="bare", anchor=bare_end, cover_end=bare_end, **base)
    if capitalised and (_PREDICATE_AFTER.match(text, bare_end) or _opening_predicate(text, start, bare_end)
                        or _AND_NUMBERED_AFTER.match(text, bare_end)) and \
            not _TITLE_OPENING.search(text, max(0, start - 12), start) and not _still_to_pass(text, start):
        # (not the object of an issuing still to come: "… khẩn trương hoàn thiện hồ sơ trình ban hành Nghị định thay thế …")
        return _issued_by_and_on(scan, Citation(start, bare_end, bare_end, "ref", ref="bare", anchor=bare_end,
                                                cover_end=bare_end, **base))
    if text.startswith(" về ", word_end) and (capitalised or _TAKEN_UP_BEFORE.search(text, max(0, start - 20), start)):
        # "Để thực hiện Nghị quyết về phát triển du lịch, huyện ban hành …": named by its title alone, the one of that
        # type and title cited before (or nothing); in lower case too, as what is carried out ("… thực hiện nghị quyết
        # về đột phá phát triển khoa học, công nghệ …" after "Nghị quyết số 57-NQ/TW … về đột phá phát triển …")
        cited = Citation(start, word_end, word_end, "ref", ref="titled", anchor=word_end, cover_end=word_end, **base)
        _read_title(scan, cited, word_end)
        if cited.title and capitalised:
            _owner_closing_title(scan, cited)
        return cited if cited.title else None
    return None


_CLAUSE_CLOSE = re.compile(r"[ ]*[,.;]")
_PERFECTIVE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('perfective')})(?:[ ]+[^\W\d_]+)?[ ]+$")


def _means_to_make(text: str, start: int, word_start: int) -> bool:
    """Is the document after "bằng" the means of concretising with no perfective before the verb ("UBND huyện cụ
    thể hóa bằng kế hoạch của UBND huyện" in a list of tasks; not "Huyện ủy đã cụ thể hóa bằng kế hoạch …")?"""
    verb = _CONCRETISE.search(text, max(0, start - _CONCRETISE_WINDOW), word_start)
    return verb is not None and _PERFECTIVE_BEFORE.search(text, max(0, verb.start() - 20), verb.start()) is None
# a scheme's unquoted title (words, years, commas, dashes; no other bracket or stop) right before its short name in
# brackets, perhaps introduced ("(gọi tắt là Đề án 06)")
_NAME_BEFORE_SHORT = re.compile(r"(?P<name>(?:[ ]+(?:[^\W_]+|-)(?:,(?=[ ]))?){2,45}?)[ ]*\("
                                rf"(?:(?:{_cue_pattern('alias', either_case=True)})[ ]*:?[ ]+)?")
_SHORT_NUMBER = re.compile(r"[ ]+\d{1,4}[ ]*\)")


def _named_before_short_name(text: str, noun: str, word_end: int) -> int | None:
    """Where a scheme's unquoted title ends when its short name follows in brackets with the same noun and a
    number ("Đề án phát triển … (Đề án 06)"); None otherwise."""
    m = _NAME_BEFORE_SHORT.match(text, word_end)
    if m is None or not text.startswith(noun, m.end()) or not _SHORT_NUMBER.match(text, m.end() + len(noun)):
        return None
    return m.end("name")
# … or the same sentence going on to the decision, no other document named between: "Đề án … được Thủ tướng Chính phủ
# phê duyệt tại Quyết định số 666/QĐ-TTg"
_APPROVED_AT_LATER = re.compile(rf"[^.;:\n()“”\"]{{1,200}}?(?P<name_end>)[ ]+{_APPROVED_AT_WORDS}Quyết[ ]+định[ ]+(?:số[ ]*)?\d")


# … or issued with it: "Đề án chuyển đổi số huyện Yên Lạc giai đoạn 2022 - 2025 ban hành kèm theo Quyết định số 2315/QĐ-UBND"
_ATTACHED_TO_LATER = re.compile(
    rf"[^.;:\n()“”\"]{{1,200}}?(?P<name_end>)[ ]+(?:được[ ]+)?ban[ ]+hành[ ]+kèm[ ]+theo[ ]+(?:Quyết[ ]+định|QĐ)[ ]+(?:số[ ]*)?\d")

# … its name in words first, not the passive right after the noun ("Kế hoạch được ban hành kèm theo …" names back)
_NAMED_ATTACHED_TO_LATER = re.compile(rf"[ ]+(?!(?:đã[ ]+)?được[ ]){_ATTACHED_TO_LATER.pattern}")


def _approved_at_in_sentence(text: str, word_end: int) -> int | None:
    """Where the unquoted name after a scheme's noun ends, when the decision approving it, or issuing it with itself,
    follows in its sentence."""
    m = _APPROVED_AT_LATER.match(text, word_end) or _ATTACHED_TO_LATER.match(text, word_end)
    if m is None or TYPE_WORD_RE.search(text, word_end, m.end("name_end")) is not None:
        return None
    return m.end("name_end")


# … or by a body named, with no decision: "Đề án … được Bộ Chính trị phê duyệt năm 2014", "… được Thủ tướng Chính phủ
# phê duyệt ngày 15/3/2019, …"
_APPROVED_BY_LATER = re.compile(
    rf"[^.;:\n()“”\"]{{1,200}}?(?P<name_end>)[ ]+(?:đã[ ]+)?được[ ]+(?P<agent>[{UPPER}][^.;:\n()“”\"]{{1,80}}?)[ ]+phê[ ]+duyệt"
    r"(?=[ ]+(?:năm|ngày|từ|vào)[ ]|[ ]*[,.;)]|[ ]*\n|\Z)")


def _approved_by_in_sentence(scan: _Scan, word_end: int) -> tuple[int, IssuerMatch] | None:
    """Where the unquoted name after a scheme's noun ends and the body after "được" that approved it, when the
    sentence says so with no decision named: the body is a named one, ending right before "phê duyệt"."""
    text = scan.text
    m = _APPROVED_BY_LATER.match(text, word_end)
    if m is None or TYPE_WORD_RE.search(text, word_end, m.end()) is not None:
        return None
    body = issuer_at(text, m.start("agent"), scan.article)
    if body is None or body.end != m.end("agent"):
        return None
    return m.end("name_end"), body


# the next sentence opening with the scheme approved at a decision: "Đề án này được UBND tỉnh phê duyệt tại Quyết định …"
_APPROVED_NEXT = re.compile(rf"\s*(?:{_cue_pattern('approved_next')})(?:[ ]+(?:này|trên)|(?:[ ]+(?!được[ ])[^\W\d_]+){{1,4}}?)?[ ]+{_APPROVED_AT_WORDS}Quyết[ ]+định")
_TAKEN_UP_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('uptake')})[ ]+\Z")  # "thực hiện nghị quyết về …"


def _owner_closing_title(scan: _Scan, cited: Citation) -> None:
    """"Thực hiện Chỉ thị về tăng cường … công tác phòng cháy, chữa cháy của Ban Thường vụ Tỉnh ủy, UBND huyện ban hành
    …": the body after the title's last "của", closing it where the clause ends, issued the document the title names,
    which is then one of that body's (not the title's own words: "… vai trò của Mặt trận Tổ quốc trong …")."""
    text = scan.text
    of_at = text.rfind(" của ", cited.anchor, cited.cover_end)
    found = issuer_at(text, of_at + len(" của "), scan.article) if of_at != -1 else None
    if found is None or found.end != cited.cover_end or not _CLAUSE_CLOSE.match(text, found.end) \
            or not cited.title.endswith(text[of_at:found.end].strip()):
        return
    cited.title = cited.title[:-len(text[of_at:found.end].strip())].rstrip(" ,")
    issuer = _placed_in_sentence(scan, found, found.start).issuer
    cited.ref, cited.issuer, cited.term, cited.end = "issuer", issuer, issuer.term, found.end


# "Theo ông Trần Văn Lợi, Hiệu trưởng nhà trường, …": whom a reporter credits, one or two phrases set off by commas
_ATTRIBUTION_OPENER = re.compile(
    rf"(?:{_cue_pattern('attribution_opener', either_case=True)})[ ]+[^\d,;:.()\n]{{2,80}},(?:[ ]*[^\d,;:.()\n]{{2,80}},)?[ ]*")


def _after_attribution(text: str, start: int) -> bool:
    """Does the noun at `start` follow, first in its sentence, the words crediting someone with what is said next
    ("Theo Giám đốc Sở Y tế, kế hoạch nhằm …"), none of them a document's?"""
    opens = sentence_start(text, start)
    return _ATTRIBUTION_OPENER.fullmatch(text, opens, start) is not None and TYPE_WORD_RE.search(text, opens, start) is None


def _opens_body_sentence(text: str, start: int) -> bool:
    """A noun at `start` opens a sentence below the headline (or follows an opener linking it to the sentence before)."""
    opens = sentence_start(text, start)
    return (opens == start or _REPORTING_OPENER.fullmatch(text, opens, start) is not None) and text.find("\n", 0, start) != -1


def _opening_predicate(text: str, start: int, end: int) -> bool:
    """A verb after a bare noun that opens a sentence below the headline: "Kế hoạch triển khai Quyết định số
    90/QĐ-TTg …" says what the plan named before does."""
    opens = sentence_start(text, start)
    # … after an opener that links it to the sentence before, too ("Đồng thời, Chương trình triển khai …")
    return _OPENING_PREDICATE_AFTER.match(text, end) is not None \
        and (opens == start or _REPORTING_OPENER.fullmatch(text, opens, start) is not None) \
        and text.find("\n", 0, start) != -1


# "Nghị quyết sửa đổi, bổ sung, cập nhật Chương trình hành động thực hiện …": what an amendment
# names is a document that exists (the phrases of data/relation_phrases.tsv that amend, with
# "sửa đổi": "chỉ đạo bổ sung Kế hoạch công tác năm 2024" is no document named)
_AMENDING = [r["phrase"] for r in read_table("relation_phrases.tsv")
             if r["relation"] == "amends" and r["where"] == "gap" and "sửa đổi" in r["phrase"]]
_AMENDED = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(_AMENDING, either_case=True)})[ ]+$")
_AMENDED_WINDOW = max(map(len, _AMENDING)) + 2
# "Trên cơ sở Nghị quyết chuyên đề, UBND phường …": a bare name with the word that sorts its type
_PASSIVE_ISSUE_AFTER = re.compile(rf"[ ]+được[ ]+(?:{_cue_pattern('issue')}){_WORD_END}")
REPORTING_OPENER = re.compile(rf"[ ]*(?:{_cue_pattern('reporting_opener', either_case=True)})[ ]*,[ ]*")
_REPORTING_OPENER = REPORTING_OPENER
_BARE_MODIFIER = re.compile(rf"[ ]+(?:{_cue_pattern('bare_modifier')}){_WORD_END}")
_BARE_YEAR = re.compile(r"[ ]+năm[ ]+(?:19|20)\d\d(?![\d/-])")
_RECENT_MODIFIER = re.compile(rf"[ ]+(?:{_cue_pattern('recent_modifier')}){_WORD_END}")


_NUMBER_AFTER_ISSUER = re.compile(rf"[ ]*{NUMBER_WORD}[ ]*:?[ ]*")


def _number_after_issuer(scan: _Scan, noun: _Noun, issuer: IssuerMatch) -> Citation | None:
    """"Quyết định của Bộ Chính trị số 31-QĐ/TW": the issuer between the noun and its number."""
    text = scan.text
    intro = _NUMBER_AFTER_ISSUER.match(text, issuer.end)
    symbol = symbol_at(text, intro.end()) if intro else None
    if symbol is None:
        return None
    scan.used_symbols.append((symbol.start, symbol.end))
    row = _PROSE_TYPES[fold(noun.text)]
    cited = Citation(noun.start, symbol.end, symbol.end, "numbered", type=row["type"],
                     type_code=symbol.type_code or row["code"] or None, number=symbol.number,
                     symbol=symbol, issuer=issuer.issuer, term=issuer.issuer.term)
    _read_tails(scan, cited)
    _read_title(scan, cited, cited.anchor)
    return cited


def _description_then_of(scan: _Scan, word_end: int) -> tuple[int, IssuerMatch] | None:
    """"chương trình công tác … | của Bộ Công an": the issuer after a short description."""
    text, pos = scan.text, word_end
    if quoted := _QUOTED_TITLE.match(text, pos):  # "Đề án “Xây dựng xã hội học tập …” của Thủ tướng"
        pos = quoted.end()
    of_at = text.find(" của ", pos, pos + 90)
    if of_at == -1 and (between := _BETWEEN.match(text, pos)):
        found = issuer_at(text, between.end(), scan.article)
        return (pos, found) if found else None
    if of_at == -1:
        return None
    central = None  # a central document the description names: "Kế hoạch triển khai Chỉ thị số 35-CT/TW | của Ban
    for _ in range(13):  # Thường vụ Tỉnh ủy", the local body after it the plan's (the directive's is central)
        of = _OF.match(text, pos)
        if of is not None:
            found = issuer_at(text, of.end(), scan.article) or _bare_authority(scan, of.end())
            if found is not None and central is not None and found.issuer.level == "central":
                return None  # "Kế hoạch thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị": the directive's issuer
            return (pos, found) if found else None
        if central is None and text[pos + 1:pos + 2].isdigit() and (symbol := symbol_at(text, pos + 1)) is not None \
                and is_central(symbol) \
                and TYPE_WORD_RE.search(text, max(word_end, pos - _NUMBERED_NOUN_CHARS), pos) is not None:
            central = symbol
            pos = (dated := date_at(text, symbol.end, None)) and dated.end or symbol.end
            of_at = text.find(" của ", pos, pos + 10)  # "… số 57-NQ/TW [ngày 22/12/2024] của …": its owner right after
            continue
        if central is None and text[pos + 1:pos + 2].isdigit() and (known := _central_by_number(scan, word_end, pos)):
            central, pos = True, known  # "Báo cáo sơ kết 5 năm thực hiện Chỉ thị 50 | của Ban Thường vụ Tỉnh ủy"
            of_at = text.find(" của ", pos, pos + 10)
            continue
        if text[pos + 1:pos + 2].isdigit():
            period = _PERIOD_WORD.match(text, pos) or _REVIEW_BEFORE_YEARS.search(text, max(0, pos - 10), pos) \
                and _YEARS_SPENT.match(text, pos)
            if period is None:
                return None
            pos = period.end()
            continue
        word = _DESCRIPTION_WORD.match(text, pos)
        if word is None and text.startswith(",", pos) and _ACTION.match(text, pos + 1):
            pos += 1  # "Chương trình kiểm tra, giám sát năm 2015 của …"
            continue
        if word is None or pos > of_at:
            return None
        pos = word.end()
    return None


_NUMBERED_NOUN_CHARS = len(" Chương trình hành động số")  # the noun of a symbol in a description, before it
# the years a review covers, in a description: "Báo cáo sơ kết 5 năm thực hiện …", "Kế hoạch tổng kết 10 năm …" (not a
# plan's span: "Kế hoạch tổng thể và kế hoạch 5 năm của Chính phủ" names the Government's plans, no description)
_YEARS_SPENT = re.compile(r"[ ]+\d{1,2}[ ]+năm(?![^\W\d_])")
_REVIEW_BEFORE_YEARS = re.compile(r"(?:[Ss]ơ|[Tt]ổng)[ ]+kết\Z")
_NUMBER_ONLY = re.compile(r"[ ]+(\d{1,4})(?![\d/.,-]?\w)")
_NOUN_BEFORE_NUMBER = re.compile(rf"(?:{_NOUNS})(?:[ ]+số)?[ ]*\Z")


def _central_by_number(scan: _Scan, word_end: int, pos: int) -> int | None:
    """Where a document cited by its number alone ends in a description, when an earlier citation gave that type and
    number a central symbol ("… Chỉ thị số 50-CT/TW … của Bộ Chính trị. Theo Báo cáo sơ kết 5 năm thực hiện Chỉ thị 50
    | của Ban Thường vụ Tỉnh ủy"): the central document's, so the body after it is the description's head's."""
    text = scan.text
    number = _NUMBER_ONLY.match(text, pos)
    noun = _NOUN_BEFORE_NUMBER.search(text, max(word_end, pos - _NUMBERED_NOUN_CHARS), pos) if number else None
    row = noun and _PROSE_TYPES.get(fold(noun.group().split(" số")[0].strip()))
    if not row or not row["code"]:
        return None
    key = number_key(number.group(1))
    for c in scan.citations:
        if c.form == "numbered" and c.symbol is not None and c.type_code == row["code"] and c.number \
                and number_key(c.number) == key and is_central(c.symbol):
            return number.end()
    return None


# "kế hoạch của tỉnh", "… của huyện": the unit's authority by its level word alone, not before the unit's name
_BARE_LEVEL = re.compile(rf"(?:{_LEVEL_WORD}){_WORD_END}(?![ ]*[^\W_]*[\d{UPPER}])")


def _bare_authority(scan: _Scan, pos: int) -> IssuerMatch | None:
    """The authority a level word alone names after "của" (the article's province, district): which of its bodies
    is unsaid, so it names only a document of one of them cited before ("… để thực hiện kế hoạch của tỉnh" after
    "Kế hoạch số 4321/KH-UBND … của UBND tỉnh"), never one of its own."""
    bare = _BARE_LEVEL.match(scan.text, pos)
    authority = authority_of_level(bare.group(), scan.article) if bare else None
    return IssuerMatch(pos, bare.end(), authority) if authority else None


def _described(scan: _Scan, start: int, word_end: int, base: dict, issued: bool) -> Citation:
    """A new unnumbered document: noun, description, then an issuer and a title unless the
    description ran into another citation ("Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số
    33-NQ/TW"), which then ends the mention."""
    text = scan.text
    pos, words, nested = word_end, 0, False
    while words < _DESCRIPTION_MAX_WORDS:
        word = _DESCRIPTION_WORD.match(text, pos)
        if word is None:
            # "nghiên cứu, quán triệt": an action listed after the description's first; right after the noun, the
            # comma ends it ("đã ban hành kế hoạch, chỉ đạo các xã …": the body's next act)
            if words and text.startswith(",", pos) and _ACTION.match(text, pos + 1):
                pos += 1
                continue
            break
        if TYPE_WORD_RE.match(text, pos + 1) and not text[pos + 1:pos + 2].isdigit() \
                and not (words == 0 and _VERB_RIGHT_AFTER.match(text, pos)):
            nested = True
            break
        pos, words = word.end(), words + 1
    cited = Citation(start, word_end, pos, "new", anchor=word_end, cover_end=pos, issued=issued,
                     **base)
    if nested:
        cited.nested_at = _DESCRIPTION_WORD.match(text, pos).start() + 1
        return cited
    of = _OF.match(text, pos)
    if of is not None and (issuer := issuer_at(text, of.end(), scan.article)):
        issuer = _placed_in_sentence(scan, issuer, issuer.start)  # "… của Ban Chấp hành Đảng bộ xã": the named one
        cited.issuer, cited.term = issuer.issuer, issuer.issuer.term
        cited.end = cited.cover_end = issuer.end
        if pos == word_end:
            cited.anchor = issuer.end
    _read_title(scan, cited, cited.end)
    cited.end = cited.cover_end
    if cited.title is None and pos > word_end:
        cited.title = text[word_end:pos].strip()
    return cited


# a verb-noun in lower case right after the noun, no number after it, is what the document does: "Nghị quyết quy định về
# chi thu nhập tăng thêm …", "Nghị quyết quy định mức chi …" (data/cues verb_noun)
_VERB_RIGHT_AFTER = re.compile(rf"[ ]+(?:{_cue_pattern('verb_noun')})"
                               r"(?![^\W\d_])(?![ ]+(?:số|\d))")
_LETTER_PREDICATE = re.compile(rf"[ ]+(?:{_cue_pattern('predicate')}|{_cue_pattern('opening_predicate')}){_WORD_END}")


def _cite_generic_noun(scan: _Scan, start: int, word_end: int) -> Citation | None:
    """"Văn bản của Ban Tuyên giáo Tỉnh ủy", "văn bản này", "văn bản chỉ đạo … (Công văn số …)"."""
    text = scan.text
    this = _THIS.match(text, word_end)
    if this is not None:
        return Citation(start, this.end(), this.end(), "ref", ref="this", anchor=this.end(),
                        cover_end=this.end())
    # "Văn bản nhằm triển khai Quyết định số 490/QĐ-TTg …" opening its sentence: the letter cited before
    if text[start].isupper() and _LETTER_PREDICATE.match(text, word_end) and sentence_start(text, start) == start:
        return Citation(start, word_end, word_end, "ref", ref="bare", anchor=word_end, cover_end=word_end,
                        type=_LETTER_ROW["type"], type_code=_LETTER_ROW["code"])
    of = _OF.match(text, word_end)
    # "văn bản của tỉnh": a document of the unit's authority cited before
    if of is not None and (issuer := issuer_at(text, of.end(), scan.article) or _bare_authority(scan, of.end())):
        return Citation(start, word_end, issuer.end, "ref", ref="issuer", issuer=issuer.issuer,
                        anchor=issuer.end, cover_end=issuer.end)
    # a parenthesised citation later in the sentence names it
    paren = text.find("(", word_end, sentence_end(text, word_end))
    if paren != -1 and TYPE_WORD_RE.match(text, paren + 1):
        return Citation(start, word_end, word_end, "ref", ref="cataphor", anchor=word_end,
                        cover_end=word_end)
    return None


def _plenum_issuer(plenum: re.Match[str]) -> Issuer:
    return Issuer(CENTRAL_COMMITTEE, "central", "TW", term=plenum.group("k"))


def _plenum_key(plenum: re.Match[str], code: str = "NQ") -> str:
    """The identity of a plenum's resolution (or, `code` KL, its conclusion): the plenum's number and term."""
    kind = "plenum" if code == "NQ" else f"plenum-{code}"
    number = plenum.group("n") or plenum.group("v") or plenum.group("w")
    return f"{kind}:{_ORDINALS.get(number, number)}:{plenum.group('k') or ''}"


# a plenum names its resolution and its conclusion: "Nghị quyết Trung ương 4 khóa XII", "Kết luận Hội nghị
# Trung ương 5 khóa X"; only a resolution is named by a congress
_PLENUM_TYPES = {"NQ", "KL"}


# a local Party committee's plenum names its resolution too: "Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh
# khóa XX", "Nghị quyết Hội nghị Huyện ủy lần thứ 15, khóa XXVII" (its number before the committee or after it)
_LOCAL_PLENUM_OPEN = re.compile(
    rf"[ ]+(?i:Hội nghị)(?:[ ]+lần thứ[ ]+(?P<n>{alternation(_ORDINALS)}|\d{{1,2}})(?![^\W\d_]|\d))?[ ]+")
_LOCAL_PLENUM_CLOSE = re.compile(
    rf"(?:[ ]*,?[ ]+lần thứ[ ]+(?P<n>{alternation(_ORDINALS)}|\d{{1,2}})(?![^\W\d_]|\d))?"
    rf"(?:[ ]*,?[ ]*(?P<open>\()?(?:khóa|khoá)[ ]+(?P<k>{_ROMAN}|\d{{1,2}})(?(open)\)))?")
# the committees whose plenums pass resolutions: the local Party committees (data/issuer_prose.tsv, by their codes)
_PARTY_COMMITTEE_NAMES = [row["prose"] for row in read_table("issuer_prose.tsv")
                          if row["kind"] == "committee" and row["code"] in _PARTY_COMMITTEES]
_PARTY_COMMITTEE = re.compile(rf"(?:Ban Chấp hành Đảng bộ|{phrase_pattern(_PARTY_COMMITTEE_NAMES)})[ ]")


def _local_plenum(scan: _Scan, start: int, word_end: int, row: dict[str, str] | None) -> Citation | None:
    """The resolution (or, `row` of a Kết luận, the conclusion) of a numbered plenum of a local Party committee."""
    text = scan.text
    opened = _LOCAL_PLENUM_OPEN.match(text, word_end)
    if opened is None or not _PARTY_COMMITTEE.match(text, opened.end()):
        return None
    body = issuer_at(text, opened.end(), scan.article)
    if body is None or body.issuer.level in ("central", "unknown") or not _PARTY_COMMITTEE.match(body.issuer.name + " "):
        return None
    closed = _LOCAL_PLENUM_CLOSE.match(text, body.end)
    number = opened.group("n") or closed.group("n")
    if not number:
        return None  # "Nghị quyết Hội nghị Ban Chấp hành Đảng bộ tỉnh": which plenum is not said
    term = closed.group("k") or body.issuer.term
    issuer = replace(body.issuer, term=term)
    end = closed.end()
    key = f"local-plenum:{fold(issuer.name)}:{_ORDINALS.get(number, number)}:{term or ''}"
    return Citation(start, end, end, "named", type=row["type"] if row else "Nghị quyết",
                    type_code=row["code"] if row else "NQ", issuer=issuer, term=term, key=key, anchor=end,
                    cover_end=end)


def _named_resolution(scan: _Scan, start: int, word_end: int, row: dict[str, str] | None = None) -> Citation | None:
    """"Nghị quyết Đại hội …" and "Nghị quyết Trung ương 4 khóa XII" (or, `row` of a Kết luận, "Kết luận Hội nghị
    Trung ương 5 khóa X")."""
    text = scan.text
    code = row["code"] if row else "NQ"
    plenum = _PLENUM.match(text, word_end)
    if plenum is not None:
        cited = Citation(start, plenum.end(), plenum.end(), "named", type=row["type"] if row else "Nghị quyết",
                         type_code=code, issuer=_plenum_issuer(plenum), term=plenum.group("k"),
                         key=_plenum_key(plenum, code), anchor=plenum.end(), cover_end=plenum.end())
        # its title, quoted or after "về", which a list goes on after: "Thực hiện Nghị quyết Hội nghị lần thứ tư Ban
        # Chấp hành Trung ương Đảng (khóa XI) “Một số vấn đề cấp bách …” và Hướng dẫn số 32-HD/BTCTW …, X ban hành A",
        # "Thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng và Kết luận số 21-KL/TW …"
        _read_title(scan, cited, plenum.end())
        return cited
    if (local := _local_plenum(scan, start, word_end, row)) is not None:
        return local
    congress = _CONGRESS.match(text, word_end) if code == "NQ" else None
    if congress is None or _EVERY_LEVEL.match(text, congress.end()):
        return None  # "Nghị quyết Đại hội Đảng các cấp": every level's congresses, no one
    if (organisation := _ORG_CONGRESS.match(text, word_end)) is not None:
        # named by its level or the country; "Nghị quyết Đại hội Phụ nữ các cấp" is no one congress
        return _organisation_congress(scan, start, organisation) \
            if any(organisation.group("whole", "country", "level")) else None
    name = re.sub(r"[ ]+(?:của|lần thứ|khóa|khoá|nhiệm kỳ)$", "", congress.group("name"))
    end = congress.start("name") + len(name)
    numbers = [m.group("n") or m.group("r") for m in _CONGRESS_NUMBER.finditer(name)]
    level_word = _CONGRESS_LEVEL.search(name)
    number = numbers[-1] if numbers else ""
    if level_word is None:
        if name == "Đại hội":  # "… thực hiện Nghị quyết Đại hội;": the congress the text named before
            named = next((c for c in reversed(scan.citations) if c.key and c.key.startswith("congress:")), None)
            if named is None:
                return _held_congress_resolution(scan, start, end)
            later = _later_congress_held(scan, named, start)
            return Citation(start, end, end, "named", type="Nghị quyết", type_code="NQ",
                            issuer=later[0] if later else named.issuer, key=later[1] if later else named.key,
                            anchor=end, cover_end=end)
        if _BY_ORDINAL_ONLY.fullmatch(name):  # "… 16/18 chỉ tiêu Nghị quyết Đại hội lần thứ XXV đề ra"
            return _congress_by_ordinal(scan, start, end, number)
        if _BY_BARE_ORDINAL.fullmatch(name):  # "… thực hiện Nghị quyết Đại hội XIV": the nation's
            return _congress_by_bare_ordinal(scan, start, end, number)
        if (organisation := _organisation_of_congress(scan, congress.start("name"), name)) is not None:
            body, end, number = organisation
            issuer = replace(body, name=f"Đại hội đại biểu {body.name.replace('Đảng ủy', 'Đảng bộ', 1)}"
                                        f"{_congress_ordinal(number)}", parent=None, term=None)
            key = f"congress:{fold(body.name)}:{issuer.level}:{issuer.province}:{issuer.district}"
        elif "toàn quốc" not in name and not re.search(r"\bĐảng\b(?! bộ)", name):
            return None
        else:
            issuer = Issuer(f"Đại hội đại biểu toàn quốc{_congress_ordinal(number)} của Đảng", "central", "TW")
            key = "congress:central"
    else:
        word = level_word.group("w").lower()
        place = _congress_place(name[level_word.end():], LEVEL_WORDS[fold(word)], scan.article)
        issuer = _congress_issuer(word, place, number, scan.article)
        if place is None and ((named := _body_named_before(scan, word, issuer.level, start)) is not None
                              or (named := _commune_named_before(scan, word, issuer, congress.start("name"), end,
                                                                 start)) is not None):
            unit = named.commune or named.district or named.province
            issuer = replace(named, name=f"Đại hội đại biểu Đảng bộ {word} {unit}"
                                         f"{_congress_ordinal(number)}", parent=None, term=None)
        key = f"congress:{issuer.level}:{issuer.province}:{issuer.district}"
    # a congress named without its number (a headline's "Nghị quyết Đại hội Đảng bộ phường") keys
    # the body's congresses: references join it to the one the text numbers
    key += f":{number}" if number else ""
    cover = term.end() if (term := _CONGRESS_TERM.match(text, end)) else end
    return Citation(start, end, end, "named", type="Nghị quyết", type_code="NQ", issuer=issuer,
                    key=key, anchor=cover, cover_end=cover)


def _law(scan: _Scan, row: dict[str, str], noun: _Noun) -> Citation | None:
    """"Luật Xử lý vi phạm hành chính số 15/2012/QH13" (numbered, its name the title) or
    "Luật Đất đai năm 2013" (named): a law is the same law wherever its name recurs."""
    text = scan.text
    if _LAW_IN_A_WORD.search(text, max(0, noun.start - 5), noun.start):
        return None  # "pháp luật" is law in general: "(Pháp luật Việt Nam) - …" names no law "Việt Nam"
    if _LAW_FIRM.search(text, max(0, noun.start - _LAW_FIRM_CHARS), noun.start):
        return None  # a law firm answering a reader: "Công ty Luật TNHH Tiền Phong trả lời"
    this = _THIS.match(text, noun.end)
    if this is not None:  # "Nghị định … quy định chi tiết một số điều của Luật này"
        return Citation(noun.start, this.end(), this.end(), "ref", ref="this", anchor=this.end(),
                        cover_end=this.end(), type=row["type"], type_code=row["code"] or None)
    if row["type"] in _TREATY_TYPES:
        return _treaty(scan, row, noun)
    name = _law_name(text, noun.end)
    amending_year_end = None
    if name is not None and name.year is not None and name.end - 4 in scan.amending_years:
        # "… của Luật Thi đua, Khen thưởng năm 2005" after "Luật sửa đổi, bổ sung một số điều": the year is the amending
        # law's; what follows is read from after it
        amending_year_end = name.end
        name = _LawName(name.name, None, text.index(name.name, noun.end) + len(name.name))
    if name is None:
        amending = _amending_law(scan, row, noun)
        if amending is None and noun.text[0].isupper() and (_names_law_back(text, noun) or (
                _PREDICATE_AFTER.match(text, noun.end) and (sentence_start(text, noun.start) == noun.start
                                                             or _LAW_CLAUSE_OPENER.search(text, max(0, noun.start - _LAW_CLAUSE_OPENER_CHARS), noun.start)))):
            # "Để thi hành Luật, Chính phủ ban hành Nghị định …", "Luật có hiệu lực từ ngày 1/1/2025, thay thế …" (its
            # sentence's subject): the law named before, as a bare noun names its kind
            return Citation(noun.start, noun.end, noun.end, "ref", ref="bare", anchor=noun.end, cover_end=noun.end,
                            type=row["type"], type_code=row["code"] or None)
        return amending
    if _LAW_INITIALS.match(" " + name.name) and (full := _law_of_initials(scan, row, name.name)) is not None:
        name = name._replace(name=full)  # "Luật DQTV" after "Luật Dân quân tự vệ": that law, named by its initials
    elif name.year is None and (known := _law_named_before(scan, row, name)) is not None:
        name = known  # "Luật Người lao động … ở nước ngoài theo hợp đồng" cited in full before: its stop words go on
    key = f"law:{fold(row['type'])}:{fold(name.name)}"
    issuer_name, code = _LAW_ISSUERS.get(row["type"], ("Quốc hội", "QH"))
    issuer = Issuer(issuer_name, "central", code)
    number_at = _NUMBER_INTRO.match(text, name.end).end()
    aside = None if text[name.end:number_at].strip() else _LAW_NUMBER_ASIDE.match(text, name.end)
    number_at = aside.end() if aside else number_at
    symbol = symbol_at(text, number_at) if number_at > name.end and number_at not in scan.amending_numbers else None
    if symbol is not None:
        end = symbol.end + (1 if aside and text.startswith(")", symbol.end) else 0)
        scan.used_symbols.append((number_at, end))
        cited = Citation(noun.start, end, end, "numbered", type=row["type"], number=symbol.number,
                         symbol=symbol, issuer=issuer, title=name.name,
                         key=key + (f":{symbol.year}" if symbol.year else ""))  # "Luật Đất đai năm 2024" is this one
        _read_tails(scan, cited)
        _mark_issued(scan, cited, (noun.before, noun.before_start))  # "Quốc hội đã thông qua Luật …"
        return cited
    if _still_to_pass(text, noun.start) or _DRAFT_BEFORE.search(text, max(0, noun.start - _DRAFT_WINDOW), noun.start) \
            or _LAW_AWAITED.match(text, name.end):
        return None  # "… hoàn thiện dự thảo Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ": not passed yet
    year = name.year
    end, date = name.end, None
    if year is None and scan.year and _REVISED_LAW.search(text, noun.end, end):
        # "Quốc hội thông qua Luật Đầu tư công (sửa đổi)", "… thay thế Luật Đầu tư công số 39/2019/QH14": the new
        # version is the law of the article's year, not the one in force of that name
        year = str(scan.year)
    if _DATE_AFTER.match(text, end) and end not in scan.amending_dates \
            and (found := _dated(scan, end)) and (year is None or found.iso[:4] == year):  # "Luật … ngày 19/6/2015"
        # (not a day of another year than the one its name gives: "Để triển khai Luật Thủ đô năm 2024, ngày 18-3-2025,
        # UBND quận đã ban hành …" dates the plan)
        end, date = found.end, found.iso
    elif (on := _ISSUED_ON.match(text, end)) and not on.group("paren") and on.end() not in scan.amending_dates \
            and (found := _dated(scan, on.end())):  # "Luật Căn cước được Quốc hội thông qua ngày 27/11/2023"
        end, date = found.end, found.iso
    cited = Citation(noun.start, end, end, "named", type=row["type"], issuer=issuer,
                     key=key + (f":{year}" if year else ""), title=name.name,
                     date=date, anchor=amending_year_end or end, cover_end=amending_year_end or end)
    _mark_issued(scan, cited, (noun.before, noun.before_start))
    return cited


def _law_named_before(scan: _Scan, row: dict[str, str], name: _LawName) -> _LawName | None:
    """The longer name of a law of this type cited before by its number whose words the text goes on with here: a name
    read up to its number holds stop words ("Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số
    69/2020/QH14") that end the same name cited again without it ("… biện pháp thi hành Luật Người lao động Việt Nam
    đi làm việc ở nước ngoài theo hợp đồng;")."""
    start = name.end - len(name.name)
    for cited in reversed(scan.citations):
        title = cited.title or ""
        if cited.type != row["type"] or cited.symbol is None or not (cited.key or "").startswith("law:") \
                or len(title) <= len(name.name) or not fold(title).startswith(fold(name.name)):
            continue
        end = start + len(title)
        if fold(scan.text[start:end]) == fold(title) and not scan.text[end:end + 1].isalnum():
            return _LawName(title, None, end)
    return None


def _law_of_initials(scan: _Scan, row: dict[str, str], initials: str) -> str | None:
    """The name of the law of this type cited before whose initials these are, if any."""
    wanted = fold(initials).replace("&", "")
    return next((cited.title for cited in reversed(scan.citations) if cited.type == row["type"] and cited.title
                 and (cited.key or "").startswith("law:") and len(cited.title.split()) > 1
                 and _initials(cited.title) == wanted), None)


# a treaty of Việt Nam's is named by its title up to the parties ("Hiệp định về quy chế quản lý biên giới trên đất liền
# Việt Nam - Trung Quốc", "Hiệp ước hoạch định biên giới quốc gia giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước
# Cộng hòa Dân chủ Nhân dân Lào"); it has no issuer of its own, only central standing
_TREATY_TYPES = frozenset(cues("treaty"))
_TREATY_NAME = re.compile(
    r"[ ]+(?P<name>[^\s.;:()“”\"]+(?:[ ]+[^\s.;:()“”\"]+){0,24}?[ ]+(?:giữa[ ]+)?(?:nước[ ]+)?"
    r"(?:Cộng[ ]+hòa[ ]+xã[ ]+hội[ ]+chủ[ ]+nghĩa[ ]+)?Việt[ ]+Nam[ ]*(?:[-–]|và)[ ]*(?:nước[ ]+)?"
    # the other party's name, the lower-case words of a state's style in it ("Cộng hòa Dân chủ Nhân dân Lào")
    rf"[{UPPER}][^\W\d_]*(?:[ ]+(?:[{UPPER}][^\W\d_]*|hòa|hoà|chủ|dân|xã|hội|nghĩa)){{0,7}}(?<![ ]hòa)(?<![ ]hoà))"
    r"(?:[ ]+năm[ ]+(?:19|20)\d\d)?")


# … or, a trade agreement above all, by its short name: after the type ("Hiệp định CPTPP", "Hiệp định EVFTA") or in
# brackets after its title ("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)", "… giữa Việt Nam và
# Liên minh châu Âu (EVFTA)"); the short name keys it, so the title and the short form are one treaty. A short name
# for the kind ("FTA") names none.
_TREATY_SHORT = r"(?P<short>[A-Z][A-Z0-9]*[A-Z](?:-[A-Z0-9]+)*)(?![^\W_])"
_TREATY_SHORT_AFTER = re.compile(rf"[ ]+{_TREATY_SHORT}")
_TREATY_TITLED_SHORT = re.compile(
    rf"[ ]+(?P<name>[{UPPER}][^\s.;:()“”\"]*(?:[ ]+[^\s.;:()“”\"]+){{1,24}}?)[ ]*\({_TREATY_SHORT}\)")
_TREATY_KIND_SHORTS = frozenset(cues("treaty_kind_short"))
# … or, a multilateral one, by a full title the table knows (data/multilateral_treaties.csv), in any capitalisation:
# "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương" is the CPTPP
_KNOWN_TREATIES = {(fold(r["type"]), fold(r["title"])): r["short"] for r in read_csv("multilateral_treaties.csv")}
_KNOWN_TREATY_TITLE = re.compile(
    r"[ ]+(?P<name>" + "|".join(sorted((r"[ ]+".join(map(re.escape, t.split())) for _, t in _KNOWN_TREATIES), key=len,
                                       reverse=True)) + r")(?![^\W_])", re.IGNORECASE)
_SHORT_AFTER_PARTY_CHARS = 20  # "Liên| minh châu Âu (": the rest of a party's name the name pattern leaves


def _treaty(scan: _Scan, row: dict[str, str], noun: _Noun) -> Citation | None:
    text = scan.text
    if not noun.text[0].isupper():
        return None  # "các hiệp định thương mại tự do"
    name = _TREATY_NAME.match(text, noun.end)
    titled = _TREATY_TITLED_SHORT.match(text, noun.end)
    if (bare := _TREATY_SHORT_AFTER.match(text, noun.end)) is not None and bare.group("short") not in _TREATY_KIND_SHORTS:
        name, title, short = bare, None, bare.group("short")  # "Hiệp định EVFTA có hiệu lực … (EU)": the first short name
    elif titled is not None and titled.group("short") not in _TREATY_KIND_SHORTS \
            and (name is None or name.end() <= titled.start("short") <= name.end() + _SHORT_AFTER_PARTY_CHARS):
        # "… giữa Việt Nam và Liên minh châu Âu (EVFTA)": the party's name ends before its bracket
        name, title, short = titled, titled.group("name"), titled.group("short")
    elif (known := _KNOWN_TREATY_TITLE.match(text, noun.end)) is not None \
            and (known_short := _KNOWN_TREATIES.get((fold(row["type"]), fold(re.sub(r"\s+", " ", known.group("name")))))):
        name, title, short = known, known.group("name"), known_short
    elif name is not None:
        title, short = name.group("name"), None
    else:
        return None
    if any(text[m.start()].isupper() for m in TYPE_WORD_RE.finditer(text, noun.end + 1, name.end())):
        return None  # "Hiệp định và Nghị định thư …": no one treaty named
    key = f"treaty:{fold(row['type'])}:" + (f"short:{short}" if short else fold(title))
    return Citation(noun.start, name.end(), name.end(), "named", type=row["type"], issuer=Issuer("", "central"),
                    key=key, title=title or short, anchor=name.end(), cover_end=name.end())


_REVISED_LAW = re.compile(r"\((?:sửa đổi|sửa đổi, bổ sung)\)")  # as _LAW_NAME reads it
# a lead's phrase right before a bare "Luật,": "Để thi hành Luật, …", "Triển khai Luật, …"
# the lead phrases written out whole ("Thực hiện", "Căn cứ"; no "*"), which references reads too
LEAD_PHRASES = [r["phrase"] for r in read_table("relation_phrases.tsv") if r["where"] in ("lead", "both") and "*" not in r["phrase"]]
_LAW_LEAD = re.compile(rf"(?:^|(?<=[\s,.;:]))(?:{phrase_pattern(LEAD_PHRASES, either_case=True)})[ ]+$")
_LAW_LEAD_CHARS = max(map(len, LEAD_PHRASES)) + 2
# … or a bare "Luật" ending a clause after "của", "thi hành": "quy định chi tiết một số điều của Luật, …"
_LAW_BACK = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('law_back'))})[ ]+\Z")
_LAW_BACK_CHARS = max(map(len, cues("law_back"))) + 2
# "… thi hành Luật trên địa bàn tỉnh", "Để đưa Luật vào cuộc sống, …" (brought into life)
_CLAUSE_END = re.compile(r"[ ]*(?:[,.;:)\n]|\Z)|[ ]+(?:trên[ ]+địa[ ]+bàn|vào[ ]+(?:cuộc[ ]+sống|thực[ ]+tiễn))(?![^\W\d_])")
# a clause opening before the bare "Luật" that is its subject: "Ngay sau khi Luật có hiệu lực, …"
_LAW_CLAUSE_OPENER = re.compile(rf"(?:^|(?<=[.;:,\n])[ ]*|(?<=^[ ]))(?:{phrase_pattern(cues('law_clause_opener'), either_case=True)})[ ]+\Z")
_LAW_CLAUSE_OPENER_CHARS = max(map(len, cues("law_clause_opener"))) + 4


def _names_law_back(text: str, noun: _Noun) -> bool:
    """Does a bare capitalised "Luật" name back the law cited before?"""
    if text.startswith(",", noun.end) and _LAW_LEAD.search(text, max(0, noun.start - _LAW_LEAD_CHARS), noun.start):
        return True
    return _CLAUSE_END.match(text, noun.end) is not None \
        and _LAW_BACK.search(text, max(0, noun.start - _LAW_BACK_CHARS), noun.start) is not None


# what is yet to be done to a law named without a number: "Luật Doanh nghiệp (sửa đổi) dự kiến sẽ được Quốc hội thông qua"
_LAW_AWAITED = re.compile(rf"[ ]*,?[ ]+(?:{_cue_pattern('awaited_by')})[ ]+được(?:[ ]+[^\W\d_]+){{0,8}}?[ ]+"
                         rf"(?:{_cue_pattern('awaited_step')}){_WORD_END}")


def _still_to_pass(text: str, start: int) -> bool:
    """A law named where it is yet to be passed: "trình Quốc hội thông qua Luật …", "sẽ ban hành Luật …"
    (a task or a future before the issuing verb, no "đã"); a council's resolution to be considered too: "dự kiến
    trình HĐND tỉnh xem xét Nghị quyết thay thế …"."""
    if word_before(text, start)[0] not in _ISSUE_LAST_WORDS:
        considered = _CONSIDERED_BEFORE.search(text, max(0, start - 20), start)
        return considered is not None and _to_come_before(text, considered.start())
    issuing = _ISSUING_BEFORE.search(text, max(0, start - 40), start)
    if issuing is None or issuing.group("perf"):
        return False
    return _to_come_before(text, issuing.start())


def _to_come_before(text: str, verb: int) -> bool:
    """A task or a future before the verb at `verb` ("sẽ", "đề nghị …", "giao …", "dự kiến trình …")."""
    return bool(_FUTURE_BEFORE.search(text, max(0, verb - _FUTURE_WINDOW), verb)
                or _urged_before(text, max(0, verb - _FUTURE_WINDOW), verb)
                or _ASSIGNED_BEFORE.search(text, max(0, verb - _ASSIGNED_WINDOW), verb))


# a council's considering of a draft, before the document still to pass (data/cues consider)
_CONSIDERED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('consider')})[ ]+$")


# "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều": a law named by
# what it amends; the laws it names follow as documents of their own
_AMENDING_NAME = re.compile(r"[ ]+sửa đổi(?:,[ ]+bổ sung)?(?:[ ]+một số điều(?:[ ]+của)?)?(?=[ ]+(?:Bộ luật|Luật|Pháp lệnh)[ ]+[^\W\d_])")


# "Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng năm 2025", "… của 37 luật có liên quan đến
# quy hoạch": a law that counts the laws it amends is named by its whole words, not by laws named after it
_OMNIBUS_NAME = re.compile(
    r"[ ]+(?P<name>sửa đổi(?:,[ ]+bổ sung)?[ ]+một số điều[ ]+của[ ]+(?:\d{1,3}|các|một số)[ ]+luật"
    rf"(?:,?[ ]+(?!(?:{_cue_pattern('omnibus_stop')}){_WORD_END})(?![{UPPER}])[^\W\d_]+){{0,10}})"
    r"(?:[ ]+(?:năm[ ]+)?(?P<year>(?:19|20)\d\d)(?![\d/]))?")


def _amending_law(scan: _Scan, row: dict[str, str], noun: _Noun) -> Citation | None:
    """An amending law: cited as far as the laws it names, which its own words ("sửa đổi, bổ sung …")
    relate it to; one law per set of laws it names (and its own date or year, when given)."""
    if _DRAFT_BEFORE.search(scan.text, max(0, noun.start - 20), noun.start) or _still_to_pass(scan.text, noun.start):
        return None  # "… tham mưu Chính phủ trình Quốc hội thông qua Luật sửa đổi, bổ sung …": a bill
    words = _AMENDING_NAME.match(scan.text, noun.end)
    if words is None:
        return _omnibus_law(scan, row, noun)
    issuer_name, code = _LAW_ISSUERS.get(row["type"], ("Quốc hội", "QH"))
    date, cover_end = None, words.end()
    if (dated := _after_amended_laws(scan.text, words.end())) is not None \
            and (found := _dated(scan, dated)) is not None:
        scan.amending_dates.add(dated)
        # it covers the laws it names up to its own date: a list of bases goes on after it ("căn cứ Luật …; Luật sửa
        # đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật … ngày 22/11/2019; Luật Hợp tác xã …")
        date, cover_end = found.iso, found.end
    elif (year_at := _amending_year(scan.text, words.end())) is not None:
        scan.amending_years.add(year_at)
        cover_end = year_at + 4
    elif (passed := _passed_after_amended_laws(scan.text, words.end())) is not None:
        cover_end = passed  # "… của Luật Phòng, chống thiên tai và Luật Đê điều vừa được Quốc hội thông qua": its passing
    symbol, at = None, words.end()
    if date is None and (number_at := _number_after_amended_laws(scan.text, at)) is not None \
            and (symbol := symbol_at(scan.text, number_at)) is not None:
        # "… của Luật Đầu tư, Luật Nhà ở và Luật Đấu thầu số 57/2024/QH15": the amending law's number, as its year
        scan.amending_numbers.add(number_at)
        scan.used_symbols.append((number_at, symbol.end))
        cover_end = symbol.end
        if scan.text.startswith(")", cover_end) and scan.text.rfind("(", max(at, number_at - 16), number_at) != -1:
            cover_end += 1  # "… (Luật số 57/2024/QH15)"
        if _DATE_AFTER.match(scan.text, cover_end) and (found := _dated(scan, cover_end)):  # "… số 67/2020/QH14 ngày …"
            date, cover_end = found.iso, found.end
    # named again ("Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng" in a headline, "Luật sửa đổi, bổ sung một số điều
    # của Luật Thi đua, khen thưởng" in the body): the same law, keyed by the laws it names and its own date or year
    amended = _amended_names(scan.text, words.end())
    # (its year, not its day: "… ngày 17/6/2020" is the law "Luật số 60/2020/QH14 sửa đổi, bổ sung …" names)
    when = date[:4] if date else symbol.year if symbol else (scan.text[cover_end - 4:cover_end] if cover_end > words.end() else "")
    key = _amending_key(amended, when) if amended else f"law:amending:{noun.start}"
    return Citation(noun.start, words.end(), words.end(), "numbered" if symbol else "named", type=row["type"],
                    number=symbol.number if symbol else None, symbol=symbol, date=date,
                    issuer=Issuer(issuer_name, "central", code), key=key,
                    anchor=noun.end, cover_end=cover_end)


def _amending_words(text: str, cited: Citation) -> str | None:
    """The key of the law a numbered law is, when its words say what it amends ("Luật số 60/2020/QH14 sửa đổi, bổ
    sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"): so that those words alone, later ("… thi hành
    Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều"), name it too."""
    if cited.type not in _AMENDING_TYPES or cited.symbol is None or (words := _AMENDING_NAME.match(text, cited.end)) is None:
        return None
    amended = _amended_names(text, words.end())
    return _amending_key(amended, cited.symbol.year) if amended else None


def _amending_key(amended: str, year: str | int | None) -> str:
    """The key of an amending law: the laws it amends and its year, however it is named (by its words, or by its
    number and then its words), so that both namings meet."""
    return f"law:amending:{amended}" + (f":{year}" if year else "")


_AMENDING_TYPES = frozenset({"Luật", "Bộ luật", "Pháp lệnh"})  # as _AMENDING_NAME's nouns


def _amended_names(text: str, at: int) -> str:
    """The laws an amending law names from `at`, folded and joined ("luật thi đua, khen thưởng"), their years left
    out; "" when none reads as a law's name."""
    names = []
    while (noun := _AMENDED_LAW.match(text, at)) is not None and (name := _law_name(text, noun.end())) is not None:
        names.append(fold(f"{noun.group().strip()} {name.name}"))
        if (more := _AMENDED_NEXT.match(text, name.end)) is None:
            break
        at = more.end()
    return " + ".join(names)


def _omnibus_law(scan: _Scan, row: dict[str, str], noun: _Noun) -> Citation | None:
    """A law that amends the laws it counts, named as any law is by its words (and its year)."""
    if row["type"] != "Luật" or (m := _OMNIBUS_NAME.match(scan.text, noun.end)) is None:
        return None
    name, year = m.group("name"), m.group("year")
    end, date = m.end(), None
    if _DATE_AFTER.match(scan.text, end) and (found := _dated(scan, end)):  # as any law's: "… ngày 20/11/2018"
        end, date = found.end, found.iso
    elif (on := _ISSUED_ON.match(scan.text, end)) and not on.group("paren") and (found := _dated(scan, on.end())):
        end, date = found.end, found.iso
    return Citation(noun.start, end, end, "named", type=row["type"], issuer=Issuer("Quốc hội", "central", "QH"),
                    key=f"law:{fold(row['type'])}:{fold(name)}" + (f":{year}" if year else ""), title=name,
                    date=date, anchor=end, cover_end=end)


_AMENDED_LAW = re.compile(r"[ ]+(?:Bộ luật|Luật|Pháp lệnh)(?=[ ])")
_AMENDED_NEXT = re.compile(r"(?:[ ]*,|[ ]+và)(?=[ ]+(?:Bộ luật|Luật|Pháp lệnh)[ ])")


def _amended_laws_end(text: str, at: int) -> int | None:
    """Where the laws an amending law names from `at` end ("… của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
    địa phương"); None when one reads as no law's name or has a year of its own."""
    while (noun := _AMENDED_LAW.match(text, at)) is not None:
        name = _law_name(text, noun.end())
        if name is None or name.year is not None:
            return None
        if (more := _AMENDED_NEXT.match(text, name.end)) is None:
            return name.end
        at = more.end()
    return None


def _after_amended_laws(text: str, at: int) -> int | None:
    """Where a date follows the laws an amending law names from `at`: "Luật sửa đổi, bổ sung một số điều
    của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019" is dated
    by the amending law's own date, not the last law's. None when a named law has its year of its own."""
    if (end := _amended_laws_end(text, at)) is None:
        return None
    if _DATE_AFTER.match(text, end):
        return end
    # … and so by the day it was passed: "… và Luật Các tổ chức tín dụng được Quốc hội thông qua ngày 29/6/2024"
    on = _ISSUED_ON.match(text, end)
    return on.end() if on is not None and not on.group("paren") else None


def _passed_after_amended_laws(text: str, at: int) -> int | None:
    """The end of the passing said with no day after the laws an amending law names from `at` ("… của Luật Phòng,
    chống thiên tai và Luật Đê điều vừa được Quốc hội thông qua"): the amending law's, not the last law's. None when a
    named law has its year of its own."""
    end = _amended_laws_end(text, at)
    return None if end is None or (passed := _PASSED_AFTER.match(text, end)) is None else passed.end()


_PASSED_AFTER = re.compile(r"[ ]+(?:(?:vừa|đã|mới)[ ]+)?được[ ]+(?:[^\W\d_]+[ ]+){0,4}?thông[ ]+qua(?![^\W\d_])")


def _number_after_amended_laws(text: str, at: int) -> int | None:
    """Where the number after two laws or more that an amending law names from `at` starts: "… của Luật Đầu tư, Luật
    Nhà ở và Luật Đấu thầu số 57/2024/QH15" is the amending law's; after one law ("… của Luật Bảo hiểm y tế số
    46/2014/QH13") the number is that law's, as its year is, unless the text names that law in another year than the
    number's ("Luật Xử lý vi phạm hành chính ngày 20/6/2012; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm
    hành chính số 67/2020/QH14"). None when a named law has a year of its own."""
    laws, numbered = 0, False
    while (noun := _AMENDED_LAW.match(text, at)) is not None:
        name = _law_name(text, noun.end())
        if name is None or name.year is not None:
            return None
        laws, at = laws + 1, name.end
        if (own := _LAW_OWN_NUMBER.match(text, at)) is not None and (
                numbered or _AMENDED_NEXT.match(text, own.end()) or _LAW_NUMBER_ASIDE.match(text, own.end())):
            # a title that numbers each law it amends, the last too: "… của Luật Đất đai số 31/2024/QH15, …"
            at, numbered = own.end(), True
        if (more := _AMENDED_NEXT.match(text, at)) is None:
            if (bracketed := _LAW_NUMBER_ASIDE.match(text, at)) is not None:
                return bracketed.end()  # "… và Luật Đấu thầu (Luật số 57/2024/QH15)": the amending law's own
            number_at = _NUMBER_INTRO.match(text, at).end()
            if number_at == at or not text[at:number_at].strip():
                return None
            if laws > 1:
                return number_at
            symbol = symbol_at(text, number_at)
            law = f"{noun.group().strip()} {name.name}"
            return number_at if symbol is not None and symbol.year and _named_in_another_year(text, law, symbol.year) \
                else None
        at = more.end()
    return None


_LAW_OWN_NUMBER = re.compile(r"[ ]+số[ ]+\d{1,4}/(?:19|20)\d\d/[A-Z]+\d*(?![\w/])")


def _named_in_another_year(text: str, law: str, year: int) -> bool:
    """Does the text name `law` (its noun and name) with a year other than `year`: by "năm", by a date or by a number
    of its own ("Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012")?"""
    return re.search(rf"{re.escape(law)}[ ]+(?:năm[ ]+|ngày[ ]+[^;,.\n]{{0,20}}?|số[ ]+\d+/)(?<!\d)(?!{year})"
                     rf"(?:19|20)\d\d(?!\d)", text) is not None


def _amending_year(text: str, at: int) -> int | None:
    """Where the year after the laws an amending law names from `at` is, when it is the amending law's: after
    two laws or more ("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều năm
    2020"), or after one the text names with another year ("Luật Thi đua, Khen thưởng năm 2003 và Luật sửa đổi,
    bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005"); "… của Bộ luật Hình sự năm 2015" is the code's."""
    laws = 0
    while (noun := _AMENDED_LAW.match(text, at)) is not None:
        name = _law_name(text, noun.end())
        if name is None:
            return None
        laws += 1
        if name.year is not None:
            if laws > 1 or re.search(rf"{re.escape(noun.group().strip())}[ ]+{re.escape(name.name)}[ ]+(?:năm[ ]+)?"
                                     rf"(?!{name.year})(?:19|20)\d\d(?![\d/])", text):
                return name.end - 4
            return None
        if (more := _AMENDED_NEXT.match(text, name.end)) is None:
            return None
        at = more.end()
    return None


def _organisation_congress(scan: _Scan, start: int, m: re.Match[str]) -> Citation:
    """The resolution of a mass organisation's congress: the whole country's ("toàn quốc", or "Việt Nam" with no
    level word), else its chapter of the level and place named, localised like any issuer ("Phụ nữ tỉnh Nghệ An")."""
    row = _CONGRESS_BODIES[fold(m.group("org"))]
    number = m.group("n") or m.group("before") or ""
    end = m.end()
    if m.group("whole") or m.group("country") and not m.group("level"):
        issuer = Issuer(f"{row['national']}{_congress_ordinal(number)}", "central")
    else:
        level = f" {m.group('level')}{m.group('place') or ''}" if m.group("level") else ""
        found = issuer_at(f"{row['body']}{level}", 0, clause_place(scan.text, start, scan.article))
        body = found.issuer if found else Issuer(row["body"], "unknown")
        issuer = replace(body, name=f"Đại hội {body.name}{_congress_ordinal(number)}", parent=None, term=None)
    key = f"congress:{fold(row['body'])}:{issuer.level}:{issuer.province}:{issuer.district}"
    key += f":{number}" if number else ""
    cover = term.end() if (term := _CONGRESS_TERM.match(scan.text, end)) else end
    return Citation(start, end, end, "named", type="Nghị quyết", type_code="NQ", issuer=issuer,
                    key=key, anchor=cover, cover_end=cover)


# a congress named by its number alone: "Đại hội lần thứ XXII", "Đại hội đại biểu lần thứ XXV"
_BY_ORDINAL_ONLY = re.compile(rf"Đại hội(?:[ ]+đại biểu)?[ ]+lần thứ[ ]+{_ROMAN}")
# the nation's congresses so far (the XIVth in 2026): a higher number is a local congress's
_LAST_NATIONAL_CONGRESS = 14
_CONGRESS_ORDINAL_NAME = re.compile(rf"[ ]+lần thứ[ ]+{_ROMAN}\Z")
# a congress named by its Roman number right after "Đại hội", as the papers shorten the nation's ("Nghị quyết Đại hội
# XIV", "Nghị quyết Đại hội XIII"); a local one is written with its Đảng bộ or "lần thứ"
_BY_BARE_ORDINAL = re.compile(rf"Đại hội(?:[ ]+đại biểu)?[ ]+{_ROMAN}")


def _congress_by_bare_ordinal(scan: _Scan, start: int, end: int, number: str) -> Citation | None:
    """"Nghị quyết Đại hội XIV": the congress of that number the text cited before (a district's XIVth named in full
    first), else the nation's when it has held one of that number; none for a higher number."""
    named = next((c for c in reversed(scan.citations) if c.key and c.key.startswith("congress:")
                  and c.key.endswith(f":{number}")), None)
    if named is not None and named.issuer is not None:
        issuer, key = named.issuer, named.key
    elif roman_value(number) <= _LAST_NATIONAL_CONGRESS:
        issuer = Issuer(f"Đại hội đại biểu toàn quốc{_congress_ordinal(number)} của Đảng", "central", "TW")
        key = f"congress:central:{number}"
    else:
        return None
    cover = term.end() if (term := _CONGRESS_TERM.match(scan.text, end)) else end
    return Citation(start, end, end, "named", type="Nghị quyết", type_code="NQ", issuer=issuer,
                    key=key, anchor=cover, cover_end=cover)


def _congress_by_ordinal(scan: _Scan, start: int, end: int, number: str) -> Citation | None:
    """"Nghị quyết Đại hội lần thứ XXII" (no body, as a term's review or a new congress's news writes the previous
    one): a congress of the body whose congress the text named before, the last congress resolution cited, else the
    Party organisation of a named unit the text names last ("Đảng bộ xã Tân Hưng tổ chức Đại hội đại biểu lần thứ
    XXVI … hoàn thành 16/18 chỉ tiêu Nghị quyết Đại hội lần thứ XXV đề ra"); none when the text names neither."""
    named = next((c for c in reversed(scan.citations) if c.key and c.key.startswith("congress:")), None)
    if named is not None and named.issuer is not None and (
            named.issuer.level != "central" or roman_value(number) <= _LAST_NATIONAL_CONGRESS):
        base = _CONGRESS_ORDINAL_NAME.sub("", named.issuer.name)
        key = named.key if base == named.issuer.name else named.key.rsplit(":", 1)[0]
        issuer = replace(named.issuer, name=f"{base}{_congress_ordinal(number)}")
    elif (body := _party_unit_named_before(scan, start)) is not None:
        issuer = replace(body, name=f"Đại hội đại biểu {body.name}{_congress_ordinal(number)}", parent=None, term=None)
        key = f"congress:{issuer.level}:{issuer.province}:{issuer.district}"
    else:
        return None
    cover = term.end() if (term := _CONGRESS_TERM.match(scan.text, end)) else end
    return Citation(start, end, end, "named", type="Nghị quyết", type_code="NQ", issuer=issuer,
                    key=f"{key}:{number}", anchor=cover, cover_end=cover)


# a congress held, its body named or not: "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XIX", "Đảng bộ xã tổ chức
# Đại hội đại biểu lần thứ XXVI"; not the nation's ("Đại hội đại biểu toàn quốc lần thứ XIII") nor one to come
# (data/cues congress_ahead: "tiến tới Đại hội đại biểu Đảng bộ thành phố lần thứ XI", "bầu Đoàn đại biểu dự Đại hội
# Đảng bộ tỉnh lần thứ XX")
_CONGRESS_HELD = re.compile(
    rf"(?<!Nghị quyết )Đại hội(?:[ ]+đại biểu)?(?P<body>[ ]+Đảng bộ[ ][^,.;()]{{0,60}}?)?[ ]+lần thứ[ ]+(?P<n>{_ROMAN})"
    rf"(?![^\W\d_])")
_CONGRESS_AHEAD = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('congress_ahead', either_case=True)})[ ]+\Z")
_CONGRESS_AHEAD_CHARS = max(map(len, cues("congress_ahead"))) + 2


def _later_congress_held(scan: _Scan, named: Citation, start: int) -> tuple[Issuer, str] | None:
    """A bare "Nghị quyết Đại hội" is the resolution of the congress being held, the last the text names as held
    before it, not one whose resolution was cited last ("… 23/26 chỉ tiêu Nghị quyết Đại hội lần thứ XVIII đề ra. …
    triển khai thực hiện Nghị quyết Đại hội" in the news of the XIXth; "Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần
    thứ I … khai mạc. Đại hội đánh giá … Nghị quyết Đại hội Đảng bộ tỉnh Yên Bái lần thứ XIX. … thực hiện Nghị quyết
    Đại hội"): (issuer, key) of that congress, of its own body when it names one with its unit, else of `named`'s
    body; None when it is `named`'s."""
    issuer = named.issuer
    held = [m for m in _CONGRESS_HELD.finditer(scan.text, 0, start)
            if not _CONGRESS_AHEAD.search(scan.text, max(0, m.start() - _CONGRESS_AHEAD_CHARS), m.start())]
    if issuer is None or issuer.level == "central" or not held:
        return None
    number = held[-1].group("n")
    # the congress held named without its body ("Đảng bộ xã Phước Hà tổ chức Đại hội đại biểu lần thứ I") is the one
    # of that number the text named with it (the headline's "Đại hội Đảng bộ xã Phước Hà lần thứ I")
    named_body = next((m for m in reversed(held) if m.group("body") and m.group("n") == number), held[-1])
    found = issuer_at(scan.text, named_body.start("body") + 1, scan.article) if named_body.group("body") else None
    body = found.issuer if found is not None else None
    if body is not None and body.own_unit:
        congress = replace(body, name=f"Đại hội đại biểu {body.name}{_congress_ordinal(number)}", parent=None,
                           term=None)
        key = f"congress:{congress.level}:{congress.province}:{congress.district}:{number}"
    elif body is None or body.level == issuer.level:
        have = _CONGRESS_ORDINAL_NAME.search(issuer.name)
        congress = replace(issuer, name=f"{issuer.name[:have.start()] if have else issuer.name}"
                                        f"{_congress_ordinal(number)}")
        key = f"{named.key.rsplit(':', 1)[0] if have else named.key}:{number}"
    else:
        return None
    return None if key == named.key else (congress, key)


def _held_congress_resolution(scan: _Scan, start: int, end: int) -> Citation | None:
    """A bare "Nghị quyết Đại hội" when no congress resolution was cited before: the resolution of the congress the text
    reports held, of the Party organisation its sentence names ("Đảng bộ xã Duy Xuyên (thành phố Đà Nẵng) tổ chức Đại
    hội đại biểu lần thứ I …. Đại hội … biểu quyết thông qua Nghị quyết Đại hội"); none when the text reports none."""
    held = [m for m in _CONGRESS_HELD.finditer(scan.text, 0, start)
            if not _CONGRESS_AHEAD.search(scan.text, max(0, m.start() - _CONGRESS_AHEAD_CHARS), m.start())]
    if not held:
        return None
    m = held[-1]
    found = issuer_at(scan.text, m.start("body") + 1, scan.article) if m.group("body") else None
    body = found.issuer if found is not None else _party_unit_named_before(scan, m.start())
    if body is None or not body.own_unit or (found is None and scan.text.rfind(
            "Đảng bộ ", sentence_start(scan.text, m.start()), m.start()) == -1):
        return None  # the organisation named in the congress's own sentence only
    number = m.group("n")
    issuer = replace(body, name=f"Đại hội đại biểu {body.name}{_congress_ordinal(number)}", parent=None, term=None)
    cover = term.end() if (term := _CONGRESS_TERM.match(scan.text, end)) else end
    return Citation(start, end, end, "named", type="Nghị quyết", type_code="NQ", issuer=issuer,
                    key=f"congress:{issuer.level}:{issuer.province}:{issuer.district}:{number}", anchor=cover,
                    cover_end=cover)


def _party_unit_named_before(scan: _Scan, start: int) -> Issuer | None:
    """The last "Đảng bộ" of a named province, district or commune before `start` ("Đảng bộ xã" alone passed over)."""
    at = start
    while (at := scan.text.rfind("Đảng bộ ", 0, at)) != -1:
        found = issuer_at(scan.text, at, scan.article)
        if found is not None and found.issuer.name.startswith("Đảng bộ ") and found.issuer.own_unit:
            return found.issuer
    return None


def roman_value(numeral: str) -> int:
    """"XXVI" -> 26."""
    values = [{"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def _congress_place(rest: str, level: str, article: Place | None) -> gazetteer.Unit | None:
    name = re.match(rf"[ ]+((?:{_CAP_WORD})(?:[ ]+{_CAP_WORD})*)", rest)
    if name is None:
        return None
    levels = ("province", "district") if level == "city" else (level,)
    for lvl in levels:
        # the article's province first, then the country, as issuers are placed (issuers._place): "Đảng bộ huyện
        # Thuận Nam" in a Khánh Hòa article of 2025 is Ninh Thuận's district; a name several units share gives none
        within = article.province_code if article and lvl != "province" else None
        for scope in dict.fromkeys((within, None)):
            unit = gazetteer.lookup(name.group(1), level=lvl, within=scope)
            if unit is not None:
                return unit
    return None


def _organisation_of_congress(scan: _Scan, start: int, name: str) -> tuple[Issuer, int, str] | None:
    """(body, end, number) of the congress of a Party organisation that is no unit's, named as issuers name
    it: "Nghị quyết Đại hội đại biểu Đảng bộ Khối lần thứ IX", "… Đảng bộ các cơ quan Đảng Trung ương lần thứ I"."""
    at = name.find("Đảng bộ")  # where the congress's words end: "Đảng bộ" before "các cơ quan …"
    found = issuer_at(scan.text, start + at, scan.article) if at != -1 else None
    if found is None and at != -1:
        found = _institution_kind_committee(scan, start + at)
    if found is None or found.issuer.code == "TW":
        return None
    ordinal = _CONGRESS_ORDINAL_AFTER.match(scan.text, found.end)
    return (found.issuer, ordinal.end(), ordinal.group("n")) if ordinal else (found.issuer, found.end, "")


def _institution_kind_committee(scan: _Scan, pos: int) -> IssuerMatch | None:
    """The Party organisation of an institution named by its kind alone ("Đảng bộ Trường", "Đảng bộ Bệnh viện" of
    "Nghị quyết Đại hội Đảng bộ Bệnh viện lần thứ XIII"), read as its committee "Đảng ủy Bệnh viện" is: a grassroots
    committee, the one the text names in full once references resolve it. Of no kind, none ("Đảng bộ lần thứ XX")."""
    probe = _KIND_COMMITTEE + scan.text[pos + len(_KIND_PARTY):pos + len(_KIND_PARTY) + _KIND_MAX_CHARS]
    found = issuer_at(probe, 0, scan.article)
    if found is None or found.end <= len(_KIND_COMMITTEE) or found.issuer.name == _KIND_COMMITTEE:
        return None
    return IssuerMatch(pos, pos + found.end - len(_KIND_COMMITTEE) + len(_KIND_PARTY), found.issuer)


_KIND_PARTY, _KIND_COMMITTEE, _KIND_MAX_CHARS = "Đảng bộ", "Đảng ủy", 40


# "… Đảng bộ Khối lần thứ IX": the congress's number after its body
_CONGRESS_ORDINAL_AFTER = re.compile(rf"[ ]+lần thứ[ ]+(?P<n>{_ROMAN}|\d+)(?![^\W\d_])")


def _congress_issuer(word: str, place: gazetteer.Unit | None, number: str,
                     article: Place | None) -> Issuer:
    """"Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII", localised like any issuer."""
    from loaders.issuers import issuer_at as _issuer_at  # the council grammar localises it

    probe = f"Đảng bộ {word}" + (f" {place.name}" if place else "")
    found = _issuer_at(probe, 0, article)
    body = found.issuer if found else Issuer(probe, "unknown")
    name = f"Đại hội đại biểu {body.name}{_congress_ordinal(number)}"
    return Issuer(name, body.level, body.code, province=body.province, district=body.district,
                  commune=body.commune, province_code=body.province_code,
                  district_code=body.district_code, commune_code=body.commune_code)


def _body_named_before(scan: _Scan, word: str, level: str, start: int) -> Issuer | None:
    """The Party committee of that kind its sentence names with its unit before `start`: "Ban Chấp
    hành Đảng bộ phường Trần Hưng Đạo ban hành … thực hiện Nghị quyết Đại hội đại biểu Đảng bộ
    phường lần thứ I" is that ward's congress; a province's too, in a round-up about another. Named only as the
    committee issuing the document cited last ("…, còn Tỉnh ủy Bình Định ban hành Chương trình hành động số
    03-CTr/TU thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", in a Gia Lai paper), that committee's."""
    text = scan.text
    sentence = sentence_start(text, start)
    at = max(text.rfind(f"Đảng bộ {word} ", sentence, start), text.rfind(f"Đảng ủy {word} ", sentence, start))
    cited = scan.citations[-1] if scan.citations and scan.citations[-1].start > max(at, sentence) else None
    # not a commune's: its committee's own place may be a guess (_commune_named_before reads a 2025 commune's)
    if cited is not None and cited.issuer is not None and cited.issuer.is_party and level != "commune" \
            and cited.issuer.level == level:
        found = IssuerMatch(cited.start, cited.end, cited.issuer)
    else:
        found = issuer_at(text, at, scan.article) if at != -1 else None
    if found is None or found.issuer.level != level:
        return None
    return found.issuer if found.issuer.own_unit else None


def _commune_named_before(scan: _Scan, word: str, issuer: Issuer, name_start: int, name_end: int,
                          start: int) -> Issuer | None:
    """After the 2025 reform, a commune's congress named by its kind alone is the congress of the 2025 commune of that
    kind the text named last before it, as the commune's bodies are (_placed_by_named_commune): "Ban Chấp hành Đảng
    bộ phường Yên Bái ban hành Nghị quyết số 05-NQ/ĐU. Nghị quyết … cụ thể hóa … Nghị quyết Đại hội đại biểu Đảng bộ
    phường lần thứ I" is that ward's, not a ward of no name in the article's province."""
    if issuer.level != "commune" or issuer.commune or not _after_the_reform(scan, start):
        return None
    at = scan.text.find(f"Đảng bộ {word}", name_start, name_end)
    body = issuer_at(scan.text, at, scan.article) if at != -1 else None
    if body is None:
        return None
    named = _placed_by_named_commune(scan, body, start).issuer
    return named if named.commune else None


def _congress_ordinal(number: str) -> str:
    """" lần thứ XX" in a congress's name; nothing when the text gives no number."""
    return f" lần thứ {number}" if number else ""


def _cite_bare_symbols(scan: _Scan) -> None:
    """A symbol with no document noun before it ("theo 09-CT/TW"): the type comes from its code."""
    text = scan.text
    lists = _Lists(scan.citations)
    for symbol in find_symbols(text, skip=scan.used_symbols):
        start, end = symbol.start, symbol.end
        header = scan.printed is None and on_number_line(text, start)
        fields = not header and _FIELD_NUMBER.search(text, max(0, start - _FIELD_NUMBER_CHARS), start) is not None
        letter = (header or fields or _letter_listed(scan, lists, symbol)) and symbol.type_code is None \
            and symbol.system == "state"  # "Số: 1234/SNV-CCVC"; "Công văn số 12/UBND-KT và số 15/UBND-NN"
        if symbol.type_code is None and not letter or _COMMITTEE_BEFORE.search(text, max(0, start - 12), start) \
                or _WRIT_BEFORE.search(text, max(0, start - _WRIT_WINDOW), start):
            continue
        name = _LETTER_ROW["type"] if letter else type_name(symbol.type_code, symbol.system)
        cited = Citation(start, end, end, "numbered", type=name, type_code=_LETTER_ROW["code"] if letter
                         else symbol.type_code, number=symbol.number, symbol=symbol)
        if header:
            _read_header(scan, cited)
        elif fields:
            _read_fields(scan, cited)
        else:
            _read_tails(scan, cited)
            _read_described(scan, cited)
            _read_title(scan, cited, cited.anchor)
            head = lists.head(text, cited)
            if head is not cited and head.type_code == cited.type_code and head.type:
                cited.type = head.type  # "Quy định số 144-QĐ/TW và 148-QĐ/TW": the list's noun, not the code's
            if cited.issuer is None:
                _issued_with_list(scan, cited, lists)
        scan.add(cited)
        lists.add(cited)


# a symbol listed after another's, "số" repeated or not: "các văn bản số 1425/UBND-NN ngày 25/9/2025 và số
# 1431/UBND-NN", "Công văn số 567/UBND-KT, 568/UBND-VX", "Chương trình hành động số 15-CTr/TU và số 16-CTr/TU"
_LETTER_LISTED_NEXT = re.compile(rf"[ ]*(?:,|và|,[ ]*và)[ ]*(?:{NUMBER_WORD}[ ]*:?[ ]*)?")


def _letter_listed(scan: _Scan, lists: _Lists, symbol: Symbol) -> bool:
    """Is this symbol with no type code the next item of a list whose item before it is a cited công văn? It is one
    too, as a document noun before the list's first item names all of them."""
    at = bisect.bisect_left(lists.starts, symbol.start)
    if at == 0:
        return False
    previous = lists.by_start[at - 1]
    return previous.form == "numbered" and previous.type == _LETTER_ROW["type"] and previous.symbol is not None \
        and previous.symbol.type_code is None \
        and _LETTER_LISTED_NEXT.fullmatch(scan.text, max(previous.cover_end, previous.end), symbol.start) is not None


class _Lists:
    """The citations so far by start, and the first item of the list each listed bare symbol ends:
    a page listing thousands of symbols is read in linear time (a walk back over the whole list
    for each symbol took 5 s for 4,000)."""

    def __init__(self, citations: list[Citation]):
        self.by_start = sorted(citations, key=lambda c: c.start)
        self.starts = [c.start for c in self.by_start]
        self.heads: dict[int, Citation] = {}  # a listed symbol's start -> its list's first item

    def add(self, cited: Citation) -> None:
        at = bisect.bisect_left(self.starts, cited.start)
        self.starts.insert(at, cited.start)
        self.by_start.insert(at, cited)

    def head(self, text: str, cited: Citation) -> Citation:
        """The first item of the list `cited` ends ("Kế hoạch số 12/KH-UBND, 15/KH-UBND và …")."""
        head = cited
        at = bisect.bisect_left(self.starts, cited.start)
        # (an item may repeat "số": "Chương trình hành động số 15-CTr/TU và số 16-CTr/TU")
        while at > 0 and (previous := self.by_start[at - 1]).form == "numbered" \
                and _LETTER_LISTED_NEXT.fullmatch(text, max(previous.cover_end, previous.end), head.start):
            if previous.start in self.heads:  # its own walk went on from there
                head = self.heads[previous.start]
                break
            head, at = previous, at - 1
        self.heads[cited.start] = head
        return head


def _issued_with_list(scan: _Scan, cited: Citation, lists: _Lists) -> None:
    """A symbol listed after an issued document is issued by the same clause ("UBND tỉnh ban hành Kế
    hoạch số 12/KH-UBND và 15/KH-UBND"): the verb before the list's first item."""
    head = lists.head(scan.text, cited)
    if head is not cited and head.issued and (verb := _issuing_verb(scan.text, head.start, numbered=True)) is not None:
        cited.issued = True
        _issuing_clause(scan, cited, verb)


# a list or a table flattened to text gives a symbol, its date, then what it is: "145-KH/HU
# 05/01/2024 Kế hoạch thực hiện Chỉ thị số 23-CT/TW …", "08-CT/HU ngày 27/02/2024: Chỉ thị về …"
_DESCRIBED_AS = re.compile(rf"[ ]*[:–-]?[ ]*(?P<word>{_NOUNS}){_WORD_END}")


def _read_described(scan: _Scan, cited: Citation) -> None:
    """The noun of the symbol's own type after it names it: what follows says what it does."""
    described = _DESCRIBED_AS.match(scan.text, cited.end)
    row = _PROSE_TYPES.get(fold(described.group("word"))) if described else None
    if row is not None and row["code"] == cited.type_code and described.group("word")[:1].isupper():
        cited.type = row["type"]
        cited.anchor = cited.cover_end = described.end()
        noun_at = described.start("word")  # not a document of its own
        scan.replace([c for c in scan.citations if c.start != noun_at])


# A page that prints a document opens with its header block (vn-conventions §1.1): the issuing
# body in capitals, "Số 12-KH/TU" on a line of its own, "Hà Tĩnh, ngày 20 tháng 3 năm 2024", the
# type in capitals ("KẾ HOẠCH"), then its subject. The body calls it "Kế hoạch này".
_HEADER_NUMBER = re.compile(rf"(?:^|\n)[ ]*{NUMBER_WORD}[ ]*:?[ ]*$")


def on_number_line(text: str, pos: int) -> bool:
    """Does a symbol at `pos` stand on a header's number line ("Số: 1234/QĐ-UBND")?"""
    return _HEADER_NUMBER.search(text, max(0, pos - 12), pos) is not None
# the place may be a numbered urban district: "Quận 10, ngày 05 tháng 9 năm 2023"
# the lines over a printed document's title: the Party's or the state's name, and the state's motto
_MOTTOS = rf"{alternation(DOCUMENT_MOTTOS)}|Độc lập[ ]*-[ ]*Tự do[ ]*-[ ]*Hạnh phúc"
_HEADER_PLACE_DATE = re.compile(r"[ ]*[^\W\d_][^\n,\d]{1,40}(?:[ ]\d{1,2})?,[ ]*(?=[Nn]gày[ ]*\d)")
_HEADER_PLACE_DATE_IN_LINE = re.compile(
    r"(?:^|(?<=[ *]))[ ]*[^\W\d_][^\n,\d*]{1,40}(?:[ ]\d{1,2})?,[ ]*(?=[Nn]gày[ ]*\d)")  # "*    Đà Lạt, ngày …"
_PLACE_DATE_LINES_ABOVE = 2
# a page copied from the web or a PDF spaces its header's lines out, and sets the state's motto and the rules
# under it ("-------", "*") between a letter's number and subject and its place-date: none counts as a line
_BLANK_LINES = re.compile(rf"(?:[ \t]*(?:[-_*=]{{1,30}}|{_MOTTOS})?[ \t]*\n)*")
_HEADER_TYPE = re.compile(r"\s*\n[ ]*(?P<type>[^\W\d_][^\W\d_ ]*(?:[ ][^\W\d_]+){0,3})[ ]*\n[ ]*(?P<title>[^\n]{5,500})")
_HEADING_GOES_ON = re.compile(r"(?P<caps>[^\W\d_][^\n]{2,150}?)[ ]*\n[ ]*(?P<title>[^\n]{5,500})")
_HEADER_ABOUT = re.compile(r"\n[ ]*(?:V/v|v/v)[ ]*:?[ ]*(?P<title>[^\n]{5,300})")  # a letter's subject
_HEADER_ABOUT_CHARS = 200  # the letter's subject sits under its number, or under its place-date
_HEADER_LINES = 4  # the issuer's lines above the number: "ĐẢNG BỘ TỈNH …", "BAN THƯỜNG VỤ TỈNH ỦY", "*"; the
# lines between the number and the place-date: "*", the state's motto in two lines


def _read_header(scan: _Scan, cited: Citation) -> None:
    """The printed document's date, type, subject and issuer from its header block."""
    text = scan.text
    scan.printed = cited
    cited.issued = True  # the page is about it
    if about := _HEADER_ABOUT.search(text, cited.end, cited.end + _HEADER_ABOUT_CHARS):
        cited.title, cited.anchor = about.group("title").strip(), about.start("title")
    cited.issuer = _header_issuer(scan, text.rfind("\n", 0, cited.start))
    place_date, line = None, cited.end
    for _ in range(_HEADER_LINES):  # on the number's line, or a few lines below it (blank lines not counted)
        place_date = _HEADER_PLACE_DATE.match(text, line)
        line = text.find("\n", line) + 1
        if place_date is not None or line == 0:
            break
        line = _BLANK_LINES.match(text, line).end()
    heading_from = None
    if place_date is None:  # or in the right column a line or two above it, as PDF text aligns it
        line_end = text.rfind("\n", 0, cited.start)
        for _ in range(_PLACE_DATE_LINES_ABOVE):
            if line_end <= 0:
                break
            line = text.rfind("\n", 0, line_end) + 1
            place_date = _HEADER_PLACE_DATE_IN_LINE.search(text, line, line_end)
            if place_date is not None:
                heading_from = cited.end
                break
            line_end = line - 1
    found = date_at(text, place_date.end(), None) if place_date else None
    if found is None or found.iso is None:
        return
    cited.date = found.iso
    heading = _HEADER_TYPE.match(text, heading_from or found.end)
    if heading is not None and heading.group("type").isupper():
        row = _PROSE_TYPES.get(fold(heading.group("type")))
        if row is not None and (cited.type_code is None or row["code"] == cited.type_code):
            cited.type = row["type"]
            title_at = heading.start("title")
            goes_on = _HEADING_GOES_ON.match(text, title_at)
            if goes_on is not None and goes_on.group("title")[:1].islower() \
                    and _heading_type_goes_on(heading.group("type"), goes_on.group("caps"), row["code"]):
                # "THÔNG BÁO / KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY / về sơ kết …": the heading's second line names the
                # type in full ("Thông báo kết luận"), no document of its own; the subject is the line under it
                scan.replace([c for c in scan.citations if not title_at <= c.start < goes_on.end("caps")])
                title_at = goes_on.start("title")
            elif _heading_type_goes_on(heading.group("type"), heading.group("title"), row["code"]):
                # "THÔNG BÁO / kết luận của Ban Thường vụ Huyện ủy tại hội nghị …": the subject opens with the rest of
                # the type's name ("Thông báo kết luận"), no document of its own
                scan.replace([c for c in scan.citations if c.start != title_at])
            cited.title = _TITLE_OPENER.sub("", text[title_at:text.find("\n", title_at) % (len(text) + 1)].strip())
            cited.anchor = title_at  # what the subject says it does: "thực hiện Nghị quyết …"


def _heading_type_goes_on(type_line: str, line: str, code: str) -> bool:
    """Does `line` open with the words that make the heading's type a longer one of the same code ("THÔNG BÁO" /
    "KẾT LUẬN CỦA …": "Thông báo kết luận"), or qualify it alone ("NGHỊ QUYẾT" / "CHUYÊN ĐỀ")?"""
    words = line.split()
    return fold(line.strip()) in _HEADING_MODIFIERS \
        or any((row := _PROSE_TYPES.get(fold(" ".join([type_line, *words[:n]])))) is not None and row["code"] == code
               for n in (1, 2, 3))


# a heading's second line that qualifies its type alone: "NGHỊ QUYẾT" / "CHUYÊN ĐỀ" / "về …"
_HEADING_MODIFIERS = frozenset(fold(w) for w in cues("type_modifier"))


# a portal's page of one document written as fields: "Số ký hiệu: 245/QĐ-UBND", "Ngày ban hành: 12/03/2024",
# "Cơ quan ban hành: UBND huyện Thanh Chương", "Trích yếu: Quyết định ban hành Kế hoạch …"
_FIELD_NUMBER = re.compile(rf"(?:^|\n)[ ]*(?i:{phrase_pattern(cues('number_field'))})[ ]*:[ ]*\Z")
_FIELD_NUMBER_CHARS = 25
_FIELD = re.compile(r"[ ]*(?P<label>[^\W\d_][^:\n]{1,30}?)[ ]*:[ ]*(?P<value>[^\n]*)")
_FIELD_LINES = 12  # a record's fields, up to a blank line or the next record's number


def _read_fields(scan: _Scan, cited: Citation) -> None:
    """The document a page's record gives as fields: its date, issuer and subject (the page is about it, and
    its body's "UBND huyện ban hành Kế hoạch … với các nội dung chủ yếu sau:" names it again)."""
    text = scan.text
    cited.issued = True
    if scan.printed is None:
        scan.printed = cited
    line = text.find("\n", cited.end) + 1
    for _ in range(_FIELD_LINES):
        field = _FIELD.match(text, line) if line else None
        if field is None:
            return
        label, value_at = fold(field.group("label")), field.start("value")
        if label in _NUMBER_LABELS:
            return
        if label == "ngày ban hành" and cited.date is None and (found := date_at(text, value_at, None)):
            cited.date = found.iso
        elif label == "cơ quan ban hành" and cited.issuer is None and (body := issuer_at(text, value_at, scan.article)):
            cited.issuer = body.issuer
        elif label == "trích yếu" and field.group("value").strip():
            # "Quyết định ban hành Kế hoạch …": the record's own noun, then what it issues (that is the record)
            own_noun = text.startswith(cited.type, value_at) and cited.type
            cited.title, cited.anchor = field.group("value").strip(), value_at + len(own_noun or "")
            cited.own_title, cited.cover_end = True, field.end()
        line = text.find("\n", field.end()) + 1


_NUMBER_LABELS = frozenset(fold(w) for w in cues("number_field"))


_MOTTO = re.compile(rf"[ ]*(?:{_MOTTOS})[ ]*")


def _header_issuer(scan: _Scan, line_start: int) -> Issuer | None:
    """The nearest line above the number that names a body whole, alone or after the line above
    it ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN")."""
    lines = scan.text[:max(line_start, 0)].split("\n")[-_HEADER_LINES:]
    lines = [_MOTTO.sub("", line).strip() for line in lines]  # the right column flattened onto the same lines
    for i in range(len(lines) - 1, -1, -1):
        for candidate in ([f"{lines[i - 1]} {lines[i]}"] if i else []) + [lines[i]]:
            found = issuer_at(candidate, 0, scan.article) if candidate.isupper() else None
            if found is not None and found.end == len(candidate):
                return found.issuer
    return None


# --- the whole text -----------------------------------------------------------------------

# a document named, then said to be what an unnumbered noun names: "Nghị quyết số 138/NQ-CP ngày 16/5/2025 của
# Chính phủ là Chương trình hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW"
_COPULA = re.compile(r"[ ]*,?[ ]*(?:chính[ ]+)?là[ ]+")


# a decision's signer named as the agent of the passive before it: "Đề án …, được UBND tỉnh phê duyệt tại Quyết định số
# 2570/QĐ-UBND", "… được Thủ tướng Chính phủ ban hành theo Quyết định số …"
_APPROVED_AT_ENDS = ("tại ", "theo ")
_APPROVED_AT = re.compile(r"(?<![^\W\d_])được[ ]+(?P<body>(?:(?!được[ ]).){3,80}?)[ ]+(?:phê duyệt|ban hành)[ ]+(?:tại|theo)[ ]+\Z")
_APPROVED_WINDOW = 110


def _approver_signs(scan: _Scan, c: Citation) -> None:
    """The body a document is "được … phê duyệt tại" a decision by signed that decision ("UBND thị xã xây dựng Đề án
    nâng cấp đô thị …, được UBND tỉnh phê duyệt tại Quyết định số 2570/QĐ-UBND" is the province's decision, not the
    town's: an unnamed "UBND" is else the article's place's)."""
    agent = _APPROVED_AT.search(scan.text, max(0, c.start - _APPROVED_WINDOW), c.start)
    body = issuer_at(scan.text, agent.start("body"), scan.article) if agent else None
    if body is not None and body.end == agent.end("body"):
        c.issuer = body.issuer


def _finish(scan: _Scan, headline_end: int) -> None:
    """Links that need every citation: nested descriptions, short names, cataphors, the headline."""
    text, cites = scan.text, scan.citations
    starts = [c.start for c in cites]
    for i, c in enumerate(cites):
        c.headline = c.start < headline_end
        if c.form == "numbered" and c.issuer is None and text.endswith(_APPROVED_AT_ENDS, max(0, c.start - 8), c.start):
            _approver_signs(scan, c)
        if (not c.issued and c.form != "ref" or c.ref == "issuer") and text.find("được", c.end, c.end + 60) != -1:
            c.issued = c.issued or _ISSUED_AFTER.match(text, c.end) is not None
        if c.nested_at is not None:
            j = bisect.bisect_left(starts, c.nested_at)
            if j < len(cites) and cites[j].start == c.nested_at:
                inner = cites[j]
                c.end, c.cover_end = inner.end, max(c.cover_end, inner.cover_end)
                c.title = text[c.head_end:inner.head_end].strip()
        if (c.form == "new" or c.ref == "issuer") and i and approved_by(text, cites[i - 1], c):
            c.alias_of = i - 1  # its title is the decision's: "phê duyệt Kế hoạch …"
            c.title = cites[i - 1].title if c.start < cites[i - 1].cover_end else \
                _TITLE_OPENER.sub("", text[cites[i - 1].cover_end:c.cover_end].strip(" ,"))
            continue
        if c.form == "new" and i and (decision := _carried_beside(text, cites, i)) is not None:
            c.alias_of = decision  # "… ban hành Quy chế giám sát …; Quy định về việc …": the decisions' second document
            continue
        if c.form == "new" and _introduces_itself(scan, c):
            c.alias_of = cites.index(scan.printed)  # "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:"
            continue
        if (c.form == "new" or c.ref in ("issuer", "titled") or _named_by_its_decision(text, c, cites, i)) \
                and i + 1 < len(cites) and _carried_by(text, c, cites[i + 1]):
            c.alias_of = i + 1  # "Quy chế làm việc (ban hành kèm theo Quyết định số 05-QĐ/TU)"
            continue
        if (c.form == "new" or c.ref == "issuer") and i + 2 < len(cites) \
                and _carried_past_its_object(text, c, cites[i + 1], cites[i + 2]):
            c.alias_of = i + 2
            if (cue := _title_run_on_to(text, c, cites[i + 1], cites[i + 2])) is not None:
                _end_title_at(text, cites[i + 1], cue)
            continue
        if (c.form == "new" or c.ref == "issuer") and "(" in text[max(c.end, c.cover_end):max(c.end, c.cover_end) + 3] \
                and (k := bisect.bisect_left(starts, max(c.end, c.cover_end))) < len(cites) \
                and cites[k].symbol is not None and cites[k].type_code == c.type_code \
                and _NUMBER_ASIDE_AFTER.fullmatch(text, max(c.end, c.cover_end), cites[k].start):
            # "Kế hoạch của Ban Thường vụ Tỉnh ủy (Số: 187-KH/TU)", "Kế hoạch thực hiện Chỉ thị số 35-CT/TW (số
            # 112-KH/HU, ngày 2/8/2024)": its number in brackets after its description
            c.alias_of = k
            continue
        if (c.form == "new" or c.ref == "issuer") and (bracket := _own_number_bracket(text, cites, i)) is not None:
            c.alias_of = i + 1  # "Nghị quyết chuyên đề về … (Nghị quyết số 18-NQ/TU)": its number, in brackets
            _end_description_at(text, c, bracket)
            continue
        if c.ref == "bare" and (bracket := _number_bracket_after_description(text, cites, i)) is not None:
            c.alias_of = i + 1  # "Đảng ủy xã xây dựng Kế hoạch kiểm tra, giám sát năm 2025 (số 03-KH/ĐU)"
            c.end = c.cover_end = len(text[:bracket].rstrip())
            continue
        if c.type_code == "KL" and c.number is None and (c.form == "new" or c.ref == "issuer") and i + 1 < len(cites) \
                and cites[i + 1].form == "numbered" and _STATED_IN.fullmatch(text, c.end, cites[i + 1].start):
            c.alias_of = i + 1  # "kết luận của Phó Thủ tướng … tại Thông báo số 250/TB-VPCP": the notice that states it
            continue
        if (c.form == "new" or c.ref == "issuer") and i and cites[i - 1].form == "numbered" \
                and _COPULA.fullmatch(text, max(cites[i - 1].cover_end, cites[i - 1].end), c.start):
            c.alias_of = i - 1  # "Nghị quyết số 138/NQ-CP … là Chương trình hành động … thực hiện B": one document
            continue
        alias_window = max(0, c.start - 30)  # "(gọi tắt là …": the bracket is the cheap test
        if text.find("(", alias_window, c.start) != -1 and word_before(text, c.start)[0] == "là" \
                and _ALIAS_BEFORE.search(text, alias_window, c.start):
            named = [k for k in range(i - 1, -1, -1) if cites[k].cover_end <= c.start + 1 and cites[k].form != "ref"]
            # of the sentence's documents, the one of the short name's type: "Kế hoạch thực hiện Chương trình số
            # 06-CTr/TU … (gọi tắt là Kế hoạch 82)" names the plan, not the programme in its title
            opening = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start))
            c.alias_of = next((k for k in named if cites[k].start > opening and cites[k].type == c.type),
                              named[0] if named else None)
        if c.ref == "cataphor":
            end = sentence_end(text, c.end)
            for k in range(i + 1, len(cites)):
                if cites[k].start > end:
                    break
                if text[cites[k].start - 1:cites[k].start] == "(" and cites[k].form == "numbered":
                    c.target = k
                    break
            verb = _issuing_verb(text, c.start)  # "UBND tỉnh vừa có văn bản …"
            if verb is not None:
                c.issued = True
                _issuing_clause(scan, c, verb)


# "… như sau:", "…, cụ thể như sau:", "… với những nội dung sau:"
_AS_FOLLOWS = re.compile(
    r"[ ]*,?(?:[ ]+(?:cụ thể|(?:với|gồm)[ ]+(?:các|những)[ ]+nội dung(?:[ ]+(?:cụ thể|chủ yếu))?))?[ ]+(?:như[ ]+)?sau[ ]*:|[ ]*:"
)
_ANNOUNCED = re.compile(rf"(?:[ ]+[^\s,.;:!?()“”\"]+){{0,{_DESCRIPTION_MAX_WORDS}}}?(?:{_AS_FOLLOWS.pattern})")
_OWN = re.compile(rf"[ ]+(?:{_cue_pattern('own')})(?![^\W\d_])")  # "kế hoạch riêng": the subject's own
# "… xây dựng chương trình hành động của cấp mình": one each body makes, none named
_EACH_OWN = re.compile(rf"(?:[ ]+[^\W\d_]+,?){{0,4}}?[ ]+(?:{_cue_pattern('each_own')})(?![^\W\d_])"
                       # "… ban hành kế hoạch thực hiện Hiệp định của bộ, ngành, địa phương mình": whoever owns it, a
                       # reflexive owner is each of the subject's bodies
                       rf"|(?:[ ]+[^\W\d_]+){{0,6}}?[ ]+của(?:[ ]+[^\W\d_]+,?){{1,4}}?[ ]+(?:{_cue_pattern('own_self')})(?![^\W\d_])")


def _introduces_itself(scan: _Scan, c: Citation) -> bool:
    """The printed document's preamble names it: a new document of its type whose description
    ends in "như sau:" or a colon; so does the page's lead, which announces it ("Ban Thường vụ
    Tỉnh ủy vừa ban hành Kế hoạch thực hiện Kết luận số 69-KL/TW …. Báo trân trọng giới thiệu toàn văn")."""
    printed = scan.printed
    if printed is None or c.type_code != printed.type_code:
        return False
    if c.start < printed.start:
        return c.issued and not c.headline
    if c.start < printed.end:
        return False
    end = max(c.end, c.cover_end)
    # its description may run past a document it names: "Chương trình hành động thực hiện Nghị quyết như sau:"
    return scan.text.endswith("như sau", c.start, end) and scan.text.startswith(":", end) \
        or _ANNOUNCED.match(scan.text, end) is not None


_APPROVING = re.compile(rf"[ ]*,?[ ]*(?:{_cue_pattern('approve')})[ ]+")
_APPROVED_ABOUT = re.compile(rf"[ ]*,?[ ]*(?:{_cue_pattern('approve_about')})[ ]+")
_CARRIERS = set(cues("carrier"))


# what sets a second document a decision's title issues beside the first, past the rest of the first's name: "… ban
# hành Quy chế giám sát và phản biện xã hội của …; Quy định về …"
_BESIDE_CARRIED = re.compile(r"[^.;:\n()]{0,200}?[ ]*(?:;|,?[ ]+và)[ ]+")


def _carried_beside(text: str, cites: list[Citation], i: int) -> int | None:
    """The decision whose title issues the unnumbered document `cites[i]` after another it issues, as a pair ("Quyết
    định số 217-QĐ/TW, 218-QĐ/TW … ban hành Quy chế giám sát …; Quy định về việc …"): that document is the decision's
    too, not a third one (corpus/README)."""
    c, first = cites[i], cites[i - 1]
    if c.type not in _ISSUED_AT_TYPES or first.form != "new" or first.alias_of is None or first.alias_of >= i - 1 \
            or not _BESIDE_CARRIED.fullmatch(text, max(first.end, first.cover_end), c.start):
        return None
    return first.alias_of if approved_by(text, cites[first.alias_of], first) else None


def approved_by(text: str, decision: Citation, c: Citation) -> bool:
    """"Quyết định số 1234/QĐ-UBND ngày 12/5/2023 phê duyệt Kế hoạch thực hiện …", "Nghị quyết số
    139/NQ-CP ban hành Chương trình hành động của Chính phủ …", "Quyết định số 312/QĐ-BCT về Kế hoạch
    hành động của Bộ Công Thương …" (the decision's title): the plan a decision approves, issues or
    is about is that decision (a document attached to a Quyết định is the Quyết định, corpus/README);
    so is one a decision named by its issuer alone issues ("Nghị quyết của Chính phủ ban hành Chương trình
    hành động …": the Government's resolution, which the article gives no number)."""
    if not (decision.form == "numbered" or decision.ref == "issuer") or decision.type not in _CARRIERS:
        return False
    if decision.own_title and c.start < decision.cover_end:  # "… về Kế hoạch …"; a record's "Trích yếu: Quyết định ban hành Kế hoạch …"
        return _APPROVED_ABOUT.fullmatch(text, decision.anchor, c.start) is not None \
            or _APPROVING.fullmatch(text, decision.anchor, c.start) is not None
    return _APPROVING.fullmatch(text, decision.cover_end, c.start) is not None


def _named_by_its_decision(text: str, c: Citation, cites: list[Citation], i: int) -> bool:
    """A scheme named by the number of the decision after it ("Đề án 06 được Thủ tướng Chính phủ phê duyệt tại
    Quyết định số 06/QĐ-TTg", "Đề án 06 (ban hành kèm theo Quyết định số 06/QĐ-TTg)"): the decision is its carrier,
    as when the decision is named first ("Quyết định số 06/QĐ-TTg phê duyệt Đề án 06", references)."""
    decision = cites[i + 1] if i + 1 < len(cites) else None
    return c.form == "numbered" and c.type_code == "ĐA" and c.symbol is None and decision is not None \
        and decision.symbol is not None and bool(decision.number) and (
            number_key(decision.number) == number_key(c.number)
            # … or by another number, said approved at it right after ("Đề án 30a được phê duyệt tại Quyết định số
            # 1187/QĐ-UBND": a province's scheme named after the Government's programme)
            or decision.type == "Quyết định" and _APPROVED_AT_RIGHT_AFTER.fullmatch(text, c.end, decision.start) is not None)


_APPROVED_AT_RIGHT_AFTER = re.compile(rf"[ ]+{_APPROVED_AT_WORDS}")


# … after the rest of its name: "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh
# ủy, Thường trực Tỉnh ủy khóa XVI, nhiệm kỳ 2020 - 2025 ban hành kèm theo Quyết định số 02-QĐ/TU", or in brackets
# after it: "… khóa XXII, nhiệm kỳ 2020 - 2025 (ban hành kèm theo Quyết định số 05-QĐ/HU …)"
# a bracketed aside inside the name, its term or its period: "Quy chế làm việc của Tỉnh ủy (khóa XVI) ban hành kèm
# theo …", "Quy định Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) trên địa bàn tỉnh ban hành kèm theo …"
# (not one a comma closes: "Quy chế làm việc … (sửa đổi), thay thế quy chế ban hành kèm theo B" is a second clause)
NAME_ASIDE = r"\([^().;:\n]{1,40}\)(?![ ]*,)"
# (possessive spaces: a run of spaces, as a page laid out in columns has, is tried once, not once for each of its
# splits: 400 spaces took 0.2 s a match); a dot inside an abbreviated name is no stop ("Đề án “…” được UBND TP.HCM
# phê duyệt tại Quyết định số 2566/QĐ-UBND")
_CARRIED = re.compile(rf"(?:[ ]*+,?[ ]*+\(?|(?:[^.;:\n()]|(?<=[^\W\d_])\.(?=[^\W\d_])|{NAME_ASIDE}){{1,150}}?\(?)[ ]*+"
                      rf"(?:{_cue_pattern('carried_by', either_case=True)})[ ]+")


# a document's own noun and number in brackets after its description: "… giai đoạn 2024-2025 (Nghị quyết số 18-NQ/TU)"
_BRACKET_OPENS = re.compile(r"\([ ]*\Z")
_BRACKET_CLOSES = re.compile(r"[ ]*\)")


def _own_number_bracket(text: str, cites: list[Citation], i: int) -> int | None:
    """Where the bracket opens that holds an unnumbered document's own noun and number after its description, or None:
    "Nghị quyết chuyên đề về tăng cường công tác kiểm tra giai đoạn 2024-2025 (Nghị quyết số 18-NQ/TU)" is resolution
    18. Only the next citation, numbered and of the same type, alone in the bracket."""
    c, named = cites[i], _numbered_next_bracketed(text, cites, i)
    if named is None or named.type != c.type:
        return None
    opening = _BRACKET_OPENS.search(text, max(0, named.start - 3), named.start)
    if opening is None or opening.start() < c.head_end or text[max(c.end, c.cover_end):opening.start()].strip():
        return None
    return opening.start()


def _numbered_next_bracketed(text: str, cites: list[Citation], i: int) -> Citation | None:
    """The citation after the unnumbered `cites[i]`, if it is numbered with a symbol and a bracket closes right after
    it: the number the document is given in brackets after its description."""
    if cites[i].number is not None or i + 1 >= len(cites):
        return None
    named = cites[i + 1]
    if named.form != "numbered" or named.symbol is None or not _BRACKET_CLOSES.match(text, max(named.end, named.cover_end)):
        return None
    return named


_DESCRIPTION_STRETCH = re.compile(r"[^.;:!?()\n“”\"]{0,120}")
_NUMBER_IN_BRACKET = re.compile(rf"\([ ]*(?:{NUMBER_WORD}[ ]*:?[ ]*)?")


def _number_bracket_after_description(text: str, cites: list[Citation], i: int) -> int | None:
    """Where the bracket opens that numbers a capitalised bare noun after the words that describe it, or None: "Đảng ủy
    xã xây dựng Kế hoạch kiểm tra, giám sát năm 2025 (số 03-KH/ĐU)" names plan 03, however its verb reads (a bare
    "xây dựng" is else a plan still to be made). Only the next citation, numbered, of the same type code."""
    c = cites[i]
    if not text[c.start].isupper() or (named := _numbered_next_bracketed(text, cites, i)) is None \
            or c.type_code is None or named.type_code != c.type_code:
        return None
    opening = text.rfind("(", c.end, named.start)
    if opening == -1 or not _NUMBER_IN_BRACKET.fullmatch(text, opening, named.start) \
            or not _DESCRIPTION_STRETCH.fullmatch(text, c.end, opening):
        return None
    return opening


def _end_description_at(text: str, c: Citation, bracket: int) -> None:
    """The description (mention, title, cover) of `c` ends before the bracket at `bracket`."""
    end = len(text[:bracket].rstrip())
    if c.title and c.end > end:
        c.title = c.title[:len(c.title) - (c.end - end)].rstrip() or None
    c.end, c.cover_end = min(c.end, end), min(c.cover_end, end)


# what a person concludes, named before the notice that states it: "Thực hiện kết luận của Phó Thủ tướng Chính phủ
# Trần Lưu Quang tại Thông báo số 250/TB-VPCP …" (his name, then "tại")
_STATED_IN = re.compile(rf"(?:[ ]+[{UPPER}][^\W\d_]*){{0,4}}[ ]*,?[ ]+tại[ ]+")


def _carried_past_its_object(text: str, c: Citation, inner: Citation, decision: Citation) -> bool:
    """"Chương trình hành động của Chính phủ thực hiện Nghị quyết 57-NQ/TW ban hành kèm theo Nghị quyết số
    03/NQ-CP": the document its description names lies between it and the decision that carries it; its mention may
    run on over it ("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị kèm theo Quyết định số 123/QĐ-UBND",
    "Kế hoạch triển khai Đề án 06 trên địa bàn thị xã năm 2023 được ban hành kèm theo Quyết định số 245/QĐ-UBND")."""
    end = max(c.end, c.cover_end)
    runs_over = c.nested_at == inner.start or c.start < inner.start < c.end  # the object named inside A's mention
    if not (decision.form == "numbered" and decision.type in _CARRIERS and (c.end <= inner.start or runs_over)
            and inner.end <= decision.start and end <= decision.start):
        return False
    if max(inner.end, inner.cover_end) <= decision.start:
        return _CARRIED.fullmatch(text, c.end, decision.start) is not None
    return _title_run_on_to(text, c, inner, decision) is not None


# what links a document to the one its description carries out: "Chương trình hành động của Chính phủ thực hiện "
_OBJECT_LINK = re.compile(r"[^.;:\n()“”\"]{1,40}")
_CARRIED_CUE_ENDING = re.compile(rf"[ ]*+,?[ ]*+\(?[ ]*+(?:{_cue_pattern('carried_by', either_case=True)})[ ]+$")
_CARRIED_IN_TITLE = re.compile(rf"(?:{phrase_pattern(cues('carried_in_title'))}){_WORD_END}")


def _title_run_on_to(text: str, c: Citation, inner: Citation, decision: Citation) -> re.Match | None:
    """"… Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị về
    đột phá … chuyển đổi số quốc gia ban hành kèm theo Nghị quyết số 03/NQ-CP": the object's title ran on to the
    decision, which carries the programme, not the title; the cue ("ban hành kèm theo") where its title ends, or None.
    A title naming what a decision carries keeps it ("… về sửa đổi Quy chế … ban hành kèm theo Quyết định số 3/…")."""
    if max(inner.end, inner.cover_end) <= decision.start or _OBJECT_LINK.fullmatch(text, c.end, inner.start) is None \
            or _CARRIED.fullmatch(text, inner.end, decision.start) is None:
        return None
    cue = _CARRIED_CUE_ENDING.search(text, inner.end, decision.start)
    if cue is None or _CARRIED_IN_TITLE.search(text, inner.end, cue.start()) is not None:
        return None
    return cue


def _end_title_at(text: str, inner: Citation, cue: re.Match) -> None:
    """The object's title and cover end where the cue that names the carrying decision starts."""
    if inner.title and (cut := inner.title.find(text[cue.start():cue.end()].strip(" ,("))) > 0:
        inner.title = inner.title[:cut].strip(" ,(")
    inner.cover_end = cue.start()


def _carried_by(text: str, c: Citation, decision: Citation) -> bool:
    """"Quy chế làm việc (ban hành kèm theo Quyết định số 05-QĐ/TU …)": the document attached to a
    decision is that decision, named after it; so is a scheme or a plan with a decision alone in
    brackets after it ("Đề án chuyển đổi số huyện … giai đoạn 2022-2025 (Quyết định số 3125/QĐ-UBND
    ngày 30/12/2021)", "Đề án 06 của Chính phủ (Quyết định số 06/QĐ-TTg …)")."""
    end = max(c.end, c.cover_end)
    if end > decision.start:  # the decision is inside its description: "Quy chế làm việc kèm theo Quyết định số …"
        end = c.end if c.end <= decision.start else c.head_end
    if decision.form != "numbered" or decision.type not in _CARRIERS:
        return False
    if _CARRIED.fullmatch(text, end, decision.start) is not None:
        return True
    if decision.type == "Quyết định" and text.endswith("phê duyệt ", 0, c.start) \
            and _APPROVED_NAMED_AT.fullmatch(text, end, decision.start) is not None:
        return True  # "UBND huyện đã phê duyệt Đề án phát triển du lịch … tại Quyết định số 2140/QĐ-UBND …"
    if decision.type == "Quyết định" and c.type in _ISSUED_AT_TYPES and text.endswith("ban hành ", 0, c.start) \
            and _ISSUED_NAMED_AT.fullmatch(text, end, decision.start) is not None:
        return True  # "… ban hành Quy chế hoạt động của Ban Chỉ đạo tại Quyết định số 1325-QĐ/HU"
    if decision.type == "Quyết định" and c.type_code == "ĐA" and _SCHEME_UNDER.fullmatch(text, end, decision.start):
        return True  # "thực hiện Đề án "Xây dựng xã … không ma túy" theo Quyết định số 1255/QĐ-UBND …"
    return decision.type == "Quyết định" and c.type != decision.type \
        and _BRACKET_ALONE.fullmatch(text, end, decision.start) is not None \
        and text.startswith(")", max(decision.end, decision.cover_end))


# what a decision approved, named between the verb and the decision: "… đã phê duyệt Đề án … giai đoạn 2021-2025 tại
# Quyết định số 2140/QĐ-UBND"
_APPROVED_NAMED_AT = re.compile(r"[^.;:\n()“”\"]{0,150}?[ ]+(?:tại|bằng)[ ]+")


# … or issued there: the rule or scheme a decision carries, named between "ban hành" and the decision ("… ban hành Quy
# chế hoạt động của Ban Chỉ đạo tại Quyết định số …"); not a plan, which carries out what a decision sets ("ban hành Kế
# hoạch thực hiện các nhiệm vụ nêu tại Quyết định số …")
_ISSUED_AT_TYPES = set(cues("carried_in_title"))
_ISSUED_NAMED_AT = re.compile(r"[^.;:\n()“”\"]{0,100}?[ ]+tại[ ]+")
# a scheme named then the decision it is under: "Đề án "…" theo Quyết định số 1255/QĐ-UBND" (the decision approved it)
_SCHEME_UNDER = re.compile(rf"[ ]*,?[ ]*(?:{_cue_pattern('scheme_under')})[ ]+")


# the rest of its name may come first, as the title stops at a comma: "Đề án phát triển đô thị … theo hướng xanh, bền
# vững (Quyết định số 1250/QĐ-UBND …)"
_BRACKET_ALONE = re.compile(r"[^.;:\n()“”\"]{0,80}?[ ]*\([ ]*")


# "Ngày 24/12/2021, …" or a news lead's "Ngày 8/9, …" (the year is the article's): `date_at`
# reads "ngày" itself, as a partial date needs it
# a news lead's byline: "(Báo Nghệ An) - ", "(21/11/2019) ", or a paper's name with a dash, "QĐND - ", "Baohatinh.vn - "
# "(QBĐT) - ", "QĐND - ", "Cổng TTĐT huyện Kỳ Anh - ", or an outlet's initials with the dash against them, "GLO- ";
# a place with its province or the day: "Yên Thành (Nghệ An) - ", "Hàm Yên, 03/10/2014 - ", "Hậu Giang, ngày 18/9/2023 - ";
# the day alone: "Ngày 24/8/2023 - " (not a range of days: "Ngày 24/8/2023 - 30/8/2023, …")
# … perhaps after the page's stamp, its weekday, day and time: "Thứ Ba, 11/02/2025 | 16:40 (BĐ) - ", "Thứ Hai, 17/02/2025 -
# 07:45 Báo Quảng Ninh - ", "Thứ Bảy, 14/12/2024, 07:00 (GMT+7) Báo Hải Phòng điện tử - "
_PAGE_STAMP = (rf"(?:(?:{_cue_pattern('weekday', either_case=True)}),?[ ]+\d{{1,2}}/\d{{1,2}}/\d{{4}}"
               r"(?:[ ]*[-–|,]?[ ]*\d{1,2}:\d{2}(?:[ ]*\(GMT[ ]*[+]\d{1,2}\))?)?[ ]*(?:[-–|][ ]*)?)?")
BYLINE = (_PAGE_STAMP + r"(?:\([^()\n]{0,30}\)\s*(?:[-–]\s*)?|[Nn]gày[ ]+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[ ]+[-–][ ]+(?!\d)"
          r"|[^\W\d_]+(?:[.-][^\W\d_]+)*(?:[ ][^\W\d_]+){0,4}"
          # a name of two parts joined by a dash, before its day or bracket: "Bà Rịa - Vũng Tàu, 18/8/2014 - ",
          # "Phan Rang - Tháp Chàm (Ninh Thuận) - ", "Baria-Vungtau Online, 10/3/2021 - "
          r"(?:[ ][-–][ ][^\W\d_]+(?:[ ][^\W\d_]+){0,3}(?=,[ ](?:ngày[ ]+)?\d|[ ]\())?"
          r"(?:[ ]\d{1,2}(?=[ ]+[-–(]))?"  # a numbered urban district's: "Quận 8 - ", "Quận 3 (TP Hồ Chí Minh) - "
          # (not a document number spaced from its code: "Thực hiện Chỉ thị số 35 - CT/TW …" opens with no byline)
          r"(?:[ ]\([^()\n\d]{2,30}\)|,[ ](?:ngày[ ]+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?[ ]+[-–][ ]+(?![^\W\d_]{1,6}/)"
          rf"|[{UPPER}]{{2,8}}[-–][ ]+)")
_BYLINE_AT = re.compile(rf"\s*{BYLINE}")
# a day named by its weekday or from the article's stands for "ngày" ("Thứ Hai (3/4), …", "Sáng nay (3/4), …")
_NAMED_DAY = (rf"(?:(?:{_cue_pattern('time_of_day', either_case=True)})[ ]+)?(?:[Nn]gày[ ]+)?"
              rf"(?:{_cue_pattern('weekday', either_case=True)}){_WORD_END}[ ]*,?[ ]*(?=[(\d]|ngày[ ]*\d)"
              rf"|(?:{_cue_pattern('relative_day', either_case=True)})[ ]*(?=\()")
# the mark a paragraph of news may open with, a section's or a list item's: "* Cùng ngày, …", "- Ngày 5/9, …"
_PARAGRAPH_MARK = r"(?:[*•+–-][ ]*)?"
_DATELINE = re.compile(
    # "Vào ngày …", "Đến ngày 26/6/2024, Quốc hội ban hành …" (the step a history comes to)
    rf"\s*{_PARAGRAPH_MARK}(?:{BYLINE})?(?:(?:{_cue_pattern('date_opener', either_case=True)})[ ]*,[ ]*)?(?:(?:[Vv]ào|[Đđ]ến)[ ]+)?"
    rf"(?:(?:{_cue_pattern('within_day', either_case=True)})[ ]+)?"  # "Cũng trong chiều 15/11, …"
    rf"(?:(?P<day>{_NAMED_DAY})"
    rf"|(?:{_cue_pattern('time_of_day', either_case=True)})[ ]+(?:ngày[ ]+)?(?=\d)|(?=[Nn]gày[ ]+))"
)
_DATELINE_CLOSE = re.compile(r"(?:[ ]+vừa qua)?[ ]*,")  # "Ngày 15/5/2023 vừa qua, …"
_ONLY_SPACES = re.compile(r"[ ]*")
# "…, ngày 3/3/2025 …", "…, chiều 19/9/2024, Chủ tịch UBND tỉnh ký …" (a time of day stands for "ngày"), "…, thứ Năm
# (14/12), UBND tỉnh …"; after a speaker's colon too ("Đồng chí Bí thư thông tin: ngày 15-5-2016, Bộ Chính trị đã ban
# hành …")
_CLAUSE_DATE = re.compile(rf"[,:][ ]*(?:(?:{_cue_pattern('within_day')})[ ]+)?"  # "…, ngay trong tối 15/11, …"
                          rf"(?:(?P<day>{_NAMED_DAY})|(?:{_cue_pattern('time_of_day')})[ ]+(?=\d)|(?=ngày[ ]+\d)"
                          rf"|(?<=:)[ ]*(?=Ngày[ ]+\d))")
_SAME_DAY = re.compile(rf"\s*{_PARAGRAPH_MARK}(?:{_cue_pattern('same_day', either_case=True)})[ ]*,")
_SAME_DAY_AFTER = re.compile(rf"[ ]+(?:{_cue_pattern('same_day')}){_WORD_END}")


def _full_date_opening_clause(scan: _Scan, pos: int) -> DateMatch | None:
    """A full date at `pos` with the subject and its issuing verb straight after it ("Ngày
    10/3/2025 Ban Thường vụ Huyện ủy ban hành …"; a partial one may be anything's)."""
    found = date_at(scan.text, pos, None)
    return found if found and found.iso and _opens_issuing_clause(scan, found.end) else None


def _clause_date(scan: _Scan, start: int, verb_start: int) -> str | None:
    """The date that opens the clause of the issuing verb after a comma, a full one with the subject
    straight after it ("…, ngày 3/3/2025 Tỉnh ủy ban hành") or any after a comma of its own when no
    cited document took the date ("Để triển khai Thông tư, ngày 20/2/2025, UBND tỉnh ban hành";
    not "Thực hiện Nghị quyết số 57-NQ/TW, ngày 3/3/2025, Tỉnh ủy ban hành", the resolution's)."""
    text = scan.text
    for opening in _CLAUSE_DATE.finditer(text, start, verb_start):
        found = _full_date_opening_clause(scan, opening.end())
        # no comma between the subject after the date and the verb (the subject may list bodies: "…, ngày
        # 14/2/2025, Bộ Chính trị, Ban Bí thư ban hành")
        if found and text.find(",", _subject_end(scan, found.end) or found.end + 1, verb_start) == -1:
            return found.iso
        # a partial date takes the article's year here, set off by commas before the subject that issues ("Thực hiện
        # Công điện số 21/CĐ-TTg …, ngày 5/11, Chủ tịch UBND tỉnh ký …"); a time of day stands for "ngày"
        found = _dated(scan, opening.end(),
                        day_named=text[opening.end()].isdigit() or opening.group("day") is not None)
        if found and found.iso and text.startswith(",", found.end) \
                and text.find(",", _subject_end(scan, found.end + 1) or found.end + 1, verb_start) == -1 \
                and _opens_issuing_clause(scan, found.end + 1) \
                and not any(c.start < opening.start() < c.end for c in scan.citations):
            return found.iso
    return None


_ON_BEHALF = re.compile(r"(?:[Tt]hay mặt|T/M)[ ]+")
_IN_TURN = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('in_turn')})[ ]+\Z")  # "lần lượt" right before the verb


def _body_in_turn(scan: _Scan, start: int, verb_start: int, cited: Citation) -> IssuerMatch | None:
    """"HĐND huyện Lệ Thủy và HĐND huyện Quảng Ninh lần lượt thông qua A1 và A2", "Ban Thường vụ Tỉnh ủy và Ban Thường
    vụ Huyện ủy lần lượt ban hành A1 và A2": bodies named in turn issue in turn, the first document the first body's."""
    text = scan.text
    turn = _IN_TURN.search(text, max(start, verb_start - _IN_TURN_CHARS), verb_start)
    if turn is None:
        return None
    for clause in _subject_clauses(text, start, turn.start()):
        bodies = [body] if (body := issuer_at(text, clause, scan.article)) is not None else []
        while bodies and (joint := _BODY_AFTER.match(text, bodies[-1].end, turn.start())) is not None \
                and (other := issuer_at(text, joint.end(), scan.article)) is not None and other.end <= turn.start():
            bodies.append(other)
        if len(bodies) > 1 and _BEFORE_VERB.fullmatch(text, bodies[-1].end, turn.start()) is not None:
            issued_before = _issued_since(scan, verb_start, cited)
            return bodies[issued_before] if issued_before < len(bodies) else None
    return None


_IN_TURN_CHARS = len("lần lượt ")


def _issued_since(scan: _Scan, verb_start: int, cited: Citation) -> int:
    """How many documents the verb at `verb_start` issued before `cited` (its first is 0)."""
    return sum(1 for c in scan.citations if verb_start < c.start < cited.start and c.issued)


def _on_behalf_of(scan: _Scan, start: int, verb_start: int) -> IssuerMatch | None:
    """"Ngày 12/3/2024, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Bí thư … ký ban hành Chỉ thị …": the
    body a signer signs for issues the document."""
    behalf = _ON_BEHALF.search(scan.text, start, verb_start)
    return issuer_at(scan.text, behalf.end(), scan.article) if behalf else None


def _date_before_verb(scan: _Scan, start: int, verb_start: int) -> str | None:
    """A full date straight before the issuing verb, in no citation of its own."""
    at = scan.text.rfind("ngày", max(start, verb_start - _DATE_BEFORE_VERB_CHARS), verb_start)
    if at == -1 or any(c.start <= at < c.end for c in scan.citations[-3:]):
        return None
    found = date_at(scan.text, at, None)
    return found.iso if found and _ONLY_SPACES.fullmatch(scan.text, found.end, verb_start) else None


_DATE_BEFORE_VERB_CHARS = 30  # "ngày 20 tháng 12 năm 2024 "


_ON_DAY_AFTER = re.compile(r"[ ]+vào[ ]+(?=ngày[ ]*\d)")


def _issuing_clause(scan: _Scan, cited: Citation, verb_start: int) -> None:
    """"Ngày 24/12/2021, Ban Thường vụ Thành ủy … ban hành Kế hoạch số 88-KH/TU": the subject
    issued the document, on the date the sentence opens with."""
    text = scan.text
    start = sentence_start(text, verb_start)
    # "Công an tỉnh đã tham mưu cho Tỉnh ủy … chương trình": the subject advised, the body after "cho" issues
    if cited.issuer is None and text.find(" cho ", verb_start, cited.start) == -1:
        found = _on_behalf_of(scan, start, verb_start) or _body_in_turn(scan, start, verb_start, cited) or issuer_before(
            text, start, verb_start, scan.article, cited.symbol.issuer_code if cited.symbol else None)
        subject_end = verb_start
        if found is None and (inserted := _INSERTED_LEAD.search(text, start, verb_start)) is not None:
            # "UBND huyện, thực hiện Kế hoạch số 18-KH/TU của Tỉnh ủy, đã ban hành …": the subject before the lead
            subject_end = inserted.start()
            found = issuer_before(text, start, subject_end, scan.article, cited.symbol.issuer_code if cited.symbol else None)
        if found is None:
            found = _subject_of_predicate_before(scan, start, verb_start)
        if found is None and _SESSION_SUBJECT.fullmatch(text, _after_byline(text, start, verb_start), verb_start):
            found = _council_of_session(scan, verb_start)
        if found is not None:
            cited.issuer = _placed_in_sentence(scan, found, found.start).issuer
        elif (speaker := _speaker_body(scan, start, verb_start)) is not None:
            cited.issuer = speaker  # "Bí thư Thành ủy Tuyên Quang: Chúng tôi đã ban hành Kế hoạch số 120-KH/TU …"
        else:  # "Tỉnh Quảng Ninh cũng ban hành Kế hoạch số 44/KH-UBND": a place's body, which the code names
            cited.issuer = place_subject(text, start, subject_end, scan.article,
                                         cited.symbol.issuer_code if cited.symbol else None)
        if cited.issuer is None and text.startswith("; ", start - 2) and _GOES_ON_AT.match(text, start):
            # "Ban Thường vụ LĐLĐ tỉnh đã ban hành A; đồng thời ký Quy chế phối hợp số 02/QCPH-… với Sở …": the subject
            # of the clause before
            first = _first_clause(text, start)
            cited.issuer = next((c.issuer for c in reversed(scan.citations)
                                 if first <= c.start < start and c.issued and c.issuer), None)
    if cited.date is None and (on := _ON_DAY_AFTER.match(text, cited.end)) \
            and (found := _dated(scan, on.end())):  # "… đã ban hành Quy định số 69-QĐ/TW vào ngày 6/7/2022"
        cited.date = found.iso
    if cited.date is None:  # "…, sau đó ngày 20/3/2024 ban hành Kế hoạch …": the date right before the verb
        cited.date = _date_before_verb(scan, start, verb_start)
    if cited.date is None:
        cited.date = _dateline_date(scan, start)
    if cited.date is None:  # "Ngày 12/3 và 15/3/2024, UBND tỉnh lần lượt ban hành A1 và A2": a day for each, in order
        cited.date = _day_of_two(scan, start, verb_start, cited)
    if cited.date is None:  # a clause after a lead opens with its date: "Thực hiện …, ngày 3/3/2025 Tỉnh ủy ban hành …"
        cited.date = _clause_date(scan, start, verb_start)
    if cited.date is None and scan.day:  # "Chiều nay, UBND tỉnh đã ban hành …" in a dated broadcast
        cited.date = _relative_day_date(scan, start, verb_start)
    # "Cùng ngày, UBND huyện ban hành …", "… huyện ban hành Kế hoạch số 51-KH/HU cùng ngày": the last issued one's
    if cited.date is None and _SAME_DAY.match(text, start):  # the day the sentence right before opens with ("Trước
        # đó, ngày 3/2/2025, Ban Chỉ đạo được thành lập …. Cùng ngày, …"), not an older document's told before it
        cited.date = _dateline_date(scan, sentence_start(text, max(0, start - 2)))
    if cited.date is None and (_SAME_DAY.match(text, start) or _SAME_DAY_AFTER.match(text, cited.end)):
        cited.date = next((c.date for c in reversed(scan.citations) if c.issued and c.date and c.start < start), None)
    if cited.date is None and _SAME_DAY.match(text, start):  # no document issued before: the day of the events told
        cited.date = _day_told_before(scan, start)
    # (a clause that goes on with the subject before: "Ngày 20/11, UBND phường ban hành Kế hoạch số 210/KH-UBND …;
    # đồng thời có Công văn số 315/UBND-VP …")
    if cited.date is None and text.startswith("; ", start - 2) \
            and (_opens_issuing_clause(scan, start - 1) or _GOES_ON_AT.match(text, start)):
        cited.date = _date_of_clauses_before(scan, start)


# a council's session as the subject: "Kỳ họp cũng thông qua Nghị quyết về …", "Tại kỳ họp, các đại biểu đã biểu quyết
# thông qua …", its steps before the verb: "Kỳ họp đã xem xét, thông qua …"
# the session's council in apposition, its term perhaps after ("Kỳ họp thứ 2, HĐND tỉnh Phú Yên khóa VIII, nhiệm kỳ
# 2021-2026 đã bế mạc sau 3 ngày làm việc, thông qua 14 nghị quyết"), and the session's closing before the verb
_SESSION_COUNCIL = r"[ ]*,[ ]*(?:HĐND|Hội[ ]+đồng[ ]+nhân[ ]+dân)[^,.;:\n]{0,60}?(?:[ ]*,[ ]*nhiệm[ ]+kỳ[ ]+[\d –-]{9,13})?"
_SESSION_SUBJECT = re.compile(rf"(?:[^,.;:\n]{{1,40}},[ ]*)?(?:[Kk]ỳ[ ]+họp(?:[ ]+(?:lần[ ]+)?thứ[ ]+[^\W_]+|[ ]+này)?"
                              rf"(?:{_SESSION_COUNCIL})?"
                              rf"|(?:[Cc]ác[ ]+)?đại[ ]+biểu)(?:[ ]+(?:{_cue_pattern('passive_adverb')}|{_cue_pattern('perfective')}))*[ ]+"
                              rf"(?:(?:{_cue_pattern('session_step')})(?:[ ]*,[ ]*|[ ]+và[ ]+))*"
                              rf"(?:(?:{_cue_pattern('meets')})(?![^\W\d_])[^,.;:\n]{{0,40}},[ ]*)?")


def _after_byline(text: str, start: int, end: int) -> int:
    """Where a sentence's own words start after the outlet's credit or dateline ("Tuy Hòa, 16/7/2021 - Kỳ họp …")."""
    credit = _BYLINE_AT.match(text, start, end)
    return start if credit is None else credit.end()


def _council_of_session(scan: _Scan, start: int) -> IssuerMatch | None:
    """The council whose session a sentence up to `start` told of: the one council the nearest such sentence names
    ("Ngày 10/12, HĐND tỉnh khóa XII khai mạc kỳ họp thứ 14. … Kỳ họp cũng thông qua A"; not one named by a document
    of another sentence, "… thay thế Nghị quyết số 12/2023/NQ-HĐND … của HĐND tỉnh Đắk Nông")."""
    text = scan.text
    for session in reversed(list(_SESSION.finditer(text, 0, start))[-_SESSION_SENTENCES:]):
        sentence = sentence_start(text, session.start())
        councils = list(_COUNCIL.finditer(text, sentence, sentence_end(text, session.start())))
        if councils:  # (two councils' sessions told together: which one passed it is not said)
            return issuer_at(text, councils[0].start(), scan.article) if len(councils) == 1 else None
    return None


_SESSION = re.compile(r"(?<![^\W\d_])[Kk]ỳ[ ]+họp(?![^\W\d_])")
# a council named (not in a symbol, "41/NQ-HĐND", nor as a cited document's issuer, "… của HĐND huyện")
_COUNCIL = re.compile(r"(?<![\w/-])(?<!của )(?:HĐND|Hội đồng nhân dân)")
_SESSION_SENTENCES = 5


def _subject_of_predicate_before(scan: _Scan, start: int, verb_start: int) -> IssuerMatch | None:
    """The subject of the predicate before a comma, when the issuing verb opens a second predicate of it ("Chiều 10-9,
    Huyện ủy Cần Giờ tổ chức hội nghị Ban Chấp hành Đảng bộ huyện mở rộng, thông qua Nghị quyết chuyên đề …"): the body
    that opens a part of the sentence between commas with a verb of its own straight after it."""
    text = scan.text
    if _PREDICATE_AFTER_COMMA.search(text, max(start, verb_start - _PREDICATE_AFTER_COMMA_CHARS), verb_start) is None:
        return None
    part = _after_byline(text, start, verb_start)
    while part < verb_start:
        part += len(text[part:verb_start]) - len(text[part:verb_start].lstrip())
        comma = text.find(",", part, verb_start)
        end = verb_start if comma == -1 else comma
        body = issuer_at(text, part, scan.article)
        if body is not None and body.end < end and _OWN_VERB.match(text, body.end):
            return body
        if comma == -1:
            break
        part = comma + 1
    return None


# the issuing verb right after a comma, perhaps after "rồi", "và" or "đồng thời"
_PREDICATE_AFTER_COMMA = re.compile(r",[ ]+(?:(?:rồi|và|đồng thời|đã)[ ]+)*\Z")
_PREDICATE_AFTER_COMMA_CHARS = len(", đồng thời đã ")
# the subject's verb of meeting straight after it (data/cues meets: "tổ chức", "họp"), or of reviewing ("Thành ủy Quy
# Nhơn đã tổng kết 10 năm thực hiện B, đồng thời ban hành Báo cáo số 412-BC/TU": the city's, not the province's)
_OWN_VERB = re.compile(rf"[ ]+(?:(?:{_cue_pattern('perfective')})[ ]+)?(?:{_cue_pattern('meets')}|{_cue_pattern('review')})"
                       r"(?![^\W\d_])")


# a lead set between a subject and its verb, as an aside: "Xã Tam Dương, trên cơ sở Kế hoạch số 18-KH/TU, đã ban hành …"
_INSERTED_LEAD = re.compile(
    rf",[ ]+(?:(?:[Đđ]ể|[Nn]hằm)[ ]+)?(?:{phrase_pattern(LEAD_PHRASES, either_case=True)})[ ][^;.\n]+,"
    rf"(?:[ ]+(?:cũng|{_cue_pattern('perfective')}))*[ ]*\Z")


def _speaker_body(scan: _Scan, start: int, verb: int) -> Issuer | None:
    """The body a speaker heads, when the verb's subject is the speaker's "chúng tôi" ("Đồng chí Nguyễn Văn Hiển - Bí
    thư Thành ủy Tuyên Quang: Chúng tôi đã ban hành Kế hoạch số 120-KH/TU …"): the body after the last office the text
    names before it (data/cues office), within the interview's reach."""
    text = scan.text
    we = _WE_BEFORE_VERB.search(text, max(start, verb - _WE_CHARS), verb)
    if we is None:
        return None
    office = None
    for office in _OFFICE.finditer(text, max(0, we.start() - _SPEAKER_LOOKBACK), we.start()):
        pass
    found = issuer_at(text, office.end(), scan.article) if office is not None else None
    return found.issuer if found is not None and found.issuer.level != "central" else None


# "chúng tôi" as the issuing verb's subject, its adverbs between ("Năm 2023, chúng tôi đã ban hành …")
_WE_BEFORE_VERB = re.compile(rf"(?<![^\W\d_])[Cc]húng[ ]tôi{_ADVERBS_BEFORE_VERB}\Z")
_WE_CHARS = 40
_OFFICE = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('office')})[ ]+(?=[{UPPER}])")
_SPEAKER_LOOKBACK = 2000  # characters: an interview's answers after the one that gives the speaker's title


def _first_clause(text: str, start: int) -> int:
    """The start of the first clause of the sentence whose clause after "; " starts at `start`."""
    while text.startswith("; ", start - 2):
        start = sentence_start(text, start - 2)
    return start


_GOES_ON_AT = re.compile(rf"(?:{_cue_pattern('also')})[ ]")  # "…; đồng thời ký …": the subject before goes on


_RELATIVE_DAY = re.compile(rf"(?<![^\W\d_])(?:{_cue_pattern('relative_day', either_case=True)}){_WORD_END}")


def _relative_day_date(scan: _Scan, start: int, verb_start: int) -> str | None:
    """The day a relative day before the issuing verb names, counted from the article's date ("Tại Hà Tĩnh, ngay
    trong chiều nay, UBND tỉnh đã ban hành …": that day; "Chiều qua, …": the day before)."""
    between = scan.text[start:verb_start]
    if "nay" not in between and "qua" not in between:
        return None
    found = _RELATIVE_DAY.search(between)
    if found is None:
        return None
    today = date.fromisoformat(scan.day)
    return (today - timedelta(days=1) if found.group().endswith("qua") else today).isoformat()


def _day_told_before(scan: _Scan, start: int) -> str | None:
    """The date the nearest sentence before `start` opens with, a few sentences back at most ("Chiều 1-4, Ban
    Thường vụ Quận ủy họp khẩn, thống nhất triển khai ngay Chỉ thị số 16/CT-TTg …. Cùng ngày, UBND Quận 1 ban hành
    Công văn số 1205/UBND-VP …": 1-4, the day the sentence after "Cùng ngày" goes on from)."""
    pos, sentences = start, 0
    while pos > 0 and sentences < _DAY_TOLD_SENTENCES:
        before, pos = pos, sentence_start(scan.text, pos - 1)
        if (found := _dateline_date(scan, pos)) is not None:
            return found
        sentences += bool(scan.text[pos:before].strip())  # a blank line between paragraphs is no sentence
    return None


# sentences back: a section "* Cùng ngày, …" may close an article whose lead told the day, past a caption and a list
_DAY_TOLD_SENTENCES = 10


def _dateline_date(scan: _Scan, start: int) -> str | None:
    """The full date the sentence at `start` opens with, before its subject ("Ngày 5/3/2024, …")."""
    dateline = _DATELINE.match(scan.text, start)
    if dateline is None:
        return None
    # the dateline ends at a digit only after a time of day, which stands for "ngày" ("Chiều 25/9, …"), or after a
    # day ("Thứ Hai (3/4), …")
    found = _dated(scan, dateline.end(),
                    day_named=scan.text[dateline.end()].isdigit() or dateline.group("day") is not None)
    if found and found.iso and (_DATELINE_CLOSE.match(scan.text, found.end)
                                or _full_date_opening_clause(scan, dateline.end()) is not None):
        return found.iso
    return None


# the first of two days a sentence opens with, the second full ("Ngày 5/8 và 12/8/2024, …", "Ngày 20 và 22/8/2024, …")
_FIRST_OF_TWO_DAYS = re.compile(r"(?:[Nn]gày[ ]+)?(?P<day>\d{1,2})(?:[/.-](?P<month>\d{1,2}))?[ ]+(?:và|,)[ ]+")


def _day_of_two(scan: _Scan, start: int, verb_start: int, cited: Citation) -> str | None:
    """The day, of two the sentence at `start` opens with, of the first or second document its verb issues."""
    dateline = _DATELINE.match(scan.text, start)
    first = _FIRST_OF_TWO_DAYS.match(scan.text, dateline.end()) if dateline is not None else None
    second = date_at(scan.text, first.end(), None, day_named=True) if first is not None else None
    if second is None or second.iso is None or not _DATELINE_CLOSE.match(scan.text, second.end):
        return None
    issued_before = _issued_since(scan, verb_start, cited)
    if issued_before:
        return second.iso if issued_before == 1 else None
    year, month, _ = second.iso.split("-")
    month, day = int(first.group("month") or month), int(first.group("day"))
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _date_of_clauses_before(scan: _Scan, start: int) -> str | None:
    """"Ngày 30/6/2025, Tổng Liên đoàn ban hành Quyết định số 2450/QĐ-TLĐ …; Ban Bí thư Trung ương Đoàn ban hành
    Hướng dẫn số 15-HD/TWĐTN …": a clause after "; " that opens with its subject and verb is of the day its
    sentence opens with (a date or "Cùng ngày"), when a clause before it issued a document of that day."""
    first = _first_clause(scan.text, start)
    same_day = _SAME_DAY.match(scan.text, first) is not None
    day = None if same_day else _dateline_date(scan, first)
    return next((c.date for c in reversed(scan.citations) if first <= c.start < start and c.issued and c.date
                 and (same_day or c.date == day)), None)
