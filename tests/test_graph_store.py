"""graph/store.py and its two kinds of store: every test runs on the embedded store and on a
real Oxigraph server."""
from __future__ import annotations

import datetime as dt

import httpx
import pytest
from rdflib import Literal, URIRef

from graph.store import QueryTimeout, StoreError, open_store
from graph.store_embedded import EmbeddedStore
from graph.store_http import HttpStore, _check_complete
from graph.terms import date_lit, int_lit, lit
from tests.fixtures.stores import oxigraph_server, running_oxigraph, store  # noqa: F401

EX = "https://chithi.vn/id/"
G1, G2 = EX + "article/a1", EX + "article/a2"
DOC = EX + "doc/vn/09-ct-tw/khoa-xi"


def quads(graph: str, *triples: tuple[str, str, str]) -> str:
    return "".join(f"{s} {p} {o} <{graph}> .\n" for s, p, o in triples)


ARTICLE_1 = quads(
    G1,
    (f"<{DOC}>", "<http://data.europa.eu/eli/ontology#id_local>", lit("09-CT/TW")),
    (f"<{DOC}>", "<http://data.europa.eu/eli/ontology#title>",
     lit('tăng cường "sự lãnh đạo"\ncủa Đảng', "vi")),
    (f"<{DOC}>", "<http://data.europa.eu/eli/ontology#date_document>", date_lit("2011-12-01")),
    (f"<{DOC}>", "<https://chithi.vn/ontology#year>", int_lit(2011)),
)
ARTICLE_2 = quads(
    G2, (f"<{EX}doc/ha-tinh/448-ctr-tu/2010-2015>",
         "<http://data.europa.eu/eli/ontology#ensures_implementation_of>", f"<{DOC}>"))


@pytest.mark.parametrize("binding, expected_title", [
    ('tăng cường "sự lãnh đạo"\ncủa Đảng', 'tăng cường "sự lãnh đạo"\ncủa Đảng'),
    (Literal('tăng cường "sự lãnh đạo"\ncủa Đảng', lang="vi"), 'tăng cường "sự lãnh đạo"\ncủa Đảng'),
    ('x" . } } ; DROP ALL ; #', None),  # an injection attempt is only a string that matches nothing
    ("tăng cường", None),
])
def test_a_bound_string_is_matched_as_a_value(store, binding, expected_title):
    store.replace_graph(G1, ARTICLE_1)
    rows = store.select(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "SELECT ?doc WHERE { ?doc eli:title ?t . FILTER(STR(?t) = STR(?title)) }",
        {"title": binding})
    assert [r["doc"] for r in rows] == ([DOC] if expected_title else [])
    assert store.triple_count() == 4  # nothing was dropped


@pytest.mark.parametrize("variable, value, expected", [
    ("sym", "09-CT/TW", DOC),
    ("doc", URIRef(DOC), DOC),
    ("date", dt.date(2011, 12, 1), DOC),
    ("year", 2011, DOC),
    ("year", 2012, None),
])
def test_bindings_of_every_kind(store, variable, value, expected):
    store.replace_graph(G1, ARTICLE_1)
    rows = store.select(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "PREFIX chithi: <https://chithi.vn/ontology#>\n"
        "SELECT ?doc ?sym ?date ?year WHERE { ?doc eli:id_local ?sym ; "
        "eli:date_document ?date ; chithi:year ?year }", {variable: value})
    assert [r["doc"] for r in rows] == ([expected] if expected else [])


def test_rows_carry_python_values(store):
    store.replace_graph(G1, ARTICLE_1)
    row = store.select(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "PREFIX chithi: <https://chithi.vn/ontology#>\n"
        "SELECT ?doc ?date ?year ?missing WHERE { ?doc eli:date_document ?date ; "
        "chithi:year ?year OPTIONAL { ?doc eli:amends ?missing } }")[0]
    assert row == {"doc": DOC, "date": "2011-12-01", "year": 2011}


def test_select_terms_keeps_the_whole_term(store):
    store.replace_graph(G1, ARTICLE_1)
    terms = store.select_terms(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "SELECT ?t ?d WHERE { ?doc eli:title ?t ; eli:date_document ?d }")[0]
    assert terms == {"t": lit('tăng cường "sự lãnh đạo"\ncủa Đảng', "vi"),
                     "d": date_lit("2011-12-01")}


def test_reads_see_the_union_of_named_graphs(store):
    store.replace_graph(G1, ARTICLE_1)
    store.replace_graph(G2, ARTICLE_2)
    assert store.ask(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "ASK { ?plan eli:ensures_implementation_of ?d . ?d eli:id_local ?sym }",
        {"sym": "09-CT/TW"})
    assert sorted(store.graphs()) == [G1, G2]
    assert store.triple_count() == 5


def test_replacing_a_graph_twice_leaves_one_copy(store):
    store.replace_graph(G1, ARTICLE_1)
    store.replace_graph(G1, ARTICLE_1)
    assert store.triple_count() == 4
    store.replace_graph(G1, ARTICLE_1.splitlines(keepends=True)[0])
    assert store.triple_count() == 1


