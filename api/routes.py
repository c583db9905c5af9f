"""The JSON API: one route per question of api/queries.py, under /api."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response

from api import queries
from api.models import (DocumentDetail, GapReport, IssuerDetail, LagReport, Level, Matrix, Neighbourhood,
                        Page, SearchHit, Trace, UnitDetail)
from api.problems import problem_responses
from graph.store import Store

router = APIRouter(prefix="/api", tags=["questions"])



def symbol_query() -> Any:
    return Query(description='a symbol in any written variant ("09-CT/TW", "09/TW", "9-CT/TW") or a document IRI',
                 examples=["09-CT/TW"])


def year_query() -> Any:
    return Query(None, description="the year, when documents share a symbol (18-NQ/TW of 2017 and 2022)")


NOT_FOUND = problem_responses(404, 409, 422)


def store_of(request: Request) -> Store:
    return request.app.state.store


def link_header(request: Request, response: Response, page: Page) -> None:
    """RFC 8288 `Link` to the next and previous pages."""
    links = []
    if page.offset + page.limit < page.total:
        links.append(f'<{request.url.include_query_params(offset=page.offset + page.limit)}>; rel="next"')
    if page.offset > 0:
        links.append(f'<{request.url.include_query_params(offset=max(0, page.offset - page.limit))}>; rel="prev"')
    if links:
        response.headers["Link"] = ", ".join(links)


@router.get("/search", response_model=Page[SearchHit], responses=problem_responses(404, 409, 422),
            summary="Find documents")
def search(request: Request, response: Response,
           q: str | None = Query(None, description='symbol in any variant, or words ("chi thi 09")'),
           type: str | None = Query(None, description='type code or name: "CT", "Kế hoạch"'),
           issuer: str | None = Query(None, description="issuer name or IRI"),
           place: str | None = Query(None, description="administrative unit name, code or IRI"),
           year: int | None = None, limit: int = Query(20, ge=1, le=1000), offset: int = Query(0, ge=0, le=10**9),
           ) -> Page[SearchHit]:
    page = queries.search(store_of(request), q, type=type, issuer=issuer, place=place, year=year,
                          limit=limit, offset=offset)
    link_header(request, response, page)
    return page


@router.get("/document", response_model=DocumentDetail, responses=NOT_FOUND,
            summary="A document: facts with their sources, mentions, relations")
def document(request: Request, symbol: str = symbol_query(), year: int | None = year_query()) -> DocumentDetail:
    return queries.document(store_of(request), symbol, year=year)


@router.get("/trace", response_model=Trace, responses=NOT_FOUND,
            summary="What implements a document (down) or what it implements (up), transitively")
def trace(request: Request, symbol: str = symbol_query(), direction: Literal["down", "up"] = "down",
          year: int | None = year_query(), max_depth: int | None = Query(None, ge=0)) -> Trace:
    fn = queries.trace_down if direction == "down" else queries.trace_up
    return fn(store_of(request), symbol, year=year, max_depth=max_depth)


@router.get("/gaps", response_model=GapReport, responses=NOT_FOUND,
            summary="Units of a level with and without an implementing document")
def gaps(request: Request, directive: str = symbol_query(), level: Level = "province",
         province: str | None = Query(None, description="only units inside this province"),
         as_of: date | None = Query(None, description="units existing on this day (default: the directive's date)"),
         year: int | None = year_query()) -> GapReport:
    return queries.gaps(store_of(request), directive, level, province=province, as_of=as_of, year=year)


@router.get("/matrix", response_model=Matrix, responses=NOT_FOUND,
            summary="Province × directive: implementing documents per province")
def matrix(request: Request,
           directive: list[str] | None = Query(None, description="directives (repeat); default: the most implemented"),
           as_of: date | None = None, limit: int = Query(20, ge=1, le=200)) -> Matrix:
    return queries.matrix(store_of(request), directive, as_of=as_of, limit=limit)


@router.get("/lag", response_model=LagReport, responses=NOT_FOUND,
            summary="Days from a directive to each implementing document, with statistics")
def lag(request: Request, directive: str = symbol_query(), level: Level | None = None,
        province: str | None = None, year: int | None = year_query()) -> LagReport:
    return queries.lag(store_of(request), directive, year=year, level=level, province=province)


@router.get("/neighbourhood", response_model=Neighbourhood, responses=NOT_FOUND,
            summary="Documents within a few relations of a document")
def neighbourhood(request: Request, symbol: str = symbol_query(), hops: int = Query(1, ge=1, le=3),
                  year: int | None = year_query()) -> Neighbourhood:
    return queries.neighbourhood(store_of(request), symbol, hops=hops, year=year)


@router.get("/issuer", response_model=IssuerDetail, responses=NOT_FOUND,
            summary="An issuing body, its units and its documents")
def issuer(request: Request, response: Response,
           name: str = Query(description="name (accents optional) or IRI", examples=["Ban Bí thư"]),
           limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=10**9)) -> IssuerDetail:
    detail = queries.issuer(store_of(request), name, limit=limit, offset=offset)
    link_header(request, response, detail.documents)
    return detail


@router.get("/unit", response_model=UnitDetail, responses=NOT_FOUND,
            summary="An administrative unit, its 2025 successor and its documents")
def unit(request: Request, response: Response,
         name: str = Query(description="name (accents optional), official code or IRI", examples=["Hà Tĩnh"]),
         level: Level | None = None, as_of: date | None = None,
         limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=10**9)) -> UnitDetail:
    detail = queries.unit(store_of(request), name, level=level, as_of=as_of, limit=limit, offset=offset)
    link_header(request, response, detail.documents)
    return detail
