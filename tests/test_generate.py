"""benchmarks.generate: articles whose truth is exact, reproducible and readable by the loaders."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from benchmarks.generate import _with_kind, articles
from loaders import gazetteer
from loaders.record import RELATION_TYPES, ArticleRecord
from tests.conftest import REPO

SAMPLE = list(articles(300, seed=3))


def test_the_same_seed_and_index_give_the_same_article() -> None:
    assert list(articles(5, seed=3, start=100)) == SAMPLE[100:105]
    assert list(articles(5, seed=4, start=100)) != SAMPLE[100:105]


@pytest.mark.parametrize("index", range(0, 300, 7))
def test_every_mention_is_the_text_at_its_span(index: int) -> None:
    article, truth = SAMPLE[index]
    for doc in truth["documents"]:
        assert doc["mentions"]
        for m in doc["mentions"]:
            assert article["text"][m["start"]:m["end"]] == m["text"]


def test_truth_reads_as_article_records_with_real_places() -> None:
    for article, truth in SAMPLE:
        record = ArticleRecord.from_json({**truth, "text": article["text"]})
        keys = {d.key for d in record.documents}
        assert all(r.source in keys and r.target in keys and r.type in RELATION_TYPES
                   for r in record.relations)
        for doc in record.documents:
            if doc.province_code:  # as named on the document's day: Thừa Thiên Huế until 2024
                province = gazetteer.get("legacy", "province", doc.province_code)
                assert gazetteer.as_on(province, doc.date).name == doc.province
            if doc.district_code:  # likewise: huyện Yên Hưng until 2011, thị xã Quảng Yên since
                district = gazetteer.get("legacy", "district", doc.district_code)
                assert gazetteer.as_on(district, doc.date).name == doc.district


def test_a_document_is_the_same_in_every_article_that_cites_it() -> None:
    seen: dict[tuple, tuple] = {}
    for _, truth in SAMPLE:
        for d in truth["documents"]:
            if d["number"]:
                ident = (d["type_code"], d["number"], d["issuer"], d["province_code"], d["district_code"])
                assert seen.setdefault(ident, (d["date"], d["title"])) == (d["date"], d["title"])


def test_the_corpus_has_every_level_relation_and_look_alike() -> None:
    levels = {d["issuer_level"] for _, t in SAMPLE for d in t["documents"]}
    relations = {r["type"] for _, t in SAMPLE for r in t["relations"]}
    text = "\n".join(a["text"] for a, _ in SAMPLE)
    assert levels == {"central", "province", "district", "commune"}
    assert relations == {"implements", "reviews", "continues"}
    for look_alike in ("Ban Chỉ đạo 138/CP", "1.201/1.273", "giai đoạn 2021-2025", "Kế hoạch 5 năm", "km/h"):
        assert look_alike in text
    assert any(d["symbol"] is None and d["number"] for _, t in SAMPLE for d in t["documents"])


def test_cli_writes_articles_and_truth(tmp_path) -> None:
    out, truth = tmp_path / "a.jsonl", tmp_path / "t.jsonl"
    subprocess.run([sys.executable, "benchmarks/generate.py", "--articles", "20", "--seed", "3",
                    "--out", str(out), "--truth", str(truth)], check=True, cwd=REPO)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [a for a, _ in SAMPLE[:20]]
    assert len(truth.read_text(encoding="utf-8").splitlines()) == 20


def _length_and_density(texts: list[str], documents: int) -> tuple[float, float]:
    """Median article length in bytes (UTF-8) and documents per kB."""
    sizes = sorted(len(t.encode("utf-8")) for t in texts)
    return sizes[len(sizes) // 2], documents / sum(sizes) * 1000


def test_articles_are_as_long_and_as_dense_in_citations_as_real_news(dev_corpus) -> None:
    real_texts = [p.read_text(encoding="utf-8") for p in sorted(dev_corpus.glob("*.txt"))]
    real_docs = sum(len(json.loads(p.read_text(encoding="utf-8"))["documents"])
                    for p in sorted(dev_corpus.glob("*.gold.json")))
    real_length, real_density = _length_and_density(real_texts, real_docs)
    length, density = _length_and_density([a["text"] for a, _ in SAMPLE],
                                           sum(len(t["documents"]) for _, t in SAMPLE))
    assert 0.8 < length / real_length < 1.25
    assert 0.8 < density / real_density < 1.25


@pytest.mark.parametrize(("level", "code", "written"), [
    ("district", "443", "huyện Can Lộc"),
    ("commune", "18580", "xã Thạch Kim"),
    ("district", "772", "Quận 11"),  # named by its kind and a number
    ("commune", "18196", "xã Sơn Kim 1"),  # regression: was "Sơn Kim 1", which no reader takes for a xã
    ("commune", "00625", "phường Mỹ Đình 1"),
])
def test_a_unit_is_written_with_its_kind_once(level: str, code: str, written: str) -> None:
    assert _with_kind(gazetteer.get("legacy", level, code)) == written
