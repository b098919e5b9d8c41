"""The one extra escalation message for a message with more than one kind of risk.

The static `utter_escalate_<most urgent>` response goes first and works even
when the action server is down; this message adds the lines for the other
kinds found. Every number comes from the static responses' own markers (so
from domain.yml, whose numbers tests/test_crisis_numbers.py ties to the vetted
directory): nothing here can invent a number.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.risk.detector import KINDS

# Where the Rasa component puts every kind found in the parse output (and so in
# tracker.latest_message for the action server).
RISK_KINDS_KEY = "risk_kinds"
RESPONSE_PREFIX = "utter_escalate_"
# Neutral wording: some of these kinds are the nearest examples' guess, not something the person said.
OPENING = "Other lines that can help:"
# What each line is for, after its name. Trafficking says what item 4 of the
# escalation design asks and keeps the honest caveat from the directory README.
NOTES: dict[str, str] = {
    "emergency": "if you are in danger now",
    "suicide": "free, 24/7",
    "child": "to protect a child, 24/7",
    "trafficking": (
        "confidential, free, 24/7, many languages. You can ask first how they use "
        "what you tell them: they may share tips with law enforcement"
    ),
    "sa": "24/7, they can go with you to a hospital",
    "dv": "free, 24/7, many languages",
}


def lines_of(kind: str, responses: Mapping[str, Any]) -> list[dict[str, str]]:
    """Every line a kind's static response gives (its marker's), most important first."""
    for variant in responses.get(f"{RESPONSE_PREFIX}{kind}") or []:
        lines = ((variant.get("custom") or {}).get("escalation") or {}).get("lines") or []
        if lines:
            return [dict(line) for line in lines]
    return []


def first_line(kind: str, responses: Mapping[str, Any]) -> dict[str, str] | None:
    """The most important line of a kind: the first line of its static response's marker."""
    lines = lines_of(kind, responses)
    return lines[0] if lines else None


def how_to_reach(line: Mapping[str, str]) -> str:
    """'Call or text 988', 'Call 1-888-373-7888 or text 233733', 'Call 911': the number up front."""
    call, text = line.get("call"), line.get("text")
    if call and text:
        return f"Call or text {call}" if call == text else f"Call {call} or text {text}"
    return f"Call {call}" if call else f"Text {text}"


def extra_escalation(kinds: Sequence[str], responses: Mapping[str, Any]) -> dict[str, Any] | None:
    """The extra message (text and custom marker) for the kinds after the first; None for one kind.

    `kinds` is the component's `risk_kinds`: the first is the kind whose static
    reply has just gone out, the others follow in the order given. The marker
    carries every kind, so a channel sees the whole finding in one place.
    """
    ordered = list(dict.fromkeys(kind for kind in kinds if kind in KINDS))
    if len(ordered) < 2:
        return None
    shown = first_line(ordered[0], responses)
    seen = {shown.get("call")} if shown else set()
    lines, rows = [], []
    for kind in ordered[1:]:
        line = first_line(kind, responses)
        if line is None or line.get("call") in seen:
            continue
        seen.add(line.get("call"))
        lines.append(line)
        rows.append(f"- {how_to_reach(line)}: {line.get('name', '')}, {NOTES[kind]}.")
    if not lines:
        return None
    return {
        "text": "\n".join([OPENING, *rows]),
        "custom": {"escalation": {"kind": ordered[0], "kinds": ordered, "lines": lines}},
    }
