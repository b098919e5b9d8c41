"""Live updates: the bot reads while staff write, sees each change at once, never half of one, never an error."""
from __future__ import annotations

from pathlib import Path

from bot.directory import find_services, open_directory
from bot.directory.backup import backup_directory
from bot.directory.edits import open_for_edit, update_service
from bot.geo import town_place
from staff import STAFF_NAME, alternate_files, content, import_while

SEARCHES_PER_READER = 40
READERS = 3


def bot_search(path: Path, category: str = "shelter", town: str = "Hartford") -> list[tuple[str, str]]:
    """Exactly what the action server does: a new read-only connection per search."""
    db = open_directory(path)
    try:
        return [(s.name, s.phones[0].display if s.phones else "") for s in find_services(db, category, town_place(town))]
    finally:
        db.close()


def test_the_bot_opens_a_wal_directory_read_only_with_nothing_beside_it(staff_db: Path) -> None:
    assert [p.name for p in staff_db.parent.iterdir()] == ["resources.db"]  # no -wal or -shm yet
    assert bot_search(staff_db)[0][0] == "Riverbend Safe House"


def test_a_change_is_seen_by_the_next_search_and_by_open_connections(staff_db: Path) -> None:
    long_lived = open_directory(staff_db)
    try:
        writer = open_for_edit(staff_db)
        try:
            update_service(writer, "riverbend-safe-house", {"phone": "860-555-0190"}, STAFF_NAME)
            assert bot_search(staff_db)[0] == ("Riverbend Safe House", "860-555-0190")
            again = find_services(long_lived, "shelter", town_place("Hartford"))
            assert again[0].phones[0].display == "860-555-0190"
        finally:
            writer.close()
    finally:
        long_lived.close()


def test_imports_while_the_bot_searches_cause_no_errors(staff_db: Path, tmp_path: Path) -> None:
    files = alternate_files(staff_db, tmp_path)
    expected = {(category, town): bot_search(staff_db, category, town)
                for category in ("shelter", "counseling", "youth") for town in ("Hartford", "Enfield")}  # fmt: skip

    def search_repeatedly() -> None:
        for n in range(SEARCHES_PER_READER):
            key = list(expected)[n % len(expected)]
            found = bot_search(staff_db, *key)
            assert found == expected[key], f"{key}: {found}"

    imports, failures = import_while(staff_db, files, [search_repeatedly] * READERS)
    assert failures == []
    assert len(imports) >= 2 and set(imports) == {13}  # every import rewrote every entry


def test_a_backup_is_consistent_while_a_writer_is_open(staff_db: Path, tmp_path: Path) -> None:
    writer = open_for_edit(staff_db)
    try:
        update_service(writer, "riverbend-safe-house", {"hours": "24/7 (shelter intake by phone)"}, STAFF_NAME)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE service SET notes = 'uncommitted' WHERE id = 'riverbend-safe-house'")
        backup_directory(staff_db, tmp_path / "copy.db")
        writer.conn.rollback()
    finally:
        writer.close()
    assert content(tmp_path / "copy.db") == content(staff_db)  # the committed change, not the open one
    assert bot_search(tmp_path / "copy.db")[0][0] == "Riverbend Safe House"
