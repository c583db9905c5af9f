"""From citations to documents: which citations name the same document.

- The same symbol is the same document; a type word with only a number ("Chỉ thị 09",
  "Kế hoạch 248", "Nghị quyết 33") is the document of that type and number cited elsewhere in
  the article. A central Party document cited by number and issuer ("Chỉ thị số 35 … của Bộ
  Chính trị") gets its symbol (35-CT/TW): Bộ Chính trị, Ban Bí thư and the Central Committee
  all sign /TW.
- "Chỉ thị này", "chỉ thị trên", a bare "Kế hoạch" used as a name: the document of that type
  the article is about (the one it reports being issued), else the latest one cited before.
- "kế hoạch của UBND tỉnh": the latest earlier document of that type from that body, else a
  document of its own (an unnumbered plan the article is about), unless it has its own title
  and the earlier one another.
- "(gọi tắt là Kết luận 76)": the short name of the citation before it.
- "văn bản … (Công văn số …)": the parenthesised citation.
- The headline restates the body: an unnumbered document in it is the body's document of that
  type, or nothing.
- "Chương trình hành động của Tỉnh ủy" later given as "Chương trình hành động số 04-CTr/TU …"
  is one document (news names it first and numbers it later).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace

from loaders import gazetteer
from loaders.citations import (LEAD_PHRASES, REPORTING_OPENER, TYPE_WORD_RE, Citation, approved_by,
                               commune_named_before, roman_value, sentence_end, sentence_start)
from loaders.issuers import (CENTRAL_COMMITTEE, LEVEL_WORDS, SHORT_INSTITUTION_COMMITTEES, TERM_YEARS, Issuer,
                             bodies_named, clause_place, issuer_at, labelled_other_province, named_as_author)
from loaders.record import Place
from loaders.symbols import Symbol, is_central, issuer_code, number_key
from loaders.tables import cues, fold, phrase_pattern, read_table

# (an item may repeat "số" for the noun it continues: "Chương trình số 03-CTr/TU và số 04-CTr/TU ngày 17/3/2021")
_COORDINATED = re.compile(r"[ ]*(?:,|và|,[ ]*và)[ ]*(?:số[ ]*:?[ ]*)?")
# the codes of a unit's own authorities: what "kế hoạch của tỉnh" may be of
_AUTHORITY_CODES = {"UBND", "HĐND", "TU", "HU", "QU", "ĐU"}
# the kinds a Party committee lays down its line in, cited side by side by number alone ("Nghị quyết 57
# và Kết luận 193 của Bộ Chính trị"); a plan beside them ("Kế hoạch 15 và Nghị quyết 57 …") is no such pair
_PARTY_LINE_TYPES = {"NQ", "KL", "CT"}
_TU_SPELLINGS = re.compile(r"T\.?Ư|T\.W")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
# "Ngay sau khi Ban Bí thư ban hành Chỉ thị, …": a clause about an issuing already known, up to its noun
_ISSUED_BEFORE = re.compile(rf"(?:{phrase_pattern(cues('issued_before'), either_case=True)})[ ]+[^,.;:()\n]{{2,80}}[ ]$")
# "Chỉ thị số 05-CT/TU năm 2021 thay thế Chỉ thị số 05-CT/TU ngày 16/6/2016": the object of an active "thay thế",
# superseded from there on (data/relation_phrases: replaces, between A and B)
_REPLACED_OBJECT = re.compile(rf"(?:^|[ ,(])(?:{phrase_pattern(
    (r['phrase'] for r in read_table('relation_phrases.tsv')
     if r['relation'] == 'replaces' and r['where'] == 'gap' and '*' not in r['phrase']), either_case=True)})[ ]+$")


_PROSE_CODE = {r["type"]: r["code"] for r in read_table("document_types.tsv") if r["code"]}
# who issues every document of a type ("Nghị định": the Government; "Thông tư": a central body)
_TYPE_ISSUER = {r["type"]: r["issuer"] for r in read_table("document_types.tsv") if r["issuer"]}


@dataclass(slots=True)
class Resolved:
    """A document: the citations that name it, and what they say about it together."""

    citations: list[Citation] = field(default_factory=list)  # in text order
    symbol: str | None = None  # canonical
    issuer: Issuer | None = None
    issued: bool = False  # the article reports it being issued: its focus among its type
    title_from_ref: bool = False  # a new document named "TYPE của ISSUER về …"
    key: str = ""  # "d1", "d2" … once the article's documents are numbered
    type_codes: set[str] = field(default_factory=set)  # from the prose nouns and the symbols
    number: str | None = None
    replaced_at: int = -1  # start of its citation as the object of "thay thế": `replaced_by` stands for it after
    replaced_by: Resolved | None = None

    @property
    def first(self) -> Citation:
        return self.citations[0]

    @property
    def title(self) -> str | None:
        """The title its own citations give; the body's before the headline's."""
        titled = [c for c in self.citations if c.title]
        return min(titled, key=lambda c: (c.headline, c.form == "ref")).title if titled else None

    def last_before(self, pos: int) -> int:
        """Start of its last citation before `pos` (-1 if none)."""
        return max((c.start for c in self.citations if c.start < pos), default=-1)

    def add(self, cited: Citation, takes_issuer: bool = True) -> None:
        if self.citations and cited.start < self.citations[-1].start:
            bisect.insort(self.citations, cited, key=lambda c: c.start)
        else:
            self.citations.append(cited)
        if takes_issuer and cited.issuer is not None and (self.issuer is None or self.issuer.level == "unknown"):
            self.issuer = cited.issuer
        self.issued = self.issued or (cited.issued and not cited.headline)
        if cited.type_code:
            self.type_codes.add(cited.type_code)
        if cited.symbol is not None and cited.symbol.type_code:
            self.type_codes.add(cited.symbol.type_code)
            if cited.type in _PROSE_CODE:  # "Kế hoạch liên ngành số 02/KHLN-…" is found as a Kế hoạch too
                self.type_codes.add(_PROSE_CODE[cited.type])
        if self.number is None and cited.number:
            self.number = cited.number


class _Index:
    """Documents by type (code, or name for types without one) in order of first mention, and
    by type and number: the look-ups of references, each bounded to a window of nearby
    documents so that a very long article stays linear."""

    WINDOW = 40

    def __init__(self) -> None:
        self._starts: dict[str, list[int]] = {}
        self._docs: dict[str, list[Resolved]] = {}
        self.by_number: dict[tuple[str, int], list[Resolved]] = {}

    def add(self, doc: Resolved) -> None:
        for key in _type_keys(doc):
            starts = self._starts.setdefault(key, [])
            i = bisect.bisect_right(starts, doc.first.start)
            starts.insert(i, doc.first.start)
            self._docs.setdefault(key, []).insert(i, doc)
        if doc.number:
            for code in doc.type_codes:
                self.by_number.setdefault((code, number_key(doc.number)), []).append(doc)

    def add_name(self, doc: Resolved, cited: Citation) -> None:
        """A name the document also goes by ("Quy chế …" for the decision that carries it): its
        type's references find the document too."""
        self.add_key(doc, _type_key(cited))

    def add_key(self, doc: Resolved, key: str) -> None:
        if key == "*" or any(d is doc for d in self._docs.get(key, [])):
            return
        starts = self._starts.setdefault(key, [])
        i = bisect.bisect_right(starts, doc.first.start)
        starts.insert(i, doc.first.start)
        self._docs.setdefault(key, []).insert(i, doc)

    def around(self, key: str, pos: int) -> tuple[list[Resolved], list[Resolved]]:
        """(the first and the last documents of this type mentioned before `pos`, each at most
        WINDOW; the first ones hold the article's own document, the last ones the latest)."""
        docs = self._docs.get(key, [])
        i = bisect.bisect_left(self._starts.get(key, []), pos)
        return docs[:min(i, self.WINDOW)], docs[max(0, i - self.WINDOW):i]

    def after(self, key: str, pos: int) -> list[Resolved]:
        docs = self._docs.get(key, [])
        i = bisect.bisect_right(self._starts.get(key, []), pos)
        return docs[i:i + self.WINDOW]


def _broader_codes() -> dict[str, str]:
    """A joint or coordinated kind's code to its base type's: the longest other type word its own word starts with
    ("Kế hoạch liên tịch" KHLT to "Kế hoạch" KH, "Thông tư liên tịch" TTLT to "Thông tư" TT; data/document_types)."""
    rows = [r for r in read_table("document_types.tsv") if r["code"]]
    out = {}
    for r in rows:
        base = max((b for b in rows if r["word"].startswith(b["word"] + " ")), key=lambda b: len(b["word"]), default=None)
        if base is not None and base["code"] != r["code"]:
            out[r["code"]] = base["code"]
    return out


# a joint plan is a plan too: "Kế hoạch liên tịch số 02/KHLT-SGDĐT-SYT …. Kế hoạch được xây dựng căn cứ …"
_BROADER_CODE = _broader_codes()


def _type_keys(doc: Resolved) -> set[str]:
    keys = {"*", *doc.type_codes, *(_BROADER_CODE[code] for code in doc.type_codes if code in _BROADER_CODE)}
    for c in doc.citations:  # a loop, not a generator: this runs for every document
        if c.type and not c.type_code:
            keys.add(f"name:{c.type}")
    return keys


# what a decision's title says it issues or approves, named by its type: "Quyết định số 1245-QĐ/QU về việc ban hành
# Quy chế làm việc …", "Quyết định số 512/QĐ-UBND về Đề án …"; a bare "Quy chế", "Đề án" after it takes the decision
# back (a document attached to a Quyết định is the Quyết định, corpus/README)
_CARRIERS = set(cues("carrier"))
# (only the kinds that a bare noun does not also use for a policy: "Để thực hiện Chương trình, …" after "Nghị quyết
# số 12/NQ-HĐND về Chương trình giám sát năm 2024" is the national target programme, not the resolution)
_TITLE_TYPES = {r["word"]: r for r in read_table("document_types.tsv") if r["word"] in cues("carried_in_title")}
_CARRIED_IN_TITLE = re.compile(
    rf"(?:việc[ ]+)?(?:(?:{phrase_pattern(cues('approve'))})[ ]+)?"
    rf"(?P<noun>{'|'.join(sorted(map(re.escape, _TITLE_TYPES), key=len, reverse=True))})(?![^\W\d_])")


def _carried_key(c: Citation) -> str | None:
    if c.form != "numbered" or c.type not in _CARRIERS or not c.title:
        return None
    m = _CARRIED_IN_TITLE.match(c.title)
    if m is None:
        return None
    row = _TITLE_TYPES[m.group("noun")]
    return row["code"] or f"name:{row['type']}"


def _type_key(c: Citation) -> str:
    """The index key a reference looks under: its code, its type name, or any type."""
    return c.type_code or (f"name:{c.type}" if c.type else "*")


