"""The REST channel, with its input checked.

Rasa's own RestInput answers a malformed body with a server error, stores
whatever metadata a client sends, and logs the message text when something
fails. This one refuses malformed bodies with 400, keeps no client metadata,
and cleans the text first. It keeps the name "rest", so the URL stays
/webhooks/rest/webhook.

Rasa also serves a model that failed to load: it answers every message with
silence. Here such a server answers each message with 503 and the numbers
(SOMETHING_WENT_WRONG), and GET /webhooks/rest/ready says whether a model is
loaded, so the launcher (bot/serve.py) can refuse to call it ready.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, Sanic, response
from sanic.exceptions import InvalidUsage
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.text import clean_message

logger = logging.getLogger(__name__)

SENDER_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")
# Said when handling a message fails, so the person still leaves with numbers.
SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side. If you are in danger right now, call 911. "
    "To find services any time, call 211."
)


def model_loaded(app: Sanic) -> bool:
    agent = getattr(app.ctx, "agent", None)
    return agent is not None and agent.is_ready()


def json_body(request: Request) -> dict[str, Any]:
    try:
        body = request.json
    except Exception as error:  # sanic raises its own type for unparsable JSON
        raise InvalidUsage("The body must be JSON.") from error
    if not isinstance(body, dict):
        raise InvalidUsage('The body must be a JSON object: {"sender": "...", "message": "..."}.')
    return body


class SafeRestInput(RestInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa logs the message text when handling fails; we log only the error type."""

        async def guarded(message: UserMessage) -> None:
            try:
                await on_new_message(message)
            except Exception as error:
                logger.error("handling a message failed: %s", type(error).__name__)
                await message.output_channel.send_text_message(message.sender_id, SOMETHING_WENT_WRONG)

        blueprint = super().blueprint(guarded)

        @blueprint.route("/ready", methods=["GET"])
        async def ready(request: Request) -> HTTPResponse:
            if model_loaded(request.app):
                return response.json({"status": "ready"})
            return response.json({"status": "no model loaded"}, status=503)

        @blueprint.on_request
        async def refuse_without_model(request: Request) -> HTTPResponse | None:
            if request.method != "POST" or model_loaded(request.app):
                return None
            logger.error("a message arrived but no model is loaded")
            return response.json([{"recipient_id": "", "text": SOMETHING_WENT_WRONG}], status=503)

        return blueprint

    @classmethod
    def name(cls) -> str:
        return "rest"

    async def _extract_sender(self, req: Request) -> str:
        sender = json_body(req).get("sender")
        if not isinstance(sender, str) or not SENDER_ID.match(sender):
            raise InvalidUsage('"sender" must be 1-128 letters, digits or _.:- characters.')
        return sender

    def _extract_message(self, req: Request) -> str:
        message = json_body(req).get("message")
        if not isinstance(message, str):
            raise InvalidUsage('"message" must be a string.')
        return clean_message(message)

    def _extract_input_channel(self, req: Request) -> str:
        return self.name()

    def get_metadata(self, request: Request) -> None:
        """Client metadata is not kept: it would end up in the tracker store."""
        return None
