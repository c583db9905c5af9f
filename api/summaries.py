"""How a document summary and an article (a source) are read out of query rows.

`summary_pattern("doc")` is the SPARQL group that fetches the facts of ?doc into variables
?doc_label, ?doc_date …; `Summaries` merges the rows (a document with two dates, or stated by
several articles, comes back in several rows) into one `DocumentSummary` per IRI.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from api.models import DocumentSummary, Ref, Source
from graph.terms import iri

SUMMARY_FIELDS = ("label", "symbol", "type_code", "type_name", "date", "title", "issuer",
                  "issuer_label", "place", "place_label", "level", "system", "year", "unresolved")


def summary_pattern(var: str = "doc") -> str:
    """Each fact through a one-or-more path (`p+`): the predicates do not chain, so it is one
    step, but paths return distinct values. A plain triple pattern returns a fact once per
    article graph that states it, and the OPTIONALs below would multiply those copies (a
    directive stated by 1,000 articles: 1,000^n rows). Every lookup is an OPTIONAL of its own:
    Oxigraph runs those as a lookup per row, where an inner join scans the whole predicate."""
    v = f"?{var}"
    return f"""
    OPTIONAL {{ {v} rdfs:label+ {v}_label }}
    OPTIONAL {{ {v} eli:id_local+ {v}_symbol }}
    OPTIONAL {{ {v} eli:type_document+ {v}_type . OPTIONAL {{ {v}_type skos:notation {v}_type_code }} }}
    OPTIONAL {{ {v} chithi:typeName+ {v}_type_name }}
    OPTIONAL {{ {v} eli:date_document+ {v}_date }}
    OPTIONAL {{ {v} eli:title+ {v}_title }}
    OPTIONAL {{ {v} eli:passed_by+ {v}_issuer . OPTIONAL {{ {v}_issuer skos:prefLabel+ {v}_issuer_label }} }}
    OPTIONAL {{ {v} eli:jurisdiction+ {v}_place . OPTIONAL {{ {v}_place skos:prefLabel+ {v}_place_label }} }}
    OPTIONAL {{ {v} chithi:level+ {v}_level }}
    OPTIONAL {{ {v} chithi:system+ {v}_system }}
    OPTIONAL {{ {v} chithi:year+ {v}_year }}
    OPTIONAL {{ {v} chithi:unresolved+ {v}_unresolved }}
"""


def summary_vars(var: str = "doc") -> str:
    """The projection of `summary_pattern(var)`."""
    return " ".join(f"?{var}_{f}" for f in SUMMARY_FIELDS)


def values_block(var: str, iris: Iterable[str]) -> str:
    """VALUES over IRIs that came out of the store (never over user input), each escaped."""
    return f"VALUES ?{var} {{ {' '.join(iri(i) for i in iris)} }}"


class Summaries:
    """Accumulates rows into document summaries, keeping first-seen order."""

    def __init__(self) -> None:
        self._docs: dict[str, DocumentSummary] = {}

    def add(self, row: dict[str, Any], var: str = "doc") -> DocumentSummary | None:
        doc_iri = row.get(var)
        if not isinstance(doc_iri, str):
            return None
        doc = self._docs.get(doc_iri)
        if doc is None:
            doc = self._docs[doc_iri] = DocumentSummary(iri=doc_iri)
        get = lambda field: row.get(f"{var}_{field}")  # noqa: E731
        for field in ("label", "symbol", "type_code", "type_name", "title", "system", "year"):
            if getattr(doc, field) is None and get(field) is not None:
                setattr(doc, field, get(field))
        if get("level") and doc.level == "unknown":
            doc.level = get("level")
        if get("unresolved"):
            doc.unresolved = True
        if get("date"):
            day = date.fromisoformat(get("date"))
            if day not in doc.dates:
                doc.dates = sorted([*doc.dates, day])
        if get("issuer") and doc.issuer is None:
            doc.issuer = Ref(iri=get("issuer"), label=get("issuer_label"))
        if get("place") and doc.place is None:
            doc.place = Ref(iri=get("place"), label=get("place_label"))
        return doc

    def add_all(self, rows: Iterable[dict[str, Any]], var: str = "doc") -> "Summaries":
        for row in rows:
            self.add(row, var)
        return self

    def get(self, doc_iri: str) -> DocumentSummary:
        return self._docs.get(doc_iri) or DocumentSummary(iri=doc_iri)

    def __contains__(self, doc_iri: str) -> bool:
        return doc_iri in self._docs

    def all(self) -> list[DocumentSummary]:
        return list(self._docs.values())


SOURCE_PATTERN = """
    OPTIONAL { ?g prov:wasDerivedFrom ?g_url }
    OPTIONAL { ?g dcterms:source ?g_path }
    OPTIONAL { ?g dcterms:title ?g_title }
    OPTIONAL { ?g dcterms:issued ?g_published }
"""


def source_pattern(var: str = "g") -> str:
    """Facts of the article whose named graph is ?var (its IRI is the graph's name)."""
    return SOURCE_PATTERN.replace("?g", f"?{var}")


def source_from_row(row: dict[str, Any], var: str = "g") -> Source | None:
    article = row.get(var)
    if not isinstance(article, str):
        return None
    published = row.get(f"{var}_published")
    return Source(article=article, url=row.get(f"{var}_url") or row.get(f"{var}_path"),
                  title=row.get(f"{var}_title"),
                  published=date.fromisoformat(published[:10]) if published else None)


def add_source(sources: list[Source], source: Source | None) -> None:
    """Append unless the same article is already listed (rows repeat per optional value)."""
    if source is not None and all(s.article != source.article for s in sources):
        sources.append(source)
