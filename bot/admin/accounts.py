"""Staff accounts for the staff web page, and the lockout that stops password guessing.

They live in their own SQLite file (STAFF_DB, default staff.db), never in the
directory, so a directory export or backup carries no password hashes. Accounts
are made with the command line (`directory user add`); the web page only checks
them. A name with five failed logins within 15 minutes is locked for 15
minutes, whether or not it has an account, and a login gives the same answer
for an unknown name as for a wrong password, so the page does not reveal who
has an account.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.admin import passwords

MAX_FAILURES = 5
FAILURE_WINDOW_SECONDS = 15 * 60
LOCK_SECONDS = 15 * 60
BUSY_TIMEOUT_SECONDS = 30.0
# The name goes into the directory's audit trail as who made each change.
NAME = re.compile(r"^\w[\w .@'-]{0,63}$")

SCHEMA = """
CREATE TABLE IF NOT EXISTS staff_user (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_login_at INTEGER
);
CREATE TABLE IF NOT EXISTS login_failure (name TEXT NOT NULL COLLATE NOCASE, at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS login_failure_name ON login_failure (name, at);
CREATE TABLE IF NOT EXISTS lockout (name TEXT PRIMARY KEY COLLATE NOCASE, until INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS staff_session (
    token_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES staff_user (name) ON DELETE CASCADE ON UPDATE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);
"""


class AccountError(ValueError):
    """A refused account change; the message says why."""


@dataclass(frozen=True)
class StaffUser:
    name: str
    created_at: int
    last_login_at: int | None
    locked_until: int | None


@dataclass(frozen=True)
class Login:
    """The outcome of one login: the account's name on success; `locked` if the name is locked now."""

    user: str | None
    locked: bool = False


def _now(now: float | None) -> int:
    return int(time.time() if now is None else now)


def connect(path: Path) -> sqlite3.Connection:
    """A connection to staff.db, created (readable by its owner only) with its tables if missing."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(SCHEMA)
    return conn


@contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    """One transaction on staff.db: committed if the block ends normally, else rolled back."""
    with closing(connect(path)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def staff_name(text: str) -> str:
    """A name as the audit trail shows it: one line, single spaces, letters, digits and . _ - @ ' only."""
    name = " ".join((text or "").split())
    if not NAME.match(name):
        raise AccountError(
            f"{text!r} is not a staff name: 1 to 64 letters, digits, spaces and . _ - @ ',"
            " starting with a letter or digit"
        )
    return name


def find_user(conn: sqlite3.Connection, name: str) -> str | None:
    """The account's name as stored (names match whatever their case), or None."""
    row = conn.execute("SELECT name FROM staff_user WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def _existing(conn: sqlite3.Connection, name: str) -> str:
    stored = find_user(conn, name)
    if stored is None:
        raise AccountError(f"there is no staff account {name!r}")
    return stored


def add_user(conn: sqlite3.Connection, name: str, password: str, now: float | None = None) -> str:
    name = staff_name(name)
    if find_user(conn, name):
        raise AccountError(f"there is already a staff account {name!r}")
    conn.execute(
        "INSERT INTO staff_user (name, password_hash, created_at) VALUES (?, ?, ?)",
        [name, passwords.hash_password(password), _now(now)],
    )
    return name


def set_password(conn: sqlite3.Connection, name: str, password: str) -> str:
    """A new password; every session of the account ends, so a stolen one stops working."""
    name = _existing(conn, name)
    conn.execute("UPDATE staff_user SET password_hash = ? WHERE name = ?", [passwords.hash_password(password), name])
    conn.execute("DELETE FROM staff_session WHERE user_name = ?", [name])
    return name


def remove_user(conn: sqlite3.Connection, name: str) -> str:
    """The account and its sessions; the directory's audit trail keeps the name."""
    name = _existing(conn, name)
    conn.execute("DELETE FROM staff_user WHERE name = ?", [name])
    return name


def unlock(conn: sqlite3.Connection, name: str) -> bool:
    """Clears the name's lock and failed logins; False if there was neither."""
    name = " ".join(name.split())
    locks = conn.execute("DELETE FROM lockout WHERE name = ?", [name]).rowcount
    failures = conn.execute("DELETE FROM login_failure WHERE name = ?", [name]).rowcount
    return bool(locks or failures)


def list_users(conn: sqlite3.Connection, now: float | None = None) -> list[StaffUser]:
    sql = """SELECT u.name, u.created_at, u.last_login_at, l.until FROM staff_user u
             LEFT JOIN lockout l ON l.name = u.name AND l.until > ? ORDER BY u.name"""
    return [StaffUser(*row) for row in conn.execute(sql, [_now(now)])]


def has_users(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM staff_user LIMIT 1").fetchone() is not None


def locked_until(conn: sqlite3.Connection, name: str, now: float | None = None) -> int | None:
    row = conn.execute("SELECT until FROM lockout WHERE name = ? AND until > ?", [name, _now(now)]).fetchone()
    return row[0] if row else None


def _fail(conn: sqlite3.Connection, name: str, now: int) -> bool:
    """Counts a failed login for the name; True if that locked it."""
    conn.execute("DELETE FROM login_failure WHERE at <= ?", [now - FAILURE_WINDOW_SECONDS])
    conn.execute("DELETE FROM lockout WHERE until <= ?", [now])
    conn.execute("INSERT INTO login_failure (name, at) VALUES (?, ?)", [name, now])
    (count,) = conn.execute("SELECT COUNT(*) FROM login_failure WHERE name = ?", [name]).fetchone()
    if count < MAX_FAILURES:
        return False
    conn.execute("INSERT OR REPLACE INTO lockout (name, until) VALUES (?, ?)", [name, now + LOCK_SECONDS])
    conn.execute("DELETE FROM login_failure WHERE name = ?", [name])
    return True


def authenticate(path: Path, name: str, password: str, now: float | None = None) -> Login:
    """Checks a login. The slow hash runs outside any transaction, so staff.db is never held for it."""
    at = _now(now)
    try:
        name = staff_name(name)
    except AccountError:
        passwords.waste_time(password)
        return Login(None)
    with closing(connect(path)) as conn:
        if locked_until(conn, name, at):
            return Login(None, locked=True)
        row = conn.execute("SELECT name, password_hash FROM staff_user WHERE name = ?", [name]).fetchone()
    matches = passwords.verify_password(password, row[1]) if row else passwords.waste_time(password)
    with opened(path) as conn:
        if matches and not locked_until(conn, name, at):  # a lock set meanwhile wins
            conn.execute("DELETE FROM login_failure WHERE name = ?", [name])
            conn.execute("UPDATE staff_user SET last_login_at = ? WHERE name = ?", [at, row[0]])
            return Login(row[0])
        return Login(None, locked=bool(locked_until(conn, name, at)) or _fail(conn, name, at))
