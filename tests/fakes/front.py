"""Front Core API: message templates.

Written from Front's API reference and its OpenAPI description (github.com/frontapp/front-api-specs,
core-api/core-api.json):
- List message templates: https://dev.frontapp.com/reference/list-message-templates
  ({"_pagination": {"next"}, "_links": {"self"}, "_results": [MessageTemplateResponse]})
- Create message template: https://dev.frontapp.com/reference/create-message-template
  (CreateSharedMessageTemplate: name and body required; folder_id; inbox_ids "should be non-empty")
- Update message template: https://dev.frontapp.com/reference/update-message-template (PATCH)
- A template: {_links: {self, related: {owner, parent_folder}}, id "rsp_...", name, subject, body,
  attachments, is_available_for_all_inboxes, inbox_ids}
- Pagination: https://dev.frontapp.com/docs/pagination (`limit`, at most 100; follow _pagination.next)
- Rate limits: https://dev.frontapp.com/docs/rate-limiting (429; wait Retry-After seconds)
- Authentication: a Bearer API token
"""

from __future__ import annotations

from werkzeug.routing import Rule

from . import Fake, require, text


class FrontFake(Fake):
    name = "front"

    def __init__(self, token: str, folders: list[str], inboxes: list[str]):
        self.token = token
        self.folders, self.inboxes = set(folders), set(inboxes)
        self.templates: list[dict] = []
        super().__init__()

    def rules(self):
        return [
            Rule("/message_templates", endpoint="list_templates", methods=["GET"]),
            Rule("/message_templates", endpoint="create_template", methods=["POST"]),
            Rule("/message_templates/<template_id>", endpoint="update_template", methods=["PATCH"]),
        ]

    def authorized(self, request) -> bool:
        return self.bearer(request) == self.token

    def error(self, status, title, message):
        return self.json({"_error": {"status": status, "title": title, "message": message}}, status)

    def unauthorized(self):
        return self.error(401, "Unauthenticated", "Invalid token")

    def not_found(self):
        return self.error(404, "Not found", "Resource not found")

    def list_templates(self, request, body):
        start = self.offset(request.args.get("page_token"))
        page, following = self.page(self.templates, start, request.args.get("limit"))
        return self.json({
            "_pagination": {"next": f"{self.base_url}/message_templates?limit={self.page_size}&page_token="
                                    f"{self.cursor(following)}" if following else None},
            "_links": {"self": f"{self.base_url}/message_templates"},
            "_results": [self._view(template) for template in page],
        })

    def _problem(self, template):
        problems = require(template, [("name", text, "name is required"), ("body", text, "body is required")])
        if problems:
            return self.error(400, "Bad request", "; ".join(f"{f}: {m}" for f, m in problems))
        if "inbox_ids" in template and template["inbox_ids"] is not None:
            if not template["inbox_ids"]:
                return self.error(400, "Bad request", "inbox_ids should be non-empty")
            if set(template["inbox_ids"]) - self.inboxes:
                return self.error(404, "Not found", f"Unknown inbox {sorted(set(template['inbox_ids']) - self.inboxes)}")
        if template.get("folder_id") is not None and template["folder_id"] not in self.folders:
            return self.error(404, "Not found", f"Unknown message template folder {template['folder_id']}")
        return None

    def _view(self, template):
        folder = template.get("folder_id")
        return {
            "_links": {"self": f"{self.base_url}/message_templates/{template['id']}", "related": {
                "owner": None,
                "parent_folder": f"{self.base_url}/message_template_folders/{folder}" if folder else None}},
            "id": template["id"], "name": template["name"], "subject": template.get("subject"),
            "body": template["body"], "attachments": [],
            "is_available_for_all_inboxes": not template.get("inbox_ids"), "inbox_ids": template.get("inbox_ids"),
        }

    def create_template(self, request, body):
        problem = self._problem(body or {})
        if problem:
            return problem
        stored = {"id": f"rsp_{self.new_id()}", **body}
        self.templates.append(stored)
        return self.json(self._view(stored), 201)

    def update_template(self, request, body, template_id):
        index = next((i for i, t in enumerate(self.templates) if t["id"] == template_id), None)
        if index is None:
            return self.not_found()
        merged = {**self.templates[index], **(body or {})}
        problem = self._problem(merged)
        if problem:
            return problem
        self.templates[index] = merged
        return self.json(self._view(merged))
