"""Open Referral HSDS 3.0 exchange: the directory as HSDS service objects (JSON) or HSDS CSV tables.

A 211 or a coalition can read what we publish and send us theirs. Our
tables already carry HSDS names. What HSDS has no field for (category,
scope, confidential_location, source_url, verified_from_source, notes, an SMS
keyword) travels as attributes whose taxonomy term `code` names our field,
in our own taxonomy; last_verified is HSDS's `assured_date` ("the date that
the information about the service was last checked") and populations its
`eligibility_description`. An import reads each service back into an entry
row, so a foreign file passes the same checks as a spreadsheet, and our own
export imports back to exactly the same directory.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.directory.entries import confidential_office, service_ids
from bot.directory.models import CATEGORIES, Phone
from bot.directory.seed import phone_text
from bot.directory.validate import InvalidEntries, Problem

TAXONOMY = "ct-victim-services"
SERVICE_ATTRIBUTES = {
    "category": f"the kind of help: {', '.join(CATEGORIES)}",
    "scope": "local (the towns in service_areas), statewide or national",
    "confidential_location": "yes: a shelter at an undisclosed address, which must never be shown",
    "source_url": "where the entry's facts were found",
    "verified_from_source": "yes: the number was seen on that source",
    "notes": "staff notes, never shown to people seeking help",
}
KEYWORD = "sms_keyword"
TERM_DESCRIPTIONS = {**SERVICE_ATTRIBUTES, KEYWORD: "the word to text to the number"}
# HSDS phone types are RFC 6350's; a person in crisis can call a voice or cell line and text a text one.
VOICE_TYPES = ("voice", "cell", "")
PAGE_KEYS = ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents")

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations.csv": ("id", "name", "description", "website"),
    "services.csv": (
        "id", "organization_id", "name", "description", "url", "status", "eligibility_description", "assured_date",
    ),  # fmt: skip
    "phones.csv": ("id", "service_id", "number", "type", "description"),
    "schedules.csv": ("id", "service_id", "description"),
    "service_areas.csv": ("id", "service_id", "name", "description"),
    "languages.csv": ("id", "service_id", "phone_id", "name"),
    "locations.csv": ("id", "organization_id", "location_type", "name", "latitude", "longitude"),
    "addresses.csv": (
        "id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type",
    ),  # fmt: skip
    "service_at_locations.csv": ("id", "service_id", "location_id"),
    "attributes.csv": ("id", "link_id", "link_entity", "link_type", "taxonomy_term_id", "value"),
    "taxonomy_terms.csv": ("id", "code", "name", "description", "taxonomy"),
}


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row)) for row in cursor]


def _attribute(link_id: str, link_entity: str, code: str, value: Any) -> dict[str, Any]:
    return {
        "id": f"{link_id}/attribute/{code}",
        "link_id": link_id,
        "link_entity": link_entity,
        "link_type": "",
        "taxonomy_term_id": f"{TAXONOMY}/{code}",
        "value": value,
        "taxonomy_term": {
            "id": f"{TAXONOMY}/{code}", "code": code, "name": code, "description": TERM_DESCRIPTIONS[code],
            "taxonomy": TAXONOMY,
        },  # fmt: skip
    }


def _area_name(area: dict[str, Any]) -> str:
    whole = {"statewide": "Connecticut", "national": "United States"}.get(area["scope"])
    return whole or area["town"] or area["description"]


def _phone(phone: dict[str, Any]) -> dict[str, Any]:
    found = {
        "id": phone["id"], "service_id": phone["service_id"], "number": phone["number"],
        "type": "text" if phone["type"] == "sms" else "voice", "description": phone["description"],
    }  # fmt: skip
    if phone["language"]:
        found["languages"] = [{"id": f"{phone['id']}/language", "phone_id": phone["id"], "name": phone["language"]}]
    if phone["keyword"]:
        found["attributes"] = [_attribute(phone["id"], "phone", KEYWORD, phone["keyword"])]
    return found


def _location(db: Database, link: dict[str, Any], withhold: bool) -> dict[str, Any]:
    [location] = _rows(db, "SELECT * FROM location WHERE id = ?", [link["location_id"]])
    addresses = []
    if location["address_1"] and not withhold:
        addresses.append({
            "id": f"{location['id']}/address", "location_id": location["id"], "address_1": location["address_1"],
            "city": location["city"], "state_province": "CT", "postal_code": "", "country": "US",
            "address_type": "physical",
        })  # fmt: skip
    return {
        "id": link["id"], "service_id": link["service_id"], "location_id": location["id"],
        "location": {
            "id": location["id"], "organization_id": location["organization_id"], "location_type": "physical",
            "name": location["name"], "latitude": location["latitude"], "longitude": location["longitude"],
            "addresses": addresses,
        },
    }  # fmt: skip


def service_object(db: Database, service_id: str, show_confidential: bool = False) -> dict[str, Any]:
    """One service as an HSDS 3.0 service object, with its organization, phones, schedules, areas,
    languages, office and our attributes nested, as the HSDS API returns it."""
    [service] = _rows(db, "SELECT * FROM service WHERE id = ?", [service_id])
    [organization] = _rows(db, "SELECT id, name, website FROM organization WHERE id = ?", [service["organization_id"]])
    children = {
        table: _rows(db, f"SELECT * FROM {table} WHERE service_id = ? ORDER BY id", [service_id])
        for table in ("phone", "schedule", "service_area", "language", "service_at_location")
    }
    withhold = not show_confidential and confidential_office(db, service_id)
    flags = {"confidential_location": "yes" if service["confidential_location"] else "no",
             "verified_from_source": "yes" if service["source_verified"] else "no"}  # fmt: skip
    values = {**{name: service[name] for name in ("category", "scope", "source_url", "notes")}, **flags}
    return {
        "id": service["id"],
        "organization_id": service["organization_id"],
        "name": service["name"],
        "description": service["description"],
        "url": service["url"],
        "status": service["status"],
        "eligibility_description": service["populations"],
        "assured_date": service["last_verified"],
        "organization": {**organization, "description": ""},
        "phones": [_phone(phone) for phone in children["phone"]],
        "schedules": [{k: h[k] for k in ("id", "service_id", "description")} for h in children["schedule"]],
        "service_areas": [
            {"id": a["id"], "service_id": service_id, "name": _area_name(a), "description": a["description"]}
            for a in children["service_area"]
        ],
        "languages": [{"id": l["id"], "service_id": service_id, "name": l["language"]} for l in children["language"]],
        "service_at_locations": [_location(db, link, withhold) for link in children["service_at_location"]],
        "attributes": [
            _attribute(service_id, "service", code, values[code])
            for code in SERVICE_ATTRIBUTES
            if values[code] is not None
        ],
    }


def export_page(db: Database, show_confidential: bool = False) -> dict[str, Any]:
    """Every service as one page of the HSDS 3.0 API's /services response."""
    contents = [service_object(db, service_id, show_confidential) for service_id in service_ids(db)]
    size = len(contents)
    return dict(zip(PAGE_KEYS, (size, 1, 1, size, True, True, size == 0, contents)))


