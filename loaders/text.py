"""Clean article text before anything reads it: bytes -> str, then one canonical form.

Every character offset in an ArticleRecord points into the output of `normalise`, so the
function is applied once, by the readers, and never again downstream.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from loaders.tables import cues, phrase_pattern, read_table


class ReadError(Exception):
    """A file (or one line of a .jsonl file) that could not be read; names the file and why."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SLASHES = "\u2044\u2215\uff0f"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
# soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

_REPLACEMENTS: dict[str, str] = {
    **{c: "-" for c in _DASHES},
    **{c: "/" for c in _SLASHES},
    **{c: " " for c in _SPACES},
    **{c: "" for c in _INVISIBLE},
    # Ð (eth) and ð are what legacy fonts and careless typing put for Đ/đ
    "\u00d0": "\u0110",
    "\u00f0": "\u0111",
    "\u2028": "\n",
    "\u2029": "\n",
    "\r": "\n",  # "\r\n" is one line break: replaced first
}
# A regex substitution rather than str.translate: these characters are rare, and translate
# with a mapping costs ~0.17 s per MB of Vietnamese text while a regex scan is nearly free. The
# pattern is one character set ("\r\n" is replaced before it): the regex engine then skips
# to the next odd character in C, twice as fast as with an alternation.
_ODD = re.compile("[" + re.escape("".join(k for k in _REPLACEMENTS if len(k) == 1)) + "]")

# Words that news text glues to a following number ("ngày22/3", "số31-QĐ/TW"). A closed list:
# a general letter-digit split would break codes and units such as "QH15", "km2", "H5N1".
_GLUED_BEFORE_NUMBER = tuple(
    w for word in ("ngày", "tháng", "năm", "số", "khóa", "khoá", "lần", "đợt", "điều", "khoản")
    for w in (word, word.capitalize())
)
# Words glued after an issuer code or a number ("TWngày", "13/8/2012của").
_GLUED_AFTER_CODE = ("ngày", "tháng", "năm", "của", "về", "và", "tại", "thực hiện")

# Both patterns start with a single character class so that the regex engine can skip through
# the text quickly; the callbacks, which run only on rare candidates, check the whole word.
_BEFORE_NUMBER = re.compile("[" + "".join({w[-1] for w in _GLUED_BEFORE_NUMBER}) + r"](?=\d)")
_AFTER_CODE = re.compile(
    r"[0-9A-ZĐƯ](?=(?:" + "|".join(_GLUED_AFTER_CODE) + r")(?![^\W\d_]))"
)


def _split_before_number(m: re.Match[str]) -> str:
    text, end = m.string, m.end()
    for word in _GLUED_BEFORE_NUMBER:
        start = end - len(word)
        if text.startswith(word, start) and not (start and text[start - 1].isalpha()):
            return m.group() + " "
    return m.group()


