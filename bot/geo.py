"""Connecticut gazetteer: turn what a person writes into a place to search around.

People write to the bot from wherever they are, often in a hurry, so a place
may arrive as a ZIP, an official town, a village or post-office name
("Willimantic", "Jewett City"), a neighbourhood ("Frog Hollow") or a typo
("Hartfrod"). All of these end up as one canonical Connecticut town, because the
service directory is organised by town.

The data is data/geo/ct_towns.csv (the 169 towns), data/geo/ct_places.csv
(everything else that names part of a town) and the USPS ZIP list shipped in
the `zipcodes` package, which also gives every town its coordinates.
"""
from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import zipcodes
from rapidfuzz import fuzz, process

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
TOWNS_CSV = GEO_DIR / "ct_towns.csv"
PLACES_CSV = GEO_DIR / "ct_places.csv"

# Only the start of a message is searched: a location fits in far less, and
# the cap bounds the work a hostile 10,000-character message can cause.
MAX_TEXT_CHARS = 1000
EARTH_RADIUS_KM = 6371.0088
# Our own labels ("Windham (Willimantic)") are short; longer text is never read as one.
MAX_LABEL_CHARS = 100
LABEL_PATTERN = re.compile(r"^\s*([^()]+?)\s*\(([^()]+)\)\s*$")
POSSESSIVE = re.compile(r"'s\b")
ZIP_PATTERN = re.compile(r"(?<!\d)(\d{5})(?:-\d{4})?(?!\d)")

# Fuzzy matching: shorter strings are too easily one typo away from something else.
FUZZY_MIN_CHARS = 5
FUZZY_MAX_TOKENS = 3
FUZZY_CUTOFF = 85.0
FUZZY_CANDIDATES = 3

# USPS "acceptable city" names in the zipcodes data that are not places:
# "Brm" is Business Reply Mail, "Travlers Insurance" a company's unique ZIP.
NOT_PLACES = frozenset({"Brm", "Travlers Insurance"})
# The USPS city of 06018 is "Canaan", the village of that name, which lies in
# the town of North Canaan; the town of Canaan is served by Falls Village.
ZIP_TOWN_OVERRIDES = {"06018": "North Canaan"}

