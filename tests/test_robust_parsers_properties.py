"""Property tests of the small parsers the extractor is built on: symbols (loaders.symbols),
dates (loaders.dates) and text normalisation (loaders.text), on arbitrary Unicode and on
symbols and dates written every way Vietnamese news writes them.

What must hold for any input: no exception, every match lies inside the text and is the
substring it claims, matches come in order without overlapping, and reading is a function of
the text (a canonical symbol read back gives itself).
"""
from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from loaders.dates import date_at, find_dates
from loaders.symbols import find_symbols, symbol_at
from loaders.text import ReadError, decode, normalise

settings.register_profile(
    "robust", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROBUST = settings.get_profile("robust")

# Text the parsers are likely to trip on: digits, separators, Vietnamese letters in both
# normal forms, combining marks, invisible characters, and anything else Unicode has.
SYMBOLISH = st.sampled_from(list("0123456789/-. ,()") + ["TW", "TƯ", "T.Ư", "CT", "NQ", "KH",
                            "CTr", "QĐ", "UBND", "TU", "HU", "ngày", "tháng", "năm", "số", "Đ",
                            "\u0301", "\u0323", "\u200b", "\u00a0", "\u2013", "\n"])
HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(SYMBOLISH, st.text(max_size=3)), max_size=80).map("".join),
)


def _assert_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert 0 <= start < end <= len(text), (start, end, len(text))
        assert start >= previous_end, "matches overlap or are out of order"
        previous_end = end


# -- symbols -------------------------------------------------------------------------------------

@ROBUST
@given(HOSTILE_TEXT)
@example("Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư")
@example("1.201/1.273 hộ; 3 km/h; 99999999/2019/NĐ-CP")
def test_symbols_in_any_text_lie_inside_it(text: str) -> None:
    symbols = find_symbols(text)
    _assert_spans(text, [(s.start, s.end) for s in symbols])
    for symbol in symbols:
        assert text[symbol.start:symbol.end] == symbol.raw
        assert symbol.number.isdigit()
        assert symbol.system in ("party", "state", "legal")
        assert symbol_at(text, symbol.start) == symbol


@ROBUST
@given(HOSTILE_TEXT)
def test_a_canonical_symbol_reads_back_as_itself(text: str) -> None:
    for symbol in find_symbols(text):
        if symbol.canonical is None:
            continue
        again = find_symbols(symbol.canonical)
        assert [s.canonical for s in again] == [symbol.canonical], symbol


PARTY_TYPES = ["CT", "NQ", "KL", "KH", "CTr", "QĐ", "TB", "HD", "BC"]
PARTY_ISSUERS = {"TW": ["TW", "TƯ", "T.Ư"], "TU": ["TU"], "HU": ["HU"], "QU": ["QU"]}


@st.composite
def written_party_symbol(draw: st.DrawFn) -> tuple[str, str]:
    """(a Party symbol as some article writes it, its canonical form)."""
    number = draw(st.integers(1, 9999).map(str) | st.integers(1, 9).map(lambda n: f"0{n}"))
    type_ = draw(st.sampled_from(PARTY_TYPES))
    issuer = draw(st.sampled_from(sorted(PARTY_ISSUERS)))
    spelling = draw(st.sampled_from(PARTY_ISSUERS[issuer]))
    written_type = draw(st.sampled_from([type_, type_.upper(), type_.capitalize()]))
    shape = draw(st.sampled_from([
        "{n}-{t}/{i}", "{n} {t}/{i}", "{n} - {t}/{i}", "{n}-{t} / {i}", "{n}/{t}-{i}",
    ]))
    return shape.format(n=number, t=written_type, i=spelling), f"{number}-{type_}/{issuer}"


SENTENCES = [
    "Thực hiện {s}, Ban Thường vụ đã ban hành kế hoạch.",
    "theo tinh thần Chỉ thị số {s} ngày 01/12/2011 của Ban Bí thư",
    "({s})",
    "{s}",
    "Kết luận số {s}, về tiếp tục thực hiện",
]


@ROBUST
@given(written_party_symbol(), st.sampled_from(SENTENCES))
@example(("09-CT/TW", "09-CT/TW"), "{s}")
@example(("31/CT-TU", "31-CT/TU"), "{s}")
def test_every_spelling_of_a_party_symbol_gives_its_canonical_form(
        written: tuple[str, str], sentence: str) -> None:
    raw, canonical = written
    text = sentence.format(s=raw)
    symbols = find_symbols(text)
    assert [s.canonical for s in symbols] == [canonical]
    assert symbols[0].raw == raw


# -- dates ---------------------------------------------------------------------------------------

@ROBUST
@given(HOSTILE_TEXT)
@example("ngày 31/2/2020, ngày 1.12.2011, ngày 6/8, 1.201/1.273")
def test_dates_in_any_text_lie_inside_it_and_are_calendar_days(text: str) -> None:
    found = find_dates(text)
    _assert_spans(text, [(d.start, d.end) for d in found])
    for match in found:
        if match.iso is not None:
            assert date.fromisoformat(match.iso).isoformat() == match.iso


@ROBUST
@given(HOSTILE_TEXT, st.data())
def test_date_at_any_position_starts_there(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    year = data.draw(st.none() | st.integers(1900, 2099))
    match = date_at(text, pos, year)
    if match is not None:
        assert match.start == pos and pos < match.end <= len(text)
        assert match.iso is None or date.fromisoformat(match.iso)


@ROBUST
@given(st.dates(date(1945, 1, 1), date(2099, 12, 31)),
       st.sampled_from(["{d}/{m}/{y}", "{d}-{m}-{y}", "{d}.{m}.{y}", "{dd}/{mm}/{y}",
                        "ngày {d} tháng {m} năm {y}", "ngày {dd} tháng {mm}, năm {y}"]),
       st.sampled_from(["Chỉ thị 09-CT/TW, ngày {x} của Ban Bí thư", "({x})", "{x}"]))
def test_every_way_of_writing_a_day_reads_as_that_day(day: date, shape: str, sentence: str) -> None:
    written = shape.format(d=day.day, m=day.month, y=day.year, dd=f"{day.day:02}", mm=f"{day.month:02}")
    assert [d.iso for d in find_dates(sentence.format(x=written))] == [day.isoformat()]


# -- text ----------------------------------------------------------------------------------------

@ROBUST
@given(st.text(max_size=300))
def test_normalise_never_raises_and_removes_what_it_promises(text: str) -> None:
    out = normalise(text)
    assert "\r" not in out and "\u00a0" not in out and "\u200b" not in out and "\u2013" not in out


@ROBUST
@given(st.text(max_size=300))
@example("a\u200b\u0301")  # regression: NFC came before dropping the zero-width space
def test_normalise_output_is_nfc_and_normalising_again_changes_nothing(text: str) -> None:
    out = normalise(text)
    assert unicodedata.is_normalized("NFC", out)
    assert normalise(out) == out


@ROBUST
@given(st.binary(max_size=2000))
@example(b"")
@example("Chỉ thị".encode("utf-8")[:-1])
@example(b"\xff\xfe\x00")
def test_decode_of_any_bytes_is_text_or_a_read_error_naming_the_file(data: bytes) -> None:
    try:
        assert isinstance(decode(data, "bai-bao.txt"), str)
    except ReadError as err:
        assert err.path == "bai-bao.txt" and str(err).startswith("bai-bao.txt: ")
