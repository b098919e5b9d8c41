"""Who opted out, who is sending too fast, and which webhooks were answered: a small SQLite file that survives restarts.

Keys are the keyed hash of the phone number (the conversation id), never the
number. A rate row lives only as long as its window, so the file does not
become a record of who texted when. A webhook is remembered by a hash of its
MessageSid, to the hour, for a week: long enough to refuse a signed request
sent twice, too coarse to say who texted when.
"""
from __future__ import annotations

import enum
import hashlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS opt_out (subscriber TEXT PRIMARY KEY, since REAL NOT NULL);
CREATE TABLE IF NOT EXISTS rate (
    subscriber TEXT PRIMARY KEY, window_start REAL NOT NULL, count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_window ON rate (window_start);
CREATE TABLE IF NOT EXISTS delivered (message TEXT PRIMARY KEY, hour REAL NOT NULL);
CREATE INDEX IF NOT EXISTS delivered_hour ON delivered (hour);
"""
DELIVERED_KEPT_SECONDS = 7 * 24 * 3600


class Rate(enum.Enum):
    OK = "ok"
    NOTICE = "notice"  # the first message over the limit: tell the person once
    SILENT = "silent"  # every later one in the same window


class SmsState:
    """Opt-outs and message rates. One short connection per call: safe across workers and restarts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        try:
            db.execute("PRAGMA secure_delete=ON")
            yield db
        finally:
            db.close()

    def opt_out(self, subscriber: str) -> bool:
        """Record a STOP; True if the person was not opted out already (so one confirmation is sent)."""
        with self._connect() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO opt_out (subscriber, since) VALUES (?, ?)", (subscriber, time.time())
            )
            return cursor.rowcount == 1

    def opt_in(self, subscriber: str) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM opt_out WHERE subscriber = ?", (subscriber,))

    def is_opted_out(self, subscriber: str) -> bool:
        with self._connect() as db:
            return db.execute("SELECT 1 FROM opt_out WHERE subscriber = ?", (subscriber,)).fetchone() is not None

    def count_message(self, subscriber: str, limit: int, window_seconds: float, now: float | None = None) -> Rate:
        """Count one message in a fixed window: up to `limit` pass, the next gets a notice, the rest silence."""
        now = time.time() if now is None else now
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM rate WHERE window_start <= ?", (now - window_seconds,))
                db.execute(
                    "INSERT INTO rate (subscriber, window_start, count) VALUES (?, ?, 1) "
                    "ON CONFLICT (subscriber) DO UPDATE SET count = count + 1",
                    (subscriber, now),
                )
                (count,) = db.execute("SELECT count FROM rate WHERE subscriber = ?", (subscriber,)).fetchone()
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        if count <= limit:
            return Rate.OK
        return Rate.NOTICE if count == limit + 1 else Rate.SILENT

    def first_delivery(self, message_sid: str, now: float | None = None) -> bool:
        """Record a webhook's MessageSid; False if it was answered already.

        Twilio's signature has no timestamp, so a captured request stays valid:
        sent again, it would put the message into the conversation a second time
        and hand the bot's reply to whoever sent it.
        """
        now = time.time() if now is None else now
        key = hashlib.sha256(message_sid.encode()).hexdigest()
        with self._connect() as db:
            db.execute("DELETE FROM delivered WHERE hour < ?", (now - DELIVERED_KEPT_SECONDS,))
            cursor = db.execute(
                "INSERT OR IGNORE INTO delivered (message, hour) VALUES (?, ?)", (key, now // 3600 * 3600)
            )
            return cursor.rowcount == 1
