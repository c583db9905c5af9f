"""What can go wrong in a question, said so that a user can fix it. The JSON API turns these into
application/problem+json (404, 409, 422), the CLI into a message and exit code 2."""
from __future__ import annotations


class QueryError(Exception):
    status = 400
    title = "Bad request"

    def __init__(self, detail: str, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFound(QueryError):
    """Nothing matches what the user named; `suggestions` are close matches (labels/symbols)."""

    status = 404
    title = "Not found"

    def __init__(self, kind: str, value: str, suggestions: list[str] | None = None) -> None:
        hint = f"; close matches: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no {kind} {value!r}{hint}", kind=kind, value=value,
                         suggestions=suggestions or [])
        self.kind, self.value, self.suggestions = kind, value, suggestions or []


class Ambiguous(QueryError):
    """Several things match (18-NQ/TW of 2017 and of 2022): the user must pick one."""

    status = 409
    title = "Ambiguous"

    def __init__(self, kind: str, value: str, candidates: list[dict[str, str | None]],
                 hint: str = "give the year or the IRI") -> None:
        names = ", ".join(f"{c.get('label') or c['iri']} ({c.get('date') or c['iri']})" for c in candidates)
        super().__init__(f"{kind} {value!r} matches {len(candidates)}: {names}; {hint}",
                         kind=kind, value=value, candidates=candidates)
        self.candidates = candidates


class BadParameter(QueryError):
    status = 422
    title = "Invalid parameter"

    def __init__(self, parameter: str, detail: str) -> None:
        super().__init__(f"{parameter}: {detail}", parameter=parameter)
        self.parameter = parameter
