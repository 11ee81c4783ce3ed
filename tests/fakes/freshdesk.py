"""Freshdesk API v2: canned response folders and canned responses.

Written from Freshdesk's API reference, https://developers.freshdesk.com/api/:
- Canned Response Folders (#canned-response-folders): List All (`GET /api/v2/canned_response_folders`,
  an array of {id, name, personal, responses_count, ...}), Create (`POST`, {"name"}; a folder name is unique),
  List Canned Responses in a Folder (`GET /api/v2/canned_response_folders/{id}/responses`)
- Canned Responses (#canned-responses): Create (`POST /api/v2/canned_responses`: title, content_html,
  folder_id and visibility are mandatory; visibility 0 all agents, 1 personal, 2 groups), Update (`PUT .../{id}`)
- Pagination (#pagination): `page` and `per_page` (at most 100); a `link` header with rel="next"
  points to the next page while there is one
- Errors (#error): {"description": "Validation failed", "errors": [{"field", "message", "code"}]};
  rate limits (#ratelimit): 429 with Retry-After
- Authentication (#authentication): Basic auth with the API key as user name and any password ("X")
"""

from __future__ import annotations

from werkzeug.routing import Rule

from . import Fake, require, text


class FreshdeskFake(Fake):
    name = "freshdesk"

    def __init__(self, api_key: str):
        self.api_key = api_key
        self.folders: list[dict] = [{"id": 1, "name": "General", "personal": False, "responses_count": 0}]
        self.responses: list[dict] = []
        super().__init__()

    def rules(self):
        return [
            Rule("/api/v2/canned_response_folders", endpoint="list_folders", methods=["GET"]),
            Rule("/api/v2/canned_response_folders", endpoint="create_folder", methods=["POST"]),
            Rule("/api/v2/canned_response_folders/<int:folder_id>/responses", endpoint="list_responses",
                 methods=["GET"]),
            Rule("/api/v2/canned_responses", endpoint="create_response", methods=["POST"]),
            Rule("/api/v2/canned_responses/<int:response_id>", endpoint="update_response", methods=["PUT"]),
        ]

    def authorized(self, request) -> bool:
        credentials = self.basic(request)
        return credentials is not None and credentials[0] == self.api_key

    def unauthorized(self):
        return self.json({"code": "invalid_credentials", "message": "You have to be logged in to perform this action."},
                         401)

    def not_found(self):
        return self.json({"description": "Not found", "errors": []}, 404)

    def invalid(self, problems, status=400):
        return self.json({"description": "Validation failed",
                          "errors": [{"field": f, "message": m, "code": "invalid_value"} for f, m in problems]}, status)

    def list_folders(self, request, body):
        for folder in self.folders:
            folder["responses_count"] = sum(r["folder_id"] == folder["id"] for r in self.responses)
        return self.json(self.folders)

    def create_folder(self, request, body):
        problems = require(body or {}, [("name", text, "It should be a/an String")])
        if problems:
            return self.invalid(problems)
        if any(f["name"] == body["name"] for f in self.folders):
            return self.json({"description": "Validation failed", "errors": [
                {"field": "name", "message": "It should be a unique value", "code": "duplicate_value"}]}, 409)
        folder = {"id": self.new_id(), "name": body["name"], "personal": False, "responses_count": 0}
        self.folders.append(folder)
        return self.json(folder, 201)

    def list_responses(self, request, body, folder_id):
        if not any(f["id"] == folder_id for f in self.folders):
            return self.not_found()
        mine = [r for r in self.responses if r["folder_id"] == folder_id]
        number = int(request.args.get("page", 1))
        page, following = self.page(mine, (number - 1) * self.page_size, request.args.get("per_page"))
        headers = {}
        if following is not None:
            headers["Link"] = f'<{self.base_url}{request.path}?page={number + 1}&per_page={self.page_size}>; rel="next"'
        return self.json(page, headers=headers)

    def _problems(self, document):
        return require(document, [
            ("title", text, "It should be a/an String"),
            ("content_html", text, "It should be a/an String"),
            ("folder_id", lambda v: any(f["id"] == v for f in self.folders), "There is no folder with this id"),
            ("visibility", lambda v: v in (0, 1, 2), "It should be one of these values: '0,1,2'"),
        ])

    def create_response(self, request, body):
        problems = self._problems(body or {})
        if problems:
            return self.invalid(problems)
        stored = {"id": self.new_id(), "title": body["title"], "content_html": body["content_html"],
                  "content": body["content_html"], "folder_id": body["folder_id"], "attachments": []}
        self.responses.append(stored)
        return self.json(stored, 201)

    def update_response(self, request, body, response_id):
        stored = next((r for r in self.responses if r["id"] == response_id), None)
        if stored is None:
            return self.not_found()
        problems = self._problems({**stored, "visibility": 0, **(body or {})})
        if problems:
            return self.invalid(problems)
        stored.update({key: body[key] for key in ("title", "content_html", "folder_id") if key in body})
        stored["content"] = stored["content_html"]
        return self.json(stored)
