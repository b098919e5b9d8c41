"""Staff changes reach people at once: added with the `directory` command, found in the next conversation,
and an import while the bot is answering costs no reply."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.directory.edits import deactivate_service, open_for_edit
from bot.directory.io_csv import read_rows
from bot.replies import NO_DIRECTORY
from bot.serve import Assistant
from chat import Conversation
from staff import NEW_SERVICE, STAFF_NAME, alternate_files, import_while

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


def test_an_import_while_the_bot_answers(assistant: Assistant, seeded_db: Path, tmp_path: Path) -> None:
    files = alternate_files(seeded_db, tmp_path)
    replies: list[str] = []

    def talk() -> None:
        for _ in range(CONVERSATIONS_PER_THREAD):
            conversation = Conversation(assistant.rest_url)
            conversation.say("i need a safe place to stay")
            replies.append(conversation.say("hartford"))

    imports, failures = import_while(seeded_db, files, [talk] * THREADS)  # ends on the original file
    assert failures == []
    assert len(replies) == CONVERSATIONS_PER_THREAD * THREADS
    assert all("Interval House" in reply and NO_DIRECTORY not in reply for reply in replies)
    assert len(imports) >= 2 and set(imports) == {len(read_rows(files[0]))}  # every entry rewritten each time
