"""Load test of the web app: N concurrent clients for T seconds of mixed requests (search, trace,
gaps, document pages) against `chithi serve` on 127.0.0.1, over the five samples plus a
generated corpus (benchmarks/generate.py) loaded into an embedded store in a temp folder.

Reports throughput, p50/p99 latency and errors per kind of request, beside a one-client
baseline run in the same process first (the ratio says what concurrency costs). Bounded: every
client stops at the deadline or when --max-requests have been sent; each request times out.
Aim: 0 errors and p99 < 200 ms at 50 clients.

    .venv/bin/python benchmarks/load_test.py                                   # 50 clients, 20 s
    .venv/bin/python benchmarks/load_test.py --clients 10 --seconds 5 --articles 200   # quick
    .venv/bin/python benchmarks/load_test.py --store oxigraph:data/graph       # an existing store
    .venv/bin/python benchmarks/load_test.py --cache-seconds 0    # every answer computed (no api/cache.py)

The server runs as `chithi serve` does, with its response cache (api/cache.py): each URL is
computed once, then answered from the cache; the tables say which share of requests were hits.
The concurrent run goes --rounds times: the first fills the cache, the last shows a server
that has been up for a while.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from api import queries  # noqa: E402
from api.web import page_url  # noqa: E402
from graph.store import open_store  # noqa: E402
from graph.vocab import SPARQL_PREFIXES  # noqa: E402

CHITHI = str(Path(sys.executable).parent / "chithi")
REQUEST_TIMEOUT_S = 10.0
# kind -> share of the requests (what a reader does most: search, then read a page)
MIX = {"search": 0.35, "document page": 0.3, "trace": 0.2, "gaps": 0.15}
SEARCH_WORDS = ["chỉ thị", "kế hoạch thực hiện", "Hà Tĩnh", "nghị quyết trung ương", "chuong trinh hanh dong",
                "Ban Bí thư", "Quận 11", "09"]


@dataclass
class Targets:
    """URLs to ask for, per kind, taken from the store before the server opens it."""

    by_kind: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def pick(self, rng: random.Random) -> tuple[str, str]:
        kind = rng.choices(list(MIX), weights=list(MIX.values()))[0]
        return kind, rng.choice(self.by_kind[kind])


def targets_of(store_url: str) -> Targets:
    """The most implemented directives (trace, gaps), documents with a symbol (search, pages):
    read with plain SPARQL, since api.queries.search over hundreds of documents is itself slow."""
    targets = Targets()
    with open_store(store_url) as store:
        directives = queries.matrix(store, limit=30).directives
        documents = store.select(SPARQL_PREFIXES + """
            SELECT ?doc (SAMPLE(?symbol) AS ?sym) WHERE { ?doc a eli:LegalResource ; eli:id_local ?symbol }
            GROUP BY ?doc ORDER BY ?doc LIMIT 300""")
    for directive in directives:
        iri = quote(directive.iri, safe="")
        targets.by_kind["trace"].append(f"/api/trace?symbol={iri}")
        if directive.dates:  # the units to look at are those of its date (else as_of is required)
            targets.by_kind["gaps"].append(f"/api/gaps?directive={iri}&level=province")
    for text in SEARCH_WORDS + [d["sym"] for d in documents[:100]]:
        targets.by_kind["search"].append(f"/api/search?q={quote(text)}")
    targets.by_kind["document page"] = [page_url(d["doc"]) for d in documents]
    missing = [kind for kind in MIX if not targets.by_kind[kind]]
    if missing:
        raise SystemExit(f"the store has nothing to ask for {missing}: is it loaded?")
    return targets


# -- the store and the server ---------------------------------------------------------------------

def build_store(folder: Path, articles: int, seed: int) -> str:
    corpus = folder / "generated.jsonl"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate.py"), "--articles", str(articles),
                    "--seed", str(seed), "--out", str(corpus)], check=True)
    url = f"oxigraph:{folder / 'graph'}"
    started = time.perf_counter()
    subprocess.run([CHITHI, "load", str(REPO / "data" / "samples"), str(corpus), "--store", url,
                    "--no-progress"], check=True, stdout=subprocess.DEVNULL)
    print(f"store: 5 samples + {articles:,} generated articles loaded in {time.perf_counter() - started:.1f} s")
    return url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store_url: str, log: Path, cache_seconds: float) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([CHITHI, "serve", "--host", "127.0.0.1", "--port", str(port), "--store", store_url,
                                "--cache-seconds", str(cache_seconds)],
                               stdout=subprocess.DEVNULL, stderr=log.open("wb"))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{url}/openapi.json", timeout=1)
            return process, url
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit(f"the server did not start:\n{log.read_text()[-2000:]}") from None
            time.sleep(0.2)


def stop_server(process: subprocess.Popen) -> None:
    """SIGTERM; SIGKILL if requests the clients gave up on still hold it after 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def warm_up(url: str, targets: Targets) -> None:
    """The first request of each kind, timed: it shows a slow query shape before the load does."""
    for kind in MIX:
        started = time.perf_counter()
        try:
            status: int | str = httpx.get(url + targets.by_kind[kind][0], timeout=60).status_code
        except httpx.HTTPError as err:
            status = type(err).__name__
        print(f"warm-up {kind}: {status} in {time.perf_counter() - started:.2f} s")


# -- clients --------------------------------------------------------------------------------------

