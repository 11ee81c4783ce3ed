"""Running fakes of the helpdesk APIs `phrasebank macros push` talks to.

Each fake is a small WSGI app (werkzeug) written from its vendor's API reference —
the module docstring cites the pages — never from our exporter: it keeps objects
in memory, pages its listings the way the vendor documents (with a small page size
so paging is exercised), validates request bodies as the vendor documents, checks
the credentials, and answers with the vendor's own error shapes. Tests inject
faults: a 429 with the vendor's retry header, a 5xx, a 4xx for one object.

`serve(fake)` runs it on 127.0.0.1 in a thread of the test process (werkzeug's
development server), so the client under test makes real HTTP requests.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.serving import WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response


@dataclass
class Logged:
    method: str
    path: str
    query: str
    body: Any
    status: int = 0


@dataclass
class Fault:
    """Answer the next `times` matching requests with `status` instead of handling them."""

    method: str | None
    path: str | None  # a regular expression searched in the path
    status: int
    times: int = 1
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    after_writes: int = 0  # only once this many writes have succeeded


class Fake:
    """An in-memory vendor API. Subclasses give `rules()`, `authorized()` and the handlers."""

    name = "fake"
    page_size = 4  # the most objects a page holds, whatever the client asks: paging must be followed

    def __init__(self):
        self.log: list[Logged] = []
        self.faults: list[Fault] = []
        self.next_id = 1000
        self.base_url = ""
        self._map = Map(self.rules())
        self._lock = threading.Lock()

    # -- what tests use ---------------------------------------------------------------

    def fail(self, status: int, *, method: str | None = None, path: str | None = None, times: int = 1,
             headers: dict | None = None, body: Any = None, after_writes: int = 0) -> None:
        self.faults.append(Fault(method, path, status, times, headers or {}, body, after_writes))

    @property
    def writes(self) -> list[Logged]:
        """Write requests the fake carried out (not the ones a fault answered)."""
        return [c for c in self.log if c.method != "GET" and 200 <= c.status < 300 and not self._is_token(c)]

    def _is_token(self, logged: Logged) -> bool:
        return False

    # -- WSGI ---------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        request = Request(environ)
        with self._lock:
            response = self._handle(request)
        return response(environ, start_response)

    def _handle(self, request: Request) -> Response:
        body = request.get_data(as_text=True)
        parsed: Any = None
        if body and request.mimetype == "application/json":
            try:
                parsed = json.loads(body)
            except ValueError:
                return self.json({"error": "malformed JSON"}, 400)
        elif body:
            parsed = request.form.to_dict()
        logged = Logged(request.method, request.path, request.query_string.decode(), parsed)
        self.log.append(logged)
        fault = self._fault(request)
        if fault is not None:
            response = self.json(fault.body, fault.status) if fault.body is not None else Response(
                "", status=fault.status)
            for name, value in fault.headers.items():
                response.headers[name] = value
        elif not self.authorized(request):
            response = self.unauthorized()
        else:
            try:
                endpoint, values = self._map.bind_to_environ(request.environ).match()
                response = getattr(self, endpoint)(request, parsed, **values)
            except NotFound:
                response = self.not_found()
            except HTTPException as exc:
                response = Response(exc.description, status=exc.code)
        logged.status = response.status_code
        return response

    def _fault(self, request: Request) -> Fault | None:
        done = len(self.writes)
        for fault in self.faults:
            if fault.times <= 0 or done < fault.after_writes:
                continue
            if fault.method and fault.method != request.method:
                continue
            if fault.path and not re.search(fault.path, request.path):
                continue
            fault.times -= 1
            return fault
        return None

    # -- helpers for subclasses -------------------------------------------------------

    def rules(self) -> list[Rule]:
        raise NotImplementedError

    def authorized(self, request: Request) -> bool:
        raise NotImplementedError

    def unauthorized(self) -> Response:
        return self.json({"error": "unauthorized"}, 401)

    def not_found(self) -> Response:
        return self.json({"error": "not found"}, 404)

    @staticmethod
    def json(value: Any, status: int = 200, headers: dict | None = None) -> Response:
        return Response(json.dumps(value, ensure_ascii=False), status=status, headers=headers or {},
                        mimetype="application/json")

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    @staticmethod
    def basic(request: Request) -> tuple[str, str] | None:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None
        user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
        return user, password

    @staticmethod
    def bearer(request: Request) -> str | None:
        header = request.headers.get("Authorization", "")
        return header[7:] if header.startswith("Bearer ") else None

    def page(self, objects: list, start: int, asked: str | None) -> tuple[list, int | None]:
        """A page of `objects` from `start`; where the next page starts, if there is one."""
        size = min(int(asked or self.page_size), self.page_size)
        return objects[start:start + size], (start + size if start + size < len(objects) else None)

    @staticmethod
    def cursor(offset: int) -> str:
        """An opaque cursor, as the vendors' are (clients must send it back unread)."""
        return base64.urlsafe_b64encode(json.dumps([offset, "fake"]).encode()).decode()

    @staticmethod
    def offset(cursor: str | None) -> int:
        if not cursor:
            return 0
        return int(json.loads(base64.urlsafe_b64decode(cursor.encode()))[0])


class _KeepAlive(WSGIRequestHandler):
    """HTTP/1.1, so the client under test reuses its connection as it would with the vendor's server."""

    protocol_version = "HTTP/1.1"


class Served:
    """A fake listening on 127.0.0.1 in a daemon thread; `stop()` shuts it down."""

    def __init__(self, fake: Fake):
        self.fake = fake
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no access log lines in the test output
        self.server = make_server("127.0.0.1", 0, fake, threaded=True, request_handler=_KeepAlive)
        self.url = fake.base_url = f"http://127.0.0.1:{self.server.server_port}"
        # a short poll interval: shutdown() waits for the serving loop to notice
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                       name=f"fake-{fake.name}", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def serve(fake: Fake) -> Served:
    return Served(fake)


def require(document: Any, checks: list[tuple[str, Callable[[Any], bool], str]]) -> list[tuple[str, str]]:
    """(field, message) for each check a request body fails; `field` is a dotted path."""
    problems = []
    for path, ok, message in checks:
        value = document
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if not ok(value):
            problems.append((path, message))
    return problems


def text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""
