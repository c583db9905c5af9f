"""What the questions answer: typed results shared by api/queries.py, the JSON API, the pages
and the CLI. Pydantic models so FastAPI documents them in OpenAPI as they are."""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field

Level = Literal["central", "province", "district", "commune", "unknown"]
Relation = Literal["implements", "continues", "reviews", "based_on", "amends", "replaces", "cites"]


class Ref(BaseModel):
    """A linked resource: its IRI and display label."""

    iri: str
    label: str | None = None


class Source(BaseModel):
    """An article (one named graph) that states something."""

    article: str = Field(description="IRI of the article's named graph")
    url: str | None = Field(None, description="where the article was read (URL or file: URI)")
    title: str | None = None
    published: date | None = None


class Fact(BaseModel):
    """One value of a property and the articles that state it: two facts for one property
    (two dates for one document) are a conflict between sources."""

    value: str
    sources: list[Source] = []


class DocumentSummary(BaseModel):
    iri: str
    label: str | None = None
    symbol: str | None = None
    type_code: str | None = None
    type_name: str | None = Field(None, description="the type as written: Chỉ thị, Kế hoạch …")
    dates: list[date] = Field([], description="more than one date = sources disagree")
    title: str | None = None
    issuer: Ref | None = None
    place: Ref | None = Field(None, description="the issuer's administrative unit")
    level: Level = "unknown"
    system: str | None = None
    year: int | None = None
    period: str | None = Field(None, description="the term (khóa XI) or year (2014, 2010–2015) that, "
                               "with the symbol and place, makes the document one: same-symbol documents differ here")
    unresolved: bool = False

    @property
    def first_date(self) -> date | None:
        """The earliest stated date (the one lag is counted from)."""
        return min(self.dates) if self.dates else None


class TraceEdge(BaseModel):
    """`source` implements (or continues) `target`, as stated in `sources`."""

    source: str
    target: str
    relation: Relation
    sources: list[Source] = []


class TraceNode(BaseModel):
    document: DocumentSummary
    relation: Relation | None = Field(None, description="how this node relates to its parent")
    sources: list[Source] = Field([], description="articles stating the edge to the parent")
    depth: int = 0
    repeated: bool = Field(False, description="already shown elsewhere in the tree (its children are there)")
    children: list[TraceNode] = []


class Trace(BaseModel):
    """Down: what implements the root, transitively. Up: what the root implements."""

    direction: Literal["down", "up"]
    root: TraceNode
    documents: list[DocumentSummary] = Field([], description="every document in the tree once")
    edges: list[TraceEdge] = []


class GapUnit(BaseModel):
    unit: Ref
    code: str | None = None
    parent: Ref | None = None
    status: Literal["implemented", "no_plan_found", "no_data"] = Field(
        description="implemented: an implementing document issued in this unit is loaded; "
        "no_plan_found: articles about the unit are loaded but none states a plan; "
        "no_data: no loaded article concerns the unit")
    documents: list[DocumentSummary] = []
    via_predecessor: bool = Field(False, description="the document was issued by a unit this one replaced (2025 reform)")
    articles: int = Field(0, description="implemented: the loaded articles stating its documents; otherwise "
                          "the loaded articles about the unit, a unit inside it or a unit it replaced "
                          "(counted up to 20)")
    articles_more: bool = Field(False, description="more articles than counted")


class GapReport(BaseModel):
    directive: DocumentSummary
    level: Level
    as_of: date
    era: Literal["legacy", "2025"]
    province: Ref | None = None
    units: list[GapUnit] = []
    implemented: int = 0
    no_plan_found: int = 0
    no_data: int = 0


class MatrixRow(BaseModel):
    province: Ref
    code: str | None = None
    counts: list[int] = Field(description="implementing documents issued in the province or below, one per directive")


class Matrix(BaseModel):
    as_of: date
    directives: list[DocumentSummary]
    rows: list[MatrixRow]

    def shared_symbol_periods(self) -> list[str | None]:
        """Each column's period where another column bears its symbol (19-NQ/TW of khóa XII and
        of khóa XIII are both among the most implemented): the symbol alone names them alike."""
        symbols = Counter(d.symbol for d in self.directives if d.symbol)
        return [d.period if symbols[d.symbol] > 1 else None for d in self.directives]


class LagItem(BaseModel):
    document: DocumentSummary
    province: Ref | None = None
    days: int | None = Field(None, description="from the directive's date to the document's (earliest) date")
    dates_conflict: bool = False


class LagStats(BaseModel):
    group: str = Field(description="'all', a level, or a province label")
    count: int
    min: int | None = None
    median: float | None = None
    mean: float | None = None
    max: int | None = None
    undated: int = Field(0, description="implementing documents without a date (not in the figures)")


class LagReport(BaseModel):
    directive: DocumentSummary
    items: list[LagItem]
    overall: LagStats
    by_level: list[LagStats]
    by_province: list[LagStats]


class SearchHit(DocumentSummary):
    match: Literal["symbol", "number", "words", "filters"] = "filters"


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class MentionOut(BaseModel):
    iri: str
    exact: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    start: int | None = None
    end: int | None = None
    sentence: str | None = None
    source: Source


class RelationOut(BaseModel):
    relation: Relation
    document: DocumentSummary = Field(description="the document at the other end")
    sources: list[Source] = []


class DocumentDetail(BaseModel):
    document: DocumentSummary
    dates: list[Fact] = []
    titles: list[Fact] = []
    conflicts: list[str] = Field([], description="properties the sources disagree on")
    mentions: list[MentionOut] = []
    relations_out: list[RelationOut] = Field([], description="this document → other (it implements …)")
    relations_in: list[RelationOut] = Field([], description="other → this document (… implements it)")


class IssuerDetail(BaseModel):
    iri: str
    label: str | None = None
    code: str | None = None
    level: Level = "unknown"
    parent: Ref | None = None
    units: list[Ref] = Field([], description="organisational units of this body")
    place: Ref | None = None
    documents: Page[DocumentSummary]


class FormerName(BaseModel):
    label: str = Field(description="the short name, as a unit's label: Thừa Thiên Huế")
    full_name: str | None = Field(None, description="with its kind: Tỉnh Thừa Thiên Huế")
    until: date = Field(description="the last day the unit bore the name")


class UnitDetail(BaseModel):
    iri: str
    label: str | None = None
    full_name: str | None = None
    former_names: list[FormerName] = Field([], description="the names it bore before its present one, oldest first")
    code: str | None = None
    level: Level = "unknown"
    era: Literal["legacy", "2025", "country"] = "legacy"
    valid_from: date | None = None
    valid_until: date | None = None
    parent: Ref | None = None
    successors: list[Ref] = Field([], description="the units that replaced it in the 2025 reform")
    predecessors: list[Ref] = []
    articles: int = 0
    documents: Page[DocumentSummary]


TraceNode.model_rebuild()


class NeighbourhoodEdge(BaseModel):
    source: str
    target: str
    relation: Relation


class Neighbourhood(BaseModel):
    """The documents within `hops` relations of a document (any relation, either direction)."""

    center: str
    hops: int
    documents: list[DocumentSummary]
    edges: list[NeighbourhoodEdge]
    truncated: bool = Field(False, description="the node limit was reached; more documents lie beyond")


class Problem(BaseModel):
    """RFC 9457 problem details (application/problem+json), with what was wrong named."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None
    parameter: str | None = None
    suggestions: list[str] | None = None
    candidates: list[dict[str, str | None]] | None = None
    errors: list[dict] | None = None
