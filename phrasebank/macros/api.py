"""One helpdesk's REST API, as targets.yaml describes it: requests, paging, retries, errors.

`phrasebank macros push` talks to five vendors whose endpoints, authentication,
paging and error bodies differ; all of that is data in targets.yaml (`push:`), read
here into `Endpoint`s and an httpx client. The HTTP itself is httpx's: connections,
TLS, Basic auth, Link headers, JSON. What is ours is the policy an admin can rely on:

- a 429 is waited out for as long as the vendor's retry header says, then retried
  (the vendor did not process the request, so this is safe for any method);
- a 5xx or a dropped connection is retried with exponential backoff only for
  idempotent methods (GET, PUT): a POST that may have created something is never
  repeated blindly — the push stops and a re-run's diff finds out;
- any other 4xx stops with the vendor's own message (`VendorError`);
- a next-page link pointing to another host is refused: it would receive the credentials;
- no credential ever appears in an error message (each is redacted before raising).
"""

from __future__ import annotations

import email.utils
import json
import string
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

from ..errors import PhrasebankError

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
IDEMPOTENT = frozenset({"GET", "PUT", "DELETE"})
AUTH_TYPES = {"basic": {"username", "password"}, "bearer": {"token"},
              "client_credentials": {"token", "client_id", "client_secret"}}
PAGING = ("next_link", "link_header", "cursor")


class PushError(PhrasebankError):
    """A push cannot go on: missing credentials or options, an export push cannot read, an unreachable API."""


