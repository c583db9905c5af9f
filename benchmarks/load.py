"""Loading throughput of the graph: articles/s and triples/s into the embedded store, beside
rdflib's in-memory Dataset loading the same triples in the same process.

Generates --articles articles with benchmarks/generate.py and takes their known records (the
generator's truth, so extraction is not measured here: benchmarks/extract.py does that). Then,
--repeat times each, on a fresh store every time (medians printed):

  pipeline   graph.load.load_records: records -> N-Quads (graph/build.py) -> the embedded store
             on disk (bulk path, completion marks, identity reconciliation, flush)
  store      the same N-Quads, already built, into the embedded store on disk (Store.add_new_graphs
             + flush): the store's part of the pipeline; and into the embedded store in memory
             (`memory:`, as the tests use it)
  rdflib     the same N-Quads into rdflib.Dataset (its in-memory store), on the first
             --rdflib-articles articles: rdflib holds every triple as Python objects, and the
             whole corpus would need some 20 GB (design.md §5 measured 2.2 GB for 1.6 M triples)
  ratio      triples/s of the store ÷ triples/s of rdflib; and of the pipeline ÷ (build + rdflib)

    .venv/bin/python benchmarks/load.py                        # 100,000 articles, 3 runs (long)
    .venv/bin/python benchmarks/load.py --articles 2000 --repeat 1 --rdflib-articles 2000
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python benchmarks/load.py`

import rdflib  # noqa: E402

from benchmarks.generate import articles  # noqa: E402
from graph.build import build_article  # noqa: E402
from graph.load import load_records, prepare  # noqa: E402
from graph.store import open_store  # noqa: E402
from loaders.record import ArticleRecord  # noqa: E402


def generated_records(n: int, seed: int) -> list[ArticleRecord]:
    out = []
    for article, truth in articles(n, seed=seed):
        out.append(ArticleRecord.from_json({**truth, "text": article["text"]}))
    return out


def timed(runs: int, setup: Callable[[], object], work: Callable[[object], int]) -> tuple[float, int]:
    """Median seconds of `work(setup())` over `runs` (setup not timed); and its triple count."""
    seconds, triples = [], 0
    for _ in range(runs):
        state = setup()
        gc.collect()
        start = time.perf_counter()
        triples = work(state)
        seconds.append(time.perf_counter() - start)
        del state
    return statistics.median(seconds), triples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rdflib-articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=5_000, help="articles per store write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    records = generated_records(args.articles, args.seed)
    print(f"generated {len(records):,} articles in {time.perf_counter() - start:.1f} s "
          f"(not measured below)")

    workdir = Path(tempfile.mkdtemp(prefix="chithi-load-bench-"))
    runs = iter(range(10**6))

    def fresh_store():
        store = open_store(f"oxigraph:{workdir / f'run{next(runs)}'}")
        prepare(store)  # the type and unit graphs: written once per store, not per load
        return store

    def pipeline(store) -> int:
        summary = load_records(store, records, batch_size=args.batch, reference_data=False)
        assert summary.ok and len(summary.loaded) == len(records), summary
        store.close()
        return summary.triples_written

    pipe_s, pipe_triples = timed(args.repeat, fresh_store, pipeline)

    start = time.perf_counter()
    built = [build_article(r) for r in records]
    build_s = time.perf_counter() - start
    batches = ["".join(b.nquads for b in built[i:i + args.batch])
               for i in range(0, len(built), args.batch)]
    del built

    def store_only(store) -> int:
        for nquads in batches:
            store.add_new_graphs(nquads)
        store.flush()
        store.close()
        return sum(b.count("\n") for b in batches)

    store_s, store_triples = timed(args.repeat, fresh_store, store_only)
    memory_s, _ = timed(args.repeat, lambda: open_store("memory:"), store_only)

    sample = "".join(build_article(r).nquads for r in records[:args.rdflib_articles])
    del batches

    def into_rdflib(dataset) -> int:
        dataset.parse(data=sample, format="nquads")
        return len(sample.splitlines())

    rdflib_s, rdflib_triples = timed(args.repeat, rdflib.Dataset, into_rdflib)

    n = len(records)
    rows = [
        ("pipeline: records -> embedded store (disk)", n, pipe_triples, pipe_s),
        ("  of which building the N-Quads", n, pipe_triples, build_s),
        ("store: N-Quads -> embedded store (disk)", n, store_triples, store_s),
        ("store: N-Quads -> embedded store (memory)", n, store_triples, memory_s),
        ("rdflib: N-Quads -> rdflib.Dataset (memory)", min(n, args.rdflib_articles),
         rdflib_triples, rdflib_s),
    ]
    print(f"\n{'':46} {'articles':>9} {'triples':>11} {'seconds':>8} {'articles/s':>11} "
          f"{'triples/s':>11}   (medians of {args.repeat})")
    for name, arts, triples, seconds in rows:
        print(f"{name:46} {arts:>9,} {triples:>11,} {seconds:>8.2f} {arts / seconds:>11,.0f} "
              f"{triples / seconds:>11,.0f}")
    rdflib_rate = rdflib_triples / rdflib_s
    store_ratio = (store_triples / store_s) / rdflib_rate
    # the whole path with rdflib instead: the same build, then rdflib's load at its measured rate
    rdflib_pipeline_s = build_s + pipe_triples / rdflib_rate
    print(f"\nratio, store (disk) vs rdflib (triples/s):      {store_ratio:.1f}×")
    print(f"ratio, store (memory) vs rdflib (triples/s):    "
          f"{(store_triples / memory_s) / rdflib_rate:.1f}×")
    print(f"ratio, pipeline vs build + rdflib (triples/s):  {rdflib_pipeline_s / pipe_s:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
