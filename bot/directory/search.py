"""Finding the few services worth showing a person, most local first.

Tiers: services covering the person's town, then the nearest other local
services, then Connecticut-wide lines, then national ones. A reply never shows
the same line twice (many CT shelters answer on Safe Connect) and never comes
back without a number to call. Within a tier, entries checked within the
staleness period (freshness.py) come before the rest, then the build-time rank.
Every value from a conversation reaches SQL as a bound parameter; the category
is also checked against a fixed list first.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.directory.freshness import STALE_SQL, fresh_since, stale_sql
from bot.directory.models import CATEGORIES, WHOLE_STATE_AREA, Match, Phone, Service, split_list
from bot.directory.seed import FALLBACK_SERVICE_NAME
from bot.geo import Place, ct_towns, distance_km, town_place

NEARBY_RADIUS_KM = 60.0
TOWNS_NAMED_IN_AREA = 3
FILLER_CATEGORY = "hotline"

ACTIVE_OF_CATEGORY = "s.category = :category AND s.status = 'active' AND s.scope = :scope"

ORDER = f"{STALE_SQL}, rank, s.name"
LISTING_ORDER = f"{stale_sql('l')}, l.rank, l.name"

TIER_SQL = f"SELECT s.id, s.rank AS rank FROM service s WHERE {ACTIVE_OF_CATEGORY} ORDER BY {ORDER}"

# One town's services of a category, found through the local_listing index
# (only that town's active services of that category, already ranked, so the
# freshness sort is over a few rows). The local tier asks for the person's town;
# the nearby tier walks the other towns nearest first, leaving out services that
# already cover the person's town. Either way the cost depends on how many
# services a reply needs, not on how many the directory holds.
IN_TOWN_SQL = f"""
SELECT l.service_id AS id FROM local_listing l
WHERE l.town = :area_town AND l.category = :category {{extra}}
ORDER BY {LISTING_ORDER}
"""
NEARBY_EXTRA = """AND NOT EXISTS (
    SELECT 1 FROM service_area c WHERE c.town = :town AND c.scope = 'town' AND c.service_id = l.service_id
)"""

SERVICE_SQL = """
SELECT s.id, s.name, s.category, s.scope, s.populations, s.confidential_location, s.last_verified,
       COALESCE(s.url, o.website) AS website, o.name AS organization,
       (SELECT h.description FROM schedule h WHERE h.service_id = s.id ORDER BY h.id LIMIT 1) AS hours