def test_a_bad_replacement_leaves_the_old_graph(store):
    store.replace_graph(G1, ARTICLE_1)
    with pytest.raises(StoreError):
        store.replace_graph(G1, f'<{DOC}> <http://x/p> "unterminated <{G1}> .\n')
    assert store.triple_count() == 4


def test_drop_graph(store):
    store.replace_graph(G1, ARTICLE_1)
    store.replace_graph(G2, ARTICLE_2)
    store.drop_graph(G1)
    assert list(store.graphs()) == [G2]
    assert store.triple_count() == 1


def test_add_new_graphs_in_bulk(store):
    store.add_new_graphs(ARTICLE_1 + ARTICLE_2)
    store.flush()
    assert sorted(store.graphs()) == [G1, G2]
    assert store.triple_count() == 5


@pytest.mark.parametrize("bad_line, problem", [
    # a symbol written into an IRI with its spaces
    (f'<{EX}doc/vn/09 ct tw> <http://data.europa.eu/eli/ontology#id_local> "09-CT/TW" <{G2}> .',
     r"line 2\b.*IRI code point ' '"),
    # a title whose closing quote was lost
    (f'<{DOC}> <http://data.europa.eu/eli/ontology#title> "tăng cường sự lãnh đạo <{G2}> .',
     r"line 2\b.*end of file"),
    # a source URL that is not an IRI: parsed leniently (bulk_load(lenient=True)) it would be
    # stored, and every export of the store would carry it
    (f'<{G2}> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://baohatinh.vn/tin-100%> <{G2}> .',
     r"line 2\b.*percent encoding"),
])
def test_a_bad_line_in_a_bulk_write_is_named_and_nothing_loaded_is_lost(store, bad_line, problem):
    store.add_new_graphs(ARTICLE_1)
    with pytest.raises(StoreError, match=problem):
        store.add_new_graphs(ARTICLE_2 + bad_line + "\n")
    store.flush()
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}")
    assert rows == [{"n": 4}]


def _split_bulk_loads(monkeypatch, threads: int) -> None:
    """Every write of the embedded store on disk loaded in `threads` parts side by side."""
    monkeypatch.setattr("graph.store_embedded.PARALLEL_BULK_CHARS", 1)
    monkeypatch.setattr("graph.store_embedded.BULK_THREADS", threads)


MANY_ARTICLES = "".join(
    quads(f"{EX}article/a{i}", (f"<{EX}doc/vn/{i}-ct-tw>", "<http://data.europa.eu/eli/ontology#id_local>",
                                lit(f"{i}-CT/TW")))
    for i in range(40))


@pytest.mark.parametrize("threads", [2, 3, 7])
def test_a_large_write_on_disk_is_loaded_in_parts_with_nothing_lost_or_doubled(
        tmp_path, monkeypatch, threads):
    _split_bulk_loads(monkeypatch, threads)
    on_disk = open_store(f"oxigraph:{tmp_path / 'graph'}")
    on_disk.add_new_graphs(ARTICLE_1 + MANY_ARTICLES + ARTICLE_2)
    in_memory = open_store("memory:")
    in_memory.add_new_graphs(ARTICLE_1 + MANY_ARTICLES + ARTICLE_2)
    assert sorted(on_disk.dump_nquads().splitlines()) == sorted(in_memory.dump_nquads().splitlines())
    assert on_disk.triple_count() == 45
    on_disk.close()


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_a_bad_line_in_a_write_loaded_in_parts_is_named_by_its_line_in_the_whole(
        tmp_path, monkeypatch, threads):
    _split_bulk_loads(monkeypatch, threads)
    on_disk = open_store(f"oxigraph:{tmp_path / 'graph'}")
    bad_line = f'<{DOC}> <http://data.europa.eu/eli/ontology#title> "tăng cường <{G2}> .\n'
    with pytest.raises(StoreError, match=r"line 45\b"):
        on_disk.add_new_graphs(ARTICLE_1 + MANY_ARTICLES + bad_line + ARTICLE_2)
    on_disk.close()


def test_add_quads_adds_to_a_graph_and_replaces_nothing(store):
    store.replace_graph(G1, ARTICLE_1)
    store.add_quads(quads(G1, (f"<{G1}>", "<https://chithi.vn/ontology#contentHash>", lit("ab12"))))
    store.flush()
    assert store.triple_count() == 5
    assert store.ask("ASK { GRAPH ?g { ?doc <http://data.europa.eu/eli/ontology#id_local> ?s ."
                     " ?g <https://chithi.vn/ontology#contentHash> 'ab12' } }")


def test_construct_and_dump(store):
    store.replace_graph(G1, ARTICLE_1)
    store.replace_graph(G2, ARTICLE_2)
    triples = store.construct(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
        "CONSTRUCT { ?d eli:id_local ?s } WHERE { ?d eli:id_local ?s }", {"d": URIRef(DOC)})
    assert triples.strip() == f'<{DOC}> <http://data.europa.eu/eli/ontology#id_local> "09-CT/TW" .'
    assert len(store.dump_nquads().decode().splitlines()) == 5