def _split_after_code(m: re.Match[str]) -> str:
    char, start = m.group(), m.start()
    if char.isdigit() or (start and m.string[start - 1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZĐƯ"):
        return char + " "
    return char


# Text taken from a PDF (or OCR) keeps the page's line ends inside sentences and citations
# ("Chỉ thị số 09-\nCT/TW", "ngày 01 tháng 12\nnăm 2011", "Tỉnh ủy\nThái Nguyên") and the page's
# numbers between them ("Trang 2/5", "- 3 -", "2"). Every reader of citations takes a line end
# for the end of a sentence, so a wrapped line end becomes a space (one character for one: offsets
# and mentions stay as written, give or take white space).
_PAGE_NUMBER_LINE = re.compile(
    r"\n[ ]*(?:[Tt]rang[ ]+\d{1,3}(?:[ ]*/[ ]*\d{1,3})?|-[ ]*\d{1,3}[ ]*-|\d{1,3})[ ]*\n(?=[ ]*\S)"
)
# A line end after an unfinished line (no closing mark, not a capitalised heading) before a line
# that goes on with a small letter or a number that opens no list item ("2. …", "3) …", "a) …").
# Each pattern opens with the line end, which the regex engine finds fast; the callbacks look back.
_WRAPPED_BEFORE_SMALL = re.compile(r"\n[ ]*(?=[^\W_])(?!\d{1,2}[.)][ ]|[a-zđ]\)[ ])")
_UNFINISHED_LINE_END = ",-/)"  # besides a letter or a digit
# ... but a line that is a date and a time alone is a paper's dateline under its headline
# ("Bắc Ninh chi 3% ngân sách cho khoa học, công nghệ\n12/02/2025 08:32 GMT+7", "… trước tháng 6\n20/02/2025 09:45",
# "12-06-2024 - 15:30", "26/03/2025 | 10:12"), not the rest of the headline
_STAMP_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
_STAMP_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_STAMP_LINE = re.compile(rf"(?:{_STAMP_DATE}[ ]*[-|,]?[ ]*{_STAMP_TIME}|{_STAMP_TIME}[ ]*[-|,]?[ ]*{_STAMP_DATE})"
                         r"[ ]*(?:\(?GMT[ ]*\+[ ]*7\)?|[AP]M)?[ ]*(?=\n|$)")
# Before a capital when the line ends inside a symbol ("số 09-\nCT/TW", "1234/KH-\nUBND"), and in text
# wrapped so (three such line ends or more) when it ends on a small letter ("của Ban\nChấp hành"); a line after a date,
# a symbol or a capitalised heading, and a number line ("Số: 12/KH-UBND") are a document's header.
_WRAPPED_BEFORE_CAPITAL = re.compile(r"\n[ ]*(?=[^\W\d_])(?!(?:Số|SỐ|Sổ|SỔ)[ ]*:?[ ]*\d)")  # OCR: "Sổ"
# Two columns side by side (a header's issuer and motto, the recipients and the signer) are set
# apart by a run of spaces: such a line is no wrapped prose.
_COLUMNS = re.compile(r"\S[ ]{4,}\S")
_WRAPPED_TEXT_MIN_LINES = 3
# ... but not before a line that opens with a lead ("Thực hiện B, …", "Căn cứ B, …"): the body after a
# printed document's title, whose last line ends on a small letter as a wrapped one does
_LEAD_FIRST_WORDS = frozenset(row["phrase"].split()[0] for row in read_table("relation_phrases.tsv")
                              if row["where"] in ("lead", "both"))
# A line ending on a word that waits for its object ("… ngày 10/01/2024 của\nChủ tịch UBND tỉnh về …") goes on
# on the next line whatever its case, in any text (data/cues dangling)
_DANGLING_WORDS = frozenset(cues("dangling"))


def _unwrapped(text: str) -> str:
    if "\n" not in text:
        return text
    text = _PAGE_NUMBER_LINE.sub(_page_number_blanked, text)
    wrapped = 0

    def join_small(m: re.Match[str]) -> str:
        nonlocal wrapped
        before = _last_char_before(m.string, m.start())
        if not (before.isalnum() or before in _UNFINISHED_LINE_END):
            return m.group()
        if not (m.string[m.end()].isdigit() or m.string[m.end()].islower()):
            return m.group()
        if m.string[m.end()].isdigit() and _STAMP_LINE.match(m.string, m.end()):
            return m.group()
        if not _line_has_small_letter(m.string, m.start()):
            return m.group()
        wrapped += 1
        return " " + m.group()[1:]

    text = _WRAPPED_BEFORE_SMALL.sub(join_small, text)
    wrapped_text = wrapped >= _WRAPPED_TEXT_MIN_LINES

    def join_capital(m: re.Match[str]) -> str:
        before = _last_char_before(m.string, m.start())
        in_symbol = before in "-/" and m.string[m.start() - 2:m.start() - 1].isalnum()  # "số 1234/KH-\nUBND"
        dangling = before.islower() and _last_word_before(m.string, m.start()) in _DANGLING_WORDS
        if not (in_symbol or dangling or wrapped_text and before.islower()) or not m.string[m.end()].isupper():
            return m.group()
        if not in_symbol and _first_word(m.string, m.end()).lower() in _LEAD_FIRST_WORDS:
            return m.group()
        if not _line_has_small_letter(m.string, m.start()):
            return m.group()
        return " " + m.group()[1:]

    return _WRAPPED_BEFORE_CAPITAL.sub(join_capital, text)


def _page_number_blanked(m: re.Match[str]) -> str:
    """The line end before a page's number kept, the number and its own line end white space
    (when it stands between two lines of text)."""
    if m.start() == 0 or m.string[m.start() - 1] == "\n":
        return m.group()
    return "\n" + " " * (len(m.group()) - 1)


def _last_char_before(text: str, pos: int) -> str:
    """The last character of the line ending at `pos` but spaces ("" for an empty line)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos].rstrip(" ")
    return line[-1:]


def _last_word_before(text: str, pos: int) -> str:
    """The last word of the line ending at `pos`."""
    line = text[max(text.rfind("\n", 0, pos) + 1, pos - _LONGEST_WORD):pos].rstrip(" ")
    return line[line.rfind(" ") + 1:]


def _first_word(text: str, pos: int) -> str:
    end = text.find(" ", pos, pos + _LONGEST_WORD)
    return text[pos:end] if end != -1 else ""


_LONGEST_WORD = 12


def _line_has_small_letter(text: str, end: int) -> bool:
    """Whether the line ending at `end` holds a small letter (a capitalised heading holds none)
    and it and the next line are no columns."""
    start = text.rfind("\n", 0, end) + 1
    next_end = text.find("\n", end + 1)
    if _COLUMNS.search(text, start, next_end if next_end != -1 else len(text)):
        return False
    return any(char.islower() for char in text[start:end])


def normalise(text: str) -> str:
    """NFC; one dash, one slash, one space; no invisible characters; glued words split; lines
    wrapped inside a sentence joined.

    Paragraph breaks and lines that end a sentence, a heading or a list item are kept (they
    carry meaning); runs of spaces are kept as written so that quoted mentions stay verbatim
    substrings.
    """
    # NFC after the replacements: a dropped zero-width character may join a letter to a
    # combining mark ("a\u200b\u0301" -> "á")
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    text = unicodedata.normalize("NFC", _ODD.sub(lambda m: _REPLACEMENTS[m.group()], text))
    text = _BEFORE_NUMBER.sub(_split_before_number, text)
    return _unwrapped(_AFTER_CODE.sub(_split_after_code, text))


# UTF-8 read as Windows-1252 (or Latin-1) and saved again as UTF-8: "Chá»‰ thá»‹" for "Chỉ thị",
# as scrapers and old CMS exports write it. Every Vietnamese letter with a mark shows one of these
# written so (bytes C3, C4, C6 and the second byte of E1 BA, E1 BB as Windows-1252); a test for
# single characters costs ~0.5 ms per MB, a regex twenty times more.
_DOUBLE_ENCODED_MARKS = "ÃÄÆº»"
_CP1252_BYTE = {ord(char): byte for byte in range(0x80, 0xA0)
                if (char := bytes([byte]).decode("cp1252", errors="ignore"))}


def undo_double_encoding(text: str) -> str:
    """The text as first written, when it is UTF-8 encoded twice; otherwise the text unchanged.

    Certain when it applies: every character must map back to one byte and the bytes must be
    valid UTF-8, which real Vietnamese (ạ, ế, đ lie beyond Latin-1) and other mojibake never are."""
    if not any(mark in text for mark in _DOUBLE_ENCODED_MARKS):
        return text
    raw = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x100:
            raw.append(code)
        elif code in _CP1252_BYTE:
            raw.append(_CP1252_BYTE[code])
        else:
            return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


# Detection below this is a guess: charset-normalizer reports equal scores for many code pages
# on short or language-less input, and we would rather reject a file than read mojibake.
_MAX_CHAOS = 0.05
_MIN_COHERENCE = 0.2


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM; otherwise a legacy encoding detected with certainty.

    Raises ReadError naming `name` for empty, binary, truncated-UTF-8 or undetectable input.
    The result is not normalised yet (Windows-1258 text carries combining tone marks that
    `normalise` composes).
    """
    if not data:
        raise ReadError(name, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows "Unicode" exports
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ReadError(name, f"invalid UTF-16 at byte {err.start}") from None
    if b"\x00" in data[:8192]:
        raise ReadError(name, "binary file (contains NUL bytes), not text")
    try:
        return undo_double_encoding(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data":
            raise ReadError(
                name, f"truncated UTF-8: the file ends inside a character (byte {err.start})"
            ) from None
        utf8_error = err
    best = charset_normalizer.from_bytes(data).best()
    if (
        best is not None
        and best.chaos <= _MAX_CHAOS
        and best.coherence >= _MIN_COHERENCE
        and best.language != "Unknown"
    ):
        return str(best)
    raise ReadError(
        name,
        "not UTF-8 (invalid byte at offset "
        f"{utf8_error.start}) and the encoding could not be detected with certainty",
    )


# A line in capitals that names a document (a headline: "TỈNH ỦY YÊN BÁI BAN HÀNH KẾ HOẠCH THỰC HIỆN KẾT
# LUẬN SỐ 01-KL/TW CỦA BỘ CHÍNH TRỊ"; a printed plan's title under "KẾ HOẠCH": "THỰC HIỆN CHỈ THỊ SỐ
# 35-CT/TW NGÀY 14/6/2024 CỦA BỘ CHÍNH TRỊ") is read as news writes prose: relation phrases, issuing verbs
# and function words (data/cues caps_lower) in lower case, every other word capitalised as a name ("Tỉnh
# Ủy Yên Bái", "Kế Hoạch"), and symbols, abbreviations (UBND, TW) and Roman numerals as written. The copy
# keeps the text's length, so offsets hold and mentions are read from the text itself.
_CAPS_LOWER = re.compile(
    r"(?<![^\W\d_])(?:" + phrase_pattern(
        [r["phrase"] for r in read_table("relation_phrases.tsv") if "*" not in r["phrase"]]
        + cues("issue") + cues("caps_lower")) + r")(?![^\W\d_])"
)
_CAPS_TYPE_NOUN = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted({re.escape(r["word"].upper()) for r in read_table("document_types.tsv")
                                             if " " in r["word"] or len(r["word"]) > 3}, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
_WORD = re.compile(r"[^\W\d_]+")
# a Vietnamese syllable (onset, vowels, final): a word in capitals that is none is an abbreviation
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_CAPS_MIN_CHARS = 24
_CAPS_MIN_WORDS = 6


def read_capitals(text: str) -> str:
    """`text` with its lines in capitals that name a document re-cased as prose (see above)."""
    lines = text.split("\n")
    if not any(len(line) >= _CAPS_MIN_CHARS and line.isupper() for line in lines):  # the cheap test, in C
        return text
    return "\n".join(_as_prose(line) or line if len(line) >= _CAPS_MIN_CHARS and line.isupper() else line
                     for line in lines)


def _as_prose(line: str) -> str | None:
    if len(line.split()) < _CAPS_MIN_WORDS or _COLUMNS.search(line) or not _CAPS_TYPE_NOUN.search(line):
        return None
    lower = line.lower()
    if len(lower) != len(line):
        return None
    kept_lower = bytearray(len(line))
    for m in _CAPS_LOWER.finditer(lower):
        kept_lower[m.start():m.end()] = b"\1" * (m.end() - m.start())
    out = list(line)
    for m in _WORD.finditer(line):
        word, start, end = m.group(), m.start(), m.end()
        if _in_symbol(line, start, end) or _ROMAN_NUMERAL.fullmatch(word) or not _SYLLABLE.fullmatch(word.lower()):
            continue
        cased = word.lower() if kept_lower[start] and line[:start].strip() else word[0] + word[1:].lower()
        out[start:end] = cased
    return "".join(out)


def _in_symbol(line: str, start: int, end: int) -> bool:
    """Is the word part of a symbol ("215-KH/TU", "01/2019/NQLT-BCA")?"""
    before, after = line[start - 1:start], line[end:end + 1]
    return bool(before) and before in "-/" or bool(after) and after in "-/" or before.isdigit()
