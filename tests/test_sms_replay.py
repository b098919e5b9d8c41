"""A signed webhook sent twice (a replayed capture, or a retry) is answered once."""
from __future__ import annotations

from sms_phone import Phone, replies


def test_the_same_message_sid_gets_silence_the_second_time(phone: Phone) -> None:
    params = phone.fields("hi")
    first = phone.post(params)
    assert first.status_code == 200 and replies(first)
    again = phone.post(params)
    assert again.status_code == 200
    assert replies(again) == []


def test_a_new_message_sid_is_answered_as_usual(phone: Phone) -> None:
    phone.send("hi")
    assert phone.send("hi")