# Names that are also everyday words, first names, surnames, brands or famous
# places elsewhere: in running text they rarely mean the Connecticut place, so
# they count only when the message is little more than the name, a cue word
# comes right before it, "CT" comes right after it, or (for a neighbourhood)
# its own town is named too.
GUARDED_NAMES = frozenset(
    {
        # towns
        "ashford", "avon", "berlin", "bethany", "bethel", "bethlehem", "brooklyn",
        "burlington", "canaan", "chester", "clinton", "columbia", "derby", "franklin",
        "goshen", "hampton", "hebron", "kent", "killingly", "lebanon", "lisbon", "lyme",
        "madison", "monroe", "morris", "orange", "oxford", "plymouth", "portland",
        "preston", "prospect", "putnam", "salem", "scotland", "seymour", "sharon",
        "shelton", "sherman", "sterling", "thompson", "union", "vernon", "warren",
        "washington", "winchester", "woodstock",
        # places
        "baltic", "behind the rocks", "black rock", "bunker hill", "centerville",
        "chesterfield", "cobalt", "east end", "elmwood", "georgetown", "gilman",
        "hanover", "huntington", "lakeside", "lordship", "marion", "melrose",
        "mount carmel", "mystic", "north end", "oakdale", "pleasant valley",
        "ridgeway", "riverside", "rogers", "silver lane", "south end", "stevenson",
        "the hill", "union city", "versailles", "westchester",
    }
)
# Guarded names that are also well-known places outside Connecticut: "from"
# does not make them local, because "I'm from Lebanon" is usually a country.
ELSEWHERE_NAMES = frozenset(
    {
        "berlin", "bethlehem", "brooklyn", "columbia", "hanover", "hebron", "lebanon",
        "lisbon", "oxford", "portland", "scotland", "versailles", "washington", "westchester",
    }
)
# Words right before a guarded name that make it a location ("im in sharon",
# "vivo en orange", "close to kent").
CUE_WORDS = frozenset({"in", "near", "from", "at", "around", "outside", "nearby", "en"})
CUE_PAIRS = frozenset({("close", "to"), ("next", "to"), ("cerca", "de")})
# A word right after a guarded name that makes it a street, a hotel or a
# school rather than the town ("the hampton inn", "washington st").
NAMED_THING_WORDS = frozenset(
    {
        "inn", "hotel", "motel", "suites", "street", "st", "avenue", "ave", "road", "rd",
        "drive", "dr", "lane", "ln", "boulevard", "blvd", "way", "station", "university",
        "college", "disease",
    }
)
# A word right after a guarded name that makes it a location ("sharon ct").
STATE_WORDS = frozenset({"ct", "conn", "connecticut"})
# Words that may surround a guarded name in a message that is "just the name".
FILLER_WORDS = STATE_WORDS | CUE_WORDS | frozenset(
    {
        "i", "im", "am", "we", "were", "me", "the", "town", "city", "of", "area",
        "live", "living", "stay", "staying", "now", "currently", "right", "yes", "yeah",
        "ok", "okay", "please", "its", "it", "is", "um", "uh", "hi", "hello", "hey",
        "just", "here", "located", "usa", "us",
    }
)
# Function words: an n-gram that starts or ends with one is never fuzzy-matched,
# so "in hartfrod" is judged as "hartfrod".
STOP_WORDS = frozenset(
    {
        "a", "about", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "but", "by", "can", "could", "did", "do", "does",
        "dont", "for", "from", "get", "go", "going", "got", "had", "has", "have", "he", "her",
        "here", "him", "his", "how", "i", "id", "if", "ill", "im", "in", "into", "is", "it",
        "its", "ive", "just", "like", "me", "my", "near", "need", "no", "not", "now", "of",
        "off", "ok", "on", "or", "our", "out", "please", "she", "so", "some", "that", "the",
        "their", "them", "then", "there", "they", "this", "to", "up", "us", "was", "we",
        "were", "what", "when", "where", "which", "who", "why", "will", "with", "would",
        "you", "your", "ct", "conn", "connecticut", "around", "outside", "town", "city",
    }
)
# Correctly spelt words one typo away from a place name ("killing" / Killingly,
# "reading" / Redding, "western" / Weston, "colombia" / Columbia): found by
# running English word lists through the fuzzy matcher. A word spelt right is
# not a typo, so these are never fuzzy-matched.
COMMON_WORDS = frozenset(
    {
        "bristle", "bristles", "canon", "canons", "chaplain", "chaplains", "cheater",
        "cheaters", "colombia", "colombian", "daniels", "glasgow", "hangover", "heron",
        "herons", "killing", "killings", "mario", "mystical", "mystics", "oranges",
        "presto", "prospects", "reading", "readings", "roger", "starling", "stevens",
        "string", "strings", "tectonic", "unions", "western", "wrapping",
    }
)
# "N" is both North and New: "n haven" could be either, so it is dropped as ambiguous.
DIRECTION_ABBREVIATIONS = {"east": "e", "west": "w", "north": "n", "south": "s", "new": "n"}
WORD_ABBREVIATIONS = {
    "center": ("ctr", "centre"),
    "saint": ("st",),
    "mount": ("mt",),
    "fort": ("ft",),
    "heights": ("hts",),
    "village": ("vlg",),
    "springs": ("spgs",),
}
# An abbreviated direction needs a substantial rest: "e rock" is East Rock, "e end" is nothing.
MIN_ABBREVIATED_REST = 4


