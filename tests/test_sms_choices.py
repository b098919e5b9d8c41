"""Buttons arrive as numbered choices, and a reply of just the number picks one."""
from __future__ import annotations

import pytest

from sms_phone import Phone

pytestmark = pytest.mark.e2e


def test_reply_with_a_number_picks_that_choice(phone: Phone) -> None:
    greeting = phone.say("hi")
    assert "Reply 1 for a safe place to stay" in greeting
    assert "Reply 3 for legal help" in greeting
    assert "/request" not in greeting  # never the raw payload
    assert "town or ZIP" in phone.say("3")
    assert "Statewide Legal Services" in phone.say("bridgeport")


def test_a_number_without_choices_is_just_text(phone: Phone) -> None:
    assert "town or ZIP" in phone.say("i need a shelter")
    reply = phone.say("1")  # no choices were offered: the form hears "1", not a button
    assert "town or ZIP" in reply or "couldn't find" in reply


def test_a_number_out_of_range_is_not_a_choice(phone: Phone) -> None:
    phone.say("hi")
    assert phone.send("9")  # answered, as ordinary text
