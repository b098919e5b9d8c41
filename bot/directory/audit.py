"""The change log: who changed which entry, when, and what it was before and after.

Every staff write (bot/directory/edits.py) adds one row per entry it changed,
in the same transaction as the change, so the log cannot miss a change or
record one that was rolled back. Rows are whole entries as JSON; differences
are worked out when the log is read.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlite_utils import Database

from bot.directory.entries import Entry, differences
from bot.directory.search import open_directory

ACTOR_ENV = "DIRECTORY_USER"
MAX_ACTOR_CHARS = 100


class MissingActor(ValueError):
    """A change with nobody to answer for it is refused: the log is only as good as its names."""


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    actor: str
    action: str
    service_id: str
    before: Entry | None
    after: Entry

    def differences(self) -> list[tuple[str, str, str]]:
        return differences(self.before, self.after)


def actor_name(given: str | None) -> str:
    """Who is making a change: `--by`, else DIRECTORY_USER; one line of plain text."""
    name = " ".join((given or os.environ.get(ACTOR_ENV) or "").split())
    if not name:
        raise MissingActor(f"say who is making this change: --by NAME, or set {ACTOR_ENV}")
    if len(name) > MAX_ACTOR_CHARS:
        raise MissingActor(f"a name of at most {MAX_ACTOR_CHARS} characters, please")
    return name


def timestamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(db: Database, at: str, actor: str, action: str, before: Entry | None, after: Entry) -> None:
    """Part of the caller's transaction: the change and its log row are written together or not at all."""
    db.execute(
        "INSERT INTO audit (at, actor, action, service_id, before, after) VALUES (?, ?, ?, ?, ?, ?)",
        [at, actor, action, after["id"], json.dumps(before) if before else None, json.dumps(after)],
    )


def history(
    db: Database, service_id: str | None = None, since: date | None = None, until: date | None = None,
    limit: int | None = None,
) -> list[AuditRecord]:  # fmt: skip
    """Newest first; `since` and `until` are whole days, both included."""
    where, params = [], {}
    if service_id:
        where.append("service_id = :service_id")
        params["service_id"] = service_id
    if since:
        where.append("at >= :since")
        params["since"] = since.isoformat()
    if until:
        where.append("at < :before")
        params["before"] = (until + timedelta(days=1)).isoformat()
    sql = "SELECT id, at, actor, action, service_id, before, after FROM audit"
    sql += (" WHERE " + " AND ".join(where)) if where else ""
    sql += " ORDER BY at DESC, id DESC" + (" LIMIT :limit" if limit else "")
    if limit:
        params["limit"] = limit
    return [
        AuditRecord(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]) if row[5] else None, json.loads(row[6]))
        for row in db.execute(sql, params)
    ]


def edit_summary(db_path: Path) -> tuple[int, str, str] | None:
    """(changes, when last, who last) if staff have changed this directory since it was built, else None."""
    if not Path(db_path).exists():
        return None
    db = open_directory(db_path)
    try:
        if not db["audit"].exists():
            return None
        count, last_at = db.execute("SELECT COUNT(*), MAX(at) FROM audit").fetchone()
        if not count:
            return None
        (who,) = db.execute("SELECT actor FROM audit ORDER BY at DESC, id DESC LIMIT 1").fetchone()
        return count, last_at, who
    finally:
        db.close()
