"""One extra message, after the static crisis reply, for the other kinds of risk found."""
from __future__ import annotations

import asyncio

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.escalation import ActionEscalateOthers
from bot.paths import ROOT
from bot.risk import KINDS
from bot.risk.replies import RISK_KINDS_KEY, extra_escalation
from chat import Conversation, escalation_kinds, escalation_markers, texts
from test_crisis_numbers import NUMBER, digits, vetted_numbers

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
RESPONSES = DOMAIN["responses"]


@pytest.mark.parametrize("kinds", [[], ["trafficking"], ["emergency"]])
def test_one_kind_or_none_sends_nothing(kinds: list[str]) -> None:
    assert extra_escalation(kinds, RESPONSES) is None


def test_other_kinds_follow_with_their_lines_and_every_kind_in_the_marker() -> None:
    message = extra_escalation(["emergency", "child", "trafficking"], RESPONSES)
    assert message is not None
    marker = message["custom"]["escalation"]
    assert marker["kind"] == "emergency"
    assert marker["kinds"] == ["emergency", "child", "trafficking"]
    assert [line["call"] for line in marker["lines"]] == ["1-800-842-2288", "1-888-373-7888"]
    assert "1-800-842-2288" in message["text"].split("\n")[1]
    assert "confidential" in message["text"] and "24/7" in message["text"] and "many languages" in message["text"]
    assert "law enforcement" in message["text"]


def test_the_kind_already_shown_stays_first_and_the_others_keep_their_order() -> None:
    """risk_kinds leads with what was found; a more urgent kind the nearest examples only suggest comes after."""
    message = extra_escalation(["trafficking", "emergency", "suicide"], RESPONSES)
    assert message is not None
    marker = message["custom"]["escalation"]
    assert marker["kind"] == "trafficking" and marker["kinds"] == ["trafficking", "emergency", "suicide"]
    assert [line["call"] for line in marker["lines"]] == ["911", "988"]


@pytest.mark.parametrize("first", KINDS)
@pytest.mark.parametrize("second", KINDS)
def test_every_number_comes_from_the_vetted_directory(first: str, second: str) -> None:
    message = extra_escalation([first, second], RESPONSES)
    if message is None:
        assert first == second
        return
    shown = {digits(n) for n in NUMBER.findall(message["text"])}
    assert shown <= vetted_numbers()  # 911 is the one number that is not a directory number
    lines = message["custom"]["escalation"]["lines"]
    assert lines and all(line["call"] in message["text"] for line in lines)


def _run(kinds: list[str] | None) -> list[dict]:
    latest = {"text": "x", "intent": {"name": "risk_emergency"}}
    if kinds is not None:
        latest[RISK_KINDS_KEY] = kinds
    tracker = Tracker("someone", {}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionEscalateOthers().run(dispatcher, tracker, DOMAIN))
    return dispatcher.messages


def test_action_reads_the_kinds_of_the_latest_message() -> None:
    messages = _run(["emergency", "suicide"])
    assert len(messages) == 1
    assert messages[0]["custom"]["escalation"]["kinds"] == ["emergency", "suicide"]
    assert _run(["sa"]) == [] and _run(None) == []


def test_a_message_with_three_kinds_gets_one_reply_led_by_the_most_urgent(conversation: Conversation) -> None:
    messages = conversation.send("I'm 15 and he sells me and says he'll kill me")
    assert escalation_kinds(messages) == ["emergency", "emergency"]
    markers = escalation_markers(messages)
    assert markers[1]["kinds"][:4] == ["emergency", "child", "trafficking", "sa"]
    text = texts(messages)
    assert text.index("911") < text.index("1-800-842-2288") < text.index("1-888-373-7888")


def test_the_reply_leads_with_what_was_found(conversation: Conversation) -> None:
    messages = conversation.send("my boss took my passport and i cant leave the farm")
    assert escalation_kinds(messages)[0] == "trafficking"
    assert texts(messages).index("1-888-373-7888") < 120
