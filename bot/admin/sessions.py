"""Logged-in staff: a random 256-bit token in a cookie, known to staff.db only by its SHA-256.

Someone who reads staff.db (or a backup of it) cannot take over a session, and
a session ends after 8 hours without use, 12 hours after login, at logout, or
when its account is removed or its password changed. Each session has its own
CSRF token, which every form carries back.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bot.admin.accounts import connect, opened

IDLE_SECONDS = 8 * 60 * 60
MAX_AGE_SECONDS = 12 * 60 * 60
TOKEN_BYTES = 32


@dataclass(frozen=True)
class Session:
    user: str
    csrf_token: str


def tokens_match(given: str | None, expected: str | None) -> bool:
    """Constant-time; nothing matches a missing token."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _now(now: float | None) -> int:
    return int(time.time() if now is None else now)


def _expire(conn: sqlite3.Connection, now: int) -> None:
    conn.execute(
        "DELETE FROM staff_session WHERE last_seen <= ? OR created_at <= ?", [now - IDLE_SECONDS, now - MAX_AGE_SECONDS]
    )


def start(path: Path, user: str, now: float | None = None) -> str:
    """A new session for a user who just logged in; returns the token for the cookie (stored only hashed)."""
    at = _now(now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with opened(path) as conn:
        _expire(conn, at)
        conn.execute(
            "INSERT INTO staff_session (token_hash, user_name, csrf_token, created_at, last_seen)"
            " VALUES (?, ?, ?, ?, ?)",
            [_digest(token), user, secrets.token_urlsafe(TOKEN_BYTES), at, at],
        )
    return token


def current(path: Path, token: str | None, now: float | None = None) -> Session | None:
    """The session a cookie stands for, if it is still good; using it keeps it alive."""
    if not token:
        return None
    at = _now(now)
    with opened(path) as conn:
        row = conn.execute(
            "SELECT user_name, csrf_token FROM staff_session WHERE token_hash = ? AND last_seen > ? AND created_at > ?",
            [_digest(token), at - IDLE_SECONDS, at - MAX_AGE_SECONDS],
        ).fetchone()
        if row is None:
            return None
        conn.execute("UPDATE staff_session SET last_seen = ? WHERE token_hash = ?", [at, _digest(token)])
    return Session(*row)


def end(path: Path, token: str | None) -> None:
    if token:
        with closing(connect(path)) as conn:
            conn.execute("DELETE FROM staff_session WHERE token_hash = ?", [_digest(token)])
