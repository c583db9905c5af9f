"""Time until the ego graph of a directive with 1,000 implementing documents is drawn and stable
in headless Chromium, through the whole app (store → api.queries → pyvis → vis-network).

The graph: one directive, a programme in each of 63 provinces implementing it, and district plans
implementing the programmes (1,000 implementing documents in all), one article per province,
written after graph/vocab.py and loaded into an embedded store. The page is opened once per run
in a fresh tab; the time is the page's own clock (navigation start → graph.js reports "stable":
drawn, and for the force layout the physics settled and switched off).

    layered   the page's default: top-down positions computed by api/graphview.py, physics off
    force     baseline: vis-network's force layout (barnesHut, pyvis's default solver) run until
              stable, then physics off — what a pyvis page does by default

    .venv/bin/python benchmarks/graph_render.py [--implementers 1000] [--runs 5] [--baseline-runs 3]

The directive's own facts are stated in one article only. Stated in all 63 (as the loader
writes them when 63 articles cite it), api.resolve.resolve_document's candidate query
(`?doc a eli:LegalResource` with plain OPTIONAL facts over the union graph) returns one row per
combination of copies, 63^4, and took 195 s here before anything is drawn.
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pyoxigraph as ox
import uvicorn
from playwright.sync_api import Page, sync_playwright

from api.app import create_app
from graph.store import open_store
from graph.vocab import BASE, SCHEME_GRAPH

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PROVINCES = 63
PREFIXES = """@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix chithi: <https://chithi.vn/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
DIRECTIVE = f"{BASE}doc/bench-99-ct-tw-2011"


def document(iri: str, label: str, type_code: str, type_name: str, symbol: str, date: str,
             issuer: str, level: str, implements: str | None) -> str:
    link = f" ; eli:ensures_implementation_of <{implements}>" if implements else ""
    return (f'<{iri}> a eli:LegalResource ; rdfs:label "{label}"@vi ; '
            f'eli:type_document <{BASE}type/{type_code.lower()}> ; chithi:typeName "{type_name}" ; '
            f'eli:id_local "{symbol}" ; chithi:symbolKey "{symbol.upper()}" ; '
            f'eli:date_document "{date}"^^xsd:date ; chithi:year {date[:4]} ; '
            f'eli:passed_by <{BASE}org/{issuer}> ; chithi:level "{level}" ; chithi:system "party"{link} .\n')


def synthetic_trig(implementers: int) -> str:
    """A directive, 63 provincial programmes and district plans: `implementers` documents."""
    plans = implementers - PROVINCES
    out = [PREFIXES, f"<{SCHEME_GRAPH}> {{\n"]
    for code, name in (("ct", "Chỉ thị"), ("ctr", "Chương trình"), ("kh", "Kế hoạch")):
        out.append(f'<{BASE}type/{code}> a skos:Concept ; skos:notation "{code.upper() if code != "ctr" else "CTr"}" ; '
                   f'skos:prefLabel "{name}"@vi .\n')
    out.append("}\n")
    for p in range(PROVINCES):
        article = f"{BASE}article/bench-{p}"
        programme = f"{BASE}doc/bench-{p}-ctr-tu"
        out.append(f"<{article}> {{\n<{article}> a chithi:Article, prov:Entity ; "
                   f'dcterms:title "Tỉnh {p} triển khai Chỉ thị 99-CT/TW" .\n')
        if p == 0:  # stated once: see the note on resolve_document in the module's docstring
            out.append(document(DIRECTIVE, "Chỉ thị 99-CT/TW", "CT", "Chỉ thị", "99-CT/TW",
                                "2011-12-01", "ban-bi-thu", "central", None))
        out.append(document(programme, f"Chương trình hành động {100 + p}-CTr/TU", "CTr",
                            "Chương trình hành động", f"{100 + p}-CTr/TU", f"{2012 + p % 3}-05-30",
                            f"tinh-uy-{p}", "province", DIRECTIVE))
        for d in range(p, plans, PROVINCES):
            out.append(document(f"{BASE}doc/bench-{p}-{d}-kh-hu", f"Kế hoạch {d}-KH/HU", "KH", "Kế hoạch",
                                f"{d}-KH/HU", f"{2012 + d % 5}-08-13", f"huyen-uy-{d}", "district", programme))
        out.append("}\n")
    return "".join(out)


def load(store_url: str, implementers: int) -> None:
    quads = ox.parse(synthetic_trig(implementers), format=ox.RdfFormat.TRIG)
    with open_store(store_url) as store:
        store.add_new_graphs("".join(f"{q} .\n" for q in quads))
        store.flush()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(store_url: str) -> Iterator[str]:
    server = uvicorn.Server(uvicorn.Config(create_app(store_url), host="127.0.0.1", port=free_port(),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join()


def time_to_stable(page: Page, url: str) -> tuple[float, float, int]:
    """Milliseconds from navigation start until the graph is drawn and stable, of which after
    the nodes arrived (layout and drawing in the browser); nodes drawn."""
    page.goto(url)
    page.wait_for_function("window.chithiGraph && window.chithiGraph.state === 'stable'",
                           timeout=300_000, polling=20)
    stable, data, drawn = page.evaluate(
        "[chithiGraph.stableAt, chithiGraph.dataAt, chithiGraph.view.length]")
    return stable, stable - data, drawn


def summary(name: str, times: list[float]) -> str:
    return (f"{name:<40} median {statistics.median(times):8.0f} ms   "
            f"min {min(times):7.0f}   max {max(times):7.0f}   runs {len(times)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--implementers", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline-runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store_url = f"oxigraph:{Path(tmp) / 'graph'}"
        started = time.perf_counter()
        load(store_url, args.implementers)
        print(f"loaded a directive with {args.implementers} implementing documents "
              f"in {time.perf_counter() - started:.1f} s")
        with serving(store_url) as base:
            path = DIRECTIVE.removeprefix(BASE)
            ego = []
            for _ in range(args.runs):
                started = time.perf_counter()
                nodes = len(httpx.get(f"{base}/ego/{path}?hops=2", timeout=120).json()["nodes"])
                ego.append((time.perf_counter() - started) * 1000)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                results: dict[str, list[float]] = {}
                in_browser: dict[str, list[float]] = {}
                for layout, runs in (("hierarchical", args.runs), ("force", args.baseline_runs)):
                    results[layout], in_browser[layout] = [], []
                    for _ in range(runs):
                        page = browser.new_page(viewport={"width": 1280, "height": 900})
                        ms, drawing, drawn = time_to_stable(page, f"{base}/graph/{path}?hops=2&layout={layout}")
                        assert drawn == nodes, f"{drawn} nodes drawn, {nodes} sent"
                        results[layout].append(ms)
                        in_browser[layout].append(drawing)
                        page.close()
                browser.close()
    print(f"ego network: {nodes} nodes (the directive and {nodes - 1} implementing documents); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(summary("GET /ego (queries + pyvis), server", ego))  # the page carries the same
    print(summary("page: layered, physics off", results["hierarchical"]))
    print(summary("  of which layout + drawing", in_browser["hierarchical"]))
    print(summary("baseline: force layout until stable", results["force"]))
    print(summary("  of which layout + drawing", in_browser["force"]))
    ratio = statistics.median(results["force"]) / statistics.median(results["hierarchical"])
    print(f"layered is {ratio:.1f}× faster than the force-layout baseline (medians, same run)")


if __name__ == "__main__":
    main()
