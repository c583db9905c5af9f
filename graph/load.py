"""Loading articles: read -> extract -> build -> store, in batches; and unloading them.

Each article's graph is written so that a crash or a bad file leaves the store consistent:
- graphs that are new go in by the store's bulk path, graphs that changed are replaced one by
  one (Store.replace_graph is atomic), both without their completion marks (content hash and
  run); the batch's identities are reconciled (graph/reconcile.py); only then are the marks
  written. A graph without its mark was cut short, or its batch was not reconciled: the next
  load replaces it and reconciles again;
- a file that cannot be read, extracted or built is reported by name and the rest of the batch
  loads; a graph the store refuses is reported and the others are kept.
After each batch the store is flushed. Batches are written in order, each while the next is
extracted and built (a writer thread: the store works without holding the GIL).
"""
from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from loaders.readers import RawArticle, ReadError, read_paths
from loaders.record import ArticleRecord
from rdflib import URIRef
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)

from graph.bindings import values_block
from graph.build import BuiltArticle, build_article
from graph.indexes import documents_stated, update_indexes
from graph.reconcile import keys_of_graphs, reconcile, resolve_batch
from graph.scheme import load_scheme
from graph.store import Store, StoreError
from graph.terms import iri
from graph.units import load_units
from graph.vocab import BASE, CHITHI, SPARQL_PREFIXES, article_iri

Extractor = Callable[[RawArticle], ArticleRecord]
BATCH = 10_000  # articles per store write: 20,000 articles load in 18% less CPU time than in batches of 2,000


@dataclass
class Failure:
    source: str  # file (and line of a .jsonl file) or article id
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class LoadSummary:
    loaded: list[str] = field(default_factory=list)  # article ids written (new or changed)
    unchanged: list[str] = field(default_factory=list)  # same content hash: left as it was
    failed: list[Failure] = field(default_factory=list)
    triples_written: int = 0
    reconciled: int = 0  # article graphs whose undated citations were moved
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def __str__(self) -> str:
        lines = [f"{len(self.loaded)} loaded, {len(self.unchanged)} unchanged, "
                 f"{len(self.failed)} failed ({self.triples_written} triples written, "
                 f"{self.seconds:.1f} s)"]
        lines += [f"  failed: {failure}" for failure in self.failed]
        return "\n".join(lines)


def prepare(store: Store) -> None:
    """The reference graphs every article relies on: ontology and types, administrative units."""
    load_scheme(store)
    load_units(store)


def load_paths(store: Store, paths: Iterable[str | Path], progress: bool = True,
               extractor: Extractor | None = None, batch_size: int = BATCH) -> LoadSummary:
    """Load every article under `paths` (files, folders, .jsonl): extract, build, store,
    `batch_size` articles per store write."""
    extractor = extractor or extract_article
    summary = LoadSummary()
    started = time.perf_counter()
    prepare(store)

    def records() -> Iterator[tuple[ArticleRecord, str | None] | Failure]:
        for item in read_paths(paths):
            if isinstance(item, ReadError):
                yield Failure(f"{item.path}:{item.line}" if item.line else item.path, item.reason)
                continue
            where = _where(item)
            try:
                yield extractor(item), str(Path(item.path).resolve()) if item.path else None
            except Exception as err:  # noqa: BLE001 - one bad article must not stop the batch
                yield Failure(where, f"extraction failed: {type(err).__name__}: {err}")

    with _progress(progress) as bar:
        task = bar.add_task("loading", total=None)
        _load(store, records(), summary, on_article=lambda: bar.advance(task), batch_size=batch_size)
    summary.seconds = time.perf_counter() - started
    return summary


def extract_article(raw: RawArticle) -> ArticleRecord:
    """The extractor (loaders.extract) on an article as the readers return it."""
    from loaders.extract import extract

    return extract(raw.text, id=raw.id, source_url=raw.source_url, title=raw.title,
                   published=raw.published, normalised=True)


def load_records(store: Store, records: Iterable[ArticleRecord | tuple[ArticleRecord, str | None]],
                 progress: bool = False, batch_size: int = BATCH,
                 reference_data: bool = True) -> LoadSummary:
    """Load records already extracted (each optionally with its source path).
    `reference_data=False` skips writing the type and unit graphs (tests of the articles alone)."""
    summary = LoadSummary()
    started = time.perf_counter()
    if reference_data:
        prepare(store)
    items = ((r, None) if isinstance(r, ArticleRecord) else r for r in records)
    with _progress(progress) as bar:
        task = bar.add_task("loading", total=None)
        _load(store, items, summary, on_article=lambda: bar.advance(task), batch_size=batch_size)
    summary.seconds = time.perf_counter() - started
    return summary


def _load(store: Store, items: Iterable[tuple[ArticleRecord, str | None] | Failure],
          summary: LoadSummary, on_article: Callable[[], None], batch_size: int = BATCH) -> None:
    run = f"{BASE}run/{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    run_started = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    batch: dict[str, tuple[BuiltArticle, str]] = {}
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chithi-write") as writer:
        writing: Future[None] | None = None

        def write(ready: dict[str, tuple[BuiltArticle, str]]) -> Future[None]:
            if writing is not None:
                writing.result()  # the previous batch first (and its error, if any)
            return writer.submit(_write_batch, store, ready, summary)

        for item in items:
            on_article()
            if isinstance(item, Failure):
                summary.failed.append(item)
                continue
            record, source = item
            try:
                built = build_article(record, source=source, run=run, run_started=run_started)
            except Exception as err:  # noqa: BLE001
                summary.failed.append(Failure(
                    source or record.id, f"building its graph failed: {type(err).__name__}: {err}"))
                continue
            if built.graph in batch or len(batch) >= batch_size:  # an id twice: the later replaces
                writing = write(batch)
                batch = {}
            batch[built.graph] = (built, source or record.id)
        write(batch).result()


