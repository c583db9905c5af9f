"""One ArticleRecord -> the N-Quads of its named graph (the model of graph/vocab.py).

Everything the article says is stated in its own graph: the article and its provenance, each
document it cites (node chosen by graph/identity.py), the issuers and their hierarchy, the
relations, and an oa:Annotation for every mention and every relation's evidence, with quote
and position selectors and the sentence. Written by string building (N-Triples syntax from
graph/terms.py): no rdflib objects per triple.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from loaders.record import ArticleRecord, Document, Mention

from graph.identity import Identity, IssuerPlace, identify, issuer_level
from graph.issuers import hierarchy, localised_name
from graph.terms import date_lit, int_lit, iri, lit
from graph.units import find_unit, unit_uri
from graph.vocab import (CHITHI, COUNTRY, DCTERMS, ELI, OA, ORG, PROV, RDF, RDFS,
                         RELATION_PREDICATES, SKOS, article_iri, org_iri, symbol_key, type_iri)

_CONTEXT = 32  # characters of oa:prefix / oa:suffix
_SENTENCE_MAX = 600

_TERMS = {
    "a": RDF.type, "label": RDFS.label,
    "LegalResource": ELI.LegalResource, "PartyDocument": CHITHI.PartyDocument,
    "type_document": ELI.type_document, "id_local": ELI.id_local, "number": ELI.number,
    "date_document": ELI.date_document, "title": ELI.title, "passed_by": ELI.passed_by,
    "jurisdiction": ELI.jurisdiction,
    "typeName": CHITHI.typeName, "symbolKey": CHITHI.symbolKey, "level": CHITHI.level,
    "system": CHITHI.system, "year": CHITHI.year,
    "term": CHITHI["term"],  # CHITHI.term would be the Namespace method
    "identityKey": CHITHI.identityKey, "period": CHITHI.period, "code": CHITHI.code,
    "Concept": SKOS.Concept, "notation": SKOS.notation, "prefLabel": SKOS.prefLabel,
    "Organization": ORG.Organization, "OrganizationalUnit": ORG.OrganizationalUnit,
    "unitOf": ORG.unitOf, "subOrganizationOf": ORG.subOrganizationOf, "spatial": DCTERMS.spatial,
    "Article": CHITHI.Article, "Entity": PROV.Entity, "wasDerivedFrom": PROV.wasDerivedFrom,
    "source": DCTERMS.source, "dctitle": DCTERMS.title, "issued": DCTERMS.issued,
    "about": CHITHI.about, "contentHash": CHITHI.contentHash,
    "wasGeneratedBy": PROV.wasGeneratedBy, "Activity": PROV.Activity,
    "startedAtTime": PROV.startedAtTime,
    "Annotation": OA.Annotation, "motivatedBy": OA.motivatedBy, "identifying": OA.identifying,
    "linking": OA.linking, "hasBody": OA.hasBody, "hasTarget": OA.hasTarget,
    "hasSource": OA.hasSource, "hasSelector": OA.hasSelector,
    "TextQuoteSelector": OA.TextQuoteSelector, "exact": OA.exact, "prefix": OA.prefix,
    "suffix": OA.suffix, "TextPositionSelector": OA.TextPositionSelector, "start": OA.start,
    "end": OA.end, "sentence": CHITHI.sentence,
    "Statement": RDF.Statement, "subject": RDF.subject, "predicate": RDF.predicate,
    "object": RDF.object,
}
T = SimpleNamespace(**{name: iri(str(term)) for name, term in _TERMS.items()})  # N-Triples, once
_RELATIONS = {kind: iri(str(p)) for kind, p in RELATION_PREDICATES.items()}
_COUNTRY = iri(COUNTRY)


@dataclass
class BuiltArticle:
    graph: str  # the article graph's IRI
    body: str  # N-Quads of what the article says
    mark: str  # N-Quads of the content hash and the run: written last, they mark the graph complete
    content_hash: str  # of the body: equal hashes = nothing to reload
    dated: dict[str, str]  # identity key -> node, for documents the article dates
    undated: set[str]  # identity keys of documents the article cites without a date

    @property
    def keys(self) -> set[str]:
        """Identity keys of the documents cited (for graph/identity.py)."""
        return set(self.dated) | self.undated

    @property
    def nquads(self) -> str:
        return self.body + self.mark

    @property
    def triples(self) -> int:
        return self.body.count("\n") + self.mark.count("\n")


class _Graph:
    """Lines of one named graph."""

    def __init__(self, graph_iri: str):
        self.g = iri(graph_iri)
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} {self.g} .\n")


def build_article(record: ArticleRecord, *, source: str | None = None,
                  run: str | None = None, run_started: str | None = None) -> BuiltArticle:
    """`source`: the file the article was read from (its provenance when the record has no
    URL); `run`: the load run's IRI (with `run_started`, an ISO dateTime)."""
    graph_iri = article_iri(record.id)
    out = _Graph(graph_iri)
    article = out.g
    _article_facts(out, article, record, source)

    nodes: dict[str, str] = {}  # document key in the record -> node IRI
    dated: dict[str, str] = {}
    undated: set[str] = set()
    written_orgs: set[str] = set()
    mention_number = 0
    for doc in record.documents:
        identity = identify(doc, record)
        nodes[doc.key] = identity.iri
        if identity.key and identity.period:
            dated[identity.key] = identity.iri
        elif identity.key:
            undated.add(identity.key)
        node = iri(identity.iri)
        _document_facts(out, node, doc, identity, written_orgs)
        for mention in doc.mentions:
            mention_number += 1
            _annotation(out, f"{graph_iri}#m{mention_number}", node, mention, record.text,
                        T.identifying)

    for number, relation in enumerate(record.relations, 1):
        source_node, target_node = nodes.get(relation.source), nodes.get(relation.target)
        predicate = _RELATIONS.get(relation.type)
        if not source_node or not target_node or predicate is None or source_node == target_node:
            continue
        a, b = iri(source_node), iri(target_node)
        out.add(a, predicate, b)
        if relation.evidence is not None:
            claim = iri(f"{graph_iri}#r{number}-claim")
            _annotation(out, f"{graph_iri}#r{number}", claim, relation.evidence, record.text,
                        T.linking)
            out.add(claim, T.a, T.Statement)
            out.add(claim, T.subject, a)
            out.add(claim, T.predicate, predicate)
            out.add(claim, T.object, b)

    body = "".join(out.lines)
    digest = hashlib.sha256(body.encode()).hexdigest()
    out.lines.clear()
    out.add(article, T.contentHash, lit(digest))
    if run:
        run_node = iri(run)
        out.add(article, T.wasGeneratedBy, run_node)
        out.add(run_node, T.a, T.Activity)
        if run_started:
            out.add(run_node, T.startedAtTime,
                    lit(run_started, datatype="http://www.w3.org/2001/XMLSchema#dateTime"))
    return BuiltArticle(graph_iri, body, "".join(out.lines), digest, dated, undated)


