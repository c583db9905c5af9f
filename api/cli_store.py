"""Store commands of `chithi`: load, unload, stats, export, validate. Every command takes
`--store URL` (default: $CHITHI_STORE, else the embedded store oxigraph:data/graph); the exit
status is 1 when something failed (a file not loaded, a graph that does not conform)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.cli import app, opened_store
from api.cli import errors as err
from api.web import number

# file names and messages are printed as they are: no line wrapping, no [markup]
out = Console(highlight=False, soft_wrap=True, markup=False)

StoreOpt = Annotated[str | None, typer.Option(
    "--store", help="store URL: oxigraph:PATH, memory:, http(s)://… "
                    "(default: $CHITHI_STORE or oxigraph:data/graph)")]


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="articles: .txt, .html, .jsonl files or folders")],
    store: StoreOpt = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress",
                                           help="show a progress bar")] = True,
    batch_size: Annotated[int | None, typer.Option(
        min=1, help="articles per store write [default: graph.load.BATCH, 10,000]")] = None,
) -> None:
    """Nạp bài báo vào đồ thị — extract each article's citations and store its graph. An
    article loaded again replaces its graph (unchanged ones are skipped); a file that cannot
    be read is reported and the rest of the batch loads."""
    from graph.load import BATCH, load_paths

    with opened_store(store) as opened:
        summary = load_paths(opened, paths, progress=progress and sys.stderr.isatty(),
                             batch_size=batch_size or BATCH)
    out.print(f"{len(summary.loaded)} loaded, {len(summary.unchanged)} unchanged, "
              f"{len(summary.failed)} failed — {summary.triples_written} triples written in "
              f"{summary.seconds:.1f} s")
    for failure in summary.failed:
        err.print(f"failed: {failure}")
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def unload(
    source: Annotated[str, typer.Argument(help="a file or folder that was loaded, a URL, or an article id")],
    store: StoreOpt = None,
) -> None:
    """Gỡ bài báo khỏi đồ thị — remove the articles read from SOURCE."""
    from graph.load import unload as unload_source

    with opened_store(store) as opened:
        removed = unload_source(opened, source)
    if not removed:
        err.print(f"chithi: no loaded article comes from {source!r}")
        raise typer.Exit(1)
    out.print(f"{len(removed)} article(s) removed")


@app.command()
def stats(store: StoreOpt = None,
          as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False) -> None:
    """Thống kê — counts of articles, documents, issuers, relations and triples."""
    from graph.stats import graph_stats

    with opened_store(store) as opened:
        counts = graph_stats(opened).as_dict()
    if as_json:
        out.print_json(json.dumps(counts))
        return
    labels = {"articles": "bài báo", "documents": "văn bản", "issuers": "cơ quan ban hành",
              "organisations": "tổ chức", "relations": "quan hệ", "units": "đơn vị hành chính",
              "unresolved": "trích dẫn chưa xác định", "date_conflicts": "ngày ban hành mâu thuẫn",
              "triples": "bộ ba"}
    table = Table(show_header=False)
    for key, value in counts.items():
        table.add_row(f"{labels[key]} ({key})", number(value))
    out.print(table)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="turtle | trig | nquads | jsonld")] = "trig",
    document: Annotated[str | None, typer.Option("--document", help="only this document's "
                                                 "neighbourhood (a symbol or IRI)")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="file (default: stdout)")] = None,
    store: StoreOpt = None,
) -> None:
    """Xuất đồ thị — the whole graph or one document's neighbourhood."""
    from graph.export import FORMATS, export as export_graph

    if fmt not in FORMATS:
        err.print(f"chithi: unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    with opened_store(store) as opened:
        data = export_graph(opened, fmt, document)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def validate(
    store: StoreOpt = None,
    gazetteer: Annotated[bool, typer.Option("--gazetteer", help="also check every "
                                            "administrative unit (slow)")] = False,
) -> None:
    """Kiểm tra đồ thị (SHACL) — check the graph against graph/data/shapes.ttl."""
    from graph.validate import validate as validate_graph

    with opened_store(store) as opened:
        report = validate_graph(opened, include_gazetteer=gazetteer)
    if report.conforms:
        out.print(f"conforms: {report.triples_checked:,} triples checked")
        return
    for violation in report.violations[:50]:
        err.print(f"{violation.severity}: {violation.focus} {violation.path or ''}: {violation.message}")
    err.print(f"does not conform: {len(report.violations)} result(s)")
    raise typer.Exit(1)
