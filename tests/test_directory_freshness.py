"""Trust signals: when an entry was last checked shows in replies, and entries due a check come after fresher ones."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.channels.sms_format import render_turn
from bot.directory import find_services, open_directory
from bot.directory.edits import open_for_edit, verify_service
from bot.directory.freshness import fresh_since, is_stale, stale_after_days, stale_entries, verified_label
from bot.geo import town_place
from bot.replies import service_card, services_text
from staff import STAFF_NAME

TODAY = date(2026, 3, 15)


def verify(path: Path, service_id: str, on: date) -> None:
    db = open_for_edit(path)
    try:
        verify_service(db, service_id, STAFF_NAME, on=on)
    finally:
        db.close()


def shelters(path: Path, today: date = TODAY) -> list[str]:
    db = open_directory(path)
    try:
        return [s.name for s in find_services(db, "shelter", town_place("Hartford"), limit=10, today=today)]
    finally:
        db.close()


def test_the_period_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIRECTORY_STALE_DAYS", raising=False)
    assert stale_after_days() == 180
    monkeypatch.setenv("DIRECTORY_STALE_DAYS", "90")
    assert stale_after_days() == 90 and fresh_since(TODAY) == "2025-12-15"
    monkeypatch.setenv("DIRECTORY_STALE_DAYS", "soon")
    assert stale_after_days() == 180  # a bad setting must not stop searches


def test_a_check_exactly_one_period_ago_is_still_fresh() -> None:
    since = fresh_since(TODAY, 180)
    assert since == "2025-09-16"
    assert not is_stale("2025-09-16", since) and is_stale("2025-09-15", since) and is_stale(None, since)


def test_stale_lists_never_checked_first_then_oldest(staff_db: Path) -> None:
    verify(staff_db, "riverbend-safe-house", date(2026, 3, 1))
    verify(staff_db, "oak-street-women-s-shelter", date(2025, 1, 2))
    verify(staff_db, "statewide-shelter-line", date(2025, 6, 1))
    db = open_directory(staff_db)
    try:
        found = stale_entries(db, 180, TODAY)
    finally:
        db.close()
    assert "riverbend-safe-house" not in [e.id for e in found]
    assert [e.id for e in found if e.last_verified] == ["oak-street-women-s-shelter", "statewide-shelter-line"]
    assert all(e.last_verified is None for e in found[:-2])
    assert "closed-door-shelter" not in [e.id for e in found]  # inactive entries need no check


def test_fresher_entries_come_first_within_a_tier(staff_db: Path) -> None:
    assert shelters(staff_db)[:2] == ["Riverbend Safe House", "Oak Street Women's Shelter"]
    verify(staff_db, "oak-street-women-s-shelter", date(2026, 2, 1))
    assert shelters(staff_db)[:2] == ["Oak Street Women's Shelter", "Riverbend Safe House"]
    # Half a year on, that check is stale too and the rank decides again; tiers never mix.
    assert shelters(staff_db, date(2026, 9, 1))[:2] == ["Riverbend Safe House", "Oak Street Women's Shelter"]
    verify(staff_db, "statewide-shelter-line-spanish", date(2026, 2, 1))
    statewide = [n for n in shelters(staff_db) if n.startswith("Statewide")]
    assert statewide == ["Statewide Shelter Line - Spanish", "Statewide Shelter Line"]


def test_replies_say_when_an_entry_was_verified(staff_db: Path) -> None:
    assert verified_label("2026-03-04") == "Mar 2026"
    verify(staff_db, "riverbend-safe-house", date(2026, 3, 4))
    db = open_directory(staff_db)
    try:
        place = town_place("Hartford")
        found = find_services(db, "shelter", place, today=TODAY)
    finally:
        db.close()
    text = services_text(found, "shelter", place)
    assert "1. Riverbend Safe House\nCall 1-888-555-0100\nText 1-888-555-0100\nHours: 24/7" in text
    assert "Languages: English, Spanish\nVerified Mar 2026\n\n2." in text
    assert text.count("Verified") == 1  # an entry nobody has checked says nothing
    assert service_card(found[0])["last_verified"] == "2026-03-04"
    sms = "\n".join(render_turn([{"text": text}]))
    assert "Verified Mar 2026" in sms
