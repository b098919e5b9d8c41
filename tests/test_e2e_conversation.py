"""Whole conversations with the real servers over REST, as a person would have them."""
from __future__ import annotations

import pytest

from chat import Conversation, escalation_kinds, escalation_markers, texts

pytestmark = pytest.mark.e2e


def test_greeting_is_safety_first(conversation: Conversation) -> None:
    messages = conversation.send("hi")
    reply = texts(messages)
    assert "911" in reply
    assert "not the police" in reply and "immigration" in reply
    assert "keep" in reply  # says what is kept
    assert any(m.get("buttons") for m in messages)


def test_asks_for_location_then_finds_local_shelter(conversation: Conversation) -> None:
    assert "town or ZIP" in conversation.say("i need a safe place to stay tonight")
    reply = conversation.say("hartford")
    assert "Interval House" in reply
    assert "860-838-8467" in reply
    assert "Hartford" in reply


def test_location_is_kept_for_the_next_request(conversation: Conversation) -> None:
    conversation.say("i need a shelter")
    conversation.say("new haven")
    messages = conversation.send("what about legal help")
    reply = texts(messages)
    assert "legal help" in reply and "near New Haven" in reply
    assert "town or ZIP" not in reply
    assert any("resources" in (m.get("custom") or {}) for m in messages)


def test_help_without_a_kind_asks_which_kind_then_searches(conversation: Conversation) -> None:
    messages = conversation.send("i need help")
    assert "What kind of help" in texts(messages) and escalation_kinds(messages) == []
    assert any(m.get("buttons") for m in messages)
    assert "town or ZIP" in conversation.say("a safe place to stay")
    assert "Interval House" in conversation.say("hartford")


def test_request_with_a_zip_code(conversation: Conversation) -> None:
    reply = conversation.say("i need counseling near 06604")
    assert "Bridgeport" in reply
    assert "Center for Family Justice" in reply


def test_request_with_a_misspelled_town(conversation: Conversation) -> None:
    conversation.say("looking for a shelter")
    assert "Interval House" in conversation.say("hartfrod")


def test_village_maps_to_its_town(conversation: Conversation) -> None:
    conversation.say("need a shelter")
    reply = conversation.say("willimantic")
    assert "Windham" in reply
    assert "United Services" in reply or "1-888-774-2900" in reply


def test_escalation_in_the_middle_of_asking_for_a_location(conversation: Conversation) -> None:
    assert "town or ZIP" in conversation.say("i need a lawyer")
    messages = conversation.send("my boss took my passport and says i owe him for the trip")
    assert escalation_kinds(messages)[0] == "trafficking"
    reply = texts(messages)
    assert reply.index("1-888-373-7888") < 120  # the number in the first line
    assert "233733" in reply
    assert "town or ZIP" not in reply  # the form stopped
    # The conversation goes on afterwards, and the location is asked for again.
    assert "town or ZIP" in conversation.say("can you find me a lawyer")
    assert "Statewide Legal Services" in conversation.say("bridgeport")


@pytest.mark.parametrize(
    ("message", "kind", "number"),
    [
        ("he has a gun and hes outside my door", "emergency", "911"),
        ("i want to kill myself", "suicide", "988"),
        ("my stepdad touches me at night and im 13", "child", "1-800-842-2288"),
        ("they took my papers and wont let me leave the farm", "trafficking", "1-888-373-7888"),
        ("i was raped at a party last night", "sa", "1-888-999-5545"),
        ("my husband hits me when he drinks", "dv", "1-888-774-2900"),
        ("o patrão pegou nossos passaportes", "trafficking", "1-888-373-7888"),
        ("chcę umrzeć", "suicide", "988"),
    ],
)
def test_each_risk_kind_gets_its_line_and_marker(
    conversation: Conversation, message: str, kind: str, number: str
) -> None:
    messages = conversation.send(message)
    # A second marker (other kinds found, see action_escalate_others) still leads with this kind.
    assert set(escalation_kinds(messages)) == {kind}
    first_text = next(m["text"] for m in messages if m.get("text"))
    assert number in first_text.splitlines()[0] or number in first_text[:160]


def test_a_rule_in_another_language_reaches_its_line_whatever_leads(conversation: Conversation) -> None:
    """"My husband beats me and won't let me leave the house": the Creole rule finds domestic violence;
    the classifier may add danger now, which then leads with 911."""
    messages = conversation.send("Mari m bat mwen e li pa kite m soti nan kay la")
    markers = escalation_markers(messages)
    assert "dv" in {k for marker in markers for k in [marker["kind"], *marker.get("kinds", [])]}
    assert "1-888-774-2900" in texts(messages)


@pytest.mark.parametrize(
    "message",
    ["this traffic is killing me", "i want to kill some time before work", "my phone is dead lol"],
)
def test_everyday_idioms_do_not_escalate(conversation: Conversation, message: str) -> None:
    assert escalation_kinds(conversation.send(message)) == []


@pytest.mark.parametrize(
    "answers",
    [
        ["i need a shelter", "skip"],
        ["i need legal help", "idk"],
        ["hello", "ok", "thanks", "bye"],
        ["yes", "no", "what", "hmm"],
        ["i need someone to call", "06106", "what about counseling"],
    ],
)
def test_everyday_answers_never_escalate(conversation: Conversation, answers: list[str]) -> None:
    """Short replies resemble nothing in training: no layer may read a crisis into them."""
    for answer in answers:
        assert escalation_kinds(conversation.send(answer)) == [], answer


@pytest.mark.parametrize(
    ("answer", "reply"),
    [("no", "here if you need me later"), ("No thanks.", "here if you need me later"), ("yes", "What kind of help")],
)
def test_short_answers_are_understood(conversation: Conversation, answer: str, reply: str) -> None:
    """Among thousands of risk examples the classifiers alone answered "no" with "didn't understand"."""
    conversation.say("hello")
    assert reply in conversation.say(answer)


def test_skip_gives_statewide_lines(conversation: Conversation) -> None:
    conversation.say("i need someone to call")
    reply = conversation.say("skip")
    assert "in Connecticut" in reply
    assert "Call" in reply


def test_unknown_town_is_asked_again(conversation: Conversation) -> None:
    conversation.say("i need a shelter")
    reply = conversation.say("zzyzx")
    assert "couldn't find" in reply or "didn't understand" in reply
    assert "town or ZIP" in reply


def test_bot_and_privacy_questions(conversation: Conversation) -> None:
    assert "not a person" in conversation.say("are you a real person")
    assert "not the police" in conversation.say("will you tell the police about me")
