"""Vietnamese alphabetical order, for lists people scan by name (provinces, districts, units).

Code-point order puts "Bình Dương" before "Bạc Liêu" (ì is U+00EC, ạ U+1EA1), and folding the
accents away puts "Bắc Giang" before "Bạc Liêu". The Vietnamese alphabet orders letters
a ă â b c d đ e ê … o ô ơ … u ư …; tone marks only break ties, in the order
no mark, huyền, hỏi, ngã, sắc, nặng (as Vietnamese dictionaries list them).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# combining marks that make a letter of the alphabet (ă â ê ô ơ ư), in alphabet order after the bare letter
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


@lru_cache(maxsize=1 << 14)
def vietnamese_key(text: str) -> tuple[tuple[tuple[str, int], ...], tuple[int, ...], str]:
    """A sort key: letters in the Vietnamese alphabet's order, then tone marks, then the text."""
    letters: list[tuple[str, int]] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFC", text):
        if char in "đĐ":  # đ is a letter of its own, after d
            letters.append(("d", 4))
            tones.append(0)
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        letters.append((base.lower(), sum(_LETTER_MARKS.get(m, 0) for m in marks)))
        tones.append(sum(_TONE_MARKS.get(m, 0) for m in marks))
    return tuple(letters), tuple(tones), text
