"""The web application: the JSON API (/api), SPARQL (/sparql), exports (/export), OpenAPI
(/docs) and, when api/web.py is there, the browser pages."""
from __future__ import annotations

import gc
import importlib.util
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI
from fastapi_offline import FastAPIOffline

from api import exports, problems, routes, sparql
from api.cache import ResponseCache
from graph.store import Store, open_store


def create_app(store_url: str | None = None, *, store: Store | None = None,
               sparql_timeout: float = 10.0, sparql_max_results: int = 10_000,
               cache_seconds: float = 0.0) -> FastAPI:
    """An app over the store at `store_url` (default: $CHITHI_STORE or the embedded store), or
    over an open `store` (tests). The store is opened now, so a bad URL fails at start-up.
    `cache_seconds` > 0 keeps GET answers that long (api/cache.py); tests that change the store
    under the app leave it off."""
    store = store or open_store(store_url)
    endpoint = sparql.Endpoint(store, timeout=sparql_timeout, max_results=sparql_max_results)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        endpoint.close()
        store.close()

    # the Swagger UI and ReDoc assets come from the fastapi-offline package, not from a CDN
    app = FastAPIOffline(title="chithi", version="0.1.0", lifespan=lifespan,
                  description="Đồ thị tri thức văn bản chỉ đạo — a knowledge graph of Vietnamese directives: "
                              "trace implementation chains, find gaps, measure lags, search, SPARQL.")
    app.state.store = store
    app.state.sparql = endpoint
    problems.install(app)
    app.include_router(routes.router)
    app.include_router(sparql.router)
    app.include_router(exports.router)
    if cache_seconds > 0:
        app.add_middleware(ResponseCache, seconds=cache_seconds)
    if importlib.util.find_spec("api.web"):  # the browser pages; the API stands without them
        from api.web import install_error_pages, router as web_router
        app.include_router(web_router)
        install_error_pages(app)
    return app


YOUNG_COLLECTION_THRESHOLD = 50_000  # allocations between two collections of the youngest generation


def tune_garbage_collector() -> None:
    """Collect start-up's garbage and move every object alive then (modules, the app and its
    routes, pydantic's validators) out of the garbage collector's reach (`gc.freeze`):
    they live as long as the serving process, and each full collection walked all of them
    (~300,000) to free only what requests left. On 200,000 generated documents, the full
    collections during 50 traces: 25 ms a trace on average, 6 once frozen. And collect the
    youngest generation after `YOUNG_COLLECTION_THRESHOLD` allocations, not Python's 700: a
    trace of ~870 documents makes ~30,000 containers that live until it returns, which each
    young collection walked again for nothing (trace CPU p50 36.8 -> 33.7 ms, 4 alternated
    rounds of 50 traces). Called by the serving process (`chithi serve`) once the store is open,
    not by `create_app`: a process that makes many apps (the tests) would keep the cyclic
    garbage of each one's frozen objects."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])
