"""Turn directory search results into what the person reads.

Short, scannable, phone number on its own line. Addresses are never part of a
reply: a confidential shelter is reached through its line, and the directory
already withholds its address. An entry staff have checked says when ("Verified
Mar 2026"); one nobody has checked yet says nothing rather than casting doubt
on a line a person may need to call now.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.directory import Service
from bot.directory.freshness import verified_label
from bot.geo import Place

CATEGORY_LABELS = {
    "shelter": "a safe place to stay",
    "counseling": "counseling and support",
    "legal": "legal help",
    "hotline": "someone to call",
    "medical": "medical care",
    "housing": "housing help",
    "youth": "help for young people",
    "advocacy": "an advocate",
}
DANGER_LINE = "If you are in danger right now, call 911."
NO_DIRECTORY = (
    "I can't search the directory right now. To find services any time, call 211 "
    "(United Way of Connecticut, 24/7). " + DANGER_LINE
)


def header(category: str, place: Place | None) -> str:
    label = CATEGORY_LABELS.get(category, category)
    if place is None:
        return f"Here is where to start for {label} in Connecticut:"
    if not place.in_connecticut:
        return f"{place.label} is outside Connecticut. Here are statewide and national lines for {label}:"
    return f"Here is where to start for {label} near {place.label}:"


def contact_lines(service: Service) -> list[str]:
    """'Call …' and 'Text …' lines, voice first."""
    calls = [p.display for p in service.phones if p.type == "voice"]
    texts = [p.display for p in service.phones if p.type == "sms"]
    lines = []
    if calls:
        lines.append("Call " + " or ".join(calls))
    if texts:
        lines.append("Text " + " or ".join(t.removeprefix("text ") for t in texts))
    if not lines and service.website:
        lines.append(f"Website: {service.website}")
    return lines


def service_text(number: int, service: Service) -> str:
    lines = [f"{number}. {service.name}", *contact_lines(service)]
    if service.hours:
        lines.append(f"Hours: {service.hours}")
    if service.area:
        lines.append(f"Serves: {service.area}")
    if service.languages:
        lines.append("Languages: " + ", ".join(service.languages))
    if service.last_verified:
        lines.append(f"Verified {verified_label(service.last_verified)}")
    return "\n".join(lines)


def services_text(services: Sequence[Service], category: str, place: Place | None) -> str:
    """The whole reply: a header, the services, and the safety line."""
    parts = [header(category, place)]
    parts += [service_text(i, service) for i, service in enumerate(services, start=1)]
    if any(service.category == "shelter" for service in services):
        parts.append("Shelter locations are kept private: call the line and they will arrange a safe place.")
    parts.append("If a number doesn't work, call 211. " + DANGER_LINE)
    return "\n\n".join(parts)


def service_card(service: Service) -> dict[str, Any]:
    """The same service as data, for channels that draw cards and call buttons."""
    return {
        "id": service.id,
        "name": service.name,
        "phones": [
            {"number": p.number, "type": p.type, "keyword": p.keyword, "display": p.display}
            for p in service.phones
        ],
        "area": service.area,
        "hours": service.hours,
        "languages": list(service.languages),
        "website": service.website,
        "last_verified": service.last_verified,
        "match": service.match,
    }
