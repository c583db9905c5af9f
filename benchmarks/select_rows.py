"""Converting SELECT results to Python values in the embedded store: `Store.select` beside
the conversion it replaced (a generic function per term, kept here as the baseline), and
beside iterating the result without converting anything (the floor), in the same process.

An embedded store in memory holds --articles generated articles (benchmarks/generate.py).
Each query shape is timed --repeat times per way (a sample repeats a short query until it
lasts 1/4 s); medians printed, in CPU time: the machine is shared, and the ways differ by
milliseconds.

    .venv/bin/python benchmarks/select_rows.py --articles 2000 --repeat 5
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `python benchmarks/select_rows.py`

import pyoxigraph as ox  # noqa: E402

from benchmarks.load import generated_records  # noqa: E402
from graph.build import build_article  # noqa: E402
from graph.store import open_store  # noqa: E402
from graph.store_embedded import EmbeddedStore  # noqa: E402
from graph.terms import literal_to_python  # noqa: E402
from graph.vocab import SPARQL_PREFIXES  # noqa: E402

QUERIES = {
    "every statement (?s ?p ?o)": "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "labels: IRI, language string": SPARQL_PREFIXES + """
        SELECT ?doc ?label WHERE { ?doc rdfs:label ?label }""",
    "dates: IRI, xsd:date, xsd:integer": SPARQL_PREFIXES + """
        SELECT ?doc ?date ?year WHERE { ?doc eli:date_document ?date ; chithi:year ?year }""",
    "positions: selector, start, end": SPARQL_PREFIXES + """
        SELECT ?selector ?start ?end WHERE { ?selector oa:start ?start ; oa:end ?end }""",
}


def baseline_value(term: Any) -> Any:
    """The conversion `EmbeddedStore.select` used before: one generic function per term."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return literal_to_python(term.value, term.datatype.value)
    return str(term)


def baseline_select(store: EmbeddedStore, query: str) -> list[dict[str, Any]]:
    result = store._query(query, None)
    names = [v.value for v in result.variables]
    return [{n: baseline_value(t) for n, t in zip(names, row) if t is not None} for row in result]


def iterate_only(store: EmbeddedStore, query: str) -> int:
    result = store._query(query, None)
    names = [v.value for v in result.variables]
    terms = 0
    for row in result:
        for _ in zip(names, row):
            terms += 1
    return terms


def median_cpu(repeat: int, rounds: int, work: Callable[[], object]) -> tuple[float, object]:
    """Median CPU seconds of one `work()`, each sample timing `rounds` of them."""
    times, out = [], None
    for _ in range(repeat):
        start = time.process_time()
        for _ in range(rounds):
            out = work()
        times.append((time.process_time() - start) / rounds)
    return statistics.median(times), out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    store = open_store("memory:")
    assert isinstance(store, EmbeddedStore)
    store.add_new_graphs("".join(build_article(r).nquads for r in generated_records(args.articles, 7)))
    print(f"{args.articles:,} generated articles, {store.triple_count():,} statements; CPU s, "
          f"medians of {args.repeat}; {os.cpu_count()} cores shared with other work "
          f"(load average {os.getloadavg()[0]:.1f})\n")
    print(f"{'query':36} {'rows':>9} {'iterate':>8} {'before':>8} {'select':>8} "
          f"{'before/select':>14} {'conversion, before/now':>23}")
    for name, query in QUERIES.items():
        once, _ = median_cpu(1, 1, lambda: baseline_select(store, query))
        rounds = max(1, round(0.25 / max(once, 1e-4)))  # a sample lasts 1/4 s at least
        floor, _ = median_cpu(args.repeat, rounds, lambda: iterate_only(store, query))
        before, old_rows = median_cpu(args.repeat, rounds, lambda: baseline_select(store, query))
        now, new_rows = median_cpu(args.repeat, rounds, lambda: store.select(query))
        assert new_rows == old_rows, f"{name}: select gives other rows than before"
        print(f"{name:36} {len(new_rows):>9,} {floor:>8.3f} {before:>8.3f} {now:>8.3f} "
              f"{before / now:>13.2f}× {(before - floor) / max(now - floor, 1e-9):>22.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