def _write_batch(store: Store, batch: dict[str, tuple[BuiltArticle, str]],
                 summary: LoadSummary) -> None:
    if not batch:
        return
    stored = _stored_hashes(store, list(batch))
    new: list[BuiltArticle] = []
    changed: list[BuiltArticle] = []
    for graph, (built, _) in batch.items():
        if graph not in stored:
            new.append(built)
        elif stored[graph] == built.content_hash:
            summary.unchanged.append(_article_id(graph))
        else:
            changed.append(built)
    keys = keys_of_graphs(store, [b.graph for b in changed])  # what the old versions cited
    stated = documents_stated(store, [b.graph for b in changed])  # their facts may be gone after
    to_write = new + changed
    additions = resolve_batch(store, to_write)
    written: list[BuiltArticle] = []
    added: set[str] = set()  # graphs new in the store: the word index only adds their words
    if new:
        try:
            store.add_new_graphs("".join(b.body for b in new))
            written += new
            added = {b.graph for b in new}
        except StoreError:  # find the graph the store refuses; keep the others
            changed = to_write
    for built in changed:
        try:
            store.replace_graph(built.graph, built.body)
            written.append(built)
        except StoreError as err:
            with suppress(StoreError):  # a partial bulk write of it must not stay
                store.drop_graph(built.graph)
            summary.failed.append(Failure(batch[built.graph][1], f"the store refused it: {err}"))
    if len(written) < len(to_write):  # resolve_batch counted on every graph of the batch
        keys |= set().union(*(b.keys for b in to_write))
    moved = reconcile(store, keys, additions)
    summary.reconciled += len(moved.graphs)
    replaced = [b.graph for b in written if b.graph not in added]
    update_indexes(store, replaced, keys, added, moved.nodes | stated, moved.graphs)  # graph/indexes.py
    _write_marks(store, written)
    for built in written:
        summary.loaded.append(_article_id(built.graph))
        summary.triples_written += built.triples
    store.flush()


def _write_marks(store: Store, written: list[BuiltArticle]) -> None:
    """The completion marks, last: a graph without its mark (killed before this) is replaced
    and its identities reconciled again on the next load."""
    if written:  # added to graphs that exist: never by add_new_graphs, which may replace them
        store.add_quads("".join(b.mark for b in written))


def _stored_hashes(store: Store, graphs: list[str]) -> dict[str, str]:
    """graph -> its content hash, for graphs of the batch already in the store ("" when a
    graph is there without its completion mark). Shaped so that every pattern starts from the
    bound graph name: a bare `GRAPH ?g { ?s ?p ?o }` would scan the whole store first."""
    rows = store.select(
        f"SELECT ?g ?h WHERE {{ {values_block(['g'], [(URIRef(g),) for g in graphs])} "
        f"FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} "
        f"OPTIONAL {{ GRAPH ?g {{ ?g {iri(str(CHITHI.contentHash))} ?h }} }} }}")
    return {row["g"]: row.get("h", "") for row in rows}


def _article_id(graph: str) -> str:
    return graph.removeprefix(f"{BASE}article/")


def _where(article: RawArticle) -> str:
    if article.path and article.line:
        return f"{article.path}:{article.line}"
    return article.path or article.id


def _progress(enabled: bool) -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("articles"), TimeElapsedColumn(),
                    disable=not enabled)


# -- unloading ------------------------------------------------------------------------------------
def article_graphs_of(store: Store, source: str) -> list[str]:
    """Article graphs that came from `source`: an article IRI or id, a URL, a file, or a
    folder (every article read from a file under it)."""
    given = source if source.startswith(f"{BASE}article/") else article_iri(source)
    path = Path(source)
    resolved = str(path.resolve()) if not source.startswith(("http://", "https://")) else source
    rows = store.select(SPARQL_PREFIXES + """
        SELECT DISTINCT ?g WHERE {
          GRAPH ?g { ?g a chithi:Article .
                     OPTIONAL { ?g dcterms:source ?src } OPTIONAL { ?g prov:wasDerivedFrom ?from } }
          FILTER(?g = ?given || STR(?src) IN (?source, ?resolved)
                 || STR(?from) = ?source || STRSTARTS(STR(?src), ?folder))
        }""", {"given": URIRef(given), "source": source, "resolved": resolved,
               "folder": resolved.rstrip("/") + "/" if path.is_dir() else "\u0000"})
    return sorted(r["g"] for r in rows)


def unload(store: Store, source: str) -> list[str]:
    """Remove the article graphs that came from `source` (see `article_graphs_of`), then
    reconcile the identities they touched. Returns the graphs removed."""
    graphs = article_graphs_of(store, source)
    keys = keys_of_graphs(store, graphs)
    stated = documents_stated(store, graphs)  # their facts go with the graphs
    for graph in graphs:
        store.drop_graph(graph)
    moved = reconcile(store, keys)
    update_indexes(store, graphs, keys, moved=moved.nodes | stated, moved_in=moved.graphs)  # graph/indexes.py
    store.flush()
    return graphs