def resolve(text: str, citations: list[Citation], article: Place | None = None) -> list[Resolved]:
    """The documents the citations name, in order of first mention."""
    _share_list_tails(text, citations)
    docs: list[Resolved] = []
    by_symbol: dict[str, Resolved] = {}
    other_years: dict[str, list[Resolved]] = {}  # documents of a symbol dated in another year than the first
    by_key: dict[str, Resolved] = {}
    doc_of: dict[int, Resolved] = {}
    of_symbol: dict[str, list[Resolved]] = {}  # every document of a symbol: several bodies', years', terms'
    index = _Index()

    def new(i: int, cited: Citation, symbol: str | None = None) -> Resolved:
        doc = Resolved(symbol=symbol)
        doc.add(cited)
        docs.append(doc)
        doc_of[i] = doc
        index.add(doc)
        if (carried := _carried_key(cited)) is not None:
            index.add_key(doc, carried)
        if symbol is not None:
            of_symbol.setdefault(_symbol_key(symbol), []).append(doc)
        return doc

    # documents that identify themselves: a symbol, a congress, a new unnumbered document
    numbered_keys = [c.key for c in citations if c.form == "numbered" and c.key]
    named_first: list[int] = []  # a law named before its citation by number (in the headline)
    for i, c in enumerate(citations):
        if c.form == "numbered":
            symbol = _canonical(c)
            if symbol is None:
                continue
            key = _symbol_key(symbol)
            doc = by_symbol.get(key)
            if (dated := _cited_on(of_symbol.get(key, ()), c) or _of_acting_body(
                    text, citations, doc_of, i, of_symbol.get(key, ()))) is not None:
                dated.add(c)
                doc_of[i] = doc = dated
            elif doc is not None and _one_body(doc, c) and not _same_period(doc, c):
                # another year's of that symbol, once cited or new; the symbol alone still names the first
                doc = next((d for d in other_years.get(key, ()) if _same_period(d, c)), None)
                if doc is None:
                    doc = new(i, c, symbol)
                    other_years.setdefault(key, []).append(doc)
                else:
                    doc.add(c)
                    doc_of[i] = doc
            elif doc is not None and _one_body(doc, c):
                doc.add(c)
                doc_of[i] = doc
                if _generic_centre(text, doc.citations[0]) and not _generic_centre(text, c) and c.issuer is not None:
                    doc.issuer = c.issuer  # the body named at last: "… của Trung ương", later "… của Bộ Chính trị"
                elif c.symbol is not None and c.issuer is not None and all(d.symbol is None for d in doc.citations if d is not c) \
                        and not _compatible(doc.issuer, c.issuer):
                    doc.issuer = c.issuer  # the body its full symbol is cited under, not the number's loose one
            else:
                doc = by_symbol[key] = new(i, c, symbol)
            if c.key:  # a law cited by name and number is the law its name names elsewhere
                by_key.setdefault(c.key, doc)
        elif c.form == "named":
            numbered = (_newest_law(by_key, c.key) if law_year(c.key) is None else
                        next((d for k, d in by_key.items() if _same_law(k, c.key) and not _other_year(d, c.key)), None)) \
                if c.key.startswith("law:") else None
            if c.key not in by_key and numbered is not None:
                by_key[c.key] = numbered
            # named before it is numbered: a law, a plenum's resolution ("Nghị quyết Trung ương 8 khóa XIII", later
            # "Nghị quyết số 44-NQ/TW … của Hội nghị Trung ương 8 khóa XIII")
            if c.key not in by_key and any(_same_law(k, c.key) for k in numbered_keys):
                named_first.append(i)
            elif c.key in by_key:
                by_key[c.key].add(c)
                doc_of[i] = by_key[c.key]
            else:
                by_key[c.key] = new(i, c)
        elif c.form == "new" and not c.headline and c.alias_of is None:
            known = _issued_before(text, c, index) or _issued_again(text, c, index)
            if known is None:
                new(i, c)
            else:
                known.add(c)
                doc_of[i] = known
    for i in named_first:
        doc = next((d for k, d in by_key.items() if _same_law(k, citations[i].key)), None)
        if doc is None:
            by_key[citations[i].key] = new(i, citations[i])
        else:
            doc.add(citations[i])
            doc_of[i] = doc
    _older_laws_in_descriptions(text, citations, doc_of, docs, new)
    _mark_replaced(text, citations, doc_of)
    # a number alone: the document of that type and number, before or after
    numbered_only: dict[tuple[str, int], Resolved] = {}
    approving = _approving_decisions(citations, text)
    short_numbered: list[tuple[Resolved, Resolved]] = []
    for i, c in enumerate(citations):
        if c.form != "numbered" or i in doc_of:
            continue
        if c.alias_of is not None and (named := doc_of.get(c.alias_of)) is not None and not named.number:
            # "Kế hoạch thực hiện Chương trình số 06-CTr/TU … (gọi tắt là Kế hoạch 82)": the short name, with its
            # number, of the document just named, which its number or symbol names elsewhere ("Kế hoạch 82 (Số:
            # 82-KH/HU …)")
            numbered = _same_number(c, index)
            named.add(c)
            doc_of[i] = named
            if numbered is not None and numbered is not named:
                short_numbered.append((named, numbered))
            continue
        doc = _same_number(c, index) or numbered_only.get((c.type_code or "", number_key(c.number)))
        if doc is None and _heads_issuer(text, citations, i) and (held := index.by_number.get(
                (c.type_code or "", number_key(c.number)))):
            held[0].add(c, takes_issuer=False)  # "Báo cáo sơ kết … Chỉ thị 50 của Ban Thường vụ Tỉnh ủy": the report's body
            doc_of[i] = held[0]
            continue
        if doc is None and (elsewhere := _same_number_placed_elsewhere(text, c, index, article)) is not None:
            elsewhere.add(c, takes_issuer=False)  # its body is that document's, not the article's place's
            doc_of[i] = elsewhere
            continue
        carried = doc is None and c.type_code == _SCHEME_CODE \
            and ((decision := approving.get(number_key(c.number))) in doc_of
                 # … or said approved at the decision right after it, by another number (citations._named_by_its_decision)
                 or (decision := c.alias_of) is not None and decision in doc_of)
        if carried:
            c.alias_of, doc = decision, doc_of[decision]  # a name of the decision's, as the scheme it carries
        elif doc is None and (issuing := _issuing_decision(text, c, index)) is not None:
            doc, carried = issuing, True
        # whoever the scheme is said to be of ("Đề án 06 của Chính phủ (Quyết định số 06/QĐ-TTg …)"), the decision's
        # signer issued it
        if doc is not None and (carried or _compatible(doc.issuer, c.issuer)):
            doc.add(c, takes_issuer=not carried and not _signs_in_another_tier(doc, c))
            doc_of[i] = doc
        else:
            numbered_only[(c.type_code or "", number_key(c.number))] = new(i, c)
    _mark_replaced(text, citations, doc_of)
    # the names decisions carry, first: a headline's plan before them is the decision's ("Bộ Tư pháp ban hành Kế hoạch
    # thực hiện …" over "Quyết định số 1724/QĐ-BTP ban hành Kế hoạch của Bộ Tư pháp …", not a later numbered plan)
    for c in citations:
        if c.alias_of is not None and c.alias_of in doc_of:
            index.add_name(doc_of[c.alias_of], c)
    # short names and references, in order
    for i, c in enumerate(citations):
        if i in doc_of:
            continue
        if c.alias_of is not None and c.alias_of in doc_of:
            doc = doc_of[c.alias_of]
            index.add_name(doc, c)
        elif c.form == "ref":
            doc = _referent(text, c, index, doc_of, article)
        else:  # an unnumbered document in the headline
            doc = _headline_referent(c, index)
        if doc is not None:
            # "Quyết định … ban hành Quy chế làm việc của Ban Chỉ đạo": the body the rules are of
            doc.add(c, takes_issuer=c.alias_of is None or not _signed_by_other(doc, c.issuer))
            doc_of[i] = doc
        elif c.form in ("ref", "new") and c.ref in ("issuer", None) and not c.headline and c.type \
                and not c.generic_of:
            fresh = new(i, c)
            fresh.title_from_ref = True
    for named, numbered in short_numbered:
        for cited in named.citations:
            numbered.add(cited)
        numbered.issuer = numbered.issuer or named.issuer
        for i, doc in doc_of.items():
            if doc is named:
                doc_of[i] = numbered
    docs[:] = [d for d in docs if not any(d is named for named, _ in short_numbered)]
    _merge_named_later(docs, index, text)
    _merge_issued_ahead(docs, text)
    _merge_approved_later(docs, text, citations)
    _merge_headline_plenum(text, docs)
    _merge_unnumbered_congress(docs)
    _merge_bare_congress(text, docs, article)
    _merge_headline_congress(text, docs)
    _merge_plenum_asides(text, docs)
    _merge_numbered_asides(text, docs)
    _merge_termless_plenum(docs)
    _merge_plenum_by_date(text, docs)
    # the titles of central documents: "Kết luận số 61-KL/TW … của Ban Bí thư về Đề án "Nâng cao vai trò … của Hội Nông
    # dân Việt Nam …"": a scheme named only there, with no body of its own, is the centre's, of no place
    # (its body may be named by the meeting only, the symbol central: "Kết luận số 51-KL/TW về Đề án “…” của Hội nghị")
    central_titles = [(c.end, c.cover_end) for c in citations if c.form == "numbered" and c.own_title
                      and c.cover_end > c.end and _of_the_centre(c)]
    # … and of a district's or a commune's: what its title carries out may be its province's scheme
    local_titles = [(c.end, c.cover_end) for c in citations if c.cover_end > c.end and _cited_level(c) in _BELOW_PROVINCE]
    starts = _citation_starts(docs)
    for doc in docs:
        if doc.issuer is None:
            doc.issuer = _replacer_s_body(doc)
        if doc.issuer is None and (bare := _BARE_COMMITTEE_OF_CODE.get(_code_of(doc))):
            # the code's bare "Đảng ủy" ("Đảng ủy Quân khu 7 tổ chức hội nghị … Đảng ủy Quân khu đã ban hành Kế hoạch
            # số 2216-KH/ĐU": the institution's short name, no subject read), or "Đảng ủy Khối" of an ĐUK's symbol
            named = _the_party_committee_named(bare, article, text, doc.first.start)
            doc.issuer = None if named is bare or _of_no_unit(named) else named
            if doc.issuer is None and bare is _BARE_PARTY_COMMITTEE and _after_the_reform(doc, citations):
                # "Xã Bác Ái Tây …. Đảng ủy xã xác định …, được cụ thể hóa trong Nghị quyết số 05-NQ/ĐU ngày
                # 20/10/2025": after the reform, the committee of the 2025 commune named last before it
                doc.issuer = commune_named_before(text, article, bare.name, _COMMUNE_KINDS, doc.first.start)
        doc.issuer = _the_party_committee_named(doc.issuer, article, text, doc.first.start)
        doc.issuer = _the_unit_numbered(doc.issuer, text, doc.first.start)
        doc.issuer = _in_the_district_named(doc.issuer, article, text) or _the_council_named(
            doc, text, article) or _issuer_from_code(doc, _body_place_before(text, doc, article)
                                                     or _code_place(text, doc, docs, starts, article), text)
        # placed by a subject that names a place only ("Tỉnh Quảng Ninh ban hành …"): the code's body there
        if doc.issuer is not None and not doc.issuer.name and doc.issuer.province_code:
            doc.issuer = _issuer_from_code(doc, _place_of(doc.issuer), text) or doc.issuer
        if doc.issuer is None:
            doc.issuer = _issuer_of_type(doc)
        if doc.issuer is None and central_titles and all(
                any(end <= c.start < cover_end for end, cover_end in central_titles) for c in doc.citations):
            doc.issuer = _UNNAMED_CENTRE  # named only in a central document's title, the subject of its act
        if doc.issuer is None and _by_quoted_name_only(text, doc) and not any(
                end <= c.start < cover_end for end, cover_end in local_titles for c in doc.citations):
            doc.issuer = _UNNAMED_CENTRE  # a scheme known by its quoted name alone, the nation's
    _merge_same_symbol_and_issuer(docs)
    docs.sort(key=lambda d: d.first.start)
    for n, doc in enumerate(docs, 1):
        doc.key = f"d{n}"
    return docs


def _heads_issuer(text: str, citations: list[Citation], i: int) -> bool:
    """Is the body after a number-only citation that of a document whose description holds it ("Kế hoạch sơ kết 5 năm
    thực hiện Chỉ thị 50 của Ban Thường vụ Tỉnh ủy": the plan's, not the directive's), or of a plan named by its noun
    alone right before it ("… xây dựng kế hoạch thực hiện Chỉ thị 03 của Thị ủy": the committee's plan)?"""
    c = citations[i]
    return c.issuer is not None and (any(
        h.start < c.start and h.end >= c.end and h.issuer is not None and h.issuer.name == c.issuer.name
        for h in citations[max(0, i - 3):i]) or _PLAN_NOUN_CARRIES_OUT.search(text, max(0, c.start - 60), c.start)
        is not None)



def _mark_replaced(text: str, citations: list[Citation], doc_of: dict[int, Resolved]) -> None:
    """The document each one is cited as replaced by, the one cited before "thay thế" in its sentence
    ("Quyết định 1521 thay thế Quyết định số 2036/QĐ-UBND …"): a short name or a reference after it that
    would mean the replaced one means the one in force ("Triển khai kế hoạch của tỉnh, UBND huyện …" is
    1521's plan, not 2036's)."""
    for i, doc in doc_of.items():
        start = citations[i].start
        window = text[max(0, start - 20):start]
        if i == 0 or doc.replaced_by is not None or "thay" not in window or not _REPLACED_OBJECT.search(window):
            continue
        by = doc_of.get(i - 1)
        if by is not None and by is not doc and citations[i - 1].start >= sentence_start(text, start):
            doc.replaced_at, doc.replaced_by = start, by
    # … and each listed after it ("Nghị định 168 … thay thế Nghị định 100/2019/NĐ-CP và Nghị định 123/2021/NĐ-CP")
    for i in sorted(doc_of):
        doc, listed = doc_of[i], doc_of.get(i - 1)
        if listed is not None and listed.replaced_by is not None and listed.replaced_at == citations[i - 1].start \
                and doc.replaced_by is None and listed.replaced_by is not doc \
                and _COORDINATED.fullmatch(text, citations[i - 1].end, citations[i].start):
            doc.replaced_at, doc.replaced_by = citations[i].start, listed.replaced_by


def _in_force(doc: Resolved, c: Citation) -> Resolved:
    """The document that stands for `doc` where `c` cites it: the one that replaced it before, if of c's type
    and of the body c names."""
    by = doc.replaced_by
    if by is not None and doc.replaced_at < c.start and by is not doc and _type_key(c) in _type_keys(by) \
            and (c.ref != "issuer" or _compatible(by.issuer, c.issuer)):
        return by
    return doc


def _merge_same_symbol_and_issuer(docs: list[Resolved]) -> None:
    """"Chương trình hành động số 118-CTr/ĐU ngày 05/6/2020" of "Đảng ủy Tập đoàn Điện lực Việt Nam", later "… số
    118-CTr/ĐU của Đảng ủy Tập đoàn": told apart while the short name was unread, one document once it names the
    same body (not another year's or term's of that symbol)."""
    first: dict[tuple, Resolved] = {}
    merged = set()
    for doc in docs:
        if doc.symbol is None or doc.issuer is None:
            continue
        issuer = doc.issuer
        key = (_symbol_key(doc.symbol), issuer.parent or issuer.name, issuer.province_code, issuer.district_code)
        earlier = first.setdefault(key, doc)
        if earlier is not doc and all(_same_period(earlier, c) for c in doc.citations):
            for cited in doc.citations:
                earlier.add(cited, takes_issuer=False)
            merged.add(id(doc))
    docs[:] = [d for d in docs if id(d) not in merged]


def _share_list_tails(text: str, citations: list[Citation]) -> None:
    """What a list writes once, after its last item:
    - the issuer, for documents with the same issuer code ("Chỉ thị số 31-CT/TU, ngày 06/3/2023
      và Nghị quyết số 15-NQ/TU, ngày 31/5/2023 của Ban Thường vụ Tỉnh ủy");
    - the date too, for symbols that continue one noun ("Nghị quyết số 18-NQ/TW và 19-NQ/TW
      ngày 25/10/2017", "… và số 19-NQ/TW …": one type, the later symbols without a noun of their own, the earlier
      with no tail of its own), for consecutive numbers of one type even with the noun repeated
      ("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013"), and for any items
      before "cùng ngày" ("Kết luận số 21-KL/TW và
      Quy định số 37-QĐ/TW cùng ngày 25/10/2021").
    The list is read from its end, so the last item's tails reach the first ("các Chỉ thị số
    05-CT/TW, 06-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị"); an item whose issuer the
    article names where it cites it alone keeps that one ("Kết luận số 121-KL/TW … về tổng kết
    Nghị quyết số 18-NQ/TW, Kết luận số 126-KL/TW và 127-KL/TW của Bộ Chính trị", where 18-NQ/TW
    is the Central Committee's). Numbers without a symbol share the issuer when the type is one
    ("Nghị quyết 57 và Nghị quyết 59 của Bộ Chính trị"), unless the article names another body for that number
    ("Nghị quyết 68 và Nghị quyết 198 của Quốc hội" after "Nghị quyết số 68-NQ/TW … của Bộ Chính trị")."""
    issued_by = {c.symbol.canonical for c in citations if c.symbol and c.issuer}
    bodies_of_number: dict[tuple[str, int], set[str]] = {}
    for c in citations:
        if c.number and c.issuer is not None:
            bodies_of_number.setdefault((c.type_code or "", number_key(c.number)), set()).add(c.issuer.name)
    for a, b in reversed(list(zip(citations, citations[1:]))):
        if not (a.form == b.form == "numbered" and a.cover_end <= b.start
                and _COORDINATED.fullmatch(text, a.cover_end, b.start)):
            continue
        if a.symbol is None and b.symbol is None:
            if a.number and b.number and a.issuer is None and (
                    a.type_code == b.type_code or {a.type_code, b.type_code} <= _PARTY_LINE_TYPES) \
                    and (b.issuer is None or bodies_of_number.get((a.type_code or "", number_key(a.number)),
                                                                  {b.issuer.name}) <= {b.issuer.name}):
                a.issuer = b.issuer
            continue
        if not (a.symbol and b.symbol and a.symbol.issuer_code == b.symbol.issuer_code):
            continue
        same_type = a.symbol.type_code == b.symbol.type_code
        if (a.date is None and b.date is not None and a.end == a.head_end
                and (same_type and (b.start == b.symbol.start or _consecutive(a.symbol, b.symbol)) or b.same_day)):
            a.date, a.same_day = b.date, b.same_day  # "… cùng ngày 12/12/2013": each item's, up the list
        # not the subject of a clause that issued b alone ("… đã ban hành Kế hoạch số 15-KH/TU thực hiện
        # Chương trình số 04-CTr/TU, Kế hoạch số 28-KH/TU …": the programme is not the district's)
        if a.issuer is None and b.issuer is not None and a.symbol.canonical not in issued_by \
                and (a.issued or not b.issued):
            a.issuer = b.issuer
    _share_list_heads(text, citations)


# the items of an enumeration after the first item's title: "…; Chương trình số 06-CTr/TU về …"
_ENUMERATED = re.compile(r"[ ]*(?:[;,][ ]*(?:và[ ]+)?|và[ ]+)(?:số[ ]*:?[ ]*)?")


def _share_list_heads(text: str, citations: list[Citation]) -> None:
    """What a list writes once, with its first item: the local issuer, for the next items of its type and code,
    each after the one before's title ("Chương trình số 05-CTr/TU ngày 20/1/2021 của Thành ủy Vũng Tàu về …;
    Chương trình số 06-CTr/TU về …; Chương trình số 07-CTr/TU về …": the city's three, not the province's). A central
    body is left alone: "/TW" is one code of three bodies ("Kết luận số 121-KL/TW của Ban Chấp hành Trung ương,
    Kết luận số 126-KL/TW …")."""
    for a, b in zip(citations, citations[1:]):
        if a.form == b.form == "numbered" and a.issuer is not None and b.issuer is None \
                and a.issuer.level != "central" and a.symbol and b.symbol \
                and a.symbol.issuer_code == b.symbol.issuer_code and a.symbol.type_code == b.symbol.type_code \
                and a.cover_end <= b.start and _ENUMERATED.fullmatch(text, a.cover_end, b.start):
            b.issuer = a.issuer


def _consecutive(a: Symbol, b: Symbol) -> bool:
    """Numbers one apart of one type: issued together, so one date serves both even with the noun
    repeated ("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013")."""
    return a.number.isdigit() and b.number.isdigit() and abs(int(a.number) - int(b.number)) == 1 \
        and a.year == b.year


def _canonical(c: Citation) -> str | None:
    """The canonical symbol: completed by the prose type (09/TW), TƯ read as the province's TU
    when a Tỉnh ủy signs, and a central Party number given its /TW."""
    symbol = c.symbol
    if symbol is not None:
        if symbol.type_code is None and symbol.system == "party":
            if c.type_code is None:
                return None
            symbol = symbol.with_type(c.type_code)
        if (symbol.issuer_code == "TW" and _TU_SPELLINGS.search(symbol.raw)
                and c.issuer is not None and c.issuer.level == "province"):
            symbol = symbol.with_issuer("TU")
        return symbol.canonical
    if c.issuer is not None and c.issuer.level == "central" and c.issuer.code == "TW" and c.type_code:
        return f"{c.number}-{c.type_code}/TW"
    return None