@pytest.mark.parametrize("media_type, expected_start", [
    ("application/sparql-results+json", b"{"),
    ("text/csv", b"sym\r\n09-CT/TW"),
    ("text/tab-separated-values", b"?sym\n\"09-CT/TW\""),
])
def test_sparql_raw(store, media_type, expected_start):
    store.replace_graph(G1, ARTICLE_1)
    body, content_type = store.sparql_raw(
        "SELECT ?sym WHERE { ?d <http://data.europa.eu/eli/ontology#id_local> ?sym }", media_type)
    assert content_type.startswith(media_type)
    assert body.startswith(expected_start)


@pytest.mark.parametrize("body, content_type, cut", [
    (b'{"head":{"vars":["s"]},"results":{"bindings":[]}}', "application/sparql-results+json", False),
    (b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://x/a"}}'
     b"The SPARQL operation has been cancelled", "application/sparql-results+json", True),
    (b"s\r\nhttp://x/a\r\n", "text/csv", False),
    (b"s\r\nhttp://x/a\r\nhttp://x/", "text/csv", True),
    (b"<http://x/a> <http://x/p> <http://x/b> .\n<http://x/a> <http", "application/n-triples", True),
    (b"", "application/n-triples", False),
])
def test_a_body_cut_short_is_a_timeout_not_an_empty_answer(body, content_type, cut):
    if cut:
        with pytest.raises(QueryTimeout):
            _check_complete(body, content_type, "http://127.0.0.1:1/query")
    else:
        _check_complete(body, content_type, "http://127.0.0.1:1/query")


@pytest.mark.slow
@pytest.mark.server
def test_a_query_the_server_cuts_short_raises_a_timeout():
    """Oxigraph's --timeout-s cancels a query after it has sent HTTP 200 and cuts the body: the
    store must say so rather than return the rows that arrived (design.md §5)."""
    with running_oxigraph("--timeout-s", "1") as url:
        server = open_store(url)
        server.add_new_graphs("".join(f"<http://x/s{i}> <http://x/p> <http://x/o{i % 10}> <{G1}> .\n"
                                      for i in range(200)))
        with pytest.raises(QueryTimeout):
            server.select("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }")
        assert server.ask("ASK { ?s ?p ?o }")  # the store still answers


@pytest.mark.parametrize("url, kind, endpoints", [
    ("memory:", EmbeddedStore, None),
    ("http://127.0.0.1:7878", HttpStore,
     ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")),
    ("http://127.0.0.1:3030/ds/?query=sparql&update=update&store=data", HttpStore,
     ("http://127.0.0.1:3030/ds/sparql", "http://127.0.0.1:3030/ds/update",
      "http://127.0.0.1:3030/ds/data")),
])
def test_open_store_by_url(url, kind, endpoints):
    opened = open_store(url)
    assert isinstance(opened, kind)
    if endpoints:
        assert (opened.query_url, opened.update_url, opened.store_url) == endpoints


def test_an_unknown_store_url_is_refused():
    with pytest.raises(StoreError, match="unknown store URL"):
        open_store("sqlite:data/graph")


def test_the_default_store_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CHITHI_STORE", f"oxigraph:{tmp_path / 'g'}")
    with open_store() as opened:
        assert opened.url == f"oxigraph:{tmp_path / 'g'}"


def test_the_embedded_store_keeps_its_data_on_disk(tmp_path):
    path = tmp_path / "graph"
    with open_store(f"oxigraph:{path}") as opened:
        opened.add_new_graphs(ARTICLE_1)
        opened.replace_graph(G2, ARTICLE_2)
    with open_store(f"oxigraph:{path}") as reopened:
        assert reopened.triple_count() == 5


def _store_refusing_nquads(log: list[tuple[str, str, str | None]]) -> HttpStore:
    """A Graph Store Protocol server that takes no dataset (N-Quads) on its store endpoint, as
    some do; it logs (method, content type, graph) of every request."""
    def server(request: httpx.Request) -> httpx.Response:
        log.append((request.method, request.headers["content-type"], request.url.params.get("graph")))
        if request.headers["content-type"] == "application/n-quads":
            return httpx.Response(415, text="unsupported media type")
        return httpx.Response(204)

    http_store = HttpStore("http://127.0.0.1:3030/ds?store=data")
    http_store._http = httpx.Client(transport=httpx.MockTransport(server))
    return http_store


@pytest.mark.parametrize(("write", "then"), [
    ("add_new_graphs", [("PUT", "application/n-triples", G1), ("PUT", "application/n-triples", G2)]),
    ("add_quads", [("POST", "application/sparql-update", None)]),  # they add to graphs that exist
])
def test_a_server_that_takes_no_nquads_gets_them_another_way(write: str, then: list) -> None:
    log: list[tuple[str, str, str | None]] = []
    getattr(_store_refusing_nquads(log), write)(ARTICLE_1 + ARTICLE_2)
    assert log == [("POST", "application/n-quads", None), *then]
