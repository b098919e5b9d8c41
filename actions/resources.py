"""The search itself: slots in, a reply with up to three services out."""
from __future__ import annotations

import logging
import sqlite3
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.directory import find_services, open_directory
from bot.location_slot import place_for
from bot.paths import resources_db
from bot.replies import NO_DIRECTORY, service_card, services_text

logger = logging.getLogger(__name__)


class ActionFindResources(Action):
    def name(self) -> str:
        return "action_find_resources"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        category = tracker.get_slot("category") or "hotline"
        place = place_for(tracker.get_slot("location"))
        try:
            # Opened per search: a rebuilt or updated directory is seen at once.
            db = open_directory(resources_db())
            try:
                services = find_services(db, category, place)
            finally:
                db.close()
        except (sqlite3.Error, OSError) as error:
            # Never the message text or the location: only what went wrong.
            logger.error("directory search failed: %s", type(error).__name__)
            dispatcher.utter_message(text=NO_DIRECTORY)
            return []
        dispatcher.utter_message(
            text=services_text(services, category, place),
            json_message={"resources": [service_card(s) for s in services]},
        )
        return []
