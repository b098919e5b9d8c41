"""`directory user ...`: staff accounts for the staff web page, made and removed only from the command line.

Whoever can run this command on the server can already change the directory,
so the web page has no way to create accounts or reset passwords.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from bot.admin import accounts
from bot.admin.passwords import WeakPassword, check_strength
from bot.paths import staff_db
from bot.refusals import refusing

F = TypeVar("F", bound=Callable[..., Any])


def staff_db_option(command: F) -> F:
    return click.option(
        "--staff-db", "staff_db_path", type=click.Path(dir_okay=False, path_type=Path), default=staff_db,
        show_default="staff.db, or $STAFF_DB", help="The staff accounts database (not the directory).",
    )(command)  # fmt: skip


def password_stdin_option(command: F) -> F:
    return click.option(
        "--password-stdin", is_flag=True,
        help="Read the password from the first line of standard input instead of asking twice (for scripts).",
    )(command)  # fmt: skip


reports_problems = refusing((accounts.AccountError, WeakPassword), "the staff accounts database")


def new_password(from_stdin: bool) -> str:
    if from_stdin:
        return check_strength(sys.stdin.readline().rstrip("\r\n"))
    return click.prompt(
        "Password (12 or more characters)", hide_input=True, confirmation_prompt="Repeat the password",
        value_proc=check_strength,
    )  # fmt: skip


def when(seconds: int | None) -> str:
    return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M") if seconds else "never"


@click.group(name="user")
def user() -> None:
    """Staff accounts for the staff web page (`make admin`), kept in staff.db.

    The page has no sign-up: accounts are made here, by someone who can run
    commands on the server. Five wrong passwords for a name within 15 minutes
    lock it for 15 minutes; `directory user unlock NAME` lifts that early.
    """


@user.command(name="add")
@staff_db_option
@click.argument("name")
@password_stdin_option
@reports_problems
def add_user(staff_db_path: Path, name: str, password_stdin: bool) -> None:
    """Create the account NAME; the password is asked twice (12+ characters). NAME is what the audit trail shows."""
    name = accounts.staff_name(name)
    with accounts.opened(staff_db_path) as conn:
        if accounts.find_user(conn, name):
            raise accounts.AccountError(f"there is already a staff account {name!r}")
    password = new_password(password_stdin)
    with accounts.opened(staff_db_path) as conn:
        accounts.add_user(conn, name, password)
    click.echo(f"added staff account {name!r}; log in at the staff page (make admin)")


@user.command(name="password")
@staff_db_option
@click.argument("name")
@password_stdin_option
@reports_problems
def change_password(staff_db_path: Path, name: str, password_stdin: bool) -> None:
    """Set a new password for the account NAME; its open sessions are logged out."""
    with accounts.opened(staff_db_path) as conn:
        stored = accounts.find_user(conn, name)
    if stored is None:
        raise accounts.AccountError(f"there is no staff account {name!r}")
    password = new_password(password_stdin)
    with accounts.opened(staff_db_path) as conn:
        accounts.set_password(conn, stored, password)
    click.echo(f"changed the password of {stored!r}; its sessions were logged out")


@user.command(name="list")
@staff_db_option
@reports_problems
def list_users(staff_db_path: Path) -> None:
    """List staff accounts: when each was made, last logged in, and whether it is locked."""
    with accounts.opened(staff_db_path) as conn:
        found = accounts.list_users(conn)
    for account in found:
        locked = f", locked until {when(account.locked_until)}" if account.locked_until else ""
        last = when(account.last_login_at)
        click.echo(f"{account.name}  (created {when(account.created_at)}, last login {last}{locked})")
    click.echo(f"{len(found)} staff account(s)")


@user.command(name="remove")
@staff_db_option
@click.argument("name")
@reports_problems
def remove_user(staff_db_path: Path, name: str) -> None:
    """Delete the account NAME and log it out; its changes stay in the audit trail under its name."""
    with accounts.opened(staff_db_path) as conn:
        removed = accounts.remove_user(conn, name)
    click.echo(f"removed staff account {removed!r}")


@user.command(name="unlock")
@staff_db_option
@click.argument("name")
@reports_problems
def unlock_user(staff_db_path: Path, name: str) -> None:
    """Let NAME log in again at once after too many failed logins (the lock otherwise lifts after 15 minutes)."""
    with accounts.opened(staff_db_path) as conn:
        cleared = accounts.unlock(conn, name)
    click.echo(f"unlocked {name!r}" if cleared else f"{name!r} was not locked and had no failed logins")
