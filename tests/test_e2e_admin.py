"""A service added on the staff web page is in the next conversation, and gone from it once deactivated there."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.serve import Assistant
from chat import Conversation
from staff_page import Browser, add_account, logged_in, staff_page

pytestmark = pytest.mark.e2e

# Fictional (555-01xx) number, in a real town no other counseling service lists.
CLINIC = {
    "name": "Tolland Example Counseling", "organization": "Example Counseling Partners", "category": "counseling",
    "scope": "local", "phone": "860-555-0163", "service_area_towns": "Tolland", "office_town": "Tolland",
    "confidential_location": "no",
}  # fmt: skip


@pytest.fixture(scope="module")
def staff(assistant: Assistant, seeded_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """The staff page on the session assistant's own directory, as `make run` serves both."""
    folder = tmp_path_factory.mktemp("e2e-staff")
    add_account(folder / "staff.db")
    with staff_page(seeded_db, folder / "staff.db", folder / "page.log") as base:
        yield logged_in(base)


def test_a_service_added_on_the_page_is_found_at_once(staff: Browser, conversation: Conversation) -> None:
    added = staff.post("/services/new", CLINIC)
    assert added.status_code == 303, added.text
    try:
        assert "town or ZIP" in conversation.say("i need counseling")
        reply = conversation.say("tolland")
        assert "Tolland Example Counseling" in reply and "860-555-0163" in reply
    finally:  # the session's directory is shared with other tests
        closed = staff.post("/services/tolland-example-counseling/deactivate", {"reason": "test over"})
        assert closed.status_code == 303
    later = Conversation(conversation.url)
    later.say("i need counseling")
    assert "Tolland Example Counseling" not in later.say("tolland")
