"""Copies of the live directory, taken with SQLite's online backup API.

The API copies a consistent snapshot while the bot reads and staff write,
which copying the file (and its -wal beside it) would not.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_directory(db_path: Path, target: Path, replace: bool = False) -> None:
    """Writes beside the target and renames, so a failed backup never leaves half a file under its name."""
    target = Path(target)
    if target.exists() and not replace:
        raise FileExistsError(f"{target} exists; choose another name or replace it")
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    source = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
    finally:
        source.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
