"""Query commands of `chithi`, mirroring the JSON API: serve, trace, gaps, matrix, lag, search,
show, issuer, unit. Readable tables by default (Vietnamese headers), `--json` for scripts."""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from api import queries
from api.cli import app, opened_store
from api.graphview import STYLE
from api.models import DocumentSummary, Source, TraceNode
from api.web import number
from graph.store import StoreError

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

StoreOpt = Annotated[str | None, typer.Option("--store", help="store URL (default: $CHITHI_STORE or oxigraph:data/graph)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON instead of tables")]
YearOpt = Annotated[int | None, typer.Option("--year", help="year, when documents share a symbol")]
LEVEL_VI = {"central": "Trung ương", "province": "Tỉnh", "district": "Huyện", "commune": "Xã", "unknown": "?"}
FACT_VI = {"date": "ngày ban hành", "title": "trích yếu"}
STATUS_VI = {"implemented": "[green]có văn bản[/]", "no_plan_found": "[yellow]chưa thấy văn bản[/]",
             "no_data": "[dim]không có dữ liệu[/]"}


def relation_vi(relation: str | None) -> str:
    """A relation's Vietnamese name, as the pages say it (api/static/graph-style.json)."""
    return STYLE["relations"][relation]["vi"] if relation in STYLE["relations"] else relation or ""


def parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)", param_hint="--as-of")


def emit(result: BaseModel, as_json: bool, render: Callable[[Any], None]) -> None:
    if as_json:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        render(result)


def day(doc: DocumentSummary) -> str:
    if not doc.dates:
        return "—"
    text = doc.dates[0].strftime("%d/%m/%Y")
    return text + (" [red](nguồn khác nhau)[/]" if len(doc.dates) > 1 else "")


def name(doc: DocumentSummary) -> str:
    return doc.label or doc.symbol or doc.iri


def sources_text(sources: list[Source]) -> str:
    return ", ".join(s.url or s.article for s in sources)


def document_table(title: str, docs: list[DocumentSummary]) -> Table:
    table = Table(title=title, title_justify="left")
    for header in ("Văn bản", "Cơ quan ban hành", "Địa bàn", "Cấp", "Ngày"):
        table.add_column(header)
    for doc in docs:
        table.add_row(name(doc), doc.issuer.label if doc.issuer else "—",
                      doc.place.label if doc.place else "—", LEVEL_VI.get(doc.level, doc.level), day(doc))
    return table


# -- commands ---------------------------------------------------------------------------------------

