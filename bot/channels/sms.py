"""An SMS channel for Twilio webhooks that is safe to put on a real phone number.

Rasa's own Twilio connector trusts any request, stores the phone number as the
conversation id, sends replies with blocking calls and answers a picture with a
server error. This one:

- answers only requests signed with our Twilio auth token (X-Twilio-Signature,
  checked against the public URL Twilio calls, which a proxy hides from us);
- keys the conversation by an HMAC of the number, so the number reaches
  neither the tracker store nor the logs;
- replies inside the webhook response as TwiML, so nothing blocks on Twilio;
- honours STOP / START, HELP and FORGET, and throttles floods;
- answers each MessageSid once: the same signed request sent again gets silence;
- answers bad input with a polite text or a 4xx, never a 500.

Settings come from the environment (see `SmsSettings.from_env`). Without the
required ones the channel stays registered but refuses every request with 503,
so `make run` works without SMS.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, Sanic, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels import keywords
from bot.channels.keywords import Keyword
from bot.channels.rest import SOMETHING_WENT_WRONG, model_loaded
from bot.channels.sms_format import chosen_payload, render_turn
from bot.channels.sms_state import Rate, SmsState
from bot.channels.text import clean_message
from bot.channels.trackers import delete_conversation, offered_payloads
from bot.paths import ROOT

logger = logging.getLogger(__name__)

# A real Twilio webhook is a few kilobytes; a 1,600-character body of emoji,
# percent-encoded, stays under 64 KB.
MAX_REQUEST_BYTES = 64 * 1024
MAX_SENDER_CHARS = 64
MIN_SECRET_BYTES = 16
FORM_TYPE = "application/x-www-form-urlencoded"
# What the bot is told when someone texts HELP: the same start as a greeting.
HELP_FLOW_PAYLOAD = "/greet"
REQUIRED_ENV = ("TWILIO_AUTH_TOKEN", "SMS_ID_SECRET", "SMS_PUBLIC_URL")
MessageHandler = Callable[[UserMessage], Awaitable[Any]]


@dataclass(frozen=True)
class SmsSettings:
    auth_token: str
    id_secret: bytes
    public_url: str
    state_db: Path
    rate_limit: int
    rate_window_seconds: float
    service_name: str

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> SmsSettings:
        """Read and check the settings; a ValueError names what is missing or wrong, never a value."""
        missing = [name for name in REQUIRED_ENV if not env.get(name)]
        if missing:
            raise ValueError(f"SMS channel disabled: set {', '.join(missing)}")
        secret = env["SMS_ID_SECRET"].encode()
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"SMS channel disabled: SMS_ID_SECRET must be at least {MIN_SECRET_BYTES} characters")
        url = urlsplit(env["SMS_PUBLIC_URL"])
        if url.scheme not in ("http", "https") or not url.netloc:
            raise ValueError("SMS channel disabled: SMS_PUBLIC_URL must be the full http(s) URL Twilio calls")
        return cls(
            auth_token=env["TWILIO_AUTH_TOKEN"],
            id_secret=secret,
            # The query string, if any, is taken from each request.
            public_url=urlunsplit((url.scheme, url.netloc, url.path, "", "")),
            state_db=Path(env.get("SMS_STATE_DB") or ROOT / "sms_state.db"),
            rate_limit=int(env.get("SMS_RATE_LIMIT") or 30),
            rate_window_seconds=float(env.get("SMS_RATE_WINDOW_SECONDS") or 600),
            service_name=env.get("SMS_SERVICE_NAME") or "CT Help Finder",
        )

    def conversation_id(self, phone_number: str) -> str:
        """HMAC-SHA256 of the number: stable per person, meaningless without the secret."""
        return hmac.new(self.id_secret, phone_number.encode(), hashlib.sha256).hexdigest()


class TurnCollector(OutputChannel):
    """Keeps each bot message whole (text, buttons and custom payload together) to render as SMS."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    @classmethod
    def name(cls) -> str:
        return "sms"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.messages.append(dict(message))

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        self.messages.append({"text": text})


def twiml(bodies: Sequence[str]) -> HTTPResponse:
    """The reply inside the webhook response; no bodies means silence."""
    reply = MessagingResponse()
    for body in bodies:
        reply.message(body)
    return response.text(str(reply), content_type="text/xml; charset=utf-8")


def form_parameters(request: Request) -> RequestParameters:
    """The posted fields as Twilio signed them: blank values kept (Sanic's own parser drops them)."""
    return RequestParameters(parse_qs(request.body.decode("utf-8"), keep_blank_values=True))


