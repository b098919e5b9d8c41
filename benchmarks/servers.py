"""Launching our assistant and a stock one the same way, timing start-up, reading memory.

Both are polled for readiness by the launcher's own `wait_until_ready`, so the
two start-up times share one method and one polling interval. Memory is the
peak resident set (VmHWM in /proc) of every process in each server's session,
because psutil is not a dependency and the kernel keeps the peak for us.
"""
from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from bot.serve import Assistant, stop, wait_until_ready
from bot.training import rasa_command, rasa_env

READY_TIMEOUT_S = 600  # generous: the other engineers' test runs share these two cores


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _session_pids(session: int) -> list[int]:
    """Every live process in a session: a server's children count towards its memory."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name may hold spaces, so fields are counted after its closing ')'.
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session:
            pids.append(int(stat.parent.name))
    return pids


def _peak_rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


@dataclass
class Running:
    """A server under test: where to send messages, how long it took to be ready, and its sessions."""

    name: str
    rest_url: str
    startup_s: float
    sessions: dict[str, int]  # role -> session id (each server starts a session of its own)

    def peak_rss_mb(self) -> dict[str, float]:
        """Peak RSS so far per role, and their sum (an upper bound on the peak of the whole)."""
        by_role = {
            role: round(sum(_peak_rss_kb(pid) for pid in _session_pids(session)) / 1024, 1)
            for role, session in self.sessions.items()
        }
        by_role["total"] = round(sum(by_role.values()), 1)
        return by_role


@contextmanager
def run_ours(model: Path, log: IO) -> Iterator[Running]:
    """`make run` as the tests start it: action server, then Rasa server, on free ports."""
    assistant = Assistant(model, rasa_port=free_port(), actions_port=free_port(), log=log)
    started = time.perf_counter()
    try:
        assistant.start(timeout=READY_TIMEOUT_S)
        elapsed = time.perf_counter() - started
        actions, rasa = assistant.processes
        yield Running("ours", assistant.rest_url, elapsed, {"rasa": rasa.pid, "actions": actions.pid})
    finally:
        assistant.stop()


@contextmanager
def run_stock(project: Path, log: IO) -> Iterator[Running]:
    """`rasa run` in the stock project, with the REST channel from its own credentials.yml."""
    port = free_port()
    command = rasa_command(
        "run", "--model", "models", "--port", str(port), "--interface", "127.0.0.1",
        "--credentials", "credentials.yml", "--endpoints", "endpoints.yml",
    )  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=project, env=rasa_env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/", process, READY_TIMEOUT_S)
        elapsed = time.perf_counter() - started
        yield Running("stock", f"http://127.0.0.1:{port}/webhooks/rest/webhook", elapsed, {"rasa": process.pid})
    finally:
        stop([process])
