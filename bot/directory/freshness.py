"""How long a check of an entry stays good: one period shared by `directory stale` and search order.

Phone lines close and programs move; an entry nobody has checked within the
period is listed for staff by `directory stale` and, within its tier, shown to
people after entries checked more recently. "Today" is a parameter everywhere
so tests and staff ("what will be stale next month?") can fix it.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

from sqlite_utils import Database

STALE_DAYS_ENV = "DIRECTORY_STALE_DAYS"
DEFAULT_STALE_DAYS = 180
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def stale_sql(alias: str) -> str:
    """SQL for "not checked within the period", given :fresh_since; never-checked entries count as stale."""
    return f"({alias}.last_verified IS NULL OR {alias}.last_verified < :fresh_since)"


STALE_SQL = stale_sql("s")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class StaleEntry:
    id: str
    name: str
    last_verified: str | None


def stale_after_days() -> int:
    """The period from DIRECTORY_STALE_DAYS; a bad value must not stop searches, so it falls back loudly."""
    text = os.environ.get(STALE_DAYS_ENV, "").strip()
    if not text:
        return DEFAULT_STALE_DAYS
    if text.isdigit() and int(text) > 0:
        return int(text)
    logger.warning("%s=%r is not a number of days; using %d", STALE_DAYS_ENV, text, DEFAULT_STALE_DAYS)
    return DEFAULT_STALE_DAYS


def fresh_since(today: date | None = None, days: int | None = None) -> str:
    """The oldest check date still counted as fresh (ISO), so a check exactly `days` ago is still fresh."""
    today = today or date.today()
    return (today - timedelta(days=stale_after_days() if days is None else days)).isoformat()


def is_stale(last_verified: str | None, since: str) -> bool:
    return last_verified is None or last_verified < since


def stale_entries(db: Database, days: int | None = None, today: date | None = None) -> list[StaleEntry]:
    """Active entries due a check, never-checked first, then oldest check first."""
    sql = f"""SELECT s.id, s.name, s.last_verified FROM service s WHERE s.status = 'active' AND {STALE_SQL}
              ORDER BY s.last_verified IS NOT NULL, s.last_verified, s.name"""
    return [StaleEntry(*row) for row in db.execute(sql, {"fresh_since": fresh_since(today, days)})]


def verified_label(last_verified: str) -> str:
    """'2026-03-04' -> 'Mar 2026': a month is what a person needs, and it does not depend on the locale."""
    checked = date.fromisoformat(last_verified)
    return f"{MONTHS[checked.month - 1]} {checked.year}"
