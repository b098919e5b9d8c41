"""Shared fixtures: one trained model and one pair of real servers per test session.

Rasa takes over a minute to load, so the servers start once (session scope)
and every end-to-end test talks to them over HTTP with its own sender id.
"""
from __future__ import annotations

import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from bot.directory import build_database
from bot.paths import SEED_CSV, STATUS_OVERRIDES_CSV
from bot.serve import Assistant
from bot.training import ensure_model
from browser import Widget, demo_page, launch
from chat import Conversation
from sms_phone import AUTH_TOKEN, ID_SECRET, PUBLIC_URL, RATE_LIMIT, Phone

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_CSV = FIXTURES / "directory_sample.csv"
SAMPLE_OVERRIDES = FIXTURES / "directory_overrides.csv"


def pytest_configure(config: pytest.Config) -> None:
    """A run stopped by SIGTERM (a CI time limit, `timeout`) ends as Ctrl-C does.

    Python's default SIGTERM ends the process at once, with no fixture teardown, and the
    Rasa and action servers (their own sessions, ~1.2 GB) kept running after the run.
    """
    signal.signal(signal.SIGTERM, signal.default_int_handler)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real seed directory in a file of its own, so tests never touch resources.db."""
    path = tmp_path_factory.mktemp("directory") / "resources.db"
    build_database(path, SEED_CSV, STATUS_OVERRIDES_CSV)
    return path


@pytest.fixture
def staff_db(tmp_path: Path) -> Path:
    """A small fictional directory of its own (tests/fixtures/directory_sample.csv) for a test to change."""
    path = tmp_path / "resources.db"
    build_database(path, SAMPLE_CSV, SAMPLE_OVERRIDES)
    return path


@pytest.fixture(scope="session")
def model() -> Path:
    """Trained once per run, and not even once when data and config are unchanged."""
    return ensure_model(quiet=True)


@pytest.fixture(scope="session")
def server_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("servers") / "servers.log"


@pytest.fixture(scope="session")
def tracker_store_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real SQL tracker store, so tests can see what is stored and what FORGET deletes."""
    return tmp_path_factory.mktemp("trackers") / "trackers.db"


@pytest.fixture(scope="session")
def sms_state_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sms") / "sms_state.db"


@pytest.fixture(scope="session")
def agency_origin() -> str:
    """The one other site allowed to embed the chat widget (tests/test_widget_embed.py serves a page there)."""
    return f"http://127.0.0.1:{free_port()}"


@pytest.fixture(scope="session")
def assistant(
    model: Path, seeded_db: Path, server_log: Path, tracker_store_db: Path, sms_state_db: Path, agency_origin: str
) -> Iterator[Assistant]:
    sms_env = {
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "SMS_ID_SECRET": ID_SECRET,
        "SMS_PUBLIC_URL": PUBLIC_URL,
        "SMS_STATE_DB": str(sms_state_db),
        "SMS_RATE_LIMIT": str(RATE_LIMIT),
        "SMS_RATE_WINDOW_SECONDS": "3600",
    }
    with server_log.open("w") as log:
        with Assistant(
            model,
            rasa_port=free_port(),
            actions_port=free_port(),
            env={"RESOURCES_DB": str(seeded_db), **sms_env},
            log=log,
            tracker_store_db=tracker_store_db,
            cors=[agency_origin],
        ) as running:
            yield running


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the session; each widget test opens its own context (no shared state)."""
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def widget(browser: Browser, assistant: Assistant) -> Iterator[Widget]:
    """The demo page, freshly opened in a context (profile) of its own, at desktop size."""
    with demo_page(browser, assistant.widget_url) as page:
        yield Widget(page)


@pytest.fixture
def conversation(assistant: Assistant) -> Conversation:
    return Conversation(assistant.rest_url)


@pytest.fixture
def phone(assistant: Assistant) -> Phone:
    """A fresh fictional number texting the session server's SMS webhook."""
    return Phone(f"http://127.0.0.1:{assistant.rasa_port}/webhooks/sms/webhook")
