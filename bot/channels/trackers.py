"""What a channel needs from the tracker store beyond handling messages: the last
choices offered, and deleting a conversation for real.

Rasa 3.6 has no delete: a `Restarted` event only hides the history, which stays
in the store. The agent wraps its store (FailSafeTrackerStore around
AwaitableTrackerStore around the configured one); we unwrap it and delete in
the stores we know, and say so honestly when we meet one we do not.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.agent import Agent
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.events import BotUttered, UserUttered

from bot.channels.sms_format import turn_payloads

logger = logging.getLogger(__name__)


def _stores(store: TrackerStore) -> Iterator[TrackerStore]:
    """The concrete stores behind Rasa's wrappers, including a fail-safe's in-memory fallback."""
    inner = getattr(store, "_tracker_store", None)
    if inner is None:
        yield store
        return
    yield from _stores(inner)
    fallback = getattr(store, "_fallback_tracker_store", None)
    if fallback is not None:
        yield from _stores(fallback)


def _delete_sql(store: SQLTrackerStore, sender_id: str) -> None:
    with store.session_scope() as session:
        if session.bind.dialect.name == "sqlite":
            # Overwrite the deleted rows in the file instead of leaving them in free pages.
            session.execute(sa.text("PRAGMA secure_delete = ON"))
        session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender_id).delete()
        session.commit()


async def delete_conversation(agent: Agent, sender_id: str) -> bool:
    """Delete every event of one conversation; False if some store could not be emptied."""
    async with agent.lock_store.lock(sender_id):
        deleted = True
        for store in _stores(agent.tracker_store):
            if isinstance(store, InMemoryTrackerStore):
                store.store.pop(sender_id, None)
            elif isinstance(store, SQLTrackerStore):
                try:
                    _delete_sql(store, sender_id)
                except Exception as error:
                    logger.error("deleting a conversation failed: %s", type(error).__name__)
                    deleted = False
            else:
                logger.error("cannot delete conversations from a %s", type(store).__name__)
                deleted = False
        return deleted


async def offered_payloads(agent: Agent, sender_id: str) -> list[str]:
    """The payloads of the choices in the bot's last turn, in the order they were numbered."""
    tracker = await agent.tracker_store.retrieve(sender_id)
    if tracker is None:
        return []
    turn: list[dict[str, Any]] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            turn.insert(0, event.data or {})
    return turn_payloads(turn)
