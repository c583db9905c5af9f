"""Atheris target: loaders.dates on any text, at any position, with or without the article's
year. A crash is an exception, a date outside the text, or an ISO string that is not a day.

    .venv/bin/python tests/fuzz/fuzz_dates.py -max_total_time=60 -dict=tests/fuzz/tokens.dict CORPUS_DIR

CORPUS_DIR is a scratch folder: libFuzzer writes what it finds into it (tests/fuzz/run.py copies
the seeds/ sentences into one). Never give seeds/ itself.
"""
from __future__ import annotations

import sys
from datetime import date

import atheris

# Only chithi's own code is instrumented: the gazetteer package's tables are huge and
# instrumenting them took most of a run's start (35 s CPU against 15 s).
with atheris.instrument_imports(include=["loaders"]):
    from loaders.dates import date_at, find_dates


def _check_iso(iso: str | None) -> None:
    assert iso is None or date.fromisoformat(iso).isoformat() == iso, iso


def test_one_input(data: bytes) -> None:
    # The first two bytes choose a position and a year; the rest is the text, read as UTF-8.
    text = data[2:].decode("utf-8", "replace")
    previous_end = 0
    for found in find_dates(text):
        assert previous_end <= found.start < found.end <= len(text), (found, len(text))
        _check_iso(found.iso)
        previous_end = found.end
    pos = data[0] % (len(text) + 1) if data else 0
    year = 1945 + data[1] if len(data) > 1 and data[1] < 155 else None
    found = date_at(text, pos, year)
    if found is not None:
        assert found.start == pos < found.end <= len(text), (found, pos, len(text))
        _check_iso(found.iso)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