def _older_laws_in_descriptions(text: str, citations: list[Citation], doc_of: dict[int, Resolved],
                                docs: list[Resolved], new) -> None:
    """A law named with no year in the description of a document older than the newest law of that name is the law of
    the document's time: "Nghị định số 43/2014/NĐ-CP … quy định chi tiết thi hành một số điều của Luật Đất đai" in an
    article on "Luật Đất đai số 31/2024/QH15" details the law of 2013 ("Luật Đất đai số 45/2013/QH13" if the article
    cites it, else a law of that name it does not number). Which law that is no word tells, so no relation is read to
    it (relations; the gold of benchmarks s28 probe28e_hold h5)."""
    for i, c in enumerate(citations):
        if c.form != "named" or not c.key or not c.key.startswith("law:") or law_year(c.key) is not None \
                or (doc := doc_of.get(i)) is None or len(doc.citations) < 2:
            continue
        held_in = _described_by(text, citations, i)
        year = citation_year(held_in) if held_in is not None else 0
        if not 0 < year < _law_or_passing_year(doc):
            continue
        older = max((d for d in docs if d is not doc and 0 < _law_or_passing_year(d) <= year
                     and any(k.key and _same_law(k.key, c.key) for k in d.citations)), key=_law_or_passing_year,
                    default=None)
        doc.citations.remove(c)
        c.of_its_time = True
        if older is None:
            new(i, c)
        else:
            older.add(c)
            doc_of[i] = older


def _law_or_passing_year(doc: Resolved) -> int:
    """The year of a law: its symbol's or its name's, else the year it was passed ("Luật … ngày 19 tháng 02 năm 2025")."""
    return _law_doc_year(doc) or max((int(c.date[:4]) for c in doc.citations if c.date), default=0)


def _described_by(text: str, citations: list[Citation], i: int) -> Citation | None:
    """The numbered document whose description in the same clause names citation `i`: the one right before it."""
    if i == 0 or (holder := citations[i - 1]).form != "numbered":
        return None
    between = text[holder.end:citations[i].start]
    return None if ";" in between or ". " in between or "\n" in between else holder


def citation_year(c: Citation) -> int:
    """The year a citation gives its document: its legal normative symbol's, else its date's (0 if neither)."""
    return c.symbol.year if c.symbol and c.symbol.year else int(c.date[:4]) if c.date else 0


def _same_law(key: str, other: str) -> bool:
    """"law:luật:đất đai" names the law "law:luật:đất đai:2024" names; the law of 2013 is another."""
    return key == other or key.startswith(other + ":") or other.startswith(key + ":")


def _newest_law(by_key: dict[str, Resolved], key: str) -> Resolved | None:
    """Of the laws a yearless name names, the newest: "Luật Đất đai năm 1993 …, Luật Đất đai số 45/2013/QH13 … Luật
    Đất đai số 31/2024/QH15 …", then "Nghị định 102/2024/NĐ-CP quy định chi tiết … Luật Đất đai" (the first of a year
    on a tie)."""
    return max((d for k, d in by_key.items() if _same_law(k, key)), key=_law_doc_year, default=None)


def _law_doc_year(doc: Resolved) -> int:
    """The year a law's citations give it, by its symbol or its name (0 if none)."""
    return max((c.symbol.year if c.symbol and c.symbol.year else int(law_year(c.key or "") or 0)
                for c in doc.citations), default=0)


def law_year(key: str) -> str | None:
    """The year a law's key ends with ("law:luật:đất đai:2013"), if any."""
    tail = key.rpartition(":")[2]
    return tail if len(tail) == 4 and tail.isdigit() else None


def _other_year(doc: Resolved, key: str) -> bool:
    """A law of another year than `key`'s: "Luật Đất đai năm 2013" is not the "Luật Đất đai" that named "Luật Đất
    đai số 31/2024/QH15" before it."""
    year = law_year(key)
    return year is not None and any((cited := law_year(c.key or "")) and cited != year for c in doc.citations)


def _symbol_key(symbol: str) -> str:
    return _LEADING_ZEROS.sub("", symbol.upper().replace(" ", ""))


_SCHEME_CODE = "ĐA"
_DECISION_CODE = "QĐ"


def _approving_decisions(citations: list[Citation], text: str) -> dict[int, int]:
    """The decisions that carry a scheme (their citation's index) by their number: a scheme is known by the number
    of the decision that approves it ("Đề án \"Hỗ trợ phụ nữ khởi nghiệp …\" được phê duyệt tại Quyết định số
    939/QĐ-TTg", later "Đề án 939"; the corpus annotates a document attached to a decision as the decision)."""
    approving = {number_key(citations[c.alias_of].number): c.alias_of for c in citations
                 if c.alias_of is not None and c.type_code == _SCHEME_CODE and citations[c.alias_of].number}
    # "Quyết định số 06/QĐ-TTg phê duyệt Đề án 06", "… (Đề án 06)": a scheme named by the number of the decision
    # that approves it
    for i, c in enumerate(citations[1:], 1):
        decision = citations[i - 1]
        if c.form == "numbered" and c.type_code == _SCHEME_CODE and c.symbol is None and decision.symbol is not None \
                and decision.number and number_key(decision.number) == number_key(c.number) \
                and (_APPROVES.fullmatch(text, max(decision.cover_end, decision.end), c.start)
                     or _BRACKET_OPENS.fullmatch(text, max(decision.cover_end, decision.end), c.start)):
            approving.setdefault(number_key(c.number), i - 1)
    # "Quyết định số 06/QĐ-TTg ngày 6/1/2022 …" and, apart, "Tổ công tác triển khai Đề án 06": a scheme cited by a
    # bare number is known by its approving decision's, so the one decision of that number the article cites
    # carries it, though no phrase ties them
    decisions: dict[str, dict[str, int]] = {}  # number -> the first citation of each decision of that number
    for i, c in enumerate(citations):
        if c.symbol is not None and c.symbol.type_code == _DECISION_CODE and c.symbol.canonical:
            decisions.setdefault(number_key(c.symbol.number), {}).setdefault(_symbol_key(c.symbol.canonical), i)
    for c in citations:
        key = number_key(c.number) if c.number else ""
        if c.form == "numbered" and c.type_code == _SCHEME_CODE and c.symbol is None and key not in approving \
                and len(decisions.get(key, {})) == 1:
            approving[key] = next(iter(decisions[key].values()))
    return approving


_APPROVES = re.compile(rf"[ ]+(?:{phrase_pattern(cues('approve'))})[ ]+")
# what a decision's title says it issues or approves: "việc ban hành Hướng dẫn tạm thời …", "phê duyệt Kế hoạch …"
_ISSUES_IN_TITLE = re.compile(rf"(?:việc[ ]+)?(?:{phrase_pattern(cues('approve'))})[ ]+")
_ISSUES_AFTER = re.compile(rf"[ ]*,?[ ]*(?:về[ ]+)?{_ISSUES_IN_TITLE.pattern}")
_CARRIER_CODES = sorted({_PROSE_CODE[t] for t in _CARRIERS if t in _PROSE_CODE})  # a fixed order, whatever the hash seed


def _issuing_decision(text: str, c: Citation, index: _Index) -> Resolved | None:
    """The decision cited before that issues a document of c's type under c's number, as its title says ("Quyết định
    số 4800/QĐ-BYT … về việc ban hành Hướng dẫn tạm thời …", later "Hướng dẫn 4800 của Bộ Y tế"): the guide is known by
    the decision's number, and a document attached to a decision is the decision (corpus/README)."""
    if c.symbol is not None or not c.type or not c.number:
        return None
    kind = fold(c.type)
    for code in _CARRIER_CODES:
        for doc in index.by_number.get((code, number_key(c.number)), ()):
            # (its title read, or what follows it: "Quyết định số 915/QĐ-UBND phê duyệt Kế hoạch phát triển …", the plan
            # cited by its name)
            if doc.first.start < c.start and _compatible(doc.issuer, c.issuer) and any(
                    (m := _ISSUES_IN_TITLE.match(d.title) if d.title else _ISSUES_AFTER.match(text, d.anchor)) is not None
                    and fold((d.title or text)[m.end():m.end() + len(c.type) + 1]).rstrip() == kind
                    for d in doc.citations if d.form == "numbered"):
                return doc
    return None
# "Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ (Đề án 06)": the scheme's short name in brackets after it
_BRACKET_OPENS = re.compile(rf"[ ]*\([ ]*(?:(?:{phrase_pattern(cues('alias'))})[ ]+)?")


def _cited_on(docs: list[Resolved], c: Citation) -> Resolved | None:
    """The one document of the symbol already cited with c's date, when several are known ("UBND tỉnh Hà Giang ban
    hành Kế hoạch số 74/KH-UBND ngày 10/3/2021 …. Cùng số hiệu, UBND tỉnh Yên Bái ban hành Kế hoạch số 74/KH-UBND
    ngày 25/3/2021 …", later "… sửa đổi, bổ sung Kế hoạch số 74/KH-UBND ngày 10/3/2021": Hà Giang's, not the last
    cited)."""
    if len(docs) < 2 or not c.date:
        return None
    dated = [d for d in docs if _compatible(d.issuer, c.issuer) and any(x.date == c.date for x in d.citations)]
    return dated[0] if len(dated) == 1 else None


def _of_acting_body(text: str, citations: list[Citation], doc_of: dict[int, Resolved], i: int,
                    docs: list[Resolved]) -> Resolved | None:
    """The one document of the symbol, when several bodies' are known and c names none, of the body whose document acts
    on it in its sentence ("UBND tỉnh Hà Tĩnh ban hành Quyết định số 35/2021/QĐ-UBND …. … như UBND tỉnh Nghệ An với
    Quyết định số 35/2021/QĐ-UBND …. UBND tỉnh Hà Tĩnh ban hành Quyết định số 22/2024/QĐ-UBND sửa đổi, bổ sung một số
    điều của Quyết định số 35/2021/QĐ-UBND": a body amends its own, not the one cited last)."""
    if len(docs) < 2 or citations[i].issuer is not None:
        return None
    start = sentence_start(text, citations[i].start)
    acting = next((doc_of[k] for k in range(i - 1, -1, -1) if citations[k].start >= start and k in doc_of
                   and doc_of[k].issuer is not None and doc_of[k] not in docs), None)
    if acting is None:
        return None
    own = [d for d in docs if d.issuer is not None and d.issuer.name == acting.issuer.name]
    return own[0] if len(own) == 1 else None


def _same_number(c: Citation, index: _Index) -> Resolved | None:
    """The document with this type and number cited before `c`, else after it."""
    matches = [d for d in index.by_number.get((c.type_code or "", number_key(c.number)), ())
               if _compatible(d.issuer, c.issuer)]
    before = [d for d in matches if d.first.start < c.start]
    if before:  # of two of the number, the one that replaced the other ("Chỉ thị 35" is no 45-CT/TW that replaced it)
        latest = max(before, key=lambda d: d.last_before(c.start))
        return next((d for d in before if d is _in_force(latest, c)), latest)
    return matches[0] if matches else None


def _same_number_placed_elsewhere(text: str, c: Citation, index: _Index, article: Place | None) -> Resolved | None:
    """The one document of this type and number cited before `c` by the same kind of local body in another place, when
    `c` names its body without a place and so took the article's: "Chỉ thị 12 của UBND tỉnh" in a round-up's paragraph
    about Hà Tĩnh is the "Chỉ thị số 12/CT-UBND" of UBND tỉnh Hà Tĩnh just cited, not Quảng Trị's, the article's.
    Not when its clause opens with its place ("Tại Quảng Trị, Chỉ thị 12 của UBND tỉnh …")."""
    issuer = c.issuer
    if issuer is None or issuer.level not in _LOCAL_LEVELS or not issuer.own_unit \
            or fold(issuer.own_unit) in fold(text[c.start:c.end]) or clause_place(text, c.start, article) is not article:
        return None
    found = [d for d in index.by_number.get((c.type_code or "", number_key(c.number)), ())
             if d.first.start < c.start and d.issuer is not None and d.issuer.level == issuer.level
             and d.issuer.code == issuer.code]
    return found[0] if len(found) == 1 else None


_LOCAL_LEVELS = ("province", "district", "commune")


def _same_period(doc: Resolved, c: Citation) -> bool:
    """Could `c` be `doc` by its date or term? A state symbol without a year is numbered anew each year
    (vn-conventions §1.2): "Nghị quyết số 01/NQ-CP ngày 5/1/2024" is not the 01/NQ-CP of 8/1/2025; a
    Party symbol each term (§1.1): "Nghị quyết số 17-NQ/TU, ngày 12 tháng 3 năm 2014" of one congress'
    committee is not the 17-NQ/TU of 13/12/2021 that replaces it, nor 18-NQ/TW of 2017 that of 2022, nor
    "Nghị quyết 18-NQ/TW khóa XII" that "khóa XIII"."""
    if c.symbol is None or c.symbol.year:
        return True
    if c.term and any(d.term and d.term != c.term for d in doc.citations):
        return False
    return not c.date or all(d.date[:4] == c.date[:4] for d in doc.citations if d.date)


# "Chỉ thị 48-CT/TW của Trung ương": the Party's centre at large, which the prose also names by the body that issued
# the document ("Chỉ thị số 48-CT/TW … của Bộ Chính trị"), not its Central Committee (data/cues generic_centre)
_GENERIC_CENTRE = re.compile(rf"(?<![^\W\d_])của[ ]+(?:{phrase_pattern(cues('generic_centre'))})\Z")


def _generic_centre(text: str, c: Citation) -> bool:
    return c.issuer is not None and c.issuer.name == CENTRAL_COMMITTEE \
        and _GENERIC_CENTRE.search(text, max(0, c.end - 20), c.end) is not None


def _one_body(doc: Resolved, c: Citation) -> bool:
    """Could the citation's issuer be the body of the document its symbol named before? As `_compatible`, and a
    central symbol of the Party is one document whichever central body each names: the Central Committee, the
    Politburo and the Secretariat share one sequence of numbers (vn-conventions §1.1), and the prose attributes
    loosely ("Nghị quyết số 18-NQ/TW … của Hội nghị Trung ương 6", later "… của Bộ Chính trị"); another term's is
    told apart by its date (`_same_period`)."""
    if _compatible(doc.issuer, c.issuer):
        return True
    return doc.issuer is not None and c.issuer is not None and doc.issuer.code == c.issuer.code == "TW"


def _kind_named(text: str, c: Citation) -> str:
    """The kind of document a citation names, folded: its type and, before its "của", the words that say what it is
    ("Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ xã": "chuong trinh kiem tra, giam sat nam
    2026"; "Chương trình hành động số 05-CTr/ĐU": "chuong trinh hanh dong")."""
    of_at = text.find(" của ", c.head_end, c.end) if c.form == "ref" else -1
    words = text[c.head_end:of_at].strip(" ,") if of_at != -1 else ""
    if words and TYPE_WORD_RE.search(words) is not None:
        words = ""  # "Quy chế được xây dựng trên cơ sở Quy chế làm việc của …": no kind, another document in its words
    if c.form == "numbered" and c.type and (number := _NUMBER_OF_HEAD.search(text, c.start, c.head_end)):
        # the words between its noun and its number: "Quy chế phối hợp số 08-QC/…" is no "Quy chế làm việc của …"
        head = fold(text[c.start:number.start()])
        return head if head.startswith(fold(c.type)) else fold(c.type)
    return fold(f"{c.type or ''} {words}".strip())


_NUMBER_OF_HEAD = re.compile(r"[ ]*(?:[(][^)]*[)][ ]*)?(?:[Ss]ố:?[ ]*)?\d")


def _of_kind(text: str, doc: Resolved, c: Citation, kind: str) -> bool:
    """Does a citation of the document name the kind `c` names, and none of c's type, or a type that names a kind of
    it, another kind ("Chương trình hành động số 02-CTr/HU", later its bare "Chương trình", is no "Chương trình kiểm
    tra, giám sát toàn khóa của Ủy ban Kiểm tra Huyện ủy")?"""
    kinds = [(fold(x.type or ""), _kind_named(text, x)) for x in doc.citations]
    own = fold(c.type or "")
    return any(_same_kind(kind, k) for _, k in kinds) \
        and not any(type_.startswith(own) and not _same_kind(kind, k) for type_, k in kinds)


def _same_kind(a: str, b: str) -> bool:
    """Does one kind name the other or more of it ("chuong trinh" and "chuong trinh hanh dong"), not another kind of the
    type ("chuong trinh hanh dong" and "chuong trinh kiem tra, giam sat")?"""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _compatible(a: Issuer | None, b: Issuer | None) -> bool:
    """Could these two issuers be one body? Unknown ones could; a central body is itself; local
    bodies need the same place (and the same code when both are known)."""
    if a is None or b is None or a.name == b.name:
        return True
    if a.level == "central" or b.level == "central":
        if a.level != b.level:  # "Kế hoạch của Đảng ủy Khối" in an article of no place: the central bloc's
            local = b if a.level == "central" else a
            return a.code == b.code is not None and local.province_code is None and _unit_code(local) is None
        return a.code == b.code != "TW"
    if a.code and b.code and a.code != b.code:
        return False
    if "unknown" in (a.level, b.level):
        return True
    if a.level == b.level and (_unit_code(a) is None) != (_unit_code(b) is None):
        return _bare_of(*((a, b) if _unit_code(a) is None else (b, a)))
    # UBND huyện and UBND thị trấn of one district are two bodies
    return (a.level, a.province, a.district, a.commune) == (b.level, b.province, b.district, b.commune)


