"""The browser pages (Vietnamese first, English second), served by the same app as the JSON API.

Page paths mirror the graph's IRIs: <https://chithi.vn/id/doc/…> is /doc/…, an issuer /org/…,
an administrative unit /unit/…; /graph/doc/… draws a document's ego network (carried in the page)
and /ego/doc/… serves the neighbours of a node the user expands; /timeline/doc/… is when the
documents implementing one were issued.
Every answer comes from api.queries (and, for a search that finds nothing, the close symbols of
api.resolve); this module only composes pages. Jinja2 escapes every value;
links taken from articles are kept only when they are http(s).

Every page is in Vietnamese at its path and in English under /en (/doc/… and /en/doc/…): a
path, not a cookie, so that the response cache (keyed on the path) keeps the two apart. The
templates say their words in Vietnamese through `t`, which gives the English of
templates/en.tsv on an English page.

All assets are served here: the CSS and scripts of api/static, and vis-network from the files the
pyvis package ships (no CDN, no external font).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any, Literal
from urllib.parse import quote, unquote, urlsplit

import jinja2
import pyvis
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from api import graphview, names, problems, queries, resolve
from api.errors import Ambiguous, BadParameter, NotFound, QueryError
from api.models import DocumentSummary, GapReport, LagReport, Matrix, MentionOut, Source, TraceNode
from graph.store import Store
from graph.vocab import BASE

HERE = Path(__file__).parent
VIS_NETWORK_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"

MAX_PAGE = 10_000  # of search results, an issuer's or a unit's documents: a bound keeps OFFSET sane

router = APIRouter(include_in_schema=False)
router.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
router.mount("/vendor/vis-network", StaticFiles(directory=VIS_NETWORK_DIR), name="vis-network")


def page_url(iri: str) -> str:
    """The page of a resource of the graph: BASE + "doc/x" -> "/doc/x"."""
    if iri.startswith(BASE):
        return "/" + quote(iri[len(BASE):], safe="/-_.~")
    return "/?q=" + quote(iri, safe="")


def safe_href(url: str | None) -> str | None:
    """An article's link, only if it is a web address (never javascript: or data:)."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def vn_date(value: date | str | None) -> str:
    if value is None:
        return ""
    try:
        d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:  # not a day (a year alone, a date as an article wrote it): as it is
        return str(value)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


_VN_DAY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")


