"""What a directory search hands to the rest of the bot.

Plain frozen values, so a reply can be built, cached or compared without a
database connection, and nothing downstream can change a directory entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

CATEGORIES = ("shelter", "counseling", "legal", "hotline", "medical", "housing", "youth", "advocacy")
SCOPES = ("local", "statewide", "national")
STATUSES = ("active", "inactive")
PHONE_TYPES = ("voice", "sms")

# Service-area text on a statewide row that means the whole state (anything else,
# e.g. "eligible ZIP codes", is a restriction a person must be told about).
WHOLE_STATE_AREA = re.compile(r"^(all CT towns|statewide\b.*)$", re.IGNORECASE)

Match = Literal["local", "nearby", "statewide", "national", "fallback"]

# Toll-free area codes are written with a leading "1-", as the hotlines print them.
TOLL_FREE_AREA_CODES = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def split_list(text: str) -> list[str]:
    """The seed's list format: ';' separates items, but not inside parentheses,
    so 'Spanish (press 2; text AYUDA)' stays one language."""
    items, current, depth = [], [], 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth <= 0:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def format_number(number: str) -> str:
    """How a stored number is printed: '+18883737888' -> '1-888-373-7888', short codes as they are."""
    if not (number.startswith("+1") and len(number) == 12):
        return number
    area, exchange, line = number[2:5], number[5:8], number[8:]
    prefix = "1-" if area in TOLL_FREE_AREA_CODES else ""
    return f"{prefix}{area}-{exchange}-{line}"


@dataclass(frozen=True)
class Phone:
    """One way to reach a service. `number` is dialable: E.164 for full numbers, digits for short codes."""

    number: str
    type: Literal["voice", "sms"]
    keyword: str | None = None
    language: str | None = None
    description: str | None = None

    @property
    def display(self) -> str:
        """What a person reads: '1-888-373-7888', '988 then press 1', 'text START to 88788'."""
        number = format_number(self.number)
        if self.type == "sms":
            return f"text {self.keyword} to {number}" if self.keyword else f"text {number}"
        return f"{number} {self.description}" if self.description else number

    @property
    def route(self) -> tuple[str, str]:
        """What is dialled: 988 and '988 then press 1' reach different people, so both may be shown."""
        return (self.number, self.description or "")


@dataclass(frozen=True)
class Service:
    """A service as a person should see it: `address` is None whenever the location is confidential."""

    id: str
    name: str
    organization: str
    category: str
    scope: str
    phones: tuple[Phone, ...]
    area: str
    hours: str | None
    languages: tuple[str, ...]
    populations: tuple[str, ...]
    website: str | None
    address: str | None
    last_verified: str | None
    match: Match
    distance_km: float | None = None

    @property
    def voice_routes(self) -> frozenset[tuple[str, str]]:
        """A reply shows each line once, so services are compared by the voice lines they reach."""
        return frozenset(phone.route for phone in self.phones if phone.type == "voice")
