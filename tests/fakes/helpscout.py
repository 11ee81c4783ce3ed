"""Help Scout Mailbox API 2.0: saved replies, with OAuth2 client credentials.

Written from Help Scout's developer documentation:
- Authentication: https://developer.helpscout.com/mailbox-api/overview/authentication/ (Client
  Credentials Flow: POST /v2/oauth2/token with grant_type=client_credentials, client_id, client_secret;
  the answer's access_token is sent as "Authorization: Bearer ...")
- List Saved Replies: https://developer.helpscout.com/mailbox-api/endpoints/mailboxes/saved_Replies/saved-replies-list
  (an array of {id, name, preview}: no text; includeChatReplies)
- Get Saved Reply: https://developer.helpscout.com/mailbox-api/endpoints/inboxes/saved_Replies/saved-replies-get/
  ({id, name, text, chatText})
- Create Saved Reply: https://developer.helpscout.com/mailbox-api/endpoints/mailboxes/saved_Replies/saved-replies-create
  (name required; 201 Created)
- Update Saved Reply: https://developer.helpscout.com/mailbox-api/endpoints/inboxes/saved_Replies/saved-replies-update
  (name required; 204 No Content)
- Rate limiting: https://developer.helpscout.com/mailbox-api/overview/rate-limiting/ (429 with
  X-RateLimit-Retry-After); errors: https://developer.helpscout.com/mailbox-api/overview/errors/
  ({"message", "logRef", "_embedded": {"errors": [{"path", "message"}]}})
"""

from __future__ import annotations

from werkzeug.routing import Rule
from werkzeug.wrappers import Response

from . import Fake, require, text


class HelpScoutFake(Fake):
    name = "helpscout"

    def __init__(self, app_id: str, app_secret: str, mailboxes: list[int]):
        self.app_id, self.app_secret = app_id, app_secret
        self.tokens: set[str] = set()
        self.replies: dict[int, list[dict]] = {mailbox: [] for mailbox in mailboxes}
        super().__init__()

    def rules(self):
        return [
            Rule("/v2/oauth2/token", endpoint="token", methods=["POST"]),
            Rule("/v2/mailboxes/<int:mailbox>/saved-replies", endpoint="list_replies", methods=["GET"]),
            Rule("/v2/mailboxes/<int:mailbox>/saved-replies", endpoint="create_reply", methods=["POST"]),
            Rule("/v2/mailboxes/<int:mailbox>/saved-replies/<int:reply_id>", endpoint="get_reply", methods=["GET"]),
            Rule("/v2/mailboxes/<int:mailbox>/saved-replies/<int:reply_id>", endpoint="update_reply", methods=["PUT"]),
        ]

    def authorized(self, request) -> bool:
        return request.path == "/v2/oauth2/token" or self.bearer(request) in self.tokens

    def _is_token(self, logged) -> bool:
        return logged.path == "/v2/oauth2/token"

    def unauthorized(self):
        return self.json({"message": "Unauthorized", "logRef": "fake#1"}, 401)

    def not_found(self):
        return self.json({"message": "Not Found", "logRef": "fake#2"}, 404)

    def invalid(self, problems):
        return self.json({"message": "Bad request", "logRef": "fake#3", "_embedded": {
            "errors": [{"path": f, "message": m, "source": "JSON"} for f, m in problems]}}, 400)

    def token(self, request, body):
        form = body or {}
        if (form.get("grant_type"), form.get("client_id"), form.get("client_secret")) != (
                "client_credentials", self.app_id, self.app_secret):
            return self.json({"error": "invalid_client"}, 401)
        token = f"token-{self.new_id()}"
        self.tokens.add(token)
        return self.json({"token_type": "bearer", "access_token": token, "expires_in": 172800})

    def list_replies(self, request, body, mailbox):
        if mailbox not in self.replies:
            return self.not_found()
        return self.json([{"id": r["id"], "name": r["name"], "preview": r["text"][:80]} for r in self.replies[mailbox]])

    def get_reply(self, request, body, mailbox, reply_id):
        reply = next((r for r in self.replies.get(mailbox, []) if r["id"] == reply_id), None)
        return self.json(reply) if reply else self.not_found()

    def create_reply(self, request, body, mailbox):
        if mailbox not in self.replies:
            return self.not_found()
        problems = require(body or {}, [("name", text, "may not be empty")])
        if problems:
            return self.invalid(problems)
        reply = {"id": self.new_id(), "name": body["name"], "text": body.get("text", ""),
                 "chatText": body.get("chatText", "")}
        self.replies[mailbox].append(reply)
        return Response("", status=201, headers={"Resource-ID": str(reply["id"]),
                                                 "Location": f"{self.base_url}{request.path}/{reply['id']}"})

    def update_reply(self, request, body, mailbox, reply_id):
        reply = next((r for r in self.replies.get(mailbox, []) if r["id"] == reply_id), None)
        if reply is None:
            return self.not_found()
        problems = require(body or {}, [("name", text, "may not be empty")])
        if problems:
            return self.invalid(problems)
        reply.update({key: body[key] for key in ("name", "text", "chatText") if key in body})
        return Response("", status=204)