# -- the article ------------------------------------------------------------------------------
def _article_facts(out: _Graph, article: str, record: ArticleRecord, source: str | None) -> None:
    out.add(article, T.a, T.Article)
    out.add(article, T.a, T.Entity)
    url = record.source_url if record.source_url and "://" in record.source_url else None
    where = url or (Path(source).resolve().as_uri() if source else None)
    if where:
        out.add(article, T.wasDerivedFrom, iri(where))
    if source or record.source_url:
        out.add(article, T.source, lit(source or record.source_url))
    if record.title:
        out.add(article, T.dctitle, lit(record.title, "vi"))
    if record.published:
        out.add(article, T.issued, date_lit(record.published))
    place = record.place
    unit = find_unit(place.province, place.district, place.commune, place.province_code,
                     place.district_code, place.commune_code)
    if unit is not None:
        out.add(article, T.about, iri(unit_uri(unit)))


# -- documents and issuers ---------------------------------------------------------------------
def _document_facts(out: _Graph, node: str, doc: Document, identity: Identity,
                    written_orgs: set[str]) -> None:
    out.add(node, T.a, T.LegalResource)
    if identity.system == "party":
        out.add(node, T.a, T.PartyDocument)
        out.add(node, T.system, lit("party"))
    elif identity.system:
        out.add(node, T.system, lit(identity.system))
    out.add(node, T.label, lit(_label(doc, identity), "vi"))
    if doc.type_code:
        concept = iri(type_iri(doc.type_code))
        out.add(node, T.type_document, concept)
        out.add(concept, T.a, T.Concept)
        out.add(concept, T.notation, lit(doc.type_code))
    if doc.type:
        out.add(node, T.typeName, lit(doc.type, "vi"))
    if identity.symbol:
        out.add(node, T.id_local, lit(identity.symbol))
        out.add(node, T.symbolKey, lit(symbol_key(identity.symbol)))
    if doc.number:
        out.add(node, T.number, lit(_padded(doc.number)))
    if doc.date:
        out.add(node, T.date_document, date_lit(doc.date))
    year = int(doc.date[:4]) if doc.date else doc.year
    if year:
        out.add(node, T.year, int_lit(year))
    if doc.term:
        out.add(node, T.term, lit(doc.term))
    if identity.key:
        out.add(node, T.identityKey, lit(identity.key))
    if identity.period:
        out.add(node, T.period, lit(identity.period.label))
    if doc.title:
        out.add(node, T.title, lit(doc.title, "vi"))
    level = issuer_level(doc)
    out.add(node, T.level, lit(level))
    place = identity.place
    jurisdiction = _COUNTRY if place.central else (iri(unit_uri(place.unit)) if place.unit else None)
    if jurisdiction:
        out.add(node, T.jurisdiction, jurisdiction)
    if doc.issuer:
        name = localised_name(doc.issuer, place)
        out.add(node, T.passed_by, iri(org_iri(name)))
        _issuer_facts(out, name, doc, level, place, jurisdiction, written_orgs)


