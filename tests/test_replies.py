"""What a person reads for a search result."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.directory import find_services, open_directory
from bot.geo import resolve_location
from bot.replies import service_card, services_text


@pytest.fixture(scope="module")
def seed(seeded_db: Path) -> Database:
    return open_directory(seeded_db)


def test_local_reply_lists_name_phone_hours_area_languages(seed: Database) -> None:
    place = resolve_location("hartford")
    text = services_text(find_services(seed, "shelter", place), "shelter", place)
    assert text.startswith("Here is where to start for a safe place to stay near Hartford:")
    assert "1. Interval House - 24-hour hotline\nCall 860-838-8467\nHours: 24/7\nServes: Hartford" in text
    assert "Languages: English, Spanish" in text
    assert "kept private" in text  # shelters are reached through their line
    assert text.rstrip().endswith("call 911.")


def test_text_option_is_shown(seed: Database) -> None:
    text = services_text(find_services(seed, "hotline", None), "hotline", None)
    assert "Text 1-888-774-2900" in text


def test_outside_connecticut_says_so(seed: Database) -> None:
    place = resolve_location("10001")
    text = services_text(find_services(seed, "legal", place), "legal", place)
    assert text.startswith("10001 (New York, NY) is outside Connecticut.")


def test_cards_carry_no_address(seed: Database) -> None:
    for service in find_services(seed, "shelter", resolve_location("bridgeport")):
        card = service_card(service)
        assert "address" not in card and card["phones"]
