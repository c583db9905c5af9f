"""What a change costs in extraction speed: two trees of loaders/, alternated on the same articles.

A machine shared with other work runs at a different speed from one minute to the next, so a
figure taken today is not comparable with one taken yesterday. This benchmark takes the base
(a git revision, exported with `git archive`) and the head (the working tree, or another
revision), generates --articles articles once with benchmarks/generate.py, and then, --rounds
times, times each tree in a fresh process pinned to the same core: what `chithi extract` does
per article (the reader's normalise, then extract(…, normalised=True)), after one untimed pass,
as the median CPU time of --runs passes. Printed: each round's MB/s for both, the medians, and
the head's as a ratio of the base's.

    .venv/bin/python benchmarks/extract_ab.py --base be154e4              # the working tree against it
    .venv/bin/python benchmarks/extract_ab.py --base be154e4 --head HEAD --articles 300 --rounds 2
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # `python benchmarks/extract_ab.py`


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="git revision of the base (required)")
    parser.add_argument("--head", help="git revision of the head (default: the working tree)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3, help="timed passes per tree and round")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # TREE: time that tree (internal)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(_throughput(Path(args.worker), Path(args.corpus), args.runs))
        return 0
    if not args.base:
        parser.error("--base is required")
    from benchmarks.generate import articles
    core = min(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory(prefix="chithi-ab-") as scratch:
        scratch = Path(scratch)
        trees = {"base": _export(args.base, scratch / "base"),
                 "head": _export(args.head, scratch / "head") if args.head else ROOT}
        corpus = scratch / "articles.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for article, _ in articles(args.articles, seed=args.seed):
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        print(f"base {args.base}, head {args.head or 'working tree'}; {args.articles:,} generated articles "
              f"(seed {args.seed}); {args.rounds} rounds, each tree in a fresh process pinned to core {core}, "
              f"median CPU time of {args.runs} passes after one untimed")
        figures: dict[str, list[float]] = {name: [] for name in trees}
        for n in range(1, args.rounds + 1):
            for name, tree in trees.items():
                figures[name].append(_run_worker(tree, corpus, args.runs, core))
            print(f"round {n}: base {figures['base'][-1]:.2f} MB/s, head {figures['head'][-1]:.2f} MB/s", flush=True)
    base, head = (statistics.median(figures[name]) for name in ("base", "head"))
    print(f"\nmedians: base {base:.2f} MB/s per core, head {head:.2f} MB/s per core; "
          f"head = {head / base:.3f} × base ({(head / base - 1) * 100:+.1f} %)")
    return 0


def _export(revision: str, into: Path) -> Path:
    """The tree of a git revision, as `git archive` writes it."""
    into.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _run_worker(tree: Path, corpus: Path, runs: int, core: int) -> float:
    """MB/s per core of `tree` on the articles of `corpus`, timed in a fresh process on `core`."""
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", str(tree),
                           "--corpus", str(corpus), "--runs", str(runs)],
                          check=True, capture_output=True, text=True, preexec_fn=lambda: os.sched_setaffinity(0, {core}))
    return float(done.stdout.split()[-1])


def _throughput(tree: Path, corpus: Path, runs: int) -> float:
    """In the worker: import loaders from `tree` and time what `chithi extract` does per article."""
    sys.path.insert(0, str(tree))
    from loaders import extract
    from loaders.text import normalise
    loaded = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    size = sum(len(a["text"].encode("utf-8")) for a in loaded) / 1e6

    def extract_all() -> None:
        for a in loaded:
            extract(normalise(a["text"]), id=a["id"], source_url=a["url"], title=a["title"],
                    published=a["published"], normalised=True)

    extract_all()  # the tables, the gazetteer and the compiled patterns are read once, untimed
    times = []
    for _ in range(runs):
        started = time.process_time()
        extract_all()
        times.append(time.process_time() - started)
    return size / statistics.median(times)


if __name__ == "__main__":
    raise SystemExit(main())