def _issuer_facts(out: _Graph, name: str, doc: Document, level: str, place: IssuerPlace,
                  jurisdiction: str | None, written_orgs: set[str]) -> None:
    if name in written_orgs:
        return
    written_orgs.add(name)
    links = hierarchy(name, doc.issuer_parent)
    org = iri(org_iri(name))
    kind = T.OrganizationalUnit if links and links[0].relation == "unit" else T.Organization
    out.add(org, T.a, kind)
    out.add(org, T.prefLabel, lit(name, "vi"))
    out.add(org, T.level, lit(level))
    code = doc.issuer_code
    if code:
        out.add(org, T.code, lit(code))
    if jurisdiction:
        out.add(org, T.spatial, jurisdiction)
    for link in links:
        child, parent = iri(org_iri(link.child)), iri(org_iri(link.parent))
        out.add(child, T.unitOf if link.relation == "unit" else T.subOrganizationOf, parent)
        if link.parent not in written_orgs:
            written_orgs.add(link.parent)
            out.add(parent, T.a, T.Organization)
            out.add(parent, T.prefLabel, lit(link.parent, "vi"))
            if jurisdiction:
                out.add(parent, T.spatial, jurisdiction)


def _label(doc: Document, identity: Identity) -> str:
    kind = doc.type or doc.type_code or "Văn bản"
    if identity.symbol:
        return f"{kind} {identity.symbol}"
    if doc.number:
        return f"{kind} số {doc.number}" + (f" của {doc.issuer}" if doc.issuer else "")
    return f"{kind} của {doc.issuer}" if doc.issuer else kind


def _padded(number: str) -> str:
    return (number.lstrip("0") or "0").zfill(2) if number.isdigit() else number


# -- annotations --------------------------------------------------------------------------------
def _annotation(out: _Graph, annotation_iri: str, body: str, mention: Mention, text: str,
                motivation: str) -> None:
    start, end = mention.start, mention.end
    if (start < 0 or end > len(text) or text[start:end] != mention.text) and mention.text:
        found = text.find(mention.text)  # a record with string mentions (the gold format)
        start, end = (found, found + len(mention.text)) if found >= 0 else (-1, -1)
    ann = iri(annotation_iri)
    target = iri(f"{annotation_iri}-target")
    out.add(ann, T.a, T.Annotation)
    out.add(ann, T.motivatedBy, motivation)
    out.add(ann, T.hasBody, body)
    out.add(ann, T.hasTarget, target)
    out.add(target, T.hasSource, out.g)
    quote = iri(f"{annotation_iri}-quote")
    out.add(target, T.hasSelector, quote)
    out.add(quote, T.a, T.TextQuoteSelector)
    out.add(quote, T.exact, lit(mention.text))
    if start < 0:
        return
    out.add(quote, T.prefix, lit(text[max(0, start - _CONTEXT):start]))
    out.add(quote, T.suffix, lit(text[end:end + _CONTEXT]))
    position = iri(f"{annotation_iri}-position")
    out.add(target, T.hasSelector, position)
    out.add(position, T.a, T.TextPositionSelector)
    out.add(position, T.start, int_lit(start))
    out.add(position, T.end, int_lit(end))
    out.add(ann, T.sentence, lit(sentence_around(text, start, end)))


_SENTENCE_END = re.compile(r"[.!?…](?=\s+[\"“(]?[A-ZĐÀ-Ỹ0-9])|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: from the previous sentence end (a full stop, ! or ?
    before an upper-case word, or a line break) to the next, at most _SENTENCE_MAX characters
    each side; a side cut short ends at a space, marked "…"."""
    lo = max(0, start - _SENTENCE_MAX)
    begin = lo
    for match in _SENTENCE_END.finditer(text, lo, start):
        begin = match.end()
    head = ""
    if begin == lo > 0:  # no sentence start within reach: cut after a space
        space = text.find(" ", lo, start)
        begin, head = (space + 1 if space >= 0 else lo), "…"
    hi = min(len(text), end + _SENTENCE_MAX)
    stop = _SENTENCE_END.search(text, end, hi)
    if stop:
        return head + text[begin:stop.end() if stop.group() != "\n" else stop.start()].strip()
    if hi == len(text):
        return head + text[begin:hi].strip()
    space = text.rfind(" ", end, hi)  # no sentence end within reach: cut before a space
    return head + text[begin:space if space >= 0 else hi].strip() + "…"

