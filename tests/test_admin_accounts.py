"""Staff accounts: the `directory user` commands, scrypt hashes, lockout and session expiry, on real staff.db files."""
from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.admin import accounts, passwords, sessions
from bot.admin.cli import user
from bot.admin.forms import FIELDS
from bot.directory.edits import EDITABLE_FIELDS
from staff_page import PASSWORD, STAFF_USER, add_account, user_command

T0 = 1_800_000_000  # a fixed clock: lockouts and sessions are checked at chosen moments, never by waiting


@pytest.fixture
def accounts_db(tmp_path: Path) -> Path:
    return tmp_path / "staff.db"


def test_add_list_and_remove(accounts_db: Path) -> None:
    add_account(accounts_db)
    listed = user_command(accounts_db, "list").output
    assert STAFF_USER in listed and "last login never" in listed and "1 staff account(s)" in listed
    duplicate = user_command(accounts_db, "add", "page TESTER", "--password-stdin", password=PASSWORD)
    assert duplicate.exit_code == 1 and "already a staff account" in duplicate.output
    removed = user_command(accounts_db, "remove", STAFF_USER)
    assert removed.exit_code == 0 and "removed" in removed.output
    assert "0 staff account(s)" in user_command(accounts_db, "list").output
    missing = user_command(accounts_db, "remove", STAFF_USER)
    assert missing.exit_code == 1 and "no staff account" in missing.output


def test_the_password_is_asked_twice(accounts_db: Path) -> None:
    typed = f"{PASSWORD}\n{PASSWORD}x\n{PASSWORD}\n{PASSWORD}\n"  # a slip, then both the same
    mismatch = CliRunner().invoke(user, ["add", "Ana Ortiz", "--staff-db", str(accounts_db)], input=typed)
    assert "do not match" in mismatch.output.lower() and mismatch.exit_code == 0
    assert PASSWORD not in mismatch.output  # hidden input is never echoed
    with accounts.opened(accounts_db) as conn:
        assert accounts.find_user(conn, "ana ortiz") == "Ana Ortiz"


@pytest.mark.parametrize(
    ("name", "password", "message"),
    [
        ("Ana Ortiz", "too short", "at least 12 characters"),
        ("Ana Ortiz", " leading space ok?", "cannot start or end with a space"),
        ("", PASSWORD, "is not a staff name"),
        ("bad\x00name", PASSWORD, "is not a staff name"),
        ("x" * 65, PASSWORD, "is not a staff name"),
    ],
)
def test_bad_names_and_weak_passwords_are_refused(accounts_db: Path, name: str, password: str, message: str) -> None:
    result = user_command(accounts_db, "add", name, "--password-stdin", password=password)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
    with accounts.opened(accounts_db) as conn:
        assert not accounts.has_users(conn)


def test_hashes_are_salted_scrypt_with_their_parameters(accounts_db: Path) -> None:
    add_account(accounts_db, "First", PASSWORD)
    add_account(accounts_db, "Second", PASSWORD)
    conn = sqlite3.connect(accounts_db)
    stored = [row[0] for row in conn.execute("SELECT password_hash FROM staff_user")]
    conn.close()
    assert all(value.startswith("scrypt$131072$8$1$") for value in stored)
    assert stored[0] != stored[1] and PASSWORD not in accounts_db.read_bytes().decode("latin-1")
    assert passwords.verify_password(PASSWORD, stored[0]) and not passwords.verify_password(PASSWORD + "!", stored[0])
    assert not passwords.verify_password(PASSWORD, "scrypt$not$a$hash") and not passwords.verify_password(PASSWORD, "")
    assert stat.S_IMODE(accounts_db.stat().st_mode) == 0o600


def test_a_new_password_ends_the_sessions(accounts_db: Path) -> None:
    add_account(accounts_db)
    token = sessions.start(accounts_db, STAFF_USER)
    changed = user_command(accounts_db, "password", STAFF_USER, "--password-stdin", password="a brand new passphrase")
    assert changed.exit_code == 0 and "logged out" in changed.output
    assert sessions.current(accounts_db, token) is None
    assert accounts.authenticate(accounts_db, STAFF_USER, "a brand new passphrase").user == STAFF_USER
    assert accounts.authenticate(accounts_db, STAFF_USER, PASSWORD).user is None


def test_a_lock_lifts_after_fifteen_minutes(accounts_db: Path) -> None:
    add_account(accounts_db)
    outcomes = [accounts.authenticate(accounts_db, STAFF_USER, "wrong guess!", now=T0 + n) for n in range(5)]
    assert [outcome.locked for outcome in outcomes] == [False, False, False, False, True]
    assert accounts.authenticate(accounts_db, STAFF_USER, PASSWORD, now=T0 + 14 * 60).locked
    assert accounts.authenticate(accounts_db, STAFF_USER, PASSWORD, now=T0 + 16 * 60).user == STAFF_USER


def test_failures_spread_over_more_than_fifteen_minutes_do_not_lock(accounts_db: Path) -> None:
    add_account(accounts_db)
    for n in range(8):
        assert not accounts.authenticate(accounts_db, STAFF_USER, "wrong guess!", now=T0 + n * 4 * 60).locked


def test_unlock_clears_the_lock(accounts_db: Path) -> None:
    add_account(accounts_db)
    for n in range(5):
        accounts.authenticate(accounts_db, STAFF_USER, "wrong guess!")
    assert accounts.authenticate(accounts_db, STAFF_USER, PASSWORD).locked
    assert "unlocked" in user_command(accounts_db, "unlock", STAFF_USER).output
    assert "was not locked" in user_command(accounts_db, "unlock", STAFF_USER).output
    assert accounts.authenticate(accounts_db, STAFF_USER, PASSWORD).user == STAFF_USER


def test_sessions_end_after_eight_idle_hours_or_twelve_in_all(accounts_db: Path) -> None:
    add_account(accounts_db)
    idle = sessions.start(accounts_db, STAFF_USER, now=T0)
    assert sessions.current(accounts_db, idle, now=T0 + 7 * 3600).user == STAFF_USER
    assert sessions.current(accounts_db, idle, now=T0 + 15 * 3600) is None  # 8 hours after its last use
    busy = sessions.start(accounts_db, STAFF_USER, now=T0)
    for hour in range(1, 12):
        assert sessions.current(accounts_db, busy, now=T0 + hour * 3600) is not None
    assert sessions.current(accounts_db, busy, now=T0 + 12 * 3600) is None
    conn = sqlite3.connect(accounts_db)
    stored = [row[0] for row in conn.execute("SELECT token_hash FROM staff_session")]
    conn.close()
    assert busy not in stored and idle not in stored  # only hashes are kept


def test_the_form_offers_every_editable_field() -> None:
    assert tuple(FIELDS) == EDITABLE_FIELDS
