"""Synthetic directories of any size, loaded through the real seed loader.

The generator writes a seed CSV and a status-overrides CSV in the vetted
seed's format and hands them to `bot.directory.build_database`, so the
benchmark searches exactly what the loader builds: same schema, indexes and
statistics. Every name is fictional and every number is a 555-01xx number.

Services sit in the towns of real ZIP codes. They are Connecticut ZIP codes
because the loader maps service areas to Connecticut towns only; a
"national-sized" directory is therefore packed far more densely than any real
one, which is the harder case for a search that works outward from a town.
ZIPs get heavy-tailed weights, so some towns have hundreds of services and
others a handful; and a quarter of the towns have no program of their own, as
many small towns do not, so searches from there need the radius search at
every directory size.
"""
from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import zipcodes

from bot.directory import CATEGORIES, FALLBACK_SERVICE_NAME, build_database
from bot.directory.seed import OVERRIDE_COLUMNS, SEED_COLUMNS
from bot.geo import ct_towns, distance_km, resolve_location, town_place

# Shares of local services by category: sparse categories make the nearby tier work.
CATEGORY_WEIGHTS = {
    "shelter": 20, "counseling": 20, "advocacy": 15, "legal": 12,
    "housing": 12, "medical": 10, "youth": 6, "hotline": 5,
}  # fmt: skip
ZIPF_EXPONENT = 0.6
SERVICES_PER_ORGANIZATION = 4
TOWNS_WITHOUT_SERVICES_SHARE = 0.25
INACTIVE_SHARE = 0.02
# Share of local shelters that answer on the statewide line, as many real ones do.
SHARED_LINE_SHARE = 0.1
SHARED_LINE = "860-555-0101"
FIXED_SERVICES = 1 + 2 * len(CATEGORIES)  # the fallback, then one statewide and one national line per category

ADJECTIVES = (
    "Riverbend", "Maple", "Harbor", "Cedar", "Northfield", "Lantern", "Willow", "Granite",
    "Bluebird", "Summit", "Meadow", "Beacon", "Orchard", "Stonebridge", "Clearwater", "Hillside",
)  # fmt: skip
NOUNS = ("Family", "Community", "Safe Start", "New Leaf", "Open Door", "Haven", "Bridges", "Compass")
SERVICE_WORDS = {
    "shelter": "Safe House", "counseling": "Counseling Center", "advocacy": "Advocacy Program",
    "legal": "Legal Clinic", "housing": "Housing Program", "medical": "Health Clinic",
    "youth": "Youth Program", "hotline": "Helpline",
}  # fmt: skip
POPULATIONS = ("all", "all", "all", "women;children", "youth 12-24", "men", "LGBTQ+ adults")
LANGUAGES = ("English", "English;Spanish", "English;Spanish;Portuguese", "Spanish", "English")
HOURS = ("24/7", "Mon-Fri 9am-5pm", "Mon-Sat 8am-8pm", "24/7 hotline; office Mon-Fri")


@dataclass(frozen=True)
class ZipTown:
    zip_code: str
    town: str
    area_code: str


@lru_cache(maxsize=1)
def ct_zip_towns() -> tuple[ZipTown, ...]:
    """Delivery ZIPs, each with its town as the bot resolves it, so a query by ZIP finds the same town."""
    found = []
    for record in zipcodes.list_all():
        if record["state"] != "CT" or record["zip_code_type"] != "STANDARD":
            continue
        place = resolve_location(record["zip_code"])
        if place is not None and place.town:
            found.append(ZipTown(record["zip_code"], place.town, (record["area_codes"] or ["860"])[0]))
    return tuple(found)


@lru_cache(maxsize=1)
def neighbours() -> dict[str, tuple[str, ...]]:
    """Each town's two nearest towns: a local program often serves the towns next door."""
    places = {town: town_place(town) for town in ct_towns()}

    def nearest(town: str) -> tuple[str, ...]:
        here = places[town]
        others = sorted(
            (distance_km(here.latitude, here.longitude, p.latitude, p.longitude), other)
            for other, p in places.items()
            if other != town
        )
        return tuple(other for _, other in others[:2])

    return {town: nearest(town) for town in places}


def _row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(SEED_COLUMNS, "")
    row.update(values)
    row.setdefault("notes", "Synthetic benchmark entry; not a real service.")
    return row