FROM service s JOIN organization o ON o.id = s.organization_id
WHERE s.id = ?
"""
PHONES_SQL = """
SELECT number, type, keyword, language, description FROM phone
WHERE service_id = ? ORDER BY type = 'sms', id
"""
AREAS_SQL = "SELECT scope, town, description FROM service_area WHERE service_id = ? ORDER BY id"
LANGUAGES_SQL = "SELECT language FROM language WHERE service_id = ? ORDER BY id"
ADDRESS_SQL = """
SELECT l.address_1, l.city FROM service_at_location sl JOIN location l ON l.id = sl.location_id
WHERE sl.service_id = ? AND l.address_1 IS NOT NULL ORDER BY sl.id LIMIT 1
"""


@dataclass(frozen=True)
class Candidate:
    id: str
    match: Match
    distance_km: float | None = None


def open_directory(db_path: Path) -> Database:
    """Read-only, and never creates a file: a missing directory is an error the caller reports."""
    uri = f"{Path(db_path).resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA query_only = ON")
    return Database(conn, recursive_triggers=False, execute_plugins=False)


def _rows(db: Database, sql: str, params: dict[str, Any] | list[Any]) -> Iterator[dict[str, Any]]:
    cursor = db.execute(sql, params)
    columns = [column[0] for column in cursor.description]
    return (dict(zip(columns, row)) for row in cursor)


def _tier(db: Database, category: str, scope: Match, since: str) -> Iterator[Candidate]:
    """Lazy, so a reply that fills up in an earlier tier never reads this one."""
    for row in _rows(db, TIER_SQL, {"category": category, "scope": scope, "fresh_since": since}):
        yield Candidate(row["id"], scope)


def _in_town(
    db: Database, category: str, since: str, area_town: str, extra: str = "", town: str | None = None
) -> Iterator[str]:
    params = {"category": category, "area_town": area_town, "town": town, "fresh_since": since}
    for row in _rows(db, IN_TOWN_SQL.format(extra=extra), params):
        yield row["id"]


def towns_by_distance(place: Place) -> list[tuple[float, str]]:
    """Other Connecticut towns within the radius, nearest first (169 distances: microseconds)."""
    near = []
    for town in ct_towns():
        if town == place.town:
            continue
        centre = town_place(town)
        km = distance_km(place.latitude, place.longitude, centre.latitude, centre.longitude)
        if km <= NEARBY_RADIUS_KM:
            near.append((km, town))
    return sorted(near)


def _nearby(db: Database, category: str, place: Place, since: str) -> Iterator[Candidate]:
    """Services of the nearest towns first; a service listed in several towns counts at its nearest."""
    seen: set[str] = set()
    for km, town in towns_by_distance(place):
        for service_id in _in_town(db, category, since, town, NEARBY_EXTRA, place.town):
            if service_id not in seen:
                seen.add(service_id)
                yield Candidate(service_id, "nearby", round(km, 1))


def candidates(db: Database, category: str, place: Place | None, since: str) -> Iterator[Candidate]:
    """Every tier in order; a place outside Connecticut only gets statewide and national lines.

    Last come the statewide crisis lines, as fillers: they answer 24/7 and
    connect callers to local programs, so a category the directory covers
    thinly in a region (counseling in eastern Connecticut) still gets a full reply.
    """
    if place is not None and place.in_connecticut:
        yield from (Candidate(service_id, "local") for service_id in _in_town(db, category, since, place.town))
        yield from _nearby(db, category, place, since)
    yield from _tier(db, category, "statewide", since)
    yield from _tier(db, category, "national", since)
    if category != FILLER_CATEGORY:
        yield from (Candidate(c.id, "fallback") for c in _tier(db, FILLER_CATEGORY, "statewide", since))


def towns_text(towns: list[str]) -> str:
    if len(towns) > TOWNS_NAMED_IN_AREA:
        more = len(towns) - TOWNS_NAMED_IN_AREA
        return f"{', '.join(towns[:TOWNS_NAMED_IN_AREA])} and {more} more town{'s' if more > 1 else ''}"
    return " and ".join(filter(None, [", ".join(towns[:-1]), towns[-1]]))


def area_text(areas: list[dict[str, Any]]) -> str:
    """What a person reads under 'Serves:'; a restriction on a statewide line is kept visible."""
    by_scope: dict[str, list[dict[str, Any]]] = {}
    for area in areas:
        by_scope.setdefault(area["scope"], []).append(area)
    if "national" in by_scope:
        return "nationwide"
    if "statewide" in by_scope:
        description = by_scope["statewide"][0]["description"] or ""
        whole_state = not description or WHOLE_STATE_AREA.match(description)
        return "all of Connecticut" if whole_state else f"Connecticut ({description})"
    parts = [towns_text([area["town"] for area in by_scope["town"]])] if "town" in by_scope else []
    parts += [area["description"] for area in by_scope.get("region", [])]
    return "; ".join(parts)


def _address(db: Database, service_id: str) -> str | None:
    row = db.execute(ADDRESS_SQL, [service_id]).fetchone()
    return ", ".join(part for part in row if part) if row else None


def load_service(db: Database, candidate: Candidate) -> Service:
    row = next(_rows(db, SERVICE_SQL, [candidate.id]))
    phones = tuple(Phone(**phone) for phone in _rows(db, PHONES_SQL, [candidate.id]))
    return Service(
        id=row["id"],
        name=row["name"],
        organization=row["organization"],
        category=row["category"],
        scope=row["scope"],
        phones=phones,
        area=area_text(list(_rows(db, AREAS_SQL, [candidate.id]))),
        hours=row["hours"],
        languages=tuple(language for (language,) in db.execute(LANGUAGES_SQL, [candidate.id])),
        populations=tuple(split_list(row["populations"] or "")),
        website=row["website"],
        # A confidential location is never even read: a shelter's address must not leave the directory.
        address=None if row["confidential_location"] else _address(db, candidate.id),
        last_verified=row["last_verified"],
        match=candidate.match,
        distance_km=candidate.distance_km,
    )


def fallback_service(db: Database) -> Service | None:
    row = db.execute("SELECT id FROM service WHERE name = ? AND status = 'active'", [FALLBACK_SERVICE_NAME]).fetchone()
    return load_service(db, Candidate(row[0], "fallback")) if row else None


def find_services(
    db: Database, category: str, place: Place | None, limit: int = 3, today: date | None = None
) -> list[Service]:
    """Up to `limit` services, most local first, each line shown once, and always one to call."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {', '.join(CATEGORIES)}")
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results: list[Service] = []
    shown_routes: set[tuple[str, str]] = set()
    for candidate in candidates(db, category, place, fresh_since(today)):
        if len(results) == limit:
            break
        service = load_service(db, candidate)
        unreachable = not service.phones and not service.website
        if unreachable or service.voice_routes & shown_routes:
            continue
        shown_routes |= service.voice_routes
        results.append(service)
    if not any(service.voice_routes for service in results):
        fallback = fallback_service(db)
        if fallback is not None:
            results.append(fallback)
    return results
