"""Start the action server, the Rasa server and (for `make run`) the staff page together, and stop them together.

`make run` and the end-to-end tests use this one launcher, so what the tests
talk to is exactly what a user talks to.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import requests

from bot.paths import ROOT
from bot.training import ensure_model, rasa_command, rasa_env

STOP_GRACE_SECONDS = 10


def write_endpoints(folder: Path, actions_port: int, tracker_store_db: Path | None = None) -> Path:
    """Endpoints pointing at our own action server, whatever port it got.

    Conversations stay in memory unless `tracker_store_db` names an SQLite file
    (the tests use one to check what is stored and what is deleted).
    """
    path = folder / "endpoints.yml"
    text = f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
    if tracker_store_db is not None:
        text += f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {json.dumps(str(tracker_store_db))}\n'
    path.write_text(text)
    return path


def action_server_command(port: int) -> list[str]:
    return rasa_command("run", "actions", "--actions", "actions", "--port", str(port))


def rasa_server_command(model: Path, port: int, endpoints: Path, cors: Sequence[str]) -> list[str]:
    command = rasa_command(
        "run", "--model", str(model), "--port", str(port), "--interface", "127.0.0.1",
        "--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml"),
    )
    if cors:
        command += ["--cors", *cors]
    return command


def allowed_origins(value: str | None) -> list[str]:
    """Origins from a space- or comma-separated list, e.g. WIDGET_ORIGINS="https://a.org https://b.org".

    Without any, browsers let only pages served by the Rasa server itself (the
    widget demo) talk to it: an agency's site must be named to embed the widget.
    """
    return [origin for origin in (value or "").replace(",", " ").split() if origin]


def admin_server_command(port: int) -> list[str]:
    return [sys.executable, "-m", "bot.admin", "--port", str(port)]


def wait_until_ready(url: str, process: subprocess.Popen, timeout: float) -> None:
    """Poll until the server answers; fail early if it died or says it cannot serve, so errors are not hidden behind a timeout.

    503 is final: Rasa loads the model before it takes connections, so a server
    that answers 503 at /webhooks/rest/ready has no model and never will.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with code {process.returncode} before it was ready: {url}")
        try:
            answer = requests.get(url, timeout=2)
        except requests.RequestException:
            answer = None
        if answer is not None and answer.ok:
            return
        if answer is not None and answer.status_code == 503:
            raise RuntimeError(f"server is up but cannot serve ({answer.text.strip()}): {url}")
        time.sleep(0.5)
    raise TimeoutError(f"server not ready after {timeout:.0f}s: {url}")