def _unit_code(issuer: Issuer) -> str | None:
    """The code of the unit at the issuer's own level: a commune's for "UBND xã Vượng Lộc",
    none for a bare "UBND xã" or "Đảng ủy" that only took the article's district or province."""
    return issuer.commune_code if issuer.level == "commune" else \
        issuer.district_code if issuer.level == "district" else issuer.province_code


def _bare_of(bare: Issuer, named: Issuer) -> bool:
    """Could the body named without its unit ("Nghị quyết của Đảng ủy", "kế hoạch của UBND xã")
    be this one named with it ("Đảng ủy thị trấn Thiên Cầm")? When the named body's unit lies
    in the place the bare one took from the article; after the reform that is the 2025
    province, where a ward keeps its former province's name ("phường Kon Tum" in Quảng Ngãi), and
    the 2025 province is coded anew (An Giang 89 is 91 since, Kiên Giang's code: "đặc khu Phú Quốc")."""
    within = bare.district_code or bare.province_code
    if within is None:
        return True
    code = _unit_code(named)
    legacy, new = (gazetteer.get(era, named.level, code) for era in gazetteer.ERAS)
    if legacy is not None and (legacy.code == within or gazetteer.is_within(legacy, within)):
        return True
    province = None if bare.district_code else gazetteer.get("legacy", "province", within)
    targets = [u.code for u in gazetteer.successors(province)] if province else [within]
    return new is not None and any(new.code == t or gazetteer.is_within(new, t) for t in targets)


def _referent(text: str, c: Citation, index: _Index, doc_of: dict[int, Resolved],
              article: Place | None = None) -> Resolved | None:
    if c.ref == "cataphor":
        return doc_of.get(c.target) if c.target is not None else None
    first, latest = index.around(_type_key(c), c.start)
    if c.ref == "titled":  # the one of its type cited before with a title like its own
        same = [d for d in latest if d.title and _similar(d.title, c.title)]
        return _latest(same, c) if same else None
    if c.ref == "this":  # "Nghị quyết số 140/NQ-CP về Chương trình hành động thực hiện Nghị quyết này": not 140 itself
        # (the sentence's subject replacing it after "và" is the one that does not, not the document named just before)
        replacing = [d for d in latest if _subject_replaces_this(text, d, c.start)]
        first, latest = ([d for d in docs if not _titled_over(d, c.start) and not _carries_out_this(text, d, c.start)
                          and (d not in replacing if replacing else not _replaces_this(text, d, c.start))]
                         for docs in (first, latest))
        if c.type is None:  # "văn bản này": the document named before, not one named last inside its title ("Kế
            # hoạch số 25-KH/TU về thực hiện Nghị quyết 66-NQ/TW; Kế hoạch … là một bước cụ thể hóa văn bản này")
            first, latest = ([d for d in docs if not _named_last_inside(d, docs, c.start)] for docs in (first, latest))
    if c.ref == "issuer":
        # "… cụ thể hóa Nghị quyết của Đảng ủy" after "Đảng ủy Công an tỉnh Hà Tĩnh ban hành Nghị quyết số 35-NQ/ĐU":
        # a bare Party committee is the one the text named in full, as a document's issuer is (below)
        issuer = _the_party_committee_named(c.issuer, article, text, c.start)
        same = [d for d in latest if (d.issuer is not None and d.issuer.name == issuer.name)
                or ((c.type_code is not None or not issuer.name) and _compatible(d.issuer, issuer)
                    and not _other_system(d, issuer) and not _other_tier(d, issuer))]
        if c.type_code is None and issuer.name:  # "Văn bản của Ban Tuyên giáo Tỉnh ủy": that body's own document
            same = [d for d in same if d.issuer is not None and d.issuer.name == issuer.name]
        if not issuer.name:  # "kế hoạch của tỉnh": its People's Committee's or Party committee's, not a department's
            same = [d for d in same if d.issuer is not None and d.issuer.name and d.issuer.code in _AUTHORITY_CODES]
            if not same and issuer.level == "province" and issuer.province_code:
                # "… để triển khai kế hoạch của tỉnh" after "Kế hoạch số 150/KH-UBND … của UBND tỉnh Vĩnh Phúc (cũ)" in
                # an article of Phú Thọ, which Vĩnh Phúc joined in 2025, and of none of Phú Thọ's own: the former one's
                same = [d for d in latest if d.issuer is not None and d.issuer.level == "province" and d.issuer.name
                        and d.issuer.code in _AUTHORITY_CODES and d.issuer.province_code
                        and gazetteer.merged_together(d.issuer.province_code, issuer.province_code)]
        if c.own_title:
            same = [d for d in same if d.title and _similar(d.title, c.title)]
        if (year := _YEAR_BEFORE_OF.search(text, c.start, c.end)) is not None:
            # "Nghị quyết lãnh đạo năm 2024 của Đảng ủy Quân sự tỉnh" after the congress resolution of its Party
            # organisation: that year's, as a bare noun with its year is (below)
            same = [d for d in same if _of_year(d, year.group("year"))
                    or any(f"năm {year.group('year')}" in text[x.start:x.end] for x in d.citations)]  # named so before
        kind = _kind_named(text, c)
        # (and none of its type naming another kind: "Quy chế phối hợp số 08-QC/…", later its bare "Quy chế", is no "Quy
        # chế làm việc của Ban Chấp hành …")
        same = [d for d in same if _of_kind(text, d, c, kind)]
        # that body's own before one of no known issuer ("… để cụ thể hóa kế hoạch của Cục" after the Chi cục's plan)
        named = [d for d in same if d.issuer is not None and d.issuer.name == issuer.name]
        if not issuer.name and len(same) > 1:
            # "Cụ thể hóa Kế hoạch của tỉnh …" after the province's plan on the article's subject and another one of it
            # cited since ("… theo Kế hoạch số 356-KH/TU … về chuyển đổi số"): a level's plan is the one of the subject,
            # the first cited, not the latest
            return _in_force(min(same, key=lambda d: d.first.start), c)
        return _latest(named or same, c) if same else None
    if c.ref == "bare" and (year := _YEAR_NAMED.search(text, c.start, c.end)):
        # "Kế hoạch năm 2023 được xây dựng trên cơ sở …" after the district's plans of 2021, 2022 and 2023: that year's
        of_year = [d for d in latest if _of_year(d, year.group("year"))]
        return _latest(of_year, c) if of_year else None
    if not latest:
        return None
    focus = [_in_force(d, c) for d in first if d.issued and _issued_as(d, c)]
    if not focus:
        if c.ref == "bare" and (first[0].first.headline or c.type_code is None and c.type == "Luật"):
            # "Từ 1/1/2025, áp dụng Nghị định 168/…" … "Để triển khai Nghị định, …": the article's subject; a bare
            # "Luật" too is the law the article opens with, not one its history names after it
            return first[0]
        near = _latest(latest, c)
        if c.ref in ("bare", "this") and (subject := _subject_acting_on(text, near, latest, c.start)) is not None:
            return subject
        return near
    near = _latest(latest, c)
    if c.ref == "this" and near is not focus[0] and (near.issued or _opens_sentence(text, near.last_before(c.start))) \
            and _named_just_before(text, near, focus[0], c.start):
        return near
    if c.ref in ("this", "bare") and near is not focus[0] and _named_in_its_sentence(text, near, focus[0], c.start) \
            and not _named_in_its_lead(text, near, c.start):
        return near
    if c.ref == "this" and near is not focus[0] and _carried_out_by_the_one_before(text, near, focus[0], c.start, doc_of):
        return near
    if c.ref == "bare" and near is not focus[0] and _opens_sentence(text, c.start) \
            and _issued_just_before(text, near, focus[0], c.start):
        return near
    if c.ref in ("this", "bare") and _opens_sentence(text, c.start) \
            and (passed := _passed_just_before(text, latest, focus[0], c.start)) is not None:
        return passed
    return focus[0]


def _passed_just_before(text: str, latest: list[Resolved], focus: Resolved, pos: int) -> Resolved | None:
    """"Cũng tại kỳ họp, HĐND quận thông qua Nghị quyết số 30/NQ-HĐND điều chỉnh Nghị quyết số 41/NQ-HĐND …. Nghị
    quyết này được ban hành căn cứ …": opening the sentence right after one that reports another document of its type
    passed, where the article's first one is not named, "X này" is the one passed, not the one it acts on."""
    start = sentence_start(text, max(0, sentence_start(text, pos) - 2))
    if focus.last_before(pos) >= start:
        return None
    passed = [d for d in latest if d is not focus and any(x.issued and start <= x.start < pos for x in d.citations)]
    return max(passed, key=lambda d: max(x.start for x in d.citations if x.issued and start <= x.start < pos)) \
        if passed else None


def _issued_just_before(text: str, near: Resolved, focus: Resolved, pos: int) -> bool:
    """"Kỳ họp cũng thông qua Nghị quyết số 09/2024/NQ-HĐND …. Nghị quyết nhằm cụ thể hóa Nghị định số 97/…": a
    bare noun opening a sentence right after one that reports another document of its type issued or passed, where
    the article's own document is not named, is that document, not the article's."""
    start = sentence_start(text, max(0, sentence_start(text, pos) - 2))
    return any(x.issued and start <= x.start < pos for x in near.citations) and focus.last_before(pos) < start


_YEAR_NAMED = re.compile(r"[ ]năm[ ]+(?P<year>\d{4})$")
_YEAR_BEFORE_OF = re.compile(r"[ ]năm[ ]+(?P<year>\d{4})[ ]+(?:của|do)[ ]")  # "… năm 2024 của Tỉnh ủy"


def _of_year(doc: Resolved, year: str) -> bool:
    """Is the document dated in `year`, or titled for it ("… về cải cách hành chính năm 2024")?"""
    return any(c.date and c.date.startswith(year) for c in doc.citations) \
        or doc.title is not None and f"năm {year}" in doc.title


def _subject_acting_on(text: str, near: Resolved, latest: list[Resolved], pos: int) -> Resolved | None:
    """"Nghị quyết được xây dựng trên cơ sở Nghị quyết số 08-NQ/TU … . Mục tiêu … . Để cụ thể hóa Nghị quyết, …":
    the document that opened the sentence naming the latest one as what it acts on, named by nothing since, is
    what a bare noun or "Nghị quyết này" takes back, not its object."""
    at = near.last_before(pos)
    others = [d for d in latest if d is not near]
    if not others:
        return None
    subject = max(others, key=lambda d: d.last_before(pos))
    opened = subject.last_before(pos)
    start = sentence_start(text, at)
    return subject if start <= opened < at and (_opens_sentence(text, opened)
                                                or _CONNECTIVE.fullmatch(text, start, opened)) else None


# "Trong đó, Nghị quyết số 26/2023/NQ-HĐND … được ban hành căn cứ Nghị quyết 98 …. Nghị quyết này thay thế …":
# a connective of a few words before the subject still leaves it the sentence's subject
_CONNECTIVE = re.compile(r"[^\W\d_]+(?:[ ]+[^\W\d_]+){0,2},[ ]+")


def _titled_over(doc: Resolved, pos: int) -> bool:
    """Does a citation of the document carry a title that runs over `pos`, or the description of what it issues
    ("Nghị quyết số 03/NQ-CP … ban hành Chương trình hành động … thực hiện Nghị quyết này": the programme is 03)?"""
    return any((x.own_title or x.alias_of is not None) and x.start < pos < x.cover_end for x in doc.citations)


# what an attached document does right before "X này": "Nghị quyết số 03/NQ-CP … ban hành Chương trình hành động
# của Chính phủ thực hiện Nghị quyết này" (the programme is 03, and 03 does not carry itself out)
_IMPLEMENTS_IN_GAP = [r["phrase"] for r in read_table("relation_phrases.tsv")
                      if r["relation"] == "implements" and r["where"] in ("gap", "both") and "*" not in r["phrase"]]
_CARRIES_OUT_BEFORE = re.compile(rf"[ ]+(?:{phrase_pattern(_IMPLEMENTS_IN_GAP)})[ ]+")
# a plan named by its lowercase noun alone, then what it carries out: "kế hoạch thực hiện ", "chương trình triển khai "
_PLAN_NOUN_CARRIES_OUT = re.compile(
    rf"(?<![^\W\d_])(?:{phrase_pattern(t.lower() for t in cues('plan_type'))})"
    rf"(?:[ ]+(?:để|nhằm))?[ ]+(?:{phrase_pattern(_IMPLEMENTS_IN_GAP)})[ ]+\Z")
_CARRIES_OUT_CHARS = 30
# a document said to be the act on "X này" right after it: "Kế hoạch 72 là một bước cụ thể hóa văn bản này", "… chính
# là sự triển khai Nghị quyết này" (the document of the sentence before; a document does not carry itself out)
_IS_THE_ACT_BEFORE = re.compile(
    rf"[ ,]*(?:(?:{phrase_pattern(cues('copula_adverb'))})[ ]+)?là(?:[ ]+[^\W\d_]+){{0,3}}?"
    rf"[ ]+(?:{phrase_pattern(_IMPLEMENTS_IN_GAP)})[ ]+")
_IS_THE_ACT_CHARS = 60
# a document's own purpose right after its citation: "UBND tỉnh ban hành Kế hoạch số 78/KH-UBND ngày 15/4/2025 để
# triển khai kế hoạch này" (the plan of the sentence before; a plan does not carry itself out)
_OWN_PURPOSE_BEFORE = re.compile(rf"[ ,]*(?:(?:để|nhằm)[ ]+)?(?:{phrase_pattern(_IMPLEMENTS_IN_GAP)})[ ]+")


def _named_last_inside(doc: Resolved, docs: list[Resolved], pos: int) -> bool:
    """Is the last citation of `doc` before `pos` inside the title or description of another of `docs`' citations?"""
    before = [x for x in doc.citations if x.start < pos]
    return bool(before) and any(y.start < before[-1].start and before[-1].end <= y.cover_end <= pos
                                for d in docs if d is not doc for y in d.citations)


def _carries_out_this(text: str, doc: Resolved, pos: int) -> bool:
    """Is "X này" at `pos` what a document attached to `doc` carries out, its phrase right after the attached one's name,
    what `doc` itself carries out, its phrase right after its citation ("A để triển khai X này"), or what `doc` is said
    to be the act on, right after its citation ("A là một bước cụ thể hóa X này")?"""
    return any(x.alias_of is not None and 0 < pos - max(x.end, x.cover_end) <= _CARRIES_OUT_CHARS
               and _CARRIES_OUT_BEFORE.fullmatch(text, max(x.end, x.cover_end), pos)
               or x.alias_of is None and 0 < pos - max(x.end, x.cover_end) <= _CARRIES_OUT_CHARS
               and _OWN_PURPOSE_BEFORE.fullmatch(text, max(x.end, x.cover_end), pos)
               or 0 < pos - max(x.end, x.cover_end) <= _IS_THE_ACT_CHARS
               and _IS_THE_ACT_BEFORE.fullmatch(text, max(x.end, x.cover_end), pos) for x in doc.citations)


# what a document does to another right before "X này": "Chỉ thị số 24/CT-UBND thay thế Chỉ thị này và …" (the
# directive of the sentence before; a document does not replace or amend itself)
_REPLACING = [r["phrase"] for r in read_table("relation_phrases.tsv")
              if r["relation"] in ("replaces", "amends") and r["where"] == "gap" and "*" not in r["phrase"]
              and ("thay" in r["phrase"] or "sửa đổi" in r["phrase"])]
_REPLACES_BEFORE = re.compile(rf"[ ]+(?:{phrase_pattern(_REPLACING)})[ ]+\Z")
_REPLACES_CHARS = 80


def _replaces_this(text: str, doc: Resolved, pos: int) -> bool:
    """Is "X này" at `pos` what a citation of `doc` earlier in its sentence replaces or amends ("A thay thế X này")?"""
    start = max(sentence_start(text, pos), pos - _REPLACES_CHARS)
    return any(start <= x.start and max(x.end, x.cover_end) < pos
               and _REPLACES_BEFORE.search(text[max(x.end, x.cover_end):pos]) for x in doc.citations)


