"""`/sparql`: the SPARQL 1.1 Protocol, read-only, with a time limit and a result limit.

The query text goes to the store as it is (no re-parsing in Python: Oxigraph evaluates it
directly). Before that, a scan of its keywords (strings, IRIs and comments skipped) refuses
updates and SERVICE. The store answers in SPARQL JSON or N-Triples; the first `max_results`
rows or triples are kept and written in the format the client accepts (SPARQL JSON/XML/CSV/TSV
for SELECT and ASK; Turtle, N-Triples, RDF/XML, JSON-LD for CONSTRUCT and DESCRIBE), with
`X-Result-Truncated: true` when rows were cut.

Queries are evaluated where the store says untrusted ones belong (`Store.untrusted_queries`):
the embedded store on disk in child processes, stopped at the time limit and whose faults cost
only the child (502; Oxigraph aborts on some ORDER BY); an HTTP store passes the limit on to its
server, which cancels. In memory (tests) pyoxigraph cannot cancel: past the limit the client
gets 503 while the query finishes in its thread. At most `max_running` queries run at once, so
runaway queries cannot pile up.
"""
from __future__ import annotations

import json
import re
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.errors import QueryError
from graph.query_process import QueryFault, QueryProcesses
from graph.store import QueryTimeout, Store, StoreError
from graph.vocab import PREFIXES

RESULT_TYPES = {  # media type -> pyoxigraph format, for SELECT and ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {  # media type -> pyoxigraph format, for CONSTRUCT and DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*'
    r'|[?$]\w+|[\w.-]*:[\w.-]*|\w+', re.S)
_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


class Refused(QueryError):
    status = 403
    title = "Refused"


class NotAcceptable(QueryError):
    status = 406
    title = "Not acceptable"


class Busy(QueryError):
    status = 503
    title = "Query time limit"


def query_form(query: str) -> str:
    """"select" | "ask" | "construct" | "describe" for a read query; Refused for an update or
    a SERVICE call (none of their keywords is a word of the query grammar); QueryError when no
    query form is found."""
    words = [t.upper() for t in _TOKENS.findall(query) if t[0].isalpha() and ":" not in t]
    if "SERVICE" in words:
        raise Refused("SERVICE is refused: this endpoint queries only its own graph", keyword="SERVICE")
    for word in words:
        if word in _UPDATES:
            raise Refused(f"this endpoint is read-only: {word} (SPARQL Update) is refused", keyword=word)
    for word in words:
        if word in _FORMS:
            return _FORMS[word]
    raise QueryError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE", parameter="query")


