"""Atheris target: loaders.symbols on any text. A crash is an exception or a broken promise:
a symbol outside the text, not the substring it claims, out of order, or a canonical form
that does not read back as itself.

    .venv/bin/python tests/fuzz/fuzz_symbols.py -max_total_time=60 -dict=tests/fuzz/tokens.dict CORPUS_DIR

CORPUS_DIR is a scratch folder: libFuzzer writes what it finds into it (tests/fuzz/run.py copies
the seeds/ sentences into one). Never give seeds/ itself.
"""
from __future__ import annotations

import sys

import atheris

# Only chithi's own code is instrumented: the gazetteer package's tables are huge and
# instrumenting them took most of a run's start (35 s CPU against 15 s).
with atheris.instrument_imports(include=["loaders"]):
    from loaders.symbols import find_symbols, symbol_at


def test_one_input(data: bytes) -> None:
    # Bytes read as UTF-8 so that the seed files are real sentences the fuzzer mutates.
    text = data.decode("utf-8", "replace")
    previous_end = 0
    for symbol in find_symbols(text):
        assert previous_end <= symbol.start < symbol.end <= len(text), (symbol, len(text))
        assert text[symbol.start:symbol.end] == symbol.raw, symbol
        assert symbol_at(text, symbol.start) == symbol, symbol
        previous_end = symbol.end
        if symbol.canonical is not None:
            again = [s.canonical for s in find_symbols(symbol.canonical)]
            assert again == [symbol.canonical], (symbol, again)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
