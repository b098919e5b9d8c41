"""Helpers for the staff tests: what a directory file holds, the staff command run in-process,
and imports running while something else uses the directory."""
from __future__ import annotations

import csv
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from bot.directory.cli import cli
from bot.directory.edits import import_entries, open_for_edit
from bot.directory.io_csv import read_rows, write_entries

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


def alternate_files(path: Path, folder: Path) -> list[Path]:
    """The directory with every entry's notes changed, and as it is: importing them in turn rewrites
    every entry each time without changing what a reply shows, and ending on the second restores it."""
    original = folder / "original.csv"
    db = open_for_edit(path)
    try:
        with original.open("w", newline="") as handle:
            write_entries(db, handle, show_confidential=True)
    finally:
        db.close()
    with original.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    changed = folder / "changed.csv"
    with changed.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**row, "notes": f"{row['notes']} Re-checked in a test."} for row in rows)
    return [changed, original]


def import_while(path: Path, files: list[Path], workers: list[Callable[[], None]]) -> tuple[list[int], list[str]]:
    """Imports `files` in turn, over and over, until every worker thread is done (and at least once
    each, ending on the last file); returns the entries each import wrote and every error raised anywhere."""
    done = threading.Event()
    imports: list[int] = []
    failures: list[str] = []

    def guarded(work: Callable[[], None]) -> Callable[[], None]:
        def run_work() -> None:
            try:
                work()
            except Exception as error:  # noqa: BLE001 - any error at all is the failure being tested for
                failures.append(repr(error))

        return run_work

    def import_repeatedly() -> None:
        db = open_for_edit(path)
        try:
            while not done.is_set() or len(imports) < len(files) or len(imports) % len(files):
                imports.append(len(import_entries(db, read_rows(files[len(imports) % len(files)]), STAFF_NAME)))
        finally:
            db.close()

    importer = threading.Thread(target=guarded(import_repeatedly))
    threads = [threading.Thread(target=guarded(work)) for work in workers]
    importer.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    importer.join()
    return imports, failures
