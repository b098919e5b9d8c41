"""Bad input over SMS: a polite text or a 4xx, never a 500. Floods get one notice, then silence."""
from __future__ import annotations

import pytest
import requests

from sms_phone import RATE_LIMIT, Phone, replies, sign

pytestmark = pytest.mark.e2e


def test_a_picture_without_text_gets_a_polite_reply(phone: Phone) -> None:
    media = {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/2010-04-01/Media/ME0", "MediaContentType0": "image/jpeg"}
    reply = "\n".join(phone.send("", **media))
    assert "only read text" in reply and "911" in reply


def test_a_picture_with_text_is_answered_from_the_text(phone: Phone) -> None:
    reply = "\n".join(phone.send("i need a shelter", NumMedia="1", MediaUrl0="https://example.org/x.jpg"))
    assert "town or ZIP" in reply


def test_an_empty_message_gets_a_polite_reply(phone: Phone) -> None:
    assert "empty" in phone.say("   ")


@pytest.mark.parametrize("body", ["😀😀😀", "a" * 1600, "\x00\x01\u202e", "/request_shelter{\"location\": \"'; --\"}"])
def test_odd_bodies_get_a_reply(phone: Phone, body: str) -> None:
    assert phone.send(body)


def test_unknown_fields_are_ignored(phone: Phone) -> None:
    assert "911" in "\n".join(phone.send("hi", SomethingNew="x", AnotherField=""))


def test_a_huge_request_is_refused(phone: Phone) -> None:
    params = phone.fields("a" * 200_000)
    assert phone.post(params).status_code == 413


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b'{"From": "+12035550100", "Body": "hi"}', "application/json"),
        (b"From=%2B12035550100&Body=hi", "text/plain"),
        (b"<xml/>", "application/xml"),
    ],
)
def test_non_form_payloads_are_refused(phone: Phone, data: bytes, content_type: str) -> None:
    response = requests.post(phone.local_url, data=data, headers={"Content-Type": content_type}, timeout=60)
    assert response.status_code == 415


def test_a_form_that_is_not_utf8_is_refused(phone: Phone) -> None:
    response = requests.post(
        phone.local_url, data=b"From=%2B1&Body=\xff\xfe",
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"}, timeout=60,
    )
    assert 400 <= response.status_code < 500


def test_a_signed_request_without_a_sender_is_refused(phone: Phone) -> None:
    params = {k: v for k, v in phone.fields("hi").items() if k != "From"}
    assert phone.post(params, signature=sign(params)).status_code == 400


def test_a_flood_gets_one_notice_then_silence(phone: Phone) -> None:
    answered = [phone.send("hello") for _ in range(RATE_LIMIT)]
    assert all(answered)
    notice = phone.send("hello")
    assert len(notice) == 1 and "faster than I can answer" in notice[0] and "911" in notice[0]
    assert phone.send("hello") == []
    assert phone.send("i need help") == []
    # Opting out still works while throttled, and is confirmed.
    assert "START" in phone.say("STOP")


def test_the_health_route_answers(phone: Phone) -> None:
    response = requests.get(phone.local_url.removesuffix("webhook"), timeout=60)
    assert response.json() == {"status": "ok"}


def test_replies_are_twiml(phone: Phone) -> None:
    response = phone.post(phone.fields("hi"))
    assert response.headers["Content-Type"].startswith("text/xml")
    assert replies(response)
