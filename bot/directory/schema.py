"""The directory's tables, named after Open Referral HSDS 3.0.

HSDS names let the directory be exchanged with 211 and other referral systems
later without a mapping layer. The allowed values are CHECK constraints and the
tables are STRICT, so a bad staff edit fails loudly instead of hiding a
service from search. Every index matches a query in search.py or audit.py.
"""
from __future__ import annotations

from sqlite_utils import Database

from bot.directory.models import CATEGORIES, PHONE_TYPES, SCOPES, STATUSES


def _one_of(column: str, values: tuple[str, ...]) -> str:
    allowed = ", ".join(f"'{value}'" for value in values)
    return f"CHECK ({column} IN ({allowed}))"


def _flag(column: str) -> str:
    return f"{column} INTEGER NOT NULL DEFAULT 0 CHECK ({column} IN (0, 1))"


# Children cascade on delete so a staff tool can remove a service in one statement.
_SERVICE_FK = "service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE"

TABLES: dict[str, str] = {
    "organization": """
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        website TEXT
    """,
    "location": """
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        city TEXT,
        address_1 TEXT,
        latitude REAL,
        longitude REAL
    """,
    "service": f"""
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        name TEXT NOT NULL UNIQUE,
        description TEXT,
        category TEXT NOT NULL {_one_of("category", CATEGORIES)},
        scope TEXT NOT NULL {_one_of("scope", SCOPES)},
        populations TEXT,
        {_flag("confidential_location")},
        status TEXT NOT NULL DEFAULT 'active' {_one_of("status", STATUSES)},
        last_verified TEXT CHECK (last_verified IS NULL OR date(last_verified) IS last_verified),
        source_url TEXT,
        {_flag("source_verified")},
        notes TEXT,
        url TEXT,
        rank INTEGER NOT NULL DEFAULT 0  -- derived: bot/directory/ranking.py, lower first
    """,
    "service_at_location": f"""
        id TEXT PRIMARY KEY,
        {_SERVICE_FK},
        location_id TEXT NOT NULL REFERENCES location(id) ON DELETE CASCADE
    """,
    "phone": f"""
        id TEXT PRIMARY KEY,
        {_SERVICE_FK},
        number TEXT NOT NULL,
        type TEXT NOT NULL {_one_of("type", PHONE_TYPES)},
        keyword TEXT,
        language TEXT,
        description TEXT
    """,
    "service_area": f"""
        id TEXT PRIMARY KEY,
        {_SERVICE_FK},
        scope TEXT NOT NULL {_one_of("scope", ("town", "statewide", "national", "region"))},
        town TEXT,
        latitude REAL,
        longitude REAL,
        description TEXT,
        CHECK ((scope = 'town') = (town IS NOT NULL))
    """,
    "language": f"""
        id TEXT PRIMARY KEY,
        {_SERVICE_FK},
        language TEXT NOT NULL
    """,
    "schedule": f"""
        id TEXT PRIMARY KEY,
        {_SERVICE_FK},
        description TEXT NOT NULL,
        {_flag("is_24_7")}
    """,
    # Derived, not HSDS: one row per active local service and town it serves,
    # rebuilt with the rank (ranking.py). Its index hands over one town's
    # services of one category, so a search never reads the others.
    "local_listing": f"""
        town TEXT NOT NULL,
        category TEXT NOT NULL,
        rank INTEGER NOT NULL,
        name TEXT NOT NULL,
        last_verified TEXT,
        {_SERVICE_FK}
    """,
}

# Not HSDS: who changed which entry, when, and what it was before and after (bot/directory/audit.py).
# Before and after are whole entries as JSON, so the log reads the same after the schema grows.
AUDIT_ACTIONS = ("add", "update", "deactivate", "verify", "import")
AUDIT_TABLE = f"""
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,  -- UTC, ISO 8601 to the second
    actor TEXT NOT NULL CHECK (actor != ''),
    action TEXT NOT NULL {_one_of("action", AUDIT_ACTIONS)},
    service_id TEXT NOT NULL,  -- no reference: the history outlives what it describes
    before TEXT CHECK (before IS NULL OR json_valid(before)),
    after TEXT NOT NULL CHECK (json_valid(after))
"""

# (table, columns). Named after the query each one serves, see search.py and audit.py.
INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("service", ("category", "status", "scope")),  # statewide and national tiers
    ("local_listing", ("town", "category", "rank", "name", "service_id")),  # local and nearby tiers
    ("local_listing", ("service_id",)),  # cascade on delete
    ("service", ("organization_id",)),
    ("service_area", ("town", "scope", "service_id")),  # nearby tier: does a service already cover the town
    ("service_area", ("scope",)),
    ("service_area", ("service_id", "scope", "latitude", "longitude")),  # area text per service
    ("phone", ("service_id",)),
    ("language", ("service_id",)),
    ("schedule", ("service_id", "is_24_7")),  # ranking: 24/7 first
    ("service_at_location", ("service_id",)),
    ("service_at_location", ("location_id",)),
    ("location", ("organization_id",)),
    ("audit", ("service_id", "at")),  # `directory audit ID`
    ("audit", ("at",)),  # `directory audit --since`
)


def create_tables(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    for name, columns in TABLES.items():
        db.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns}) STRICT")
    db.execute(f"CREATE TABLE IF NOT EXISTS audit ({AUDIT_TABLE}) STRICT")


def create_indexes(db: Database) -> None:
    """Separate from the tables so a bulk load can index once at the end, which is several times faster."""
    for table, columns in INDEXES:
        db[table].create_index(columns, if_not_exists=True)


def create_schema(db: Database) -> None:
    """Creates every table and index; safe to run on a database that already has them."""
    create_tables(db)
    create_indexes(db)
