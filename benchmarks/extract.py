"""Extraction throughput per core, and recall against the generator's truth.

Generates at least --mb megabytes (UTF-8) of articles with benchmarks/generate.py and, pinned
to one core, runs what `chithi extract` does per article (the reader's loaders.text.normalise,
then loaders.extract(…, normalised=True), which detects the context and reads citations and
relations, without normalising again) over all of it, --runs times. Printed: MB/s per core
(median of CPU time: on a machine shared with other work, wall-clock time measures the
neighbours), beside a baseline measured in the same process on the same text — one
`re.finditer` of a plain symbol regex, the least any extractor must do — as a ratio; then each
stage alone on the first --stages-mb megabytes (where the time goes); then, from the last
run's records, the recall of documents and relations against the truth by the scorer's
pairing rules (canonical symbol plus the issuer's place for local documents, type and number
when the text gives only the number).

    .venv/bin/python benchmarks/extract.py                  # 50 MB, 3 runs (2-3 minutes)
    .venv/bin/python benchmarks/extract.py --mb 1 --runs 1  # while developing
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python benchmarks/extract.py`

from benchmarks.generate import articles  # noqa: E402
from loaders import extract  # noqa: E402
from loaders.citations import find_citations  # noqa: E402
from loaders.context import detect  # noqa: E402
from loaders.record import ArticleRecord  # noqa: E402
from loaders.references import resolve  # noqa: E402
from loaders.relations import find_relations  # noqa: E402
from loaders.text import normalise  # noqa: E402
# the passes over every character that no extractor of this design can skip (see _scans)
from loaders.citations import _NOUN_AFTER_MARK  # noqa: E402
from loaders.context import _BODY_SCAN_CHARS  # noqa: E402
from loaders.gazetteer import _NAME_RUN  # noqa: E402
from loaders.symbols import _LETTER_SLASH  # noqa: E402

# the baseline: a symbol regex alone (Party 09-CT/TW, state 09/CT-BCA, 100/2019/NĐ-CP)
BASELINE_NAME = "baseline: re.finditer(symbol regex)"
PIPELINE_NAME = "chithi extract: normalise + extract()"
BASELINE = re.compile(r"\d+(?:/\d{4})?[-/ ]?[A-ZĐ][A-Za-zĐđ]*[/-][A-ZĐƯ][A-ZĐƯ-]*")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="megabytes of text (UTF-8)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--stages-mb", type=float, default=5.0,
                        help="megabytes on which each stage is also timed alone")
    args = parser.parse_args(argv)
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    started = time.perf_counter()
    corpus = _corpus(args.mb, args.seed)
    size = _mb(a["text"] for a, _ in corpus)
    print(f"{len(corpus):,} articles, {size:.1f} MB generated in {time.perf_counter() - started:.0f} s; "
          f"pinned to core {core}; medians of {args.runs} run(s), CPU time")
    lengths = sorted(len(a["text"].encode("utf-8")) for a, _ in corpus)
    documents = sum(len(t["documents"]) for _, t in corpus)
    # throughput depends on how much of the text cites: say what text it was measured on
    print(f"median article {lengths[len(lengths) // 2]:,} bytes, {documents / (size * 1000):.2f} documents per kB")

    def pipeline() -> list[ArticleRecord]:
        """What `chithi extract` does per article: the reader normalises, extract() does the rest."""
        return [extract(normalise(a["text"]), id=a["id"], source_url=a["url"], title=a["title"],
                        published=a["published"], normalised=True) for a, _ in corpus]

    texts = [a["text"] for a, _ in corpus]
    baseline, _ = _median_time(lambda: [list(BASELINE.finditer(t)) for t in texts], args.runs)
    whole, records = _median_time(pipeline, args.runs)
    print(f"\n{BASELINE_NAME:44} {baseline:8.2f} s {size / baseline:8.1f} MB/s")
    print(f"{PIPELINE_NAME:44} {whole:8.2f} s {size / whole:8.1f} MB/s")
    print(f"\nchithi extract: {size / whole:.2f} MB/s per core = {baseline / whole:.4f} × the baseline "
          f"regex ({size / baseline:.0f} MB/s) on the same text")
    part = _stages(corpus, args.stages_mb, args.runs)
    _scans(part, args.runs, whole / size)
    _long_pages(args.runs)
    _report_recall(records, [t for _, t in corpus])
    return 0


def _stages(corpus: list[tuple[dict, dict]], mb: float, runs: int) -> list[dict]:
    """Where the time goes, on the first `mb` megabytes: each stage alone. Returns those articles."""
    part, size = [], 0.0
    for a, _ in corpus:
        if size >= mb:
            break
        part.append(a)
        size += _mb([a["text"]])
    normalised = [normalise(a["text"]) for a in part]
    contexts = [detect(n, title=a["title"], published=a["published"], source_url=a["url"])
                for n, a in zip(normalised, part)]
    places = [c.place for c in contexts]
    citations = [find_citations(n, p) for n, p in zip(normalised, places)]
    documents = [resolve(n, cs, p) for n, cs, p in zip(normalised, citations, places)]
    stages: dict[str, Callable[[], object]] = {
        "normalise (the reader)": lambda: [normalise(a["text"]) for a in part],
        "context.detect": lambda: [detect(n, title=a["title"], published=a["published"],
                                          source_url=a["url"]) for n, a in zip(normalised, part)],
        "extract(text, context) (citations on)": lambda: [extract(n, context=c, normalised=True)
                                                          for n, c in zip(normalised, contexts)],
        "  of which citations.find_citations": lambda: [find_citations(n, p)
                                                        for n, p in zip(normalised, places)],
        "  of which references.resolve": lambda: [resolve(n, cs, p) for n, cs, p
                                                  in zip(normalised, citations, places)],
        "  of which relations.find_relations": lambda: [find_relations(n, cs, d) for n, cs, d
                                                        in zip(normalised, citations, documents)],
    }
    print(f"\nstages, each alone, on the first {size:.1f} MB:")
    for name, run in stages.items():
        seconds, _ = _median_time(run, runs)
        print(f"  {name:42} {seconds:8.2f} s {size / seconds:8.1f} MB/s")
    return part


def _scans(part: list[dict], runs: int, pipeline_seconds_per_mb: float) -> None:
    """The regex passes over every character of an article (normalise's substitutions, the
    document-noun scan, the place-name runs of the context, the slashes of bare symbols), each
    alone on the same articles: the floor under the per-candidate work, whatever that costs."""
    size = _mb(a["text"] for a in part)
    normalised = [normalise(a["text"]) for a in part]
    scans: dict[str, Callable[[], object]] = {
        "normalise (three substitutions, NFC)": lambda: [normalise(a["text"]) for a in part],
        "document nouns (citations)": lambda: [list(_NOUN_AFTER_MARK.finditer(n)) for n in normalised],
        "place-name runs (context)": lambda: [list(_NAME_RUN.finditer(n[:_BODY_SCAN_CHARS])) for n in normalised],
        "slashes (bare symbols)": lambda: [list(_LETTER_SLASH.finditer(n)) for n in normalised],
    }
    print(f"\nwhole-text scans, each alone, on the same {size:.1f} MB:")
    total = 0.0
    for name, run in scans.items():
        seconds, _ = _median_time(run, runs)
        total += seconds
        print(f"  {name:42} {seconds * 1000 / size:8.1f} ms/MB")
    print(f"  {'together':42} {total * 1000 / size:8.1f} ms/MB = {total / size / pipeline_seconds_per_mb:.0%} "
          f"of chithi extract's {pipeline_seconds_per_mb * 1000:.0f} ms/MB")


# Pages that repeat one item many times: a work must stay linear in the items, which generated
# articles of a few kilobytes never show. Each page: its opening, then the item, numbered {i}, again
# and again, then " 10-CT/TW".
_LONG_PAGES = {
    "bare symbols, a list": ("Chỉ thị số 09-CT/TW và ", "{i}-KH/TU, "),
    "citations, one a line": ("", "Kế hoạch số {i}-KH/TU ngày 5/7/2016 của Ban Thường vụ Tỉnh ủy thực hiện "
                                  "Chỉ thị số {i}-CT/TW.\n"),
    "a run of spaces after a noun": ("Chỉ thị", " "),
}
_LONG_PAGE_SIZES = (250, 1_000)


def _long_pages(runs: int) -> None:
    """Each of _LONG_PAGES at both sizes: the ratio of the times is 4 for a linear work, 16 for a
    quadratic one (a list of 250 bare symbols took 0.33 s and one of 1,000 took 17 s before a
    listed symbol's walk back over its list was remembered; 400 spaces after a noun made one
    regex take 0.2 s a match)."""
    print(f"\nlong pages, {' and '.join(f'{n:,}' for n in _LONG_PAGE_SIZES)} items "
          f"(ratio {_LONG_PAGE_SIZES[1] // _LONG_PAGE_SIZES[0]} = linear):")
    extract(normalise("Chỉ thị số 09-CT/TW"))  # the gazetteer's first use is not timed
    for name, (opening, item) in _LONG_PAGES.items():
        seconds = []
        for n in _LONG_PAGE_SIZES:
            page = opening + "".join(item.format(i=i) for i in range(1, n + 1)) + " 10-CT/TW"
            seconds.append(_median_time(lambda: extract(normalise(page)), runs)[0])
        print(f"  {name:42} {seconds[0] * 1000:8.1f} ms {seconds[1] * 1000:8.1f} ms   "
              f"ratio {seconds[1] / seconds[0]:5.1f}")


def _mb(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _corpus(mb: float, seed: int) -> list[tuple[dict, dict]]:
    out, size = [], 0
    for pair in articles(10**9, seed=seed):
        out.append(pair)
        size += len(pair[0]["text"].encode("utf-8"))
        if size >= mb * 1e6:
            return out
    return out


def _median_time(run: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median CPU seconds of `runs` calls, and the last call's result."""
    times, result = [], None
    for _ in range(runs):
        started = time.process_time()
        result = run()
        times.append(time.process_time() - started)
    return statistics.median(times), result


