"""Untrusted read queries on the embedded store, each evaluated in a child process.

A SPARQL endpoint takes queries from anyone, and pyoxigraph evaluates them inside the process
that asks: it cannot cancel a query past its time limit, and some queries make Oxigraph abort
the whole process (0.5.13 panics, and aborts, when its ORDER BY comparison of mixed terms is
not a total order: `SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o` on an ordinary graph). Here a
child process opens the store read-only and answers one query at a time: a query past its
time limit is stopped by killing its child, a fault costs the child, and the server goes on;
the next query starts a new child. The store must not change while children read it
(RocksDB: a read-only open beside a writer is undefined): `chithi serve` does not write.

Between parent and child, one JSON line per request ({"query", "media_type"}) and per answer
({"media_type", "length"} followed by that many bytes, or {"error"}).

    python -m graph.query_process PATH     # a child: reads requests on stdin
"""
from __future__ import annotations

import ctypes
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time

import pyoxigraph as ox

from graph.store import QueryTimeout, StoreError

_GRAPH_FORMATS = {"text/turtle", "application/n-triples", "application/rdf+xml",
                  "application/ld+json", "application/n-quads", "application/trig"}

PR_SET_PDEATHSIG = 1  # prctl(2)
STARTUP_SECONDS = 60.0  # importing and opening the store, on a busy machine
ORDER_HINT = (" (Oxigraph cannot ORDER BY a mix of numbers, strings, booleans, dates …: "
              "order by STR(?x), or keep one kind of value)")


class QueryFault(StoreError):
    """The store's evaluator failed on a query it had accepted (the child process died)."""


