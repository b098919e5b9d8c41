"""The web chat widget's channel: its files, its webhook, and forgetting on exit.

Served by the Rasa server itself under /widget/, so an agency embeds one
script tag and runs nothing else:

- GET /widget/widget.js, /widget/widget.css: the widget (bot/widget/), loaded
  by the agency's page with one `<script>` tag;
- GET /widget/demo: a page that embeds it exactly as an agency would;
- POST /widget/webhook {"sender", "message"}: the checked REST channel, but each
  bot response comes back whole (text, buttons and custom payload in one
  object) instead of Rasa's REST output, which splits text into paragraphs and
  sends the custom payload on its own, leaving the widget to guess which cards
  belong to which text;
- POST /widget/forget (body: the sender id): deletes the conversation from the
  tracker store; the widget sends it with navigator.sendBeacon when the person
  exits or leaves the page. The sender id is 128 random bits held only in the
  page's memory, so only that page can name it.

Every answer says `Cache-Control: no-store` (nothing in the browser's cache for
someone to find) and carries a strict Content-Security-Policy: no inline script
or style anywhere, scripts, styles and requests to this server only, no
framing. Other sites may call the webhook only from origins allowed with
`--cors` (README, "Chat widget"); by default none is.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.rest import SENDER_ID, SafeRestInput
from bot.channels.trackers import delete_conversation

WIDGET_DIR = Path(__file__).resolve().parent.parent / "widget"
# name under /widget/ -> (file in bot/widget/, content type)
FILES: dict[str, tuple[str, str]] = {
    "widget.js": ("widget.js", "text/javascript; charset=utf-8"),
    "widget.css": ("widget.css", "text/css; charset=utf-8"),
    "demo": ("demo.html", "text/html; charset=utf-8"),
    "demo.css": ("demo.css", "text/css; charset=utf-8"),
}
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class WholeMessages(CollectingOutputChannel):
    """Collects each bot response as one message, as the domain or action wrote it."""

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        await self._persist_message(self._message(
            recipient_id,
            text=(message.get("text") or "").strip() or None,
            buttons=message.get("buttons") or None,
            custom=message.get("custom") or None,
        ))


def read_files() -> dict[str, tuple[bytes, str]]:
    """Read once at start-up: a handful of small files, and no path ever comes from a request."""
    return {name: ((WIDGET_DIR / file).read_bytes(), kind) for name, (file, kind) in FILES.items()}


class WidgetInput(SafeRestInput):
    @classmethod
    def name(cls) -> str:
        return "widget"

    def url_prefix(self) -> str:
        """Absolute, so Rasa mounts it at /widget/ rather than /webhooks/widget/: the URL agencies paste."""
        return "/widget"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def whole(message: UserMessage) -> None:
            """Swap in a collector that keeps responses whole; anything else (a stream) is left as it is."""
            collector = message.output_channel
            if type(collector) is not CollectingOutputChannel:
                await on_new_message(message)
                return
            message.output_channel = WholeMessages()
            try:
                await on_new_message(message)
            finally:
                # Restored first, so SafeRestInput's apology on failure still reaches the person.
                collector.messages.extend(message.output_channel.messages)
                message.output_channel = collector

        blueprint = super().blueprint(whole)
        files = read_files()

        def serve(name: str) -> Callable[[Request], Awaitable[HTTPResponse]]:
            body, content_type = files[name]

            async def handler(request: Request) -> HTTPResponse:
                return response.raw(body, content_type=content_type)

            return handler

        for name in files:
            blueprint.add_route(serve(name), f"/{name}", methods=["GET"], name=f"widget_{name.replace('.', '_')}")

        @blueprint.route("/forget", methods=["POST"])
        async def forget(request: Request) -> HTTPResponse:
            sender = request.body.decode("utf-8", "replace").strip()
            if not SENDER_ID.match(sender):
                return response.empty(status=400)
            await delete_conversation(request.app.ctx.agent, sender)
            return response.empty()

        @blueprint.middleware("response")
        async def secure(request: Request, reply: HTTPResponse) -> None:
            reply.headers.update(SECURITY_HEADERS)

        return blueprint
