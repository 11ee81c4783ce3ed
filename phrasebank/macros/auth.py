"""The two authentication schemes httpx does not ship, written as httpx.Auth flows.

httpx's `Auth` is its documented extension point: a generator that may send a request
of its own (the token request) before the real one. Basic auth is httpx's own.
"""

from __future__ import annotations

import httpx

from .api import PushError, shown


class Bearer(httpx.Auth):
    """A static API token (Front)."""

    def __init__(self, token: str):
        self._token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class ClientCredentials(httpx.Auth):
    """OAuth 2.0 client credentials (RFC 6749, 4.4; Help Scout's private apps): one token per push."""

    requires_response_body = True

    def __init__(self, method: str, url: str, client_id: str, client_secret: str):
        self._request = (method, url)
        self._form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
        self._token: str | None = None

    def auth_flow(self, request):
        if self._token is None:
            response = yield httpx.Request(self._request[0], self._request[1], data=self._form)
            token = None
            if response.status_code == 200:
                try:
                    token = response.json().get("access_token")
                except ValueError:
                    token = None
            if not token:
                raise PushError(
                    f"the OAuth token request ({self._request[0]} {shown(self._request[1])}) answered "
                    f"{response.status_code} without an access_token: check the app id and secret"
                )
            self._token = token
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request