class QueryProcesses:
    """`sparql_raw` of the embedded store at `path`, in child processes (started when first
    needed, kept for the next query, one per query running at the same time)."""

    def __init__(self, path: str):
        self.path = path
        self._idle: list[_Child] = []
        self._busy: set[_Child] = set()
        self._lock = threading.Lock()
        self._closed = False

    def sparql_raw(self, query: str, media_type: str, timeout: float | None = None,
                   ) -> tuple[bytes, str]:
        child = self._take()
        try:
            answer = child.ask(query, media_type, timeout)
        except StoreError as err:
            self._give_back(child, reusable=not isinstance(err, (QueryTimeout, QueryFault)))
            raise
        except BaseException:
            self._give_back(child, reusable=False)
            raise
        self._give_back(child, reusable=True)
        return answer

    def close(self) -> None:
        """Stop every child: the idle ones, and those still running a query (their askers
        get a QueryFault and let go of them)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            busy = list(self._busy)
        for child in idle:
            child.kill()
        for child in busy:
            child.process.kill()

    def _take(self) -> _Child:
        child, dead = None, []
        with self._lock:
            if self._closed:
                raise StoreError("the store is closed")
            while self._idle:
                candidate = self._idle.pop()
                if candidate.process.poll() is None:
                    child = candidate
                    break
                dead.append(candidate)  # it died with the thread that started it (`_die_with`)
        for gone in dead:
            gone.kill()
        child = child or _Child(self.path)
        with self._lock:
            self._busy.add(child)
            closed = self._closed
        if closed:  # closed while this child started
            self._give_back(child, reusable=False)
            raise StoreError("the store is closed")
        return child

    def _give_back(self, child: _Child, reusable: bool) -> None:
        with self._lock:
            self._busy.discard(child)
            if reusable and not self._closed:
                self._idle.append(child)
                return
        child.kill()


class _Child:
    """One child process and the bytes read from it that no answer has taken yet."""

    def __init__(self, path: str):
        self._log = tempfile.TemporaryFile()  # stderr: a file, since an unread pipe blocks the child
        self.process = subprocess.Popen([sys.executable, "-m", "graph.query_process", path, str(os.getpid())],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log)
        self._unread = bytearray()
        try:
            header = self._header(time.monotonic() + STARTUP_SECONDS)
        except QueryTimeout as err:
            self.kill()
            raise StoreError(f"the query process did not start in {STARTUP_SECONDS:g} s") from err
        except BaseException:
            self.kill()
            raise
        if "error" in header:
            self.kill()
            raise StoreError(header["error"])

    def ask(self, query: str, media_type: str, timeout: float | None) -> tuple[bytes, str]:
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            self.process.stdin.write(json.dumps({"query": query, "media_type": media_type}).encode() + b"\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            raise self._fault() from None
        try:
            header = self._header(deadline)
            if "error" in header:
                raise StoreError(header["error"])
            return self._read(header["length"], deadline), header["media_type"]
        except QueryTimeout:
            raise QueryTimeout(f"the query ran past the time limit of {timeout:g} s and was stopped") from None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            pipe.close()
        self._log.close()

    def _header(self, deadline: float | None) -> dict:
        while (end := self._unread.find(b"\n")) < 0:
            self._fill(deadline)
        line = bytes(self._unread[:end])
        del self._unread[:end + 1]
        return json.loads(line)

    def _read(self, length: int, deadline: float | None) -> bytes:
        while len(self._unread) < length:
            self._fill(deadline)
        body = bytes(self._unread[:length])
        del self._unread[:length]
        return body

    def _fill(self, deadline: float | None) -> None:
        remaining = None if deadline is None else deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            raise QueryTimeout("past the deadline")
        descriptor = self.process.stdout.fileno()
        if not select.select([descriptor], [], [], remaining)[0]:
            raise QueryTimeout("past the deadline")
        chunk = os.read(descriptor, 1 << 20)
        if not chunk:
            raise self._fault()
        self._unread += chunk

    def _fault(self) -> QueryFault:
        code = self.process.wait()
        self._log.seek(0)
        return QueryFault(f"the store failed on this query and its query process stopped (exit code {code}): "
                          f"{_reason(self._log.read().decode('utf-8', 'replace'))}")


def _reason(log: str) -> str:
    """What a dying child printed, in a line: a Rust panic's message is the line after
    "panicked at …" (Oxigraph's ORDER BY fault: "user-provided comparison function does not
    correctly implement a total order"); else the last line (a Python error)."""
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    for position, line in enumerate(lines[:-1]):
        if "panicked at" in line:
            panic = lines[position + 1]
            return panic + (ORDER_HINT if "total order" in panic else "")
    return lines[-1] if lines else "it printed nothing"


def serve(path: str, parent: int) -> None:
    """The child: open the store read-only, then answer each request line on stdin."""
    _die_with(parent)
    out = sys.stdout.buffer
    try:
        store = ox.Store.read_only(path)
    except OSError as err:
        _send(out, {"error": f"cannot open the store at {path} to read: {err}"})
        return
    _send(out, {"ready": True})
    for line in sys.stdin.buffer:
        request = json.loads(line)
        try:
            body, media_type = raw_answer(store, request["query"], request["media_type"])
        except StoreError as err:
            _send(out, {"error": str(err)})
        else:
            _send(out, {"media_type": media_type, "length": len(body)}, body)


def raw_answer(store: ox.Store, query: str, media_type: str) -> tuple[bytes, str]:
    """`Store.sparql_raw` on a pyoxigraph store. Evaluation is lazy: errors come while the
    result is serialised, and are reported as StoreError as well."""
    try:
        result = store.query(query, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryTriples):
            if media_type not in _GRAPH_FORMATS:
                media_type = "text/turtle"
            return result.serialize(format=ox.RdfFormat.from_media_type(media_type)), media_type
        fmt = ox.QueryResultsFormat.from_media_type(media_type) or ox.QueryResultsFormat.JSON
        return result.serialize(format=fmt), fmt.media_type
    except SyntaxError as err:
        raise StoreError(f"SPARQL syntax error: {err}") from err
    except (OSError, RuntimeError) as err:
        raise StoreError(f"query failed: {err}") from err


def _send(out, header: dict, body: bytes = b"") -> None:
    out.write(json.dumps(header).encode() + b"\n" + body)
    out.flush()


def _die_with(parent: int) -> None:
    """Linux: be killed when the parent dies, even by SIGKILL, rather than run a query on alone
    (the end of stdin is only read between queries). The signal comes when the parent's thread
    that started this child ends: the endpoint's threads last as long as the server."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: stdin's end still stops an idle child
        return
    if os.getppid() != parent:  # the parent died before prctl
        sys.exit(0)


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]))
