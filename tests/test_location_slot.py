"""Filling the location slot from what a person writes."""
from __future__ import annotations

import pytest

from bot.location_slot import STATEWIDE, is_valid_location, location_value, place_for


@pytest.mark.parametrize(
    ("text", "expected"),
    [("hartford", "Hartford"), ("im in new haven", "New Haven"), ("Hartfrod", "Hartford")],
)
def test_places_in_text(text: str, expected: str) -> None:
    assert location_value(text, "inform_location", location_requested=True) == expected


def test_a_zip_in_the_text() -> None:
    value = location_value("shelter near 06106 please", "request_shelter", False)
    assert value is not None and value.startswith("06106")


def test_a_first_name_is_not_a_town() -> None:
    assert location_value("my friend sharon said to text you", "request_hotline", False) is None


@pytest.mark.parametrize("text", ["skip", "Skip.", "idk", "no"])
def test_skip_words_only_count_when_asked(text: str) -> None:
    assert location_value(text, "nlu_fallback", location_requested=True) == STATEWIDE
    assert location_value(text, "nlu_fallback", location_requested=False) is None


def test_risk_intents_are_never_read_as_locations() -> None:
    assert location_value("he hits me im in hartford", "risk_dv", True) is None


def test_unresolvable_text_is_returned_only_when_asked() -> None:
    assert location_value("zzyzx", "inform_location", True) == "zzyzx"
    assert location_value("zzyzx", "inform_location", False) is None
    assert location_value("tell me a joke", "out_of_scope", True) is None


def test_huge_text_is_cut() -> None:
    value = location_value("x" * 10_000, "nlu_fallback", True)
    assert value is not None and len(value) <= 200


def test_validity() -> None:
    assert is_valid_location(STATEWIDE) and place_for(STATEWIDE) is None
    assert is_valid_location("Hartford")
    assert not is_valid_location("zzyzx") and not is_valid_location(None)
