"""Directory search: most local first, each line once, never an inactive service or a
shelter address, and always a number to call."""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.directory import CATEGORIES, Service, build_database, find_services, open_directory
from bot.geo import Place, resolve_location, town_place

FIXTURES = Path(__file__).parent / "fixtures"
FALLBACK = "211 Connecticut (information, referral and crisis)"
TIER_ORDER = ["local", "nearby", "statewide", "national", "fallback"]
# Built by hand, as the bot's location slot would: ZIP 06103 is downtown Hartford.
HARTFORD_ZIP = Place("06103 (Hartford)", 41.7672, -72.676, "Hartford", "06103")
MANSFIELD = Place("Mansfield", 41.79, -72.23, "Mansfield")
SPRINGFIELD_MA = Place("01103 (Springfield, MA)", 42.1029, -72.5887, None, "01103")
HOSTILE_TEXT = ["'; DROP TABLE service; --", "shelter' OR '1'='1", "x\x00y", "%", "_"]


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "resources.db"
    build_database(path, FIXTURES / "directory_sample.csv", FIXTURES / "directory_overrides.csv")
    return path


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> Iterator[Database]:
    db = open_directory(sample_path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def seed(seeded_db: Path) -> Iterator[Database]:
    db = open_directory(seeded_db)
    yield db
    db.close()


def names(services: list[Service]) -> list[str]:
    return [service.name for service in services]


def matches(services: list[Service]) -> list[str]:
    return [service.match for service in services]


def voice_numbers(services: list[Service]) -> list[str]:
    return [phone.display for service in services for phone in service.phones if phone.type == "voice"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_hartford_shelter_search_starts_with_interval_house(seed: Database) -> None:
    first = find_services(seed, "shelter", town_place("Hartford"))[0]
    assert (first.name, first.match) == ("Interval House - 24-hour hotline", "local")
    assert first.area == "Hartford, East Hartford, West Hartford and 5 more towns"
    assert [p.display for p in first.phones] == ["860-838-8467"]


def test_a_zip_code_searches_its_town(seed: Database) -> None:
    for place in (HARTFORD_ZIP, resolve_location("06103")):
        assert find_services(seed, "shelter", place)[0].name == "Interval House - 24-hour hotline"


def test_a_village_searches_its_town(seed: Database) -> None:
    place = resolve_location("Willimantic")
    assert place is not None and place.town == "Windham"
    first = find_services(seed, "shelter", place)[0]
    assert (first.name, first.match) == ("United Services Domestic Violence Program", "local")


def test_within_a_tier_general_24_7_verified_lines_come_first(sample: Database) -> None:
    found = find_services(sample, "shelter", town_place("Hartford"), limit=10)
    assert names(found)[:2] == ["Riverbend Safe House", "Oak Street Women's Shelter"]
    statewide = [s.name for s in found if s.match == "statewide"]
    assert statewide == ["Statewide Shelter Line", "Statewide Shelter Line - Spanish"]


def tiers_only(found: list[Service]) -> list[Service]:
    """The category's own tiers, without the statewide crisis lines that fill a short reply."""
    return [service for service in found if service.match != "fallback"]


def test_tiers_come_in_order_local_nearby_statewide_national(sample: Database) -> None:
    found = tiers_only(find_services(sample, "shelter", town_place("Hartford"), limit=10))
    assert matches(found) == ["local", "local", "nearby", "statewide", "statewide", "national"]
    assert found[-1].area == "nationwide" and found[-2].area == "all of Connecticut"


def test_the_nearest_services_stand_in_when_no_local_one_covers_the_town(sample: Database) -> None:
    found = find_services(sample, "shelter", MANSFIELD, limit=10)
    nearby = [s for s in found if s.match == "nearby"]
    assert nearby[0].name == "Quiet Hills Shelter"
    assert 5 < nearby[0].distance_km < 15
    assert [s.distance_km for s in nearby] == sorted(s.distance_km for s in nearby)
    assert all(s.distance_km is None for s in found if s.match != "nearby")


def test_the_nearby_tier_stops_at_its_radius(seed: Database) -> None:
    found = find_services(seed, "shelter", town_place("Salisbury"), limit=10)
    assert all(s.distance_km <= 60 for s in found if s.match == "nearby")


def test_a_shared_line_is_shown_once_from_the_most_local_entry(sample: Database, seed: Database) -> None:
    hartford = find_services(sample, "shelter", town_place("Hartford"), limit=10)
    assert "Northern Valley Shelter" not in names(hartford)  # same line as Riverbend, and farther
    mansfield = find_services(sample, "shelter", MANSFIELD, limit=10)
    assert "Northern Valley Shelter" in names(mansfield) and "Riverbend Safe House" not in names(mansfield)
    for town in ("Hartford", "Enfield", "Waterbury", "New Haven", "Middletown", "Salisbury"):
        numbers = voice_numbers(find_services(seed, "shelter", town_place(town), limit=10))
        assert len(numbers) == len(set(numbers)), town
        assert numbers.count("1-888-774-2900") <= 1


def test_a_reply_without_a_line_to_call_gets_211(sample: Database) -> None:
    # The drop-in center has neither a phone nor a website: nobody could reach it from a reply.
    found = find_services(sample, "youth", town_place("Hartford"))
    assert names(found) == ["Youth Text Line", FALLBACK]
    assert found[-1].match == "fallback" and voice_numbers(found[-1:]) == ["211"]


def test_every_search_gives_a_number_to_call(seed: Database) -> None:
    places = [None, SPRINGFIELD_MA, *map(town_place, ("Hartford", "Norwich", "Salisbury", "Greenwich"))]
    for category in CATEGORIES:
        for place in places:
            found = find_services(seed, category, place)
            assert voice_numbers(found), (category, place)
            assert len(found) <= 3 or (len(found) == 4 and found[-1].match == "fallback")


def test_inactive_services_are_never_returned(sample: Database, seed: Database) -> None:
    assert "Closed Door Shelter" not in names(find_services(sample, "shelter", town_place("Hartford"), limit=50))
    for place in (None, town_place("Hartford")):
        assert "VictimConnect Resource Center" not in names(find_services(seed, "hotline", place, limit=100))


def test_a_confidential_address_never_leaves_the_directory(sample: Database) -> None:
    stored = sample.execute("SELECT address_1 FROM location WHERE address_1 = '100 Hidden Lane'").fetchall()
    assert stored  # the fixture does give the safe house an address
    riverbend = find_services(sample, "shelter", town_place("Hartford"))[0]
    assert riverbend.name == "Riverbend Safe House" and riverbend.address is None
    assert "Hidden Lane" not in repr(find_services(sample, "shelter", town_place("Hartford"), limit=50))
    counseling = find_services(sample, "counseling", town_place("Hartford"))[0]
    assert counseling.address == "12 Example Street, Hartford"


def test_unknown_categories_are_refused(sample: Database) -> None:
    for category in ["spa", "Shelter", "", *HOSTILE_TEXT]:
        with pytest.raises(ValueError):
            find_services(sample, category, town_place("Hartford"))


def test_no_place_gives_statewide_then_national_lines(sample: Database) -> None:
    found = tiers_only(find_services(sample, "shelter", None, limit=10))
    assert matches(found) == ["statewide", "statewide", "national"]


def test_a_place_outside_connecticut_gets_no_local_services(sample: Database) -> None:
    # Springfield is 30 km from the Enfield shelter, but that shelter serves Connecticut towns only.
    found = tiers_only(find_services(sample, "shelter", SPRINGFIELD_MA, limit=10))
    assert matches(found) == ["statewide", "statewide", "national"]


def test_statewide_crisis_lines_fill_a_short_reply(seed: Database) -> None:
    # No counseling program in the seed lists Norwich or its neighbours.
    found = find_services(seed, "counseling", town_place("Norwich"))
    assert len(found) == 3
    fillers = [s for s in found if s.match == "fallback"]
    assert fillers and all(s.category == "hotline" and s.scope == "statewide" for s in fillers)


def test_fillers_come_only_after_every_tier(sample: Database) -> None:
    found = find_services(sample, "shelter", town_place("Hartford"), limit=20)
    kinds = matches(found)
    assert "fallback" in kinds and kinds[kinds.index("fallback"):] == ["fallback"] * (len(kinds) - kinds.index("fallback"))


def test_hostile_text_as_a_town_changes_nothing(sample: Database, sample_path: Path) -> None:
    before = digest(sample_path)
    for text in HOSTILE_TEXT:
        place = Place(text, 41.7672, -72.676, text)
        found = find_services(sample, "shelter", place, limit=10)
        assert "local" not in matches(found)
    assert digest(sample_path) == before
    assert sample.execute("SELECT COUNT(*) FROM service").fetchone()[0] == 13


def test_the_bot_cannot_write_to_the_directory(sample: Database, tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError):
        sample.execute("DELETE FROM phone")
    missing = tmp_path / "missing.db"
    with pytest.raises(sqlite3.OperationalError):
        open_directory(missing)
    assert not missing.exists()


def test_area_text_keeps_a_statewide_restriction_visible(seed: Database) -> None:
    [eviction] = [s for s in find_services(seed, "legal", None, limit=10) if s.name == "CT Right to Counsel - eviction help"]
    assert eviction.area == "Connecticut (eligible ZIP codes)"


def test_texts_show_their_keyword(seed: Database) -> None:
    [hotline] = [s for s in find_services(seed, "hotline", SPRINGFIELD_MA, limit=30) if s.name == "National Domestic Violence Hotline"]
    assert [p.display for p in hotline.phones] == ["1-800-799-7233", "text START to 88788"]


def test_a_restricted_statewide_line_comes_after_unrestricted_ones(seed: Database) -> None:
    # Right to Counsel serves only eligible ZIP codes; it is not where legal help starts.
    found = find_services(seed, "legal", None)
    assert names(found)[-1] == "CT Right to Counsel - eviction help"
