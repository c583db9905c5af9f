"""Property tests of `loaders.extract.extract` on hostile text: arbitrary Unicode, and real
articles (data/samples and the dev corpus) cut, spliced, and switched between NFC and NFD.

For any input: no exception; every mention and every relation's evidence lies inside
record.text and is exactly the text it claims; the same input gives the same JSON; and text
that differs only in its Unicode normal form gives the same record.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from loaders.extract import extract
from loaders.record import ArticleRecord
from tests.conftest import DEV_CORPUS, SAMPLES

ROBUST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _articles() -> list[str]:
    """The five samples, and the dev corpus when it is beside the clone."""
    paths = sorted(SAMPLES.glob("*.txt"))
    if DEV_CORPUS.is_dir():
        paths += sorted(DEV_CORPUS.glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


ARTICLES = _articles()

# Pieces of citations, dates, places and Unicode trouble to splice into articles.
SPLICES = st.sampled_from([
    "Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư", "Kế hoạch số 73-KH/QU", "số ",
    "ngày 6/8", "(", ")", "\"", "thực hiện ", "về việc ", "của Ban Thường vụ Tỉnh ủy Hà Tĩnh",
    "UBND huyện Can Lộc", "09/TW", "-CT/", "/TU", "\n", "\n\n", "\r\n", "\u200b", "\u00ad",
    "\ufeff", "\u0301", "\u0323", "\u2013", "\u00a0", "Ð", "\U0001f600", "\x00", "\ud7ff", "",
])
INSERTED = st.one_of(SPLICES, st.text(max_size=20))


def _assert_offsets_hold(record: ArticleRecord) -> None:
    text = record.text
    spans = [m for d in record.documents for m in d.mentions]
    spans += [r.evidence for r in record.relations if r.evidence is not None]
    for mention in spans:
        assert 0 <= mention.start <= mention.end <= len(text), (mention, len(text))
        assert text[mention.start:mention.end] == mention.text, mention
    keys = {d.key for d in record.documents}
    assert len(keys) == len(record.documents), "document keys repeat"
    for relation in record.relations:
        assert relation.source in keys and relation.target in keys, relation


def _json(record: ArticleRecord) -> str:
    return json.dumps(record.to_json(with_text=True), ensure_ascii=False, sort_keys=True)


def _checked(text: str) -> ArticleRecord:
    record = extract(text)
    _assert_offsets_hold(record)
    assert _json(extract(text)) == _json(record), "two runs on the same text differ"
    return record


@ROBUST
@given(st.text(max_size=400))
@example("")
@example("\u0301\u0301Chỉ thị số 09-CT/TW")
@example("09-CT/TW" * 50)
@example("Thực hiện Chỉ thị 09-CT/TW, ngày 1/12/2011 của Ban Bí thư và Kế hoạch 73-KH/QU của Quận ủy Quận 11")
def test_any_unicode(text: str) -> None:
    _checked(text)


@ROBUST
@given(st.lists(st.one_of(SPLICES, st.text(max_size=8)), max_size=60).map("".join))
def test_citation_debris(text: str) -> None:
    _checked(text)


@st.composite
def edited_article(draw: st.DrawFn) -> str:
    """A real article, cut to a random window, with a few random splices."""
    text = draw(st.sampled_from(ARTICLES))
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    text = text[start:end] if draw(st.booleans()) else text
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(INSERTED) + text[at:]
    return text


@ROBUST
@given(edited_article())
def test_real_articles_cut_and_spliced(text: str) -> None:
    _checked(text)


@ROBUST
@given(edited_article(), st.data())
def test_the_unicode_normal_form_does_not_change_the_record(text: str, data: st.DataObject) -> None:
    """NFD everywhere or only in one stretch (as text pasted from another editor): the text is
    canonically equivalent, so the record must be identical."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    partly_nfd = text[:start] + unicodedata.normalize("NFD", text[start:end]) + text[end:]
    expected = _json(_checked(unicodedata.normalize("NFC", text)))
    assert _json(extract(unicodedata.normalize("NFD", text))) == expected
    assert _json(extract(partly_nfd)) == expected


@pytest.mark.parametrize("index", range(len(ARTICLES)))
def test_each_real_article_whole_and_in_nfd(index: int) -> None:
    text = ARTICLES[index]
    record = _checked(text)
    assert record.documents, "a real article that cites nothing: the test would prove little"
    assert _json(extract(unicodedata.normalize("NFD", text))) == _json(record)


def test_the_dev_corpus_is_included(dev_corpus: Path) -> None:
    assert len(ARTICLES) == len(list(SAMPLES.glob("*.txt"))) + len(list(dev_corpus.glob("*.txt")))
