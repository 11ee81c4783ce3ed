"""Zendesk Support API: dynamic content items and variants, macros.

Written from Zendesk's API reference:
- Dynamic Content Items: https://developer.zendesk.com/api-reference/ticketing/ticket-management/dynamic_content/
  (List Items, Create Item; an item's JSON embeds its variants; the placeholder is derived from the name)
- Dynamic Content Item Variants:
  https://developer.zendesk.com/api-reference/ticketing/ticket-management/dynamic_content_item_variants/
  (Create Many Variants; Update Many Variants: "You must specify the variants by id in the body";
  locale_id must be an active locale of the account; `default` is the fallback variant)
- Macros: https://developer.zendesk.com/api-reference/ticketing/business-rules/macros/
  (List Macros, Create Macro: title and actions are mandatory, Update Macro)
- Pagination: https://developer.zendesk.com/api-reference/introduction/pagination/ (cursor
  pagination: page[size], page[after]; meta.has_more, meta.after_cursor, links.next)
- Errors and rate limits: https://developer.zendesk.com/api-reference/introduction/requests/,
  https://developer.zendesk.com/api-reference/introduction/rate-limits/ (429 with Retry-After;
  422 {"error": "RecordInvalid", "description": ..., "details": {field: [{"description", "error"}]}})
- Auth: https://developer.zendesk.com/api-reference/introduction/security-and-auth/
  (Basic auth with "{email}/token" and the API token)
"""

from __future__ import annotations

import re

from werkzeug.routing import Rule

from . import Fake, require, text


