"""How the `location` slot is filled from what a person writes.

Kept apart from the Rasa action so the rules (what counts as a location, what
"skip" means, when to stay silent) are plain functions with plain tests.
"""
from __future__ import annotations

from bot.geo import Place, resolve_location

# The slot value for "search statewide": the person prefers not to say where they are.
STATEWIDE = "Connecticut"
# A slot value longer than any place name a person would type is cut to this.
MAX_LOCATION_TEXT = 200
# Only the start of a very long message is searched for a place: a location
# reply is short, and this bounds the work a hostile 10,000-character message causes.
MAX_SEARCHED_TEXT = 1000
SKIP_WORDS = frozenset({"skip", "no", "nope", "idk", "i dont know", "i don't know", "dont know", "pass", "rather not say"})
# Messages the form must leave alone: a risk message is answered by escalation
# rules, never read as a town.
IGNORED_INTENT_PREFIXES = ("risk_",)
# When the form asked for a location, these intents may carry a place the
# classifier did not recognise ("hartfrod"), so unresolvable text is reported.
LOCATION_REPLY_INTENTS = frozenset({"inform_location", "nlu_fallback"})


def is_skip(text: str, intent: str | None) -> bool:
    """'skip', 'no', 'idk' when asked for a location: search statewide instead."""
    normalised = " ".join(text.lower().replace("’", "'").strip(" .!?").split())
    return intent == "deny" or normalised in SKIP_WORDS


def location_value(text: str, intent: str | None, location_requested: bool) -> str | None:
    """The value to put in the slot, or None to leave it as it is.

    The whole text is resolved rather than the NLU's town entity: the gazetteer
    knows when a name is an everyday word ("my friend sharon") and the entity
    extractor does not.

    Text that cannot be resolved is returned as written only when the form asked
    for a location, so validation can say it was not found; otherwise a message
    without a place (e.g. "what about counseling?") keeps the known location.
    """
    if intent and intent.startswith(IGNORED_INTENT_PREFIXES):
        return None
    text = (text or "")[:MAX_SEARCHED_TEXT]
    if location_requested and is_skip(text, intent):
        return STATEWIDE
    place = resolve_location(text)
    if place is not None:
        return place.label
    if location_requested and intent in LOCATION_REPLY_INTENTS and text.strip():
        return text.strip()[:MAX_LOCATION_TEXT]
    return None


def place_for(location: str | None) -> Place | None:
    """The Place to search around; None means statewide and national lines only."""
    if not location or location == STATEWIDE:
        return None
    return resolve_location(location)


def is_valid_location(location: str | None) -> bool:
    return location == STATEWIDE or place_for(location) is not None
