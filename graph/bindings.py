"""Variables bound as a VALUES block at the start of a query's WHERE group.

The HTTP store binds every variable this way; the embedded store uses pyoxigraph's
substitutions and falls back to this when a bound variable is not in the SELECT projection
(pyoxigraph refuses to substitute those). Terms are written by graph/terms.py, so a value
is never pasted into the query unescaped.
"""
from __future__ import annotations

import re
from typing import Any

from graph.store import StoreError
from graph.terms import python_to_nt

_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''  # long strings
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''                             # strings
    r'|<[^<>"{}|^`\\\x00-\x20]*>'                                               # IRIs
    r'|#[^\n]*'                                                                  # comments
    r'|(?i:\bWHERE\b)|\{', re.S)


def with_values(query: str, bindings: dict[str, Any] | None) -> str:
    """The query with `VALUES (?a ?b) { (t1 t2) }` first in its WHERE group."""
    if not bindings:
        return query
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(python_to_nt(v) for v in bindings.values())
    block = f" VALUES ({names}) {{ ({terms}) }} "
    brace = _where_brace(query)
    return query[: brace + 1] + block + query[brace + 1:]


def _where_brace(query: str) -> int:
    """Offset of the `{` that opens the query's WHERE group (strings, IRIs and comments are
    skipped; without the WHERE keyword, the first group of a SELECT or ASK)."""
    first_brace = None
    after_where = False
    for match in _TOKEN.finditer(query):
        token = match.group(0)
        if token.upper() == "WHERE":
            after_where = True
        elif token == "{":
            if after_where:
                return match.start()
            if first_brace is None:
                first_brace = match.start()
    if first_brace is None:
        raise StoreError("cannot bind variables: the query has no WHERE group")
    return first_brace


def values_block(names: list[str], rows: list[tuple[Any, ...]]) -> str:
    """`VALUES (?a ?b) { (t1 t2) (t3 t4) }` for many rows of values (graph/ internal queries
    that look up a batch of keys at once)."""
    head = " ".join(f"?{n}" for n in names)
    body = " ".join("(" + " ".join(python_to_nt(v) for v in row) + ")" for row in rows)
    return f"VALUES ({head}) {{ {body} }}"