# --- recall, by the scorer's pairing rules ---------------------------------------------------

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-"})


def _symbol_key(symbol: str | None) -> str | None:
    if not symbol:
        return None
    return re.sub(r"^0+(?=\d)", "", symbol.translate(_DASHES).upper().replace(" ", ""))


def _doc_key(doc: dict, loose: bool = False) -> tuple:
    """The scorer's pairing key: canonical symbol, or type and number when the text gives only
    the number (`loose` also gives that to a prediction that resolved a symbol); plus the
    issuer's place for local documents."""
    symbol = None if loose else _symbol_key(doc.get("symbol"))
    ident = symbol or f"{(doc.get('type') or '').lower()}#{(doc.get('number') or '').lstrip('0')}"
    if doc.get("issuer_level") == "central":
        return (ident,)
    return (ident, (doc.get("province") or "").lower(), (doc.get("district") or "").lower())


def _report_recall(records: list[ArticleRecord], truths: list[dict]) -> None:
    found_docs = true_docs = predicted_docs = found_rel = true_rel = 0
    missed: dict[str, int] = {}
    for record, truth in zip(records, truths):
        predicted = record.to_json()["documents"]
        pairs = _pair(truth["documents"], predicted)
        true_docs += sum(1 for d in truth["documents"] if d["number"])
        predicted_docs += len(predicted)
        for d in truth["documents"]:
            if not d["number"]:
                continue
            if d["key"] in pairs:
                found_docs += 1
            else:
                kind = f"{d['issuer_level']} {'symbol' if d['symbol'] else 'number only'}"
                missed[kind] = missed.get(kind, 0) + 1
        pred_rels = {(r["from"], r["to"], r["type"]) for r in record.to_json()["relations"]}
        for r in truth["relations"]:
            true_rel += 1
            found_rel += (pairs.get(r["from"]), pairs.get(r["to"]), r["type"]) in pred_rels
    print(f"\nrecall of numbered documents: {found_docs / true_docs:.3f} ({found_docs:,}/{true_docs:,}); "
          f"documents predicted per numbered true document: {predicted_docs / true_docs:.2f}")
    print(f"recall of relations: {found_rel / max(true_rel, 1):.3f} ({found_rel:,}/{true_rel:,})")
    if missed:
        print("missed documents, by kind: " + ", ".join(f"{k} {v:,}" for k, v in sorted(missed.items())))


def _pair(truth: list[dict], predicted: list[dict]) -> dict[str, str]:
    """True document key -> predicted document key, by the scorer's rules (unnumbered true
    documents pair by type and place)."""
    free = {d["key"]: d for d in predicted}
    pairs: dict[str, str] = {}
    for loose in (False, True):
        for d in truth:
            if d["key"] in pairs or (loose and d["symbol"]):
                continue
            want = _doc_key(d, loose=loose) if d["number"] else (
                (d["type"] or "").lower(), (d["province"] or "").lower(), (d["district"] or "").lower())
            for key, p in free.items():
                got = _doc_key(p, loose=loose) if d["number"] else (
                    (p["type"] or "").lower(), (p["province"] or "").lower(), (p["district"] or "").lower())
                if got == want:
                    pairs[d["key"]] = key
                    del free[key]
                    break
    return pairs


if __name__ == "__main__":
    sys.exit(main())
