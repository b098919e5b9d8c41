"""STOP, START, HELP: what carriers require, and what a person texting HELP needs."""
from __future__ import annotations

import pytest

from bot.channels.keywords import HOTLINE_NAME, Keyword, help_text, hotline_contact, keyword
from bot.channels.sms_format import lock_screen_safe
from sms_phone import Phone
from test_crisis_numbers import digits, vetted_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STOP", Keyword.STOP), ("stop", Keyword.STOP), (" Stop. ", Keyword.STOP), ("StopAll", Keyword.STOP),
        ("unsubscribe", Keyword.STOP), ("CANCEL", Keyword.STOP), ("end", Keyword.STOP), ("quit!", Keyword.STOP),
        ("START", Keyword.START), ("unstop", Keyword.START),
        ("HELP", Keyword.HELP), ("help", Keyword.HELP), ("info", Keyword.HELP),
        ("FORGET", Keyword.FORGET), ("forget.", Keyword.FORGET),
        ("please stop", None), ("help me", None), ("i need help", None), ("", None),
    ],
)
def test_keywords_are_whole_messages(text: str, expected: Keyword | None) -> None:
    assert keyword(text) is expected


def test_help_text_has_what_carriers_require_with_vetted_numbers() -> None:
    text = help_text("CT Help Finder")
    call, sms = hotline_contact()
    assert text.startswith("CT Help Finder")
    assert HOTLINE_NAME in text and call in text and sms in text and "911" in text
    assert "STOP" in text
    assert {digits(call), digits(sms)} <= vetted_numbers()
    assert lock_screen_safe(text)



@pytest.mark.e2e
def test_stop_confirms_once_then_silence_until_start(phone: Phone) -> None:
    assert phone.say("hi")
    confirmation = phone.say("STOP")
    assert "won't get more messages" in confirmation and "START" in confirmation
    assert phone.send("i need a shelter in hartford") == []
    assert phone.send("stop") == []  # one confirmation only
    assert "again" in phone.say("START")
    assert "town or ZIP" in phone.say("i need legal help")


@pytest.mark.e2e
@pytest.mark.parametrize("word", ["STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"])
def test_every_stop_word_opts_out(phone: Phone, word: str) -> None:
    assert "START" in phone.say(word)
    assert phone.send("hello") == []
    assert "again" in phone.say("UNSTOP")


@pytest.mark.e2e
@pytest.mark.parametrize("word", ["HELP", "info"])
def test_help_gives_required_information_and_starts_the_help_flow(phone: Phone, word: str) -> None:
    bodies = phone.send(word)
    call, sms = hotline_contact()
    assert bodies[0].startswith("CT Help Finder")
    assert call in bodies[0] and sms in bodies[0] and "STOP" in bodies[0]
    # The normal help flow follows: what the assistant is, and the kinds of help to choose from.
    rest = "\n".join(bodies)
    assert "not the police" in rest
    assert "Reply 1 for a safe place to stay" in rest
