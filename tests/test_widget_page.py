"""What the server sends for the chat widget: headers, whole replies, forgetting, origins, numbers."""
from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
import requests
from playwright.sync_api import ConsoleMessage, expect

from bot.paths import ROOT
from bot.serve import Assistant, allowed_origins
from browser import Widget
from test_crisis_numbers import NUMBER, digits, vetted_numbers
from test_sms_forget import stored_events

E2E = pytest.mark.e2e
WIDGET_FILES = ROOT / "bot" / "widget"


def widget_url(assistant: Assistant, path: str) -> str:
    return f"http://127.0.0.1:{assistant.rasa_port}/widget/{path}"


def post(assistant: Assistant, sender: str, message: str) -> list[dict]:
    response = requests.post(widget_url(assistant, "webhook"), json={"sender": sender, "message": message}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()


@E2E
@pytest.mark.parametrize(
    ("path", "content_type"),
    [("demo", "text/html"), ("widget.js", "text/javascript"), ("widget.css", "text/css"), ("demo.css", "text/css")],
)
def test_files_are_served_uncached_under_a_strict_policy(assistant: Assistant, path: str, content_type: str) -> None:
    response = requests.get(widget_url(assistant, path), timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(content_type)
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert "unsafe" not in policy and "*" not in policy


@E2E
def test_no_path_outside_the_widget_files(assistant: Assistant) -> None:
    for path in ("../credentials.yml", "%2e%2e/credentials.yml", "widget.py", "demo.html"):
        assert requests.get(widget_url(assistant, path), timeout=10).status_code == 404


@E2E
def test_each_reply_comes_whole_with_its_cards(assistant: Assistant) -> None:
    sender = uuid.uuid4().hex
    post(assistant, sender, "i need a safe place to stay")
    replies = post(assistant, sender, "hartford")
    with_cards = [r for r in replies if "resources" in (r.get("custom") or {})]
    assert len(with_cards) == 1
    # The text that lists the same services travels with them, in one piece.
    assert "Interval House" in with_cards[0]["text"] and "call 211" in with_cards[0]["text"]
    assert with_cards[0]["custom"]["resources"][0]["phones"][0]["number"].startswith("+1")


@E2E
def test_greeting_buttons_and_escalation_marker(assistant: Assistant) -> None:
    sender = uuid.uuid4().hex
    assert any(r.get("buttons") for r in post(assistant, sender, "/greet"))
    replies = post(assistant, sender, "they took my papers and wont let me leave the farm")
    marker = next(r["custom"]["escalation"] for r in replies if "escalation" in (r.get("custom") or {}))
    assert marker["kind"] == "trafficking"
    assert "1-888-373-7888" in next(r["text"] for r in replies if r.get("custom"))


@E2E
def test_bad_input_is_refused_politely(assistant: Assistant) -> None:
    url = widget_url(assistant, "webhook")
    assert requests.post(url, data="not json", timeout=10).status_code == 400
    assert requests.post(url, json={"sender": "a b", "message": "hi"}, timeout=10).status_code == 400
    assert requests.post(widget_url(assistant, "forget"), data="../../etc", timeout=10).status_code == 400


@E2E
def test_forget_deletes_the_conversation(assistant: Assistant, tracker_store_db: Path) -> None:
    sender = uuid.uuid4().hex
    post(assistant, sender, "i need legal help")
    assert stored_events(tracker_store_db, sender) > 0
    response = requests.post(widget_url(assistant, "forget"), data=sender, timeout=30)
    assert response.status_code == 204
    assert response.headers["Cache-Control"] == "no-store"
    assert stored_events(tracker_store_db, sender) == 0


def preflight(assistant: Assistant, origin: str) -> requests.Response:
    return requests.options(widget_url(assistant, "webhook"), timeout=10, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type",
    })


@E2E
def test_only_allowed_origins_may_call_the_webhook(assistant: Assistant, agency_origin: str) -> None:
    assert preflight(assistant, agency_origin).headers.get("Access-Control-Allow-Origin") == agency_origin
    for other in ("https://evil.example", "http://localhost:1", "null"):
        assert "Access-Control-Allow-Origin" not in preflight(assistant, other).headers


def test_allowed_origins_from_the_environment() -> None:
    assert allowed_origins(None) == []
    assert allowed_origins("https://a.org, https://b.org  https://c.org") == [
        "https://a.org", "https://b.org", "https://c.org",
    ]


def test_widget_numbers_come_from_the_directory() -> None:
    """The header and failure message name numbers of their own: each must be a vetted one (911 aside)."""
    script = (WIDGET_FILES / "widget.js").read_text()
    found = {digits(n) for n in [*NUMBER.findall(script), *re.findall(r"\+1\d{10}", script)]}
    assert {"8883737888", "211"} <= found
    assert found - vetted_numbers() == set()


def test_the_widget_never_touches_device_storage() -> None:
    """Belt and braces beside the browser tests: no storage API is even named."""
    script = (WIDGET_FILES / "widget.js").read_text()
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    for api in ("localStorage", "sessionStorage", "indexedDB", "document.cookie", "caches.", "serviceWorker"):
        assert api not in code
    assert "innerHTML" not in code and "insertAdjacentHTML" not in code and "eval(" not in code


def favicon(message: ConsoleMessage) -> bool:
    """Chromium asks every site for /favicon.ico; the assistant has none."""
    return message.location.get("url", "").endswith("/favicon.ico")


@E2E
@pytest.mark.browser
def test_nothing_breaks_the_page_policy(widget: Widget) -> None:
    """A strict CSP only helps if the widget lives within it: no violation, no script error."""
    problems: list[str] = []
    widget.page.on("console", lambda m: problems.append(m.text) if m.type == "error" and not favicon(m) else None)
    widget.page.on("pageerror", lambda error: problems.append(str(error)))
    response = widget.page.reload()
    assert response.headers["cache-control"] == "no-store"
    widget.open()
    widget.say("my husband hits me when he drinks")
    widget.say("i need a shelter in hartford")
    expect(widget.cards.first).to_be_visible()
    assert problems == []
