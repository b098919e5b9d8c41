"""Results files: one JSON per part, with enough context to judge a figure later.

The load average is recorded before and after each part because the machines
are shared: a ratio taken while something else ran is still comparable, an
absolute time is not.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from bot.paths import ROOT

RESULTS_DIR = ROOT / "benchmarks" / "results"
PARTS = ("conversation", "startup", "directory", "nlu", "risk")


def git_revision() -> str:
    try:
        found = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
        return found.stdout.strip() + ("+changes" if dirty.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "git": git_revision(),
    }


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def write(part: str, data: dict[str, Any], started: datetime, load_before: float, out: Path = RESULTS_DIR) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{part}.json"
    document = {
        "part": part,
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "load_average": {"before": load_before, "after": load_average()},
        "machine": machine(),
        **data,
    }
    path.write_text(json.dumps(document, indent=2) + "\n")
    return path


def read_all(out: Path = RESULTS_DIR) -> dict[str, dict[str, Any]]:
    """The latest result of every part that has one."""
    return {part: json.loads((out / f"{part}.json").read_text()) for part in PARTS if (out / f"{part}.json").exists()}
