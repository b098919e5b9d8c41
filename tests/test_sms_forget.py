"""FORGET deletes the conversation from the tracker store itself, not just resets it."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from rasa.core.agent import Agent
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.trackers import delete_conversation
from sms_phone import Phone, conversation_id

E2E = pytest.mark.e2e


def stored_events(tracker_store_db: Path, sender_id: str) -> int:
    with sqlite3.connect(f"file:{tracker_store_db}?mode=ro", uri=True) as db:
        return db.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (sender_id,)).fetchone()[0]


@E2E
def test_forget_deletes_every_stored_event(phone: Phone, tracker_store_db: Path) -> None:
    marker = "Brambleworth"  # a word nothing else in the store contains
    sender_id = conversation_id(phone.number)
    phone.say("i need a shelter")
    phone.say(f"i live near {marker} road")
    assert stored_events(tracker_store_db, sender_id) > 0
    assert marker.encode() in tracker_store_db.read_bytes()

    reply = phone.say("FORGET")
    assert "deleted this conversation" in reply

    assert stored_events(tracker_store_db, sender_id) == 0
    # Not even left behind in free pages of the file.
    assert marker.encode() not in tracker_store_db.read_bytes()


@E2E
def test_conversation_starts_afresh_after_forget(phone: Phone, tracker_store_db: Path) -> None:
    phone.say("i need a shelter")
    phone.say("FORGET")
    # The form was forgotten too: a town alone is no longer an answer to a question.
    assert "town or ZIP" in phone.say("i need legal help")
    assert "Statewide Legal Services" in phone.say("bridgeport")


@E2E
def test_forget_works_while_opted_out_but_stays_silent(phone: Phone, tracker_store_db: Path) -> None:
    sender_id = conversation_id(phone.number)
    phone.say("hi")
    phone.say("STOP")
    assert phone.send("FORGET") == []
    assert stored_events(tracker_store_db, sender_id) == 0


def agent_with(store: TrackerStore) -> Agent:
    return Agent(domain=Domain.empty(), tracker_store=store)


@pytest.mark.parametrize("store_type", ["memory", "sql"])
def test_delete_conversation_empties_the_configured_store(store_type: str, tmp_path: Path) -> None:
    """The same deletion behind Rasa's wrappers, for `make run` (memory) and SQL deployments."""
    store = (
        InMemoryTrackerStore(Domain.empty()) if store_type == "memory"
        else SQLTrackerStore(Domain.empty(), db=str(tmp_path / "t.db"))
    )
    agent = agent_with(store)
    for sender in ("forget-me", "keep-me"):
        tracker = DialogueStateTracker(sender, [])
        tracker.update(UserUttered("hello"))
        asyncio.run(agent.tracker_store.save(tracker))
    assert asyncio.run(delete_conversation(agent, "forget-me")) is True
    assert asyncio.run(agent.tracker_store.retrieve("forget-me")) is None
    assert asyncio.run(agent.tracker_store.retrieve("keep-me")) is not None


def test_an_unknown_store_is_reported_not_pretended(tmp_path: Path) -> None:
    class Elsewhere(TrackerStore):  # a store we do not know how to delete from
        async def save(self, tracker: DialogueStateTracker) -> None: ...
        async def retrieve(self, sender_id: str) -> None: ...
        async def keys(self) -> list[str]: return []

    assert asyncio.run(delete_conversation(agent_with(Elsewhere(Domain.empty())), "anyone")) is False
