"""action_escalate_others: after the static crisis reply, the lines for the other risks found.

Runs right after `utter_escalate_<most urgent>` (data/rules.yml). If the
action server is down, the static reply has already gone out; this only adds.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.risk.replies import RISK_KINDS_KEY, extra_escalation


class ActionEscalateOthers(Action):
    """Sends one extra message when the latest message showed more than one kind of risk."""

    def name(self) -> str:
        return "action_escalate_others"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        kinds = (tracker.latest_message or {}).get(RISK_KINDS_KEY) or []
        message = extra_escalation(kinds, domain.get("responses") or {})
        if message:
            dispatcher.utter_message(text=message["text"], json_message=message["custom"])
        return []
