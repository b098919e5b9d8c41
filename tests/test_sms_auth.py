"""Only requests Twilio signed with our auth token, for our public URL, reach the bot."""
from __future__ import annotations

import pytest

from bot.channels.sms import SmsInput, SmsSettings
from sms_phone import AUTH_TOKEN, ID_SECRET, PUBLIC_URL, Phone, replies, sign

E2E = pytest.mark.e2e
ENV = {"TWILIO_AUTH_TOKEN": AUTH_TOKEN, "SMS_ID_SECRET": ID_SECRET, "SMS_PUBLIC_URL": PUBLIC_URL}


@E2E
def test_a_signed_request_is_answered(phone: Phone) -> None:
    response = phone.post(phone.fields("hi"))
    assert response.status_code == 200
    assert "911" in "\n".join(replies(response))


@E2E
def test_an_unsigned_request_is_refused(phone: Phone) -> None:
    response = phone.post(phone.fields("hi"), signature="")
    assert response.status_code == 403
    assert "<Message>" not in response.text


@E2E
@pytest.mark.parametrize(
    "forge",
    [
        lambda params: sign(params, token="not-our-auth-token"),
        lambda params: sign(params, url="https://attacker.example/webhooks/sms/webhook"),
        lambda params: sign({**params, "Body": "something else"}),
        lambda params: sign({**params, "From": "+12035550199"}),
        lambda params: "AAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    ],
    ids=["wrong token", "wrong url", "body changed", "sender changed", "garbage"],
)
def test_a_forged_request_is_refused(phone: Phone, forge) -> None:
    params = phone.fields("hi")
    assert phone.post(params, signature=forge(params)).status_code == 403


@E2E
def test_the_signature_covers_the_query_string(phone: Phone) -> None:
    params = phone.fields("hi")
    local = phone.local_url
    phone.local_url = local + "?tenant=ct"
    assert phone.post(params, signature=sign(params)).status_code == 403
    assert phone.post(params, signature=sign(params, url=PUBLIC_URL + "?tenant=ct")).status_code == 200


@E2E
def test_a_refused_request_reaches_no_bot(phone: Phone) -> None:
    """Sent forged first: if it had reached the bot, the signed STOP after it would not be the first message."""
    params = phone.fields("STOP")
    assert phone.post(params, signature=sign(params, token="forged")).status_code == 403
    assert "won't get more messages" in phone.say("STOP")


def test_settings_require_token_secret_and_public_url() -> None:
    for name in ENV:
        with pytest.raises(ValueError, match=name):
            SmsSettings.from_env({k: v for k, v in ENV.items() if k != name})


def test_settings_refuse_a_short_secret_and_a_relative_url() -> None:
    with pytest.raises(ValueError, match="SMS_ID_SECRET"):
        SmsSettings.from_env({**ENV, "SMS_ID_SECRET": "short"})
    with pytest.raises(ValueError, match="SMS_PUBLIC_URL"):
        SmsSettings.from_env({**ENV, "SMS_PUBLIC_URL": "/webhooks/sms/webhook"})


def test_conversation_id_is_a_keyed_hash_of_the_number() -> None:
    settings = SmsSettings.from_env(ENV)
    other = SmsSettings.from_env({**ENV, "SMS_ID_SECRET": "another-secret-of-enough-length"})
    number = "+12035550147"
    assert settings.conversation_id(number) == settings.conversation_id(number)
    assert settings.conversation_id(number) != other.conversation_id(number)
    assert "5550147" not in settings.conversation_id(number)
    assert len(settings.conversation_id(number)) == 64


def test_without_settings_the_channel_is_registered_but_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    """`make run` without SMS settings still starts; the SMS URL then refuses everything (503)."""
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    assert SmsInput.from_credentials(None).webhook is None
