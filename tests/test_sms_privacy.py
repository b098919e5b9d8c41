"""The phone number never reaches the tracker store, the SMS state file or the logs."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sms_phone import Phone, conversation_id

pytestmark = pytest.mark.e2e


def number_forms(number: str) -> list[bytes]:
    """+12035550147 as it might be written anywhere: E.164, digits, dashed, URL-encoded."""
    digits = number.removeprefix("+1")
    forms = [number, "1" + digits, digits, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}", number.replace("+", "%2B")]
    return [form.encode() for form in forms]


def test_number_is_nowhere_in_store_state_or_logs(
    phone: Phone, tracker_store_db: Path, sms_state_db: Path, server_log: Path
) -> None:
    phone.say("hi")
    phone.say("i need a shelter in hartford")
    phone.say("STOP")
    phone.say("START")
    phone.post(phone.fields("hi"), signature="forged")  # a refused request is not logged with its number
    with sqlite3.connect(f"file:{tracker_store_db}?mode=ro", uri=True) as db:
        senders = {row[0] for row in db.execute("SELECT DISTINCT sender_id FROM events")}
    assert conversation_id(phone.number) in senders  # stored, under the keyed hash

    for path in (tracker_store_db, sms_state_db, server_log):
        content = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        for form in number_forms(phone.number):
            assert form not in content, f"{form!r} found in {path.name}"


def test_message_text_is_not_logged(phone: Phone, server_log: Path) -> None:
    phone.say("my name is Quillhaven and i need a lawyer")
    assert "Quillhaven" not in server_log.read_text(errors="replace")