def fixed_rows() -> list[dict[str, str]]:
    """The fallback the loader insists on, then a statewide and a national line per category."""
    common = {"languages": "English;Spanish", "hours": "24/7", "populations": "all", "confidential_location": "no",
              "verified_from_source": "yes", "notes": "Synthetic benchmark entry; not a real service."}  # fmt: skip
    rows = [_row(name=FALLBACK_SERVICE_NAME, organization="Synthetic Referral Line", category="hotline",
                 scope="statewide", phone="860-555-0100", service_area_towns="all CT towns", **common)]  # fmt: skip
    for number, category in enumerate(CATEGORIES):
        rows.append(_row(name=f"Statewide {SERVICE_WORDS[category]} (synthetic)", organization="Synthetic Statewide Network",
                         category=category, scope="statewide", phone=f"{SHARED_LINE} ext. {number}",
                         service_area_towns="all CT towns", **common))  # fmt: skip
        rows.append(_row(name=f"National {SERVICE_WORDS[category]} (synthetic)", organization="Synthetic National Network",
                         category=category, scope="national", phone=f"800-555-01{number:02d}", **common))  # fmt: skip
    # The first statewide line is the shared one local shelters answer on (no extension).
    rows[1]["phone"] = SHARED_LINE
    return rows


def towns_without_services(rng: random.Random) -> frozenset[str]:
    """Towns no service is in or names as its area: people there are served from nearby towns."""
    towns = sorted({place.town for place in ct_zip_towns()})
    return frozenset(rng.sample(towns, round(len(towns) * TOWNS_WITHOUT_SERVICES_SHARE)))


def local_row(number: int, rng: random.Random, place: ZipTown, unserved: frozenset[str]) -> dict[str, str]:
    category = rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
    organization = number // SERVICES_PER_ORGANIZATION
    shared = category == "shelter" and rng.random() < SHARED_LINE_SHARE
    # An extension per service keeps every line distinct within the 100 fictional 555-01xx numbers.
    phone = SHARED_LINE if shared else f"{place.area_code}-555-01{number % 100:02d} ext. {number // 100}"
    served = [town for town in neighbours()[place.town] if town not in unserved]
    towns = [place.town, *served[: rng.randint(0, 2)]]
    return _row(
        name=f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} {SERVICE_WORDS[category]} {number:07d}",
        organization=f"{ADJECTIVES[organization % len(ADJECTIVES)]} Services Group {organization:06d}",
        category=category,
        scope="local",
        phone=phone,
        sms=f"{place.area_code}-555-01{number % 100:02d}" if rng.random() < 0.3 else "",
        website=f"https://example.org/services/{number}" if rng.random() < 0.5 else "",
        office_town=place.town,
        service_area_towns=";".join(towns),
        services="crisis support;safety planning;referrals",
        languages=rng.choice(LANGUAGES),
        hours=rng.choice(HOURS),
        populations=rng.choice(POPULATIONS),
        confidential_location="yes" if category == "shelter" else "no",
        verified_from_source=rng.choice(("yes", "no")),
    )


def zip_weights(places: tuple[ZipTown, ...], rng: random.Random) -> list[float]:
    """Zipf weights in a random order: a few busy ZIPs, a long tail of quiet ones. With 0.6 the
    busiest ZIP holds about 5% of services, near the largest city's share of the state's people."""
    ranks = list(range(1, len(places) + 1))
    rng.shuffle(ranks)
    return [1 / rank**ZIPF_EXPONENT for rank in ranks]


def write_seed(folder: Path, services: int, seed: int = 2026) -> tuple[Path, Path]:
    """A seed CSV of exactly `services` services and an overrides CSV closing a few of them."""
    if services < FIXED_SERVICES + 1:
        raise ValueError(f"a synthetic directory needs at least {FIXED_SERVICES + 1} services")
    rng = random.Random(seed)
    unserved = towns_without_services(rng)
    places = tuple(place for place in ct_zip_towns() if place.town not in unserved)
    weights = zip_weights(places, rng)
    seed_csv, overrides_csv = folder / "seed.csv", folder / "overrides.csv"
    with seed_csv.open("w", newline="") as seed_file, overrides_csv.open("w", newline="") as overrides_file:
        rows = csv.DictWriter(seed_file, fieldnames=SEED_COLUMNS)
        overrides = csv.DictWriter(overrides_file, fieldnames=OVERRIDE_COLUMNS)
        rows.writeheader()
        overrides.writeheader()
        rows.writerows(fixed_rows())
        local = services - FIXED_SERVICES
        for number, place in enumerate(rng.choices(places, weights=weights, k=local)):
            row = local_row(number, rng, place, unserved)
            rows.writerow(row)
            if rng.random() < INACTIVE_SHARE:
                overrides.writerow({"name": row["name"], "status": "inactive", "reason": "synthetic: closed"})
    return seed_csv, overrides_csv


def build(folder: Path, services: int, seed: int = 2026) -> Path:
    """A built directory of `services` services in `folder`, through the real loader."""
    folder.mkdir(parents=True, exist_ok=True)
    seed_csv, overrides_csv = write_seed(folder, services, seed)
    db_path = folder / "directory.db"
    build_database(db_path, seed_csv, overrides_csv)
    return db_path
