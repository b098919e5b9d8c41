"""The Connecticut gazetteer: towns, places, ZIPs, typos, and what must never match."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import zipcodes

from bot.geo import (
    NOT_PLACES,
    Place,
    canonical_town,
    ct_towns,
    distance_km,
    place_names,
    resolve_location,
    town_place,
)

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
CT_COUNTIES = {"Fairfield", "Hartford", "Litchfield", "Middlesex", "New Haven", "New London", "Tolland", "Windham"}


def read_rows(name: str) -> list[dict[str, str]]:
    with (GEO_DIR / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def resolved_town(text: str) -> str | None:
    place = resolve_location(text)
    return place.town if place else None


# ---------------------------------------------------------------- data files


def test_towns_file_lists_the_169_towns_once_each() -> None:
    rows = read_rows("ct_towns.csv")
    towns = [row["town"] for row in rows]
    assert len(towns) == 169 == len(set(towns))
    assert {row["county"] for row in rows} == CT_COUNTIES
    assert ct_towns() == sorted(towns)
    for town in ("Windham", "Killingly", "Winchester", "Vernon", "Canaan", "North Canaan", "Sprague", "Griswold"):
        assert town in towns


def test_places_file_is_unique_and_points_at_real_towns() -> None:
    rows = read_rows("ct_places.csv")
    towns = set(ct_towns())
    names = [row["place"].lower() for row in rows]
    assert len(names) == len(set(names))
    assert not {row["place"] for row in rows} & towns
    assert {row["town"] for row in rows} <= towns


def test_every_usps_city_name_in_connecticut_is_a_town_or_a_place() -> None:
    known = set(ct_towns()) | {row["place"] for row in read_rows("ct_places.csv")}
    usps = set()
    for record in zipcodes.filter_by(state="CT"):
        usps.update([record["city"], *record["acceptable_cities"]])
    assert usps - known == set(NOT_PLACES)


def test_every_connecticut_zip_resolves_to_a_town() -> None:
    for record in zipcodes.filter_by(state="CT"):
        place = resolve_location(record["zip_code"])
        assert place is not None and place.in_connecticut, record["zip_code"]


def test_every_town_has_coordinates_inside_connecticut() -> None:
    outside = [
        place
        for place in map(town_place, ct_towns())
        if not (40.9 <= place.latitude <= 42.1 and -73.8 <= place.longitude <= -71.7)
    ]
    assert outside == []


def test_place_names_cover_towns_and_places() -> None:
    names = place_names()
    assert names == sorted(set(names))
    assert {"Hartford", "Willimantic", "Frog Hollow", "Storrs Mansfield"} <= set(names)
    assert len(names) == 169 + len(read_rows("ct_places.csv"))


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Willimantic", "Windham"),
        ("Storrs", "Mansfield"),
        ("storrs mansfield", "Mansfield"),
        ("Mystic", "Groton"),
        ("Cos Cob", "Greenwich"),
        ("Dayville", "Killingly"),
        ("Danielson", "Killingly"),
        ("Winsted", "Winchester"),
        ("Rockville", "Vernon"),
        ("Jewett City", "Griswold"),
        ("Baltic", "Sprague"),
        ("Niantic", "East Lyme"),
        ("Pawcatuck", "Stonington"),
        ("Terryville", "Plymouth"),
        ("Collinsville", "Canton"),
        ("Unionville", "Farmington"),
        ("Uncasville", "Montville"),
        ("Falls Village", "Canaan"),
        ("Lakeville", "Salisbury"),
        ("Sandy Hook", "Newtown"),
        ("Southport", "Fairfield"),
        ("Kensington", "Berlin"),
        ("Fair Haven", "New Haven"),
        ("Glenbrook", "Stamford"),
        ("Black Rock", "Bridgeport"),
    ],
)
def test_villages_and_neighbourhoods_map_to_their_town(text: str, town: str) -> None:
    assert resolved_town(text) == town


def test_a_place_is_labelled_with_its_town() -> None:
    place = resolve_location("willimantic")
    assert place is not None and place.label == "Windham (Willimantic)"
    assert resolve_location("i live in frog hollow") == resolve_location("Hartford (Frog Hollow)")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("hartford", "Hartford"),
        ("HARTFORD!!!", "Hartford"),
        ("i need a shelter in hartford", "Hartford"),
        ("East Hartford", "East Hartford"),
        ("e. hartford", "East Hartford"),
        ("W Hartford", "West Hartford"),
        ("newhaven", "New Haven"),
        ("new haven, ct", "New Haven"),
        ("canaan", "Canaan"),
        ("north canaan", "North Canaan"),
        ("new canaan", "New Canaan"),
        ("Hártford", "Hartford"),
    ],
)
def test_exact_names(text: str, town: str) -> None:
    assert resolved_town(text) == town


def test_a_named_town_beats_a_neighbourhood_of_another_town() -> None:
    assert resolved_town("north end bridgeport") == "Bridgeport"
    assert resolved_town("mystic, stonington side") == "Stonington"


def test_a_longer_name_hides_the_town_inside_it() -> None:
    assert resolved_town("im in west hartford") == "West Hartford"
    assert resolved_town("east windsor hill") == "South Windsor"


# ---------------------------------------------------------------- ZIPs


@pytest.mark.parametrize(
    ("text", "label", "town"),
    [
        ("06106", "06106 (Hartford)", "Hartford"),
        ("shelter near 06106", "06106 (Hartford)", "Hartford"),
        ("06226", "06226 (Windham)", "Windham"),
        ("06513-1234", "06513 (New Haven)", "New Haven"),
        ("06018", "06018 (North Canaan)", "North Canaan"),
        ("06104", "06104 (Hartford)", "Hartford"),  # PO BOX
        ("10001", "10001 (New York, NY)", None),
    ],
)
def test_zips(text: str, label: str, town: str | None) -> None:
    place = resolve_location(text)
    assert place is not None
    assert (place.label, place.town, place.zip_code) == (label, town, label[:5])
    assert place.in_connecticut == (town is not None)


def test_a_po_box_zip_sits_at_its_town_centre() -> None:
    po_box, town = resolve_location("06104"), town_place("Hartford")
    assert po_box is not None and (po_box.latitude, po_box.longitude) == (town.latitude, town.longitude)


def test_a_zip_beats_a_town_name_and_a_ct_zip_beats_a_house_number() -> None:
    assert resolved_town("new haven 06106") == "Hartford"
    assert resolved_town("12345 main street, hartford 06106") == "Hartford"


@pytest.mark.parametrize("text", ["00000", "99999", "call me 8605551234", "0610"])
def test_numbers_that_are_not_zips(text: str) -> None:
    assert resolve_location(text) is None


# ---------------------------------------------------------------- typos


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Hartfrod", "Hartford"),
        ("new haevn", "New Haven"),
        ("new heaven", "New Haven"),
        ("bridgeprt", "Bridgeport"),
        ("waterbery", "Waterbury"),
        ("im in stamfrod", "Stamford"),
        ("norwhich", "Norwich"),
        ("weathersfield", "Wethersfield"),
        ("middeltown", "Middletown"),
        ("new britian", "New Britain"),
        ("torington", "Torrington"),
        ("willimantik", "Windham"),
        ("sharn", "Sharon"),
    ],
)
def test_typos(text: str, town: str) -> None:
    assert resolved_town(text) == town


@pytest.mark.parametrize(
    "text",
    [
        "he is killing me",  # Killingly
        "i was reading all night",  # Redding
        "he sends money by western union",  # Weston
        "i came from colombia",  # Columbia
        "roger",  # Rogers
        "i have a hangover",  # Hanover
        "new town",  # Newtown
        "the hell",  # The Hill
    ],
)
def test_correctly_spelt_words_are_not_typos(text: str) -> None:
    assert resolve_location(text) is None


# ---------------------------------------------------------------- everyday-word names


@pytest.mark.parametrize(
    "text",
    [
        "my friend sharon said to text you",
        "i ate an orange",
        "we joined the union",
        "ask for madison at the front desk",
        "he stays at the hampton inn",
        "meet me at the washington st bus stop",
        "i have lyme disease",
        "im from lebanon",
        "she went to the north end of the building",
        "behind the rocks by the river",
    ],
)
def test_everyday_words_are_not_places(text: str) -> None:
    assert resolve_location(text) is None


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("sharon", "Sharon"),
        ("Sharon.", "Sharon"),
        ("im in sharon", "Sharon"),
        ("sharon ct", "Sharon"),
        ("i live near orange", "Orange"),
        ("from kent", "Kent"),
        ("im in lebanon", "Lebanon"),
        ("vivo en orange", "Orange"),
        ("close to kent", "Kent"),
        ("i live in the hill", "New Haven"),
        ("north end, hartford", "Hartford"),
        ("Hartford’s North End", "Hartford"),
        ("Hartford (North End)", "Hartford"),
    ],
)
def test_everyday_word_names_count_with_a_cue(text: str, town: str) -> None:
    assert resolved_town(text) == town


# ---------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "asdf",
        "the moon",
        "my house",
        "?!?!",
        "'; DROP TABLE resources; --",
        "\x00\x01\x02\x1b[31m",
        "😀😀😀",
        "ХАРТФОРД",
        "x" * 10_000,
    ],
)
def test_garbage_gives_none(text: str) -> None:
    assert resolve_location(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "\x00hartford\x7f",
        "ｈａｒｔｆｏｒｄ",
        "hartford' OR '1'='1",
        "<script>alert(1)</script> hartford",
        "blah " * 2_000 + "hartford",
    ],
)
def test_hostile_text_still_finds_a_sensible_place(text: str) -> None:
    place = resolve_location(text)
    assert place is None or place.town == "Hartford"


def test_none_is_not_a_location() -> None:
    assert resolve_location(None) is None  # type: ignore[arg-type]


# ---------------------------------------------------------------- labels and directory names


def test_every_label_resolves_to_the_same_place() -> None:
    places = [town_place(town) for town in ct_towns()]
    places += [resolve_location(name) for name in place_names()]
    places += [resolve_location(zip_code) for zip_code in ("06106", "06226", "06104", "06018", "10001")]
    mismatched = [place for place in places if place is None or resolve_location(place.label) != place]
    assert mismatched == []


@pytest.mark.parametrize(
    ("name", "town"),
    [
        ("Hartford", "Hartford"),
        ("hartford", "Hartford"),
        ("Canaan (Falls Village)", "Canaan"),
        ("Dayville (Killingly)", "Killingly"),
        ("Greenwich (Cos Cob)", "Greenwich"),
        ("Lakeville (Salisbury)", "Salisbury"),
        ("Willimantic", "Windham"),
        ("Hartford, CT", "Hartford"),
        ("Hartfrod", None),
        ("statewide (offices Bridgeport, Stamford, Hartford)", None),
        ("all CT towns", None),
        ("", None),
    ],
)
def test_canonical_town(name: str, town: str | None) -> None:
    assert canonical_town(name) == town


def test_town_place() -> None:
    place = town_place("Hartford")
    assert isinstance(place, Place)
    assert (place.label, place.town, place.zip_code, place.in_connecticut) == ("Hartford", "Hartford", None, True)
    with pytest.raises(KeyError):
        town_place("Willimantic")
    with pytest.raises(KeyError):
        town_place("Springfield")


# ---------------------------------------------------------------- distance


def test_distance_km() -> None:
    hartford, new_haven = town_place("Hartford"), town_place("New Haven")
    between = distance_km(hartford.latitude, hartford.longitude, new_haven.latitude, new_haven.longitude)
    assert 45 < between < 60
    assert distance_km(41.0, -72.0, 41.0, -72.0) == 0
    assert distance_km(0, 0, 0, 180) == pytest.approx(20_015, rel=0.01)
    assert distance_km(41.0, -73.0, 42.0, -72.0) == pytest.approx(
        distance_km(42.0, -72.0, 41.0, -73.0)
    )