@dataclass(frozen=True)
class Place:
    label: str
    latitude: float
    longitude: float
    town: str | None
    zip_code: str | None = None

    @property
    def in_connecticut(self) -> bool:
        return self.town is not None


class Entry(NamedTuple):
    """What a name in the index stands for; place is None for a town's own name."""

    town: str
    place: str | None
    guarded: bool


class Match(NamedTuple):
    entry: Entry
    start: int
    length: int


class NameIndex(NamedTuple):
    exact: dict[str, Entry]
    fuzzy_by_initial: dict[str, dict[str, Entry]]
    max_tokens: int


# ---------------------------------------------------------------- data


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [{key: value.strip() for key, value in row.items()} for row in csv.DictReader(handle)]


@lru_cache(maxsize=1)
def _town_counties() -> dict[str, str]:
    return {row["town"]: row["county"] for row in _read_csv(TOWNS_CSV)}


@lru_cache(maxsize=1)
def _place_towns() -> dict[str, str]:
    return {row["place"]: row["town"] for row in _read_csv(PLACES_CSV)}


@lru_cache(maxsize=1)
def _zip_records() -> dict[str, dict[str, Any]]:
    """Every US ZIP by code, so a ZIP lookup is one dict access rather than a scan."""
    return {record["zip_code"]: record for record in zipcodes.list_all()}


def _ct_zip_records() -> Iterator[dict[str, Any]]:
    return (record for record in _zip_records().values() if record["state"] == "CT")


def _town_of_name(name: str) -> str | None:
    """The town a USPS city name belongs to, by exact official spelling."""
    if name in _town_counties():
        return name
    return _place_towns().get(name)


@lru_cache(maxsize=1)
def _ct_zip_towns() -> dict[str, str]:
    """Each CT ZIP's town: its USPS city, or failing that an acceptable city name."""
    towns: dict[str, str] = {}
    for record in _ct_zip_records():
        names = [record["city"], *record["acceptable_cities"]]
        town = ZIP_TOWN_OVERRIDES.get(record["zip_code"]) or next(
            (found for found in map(_town_of_name, names) if found), None
        )
        if town:
            towns[record["zip_code"]] = town
    return towns


def _coordinates(record: dict[str, Any]) -> tuple[float, float]:
    return float(record["lat"]), float(record["long"])


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        round(sum(lat for lat, _ in points) / len(points), 4),
        round(sum(lon for _, lon in points) / len(points), 4),
    )


def _centre(records: list[dict[str, Any]]) -> tuple[float, float] | None:
    """PO BOX and UNIQUE ZIPs sit on a post office or one building, so delivery ZIPs come first."""
    standard = [record for record in records if record["zip_code_type"] == "STANDARD"]
    chosen = standard or records
    return _mean([_coordinates(record) for record in chosen]) if chosen else None


@lru_cache(maxsize=1)
def _town_coordinates() -> dict[str, tuple[float, float]]:
    """A town's centre is the mean of its ZIPs; a town without a post office of its
    own (Lisbon, Lyme, Union, Warren) borrows the ZIPs that accept its name."""
    zip_towns = _ct_zip_towns()
    by_town: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_accepted_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in _ct_zip_records():
        if record["zip_code"] in zip_towns:
            by_town[zip_towns[record["zip_code"]]].append(record)
        for name in record["acceptable_cities"]:
            town = _town_of_name(name)
            if town:
                by_accepted_name[town].append(record)
    result: dict[str, tuple[float, float]] = {}
    for town in _town_counties():
        centre = _centre(by_town[town]) or _centre(by_accepted_name[town])
        if centre:
            result[town] = centre
    return result


@lru_cache(maxsize=1)
def _place_coordinates() -> dict[str, tuple[float, float]]:
    """A place that is a USPS city has its own, more precise, centre; others use their town's."""
    by_city: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in _ct_zip_records():
        if record["zip_code"] not in ZIP_TOWN_OVERRIDES:
            by_city[record["city"]].append(record)
    towns = _town_coordinates()
    result: dict[str, tuple[float, float]] = {}
    for place, town in _place_towns().items():
        centre = _centre(by_city.get(place, []))
        if centre or town in towns:
            result[place] = centre or towns[town]
    return result


