"""What the staff page's forms send, read strictly, and the entry fields they show.

A browser only ever sends UTF-8 form fields of modest size; anything else
(odd bytes, control characters, thousands of fields) is refused whole with a
400 page before any of it is looked at. Entry values are then checked by
edits.py, the same checks as the command line, and each problem is shown
beside its field.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl

from bot.directory.models import CATEGORIES, SCOPES, STATUSES
from bot.directory.validate import CONTROL_CHARACTERS, Problem

MAX_FIELDS = 64
YES_NO = ("yes", "no")


class BadForm(ValueError):
    """A request no browser showing our pages would send; the message is shown on a 400 page."""


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    hint: str = ""
    choices: tuple[str, ...] = ()
    long: bool = False


FIELDS = {
    field.name: field
    for field in (
        Field("name", "Name", "What people see; unique in the directory."),
        Field("organization", "Organization"),
        Field("category", "Category", choices=CATEGORIES),
        Field("scope", "Scope", "local: serves the towns listed; statewide; national.", choices=SCOPES),
        Field("phone", "Phone", "Lines separated by ';'. A line may say what to press: 211 then press 1."),
        Field("sms", "Text (SMS)", "Separated by ';', written like START to 88788."),
        Field("website", "Website"),
        Field("office_town", "Office town", "The Connecticut town or village of the office."),
        Field("service_area_towns", "Towns served", "Separated by ';'. An area that is not a town list names CT."),
        Field("services", "Services", "What it offers.", long=True),
        Field("languages", "Languages", "Separated by ';'."),
        Field("hours", "Hours", "e.g. 24/7, or Mon-Fri 9am-5pm."),
        Field("populations", "Who it serves", long=True),
        Field(
            "confidential_location", "Confidential location",
            "yes: the office address is never shown to anyone using the assistant.", choices=YES_NO,
        ),  # fmt: skip
        Field("source_url", "Source", "Where these details were checked."),
        Field("verified_from_source", "Verified from source", choices=YES_NO),
        Field("notes", "Notes for staff", long=True),
        Field(
            "office_address", "Office address", "Street address; never shown to people if the location is confidential."
        ),
        Field("status", "Status", "inactive: kept with its history, never shown by the bot.", choices=STATUSES),
    )
}


def parse_fields(raw: bytes | str) -> dict[str, str]:
    """URL-encoded fields; the first value of a repeated name counts."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError as error:
        raise BadForm("The form contained characters that are not text.") from error
    except ValueError as error:
        raise BadForm("The form had too many fields.") from error
    values: dict[str, str] = {}
    for name, value in pairs:
        if CONTROL_CHARACTERS.search(name) or CONTROL_CHARACTERS.search(value):
            raise BadForm("The form contained control characters (a pasted binary?).")
        values.setdefault(name, value)
    return values


def entry_values(form: Mapping[str, str]) -> dict[str, str]:
    """The entry fields a form sent, trimmed, with browsers' CRLF line ends as the directory's LF."""
    return {name: form[name].replace("\r\n", "\n").strip() for name in FIELDS if name in form}


def field_problems(problems: tuple[Problem, ...]) -> tuple[dict[str, list[str]], list[str]]:
    """Problems beside their fields, and those about no field on the form (shown above it)."""
    by_field: dict[str, list[str]] = {}
    others = []
    for problem in problems:
        if problem.field in FIELDS:
            by_field.setdefault(problem.field, []).append(problem.message)
        else:
            others.append(f"{problem.field}: {problem.message}")
    return by_field, others