def negotiate(accept: str | None, form: str, override: str | None = None) -> str:
    """The media type to answer with: the client's most preferred one this query form has."""
    offered = RESULT_TYPES if form in ("select", "ask") else GRAPH_TYPES
    default = "application/sparql-results+json" if form in ("select", "ask") else "text/turtle"
    if override:
        accept = override
    if not accept:
        return default
    ranked = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    quality = float(f[2:])
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, position, fields[0].lower()))
    for negative_quality, _, media in sorted(ranked):
        if negative_quality == 0:
            continue
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*") and (media == "*/*" or default.startswith(media[:-1])):
            return default
    raise NotAcceptable(f"cannot answer a {form.upper()} query as {accept!r}; offered: {', '.join(offered)}",
                        offered=list(offered))


@dataclass
class Answer:
    body: bytes
    media_type: str
    truncated: bool


_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*\n|(?i:BASE)\s*<[^>]*>|(?i:PREFIX)\s*[\w.-]*:\s*<[^>]*>)*")


_DATASET = re.compile(r"(?i)\bFROM\s+(?:NAMED\s+)?<[^<>\s]*>")


def limited(query: str, rows: int) -> str:
    """A SELECT wrapped so that the store stops after `rows` solutions: the prologue (BASE,
    PREFIX) stays in front, the dataset (FROM, FROM NAMED, before the first group) goes to the
    outer query, the rest becomes a sub-select (its ORDER BY, LIMIT and VALUES included).
    Without it the store would build the whole result in memory before the cut."""
    prologue = _PROLOGUE.match(query).group(0)
    body = query[len(prologue):]
    head, brace, rest = body.partition("{")
    dataset = " ".join(_DATASET.findall(head))
    inner = _DATASET.sub(" ", head) + brace + rest
    return f"{prologue}\nSELECT * {dataset} WHERE {{ {{ {inner}\n}} }} LIMIT {int(rows)}"


def run(store: Store | QueryProcesses, query: str, media_type: str, form: str, max_results: int,
        timeout: float) -> Answer:
    """Evaluate on the store (as SPARQL JSON or N-Triples), keep `max_results`, write `media_type`."""
    if form in ("select", "ask"):
        if form == "select":
            query = limited(query, max_results + 1)  # one more: to tell that rows were cut
        body, _ = store.sparql_raw(query, "application/sparql-results+json", timeout)
        parsed = json.loads(body)
        rows = parsed.get("results", {}).get("bindings")
        truncated = rows is not None and len(rows) > max_results
        if truncated:
            parsed["results"]["bindings"] = rows[:max_results]
            body = json.dumps(parsed, ensure_ascii=False).encode()
        if RESULT_TYPES[media_type] is not ox.QueryResultsFormat.JSON:
            results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            body = results.serialize(format=RESULT_TYPES[media_type])
        return Answer(body, media_type, truncated)
    body, _ = store.sparql_raw(query, "application/n-triples", timeout)
    lines = body.splitlines(keepends=True)
    truncated = len(lines) > max_results
    if truncated:
        body = b"".join(lines[:max_results])
    if GRAPH_TYPES[media_type] is not ox.RdfFormat.N_TRIPLES:
        triples = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        body = ox.serialize(triples, format=GRAPH_TYPES[media_type], prefixes=PREFIXES)
    return Answer(body, media_type, truncated)


class Endpoint:
    """A store behind the protocol, with its limits."""

    def __init__(self, store: Store, timeout: float = 10.0, max_results: int = 10_000, max_running: int = 2):
        self.store, self.timeout, self.max_results = store, timeout, max_results
        self._evaluator = store.untrusted_queries()
        self._pool = ThreadPoolExecutor(max_workers=max_running, thread_name_prefix="sparql")
        self._slots = threading.BoundedSemaphore(max_running)

    def answer(self, query: str, accept: str | None, format_override: str | None = None) -> Answer:
        if not query or not query.strip():
            raise QueryError("no query: give `query` (GET or form POST) or a application/sparql-query body",
                             parameter="query")
        form = query_form(query)
        media_type = negotiate(accept, form, format_override)
        if not self._slots.acquire(blocking=False):
            raise Busy(f"{self._pool._max_workers} queries are running already: try again shortly")
        future = self._pool.submit(run, self._evaluator, query, media_type, form, self.max_results, self.timeout)
        future.add_done_callback(lambda _: self._slots.release())
        # child processes stop their query at the limit (their start-up is not the query's
        # time); a query in this process cannot be stopped: its client is answered at the limit
        wait = None if isinstance(self._evaluator, QueryProcesses) else self.timeout
        try:
            return future.result(timeout=wait)
        except FutureTimeout as err:
            raise Busy(f"the query ran past the time limit of {self.timeout:g} s", limit_s=self.timeout) from err
        except QueryTimeout as err:
            raise Busy(str(err), limit_s=self.timeout) from err
        except QueryFault:
            raise  # the store's fault, not the query's: 502
        except (StoreError, SyntaxError, ValueError) as err:
            raise QueryError(f"the store refused the query: {err}", parameter="query") from err

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._evaluator is not self.store:
            self._evaluator.close()


router = APIRouter(tags=["SPARQL"])

_FORMAT_ALIASES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                   "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                   "ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}


def _respond(request: Request, query: str | None, format_: str | None) -> Response:
    endpoint: Endpoint = request.app.state.sparql
    override = _FORMAT_ALIASES.get(format_ or "", format_) if format_ else None
    answer = endpoint.answer(query or "", request.headers.get("accept"), override)
    headers = {"X-Result-Limit": str(endpoint.max_results), "Vary": "Accept"}
    if answer.truncated:
        headers["X-Result-Truncated"] = "true"
    return Response(answer.body, media_type=answer.media_type, headers=headers)


@router.get("/sparql", summary="SPARQL 1.1 query (GET)",
            description="`query` in the URL; the result format follows `Accept` (or `format`: "
                        "json, xml, csv, tsv, turtle, nt, jsonld). Read-only.")
def sparql_get(request: Request, query: str | None = None, format: str | None = None) -> Response:
    _refuse_dataset_parameters(request.query_params)
    return _respond(request, query, format)


@router.post("/sparql", summary="SPARQL 1.1 query (POST form or direct body)",
             description="`application/x-www-form-urlencoded` with `query`, or an "
                         "`application/sparql-query` body. Updates are refused (403).")
async def sparql_post(request: Request) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/sparql-update":
        raise Refused("this endpoint is read-only: SPARQL Update is refused", keyword="update")
    if content_type == "application/sparql-query":
        query = (await request.body()).decode("utf-8")
        params = request.query_params
    elif content_type == "application/x-www-form-urlencoded":
        params = {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8")).items()}
        if "update" in params:
            raise Refused("this endpoint is read-only: SPARQL Update is refused", keyword="update")
        query = params.get("query", "")
    else:
        raise QueryError(f"unsupported content type {content_type!r}: use application/x-www-form-urlencoded "
                         "or application/sparql-query", parameter="content-type")
    _refuse_dataset_parameters(params)
    return _respond(request, query, request.query_params.get("format"))


def _refuse_dataset_parameters(params) -> None:
    """The dataset is fixed (the union of all graphs); say so rather than silently ignore."""
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in params:
            raise QueryError(f"{name} is not supported: queries run over the union of all graphs "
                             "(use GRAPH in the query)", parameter=name)
