"""Helpers for the staff web page tests: the page served for real, staff accounts made with the CLI,
and a browser-like client that reads the CSRF token from the page as a browser's form would."""
from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from click.testing import CliRunner, Result

from bot.directory.cli import cli
from bot.paths import ROOT
from bot.serve import stop, wait_until_ready
from conftest import free_port

STAFF_USER = "Page Tester"
PASSWORD = "correct horse battery staple"
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]*)"')


def user_command(accounts_db: Path, *args: str, password: str | None = None) -> Result:
    """`directory user ARGS --staff-db DB`, the password (if any) on standard input as a script would give it."""
    return CliRunner().invoke(
        cli, ["user", *args, "--staff-db", str(accounts_db)], input=None if password is None else password + "\n",
        catch_exceptions=False,
    )  # fmt: skip


def add_account(accounts_db: Path, name: str = STAFF_USER, password: str = PASSWORD) -> None:
    result = user_command(accounts_db, "add", name, "--password-stdin", password=password)
    assert result.exit_code == 0, result.output


@contextmanager
def staff_page(directory: Path, accounts_db: Path, log_path: Path) -> Iterator[str]:
    """`python -m bot.admin` on a free port, as `make admin` starts it; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "bot.admin", "--port", str(port), "--db", str(directory),
               "--staff-db", str(accounts_db)]  # fmt: skip
    with log_path.open("a") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_until_ready(f"http://127.0.0.1:{port}/login", process, timeout=120)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop([process])


class Browser:
    """One member of staff's browser: cookies kept, redirects shown rather than followed."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base + path, allow_redirects=False, timeout=60)

    def csrf(self, path: str) -> str:
        """The token in the page's forms, as a browser would submit it."""
        page = self.get(path)
        assert page.status_code == 200, page.text
        return CSRF_FIELD.search(page.text)[1]

    def post(self, path: str, data: dict[str, str], token_from: str | None = "/services",
             headers: dict[str, str] | None = None) -> requests.Response:  # fmt: skip
        """A form POST carrying the token a page shows (none if token_from is None)."""
        fields = dict(data)
        if token_from is not None and "csrf" not in fields:
            fields["csrf"] = self.csrf(token_from)
        return self.http.post(self.base + path, data=fields, allow_redirects=False, timeout=120, headers=headers)

    def log_in(self, name: str = STAFF_USER, password: str = PASSWORD) -> requests.Response:
        return self.post("/login", {"name": name, "password": password}, token_from="/login")


def logged_in(base: str, name: str = STAFF_USER, password: str = PASSWORD) -> Browser:
    browser = Browser(base)
    reply = browser.log_in(name, password)
    assert reply.status_code == 303, reply.text
    return browser