def stop(processes: Sequence[subprocess.Popen]) -> None:
    """SIGTERM, a grace period, then SIGKILL for anything still alive."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Assistant:
    """Both servers as one unit; a context manager so they can never outlive their user."""

    def __init__(
        self,
        model: Path,
        rasa_port: int = 5005,
        actions_port: int = 5055,
        cors: Sequence[str] = (),
        env: dict[str, str] | None = None,
        log: IO | None = None,
        tracker_store_db: Path | None = None,
        admin_port: int | None = None,
    ) -> None:
        self.model = model
        self.admin_port = admin_port
        self.rasa_port = rasa_port
        self.actions_port = actions_port
        self.cors = list(cors)
        self.env = {**rasa_env(), **(env or {})}
        self.log = log
        self.tracker_store_db = tracker_store_db
        self.processes: list[subprocess.Popen] = []
        self._stack = ExitStack()

    @property
    def rest_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook"

    @property
    def widget_url(self) -> str:
        """The chat widget's demo page (bot/channels/widget.py)."""
        return f"http://127.0.0.1:{self.rasa_port}/widget/demo"

    def _start(self, command: list[str]) -> subprocess.Popen:
        # A session of its own: Ctrl-C reaches only this launcher, which then
        # stops both servers in order instead of racing them.
        process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdout=self.log,
            stderr=subprocess.STDOUT if self.log else None, start_new_session=True,
        )
        self.processes.append(process)
        return process

    def start_actions(self, timeout: float = 120) -> None:
        process = self._start(action_server_command(self.actions_port))
        wait_until_ready(f"http://127.0.0.1:{self.actions_port}/health", process, timeout)

    def start(self, timeout: float = 300) -> "Assistant":
        """Start every server, or none: a failure or Ctrl-C while one loads stops those already up."""
        try:
            folder = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="assistant-")))
            endpoints = write_endpoints(folder, self.actions_port, self.tracker_store_db)
            if self.admin_port is not None:
                self._start(admin_server_command(self.admin_port))  # up in seconds; watched like the others
            self.start_actions(timeout)
            rasa = self._start(rasa_server_command(self.model, self.rasa_port, endpoints, self.cors))
            wait_until_ready(f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/ready", rasa, timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        stop(self.processes)
        self.processes.clear()
        self._stack.close()

    def __enter__(self) -> "Assistant":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_shell(model: Path, actions_port: int) -> None:
    """`rasa shell` in this terminal, with our action server behind it."""
    with tempfile.TemporaryDirectory(prefix="assistant-") as folder:
        endpoints = write_endpoints(Path(folder), actions_port)
        assistant = Assistant(model, actions_port=actions_port)
        try:
            assistant.start_actions()
            subprocess.run(
                rasa_command("shell", "--model", str(model), "--endpoints", str(endpoints)),
                cwd=ROOT, env=assistant.env,
            )
        finally:
            assistant.stop()


def _interrupt(signum: int, frame: object) -> None:
    """Treat SIGTERM like Ctrl-C so both servers are stopped the same way."""
    raise KeyboardInterrupt


def serve_forever(assistant: Assistant) -> None:
    """Run until Ctrl-C or SIGTERM, or until either server dies; then stop both."""
    signal.signal(signal.SIGTERM, _interrupt)
    # Even when started from a script that ignores SIGINT for background jobs.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with assistant:
        staff_page = f"  Staff page: http://127.0.0.1:{assistant.admin_port}/" if assistant.admin_port else ""
        print(
            f"\nThe assistant is ready. Chat widget: {assistant.widget_url}{staff_page}"
            f"  REST: POST {assistant.rest_url}  (Ctrl-C stops it all)\n",
            flush=True,
        )
        try:
            while all(process.poll() is None for process in assistant.processes):
                time.sleep(1)
            print("A server stopped unexpectedly; stopping the others.", file=sys.stderr)
        except KeyboardInterrupt:
            print("\nStopping…", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the assistant: action server and Rasa server with the REST channel.")
    parser.add_argument("--rasa-port", type=int, default=5005, help="Rasa server port (default 5005)")
    parser.add_argument("--actions-port", type=int, default=5055, help="action server port (default 5055)")
    parser.add_argument(
        "--cors", nargs="*", default=allowed_origins(os.environ.get("WIDGET_ORIGINS")),
        help="origins whose pages may embed the chat widget (default: $WIDGET_ORIGINS, else none)",
    )
    parser.add_argument("--admin-port", type=int, default=os.environ.get("ADMIN_PORT", 5077),
                        help="staff web page port (default 5077, or $ADMIN_PORT)")
    parser.add_argument("--no-admin", action="store_true", help="do not start the staff web page")
    parser.add_argument("--shell", action="store_true", help="talk to the assistant in this terminal instead")
    args = parser.parse_args()
    model = ensure_model()
    if args.shell:
        run_shell(model, args.actions_port)
    else:
        admin_port = None if args.no_admin else args.admin_port
        try:
            serve_forever(Assistant(model, args.rasa_port, args.actions_port, args.cors, admin_port=admin_port))
        except (RuntimeError, TimeoutError) as problem:
            sys.exit(f"The assistant did not start: {problem}")


if __name__ == "__main__":
    main()
