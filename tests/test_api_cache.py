"""api.cache: the same GET is answered from the cache until it is `seconds` old; concurrent
requests for an answer being computed wait for it; errors, /sparql and other methods pass."""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from api.app import create_app
from api.cache import ResponseCache
from tests.api_support import fixture_store


def counting_app(delay: float = 0.0) -> tuple[Starlette, dict[str, int]]:
    """An app that says how many times each path was computed."""
    computed: dict[str, int] = {}

    async def answer(request: Request) -> PlainTextResponse:
        path = request.url.path
        computed[path] = computed.get(path, 0) + 1
        await asyncio.sleep(delay)
        status = 404 if path.startswith("/missing") else 200
        return PlainTextResponse(f"{path}?{request.url.query} #{computed[path]}", status_code=status)

    return Starlette(routes=[Route("/{rest:path}", answer, methods=["GET", "POST"])]), computed


async def get_all(app: ResponseCache, *requests: tuple[str, str]) -> list[httpx.Response]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        return list(await asyncio.gather(*(client.request(method, url) for method, url in requests)))


def run(app: ResponseCache, *requests: tuple[str, str]) -> list[httpx.Response]:
    return asyncio.run(get_all(app, *requests))


@pytest.mark.parametrize(("first", "second", "computed_twice", "second_cache"), [
    (("GET", "/doc/a"), ("GET", "/doc/a"), False, "hit"),
    (("GET", "/doc/a?x=1"), ("GET", "/doc/a?x=2"), True, "miss"),  # another query string
    (("GET", "/missing"), ("GET", "/missing"), True, "miss"),  # an error is not kept
    (("POST", "/doc/a"), ("POST", "/doc/a"), True, None),  # not a GET
    (("GET", "/sparql?query=x"), ("GET", "/sparql?query=x"), True, None),  # own limits
])
def test_what_is_answered_from_the_cache(first: tuple[str, str], second: tuple[str, str],
                                         computed_twice: bool, second_cache: str | None) -> None:
    inner, computed = counting_app()
    cache = ResponseCache(inner, seconds=60)
    (one,) = run(cache, first)
    (two,) = run(cache, second)
    assert computed[first[1].split("?")[0]] == (2 if computed_twice else 1)
    assert two.headers.get("x-cache") == second_cache
    if not computed_twice:
        assert two.text == one.text


def test_concurrent_requests_for_one_answer_compute_it_once() -> None:
    inner, computed = counting_app(delay=0.2)
    responses = run(ResponseCache(inner, seconds=60), *[("GET", "/doc/a")] * 20, ("GET", "/doc/b"))
    assert computed == {"/doc/a": 1, "/doc/b": 1}
    assert sorted(r.headers["x-cache"] for r in responses).count("miss") == 2
    assert {r.text for r in responses[:20]} == {"/doc/a? #1"}


def test_an_answer_older_than_the_limit_is_computed_again() -> None:
    inner, computed = counting_app()
    cache = ResponseCache(inner, seconds=0.05)
    run(cache, ("GET", "/doc/a"))
    time.sleep(0.1)
    (again,) = run(cache, ("GET", "/doc/a"))
    assert computed["/doc/a"] == 2 and again.headers["x-cache"] == "miss"


def test_the_least_recently_used_answers_go_past_the_byte_bound() -> None:
    inner, computed = counting_app()
    cache = ResponseCache(inner, seconds=60, max_bytes=12)  # room for two answers ("/a? #1": 6 bytes)
    for path in ("/a", "/b", "/a", "/c", "/a", "/b"):
        run(cache, ("GET", path))
    assert computed == {"/a": 1, "/b": 2, "/c": 1}


def test_the_app_serves_a_page_from_the_cache_when_asked_to() -> None:
    app = create_app(store=fixture_store(), cache_seconds=60)
    first, second = (asyncio.run(get_all(app, ("GET", "/api/search?q=09-CT/TW")))[0] for _ in range(2))
    assert first.status_code == 200 and first.json() == second.json()
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert "x-cache" not in asyncio.run(get_all(create_app(store=fixture_store()), ("GET", "/")))[0].headers
