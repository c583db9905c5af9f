"""Loading throughput of the graph: articles/s and triples/s into the embedded store, beside
rdflib's in-memory Dataset loading the same triples in the same process.

Generates --articles articles with benchmarks/generate.py and takes their known records (the
generator's truth, so extraction is not measured here: benchmarks/extract.py does that). Then,
--repeat times each, on a fresh store every time (medians printed):

  pipeline   graph.load.load_records: records -> N-Quads (graph/build.py) -> the embedded store
             on disk (bulk path, identity reconciliation, the word index of graph/indexes.py,
             completion marks, flush; a batch is written while the next is built)
  store      the same N-Quads, already built, into the embedded store on disk (Store.add_new_graphs
             + flush: a write of over 4 MB in parts side by side, one per core): the store's
             part of the pipeline; and into the embedded store in memory (`memory:`, as the
             tests use it)
  same       the N-Quads of the first --rdflib-articles articles into rdflib.Dataset (its
  triples    in-memory store), into the embedded store on disk and in memory: rdflib holds every
             triple as Python objects, and the whole corpus would need some 20 GB (design.md §5
             measured 2.2 GB for 1.6 M triples), so the stores are compared on these triples
  ratio      triples/s of a store ÷ triples/s of rdflib on the same triples, by wall clock and by
             CPU time (the process's, every thread: the embedded store loads on several threads,
             rdflib on one); the whole corpus's rates beside rdflib's on its part; and the
             pipeline ÷ (build + rdflib at its rate)

    .venv/bin/python benchmarks/load.py                        # 100,000 articles, 3 runs (long)
    .venv/bin/python benchmarks/load.py --articles 2000 --repeat 1 --rdflib-articles 2000
"""
from __future__ import annotations

