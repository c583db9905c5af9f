"""Extraction throughput per core, and recall against the generator's truth.

Generates at least --mb megabytes (UTF-8) of articles with benchmarks/generate.py, then, pinned
to one core, runs the whole per-article pipeline of `chithi extract` — loaders.text.normalise,
loaders.context.detect, loaders.extract — over all of it, --runs times. Printed: MB/s per core
(median), the time of each stage, and beside them a baseline measured in the same process on
the same text: one `re.finditer` of a plain Party/state symbol regex, the least any extractor
must do. Then the recall of documents and relations against the truth (and the precision of
documents), by the scorer's rules: canonical symbol plus the issuer's place for local documents,
type and number when the text gives only the number.

    .venv/bin/python benchmarks/extract.py                 # 50 MB, 3 runs (a few minutes)
    .venv/bin/python benchmarks/extract.py --mb 2 --runs 1 # while developing
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
from loaders.context import detect  # noqa: E402
from loaders.record import ArticleRecord  # noqa: E402
from loaders.text import normalise  # noqa: E402

# the baseline: a symbol regex alone (Party 09-CT/TW, state 09/CT-BCA, 100/2019/NĐ-CP)
BASELINE_NAME = "baseline: re.finditer(symbol regex)"
PIPELINE_NAME = "chithi extract: normalise + extract()"
BASELINE = re.compile(r"\d+(?:/\d{4})?[-/ ]?[A-ZĐ][A-Za-zĐđ]*[/-][A-ZĐƯ][A-ZĐƯ-]*")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="megabytes of text (UTF-8)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    try:
        from loaders import extract
    except ImportError:
        print("loaders.extract is not available yet", file=sys.stderr)
        return 2

    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    started = time.perf_counter()
    corpus = _corpus(args.mb, args.seed)
    texts = [a["text"] for a, _ in corpus]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(corpus):,} articles, {size:.1f} MB generated in {time.perf_counter() - started:.0f} s; "
          f"pinned to core {core}, {args.runs} run(s)")

    normalised = [normalise(t) for t in texts]
    contexts = [detect(n, title=a["title"], published=a["published"], source_url=a["url"])
                for n, (a, _) in zip(normalised, corpus)]

    def pipeline() -> list[ArticleRecord]:
        """What `chithi extract` does per article: the reader normalises, extract() does the rest."""
        return [extract(normalise(a["text"]), id=a["id"], source_url=a["url"], title=a["title"],
                        published=a["published"]) for a, _ in corpus]

    stages: dict[str, Callable[[], object]] = {
        BASELINE_NAME: lambda: [list(BASELINE.finditer(t)) for t in texts],
        "  normalise": lambda: [normalise(t) for t in texts],
        "  context.detect": lambda: [detect(n, title=a["title"], published=a["published"],
                                            source_url=a["url"]) for n, (a, _) in zip(normalised, corpus)],
        "  extract(text, context)": lambda: [extract(n, context=c) for n, c in zip(normalised, contexts)],
        PIPELINE_NAME: pipeline,
    }
    seconds = {name: _median_time(run, args.runs) for name, run in stages.items()}
    print(f"\n{'stage (median of runs)':44} {'s':>8} {'MB/s':>8}")
    for name, s in seconds.items():
        print(f"{name:44} {s:8.2f} {size / s:8.1f}")
    whole, baseline = seconds[PIPELINE_NAME], seconds[BASELINE_NAME]
    print(f"\nchithi extract pipeline: {size / whole:.1f} MB/s per core = {baseline / whole:.3f} × the "
          f"baseline regex ({size / baseline:.0f} MB/s) on the same text")

    _report_recall(pipeline(), [t for _, t in corpus])
    return 0


def _corpus(mb: float, seed: int) -> list[tuple[dict, dict]]:
    out, size = [], 0
    for pair in articles(10**9, seed=seed):
        out.append(pair)
        size += len(pair[0]["text"].encode("utf-8"))
        if size >= mb * 1e6:
            return out
    return out


def _median_time(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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