def parse_day(text: str | None, parameter: str = "as_of") -> date | None:
    """A day as the pages write it (31/12/2012, also 31-12-2012 or 31.12.2012) or in ISO form
    (2012-12-31, what links and older bookmarks carry); empty is none. The date fields are
    text, not <input type=date>: the browser writes that one in its own language's order
    (mm/dd/yyyy in an English Chromium), unlike every other date on the pages."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    try:
        if match := _VN_DAY.fullmatch(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise BadParameter(parameter, f"{text!r} is not a day: write dd/mm/yyyy, e.g. 31/12/2012") from None


VI_UNITS = {"day": "ngày", "month": "tháng", "year": "năm"}


def delay(days: float | None, lang: str = "vi") -> str:
    """A delay as a reader says it: 24 ngày, 5 tháng, 2 năm 3 tháng (24 days, 5 months, 2 years
    3 months on an English page; a month of 30.44 days)."""
    def said(n: int, unit: str) -> str:
        return f"{n} {VI_UNITS[unit]}" if lang == "vi" else f"{n} {unit}{'' if n == 1 else 's'}"

    if days is None:
        return "—"
    if days < 0:  # issued before the document it implements (a date misread, or a draft cited)
        return "−" + delay(-days, lang)
    if days < 60:
        return said(round(days), "day")
    years, months = divmod(round(days / 30.44), 12)
    if not years:
        return said(months, "month")
    return said(years, "year") + (f" {said(months, 'month')}" if months else "")


def number(n: float, lang: str = "vi") -> str:
    """2.718 and 79,5 on a Vietnamese page (the dot groups thousands, the comma marks decimals),
    2,718 and 79.5 on an English one."""
    written = f"{n:,.0f}" if float(n).is_integer() else f"{n:,.1f}"
    return written.translate(str.maketrans(",.", ".,")) if lang == "vi" else written


def period_name(period: str | None, lang: str = "vi") -> str:
    """The term or years that make a symbol one document, as the page's language says it:
    khóa XI (term XI on an English page), 2010–2015, 2014, 2020–2025, sau hợp nhất (a merged
    province's documents from 1 July 2025)."""
    if period and lang == "en":
        if period.startswith("khóa "):
            return "term " + period.removeprefix("khóa ")
        return period.replace(", sau hợp nhất", ", after the 2025 merger")
    return period or ""


def period_beside_dates(doc: DocumentSummary, lang: str = "vi") -> str:
    """What tells a document from others of its symbol (103-QĐ/TW of khóa X, of khóa XII) in a
    list, where its dates do not: its period when it has no date (a date says its period: the
    period is read from it), nothing beside a date ("2020–2025 · 06/06/2023" said it twice)."""
    return "" if doc.dates else period_name(doc.period, lang)


def source_name(source: Source) -> str:
    """How an article is named on a page: its title, else its web address, else its file name
    (never the server's directories)."""
    if source.title:
        return source.title
    if safe_href(source.url):
        return source.url
    where = source.url or source.article
    return PurePosixPath(unquote(urlsplit(where).path)).name or where


def span_in(sentence: str, mention: MentionOut) -> tuple[int, int] | None:
    """Where the cited words are in the sentence; the prefix picks the right occurrence when
    the words occur twice."""
    exact = mention.exact or ""
    if not exact or exact not in sentence:
        return None
    at = -1
    if mention.prefix:
        tail = mention.prefix[-24:]
        at = sentence.find(tail + exact)
        at = at + len(tail) if at >= 0 else -1
    if at < 0:
        at = sentence.find(exact)
    return at, at + len(exact)


def highlight(sentence: str, mentions: list[MentionOut]) -> list[tuple[str, bool]]:
    """The sentence in pieces, each marked or not: every citation of the document in it marked."""
    merged: list[list[int]] = []
    for start, end in sorted(span for span in (span_in(sentence, m) for m in mentions) if span):
        if merged and start <= merged[-1][1]:  # overlapping: "Chỉ thị 09" in "Chỉ thị 09-CT/TW"
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[tuple[str, bool]] = []
    done = 0
    for start, end in merged:
        pieces += [(sentence[done:start], False), (sentence[start:end], True)]
        done = end
    pieces.append((sentence[done:], False))
    return [(text, marked) for text, marked in pieces if text]


def quotes(mentions: list[MentionOut]) -> list[tuple[Source, list[list[tuple[str, bool]]]]]:
    """For each article, oldest first (undated ones last, by name), its sentences citing the
    document, each once, highlighted: a reader follows what was said when."""
    articles: dict[str, tuple[Source, dict[str, list[MentionOut]]]] = {}
    for m in mentions:
        sentences = articles.setdefault(m.source.article, (m.source, {}))[1]
        sentences.setdefault(m.sentence or m.exact or "", []).append(m)
    ordered = sorted(articles.values(), key=lambda a: (a[0].published is None, a[0].published or date.min,
                                                       source_name(a[0])))
    return [(source, [highlight(sentence, ms) for sentence, ms in sentences.items() if sentence])
            for source, sentences in ordered]


templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
    undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
PREFIX = {"vi": "", "en": "/en"}  # a page's language -> the prefix of its paths


def read_english(path: Path, one: bool = False) -> dict[str, str]:
    """templates/en.tsv: the words a template says in Vietnamese, a tab, their English, and where
    a count {n} makes English say it otherwise for one, a tab and those words ("{n} results",
    "{n} result"; Vietnamese says both alike); with `one`, those only. A line without its English
    is an error naming the file and the line (a page would show nothing)."""
    english: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        vietnamese, tab, said = line.partition("\t")
        if not tab or not said.strip():
            raise ValueError(f"{path}:{n}: no English after a tab in {line!r}")
        said, tab, for_one = said.partition("\t")
        if not one:
            english[vietnamese] = said
        elif tab:
            english[vietnamese] = for_one
    return english


ENGLISH = read_english(HERE / "templates" / "en.tsv")
ENGLISH_ONE = read_english(HERE / "templates" / "en.tsv", one=True)


def lang_of(path: str) -> str:
    return "en" if path == "/en" or path.startswith("/en/") else "vi"


def in_lang(path: str, lang: str) -> str:
    """The same page in `lang`: /doc/x <-> /en/doc/x, / <-> /en/."""
    bare = (path[3:] or "/") if lang_of(path) == "en" else path
    return PREFIX[lang] + bare


@jinja2.pass_context
def translate(context: jinja2.runtime.Context, text: str, **values: object) -> str:
    """The page's words: `text` as written in the template (Vietnamese), or its English on an
    English page (the Vietnamese when en.tsv lacks it); {name} filled from `values`."""
    if context["lang"] != "en":
        said = text
    elif values.get("n") == 1 and text in ENGLISH_ONE:  # "1 result", not "1 results"
        said = ENGLISH_ONE[text]
    else:
        said = ENGLISH.get(text, text)
    return said.format(**values) if values else said


@jinja2.pass_context
def page_link(context: jinja2.runtime.Context, iri: str, view: str = "") -> str:
    """The page of a resource in the page's language; `view` another view of it (/graph, /timeline)."""
    return PREFIX[context["lang"]] + view + page_url(iri)


@jinja2.pass_context
def href(context: jinja2.runtime.Context, path: str) -> str:
    """A path of the site ("/", "/gaps") in the page's language."""
    return in_lang(path, context["lang"])


FOLD_SOURCES_AFTER = 10  # articles quoted in full on a document's page; the others one click away
templates.globals.update(
    static=lambda name: f"/static/{name}", page_url=page_link, href=href, t=translate, style=graphview.STYLE,
    type_word=graphview.type_word, FOLD_SOURCES_AFTER=FOLD_SOURCES_AFTER)
templates.filters.update(vn_date=vn_date, safe_href=safe_href, source_name=source_name, delay=delay,
                         number=number, period_name=period_name, period_beside_dates=period_beside_dates)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page in the language of its path, with the address of the same page in the other."""
    lang = lang_of(request.url.path)
    query = f"?{request.url.query}" if request.url.query else ""
    other = "vi" if lang == "en" else "en"
    html = templates.get_template(name).render(
        request=request, lang=lang, other_lang=other, other_url=in_lang(request.url.path, other) + query,
        **context)
    return HTMLResponse(html, status_code=status_code)


def page_route(path: str) -> Callable[[Callable[..., HTMLResponse]], Callable[..., HTMLResponse]]:
    """A page at `path` (Vietnamese) and at /en`path` (English)."""
    def register(handler: Callable[..., HTMLResponse]) -> Callable[..., HTMLResponse]:
        for at in (path, "/en" + path) if path != "/" else ("/", "/en", "/en/"):
            router.get(at, response_class=HTMLResponse)(handler)
        return handler
    return register


def render_error(request: Request, error: QueryError) -> HTMLResponse:
    """NotFound lists close matches, Ambiguous the candidates to pick from."""
    suggestions = error.suggestions if isinstance(error, NotFound) else []
    candidates = error.candidates if isinstance(error, Ambiguous) else []
    return render(request, "error.html", status_code=error.status, nav="", error=error,
                  suggestions=suggestions, candidates=candidates)


def _wants_page(request: Request) -> bool:
    """A browser asking for a page (not the API's, SPARQL's or an export's clients)."""
    return ("text/html" in request.headers.get("accept", "")
            and not request.url.path.startswith(("/api", "/sparql", "/export")))


def install_error_pages(app: FastAPI) -> None:
    """A page asked for with a bad parameter (page=0, hops=3) or at no page's address is
    answered with the error page in its language; other clients get problem JSON as before."""
    async def invalid_request(request: Request, err: RequestValidationError) -> Response:
        if not _wants_page(request):
            return await problems.invalid_request(request, err)
        first = (problems.parameter_errors(err) or [{"parameter": "?", "message": str(err)}])[0]
        return render_error(request, BadParameter(first["parameter"], first["message"]))

    async def http_error(request: Request, err: StarletteHTTPException) -> Response:
        if not _wants_page(request) or err.status_code != 404:
            return await problems.http_error(request, err)
        return render_error(request, NotFound("page", request.url.path))

    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(StarletteHTTPException, http_error)


def store_of(request: Request) -> Store:
    return request.app.state.store


def iri_from_path(kind: str, rest: str) -> str:
    return f"{BASE}{kind}/{rest}"


UNITS_OFFERED = 6  # a search naming administrative units links to at most this many ("Châu Thành": 10 districts)


@page_route("/")
def home(request: Request, q: str | None = None, page: int = Query(1, ge=1, le=MAX_PAGE)) -> HTMLResponse:
    store = store_of(request)
    per_page = 20
    results, suggestions, units = None, [], []
    if q and q.strip():
        results = queries.search(store, q.strip(), limit=per_page, offset=(page - 1) * per_page)
        if not results.total:
            suggestions = resolve.close_symbols(store, q)
        if page == 1 and not resolve.looks_like_symbol(q):  # "Hà Tĩnh": its documents, and its page
            units = resolve.units_named(store, q)
    former = names.former_names(store) if units else {}  # "Thừa Thiên Huế" finds Thành phố Huế: say why
    return render(request, "home.html", nav="home", q=q or "", page=page, per_page=per_page,
                  results=results, suggestions=suggestions, units=units[:UNITS_OFFERED],
                  former_names={u.iri: former[u.iri] for u in units[:UNITS_OFFERED] if u.iri in former},
                  more_units=len(units) > UNITS_OFFERED,
                  overview=overview(store) if results is None else None)


def overview(store: Store) -> dict[str, Any]:
    """Counts, the most implemented directives and the newest documents, for the home page. The
    newest documents' page carries the count of all (a second search for it cost 170 ms of CPU
    on 2,000 generated articles)."""
    recent = queries.search(store, limit=10)
    return {
        "documents": recent.total,
        "directives": queries.search(store, type="CT", limit=1).total,
        "articles": sum(1 for g in store.graphs() if g.startswith(BASE + "article/")),
        "top": most_implemented(queries.matrix(store, limit=8)),
        "recent": recent.items,
    }


def most_implemented(table: Matrix) -> list[tuple[DocumentSummary, int]]:
    """The matrix's directives with the implementing documents issued in the provinces (the
    number the home page shows beside each), most first: the matrix ranks its columns by
    direct implementers, which would list 61 above 81."""
    counts = [sum(row.counts[i] for row in table.rows) for i in range(len(table.directives))]
    ranked = sorted(zip(table.directives, counts), key=lambda dn: -dn[1])
    return [(doc, n) for doc, n in ranked if n]


@page_route("/doc/{rest:path}")
def document_page(request: Request, rest: str, as_of: str | None = None,
                  province: str | None = None) -> HTMLResponse:
    store = store_of(request)
    iri = iri_from_path("doc", rest)
    try:
        day = parse_day(as_of)
        detail = queries.document(store, iri)
        down = queries.trace_down(store, iri)
        up = queries.trace_up(store, iri)
        by_province, in_province = gap_tables(store, detail.document, down.root, day, province or None)
        unresolved = detail.document.unresolved
        candidates = resolve.citation_candidates(store, iri) if unresolved else []
        same_symbol = [] if unresolved else resolve.same_symbol_documents(store, iri)
    except QueryError as error:
        return render_error(request, error)
    return render(request, "document.html", nav="", detail=detail, doc=detail.document, candidates=candidates,
                  same_symbol=same_symbol, down=down, up=up, by_province=by_province, in_province=in_province,
                  as_of=day, province=province, quotes=quotes(detail.mentions),
                  levels=per_level(down.documents, iri))


def per_level(documents: list[DocumentSummary], leaving_out: str) -> list[tuple[str, int]]:
    """How many of the documents are of each level of government, from the centre down (the
    implementation tree's summary: 51 provinces, 15 districts, 6 communes)."""
    counts = Counter(doc.level for doc in documents if doc.iri != leaving_out)
    return [(level, counts[level]) for level in graphview.STYLE["levels"] if level in counts]


def gap_tables(store: Store, doc: DocumentSummary, tree: TraceNode, as_of: date | None,
               province: str | None) -> tuple[GapReport | None, GapReport | None]:
    """A central directive: by province, and by district inside one province (the one asked
    for, else the one with the most implementing documents). A provincial document that has
    implementing documents: by district inside its province, or by commune on a day after the
    2025 reform (there were no districts then)."""
    if doc.level == "central":
        by_province = queries.gaps(store, doc.iri, "province", as_of=as_of)
        if province is None:  # the province with the most implementing documents
            done = [u for u in by_province.units if u.status == "implemented"]
            province = max(done, key=lambda u: (len(u.documents), u.articles)).unit.iri if done else None
        if province is None or by_province.era == "2025":
            return by_province, None
        return by_province, queries.gaps(store, doc.iri, "district", province=province, as_of=as_of)
    if doc.level == "province" and doc.place is not None and tree.children:
        day = as_of or queries.default_as_of(store, doc)  # once, for the level and the table
        return None, queries.gaps(store, doc.iri, queries.level_below_province(day), province=doc.place.iri, as_of=day)
    return None, None


@page_route("/graph/doc/{rest:path}")
def graph_page(request: Request, rest: str, hops: int = Query(2, ge=1, le=2),
               layout: Literal["hierarchical", "force"] = "hierarchical") -> HTMLResponse:
    """The page carries its ego network (no second request before drawing); /ego/… serves
    the neighbours of a node the user expands."""
    iri = iri_from_path("doc", rest)
    try:
        payload = ego_in_lang(request, iri, hops)
    except QueryError as error:
        return render_error(request, error)
    centre = next(node for node in payload["nodes"] if node["id"] == iri)
    return render(request, "graph.html", nav="", doc_label=centre["fullLabel"], doc_iri=iri,
                  hops=hops, layout=layout, payload=payload)


def ego_in_lang(request: Request, iri: str, hops: int) -> dict[str, Any]:
    """The ego network in the language of the request's path, its nodes linking to pages in it."""
    lang = lang_of(request.url.path)
    return graphview.ego_network(store_of(request), iri, hops, lambda i: PREFIX[lang] + page_url(i), lang)


@router.get("/ego/doc/{rest:path}")
@router.get("/en/ego/doc/{rest:path}")
def ego_json(request: Request, rest: str, hops: int = Query(2, ge=1, le=2)) -> JSONResponse:
    """The ego network as vis-network nodes and edges (built by pyvis), for graph.js."""
    try:
        payload = ego_in_lang(request, iri_from_path("doc", rest), hops)
    except QueryError as error:
        return JSONResponse({"title": error.title, "detail": error.detail}, status_code=error.status)
    return JSONResponse(payload)


@page_route("/timeline/doc/{rest:path}")
def timeline_page(request: Request, rest: str) -> HTMLResponse:
    """When the documents implementing a document (transitively) were issued: per year and level,
    the delay from its date by level, and each document in the order it came."""
    iri = iri_from_path("doc", rest)
    try:
        report = queries.lag(store_of(request), iri)
    except QueryError as error:
        return render_error(request, error)
    years = timeline_years(report)
    return render(request, "timeline.html", nav="", report=report, doc=report.directive, years=years,
                  widest=max((sum(per_level.values()) for _, per_level in years), default=1),
                  shown_levels={level for _, per_level in years for level in per_level})


def timeline_years(report: LagReport) -> list[tuple[int, Counter[str]]]:
    """Dated implementing documents per year of issue and level, every year from the first to
    the last (a year without any is a row of its own: a gap in time shows)."""
    counts: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for item in report.items:
        if item.document.first_date is not None:
            counts[item.document.first_date.year][item.document.level] += 1
    if not counts:
        return []
    return [(year, counts.get(year, Counter())) for year in range(min(counts), max(counts) + 1)]


PER_PAGE = 50  # documents on an issuer's or a unit's page


def _paged(request: Request, page: int, template: str, name: str,
           ask: Callable[..., object], rest: str) -> HTMLResponse:
    """An issuer's or a unit's page: `ask` answers for its IRI and one page of its documents."""
    try:
        found = ask(store_of(request), iri_from_path(name, rest), limit=PER_PAGE,
                    offset=(page - 1) * PER_PAGE)
    except QueryError as error:
        return render_error(request, error)
    return render(request, template, nav="", page=page, per_page=PER_PAGE, **{name: found})


@page_route("/org/{rest:path}")
def issuer_page(request: Request, rest: str, page: int = Query(1, ge=1, le=MAX_PAGE)) -> HTMLResponse:
    return _paged(request, page, "issuer.html", "org", queries.issuer, rest)


@page_route("/unit/{rest:path}")
def unit_page(request: Request, rest: str, page: int = Query(1, ge=1, le=MAX_PAGE)) -> HTMLResponse:
    return _paged(request, page, "unit.html", "unit", queries.unit, rest)


@page_route("/gaps")
def matrix_page(request: Request, as_of: str | None = None,
                limit: int = Query(15, ge=1, le=60)) -> HTMLResponse:
    try:
        day = parse_day(as_of)
        table = queries.matrix(store_of(request), as_of=day, limit=limit)
    except QueryError as error:
        return render_error(request, error)
    return render(request, "matrix.html", nav="gaps", table=table, as_of=day, limit=limit)
