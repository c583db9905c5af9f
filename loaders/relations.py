"""What documents do to each other, read from the words between their citations.

Five shapes, all driven by data/relation_phrases.tsv:

- gap: "A [description/title] PHRASE B": "Kế hoạch 73-KH/QU … của Ban Thường vụ Quận ủy thực
  hiện Chương trình hành động số 26-CTr/TU của Thành ủy thực hiện Chỉ thị số 09-CT/TW" gives
  A→B and B→C (each phrase belongs to the document just before it); "Kế hoạch tổng kết 10 năm
  thực hiện Nghị quyết số 33-NQ/TW" is a review. Documents coordinated after B ("B và B2")
  share the relation.
- lead: "Thực hiện B1, B2, X đã ban hành A": a clause opened by the phrase, whose main clause
  (or, failing that, a next sentence opened by "Ngay sau đó") issues A.
- review plan: a plan whose subject is a review ("Kế hoạch tổng kết …") also reviews what the
  sentences about that review ("Mục tiêu của đợt tổng kết là … thực hiện B") name.
- passive: "B được sửa đổi, bổ sung bởi A", "B được thay thế bởi A": the citing document second.
- attributive: "… theo tinh thần B" with no document before the phrase: the document named
  last before it in the paragraph.
- instances: "các huyện ủy đã ban hành kế hoạch thực hiện B, như: Kế hoạch số 112-KH/HU …;
  Kế hoạch số 98-KH/HU …": the listed documents of that type are those plans; so are those the
  next sentence issues when it opens "Trong đó, …", "Cụ thể, …".

Documents merely listed together get nothing; a meeting ("Hội nghị sơ kết thực hiện B") is an
event, not a document, so it gives no edge.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from loaders.citations import (BYLINE, CLAUSE_SUBJECT, ENUMERATION_MARK, ISSUED_SAID, LISTED_NEXT, NAME_ASIDE,
                                PAST_ISSUE_CLAUSE, TYPE_WORD_RE, Citation, on_number_line, sentence_end, sentence_start)
from loaders.issuers import LEVEL_WORDS, issuer_at
from loaders.references import PLENUM_RESOLUTIONS, Resolved, citation_year, law_year, plenum_of
from loaders.symbols import issuer_code
from loaders.tables import UPPER, alternation, cues, fold, phrase_pattern, read_table, spellings, star_phrase_pattern

_ROWS = read_table("relation_phrases.tsv")


def _phrase_regex(phrases: list[str]) -> str:
    """Alternation of phrases, in either case; "*" is up to eight words."""
    return star_phrase_pattern(phrases, either_case=True)


def _gap_phrases(relations: Collection[str], where: tuple[str, ...] = ("gap", "both"), starless: bool = False) -> str:
    """The alternation of the phrase table's phrases of these relations said where `where` says (between the documents
    by default), those with "*" left out if `starless`."""
    return _phrase_regex([r["phrase"] for r in _ROWS if r["where"] in where and r["relation"] in relations
                          and not (starless and "*" in r["phrase"])])


_RELATION_OF = {fold(r["phrase"]): r["relation"] for r in _ROWS}
# a phrase with "*" is told by all its pieces, in order, not its first alone ("được * thông qua * thay thế" replaces,
# "được * cụ thể hóa bằng" implements); the longest first
_STAR_RELATION = [(re.compile(r".*\s".join(re.escape(fold(piece.strip())) for piece in r["phrase"].split("*"))),
                   r["relation"]) for r in sorted(_ROWS, key=lambda r: -len(r["phrase"])) if "*" in r["phrase"]]
_GAP_PHRASES = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] in ("gap", "both", "attributive")])
_LEAD_PHRASES = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] in ("lead", "both")])
_PASSIVE = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] == "passive"])
_ATTRIBUTIVE = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] == "attributive"])
_ADVERBS = phrase_pattern(cues("adverb"))
_PASSIVE_VERBS = phrase_pattern(cues("issue") + cues("design"))
_COUNT = phrase_pattern(cues("plural"))
_REVIEW = re.compile(phrase_pattern(cues("review"), either_case=True))
_REVIEW_EVENT = re.compile(phrase_pattern(cues("review_event"), either_case=True))
# "Báo cáo số 412-BC/TU đánh giá 10 năm thực hiện B": a verb of assessing the years spent on B reviews B
# a span of years or months, in digits or in words: "10 năm", "một năm", "6 tháng"
_SPAN = rf"(?:\d{{1,2}}|{phrase_pattern(cues('years_count'))})[ ]+(?:năm|tháng)(?![^\W\d_])"
_REVIEW_YEARS = rf"(?:{phrase_pattern(cues('review_years'), either_case=True)})[ ]+{_SPAN}"
_SEQUEL = re.compile(rf"\s*(?:{phrase_pattern(cues('sequel'), either_case=True)})[ ]*,")

_SYLLABLES = r"(?:[^\W\d_]+,?[ ]+|\d+[ ]+)"
_GAP_ADVERBS = phrase_pattern(cues("gap_adverb"))  # "Kế hoạch số … cũng căn cứ B"
_LATER_ADVERBS = phrase_pattern(cues("later_adverb"))  # "Nghị quyết … sau đó thay thế B"
# the provisions of B a phrase is about: "khoản 2 Điều 5 của", "Điều 3", "các Điều 4, 7 và 9 của",
# "một số điều của" ("Hướng dẫn số 10-HD/UBKTTW hướng dẫn thực hiện một số điều của Quy định số 22-QĐ/TW"),
# "trong" and "tại" as well ("… một số điều trong Quy định số 22-QĐ/TW", "… một số điều tại Nghị định số …"), and
# "một số quy định/nội dung của" before one of them ("Thông tư số 01/2018/TT-VPCP hướng dẫn thi hành một số quy định của
# Nghị định số 61/2018/NĐ-CP", "… hướng dẫn thực hiện một số nội dung tại Nghị định số …"; not "một số quy định về …",
# a subject)
_PROVISIONS = (r"(?:(?:(?:[ ]+các)?(?:(?:(?<=[\dIVXa-zđ])(?:[ ]*,|[ ]+và))?[ ]+(?:điểm|khoản|Điều|Chương|Mục)[ ]+[\dIVXa-zđ]{1,4}"
               r"(?:[ ]*,[ ]*[\dIVX]{1,4})*(?:[ ]+và[ ]+[\dIVX]{1,4})?)+"
               r"|[ ]+một[ ]+số[ ]+(?:điều|Điều|(?:quy[ ]+định|nội[ ]+dung)(?=[ ]+(?:của|trong|tại)[ ])))"
               r"(?:[ ]+(?:của|trong|tại))?)?")
# the provisions of B the phrase acts on, named by what they are about: "thay thế các quy định về xử phạt vi phạm hành
# chính trong lĩnh vực giao thông đường bộ tại B" (a partial replacement is still a replacement of B), "bãi bỏ các nội
# dung về … của B" (data/cues provision_noun)
_DESCRIBED_PROVISIONS = (rf"(?:[ ]+(?:(?:các|những)[ ]+)?(?:{phrase_pattern(cues('provision_noun'))})"
                         r"(?:[ ]+về(?:,?[ ]+[^\W\d_]+){1,16}?)?[ ]+(?:tại|của|trong))?")
# a plural the phrase names by a description, then its instances after "gồm:", "như:" (data/cues instances); a
# bracketed aside may stand among its words ("(trước hợp nhất)")
_LISTED_PLURAL = (rf"[ ]+(?:{_COUNT})[ ]+[^\W\d_]+(?:,?[ ]+(?:\([^()\n]{{1,40}}\)|[^\W\d_]+|\d+(?:[ ]*-[ ]*\d+)?)){{0,24}}?"
                  rf"[ ]*,?[ ]+(?:bao[ ]+)?(?:{phrase_pattern(cues('instances'))})[ ]*:")
# a campaign listed before B, which is no document: "Kế hoạch số 412-KH/TU … thực hiện phong trào thi đua “Cả nước chung
# tay xóa nhà tạm, nhà dột nát trong năm 2025” và Chỉ thị số 42/CT-TTg …" (data/cues campaign_first); B may take a
# phrase of its own: "Hưởng ứng phong trào thi đua “…” do Thủ tướng Chính phủ phát động và thực hiện Chỉ thị số 42/CT-TTg"
_CAMPAIGN_FIRST = (rf"(?:[ ]+(?:{phrase_pattern(cues('campaign_first'))})[ ]+[“\"][^“”\"\n]{{1,200}}[”\"]"
                   r"(?:[ ]+do(?:[ ]+[^\W\d_]+){1,6}?[ ]+phát[ ]+động)?[ ]*,?[ ]+và"
                   rf"(?:[ ]+(?:{_LEAD_PHRASES}))?)?")
_AFTER_PHRASE = (
    rf"(?:(?:(?<=[Ss]ơ[ ]kết)|(?<=[Tt]ổng[ ]kết))[ ]+(?:hơn[ ]+)?{_SPAN})?"  # a review's years, B named with no "thực hiện": "… về tổng kết 10 năm B"
    rf"(?:,?[ ]+(?:{_ADVERBS}))*"  # "triển khai đầy đủ, kịp thời"
    # after a basis phrase, a ground that is no document listed first: "trên cơ sở kết quả công tác năm 2023 và B"
    rf"(?:(?:(?<=cứ)|(?<=sở)|(?<=vào))[ ]+(?:{phrase_pattern(cues('basis_ground'))})"
    rf"(?:,?[ ]+(?!{TYPE_WORD_RE.pattern})[^\W\d_]+|[ ]+\d+(?:[ ]*-[ ]*\d+)?){{0,16}}?[ ]+và(?=[ ]))?"
    # … or the Party's charter, no document of the corpus, as after a lead: "A … căn cứ Điều lệ Đảng, Quy định số 24-QĐ/TW"
    rf"(?:(?:(?<=cứ)|(?<=sở)|(?<=vào))[ ]+(?:{phrase_pattern(cues('charter'))})(?:[ ]*[,;]|[ ]+và|[ ]*,[ ]*và)(?=[ ]))?"
    rf"(?:[ ]+(?:{star_phrase_pattern(cues('lead_noun'))}))?"  # "… các nhiệm vụ được giao tại B"
    rf"{_CAMPAIGN_FIRST}"
    # "… cụ thể hóa các mục tiêu của B", "… thực hiện các nhóm giải pháp về cơ chế, chính sách của B"
    rf"(?:[ ]+(?:(?:các|những)[ ]+)?(?:{phrase_pattern(cues('aim'))})(?:(?:[ ]*,|[ ]+và)?[ ]+[^\W\d_]+){{0,6}}?"
    r"[ ]+(?:của|tại|nêu[ ]+tại|đề[ ]+ra[ ]+tại|đề[ ]+ra[ ]+trong))?"
    rf"{_DESCRIBED_PROVISIONS}"  # "thay thế các quy định về hạn mức đất ở tại B"
    rf"{_PROVISIONS}"  # "sửa đổi, bổ sung khoản 2 Điều 5 của B"
    # "… các Nghị định: số B1 và số B2", "… các nghị quyết, chỉ thị của Bộ Chính trị: B1, B2"
    rf"(?:[ ]+(?:{_COUNT})[ ]+[^\W\d_]+(?:,?[ ]+[^\W\d_]+){{0,4}}(?:[ ]+của(?:[ ]+[^\W\d_]+){{1,5}})?[ ]*:(?:[ ]*số)?"
    # … or a longer plural description whose instances "gồm:", "như:" name: "thay thế các quy định về phân cấp quản
    # lý cán bộ của Ban Thường vụ Tỉnh ủy A, B (trước hợp nhất), gồm: B1; B2 và B3"
    rf"|{_LISTED_PLURAL})?"
    # what B carries: "sửa đổi, bổ sung một số điều của [Quy định ban hành kèm theo] B"; not past "và" before a
    # capital, a plural or a document noun, after which a sibling is carried ("… về thi hành Điều lệ Đảng và Quy chế mẫu ban
    # hành kèm theo B"); a "và" inside the title goes on ("Quy định phân cấp quản lý, vận hành, khai thác và bảo trì
    # công trình đường bộ … ban hành kèm theo B"), as does a "; " before a small letter ("Quy trình thu BHXH, …, bệnh
    # nghề nghiệp; quản lý sổ BHXH, thẻ BHYT ban hành kèm theo B")
    # … and a bracketed aside in the name: "Quy định Bảng giá các loại đất định kỳ 05 năm (2020 - 2024) ban hành kèm theo B"
    rf"(?:[ ]+[^\W\d_]+(?:(?:,|;(?![ ]+[{UPPER}]))?[ ]+(?!và[ ]+(?:[{UPPER}]|các[ ]|những[ ]|{TYPE_WORD_RE.pattern}))[^ ,.;()]+"
    rf"|[ ]*{NAME_ASIDE}){{0,20}}?"
    rf"[ ]+(?:{phrase_pattern(cues('carried_by'))}))?"
    r"(?:[ ]+(?:các|những))?"  # several Bs: "thực hiện các Nghị quyết 57, 59, 66 và 68"
    # a list of Bs the phrase opens with a colon, inline or a line each: "… được ban hành căn cứ:\n- Luật …;"
    rf"(?:[ ]*:[ ]*(?:\n[ ]*{ENUMERATION_MARK}?[ ]*)?)?"
    r"[ ]*[“\"]?"
)
# After a cited document: the phrase itself, or inside its title ("… về [việc] [tổ chức Hội
# nghị sơ kết hằng năm việc] thực hiện B", or a review's without "về": "Báo cáo số 412-BC/TU
# [đã] tổng kết 10 năm thực hiện B"), or after a passive issuing verb ("Kế hoạch được xây dựng nhằm
# thực hiện B", "một kế hoạch được quận thiết kế để thực hiện B").
_VV = r"[Vv]/[Vv]"  # "V/v", a letter's "về việc": "Công văn số 1234/UBND-VX V/v triển khai B"
# a letter's addressees before its subject: "Công văn số 45/UBND-NC gửi các sở, ngành về việc …", with a body's
# abbreviation or a count among them ("gửi các phòng GD&ĐT quận, huyện …", "gửi các phòng, ban và UBND 10 phường …")
_ADDRESSEES = r"gửi(?:[ ]+(?:[^\W\d_]+(?:&[^\W\d_]+)?|\d{1,4}(?=[ ]+[^\W\d_])),?){1,30}?"
_ADDRESSED = rf"(?:{_ADDRESSEES}[ ]+)?"
# a notice's conveying of a body's conclusions before its subject: "Thông báo số 512-TB/TU thông báo kết luận của Ban
# Thường vụ Thành ủy về tình hình, kết quả thực hiện B" (data/cues conveyed)
_CONVEYED = rf"(?:(?:{phrase_pattern(cues('conveyed'))})(?:[ ]+[^\W\d_]+,?){{1,12}}?[ ]+(?=(?:về|Về)[ ]))?"
# the issuing said before the subject: "Kết luận số 01-KL/TW … của Bộ Chính trị vừa được ban hành về tiếp tục thực hiện B"
_ISSUED_ASIDE = rf"(?:{ISSUED_SAID}[ ]*,?[ ]+(?=(?:về|Về)[ ]))?"
# a joint document's partner before its subject: "Kế hoạch liên tịch số 05/KHLT-… với Sở Giáo dục và Đào
# tạo thực hiện B", "Chương trình phối hợp số 03/CTrPH-… với Công an tỉnh về thực hiện B"
_PARTNER = r"(?:với(?:[ ]+[^\W\d_]+,?){1,12}?[ ]+(?=(?:về|Về)[ ]|" + _GAP_PHRASES + r"))?"
# "Kế hoạch 156 của quận được xây dựng trên cơ sở B": the body named by its level alone, as district
# and commune news write it
_OF_LEVEL = rf"(?:của[ ]+(?:{phrase_pattern([w for w in LEVEL_WORDS if "." not in w])})(?![^\W\d_])(?![ ]+[{UPPER}])[ ,]*)?"
# the verbs by which a decision issues the document it carries (data/cues.tsv approve: "ban hành", "phê duyệt")
_ISSUES_WHAT = phrase_pattern(cues("approve"))
# … and the plan it issues, named by its kind and a few words, when a policy's words keep it no document of its own
# ("Nghị quyết số 26/NQ-CP … ban hành Kế hoạch tổng thể và kế hoạch 5 năm của Chính phủ thực hiện B")
_ISSUED_SCHEME = rf"(?:{phrase_pattern(cues('issued_scheme'))})(?:[ ]+[^\s,.;:!?()“”\"]+){{0,12}}?[ ]+"
_UPTAKE = phrase_pattern(cues("uptake"))
# "là sự …", "là văn bản …": what A is said to be, the act named as a noun right before its phrase; "là một trong những
# văn bản …": one of them ("Nghị định 61 là một trong những văn bản cụ thể hóa B"), or set off by a dash after A's title
# ("Nghị quyết số 03-NQ/TU … về … - một trong những nghị quyết chuyên đề cụ thể hóa B")
_IS_THE_ACT = (rf"(?:(?:{phrase_pattern(cues('copula_adverb'))})[ ]+)?(?:là|[-–](?=[ ]+một[ ]+trong))"
               rf"(?:[ ]+một[ ]+trong(?:[ ]+(?:những|các))?)?"
               r"(?:[ ]+[^\W\d_]+){0,4}?[ ]+")
_ON_DATE = r"ngày[ ]+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|[ ]+tháng[ ]+\d{1,2}[ ]+năm[ ]+\d{4})"
_COUNTED_PARTS = rf"\d+[ ]+(?:{phrase_pattern(cues('counted_part'))})"  # "6 chương", "30 điều"
# what a document counts its parts in, set off by a comma: "Quy chế gồm 6 chương, 30 điều, …"
_COUNTED_ASIDE = rf"(?:bao[ ]+)?(?:gồm|có)[ ]+{_COUNTED_PARTS}(?:(?:[ ]*,|[ ]+và)[ ]+{_COUNTED_PARTS}){{0,3}}[ ]*,[ ]+"
# … or when it comes into force: "Quy định có hiệu lực từ ngày ký, …"
_IN_FORCE_ASIDE = rf"(?:bắt[ ]+đầu[ ]+)?(?:{phrase_pattern(cues('in_force'))})(?![^\W\d_])[^,.;:!?\n]{{0,40}}?,[ ]+"
# the edition a document's name is marked with in brackets: "Quy chế làm việc … (sửa đổi), thay thế B"
_EDITION = rf"(?:\((?:{phrase_pattern(cues('edition_mark'))})\)[ ,]*)?"
# (a title's words before the phrase are few, unless they end with "trong", what is done in carrying B out: "… về trách
# nhiệm nêu gương của cán bộ, đảng viên thuộc diện Ban Thường vụ Thành ủy quản lý trong thực hiện B")
GAP_RE = re.compile(
    rf"[ ,]*{_EDITION}{_OF_LEVEL}\(?[“\"]?{_PARTNER}(?:(?:{_ADDRESSED}{_CONVEYED}{_ISSUED_ASIDE}(?:về|Về|{_VV})(?:[ ]+việc)?[ ]+[“\"]?|(?:(?:{_GAP_ADVERBS}|đã|vừa)[ ]+){{0,2}}(?=(?:{_REVIEW.pattern}|{_REVIEW_YEARS})[ ]))(?P<pre>{_SYLLABLES}{{0,12}}?|{_SYLLABLES}{{13,24}}?trong[ ]+)"
    # … with a purpose before the phrase: "Thông tư được ban hành để hướng dẫn thực hiện B" (perhaps "cũng" before it),
    # its agent perhaps named ("Kế hoạch 119 được UBND thành phố ban hành để cụ thể hóa B"), after "do" too, with the
    # signer's name ("Quyết định số 1122/QĐ-UBND … do Phó chủ tịch UBND thành phố Trần Chí Cường ký, nhằm cụ thể hóa B")
    # (or after the occasion, set off by a comma: "Chỉ thị được ban hành sau vụ cháy … (quận Thanh Xuân) làm 56 người
    # tử vong, nhằm tiếp tục thực hiện B")
    # (a second predicate after "và": "… thay thế Kế hoạch số 5116/KH-UBND … và được xây dựng trên cơ sở B")
    # (or after what it counts its parts in or when it comes into force: "Quy định gồm 6 chương, 33 điều, được xây
    # dựng trên cơ sở B", "Quy định có hiệu lực từ ngày ký, được xây dựng căn cứ B")
    rf"|(?:{_COUNTED_ASIDE}|{_IN_FORCE_ASIDE})?(?:(?:{_GAP_ADVERBS})[ ]+)?(?:và[ ]+)?(?:đã[ ]+)?(?:được|do)(?:[ ]+[^\W\d_]+){{0,10}}?[ ]+(?:{_PASSIVE_VERBS}),?[ ]+"
    rf"(?:[^,.;:!?\n]{{1,100}}?,[ ]+(?=(?:để|nhằm)[ ]))?"
    rf"(?:(?!(?:{_GAP_PHRASES})[ ])(?:để|nhằm)(?:[ ]+[^\W\d_]+,?){{0,6}}?[ ]+(?=(?:{_GAP_PHRASES})[ ]))?"
    # a clause of its own that makes A public, with that day: "… được ký ngày 25/10/2023 và đăng tải trên Cổng Thông
    # tin điện tử tỉnh ngày 30/10/2023, thay thế B"
    rf"|(?:và[ ]+)?(?:{phrase_pattern(cues('published'))})(?:[ ]+[^\W\d_]+){{0,12}}?[ ]+{_ON_DATE}[ ]*,[ ]+"
    rf"(?=(?:{_GAP_PHRASES})[ ])"
    # what it counts its parts in, set off by a comma: "Quy chế gồm 6 chương, 30 điều, thay thế B"
    rf"|{_COUNTED_ASIDE}(?=(?:{_GAP_PHRASES})[ ])"
    # an adverb or a passive issuing verb set off by a comma: "Quy định 114-QĐ/TW ra đời, thay thế B"
    rf"|[“\"]|(?:{_GAP_ADVERBS}),?[ ]+|(?<!,)(?<!,[ ])(?:{_LATER_ADVERBS})[ ]+"
    # a second act tied to the first after a comma: "A thực hiện B1, gắn với thực hiện B2" (_ALSO_AFTER_COMMA makes
    # it A's)
    # … or tied to A itself by an adverb: "Kế hoạch số 17-KH/ĐU cũng gắn với triển khai B"
    rf"|(?:(?<=,[ ])|(?:{_GAP_ADVERBS})[ ]+)(?:{phrase_pattern(cues('linked'))})[ ]+(?:việc[ ]+)?(?=(?:{_GAP_PHRASES})[ ])"
    # what a decision issues, named by the phrase: "Quyết định số … ban hành Quy định chi tiết một số điều của B"
    rf"|(?:{_ISSUES_WHAT})[ ]+(?P<scheme>{_ISSUED_SCHEME})?(?=(?:{_GAP_PHRASES})[ ])"
    # other verbs of taking B up listed before the phrase: "Kế hoạch số 45-KH/TU … tuyên truyền, triển khai B"
    rf"|(?:[Tt]ổ[ ]+chức[ ]+)?(?:(?:{_UPTAKE})(?:[ ]*,|[ ]+và|[ ]*,[ ]+và)[ ]+){{1,4}}(?=(?:{_GAP_PHRASES})[ ])"
    # what A is said to be, for a purpose: "Chỉ thị 28 là một chủ trương lớn nhằm thực hiện B", "Chỉ thị của UBND tỉnh
    # chính là để cụ thể hóa B"; one of a counted set, its issuing set off by a comma ("Chương trình 06 là một trong 10
    # chương trình toàn khóa của Thành ủy khóa XVIII, được ban hành để thực hiện B")
    rf"|(?:chính[ ]+)?là(?:[ ]+(?:[^\W\d_]+|\d{{1,3}})){{0,14}}?(?:[ ]*,)?[ ]+(?:được[ ]+(?:{_PASSIVE_VERBS})[ ]+)?"
    rf"(?:để|nhằm)[ ]+(?=(?:{_GAP_PHRASES})[ ])"
    # … or the act itself, named as a noun: "Kế hoạch 45 là sự cụ thể hóa B", "… là văn bản triển khai B"
    rf"|{_IS_THE_ACT}(?=(?:{_GAP_PHRASES})[ ])"
    # a purpose before the phrase: "… để lãnh đạo, chỉ đạo triển khai thực hiện B", "Nghị định nhằm quy định chi tiết B",
    # with the verbs of taking B up listed last ("… để lãnh đạo, chỉ đạo việc học tập, quán triệt, tuyên truyền và
    # triển khai thực hiện B")
    rf"|(?:(?:{_GAP_ADVERBS})[ ]+)?(?!(?:{_GAP_PHRASES})[ ])(?:để|nhằm)(?P<purpose>(?:[ ]+(?:[^\W\d_]+|\d{{1,2}}),?){{0,6}}?"
    rf"(?:[ ]+(?:{_UPTAKE})(?:[ ]*,|[ ]+và|[ ]*,[ ]+và)){{0,4}})[ ]+(?=(?:{_GAP_PHRASES})[ ]))?"
    rf"(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}"
)
# After a document that its own description introduces ("kế hoạch nghiên cứu, quán triệt B",
# "Kế hoạch tổng kết 10 năm thực hiện B", "văn bản chỉ đạo triển khai B"): description words.
DESCRIBED_GAP_RE = re.compile(
    rf"[ ,]*[“\"]?(?:(?:về|Về|{_VV})(?:[ ]+việc)?[ ]+)?[“\"]?(?P<pre>{_SYLLABLES}{{0,12}}?)"
    rf"(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}"
)
# A letter that directs its addressees to carry B out implements B ("Công văn số 1256/UBND-NC
# ngày 28/2/2024 chỉ đạo các sở, ngành, địa phương phối hợp với lực lượng Công an triển khai
# Chỉ thị này"), its addressees perhaps first, the phrase perhaps right after the verb ("Công văn số
# 412/BKHCN-VP gửi các đơn vị trực thuộc đề nghị triển khai B"); a directive telling others to go on
# with B does not (letters and the Thủ tướng's telegrams only, see _gaps: "Công điện số 71/CĐ-TTg
# yêu cầu các bộ, ngành, địa phương triển khai ngay B"); nor does a letter telling them to go on with B
# ("Công văn yêu cầu các tổ chức cơ sở đảng tiếp tục quán triệt Chỉ thị số 06-CT/TU": older documents kept in force,
# see _goes_on), unless going on is what the letter is about ("… truyền đạt ý kiến chỉ đạo … về việc tiếp tục thực
# hiện Chỉ thị số 21-CT/TW")
_IMPLEMENTS_ONLY = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] in ("gap", "both")
                                  and r["relation"] == "implements" and "*" not in r["phrase"]])
# (an adverb may stand before the verb: "Văn bản cũng yêu cầu UBND các huyện … thực hiện nghiêm B")
# (what is conveyed and to whom may run long: "… truyền đạt ý kiến chỉ đạo của Thủ tướng Chính phủ, giao Bộ Công Thương,
# EVN và các cơ quan liên quan nghiêm túc thực hiện B"; _GAP_MAX_CHARS bounds it), and go on after "; đồng thời" ("…
# hoàn thiện hồ sơ thanh toán, không để dồn vào cuối năm; đồng thời thực hiện nghiêm B"), counting them perhaps ("… đề
# nghị Chủ tịch UBND 33 xã, thị trấn tổ chức quán triệt, triển khai B"); a verb of saying directs when its addressees,
# named after it ("các …", "UBND …"), must act ("Văn bản nhấn mạnh, các địa phương phải thực hiện nghiêm B"; not
# "Hướng dẫn nêu rõ, tuyên truyền phải gắn với việc thực hiện B")
# (or the addressees alone before the act: "Công điện số 47/CĐ-BCH gửi các thành viên Ban Chỉ huy và các huyện triển
# khai Công điện số 14/CĐ-UBND …")
_DIRECTED_GAP_RE = re.compile(
    rf"[ ,]*(?:{_ADDRESSED}(?:(?:{phrase_pattern(cues('subject_adverb'))})[ ]+)*(?:{phrase_pattern(cues('directs'))}"
    rf"|(?:{phrase_pattern(cues('says'))})[ ]*[,:][ ]+(?:các|[{UPPER}])(?:[ ]*[^\W\d_]+,?){{1,12}}?[ ]+"
    rf"(?:{phrase_pattern(cues('must'))}))"
    rf"|{_ADDRESSEES}(?=[ ]+(?:{_IMPLEMENTS_ONLY})))"
    rf"(?:[ ]+(?:[^\W\d_]+|\d{{1,4}}(?=[ ]+[^\W\d_]))(?:,|;(?=[ ]+đồng[ ]+thời))?){{0,25}}?[ ]+"
    rf"(?P<phrase>{_IMPLEMENTS_ONLY}){_AFTER_PHRASE}"
)
# the subject's own passive issuing clause with its occasion, then coming into force ("Luật Đầu tư công số 58/2024/QH15
# được Quốc hội khóa XV thông qua tại Kỳ họp thứ 8, có hiệu lực từ ngày 1/1/2025, thay thế B"): read only for A opening
# its sentence, as a passive after B's description is another subject's ("… trên cơ sở Nghị định số 81/2021/NĐ-CP …,
# được HĐND tỉnh thông qua …, có hiệu lực … và thay thế B" is the resolution's)
_ADOPTED_IN_FORCE_GAP_RE = re.compile(
    rf"[ ]*(?:đã[ ]+)?(?:được|do)(?:[ ]+[^\W\d_]+){{0,10}}?[ ]+(?:{_PASSIVE_VERBS})[ ]+[^,.;:!?\n]{{1,100}}?,[ ]+"
    rf"(?=(?:{phrase_pattern(cues('in_force'))})[ ])(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}"
)
_OPENS_SENTENCE = re.compile(r"[ \n•*+-]*")
# what a letter, a telegram, a guide or a notice tells its addressees to carry out, it carries out ("Hướng dẫn số
# 12/HD-SNV hướng dẫn UBND các xã, phường thực hiện Nghị định số 150/2025/NĐ-CP", "Thông báo yêu cầu các cơ quan,
# đơn vị nghiêm túc thực hiện Chỉ thị số 05/CT-UBND")
_DIRECTING_CODES = {"CV", "CĐ", "HD", "TB"}


def _guides_review(text: str, a: Citation, directed: re.Match[str]) -> bool:
    """Does a guide guide its addressees through a review of B ("Hướng dẫn số 12-HD/BNCTW hướng dẫn các tỉnh ủy, thành
    ủy … tổ chức sơ kết 2 năm thực hiện B")? Its subject is the review, so it reviews B, as a plan organising the review
    does (corpus/README); a letter asking for one still only asks for a report."""
    return a.type_code == "HD" and _REVIEW.search(text, directed.start(), directed.start("phrase")) is not None


def _goes_on(text: str, directed: re.Match[str]) -> bool:
    """Does a letter tell its addressees to go on with B ("… yêu cầu … tiếp tục quán triệt B", "… tiếp tục quán
    triệt, thực hiện nghiêm B"), not say it is about going on ("… về việc tiếp tục thực hiện B")?"""
    phrase = directed.start("phrase")
    return text.find("tiếp tục ", directed.start(), phrase) != -1 and " về " not in text[directed.start():phrase]


_RESULTS_ASKED = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('results_asked'))})(?![^\W\d_])")
# a plan still to come that a letter asks for, which carries B out, not the letter ("Công văn số 1286-CV/TU đề nghị các
# quận ủy, huyện ủy xây dựng kế hoạch triển khai B")
_PLAN_ASKED = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('plan_asked'))})(?![^\W\d_])")


def _plan_asked(text: str, a: Citation, directed: re.Match[str]) -> bool:
    """Does a letter ask its addressees for a plan still to come that carries B out? Not a guide, nor a letter that
    guides the building of such plans ("Văn bản số 5432/BKHĐT-HTX … hướng dẫn xây dựng kế hoạch thực hiện B"), which
    carries B out as any guide for it does."""
    return a.type_code != "HD" and _PLAN_ASKED.search(text, directed.start(), directed.start("phrase")) is not None \
        and "hướng dẫn" not in text[directed.start():directed.start("phrase")]
# "B được sửa đổi, bổ sung bởi A": the later document comes second
# "B (đã được sửa đổi, bổ sung bởi A)", "B trước đó đã được sửa đổi, bổ sung tại A", "B (được sửa đổi, bổ sung bởi
# khoản 5 Điều 1 A)"
# (after a quoted title's closing quote too: "B “về …” đã được Tỉnh ủy cụ thể hóa bằng A")
# (after B's ending: "B đã hết hiệu lực do bị thay thế bởi A")
_EXPIRED_BECAUSE = rf"(?:(?:đã[ ]+)?(?:{phrase_pattern(cues('expired_because'))})[ ]+)"
PASSIVE_GAP_RE = re.compile(
    rf"[”\"]?[ ,]*\(?(?P<expired>{_EXPIRED_BECAUSE})?"
    rf"(?:(?:{phrase_pattern(cues('passive_adverb'))})[ ]+)*(?:đã[ ]+)?(?P<phrase>{_PASSIVE}){_PROVISIONS}[ ]+")
# the last words of the passive phrases ("bởi", "bằng"): a gap without one is not passive
_PASSIVE_LAST_WORDS = {spelling.split()[-1] for r in _ROWS if r["where"] == "passive"
                       for spelling in spellings(r["phrase"], either_case=True)}
# a passive issuing of A under B's guidance, which "được * hướng dẫn tại" (B first) would also read
_ISSUED_UNDER = re.compile(rf"[ ,]*(?:{_phrase_regex([r['phrase'] for r in _ROWS if r['where'] == 'gap' and r['phrase'].startswith('được ')])})[ ]*")
# what A does, written with no "về", then what A replaces after a comma or "; ": "Quyết định số 512/QĐ-UBND … ủy quyền
# cho Chủ tịch UBND các phường cấp giấy phép xây dựng; thay thế B" (replacing is a document's act, not a body's); not
# when the words name a document to be made, which is what replaces B ("… giao Sở Tư pháp xây dựng quy chế phối hợp
# mới, thay thế B"); "đồng thời" may tie the two acts ("Chương trình được xây dựng trên cơ sở kế thừa kết quả …,
# đồng thời thay thế B")
_REPLACING = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] == "gap" and r["relation"] == "replaces"
                            and "*" not in r["phrase"]])
_AMENDING = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] == "gap" and r["relation"] == "amends"
                           and "*" not in r["phrase"]])
_TO_BE_MADE = rf"(?:{phrase_pattern(cues('issue'))})[ ]+(?:{TYPE_WORD_RE.pattern})"
_DESCRIBED_THEN_REPLACES = re.compile(
    rf"[ ]+(?:(?!{_TO_BE_MADE}){_SYLLABLES}){{0,24}}?[^\W\d_]+[ ]*[,;][ ]+(?:(?:{phrase_pattern(cues('also_opener'))})[ ]+)?"
    rf"(?P<phrase>{_REPLACING}){_AFTER_PHRASE}")
_GAP_MAX_CHARS = 160  # twelve syllables, a phrase and its adverbs: no relation gap is longer
# "Thực hiện [có hiệu quả] [nội dung] B": a lead phrase opening its clause, right before a
# citation, perhaps after "(21/11/2019) ", or after a first clause ("Thời gian tới, ", "… cho biết, ")
# or a speaker's name in an interview ("Đồng chí Nguyễn Văn A: "), or opening what is said
# ("Ông …, Bí thư Huyện ủy cho biết: “Thực hiện B, …")
_LEAD_AT = re.compile(
    # "Sau 5 năm thực hiện B, X ban hành Báo cáo A sơ kết …": a time spent on B, then its review; "Tổng kết 7 năm
    # thực hiện B, X ban hành A": the review itself, which A reports
    rf"(?P<period>(?:(?P<review>{phrase_pattern(cues('review_period'), either_case=True)})"
    rf"|{phrase_pattern(cues('lead_period'), either_case=True)})[ ]+{_SPAN}[ ]+"
    # "Trong hơn 10 năm thực hiện B, Tỉnh ủy đã ban hành A": a time spent on B, within which A was issued to carry it out
    rf"|(?P<during>(?:{phrase_pattern(cues('during_period'), either_case=True)})[ ]+{_SPAN}[ ]+))?"
    # a purpose before the phrase, perhaps with an adverb: "Để kịp thời triển khai B, …", "Để quán triệt và triển khai
    # B, …" (tried last: a phrase row that opens with it, "Nhằm thực hiện", is the phrase)
    # (after "Cũng", a second document for the same aim: "Cũng để thực hiện B, cùng ngày, X ban hành A2")
    # (what the aim is about first, in a few lower-case words: "Để lãnh đạo thực hiện thắng lợi B, …", "Nhằm nâng cao
    # hiệu quả thực hiện B, …")
    rf"(?:(?:[Cc]ũng[ ]+)?(?:[Đđ]ể|[Nn]hằm)(?:[ ]+(?:{_ADVERBS}))*(?:[ ]+[a-zđà-ỹ]+){{0,5}}?[ ]+)??"
    rf"(?P<phrase>{_LEAD_PHRASES})(?:[ ]+(?:{_ADVERBS}))*(?:[ ]+(?:{star_phrase_pattern(cues('lead_noun'))}))?"
    # the provisions of B the lead is about, a comma after them or not: "Căn cứ Điều 19, Quy định số 69-QĐ/TW …, X quyết
    # định … (A)", "Căn cứ khoản 1 Điều 8 Quy định số 69-QĐ/TW …"
    rf"{_PROVISIONS}(?:(?<=[\dIVXa-zđ])[ ]*,)?"
    rf"{_CAMPAIGN_FIRST}[ ]+"
    # the Party's charter, which the corpus counts as no document, listed first: "Căn cứ Điều lệ Đảng và Quy định số
    # 24-QĐ/TW, Ban Thường vụ Đảng ủy xã đã ban hành A"
    rf"(?:(?:{phrase_pattern(cues('charter'))})(?:[ ]*[,;]|[ ]+và|[ ]*,[ ]*và)[ ]+)?"
    r"(?:(?:các|những)[ ]+"  # "Thực hiện các Nghị quyết 57, 59, 66 và 68, …"
    # … or the plural noun and its list: "Ngay sau khi Bộ Chính trị ban hành các nghị quyết: Nghị quyết số 57-NQ/TW …;
    # Nghị quyết số 59-NQ/TW …, X ban hành A" (each item is the lead's, as without the noun); the issuer may come before
    # the colon, the items then opening with "số": "Thực hiện các Nghị quyết của Bộ Chính trị: số 57-NQ/TW …, số 59-NQ/TW …"
    # … or with no colon, the issuer between the noun and the items' "số": "Căn cứ các Nghị quyết của HĐND tỉnh số
    # 12/2022/NQ-HĐND và số 13/2022/NQ-HĐND, …"
    rf"(?P<listing>(?:{TYPE_WORD_RE.pattern})(?:[ ]+chuyên[ ]+đề)?(?:(?:[ ]+của(?:[ ]+[^\W\d_]+){{1,5}}?)?"
    rf"(?:[ ]*:|[ ]+gồm(?:[ ]*:)?|[ ]+sau[ ]*:)[ ]*(?:số[ ]+)?|[ ]+của(?:[ ]+[^\W\d_]+){{1,5}}?[ ]+số[ ]+))?)?"
)
# a plan known only through the decision that approves it, which the corpus counts as that decision: "Thực hiện Kế
# hoạch thanh tra năm 2024 đã được Chủ tịch UBND tỉnh phê duyệt tại Quyết định số 2954/QĐ-UBND …, …"
_LEAD_CARRIED_AT = re.compile(
    _LEAD_AT.pattern + rf"[^\W\d_][^.;:\n()]{{0,120}}?[ ]+(?:{phrase_pattern(cues('carried_by'))})[ ]+")
# "(21/11/2019) ", "(QBĐT) - ", "QĐND - "; a bulleted line's mark: "- Căn cứ Quy định số 22-QĐ/TW …;"; the quotation
# mark a speaker's words open with ("“Thực hiện Chỉ thị 32, chúng tôi đã tham mưu Huyện ủy ban hành A”, ông … cho biết")
_DATED_OPENER = re.compile(rf"\s*(?:{BYLINE})?(?:(?<=\n)(?:{ENUMERATION_MARK})[ ]+)?(?:[“\"][ ]*)?")
# "Để triển khai, ", "Trên cơ sở đó, " (a basis that points back: the document the sentence before issues)
# "Trên tinh thần đó, …", "… ấy", "… này": the demonstrative names what the sentence before does
_BARE_LEAD = re.compile(rf"(?P<phrase>{_LEAD_PHRASES})(?P<that>[ ]+(?:đó|ấy|này))?(?:[ ]+(?:{_ADVERBS}))*[ ]*,[ ]+")
_FIRST_CLAUSE = re.compile(r"[^,.;\n]{0,45}[,:][ ]+")
# two short opening clauses, the first naming no dated document: "Theo Thông báo, thời gian qua, thực hiện B, …"
_TWO_FIRST_CLAUSES = re.compile(r"[^,.;\n/]{0,45},[ ]+[^,.;\n]{0,45}[,:][ ]+")
# a first clause of any length that reports: "Báo cáo tổng kết số 215-BC/TU của Ban Thường vụ Tỉnh ủy cho biết, "
_SAYS = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('says'))})[ ]*[,:][ ]+")
# … or a first clause that names the source: "Theo Báo cáo số 560-BC/HU của Ban Thường vụ Huyện ủy, thực hiện B, …"
_SOURCE_OPENING = re.compile(rf"(?:{phrase_pattern(cues('source_opening'), either_case=True)})[ ]+")
# what a document named as a clause's subject does: "Kế hoạch số 95/KH-UBND … yêu cầu …", "… nêu rõ …"
_SUBJECT_PREDICATE = re.compile(rf"[ ]+(?:{phrase_pattern(cues('says') + cues('directs') + cues('sets'))})(?![^\W\d_])")
# a main clause's subject that directs, or is told what it must do: "Chủ tịch UBND tỉnh yêu cầu …", "các tổ chức tín
# dụng phải khẩn trương rà soát …"
_DIRECTIVE_VERB = re.compile(
    rf"(?<![^\W\d_])(?!(?:{phrase_pattern(cues('not_directing'))})(?![^\W\d_]))"
    rf"(?:{phrase_pattern(cues('directs') + cues('assign') + cues('obligation'))})(?![^\W\d_])")
# … or a directive's task given in its own words after a verb of saying (data/cues task_bid): "Công điện nêu rõ, thực
# hiện B, Sở Y tế chủ trì, phối hợp …"
_TASK_BID = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('task_bid'))})(?![^\W\d_])")
_SUBJECT_CHARS = 60
_SPEECH = re.compile(r":[ ]*[“\"]?[ ]*")  # what is said after a colon, perhaps in quotes
# a provision's number a lead may end with, the lead about B's provisions ("Căn cứ Điều 19, B"): tried as the words below
_PROVISION_LAST_WORD = re.compile(r"(?:\d{1,3}|[ivx]{1,4}|[a-zđ]),?[ ]*")
# the last words a lead can end with: a cheap test before the regex
_LEAD_LAST_WORDS = {
    fold(spelling).split()[-1]
    for row in _ROWS if row["where"] in ("lead", "both")
    for spelling in spellings(row["phrase"].split("*")[-1].strip())
} | {fold(w).split()[-1] for w in cues("adverb") + cues("lead_noun")} | {"các", "những"} \
    | {fold(w).split()[-1] + "," for w in cues("charter")} | {fold(w).split()[-1] + ";" for w in cues("charter")} | {"và"} \
    | {"gồm", "gồm:", "sau:", "đề:", "số"} | {fold(r["word"]).split()[-1] + ":" for r in read_table("document_types.tsv")} \
    | {fold(w).split()[-1] + ":" for w in cues("generic_doc")}
# … and a decision that carries the lead's object ("… phê duyệt tại B", "… kèm theo B"), tested only when such a cue is
# right before B ("theo" and "tại" end many words before citations)
_CARRIED_LAST_WORDS = {fold(w).split()[-1] for w in cues("carried_by")}
_CARRIED_BEFORE = re.compile(rf"(?:{phrase_pattern(cues('carried_by'))})[ ]+\Z")
_CARRIED_CHARS = 30  # "… được ban hành kèm theo A, căn cứ B": "theo" ends what carries A's regulation, A's is the basis
_ATTRIBUTIVE_BEFORE = re.compile(rf"(?:{_ATTRIBUTIVE})[ ]+$")
_ATTRIBUTIVE_LAST_WORDS = {fold(r["phrase"]).split()[-1] for r in _ROWS if r["where"] == "attributive"}
# "… số B1 và số B2": the noun's "số" again; "B1, cũng như B2": as well as
# … or the next line of a list the phrase opens with a colon ("… được ban hành căn cứ:\n- Luật …;\n- Nghị định …");
# after "; " or "và" the next item may be a plural head of several ("B; các Kết luận số 126-KL/TW, 127-KL/TW"), not after
# a bare comma, where a plural opens the main clause ("Thực hiện B, các huyện ủy …")
_PLURAL_ITEM_HEAD = rf"(?:[ ]*(?:{phrase_pattern(cues('plural'))})[ ]+)?"
# (the next item's provisions before it: "… một số điều của B1 và Điều 77 của B2")
_COORDINATED = re.compile(rf"[ ]*(?:,|(?:;|và|,[ ]*và)(?:{_PROVISIONS}[ ]|{_PLURAL_ITEM_HEAD})|,?[ ]*cũng[ ]+như|,?[ ]*cùng(?:[ ]+với)?"
                          rf"|;?[ ]*\n[ ]*{ENUMERATION_MARK}?)[ ]*(?:số[ ]*)?")
# a body's proposal listed with the bases: "trên cơ sở Luật …, Nghị định … và đề nghị của Sở Tài nguyên và
# Môi trường tại Tờ trình số 488/TTr-STNMT", "căn cứ Nghị định …; trên cơ sở đề nghị của UBND tỉnh tại Tờ trình số …"
_PROPOSED_IN = re.compile(rf"[ ]*(?:,|;|và|,[ ]*và|;?[ ]*\n[ ]*{ENUMERATION_MARK}?)[ ]*"
                          rf"(?:[Xx]ét[ ]+|[Tt]heo[ ]+|[Tt]rên[ ]+cơ[ ]+sở[ ]+)?đề[ ]+nghị[ ]+của"
                          # a body's name, as long as in tables._STAR_BODY, its dash and "&" too ("Sở Lao động -
                          # Thương binh và Xã hội", "Sở LĐ-TB&XH")
                          r"(?:[ ]+[^\s.;:]+){1,16}?[ ]+tại[ ]+")
# the main clause after a lead: its subject is capitalised, a document of a body, or a level
# word that acts ("…, tỉnh đã ban hành …", "…, huyện tiếp tục ban hành …"), or any few words before a past issuing
# verb ("…, liên ngành Y tế - Giáo dục đã ban hành …"); a date may open it ("…, ngày 3/3/2025 Tỉnh ủy …"), and a word
# that tells when before it (data/cues date_opener: "Thực hiện B về sắp xếp, tổ chức lại …, trước đó Ban Thường vụ
# Tỉnh ủy đã ban hành A")
_LEVEL_SUBJECT = (rf"(?:{phrase_pattern(cues('level_subject'))})(?:[ ]+[{UPPER}][^\W\d_]*){{0,3}}"  # "huyện Đông Anh"
                  rf"(?:[ ]+(?:{phrase_pattern(cues('perfective') + cues('subject_adverb'))}))*"
                  rf"[ ]+(?:{_PASSIVE_VERBS})(?![^\W\d_])")
# … a clause that opens with one: "…; xã Ea Kênh ban hành Kế hoạch số 21/KH-UBND"
_LEVEL_SUBJECT_AT = re.compile(_LEVEL_SUBJECT)
# … or no subject, the one before going on: "…; sau khi có B, tiếp tục ban hành A", "…, kịp thời ban hành A"
_NO_SUBJECT_ISSUE = (rf"(?:(?:{phrase_pattern(cues('perfective') + cues('subject_adverb'))})[ ]+)+"
                     rf"(?:{phrase_pattern(cues('issue'))})[ ]+[{UPPER}]")
_MAIN_CLAUSE = re.compile(
    rf"[ ]*,[ ]*(?:(?:{phrase_pattern(cues('date_opener'))})[ ]*,?[ ]*)?(?:ngày[ ]+\d{{1,2}}(?:[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?|[ ]+tháng[ ]+\d{{1,2}}[ ]+năm[ ]+\d{{4}})[ ]*,?[ ]*)?"
    rf"(?=[{UPPER}]|{CLAUSE_SUBJECT}|{_LEVEL_SUBJECT}|{PAST_ISSUE_CLAUSE}|{_NO_SUBJECT_ISSUE})"
)
# … or the verb alone, when the subject stands before the lead: "Xã Tam Dương, trên cơ sở B của huyện, đã ban hành A"
_VERB_AFTER_LEAD = re.compile(rf"[^,.;:\n]{{0,60}}?,[ ]*(?=(?:(?:cũng|{phrase_pattern(cues('perfective'))})[ ]+)*"
                              rf"(?:{phrase_pattern(cues('issue'))})[ ]+[{UPPER}])")
# "kế hoạch thực hiện B, như: A1; A2": the generic noun and phrase before B, the list after it
# (and the list a main clause opens: "nhiều tỉnh ủy đã ban hành kế hoạch thực hiện, như: …")
_INSTANCES_AFTER = re.compile(rf"[ ]*,?[ ]*(?:{phrase_pattern(cues('instances'))})[ ]*:[ ]*")
# … after a few words that tell when or where B is carried out ("văn bản thực hiện B ngay trong tháng 1/2025, như: …")
_INSTANCES_AFTER_WORDS = re.compile(rf"(?:[ ]+[^\s,.;:()]+){{1,6}}?{_INSTANCES_AFTER.pattern}")
# a main clause that issues documents it counts, not names ("đã ban hành 3 nghị quyết chuyên đề")
_ISSUES_MANY = re.compile(rf"(?<![^\W\d_])(?:{_PASSIVE_VERBS})[ ]+(?:(?:{_COUNT})|\d+)[ ]+[^\W\d_]")
_LIST_SEQUEL = re.compile(rf"[ ]*(?:{phrase_pattern(cues('list_sequel'), either_case=True)})(?![^\W\d_])[ ]*[:,]?[ ]*")
_BULLET_LINE = re.compile(r"\n[ \t\n]*[-+•*–][ ]*")
_SPACES = re.compile(r"\s*")
_PLURAL_SUBJECT_AT = re.compile(rf"[ ]*(?:{phrase_pattern(cues('plural_subject'), either_case=True)})[ ]+[^\W\d_]")
# a list's item starts right after its opener or after a separator, a bullet or "và"
_ITEM_OPENS = re.compile(r"(?:^|[:;,+•*–-]|[ ]và)[ \n]*\Z")
_GENERIC_BEFORE = re.compile(
    rf"(?P<noun>{TYPE_WORD_RE.pattern})(?:[ ]+(?P<led>{phrase_pattern(cues('led'))}))?[ ]+(?P<phrase>{_GAP_PHRASES})"
    rf"(?:[ ]+(?:{_ADVERBS}))*[ ]+$"
)
# nouns for a document of any type (data/cues generic_doc): their instances may be of any ("nhiều văn bản lãnh đạo, chỉ
# đạo thực hiện B, như: Kế hoạch số …; Quyết định số …")
_ANY_TYPE_NOUNS = {fold(w) for w in cues("generic_doc")}
_REQUEST = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('request'))})(?![^\W\d_])")
# a check of how B is carried out, the title's last words before the phrase: "… về kiểm tra, giám sát việc [lãnh đạo,
# chỉ đạo] thực hiện B" (not "về công tác kiểm tra, giám sát và kỷ luật của Đảng thay thế B")
_INSPECTS = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('inspection'))})(?:[ ]*,?[ ]+(?:và[ ]+)?"
                       rf"(?:{phrase_pattern(cues('inspection'))}))*(?:[ ]+chuyên[ ]+đề)?[ ]+(?:việc[ ]+[^;]*)?\Z")


def _asked_or_checked(pre: str) -> bool:
    """Do the words before the phrase ask others to do it ("Chỉ thị … về …, trong đó yêu cầu tổng kết B") or check
    how it is done ("… về kiểm tra việc thực hiện B")? Then the document does not do it."""
    return bool(pre) and (_REQUEST.search(pre) is not None or _INSPECTS.search(pre) is not None)


_REVIEWED_BEFORE = re.compile(rf"(?:thực hiện|triển khai|{phrase_pattern(cues('review'))})[ ]+$")
# "Tại hội nghị sơ kết, đại biểu thống nhất tiếp tục triển khai B": what goes on after a review is not what it reviews
_REVIEWED_BEFORE_CHARS = len("triển khai ")
_GOES_ON_BEFORE = re.compile(r"[Tt]iếp[ ]+tục(?:[ ]+[^\W\d_]+){0,2}[ ]+$")


@dataclass(frozen=True)
class Found:
    """A relation between two documents and the words that state it."""

    source: Resolved
    target: Resolved
    type: str
    start: int
    end: int


def find_relations(text: str, citations: list[Citation], docs: list[Resolved]) -> list[Found]:
    """Every relation the text states between the documents, once each."""
    in_docs = {id(c) for d in docs for c in d.citations}
    if all(id(c) in in_docs for c in citations):
        return _relations_of(text, citations, docs)
    # a citation that names no document is left out of those read here, and a short name's `alias_of`, an index of all
    # the citations, is read as an index of those: it is made one for the while (an index past the last one failed)
    cited = [c for c in citations if id(c) in in_docs]
    position = {id(c): k for k, c in enumerate(cited)}
    saved = [(c, c.alias_of) for c in cited if c.alias_of is not None]
    try:
        for c, alias in saved:
            c.alias_of = position.get(id(citations[alias]))
        return _relations_of(text, citations, docs)
    finally:
        for c, alias in saved:
            c.alias_of = alias


def _relations_of(text: str, citations: list[Citation], docs: list[Resolved]) -> list[Found]:
    doc_of = {id(c): d for d in docs for c in d.citations}
    cited = [c for c in citations if id(c) in doc_of]
    found: dict[tuple[int, int, str], Found] = {}

    def add(a: Citation, b: Citation, relation: str, start: int, end: int) -> None:
        source, target = doc_of[id(a)], doc_of[id(b)]
        if relation == "none":
            return  # a phrase that holds a relation's and states none: "… về hướng dẫn bổ sung Quy định số 232-QĐ/TW"
        if b.of_its_time:
            return  # the law of an older decree's time its description names, which no word tells (references)
        if source is target or _year(target) > _year(source) > 0 or _legal_after(target, source):
            return  # nothing acts on a later law: "Nghị định số 107/2020/NĐ-CP sửa đổi … và Thông tư số 05/2025/…"
        if _doc_year(target) > _doc_year(source) > 0:
            return  # nor on a document of a later year, however dated: "Nghị quyết số 05-NQ/HU ngày 20/12/2008" carries
            # out no "Kết luận số 97-KL/TW ngày 15/5/2014" named beside what it does carry out
        if _PROPOSED_BEFORE.search(text, max(0, start - _PROPOSED_BEFORE_CHARS), start):
            return  # "… giao Bộ Tư pháp rà soát, đề xuất sửa đổi B": proposed, not done
        if relation in _NAMES_ITS_ITEM and _CHANGE_TASKED_BEFORE.search(text, max(0, start - _CHANGE_TASKED_CHARS), start):
            return  # "… lãnh đạo rà soát, sửa đổi, bổ sung B": a change still to do after a review, not done
        if relation in ("implements", "continues") \
                and _PERIOD_ITEM_BEFORE.search(text, max(0, start - _PERIOD_ITEM_CHARS), start):
            return  # "… tổng kết 10 năm thực hiện B1 … về công tác dân tộc và 22 năm thực hiện B2": the review's next
            # period, not B1's act
        if relation == "reviews" and _too_young_to_review(text, start, source, target):
            return  # "Kế hoạch … về tổng kết 15 năm thực hiện Chỉ thị số 38-CT/TW và Hướng dẫn số 96-HD/BTGTW ngày
            # 28/12/2022": the guide of last year is what the review follows, not fifteen years' work reviewed
        if relation == "continues" and not _concludes(text, source):
            relation = "implements"  # only a Kết luận "continues"; a plan implements
        if relation == "continues" and _level_rank(source) == 0 and _system(source) == "party" and _system(target) == "state":
            return  # the Politburo's "tiếp tục thực hiện Nghị quyết Trung ương 7 … và Nghị định số 98/2018/NĐ-CP": the decree
            # is the next item of the plan that carries the conclusion out, not in the conclusion's title
        if relation in ("implements", "continues") and 0 <= _level_rank(source) < _level_rank(target):
            return  # a body carries out no lower body's plan: "Kết luận số 87-KL/TW … và Kế hoạch số 56-KH/TU"
        if relation in ("implements", "continues") and _cabinet_over_ministry(source, target):
            return  # "… tại Chỉ thị số 22/CT-TTg … về việc triển khai thi hành Luật Đất đai … và Công văn số 5226/BTNMT-…
            # của Bộ Tài nguyên và Môi trường": the ministry's letter is the next item, not carried out by the PM
        if relation in ("implements", "continues") and _outranks(source, target):
            return  # a decree details no circular: "Nghị định 08/2022/NĐ-CP … quy định chi tiết … Luật … và Thông tư 02/…"
        if relation in ("implements", "continues") and _of_less_force(target, source):
            return  # the Government carries out no Prime Minister's decision: "Nghị quyết số 103/NQ-CP … ban hành Chương
            # trình hành động thực hiện B và Quyết định số 633/QĐ-TTg …" (the decision is the outer list's next item)
        if relation in ("implements", "continues") and _party_under_state(source, target):
            return  # "… triển khai Chương trình hành động số 09-CTr/TU … thực hiện B; Nghị quyết số 02/NQ-HĐND …"
        if relation in ("implements", "continues") and _party_under_mass(source, target):
            return  # "Chương trình hành động số 15-CTr/TU … của Thành ủy thực hiện B và Kế hoạch số 01-KH/TWĐTN-KHCN"
        found.setdefault((id(source), id(target), relation), Found(source, target, relation, start, end))

    def add_in_time(a: Citation, b: Citation, relation: str, start: int, end: int) -> None:
        # what a plural back-reference takes back is a set, and nothing carries out one of its documents of a later year
        # ("Quán triệt các văn bản trên [a Chỉ thị of 2012, a Kết luận of 2019], Ban Thường vụ Tỉnh ủy đã ban hành
        # Chương trình hành động số 25-CTr/TU ngày 15/11/2012 và Kế hoạch số 118-KH/TU ngày 25/4/2019")
        if not _doc_year(doc_of[id(b)]) > _doc_year(doc_of[id(a)]) > 0:
            add(a, b, relation, start, end)

    last_words = [_last_word(text, c.start) for c in cited]  # a cheap test before the phrase regexes
    _gaps(text, cited, _described_passives(text, cited, add), doc_of, add)
    _leads(text, cited, last_words, doc_of, found, add)
    _bare_leads(text, cited, doc_of, found, add)
    _review_plans(text, cited, doc_of, found, add)
    _attributive(text, cited, last_words, doc_of, found, add)
    _instances(text, cited, add)
    _done_before_colon(text, cited, add)
    _plural_back_leads(text, cited, doc_of, found, add_in_time)
    _bare_back_leads(text, cited, doc_of, found, add)
    _direction_leads(text, cited, doc_of, add)
    _plural_back_passives(text, cited, doc_of, add_in_time)
    _plural_back_subjects(text, cited, doc_of, add)
    _plural_back_objects(text, cited, doc_of, add_in_time)
    _plenum_back_objects(text, cited, docs, add_in_time)
    _bare_back_objects(text, cited, doc_of, found, add)
    _implicit_objects(text, cited, doc_of, found, add)
    _expiries(text, cited, add)
    _item_asides(text, cited, add)
    _review_records(text, cited, add)
    _meeting_reports(text, cited, doc_of, found, add)
    _by_means(text, cited, add)
    _fronted_means(text, cited, add)
    _into_life(text, cited, add)
    _this_is(text, cited, add)
    _also_with_no_subject(text, cited, add)
    _nominal_acts(text, cited, doc_of, add)
    _guides_listed_before(text, cited, add)
    _plans_followed_after_title(text, cited, add)
    _pair_in_order(text, found)
    _in_turn(text, cited, doc_of, found, add)
    return list(found.values())


# "lần lượt" right after a list of documents: each does what the clause after it says in its turn (data/cues in_turn)
_IN_TURN_AFTER_LIST = re.compile(rf"[ ]*,?[ ]*(?:{phrase_pattern(cues('in_turn'))})[ ]+")
_IN_TURN_PHRASE_CHARS = 60
_TURN_SEPARATOR = re.compile(r"[ ]+và[ ]+|;[ ]+")


def _in_turn(text: str, cited: list[Citation], doc_of: dict[int, Resolved], found: dict, add) -> None:
    """"Nghị định số 112/2020/NĐ-CP và Nghị định số 71/2023/NĐ-CP lần lượt quy định về xử lý kỷ luật … và sửa đổi, bổ
    sung một số điều của Nghị định 112": the n-th document listed does what the n-th part of the clause after "lần lượt"
    says; a document after a phrase there is related to that part's document only."""
    if "lần lượt" not in text:
        return
    for i in range(1, len(cited) - 1):
        turn = _IN_TURN_AFTER_LIST.match(text, max(cited[i].end, cited[i].cover_end))
        if turn is None:
            continue
        sources = [i]
        while sources[0] > 0 and _COORDINATED.fullmatch(
                text, max(cited[sources[0] - 1].end, cited[sources[0] - 1].cover_end), cited[sources[0]].start):
            sources.insert(0, sources[0] - 1)
        if len(sources) < 2:
            continue
        end = sentence_end(text, turn.end())
        for b in cited[i + 1:]:
            if b.start >= end:
                break
            phrase = _ACTED_ON_ITEM_BEFORE.search(text, max(turn.end(), b.start - _IN_TURN_PHRASE_CHARS), b.start)
            if phrase is None:
                continue
            # (a title's own "và" may come first: "… giao thông đường bộ và đường sắt và sửa đổi …" is the last part)
            part = min(len(_TURN_SEPARATOR.findall(text, turn.end(), phrase.start())), len(sources) - 1)
            relation = _relation(phrase.group().strip())
            if id(b) not in doc_of or any(id(cited[k]) not in doc_of for k in sources):
                continue
            for n, k in enumerate(sources):
                if n != part:  # what another listed document was read to do to b is this part's document's
                    found.pop((id(doc_of[id(cited[k])]), id(doc_of[id(b)]), relation), None)
            add(cited[sources[part]], b, relation, phrase.start(), phrase.start() + len(phrase.group().rstrip()))


def _pair_in_order(text: str, found: dict) -> None:
    """Documents of one type listed before one phrase and as many of one type after it pair in
    order, each with its own: "Chương trình hành động số 38 và 39 thực hiện Nghị quyết 20, 21",
    "Kế hoạch số 12-KH/TU và Kế hoạch số 13-KH/TU thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết
    số 19-NQ/TW" (two plans of one body, one for each resolution), not each with every one."""
    by_phrase: dict[tuple[int, int, str], list] = {}
    for key, f in found.items():
        by_phrase.setdefault((f.start, f.end, f.type), []).append(key)
    for (start, end, _), keys in by_phrase.items():
        if len(keys) < 4:
            continue
        sources = list({id(found[k].source): found[k].source for k in keys}.values())
        targets = list({id(found[k].target): found[k].target for k in keys}.values())
        if len(sources) != len(targets) or len(keys) != len(sources) ** 2 \
                or not (_one_type(sources) and _one_type(targets)):
            continue
        opening, closing = sentence_start(text, start), sentence_end(text, end)
        before = [max((c.start for c in d.citations if opening <= c.start < start), default=-1) for d in sources]
        after = [min((c.start for c in d.citations if end <= c.start < closing), default=-1) for d in targets]
        if -1 in before or -1 in after:
            continue
        rank_of_source = {id(d): r for r, d in enumerate(sorted(sources, key=lambda d: before[sources.index(d)]))}
        rank_of_target = {id(d): r for r, d in enumerate(sorted(targets, key=lambda d: after[targets.index(d)]))}
        for k in keys:
            if rank_of_source[id(found[k].source)] != rank_of_target[id(found[k].target)]:
                del found[k]


def _one_type(docs: list[Resolved]) -> bool:
    """Of one type, by their codes when they have them: "Chương trình hành động số 15-CTr/TU và số 16-CTr/TU" lists
    two programmes, though the second item's noun is read from its code alone."""
    return len({tuple(sorted(d.type_codes)) or d.first.type for d in docs}) == 1


# a plan's title closed by a comma and "theo" the numbered plan it is drawn up under
_FOLLOWED_PLAN_BEFORE = re.compile(r",[ ]+theo[ ]+\Z")
_FOLLOWED_PLAN_CHARS = len(", theo ")


def _plans_followed_after_title(text: str, cited: list[Citation], add) -> None:
    """"Đảng ủy phường ban hành Kế hoạch số 31-KH/ĐU thực hiện Kết luận số 01-KL/TW …, theo Kế hoạch số 142-KH/QU của
    Ban Thường vụ Quận ủy": the plan issued in the sentence carries out the plan it follows, however long its title
    (the documents the title names are not issued)."""
    for j, b in enumerate(cited):
        if b.form != "numbered" or fold(b.type or "") not in _PLAN_TYPES \
                or not _FOLLOWED_PLAN_BEFORE.search(text, max(0, b.start - _FOLLOWED_PLAN_CHARS), b.start):
            continue
        start = sentence_start(text, b.start)
        for a in reversed(cited[:j]):
            if a.start < start or ";" in text[a.end:b.start]:
                break
            if a.issued:
                if fold(a.type or "") in _PLAN_TYPES:
                    theo = text.rfind("theo", 0, b.start)
                    add(a, b, "implements", theo, theo + len("theo"))
                break


# a guide with "hướng dẫn thực hiện" and nothing after it: "Nghị định số 61/2010/NĐ-CP … và Thông tư số 06/2010/TT-BKH …
# hướng dẫn thực hiện."
_GUIDES_NOTHING_NAMED = re.compile(r"[ ]+(?:hướng[ ]+dẫn|quy[ ]+định[ ]+chi[ ]+tiết)[ ]+(?:thực[ ]+hiện|thi[ ]+hành)[ ]*(?=[.;\n]|\Z)")
_GUIDE_TYPES = ("Thông tư", "Thông tư liên tịch", "Hướng dẫn")


def _guides_listed_before(text: str, cited: list[Citation], add) -> None:
    """A guide listed after "và" that guides carrying out what it names not: the document listed right before it
    ("… triển khai Nghị định số 61/2010/NĐ-CP … và Thông tư số 06/2010/TT-BKH … hướng dẫn thực hiện")."""
    for j in range(1, len(cited)):
        a, b = cited[j], cited[j - 1]
        if a.type in _GUIDE_TYPES and (m := _GUIDES_NOTHING_NAMED.match(text, max(a.end, a.cover_end))) is not None \
                and text[max(b.end, b.cover_end):a.start].strip() == "và":
            add(a, b, "implements", m.start(), m.end())


_PROPOSED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('proposal'), either_case=True)})[ ]+\Z")
_PROPOSED_BEFORE_CHARS = len("kiến nghị ")
# a first step before the amending verbs ("rà soát, sửa đổi, bổ sung B"), which makes the change a task (data/cues
# change_task, change_step)
_CHANGE_TASKED_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{phrase_pattern(cues('change_task'), either_case=True)})"
    rf"(?:[ ]*,?[ ]+(?:và[ ]+)?(?:{phrase_pattern(cues('change_step'))}))*[ ]*,?[ ]+(?:và[ ]+)?\Z")
_CHANGE_TASKED_CHARS = len("nghiên cứu, sửa đổi, bổ sung, điều chỉnh, ")


_LEVEL_RANKS = {"central": 0, "province": 1, "district": 2, "commune": 3}


# a state enterprise is central, but no part of the chain of command: it carries out a province's documents too
# ("Thực hiện Chỉ thị số 08/CT-UBND, EVNHCMC đã ban hành Văn bản số 2718/EVNHCMC-KD …")
_ENTERPRISE_HEADS = tuple(cues("enterprise"))


_CONCLUSION_NOTICE = re.compile(r"[Tt]hông[ ]+báo[ ]+kết[ ]+luận(?![^\W\d_])")


def _concludes(text: str, doc: Resolved) -> bool:
    """Is the document a conclusion: a Kết luận, or a notice of conclusions ("Thông báo kết luận số 1245-TB/TU … về tiếp
    tục thực hiện Chỉ thị số 27-CT/TU", which keeps the directive going as a Kết luận does)?"""
    return "KL" in doc.type_codes or any(_CONCLUSION_NOTICE.match(text, c.start) for c in doc.citations)


def _level_rank(doc: Resolved) -> int:
    """How far down its issuer is (central 0 … commune 3); -1 when not known or an enterprise."""
    if doc.issuer is None or (doc.issuer.name or "").startswith(_ENTERPRISE_HEADS):
        return -1
    return _LEVEL_RANKS.get(doc.issuer.level, -1)


def _cited_rank(c: Citation) -> int:
    """How far down the body a citation names or its symbol's code implies is (-1 when not known or an enterprise)."""
    level = c.issuer.level if c.issuer is not None else None
    name = c.issuer.name if c.issuer is not None else ""
    if level in (None, "unknown") and c.symbol is not None and c.symbol.issuer_code:
        known = issuer_code(c.symbol.issuer_code)
        level, name = (known.level, known.name) if known else (None, "")
    # a code's body may have no name ("KH-BCĐ": a steering committee of any level)
    return -1 if (name or "").startswith(_ENTERPRISE_HEADS) else _LEVEL_RANKS.get(level, -1)


def _system(doc: Resolved) -> str | None:
    """party or state, as the document's symbol or its issuer's code says (None when neither does)."""
    symbol = next((c.symbol for c in doc.citations if c.symbol is not None), None)
    if symbol is not None:
        return "party" if symbol.system == "party" else "state"
    known = issuer_code(doc.issuer.code) if doc.issuer is not None and doc.issuer.code else None
    return known.system if known is not None and known.system in ("party", "state") else None


def _party_under_state(source: Resolved, target: Resolved) -> bool:
    """Would a local Party committee's document carry out a state document of its own level or below? The committee
    leads the People's Council and Committee there; their resolutions and plans carry out its documents, not the other
    way round (a list after "; " that names one is the next item of an outer list). A youth union's or the Front's
    plan, though it bears a Party-style symbol, is no committee's: it does carry out its province's state plan."""
    rank = _level_rank(source)
    return rank >= 1 and rank <= _level_rank(target) and _system(source) == "party" and _system(target) == "state" \
        and not _of_mass_organisation(source.issuer)


_MASS_ORGANISATION = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('mass_organisation'))})(?![^\W\d_])")


def _of_mass_organisation(issuer) -> bool:
    """Is the body the Fatherland Front or a mass organisation (not a Party committee of theirs, "Đảng ủy Mặt trận …")?"""
    name = issuer.name if issuer is not None else None
    return bool(name) and not name.startswith("Đảng") and _MASS_ORGANISATION.search(name) is not None


def _party_under_mass(source, target) -> bool:
    """Would a Party committee's document (or citation) carry out one of the Front's or a mass organisation's? They work
    under its leadership; a youth union's or a women's union's plan is no object of the committee's programme."""
    symbol = source.symbol if isinstance(source, Citation) else next(
        (c.symbol for c in source.citations if c.symbol is not None), None)
    return symbol is not None and symbol.system == "party" and source.issuer is not None \
        and not _of_mass_organisation(source.issuer) \
        and _of_mass_organisation(target.issuer)


_CABINET_BODIES = {fold(w) for w in cues("cabinet_body")}
_MINISTRY = re.compile(rf"(?:{phrase_pattern(cues('ministry_head'))})[ ]")


def _cabinet_over_ministry(source: Resolved, target: Resolved) -> bool:
    """Is the source the Party's or the state's head body (Bộ Chính trị, Quốc hội, Chính phủ, Thủ tướng …) and the target
    a ministry's document? A ministry carries out the Government's documents, never the other way round."""
    if source.issuer is None or target.issuer is None or target.issuer.level != "central":
        return False
    name = target.issuer.name or ""
    return fold(source.issuer.name or "") in _CABINET_BODIES and fold(name) not in _CABINET_BODIES \
        and _MINISTRY.match(name) is not None


_HIGHER_FORCE = set(cues("higher_force"))
_LOWER_FORCE = set(cues("lower_force"))


def _outranks(source: Resolved, target: Resolved) -> bool:
    """Is the source a central legal document of higher force than the target (a decree, a circular)? The lower
    carries out the higher, never the other way round."""
    return bool(source.type_codes & _HIGHER_FORCE and target.type_codes & _LOWER_FORCE
                and not target.type_codes & _HIGHER_FORCE)


_GUIDES_LATER = set(cues("guides_later"))
_GUIDED_LATER = set(cues("guided_later"))


def _legal_after(target: Resolved, source: Resolved) -> bool:
    """Two legal normative documents of one year, the target dated after the source ("Nghị định số
    15/2014/NĐ-CP ngày 27/02/2014 … quy định chi tiết … Luật Hòa giải ở cơ sở và Nghị quyết liên tịch số
    01/2014/NQLT/… ngày 18/11/2014 …": the joint resolution is the next item, not a second law detailed).
    News dates other documents loosely enough that only these are compared."""
    if _year(target) != _year(source) or not _year(source)             or source.type_codes & _GUIDES_LATER and target.type_codes & _GUIDED_LATER:
        return False
    dates = [next((c.date for c in doc.citations if c.date), "") for doc in (target, source)]
    return dates[0] > dates[1] > ""


# a period listed after another, right before its relation phrase: "… và 22 năm thực hiện", ", 5 năm thực hiện"
_PERIOD_ITEM_BEFORE = re.compile(r"(?:,|[ ]và)[ ]+\d{1,2}[ ]+năm[ ]+\Z")
_PERIOD_ITEM_CHARS = len(" và 22 năm ")
# the years a review looks back on, right before its relation phrase: "tổng kết 15 năm thực hiện"
_YEARS_BEFORE = re.compile(r"(?<!\d)(\d{1,2})[ ]+năm[ ]+\Z")
_YEARS_BEFORE_CHARS = len("15 năm ")


def _too_young_to_review(text: str, start: int, source: Resolved, target: Resolved) -> bool:
    """Is the target of a review of N years' work (N of 3 or more) a document of A's own year or the year before, too
    young to have been carried out that long?"""
    years = _YEARS_BEFORE.search(text, max(0, start - _YEARS_BEFORE_CHARS), start)
    return years is not None and int(years.group(1)) >= 3 and _doc_year(target) > 0 \
        and 0 <= _doc_year(source) - _doc_year(target) <= 1


def _year(doc: Resolved) -> int:
    """The year a legal normative symbol of the document holds (0 if none)."""
    return next((c.symbol.year for c in doc.citations if c.symbol and c.symbol.year), 0)


def _doc_year(doc: Resolved) -> int:
    """The year of the document: its legal normative symbol's, else its date's, else the year a law's name gives ("Luật
    sửa đổi, bổ sung một số điều của Luật Cư trú năm 2013"; 0 if none)."""
    return _year(doc) or next((int(c.date[:4]) for c in doc.citations if c.date), 0) \
        or next((int(year) for c in doc.citations
                 if c.key and c.key.startswith("law:") and (year := law_year(c.key))), 0)


def _dated_as(cited: list[Citation], source: Citation) -> Citation:
    """The source, or when the text dates it nowhere, the document whose title names it ("Nghị quyết số 41/NQ-CP ngày
    4/4/2023 về Chương trình hành động của Chính phủ thực hiện B": the programme is the resolution's, of its day)."""
    if source.date or citation_year(source):
        return source
    return next((c for c in reversed(cited) if c.own_title and c.start < source.start and source.end <= c.cover_end
                 and c.date), source)


def _later_item(item: Citation, source: Citation) -> bool:
    """Is a document listed after B of a later year than the source, as this citation and the source's date or
    symbol give them ("Chương trình hành động số 24-CTr/TU ngày 26/3/2018 … thực hiện Nghị quyết 21-NQ/TW và Kế
    hoạch số 140/KH-UBND ngày 12/10/2020 …": the plan of 2020 is the next item, not a second document carried out)?"""
    if item.date and source.date:  # … or, both dated, of a later day ("Kế hoạch số 23/KH-UBND ngày 28/01/2021 thực
        # hiện Nghị quyết số 05-NQ/TU và Quyết định số 432/QĐ-UBND-HC ngày 12/4/2021 …": April's decision is no object)
        return item.date > source.date
    return citation_year(item) > citation_year(source) > 0


def _coordinated_after(text: str, cited: list[Citation], b: int, limit: int | None = None,
                       source: Citation | None = None, phrase: str | None = None, issued: bool = False,
                       listing: bool = False) -> list[int]:
    """B and the documents listed after it ("B, B2 và B3"), by index, up to `limit`; `source`:
    B follows its source A, and a listed item that does something of its own starts a second
    source (see `_does_its_own`); `phrase`: the relation phrase before B, which an item may repeat
    ("tổng kết 10 năm thực hiện B và 5 năm thực hiện B2"); `issued`: B is issued in a lead ("Ngay sau khi Chính phủ
    ban hành B"), where an item issued after "và" is its fellow ("… B và Thủ tướng ban hành B2, X ban hành A");
    `listing`: the lead issues B as the first of a list its plural noun opens ("ban hành các nghị quyết: B; B2 và B3"),
    whose every item is issued by the same verb."""
    out = [b]
    limit = len(text) if limit is None else limit
    while True:
        end = max(cited[out[-1]].cover_end, cited[out[-1]].end)
        if (approver := cited[out[-1]].alias_of) is not None and approver > out[-1] \
                and cited[approver].start >= end and _APPROVED_AT.fullmatch(text, end, cited[approver].start):
            # "Đề án “…” được phê duyệt tại Quyết định số 1956/QĐ-TTg … (Đề án 1956) và B2": the decision that
            # approves B is B, and the list goes on after it
            end = max(cited[approver].cover_end, cited[approver].end)
        if aside := _ASIDE.match(text, end) or _AMENDED_IN_YEARS.match(text, end):
            # "B (được sửa đổi, bổ sung bởi Luật số 01/2021/QH15) và B2", "Luật … năm 2001, được sửa đổi, bổ sung năm
            # 2009; B2": the aside is about B, the list goes on after it
            end = aside.end()
        elif amended := _amended_by_after(text, cited, end):
            end = amended  # "căn cứ B, được sửa đổi, bổ sung bởi A; B2": so is what amends B, up to its clause's end
        j = out[-1] + 1
        past_amended = False  # j is the next basis after what an amending item names
        attached_end = None  # where the name of a plan the item approves ends: "… phê duyệt Đề án … và B2"
        while j < len(cited) and (cited[j].start < end or cited[j].alias_of is not None
                                  and _ISSUES_ATTACHED.fullmatch(text, end, cited[j].start)):
            if cited[j].start >= end:
                attached_end = max(cited[j].cover_end, cited[j].end)
            j += 1  # "… Quyết định số 2150/QĐ-UBND … ban hành Kế hoạch cải cách …": that plan is the decision
        if j < len(cited) and (cited[j].symbol is None or source is None) and _ISSUES_ATTACHED.match(text, end):
            # "Nghị định số 102/2024/NĐ-CP … quy định chi tiết … Luật Đất đai và đề nghị của Sở … tại Tờ
            # trình số 488/TTr-STNMT": the law the description names is no item, the next numbered one may be;
            # in a lead's list, whatever the law's citation ("Thực hiện Nghị quyết số 68-NQ/TW …, Nghị quyết số
            # 139/NQ-CP … ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW và Kế hoạch số
            # 512-KH/TU … của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành …"; after A, `source`, _outer_source reads
            # such an item)
            j = next((k for k in range(j, len(cited)) if cited[k].symbol is not None
                      and (_listed_after_description(text, end, cited[k]) and not _listed_inside(text, cited, k, end, cited[out[-1]])
                           or _DESCRIBED_PROPOSAL.fullmatch(text, end, cited[k].start)
                           # "… quy định chính sách … theo Luật Giáo dục năm 2019 và xét Tờ trình số 98/TTr-UBND": a
                           # basis said again after a description naming a law
                           or phrase is not None and _relation(phrase) == "based_on"
                           and _basis_after_description(text, end, cited[k]))), j)
        elif j < len(cited) and phrase is not None and _relation(phrase) == "based_on" and _ISSUES_ATTACHED.match(text, end):
            # "A được xây dựng căn cứ B1 và B2 hướng dẫn thực hiện Nghị định số 74/2011/NĐ-CP; trên cơ sở Tờ trình số
            # 98/TTr-UBND": the document the description names is no item of A's bases, the basis said again is
            # … and the next basis after a "; " that ends the description ("A được xây dựng căn cứ Nghị quyết số 03/NQ-CP
            # … ban hành Chương trình hành động … thực hiện Nghị quyết số 57-NQ/TW; Nghị quyết số 71/NQ-CP …")
            # … or the item in full after "và" that follows the described document's short-named object (see
            # _outer_list_item: "căn cứ Nghị quyết số 10/NQ-CP … ban hành Chương trình hành động thực hiện Nghị quyết số
            # 18-NQ/TW và Kế hoạch số 07-KH/TW ngày 27/11/2017 của Bộ Chính trị")
            j = next((k for k in range(j, len(cited)) if _basis_after_description(text, end, cited[k])
                      or (";" in text[end:cited[k].start] and not _listed_inside(text, cited, k, end, cited[out[-1]])
                          or k > j and _outer_list_item(text, cited, k - 1))
                      and _listed_after_description(text, end, cited[k])), j)
        elif j + 1 < len(cited) and phrase is None and source is None \
                and _CARRIES_OUT_CITED.fullmatch(text, end, cited[j].start):
            # "Thực hiện Chương trình hành động số 26-CTr/TU … thực hiện Nghị quyết số 23-NQ/TW … về …; Kế hoạch số
            # 35/KH-UBND …, UBND huyện ban hành …": what the item carries out is no item; the next one after a ";" is
            k = j
            while k + 1 < len(cited) and cited[k + 1].start < max(cited[k].end, cited[k].cover_end):
                k += 1  # the documents B0's title names
            if k + 1 < len(cited) and cited[k + 1].symbol is not None \
                    and (_NEXT_LEAD_ITEM.fullmatch(text, gap := max(cited[k].end, cited[k].cover_end), cited[k + 1].start)
                         or _fellow_of(text, cited, k + 1, cited[out[-1]]) and _COORDINATED.fullmatch(text, gap, cited[k + 1].start)):
                out.append(k + 1)  # … and so is one of the item's body, after "và", that says what it carries out
                continue
        elif j + 1 < len(cited) and source is not None and _CARRIES_OUT_CITED.fullmatch(text, end, cited[j].start):
            # "A nhằm cụ thể hóa Chương trình hành động số 18-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội … và Nghị
            # quyết số 06-NQ/TU … của Ban Chấp hành Đảng bộ thành phố Đà Lạt": what B carries out is no item of A's, but
            # a document listed after it that B's body is above, and A's is not, is one
            k = j
            while k + 1 < len(cited) and cited[k + 1].start < max(cited[k].end, cited[k].cover_end):
                k += 1  # the documents B0's title names
            # (or one of B's own body that says what it carries out: "căn cứ B của Ban Thường vụ Thành ủy Huế thực hiện
            # C và B2 của Ban Thường vụ Thành ủy về thực hiện C2", see _fellow_of)
            if k + 1 < len(cited) and cited[k + 1].symbol is not None \
                    and (0 <= _cited_rank(cited[out[-1]]) < _cited_rank(cited[k + 1])
                         and (_cited_rank(source) < 0 or _cited_rank(cited[k + 1]) <= _cited_rank(source))
                         or _fellow_of(text, cited, k + 1, cited[out[-1]])
                         or _outer_list_item(text, cited, k)) \
                    and (_COORDINATED.fullmatch(text, gap := max(cited[k].end, cited[k].cover_end), cited[k + 1].start)
                         or _TITLED_AND.fullmatch(text, gap, cited[k + 1].start)):
                out.append(k + 1)
                continue
        elif j + 1 < len(cited) and _AMENDS_AT.match(text, end) \
                and text.find("đề nghị", end, cited[j + 1].start) != -1:
            # "trên cơ sở Nghị định số 38/2023/NĐ-CP … sửa đổi, bổ sung Nghị định số 27/2022/NĐ-CP … quy định … và
            # theo đề nghị của UBND tỉnh tại Tờ trình số 142/TTr-UBND": the document amended is no item, the
            # submission after it is
            j = next((k for k in range(j + 1, min(j + 3, len(cited)))
                      if _AMENDING_PROPOSAL.fullmatch(text, end, cited[k].start)), j)
        elif j < len(cited) and phrase is not None and _relation(phrase) == "based_on" and _AMENDS_AT.match(text, end):
            # "căn cứ Luật số 60/2020/QH14 sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều;
            # Nghị định số 66/2021/NĐ-CP …": the laws an item amends are no items, the next basis after the "; " is
            # … or the basis said again after "và" ("căn cứ … Nghị định số 226/2025/NĐ-CP … sửa đổi, bổ sung một số điều
            # của các nghị định quy định chi tiết thi hành Luật Đất đai và xét Tờ trình số 412/TTr-UBND …")
            j = next((k for k in range(j, min(j + _AMENDED_MAX, len(cited)))
                      if cited[k].start - end <= _DESCRIPTION_MAX_CHARS
                      and (_NEXT_AFTER_SEMICOLON.fullmatch(text, end, cited[k].start)
                           or _basis_after_amending(text, end, cited[k]))), j)
            past_amended = _NEXT_AFTER_SEMICOLON.fullmatch(text, end, cited[j].start) is not None \
                or _basis_after_amending(text, end, cited[j])
        if j < len(cited) and _listed_with_title_s_end(text, cited, out[-1], j, end):
            return out
        # an item an amending law's own words run over is its item however the text goes on after it: "Luật sửa đổi, bổ
        # sung một số điều của B, B2 và B3 được Quốc hội thông qua ngày 29/6/2024" (the amending law's day, not B3's)
        covered = source is not None and j < len(cited) and (source.key or "").startswith(_AMENDING_LAW_KEY) \
            and source.start < cited[j].start and max(cited[j].end, cited[j].cover_end) < source.cover_end
        issued_item = issued and j < len(cited) and cited[j].issued and (
            _ISSUED_ITEM.fullmatch(text, end, cited[j].start) or listing and _COORDINATED.fullmatch(text, end, cited[j].start))
        if j >= len(cited) or cited[j].start >= limit or not (
                _COORDINATED.fullmatch(text, end, cited[j].start) or issued_item or past_amended
                or attached_end is not None and _COORDINATED.fullmatch(text, attached_end, cited[j].start)
                or _listed_after_description(text, end, cited[j])
                or phrase is not None and _repeats_phrase(text, end, cited[j].start, phrase)
                and not (source is not None and _leads_main_clause(text, cited, j))
                or phrase is not None and _relation(phrase) == "implements" and _LINKED_ITEM.fullmatch(text, end, cited[j].start)
                or (carried := _CARRIED_ITEM.fullmatch(text, end, cited[j].start))
                and text[carried.start("item")].isupper()
                or _PROPOSED_IN.fullmatch(text, end, cited[j].start) and (phrase is None or _relation(phrase) == "based_on")
                or _DESCRIBED_PROPOSAL.fullmatch(text, end, cited[j].start)
                or _AMENDING_PROPOSAL.fullmatch(text, end, cited[j].start)
                or phrase is not None and _relation(phrase) == "based_on" and _basis_after_description(text, end, cited[j])) \
                or cited[j].issued and not issued_item and not covered \
                or (source is not None and _does_its_own(text, cited, j, source, phrase)) \
                or source is not None and phrase is not None and _relation(phrase) == "implements" \
                and _peer_force(cited[j], source) \
                or source is not None and phrase is not None and _relation(phrase) in _NAMES_ITS_ITEM \
                and _passed_beside(text, cited, out, j, source) \
                or _ITEM_PREDICATE.match(text, max(cited[j].end, cited[j].cover_end)) and not covered:
            # "…, kế hoạch của UBND xã đã được ban hành": a subject, not a listed item (nor "…, báo cáo sơ kết của tỉnh
            # sẽ được gửi …")
            return out
        out.append(j)


def _listed_with_title_s_end(text: str, cited: list[Citation], b: int, j: int, end: int) -> bool:
    """"… Hướng dẫn số 3120/SGDĐT-TCCB về rà soát mạng lưới trường, lớp, bảo đảm phù hợp với Nghị quyết số 71-NQ/TW của
    Bộ Chính trị và Quy định số 1025/QĐ-BGDĐT": B's title ends with a document it names by no carrying-out verb, and the
    item after "và", of a body no lower than B's, is listed with that one, not with B (see _listed_inside; a title that
    carries a document out is read by _coordinated_after's own branches)."""
    inner = j - 1
    if inner == b or cited[inner].start < cited[b].end or max(cited[inner].end, cited[inner].cover_end) < end \
            or cited[inner].form != "numbered" or cited[inner].alias_of is not None:
        return False  # (what B approves or issues is B: "… phê duyệt Đề án … và Kết luận 24" goes on with B's list)
    if _RELATED_BEFORE.search(text, max(cited[b].end, cited[inner].start - _RELATED_CHARS), cited[inner].start):
        return False  # "… về tiếp tục thực hiện Nghị quyết số 29-NQ/TW và B2", "… về tổng kết B và B2": read elsewhere
    if "," in text[max(cited[inner].end, cited[inner].cover_end):cited[j].start]:
        return False  # "…, và Hướng dẫn số 31-HD/BTCTW": the comma goes back to B's list
    return _listed_inside(text, cited, j, cited[b].end, cited[b])


# a relation's phrase right before a document a title names ("… về tiếp tục thực hiện Nghị quyết số 29-NQ/TW")
_RELATED_BEFORE = re.compile(rf"(?:{_phrase_regex([r['phrase'] for r in _ROWS if r['where'] in ('gap', 'both')
                                                     and '*' not in r['phrase']])})[ ]+\Z")
_RELATED_CHARS = 40


_ASIDE = re.compile(r"[ ]*\([^()\n]{1,200}\)")
# what an amending item names, up to the "; " before the list's next item (no sentence's end between)
_NEXT_AFTER_SEMICOLON = re.compile(r"[^.;\n]*;[ ]+")
_AMENDED_MAX = 4  # the laws one amending item names, and the next item
# the years a law was amended in, said after it with no amending document named: "Luật Di sản văn hóa năm 2001, được
# sửa đổi, bổ sung năm 2009", "Luật Đất đai năm 2013, sửa đổi, bổ sung các năm 2018, 2020"
_AMENDED_IN_YEARS = re.compile(r"[ ]*,[ ]*(?:đã[ ]+)?(?:được[ ]+)?sửa[ ]+đổi[ ]*,?[ ]*bổ[ ]+sung(?:[ ]+một[ ]+số[ ]+điều)?"
                               r"[ ]+(?:các[ ]+)?năm[ ]+(?:19|20)\d\d(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)(?:năm[ ]+)?(?:19|20)\d\d)*"
                               r"(?=[ ]*[;,.]|[ ]+và[ ])")
# an item after "và" in a lead that issues B, issued by the same verb or its own body's: "Sau khi có B và B2",
# "Ngay sau khi Chính phủ ban hành B … và Thủ tướng ban hành B2 …"
_ISSUED_ITEM = re.compile(rf"[ ]*,?[ ]*và[ ]+(?:[^\W\d_][^.;:\n(),]{{0,60}}?[ ]+(?:{phrase_pattern(cues('issue'))})[ ]+)?(?:số[ ]*)?")
# a predicate straight after a document, of what is still to be done with it: the subject of a clause, no listed item
_ITEM_PREDICATE = re.compile(rf"[ ]+(?:{phrase_pattern(cues('must'))}|sẽ)[ ]")
# between a scheme or plan and the decision that approves it, which is the same document
# (or carried by it: "Chương trình hành động của Chính phủ ban hành kèm theo Nghị quyết 44/NQ-CP … và B2")
_APPROVED_AT = re.compile(r"[ ]*,?[ ]*(?:được[ ]+)?(?:phê[ ]+duyệt|ban[ ]+hành)"
                          r"(?:[ ]+kèm[ ]+theo(?:[ ]+(?:tại|theo|bởi))?|[ ]+(?:tại|theo|bởi))[ ]+")
# what is carried out together with B: "A thực hiện B gắn với B2" carries B2 out too (data/cues linked)
_LINKED_ITEM = re.compile(rf"[ ]*,?[ ]*(?:{phrase_pattern(cues('linked'))})[ ]+")
_AMENDED_BY_AFTER = re.compile(rf"[ ]*,[ ]*{PASSIVE_GAP_RE.pattern}")


def _amended_by_after(text: str, cited: list[Citation], end: int) -> int | None:
    """Where the documents that amend the one ending at `end` end, when a passive after a comma names them ("B, được
    sửa đổi, bổ sung bởi A1 và A2; B2": up to the "; " that ends their clause, as the amends relation reads them)."""
    passive = _AMENDED_BY_AFTER.match(text, end)
    if passive is None or _relation(passive.group("phrase")) != "amends":
        return None
    k = next((k for k, c in enumerate(cited) if c.start >= passive.end()), None)
    if k is None or cited[k].start != passive.end():
        return None
    last = _coordinated_after(text, cited, k, _amenders_end(text, cited[k]))[-1]
    return max(cited[last].cover_end, cited[last].end)


# what closes the documents a passive set off by a comma names: the "; " that ends their clause, or ", và", which goes
# back to the list the amended document is in ("theo Nghị định số 08/2022/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định
# số 05/2025/NĐ-CP, và Thông tư số 02/2022/TT-BTNMT": the circular is no amender)
_AMENDERS_CLOSE = re.compile(r";[ ]|,[ ]*và[ ]")


def _amenders_end(text: str, first: Citation) -> int:
    """Where the documents a comma-opened passive names, the first of them `first`, end."""
    close = _AMENDERS_CLOSE.search(text, max(first.cover_end, first.end))
    return len(text) if close is None else close.start()
# a lead's item said to carry out a document of its own, and the ";" before the lead's next item
_CARRIES_OUT_CITED = re.compile(rf"[ ]+(?:về[ ]+)?(?:{_IMPLEMENTS_ONLY})[ ]+")
_NEXT_LEAD_ITEM = re.compile(r"[ ]*;[ ]*")
# the title of what B carries out, then "và" before the next item: "… thực hiện C về phát triển du lịch chất lượng cao và B2"
_TITLED_AND = re.compile(r"[ ]+về[ ]+[^.;:\n()]{1,150}?[ ]*,?[ ]+và[ ]+")
# "B và Quy chế mẫu ban hành kèm theo B2": an item named by what it carries
_CARRIED_ITEM = re.compile(
    rf"[ ]*(?:,|và|,[ ]*và)[ ]+(?P<item>[^\W\d_])[^.;:\n()]{{0,80}}?[ ]+"
    rf"(?:{phrase_pattern(cues('carried_by'))})[ ]+")
# "… và 5 năm thực hiện B2", "… gắn với 3 năm thực hiện B2": a list item after its own period
_REPEAT_LEAD = re.compile(r"[ ]*(?:,|và|,[ ]*và|,?[ ]*gắn với)[ ]+(?:(?:sơ|tổng)[ ]+kết[ ]+)?(?:\d+[ ]+năm[ ]+)?")
# "… căn cứ Luật Tổ chức Chính phủ; căn cứ Quyết định số 95/QĐ-TTg …": a preamble's bases, one a clause
_BASIS_REPEAT_LEAD = re.compile(r"[ ]*;[ ]+")


def _leads_main_clause(text: str, cited: list[Citation], j: int) -> bool:
    """Does the phrase said again before item j open a lead of its own, a main clause after it ("Theo Báo cáo A về sơ
    kết 5 năm thực hiện B, thực hiện B2, Ban Thường vụ Tỉnh ủy đã ban hành A2": B2 is A2's, not A's)?"""
    item = cited[j]
    return _MAIN_CLAUSE.match(text, max(item.cover_end, item.end)) is not None \
        and _lead_before(text, item.start) is not None


def _repeats_phrase(text: str, end: int, start: int, phrase: str) -> bool:
    """Is the list's next item, at `start`, after the relation phrase said again ("thực hiện B và thực hiện B2";
    a basis after a semicolon too: "căn cứ B; căn cứ B2")?"""
    lead = _REPEAT_LEAD.match(text, end, start) or \
        (_relation(phrase) == "based_on" and _BASIS_REPEAT_LEAD.match(text, end, start) or None)
    if lead is None:
        return False
    said = fold(text[lead.end():start].strip())
    # a basis may be said by another basis word: "căn cứ B; xét Tờ trình số …"
    return said == fold(phrase) or _RELATION_OF.get(said) == "based_on" == _relation(phrase)


_SUBJECT_ITEM_JOIN = re.compile(r"[ ]*(?:,|,?[ ]*và)[ ]+")
# what may open a sentence before its subject: a bullet, or a few words set off by a comma ("Trong đó, "), not a lead's
# verb ("Căn cứ ")
_SUBJECT_LIST_OPENING = re.compile(r"[ \n•*+–-]*(?:(?:[^\W\d_]+[ ]*){1,3},[ ]*)?")


def _opens_its_sentence(text: str, c: Citation) -> bool:
    """Does citation `c` open its sentence, after a bullet or a few words set off by a comma at most?"""
    return _SUBJECT_LIST_OPENING.fullmatch(text, sentence_start(text, c.start), c.start) is not None


def _passive_subject_list(text: str, cited: list[Citation], i: int) -> list[Citation]:
    """The documents listed before the last one, `i`, when the list opens its sentence as the subject of a passive that
    carries them out: "Trong đó, Kết luận số 121-KL/TW, Kết luận số 126-KL/TW và Kết luận số 127-KL/TW đã được Tỉnh ủy
    cụ thể hóa bằng A" (A carries out each). Items with a title of their own are no bare list; nor is a list inside
    a lead or an object ("Căn cứ B1 và B2 được hướng dẫn tại …" is left to B2)."""
    k = i
    while k > 0 and not cited[k - 1].own_title and cited[k - 1].alias_of is None \
            and _SUBJECT_ITEM_JOIN.fullmatch(text, max(cited[k - 1].end, cited[k - 1].cover_end), cited[k].start):
        k -= 1
    if k == i or not _opens_its_sentence(text, cited[k]):
        return []
    return cited[k:i]


def _passive_after_aside(text: str, cited: list[Citation], a: Citation, after: int, add) -> None:
    """"Nghị định số 91/2019/NĐ-CP (đã được sửa đổi, bổ sung bởi A1) được thay thế bằng A2": after the aside
    that amends B, what B undergoes next."""
    aside = _ASIDE.match(text, after)
    k = next((k for k, c in enumerate(cited) if aside and c.start >= aside.end()), None)
    passive = PASSIVE_GAP_RE.fullmatch(text, aside.end(), cited[k].start) if k is not None else None
    if passive is not None:
        for n in _coordinated_after(text, cited, k):
            add(cited[n], a, _relation(passive.group("phrase")), passive.start("phrase"), passive.end("phrase"))
    # … or what B does itself: "Nghị định số 59/2019/NĐ-CP (được sửa đổi, bổ sung bởi A1) quy định chi tiết một số
    # điều và biện pháp thi hành C"
    elif k is not None and (own := GAP_RE.fullmatch(text, aside.end(), cited[k].start)) is not None \
            and not own.groupdict().get("pre"):
        for n in _coordinated_after(text, cited, k):
            add(a, cited[n], _relation(own.group("phrase")), own.start("phrase"), own.end("phrase"))


def _listed_inside(text: str, cited: list[Citation], k: int, end: int, described: Citation) -> bool:
    """"Thông tư số 80/2021/TT-BTC … hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số
    126/2020/NĐ-CP": the item after "và" is listed with the document the description (after `end`) names,
    the second object of its phrase, not with the described document; an item of a lower body than the
    described one's is no object of what that body issued ("Quyết định số 1305/QĐ-TTg … ban hành Kế hoạch
    triển khai Nghị quyết 98 và Chương trình hành động số 35-CTr/TU … của Tỉnh ủy")."""
    if k == 0 or (before := cited[k - 1]).start < end:
        return False
    if ";" in text[max(before.end, before.cover_end):cited[k].start] and text[cited[k].start].isupper():
        return False  # "… quy định chi tiết … của Luật Di sản văn hóa; Thông tư số 15/2019/TT-BVHTTDL …": a "; " before
        # a capital ends the description's clause (see _description_end), the item after it is the list's again
    if _less_force(cited[k], described) or _peer_force(cited[k], described):
        return False  # "Nghị định … quy định chi tiết … của Luật Trẻ em và Quyết định số 1248/QĐ-TTg": a decree details
        # no Prime Minister's decision, the list's next item
    return _cited_rank(cited[k]) <= _cited_rank(described) \
        and _COORDINATED.fullmatch(text, max(before.end, before.cover_end), cited[k].start) is not None


_FORCE = {(row["by"], row["value"]): int(row["force"]) for row in read_table("legal_force.tsv")}


def _legal_force(c: Citation) -> int | None:
    """The legal force of a central state document, 0 the highest (data/legal_force.tsv); None for any other."""
    if c.symbol is not None and c.symbol.issuer_code:
        force = _FORCE.get(("issuer", c.symbol.issuer_code.rstrip("0123456789")))
        if force is not None:
            return force
    return _FORCE.get(("type", c.type or ""))


def _less_force(item: Citation, described: Citation) -> bool:
    """Is the item of less legal force than the described document, so no object of what that one details or guides?"""
    force, over = _legal_force(item), _legal_force(described)
    return force is not None and over is not None and force > over


def _of_less_force(doc: Resolved, over: Resolved) -> bool:
    """Is the document of less legal force than `over` (both central state documents with a symbol)?"""
    numbered = [next((c for c in d.citations if c.symbol is not None), None) for d in (doc, over)]
    return None not in numbered and _less_force(*numbered)


_PEER_FORCE_MAX = 4  # down to the Government's decrees: a decree details or carries out no decree, a law no law


def _peer_force(item: Citation, described: Citation) -> bool:
    """Is the item of the described document's own type and legal force, at a rank whose documents detail only higher
    ones ("Nghị định số 102/2024/NĐ-CP … quy định chi tiết thi hành một số điều của Luật Đất đai, Nghị định số
    101/2024/NĐ-CP …": the second decree is the outer list's next item, not one more the first details; but a decree
    may carry out a Government resolution: "Nghị định số 61/2010/NĐ-CP … cụ thể hóa … Nghị quyết số 24/2008/NQ-CP")?"""
    force = _legal_force(item)
    return force is not None and force <= _PEER_FORCE_MAX and item.type == described.type \
        and force == _legal_force(described) and _normative(item) and _normative(described)


def _normative(c: Citation) -> bool:
    """Is the citation a legal normative document: a symbol with its year, or a law named by its title? (A Government
    resolution with no year, "Nghị quyết số 08/NQ-CP", is an individual act, a programme, not a detailing one.)"""
    return c.symbol.year is not None if c.symbol is not None else _legal_force(c) is not None


def _listed_after_description(text: str, end: int, following: Citation) -> bool:
    """"Căn cứ Thông tư số 56/2025/TT-BTC … hướng dẫn xây dựng dự toán … và Chỉ thị số 15/CT-UBND …":
    an item's description (data/cues describes) before the next numbered item of the list."""
    return following.symbol is not None and following.start - end <= _DESCRIPTION_MAX_CHARS \
        and _DESCRIBED_ITEM.fullmatch(text, end, following.start) is not None


# the verbs by which a listed item's description says what it does ("… quy định …", "… phê duyệt …", "… ban hành …")
_ITEM_DESCRIPTION_VERBS = phrase_pattern(cues("describes") + cues("approve") + cues("item_description"))


# a basis said again by a basis word after the last one's description: "căn cứ Nghị định số 75/2021/NĐ-CP … quy định
# mức hưởng trợ cấp …; xét Tờ trình số 456/TTr-UBND …", "… giai đoạn 2021 - 2025 và xét Tờ trình số 45/TTr-UBND …"
_AMENDS_WORDS = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] == "gap" and r["relation"] in ("amends", "replaces")])
_BASIS_WORDS = phrase_pattern([r["phrase"] for r in _ROWS if r["relation"] == "based_on" and "*" not in r["phrase"]])
_BASIS_AFTER_DESCRIPTION = re.compile(
    rf"[ ]+(?:{_ITEM_DESCRIPTION_VERBS})[ ]+[^.;\n]+?(?:;|,?[ ]+và)[ ]+"
    rf"(?:{_BASIS_WORDS})[ ]+")


def _basis_after_description(text: str, end: int, following: Citation) -> bool:
    return following.symbol is not None and following.start - end <= _DESCRIPTION_MAX_CHARS \
        and _BASIS_AFTER_DESCRIPTION.fullmatch(text, end, following.start) is not None


_BASIS_AFTER_AMENDING = re.compile(rf"[ ]+(?:{_AMENDS_WORDS})[ ]+[^.;\n]+?,?[ ]+và[ ]+(?:{_BASIS_WORDS})[ ]+")


def _basis_after_amending(text: str, end: int, following: Citation) -> bool:
    """Is `following` a basis said again after "và" that ends an amending item's description?"""
    return following.symbol is not None and following.start - end <= _DESCRIPTION_MAX_CHARS \
        and _BASIS_AFTER_AMENDING.fullmatch(text, end, following.start) is not None


def _does_its_own(text: str, cited: list[Citation], j: int, source: Citation, phrase: str | None = None) -> bool:
    """"A thực hiện B và Kế hoạch số 98-KH/TU thực hiện C": the item after "và" says at once
    what it does to the next document, so it is a second source, not a second B (a title
    "B và B2 về tiếp tục thực hiện C" still lists B2, and so does a lead's list: "Căn cứ B1 và
    B2 sửa đổi C, X ban hành A"). An amendment names what the item is, not what it does beside A:
    "A thực hiện B và Quyết định số 40 sửa đổi, bổ sung C" lists it, and so does a description
    ("Căn cứ Luật Đất đai số 31/2024/QH15, Nghị định số 102/2024/NĐ-CP … quy định chi tiết thi
    hành một số điều của Luật Đất đai và Tờ trình …"). Nor does an item of a higher body than A's,
    named with it: A's body issues no document of its superior's ("Nghị quyết số 10-NQ/HU nhằm cụ
    thể hóa Nghị quyết Đại hội … và Chương trình hành động số 18-CTr/TU … của Tỉnh ủy Bình Định
    thực hiện C" lists the programme)."""
    a = cited[j]
    if _older_object(a, source, phrase):
        return False
    if phrase is not None and _amender_s_peer(text, a, source, next((c for c in reversed(cited[:j]) if citation_year(c)), a),
                                              _relation(phrase)):
        return True  # "… trong đó có Thông tư số 06/2024/TT-NHNN sửa đổi … Thông tư số 39/2016/TT-NHNN … và Thông tư
        # 05/2024/TT-NHNN quy định …": a circular of A's year after an older one A amends is A's fellow in the list
    if _sibling_after_semicolon(text, cited[j - 1], a, source):
        return True  # "A thực hiện B của Ban Bí thư; Chỉ thị số 12-CT/TU về …": what A's body issued beside A
    if _carries_out_source(text, cited, j, source):
        return True  # "A … thực hiện B về …; Kế hoạch số 980/KH-UBND … về triển khai A, …": a lead's next item
    if phrase is not None and _relation(phrase) == "reviews" and (k := next((k for k in range(j + 1, len(cited)) if cited[k].start >= a.anchor), None)) \
            is not None and (same := GAP_RE.fullmatch(text, a.anchor, cited[k].start)) is not None \
            and fold(same.group("phrase")) == fold(phrase) and _names_same(cited[k], cited[j - 1]):
        # "A về tổng kết Nghị quyết số 18-NQ/TW và Kế hoạch số 141/KH-BCĐTKNQ18 … về tổng kết Nghị quyết 18": the item does
        # to B what A does, so it is A's fellow, not A's second object, whatever its body (a plan that carries out B is
        # still an object: "A thực hiện B và Chương trình số 12-CTr/TU … thực hiện Nghị quyết 68")
        return True
    if _fellow_of(text, cited, j, source):
        return True  # "A … của Ban Thường vụ Thành ủy Huế thực hiện B và C … của Ban Thường vụ Thành ủy về thực hiện D"
    if a.issuer is not None and (0 <= _cited_rank(a) < _cited_rank(source) or _of_another_body(text, a, source)):
        return False
    if _REPEALS.match(text, a.anchor) and not _repeals_listed_before(text, cited, j):
        return True  # "…; Nghị quyết số 06/2025/NQ-HĐND bãi bỏ C": no relation, but its own act
    # after "; " in what A carries out, an amendment or a replacement is the item's own act too ("A triển khai B; Kế
    # hoạch 125 thay thế kế hoạch này"): a new clause, not one more B (a list of bases names its items so: "căn cứ B;
    # Luật sửa đổi, bổ sung …")
    semicolon = phrase is not None and _relation(phrase) == "implements" \
        and text[max(cited[j - 1].end, cited[j - 1].cover_end):a.start].strip() == ";"
    # (past the plan its title issues, which is the item itself: "… và Nghị quyết số 137/NQ-CP ban hành Chương trình
    # hành động thực hiện C")
    k = next((k for k in range(j + 1, len(cited)) if cited[k].start >= a.anchor and cited[k].alias_of != j), None)
    if k is None:
        return semicolon and _PHRASE_AFTER.match(text, a.anchor) is not None  # "…; Kế hoạch 125 thay thế hai kế hoạch này"
    if cited[k].ref in ("bare", "this") and cited[k].type == cited[j - 1].type:
        # "… sơ kết 5 năm thực hiện Nghị quyết số 36-NQ/TW … và Kế hoạch số 62-KH/TU … thực hiện Nghị quyết": what the
        # item carries out is the B listed before it, named back; the plan is B's companion in the list
        return False
    m = GAP_RE.fullmatch(text, a.anchor, cited[k].start)
    if m is not None and phrase is not None and _relation(phrase) == _relation(m.group("phrase")) == "based_on" \
            and "," in text[a.anchor:m.start("phrase")]:
        return False  # "A được ban hành căn cứ B1 và B2, trên cơ sở Tờ trình C": A's next basis after a comma, not B2's
    return m is not None and (not text[a.anchor:m.start("phrase")].strip(" ,")
                              or _OWN_SCHEME_TITLE.fullmatch(text, a.anchor, m.start("phrase")) is not None) \
        and (semicolon or _relation(m.group("phrase")) not in _NAMES_ITS_ITEM) and not _DESCRIBES_AT.match(m.group("phrase"))


def _older_object(item: Citation, source: Citation, phrase: str | None) -> bool:
    """Is the item, of an earlier year than the source that amends or replaces, one more document it acts on rather
    than its sibling ("A sửa đổi, bổ sung một số điều của ba nghị định: Nghị định số 43/2014/NĐ-CP … quy định chi tiết
    … của Luật Đất đai; Nghị định số 44/2014/NĐ-CP …": a decree of 2017 amends the one of 2014 listed after the law
    the first item's description names, and a decree of 2014 that details the law is still amended, not the next
    item of an outer list)? Only a document of the source's type: a circular after a decree that amends is a basis
    listed beside it."""
    return phrase is not None and _relation(phrase) in _NAMES_ITS_ITEM and item.type == source.type \
        and 0 < citation_year(item) < citation_year(source)


def _amender_s_peer(text: str, item: Citation, source: Citation, before: Citation, relation: str) -> bool:
    """Is the item, of the amending source's own type and year, listed after an older document the source amends or
    replaces (`before`: the last dated one before the item, past a law its title names), and saying what it provides
    itself ("… và Thông tư 05/2024/TT-NHNN quy định …"), the source's fellow rather than one more document it acts on?
    (A bare list goes on with what is amended: "Luật số 43/2024/QH15 sửa đổi … Luật Kinh doanh bất động sản số
    29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15".)"""
    year = citation_year(source)
    return relation in _NAMES_ITS_ITEM and item.type == source.type \
        and year > 0 and citation_year(item) == year and 0 < citation_year(before) < year \
        and _DESCRIBES.match(text, item.end) is not None


# the item's own title, the plan it issues to carry out the next document: "A về Kế hoạch hành động thực hiện B và Nghị
# quyết 139/NQ-CP về Kế hoạch triển khai C", "… và Nghị quyết số 137/NQ-CP ban hành Chương trình hành động thực hiện C"
# (a title shared by a pair names no plan: "B và B2 về tiếp tục thực hiện C")
_OWN_SCHEME_TITLE = re.compile(rf"[ ,]*(?:(?:về|Về)[ ]+(?:việc[ ]+)?(?:(?:{_ISSUES_WHAT})[ ]+)?|(?:{_ISSUES_WHAT})[ ]+)"
                               rf"(?:{phrase_pattern(cues('issued_scheme'), either_case=True)})(?:[ ]+[^\s,.;:!?()“”\"]+){{0,12}}?[ ]+")
_BREAK = re.compile(r"[.;\n]")


def _repeals_listed_before(text: str, cited: list[Citation], j: int) -> bool:
    """Does the item at `j` repeal (a part of) a document its list named before it? Then the repeal describes the item,
    one more of the list ("thay thế Thông tư số 17/2012/TT-BGDĐT … ban hành Quy định về dạy thêm, học thêm và Thông tư
    số 15/2013/TT-BGDĐT … bãi bỏ Điều 8 của Quy định về dạy thêm, học thêm": both are replaced)."""
    a = cited[j]
    k = next((k for k in range(j + 1, len(cited)) if cited[k].start >= a.anchor), None)
    if k is None or _BREAK.search(text, a.anchor, cited[k].start):
        return False
    if cited[k].ref in ("bare", "titled") and any(c.type == cited[k].type for c in cited[:j]
                                                    if c.start >= sentence_start(text, a.start)):
        return True  # "… bãi bỏ Điều 8 của Quy định …", the rules an item before it issued
    return any(_names_same(cited[k], c) for c in cited[:j] if c.start >= sentence_start(text, a.start))


# what an item's title says it carries out, right after its issuer: "… của Ban Thường vụ Thành ủy về thực hiện D"
_TITLED_CARRYING_OUT = re.compile(rf"[ ]+về[ ]+(?:việc[ ]+)?(?:{_IMPLEMENTS_ONLY})[ ]+")


def _same_body(a: Citation, b: Citation) -> bool:
    """Do two citations name one issuing body, once perhaps with its place ("Ban Thường vụ Thành ủy" and "Ban Thường vụ
    Thành ủy Huế")?"""
    if a.issuer is None or b.issuer is None:
        return False
    one, other = sorted((a.issuer.name, b.issuer.name), key=len)
    return other == one or other.startswith(one + " ")


def _fellow_of(text: str, cited: list[Citation], j: int, source: Citation) -> bool:
    """An item of A's own body (named so, or unnamed with A's own local code) whose title says what it carries out is
    A's fellow in a list, not a second document A carries out: a body does not carry out, beside B, its own plan on D
    ("căn cứ Chương trình hành động số 286-CTr/TU …
    của Ban Thường vụ Thành ủy Huế thực hiện B và Kế hoạch số 275-KH/TU … của Ban Thường vụ Thành ủy về thực hiện D")."""
    item = cited[j]
    if not _named_same_body(text, item, source) and not _same_local_code(text, item, source):
        return False
    k = next((k for k in range(j + 1, len(cited)) if cited[k].start >= item.anchor), None)
    return k is not None and _TITLED_CARRYING_OUT.fullmatch(text, item.anchor, cited[k].start) is not None


def _named_same_body(text: str, item: Citation, source: Citation) -> bool:
    return _same_body(item, source) and text.find(" của ", item.start, item.anchor) != -1


def _same_local_code(text: str, item: Citation, source: Citation) -> bool:
    """Does an item whose body goes unnamed carry A's own local issuer code ("Chương trình hành động số 34-CTr/TU thực
    hiện B và Kế hoạch số 310-KH/TU về thực hiện D": both the Tỉnh ủy's)?"""
    if item.symbol is None or source.symbol is None or text.find(" của ", item.start, item.anchor) != -1:
        return False
    code = issuer_code(item.symbol.issuer_code)
    return code is not None and code.level != "central" \
        and item.symbol.issuer_code.casefold() == source.symbol.issuer_code.casefold()


# a bare "và" between two items
_AND_ONLY = re.compile(r"[ ]+và[ ]+")


def _outer_list_item(text: str, cited: list[Citation], k: int) -> bool:
    """Is the document after "và" that follows C (at `k`), what a listed B carries out, the outer list's next item
    rather than B's second object? C is named short, with no date and no body, the item in full, with a date and a body
    of its own, as the outer list names its items ("trên cơ sở Kế hoạch số 150-KH/TU ngày … của Ban Thường vụ Tỉnh ủy
    thực hiện Chỉ thị 35 và Hướng dẫn số 26-HD/BTCTW ngày 28/6/2019 của Ban Tổ chức Trung ương": the guide is the second
    basis; a bare "B thực hiện Nghị quyết 18 và Nghị quyết 19" still carries out both). Only a guide or a plan: a
    resolution, a directive or a rule so named B does carry out with C ("Kế hoạch số 15-KH/TU … thực hiện Nghị quyết số
    68-NQ/TW và Nghị quyết số 139/NQ-CP ngày 17/5/2025 của Chính phủ …")."""
    if k + 1 >= len(cited) or fold(cited[k + 1].type or "") not in _LISTED_MEANS:
        return False
    c, item = cited[k], cited[k + 1]
    return c.date is None and c.end <= c.head_end and item.date is not None and item.issuer is not None \
        and item.end > item.head_end and _AND_ONLY.fullmatch(text, max(c.end, c.cover_end), item.start) is not None


def _names_same(c: Citation, b: Citation) -> bool:
    """Do two citations name one document by its type and number ("Nghị quyết 18" and "Nghị quyết số 18-NQ/TW")?"""
    return c.type is not None and c.type == b.type and c.number is not None and b.number is not None \
        and c.number.lstrip("0") == b.number.lstrip("0")


_PHRASE_AFTER = re.compile(rf"[ ]+(?:{_GAP_PHRASES})(?![^\W\d_])")


def _carries_out_source(text: str, cited: list[Citation], j: int, source: Citation) -> bool:
    """Does the item at `j` say it carries out the source itself (its description's first document is the source's)?"""
    a = cited[j]
    k = next((k for k in range(j + 1, len(cited)) if cited[k].start >= a.anchor), None)
    if k is None or source.symbol is None or cited[k].symbol is None \
            or cited[k].symbol.canonical != source.symbol.canonical:
        return False
    m = GAP_RE.fullmatch(text, a.anchor, cited[k].start)
    return m is not None and _relation(m.group("phrase")) == "implements"


def _sibling_after_semicolon(text: str, b: Citation, a: Citation, source: Citation) -> bool:
    """Is `a`, after "; ", one more document of the source's issuer (its code), where the B before it is another
    body's ("… ban hành Kế hoạch số 125-KH/TU thực hiện Kết luận số 114-KL/TW …; Chỉ thị số 12-CT/TU …")?"""
    # B named without a number is of its body's code ("… quy định chi tiết thi hành một số điều của Luật Đất đai; Nghị
    # định số 88/2024/NĐ-CP …": the Government's next decree, not a second law the first details)
    b_code = b.symbol.issuer_code if b.symbol is not None else b.issuer.code if b.issuer is not None else None
    # (the source named by what it carries, with no number, by its body's: "Nghị quyết số 03/NQ-CP … của Chính phủ ban
    # hành Chương trình hành động của Chính phủ thực hiện B; Nghị quyết số 71/NQ-CP …")
    code = source.symbol.issuer_code if source.symbol is not None else source.issuer.code if source.issuer is not None \
        else None
    if a.symbol is None or b_code is None or code is None:
        return False
    return a.symbol.issuer_code == code != b_code \
        and text[max(b.end, b.cover_end):a.start].strip() == ";"


def _passed_beside(text: str, cited: list[Citation], out: list[int], j: int, source: Citation) -> bool:
    """Is item `j`, after "; ", one more document of the amending or replacing source's own body, passed or issued
    beside it, not a second document it amends ("HĐND tỉnh thông qua Nghị quyết số 08/2022/NQ-HĐND sửa đổi, bổ sung
    một số điều của Nghị quyết số 23/2019/NQ-HĐND … quy định …; Nghị quyết số 11/NQ-HĐND về chủ trương đầu tư …")?
    Not in a list the phrase opens with a colon ("bãi bỏ các nghị quyết sau: …; …"), nor when the item is of an
    earlier year than the source, as a document amended would be."""
    a, prev = cited[j], cited[out[-1]]
    if a.symbol is None or source.symbol is None or a.symbol.issuer_code != source.symbol.issuer_code:
        return False
    if ";" not in text[max(prev.end, prev.cover_end):a.start] or ":" in text[source.end:cited[out[0]].start]:
        return False
    return not (0 < citation_year(a) < citation_year(source))


def _own_clause_after_semicolon(text: str, cited: list[Citation], j: int) -> bool:
    """Is the item at `j`, after "; ", one that goes on to act on a document of its own ("Nghị định số 67/2025/NĐ-CP
    sửa đổi, bổ sung … Nghị định số 178/2024/NĐ-CP; Thông tư số 01/2025/TT-BNV … hướng dẫn thực hiện Nghị định 178"):
    the next item of an outer list, not one more document amended or replaced."""
    a, before = cited[j], cited[j - 1]
    if text[max(before.end, before.cover_end):a.start].strip() != ";":
        return False
    k = next((k for k in range(j + 1, len(cited)) if cited[k].start >= a.anchor), None)
    m = GAP_RE.fullmatch(text, a.anchor, cited[k].start) if k is not None else None
    return m is not None and not text[a.anchor:m.start("phrase")].strip(" ,")


def _other_kind_after_semicolon(text: str, before: Citation, item: Citation, source: Citation) -> bool:
    """Is the item after "; ", of another kind than the document amended or replaced before it and of another body
    than the source's, the next item of an outer list ("căn cứ … Nghị định số 100/2013/NĐ-CP … sửa đổi, bổ sung một số
    điều của Nghị định 11/2010/NĐ-CP; Thông tư số 39/2011/TT-BGTVT …": the Government's decree amends no ministry's
    circular there)? A body's own documents of several kinds may be replaced together ("… thay thế Quyết định số
    12/2014/QĐ-UBND; Chỉ thị số 03/2015/CT-UBND")."""
    if text[max(before.end, before.cover_end):item.start].strip() != ";":
        return False
    if item.symbol is None or source.symbol is None or before.type is None:
        return False
    return item.type != before.type and item.symbol.issuer_code != source.symbol.issuer_code


def _aside_closed_by_comma_and(text: str, before: Citation, item: Citation, phrase: tuple[int, int]) -> bool:
    """Does ", và" close an aside that a comma opened before the phrase or inside it, going back to the list the source
    is in ("Chính phủ ban hành Nghị định số 33/2023/NĐ-CP … quy định về …, thay thế Nghị định số 92/2009/NĐ-CP, và Nghị
    định số 06/2023/NĐ-CP …": the second decree is issued beside the first, not replaced; "… có hiệu lực, thay thế B, và
    …")?"""
    return (text.endswith(", ", 0, phrase[0]) or text.find(", ", *phrase) != -1) \
        and _COMMA_AND_ITEM.fullmatch(text, max(before.end, before.cover_end), item.start) is not None


_COMMA_AND_ITEM = re.compile(r"[ ]*,[ ]*và[ ]+")


def _of_another_body(text: str, a: Citation, source: Citation) -> bool:
    """Does the item name, after "của", a body other than the source's ("A căn cứ B và Kế hoạch số 38-KH/TU … của
    Thành ủy thực hiện C" in a trade union's programme)? What a clause issues beside A is A's body's, not named again."""
    return text.find(" của ", a.start, a.anchor) != -1 and (source.issuer is None or source.issuer.name != a.issuer.name)


_NAMES_ITS_ITEM = {"amends", "replaces"}  # the changes, which name the changed item
# … and what the subject of a passive predicate goes on to carry out after "đồng thời" ("Chỉ thị được ban hành trên cơ sở
# tổng kết 5 năm thực hiện B …, đồng thời nhằm tiếp tục thực hiện C": the directive's, as B acts on nothing)
_ALSO_CARRIES_OUT_GAP = re.compile(
    rf"[ ]*,?[ ]*đồng[ ]+thời[ ]+(?P<phrase>{_gap_phrases(("implements", "continues"))}){_AFTER_PHRASE}")
# a basis phrase that names a body's proposal made in a document ("trên cơ sở đề nghị của * tại", "xét đề nghị tại")
_REQUEST_IN = re.compile(r"đề[ ]+nghị\b.*\btại$", re.IGNORECASE)
_REPEALS = re.compile(rf"[ ]+(?:{phrase_pattern(cues('repeals'))})(?![^\W\d_])")
# what a repeal's object is followed by when the repealing document goes on: "… và thay thế C"; or after "; " with no
# subject of its own ("A …, căn cứ B …; thay thế C": A's act, not B's)
_AND_ITEM_GAP = re.compile(rf"[ ]*(?:,?[ ]*(?:và|đồng thời)|;)[ ]+(?P<phrase>{_gap_phrases(_NAMES_ITS_ITEM, ("gap",))}){_AFTER_PHRASE}")
# … and what B is followed by when the document carrying it out goes on to carry out C: "nhằm cụ thể hóa B và thực
# hiện C" (not after a comma, where a lead's list goes on: "Ngay sau khi Chính phủ ban hành Nghị quyết số 140/NQ-CP …
# thực hiện Nghị quyết số 55-NQ/TW, và thực hiện Kế hoạch số 56-KH/ĐUK …, Đảng ủy EVN đã ban hành A"; nor a review:
# "Kế hoạch … thực hiện B và sơ kết C" reviews nothing)
_AND_IMPLEMENTS_GAP = re.compile(rf"[ ]+và[ ]+(?P<phrase>{_IMPLEMENTS_ONLY}){_AFTER_PHRASE}")
# … also when the second act goes on with an older one, right after B: "nhằm cụ thể hóa B và tiếp tục thực hiện C" (a
# plan's "continues" is read as implements by `add`; not after B's title, where "và tiếp tục thực hiện" is the title's)
_AND_CARRIES_ON_GAP = re.compile(rf"[ ]+và[ ]+(?P<phrase>{_gap_phrases(("implements", "continues"), starless=True)}){_AFTER_PHRASE}")
# … and a basis after "và" (as after a comma): "A được xây dựng theo tinh thần B và trên cơ sở C": A's own basis
_AND_BASIS_GAP = re.compile(rf"[ ]+và[ ]+(?P<phrase>{_gap_phrases(("based_on",), starless=True)}){_AFTER_PHRASE}")


def _and_basis(text: str, a: Citation, i: int, b: Citation, object_of: dict[int, Citation]) -> re.Match[str] | None:
    """"và trên cơ sở C" after B (after its title if it has one), B being what a document acts on, not what a body does
    something to: that document's basis."""
    if i not in object_of or _acted_on(text, object_of[i]):
        return None
    return _AND_BASIS_GAP.fullmatch(text, a.cover_end if a.own_title and a.cover_end <= b.start else a.anchor, b.start)
# … and, after a list of bases closed by ";", what the document resting on them carries out: "Kế hoạch được xây dựng
# căn cứ Luật Thủy lợi năm 2017; thực hiện Kế hoạch số 518/KH-UBND …", "… trên cơ sở B1 và B2; đồng thời thực hiện C"
_BASES_THEN_CARRIED_OUT = re.compile(
    rf"[ ]*;[ ]*(?:(?:{phrase_pattern(cues('also'))})[ ]+)?(?P<phrase>{_IMPLEMENTS_ONLY}){_AFTER_PHRASE}")


def _bases_then_carried_out(text: str, a: Citation, b: Citation) -> re.Match[str] | None:
    """"; [đồng thời] thực hiện" between basis `a` and `b`, after what `a` itself does, if anything: "trên cơ sở
    Quyết định số 1048/QĐ-TTg … ban hành Bộ tiêu chí …; đồng thời thực hiện C" (the basis's description ends at
    the ";", and the resting document's act begins)."""
    start = a.cover_end if a.own_title else a.anchor
    semicolon = text.find(";", start, b.start)
    if semicolon == -1 or any(stop in text[start:semicolon] for stop in ".\n"):
        return None
    return _BASES_THEN_CARRIED_OUT.fullmatch(text, semicolon, b.start)


def _resting_on(cited: list[Citation], i: int, basis_of: dict[int, Citation], object_of: dict[int, Citation]
                ) -> Citation | None:
    """The document resting on basis `i`, or on the basis whose name holds `i` ("căn cứ …; Luật sửa đổi, bổ sung một
    số điều của Luật Phòng, chống thiên tai và Luật Đê điều năm 2020; thực hiện C")."""
    if i in basis_of:
        return basis_of[i]
    if cited[i].alias_of is not None and i - 1 in basis_of:  # "… B ban hành Quy chế …; thực hiện C": B's attachment
        return basis_of[i - 1]
    holder = object_of.get(i)
    k = next((k for k, c in enumerate(cited) if c is holder), None)
    return basis_of.get(k) if k is not None else None


def _joined_item(text: str, start: int, end: int) -> re.Match[str] | None:
    """"[,] và thay thế" or "đồng thời sửa đổi" right before `end`, after `start`: the act of the document
    whose object's title ends before it ("A triển khai B về …, và thay thế C")."""
    joined = max(text.rfind(" và ", start, end), text.rfind(" đồng thời ", start, end))
    return _AND_ITEM_GAP.fullmatch(text, joined, end) if joined != -1 else None


_CARRIED_OUT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_IMPLEMENTS_ONLY})[ ]+\Z")  # "… nhằm cụ thể hóa " before B
_CARRIED_OUT_CHARS = 40


# a title made of nothing but verbs of taking a document up, closed by "và": the last verb of its list, not a second act
# ("A thực hiện Hướng dẫn số 12-HD/BTGDVTW … về học tập, quán triệt, tuyên truyền và triển khai thực hiện C"), perhaps
# after "tổ chức" ("Kế hoạch số 08-KH/TU … về tổ chức học tập, quán triệt và triển khai thực hiện C")
_UPTAKE_LIST_TITLE = re.compile(rf"[ ]+về[ ]+(?:việc[ ]+)?(?:tổ[ ]+chức[ ]+)?(?:{_UPTAKE})(?:[ ]*,[ ]*(?:{_UPTAKE}))*\Z")


def _joined_act(text: str, start: int, end: int) -> re.Match[str] | None:
    """" và thực hiện" right before `end`, after `start`: the second act of the document that carries out the object
    whose title ends before it."""
    joined = text.rfind(" và ", start, end)
    if joined == -1 or _UPTAKE_LIST_TITLE.search(text, start, joined):
        return None
    return _AND_IMPLEMENTS_GAP.fullmatch(text, joined, end)


_REPEALED_BY = re.compile(rf"[ ]+(?:{phrase_pattern(cues('repeals'))})(?:[ ]+(?:một[ ]+phần|toàn[ ]+bộ))?{_PROVISIONS}[ ]+")


# a subject's passive predicate, past which its clause names another document: "A … được ban hành trên cơ sở tổng kết …
# B …", "A được xây dựng căn cứ B"
_PASSIVE_PREDICATE = re.compile(rf"[ ]+được[ ]+(?:{phrase_pattern(cues('issue') + cues('design'))})(?![^\W\d_])")


def _passive_subject(text: str, cited: list[Citation], i: int, also: re.Match[str] | None) -> Citation | None:
    """The document opening the sentence whose passive predicate names citation `i`, when the clause goes on after "và"
    to replace or amend ("Nghị quyết số 19-NQ/TW … được ban hành trên cơ sở tổng kết … Nghị quyết số 26-NQ/TW … và
    thay thế Nghị quyết này": 19 replaces 26; B itself acts on nothing in its own predicate)."""
    if also is None or _relation(also.group("phrase")) not in _NAMES_ITS_ITEM and also.re is not _ALSO_CARRIES_OUT_GAP:
        return None
    start = sentence_start(text, cited[i].start)
    subject = next((c for c in cited[:i] if c.start >= start), None)
    if subject is None or not _OPENS_SENTENCE.fullmatch(text, start, subject.start):
        return None
    return subject if _PASSIVE_PREDICATE.search(text, subject.anchor, cited[i].start) else None


def _repealer(text: str, cited: list[Citation], i: int) -> Citation | None:
    """The document that repeals citation `i`, named right before it ("A bãi bỏ một phần B")."""
    return cited[i - 1] if i > 0 and _REPEALED_BY.fullmatch(text, cited[i - 1].anchor, cited[i].start) else None
_DESCRIBES_AT = re.compile(rf"(?:{phrase_pattern(cues('describes'), either_case=True)})[ ]")


# "Thông báo kết luận số 412-TB/TU về kết quả 10 năm thực hiện B": what a document concludes of years of B reviews it
_YEARS_RESULTS = re.compile(rf"(?<![^\W\d_])(?:[Kk]ết[ ]+quả[ ]+{_SPAN}|{_REVIEW_YEARS})[ ]+\Z")


def _relation(phrase: str, pre: str = "") -> str:
    key = fold(phrase)
    relation = _RELATION_OF.get(key) or next(
        (r for star, r in _STAR_RELATION if star.fullmatch(key)), "implements")
    if relation == "implements" and (_REVIEW.search(pre) or _REVIEW.search(phrase) or _YEARS_RESULTS.search(pre)):
        return "reviews"
    return relation


def _related_as(i: int, a: Citation, object_of: dict[int, Citation]) -> int | None:
    """The index by which the B at `i` is some document's object: its own, or that of the decision that issues it when
    B is the plan or rules the decision issues ("căn cứ Quyết định số 25/2021/QĐ-UBND … ban hành Quy chế làm việc mẫu")."""
    if i in object_of:
        return i
    return a.alias_of if a.alias_of is not None and a.alias_of in object_of else None


def _gaps(text: str, cited: list[Citation], passive_done: set[int], doc_of: dict[int, Resolved], add) -> None:
    basis_of: dict[int, Citation] = {}  # a basis (by index) and the document it is the basis of
    object_of: dict[int, Citation] = {}  # a B (by index) and the document that relates to it
    phrase_of: dict[int, tuple[str, int, int]] = {}  # a B (by index): that relation and where its phrase is
    for i, a in enumerate(cited):
        for j in range(i + 1, min(i + 4, len(cited))):
            b = cited[j]
            if b.start < a.anchor:
                continue
            if j in passive_done:
                break  # the aside is about the document whose description names a
            # "B về … đã được Tỉnh ủy cụ thể hóa bằng A": a passive follows B's title, however long
            after = a.cover_end if a.own_title else a.anchor
            if a.own_title and b.start < a.cover_end:  # the title ran on over the aside: "B về … (đã được
                after = max(text.rfind("(", a.anchor, b.start), a.anchor)  # sửa đổi, bổ sung tại A và A2)"
            if a.alias_of is not None and text.startswith(")", after):
                after += 1  # past the short name B declares: "B (gọi tắt là Nghị quyết 58) đã được Tỉnh ủy cụ thể hóa bằng A"
            passive = PASSIVE_GAP_RE.fullmatch(text, after, b.start) if b.start - after <= _GAP_MAX_CHARS and any(
                text.find(word, after, b.start) != -1 for word in _PASSIVE_LAST_WORDS) else None
            if passive is not None and _ISSUED_UNDER.fullmatch(text, after, b.start):
                passive = None  # "A được ban hành theo hướng dẫn tại B": A's issuing under B, not B guided at A
            if passive is not None:  # "B (đã được sửa đổi, bổ sung bởi A1 và A2)"
                undergoes = _titled_over(text, cited, i, after) or a
                # the amending documents end with the clause: "B …, được sửa đổi, bổ sung bởi A; Luật Giáo dục năm
                # 2019 và …" lists what else was passed
                if passive.group().lstrip(" ").startswith(","):
                    limit = _amenders_end(text, b)  # … and ", và" goes back to B's list
                else:
                    clause_end = text.find("; ", b.end)
                    limit = None if clause_end == -1 else clause_end
                relation = _relation(passive.group("phrase"))
                if undergoes is a and relation in ("amends", "replaces"):
                    undergoes = _changed_in_its_system(cited, i, b, object_of.get(i), doc_of) or a
                subjects = [undergoes]
                if undergoes is a and relation == "implements":
                    subjects = _passive_subject_list(text, cited, i) + subjects
                for k in _coordinated_after(text, cited, j, limit):
                    for subject in subjects:
                        add(cited[k], subject, relation, passive.start("phrase"), passive.end("phrase"))
                _passive_after_aside(text, cited, a, after, add)
                break
            # the gap runs from A's title's end when B is after it ("Chỉ thị số 28-CT/TW … “về …, …” (sau đây viết tắt
            # là Chỉ thị 28) là một chủ trương lớn nhằm thực hiện B")
            if b.start - (a.cover_end if a.own_title and a.cover_end <= b.start else a.anchor) > _GAP_MAX_CHARS:
                if j == i + 1:
                    _title_tail(text, cited, i, j, add, object_of.get(i), phrase_of.get(i, (None,))[0])
                break
            m = _phrase_after(text, a, b.start)
            if j == i + 1 and i not in object_of and (also := _AND_ITEM_GAP.fullmatch(
                    text, after_b := a.cover_end if a.own_title and a.cover_end <= b.start else a.anchor, b.start)
                    or _ALSO_CARRIES_OUT_GAP.fullmatch(text, after_b, b.start)) \
                    and (actor := _passive_subject(text, cited, i, also)) is not None:
                for k in _coordinated_after(text, cited, j, source=actor, phrase=also.group("phrase")):
                    add(actor, cited[k], _relation(also.group("phrase")), also.start("phrase"), also.end("phrase"))
                break  # "A … được ban hành trên cơ sở tổng kết … B … và thay thế C và C2": A's second act
            if m is None and j == i + 1 and i not in object_of and not a.own_title:
                m = _DESCRIBED_THEN_REPLACES.fullmatch(text, a.anchor, b.start)
            if m is not None and j > i + 1 and m.groupdict().get("scheme"):
                m = None  # the plan issued is cited itself ("… ban hành Kế hoạch hành động thực hiện B"): its phrase
            at = a.anchor  # where A's clause goes on: after what a B is said to do ("B quy định …, nhằm thực hiện C")
            if i in object_of and not a.own_title and _DESCRIBES.match(text, a.anchor) \
                    and (comma := text.rfind(", ", a.anchor, b.start)) != -1 \
                    and not any(stop in text[a.anchor:comma] for stop in ".;\n") \
                    and (_PURPOSE_AFTER_BASIS.match(text, comma) or _ALSO_AFTER_COMMA.match(text, comma)):
                at = comma
                m = m or GAP_RE.fullmatch(text, comma, b.start)
            if m is None and i in object_of and not a.own_title \
                    and (fit := _LOCAL_FIT_AT.match(text, a.anchor) or _PERIOD_FIT_AT.match(text, a.anchor)) is not None:
                # "A triển khai B trên địa bàn tỉnh, thực hiện C", "A về thực hiện B trong năm 2021, thay thế C" (see below)
                m = GAP_RE.fullmatch(text, fit.end(), b.start)
            if m is None and a.type_code in _DIRECTING_CODES:
                m = _DIRECTED_GAP_RE.fullmatch(text, a.anchor, b.start)
                if m is not None and (_RESULTS_ASKED.search(text, m.start(), m.start("phrase")) or _goes_on(text, m)
                                      or _plan_asked(text, a, m)) \
                        and not _guides_review(text, a, m):
                    m = None  # "… yêu cầu các địa phương báo cáo kết quả thực hiện B": a report asked for
            if m is None and j == i + 1 and text.find("hiệu lực", a.anchor, b.start) != -1 \
                    and _OPENS_SENTENCE.fullmatch(text, sentence_start(text, a.start), a.start):
                m = _ADOPTED_IN_FORCE_GAP_RE.fullmatch(text, a.anchor, b.start)
            # after B's own title, when A carries B out: "nhằm cụ thể hóa B về kiểm tra, giám sát … và thực hiện C" (the
            # title, read on over C, would make B carry C out)
            joined = _joined_act(text, a.anchor, b.start) if j == i + 1 and a.own_title \
                and phrase_of.get(i, ("",))[0] == "implements" else None
            if joined is None and j == i + 1 and a.own_title and i not in object_of \
                    and _CARRIED_OUT_BEFORE.search(text, max(0, a.start - _CARRIED_OUT_CHARS), a.start) \
                    and _joined_act(text, a.anchor, b.start):
                break  # "Đây là nhiệm vụ nhằm cụ thể hóa B về … và thực hiện C": the task's second act, not B's title
            if (m is None or joined is not None) and j == i + 1 \
                    and (also := _AND_ITEM_GAP.fullmatch(text, a.anchor, b.start)
                         or _AND_CARRIES_ON_GAP.fullmatch(text, a.anchor, b.start) or joined
                         or _and_basis(text, a, i, b, object_of)) is not None \
                    and (actor := object_of.get(i) or _repealer(text, cited, i)) is not None:
                # "A bãi bỏ B và thay thế C", "A triển khai B và thay thế C": A's second act; what is gone by, the
                # clause subject's ("A được xây dựng căn cứ B1; Luật sửa đổi, bổ sung … Luật Đê điều năm 2020 và theo
                # chỉ đạo tại C": not the amending law's act)
                if fold(also.group("phrase")).startswith(_ACCORDING_WORD) or _relation(also.group("phrase")) == "based_on":
                    actor = _clause_subject(cited, object_of, actor)
                _add_each(add, [actor], [cited[k] for k in _coordinated_after(text, cited, j, source=actor)],
                          _relation(also.group("phrase")), also)
                break
            if m is None and j == i + 1 and ";" in text[a.anchor:b.start] and (actor := object_of.get(i)) is not None \
                    and (also := _ALSO_AFTER_SEMICOLON.fullmatch(text, a.cover_end if a.own_title else a.anchor, b.start)
                         or _ALSO_AFTER_DESCRIPTION.fullmatch(text, a.anchor, b.start)) is not None:
                if _acted_on(text, actor) or _listed_after_acted_on(text, cited, actor, object_of):
                    break  # "Hội nghị đã thông qua A tổng kết … thực hiện B; đồng thời quán triệt C": the meeting's act
                # "A nhằm thực hiện B và B2 về tiếp tục thực hiện B3; đồng thời cụ thể hóa C": the clause's subject
                # A, what B2's title carries out ends there
                actor = _clause_subject(cited, object_of, actor)
                _add_each(add, [actor], [cited[k] for k in _coordinated_after(text, cited, j, source=actor)],
                          _relation(also.group("phrase")), also)
                break
            if j == i + 1 and (then := _bases_then_carried_out(text, a, b)) is not None \
                    and (actor := _resting_on(cited, i, basis_of, object_of)) is not None:
                # "A được xây dựng căn cứ B1; B2; thực hiện C và C2": after the last of its bases, what A carries out
                _add_each(add, [actor], [cited[k] for k in _coordinated_after(text, cited, j, source=actor)],
                          "implements", then)
                break
            if m is None and j == i + 1 and a.issued and b.type == "Hướng dẫn" \
                    and (guide := _BY_GUIDE.fullmatch(text, a.anchor, b.start)) is not None:
                # "UBND thành phố ban hành Kế hoạch số 145/KH-UBND ngày 24/6/2024 theo Hướng dẫn số 27/HD-SYT": issued as
                # the guide says, as "theo hướng dẫn tại B"; and so is a plan listed with the guide ("… theo Hướng dẫn số
                # 125-HD/BTGTW … và Kế hoạch số 27-KH/TW …")
                for k in _guides_listed(text, cited, j, a):
                    add(a, cited[k], "implements", guide.start("phrase"), guide.end("phrase"))
                break
            if m is None and j == i + 1 and b.type and fold(b.type) in _PLAN_TYPES and fold(a.type or "") in _PLAN_TYPES \
                    and (follows := _BUILT_BY_PLAN.fullmatch(text, a.anchor, b.start)) is not None:
                # "Kế hoạch được xây dựng theo Kế hoạch số 121/KH-UBND của UBND Thành phố thực hiện Chỉ thị 24": a plan
                # drawn up by the higher body's plan carries it out, as "theo hướng dẫn tại B" (a report drawn up by a
                # guide does not: "Báo cáo được xây dựng theo Hướng dẫn số 115-HD/BTCTW")
                for k in _guides_listed(text, cited, j, a):
                    add(a, cited[k], "implements", follows.start("phrase"), follows.end("phrase"))
                    object_of[k] = a
                    phrase_of[k] = ("implements", follows.start("phrase"), follows.end("phrase"))
                break
            if m is None:
                if j == i + 1 and _title_tail(text, cited, i, j, add, object_of.get(i), phrase_of.get(i, (None,))[0]):
                    break
                if j == i + 1 and a.issued \
                        and (purpose := _PURPOSE_AFTER_BARE_TITLE.fullmatch(text, a.anchor, b.start)) is not None:
                    # "Phòng GD&ĐT ban hành Kế hoạch số 412/KH-PGDĐT ngày 20/9/2024 kiểm tra bếp ăn … để thực hiện B":
                    # the purpose of issuing A, after a title given with no "về"
                    targets = _coordinated_after(text, cited, j, source=a, phrase=purpose.group("phrase"))
                    _add_each(add, [a], [cited[k] for k in targets], "implements", purpose)
                    for k in targets:
                        object_of[k] = a
                        phrase_of[k] = ("implements", purpose.start("phrase"), purpose.end("phrase"))
                    break
                continue
            if (according := _ACCORDING_BEFORE.search(text, max(0, a.start - _ACCORDING_CHARS), a.start)) \
                    and not _CARRIED_BEFORE.search(text, max(0, a.start - _CARRIED_CHARS), a.start) \
                    and i not in object_of and text[a.anchor:m.start("phrase")].lstrip().startswith(",") \
                    and _relation(m.group("phrase")) not in _NAMES_ITS_ITEM \
                    and (fold(a.type) not in _PLAN_TYPES
                         or _SENTENCE_OPENING.fullmatch(text, sentence_start(text, according.start()), according.start())):
                # "Theo Thông báo, thực hiện B, các địa phương …": what the notice reports, not what it does (but "… theo
                # Quyết định số 13/2024/QĐ-TTg, thay thế B": no clause opens with a replacing or an amending); but a
                # phrase's "theo" makes A an object ("A hướng dẫn thực hiện chế độ theo B, thay thế C": A's act), and
                # a "theo" inside the clause names the plan an act follows, which carries out B ("Đợt cao điểm được
                # triển khai theo Kế hoạch số 86/KH-UBND của UBND phường, thực hiện B"; data/cues plan_type)
                break
            if fold(m.group("phrase")).endswith(_ACCORDING_TAIL) and _PROVISION_OF.search(text, max(0, a.start - 8), a.start):
                break  # "Các nội dung không quy định tại A thực hiện theo B": what A leaves out goes by B, not A
            pre = m.groupdict().get("pre") or m.groupdict().get("purpose") or ""
            if _asked_or_checked(pre):
                break
            if _COMMA_ONLY.fullmatch(text, a.cover_end if a.own_title and a.cover_end <= m.start("phrase") else a.anchor,
                                     m.start("phrase")) and _leads_main_clause(text, cited, j):
                break  # "Theo Báo cáo … thực hiện B1, thực hiện B2, Ban Thường vụ … đã ban hành A": the lead of A, not B1's
            if pre.strip() and fold(m.group("phrase")).endswith(_ACCORDING_TAIL) and not pre.rstrip().endswith(","):
                # "A thực hiện theo B" is A's act; "A về quy chế thực hiện theo B" is what A governs ("theo" alone);
                # but a comma closes A's title: "A về chỉnh trang các tuyến phố cổ, thực hiện theo B" is A's act again
                break
            if j in object_of and object_of[j] is not a and _REPEAT_LEAD.match(
                    text, a.cover_end if a.own_title and a.cover_end <= m.start("phrase") else a.anchor):
                break  # "A tổng kết 15 năm thực hiện B1 về … và sơ kết 3 năm thực hiện B2": B2 is A's next item, not B1's
            if _COMMITTEE_AT.match(text, max(0, m.start("phrase") - len("Ban "))) \
                    or _COMMITTEE_OF_LEVEL_BEFORE.search(text, max(0, m.start("phrase") - 40), m.start("phrase")):
                # "… về kiện toàn Ban Chỉ đạo thực hiện B", "Công văn số 43-CV/BCĐ … của Ban Chỉ đạo Trung ương tổng
                # kết B": a committee named by its task
                break
            if i not in object_of and text[a.anchor:m.start("phrase")].lstrip(" ,").startswith("với ") \
                    and _TIED_ACT_BEFORE.search(text, max(0, a.start - _TIED_ACT_CHARS), a.start):
                break  # "gắn việc thực hiện A với việc thực hiện B": two acts of the clause's subject tied together
            if i not in object_of and not a.issued and (
                    _LINKED_BEFORE_PHRASE.fullmatch(text, a.anchor, m.start("phrase"))
                    # … or with no comma after B1 carried out: "Việc thực hiện Nghị quyết cũng gắn với triển khai B2"
                    # (the act on B1 is what is tied to B2, as "Kế hoạch số 17-KH/ĐU cũng gắn với triển khai B2" is not)
                    or _acted_on(text, a) and _LINKED_PRE_END.search(text, a.anchor, m.start("phrase"))
                    and not _tied_in_own_title(text, a, m.start("phrase"))):
                # "các cấp ủy quán triệt sâu sắc B1, gắn với thực hiện B2": the committees' act, not B1's (but "A về
                # lãnh đạo thực hiện giảm nghèo, gắn với thực hiện B": A's title; "… ban hành A ngày …, gắn với việc
                # thực hiện B": what A, just issued, ties to)
                break
            if i not in object_of and _COMMA_ONLY.fullmatch(
                    text, a.cover_end if a.own_title and a.cover_end <= m.start("phrase") else a.anchor, m.start("phrase")) \
                    and (_acted_on(text, a) or _listed_after_acted_on(text, cited, a, object_of)):
                # "các cấp ủy tiếp tục quán triệt B1, thực hiện nghiêm B2": the committees' next act in the list, as
                # after "gắn với" above, not B1's; nor the last of the list it acts on ("quán triệt B0 và B1, thực hiện B2")
                break
            relation = _relation(m.group("phrase"), pre)
            if relation == "based_on" and i not in object_of \
                    and _COMMA_ONLY.fullmatch(text, max(a.anchor, a.cover_end), m.start("phrase")) \
                    and _listed_basis(text, cited, i):
                break  # "Các nghị quyết được xây dựng căn cứ B1 và B2 về …, trên cơ sở C": the subject's second basis, not B2's
            if relation == "implements" and a.type in ("Thông báo", "Kết luận") \
                    and _RESULTS_OF.search(text, max(0, m.start("phrase") - 20), m.start("phrase")):
                relation = "reviews"  # "Thông báo số 312-TB/HU … về kết quả thực hiện B": conclusions on what B gave
                # (counted years are read by _REVIEW_YEARS: "… về kết quả 10 năm thực hiện B")
            if relation == "implements" and _guides_review(text, a, m):
                relation = "reviews"  # "Hướng dẫn số 12-HD/BNCTW hướng dẫn các tỉnh ủy … tổ chức sơ kết 2 năm thực hiện B"
            if relation == "implements" and a.type == "Báo cáo" \
                    and not (i in basis_of and _PURPOSE_AFTER_BASIS.match(text, at)):
                relation = "reviews"  # "Báo cáo số 280-BC/TU … về kết quả 5 năm thực hiện B": what a report says of B
                # (not the aim after a report listed last among A's bases, which is A's: "Nghị quyết được ban hành trên
                # cơ sở Tờ trình … và Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh, nhằm cụ thể hóa B")
            targets = _coordinated_after(text, cited, j, source=a, phrase=m.group("phrase"))
            if relation in _NAMES_ITS_ITEM:
                stop = next((n for n, k in enumerate(targets) if n and (
                    _own_clause_after_semicolon(text, cited, k) and not _older_object(cited[k], a, m.group("phrase"))
                    or _other_kind_after_semicolon(text, cited[targets[n - 1]], cited[k], a)
                    or _aside_closed_by_comma_and(text, cited[targets[n - 1]], cited[k], m.span("phrase")))),
                        len(targets))
                targets = targets[:stop]
            if a.key and a.key.startswith(_AMENDING_LAW_KEY) and a.form == "named":  # (as before numbered ones had that key)
                # a law named by what it amends names laws only: "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen
                # thưởng, Nghị định số 121/2005/NĐ-CP …" lists the decree beside it, unamended
                stop = next((n for n, k in enumerate(targets) if cited[k].type not in _LAW_TYPES), len(targets))
                targets = targets[:stop]
            if b.start < a.cover_end:
                beyond = next((n for n, k in enumerate(targets) if cited[k].start >= a.cover_end), len(targets))
                if beyond < len(targets) and not _another_b(text, a, cited[targets[beyond - 1]], cited[targets[beyond]],
                                                            cited[:targets[beyond]]):
                    targets = targets[:beyond]
            sources = _issued_with(text, cited, i, {n: object_of[n] for n, (done, _, _) in phrase_of.items()
                                                    if done == "replaces"}, m.start("phrase"), len(targets))
            if relation == "replaces" and _IN_FORCE_OPENS.match(text, m.start("phrase")) \
                    and (opener := _sentence_opener(text, cited, i)) is not None:
                # what comes into force is the sentence's subject, not a document its description names: "Nghị định
                # 95/2023/NĐ-CP … quy định chi tiết … thi hành Luật Tín ngưỡng, tôn giáo có hiệu lực từ …, thay thế C"
                sources = [opener]
            elif relation == "based_on" and a.own_title and _COMMA_ONLY.fullmatch(text, a.cover_end, m.start("phrase")):
                # bases closing a sentence that issues several documents, each with its title, are each one's: "Kỳ họp
                # đã thông qua Nghị quyết số 41/NQ-HĐND về … và Nghị quyết số 42/NQ-HĐND về …, căn cứ B"
                sources = _titled_items_before(text, cited, i) + sources
            if relation == "based_on" and _COMMA_ONLY.fullmatch(text, a.cover_end, m.start("phrase")) \
                    and (titled := _title_holding(cited, i)) is not None:
                sources = [titled]  # "Kế hoạch số 112-KH/ĐUK … về tổng kết 5 năm thực hiện B1, trên cơ sở B": the plan's basis
            elif relation == "based_on" and (owner := _related_as(i, a, object_of)) is not None \
                    and (_COMMA_OR_AND.fullmatch(text, max(a.anchor, a.cover_end), m.start("phrase"))
                         or _COMMA_PASSIVE_ISSUED.fullmatch(text, max(a.anchor, a.cover_end), m.start("phrase"))
                         # a proposal after a comma in B's title is for the document being made: "A được xây dựng
                         # nhằm cụ thể hóa B về phát triển nông nghiệp …, trên cơ sở đề nghị của UBND tỉnh tại Tờ trình C"
                         # … or after "và" closing what B does ("A được xây dựng căn cứ Quyết định số 25/2021/QĐ-UBND …
                         # ban hành Quy chế làm việc mẫu và theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình C")
                         or a.anchor < m.start("phrase") and text.endswith(_PROPOSAL_JOINED, 0, m.start("phrase"))
                         and _REQUEST_IN.search(m.group("phrase"))):
                # "A thay thế Quyết định số 12/QĐ-UBND … về quy chế làm việc, căn cứ C", "A thực hiện Nghị quyết Đại
                # hội …, trên cơ sở C", "A … căn cứ B … và xét đề nghị của Chính phủ tại C": the basis after a comma
                # or "và" is A's, the clause's subject, not what A acts on; A itself a basis, the document resting on
                # it ("X căn cứ Thông tư số 158/2011/TT-BTC … hướng dẫn thực hiện B, trên cơ sở Tờ trình C": X's)
                held = next((k for k, c in enumerate(cited) if c is object_of[owner]), None)
                sources = [basis_of[held] if held in basis_of else object_of[owner]]
            elif i in basis_of and _PURPOSE_AFTER_BASIS.match(text, at):
                sources = [basis_of[i]]  # "A được ban hành theo đề nghị tại Tờ trình B, nhằm cụ thể hóa C": A's aim
            elif i in object_of and relation == "implements" and a.own_title and _LINKED_PRE_END.search(pre):
                # "A về đẩy mạnh thực hiện B về tăng cường xây dựng, chỉnh đốn Đảng gắn với thực hiện C": what A ties to
                # its carrying out of B, at the end of B's title, is A's second act, not B's
                sources = [object_of[i]]
            elif i in object_of and relation in _NAMES_ITS_ITEM and (
                    _COMMA_ONLY.fullmatch(text, a.anchor, m.start("phrase"))
                    or not a.own_title and _FITTED_COMMA.fullmatch(text, a.anchor, m.start("phrase"))):
                # "A triển khai B, thay thế C": what A does, not B; so after where or when A carries B out ("A về thực
                # hiện B trên địa bàn tỉnh, thay thế C", "… B trong năm 2021, thay thế C")
                sources = [object_of[i]]
            elif i in object_of and relation == "implements" and not a.own_title \
                    and _FITTED_COMMA.fullmatch(text, a.anchor, m.start("phrase")):
                # "A về tổng kết 10 năm thực hiện B, triển khai C": B has no title of its own for the comma to close, so
                # what is carried out after it is A's second act, not B's (so after where A carries B out: "A triển khai
                # thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh, thực hiện C")
                sources = [object_of[i]]
            elif i in object_of and relation == "replaces" and _TAKES_EFFECT_AT.match(text, m.start("phrase")):
                # what takes effect after B is the head of the chain B is in ("Nghị định số 136/2020/NĐ-CP quy định chi
                # tiết … Luật Phòng cháy và chữa cháy có hiệu lực từ ngày 10/1/2021, thay thế C")
                sources = [_clause_subject(cited, object_of, object_of[i])]
            elif i in object_of and relation in _NAMES_ITS_ITEM and a.own_title and _joined_item(text, a.anchor, b.start):
                sources = [object_of[i]]  # "A triển khai B về …, và thay thế C": A's second act, not B's title
            elif i in object_of and relation == "implements" and a.own_title and _cited_rank(a) == 0 < _cited_rank(b) \
                    and text.rfind(", ", a.anchor, m.start("phrase")) != -1:
                # "A được ban hành căn cứ Nghị định số 98/2018/NĐ-CP … về …, thực hiện Nghị quyết số 05-NQ/TU … của Tỉnh
                # ủy": a central decree carries out no province's document; what is carried out after its title is A's
                sources = [object_of[i]]
            elif _ALSO_AFTER_COMMA.fullmatch(text, at, m.start("phrase")) and _BODY_DIRECTS.match(m.group("phrase")) \
                    and (actor := object_of.get(i)) is not None and actor.issued:
                break  # "X ban hành A thực hiện B, đồng thời chỉ đạo thực hiện C": X directs C, A does not carry it out
            elif (_ALSO_AFTER_COMMA.fullmatch(text, at, m.start("phrase"))
                  or a.own_title and _ALSO_AFTER_COMMA.fullmatch(text, a.cover_end, m.start("phrase"))) \
                    and (actor := object_of.get(i) or _repealer(text, cited, i)) is not None \
                    and (not _acted_on(text, actor) or _object_of_document(cited, actor, object_of)):
                # "A quy định chi tiết B, đồng thời căn cứ C", "A thực hiện B về …, đồng thời thực hiện C": A's second
                # act, not B's; nor that of the B1 that A carries out, B being B1's object ("A nhằm triển khai B1 về thực
                # hiện B …, đồng thời cụ thể hóa C")
                sources = [_clause_subject(cited, object_of, actor)]
            elif (_ALSO_AFTER_COMMA.fullmatch(text, a.anchor, m.start("phrase"))
                  or a.own_title and _ALSO_AFTER_COMMA.fullmatch(text, a.cover_end, m.start("phrase"))) \
                    and (_REVIEWED_BEFORE.search(text, max(0, a.start - _REVIEWED_BEFORE_CHARS), a.start)
                         or _acted_on(text, a)):
                # "… tổ chức hội nghị tổng kết 5 năm thực hiện A, đồng thời triển khai B": the meeting's act, not A's;
                # past A's title too ("tỉnh triển khai Nghị quyết số 12/NQ-CP … về … giai đoạn 2019 - 2021, đồng thời
                # thực hiện B": the province's act)
                break
            back = _back_to_outer_list(text, cited, targets, i, object_of)
            after_semicolon = _outer_after_semicolon(text, cited, targets, i)
            carried = _carried_after_review(text, cited, targets) if relation == "reviews" else set()
            for source in sources:
                past_later = False  # a later item was met: the items after it are the outer list's too
                for k in targets:
                    if k in back:  # "… căn cứ A thực hiện B về …, và B2": B2 is the outer list's, A's source's
                        add(object_of[i], cited[k], *phrase_of[i])
                        continue
                    if k in after_semicolon:  # "… thực hiện nghiêm B0; A thực hiện B; C": C is the outer list's
                        if i in object_of:
                            add(object_of[i], cited[k], *phrase_of[i])
                        continue
                    if k != j and i in object_of and relation in ("implements", "continues") \
                            and _party_under_mass(source, cited[k]):
                        # "A trên cơ sở B thực hiện C và D" with B a Party committee's and D a youth union's: D is the
                        # next item of A's list, not a second document B carries out
                        add(object_of[i], cited[k], *phrase_of[i])
                        continue
                    if k != j and (past_later or _later_item(cited[k], _dated_as(cited, source))):
                        # (and so is every item listed after it: "… Chương trình hành động số 10-CTr/TU ngày 25/02/2026
                        # … thực hiện B, Nghị quyết số 07-NQ/TU ngày 10/3/2026 … và Kết luận số 15-KL/TU …")
                        past_later = True
                        if i in object_of and not _later_item(cited[k], object_of[i]) \
                                and not _amender_s_peer(text, cited[k], object_of[i], cited[i], phrase_of[i][0]):
                            # "A sơ kết 3 năm thực hiện B1 ngày 5/5/2021 … thực hiện C … và Kế hoạch số 89-KH/TU ngày
                            # 10/8/2023 …": the later plan is the next item of A's list, not a second C (nor one of
                            # A's own type and year after the older B1 that A amends: A's fellow, see _amender_s_peer)
                            add(object_of[i], cited[k], *phrase_of[i])
                        continue
                    if (held := _outer_source(cited, i, k, j, source, relation, object_of)) is not None:
                        add(object_of[held], cited[k], *phrase_of[held])
                        continue
                    if k == j + 1 and _outer_list_item(text, cited, j) \
                            and (held := i if i in object_of else i - 1 if a.alias_of is not None and i - 1 in object_of
                                 else None) is not None:
                        # "A được xây dựng trên cơ sở B ngày … của X thực hiện C và Hướng dẫn số 26-HD/BTCTW ngày … của Y":
                        # the item in full is A's second basis, not B's second object (see _outer_list_item)
                        add(object_of[held], cited[k], *phrase_of[held])
                        continue
                    if k != j and relation in _CENTRE_REVIEWS_NOT and 0 <= _cited_rank(source) < _cited_rank(cited[k]):
                        continue  # the outer list's, whose source (if a document) is none of A's
                    done = "implements" if k in carried else relation
                    add(source, cited[k], done, m.start("phrase"), m.end("phrase"))
                    if relation == "based_on":
                        basis_of[k] = source
                    object_of[k] = source
                    phrase_of[k] = (done, m.start("phrase"), m.end("phrase"))
            break


# "A về tổng kết 10 năm thực hiện B, thực hiện Hướng dẫn số 57-HD/BTGTW": the phrase said again after a bare comma,
# with no review word of its own, is A's own act on what follows, not another thing reviewed
_CARRIED_AFTER_REVIEW = re.compile(rf"[ ]*,[ ]*(?:{_IMPLEMENTS_ONLY})[ ]+(?:số[ ]*)?")


def _carried_after_review(text: str, cited: list[Citation], targets: list[int]) -> set[int]:
    """The items of a reviewed list (by index) from the first one after such a comma on."""
    for n in range(1, len(targets)):
        before = cited[targets[n - 1]]
        if _CARRIED_AFTER_REVIEW.fullmatch(text, max(before.end, before.cover_end), cited[targets[n]].start):
            return set(targets[n:])
    return set()


# a phrase of coming into force, whose subject is the sentence's ("… có hiệu lực từ ngày 30/3/2024, thay thế C")
_IN_FORCE_OPENS = re.compile(rf"(?:bắt[ ]+đầu[ ]+)?(?:{phrase_pattern(cues('in_force'))})(?![^\W\d_])")


def _sentence_opener(text: str, cited: list[Citation], i: int) -> Citation | None:
    """The document that opens the sentence of citation `i` as its subject, when that is another
    one before it and no clause ends between them ("Nghị định 95/2023/NĐ-CP … thi hành Luật …")."""
    a = cited[i]
    start = sentence_start(text, a.start)
    first = next((c for c in cited[:i] if c.start >= start), None)
    if first is None or not _OPENS_SENTENCE.fullmatch(text, start, first.start) \
            or any(stop in text[first.end:a.start] for stop in ";:\n") \
            or _JOINED_BEFORE.search(text, first.end, a.start):
        return None  # "Luật Đất đai 2024 và Nghị định 102/2024/NĐ-CP có hiệu lực …": A is a subject too
    return first


_JOINED_BEFORE = re.compile(r"(?:,|(?<![^\W\d_])và)[ ]*\Z")


# ", và" after an item with its own title: the comma closes what that item's list was about
_COMMA_THEN_AND = re.compile(r"[ ]*,[ ]*và[ ]+")


def _back_to_outer_list(text: str, cited: list[Citation], targets: list[int], i: int,
                        object_of: dict[int, Citation]) -> set[int]:
    """The targets of A's phrase that belong to the list A is an item of, the list going on after ", và" once a
    target's title has run ("NQ 18 được xây dựng trên cơ sở Kế hoạch số 45-KH/HU … thực hiện Chỉ thị 18-CT/TW … về
    công tác tôn giáo, và Chỉ thị số 03-CT/HU …": 03 is the resolution's basis, not what the plan carries out)."""
    if i not in object_of:
        return set()
    for n in range(1, len(targets)):
        before = cited[targets[n - 1]]
        if before.own_title and _COMMA_THEN_AND.fullmatch(text, max(before.end, before.cover_end), cited[targets[n]].start):
            return set(targets[n:])
    return set()


_SEMICOLON_ITEM = re.compile(r";[ ]*\Z")
_SENTENCE_BREAK = re.compile(rf"\n|[.!?][ ]+[{UPPER}]")


def _outer_after_semicolon(text: str, cited: list[Citation], targets: list[int], i: int) -> set[int]:
    """The targets of A's phrase from the first one after a ";" on, when A is itself an item after a ";" of a list in
    its sentence: the list A is in goes on there ("Các sở thực hiện nghiêm Chỉ thị số 42-CT/TW …; Kế hoạch số
    113-KH/TU … thực hiện Chỉ thị số 42-CT/TW; Luật Phòng, chống thiên tai …": the law is no second object of the plan)."""
    a = cited[i]
    if not i or _SENTENCE_BREAK.search(text, cited[i - 1].start, a.start) \
            or not _SEMICOLON_ITEM.search(text, max(cited[i - 1].end, a.start - 3), a.start):
        return set()
    for n in range(1, len(targets)):
        before = cited[targets[n - 1]]
        if ";" in text[max(before.end, before.cover_end):cited[targets[n]].start]:
            return set(targets[n:])
    return set()


def _clause_subject(cited: list[Citation], object_of: dict[int, Citation], actor: Citation) -> Citation:
    """The document at the head of the chain `actor` is in ("A thực hiện B1 về thực hiện B": A for B1 or B)."""
    seen = {id(actor)}
    while (up := object_of.get(cited.index(actor))) is not None and id(up) not in seen:
        actor = up
        seen.add(id(up))
    return actor


_OUTRANKS_NOT = {"implements", "amends", "replaces"}  # what no body does to a lower body's document
# … nor the centre to a local one: a central document reviews or continues no province's ("Kết luận số 121-KL/TW … về
# tổng kết Nghị quyết số 18-NQ/TW và Kế hoạch số 339-KH/TU … của Ban Thường vụ Tỉnh ủy": the plan is the outer list's),
# nor a province's a district's ("Kế hoạch số 271-KH/TU … của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện Nghị
# quyết 33 và Kế hoạch số 158-KH/TU của Ban Thường vụ Thành ủy Thuận An")
_CENTRE_REVIEWS_NOT = {"reviews", "continues"}


def _outer_source(cited: list[Citation], i: int, k: int, j: int, source: Citation, relation: str,
                  object_of: dict[int, Citation]) -> int | None:
    """When an item listed after what B1's description carries out is of a lower body than B1, so no object of
    B1's: the index of the B1 whose source carries it out instead ("Kế hoạch số 71/KH-UBND … thực hiện Nghị quyết số
    137/NQ-CP … của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết 21-NQ/TW và Chương trình hành
    động số 26-CTr/TU của Tỉnh ủy": the Government carries out no province's programme; the plan carries out both).
    Nor does a higher body amend or replace a lower body's document ("Hướng dẫn … nhằm cụ thể hóa Nghị định số
    38/2023/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP và Quyết định số 15/2023/QĐ-UBND …")."""
    if k == j or not 0 <= _cited_rank(source) < _cited_rank(cited[k]) or relation not in _OUTRANKS_NOT and not (
            relation in _CENTRE_REVIEWS_NOT and _cited_rank(source) == 0):
        return None
    # B1 named by what it carries ("Nghị quyết số 137/NQ-CP … ban hành Chương trình hành động thực hiện …"): the carrier
    held = i if i in object_of else i - 1 if cited[i].alias_of is not None and i - 1 in object_of else None
    return held if held is not None and _cited_rank(object_of[held]) <= _cited_rank(cited[k]) else None


def _phrase_after(text: str, a: Citation, end: int) -> re.Match[str] | None:
    """A's relation phrase, running up to `end`: right after A (description words first when A is new,
    heads a page or points ahead), else after A's description: "ban hành Kế hoạch phát triển kinh tế ban
    đêm … giai đoạn 2024 - 2030, nhằm cụ thể hóa B" (more words than a description before the phrase may
    have), or its title: "Kết luận số 21-KL/TW … về đẩy mạnh … hệ thống chính trị được ban hành nhằm tiếp
    tục thực hiện B"."""
    gap = DESCRIBED_GAP_RE if a.form == "new" or a.ref == "cataphor" or _heads_page(text, a) else GAP_RE
    m = gap.fullmatch(text, a.anchor, end)
    if m is None and text.startswith("(", a.anchor + 1) and (alias := _ALIAS_ASIDE.match(text, a.anchor)) \
            and alias.end() < end:  # "Kế hoạch số 456/KH-UBND … (sau đây gọi tắt là Kế hoạch 456) triển khai B"
        m = gap.fullmatch(text, alias.end(), end)
    if m is None and text.startswith("(", a.anchor + 1) and (changed := _CHANGED_ASIDE.match(text, a.anchor)) \
            and changed.end() < end:  # "Quyết định số 1212/QĐ-UBND … (điều chỉnh tại Quyết định 2036/QĐ-UBND …), trên cơ
        m = gap.fullmatch(text, changed.end(), end)  # sở B": the aside names what amended A; A's clause goes on after it
    if m is None and (a.form == "new" or a.own_title) and a.anchor < a.cover_end <= end:
        m = GAP_RE.fullmatch(text, a.cover_end, end)
        if m is None and text.startswith("(", a.cover_end + 1) and (alias := _ALIAS_ASIDE.match(text, a.cover_end)) \
                and alias.end() < end:  # "Chỉ thị số 28-CT/TW … “về …” (sau đây viết tắt là Chỉ thị 28) là … nhằm thực hiện B"
            m = GAP_RE.fullmatch(text, alias.end(), end)
    if m is None and a.own_title and a.anchor < a.cover_end < end and text.startswith(";", a.cover_end):
        m = _TITLE_THEN_CHANGES.fullmatch(text, a.cover_end, end)  # "Quyết định số 1260/QĐ-BHXH … về quy trình thu …;
        # thay thế B": a title's part after "; " is no act on a document, A's own act is
    if m is None and a.own_title and a.cover_end > end and (aside := text.rfind(" (", a.anchor, end)) != -1:
        m = GAP_RE.fullmatch(text, aside, end)  # "Kế hoạch số 28-KH/HU về … của huyện (thực hiện B và C)": the title
    return m                                    # ran on over the aside that says what A does


_TITLE_THEN_CHANGES = re.compile(
    rf";[ ]+(?:(?:{phrase_pattern(cues('also_opener'))})[ ]+)?(?P<phrase>{_REPLACING}|{_AMENDING}){_AFTER_PHRASE}")
_ALIAS_ASIDE = re.compile(rf"[ ]\([ ]*(?:{phrase_pattern(cues('alias'), either_case=True)})[ ][^()\n]{{1,80}}\)")
_CHANGED_ASIDE = re.compile(rf"[ ]\([ ]*(?:đã[ ]+)?(?:được[ ]+)?(?:{phrase_pattern(cues('changed_aside'), either_case=True)})"
                            rf"[ ]+(?:tại|bởi|theo)[ ][^()\n]{{1,120}}\)")


# a sentence opening with the act of the document just reported issued, named as a noun with no document noun: "Việc
# điều chỉnh được thực hiện căn cứ B", "Việc sửa đổi nhằm khắc phục …, đồng thời thực hiện B"
_NOMINAL_ACT = re.compile(rf"Việc[ ]+(?:{phrase_pattern(cues('nominal_act'))})(?![^\W\d_])")
# "Việc kiện toàn", "Việc thành lập": the act a decision just reported does, when its own words right after the
# citation open with that verb ("Quyết định số 1893/QĐ-UBND … về việc kiện toàn Ban Chỉ đạo …. Việc kiện toàn nhằm
# triển khai B"); data/cues titled_act
_TITLED_ACT = re.compile(rf"Việc[ ]+(?P<verb>{phrase_pattern(cues('titled_act'))})(?![^\W\d_])")
# … or, in reported speech, right after what someone says: "Giám đốc Sở Y tế cho biết, việc ban hành quy trình là bước
# cụ thể hóa B"
# … or after whom it is reported from: "Theo EVN, việc điều chỉnh giá điện được thực hiện căn cứ B"
_SAID_NOMINAL_ACT = re.compile(rf"(?:[^.;:!?\n]{{1,120}}?(?<![^\W\d_])(?:{phrase_pattern(cues('says'))})[ ]*,?"
                               rf"|(?P<reported>[Tt]heo[ ]+[^.;:!?\n,]{{1,60}},))[ ]+"
                               rf"việc[ ]+(?:{phrase_pattern(cues('nominal_act'))})(?![^\W\d_])")
_NOMINAL_ACT_GAP = re.compile(
    # (what the act is said to be, too: "Việc ban hành kế hoạch là bước cụ thể hóa B")
    rf"(?:[^.;:!?\n]*?(?:[ ]*,)?[ ]+(?:nhằm|để|đồng[ ]+thời|được(?:[ ]+[^\W\d_]+){{0,3}}?|là(?:[ ]+[^\W\d_]+){{0,3}}?))?[ ]+"
    rf"(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")
_NOMINAL_ACT_CHARS = 300
_TITLED_ACT_BACK_CHARS = 600  # how far back the decision just reported may be named, its sentence and the next
# the act's next deed, on the next document: "Việc sửa đổi nhằm thể chế hóa B; đồng thời thực hiện B2", "… B và triển
# khai B2"
_ACT_GOES_ON = re.compile(rf"[^.;:!?\n]{{0,200}}?(?:[ ]*[;,][ ]*|[ ]+)(?:đồng[ ]+thời|và)(?:[ ]+cũng)?[ ]+(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")
_PURPOSE = re.compile(r"[ ](?:nhằm|để)[ ]")
# (an adverb may come first, and the plural be of "văn bản": "việc ban hành kịp thời các văn bản là nhằm cụ thể hóa B")
_UNCOUNTED_AFTER_ACT = re.compile(rf"(?:[ ]+[^\W\d_]+){{0,2}}?[ ]+(?:{phrase_pattern(cues('plural'))})[ ]+"
                                  rf"(?:{TYPE_WORD_RE.pattern}|văn[ ]+bản)(?![^\W\d_])")


def _nominal_acts(text: str, cited: list[Citation], doc_of: dict[int, Resolved], add) -> None:
    """B first cited in a sentence that opens with "Việc <issuing verb>": the document last cited before it that the
    text reports issued does what the phrase before B says ("UBND tỉnh … ban hành Quyết định số 73/2024/QĐ-UBND …. Việc
    điều chỉnh được thực hiện căn cứ Luật Đất đai năm 2024, Nghị định số 71/2024/NĐ-CP …"); and what the act does next
    to the next document ("Việc sửa đổi nhằm thể chế hóa B; đồng thời thực hiện B2")."""
    acted: dict[int, list[Citation]] = {}  # a B the act relates to (by id) and the documents that act
    for j, b in enumerate(cited):
        if j and id(cited[j - 1]) in acted and (
                next_act := _ACT_GOES_ON.fullmatch(text, max(cited[j - 1].end, cited[j - 1].cover_end), b.start)):
            targets = [cited[k] for k in _coordinated_after(text, cited, j)]
            _add_each(add, acted[id(cited[j - 1])], targets, _relation(next_act.group("phrase")), next_act)
            acted.update((id(c), acted[id(cited[j - 1])]) for c in targets)
            continue
        if text.rfind("iệc ", max(0, b.start - _NOMINAL_ACT_CHARS), b.start) == -1:
            continue  # the cheap test ("Việc", "việc")
        start = sentence_start(text, b.start)
        opener = _DATED_OPENER.match(text, start).end()
        act = _NOMINAL_ACT.match(text, opener) or _TITLED_ACT.match(text, opener) \
            or _SAID_NOMINAL_ACT.match(text, opener, b.start)
        if act is None or j and cited[j - 1].start >= start or _UNCOUNTED_AFTER_ACT.match(text, act.end()):
            continue  # (of an uncounted plural, "Việc ban hành các quyết định nhằm …", the corpus names none)
        phrase = _NOMINAL_ACT_GAP.fullmatch(text, act.end(), b.start)
        if phrase and act.re is _SAID_NOMINAL_ACT and act.group("reported") \
                and _relation(phrase.group("phrase")) != "based_on" and not act.group().endswith("ban hành"):
            continue  # reported from someone, only its basis: "Theo UBND TP, việc điều chỉnh bảng giá đất được thực hiện
            # theo khoản 1 Điều 257 Luật Đất đai" is done as the law says, no carrying out of it; but the issuing's
            # purpose is the document's: "Theo tờ trình, việc ban hành nghị quyết là cần thiết để thực hiện B"
        # (not the document the act was done to: "A điều chỉnh B …. Việc điều chỉnh nhằm …" is A's act)
        acted_on = _acted_on_by(text, act.group()[len("Việc "):].strip(), cited[:j], doc_of)
        source = next((a for a in reversed(cited[:j]) if doc_of[id(a)].issued and id(doc_of[id(a)]) not in acted_on),
                      None) if phrase else None
        if phrase and act.re is _TITLED_ACT:
            # the decision whose own words open with the act, though another issued one was named after it ("Quyết định
            # số 1412/QĐ-UBND công bố danh mục …, trong đó có Nghị quyết số 12/2023/NQ-HĐND …. Việc công bố …"), or by
            # which the act is said done ("Trung tâm được thành lập theo Quyết định số 1113/QĐ-UBND …. Việc thành lập
            # Trung tâm nhằm cụ thể hóa B")
            source = next((a for a in reversed(cited[:j]) if a.start >= start - _TITLED_ACT_BACK_CHARS
                           and (doc_of[id(a)].issued or _done_by(text, a, act.group("verb")))
                           and _opens_with_act(text, doc_of[id(a)], act.group("verb"))), source)
        if source is not None and act.re is _TITLED_ACT and not (
                _opens_with_act(text, doc_of[id(source)], act.group("verb"))
                and (_PURPOSE.search(text, act.end(), phrase.start("phrase") + 1)
                     or _relation(phrase.group("phrase")) == "based_on")):
            continue  # (its purpose only: "Việc kiện toàn được thực hiện theo Quy định số 192-QĐ/TW" is done as the rule
            # says, not the decision's carrying it out; its basis is the decision's: "Quyết định số 65/2025/QĐ-UBND bãi bỏ
            # …. Việc bãi bỏ được thực hiện theo đề nghị của Sở Tư pháp tại Tờ trình số 412/TTr-STP")
        if source is not None:
            targets = [cited[k] for k in _coordinated_after(text, cited, j)]
            sources = _counted_before(text, cited, start, doc_of, targets) or [source]
            _add_each(add, sources, targets, _relation(phrase.group("phrase")), phrase)
            acted.update((id(c), sources) for c in targets)


_TITLE_OPENER = re.compile(r"[ ]*,?[ ]*(?:(?:về|v/v)[ ]+)?(?:việc[ ]+)?")


def _acted_on_by(text: str, verb: str, cited: list[Citation], doc_of: dict[int, Resolved]) -> set[int]:
    """The documents (by id) a citation of which the amending or replacing verb stands right before ("… điều chỉnh
    Quyết định số 3560"); an issuing verb's ("ban hành Kế hoạch số 130-KH/HU") is the act's own document."""
    if _RELATION_OF.get(fold(verb)) not in ("amends", "replaces"):
        return set()
    return {id(doc_of[id(c)]) for c in cited if fold(text[max(0, c.start - len(verb) - 1):c.start].strip()) == fold(verb)}


def _opens_with_act(text: str, source: Resolved, verb: str) -> bool:
    """Do the source's own words after one of its citations open with the act ("… về việc kiện toàn Ban Chỉ đạo"), or
    is the act said done by it right before one ("Trung tâm được thành lập theo Quyết định số 1113/QĐ-UBND")?"""
    return any(fold(text[(after := _TITLE_OPENER.match(text, c.end).end()):after + len(verb)]) == fold(verb)
               or _done_by(text, c, verb) for c in source.citations)


def _done_by(text: str, c: Citation, verb: str) -> bool:
    """Is the act `verb` said done by the citation, in the passive right before it ("… được thành lập theo c")?"""
    done = _DONE_BY_BEFORE.search(text, max(0, c.start - _DONE_BY_CHARS), c.start)
    return done is not None and fold(done.group("verb")) == fold(verb)


# the act a decision did, told in the passive right before it: "… được thành lập theo ", "… được kiện toàn tại "
_DONE_BY_BEFORE = re.compile(r"được[ ]+(?P<verb>[^\W\d_]+[ ][^\W\d_]+)[ ]+(?:theo|tại|bởi)[ ]+\Z")
_DONE_BY_CHARS = 40


def _counted_before(text: str, cited: list[Citation], start: int, doc_of: dict[int, Resolved],
                    targets: list[Citation]) -> list[Citation]:
    """The documents a sentence before `start` took back as its subject ("Hai quyết định được ban hành căn cứ C. Việc
    ban hành cũng nhằm thực hiện B": the act is both decisions')."""
    before = sentence_start(text, max(0, start - 2))
    ref = _COUNTED_BACK_SUBJECT.match(text, before, start) or _PLURAL_BACK_SUBJECT.match(text, before, start)
    if ref is None:
        return []
    kinds, count = _counted_kinds(ref)
    return _taken_back(text, [c for c in cited if c.start < ref.start()], doc_of, kinds, count,
                       {id(doc_of[id(c)]) for c in targets})


def _add_each(add, sources: list[Citation], targets: list[Citation], relation: str, phrase: re.Match[str]) -> None:
    """Each source does `relation` to each target, as the group "phrase" of `phrase` states."""
    for a in sources:
        for b in targets:
            add(a, b, relation, phrase.start("phrase"), phrase.end("phrase"))


def _heads_page(text: str, a: Citation) -> bool:
    """Is A the document the page prints, its subject under its type heading ("QUYẾT ĐỊNH\nBan hành Kế
    hoạch thực hiện B"): a description with no "về" before it, as a new document's."""
    return a.issued and a.anchor > a.end and on_number_line(text, a.start)


_ACCORDING_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('according'), either_case=True)})[ ]+\Z")
_ACCORDING_CHARS = 8
_PLAN_TYPES = {fold(w) for w in cues("plan_type")}
# what an outer list names beside the plan it rests on, in full (_outer_list_item): a guide or a plan, not a
# resolution, directive or rule, which B itself carries out with C ("Kế hoạch số 03-KH/TW … thực hiện Kết luận số
# 21-KL/TW và Quy định số 37-QĐ/TW ngày 25/10/2021 …")
_LISTED_MEANS = _PLAN_TYPES | {fold("Hướng dẫn")}
# what the clause's subject acts on, right before A: "các cấp ủy cần quán triệt sâu sắc tinh thần Kết luận số
# 121-KL/TW, đồng thời thực hiện tốt B" (the cấp ủy carry B out, not the Kết luận; a document that acts on A
# is read first: "Kế hoạch … triển khai A, thay thế C")
_ACTED_ON_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?:{phrase_pattern(cues('acted_on'))})(?:[ ]+(?:{_ADVERBS}))*|{phrase_pattern(cues('lead_noun'))})"
    rf"[ ]+\Z")
_ACTED_ON_CHARS = 40
_MEETING_ACTS_ON = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('meeting'), either_case=True)})(?:[ ]+[^\W\d_]+){{0,4}}?"
                              rf"(?:[ ]+(?:{_ADVERBS}))*[ ]+(?:{phrase_pattern(cues('meeting_act'))})[ ]+\Z")
_MEETING_ACTS_ON_CHARS = 60


def _listed_after_acted_on(text: str, cited: list[Citation], a: Citation, object_of: dict[int, Citation]) -> bool:
    """Is A listed after a document the clause's subject, no document, acts on ("… tổng kết 15 năm thực hiện B1 … và A
    về tiếp tục thực hiện B1; đồng thời quán triệt C": the meeting's act on C, not A's; but "A0 nhằm thực hiện B1 và A
    …; đồng thời cụ thể hóa C" is A0's)?"""
    k = next((n for n, c in enumerate(cited) if c is a), None)
    return k is not None and any(
        p not in object_of and _acted_on(text, cited[p]) and k in _coordinated_after(text, cited, p, a.start + 1)
        for p in range(max(0, k - _LISTED_BEFORE), k))


_LISTED_BEFORE = 3  # items a list names before A


def _tied_in_own_title(text: str, a: Citation, phrase_start: int) -> bool:
    """Is the "gắn với" before the phrase part of A's own title, with no comma to close the title before it ("thực
    hiện Kết luận số 1024-KL/TU … về đẩy mạnh xây dựng nông thôn mới gắn với thực hiện B": what the conclusion ties
    to, not the clause subject's act on A tied to B)?"""
    return a.own_title and phrase_start < a.cover_end and "," not in text[a.anchor:phrase_start]


def _object_of_document(cited: list[Citation], a: Citation, object_of: dict[int, Citation]) -> bool:
    """Is A acted on by a document of its own ("Nghị quyết này được xây dựng để thực hiện A về thực hiện B, đồng thời cụ
    thể hóa C": the resolution's act, not a meeting's)?"""
    return any(c is a and k in object_of for k, c in enumerate(cited))


def _acted_on(text: str, a: Citation) -> bool:
    """Is A what the clause's subject acts on ("quán triệt A", "Hội nghị đã thông qua A"), so that what "đồng thời"
    adds after it is the subject's act, not A's?"""
    return bool(_ACTED_ON_BEFORE.search(text, max(0, a.start - _ACTED_ON_CHARS), a.start)
                or _MEETING_ACTS_ON.search(text, max(0, a.start - _MEETING_ACTS_ON_CHARS), a.start)
                # "Đây là bước cụ thể hóa A, đồng thời triển khai B": the act of what "Đây" stands for
                or text.startswith("Đây ", start := sentence_start(text, a.start))
                and _THIS_IS.fullmatch(text, start, a.start))
# not the issuer code ending a symbol: "Kế hoạch số 05-KH/BCĐ thực hiện B"
_COMMITTEE_AT = re.compile(rf"(?<![/-])(?:{phrase_pattern(cues('committee'))})[ ]")
# … and with its level between ("Ban Chỉ đạo Trung ương tổng kết B", "Ban Chỉ đạo tỉnh thực hiện B")
_COMMITTEE_OF_LEVEL_BEFORE = re.compile(rf"(?<![/-])(?:(?:{phrase_pattern(cues('committee'))})[ ]+"
                                        r"(?:Trung ương|TW|TƯ|tỉnh|thành phố|huyện|quận|thị xã)"
                                        # … or a working group, which the task names ("Tổ công tác triển khai B")
                                        rf"|(?:{phrase_pattern(cues('task_team'))})(?:[ ]+liên ngành)?)[ ]+\Z")
def _titled_over(text: str, cited: list[Citation], i: int, end: int) -> Citation | None:
    """The document whose title holds citation `i` and ends at `end`: what a passive after it is about
    ("Kết luận số 54-KL/TW … về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X đã được tỉnh cụ thể hóa
    bằng A": the conclusion, not the resolution its title names); a title that runs on over the passive
    leaves it to the document inside ("… theo Nghị định số 59 (được sửa đổi bởi …) …")."""
    return next((c for c in reversed(cited[max(0, i - _TITLE_CITATIONS):i])
                 if c.own_title and c.start < cited[i].start and end <= c.cover_end
                 and not text[end:c.cover_end].strip(" ”\"")), None)  # its closing quote: "B “về … C …” đã được …"


def _changed_in_its_system(cited: list[Citation], i: int, changer: Citation, actor: Citation | None,
                           doc_of: dict[int, Resolved]) -> Citation | None:
    """The document that acts on citation `i` (`actor`) or whose description holds it, when only that one can be what
    `changer` amends or replaces: a Party document is changed by Party documents, a state one by state ones ("Nghị
    quyết số 03/NQ-CP … ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, được sửa đổi, bổ sung bởi
    Nghị quyết số 71/NQ-CP": 71 amends 03, not 57; the programme a resolution issues is that resolution's document)."""
    a = cited[i]
    system = _system(doc_of[id(changer)])
    if system is None or _system(doc_of[id(a)]) in (None, system):
        return None
    holder = actor or next((c for c in reversed(cited[max(0, i - _TITLE_CITATIONS):i])
                            if (c.own_title or c.alias_of is not None) and c.anchor <= a.start
                            and a.end <= c.cover_end), None)
    return holder if holder is not None and _system(doc_of[id(holder)]) == system else None


def _title_holding(cited: list[Citation], i: int) -> Citation | None:
    """The document whose title (running on past it) names citation `i`."""
    a = cited[i]
    return next((c for c in reversed(cited[max(0, i - _TITLE_CITATIONS):i])
                 if c.own_title and c.anchor <= a.start and a.cover_end <= c.cover_end), None)


_TITLE_CITATIONS = 4  # documents a title may name before the one a passive follows
_PURPOSE_AFTER_BASIS = re.compile(r"[ ]*,[ ]*(?:để|nhằm)[ ]")
# (opening the sentence too: "Căn cứ B1 và B2, theo đề nghị của Sở Nội vụ tại Tờ trình C, UBND tỉnh ban hành A")
_BASIS_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern([r['phrase'] for r in _ROWS if r['relation'] == 'based_on' and '*' not in r['phrase']], either_case=True)})[ ]+\Z")
_BASIS_BEFORE_CHARS = 40


def _listed_basis(text: str, cited: list[Citation], i: int) -> bool:
    """Is citation i an item of a list of bases ("căn cứ B1, B2 và B3"), the first item right after the basis words?"""
    k = i
    while k > 0 and _COORDINATED.fullmatch(text, max(cited[k - 1].end, cited[k - 1].cover_end), cited[k].start):
        k -= 1
    start = cited[k].start
    return _BASIS_BEFORE.search(text, max(0, start - _BASIS_BEFORE_CHARS), start) is not None
_COMMA_ONLY = re.compile(r"[ ]*,[ ]*")
# … perhaps after where B is carried out (data/cues local_fit): "… thực hiện B trên địa bàn tỉnh, …"
_LOCAL_FIT_AT = re.compile(rf"[ ]+(?:{phrase_pattern(cues('local_fit'))})(?:[ ]+[^\W\d_]+){{0,6}}?(?=[ ]*,)")
# … or after when: "… thực hiện B trong năm 2021, …", "… B giai đoạn 2021 - 2025, …"
_PERIOD_FIT_AT = re.compile(r"[ ]+(?:trong[ ]+)?(?:năm|giai[ ]+đoạn)[ ]+\d{4}(?:[ ]*-[ ]*\d{4})?(?=[ ]*,)")
_FITTED_COMMA = re.compile(rf"(?:{_LOCAL_FIT_AT.pattern}|{_PERIOD_FIT_AT.pattern})?[ ]*,[ ]*")
# a replacing phrase that opens with the day a document takes effect ("có hiệu lực từ ngày …, thay thế C")
_TAKES_EFFECT_AT = re.compile(rf"(?:{phrase_pattern(cues('in_force') + cues('takes_effect'), either_case=True)})[ ]")
_COMMA_OR_AND = re.compile(r"[ ]*,[ ]*|[ ]*,?[ ]+và[ ]+")
_PROPOSAL_JOINED = (", ", " và ")  # what joins a proposal to the basis before it
_BY_GUIDE = re.compile(r"[ ]+(?P<phrase>theo)[ ]+")  # an issued A, then "theo" and a Hướng dẫn


def _guides_listed(text: str, cited: list[Citation], j: int, a: Citation) -> list[int]:
    """B at j, a guide or a plan A is issued by, and the guides and plans listed with it (indices in `cited`)."""
    return [j] + [k for k in _coordinated_after(text, cited, j, source=a)[1:]
                  if cited[k].type == "Hướng dẫn" or cited[k].type and fold(cited[k].type) in _PLAN_TYPES]
# an issued A's title with no "về" (a verb first, "100%" among its words), then the purpose of issuing it: "… ban hành
# Kế hoạch số 412/KH-PGDĐT ngày 20/9/2024 kiểm tra đột xuất bếp ăn của 100% trường mầm non, tiểu học … để thực hiện B",
# or what A carries out set off by a comma: "… ban hành Kế hoạch số 47/KH-UBND ngày 2/2/2026 bảo đảm an ninh, trật tự
# phục vụ bầu cử, thực hiện B"
# (the title may end on its period: "… Kế hoạch số 45/KH-UBND phát triển văn hóa giai đoạn 2021 - 2025 nhằm thực hiện B")
_PERIOD_OR_NUMBER = r"\d{4}[ ]*-[ ]*\d{4}|\d+%?"
_PURPOSE_AFTER_BARE_TITLE = re.compile(
    rf"(?:[ ]+[^\W\d_]+|[ ]+(?:{_PERIOD_OR_NUMBER}))(?:,?[ ]+(?:[^\W\d_]+|{_PERIOD_OR_NUMBER})){{0,24}}?"
    rf"(?:[ ]+(?:để|nhằm)[ ]+|[ ]*,[ ]+)"
    rf"(?P<phrase>{_IMPLEMENTS_ONLY}){_AFTER_PHRASE}")
# A drawn up or issued by a plan of another body: "A được xây dựng theo Kế hoạch số 121/KH-UBND …"
_BUILT_BY_PLAN = re.compile(rf"[ ]+(?:(?:{_GAP_ADVERBS})[ ]+)?(?:đã[ ]+)?được[ ]+(?:xây[ ]+dựng|ban[ ]+hành)[ ]+(?P<phrase>theo)[ ]+")
# "A thay thế B …, được xây dựng căn cứ C": the passive issuing after a comma is the subject A's, not B's; so is one
# after "và" ("Kế hoạch này thay thế Kế hoạch số 5116/KH-UBND … và được xây dựng trên cơ sở C")
_COMMA_PASSIVE_ISSUED = re.compile(rf"[ ]*(?:,[ ]*|,?[ ]+và[ ]+)(?:đã[ ]+)?được[ ]+(?:{_PASSIVE_VERBS})[ ]+")
_ACCORDING_WORD = "theo "  # a phrase A goes by: "theo chỉ đạo tại", "theo tinh thần"
_ACCORDING_TAIL = " theo"  # a phrase ending in plain "theo" ("thực hiện theo"): right after A only
_PROVISION_OF = re.compile(r"(?<![^\W\d_])tại[ ]+\Z")  # A where a provision is: "nội dung quy định tại A"
# (the act may be named as a noun: "A thực hiện B1, gắn với việc thực hiện B2"; the second act may be a review,
# perhaps as a purpose: "A được xây dựng trên cơ sở B, đồng thời nhằm sơ kết 5 năm
# thực hiện C": A reviews C, as the gap's "pre" or "purpose" reads it)
_ALSO_AFTER_COMMA = re.compile(
    rf"[ ]*,[ ]*(?:(?:{phrase_pattern(cues('also'))})[ ]+|(?:{phrase_pattern(cues('linked'))})[ ]+(?:việc[ ]+)?)(?:(?:để|nhằm)[ ]+(?=(?:{_REVIEW.pattern})[ ]))?"
    rf"(?:(?:{_REVIEW.pattern})(?:[ ]+(?:{_SPAN}|việc|giữa[ ]+nhiệm[ ]+kỳ))*[ ]+|{_REVIEW_YEARS}[ ]+)?")
# "A thực hiện B1, gắn với thực hiện B2": B1 ties B2 to the act of A, the document carrying B1 out, or of no document;
# the act may be named as a noun ("quán triệt B1, gắn với việc tiếp tục thực hiện B2")
# the same link word ending a gap's "pre", no comma before it: "B về … chỉnh đốn Đảng gắn với thực hiện C"
_LINKED_PRE_END = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('linked'))})(?:[ ]+việc)?[ ]*$")
_LINKED_BEFORE_PHRASE = re.compile(rf"[ ]*,[ ]*(?:{phrase_pattern(cues('linked'))})[ ]+(?:việc[ ]+)?")
# A the object of the first of two acts tied together: "gắn việc thực hiện A với việc thực hiện B" (what "với" then
# joins is the subject's second act, not A's)
_TIED_ACT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('tie_acts'))})[ ]+(?:việc[ ]+)?(?:{_GAP_PHRASES})[ ]+\Z")
_TIED_ACT_CHARS = 40
# what a body, not a document, does after "đồng thời": "ban hành A thực hiện B, đồng thời chỉ đạo thực hiện C"
_BODY_DIRECTS = re.compile(rf"(?:{phrase_pattern(cues('body_directs'))})(?![^\W\d_])")
_ALSO_PHRASE = re.compile(rf"{_ALSO_AFTER_COMMA.pattern}(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")
_ALSO_AFTER_SEMICOLON = re.compile(rf"[ ]*;[ ]*(?:{phrase_pattern(cues('also'))})[ ]+(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")
# … after what B is said to do, given in place of a title ("nhằm cụ thể hóa Nghị định số 262/2025/NĐ-CP … quy định chi
# tiết một số điều của Luật về …; đồng thời triển khai C": the description ends at the "; ")
_ALSO_AFTER_DESCRIPTION = re.compile(rf"[ ]+(?:{phrase_pattern(cues('describes'))})[ ]+[^.;:!?\n]+?"
                                     rf"{_ALSO_AFTER_SEMICOLON.pattern}")


def _another_b(text: str, a: Citation, last: Citation, after: Citation, earlier: list[Citation]) -> bool:
    """A B inside A's title, and a document listed after that title: another B of A when another
    body issued it, joined by "và" or "," ("Kế hoạch số 215-KH/ĐU … của Đảng ủy Trường về thực
    hiện B1 về … và Chương trình hành động số 35-CTr/TU … của Ban Thường vụ Tỉnh ủy"); else a
    sibling of A ("A … về thực hiện B1; Kế hoạch số 177-KH/TU … của Ban Thường vụ Tỉnh ủy …"). With no
    body named, a numbered document of B1's kind whose symbol's body is not A's is another B ("Quyết định
    số 1131/QĐ-BKHCN … về Kế hoạch thực hiện Nghị quyết 57-NQ/TW, Nghị quyết 03/NQ-CP và Nghị quyết 71/NQ-CP"), and so is one
    named by its number after the text named it in full, among `earlier` ("Quyết định số 1535/QĐ-UBND … về Kế hoạch
    triển khai Nghị quyết 131 và Nghị định 33")."""
    if ";" in text[max(last.cover_end, last.end):after.start]:
        return False
    if text.endswith(_COMMA_AND, 0, after.start) and not _listed_by_comma(text, last, earlier):
        # "Kế hoạch số 71/KH-UBND … về sơ kết 5 năm thực hiện Nghị quyết số 120/NQ-CP, và Công văn số 3326/BKHĐT-KTNN
        # …": a comma before "và" joins A's sibling, not a second B of a title that lists no other by commas
        return False
    if after.symbol is None and after.number and any(c.type == after.type and c.number == after.number for c in earlier):
        return True  # named again by its number: a document named before, no new sibling
    if after.symbol is not None and any(c.symbol is not None and c.symbol.raw == after.symbol.raw
                                        and c.type == after.type for c in earlier):
        return True  # … or by its symbol ("… về thực hiện Chương trình 08-CTr/TU và Chỉ thị số 12/CT-UBND" after the
        # directive named in full), whatever its body's code
    if after.issuer is None:  # of B1's kind, or of B1's body by its symbol ("Chỉ thị số 38-CT/TW … và Kết luận số 12-KL/TW"),
        # or of a body above A's, whose sibling it cannot be ("Quyết định số 2120/QĐ-UBND … về Kế hoạch thực hiện Chỉ thị
        # 40-CT/TW và Quyết định số 401/QĐ-TTg")
        # nor is a Party document a state body's sibling ("Quyết định số 1620/QĐ-UBND … ban hành Kế hoạch triển khai
        # thực hiện Nghị quyết số 09-NQ/TW và Chương trình hành động số 26-CTr/TU": A, the plan, is the decision's)
        if not after.own_title and last.symbol is not None and after.symbol is not None \
                and after.symbol.issuer_code == last.symbol.issuer_code \
                and _CLAUSE_ENDS.match(text, max(after.end, after.cover_end)):
            # of B1's body by its symbol, bare at the end of the clause, though of A's code too: "Kế hoạch số 124-KH/TU
            # về sơ kết 5 năm thực hiện Nghị quyết số 10-NQ/TU và Chỉ thị số 05-CT/TU." (a sibling A's body issued has a
            # title of its own: "… và Chỉ thị số 05-CT/TU về …")
            return True
        own = a.symbol
        if own is None and a.alias_of is not None:
            k = next((k for k, c in enumerate(earlier) if c is a), 0)
            own = earlier[k - 1].symbol if k > 0 else None
        return (after.symbol is not None and (a.symbol is None or after.symbol.issuer_code != a.symbol.issuer_code)
                and (after.type == last.type
                     or last.symbol is not None and after.symbol.issuer_code == last.symbol.issuer_code
                     or 0 <= _cited_rank(after) < _cited_rank(a)
                     or after.symbol.system == "party" and own is not None and own.system != "party"))
    if after.type == "Hướng dẫn" and a.issuer is not None and 0 <= _cited_rank(after) == _cited_rank(a):
        return False  # another body's guide of A's level guides what A does, beside it: "Thực hiện Kế hoạch số 169-KH/TW …
        # của Ban Bí thư về tổng kết 20 năm thực hiện Nghị quyết 8b và Hướng dẫn số 21-HD/BDVTW của Ban Dân vận Trung ương, …"
    return a.issuer is None or after.issuer.name != a.issuer.name


_COMMA_AND = ", và "
_CLAUSE_ENDS = re.compile(r"[ ]*(?:[.,;:\n]|\Z)")


def _listed_by_comma(text: str, last: Citation, earlier: list[Citation]) -> bool:
    """Is `last` the item after a comma of a list of documents ("B1, B2, và C": the comma is the list's)?"""
    k = next((k for k, c in enumerate(earlier) if c is last), 0)
    return k > 0 and text[max(earlier[k - 1].cover_end, earlier[k - 1].end):last.start].strip() == ","


def _issued_with(text: str, cited: list[Citation], i: int, replaced_by: dict[int, Citation] | None = None,
                 phrase_at: int | None = None, objects: int = 0) -> list[Citation]:
    """A, and the documents issued with it in one list before it: "ban hành Chỉ thị số
    05-CT/TU, Kế hoạch số 06-KH/TU và Hướng dẫn số 07-HD/TU để triển khai B" (each item
    without a title or tail of its own that would end the list); or replaced with it by one document, `replaced_by`
    (an index's replacing document): "A thay thế Chương trình số 45-CTr/TU của Tỉnh ủy Lâm Đồng, … và Kế hoạch số
    180-KH/TU của Tỉnh ủy Bình Thuận thực hiện B" (the former provinces' programmes, each on B); or, of A's type, sharing the
    title of A that holds the phrase at `phrase_at`: "theo Kế hoạch số 01-KH/TW của Bộ Chính trị và Kế hoạch số 12-KH/TU
    của Ban Thường vụ Tỉnh ủy về học tập, quán triệt và triển khai thực hiện B" (each plan on B); or one group with A
    on the phrase's one object, counted by `objects` (see _tail_shared)."""
    out = [cited[i]]
    k = i
    # "A1 của UBND tỉnh Hòa Bình và A2 của UBND tỉnh Sơn La, cùng nhằm thực hiện B", "UBND tỉnh X ban hành A1 và UBND tỉnh
    # Y ban hành A2, đều nhằm …": the phrase is each listed document's, issued here or not
    alike = phrase_at is not None and _DISTRIBUTED.fullmatch(text, max(cited[i].anchor, cited[i].cover_end), phrase_at)
    # "UBND tỉnh Ninh Thuận đã ban hành A1 ngày … và UBND tỉnh Khánh Hòa đã ban hành A2 ngày … để thực hiện B": a purpose
    # right after the last of such items, none with a title of its own, is the sentence's, each issuing body's
    purposed = phrase_at is not None and not cited[i].own_title and _PURPOSE_OPENS.match(text, phrase_at) \
        and not text[max(cited[i].anchor, cited[i].cover_end):phrase_at].strip()
    while k > 0 and cited[k - 1].form == "numbered" and (alike or not cited[k - 1].own_title) \
            and (_COORDINATED.fullmatch(text, cited[k - 1].cover_end, cited[k].start)
                 or (alike or purposed) and _AND_ISSUES.fullmatch(text, cited[k - 1].cover_end, cited[k].start)):
        k -= 1
    if replaced_by and i not in replaced_by:
        # "…, thay thế Nghị định số 100/2019/NĐ-CP, và Nghị định số 151/2024/NĐ-CP quy định chi tiết B": what another
        # document replaces is its object, not listed with A
        k = max([k] + [n + 1 for n in range(k, i) if n in replaced_by])
    replaced = replaced_by is not None and (by := replaced_by.get(i)) is not None \
        and all(replaced_by.get(n) is by for n in range(k, i))
    shared = phrase_at is not None and cited[i].own_title and cited[i].anchor <= phrase_at < cited[i].cover_end \
        and all(cited[n].type == cited[i].type for n in range(k, i)) \
        and _CARRIED_OUT_ITEM_BEFORE.search(text, max(0, cited[k].start - _CARRIED_OUT_ITEM_CHARS), cited[k].start) is None
    # numbers sharing one noun and symbol, each later one a bare number: "các Chương trình hành động số 01, 02,
    # 03-CTr/TU … thực hiện B" (each programme on B, issued in this sentence or not)
    grouped = all(text[cited[n].start:cited[n].start + 1].isdigit() for n in range(k + 1, i + 1))
    if k < i and (cited[k].issued or replaced or shared or grouped or alike or _peers(cited, k, i)
                  or objects == 1 and _tail_shared(text, cited, k, i) or _subject_list(text, cited, k, i, phrase_at)):
        out += cited[k:i]
    elif k < i:
        out += cited[_first_carrier(text, cited, k, i, phrase_at):i]
    return out


def _subject_list(text: str, cited: list[Citation], k: int, i: int, phrase_at: int | None) -> bool:
    """Are the items from `k` to `i` the subject of their sentence, listed bare at its opening, with the phrase at
    `phrase_at` right after the last ("Chỉ thị số 18/CT-UBND và Công văn số 652/UBND-NL nhằm cụ thể hóa B": each
    carries B out)?"""
    return phrase_at is not None and _CARRIES_OUT_AT.match(text, phrase_at) is not None and not cited[i].own_title \
        and not text[max(cited[i].end, cited[i].cover_end):phrase_at].strip(" ,") \
        and all(not cited[n].own_title for n in range(k, i)) \
        and _opens_its_sentence(text, cited[k])


_CARRIES_OUT_AT = re.compile(_IMPLEMENTS_ONLY)
_ACTED_ON_ITEM_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_GAP_PHRASES})[ ]+\Z")  # "A căn cứ | B1 và B2 thực hiện C"


def _first_carrier(text: str, cited: list[Citation], k: int, i: int, phrase_at: int | None) -> int:
    """The first of the plans and guides, each of another kind, listed last, from `k` to `i`, before the phrase at
    `phrase_at` that carries B out ("… quán triệt Chỉ thị số 05; Kế hoạch số 03-KH/TW của Bộ Chính trị và Hướng dẫn số
    24-HD/BTGTW của Ban Tuyên giáo Trung ương thực hiện B": each carries B out); `i` if there is none, or if the first is
    itself what another document's phrase before it names ("A thực hiện Kế hoạch số 12-KH/TU và Hướng dẫn số 05-HD/BTGTU
    thực hiện B", "A căn cứ …")."""
    if phrase_at is None or _CARRIES_OUT_AT.match(text, phrase_at) is None \
            or phrase_at < max(cited[i].end, cited[i].cover_end):
        return i  # (a phrase in the last item's own title is its own: "theo Kế hoạch số 12-KH/TU và Hướng dẫn số 05-HD/…
        # về việc học tập, quán triệt B")
    first = i
    while first > k and cited[first - 1].type and fold(cited[first - 1].type) in _PLAN_TYPES:
        first -= 1
    if first == i or not (cited[i].type and fold(cited[i].type) in _PLAN_TYPES):
        return i
    if len({fold(cited[n].type) for n in range(first, i + 1)}) < i + 1 - first:
        return i  # items of one kind may go each with its own B: "Chương trình hành động số 38-CTr/TU và Chương trình hành
        # động số 39-CTr/TU … thực hiện các Nghị quyết số 20-NQ/TW, 21-NQ/TW" (in that order)
    before = _ACTED_ON_ITEM_BEFORE.search(text, max(0, cited[first].start - _CARRIED_OUT_ITEM_CHARS), cited[first].start)
    if before is not None and first > 0 \
            and not text[max(cited[first - 1].end, cited[first - 1].cover_end):before.start()].strip(" ,"):
        return i
    return first


# … but a first item carried out by what names it is no document issued beside A: "Nghị quyết 138/NQ-CP về Kế hoạch hành
# động thực hiện Nghị quyết 68 và Nghị quyết 139/NQ-CP về Kế hoạch triển khai B" (resolution 68 carries out no B)
_CARRIED_OUT_ITEM_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_IMPLEMENTS_ONLY})[ ]+\Z")
_CARRIED_OUT_ITEM_CHARS = 40


_LISTED_AND = re.compile(r"[ ]*(?:,|,?[ ]+và)[ ]+(?:số[ ]*)?")  # items of one list, not closed by "; "


def _tail_shared(text: str, cited: list[Citation], k: int, i: int) -> bool:
    """Are the listed items from `k` to `i` of one kind, their date or body written once, after the last ("triển
    khai Chương trình hành động số 38-CTr/TU và Chương trình hành động số 39-CTr/TU ngày 28/2/2018 của Tỉnh ủy thực hiện
    B")? One group: what the last does to one document, each does (not to several: "A1 và A2 … thực hiện các Nghị
    quyết số 20-NQ/TW, 21-NQ/TW" may pair them each to each)."""
    last = cited[i]
    return last.end > last.head_end and all(
        cited[n].type == last.type and cited[n].end == cited[n].head_end  # no date or body of its own
        and _LISTED_AND.fullmatch(text, cited[n].end, cited[n + 1].start)  # not "; " closing a list item
        and (cited[n].symbol is None or last.symbol is None  # one body's: "57-NQ/TW; 71/NQ-CP … của Chính phủ" is not
             or cited[n].symbol.issuer_parts == last.symbol.issuer_parts)
        for n in range(k, i))


def _peers(cited: list[Citation], k: int, i: int) -> bool:
    """Are the listed items from `k` to `i` each a document of one kind of body in another unit ("Kế hoạch số 112-KH/TU
    … của Tỉnh ủy Đắk Lắk, Chương trình hành động số 45-CTr/TU … của Tỉnh ủy Phú Yên thực hiện B")? A body carries out
    no peer's document, so what the last item does, each does."""
    bodies = [cited[n].issuer for n in range(k, i + 1)]
    if any(body is None or body.own_unit_code is None for body in bodies):
        return False
    return all(body.level == bodies[0].level and body.is_party == bodies[0].is_party for body in bodies) \
        and len({body.own_unit_code for body in bodies}) == len(bodies)


# the comma is optional: "… và Kế hoạch số 412-KH/TU của Ban Thường vụ Tỉnh ủy Gia Lai cùng thực hiện B"
_DISTRIBUTED = re.compile(rf"[ ]*,?[ ]*(?:{phrase_pattern(cues('distributive'))})[ ]+")
# "… và UBND tỉnh Sơn La ban hành A2": the next item of a list, its own subject issuing it
_AND_ISSUES = re.compile(rf"[ ]*,?[ ]*và(?:[ ]+[^\W\d_]+){{1,8}}?[ ]+(?:{_PASSIVE_VERBS})[ ]+")


def _titled_items_before(text: str, cited: list[Citation], i: int) -> list[Citation]:
    """The issued documents, each with its own title, listed right before the issued A at `i` ("thông qua Nghị quyết
    số 41/NQ-HĐND về … và | A về …")."""
    k = i
    while k > 0 and cited[k].issued and cited[k - 1].issued and cited[k - 1].own_title \
            and cited[k - 1].form == "numbered" and _COORDINATED.fullmatch(text, cited[k - 1].cover_end, cited[k].start):
        k -= 1
    return cited[k:i]


def _title_tail(text: str, cited: list[Citation], i: int, j: int, add, actor: Citation | None = None,
                actor_relation: str | None = None) -> bool:
    """"A … về ra quân làm đường giao thông nông thôn năm 2025, thực hiện B": a phrase after a
    comma that ends A's title says what A does to B, however long the title; `actor`: the document
    whose phrase takes A, if any, and `actor_relation` what that phrase makes of A."""
    a, b = cited[i], cited[j]
    if a.own_title:
        tail_from, end = a.anchor, a.cover_end
    elif _DESCRIBES.match(text, a.cover_end) or _ISSUES_ATTACHED.match(text, a.cover_end) \
            or a.form == "new" and text.startswith(",", a.cover_end) or _CARRIES_OUT.match(text, a.cover_end) \
            or _TITLE_VERB.match(text, a.cover_end):
        # "Nghị quyết số … quy định mức chi …, thay thế B", "Quyết định số … ban hành Danh mục …, thay thế B", "… phê
        # duyệt Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp, được ban hành để thực hiện B": a new
        # document's description cut at a comma goes on; so does what A carries out before B
        tail_from, end = a.cover_end, min(_description_end(text, a.cover_end, a.start), a.cover_end + _DESCRIPTION_MAX_CHARS)
    else:
        return False
    if b.start > end:
        return False
    comma = text.rfind(",", tail_from, b.start)
    m = _TITLE_TAIL_GAP.fullmatch(text, comma, b.start) if comma != -1 else None
    if m is None and comma != -1 and (before := text.rfind(",", tail_from, comma)) != -1:
        # the comma before, when the words the phrase takes up have one: "…, qua đó cụ thể hóa các nhóm giải pháp về
        # cơ chế, chính sách của B"
        m = _TITLE_TAIL_GAP.fullmatch(text, before, b.start)
    if m is not None and actor is not None and m.group("also"):
        # "A căn cứ B … (a long description), đồng thời nhằm triển khai C": A's second act, not B's
        a = actor
    elif m is not None and actor is not None and _relation(m.group("phrase")) == "based_on" \
            and _REQUEST_IN.search(m.group("phrase")):
        # "A được xây dựng nhằm cụ thể hóa B về …, trên cơ sở đề nghị của UBND tỉnh tại Tờ trình C": the proposal is
        # for the document being made, A, not for B that A carries out
        a = actor
    elif m is not None and actor is not None and actor_relation == "based_on" and _relation(m.group("phrase")) == "based_on":
        # "A được ban hành căn cứ Nghị định số 74/2011/NĐ-CP … quy định về phí …, trên cơ sở Tờ trình C": a basis after
        # a basis's description is A's, the list's next item, as after "; "
        a = actor
    elif m is not None and actor is not None and _relation(m.group("phrase")) in _NAMES_ITS_ITEM:
        # "A hướng dẫn thực hiện Nghị quyết số 10/2024/NQ-HĐND … quy định mức hỗ trợ …, thay thế C": what A replaces,
        # as after B alone ("A triển khai B, thay thế C")
        a = actor
    elif m is not None and actor is not None and actor_relation == "based_on" \
            and _relation(m.group("phrase")) == "implements" and _PURPOSE_WORD.search(text, m.start(), m.start("phrase")):
        # "A được xây dựng trên cơ sở B giữa Ủy ban Dân tộc và Bộ Quốc phòng về … giai đoạn 2021 - 2025, nhằm thực hiện
        # C": the purpose of the document built on B, not B's
        a = actor
    elif m is not None and actor is not None and _relation(m.group("phrase")) == "implements" \
            and _cited_rank(a) == 0 < _cited_rank(b):
        # "A được ban hành căn cứ Nghị định số 98/2018/NĐ-CP … về …, thực hiện Nghị quyết số 05-NQ/TU … của Tỉnh ủy": a
        # central decree carries out no province's document; what is carried out after its title is A's
        a = actor
    if m is None:  # a purpose needs no comma: "Chỉ thị số 13-CT/TU về … trên địa bàn tỉnh để cụ thể hóa B"
        purpose = max(text.rfind(" để ", tail_from, b.start), text.rfind(" nhằm ", tail_from, b.start))
        m = _PURPOSE_TAIL_GAP.fullmatch(text, purpose, b.start) if purpose != -1 else None
    if m is None and actor is None:  # nor does a basis right before B: "Quy định số 05-QĐ/QU về … vì lợi ích chung trên cơ sở B"
        basis = max(text.rfind(" trên cơ sở ", tail_from, b.start), text.rfind(" căn cứ ", tail_from, b.start))
        m = _BASIS_TAIL_GAP.fullmatch(text, basis, b.start) if basis != -1 else None
    if m is None:  # nor does a title's last item: "Nghị quyết số 11/NQ-CP … về Chương trình phục hồi … và triển khai B"
        conjunction = text.rfind(" và ", tail_from, b.start)
        m = _AND_TAIL_GAP.fullmatch(text, conjunction, b.start) if conjunction != -1 else None
        if m is not None and _relation(m.group("phrase")) != "implements":
            m = None  # a list of bases goes on: "… Nghị định số 116/2016/NĐ-CP … quy định … và theo đề nghị … tại Tờ trình …"
        if m is not None and _PHRASE_BEFORE.search(text, max(0, a.start - _PHRASE_BEFORE_CHARS), a.start):
            if actor is None:  # after a phrase that takes A, the act of A's source: "Kế hoạch … triển khai thực
                return False  # hiện Nghị quyết số 11/NQ-CP … về Chương trình … và triển khai B"
            a = actor
    if m is None:  # nor does a passive issuing verb: "Nghị quyết số 26/2023/NQ-HĐND quy định về … được ban hành căn cứ B"
        passive = text.rfind(" được ", tail_from, b.start)
        m = GAP_RE.fullmatch(text, passive, b.start) \
            if passive != -1 and not any(passive < c.start < b.start for c in cited[i + 1:j]) else None
    item_tail = m is None
    if m is None:  # nor does what A does to its kind: "Nghị định số … quy định tổ chức …, UBND cấp xã thay thế B"
        m = next((tail for tail in _ITEM_TAIL_GAP.finditer(text, tail_from, b.start)
                  if _ITEM_TAIL_GAP.fullmatch(text, tail.start(), b.start)), None)
    # (a document still to be written before such a phrase is what does it, whatever A's title: "Thông báo số 358-TB/TU
    # về kết luận …, đồng chí Bí thư yêu cầu … đề nghị Trung ương ban hành nghị quyết mới thay thế B")
    if m is None or (item_tail or not a.own_title) and _TO_BE_ISSUED.search(text, tail_from, m.start()):
        return False
    relation = _relation(m.group("phrase"), m.groupdict().get("pre") or "")
    if actor is not None and a is not actor and relation in _NAMES_ITS_ITEM and _joined_item(text, tail_from, b.start):
        a = actor  # "A … triển khai B về … (a long title), và thay thế C": A's second act, as after B alone
    for k in _coordinated_after(text, cited, j, source=a, phrase=m.group("phrase")):  # the list may go on past A's title
        add(a, cited[k], relation, m.start("phrase"), m.end("phrase"))
    return True


_DESCRIBES = re.compile(rf"[ ]+(?:{phrase_pattern(cues('describes'))})[ ]+[^\W\d_]")
# a title with no "về" that says what A does to its object ("Nghị quyết số 77/NQ-HĐND điều chỉnh kế hoạch đầu tư công năm
# 2023, trên cơ sở B": data/cues title_verb), whose comma then ends it as a "về" title's does
_TITLE_VERB = re.compile(rf"[ ]+(?:{phrase_pattern(cues('title_verb'))})[ ]+[^\W\d_]")
_DESCRIPTION_MAX_CHARS = 300  # what a document does, said in place of its title: a clause, not a paragraph


def _description_end(text: str, pos: int, start: int) -> int:
    """The end of the clause of a description from `pos` of the document at `start`: a "; " before a small letter is
    one of the fields it lists ("Nghị định số 144/2021/NĐ-CP quy định xử phạt … an toàn xã hội; phòng, chống tệ nạn xã
    hội; phòng cháy, chữa cháy, thay thế B"), not the clause's end, unless the document sits in a task of a list a colon
    opens, whose next task the "; " begins ("… 5 nhóm nhiệm vụ: kiện toàn bộ máy theo Nghị định số 01/2018/NĐ-CP …
    quy định chức năng …; xây dựng Công an xã chính quy; đẩy mạnh chuyển đổi số, thực hiện B")."""
    end = sentence_end(text, pos)
    if _in_colon_task(text, start):
        return end
    while text.startswith("; ", end - 2) and text[end:end + 1].islower() and end - pos < _DESCRIPTION_MAX_CHARS:
        end = sentence_end(text, end)
    return end


_TASK_LIST_CHARS = 300  # how far before the document the colon opening its task list may be


def _in_colon_task(text: str, start: int) -> bool:
    """Is the document at `start` inside a lower-case task of a list a colon opens in its sentence (words of the task
    before it: "…: kiện toàn tổ chức bộ máy theo Nghị định …")?"""
    colon = text.rfind(": ", max(text.rfind("\n", 0, start) + 1, start - _TASK_LIST_CHARS), start)
    return colon != -1 and text[colon + 2:colon + 3].islower() and text.find(". ", colon, start) == -1
# what A carries out, named by no citation: "Kế hoạch số 18/KH-UBND … thực hiện Chương trình mục tiêu quốc gia giảm
# nghèo bền vững năm 2024, cụ thể hóa B"
_CARRIES_OUT = re.compile(rf"[ ]+(?:{_IMPLEMENTS_ONLY})[ ]+[^\W\d_]")
_ISSUES_ATTACHED = re.compile(rf"[ ]+(?:{phrase_pattern(cues('describes') + cues('approve'))})[ ]+")
_DESCRIBED_PROPOSAL = re.compile(rf"[ ]+(?:{phrase_pattern(cues('describes'))})[ ]+[^.;\n]{{1,{_DESCRIPTION_MAX_CHARS}}}?"
                                 rf"{_PROPOSED_IN.pattern}")
_AMENDS_AT = re.compile(rf"[ ]+(?:{_AMENDS_WORDS})[ ]")
_AMENDING_PROPOSAL = re.compile(rf"[ ]+(?:{_AMENDS_WORDS})[ ]+[^.;\n]{{1,{_DESCRIPTION_MAX_CHARS}}}?{_PROPOSED_IN.pattern}")
_DESCRIBED_ITEM = re.compile(  # "… của Chính phủ ban hành Chương trình tổng thể … và Quyết định số …"
    # a comma may end the description too ("Thực hiện Nghị quyết số 88/2019/QH14 … phê duyệt Đề án tổng thể …, Quyết
    # định số 1719/QĐ-TTg … và Kế hoạch số 2479/KH-UBND …"): the next numbered item starts right after it; a ";" before
    # a small letter is the description's own ("Nghị định số 168/2024/NĐ-CP … quy định xử phạt … đường bộ; trừ điểm,
    # phục hồi điểm giấy phép lái xe và Kế hoạch số 18/KH-UBND …")
    # … the items of a plural noun opening with "số" ("Thực hiện các Quyết định của Thủ tướng Chính phủ: số 263/QĐ-TTg …
    # phê duyệt …; số 318/QĐ-TTg …")
    rf"[ ]+(?:{_ITEM_DESCRIPTION_VERBS})[ ]+(?:[^.;\n]|;(?=[ ]+[^\W\d_{UPPER}]))+?(?:;|,?[ ]+(?:và|cùng(?:[ ]+với)?)|,)[ ]+"
    r"(?:số[ ]*)?")
# "B … của Chính phủ quy định … Luật Ban hành văn bản quy phạm pháp luật (được sửa đổi, bổ sung bởi A)":
# an aside after a description is about the document described, not one the description names, unless
# that one is of A's type ("… quy định chi tiết Luật Doanh nghiệp số 59/2020/QH14 (đã được sửa đổi, bổ sung
# bởi Luật số 03/2022/QH15)"): a document is amended by one of its kind; the aside may follow a comma ("Nghị định
# số 115/2018/NĐ-CP quy định xử phạt …, được sửa đổi, bổ sung tại A"); a "; " before a small letter is the
# description's own, as a legal title's parts are ("quy định về thủ tục hải quan; kiểm tra, giám sát hải quan; …")
_REASON_LABEL = rf"[ ]*[.,]?[ ]*(?:{phrase_pattern(cues('reason_label'), either_case=True)})[ ]*:[ ]*"
# (a decision's regulation it issues too, and with no comma before "đã được": "Quyết định số 15/2021/QĐ-UBND … ban
# hành Quy chế tổ chức và hoạt động của Trung tâm … đã được sửa đổi, bổ sung bởi A")
_DESCRIBED_PASSIVE = re.compile(
    rf"[ ]+(?:{phrase_pattern(cues('describes') + cues('approve'))})[ ]+(?:[^.;()\n]|;(?=[ ]+[^\W\d_{UPPER}])){{1,{_DESCRIPTION_MAX_CHARS}}}?"
    rf"(?=(?:{_REASON_LABEL}|[ ]*(?:[,;][ ]*|\()|[ ]+(?=đã[ ]|{_EXPIRED_BECAUSE}))"
    rf"{_EXPIRED_BECAUSE}?(?:(?:{phrase_pattern(cues('passive_adverb'))})[ ]+)*(?:đã[ ]+)?(?:{_PASSIVE})[ ])")
# a list of expired documents gives the reason after a semicolon or a label ("Thông tư số 40/2021/TT-BTC … hướng dẫn
# thuế …; được thay thế bởi Thông tư số 100/2024/TT-BTC", "Nghị định 100/2019/NĐ-CP quy định …. Lý do: được thay thế
# bởi …")
_REASON_AFTER = re.compile(rf"{_REASON_LABEL}|[ ]*;")


def _described_passives(text: str, cited: list[Citation], add) -> set[int]:
    """The amending documents of asides after descriptions (A of "B quy định … (được sửa đổi bởi A)"),
    by index, once their relation to B is added."""
    done = set()
    for i, b in enumerate(cited):
        m = _DESCRIBED_PASSIVE.match(text, b.anchor)
        k = next((k for k in range(i + 1, len(cited)) if cited[k].start >= m.end()), None) if m else None
        passive = None
        if k is not None:
            reason = _REASON_AFTER.match(text, m.end())
            passive = PASSIVE_GAP_RE.fullmatch(text, reason.end() if reason else m.end(), cited[k].start)
        named = [c for c in cited[i + 1:k] if c.start < m.end()] if passive is not None else []
        if passive is not None and not (named and named[-1].type == cited[k].type):
            # what took an ended document's place ends with its clause: "B …, hết hiệu lực do được thay thế bởi A;
            # B2 …; B3 …" goes on listing ended documents
            clause_end = text.find("; ", cited[k].end) if passive.group("expired") else -1
            for n in _coordinated_after(text, cited, k, None if clause_end == -1 else clause_end):
                add(cited[n], b, _relation(passive.group("phrase")), passive.start("phrase"), passive.end("phrase"))
                done.add(n)
    return done


# "…, nhằm tiếp tục thực hiện B"; "…, tổng kết 15 năm thực hiện B" (a review of B's years)
# (a second act named after the comma as well: "…, qua đó cụ thể hóa B", "…, đồng thời thực hiện B")
_TITLE_TAIL_GAP = re.compile(rf",[ ]+(?:(?:để|nhằm|(?P<also>{phrase_pattern(cues('also'))}))(?:[ ]+(?:để|nhằm))?[ ]+)?(?P<pre>(?=(?:{_REVIEW.pattern})[ ]){_SYLLABLES}{{1,5}}?)?"
                             rf"(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")
_PURPOSE_WORD = re.compile(r"(?<![^\W\d_])(?:để|nhằm)(?![^\W\d_])")
_AND_TAIL_GAP = re.compile(rf"[ ]+và[ ]+(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")
_PURPOSE_TAIL_GAP = re.compile(rf"[ ]+(?:để|nhằm)[ ]+(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")
# a basis phrase opening with "trên cơ sở" or "căn cứ" (data/relation_phrases) right before B, after a long title
_BASIS_TAIL_GAP = re.compile(rf"[ ]+(?P<phrase>{_phrase_regex([r['phrase'] for r in _ROWS if r['relation'] == 'based_on' and r['where'] in ('gap', 'both') and r['phrase'].startswith(('trên cơ sở', 'căn cứ'))])}){_AFTER_PHRASE}")
# (in an aside too: "Nghị định số 168/2024/NĐ-CP … quy định xử phạt …; trừ điểm, phục hồi điểm giấy phép lái xe (thay thế B)")
_ITEM_TAIL_GAP = re.compile(rf"[ ]+\(?(?P<phrase>{_gap_phrases(_NAMES_ITS_ITEM, ("gap",))}){_AFTER_PHRASE}")
# a document still to be written inside A's description: "Văn bản số 512/UBND-KGVX … giao Sở GD&ĐT chủ trì tham mưu
# ban hành quy định quản lý dạy thêm …, thay thế B" (the rule to come replaces B, not the letter)
_TO_BE_ISSUED = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('future'))})(?:[ ]+[^ ,.;:\n]+){{0,8}}?[ ]+"
                           rf"(?:{phrase_pattern(cues('draft_verb'))})[ ]+(?:{TYPE_WORD_RE.pattern})")


def _leads(text: str, cited: list[Citation], last_words: list[str], doc_of: dict[int, Resolved], related: dict,
           add) -> None:
    for j, b in enumerate(cited):
        carried = last_words[j] in _CARRIED_LAST_WORDS \
            and _CARRIED_BEFORE.search(text, max(0, b.start - 30), b.start) is not None
        if last_words[j] not in _LEAD_LAST_WORDS and not carried and not _PROVISION_LAST_WORD.fullmatch(last_words[j]):
            continue
        m = _lead_before(text, b.start, _LEAD_CARRIED_AT if carried else _LEAD_AT)
        if m is None:
            continue
        targets = _coordinated_after(text, cited, j, issued=b.issued, listing=bool(m.group("listing")))
        found = _main_clause(text, cited, targets[-1])
        subject = cited[targets[-1]]
        # "Thực hiện B, Kế hoạch số 95/KH-UBND … của UBND huyện yêu cầu …": the subject of a predicate, whatever
        # clause a later comma opens ("…, Kế hoạch số 45/KH-UBND đặt mục tiêu 100% xã, thị trấn có …")
        # (or a body's document named back: "Để thực hiện B, kế hoạch của UBND thành phố phân công …")
        predicated = (subject.form == "numbered" or subject.ref == "issuer") \
            and _SUBJECT_PREDICATE.match(text, max(subject.end, subject.cover_end))
        if (found is None or predicated) and len(targets) > 1 and text.endswith(", ", 0, subject.start) \
                and (subject.ref in ("bare", "this") or predicated):  # "Căn cứ B1; B2, Kế hoạch đặt mục tiêu …": no item
            targets, found = targets[:-1], (subject.start, sentence_end(text, subject.start))
        if found is None and m.start() > sentence_start(text, m.start()) and text.endswith(", ", 0, m.start()) \
                and (verb := _VERB_AFTER_LEAD.match(text, max(cited[targets[-1]].cover_end, cited[targets[-1]].end))):
            # "UBND huyện, thực hiện B, đã ban hành A": the lead set between the subject and its verb
            found = (verb.end(), sentence_end(text, verb.end()))
        if found is None and m.group("period") and not m.group("during") and not m.group("review"):
            # "Báo cáo tổng kết số 286-BC/TU … cho biết, sau 10 năm thực hiện B và B2, đội ngũ trí thức …": the report
            # that tells what B's years gave reviews them
            told = [a for a in _telling_document(text, cited[:j], m.start()) if _is_review(text, a)]
            if told:
                _add_each(add, told, [cited[k] for k in targets], "reviews", m)
                continue
        if found is None and not m.group("period") and not m.group("review") \
                and (also := _also_issued_next(text, cited[j:], cited[targets[-1]].end, sentence_end(text, cited[targets[-1]].end),
                                           doc_of, related)):
            _add_each(add, also, [cited[k] for k in targets], _relation(m.group("phrase")), m)  # "…. X cũng ban hành A"
            continue
        if found is None:  # "Văn bản nêu rõ, thực hiện B, các tổ chức tín dụng phải …": no subject a main clause opens with
            _said_with_no_subject(text, cited, j, targets, m, add)
            continue
        main, end = found
        # (not a document named inside the name of one the clause issues, though what it approves reads as issued: "…
        # ban hành Quyết định số 245/QĐ-UBND ban hành Kế hoạch thực hiện Nghị quyết số 24/2008/NQ-CP … của Chính phủ
        # ban hành Chương trình hành động của Chính phủ …", the Government's programme is its resolution)
        in_main = [c for c in cited[j:] if main <= c.start < end]
        objects = {id(doc_of[id(c)]) for c in in_main if not c.issued and id(c) in doc_of
                   and any(o.issued and o.start < c.start and c.end <= o.cover_end
                           and doc_of.get(id(o)) is not doc_of[id(c)] for o in in_main)}
        # (nor what an object's own title approves: "…, đồng thời lồng ghép triển khai Quyết định số 150/QĐ-TTg … phê
        # duyệt Chiến lược …", the strategy is the decision the clause carries out)
        objects |= {id(doc_of[id(o)]) for o in in_main if not o.issued and id(o) in doc_of
                    and _CARRIED_OUT_BEFORE.search(text, max(0, o.start - _CARRIED_OUT_CHARS), o.start)
                    and any(c.issued and c.alias_of is not None and o.start < c.start and doc_of.get(id(c)) is doc_of[id(o)]
                            for c in in_main)}
        sources = [c for c in in_main if c.issued and id(doc_of.get(id(c))) not in objects]
        if main == end or not sources and (text[main:end].rstrip().endswith(":") or _ENACTING.match(text, end)):
            # the preamble of the printed document: "… \nQUYẾT ĐỊNH:", "…, Ban Thường vụ Huyện ủy báo cáo kết quả như sau:",
            # "…, Ban Chấp hành Đảng bộ xã\n\nQUYẾT NGHỊ:" (the subject, then its enacting verb on a line of its own)
            sources = _printed(text, cited[:j], b.start)
        # "…, nhiều tỉnh ủy đã ban hành kế hoạch thực hiện, như: Tỉnh ủy X ban hành A1; Tỉnh ủy Y có A2";
        # the first item may end the main clause ("… đã ban hành nhiều văn bản như: A1; A2")
        sources += [c for c in _listed_after(text, cited[j:], main, end) if all(c is not s for s in sources)]
        if fold(m.group("phrase")) in _TOPIC_LEADS:  # "Đối với B, X đã ban hành A": what the main clause issues only
            _add_each(add, sources, [cited[k] for k in targets], _relation(m.group("phrase")), m)
            continue
        if sources:  # "Thực hiện B, X đã ban hành A1; Y ban hành A2": the clauses after it that issue
            sources += _issuing_clauses_after(text, cited[j:], end, sources)
        following = _SEQUEL.match(text, end)
        if not sources and following is not None:  # "…. Ngay sau đó, X ban hành A"
            next_end = sentence_end(text, following.end())
            sources = [c for c in cited[j:] if end <= c.start < next_end and c.issued]
        if not sources:  # "Để cụ thể hóa B, X chỉ đạo …; UBND xã ban hành A": a clause after that issues
            sources = _issuing_clauses_after(text, cited[j:], end)
        if not sources:  # "Thực hiện B, Huyện ủy đã chỉ đạo …. Ban Thường vụ Huyện ủy cũng ban hành A"
            sources = _also_issued_next(text, cited[j:], cited[targets[-1]].end, end, doc_of, related)
        if not sources:  # "…, Ban Thường vụ Tỉnh ủy đã quyết định thành lập Ban Chỉ đạo (Quyết định số 2185-QĐ/TU …)"
            sources = [c for c in cited[j:] if main <= c.start < end and _records_the_act(text, c)]
        if not sources:  # "Công điện nêu rõ, thực hiện B, UBND tỉnh yêu cầu …": the document that says it
            sources = _saying_document(text, cited[:j], m.start(), main, end)

        if not sources:  # "X ký Công điện số 07/CĐ-UBND …. Thực hiện B, X yêu cầu …": what X has just issued
            sources = _issued_just_before(text, cited[:j], m.start(), main, end)
        if not sources:  # "X ban hành Quyết định số 2046-QĐ/TU …. Căn cứ B, X quyết định …": what that decision decides
            sources = _decision_it_reports(text, cited[:j], m.start(), main, end)
        if not sources:  # "Thực hiện B, Huyện ủy đã ban hành nghị quyết chuyên đề nêu trên": the document named back
            sources = [c for c in cited[j:] if main <= c.start < end and c.ref == "this" and id(c) in doc_of
                       and _ISSUES_BACK.search(text, max(0, c.start - _ISSUES_BACK_CHARS), c.start)
                       and all(doc_of[id(c)] is not doc_of.get(id(cited[k])) for k in targets)][:1]
        if not sources:  # "Căn cứ B1; B2 …, Kế hoạch đặt mục tiêu …": a document named back is the main clause's subject
            # (after B's title and the documents it names: "Để thực hiện Quyết định số 1161/QĐ-TTg … ban hành Kế hoạch
            # triển khai thi hành Luật Thủ đô, kế hoạch của UBND thành phố phân công …")
            sources = [c for c in _opening_main(cited, targets[-1] + 1, main)
                       if (c.ref in ("bare", "this") or c.form == "numbered"
                           or c.ref == "issuer" and _SUBJECT_PREDICATE.match(text, max(c.end, c.cover_end)))
                       and id(c) in doc_of and all(doc_of[id(c)] is not doc_of.get(id(cited[k])) for k in targets)]
        relation = _relation(m.group("phrase"))
        if m.group("review"):  # what the review of B's years gave, unless it says it goes on with B
            sources = [a for a in sources if not any((id(doc_of[id(a)]), id(doc_of[id(cited[k])]), kind) in related
                                                     for k in targets for kind in ("continues", "implements"))]
            relation = "reviews"
        elif m.group("period") and not m.group("during"):  # years of B behind: only a review of them relates to B
            sources, relation = [a for a in sources if _is_review(text, a)], "reviews"
        if len({id(doc_of[id(a)]) for a in sources}) > 1 \
                and all(_own_lead_target(a, targets, cited, doc_of, related, relation) for a in sources):
            continue  # "Thực hiện B1 và B2, X ban hành A1 thực hiện B1 và A2 thực hiện B2": each its own, not crossed
        _add_each(add, sources, [cited[k] for k in targets], relation, m)


def _opening_main(cited: list[Citation], first: int, main: int) -> list[Citation]:
    """The citation the main clause at `main` opens with, from cited[first] on (none once past it)."""
    for c in cited[first:]:
        if c.start >= main:
            return [c] if c.start == main else []
    return []


# the next sentence's subject that also issues, "cũng" said or not: "…. Ban Thường vụ Huyện ủy (cũng) ban hành A"
# (data/cues issue), its verb right after it (no lead of its own), after a
# main clause that tells how B was passed on (data/cues roll_out), not what was done on the ground ("xã đã quy hoạch
# 35 ha rau", "các lực lượng đã kiểm tra 100% tàu cá": the document after is the body's own on the matter)
_ALSO_ISSUES = re.compile(rf"[{UPPER}][^.;:,()\n]{{0,60}}?[ ]+(?:cũng[ ]+)?(?:(?:đã|vừa)[ ]+)?(?:{phrase_pattern(cues('issue'))})[ ]+")
_ROLLED_OUT = re.compile(rf"(?<![^\W\d_])(?:đã|vừa)[ ]+(?:kịp[ ]+thời[ ]+)?(?:{phrase_pattern(cues('roll_out'))})(?![^\W\d_])")
_CLAUSES_TO_SENTENCE_END = 4


def _also_issued_next(text: str, cited: list[Citation], start: int, end: int, doc_of: dict[int, Resolved],
                      related: dict) -> list[Citation]:
    """What the sentence after the lead's issues when its subject (also) issues it and the lead's main clause (from
    `start`) issued nothing but passed B on: "Thực hiện Chỉ thị 35, Huyện ủy đã chỉ đạo rà soát …; kiện toàn …. Ban
    Thường vụ Huyện ủy cũng ban hành Kế hoạch số 156-KH/HU": the plan carries B out too; not one that says what it
    carries out itself."""
    if _ROLLED_OUT.search(text, start, end) is None:
        return []
    for _ in range(_CLAUSES_TO_SENTENCE_END):
        if text.endswith(". ", 0, end) or text.endswith("\n", 0, end):
            break
        end = sentence_end(text, end)
    else:
        return []
    also = _ALSO_ISSUES.match(text, end)
    if also is None:
        return []
    next_end = sentence_end(text, also.end())
    issued = [c for c in cited if also.end() <= c.start < next_end and c.issued and id(c) in doc_of][:1]
    if issued and _PLURAL_DOCUMENTS.search(text, start, end):
        # "…, các tỉnh đã kịp thời cụ thể hóa bằng các chương trình, kế hoạch. Tỉnh ủy Kon Tum ban hành A1; Tỉnh ủy Gia
        # Lai ban hành A2": the documents the main clause counts, each clause after "; " issuing one
        issued += _issuing_clauses_after(text, cited, next_end)
    done = {source for source, _, kind in related if kind in ("implements", "based_on", "continues", "reviews")}
    return [c for c in issued if id(doc_of[id(c)]) not in done]


# documents a main clause counts, of a type: "bằng các chương trình, kế hoạch", "nhiều văn bản"
_PLURAL_DOCUMENTS = re.compile(rf"(?<![^\W\d_])(?:{_COUNT})[ ]+(?:{TYPE_WORD_RE.pattern})")


def _own_lead_target(a: Citation, targets: list[int], cited: list[Citation], doc_of: dict[int, Resolved],
                     related: dict, relation: str) -> bool:
    """Does A say itself which of the lead's documents it carries out (found between them already)?"""
    lead_docs = {id(doc_of[id(cited[k])]) for k in targets}
    return any(f.source is doc_of[id(a)] and f.type == relation and id(f.target) in lead_docs for f in related.values())


# lead phrases that front a topic (data/cues topic_lead)
_TOPIC_LEADS = {fold(w) for w in cues("topic_lead")}


# an issuing verb right before a back-reference, which reports that document issued (data/cues issue_back)
_ISSUES_BACK = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('issue_back'))})[ ]+\Z")
_ISSUES_BACK_CHARS = 20


def _said_with_no_subject(text: str, cited: list[Citation], j: int, targets: list[int], lead: re.Match[str], add) -> None:
    """"Văn bản nêu rõ, thực hiện B về phòng, chống dịch, các địa phương phải …": the document that says it carries B
    out when the clause after one of the next commas (B's title may hold some) is told what it must do."""
    end = sentence_end(text, lead.start())
    comma = cited[targets[-1]].end  # a title read on over the main clause: its commas are tried
    for _ in range(_TITLE_COMMAS + 1):
        comma = text.find(", ", comma, end)
        if comma == -1:
            return
        if _told_done(text, comma + 2, end):
            return  # "…, các cấp ủy, chính quyền đã tập trung lãnh đạo rà soát, giao khoán …": what others did, not bid
        if not _OBLIGATION_AT.match(text, comma + 2) \
                and (said_by := _saying_document(text, cited[:j], lead.start(), comma + 2, end)):
            _add_each(add, said_by, [cited[k] for k in targets], _relation(lead.group("phrase")), lead)
            return
        comma += 2


_TITLE_COMMAS = 3
_OBLIGATION_AT = re.compile(rf"(?:{phrase_pattern(cues('obligation'))})[ ]")  # "…, cần phát huy": a clause of no subject


def _told_done(text: str, start: int, end: int) -> bool:
    """Is the clause from `start` to its next comma (or `end`) told to have been done ("chính quyền đã rà soát"), before
    any bidding in it ("các địa phương phải rà soát các mã số đã cấp" is bid)?"""
    comma = text.find(", ", start, end)
    end = end if comma == -1 else comma
    done = _DONE_AT.search(text, start, end)
    verb = _DIRECTIVE_VERB.search(text, start, end)
    return done is not None and (verb is None or done.start() < verb.start())


def _saying_document(text: str, cited: list[Citation], lead: int, main: int, end: int) -> list[Citation]:
    """The document that opens the sentence as the subject of a verb of saying right before the lead at `lead`,
    when the main clause [main, end) directs ("Công điện nêu rõ, thực hiện B, UBND tỉnh yêu cầu …"): it carries B
    out; not when it tells what others did ("Chỉ thị nêu rõ, thực hiện B, thời gian qua các bộ đã có nhiều cố gắng")."""
    opener = _DATED_OPENER.match(text, sentence_start(text, lead))
    verb = _DIRECTIVE_VERB.search(text, main, min(end, main + _SUBJECT_CHARS)) \
        or _TASK_BID.search(text, main, min(end, main + _SUBJECT_CHARS))
    # (not a verb after what its subject is told to have done: "…, các cấp ủy, chính quyền đã rà soát, giao khoán …")
    directs = verb is not None and _DONE_AT.search(text, main, verb.start()) is None
    if text.startswith(_ACCORDING_OPENER, opener.end()) and text.startswith(", ", lead - 2):
        # "Theo Công điện, thực hiện B, các sở, ngành … vận hành …": what a telegram or a directive says is its bidding,
        # told to those it names ("Theo Thông báo, thực hiện B, …" reports what was done)
        told = max(lead, main - _SUBJECT_CHARS), min(end, main + _SUBJECT_CHARS)  # "các sở, ngành, UBND các huyện …"
        bids = directs or _ADDRESSEES.search(text, *told) is not None and _DONE_AT.search(text, *told) is None
        if bids and _LETTER_BACK.fullmatch(text, opener.end(), lead):  # "Theo công văn, thực hiện B, Sở yêu cầu …"
            return _letter_just_issued(cited, opener.start())
        return [c for c in cited if c.start == opener.end() + len(_ACCORDING_OPENER) and c.cover_end == lead - 2
                and c.type_code in _BIDDING_CODES and c.ref != "issuer"][:1] if bids else []
    said = _SAYS.search(text, opener.end(), lead)
    if said is None or said.end() != lead or not directs:
        return []
    return [c for c in cited if c.start == opener.end() and c.cover_end <= said.start() and c.ref != "issuer"][:1]


def _telling_document(text: str, cited: list[Citation], lead: int) -> list[Citation]:
    """The document that opens the sentence as the subject of a verb of saying right before the lead at `lead`
    ("Báo cáo số 286-BC/TU của Ban Thường vụ Tỉnh ủy cho biết, sau 10 năm thực hiện B, …")."""
    opener = _DATED_OPENER.match(text, sentence_start(text, lead))
    said = _SAYS.search(text, opener.end(), lead)
    if said is not None and said.end() == lead:
        return [c for c in cited if c.start == opener.end() and c.cover_end <= said.start() and c.ref != "issuer"][:1]
    # … or named as the source the sentence opens with: "Theo Báo cáo số 356-BC/HU của Ban Thường vụ Huyện ủy, sau 2 năm
    # thực hiện B, …"
    source = _SOURCE_OPENING.match(text, opener.end())
    if source is None or not text.endswith(", ", 0, lead):
        return []
    return [c for c in cited if c.start == source.end() and c.cover_end == lead - 2 and c.ref != "issuer"][:1]


_ACCORDING_OPENER = "Theo "
_BIDDING_CODES = {"CĐ", "CT", "KH", "CV"}  # a telegram's, a directive's, a plan's, a letter's content is what it bids
# a letter named back in lower case, no mention, as the sentence's source (data/cues letter_back)
_LETTER_BACK = re.compile(rf"{_ACCORDING_OPENER}(?:{phrase_pattern(cues('letter_back'))}), ")
_LETTER_LOOKBACK = 1500  # characters: the letter was issued in the sentences just before


def _letter_just_issued(cited: list[Citation], start: int) -> list[Citation]:
    """The letter ("Công văn số …", "Văn bản số …") the text last reported issued before `start`, when it is the last
    document issued there: what "Theo công văn, …" names back."""
    issued = next((c for c in reversed(cited) if c.start < start and c.issued), None)
    if issued is None or issued.start < start - _LETTER_LOOKBACK or issued.type_code not in (_LETTER_CODE, None):
        return []
    return [issued]


_LETTER_CODE = "CV"
_ADDRESSEES = re.compile(r"(?<![^\W\d_])[Cc]ác[ ]")
_DONE_AT = re.compile(r"(?<![^\W\d_])(?:đã|vừa)(?![^\W\d_])")


def _issued_just_before(text: str, cited: list[Citation], lead: int, main: int, end: int) -> list[Citation]:
    """The one document issued in the sentence before the lead's, when the lead opens its sentence and the main
    clause's subject, naming that document's issuer again, directs ("Chủ tịch UBND tỉnh ký Công điện số 07/CĐ-UBND
    …\n\nThực hiện B, Chủ tịch UBND tỉnh yêu cầu …", "Ban Chỉ huy … tỉnh ban hành Công điện số 12/CĐ-BCH …. Thực
    hiện B, Ban Chỉ huy tỉnh đề nghị …"): the news tells what that document says, and it carries B out. Sentences
    that cite nothing may stand between ("Chủ tịch UBND tỉnh … ban hành Chỉ thị số 18/CT-UBND ….\n\nTheo dự báo …,
    mùa khô năm nay …. Thực hiện B, Chủ tịch UBND tỉnh yêu cầu …")."""
    start = sentence_start(text, lead)
    opener = _DATED_OPENER.match(text, start).end()
    if (accordingly := _ACCORDINGLY.match(text, opener)) is not None:
        opener = accordingly.end()  # "…. Theo đó, thực hiện B, UBND tỉnh yêu cầu …": what that document says
    if opener != lead or start < 2:
        return []
    directs = _DIRECTIVE_VERB.search(text, main, min(end, main + _SUBJECT_CHARS))
    words = text[main:directs.start() if directs else main].split()
    if not words or not words[0][:1].isupper():
        return []
    # the head of a body speaks for it: "Chủ tịch UBND thành phố yêu cầu …" after "UBND thành phố … ban hành Công văn"
    chair = len(_CHAIR) if [fold(w) for w in words[:len(_CHAIR)]] == _CHAIR else 0
    subjects = {" ".join(map(fold, words[:_SUBJECT_WORDS])), " ".join(map(fold, words[chair:chair + _SUBJECT_WORDS]))}
    before = sentence_start(text, len(text[:start].rstrip()) - 1)
    # what a sentence that only names a document back tells ("Công văn cho biết, …") is still that document's
    told = [c for c in cited if c.start < start and c.ref not in _BACK_REFS]
    cited_last = told[-1].start if told else -1
    quiet = 0
    while quiet < _QUIET_SENTENCES and cited_last < before and before >= 2:  # back over sentences that cite nothing
        # (a clause after "; " is its sentence's, no sentence of its own: "Theo Chỉ thị, năm 2023 xảy ra 14 vụ …;
        # nguyên nhân chủ yếu do …. Tỉnh có nhiều sông ngòi …. Để thực hiện B, Chủ tịch UBND tỉnh yêu cầu …")
        quiet += not any(before <= c.start < start for c in cited) and not text[:before].rstrip().endswith(";")
        before = sentence_start(text, len(text[:before].rstrip()) - 1)
    issued = [c for c in cited if before <= c.start < start and c.issued]
    if len(issued) != 1 or not any(subject in fold(text[before:issued[0].start]) for subject in subjects):
        return []
    if any(before <= c.start < start and c.ref in _BACK_REFS and c.type != issued[0].type for c in cited):
        return []  # another document named back since
    # past such sentences, only the article's own document is still being told ("Cùng ngày, UBND tỉnh ban hành Công
    # văn số 312/UBND-KT …. Theo Sở …, … . Thực hiện B, UBND tỉnh yêu cầu …" is no longer the letter's bidding)
    if quiet and next((c for c in cited if c.issued and not c.headline), None) is not issued[0]:
        return []
    return issued


_ACCORDINGLY = re.compile(rf"(?:{phrase_pattern(cues('accordingly'), either_case=True)})[ ]*,[ ]+")
_SUBJECT_WORDS = 3  # "Chủ tịch UBND", "Ban Chỉ huy", "UBND tỉnh": enough of a body's name to know it again
_CHAIR = [fold("Chủ"), fold("tịch")]
_BACK_REFS = ("bare", "this")


def _decision_it_reports(text: str, cited: list[Citation], lead: int, main: int, end: int) -> list[Citation]:
    """The last decision the text reported its main clause's subject to issue, when the lead opens its sentence and
    that subject "quyết định" what it does ("Ban Thường vụ Tỉnh ủy ban hành Quyết định số 2046-QĐ/TU về việc thi hành
    kỷ luật …. … Căn cứ B, Ban Thường vụ Tỉnh ủy quyết định thi hành kỷ luật …"): the news tells what that decision
    decides, and it rests on B."""
    start = sentence_start(text, lead)
    if _DATED_OPENER.match(text, start).end() != lead or start < 2:
        return []
    decides = _DECIDES.search(text, main, min(end, main + _SUBJECT_CHARS))
    if decides is None or not text[decides.end():decides.end() + 1].islower() \
            or _NOT_THE_VERB.search(text, main, decides.start()):  # the verb before its object, not the noun
        return []  # ("Chánh Thanh tra Sở đã ban hành 12 quyết định xử phạt": decisions issued)
    subject = text[main:decides.start()].split()[:_SUBJECT_WORDS]
    if not subject or not subject[0][:1].isupper():
        return []
    key = " ".join(map(fold, subject))
    for c in reversed(cited):
        if c.issued and c.type_code == "QĐ" and c.start < start \
                and key in fold(text[sentence_start(text, c.start):c.start]):
            return [c]
    return []


_DECIDES = re.compile(r"(?<![^\W\d_])quyết định[ ]")
_NOT_THE_VERB = re.compile(rf"\d|(?<![^\W\d_])(?:{_PASSIVE_VERBS}|{_COUNT})(?![^\W\d_])")
_QUIET_SENTENCES = 2  # a forecast or a figure between the report of the document and what it bids


def _records_the_act(text: str, c: Citation) -> bool:
    """Does a numbered document of no issuer of its own open a parenthesis: the document of what the
    main clause's subject did ("đã thành lập Tổ công tác (Quyết định số 123/QĐ-UBND ngày …)"), or a decision
    after "tại" ("UBND huyện thành lập Hội đồng đánh giá … tại Quyết định số 615/QĐ-UBND …"; not what a rule is
    laid down in: "theo quy định tại Quyết định số …")?"""
    return c.form == "numbered" and c.issuer is None and (
        text[max(0, c.start - 2):c.start].strip() == "("
        or c.type_code == "QĐ" and _ACT_RECORDED_AT.search(text, max(0, c.start - _ACT_RECORDED_CHARS), c.start) is not None
        and _LAID_DOWN_BEFORE.search(text, max(0, c.start - _LAID_DOWN_CHARS), c.start) is None)


# "… thành lập Hội đồng … tại Quyết định số …": the decision the act is recorded in; not after the words that name where
# a rule or an approval is laid down (data/cues laid_down: "theo quy định tại", "được phê duyệt tại")
_ACT_RECORDED_AT = re.compile(r"(?<![^\W\d_])tại[ ]+\Z")
_ACT_RECORDED_CHARS = 8
_LAID_DOWN_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('laid_down'))})[ ]+tại[ ]+\Z")
_LAID_DOWN_CHARS = 30


def _printed(text: str, cited: list[Citation], lead: int) -> list[Citation]:
    """The document the page prints, if among `cited` and `lead` is in its preamble: issued, its symbol
    on the header's number line, no first section ("I. MỤC ĐÍCH", "1. …") between them."""
    printed = [c for c in cited if c.issued and on_number_line(text, c.start)][:1]
    if not printed and (intro := text.rfind(":\n", 0, lead)) != -1:
        # … or, with no number line, issued in the paragraph that introduces the text printed after it ("UBND tỉnh ban
        # hành Quyết định số 28/2025/QĐ-UBND … Trích nội dung chính:\n\nỦY BAN NHÂN DÂN TỈNH …\n\nCăn cứ B;")
        paragraph = text.rfind("\n", 0, intro) + 1
        printed = [c for c in cited if c.issued and paragraph <= c.start < intro][-1:]
    return [c for c in printed if _FIRST_SECTION.search(text, c.end, lead) is None]


_FIRST_SECTION = re.compile(r"\n[ ]*(?:I|1)\.[ ]")


def _issuing_clauses_after(text: str, cited: list[Citation], end: int,
                           issued_before: list[Citation] = ()) -> list[Citation]:
    """The documents issued in the clauses after "; " that follow a lead's main clause, each
    opened by its own subject and citing only what it issues ("…; Ban Tuyên giáo Huyện ủy ban
    hành Hướng dẫn số 12-HD/BTGHU"), or else only what the main clause issued, `issued_before`
    ("…; Ban Tổ chức Thành ủy ban hành Hướng dẫn số 12-HD/BTCTU hướng dẫn thực hiện Kế hoạch số 186-KH/TU"),
    or a back-reference that names none new ("…; Bộ Tài chính ban hành Thông tư số 40/2025/TT-BTC hướng dẫn … theo
    Nghị quyết này", "…; UBND xã ban hành Kế hoạch số 35/KH-UBND triển khai thực hiện Nghị quyết chuyên đề"), or
    what it is done according to ("theo" alone states no relation: "…; UBND tỉnh ban hành Quyết định số 2215/QĐ-UBND
    phê duyệt Đề án … theo Quyết định số 09/2005/QĐ-TTg")."""
    out: list[Citation] = []
    earlier = {c.symbol.canonical for c in issued_before if c.symbol}
    while text.startswith("; ", end - 2) \
            and (text[(item := _ENUMERATION_AT.match(text, end).end()):item + 1].isupper()
                 or _SUBJECT_GOES_ON.match(text, item) or _LEVEL_SUBJECT_AT.match(text, item)
                 or _FOCUS_OPENS.match(text, item) or _ADVISED_GOES_ON.match(text, item)):
        clause_end = sentence_end(text, end)
        in_clause = [c for c in cited if end <= c.start < clause_end]
        if in_clause and _listed_on(in_clause[0], item):
            out.append(in_clause[0])  # "X ban hành A1 ngày …; Thông báo số … về …": the verb's list goes on
        elif not in_clause or not in_clause[0].issued or not all(
                c.issued or c.symbol and c.symbol.canonical in earlier or c.ref in ("this", "bare")
                or text.endswith(" theo ", 0, c.start) or _PASSIVE_BEFORE.search(text, max(0, c.start - _PASSIVE_CHARS), c.start)
                or k and _changed_by(text, in_clause[k - 1], c)
                or _records_the_act(text, c) for k, c in enumerate(in_clause)):
            break
        elif (own := _OWN_PURPOSE.match(text, max(in_clause[(run := _listed_run(text, in_clause)) - 1].end,
                                                  in_clause[run - 1].cover_end))
              or len(in_clause) == run and _OWN_UNNAMED_PURPOSE.match(
                  text, max(in_clause[run - 1].end, in_clause[run - 1].cover_end))) and (
                len(in_clause) == run and not _BARE_KIND_OBJECT.match(text, own.end())
                or _names_back_issued(in_clause[run:], own.end(), issued_before)):
            break  # "…; UBND tỉnh ban hành Kế hoạch số 2036/KH-UBND thực hiện Chiến lược phát triển gia đình …": a
            # purpose of its own, though no document (but "… triển khai Chương trình trên địa bàn tỉnh": the kind
            # alone names back the programme the lead's document approved, no object of its own); or the document
            # the main clause issued, named back ("…; UBND thành phố ban hành Kế hoạch số 3285/KH-UBND triển khai
            # Chương trình hành động nói trên"); after the last of a list the clause issues too, its object perhaps no
            # document ("…; Văn phòng Tỉnh ủy ban hành Hướng dẫn số 08-HD/VPTU và Kế hoạch số 15-KH/VPTU thực hiện chuyển
            # đổi số trong các cơ quan đảng")
        elif len(in_clause) == 1 and issued_before \
                and _PURPOSE_ENDS_CLAUSE.match(text, max(in_clause[0].anchor, in_clause[0].cover_end)):
            break  # "… ban hành Nghị quyết số 07-NQ/HU …; UBND huyện ban hành Kế hoạch số 48/KH-UBND … để triển khai
            # thực hiện.": a purpose with its object left out, the document the clause before issued (_implicit_objects)
        else:  # (and the decision its second act is recorded in: "…; UBND huyện ban hành Kế hoạch số 298/KH-UBND … và
            # kiện toàn Ban Chỉ đạo … tại Quyết định số 6824/QĐ-UBND …")
            out += [c for c in in_clause if c.issued or _records_the_act(text, c)]
        end = clause_end
    return out


def _listed_run(text: str, in_clause: list[Citation]) -> int:
    """How many documents open the clause listed together ("Hướng dẫn số 08-HD/VPTU và Kế hoạch số 15-KH/VPTU")."""
    run = 1
    while run < len(in_clause) and _COORDINATED.fullmatch(
            text, max(in_clause[run - 1].end, in_clause[run - 1].cover_end), in_clause[run].start):
        run += 1
    return run


def _names_back_issued(rest: list[Citation], at: int, issued_before: list[Citation]) -> bool:
    """Is the object right at `at` a back-reference ("Chương trình hành động nói trên") of the type of a document
    the lead's main clause issued, which it names back?"""
    return bool(rest) and rest[0].start == at and rest[0].ref == "this" \
        and any(c.type == rest[0].type for c in issued_before)


# what the clause's document changes, its own act named after it: "…; HĐND tỉnh ban hành Nghị quyết số 08/2020/NQ-HĐND
# quy định mức trợ cấp, thay thế Nghị quyết số 15/2015/NQ-HĐND" (no object of the lead's)
_CHANGED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_gap_phrases(_NAMES_ITS_ITEM, ("gap",), starless=True)})[ ]+\Z")
_CHANGED_CHARS = 40


def _changed_by(text: str, a: Citation, c: Citation) -> bool:
    """Is `c` what the issued `a` right before it replaces or amends, in its own words (not in an aside: "… kiện toàn
    theo Quyết định số 3042-QĐ/TU (thay thế Quyết định số 1232-QĐ/TU)" is the later decision's act)?"""
    return a.issued and "(" not in text[a.end:c.start] \
        and _CHANGED_BEFORE.search(text, max(a.end, c.start - _CHANGED_CHARS), c.start) is not None
# … a clause going on with the main clause's subject, which advises another body to issue: "Công an tỉnh tham mưu UBND
# tỉnh ban hành A1 …; trình HĐND tỉnh ban hành A2" (data/cues advise_goes_on)
_ADVISED_GOES_ON = re.compile(rf"(?:{phrase_pattern(cues('advise_goes_on'))})[ ]+[{UPPER}][^.;:,\n]{{0,60}}?[ ]+"
                              rf"(?:{phrase_pattern(cues('issue'))})[ ]")
# what amends the document the clause issues, in a passive after it: "…; HĐND tỉnh ban hành Nghị quyết số
# 44/2016/NQ-HĐND …, được sửa đổi, bổ sung bởi Nghị quyết số 15/2018/NQ-HĐND" (no document of the clause's own)
_PASSIVE_BEFORE = re.compile(PASSIVE_GAP_RE.pattern + r"\Z")
_PASSIVE_CHARS = 60
_ENUMERATION_AT = re.compile(rf"(?:{ENUMERATION_MARK}[ ]*)?")  # "…; (2) Chỉ thị số …"
# "A thực hiện Chiến lược …": a named object of its own (not "A triển khai thực hiện trên địa bàn tỉnh", the lead's)
_OWN_PURPOSE = re.compile(rf"[ ,]*(?:{_LEAD_PHRASES})[ ]+(?=[{UPPER}])")
# … or an object in lower case that is no document, nor a plural that may name documents back ("thực hiện chuyển đổi số",
# not "thực hiện nghị quyết", "triển khai các văn bản trên")
# (nor where or for whom it is done, the object left out: "triển khai thực hiện trên địa bàn tỉnh")
_OWN_UNNAMED_PURPOSE = re.compile(rf"[ ,]*(?:{_LEAD_PHRASES})[ ]+(?!(?:{phrase_pattern(cues('plural'))}|văn[ ]+bản"
                                  rf"|{phrase_pattern(cues('objectless_after'))}|{_LEAD_PHRASES})[ ])(?!{TYPE_WORD_RE.pattern})"
                                  rf"(?=[a-zđà-ỹ])")
# a document kind alone, with no name after it: "Chương trình trên địa bàn tỉnh", "Đề án."
_BARE_KIND_OBJECT = re.compile(rf"(?:{TYPE_WORD_RE.pattern})(?:[ ]*(?:[.;,\n]|$)|[ ]+(?:{phrase_pattern(cues('objectless_after'))})(?![^\W\d_]))")
# "để triển khai thực hiện." closing the clause: what is carried out is left out, as just named
_PURPOSE_ENDS_CLAUSE = re.compile(rf"[ ,]*(?:để|nhằm)[ ]+(?:{_IMPLEMENTS_ONLY})(?:[ ]+(?:{_ADVERBS}))*[ ]*(?:[.;\n]|$)")
# … or one that singles out one of the bodies the main clause spoke of (data/cues clause_focus): "…, các huyện ủy đều
# đã ban hành văn bản chỉ đạo; riêng Huyện ủy Bắc Hà ban hành Nghị quyết chuyên đề số 08-NQ/HU"
_FOCUS_OPENS = re.compile(rf"(?:{phrase_pattern(cues('clause_focus'))})[ ]*,?[ ]+[{UPPER}]")
# a clause with the main clause's subject: "…; đồng thời ban hành Quyết định số 354-QĐ/UBKTTW …"
_SUBJECT_GOES_ON = re.compile(rf"(?:{phrase_pattern(cues('also'))})[ ]+(?:{phrase_pattern(cues('issue'))})[ ]")


def _listed_on(c: Citation, clause: int) -> bool:
    """Does the clause at `clause` open with a numbered document and no subject of its own, one more
    item of the previous clause's list ("… ban hành Chương trình hành động số 31-CTr/TU ngày 10/11/2008;
    Thông báo kết luận số 256-TB/TU ngày 12/5/2014 về …")?"""
    return c.start == clause and c.form == "numbered" and c.issuer is None and not c.issued


def _listed_after(text: str, cited: list[Citation], main: int, end: int) -> list[Citation]:
    """The documents issued in the list that the main clause [main, end) opens with "như:",
    "gồm:" (its items after "; ", up to the sentence's full stop, over bulleted lines). A main
    clause that issues documents it only counts ("đã ban hành 3 nghị quyết chuyên đề, gồm: …",
    "… đã ban hành nhiều văn bản. Trong đó có …") issued each numbered item of its list, or of
    the list that opens the next sentence; so does a plural subject's ("…, các huyện, thị xã đã
    ban hành kế hoạch triển khai. Cụ thể, UBND huyện Can Lộc ban hành A1; …")."""
    listed = _INSTANCES_AFTER.search(text, main, end)
    counted = _ISSUES_MANY.search(text, main, end) is not None or _plural_subject_at(text, main)
    if listed is None and counted:
        listed = _LIST_SEQUEL.match(text, _SPACES.match(text, end).end()) or _COLON_END.search(text, main, end)
    if listed is None:
        return []
    items_start, list_end = listed.end(), _list_end(text, listed.end())
    return [c for c in cited if items_start <= c.start < list_end and (
        c.issued or counted and c.form == "numbered" and _ITEM_OPENS.search(text[items_start:c.start]) is not None)]


def _plural_subject_at(text: str, main: int) -> bool:
    """Does the main clause at `main` open with a plural subject, perhaps a list cut by its commas
    ("…, các huyện, thị xã, | thành phố đã ban hành …")?"""
    pos = main
    for _ in range(_SUBJECT_LIST_COMMAS + 1):
        if _PLURAL_SUBJECT_AT.match(text, pos):
            return True
        pos = text.rfind(",", max(0, main - _SUBJECT_LIST_CHARS), pos - 1) + 1
        if pos == 0:
            return False
    return False


_SUBJECT_LIST_COMMAS, _SUBJECT_LIST_CHARS = 4, 80


_COLON_END = re.compile(r":\s*\Z")  # "… đã ban hành các văn bản:\n- A1;\n- A2"


def _list_end(text: str, pos: int) -> int:
    """Where a list from `pos` ends: at its sentence's full stop, or at a line break that no
    bulleted line follows."""
    while True:
        stop = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1), default=len(text))
        bullet = _BULLET_LINE.match(text, stop)
        if bullet is None:
            return stop
        pos = bullet.end()


def _is_review(text: str, a: Citation) -> bool:
    """A is a review: a report, or its own words say "sơ kết"/"tổng kết" ("Báo cáo số 245-BC/TU
    sơ kết việc thực hiện", "Kế hoạch số 12-KH/TU về tổng kết …")."""
    words_end = min(sentence_end(text, a.start), max(a.cover_end, a.end) + _REVIEW_WORDS_AFTER)
    return a.type == "Báo cáo" or _REVIEW.search(text, a.start, words_end) is not None


_REVIEW_WORDS_AFTER = 30  # "… sơ kết việc thực hiện", "… về việc tổng kết"


def _main_clause(text: str, cited: list[Citation], last: int, depth: int = 0) -> tuple[int, int] | None:
    """(start, end) of the main clause a lead's list ends with: after the list's `last` item
    (and any clause of its own), ", Subject …"; or a later clause's, when the next clause after
    "; " is another lead ("Căn cứ B1; căn cứ B2; theo đề nghị … tại Tờ trình B3, X ký A")."""
    item = cited[last]
    end = sentence_end(text, max(item.start, item.cover_end))  # a title may run on after "; "
    main_clause = _MAIN_CLAUSE.search(text, max(item.cover_end, item.end), end)
    if main_clause is not None:
        return main_clause.end(), end
    if depth >= _LEADS_MAX:
        return None
    # or a preamble set out line by line: "Căn cứ B1;\n\nTheo đề nghị … tại B2,\n\nChủ tịch UBND tỉnh ban hành A"
    line_break = None if text.startswith("; ", end - 2) else _PREAMBLE_BREAK.match(text, end - 2)
    if line_break is None and not text.startswith("; ", end - 2):
        enacting = _ENACTING.match(text, end)  # "…;\nTheo đề nghị … tại Tờ trình B3.\n\nQUYẾT ĐỊNH:"
        return (enacting.start("word"), enacting.start("word")) if enacting else None
    following = line_break.end() if line_break else end
    if line_break is not None and (enacting := _ENACTING.match(text, following)):
        # "…,\n\nBAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH\n\nĐiều 1. …": the enacting line with no colon, which ends no sentence
        return enacting.start("word"), enacting.start("word")
    k = next((k for k in range(last + 1, len(cited)) if cited[k].start >= following), None)
    if line_break is not None and (proposal := _PROPOSAL_LINE.match(text, following)) is not None \
            and (k is None or cited[k].start >= proposal.end()) and (enacting := _ENACTING.match(text, proposal.end())):
        return enacting.start("word"), enacting.start("word")  # "…;\nTheo đề nghị của Giám đốc Sở Nội vụ.\n\nQUYẾT ĐỊNH:"
    if k is None or sentence_start(text, cited[k].start) != following or _lead_before(text, cited[k].start) is None:
        if line_break is not None and text[following:following + 1].isupper():
            return following, sentence_end(text, following)
        clause_end = sentence_end(text, following)  # "…; ý kiến thảo luận của đại biểu tại kỳ họp.\n\nQUYẾT NGHỊ:"
        if line_break is None and (k is None or cited[k].start >= clause_end) \
                and (enacting := _ENACTING.match(text, clause_end)):
            return enacting.start("word"), enacting.start("word")
        return None
    return _main_clause(text, cited, _coordinated_after(text, cited, k)[-1], depth + 1)


_LEADS_MAX = 6  # leads in one preamble
_PREAMBLE_BREAK = re.compile(r"[;,]\n\s*")
# A printed decision or resolution enacts itself in capitals on a line of its own after its
# preamble (vn-conventions §1.1), perhaps after the enacting body ("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH",
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH:", read as "Ban Thường Vụ Tỉnh Ủy Quyết Định" by text.read_capitals):
# the document the preamble's leads relate is the printed one
_ENACTING = re.compile(rf"[ \n]*(?:(?:[{UPPER}][^\W\d_]*[ ]){{1,10}}(?=Quyết Định|QUYẾT ĐỊNH))?"
                       r"(?P<word>QUYẾT ĐỊNH|Quyết Định|QUYẾT NGHỊ|CHỈ THỊ|NGHỊ QUYẾT)[ ]*:?[ ]*\n")
# a proposal that names no document, the preamble's last line: "Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy,"
_PROPOSAL_LINE = re.compile(rf"(?:{ENUMERATION_MARK}[ ]*)?(?:Theo|Xét)[ ]+đề[ ]+nghị[ ]+của[^\n]{{1,200}}\n")


def _last_word(text: str, pos: int) -> str:
    """The word before `pos`, folded: a cheap test before a phrase regex."""
    low = max(0, pos - 20)  # a line break ends a word too: "…;\nXét Tờ trình số 56/TTr-UBND …"
    return fold(text[max(low, text.rfind(" ", low, pos - 1) + 1, text.rfind("\n", low, pos - 1) + 1):pos])


_SPIRIT_LEADS = {fold(w) for w in cues("spirit_lead")}


def _bare_leads(text: str, cited: list[Citation], doc_of: dict[int, Resolved], found: dict, add) -> None:
    """"… thay thế Nghị quyết số 07/2023/NQ-HĐND. Để triển khai, UBND tỉnh đã ban hành Kế hoạch số
    345/KH-UBND": a lead that names nothing carries out the document the sentence before opens with."""
    carried_out = _targets(found, doc_of)
    for i, a in enumerate(cited):
        if not a.issued:
            continue
        start = sentence_start(text, a.start)
        lead = _BARE_LEAD.match(text, _DATED_OPENER.match(text, start).end(), a.start)
        if lead is None and start >= 2 \
                and (by := _CONCRETISED_BY.search(text, max(start, a.start - 40), a.start)) is not None \
                and not any(start <= c.start < a.start for c in cited[:i]) \
                and not _NOUN_WITH_TITLE.search(text, start, by.start()):
            # "Tỉnh ta đã cụ thể hóa bằng A": the act, its object left to the sentence before (not named in its own by
            # a noun and title: "Với nghị quyết về nông thôn mới, UBND huyện cụ thể hóa bằng A" is no act on the plan
            # the sentence before issues)
            if (b := _named_before(text, cited, i, start, 1, carried_out, doc_of)) is not None:
                for k in _coordinated_after(text, cited, i, issued=True):  # and the items listed after A
                    add(cited[k], b, "implements", by.start(), by.end())
            continue
        if lead is None and (basis := _mid_sentence_basis(text, cited, i, start, doc_of)) is not None:
            b, that = basis
            add(a, b, "based_on", that.start("phrase"), that.end("phrase"))
            continue
        if lead is None or start < 2 or any(start <= c.start < a.start for c in cited[:i]):
            continue
        relation = _relation(lead.group("phrase"))
        if any(f.source is doc_of[id(a)] and f.type == relation for f in found.values()):
            continue  # "Để hướng dẫn thi hành, … ban hành A hướng dẫn thực hiện … B": the lead's object is A's own B
        b = _named_before(text, cited, i, start, 1, carried_out, doc_of)
        # "Nghị quyết số 20-NQ/TW … xác định …. Trên tinh thần đó, Ban Thường vụ Tỉnh ủy đã ban hành A": B's spirit
        spirit = fold(lead.group("phrase")) in _SPIRIT_LEADS
        # (B may be named back by a bare noun: "… ban hành Kế hoạch số 178-KH/QU …. Kế hoạch đặt mục tiêu …. Trên cơ sở
        # đó, UBND quận ban hành A")
        if lead.group("that") and not spirit and (relation != "based_on" or b is None
                                                  or not (b.issued or doc_of[id(b)].issued or _followed(text, b, a))
                                                  or any(
                f.source is doc_of[id(a)] and f.target is doc_of[id(b)] for f in found.values())):
            continue  # "Trên cơ sở đó" after an assessment of B is no basis in B, nor when A says what it does to B
        if b is not None:  # "Để triển khai, UBND tỉnh ban hành A1; Sở VHTTDL ban hành A2": the clauses after that issue
            # (not after "Trên cơ sở đó": what the clause after A1 is based on is A1's "đó", not B)
            after = [] if lead.group("that") else _issuing_clauses_after(text, cited[i + 1:], sentence_end(text, a.start), [a])
            bases = [b]
            if lead.group("that") and relation == "based_on" and b.issued:
                # the sentence before issues several: "Chính phủ ban hành Nghị định số 59/2023/NĐ-CP … và Nghị định số
                # 61/2023/NĐ-CP …. Trên cơ sở đó, UBND tỉnh ban hành A" rests on both
                before = sentence_start(text, start - 2)
                # (not one those carry out: "ngay sau khi Tỉnh ủy ban hành B …, Huyện ủy ban hành A1 …. Trên cơ sở đó, …
                # ban hành A2" rests on A1 alone)
                # (nor one a lead issued before the main clause's b: see _opens_with_lead)
                after_lead = b.start if _opens_with_lead(text, before) else before
                bases += [c for c in cited[:i] if after_lead <= c.start < start and c.issued and c is not b
                          and doc_of[id(c)] is not doc_of[id(b)] and doc_of[id(c)] is not doc_of[id(a)]
                          and not _carried_out_within(c, carried_out, before, start)]
            if lead.group("that") and (relation == "based_on" or spirit):
                # and on those listed after B: "Dự án được triển khai theo Quyết định số 1719/QĐ-TTg … phê duyệt Chương
                # trình và Thông tư số 03/2022/TT-BVHTTDL …. Trên cơ sở đó, UBND tỉnh ban hành A" rests on both; so does
                # "Trên tinh thần đó" carry out both ("Đợt cao điểm được triển khai theo B và B2 …. Trên tinh thần đó, …")
                k = next(n for n, c in enumerate(cited) if c is b)
                bases += [cited[n] for n in _coordinated_after(text, cited, k, a.start)[1:]
                          if doc_of[id(cited[n])] is not doc_of[id(b)] and doc_of[id(cited[n])] is not doc_of[id(a)]]
            for c in [a, *after]:
                for basis in bases:
                    add(c, basis, relation, lead.start("phrase"), lead.end("phrase"))


# "…, trên cơ sở đó, X ban hành A", "… và, trên cơ sở đó, X ban hành A": a basis that points back inside the sentence
_MID_BASIS = re.compile(rf"(?:,|[ ]và[ ]*,)[ ]*(?=(?P<lead>{_BARE_LEAD.pattern}))")
_MID_BASIS_CHARS = 120  # the lead, the subject and its verb before A


def _mid_sentence_basis(text: str, cited: list[Citation], i: int, start: int,
                        doc_of: dict[int, Resolved]) -> tuple[Citation, re.Match[str]] | None:
    """"Tỉnh ủy ban hành Chương trình số 30-CTr/TU và, trên cơ sở đó, UBND tỉnh ban hành A": A rests on
    the document the clause before issues, in A's sentence."""
    a = cited[i]
    low = max(start, a.start - _MID_BASIS_CHARS)
    if "đó" not in text[low:a.start]:  # a cheap test before the regex
        return None
    mid = next((m for m in _MID_BASIS.finditer(text, low, a.start)
                if m.group("that") and _relation(m.group("phrase")) == "based_on"), None)
    if mid is None or any(mid.start() <= c.start < a.start for c in cited[:i]):
        return None
    b = next((c for _, c in _before_in_sentence(cited, i, start)
              if c.start < mid.start() and c.issued and doc_of[id(c)] is not doc_of[id(a)]), None)
    return (b, mid) if b is not None else None


# what the sentence before does to B, carrying it out ("Các sở, ngành đã thực hiện nghiêm B, …", "Đợt cao điểm được
# triển khai theo B", "Kết quả trên là sự cụ thể hóa B"), not assessing it ("Hội nghị đã đánh giá kết quả thực hiện B")
_FOLLOWED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:(?:{_IMPLEMENTS_ONLY})(?:[ ]+(?:{_ADVERBS}))*|theo)[ ]+\Z")
_FOLLOWED_CHARS = 60


def _followed(text: str, b: Citation, a: Citation) -> bool:
    """Does the sentence that names B before "Trên cơ sở đó" carry B out (its basis is then B)? Not when A says it
    carries out what it names not ("Trên cơ sở đó, … ban hành A để triển khai thực hiện trên địa bàn": B, carried out)."""
    opening = sentence_start(text, b.start)
    low = max(opening, b.start - _FOLLOWED_CHARS)
    return (_FOLLOWED_BEFORE.search(text, low, b.start) is not None or _OPENS_WITH_THEO.fullmatch(text, opening, b.start)) \
        and _REVIEW.search(text, low, b.start) is None and _OWN_AIM.search(text, a.end, sentence_end(text, a.end)) is None


# what B allows, the sentence opening with it: "Theo Nghị quyết số 98/2023/QH15 của Quốc hội, TPHCM được phép …. Trên cơ
# sở đó, HĐND TPHCM đã ban hành A"
_OPENS_WITH_THEO = re.compile(r"\s*Theo[ ]+")


_OWN_AIM = re.compile(rf"(?<![^\W\d_])(?:để|nhằm)[ ]+(?:{_IMPLEMENTS_ONLY})(?![^\W\d_])")


# (a plural before a list of them: "Tỉnh ủy đã cụ thể hóa bằng các Nghị quyết số 10-NQ/TU và 11-NQ/TU")
_CONCRETISED_BY = re.compile(rf"(?:{alternation(spellings('cụ thể hóa'))})[ ]+bằng[ ]+(?:(?:{_COUNT})[ ]+)?$")
_NOUN_WITH_TITLE = re.compile(rf"(?:{TYPE_WORD_RE.pattern})[ ]+về[ ]")


def _targets(found: dict, doc_of: dict[int, Resolved]) -> dict[int, list[Resolved]]:
    """The citations of the documents that a relation found so far points to, each with the documents it comes from."""
    sources: dict[int, list[Resolved]] = {}
    for f in found.values():
        sources.setdefault(id(f.target), []).append(f.source)
    return {key: sources[id(doc)] for key, doc in doc_of.items() if id(doc) in sources}


def _carried_out_within(c: Citation, carried_out: dict[int, list[Resolved]], start: int, end: int) -> bool:
    """Is `c` carried out by a document cited between `start` and `end` (its own sentence)? One carried out by a
    document of a later sentence is still what its sentence issues ("Thủ tướng đã ban hành Quyết định số 1719/QĐ-TTg
    …. Trên cơ sở đó, HĐND tỉnh ban hành A; UBND tỉnh ban hành Kế hoạch số 3350/KH-UBND thực hiện Quyết định 1719")."""
    return any(start <= x.start < end for doc in carried_out.get(id(c), ()) for x in doc.citations)


def _named_before(text: str, cited: list[Citation], i: int, start: int, sentences: int,
                  carried_out: dict[int, list[Resolved]], doc_of: dict[int, Resolved]) -> Citation | None:
    """What the nearest of the `sentences` sentences before `start` that names a document
    names: the document it issues ("Trên cơ sở Nghị quyết, UBND tỉnh ban hành Quyết định số
    1650/QĐ-UBND phê duyệt Đề án …"; not one that the sentence's issued document carries out,
    `carried_out`: "Ngay sau khi có Nghị quyết số 1658-NQ/QUTW, … ban hành Nghị quyết số
    1023-NQ/ĐU"; nor a state body's when a Party body's document [i] carries it out: "Để tiếp
    tục thực hiện Chỉ thị, UBND tỉnh ban hành Kế hoạch số 410/KH-UBND. Ngay sau đó, Ban Thường
    vụ Huyện ủy đã ban hành kế hoạch thực hiện"), else the first it names."""
    source = doc_of[id(cited[i])]
    while sentences > 0:
        if start < 2:
            return None
        before = sentence_start(text, start - 2)
        named = [c for c in cited[:i] if before <= c.start < start]
        if named:
            issued = [c for c in named if c.issued and not _carried_out_within(c, carried_out, before, start)
                      and _may_carry_out(source, doc_of[id(c)])]
            if issued and _opens_with_lead(text, before):
                return issued[-1]  # the main clause's, after what its lead's clauses issued (see _opens_with_lead)
            if issued:
                return issued[0]
            if not _obliged(text, named[0]):
                return named[0]
            # what a body must comply with, in what the document before says ("Công tác nhân sự phải thực hiện đúng Quy
            # định số 80-QĐ/TW …" after "Theo Chỉ thị 35 của Thành ủy, …"): no object; the sentence before may name it
        if not text.startswith("; ", before - 2):  # a clause after "; " is no sentence of its own: "Theo Nghị quyết,
            sentences -= 1                         # … trên môi trường mạng; 30% học phần … . Để triển khai thực hiện, …"
        start = before
    return None


# a duty before the phrase and its adverbs: "… phải thực hiện đúng B", "… cần quán triệt B"
_OBLIGED_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('must'))})[ ]+(?:[^\W\d_]+[ ]+){{1,4}}\Z")
_OBLIGED_CHARS = 40


def _obliged(text: str, c: Citation) -> bool:
    return _OBLIGED_BEFORE.search(text, max(0, c.start - _OBLIGED_CHARS), c.start) is not None


def _opens_with_lead(text: str, start: int) -> bool:
    """Does the sentence at `start` open with a lead ("Ngay sau khi Chính phủ ban hành B1 và B2, Tỉnh ủy ban hành A …")?
    What it issues last is then its main clause's, which "Trên cơ sở đó" after it rests on, not what the lead's clauses
    issued before it."""
    return _LEAD_AT.match(text, _DATED_OPENER.match(text, start).end()) is not None


def _may_carry_out(a: Resolved, b: Resolved) -> bool:
    """A Party body's document carries out Party documents, not a state body's plan."""
    return not (a.issuer is not None and a.issuer.is_party and b.issuer is not None and not b.issuer.is_party)


# "Huyện ủy ban hành Kế hoạch số 118-KH/HU ngày 2/8/2021 để thực hiện;", "UBND xã đã xây dựng kế
# hoạch thực hiện, phân công …": a phrase right after an issued document, with no object after it
_IMPLEMENTS_PHRASES = _phrase_regex([r["phrase"] for r in _ROWS if r["where"] in ("gap", "both")
                                     and r["relation"] in ("implements", "continues") and "*" not in r["phrase"]])
_OBJECTLESS = re.compile(
    rf"[ ,]*(?:(?:về|Về)(?:[ ]+việc)?[ ]+)?(?:(?:để|nhằm)(?:[ ]+[^\W\d_]+){{0,3}}?[ ]+)?(?P<phrase>{_IMPLEMENTS_PHRASES})(?:[ ]+(?:{_ADVERBS}))*"
    rf"(?=[ ]*(?:[.;,:!?)\n]|$)|[ ]+(?:{phrase_pattern(cues('objectless_after'))})(?![^\W\d_]))"
)
# "Báo cáo số 120-BC/ĐU … sơ kết việc thực hiện đã chỉ rõ …": a review of what was named before
_REVIEW_OBJECTLESS = re.compile(
    rf"[ ,]*(?P<phrase>(?:{_REVIEW.pattern})(?:[ ]+\d+[ ]+năm)?(?:[ ]+việc)?(?:[ ]+(?:thực hiện|triển khai))?)"
    rf"(?=[ ]*(?:[.;,:!?)\n]|$)|[ ]+(?:{phrase_pattern(cues('objectless_after'))})(?![^\W\d_]))"
)
_CLAUSE_MARK = re.compile(r"[.;,:!?\n]")
_REVIEW_NAMED = re.compile(r"(?<=Báo cáo )(?:sơ|tổng)[ ]+kết(?=[ ]+số[ ])")  # "Báo cáo sơ kết số 518-BC/TU"
_REVIEWED_BEFORE_B = re.compile(rf"(?:{_REVIEW.pattern})(?:[ ]+{_SPAN})?(?:[ ]+việc)?[ ]+(?:thực hiện|triển khai)[ ]+\Z")


def _reviewed_before(text: str, cited: list[Citation], i: int) -> Citation | None:
    """The document the nearest review told of before citation `i` is of ("… sơ kết 3 năm thực hiện B")."""
    return next((c for c in reversed(cited[:i])
                 if _REVIEWED_BEFORE_B.search(text, max(0, c.start - _REVIEWED_BEFORE_CHARS - 20), c.start)), None)


_IMPLICIT_LOOK_BACK = 3  # sentences: "Ngay sau đó, …" may follow a sentence or two about the plan


def _implicit_objects(text: str, cited: list[Citation], doc_of: dict[int, Resolved], found: dict, add) -> None:
    """An issued document whose relation phrase has no object carries out the document named
    before it in its sentence ("Ngay sau khi có Nghị quyết, X ban hành A để thực hiện"), else
    what the nearest sentence before names (see `_named_before`), else the article's lead."""
    sources = {id(f.source) for f in found.values()}
    for i, a in enumerate(cited):
        if id(doc_of[id(a)]) in sources and not _second_issued_after_lead(text, cited, i, doc_of, found) \
                or not (a.issued or a.type == "Báo cáo"):
            continue
        m = _objectless(text, a) if a.issued else None
        if m is None and a.type == "Báo cáo" and (named := _REVIEW_NAMED.search(text, max(0, a.start - 25), a.end)) is not None:
            # "Báo cáo sơ kết số 518-BC/TU … của Ban Thường vụ Tỉnh ủy cho thấy, …": a report named a review, of no
            # object, is the report of the review the text told of before ("hội nghị sơ kết 3 năm thực hiện B")
            if (b := _reviewed_before(text, cited, i)) is not None:
                add(a, b, "reviews", named.start(), named.end())
            continue
        if m is None and (m := _REVIEW_OBJECTLESS.match(text, a.anchor)) is None:
            continue
        if _object_after(text, cited[i + 1:i + 3], m.end()):
            continue
        start = sentence_start(text, a.start)
        carried_out = _targets(found, doc_of)  # found so far, this pass's too
        # "… đã ban hành Kế hoạch số 58-KH/TU, Kế hoạch số 112-KH/TU và Công văn số 2386-CV/TU để triển khai":
        # the phrase is every listed item's, and what they carry out is named before the list
        listed = _issued_list_before(text, cited, i, doc_of, sources) if a.issued else []
        first = listed[0] if listed else i
        b = next((c for k, c in _before_in_sentence(cited, first, start)
                  if doc_of[id(c)] is not doc_of[id(a)] and not _in_a_title(cited, k, start)), None) \
            or _named_before(text, cited, first, start, _IMPLICIT_LOOK_BACK, carried_out, doc_of) \
            or _lead_document(text, cited, a)
        if b is None:
            continue
        for k in _coordinated_after(text, cited, cited.index(b), a.start):  # "… Chỉ thị số 09-CT/TW và Kế hoạch số 120-KH/TU …"
            for target in _peer_objects(doc_of[id(a)], doc_of[id(cited[k])], found) \
                    or _passed_on(doc_of[id(cited[k])], cited[k], found):
                for source in [cited[s] for s in listed] + [a]:
                    if _doc_year(doc_of[id(target)]) > _doc_year(doc_of[id(source)]) > 0:
                        continue  # "Thông báo nêu rõ, … đã ban hành Kế hoạch số 40-KH/TU, ngày 10/7/2016 để triển khai
                        # thực hiện": a plan left with no object carries out nothing named of a later year (the notice)
                    add(source, target, _relation(m.group("phrase")), m.start("phrase"), m.end("phrase"))


def _second_issued_after_lead(text: str, cited: list[Citation], i: int, doc_of: dict[int, Resolved], found: dict) -> bool:
    """Is the issued A at `i` the second document its sentence issues after a lead, relating to nothing else ("Cụ thể
    hóa B, Tỉnh ủy ra Chỉ thị số 18-CT/TU … và ban hành Kế hoạch số 92-KH/TU … để tổ chức thực hiện")? Its purpose
    with no object is then its own, and carries out the first, whatever the lead gave it."""
    a = cited[i]
    if not a.issued or (m := _objectless(text, a)) is None or not _PURPOSE_OPENS.match(text, m.start()):
        return False
    start = sentence_start(text, a.start)
    own = [f for f in found.values() if f.source is doc_of[id(a)]]
    if not all(start <= f.start and f.end <= a.start for f in own):
        return False
    first = next((c for _, c in _before_in_sentence(cited, i, start) if c.issued), None)
    # the first issued in the main clause, not in the lead ("Ngay sau khi Thành ủy ban hành B, …"), and A issued next
    # after "và" ("ra A1 … và ban hành A2", "ra A1 … và Ban Thường vụ ban hành A2"), not in a clause of its own
    # (of another type than A: two plans issued so are peers, the purpose both's, "… ban hành Kế hoạch số 312-KH/TU và
    # UBND tỉnh ban hành Kế hoạch số 95/KH-UBND để triển khai thực hiện")
    return first is not None and first.start >= max(f.end for f in own) and first.type != a.type \
        and all(f.target is not doc_of[id(first)] for f in own) \
        and (then := _AND_ISSUES_NEXT.search(text, max(first.end, a.start - _AND_ISSUES_CHARS), a.start)) is not None \
        and _DIRECTS_IN.search(then.group()) is None  # "… và chỉ đạo UBND xã xây dựng A2 để triển khai": another's act


_PURPOSE_OPENS = re.compile(r"[ ,]*(?:để|nhằm)[ ]")
# (first's title may run on over it: where A's clause starts is read back from A)
_AND_ISSUES_NEXT = re.compile(rf"(?<![^\W\d_])và(?:[ ]+[^\W\d_]+){{0,8}}?[ ]+(?:{_PASSIVE_VERBS})[ ]+\Z")
_AND_ISSUES_CHARS = 80
_DIRECTS_IN = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('directs'))})(?![^\W\d_])")


def _before_in_sentence(cited: list[Citation], i: int, start: int):
    """The citations before citation `i` back to `start`, nearest first, with their indices."""
    k = i - 1
    while k >= 0 and cited[k].start >= start:
        yield k, cited[k]
        k -= 1


def _in_a_title(cited: list[Citation], k: int, start: int) -> bool:
    """Is citation `k` named in the title of one cited before it in the sentence ("Kết luận số 80-KL/TW … về đẩy
    mạnh thực hiện Nghị quyết Trung ương 7 khóa X …"): the document the sentence cites is the one with the title."""
    c = cited[k]
    return any(d.own_title and d.start < c.start < d.cover_end for _, d in _before_in_sentence(cited, k, start))


def _issued_list_before(text: str, cited: list[Citation], i: int, doc_of: dict[int, Resolved],
                        sources: set[int]) -> list[int]:
    """The issued documents listed right before citation `i` ("A1, A2 và A"), by index, that relate to nothing yet."""
    out: list[int] = []
    k = i
    while k > 0 and (prev := cited[k - 1]).issued and id(doc_of[id(prev)]) not in sources \
            and LISTED_NEXT.fullmatch(text, max(prev.cover_end, prev.end), cited[k].start):
        k -= 1
        out.insert(0, k)
    return out


def _peer_objects(a: Resolved, b: Resolved, found: dict) -> list[Citation]:
    """What A done "để thực hiện" after B carries out when B is a peer's document that carries
    out something: a body of the same level and kind in another unit does not carry out another's plan
    ("Thành ủy Vũng Tàu ban hành Kế hoạch số 145-KH/TU thực hiện Chỉ thị 32; Huyện ủy Xuyên Mộc ban hành
    Kế hoạch số 98-KH/HU để thực hiện": both plans carry out Chỉ thị 32). A body under another of its
    level ("Đảng ủy các cơ quan Đảng tỉnh" after the Tỉnh ủy) is in the same unit, and takes B itself."""
    p, q = a.issuer, b.issuer
    if not (b.issued and p and q) or p.level != q.level or p.is_party != q.is_party:
        return []
    if p.own_unit_code is None or q.own_unit_code is None or p.own_unit_code == q.own_unit_code:
        return []
    return [f.target.first for f in found.values() if f.source is b and f.type == "implements"]


def _passed_on(doc: Resolved, b: Citation, found: dict) -> list[Citation]:
    """What a document done "để thực hiện" after B carries out: B, or what B carries out when B
    is a letter that directs it ("UBND tỉnh ban hành Công văn số 9856/UBND-NN chỉ đạo triển khai
    thực hiện Nghị định số 123/2024/NĐ-CP. Ngay sau đó, Sở … ban hành Hướng dẫn số 45 để thực hiện")."""
    if doc.type_codes != {"CV"}:
        return [b]
    directed = [f.target.first for f in found.values() if f.source is doc and f.type == "implements"]
    return directed or [b]


def _objectless(text: str, a: Citation) -> re.Match[str] | None:
    """A relation phrase with no object after A, or as its title ("Kế hoạch số 12-KH/TU về việc
    triển khai thực hiện.")."""
    m = _OBJECTLESS.match(text, a.anchor)
    return m if m is not None or not a.own_title else _OBJECTLESS.match(text, a.end)


_SHARED_OBJECT_WORDS = 4  # "quán triệt, tuyên truyền Nghị quyết số 68-NQ/TW": a second verb before the object


def _object_after(text: str, following: list[Citation], pos: int) -> bool:
    """Is the phrase ending at `pos` followed by its object after all: in its clause ("… để thực
    hiện tại địa phương Kế hoạch số …"), or after a comma and a few words ("quán triệt, tuyên
    truyền Nghị quyết số 68-NQ/TW")?"""
    mark = _CLAUSE_MARK.search(text, pos)
    clause_end = mark.start() if mark else len(text)
    if mark is not None and mark.group() == ",":
        words_end = _CLAUSE_MARK.search(text, clause_end + 1)
        shared = [c for c in following if clause_end < c.start < (words_end.start() if words_end else len(text))]
        if shared and len(text[clause_end + 1:shared[0].start].split()) <= _SHARED_OBJECT_WORDS:
            return True
    return any(pos <= c.start < clause_end for c in following)


def _lead_document(text: str, cited: list[Citation], a: Citation) -> Citation | None:
    """The first document the article's headline and lead paragraph (its first two lines with
    words) name, if `a` is after them."""
    pos, lines = 0, 0
    while lines < _LEAD_LINES:
        end = text.find("\n", pos)
        if end == -1:
            return None
        lines += bool(text[pos:end].strip())
        pos = end + 1
    return cited[0] if cited and cited[0].start < pos <= a.start else None


_LEAD_LINES = 2


def _lead_before(text: str, start: int, lead_at: re.Pattern[str] = _LEAD_AT) -> re.Match[str] | None:
    """The lead phrase that opens the clause and runs up to `start`, if any."""
    opener = _DATED_OPENER.match(text, sentence_start(text, start))
    m = lead_at.match(text, opener.end(), start)
    if m is None or m.end() != start:
        after_clause = _FIRST_CLAUSE.match(text, opener.end(), start)
        m = lead_at.match(text, after_clause.end(), start) if after_clause else None
    if m is None or m.end() != start:
        after_clauses = _TWO_FIRST_CLAUSES.match(text, opener.end(), start)
        m = lead_at.match(text, after_clauses.end(), start) if after_clauses else None
    if (m is None or m.end() != start) and (said := _SAYS.search(text, opener.end(), start)) is not None:
        m = lead_at.match(text, said.end(), start)
    if (m is None or m.end() != start) and _SOURCE_OPENING.match(text, opener.end()) \
            and (comma := text.rfind(", ", opener.end(), start)) != -1:
        m = lead_at.match(text, comma + 2, start)  # "Theo Báo cáo số 560-BC/HU của …, thực hiện B, …"
    if (m is None or m.end() != start) and (colon := text.rfind(":", opener.end(), start)) != -1:
        speech = _SPEECH.match(text, colon)  # "Ông …, Bí thư Huyện ủy cho biết: “Thực hiện B, …"
        m = lead_at.match(text, speech.end(), start) if speech else None
    return m if m is not None and m.end() == start else None


# what a sentence whose review the document that opens it organises opens with: "Theo Kế hoạch 212, việc tổng kết …",
# "Theo yêu cầu của Kế hoạch, việc tổng kết …"
_PLAN_OPENING = re.compile(r"(?:[Tt]heo(?:[ ]+yêu[ ]+cầu[ ]+(?:của|tại))?[ ]+)?")


def _review_plans(text: str, cited: list[Citation], doc_of: dict[int, Resolved],
                  found: dict, add) -> None:
    """"Mục tiêu của đợt tổng kết là … thực hiện Nghị quyết số 33-NQ/TW và Chương trình hành
    động số 10-Ctr/TU": the review the plan organises covers what the sentence names."""
    reviewers = {id(f.source): f.source for f in found.values() if f.type == "reviews"}
    if not reviewers:
        return
    starts = None
    for m in _REVIEW_EVENT.finditer(text):
        start, end = sentence_start(text, m.start()), sentence_end(text, m.start())
        plans = [d for d in reviewers.values() if d.first.start < start]
        if not plans:
            continue
        plan = max(plans, key=lambda d: max(c.start for c in d.citations if c.start < start))
        plan_citation = plan.first
        starts = [c.start for c in cited] if starts is None else starts
        first = bisect.bisect_left(starts, start)
        if first < len(cited) and (opener := cited[first]).start < m.start() \
                and _PLAN_OPENING.fullmatch(text, start, opener.start) \
                and _COMMA_ONLY.fullmatch(text, max(opener.end, opener.cover_end), m.start()):
            plan_citation = opener  # "Theo Kế hoạch 212, việc tổng kết phải đánh giá … thực hiện B": the review it names
        for j in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
            b = cited[j]
            reviewed = _REVIEWED_BEFORE.search(text, max(start, b.start - 20), b.start)
            if reviewed and not _GOES_ON_BEFORE.search(text, max(start, reviewed.start() - 25), reviewed.start()):
                for k in _coordinated_after(text, cited, j):
                    add(plan_citation, cited[k], "reviews", m.start(), m.end())


def _attributive(text: str, cited: list[Citation], last_words: list[str],
                 doc_of: dict[int, Resolved], found: dict, add) -> None:
    # where each document is related from already: a phrase a gap or lead read is not read again
    stated = [(id(f.target), f.start) for f in found.values()]
    for j, b in enumerate(cited):
        if last_words[j] not in _ATTRIBUTIVE_LAST_WORDS:
            continue
        m = _ATTRIBUTIVE_BEFORE.search(text, max(0, b.start - 20), b.start)
        if m is None or any(target == id(doc_of[id(b)]) and m.start() <= start < b.start for target, start in stated) \
                or _leads_no_document(text, m.start(), b):
            continue
        paragraph = text.rfind("\n", max(0, b.start - 3000), b.start) + 1
        before = next((a for a in reversed(cited[max(0, j - 20):j])
                       if a.start >= paragraph and doc_of[id(a)] is not doc_of[id(b)]), None)
        if before is not None and before.start < (opening := sentence_start(text, m.start())) \
                and (_DIRECTS_WORD.search(text, opening, m.start()) or _SAYS.search(text, opening, m.start())
                     or _FUTURE_WORD.search(text, opening, m.start())):
            continue  # someone directing others in a sentence after A's says nothing of A ("… thực hiện tốt Luật Bình
            # đẳng giới. Đồng chí Bí thư yêu cầu các cấp ủy … phấn đấu tỷ lệ nữ cấp ủy … theo tinh thần Nghị quyết 11"),
            # nor does someone telling what a body will do ("… có Công văn số 12450/UBND-TNMT …. Chủ tịch UBND thành
            # phố cho biết, thành phố sẽ giải quyết dứt điểm … trên tinh thần Chỉ thị số 06/CT-UBND")
        if before is not None and before.start < (opening := sentence_start(text, m.start())) \
                and _ACTIVITY_OPENING.match(text, opening):
            continue  # a sentence after A's about an activity ("… Kết luận số 157-KL/TW …. Việc sắp xếp tỉnh, xã được
            # thực hiện theo tinh thần B"): the activity's spirit, not A's ("Việc ban hành …" is A's act: _nominal_acts)
        if before is not None and _OBJECT_OF_PHRASE.search(text, max(0, before.start - 40), before.start):
            continue  # what a phrase acts on is no document described ("… chỉ đạo tổng kết A, tham mưu ban hành chính
            # sách … theo tinh thần B": the policy's spirit, not A's)
        if before is not None and (_NEXT_ACT.search(text, max(before.end, before.cover_end), m.start())
                                   or _NEXT_TASK.fullmatch(text, max(before.end, before.cover_end), m.start())):
            continue  # the subject's next act after A, not A's: "… đã quán triệt A của Ban Thường vụ Tỉnh ủy; đồng
            # thời chỉ đạo các đảng bộ rà soát quy hoạch cấp ủy … theo tinh thần B"
        if before is not None:  # "… theo tinh thần B và B2": each item listed after B too
            for k in _coordinated_after(text, cited, j, source=before):
                add(before, cited[k], "implements", m.start(), m.end())


# "Việc" opening a sentence before a word that issues no document ("Việc sắp xếp …", not "Việc ban hành …")
_ACTIVITY_OPENING = re.compile(rf"[ \n]*Việc[ ]+(?!(?:{phrase_pattern(cues('nominal_act'))})(?![^\W\d_]))")
# a verb of directing others ("yêu cầu", "đề nghị", "chỉ đạo"; data/cues directs)
_DIRECTS_WORD = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('directs'))})(?![^\W\d_])")
_FUTURE_WORD = re.compile(r"(?<![^\W\d_])sẽ(?![^\W\d_])")  # what a body will do
_AMENDING_LAW_KEY = "law:amending:"  # citations' key of a law named by what it amends
_LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh")
# "kết quả" right before the phrase: the results of carrying B out ("… về kết quả thực hiện B")
_RESULTS_OF = re.compile(r"(?<![^\W\d_])kết[ ]+quả[ ]+\Z")
# a clause after a semicolon that opens with "đồng thời": what the sentence's subject also does
_NEXT_ACT = re.compile(rf";[ ]*(?:{phrase_pattern(cues('also'))})[ ]")
# in A's own sentence, an active clause after a semicolon that opens lower-case, a task with a verb of its own: "…
# tuyên truyền A tới đoàn viên; vận động doanh nghiệp xây dựng nhà ở … theo tinh thần B" (the next task's spirit, not
# A's); not a passive or a plural subject, which may be A's parts ("…; các biện pháp được thực hiện theo tinh thần B")
_NEXT_TASK = re.compile(rf"[^.\n]*;[ ]*(?!(?:{phrase_pattern(cues('plural'))})[ ])(?![{UPPER}])[^\W\d_]"
                        r"(?:(?!(?<![^\W\d_])được(?![^\W\d_]))[^.;\n])*")
# a relation phrase right before a document, which is then its object
_OBJECT_OF_PHRASE = re.compile(rf"(?<![^\W\d_])(?:{_GAP_PHRASES})[ ]+\Z")
# a phrase that opens its sentence, after at most a connective ("Nay, theo tinh thần B, …")
_SENTENCE_OPENING = re.compile(r"(?:[^\W\d_]+[ ]*){0,2},?[ ]*")


def _leads_no_document(text: str, start: int, b: Citation) -> bool:
    """Does the phrase at `start` open its sentence, with a main clause whose subject is no document? "Nay, theo
    tinh thần Nghị quyết 06, thị xã ta cần một tầm nhìn dài hơn" says nothing of the document named before it;
    "Theo tinh thần Chỉ thị 09, Kế hoạch yêu cầu …" does."""
    if not _SENTENCE_OPENING.fullmatch(text, sentence_start(text, start), start):
        return False
    comma = text.find(", ", max(b.end, b.cover_end), sentence_end(text, start))
    return comma == -1 or TYPE_WORD_RE.match(text, comma + 2) is None


# "Để triển khai 2 nghị quyết trên, Ban Thường vụ Tỉnh ủy đã ban hành A1 và A2", "Thực hiện các văn
# bản trên, …": a lead whose object is a plural back-reference, which names no document itself
_BACK_NOUN = rf"(?:{TYPE_WORD_RE.pattern})"
_BACK_NOUNS = rf"(?P<nouns>{_BACK_NOUN}(?:[ ]*(?:,|và|,[ ]*và)[ ]*{_BACK_NOUN})*)[ ]+(?:{phrase_pattern(cues('this'))})"
_PLURAL_BACK_REF = re.compile(
    rf"(?P<count>{phrase_pattern(cues('plural'))}|\d+)[ ]+(?:{_BACK_NOUNS}"
    # … or owned by the centre: "Để cụ thể hóa các quy định của Trung ương, X ban hành A" (central documents only)
    rf"|(?P<central_nouns>{_BACK_NOUN}(?:[ ]*(?:,|và|,[ ]*và)[ ]*{_BACK_NOUN})*)[ ]+(?:{phrase_pattern(cues('central_owner'))})"
    # … or counted and owned by a central body: "Thực hiện hai quyết định của Bộ Chính trị, …" (a number only, as below)
    rf"|(?P<owned_nouns>{_BACK_NOUN}(?:[ ]*(?:,|và|,[ ]*và)[ ]*{_BACK_NOUN})*)[ ]+"
    rf"(?:{phrase_pattern(cues('counted_central_owner'))})"
    # … or counted by a number: "Thực hiện hai Chỉ thị, Ban Thường vụ Tỉnh ủy đã ban hành A1 và A2"
    # (`_plural_back_refs` keeps it only so)
    rf"|(?P<counted_nouns>{_BACK_NOUN}))"
    # (brought into life: "Để đưa các nghị quyết trên vào cuộc sống, Ban Thường vụ Tỉnh ủy đã ban hành A")
    rf"(?:[ ]+vào[ ]+(?:cuộc[ ]+sống|thực[ ]+tiễn))?"
    rf"[ ]*,[ ]*")
_COUNT_WORDS = {fold(r["word"]): int(r["number"]) for r in read_table("ordinals.tsv")}
_BACK_LOOK = 3  # sentences before the lead where the documents it takes back are named
_ANY_TYPE = {fold(w) for w in cues("generic_doc")}  # "các văn bản trên": documents of any type


def _plural_back_leads(text: str, cited: list[Citation], doc_of: dict[int, Resolved], found: dict, add) -> None:
    """A lead phrase before a plural back-reference ("Thực hiện các nghị quyết trên, X ban hành A"):
    A carries out the documents of that kind the nearest sentences before name, the last N of them
    when a number counts them ("2 nghị quyết trên"). Several sources that each say which of them
    they carry out share them out so ("Ngay sau khi Trung ương ban hành hai nghị quyết, Chính phủ
    ban hành A1 … thực hiện B1 và A2 … thực hiện B2": A1 carries out no B2)."""
    starts = [c.start for c in cited]
    for ref in _plural_back_refs(text, cited):
        lead = _lead_before(text, ref.start())
        if lead is None:
            continue
        end = sentence_end(text, ref.end())
        sources = [c for c in cited[bisect.bisect_left(starts, ref.end()):] if c.start < end and c.issued]
        if not sources or _MAIN_CLAUSE.match(text, text.rfind(",", ref.start(), ref.end())) is None:
            continue
        kinds, count = _counted_kinds(ref)
        sources += _issuing_clauses_after(text, cited, end)
        targets = _taken_back(text, cited[:bisect.bisect_left(starts, ref.start())], doc_of, kinds, count,
                              {id(doc_of[id(a)]) for a in sources},
                              central=ref.group("central_nouns") is not None or ref.group("owned_nouns") is not None)
        relation = _relation(lead.group("phrase"))
        if len(sources) > 1:
            sources = [a for a in sources if not _names_its_own(doc_of[id(a)], targets, relation, found, doc_of)]
        _add_each(add, sources, targets, relation, lead)


def _names_its_own(source: Resolved, targets: list[Citation], relation: str, found: dict,
                   doc_of: dict[int, Resolved]) -> bool:
    """Does `source` already do `relation` to one of `targets`, named in its own words?"""
    named = {id(doc_of[id(b)]) for b in targets}
    return any(f.source is source and f.type == relation and id(f.target) in named for f in found.values())


def _counted_kinds(ref: re.Match[str]) -> tuple[set[str], int | None]:
    """The kinds a plural back-reference names and how many documents it counts, if it says."""
    kinds = {fold(n) for n in re.split(r"[ ]*(?:,|và)[ ]*", ref.group("nouns") or ref.groupdict().get("central_nouns")
                                       or ref.groupdict().get("owned_nouns") or ref.group("counted_nouns"))}
    count = ref.group("count")
    return kinds, int(count) if count.isdigit() else _COUNT_WORDS.get(fold(count))


def _plural_back_refs(text: str, cited: list[Citation]) -> list[re.Match[str]]:
    """The matches of _PLURAL_BACK_REF that an issued citation follows in their sentence (no other
    can relate anything), in the order of the text. Looked for in those sentences only: a scan of
    the whole text stops at every count word ("năm", "hai") and digit (38 ms per MB)."""
    refs: dict[int, re.Match[str]] = {}
    for a in cited:
        if a.issued:
            for ref in _PLURAL_BACK_REF.finditer(text, sentence_start(text, a.start), a.start):
                if (ref.group("counted_nouns") or ref.group("owned_nouns")) and not (
                        ref.group("count").isdigit() or _COUNT_WORDS.get(fold(ref.group("count")))):
                    continue  # "các chỉ thị, …", "nhiều Nghị quyết, …": no number (a number counts them, named or
                    # not: "thực hiện hai quyết định, Ban Thường vụ Tỉnh ủy đã ban hành A1 và A2")
                refs.setdefault(ref.start(), ref)
    return [refs[start] for start in sorted(refs)]


def _issuing_sentence_leads(text: str, cited: list[Citation]
                            ) -> Iterator[tuple[Citation, int, re.Match[str] | None]]:
    """Each sentence's first issued document A, the sentence's start and the lead phrase before A, if any."""
    done: set[int] = set()
    for a in cited:
        start = sentence_start(text, a.start)
        if not a.issued or start in done:
            continue
        done.add(start)
        yield a, start, _LEAD_AT.match(text, _DATED_OPENER.match(text, start).end(), a.start)


# "Để cụ thể hóa chương trình hành động, UBND thành phố ban hành A": a lead whose object is the bare
# lower-case noun of a document the sentences before name
_BARE_BACK_NOUN = re.compile(rf"(?P<noun>{_BACK_NOUN})[ ]*,[ ]+")


def _bare_back_leads(text: str, cited: list[Citation], doc_of: dict[int, Resolved], found: dict, add) -> None:
    """A lead phrase before a bare lower-case noun, then a main clause that issues A ("Để cụ thể hóa
    chương trình hành động, UBND thành phố ban hành A"): A carries out the document of that kind
    named last in the nearest sentences before."""
    starts = [c.start for c in cited]
    for a, start, lead in _issuing_sentence_leads(text, cited):
        ref = _BARE_BACK_NOUN.match(text, lead.end(), a.start) if lead and text[lead.end():lead.end() + 1].islower() else None
        if ref is None or _MAIN_CLAUSE.match(text, text.rfind(",", ref.start(), ref.end())) is None:
            continue
        end = sentence_end(text, ref.end())
        sources = [c for c in cited[bisect.bisect_left(starts, ref.end()):] if c.start < end and c.issued]
        if sources:  # "…, X đã ban hành A1; UBND huyện có Đề án số 02/ĐA-UBND": the clauses after it that issue
            sources += _issuing_clauses_after(text, cited, end, sources)
        targets = _taken_back(text, cited[:bisect.bisect_left(starts, start)], doc_of, {fold(ref.group("noun"))}, 1,
                              {id(doc_of[id(c)]) for c in sources} | _replaced(found))
        _add_each(add, sources, targets, _relation(lead.group("phrase")), lead)


# "Thực hiện chỉ đạo của Bộ Y tế, …": a lead phrase before a body's direction, no document named
_DIRECTION_OF = re.compile(rf"(?:{phrase_pattern(cues('direction_of'))})[ ]+của[ ]+")


def _direction_leads(text: str, cited: list[Citation], doc_of: dict[int, Resolved], add) -> None:
    """A lead phrase before the direction of a body whose document the sentence before cites, then a main clause that
    issues A ("Bộ Y tế đã có Công văn số 1297/BYT-DP …. Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh ban hành Công văn số
    612/UBND-VP …"): A carries that document out."""
    if "chỉ đạo của" not in text:
        return
    starts = [c.start for c in cited]
    for a, start, lead in _issuing_sentence_leads(text, cited):
        direction = _DIRECTION_OF.match(text, lead.end(), a.start) if lead else None
        body = issuer_at(text, direction.end()) if direction else None
        if body is None or _MAIN_CLAUSE.match(text, body.end) is None:
            continue
        before = sentence_start(text, start - 2) if start >= 2 else start
        name = body.issuer.name
        targets = [c for c in cited[bisect.bisect_left(starts, before):bisect.bisect_left(starts, start)]
                   if (doc := doc_of.get(id(c))) is not None and doc.issuer is not None and doc.issuer.name
                   and (doc.issuer.name == name or doc.issuer.name.startswith(name + " "))][-1:]
        end = sentence_end(text, body.end)
        sources = [c for c in cited[bisect.bisect_left(starts, body.end):] if c.start < end and c.issued]
        _add_each(add, sources, targets, _relation(lead.group("phrase")), lead)


# who says it, before the subject: "Theo Sở Xây dựng, hai quyết định được ban hành căn cứ B", "Ông A cho biết, các
# kế hoạch trên đều nhằm cụ thể hóa B"
_SAID_BY = (rf"(?:[Tt]heo(?:[ ]+[^\W\d_]+){{1,10}}[ ]*,[ ]+"
            rf"|(?:[^\W\d_]+,?[ ]+){{1,10}}(?:{phrase_pattern(cues('says'))})[ ]*[,:][ ]+)?")
# "Các văn bản trên được Ban Thường vụ Tỉnh ủy cụ thể hóa bằng A": a plural back-reference as the
# subject of a passive relation phrase, opening its sentence
_PLURAL_BACK_SUBJECT = re.compile(
    rf"[ \n•–-]*{_SAID_BY}(?P<count>{phrase_pattern(cues('plural'), either_case=True)}|\d+)[ ]+{_BACK_NOUNS}(?![^\W\d_])"
)


def _plural_back_passives(text: str, cited: list[Citation], doc_of: dict[int, Resolved], add) -> None:
    """A sentence whose subject is a plural back-reference and whose passive phrase names A ("Các
    nghị quyết trên được Tỉnh ủy cụ thể hóa bằng A"): A carries out those documents, as after a lead."""
    starts = [c.start for c in cited]
    for k, a in enumerate(cited):
        if text.find("được", max(0, a.start - _GAP_MAX_CHARS), a.start) == -1:  # the cheap test: no passive before A
            continue
        start = sentence_start(text, a.start)
        ref = _PLURAL_BACK_SUBJECT.match(text, start, a.start)
        passive = PASSIVE_GAP_RE.fullmatch(text, ref.end(), a.start) if ref else None
        if passive is None:
            continue
        kinds, count = _counted_kinds(ref)
        sources = [cited[k]]  # "… cụ thể hóa bằng A1 và A2": each issued, so no list for _coordinated_after
        for c in cited[k + 1:]:
            if not _COORDINATED.fullmatch(text, max(sources[-1].end, sources[-1].cover_end), c.start):
                break
            sources.append(c)
        targets = _taken_back(text, cited[:bisect.bisect_left(starts, ref.start())], doc_of, kinds, count,
                              {id(doc_of[id(a)]) for a in sources})
        _add_each(add, sources, targets, _relation(passive.group("phrase")), passive)


def _plural_back_subjects(text: str, cited: list[Citation], doc_of: dict[int, Resolved], add) -> None:
    """A sentence whose subject is a plural back-reference and whose active phrase names B ("Các văn bản này
    đều nhằm triển khai Kết luận 162"): each document taken back carries out B (and the items listed after it)."""
    starts = [c.start for c in cited]
    for j, b in enumerate(cited):
        window = text[max(0, b.start - _GAP_MAX_CHARS):b.start]
        start = sentence_start(text, b.start)
        # the cheap test: a demonstrative before B ("Các văn bản này …") …
        ref = _PLURAL_BACK_SUBJECT.match(text, start, b.start) if "này" in window or "trên" in window else None
        if ref is None:  # … else a count, though "trên" is in the window ("… trên địa bàn tỉnh. Hai nghị quyết được
            ref = _COUNTED_BACK_SUBJECT.match(text, start, b.start)  # ban hành căn cứ B")
        m = GAP_RE.fullmatch(text, _ALIKE.match(text, ref.end()).end(), b.start) if ref else None
        if m is None or _asked_or_checked(m.groupdict().get("pre") or m.groupdict().get("purpose") or ""):
            continue
        kinds, count = _counted_kinds(ref)
        targets = [cited[k] for k in _coordinated_after(text, cited, j, phrase=m.group("phrase"))]
        sources = _taken_back(text, cited[:bisect.bisect_left(starts, ref.start())], doc_of, kinds, count,
                              {id(doc_of[id(c)]) for c in targets})
        _add_each(add, sources, targets, _relation(m.group("phrase"), m.groupdict().get("pre") or ""), m)


_ALIKE = re.compile(r"(?:[ ]+đều)?")  # "Các văn bản này đều nhằm …": each of them
# a number of documents of a kind opening the sentence, with no demonstrative: "Hai nghị quyết được ban hành căn cứ B"
# after the sentence that names two (a count makes it the last ones named; "Các nghị quyết được ban hành căn cứ B" stays
# generic)
_COUNTED_BACK_SUBJECT = re.compile(
    rf"[ \n•–-]*{_SAID_BY}(?P<count>{phrase_pattern([w for w in _COUNT_WORDS if " " not in w], either_case=True)}|\d+)[ ]+"
    rf"(?P<nouns>{_BACK_NOUN}(?:[ ]*(?:,|và|,[ ]*và)[ ]*{_BACK_NOUN})*)(?![^\W\d_])"
)


# "UBND tỉnh ban hành Kế hoạch số 120/KH-UBND triển khai 4 nghị quyết trên", "… ký Công điện số 90/CĐ-TTg
# đôn đốc thực hiện các nghị quyết trên": a plural back-reference as the object of A's phrase
# "trên" ends the phrase or comes before a preposition ("triển khai các nghị quyết này trong toàn Đảng bộ"):
# "các luật trên địa bàn huyện" is no back-reference
_PLURAL_BACK_OBJECT = re.compile(
    rf"(?P<count>{phrase_pattern(cues('plural'))}|\d+)[ ]+{_BACK_NOUNS}(?![^\W\d_])"
    rf"(?:(?<!trên)|(?=[ ]*(?:[.,;:!?)”\"\n]|$)|[ ]+(?:{phrase_pattern(cues('after_back_reference'))})(?![^\W\d_])))"
)
_THIS_WORDS = sorted({fold(w).split()[-1] for w in cues("this")})
# … or a number alone, the noun ending its clause: "Kế hoạch số 67-KH/HU triển khai thực hiện hai nghị quyết." (a count of
# the documents just named; "các nghị quyết." stays generic, and so does one of a pair of nouns: "hai nghị quyết, chỉ thị")
_NUMBER_WORDS = [w for w in cues("plural") if fold(w) in _COUNT_WORDS]
_COUNTED_BACK_OBJECT = re.compile(
    rf"(?<![^\W\d_])(?P<count>{phrase_pattern(_NUMBER_WORDS)}|\d{{1,2}})[ ]+(?P<nouns>{_BACK_NOUN})"
    rf"(?=[ ]*(?:[.;:!?)\n]|$)|[ ]*,(?![ ]*(?:và[ ]+)?{_BACK_NOUN}))")


def _plural_back_objects(text: str, cited: list[Citation], doc_of: dict[int, Resolved], add) -> None:
    """An issued A whose phrase takes a plural back-reference, before any other citation of its sentence
    ("Kế hoạch số 120/KH-UBND triển khai 4 nghị quyết trên"): A carries out the documents of that kind the
    nearest sentences before name, as after a lead; also an A cited with its issuer, the phrase its own ("Hội
    nghị cũng triển khai Kế hoạch số 15-KH/ĐU … của Ban Thường vụ Đảng ủy phường thực hiện 2 nghị quyết trên")."""
    for i, a in enumerate(cited):
        # (or a numbered A opening its sentence as its subject: "Nghị quyết số 06-NQ/TU thay thế ba nghị quyết nêu trên";
        # or any numbered A whose phrase follows it with no comma, its own: "Huyện ủy triển khai Kế hoạch số 22-KH/HU
        # thực hiện các văn bản nêu trên", not the body's next act "…, thực hiện các văn bản trên")
        own_only = not a.issued and " của " not in text[a.start:a.anchor] \
            and not (a.form == "numbered" and sentence_start(text, a.start) == a.start)
        if own_only and a.form != "numbered":
            continue
        # "… ban hành Kế hoạch triển khai thi hành hai Luật này": the reference's own "Luật này" ends no window
        after = next((cited[k].start for k in range(i + 1, len(cited)) if cited[k].ref != "this"), len(text))
        end = min(sentence_end(text, a.anchor), a.anchor + _GAP_MAX_CHARS, after)
        window = fold(text[a.anchor:end])
        if any(word in window for word in _THIS_WORDS):  # the cheap test: no "trên", "này" after A
            ref = _PLURAL_BACK_OBJECT.search(text, a.anchor, end)
        else:
            ref = _COUNTED_BACK_OBJECT.search(text, a.anchor, end)
        if ref is None:
            continue
        if own_only and ref is not None and "," in text[a.anchor:ref.start()]:
            continue
        m = _phrase_after(text, a, ref.start()) if ref else None
        if m is None and ref is not None and a.type_code in _DIRECTING_CODES:
            m = _DIRECTED_GAP_RE.fullmatch(text, a.anchor, ref.start())
        pre = (m.groupdict().get("pre") or m.groupdict().get("purpose") or "") if m else ""
        if m is None or _asked_or_checked(pre) or _RESULTS_ASKED.search(text, m.start(), m.start("phrase")):
            continue  # "… yêu cầu các địa phương báo cáo kết quả thực hiện các nghị quyết trên": asked, not done
        kinds, count = _counted_kinds(ref)
        _add_each(add, [a], _taken_back(text, cited[:i], doc_of, kinds, count, {id(doc_of[id(a)])}),
                  _relation(m.group("phrase"), pre), m)


# a plural that names the plenum whose resolutions it counts: "Kế hoạch số 140-KH/TU … về sơ kết 5 năm thực hiện các
# nghị quyết Trung ương 6 khóa XII" (no citation of its own: the plural is generic until the plenum says which)
_PLENUM_BACK_OBJECT = re.compile(
    rf"(?<![^\W\d_])(?:{_COUNT}|\d{{1,2}})[ ]+(?i:nghị[ ]+quyết)[ ]+(?:(?i:hội[ ]+nghị)[ ]+)?(?:Trung[ ]+ương|TW|TƯ)[ ]*"
    rf"(?P<number>\d{{1,2}})[ ]*(?:\([ ]*|,[ ]*)?(?i:khóa|khoá)[ ]+(?P<term>[IVXL]+)(?![^\W\d_])")
_PLENUM_NAMES = ("Trung", "TW", "TƯ")  # the cheap test: _PLENUM_BACK_OBJECT names the plenum so, in these cases


def _plenum_back_objects(text: str, cited: list[Citation], docs: list[Resolved], add) -> None:
    """A whose phrase takes a plural naming a plenum ("… về sơ kết 5 năm thực hiện các nghị quyết Trung ương 6 khóa
    XII"), before any other citation of its sentence: A does to each resolution of that plenum what the phrase says,
    when the article cites every one data/plenums.tsv lists for it (the table dates them too)."""
    for i, a in enumerate(cited):
        end = min(sentence_end(text, a.anchor), a.anchor + _GAP_MAX_CHARS,
                  cited[i + 1].start if i + 1 < len(cited) else len(text))
        if not any(text.find(name, a.anchor, end) != -1 for name in _PLENUM_NAMES):
            continue
        ref = _PLENUM_BACK_OBJECT.search(text, a.anchor, end)
        m = _phrase_after(text, a, ref.start()) if ref else None
        if m is None:
            continue
        pre = m.groupdict().get("pre") or m.groupdict().get("purpose") or ""
        plenum = (ref.group("number"), ref.group("term"))
        passed = [d for d in docs if plenum_of(d) == plenum]
        if not set(PLENUM_RESOLUTIONS.get(plenum, ())) <= {(d.number or "").lstrip("0") for d in passed}:
            continue  # the plenum passed one the article does not cite: the plural is not just those it names
        _add_each(add, [a], [d.first for d in passed], _relation(m.group("phrase"), pre), m)


# "… ban hành Kế hoạch số 290-KH/TU để triển khai thực hiện chỉ thị trên địa bàn tỉnh": a bare lower-case noun as
# the object, ending its clause or before where it is carried out; not one of a pair ("thực hiện chỉ thị, nghị quyết")
_BARE_BACK_OBJECT = re.compile(
    rf"(?<![^\W\d_])(?P<noun>{_BACK_NOUN})(?=[ ]*(?:[.;:!?)\n]|$)|[ ]*,(?![ ]*(?:và[ ]+)?{_BACK_NOUN})"
    rf"|[ ]+(?:{phrase_pattern(cues('objectless_after'))})(?![^\W\d_]))"
)
_PLURAL_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_COUNT}|\d+)[ ]+\Z")


def _bare_back_objects(text: str, cited: list[Citation], doc_of: dict[int, Resolved], found: dict, add) -> None:
    """An issued A whose phrase takes a bare lower-case noun, before any other citation of its sentence ("Ban
    Thường vụ Tỉnh ủy ban hành Kế hoạch số 290-KH/TU để triển khai thực hiện chỉ thị trên địa bàn tỉnh"): A
    carries out the document of that kind named last in the nearest sentences before, as after a lead
    ("Để triển khai thực hiện chỉ thị, …", _bare_back_leads)."""
    for i, a in enumerate(cited):
        if not a.issued:
            continue
        after = cited[i + 1].start if i + 1 < len(cited) else len(text)
        end = min(sentence_end(text, a.anchor), a.anchor + _GAP_MAX_CHARS, after)
        ref = _BARE_BACK_OBJECT.search(text, a.anchor, end)
        if ref is None or not text[ref.start()].islower() or _PLURAL_BEFORE.search(text, a.anchor, ref.start()):
            continue
        m = _phrase_after(text, a, ref.start())
        if m is None and a.type_code in _DIRECTING_CODES:
            m = _DIRECTED_GAP_RE.fullmatch(text, a.anchor, ref.start())
        pre = (m.groupdict().get("pre") or m.groupdict().get("purpose") or "") if m else ""
        if m is None or _asked_or_checked(pre) or _RESULTS_ASKED.search(text, m.start(), m.start("phrase")) \
                or _COMMITTEE_AT.match(text, max(0, m.start("phrase") - len("Ban "))) \
                or _COMMITTEE_OF_LEVEL_BEFORE.search(text, max(0, m.start("phrase") - 40), m.start("phrase")):
            continue  # "… về việc kiện toàn Ban Chỉ đạo thực hiện đề án": a committee named by its task
        relation = "reviews" if a.type == "Báo cáo" else _relation(m.group("phrase"), pre)
        _add_each(add, [a], _taken_back(text, cited[:i], doc_of, {fold(ref.group("noun"))}, 1,
                                        {id(doc_of[id(a)])} | _replaced(found)), relation, m)


def _replaced(found: dict) -> set[int]:
    """The documents (by id) another replaces: no bare noun after them means them ("Nghị định số 29/2023/NĐ-CP …
    thay thế Nghị định số 108/2014/NĐ-CP và Nghị định số 113/2018/NĐ-CP. Để hướng dẫn thực hiện nghị định, …" is
    about the decree in force)."""
    return {id(f.target) for f in found.values() if f.type == "replaces"}


def _taken_back(text: str, before: list[Citation], doc_of: dict[int, Resolved], kinds: set[str],
                count: int | None, sources: set[int], central: bool = False) -> list[Citation]:
    """The documents of the `kinds` named in the sentences before, latest first: the last `count`
    of them, else those of the nearest sentences that name two or more; only central ones when
    `central` ("các quy định của Trung ương")."""
    if not before:
        return []
    start = sentence_start(text, before[-1].start)
    taken: dict[int, Citation] = {}

    any_type = bool(kinds & _ANY_TYPE)

    def take_from(start: int) -> None:
        listed = [c for c in before if c.start >= start]
        for c in reversed(listed):
            doc = doc_of[id(c)]
            if id(doc) not in sources and id(doc) not in taken and _of_kind(doc, kinds) \
                    and (not central or doc.issuer is not None and doc.issuer.level == "central") \
                    and not (any_type and any(o.start < c.start < o.cover_end for o in listed if o.own_title)):
                # (documents of any type are those listed, not one named in a listed one's title: "Kết luận số 80-KL/TW
                # … về tiếp tục thực hiện Chỉ thị số 34-CT/TW …. … các văn bản nêu trên" lists the conclusion only; but
                # "các nghị quyết trên" after "Chỉ thị số 15/CT-TTg về thực hiện B1 và B2" are B1 and B2)
                taken[id(doc)] = c

    for _ in range(_BACK_LOOK):
        take_from(start)
        issued = [c for c in taken.values() if doc_of[id(c)].issued] if count is not None and count > 1 else taken
        if count is None and len(taken) >= 2:
            # a list cut by semicolons is one list, all of it taken back ("quán triệt Quy định số 144-QĐ/TW …; Quy định
            # số 148-QĐ/TW … và Kết luận số 80-KL/TW …. … thực hiện các văn bản nêu trên")
            while start >= 2 and text[:start].rstrip().endswith(";"):
                start = sentence_start(text, text[:start].rstrip().rfind(";"))
                take_from(start)
            break
        if count is not None and len(issued) >= count or start < 2:
            break
        start = sentence_start(text, start - 2)
    out = list(taken.values())
    if count is not None:
        # a plural count takes back the documents the text reports issued before those their descriptions name: "UBND tỉnh
        # ban hành Quyết định số 15/2023/QĐ-UBND …. Cùng ngày, … Quyết định số 16/2023/QĐ-UBND sửa đổi … Quyết định số
        # 08/2020/QĐ-UBND …. Theo Sở Xây dựng, hai quyết định …": 15 and 16, not the amended 08
        issued = [c for c in out if doc_of[id(c)].issued]
        if count > 1 and len(issued) >= count:
            return issued[:count]
        return out[:count] if len(out) >= count else []
    return out if len(out) >= 2 else []


def _of_kind(doc: Resolved, kinds: set[str]) -> bool:
    """Does a back-reference's noun ("nghị quyết", "văn bản") name the document?"""
    if kinds & _ANY_TYPE:
        return True
    return any(d.type and any(fold(d.type).startswith(k) for k in kinds) for d in doc.citations)


# "Nghị định 175/2024/NĐ-CP … quy định chi tiết … Luật Xây dựng về quản lý hoạt động xây dựng (thay thế Nghị định
# 15/2021/NĐ-CP)": an aside that replaces or amends, after a description naming another document, is about the
# document of its item's type that the description belongs to
_ITEM_ASIDE = re.compile(rf"\([ ]*(?P<phrase>{_gap_phrases(_NAMES_ITS_ITEM, ("gap",))})[ ]+\Z")
_ITEM_ASIDE_CHARS = 30


def _item_asides(text: str, cited: list[Citation], add) -> None:
    for j, b in enumerate(cited):
        if text.rfind("(", max(0, b.start - _ITEM_ASIDE_CHARS), b.start) == -1 or not b.type:
            continue  # the cheap test first
        aside = _ITEM_ASIDE.search(text, max(0, b.start - _ITEM_ASIDE_CHARS), b.start)
        if aside is None:
            continue
        clause = sentence_start(text, aside.start())
        owner = next((a for a in reversed(cited[:j]) if a.start >= clause and a.type and fold(a.type) == fold(b.type)),
                     None)
        if owner is not None and ")" not in text[owner.end:aside.start()]:
            add(owner, b, _relation(aside.group("phrase")), aside.start("phrase"), aside.end("phrase"))


# a review of B said as an act, its report named in brackets after B: "Thường trực Tỉnh ủy đã nghe Ban cán sự đảng UBND
# tỉnh báo cáo sơ kết 3 năm thực hiện Nghị quyết số 10-NQ/TU … về … (Báo cáo số 412-BC/BCSĐ, ngày 25/9/2023)"
_REVIEW_ACT_BEFORE = re.compile(r"(?<![^\W\d_])(?:sơ|tổng)[ ]+kết(?:[ ]+(?:\d+|[^\W\d_]+)){0,3}[ ]+thực[ ]+hiện[ ]+\Z")
_REVIEW_ACT_CHARS = 40
_RECORD_AFTER_CHARS = 300  # B's title and a time ("vào năm 2019") between B and the bracket


def _review_records(text: str, cited: list[Citation], add) -> None:
    for j, a in enumerate(cited):
        if not j or a.type != "Báo cáo" or a.form != "numbered" or not text.endswith("(", 0, a.start):
            continue  # the cheap test first
        b = cited[j - 1]
        tail = text[max(b.end, b.cover_end):a.start - 1]
        if len(tail) > _RECORD_AFTER_CHARS or any(ch in tail for ch in ".;()"):
            continue
        act = _REVIEW_ACT_BEFORE.search(text, max(0, b.start - _REVIEW_ACT_CHARS), b.start)
        if act is not None:
            add(a, b, "reviews", act.start(), act.start() + len(act.group().rstrip()))  # "sơ kết 3 năm thực hiện"


# a meeting's report named by its review alone ("báo cáo sơ kết của Ban Thường vụ Tỉnh ủy", "Báo cáo tổng kết"): no
# object of its own, neither a title nor what else it reviews ("báo cáo tổng kết công tác năm 2023")
_MEETING_REPORT = re.compile(rf"[Bb]áo[ ]+cáo[ ]+(?P<review>{phrase_pattern(cues('review'))})(?=[ ]+của[ ]|[ ]*[,.;:]|\Z)")
_MEETING_BEFORE_CHARS = 2500  # the report is the meeting's when the meeting is named in the paragraphs just before


def _meeting_reports(text: str, cited: list[Citation], doc_of: dict[int, Resolved], found: dict, add) -> None:
    """A meeting's report, named after the meeting reviews what it reviews ("Ban Thường vụ Huyện ủy tổ chức hội nghị sơ
    kết 5 năm thực hiện B. … Theo báo cáo sơ kết của Ban Thường vụ Huyện ủy, …"): the report reviews B, and the
    documents listed after it."""
    reviewing = {id(f.source) for f in found.values() if f.type == "reviews"}
    starts = None
    for a in cited:
        if a.type != "Báo cáo" or a.number is not None or id(doc_of[id(a)]) in reviewing \
                or (report := _MEETING_REPORT.match(text, a.start)) is None:
            continue
        review = fold(report.group("review"))
        events = [m for m in _REVIEW_EVENT.finditer(text, max(0, a.start - _MEETING_BEFORE_CHARS), a.start)
                  if fold(m.group()).endswith(review)]
        if not events:
            continue
        event = events[-1]
        starts = [c.start for c in cited] if starts is None else starts
        end = min(sentence_end(text, event.end()), a.start)
        for j in range(bisect.bisect_left(starts, event.end()), bisect.bisect_left(starts, end)):
            reviewed = _REVIEWED_BEFORE.search(text, max(event.end(), cited[j].start - 20), cited[j].start)
            if reviewed and not _GOES_ON_BEFORE.search(text, max(event.start(), reviewed.start() - 25), reviewed.start()):
                for k in _coordinated_after(text, cited, j):
                    add(a, cited[k], "reviews", event.start(), event.end())
                break  # the meeting's object, not what its sentence names after it


# "B hết hiệu lực kể từ ngày A có hiệu lực", "Kể từ ngày A có hiệu lực, B và B2 hết hiệu lực thi hành":
# A takes B's place (vn-conventions §5, "B hết hiệu lực": replaces)
_EXPIRES_WORDS = "hết hiệu lực"
_EXPIRES = re.compile(phrase_pattern(cues("expires")))
_IN_FORCE = rf"[ ]+(?:{phrase_pattern(cues('in_force'))})(?![^\W\d_])"
_SINCE_AFTER = re.compile(rf"[ ]*,?[ ]*(?:{phrase_pattern(cues('from_day'))})[ ]+")
_SINCE_LEAD = re.compile(rf"[ ]*(?:{phrase_pattern(cues('from_day'), either_case=True)})[ ]+")
# … or after the sentence's opening words and their comma: "Theo Điều 106 Nghị định 102/2024/NĐ-CP, kể từ ngày Nghị
# định này có hiệu lực, các văn bản sau hết hiệu lực thi hành: …"
_SINCE_AFTER_COMMA = re.compile(rf",[ ]*(?:{phrase_pattern(cues('from_day'), either_case=True)})[ ]+$")
_SINCE_AFTER_COMMA_CHARS = 20
_IN_FORCE_AFTER = re.compile(_IN_FORCE)
_IN_FORCE_LEAD = re.compile(rf"{_IN_FORCE}[ ]*,[ ]*")
_EXPIRED_DESCRIPTION_CHARS = 300  # B's title or description between B and the phrase
# the documents that end listed after the phrase: "… hết hiệu lực thi hành:\n- B1;\n- B2."
_EXPIRED_LIST = re.compile(rf"[ ]*:[ ]*\n?[ ]*(?:{ENUMERATION_MARK}[ ]*)?")
_NEXT_LINE_ITEM = re.compile(rf"[ ]*[;,]?[ ]*\n[ ]*(?:{ENUMERATION_MARK}[ ]*)?")


def _bulleted_after(text: str, cited: list[Citation], b: int) -> list[int]:
    """B and the documents listed after it, in one line ("B1; B2 và B3") or one a line ("B1;\n- B2")."""
    out = _coordinated_after(text, cited, b)
    while out[-1] + 1 < len(cited) and (following := _NEXT_LINE_ITEM.match(
            text, max(cited[out[-1]].end, cited[out[-1]].cover_end))) is not None \
            and following.end() == cited[out[-1] + 1].start:
        out += _coordinated_after(text, cited, out[-1] + 1)
    return out


def _expiries(text: str, cited: list[Citation], add) -> None:
    pos = text.find(_EXPIRES_WORDS)
    if pos == -1:
        return
    starts = [c.start for c in cited]
    while pos != -1:
        _expiry_at(text, cited, starts, pos, add)
        pos = text.find(_EXPIRES_WORDS, pos + len(_EXPIRES_WORDS))


def _since_lead(text: str, cited: list[Citation], first: int, after: int, clause: int) -> int | None:
    """The index of A in the lead "Kể từ ngày A có hiệu lực, B hết hiệu lực", the lead opening the clause or following
    the comma of the sentence's opening words; None when no citation before B follows such a lead."""
    since = _SINCE_LEAD.match(text, clause)
    if since is not None and cited[first].start == since.end():
        return first
    for j in range(first, after):
        if _SINCE_AFTER_COMMA.search(text, max(clause, cited[j].start - _SINCE_AFTER_COMMA_CHARS), cited[j].start):
            return j
    return None


def _expiry_at(text: str, cited: list[Citation], starts: list[int], pos: int, add) -> None:
    """The documents that end at `pos` ("hết hiệu lực") and the one that takes their place."""
    phrase = _EXPIRES.match(text, pos)
    clause = sentence_start(text, pos)
    first, after = bisect.bisect_left(starts, clause), bisect.bisect_left(starts, pos)
    if phrase is None or first == after:
        return
    newer = None
    if (since := _SINCE_AFTER.match(text, phrase.end())) is not None:  # "… kể từ ngày A có hiệu lực"
        if after < len(cited) and cited[after].start == since.end() \
                and _IN_FORCE_AFTER.match(text, cited[after].anchor or cited[after].end):
            newer = cited[after]
    elif (lead := _since_lead(text, cited, first, after, clause)) is not None:
        first = lead
        in_force = _IN_FORCE_LEAD.match(text, cited[first].anchor or cited[first].end)  # "Kể từ ngày A có hiệu lực, B …"
        if in_force is not None and first + 1 < after and cited[first + 1].start == in_force.end():
            newer, first = cited[first], first + 1
        elif in_force is not None and first + 1 == after < len(cited) and (
                listed := _EXPIRED_LIST.match(text, phrase.end())) is not None and cited[after].start == listed.end():
            expired = _bulleted_after(text, cited, after)  # "…, các văn bản sau hết hiệu lực thi hành: - B1; - B2"
            # … and the items after "; " whatever their titles name: "…: B1 … quy định chi tiết … Luật Đất đai; B2 …; B3"
            for k in expired + _items_after_semicolons(text, cited, expired[-1] + 1, _list_end(text, listed.end())):
                add(cited[first], cited[k], "replaces", pos, phrase.end())
            return
    if newer is None:
        return
    expired = _coordinated_after(text, cited, first, limit=pos)
    end = max(cited[expired[-1]].end, cited[expired[-1]].cover_end)
    if pos - end > _EXPIRED_DESCRIPTION_CHARS or "hiệu lực" in text[end:pos]:
        return  # "Nghị định 168 có hiệu lực từ ngày 1/1/2025, Nghị định 100 hết hiệu lực": not the subject
    for k in expired:
        add(newer, cited[k], "replaces", pos, phrase.end())


# "Tỉnh ủy đã cụ thể hóa B bằng A", "UBND tỉnh thay thế B bằng A": the active form of "B được cụ thể hóa
# bằng A", the phrase before B, A right after B's own words and "bằng"
# the means words (data/cues means): "cụ thể hóa B bằng A", "thực hiện B thông qua A"
_MEANS = phrase_pattern(cues("means"))
_MEANS_WORDS = [f" {w} " for w in cues("means")]
_BY_MEANS = re.compile(rf"[ ]*,?[ ]*(?:{_MEANS})[ ]+(?:(?:các|những)[ ]+)?")
_BY_MEANS_LIST = re.compile(rf"[ ]*,?[ ]*(?:{_MEANS})[ ]+(?:các|những)[ ]+(?:{_BACK_NOUN}|văn bản)(?:[ ]+[^\W\d_]+){{0,3}}?[ ]*:[ ]+")
# … or a plural naming its instances after it: "cụ thể hóa B bằng nhiều văn bản quan trọng, trong đó có A", "… bằng
# các chương trình, kế hoạch như A1, A2"
_BY_MEANS_SUCH_AS = re.compile(
    rf"[ ]*,?[ ]*(?:{_MEANS})[ ]+(?:{_COUNT})[ ]+(?:{_BACK_NOUN}|văn bản)(?:[ ]*,?[ ]+[^\W\d_]+){{0,4}}?"
    rf"[ ]*,?[ ]+(?:{phrase_pattern(cues('instances') + cues('list_sequel'))})[ ]*:?[ ]+")
_PHRASE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?P<phrase>{_GAP_PHRASES})(?:[ ]+(?:{_ADVERBS}))*(?:[ ]+(?:các|những))?[ ]+$")
_PHRASE_BEFORE_CHARS = 60


# "Đây là sự cụ thể hóa B": the sentence's subject is what the sentence before issued
# (or what it is said to be for, a purpose after a longer noun phrase, as in GAP_RE: "Đây là việc làm cụ thể nhằm thực
# hiện B")
# (a second act, after an opener: "Đồng thời, đây cũng là bước cụ thể hóa B")
_THIS_OPENER = rf"(?:(?:{phrase_pattern(cues('also_opener'), either_case=True)})[ ]*,?[ ]+đây|Đây)[ ]+"
# (unless "Đây" is a time: "Đây là năm đầu tiên thực hiện B", data/cues this_is_time)
_THIS_OPENS = re.compile(rf"{_THIS_OPENER}(?!(?:(?:{phrase_pattern(cues('copula_adverb'))})[ ]+)?là[ ]+"
                         rf"(?:{phrase_pattern(cues('this_is_time'))})(?![^\W\d_]))")
_THIS_IS = re.compile(rf"{_THIS_OPENER}(?P<act>{_IS_THE_ACT}|(?:chính[ ]+)?là(?:[ ]+[^\W\d_]+){{0,8}}?[ ]+(?:để|nhằm)[ ]+)"
                      rf"(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")


def _named_by_noun(earlier: list[Citation], act: str) -> list[Citation]:
    """"Hội nghị quán triệt Nghị quyết số 23-NQ/TW …. Đây là nghị quyết thay thế B": with nothing issued in the
    sentence before, a type noun after "là" says which of its documents the subject is, the last of that type."""
    noun = TYPE_WORD_RE.search(act)
    if noun is None:
        return []
    kind = fold(noun.group())
    return [a for a in earlier if a.type and fold(a.type) == kind][-1:]


def _opening_back_reference(earlier: list[Citation], start: int) -> list[Citation]:
    """"Kế hoạch được ban hành nhằm …. Đây là bước cụ thể hóa B": a sentence that issues nothing but opens
    with a bare noun naming back a document is about that document."""
    return [a for a in earlier if a.start == start and a.form == "ref"][:1]


def _this_is(text: str, cited: list[Citation], add) -> None:
    """"Hội nghị đã thông qua Nghị quyết về phát triển kinh tế biển. Đây là sự cụ thể hóa Nghị quyết số
    36-NQ/TW": the document the sentence before issued, the last if several, carries out B."""
    if "Đây " not in text and ("đây " not in text or "ồng thời" not in text):
        return  # (cheap tests: "Đây …", or "Đồng thời, đây …" after data/cues also_opener)
    for i, b in enumerate(cited):
        start = sentence_start(text, b.start)
        if start < 2 or not _THIS_OPENS.match(text, start, b.start) \
                or (m := _THIS_IS.fullmatch(text, start, b.start)) is None:
            continue
        before = sentence_start(text, start - 2)
        issued = [a for a in cited[:i] if before <= a.start < start and a.issued] \
            or _named_by_noun([a for a in cited[:i] if before <= a.start < start], m.group("act")) \
            or _opening_back_reference(cited[:i], before)
        if issued:  # "Đây là bước cụ thể hóa B và B2": each item of the list
            targets = _coordinated_after(text, cited, i)
            _add_each(add, issued[-1:], [cited[k] for k in targets], _relation(m.group("phrase")), m)
            last, n = cited[targets[-1]], targets[-1] + 1
            # … and its second act after ", đồng thời": "Đây là kế hoạch triển khai B, đồng thời thực hiện C"
            if n < len(cited) and (also := _ALSO_PHRASE.fullmatch(text, max(last.end, last.cover_end),
                                                                  cited[n].start)) is not None:
                _add_each(add, issued[-1:], [cited[k] for k in _coordinated_after(text, cited, n)],
                          _relation(also.group("phrase"), text[also.start():also.start("phrase")]), also)


# a sentence going on with what the document opening the sentence before does, its subject left out: "Kế hoạch nhằm
# triển khai B1. Đồng thời cụ thể hóa B2 và B3" (no comma after the opener: "Đồng thời, thực hiện B, Sở …" is a lead)
_ALSO_OPENS = re.compile(rf"(?:{phrase_pattern(cues('also_opener'), either_case=True)})[ ]*,?[ ]+"
                         rf"(?P<phrase>{_GAP_PHRASES}){_AFTER_PHRASE}")


def _also_with_no_subject(text: str, cited: list[Citation], add) -> None:
    """"Kế hoạch nhằm triển khai B1 …. Đồng thời cụ thể hóa B2 và B3" ("Đồng thời, cụ thể hóa …"): the document that
    opens the sentence before as the subject of its own act does this second act too (but "Đồng thời, thực hiện B, xã đã
    tổ chức …" is the lead of a clause of its own)."""
    if "Đồng thời" not in text:
        return
    for i, b in enumerate(cited):
        start = sentence_start(text, b.start)
        if start < 2 or not text.startswith("Đồng thời", start) \
                or (m := _ALSO_OPENS.fullmatch(text, start, b.start)) is None:
            continue
        last = cited[_coordinated_after(text, cited, i)[-1]]
        if text.startswith("Đồng thời,", start) \
                and "," in text[max(last.end, last.cover_end):sentence_end(text, last.start)]:
            continue
        before = sentence_start(text, start - 2)
        k = next((k for k in range(i) if cited[k].start >= before), None)
        if k is None or cited[k].start != _DATED_OPENER.match(text, before).end() \
                or _phrase_after(text, cited[k], cited[k + 1].start) is None:
            continue  # the sentence before opens with no document that acts ("UBND phường ban hành A …")
        _add_each(add, [cited[k]], [cited[n] for n in _coordinated_after(text, cited, i)],
                  _relation(m.group("phrase")), m)


# "Để B sớm đi vào cuộc sống, X ban hành A": a purpose whose subject is B; the comma before the main clause
_INTO_LIFE = re.compile(r"[ ]+(?:(?:sớm|nhanh chóng|thực sự|thật sự)[ ]+)?đi[ ]+vào[ ]+cuộc[ ]+sống(?=[ ]*,)")


def _into_life(text: str, cited: list[Citation], add) -> None:
    """"Để Nghị quyết số 09-NQ/TU … sớm đi vào cuộc sống, Huyện ủy ban hành Kế hoạch số 45-KH/HU": A carries B out."""
    for i, b in enumerate(cited):
        if not text.endswith("Để ", 0, b.start) or _DATED_OPENER.match(text, sentence_start(text, b.start)).end() != b.start - 3:
            continue
        end = sentence_end(text, b.start)
        life = text.find("vào cuộc sống", b.end, end)
        if life == -1 or any(b.end <= c.start < life for c in cited[i + 1:]):
            continue
        phrase = _INTO_LIFE.search(text, b.end, end)
        main = _MAIN_CLAUSE.match(text, phrase.end()) if phrase else None
        if main is None:
            continue
        for a in cited[i + 1:]:
            if main.end() <= a.start < end and a.issued:
                add(a, b, "implements", b.start - 3, b.start - 1)


def _by_means(text: str, cited: list[Citation], add) -> None:
    if not any(word in text for word in _MEANS_WORDS):
        return
    for j in range(len(cited) - 1):
        b, a = cited[j], cited[j + 1]
        sources = None
        if not _BY_MEANS.fullmatch(text, max(b.cover_end, b.end), a.start):
            # "cụ thể hóa B bằng những văn bản riêng: X ban hành A1; Y có A2 …": the documents each clause of the list
            # issues, to the sentence's end
            listed = _BY_MEANS_LIST.match(text, max(b.cover_end, b.end), a.start)
            if listed is None and not _BY_MEANS_SUCH_AS.fullmatch(text, max(b.cover_end, b.end), a.start):
                continue  # only B's own words (its date, issuer, title) before "bằng": not "B đã được tỉnh cụ thể hóa bằng A"
            if listed is not None:
                end = min(e for e in (text.find(". ", listed.end()), text.find("\n", listed.end()), len(text)) if e != -1)
                sources = [c for c in cited[j + 1:] if c.start < end and c.issued]  # its clauses run on past "; "
        first = j  # "cụ thể hóa B1, B2 và B3 bằng A": the phrase is before the list's first item
        while first > 0 and _COORDINATED.fullmatch(text, max(cited[first - 1].cover_end, cited[first - 1].end),
                                                   cited[first].start):
            first -= 1
        start = cited[first].start
        before = _PHRASE_BEFORE.search(text, max(0, start - _PHRASE_BEFORE_CHARS), start)
        if before is None:
            continue
        if sources is None:  # "… thông qua A1 và A2; Kế hoạch số 4580/KH-UBND … về triển khai A1": "; " ends the means
            clause_end = text.find("; ", max(a.end, a.cover_end))
            sources = [cited[k] for k in _coordinated_after(text, cited, j + 1, None if clause_end == -1 else clause_end)]
        _add_each(add, sources, cited[first:j + 1], _relation(before.group("phrase")), before)


# "Bằng Kế hoạch số 115/KH-UBND, UBND tỉnh đã cụ thể hóa B", "Với việc ban hành A, X đã triển khai B": the means opens the
# sentence, the main clause after its comma carries B out through it
_FRONTED_MEANS = re.compile(rf"(?:{phrase_pattern(cues('fronted_means'), either_case=True)})[ ]+")
_FRONTED_MEANS_CHARS = len("thông qua việc ban hành ")
_FRONTED_MEANS_LAST_WORDS = tuple({phrase.split()[-1] for phrase in cues("fronted_means")})  # the cheap test


def _fronted_means(text: str, cited: list[Citation], add) -> None:
    """A means opening its sentence, then a main clause whose phrase carries B out: A (and its fellows) carry B out."""
    for i, a in enumerate(cited):
        if not text[max(0, a.start - _FRONTED_MEANS_CHARS):a.start].rstrip(" ").lower().endswith(_FRONTED_MEANS_LAST_WORDS):
            continue
        opener = _DATED_OPENER.match(text, sentence_start(text, a.start)).end()
        if not 0 < a.start - opener <= _FRONTED_MEANS_CHARS or not _FRONTED_MEANS.fullmatch(text, opener, a.start):
            continue
        items = _coordinated_after(text, cited, i)
        last, end = cited[items[-1]], sentence_end(text, a.start)
        comma = text.find(", ", max(last.end, last.cover_end), end)
        k = items[-1] + 1
        if comma == -1 or _MAIN_CLAUSE.match(text, comma) is None or k >= len(cited) \
                or not comma < cited[k].start < end:
            continue
        before = _PHRASE_BEFORE.search(text, max(comma, cited[k].start - _PHRASE_BEFORE_CHARS), cited[k].start)
        if before is not None:
            _add_each(add, [cited[n] for n in items], [cited[n] for n in _coordinated_after(text, cited, k)],
                      _relation(before.group("phrase")), before)


def _instances(text: str, cited: list[Citation], add) -> None:
    for j, b in enumerate(cited[:-1]):
        end = max(b.end, b.cover_end)
        listed = None
        if text.find(":", end, end + _WORDS_BEFORE_INSTANCES_CHARS) != -1:  # cheap test first
            listed = _INSTANCES_AFTER.match(text, end) or _INSTANCES_AFTER_WORDS.match(text, end)
        if listed is not None and cited[j + 1].start == listed.end():
            items = _coordinated_after(text, cited, j + 1)
            items += _items_after_semicolons(text, cited, (items[-1] if items else j) + 1, _list_end(text, listed.end()))
        elif not (listed is not None and (items := _bracketed_after_bodies(text, cited, j + 1, listed.end()))) \
                and (items := _issued_in_sequel(text, cited, j, end)) == [] and (items := _examples_after(text, cited, j)) == []:
            continue
        first = j  # "kế hoạch thực hiện B1 và B2; trong đó …": the phrase is before the list's first item
        while first > 0 and _COORDINATED.fullmatch(text, max(cited[first - 1].cover_end, cited[first - 1].end),
                                                   cited[first].start):
            first -= 1
        generic = _GENERIC_BEFORE.search(text, max(0, cited[first].start - 80), cited[first].start)
        if generic is None:
            continue
        kind = fold(generic.group("noun"))
        if generic.group("led") and kind not in _ANY_TYPE_NOUNS:
            continue  # "kế hoạch lãnh đạo, chỉ đạo thực hiện B" names no plan of its own
        relation = _relation(generic.group("phrase"))
        for k in items:
            if cited[k].type and (fold(cited[k].type) == kind or kind in _ANY_TYPE_NOUNS):
                for target in cited[first:j + 1]:
                    add(cited[k], target, relation, generic.start("phrase"), generic.end("phrase"))


_WORDS_BEFORE_INSTANCES_CHARS = 60
# … or examples after "như" with no colon, each perhaps after the place whose it is: "văn bản cụ thể hóa Kết luận, như
# Hà Nội với Kế hoạch số 61-KH/TU …, Đà Nẵng với Chương trình số 09-CTr/TU …, hay Cần Thơ với Kế hoạch số 52-KH/TU"
_EXAMPLE_PLACE = rf"(?:[{UPPER}][^\W\d_]*[ ]+){{1,4}}?với[ ]+"
_EXAMPLES_AFTER = re.compile(rf"[ ]*,[ ]*(?:{phrase_pattern(cues('examples'))})[ ]+(?:{_EXAMPLE_PLACE})?")
_NEXT_EXAMPLE = re.compile(rf"[ ]*[,;]?[ ]*(?:(?:và|hay|hoặc)[ ]+)?(?:{_EXAMPLE_PLACE})?")


def _examples_after(text: str, cited: list[Citation], j: int) -> list[int]:
    """The documents listed as examples right after B (`cited[j]`) with no colon (see `_EXAMPLES_AFTER`)."""
    end = max(cited[j].end, cited[j].cover_end)
    opened = _EXAMPLES_AFTER.match(text, end)
    if opened is None or j + 1 >= len(cited) or cited[j + 1].start != opened.end():
        return []
    items = [j + 1]
    while items[-1] + 1 < len(cited) and _NEXT_EXAMPLE.fullmatch(
            text, max(cited[items[-1]].end, cited[items[-1]].cover_end), cited[items[-1] + 1].start):
        items.append(items[-1] + 1)
    return items
# a carrying out already done, told before a colon whose clauses tell how: "hai tỉnh đều đã sớm triển khai Nghị quyết
# 57: Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành A1; Ban Thường vụ Tỉnh ủy Quảng Bình ban hành A2"
_DONE_BEFORE_B = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(cues('perfective'))})(?:[ ]+[^\W\d_]+){{0,2}}?[ ]+"
                            rf"(?P<phrase>{_IMPLEMENTS_ONLY})[ ]+\Z")
_DONE_BEFORE_CHARS = 50
_COLON_AFTER_B = re.compile(r"[ ]*:[ ]*")


def _done_before_colon(text: str, cited: list[Citation], add) -> None:
    """The documents the clauses after a colon issue carry out what the sentence said was carried out before it (see
    `_DONE_BEFORE_B`), up to the sentence's end."""
    for j, b in enumerate(cited[:-1]):
        end = max(b.end, b.cover_end)
        if not text.startswith(":", end) and not text.startswith(" :", end):
            continue  # cheap test first
        done = _DONE_BEFORE_B.search(text, max(0, b.start - _DONE_BEFORE_CHARS), b.start)
        if done is None or b.issued or any(c.start >= sentence_start(text, b.start) for c in cited[:j]):
            continue  # the subject is no document ("Kế hoạch đã triển khai B: …" is another reading)
        stop = text.find(". ", end)
        stop = len(text) if stop == -1 else stop
        newline = text.find("\n", end)
        stop = stop if newline == -1 else min(stop, newline)
        colon = _COLON_AFTER_B.match(text, end)
        # (not an item that says what it carries out itself: "…; UBND tỉnh ban hành Kế hoạch số 118/KH-UBND … triển
        # khai Nghị quyết số 139/NQ-CP …")
        sources = [a for a in cited[j + 1:] if colon.end() <= a.start < stop and a.issued
                   and not _CARRIES_OUT_CITED.match(text, max(a.end, a.cover_end))]
        _add_each(add, sources, [b], _relation(done.group("phrase")), done)


def _items_after_semicolons(text: str, cited: list[Citation], first: int, list_end: int) -> list[int]:
    """The numbered documents opening the items after "; " of a list of instances up to `list_end`, whatever an item's
    title says before the next ("…, như: Kế hoạch số 95/KH-UBND … của đồng bào Hrê, Cor, Ca Dong …; Quyết định số
    1024/QĐ-UBND …") (indices in `cited`)."""
    return [k for k in range(first, len(cited)) if cited[k].start < list_end and cited[k].form == "numbered"
            and _AFTER_SEMICOLON.search(text, max(0, cited[k].start - 4), cited[k].start)]


_AFTER_SEMICOLON = re.compile(r";[ \n]*\Z")


def _bracketed_after_bodies(text: str, cited: list[Citation], first: int, start: int) -> list[int]:
    """The documents of a list of bodies, each issued by the body before its bracket: "… ban hành kế
    hoạch thực hiện Chương trình 06, như: Quận ủy Tây Hồ (Kế hoạch số 40-KH/QU), Huyện ủy Gia Lâm (Kế
    hoạch số 52-KH/HU)" (indices in `cited`, from `first`, the list opening at `start`)."""
    items, end = [], start
    for k in range(first, len(cited)):
        c = cited[k]
        if not (c.issued and text.startswith("(", c.start - 1)) or c.start - end > _BODY_MAX_CHARS \
                or _list_end(text, end) < c.start:
            break
        items.append(k)
        end = max(c.end, c.cover_end)
    return items


_BODY_MAX_CHARS = 80  # "), Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh ("


# what a generic plan is fitted to, a few words before the list of instances (data/cues local_fit)
_LOCAL_FIT = re.compile(rf"[ ]+(?:{phrase_pattern(cues('local_fit'))})(?:[ ]+[^\W\d_]+){{0,6}}?(?=[ ]*[,;]|\.[ ])")


def _issued_in_sequel(text: str, cited: list[Citation], j: int, end: int) -> list[int]:
    """The documents issued in the sentence after B's when it opens with "Trong đó", "Cụ thể" … and
    B's ends with it: "10/10 huyện ủy đã ban hành kế hoạch thực hiện Kế hoạch số 90-KH/TU. Trong đó,
    Huyện ủy Lục Nam ban hành Kế hoạch số 150-KH/HU; Huyện ủy Yên Thế ban hành …", or in the clause
    after B's comma or semicolon ("… kế hoạch thực hiện Chương trình 06, trong đó Quận ủy Tây Hồ ban hành …",
    "… kế hoạch thực hiện Nghị quyết 24; trong đó Huyện ủy Đức Hòa ban hành …") (indices in `cited`)."""
    if (fit := _LOCAL_FIT.match(text, end)) is not None:  # "… thực hiện B phù hợp với địa phương; trong đó …"
        end = fit.end()
    if text.startswith((",", ";"), end):
        sequel = _LIST_SEQUEL.match(text, end + 1)
    else:
        stop = sentence_end(text, end)
        if not text.startswith(".", stop - 2):
            return []
        sequel = _LIST_SEQUEL.match(text, _SPACES.match(text, stop).end())
    if sequel is None:
        return []
    list_end = _list_end(text, sequel.end())
    return [k for k in range(j + 1, len(cited)) if sequel.end() <= cited[k].start < list_end and cited[k].issued]

