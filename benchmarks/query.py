"""Query latency on a generated graph: trace, gaps (all districts of the country) and search,
on pyoxigraph (the embedded store, in memory) beside rdflib's in-memory store, in one run.

The graph follows graph/vocab.py and is written as N-Quads directly: the real gazetteer
(graph/units.py: 63 provinces, ~700 districts, 10,051 communes, the 34 new provinces) and
chains of documents across them: central directives → provincial programmes → district plans
→ commune plans, one article graph per document stating its facts, its relation and the
facts of the document it implements (so popular directives are stated many times over, as in
real news). rdflib cannot hold a million documents in reasonable time and memory (design.md
§5: 50 s and 2.2 GB for 1.6 M triples), so it gets the first `--rdflib-documents` of them and
the report says so; both stores answer the same questions through api/queries.py.

    .venv/bin/python benchmarks/query.py                      # 1,000,000 documents
    .venv/bin/python benchmarks/query.py --documents 20000    # a quick run

Queries run on the graph generated into a store in memory (as the figures of earlier runs
did), or with `--on-disk` on the embedded store on disk, as `chithi serve` reads it (lookups
cost several times more there). The store on disk is kept under
benchmarks/out/query-cache/{documents}-seed{seed}/, so a second run skips the generation
(~15 min for a million documents; delete the folder to rebuild it); reading it back into
memory is slower than generating it again.

A trace, a search page, gaps read the names of the types, issuers and places their documents
point at from tables kept per store (api/names.py, read again after a minute, as a server's
cached answers are): the first trace asked, on empty tables, is printed on its own.

Each latency is printed as the median (p50) and p95 of the wall time and of the CPU time of
the thread asking (the stores answer in it): on a machine shared with other work,
the CPU time is what a question cost and the wall time adds the waits for a core.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import queue
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rdflib import Dataset, Literal, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from api import queries  # noqa: E402
from api.app import tune_garbage_collector  # noqa: E402
from graph.indexes import has_indexes, rebuild_indexes  # noqa: E402
from graph.scheme import scheme_nquads  # noqa: E402
from graph.store import Store, open_store  # noqa: E402
from graph.terms import date_lit, int_lit, iri, lit, literal_to_python  # noqa: E402
from graph.units import all_units, gazetteer_nquads  # noqa: E402
from graph.vocab import (BASE, CHITHI, COUNTRY, DCTERMS, ELI, ORG, PROV, RDF, RDFS, SKOS,  # noqa: E402
                         symbol_key, type_iri, unit_iri)

P = {name: iri(str(term)) for name, term in {
    "a": RDF.type, "label": RDFS.label, "LegalResource": ELI.LegalResource, "type": ELI.type_document,
    "id_local": ELI.id_local, "key": CHITHI.symbolKey, "number": ELI.number, "date": ELI.date_document,
    "title": ELI.title, "passed_by": ELI.passed_by, "jurisdiction": ELI.jurisdiction, "level": CHITHI.level,
    "year": CHITHI.year, "implements": ELI.ensures_implementation_of, "Article": CHITHI.Article,
    "derived": PROV.wasDerivedFrom, "about": CHITHI.about, "issued": DCTERMS.issued,
    "prefLabel": SKOS.prefLabel, "Organization": ORG.Organization}.items()}
SEED = 7
CACHE = Path(__file__).parent / "out" / "query-cache"
TYPES = {"CT": "Chỉ thị", "CTr": "Chương trình hành động", "KH": "Kế hoạch"}
TITLES = ["tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc",
          "đẩy mạnh công tác dân vận trong tình hình mới", "nâng cao chất lượng sinh hoạt chi bộ",
          "phòng, chống tham nhũng, lãng phí", "phát triển kinh tế tập thể, hợp tác xã"]


# -- the generated graph ----------------------------------------------------------------------------

class World:
    """Documents across the real units, drawn with a fixed seed."""

    def __init__(self, seed: int = SEED):
        units = [u for u in all_units() if u.era == "legacy"]
        self.provinces = [u for u in units if u.level == "province"]
        self.districts: dict[str, list] = {}
        self.communes: dict[str, list] = {}
        for u in units:
            if u.level == "district" and u.valid_until == "2025-06-30" and not u.valid_from:
                self.districts.setdefault(u.parent_code, []).append(u)
            elif u.level == "commune":
                self.communes.setdefault(u.parent_code, []).append(u)
        self.random = random.Random(seed)
        self.directives: list[tuple[str, str]] = []  # (IRI, symbol)

    def documents(self, total: int) -> Iterator[str]:
        """N-Quads lines, one article graph per document, until `total` documents."""
        count = index = 0
        while count < total:
            index += 1
            year = 2005 + index % 20
            directive = f"{BASE}doc/bench/ct-{index}"
            symbol = f"{index % 400 + 1:02d}-CT/TW"
            day = dt.date(year, 1, 1) + dt.timedelta(days=self.random.randrange(330))
            self.directives.append((directive, symbol))
            yield from self._article(f"d{index}", directive, "CT", symbol, day, f"{BASE}org/ban-bi-thu",
                                     "Ban Bí thư", COUNTRY, "central", None, None, title=True)
            count += 1
            for province in self.provinces:
                if count >= total or self.random.random() > 0.9:
                    continue
                p_doc, p_day = f"{directive}/p{province.code}", day + dt.timedelta(days=self.random.randrange(30, 400))
                p_unit = unit_iri("legacy", "province", province.code)
                yield from self._article(f"d{index}p{province.code}", p_doc, "CTr",
                                         f"{self.random.randrange(1, 900)}-CTr/TU", p_day,
                                         f"{BASE}org/btv-tinh-uy-{province.code}", f"Ban Thường vụ Tỉnh ủy {province.name}",
                                         p_unit, "province", directive, symbol)
                count += 1
                for district in self.districts.get(province.code, []):
                    if count >= total or self.random.random() > 0.7:
                        continue
                    d_doc, d_day = f"{p_doc}/d{district.code}", p_day + dt.timedelta(days=self.random.randrange(20, 300))
                    d_unit = unit_iri("legacy", "district", district.code)
                    yield from self._article(f"d{index}d{district.code}", d_doc, "KH",
                                             f"{self.random.randrange(1, 300)}-KH/HU", d_day,
                                             f"{BASE}org/btv-huyen-uy-{district.code}",
                                             f"Ban Thường vụ Huyện ủy {district.name}", d_unit, "district", p_doc, None)
                    count += 1
                    communes = self.communes.get(district.code, [])
                    for commune in self.random.sample(communes, min(len(communes), self.random.randrange(3))):
                        if count >= total:
                            break
                        yield from self._article(f"d{index}c{commune.code}", f"{d_doc}/c{commune.code}", "KH", None,
                                                 d_day + dt.timedelta(days=self.random.randrange(10, 200)),
                                                 f"{BASE}org/dang-uy-xa-{commune.code}", f"Đảng ủy xã {commune.name}",
                                                 unit_iri("legacy", "commune", commune.code), "commune", d_doc, None)
                        count += 1

    def _article(self, key: str, doc: str, code: str, symbol: str | None, day: dt.date, org: str,
                 org_name: str, unit: str, level: str, parent: str | None, parent_symbol: str | None,
                 title: bool = False) -> Iterator[str]:
        g, d = iri(f"{BASE}article/bench-{key}"), iri(doc)
        label = f"{TYPES[code]} {symbol}" if symbol else f"{TYPES[code]} của {org_name}"
        lines = [(g, P["a"], P["Article"], g), (g, P["derived"], iri(f"https://bao.example.vn/{key}"), g),
                 (g, P["about"], iri(unit), g), (g, P["issued"], date_lit((day + dt.timedelta(days=3)).isoformat()), g),
                 (d, P["a"], P["LegalResource"], g), (d, P["label"], lit(label, "vi"), g),
                 (d, P["type"], iri(type_iri(code)), g), (d, P["date"], date_lit(day.isoformat()), g),
                 (d, P["passed_by"], iri(org), g), (d, P["jurisdiction"], iri(unit), g),
                 (d, P["level"], lit(level), g), (d, P["year"], int_lit(day.year), g),
                 (iri(org), P["a"], P["Organization"], g), (iri(org), P["prefLabel"], lit(org_name, "vi"), g)]
        if symbol:
            lines += [(d, P["id_local"], lit(symbol), g), (d, P["key"], lit(symbol_key(symbol)), g),
                      (d, P["number"], lit(symbol.split("-")[0]), g)]
        if title:
            lines.append((d, P["title"], lit(self.random.choice(TITLES), "vi"), g))
        if parent:
            lines.append((d, P["implements"], iri(parent), g))
            if parent_symbol:  # the article names the directive too: its facts stated once more
                lines += [(iri(parent), P["a"], P["LegalResource"], g),
                          (iri(parent), P["id_local"], lit(parent_symbol), g),
                          (iri(parent), P["key"], lit(symbol_key(parent_symbol)), g)]
        for s, p, o, graph in lines:
            yield f"{s} {p} {o} {graph} .\n"


# -- rdflib behind the Store interface, for the baseline ------------------------------------------

class RdflibStore(Store):
    """rdflib's in-memory Dataset (default graph = union of the named graphs), read-only."""

    url = "rdflib:memory"

    def __init__(self, nquads: bytes):
        self.dataset = Dataset(default_union=True)
        self.dataset.parse(data=nquads, format="nquads")

    def select(self, query: str, bindings: dict[str, Any] | None = None, timeout: float | None = None) -> list[dict]:
        init = {k: v if isinstance(v, (URIRef, Literal)) else Literal(v) for k, v in (bindings or {}).items()}
        result = self.dataset.query(query, initBindings=init)
        rows = []
        for row in result:
            out = {}
            for name, value in zip(result.vars, row):
                if value is None:
                    continue
                out[str(name)] = str(value) if isinstance(value, URIRef) else \
                    literal_to_python(str(value), str(value.datatype) if value.datatype else None)
            rows.append(out)
        return rows

    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool:
        return bool(self.dataset.query(query, initBindings=bindings or {}).askAnswer)

    def _read_only(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("the rdflib baseline is read-only")

    select_terms = construct = sparql_raw = replace_graph = drop_graph = update = dump_nquads = _read_only

    def graphs(self) -> list[str]:
        return [str(g.identifier) for g in self.dataset.graphs()]

    def triple_count(self) -> int:
        return len(self.dataset)


# -- timing -------------------------------------------------------------------------------------------

def timed(runs: int, call: Callable[[int], Any], budget_s: float) -> list[tuple[float, float]]:
    """(wall, CPU) latencies (ms) of `call(i)` for i in range(runs), stopping once `budget_s` is
    spent. CPU is this thread's time (the stores answer in the calling thread): on a machine
    shared with other work it is what the query cost, where the wall time counts the waits."""
    latencies, started = [], time.perf_counter()
    for i in range(runs):
        t, cpu = time.perf_counter(), time.thread_time()
        call(i)
        latencies.append(((time.perf_counter() - t) * 1000, (time.thread_time() - cpu) * 1000))
        if time.perf_counter() - started > budget_s:
            break
    return latencies


def timed_boxed(runs: int, call: Callable[[int], Any], budget_s: float) -> list[tuple[float, float]] | None:
    """As `timed`, in a forked process killed after `budget_s` (one rdflib query can run for
    minutes and cannot be interrupted): None when not even one call finished in time."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()

    def child() -> None:
        started = time.perf_counter()
        for i in range(runs):
            t, cpu = time.perf_counter(), time.thread_time()
            call(i)
            results.put(((time.perf_counter() - t) * 1000, (time.thread_time() - cpu) * 1000))
            if time.perf_counter() - started > budget_s / 2:
                break
        results.put(None)

    process = context.Process(target=child, daemon=True)
    process.start()
    latencies, deadline = [], time.monotonic() + budget_s
    while True:
        try:
            value = results.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        if value is None:
            break
        latencies.append(value)
    process.kill()
    process.join()
    return latencies or None


def summary(latencies: list[tuple[float, float]] | None, budget_s: float = 0) -> str:
    if not latencies:
        return f"> {budget_s:.0f} s (time-boxed)"
    return (f"p50 {median(latencies, 0):7.1f} ms  p95 {p95(latencies, 0):7.1f}  CPU p50 {median(latencies, 1):7.1f}  "
            f"p95 {p95(latencies, 1):7.1f}  (n={len(latencies)})")


def p95(latencies: list[tuple[float, float]], which: int) -> float:
    ordered = sorted(pair[which] for pair in latencies)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def median(latencies: list[tuple[float, float]], which: int) -> float:
    return statistics.median(pair[which] for pair in latencies)


def questions(directives: list[tuple[str, str]]) -> dict[str, Callable[[Store, int], Any]]:
    picks = random.Random(11).sample(directives, min(len(directives), 50))
    variants = ["{n}/TW", "{n} CT/TW", "{n}-ct/tw"]

    def number(i: int) -> str:
        return picks[i % len(picks)][1].split("-")[0].lstrip("0")

    return {
        "trace (down, one directive)": lambda s, i: queries.trace_down(s, picks[i % len(picks)][0]),
        "gaps (all districts of the country)": lambda s, i: queries.gaps(s, picks[i % len(picks)][0], "district"),
        "search (symbol variant, 20 hits)": lambda s, i: queries.search(s, variants[i % 3].format(n=number(i))),
        "search (words: type + number)": lambda s, i: queries.search(s, f"chi thi {number(i)}"),
        "search (title words)": lambda s, i: queries.search(s, "sinh hoat chi bo", limit=10),
    }


FIRST = "trace (down, one directive)"


def load(store: Store, lines: Iterator[str], batch: int = 1_000_000) -> int:
    """Bulk-load N-Quads lines in batches (the embedded store's bulk path); returns the count."""
    chunk: list[str] = []
    total = 0
    for line in lines:
        chunk.append(line)
        if len(chunk) >= batch:
            store.add_new_graphs("".join(chunk))
            total += len(chunk)
            chunk = []
    store.add_new_graphs("".join(chunk))
    return total + len(chunk)


def cached_store(documents: int, seed: int, reference: str) -> tuple[Store, list[tuple[str, str]], str]:
    """The generated store on disk and its directives, built once per (size, seed): the
    directives list is written last, so a build cut short is rebuilt. Returns a line saying
    what was done."""
    folder = CACHE / f"{documents}-seed{seed}"
    listed = folder / "directives.json"
    if listed.exists():
        directives = [tuple(d) for d in json.loads(listed.read_text())]
        store = open_store(f"oxigraph:{folder / 'store'}")
        done = f"opened the cached store {folder}"
        if not has_indexes(store):
            started = time.perf_counter()
            rebuild_indexes(store)
            store.flush()
            (folder / "store.nq").unlink(missing_ok=True)
            done += f", its indexes built in {time.perf_counter() - started:.1f} s"
        return store, directives, done
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    world = World(seed)
    store = open_store(f"oxigraph:{folder / 'store'}")
    store.add_new_graphs(reference)
    quads = load(store, world.documents(documents))
    rebuild_indexes(store)  # as loading writes them (graph/indexes.py)
    store.flush()
    listed.write_text(json.dumps(world.directives))
    return store, world.directives, (f"generated {quads:,} quads and bulk-loaded them into {folder} in "
                                     f"{time.perf_counter() - started:.1f} s")


def in_memory(documents: int, seed: int, reference: str) -> tuple[Store, list[tuple[str, str]], str]:
    """The generated graph written straight into a store in memory, with its indexes."""
    started = time.perf_counter()
    world = World(seed)
    store = open_store("memory:")
    store.add_new_graphs(reference)
    quads = load(store, world.documents(documents))
    rebuild_indexes(store)  # as loading writes them (graph/indexes.py)
    return store, world.directives, f"generated {quads:,} quads, loaded and indexed in {time.perf_counter() - started:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1_000_000)
    parser.add_argument("--rdflib-documents", type=int, default=10_000,
                        help="documents given to rdflib (the first ones of the same graph)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--on-disk", action="store_true", help="query the store on disk (cached between runs)")
    parser.add_argument("--only", default="", help="only the questions whose name holds one of these texts "
                                                   "(comma-separated)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds per question and store, at most (rdflib is stopped then)")
    args = parser.parse_args()

    reference = scheme_nquads() + gazetteer_nquads()
    if args.on_disk:
        oxi, directives, done = cached_store(args.documents, args.seed, reference)
    else:
        oxi, directives, done = in_memory(args.documents, args.seed, reference)
    print(f"pyoxigraph{' on disk' if args.on_disk else ', in memory'}: {args.documents:,} documents "
          f"({len(directives):,} directives): {done}", flush=True)

    sub_world = World(args.seed)  # the same seed: the first documents of the same graph
    subset = reference + "".join(sub_world.documents(args.rdflib_documents))
    oxi_sub = open_store("memory:")
    oxi_sub.add_new_graphs(subset)
    rebuild_indexes(oxi_sub)

    # the process holds what a server's holds once its store is open: its garbage collector tuned
    # as `chithi serve` tunes it (start-up's objects frozen, the youngest generation collected less often)
    tune_garbage_collector()
    full_questions, sub_questions = questions(directives), questions(sub_world.directives)
    (wall, cpu), = timed(1, lambda i: full_questions[FIRST](oxi, i), args.budget)
    print(f"{FIRST}, the first asked (the names of types, issuers and places read into api/names.py's "
          f"tables): {wall:.1f} ms, CPU {cpu:.1f}; below, the tables fill as questions come", flush=True)
    asked = [(n, a) for n, a in full_questions.items() if any(o in n for o in args.only.split(","))]
    # pyoxigraph first, rdflib's Dataset built after: holding its ~2.9 million Python objects,
    # this process would be unlike a server's, and the garbage collector's full collections,
    # which scan every object, would be timed with the queries
    on_oxigraph = {name: (timed(args.runs, lambda i: ask(oxi, i), args.budget),
                          timed(args.runs, lambda i: sub_questions[name](oxi_sub, i), args.budget))
                   for name, ask in asked}
    started = time.perf_counter()
    rdf = RdflibStore(oxi_sub.dump_nquads())
    print(f"rdflib: the first {args.rdflib_documents:,} documents ({len(rdf.dataset):,} quads with the indexes) parsed in "
          f"{time.perf_counter() - started:.1f} s; pyoxigraph gets the same subset for the ratio")
    print(f"\n{'question':40} {'pyoxigraph, ' + format(args.documents, ',') + ' docs':>72}   "
          f"{'pyoxigraph, ' + format(args.rdflib_documents, ',') + ' docs':>72}   "
          f"{'rdflib, ' + format(args.rdflib_documents, ',') + ' docs':>72}   ratio (wall / CPU)")
    for name, _ in asked:
        on_full, on_sub = on_oxigraph[name]
        on_rdflib = timed_boxed(args.runs, lambda i: sub_questions[name](rdf, i), args.budget)
        if on_rdflib:  # wall and CPU
            ratio = f"{median(on_rdflib, 0) / median(on_sub, 0):.0f}× / {median(on_rdflib, 1) / median(on_sub, 1):.0f}×"
        else:
            ratio = f"> {args.budget * 1000 / median(on_sub, 0):.0f}×"
        print(f"{name:40} {summary(on_full):>72}   {summary(on_sub):>72}   "
              f"{summary(on_rdflib, args.budget):>72}   {ratio}", flush=True)


if __name__ == "__main__":
    main()