class VendorError(PushError):
    """The helpdesk refused a request (4xx, or a 5xx/429 that outlasted the retries)."""

    def __init__(self, status: int, request: str, message: str):
        self.status = status
        self.request = request
        self.vendor_message = message
        super().__init__(f"{request} answered {status}: {message}")


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    path: str  # may hold {id}, {mailbox}, {folder}
    items: str | None = None  # where a listing's objects are ("." for the body itself)
    params: dict[str, str] = field(default_factory=dict)
    next_link: str | None = None  # dotted path to the next page's URL
    more: str | None = None  # dotted path to a "has more pages" flag, when the vendor gives one
    link_header: str | None = None  # the rel of the RFC 8288 Link header to follow
    cursor: str | None = None  # dotted path to the next page's cursor...
    cursor_param: str | None = None  # ...sent back as this query parameter

    @property
    def request(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempts per request, and the backoff base in seconds (doubled per attempt)."""

    attempts: int = 5
    backoff: float = 1.0
    max_wait: float = 120.0  # a Retry-After longer than this stops the push instead of hanging it


def check_push_spec(spec: Any, fail: Callable[[str], Exception]) -> None:
    """Strict loading of a target's `push:` section (called by targets.load())."""
    if not isinstance(spec, dict):
        raise fail("`push` must be a mapping")
    for key in ("base_url", "auth", "retry_after", "errors", "endpoints", "docs"):
        if key not in spec:
            raise fail(f"push needs `{key}`")
    auth = spec["auth"]
    if not isinstance(auth, dict) or auth.get("type") not in AUTH_TYPES or set(auth) != {"type", *AUTH_TYPES[auth["type"]]}:
        raise fail(f"push.auth must be one of {sorted(AUTH_TYPES)} with exactly its fields {AUTH_TYPES}")
    if not credential_names(spec):
        raise fail("push.auth names no credential ({NAME}): a push would send none")
    for name in spec["endpoints"]:
        endpoint(spec, name, fail)
    if "{account}" in spec["base_url"] and "account" not in spec:
        raise fail("push.base_url uses {account}: say what it is in push.account")


def endpoint(spec: Mapping, name: str, fail: Callable[[str], Exception] | None = None) -> Endpoint:
    """The endpoint `name` of a `push:` section."""
    fail = fail or (lambda problem: PushError(f"targets.yaml: {problem}"))
    raw = spec["endpoints"].get(name)
    if raw is None:
        raise fail(f"push.endpoints has no {name!r}")
    form = {"request": raw} if isinstance(raw, str) else dict(raw)
    request = str(form.pop("request", ""))
    method, _, path = request.partition(" ")
    if method not in METHODS or not path.startswith("/"):
        raise fail(f"push.endpoints.{name} must read `METHOD /path`, got {request!r}")
    known = {"items", "params", "next_link", "more", "link_header", "cursor", "cursor_param"}
    if set(form) - known:
        raise fail(f"push.endpoints.{name} has unknown keys {sorted(set(form) - known)}")
    if sum(key in form for key in PAGING) > 1 or (("cursor" in form) != ("cursor_param" in form)):
        raise fail(f"push.endpoints.{name}: one paging style of {PAGING} (a cursor needs its cursor_param)")
    params = {str(k): str(v) for k, v in (form.pop("params", None) or {}).items()}
    return Endpoint(name=name, method=method, path=path, params=params, **form)


def credential_names(spec: Mapping) -> list[str]:
    """The credentials a target's auth uses, e.g. ["ZENDESK_EMAIL", "ZENDESK_API_TOKEN"]."""
    names: list[str] = []
    for key, value in spec["auth"].items():
        if key == "type":
            continue
        for _, field_name, _, _ in string.Formatter().parse(str(value)):
            if field_name and field_name not in names:
                names.append(field_name)
    return names


def dig(value: Any, path: str | None) -> Any:
    """`value` at a dotted path ("links.next"; "." is the value itself); None where it stops."""
    if path in (None, "."):
        return value
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


class Api:
    """An httpx client for one account of one helpdesk, with the retry and error policy above."""

    def __init__(
        self,
        spec: Mapping,
        *,
        base_url: str,
        credentials: Mapping[str, str],
        label: str,
        retry: RetryPolicy | None = None,
        on_wait: Callable[[str], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        transport: Any = None,
    ):
        import httpx

        self.spec = spec
        self.label = label
        self.retry = retry or RetryPolicy()
        self.on_wait = on_wait or (lambda line: None)
        self.sleep = sleep
        self._secrets = [value for value in credentials.values() if value]
        self._origin = _origin(base_url)
        self.client = httpx.Client(
            base_url=base_url.rstrip("/"),
            auth=_auth(spec, credentials, base_url),
            headers={"Accept": "application/json", "User-Agent": "phrasebank-macros-push"},
            timeout=httpx.Timeout(30.0),
            # connection failures (nothing sent yet) are retried by httpx's own transport
            transport=transport or httpx.HTTPTransport(retries=2),
            follow_redirects=False,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Api":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def endpoint(self, name: str) -> Endpoint:
        return endpoint(self.spec, name)

    def list(self, name: str, **where: Any) -> list[dict]:
        """Every object of a listing, following its pages to the end."""
        point = self.endpoint(name)
        url, params = _path(point, where), dict(point.params)
        found: list[dict] = []
        while True:
            response = self._send(point, url, params=params or None)
            body = self._json(point, response)
            items = dig(body, point.items)
            if not isinstance(items, list):
                raise PushError(f"{self.label}: {point.request} answered without a list at {point.items!r}")
            found.extend(items)
            if point.next_link:
                following = dig(body, point.next_link)
                if not following or (point.more and dig(body, point.more) is False):
                    return found
                url, params = self._same_origin(point, str(following)), {}
            elif point.link_header:
                following = response.links.get(point.link_header, {}).get("url")
                if not following:
                    return found
                url, params = self._same_origin(point, following), {}
            elif point.cursor:
                cursor = dig(body, point.cursor)
                if not cursor:
                    return found
                params = {**point.params, point.cursor_param: str(cursor)}
            else:
                return found

    def call(self, name: str, body: Any = None, **where: Any) -> Any:
        """One request; its JSON answer (None for an empty one)."""
        point = self.endpoint(name)
        response = self._send(point, _path(point, where), json=body)
        return self._json(point, response) if response.content else None

    # -- the policy ------------------------------------------------------------------

    def _send(self, point: Endpoint, url: str, **options):
        import httpx

        request = f"{point.method} {shown(url)}"
        for attempt in range(1, self.retry.attempts + 1):
            last = attempt == self.retry.attempts
            try:
                response = self.client.request(point.method, url, **options)
            except httpx.TransportError as exc:
                if point.method in IDEMPOTENT and not last:
                    self._wait(self._backoff(attempt), f"{request}: {type(exc).__name__}")
                    continue
                raise PushError(self._redact(f"{self.label}: {request} failed: {type(exc).__name__}: {exc}")) from None
            if response.status_code == 429 and not last:
                self._wait(self._retry_after(response, attempt, request), f"{request}: 429 rate limited")
                continue
            if response.status_code >= 500 and point.method in IDEMPOTENT and not last:
                self._wait(self._backoff(attempt), f"{request}: {response.status_code}")
                continue
            if response.status_code >= 400:
                raise VendorError(response.status_code, f"{self.label} {request}", self._redact(self._message(response)))
            return response
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _retry_after(self, response, attempt: int, request: str) -> float:
        header = response.headers.get(self.spec["retry_after"])
        wait = _seconds(header) if header is not None else self._backoff(attempt)
        if wait > self.retry.max_wait:
            raise VendorError(
                429, f"{self.label} {request}",
                f"rate limited for {wait:.0f} s ({self.spec['retry_after']}: {header}), longer than the "
                f"{self.retry.max_wait:.0f} s a push waits; run it again later",
            )
        return wait

    def _backoff(self, attempt: int) -> float:
        return min(self.retry.backoff * 2 ** (attempt - 1), self.retry.max_wait)

    def _wait(self, seconds: float, why: str) -> None:
        self.on_wait(f"{why}; retrying in {seconds:g} s")
        self.sleep(seconds)

    def _json(self, point: Endpoint, response) -> Any:
        try:
            return response.json()
        except ValueError:
            raise PushError(f"{self.label}: {point.request} answered {response.status_code} with no JSON") from None

    def _message(self, response) -> str:
        """The vendor's own words from an error body (targets.yaml `errors`), else its text."""
        try:
            body = response.json()
        except ValueError:
            return " ".join(response.text.split())[:300] or response.reason_phrase
        parts = []
        for path in self.spec["errors"]:
            value = dig(body, path)
            if value not in (None, "", [], {}):
                parts.append(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
        return ("; ".join(parts) or json.dumps(body, ensure_ascii=False))[:600]

    def _same_origin(self, point: Endpoint, url: str) -> str:
        if url.startswith("/"):
            return url
        if _origin(url) != self._origin:
            raise PushError(
                f"{self.label}: {point.request} pointed its next page to {_origin(url)}, not {self._origin}; "
                "refusing to send the credentials there"
            )
        return url

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


def _path(point: Endpoint, where: Mapping[str, Any]) -> str:
    try:
        return point.path.format(**{key: str(value) for key, value in where.items()})
    except KeyError as exc:
        raise PushError(f"{point.request} needs {exc.args[0]!r}") from None


def shown(url: str) -> str:
    """A request's path for messages (a next-page URL is shown without its host and query)."""
    return urlsplit(url).path or url


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _seconds(header: str) -> float:
    """A Retry-After value: delay-seconds or an HTTP-date (RFC 9110, 10.2.3)."""
    try:
        return max(0.0, float(header))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return 1.0
    import datetime

    return max(0.0, (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds())


def _auth(spec: Mapping, credentials: Mapping[str, str], base_url: str):
    import httpx

    from .auth import Bearer, ClientCredentials

    auth = spec["auth"]

    def filled(template: str) -> str:
        return str(template).format_map(credentials)

    if auth["type"] == "basic":
        return httpx.BasicAuth(filled(auth["username"]), filled(auth["password"]))
    if auth["type"] == "bearer":
        return Bearer(filled(auth["token"]))
    method, _, path = str(auth["token"]).partition(" ")
    return ClientCredentials(method, base_url.rstrip("/") + path, filled(auth["client_id"]), filled(auth["client_secret"]))