class ZendeskFake(Fake):
    name = "zendesk"

    def __init__(self, email: str, token: str, locale_ids: list[int]):
        self.email, self.token = email, token
        self.locale_ids = set(locale_ids)  # the account's active locales
        self.items: list[dict] = []
        self.macros: list[dict] = []
        super().__init__()

    def rules(self):
        return [
            Rule("/api/v2/dynamic_content/items", endpoint="list_items", methods=["GET"]),
            Rule("/api/v2/dynamic_content/items", endpoint="create_item", methods=["POST"]),
            Rule("/api/v2/dynamic_content/items/<int:item_id>/variants/create_many", endpoint="create_variants",
                 methods=["POST"]),
            Rule("/api/v2/dynamic_content/items/<int:item_id>/variants/update_many", endpoint="update_variants",
                 methods=["PUT"]),
            Rule("/api/v2/macros", endpoint="list_macros", methods=["GET"]),
            Rule("/api/v2/macros", endpoint="create_macro", methods=["POST"]),
            Rule("/api/v2/macros/<int:macro_id>", endpoint="update_macro", methods=["PUT"]),
        ]

    def authorized(self, request) -> bool:
        return self.basic(request) == (f"{self.email}/token", self.token)

    def unauthorized(self):
        return self.json({"error": "Couldn't authenticate you"}, 401)

    def not_found(self):
        return self.json({"error": "RecordNotFound", "description": "Not found"}, 404)

    def invalid(self, problems):
        details = {field: [{"description": f"{field}: {message}", "error": "InvalidValue"}] for field, message in problems}
        return self.json({"error": "RecordInvalid", "description": "Record validation errors", "details": details}, 422)

    def listing(self, request, key, objects):
        start = self.offset(request.args.get("page[after]"))
        page, following = self.page(objects, start, request.args.get("page[size]"))
        after = self.cursor(following) if following is not None else None
        path = request.path
        return self.json({
            key: page,
            "meta": {"has_more": following is not None, "after_cursor": after, "before_cursor": None},
            "links": {"next": f"{self.base_url}{path}?page%5Bsize%5D={self.page_size}&page%5Bafter%5D={after}"
                      if after else None, "prev": None},
        })

    # -- dynamic content ---------------------------------------------------------------

    def list_items(self, request, body):
        return self.listing(request, "items", self.items)

    def _variant_problems(self, variants, *, new: bool):
        problems = []
        for i, variant in enumerate(variants):
            problems += [(f"variants.{i}.{f}", m) for f, m in require(variant, [
                ("content", text, "cannot be blank"),
                ("locale_id", lambda v: v in self.locale_ids, "must be an active locale of the account"),
            ])]
            if new and "id" in variant:
                problems.append((f"variants.{i}.id", "is assigned by Zendesk"))
        return problems

    def create_item(self, request, body):
        item = (body or {}).get("item") or {}
        problems = require(item, [
            ("name", text, "cannot be blank"),
            ("default_locale_id", lambda v: v in self.locale_ids, "must be an active locale of the account"),
            ("variants", lambda v: isinstance(v, list) and v, "an item needs its default variant"),
        ])
        variants = item.get("variants") or []
        problems += self._variant_problems(variants, new=True)
        if any(other["name"] == item.get("name") for other in self.items):
            problems.append(("name", "has already been taken"))
        defaults = [v for v in variants if v.get("default")]
        if not problems and (len(defaults) != 1 or defaults[0]["locale_id"] != item["default_locale_id"]):
            problems.append(("variants", "exactly one variant, for default_locale_id, must be the default"))
        if len({v.get("locale_id") for v in variants}) != len(variants):
            problems.append(("variants", "one variant per locale"))
        if problems:
            return self.invalid(problems)
        stored = {
            "id": self.new_id(), "name": item["name"], "default_locale_id": item["default_locale_id"],
            "placeholder": "{{dc.%s}}" % re.sub(r"[^a-z0-9]+", "_", item["name"].lower()), "outdated": False,
            "variants": [self._variant(v) for v in variants],
        }
        self.items.append(stored)
        return self.json({"item": stored}, 201)

    def _variant(self, variant):
        return {"id": self.new_id(), "content": variant["content"], "locale_id": variant["locale_id"],
                "active": variant.get("active", True), "default": bool(variant.get("default")), "outdated": False}

    def _item(self, item_id):
        return next((item for item in self.items if item["id"] == item_id), None)

    def create_variants(self, request, body, item_id):
        item = self._item(item_id)
        if item is None:
            return self.not_found()
        variants = (body or {}).get("variants") or []
        problems = self._variant_problems(variants, new=True)
        taken = {v["locale_id"] for v in item["variants"]}
        problems += [("locale_id", f"{v['locale_id']} already has a variant; update it by id")
                     for v in variants if v.get("locale_id") in taken]
        if problems or not variants:
            return self.invalid(problems or [("variants", "cannot be empty")])
        created = [self._variant(v) for v in variants]
        item["variants"] += created
        for variant in created:
            if variant["default"]:
                self._make_default(item, variant)
        return self.json({"variants": created}, 201)

    def update_variants(self, request, body, item_id):
        item = self._item(item_id)
        if item is None:
            return self.not_found()
        variants = (body or {}).get("variants") or []
        by_id = {v["id"]: v for v in item["variants"]}
        # the variant-id rule: update_many finds each variant by its id, never by locale
        missing = [i for i, v in enumerate(variants) if "id" not in v]
        if missing:
            return self.json({"error": "InvalidValue", "description": "You must specify the variants by id",
                              "details": {"id": [{"description": f"variant {i} has no id"} for i in missing]}}, 400)
        unknown = [v["id"] for v in variants if v["id"] not in by_id]
        if unknown:
            return self.invalid([("id", f"{unknown} are not variants of item {item_id}")])
        if any("content" in v and not text(v["content"]) for v in variants):
            return self.invalid([("content", "cannot be blank")])
        for change in variants:
            variant = by_id[change["id"]]
            for key in ("content", "active"):
                if key in change:
                    variant[key] = change[key]
            if change.get("default") is True:
                self._make_default(item, variant)
            elif change.get("default") is False and variant["default"]:
                variant["default"] = False
        return self.json({"variants": [by_id[v["id"]] for v in variants]})

    @staticmethod
    def _make_default(item, chosen):
        for variant in item["variants"]:
            variant["default"] = variant is chosen
        item["default_locale_id"] = chosen["locale_id"]

    # -- macros -----------------------------------------------------------------------

    def list_macros(self, request, body):
        return self.listing(request, "macros", self.macros)

    def _macro_problems(self, macro):
        return require(macro, [
            ("title", text, "cannot be blank"),
            ("actions", lambda v: isinstance(v, list) and v and all(isinstance(a, dict) and "field" in a for a in v),
             "a macro needs at least one action"),
        ])

    def create_macro(self, request, body):
        macro = (body or {}).get("macro") or {}
        problems = self._macro_problems(macro)
        if problems:
            return self.invalid(problems)
        stored = {"id": self.new_id(), "active": True, "default": False, "position": 0, "restriction": None,
                  "description": None, **macro}
        self.macros.append(stored)
        return self.json({"macro": stored}, 201)

    def update_macro(self, request, body, macro_id):
        stored = next((m for m in self.macros if m["id"] == macro_id), None)
        if stored is None:
            return self.not_found()
        macro = (body or {}).get("macro") or {}
        problems = self._macro_problems({**stored, **macro})
        if problems:
            return self.invalid(problems)
        stored.update(macro)
        return self.json({"macro": stored})
