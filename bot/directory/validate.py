"""What counts as a storable directory value, checked before anything is written.

Entries arrive from the vetted seed, staff commands and other directories'
spreadsheets. A number that is not a real US line, a town the Connecticut
gazetteer does not know or a malformed web address would reach a person in
danger as a dead end, so each is refused with the row, the field and what is
wrong, never guessed at or silently dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import phonenumbers
from phonenumbers import shortnumberinfo
from rapidfuzz import fuzz, process

from bot.geo import place_names

REGION = "US"
PHONE_CHARACTERS = re.compile(r"^[\d\s().+-]+$")
# 3: 211/988/711; 5-6: SMS short codes. Anything else must be a full North American number.
SHORT_CODE_LENGTHS = (3, 5, 6)
# Tabs and line breaks are allowed (notes); other control characters only come from broken files.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TEXT_CHARS = 4000
WEB_ADDRESS = re.compile(r"^(https?://)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(:\d{1,5})?([/?#]\S*)?$", re.IGNORECASE)
# Service ids appear in URLs, child ids ("<id>/phone/001") and staff commands.
SERVICE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
# Service-area text that is not a town list must say it is about Connecticut
# ("eastern CT (town list not verified)"), so a misspelt or out-of-state town is
# refused instead of being kept as text nobody can search.
REGION_TEXT = re.compile(r"\bCT\b|\bConnecticut\b")
SUGGESTION_CUTOFF = 80.0


class BadValue(ValueError):
    """One value that cannot be stored as written; the message says what is wrong with it."""


@dataclass(frozen=True)
class Problem:
    """A bad value in an entry: where (`label` and `row`, e.g. row 4 of a spreadsheet), which field, what is wrong."""

    row: int | None
    field: str
    message: str
    label: str = "row"

    def __str__(self) -> str:
        where = f"{self.label} {self.row}, " if self.row is not None else ""
        return f"{where}{self.field}: {self.message}"


class InvalidEntries(ValueError):
    """Entries refused before anything was written; `problems` lists every bad value found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count > 1 else ''} found; nothing was changed:", *map(str, self.problems)]
        super().__init__("\n  ".join(lines))


def plain_text(text: str) -> str:
    if CONTROL_CHARACTERS.search(text):
        raise BadValue("contains a control character (a broken file or a pasted binary?)")
    if len(text) > MAX_TEXT_CHARS:
        raise BadValue(f"is longer than {MAX_TEXT_CHARS} characters")
    return text


def required(text: str | None) -> str:
    if not (text or "").strip():
        raise BadValue("is required")
    return text.strip()


def choice(text: str | None, allowed: tuple[str, ...]) -> str:
    value = (text or "").strip().lower()
    if value not in allowed:
        raise BadValue(f"{text!r} is not one of {', '.join(allowed)}")
    return value


def service_id(text: str) -> str:
    if not SERVICE_ID.match(text):
        raise BadValue(f"{text!r} is not an id (letters, digits, '.', '_' or '-', at most 100)")
    return text


def web_address(text: str | None) -> str | None:
    """Kept as written ('211ct.org' or 'https://...'): people copy it, nobody clicks a rewritten one."""
    text = (text or "").strip()
    if not text:
        return None
    if not WEB_ADDRESS.match(text):
        raise BadValue(f"{text!r} is not a web address")
    return text


def iso_date(text: str | None) -> str | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is None or parsed.isoformat() != text:
        raise BadValue(f"{text!r} is not a date written YYYY-MM-DD")
    return text


@lru_cache(maxsize=8192)
def dialable(text: str) -> str:
    """E.164 for full numbers, digits for short codes; only what `phonenumbers` accepts as a US line.

    Letters are refused rather than translated: '1-800-RUNAWAY' must be
    checked by a person, not decoded by us. Cached: a large directory repeats
    the same statewide lines thousands of times.
    """
    text = text.strip()
    if not PHONE_CHARACTERS.match(text):
        raise BadValue(f"not a phone number: {text!r}")
    digits = re.sub(r"\D", "", text)
    if len(digits) in SHORT_CODE_LENGTHS and not text.startswith("+"):
        if shortnumberinfo.is_valid_short_number_for_region(phonenumbers.parse(digits, REGION), REGION):
            return digits
        raise BadValue(f"not a phone number: {text!r} is not a US short code")
    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number_for_region(number, REGION):
        raise BadValue(f"not a phone number: {text!r} is not a valid US number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _suggestion(name: str) -> str:
    found = process.extractOne(name, place_names(), scorer=fuzz.WRatio, score_cutoff=SUGGESTION_CUTOFF)
    return f" (did you mean {found[0]}?)" if found else ""


def not_a_town(name: str) -> BadValue:
    return BadValue(f"{name!r} is not a Connecticut town or village{_suggestion(name)}")


def region_text(text: str) -> str:
    """Area text that is not a town; refused unless it says it is about Connecticut."""
    if not REGION_TEXT.search(text):
        raise BadValue(
            f"{text!r} is not a Connecticut town or village{_suggestion(text)};"
            " an area that is not a town list must name CT, e.g. 'eastern CT'"
        )
    return text