class SmsWebhook:
    """What one signed, well-formed webhook request gets back, given the configured settings."""

    def __init__(self, settings: SmsSettings) -> None:
        self.settings = settings
        self.state = SmsState(settings.state_db)
        self.help_text = keywords.help_text(settings.service_name)
        self.validator = RequestValidator(settings.auth_token)

    def is_signed(self, request: Request, form: RequestParameters) -> bool:
        signature = request.headers.get("x-twilio-signature")
        url = f"{self.settings.public_url}?{request.query_string}" if request.query_string else self.settings.public_url
        return bool(signature) and self.validator.validate(url, form, signature)

    async def answer(self, request: Request, on_new_message: MessageHandler, form: RequestParameters) -> HTTPResponse:
        if not self.is_signed(request, form):
            logger.warning("refused an SMS webhook request without a valid signature")
            return response.text("Forbidden.", status=403)
        sender = (form.get("From") or "").strip()
        if not sender or len(sender) > MAX_SENDER_CHARS or not sender.isprintable():
            return response.text('"From" is missing or malformed.', status=400)
        try:
            turn = await self.replies(request.app, on_new_message, form, self.settings.conversation_id(sender))
        except Exception as error:
            logger.error("answering an SMS failed: %s", type(error).__name__)
            turn = [{"text": SOMETHING_WENT_WRONG}]
        return twiml(render_turn(turn))

    async def replies(
        self, app: Sanic, on_new_message: MessageHandler, form: RequestParameters, subscriber: str
    ) -> list[dict[str, Any]]:
        """The messages to send: nothing for a repeat, then keywords, opt-out silence, the rate limit, the bot."""
        settings, state, agent = self.settings, self.state, app.ctx.agent
        message_sid = (form.get("MessageSid") or "").strip()
        if message_sid and not state.first_delivery(message_sid):
            logger.warning("ignored an SMS webhook request sent again (same MessageSid)")
            return []
        text = clean_message(form.get("Body") or "")
        word = keywords.keyword(text)

        if word is Keyword.STOP:
            return [{"text": keywords.stop_text(settings.service_name)}] if state.opt_out(subscriber) else []
        # Erasing is honoured even when the person has opted out or is throttled.
        forgotten = await delete_conversation(agent, subscriber) if word is Keyword.FORGET else False
        if word is Keyword.START:
            state.opt_in(subscriber)
        elif state.is_opted_out(subscriber):
            return []
        rate = state.count_message(subscriber, settings.rate_limit, settings.rate_window_seconds)
        if rate is Rate.SILENT:
            return []
        if rate is Rate.NOTICE:
            return [{"text": keywords.throttled_text(settings.rate_window_seconds)}]

        if word is Keyword.START:
            return [{"text": keywords.start_text(settings.service_name)}]
        if word is Keyword.FORGET:
            return [{"text": keywords.FORGOTTEN if forgotten else keywords.NOT_FORGOTTEN}]
        if not model_loaded(app):
            logger.error("an SMS arrived but no model is loaded")
            return [{"text": SOMETHING_WENT_WRONG}]
        if not text:
            has_media = (form.get("NumMedia") or "0").strip() not in ("", "0")
            return [{"text": keywords.MEDIA_ONLY if has_media else keywords.EMPTY}]
        if word is Keyword.HELP:
            turn = await ask_bot(on_new_message, HELP_FLOW_PAYLOAD, subscriber)
            return [{"text": self.help_text}, *turn]
        choice = chosen_payload(text, await offered_payloads(agent, subscriber))
        return await ask_bot(on_new_message, choice or text, subscriber)


async def ask_bot(on_new_message: MessageHandler, text: str, subscriber: str) -> list[dict[str, Any]]:
    """The bot's whole turn; when handling fails, a reply that still gives the person numbers."""
    collector = TurnCollector()
    try:
        await on_new_message(UserMessage(text, collector, subscriber, input_channel=SmsInput.name()))
    except Exception as error:
        # Rasa logs the message text on failure; we log only what went wrong.
        logger.error("handling an SMS failed: %s", type(error).__name__)
        return [{"text": SOMETHING_WENT_WRONG}]
    return collector.messages


class SmsInput(InputChannel):
    """POST /webhooks/sms/webhook, for the Twilio console's "A message comes in" webhook."""

    def __init__(self, webhook: SmsWebhook | None) -> None:
        self.webhook = webhook

    @classmethod
    def name(cls) -> str:
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        try:
            return cls(SmsWebhook(SmsSettings.from_env()))
        except ValueError as problem:
            logger.warning("%s", problem)
            return cls(None)

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        blueprint = Blueprint("sms_webhook", __name__)

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.webhook else "not configured"})

        @blueprint.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if self.webhook is None:
                return response.text("SMS is not configured on this server.", status=503)
            if len(request.body) > MAX_REQUEST_BYTES:
                return response.text("Request too large.", status=413)
            if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM_TYPE:
                return response.text("Expected a form-encoded Twilio webhook.", status=415)
            try:
                form = form_parameters(request)
            except UnicodeDecodeError:
                return response.text("The form must be UTF-8.", status=400)
            return await self.webhook.answer(request, on_new_message, form)

        return blueprint
