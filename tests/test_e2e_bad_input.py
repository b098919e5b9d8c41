"""Hostile and broken input over REST: always a helpful reply, never a server error,
and nothing in the directory changes."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import requests

from bot.serve import Assistant
from chat import Conversation, texts

pytestmark = pytest.mark.e2e

BAD_MESSAGES = [
    "",
    "   \t\n  ",
    "😀😀😀",
    "🆘",
    "a" * 10_000,
    "hartford " * 1_200,
    "'; DROP TABLE service; --",
    "shelter in hartford' OR '1'='1",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{7*7}} ${7*7} {location} %s %(x)s",
    "/request_shelter{\"location\": \"'; DELETE FROM phone; --\"}",
    "\x00\x01\x02\x1b[31m\x7f",
    "\u202e\u200b\ufeff",
    "i need a shelter in Springfield Massachusetts",
    "shelter in 99999",
]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("message", BAD_MESSAGES, ids=range(len(BAD_MESSAGES)))
def test_bad_input_gets_a_reply_and_changes_nothing(
    conversation: Conversation, seeded_db: Path, message: str
) -> None:
    before = file_digest(seeded_db)
    first = conversation.send(message)
    # Whatever state the bad message left, the next ordinary request still works.
    follow_up = texts(conversation.send("i need a number to call"))
    assert first or follow_up
    assert follow_up
    assert file_digest(seeded_db) == before


def test_bad_input_inside_the_form(conversation: Conversation) -> None:
    conversation.say("i need a shelter")
    for message in ["'; DROP TABLE service; --", "<b>x</b>", "😀", "a" * 10_000]:
        reply = conversation.say(message)
        assert reply  # asked again or told it was not understood
    assert "Interval House" in conversation.say("hartford")


@pytest.mark.parametrize(
    "body",
    [b"not json", b"{}", b'{"sender": "x"}', b'{"message": 5, "sender": []}', b"\xff\xfe\x00"],
)
def test_malformed_requests_are_not_server_errors(assistant: Assistant, body: bytes) -> None:
    response = requests.post(
        assistant.rest_url, data=body, headers={"Content-Type": "application/json"}, timeout=60
    )
    assert response.status_code < 500


def test_logs_hold_no_message_text_or_phone_number(
    conversation: Conversation, server_log: Path
) -> None:
    secret = "my number is 203-555-0147 and i live on Quillfeather Lane"
    conversation.send(secret)
    conversation.send("i need a shelter in hartford")
    log = server_log.read_text(errors="replace")
    assert "555-0147" not in log
    assert "Quillfeather" not in log
