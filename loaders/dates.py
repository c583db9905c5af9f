"""Dates as Vietnamese text writes them, read day-month-year, returned as ISO strings.

Forms: 01/12/2011, 1-12-2011, 1.12.2011, "ngày 1 tháng 12 năm 2011", "ngày22/3/2012" (split by
loaders.text), and a partial "ngày 6/8" that takes its year from the article when known.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

_YEAR = r"(?:19|20)\d\d"
# the same separator twice: "1.12.2011" is a date, "1.201/1.273" is not
_NUMERIC = rf"(?P<d>\d{{1,2}})[ ]?(?P<sep>[/.-])[ ]?(?P<m>\d{{1,2}})[ ]?(?P=sep)[ ]?(?P<y>{_YEAR})(?!\d)"
_WORDS = rf"(?P<wd>\d{{1,2}})\s+tháng\s+(?P<wm>\d{{1,2}})\s*(?:,\s*)?năm\s+(?P<wy>{_YEAR})(?!\d)"
# "ngày 6/8", "ngày 1-7"; "ngày 10.2" as Thanh Niên writes it ("1.500" and "1.5.2024" are no such date)
_PARTIAL = r"(?P<pd>\d{1,2})[/.-](?P<pm>\d{1,2})(?![\d/.-])"

DATE_RE = re.compile(rf"(?<![\d/.-])(?:{_NUMERIC}|{_WORDS})")
# A date where a citation gives one: ", ngày 01/12/2011", " (ngày 31/5/2025)", " ngày 6/8", " ngày mồng 8 tháng 11 năm
# 2017" (the first ten days of a month may take "mồng" or "mùng")
_DATE_AT = re.compile(
    rf"[ ]?,?[ ]*(?P<paren>\()?[ ]*(?P<ngay>[Nn]gày:?[ ]*(?:(?:mồng|mùng)[ ]+)?)?(?:{_NUMERIC}|{_WORDS}|{_PARTIAL})"
    r"(?(paren)(?P<close>[ ]*\))?)"
)


class DateMatch(NamedTuple):
    start: int
    end: int
    iso: str | None  # None when the year is unknown or the date is not a real day


@lru_cache(maxsize=4096)
def to_iso(day: int, month: int, year: int) -> str | None:
    """ISO date, or None if the numbers do not make a calendar day (31/2)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso(m: re.Match[str], year: int | None) -> str | None:
    day, word_day = m.group("d", "wd")
    if day:
        return to_iso(int(day), int(m.group("m")), int(m.group("y")))
    if word_day:
        return to_iso(int(word_day), int(m.group("wm")), int(m.group("wy")))
    return to_iso(int(m.group("pd")), int(m.group("pm")), year) if year else None  # _DATE_AT only


def find_dates(text: str) -> list[DateMatch]:
    """Every full date (with a year) in the text."""
    return [DateMatch(m.start(), m.end(), _iso(m, None)) for m in DATE_RE.finditer(text)]


def date_at(text: str, pos: int, year: int | None = None, *, day_named: bool = False) -> DateMatch | None:
    """A date that starts at `pos` after optional ", ", "(" and "ngày". A partial date
    ("ngày 6/8") needs the word "ngày", or a word before `pos` that stands for it (`day_named`:
    the time of day of "Chiều 25/9, …"), and takes `year`; its iso is None without one."""
    m = _DATE_AT.match(text, pos)
    if m is None:
        return None
    if m.group("pd") and not (m.group("ngay") or day_named):
        return None
    if m.group("paren") and not m.group("close"):  # "(ngày 31/5/2025 và …)": not a date aside
        return None
    return DateMatch(pos, m.end(), _iso(m, year))