# … or the sentence's subject does, its predicate taken up after "và": "Nghị quyết số 19-NQ/TW … được ban hành trên cơ
# sở tổng kết … Nghị quyết số 26-NQ/TW … và thay thế Nghị quyết này" (19 replaces 26; without "và" the verb is the
# latest document's, which the window above sees)
_SUBJECT_REPLACES_BEFORE = re.compile(rf"[ ]+và[ ]+(?:{phrase_pattern(_REPLACING)})[ ]+\Z")


def _subject_replaces_this(text: str, doc: Resolved, pos: int) -> bool:
    """Is "X này" at `pos` what `doc`, the subject opening its sentence, replaces or amends after "và"?"""
    start = sentence_start(text, pos)
    return _SUBJECT_REPLACES_BEFORE.search(text[start:pos]) is not None \
        and any(x.start < pos and sentence_start(text, x.start) == start and _opens_sentence(text, x.start)
                for x in doc.citations)


def _opens_sentence(text: str, pos: int) -> bool:
    """"… Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 quy định về bồi thường … . Kể từ ngày Nghị định này có
    hiệu lực, …" in a round-up of new rules, each in its own paragraph: a document that is the subject of
    the sentence before is the one "này" points at, as one the article reports issued is."""
    # (after an opener that links it to the sentence before too: "Đồng thời, Chương trình triển khai …")
    start = sentence_start(text, pos)
    return not text[start:pos].strip() or REPORTING_OPENER.fullmatch(text, start, pos) is not None


def _named_just_before(text: str, near: Resolved, focus: Resolved, pos: int) -> bool:
    """"Trước đó, Thành ủy Vinh đã ban hành Nghị quyết số 10-NQ/TU …. Các phường xây dựng kế
    hoạch theo tinh thần Nghị quyết này": another document issued, named in this sentence or the
    one before where the article's own document is not, is the one "này" points at. The sentence before runs over
    its clauses after "; ": the last basis in "Quyết định được ban hành căn cứ …; Quyết định số 4660/QĐ-UBND …."
    is not what "Quyết định này có hiệu lực … và thay thế …" opening the next paragraph points at."""
    start = sentence_start(text, max(0, sentence_start(text, pos) - 2))
    while start >= 2 and text[start - 2:start] == "; ":
        start = sentence_start(text, start - 2)
    return near.last_before(pos) >= start > focus.last_before(pos)


_CARRIES_OUT_ENDING = re.compile(rf"[ ]+(?:{phrase_pattern(_IMPLEMENTS_IN_GAP)})[ ]+\Z")


def _carried_out_by_the_one_before(text: str, near: Resolved, focus: Resolved, pos: int,
                                   doc_of: dict[int, Resolved]) -> bool:
    """"Nghị quyết 157 … nhằm cụ thể hóa Nghị quyết số 19-NQ/TW … và Chương trình hành động số 35-CTr/TU … của Tỉnh ủy
    thực hiện Nghị quyết này": what a document cited by its number right before "X này" carries out is the one of
    its type named last in the sentence, after the article's own document, not that one (it names what was
    issued before it)."""
    at = near.last_before(pos)
    if not sentence_start(text, pos) <= at or at <= focus.last_before(pos):
        return False
    phrase = _CARRIES_OUT_ENDING.search(text, max(at, pos - _CARRIES_OUT_CHARS), pos)
    return phrase is not None and any(
        x.end == phrase.start() and x.form == "numbered" and x.start > at
        for d in {id(d): d for d in doc_of.values()}.values() if d is not near and d is not focus for x in d.citations)


def _named_in_its_sentence(text: str, near: Resolved, focus: Resolved, pos: int) -> bool:
    """"Chính phủ yêu cầu các bộ tiếp tục thực hiện Nghị quyết số 68-NQ/TW …; khẩn trương hoàn thiện Chương trình
    hành động thực hiện Nghị quyết này" in the report of another resolution: a document named earlier in the
    sentence of "này" (its clauses after "; " included), where the article's own document is not, is the one it
    points at."""
    start = sentence_start(text, pos)
    while start >= 2 and text[start - 2:start] == "; ":
        start = sentence_start(text, start - 2)
    return near.last_before(pos) >= start > focus.last_before(pos)


def _named_in_its_lead(text: str, near: Resolved, pos: int) -> bool:
    """"UBND tỉnh vừa ban hành Kế hoạch số 02/KH-UBND …. Căn cứ Nghị quyết số 76/NQ-CP …; Quyết định số 1950/QĐ-UBND
    … ban hành Kế hoạch cải cách hành chính …, Kế hoạch đề ra 7 nhóm nhiệm vụ": the bare noun after the comma is the
    subject of the sentence's lead, and what the lead names is what it rests on or carries out, not what it is."""
    if not text.endswith(", ", 0, pos):
        return False
    start = sentence_start(text, pos)
    while start >= 2 and text[start - 2:start] == "; ":
        start = sentence_start(text, start - 2)
    return near.last_before(pos) >= start and _LEAD_OPENING.match(text, start) is not None


_LEAD_OPENING = re.compile(rf"(?:(?:[Đđ]ể|[Nn]hằm)[ ]+)?(?:{phrase_pattern(LEAD_PHRASES, either_case=True)})[ ]")


def _other_system(doc: Resolved, issuer: Issuer) -> bool:
    """A document whose symbol is of the other system than the body a reference names: "12-KH/TU"
    (a Party plan) is no "kế hoạch của Ủy ban nhân dân tỉnh", whatever the prose calls it."""
    code = _code_of(doc)
    ours, theirs = issuer_code(code) if code else None, issuer_code(issuer.code) if issuer.code else None
    return ours is not None and theirs is not None and ours.system != theirs.system


def _other_tier(doc: Resolved, issuer: Issuer) -> bool:
    """A document whose Party symbol is of another tier than the Party body a reference names: "07-HD/TU" (a
    provincial guidance whose issuer the text leaves unnamed) is no "hướng dẫn của Trung ương" ("… đúng hướng dẫn
    của Trung ương"), nor "12-KL/TW" any "kết luận của Tỉnh ủy"."""
    code = _code_of(doc)
    ours, theirs = issuer_code(code) if code else None, issuer_code(issuer.code) if issuer.code else None
    return ours is not None and theirs is not None and ours.system == theirs.system == "party" \
        and (ours.level == "central") != (theirs.level == "central")


def _signs_in_another_tier(doc: Resolved, c: Citation) -> bool:
    """Does the body after a number alone sign in another tier or system than the document's symbol? "Kế hoạch thực
    hiện Nghị quyết 18 của Tỉnh ủy" after "Nghị quyết số 18-NQ/TW": the "của" is the plan's, never the centre's
    resolution's."""
    return c.issuer is not None and (_other_tier(doc, c.issuer) or _other_system(doc, c.issuer))


def _signed_by_other(doc: Resolved, issuer: Issuer | None) -> bool:
    """Does the document's symbol name another kind of body than `issuer`?"""
    code = _code_of(doc)
    return issuer is not None and code is not None and issuer.code is not None and issuer.code != code


def _issued_as(doc: Resolved, c: Citation) -> bool:
    """Is the document reported issued under the type `c` names ("Nhằm cụ thể hóa Quyết định số 919/QĐ-TTg … phê
    duyệt Chương trình Mỗi xã một sản phẩm …" issues the programme, not the decision: a later "Quyết định này" is
    not 919 for that)?"""
    key = _type_key(c)
    return key == "*" or any(x.issued and not x.headline and (_type_key(x) == key or _same_type_named(x, c, key))
                             for x in doc.citations)


def _same_type_named(x: Citation, c: Citation, key: str) -> bool:
    """Is `x` of the type `c` names, its symbol's own code aside: "Quy định số 28-QĐi/TU" is the "Quy định" (QĐ, as
    prose names the type) a later "Quy định này" takes back."""
    return x.type == c.type and _PROSE_CODE.get(x.type) == key


def _latest(docs: list[Resolved], c: Citation) -> Resolved:
    return _in_force(max(docs, key=lambda d: d.last_before(c.start)), c)


def _issued_before(text: str, c: Citation, index: _Index) -> Resolved | None:
    """The document a bare noun issued in a clause about a known issuing is ("Chỉ thị số 33-CT/TW …
    của Ban Bí thư …, ngay sau khi Ban Bí thư ban hành Chỉ thị, …"): the latest one cited before of
    its type and body."""
    if c.title or c.number or c.issuer is None or not c.issuer.name:
        return None
    if _ISSUED_BEFORE.search(text, max(0, c.start - 100), c.start) is None:
        return None
    _, latest = index.around(_type_key(c), c.start)
    # the body may be named more briefly than where its document was cited ("Sau khi Tỉnh ủy ban hành kế hoạch"
    # after "Kế hoạch số 152-KH/TU … của Ban Thường vụ Tỉnh ủy Điện Biên"), as "kế hoạch của Tỉnh ủy" is
    known = [d for d in latest if d.issuer is not None and d.issuer.name == c.issuer.name] or \
        [d for d in latest if d.issuer is not None and c.type_code is not None and _compatible(d.issuer, c.issuer)
         and not _other_system(d, c.issuer)]
    if not known and c.issuer.code == "TW" and _CENTRE_ISSUED.search(text, max(0, c.start - 40), c.start):
        # the centre at large as the subject ("ngay sau khi Trung ương ban hành Chỉ thị"): whichever central Party
        # body issued the document cited before ("Chỉ thị số 05-CT/TW … của Bộ Chính trị")
        known = [d for d in latest if d.issuer is not None and d.issuer.code == "TW" and not _other_system(d, c.issuer)]
    return known[-1] if known else None


# the Party's centre at large issuing, just before the bare noun (data/cues generic_centre): "Trung ương (đã) ban hành"
_CENTRE_ISSUED = re.compile(
    rf"(?<![^\W\d_])(?<!Chấp hành )(?:{phrase_pattern(cues('generic_centre'))})(?:[ ]+[^\W\d_]+){{1,3}}[ ]+\Z")


# what follows a lower-case issued noun that names nothing of its own: a purpose with no object, to the clause's end
# ("Tỉnh ủy đã tổ chức hội nghị quán triệt và ban hành chương trình hành động để triển khai thực hiện.")
_OBJECTLESS_PURPOSE = re.compile(rf"(?:[ ]+(?:để|nhằm))?(?:[ ]+(?:{phrase_pattern(cues('uptake'))}))+[ ]*(?:[.;\n]|$)")


def _issued_again(text: str, c: Citation, index: _Index) -> Resolved | None:
    """The document a lower-case issued noun with only an objectless purpose after it is: the latest of its type and
    body cited before ("Chương trình hành động số 58-CTr/TU … của Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW …. Ngay sau
    khi Trung ương ban hành Nghị quyết 29, Tỉnh ủy đã … ban hành chương trình hành động để triển khai thực hiện")."""
    if not c.issued or c.number or c.issuer is None or not c.issuer.name or not text[c.start].islower() \
            or _OBJECTLESS_PURPOSE.match(text, c.head_end) is None:
        return None
    _, latest = index.around(_type_key(c), c.start)
    known = [d for d in latest if d.number and d.issuer is not None and _compatible(d.issuer, c.issuer)
             and not _other_system(d, c.issuer)]
    if not known:
        return None
    c.title = None  # the purpose read after it is no title
    return known[-1]


def _headline_referent(c: Citation, index: _Index) -> Resolved | None:
    """The body's document an unnumbered headline phrase names: the issued one of its type."""
    body = [d for d in index.after(_type_key(c), c.start) if not d.first.headline]
    if c.issuer is not None and (c.issuer.name or c.issuer.province_code):
        # the headline's subject issued it: "Bình Định ban hành Chương trình hành động thực hiện …" is the province's,
        # not the Government's programme a resolution carries
        body = [d for d in body if d.issuer is None
                or (_compatible(d.issuer, c.issuer) if c.issuer.name else d.issuer.province_code == c.issuer.province_code)] or body
    focus = [d for d in body if d.issued]
    return (focus or body or [None])[0]


def _similar(a: str, b: str) -> bool:
    """Two titles that share most of their words."""
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _merge_approved_later(docs: list[Resolved], text: str, citations: list[Citation]) -> None:
    """"… thực hiện Đề án “Phát triển bền vững một triệu héc ta …” …. Đề án được Thủ tướng Chính phủ phê duyệt tại
    Quyết định số 1490/QĐ-TTg …": a document named without a number, then taken back by a bare noun said approved at
    a decision, is that decision (what a decision approves is the decision, corpus conventions), as it is when the
    decision follows in one sentence."""
    approved = [(doc, m.end()) for doc in docs if not doc.number and (doc.first.form == "new" or doc.first.ref == "issuer")
                for c in doc.citations if c.form == "ref" and c.ref in ("bare", "this")
                and (m := _APPROVED_AT_AFTER.match(text, c.end)) is not None]
    # … or taken back by the decision that approves it ("Thủ tướng Chính phủ đã có Quyết định số 1667/QĐ-TTg phê duyệt
    # Đề án này"): the decision's start stands for where the passive names it
    named_back = [(doc, c) for doc in docs if not doc.number and (doc.first.form == "new" or doc.first.ref == "issuer")
                  for c in doc.citations if c.form == "ref" and c.ref in ("bare", "this")]
    if named_back:
        position = {id(c): k for k, c in enumerate(citations)}
        approved += [(doc, decision.start) for doc, c in named_back
                     if (decision := _decision_before(citations, position[id(c)])) is not None
                     and approved_by(text, decision, c)]
    merged: set[int] = set()
    _merge_named_again_approved(docs, text, citations, merged)
    if not approved:
        docs[:] = [d for d in docs if id(d) not in merged]
        return
    decision_at = {c.start: (d, c) for d in docs for c in d.citations if c.form == "numbered" and c.type == "Quyết định"}
    for doc, end in approved:
        target, decision = decision_at.get(end, (None, None))
        if target is None or target is doc or id(doc) in merged:
            continue
        for cited in doc.citations:
            cited.alias_of = citations.index(decision)  # a name of the decision's: its type is the decision's
            target.add(cited, takes_issuer=False)
        merged.add(id(doc))
    docs[:] = [d for d in docs if id(d) not in merged]


def _decision_before(citations: list[Citation], k: int) -> Citation | None:
    """The numbered decision cited right before the `k`th citation (a back-reference, which it may approve)."""
    before = citations[k - 1] if k else None
    return before if before is not None and before.form == "numbered" and before.type == "Quyết định" else None


# the types whose unquoted name is a document's only where a decision is said to approve it (citations)
_APPROVED_AT_TYPES = {fold(w) for w in cues("approved_at_type")}


def _merge_named_again_approved(docs: list[Resolved], text: str, citations: list[Citation], merged: set[int]) -> None:
    """"… triển khai thực hiện Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030 …. Quy hoạch Thủ đô được Thủ tướng Chính phủ
    phê duyệt tại Quyết định số 1569/QĐ-TTg": a plan named by its title, the next sentence opening with its name again
    said approved at a decision (that name the decision's, citations), is that decision."""
    holder = {id(x): d for d in docs for x in d.citations}
    for doc in docs:
        c = doc.first
        if doc.number or c.form != "new" or c.issued or len(doc.citations) != 1 or id(doc) in merged \
                or fold(c.type or "") not in _APPROVED_AT_TYPES:
            continue
        opens = sentence_end(text, max(c.end, c.cover_end))
        opens += len(text) - opens - len(text[opens:].lstrip())
        closes = _full_stop(text, opens)
        name = fold(text[c.start:c.end])
        # (its name again, or the start of it: "Quy hoạch Thủ đô" after "Quy hoạch Thủ đô Hà Nội thời kỳ 2021 - 2030", not
        # "Quy hoạch chung Thủ đô" after it, the other plan the first sentence named)
        again = next((x for x in citations if opens <= x.start < closes and x.form == "new" and x.alias_of is not None
                      and x.type == c.type and name.startswith(fold(text[x.start:x.end]))), None)
        if again is None:
            continue
        target = holder.get(id(citations[again.alias_of]))
        if target is None or target is doc:
            continue
        c.alias_of = again.alias_of  # a name of the decision's: its type is the decision's
        target.add(c, takes_issuer=False)
        merged.add(id(doc))


def _full_stop(text: str, pos: int) -> int:
    """Where the sentence running from `pos` ends, over its clauses after "; "."""
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e != -1]
    return min(ends, default=len(text))