def _table_rows(services: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in TABLE_COLUMNS}

    def add(name: str, row: dict[str, Any]) -> None:
        tables[name].setdefault(row["id"], {column: row.get(column) for column in TABLE_COLUMNS[name]})

    def add_attributes(attributes: Iterable[dict[str, Any]]) -> None:
        for attribute in attributes:
            add("attributes.csv", attribute)
            add("taxonomy_terms.csv", attribute["taxonomy_term"])

    for service in services:
        add("organizations.csv", service["organization"])
        add("services.csv", service)
        for phone in service["phones"]:
            add("phones.csv", phone)
            for language in phone.get("languages", []):
                add("languages.csv", language)
            add_attributes(phone.get("attributes", []))
        for key in ("schedules", "service_areas", "languages"):
            for row in service[key]:
                add(f"{key}.csv", row)
        for link in service["service_at_locations"]:
            add("service_at_locations.csv", link)
            add("locations.csv", link["location"])
            for address in link["location"]["addresses"]:
                add("addresses.csv", address)
        add_attributes(service["attributes"])
    return {name: list(rows.values()) for name, rows in tables.items()}


def export_tables(db: Database, folder: Path, show_confidential: bool = False) -> int:
    """Every service as HSDS CSV tables (services.csv, phones.csv, ...) in `folder`; returns how many services."""
    folder.mkdir(parents=True, exist_ok=True)
    services = export_page(db, show_confidential)["contents"]
    for name, rows in _table_rows(services).items():
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=TABLE_COLUMNS[name], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    return len(services)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _items(value: Any) -> list[dict[str, Any]]:
    """A list of objects, whatever a foreign file put there."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _codes(attributes: Any) -> dict[str, str]:
    found = {}
    for attribute in _items(attributes):
        term = attribute.get("taxonomy_term") if isinstance(attribute.get("taxonomy_term"), dict) else {}
        found.setdefault(_text(term.get("code")), _text(attribute.get("value")))
    return found


def _phone_texts(phones: list[dict[str, Any]], kind: str) -> str:
    texts = []
    for phone in phones:
        hsds_type = _text(phone.get("type")).lower()
        if not (hsds_type in VOICE_TYPES if kind == "voice" else hsds_type == "text"):
            continue
        extension = _text(phone.get("extension"))
        description = " ".join(filter(None, [f"ext {extension}" if extension else "", _text(phone.get("description"))]))
        keyword = _codes(phone.get("attributes")).get(KEYWORD) or None
        texts.append(phone_text(Phone(_text(phone.get("number")), kind, keyword, description=description or None)))
    return "; ".join(texts)


def entry_row(service: dict[str, Any]) -> dict[str, str]:
    """An HSDS service object as an entry row (ENTRY_COLUMNS), for the same checks and writes as a spreadsheet row."""
    codes = _codes(service.get("attributes"))
    phones = _items(service.get("phones"))
    scope = codes.get("scope", "").lower()
    # A statewide or national line keeps only its restriction ("eligible ZIP codes"); towns are read
    # as written (the description) or by name.
    areas = [
        _text(a.get("description")) or ("" if scope in ("statewide", "national") else _text(a.get("name")))
        for a in _items(service.get("service_areas"))
    ]
    office = next(iter(_items(service.get("service_at_locations"))), {}).get("location")
    office = office if isinstance(office, dict) else {}
    address = next(iter(_items(office.get("addresses"))), {})
    status = _text(service.get("status")).lower()
    organization = service.get("organization") if isinstance(service.get("organization"), dict) else {}
    return {
        "id": _text(service.get("id")),
        "name": _text(service.get("name")),
        "organization": _text(organization.get("name")),
        "category": codes.get("category", ""),
        "scope": scope,
        "phone": _phone_texts(phones, "voice"),
        "sms": _phone_texts(phones, "sms"),
        "website": _text(service.get("url")),
        "office_town": _text(office.get("name")),
        "service_area_towns": (areas[0] if areas else "") if scope in ("statewide", "national") else "; ".join(areas),
        "services": _text(service.get("description")),
        "languages": "; ".join(_text(language.get("name")) for language in _items(service.get("languages"))),
        "hours": "; ".join(_text(schedule.get("description")) for schedule in _items(service.get("schedules"))),
        "populations": _text(service.get("eligibility_description")),
        "confidential_location": codes.get("confidential_location", ""),
        "source_url": codes.get("source_url", ""),
        "verified_from_source": codes.get("verified_from_source", ""),
        "notes": codes.get("notes", ""),
        "office_address": _text(address.get("address_1")),
        # HSDS's other statuses ("defunct", "temporarily closed") are not to be shown either.
        "status": "inactive" if status in ("defunct", "temporarily closed") else status,
        "last_verified": _text(service.get("assured_date")),
    }


def read_json(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(position, entry row) for each service of an HSDS JSON file: a list of services or an API page of them."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidEntries([Problem(None, "file", f"is not JSON ({error})")]) from error
    services = data.get("contents") if isinstance(data, dict) else data
    if not isinstance(services, list):
        expected = "is not HSDS: expected a list of services or a page with 'contents'"
        raise InvalidEntries([Problem(None, "file", expected)])
    problems = [
        Problem(number, "service", "is not an object", "service")
        for number, service in enumerate(services, start=1)
        if not isinstance(service, dict)
    ]
    if problems:
        raise InvalidEntries(problems)
    return [(number, entry_row(service)) for number, service in enumerate(services, start=1)]


def _read_table(folder: Path, name: str) -> list[dict[str, str]]:
    path = folder / name
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return [{key: value or "" for key, value in row.items() if key is not None} for row in csv.DictReader(handle)]


def _by(rows: list[dict[str, str]], key: str) -> dict[str, list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        grouped[row.get(key, "")].append(row)
    return grouped


def read_tables(folder: Path) -> list[tuple[int, dict[str, str]]]:
    """(services.csv row number, entry row) for each service of a folder of HSDS CSV tables."""
    folder = Path(folder)
    if not (folder / "services.csv").exists():
        raise InvalidEntries([Problem(None, "file", f"{folder} has no services.csv (HSDS CSV tables)")])
    try:
        tables = {name: _read_table(folder, name) for name in TABLE_COLUMNS}
    except (UnicodeDecodeError, csv.Error) as error:
        raise InvalidEntries([Problem(None, "file", f"a table is not a UTF-8 CSV file ({error})")]) from error
    terms = {term["id"]: term for term in tables["taxonomy_terms.csv"]}
    attributes = _by(
        [{**a, "taxonomy_term": terms.get(a.get("taxonomy_term_id", ""), {})} for a in tables["attributes.csv"]], "link_id"
    )
    organizations = {row["id"]: row for row in tables["organizations.csv"]}
    locations = {row["id"]: row for row in tables["locations.csv"]}
    addresses = _by(tables["addresses.csv"], "location_id")
    children = {name: _by(tables[name], "service_id") for name in TABLE_COLUMNS if "service_id" in TABLE_COLUMNS[name]}
    entries = []
    for number, service in enumerate(tables["services.csv"], start=2):
        service_id = service.get("id", "")
        links = children["service_at_locations.csv"].get(service_id, [])
        entries.append((number, entry_row({
            **service,
            "organization": organizations.get(service.get("organization_id", ""), {}),
            "phones": [
                {**phone, "attributes": attributes.get(phone["id"], [])}
                for phone in children["phones.csv"].get(service_id, [])
            ],
            "schedules": children["schedules.csv"].get(service_id, []),
            "service_areas": children["service_areas.csv"].get(service_id, []),
            "languages": children["languages.csv"].get(service_id, []),
            "service_at_locations": [
                {"location": {**locations.get(link.get("location_id", ""), {}),
                              "addresses": addresses.get(link.get("location_id", ""), [])}}
                for link in links
            ],  # fmt: skip
            "attributes": attributes.get(service_id, []),
        })))  # fmt: skip
    return entries
