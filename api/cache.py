"""A response cache for the read-only server: the same GET (pages, API, exports) gets the same
answer for `seconds`, and concurrent requests for an answer being computed wait for it instead
of computing it again.

Why: a document page of a popular directive reads its trace, gaps and mentions (about 1 s on a
2,000-article store), and 50 readers asking for the home page or the same directive at once
would each pay it. The embedded store cannot change under `chithi serve` (the server holds its
lock: `chithi load` runs before), so a cached answer is the store's answer; for a SPARQL server
that others write to, an answer is at most `seconds` old. /sparql is not cached (arbitrary
queries, with their own limits). Every response says `X-Cache: hit` or `miss`.
"""
from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

UNCACHED_PREFIXES = ("/sparql",)


@dataclass
class _Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    stored_at: float


class ResponseCache:
    """ASGI middleware. `max_bytes` bounds the bodies held (least recently used go first);
    a body larger than `max_entry_bytes` is passed on and not kept."""

    def __init__(self, app: ASGIApp, *, seconds: float = 60.0, max_bytes: int = 256_000_000,
                 max_entry_bytes: int = 4_000_000) -> None:
        self.app = app
        self.seconds = seconds
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self._entries: OrderedDict[tuple, _Entry] = OrderedDict()
        self._bytes = 0
        self._computing: dict[tuple, asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        key = (scope["path"], scope["query_string"], headers.get(b"accept", b""),
               headers.get(b"accept-language", b""))
        while (computing := self._computing.get(key)) is not None:
            await computing.wait()
        entry = self._fresh(key)
        if entry is not None:
            await _replay(entry, send)
            return
        self._computing[key] = asyncio.Event()
        try:
            await self._compute(key, scope, receive, send)
        finally:
            self._computing.pop(key).set()

    def _fresh(self, key: tuple) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if time.monotonic() - entry.stored_at > self.seconds:
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return entry

    async def _compute(self, key: tuple, scope: Scope, receive: Receive, send: Send) -> None:
        started: Message = {}
        chunks: list[bytes] = []
        size = 0

        async def capture(message: Message) -> None:
            nonlocal size
            if message["type"] == "http.response.start":
                started.update(message)
                message = {**message, "headers": [*message.get("headers", []), (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body" and size <= self.max_entry_bytes:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if not message.get("more_body") and started.get("status") == 200 and size <= self.max_entry_bytes:
                    self._store(key, _Entry(200, list(started.get("headers", [])), b"".join(chunks), time.monotonic()))
            await send(message)

        await self.app(scope, receive, capture)

    def _store(self, key: tuple, entry: _Entry) -> None:
        self._drop(key)
        self._entries[key] = entry
        self._bytes += len(entry.body)
        while self._bytes > self.max_bytes and self._entries:
            self._drop(next(iter(self._entries)))

    def _drop(self, key: tuple) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry.body)


async def _replay(entry: _Entry, send: Send) -> None:
    await send({"type": "http.response.start", "status": entry.status,
                "headers": [*entry.headers, (b"x-cache", b"hit")]})
    await send({"type": "http.response.body", "body": entry.body})