# … or issued with it ("Kế hoạch được ban hành kèm theo Quyết định số 325/QĐ-BKHCN …"); the approver's name may be
# abbreviated with dots ("được UBND TP.HCM phê duyệt tại")
_APPROVED_AT_AFTER = re.compile(
    r"[ ]+(?:đã[ ]+)?được(?:[ ]+[^\W\d_]+(?:\.[^\W\d_]+)*){0,8}?[ ]+(?:phê[ ]+duyệt[ ]+tại|ban[ ]+hành[ ]+kèm[ ]+theo)[ ]+")


def _merge_issued_ahead(docs: list[Resolved], text: str) -> None:
    """"Ngay sau khi Ban Bí thư ban hành chỉ thị, Ban Thường vụ Tỉnh ủy … để thực hiện Chỉ thị số 24-CT/TW … của Ban Bí
    thư": a lower-case noun of no title or number after "sau khi X ban hành", with none of its type named before, is
    the document of its type and body the same sentence names after it, not a new one."""
    merged = set()
    for doc in docs:
        c = doc.first
        if len(doc.citations) != 1 or c.form != "new" or doc.number or c.title or c.issuer is None \
                or not c.issuer.name or not text[c.start].islower() \
                or _ISSUED_BEFORE.search(text, max(0, c.start - 100), c.start) is None:
            continue
        end = sentence_end(text, c.end)
        key = _type_key(c)
        later = next((d for d in docs if d is not doc and id(d) not in merged and key in _type_keys(d)
                      and any(c.end < x.start < end for x in d.citations)
                      and d.issuer is not None and _compatible(d.issuer, c.issuer)), None)
        if later is not None:
            later.add(c)
            merged.add(id(doc))
    if merged:
        docs[:] = [d for d in docs if id(d) not in merged]


def _merge_named_later(docs: list[Resolved], index: _Index, text: str) -> None:
    """"Chương trình hành động của Tỉnh ủy …", later "Chương trình hành động số 04-CTr/TU … của
    Ban Chấp hành Đảng bộ tỉnh": the unnumbered document is the numbered one."""
    merged = set()
    for doc in docs:
        first = doc.first
        # … or issued first: "Ban Thường vụ Huyện ủy vừa ban hành Chương trình hành động của Huyện ủy thực hiện B",
        # then "Chương trình hành động số 08-CTr/HU … của Huyện ủy xác định …", neither issued nor titled again
        issued_first = first.form == "new" and first.issued and first.ref is None
        named_by_issuer = first.form == "ref" and first.ref == "issuer" and (not first.own_title or _asked(text, first.start))
        if not (named_by_issuer or issued_first) or doc.number:
            continue
        # a headline's subject may name a place only ("Hà Nội ban hành kế hoạch thực hiện Chỉ thị 20") or no body at all
        # ("Xã Hoằng Hóa ra nghị quyết chuyên đề …"): the body the lead names for the same document
        body = first.issuer if first.issuer is not None and first.issuer.code else doc.issuer or first.issuer
        # the lead (sapo) announcing what the body tells with its number and issuing again: "Thành ủy TP.HCM vừa ban hành
        # chương trình hành động thực hiện Nghị quyết 68 …", then "Ban Thường vụ Thành ủy đã ban hành Chương trình hành
        # động số 45-CTr/TU …" (when the body issues one such only; a capitalised noun may name another document, "HĐND
        # huyện thông qua Nghị quyết chuyên đề …" before "HĐND huyện cũng thông qua Nghị quyết số 19/NQ-HĐND")
        announced = issued_first and all(text[c.start].islower() for c in doc.citations) and _in_lead(text, first.start)
        later = [d for d in index.after(_type_key(first), first.start)
                 if d.number and id(d) not in merged and (body is not None
                 and (d.issuer is not None and d.issuer.code == body.code and _compatible(d.issuer, body)
                      # "UBND tỉnh Sơn La vừa ban hành kế hoạch …. Kế hoạch số 456/KH-UBND ngày 10/4/2024 đặt mục tiêu
                      # …": a body read from its symbol's code only later, the issuing body's code
                      or issued_first and d.issuer is None and _code_of(d) == body.code)
                 and (announced and d.issued and d.issuer is not None or not (issued_first and not _subject_only(text, d))
                      or issued_first and d.issued and _told_under_brief_headline(text, first, d))
                      # a brief's headline whose subject names no body ("Đồng Hới: Phường ban hành kế hoạch phát triển
                      # kinh tế tư nhân"): the line under it names the body
                      or body is None and issued_first and d.issued and _told_under_brief_headline(text, first, d))
                 and not _listed_after(text, doc, d)]
        if announced and len(later) > 1 and not _subject_only(text, later[0]):
            continue  # two of its kind issued: which one the lead announces is unknown
        if later:
            target = later[0]
            for cited in doc.citations:
                target.add(cited)
            target.issuer = target.issuer or doc.issuer
            merged.add(id(doc))
    docs[:] = [d for d in docs if id(d) not in merged]


def _told_under_brief_headline(text: str, first: Citation, numbered: Resolved) -> bool:
    """Is `first` on a brief's headline line (no sentence end), the numbered document first cited in the line right
    under it, on the same subject? A bulletin's brief names its document in its headline and numbers it in its body
    ("* Đảng ủy xã Đất Mũi ban hành Nghị quyết chuyên đề về phát triển du lịch", then "Ngày 20/10/2025, Ban Chấp hành
    Đảng bộ xã Đất Mũi ban hành Nghị quyết số 05-NQ/ĐU về phát triển du lịch sinh thái …")."""
    line_end = text.find("\n", first.start)
    if line_end == -1:
        return False
    headline = text[text.rfind("\n", 0, first.start) + 1:line_end].rstrip()
    if len(headline) > _BRIEF_HEADLINE_MAX_CHARS or headline.endswith((".", ";", ":", "!", "?")):
        return False
    under_end = text.find("\n", line_end + 1)
    if not line_end < numbered.first.start < (under_end if under_end != -1 else len(text)):
        return False
    return _same_subject(fold(first.title or ""), fold(numbered.title or ""))


_BRIEF_HEADLINE_MAX_CHARS = 160


def _in_lead(text: str, pos: int) -> bool:
    """Is `pos` in the title or the paragraph after it (the lead)?"""
    return sum(1 for line in text[:pos].split("\n") if line.strip()) <= 1


# the next item of a list, after the term that may close the one before: "Quy chế làm việc của Ban Chấp hành Đảng bộ
# tỉnh khóa XX, nhiệm kỳ 2020 - 2025 và Quy chế số 18-QC/TU …"
_NEXT_ITEM = re.compile(TERM_YEARS + r"[ ]*(?:,|;|và|,[ ]*và)[ ]*")


def _listed_after(text: str, doc: Resolved, numbered: Resolved) -> bool:
    """Is the numbered document named as the next item of a list right after the unnumbered one (another document)?"""
    return any(_NEXT_ITEM.fullmatch(text, max(c.end, c.cover_end), numbered.first.start) is not None
               for c in doc.citations if max(c.end, c.cover_end) <= numbered.first.start)


_QUESTION_CHARS = 300


def _asked(text: str, pos: int) -> bool:
    """Is `pos` in a question ("PV: Thưa đồng chí, xã đã triển khai Nghị quyết của Huyện ủy về xây dựng nông thôn mới
    ra sao?")? An interviewer names a document by its issuer and subject, and the answer by its number."""
    mark = text.find("?", pos, pos + _QUESTION_CHARS)
    return mark != -1 and not any(text.find(end, pos, mark) != -1 for end in (". ", "\n"))


def _merge_unnumbered_congress(docs: list[Resolved]) -> None:
    """"Nghị quyết Đại hội Đảng bộ phường" (a headline's, often) and "Nghị quyết Đại hội đại biểu
    Đảng bộ phường lần thứ I": one resolution, when the text numbers one congress of that body."""
    merged = set()
    for doc in docs:
        key = doc.first.key or ""
        if not key.startswith("congress:") or any(c.key != key for c in doc.citations):
            continue
        numbered = [d for d in docs if id(d) not in merged and d is not doc
                    and any(c.key.startswith(key + ":") for c in d.citations if c.key)]
        if not numbered and doc.issuer is not None and _unit_code(doc.issuer) is None:
            # of a body named without its unit: the numbered congress of that level the body may be
            # ("Phường Trần Hưng Đạo triển khai Nghị quyết Đại hội Đảng bộ phường" after the reform)
            parts = key.count(":") + 1
            numbered = [d for d in docs if id(d) not in merged and d is not doc and d.issuer is not None
                        and d.issuer.level == doc.issuer.level and _compatible(d.issuer, doc.issuer)
                        and any(c.key.startswith("congress:") and c.key.count(":") == parts
                                for c in d.citations if c.key)]
        if len(numbered) == 1:
            for cited in doc.citations:
                numbered[0].add(cited)
            merged.add(id(doc))
    docs[:] = [d for d in docs if id(d) not in merged]


def _merge_headline_congress(text: str, docs: list[Resolved]) -> None:
    """"Thành ủy Thủ Dầu Một sơ kết 1 năm thực hiện Nghị quyết Đại hội XII" in the headline, "Nghị quyết Đại hội đại
    biểu Đảng bộ thành phố lần thứ XII" in the body: a headline's congress named by its number alone, not said to be
    the Party's national one, is the one local congress of that number the body names."""
    merged = set()
    for doc in docs:
        if not all(c.headline and c.key and c.key.startswith(_NATIONAL_CONGRESS_KEY)
                   and not _NATIONAL_CONGRESS_WORDS.search(c.mention(text)) for c in doc.citations):
            continue
        if any(d is not doc and any(c.key == doc.first.key for c in d.citations) for d in docs):
            continue  # the body names the national congress too
        number = doc.first.key.rsplit(":", 1)[1]
        local = [d for d in docs if d is not doc and id(d) not in merged
                 and any(c.key and c.key.startswith("congress:") and not c.key.startswith(_NATIONAL_CONGRESS_KEY)
                         and c.key.rsplit(":", 1)[1] == number for c in d.citations)]
        if len(local) == 1:
            for cited in doc.citations:
                local[0].add(cited, takes_issuer=False)
            merged.add(id(doc))
    docs[:] = [d for d in docs if id(d) not in merged]


_NATIONAL_CONGRESS_KEY = "congress:central:"
_NATIONAL_CONGRESS_WORDS = re.compile(r"toàn quốc|của Đảng(?![ ]+bộ)")


_BARE_CONGRESS = re.compile(r"Nghị quyết Đại hội")
_CONGRESS_EVENT = re.compile(r"Đại hội(?:[ ]+đại biểu)?[ ]+(?=Đảng bộ[ ])")


def _merge_bare_congress(text: str, docs: list[Resolved], article: Place | None) -> None:
    """"Đại hội đã … biểu quyết thông qua Nghị quyết Đại hội. … Kế hoạch … triển khai thực hiện Nghị quyết Đại hội
    đại biểu Đảng bộ xã lần thứ I": a bare "Nghị quyết Đại hội" issued before the text names the congress is the
    resolution of the one congress the text names (citations read it after one only); not when its sentence names
    another body's congress ("Tại Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XX, đại hội đã thông qua Nghị quyết Đại hội")."""
    congresses = _latest_congress([d for d in docs if any(c.key and c.key.startswith("congress:") for c in d.citations)])
    if len(congresses) != 1 or congresses[0].issuer is None:
        return
    (congress,) = congresses
    bare = [d for d in docs if d.symbol is None and d.issuer is None and d.citations
            and all(_BARE_CONGRESS.fullmatch(c.mention(text))
                    and not _another_congress_named(text, c.start, congress.issuer, article) for c in d.citations)]
    for doc in bare:
        for cited in doc.citations:
            congress.add(cited)
    docs[:] = [d for d in docs if not any(d is b for b in bare)]


def _latest_congress(congresses: list[Resolved]) -> list[Resolved]:
    """Several numbered congresses of one body ("… Nghị quyết Đại hội lần thứ XVIII đề ra" in the news of the XIXth):
    the latest, the one held; else all."""
    keys = [next(c.key for c in d.citations if c.key and c.key.startswith("congress:")) for d in congresses]
    numbers = [key.rsplit(":", 1)[1] for key in keys]
    if len(congresses) < 2 or len({key.rsplit(":", 1)[0] for key in keys}) != 1 \
            or not all(re.fullmatch("[IVXLC]+", n) for n in numbers):
        return congresses
    return [max(zip(congresses, numbers), key=lambda pair: roman_value(pair[1]))[0]]


def _another_congress_named(text: str, end: int, issuer: Issuer, article: Place | None) -> bool:
    """Does the sentence before `end` name the congress of a body placed elsewhere than `issuer`'s?"""
    for m in _CONGRESS_EVENT.finditer(text, sentence_start(text, end), end):
        found = issuer_at(text, m.end(), article)
        if found is not None and (found.issuer.province, found.issuer.district, found.issuer.commune) != (
                issuer.province, issuer.district, issuer.commune):
            return True
    return False


def _subject_only(text: str, doc: Resolved) -> bool:
    """Is the document first cited as what a sentence is about, opening it, and neither issued nor
    titled anywhere ("Chương trình hành động số 08-CTr/HU … của Huyện ủy xác định …")? Issued in the passive,
    as the subject of the sentence after the one that issues it, it is the same issuing told again ("Quyết định số
    456/QĐ-UBND ngày 10/4/2024 được ban hành trên cơ sở …")."""
    first = min(doc.citations, key=lambda c: c.start)
    opens = sentence_start(text, first.start)
    if text.endswith("; ", 0, opens):
        return False  # "… cũng thông qua Nghị quyết số 19/NQ-HĐND …; Nghị quyết số 20/NQ-HĐND …": the next item passed
    # cited again later as what another is based on or carries out ("Trên cơ sở Nghị quyết số 48/NQ-HĐND, ngày
    # 18/12/2024, UBND tỉnh ban hành …"): still neither issued nor titled, the first citation the subject
    return text[opens:first.start] in _SUBJECT_OPENERS and all(
        (not c.issued or _PASSIVE_ISSUED.match(text, c.end)) and not c.title for c in doc.citations)


# what may stand before such a subject: nothing, or "Theo" of what it says ("UBND TP Đà Nẵng vừa ban hành chỉ thị về
# tăng cường quản lý karaoke. Theo Chỉ thị 06/CT-UBND ngày 6-3-2024, các cơ sở …")
_SUBJECT_OPENERS = ("", "Theo ")


_PASSIVE_ISSUED = re.compile(r"[ ]*,?[ ]*(?:(?:đã|vừa|mới)[ ]+)?được[ ]+(?:ký[ ]+)?ban hành(?![^\W\d_])")


def _merge_headline_plenum(text: str, docs: list[Resolved]) -> None:
    """"… thực hiện Nghị quyết Trung ương 7 khóa X" in the headline, "Nghị quyết số 26-NQ/TW …
    của Ban Chấp hành Trung ương Đảng khóa X" in the body: the headline restates the body's
    one resolution of the Central Committee of that term, and so do the body's mentions of the
    plenum that give no other subject."""
    for doc in list(docs):
        first = doc.first
        if not (first.form == "named" and first.key and first.key.startswith("plenum:") and first.headline):
            continue
        _, number, term = first.key.split(":")[:3]
        if not term:
            continue  # a plenum of no stated term restates nothing certain
        body = [d for d in docs if d is not doc and d.symbol and "NQ" in d.type_codes
                and d.issuer is not None and d.issuer.name == CENTRAL_COMMITTEE
                and any(term in (c.term, c.issuer and c.issuer.term) for c in d.citations)]  # its own or its list's
        passed = _resolutions_of_plenum(docs, number, term)
        if len(passed) > 1 and len(body) < 2:
            body = passed  # dated as that plenum's several: one of several, none alone
        if len(body) > 1:
            # the headline sums up the body's several resolutions of the term: the one its subject names, else all
            # of them (no document of its own); the body's mentions stay
            for cited in [c for c in doc.citations if c.headline]:
                said = _subject_of(text, cited)
                named = [d for d in body if said and d.title and _same_subject(said, fold(d.title))]
                if len(named) == 1:
                    named[0].add(cited)
            doc.citations = [c for c in doc.citations if not c.headline]
            if not doc.citations:
                docs.remove(doc)
        elif len(body) == 1:
            title = fold(body[0].title or "")
            moved = [c for c in doc.citations if c.headline or _same_subject(_subject_of(text, c), title)]
            for cited in moved:
                body[0].add(cited)
            doc.citations = [c for c in doc.citations if all(c is not m for m in moved)]
            if not doc.citations:
                docs.remove(doc)


