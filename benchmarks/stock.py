"""The reference assistant: Rasa's own template (`rasa init --no-prompt`) and default config.

Created in a temporary folder on each invocation rather than cached, so the
reference always matches the Rasa installed in the venv. `rasa init` trains
its model locally; nothing is downloaded.
"""
from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bot.training import rasa_command, rasa_env


@dataclass(frozen=True)
class StockProject:
    folder: Path
    init_s: float  # template plus training, for the record


@contextmanager
def stock_project(log: IO) -> Iterator[StockProject]:
    with tempfile.TemporaryDirectory(prefix="stock-rasa-") as folder:
        started = time.perf_counter()
        subprocess.run(
            rasa_command("init", "--no-prompt"), cwd=folder, env=rasa_env(),
            stdout=log, stderr=subprocess.STDOUT, check=True,
        )  # fmt: skip
        if not any(Path(folder, "models").glob("*.tar.gz")):
            raise RuntimeError(f"rasa init trained no model in {folder}")
        yield StockProject(Path(folder), time.perf_counter() - started)
