"""The NLU lookup table is generated from the gazetteer and must not drift from it."""
from bot.lookups import LOOKUP_FILE, render


def test_places_lookup_is_up_to_date() -> None:
    assert LOOKUP_FILE.read_text() == render(), "run `python -m bot.lookups` to regenerate data/nlu/places.yml"
