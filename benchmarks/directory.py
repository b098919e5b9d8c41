"""Part 3: the bot's directory search at growing directory sizes, against a naive scan.

The bot's search is `find_services` exactly as the action server calls it:
a town or ZIP, the fixed nearby radius (NEARBY_RADIUS_KM), a category, and its
standing filters (active services only, each line once, always one to call).
Both searches answer the same queries on the same database, in the same run,
and every answer is compared, so a fast search that drifted from the
reference would show up here as disagreement rather than as a win.
"""
from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.directory import CATEGORIES, build_database, find_services, open_directory
from bot.directory.models import Service
from bot.geo import Place, resolve_location, town_place

from benchmarks import synthetic
from benchmarks.naive import NaiveDirectory
from benchmarks.stats import growth_exponent, summarise

DEFAULT_SIZES = (1_000, 10_000, 100_000)
TARGET_SIZE, TARGET_P95_MS = 100_000, 5.0
SKIP_SHARE = 0.05  # "skip": no location, statewide lines only


@dataclass(frozen=True)
class Query:
    category: str
    place: Place | None
    said: str  # what the person gave: a ZIP, a town, or nothing


def query_set(count: int, seed: int) -> list[Query]:
    """Real ZIPs and town names, half each, with a few "skip"s; the same list at every size."""
    rng = random.Random(seed)
    places = synthetic.ct_zip_towns()
    queries = []
    for number in range(count):
        category = rng.choice(CATEGORIES)
        where = rng.choice(places)
        if rng.random() < SKIP_SHARE:
            queries.append(Query(category, None, "skip"))
        elif number % 2:
            queries.append(Query(category, resolve_location(where.zip_code), where.zip_code))
        else:
            queries.append(Query(category, town_place(where.town), where.town))
    return queries


def _timed(search: Callable[[Query], list[Service]], query: Query) -> tuple[float, list[Service]]:
    started = time.perf_counter()
    found = search(query)
    return (time.perf_counter() - started) * 1000, found


def _answer(services: list[Service]) -> list[tuple[str, str, float | None]]:
    return [(s.id, s.match, s.distance_km) for s in services]


def measure(db_path: Path, queries: Sequence[Query], repeats: int, naive_queries: int) -> dict[str, Any]:
    """Bot and naive search on one database; the deepest tier each bot answer reached is kept,
    because a query answered from its own town never runs the radius search."""
    db = open_directory(db_path)
    try:
        bot = lambda q: find_services(db, q.category, q.place)  # noqa: E731
        for query in queries:  # warm the page cache and the statement cache
            bot(query)
        bot_ms: list[float] = []
        by_tier: dict[str, list[float]] = defaultdict(list)
        answers = {}
        for _ in range(repeats):
            for number, query in enumerate(queries):
                ms, found = _timed(bot, query)
                bot_ms.append(ms)
                by_tier[found[-1].match if found else "none"].append(ms)
                answers[number] = _answer(found)
        started = time.perf_counter()
        reference = NaiveDirectory(db)
        naive_load_s = time.perf_counter() - started
        naive = lambda q: reference.find(db, q.category, q.place)  # noqa: E731
        naive_ms, agree = [], 0
        for number, query in enumerate(queries[:naive_queries]):
            ms, found = _timed(naive, query)
            naive_ms.append(ms)
            agree += _answer(found) == answers[number]
        services = db.execute("SELECT COUNT(*) FROM service").fetchone()[0]
    finally:
        db.close()
    return {
        "services": services,
        "bot_ms": summarise(bot_ms),
        "bot_ms_by_deepest_tier": {tier: summarise(samples) for tier, samples in sorted(by_tier.items())},
        "naive_ms": summarise(naive_ms),
        "naive_load_s": naive_load_s,
        "agreement": {"compared": len(naive_ms), "same_answer": agree},
    }


def run(
    sizes: Sequence[int], queries: int, repeats: int, naive_queries: int, seed: int,
    seed_csv: Path | None = None, overrides_csv: Path | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Each directory is built in a temporary folder and removed after, since 1,000,000 services take gigabytes."""
    query_list = query_set(queries, seed)
    results = []
    sources: list[tuple[str, int | None]] = [(str(seed_csv), None)] if seed_csv else [("synthetic", n) for n in sizes]
    for source, size in sources:
        folder = Path(tempfile.mkdtemp(prefix="bench-directory-"))
        try:
            print(f"  building {'your seed ' + source if size is None else f'{size:,} services'}", flush=True)
            started = time.perf_counter()
            if size is None:
                db_path = folder / "directory.db"
                build_database(db_path, Path(source), overrides_csv)
            else:
                db_path = synthetic.build(folder, size, seed)
            build_s = time.perf_counter() - started
            print("  searching", flush=True)
            measured = measure(db_path, query_list, repeats, naive_queries)
            results.append({"source": source, "build_s": build_s, "db_mb": db_path.stat().st_size / 2**20, **measured})
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    sizes_run = [r["services"] for r in results]
    return {
        "queries": queries,
        "repeats": repeats,
        "naive_queries": naive_queries,
        "seed": seed,
        "sizes": results,
        "growth_exponent": {
            "bot_p50": growth_exponent(sizes_run, [r["bot_ms"]["p50"] for r in results]),
            "bot_p95": growth_exponent(sizes_run, [r["bot_ms"]["p95"] for r in results]),
            "naive_p50": growth_exponent(sizes_run, [r["naive_ms"]["p50"] for r in results]),
        },
        "target": {"services": TARGET_SIZE, "p95_ms": TARGET_P95_MS},
    }