@app.command()
def serve(host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port")] = 8000, store: StoreOpt = None,
          cache_seconds: Annotated[float, typer.Option(
              help="keep each page's and API answer this long (0: none); the embedded store cannot "
                   "change while served")] = 60.0) -> None:
    """Chạy trang web — serve the browser pages, the JSON API (/api, /docs) and SPARQL (/sparql)."""
    import uvicorn

    from api.app import create_app, tune_garbage_collector

    try:
        application = create_app(store, cache_seconds=cache_seconds)
    except StoreError as error:
        err.print(f"[red]cannot open the store:[/] {error}")
        raise typer.Exit(2) from error
    tune_garbage_collector()
    err.print(f"chithi: http://{host}:{port}/  (API: /docs, SPARQL: /sparql)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def trace(symbol: Annotated[str, typer.Argument(help='e.g. 09-CT/TW (any written variant)')],
          up: Annotated[bool, typer.Option("--up", help="what the document implements, instead of what implements it")] = False,
          depth: Annotated[int | None, typer.Option("--depth", help="stop after this many levels")] = None,
          year: YearOpt = None, store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Truy vết thực hiện — the implementation tree of a document (down: programmes, plans; --up: what it carries out)."""
    with opened_store(store) as s:
        fn = queries.trace_up if up else queries.trace_down
        emit(fn(s, symbol, year=year, max_depth=depth), json, lambda t: out.print(_tree(t.root)))


def _tree(node: TraceNode, tree: Tree | None = None) -> Tree:
    doc = node.document
    relation = relation_vi(node.relation)
    text = (f"{'[dim]' + relation + '[/] ' if relation else ''}[bold]{name(doc)}[/] — "
            f"{doc.issuer.label if doc.issuer else '?'} · {LEVEL_VI.get(doc.level, doc.level)} · {day(doc)}")
    if node.sources:
        text += f"\n[dim]nguồn: {sources_text(node.sources)}[/]"
    if node.repeated:
        text += " [dim](đã nêu ở trên)[/]"
    branch = tree.add(text) if tree is not None else Tree(text)
    for child in node.children:
        _tree(child, branch)
    return branch


@app.command()
def gaps(directive: Annotated[str, typer.Argument(help="the directive, e.g. 09-CT/TW")],
         level: Annotated[str, typer.Option(help="province | district | commune")] = "province",
         province: Annotated[str | None, typer.Option(help='only units inside this province, e.g. "Hà Tĩnh"')] = None,
         as_of: Annotated[str | None, typer.Option("--as-of", help="units existing on this day (default: the directive's date)")] = None,
         gaps_only: Annotated[bool, typer.Option("--gaps-only", help="only the units whose loaded articles show "
                                                 "no document (chưa thấy văn bản); the counts stay whole")] = False,
         year: YearOpt = None, store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Nơi chưa có văn bản thực hiện — which units have (or lack) a document implementing the directive, with the evidence."""
    if level not in ("province", "district", "commune"):
        raise typer.BadParameter("province, district or commune", param_hint="--level")
    with opened_store(store) as s:
        report = queries.gaps(s, directive, level, province=province, as_of=parse_day(as_of), year=year)
    if gaps_only:  # as the page's "Chỉ hiện … đơn vị chưa thấy văn bản": 10,051 communes are mostly without data
        report = report.model_copy(update={"units": [u for u in report.units if u.status == "no_plan_found"]})
    emit(report, json, _gap_table)


def _gap_table(report) -> None:
    where = f" — {report.province.label}" if report.province else ""
    table = Table(title=f"{name(report.directive)}: {LEVEL_VI[report.level].lower()} ngày "
                        f"{report.as_of:%d/%m/%Y}{where}", title_justify="left")
    for header in ("Đơn vị", "Mã", "Thuộc", "Tình trạng", "Bài viết", "Văn bản thực hiện"):
        table.add_column(header)
    for unit in report.units:
        docs = ", ".join(name(d) for d in unit.documents) + (" (đơn vị cũ)" if unit.via_predecessor else "")
        table.add_row(unit.unit.label or unit.unit.iri, unit.code or "", unit.parent.label if unit.parent else "",
                      STATUS_VI[unit.status], f"{unit.articles}{'+' if unit.articles_more else ''}", docs)
    out.print(table)
    out.print(f"có văn bản: {report.implemented} · chưa thấy văn bản: {report.no_plan_found} · "
              f"không có dữ liệu: {report.no_data}")


@app.command()
def matrix(directives: Annotated[list[str] | None, typer.Argument(help="directives (default: the most implemented)")] = None,
           as_of: Annotated[str | None, typer.Option("--as-of", help="provinces existing on this day")] = None,
           limit: Annotated[int, typer.Option(help="how many directives by default")] = 10,
           store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Bảng tỉnh × văn bản — province × directive: how many implementing documents each province has."""
    with opened_store(store) as s:
        emit(queries.matrix(s, directives or None, as_of=parse_day(as_of), limit=limit), json, _matrix_table)


def _matrix_table(result) -> None:
    table = Table(title=f"Tỉnh × văn bản ({result.as_of:%d/%m/%Y})", title_justify="left")
    table.add_column("Tỉnh")
    for doc, period in zip(result.directives, result.shared_symbol_periods()):
        table.add_column(f"{doc.symbol} {period}" if doc.symbol and period else doc.symbol or name(doc), justify="right")
    for row in result.rows:
        table.add_row(row.province.label or row.province.iri, *(number(n) if n else "·" for n in row.counts))
    out.print(table)


@app.command()
def lag(directive: Annotated[str, typer.Argument(help="the directive, e.g. 09-CT/TW")],
        level: Annotated[str | None, typer.Option(help="only this level")] = None,
        province: Annotated[str | None, typer.Option(help="only this province")] = None,
        year: YearOpt = None, store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Độ trễ thực hiện — days from the directive to each implementing document, with summary statistics."""
    with opened_store(store) as s:
        emit(queries.lag(s, directive, year=year, level=level, province=province), json, _lag_tables)


def _lag_tables(report) -> None:
    items = Table(title=f"Độ trễ so với {name(report.directive)} ({day(report.directive)})", title_justify="left")
    for header in ("Văn bản", "Cấp", "Tỉnh", "Ngày", "Số ngày"):
        items.add_column(header, justify="right" if header == "Số ngày" else "left")
    for item in report.items:
        items.add_row(name(item.document), LEVEL_VI.get(item.document.level, ""),
                      item.province.label if item.province else "—", day(item.document),
                      number(item.days) if item.days is not None else "—")
    out.print(items)
    stats = Table(title="Thống kê (ngày)", title_justify="left")
    for header in ("Nhóm", "Số văn bản", "Nhỏ nhất", "Trung vị", "Trung bình", "Lớn nhất", "Không rõ ngày"):
        stats.add_column(header, justify="left" if header == "Nhóm" else "right")
    for group in [report.overall, *report.by_level, *report.by_province]:
        label = "tất cả" if group.group == "all" else LEVEL_VI.get(group.group, group.group)
        stats.add_row(label, number(group.count), *(number(v) if v is not None else "—" for v in
                                                    (group.min, group.median, group.mean, group.max)),
                      number(group.undated))
    out.print(stats)


@app.command()
def search(q: Annotated[str | None, typer.Argument(help='symbol or words, e.g. "09/TW", "chi thi 09"')] = None,
           type: Annotated[str | None, typer.Option(help='type code or name: CT, "Kế hoạch"')] = None,
           issuer: Annotated[str | None, typer.Option(help="issuer name")] = None,
           place: Annotated[str | None, typer.Option(help="administrative unit")] = None,
           year: Annotated[int | None, typer.Option(help="year of the document")] = None,
           limit: int = 20, offset: int = 0, store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Tìm văn bản — find documents by symbol (any variant), words (accents optional), type, issuer, place, year."""
    with opened_store(store) as s:
        page = queries.search(s, q, type=type, issuer=issuer, place=place, year=year, limit=limit, offset=offset)
        emit(page, json, lambda p: (out.print(document_table(
            f"{p.total} văn bản (từ {p.offset + 1 if p.total else 0} đến {p.offset + len(p.items)})", p.items))))


@app.command()
def show(symbol: Annotated[str, typer.Argument(help="symbol (any variant) or IRI")],
         year: YearOpt = None, store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Xem văn bản — a document: its facts with their sources, the sentences citing it, its relations."""
    with opened_store(store) as s:
        emit(queries.document(s, symbol, year=year), json, _show)


def _show(detail) -> None:
    doc = detail.document
    facts = Table.grid(padding=(0, 2))
    facts.add_row("[bold]Văn bản[/]", name(doc))
    facts.add_row("Loại", doc.type_name or doc.type_code or "—")
    facts.add_row("Cơ quan ban hành", doc.issuer.label if doc.issuer else "—")
    facts.add_row("Địa bàn", f"{doc.place.label if doc.place else '—'} ({LEVEL_VI.get(doc.level, doc.level)})")
    for fact in detail.dates:
        facts.add_row("Ngày", f"{date.fromisoformat(fact.value):%d/%m/%Y}  [dim]{sources_text(fact.sources)}[/]")
    for fact in detail.titles[:1]:
        facts.add_row("Trích yếu", fact.value)
    if detail.conflicts:
        facts.add_row("[red]Mâu thuẫn[/]", "các nguồn ghi khác nhau: "
                      + ", ".join(FACT_VI.get(c, c) for c in detail.conflicts))
    out.print(facts)
    for caption, relations in (("Văn bản này thực hiện / liên quan", detail.relations_out),
                               ("Văn bản thực hiện / liên quan đến văn bản này", detail.relations_in)):
        if relations:
            table = Table(title=caption, title_justify="left")
            for header in ("Quan hệ", "Văn bản", "Cơ quan", "Ngày", "Nguồn"):
                table.add_column(header)
            for rel in relations:
                table.add_row(relation_vi(rel.relation), name(rel.document), rel.document.issuer.label if rel.document.issuer else "—",
                              day(rel.document), sources_text(rel.sources))
            out.print(table)
    if detail.mentions:
        table = Table(title="Trích dẫn trong bài viết", title_justify="left")
        for header in ("Câu", "Vị trí", "Nguồn"):
            table.add_column(header)
        for m in detail.mentions:
            table.add_row(m.sentence or m.exact or "", f"{m.start}–{m.end}" if m.start is not None else "",
                          m.source.url or m.source.article)
        out.print(table)


@app.command()
def issuer(name_: Annotated[str, typer.Argument(metavar="NAME", help='e.g. "Ban Bí thư", "tinh uy ha tinh"')],
           limit: int = 20, offset: int = 0, store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Cơ quan ban hành — an issuing body, its units and its documents."""
    with opened_store(store) as s:
        detail = queries.issuer(s, name_, limit=limit, offset=offset)
        emit(detail, json, lambda d: out.print(document_table(
            f"{d.label} ({d.code or '—'}, {LEVEL_VI.get(d.level, d.level)}"
            f"{', thuộc ' + d.parent.label if d.parent and d.parent.label else ''}): "
            f"{d.documents.total} văn bản", d.documents.items)))


@app.command()
def unit(name_: Annotated[str, typer.Argument(metavar="NAME", help='e.g. "Hà Tĩnh", "Quận 11", a code')],
         level: Annotated[str | None, typer.Option(help="province | district | commune")] = None,
         as_of: Annotated[str | None, typer.Option("--as-of", help="the unit existing on this day")] = None,
         limit: int = 20, offset: int = 0, store: StoreOpt = None, json: JsonOpt = False) -> None:
    """Đơn vị hành chính — an administrative unit, its 2025 successor, and the documents issued there."""
    with opened_store(store) as s:
        detail = queries.unit(s, name_, level=level, as_of=parse_day(as_of), limit=limit, offset=offset)
        emit(detail, json, _unit)


def _unit(d) -> None:
    after = ", ".join(r.label or r.iri for r in d.successors)
    before = ", ".join(r.label or r.iri for r in d.predecessors)
    former = "".join(f", tên cũ {f.full_name or f.label} đến {f.until:%d/%m/%Y}" for f in d.former_names)
    out.print(f"[bold]{d.full_name or d.label}[/] (mã {d.code or '—'}, {LEVEL_VI.get(d.level, d.level)}{former}"
              f"{', thuộc ' + d.parent.label if d.parent and d.parent.label else ''})"
              f"{' → từ 01/07/2025: ' + after if after else ''}{' ← hợp nhất từ: ' + before if before else ''}"
              f" · {d.articles} bài viết")
    out.print(document_table(f"{d.documents.total} văn bản", d.documents.items))
