"""Gorgias REST API: macros.

Written from Gorgias' developer documentation:
- The Macro object: https://developers.gorgias.com/reference/the-macro-object (id, external_id —
  "not used by Gorgias, feel free to set it to your own value" —, name, intent, language in
  ISO 639-1, actions, usage...)
- List / Create / Update macros: https://developers.gorgias.com/reference/list-macros,
  https://developers.gorgias.com/reference/create-macro, https://developers.gorgias.com/reference/update-macro
- Cursor pagination: https://developers.gorgias.com/changelog/deprecation-offset-based-pagination
  (`limit` and `cursor`; the answer's meta.next_cursor is null on the last page; {"data", "meta", "object", "uri"})
- Errors: https://developers.gorgias.com/reference/errors-1 (400: "Read the error attribute contained
  in the data of the HTTP response"); 429 Too Many Requests with Retry-After
- Authentication: Basic auth with the user's email and an API key
"""

from __future__ import annotations

import re

from werkzeug.routing import Rule

from . import Fake, require, text


class GorgiasFake(Fake):
    name = "gorgias"

    def __init__(self, email: str, api_key: str):
        self.email, self.api_key = email, api_key
        self.macros: list[dict] = []
        super().__init__()

    def rules(self):
        return [
            Rule("/api/macros", endpoint="list_macros", methods=["GET"]),
            Rule("/api/macros", endpoint="create_macro", methods=["POST"]),
            Rule("/api/macros/<int:macro_id>", endpoint="update_macro", methods=["PUT"]),
        ]

    def authorized(self, request) -> bool:
        return self.basic(request) == (self.email, self.api_key)

    def invalid(self, problems):
        return self.json({"error": {"msg": "Invalid request data", "data": {f: [m] for f, m in problems}}}, 400)

    def list_macros(self, request, body):
        page, following = self.page(self.macros, self.offset(request.args.get("cursor")), request.args.get("limit"))
        return self.json({"data": page, "object": "list", "uri": "/api/macros",
                          "meta": {"prev_cursor": None, "next_cursor": self.cursor(following) if following else None}})

    def _problems(self, macro):
        return require(macro, [
            ("name", text, "Missing data for required field."),
            ("language", lambda v: v is None or (isinstance(v, str) and re.fullmatch("[a-z]{2}", v)),
             "Not a valid ISO 639-1 language code."),
            ("actions", lambda v: v is None or (isinstance(v, list) and all(isinstance(a, dict) and "name" in a
                                                                            for a in v)), "Invalid actions."),
        ])

    def create_macro(self, request, body):
        problems = self._problems(body or {})
        if problems:
            return self.invalid(problems)
        stored = {"id": self.new_id(), "usage": 0, "intent": None, "external_id": None, "language": None,
                  "actions": [], **body, "uri": ""}
        stored["uri"] = f"/api/macros/{stored['id']}/"
        self.macros.append(stored)
        return self.json(stored, 201)

    def update_macro(self, request, body, macro_id):
        stored = next((m for m in self.macros if m["id"] == macro_id), None)
        if stored is None:
            return self.json({"error": {"msg": "Resource not found"}}, 404)
        problems = self._problems({**stored, **(body or {})})
        if problems:
            return self.invalid(problems)
        stored.update(body)
        return self.json(stored)
