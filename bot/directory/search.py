"""Finding the few services worth showing a person, most local first.

Tiers: services covering the person's town, then the nearest other local
services, then Connecticut-wide lines, then national ones. A reply never shows
the same line twice (many CT shelters answer on Safe Connect) and never comes
back without a number to call. Every value from a conversation reaches SQL as a
bound parameter; the category is also checked against a fixed list first.
"""
from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.directory.models import CATEGORIES, WHOLE_STATE_AREA, Match, Phone, Service, split_list
from bot.directory.seed import FALLBACK_SERVICE_NAME
from bot.geo import Place, distance_km

NEARBY_RADIUS_KM = 60.0
# Nearby candidates re-ranked by exact distance; more than a reply needs, so
# candidates dropped as duplicate lines still leave enough.
NEARBY_CANDIDATES = 30
KM_PER_DEGREE = 111.195  # along a meridian, mean Earth radius
TOWNS_NAMED_IN_AREA = 3
FILLER_CATEGORY = "hotline"

# Lower is better: serves everyone, 24/7, seen on a source, and a general line
# before a Spanish-only or population-specific one; a statewide line with a
# restriction ("eligible ZIP codes") after those without one. One integer, so SQL can
# order the straight tiers and Python can tie-break the nearby tier the same way.
# The restriction test mirrors WHOLE_STATE_AREA (models.py) in SQL.
RANK = """(
    (CASE WHEN lower(s.populations) = 'all' OR s.populations LIKE 'all;%' THEN 0 ELSE 8 END)
  + (CASE WHEN EXISTS (SELECT 1 FROM service_area r WHERE r.service_id = s.id AND r.scope = 'statewide'
                       AND r.description IS NOT NULL AND r.description != ''
                       AND lower(r.description) != 'all ct towns' AND lower(r.description) NOT LIKE 'statewide%')
          THEN 16 ELSE 0 END)
  + (CASE WHEN EXISTS (SELECT 1 FROM schedule h WHERE h.service_id = s.id AND h.is_24_7 = 1) THEN 0 ELSE 4 END)
  + (CASE WHEN s.source_verified = 1 THEN 0 ELSE 2 END)
  + (CASE WHEN lower(s.populations) = 'all'
           AND NOT (EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id)
                    AND NOT EXISTS (SELECT 1 FROM language l WHERE l.service_id = s.id
                                                           AND l.language NOT LIKE 'spanish%'))
          THEN 0 ELSE 1 END)
)"""
ACTIVE_OF_CATEGORY = "s.category = :category AND s.status = 'active' AND s.scope = :scope"
SERVES_TOWN = "s.id IN (SELECT a.service_id FROM service_area a WHERE a.town = :town AND a.scope = 'town')"

TIER_SQL = f"SELECT s.id, {RANK} AS rank FROM service s WHERE {ACTIVE_OF_CATEGORY} {{extra}} ORDER BY rank, s.name"

# Equirectangular distance in degrees², with cos²(latitude) passed in because
# this SQLite has no trigonometry. The bounding box lets the lat/lon index cut
# the area rows first. Bare latitude/longitude beside MIN() come from the
# nearest area row (documented SQLite behaviour), for the exact distance after.
NEARBY_SQL = f"""
SELECT s.id, {RANK} AS rank, s.name,
       MIN((a.latitude - :lat) * (a.latitude - :lat)
           + (a.longitude - :lon) * (a.longitude - :lon) * :cos2) AS d2,
       a.latitude AS area_latitude, a.longitude AS area_longitude
FROM service s JOIN service_area a ON a.service_id = s.id
WHERE {ACTIVE_OF_CATEGORY}
  AND a.scope = 'town'
  AND a.latitude BETWEEN :south AND :north
  AND a.longitude BETWEEN :west AND :east
  AND NOT {SERVES_TOWN}
GROUP BY s.id
HAVING d2 <= :radius2
ORDER BY d2, rank, s.name
LIMIT :candidates
"""

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


def _tier(db: Database, category: str, scope: Match, town: str | None = None) -> Iterator[Candidate]:
    """Lazy, so a reply that fills up in the first tier never reads the others."""
    extra, params = ("AND " + SERVES_TOWN, {"town": town}) if town else ("", {})
    sql = TIER_SQL.format(extra=extra)
    for row in _rows(db, sql, {"category": category, "scope": scope, **params}):
        yield Candidate(row["id"], scope)


def _nearby(db: Database, category: str, place: Place) -> Iterator[Candidate]:
    radius = NEARBY_RADIUS_KM / KM_PER_DEGREE
    cos_lat = max(math.cos(math.radians(place.latitude)), 0.01)
    params = {
        "category": category, "scope": "local", "town": place.town,
        "lat": place.latitude, "lon": place.longitude, "cos2": cos_lat * cos_lat,
        "south": place.latitude - radius, "north": place.latitude + radius,
        "west": place.longitude - radius / cos_lat, "east": place.longitude + radius / cos_lat,
        "radius2": radius * radius, "candidates": NEARBY_CANDIDATES,
    }  # fmt: skip
    ranked = []
    for row in _rows(db, NEARBY_SQL, params):
        km = distance_km(place.latitude, place.longitude, row["area_latitude"], row["area_longitude"])
        if km <= NEARBY_RADIUS_KM:
            ranked.append((km, row["rank"], row["name"], row["id"]))
    for km, _, _, service_id in sorted(ranked):
        yield Candidate(service_id, "nearby", round(km, 1))


def candidates(db: Database, category: str, place: Place | None) -> Iterator[Candidate]:
    """Every tier in order; a place outside Connecticut only gets statewide and national lines.

    Last come the statewide crisis lines, as fillers: they answer 24/7 and
    connect callers to local programs, so a category the directory covers
    thinly in a region (counseling in eastern Connecticut) still gets a full reply.
    """
    if place is not None and place.in_connecticut:
        yield from _tier(db, category, "local", town=place.town)
        yield from _nearby(db, category, place)
    yield from _tier(db, category, "statewide")
    yield from _tier(db, category, "national")
    if category != FILLER_CATEGORY:
        yield from (Candidate(c.id, "fallback") for c in _tier(db, FILLER_CATEGORY, "statewide"))


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


def find_services(db: Database, category: str, place: Place | None, limit: int = 3) -> list[Service]:
    """Up to `limit` services, most local first, each line shown once, and always one to call."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {', '.join(CATEGORIES)}")
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results: list[Service] = []
    shown_routes: set[tuple[str, str]] = set()
    for candidate in candidates(db, category, place):
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
