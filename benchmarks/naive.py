"""The reference search: the bot's tiers, written as a plain Python scan over every service.

No index and no bounding box: each query computes the great-circle distance
from the person to every located service area in the directory, then keeps
what the bot's search would keep. It doubles as an executable statement of
what `find_services` promises, which is why the tests check the two agree.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from bot.directory.freshness import fresh_since, is_stale
from bot.directory.models import Service
from bot.directory.search import (
    FILLER_CATEGORY, NEARBY_RADIUS_KM, Candidate, fallback_service, load_service,
)  # fmt: skip
from bot.geo import Place, distance_km

ENTRIES_SQL = """
SELECT s.id, s.name, s.category, s.scope, s.status, s.rank AS rank,
       COALESCE(s.url, o.website) IS NOT NULL AS has_website, s.last_verified
FROM service s JOIN organization o ON o.id = s.organization_id
"""


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    category: str
    scope: str
    active: bool
    rank: int
    last_verified: str | None
    towns: frozenset[str]
    points: tuple[tuple[float, float], ...]  # coordinates of the towns it serves
    routes: frozenset[tuple[str, str]]  # voice lines, as Service.voice_routes
    reachable: bool


class NaiveDirectory:
    """Everything in memory, read once: the per-query cost is then the scan alone."""

    def __init__(self, db: Database) -> None:
        towns: dict[str, set[str]] = defaultdict(set)
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for service_id, town, latitude, longitude in db.execute(
            "SELECT service_id, town, latitude, longitude FROM service_area WHERE scope = 'town' ORDER BY id"
        ):
            towns[service_id].add(town)
            points[service_id].append((latitude, longitude))
        routes: dict[str, set[tuple[str, str]]] = defaultdict(set)
        phones: set[str] = set()
        for service_id, number, kind, description in db.execute(
            "SELECT service_id, number, type, description FROM phone"
        ):
            phones.add(service_id)
            if kind == "voice":
                routes[service_id].add((number, description or ""))
        self.entries = [
            Entry(
                id=row[0], name=row[1], category=row[2], scope=row[3], active=row[4] == "active", rank=row[5],
                last_verified=row[7], towns=frozenset(towns[row[0]]), points=tuple(points[row[0]]),
                routes=frozenset(routes[row[0]]), reachable=row[0] in phones or bool(row[6]),
            )  # fmt: skip
            for row in db.execute(ENTRIES_SQL)
        ]
        self.by_id = {entry.id: entry for entry in self.entries}

    def _order(self, e: Entry, since: str) -> tuple[bool, int, str]:
        """Within a tier: checked within the staleness period first, then rank, then name."""
        return (is_stale(e.last_verified, since), e.rank, e.name)

    def _tier(self, category: str, scope: str, since: str, town: str | None = None) -> list[Entry]:
        found = [
            e for e in self.entries
            if e.category == category and e.active and e.scope == scope and (town is None or town in e.towns)
        ]  # fmt: skip
        return sorted(found, key=lambda e: self._order(e, since))

    def _distances(self, place: Place) -> dict[str, float | None]:
        """Every distance, for every service, before anything is filtered out: the naive part."""
        return {
            e.id: min((distance_km(place.latitude, place.longitude, lat, lon) for lat, lon in e.points), default=None)
            for e in self.entries
        }

    def _nearby(
        self, category: str, place: Place, since: str, distances: dict[str, float | None]
    ) -> list[Candidate]:
        ranked = []
        for e in self.entries:
            km = distances[e.id]
            if e.category == category and e.active and e.scope == "local" and place.town not in e.towns:
                if km is not None and km <= NEARBY_RADIUS_KM:
                    ranked.append((km, *self._order(e, since), e.id))
        return [Candidate(entry[-1], "nearby", round(entry[0], 1)) for entry in sorted(ranked)]

    def candidates(self, category: str, place: Place | None, since: str) -> Iterator[Candidate]:
        if place is not None and place.in_connecticut:
            distances = self._distances(place)
            yield from (Candidate(e.id, "local") for e in self._tier(category, "local", since, place.town))
            yield from self._nearby(category, place, since, distances)
        yield from (Candidate(e.id, "statewide") for e in self._tier(category, "statewide", since))
        yield from (Candidate(e.id, "national") for e in self._tier(category, "national", since))
        if category != FILLER_CATEGORY:
            yield from (Candidate(e.id, "fallback") for e in self._tier(FILLER_CATEGORY, "statewide", since))

    def find(
        self, db: Database, category: str, place: Place | None, limit: int = 3, today: date | None = None
    ) -> list[Service]:
        """Same contract as `find_services`: most local first, each line once, always one to call."""
        chosen: list[Candidate] = []
        shown: set[tuple[str, str]] = set()
        for candidate in self.candidates(category, place, fresh_since(today)):
            if len(chosen) == limit:
                break
            entry = self.by_id[candidate.id]
            if not entry.reachable or entry.routes & shown:
                continue
            shown |= entry.routes
            chosen.append(candidate)
        results = [load_service(db, candidate) for candidate in chosen]
        if not any(service.voice_routes for service in results):
            fallback = fallback_service(db)
            if fallback is not None:
                results.append(fallback)
        return results
