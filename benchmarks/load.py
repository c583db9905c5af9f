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
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass
class Timing:
    seconds: float  # wall clock, median
    cpu: float  # CPU time of the process (every thread), median: steadier on a shared machine
    triples: int


def timed(runs: int, setup: Callable[[], object], work: Callable[[object], int]) -> Timing:
    """Medians of `work(setup())` over `runs` (setup not timed)."""
    seconds, cpu, triples = [], [], 0
    for _ in range(runs):
        state = setup()
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        triples = work(state)
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        del state
    return Timing(statistics.median(seconds), statistics.median(cpu), triples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rdflib-articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=10_000, help="articles per store write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    records = generated_records(args.articles, args.seed)
    print(f"generated {len(records):,} articles in {time.perf_counter() - start:.1f} s "
          f"(not measured below)")

    workdir = Path(tempfile.mkdtemp(prefix="chithi-load-bench-"))
    try:
        rows = measure(args, records, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\n{'':46} {'articles':>9} {'triples':>11} {'seconds':>8} {'cpu s':>7} "
          f"{'articles/s':>11} {'triples/s':>11}   (medians of {args.repeat})")
    for name, arts, timing in rows.values():
        print(f"{name:46} {arts:>9,} {timing.triples:>11,} {timing.seconds:>8.2f} {timing.cpu:>7.2f} "
              f"{arts / timing.seconds:>11,.0f} {timing.triples / timing.seconds:>11,.0f}")
    rdflib, pipe, build = rows["rdflib"][2], rows["pipeline"][2], rows["build"][2]

    def ratio(mine: Timing, attr: str) -> float:
        return (mine.triples / getattr(mine, attr)) / (rdflib.triples / getattr(rdflib, attr))

    print()
    for key, label in (("disk", "store (disk)"), ("memory", "store (memory)")):
        mine = rows[key][2]
        print(f"ratio, {label:15} vs rdflib, triples/s:   {ratio(mine, 'seconds'):5.1f}× wall clock, "
              f"{ratio(mine, 'cpu'):5.1f}× CPU time")
    # the whole path with rdflib instead: the same build, then rdflib's load at its measured rate
    rdflib_pipeline = build.seconds + pipe.triples / (rdflib.triples / rdflib.seconds)
    print(f"ratio, pipeline vs build + rdflib:           {rdflib_pipeline / pipe.seconds:5.1f}× wall clock")
    return 0


def measure(args: argparse.Namespace, records: list[ArticleRecord],
            workdir: Path) -> dict[str, tuple[str, int, Timing]]:
    runs = iter(range(10**6))

    def fresh_store():
        path = workdir / f"run{next(runs)}"
        shutil.rmtree(workdir, ignore_errors=True)  # the previous run's store: disk is shared too
        store = open_store(f"oxigraph:{path}")
        prepare(store)  # the type and unit graphs: written once per store, not per load
        return store

    def pipeline(store) -> int:
        summary = load_records(store, records, batch_size=args.batch, reference_data=False)
        assert summary.ok and len(summary.loaded) == len(records), summary
        store.close()
        return summary.triples_written

    pipe = timed(args.repeat, fresh_store, pipeline)

    start, start_cpu = time.perf_counter(), time.process_time()
    built = [build_article(r) for r in records]
    build = Timing(time.perf_counter() - start, time.process_time() - start_cpu, pipe.triples)
    batches = ["".join(b.nquads for b in built[i:i + args.batch])
               for i in range(0, len(built), args.batch)]
    del built

    def store_only(store) -> int:
        for nquads in batches:
            store.add_new_graphs(nquads)
        store.flush()
        store.close()
        return sum(b.count("\n") for b in batches)

    disk = timed(args.repeat, fresh_store, store_only)
    memory = timed(args.repeat, lambda: open_store("memory:"), store_only)
    del batches

    sample = "".join(build_article(r).nquads for r in records[:args.rdflib_articles])

    def into_rdflib(dataset) -> int:
        dataset.parse(data=sample, format="nquads")
        return len(sample.splitlines())

    rdflib_timing = timed(args.repeat, rdflib.Dataset, into_rdflib)
    n = len(records)
    return {
        "pipeline": ("pipeline: records -> embedded store (disk)", n, pipe),
        "build": ("  of which building the N-Quads", n, build),
        "disk": ("store: N-Quads -> embedded store (disk)", n, disk),
        "memory": ("store: N-Quads -> embedded store (memory)", n, memory),
        "rdflib": ("rdflib: N-Quads -> rdflib.Dataset (memory)", min(n, args.rdflib_articles),
                   rdflib_timing),
    }


if __name__ == "__main__":
    raise SystemExit(main())