_PLENUM_MONTHS = [(int(r["held"][:4]) * 12 + int(r["held"][5:7]), r["plenum"], r["term"])
                  for r in read_table("plenums.tsv")]


def plenum_of(doc: Resolved) -> tuple[str, str] | None:
    """(number, term) of the plenum a dated resolution of the Central Committee came from, by
    data/plenums.tsv (None if not such a resolution, or dated outside every plenum's window)."""
    if not doc.symbol or "NQ" not in doc.type_codes or (doc.issuer.name != CENTRAL_COMMITTEE if doc.issuer
                                                         else not doc.symbol.endswith(("/TW", "/HNTW"))):
        return None  # a resolution of the Central Committee, or a central one of no stated issuer listed with them
    date = next((c.date for c in doc.citations if c.date and c.symbol), None)
    if date is None:
        return None
    month = int(date[:4]) * 12 + int(date[5:7])
    term = next((c.term for c in doc.citations if c.term), None)
    return next(((plenum, held_term) for held, plenum, held_term in _PLENUM_MONTHS
                 if held <= month < held + 3 and term in (None, held_term)), None)


def _resolutions_of_plenum(docs: list[Resolved], number: str, term: str, by_number: bool = False) -> list[Resolved]:
    """The numbered resolutions the article cites that plenum `number` of `term` ("" if unknown) passed, by their dates,
    or, `by_number`, undated, by the numbers data/plenums.tsv lists for that plenum of a stated term ("Nghị quyết Trung
    ương 6 khóa XII, …", then "Nghị quyết số 20-NQ/TW" of no date)."""
    listed = PLENUM_RESOLUTIONS.get((number, term), ()) if by_number else ()
    return [d for d in docs if (plenum := plenum_of(d)) is not None and plenum[0] == number and term in ("", plenum[1])
            or listed and plenum is None and _undated_resolution_number(d, term) in listed]


PLENUM_RESOLUTIONS = {(r["plenum"], r["term"]): r["resolutions"].split()
                       for r in read_table("plenums.tsv") if r["resolutions"]}


def _undated_resolution_number(doc: Resolved, term: str) -> str | None:
    """The number of an undated resolution of the Central Committee (as plenum_of reads one) whose citations give
    no term or `term`; or named by its number alone, of no issuer ("Nghị quyết 26" in a headline, "Nghị quyết Hội nghị
    lần thứ bảy Ban Chấp hành Trung ương Đảng khoá X" in the body)."""
    if not doc.symbol and doc.number and doc.issuer is None and "NQ" in doc.type_codes \
            and not any(c.date or c.term and c.term != term for c in doc.citations):
        return doc.number.lstrip("0")
    if not doc.symbol or "NQ" not in doc.type_codes or (doc.issuer.name != CENTRAL_COMMITTEE if doc.issuer
                                                         else not doc.symbol.endswith(("/TW", "/HNTW"))) \
            or any(c.date for c in doc.citations if c.symbol) or any(c.term and c.term != term for c in doc.citations):
        return None
    return doc.symbol.split("-", 1)[0].lstrip("0")


def _merge_plenum_by_date(text: str, docs: list[Resolved]) -> None:
    """"Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI …", later
    "hướng dẫn tuyên truyền Nghị quyết TW7": the plenum named is the one resolution the article cites
    of that plenum (by its date), when the plenum's mentions give no other subject. Of a plenum that passed
    several the article cites, a mention names the one its subject names, and one with no subject names them
    all, no document of its own ("Quán triệt Nghị quyết Trung ương 8 khóa XIII", then 44- and 45-NQ/TW)."""
    plenums = [d for d in docs if not d.symbol and d.first.key and d.first.key.startswith("plenum:")]
    for doc in plenums:
        # the plenum named with its term, and perhaps without it too (a headline's "Nghị quyết Trung ương 6", merged
        # with the body's "… khóa XIII"): the termed name says which
        keys = {c.key for c in doc.citations if c.key}
        termed = {k for k in keys if not k.endswith(":")}
        key = next(iter(termed)) if len(termed) == 1 else doc.first.key
        _, number, term = key.split(":")[:3]
        numbered = _resolutions_of_plenum(docs, number, term, by_number=True)
        # its mentions name this plenum only: with its term, or without it (merged in by _merge_termless_plenum:
        # "Nghị quyết Trung ương 7 khóa XII", later "Nghị quyết Trung ương 7")
        if not numbered or any(c.key and c.key not in (key, f"plenum:{number}:") for c in doc.citations):
            continue
        if len(numbered) > 1:
            _split_plural_plenum(text, doc, numbered)
            if not doc.citations:
                docs.remove(doc)
            continue
        known = {fold(numbered[0].title or "")} | {_subject_of(text, c) for c in numbered[0].citations}
        known.discard("")
        # a numbered resolution the article gives no subject is the plenum's of any subject ("Nghị quyết Trung ương 8
        # khóa XIII về Chiến lược bảo vệ Tổ quốc …", later "Nghị quyết số 44-NQ/TW ngày 24/11/2023 của Ban Chấp hành
        # Trung ương Đảng"): the one resolution of that plenum the article cites
        # (a subject only its headline gave names it short: "Nghị quyết 18-NQ/TW về đất đai", then "Nghị quyết Hội
        # nghị lần thứ năm … khóa XIII về tiếp tục đổi mới, hoàn thiện thể chế, … quản lý và sử dụng đất …")
        headlined = {said for c in numbered[0].citations if c.headline and (said := _subject_of(text, c))}
        if not known or all(not (said := _subject_of(text, c)) or any(_same_subject(said, k) for k in known)
                            or c.headline and any(_shortens(said, k) for k in known)
                            or any(_shortens(k, said) for k in headlined) for c in doc.citations):
            for cited in doc.citations:
                numbered[0].add(cited)
            docs.remove(doc)


_SHORT_SUBJECTS = {fold(r["short"]): fold(r["words"]) for r in read_table("short_subjects.tsv")}
_SYLLABLE = re.compile(r"[^\W\d_]+")


# what closes a headline after the subject: "Đưa Nghị quyết Trung ương 7 về tam nông vào cuộc sống" (data/cues)
_HEADLINE_TAIL = re.compile(rf"[ ]+(?:{'|'.join(re.escape(fold(w)) for w in cues('headline_tail'))})$")


def _shortens(said: str, title: str) -> bool:
    """Does a headline's subject (folded) name the title short: every word of it, or of the words a short name stands
    for (data/short_subjects.tsv), in the title ("tam nông", "cải cách tiền lương")?"""
    said = _HEADLINE_TAIL.sub("", said)
    return bool(said) and set(_SYLLABLE.findall(_SHORT_SUBJECTS.get(said, said))) <= set(_SYLLABLE.findall(title))


def _split_plural_plenum(text: str, doc: Resolved, numbered: list[Resolved]) -> None:
    """Each mention of a plenum that passed the `numbered` resolutions goes to the one its subject names (a headline's
    by a short name too: "Nghị quyết Trung ương 5 về tam nông" of 18- and 19-NQ/TW); one that gives no subject stands
    for them all and is dropped; one whose subject names none stays (another resolution)."""
    kept = []
    for cited in doc.citations:
        said = _subject_of(text, cited)
        if not said:
            continue
        named = [d for d in numbered if any(
            known and (_same_subject(said, known) or cited.headline and _shortens(said, known))
            for known in ({fold(d.title)} if d.title else {_subject_of(text, c) for c in d.citations}))]
        if len(named) == 1:
            named[0].add(cited)
        else:
            kept.append(cited)
    doc.citations = kept


def _merge_termless_plenum(docs: list[Resolved]) -> None:
    """"Nghị quyết TW4" after "Nghị quyết Trung ương 4 (khóa XI)": a plenum named without its term
    is the plenum of that number the article names with its term, when it names one only; so too a local committee's
    ("Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh", after "… tỉnh khóa XX")."""
    for doc in list(docs):
        keys = {c.key for c in doc.citations if c.key}
        if doc.symbol or len(keys) != 1 or not (key := next(iter(keys))).startswith(("plenum", "local-plenum")) \
                or not key.endswith(":"):
            continue
        termed = [d for d in docs if d is not doc and any(
            c.key and c.key.startswith(key) and c.key != key for c in d.citations)]
        if len(termed) == 1:
            for cited in doc.citations:
                termed[0].add(cited)
            docs.remove(doc)


# "Nghị quyết Trung ương 7 khóa XII về … (Nghị quyết số 26-NQ/TW ngày 19/5/2018)", "Nghị quyết số
# 27-NQ/TW … về … (gọi tắt là Nghị quyết Trung ương 7 khóa XII)": one names the other in brackets, after a
# title
_BRACKETED_AFTER = re.compile(rf"(?:[ ]+về[ ]+[^()\n.;]{{1,300}})?[ ]*\((?:[ ]*(?:{phrase_pattern(cues('alias'))})[ ]+)?$")
_PLENUM_TITLE = re.compile(r"[ ]*(?:\([^()\n]{1,80}\))?[ ]+về[ ]+(?P<title>[^()\n.;:]{3,300})")


def _merge_plenum_asides(text: str, docs: list[Resolved]) -> None:
    """A plenum's resolution that the text numbers in brackets beside it (either way round) is
    that numbered resolution. Several resolutions share a plenum (Trung ương 7 khóa XII passed
    26-, 27- and 28-NQ/TW): only the plenum's mentions whose subject ("về …") agrees with the
    bracketed one's, or that give none, go with it."""
    for numbered in [d for d in docs if d.symbol and "NQ" in d.type_codes and d.symbol.endswith("/TW")]:
        for plenum in docs:
            if plenum is numbered or not plenum.citations or not (plenum.first.key or "").startswith("plenum:"):
                continue
            pairs = [(p, n) for p in plenum.citations for n in numbered.citations
                     if _bracketed(text, p, n) or _bracketed(text, n, p)]
            if not pairs:
                continue
            title = _subject_of(text, pairs[0][0]) or _subject_of(text, pairs[0][1])
            moved = [c for c in plenum.citations if any(c is p for p, _ in pairs) or _same_subject(
                _subject_of(text, c), title)]
            for cited in moved:
                numbered.add(cited)
            plenum.citations = [c for c in plenum.citations if all(c is not m for m in moved)]
    docs[:] = [d for d in docs if d.citations]


def _merge_numbered_asides(text: str, docs: list[Resolved]) -> None:
    """An unnumbered document that the text numbers in brackets right after it, with the same noun, is that
    numbered document ("Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX (Quy chế số 01-QC/TU)"); the noun may be
    the type's short name ("Chương trình hành động thực hiện Nghị quyết 57 (Chương trình số 45-CTr/TU)")."""
    for named in [d for d in docs if d.symbol is None and d.number is None and not (d.first.key or "")]:
        numbered = next((d for d in docs if d is not named and (d.symbol or d.number) and any(
            (c.type == p.type or c.type_code and c.type_code == p.type_code) and _bracketed(text, p, c)
            for p in named.citations for c in d.citations)), None)
        if numbered is not None:
            for cited in named.citations:
                numbered.add(cited)
            named.citations = []
    docs[:] = [d for d in docs if d.citations]


def _bracketed(text: str, first: Citation, second: Citation) -> bool:
    """`second` is in brackets right after `first` (and the subject `first` gives)."""
    return 0 < second.start - first.end <= 320 and _BRACKETED_AFTER.fullmatch(text, first.end, second.start) is not None


def _subject_of(text: str, cited: Citation) -> str:
    """What a citation says it is about ("về …", after a bracketed aside), folded; "" if nothing."""
    about = _PLENUM_TITLE.match(text, cited.end)
    if about is None:
        return ""
    said = fold(about.group("title"))
    # the title the citation was read with ends where a next document is listed ("… về xây dựng, chỉnh đốn Đảng và
    # Chỉ thị số 05-CT/TW …"), the "về" clause runs to the sentence's end
    own = fold(cited.title) if cited.title else ""
    return own if own and said.startswith(own) else said


def _same_subject(one: str, other: str) -> bool:
    return not one or not other or one in other or other in one


def _in_the_district_named(issuer: Issuer | None, article: Place | None, text: str) -> Issuer | None:
    """A district's committee named without its district in an article about a province is
    the one the text names with its district, when it names one only ("Huyện ủy Cao Lộc tổ
    chức hội nghị. Ban Thường vụ Huyện ủy ban hành Kế hoạch số 210-KH/HU"), as its code is
    (_issuer_from_code)."""
    if issuer is None or issuer.level != "district" or issuer.district or not issuer.code \
            or article is None or not article.province_code or article.district_code:
        return issuer
    named = {(body.district, body.district_code) for body in bodies_named(text, issuer.code, article)
             if body.province_code == article.province_code and body.district_code}
    if len(named) != 1:
        return issuer
    ((district, district_code),) = named
    return replace(issuer, name=f"{issuer.name} {district}", district=district, district_code=district_code,
                   parent=issuer.parent and f"{issuer.parent} {district}")


def _councils_by_code() -> dict[str, re.Pattern[str]]:
    """The councils of every level by their prose ("HĐND", "Ủy ban nhân dân", "Ban Chỉ đạo"), by their codes,
    which name no level (data/issuer_prose.tsv, data/issuer_codes.tsv)."""
    prose: dict[str, list[str]] = {}
    for row in read_table("issuer_prose.tsv"):
        known = issuer_code(row["code"]) if row["kind"] == "council" and row["code"] else None
        if known is not None and known.level == "unknown":
            prose.setdefault(row["code"], []).extend(row["prose"].split("|"))
    return {code: re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(words)})(?![^\W\d_])") for code, words in prose.items()}


_COUNCIL_OF_CODE = _councils_by_code()


def _the_council_named(doc: Resolved, text: str, article: Place | None) -> Issuer | None:
    """A document known by a council's code alone (UBND, HĐND: of every level) after its paragraph
    named one such council with its unit ("Chiều 25/9/2025, HĐND phường Đức Xuân khóa I … tổ chức kỳ họp
    chuyên đề. Kỳ họp đã thông qua Nghị quyết số 15/NQ-HĐND"): that council, not the article's
    province's; a paragraph that names none and opens with no place, the one council of the article's province the text
    named before it (a ward's session news: "HĐND phường Hưng Bình … tổ chức kỳ họp thứ 9 …", paragraphs later "Theo
    Nghị quyết số 15/NQ-HĐND …"). Two councils named, or none, leave it to the code (_issuer_from_code)."""
    if doc.issuer is not None:
        return None
    code = _code_of(doc)
    pattern = _COUNCIL_OF_CODE.get(code)
    if pattern is None:
        return None
    start = doc.first.start
    if labelled_other_province(text, start, article):
        return None  # another province's brief, whose bare council reads as the article's: the brief's (_code_place)
    paragraph = text.rfind("\n", 0, start) + 1
    named = _one_council_named(text, pattern, code, paragraph, start, article)
    if named is not None or not paragraph or article is None or article.province_code is None \
            or clause_place(text, start, article) is not article:
        return named
    # a council of the article's province only: a round-up's earlier paragraphs name other provinces' councils
    named = _one_council_named(text, pattern, code, 0, start, article, acting=True)
    return named if named is not None and _of_one_province(named.province_code, article.province_code) else None


def _of_one_province(code: str | None, other: str | None) -> bool:
    """Are two legacy provinces one, or merged into one in 2025 (a ward of former Bình Dương in an article placed in
    Hồ Chí Minh, the province that kept its name)?"""
    return code == other or code is not None and other is not None and gazetteer.merged_together(code, other)


def _one_council_named(text: str, pattern: re.Pattern[str], code: str, start: int, end: int,
                       article: Place | None, acting: bool = False) -> Issuer | None:
    """The one council of `code` named with its unit in [start, end); `acting`: not as the issuer of a document
    cited ("… căn cứ Nghị quyết số 88/NQ-HĐND … của HĐND huyện" in a town council's session news)."""
    named: dict[str, Issuer] = {}
    for m in pattern.finditer(text, start, end):
        if acting and text.endswith("của ", 0, m.start()):
            continue
        found = issuer_at(text, m.start(), article)
        if found is not None and _of_no_unit(found.issuer):
            continue  # a headline's "HĐND phường": the council named in full is the one
        if found is not None and (found.issuer.code == code and (found.issuer.province or found.issuer.district)
                                  or found.issuer.level == "central" and (found.issuer.code or "").startswith(code)):
            # … or a central one: "Kế hoạch số 141/KH-BCĐTW … của Ban Chỉ đạo Trung ương và Công văn số 24-CV/BCĐ …
            # của Ban Chỉ đạo"
            named[found.issuer.name] = found.issuer
    return next(iter(named.values())) if len(named) == 1 else None


