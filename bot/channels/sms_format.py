"""The bot's replies as text messages a person can read on a shared or watched phone.

Buttons become numbered choices. Texts are packed into messages of at most two
segments. Crisis numbers come first. A lock screen shows the first words of a
message to anyone holding the phone, so no message starts with a word that
gives away what the conversation is about.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from bot.channels.gsm import MULTIPART_SEGMENT, septets, to_gsm

MAX_SEPTETS = 2 * MULTIPART_SEGMENT
LOCK_SCREEN_CHARS = 40
# The words that give the conversation away, and their close forms.
TRIGGER_WORDS = re.compile(
    r"\b(shelters?|abus(?:e|ed|er|ers|ive)|traffick\w*|rap(?:e|ed|ist)|sexual assault|domestic violence)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Last resort for a message whose every line opens with a trigger word: long
# enough that the lock screen shows only this.
NEUTRAL_OPENER = "Here is the rest of my reply to you, as asked:\n"
CHOICE = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s*$")


def lock_screen_safe(text: str) -> bool:
    return TRIGGER_WORDS.search(text[:LOCK_SCREEN_CHARS]) is None


def choice_label(title: str) -> str:
    """'A safe place to stay' reads as 'Reply 1 for a safe place to stay'; 'CT ...' keeps its capitals."""
    first_word = title.split(" ", 1)[0]
    if len(first_word) > 1 and first_word.isupper():
        return title
    return title[:1].lower() + title[1:]


def choices_text(buttons: Sequence[dict[str, Any]], first: int = 1) -> str:
    return "\n".join(
        f"Reply {number} for {choice_label(str(button.get('title', '')))}"
        for number, button in enumerate(buttons, start=first)
    )


def chosen_payload(text: str, payloads: Sequence[str]) -> str | None:
    """The payload of the choice a reply of just its number picks, if it is one."""
    match = CHOICE.match(text)
    if not match:
        return None
    number = int(match.group(1))
    return payloads[number - 1] if 1 <= number <= len(payloads) else None


def escalation_lead(escalation: dict[str, Any]) -> str:
    """Numbers only, no line names: 'Call 1-888-... or text 233733. Emergency: call 911.'"""
    lines = escalation.get("lines") or []
    call, text = (lines[0].get("call"), lines[0].get("text")) if lines else (None, None)
    if call and text:
        lead = f"Call or text {call}." if call == text else f"Call {call} or text {text}."
    elif call or text:
        lead = f"Call {call}." if call else f"Text {text}."
    else:
        return ""
    if call != "911" and any(line.get("call") == "911" for line in lines[1:]):
        lead += " Emergency: call 911."
    return lead


def message_text(message: dict[str, Any], first_choice: int) -> str:
    """One bot message as plain text: the text, its choices, and a numbers-first lead for a crisis reply."""
    text = str(message.get("text") or "")
    buttons = message.get("buttons") or []
    if buttons:
        text = f"{text}\n{choices_text(buttons, first_choice)}".strip()
    escalation = (message.get("custom") or {}).get("escalation")
    if escalation:
        lead = escalation_lead(escalation)
        number = ((escalation.get("lines") or [{}])[0]).get("call") or ""
        if lead and (not lock_screen_safe(text) or number not in text[:MULTIPART_SEGMENT]):
            text = f"{lead}\n{text}"
    return text


def _pieces(paragraph: str) -> Iterator[tuple[str, str]]:
    """A paragraph too long for one message, cut at lines, then sentences, then words: (separator, piece)."""
    if septets(paragraph) <= MAX_SEPTETS:
        yield "\n\n", paragraph
        return
    separator = "\n\n"
    for line in paragraph.split("\n"):
        for sentence in SENTENCE_END.split(line) if septets(line) > MAX_SEPTETS else [line]:
            words, chunk = sentence.split(" "), ""
            for word in words:
                if chunk and septets(chunk) + 1 + septets(word) > MAX_SEPTETS:
                    yield separator, chunk
                    separator, chunk = " ", word
                else:
                    chunk = f"{chunk} {word}" if chunk else word
            if chunk:
                yield separator, chunk
            separator = " "
        separator = "\n"


def pack(paragraphs: Sequence[str]) -> list[str]:
    """Paragraphs into as few messages of at most two segments each as their order allows."""
    bodies: list[str] = []
    for paragraph in paragraphs:
        for separator, piece in _pieces(paragraph):
            if bodies and septets(bodies[-1]) + septets(separator) + septets(piece) <= MAX_SEPTETS:
                bodies[-1] += separator + piece
            else:
                bodies.append(piece)
    return bodies


def _reorderings(body: str) -> Iterator[str]:
    """The same message with another line, or else another sentence, brought to the front."""
    splits = [("\n", body.split("\n"))]
    if "\n" not in body:
        splits.append((" ", SENTENCE_END.split(body)))
    for separator, parts in splits:
        for k in range(1, len(parts)):
            if parts[k].strip():
                yield separator.join([parts[k], *parts[:k], *parts[k + 1:]]).strip()


def safe_opening(body: str) -> str:
    """The message reordered so its lock-screen preview holds no trigger word."""
    if lock_screen_safe(body):
        return body
    for candidate in _reorderings(body):
        if lock_screen_safe(candidate):
            return candidate
    return NEUTRAL_OPENER + body


def render_turn(messages: Sequence[dict[str, Any]]) -> list[str]:
    """Everything the bot said in one turn, as the SMS bodies to send, in order."""
    paragraphs: list[str] = []
    first_choice = 1
    for message in messages:
        text = to_gsm(message_text(message, first_choice))
        first_choice += len(message.get("buttons") or [])
        paragraphs += [p.strip() for p in text.split("\n\n") if p.strip()]
    return [safe_opening(body) for body in pack(paragraphs)]


def turn_payloads(messages: Sequence[dict[str, Any]]) -> list[str]:
    """The payloads of a turn's buttons, numbered as `render_turn` numbers them."""
    return [str(b.get("payload", "")) for m in messages for b in (m.get("buttons") or [])]
