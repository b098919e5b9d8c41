"""Texting the running assistant as Twilio would: form posts signed with the auth token.

The session server believes it sits behind a proxy at PUBLIC_URL; requests go
to its local port but are signed for the public URL, as Twilio signs them.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import uuid
import xml.etree.ElementTree as ElementTree

import requests
from twilio.request_validator import RequestValidator

AUTH_TOKEN = "test-auth-token-0b1d5e7a93c24f68"
ID_SECRET = "test-id-secret-5f0c9a7e21d84b36"
PUBLIC_URL = "https://sms.example.org/webhooks/sms/webhook"
RATE_LIMIT = 8
OUR_NUMBER = "+18605550100"
# Fictional numbers only (555-0100 to 555-0199), each test phone its own.
_numbers = (f"+1{area}55501{n:02d}" for area, n in itertools.product((203, 475, 860, 959), range(1, 100)))


def conversation_id(number: str) -> str:
    """What the server stores instead of the number (the same keyed hash)."""
    return hmac.new(ID_SECRET.encode(), number.encode(), hashlib.sha256).hexdigest()


def sign(params: dict[str, str], url: str = PUBLIC_URL, token: str = AUTH_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


class Phone:
    """One person's phone texting the assistant's SMS number."""

    def __init__(self, local_url: str) -> None:
        self.local_url = local_url
        self.number = next(_numbers)

    def fields(self, body: str, **extra: str) -> dict[str, str]:
        """A webhook as Twilio posts it, blank fields included (they are signed too)."""
        sid = "SM" + uuid.uuid4().hex
        return {
            "ToCountry": "US", "ToState": "CT", "SmsMessageSid": sid, "NumMedia": "0",
            "ToCity": "", "FromZip": "", "SmsSid": sid, "FromState": "CT", "SmsStatus": "received",
            "FromCity": "", "Body": body, "FromCountry": "US", "To": OUR_NUMBER, "ToZip": "",
            "NumSegments": "1", "MessageSid": sid, "AccountSid": "AC" + "0" * 32, "From": self.number,
            "ApiVersion": "2010-04-01", **extra,
        }

    def post(self, params: dict[str, str], signature: str | None = None) -> requests.Response:
        """Post signed for the public URL unless a signature (or "" for none) is given."""
        headers = {}
        signature = sign(params) if signature is None else signature
        if signature:
            headers["X-Twilio-Signature"] = signature
        return requests.post(self.local_url, data=params, headers=headers, timeout=60)

    def send(self, body: str, **extra: str) -> list[str]:
        """The SMS bodies the assistant answers with (an empty list is silence)."""
        response = self.post(self.fields(body, **extra))
        assert response.status_code == 200, response.text
        return replies(response)

    def say(self, body: str) -> str:
        return "\n".join(self.send(body))


def replies(response: requests.Response) -> list[str]:
    assert response.headers["Content-Type"].startswith("text/xml")
    root = ElementTree.fromstring(response.text)
    assert root.tag == "Response"
    return [message.text or "" for message in root.findall("Message")]