# ---------------------------------------------------------------- text


def _normalise(text: str) -> str:
    """Lower-case ASCII words and single spaces, so "Hartford's  North-End!" and
    "hartford north end" look the same; "I'm" becomes "im"."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(char for char in decomposed if not unicodedata.combining(char))
    ascii_text = POSSESSIVE.sub("", ascii_text.lower().replace("\u2019", "'")).replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split())


def _abbreviations(words: list[str]) -> Iterator[list[str]]:
    """Short forms people type: "e hartford" for East Hartford, "mansfield ctr" for Mansfield Center."""
    first, rest = words[0], words[1:]
    if first in DIRECTION_ABBREVIATIONS and len(" ".join(rest)) >= MIN_ABBREVIATED_REST:
        yield [DIRECTION_ABBREVIATIONS[first], *rest]
    for position, word in enumerate(words):
        for short in WORD_ABBREVIATIONS.get(word, ()):
            yield [*words[:position], short, *words[position + 1 :]]


def _variants(key: str) -> set[str]:
    """Spellings people use besides the official one: abbreviations and run-together words."""
    words = key.split()
    variants = {" ".join(abbreviated) for abbreviated in _abbreviations(words)}
    if len(words) > 1:
        variants.add("".join(words))
    variants.discard(key)
    return variants


def _official_entries() -> dict[str, Entry]:
    entries = {
        _normalise(town): Entry(town, None, _normalise(town) in GUARDED_NAMES) for town in _town_counties()
    }
    for place, town in _place_towns().items():
        key = _normalise(place)
        entries.setdefault(key, Entry(town, place, key in GUARDED_NAMES))
    return entries


def _variant_entries(official: dict[str, Entry]) -> dict[str, Entry]:
    """Variants that would point at two different places are dropped as ambiguous."""
    found: dict[str, set[Entry]] = defaultdict(set)
    for key, entry in official.items():
        for variant in _variants(key):
            if variant not in official:
                found[variant].add(entry)
    return {variant: entries.pop() for variant, entries in found.items() if len(entries) == 1}


def _abbreviated(key: str) -> bool:
    """USPS short forms ("Washington Dt", "N Branford", "Central Vlg"): a typo of
    one is better read as a typo of the full name, or of nothing."""
    return any(
        (len(word) < 3 and word not in STOP_WORDS) or not set(word) & set("aeiou") for word in key.split()
    )


def _fuzzy_buckets(official: dict[str, Entry]) -> dict[str, dict[str, Entry]]:
    """Typos rarely hit the first letter, so names are compared only within it."""
    buckets: dict[str, dict[str, Entry]] = defaultdict(dict)
    for key, entry in official.items():
        if len(key) >= FUZZY_MIN_CHARS and not _abbreviated(key):
            buckets[key[0]][key] = entry
    return dict(buckets)


@lru_cache(maxsize=1)
def _index() -> NameIndex:
    official = _official_entries()
    exact = {**_variant_entries(official), **official}
    max_tokens = max(len(key.split()) for key in exact)
    return NameIndex(exact, _fuzzy_buckets(official), max_tokens)


# ---------------------------------------------------------------- matching


def _guard_allows(entry: Entry, tokens: list[str], start: int, length: int) -> bool:
    """Whether a name that is also an everyday word is meant as a place here."""
    if not entry.guarded:
        return True
    not_cues = frozenset({"from"}) if _normalise(entry.place or entry.town) in ELSEWHERE_NAMES else frozenset()
    before, after = tokens[:start], tokens[start + length :]
    if after and after[0] in NAMED_THING_WORDS:
        return False
    return (
        all(token in FILLER_WORDS - not_cues for token in before + after)
        or _cued(before, CUE_WORDS - not_cues)
        or (bool(after) and after[0] in STATE_WORDS)
        or _own_town_named(entry, tokens)
    )


def _cued(before: list[str], cues: frozenset[str]) -> bool:
    """A cue word just before the name, past an optional "the": "in the north end"."""
    if before and before[-1] == "the":
        before = before[:-1]
    return (bool(before) and before[-1] in cues) or tuple(before[-2:]) in CUE_PAIRS


def _own_town_named(entry: Entry, tokens: list[str]) -> bool:
    """A neighbourhood next to its own city ("north end, hartford") is clearly meant."""
    return entry.place is not None and f" {_normalise(entry.town)} " in f" {' '.join(tokens)} "


def _ngrams(tokens: list[str], longest: int) -> Iterator[tuple[int, int]]:
    """(start, length) pairs, longest first, then left to right."""
    for length in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - length + 1):
            yield start, length


def _exact_matches(tokens: list[str]) -> list[Match]:
    """Every name in the text, a longer name hiding the shorter ones inside it
    ("east hartford" is not also "hartford")."""
    index = _index()
    used: set[int] = set()
    matches: list[Match] = []
    for start, length in _ngrams(tokens, index.max_tokens):
        span = range(start, start + length)
        entry = index.exact.get(" ".join(tokens[start : start + length]))
        if entry is None or used.intersection(span) or not _guard_allows(entry, tokens, start, length):
            continue
        matches.append(Match(entry, start, length))
        used.update(span)
    return matches


def _longest_first(match: Match) -> tuple[int, int]:
    return -match.length, match.start


def _choose(matches: list[Match]) -> Match | None:
    """A named town wins over a place in another town (neighbourhood names are
    shared between cities), and a place inside the named town refines it."""
    towns = [match for match in matches if match.entry.place is None]
    places = [match for match in matches if match.entry.place is not None]
    if not towns:
        return min(places, key=_longest_first, default=None)
    town = min(towns, key=_longest_first)
    inside = [match for match in places if match.entry.town == town.entry.town]
    return min(inside, key=_longest_first, default=town)


def _fuzzy_worthy(words: list[str], index: NameIndex) -> bool:
    """Only strings that look like a misspelt name: never correctly spelt everyday
    words, and never a run holding a name the exact pass has already judged
    ("washington st" is a street, not a typo for Washington)."""
    gram = " ".join(words)
    if len(gram) < FUZZY_MIN_CHARS or any(word in index.exact or word.isdigit() for word in words):
        return False
    if words[0] in STOP_WORDS or words[-1] in STOP_WORDS:
        return False
    return not all(word in COMMON_WORDS for word in words)


def _fuzzy_match(tokens: list[str]) -> Match | None:
    """The closest name to any short run of words, above the cutoff."""
    index = _index()
    best: tuple[float, int, int] | None = None
    found: Match | None = None
    for start, length in _ngrams(tokens, FUZZY_MAX_TOKENS):
        words = tokens[start : start + length]
        if not _fuzzy_worthy(words, index):
            continue
        choices = index.fuzzy_by_initial.get(words[0][0], {})
        gram = " ".join(words)
        candidates = process.extract(
            gram, choices.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=FUZZY_CANDIDATES
        )
        for key, score, _ in candidates:
            rank = (score, length, -start)
            if (best is None or rank > best) and _guard_allows(choices[key], tokens, start, length):
                best, found = rank, Match(choices[key], start, length)
    return found


# ---------------------------------------------------------------- places


def _entry_place(entry: Entry) -> Place:
    if entry.place is None:
        return town_place(entry.town)
    latitude, longitude = _place_coordinates()[entry.place]
    return Place(f"{entry.town} ({entry.place})", latitude, longitude, entry.town)


def _zip_place(code: str) -> Place | None:
    """A Connecticut PO BOX or UNIQUE ZIP takes its town's centre: the data gives
    such ZIPs only rough coordinates, some of them a county's centre."""
    record = _zip_records().get(code)
    if record is None:
        return None
    latitude, longitude = _coordinates(record)
    if record["state"] != "CT":
        return Place(f"{code} ({record['city']}, {record['state']})", latitude, longitude, None, code)
    town = _ct_zip_towns().get(code)
    if town is None:
        return None
    if record["zip_code_type"] != "STANDARD":
        latitude, longitude = _town_coordinates()[town]
    return Place(f"{code} ({town})", latitude, longitude, town, code)


