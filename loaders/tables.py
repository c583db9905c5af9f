"""The extractor's knowledge tables (TSV and CSV files in loaders/data/) and the helpers that turn
their phrases into fast regular expressions.

Each table is read once, when the module that needs it is imported.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")
# every capital letter of Vietnamese text (Latin and its accented forms), for a character class: "[{UPPER}]"
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()}))

# Vietnamese writes the tone of "oa", "oe", "uy" on either vowel ("hóa"/"hoá", "ủy"/"uỷ");
# official and news text use both, so every phrase matches both spellings.
_TONE_PAIRS = [
    (a, b)
    for first, second, pairs in (
        ("o", "a", ("óoá", "òoà", "ỏoả", "õoã", "ọoạ")),
        ("o", "e", ("óoé", "òoè", "ỏoẻ", "õoẽ", "ọoẹ")),
        ("u", "y", ("úuý", "ùuỳ", "ủuỷ", "ũuỹ", "ụuỵ")),
    )
    for p in pairs
    for a, b in ((p[0] + second, first + p[2]),)
]
_TONE_PAIRS += [(a[0].upper() + a[1:], b[0].upper() + b[1:]) for a, b in _TONE_PAIRS]
_TONE_VARIANT = {a: b for a, b in _TONE_PAIRS} | {b: a for a, b in _TONE_PAIRS}
_TONE_RE = re.compile("|".join(map(re.escape, _TONE_VARIANT)))


@lru_cache(maxsize=None)
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated table with a header line; '#' lines and blank lines are skipped.
    Read once: several modules build their patterns from the same table (relation_phrases.tsv)."""
    path = DATA_DIR / name
    header: list[str] | None = None
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ValueError(f"{path}:{number}: {len(cells)} cells but the header has {len(header)}")
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return tuple(rows)


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a comma-separated table of data/ with a header line; '#' lines are skipped."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def spellings(phrase: str, *, either_case: bool = False) -> set[str]:
    """Every way the phrase is written: both tone placements, and (if asked) either case of
    its first letter."""
    out = {""}
    pos = 0
    for m in _TONE_RE.finditer(phrase):
        chunk = phrase[pos : m.start()]
        out = {s + chunk + v for s in out for v in (m.group(), _TONE_VARIANT[m.group()])}
        pos = m.end()
    out = {s + phrase[pos:] for s in out}
    if either_case:
        out |= {s[:1].swapcase() + s[1:] for s in out}
    return out


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, longest first, written as a trie so that the regex
    engine tests one shared prefix once instead of every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def phrase_pattern(phrases: Iterable[str], *, either_case: bool = False) -> str:
    """`alternation` over every spelling of the phrases; a space matches any run of spaces."""
    words = {s for p in phrases for s in spellings(p, either_case=either_case)}
    return alternation(words).replace(r"\ ", r"\s+")


def star_phrase_pattern(phrases: Iterable[str], *, either_case: bool = False) -> str:
    """`phrase_pattern` over phrases in which "*" stands for up to eight words ("theo đề nghị
    của * tại", data/relation_phrases.tsv), or for none before a comma ("có hiệu lực, thay thế"),
    the longest first. Each run of phrases without "*" between two with one is a single trie
    (`phrase_pattern`), not one alternative per phrase: two of them match at one place only when
    one is a prefix of the other, and the trie, too, tries the longer first, so the match is the
    same, found without testing some hundred phrases one by one at every place."""
    alternatives: list[str] = []
    plain: list[str] = []  # the run of phrases without "*" since the last with one
    for phrase in sorted(phrases, key=len, reverse=True):
        if "*" not in phrase:
            plain.append(phrase.strip())
            continue
        if plain:
            alternatives.append(phrase_pattern(plain, either_case=either_case))
            plain = []
        alternatives.append(_star_joined([piece.strip() for piece in phrase.split("*")], either_case))
    if plain:
        alternatives.append(phrase_pattern(plain, either_case=either_case))
    return "|".join(alternatives)


_STAR = r"(?:[ ]+\S+){0,8}?,?[ ]+"
# a body named between "của" and "tại" may run longer, within its clause: "theo đề nghị của Trưởng phòng Nông nghiệp
# và Phát triển nông thôn tại Tờ trình số 86/TTr-NN", "Giám đốc Sở Lao động - Thương binh và Xã hội"
_STAR_BODY = r"(?:[ ]+[^\s.;:]+){0,16}?,?[ ]+"


def _star_issuer() -> str:
    """"khi * ban hành" does not run over a lead that tells a body's coming into being (data/cues came_into_being):
    after its comma the main clause issues ("Ngay sau khi thành lập, Ban Chỉ đạo đã ban hành Quy chế làm việc, …",
    whose Quy chế no document carries out)."""
    return rf"(?![ ]+(?:{phrase_pattern(cues('came_into_being'))})[ ]*,)" + _STAR


def _star_joined(pieces: list[str], either_case: bool) -> str:
    out = phrase_pattern([pieces[0]], either_case=either_case)
    for before, piece in zip(pieces, pieces[1:]):
        star = (_STAR_BODY if before.endswith("của") and piece.startswith("tại")
                else _star_issuer() if before.endswith("khi") and piece.startswith("ban hành") else _STAR)
        out += star + phrase_pattern([piece], either_case=either_case)
    return out


@lru_cache(maxsize=65536)
def fold(phrase: str) -> str:
    """A key two spellings of a phrase share: case-folded, one tone placement, single spaces."""
    phrase = _TONE_RE.sub(lambda m: min(m.group(), _TONE_VARIANT[m.group()]), phrase.casefold())
    return " ".join(phrase.split())


_CUES = read_table("cues.tsv")


def cues(kind: str) -> list[str]:
    """The phrases of one kind in data/cues.tsv (issuing verbs, plural determiners …)."""
    return [row["phrase"] for row in _CUES if row["kind"] == kind]


# "số", "Số", "SỐ" before a document's number, and OCR's "sổ" for it
NUMBER_WORD = phrase_pattern(cues("number_word"), either_case=True)
