"""The questions users come with, as pure functions over a `graph.store.Store` (no HTTP).

Every function takes what a user types (a symbol in any written variant, a place name with or
without accents) and resolves it first; unknown input raises `api.errors.NotFound` with close
matches, several matches `api.errors.Ambiguous`, bad parameters `api.errors.BadParameter`.
User input is always bound as a value, never pasted into SPARQL text.

Implementation follows the relations of graph/vocab.py:
    eli:ensures_implementation_of and chithi:continues (its sub-property) are "implements";
    trace and gaps follow them transitively with a `+` path from one node;
    gaps are written with MINUS (FILTER NOT EXISTS is a cartesian product in Oxigraph).
"""
from __future__ import annotations

from datetime import date

from api.models import (DocumentDetail, DocumentSummary, GapReport, IssuerDetail, LagReport, Level,
                        Matrix, Page, SearchHit, Trace, UnitDetail)
from graph.store import Store


def resolve_document(store: Store, symbol_or_iri: str, year: int | None = None) -> str:
    """IRI of the one document named by an IRI or a symbol in any written variant
    ("09-CT/TW", "9-CT/TW", "09 CT/TW", "09/TW"); `year` picks between documents sharing a
    symbol (18-NQ/TW of 2017 and 2022). Raises NotFound (with close symbols) or Ambiguous."""
    raise NotImplementedError


def trace_down(store: Store, symbol_or_iri: str, *, year: int | None = None,
               max_depth: int | None = None) -> Trace:
    """Everything that implements (or continues) the document, transitively, as a tree:
    directive → provincial programmes → district plans → commune plans. Each node carries
    issuer, place, level, dates and the articles that state its edge to the parent. A document
    reached twice (a DAG) is shown once in full and then marked `repeated`."""
    raise NotImplementedError


def trace_up(store: Store, symbol_or_iri: str, *, year: int | None = None,
             max_depth: int | None = None) -> Trace:
    """What the document implements or continues, transitively (73-KH/QU → 26-CTr/TU → 09-CT/TW)."""
    raise NotImplementedError


def gaps(store: Store, directive: str, level: Level = "province", *, province: str | None = None,
         as_of: date | None = None, year: int | None = None) -> GapReport:
    """For each administrative unit of `level` that existed on `as_of` (default: the directive's
    date), optionally inside `province` (a name, accents optional, or an IRI): whether a document
    issued in it implements the directive (transitively), and how many loaded articles concern
    it, so "no plan found in 3 articles" and "no data" are told apart. After 2025-07-01 there are
    34 provinces and communes and no districts (level "district" then raises BadParameter)."""
    raise NotImplementedError


def matrix(store: Store, directives: list[str] | None = None, *, as_of: date | None = None,
           limit: int = 20) -> Matrix:
    """Province × directive: implementing documents issued in each province (or below) for each
    directive. Default directives: the `limit` central documents with the most implementations.
    Provinces are those existing on `as_of` (default: 2025-06-30, the last day of the 63)."""
    raise NotImplementedError


def lag(store: Store, directive: str, *, year: int | None = None, level: Level | None = None,
        province: str | None = None) -> LagReport:
    """Days from the directive's date to each implementing document's date (transitively), with
    count/min/median/mean/max overall, per level and per province."""
    raise NotImplementedError


def search(store: Store, q: str | None = None, *, type: str | None = None, issuer: str | None = None,
           place: str | None = None, year: int | None = None, limit: int = 20,
           offset: int = 0) -> Page[SearchHit]:
    """Documents by symbol in any written variant ("09/TW", "9-CT/TW", "09 CT/TW" find 09-CT/TW),
    type (code "CT" or name "Chỉ thị"), issuer (name or IRI), place (a unit: the document's
    issuer is in it or below it), year, and words of the label/title, accent-insensitive
    ("chi thi 09" finds Chỉ thị 09-CT/TW). Symbol matches first, then newest first."""
    raise NotImplementedError


def document(store: Store, symbol_or_iri: str, *, year: int | None = None) -> DocumentDetail:
    """All facts of one document with the articles stating each (conflicting dates kept side by
    side), its mentions (sentence, offsets, source URL) and its relations in and out."""
    raise NotImplementedError


def issuer(store: Store, name_or_iri: str, *, limit: int = 50, offset: int = 0) -> IssuerDetail:
    """An issuing body or unit, its parent and sub-units, and its documents (newest first)."""
    raise NotImplementedError


def unit(store: Store, name_or_iri: str, *, level: Level | None = None, as_of: date | None = None,
         limit: int = 50, offset: int = 0) -> UnitDetail:
    """An administrative unit ("Hà Tĩnh", "ha tinh", "Quận 11", a code or an IRI), its parent, its
    2025 successor(s)/predecessors, the articles about it, and the documents issued in it."""
    raise NotImplementedError
