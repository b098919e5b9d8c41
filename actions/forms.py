"""Validation for resource_form: turns what the person wrote into a searchable location."""
from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.directory import CATEGORIES
from bot.location_slot import is_valid_location, location_value

NOT_FOUND = "I couldn't find that place in Connecticut."


class ValidateResourceForm(FormValidationAction):
    def name(self) -> str:
        return "validate_resource_form"

    async def extract_location(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        message = tracker.latest_message or {}
        value = location_value(
            text=message.get("text") or "",
            intent=(message.get("intent") or {}).get("name"),
            location_requested=tracker.get_slot("requested_slot") == "location",
        )
        return {} if value is None else {"location": value}

    def validate_category(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {"category": value if value in CATEGORIES else None}

    def validate_location(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if isinstance(value, str) and is_valid_location(value):
            return {"location": value}
        dispatcher.utter_message(text=NOT_FOUND)
        return {"location": None}