_BARE_PARTY_COMMITTEES = ("Đảng ủy", "Đảng uỷ")
_BARE_PARTY_COMMITTEE = Issuer("Đảng ủy", "commune", "ĐU")
# a bloc's committee named without its bloc ("Báo cáo … của Ban Thường vụ Đảng ủy Khối", "Đảng ủy Khối đã ban hành …")
_BARE_BLOC_COMMITTEES = ("Đảng ủy Khối", "Đảng uỷ Khối")
_BARE_COMMITTEE_OF_CODE = {"ĐU": _BARE_PARTY_COMMITTEE, "ĐUK": Issuer("Đảng ủy Khối", "province", "ĐUK")}


_UNNAMED_CENTRE = Issuer("", "central")
_COMMUNE_KINDS = ("xã", "phường", "đặc khu")  # the kinds of a 2025 commune


def _after_the_reform(doc: Resolved, citations: list[Citation]) -> bool:
    """Is the document dated after the 2025 reform, or cited after a citation that is?"""
    start = doc.first.start
    return any(c.date and c.date >= gazetteer.REFORM_DATE for c in doc.citations) \
        or any(c.date and c.date >= gazetteer.REFORM_DATE for c in itertools.takewhile(lambda c: c.start < start, citations))


# a level word in a scheme's name: a province's or a district's own ("Đề án “Phát triển du lịch huyện Mù Cang Chải”")
_LOCAL_NAME = re.compile(rf"(?<![^\W\d_])(?:{phrase_pattern(LEVEL_WORDS, either_case=True)})(?![^\W\d_])")


def _by_quoted_name_only(text: str, doc: Resolved) -> bool:
    """Is the document a scheme named only by its quoted name, with no body anywhere and none issuing it in the text
    ("Kế hoạch số 36/KH-UBND … thực hiện Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025” trên địa bàn tỉnh", "UBND
    tỉnh triển khai Đề án "Phát triển bền vững một triệu héc ta chuyên canh lúa …"")? Such a name is the nation's: a
    local scheme is cited with its body or its place (or carried out in a district's document's title, where it may be
    its province's). It is of no place, not the article's."""
    named = [c for c in doc.citations if c.form != "ref"]
    return bool(named) and not doc.issued and all(
        c.symbol is None and c.number is None and c.title and text.startswith((" “", ' "'), c.head_end)
        and _LOCAL_NAME.search(c.title) is None for c in named)


_BELOW_PROVINCE = ("district", "commune")


def _cited_level(c: Citation) -> str | None:
    """The level of the body a citation names, or else its symbol's issuer code implies (None when neither says)."""
    if c.issuer is not None and c.issuer.level != "unknown":
        return c.issuer.level
    known = issuer_code(c.symbol.issuer_code) if c.symbol is not None and c.symbol.issuer_code else None
    return known.level if known is not None else None


def _of_the_centre(c: Citation) -> bool:
    """Is the citation a central body's, by its issuer or, with none read, by its symbol's issuer code?"""
    return c.issuer.level == "central" if c.issuer is not None else is_central(c.symbol)


def _issuer_of_type(doc: Resolved) -> Issuer | None:
    """The body that issues every document of its type, for one named with no issuer ("xử phạt theo Nghị định 100"
    in a paper of Hồ Chí Minh is the Government's decree, not the city's): data/document_types.tsv, issuer."""
    code = _TYPE_ISSUER.get(doc.first.type or "")
    if code is None:
        return None
    known = issuer_code(code) if code != "central" else None
    return Issuer(known.name, known.level, known.code) if known else Issuer("", "central")


def _replacer_s_body(doc: Resolved) -> Issuer | None:
    """The body of the document that replaces `doc`, when it names none and writes that one's code: a body replaces its
    own ("Thành ủy Sa Đéc ban hành Quy định số 12-QĐ/TU …, thay thế Quy định số 05-QĐ/TU": the town's, not the
    province's Tỉnh ủy that "/TU" alone reads as)."""
    by = doc.replaced_by
    if by is None or by.issuer is None or not by.issuer.name or (code := _code_of(doc)) is None or _code_of(by) != code:
        return None
    return by.issuer


def _code_of(doc: Resolved) -> str | None:
    """The issuer code its first citation with a symbol writes ("ĐU" of "05-KH/ĐU")."""
    return next((c.symbol.issuer_code for c in doc.citations if c.symbol), None)


def _of_no_unit(issuer: Issuer) -> bool:
    """A body named by its kind, its unit unread ("Đảng ủy xã" of a commune the gazetteer lacks)."""
    return fold(issuer.name.split()[-1]) in LEVEL_WORDS


# the Party organisations whose committees a bare "Đảng ủy" may be: "Ban Chấp hành Đảng bộ xã Tân Hòa ban hành …"
_PARTY_ORGANISATIONS = ("Đảng bộ",)


def _committee_of(body: Issuer, article: Place | None) -> Issuer | None:
    """The committee that leads the Party organisation named ("Đảng bộ xã Tân Hòa" is led by "Đảng ủy xã Tân Hòa"); none
    when the organisation is placed outside the article's district (a 2025 commune's name in an article of 2020 about
    its former district: "Đảng bộ xã Đồng Lộc (huyện Can Lộc)" is not read in Can Lộc)."""
    organisation = next((w for w in _PARTY_ORGANISATIONS if body.name.startswith(w)), None)
    if organisation is None:
        return body
    if article is not None and article.district_code and body.district_code != article.district_code:
        return None
    return replace(body, name="Đảng ủy" + body.name[len(organisation):])


# an army unit named with its number (data/cues army_bare): "Quân khu 4"
_UNIT_NUMBERED = re.compile(rf"(?<![^\W\d_])(?P<unit>{phrase_pattern(cues('army_bare'))})[ ]+(?P<n>\d{{1,2}})(?![\d/])")


def _the_unit_numbered(issuer: Issuer | None, text: str, before: int) -> Issuer | None:
    """An army command named bare ("Đảng ủy Quân khu đã ban hành …") after the text has named its unit with its number
    ("Đảng ủy Quân khu 4 tổ chức hội nghị"): that unit's."""
    if issuer is None or not issuer.placeless or not issuer.name.endswith(tuple(cues("army_bare"))):
        return issuer
    unit = next((m for m in _UNIT_NUMBERED.finditer(text, 0, before) if issuer.name.endswith(m.group("unit"))), None)
    if unit is None:
        return issuer
    numbered = f"{unit.group('unit')} {unit.group('n')}"
    return replace(issuer, name=issuer.name + numbered[len(unit.group("unit")):],
                   parent=issuer.parent + numbered[len(unit.group("unit")):] if issuer.parent else None)


def _the_party_committee_named(issuer: Issuer | None, article: Place | None, text: str, before: int) -> Issuer | None:
    """A Party committee named bare ("Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 05-KH/ĐU") after the text has
    named one Party committee in full ("Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh tổ chức hội nghị …",
    "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy xã Thạch Kim"): that one, not a commune's of no name."""
    if issuer is None or issuer.commune:
        return issuer
    bare = issuer.parent or issuer.name
    prefix = ""
    if issuer.code == "ĐU" and bare in _BARE_PARTY_COMMITTEES:
        codes, bare_names = ("ĐU", "ĐUK"), _BARE_PARTY_COMMITTEES
    elif issuer.code == "ĐUK" and (bare in _BARE_BLOC_COMMITTEES or issuer.province and issuer.province == (
            article and article.province) and bare.removesuffix(" " + issuer.province) in _BARE_BLOC_COMMITTEES):
        # a bloc's, perhaps placed only by the article ("Đảng ủy Khối" in Hà Nội's news, "Đảng ủy Khối Hà Nội"): the
        # bloc named in full ("Đảng ủy Khối các cơ quan Trung ương")
        codes, bare_names = ("ĐUK",), _BARE_BLOC_COMMITTEES + (bare,)
    elif issuer.code == "ĐU" and fold(bare) in SHORT_INSTITUTION_COMMITTEES:
        # "Đảng ủy Tổng công ty": the one committee of that kind of institution named in full
        codes, bare_names, prefix = ("ĐU",), (bare,), fold(bare) + " "
    else:
        return issuer
    named: dict[str, Issuer] = {}
    acting: dict[str, Issuer] = {}  # … not only as a cited document's author ("của Ban Tuyên giáo Đảng ủy Khối …")
    for word in (*_BARE_PARTY_COMMITTEES, *_PARTY_ORGANISATIONS):
        pos = text.find(word, 0, before)
        while pos != -1:
            found = issuer_at(text, pos, article)
            body = _committee_of(found.issuer, article) if found is not None else None
            # "Đảng ủy xã" named bare elsewhere is no committee in full, nor is "Đảng ủy Tập đoàn", named by its kind
            if body is not None and body.code in codes and body.name not in bare_names and not _of_no_unit(body) \
                    and fold(body.parent or body.name).startswith(prefix) \
                    and fold(body.parent or body.name) not in SHORT_INSTITUTION_COMMITTEES:
                named[body.name] = body
                if not named_as_author(text, pos):
                    acting[body.name] = body
            pos = text.find(word, pos + len(word), before)
    if len(named) != 1:
        # several named: the one the article names as an actor, when it names one only ("Đảng ủy Vietcombank tổ chức
        # hội nghị … theo Hướng dẫn … của Ban Tuyên giáo Đảng ủy Khối Doanh nghiệp Trung ương … Ban Thường vụ Đảng
        # ủy đã ban hành Kế hoạch số 195-KH/ĐU")
        named = acting
    if len(named) != 1:
        return issuer
    (body,) = named.values()
    organs = issuer.name[:-len(issuer.parent)].strip() if issuer.parent else ""
    return replace(body, name=f"{organs} {body.name}" if organs else body.name, parent=body.name if organs else None,
                   term=issuer.term or body.term)


def _body_place_before(text: str, doc: Resolved, article: Place | None) -> Place | None:
    """The place of the one body of a document's local code that its sentence names, with its unit, before it ("Đoàn
    kiểm tra của Ủy ban Kiểm tra Huyện ủy Quỳ Hợp … theo Quyết định số 125-QĐ/UBKTHU"): its own, not the article's (a
    bulletin's briefs each have their place); None when the sentence names none, or several."""
    if doc.issuer is not None or (code := _code_of(doc)) is None or (known := issuer_code(code)) is None \
            or known.level == "central":
        return None
    start = doc.first.start
    # a bare "UBND tỉnh" in another province's brief reads as the article's here: no place (_code_place: the brief's)
    elsewhere = labelled_other_province(text, start, article)
    places: dict[tuple[str | None, ...], Place] = {}
    for word in _WORD_START.finditer(text, sentence_start(text, start), start):
        if not word.group().isupper():
            continue
        found = issuer_at(text, word.start(), article)
        # the code's body: "Huyện ủy Thạch Hà" for HU; "Ủy ban Kiểm tra Huyện ủy Quỳ Hợp" (coded by its Huyện ủy) for UBKTHU
        if found is not None and found.end <= start and found.issuer.province_code and (
                found.issuer.code == code or known.name and fold(found.issuer.name).startswith(fold(known.name) + " ")):
            place = _place_of(found.issuer)
            if elsewhere and article is not None and place.province_code == article.province_code:
                continue
            places[place.province_code, place.district_code] = place
    return next(iter(places.values())) if len(places) == 1 else None


_WORD_START = re.compile(r"(?<![^\s(“\"])[^\W\d_]")  # not in a symbol ("… 31-KH/TU ngày 15/7/2021 (Tuyên Quang)")


def _citation_starts(docs: list[Resolved]) -> list[tuple[int, int]]:
    """Where each document is cited, as (start, minus the document's index), in order: `_code_place` looks up a
    paragraph's (a page of a thousand citations made a look at every document's quadratic)."""
    return sorted((c.start, -k) for k, doc in enumerate(docs) for c in doc.citations)


def _code_place(text: str, doc: Resolved, docs: list[Resolved], starts: list[tuple[int, int]],
                article: Place | None) -> Place | None:
    """Where a document the text knows by its code alone is from: the place its clause opens with
    ("Tại Thái Bình, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 265-KH/TU …, thay thế Kế hoạch số
    230-KH/TU"), else the place of the document of that code named last before it in its paragraph
    (a round-up: "Tại Thanh Hóa, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 250-KH/TU … Kế hoạch 250
    thay thế Kế hoạch số 230-KH/TU"), else the article's. `starts` is `_citation_starts(docs)`."""
    start = doc.first.start
    clause = clause_place(text, start, article)
    if clause is not article:
        return clause
    code = _code_of(doc)
    paragraph = text.rfind("\n", 0, start) + 1
    first, past = (bisect.bisect_left(starts, (at, -len(docs))) for at in (paragraph, start))
    for _, minus_k in reversed(starts[first:past]):  # the latest citation first; of two at one place, the first document
        other = docs[-minus_k]
        issuer = other.issuer
        if other is not doc and issuer is not None and issuer.code == code and issuer.province_code:
            return Place(issuer.province, issuer.district, None, issuer.province_code, issuer.district_code)
    return article


def _issuer_from_code(doc: Resolved, article: Place | None, text: str) -> Issuer | None:
    """An issuer from the symbol alone: a central code names its body (BCA: Bộ Công an); a
    local code names a kind of body, placed where the article is (vn-conventions §3.2). A code
    that serves every level (UBND, HĐND) takes the level of that place: the province's body in
    an article about a province, the district's in one about a district. A district's code
    (HU, QU) in an article about a province is the district's whose committee the text names,
    when it names one only ("Ban Thường vụ Huyện ủy Thạch Hà … Kế hoạch số 120-KH/HU"); else
    the district is unknown."""
    code = _code_of(doc)
    if code is None:
        return None
    known = issuer_code(code)
    if known is None:
        return None
    if known.level == "central":
        return Issuer(known.name, "central", known.code) if known.name and known.code != "TW" \
            else Issuer("", "central", known.code)
    if article is None:
        return Issuer("", known.level, known.code)
    province = gazetteer.get("legacy", "province", article.province_code) if article.province_code else None
    if province is not None:  # named as when the document was issued, else as the article names it: Thừa Thiên Huế
        # was a tỉnh until 2024, whose "/TU" is its Tỉnh ủy, not the "Thành ủy Huế" of the list's centrally-run city
        day = next((c.date for c in doc.citations if c.date), None)
        province = gazetteer.as_on(province, day) if day else gazetteer.as_named(province, article.province)
    district = gazetteer.get("legacy", "district", article.district_code) if article.district_code else None
    level = known.level
    body = known.name or ""
    if level == "district" and district is None and province is not None:
        named = {i.district_code for i in bodies_named(text, known.code, article)
                 if i.province_code == province.code and i.district_code}
        if len(named) == 1:
            district = gazetteer.get("legacy", "district", named.pop())
    if level == "unknown" and province is not None:
        level = "district" if district is not None else "province"
        if body:  # named like its prose: "UBND tỉnh Hà Tĩnh", "UBND huyện Can Lộc", "UBND Quận 3"
            body = f"{body} {_kind_word(district or province)}".rstrip()
    if body.endswith("Tỉnh ủy") and province is not None and province.kind == gazetteer.CENTRAL_CITY:
        body = body.removesuffix("Tỉnh ủy") + "Thành ủy"  # "Ban Tổ chức Thành ủy Hà Nội"
    place = district if level in ("district", "commune", "unknown") and district else province
    if level == "district" and district is None:
        place = None  # "Huyện ủy" of an unknown district, not "Huyện ủy Hà Tĩnh"
    if level == "province":
        district = None
    name = " ".join(filter(None, (body, place.full_name if place and place.name == "Hồ Chí Minh"
                                  and not body.endswith("thành phố") else (place.name if place else None))))
    return Issuer(name, level, known.code,
                  province=province.name if province else None,
                  district=district.name if district else None,
                  province_code=province.code if province else None,
                  district_code=district.code if district else None)


def _place_of(issuer: Issuer) -> Place:
    return Place(issuer.province, issuer.district, None, issuer.province_code, issuer.district_code)


def _kind_word(unit: gazetteer.Unit) -> str:
    """The level word written before a unit's name: "tỉnh", "thành phố", "huyện"; none before
    a numbered unit, whose name carries it ("Quận 3")."""
    if unit.name[-1].isdigit():
        return ""
    return "thành phố" if unit.kind == gazetteer.CENTRAL_CITY else unit.kind
