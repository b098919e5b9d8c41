"""Spreadsheets in the seed CSV's columns: what staff export, edit and import.

An export has every column an import reads (ENTRY_COLUMNS: the seed's columns
with id, office_address, status and last_verified), in directory order, so
exporting and importing back changes nothing. The seed CSV itself imports as
it is; its rows are matched to entries by the id their names give.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

from sqlite_utils import Database

from bot.directory.entries import all_entries
from bot.directory.seed import ENTRY_COLUMNS, SEED_COLUMNS, SeedError, read_csv
from bot.directory.validate import InvalidEntries, Problem


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(row number, row) pairs; the header must have the seed's columns and no unknown ones."""
    try:
        with Path(path).open(newline="", encoding="utf-8-sig") as handle:
            header = next(csv.reader(handle), [])
        unknown = [column for column in header if column.strip() and column not in ENTRY_COLUMNS]
        if unknown:
            raise InvalidEntries([Problem(1, ", ".join(unknown), "not a column of the directory (a typo?)")])
        return list(read_csv(Path(path), SEED_COLUMNS))
    except SeedError as error:
        raise InvalidEntries([Problem(1, "header", str(error))]) from error
    except UnicodeDecodeError as error:
        raise InvalidEntries([Problem(None, "file", "is not UTF-8 text; save the spreadsheet as 'CSV UTF-8'")]) from error
    except csv.Error as error:
        raise InvalidEntries([Problem(None, "file", f"is not a readable CSV file ({error})")]) from error


def write_entries(db: Database, handle: TextIO, show_confidential: bool = False) -> int:
    """Writes every entry; returns how many. Confidential offices' addresses stay blank unless asked for."""
    writer = csv.DictWriter(handle, fieldnames=ENTRY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for entry in all_entries(db, show_confidential):
        writer.writerow(entry)
        count += 1
    return count