def _place_from_zip(text: str) -> Place | None:
    """A Connecticut ZIP beats any other five-digit number (a house number may look like a ZIP)."""
    places = [place for place in map(_zip_place, ZIP_PATTERN.findall(text)) if place is not None]
    in_state = [place for place in places if place.in_connecticut]
    return (in_state or places or [None])[0]


def _place_from_label(text: str) -> Place | None:
    """Our own labels, "Vernon (Rockville)", come back as slot values and must
    give the same Place, even where the words also run into a longer name."""
    found = LABEL_PATTERN.match(text) if "(" in text and len(text) <= MAX_LABEL_CHARS else None
    if not found:
        return None
    index = _index()
    town, place = (index.exact.get(_normalise(part)) for part in found.groups())
    if town is None or place is None or town.place is not None or place.town != town.town:
        return None
    return _entry_place(place)


def _place_from_names(tokens: list[str], matcher: Callable[[list[str]], Match | None]) -> Place | None:
    match = matcher(tokens)
    return _entry_place(match.entry) if match else None


def _best_exact(tokens: list[str]) -> Match | None:
    return _choose(_exact_matches(tokens))


# ---------------------------------------------------------------- public


def resolve_location(text: str) -> Place | None:
    """Free text to a Place: ZIP first (most precise), then an exact name, then a typo.

    A typo is still a place: someone in danger should not be made to spell a
    town twice. But nothing is invented from ordinary words, so "my friend
    sharon" or "he is killing me" gives None and the bot asks again.
    """
    text = str(text or "")[:MAX_TEXT_CHARS]
    tokens = _normalise(text).split()
    return (
        _place_from_zip(text)
        or _place_from_label(text)
        or _place_from_names(tokens, _best_exact)
        or _place_from_names(tokens, _fuzzy_match)
    )


