"""Where the project's files live, so every entry point agrees without a working-directory guess."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "models"
SEED_CSV = ROOT / "data" / "directory" / "ct_directory.csv"
STATUS_OVERRIDES_CSV = ROOT / "data" / "directory" / "status_overrides.csv"


def resources_db() -> Path:
    """The live directory; RESOURCES_DB lets tests and deployments point elsewhere."""
    return Path(os.environ.get("RESOURCES_DB", ROOT / "resources.db"))


def staff_db() -> Path:
    """Staff accounts and sessions for the staff web page; kept apart from the directory,
    so exports and backups of the directory never carry password hashes."""
    return Path(os.environ.get("STAFF_DB", ROOT / "staff.db"))
