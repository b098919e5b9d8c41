"""Staff changes reach people at once: added with the `directory` command, found in the next conversation,
and an import while the bot is answering costs no reply."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.directory.edits import deactivate_service, import_entries, open_for_edit
from bot.directory.io_csv import read_rows, write_entries
from bot.replies import NO_DIRECTORY
from bot.serve import Assistant
from chat import Conversation
from staff import NEW_SERVICE, STAFF_NAME

pytestmark = pytest.mark.e2e

CONVERSATIONS_PER_THREAD = 4
THREADS = 2


@pytest.fixture
def added_clinic(assistant: Assistant, seeded_db: Path) -> Iterator[str]:
    """A fictional clinic added with the console script, as the README says; deactivated afterwards,
    since the session's directory is shared with the other tests."""
    fields = [f"{name}={value}" for name, value in NEW_SERVICE.items()]
    env = {**os.environ, "RESOURCES_DB": str(seeded_db), "DIRECTORY_USER": STAFF_NAME}
    script = Path(sys.executable).parent / "directory"
    result = subprocess.run([script, "add", *fields], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    yield "mansfield-example-clinic"
    db = open_for_edit(seeded_db)
    try:
        deactivate_service(db, "mansfield-example-clinic", STAFF_NAME, reason="test over")
    finally:
        db.close()


def test_an_added_service_is_in_the_next_conversation(added_clinic: str, conversation: Conversation) -> None:
    assert "town or ZIP" in conversation.say("i need medical care")  # the README's check
    reply = conversation.say("mansfield")
    assert "1. Mansfield Example Clinic\nCall 860-555-0150" in reply


def notes_changed(seeded_db: Path, folder: Path) -> list[Path]:
    """The session directory as it is, and with every entry's notes changed (which no reply shows)."""
    original = folder / "original.csv"
    db = open_for_edit(seeded_db)
    try:
        with original.open("w", newline="") as handle:
            write_entries(db, handle, show_confidential=True)
    finally:
        db.close()
    with original.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    changed = folder / "changed.csv"
    with changed.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**row, "notes": f"{row['notes']} Re-checked."} for row in rows)
    return [changed, original]


def test_an_import_while_the_bot_answers(assistant: Assistant, seeded_db: Path, tmp_path: Path) -> None:
    files = notes_changed(seeded_db, tmp_path)
    replies: list[str] = []
    failures: list[str] = []
    talking_done = threading.Event()
    imports: list[int] = []

    def talk() -> None:
        try:
            for _ in range(CONVERSATIONS_PER_THREAD):
                conversation = Conversation(assistant.rest_url)
                conversation.say("i need a safe place to stay")
                replies.append(conversation.say("hartford"))
        except Exception as error:  # noqa: BLE001 - any error is the failure being tested for
            failures.append(repr(error))

    def import_repeatedly() -> None:
        db = open_for_edit(seeded_db)
        try:
            while not talking_done.is_set() or len(imports) < 2:
                imports.append(len(import_entries(db, read_rows(files[len(imports) % 2]), STAFF_NAME)))
        except Exception as error:  # noqa: BLE001
            failures.append(repr(error))
        finally:
            db.close()

    importer = threading.Thread(target=import_repeatedly)
    talkers = [threading.Thread(target=talk) for _ in range(THREADS)]
    importer.start()
    for thread in talkers:
        thread.start()
    for thread in talkers:
        thread.join()
    talking_done.set()
    importer.join()
    if len(imports) % 2:  # leave the session directory as it was
        db = open_for_edit(seeded_db)
        try:
            import_entries(db, read_rows(files[1]), STAFF_NAME)
        finally:
            db.close()
    assert failures == []
    assert len(replies) == CONVERSATIONS_PER_THREAD * THREADS
    assert all("Interval House" in reply and NO_DIRECTORY not in reply for reply in replies)
    assert len(imports) >= 2 and set(imports) == {len(read_rows(files[0]))}  # every entry rewritten each time