def town_place(town: str) -> Place:
    """The Place for a canonical town; KeyError for anything else, so a typo in
    directory data fails loudly instead of silently searching elsewhere."""
    canonical = _towns_by_key()[_normalise(town)]
    latitude, longitude = _town_coordinates()[canonical]
    return Place(canonical, latitude, longitude, canonical)


@lru_cache(maxsize=1)
def _towns_by_key() -> dict[str, str]:
    return {_normalise(town): town for town in _town_counties()}


def _strip_state(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[-1] in STATE_WORDS:
        words.pop()
    return " ".join(words)


def _canonical_exact(name: str) -> str | None:
    entry = _index().exact.get(_strip_state(_normalise(name)))
    return entry.town if entry else None


def canonical_town(name: str) -> str | None:
    """The town a directory entry names, for data such as "Canaan (Falls Village)"
    or "Dayville (Killingly)". Exact only: directory data must not be guessed at."""
    name = str(name or "")
    found = _canonical_exact(name)
    if found or "(" not in name:
        return found
    outside, _, inside = name.partition("(")
    return _canonical_exact(outside) or _canonical_exact(inside.rstrip(") "))


def ct_towns() -> list[str]:
    return sorted(_town_counties())


def place_names() -> list[str]:
    """Towns and places by their official spelling, for the NLU lookup table."""
    return sorted({*_town_counties(), *_place_towns()})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine): Connecticut is small enough that the
    spherical-earth error is well under a kilometre."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