@dataclass
class Sample:
    kind: str
    seconds: float
    error: str | None  # None, "HTTP 503", "ReadTimeout" …
    cached: bool = False  # answered from the server's response cache


class Connection:
    """One keep-alive HTTP/1.1 connection on asyncio streams, the least a client can do per
    request: httpx spends a few ms of CPU on each, and on a 2-core machine 50 httpx clients
    measured themselves (300 req/s whatever the server did) more than the server."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str) -> tuple[int, dict[bytes, bytes]]:
        """Status and headers of GET `path`; the body is read and dropped."""
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = (await reader.readuntil(b"\r\n\r\n")).split(b"\r\n")
        headers = {name.strip().lower(): value.strip()
                   for name, _, value in (line.partition(b":") for line in head[1:] if line)}
        if b"content-length" in headers:
            await reader.readexactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding") == b"chunked":
            while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
                await reader.readexactly(size + 2)
            await reader.readexactly(2)
        if headers.get(b"connection") == b"close":
            self.close()
        return int(head[0].split()[1]), headers

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def run_clients(url: str, targets: Targets, clients: int, seconds: float, max_requests: int,
                      seed: int) -> tuple[list[Sample], float]:
    samples: list[Sample] = []
    deadline = time.monotonic() + seconds
    address = httpx.URL(url)

    async def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        connection = Connection(address.host, address.port)
        while time.monotonic() < deadline and len(samples) < max_requests:
            kind, path = targets.pick(rng)
            started = time.perf_counter()
            try:
                status, headers = await asyncio.wait_for(connection.get(path), REQUEST_TIMEOUT_S)
                error = None if status == 200 else f"HTTP {status}"
                cached = headers.get(b"x-cache") == b"hit"
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError) as err:
                error, cached = type(err).__name__, False
                connection.close()  # a half-read answer must not be read as the next one
            samples.append(Sample(kind, time.perf_counter() - started, error, cached))
        connection.close()

    started = time.monotonic()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return samples, time.monotonic() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(title: str, samples: list[Sample], elapsed: float, baseline: dict[str, float] | None = None) -> dict[str, float]:
    """Print a table per kind and in total; returns the p50 per kind (a baseline for the next)."""
    print(f"\n{title}: {len(samples):,} requests in {elapsed:.1f} s = {len(samples) / elapsed:,.0f} req/s")
    print(f"{'kind':<15}{'requests':>9}{'errors':>8}{'cached':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
          + (f"{'p50 / 1 client':>16}" if baseline else ""))
    by_kind: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        by_kind[sample.kind].append(sample)
    medians = {}
    for kind, group in [*sorted(by_kind.items()), ("all", samples)]:
        times = [s.seconds * 1000 for s in group]
        errors = sum(1 for s in group if s.error)
        medians[kind] = statistics.median(times)
        ratio = f"{medians[kind] / baseline[kind]:>15.1f}x" if baseline and kind in baseline else ""
        cached = sum(1 for s in group if s.cached) / len(group)
        print(f"{kind:<15}{len(group):>9,}{errors:>8}{cached:>8.0%}{medians[kind]:>9.1f}{percentile(times, 0.99):>9.1f}"
              f"{max(times):>9.1f}{ratio}")
    errors = defaultdict(int)
    for sample in samples:
        if sample.error:
            errors[f"{sample.kind}: {sample.error}"] += 1
    for what, count in sorted(errors.items()):
        print(f"  error {what} x {count}")
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--baseline-seconds", type=float, default=5, help="of the one-client run")
    parser.add_argument("--max-requests", type=int, default=200_000, help="per run, a bound")
    parser.add_argument("--articles", type=int, default=2000, help="generated articles to load")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", help="an existing store URL (no corpus is generated or loaded)")
    parser.add_argument("--rounds", type=int, default=2, help="of the concurrent run; the aim is judged on the last")
    parser.add_argument("--cache-seconds", type=float, default=60.0,
                        help="the server's response cache, as `chithi serve --cache-seconds` (0: off)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="chithi-load-test-") as tmp:
        store_url = args.store or build_store(Path(tmp), args.articles, args.seed)
        targets = targets_of(store_url)
        process, url = start_server(store_url, Path(tmp) / "server.log", args.cache_seconds)
        try:
            warm_up(url, targets)
            print(f"server: {url} (pid {process.pid}), response cache "
                  f"{f'{args.cache_seconds:g} s' if args.cache_seconds else 'off'}; "
                  f"{os.cpu_count()} cores on this machine, clients in this process")
            one, elapsed = asyncio.run(run_clients(url, targets, 1, args.baseline_seconds, args.max_requests, args.seed))
            baseline = report("1 client (baseline)", one, elapsed)
            for round_ in range(1, args.rounds + 1):  # the cache fills in the first; a served site runs for hours
                many, elapsed = asyncio.run(run_clients(url, targets, args.clients, args.seconds, args.max_requests,
                                                        args.seed + round_))
                medians = report(f"{args.clients} clients, round {round_} of {args.rounds}", many, elapsed, baseline)
        finally:
            stop_server(process)
    p99 = percentile([s.seconds * 1000 for s in many], 0.99)
    errors = sum(1 for s in many if s.error)
    aim = "met" if errors == 0 and p99 < 200 else "NOT met"
    print(f"\naim (0 errors, p99 < 200 ms at {args.clients} clients, last round): {aim} — {errors} errors, "
          f"p99 {p99:.0f} ms, p50 {medians['all']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
