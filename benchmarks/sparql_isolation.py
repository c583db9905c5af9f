"""What running /sparql queries in child processes costs (graph/query_process.py): the same
queries on the same embedded store on disk, evaluated in this process (EmbeddedStore.sparql_raw,
the baseline) and in a child process that opened the store read-only, in one run.

The store holds the samples and --articles generated articles, loaded as `chithi load` does.
Each query is asked --repeat times on each side after one warm-up (the child is started then:
its start-up is printed on its own). Medians of the wall time per query, and the ratio.

    .venv/bin/python benchmarks/sparql_isolation.py                 # 2,000 articles
    .venv/bin/python benchmarks/sparql_isolation.py --articles 200 --repeat 20
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python benchmarks/sparql_isolation.py`

from benchmarks.generate import articles  # noqa: E402
from graph.load import load_paths  # noqa: E402
from graph.query_process import QueryProcesses  # noqa: E402
from graph.store import open_store  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
JSON = "application/sparql-results+json"
QUERIES = {
    "one document by symbol": 'PREFIX eli: <http://data.europa.eu/eli/ontology#>\n'
                              'SELECT ?doc ?date WHERE { ?doc eli:id_local "09-CT/TW" . '
                              'OPTIONAL { ?doc eli:date_document ?date } }',
    "count of statements": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "1,000 rows": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 1000",
}


def median_ms(ask, query: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        ask(query, JSON, 30)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="chithi-sparql-"))
    corpus = folder / "generated.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for article, _ in articles(args.articles, seed=11):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    path = str(folder / "graph")
    with open_store(f"oxigraph:{path}") as store:
        load_paths(store, [SAMPLES, corpus], progress=False)
        statements = store.triple_count()
    print(f"store on disk: samples + {args.articles:,} generated articles, {statements:,} statements; "
          f"{args.repeat} runs of each query, medians")

    with open_store(f"oxigraph:{path}") as store:
        children = QueryProcesses(path)
        try:
            start = time.perf_counter()
            children.sparql_raw("ASK {}", JSON, 30)
            print(f"a child's start (import, open read-only, first answer): "
                  f"{(time.perf_counter() - start) * 1000:.0f} ms")
            print(f"{'query':<26} {'in process':>11} {'in a child':>11} {'ratio':>6}")
            for name, query in QUERIES.items():
                assert store.sparql_raw(query, JSON) == children.sparql_raw(query, JSON, 30)
                here = median_ms(store.sparql_raw, query, args.repeat)
                child = median_ms(children.sparql_raw, query, args.repeat)
                print(f"{name:<26} {here:>8.2f} ms {child:>8.2f} ms {child / here:>5.2f}×")
        finally:
            children.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
