"""Talking to the running assistant over REST, as a channel would."""
from __future__ import annotations

import uuid

import requests

from bot.risk import KINDS


class Conversation:
    """One person talking to the assistant over the REST channel."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sender = uuid.uuid4().hex

    def send(self, text: str) -> list[dict]:
        response = requests.post(self.url, json={"sender": self.sender, "message": text}, timeout=60)
        assert response.status_code == 200, response.text
        return response.json()

    def say(self, text: str) -> str:
        """The bot's text replies to one message, joined, for assertions on wording."""
        return texts(self.send(text))


def escalation_markers(messages: list[dict]) -> list[dict]:
    """The escalation markers (custom payloads) of a reply."""
    return [m["custom"]["escalation"] for m in messages if "escalation" in (m.get("custom") or {})]


def escalation_kinds(messages: list[dict]) -> list[str]:
    """The kind each escalation marker of a reply leads with."""
    return [marker["kind"] for marker in escalation_markers(messages)]


def marker_kinds(messages: list[dict]) -> tuple[str, ...]:
    """Every risk kind the escalation markers of a reply carry, the one it leads with first (the
    lines for a language the assistant cannot read carry several kinds and lead with none)."""
    carried = (kind for marker in escalation_markers(messages) for kind in [marker["kind"], *marker.get("kinds", [])])
    return tuple(dict.fromkeys(kind for kind in carried if kind in KINDS))


def texts(messages: list[dict]) -> str:
    return "\n".join(m["text"] for m in messages if m.get("text"))
