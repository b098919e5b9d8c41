"""The action server's actions, run on rasa-sdk trackers built in code."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import NOT_FOUND, ValidateResourceForm
from actions.resources import ActionFindResources
from bot.location_slot import STATEWIDE

DOMAIN: dict[str, Any] = {
    "forms": {"resource_form": {"required_slots": ["category", "location"]}},
    "slots": {
        "category": {"type": "categorical", "mappings": [{"type": "from_intent"}]},
        "location": {"type": "text", "mappings": [{"type": "custom"}]},
    },
}


def tracker(
    text: str = "",
    intent: str = "inform_location",
    slots: dict[str, Any] | None = None,
    active_form: bool = True,
) -> Tracker:
    return Tracker(
        sender_id="test",
        slots={"category": None, "location": None, "requested_slot": None, **(slots or {})},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={"name": "resource_form"} if active_form else {},
        latest_action_name="action_listen",
    )


def run(action: Any, tr: Tracker) -> tuple[list[dict], CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tr, DOMAIN))
    return events, dispatcher


def slot_events(events: list[dict]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot" and e["name"] != "requested_slot"}


def test_form_fills_location_from_a_typo() -> None:
    events, _ = run(ValidateResourceForm(), tracker("hartfrod", intent="nlu_fallback", slots={"requested_slot": "location"}))
    assert slot_events(events) == {"location": "Hartford"}


def test_form_reads_a_zip() -> None:
    tr = tracker("near 06106", slots={"requested_slot": "location"})
    events, _ = run(ValidateResourceForm(), tr)
    assert slot_events(events)["location"].startswith("06106")


def test_form_skip_means_statewide() -> None:
    events, _ = run(ValidateResourceForm(), tracker("skip", intent="deny", slots={"requested_slot": "location"}))
    assert slot_events(events) == {"location": STATEWIDE}


def test_form_reports_an_unknown_place_and_asks_again() -> None:
    events, dispatcher = run(ValidateResourceForm(), tracker("zzyzx", slots={"requested_slot": "location"}))
    assert slot_events(events) == {"location": None}
    assert dispatcher.messages[0]["text"] == NOT_FOUND


def test_form_leaves_risk_messages_to_the_escalation_rules() -> None:
    tr = tracker("he took my passport im in hartford", intent="risk_trafficking", slots={"requested_slot": "location"})
    events, dispatcher = run(ValidateResourceForm(), tr)
    assert slot_events(events) == {}
    assert dispatcher.messages == []


def test_form_keeps_the_known_location_when_none_is_given() -> None:
    tr = tracker("what about counseling", intent="request_counseling", slots={"location": "Hartford", "category": "counseling"})
    events, _ = run(ValidateResourceForm(), tr)
    assert "location" not in slot_events(events)


@pytest.fixture
def directory(seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RESOURCES_DB", str(seeded_db))
    return seeded_db


def test_find_resources_replies_with_services_and_cards(directory: Path) -> None:
    _, dispatcher = run(ActionFindResources(), tracker(slots={"category": "shelter", "location": "Hartford"}, active_form=False))
    [message] = dispatcher.messages
    assert "Interval House" in message["text"]
    assert "near Hartford" in message["text"]
    cards = message["custom"]["resources"]
    assert 1 <= len(cards) <= 3
    assert all(card["phones"] for card in cards)


def test_find_resources_statewide(directory: Path) -> None:
    _, dispatcher = run(ActionFindResources(), tracker(slots={"category": "legal", "location": STATEWIDE}, active_form=False))
    assert "in Connecticut" in dispatcher.messages[0]["text"]


def test_find_resources_without_a_directory_still_gives_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "missing.db"
    monkeypatch.setenv("RESOURCES_DB", str(missing))
    _, dispatcher = run(ActionFindResources(), tracker(slots={"category": "shelter", "location": "Hartford"}, active_form=False))
    text = dispatcher.messages[0]["text"]
    assert "211" in text and "911" in text
    assert not missing.exists()  # reading never creates a directory