import argparse
import gc
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python benchmarks/load.py`

import pyoxigraph as ox  # noqa: E402
import rdflib  # noqa: E402

from benchmarks.generate import articles  # noqa: E402
from graph.build import build_article  # noqa: E402
from graph.load import BATCH, load_records, prepare  # noqa: E402
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
        print(f"  (a run: {seconds[-1]:.1f} s, {cpu[-1]:.1f} CPU s)", file=sys.stderr, flush=True)
        del state
    return Timing(statistics.median(seconds), statistics.median(cpu), triples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rdflib-articles", type=int, default=10_000,
                        help="the first articles, loaded into rdflib and the stores alike")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--same-repeat", type=int, default=None,
                        help="runs of the same-triples rows (default: --repeat)")
    parser.add_argument("--batch", type=int, default=BATCH, help="articles per store write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    records = generated_records(args.articles, args.seed)
    print(f"generated {len(records):,} articles in {time.perf_counter() - start:.1f} s "
          f"(not measured below); batches of {args.batch:,} articles")

    workdir = Path(tempfile.mkdtemp(prefix="chithi-load-bench-"))
    try:
        rows = measure(args, records, workdir)  # each row printed as soon as it is measured
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"on {os.cpu_count()} cores shared with other work (load average {load_before:.1f} "
          f"at the start, {os.getloadavg()[0]:.1f} at the end); Python {platform.python_version()}, "
          f"pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}")
    baseline = rows["rdflib"]

    def ratio(mine: Timing, attr: str) -> float:
        return (mine.triples / getattr(mine, attr)) / (baseline.triples / getattr(baseline, attr))

    def ratio_line(label: str, mine: Timing) -> None:
        print(f"  {label:44} {ratio(mine, 'seconds'):5.1f}× wall clock, {ratio(mine, 'cpu'):5.1f}× CPU time")

    sample = min(len(records), args.rdflib_articles)
    print(f"\nratios of triples/s to rdflib's on the same {sample:,} articles ({baseline.triples:,} triples):")
    ratio_line("store (disk), the same triples", rows["disk same"])
    ratio_line("store (memory), the same triples", rows["memory same"])
    print(f"the whole corpus ({len(records):,} articles) beside rdflib's rate on its first {sample:,}:")
    ratio_line("store (disk)", rows["disk"])
    ratio_line("store (memory)", rows["memory"])
    # the whole path with rdflib instead: the same build, then rdflib's load at its measured rate
    pipe, build = rows["pipeline"], rows["build"]
    with_rdflib = {attr: getattr(build, attr) + pipe.triples / (baseline.triples / getattr(baseline, attr))
                   for attr in ("seconds", "cpu")}
    print(f"  {'pipeline vs build + rdflib':44} {with_rdflib['seconds'] / pipe.seconds:5.1f}× wall clock, "
          f"{with_rdflib['cpu'] / pipe.cpu:5.1f}× CPU time")
    return 0


def _print_header(runs: int) -> None:
    print(f"\n{'':46} {'articles':>9} {'triples':>11} {'seconds':>8} {'cpu s':>7} "
          f"{'articles/s':>11} {'triples/s':>11} {'cpu µs/triple':>14}   (medians of {runs})", flush=True)


def _print_row(name: str, articles: int, timing: Timing) -> None:
    print(f"{name:46} {articles:>9,} {timing.triples:>11,} {timing.seconds:>8.2f} {timing.cpu:>7.2f} "
          f"{articles / timing.seconds:>11,.0f} {timing.triples / timing.seconds:>11,.0f} "
          f"{timing.cpu / timing.triples * 1e6:>14.2f}", flush=True)


def measure(args: argparse.Namespace, records: list[ArticleRecord],
            workdir: Path) -> dict[str, Timing]:
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

    _print_header(args.repeat)
    pipe = timed(args.repeat, fresh_store, pipeline)
    _print_row("pipeline: records -> embedded store (disk)", len(records), pipe)

    batches, seconds, cpu = [], 0.0, 0.0
    for i in range(0, len(records), args.batch):  # a batch at a time: the whole corpus is GBs
        start, start_cpu = time.perf_counter(), time.process_time()
        built = [build_article(r) for r in records[i:i + args.batch]]
        seconds += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        batches.append("".join(b.nquads for b in built))
    build = Timing(seconds, cpu, pipe.triples)
    _print_row("  of which building the N-Quads", len(records), build)

    def into_store(nquads_batches: list[str]) -> Callable[[object], int]:
        lines = sum(b.count("\n") for b in nquads_batches)  # counted once, outside the timing

        def load(store) -> int:
            for nquads in nquads_batches:
                store.add_new_graphs(nquads)
            store.flush()
            store.close()
            return lines
        return load

    disk = timed(args.repeat, fresh_store, into_store(batches))
    _print_row("store: N-Quads -> embedded store (disk)", len(records), disk)
    memory = timed(args.repeat, lambda: open_store("memory:"), into_store(batches))
    _print_row("store: N-Quads -> embedded store (memory)", len(records), memory)
    del batches

    sample_articles = min(len(records), args.rdflib_articles)
    sample = "".join(build_article(r).nquads for r in records[:sample_articles])
    same_runs = args.same_repeat or args.repeat

    sample_lines = sample.count("\n")

    def into_rdflib(dataset) -> int:
        dataset.parse(data=sample, format="nquads")
        return sample_lines

    _print_header(same_runs)
    rdflib_timing = timed(same_runs, rdflib.Dataset, into_rdflib)
    _print_row("rdflib: N-Quads -> rdflib.Dataset (memory)", sample_articles, rdflib_timing)
    disk_same = timed(same_runs, fresh_store, into_store([sample]))
    _print_row("store: the same -> embedded store (disk)", sample_articles, disk_same)
    memory_same = timed(same_runs, lambda: open_store("memory:"), into_store([sample]))
    _print_row("store: the same -> embedded store (memory)", sample_articles, memory_same)
    return {"pipeline": pipe, "build": build, "disk": disk, "memory": memory, "rdflib": rdflib_timing,
            "disk same": disk_same, "memory same": memory_same}


if __name__ == "__main__":
    raise SystemExit(main())
