"""Errors as application/problem+json (RFC 9457), each naming what was wrong."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.errors import QueryError
from api.models import Problem
from graph.store import QueryTimeout, StoreError

PROBLEM_TYPE = "application/problem+json"


def problem(request: Request, status: int, title: str, detail: str, **extra: object) -> JSONResponse:
    body = Problem(title=title, status=status, detail=detail, instance=str(request.url.path),
                   **{k: v for k, v in extra.items() if k in Problem.model_fields})
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, media_type=PROBLEM_TYPE)


def problem_responses(*statuses: int) -> dict[int | str, dict]:
    """OpenAPI entries for the problems a route can answer with."""
    return {s: {"model": Problem, "content": {PROBLEM_TYPE: {}}} for s in statuses}


def parameter_errors(err: RequestValidationError) -> list[dict[str, str]]:
    """Each invalid parameter with what is wrong with it."""
    return [{"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]), "message": e["msg"]}
            for e in err.errors()]


async def invalid_request(request: Request, err: RequestValidationError) -> JSONResponse:
    errors = parameter_errors(err)
    detail = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors)
    first = errors[0]["parameter"] if errors else None
    return problem(request, 422, "Invalid parameter", detail, parameter=first, errors=errors)


async def http_error(request: Request, err: StarletteHTTPException) -> JSONResponse:
    """No route (404), a method a route lacks (405)."""
    title = {404: "Not found", 405: "Method not allowed"}.get(err.status_code, "HTTP error")
    response = problem(request, err.status_code, title, str(err.detail))
    for name, value in (err.headers or {}).items():
        response.headers[name] = value
    return response


def install(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def query_error(request: Request, err: QueryError) -> JSONResponse:
        return problem(request, err.status, err.title, err.detail, **err.extra)

    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(StarletteHTTPException, http_error)

    @app.exception_handler(QueryTimeout)
    async def timeout(request: Request, err: QueryTimeout) -> JSONResponse:
        return problem(request, 503, "Query time limit", str(err))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, err: StoreError) -> JSONResponse:
        return problem(request, 502, "Store error", str(err))
