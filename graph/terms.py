"""RDF terms as N-Triples text, and back to the plain Python values `Store.select` returns.

The builder writes N-Quads by string building (fast); the HTTP store binds query variables
with VALUES blocks whose terms are written here, so every string from an article is escaped
in one place.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_ESCAPE_RE = re.compile(r'[\\"\n\r\t]')  # (str.translate is ten times slower on Vietnamese text)
# characters N-Triples forbids in an IRI; anything else (Vietnamese letters too) may stay
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')

XSD_STRING = str(XSD.string)
XSD_DATE = str(XSD.date)
XSD_INTEGER = str(XSD.integer)
XSD_BOOLEAN = str(XSD.boolean)
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_INTEGER_TYPES = {str(XSD[t]) for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte")}
_FLOAT_TYPES = {str(XSD.decimal), str(XSD.double), str(XSD.float)}


def iri(value: str) -> str:
    """`<value>`, percent-encoding the few characters an IRI may not contain (spaces in paths)."""
    if _IRI_UNSAFE.search(value):
        value = _IRI_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), value)
    return f"<{value}>"


def iri_values(var: str, iris: Iterable[str]) -> str:
    """VALUES over IRIs that came out of the store (never over user input), each escaped."""
    return f"VALUES ?{var} {{ {' '.join(iri(i) for i in iris)} }}"


def escape(text: str) -> str:
    if _ESCAPE_RE.search(text) is None:
        return text
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], text)


def lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    body = f'"{escape(text)}"'
    if lang:
        return f"{body}@{lang}"
    if datatype and datatype != XSD_STRING:
        return f"{body}^^<{datatype}>"
    return body


def date_lit(iso: str) -> str:
    return lit(iso, datatype=XSD_DATE)


def int_lit(value: int) -> str:
    return lit(str(value), datatype=XSD_INTEGER)


def bool_lit(value: bool) -> str:
    return lit("true" if value else "false", datatype=XSD_BOOLEAN)


def python_to_nt(value: Any) -> str:
    """A binding value as an N-Triples term (see `Store.select` for the rules)."""
    if isinstance(value, URIRef):
        return iri(str(value))
    if isinstance(value, BNode):
        return f"_:{value}"
    if isinstance(value, Literal):
        return lit(str(value), value.language, str(value.datatype) if value.datatype else None)
    if isinstance(value, bool):  # before int: bool is an int
        return bool_lit(value)
    if isinstance(value, int):
        return int_lit(value)
    if isinstance(value, float):
        return lit(repr(value), datatype=str(XSD.double))
    if isinstance(value, Decimal):
        return lit(str(value), datatype=str(XSD.decimal))
    if isinstance(value, dt.datetime):
        return lit(value.isoformat(), datatype=str(XSD.dateTime))
    if isinstance(value, dt.date):
        return date_lit(value.isoformat())
    if isinstance(value, str):
        return lit(value)
    raise TypeError(f"cannot bind a {type(value).__name__} ({value!r}) in a SPARQL query")


def literal_to_python(value: str, datatype: str | None) -> Any:
    """A literal's lexical form and datatype as the Python value `select` rows carry."""
    if datatype in _INTEGER_TYPES:
        try:
            return int(value)
        except ValueError:
            return value
    if datatype in _FLOAT_TYPES:
        try:
            return float(value)
        except ValueError:
            return value
    if datatype == XSD_BOOLEAN:
        return value in ("true", "1")
    return value  # strings, language strings, xsd:date (ISO text), IRIs


def sparql_json_to_nt(term: dict[str, str]) -> str:
    """One term of a SPARQL 1.1 JSON result as N-Triples text."""
    kind = term["type"]
    if kind == "uri":
        return iri(term["value"])
    if kind == "bnode":
        return f"_:{term['value']}"
    return lit(term["value"], term.get("xml:lang"), term.get("datatype"))


def sparql_json_to_python(term: dict[str, str]) -> Any:
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    if term["type"] == "uri":
        return term["value"]
    return literal_to_python(term["value"], term.get("datatype"))
