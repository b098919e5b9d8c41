"""Helpers for the staff tests: what a directory file holds, and the staff command run in-process."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner, Result

from bot.directory.cli import cli

STAFF_NAME = "Test Staffer"
BY = ("--by", STAFF_NAME)
# Fictional (555-01xx) numbers and a real Connecticut town.
NEW_SERVICE = {
    "name": "Mansfield Example Clinic",
    "organization": "Example Health Partners",
    "category": "medical",
    "scope": "local",
    "phone": "860-555-0150",
    "towns": "Mansfield; Windham",
    "office_town": "Storrs",
}


def content(path: Path) -> list[str]:
    """Every table's rows as SQL, to show that a refused change wrote nothing at all."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def run(db: Path, *args: str) -> Result:
    """`directory ARGS --db DB`, as staff would type it; `output` has stdout and stderr."""
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)
