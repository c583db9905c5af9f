"""Namespaces and URI patterns of the chithi graph: the contract between graph/ and api/.

The model (design.md §2), every term here is used by the builder and by the queries:

Documents  <BASE/doc/{place}/{symbol}/{period}>   e.g. <BASE/doc/vn/09-ct-tw/khoa-xi>,
           <BASE/doc/ha-tinh/448-ctr-tu/2010-2015>, <BASE/doc/vn/09-ct-bca/2014>,
           <BASE/doc/vn/100-2019-ndd-cp> (a legal symbol carries its year; Đ is written dd),
           <BASE/doc/ha-noi/thanh-uy-ha-noi/ct-05> (a number without a symbol: issuer + type + number),
           <BASE/doc/binh-duong/ctr/tinh-uy-binh-duong/{article}> (unnumbered: type + issuer + article)
    a eli:LegalResource                      (Party documents also a chithi:PartyDocument)
    rdfs:label "Chỉ thị 09-CT/TW"@vi          display label
    eli:type_document <BASE/type/ct>         SKOS concept: skos:notation "CT", skos:prefLabel "Chỉ thị"@vi
    chithi:typeName "Chương trình hành động"  the prose type as written (may be finer than the code)
    eli:id_local "09-CT/TW"                  canonical symbol (absent for unnumbered documents)
    chithi:symbolKey "9-CT/TW"               normalised for lookup: upper case, no spaces, no leading zeros
    eli:number "09"
    eli:date_document "2011-12-01"^^xsd:date (two values = a conflict between sources; both kept)
    eli:title "tăng cường …"@vi
    eli:passed_by <BASE/org/...>             issuer
    eli:jurisdiction <BASE/unit/...>         issuer's administrative unit (<BASE/unit/vn> for central)
    chithi:level "central"|"province"|"district"|"commune"|"unknown"
    chithi:system "party"|"state"|"legal"
    chithi:year 2011 (xsd:integer)
    chithi:term "XI"                         the term as the article wrote it ("khóa XI")
    chithi:identityKey "vn/09-ct-tw"         place + symbol: what every citation of the document
                                             shares whatever its date (graph/identity.py)
    chithi:period "khóa XI"|"2010–2015"|"2014"  the term (Party) or year (state) that makes the
                                             symbol unique; stated only by articles that date it
    chithi:unresolved true                   an undated citation that matches several documents
                                             (on <BASE/doc/{place}/{symbol}>, in IDENTITY_GRAPH)
    chithi:candidate <document>              … and the documents it may be (IDENTITY_GRAPH)

    An undated citation ("Chỉ thị 09-CT/TW") states its facts on the one dated document with its
    identity key when there is exactly one; otherwise on <BASE/doc/{place}/{symbol}>
    (graph/reconcile.py). In an article's graph, a document without chithi:period is one that
    article cited undated.

Relations (A → B, asserted in the article graph that states them)
    eli:ensures_implementation_of   implements
    chithi:continues                continues   (rdfs:subPropertyOf eli:ensures_implementation_of)
    chithi:reviews                  reviews     (rdfs:subPropertyOf eli:related_to)
    eli:based_on, eli:amends, eli:repeals (replaces), eli:cites (plain mention)
    evidence: <BASE/article/{id}#r{n}> a oa:Annotation; oa:motivatedBy oa:linking;
        oa:hasBody <…#r{n}-claim> (a rdf:Statement: rdf:subject A; rdf:predicate; rdf:object B);
        oa:hasTarget as for mentions (the phrase that states the relation)

Issuers  <BASE/org/...>
    a org:Organization (a body: "Tỉnh ủy Hà Tĩnh") or org:OrganizationalUnit ("Ban Thường vụ Tỉnh ủy Hà Tĩnh")
    skos:prefLabel "…"@vi; chithi:code "TU"; chithi:level "province"
    org:unitOf <parent org> (a unit of a body) / org:subOrganizationOf <parent org> (a committee of
    its Party organisation: Tỉnh ủy Hà Tĩnh -> Đảng bộ tỉnh Hà Tĩnh)
    dcterms:spatial <BASE/unit/...>

Administrative units  <BASE/unit/legacy/province/42>, <BASE/unit/legacy/district/436>,
                      <BASE/unit/legacy/commune/18070>, <BASE/unit/2025/province/42>,
                      <BASE/unit/2025/commune/...>, <BASE/unit/vn>
    a chithi:AdministrativeUnit; skos:notation "42"; skos:prefLabel "Hà Tĩnh"@vi (short name)
    chithi:fullName "Tỉnh Hà Tĩnh"; chithi:level "province"|"district"|"commune" ("central" for vn)
    chithi:kind "tỉnh"|"thành phố trung ương"|"huyện"|"quận"|"thị xã"|"thành phố"|"xã"|"phường"|…
    chithi:era "legacy"|"2025"
    skos:broader <parent unit> (provinces: <BASE/unit/vn>)
    chithi:validFrom / chithi:validUntil xsd:date (legacy units: until 2025-06-30, or the day
        before an earlier merger; 2025 units: from 2025-07-01)
    skos:altLabel "Thừa Thiên Huế"@vi; chithi:formerName <unit IRI>/name/2024-12-31, a
        chithi:UnitName with rdfs:label "Tỉnh Thừa Thiên Huế"@vi, chithi:kind and chithi:validUntil
        (the last day the unit bore that name: the tỉnh Thừa Thiên Huế became Thành phố Huế)
    dcterms:isReplacedBy <unit>     the succession: old province → 2025 province; a district
                                    merged before 2025 → the district it joined; a legacy
                                    district or commune → the 2025 communes that cover it
    stored in the named graph GAZETTEER_GRAPH

Articles = one named graph each  <BASE/article/{id}>
    the graph IRI itself: a chithi:Article, prov:Entity
        prov:wasDerivedFrom <source URL or file: URI>; dcterms:source "path or URL"
        dcterms:title "…"; dcterms:issued "2012-06-01"^^xsd:date
        chithi:about <unit>                  the province/district the article is about
        chithi:contentHash "sha256…"; prov:wasGeneratedBy <BASE/run/...>
        (an article graph without chithi:contentHash was cut short by a crash: the next load
        replaces it)
    mentions: <BASE/article/{id}#m{n}> a oa:Annotation; oa:motivatedBy oa:identifying
        oa:hasBody <document>
        oa:hasTarget <…#m{n}-target>: oa:hasSource <article graph IRI>;
                     oa:hasSelector <…#m{n}-quote> a oa:TextQuoteSelector; oa:exact; oa:prefix; oa:suffix
                     oa:hasSelector <…#m{n}-position> a oa:TextPositionSelector; oa:start; oa:end
        chithi:sentence "the sentence that contains the mention"
    runs: <BASE/run/{id}> a prov:Activity; prov:startedAtTime

SKOS type concepts and the ontology (sub-properties, chithi:PartyDocument) live in
SCHEME_GRAPH (graph/data/ontology.ttl). IDENTITY_GRAPH holds the unresolved citations and an
index for reconciliation: <dated document> chithi:identityKey "key", once per document.

Reads run over the union of all named graphs (pyoxigraph: use_default_graph_as_union;
an Oxigraph server: --union-default-graph).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://chithi.vn/id/"
ELI = Namespace("http://data.europa.eu/eli/ontology#")
CHITHI = Namespace("https://chithi.vn/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")

GAZETTEER_GRAPH = BASE + "graph/gazetteer"
SCHEME_GRAPH = BASE + "graph/schemes"  # SKOS type concepts and the ontology's sub-properties
IDENTITY_GRAPH = BASE + "graph/identity"  # unresolved citations; dated documents by identity key
COUNTRY = BASE + "unit/vn"

# relation type in records -> predicate IRI
RELATION_PREDICATES = {
    "implements": ELI.ensures_implementation_of,
    "continues": CHITHI.continues,
    "reviews": CHITHI.reviews,
    "based_on": ELI.based_on,
    "amends": ELI.amends,
    "replaces": ELI.repeals,
    "cites": ELI.cites,
}

PREFIXES = {
    "eli": str(ELI), "chithi": str(CHITHI), "oa": str(OA), "org": str(ORG), "prov": str(PROV),
    "skos": str(SKOS), "dcterms": str(DCTERMS), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
}
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@lru_cache(maxsize=65536)  # the builder slugs the same issuers and places over and over
def slug(text: str) -> str:
    """ASCII, lower case, hyphens: "Tỉnh ủy Hà Tĩnh" -> "tinh-uy-ha-tinh", "09-CT/TW" -> "09-ct-tw"."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    ascii_ = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def symbol_key(symbol: str) -> str:
    """Lookup key for a symbol in any written variant: "09-CT/TW", "9-ct/tw" -> "9-CT/TW"."""
    s = unicodedata.normalize("NFC", symbol).upper().replace(" ", "")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"^0+(?=\d)", "", s)


def code_slug(text: str) -> str:
    """slug() that keeps Đ apart from D, as Vietnamese typing does (đ = dd): type codes HĐ
    (Hợp đồng) and HD (Hướng dẫn), ĐA (Đề án) and DA (Dự án) are different types.
    "QĐ" -> "qdd", "100/2019/NĐ-CP" -> "100-2019-ndd-cp"."""
    return slug(text.replace("Đ", "DD").replace("đ", "dd"))


def type_iri(code: str) -> str:
    return f"{BASE}type/{code_slug(code)}"


def doc_iri(path: str) -> str:
    """<BASE/doc/{path}>; graph/identity.py decides the path."""
    return f"{BASE}doc/{path}"


def unit_iri(era: str, level: str, code: str) -> str:
    """era: "legacy" (before 1 July 2025) or "2025"; level: province|district|commune."""
    return f"{BASE}unit/{era}/{level}/{code}"


def article_iri(article_id: str) -> str:
    return f"{BASE}article/{slug(article_id) or 'article'}"


def org_iri(name: str) -> str:
    return f"{BASE}org/{slug(name)}"
